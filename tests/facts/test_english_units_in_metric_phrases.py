"""English: a unit of the company's own named inside the metric's phrase, between the metric and its figure ("loan to
cost on our 2025 bridge portfolio is 74%"), is the figure's subject; a year that says when a book's loans were made
("our 2025 bridge portfolio", "our 2020 loans") is no period of the figure; a coming year an outlook line led with
is no period of a result the next line states as reached.

Sentences are written for these tests about fictional companies and units; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_unit_named_between_the_metric_and_its_figure_is_the_subject() -> None:
    """"Average loan to cost on our 2025 bridge portfolio is approximately 74%": the bridge portfolio's ratio,
    of the call's quarter, not the company's ratio of the year 2025."""
    facts = facts_of(
        "Average loan to cost on our 2025 bridge portfolio is approximately 74% with an average loan-to-value of "
        "approximately 61%."
    )
    ltc = find(facts, raw="74%")
    assert (ltc.subject, ltc.metric, ltc.period) == ("bridge portfolio", "loan-to-cost ratio", "2021Q3")
    assert find(facts, raw="61%").subject == "bridge portfolio"


def test_across_our_unit_names_the_unit_and_across_our_whole_book_the_company() -> None:
    """"Occupancy across our life science portfolio was 95%" is that portfolio's; "across our entire portfolio" is
    the company's own."""
    facts = facts_of(
        "Occupancy across our life science portfolio was 95%.",
        "Occupancy across our entire portfolio was 94%.",
    )
    assert find(facts, raw="95%").subject == "life science portfolio"
    assert find(facts, raw="94%").subject == "NovaSky"


def test_the_year_a_book_of_loans_was_made_is_no_period() -> None:
    """"Net interest income from our 2020 loans was $12 million": earned this quarter on loans made in 2020."""
    facts = facts_of("Net interest income from our 2020 loans was $12 million.")
    assert find(facts, raw="$12 million").period == "2021Q3"


def test_a_result_stated_after_an_outlook_line_is_not_of_the_coming_year() -> None:
    """"For 2022, we expect revenue of $500 million." then "Gross margin was 41%.": a result reached, of the call's
    quarter; a line that still looks ahead ("Gross margin will be 41%.") is of the coming year."""
    reached = facts_of("For 2022, we expect revenue of $500 million.", "Gross margin was 41%.")
    assert find(reached, raw="$500 million").period == "2022"
    assert find(reached, raw="41%").period == "2021Q3"
    ahead = facts_of("For 2022, we expect revenue of $500 million.", "Gross margin will be 41%.")
    assert find(ahead, raw="41%").period == "2022"
