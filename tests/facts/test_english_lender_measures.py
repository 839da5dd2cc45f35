"""English calls of mortgage lenders and loan investors: a figure keeps the measure a lender names it by (loans sold,
locked or bought, loan inventory, loan-to-value, debt yield, economic book value, fair value changes), and each rate
of a list keeps the measure written right after it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

import pytest

from .test_english import facts_of, find


@pytest.mark.parametrize(
    ("sentence", "raw", "metric"),
    [
        ("During the quarter we sold $410 million of loans to whole loan buyers.", "$410 million", "loan sales"),
        ("Our residential business locked $275 million of jumbo loans in the quarter.", "$275 million", "lock volume"),
        ("We acquired approximately $190 million of non-QM loans this quarter.", "$190 million", "loan purchases"),
        ("The platform originated $320 million of bridge loans in the third quarter.", "$320 million", "originations"),
    ],
)
def test_an_amount_of_loans_a_lender_sold_locked_bought_or_made_is_that_volume(
    sentence: str, raw: str, metric: str
) -> None:
    assert find(facts_of(sentence), raw=raw).metric == metric


def test_a_lender_s_loan_balance_stays_its_loans() -> None:
    facts = facts_of("We ended the quarter with $6.8 billion of loans on the balance sheet.")
    assert find(facts, raw="$6.8 billion").metric == "loans"


def test_loans_waiting_to_be_sold_are_the_loan_inventory() -> None:
    facts = facts_of("At September 30, our net undistributed loan inventory was $515 million, down 7% from June.")
    assert find(facts, raw="$515 million").metric == "loan inventory"


def test_a_loan_to_value_ratio_is_no_earnings_figure_named_before_it() -> None:
    facts = facts_of(
        "The loans backing our securities, the engine of our earnings, had an estimated current LTV of 48% at quarter end."
    )
    assert find(facts, raw="48%").metric == "loan-to-value ratio"


def test_a_loan_s_debt_yield_and_a_bridge_book_s_loan_to_cost() -> None:
    facts = facts_of(
        "The Harbor Point property generates a debt yield of over 9%. Average loan to cost on the bridge book is 74%."
    )
    assert find(facts, raw="9%").metric == "debt yield"
    assert find(facts, raw="74%").metric == "loan-to-cost ratio"


def test_economic_book_value_is_not_gaap_book_value() -> None:
    facts = facts_of("GAAP book value was $14.20 per common share, while economic book value was $14.95.")
    assert find(facts, raw="$14.20").metric == "book value per share"
    assert find(facts, raw="$14.95").metric == "economic book value per share"


def test_a_cecl_reserve_is_the_allowance_for_credit_losses() -> None:
    facts = facts_of("This quarter our CECL reserve increased to $96 million.")
    assert find(facts, raw="$96 million").metric == "allowance for credit losses"


def test_each_rate_of_a_list_takes_the_measure_written_after_it() -> None:
    facts = facts_of(
        "Our hospitals segment performed well, with year-over-year increases of 14% in revenue, 21% in EBITDARM "
        "and 9% in admissions."
    )
    assert find(facts, raw="14%").metric == "revenue"
    assert find(facts, raw="21%").metric == "EBITDARM"
    assert find(facts, raw="9%").metric == "admissions"


def test_the_range_a_guidance_word_heads_is_the_guidance_a_result_is_compared_with() -> None:
    facts = facts_of(
        "Full year adjusted EBITDA in our Southern Timber segment was in line with our prior guidance range of "
        "$156 million to $162 million."
    )
    f = find(facts, raw="$156 million to $162 million")
    assert (f.metric, f.basis) == ("adjusted EBITDA guidance", "prior")


def test_a_result_ahead_of_guidance_is_no_guidance() -> None:
    facts = facts_of("Revenue came in ahead of our guidance range at $0.7 billion for the quarter.")
    assert all(f.metric == "revenue" for f in facts if f.raw == "$0.7 billion")


def test_per_share_figures_given_respectively_take_each_measure_per_share() -> None:
    facts = facts_of("For the quarter, FFO and net income were $0.50 and $0.27 per share, respectively.")
    assert find(facts, raw="$0.50").metric == "FFO per share"
    assert find(facts, raw="$0.27").metric == "EPS"
