"""Chinese operating measures: an airline's capacity (运力) and how it moved (上调), and a power fleet's utilisation hours.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


AIRLINE = (
    "云岭航空(01733)10月载客量按年升7.1%\n"
    "2025-11-14 17:20　来源：港股通讯\n"
    "【财经网讯】云岭航空(01733-HK)公布，10月份合共载客963,100人次，较2024年10月上升7.1%，以可用座位千米数计算的运力则上调4.8%。"
    "今年首十个月的载客量较去年同期上升10.3%，而运力则增加8.2%。\n"
)


def test_an_airlines_capacity_is_its_available_seat_measure_and_raised_is_a_rise() -> None:
    facts = run(ingest(AIRLINE)).facts
    month = one(facts, value=4.8)
    assert (month.subject, month.metric, month.unit, month.change) == ("云岭航空", "available seat miles", "%", "yoy")
    ytd = one(facts, value=8.2)
    assert (ytd.subject, ytd.metric, ytd.change) == ("云岭航空", "available seat miles", "yoy")


POWER = (
    "1-9月全国电力工业统计数据发布\n"
    "2025-10-20 10:00　来源：能源快讯\n"
    "1-9月，全国发电设备累计平均利用小时2,318小时，比上年同期降低154小时。\n"
    "会议历时3小时，设备检修用了12小时。\n"
)


def test_a_fleets_utilisation_hours_are_a_measure_in_hours_and_their_fall_a_change() -> None:
    facts = run(ingest(POWER)).facts
    level = one(facts, value=2318)
    assert (level.metric, level.unit, level.change) == ("utilization hours", "h", None)
    fall = one(facts, value=-154)
    assert (fall.metric, fall.unit, fall.change) == ("utilization hours", "h", "yoy")


def test_hours_outside_a_plants_use_stay_durations() -> None:
    facts = run(ingest(POWER)).facts
    assert not [f for f in facts if f.value in (3, 12)]
