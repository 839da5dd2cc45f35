"""Periods of English figures: running spans, comparison bases, months, horizons and bare quarters.

Sentences are written for these tests about the fictional Lumora Outfitters; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.periods import PeriodContext, find_periods
from finbrief.model import Fact

from .builders import build

THIRD = (
    "Welcome to Lumora Outfitters' third quarter 2022 earnings call.\n"
    "Lumora Outfitters delivered a solid quarter and Lumora Outfitters' results were ahead of plan.\n"
)


def facts_of(*lines: str, head: str = THIRD) -> list[Fact]:
    """Facts of an English call: the head, then one paragraph per line (head facts left out)."""
    facts = run(build(head + "\n".join(lines), "en"))
    return [f for f in facts if f.paragraph > 2]


def find(facts: list[Fact], **want: object) -> Fact:
    """The one fact whose fields equal ``want``."""
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.unit, f.period, f.change) for f in facts])
    return hits[0]


def test_a_bare_quarter_named_as_a_base_stays_bare() -> None:
    ctx = PeriodContext(period="2022Q3", year=2022)
    (pm,) = find_periods("Sales rose 5% compared with the second quarter.", ctx)
    assert (pm.period, pm.base, pm.bare) == ("2022Q2", True, 2)
