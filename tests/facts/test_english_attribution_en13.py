"""English calls of property, retail and hospital trusts, held to what a figure measures: a sum per acre, per
square foot or per ton is a price, not the sales total it is part of; "we are forecasting" makes a forecast.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_sum_per_acre_after_sales_is_the_average_price() -> None:
    facts = facts_of("Land sales totaled $9 million on roughly 600 acres sold at an average price of nearly $4,200 per acre.")
    assert find(facts, raw="$9 million").metric == "revenue"
    price = find(facts, raw="$4,200")
    assert (price.metric, price.value, price.qualifier) == ("average selling price", 4200, "approx")


def test_a_sum_per_lot_is_a_price_and_the_sales_stay_sales() -> None:
    facts = facts_of("We closed on $900,000 of sales, consisting of 12 lots at an average base price of $75,000 per lot.")
    assert find(facts, raw="$900,000").metric == "revenue"
    assert find(facts, raw="$75,000").metric == "average selling price"


def test_tenant_sales_per_square_foot_is_a_productivity_measure() -> None:
    facts = facts_of("Average tenant sales productivity was $512 per square foot, compared to $498 per square foot a year ago.")
    assert find(facts, raw="$512").metric == "sales per square foot"
    base = find(facts, raw="$498")
    assert (base.metric, base.basis) == ("sales per square foot", "prior")


def test_a_price_per_ton_is_the_realized_price() -> None:
    facts = facts_of("Average delivered log prices of $104 per ton declined 6% versus the prior year quarter.")
    assert find(facts, raw="$104").metric == "realized price"


def test_a_sum_per_unit_that_names_no_price_is_no_revenue() -> None:
    """"sales totaled $6 million, or roughly $2,900 per acre": a rate no word names, so no fact rather than revenue."""
    facts = facts_of("Land sales totaled $6 million, or roughly $2,900 per acre.")
    assert find(facts, raw="$6 million").metric == "revenue"
    assert not [f for f in facts if f.raw == "$2,900"]


def test_a_price_per_room_keeps_its_own_hotel_metric() -> None:
    facts = facts_of("RevPAR was $182 per available room and ADR was $250 per occupied room.")
    assert find(facts, raw="$182").metric == "RevPAR"
    assert find(facts, raw="$250").metric == "average daily rate"


def test_we_are_forecasting_makes_a_forecast() -> None:
    facts = facts_of("We are also forecasting that our fourth quarter adjusted FFO will be between $21.5 million and $24.1 million.")
    f = find(facts, value=21_500_000)
    assert (f.metric, f.period) == ("AFFO guidance", "2021Q4")


def test_two_bases_before_a_respectively_list_take_one_figure_each() -> None:
    facts = facts_of("GAAP and adjusted EPS were $0.61 and $0.58, respectively.")
    assert find(facts, raw="$0.61").metric == "GAAP EPS"
    assert find(facts, raw="$0.58").metric == "adjusted EPS"


def test_two_bases_of_a_margin_before_a_respectively_list() -> None:
    facts = facts_of("GAAP and non-GAAP operating margin were 11.4% and 14.9%, respectively.")
    assert find(facts, raw="11.4%").metric == "operating margin"
    assert find(facts, raw="14.9%").metric == "adjusted operating margin"


def test_a_bare_per_share_range_after_a_trust_measure_is_that_measure_per_share() -> None:
    """"our core FFO range, which is now estimated to be between $6.10 and $6.20 per share": core FFO per share."""
    facts = facts_of("We have tightened our core FFO range, which is now estimated to be between $6.10 and $6.20 per share.")
    assert find(facts, value=6.1).metric == "core FFO per share guidance"


def test_a_bare_per_share_estimate_in_the_sentence_after_the_measure() -> None:
    facts = facts_of(
        "We reported normalized FFO of $0.39 per diluted share. "
        "We have refined our 2022 estimate to a range of $1.60 to $1.64 per share."
    )
    assert find(facts, value=1.6).metric == "FFO per share guidance"


def test_a_bare_per_share_figure_after_net_income_stays_earnings_per_share() -> None:
    facts = facts_of("Net income was $41 million. We now expect $1.70 to $1.75 per share for the year.")
    assert find(facts, value=1.7).metric == "EPS guidance"


def test_a_category_named_in_the_clause_owns_its_sales() -> None:
    facts = facts_of(
        "Turning to the rural category, sales totaled $6 million, consisting of approximately 1,500 acres at an "
        "average price of roughly $4,000 per acre."
    )
    assert find(facts, raw="$6 million").subject == "rural category"
    assert find(facts, raw="$4,000").subject == "rural category"


def test_a_development_project_named_in_the_clause_owns_its_sales() -> None:
    facts = facts_of("In our Lakeview development project north of Tampa, we closed on $700,000 of sales during the quarter.")
    assert find(facts, raw="$700,000").subject == "Lakeview development project"


def test_the_total_project_is_no_unit() -> None:
    facts = facts_of("Across the total project, revenue was $40 million.")
    assert find(facts, raw="$40 million").subject == "NovaSky"


def test_the_scope_of_a_project_names_no_unit() -> None:
    facts = facts_of("The investment gives us more control over the scope of the project, and could add $20 million of NOI.")
    assert all(f.subject == "NovaSky" for f in facts)


def test_a_category_defined_in_passing_owns_no_later_figure() -> None:
    facts = facts_of(
        "As a reminder, the Corporate category primarily includes interest expense on debt.",
        "Net investment income was $581 million, up 71% from the prior year period.",
    )
    assert find(facts, raw="$581 million").subject == "NovaSky"


def test_a_tenant_forecasting_its_own_figure_owns_it() -> None:
    """"Northgate is also forecasting EBITDA of more than $350 million": the tenant's figure, not the trust's."""
    facts = facts_of("Northgate is also forecasting unadjusted EBITDA of more than $350 million for fiscal year 2022.")
    f = find(facts, value=350_000_000)
    assert (f.subject, f.metric) == ("Northgate", "EBITDA guidance")


def test_a_metric_opening_the_clause_is_no_reporting_party() -> None:
    facts = facts_of("Revenue reported was $40 million and NovaSky is forecasting $44 million next quarter.")
    assert find(facts, raw="$40 million").subject == "NovaSky"


# --- measures of trusts, banks, retailers and utilities (metrics.yaml rows) --------------------------------


def test_acquisition_guidance_is_a_forecast_of_acquisitions() -> None:
    facts = facts_of("Given our activity year-to-date, we've increased our acquisition investment guidance to $1.45 billion.")
    assert find(facts, value=1_450_000_000).metric == "acquisitions guidance"


def test_a_line_of_credit_is_sized_but_a_draw_on_it_is_no_size() -> None:
    facts = facts_of(
        "We ended the quarter with a $150 million undrawn line of credit.",
        "Currently, we have approximately $40 million drawn under our line of credit.",
    )
    assert find(facts, value=150_000_000).metric == "credit facility"
    assert not [f for f in facts if f.value == 40_000_000]


def test_a_coupon_after_a_line_of_credit_is_not_the_facility() -> None:
    facts = facts_of("We will use our line of credit to pay off our $300 million, 3.4% unsecured bond.")
    assert not [f for f in facts if f.metric == "credit facility" and f.unit == "%"]


def test_balance_sheet_and_income_measures() -> None:
    facts = facts_of(
        "Our debt to total market capitalization was 19.4%.",
        "Interest income was $6 million and financing expenses were $11.2 million.",
        "Rate base grew 7% to $14 billion.",
        "Comparable store sales increased 4.6%, driven by a 2% increase in customer transactions.",
    )
    assert find(facts, raw="19.4%").metric == "debt to total market capitalization"
    assert find(facts, raw="$11.2 million").metric == "interest expense"
    assert find(facts, raw="$14 billion").metric == "rate base"
    assert find(facts, raw="2%").metric == "traffic"


def test_a_forecasted_balance_is_a_forecast() -> None:
    facts = facts_of("The sales leave us a forecasted cash balance approaching $205 million by year-end.")
    assert find(facts, value=205_000_000).metric == "cash guidance"


def test_acquisitions_adding_to_growth_is_no_acquisition_amount() -> None:
    facts = facts_of("Total volume increased 5.1%, with acquisitions adding 0.4%.", "Revenue grew 6%, including 0.5% from acquisitions.")
    assert not [f for f in facts if f.metric == "acquisitions"]


def test_a_credit_facility_named_in_passing_does_not_take_the_figure() -> None:
    facts = facts_of(
        "Our quarter end cash and revolver capacity provides about $1.2 billion in immediately available liquidity.",
        "We have no variable rate debt besides the revolver facilities, with only $95 million of debt scheduled to mature "
        "through 2024.",
        "We have full availability on our $480 million credit facilities.",
    )
    assert find(facts, value=1_200_000_000).metric == "liquidity"
    assert find(facts, value=95_000_000).metric != "credit facility"
    assert find(facts, value=480_000_000).metric == "credit facility"


def test_a_figure_at_the_midpoint_is_a_forecast() -> None:
    facts = facts_of(
        "Our implied 2022 FFO growth at the midpoint is 17%.",
        "The 2022 FFO per share midpoint represents a 12.6% increase over 2021.",
        "FFO per share of $1.31 came in at the midpoint of our guidance range.",
    )
    assert find(facts, raw="17%").metric == "funds from operations guidance"
    assert find(facts, raw="12.6%").metric == "FFO per share guidance"
    assert find(facts, raw="$1.31").metric == "FFO per share"


def test_a_segment_the_talk_turns_to_owns_the_next_paragraphs_figures() -> None:
    facts = facts_of(
        "Thanks. Let's start on page 9 with our Eastern Timber segment. Adjusted EBITDA of $31 million was $9 million "
        "above the prior year quarter. The improvement was driven by higher pricing. Strong demand allowed us to execute "
        "on our harvest plan.",
        "Average sawlog stumpage pricing was roughly $29 per ton, a 15% increase compared to the prior year period.",
    )
    assert find(facts, raw="$31 million").subject == "Eastern Timber"
    assert find(facts, raw="$29").subject == "Eastern Timber"


def test_a_credit_facility_sizes_only_its_own_figure() -> None:
    facts = facts_of(
        "We had $2.1 billion of availability under our revolving credit facility and $800 million of availability "
        "under the delayed draw term loan.",
        "Our revolving credit facility of $600 million remains undrawn.",
    )
    assert not [f for f in facts if f.value == 800_000_000 and f.metric == "credit facility"]
    assert find(facts, value=600_000_000).metric == "credit facility"


def test_a_credit_facility_resized_from_one_amount_to_another() -> None:
    facts = facts_of("We increased our unsecured line of credit capacity from $700 million to $1.1 billion.")
    assert find(facts, value=1_100_000_000).metric == "credit facility"
