"""English comparison markers written with "to", right after a rate or before "basis": "quarter-to-quarter" growth is
sequential, "year-to-year" growth is over the year before; "from quarter to quarter" or "quarter-to-quarter reporting"
compares no figure.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts.attribution import yoy_by_default

from .test_english import facts_of, find


def test_quarter_to_quarter_growth_is_sequential() -> None:
    facts = facts_of(
        "We delivered almost 7% quarter-to-quarter per share FFO growth.",
        "Revenue rose 12% year-to-year.",
        "On a quarter-to-quarter basis, bookings grew 4%.",
    )
    assert find(facts, raw="7%").change == "qoq"
    assert find(facts, raw="12%").change == "yoy"
    assert find(facts, raw="4%").change == "qoq"


def test_results_that_vary_from_quarter_to_quarter_compare_no_figure() -> None:
    facts = facts_of("Bookings can vary from quarter to quarter, and in the quarter revenue rose 6%.")
    assert find(facts, raw="6%").change == "yoy"


def test_quarter_to_quarter_said_of_no_figure_leaves_a_call_s_year_over_year_convention() -> None:
    assert yoy_by_default(
        [
            "Revenue rose 5% year-over-year.",
            "Net income rose 8% year-over-year.",
            "As a public company we have quarter-to-quarter reporting obligations.",
            "Quarter-to-quarter results can be lumpy.",
        ]
    )
