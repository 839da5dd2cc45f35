"""English bank calls: loans moved into held for sale are named by the move and the words after the amount, whatever
kind of loan stands between ("moving $1.5 billion in commercial real estate loans to held-for-sale").

The sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_loans_of_a_named_kind_moved_to_held_for_sale() -> None:
    facts = facts_of(
        "Revenue in the second quarter was low due to the impact of moving $2.4 billion in commercial real estate "
        "loans to held-for-sale.",
        "We also transferred $310 million of consumer auto loans into held for sale.",
    )
    moved = find(facts, raw="$2.4 billion")
    assert (moved.metric, moved.value, moved.period) == ("loans transferred to held for sale", 2_400_000_000, "2021Q2")
    assert find(facts, raw="$310 million").metric == "loans transferred to held for sale"


def test_loans_moved_elsewhere_are_no_held_for_sale_transfer() -> None:
    facts = facts_of("We moved $900 million of commercial loans to our new treasury platform.")
    assert not [f for f in facts if f.metric == "loans transferred to held for sale"]
