"""English subjects of an asset manager's call: a unit of the call's own that a sentence opens with as its side ("On
the institutional side, we had net inflows") owns that sentence's figures; a side that is no unit of the call ("On the
cost side") names none; a product group singled out as "key" keeps that word in its name ("our key ophthalmology
portfolio").

Sentences are written for these tests about the fictional Larkspur Investments and Larkspur Animal Health; the figures are invented.
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


ANIMAL_HEAD = (
    "Welcome to Larkspur Animal Health's fourth quarter 2025 earnings call.\n"
    "Larkspur Animal Health had a strong year.\n"
)


def _animal(line: str) -> list[Fact]:
    """Facts of one line of an animal health company's call."""
    return [f for f in run(build(ANIMAL_HEAD + line, "en")) if f.paragraph > 2]


def test_a_key_product_group_heading_its_sentence_owns_its_figures() -> None:
    """"Our key ophthalmology portfolio ... generating revenue of $925 million": the group's revenue, named with the
    word that singles it out."""
    facts = _animal("Our key ophthalmology portfolio grew 23% in 2025, generating revenue of $925 million.")
    assert [f.subject for f in facts if f.raw == "$925 million"] == ["key ophthalmology portfolio"]


def test_key_alone_before_the_unit_noun_names_no_group() -> None:
    """"Our key portfolio", "our key growth portfolio": how much it matters, or a kind, is no group of products."""
    for line in (
        "Our key portfolio grew 23% in 2025, generating revenue of $925 million.",
        "Our key growth portfolio grew 23% in 2025, generating revenue of $925 million.",
    ):
        facts = _animal(line)
        assert facts
        assert all("key" not in f.subject for f in facts)
