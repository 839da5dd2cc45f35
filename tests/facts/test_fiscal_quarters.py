"""Quarters and halves named without a year in a call of a company whose year does not end in December."""

from __future__ import annotations

from finbrief import facts

from .builders import build

_CALL = (
    "Zephyrine Labs reported results for its fiscal third quarter 2024, the quarter ended March 31, 2024.\n"
    "Revenue was $5.2 billion, up 8% year over year.\n"
    "In the second quarter, revenue was $4.9 billion.\n"
    "For the fourth quarter, we expect revenue of $5.5 billion to $5.7 billion.\n"
    "Operating margin in the first half was 31%.\n"
    "Gross margin was 44%, compared with 41% in last year's fourth quarter.\n"
    "In the second half, we expect operating margin of 33%.\n"
)


def _periods(text: str) -> dict[tuple[str, float], str | None]:
    return {(f.metric, f.value): f.period for f in facts.run(build(text, language="en"))}


def test_a_bare_quarter_is_the_companys_fiscal_quarter() -> None:
    """Fiscal Q3 FY2024 ends March 2024 (a year ending in June): its second quarter ended in December 2023
    and the fourth quarter it guides to ends in June 2024, not the calendar quarters of those numbers."""
    got = _periods(_CALL)
    assert got[("revenue", 5.2e9)] == "2024Q1"
    assert got[("revenue", 4.9e9)] == "2023Q4"
    assert got[("revenue guidance", 5.5e9)] == "2024Q2"


def test_last_years_quarter_is_the_fiscal_year_befores() -> None:
    assert _periods(_CALL)[("gross margin", 41.0)] == "2023Q2"


def test_a_bare_half_is_the_companys_fiscal_half() -> None:
    got = _periods(_CALL)
    assert got[("operating margin", 31.0)] == "2023Q3-2023Q4"
    assert got[("operating margin guidance", 33.0)] == "2024Q1-2024Q2"


def test_a_half_of_a_named_fiscal_year() -> None:
    text = _CALL.replace("Operating margin in the first half was 31%.", "Operating margin in the first half of fiscal 2024 was 31%.")
    assert _periods(text)[("operating margin", 31.0)] == "2023Q3-2023Q4"


def test_the_fiscal_calendar_from_a_fiscal_quarter_and_its_end() -> None:
    """"fiscal 2024 third quarter ended March 31": the year ends in June, the quarter is 2024Q1."""
    for head in (
        "Zephyrine Labs today reported fiscal 2024 third quarter results. The fiscal 2024 third quarter ended March 31.",
        "Zephyrine Labs reported results for the third quarter of fiscal 2024, which ended March 31, 2024.",
    ):
        doc = build(head + "\nRevenue was $5.2 billion.\nFor the fourth quarter, we expect revenue of $5.5 billion.\n", language="en")
        sheet = facts.identify(doc)
        assert (sheet.period, sheet.fiscal_year_end_month) == ("2024Q1", 6)
        assert {f.metric: f.period for f in facts.run(doc)}["revenue guidance"] == "2024Q2"


def test_a_december_year_keeps_calendar_quarters() -> None:
    text = (
        "Zephyrine Labs reported third quarter 2024 results.\n"
        "Revenue was $5.2 billion.\n"
        "In the second quarter, revenue was $4.9 billion.\n"
        "Operating margin in the first half was 31%.\n"
    )
    got = _periods(text)
    assert got[("revenue", 4.9e9)] == "2024Q2"
    assert got[("operating margin", 31.0)] == "2024Q1-2024Q2"


def test_the_current_fiscal_year_ends_a_carried_quarter_outlook() -> None:
    """"our current fiscal year guidance" turns the outlook from the next quarter to the year: the ranges said
    after it are the year's, not the quarter's the call guided to before."""
    text = (
        "Zephyrine Labs reported second quarter 2022 results.\n"
        "Turning to our third quarter guidance.\n"
        "We expect revenue between $4.08 billion and $4.13 billion.\n"
        "I would like to update our current fiscal year guidance.\n"
        "We now expect non-GAAP diluted earnings per share of $3.52 to $3.72.\n"
    )
    got = {f.metric: f.period for f in facts.run(build(text, language="en"))}
    assert got["revenue guidance"] == "2022Q3"
    assert got["adjusted EPS guidance"] == "2022"
