"""English calls: "combined with" joining two changes names no group of business lines, and an amount a
forecast moved by is no range with the level it reached.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_changes_joined_by_combined_with_are_each_the_company_s() -> None:
    facts = facts_of(
        "Third quarter same-store NOI increased 11.4% over last year, driven by a 9.8% increase in revenue"
        " combined with a 5.2% increase in property operating expenses."
    )
    assert (find(facts, raw="11.4%").metric, find(facts, raw="11.4%").change) == ("same-store NOI", "yoy")
    assert find(facts, raw="9.8%").change == "yoy"
    assert find(facts, raw="5.2%").change == "yoy"


def test_changes_joined_by_together_with_are_each_the_company_s() -> None:
    facts = facts_of("Revenue grew 8% year-over-year, together with a 3% increase in operating expenses.")
    assert (find(facts, raw="8%").metric, find(facts, raw="8%").change) == ("revenue", "yoy")


def test_business_lines_that_grew_collectively_still_give_no_fact() -> None:
    assert not facts_of("Storage, moving and insurance collectively grew 4% year-over-year.")


def test_a_guidance_step_and_the_level_it_reached_are_two_figures() -> None:
    facts = facts_of("We are lowering the midpoint of our core FFO per share guidance by $0.02 to $1.94 for 2021.")
    level = find(facts, raw="$1.94")
    assert (level.value, level.value_high, level.metric) == (1.94, None, "core FFO per share guidance")
    assert not [f for f in facts if f.raw == "$0.02 to $1.94"]


def test_a_saving_by_a_range_of_amounts_stays_a_range() -> None:
    facts = facts_of("We expect to cut operating expenses by $10 million to $15 million next year.")
    assert [f.value_high for f in facts if f.raw == "$10 million to $15 million"] == [15_000_000]


def test_a_market_s_growth_after_combined_with_a_cause_is_still_no_fact_of_the_company() -> None:
    facts = facts_of(
        "Volume growth was driven by restocking combined with a tight truck market and strong consumers as retail"
        " sales grew 7.4% in March."
    )
    assert not [f for f in facts if f.raw == "7.4%"]
