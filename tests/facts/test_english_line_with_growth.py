"""English calls: a business line named by its kind ("our Vascular portfolio", "the Specialty Products business")
that opens its clause and did well "with" a rate of growth, no metric named, reports its sales growth.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_portfolio_that_performs_well_with_growth_reports_its_sales() -> None:
    fact = find(facts_of("Our Vascular portfolio continues to perform well with 12% growth year-over-year."), raw="12%")
    assert (fact.subject, fact.metric, fact.value, fact.change, fact.period) == (
        "Vascular portfolio",
        "revenue",
        12,
        "yoy",
        "2021Q3",
    )


def test_a_business_that_delivered_a_quarter_with_growth_reports_its_sales() -> None:
    facts = facts_of("Our Harbor Tools business delivered a solid quarter with 6% growth, mainly on higher pricing.")
    fact = find(facts, raw="6%")
    assert (fact.subject, fact.metric, fact.change) == ("Harbor Tools", "revenue", "yoy")


def test_the_growth_goes_to_no_line_but_the_one_its_clause_names() -> None:
    facts = facts_of("Europe was soft in the quarter, but our Vascular portfolio performed well with 9% growth.")
    assert not [f for f in facts if f.raw == "9%" and f.subject != "Vascular portfolio"]


def test_a_share_after_with_is_no_growth_of_the_line() -> None:
    facts = facts_of("Our Vascular portfolio delivered a strong quarter with 12% of orders from new accounts.")
    assert not [f for f in facts if f.raw == "12%" and f.metric == "revenue"]
