"""Chinese pages of more kinds: an A-share annual report summary whose table gives the change on last year with "%"
in its cells, a business line whose name holds a word that reads like a fall, a new-listings roundup naming each
applicant by its legal name and listing its years before the figures.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

ANNUAL_HEAD = (
    "证券代码：002917　　　　证券简称：澄川精工　　　　公告编号：2025-021\n"
    "\n"
    "江苏澄川精工股份有限公司2024年年度报告摘要\n"
    "\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_an_annual_summary_table_reads_its_change_column_from_the_cells_percent_signs() -> None:
    d = build(
        ANNUAL_HEAD + "单位：元\n"
        "项目 2024年 2023年 本年比上年增减\n"
        "营业收入（元） 1,250,000,000.00 1,000,000,000.00 25.00%\n"
        "归属于上市公司股东的净利润（元） 150,000,000.00 120,000,000.00 25.00%\n"
        "加权平均净资产收益率 10.50% 9.80% 0.70%\n"
    )
    facts = run(d).facts
    revenue = one(facts, metric="revenue", value=1.25e9)
    assert revenue.unit == "CNY" and revenue.period == "2024"
    assert one(facts, metric="revenue", value=1.0e9).basis == "prior"
    growth = one(facts, metric="revenue", value=25.0)
    assert growth.unit == "%" and growth.change == "yoy"
    assert one(facts, metric="net income attributable to shareholders", value=1.5e8).period == "2024"
    roe = one(facts, metric="return on equity", value=0.7)
    assert roe.unit == "pp" and roe.change == "yoy"  # a rate's change is in points, whatever sign its cell carries


def test_a_change_column_without_a_unit_reads_no_amount() -> None:
    d = build(
        ANNUAL_HEAD + "单位：元\n"
        "项目 2024年 2023年 本年比上年增减\n"
        "营业收入（元） 1,250,000,000.00 1,000,000,000.00 250,000,000.00\n"
    )
    facts = run(d).facts
    assert one(facts, metric="revenue", value=1.25e9).period == "2024"
    assert not [f for f in facts if f.value in (2.5e8, 250000000.0)]


def test_the_annual_summarys_year_is_the_reports_not_its_sign_off_year() -> None:
    d = build(ANNUAL_HEAD + "报告期内，公司实现营业收入12.50亿元，同比增长25.00%。\n\n董事长：王某\n2025年4月18日\n")
    revenue = one(run(d).facts, metric="revenue", unit="CNY")
    assert revenue.value == 1.25e9 and revenue.period == "2024"


def test_a_reducer_business_is_no_fall() -> None:
    d = build(ANNUAL_HEAD + "报告期内，公司谐波减速器业务实现收入8.36亿元，同比增长12.4%。\n")
    revenue = one(run(d).facts, metric="revenue", unit="CNY")
    assert revenue.value == 8.36e8


def test_a_plan_verb_is_no_business_line() -> None:
    d = build(ANNUAL_HEAD + "2025年，公司计划实现营业收入同比增长10%至15%。\n")
    guidance = one(run(d).facts, value=10.0)
    assert guidance.subject == "澄川精工" and guidance.metric == "revenue guidance"


LISTINGS = (
    "港股新股周报：本周3家递表\n"
    "2025-11-30 18:20　来源：新股观察\n"
    "\n"
)


def test_each_applicant_of_a_listings_roundup_takes_the_years_its_list_names() -> None:
    d = build(
        LISTINGS + "1）11月25日，杭州澜峰医疗科技股份有限公司（简称“澜峰医疗”）向港交所主板递表。"
        "2023年、2024年及2025年前6个月，公司收入分别为人民币2.10亿元、3.40亿元及2.05亿元；"
        "同期净亏损分别为1.20亿元、0.80亿元及0.15亿元。\n"
        "\n"
        "2）11月27日，宁波汇拓材料股份有限公司再度递表。2022年至2024年及2025年前9个月，公司营收分别为"
        "5.10亿元、6.20亿元、7.30亿元及6.40亿元。\n"
    )
    facts = run(d).facts
    first = [f for f in facts if f.metric == "revenue" and f.unit == "CNY" and f.value < 5e8]
    assert {(f.value, f.period) for f in first} == {(2.1e8, "2023"), (3.4e8, "2024"), (2.05e8, "2025Q1-2025Q2")}
    assert {f.subject for f in first} == {"杭州澜峰医疗科技股份有限公司"}
    loss = one(facts, value=-8e7)
    assert loss.period == "2024" and loss.subject == "杭州澜峰医疗科技股份有限公司"
    second = [f for f in facts if f.metric == "revenue" and f.unit == "CNY" and f.value >= 5e8]
    assert [f.period for f in sorted(second, key=lambda f: f.start)] == ["2022", "2023", "2024", "2025Q1-2025Q3"]
    assert {f.subject for f in second} == {"宁波汇拓材料股份有限公司"}


def test_an_annual_summary_reads_its_business_lines_table_one_metric_a_column() -> None:
    d = build(
        ANNUAL_HEAD + "主营业务分产品情况\n"
        "单位：万元\n"
        "项目 营业收入 营业成本 毛利率 营业收入比上年同期增减 营业成本比上年同期增减 毛利率比上年同期增减\n"
        "谐波减速器 83,600.00 58,520.00 30.00% 12.40% 10.10% 增加1.46个百分点\n"
        "伺服电机 41,000.00 32,390.00 21.00% -3.20% -2.00% 减少0.97个百分点\n"
    )
    facts = run(d).facts
    revenue = one(facts, subject="谐波减速器", metric="revenue", unit="CNY")
    assert revenue.value == 8.36e8 and revenue.period == "2024"
    assert one(facts, subject="谐波减速器", metric="cost of revenue", unit="CNY").value == 5.852e8
    assert one(facts, subject="伺服电机", metric="gross margin", unit="%").value == 21.0
    assert one(facts, subject="伺服电机", metric="revenue", unit="%").value == -3.2
    margin = one(facts, subject="伺服电机", metric="gross margin", unit="pp")
    assert margin.value == -0.97 and margin.change == "yoy"


def test_a_quote_sites_table_dated_by_month_reads_each_column_as_its_span() -> None:
    d = build(
        "首页 > A股 > 个股 > 澄川精工(002917) > 公司资料 > 财务比率\n"
        "\n"
        "澄川精工(002917)　最新价 32.10\n"
        "\n"
        "财务比率　单位：% 除特别注明外\n"
        "报告期 2025/06 - 六个月 2024/12 2023/12\n"
        "净资产收益率 ROE (%) 6.215 11.830 10.402\n"
        "营业收入同比增长率 (%) 12.610 18.004 9.557\n"
        "资产负债率 (%) 41.226 39.870 42.015\n"
    )
    facts = run(d).facts
    roe = one(facts, metric="return on equity", value=6.215)
    assert roe.unit == "%" and roe.period == "2025Q1-2025Q2"
    assert one(facts, metric="return on equity", value=11.83).period == "2024"
    growth = one(facts, metric="revenue", value=12.61)
    assert growth.unit == "%" and growth.change == "yoy" and growth.period == "2025Q1-2025Q2"
    assert one(facts, metric="gearing ratio", value=41.226).period == "2025Q2"  # a balance: at the column's end
    assert not [f for f in facts if f.value in (6.0, 12.0)]  # the head's months are no figures


def test_a_quote_sites_table_run_on_after_its_head_keeps_a_per_share_row_in_yuan() -> None:
    d = build(
        "澄川精工(002917)　主要财务指标\n"
        "\n"
        "主要财务指标　单位：人民币万元\n"
        "报告期 2025/09 - 九个月 2024/12营业收入 86,342.57 101,608.30基本每股收益（元） 0.62 0.81\n"
    )
    facts = run(d).facts
    assert one(facts, metric="revenue", period="2025Q1-2025Q3").value == pytest.approx(8.634257e8)
    eps = one(facts, metric="EPS", value=0.62)
    assert eps.unit == "CNY" and eps.period == "2025Q1-2025Q3"


def test_a_dividend_for_every_ten_shares_is_a_tenth_of_it_a_share() -> None:
    d = build(ANNUAL_HEAD + "董事会审议通过的利润分配预案为：以总股本300,000,000股为基数，向全体股东每10股派发现金红利2.50元（含税）。\n")
    dividend = one(run(d).facts, metric="dividend")
    assert dividend.value == 0.25 and dividend.unit == "CNY" and dividend.period == "2024"


def test_a_cost_floor_set_as_a_share_of_sales_is_the_costs_ratio() -> None:
    d = build(ANNUAL_HEAD + "2025年，公司计划研发投入不低于营业收入的5%。\n")
    ratio = one(run(d).facts, value=5.0)
    assert ratio.metric == "R&D expense ratio" and ratio.qualifier == "over" and ratio.period == "2025"
    d = build(ANNUAL_HEAD + "公司境外收入占营业收入的比例为35.2%。\n")
    assert one(run(d).facts, value=35.2).metric == "share of revenue"  # a part of sales, no cost


def test_a_funds_benchmark_and_a_holdings_weight_are_no_firms_figures() -> None:
    d = build(
        "首页 > 基金 > 基金动态\n"
        "2025-10-24 09:12　来源：基金观察\n"
        "\n"
        "报告期内，该基金A类份额净值增长率为12.41%，同期业绩比较基准收益率为8.26%。"
        "三季度末第一大重仓股为澄川精工（002917），期末市值3.02亿元，占基金资产净值比例9.25%。\n"
        "\n"
        "基金经理表示，澄川精工三季度营收同比增长32.7%。\n"
    )
    facts = run(d).facts
    assert not [f for f in facts if f.value in (8.26, 9.25)]
    assert one(facts, value=32.7).subject == "澄川精工"


def test_an_offer_price_range_is_no_share_price_fact() -> None:
    d = build(LISTINGS + "招股方面，澄川新能源（代码：2719）招股价区间为每股12.80港元至14.60港元，预期12月5日上市。\n")
    assert not [f for f in run(d).facts if f.value == 12.8]


def test_a_projects_planned_total_investment_is_for_the_year_it_names_not_the_reports() -> None:
    d = build(ANNUAL_HEAD + "新基地扩产项目计划总投资5.6亿元，预计2026年投产。\n")
    investment = one(run(d).facts, value=5.6e8)
    assert investment.period == "2026"
