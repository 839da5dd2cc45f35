"""Chinese month reports and digests: a change over the month before is month on month, a cumulative
figure of a month report spans the year to date, slash-joined metric names take their slash-joined
figures in order, segment figures inside a firm's line are not the firm's, a broker's target price is
not the firm's fact.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_change_over_the_month_before_is_neither_yoy_nor_qoq() -> None:
    # the fact contract knows YoY and QoQ changes only: a month-on-month move must not pass for either
    facts = facts_of("青禾电子10月营收50亿元，较上月增长8%，同比增长20%。\n青禾电子11月营收52亿元，月减3.2%。\n")
    assert one(facts, value=8.0).change is None
    assert one(facts, value=20.0).change == "yoy"
    assert one(facts, value=-3.2).change is None


def test_a_running_total_in_a_month_report_spans_the_year_to_that_month() -> None:
    facts = facts_of(
        "2025-11-10\n青禾金控2025年10月自结获利\n"
        "青禾金控10月获利10.09亿元，累计税后净利107.94亿元，累计每股盈余1.38元。\n"
    )
    assert one(facts, value=1_009_000_000).period == "2025-10"
    assert one(facts, value=10_794_000_000).period == "2025-01-2025-10"
    assert one(facts, value=1.38).period == "2025-01-2025-10"


def test_slash_joined_metric_names_take_their_slash_joined_figures_in_order() -> None:
    facts = facts_of("青禾科技2025年第三季度销售费用率/ 管理费用率11.0%/5.9%、同比-0.2/+0.6pct。\n")
    assert [(f.metric, f.value, f.unit) for f in sorted(facts, key=lambda f: f.end)] == [
        ("selling expense ratio", 11.0, "%"),
        ("G&A expense ratio", 5.9, "%"),
        ("selling expense ratio", -0.2, "pp"),
        ("G&A expense ratio", 0.6, "pp"),
    ]


def test_a_running_total_in_traditional_characters_spans_the_year_to_that_month() -> None:
    facts = facts_of("2025-11-10\n青禾金控10月獲利10.09億元，累計稅後淨利107.94億元。\n", "zh-Hant")
    assert one(facts, value=1_009_000_000).period == "2025-10"
    assert one(facts, value=10_794_000_000).period == "2025-01-2025-10"


def test_a_broker_s_target_price_and_the_upside_to_it_are_not_the_firm_s_facts() -> None:
    facts = facts_of(
        "某某证券晨会纪要\n"
        "青禾科技 - 2025年H1营收120亿元同比+15% - 上调目标价至45.0元 对应30倍2026年市盈率 潜在涨幅+13.8%\n"
        "白石能源 - 维持目标价16美元，上行空间20%\n"
    )
    assert [(f.subject, f.value) for f in facts] == [("青禾科技", 12_000_000_000), ("青禾科技", 15.0)]


def test_segment_items_after_qizhong_in_a_firm_s_line_are_the_segments() -> None:
    facts = facts_of("某某证券晨会纪要\n青禾集团 - 2025年2季度收入同比增长2% 其中中国电商+10%/国际+19%/云-6% 调整后EBITA同比下降14%\n")
    assert [(f.subject, f.value, f.change) for f in sorted(facts, key=lambda f: f.end) if f.metric == "revenue"] == [
        ("青禾集团", 2.0, "yoy"),
        ("中国电商", 10.0, "yoy"),
        ("国际", 19.0, "yoy"),
        ("云", -6.0, "yoy"),
    ]
    assert one(facts, value=-14.0).subject == "青禾集团"
