"""English calls: the quarter-end a change is counted from ("a reduction of $150 million from the end of the second
quarter") dates the start of the change, not the balances a later clause of the sentence gives.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_balance_after_a_change_counted_from_a_quarter_end_is_the_quarters_own() -> None:
    facts = facts_of(
        "Total debt at quarter end was about $900 million, a reduction of $150 million from the end of the second"
        " quarter, as revolving credit borrowings decreased from $500 million to less than $350 million."
    )
    now = find(facts, raw="$350 million")
    assert (now.metric, now.period, now.basis) == ("revolver borrowings", "2021Q3", None)


def test_the_same_within_one_clause() -> None:
    facts = facts_of(
        "Total debt was $1.1 billion, a reduction of $220 million from the end of the second quarter as revolving"
        " credit borrowings decreased from $600 million to less than $380 million."
    )
    assert find(facts, raw="$380 million").period == "2021Q3"


def test_a_change_counted_from_the_prior_quarter_end_leaves_a_later_balance_in_the_quarter() -> None:
    facts = facts_of("We cut net debt by $40 million from the end of the prior quarter, and ended with $610 million of net debt.")
    assert find(facts, raw="$610 million").period == "2021Q3"


def test_a_quarter_named_for_a_figure_in_an_earlier_clause_still_dates_the_later_ones() -> None:
    """Only the starting point of a change is left out: a quarter an earlier clause is about still dates the figures
    after it."""
    facts = facts_of("In the second quarter, revenue grew 12%, and operating margin reached 18%.")
    assert find(facts, raw="18%").period == "2021Q2"
