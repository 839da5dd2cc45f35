"""A region's name written as part of a longer name (a unit's words after it, a second region after a slash, a prefix
glued to it by a hyphen) names that whole thing: its figures are not the bare region's.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_every_capitalised_word_of_a_unit_after_a_region_is_part_of_its_name() -> None:
    facts = facts_of(
        "While Americas Capital Markets revenue was flat for July, September revenue fell by 43%.",
        "In the Americas, revenue grew 8%.",
    )
    assert find(facts, value=-43).subject == "Americas Capital Markets"
    assert find(facts, value=8).subject == "Americas"


def test_a_metric_word_after_a_region_is_no_part_of_the_unit_s_name() -> None:
    facts = facts_of("North America Commercial Revenue grew 15%.")
    assert find(facts, value=15).subject == "North America Commercial"


def test_two_regions_written_with_a_slash_are_one_region() -> None:
    facts = facts_of(
        "In the Middle East/Asia region, revenue increased 2%, resulting from more drilling in Australia.",
        "In Latin America/Africa, revenue increased 4%.",
        "In Europe, revenue increased 6%.",
    )
    assert find(facts, value=2).subject == "Middle East/Asia"
    assert find(facts, value=4).subject == "Latin America/Africa"
    assert find(facts, value=6).subject == "Europe"


def test_a_prefix_glued_to_a_region_names_another_flow() -> None:
    facts = facts_of(
        "Cross-border volume was up 53% globally, with intra-Europe cross-border volumes up 45%.",
        "Non-U.S. revenue grew 5% in the quarter.",
    )
    assert find(facts, value=45).subject == "intra-Europe"
    assert find(facts, value=5).subject == "Non-U.S."


def test_a_sentence_opening_internationally_or_domestically_gives_its_figures_to_that_side() -> None:
    facts = facts_of(
        "Domestically, comparable sales grew 3.1% for the quarter.",
        "Internationally, on a constant currency basis, site rental revenue growth was 5.4%, including 2.2% of churn.",
        "Total revenue rose 4% to $1.2 billion.",
    )
    assert find(facts, value=3.1).subject == "Domestic"
    assert find(facts, value=5.4).subject == "International"
    assert find(facts, value=2.2).subject == "International"
    assert find(facts, value=1_200_000_000).subject == "NovaSky"
