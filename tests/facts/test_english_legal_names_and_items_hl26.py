"""English names and items: "gains and losses" after "excluding" names what a result leaves out, not a loss; a
segment named by two regions joined by "and" is one unit, not its last region; the company's full legal name is
the company, whether the call knows it by a short name or by its ticker.

Sentences are written for these tests about the fictional NovaSky Technology and Kestrel Homes; the figures are
invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_gains_and_losses_left_out_of_a_result_are_no_loss() -> None:
    facts = facts_of(
        "Third quarter net income excluding all investment gains and losses of $124 million was up 8% from last "
        "year.",
        "We booked realized losses of $6 million on the bond portfolio.",
    )
    income = find(facts, raw="$124 million")
    growth = find(facts, raw="8%")
    assert (income.metric, income.value) == ("net income (excluding items)", 124_000_000)
    assert (growth.metric, growth.value, growth.change) == ("net income", 8, "yoy")
    assert find(facts, raw="$6 million").value == -6_000_000  # a loss said alone stays one


def test_a_segment_named_by_two_regions_is_one_unit() -> None:
    facts = facts_of(
        "Revenue in the U.S. and Latin America traditional segment was $310 million, up 4%.",
        "Latin America revenue grew 9%.",
    )
    assert find(facts, raw="$310 million").subject == "U.S. and Latin America traditional"
    assert find(facts, raw="4%").subject == "U.S. and Latin America traditional"
    assert find(facts, raw="9%").subject == "Latin America"

