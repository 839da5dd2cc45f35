"""Chinese pages of more kinds: a Hong Kong interim statement whose year heads stand over a notes column and a line of
units, a Taiwanese story naming a maker by its kind before its name, carmakers' monthly deliveries compared with the
month before, a balance bracketed with last year end's.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build

HK_HEAD = (
    "澄峰醫療控股有限公司\n"
    "（股份代號：2391）\n"
    "截至二零二五年六月三十日止六個月\n"
    "中期業績公告\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_hk_statement_reads_its_year_columns_in_the_units_written_under_them() -> None:
    d = build(
        HK_HEAD + "簡明綜合損益表\n"
        "附註 二零二五年 二零二四年\n"
        "人民幣千元 人民幣千元\n"
        "（未經審核） （未經審核）\n"
        "收益 4 1,482,356 1,265,918\n"
        "毛利 678,939 563,773\n"
    )
    facts = run(d).facts
    revenue = one(facts, metric="revenue", value=1.482356e9)
    assert revenue.unit == "CNY" and revenue.period == "2025Q1-2025Q2" and revenue.basis is None
    before = one(facts, metric="revenue", value=1.265918e9)
    assert before.period == "2024Q1-2024Q2" and before.basis == "prior"
    assert one(facts, metric="gross profit", value=6.78939e8).period == "2025Q1-2025Q2"
    assert not [f for f in facts if f.value in (4, 4000)]  # the note's number is no figure


def test_a_balance_bracketed_with_last_year_ends_is_that_dates_comparative() -> None:
    d = build(
        HK_HEAD + "於二零二五年六月三十日，本集團的現金及現金等價物約為人民幣1,905.6百萬元"
        "（二零二四年十二月三十一日：人民幣1,738.2百萬元）。\n"
    )
    before = one(run(d).facts, value=1.7382e9)
    assert before.metric == "cash" and before.period == "2024Q4" and before.basis == "prior"


def test_a_maker_named_after_its_kind_is_named_without_it() -> None:
    d = build(
        "晟瑞法說會／第3季毛利率創新高\n"
        "2025-11-06 21:15 經濟日報／ 記者李彥霖／台北即時報導\n"
        "散熱模組廠晟瑞科技（3588）今（6）日召開法說會，公布第3季合併營收新台幣86.42億元，季增11.3%。\n"
        "累計前3季，晟瑞營收229.71億元，年增19.8%。\n"
    )
    assert identify(d).company == "晟瑞科技"


def test_a_months_change_on_the_month_before_is_no_quarter_on_quarter_change() -> None:
    d = build(
        "11月新势力交付榜\n"
        "2025-12-01 19:32 来源：界面新闻\n"
        "12月1日，多家新势力车企公布11月交付数据。\n"
        "启航汽车11月交付新车42,136辆，同比增长58.2%，环比增长12.4%。\n"
    )
    facts = run(d).facts
    assert one(facts, value=58.2).change == "yoy"
    month = one(facts, value=12.4)
    assert month.change is None and month.period == "2025-11"


def test_a_span_of_dates_from_new_year_is_the_months_to_its_last_day() -> None:
    d = build(
        "证券代码：601376　　证券简称：安和保险　　公告编号：临2025-052\n"
        "安和保险集团股份有限公司\n"
        "本公司之子公司安和人寿保险股份有限公司（以下简称“安和人寿”）和安和财产保险股份有限公司（以下简称“安和财险”）"
        "于2025年1月1日至2025年11月30日期间累计原保险保费收入分别为人民币1,286.47亿元和人民币512.93亿元。\n"
    )
    facts = run(d).facts
    life = one(facts, value=1.28647e11)
    casualty = one(facts, value=5.1293e10)
    assert life.period == casualty.period == "2025-01-2025-11"
    assert (life.subject, casualty.subject) == ("安和人寿", "安和财险")  # each short name stands for its firm


def test_in_a_story_of_several_carmakers_the_company_is_the_one_just_named() -> None:
    d = build(
        "11月新势力交付榜\n"
        "2025-12-01 19:32 来源：界面新闻\n"
        "蓝途汽车11月交付26,508辆，同比增长103.5%；今年以来累计交付21.96万辆，公司全年交付目标为25万辆。\n"
        "星屿汽车11月交付新车15,274辆，同比下降8.6%。公司表示，新车型将于12月上市，预计第四季度交付量为5万至5.5万辆。\n"
    )
    facts = run(d).facts
    assert one(facts, value=250000).subject == "蓝途汽车"
    outlook = one(facts, value=50000)
    assert outlook.subject == "星屿汽车" and outlook.value_high == 55000  # "新车型将" names no firm


def test_a_per_cent_of_a_whole_named_before_it_is_a_share() -> None:
    d = build(
        "11月新势力交付榜\n"
        "2025-12-01 19:32 来源：界面新闻\n"
        "启航汽车11月交付新车42,136辆。其中，11月海外市场交付5,820辆，占当月交付量的13.8%。\n"
    )
    share = one(run(d).facts, value=13.8)
    assert share.metric == "share" and share.change is None


def test_the_reported_quarters_share_an_outlook_starts_from_is_no_outlook() -> None:
    d = build(
        "晟瑞法說會／第3季毛利率創新高\n"
        "2025-11-06 21:15 經濟日報／ 記者李彥霖／台北即時報導\n"
        "散熱模組廠晟瑞科技（3588）今（6）日召開法說會，公布第3季合併營收新台幣86.42億元。\n"
        "展望第4季，伺服器散熱產品營收比重可望由第3季的42%提升至45%以上。\n"
    )
    facts = run(d).facts
    base = one(facts, value=42)
    assert not base.metric.endswith("guidance") and base.period == "2025Q3" and base.basis == "prior"
    assert one(facts, value=45).metric.endswith("guidance")


def test_a_breakdown_attached_under_its_caption_is_read_row_by_row() -> None:
    d = build(
        "证券代码：601376　　证券简称：安和保险　　公告编号：临2025-052\n"
        "安和保险集团股份有限公司\n"
        "关于子公司2025年1月至11月原保险保费收入的公告\n"
        "附：安和人寿原保险保费收入明细\n"
        "单位：人民币万元\n"
        "项目 2025年1-11月 较上年同期增减\n"
        "个人业务 11,823,516 6.8%\n"
        "团体业务 1,041,184 -2.3%\n"
        "合计 12,864,700 6.0%\n"
    )
    facts = run(d).facts
    part = one(facts, value=1.1823516e11)
    assert (part.subject, part.metric, part.unit, part.period) == ("个人业务", "written premium", "CNY", "2025-01-2025-11")
    drop = one(facts, value=-2.3)
    assert drop.subject == "团体业务" and drop.change == "yoy"
    total = one(facts, value=1.28647e11)
    assert total.subject == "安和人寿"  # the total row is the caption's firm's own
