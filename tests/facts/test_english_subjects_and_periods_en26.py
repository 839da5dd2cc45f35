"""English subjects and periods of an asset manager's and a restaurant group's call: "long-term" naming a kind of
flow or fund is no horizon, a share of a total comes from the unit named after it, and a brand written with "'s"
that heads its clause is the subject of its figures.

Sentences are written for these tests about fictional companies, funds and brands; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_long_term_flows_and_funds_keep_the_calls_period() -> None:
    """"net long-term inflows", "long-term ETFs": flows and funds outside money markets, so the figure is the
    quarter's, not a forecast with no period; "long-term revenue growth" stays a forecast."""
    facts = facts_of(
        "Our ETFs experienced net inflows of $6.1 billion including $4.7 billion in long-term ETFs.",
        "Retail net long-term outflows were $800 million.",
        "We expect long-term revenue growth of 8% to 10%.",
    )
    assert find(facts, raw="$6.1 billion").period == "2021Q3"
    assert find(facts, raw="$800 million").period == "2021Q3"
    assert find(facts, raw="8% to 10%").period is None
