"""Relative periods read against the document's own period and its company's fiscal calendar: "the second half of
next year", ... count from the quarter the call reports, in the company's fiscal years."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts
from finbrief.facts import periods

from .builders import ingest


def _periods(text: str, source: str) -> dict[tuple[str, float], str | None]:
    doc = replace(ingest(text, source=source), kind="transcript")
    return {(f.metric, f.value): f.period for f in facts.run(doc)}


def test_a_half_of_next_year() -> None:
    """"the second half of next year" in a second-quarter call is the year after's second half, though this year's
    is still ahead; in a call of a year ending in September it is the next fiscal year's half."""
    text = (
        "Second quarter revenue was $500 million.\n"
        "We expect revenue of $2.1 billion in the second half of next year.\n"
        "We expect revenue of $1.9 billion for the first half of next year.\n"
    )
    got = _periods(text, "KQZW_q2_2021.txt")
    assert got[("revenue guidance", 2.1e9)] == "2022Q3-2022Q4"
    assert got[("revenue guidance", 1.9e9)] == "2022Q1-2022Q2"
    got = _periods(text, "DLB_q2_2021.txt")  # (fiscal year to September: fiscal 2022 runs from October 2021)
    assert got[("revenue guidance", 2.1e9)] == "2022Q2-2022Q3"
    assert got[("revenue guidance", 1.9e9)] == "2021Q4-2022Q1"


def test_halves_named_against_the_reported_quarter() -> None:
    """Each half read against the reported quarter: this year's, last year's, next year's."""
    ctx = periods.PeriodContext("2021Q2", 2021, 12, None, False)
    for text, want in (
        ("in the second half of next year", "2022Q3-2022Q4"),
        ("in the second half of the following year", "2022Q3-2022Q4"),
        ("in the second half of last year", "2020Q3-2020Q4"),
        ("in the second half of the year", "2021Q3-2021Q4"),
    ):
        assert [pm.period for pm in periods.find_periods(text, ctx)] == [want], text

