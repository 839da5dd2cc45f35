"""A payout ratio is its own metric, and a plan said to run several years is for those years.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_payout_ratio_after_a_dividend_is_the_payout_ratio() -> None:
    facts = facts_of("Our $0.52 per share dividend is well covered, with a 61% AFFO payout ratio.")
    assert find(facts, value=0.52).metric == "dividend"
    assert find(facts, value=61).metric == "payout ratio"


def test_a_payout_ratio_range_is_no_dividend_change() -> None:
    facts = facts_of("Our CAD payout ratio remains at 80% to 88%.")
    ratio = find(facts, value=80)
    assert (ratio.metric, ratio.value_high, ratio.change) == ("payout ratio", 88, None)


def test_a_three_year_investment_is_for_three_years() -> None:
    facts = facts_of("We had previously planned a three-year investment of $12 billion in data centers.")
    assert find(facts, value=12_000_000_000).period == "2021-2023"


def test_a_year_count_that_is_no_plan_keeps_the_quarter() -> None:
    facts = facts_of("Revenue rose 12% on a two-year stack and the five-year average margin was 31%.")
    assert all(f.period == "2021Q3" for f in facts), [(f.metric, f.value, f.period) for f in facts]


def test_a_change_over_a_comparable_year_long_past_is_no_yoy_change() -> None:
    facts = facts_of(
        "The Harbor Point resort finished September with $5.5 million in total revenue, a 68% increase over comparable 2019."
    )
    assert find(facts, value=5_500_000).metric == "revenue"
    assert not any(f.value == 68 for f in facts), [(f.metric, f.value, f.change) for f in facts]
