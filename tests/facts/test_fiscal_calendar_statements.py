"""A company the lexicon does not know states its fiscal calendar: a fiscal quarter label with the date its
quarter ended, or a fiscal half with its end; quarters and year-to-date spans then follow that calendar."""

from __future__ import annotations

import pytest

from finbrief import facts
from finbrief.facts import periods

from .builders import build


def _sheet_and_periods(text: str) -> tuple[tuple[str | None, int], dict[tuple[str, float], str | None]]:
    doc = build(text, language="en")
    sheet = facts.identify(doc)
    return (sheet.period, sheet.fiscal_year_end_month), {(f.metric, f.value): f.period for f in facts.run(doc)}


def test_a_fiscal_title_over_a_stated_quarter_end() -> None:
    """"Fiscal 2026 Second Quarter Results" over "the quarter ended December 31, 2025": a year ending in June,
    so the year to date is the half from July, not the calendar year."""
    sheet, got = _sheet_and_periods(
        "Quillon Parts Reports Fiscal 2026 Second Quarter Results\n"
        "DUNMORE, Feb. 2, 2026 -- Quillon Parts today reported results for the quarter ended December 31, 2025.\n"
        "Sales were $2.1 billion, an increase of 5%.\n"
        "YTD cash flow from operations increased 12% to $400 million.\n"
    )
    assert sheet == ("2025Q4", 6)
    assert got[("revenue", 2.1e9)] == "2025Q4"
    assert got[("operating cash flow", 4e8)] == "2025Q3-2025Q4"


def test_a_calendar_title_keeps_calendar_quarters() -> None:
    sheet, got = _sheet_and_periods(
        "Quillon Parts Reports Fourth Quarter Results\n"
        "DUNMORE, Feb. 2, 2026 -- Quillon Parts today reported results for the quarter ended December 31, 2025.\n"
        "YTD cash flow from operations increased 12% to $400 million.\n"
    )
    assert sheet == ("2025Q4", 12)
    assert got[("operating cash flow", 4e8)] == "2025Q1-2025Q4"


def test_a_label_of_another_fiscal_year_is_not_the_calendar() -> None:
    """A fiscal label whose year does not put its quarter at the stated end speaks of another quarter."""
    sheet, _ = _sheet_and_periods(
        "Quillon Parts compares with its fiscal 2019 second quarter.\n"
        "Quillon Parts today reported results for the quarter ended December 31, 2025.\n"
        "Sales were $2.1 billion.\n"
    )
    assert sheet == ("2025Q4", 12)


def test_an_ordinal_fiscal_quarter_which_ended_on_a_date() -> None:
    """"its third fiscal quarter, which ended on December 31, 2008": the calendar fourth quarter, and a year
    ending in March."""
    sheet, got = _sheet_and_periods(
        "Tamsin Corp said net income rose for its third fiscal quarter, which ended on December 31, 2008.\n"
        "Revenue rose 9% to $310 million.\n"
    )
    assert sheet == ("2008Q4", 3)
    assert got[("revenue", 3.1e8)] == "2008Q4"


def test_a_52_week_fiscal_quarter_ending_in_a_months_first_days() -> None:
    """"fiscal second quarter ended May 1, 2010": the quarter to April, in a year ending in October."""
    sheet, got = _sheet_and_periods(
        "Orrin Devices said it earned 40 cents per share in its fiscal second quarter ended May 1, 2010.\n"
        "Revenue rose 20% to $500 million.\n"
    )
    assert sheet == ("2010Q2", 10)
    assert got[("revenue", 5e8)] == "2010Q2"


def test_a_first_fiscal_half_with_its_end() -> None:
    """"the first half of fiscal 2024 ended December 31, 2023": the year ends in June, not December."""
    sheet, got = _sheet_and_periods(
        "Velmar Foods reported results for the first half of fiscal 2024 ended December 31, 2023.\n"
        "Operating cash flow in the first half was $90 million.\n"
        "Revenue in the second quarter was $400 million.\n"
    )
    assert sheet == ("2023Q4", 6)
    assert got[("operating cash flow", 9e7)] == "2023Q3-2023Q4"
    assert got[("revenue", 4e8)] == "2023Q4"


def test_a_fiscal_years_nine_month_heading() -> None:
    """"Fiscal Year 2009 Nine-Month Highlights" in a year ending in March: April to December 2008, not the
    whole fiscal year."""
    _, got = _sheet_and_periods(
        "Tamsin Corp said net income rose for its third fiscal quarter, which ended on December 31, 2008.\n"
        "FISCAL YEAR 2009 NINE-MONTH HIGHLIGHTS\n"
        "- Revenues up 19% to $2.0 billion.\n"
    )
    assert got[("revenue", 2e9)] == "2008Q2-2008Q4"


def test_a_calendar_years_six_month_results() -> None:
    _, got = _sheet_and_periods(
        "Velmar Foods reported results for the quarter ended June 30, 2024.\n"
        "In its 2024 six-month results, revenue was $800 million.\n"
    )
    assert got[("revenue", 8e8)] == "2024Q1-2024Q2"


def test_a_quarter_end_without_its_year_is_the_last_before_the_date() -> None:
    """"for the quarter ended December 31" in a release dated February 2026: the quarter to December 2025."""
    sheet, got = _sheet_and_periods(
        "Quillon Parts Reports Fiscal 2026 Second Quarter Results\n"
        "DUNMORE, Feb. 2, 2026 -- Quillon Parts today reported results for the quarter ended December 31.\n"
        "YTD cash flow from operations increased 12% to $400 million.\n"
    )
    assert sheet == ("2025Q4", 6)
    assert got[("operating cash flow", 4e8)] == "2025Q3-2025Q4"


def test_a_quarter_ended_in_a_januarys_first_days_is_the_december_quarter() -> None:
    """"fiscal first quarter ended January 2, 2026": a 52/53-week quarter to December 2025, in a year
    ending in September."""
    sheet, _ = _sheet_and_periods(
        "DUNMORE, Feb. 2, 2026 -- Quillon Parts today reported results for its fiscal first quarter ended"
        " January 2, 2026.\nSales were $2.1 billion.\n"
    )
    assert sheet == ("2025Q4", 9)


def test_bases_followed_by_last_year_are_of_the_year_ago_fiscal_quarter() -> None:
    """"compared to $50.8 million, or $1.56 per diluted share, last year": both bases are the same fiscal
    quarter a year earlier (the calendar quarter ended December 2007)."""
    _, got = _sheet_and_periods(
        "Tamsin Corp said diluted earnings per share rose to $1.78 for its third fiscal quarter, which ended on"
        " December 31, 2008. Net income was $53.1 million compared to $50.8 million, or $1.56 per diluted share,"
        " last year.\n"
    )
    assert got[("net income", 5.31e7)] == "2008Q4"
    assert got[("net income", 5.08e7)] == "2007Q4"
    assert got[("diluted EPS", 1.56)] == "2007Q4"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Velmar Foods closed the First Half of Fiscal 2024 Ended December 31, 2023, ahead of plan.", 6),
        ("For the Fiscal Year Ending in September, Velmar Foods expects growth.", 9),
        ("Velmar Foods' fiscal year ended January 2, 2022 with record sales.", 12),
        ("Velmar Foods raised its fiscal 2024 outlook; the half was strong.", None),
    ],
)
def test_an_english_fiscal_year_end_is_read_in_any_case(text: str, month: int | None) -> None:
    """A fiscal year's or half's end is read whatever the case of its words (the text is asked for them
    lowercased before the patterns run)."""
    assert periods._en_year_end(text) == month
