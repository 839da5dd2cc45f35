"""English calls: a timber grower's prices (stumpage, sawlog, pulpwood).

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
