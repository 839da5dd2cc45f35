"""English calls: a count of things bought, sold, added or signed, the amount a deal was done for and the equity a
company raised measure the deal (properties acquired or sold, acquisitions, dispositions, equity issuance, hotels and
rooms added or signed), a margin cut "by 5 basis points to 95 basis points" is a step, then the level reached; a
landlord's base rent and rent escalator, liquidity defined in passing and net savings are named.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_properties_bought_for_an_amount_are_counted_and_sized() -> None:
    facts = facts_of(
        "This included the acquisition of 31 properties in the third quarter for $84 million at an initial cash"
        " yield of 6.7%."
    )
    count = find(facts, raw="31")
    assert (count.metric, count.value, count.unit, count.period) == ("properties acquired", 31, "count", "2021Q3")
    amount = find(facts, raw="$84 million")
    assert (amount.metric, amount.value, amount.change) == ("acquisitions", 84_000_000, None)


def test_properties_sold_for_a_combined_price_are_dispositions() -> None:
    facts = facts_of("In the quarter, we also sold 3 properties for a combined sales price of $7.1 million.")
    assert find(facts, raw="3").metric == "properties sold"
    amount = find(facts, raw="$7.1 million")
    assert (amount.metric, amount.value) == ("dispositions", 7_100_000)


def test_wholly_owned_properties_acquired_with_their_price_are_counted() -> None:
    facts = facts_of(
        "We acquired 17 wholly owned properties, investing $212 million at an average cap rate of 5.9%.",
        "Year to date, we acquired 6 properties and executed lease amendments at 4 properties.",
    )
    fact = find(facts, raw="17")
    assert (fact.metric, fact.value) == ("properties acquired", 17)
    assert all(f.raw != "6" for f in facts)  # a count with no deal terms: no fact


def test_equity_raised_is_a_level_not_a_change() -> None:
    facts = facts_of(
        "We raised $64 million of equity in the third quarter at an average price of $31.05 per share.",
        "We also executed an equity offering in the quarter, raising approximately $139 million.",
    )
    first = find(facts, raw="$64 million")
    assert (first.metric, first.value, first.change) == ("equity issuance", 64_000_000, None)
    second = find(facts, raw="$139 million")
    assert (second.metric, second.change, second.qualifier) == ("equity issuance", None, "approx")


def test_a_hotel_franchisor_counts_hotels_and_rooms_added_and_signed() -> None:
    facts = facts_of(
        "We added nearly 90 hotels and 12,000 rooms across all major regions.",
        "In the quarter, we signed nearly 21,000 rooms.",
        "With approximately 388,000 rooms in development, we expect growth to continue.",
    )
    assert find(facts, raw="90").metric == "hotels added"
    assert find(facts, raw="12,000").metric == "rooms added"
    assert find(facts, raw="21,000").metric == "rooms signed"
    assert (find(facts, raw="388,000").metric, find(facts, raw="388,000").value) == ("pipeline", 388_000)


def test_a_credit_margin_cut_by_basis_points_is_a_step_then_the_level() -> None:
    facts = facts_of(
        "We converted the facility to SOFR and improved the credit margin by 10 basis points to 85 basis points."
    )
    step = find(facts, raw="10 basis points")
    assert (step.metric, step.value, step.unit) == ("credit spread", -10, "bps")
    level = find(facts, raw="85 basis points")
    assert (level.metric, level.value, level.change) == ("credit spread", 85, None)


def test_a_sale_without_a_count_of_properties_names_no_deal() -> None:
    facts = facts_of("We sold 4 million shares for $12 million in the quarter.")
    assert all(f.metric not in ("properties sold", "dispositions") for f in facts)


def test_a_landlord_base_rent_and_rent_escalator_are_named() -> None:
    facts = facts_of(
        "On a run rate basis, our current annual cash base rent for leases in place as of September 30 is $142.5"
        " million and our weighted average 5-year annual cash rent escalator is 1.52%."
    )
    rent = find(facts, raw="$142.5 million")
    assert (rent.metric, rent.value) == ("annualized base rent", 142_500_000)
    escalator = find(facts, raw="1.52%")
    assert (escalator.metric, escalator.value, escalator.change) == ("rent escalations", 1.52, None)


def test_liquidity_defined_in_a_relative_clause_is_liquidity() -> None:
    fact = find(
        facts_of("Our liquidity, which we consider to be cash balances and revolving credit availability, now exceeds"
                 " $410 million."),
        raw="$410 million",
    )
    assert (fact.metric, fact.value, fact.qualifier) == ("liquidity", 410_000_000, "over")


def test_net_savings_are_cost_savings() -> None:
    fact = find(facts_of("We have realized $6.5 million of net savings so far this quarter."), raw="$6.5 million")
    assert (fact.metric, fact.value) == ("cost savings", 6_500_000)


def test_a_lease_structure_escalation_and_market_credit_spreads_name_no_metric() -> None:
    facts = facts_of(
        "Our lease structure has contractual annual escalations of approximately 3%.",
        "We could see credit spreads come in 50 basis points next year.",
    )
    assert all(f.metric not in ("rent escalations", "credit spread") for f in facts)


def test_the_change_right_after_a_count_of_rooms_signed_is_its_growth() -> None:
    fact = find(facts_of("In the quarter, we signed nearly 21,000 rooms, up approximately 30% year-over-year."), raw="30%")
    assert (fact.metric, fact.value, fact.change) == ("rooms signed", 30, "yoy")
