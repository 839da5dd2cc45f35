"""A phrase of time or manner that opens a sentence or stands before a metric ("In the near term, ...", "back
half revenue") says when a figure is, never which business line it belongs to; a unit whose name holds such a
word ("Long-Term Care") is still that unit.

Sentences are written for these tests about the fictional Brightwater Widgets; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.lexicon.subjects import time_phrase
from finbrief.model import Fact
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

from .builders import build

HEAD = "Welcome to Brightwater Widgets' third quarter 2021 earnings call.\n"


def facts_of(line: str) -> list[Fact]:
    """Facts of the line after the call's head."""
    return [f for f in run(build(HEAD + line, "en")) if f.paragraph > 1]


@pytest.mark.parametrize(
    "line",
    [
        "In the near term, we expect revenue growth of 18% to 20% for fiscal 2022.",
        "In the long term, we expect revenue growth of 10% to 12%.",
        "In the medium term, we expect operating margin of 20% to 22%.",
        "We expect near term revenue growth of 5% in fiscal 2022.",
        "Project-to-date capital spending totaled about $310 million at the new mill.",
    ],
)
def test_a_time_phrase_is_no_subject(line: str) -> None:
    facts = facts_of(line)
    assert facts
    assert {f.subject for f in facts} == {"company"}, [(f.subject, f.metric, f.value) for f in facts]


def test_a_unit_named_with_a_time_word_is_still_a_unit() -> None:
    facts = facts_of("In our Long-Term Care segment, revenue rose 7% to $120 million in the third quarter.")
    assert {(f.subject, f.metric, f.period) for f in facts} == {("Long-Term Care", "revenue", "2021Q3")}
    facts = facts_of("Long-Term Care segment revenue rose 7% to $120 million in the third quarter.")
    assert {f.subject for f in facts} == {"Long-Term Care"}


@pytest.mark.parametrize(
    ("name", "time"),
    [
        ("near term", True),
        ("back-half", True),
        ("the second half", True),
        ("run-rate basis", True),
        ("Going forward", True),
        ("Long-Term Care", False),
        ("Balance Sheet Solutions", False),
    ],
)
def test_time_phrases_are_read_whole(name: str, time: bool) -> None:
    assert time_phrase(name) is time


def test_a_highlight_does_not_print_the_time_phrase_as_a_business() -> None:
    doc = doc_from(
        "Welcome to Brightwater Widgets' fourth quarter 2021 earnings call.\nRevenue was $410 million, up 30%.\n"
        "In the near term, we expect revenue growth of 18% to 20% for fiscal 2022."
    )
    lines = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert not any("near term" in line for line in lines), lines
    assert any("18% to 20%" in line for line in lines), lines
