"""A walk through units the text does not name ("Now let's review the segments." with the names on slides): its bare
figures are some unit's, so none is stated as the company's; the talk's return to the company ends the walk.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_bare_figures_after_an_announced_segment_walk_are_not_the_companys() -> None:
    facts = facts_of(
        "Total revenue was $2.4 billion, up 5%.",
        "Now let's review the segments.",
        "Revenue was $828 million, up 6%.",
        "Operating margin was 14.2%.",
        "Turning to the balance sheet, we ended the quarter with cash of $610 million.",
    )
    assert find(facts, value=2_400_000_000).subject == "NovaSky"
    assert not [f for f in facts if f.value in (828_000_000, 6, 14.2) and f.subject == "NovaSky"]
    assert find(facts, value=610_000_000).subject == "NovaSky"


def test_a_consolidated_figure_in_the_walk_is_the_companys_again() -> None:
    facts = facts_of(
        "Let me walk through each of our businesses.",
        "Sales were $512 million, up 3%. On a consolidated basis, free cash flow was $91 million.",
        "Gross margin was 41.5%.",
    )
    assert not [f for f in facts if f.value == 512_000_000]
    assert find(facts, value=91_000_000).subject == "NovaSky"
    assert find(facts, value=41.5).subject == "NovaSky"


def test_a_unit_named_in_the_walk_keeps_its_figures_and_ends_the_walk() -> None:
    facts = facts_of(
        "Turning to our segment results.",
        "In Industrial Coatings, sales were $300 million.",
    )
    assert find(facts, value=300_000_000).subject == "Industrial Coatings"


def test_segment_words_without_an_announcement_leave_the_companys_figures() -> None:
    facts = facts_of(
        "All of our segments grew this quarter.",
        "Revenue was $828 million, up 6%.",
    )
    assert find(facts, value=828_000_000).subject == "NovaSky"
