"""Periods and status of English forecasts: the outlook a forecast is for when its sentence names none or
names other periods, goals with no horizon, words that only look like forecast words, and period
phrases of calls ("March of '20", "through three quarters", "post quarter end").

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

THIRD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)
FOURTH = (
    "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str, head: str = THIRD) -> list[Fact]:
    """Facts of an English call: the head, then one paragraph per line (head facts left out)."""
    facts = run(build(head + "\n".join(lines), "en"))
    return [f for f in facts if f.paragraph > 2]


def find(facts: list[Fact], **want: object) -> Fact:
    """The one fact whose fields equal ``want``."""
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.unit, f.period, f.change) for f in facts])
    return hits[0]


# --- the outlook a forecast is for ----------------------------------------------------------------


def test_a_forecast_naming_no_period_is_for_the_outlook_year() -> None:
    # a fourth-quarter call: the outlook is next year's
    facts = facts_of("Our effective tax rate is expected to be 24% to 25%.", head=FOURTH)
    assert find(facts, value=24).period == "2022"


def test_a_quarter_that_ends_another_figure_does_not_date_the_year_s_guidance() -> None:
    """"which implies $1.3 billion in the fourth quarter": the quarter is the implied figure's; the range before it
    is the year's the sentence before guides."""
    facts = facts_of(
        "We have lowered our guidance for 2021.",
        "Our revenue guidance is now $4.9 billion to $5.0 billion, which implies $1.3 billion to $1.4 billion in the fourth quarter.",
    )
    assert find(facts, value=4.9e9).period == "2021"


def test_what_a_years_guidance_implies_for_a_quarter_is_that_quarters_guidance() -> None:
    """"which implies $1.3 billion to $1.4 billion in the fourth quarter": a forecast of the year's metric for
    the quarter named after it; a figure the range implies with no period of its own is left out, and the quarter
    does not date the forecasts after it."""
    facts = facts_of(
        "We have lowered our guidance for 2021.",
        "Our revenue guidance is now $4.9 billion to $5.0 billion, which implies $1.3 billion to $1.4 billion in the fourth quarter.",
        "We expect adjusted EBITDA of $600 million for 2021, implying about $170 million for the fourth quarter.",
        "We now expect adjusted EPS of $2.10 to $2.20, which implies $0.05 more than before.",
    )
    implied = find(facts, value=1.3e9)
    assert (implied.metric, implied.period, implied.value_high) == ("revenue guidance", "2021Q4", 1.4e9)
    assert (find(facts, value=170e6).metric, find(facts, value=170e6).period) == ("adjusted EBITDA guidance", "2021Q4")
    assert not [f for f in facts if f.value == 0.05]
    assert find(facts, value=2.1).period == "2021"  # the quarter of an implied figure is no outlook period


def test_the_part_of_the_year_a_forecast_is_weighted_toward_is_not_its_period() -> None:
    facts = facts_of(
        "We expect revenue growth of 8% to 10% for 2022, weighted toward the second half.",
        "We expect adjusted EBITDA of $400 million, weighted towards the back half of the year.",
        head=FOURTH,
    )
    assert find(facts, value=8).period == "2022"
    assert find(facts, value=400e6).period == "2022"


def test_a_goal_with_no_horizon_gets_no_year() -> None:
    facts = facts_of(
        "Our goal is to manage the business to approximately 20% adjusted EBITDA margins.",
        "Going forward, we expect gross margins of about 41%.",
    )
    assert find(facts, value=20).period is None
    assert find(facts, value=41).period is None


def test_a_forecast_for_an_investment_period_gets_no_year() -> None:
    """"during this investment period" is a phase of no set length, not this year's outlook."""
    facts = facts_of(
        "Looking ahead, we expect to keep gross margin within a range of 37% to 42% during this investment period.",
        "Looking ahead, we expect gross margin of about 39%.",
    )
    assert find(facts, value=37).period is None
    assert find(facts, value=39).period == "2021"


def test_a_period_that_opens_another_figure_is_not_the_forecasts() -> None:
    facts = facts_of(
        "We expect total revenue to grow 6% to 8%, with the first half up 9% to 10% and the second half up 4% to 5%.",
        head=FOURTH,
    )
    assert find(facts, value=6).period == "2022"


def test_the_period_a_forecasts_own_phrase_ends_with() -> None:
    facts = facts_of("We expect to open 40 stores in 2021 and 55 new stores in 2022.")
    assert find(facts, value=40).period == "2021"
    assert find(facts, value=55).period == "2022"


def test_the_day_and_the_base_of_a_forecast_are_not_its_period() -> None:
    facts = facts_of("At today's exchange rates, we expect revenue growth of 9% to 12%.", head=FOURTH)
    assert find(facts, value=9).period == "2022"
    facts = facts_of(
        "For fiscal '22, we expect net sales approximately flat to fiscal '21, and adjusted EPS of approximately $2.50."
    )
    assert find(facts, value=2.5).period == "2022"


def test_a_period_already_reported_in_another_clause_is_not_the_forecasts() -> None:
    facts = facts_of(
        "We now expect a combined ratio of 84% to 86%, reflecting strong underwriting results for the first nine "
        "months of the year."
    )
    assert find(facts, value=84).period == "2021"


def test_the_period_of_the_outlook_the_sentence_names() -> None:
    facts = facts_of("Our 2022 sales forecast, as we mentioned last quarter, is about 7% lower than 2021 sales.")
    assert find(facts, value=-7).period == "2022"


def test_a_sentence_on_seasonality_sets_no_outlook_period() -> None:
    facts = facts_of(
        "We're pleased to introduce our 2022 guidance.",
        "This outlook reflects normal seasonality, typically lightest in Q1, stronger in Q2 and Q3, and strongest "
        "in the fourth quarter.",
        "We expect adjusted EBITDA of $1.4 billion to $1.5 billion.",
        head=FOURTH,
    )
    assert find(facts, value=1.4e9).period == "2022"


# --- words that only look like forecast words -------------------------------------------------------


def test_a_result_after_ultimately_is_no_forecast() -> None:
    fact = find(facts_of("Ultimately, we received $51.5 million of revenue from the contract."), value=51.5e6)
    assert (fact.metric, fact.period) == ("revenue", "2021Q3")


def test_projects_and_guiding_customers_are_no_forecasts() -> None:
    facts = facts_of(
        "We completed 2,780 real estate projects, including 1,000 new stores.",
        "We use our marketing prowess to guide new customers to our platform; historically high operating margins "
        "are now above 80%.",
    )
    assert find(facts, value=1000).metric == "stores"
    assert find(facts, value=80).metric == "operating margin"


def test_a_deal_expected_to_be_completed_is_still_a_forecast() -> None:
    facts = facts_of(
        "The acquisition is expected to be completed in the fourth quarter, adding about $50 million of revenue."
    )
    assert find(facts, value=50e6).metric == "revenue guidance"


def test_a_dividend_declared_after_a_forecast_is_no_forecast() -> None:
    facts = facts_of("We expect capital spending of $300 million; and the board declared a quarterly dividend of $0.30 per share.")
    assert (find(facts, value=0.3).metric, find(facts, value=0.3).period) == ("dividend", "2021Q3")


# --- period phrases ----------------------------------------------------------------------------------


def test_a_month_of_a_year_written_short() -> None:
    assert find(facts_of("Back in March of '20, we invested $5.6 million."), value=5.6e6).period == "2020Q1"


def test_through_three_quarters_is_the_year_to_date() -> None:
    facts = facts_of("Through three quarters we have generated $64 million of gains on sale.")
    assert find(facts, value=64e6).period == "2021Q1-2021Q3"


def test_a_calendar_year_forecast_is_the_years() -> None:
    facts = facts_of("Our calendar year tax rate is expected to be 14% to 16%, depending on the mix in the fourth quarter.")
    assert find(facts, value=14).period == "2021"


def test_after_quarter_end_is_the_next_quarter() -> None:
    facts = facts_of("We enhanced our liquidity post quarter end with a $400 million term loan.")
    assert find(facts, value=400e6).period == "2021Q4"


def test_recent_weeks_are_after_the_quarter_reported() -> None:
    """A call held weeks after its quarter: "in recent weeks" are the weeks of the quarter under way."""
    facts = facts_of(
        "Occupancy was 68% for the quarter.",
        "Our resorts achieved occupancy above 85% on weekend nights in recent weeks.",
        "Over the past few weeks, bookings rose 12%.",
    )
    assert find(facts, value=68).period == "2021Q3"
    assert find(facts, value=85).period == "2021Q4"
    assert find(facts, value=12).period == "2021Q4"


def test_debt_falling_due_in_a_later_half_year_keeps_the_half() -> None:
    """A balance in a window after the quarter reported is due over that window, not at its last quarter's end;
    a balance in the months reported so far is the last quarter's."""
    facts = facts_of(
        "We have $310 million of debt that matures in the second half of 2023.",
        "Loans were $2.1 billion in the first nine months of 2021.",
    )
    assert find(facts, value=310e6).period == "2023Q3-2023Q4"
    assert find(facts, value=2.1e9).period == "2021Q3"


def test_long_term_debt_is_no_horizon() -> None:
    facts = facts_of("We have a long-term debt profile with over $4 billion of preferred stock.")
    assert find(facts, value=4e9).period == "2021Q3"


# --- the comparison of a change -----------------------------------------------------------------------


def test_a_quarter_written_short_is_a_sequential_base() -> None:
    facts = facts_of("Distributable earnings were $0.71 per share, up $0.04 from 2Q.")
    assert find(facts, value=0.04).change == "qoq"


def test_a_quarter_written_short_with_its_year_written_short() -> None:
    facts = facts_of("GAAP EPS was $1.77 in 2Q '21, compared to $1.27 in 2Q '20.")
    assert find(facts, value=1.77).period == "2021Q2"
    assert find(facts, value=1.27).period == "2020Q2"


def test_the_base_named_right_after_a_change_is_its_own() -> None:
    facts = facts_of(
        "Occupancy was 94.5%, up 170 basis points compared to the prior year and up 60 basis points compared to "
        "the second quarter."
    )
    assert find(facts, value=170).change == "yoy"
    assert find(facts, value=60).change == "qoq"


def test_a_digest_item_ending_on_source_markers_ends_its_sentence() -> None:
    """"…since 2022 [2][7]. - NovaSky plans to invest…": the plan's own horizon, not the year of the item before."""
    facts = facts_of(
        "Group 1: Results - Cloud revenue grew 26%, the fastest in 14 quarters since 2022 [2][7]. - NovaSky plans to "
        "invest over $38 billion in data centers over the next three years, indicating faster investment [6][12]."
    )
    plan = [f for f in facts if f.value == 38_000_000_000]
    assert len(plan) == 1 and plan[0].period == "2022-2024"  # (a third-quarter call: the years after this one)


# --- a coming quarter's growth and a year's figure raised ---------------------------------------------


def test_a_coming_quarters_growth_forecast_is_guidance_over_a_year_before() -> None:
    """"we expect reported sales growth": "reported" names the basis of the sales, no result reached."""
    facts = facts_of(
        "For the fourth quarter, we expect reported sales growth of approximately 5.5%, organic sales growth of "
        "approximately 4% and gross margin contraction of 150 basis points."
    )
    sales = find(facts, value=5.5)
    assert (sales.metric, sales.change, sales.period) == ("revenue guidance", "yoy", "2021Q4")
    organic = find(facts, value=4)
    assert (organic.metric, organic.change, organic.period) == ("organic revenue guidance", "yoy", "2021Q4")
    margin = find(facts, value=-150)
    assert (margin.metric, margin.change, margin.period) == ("gross margin guidance", "yoy", "2021Q4")


def test_a_year_figure_raised_while_the_year_is_ahead_is_its_forecast() -> None:
    facts = facts_of(
        "We are raising our full year organic sales growth to approximately 6% to 7%.",
        "We have raised our full year outlook for reported sales growth to 8% to 9%.",
    )
    organic = find(facts, value=6)
    assert (organic.metric, organic.period, organic.change) == ("organic revenue guidance", "2021", "yoy")
    assert find(facts, value=8).metric == "revenue guidance"


def test_a_result_reported_after_an_expectation_stays_a_result() -> None:
    facts = facts_of("As we expected, we reported sales growth of 7% in the quarter.")
    assert find(facts, value=7).metric == "revenue"


def test_an_outlook_that_was_given_is_a_prior_forecast() -> None:
    facts = facts_of(
        "As a reminder, our outlook for the quarter on gross margin was down 60 basis points.",
        "Gross margin was down 20 basis points in the quarter.",
    )
    given = find(facts, value=-60)
    assert (given.metric, given.basis) == ("gross margin guidance", "prior")
    assert find(facts, value=-20).metric == "gross margin"


def test_a_forecast_said_in_the_past_tense_is_a_prior_forecast() -> None:
    facts = facts_of(
        "At the start of the year, we expected revenue of $2.0 billion for 2021.",
        "Our guidance had called for fourth quarter revenue of $540 million.",
        "Last quarter, we guided third quarter adjusted EBITDA to $50 million to $55 million.",
        "We guided to adjusted EPS of $2.10 for 2021 and we are reaffirming that today.",
    )
    for value in (2.0e9, 540e6, 50e6):
        given = find(facts, value=value)
        assert (given.metric.endswith(" guidance"), given.basis) == (True, "prior"), given
    assert (find(facts, value=2.1).metric, find(facts, value=2.1).basis) == ("adjusted EPS guidance", None)


def test_margin_expansion_of_basis_points_is_a_change() -> None:
    facts = facts_of("We expect gross margin expansion of 40 basis points for the full year.")
    margin = find(facts, value=40)
    assert (margin.metric, margin.change, margin.period) == ("gross margin guidance", "yoy", "2021")


def test_a_past_result_a_forecast_is_measured_against_is_that_periods_result() -> None:
    facts = facts_of(
        "We expect fourth quarter adjusted earnings per share to be at or above fourth quarter of 2019 adjusted "
        "earnings per share of $1.85.",
        "We expect fourth quarter adjusted earnings per share of $1.95.",
    )
    base = find(facts, value=1.85)
    assert (base.metric, base.period, base.basis) == ("adjusted EPS", "2019Q4", "prior")
    assert (find(facts, value=1.95).metric, find(facts, value=1.95).period) == ("adjusted EPS guidance", "2021Q4")
