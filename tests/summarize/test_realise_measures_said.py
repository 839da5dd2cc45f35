"""A quantity's line (production, volumes, shipments) carries the measure the source gives it after the figure
("barrels of oil equivalent per day", "tons", "MBoe/d"): a bare "production 570,000" does not say how much was
produced, so a quantity the source gives no measure for is left out. Counts whose metric names what is counted
(subscribers, stores) read as they are. Texts written for these tests (the fictional Halvern Energy)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to Halvern Energy's third quarter 2022 earnings call.\n\nRevenue was $612 million. "


def _lines(text: str) -> list[str]:
    doc = doc_from(Q3 + text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Total production averaged 412,000 barrels of oil equivalent per day in the quarter.",
            "Q3 production 412,000 barrels of oil equivalent per day.",
        ),
        ("Oil production was 188,000 barrels per day.", "Q3 oil production 188,000 barrels per day."),
        ("Total production reached 1.2 million tons.", "Q3 production 1.2 million tons."),
        ("Production in the quarter was 1,240 MBoe/d.", "Q3 production 1,240 MBoe/d."),
        ("Throughput volumes were 2.4 million barrels per day in the quarter.", "Q3 volumes 2.4 million barrels per day."),
        (
            "For the fourth quarter, we expect production to be about 430,000 Boe per day.",
            "Sees Q4 production about 430,000 Boe per day.",
        ),
        (
            "For 2023, we expect production of 570,000 to 600,000 Boe per day.",
            "Sees FY 2023 production 570,000 to 600,000 Boe per day.",
        ),
    ],
)
def test_a_quantity_carries_its_measure(text: str, line: str) -> None:
    assert line in _lines(text)


@pytest.mark.parametrize(
    "text",
    [
        "For the fourth quarter, we expect production of 430,000, with capital spending of $400 million.",
        "Volumes were 611,000 in the quarter, and production was 1.9 million.",
        "Third quarter shipments were approximately 400,000 tons higher than last year.",
    ],
)
def test_a_quantity_without_a_measure_is_left_out(text: str) -> None:
    lines = _lines(text)
    assert "Q3 revenue $612 million." in lines
    assert not any("production" in x or "volumes" in x for x in lines), lines


def test_a_count_that_names_what_it_counts_reads_as_it_is() -> None:
    assert "Q3 subscribers 2.1 million." in _lines("We ended the quarter with 2.1 million subscribers.")
