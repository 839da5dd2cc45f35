"""English calls, held to the period and the status of a figure: the year to date a statement opens
with, a comparison with a year long past, thresholds, norms per unit and long-term aims (no figures of
the period), and an earlier guidance for the same period as the new one.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021
call); the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run

from .builders import build
from .test_english import facts_of, find

YTD = "2021Q1-2021Q3"


def test_a_comparison_in_the_sentence_before_makes_no_base_of_the_next_period() -> None:
    """"..., all versus the prior period. For 9 months, revenue was ...": the nine months date the next
    sentence's figures; the comparison word belongs to the sentence before."""
    facts = facts_of(
        "For the quarter, revenue was $1.1 billion, up 12%, all versus the prior period. "
        "For 9 months, revenue was $3.2 billion, up 21%."
    )
    assert find(facts, value=1_100_000_000).period == "2021Q3"
    assert find(facts, value=3_200_000_000).period == YTD


def test_a_period_opening_a_statement_dates_the_figures_after_its_semicolons() -> None:
    """"For 9 months, revenue was ...; and adjusted EPS was $4.69": the statement's period, not the quarter."""
    facts = facts_of("For 9 months, revenue was $3.2 billion, up 21%; and adjusted EPS was $4.69, up 20%.")
    assert find(facts, value=4.69).period == YTD
    assert find(facts, value=20).period == YTD


def test_a_period_opening_a_statement_yields_to_one_its_own_clause_names() -> None:
    facts = facts_of("For 9 months, revenue was $3.2 billion; in the third quarter alone, revenue was $1.2 billion.")
    assert find(facts, value=1_200_000_000).period == "2021Q3"


@pytest.mark.parametrize(
    "line",
    [
        "Commercial land sales brought total revenue to $11 million thus far this year.",
        "Commercial land sales brought total revenue to $11 million so far this year.",
    ],
)
def test_so_far_this_year_is_the_year_to_date(line: str) -> None:
    assert find(facts_of(line), value=11_000_000).period == YTD


def test_a_figure_through_the_first_quarters_is_of_those_quarters() -> None:
    """"another strong year with EBITDA of $522 million through the first 3 quarters": the nine months."""
    facts = facts_of("We are having another really strong year with EBITDA of $522 million through the first 3 quarters.")
    assert find(facts, value=522_000_000).period == YTD


@pytest.mark.parametrize(
    "line",
    [
        # a quarter of a year long past, with adjectives before it
        "Occupancy rose 300 basis points compared to the last pre-pandemic third quarter of 2019.",
        # a sentence that opens by comparing with that year
        "Comparing the third quarter of '21 to the pre-pandemic third quarter of 2019, occupancy is up 130 basis points.",
    ],
)
def test_a_change_against_a_year_long_past_is_no_fact_of_the_period(line: str) -> None:
    assert facts_of(line) == []


def test_a_difference_against_a_year_long_past_is_no_fact_of_the_period() -> None:
    """"$62 million more in revenue ... compared to the third quarter of 2019": a gap over two years."""
    facts = facts_of(
        "Our hotels delivered $62 million more in revenue, despite lower occupancy compared to the third quarter of 2019."
    )
    assert facts == []


@pytest.mark.parametrize(
    "line",
    [
        "That makes 8 out of the last 9 quarters that our quarterly EBITDA has exceeded $100 million.",
        "In the third quarter, no single market accounted for more than 10% of our revenue.",
        "Recall that above a 10% return on equity, customers share in any excess earnings.",
        "Each conversion equates to a 40% to 60% revenue uplift in its first year.",
        "We reaffirm our long-term target of 7% to 8% annual dividend growth.",
        "We continue to expect a contribution margin of 3% to 6% once the market stabilizes.",
        "We still see a return on equity of 10% to 12% over the long term.",
        "We see a return on equity of 10% to 12% as our long-term range.",
    ],
)
def test_thresholds_norms_and_long_term_aims_are_no_facts_of_the_period(line: str) -> None:
    assert facts_of(line) == []


def test_a_result_beside_a_long_term_aim_stays() -> None:
    facts = facts_of("Our return on equity was 9.1% in the quarter. We target 10% to 12% over the long term.")
    assert [f.value for f in facts] == [9.1]


def test_an_earlier_guidance_is_for_the_period_of_the_new_one() -> None:
    """"raising our guidance for full-year 2021 to ..., up from $3.00 previously": the earlier guidance was
    for 2021 too."""
    facts = facts_of(
        "We are increasing our guidance for full-year 2021 adjusted EPS to $3.30 to $3.50, up from $3.00 previously."
    )
    before = find(facts, value=3.0)
    assert (before.period, before.basis) == ("2021", "prior")


def test_a_quarter_named_with_a_figure_after_a_forecast_does_not_date_the_forecast() -> None:
    """"we expect EPS of $2.85 to $3.10, inclusive of the $0.32 charge in the third quarter": the quarter is
    the charge's, a forecast is for a period still to come."""
    facts = facts_of(
        "On a GAAP basis, we continue to expect guidance for EPS of $2.85 to $3.10, inclusive of the $0.32 litigation charge in the third quarter."
    )
    assert find(facts, value=2.85).period == "2021"


def test_a_base_at_the_end_of_a_year_is_of_that_year() -> None:
    facts = facts_of("We ended the quarter with $435.7 million in cash and cash equivalents compared to $394.2 million at the end of fiscal 2020.")
    assert find(facts, value=394_200_000).period == "2020"


def test_a_change_from_the_level_at_the_end_of_the_last_quarter_is_quarter_on_quarter() -> None:
    """"a 12% decrease from our June 30 inventory" in a third-quarter call: against the end of the second quarter."""
    facts = facts_of("Homes in inventory at September 30 were 3,100, a 12% decrease from our June 30 inventory.")
    assert find(facts, value=-12).change == "qoq"


def test_the_previous_second_quarter_is_past_whatever_year_came_before() -> None:
    """"heading into 2022 ... from 1.5x in the previous second quarter": the second quarter just past."""
    facts = facts_of(
        "These deals will add to our growth heading into 2022. Our leverage came in at 1.6x, "
        "up slightly from 1.5x in the previous second quarter."
    )
    assert find(facts, value=1.5).period == "2021Q2"


def test_a_quarter_naming_a_call_dates_no_figure() -> None:
    """"as we explained on our most recent second quarter call, ... margin improved by 80 basis points": the
    call is the second quarter's, the change is the document's quarter's."""
    facts = facts_of(
        "We explained the same dynamic on our most recent second quarter call, and our margin improved by 80 basis points."
    )
    assert find(facts, value=80).period == "2021Q3"


def test_a_figure_joined_to_a_comparison_base_is_a_base_too() -> None:
    """"down versus $53 million and a 12.4% margin in last year's third quarter": the margin is last year's."""
    facts = facts_of("Segment EBITDA was $48.8 million with a 10.1% margin, down versus $53 million and a 12.4% margin in last year's third quarter.")
    twelve = find(facts, value=12.4)
    assert (twelve.period, twelve.basis) == ("2020Q3", "prior")
    assert find(facts, value=10.1).basis is None


def test_a_month_named_in_a_fourth_quarter_call_may_be_the_month_just_past() -> None:
    """"same-store sales for the month of February increased 5.7%" in a fourth-quarter 2020 call (held in
    the weeks after the quarter): February 2021, not February 2020; each month's sales keep their month."""
    head = "Welcome to NovaSky's fourth quarter 2020 earnings call.\nNovaSky delivered a strong quarter.\n"
    lines = "Same-store sales for the month of February increased 5.7%.\nSame-store sales in December increased 4.1%."
    facts = [f for f in run(build(head + lines, "en")) if f.paragraph > 2]
    assert find(facts, value=5.7).period == "2021-02"
    assert find(facts, value=4.1).period == "2020-12"


def test_a_plan_over_the_next_years_is_of_those_years() -> None:
    """"$500 million over the next three years": the years of the plan, not the quarter ("over" is no comparison
    here); in a third-quarter call they start with the next year, the one under way being nearly reported."""
    facts = facts_of("We plan to invest $500 million over the next three years.")
    assert find(facts, value=500_000_000).period == "2022-2024"


def test_what_a_buyback_program_still_allows_is_no_buyback() -> None:
    facts = facts_of("We did not repurchase any shares in the quarter and have $500 million available under the program.")
    assert find(facts, value=500_000_000).metric == "remaining buyback authorization"


@pytest.mark.parametrize(
    "line",
    [
        "We don't expect margins to reach 20% this year.",
        "We do not expect revenue to exceed $500 million in the fourth quarter.",
    ],
)
def test_a_level_the_sentence_says_is_not_reached_is_no_fact(line: str) -> None:
    assert facts_of(line) == []


def test_a_base_named_after_a_respectively_list_is_every_items() -> None:
    """"up $25 million and $0.08, respectively, from the third quarter of last year": year on year."""
    facts = facts_of(
        "AFFO was $288 million or $0.98 on a per share basis, up $25 million and $0.08, respectively, "
        "from the third quarter of last year."
    )
    assert find(facts, value=25_000_000).change == "yoy"


@pytest.mark.parametrize(
    "line",
    [
        "For the nine months ended September 30, revenue was $1.5 billion.",
        "Nine-month revenue was $1.5 billion.",
    ],
)
def test_nine_months_named_without_a_year_are_the_year_to_date(line: str) -> None:
    fact = find(facts_of(line), value=1_500_000_000)
    assert (fact.subject, fact.period) == ("NovaSky", YTD)


def test_a_delay_of_months_dates_no_figure() -> None:
    assert find(facts_of("We saw a six-month delay in permits, and revenue was $500 million."), value=500_000_000).period == "2021Q3"


def test_a_month_opening_a_sentence_keeps_its_month() -> None:
    """"In October, occupancy was 95%." in a third-quarter call: October's, the month after the quarter."""
    assert find(facts_of("In October, occupancy was 95%."), value=95).period == "2021-10"


def test_an_event_dated_by_its_month_is_of_its_quarter() -> None:
    """"In October, we paid a dividend of $0.12 per share": a payment made in the quarter after, not a
    measure of the month; "the transaction that occurred in May" dates the transaction, not the growth."""
    assert find(facts_of("In October, we paid a quarterly cash dividend of $0.12 per share."), value=0.12).period == "2021Q4"
    facts = facts_of("Adjusting for the Everstream transaction that occurred in May of 2020, revenue grew 5%.")
    assert find(facts, value=5).period == "2021Q3"
