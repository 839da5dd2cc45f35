"""Kinds of facts whose fields the text supports only weakly are withheld by default and printed with
``--all-facts``: a metric named far from its figure in a long sentence, a count among the many figures of a
long sentence. Plain facts of the same call are kept, a figure in basis points among them."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.options import Options

from .builders import ingest

CALL = """Corvane Stores Inc. (NYSE: CRVL) Third Quarter 2025 Earnings Call

Maria Holt, Chief Financial Officer: Thanks. Revenue for the third quarter was $812 million, up 6% from a year ago. Our net interest margin was 310 basis points in the quarter.

Maria Holt, Chief Financial Officer: Gross margin, which as you will recall from our investor day excludes the integration costs, the legal settlement with the former owners of the Harbor chain and the freight costs that also weighed on operating margin last time, was 41.5%, while the remaining items on the bridge we showed you earlier this year were broadly unchanged from what we expected.

Maria Holt, Chief Financial Officer: During the quarter we opened new stores in Ohio, Texas and Georgia, completed the conversion of the legacy outlets we acquired with Harbor, signed the long-term lease for the Memphis distribution hub, and now operate 214 stores across the country, with more openings planned for the months ahead.
"""
"""The 41.5% is two hundred characters past "Gross margin" with "operating margin" between them; the 214
stores sit in a long sentence of openings, conversions and leases."""


def _values(facts: object) -> set[float]:
    return {f.value for f in facts}  # type: ignore[attr-defined]


def test_weakly_supported_facts_are_withheld_and_plain_ones_kept() -> None:
    shown = _values(run(ingest(CALL)))
    assert {8.12e8, 6.0, 310.0} <= shown
    assert not {41.5, 214.0} & shown


def test_withheld_facts_are_printed_when_every_fact_is_asked_for() -> None:
    every = {f.value: f for f in run(ingest(CALL), Options(all_facts=True))}
    assert every[41.5].unit == "%"
    assert every[214.0].unit == "count"


PAIRED = """Corvane Stores Inc. (NYSE: CRVL) Third Quarter 2025 Earnings Call

Maria Holt, Chief Financial Officer: Thanks. Last night, we reported funds from operations for the third quarter of 2025 of $142.2 million or $1.36 per share, exceeding the midpoint of our guidance range by $0.03 per share, driven by higher same-store revenue, lower property operating expenses, the timing of acquisitions we closed during the quarter and the lower interest expense we saw on our floating-rate debt.
"""
"""The per-share figure follows its amount and the quarter: its metric is named as closely as the amount's."""


def test_a_per_share_figure_paired_with_its_amount_is_kept_in_a_long_sentence() -> None:
    shown = {(f.metric, f.value) for f in run(ingest(PAIRED))}
    assert ("FFO per share", 1.36) in shown
