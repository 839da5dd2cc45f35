"""Kinds of facts that labelled documents show to be wrong about as often as right are withheld by default
(``finbrief.facts.evidence.WITHHELD``) and kept when the run asks for every fact; the plainly stated figures
of the same paragraphs stay."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import ingest

BRIDGE = """Orbix Systems Inc. (NYSE: ORBX) Third Quarter 2025 Earnings Call

Dana Reyes, Chief Financial Officer: Thanks. Gross margin was 41.2%, which includes 80 basis points of gross margin from the new plant. Pricing added 120 basis points of operating margin. Operating margin expanded 150 basis points from the prior year.
"""
"""80 and 120 basis points are parts of a margin, not its level and not its move on a year ago."""

TURNS = """Orbix Systems Inc. (NYSE: ORBX) Third Quarter 2025 Earnings Call

Dana Reyes, Chief Financial Officer: Thanks. Revenue for the third quarter was $5.2 billion, up 8% from a year ago. Approximately $30 million of the revenue came from the Nordlys acquisition.

Dana Reyes, Chief Financial Officer: Net income for the third quarter was $410 million. In the first half of 2025 we bought back shares, and in fiscal 2024 we paid down debt; we expect free cash flow of $1.1 billion.
"""
"""The $30 million is the acquired business's revenue, said loosely; the $1.1 billion names no period while
the paragraph names two."""


def _values(facts: object) -> dict[float, Fact]:
    return {f.value: f for f in facts}  # type: ignore[attr-defined]


def test_basis_points_read_as_no_change_are_withheld() -> None:
    doc = ingest(BRIDGE)
    shown = _values(run(doc))
    assert shown[41.2].metric == "gross margin"
    assert shown[150].change == "yoy" and shown[150].metric == "operating margin"
    assert 80 not in shown and 120 not in shown
    every = _values(run(doc, Options(all_facts=True)))
    assert every[80].unit == "bps" and every[120].unit == "bps"


def test_a_loose_amount_of_a_call_and_a_figure_between_periods_are_withheld() -> None:
    doc = ingest(TURNS)
    shown = _values(run(doc))
    assert shown[5.2e9].metric == "revenue" and shown[5.2e9].period == "2025Q3"
    assert shown[4.1e8].metric == "net income"
    assert 3e7 not in shown
    assert 1.1e9 not in shown
    every = _values(run(doc, Options(all_facts=True)))
    assert every[3e7].qualifier == "approx"
    assert every[1.1e9].metric == "free cash flow guidance"
