"""Chinese flashes and quote tables: a wire's dateline in brackets, a month compared with the same month a year before, the
comparison an earlier clause stated carried to a later figure, "上月" in a dated story, a time word run into a name, a
preannouncement's move over the year before, a range of two negative ends, a measure after a grouped figure, a quote
site's pipe table of single quarters, and capacity in kilowatts.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers, run
from finbrief.model import Fact

from .builders import build, ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


FERRY = (
    "岚海轮渡(02318)11月旅客运输量按年升6.2%\n"
    "2025-12-12 18:05　来源：港股通讯\n"
    "【财经网讯】岚海轮渡(02318-HK)公布，2025年11月份旅客运输量864,200人次，较2024年11月上升6.2%，客座率上升1.5个百分点至78.4%。\n"
    "该公司上月运载的货物及邮件合共12,480.5公吨，较去年同期增加3.3%。\n"
    "另外，同业澄港轮渡(00988)上月旅客运输量按年上升9.1%。\n"
)


def test_a_wires_dateline_in_brackets_is_no_firm() -> None:
    facts = run(ingest(FERRY)).facts
    assert one(facts, value=864_200).subject == "岚海轮渡"
    assert not [f for f in facts if "讯" in f.subject]


def test_a_month_against_the_same_month_a_year_before_is_a_yoy_change_carried_along_its_sentence() -> None:
    facts = run(ingest(FERRY)).facts
    growth = one(facts, value=6.2, paragraph=3)
    assert (growth.metric, growth.change, growth.period) == ("passengers", "yoy", "2025-11")
    points = one(facts, value=1.5)
    assert (points.metric, points.unit, points.change) == ("load factor", "pp", "yoy")
    assert one(facts, value=78.4).change is None


def test_a_comparison_with_the_month_before_is_carried_to_no_later_figure() -> None:
    facts = run(build("岚海轮渡2025年11月份旅客运输量864,200人次，环比上升3.1%，客座率上升1.5个百分点至78.4%。")).facts
    assert [f.change for f in facts if f.value == 1.5] in ([], [None])


def test_last_month_in_a_dated_story_is_the_month_before_its_date_and_no_part_of_a_name() -> None:
    facts = run(ingest(FERRY)).facts
    cargo = one(facts, value=12_480.5)
    assert (cargo.subject, cargo.metric, cargo.unit, cargo.period) == ("岚海轮渡", "volumes", "t", "2025-11")
    peer = one(facts, value=9.1)
    assert (peer.subject, peer.period, peer.change) == ("澄港轮渡", "2025-11", "yoy")


def test_a_month_when_something_was_announced_is_no_figures_period() -> None:
    facts = run(ingest("岚海轮渡快讯\n2025-12-12 18:05\n竞争对手澄港轮渡上月公布，旅客运输量为51.2万人次。\n")).facts
    assert all(f.period != "2025-11" for f in facts)


PREANNOUNCED = (
    "青禾药业(300871) 业绩预告\n"
    "预计2025年1-9月归属于上市公司股东的净利润为:5200万元至6100万元,与上年同期相比变动幅度:-32.50%至-20.75%。\n"
)


def test_a_preannouncements_move_over_the_year_before_is_this_periods_change() -> None:
    facts = run(build(PREANNOUNCED)).facts
    move = one(facts, unit="%")
    assert (move.value, move.value_high, move.change, move.period, move.basis) == (
        -32.5, -20.75, "yoy", "2025Q1-2025Q3", None
    )
    assert numbers.scan("变动幅度:-32.50%至-20.75%")[0].value_high == -20.75


def test_a_grouped_figure_before_a_measure_is_a_figure_in_chinese_text() -> None:
    assert [(m.value, m.unit) for m in numbers.scan("吞吐量合共12,480.5公吨")] == [(12_480.5, "count")]
    assert numbers.scan("618购物节") == []


QUARTERS = (
    "鹭禾食品 603917　最新价：21.08\n"
    "利润表（单季度）　单位：元\n"
    "报告期 | 2025年第三季度 | 2025年第二季度 | 2025年第一季度 |\n"
    "---|---|---|---|\n"
    "报表类型 | 合并报表 | 合并报表 | 合并报表 |\n"
    "一、营业总收入(元) | 1,204,385,611.20 | 1,118,902,337.45 | 986,514,220.08 |\n"
    "归属于母公司所有者的净利润(元) | 96,281,440.17 | 88,106,952.33 | 70,418,305.62 |\n"
)


def test_a_quote_sites_pipe_table_of_single_quarters() -> None:
    facts = run(build(QUARTERS)).facts
    revenue = one(facts, value=1_204_385_611.20)
    assert (revenue.metric, revenue.period, revenue.basis) == ("revenue", "2025Q3", None)
    older = one(facts, value=70_418_305.62)
    assert (older.metric, older.period, older.basis) == ("net income attributable to shareholders", "2025Q1", "prior")
    assert len(facts) == 6


def test_capacity_in_kilowatts_is_kept_in_its_measure() -> None:
    facts = run(build("截至2025年9月底，岚峰新能源并网装机容量约1,260万千瓦。")).facts
    cap = one(facts, metric="capacity")
    assert (cap.subject, cap.value, cap.unit, cap.qualifier) == ("岚峰新能源", 12_600_000, "kW", "approx")
