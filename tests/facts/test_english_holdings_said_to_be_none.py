"""English calls: a holding the speaker says the company has none of ("and no debt", "zero borrowings") names no
figure, so the balance said beside it keeps its own metric.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_cash_held_beside_no_debt_is_the_cash_balance() -> None:
    cash = find(facts_of("We ended the quarter with $310 million in cash and no debt."), raw="$310 million")
    assert (cash.metric, cash.value, cash.period) == ("cash", 310_000_000, "2021Q3")


def test_cash_held_beside_zero_borrowings_is_the_cash_balance() -> None:
    facts = facts_of("At quarter end, we held $45 million of cash and zero outstanding borrowings on our revolver.")
    assert find(facts, raw="$45 million").metric == "cash"


def test_cash_held_beside_no_debt_maturities_is_the_cash_balance() -> None:
    facts = facts_of("We closed the quarter with $480 million of cash and no debt maturities until 2026.")
    assert find(facts, raw="$480 million").metric == "cash"


def test_debt_that_is_held_still_names_its_figure() -> None:
    facts = facts_of("We ended the quarter with $310 million in cash and $95 million of debt.")
    assert find(facts, raw="$95 million").metric == "debt"
