"""English facts of real-estate calls: a debt ratio written "total debt to total capitalization" is that ratio,
not the debt; an "aggregate initial cash yield" is the company's yield ("aggregate" names no business line).
A word naming the level a metric is taken at ("hotel", "property") is not part of the name before it.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_total_debt_to_total_capitalization_is_the_ratio() -> None:
    facts = facts_of(
        "As of September 30, net debt to EBITDA was 4.2x, and total debt to total capitalization was 29%."
    )
    ratio = find(facts, raw="29%")
    assert (ratio.subject, ratio.metric) == ("NovaSky", "debt to total market capitalization")


def test_an_aggregate_initial_cash_yield_is_the_companys_yield() -> None:
    facts = facts_of(
        "For the quarter, the aggregate initial cash yield of our investment activity was approximately 7.1%."
    )
    y = find(facts, raw="7.1%")
    assert (y.subject, y.metric, y.qualifier) == ("NovaSky", "yield", "approx")



def test_a_level_word_after_a_scope_leaves_the_scope_as_subject() -> None:
    """"same-property hotel EBITDA": the hotel is the level the EBITDA is taken at; "same-property" says which
    hotels."""
    facts = facts_of(
        "Same-property hotel EBITDA of $41.3 million represented an increase of 2.2% from the third quarter of 2019."
    )
    assert find(facts, raw="$41.3 million").subject == "same-property"


def test_adjusted_ffo_per_diluted_share_is_affo_per_share() -> None:
    facts = facts_of("Adjusted EBITDAre was $48.1 million, and adjusted FFO per diluted share was $0.27.")
    assert find(facts, raw="$0.27").metric == "AFFO per share"
