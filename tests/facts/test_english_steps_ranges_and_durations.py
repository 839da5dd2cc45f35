"""English calls: a step in percent and the level it reached are two figures, a range can be
written "range of X and Y", and an amount "in <metric> growth" is a change of that metric.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .test_english import facts_of, find


def test_a_step_in_percent_far_below_the_level_is_no_range() -> None:
    facts = facts_of("Gross margin increased by 2% to 41% in the quarter.")
    assert (find(facts, raw="41%").value, find(facts, raw="41%").value_high) == (41, None)
    assert find(facts, raw="2%").value_high is None


@settings(max_examples=25, deadline=None)
@given(step=st.integers(min_value=1, max_value=4), level=st.integers(min_value=45, max_value=90))
def test_any_step_in_percent_a_tenth_or_less_of_its_level_is_split(step: int, level: int) -> None:
    facts = facts_of(f"Gross margin increased by {step}% to {level}% in the quarter.")
    assert [(f.value, f.value_high) for f in facts if f.raw == f"{level}%"] == [(level, None)]


def test_a_forecast_growing_by_a_range_of_percents_stays_a_range() -> None:
    facts = facts_of("We expect revenue to grow by 2% to 8% in 2022.")
    assert [(f.value, f.value_high) for f in facts if f.raw == "2% to 8%"] == [(2, 8)]


def test_a_widening_by_a_range_of_basis_points_stays_a_range() -> None:
    facts = facts_of("We expect our gross margin to improve by 25 to 50 basis points next year.")
    assert [(f.value, f.value_high) for f in facts if f.raw == "25 to 50 basis points"] == [(25, 50)]


def test_a_previous_range_written_with_and_is_one_range() -> None:
    facts = facts_of(
        "We raised our 2021 guidance for same-store revenue growth to 7.5% to 8.5%, up from the previous range"
        " of 5% and 6.25%."
    )
    prior = find(facts, raw="5% and 6.25%")
    assert (prior.value, prior.value_high, prior.basis) == (5, 6.25, "prior")
    assert not [f for f in facts if f.raw in ("5%", "6.25%")]


def test_an_amount_in_a_metric_s_growth_is_no_level_of_the_metric() -> None:
    facts = facts_of(
        "We ended the quarter with $812 billion in assets under management. Of the $45 billion in AUM growth,"
        " about $30 billion came from higher market values."
    )
    assert find(facts, raw="$812 billion").change is None
    assert not [f for f in facts if f.raw == "$45 billion" and f.change is None]


def test_an_amount_in_a_metric_s_growth_over_a_stated_base_is_the_change() -> None:
    facts = facts_of("We saw $45 billion in AUM growth quarter-over-quarter.")
    growth = find(facts, raw="$45 billion")
    assert (growth.metric, growth.value, growth.change) == ("assets under management", 45e9, "qoq")


def test_an_amount_in_a_metric_s_decline_is_a_fall() -> None:
    facts = facts_of("We saw $3 billion in AUM decline versus the prior quarter.")
    assert (find(facts, raw="$3 billion").value, find(facts, raw="$3 billion").change) == (-3e9, "qoq")
