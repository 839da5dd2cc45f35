"""English calls: a residential landlord's rent changes on signed leases, said with bare words ("new leases up 8.1%
and renewals up 7.2% for a blended rate of 7.7%"), are the new lease, renewal and blended lease rate changes; the same
bare words outside leasing talk name none of them.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_new_leases_renewals_and_blended_rate_in_one_sentence() -> None:
    facts = facts_of(
        "Rental rates for the quarter had signed new leases up 8.1% and renewals up 7.2% for a blended rate of 7.7%."
    )
    assert find(facts, raw="8.1%").metric == "new lease rate growth"
    assert find(facts, raw="7.2%").metric == "renewal rate growth"
    assert find(facts, raw="7.7%").metric == "blended lease rate growth"


def test_blended_growth_led_before_the_parts() -> None:
    facts = facts_of(
        "To date, leases signed during October are trending at 4.4% blended growth with new leases at 3.1% and"
        " renewals at 6.2%."
    )
    assert find(facts, raw="4.4%").metric == "blended lease rate growth"
    assert find(facts, raw="3.1%").metric == "new lease rate growth"
    assert find(facts, raw="6.2%").metric == "renewal rate growth"


def test_renewals_outside_leasing_talk_are_no_lease_spread() -> None:
    facts = facts_of("Policy renewals were up 9% and new business grew 4% in the quarter.")
    assert not [f for f in facts if f.metric in ("renewal rate growth", "new lease rate growth")]


def test_a_count_of_new_leases_is_no_spread() -> None:
    facts = facts_of("Rents held up and we signed 120 new leases in the quarter.")
    assert not [f for f in facts if f.raw == "120" and f.metric == "new lease rate growth"]


def test_lease_renewals_as_an_activity_name_no_renewal_spread() -> None:
    facts = facts_of(
        "Leasing was solid at 1.2 million rentable square feet with rental rate growth on lease renewals and"
        " re-leasing of space of 21.3%."
    )
    assert not [f for f in facts if f.metric == "renewal rate growth"]


def test_a_blended_rate_outside_leasing_talk_is_no_lease_rate() -> None:
    facts = facts_of("Our deposits carried a blended rate of 0.8% in the quarter.")
    assert not [f for f in facts if f.metric == "blended lease rate growth"]
