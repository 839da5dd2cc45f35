"""English calls: the second figure of a list of changes that names each item's basis or place after it ("up 9% in
units and 17% on an underlying basis", "22% on an organic basis and nearly 120% in total") is a change too; a gain
that names an item of income ("an underwriting gain of $96 million", "a gain on sale of $19 million") is a level,
not a rise, while "a gain of 5% over the prior year" stays a change; a metric word inside a cause that opens with "as
we" ("up $2.3 million as we invested behind our brands") is no metric of the figure.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_second_change_after_a_place_then_its_own_basis() -> None:
    facts = facts_of("Industrial Systems turned positive this quarter, with sales up 9% in units and 17% on an underlying basis.")
    second = find(facts, raw="17%")
    assert (second.value, second.change) == (17.0, "yoy")


def test_second_change_after_an_approximation_and_in_total() -> None:
    facts = facts_of("Turning to Corporate and Other, revenue increased 22% on an organic basis and nearly 120% in total.")
    total = find(facts, raw="120%")
    assert (total.value, total.change, total.qualifier) == (120.0, "yoy", "approx")


def test_underwriting_gain_is_a_level() -> None:
    facts = facts_of("Specialty Lines generated an underwriting gain of $96 million and a combined ratio of 88.2%.")
    gain = find(facts, raw="$96 million")
    assert (gain.subject, gain.metric, gain.value, gain.change) == ("Specialty Lines", "underwriting gain", 96e6, None)


def test_gain_on_sale_is_a_level() -> None:
    facts = facts_of("In the quarter we recorded a gain on sale of $19 million.")
    gain = find(facts, raw="$19 million")
    assert (gain.metric, gain.value, gain.change) == ("gains", 19e6, None)


def test_gain_over_a_year_before_is_still_a_change() -> None:
    facts = facts_of("Revenue posted a gain of 5% over the prior year.")
    assert find(facts, raw="5%").change == "yoy"


def test_a_verb_in_an_as_we_cause_names_no_metric() -> None:
    facts = facts_of(
        "Promotion costs were up $2.3 million year-over-year as we invested behind our brands.",
        "Revenue rose $4 million as we invested in new campaigns.",
    )
    assert all(f.metric != "investment" for f in facts)
    assert find(facts, raw="$4 million").metric == "revenue"
