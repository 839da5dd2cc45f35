"""English calls, held to the period of a figure: a balance the closed year ends with, a sentence that sets a
result against a forecast without making one, trailing twelve months that end on a named date, a share of a
level two years back, a quarter or half of the year before named as a comparison base, and the first months of a
year named.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find

_FOURTH = (
    "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def _fourth_quarter_facts(*lines: str) -> list[Fact]:
    """Facts of a fourth-quarter call: the head above, then one paragraph per line."""
    return [f for f in run(build(_FOURTH + "\n".join(lines), "en")) if f.paragraph > 2]


def test_a_balance_the_year_ends_with_is_of_the_year_end_quarter() -> None:
    facts = _fourth_quarter_facts("We paid down $250 million of debt, ending the year with cash of approximately $800 million.")
    assert find(facts, value=800_000_000).period == "2021Q4"


def test_a_balance_moved_over_the_full_year_keeps_the_year() -> None:
    facts = _fourth_quarter_facts("And for the full year, we reduced debt by about 12%.")
    assert (find(facts, value=-12).period, find(facts, value=-12).change) == ("2021", "yoy")


def test_a_better_than_expected_result_is_no_forecast_of_the_coming_year() -> None:
    facts = _fourth_quarter_facts(
        "We used better-than-expected cash flow to pay down $250 million of debt, ending the year with cash of "
        "approximately $800 million."
    )
    assert find(facts, value=800_000_000).period == "2021Q4"


def test_a_balance_the_coming_year_is_expected_to_end_with_is_of_that_year() -> None:
    facts = _fourth_quarter_facts("We expect to end the year with cash of approximately $1 billion.")
    assert find(facts, value=1_000_000_000).period == "2022"


def test_trailing_twelve_months_ended_a_named_date_end_with_that_quarter() -> None:
    facts = facts_of(
        "Rent coverage has ranged from 2.7x for the trailing 12 months ended June 30, 2021, to in excess of 3x for a "
        "stand-alone August."
    )
    assert find(facts, value=2.7).period == "2020Q3-2021Q2"


def test_trailing_twelve_months_ended_a_month_of_no_year_end_before_the_call() -> None:
    facts = facts_of("EBITDA for the trailing twelve months ended June 30 was $50 million.")
    assert find(facts, value=50_000_000).period == "2020Q3-2021Q2"


def test_trailing_twelve_months_with_no_end_named_end_with_the_reported_quarter() -> None:
    facts = facts_of("Our leverage was 1.6x net debt to trailing 12 months EBITDA.")
    assert find(facts, value=1.6).period == "2020Q4-2021Q3"


def test_a_share_of_a_level_two_years_back_is_no_fact() -> None:
    facts = facts_of(
        "For the quarter, group RevPAR was approximately 60% of 2019 levels, up from the second quarter.",
        "Cross-border volumes were 132% of 2019's in the quarter.",
    )
    assert not [f for f in facts if f.value in (60, 132)]


def test_a_share_of_last_years_level_is_kept() -> None:
    facts = facts_of("RevPAR was 95% of 2020 levels.")
    assert find(facts, value=95).period == "2021Q3"


def test_a_quarter_of_the_prior_year_written_as_an_adjective_is_that_quarter_a_year_back() -> None:
    facts = facts_of("Revenue was $5 billion in the first quarter, up from $4 billion in the prior-year first quarter.")
    assert find(facts, value=5_000_000_000).period == "2021Q1"
    assert find(facts, value=4_000_000_000).period == "2020Q1"


def test_a_half_of_last_year_is_that_half_a_year_back() -> None:
    facts = facts_of(
        "First-half revenue was $9.8 billion, up from $9 billion in the first half of last year.",
        "Gross margin was 41% in the first half, compared with 39% in last year's first half.",
    )
    assert find(facts, value=9_800_000_000).period == "2021Q1-2021Q2"
    assert find(facts, value=9_000_000_000).period == "2020Q1-2020Q2"
    assert find(facts, value=41).period == "2021Q1-2021Q2"
    assert find(facts, value=39).period == "2020Q1-2020Q2"


def test_a_half_of_last_year_in_a_fiscal_year_ending_in_june_is_the_fiscal_half_before() -> None:
    text = (
        "Zephyrine Labs reported results for its fiscal third quarter 2024, the quarter ended March 31, 2024.\n"
        "Revenue in the first half was $9.8 billion, compared with $9 billion in the first half of last year.\n"
    )
    got = {f.value: f.period for f in run(build(text, "en"))}
    assert got[9_800_000_000] == "2023Q3-2023Q4"
    assert got[9_000_000_000] == "2022Q3-2022Q4"


def test_nine_months_of_a_named_year_are_that_years_first_three_quarters() -> None:
    facts = facts_of(
        "Free cash flow is a record through nine months of 2021 at $2.3 billion.",
        "For the nine months of 2020, free cash flow was $1.9 billion.",
    )
    assert find(facts, value=2_300_000_000).period == "2021Q1-2021Q3"
    assert find(facts, value=1_900_000_000).period == "2020Q1-2020Q3"


def test_nine_months_named_alone_run_to_the_reported_quarter() -> None:
    facts = facts_of("Through nine months, free cash flow was $1.2 billion.")
    assert find(facts, value=1_200_000_000).period == "2021Q1-2021Q3"


def test_trailing_twelve_months_written_with_hyphens_through_a_month_end_with_that_quarter() -> None:
    facts = facts_of("Rent coverage on a trailing-twelve-month basis through June 2021 was 2.1x.")
    assert find(facts, value=2.1).period == "2020Q3-2021Q2"
