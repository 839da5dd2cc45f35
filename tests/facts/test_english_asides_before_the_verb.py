"""English calls: the words of an aside between a ratio and its verb say what the ratio was corrected for, not what
its figure measures ("equity to total capitalization, which adjusts for ... debt improved to 47%", "debt to total
capitalization after taking into account our cash balance was 22.6%"); and a word that says how a volume is measured
("physical deliveries") names no business line.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call of a freight
and logistics group); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_what_a_ratio_adjusts_for_without_a_closing_comma_is_not_its_metric() -> None:
    facts = facts_of(
        "Our equity to total capitalization, which adjusts for convertible units and other long-duration debt "
        "improved to approximately 47% at September 30."
    )
    assert find(facts, raw="47%").metric == "equity to total capitalization"


def test_what_a_ratio_takes_into_account_before_its_verb_is_not_its_metric() -> None:
    facts = facts_of("Our debt to total capitalization after taking into account our cash balance was 22.6%.")
    assert find(facts, raw="22.6%").metric == "debt to total market capitalization"


def test_physical_before_a_volume_says_how_it_is_measured_not_which_business() -> None:
    facts = facts_of("Physical deliveries averaged 3.2 million dekatherms per day in the quarter.")
    assert find(facts, raw="3.2 million").subject == "NovaSky"


def test_physical_volumes_of_a_named_segment_are_that_segment_s() -> None:
    facts = facts_of(
        "In our Natural Gas Pipelines segment, physical deliveries averaged 3.2 million dekatherms per day in the quarter."
    )
    assert find(facts, raw="3.2 million").subject == "Natural Gas Pipelines"
