"""A year to date written with the day it runs to ("Year-to-date, as of September 30, ...") dates the figures of
its sentence as the year to date, not as a balance on that day.

Sentences are written for these tests about the fictional Ostrel Realty; the figures are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_REALTY = "Welcome to Ostrel Realty's third quarter 2022 earnings call.\n"


def _facts(text: str) -> list[Fact]:
    return list(facts.run(build(_REALTY + text + "\n", language="en")))


def test_a_growth_year_to_date_as_of_a_day_is_the_year_to_date() -> None:
    found = _facts("Year-to-date, as of September 30, revenue grew 9%.")
    assert [(f.metric, f.period) for f in found if f.value == 9.0] == [("revenue", "2022Q1-2022Q3")]


def test_an_amount_year_to_date_through_a_day_is_the_year_to_date() -> None:
    found = _facts("Year-to-date through September 30, 2022, free cash flow was $400 million.")
    assert [(f.metric, f.period) for f in found if f.value == 4e8] == [("free cash flow", "2022Q1-2022Q3")]


def test_a_balance_as_of_a_day_alone_stays_the_quarters() -> None:
    found = _facts("As of September 30, cash was $2 billion.")
    assert [(f.metric, f.period) for f in found if f.value == 2e9] == [("cash", "2022Q3")]
