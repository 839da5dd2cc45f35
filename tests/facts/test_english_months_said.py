"""English months and quarters that date when a figure was given out: "the guidance we provided in February",
"consistent with our disclosures in the second quarter" name when the figure was said, not the period it measures.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_month_guidance_was_given_in_is_not_its_period() -> None:
    facts = facts_of(
        "We are reaffirming the full year guidance we provided in February of adjusted earnings per share of "
        "$2.10 to $2.20.",
        "The outlook we shared in July called for revenue of $900 million to $950 million for the full year.",
    )
    eps = find(facts, raw="$2.10 to $2.20")
    assert (eps.metric, eps.period) == ("adjusted EPS guidance", "2021")
    assert find(facts, raw="$900 million to $950 million").period == "2021"


def test_a_target_year_is_kept_when_the_target_was_given_in_a_month() -> None:
    facts = facts_of(
        "We remain on track for the 2023 targets we laid out back in January of $5.5 billion in revenue.",
    )
    assert find(facts, raw="$5.5 billion").period == "2023"


def test_the_quarter_a_range_was_disclosed_in_is_not_its_period() -> None:
    facts = facts_of(
        "Consistent with our disclosures in the second quarter, we anticipate earnings at the higher end of our "
        "guidance range of $2.30 to $2.50 per share.",
        "As we said in Q2, we expect revenue of $4.1 billion to $4.3 billion.",
    )
    assert find(facts, raw="$2.30 to $2.50").period == "2021"
    assert find(facts, raw="$4.1 billion to $4.3 billion").period == "2021"


def test_a_quarter_or_month_of_its_own_results_keeps_its_period() -> None:
    facts = facts_of(
        "As we shared on our last call, comparable sales in July rose 5%.",
        "Revenue in the second quarter was $3.9 billion.",
    )
    assert find(facts, raw="5%").period == "2021-07"
    assert find(facts, raw="$3.9 billion").period == "2021Q2"
