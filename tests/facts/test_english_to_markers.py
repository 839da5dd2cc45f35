"""English comparison markers written with "to": "quarter-to-quarter" growth is sequential, "year-to-year" growth is
over the year before; "from quarter to quarter" says how results vary, no comparison of a figure.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_quarter_to_quarter_growth_is_sequential() -> None:
    facts = facts_of("We delivered almost 7% quarter-to-quarter per share FFO growth.", "Revenue rose 12% year-to-year.")
    assert find(facts, raw="7%").change == "qoq"
    assert find(facts, raw="12%").change == "yoy"


def test_results_that_vary_from_quarter_to_quarter_compare_no_figure() -> None:
    facts = facts_of("Bookings can vary from quarter to quarter, and in the quarter revenue rose 6%.")
    assert find(facts, raw="6%").change == "yoy"
