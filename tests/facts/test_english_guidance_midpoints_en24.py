"""English calls: the midpoint or the updated range of a forecast just given is a forecast of the same metric and
period, and the result a forecast is set against ("from the $1.70 recorded in the third quarter") is no forecast.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_midpoint_kept_is_the_forecast_s() -> None:
    facts = facts_of(
        "For the full year 2021, we estimate same-store revenue growth of 8.5% to 9.5%, a tighter range than previous"
        " guidance while keeping the midpoint of 9%."
    )
    fact = find(facts, raw="9%")
    assert (fact.metric, fact.period) == ("same-store revenue guidance", "2021")


def test_the_updated_range_is_the_forecast_just_lowered() -> None:
    facts = facts_of(
        "We are adjusting the midpoint of our core FFO per share guidance down by $0.02 to $1.91. The updated range is"
        " $1.90 to $1.92."
    )
    fact = find(facts, raw="$1.90 to $1.92")
    assert (fact.metric, fact.period) == ("core FFO per share guidance", "2021")


def test_the_result_a_forecast_s_midpoint_is_set_against_is_a_result() -> None:
    facts = facts_of(
        "We expect FFO per share for the fourth quarter to be within the range of $1.52 to $1.56. The midpoint of $1.54"
        " represents a $0.03 per share increase from the $1.51 recorded in the third quarter."
    )
    assert (find(facts, raw="$1.54").metric, find(facts, raw="$1.54").period) == ("FFO per share guidance", "2021Q4")
    assert (find(facts, raw="$1.51").metric, find(facts, raw="$1.51").period) == ("FFO per share", "2021Q3")


def test_a_midpoint_with_no_forecast_before_gives_no_fact() -> None:
    facts = facts_of("Revenue was $210 million. The midpoint of 4% reflects our view of the market.")
    assert not [f for f in facts if f.raw == "4%"]
