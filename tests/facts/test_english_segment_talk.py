"""A segment's talk: "the segment" points back at the unit just talked of, not a product line named in a cause; a
metric "of our investment activity" or "across our portfolio" is the company's whatever unit was named before.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_segment_points_back_at_the_unit_not_a_product_line_named_in_a_cause() -> None:
    facts = facts_of(
        "Moving to Harbor, revenues were $871 million, down from $961 million last year, primarily on lower marine "
        "revenues and commercial volume.",
        "Segment profit of $110 million was down $8 million, largely on the lower volume.",
        "Backlog in the segment ended the quarter at $5.3 billion.",
    )
    assert find(facts, value=871_000_000).subject == "Harbor"
    assert find(facts, value=5_300_000_000).subject == "Harbor"


def test_a_metric_of_our_whole_portfolio_is_the_companys_even_after_a_unit() -> None:
    facts = facts_of(
        "In our harbor portfolio, occupancy was 91.2% at quarter end.",
        "Average occupancy across our portfolio was 88.4%.",
        "For the third quarter, the initial cash yield of our investment activity was approximately 6.7%.",
    )
    assert find(facts, value=91.2).subject == "harbor portfolio"
    assert find(facts, value=88.4).subject == "NovaSky"
    assert find(facts, value=6.7).subject == "NovaSky"
