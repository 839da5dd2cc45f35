"""English attribution on real-estate, infrastructure and services calls: the same-store pool a sentence
scopes its figures to, core FFO as its own measure, and how far debt runs, which dates no other figure.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_same_store_lead_scopes_the_metric_of_its_sentence() -> None:
    """"On a same-store basis, cash NOI was up 6%", "In the same-store pool, our revenue increased 9%": the
    same-store measures, not the whole portfolio's."""
    facts = facts_of(
        "On a same-store basis, third quarter cash NOI was up roughly 6%.",
        "In the same-store pool, our revenue increased 9.4%.",
        "In total, net operating income for the same-store pool was up 11% for the quarter.",
    )
    assert find(facts, value=6).metric == "same-store NOI"
    assert find(facts, value=9.4).metric == "same-store revenue"
    assert find(facts, value=11).metric == "same-store NOI"


def test_a_same_store_lead_leaves_a_total_alone() -> None:
    facts = facts_of("On a same-store basis, revenue grew 5%, and total NOI rose 8%.")
    assert find(facts, value=5).metric == "same-store revenue"
    assert find(facts, value=8).metric == "net operating income"


def test_core_ffo_is_not_plain_ffo() -> None:
    """Core FFO leaves out items NAREIT FFO keeps: a different measure, per share or in total."""
    facts = facts_of(
        "We reported core FFO of $2.87 for the quarter, representing 12.5% growth over the third quarter of 2020.",
        "Core FFO was $140 million or $1.05 per diluted share.",
        "NAREIT FFO was $1.01 per diluted share.",
    )
    assert find(facts, value=2.87).metric == "core FFO per share"
    assert find(facts, value=12.5).metric == "core FFO"
    assert find(facts, value=140_000_000).metric == "core FFO"
    assert find(facts, value=1.05).metric == "core FFO per share"
    assert find(facts, value=1.01).metric == "FFO per share"


def test_how_far_debt_runs_dates_no_other_figure() -> None:
    """"no debt maturities until the end of 2023 and $1.6 billion of liquidity": the liquidity is at the
    quarter's end, 2023 is when the debt comes due."""
    facts = facts_of(
        "Our leverage is low, we have no debt maturities until the end of 2023 and over $1.6 billion of liquidity.",
        "We have 85% fixed rate debt, limited debt maturities through 2024 and more than $2.5 billion in "
        "available liquidity.",
    )
    assert find(facts, value=1_600_000_000).period == "2021Q3"
    assert find(facts, value=2_500_000_000).period == "2021Q3"


def test_growth_and_maintenance_capex_are_kinds_of_capex_and_no_growth() -> None:
    """"$180 million of growth capex": the capex spent to grow, a level, not a growth of $180 million."""
    facts = facts_of(
        "Maintenance capex was $25 million, and growth capex was $180 million.",
        "We deployed $150 million of growth CapEx and $31 million of recurring capex.",
    )
    assert find(facts, value=180_000_000).metric == "growth capex"
    assert find(facts, value=25_000_000).metric == "maintenance capex"
    assert find(facts, value=150_000_000).metric == "growth capex"
    assert find(facts, value=31_000_000).metric == "maintenance capex"


def test_a_mall_occupancy_cost_is_no_occupancy() -> None:
    """Tenants' rent as a share of their sales is the occupancy cost, not how full the centers are."""
    facts = facts_of("Our occupancy cost is at 11.5%, and occupancy reached 94.1%.")
    assert find(facts, value=11.5).metric == "occupancy cost"
    assert find(facts, value=94.1).metric == "occupancy"


def test_an_organic_or_constant_currency_lead_holds_for_its_sentence() -> None:
    facts = facts_of(
        "On an organic constant currency basis, revenue increased 12%.",
        "In constant currency, adjusted EBITDA grew 7% and sales rose 4%.",
        "On a reported basis, revenue grew 3%.",
    )
    assert find(facts, value=12).metric == "organic revenue"
    assert find(facts, value=7).metric == "adjusted EBITDA (constant currency)"
    assert find(facts, value=4).metric == "revenue (constant currency)"
    assert find(facts, value=3).metric == "revenue"


def test_a_region_opening_its_results_holds_for_the_next_paragraph() -> None:
    """"EMEA revenues for Q3 were $164 million ..." turns the call to the EMEA segment: the operating income
    the next paragraph gives without naming a unit is EMEA's, until the call turns to the whole again."""
    facts = facts_of(
        "EMEA revenues for Q3 were $88 million, up 12% from 1 year ago, with growth across all service lines.",
        "Operating income was $9 million versus $11 million last year.",
        "Overall, adjusted EBITDA was $70 million.",
    )
    assert find(facts, value=88_000_000).subject == "EMEA"
    assert find(facts, value=9_000_000).subject == "EMEA"
    assert find(facts, value=11_000_000).subject == "EMEA"
    assert find(facts, value=70_000_000).subject == "NovaSky"


def test_a_region_in_a_breakdown_opens_no_section() -> None:
    facts = facts_of(
        "EMEA revenues grew 12% and Americas revenues grew 5%.",
        "Operating income was $9 million.",
    )
    assert find(facts, value=9_000_000).subject == "NovaSky"


def test_a_dividend_yield_or_a_pe_multiple_is_the_markets_figure() -> None:
    """What the stock trades at says what the market pays for the company, not how the company did."""
    facts = facts_of(
        "Today, NovaSky is trading at 7.5x P/E and a 9.8% dividend yield.",
        "Our current dividend yield is 540 basis points above the treasury.",
        "We raised the dividend by 5%.",
    )
    assert [f.value for f in facts] == [5]
