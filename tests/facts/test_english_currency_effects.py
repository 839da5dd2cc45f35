"""What exchange rates did to a result, sized by its own figure ("currency was a 2% headwind to sales", "a favorable
impact from foreign exchange of $0.13 per share"): an FX impact of the company, signed by its words, never the result's
level or growth; an effect of something else, or a result measured without the effect, stays as it was.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_headwind_from_currency_is_a_negative_fx_impact() -> None:
    facts = facts_of("Currency was a 2% headwind to sales in the quarter.")
    fx = find(facts, raw="2%")
    assert (fx.subject, fx.metric, fx.value, fx.unit, fx.change) == ("NovaSky", "FX impact", -2.0, "%", None)
    assert fx.period == "2021Q3"


def test_a_signed_impact_of_exchange_rates_sizes_the_fx_impact() -> None:
    facts = facts_of(
        "After adjusting for the positive impact of currency of about 1%, our constant currency revenue increased 11%.",
        "Weaker foreign currency exchange rates had a negative impact of $0.03.",
        "Included in the result is a favorable impact from foreign exchange of approximately $0.13 per share.",
    )
    assert (find(facts, raw="1%").metric, find(facts, raw="1%").value) == ("FX impact", 1.0)
    assert find(facts, raw="11%").metric == "revenue (constant currency)"
    assert (find(facts, raw="$0.03").metric, find(facts, raw="$0.03").value) == ("FX impact", -0.03)
    assert (find(facts, raw="$0.13").metric, find(facts, raw="$0.13").value) == ("FX impact", 0.13)


def test_a_benefit_from_currency_inside_a_growth_is_apart_from_it() -> None:
    facts = facts_of("Revenue grew 8%, including a 1% benefit from currency.")
    assert (find(facts, raw="8%").metric, find(facts, raw="8%").value) == ("revenue", 8.0)
    assert (find(facts, raw="1%").metric, find(facts, raw="1%").value) == ("FX impact", 1.0)


def test_an_effect_of_something_else_or_a_result_without_the_effect_is_no_fx_impact() -> None:
    """"a 2% headwind to margins" from freight, "11% excluding the negative impact of currency": no FX impact."""
    facts = facts_of(
        "Freight was a 2% headwind to margins.",
        "Revenue grew 9%, or 11% excluding the negative impact of currency.",
        "Currency had an impact on revenue of $4 million.",
    )
    assert not [f for f in facts if f.metric == "FX impact"]
    assert find(facts, raw="11%").metric != "FX impact"


def test_points_of_currency_stay_with_the_measure_they_move() -> None:
    """"growing 24%, inclusive of 100 basis points tailwind from FX", "a 30 basis point headwind from currency" on a
    margin: points of that growth or margin, no FX impact of their own."""
    facts = facts_of(
        "Subscription revenue was $1.2 billion, growing 24%, inclusive of 100 basis points tailwind from FX.",
        "Gross margin was 44.5%, including a 30 basis point headwind from currency.",
    )
    assert (find(facts, raw="24%").metric, find(facts, raw="24%").value) == ("subscription revenue", 24.0)
    assert find(facts, raw="44.5%").metric == "gross margin"
    assert not [f for f in facts if f.metric == "FX impact"]


def test_a_currency_effect_an_outlook_assumes_is_left_to_the_outlook() -> None:
    """"We assume a 2% tailwind to revenue from currency in 2021": an assumption of the outlook, no reported effect."""
    facts = facts_of("We continue to assume a 2% tailwind to reported revenue from foreign exchange rates in 2021.")
    assert not [f for f in facts if f.metric == "FX impact"]
