"""A kind of fact that labelled documents show to be wrong about as often as right is withheld by default
(``finbrief.facts.evidence.WITHHELD``) and kept when the run asks for every fact; the plainly stated figures
of the same call stay."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import ingest

TURNS = """Orbix Systems Inc. (NYSE: ORBX) Third Quarter 2025 Earnings Call

Dana Reyes, Chief Financial Officer: Thanks. Revenue for the third quarter was $5.2 billion, up 8% from a year ago. Approximately $30 million of the revenue came from the Nordlys acquisition.

Dana Reyes, Chief Financial Officer: Net income for the third quarter was $410 million.
"""
"""The $30 million is the acquired business's revenue, said loosely, not the company's."""


def _values(facts: object) -> dict[float, Fact]:
    return {f.value: f for f in facts}  # type: ignore[attr-defined]


def test_a_loose_amount_of_a_call_is_withheld() -> None:
    doc = ingest(TURNS)
    shown = _values(run(doc))
    assert shown[5.2e9].metric == "revenue" and shown[5.2e9].period == "2025Q3"
    assert shown[4.1e8].metric == "net income"
    assert 3e7 not in shown
    every = _values(run(doc, Options(all_facts=True)))
    assert every[3e7].qualifier == "approx"
