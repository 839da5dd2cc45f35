"""Chinese comparison bases written with their sign ("从上期亏损3.9亿港元", "较第2季负0.31%") and a second base
listed after the first ("较第2季亏损1.05亿元及去年同期85万元"): figures of an earlier period, not the reported one.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

MONTHLY_NEWS = (
    "星嵐科技(3999)第3季財報\n\n星嵐科技昨(13)日公告第3季財報,單季稅後純益2,100萬元,成功較第2季虧損1.05億元及去年同期85萬元轉虧為盈。"
    "第3季營收12.5億元,年增4.1%。營業利益率為負1.85%,較第2季負0.31%擴大。\n"
)
INTERIM_DIGEST = (
    "泓景地产(00988)中期业绩\n\n截至2025年9月30日止6个月:收益为2.1亿港元,同比下降30.2%(从3.01亿港元);"
    "公司拥有人应占期间亏损为1.1亿港元,同比减少70.0%(从上期亏损3.9亿港元)\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


def test_a_base_written_as_a_loss_is_the_prior_periods_figure() -> None:
    facts = run(build(INTERIM_DIGEST, "zh-Hans"))  # type: ignore[arg-type]
    base = one(facts, value=-390_000_000)
    assert (base.metric, base.basis, base.period) == ("net income", "prior", "2024Q2-2024Q3")
    assert one(facts, value=-110_000_000).basis is None


def test_a_base_written_with_a_minus_word_is_the_prior_periods_figure() -> None:
    facts = run(build(MONTHLY_NEWS, "zh-Hant"))  # type: ignore[arg-type]
    assert one(facts, value=-0.31).basis == "prior"
    assert one(facts, value=-1.85).basis is None


def test_a_second_listed_base_is_a_prior_figure_too() -> None:
    facts = run(build(MONTHLY_NEWS, "zh-Hant"))  # type: ignore[arg-type]
    second = one(facts, value=-850_000)
    assert (second.metric, second.basis) == ("net income", "prior")
    assert one(facts, value=21_000_000).basis is None


def test_a_swing_into_loss_is_the_reported_periods_figure() -> None:
    facts = run(build("澜川股份(600998)2025年三季报\n\n2025年前三季度,公司归母净利润由去年同期盈利0.5亿元转为亏损1.2亿元。\n", "zh-Hans"))  # type: ignore[arg-type]
    now = one(facts, value=-120_000_000)
    assert now.basis is None and now.period == "2025Q1-2025Q3"
