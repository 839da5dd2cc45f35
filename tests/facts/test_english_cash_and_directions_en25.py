"""English calls: a cash balance named by "cash position improved to" or held beside another holding is the balance,
and a direction word that closes its own phrase gives the figure after it no change.

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


def test_a_level_after_a_direction_noun_and_and_takes_no_change() -> None:
    facts = facts_of(
        "We grew cash rental revenues 9.1% on a year-over-year basis, including the benefit of rental increases"
        " and $150 million of acquisitions over the trailing 12 months."
    )
    assert find(facts, raw="9.1%").change == "yoy"
    acquired = find(facts, raw="$150 million")
    assert (acquired.metric, acquired.value, acquired.change) == ("acquisitions", 150_000_000, None)


def test_the_amount_a_change_applies_to_is_no_change() -> None:
    facts = facts_of(
        "Last week, we amended our credit facility, which reduced pricing and extended maturities by 5 years on"
        " $100 million of existing term loans."
    )
    loans = find(facts, raw="$100 million")
    assert (loans.value, loans.change) == (100_000_000, None)


def test_a_change_stated_on_a_basis_keeps_its_comparison() -> None:
    facts = facts_of("Revenue was up 4% on a reported basis.")
    assert (find(facts, raw="4%").value, find(facts, raw="4%").change) == (4.0, "yoy")
