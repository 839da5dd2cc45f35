"""A later clause of a sentence that says whose its figure is does not take the unit an earlier clause named: a
metric led by "other" measures the rest, and a name right after a figure and "were" is that figure's subject.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_metric_led_by_other_is_the_rest_not_the_unit_named_before() -> None:
    facts = facts_of(
        "Transfer volume rose 27% overall, with intra-Europe transfer volumes up 31% and other transfer volumes up 19%.",
    )
    assert find(facts, value=31).subject == "intra-Europe"
    assert find(facts, value=19).subject == "other transfer"


def test_a_unit_named_after_each_figure_with_were_owns_that_figure() -> None:
    facts = facts_of(
        "Of our originations, 37% or $4.1 billion were conventional loans and 63% or $7.0 billion were government loans.",
    )
    assert find(facts, value=37).subject == "conventional"
    assert find(facts, value=63).subject == "government"
    assert find(facts, value=7_000_000_000).subject == "government"


def test_a_clause_naming_no_one_of_its_own_still_takes_the_unit_named_before() -> None:
    facts = facts_of("In Europe, revenue grew 11% and operating income rose 6%.")
    assert find(facts, value=11).subject == "Europe"
    assert find(facts, value=6).subject == "Europe"


def test_other_revenue_after_a_named_region_is_the_rest_not_the_company() -> None:
    facts = facts_of("Revenue in Europe grew 12%, and other revenue grew 4% to $310 million.")
    assert find(facts, value=12).subject == "Europe"
    assert find(facts, value=4).subject == "other"
    assert find(facts, value=310_000_000).subject == "other"


def test_other_sales_after_a_named_region_are_the_rest_not_the_company() -> None:
    facts = facts_of("Sales in the Americas rose 9%, while other sales declined 2%.")
    assert find(facts, value=9).subject == "Americas"
    assert find(facts, value=-2).subject == "other"


def test_a_rate_included_in_a_lines_figure_is_of_that_line() -> None:
    facts = facts_of(
        "Domestic leasing revenue growth was 8% on a gross basis and 4.8% on a net basis, including 3.2% of churn.",
        "Wholesale site rental revenue growth was 7% for the quarter, including 1.5% of churn.",
    )
    assert find(facts, value=3.2).subject == find(facts, value=4.8).subject == "domestic leasing"
    assert find(facts, value=1.5).subject == find(facts, value=7).subject == "wholesale"
