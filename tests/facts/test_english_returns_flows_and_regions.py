"""What an English figure measures: return measures each named apart, an asset manager's flows apart from the assets
they go into, and the metric of a figure's own clause past an aside about it.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

# --- return measures ------------------------------------------------------------------------


def test_return_on_tangible_common_equity_is_its_own_measure_not_return_on_equity() -> None:
    facts = facts_of(
        "Return on tangible common equity (ROTCE) of 15.2% compared with return on equity of 12.1%.",
        "Our ROTCE was 18.1% for the quarter.",
    )
    rotce = find(facts, value=15.2)
    assert (rotce.metric, rotce.subject) == ("return on tangible common equity", "NovaSky")
    assert find(facts, value=12.1).metric == "return on equity"
    assert find(facts, value=18.1).metric == "return on tangible common equity"


def test_return_on_tangible_assets_is_apart_from_return_on_average_assets() -> None:
    facts = facts_of("Return on average assets was 1.15%, and return on average tangible assets was 1.3%.")
    assert find(facts, value=1.15).metric == "return on assets"
    assert find(facts, value=1.3).metric == "return on tangible assets"


# --- flows and the assets they go into ------------------------------------------------------


def test_net_inflows_into_a_pool_of_assets_are_flows_not_assets_under_management() -> None:
    facts = facts_of(
        "Long-term net inflows were $9.8 billion, with net inflows in active AUM of $400 million and passive AUM of"
        " $9.4 billion.",
        "We saw net inflows into our ETF AUM of $2.1 billion.",
        "AUM ended the quarter at $1.4 trillion.",
    )
    assert find(facts, value=400_000_000).metric == "net flows"
    assert find(facts, value=9_400_000_000).metric == "net flows"
    assert find(facts, value=2_100_000_000).metric == "net flows"
    assert find(facts, value=1_400_000_000_000).metric == "assets under management"


# --- the metric of the figure's own clause --------------------------------------------------


def test_a_metric_inside_an_aside_about_the_subject_is_not_what_the_figure_measures() -> None:
    facts = facts_of(
        "Our contracted backlog, which is a key indicator of revenue growth, increased by 18%.",
        "Gross margin, which benefited from lower freight costs, expanded 120 basis points.",
        "Pricing actions, which drove a 6% increase in revenue, offset inflation.",
    )
    assert find(facts, value=18).metric == "backlog"
    assert find(facts, value=120).metric == "gross margin"
    assert find(facts, value=6).metric == "revenue"
