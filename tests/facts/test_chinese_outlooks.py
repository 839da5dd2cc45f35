"""Chinese outlooks stated tersely: a headline's estimate of a coming quarter's change ("營收估季減3%至6%"), and a
clause that only sets an aim for a coming year's level of the rate just stated ("明年目標倍增至25%").

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

TW_HEAD = "2025-11-06 21:15 經濟日報／ 記者王明／台北即時報導\n"
TW_LEAD = "散熱模組廠曜川科技（3599）今（6）日召開法說會，公布第3季合併營收新台幣56.42億元，季增8.3%。\n"


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_headline_estimate_of_next_quarters_change_is_guidance() -> None:
    d = build("曜川法說會／第3季毛利率創新高 第4季營收估季減3%至6%\n" + TW_HEAD + TW_LEAD)
    facts = run(d).facts
    outlook = one(facts, value=-6.0)
    assert (outlook.metric, outlook.change, outlook.period) == ("revenue guidance", "qoq", "2025Q4")
    assert one(facts, value=8.3).metric == "revenue"  # the reported quarter's growth stays a result


def test_an_aim_for_next_years_share_is_that_shares_target() -> None:
    d = build(TW_HEAD + TW_LEAD + "陳大同指出，液冷產品今年營收占比約12%，明年目標倍增至25%；越南新廠預計明年第2季量產。\n")
    facts = run(d).facts
    now = one(facts, value=12.0)
    aim = one(facts, value=25.0)
    assert (now.metric, now.period) == ("share of revenue", "2025")
    assert (aim.subject, aim.metric, aim.period) == (now.subject, "share of revenue target", "2026")


def test_a_prior_years_level_after_a_share_is_no_aim() -> None:
    d = build(TW_HEAD + TW_LEAD + "陳大同指出，液冷產品今年營收占比約12%，去年為8%。\n")
    assert not [f for f in run(d).facts if f.metric.endswith((" target", " guidance"))]
