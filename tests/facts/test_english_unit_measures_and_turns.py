"""A unit's own growth measures, a talk turned to a unit by "Looking to …", and acronym metrics after a unit's name.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_organic_growth_of_a_units_metric_in_its_sentence_is_the_units() -> None:
    facts = facts_of(
        "Harbor revenue increased 28% to $527 million, driven by organic growth of 22%.",
        "Total service revenue rose 9%, reflecting underlying growth of 6%.",
    )
    assert find(facts, value=22).subject == "harbor"
    assert find(facts, value=22).metric == "organic revenue"
    assert find(facts, value=6).subject == "service"


def test_the_companys_organic_growth_beside_a_units_metric_stays_the_companys() -> None:
    facts = facts_of(
        "Harbor revenue increased 28% to $527 million, while total organic growth was 5%.",
        "Harbor revenue increased 12%, and consolidated organic growth was 4%.",
    )
    assert find(facts, value=5).subject == "NovaSky"
    assert find(facts, value=4).subject == "NovaSky"


def test_a_units_metric_does_not_lend_its_name_to_another_metric_of_the_sentence() -> None:
    facts = facts_of("Harbor revenue increased 28%, driven by a gross margin of 41%.")
    assert find(facts, value=41).subject == "NovaSky"


def test_looking_to_a_unit_turns_the_talk_to_it_for_the_next_paragraph() -> None:
    facts = facts_of(
        "Looking to Harbor, revenues were $3.1 billion, reflecting lower marine revenues.",
        "We're forecasting a margin of about 12.5%, largely reflecting the lower revenues.",
        "Switching to Kestrel, revenue was $412 million.",
    )
    assert find(facts, value=3_100_000_000).subject == "Harbor"
    assert find(facts, value=12.5).subject == "Harbor"
    assert find(facts, value=412_000_000).subject == "Kestrel"


def test_looking_at_a_time_or_a_part_of_the_talk_turns_to_no_unit() -> None:
    facts = facts_of(
        "Looking at Q3, revenue was $412 million.",
        "Looking at the Balance Sheet, cash was $96 million.",
        "Looking at January, revenue was $41 million.",
    )
    assert find(facts, value=412_000_000).subject == "NovaSky"
    assert find(facts, value=96_000_000).subject == "NovaSky"
    assert find(facts, value=41_000_000).subject == "NovaSky"


def test_an_acronym_metric_after_a_units_name_keeps_its_whole_name() -> None:
    facts = facts_of(
        "Our third quarter Harbor Hotel EBITDA margin came in at 28.7%.",
        "Kestrel EBITDA margin was 31.2%, and Kestrel FFO was $12 million.",
    )
    harbor = find(facts, value=28.7)
    assert (harbor.subject, harbor.metric) == ("Harbor Hotel", "adjusted EBITDA margin")
    kestrel = find(facts, value=31.2)
    assert kestrel.metric == "adjusted EBITDA margin"
    assert "EBITDA" not in kestrel.subject


def test_a_verb_before_a_metric_is_no_part_of_a_units_name() -> None:
    facts = facts_of(
        "These installs add revenues of approximately $3 million.",
        "The new towers bring revenues of $12 million.",
        "Harbor contributed revenue of $40 million in the quarter.",
    )
    assert find(facts, value=3_000_000).subject == "NovaSky"
    assert find(facts, value=12_000_000).subject == "NovaSky"
    assert find(facts, value=40_000_000).subject == "Harbor"
