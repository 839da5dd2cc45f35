"""English attribution of what a call transcript's writing leaves in the text: a figure the transcriber
marks as not heard clearly ("[Phonetic]") or as misspoken ("(sic)") is no reported figure, a hyphen a line
break left a space after ("non- GAAP") still joins the words of a term, and a deferred item written off over
time ("sales inducement amortization") is no sales figure.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def _at(facts: list, raw: str) -> list:
    return [f for f in facts if f.raw == raw]


def test_a_figure_marked_as_unclear_or_misspoken_is_no_reported_figure() -> None:
    """"adjusted earnings per share of $1.3 [Phonetic]" and "was 41.2% (sic) $41.2 million": the
    transcriber flags the figure; the clear restatement later in the call is the company's figure."""
    facts = facts_of(
        "We achieved GAAP earnings per share of $0.88 and adjusted earnings per share of $1.3 [Phonetic] in the quarter.",
        "Net income for the quarter was 41.2% (sic) $41.2 million, down from $44.0 million last year.",
        "After adjusting for restructuring expenses, adjusted earnings per share was $1.03 this quarter.",
    )
    assert _at(facts, "$1.3") == []
    assert _at(facts, "41.2%") == []
    assert find(facts, raw="$1.03").metric == "adjusted EPS"
    assert find(facts, raw="$41.2 million").metric == "net income"
    assert find(facts, raw="$0.88").metric == "GAAP EPS"


def test_a_hyphen_left_before_a_space_still_joins_a_term() -> None:
    """"non- GAAP operating income of $64 million, or $0.71 per diluted common share": the adjusted
    variants, not GAAP earnings per share because "GAAP" stands after a space."""
    facts = facts_of(
        "For the fourth quarter, we reported non- GAAP operating income of $64 million, or $0.71 per diluted common share."
    )
    assert find(facts, raw="$0.71").metric == "adjusted EPS"
    assert find(facts, raw="$64 million").metric == "adjusted operating income"


def test_an_amortization_of_a_sales_item_is_no_sales() -> None:
    """"deferred sales inducement amortization totaled $96 million": an expense written off over time,
    not the company's sales."""
    facts = facts_of(
        "Deferred policy acquisition cost and deferred sales inducement amortization totaled $96 million.",
        "Total revenues were $812 million.",
    )
    assert _at(facts, "$96 million") == []
    assert find(facts, raw="$812 million").metric == "revenue"


def test_a_base_named_after_the_level_a_change_reached_is_the_change_s() -> None:
    """"revenue increased 12% to $540 million versus Q2 levels" in a third-quarter call: the change is
    against the second quarter, sequential, not year on year; a base a year back stays year on year."""
    facts = facts_of(
        "Revenue increased 12% to $540 million versus Q2 levels.",
        "Adjusted EBITDA increased 31% to $44 million in Q3 from Q2 levels.",
        "Orders grew 9% to $610 million compared to the third quarter of 2020.",
    )
    assert find(facts, raw="12%").change == "qoq"
    assert find(facts, raw="31%").change == "qoq"
    assert find(facts, raw="9%").change == "yoy"
