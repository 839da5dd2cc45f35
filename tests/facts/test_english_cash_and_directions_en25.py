"""English calls: a cash balance named by "cash position improved to" or held beside another holding is the balance.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_cash_position_that_moved_to_a_level_is_the_balance_and_its_base_the_one_before() -> None:
    facts = facts_of(
        "Our balance sheet cash position improved to $900 million in the third quarter from $700 million at the end"
        " of Q2."
    )
    now = find(facts, raw="$900 million")
    before = find(facts, raw="$700 million")
    assert (now.metric, now.value, now.period, now.basis) == ("cash", 900_000_000, "2021Q3", None)
    assert (before.metric, before.period, before.basis) == ("cash", "2021Q2", "prior")


def test_cash_held_then_another_holding_of_its_own_is_the_balance() -> None:
    facts = facts_of(
        "At September 30, we held $25 million of cash and had 1.8 million shares under forward sales agreements."
    )
    cash = find(facts, raw="$25 million")
    assert (cash.metric, cash.value, cash.period) == ("cash", 25_000_000, "2021Q3")


def test_cash_summed_with_another_holding_is_still_no_balance() -> None:
    assert not [f for f in facts_of("We paid $40 million in cash and stock for the business.") if f.metric == "cash"]
