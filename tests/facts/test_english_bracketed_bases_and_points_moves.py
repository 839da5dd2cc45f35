"""English calls: a comparison base followed by a bracketed per-share figure keeps the period written after the
bracket ("compared to $30.5 million ($0.70 per share) for the third quarter of 2020"); points or basis points
followed by "of" and a change of a measure ("30 basis points of margin expansion") or a comparative and the measure
("280 basis points of increased margin") are that measure's move, not a level; money raised by a financing ("the
debt raise of $383 million") is no rise.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_base_with_bracketed_per_share_figure_keeps_its_period() -> None:
    facts = facts_of(
        "Operating earnings were $29.5 million ($0.68 per share), compared to $30.5 million ($0.70 per share) for the"
        " third quarter of 2020."
    )
    base = find(facts, raw="$30.5 million")
    assert (base.metric, base.period, base.basis) == ("operating earnings", "2020Q3", "prior")
    per_share = find(facts, raw="$0.70")
    assert (per_share.period, per_share.basis) == ("2020Q3", "prior")
    assert find(facts, raw="$0.68").period == "2021Q3"


def test_basis_points_of_a_forecast_margin_expansion_are_a_move() -> None:
    facts = facts_of("For fiscal 2022, we project a further 30 basis points of margin expansion to 14.1%.")
    expansion = find(facts, raw="30 basis points")
    assert (expansion.period, expansion.change) == ("2022", "yoy")


def test_basis_points_of_increased_margin_beside_a_yearly_growth_are_a_move() -> None:
    facts = facts_of(
        "Higher volume drove segment EBIT growth of 40% year-over-year and 280 basis points of increased margin to 19.6%."
    )
    assert find(facts, raw="280 basis points").change == "yoy"


def test_basis_points_of_a_margin_level_stay_a_level() -> None:
    facts = facts_of("The spread on new loans was 280 basis points of margin over the benchmark rate in the quarter.")
    assert find(facts, raw="280 basis points").change is None


def test_a_debt_raise_is_a_level() -> None:
    facts = facts_of("Today we announced the successful debt raise of $383 million, adding to our liquidity.")
    raised = find(facts, raw="$383 million")
    assert (raised.metric, raised.value, raised.change) == ("debt", 383e6, None)
