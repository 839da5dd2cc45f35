"""English metrics by the noun phrase a figure measures: the metric of its own clause, not a neighbour's; the
specific metric its phrase names (a same-store pool, a modifier of a head named before, an industry measure),
not a coarser one; the per-share form when the change follows a per-share figure.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

# --- industry measures (metrics.yaml rows) ------------------------------------------------------------


def test_lending_and_mortgage_trust_measures() -> None:
    """"average cost of funds was 3.1%" is the cost of funds, not the spread named in the next clause; "economic
    return on book value was negative 9%" is the economic return (the book value is what it is taken on)."""
    facts = facts_of(
        "Our average cost of funds was 3.1% and our net interest spread was 2.2%.",
        "Our economic return on GAAP book value was negative 9% for the quarter.",
    )
    assert find(facts, raw="3.1%").metric == "cost of funds"
    assert find(facts, raw="2.2%").metric == "net interest spread"
    ret = find(facts, raw="9%")
    assert (ret.metric, ret.value) == ("economic return", -9.0)


def test_rent_increases_aged_inventory_churn_and_term_loans() -> None:
    facts = facts_of(
        "For next year we expect average rental rate increases of 5.1% across the portfolio.",
        "We kept inventory aged over 120 days at 4% or 130 homes.",
        "This reflects approximately $12 million of tenant churn that occurred this year.",
        "After quarter end we added a $250 million unsecured term loan at a rate of SOFR plus 90 basis points.",
        "The lending business recorded $21 million of a pretax loss.",
    )
    assert find(facts, raw="5.1%").metric == "rental rate increase guidance"
    assert find(facts, raw="4%").metric == "aged inventory"
    assert find(facts, raw="$12 million").metric == "churn"
    assert find(facts, raw="$250 million").metric == "term loan"
    loss = find(facts, raw="$21 million")
    assert (loss.metric, loss.value) == ("pre-tax income", -21_000_000)


def test_distributable_eps_is_distributable_earnings_per_share() -> None:
    facts = facts_of("Year-to-date distributable EPS growth was 11% year-over-year.")
    assert find(facts, raw="11%").metric == "distributable earnings per share"


# --- the figure's own clause -----------------------------------------------------------------------------


def test_a_metric_opening_the_next_coordinate_clause_is_not_the_figure_before() -> None:
    """"Expenses grew 4.3% and NOI growth was 15.4%": NOI is the 15.4%; the 4.3% measures expenses, which no
    metric here names."""
    facts = facts_of(
        "Expenses grew 4.3% and NOI growth was 15.4% for the quarter.",
        "Our member base grew 12% and our margins expanded.",
        "We believe we can grow our dealer relationships by 10% to 15% and related revenue by 20% to 25% over the next "
        "few years.",
    )
    assert [f.metric for f in facts if f.raw in ("4.3%", "12%", "10% to 15%")] == []
    assert find(facts, raw="15.4%").metric == "net operating income"
    assert find(facts, raw="20% to 25%").metric == "revenue guidance"


def test_words_inside_an_including_aside_name_no_metric() -> None:
    """"Advisory activity, including debt placement, was down 6%": debt is part of the activity, not the figure."""
    facts = facts_of("Advisory activity, including debt placement, was down 6% as clients paused.")
    assert [f.metric for f in facts if f.raw == "6%"] != ["debt"]


def test_an_amount_an_article_leads_sizes_the_phrase_it_heads() -> None:
    """"We enhanced our liquidity by a $250 million unsecured term loan": the loan, not liquidity."""
    facts = facts_of("We enhanced our liquidity after quarter end by a $250 million unsecured term loan.")
    assert find(facts, raw="$250 million").metric == "term loan"


def test_growth_in_the_metric_after_an_adjective() -> None:
    """"5% to 8% annual growth in our dividend": the dividend's, not the EPS named before."""
    facts = facts_of(
        "We affirm our guidance for annual growth in distributable EPS of 9% to 12% through 2024 and 4% to 6% "
        "annual growth in our dividend over the same period."
    )
    assert find(facts, raw="4% to 6%").metric == "dividend guidance"


def test_a_metric_named_before_a_comma_and_an_amount_or_per_share() -> None:
    """"Distributable earnings, $140 million or $0.29 per diluted share": the per-share form of the total named
    before the comma, not diluted EPS."""
    facts = facts_of("Distributable earnings, $140 million or $0.29 per diluted share.")
    assert find(facts, raw="$140 million").metric == "distributable earnings"
    assert find(facts, raw="$0.29").metric == "distributable earnings per share"


# --- the specific metric of the phrase -----------------------------------------------------------------


def test_a_change_after_a_per_share_figure_is_the_per_share_change() -> None:
    facts = facts_of(
        "We reported distributable earnings of $0.47 per share, a 19% increase over last year.",
        "GAAP net income was $0.58 per share and distributable earnings of $0.69, which is up $0.05 from 2Q.",
    )
    assert find(facts, raw="19%").metric == "distributable earnings per share"
    assert find(facts, raw="$0.05").metric == "distributable earnings per share"


def test_same_store_pool_words_inside_the_phrase() -> None:
    """"Same Property manufactured housing and RV NOI", "Same marina real property NOI": same-store NOI."""
    facts = facts_of(
        "For the quarter, Same Property manufactured housing and RV NOI increased 5.9%.",
        "Same marina real property NOI increased 8.8% in the third quarter.",
        "In the same quarter revenue grew 4%.",
    )
    assert find(facts, raw="5.9%").metric == "same-store NOI"
    assert find(facts, raw="8.8%").metric == "same-store NOI"
    assert find(facts, raw="4%").metric == "revenue"


def test_a_modifier_whose_head_was_named_before() -> None:
    """"$250 million of growth capex and $36 million of recurring": recurring (maintenance) capex."""
    facts = facts_of("We deployed $250 million of growth CapEx and $36 million of recurring.")
    assert find(facts, raw="$250 million").metric == "growth capex"
    assert find(facts, raw="$36 million").metric == "maintenance capex"


def test_a_basis_naming_a_measure_makes_net_income_that_measure() -> None:
    facts = facts_of(
        "On an earnings available for distribution basis, net income for the quarter was $58 million or $0.25 "
        "per share."
    )
    assert find(facts, raw="$58 million").metric == "earnings available for distribution"
    assert find(facts, raw="$0.25").metric == "earnings available for distribution per share"


def test_a_written_negative_sign_on_a_ratio_level_stays() -> None:
    facts = facts_of(
        "Our net margin was negative 3% in the quarter.",
        "Operating margin declined to 2.5%.",
        "NovaSky saw a negative economic return of 7.5% for the quarter.",
    )
    assert find(facts, raw="3%").value == -3.0
    assert find(facts, raw="2.5%").value == 2.5
    assert find(facts, raw="7.5%").value == -7.5


def test_a_modifier_opening_the_phrase_names_the_specific_metric() -> None:
    """"Organic Vault rental revenue growth of 8.1%": organic + revenue is organic revenue, the business line
    between; "Total Vault rental revenue" stays the rental income."""
    facts = facts_of(
        "This shows in our Organic Vault rental revenue growth of 8.1%.",
        "Total Vault rental revenue grew 5%.",
    )
    assert find(facts, raw="8.1%").metric == "organic revenue"
    assert find(facts, raw="5%").metric == "rental income"


def test_an_amount_of_a_named_thing_then_its_metric() -> None:
    """"$9 million of Kestrel churn": churn, not the revenue named earlier in the sentence."""
    facts = facts_of(
        "For fiber, we expect activity growth to be offset by items that contributed to this year's revenue as "
        "well as the rollover impact from approximately $9 million of Kestrel churn that occurred this year."
    )
    assert find(facts, raw="$9 million").metric.startswith("churn")
