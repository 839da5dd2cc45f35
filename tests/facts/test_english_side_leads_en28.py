"""English subjects of an asset manager's call: a unit of the call's own that a sentence opens with as its side ("On
the institutional side, we had net inflows") owns that sentence's figures; a side that is no unit of the call ("On the
cost side") names none.

Sentences are written for these tests about the fictional Larkspur Investments; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Larkspur Investments' fourth quarter 2025 earnings call.\n"
    "Larkspur Investments grew assets under management, and our institutional business and our retail business "
    "both gained clients.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of the call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def test_a_unit_opening_its_sentence_as_a_side_owns_its_figures() -> None:
    """"On the institutional side, we had net inflows of $4.2 billion": the flows are the institutional unit's."""
    facts = facts_of(
        "Total net inflows were $6.8 billion in the quarter.",
        "On the institutional side, we had net inflows of $4.2 billion.",
        "And on the retail side, net inflows were $2.6 billion.",
    )
    by_raw = {f.raw: f.subject for f in facts}
    assert by_raw["$4.2 billion"] == "institutional"
    assert by_raw["$2.6 billion"] == "retail"
    assert by_raw["$6.8 billion"] not in {"institutional", "retail"}


def test_a_side_that_is_no_unit_names_none() -> None:
    """"On the cost side, operating expenses were $310 million": a kind of figure, the company's own."""
    facts = facts_of("On the cost side, operating expenses were $310 million in the quarter.")
    assert facts
    assert all(f.subject not in {"cost", "institutional", "retail"} for f in facts)
