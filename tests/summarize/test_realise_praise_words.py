"""Praise before a metric ("a huge bookings quarter", "a tremendous bookings quarter") names no business line: the
highlight line gives the company's figure under the metric's own name. Texts written for these tests (the
fictional NovaSky Technology)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. "


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize("word", ["huge", "tremendous"])
def test_praise_before_a_metric_names_no_business_line(word: str) -> None:
    lines = _lines(Q3 + f"It was a {word} bookings quarter, at $52 million.")
    assert "Q3 bookings $52 million." in lines
    assert not any(word in line for line in lines)
