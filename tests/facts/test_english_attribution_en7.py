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
    assert find(facts, value=12.5).metric == "core FFO per share"  # the growth of the $2.87 per share
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


def test_a_growth_said_operationally_is_at_constant_currency() -> None:
    """"an increase of 9% operationally and 8% reported": the operational growth leaves currency out."""
    facts = facts_of(
        "We posted revenue of $1.8 billion representing an increase of 9% operationally and 8% reported.",
        "Sales grew 6% on an operational basis.",
    )
    assert find(facts, value=9).metric == "revenue (constant currency)"
    assert find(facts, value=8).metric == "revenue"
    assert find(facts, value=6).metric == "revenue (constant currency)"


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


def test_what_the_company_lost_is_its_net_loss_and_loss_per_share() -> None:
    """"We lost $9 million in the quarter, or $0.04 per share": the net result, negative, and per share."""
    facts = facts_of(
        "We lost $9 million in the quarter, or $0.04 per share.",
        "A year ago, we earned $15 million, or $0.07 per share.",
    )
    assert (find(facts, value=-9_000_000).metric, find(facts, value=-0.04).metric) == ("net income", "EPS")
    assert (find(facts, value=15_000_000).metric, find(facts, value=0.07).metric) == ("net income", "EPS")


def test_a_share_of_a_whole_is_no_growth_of_the_metric_before() -> None:
    """"Industrial sales were up 4%, and 38% of orders came from new customers": the 38% is a share of the
    orders, not the sales' growth; an amount restated as a share of its base stays the metric's."""
    facts = facts_of(
        "Industrial sales were up 4%, and 38% of orders came from new customers.",
        "Our allowance for credit losses totaled $2.1 billion, or 1.9% of loans.",
    )
    assert find(facts, value=4).metric == "revenue"
    assert not [f for f in facts if f.value == 38]
    assert find(facts, value=1.9).metric == "allowance for credit losses"


def test_a_tower_companys_site_rental_revenue_is_its_own_line() -> None:
    """"4% site rental revenue growth": the revenue from leasing sites, not a business line called "site"."""
    facts = facts_of("For 2023, we expect 4% site rental revenue growth and 3% adjusted EBITDA growth.")
    assert (find(facts, value=4).subject, find(facts, value=4).metric) == ("NovaSky", "site rental revenue guidance")
    assert find(facts, value=3).subject == "NovaSky"


def test_loans_bought_or_made_in_the_quarter_are_no_loan_book() -> None:
    """"we purchased $45 million of loans": a purchase in the period, not the balance of loans held."""
    facts = facts_of(
        "During the quarter, we committed to purchase $410 million of residential mortgage loans.",
        "Our lending arm originated $350 million of loans in the quarter.",
        "Total loans were $5.2 billion at quarter end.",
    )
    assert find(facts, value=410_000_000).metric == "loan purchases"
    assert find(facts, value=350_000_000).metric == "originations"
    assert find(facts, value=5_200_000_000).metric == "loans"


def test_total_assets_under_management_are_no_total_assets() -> None:
    facts = facts_of("Total assets under management surpassed $61 billion.")
    assert find(facts, value=61_000_000_000).metric == "assets under management"


def test_a_growth_versus_last_year_named_by_its_year_is_the_quarters() -> None:
    """"sales grew 14% versus 2020" in a third-quarter 2021 call: this quarter against last year's; a full
    year the sentence names stays the year."""
    facts = facts_of(
        "Brazil continues to deliver excellent results and sales grew 14% versus 2020.",
        "Full year sales grew 9% versus 2020.",
    )
    assert find(facts, value=14).period == "2021Q3"
    assert find(facts, value=9).period == "2021"


def test_operational_sales_are_their_own_measure() -> None:
    """Medical-device makers report "operational" growth, without currency effects, next to organic growth."""
    facts = facts_of("Total company third quarter operational sales grew 10% versus 2020, while organic sales grew 11%.")
    assert (find(facts, value=10).subject, find(facts, value=10).metric) == ("NovaSky", "operational revenue")
    assert find(facts, value=11).metric == "organic revenue"


def test_fixed_rate_debt_and_preferred_stock_are_no_plain_debt() -> None:
    facts = facts_of(
        "We are well positioned with 78% fixed rate debt and a weighted average maturity of 7 years.",
        "We have over $3 billion of preferred stock with perpetual fixed distributions.",
    )
    assert find(facts, value=78).metric == "fixed-rate debt"
    assert find(facts, value=3_000_000_000).metric == "preferred equity"


def test_a_gap_in_points_over_an_older_year_is_no_fact() -> None:
    """"our margin was 250 basis points better than 2019" in a 2021 call: a gap over two years, no change of
    the quarter."""
    facts = facts_of(
        "Our EBITDA margin was 180 basis points better than 2019.",
        "Our EBITDA margin was 31.2%.",
    )
    assert [f.value for f in facts] == [31.2]


def test_an_adjective_or_a_verb_before_a_metric_names_no_business_line() -> None:
    facts = facts_of(
        "We have historically high operating margins now above 80%.",
        "We kept inventories at 5% of assets.",
    )
    assert find(facts, value=80).subject == "NovaSky"


def test_a_fiscal_year_ending_in_august_puts_its_fourth_quarter_in_the_calendar_third() -> None:
    """A fiscal year that ends on August 31 has its fourth quarter end inside July to September: the call's
    "fourth quarter" is the quarter it reports, not last year's October to December."""
    from finbrief.facts import run

    from .builders import build

    text = (
        "Welcome to the Harborline Foods fourth quarter fiscal 2021 earnings call.\n"
        "Our fiscal year ended on August 31, 2021.\n"
        "Fourth quarter net sales were $2.1 billion, up 6%.\n"
    )
    facts = run(build(text, "en"))
    assert find(list(facts), value=2_100_000_000).period == "2021Q3"


def test_a_change_in_the_quarter_against_the_quarter_before_is_sequential() -> None:
    """"by 9% in the third quarter compared to the second quarter of 2021": the quarter before, QoQ."""
    facts = facts_of(
        "As a result, we reduced our operating expenses by 9% in the third quarter compared to the second quarter "
        "of 2021."
    )
    assert find(facts, value=-9).change == "qoq"


def test_what_comes_in_addition_to_the_same_store_pool_is_not_same_store() -> None:
    facts = facts_of(
        "In addition to the same-store, the lease-up of recently acquired facilities was strong, contributing "
        "$121 million in NOI for the quarter."
    )
    assert find(facts, value=121_000_000).metric == "net operating income"


def test_our_named_business_is_a_unit_of_the_company() -> None:
    """"our Harbor Data business delivered revenue of $1.1 billion": the unit's revenue, not the company's."""
    facts = facts_of(
        "In the third quarter, our Harbor Data business delivered revenue of $1.1 billion.",
        "The Company business had revenue of $3 billion.",
    )
    assert find(facts, value=1_100_000_000).subject == "Harbor Data"
    assert find(facts, value=3_000_000_000).subject == "NovaSky"


def test_an_amount_paid_per_share_is_a_dividend() -> None:
    """"we will pay $1.40 per share for the fourth quarter": the dividend per share, not earnings per share."""
    facts = facts_of(
        "Today, we announced a 6% increase in our common stock dividend, and we will pay $1.40 per share for the "
        "fourth quarter.",
        "EPS was $1.10 per share.",
    )
    assert find(facts, value=1.4).metric == "dividend"
    assert find(facts, value=1.1).metric == "EPS"


def test_a_fixed_charge_coverage_is_no_leverage() -> None:
    facts = facts_of("Net debt to EBITDA is at 5.1x and our fixed charge coverage is over 4x.")
    assert find(facts, value=5.1).metric == "leverage ratio"
    assert find(facts, value=4).metric == "fixed charge coverage"


def test_a_change_for_the_quarter_and_one_for_the_year_to_date_are_both_changes() -> None:
    """"increased 2.1% for the quarter and 3.9% for the first nine months": two growth rates, the second over
    the same months a year before."""
    facts = facts_of(
        "Net operating income increased 2.1% for the quarter and 3.9% for the first nine months of the year.",
        "Sales declined 3% in the quarter and 6% for the year to date.",
    )
    ytd = find(facts, value=3.9)
    assert (ytd.change, ytd.period) == ("yoy", "2021Q1-2021Q3")
    assert find(facts, value=-6).change == "yoy"
