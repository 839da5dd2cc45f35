"""English guidance, comparisons and directions: a range given before ("from $42 million to $45 million previously")
is one prior range, not a move between two levels; a change stated against a year two or more years back (after
"respectively", or as "exceeded 2019 RevPAR by 2.4%") is no change of the quarter; a decline restated "on organic
basis" and "points of operating ratio improvement" keep the direction of the move."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts

from .builders import ingest


def _facts(text: str) -> list[facts.Fact]:
    doc = replace(ingest(text, source="KQZW_q3_2022.txt"), kind="transcript")
    return list(facts.run(doc))


def test_an_earlier_range_after_from_is_one_prior_range() -> None:
    """"to between $41 million and $43 million from $42 million to $45 million previously": $45 million is the top of
    the range given before, never this year's guidance of its own."""
    got = _facts(
        "Kestrel Outlets reported its third quarter results.\n"
        "We have reduced our G&A guidance to between $41 million and $43 million from $42 million to $45 million"
        " previously.\n"
    )
    ranges = {(f.value, f.value_high, f.basis) for f in got if f.metric == "G&A expense guidance"}
    assert ranges == {(4.1e7, 4.3e7, None), (4.2e7, 4.5e7, "prior")}


def test_a_move_from_one_level_to_another_stays_two_levels() -> None:
    """"rose from $42 million to $45 million": a move, the second the level reached (no range)."""
    got = _facts(
        "Kestrel Outlets reported its third quarter results.\n"
        "Rental revenue rose from $42 million in the third quarter of last year to $45 million this quarter.\n"
    )
    assert all(f.value_high is None for f in got)
    assert any(f.value == 4.5e7 and f.period == "2022Q3" for f in got)


def test_a_decline_restated_on_a_basis_without_article_keeps_its_direction() -> None:
    """"declined 11.2% year-over-year or 10.8% on organic basis": the same decline on another basis, as a
    transcript writes it without the article."""
    got = _facts(
        "Kestrel Industrial reported its third quarter results.\n"
        "Sales in our Fluid Power segment declined 11.2% year-over-year or 10.8% on organic basis.\n"
    )
    assert {f.value for f in got if f.unit == "%"} == {-11.2, -10.8}
