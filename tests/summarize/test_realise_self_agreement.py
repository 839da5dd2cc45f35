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


_TWICE = (
    _OPENING
    + "Dana Whitlock, CFO: Revenue was $512 million, up 6% from a year ago. Net income of $17.5 million or {first} "
    "per diluted share was down 13%.\n"
    "Dana Whitlock, CFO: Turning to the details. Net income for the second quarter of $17.5 million or {second} "
    "per diluted share was down 13% from the prior year second quarter.\n"
)


def test_a_figure_stated_two_ways_is_left_out() -> None:
    """The call gives the quarter's earnings per share as $1.49 and as $1.40, with nothing to tell them apart: a
    reader cannot know which is right, and the brief does not pick one."""
    lines = _lines(_TWICE.format(first="$1.49", second="$1.40"))
    assert not any("per share" in line for line in lines), lines
    assert any("$512 million" in line for line in lines), lines


def test_a_figure_stated_the_same_way_twice_stays() -> None:
    """The same figure said twice, or once rounded, is one figure."""
    assert any("$1.49" in line for line in _lines(_TWICE.format(first="$1.49", second="$1.49")))
    assert any("$1.49" in line for line in _lines(_TWICE.format(first="$1.49", second="$1.5")))


def test_figures_told_apart_by_their_words_both_stand() -> None:
    """"$0.72 per basic share" beside "$0.66 per diluted share": two measures, each said as what it is."""
    lines = _lines(
        _OPENING
        + "Dana Whitlock, CFO: Revenue was $512 million, up 6% from a year ago. GAAP earnings were $0.66 per diluted "
        "share.\n"
        "Dana Whitlock, CFO: Turning to the details. Net income for the second quarter was $28.1 million or $0.72 per "
        "basic share.\n"
    )
    assert any("$0.66" in line for line in lines), lines


def test_an_amount_beside_a_part_of_it_stands() -> None:
    """"Revenue was $247 million" and "the composition of revenue was $235 million in licensing": the part of an
    amount is no second statement of it."""
    lines = _lines(
        _OPENING
        + "Dana Whitlock, CFO: Second quarter revenue was $247 million, compared to $352 million in Q1.\n"
        "Dana Whitlock, CFO: The composition of Q2 revenue was $235 million in licensing; and $12 million in products "
        "and services.\n"
    )
    assert any("$247 million" in line for line in lines), lines
