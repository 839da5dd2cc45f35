"""A year written short beside a span ("first nine months '21") decides the span's year, not the call's.

Sentences are written for these tests about the fictional Harrowgate Ferries (a call of the first quarter of 2022);
the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Harrowgate Ferries' first quarter 2022 earnings call.\n"
    "Harrowgate Ferries' team delivered a strong quarter and Harrowgate Ferries' results were ahead of plan.\n"
)


def facts_of(line: str) -> list[Fact]:
    """Facts of the call's one paragraph below its head."""
    return [f for f in run(build(HEAD + line, "en")) if f.paragraph > 2]


def periods_of(line: str, value: float) -> list[str | None]:
    """The periods of the facts whose value is ``value``."""
    return [f.period for f in facts_of(line) if f.value == value]


def test_first_months_with_a_short_year_are_that_year() -> None:
    for line, period in (
        ("Freight revenue for the first nine months '21 was $84 million.", "2021Q1-2021Q3"),
        ("Freight revenue for the first nine months of '21 was $84 million.", "2021Q1-2021Q3"),
        ("Freight revenue in the first six months '21 was $84 million.", "2021Q1-2021Q2"),
        ("Freight revenue in the first three quarters of '21 was $84 million.", "2021Q1-2021Q3"),
    ):
        assert periods_of(line, 84_000_000) == [period], line


def test_halves_and_quarters_with_a_short_year_are_that_year() -> None:
    for line, period in (
        ("Freight revenue in the first half of '21 was $84 million.", "2021Q1-2021Q2"),
        ("Freight revenue in Q3 '21 was $84 million.", "2021Q3"),
    ):
        assert periods_of(line, 84_000_000) == [period], line


def test_last_months_of_a_named_year_close_that_year() -> None:
    assert periods_of("Freight revenue in the last six months of '21 was $84 million.", 84_000_000) == [
        "2021Q3-2021Q4"
    ]


def test_first_months_without_a_year_stay_the_calls() -> None:
    assert periods_of("Freight revenue for the first three months was $84 million.", 84_000_000) == ["2022Q1"]
