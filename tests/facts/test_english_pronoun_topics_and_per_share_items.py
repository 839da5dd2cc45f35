"""Facts of English calls whose metric is named a sentence before the figure ("Turning to gross margin. It was
41.2%"), items sized with their per-share form ("related to one-time contributions") and apartment move-outs.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_pronoun_after_a_turn_to_a_metric_states_that_metric() -> None:
    facts = facts_of("Turning to gross margin. It was 41.2%, up 90 basis points from last year.")
    level = find(facts, value=41.2)
    move = find(facts, value=90)
    assert (level.subject, level.metric, level.change, level.period) == ("NovaSky", "gross margin", None, "2021Q3")
    assert (move.metric, move.unit, move.change) == ("gross margin", "bps", "yoy")


def test_the_pronoun_is_no_business_line() -> None:
    facts = facts_of("Let me turn to same-store sales. They were up 6.1% compared with last year.")
    fact = find(facts, value=6.1)
    assert (fact.subject, fact.metric, fact.change) == ("NovaSky", "same-store sales", "yoy")


def test_a_turn_to_two_metrics_leaves_the_pronoun_unread() -> None:
    facts = facts_of("Turning to revenue and gross margin. It was 41.2% in the quarter.")
    assert not [f for f in facts if f.value == 41.2]


def test_a_pronoun_moving_the_level_just_stated_is_its_change() -> None:
    facts = facts_of("Gross margin was 41.2% in the quarter. It was up 90 basis points from last year.")
    move = find(facts, value=90)
    assert (move.metric, move.unit, move.change, move.period) == ("gross margin", "bps", "yoy", "2021Q3")


def test_a_pronoun_after_a_count_is_not_the_count_moving() -> None:
    facts = facts_of("We opened 12 stores. They were up 5% versus last year.")
    assert not [f for f in facts if f.value == 5]


def test_a_pronoun_after_a_part_share_is_not_the_share_moving() -> None:
    facts = facts_of(
        "Other markets represented about 10% of total licensing in the second quarter.",
        "They were up about 14% year-over-year, driven by higher revenue from gaming.",
    )
    assert not [f for f in facts if f.value == 14]


def test_a_bare_one_time_item_is_left_unread() -> None:
    facts = facts_of("We had a few other onetime items that were associated with expense streamlining of $4 million.")
    assert not [f for f in facts if f.value == 4_000_000]


def test_an_item_and_its_per_share_form_related_to_one_time_contributions() -> None:
    facts = facts_of(
        "During the third quarter, FFO also included approximately $5 million or $0.01 per diluted share related to "
        "one-time contributions from joint ventures."
    )
    total = find(facts, value=5_000_000)
    per_share = find(facts, value=0.01)
    assert (total.metric, total.qualifier, total.period) == ("one-time items", "approx", "2021Q3")
    assert (per_share.metric, per_share.unit) == ("one-time items per share", "USD")


def test_move_outs_to_purchase_homes_and_their_prior_quarter() -> None:
    facts = facts_of(
        "Net turnover was 48% versus 45% last year, and move-outs to purchase homes dropped to 12.2% versus 14.1% "
        "last quarter."
    )
    now = find(facts, value=12.2)
    before = find(facts, value=14.1)
    assert (now.metric, now.period, now.basis) == ("move-outs to purchase homes", "2021Q3", None)
    assert (before.metric, before.period, before.basis) == ("move-outs to purchase homes", "2021Q2", "prior")
