"""English calls: a metric followed by a list of what it is made of ("liquidity reserves from cash, securities, and bank
capacity ended the quarter at $98 billion") still names the figure after the list, whose commas cut no clause; a list
of regions does not hand the figure to the last region. A relative clause that describes the metric ("utilization,
which reflects the tanks under contract remains high at 93%") does not cut it from its figure either.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_metric_before_a_list_of_its_sources() -> None:
    fact = find(
        facts_of(
            "Our liquidity reserves from cash, securities, and bank capacity ended the quarter at approximately $98"
            " billion."
        ),
        raw="$98 billion",
    )
    assert (fact.metric, fact.value, fact.qualifier, fact.subject) == ("liquidity", 98e9, "approx", "NovaSky")


def test_a_list_of_regions_gives_the_figure_to_none_of_them() -> None:
    facts = facts_of("Backlog in Europe, Asia, and the Americas was $4.1 billion.")
    assert not [f for f in facts if f.subject in ("Europe", "Asia", "Americas")]


def test_a_metric_before_an_aside_that_describes_it() -> None:
    fact = find(
        facts_of("Our liquids utilization percentage, which reflects the tanks that we have under contract remains high"
                 " at 93%."),
        raw="93%",
    )
    assert (fact.metric, fact.value, fact.change) == ("utilization", 93, None)
