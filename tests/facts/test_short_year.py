"""A year written with an apostrophe ("in '21") is a year, so a figure said with it gets its period."""

from __future__ import annotations

from finbrief.facts.periods import PeriodContext, find_periods


def test_an_apostrophe_year_is_a_year() -> None:
    text = "Guidance is $1.96 to $2.16 per share in '21 and $2.18 to $2.38 for fiscal ’22."
    found = [(text[m.start : m.end], m.period) for m in find_periods(text, PeriodContext(period="2021Q1", year=2021))]
    assert ("in '21", "2021") in found
    assert ("for fiscal ’22", "2022") in found


def test_a_quoted_number_is_no_year() -> None:
    text = "Revenue rose 21% in '21% terms' and the '21 club met."
    found = [m.period for m in find_periods(text, PeriodContext(period="2021Q1", year=2021))]
    assert "2021" not in found
