"""English attribution, held to what a clause says: the period a clause names ("for the first half",
"in last year's third quarter") is the figure's, a comparison base keeps its own sign, and segments are
named as the call names them.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers

from .test_english import facts_of, find


def test_a_clause_naming_nine_months_or_a_half_dates_its_figures() -> None:
    """"For 9 months, revenues were...", "for the six month period ending April 30th", "for this year's
    first half": the months of the year to the quarter, not the quarter itself."""
    facts = facts_of(
        "For 9 months, revenues were $3.2 billion, up 21%.",
        "For the six month period ending June 30th, 2021, operating cash flow totaled $171.2 million.",
        "Free cash flow was $117 million in the third quarter and $156 million for this year's first half.",
    )
    assert find(facts, value=3_200_000_000).period == "2021Q1-2021Q3"
    assert find(facts, value=21).period == "2021Q1-2021Q3"
    assert find(facts, value=171_200_000).period == "2021Q1-2021Q2"
    assert find(facts, value=117_000_000).period == "2021Q3"
    assert find(facts, value=156_000_000).period == "2021Q1-2021Q2"


def test_a_sentence_opening_with_the_year_ago_quarter_reports_that_quarter() -> None:
    """"By comparison, in last year's third quarter, we reported net income of $136.8 million": the
    year-ago quarter's figures, given as a comparison base."""
    facts = facts_of(
        "By comparison, in last year's third quarter, we reported net income of $136.8 million.",
        "In the prior year quarter, adjusted EBITDA was $40 million.",
    )
    for value in (136_800_000, 40_000_000):
        f = find(facts, value=value)
        assert (f.period, f.basis) == ("2020Q3", "prior")


def test_a_base_keeps_its_own_sign_and_named_quarter() -> None:
    """"down versus $53 million", "30 basis points lower than the 10.7%": the decline is the change's, the
    base a positive level; "from 1.5x in the previous second quarter" is that quarter's."""
    facts = facts_of(
        "Segment EBITDA was $48.8 million, down versus $53 million in last year's third quarter.",
        "Our EBITDA margin was 10.4%, 30 basis points lower than the 10.7% in last year's Q3.",
        "Leverage was 1.6x, up slightly from 1.5x in the previous second quarter.",
    )
    assert (find(facts, raw="$53 million").value, find(facts, raw="$53 million").basis) == (53_000_000, "prior")
    ten = find(facts, raw="10.7%")
    assert (ten.value, ten.change, ten.period, ten.basis) == (10.7, None, "2020Q3", "prior")
    assert find(facts, raw="30 basis points").value == -30
    assert find(facts, raw="1.5x").period == "2021Q2"


def test_than_after_another_figures_comparison_makes_no_base() -> None:
    """"46 basis points higher than Q2 and 67 basis points higher than a year ago": "than Q2" is the first
    figure's comparison; the second figure is a change too, no base."""
    text = "Margin was 46 basis points higher than Q2 and 67 basis points higher than a year ago."
    roles = {text[m.start : m.end]: m.role for m in numbers.scan(text)}
    assert roles == {"46 basis points": "change", "67 basis points": "change"}
    text = "Margin was 10.4%, 30 basis points lower than the 10.7% of a year ago."
    assert [(m.role, m.value) for m in numbers.scan(text)][1:] == [("change", -30.0), ("base", 10.7)]


def test_an_ampersand_joins_the_words_of_a_segments_name() -> None:
    """"Business & Industry revenue", "Our Technology & Manufacturing segment": one name, not its last word."""
    facts = facts_of(
        "Business & Industry revenue grew 1.4% year-over-year to $796.2 million.",
        "Our Technology & Manufacturing segment saw strong demand, with revenue up 5.4% to $246.3 million.",
    )
    assert find(facts, value=796_200_000).subject == "Business & Industry"
    assert find(facts, value=246_300_000).subject == "Technology & Manufacturing"


def test_this_segment_points_back_to_the_line_named_just_before() -> None:
    """"Aviation revenue declined 19.7%. ... weigh on this segment, revenue improved 3.6%": Aviation's."""
    facts = facts_of(
        "Aviation revenue declined 19.7% to $148.3 million.",
        "Although lower travel continues to weigh on this segment, revenue improved 3.6% on a sequential basis.",
        "As a result, operating profit in this segment increased 44.1% to $85.3 million.",
    )
    assert find(facts, value=3.6).subject == "aviation"
    assert find(facts, value=85_300_000).subject == "aviation"


def test_a_unit_named_at_the_end_of_a_sentence_is_what_the_division_means() -> None:
    """"Now on to NovaSky Devices. The division generated revenues of $481.9 million": the Devices unit's."""
    facts = facts_of(
        "NovaSky Cloud revenue was $300 million. Now on to NovaSky Devices. The division generated revenues of "
        "$481.9 million, up 13%."
    )
    assert find(facts, value=481_900_000).subject == "NovaSky Devices"
    assert find(facts, value=13).subject == "NovaSky Devices"
    # a sentence's end inside a run of capitalised words: "Services. The segment" names no segment
    facts = facts_of("Let me turn to Residential Services. The segment grew revenue 5% to $80 million.")
    assert find(facts, value=80_000_000).subject == "Residential Services"


def test_a_line_opening_its_sentence_holds_for_the_bare_metrics_after_it() -> None:
    """"Technical Solutions revenue increased 2.6%. Operating margin was 8.2%": the same line's margin; a
    lower-case modifier ("Our economic net interest income") is no line."""
    facts = facts_of(
        "Technical Solutions revenue increased 2.6% to $125.5 million. Operating margin was 8.2% in the quarter.",
        "Our economic net interest income was $104 million. Our net interest spread was 2.5%.",
    )
    assert find(facts, value=8.2).subject == "Technical Solutions"
    assert find(facts, value=2.5).subject == "NovaSky"


def test_a_margin_in_a_clause_going_on_about_a_lines_figure_is_that_lines() -> None:
    """"Education operating profit totaled $13.6 million, representing a margin of 6.3%": Education's
    margin; "with the remaining $16 million representing investments" is no ratio and stays as it was."""
    facts = facts_of(
        "Education operating profit totaled $13.6 million, representing a margin of 6.3%.",
        "Revenue grew 5% to $200 million, representing a margin of 10%.",
    )
    assert find(facts, value=6.3).subject == "education"
    assert find(facts, value=10).subject == "NovaSky"
