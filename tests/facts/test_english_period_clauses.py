"""Periods of English figures in calls that talk about several periods: the sentence and clause a period
governs, lists of periods, and a fiscal company's years.

Sentences are written for these tests about the fictional Fernhill Properties (a calendar-year company)
and Corvane Instruments (whose year ends on March 31); the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to the Fernhill Properties third quarter 2022 earnings call.\n"
    "For the third quarter, revenue was $42 million, up 5% year over year.\n"
)


def said(line: str, head: str = HEAD) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(head + line, "en")) if f.paragraph == 3]


def test_a_sentence_that_ends_on_an_acronym_keeps_its_own_year() -> None:
    facts = said(
        "In 2023, we project the new buildings to add $15 million to $20 million to our NOI. "
        "We were also an active seller in 2022."
    )
    assert [(f.value, f.period) for f in facts] == [(15e6, "2023")]


def test_periods_listed_before_a_respectively_list_go_one_to_each_figure() -> None:
    facts = said("During the quarter and year-to-date, we invested $12.4 million and $30.1 million in our buildings, respectively.")
    assert [(f.value, f.period) for f in facts] == [(12.4e6, "2022Q3"), (30.1e6, "2022Q1-2022Q3")]


def test_one_period_before_a_respectively_list_dates_every_figure() -> None:
    facts = said("In the third quarter, revenue and EBITDA were $40 million and $12 million, respectively.")
    assert [f.period for f in facts] == ["2022Q3", "2022Q3"]
