"""The document's quarter reads its candidates with less work than ``find_periods``: the same mentions."""

from __future__ import annotations

import dataclasses

import pytest

from finbrief.facts import periods
from finbrief.facts.periods import PeriodContext, find_periods

TEXTS = [
    "Orbisco Freight reported third quarter 2025 revenue of $41 million, compared to the third quarter of 2024.",
    "For the quarter, Q3 sales rose 8%; in the prior year quarter they fell. We expect fourth quarter growth.",
    "The quarter 3 results of Orbisco and the June quarter: fiscal 2026 first quarter, year 2025, the full year.",
    "In the second quarter, versus last year's Q2, and the same period of last year, our third quarter improved.",
    "Orbisco's 2024 was strong: in 2025 the first half and the third quarter, the current quarter, today.",
    "Looking at the first quarter of last year and the fourth quarter 2025 earnings call, in '25 we grew.",
    "Orbisco 2025年第三季度营收增长8%，较2024年第三季度上升；二季度持平，去年同期下降。",
    "写下2021年第2季来低点后，Orbisco第三季度纯利增长，明年第一季度将改善。",
]
CONTEXTS = [
    PeriodContext(),
    PeriodContext("2025Q3", 2025),
    PeriodContext("2025Q3", 2025, 6, (2025, 11, 4)),
    PeriodContext(None, 2025, 12, (2025, 11, 4), article=True),
]


def _fields(pm: periods.PeriodMention) -> tuple[object, ...]:
    return tuple(getattr(pm, f.name) for f in dataclasses.fields(pm))


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_are_the_quarters_find_periods_finds(text: str) -> None:
    for ctx in CONTEXTS:
        for hint in (None, 2024, 2025):
            expected = [
                _fields(pm)
                for pm in find_periods(text, ctx, hint)
                if pm.kind == "quarter" and not pm.base and not pm.forward and pm.weight != 0
            ]
            assert [_fields(pm) for pm in periods._quarter_candidates(text, ctx, hint)] == expected


def test_sieved_keeps_the_matches_up_to_its_limit() -> None:
    text = TEXTS[2]
    every = [(*f[:4], f[4].span()) for f in periods._part_scan(text, False)]
    for limit in (0, 10, 40, len(text) // 2, len(text)):
        found = [(*f[:4], f[4].span()) for f in periods._sieved(text, False, limit)]
        assert sorted(found) == sorted(f for f in every if f[0] <= limit)
