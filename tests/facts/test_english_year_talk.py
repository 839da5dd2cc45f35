"""Periods of English figures in a fourth-quarter call that talks about the whole year.

Sentences are written for these tests about the fictional Halvard Pipeline Co (year ends in December) and
Marrow Outfitters (year ends on January 31); the figures are invented. Each line is a paragraph, as in a
transcript written a sentence a line.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Halvard Pipeline's fourth quarter 2025 earnings call.\n"
    "Fourth quarter revenue was $410 million, up 6% year over year.\n"
)


def figures(lines: str, head: str = HEAD) -> dict[float, Fact]:
    """The facts of ``lines`` said after the call's head, by value."""
    n = head.count("\n")
    return {f.value: f for f in run(build(head + lines, "en")) if f.paragraph >= n}


def test_lines_after_a_full_year_lead_are_the_years() -> None:
    facts = figures(
        "For the full year, revenue was $1.6 billion, up from $1.4 billion a year ago.\n"
        "Adjusted net income was $3.12 per share.\n"
        "Operating cash flow was $530 million.\n"
    )
    assert facts[1.6e9].period == "2025"
    assert facts[3.12].period == "2025"
    assert facts[5.3e8].period == "2025"


def test_a_line_about_the_year_gives_the_next_lines_the_year() -> None:
    facts = figures(
        "2025 was a record year for Halvard.\n"
        "We earned net income of $620 million and generated $480 million of free cash flow.\n"
    )
    assert facts[6.2e8].period == "2025"
    assert facts[4.8e8].period == "2025"


def test_the_quarter_named_again_ends_the_year() -> None:
    facts = figures(
        "For the full year, revenue was $1.6 billion.\n"
        "In the fourth quarter, adjusted net income was $0.81 per share.\n"
        "Operating cash flow was $140 million.\n"
    )
    assert facts[1.6e9].period == "2025"
    assert facts[0.81].period == "2025Q4"
    assert facts[1.4e8].period == "2025Q4"


def test_a_year_lead_lapses_after_a_few_lines() -> None:
    facts = figures(
        "For the full year, revenue was $1.6 billion.\n"
        "We thank our crews.\n"
        "Safety stayed our first priority.\n"
        "Our pipeline network grew.\n"
        "Operating cash flow was $140 million.\n"
    )
    assert facts[1.4e8].period == "2025Q4"


def test_a_year_that_only_names_a_noun_is_no_lead() -> None:
    facts = figures("2024 contracts rolled off.\nOperating cash flow was $140 million.\n")
    assert facts[1.4e8].period == "2025Q4"


def test_a_year_lead_carries_inside_its_paragraph() -> None:
    facts = figures(
        "Earlier this year, we sold our storage unit for cash. We repurchased $90 million of our shares.\n"
    )
    assert facts[9e7].period == "2025"
    facts = figures("Year to date, we repurchased $210 million of our shares. Free cash flow was $90 million.\n")
    assert facts[2.1e8].period == facts[9e7].period == "2025Q1-2025Q4"


def test_a_fiscal_year_lead_gives_the_fiscal_span() -> None:
    head = (
        "Welcome to Marrow Outfitters' fourth quarter fiscal 2025 earnings call. Our fiscal year ends on "
        "January 31.\n"
        "Fourth quarter sales were $310 million.\n"
    )
    facts = figures("For the full year, sales were $1.2 billion.\nAdjusted EPS was $4.40.\n", head)
    assert facts[1.2e9].period == facts[4.4].period
    assert facts[4.4].period is not None and "-" in facts[4.4].period


def test_an_earlier_year_leading_a_line_is_background_not_the_next_lines_period() -> None:
    head = (
        "Welcome to Halvard Pipeline's third quarter 2025 earnings call.\n"
        "Third quarter revenue was $410 million, up 6% year over year.\n"
    )
    facts = figures("Last year, we had several favorable tax items.\nAdjusted EPS was $1.09 versus $0.80.\n", head)
    assert facts[1.09].period == "2025Q3"


MARROW_Q3 = (
    "Welcome to Marrow Outfitters' third quarter fiscal 2025 earnings call. Our fiscal year ends on January 31.\n"
    "Third quarter sales were $310 million.\n"
)
HALVARD_Q3 = (
    "Welcome to Halvard Pipeline's third quarter 2025 earnings call.\n"
    "Third quarter revenue was $410 million, up 6% year over year.\n"
)


def test_a_fiscal_company_forecasting_its_fourth_quarter_means_its_own_fourth_quarter() -> None:
    facts = figures("For the fourth quarter, we expect sales of $300 million to $320 million.\n", MARROW_Q3)
    assert facts[3e8].period == "2025Q1"  # November to January


def test_capex_after_a_quarter_outlook_is_the_years() -> None:
    lines = "For the fourth quarter, we expect sales of $300 million.\nWe continue to expect capex of approximately $100 million.\n"
    facts = figures(lines, MARROW_Q3)
    assert facts[3e8].period == "2025Q1"
    assert facts[1e8].period == "2024Q2-2025Q1"  # the fiscal year ending in January
    facts = figures(lines, HALVARD_Q3)
    assert facts[3e8].period == "2025Q4"
    assert facts[1e8].period == "2025"


def test_a_declared_dividend_is_the_quarters_whenever_it_is_paid() -> None:
    for line in (
        "Our Board declared a dividend of $0.42 per share payable in December.\n",
        "Our Board declared a quarterly dividend of $0.42 per share, payable on December 1 to shareholders of "
        "record on November 15.\n",
        "The Board declared a dividend of $0.42 per share payable in January 2026.\n",
    ):
        assert figures(line, HALVARD_Q3)[0.42].period == "2025Q3", line


def test_a_dividend_declared_on_a_named_date_is_that_dates_quarter() -> None:
    line = "On November 1, our Board declared a dividend of $0.15 per share to stockholders of record on December 16.\n"
    assert figures(line, HALVARD_Q3)[0.15].period == "2025Q4"


def test_last_years_capex_against_a_plan_is_the_year_before_the_plan() -> None:
    facts = figures("We're estimating capex will be about $90 million, up from $70 million last year.\n")
    assert facts[9e7].period == "2026"
    assert facts[7e7].period == "2025"
    assert facts[7e7].basis == "prior"


DATED_HEAD = "February 12, 2026\n" + HEAD
"""The same call with the date it was held: after the year it reports had ended."""


def test_a_call_held_after_the_year_speaks_from_the_new_year() -> None:
    lines = (
        "Last year, we earned net income of $620 million.\n"
        "This year, we expect capital expenditures of $900 million.\n"
        "Next year, we expect revenue of $1.9 billion.\n"
    )
    dated = figures(lines, DATED_HEAD)
    assert dated[6.2e8].period == "2025"
    assert dated[9e8].period == "2026"
    assert dated[1.9e9].period == "2027"
    # without the date, the call's relative years count from the year of its quarter
    undated = figures(lines)
    assert undated[6.2e8].period == "2024"
    assert undated[1.9e9].period == "2026"


def test_a_call_held_within_its_quarter_keeps_its_year() -> None:
    facts = figures(
        "Last year, we earned net income of $620 million.\n"
        "This year, we expect capital expenditures of $900 million.\n",
        "December 18, 2025\n" + HEAD,
    )
    assert facts[6.2e8].period == "2024"
    assert facts[9e8].period == "2026"


def test_lines_after_a_coming_year_lead_tell_its_plan() -> None:
    facts = figures(
        "Looking ahead to 2026, our capital plan can be funded at $45 oil.\n"
        "We expect to generate about $2.1 billion of cash flow from operations.\n"
        "The $900 million capital plan represents about a 40% reinvestment ratio.\n"
        "In the fourth quarter, capital expenditures were $310 million.\n"
        "Operating cash flow was $140 million.\n"
    )
    assert facts[9e8].period == "2026"
    assert facts[40.0].period == "2026"
    assert facts[3.1e8].period == "2025Q4"
    assert facts[1.4e8].period == "2025Q4"


def test_a_coming_year_inside_a_line_does_not_lead_the_next() -> None:
    facts = figures(
        "We delivered strong results and see more growth in 2026, with new terminals.\n"
        "Operating cash flow was $140 million.\n"
    )
    assert facts[1.4e8].period != "2026"


def test_a_full_year_line_and_lines_naming_the_year_again_keep_the_year() -> None:
    """"Full year revenue grew 9%" opens a run of lines on the year; a line that names the year again ("flat for
    the year") or only hopes for the next one goes on with it, until the call turns to the quarter."""
    facts = figures(
        "Full year revenue grew 9% with adjusted net income increasing 10%.\n"
        "Volume growth consisted of 3% from new products, with other products flat for the year.\n"
        "We again saw broad-based revenue growth with the U.S. growing 11%.\n"
        "We remain optimistic that the pipeline market will return to growth in 2026.\n"
        "The new compressor line generated revenue of $170 million.\n"
        "Now, moving on to our fourth quarter results, revenue was $480 million.\n"
    )
    assert facts[9.0].period == "2025"
    assert facts[11.0].period == "2025"
    assert facts[1.7e8].period == "2025"
    assert facts[4.8e8].period == "2025Q4"


def test_a_line_without_figures_that_opens_on_the_year_starts_its_talk() -> None:
    """A one-sentence line with no figure that opens on the year ("For the full year, ...", "Looking ahead to
    2026, ...") starts the talk of that year; one that names the year later in the sentence does not."""
    facts = figures(
        "For the full year, we are proud of what the team delivered.\n"
        "Adjusted net income was $3.40 per share.\n"
        "Now, moving on to our fourth quarter results, revenue was $480 million.\n"
        "Looking ahead to 2026, we stay focused on the pipeline plan.\n"
        "The capital plan is $900 million.\n"
    )
    assert facts[3.4].period == "2025"
    assert facts[4.8e8].period == "2025Q4"
    assert facts[9.0e8].period == "2026"
    later = figures(
        "We are proud of what the team delivered for the full year.\n"
        "Adjusted net income was $3.40 per share.\n"
    )
    assert later[3.4].period != "2025"
