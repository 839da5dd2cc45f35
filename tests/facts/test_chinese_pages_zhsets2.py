"""Chinese pages of kinds a reader meets daily: a results preannouncement with its ranges, a sector weekly whose
items open on a firm's name in brackets, a Taiwanese story quoting analysts' estimates, an interview whose answers
are labelled with the executive's name, a question about an unnamed peer.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build, ingest

PREVIEW = (
    "证券代码：002917        证券简称：澄岭科技        公告编号：2026-004\n"
    "深圳澄岭科技股份有限公司\n"
    "2025年度业绩预告\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_preannouncement_reports_the_year_its_title_names_not_the_start_of_its_span() -> None:
    d = build(PREVIEW + "3、公司前三季度已实现归属于上市公司股东的净利润27,800万元。\n")
    sheet = identify(d)
    assert sheet.date is None  # "2025年1月1日至…" opens the span previewed: no dateline
    assert sheet.period == "2025Q4"
    fact = one(run(d).facts, unit="CNY")
    assert fact.period == "2025Q1-2025Q3" and abs(fact.value - 2.78e8) < 1


def test_a_preannouncement_row_is_the_metric_its_name_says_and_its_range_is_one_figure() -> None:
    d = build(
        PREVIEW + "项目 本会计年度 上年同期\n"
        "归属于上市公司股东的净利润 盈利：38,000万元–45,000万元 盈利：26,412.57万元\n"
        "基本每股收益 盈利：0.95元/股–1.12元/股 盈利：0.66元/股\n"
    )
    facts = run(d).facts
    profit = one(facts, value=3.8e8)
    assert profit.metric != "profit" and profit.metric.startswith("net income")
    assert profit.value_high == 4.5e8 and profit.period == "2025"
    eps = one(facts, value=0.95)
    assert eps.value_high == 1.12 and eps.metric.startswith("EPS")


def test_a_buyback_written_as_its_two_bounds_is_one_range() -> None:
    d = build("澄岭科技拟以自有资金回购股份，回购金额不低于1亿元且不超过2亿元，回购价格不超过28元/股。\n")
    fact = one(run(d).facts, value=1e8)
    assert fact.metric.startswith("buyback") and fact.value_high == 2e8
    assert fact.qualifier is None  # the bounds make the range: neither "over" nor "under" it


def test_a_weekly_item_opening_on_a_bracketed_firm_is_that_firms() -> None:
    d = build(
        "证券研究报告 | 行业周报\n"
        "电力设备及新能源行业周报：储能招标维持高位\n"
        "【启岚储能】公司公告前三季度实现营业收入86.42亿元，同比增长32.7%。\n"
        "【丰序光伏】公司前三季度营业收入112.35亿元，同比下降18.4%。\n"
        "五、风险提示\n"
        "公司前三季度营业收入10.00亿元。\n"
    )
    assert identify(d).company is None  # "证券研究报告" names no firm
    facts = run(d).facts
    assert one(facts, value=8.642e9).subject == "启岚储能"
    assert one(facts, value=1.1235e10).subject == "丰序光伏"
    assert one(facts, value=1e9).subject != "丰序光伏"  # the item has ended


def test_a_bracketed_label_names_no_firm() -> None:
    d = build(
        "证券代码：603377        证券简称：华峤食品\n"
        "华峤食品发布三季报\n"
        "【点评】公司前三季度实现营业收入86.42亿元，同比增长32.7%。\n"
    )
    assert one(run(d).facts, value=8.642e9).subject == "华峤食品"


def test_analysts_estimate_after_a_comma_is_none_of_the_companys_figures() -> None:
    d = build(
        "禾晟電子(2471)11月合併營收新台幣38.62億元，年增12.8%。\n"
        "法人預估，禾晟電子今年每股純益可望達8.5元。\n",
        "zh-Hant",
    )
    facts = run(d).facts
    assert not [f for f in facts if f.value == 8.5]
    assert one(facts, value=3.862e9).subject.startswith("禾晟")


def test_an_interview_answer_labelled_with_the_executive_is_the_companys() -> None:
    d = ingest(
        "专访星岚医疗董事长周衡：海外收入占比明年有望超过四成\n\n"
        "2025-11-18 08:05  来源：证券时报  记者：林晓岚\n\n"
        "星岚医疗（300816）今年前三季度实现营业收入24.63亿元，同比增长19.4%。近日，记者专访了公司董事长周衡。\n\n"
        "记者：今年三季度公司收入增速明显加快，主要驱动因素是什么？\n\n"
        "周衡：第三季度我们单季收入8.95亿元，同比增长26.1%。\n\n"
        "记者：海外业务目前在公司收入中的占比是多少？\n\n"
        "周衡：前三季度海外收入占比约34%，去年同期是27%。\n\n"
        "记者：利润率如何？\n\n"
        "周衡：我们前三季度毛利率是61.2%，同比只下降了0.8个百分点。\n"
    )
    assert any(p.speaker for p in d.paragraphs)
    facts = run(d).facts
    assert one(facts, value=8.95e8).subject != "周衡"
    assert one(facts, value=61.2).subject != "周衡"


def test_a_question_about_an_unnamed_peer_gives_no_fact() -> None:
    d = build(
        "星岚医疗（300816）今年前三季度实现营业收入24.63亿元。\n"
        "记者：有同行今年毛利率下降了6个百分点，公司如何应对？\n"
    )
    assert not [f for f in run(d).facts if f.value in (6, -6)]


def test_a_percentage_of_last_years_revenue_is_a_share_not_a_growth() -> None:
    d = build("【宏岭电气】公司中标配网设备集中采购项目，中标金额合计4.82亿元，约占公司2024年营业收入的9.6%。\n")
    fact = one(run(d).facts, value=9.6)
    assert fact.metric == "share of revenue" and fact.change is None
    assert fact.qualifier == "approx"


def test_a_table_of_firms_monthly_revenue_gives_each_row_to_its_firm() -> None:
    d = build(
        "鉅亨網記者 台北 2025-12-08 18:42\n"
        "禾晟電子(2471)11月合併營收新台幣38.62億元，月減4.1%，年增12.8%。\n"
        "表：被動元件廠11月營收（單位：新台幣億元）\n"
        "公司 11月營收 月增率(%) 年增率(%) 前11月營收 累計年增率(%)\n"
        "禾晟電子 38.62 -4.1 12.8 413.55 9.6\n"
        "立晟科技 12.07 -6.5 18.3 128.90 15.2\n"
        "資料來源：公開資訊觀測站\n",
        "zh-Hant",
    )
    rows = [f for f in run(d).facts if f.paragraph == 6]
    assert {f.subject for f in rows} == {"立晟科技"}
    month = one(tuple(rows), value=1.207e9)
    assert month.unit == "TWD" and month.period == "2025-11" and month.metric == "revenue"
    assert one(tuple(rows), value=18.3).change == "yoy"
    assert one(tuple(rows), value=-6.5).change is None  # over the month before: no YoY or QoQ change
    to_date = one(tuple(rows), value=1.289e10)
    assert to_date.period == "2025-01-2025-11"
    assert one(tuple(rows), value=15.2).period == "2025-01-2025-11"


def test_a_preannouncements_growth_range_is_over_the_year_it_previews() -> None:
    d = build(PREVIEW + "1、报告期内，公司预计归属于上市公司股东的净利润比上年同期增长43.87%至70.37%。\n")
    fact = one(run(d).facts, value=43.87)
    assert fact.value_high == 70.37 and fact.change == "yoy" and fact.period == "2025"
