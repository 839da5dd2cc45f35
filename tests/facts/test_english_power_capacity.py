"""English calls: a figure in megawatts or gigawatts that sizes a plant or is said to be capacity is a capacity in
its unit (MW, GW); megawatts a company plans to buy or saves name no capacity.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call that runs
data centres and solar farms); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_megawatts_of_capacity_are_capacity_in_megawatts() -> None:
    facts = facts_of("We added 120 megawatts of capacity during the quarter.", "Our new campus adds 1.2 gigawatts of capacity.")
    added = find(facts, raw="120")
    campus = find(facts, raw="1.2")
    assert (added.metric, added.value, added.unit, added.period) == ("capacity", 120, "MW", "2021Q3")
    assert (campus.metric, campus.unit) == ("capacity", "GW")


def test_a_plant_sized_in_megawatts_before_its_name() -> None:
    facts = facts_of(
        "We announced the acquisition of a 12-megawatt solar project in Ohio.",
        "We also acquired the 4.5 MW Cedar Hollow Solar Facility.",
    )
    assert (find(facts, raw="12").metric, find(facts, raw="12").unit) == ("capacity", "MW")
    assert (find(facts, raw="4.5").metric, find(facts, raw="4.5").unit) == ("capacity", "MW")


def test_installed_capacity_is_named_by_its_words() -> None:
    facts = facts_of("We now have 640 megawatts of installed capacity.")
    assert (find(facts, raw="640").metric, find(facts, raw="640").unit) == ("capacity", "MW")


def test_megawatts_sought_or_saved_are_no_capacity() -> None:
    facts = facts_of(
        "We are seeking approximately 900 megawatts of renewables and non-emitting capacity resources.",
        "We plan to add 300 to 400 megawatts of storage to our system.",
    )
    assert not [f for f in facts if f.metric == "capacity"]


def test_a_plant_s_size_inside_a_revenue_sentence_is_no_base() -> None:
    facts = facts_of("Revenue from our 120 MW wind farm was $4.2 million.")
    assert find(facts, raw="$4.2 million").metric == "revenue"
    assert not [f for f in facts if f.basis == "prior"]


def test_money_is_never_a_capacity() -> None:
    facts = facts_of("Our borrowing capacity stood at $600 million, and we repaid a 5-year note of $50 million.")
    assert not [f for f in facts if f.metric == "capacity"]
