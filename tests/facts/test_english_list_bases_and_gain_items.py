"""English calls: the second figure of a list of changes that names each item's basis or place after it ("up 9% in
units and 17% on an underlying basis", "22% on an organic basis and nearly 120% in total") is a change too.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_second_change_after_a_place_then_its_own_basis() -> None:
    facts = facts_of("Industrial Systems turned positive this quarter, with sales up 9% in units and 17% on an underlying basis.")
    second = find(facts, raw="17%")
    assert (second.value, second.change) == (17.0, "yoy")


def test_second_change_after_an_approximation_and_in_total() -> None:
    facts = facts_of("Turning to Corporate and Other, revenue increased 22% on an organic basis and nearly 120% in total.")
    total = find(facts, raw="120%")
    assert (total.value, total.change, total.qualifier) == (120.0, "yoy", "approx")

