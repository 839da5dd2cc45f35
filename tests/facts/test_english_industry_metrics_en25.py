"""English calls: the nouns asset managers, restaurant operators and net-lease landlords report under name a
metric (net flows in or out, performance fees, net revenue yield, the institutional pipeline, restructuring
charges, restaurant margins, loyalty members, rent collection).

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_net_outflows_are_a_negative_net_flow() -> None:
    facts = facts_of("Retail net outflows were $600 million in the quarter.")
    flow = find(facts, raw="$600 million")
    assert (flow.metric, flow.value, flow.period) == ("net flows", -600_000_000, "2021Q3")


def test_net_long_term_inflows_are_net_flows() -> None:
    facts = facts_of(
        "We saw strength across all channels in the third quarter with net long-term inflows of $5.2 billion."
    )
    flow = find(facts, raw="$5.2 billion")
    assert (flow.metric, flow.value) == ("net flows", 5_200_000_000)


def test_performance_fees_and_restructuring_costs_are_named() -> None:
    facts = facts_of(
        "We recorded performance fees of $41 million in the third quarter. In the third quarter, we incurred"
        " $62 million of restructuring costs."
    )
    assert find(facts, raw="$41 million").metric == "performance fees"
    assert find(facts, raw="$62 million").metric == "restructuring charges"


def test_net_revenue_yield_in_basis_points_is_a_level() -> None:
    fact = find(facts_of("Net revenue yield was 33 basis points in the quarter."), raw="33 basis points")
    assert (fact.metric, fact.value, fact.unit, fact.change) == ("net revenue yield", 33, "bps", None)


def test_a_restaurant_operator_margins_are_restaurant_margins() -> None:
    facts = facts_of(
        "Our restaurant operating margin for the quarter was 11.4%. Restaurant expense margin for the quarter was"
        " 27.5%."
    )
    assert find(facts, raw="11.4%").metric == "restaurant operating margin"
    assert find(facts, raw="27.5%").metric == "restaurant expense margin"


def test_rent_collected_is_rent_collection_not_occupancy() -> None:
    fact = find(
        facts_of("Our occupancy was 99.5% and rent collections were 99.7% for the third quarter."),
        raw="99.7%",
    )
    assert (fact.metric, fact.value) == ("rent collection", 99.7)


def test_an_asset_manager_institutional_pipeline_is_named() -> None:
    fact = find(facts_of("Our institutional pipeline remains robust at $12.5 billion."), raw="$12.5 billion")
    assert (fact.metric, fact.value) == ("institutional pipeline", 12_500_000_000)


def test_loyalty_program_members_are_members() -> None:
    fact = find(
        facts_of("Our loyalty program members reached 6 million in the third quarter."), raw="6 million"
    )
    assert (fact.metric, fact.value) == ("members", 6_000_000)
