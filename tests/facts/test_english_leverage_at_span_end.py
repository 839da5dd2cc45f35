"""English calls: a leverage ratio (debt at a date over the earnings of the twelve months to it) is a balance-sheet
ratio: when its sentence names a span for its flows ("in the first half"), the ratio is at the span's end.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_leverage_after_a_half_years_earnings_is_at_the_halfs_end() -> None:
    facts = facts_of(
        "Segment income and adjusted earnings in the first half were up 40% over the prior year, and leverage at 3.2"
        " times after repurchasing $200 million of common stock is ahead of plan."
    )
    ratio = find(facts, raw="3.2 times")
    assert (ratio.metric, ratio.period) == ("leverage ratio", "2021Q2")


def test_net_debt_to_ebitda_in_a_year_to_date_sentence_is_at_the_quarters_end() -> None:
    facts = facts_of("For the first nine months, free cash flow was $150 million, and net debt to EBITDA stood at 2.8x.")
    assert find(facts, raw="$150 million").period == "2021Q1-2021Q3"
    assert find(facts, raw="2.8x").period == "2021Q3"
