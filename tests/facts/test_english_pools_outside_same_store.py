"""English calls: the properties outside a same-store pool ("the non-same-property portfolio", "non-same-store NOI")
are a pool of their own; their figures are never the same-store pool's, and the name holds for its own sentence only.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call), read here as
an owner of student-housing properties; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_pool_outside_same_store_owns_its_sentence_after_the_same_store_pool() -> None:
    facts = facts_of(
        "Starting with our same-property portfolio, average occupancy increased 120 basis points from the second"
        " quarter to 81.2%. For the 42 building non-same-property portfolio, average occupancy increased"
        " approximately 80 basis points from the second quarter to 70.1%."
    )
    assert find(facts, raw="81.2%").subject == "same-property"
    assert find(facts, raw="70.1%").subject == "non-same-property"
    assert find(facts, raw="80 basis points").subject == "non-same-property"


def test_non_same_store_figures_belong_to_that_pool() -> None:
    facts = facts_of("Our non-same-store communities contributed $3 million of NOI in the quarter.")
    assert find(facts, raw="$3 million").subject == "non-same-store"


def test_the_pool_named_in_passing_is_not_the_subject_of_the_next_paragraph() -> None:
    facts = facts_of(
        "About 30% of our wholly owned beds are in our non-same-store pool.",
        "Total revenue increased 9.1% to $88 million.",
    )
    assert find(facts, raw="$88 million").subject == "NovaSky"
