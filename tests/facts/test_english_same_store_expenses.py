"""English calls: a landlord that reports its same-store pool calls the pool's expenses just "expenses" ("guidance at
9.25% for revenue, 4% for expenses and 12.75% for net operating income"); elsewhere the bare word names no metric.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_bare_expenses_in_a_same_store_guidance_list() -> None:
    facts = facts_of(
        "Last night, we reconfirmed the midpoint of our full year same-store growth guidance at 9.25% for revenue, 4%"
        " for expenses and 12.75% for net operating income."
    )
    assert find(facts, raw="4%").metric == "same-store expenses guidance"


def test_bare_expenses_after_same_store_revenue() -> None:
    facts = facts_of("Same-store revenue increased 6.8% and expenses rose 3.1% in the quarter.")
    fact = find(facts, raw="3.1%")
    assert (fact.metric, fact.change) == ("same-store expenses", "yoy")


def test_bare_expenses_outside_same_store_talk_name_nothing() -> None:
    assert not facts_of("Expenses were $40 million in the quarter.")


def test_a_named_kind_of_expenses_is_no_same_store_expenses() -> None:
    facts = facts_of(
        "Same-store NOI grew 5%. Included in our results are approximately $1 million of property expenses associated"
        " with the storm."
    )
    assert not [f for f in facts if f.metric == "same-store expenses"]


def test_a_named_expense_guidance_in_same_store_talk_keeps_its_metric() -> None:
    facts = facts_of(
        "Same-store NOI grew 5% in the quarter. For 2022, we expect adjusted SG&A expenses of $120 million to $125"
        " million."
    )
    assert find(facts, raw="$120 million to $125 million").metric == "SG&A expense guidance"


def test_a_kind_of_expenses_is_no_same_store_expenses() -> None:
    facts = facts_of(
        "Same-property NOI fell $7 million. The second category of expenses, approximately $4.1 million, is the"
        " result of our lease-up strategy."
    )
    assert not [f for f in facts if f.metric == "same-store expenses"]
