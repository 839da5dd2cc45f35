"""Chinese results stories and filings: a market estimate set beside a result covers its own sentence only, a fall
written 下跌 continues the revenue before it, "增值" names a value-added business (no rise), "在线" opens a business
line's name, and the names insurers, miners and US-listed firms give their measures (保险业务收入, 铜精矿含铜产量,
锌产量, 现金、现金等价物及短期投资).

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


def test_the_results_after_a_market_estimate_beside_revenue_are_the_companys() -> None:
    facts = facts_of(
        "优禾集团第三季度财报\n\n2025年11月20日\n\n财报显示，第三季度优禾集团总营收为人民币86.2亿元，同比增长9.1%，市场预期为81.5亿元。"
        "归属于普通股股东的净利润为人民币12.8亿元，同比增长12.6%。"
    )
    profit = one(facts, value=1280000000.0)
    assert profit.metric == "net income attributable to shareholders"
    assert profit.period == "2025Q3"
    assert one(facts, value=12.6).change == "yoy"
    assert not [f for f in facts if f.value == 8150000000.0]


def test_a_market_forecast_opening_its_story_still_covers_the_next_sentence() -> None:
    facts = facts_of("优禾集团第三季度前瞻\n\n市场平均预料优禾集团第三季营收为97.4亿元。经调整净利润为15.2亿元。")
    assert not [f for f in facts if f.value in (9740000000.0, 1520000000.0)]


def test_a_fall_written_xiadie_is_the_change_of_the_revenue_before() -> None:
    facts = facts_of("禾悦服务公布中期业绩\n\n上半年，社区服务收益为人民币6.27亿元，同比下跌4.8%。")
    fall = one(facts, value=-4.8)
    assert (fall.subject, fall.metric, fall.change) == ("社区服务", "revenue", "yoy")


def test_value_added_services_revenue_is_a_level_not_a_rise() -> None:
    facts = facts_of("禾悦服务公布中期业绩\n\n上半年，社区增值服务收益为人民币3.27亿元，按年增长4.8%。")
    revenue = one(facts, value=327000000.0)
    assert (revenue.subject, revenue.metric, revenue.change) == ("社区增值服务", "revenue", None)


def test_online_opens_a_business_lines_name() -> None:
    facts = facts_of("优禾集团第三季度财报\n\n按业务划分，第三季度在线营销服务收入为人民币21.7亿元，同比增长7.8%。")
    assert one(facts, value=2170000000.0).subject == "在线营销服务"


def test_an_insurers_insurance_business_revenue_is_its_written_premium() -> None:
    facts = facts_of("安和人寿三季报\n\n2025年前三季度，安和人寿实现保险业务收入256.4亿元，同比增长4.2%；实现净利润31.6亿元。")
    premium = one(facts, value=25640000000.0)
    assert premium.metric == "written premium"
    assert premium.subject != "保险业务"
    assert one(facts, value=3160000000.0).subject != "保险业务"


def test_copper_in_concentrate_and_zinc_are_the_miners_production() -> None:
    facts = facts_of(
        "金岫矿业第三季度生产报告\n\n2025-10-16\n\n季内，金岫矿业铜精矿含铜产量为1.82万吨，按年增长12.1%；锌产量为2.15万吨，按年下跌5.7%。"
    )
    copper = one(facts, value=18200.0)
    assert copper.metric == "copper production"
    assert "含" not in copper.subject
    zinc = one(facts, value=21500.0)
    assert zinc.metric == "zinc production"
    assert one(facts, value=-5.7).metric == "zinc production"


def test_cash_equivalents_and_short_term_investments_are_cash() -> None:
    facts = facts_of("优禾集团第三季度财报\n\n截至2025年9月30日，优禾集团持有现金、现金等价物及短期投资合计人民币126.8亿元。")
    assert one(facts, value=12680000000.0).metric == "cash"


def test_a_sector_notes_own_forecast_is_no_fact() -> None:
    facts = facts_of(
        "食品饮料行业点评：白酒板块三季报总结\n\n华辰证券　2025-11-03 08:15\n\n行业评级：增持（维持）\n\n"
        "个股方面，泓川酒业前三季度实现营收41.36亿元，同比增长5.1%。\n\n"
        "投资建议：我们预计泓川酒业2025-2026年归母净利润分别为26.5、28.1亿元，维持“买入”评级。"
    )
    assert one(facts, value=4136000000.0).subject == "泓川酒业"
    assert not [f for f in facts if f.value in (2650000000.0, 2810000000.0)]


def test_a_bracketed_quarter_with_its_fall_is_that_quarters_change() -> None:
    facts = facts_of(
        "味川餐飲集團有限公司\n\n二零二五年第三季度營運更新\n\n"
        "於二零二五年第三季度，本集團同店銷售額按年增長3.8%（二零二四年第三季度：下降1.2%）。",
        "zh-Hant",
    )
    assert one(facts, value=3.8).period == "2025Q3"
    prior = one(facts, value=-1.2)
    assert (prior.metric, prior.period, prior.basis) == ("same-store sales", "2024Q3", "prior")


def test_growth_on_a_comparable_basis_continues_the_value_before() -> None:
    facts = facts_of("安和人寿三季报\n\n2025-10-31\n\n负债端，前三季度安和人寿新业务价值为62.8亿元，按可比口径同比增长38.5%。")
    growth = one(facts, value=38.5)
    assert (growth.metric, growth.change, growth.period) == ("new business value", "yoy", "2025Q1-2025Q3")


def test_a_pre_market_share_move_is_no_fact() -> None:
    facts = facts_of(
        "优禾集团第三季度财报\n\n2025年11月20日\n\n第三季度优禾集团总营收为人民币86.2亿元，同比增长9.1%。\n\n"
        "消息公布后，优禾集团股价盘前上涨4.3%，报28.6美元。"
    )
    assert one(facts, value=9.1).metric == "revenue"
    assert not [f for f in facts if f.value == 4.3]
