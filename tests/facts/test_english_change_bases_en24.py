"""English calls: "a reported decrease of 1.9% and a constant currency decrease of 3.7%" after a metric's amount are
the changes of that metric, the second at constant currency; a change "year-on-year on a constant currency basis" is
at constant currency.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_reported_and_constant_currency_changes_of_the_amount_before() -> None:
    facts = facts_of(
        "Net sales in the third quarter were $1.62 billion, a reported decrease of 2.4% and a constant currency"
        " decrease of 3.1% versus the prior year."
    )
    assert (find(facts, raw="2.4%").metric, find(facts, raw="2.4%").change) == ("revenue", "yoy")
    assert find(facts, raw="3.1%").metric == "revenue (constant currency)"


def test_a_local_currency_increase_is_no_currency_impact() -> None:
    facts = facts_of("Revenue was $410 million, a reported increase of 5% and a local currency increase of 7%.")
    assert find(facts, raw="7%").metric == "revenue (local currency)"


def test_a_currency_impact_still_gives_no_fact() -> None:
    facts = facts_of("Revenue was $410 million, up 5%. Currency impact was 2%.")
    assert not [f for f in facts if f.raw == "2%"]


def test_a_change_year_on_year_on_a_constant_currency_basis() -> None:
    facts = facts_of(
        "Adjusted EBITDA was $212 million, up 9% on a reported basis and up over 13% year-on-year on a constant"
        " currency basis."
    )
    assert find(facts, raw="9%").metric == "adjusted EBITDA"
    assert find(facts, raw="13%").metric == "adjusted EBITDA (constant currency)"
