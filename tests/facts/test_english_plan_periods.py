"""English periods of capital plan figures: a plan named with its year ("our capital plan for calendar year 2022")
dates the plan figures of the paragraphs after it that name no period; a long-term goal's year ("our 2030 goal")
dates no forecast after it.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_plan_lines_after_a_plan_named_with_its_year_take_that_year() -> None:
    """"The core capital plan is approximately $90 million" after "our capital plan for calendar year 2022":
    the plan of 2022, not a figure of the quarter reported."""
    facts = facts_of(
        "We are proceeding with our capital investment plan for calendar year 2022 of approximately $200 million.",
        "The plan includes new equipment across our sites.",
        "The core capital plan is approximately $90 million, above our typical annual capital plan.",
        "Our total capital plan is expected to be approximately $210 million to $220 million.",
    )
    assert find(facts, raw="$200 million").period == "2022"
    assert find(facts, raw="$90 million").period == "2022"
    assert find(facts, raw="$210 million to $220 million").period == "2022"


def test_a_long_term_goals_year_dates_no_later_forecast() -> None:
    """"progress toward our 2030 goal" then "Our total capital plan is expected to be ...": the plan is the
    coming year's, not 2030's."""
    facts = facts_of(
        "We have announced a $5 million capital investment plan in efficient heating and lighting to make progress "
        "toward our 2030 goal.",
        "Our total capital plan is expected to be approximately $210 million to $220 million.",
    )
    assert find(facts, raw="$210 million to $220 million").period != "2030"


def test_a_capital_figure_with_no_plan_named_keeps_the_quarter() -> None:
    """A capital spending figure of the quarter reported is not moved to a plan's year by a plan named before."""
    facts = facts_of(
        "We are proceeding with our capital investment plan for calendar year 2022 of approximately $200 million.",
        "Capital expenditures in the quarter were $40 million.",
    )
    assert find(facts, raw="$40 million").period == "2021Q3"
