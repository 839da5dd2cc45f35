"""English calls: the percentage a growth rate is compared with after it ("growth of 4.1%, an improvement from 2.5% in
the second quarter") is the same kind of growth rate, of its own period; a margin compared with an earlier margin stays
a level.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_rate_a_growth_rate_improved_on_is_a_growth_rate_of_the_earlier_quarter() -> None:
    facts = facts_of(
        "Our cloud unit posted its third quarter of positive organic revenue growth of 4.1%, an improvement from 2.5%"
        " in the second quarter."
    )
    now, before = find(facts, raw="4.1%"), find(facts, raw="2.5%")
    assert (now.metric, now.change, now.period) == ("organic revenue", "yoy", "2021Q3")
    assert (before.metric, before.change, before.period, before.basis) == ("organic revenue", "yoy", "2021Q2", "prior")


def test_a_sequential_rate_compared_after_it_keeps_the_sequential_kind() -> None:
    facts = facts_of("Revenue grew 4.1% sequentially, up from 2.5% in the second quarter.")
    assert find(facts, raw="2.5%").change == "qoq"


def test_a_margin_compared_with_an_earlier_margin_stays_a_level() -> None:
    facts = facts_of("Gross margin was 41.2%, up from 40.1% in the second quarter.")
    before = find(facts, raw="40.1%")
    assert (before.metric, before.change, before.basis) == ("gross margin", None, "prior")
