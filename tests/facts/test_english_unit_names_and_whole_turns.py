"""English subjects of a call that walks through its units: a unit whose name joins two words with "and" keeps its
whole name, a sentence opening on "Our Q1 results" is the whole company's again, and "Looking at our regional
results." leaves the unit the talk was on; "past revenue" names no unit.

Sentences are written for these tests about the fictional NovaSky Technology and its units; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_unit_name_joined_by_and_is_kept_whole() -> None:
    """"our Storage and Logistics segment had a strong quarter. Sales for the quarter were up 12%": the sales are
    the Storage and Logistics segment's, not a "Logistics" unit's."""
    facts = facts_of(
        "Our Storage and Logistics segment had another strong quarter.",
        "Sales for the quarter were up 12%, driven by growth across our warehouse network.",
    )
    assert find(facts, raw="12%").subject == "Storage and Logistics"


def test_our_quarter_results_are_the_whole_company_after_a_unit() -> None:
    """"Our Q1 results included revenue of $900 million" after a sentence on one segment: the company's revenue."""
    facts = facts_of(
        "Our Logistics segment had another strong quarter.",
        "Sales for the quarter were up 12%, driven by growth across our warehouse network.",
        "Our Q1 results included revenue of $900 million, up 6%.",
        "GAAP operating earnings were $120 million.",
    )
    assert find(facts, raw="$900 million").subject == "NovaSky"
    assert find(facts, raw="6%").subject == "NovaSky"
    assert find(facts, raw="$120 million").subject == "NovaSky"


def test_looking_at_regional_results_leaves_the_unit_in_focus() -> None:
    """"Looking at our regional results." after a segment's figures: a region the lexicon does not know is not that
    segment's."""
    facts = facts_of(
        "Moving to the Logistics segment.",
        "Q1 revenue was $400 million, up 15% from last year.",
        "Looking at our regional results.",
        "Overseas Q1 revenue of $210 million was up 9%.",
    )
    assert find(facts, raw="$400 million").subject == "Logistics"
    assert find(facts, raw="$210 million").subject != "Logistics"


def test_words_of_time_and_manner_before_a_metric_name_no_unit() -> None:
    """"$33 million of past revenue", "consistent bookings along with our monthly churn of 0.2%", "future revenue of
    $40 million": the company's figures, not those of a "past", "consistent" or "future" unit."""
    facts = facts_of(
        "Revenue was deferred, including approximately $33 million of past revenue.",
        "Consistent bookings along with our industry-leading monthly churn of 0.2% demonstrate that our strategy is sound.",
        "We expect future revenue of $40 million from the new contract.",
    )
    assert find(facts, raw="$33 million").subject == "NovaSky"
    assert find(facts, raw="0.2%").subject == "NovaSky"
    assert find(facts, raw="$40 million").subject == "NovaSky"
