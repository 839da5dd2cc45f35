"""English figures after "from": a rate written after a change amount and its base period ("an increase of $93 million from last
year or 9%") is the amount's change again, of the quarter reported, not a figure of the base period; a figure a
benefit came from ("a benefit from our $24 million of share repurchases") is no base.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_rate_after_a_change_amount_and_its_base_is_the_same_change() -> None:
    """"an increase of $93 million from last year or 9%": 9% growth in the third quarter over a year before."""
    facts = facts_of("Our revenue was $1.1 billion, an increase of $93 million from last year or 9% on a reported basis.")
    rate = find(facts, raw="9%")
    assert rate.period == "2021Q3"
    assert rate.change == "yoy"
    assert rate.value == 9.0


def test_a_rate_after_a_base_level_stays_apart() -> None:
    """"up from $1.0 billion last year": the $1.0 billion is last year's, whatever follows."""
    facts = facts_of("Our revenue was $1.1 billion, up from $1.0 billion last year.")
    assert find(facts, raw="$1.0 billion").period == "2020Q3"


def test_a_figure_a_benefit_came_from_is_no_base() -> None:
    """"a $0.12 benefit from our $24 million of share repurchases in the quarter": the buying of the quarter, not
    a comparison base of no period."""
    facts = facts_of(
        "Book value fell $0.60, driven by our dividend of $0.23, partially offset by a $0.12 benefit from our "
        "$24 million of share repurchases in the quarter."
    )
    assert find(facts, raw="$24 million").period == "2021Q3"


def test_a_period_a_figure_outperformed_is_its_base() -> None:
    """"outperformed our third quarter of '20 by over $50 million": the quarter reported beat that one; the
    $50 million is no figure of 2020."""
    facts = facts_of("Our total revenue outperformed our third quarter of '20 by over $50 million.")
    assert find(facts, raw="$50 million").period == "2021Q3"
