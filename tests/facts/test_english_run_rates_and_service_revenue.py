"""Metrics of their own: "annualized revenue" and "annualized dividend" are run rates; "NSR" is engineering firms' net
service revenue, no unit's name; cash G&A is a part of G&A expense.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_net_service_revenue_is_a_metric_not_a_unit_named_nsr() -> None:
    facts = facts_of(
        "Turning to the International segment.",
        "NSR increased by 6% in the fourth quarter, and backlog increased by 10%.",
        "Net service revenue for the company was $1.6 billion.",
    )
    nsr = find(facts, value=6)
    assert (nsr.subject, nsr.metric) == ("International", "net service revenue")
    assert find(facts, value=10).subject == "International"
    assert find(facts, value=1_600_000_000).metric == "net service revenue"


def test_annualized_revenue_and_dividend_are_run_rates_not_the_periods_figures() -> None:
    facts = facts_of(
        "The Kestrel backlog represents an incremental $11.5 million of annualized revenues.",
        "We raised our quarterly dividend to $0.445, an annualized dividend of $1.78 per share.",
    )
    assert find(facts, value=11_500_000).metric == "annualized revenue"
    assert find(facts, value=1.78).metric == "annualized dividend"
    assert find(facts, value=0.445).metric == "dividend"


def test_cash_g_and_a_is_its_own_measure_beside_g_and_a_expense() -> None:
    facts = facts_of(
        "G&A expense was $4.2 million, and cash G&A was $3.1 million.",
        "Cash G&A expense decreased from $1.4 million in the second quarter to $1.3 million in the third quarter.",
    )
    assert find(facts, value=4_200_000).metric == "G&A expense"
    assert find(facts, value=3_100_000).metric == "cash G&A expense"
    assert find(facts, value=1_300_000).metric == "cash G&A expense"
