"""English calls: a change restated after "or" in the same unit on a basis that leaves something out ("fell 4%
year-over-year, or 2% excluding currency", "declined 50 bps year-over-year, or 40 bps excluding the merger") is the
same move on that basis, so it keeps the change's direction and comparison; a figure after "or" in another unit or
on another comparison keeps its own reading.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_fall_restated_at_constant_currency_is_a_fall() -> None:
    facts = facts_of("Revenue fell 4% year-over-year, or 2% excluding currency.")
    cc = find(facts, raw="2%")
    assert (cc.metric, cc.value, cc.unit, cc.change, cc.period) == ("revenue (constant currency)", -2.0, "%", "yoy", "2021Q3")


def test_a_rise_restated_organically_stays_a_rise() -> None:
    facts = facts_of("Revenue rose 6% year-over-year, or 8% organically.")
    organic = find(facts, raw="8%")
    assert (organic.metric, organic.value, organic.change) == ("organic revenue", 8.0, "yoy")


def test_a_basis_point_decline_restated_keeps_its_sign_and_comparison() -> None:
    facts = facts_of("Gross margin declined 50 basis points year-over-year, or 40 basis points excluding the merger.")
    ex = find(facts, raw="40 basis points")
    assert (ex.value, ex.unit, ex.change) == (-40.0, "bps", "yoy")
    assert ex.metric.startswith("gross margin")


def test_an_amount_after_or_in_another_unit_keeps_todays_reading() -> None:
    facts = facts_of("Revenue fell 4% year-over-year, or $12 million.")
    assert find(facts, raw="4%").value == -4.0
    assert all(f.value > 0 for f in facts if f.raw == "$12 million")
