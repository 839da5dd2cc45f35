"""English calls of asset managers: net flows are reported region by region, so a region the call turns to owns the
bare flows of the sentences after it, until a sentence names the whole firm or another region.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call), read here as
an asset manager; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_region_turned_to_owns_the_net_flows_of_the_next_sentence() -> None:
    facts = facts_of("Turning to Asia Pacific. Net inflows were $2.1 billion in the quarter.")
    flows = find(facts, raw="$2.1 billion")
    assert (flows.subject, flows.metric) == ("APAC", "net flows")


def test_the_carried_region_stops_at_the_whole_firm() -> None:
    facts = facts_of(
        "Turning to Asia Pacific. Net inflows were $2.1 billion in the quarter. Overall, net inflows were $5 billion."
    )
    assert find(facts, raw="$2.1 billion").subject == "APAC"
    assert find(facts, raw="$5 billion").subject == "NovaSky"


def test_the_carried_region_stops_at_a_consolidated_figure() -> None:
    facts = facts_of(
        "Turning to Asia Pacific. Net inflows were $2.1 billion in the quarter. On a consolidated basis, net inflows"
        " were $5 billion."
    )
    assert find(facts, raw="$2.1 billion").subject == "APAC"
    assert find(facts, raw="$5 billion").subject == "NovaSky"


def test_the_carried_region_gives_way_to_another_region_named() -> None:
    facts = facts_of(
        "Turning to Asia Pacific. Net inflows were $2.1 billion in the quarter. EMEA net inflows were $1 billion."
    )
    assert find(facts, raw="$2.1 billion").subject == "APAC"
    assert find(facts, raw="$1 billion").subject == "EMEA"


def test_an_earlier_quarter_of_the_regions_flows_stays_the_regions() -> None:
    facts = facts_of(
        "In Asia Pacific, net inflows were $2.1 billion in the quarter. Net flows were $1 billion in the prior quarter."
    )
    earlier = find(facts, raw="$1 billion")
    assert (earlier.subject, earlier.period) == ("APAC", "2021Q2")
