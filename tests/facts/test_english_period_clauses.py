"""Periods of English figures in calls that talk about several periods: the sentence and clause a period
governs, lists of periods, and a fiscal company's years.

Sentences are written for these tests about the fictional Fernhill Properties (a calendar-year company)
and Corvane Instruments (whose year ends on March 31); the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to the Fernhill Properties third quarter 2022 earnings call.\n"
    "For the third quarter, revenue was $42 million, up 5% year over year.\n"
)


def said(line: str, head: str = HEAD) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(head + line, "en")) if f.paragraph == 3]


def test_a_sentence_that_ends_on_an_acronym_keeps_its_own_year() -> None:
    facts = said(
        "In 2023, we project the new buildings to add $15 million to $20 million to our NOI. "
        "We were also an active seller in 2022."
    )
    assert [(f.value, f.period) for f in facts] == [(15e6, "2023")]


def test_periods_listed_before_a_respectively_list_go_one_to_each_figure() -> None:
    facts = said("During the quarter and year-to-date, we invested $12.4 million and $30.1 million in our buildings, respectively.")
    assert [(f.value, f.period) for f in facts] == [(12.4e6, "2022Q3"), (30.1e6, "2022Q1-2022Q3")]


def test_one_period_before_a_respectively_list_dates_every_figure() -> None:
    facts = said("In the third quarter, revenue and EBITDA were $40 million and $12 million, respectively.")
    assert [f.period for f in facts] == ["2022Q3", "2022Q3"]


CORVANE = (
    "Welcome to Corvane Instruments' second quarter fiscal 2026 earnings call. Our fiscal year ends on March 31.\n"
    "Revenue for the quarter ended September 30, 2025 was $1.1 billion, up 12% year over year.\n"
)


def test_a_fiscal_company_writes_its_full_year_as_its_fiscal_year() -> None:
    outlook = said("Our full year 2026 outlook calls for revenue of $4.5 billion.", CORVANE)
    named = said("For fiscal 2026, we expect revenue of $4.5 billion.", CORVANE)
    past = said("For the full year 2025, revenue was $3.9 billion.", CORVANE)
    assert [f.period for f in outlook] == [f.period for f in named] == ["2025Q2-2026Q1"]
    assert [f.period for f in past] == ["2024Q2-2025Q1"]


def test_a_calendar_year_named_by_a_fiscal_company_stays_the_calendar_year() -> None:
    assert [f.period for f in said("Revenue in calendar 2025 was $4.0 billion.", CORVANE)] == ["2025"]


def test_a_calendar_company_full_year_is_the_calendar_year() -> None:
    assert [f.period for f in said("For the full year 2021, revenue was $150 million.")] == ["2021"]


def test_a_comparison_base_we_reported_in_a_named_quarter_is_that_quarters() -> None:
    facts = said(
        "We reported AFFO per share of $0.61 for the third quarter, an increase of 3.4% versus the $0.59 per share "
        "we reported in the third quarter of 2021."
    )
    base = [f for f in facts if f.value == 0.59]
    assert [(f.period, f.basis) for f in base] == [("2021Q3", "prior")]


def test_a_period_in_an_opening_cause_clause_dates_no_figure_after_it() -> None:
    facts = said(
        "Given our performance year-to-date and expected future growth, our Board approved an increase of 5.1% "
        "in our recurring quarterly dividend to $0.44 per share."
    )
    assert [f.period for f in facts] == ["2022Q3", "2022Q3"]


def test_a_period_opening_the_main_clause_still_dates_its_figure() -> None:
    assert [f.period for f in said("Given that, for the first nine months, AFFO grew 6.2%.")] == ["2022Q1-2022Q3"]


def test_ffo_measures_are_the_companys_unless_the_clause_names_a_unit() -> None:
    carried = said(
        "Our in-place portfolio continues to perform well, generating stable cash flows. "
        "Our AFFO increased 6.1% and our AFFO per share grew to $0.61."
    )
    named = said("Our Canadian portfolio generated FFO of $12 million.")
    assert [f.subject for f in carried] == ["company", "company"]
    assert [f.subject for f in named] == ["Canadian portfolio"]


def test_base_rental_income_is_rental_income_of_the_company() -> None:
    assert [(f.subject, f.metric) for f in said("For the quarter, our base rental income grew 6.1%.")] == [
        ("company", "rental income")
    ]


def test_a_forecast_for_a_named_month_is_that_months() -> None:
    facts = said("For October, we are forecasting occupancy of approximately 75%.")
    assert [(f.metric, f.period) for f in facts] == [("occupancy guidance", "2022-10")]


def test_trailing_twelve_months_through_a_month_end_with_that_month() -> None:
    facts = said("Trailing 12-month hotel EBITDA through September 2022 was $50 million.")
    assert [f.period for f in facts] == ["2021Q4-2022Q3"]


def test_through_a_month_alone_is_still_the_year_to_that_month() -> None:
    facts = said("Through September, we purchased 30 stores for $60 million.")
    assert {f.period for f in facts} == {"2022Q1-2022Q3"}


def test_since_the_beginning_of_the_year_is_the_year_to_date() -> None:
    assert [f.period for f in said("Since the beginning of the year, we have invested $80 million.")] == [
        "2022Q1-2022Q3"
    ]


JUNE_YEAR = (
    "Welcome to Corvane Instruments' third quarter fiscal 2026 earnings call. Our fiscal year ends on June 30.\n"
    "Revenue for the quarter ended March 31, 2026 was $1.1 billion, up 12% year over year.\n"
)


def test_the_first_nine_months_of_a_fiscal_year_start_with_its_first_month() -> None:
    for line in ("For the first nine months of fiscal 2026, revenue was $3.2 billion.", "For the first nine months, revenue was $3.2 billion."):
        assert [f.period for f in said(line, JUNE_YEAR)] == ["2025Q3-2026Q1"]


def test_a_quarter_named_by_its_month_is_that_calendar_quarter_for_a_fiscal_company() -> None:
    assert [f.period for f in said("Revenue in the December quarter was $1.0 billion.", JUNE_YEAR)] == ["2025Q4"]
    assert [f.period for f in said("For the June quarter, we expect revenue of $1.2 billion.", JUNE_YEAR)] == ["2026Q2"]


def test_a_forecast_for_a_month_quarter_already_passed_is_next_years() -> None:
    assert [f.period for f in said("For the June quarter, we expect revenue of $45 million.")] == ["2023Q2"]


def test_the_steps_of_a_per_share_bridge_are_no_facts() -> None:
    facts = said(
        "We reported FFO of $1.82 per share, which was $0.05 per share higher than the midpoint of our guidance. "
        "Higher rents contributed $0.02 per share to our results. Lower expenses also contributed $0.03 per share. "
        "Acquisitions added $0.52 per share of external NOI growth from new buildings, offset by the loss of "
        "$0.11 per share from asset sales and $0.02 per share of other items."
    )
    assert [(f.metric, f.value) for f in facts] == [("FFO per share", 1.82)]


def test_a_per_share_increase_from_last_years_quarter_is_a_change() -> None:
    facts = said("Earnings per diluted share were $1.38, an increase of $0.19 per share from last year's third quarter.")
    assert [(f.value, f.change) for f in facts] == [(1.38, None), (0.19, "yoy")]


def test_a_change_against_a_month_or_quarter_three_years_back_is_no_fact() -> None:
    assert said("Our estimated October ADR increased more than 50% compared to October 2019.") == []
    facts = said("Hotel EBITDA of $52 million represented an increase of 1.4% from the third quarter of 2019.")
    assert [f.value for f in facts] == [52e6]


def test_a_change_from_last_year_is_kept() -> None:
    assert [(f.value, f.change) for f in said("Revenue grew 5% from 2021.")] == [(5.0, "yoy")]


def test_measures_listed_right_after_a_months_are_that_months() -> None:
    facts = said(
        "Based on preliminary results, October RevPAR was approximately $180, in line with October 2019. "
        "Occupancy was approximately 70%, and ADR was $250."
    )
    assert [(f.metric, f.period) for f in facts] == [
        ("RevPAR", "2022-10"),
        ("occupancy", "2022-10"),
        ("average daily rate", "2022-10"),
    ]


def test_a_sentence_about_the_quarter_after_a_months_keeps_the_quarter() -> None:
    facts = said("In September, RevPAR grew 3%. We are pleased with this. Occupancy was 70%.")
    assert [f.period for f in facts] == ["2022-09", "2022Q3"]


def test_recent_is_no_subject() -> None:
    facts = said("Turning to more recent portfolio-wide trends. In October, RevPAR was approximately $180.")
    assert [(f.subject, f.period) for f in facts] == [("company", "2022-10")]


def test_a_per_share_change_from_a_base_figure_is_a_change() -> None:
    facts = said("Earnings per share were $1.38, an increase of $0.19 per share from $1.19 last year.")
    assert [f.value for f in facts if f.basis is None] == [1.38, 0.19]


def test_income_from_continuing_operations_per_share_is_a_figure() -> None:
    facts = said("We earned $1.20 per share of income from continuing operations in the quarter.")
    assert [f.value for f in facts] == [1.20]


def test_the_coupon_of_notes_named_by_their_maturity_is_todays_rate() -> None:
    facts = said("In January of 2023, we will refinance our 5.4% senior notes due in June of 2023.")
    assert [(f.metric, f.period) for f in facts] == [("cost of debt", "2022Q3")]
