"""English periods of a forecast that follows a result in one sentence: the period named before the forecast
verb is the result's; the one named right after the forecast figure is the forecast's; list items after one that ends
with its own year share the span of years the list ends with ("over the next three years").

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


def test_later_items_of_a_list_share_the_horizon_it_ends_with() -> None:
    """"$40 million in 2022 and $90 million over the next three years": the first item ends with its own year,
    the second is the three years' sum, not 2022's."""
    facts = facts_of("We expect capex of $40 million in 2022 and $90 million over the next three years.")
    assert find(facts, raw="$40 million").period == "2022"
    assert find(facts, raw="$90 million").period == "2022-2024"


def test_an_item_with_its_own_year_keeps_it_before_a_horizon() -> None:
    """"$90 million in 2023 over the next three years": the item names its own year."""
    facts = facts_of("We expect capex of $40 million in 2022 and $90 million in 2023 over the next three years.")
    assert find(facts, raw="$90 million").period == "2023"
