"""English calls: a timber grower's prices (stumpage, sawlog, pulpwood), charges named the way results name them
("special charges", "merger-related expenses"), an item sized in money and per share before its name, and the rate at
which income became free cash flow.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_timber_growers_stumpage_and_log_prices_are_its_realized_prices() -> None:
    facts = facts_of(
        "In the Southern Timber segment, weighted average net stumpage realizations increased by 14% year-over-year.",
        "Pulpwood stumpage prices rose 21% versus the prior year quarter.",
        "Average delivered sawlog prices of $131 per ton declined 9% as compared to the prior year quarter.",
    )
    for raw, value in (("14%", 14), ("21%", 21), ("9%", -9)):
        f = find(facts, raw=raw)
        assert (f.metric, f.value, f.change, f.period) == ("realized price", value, "yoy", "2021Q3")
    price = find(facts, raw="$131")
    assert (price.metric, price.value, price.unit) == ("realized price", 131, "USD")


def test_an_average_price_the_company_sells_at_is_no_share_price() -> None:
    facts = facts_of("Average delivered sawlog prices of $96 per ton were 6% higher than a year ago.")
    assert not [f for f in facts if f.metric == "share price"]


def test_special_charges_are_restructuring_charges_and_merger_costs_have_their_own_name() -> None:
    facts = facts_of(
        "During the quarter, we recorded $19 million in pre-tax special charges related to restructuring activities.",
        "Merger-related expenses were $12 million in the quarter, and we expect merger and integration costs of about "
        "$30 million next year.",
    )
    special = find(facts, raw="$19 million")
    assert (special.metric, special.value, special.period) == ("restructuring charges", 19_000_000, "2021Q3")
    merger = find(facts, raw="$12 million")
    assert (merger.metric, merger.period) == ("merger-related expenses", "2021Q3")


def test_an_item_sized_in_money_and_per_share_before_its_name_is_that_item() -> None:
    facts = facts_of(
        "FFO was $88.1 million or $0.41 per diluted share and includes $23 million or $0.05 per diluted share of "
        "merger-related expenses.",
        "Our results include $14 million or $0.03 per share of restructuring charges.",
    )
    merger = find(facts, raw="$23 million")
    assert (merger.metric, merger.value, merger.period) == ("merger-related expenses", 23_000_000, "2021Q3")
    restructuring = find(facts, raw="$14 million")
    assert (restructuring.metric, restructuring.value) == ("restructuring charges", 14_000_000)
    assert find(facts, raw="$88.1 million").metric == "funds from operations"


def test_a_conversion_rate_after_free_cash_flow_is_its_conversion_of_income() -> None:
    facts = facts_of(
        "On a year-to-date basis, free cash flow was $1.4 billion, with a conversion rate of 118% compared to 102% last "
        "year.",
    )
    rate = find(facts, raw="118%")
    assert (rate.metric, rate.value, rate.period, rate.basis) == ("free cash flow conversion", 118, "2021Q1-2021Q3", None)
    base = find(facts, raw="102%")
    assert (base.metric, base.period, base.basis) == ("free cash flow conversion", "2020Q1-2020Q3", "prior")


def test_charges_are_the_companys_and_an_excluded_charge_is_its_own_amount() -> None:
    facts = facts_of(
        "In our Finance segment, revenues were $12 million and segment profit was $4 million.",
        "We recorded pre-tax special charges of $17 million in the quarter related to restructuring activities.",
        "Our full-year 2022 adjusted EPS guidance is $3.10 to $3.30 per share, which excludes $15 million to $25 million "
        "of pre-tax special charges for the completion of our restructuring plan.",
    )
    special = find(facts, raw="$17 million")
    assert (special.subject, special.metric) == ("NovaSky", "restructuring charges")
    planned = find(facts, raw="$15 million to $25 million")
    assert (planned.subject, planned.metric, planned.period) == ("NovaSky", "restructuring charges guidance", "2022")


def test_the_per_share_form_of_merger_costs_is_merger_costs_per_share() -> None:
    facts = facts_of(
        "FFO was $88.1 million or $0.41 per diluted share and includes $23 million or $0.05 per diluted share of "
        "merger-related expenses.",
        "Merger-related expenses were $12 million or $0.03 per share in the quarter.",
    )
    for raw, value in (("$0.05", 0.05), ("$0.03", 0.03)):
        f = find(facts, raw=raw)
        assert (f.metric, f.value, f.unit, f.period) == ("merger-related expenses per share", value, "USD", "2021Q3")
    assert find(facts, raw="$0.41").metric == "FFO per share"
