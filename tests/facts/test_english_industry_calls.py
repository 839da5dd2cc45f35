"""English calls of industries whose measures are named in their own words (oil and gas producers, hospital
operators, insurers, healthcare and net-lease landlords, mortgage REITs): each figure keeps the measure the industry
names it by.

The calls and sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021
call); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

PRODUCER_CALL = (
    "Total production averaged 142,000 barrels of oil equivalent per day in the third quarter, up 6% from the second quarter.",
    "Oil production was 81,500 barrels per day.",
    "Our average realized oil price was $68.40 per barrel, and our realized natural gas price was $3.95 per Mcf.",
    "Lease operating expense was $5.12 per BOE, down 4% from a year ago.",
    "Our reserve replacement ratio was 180% for the year.",
    "We drilled 38 wells and brought 41 wells online in the quarter.",
)


def test_each_figure_of_an_oil_and_gas_producer_s_call_keeps_its_measure() -> None:
    facts = facts_of(*PRODUCER_CALL)
    want = {
        "142,000": "production",
        "6%": "production",
        "81,500": "oil production",
        "$68.40": "realized price",
        "$3.95": "realized price",
        "$5.12": "lifting cost",
        "4%": "lifting cost",
        "180%": "reserve replacement ratio",
        "38": "wells",
        "41": "wells",
    }
    assert {f.raw: f.metric for f in facts} == want


def test_a_producer_s_lifting_cost_falls_as_a_cost_does() -> None:
    f = find(facts_of(*PRODUCER_CALL), raw="4%")
    assert (f.metric, f.value, f.change) == ("lifting cost", -4.0, "yoy")


HOSPITAL_CALL = (
    "Same-facility admissions increased 3.2% and adjusted admissions rose 4.1% compared with the third quarter of 2020.",
    "Patient days grew 2.5% in the quarter.",
    "Net revenue per adjusted admission increased 5.6%, and emergency room visits were up 12%.",
    "Surgeries increased 1.9% on a same-facility basis.",
    "Occupancy across our hospitals averaged 61% in the quarter.",
)


def test_each_figure_of_a_hospital_operator_s_call_keeps_its_measure() -> None:
    facts = facts_of(*HOSPITAL_CALL)
    want = {
        "3.2%": "admissions",
        "4.1%": "admissions",
        "2.5%": "patient days",
        "5.6%": "revenue per visit",
        "12%": "visits",
        "1.9%": "surgeries",
        "61%": "occupancy",
    }
    assert {f.raw: f.metric for f in facts} == want


def test_an_insurer_s_renewal_rate_increase_is_a_price_change_not_retention() -> None:
    facts = facts_of("Renewal rate increases averaged 7.5%, and retention held at 85%.")
    assert find(facts, raw="7.5%").metric == "renewal rate increase"
    assert find(facts, raw="85%").metric == "retention rate"


def test_a_tenant_s_rent_coverage_is_a_multiple_of_its_rent() -> None:
    facts = facts_of("Rent coverage across the portfolio was 2.4x, and EBITDARM coverage for our acute care hospitals was 3.1 times.")
    assert find(facts, raw="2.4x").metric == "rent coverage"
    assert find(facts, raw="3.1 times").metric == "rent coverage"


def test_a_portfolio_said_to_be_occupied_or_leased_gives_its_occupancy() -> None:
    facts = facts_of("At quarter end, our operating portfolio was 98.5% occupied and 99% leased.")
    assert find(facts, raw="98.5%").metric == "occupancy"
    assert find(facts, raw="99%").metric == "occupancy"


def test_projects_leased_at_an_average_yield_give_the_yield_not_occupancy() -> None:
    facts = facts_of("We completed 11 development projects, all of them fully leased at an average yield of 6.6%.")
    assert find(facts, raw="6.6%").metric == "yield"


def test_earnings_available_for_distribution_keep_their_own_name() -> None:
    facts = facts_of("Earnings available for distribution were $153 million, or $0.32 per diluted share.")
    assert find(facts, raw="$153 million").metric == "earnings available for distribution"
    assert find(facts, raw="$0.32").metric == "earnings available for distribution per share"


def test_distributable_earnings_per_share_stay_distributable_earnings() -> None:
    facts = facts_of("Distributable earnings were $41 million, or $0.29 per share.")
    assert find(facts, raw="$41 million").metric == "distributable earnings"
    assert find(facts, raw="$0.29").metric == "distributable earnings per share"


def test_marks_given_per_share_are_the_marks_not_eps() -> None:
    facts = facts_of("Mark-to-market adjustments of negative $0.50 per share on our investment portfolio weighed on results.")
    assert find(facts, raw="$0.50").metric == "fair value changes"


def test_a_property_sold_for_a_cap_rate_gives_the_cap_rate() -> None:
    facts = facts_of("We sold a portfolio of two office assets for a 5.2% cash cap rate.")
    assert find(facts, raw="5.2%").metric == "cap rate"


def test_cost_savings_delivered_are_their_own_measure() -> None:
    facts = facts_of("In the third quarter, we delivered $8 million of cost savings.")
    assert find(facts, raw="$8 million").metric == "cost savings"


def test_the_size_of_a_saving_no_metric_names_is_still_no_fact() -> None:
    assert facts_of("We recorded $3.9 million in property damage and a $5.2 million annual savings.") == []


def test_a_card_network_s_gross_dollar_volume() -> None:
    facts = facts_of("U.S. gross dollar volume increased by 23% in the quarter.")
    assert find(facts, raw="23%").metric == "GDV"


def test_new_senior_unsecured_notes_are_debt() -> None:
    facts = facts_of("During the quarter, we closed on $125 million of senior unsecured notes.")
    assert find(facts, raw="$125 million").metric == "debt"


def test_the_gap_between_leased_and_rent_paying_space_is_no_occupancy() -> None:
    facts = facts_of("Our signed-not-opened spread was 280 basis points at quarter end.")
    assert find(facts, raw="280 basis points").metric == "leased to economic occupancy spread"


def test_units_a_maker_delivered_are_its_deliveries() -> None:
    facts = facts_of("We delivered 57 commercial helicopters, down from 76 in last year's fourth quarter.")
    assert find(facts, raw="57").metric == "deliveries"
    assert find(facts, raw="76").metric == "deliveries"


def test_a_run_of_quarters_delivered_is_no_delivery() -> None:
    facts = facts_of("We delivered 38 consecutive quarters of higher FFO per share.")
    assert not any(f.metric == "deliveries" for f in facts)


def test_leasing_activity_and_rent_changes_are_no_occupancy() -> None:
    facts = facts_of(
        "Rents on units leased increased 7% in the quarter, and we re-leased homes at 22% higher effective rates."
    )
    assert all(f.metric != "occupancy" for f in facts)
    facts = facts_of("Space leased in the quarter was 96% leased at rents 8% above prior leases.")
    assert find(facts, raw="96%").metric == "occupancy"
    assert all(f.raw != "8%" or f.metric != "occupancy" for f in facts)


def test_a_change_right_after_a_leased_share_is_its_change() -> None:
    facts = facts_of("The development pipeline reached 78% leased, up 4% over last quarter.")
    assert find(facts, raw="78%").metric == "occupancy"
    assert find(facts, raw="4%").metric == "occupancy"


def test_a_part_s_share_of_a_line_whose_revenue_the_call_gives_is_a_share_of_revenue() -> None:
    facts = facts_of(
        "Licensing revenue was $304 million in the quarter.",
        "PC represented about 17% of total licensing in the quarter.",
        "Our top customer represented 12% of total licensing in the quarter.",
    )
    share = find(facts, raw="17%")
    assert (share.metric, share.subject) == ("share of revenue", "PC")
    assert all(f.raw != "12%" for f in facts)  # a part no subject names is withheld


def test_a_share_of_a_whole_the_call_gives_no_revenue_for_is_no_fact() -> None:
    facts = facts_of("PC represented about 17% of total orders in the quarter.")
    assert all(f.raw != "17%" for f in facts)


def test_a_figure_without_some_properties_keeps_the_metric_s_own_name() -> None:
    facts = facts_of(
        "Excluding the Pine Ridge Resorts, total visitation for the quarter increased 2%.",
        "Occupancy, excluding active redevelopments, increased to 99.6%.",
    )
    assert find(facts, raw="2%").metric == "visits"
    assert find(facts, raw="99.6%").metric == "occupancy"


def test_a_figure_without_items_or_a_divestiture_is_still_a_variant() -> None:
    facts = facts_of("Revenue excluding divestitures grew 5%.", "Excluding gains on sold hotels, net income was $12 million.")
    assert find(facts, raw="5%").metric == "revenue (excluding items)"
    assert find(facts, raw="$12 million").metric == "non-GAAP net income"


def test_a_figure_without_the_impact_of_a_currency_named_before_is_at_constant_currency() -> None:
    facts = facts_of(
        "Since last year, the U.S. dollar has strengthened, and excluding its impact, our revenue was $1.33 billion, "
        "representing growth of 18%."
    )
    assert find(facts, raw="$1.33 billion").metric == "revenue (constant currency)"
    assert find(facts, raw="18%").metric == "revenue (constant currency)"
    facts = facts_of("The storm hurt volumes in September; excluding its impact, revenue grew 8%.")
    assert "currency" not in find(facts, raw="8%").metric
