"""Results tables in the layouts real Chinese pages draw them: a box or pipe table under "单位：亿元" with a 同比 column
and "其中：" rows, a Hong Kong summary under a bare "人民幣千元" line with its cells apart by tabs, a Taiwanese table
under a caption's "單位：新台幣百萬元" with quarters written "2026年Q3" and a 年增率 column, a broker's forecast table led by
"年结12月31日", and a half-year summary led by "主要会计数据". Each column is its period, the caption or unit line its
unit, each row its metric; an estimate column is no fact.

Tables and sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from pathlib import Path

from finbrief.api import parse
from finbrief.facts import run
from finbrief.facts.report_table import sub_item, unit_line
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_FLASH = (
    "证券代码：688901        证券简称：澜石新材        公告编号：2026-008\n"
    "澜石新材料股份有限公司2025年度业绩快报公告\n"
    "单位：亿元\n"
    "| 项目 | 2025年 | 2024年 | 同比增减 |\n"
    "| --- | --- | --- | --- |\n"
    "| 营业总收入 | 52.10 | 47.36 | 10.01% |\n"
    "| 其中：负极材料 | 30.40 | 26.18 | 16.12% |\n"
    "| 毛利率（%） | 21.5 | 20.2 | 增加1.3个百分点 |\n"
    "| 其中：境外业务 | 9.6 | 8.8 | 9.09% |\n"
    "| 基本每股收益（元） | 0.88 | 0.80 | 10.00% |\n"
)


_BOX_FLASH = (
    "证券代码：688901        证券简称：澜石新材        公告编号：2026-008\n\n"
    "澜石新材料股份有限公司2025年度业绩快报公告\n\n"
    "单位：亿元\n"
    "┌────────────┬────────┬────────┬────────────┐\n"
    "│ 项目       │ 2025年 │ 2024年 │ 同比增减   │\n"
    "├────────────┼────────┼────────┼────────────┤\n"
    "│ 营业总收入 │  52.10 │  47.36 │ 10.01%     │\n"
    "│ 毛利率（%）│  21.5  │  20.2  │ 增加1.3个百分点 │\n"
    "│ 基本每股收益（元） │ 0.88 │ 0.80 │ 10.00% │\n"
    "└────────────┴────────┴────────┴────────────┘\n"
)


def test_a_box_drawn_tables_change_column_is_each_rows_change(tmp_path: Path) -> None:
    """Its rows with no rule between them are read one a line: a 同比 cell is its row's change, not the last row's."""
    page = tmp_path / "flash.txt"
    page.write_text(_BOX_FLASH, encoding="utf-8")
    facts = run(parse(page)).facts
    growth = one(facts, value=10.01)
    assert (growth.metric, growth.unit, growth.change, growth.period) == ("revenue", "%", "yoy", "2025")
    revenue = one(facts, value=5_210_000_000.0)
    assert (revenue.metric, revenue.unit, revenue.period, revenue.basis) == ("revenue", "CNY", "2025", None)
    prior = one(facts, value=4_736_000_000.0)
    assert (prior.period, prior.basis) == ("2024", "prior")
    points = one(facts, value=1.3)
    assert (points.metric, points.unit, points.change) == ("gross margin", "pp", "yoy")


def test_a_sub_item_row_is_that_parts_figure_of_the_metric_above() -> None:
    facts = run(build(_FLASH)).facts
    part = one(facts, value=3_040_000_000.0)
    assert (part.subject, part.metric, part.period) == ("负极材料", "revenue", "2025")
    assert one(facts, value=16.12).subject == "负极材料"


def test_a_sub_item_under_a_ratio_row_is_not_stated() -> None:
    facts = run(build(_FLASH)).facts
    assert not [f for f in facts if f.value in (9.6, 8.8, 9.09)]
    assert sub_item("其中：归属于母公司股东的净利润", "net income") is None
    assert sub_item("其中：境外收入", "revenue") == "境外"
    assert sub_item("其中：第四季度", "revenue") is None


_HK_TABS = (
    "粵川智造控股有限公司\n（股份代號：2781）\n"
    "截至二零二五年十二月三十一日止年度之全年業績公告\n"
    "財務摘要\n"
    "人民幣千元\n"
    "截至十二月三十一日止年度\n"
    "二零二五年\t二零二四年\t變動\n"
    "收益\t2,418,306\t2,150,977\t12.4%\n"
    "本公司擁有人應佔溢利\t96,410\t108,225\t(10.9%)\n"
)


def test_a_bare_currency_line_is_the_unit_of_a_tab_separated_summary() -> None:
    facts = run(build(_HK_TABS, "zh-Hant")).facts
    revenue = one(facts, value=2_418_306_000.0)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "CNY", "2025")
    fall = one(facts, value=-10.9)
    assert (fall.metric, fall.change) == ("net income attributable to shareholders", "yoy")
    assert unit_line("人民币千元") == (1_000, "CNY")
    assert unit_line("人民币千元收入增长") is None


_TW_BOX = (
    "晟川電子（3617）第三季財報\n"
    "晟川第三季財務摘要（單位：新台幣百萬元）\n"
    "| 項目 | 2026年Q3 | 2025年Q3 | 年增率 |\n"
    "| --- | --- | --- | --- |\n"
    "| 營業收入 | 3,204 | 2,880 | 11.3% |\n"
    "| 營業毛利 | 1,410 | 1,196 | 17.9% |\n"
)


def test_a_taiwanese_caption_gives_new_taiwan_dollars_and_a_quarter_head_its_quarter() -> None:
    facts = run(build(_TW_BOX, "zh-Hant")).facts
    revenue = one(facts, value=3_204_000_000.0)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "TWD", "2026Q3")
    gross = one(facts, value=1_410_000_000.0)
    assert (gross.metric, gross.period) == ("gross profit", "2026Q3")
    growth = one(facts, value=17.9)
    assert (growth.metric, growth.change, growth.period) == ("gross profit", "yoy", "2026Q3")


_HK_NOTE = (
    "川兴食品（02871.HK）跟踪点评\n"
    "盈利预测（单位：百万港元）\n"
    "| 年结12月31日 | 2025A | 2026E | 2027E |\n"
    "| --- | --- | --- | --- |\n"
    "| 收入 | 6,120 | 6,740 | 7,310 |\n"
    "| 营收同比（%） | 8.2 | 10.1 | 8.5 |\n"
)


def test_a_forecast_table_led_by_its_year_end_reads_the_actual_year_only() -> None:
    facts = run(build(_HK_NOTE)).facts
    revenue = one(facts, value=6_120_000_000.0)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "HKD", "2025")
    growth = one(facts, value=8.2)
    assert (growth.metric, growth.change, growth.period) == ("revenue", "yoy", "2025")
    assert not [f for f in facts if f.value in (6_740_000_000.0, 7_310_000_000.0, 10.1, 8.5)]
    assert unit_line("盈利预测（单位：百万港元）") == (1_000_000, "HKD")


_HALF = (
    "安川人寿保险股份有限公司2026年半年度报告摘要\n"
    "单位：百万元　币种：人民币\n"
    "| 主要会计数据 | 2026年1-6月 | 2025年1-6月 | 本期比上年同期增减(%) |\n"
    "| --- | --- | --- | --- |\n"
    "| 净利润 | 8,812 | 7,905 | 11.5 |\n"
    "| 主要会计数据 | 2026年6月30日 | 2025年12月31日 | 本期末比上年度末增减(%) |\n"
    "| --- | --- | --- | --- |\n"
    "| 归属于母公司股东的股东权益 | 90,120 | 86,455 | 4.2 |\n"
)


def test_a_half_year_summary_led_by_its_data_heading_reads_both_tables() -> None:
    facts = run(build(_HALF)).facts
    profit = one(facts, value=8_812_000_000.0)
    assert (profit.metric, profit.period) == ("net income", "2026Q1-2026Q2")
    equity = one(facts, value=90_120_000_000.0)
    assert (equity.metric, equity.period) == ("shareholders' equity", "2026Q2")
    move = one(facts, value=4.2)
    assert (move.metric, move.change) == ("shareholders' equity", "ytd")


_THREE_YEARS = (
    "公司代码：603907        公司简称：岚川股份\n"
    "岚川装备股份有限公司2025年年度报告摘要\n"
    "单位：元  币种：人民币\n"
    "项目\t2025年\t2024年\t本年比上年增减(%)\t2023年\n"
    "营业收入\t1,204,550,310.20\t1,100,237,905.66\t9.48\t998,120,455.31\n"
    "项目\t2025年末\t2024年末\t本年末比上年末增减(%)\t2023年末\n"
    "总资产\t3,310,442,105.77\t3,005,118,290.42\t10.16\t2,884,907,331.05\n"
    "项目\t2025年\t2024年\t本年比上年增减(%)\t2022年\n"
    "净利润\t88,120,300.00\t80,440,115.00\t9.55\t70,300,225.00\n"
)


def test_an_annual_reports_third_year_after_the_change_column_is_that_years_figure() -> None:
    facts = run(build(_THREE_YEARS)).facts
    third = one(facts, value=998_120_455.31)
    assert (third.metric, third.period, third.basis) == ("revenue", "2023", "prior")
    assert one(facts, value=9.48).change == "yoy"
    balance = one(facts, value=2_884_907_331.05)
    assert (balance.metric, balance.period, balance.basis) == ("total assets", "2023Q4", "prior")


def test_a_third_column_that_is_not_the_year_before_reads_no_row() -> None:
    facts = run(build(_THREE_YEARS)).facts
    assert not [f for f in facts if f.value in (88_120_300.0, 70_300_225.0, 9.55)]


_GROWTH_ROWS = (
    "蓝川电子（300918）点评\n"
    "| 项目 | 2024A | 2025E | 2026E |\n"
    "| --- | --- | --- | --- |\n"
    "| 营业收入(百万元) | 4,378 | 4,491 | 5,210 |\n"
    "| 增长率(%) | 19.05 | 2.58 | 16.01 |\n"
    "| 毛利率(%) | 30.1 | 30.5 | 31.0 |\n"
    "| 增长率(%) | 1.2 | 2.0 | 3.0 |\n"
)


def test_a_bare_growth_row_is_the_growth_of_the_amount_row_above() -> None:
    facts = run(build(_GROWTH_ROWS)).facts
    growth = one(facts, value=19.05)
    assert (growth.metric, growth.unit, growth.change, growth.period) == ("revenue", "%", "yoy", "2024")
    assert not [f for f in facts if f.value in (1.2, 2.58)]  # (under a ratio, or a broker's estimate)


_UNIT_IN_HEAD = (
    "澜石新材（688901）年报快评\n"
    "| 项目 | 2025年（亿元） | 2024年（亿元） | 同比 |\n"
    "| --- | --- | --- | --- |\n"
    "| 营业收入 | 52.10 | 47.36 | 10.01% |\n"
    "二、利润情况\n"
    "| 项目 | 2025年（亿元） | 2024年（万元） | 同比 |\n"
    "| --- | --- | --- | --- |\n"
    "| 归母净利润 | 3.20 | 29,500 | 8.47% |\n"
)


def test_a_unit_each_period_cell_of_the_head_gives_scales_the_rows() -> None:
    facts = run(build(_UNIT_IN_HEAD)).facts
    revenue = one(facts, value=5_210_000_000.0)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "CNY", "2025")
    assert one(facts, value=10.01).change == "yoy"


def test_period_cells_in_different_units_give_no_amount() -> None:
    facts = run(build(_UNIT_IN_HEAD)).facts
    assert not [f for f in facts if f.metric == "net income attributable to shareholders" and f.unit == "CNY"]
