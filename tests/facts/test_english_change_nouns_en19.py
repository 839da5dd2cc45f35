"""English clauses that list two changes, each written as "a N% <direction> in <metric>": the figure's own noun
gives its sign and the metric after it is its metric, not the first change's.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_second_change_of_a_pair_keeps_its_own_direction_and_metric() -> None:
    facts = facts_of("NovaSky reported a 6% decline in net revenue and a 2% increase in volumes.")
    first, second = find(facts, raw="6%"), find(facts, raw="2%")
    assert (first.metric, first.value, first.change) == ("revenue", -6.0, "yoy")
    assert (second.metric, second.value, second.change) == ("volumes", 2.0, "yoy")


def test_a_drop_after_a_rise_is_negative() -> None:
    facts = facts_of("NovaSky posted a 9% rise in revenue and a 4% drop in operating income.")
    assert (find(facts, raw="9%").metric, find(facts, raw="9%").value) == ("revenue", 9.0)
    assert (find(facts, raw="4%").metric, find(facts, raw="4%").value) == ("operating income", -4.0)


def test_a_change_noun_after_a_level_still_reads_as_that_change() -> None:
    facts = facts_of("Revenue fell to $3.2 billion, a 4% decline.")
    assert find(facts, raw="$3.2 billion").value == 3.2e9
    assert (find(facts, raw="4%").metric, find(facts, raw="4%").value) == ("revenue", -4.0)
