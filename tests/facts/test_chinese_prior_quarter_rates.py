"""Chinese pages: a rate set against the quarter before with "高于/低于上季度" is that quarter's rate (of the same
kind as the one it is compared with), and the quarter it names dates no later clause.

Sentences are written for these tests; the company and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = "星河科技公布2024年第三季度业绩。\n"


def facts_of(text: str) -> tuple[Fact, ...]:
    return run(build(HEAD + text, "zh-Hans")).facts


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


def test_a_growth_rate_higher_than_the_quarter_befores_states_that_quarters_growth() -> None:
    facts = facts_of("本季度收入同比增长32%，高于上季度29%的增速。")
    before = one(facts, value=29)
    assert (before.metric, before.change, before.period, before.basis) == ("revenue", "yoy", "2024Q2", "prior")


def test_a_margin_lower_than_the_quarter_befores_is_that_quarters_level() -> None:
    facts = facts_of("本季度毛利率为28%，低于上季度的31%。")
    before = one(facts, value=31)
    assert (before.metric, before.change, before.period, before.basis) == ("gross margin", None, "2024Q2", "prior")


def test_the_quarter_compared_with_does_not_date_the_next_clause() -> None:
    facts = facts_of("本季度收入同比增长32%，增速高于上季度的29%，毛利率为41%。")
    margin = one(facts, value=41)
    assert (margin.metric, margin.period, margin.basis) == ("gross margin", "2024Q3", None)
