"""A period named after a figure in a later part of its sentence that tells of another event ("before suspending
the program in the second quarter") dates that event: the figure keeps the period its sentence opened with.

Sentences are written for these tests about the fictional Tallowmere Foods (a calendar-year packaged-food company);
the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to the Tallowmere Foods second quarter 2024 earnings call.\n"
    "For the second quarter, net sales were $820 million, up 4% year over year.\n"
)


def said(line: str) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(HEAD + line, "en")) if f.paragraph == 3]


def test_a_figure_keeps_the_opening_quarter_when_a_later_event_names_another() -> None:
    facts = said("In Q1, we repurchased $250 million of shares before suspending the program in the second quarter.")
    assert [(f.value, f.period) for f in facts] == [(250e6, "2024Q1")]


def test_a_later_event_led_by_after_or_until_leaves_the_opening_quarter_too() -> None:
    after = said("In the first quarter, we paid down $90 million of debt after closing the plant sale in the second quarter.")
    until = said("In Q1, we repurchased $35 million of shares until we paused buybacks in the second quarter.")
    assert [f.period for f in after] == ["2024Q1"]
    assert [f.period for f in until] == ["2024Q1"]


def test_each_item_of_a_sentence_keeps_its_own_quarter() -> None:
    facts = said("In Q1, we bought back $40 million of stock, and in the second quarter we bought back $25 million.")
    assert [(f.value, f.period) for f in facts] == [(40e6, "2024Q1"), (25e6, "2024Q2")]


def test_a_quarter_named_right_after_a_figure_in_its_own_clause_is_still_its_own() -> None:
    facts = said("In Q1, we repurchased $35 million of shares, and we repurchased another $20 million of shares in the second quarter.")
    assert [(f.value, f.period) for f in facts] == [(35e6, "2024Q1"), (20e6, "2024Q2")]
