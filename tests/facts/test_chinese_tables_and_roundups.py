"""Chinese tables and multi-firm pages: a bank's results flash whose heads are years and year ends with an "增减变动（%）"
column, a quote site's main indicators dated by day or by "2025Q3", a maker's monthly production table, a roundup's
"2024年同期" after "去年", a digest item's title behind its number and sector tag, a table of firms one a row, and a few
operating terms (快递业务量, 同店营业额, "公司共经营门店"). All the companies and figures are made up."""

from __future__ import annotations

from finbrief.facts import run

from .builders import ingest

BANK_FLASH = """证券代码：601999　　证券简称：江汀银行　　公告编号：2026-003

江汀银行股份有限公司2025年度业绩快报公告

一、2025年度主要财务数据和指标

单位：人民币亿元

项目 2025年 2024年 增减变动（%）

营业收入 212.40 205.10 3.56

项目 2025年末 2024年末 增减变动（%）

发放贷款和垫款总额 3,520.30 3,210.80 9.64

不良贷款率（%） 0.91 0.95 下降0.04个百分点拨备覆盖率（%） 356.20 361.40 下降5.20个百分点
"""
"""A fictional bank's annual results flash: a year table, a year-end table, and two ratio rows run together."""


def _find(facts: object, value: float) -> object:
    return next(f for f in facts if abs(f.value - value) < 1e-6 * max(1.0, abs(value)))  # type: ignore[attr-defined]


def test_a_results_flash_table_headed_by_years_with_a_change_column_is_read() -> None:
    facts = run(ingest(BANK_FLASH))
    revenue = _find(facts, 2.124e10)
    assert (revenue.metric, revenue.period, revenue.basis) == ("revenue", "2025", None)  # type: ignore[attr-defined]
    prior = _find(facts, 2.051e10)
    assert (prior.period, prior.basis) == ("2024", "prior")  # type: ignore[attr-defined]
    growth = _find(facts, 3.56)
    assert (growth.unit, growth.change) == ("%", "yoy")  # type: ignore[attr-defined]


def test_year_end_heads_are_balances_and_their_change_is_since_the_last_year_end() -> None:
    facts = run(ingest(BANK_FLASH))
    loans = _find(facts, 3.5203e11)
    assert (loans.metric, loans.period) == ("loans", "2025Q4")  # type: ignore[attr-defined]
    assert _find(facts, 9.64).change == "ytd"  # type: ignore[attr-defined]
    npl = _find(facts, -0.04)
    assert (npl.metric, npl.change, npl.period) == ("NPL ratio", "ytd", "2025Q4")  # type: ignore[attr-defined]


def test_a_row_run_on_after_a_change_in_points_is_read_as_its_own_row() -> None:
    facts = run(ingest(BANK_FLASH))
    coverage = _find(facts, 356.2)
    assert (coverage.metric, coverage.period) == ("provision coverage ratio", "2025Q4")  # type: ignore[attr-defined]
    assert _find(facts, 361.4).basis == "prior"  # type: ignore[attr-defined]


QUOTE_DAYS = """首页 > 行情中心 > 岚川电子(300999) > 财务分析

岚川电子(300999) 主要财务指标

报告期 2025-09-30 2025-06-30 2024-12-31
营业总收入(亿元) 31.20 20.15 38.40
归属净利润(亿元) 3.60 2.31 4.05
"""
"""A fictional quote site's main indicators, its columns dated by day."""


def test_a_quote_table_dated_by_day_reads_each_column_as_the_span_to_that_day() -> None:
    facts = run(ingest(QUOTE_DAYS))
    assert _find(facts, 3.12e9).period == "2025Q1-2025Q3"  # type: ignore[attr-defined]
    assert _find(facts, 3.84e9).period == "2024"  # type: ignore[attr-defined]
    profit = _find(facts, 3.6e8)
    assert (profit.metric, profit.period) == ("net income attributable to shareholders", "2025Q1-2025Q3")  # type: ignore[attr-defined]


def test_a_column_inside_the_latest_span_is_no_comparison_base() -> None:
    facts = run(ingest(QUOTE_DAYS))
    half = _find(facts, 2.015e9)
    assert (half.period, half.basis) == ("2025Q1-2025Q2", None)  # type: ignore[attr-defined]
    assert _find(facts, 3.84e9).basis == "prior"  # type: ignore[attr-defined]


TAIWAN_QUARTERS = """首頁 > 台股 > 崴明精密(6999) > 財務報表 > 主要財務指標

崴明精密 (6999) 主要財務指標（合併報表，單季）

獲利能力 2025Q3 2025Q2 2025Q1
營業毛利率(%) 30.15 29.40 28.75
稅後淨利率(%) 10.20 9.85 9.10
每股稅後盈餘(元) 2.40 2.15 1.88

資料來源：公開資訊觀測站，本站整理。
"""
"""A fictional Taiwanese quote page of single quarters headed "2025Q3"."""


def test_a_taiwanese_quarters_table_is_read_with_its_margins_and_eps_in_nt_dollars() -> None:
    facts = run(ingest(TAIWAN_QUARTERS))
    margin = _find(facts, 30.15)
    assert (margin.metric, margin.period) == ("gross margin", "2025Q3")  # type: ignore[attr-defined]
    assert _find(facts, 10.2).metric == "net margin"  # type: ignore[attr-defined]
    eps = _find(facts, 2.4)
    assert (eps.metric, eps.unit, eps.period) == ("EPS", "TWD", "2025Q3")  # type: ignore[attr-defined]


PRODUCTION_FLASH = """证券代码：603999　　证券简称：骁驰摩托　　公告编号：临2025-090

骁驰摩托车股份有限公司2025年11月产销快报

骁驰摩托车股份有限公司2025年11月份产销数据快报如下：

一、产量情况

单位：台

产品类别 本月 去年同月 同比增减（%） 本年累计 去年同期累计 累计同比增减（%）

踏板摩托车 12,300 11,000 11.82 130,500 120,200 8.57

合计 20,400 19,100 6.81 215,600 204,300 5.53
"""
"""A fictional motorcycle maker's monthly production table under a section line naming output."""


def test_a_monthly_production_table_reads_each_product_row_by_its_columns() -> None:
    facts = run(ingest(PRODUCTION_FLASH))
    month = _find(facts, 12300)
    assert (month.subject, month.metric, month.unit, month.period) == (  # type: ignore[attr-defined]
        "踏板摩托车", "production", "count", "2025-11",
    )
    prior = _find(facts, 11000)
    assert (prior.period, prior.basis) == ("2024-11", "prior")  # type: ignore[attr-defined]
    assert _find(facts, 130500).period == "2025-01-2025-11"  # type: ignore[attr-defined]
    growth = _find(facts, 8.57)
    assert (growth.unit, growth.change, growth.period) == ("%", "yoy", "2025-01-2025-11")  # type: ignore[attr-defined]


def test_the_total_row_of_a_production_table_is_the_company() -> None:
    facts = run(ingest(PRODUCTION_FLASH))
    total = _find(facts, 20400)
    assert total.subject not in ("合计", "踏板摩托车")  # type: ignore[attr-defined]
    assert total.metric == "production"  # type: ignore[attr-defined]


ROUNDUP = """【盈喜盈警】一文看清年度盈利预告

2026年01月22日 18:30　本报记者

沐川医药（01999）发盈喜，预计去年纯利介乎2.4亿至2.6亿元人民币，2024年同期纯利为1.7亿元人民币。
"""
"""A fictional profit-alert roundup item: last year's range, then "2024年同期" and its figure."""


def test_a_years_same_period_after_last_year_is_that_year_and_the_comparison_base() -> None:
    facts = run(ingest(ROUNDUP))
    base = _find(facts, 1.7e8)
    assert (base.period, base.basis) == ("2024", "prior")  # type: ignore[attr-defined]
    assert base.metric == "net income"  # type: ignore[attr-defined]


DIGEST = """国融证券晨会纪要（2025年11月5日）

国融证券研究所　2025-11-05 07:40

1. 【机械】岱钧重工（600999）：三季度业绩稳健
公司前三季度实现营业收入86.40亿元，同比增长12.3%。

2. 【电子】衡芯科技（688999）：前三季度扭亏为盈

公司前三季度营收9.36亿元，同比增长35.2%。
"""
"""A fictional broker's morning minutes, each item titled behind its number and sector tag."""


def test_a_digest_items_title_behind_its_number_and_tag_names_the_firm_of_the_item() -> None:
    facts = run(ingest(DIGEST))
    assert _find(facts, 9.36e8).subject == "衡芯科技"  # type: ignore[attr-defined]
    assert _find(facts, 35.2).subject == "衡芯科技"  # type: ignore[attr-defined]


OPERATING_TERMS = """快递公司10月数据出炉

2025-11-18 19:10　来源：某财经

迅岭物流10月快递业务量21.30亿票，同比增长10.4%，单票收入2.12元，同比下降3.1%。

味屿餐饮第三季度同店营业额同比下降1.6%。截至2025年9月30日，味屿餐饮共经营门店415家。
"""
"""Fictional operating data of an express carrier and a restaurant chain."""


def test_express_and_restaurant_operating_terms_keep_the_firm_and_name_the_metric() -> None:
    facts = run(ingest(OPERATING_TERMS))
    volume = _find(facts, 2.13e9)
    assert (volume.subject, volume.metric) == ("迅岭物流", "shipments")  # type: ignore[attr-defined]
    assert _find(facts, -1.6).metric == "same-store sales"  # type: ignore[attr-defined]
    assert _find(facts, 415).subject == "味屿餐饮"  # type: ignore[attr-defined]


FIRMS_TABLE = """食品饮料行业点评：乳品板块三季报总结

华岳证券　2025-11-02 08:10

表1：部分乳品公司2025年前三季度业绩（亿元）
公司 营业收入 同比 归母净利润 同比 吨均价格（元）
澄乳股份 86.20 4.2% 7.35 -3.1% 5120
岚牧乳业 41.06 -2.5% 2.18 6.4% 4870
"""
"""A fictional broker's sector review with a caption over a table of one firm a row."""


def test_a_table_of_firms_one_a_row_reads_each_firm_under_its_captions_span() -> None:
    facts = run(ingest(FIRMS_TABLE))
    revenue = _find(facts, 8.62e9)
    assert (revenue.subject, revenue.metric, revenue.period) == (  # type: ignore[attr-defined]
        "澄乳股份", "revenue", "2025Q1-2025Q3",
    )
    growth = _find(facts, 6.4)
    assert (growth.subject, growth.metric, growth.change) == ("岚牧乳业", "net income attributable to shareholders", "yoy")  # type: ignore[attr-defined]
    assert all(f.value != 5120 for f in facts)  # type: ignore[attr-defined]  # (a column no metric names is not read)
