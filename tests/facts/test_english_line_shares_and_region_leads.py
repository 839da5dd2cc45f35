"""English calls: a business line's share of the company's revenue or gross profit ("the Apex brand comprised 62% of
gross profit", "Europe accounted for 43% of total revenue"), and a region named to open a sentence whose clause then
calls it "the region" and gives its growth ("Beginning with Latin America, the region grew 2.5%").

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_brand_that_comprised_a_share_of_gross_profit() -> None:
    facts = facts_of("During the quarter, the Apex brand comprised 62% of gross profit.")
    share = find(facts, raw="62%")
    assert (share.subject, share.metric, share.value, share.change, share.period) == (
        "Apex brand",
        "share of gross profit",
        62,
        None,
        "2021Q3",
    )


def test_a_region_that_represented_a_share_of_our_gross_profit() -> None:
    share = find(facts_of("Europe represented 42% of our gross profit in the quarter."), raw="42%")
    assert (share.subject, share.metric, share.change) == ("Europe", "share of gross profit", None)


def test_a_region_that_accounted_for_a_share_of_total_revenue() -> None:
    share = find(facts_of("Europe accounted for 43% of total revenue."), raw="43%")
    assert (share.subject, share.metric, share.change) == ("Europe", "share of revenue", None)


def test_a_share_of_net_income_is_still_no_growth_of_it() -> None:
    facts = facts_of("Europe accounted for 45% of our net income.")
    assert not [f for f in facts if f.raw == "45%" and f.change is not None]


def test_a_region_named_to_open_the_sentence_is_the_region_that_grew() -> None:
    facts = facts_of(
        "Beginning with Latin America, the region grew 2.5% versus Q3 2020 with growth across its largest markets.",
        "Turning to Europe, the region declined 3.5%.",
    )
    grew = find(facts, raw="2.5%")
    assert (grew.subject, grew.metric, grew.value, grew.change, grew.period) == (
        "Latin America",
        "revenue",
        2.5,
        "yoy",
        "2021Q3",
    )
    fell = find(facts, raw="3.5%")
    assert (fell.subject, fell.metric, fell.value) == ("Europe", "revenue", -3.5)


def test_a_share_of_gross_profit_goes_to_no_line_the_sentence_does_not_name() -> None:
    facts = facts_of("Revenue in Europe rose 5%.", "Talent Labs in the U.S. contributed 31% of gross profit.")
    assert not [f for f in facts if f.raw == "31%" and f.subject in ("Europe", "NovaSky")]


def test_a_share_of_total_revenue_is_never_the_whole_companys() -> None:
    facts = facts_of("Revenue rose 8%.", "Our widget kits represented 31% of total revenue.")
    assert not [f for f in facts if f.raw == "31%" and f.subject == "NovaSky"]


def test_a_region_written_by_an_alias_of_its_name_is_the_line_that_fell() -> None:
    fell = find(facts_of("Our Asia-Pacific region declined 1.5%."), raw="1.5%")
    assert (fell.subject, fell.metric, fell.value) == ("APAC", "revenue", -1.5)


def test_a_regions_share_of_consolidated_revenue_is_its_share_of_revenue() -> None:
    facts = facts_of("Northern Europe revenue comprised 38% of consolidated revenue in the quarter.")
    share = find(facts, raw="38%")
    assert (share.subject, share.metric, share.value, share.change) == ("Northern Europe", "share of revenue", 38, None)
