"""English periods of figures whose sentence names more than one date: the period a figure is "for" in its own
clause dates it, even a coming one, over a date an earlier clause opens with; the date a loan or note falls due
dates no figure; a forecast of a "reported" measure stays a forecast.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_figure_for_a_named_quarter_is_that_quarters() -> None:
    """"Today, ... we will pay $0.45 per share for the fourth quarter": the dividend declared for the coming
    quarter, not one of the quarter reported."""
    facts = facts_of(
        "Today, we announced an increase in our common stock dividend, and we will pay $0.45 per share for the "
        "fourth quarter."
    )
    assert find(facts, raw="$0.45").period == "2021Q4"
    assert find(facts, raw="$0.45").metric == "dividend"


def test_the_date_a_loan_falls_due_dates_no_figure() -> None:
    """"a $250 million term loan with an August 2024 maturity": a loan added in the quarter reported, not one of
    the quarter it falls due in."""
    facts = facts_of("We also added a $250 million term loan with an August 2024 maturity.")
    assert find(facts, raw="$250 million").period == "2021Q3"


def test_a_forecast_of_reported_ebitda_is_guidance() -> None:
    """"We now expect net income ... to be between ..., and resort reported EBITDA to be between ...": "reported" names
    the measure's basis, no result already reached, so the second range is guidance too."""
    facts = facts_of(
        "We now expect net income for 2021 to be between $204 million and $250 million, and resort reported EBITDA "
        "to be between $613 million and $637 million."
    )
    assert find(facts, raw="$204 million and $250 million").metric == "net income guidance"
    assert find(facts, raw="$613 million and $637 million").metric == "EBITDA guidance"
