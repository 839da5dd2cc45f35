"""A Taiwanese firm's own monthly revenue filing: a title dated by the year counted from 1912, a one-column table of the
month, the same month a year before, the year to date and last year's, each with its change as an amount and in per
cent.

Tables and sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import periods, run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_FILING = (
    "公開資訊觀測站 > 營運概況 > 每月營收\n"
    "德岳電機股份有限公司（股票代號：6617）\n"
    "114年10月營業收入資訊\n"
    "單位：新台幣仟元\n"
    "項目 營業收入淨額\n"
    "本月 612,480\n"
    "去年同期 575,031\n"
    "增減金額 37,449\n"
    "增減百分比 6.51%\n"
    "本年累計 5,904,112\n"
    "去年累計 6,120,774\n"
    "增減金額 -216,662\n"
    "增減百分比 -3.54%\n"
    "德岳電機今日公告10月營收6.12億元，年增6.51%。\n"
)


def test_a_taiwanese_year_from_1912_dates_a_month() -> None:
    found = [pm.period for pm in periods.find_periods("114年10月营业收入资讯", periods.PeriodContext())]
    assert found == ["2025-10"]


def test_a_monthly_revenue_filings_rows_are_the_month_last_years_month_and_their_change() -> None:
    facts = run(build(_FILING, language="zh-Hant")).facts
    month = one(facts, value=612_480_000.0)
    assert (month.metric, month.unit, month.period, month.basis) == ("revenue", "TWD", "2025-10", None)
    prior = one(facts, value=575_031_000.0)
    assert (prior.period, prior.basis) == ("2024-10", "prior")
    assert (one(facts, value=37_449_000.0).change, one(facts, value=6.51, paragraph=9).period) == ("yoy", "2025-10")


def test_a_monthly_revenue_filings_year_to_date_block_and_its_fall() -> None:
    facts = run(build(_FILING, language="zh-Hant")).facts
    to_date = one(facts, value=5_904_112_000.0)
    assert (to_date.period, to_date.basis) == ("2025-01-2025-10", None)
    assert one(facts, value=6_120_774_000.0).period == "2024-01-2024-10"
    fall = one(facts, value=-3.54)
    assert (fall.change, fall.period) == ("yoy", "2025-01-2025-10")


def test_the_filings_story_line_dates_its_bare_month_by_the_filings_year() -> None:
    facts = run(build(_FILING, language="zh-Hant")).facts
    assert one(facts, value=612_000_000.0).period == "2025-10"
