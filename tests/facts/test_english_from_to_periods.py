"""English calls: each side of a move "from A at the end of one quarter to B at the end of the next" takes the period
written beside it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

import pytest

from .test_english import facts_of, find


@pytest.mark.parametrize(
    "sentence",
    [
        "Our net interest margin improved from 2.41% at the end of the second quarter to 2.87% at the end of the third quarter.",
        "Our net interest margin improved from 2.41% as of the end of the second quarter to 2.87% as of the end of the third quarter.",
        "Our net interest margin improved from 2.41% at the end of the prior quarter to 2.87% at the end of this quarter.",
        "Our net interest margin improved from 2.41% at the end of Q2 to 2.87% at the end of Q3.",
        "Our net interest margin improved from 2.41% as of June 30 to 2.87% as of September 30.",
        "Our net interest margin improved from 2.41% last quarter to 2.87%.",
    ],
)
def test_each_side_of_a_move_takes_the_period_beside_it(sentence: str) -> None:
    facts = facts_of(sentence)
    before = find(facts, raw="2.41%")
    after = find(facts, raw="2.87%")
    assert (before.period, before.basis) == ("2021Q2", "prior")
    assert (after.metric, after.period, after.basis) == ("net interest margin", "2021Q3", None)


def test_a_move_told_from_its_end_keeps_both_periods() -> None:
    facts = facts_of(
        "Tangible book value per share rose to $14.20 at the end of the third quarter from $13.05 at the end of the "
        "second quarter."
    )
    assert find(facts, raw="$14.20").period == "2021Q3"
    assert (find(facts, raw="$13.05").period, find(facts, raw="$13.05").basis) == ("2021Q2", "prior")
