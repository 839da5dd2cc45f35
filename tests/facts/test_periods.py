"""Periods: fiscal calendars, the document's quarter, and the period of each figure."""

from __future__ import annotations

import pytest

from finbrief.facts import document_period
from finbrief.facts.periods import (
    PeriodContext,
    find_periods,
    fiscal_to_calendar,
    fiscal_year_span,
    parse_quarter,
    quarter_str,
)

from .builders import build


@pytest.mark.parametrize(
    ("fy", "fq", "end_month", "calendar"),
    [
        (2026, 2, 3, "2025Q3"),  # Alibaba: fiscal Q2 FY2026 ends September 2025
        (2025, 3, 3, "2024Q4"),
        (2025, 4, 3, "2025Q1"),
        (2026, 1, 3, "2025Q2"),
        (2022, 1, 12, "2022Q1"),  # fiscal year = calendar year
        (2024, 1, 9, "2023Q4"),  # fiscal year ending September
    ],
)
def test_fiscal_to_calendar(fy: int, fq: int, end_month: int, calendar: str) -> None:
    assert quarter_str(fiscal_to_calendar(fy, fq, end_month)) == calendar


def test_fiscal_year_span() -> None:
    assert fiscal_year_span(2026, 3) == "2025Q2-2026Q1"
    assert fiscal_year_span(2022, 12) == "2022"
    assert parse_quarter("2025Q2") == 2025 * 4 + 1
    assert parse_quarter("2025") is None


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("阿里巴巴 (BABA.US) 2026财年第二季度业绩电话会\n阿里巴巴集团收入增长。", "zh-Hans", "2025Q3"),
        ("欢迎参加阿里巴巴集团2024年12月季度财报电话会议。\n阿里巴巴收入增长。", "zh-Hans", "2024Q4"),
        # "2025年第三季度" could be calendar; the call's date shows it is Alibaba's fiscal Q3
        ("阿里巴巴集团2025年第三季度财报电话会议 2025年2月20日\n阿里巴巴收入增长。", "zh-Hans", "2024Q4"),
        ("现在召开阿里巴巴2025年第二季度收益电话会议。\n阿里巴巴二季度收入增长。", "zh-Hant", "2025Q2"),
        ("去年四季度，阿里巴巴营收同比增长8%。\n阿里巴巴2025年目标不变。", "zh-Hant", "2024Q4"),
        (
            "Welcome to NovaSky's first quarter 2022 results call.\nNovaSky's first quarter was strong.",
            "en",
            "2022Q1",
        ),
        ("NovaSky reports fiscal Q1 2022 results.\nThe quarter was strong.", "en", "2022Q1"),
        ("Alibaba Group results for the September quarter of 2025.\nAlibaba grew.", "en", "2025Q3"),
        ("We had a strong third quarter.\nThird quarter 2021 results were ahead of plan.", "en", "2021Q3"),
        ("管理层表示，公司将继续投资。", "zh-Hans", None),
    ],
)
def test_document_period(text: str, language: str, period: str | None) -> None:
    assert document_period(build(text, language)) == period  # type: ignore[arg-type]


CTX = PeriodContext("2025Q2", 2025, 3)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("未来三年", "2025-2027"),
        ("over the next three years", "2025-2027"),
        ("过去四个季度", "2024Q3-2025Q2"),
        ("本季度", "2025Q2"),
        ("上季度", "2025Q1"),
        ("next quarter", "2025Q3"),
        ("7月", "2025Q3"),
        ("8月份", "2025Q3"),
        ("2024年", "2024"),
        ("fiscal 2026", "2025Q2-2026Q1"),
        ("2026财年", "2025Q2-2026Q1"),
        ("the first half of 2024", "2024Q1-2024Q2"),
        ("year-to-date", "2025Q1-2025Q2"),
        ("Q3 2024", "2024Q3"),
        ("the fourth quarter of 2023", "2023Q4"),
        ("去年前三个季度", "2024Q1-2024Q3"),
        ("未来几个季度", None),
    ],
)
def test_period_expressions(text: str, period: str | None) -> None:
    found = find_periods(text, CTX)
    assert len(found) == 1, found
    assert found[0].period == period


def test_history_span_lists_quarters() -> None:
    (span,) = find_periods("2023年一季度至2024年三季度", CTX)
    assert span.period == "2023Q1-2024Q3"
    assert span.quarters == ("2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3")


def test_bare_quarter_takes_the_paragraph_year() -> None:
    found = find_periods("去年三季度收入增长5%；二季度收入增长4%", CTX)
    assert [p.period for p in found] == ["2024Q3", "2024Q2"]


def test_comparison_base_is_marked() -> None:
    (pm,) = find_periods("较上季度增长5%", CTX)
    assert pm.base and pm.period == "2025Q1"


def test_a_stated_quarter_end_settles_the_quarter_and_the_fiscal_calendar() -> None:
    """A company the lexicon does not know: its fiscal label is read through the end date it states."""
    from finbrief import facts

    zh = build(
        "星穹科技今天公布截至2025年9月30日的2026财年第二季度业绩。\n"
        "本季度总收入为1,268.5亿元,同比增长9%。\n"
        "2026财年第一季度,总收入同比增长7%。"
    )
    assert document_period(zh) == "2025Q3"
    by_value = {f.value: f.period for f in facts.run(zh) if f.metric == "revenue"}
    assert by_value[126850000000.0] == "2025Q3"
    assert by_value[7.0] == "2025Q2"  # fiscal Q1 of a year ending in March

    en = build(
        "NovaSky reported results for its fiscal second quarter 2026, the quarter ended September 30, 2025.\n"
        "Total revenue was RMB 126.85 billion, up 9% year over year.",
        language="en",
    )
    assert document_period(en) == "2025Q3"
