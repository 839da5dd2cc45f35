"""Changes over half years and nine months stated against a year two back in an English call: no YoY fact.

Sentences are written for these tests about the fictional NovaSky Technology's freight business (a call of the third
quarter of 2021); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_half_year_change_against_the_half_of_two_years_before_is_no_fact() -> None:
    facts = facts_of(
        "Cargo volumes in the Freight segment rose 12% over the prior year third quarter, and 9% for the first half"
        " compared to the first half of 2019."
    )
    quarter = find(facts, value=12.0)
    assert (quarter.subject, quarter.metric, quarter.change, quarter.period) == (
        "Freight",
        "volumes",
        "yoy",
        "2021Q3",
    )
    assert not [f for f in facts if f.value == 9.0]


def test_a_sentence_opening_on_two_halves_compared_states_a_change_between_them() -> None:
    facts = facts_of("First half '21 versus first half '19 cargo revenue advanced 14%.")
    assert not [f for f in facts if f.value == 14.0]


def test_a_change_against_the_first_nine_months_of_two_years_before_is_no_fact() -> None:
    assert not facts_of("Freight revenue grew 11% versus the first nine months of 2019.")


def test_a_half_year_change_against_the_year_before_is_kept() -> None:
    facts = facts_of(
        "Freight revenue grew 9% in the first half versus the first half of 2020, and EBITDA rose 12%."
    )
    growth = find(facts, value=9.0)
    assert (growth.metric, growth.change, growth.period) == ("revenue", "yoy", "2021Q1-2021Q2")
    assert find(facts, value=12.0).change == "yoy"


def test_margins_of_the_half_years_compared_stay_levels() -> None:
    facts = facts_of(
        "Operating margin was 12.5% in the first half compared to 11% in the first half of 2019."
    )
    now, then = find(facts, value=12.5), find(facts, value=11.0)
    assert (now.metric, now.period, now.basis) == ("operating margin", "2021Q1-2021Q2", None)
    assert (then.metric, then.period, then.basis) == ("operating margin", "2019Q1-2019Q2", "prior")
