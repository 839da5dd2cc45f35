"""Industry counts and rates named in a landlord's or a marketplace's own words: a shopping-center landlord's
"renewals and options" and leasing "deals", a platform's fee rate on orders apart from its take rate."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of


def zh_facts(text: str) -> tuple[Fact, ...]:
    return run(build(text, "zh-Hans"))  # type: ignore[arg-type]


def metric_of(facts: list[Fact] | tuple[Fact, ...], raw: str) -> str | None:
    """The metric of the fact on the figure written ``raw``, None when no fact is stated for it."""
    hits = [f.metric for f in facts if f.raw == raw]
    assert len(hits) <= 1, hits
    return hits[0] if hits else None


def test_renewals_and_options_are_counted_apart_from_their_spread() -> None:
    facts = facts_of(
        "Spreads for renewals and options finished at positive 4.1 percent.",
        "We closed the quarter with 250 renewals and options totaling 1.2 million square feet.",
    )
    assert metric_of(facts, "250") == "renewals and options"
    assert metric_of(facts, "4.1 percent") == "renewal spread"


def test_deals_counted_beside_the_space_they_let_are_leases_signed() -> None:
    facts = facts_of("Total deal volume reached 390 deals totaling 1,850,000 square feet.")
    assert metric_of(facts, "390") == "leases signed"


def test_deals_without_leased_space_are_no_leases() -> None:
    facts = facts_of("We closed 12 deals totaling $400 million in the quarter, and leasing was strong.")
    assert metric_of(facts, "12") != "leases signed"


def test_a_fee_rate_on_orders_is_no_take_rate() -> None:
    facts = zh_facts(
        "星河科技公布2024年第三季度业绩。\n\n"
        "星河商城开始向商家收取基础软件服务费,面向已成交的订单,费率为0.6%。\n\n"
        "本季度星河商城货币化率为4.1%。"
    )
    assert metric_of(facts, "0.6%") == "service fee rate"
    assert metric_of(facts, "4.1%") == "take rate"
