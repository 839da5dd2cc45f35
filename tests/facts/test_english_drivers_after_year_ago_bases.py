"""English landlord, mortgage-investor and pipeline calls: the drivers a speaker gives for a change set against the
same quarter a year before ("This compares to the third quarter 2020 FFO ... The increase in FFO was driven by higher
NOI of $38.7 million") are year-over-year changes of their own metrics, and the parts named deals brought are theirs;
hedges put on in the quarter, the leased-to-economic occupancy spread and a pipeline's share of a market's flows in
their spoken wordings.

The sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

_FFO = "NAREIT FFO was $150 million for the third quarter."


def test_a_driver_after_a_year_ago_base_is_a_year_over_year_change() -> None:
    facts = facts_of(
        _FFO,
        "This compares to the third quarter 2020 NAREIT FFO of $110 million.",
        "The increase in FFO was primarily driven by higher NOI of $38.7 million.",
        "In addition, NOI benefited from higher straight-line rent of $4.5 million.",
    )
    noi = find(facts, raw="$38.7 million")
    assert (noi.metric, noi.value, noi.change, noi.period) == ("net operating income", 38_700_000, "yoy", "2021Q3")
    rent = find(facts, raw="$4.5 million")
    assert (rent.metric, rent.value, rent.change, rent.period) == ("straight-line rent", 4_500_000, "yoy", "2021Q3")


def test_a_driver_after_a_prior_quarter_base_is_no_year_over_year_change() -> None:
    facts = facts_of(
        _FFO,
        "This compares to the second quarter 2021 NAREIT FFO of $140 million.",
        "The increase in FFO was primarily driven by higher NOI of $8.7 million.",
    )
    assert not [f for f in facts if f.raw == "$8.7 million" and f.change == "yoy"]


def test_a_driver_long_after_the_year_ago_base_states_no_comparison() -> None:
    facts = facts_of(
        _FFO,
        "This compares to the third quarter 2020 NAREIT FFO of $110 million.",
        "We remain focused on our tenants.",
        "Our teams worked hard across the portfolio.",
        "Our development pipeline is on schedule.",
        "Expenses were driven by higher payroll costs of $2.1 million.",
    )
    assert not [f for f in facts if f.raw == "$2.1 million"]


def test_a_growth_word_reaches_a_figure_past_a_hyphenated_metric_name() -> None:
    facts = facts_of("Revenue grew 6% year over year, driven by higher straight-line rent of $3.2 million.")
    rent = find(facts, raw="$3.2 million")
    assert (rent.metric, rent.change) == ("straight-line rent", "yoy")


def test_swaps_added_in_notional_are_hedges_added() -> None:
    facts = facts_of(
        "In our hedge book, we maintained a defensive posture.",
        "We added over $4.5 billion notional of primarily longer-dated swaps to match our funding.",
        "We also entered into $2 billion in notional of pay-fixed interest rate swaps.",
    )
    added = find(facts, raw="$4.5 billion")
    assert (added.subject, added.metric, added.value, added.qualifier) == ("NovaSky", "hedges added", 4.5e9, "over")
    entered = find(facts, raw="$2 billion")
    assert (entered.metric, entered.value) == ("hedges added", 2e9)


def test_notional_of_something_else_added_is_no_hedge() -> None:
    facts = facts_of("We added $300 million notional of new loans to the portfolio.")
    assert not [f for f in facts if f.metric == "hedges added"]


def test_a_spread_of_leased_versus_economic_occupancy_is_that_spread() -> None:
    facts = facts_of(
        "With the continued strength in leasing, we have maintained our 250 basis point spread of leased versus "
        "economic occupancy similar to last quarter."
    )
    spread = find(facts, raw="250 basis point")
    assert (spread.metric, spread.value, spread.unit) == ("leased to economic occupancy spread", 250, "bps")


def test_the_part_a_named_deal_or_portfolio_brought_is_that_names_change() -> None:
    facts = facts_of(
        _FFO,
        "This compares to the third quarter 2020 NAREIT FFO of $110 million.",
        "The increase in FFO was primarily driven by higher NOI of $38.7 million, of which the Acme merger contributed "
        "$22.6 million.",
        "Revenue rose $50 million year over year, including $2 million from the Harbor portfolio.",
    )
    merger = find(facts, raw="$22.6 million")
    assert (merger.subject, merger.metric, merger.value, merger.change) == ("Acme", "net operating income", 22_600_000, "yoy")
    harbor = find(facts, raw="$2 million")
    assert (harbor.subject, harbor.metric, harbor.value, harbor.change) == ("Harbor", "revenue", 2_000_000, "yoy")


def test_a_part_from_an_event_or_a_sale_is_no_units_figure() -> None:
    facts = facts_of(
        "Net income was $80 million, including $5 million from Hurricane Ida.",
        "Revenue was $500 million, including $20 million from the sale of our Harbor portfolio.",
    )
    assert not [f for f in facts if f.raw in ("$5 million", "$20 million") and f.metric in ("net income", "revenue")]


def test_a_carriers_share_of_the_flows_to_a_market_is_its_market_share() -> None:
    facts = facts_of(
        "In the third quarter, NovaSky pipes moved approximately 37% of the volume going to LNG export facilities.",
        "We moved 40% of the volume to the new terminal.",
    )
    share = find(facts, raw="37%")
    assert (share.metric, share.value, share.qualifier) == ("market share", 37, "approx")
    assert not [f for f in facts if f.raw == "40%" and f.metric == "market share"]
