"""Business lines an English call names at a sentence's start in lowercase ("In prepared meals, volumes ..."), and
products whose sales a sentence is about when an adverb stands before the verb ("Sales of Zentrova also grew"),
and units named by an acronym with their kind ("our RPO business").

Sentences are written for these tests about the fictional NovaSky Foods; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subject_of(facts: list[Fact], value: float) -> str:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.subject, f.metric, f.value) for f in facts]
    return hits[0].subject


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        ("In prepared meals, volumes were down 2.6% in the quarter.", "prepared meals"),
        ("In coatings, revenue grew 7.4% in the quarter.", "coatings"),
        ("Within our frozen desserts, sales rose 9.1% to $210 million.", "frozen desserts"),
    ],
)
def test_a_lowercase_line_opening_the_sentence_owns_its_figures(sentence: str, line: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == line for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "In contrast, volumes were down 2.6% in the quarter.",
        "In the upper right, revenue grew 7.4% in the quarter.",
        "In our portfolio, occupancy was 93.5% at the end of the quarter.",
        "In the same-store pool, revenue grew 7.4% in the quarter.",
        "In the food and beverage department, labor costs were down 4.3%.",
        "In constant currency, revenue grew 7.4% in the quarter.",
    ],
)
def test_a_turn_of_phrase_or_the_whole_is_no_line(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all("NovaSky" in f.subject for f in facts), [(f.subject, f.value) for f in facts]


def test_sales_of_a_product_with_an_adverb_before_the_verb_are_the_products() -> None:
    facts = facts_of("Sales of Zentrova also grew 16% for the year.")
    assert subject_of(facts, 16) == "Zentrova"


def test_an_acronym_named_with_its_kind_is_a_unit_not_the_metric() -> None:
    assert subject_of(facts_of("Our RPO business posted 12% revenue growth during the quarter."), 12) == "RPO business"
    assert "NovaSky" in subject_of(facts_of("RPO grew 9% to $1.2 billion."), 9)
