"""English calls: commission expense, stock-based compensation, renewal premium, equity to total capitalization, a
repo-funded lender's cost of funds and an annualized return on equity are named as such; a long metric name right
after an amount is its metric; a year that opens a span of all earlier years ("2016 and prior") dates no figure.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call of a freight
and logistics group with a captive cargo insurer and a leasing arm); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_commission_expenses_and_their_change_are_commission_expense() -> None:
    facts = facts_of("Commission expenses were $12 million, a decrease of 14%.")
    level = find(facts, raw="$12 million")
    change = find(facts, raw="14%")
    assert (level.metric, level.value, level.period) == ("commission expense", 12_000_000, "2021Q3")
    assert (change.metric, change.value, change.change) == ("commission expense", -14, "yoy")


def test_renewal_premium_down_on_the_year_is_renewal_premium() -> None:
    facts = facts_of("And overall, our cargo renewal premium was down 9% on a year-over-year basis.")
    assert find(facts, raw="9%").metric == "renewal premium"


def test_an_amount_of_stock_based_compensation_left_out_of_a_result_is_that_expense() -> None:
    facts = facts_of("Adjusted EBITDA, which excludes $4 million of stock-based compensation, was $55 million.")
    assert find(facts, raw="$4 million").metric == "stock-based compensation"
    assert find(facts, raw="$55 million").metric == "adjusted EBITDA"


def test_a_result_told_without_stock_based_compensation_keeps_its_own_metric() -> None:
    facts = facts_of("Excluding stock-based compensation of $3 million, G&A expense was $21 million.")
    assert find(facts, raw="$21 million").metric.startswith("G&A expense")


def test_equity_to_total_capitalization_is_its_own_ratio_not_debt() -> None:
    facts = facts_of(
        "Our equity to total capitalization improved to approximately 41% as of September 30 compared with "
        "approximately 35% at the end of the second quarter.",
        "Our non-GAAP equity to total cap, which adjusts for convertible units, was approximately 47%.",
    )
    now = find(facts, raw="41%")
    assert (now.metric, now.period) == ("equity to total capitalization", "2021Q3")
    assert find(facts, raw="35%").metric == "equity to total capitalization"
    assert find(facts, raw="47%").metric == "equity to total capitalization"


def test_a_weighted_average_repo_cost_is_the_cost_of_funds_but_a_share_of_repo_costs_is_not() -> None:
    facts = facts_of(
        "At our leasing arm, the weighted average repo cost increased sharply to 2.85%.",
        "Positively, 70% of our repo costs are hedged by interest rate swaps.",
    )
    assert find(facts, raw="2.85%").metric == "cost of funds"
    assert not [f for f in facts if f.raw == "70%" and f.metric == "cost of funds"]


def test_an_annualized_return_on_adjusted_equity_is_return_on_equity() -> None:
    facts = facts_of("During the quarter, we delivered a 6.2% annualized return on adjusted equity.")
    assert find(facts, raw="6.2%").metric == "return on equity"


def test_a_long_metric_name_right_after_an_amount_is_its_metric() -> None:
    facts = facts_of(
        "Our captive insurer recognized $9 million of favorable prior year loss reserve development on its cargo "
        "business during the quarter versus $2 million of favorable prior year loss reserve development a year ago."
    )
    now = find(facts, raw="$9 million")
    before = find(facts, raw="$2 million")
    assert (now.metric, now.period) == ("reserve development", "2021Q3")
    assert (before.metric, before.period, before.basis) == ("reserve development", "2020Q3", "prior")


def test_a_year_opening_a_span_of_earlier_years_dates_no_figure() -> None:
    facts = facts_of(
        "Freight revenue was $90 million, mostly from contracts signed in 2016 and prior, versus $80 million a year ago."
    )
    assert find(facts, raw="$80 million").period == "2020Q3"


def test_comparable_sales_of_named_months_are_those_months_on_a_year_before() -> None:
    facts = facts_of(
        "Comparable sales at our travel centers progressed from down 41% in July to down only 9% for the September period."
    )
    july = find(facts, raw="41%")
    september = find(facts, raw="9%")
    assert (july.metric, july.value, july.change, july.period) == ("same-store sales", -41, "yoy", "2021-07")
    assert (september.change, september.period) == ("yoy", "2021-09")


def test_a_month_revenue_move_states_no_comparison() -> None:
    facts = facts_of("Freight revenue was down 9% in September.")
    assert find(facts, raw="9%").change is None


def test_what_a_result_adjusts_for_is_not_its_metric() -> None:
    facts = facts_of(
        "Adjusted funds from operations, or AFFO, which adjusts for straight-line rent and noncash amortization of "
        "stock-based compensation, totaled $12.4 million in the third quarter of 2021."
    )
    assert find(facts, raw="$12.4 million").metric == "AFFO"


def test_an_approximate_figure_is_qualified_as_approximate() -> None:
    facts = facts_of("We still anticipate an approximate 40 basis points year-over-year improvement in operating margin for 2021.")
    assert find(facts, raw="40 basis points").qualifier == "approx"
