"""English: a figure a total is coming up to ("approaching $225 million", "nearing 60%", "closer to $800 million") is
an approximate figure, as "nearly" or 接近 make it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_balance_approaching_a_figure_is_approximate() -> None:
    facts = facts_of("After the sale we expect a cash balance approaching $225 million by year-end.")
    assert find(facts, raw="$225 million").qualifier == "approx"


def test_occupancy_nearing_a_rate_is_approximate() -> None:
    facts = facts_of("Occupancy in our China hotels was nearing 60% in the quarter.")
    assert find(facts, raw="60%").qualifier == "approx"


def test_a_forecast_closer_to_a_figure_is_approximate() -> None:
    facts = facts_of("We now expect full-year capital expenditures to be closer to $800 million.")
    f = find(facts, raw="$800 million")
    assert (f.value, f.qualifier) == (800_000_000, "approx")
