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


def test_changes_listed_before_respectively_and_an_old_year_are_dropped() -> None:
    """"ADR and RevPAR are trending 14% and 6%, respectively, above November 2019" in a 2022 call: gaps over three
    years, neither a change of the quarter; the same list against last year is kept."""
    old = _facts(
        "Kestrel Hotels reported its third quarter results.\n"
        "Our comparable portfolio ADR and RevPAR is currently trending approximately 14% and 6%, respectively, above"
        " November 2019.\n"
    )
    assert not [f for f in old if f.value in (14.0, 6.0)]
    recent = _facts(
        "Kestrel Hotels reported its third quarter results.\n"
        "Our comparable portfolio ADR and RevPAR grew 14% and 6%, respectively, above the third quarter of 2021.\n"
    )
    assert {f.value for f in recent if f.metric in ("average daily rate", "RevPAR")} == {14.0, 6.0}


def test_a_year_beaten_by_a_figure_is_no_change_of_the_quarter() -> None:
    """"our Denver portfolio exceeded 2019 RevPAR by 2.4%", "RevPAR growth of 4.1% in August surpassed the comparable
    month of 2019": gaps to a year three years back."""
    got = _facts(
        "Kestrel Hotels reported its third quarter results.\n"
        "In August, our Denver portfolio exceeded 2019 RevPAR by 2.4%.\n"
        "Our comparable portfolio RevPAR growth of 4.1% in August surpassed the comparable month of 2019.\n"
        "Our Austin portfolio RevPAR rose 3.3% compared to 2021.\n"
    )
    values = {f.value for f in got}
    assert 2.4 not in values and 4.1 not in values
    assert 3.3 in values


def test_a_year_a_level_is_below_by_a_figure_is_no_change_of_the_quarter() -> None:
    """"revenues were below 2019 levels by 4%" in a 2022 call: a gap to three years back; "below 2021 levels by 4%"
    is a change over the year, which the rule leaves in place."""
    got = _facts(
        "Kestrel Industrial reported its third quarter results.\n"
        "Our third quarter revenues were below 2019 levels by 4% on an organic basis.\n"
        "Our third quarter volumes were below 2021 levels by 7%.\n"
    )
    values = {f.value for f in got}
    assert 4.0 not in values and -4.0 not in values
    assert {abs(v) for v in values} >= {7.0}


def test_a_decline_restated_on_a_basis_without_article_keeps_its_direction() -> None:
    """"declined 11.2% year-over-year or 10.8% on organic basis": the same decline on another basis, as a
    transcript writes it without the article."""
    got = _facts(
        "Kestrel Industrial reported its third quarter results.\n"
        "Sales in our Fluid Power segment declined 11.2% year-over-year or 10.8% on organic basis.\n"
    )
    assert {f.value for f in got if f.unit == "%"} == {-11.2, -10.8}


def test_points_of_improvement_of_a_ratio_where_lower_is_better_are_a_fall() -> None:
    """"180 basis points of operating ratio improvement": the operating ratio fell, as "improved 120 basis points"
    says with a verb."""
    got = _facts(
        "Kestrel Rail reported its third quarter results.\n"
        "We delivered 180 basis points of operating ratio improvement, driving us to a record 58.4%.\n"
        "Our operating ratio improved 120 basis points to 61.3%.\n"
    )
    moves = {f.value for f in got if f.metric == "operating ratio" and f.unit == "bps"}
    assert moves == {-180.0, -120.0}
