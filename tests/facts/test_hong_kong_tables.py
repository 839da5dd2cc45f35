"""Hong Kong results announcements: a head that states the year reported by the day it ended, in Chinese
digits ("截至二零二五年十二月三十一日止年度").

Pages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build

_HEAD = "翠嶺物業服務集團有限公司\n（股份代號：06618）\n"


def facts_of(text: str) -> tuple[Fact, ...]:
    return run(build(text, "zh-Hant"))


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.raw, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_ANNUAL = (
    _HEAD
    + "截至二零二五年十二月三十一日止年度之全年業績公告\n"
    "財務摘要\n"
    "‧ 收益約為人民幣3,102.6百萬元，較二零二四年增加約9.0%。\n"
)


def test_a_year_stated_by_its_last_day_in_chinese_digits_is_the_period_reported() -> None:
    doc = build(_ANNUAL, "zh-Hant")
    assert identify(doc).fiscal_year_end_month == 12
    facts = run(doc)
    assert one(facts, raw="人民幣3,102.6百萬元").period == "2025"
    assert one(facts, value=9.0).period == "2025"


def test_a_june_year_stated_in_chinese_digits_is_that_fiscal_year() -> None:
    text = _HEAD + "截至二零二五年六月三十日止年度之全年業績公告\n‧ 收益約為人民幣3,102.6百萬元，按年增加約9.0%。\n"
    doc = build(text, "zh-Hant")
    assert identify(doc).fiscal_year_end_month == 6
    assert one(run(doc), raw="人民幣3,102.6百萬元").period == "2025"
