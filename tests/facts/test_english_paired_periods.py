"""English paired periods: two figures said for "the three and nine months" or "the quarter and full year"
are one of each period, in order; a prior-year pair compared with them is not re-dated to this year.

Sentences are written for these tests about the fictional Fernhill Properties; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

Q3 = (
    "Welcome to the Fernhill Properties third quarter 2022 earnings call.\n"
    "For the third quarter, revenue was $42 million, up 5% year over year.\n"
)
Q4 = (
    "Welcome to the Fernhill Properties fourth quarter 2022 earnings call.\n"
    "For the fourth quarter, revenue was $48 million, up 6% year over year.\n"
)


def said(line: str, head: str = Q3) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(head + line, "en")) if f.paragraph == 3]


def period_of(facts: list[Fact], raw: str) -> str | None:
    """The period of the one fact written ``raw``."""
    hits = [f for f in facts if f.raw == raw]
    assert len(hits) == 1, [(f.raw, f.metric, f.period) for f in facts]
    return hits[0].period


def test_three_and_nine_months_give_each_figure_its_own_period() -> None:
    facts = said("Total revenues grew 11.5% and 14.2% for the 3 and 9 months of 2022.")
    assert period_of(facts, "11.5%") == "2022Q3"
    assert period_of(facts, "14.2%") == "2022Q1-2022Q3"
    facts = said("For the three and nine months ended September 30, 2022, rental income was $31 million and $90 million.")
    assert period_of(facts, "$31 million") == "2022Q3"
    assert period_of(facts, "$90 million") == "2022Q1-2022Q3"


def test_quarter_and_full_year_pair_in_a_year_end_call() -> None:
    facts = said("Net operating income was $12 million and $45 million for the fourth quarter and full year.", Q4)
    assert period_of(facts, "$12 million") == "2022Q4"
    assert period_of(facts, "$45 million") == "2022"
    facts = said("For the full year and the fourth quarter, occupancy averaged 93% and 95%.", Q4)
    assert period_of(facts, "93%") == "2022"
    assert period_of(facts, "95%") == "2022Q4"


def test_a_prior_year_pair_compared_with_the_current_one_keeps_its_own_periods() -> None:
    facts = said(
        "Rental income was $31 million and $90 million for the three and nine months ended September 30, 2022, "
        "compared to $28 million and $81 million for the same periods in 2021."
    )
    assert period_of(facts, "$31 million") == "2022Q3"
    assert period_of(facts, "$90 million") == "2022Q1-2022Q3"
    assert period_of(facts, "$28 million") not in ("2022Q3", "2022Q1-2022Q3")
    assert period_of(facts, "$81 million") not in ("2022Q3", "2022Q1-2022Q3")


def test_a_forecast_for_another_quarter_and_the_year_is_not_paired_with_this_quarter() -> None:
    facts = said("We expect revenue of $44 million and $170 million for the fourth quarter and full year.")
    assert period_of(facts, "$44 million") != "2022Q3"


def test_a_quarter_and_full_year_pair_of_a_named_earlier_year_is_that_years() -> None:
    facts = said(
        "Net operating income was $12 million and $45 million for the fourth quarter and full year 2022. "
        "These results compare to net operating income for the fourth quarter and full year 2021 "
        "of $10 million and $38 million.",
        Q4,
    )
    assert period_of(facts, "$12 million") == "2022Q4"
    assert period_of(facts, "$45 million") == "2022"
    assert period_of(facts, "$10 million") == "2021Q4"
    assert period_of(facts, "$38 million") == "2021"
