"""English calls: a change said to be made in last year's quarter is of that quarter; a blended lease rate set against
in a sentence of forecasts is a result; a tenant group's share of a landlord's rent roll; a market's size has no
quarter.

The sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_change_made_in_last_years_quarter_is_of_that_quarter() -> None:
    facts = facts_of(
        "Our brokerage revenue grew by 64% in last year's third quarter, a hard comparison.",
        "Advisory revenue grew 9% in the prior year's second quarter.",
    )
    assert find(facts, raw="64%").period == "2020Q3"
    assert find(facts, raw="9%").period == "2020Q2"


def test_a_change_set_against_last_years_quarter_stays_the_quarter_reported() -> None:
    facts = facts_of("Revenue was up 11% from last year's third quarter.")
    assert (find(facts, raw="11%").period, find(facts, raw="11%").change) == ("2021Q3", "yoy")


def test_a_blended_lease_increase_set_against_in_a_forecast_sentence_is_a_result() -> None:
    facts = facts_of(
        "Our outlook assumes the blend of new leases and renewals averaging about 6.5% for the rest of the year. "
        "These expected increases compare to blended increases of approximately 12.5% in the fourth quarter of 2020.",
    )
    past = find(facts, raw="12.5%")
    assert (past.metric, past.period, past.qualifier) == ("blended lease rate growth", "2020Q4", "approx")


def test_blended_increases_name_no_lease_rate_outside_leasing_talk() -> None:
    facts = facts_of("Blended increases in our deposit costs were 14% over the year.")
    assert not [f for f in facts if f.metric.startswith("blended lease rate growth")]


def test_a_tenant_group_share_of_annualized_base_rent() -> None:
    facts = facts_of(
        "Our cash basis tenants comprise 7.4 percent of pro-rata annualized base rents.",
        "Tenants on a cash basis made up 3.2% of ABR at our smaller centers.",
    )
    for raw, value in (("7.4 percent", 7.4), ("3.2%", 3.2)):
        share = find(facts, raw=raw)
        assert (share.subject, share.metric, share.value, share.change) == (
            "cash basis tenants",
            "share of annualized base rent",
            value,
            None,
        )


def test_an_addressable_market_has_no_quarter_unless_its_sentence_names_one() -> None:
    facts = facts_of(
        "We see a long runway with a $40 billion total addressable market.",
        "By 2024 our serviceable addressable market will be $9 billion.",
    )
    tam = find(facts, raw="$40 billion")
    assert (tam.metric, tam.period, tam.subject) == ("addressable market", None, "NovaSky")
    assert find(facts, raw="$9 billion").period == "2024"
