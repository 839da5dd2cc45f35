"""Hong Kong and Chinese results tables in layouts the rules were not written on: a financial summary whose head names
the span in a caption and the years in Chinese numerals, its falls in brackets, rows run together after a "不適用" cell.

Tables and sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_HK_SUMMARY = (
    "朗晴酒店集團有限公司\nLANGQING HOTELS GROUP LIMITED\n（股份代號：2791）\n\n"
    "截至二零二五年六月三十日止六個月之中期業績公告\n\n"
    "財務摘要\n\n"
    "單位：港幣千元\n"
    "截至六月三十日止六個月 二零二五年 二零二四年 變動\n"
    "收益 1,204,330 1,318,902 (8.7%)\n"
    "毛利 311,820 298,466 4.5%\n"
    "本公司擁有人應佔期內（虧損）／溢利 (41,205) 12,688 不適用\n"
    "每股基本（虧損）／盈利（港仙） (2.06) 0.63 不適用\n"
)


def test_a_hk_summarys_head_after_its_span_caption_reads_the_years_in_chinese_numerals() -> None:
    facts = run(build(_HK_SUMMARY)).facts
    revenue = one(facts, value=1_204_330_000.0)
    assert (revenue.metric, revenue.unit, revenue.period, revenue.basis) == ("revenue", "HKD", "2025Q1-2025Q2", None)
    prior = one(facts, value=1_318_902_000.0)
    assert (prior.metric, prior.period, prior.basis) == ("revenue", "2024Q1-2024Q2", "prior")


def test_a_fall_in_brackets_in_a_change_column_is_a_negative_yoy_change() -> None:
    facts = run(build(_HK_SUMMARY)).facts
    fall = one(facts, value=-8.7)
    assert (fall.metric, fall.unit, fall.change, fall.period) == ("revenue", "%", "yoy", "2025Q1-2025Q2")
    rise = one(facts, value=4.5)
    assert (rise.metric, rise.change) == ("gross profit", "yoy")


def test_rows_run_together_after_a_not_applicable_cell_are_each_read() -> None:
    facts = run(build(_HK_SUMMARY)).facts
    loss = one(facts, value=-41_205_000.0)
    assert (loss.metric, loss.period) == ("net income attributable to shareholders", "2025Q1-2025Q2")
    eps = one(facts, value=-0.0206)
    assert (eps.metric, eps.unit, eps.period) == ("EPS", "HKD", "2025Q1-2025Q2")


_HK_SUMMARY_RUN_ON = (
    "朗晴酒店集團有限公司\n（股份代號：2791）\n\n"
    "截至二零二五年六月三十日止六個月之中期業績公告\n\n"
    "單位：港幣千元\n"
    "截至六月三十日止六個月 二零二五年 二零二四年 變動收益 1,204,330 1,318,902 (8.7%)\n"
    "毛利 311,820 298,466 4.5%\n"
)


def test_a_hk_summarys_first_row_run_on_after_its_head_is_read() -> None:
    facts = run(build(_HK_SUMMARY_RUN_ON, language="zh-Hant")).facts
    revenue = one(facts, value=1_204_330_000.0)
    assert (revenue.metric, revenue.period) == ("revenue", "2025Q1-2025Q2")
    assert (one(facts, value=-8.7).change, one(facts, value=4.5).metric) == ("yoy", "gross profit")


_GROUP_HIGHLIGHTS = (
    "晴川環保控股有限公司\n（股份代号：2690）\n\n截至2025年6月30日止六个月中期业绩\n\n"
    "业绩（港币千元）\n"
    "2025年 2024年 变动百分比\n"
    "收益 5,120,400 5,330,100 (4%)\n"
    "股东资金回报率（%） 4.20 4.65 (0.45ppt)\n"
)


def test_a_move_in_ppt_is_a_change_in_points() -> None:
    facts = run(build(_GROUP_HIGHLIGHTS)).facts
    move = one(facts, value=-0.45)
    assert (move.metric, move.unit, move.change) == ("return on equity", "pp", "yoy")
    assert one(facts, value=-4.0).metric == "revenue"
