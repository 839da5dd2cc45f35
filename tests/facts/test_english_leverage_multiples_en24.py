"""English calls: debt set against EBITDA (or a REIT's EBITDAre) as a multiple is the leverage ratio, however the
EBITDA is qualified.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_net_debt_to_adjusted_ebitdare_is_leverage() -> None:
    facts = facts_of("Our net debt to adjusted EBITDAre was 4.7x and our net debt to gross assets was 36% at September 30.")
    assert find(facts, raw="4.7x").metric == "leverage ratio"


def test_a_multiple_written_before_debt_to_adjusted_ebitda_is_leverage() -> None:
    facts = facts_of("We ended the third quarter with 4.6x debt to adjusted EBITDA.")
    assert find(facts, raw="4.6x").metric == "leverage ratio"


def test_net_debt_that_was_a_multiple_of_ebitda_is_leverage() -> None:
    facts = facts_of("At quarter end, our net debt was 2.4 times total reported EBITDA.")
    assert find(facts, raw="2.4 times").metric == "leverage ratio"


def test_a_multiple_of_no_debt_is_no_leverage() -> None:
    facts = facts_of("Our subscribers grew 2.4 times compared with the prior year.")
    assert not [f for f in facts if f.metric == "leverage ratio"]
