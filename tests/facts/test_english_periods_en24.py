"""English calls, held to the period of a figure: a forecast of another year like the last, a dividend raise
paid from the next quarter, and an item recorded a year ago that a quarter's result is set against.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find

_FOURTH = (
    "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def _fourth_quarter_facts(*lines: str) -> list[Fact]:
    """Facts of a fourth-quarter call: the head above, then one paragraph per line."""
    return [f for f in run(build(_FOURTH + "\n".join(lines), "en")) if f.paragraph > 2]


def test_another_year_forecast_in_a_fourth_quarter_call_is_the_coming_year() -> None:
    facts = _fourth_quarter_facts(
        "Underpinning this growth is an expectation for another year of accelerating organic growth and "
        "at least 20 basis point increase in our margins to another record high of 11.2%."
    )
    assert find(facts, value=11.2).period == "2022"
    assert find(facts, value=20).period == "2022"


def test_another_year_reported_in_a_fourth_quarter_call_is_the_year_closed() -> None:
    facts = _fourth_quarter_facts("We delivered another year of strong growth, with margins of 11.2%.")
    assert find(facts, value=11.2).period == "2021"


def test_a_dividend_raise_is_of_the_quarter_it_is_first_paid_for() -> None:
    facts = facts_of(
        "Today, we announced a 6.2% increase in our common stock dividend, and we will pay $0.90 per share "
        "for the fourth quarter."
    )
    assert find(facts, value=6.2).period == "2021Q4"
    assert find(facts, value=0.9).period == "2021Q4"


def test_a_dividend_raise_paid_for_the_reported_quarter_keeps_it() -> None:
    facts = facts_of("We raised our dividend by 6.2% in the quarter, and we paid $0.90 per share for the third quarter.")
    assert find(facts, value=6.2).period == "2021Q3"


def test_an_item_recorded_last_year_that_a_quarter_cycles_is_of_the_year_ago_quarter() -> None:
    facts = facts_of(
        "SG&A was $21 million unfavorable to the same period last year, which was largely a result of cycling "
        "a $14 million benefit recorded last year for the recovery of inventory."
    )
    assert find(facts, value=14_000_000).period == "2020Q3"
    assert find(facts, value=21_000_000).period == "2021Q3"


def test_a_gain_recognized_last_year_sized_after_it_is_of_the_year_ago_quarter() -> None:
    facts = facts_of(
        "Earnings per share growth was dampened by the absence of a gain recognized last year from a 2015 tax "
        "refund that equated to $0.04, so core earnings per share improvement in the quarter was $0.11."
    )
    assert find(facts, value=0.04).period == "2020Q3"
    assert find(facts, value=0.11).period == "2021Q3"
