"""English calls of insurers, staffing firms, airlines and other industries: a figure keeps the measure the industry
names it by (underlying and catastrophe loss ratios, realized gains, operating unit profit, load factor), the
constant-currency or adjusted reading its words give, and the business line a call walks through.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_an_insurer_s_accident_year_loss_ratio_is_its_underlying_loss_ratio() -> None:
    facts = facts_of("Our current accident year loss ratio was 58.1% compared with 60.4% a year ago.")
    assert find(facts, raw="58.1%").metric == "underlying loss ratio"


def test_an_attritional_combined_ratio_is_the_underlying_combined_ratio() -> None:
    facts = facts_of("The attritional combined ratio improved to 86.2% for the quarter.")
    assert find(facts, raw="86.2%").metric.startswith("underlying combined ratio")


def test_a_combined_ratio_without_catastrophe_losses_is_no_loss() -> None:
    facts = facts_of("The combined ratio excluding catastrophe losses was 91.4% for the quarter.")
    assert "loss" not in find(facts, raw="91.4%").metric


def test_realized_gains_of_an_amount_are_that_amount_not_a_rise() -> None:
    facts = facts_of("Net investment gains included realized gains on investments of $41 million.")
    f = find(facts, raw="$41 million")
    assert (f.metric, f.value, f.change) == ("gains", 41_000_000, None)


def test_an_insurer_s_operating_income_per_share_is_operating_eps() -> None:
    facts = facts_of("The company reported operating income of $205 million, or $1.12 per share.")
    assert find(facts, raw="$205 million").metric == "operating income"
    assert find(facts, raw="$1.12").metric == "adjusted EPS"


def test_reserves_that_developed_favorably_are_reserve_development() -> None:
    facts = facts_of("Prior-year loss reserves developed favorably by $3 million in the quarter.")
    assert find(facts, raw="$3 million").metric == "reserve development"


def test_costs_of_retiring_debt_are_no_debt() -> None:
    facts = facts_of("Corporate expenses included debt extinguishment costs of $6 million.")
    assert find(facts, raw="$6 million").metric == "loss on debt extinguishment"


def test_a_book_value_per_share_rise_in_the_quarter_is_sequential() -> None:
    facts = facts_of("Book value per share increased 3.1% in the quarter.")
    assert find(facts, raw="3.1%").change == "qoq"


def test_a_staffing_segment_s_operating_unit_profit_and_its_margin() -> None:
    facts = facts_of("In the Americas segment, OUP was $48 million and OUP margin was 4.9%.")
    assert find(facts, raw="$48 million").metric == "operating unit profit"
    assert find(facts, raw="4.9%").metric == "operating unit profit margin"


def test_a_gross_margin_written_gp_margin() -> None:
    facts = facts_of("Permanent recruitment contributed a 60 basis point GP margin improvement.")
    assert find(facts, raw="60 basis point").metric == "gross margin"


def test_an_airline_s_load_factor_is_no_plant_utilization() -> None:
    facts = facts_of("Our passenger load factor was 84.5% in the quarter.")
    assert find(facts, raw="84.5%").metric == "load factor"


def test_revenue_named_at_constant_currency_keeps_that_basis() -> None:
    facts = facts_of("After adjusting for the positive impact of currency of about 1%, our constant currency revenue increased 9%.")
    assert find(facts, raw="9%").metric == "revenue (constant currency)"


def test_eps_after_excluding_charges_is_adjusted_eps() -> None:
    facts = facts_of(
        "Reported earnings per diluted share was $1.52 and $1.68 after excluding restructuring and acquisition costs, "
        "and both were above the prior year."
    )
    assert find(facts, raw="$1.52").metric == "diluted EPS"
    assert find(facts, raw="$1.68").metric == "adjusted EPS"


def test_a_country_s_share_of_a_year_s_revenues_is_a_share_of_revenue() -> None:
    facts = facts_of("Southern Europe represented 3.4% of our 2020 revenues.")
    f = find(facts, raw="3.4%")
    assert (f.subject, f.metric) == ("Southern Europe", "share of revenue")


def test_a_reduction_in_a_measure_of_a_percentage_is_its_change() -> None:
    facts = facts_of("Our outplacement business experienced a reduction in gross profit of 38% year-over-year.")
    f = find(facts, raw="38%")
    assert (f.metric, f.value, f.change) == ("gross profit", -38, "yoy")


def test_a_figure_in_a_brand_belongs_to_the_brand() -> None:
    facts = facts_of("Gross profit in our Lumen brand increased 21% year-over-year.")
    assert find(facts, raw="21%").subject == "Lumen brand"


def test_a_unit_introduced_by_its_share_of_revenue_owns_the_next_lines() -> None:
    facts = facts_of(
        "The Northern Europe segment comprised 21% of consolidated revenue.",
        "Revenue in the quarter was $940 million, an increase of 6% in constant currency.",
    )
    assert find(facts, raw="$940 million").subject == "Northern Europe"


def test_turning_to_the_results_brings_the_talk_back_to_the_company() -> None:
    facts = facts_of(
        "Since October, the acquired firm is operating as part of our Lumen business.",
        "Turning to our financial results.",
        "In the third quarter, revenue was $4.2 billion, up 9% year-over-year.",
    )
    assert find(facts, raw="$4.2 billion").subject != "Lumen business"


def test_a_tower_owner_s_same_tower_growth_is_same_tower_revenue() -> None:
    """"same tower recurring cash leasing revenue growth", "same tower growth": the tower industry's measure of
    leasing on towers owned a year ago, not the same-store revenue of a landlord."""
    facts = facts_of(
        "Same tower recurring cash leasing revenue growth for the quarter was 5.2% over the third quarter of 2020. "
        "On a gross basis, same tower growth was 9.4%."
    )
    assert find(facts, raw="5.2%").metric == "same tower revenue"
    assert find(facts, raw="9.4%").metric == "same tower revenue"


def test_a_part_of_sales_as_a_percentage_of_total_sales_is_its_share() -> None:
    """"online sales ... as a percentage of total sales were 14.1%", "to be 16% as a percentage of total sales": the
    share of sales made online, not growth or an amount of revenue."""
    facts = facts_of(
        "In Q3, our online sales increased by 38% and as a percentage of total sales were 14.1% in Q3.",
        "We continue to expect online sales for the full year to be 16% as a percentage of total sales.",
    )
    assert find(facts, raw="14.1%").metric == "share of revenue"
    assert find(facts, raw="16%").metric == "share of revenue guidance"
    assert find(facts, raw="38%").metric == "revenue"


def test_a_line_named_by_its_losses_keeps_a_positive_amount() -> None:
    """"Catastrophe losses were $40 million": the size of the line the word names, not a negative result; so is the
    amount it fell from, and an impairment charge named as losses. A net loss stays a negative income, and a minus
    written at the figure stays."""
    facts = facts_of(
        "Catastrophe losses decreased from $120 million in the prior year to $40 million in the current quarter.",
        "We recorded impairment losses of $210 million on our older plants.",
        "The company reported a net loss of $12 million.",
        "Impairment losses were negative $3 million after a reversal.",
    )
    assert (find(facts, raw="$40 million").metric, find(facts, raw="$40 million").value) == ("catastrophe losses", 40e6)
    assert find(facts, raw="$120 million").value == 120e6
    assert (find(facts, raw="$210 million").metric, find(facts, raw="$210 million").value) == ("impairment losses", 210e6)
    assert (find(facts, raw="$12 million").metric, find(facts, raw="$12 million").value) == ("net income", -12e6)
    assert find(facts, raw="$3 million").value == -3e6
