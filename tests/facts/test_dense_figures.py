"""A paragraph packed with figures (a results table flattened to one line, a long digest) costs work in
proportion to its figures, not to their square: looking up where a figure stands among its paragraph's
figures and which names cover it must not scan all of them for each one.

The work is counted (comparisons of figures, overlap checks of names), not timed. Sentences are written
for these tests; the company and figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import attribution, run
from finbrief.facts.numbers import NumberMention
from finbrief.model import Fact

from .builders import build

SEGMENTS = ("Cloud", "Retail", "Devices", "Services", "Payments", "Logistics")


def dense_en(n: int) -> str:
    """``n`` result sentences, two figures each, in one paragraph."""
    body = " ".join(
        f"{SEGMENTS[i % len(SEGMENTS)]} revenue was ${100 + i} million, up {1 + i % 40}% year over year."
        for i in range(n)
    )
    return "Harbor Systems third quarter 2026 results\n\n" + body + "\n"


def dense_zh(n: int) -> str:
    body = "".join(f"第三季度营业收入{100 + i}亿元，同比增长{1 + i % 40}%。" for i in range(n))
    return "青川科技2026年第三季度业绩\n\n" + body + "\n"


def counted_facts(monkeypatch: pytest.MonkeyPatch, text: str, language: str) -> tuple[tuple[Fact, ...], dict[str, int]]:
    counts = {"eq": 0, "covers": 0}
    eq = NumberMention.__eq__
    covers = attribution._covers

    def counting_eq(self: NumberMention, other: object) -> bool:
        counts["eq"] += 1
        return eq(self, other)

    def counting_covers(hit: attribution._Hit, m: NumberMention) -> bool:
        counts["covers"] += 1
        return covers(hit, m)

    monkeypatch.setattr(NumberMention, "__eq__", counting_eq)
    monkeypatch.setattr(attribution, "_covers", counting_covers)
    return run(build(text, language)), counts  # type: ignore[arg-type]


@pytest.mark.parametrize(("make", "language"), [(dense_en, "en"), (dense_zh, "zh-Hans")])
def test_work_grows_with_the_figures_not_their_square(
    monkeypatch: pytest.MonkeyPatch, make: object, language: str
) -> None:
    n = 240
    facts, counts = counted_facts(monkeypatch, make(n), language)  # type: ignore[operator]
    amounts = [f for f in facts if f.unit != "%"]
    assert len(amounts) == n  # every sentence's amount is still a fact
    figures = 2 * n
    assert counts["eq"] < 4 * figures, counts  # (a scan per figure costs figures² / 2)
    assert counts["covers"] < 8 * figures, counts
