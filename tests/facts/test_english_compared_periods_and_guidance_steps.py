"""Changes between two named periods, against a pre-pandemic year, and forecasts moved by an amount in an English call.

Sentences are written for these tests about the fictional NovaSky Technology's dairy and ferry businesses (a call of
the third quarter of 2021); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_sentence_opening_on_two_halves_a_year_apart_states_the_later_halfs_change() -> None:
    growth = find(facts_of("First half '21 versus first half '20 dairy volumes advanced 19%."), value=19.0)
    assert (growth.metric, growth.change, growth.period, growth.basis) == ("volumes", "yoy", "2021Q1-2021Q2", None)


def test_a_sentence_opening_on_two_quarters_a_year_apart_states_the_later_quarters_change() -> None:
    growth = find(facts_of("Q3 '21 versus Q3 '20 ferry volumes advanced 9%."), value=9.0)
    assert (growth.metric, growth.change, growth.period, growth.basis) == ("volumes", "yoy", "2021Q3", None)


def test_a_change_against_the_same_quarter_of_pre_pandemic_2019_is_no_fact() -> None:
    assert not facts_of("Dairy revenue grew 16% compared to the same quarter of pre-pandemic 2019.")


def test_a_change_against_a_2019_pre_pandemic_baseline_is_no_fact() -> None:
    assert not facts_of("Ferry revenue in the third quarter rose 11% compared to our 2019 pre-pandemic baseline.")


def test_a_change_against_the_same_quarter_of_the_year_before_stays_yoy() -> None:
    growth = find(facts_of("Dairy revenue grew 8% compared to the same quarter of 2020."), value=8.0)
    assert (growth.metric, growth.change, growth.period) == ("revenue", "yoy", "2021Q3")


def test_a_forecast_raised_by_an_amount_is_no_level() -> None:
    assert not [f for f in facts_of("We increased our EPS guidance by $0.20 at the midpoint.") if f.value == 0.2]
    assert not facts_of("We are lowering our revenue guidance by $50 million at the midpoint.")


def test_the_new_range_after_a_forecast_step_is_kept() -> None:
    facts = facts_of(
        "We raised our full year revenue guidance for the Dairy segment by $40 million, to $1.2 billion to $1.3 billion."
    )
    assert not [f for f in facts if f.value == 40_000_000]
    new = find(facts, value=1_200_000_000)
    assert (new.metric, new.value_high, new.period) == ("revenue guidance", 1_300_000_000, "2021")


def test_a_dividend_raised_by_a_rate_stays_a_change() -> None:
    facts = facts_of("We raised the quarterly dividend by 8% to $0.27 per share.")
    assert find(facts, value=8.0).change == "yoy"
    assert find(facts, value=0.27).metric == "dividend"
