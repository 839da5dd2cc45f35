"""Clauses that only continue the one before: a change or a base written after a metric's level, with a degree word
("down only", "down slightly"), a quarter ("higher than Q2 and ..."), "in line with last year's", or how the figure
before compares with the guidance ("above the high end of our guidance range and growing 28%"), still measures the
metric named before; and a name that "earned" an amount gives the net result.

Sentences are written for these tests about the fictional Ostrel Industrial; the figures are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_OSTREL = "Welcome to Ostrel Industrial's third quarter 2022 earnings call.\n"


def _facts(text: str) -> list[Fact]:
    return list(facts.run(build(_OSTREL + text + "\n", language="en")))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change, f.basis) for f in found])
    return hits[0]


def test_a_change_after_a_degree_word_measures_the_metric_before() -> None:
    found = _facts("Q3 operating margin was 23.8%, down only 120 basis points compared to prior year.")
    move = _one(found, value=-120.0)
    assert (move.metric, move.unit, move.change, move.period) == ("operating margin", "bps", "yoy", "2022Q3")


def test_a_second_base_after_a_relative_period_is_a_base_too() -> None:
    found = _facts(
        "Occupancy averaged 94.1% during the third quarter, down slightly from 94.5% last quarter and 95.0% in the "
        "third quarter of 2021."
    )
    older = _one(found, value=95.0)
    assert (older.metric, older.period, older.basis) == ("occupancy", "2021Q3", "prior")
    assert _one(found, value=94.5).period == "2022Q2"



def test_a_figure_of_another_item_after_a_base_and_its_period_is_no_base() -> None:
    """In "down from 71 last year and 58 regional jets", the 58 starts the next item, no second base."""
    found = _facts("We delivered 64 turboprops, down from 71 last year and 58 regional jets, up from 52 a year ago.")
    assert not [f for f in found if f.value == 58.0 and f.basis == "prior"]


def test_a_second_move_after_a_quarter_base_measures_the_metric_before() -> None:
    found = _facts(
        "Our gross margin was 41.2 percent, 30 basis points higher than Q2 and 55 basis points higher than the "
        "year-ago quarter."
    )
    move = _one(found, value=55.0)
    assert (move.metric, move.change, move.period) == ("gross margin", "yoy", "2022Q3")


def test_in_line_with_last_years_rate_is_the_base_of_the_same_rate() -> None:
    found = _facts("Our effective tax rate was 22.4%, in line with last year's 22.1%.")
    base = _one(found, value=22.1)
    assert (base.metric, base.period, base.basis) == (_one(found, value=22.4).metric, "2021Q3", "prior")


def test_a_name_that_earned_an_amount_gives_its_net_income() -> None:
    found = _facts("In the third quarter, Ostrel Industrial earned $2.4 billion or $5.10 per diluted common share.")
    income = _one(found, value=2.4e9)
    assert (income.metric, income.period) == ("net income", "2022Q3")


def test_an_amount_earned_in_something_named_after_it_is_no_net_income() -> None:
    found = _facts("Cardholders earned $40 million in rewards during the quarter.")
    assert not [f for f in found if f.metric == "net income"]


def test_a_growth_after_a_beat_of_the_guidance_range_measures_the_metric_before() -> None:
    found = _facts(
        "Q3 subscription revenues were $2.1 billion, $30 million above the high end of our guidance range and growing "
        "28% year over year."
    )
    growth = _one(found, value=28.0)
    assert (growth.metric, growth.change, growth.period) == ("subscription revenue", "yoy", "2022Q3")


def test_a_pronoun_for_the_metric_led_before_keeps_it() -> None:
    found = _facts("On our gathering volumes, they were down about 25% in the quarter compared to the third quarter of 2021.")
    move = _one(found, value=-25.0)
    assert (move.metric, move.change, move.qualifier) == ("volumes", "yoy", "approx")
