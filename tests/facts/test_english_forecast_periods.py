"""English periods of a forecast that follows a result in one sentence: the period named before the forecast
verb is the result's; the one named right after the forecast figure is the forecast's.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_forecast_after_a_result_takes_the_quarter_named_after_it() -> None:
    """"Revenue grew 17% during the quarter and we expect revenue growth of 12% in the fourth quarter": the 12%
    is the fourth quarter's forecast, the 17% the third quarter's result."""
    facts = facts_of("Revenue grew 17% during the quarter and we expect revenue growth of 12% in the fourth quarter.")
    assert find(facts, raw="17%").period == "2021Q3"
    assert find(facts, raw="12%").period == "2021Q4"


def test_a_forecast_compared_with_a_quarter_keeps_the_quarter_before_it() -> None:
    """"In the fourth quarter we expect margin of 12% compared with the fourth quarter of last year": the
    quarter after the figure is the base, not the forecast's."""
    facts = facts_of("In the fourth quarter we expect margin of 12%, compared with 10% in the fourth quarter of last year.")
    assert find(facts, raw="12%").period == "2021Q4"
