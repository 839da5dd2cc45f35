"""Chinese figures whose status or period comes from words around them: a target the company sets itself, a
unit line over a table, dividend part lines under their heading.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

INTERVIEW = "专访岚舟医疗（300999）董事长：海外市场继续扩张\n"


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_share_the_company_aims_for_is_a_target_not_guidance() -> None:
    d = build(INTERVIEW + "前三季度海外收入占比约31%。我们的目标是2026年海外收入占比超过45%。\n", "zh-Hans")
    fact = one(run(d).facts, value=45.0)
    assert fact.metric == "share of revenue target"
    assert fact.period == "2026" and fact.qualifier == "over"


def test_a_margin_to_strive_for_is_a_target_and_an_expected_growth_stays_guidance() -> None:
    d = build(INTERVIEW + "公司预计2025年营业收入增长18%。力争2026年毛利率达到52%。\n", "zh-Hans")
    facts = run(d).facts
    assert one(facts, value=18.0).metric == "revenue guidance"
    assert one(facts, value=52.0).metric == "gross margin target"
