"""English calls: an amount of money said to be favorable or unfavorable to an earlier period, or a headwind or
tailwind against it ("$88 million unfavorable to the same period last year"), is the move from that period, over
the comparison it names, not the metric's level.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_unfavorable_to_the_same_period_last_year_is_a_yearly_move() -> None:
    facts = facts_of(
        "Operating expenses were $88 million unfavorable to the same period last year, driven by higher wages."
    )
    move = find(facts, raw="$88 million")
    assert (move.metric, move.value, move.change, move.period) == ("operating expenses", 88e6, "yoy", "2021Q3")


def test_favorable_to_the_prior_year_quarter_is_a_yearly_move() -> None:
    facts = facts_of("Net revenue was $15 million favorable to the prior year quarter.")
    move = find(facts, raw="$15 million")
    assert (move.metric, move.change, move.period) == ("revenue", "yoy", "2021Q3")


def test_unfavorable_year_over_year_is_a_yearly_move() -> None:
    facts = facts_of("Adjusted EBITDA was $14 million unfavorable year-over-year.")
    assert (find(facts, raw="$14 million").metric, find(facts, raw="$14 million").change) == ("adjusted EBITDA", "yoy")


def test_favorable_to_the_quarter_before_is_sequential() -> None:
    facts = facts_of("Operating profit was $9 million favorable to the second quarter.")
    move = find(facts, raw="$9 million")
    assert (move.metric, move.change, move.period) == ("operating income", "qoq", "2021Q3")


def test_favorable_compared_to_the_quarter_before_is_sequential() -> None:
    facts = facts_of("Operating profit was $9 million favorable compared to the second quarter.")
    move = find(facts, raw="$9 million")
    assert (move.metric, move.change, move.period) == ("operating income", "qoq", "2021Q3")


def test_favorable_to_an_older_year_is_no_level_of_that_year() -> None:
    facts = facts_of("Interest expense was $6 million favorable to 2020.")
    assert not [f for f in facts if f.value == 6e6 and f.change is None]


def test_amount_favorable_to_a_plan_stays_a_level() -> None:
    facts = facts_of("Cost of sales was $5 million favorable to our guidance.")
    assert find(facts, raw="$5 million").change is None


# --- the sign of the move: a cost that is unfavorable rose, a result that is unfavorable fell ------------------


def test_revenue_unfavorable_to_last_year_fell() -> None:
    move = find(facts_of("Revenue was $12 million unfavorable to last year."), raw="$12 million")
    assert (move.metric, move.value, move.change) == ("revenue", -12e6, "yoy")


def test_an_expense_unfavorable_to_last_year_rose() -> None:
    move = find(facts_of("SG&A was $12 million unfavorable to last year."), raw="$12 million")
    assert (move.metric, move.value, move.change) == ("SG&A expense", 12e6, "yoy")


def test_an_expense_favorable_to_the_prior_year_fell() -> None:
    move = find(facts_of("Interest expense was $6 million favorable to the prior year."), raw="$6 million")
    assert (move.metric, move.value, move.change) == ("interest expense", -6e6, "yoy")


def test_a_result_favorable_to_the_prior_quarter_rose() -> None:
    move = find(facts_of("Gross profit was $7 million favorable to the prior quarter."), raw="$7 million")
    assert (move.metric, move.value, move.change) == ("gross profit", 7e6, "qoq")


def test_a_cost_unfavorable_to_the_quarter_before_rose_over_it() -> None:
    move = find(facts_of("Cost of sales was $4 million unfavorable to the second quarter."), raw="$4 million")
    assert (move.metric, move.value, move.change, move.period) == ("cost of revenue", 4e6, "qoq", "2021Q3")


def test_a_level_and_its_unfavorable_move_are_two_facts() -> None:
    facts = facts_of("Adjusted EBITDA of $212 million was $18 million unfavorable to the prior year.")
    level, move = find(facts, raw="$212 million"), find(facts, raw="$18 million")
    assert (level.value, level.change) == (212e6, None)
    assert (move.metric, move.value, move.change) == ("adjusted EBITDA", -18e6, "yoy")


def test_a_favorable_move_of_a_measure_neither_cost_nor_result_gets_no_guessed_sign() -> None:
    facts = facts_of("Average deposits were $9 million favorable to the prior quarter.")
    assert not [f for f in facts if abs(f.value) == 9e6]


def test_stronger_or_weaker_than_an_earlier_period_is_the_move_from_it() -> None:
    """"Export sales were $140 million stronger than the prior-year period": the amount sales rose by over the year,
    not their level; "weaker than" the year before is a fall from it. "Stronger" of something else ("a stronger
    dollar") leaves the amount a level."""
    rose = find(facts_of("Our revenue was nearly $140 million stronger than the prior-year period."), raw="$140 million")
    assert (rose.metric, rose.value, rose.change, rose.period) == ("revenue", 140e6, "yoy", "2021Q3")
    fell = find(facts_of("Revenue was $25 million weaker than the prior-year quarter."), raw="$25 million")
    assert (fell.metric, fell.value, fell.change) == ("revenue", -25e6, "yoy")
    level = find(facts_of("Revenue was $310 million despite a stronger dollar."), raw="$310 million")
    assert (level.value, level.change) == (310e6, None)
