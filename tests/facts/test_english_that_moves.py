"""English calls: a sentence that opens on the statement before with a bounded change ("That's greater than a 25%
increase") gives the change of that statement's figure, with its bound; in a transcript written one sentence a line the
statement is the line before.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_bounded_move_of_the_line_before() -> None:
    facts = facts_of(
        "Deliveries to export terminals averaged approximately 3.7 million dekatherms per day.",
        "That's greater than a 25% increase versus the third quarter of 2020.",
    )
    move = find(facts, raw="25%")
    assert (move.metric, move.value, move.change, move.qualifier) == ("deliveries", 25, "yoy", "over")


def test_a_bounded_move_below_in_the_same_paragraph() -> None:
    facts = facts_of("Revenue was $5.2 million in the quarter. That's less than a 2% increase over the prior year.")
    move = find(facts, raw="2%")
    assert (move.metric, move.change, move.qualifier) == ("revenue", "yoy", "under")
