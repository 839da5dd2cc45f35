"""Highlights only where the call agrees with itself: a figure it states two ways, an old guidance it measures a
result against, a part's outlook. Texts written for these tests (fictional companies)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


_OPENING = "Operator: Good day and welcome to the Quorvane Instruments second quarter 2022 earnings call.\n"


def test_the_guidance_a_result_beat_is_not_the_outlook() -> None:
    """"Earnings exceeded our guidance of $0.93 to $0.95": the quarter's old guidance, not the year's outlook."""
    lines = _lines(
        _OPENING
        + "Dana Whitlock, CFO: Second quarter revenue was $512 million, up 6% from a year ago. Adjusted earnings of "
        "$1.02 per diluted share exceeded our guidance of $0.93 to $0.95 per diluted share.\n"
        "Dana Whitlock, CFO: Based on these factors, we now expect 2022 adjusted earnings of $3.58 to $3.62 per "
        "diluted share.\n"
    )
    assert not any("$0.93" in line for line in lines), lines
    assert any("$3.58 to $3.62" in line for line in lines), lines


def test_a_part_s_outlook_is_not_the_company_s() -> None:
    """"We expect our other businesses to be between a loss of ...": the outlook of some businesses, not the company's."""
    lines = _lines(
        _OPENING
        + "Dana Whitlock, CFO: Our consolidated earnings for the second quarter were $0.31 per diluted share. "
        "Revenue was $512 million, up 6% from a year ago.\n"
        "Dana Whitlock, CFO: For 2022, we expect our other businesses to be between a loss of $0.05 and $0.02 per "
        "diluted share.\n"
    )
    assert not any("$0.02" in line or "$0.05" in line for line in lines), lines
    assert any("$0.31" in line for line in lines), lines
