"""English calls: "combined with" joining two changes names no group of business lines.

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

