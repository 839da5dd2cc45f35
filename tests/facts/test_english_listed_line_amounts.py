"""English calls: in a list of lines' amounts, an amount written before its line's metric ("$45 million of coal
revenue") is that line's, not the line named with the item before it; an amount of a kind of goods after the unit the
clause opened on stays that unit's.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call), read here as
a freight railroad; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_each_listed_amount_is_its_own_lines() -> None:
    facts = facts_of(
        "We expect the plant closures to cost approximately $275 million of revenue next year, consisting of"
        " intermodal revenue of approximately $200 million as well as approximately $45 million of coal revenue."
    )
    assert find(facts, raw="$200 million").subject == "intermodal"
    assert find(facts, raw="$45 million").subject == "coal"
    assert find(facts, raw="$275 million").subject == "NovaSky"


def test_an_amount_of_a_kind_of_goods_stays_with_the_unit_that_opened_the_clause() -> None:
    facts = facts_of("Our freight business delivered the third quarter with $461 million of intermodal revenue.")
    assert find(facts, raw="$461 million").subject == "freight business"
