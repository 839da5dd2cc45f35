"""Periods of English call figures: a half of a fiscal year written "FY '22", a sequential forecast that names
no period, and a range stated while the call gives its outlook.

Sentences are written for these tests about the fictional Zephyrine Labs and NovaSky Technology; the figures
are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_FISCAL = (
    "Zephyrine Labs reported results for its fiscal second quarter 2022, the quarter ended September 30, 2021.\n"
    "Revenue was $4.0 billion, down 2% year over year.\n"
)
_THIRD = "Welcome to NovaSky's third quarter 2021 earnings call.\nNovaSky's results were ahead of plan.\n"


def _facts(text: str) -> list[Fact]:
    return facts.run(build(text, language="en"))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change) for f in found])
    return hits[0]


def test_a_half_of_a_fiscal_year_written_fy_is_that_years_half() -> None:
    """The first half of fiscal 2022 of a year ending in March is April to September 2021, not the whole year."""
    found = _facts(
        _FISCAL + "Free cash flow for the quarter was $404 million and moves us to positive free cash flow for the "
        "first half of FY '22 of $100 million.\n"
        "Operating margin in the second half of FY22 is expected to be 9%.\n"
    )
    assert _one(found, value=1e8).period == "2021Q2-2021Q3"
    assert _one(found, value=9.0).period == "2021Q4-2022Q1"


def test_a_sequential_forecast_naming_no_period_is_for_the_next_quarter() -> None:
    """Growth "sequentially" is against the quarter just reported, so the forecast is the next quarter's, even
    after the call has talked about next year."""
    found = _facts(
        _THIRD + "Now let me spend a few minutes on our outlook for 2022.\n"
        "For our drilling division, we anticipate sequential revenue growth of 5% to 7%.\n"
        "For 2022, we expect revenue growth of 20%.\n"
    )
    assert _one(found, value=5.0).period == "2021Q4"
    assert _one(found, value=5.0).change == "qoq"
    assert _one(found, value=20.0).period == "2022"


def test_a_sequential_forecast_in_a_fourth_quarter_call_is_for_next_years_first_quarter() -> None:
    found = _facts(
        "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
        "We expect revenue to grow 3% to 4% sequentially.\n"
    )
    assert _one(found, value=3.0).period == "2022Q1"


def test_a_range_stated_while_the_call_gives_its_outlook_is_a_forecast() -> None:
    """A list of the outlook's items need not repeat "we expect" in each sentence; a range of a result said
    there is the outlook's, while a result stated with a past verb stays a result."""
    found = _facts(
        _THIRD + "Turning to our fourth quarter guidance.\n"
        "We expect revenue between $4.08 billion and $4.13 billion.\n"
        "Adjusted EBIT margin of 8.6% to 8.9%.\n"
    )
    margin = _one(found, value=8.6)
    assert (margin.metric, margin.period) == ("adjusted EBIT margin guidance", "2021Q4")


def test_a_range_outside_an_outlook_stays_a_result() -> None:
    found = _facts(_THIRD + "Gross margin was in a range of 41% to 43% across our plants.\n")
    assert _one(found, value=41.0).metric == "gross margin"


def test_a_pair_of_figures_ending_on_year_to_date_gives_the_span_to_the_second_only() -> None:
    """"book-to-bill was 0.95 and 1.13 year to date": the quarter's figure, then the year to date's (a figure
    followed by "year to date" is no duration of years)."""
    found = _facts(
        _THIRD + "Book-to-bill was 0.95 and 1.13 year to date.\n"
        "Revenue was $5 million and $12 million year-to-date.\n"
    )
    assert _one(found, value=0.95).period == "2021Q3"
    assert _one(found, value=1.13).period == "2021Q1-2021Q3"
    assert _one(found, value=5e6).period == "2021Q3"
    assert _one(found, value=12e6).period == "2021Q1-2021Q3"


def test_a_figure_followed_by_years_is_still_a_duration() -> None:
    found = _facts(_THIRD + "We have 3 years of backlog and revenue was $7 million.\n")
    assert [f.value for f in found] == [7e6]


def test_results_declared_against_the_previous_quarter_are_sequential_changes() -> None:
    """"a summary of our third quarter results compared to the second quarter": the unmarked changes of the
    walk through the segments that follows are against the quarter before, not a year before."""
    found = _facts(
        _THIRD + "Let me begin with a summary of our third quarter results compared to the second quarter of 2021.\n"
        "Total revenue for the quarter was $3.9 billion, an increase of 4%.\n"
        "In our drilling division, revenue was $1.7 billion, an increase of 6%.\n"
        "In North America, revenue increased 3%.\n"
        "Operating income was up 10% year over year.\n"
    )
    assert _one(found, value=4.0).change == "qoq"
    assert _one(found, value=6.0).change == "qoq"
    assert _one(found, value=3.0).change == "qoq"
    assert _one(found, value=10.0).change == "yoy"


def test_results_declared_against_last_years_quarter_stay_year_on_year() -> None:
    found = _facts(
        _THIRD + "Let me begin with a summary of our results compared to the third quarter of 2020.\n"
        "Total revenue for the quarter was $3.9 billion, an increase of 4%.\n"
    )
    assert _one(found, value=4.0).change == "yoy"


def test_a_comparison_declared_in_capitals_or_after_a_curly_apostrophe_holds_too() -> None:
    for declaration in (
        "LET ME BEGIN WITH A SUMMARY OF OUR THIRD QUARTER RESULTS COMPARED TO THE SECOND QUARTER OF 2021.",
        "Here’s our third quarter Performance versus the second quarter of 2021.",
    ):
        found = _facts(_THIRD + declaration + "\nTotal revenue for the quarter was $3.9 billion, an increase of 4%.\n")
        assert _one(found, value=4.0).change == "qoq", declaration


def test_without_a_declared_comparison_an_unmarked_quarter_change_is_year_on_year() -> None:
    found = _facts(_THIRD + "Total revenue for the quarter was $3.9 billion, an increase of 4%.\n")
    assert _one(found, value=4.0).change == "yoy"


def test_the_quarter_ending_in_a_month_is_the_quarter_that_month_closes() -> None:
    """"the quarter ending March" said in a third-quarter call names next year's first quarter; "the quarter
    ended June" this year's second, as "the March quarter" and "the June quarter" would."""
    found = _facts(
        _THIRD + "For the quarter ending December, we expect revenue of $4 billion.\n"
        "For the quarter ending March, we expect revenue of $4.5 billion.\n"
        "In the quarter ended June, revenue was $3.5 billion.\n"
        "For the quarter that ended in September 2020, revenue was $2.9 billion.\n"
    )
    assert _one(found, value=4e9).period == "2021Q4"
    assert _one(found, value=4.5e9).period == "2022Q1"
    assert _one(found, value=3.5e9).period == "2021Q2"
    assert _one(found, value=2.9e9).period == "2020Q3"



def test_a_profit_raised_to_a_range_of_percents_is_its_margin() -> None:
    """"increasing adjusted EBIT to a range of 8.5% to 8.9%": a profit measured in % of revenue is its margin."""
    found = _facts(
        _THIRD + "We now expect revenue of $16.4 billion to $16.6 billion for the year, increasing adjusted EBIT to a "
        "range of 8.5% to 8.9%.\n"
        "Adjusted EBIT grew 12% in the quarter.\n"
    )
    assert _one(found, value=8.5).metric == "adjusted EBIT margin guidance"
    assert _one(found, value=12.0).metric != "adjusted EBIT margin"
