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


def test_a_figure_of_an_earlier_quarter_named_alone() -> None:
    """"Revenue in Q1 last year was $520 million": a figure of that quarter, a year-earlier figure (basis prior), not
    of the reported quarter nor of the quarter a year before it; the same for a half or "the prior year period"."""
    text = (
        "Second quarter revenue was $500 million.\n"
        "Revenue in Q1 last year was $520 million.\n"
        "Operating income was $91 million in Q4 last year.\n"
        "Net income in the second half of last year was $180 million.\n"
        "Gross profit was $210 million in the prior year period.\n"
    )
    doc = replace(ingest(text, source="KQZW_q2_2021.txt"), kind="transcript")
    got = {(f.metric, f.value): (f.period, f.basis) for f in facts.run(doc)}
    assert got[("revenue", 5.2e8)] == ("2020Q1", "prior")
    assert got[("operating income", 9.1e7)] == ("2020Q4", "prior")
    assert got[("net income", 1.8e8)] == ("2020Q3-2020Q4", "prior")
    assert got[("gross profit", 2.1e8)] == ("2020Q2", "prior")


def test_a_figure_compared_with_an_earlier_quarter_keeps_its_own() -> None:
    """A sentence that compares two figures: the earlier quarter is the base's, the other figure is the call's."""
    text = "Second quarter revenue was $500 million.\nMargin was 31%, compared to 29% in Q4 last year.\n"
    doc = replace(ingest(text, source="KQZW_q2_2021.txt"), kind="transcript")
    got = {(f.metric, f.value): (f.period, f.basis) for f in facts.run(doc)}
    assert got[("margin", 31.0)] == ("2021Q2", None)
    assert got[("margin", 29.0)] == ("2020Q4", "prior")


def test_last_years_quarters_in_a_fiscal_call() -> None:
    """A company whose year ends in September names its own fiscal quarters in its call: in its fiscal second quarter
    (to March), "Q1 of last year" is fiscal Q1 2020 (to December 2019) and "Q4 last year" fiscal Q4 (to September),
    though the call's own quarter is the calendar first."""
    text = (
        "Second quarter revenue was $320 million.\n"
        "Revenue in Q1 of last year was $280 million.\n"
        "Licensing revenue was $250 million, compared to $240 million in Q4 last year.\n"
    )
    got = _periods(text, "DLB_q2_2021.txt")
    assert got[("revenue", 2.8e8)] == "2019Q4"
    assert got[("revenue", 2.4e8)] == "2020Q3"


def test_a_month_named_with_early_late_or_as_a_period_keeps_its_date() -> None:
    """Month-level figures keep their month: "in early January" after a fourth quarter is the next January, "with the
    June period comparable sales down 19%" and "in late December" are those months."""
    text = (
        "Fourth quarter revenue was $500 million.\n"
        "Our liquidity increased to $1.1 billion in early January with our notes offering.\n"
        "Comparable sales were down 8% for the quarter, with the November period comparable sales down 19%.\n"
        "Comparable sales in late December were up 4%.\n"
    )
    got = _periods(text, "KQZW_q4_2020.txt")
    assert got[("liquidity", 1.1e9)] == "2021-01"
    assert got[("same-store sales", -19.0)] == "2020-11"
    assert got[("same-store sales", 4.0)] == "2020-12"
