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


def test_a_year_to_date_summary_goes_on_in_the_next_paragraph() -> None:
    """A paragraph ending on "for the nine months year-to-date, we have delivered revenues of ..." and the next
    opening on "Adjusted EBITDA stood at ...": the same year to date, and its comparison a year before."""
    facts = facts_of(
        "For the third quarter, revenues were $500 million. Highlighting our performance for the 9 months "
        "year-to-date, we have delivered revenues of $1.4 billion, up from $1.2 billion in the prior year period.",
        "Adjusted EBITDA stood at $130 million compared to $120 million for the prior year period.",
    )
    assert find(facts, raw="$130 million").period == "2021Q1-2021Q3"
    assert find(facts, raw="$120 million").period == "2020Q1-2020Q3"


def test_a_quarter_named_at_a_paragraphs_end_is_not_carried_as_a_year_to_date() -> None:
    """After a paragraph ending on the quarter, a paragraph opening on a measure is the quarter's."""
    facts = facts_of(
        "For the nine months, revenues were $1.4 billion. In the third quarter, revenues were $500 million.",
        "Adjusted EBITDA stood at $130 million.",
    )
    assert find(facts, raw="$130 million").period == "2021Q3"


def test_cash_produced_over_the_year_to_date_is_a_flow_of_that_span() -> None:
    """"On a year-to-date basis, we have now produced roughly $80 million in cash": cash made over the nine
    months, not a balance at the quarter's end."""
    facts = facts_of("On a year-to-date basis, we have now produced roughly $80 million in cash.")
    assert find(facts, raw="$80 million").period == "2021Q1-2021Q3"


def test_cash_held_after_a_year_to_date_lead_is_the_quarter_ends() -> None:
    """"Year-to-date, ... we ended the quarter with $400 million in cash": a balance at the quarter's end."""
    facts = facts_of("Year-to-date, we ended the quarter with $400 million in cash.")
    assert find(facts, raw="$400 million").period == "2021Q3"


def test_a_sum_since_a_year_spans_the_years_since() -> None:
    """"Since our IPO in 2015, ... while generating $900 million of cash flow from operations": the sum over the
    years from 2015 to the call's, not a figure of 2015."""
    facts = facts_of(
        "Since our IPO in 2015, NovaSky has doubled its revenues, while generating $900 million of cash flow from "
        "operations."
    )
    assert find(facts, raw="$900 million").period == "2015-2021"


def test_a_year_named_as_a_level_not_seen_since_dates_no_figure() -> None:
    """"the highest level since 2015" after a quarter's figure leaves the figure the quarter's."""
    facts = facts_of("Revenue grew 12% to $40 million, the highest level since 2015.")
    assert find(facts, raw="$40 million").period == "2021Q3"


def test_a_figure_of_the_year_a_since_clause_goes_back_to_keeps_that_year() -> None:
    """"since 2015, when we were paying an annual dividend of $0.30 per share": the dividend of 2015."""
    facts = facts_of(
        "This is the fourth consecutive annual increase in our dividend since 2015, when we were paying an annual "
        "dividend of $0.30 per share."
    )
    assert find(facts, raw="$0.30").period == "2015"


def test_a_plan_figure_before_a_long_term_goal_takes_the_plans_year() -> None:
    """"we have announced a $4 million capital investment plan ..., toward our 2030 goal" after the plan for
    calendar year 2022: part of the 2022 plan, neither 2030's nor the quarter's."""
    facts = facts_of(
        "We are proceeding with our capital investment plan for calendar year 2022 of approximately $200 million.",
        "In addition, we have announced a $4 million capital investment plan in energy efficiency, to make "
        "meaningful progress toward our 2030 goal.",
    )
    assert find(facts, raw="$4 million").period == "2022"


def test_a_part_of_the_year_named_after_a_figure_dates_it() -> None:
    """"heading for another strong year of revenue with $64 million of this revenue line through three quarters":
    the first three quarters' revenue, not the year's."""
    facts = facts_of(
        "We are heading for another strong year of revenue with $64 million of this revenue line through three quarters."
    )
    assert find(facts, raw="$64 million").period == "2021Q1-2021Q3"
