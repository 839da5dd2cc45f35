"""English calls: a range followed by "increased from prior guidance of ..." is the new forecast, and
"income from continued operations" is the company's net income (adjusted when the sentence says so).

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

import pytest

from .test_english import facts_of, find


@pytest.mark.parametrize("verb", ["increased", "raised", "lowered", "narrowed", "up"])
def test_a_range_moved_from_prior_guidance_is_the_new_forecast_of_the_year(verb: str) -> None:
    facts = facts_of(f"GAAP earnings per share of between $4.12 and $4.27 {verb} from prior guidance of $3.70 to $4.05.")
    new = find(facts, raw="$4.12 and $4.27")
    assert (new.metric, new.period, new.basis) == ("GAAP EPS guidance", "2021", None)
    old = find(facts, raw="$3.70 to $4.05")
    assert (old.metric, old.basis) == ("GAAP EPS guidance", "prior")


def test_a_result_above_prior_guidance_stays_a_result() -> None:
    facts = facts_of("Adjusted earnings per share was $1.06, above our prior guidance of $0.95 to $1.00.")
    result = find(facts, raw="$1.06")
    assert (result.metric, result.period) == ("adjusted EPS", "2021Q3")


def test_income_from_continued_operations_is_net_income_and_its_per_share_figure_eps() -> None:
    facts = facts_of(
        "GAAP income from continued operations was $61.2 million or $0.91 per diluted share.",
        "On an adjusted basis, income from continued operations for the quarter increased to $55.4 million or"
        " $0.82 per diluted share.",
    )
    assert find(facts, raw="$61.2 million").metric == "net income"
    assert find(facts, raw="$0.91").metric == "GAAP EPS"
    assert find(facts, raw="$55.4 million").metric == "non-GAAP net income"
    adjusted = find(facts, raw="$0.82")
    assert (adjusted.metric, adjusted.period) == ("adjusted EPS", "2021Q3")


def test_a_total_excluding_investment_gains_and_its_per_share_figure_are_the_adjusted_measures() -> None:
    facts = facts_of(
        "Earlier today, we announced second quarter net income excluding all investment gains and losses of"
        " $98 million or $0.37 per share."
    )
    total, per_share = find(facts, raw="$98 million"), find(facts, raw="$0.37")
    assert (total.subject, total.metric) == ("NovaSky", "non-GAAP net income")
    assert (per_share.subject, per_share.metric) == ("NovaSky", "adjusted EPS")


def test_guidance_for_company_level_performance_after_a_segment_s_is_the_company_s() -> None:
    facts = facts_of(
        "Turning to Engineered Composites.",
        "Overall for the AEC segment, we are raising the lower end of our guidance range for segment revenues to"
        " between $310 million and $330 million.",
        "We are also updating our previously issued guidance ranges for company-level performance, including revenue"
        " of between $900 million and $920 million.",
    )
    assert find(facts, raw="$310 million and $330 million").subject == "AEC"
    assert find(facts, raw="$900 million and $920 million").subject == "NovaSky"


def test_a_coming_year_named_in_a_clause_after_the_figure_stays_its_period() -> None:
    facts = facts_of(
        "Our outlook assumes an average share count of about 184 million shares as we continue to deploy the"
        " majority of our free cash toward share repurchases in 2022."
    )
    assert find(facts, raw="184 million").period == "2022"
