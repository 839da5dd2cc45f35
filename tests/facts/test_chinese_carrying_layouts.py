"""Chinese pages in layouts the rules were not written on: a quarterly report's table whose prior columns are given as
first reported and as restated, and the columns of last year's same quarter and last year end.

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


_RESTATED_TABLE = (
    "证券代码：300222　　证券简称：澄江电气\n\n澄江电气股份有限公司2025年第一季度报告\n\n"
    "（一）主要会计数据和财务指标\n"
    "项目 本报告期 上年同期 本报告期比上年同期增减\n"
    "调整前 调整后 调整后\n"
    "营业收入（元） 512,300,000.00 401,200,000.00 455,000,000.00 12.59%\n"
    "加权平均净资产收益率 3.10% 2.60% 2.85% 0.25%\n"
    "项目 本报告期末 上年度末 本报告期末比上年度末增减\n"
    "调整前 调整后 调整后\n"
    "总资产（元） 6,100,000,000.00 5,700,000,000.00 5,800,000,000.00 5.17%\n"
)


def test_a_quarterly_tables_restated_prior_column_is_the_prior_and_the_first_reported_one_no_fact() -> None:
    facts = run(build(_RESTATED_TABLE)).facts
    revenue = one(facts, value=512_300_000.0)
    assert (revenue.metric, revenue.period, revenue.basis) == ("revenue", "2025Q1", None)
    prior = one(facts, value=455_000_000.0)
    assert (prior.metric, prior.period, prior.basis) == ("revenue", "2024Q1", "prior")
    assert not [f for f in facts if f.value == 401_200_000.0]  # as first reported: superseded by the restated cell
    growth = one(facts, value=12.59)
    assert (growth.metric, growth.change, growth.unit) == ("revenue", "yoy", "%")
    roe_move = one(facts, value=0.25)
    assert (roe_move.unit, roe_move.change) == ("pp", "yoy")


def test_a_quarterly_tables_balance_block_against_the_last_year_end() -> None:
    facts = run(build(_RESTATED_TABLE)).facts
    assets = one(facts, value=6_100_000_000.0)
    assert (assets.metric, assets.period) == ("total assets", "2025Q1")
    year_end = one(facts, value=5_800_000_000.0)
    assert (year_end.period, year_end.basis) == ("2024Q4", "prior")
    move = one(facts, value=5.17)
    assert (move.metric, move.change) == ("total assets", "ytd")
    assert not [f for f in facts if f.value == 5_700_000_000.0]


_PREANNOUNCEMENT = (
    "证券代码：603999　　证券简称：澄江新材　　公告编号：临2026-003\n\n"
    "江苏澄江新材料股份有限公司2025年年度业绩预增公告\n\n"
    "一、本期业绩预告情况\n"
    "预计2025年年度实现归属于母公司所有者的净利润为2.10亿元至2.40亿元。\n"
    "二、上年同期经营业绩和财务状况\n"
    "（一）利润总额：1.62亿元。归属于母公司所有者的净利润：1.40亿元。\n"
    "（二）每股收益：0.35元。\n"
    "三、本期业绩预增的主要原因\n"
    "报告期内，公司非经常性损益约0.20亿元。\n"
)


def test_a_preannouncement_titled_after_the_firms_name_reports_that_year() -> None:
    facts = run(build(_PREANNOUNCEMENT)).facts
    assert one(facts, value=0.2e8).period == "2025"  # "报告期内" of a preannouncement: the year it previews


def test_figures_under_a_section_of_last_years_results_are_last_years_and_the_base() -> None:
    facts = run(build(_PREANNOUNCEMENT)).facts
    profit = one(facts, value=1.40e8)
    assert (profit.metric, profit.period, profit.basis) == ("net income attributable to shareholders", "2024", "prior")
    eps = one(facts, value=0.35)
    assert (eps.metric, eps.period, eps.basis) == ("EPS", "2024", "prior")
    assert one(facts, value=2.10e8).basis is None  # the section before it: this year's range


def test_a_subsidiary_named_after_its_relation_is_the_subject_by_its_own_name() -> None:
    d = build("澄明科技（300111）\n\n报告期内，公司全资子公司青禾储能实现净利润1.15亿元，控股子公司远川智造营业收入3.2亿元。\n")
    facts = run(d).facts
    assert one(facts, value=1.15e8).subject == "青禾储能"
    assert one(facts, value=3.2e8).subject == "远川智造"


def test_a_part_named_after_qizhong_is_not_the_subject_of_the_next_sentence() -> None:
    d = build(
        "澄明科技（300111）\n\n报告期内，公司实现营业收入12.86亿元，其中汽车电子业务实现收入5.62亿元，同比增长31.5%。"
        "研发费用8,215.36万元，同比增长22.4%。\n"
    )
    facts = run(d).facts
    assert one(facts, value=5.62e8).subject == "汽车电子业务"
    rd = one(facts, value=82_153_600.0)
    assert (rd.subject, rd.metric) == ("澄明科技", "R&D expense")


def test_a_preannouncements_rule_threshold_is_no_fact_and_its_office_no_subject() -> None:
    d = build(
        "江苏澄江新材料股份有限公司2025年年度业绩预增公告\n\n"
        "● 业绩预告的具体适用情形：实现盈利，且净利润与上年同期相比上升50%以上。\n"
        "经财务部门初步测算，预计2025年年度实现营业收入约36亿元，同比增长约15%。\n"
    )
    facts = run(d).facts
    assert not [f for f in facts if f.value == 50.0]  # the exchange rule's threshold
    revenue = one(facts, value=3.6e9)
    assert "部门" not in revenue.subject  # who estimated it, no business line: the company's own figure


def test_a_brokers_table_of_actual_and_estimated_years_reads_the_actual_year_only() -> None:
    d = build(
        "澄明科技(300111)：三季报点评\n\n盈利预测与估值\n"
        "指标 2024A 2025E 2026E 2027E\n"
        "营业收入（百万元） 3,821 4,826 5,912 7,004\n"
        "归母净利润（百万元） 412 521 660 802\n"
    )
    facts = run(d).facts
    revenue = one(facts, value=3_821_000_000.0)
    assert (revenue.metric, revenue.period) == ("revenue", "2024")
    assert one(facts, value=412_000_000.0).metric == "net income attributable to shareholders"
    forecasts = {4_826_000_000.0, 5_912_000_000.0, 7_004_000_000.0, 521_000_000.0, 660_000_000.0, 802_000_000.0}
    assert not [f for f in facts if f.value in forecasts]  # a broker's estimates, no facts



def test_a_firm_cited_as_the_source_after_ju_is_named_without_it() -> None:
    d = build("首页 > 公司新闻\n\n多家公司公布业绩\n\n据青川物流发布的三季报，公司前三季度实现营业收入40.2亿元，同比增长11.2%。\n")
    assert one(run(d).facts, value=4.02e9).subject == "青川物流"


def test_monetary_funds_are_the_cash_balance_and_its_move_since_the_year_start() -> None:
    d = build("澄明科技（300111）2025年第三季度报告\n\n期末货币资金为12.3亿元，较年初减少8.1%。\n")
    facts = run(d).facts
    cash = one(facts, value=1.23e9)
    assert (cash.metric, cash.period) == ("cash", "2025Q3")
    move = one(facts, value=-8.1)
    assert (move.metric, move.change) == ("cash", "ytd")


def test_a_subsidiary_whose_trade_name_holds_a_cut_word_keeps_its_whole_name() -> None:
    d = build(
        "宏达股份（600888）\n\n报告期内，公司子公司宏达新能源实现营业收入3.2亿元，全资子公司华为材料实现净利润1.1亿元。"
        "集团旗下远达物流营业收入0.8亿元。\n"
    )
    facts = run(d).facts
    assert one(facts, value=3.2e8).subject == "宏达新能源"  # not a line "新能源" cut after 达
    assert one(facts, value=1.1e8).subject == "华为材料"
    assert one(facts, value=0.8e8).subject == "远达物流"


def test_a_subsidiary_opening_with_the_parents_name_is_no_line_of_the_parent() -> None:
    d = build(
        "小米集团（01810）\n\n报告期内，小米集团全资子公司小米星澜实现营业收入3.2亿元，小米智能手机收入1.5亿元，"
        "子公司小米实现净利润0.5亿元。\n"
    )
    facts = run(d).facts
    assert one(facts, value=3.2e8).subject == "小米星澜"  # the subsidiary, not the parent nor a line "星澜"
    assert one(facts, value=1.5e8).subject == "智能手机"  # the parent's own line, as before
