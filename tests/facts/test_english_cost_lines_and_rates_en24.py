"""English calls: the cost lines of operating expenses (property taxes, utility costs, repairs and maintenance), the
rates customers pay (street and contract rates), a franchisor's fees, net unit growth, bare "R&D" and corporate
expenses are metrics of their own, and a change against several years back is no fact.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_cost_lines_inside_operating_expenses_are_named() -> None:
    facts = facts_of(
        "The increase in operating expenses is due primarily to a 5.3% increase in property taxes and a 9.1% increase"
        " in utility costs. Repairs and maintenance grew 3.2%."
    )
    assert (find(facts, raw="5.3%").metric, find(facts, raw="5.3%").change) == ("property taxes", "yoy")
    assert find(facts, raw="9.1%").metric == "utility costs"
    assert find(facts, raw="3.2%").metric == "repairs and maintenance"


def test_street_and_contract_rates_are_what_customers_pay() -> None:
    facts = facts_of(
        "Our contract rates were up 12% in the third quarter from the prior year, while street rates were up 7%"
        " year-over-year."
    )
    assert (find(facts, raw="12%").metric, find(facts, raw="12%").change) == ("contract rates", "yoy")
    assert (find(facts, raw="7%").metric, find(facts, raw="7%").change) == ("street rates", "yoy")


def test_a_franchisor_s_fees_are_their_own_metric() -> None:
    facts = facts_of("Management and franchise fees grew 41%, driven by higher room revenue at franchised hotels.")
    assert (find(facts, raw="41%").metric, find(facts, raw="41%").change) == ("management and franchise fees", "yoy")


def test_net_unit_growth_is_a_rate_and_its_forecast_is_guidance() -> None:
    facts = facts_of(
        "We opened 80 hotels and delivered net unit growth of 5.9% in the third quarter. For the full year, we"
        " expect net unit growth in the 4% to 4.5% range."
    )
    grew = find(facts, raw="5.9%")
    assert (grew.metric, grew.change) == ("net unit growth", None)
    assert find(facts, raw="4% to 4.5%").metric == "net unit growth guidance"


def test_bare_utilities_name_no_cost_line() -> None:
    facts = facts_of("Over 80% of our five-year investment plan will be at our two utilities.")
    assert not [f for f in facts if f.metric == "utility costs"]


def test_a_change_against_several_years_back_is_no_fact() -> None:
    facts = facts_of(
        "To give you a sense of where we were versus 3 years ago, street rates in Q3 2021 were about 31% higher than"
        " Q3 2018 and in-place contract rents are about 18% higher."
    )
    assert not [f for f in facts if f.raw in ("31%", "18%")]


def test_a_change_against_the_same_quarter_two_years_back_is_no_fact() -> None:
    facts = facts_of("Utility costs were 11.2% higher in Q3 than in Q2 and were 9.5% higher than the third quarter in 2019.")
    assert not [f for f in facts if f.raw == "9.5%"]
    assert find(facts, raw="11.2%").metric == "utility costs"


def test_bare_r_and_d_is_the_r_and_d_expense() -> None:
    facts = facts_of("R&D is expected to be about $410 million, up from $380 million in 2020.")
    assert find(facts, raw="$410 million").metric == "R&D expense guidance"
    assert find(facts, raw="$380 million").metric == "R&D expense"


def test_corporate_expenses_are_a_metric_of_the_company() -> None:
    facts = facts_of("Corporate expenses were $42 million in the quarter.")
    fact = find(facts, raw="$42 million")
    assert (fact.metric, fact.subject) == ("corporate expenses", "NovaSky")


def test_an_r_and_d_team_is_no_expense() -> None:
    assert not [f for f in facts_of("Our R&D team of 500 engineers delivered three launches.") if f.metric == "R&D expense"]
