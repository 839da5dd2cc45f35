"""Chinese notices and quote pages: a notice's one-column table of provisions, what a provision will move a profit by,
a buyback's progress (shares, money, a planned range), a quote site's forecast table beside the years reported, amounts
side by side in a table's cells, Macau patacas declared once, gross gaming revenue, and a listed firm announcing in its
own sentence on a page of no one company.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers, run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def head(short: str, full: str, title: str) -> str:
    return f"证券代码：600988　　证券简称：{short}　　公告编号：2025-041\n{full}{title}\n"


IMPAIRMENTS = head("青岭药业", "青岭药业股份有限公司", "关于2025年半年度计提资产减值准备的公告") + (
    "2025年上半年公司计提各类资产减值准备合计2,150.40万元，具体如下：\n"
    "单位：万元\n"
    "项目 本期计提金额\n"
    "一、信用减值损失 650.20\n"
    "其中：应收账款坏账损失 610.00\n"
    "二、资产减值损失 1,500.20\n"
    "合计 2,150.40\n"
    "本次计提资产减值准备将减少公司2025年半年度合并报表利润总额2,150.40万元。\n"
)


def test_a_notices_one_column_table_holds_the_provisions_of_its_span() -> None:
    facts = run(build(IMPAIRMENTS)).facts
    credit = one(facts, value=6_502_000)
    assert (credit.subject, credit.metric, credit.unit, credit.period) == (
        "青岭药业", "provision for credit losses", "CNY", "2025Q1-2025Q2"
    )
    assert one(facts, value=6_100_000).metric == "bad debt expense"
    assert one(facts, value=15_002_000).metric == "impairment losses"
    assert one(facts, value=21_504_000).metric == "impairment losses"  # the total in the text, from 资产减值准备


def test_what_a_provision_will_take_off_profit_is_no_level_of_profit() -> None:
    facts = run(build(IMPAIRMENTS)).facts
    assert not [f for f in facts if f.metric == "pre-tax profit"]
    grant = run(build(head("青岭药业", "青岭药业股份有限公司", "关于获得政府补助的公告") + "上述补助预计将增加公司2025年度利润总额约860.00万元。\n"))
    assert not [f for f in grant.facts if f.metric == "pre-tax profit"]


BUYBACK = head("禾川食品", "禾川食品股份有限公司", "关于回购公司股份的进展公告") + (
    "预计回购金额 5,000万元~10,000万元\n"
    "截至2025年11月30日，公司通过回购专用证券账户以集中竞价交易方式累计回购公司股份2,150,000股，占公司目前总股本的0.52%，"
    "最高成交价为12.30元/股，最低成交价为10.05元/股，成交总金额为24,581,300.00元（不含交易费用）。"
    "其中，2025年11月公司回购股份300,000股，成交金额为352.80万元。\n"
)


def test_a_buyback_progress_notice_gives_the_shares_and_the_money_spent() -> None:
    facts = run(build(BUYBACK)).facts
    assert one(facts, value=2_150_000).metric == "shares repurchased"
    assert one(facts, value=0.52).subject == "禾川食品"  # "公司目前总股本": no subject "目前"
    assert one(facts, value=24_581_300).metric == "buyback"
    month = one(facts, value=300_000)
    assert (month.metric, month.period) == ("shares repurchased", "2025-11")
    assert one(facts, value=3_528_000).metric == "buyback"
    assert not [f for f in facts if f.value in (12.3, 10.05)]  # the prices paid are share prices


def test_a_buybacks_planned_range_is_its_authorization_and_no_estimate() -> None:
    planned = one(run(build(BUYBACK)).facts, value=50_000_000)
    assert (planned.metric, planned.value_high, planned.qualifier) == ("buyback authorization", 100_000_000, None)


def test_a_tilde_between_two_amounts_is_the_ranges_dash() -> None:
    (m,) = numbers.scan("营业收入5亿元~6亿元")
    assert (m.value, m.value_high, m.qualifier) == (500_000_000, 600_000_000, None)
    (n,) = numbers.scan("营业收入约5亿元~6亿元")
    assert n.qualifier == "approx"


def test_decimal_amounts_side_by_side_are_two_cells() -> None:
    assert [m.value for m in numbers.scan("营业收入(元) 12.40亿 13.85亿")] == [1_240_000_000, 1_385_000_000]
    assert [m.value for m in numbers.scan("营收3亿4500万元")] == [345_000_000]


def test_a_forecast_tables_reported_years_are_read_and_its_forecasts_are_not() -> None:
    facts = run(
        build(
            "澜江银行(601177) 盈利预测\n"
            "详细指标预测\n"
            "预测指标 2023(实际值) 2024(实际值) 预测2025(平均) 预测2026(平均)\n"
            "营业收入(元) 52.10亿 55.36亿 58.02亿 61.44亿\n"
            "营业收入增长率 4.12% 6.26% 4.80% 5.90%\n"
            "净资产收益率 10.25% 9.86% 9.60% 9.50%\n"
        )
    ).facts
    latest = one(facts, value=5_536_000_000)
    assert (latest.metric, latest.unit, latest.period, latest.basis) == ("revenue", "CNY", "2024", None)
    earlier = one(facts, value=5_210_000_000)
    assert (earlier.period, earlier.basis) == ("2023", "prior")
    growth = one(facts, value=4.12)
    assert (growth.change, growth.period, growth.basis) == ("yoy", "2023", None)
    assert one(facts, value=9.86).metric == "return on equity"
    assert not [f for f in facts if f.value in (5_802_000_000, 6_144_000_000, 4.8, 5.9, 9.6, 9.5)]


def test_macau_patacas_declared_once_hold_for_the_pages_amounts() -> None:
    facts = run(
        build("濠景百貨(1288)公布，11月營業額為3.26億元（澳門元，下同），按年增長4.1%。\n", language="zh-Hant")
    ).facts
    assert one(facts, value=326_000_000).unit == "MOP"


def test_an_operators_casinos_are_the_operator_announcing_them() -> None:
    facts = run(
        build(
            "首頁 > 財經 > 即時財經新聞\n"
            "澳門10月賭收按年升6.2%\n"
            "2025年11月1日 星期六 16:05\n"
            "博彩監察協調局公布，10月澳門幸運博彩毛收入為201.40億元（澳門元，下同），按年上升6.2%。\n"
            "市場消息指，業界預料11月賭收可達210億元。\n"
            "另外，濠嶺國際(1366)同日公布，集團旗下娛樂場10月博彩毛收入約28.6億元，按年增長9.5%。\n",
            language="zh-Hant",
        )
    ).facts
    market = one(facts, value=20_140_000_000)
    assert (market.subject, market.metric, market.unit) == ("澳门", "gross gaming revenue", "MOP")
    operator = one(facts, value=2_860_000_000)
    assert (operator.subject, operator.metric) == ("濠嶺國際", "gross gaming revenue")
    assert one(facts, value=9.5).subject == "濠嶺國際"
