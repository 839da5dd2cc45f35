"""English calls: an item a bank names as it adjusts its results, a legal reserve build, is its own metric, sized
by the amount before or after its name.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_legal_reserve_build_named_after_its_amount() -> None:
    fact = find(facts_of("Included in our results for the quarter was a $45 million legal reserve build."), raw="$45 million")
    assert (fact.metric, fact.value, fact.period) == ("legal reserve build", 45_000_000, "2021Q3")


def test_a_legal_reserve_build_named_before_its_amount() -> None:
    fact = find(facts_of("We recorded a litigation reserve build of $12 million in the quarter."), raw="$12 million")
    assert fact.metric == "legal reserve build"
