"""English calls that go through the parts of a business line one by one: each part opens with its share of the
line's total ("Broadcast represented about 35% of total licensing"), then its bare moves ("On a sequential basis,
broadcast decreased by about 21%"): the shares and the moves are the part's revenue, though no lexicon lists it.

The sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

_PARTS = (
    "Licensing revenue was $250 million in the quarter.",
    "Tablets represented approximately 19% of total licensing in Q3.",
    "Tablets decreased by about 11% from last year, due to a shift in timing of certain contracts.",
    "On a sequential basis, tablets were down about 31%, due primarily to lower recoveries.",
    "Home audio represented about 12% of total licensing in the third quarter.",
    "Home audio was higher than last year by about 6% due to higher market volume.",
)


def test_a_part_given_its_share_of_the_line_owns_that_share_and_its_bare_moves() -> None:
    facts = facts_of(*_PARTS)
    share = find(facts, raw="19%")
    assert (share.subject, share.metric, share.period) == ("Tablets", "share of revenue", "2021Q3")
    yoy, qoq = find(facts, raw="11%"), find(facts, raw="31%")
    assert (yoy.subject, yoy.metric, yoy.value, yoy.change) == ("Tablets", "revenue", -11, "yoy")
    assert (qoq.subject, qoq.metric, qoq.value, qoq.change) == ("Tablets", "revenue", -31, "qoq")
    audio = find(facts, raw="6%")
    assert (audio.subject, audio.metric, audio.value) == ("Home audio", "revenue", 6)


def test_a_name_the_call_gave_no_share_of_a_line_stays_unread() -> None:
    facts = facts_of(*_PARTS[:3], "Gaming was higher than last year by about 14% due to higher market volume.")
    assert not [f for f in facts if f.raw == "14%"]


def test_no_part_is_read_when_the_call_gives_the_line_no_revenue() -> None:
    facts = facts_of(*_PARTS[1:3])
    assert not [f for f in facts if f.subject == "Tablets"]


def test_the_lines_other_part_and_a_pronoun_right_after_its_share_are_read_as_that_part() -> None:
    facts = facts_of(
        _PARTS[0],
        "Other markets represented about 9% of total licensing in the third quarter.",
        "They were up about 15% year-over-year, driven by higher revenue from gaming.",
        "On a sequential basis, other markets decreased by about 18%, driven by lower seasonality.",
        "It was down about 4% from last year.",
    )
    share, yoy, qoq = find(facts, raw="9%"), find(facts, raw="15%"), find(facts, raw="18%")
    assert (share.subject, share.metric) == ("Other markets", "share of revenue")
    assert (yoy.subject, yoy.metric, yoy.value, yoy.change) == ("Other markets", "revenue", 15, "yoy")
    assert (qoq.subject, qoq.metric, qoq.value, qoq.change) == ("Other markets", "revenue", -18, "qoq")
    assert not [f for f in facts if f.raw == "4%"]  # a pronoun two sentences on stands for no part


def test_a_part_named_by_its_initials_after_its_share_is_that_part() -> None:
    facts = facts_of(
        _PARTS[0],
        "Consumer electronics represented about 14% of total licensing in Q3.",
        "On a sequential basis, CE decreased by about 6% due mainly to lower seasonality.",
    )
    moved = find(facts, raw="6%")
    assert (moved.subject, moved.metric, moved.value, moved.change) == ("CE", "revenue", -6, "qoq")
