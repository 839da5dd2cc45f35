"""English facts of real-estate calls: a debt ratio written "total debt to total capitalization" is that ratio,
not the debt; an "aggregate initial cash yield" is the company's yield ("aggregate" names no business line).

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_total_debt_to_total_capitalization_is_the_ratio() -> None:
    facts = facts_of(
        "As of September 30, net debt to EBITDA was 4.2x, and total debt to total capitalization was 29%."
    )
    ratio = find(facts, raw="29%")
    assert (ratio.subject, ratio.metric) == ("NovaSky", "debt to total market capitalization")


def test_an_aggregate_initial_cash_yield_is_the_companys_yield() -> None:
    facts = facts_of(
        "For the quarter, the aggregate initial cash yield of our investment activity was approximately 7.1%."
    )
    y = find(facts, raw="7.1%")
    assert (y.subject, y.metric, y.qualifier) == ("NovaSky", "yield", "approx")

