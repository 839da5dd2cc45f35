"""Periods of English figures: running spans, comparison bases, months, horizons and bare quarters.

Sentences are written for these tests about the fictional Lumora Outfitters; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.periods import PeriodContext, find_periods
from finbrief.model import Fact

from .builders import build

THIRD = (
    "Welcome to Lumora Outfitters' third quarter 2022 earnings call.\n"
    "Lumora Outfitters delivered a solid quarter and Lumora Outfitters' results were ahead of plan.\n"
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


def test_a_bare_quarter_named_as_a_base_stays_bare() -> None:
    ctx = PeriodContext(period="2022Q3", year=2022)
    (pm,) = find_periods("Sales rose 5% compared with the second quarter.", ctx)
    assert (pm.period, pm.base, pm.bare) == ("2022Q2", True, 2)


def test_the_months_a_paragraph_opens_with_hold_for_its_later_sentences() -> None:
    facts = facts_of(
        "For the nine months ended September 30, 2022, net income was $5.2 million compared to $3.1 million for '21. "
        "Adjusted EBITDA was $9.4 million compared to $7.7 million for '21."
    )
    assert find(facts, value=5_200_000).period == "2022Q1-2022Q3"
    assert find(facts, value=9_400_000).period == "2022Q1-2022Q3"
    assert (find(facts, value=3_100_000).period, find(facts, value=3_100_000).basis) == ("2021Q1-2021Q3", "prior")
    assert find(facts, value=7_700_000).period == "2021Q1-2021Q3"


def test_a_sentence_naming_its_own_quarter_ends_the_running_months() -> None:
    facts = facts_of(
        "For the nine months ended September 30, 2022, net income was $5.2 million. "
        "In the third quarter, net income was $2.1 million."
    )
    assert find(facts, value=2_100_000).period == "2022Q3"


def test_through_a_day_after_the_quarter_is_the_next_quarter() -> None:
    facts = facts_of("And through October 26, we repurchased an additional 1.1 million shares for $13 million.")
    assert find(facts, value=13_000_000).period == "2022Q4"


def test_the_quarter_after_the_reported_one_is_the_quarter_the_call_is_held_in() -> None:
    facts = facts_of(
        "Today our Board declared a fourth quarter dividend of $0.71 per share.",
        "We started the fourth quarter with liquidity of over $900 million.",
    )
    assert find(facts, value=0.71).period == "2022Q4"
    assert find(facts, value=900_000_000).period == "2022Q4"


def test_a_quarter_two_ahead_named_in_the_past_is_last_years() -> None:
    first = "Welcome to Lumora Outfitters' first quarter 2022 earnings call.\nLumora Outfitters had a solid quarter.\n"
    facts = facts_of("In the fourth quarter, we opened 12 stores.", head=first)
    assert find(facts, value=12).period == "2021Q4"


def test_a_quarter_named_as_a_call_is_no_forecast_period() -> None:
    facts = facts_of("Consistent with our Q2 call, we are on pace to reduce our capex by more than 30% versus last year.")
    assert find(facts, value=-30).period != "2023Q2"


def test_a_fiscal_year_end_stated_late_in_a_call_sets_its_calendar() -> None:
    lines = [
        "Lumora Outfitters delivered a strong quarter and Lumora Outfitters' margins rose.",
        *(f"Our teams kept working on initiative number {n} this period." for n in range(45)),
        "For the fiscal year ended September 30, we returned $782 million to shareholders.",
    ]
    sheet = run(build("\n".join(lines), "en"))
    assert sheet.fiscal_year_end_month == 9


def test_an_undated_fiscal_calls_bare_quarters_are_fiscal() -> None:
    head = (
        "For the third quarter of fiscal year 2021, Lumora Outfitters delivered net sales of $76.3 million.\n"
        "Third-quarter net sales rose in the third quarter, and third-quarter margins in the third quarter fell.\n"
        "Year to date, we have repurchased shares for $2.9 million.\n"
        "Our fiscal year ending July 31, 2021 will include these costs.\n"
    )
    sheet = run(build(head, "en"))
    assert (sheet.fiscal_year_end_month, sheet.period) == (7, "2021Q2")  # February to April 2021
    assert find(list(sheet), value=2_900_000).period == "2020Q4-2021Q2"  # August to April


def test_a_year_an_increase_is_measured_to_is_a_base() -> None:
    facts = facts_of(
        "The Harbor Point resort generated revenue of $4.1 million, a 23% increase to 2019, and an EBITDA margin of 32%, "
        "a 249 basis point increase to 2019."
    )
    assert find(facts, value=32).period == "2022Q3"
    assert find(facts, value=4_100_000).period == "2022Q3"


def test_an_increase_to_a_years_guidance_is_no_base() -> None:
    ctx = PeriodContext(period="2022Q3", year=2022)
    (pm,) = find_periods("We announced an increase to our 2023 EPS guidance.", ctx)
    assert (pm.period, pm.base) == ("2023", False)


def test_an_earlier_guidance_changed_to_a_new_one_is_for_its_period() -> None:
    facts = facts_of(
        "We are raising the midpoint of our full year adjusted EPS guidance from $6.70 per share to $7.35 per share."
    )
    old, new = find(facts, value=6.7), find(facts, value=7.35)
    assert (old.period, old.basis) == (new.period, "prior")
    assert new.period == "2022"


def test_a_target_by_year_end_is_for_the_year_under_way() -> None:
    facts = facts_of(
        "Net debt to adjusted EBITDA is on track to hit our 5.1x target by year-end.",
        "These projects are expected to generate $40 million in incremental NOI by year-end 2025.",
    )
    assert find(facts, value=5.1).period == "2022"
    assert find(facts, value=40_000_000).period == "2025"


def test_the_period_right_after_a_per_share_figure_is_its_own() -> None:
    facts = facts_of(
        "AFFO increased from $0.59 per diluted share in the third quarter of '21 to $0.63 per diluted share "
        "in the third quarter of '22."
    )
    assert find(facts, value=0.63).period == "2022Q3"
    assert find(facts, value=0.59).period == "2021Q3"


def test_a_year_naming_a_debt_issue_dates_no_figure() -> None:
    facts = facts_of(
        "We are executing on our plan to address the 2023 notes. We repurchased about $7 million in Q3 in the open market.",
        "We redeemed $300 million of our 2025 senior notes.",
    )
    assert find(facts, value=7_000_000).period == "2022Q3"
    assert find(facts, value=300_000_000).period == "2022Q3"


def test_a_period_named_after_comparisons_to_is_a_base() -> None:
    facts = facts_of(
        "Currency was a headwind on comparisons to the third quarter of 2021, reducing revenues by $3.3 million "
        "on a year-over-year basis."
    )
    assert find(facts, value=-3_300_000).period == "2022Q3"
