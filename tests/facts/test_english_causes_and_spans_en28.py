"""English changes and spans of a railroad's call: a figure after "from" that a comparative follows is the change of a
cause ("savings from 7% lower headcount"), not the level a move started from; "during these nine months" is the year to
the call's quarter.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_figure_after_from_with_a_comparative_is_a_change_not_a_base() -> None:
    """"$40 million in savings from 7% lower headcount": the 7% is headcount's decline over the year before, in the
    call's quarter, not a prior level."""
    facts = facts_of(
        "Compensation and benefits rose 5%, but note the $40 million in savings from 7% lower headcount that more "
        "than offset higher wage rates."
    )
    fact = find(facts, raw="7%")
    assert (fact.metric, fact.value, fact.change, fact.basis) == ("headcount", -7.0, "yoy", None)
    assert fact.period == "2021Q3"


def test_from_before_a_level_still_opens_a_base() -> None:
    """"rose to $50 million from $45 million": the second figure is the level the move started from."""
    facts = facts_of("Revenue rose to $50 million from $45 million a year ago.")
    assert find(facts, raw="$45 million").basis == "prior"


def test_during_these_nine_months_is_the_year_to_date() -> None:
    """"a 33% increase during these nine months compared to last year": the first three quarters of the year."""
    facts = facts_of("Free cash flow set a record, a 33% increase during these nine months compared to last year.")
    assert find(facts, raw="33%").period == "2021Q1-2021Q3"
