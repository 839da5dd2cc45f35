"""English calls: a business line named by its kind ("the Global Valve business", "the EMEA region", "our Other
category") that grew or fell by a rate, no metric named, reports its sales.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_business_that_declined_reports_its_sales() -> None:
    fact = find(facts_of("Turning to our results by product, the Global Valve business declined 4.2% in the quarter."), raw="4.2%")
    assert (fact.subject, fact.metric, fact.change) == ("Global Valve", "revenue", "yoy")


def test_businesses_that_continued_to_grow_report_their_sales() -> None:
    facts = facts_of(
        "However, the U.S. Valve business continued to grow, increasing 1.6%, and Asia-Pacific Valve business"
        " returned to growth, increasing 2.3%."
    )
    assert (find(facts, raw="1.6%").subject, find(facts, raw="1.6%").metric) == ("U.S. Valve", "revenue")
    assert (find(facts, raw="2.3%").subject, find(facts, raw="2.3%").metric) == ("Asia-Pacific Valve", "revenue")


def test_a_region_hit_hardest_reports_its_sales() -> None:
    fact = find(facts_of("As expected, the EMEA region was hardest hit by COVID-19, decreasing 12.5% year-over-year."), raw="12.5%")
    assert (fact.subject, fact.metric) == ("EMEA", "revenue")


def test_a_line_the_subject_cannot_name_gives_no_fact() -> None:
    facts = facts_of("Dental and Spine continued to deliver better execution, and finally, our Other category was down 7.1%.")
    assert not [f for f in facts if f.raw == "7.1%" and f.subject != "Other"]


def test_a_line_that_is_no_clause_subject_gives_no_sales() -> None:
    facts = facts_of("Raw feed throughput from the Rocky Mountain region increased 14% compared with the second quarter.")
    assert not [f for f in facts if f.raw == "14%" and f.metric == "revenue"]
