"""English calls: the metrics landlords, mortgage investors, banks, developers and software sellers report under
their own names (new-lease and renewal spreads, prepayment speed, hedges
added, the hedge ratio, criticized and classified loan ratios, a project's development cost, deals and customers
above a size).

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_new_lease_and_renewal_spreads_are_named_apart() -> None:
    facts = facts_of(
        "New lease spreads were a positive 7 percent in the quarter.",
        "Spreads for renewals and options came in at positive 3.2 percent.",
    )
    assert find(facts, raw="7 percent").metric == "new lease spread"
    assert find(facts, raw="3.2 percent").metric == "renewal spread"


def test_a_bare_renewal_rate_stays_the_share_of_tenants_who_renew() -> None:
    fact = find(facts_of("The renewal rate was 68% for the quarter."), raw="68%")
    assert fact.metric == "retention rate"


def test_a_mortgage_portfolio_prepayment_speed_is_its_cpr() -> None:
    facts = facts_of("Our portfolio paid 8.1% CPR in the quarter, down from 12.4% CPR in the prior quarter.")
    now = find(facts, raw="8.1%")
    before = find(facts, raw="12.4%")
    assert (now.metric, now.period, now.change) == ("prepayment speed", "2021Q3", None)
    assert (before.metric, before.period) == ("prepayment speed", "2021Q2")


def test_hedges_added_and_the_hedge_ratio_are_named() -> None:
    facts = facts_of(
        "We added $3.2 billion in treasury futures hedges during the quarter.",
        "Our hedge ratio was 95% at quarter end.",
    )
    assert (find(facts, raw="$3.2 billion").metric, find(facts, raw="$3.2 billion").value) == (
        "hedges added",
        3_200_000_000,
    )
    assert find(facts, raw="95%").metric == "hedge ratio"


def test_criticized_and_classified_loan_ratios_are_named() -> None:
    facts = facts_of(
        "The criticized performing loan rate was 5.1 percent and the criticized non-performing loan rate was"
        " 0.6 percent.",
        "The classified loan ratio was 2.3% at the end of the quarter.",
    )
    assert find(facts, raw="5.1 percent").metric == "criticized performing loan rate"
    assert find(facts, raw="0.6 percent").metric == "criticized non-performing loan rate"
    assert find(facts, raw="2.3%").metric == "classified loan ratio"


def test_a_new_development_amount_is_its_development_cost() -> None:
    fact = find(
        facts_of("We stabilized Harbor Point, a 280-unit, $120 million new development in Denver."),
        raw="$120 million",
    )
    assert (fact.metric, fact.value) == ("development cost", 120_000_000)


def test_deals_above_a_size_are_large_deals_and_the_size_is_no_figure() -> None:
    facts = facts_of("The number of deals greater than $1 million was 48, up 30% year over year.")
    count = find(facts, raw="48")
    growth = find(facts, raw="30%")
    assert (count.metric, count.value, count.unit) == ("large deals", 48, "count")
    assert (growth.metric, growth.change) == ("large deals", "yoy")
    assert not [f for f in facts if f.raw == "$1 million"]


def test_customers_above_a_size_are_large_customers() -> None:
    fact = find(
        facts_of("We now have 1,250 customers with more than $1 million in annual recurring revenue."),
        raw="1,250",
    )
    assert (fact.metric, fact.value) == ("large customers", 1250)
