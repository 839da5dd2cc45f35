"""English metrics by the noun phrase a figure measures, on the wording of prepared remarks of banks, industrials
and data providers: a clause defining a metric or saying what it excludes names no metric of its own; a banking or
per-unit measure is its own metric; an item's effect per share and a currency effect are no earnings or sales.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_defining_or_excluding_clause_names_no_metric() -> None:
    """"free cash flow, which we define as cash from operations less capital spending, was $64 million" is free
    cash flow; "organic revenue, which excludes acquisitions increased 9%" is organic revenue."""
    facts = facts_of(
        "Free cash flow, which we define as cash generated from operations, less capital spending was $64 million "
        "for the quarter.",
        "Organic revenue, which excludes any impact from foreign exchange and acquisitions increased 9% to $423 million.",
    )
    assert find(facts, raw="$64 million").metric == "free cash flow"
    assert find(facts, raw="9%").metric == "organic revenue"
    assert find(facts, raw="$423 million").metric == "organic revenue"


def test_banking_capacity_margins_and_daily_revenue() -> None:
    """A loss absorbing capacity is no loss; a gain on sale margin is no gain; average daily revenue is its own
    per-day measure, not the revenue of the quarter."""
    facts = facts_of(
        "We ended the quarter with total loss absorbing capacity of $1.3 billion.",
        "Gain on sale margins expanded to 3.9% in the quarter.",
        "Fixed income delivered average daily revenues of $1.5 million in the quarter.",
        "Tangible book value per share was $9.92 and TBV per share grew 2% in the quarter.",
    )
    cap = find(facts, raw="$1.3 billion")
    assert (cap.metric, cap.value) == ("loss absorbing capacity", 1.3e9)
    assert find(facts, raw="3.9%").metric == "gain on sale margin"
    assert find(facts, raw="$1.5 million").metric == "average daily revenue"
    assert find(facts, raw="2%").metric == "tangible book value per share"


def test_an_item_per_share_after_a_long_clause_is_no_eps() -> None:
    """"$23 million in pre-tax special charges, largely related to restructuring activities at two segments, or
    $0.07 per share" sizes the charges per share: no EPS of $0.07."""
    facts = facts_of(
        "During the quarter we recorded $23 million in pre-tax special charges, largely related to restructuring "
        "activities at our industrial and aviation businesses or $0.07 per share after tax.",
        "Adjusted earnings per share were $1.06 for the quarter.",
    )
    assert all(f.raw != "$0.07" or f.metric != "EPS" for f in facts)
    assert find(facts, raw="$1.06").metric == "adjusted EPS"


def test_a_currency_effect_in_a_sales_bridge_is_no_revenue() -> None:
    facts = facts_of(
        "Segment sales grew $19.7 million or 6%, including a $10 million organic gain, $7.3 million from "
        "acquisitions, and $2.3 million of unfavorable foreign currency.",
    )
    assert not [f for f in facts if f.raw == "$2.3 million"]


def test_cash_from_operations_and_free_cash_flow() -> None:
    """"$620 million of cash from operations and $470 million of free cash flow": the "from" is part of a
    metric's name, so the second amount is free cash flow, not a comparison base of the first."""
    facts = facts_of(
        "We generated approximately $620 million of cash from operations and almost $470 million of free cash flow "
        "during the third quarter.",
    )
    assert find(facts, raw="$620 million").metric == "operating cash flow"
    fcf = find(facts, raw="$470 million")
    assert (fcf.metric, fcf.basis) == ("free cash flow", None)


def test_yields_on_investments_and_cash_balances() -> None:
    """An initial yield or expected return is a yield, not the investment it is earned on; unrestricted cash is
    cash; a write-off is an impairment loss; profit leverage is the incremental margin."""
    facts = facts_of(
        "These investments will be added to the leases at an 8% initial yield.",
        "The sales will contribute nearly $120 million in unrestricted cash.",
        "Pro forma net income was $22 million after adjusting for a $1.1 million timber write-off.",
        "Profit leverage was 34% in the quarter.",
        "Investment banking and debt placement fees reached $217 million in the quarter.",
    )
    assert find(facts, raw="8%").metric == "yield"
    assert find(facts, raw="$120 million").metric == "cash"
    assert find(facts, raw="$1.1 million").metric == "impairment losses"
    assert find(facts, raw="34%").metric == "incremental margin"
    assert find(facts, raw="$217 million").metric == "investment banking fees"


def test_a_percentage_of_an_amount_metric_is_its_margin_and_a_purchase_price_is_a_buyback_price() -> None:
    """"a gross profit of 30%" is the gross margin; "we have purchased 1.8 million shares at an average price of
    $98.57 per share" is the average repurchase price, no market price."""
    facts = facts_of(
        "We closed on 404 condominium units generating net revenue of $419 million, with a strong gross profit of 30%.",
        "Since May, we have purchased 1.8 million shares of our common stock at an average price of $98.57 per share.",
    )
    assert find(facts, raw="30%").metric == "gross margin"
    assert find(facts, raw="$98.57").metric == "average repurchase price"


def test_compensation_and_revenue_per_unit_are_their_own_metrics() -> None:
    """"Comp and benefits" is compensation, not comparable sales; revenue per unit is a per-unit measure, not revenue;
    a metric named after "as the reduction in" is a cause of the figure, not what it measures."""
    facts = facts_of(
        "Comp and benefits declined $11 million or 2% year-over-year.",
        "Intermodal revenue per unit excluding fuel improved 6% year-over-year.",
        "Linked quarter expenses were down $15 million as the reduction in personnel expense was partially offset by "
        "higher amortization.",
    )
    comp = find(facts, raw="$11 million")
    assert (comp.metric, comp.value) == ("compensation expense", -11_000_000)
    assert find(facts, raw="6%").metric.startswith("revenue per unit")
    assert all(f.raw != "$15 million" or f.metric != "compensation expense" for f in facts)


def test_reserves_released_are_an_allowance_release() -> None:
    facts = facts_of(
        "We released $310 million of loan loss reserves this quarter.",
        "The allowance for credit losses was $6.3 billion at quarter end.",
    )
    assert find(facts, raw="$310 million").metric == "allowance release"
    assert find(facts, raw="$6.3 billion").metric == "allowance for credit losses"


def test_tangible_book_value_is_not_book_value() -> None:
    """A bank gives both: the tangible one (net of goodwill and intangibles) keeps its own name."""
    facts = facts_of("Book value per share was $18.40 and tangible book value per share was $14.15.",
                     "TBV per share of $14.15 rose from $13.90 at the end of the second quarter.")
    assert find(facts, value=18.4).metric == "book value per share"
    assert {f.metric for f in facts if f.value == 14.15} == {"tangible book value per share"}


def test_adjusted_segment_operating_profit_is_no_adjusted_operating_income() -> None:
    """The segments' adjusted sum leaves corporate costs out: it is no company adjusted operating income."""
    facts = facts_of("Adjusted segment operating profit was $1 billion, up 18% versus the third quarter of 2022.")
    assert find(facts, value=1e9).metric == "adjusted segment income"


def test_a_basis_before_segment_profit_is_no_business_line() -> None:
    facts = facts_of("Non-GAAP segment profit was $1 billion.", "Industrial segment profit was $212 million.")
    assert find(facts, value=1e9).subject != "Non-GAAP"
    assert find(facts, value=1e9).metric == "adjusted segment income"
    assert find(facts, value=212e6).subject.casefold() == "industrial"
