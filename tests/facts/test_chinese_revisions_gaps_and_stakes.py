"""Chinese filings and stories: a preannouncement revision's table and its earlier forecast, the gap between two firms'
figures, a firm's stake in a project.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import ingest

REVISION = (
    "证券代码：300456        证券简称：岚汐材料        公告编号：2026-011\n\n"
    "岚汐材料股份有限公司\n2025年度业绩预告修正公告\n\n"
    "一、本期业绩预计情况\n\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n\n"
)
"""The head of a fictional firm's notice revising its annual preannouncement."""


def _about(facts: tuple[Fact, ...], value: float) -> list[Fact]:
    return [f for f in facts if abs(f.value - value) < 1]


def test_the_revised_column_of_a_revision_table_is_the_years_forecast_and_the_replaced_one_no_fact() -> None:
    facts = tuple(
        run(
            ingest(
                REVISION + "项目　本会计年度（修正前）　本会计年度（修正后）　上年同期\n"
                "归属于上市公司股东的净利润　盈利：12,000万元–14,000万元　盈利：8,200万元–9,100万元　盈利：10,350.20万元\n"
            )
        )
    )
    assert not _about(facts, 1.2e8)  # the forecast the revision replaces
    [revised] = _about(facts, 8.2e7)
    assert revised.value_high == 9.1e7
    assert revised.metric.startswith("net income")
    assert revised.period == "2025"
    [prior] = _about(facts, 1.035020e8)
    assert (prior.period, prior.basis) == ("2024", "prior")


def test_the_earlier_forecast_a_revision_recalls_is_no_fact() -> None:
    facts = tuple(
        run(
            ingest(
                REVISION + "2、前次业绩预告情况：公司于2026年1月22日披露了《2025年度业绩预告》，预计2025年度归属于上市公司股东的"
                "净利润为12,000万元–14,000万元。\n\n"
                "3、修正后的预计业绩：预计2025年度归属于上市公司股东的净利润为8,200万元–9,100万元。\n"
            )
        )
    )
    assert not _about(facts, 1.2e8)
    [revised] = _about(facts, 8.2e7)
    assert revised.period == "2025"


def test_the_gap_between_two_firms_margins_is_no_move_of_either() -> None:
    facts = tuple(
        run(
            ingest(
                "两家铜箔龙头三季报对比\n\n"
                "2025-10-30 来源：东岸财经\n\n"
                "毛利率方面，汐川科技前三季度毛利率为27.4%，较岚峰股份高出6.2个百分点；岚峰股份毛利率为21.2%，"
                "同比下降3.1个百分点。\n"
            )
        )
    )
    assert not _about(facts, 6.2)
    [fall] = [f for f in facts if f.unit == "pp"]
    assert fall.subject.startswith("岚峰")
    assert (fall.value, fall.change) == (-3.1, "yoy")


def test_a_gap_against_last_year_stays_a_figure() -> None:
    facts = tuple(
        run(
            ingest(
                "汐川科技2025年三季报点评\n\n"
                "公司前三季度毛利率为27.4%，较上年同期高出2.6个百分点。\n"
            )
        )
    )
    [move] = [f for f in facts if f.unit == "pp"]
    assert (move.value, move.metric) == (2.6, "gross margin")


def test_a_developers_stake_in_a_new_project_is_no_fact() -> None:
    facts = tuple(
        run(
            ingest(
                "证券代码：600812  证券简称：汐庭地产  公告编号：临2025-090\n\n"
                "汐庭地产股份有限公司2025年11月销售简报\n\n"
                "2025年11月，公司实现合同销售金额21.6亿元，同比减少6.2%。\n\n"
                "2025年11月，公司新增1个项目，位于嘉兴市，土地总价约9.8亿元，公司权益比例为65%。\n"
            )
        )
    )
    assert not [f for f in facts if f.unit == "%" and f.value == 65]
    assert [f for f in facts if f.value == 2.16e9]


ANNUAL = (
    "证券代码：002871        证券简称：汐禾股份        公告编号：2026-015\n\n"
    "汐禾智能装备股份有限公司2025年年度报告摘要\n\n"
    "二、公司基本情况\n\n"
    "1、主要会计数据和财务指标\n\n单位：元\n\n"
    "项目　2025年　2024年　本年比上年增减\n\n"
    "营业收入　1,848,771,001.50　1,602,315,400.20　15.38%\n\n"
)
"""The head of a fictional firm's annual report summary, with its main data."""


def test_an_annual_reports_quarters_table_gives_each_column_its_quarter() -> None:
    facts = tuple(
        run(
            ingest(
                ANNUAL + "分季度主要财务数据\n\n单位：元\n\n"
                "项目　第一季度　第二季度　第三季度　第四季度\n\n"
                "营业收入　410,220,100.50　452,830,200.00　470,118,300.25　515,602,400.75\n\n"
                "归属于上市公司股东的净利润　30,402,100.10　35,220,800.00　-2,105,300.40　41,880,600.20\n"
            )
        )
    )
    by_value = {f.value: f for f in facts}
    assert (by_value[410220100.5].metric, by_value[410220100.5].period) == ("revenue", "2025Q1")
    assert by_value[515602400.75].period == "2025Q4"
    assert (by_value[-2105300.4].metric, by_value[-2105300.4].period) == ("net income attributable to shareholders", "2025Q3")
    assert all(f.basis is None for f in facts if f.period and f.period.startswith("2025Q"))


RELEASE = "岚驰汽车公布2025年第三季度未经审计财务业绩\n\n"
"""The title of a fictional carmaker's quarterly results press release."""


def test_a_clause_of_an_earlier_period_alone_is_that_periods_figure_of_the_metric_before() -> None:
    facts = tuple(run(ingest(RELEASE + "毛利率为16.4%，2024年第三季度为12.9%。\n")))
    [base] = _about(facts, 12.9)
    assert (base.metric, base.period, base.basis) == ("gross margin", "2024Q3", "prior")


def test_an_earlier_periods_amount_after_a_loss_is_left_unread() -> None:
    facts = tuple(run(ingest(RELEASE + "经营亏损为人民币12.6亿元，2024年第三季度为人民币19.8亿元。\n")))
    assert [f.value for f in facts if f.unit == "CNY"] == [-1.26e9]
