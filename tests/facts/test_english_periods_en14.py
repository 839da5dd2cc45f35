"""Periods of English figures: the years of a company whose fiscal year does not end in December.

Sentences are written for these tests about the fictional Corvane Instruments, whose year ends on March 31;
the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.summarize.realise import _forward_label

from .builders import build

SECOND = (
    "Welcome to Corvane Instruments' second quarter fiscal 2026 earnings call. Our fiscal year ends on March 31.\n"
    "Revenue for the quarter ended September 30, 2025 was $1.1 billion, up 12% year over year.\n"
)
FOURTH = (
    "Welcome to Corvane Instruments' fourth quarter fiscal 2026 earnings call. Our fiscal year ends on March 31.\n"
    "Revenue for the quarter ended March 31, 2026 was $1.3 billion, up 10% year over year.\n"
)
FY2026 = "2025Q2-2026Q1"
FY2027 = "2026Q2-2027Q1"


def guided(line: str, head: str = SECOND) -> Fact:
    """The one figure of ``line`` said after the call's head."""
    facts = [f for f in run(build(head + line, "en")) if f.paragraph == 3]
    assert len(facts) == 1, [(f.metric, f.value, f.period) for f in facts]
    return facts[0]


@pytest.mark.parametrize(
    "line",
    [
        "For fiscal 2026, we expect revenue of $4.5 billion.",
        "For the full year, we expect revenue of $4.5 billion.",
        "For the full fiscal year, we expect revenue of $4.5 billion.",
        "We expect revenue of $4.5 billion this year.",
        "We expect revenue of $4.5 billion this fiscal year.",
        "Looking ahead, we expect revenue of $4.5 billion.",
    ],
)
def test_the_current_fiscal_year_is_one_span_however_it_is_said(line: str) -> None:
    assert guided(line).period == FY2026


@pytest.mark.parametrize(
    "line",
    [
        "For fiscal 2027, we expect revenue of $5.5 billion.",
        "We expect revenue of $5.5 billion next year.",
        "We expect revenue of $5.5 billion next fiscal year.",
    ],
)
def test_next_year_is_the_next_fiscal_year(line: str) -> None:
    assert guided(line).period == FY2027


@pytest.mark.parametrize(
    "line",
    [
        "For the full year, we expect revenue of $5.5 billion.",
        "Looking ahead, we expect revenue of $5.5 billion.",
        "We expect revenue of $5.5 billion next year.",
    ],
)
def test_a_fourth_quarter_call_looks_ahead_to_the_next_fiscal_year(line: str) -> None:
    assert guided(line, FOURTH).period == FY2027


def test_a_calendar_year_named_stays_the_calendar_year() -> None:
    assert guided("We expect revenue of $4.6 billion for calendar year 2026.").period == "2026"


def test_a_past_fiscal_year_is_its_span() -> None:
    assert guided("In fiscal 2025, revenue was $3.9 billion.").period == "2024Q2-2025Q1"


def test_the_brief_calls_the_current_fiscal_year_this_year() -> None:
    fact = guided("Looking ahead, we expect gross margin of 40% to 45%.")
    paragraph = "Looking ahead, we expect gross margin of 40% to 45%."
    assert _forward_label(fact, paragraph, "2025Q3", 3) == "this year"
    assert _forward_label(guided("We expect revenue of $5.5 billion next year."), paragraph, "2025Q3", 3) == "next year"
    # a year the paragraph names is shown by its digits
    assert _forward_label(guided("For fiscal 2026, we expect revenue of $4.5 billion."), "For fiscal 2026, ...", "2025Q3", 3) == "FY 2026"


def test_a_fiscal_year_label_is_said_against_the_fiscal_year() -> None:
    # (a year label "2026" of a company whose year ends in March, in its fiscal Q2 2026: this year, not next)
    fact = Fact(
        subject="Corvane", metric="revenue guidance", value=4.5e9, unit="USD", paragraph=3, evidence="", start=0,
        end=0, period="2026",
    )
    assert _forward_label(fact, "We expect revenue of $4.5 billion.", "2025Q3", 3) == "this year"
    assert _forward_label(fact, "We expect revenue of $4.5 billion.", "2025Q3", 12) == "next year"


DATED = (
    "Corvane Instruments (CVN) Q3 2022 Earnings Call Transcript\n"
    "November 3, 2022\n"
    "Welcome to Corvane Instruments' third quarter 2022 earnings call.\n"
    "Revenue for the quarter was $1.1 billion, up 12% year over year.\n"
)


def said(line: str, head: str = DATED) -> list[Fact]:
    """The figures of ``line``, said after a dated call's head."""
    doc = build(head + line, "en")
    last = len(doc.paragraphs)
    return [f for f in run(doc) if f.paragraph == last]


@pytest.mark.parametrize(
    "line",
    [
        "We repurchased 373,000 shares during the past month for $35 million.",
        "Last month, we repurchased shares for $35 million.",
    ],
)
def test_the_past_month_of_a_november_call_is_october(line: str) -> None:
    (buyback,) = [f for f in said(line) if f.value == 35_000_000]
    assert buyback.period == "2022-10"


def test_the_last_month_of_the_quarter_is_no_month_before_the_call() -> None:
    facts = said("In the last month of the quarter, we repurchased shares for $35 million.")
    assert all(f.period != "2022-10" for f in facts if f.value == 35_000_000)


def test_an_undated_call_names_no_month_for_the_past_month() -> None:
    facts = said("We repurchased shares during the past month for $35 million.", head=SECOND)
    assert all(f.period is None or "Q" in f.period for f in facts)
