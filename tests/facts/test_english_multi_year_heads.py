"""English calls: a two-year span that heads one figure ("a two-year stack of 31.3%") makes that figure a change
over two years, not the next figure of the sentence, whose own metric names a one-year move.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_move_after_a_two_year_stack_is_the_quarter_s() -> None:
    facts = facts_of(
        "We delivered comps of 12.9%, building to a two-year stack of 31.3% and operating margin expansion of 70"
        " basis points."
    )
    move = find(facts, raw="70 basis points")
    assert (move.metric, move.value, move.period) == ("operating margin", 70, "2021Q3")
    assert not [f for f in facts if f.raw == "31.3%"]


def test_a_two_year_lead_still_spans_every_figure_after_it() -> None:
    facts = facts_of("On a two-year basis, revenue grew 27% and operating margin expanded 70 basis points.")
    assert not [f for f in facts if f.raw in ("27%", "70 basis points")]
