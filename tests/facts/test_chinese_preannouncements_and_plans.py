"""Chinese filings and stories: a preannouncement's table of this year against last, the effect of non-recurring
items, a plan that names no period or a later one, a whole year's outlook, dividends written in cents of a named
currency.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers, run
from finbrief.model import Fact

from .builders import build, ingest

PREVIEW = (
    "证券代码：300123        证券简称：云岚电子        公告编号：2026-002\n\n"
    "云岚电子股份有限公司\n2025年度业绩预告\n\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def near(facts: tuple[Fact, ...], value: float) -> Fact:
    hits = [f for f in facts if abs(f.value - value) < 1]
    assert len(hits) == 1, (value, [(f.metric, f.value, f.period) for f in facts])
    return hits[0]


def test_a_prior_year_cell_of_a_preannouncement_table_is_its_rows_metric_last_year() -> None:
    facts = run(
        ingest(
            PREVIEW + "项目 本会计年度 上年同期\n"
            "归属于上市公司股东的净利润 盈利：12,000万元–15,000万元 盈利：9,812.40万元\n"
            "扣除非经常性损益后的净利润 盈利：11,000万元–14,000万元 盈利：8,905.12万元\n"
        )
    ).facts
    prior = near(facts, 9.8124e7)
    assert (prior.metric, prior.period, prior.basis) == ("net income attributable to shareholders", "2024", "prior")
    this_year = near(facts, 1.2e8)
    assert (this_year.metric, this_year.period, this_year.basis) == ("net income attributable to shareholders", "2025", None)


def test_the_effect_of_non_recurring_items_on_net_income_is_those_items() -> None:
    facts = run(
        ingest(
            PREVIEW + "2、公司前三季度已实现归属于上市公司股东的净利润9,800万元，据此测算，第四季度预计实现归属于上市公司股东的"
            "净利润2,200万元至5,200万元。\n\n"
            "3、预计报告期内非经常性损益对净利润的影响金额约为1,200万元，上年同期为907.28万元，主要为政府补助。\n"
        )
    ).facts
    now, before = near(facts, 1.2e7), near(facts, 9.0728e6)
    assert now.metric.startswith("non-recurring items") and now.period == "2025"
    assert (before.metric, before.period, before.basis) == ("non-recurring items", "2024", "prior")
    assert near(facts, 2.2e7).period == "2025Q4"


def test_a_non_recurring_items_total_is_no_net_income() -> None:
    facts = run(build("云岚电子2025年前三季度非经常性损益合计3,200万元，扣除非经常性损益的净利润2.1亿元。")).facts
    assert one(facts, value=3.2e7).metric == "non-recurring items"
    assert one(facts, value=2.1e8).metric == "net income excluding non-recurring items"


STORY = (
    "专访云岚电子董事长李明：海外业务继续放量\n\n"
    "2025-11-18 08:05  来源：某某网  记者：王涛\n\n"
    "云岚电子（300123）今年前三季度实现营业收入12.63亿元，同比增长15.4%。\n\n"
)


def test_a_whole_years_revenue_growth_is_the_years_not_the_quarters() -> None:
    facts = run(
        ingest(STORY + "记者：对全年业绩有什么预期？\n\n李明：第三季度单季收入4.95亿元。全年收入增长18%左右，我们有信心。\n")
    ).facts
    growth = one(facts, value=18.0)
    assert (growth.metric.removesuffix(" guidance"), growth.change, growth.period) == ("revenue", "yoy", "2025")


def test_a_plan_is_for_the_year_its_sentence_names_not_a_month_already_passed() -> None:
    facts = run(
        ingest(STORY + "李明：新基地一期已于8月投产，设计年产能约120万套；二期计划投资约4亿元，预计2027年投产。\n")
    ).facts
    plan = one(facts, value=4e8)
    assert plan.metric == "investment" and plan.period == "2027"


def test_a_buyback_a_firm_intends_is_of_no_reported_span() -> None:
    facts = run(
        ingest(
            STORY + "【云岚电子】公司拟以自有资金回购股份，回购金额不低于5000万元且不超过1亿元，回购价格不超过32元/股。\n"
        )
    ).facts
    buyback = one(facts, value=5e7)
    assert buyback.metric.startswith("buyback") and buyback.period is None


def test_cents_after_a_named_currency_are_that_currencys() -> None:
    # (the scanner reads the simplified view of a page)
    hkd = [m for m in numbers.scan("中期股息每股港币 9.32 仙。") if m.unit]
    assert [(m.unit, round(m.value, 4)) for m in hkd] == [("HKD", 0.0932)]
    rmb = [m for m in numbers.scan("中期：人民币 7.90 分（相当于港币 8.62 仙）") if m.unit]
    assert [(m.unit, round(m.value, 4)) for m in rmb] == [("CNY", 0.079), ("HKD", 0.0862)]


def test_a_score_in_fen_stays_no_money() -> None:
    assert not [m for m in numbers.scan("该产品在评测中得到92分（满分100分）。") if m.unit in ("CNY", "HKD")]


def test_a_traditional_page_gives_a_hong_kong_cent_dividend_in_hkd() -> None:
    facts = run(build("嘉峻控股（1688）公佈中期業績，董事會宣派中期股息每股港幣 9.32 仙。", "zh-Hant")).facts
    assert one(facts, unit="HKD").value == 0.0932


def test_dividend_parts_under_a_per_share_heading_are_dividends() -> None:
    facts = run(
        ingest(
            "嘉峻控股有限公司\n股份代號：1688\n\n財務摘要\n\n每股股息\n中期：人民幣 7.90 分（相當於港幣 8.62 仙）\n"
            "末期：人民幣 12.10 分（相當於港幣 13.20 仙）\n"
        )
    ).facts
    cny = sorted((f.metric, round(f.value, 4)) for f in facts if f.unit == "CNY")
    assert cny == [("dividend", 0.079), ("dividend", 0.121)]


def test_a_part_label_under_no_heading_names_no_metric() -> None:
    facts = run(ingest("嘉峻控股有限公司\n股份代號：1688\n\n中期：人民幣 7.90 分（相當於港幣 8.62 仙）\n")).facts
    assert not [f for f in facts if f.metric == "dividend"]


DATED = "云岚电子：前三季度业绩稳健\n\n2025-11-18 08:05  来源：某某网  记者：王涛\n\n"


def test_a_clause_of_the_year_ago_period_and_a_rate_is_that_rates_level_a_year_before() -> None:
    facts = run(ingest(DATED + "云岚电子（300123）前三季度海外收入占比约31%，去年同期是24%；毛利率为41.2%，上年同期为43.5%。\n")).facts
    share, margin = one(facts, value=24.0), one(facts, value=43.5)
    assert (share.metric, share.period, share.basis) == ("share of revenue", "2024Q1-2024Q3", "prior")
    assert (margin.metric, margin.period, margin.basis) == ("gross margin", "2024Q1-2024Q3", "prior")


def test_a_move_said_with_only_and_a_done_mark_keeps_the_metric_before() -> None:
    facts = run(ingest(DATED + "云岚电子（300123）前三季度毛利率是58.2%，同比只下降了0.6个百分点。\n")).facts
    move = one(facts, unit="pp")
    assert (move.metric, move.value, move.change) == ("gross margin", -0.6, "yoy")


def test_a_floor_a_firm_expects_is_its_own_outlook_not_an_estimate_gap() -> None:
    facts = run(ingest(DATED + "云岚电子（300123）前三季度研发投入2.16亿元。明年研发投入预计不低于3亿元。\n")).facts
    floor = one(facts, value=3e8)
    assert (floor.metric, floor.period, floor.qualifier) == ("R&D expense guidance", "2026", "over")
