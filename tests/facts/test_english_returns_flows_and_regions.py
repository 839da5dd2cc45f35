"""What an English figure measures and whose it is: return measures each named apart, an asset manager's flows
apart from the assets they go into, the metric of a figure's own clause past an aside about it, and a country or
"outside" a region as the figure's scope.

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


# --- countries and the rest of the world ----------------------------------------------------


def test_a_country_is_the_scope_of_the_figures_of_its_sentence() -> None:
    facts = facts_of(
        "Net flows were $6.2 billion in the quarter. Of these net flows, $4 billion came from Japan.",
        "Net sales in Australia rose 11% while Canada grew 3%.",
        "In Germany, revenue increased 4%.",
        "Total revenue rose 2%.",
    )
    assert find(facts, value=6_200_000_000).subject == "NovaSky"
    assert find(facts, value=4_000_000_000).subject == "Japan"
    assert find(facts, value=3).subject == "Canada"
    assert find(facts, value=4).subject == "Germany"
    assert find(facts, value=2).subject == "NovaSky"


def test_outside_a_region_names_the_rest_of_the_world_not_the_region() -> None:
    facts = facts_of(
        "Revenue outside the United States grew 8%.",
        "Sales outside of North America increased 10%.",
        "In the Americas outside the U.S., RevPAR increased 68% year-over-year.",
    )
    assert find(facts, value=8).subject == "outside the United States"
    assert find(facts, value=10).subject == "outside of North America"
    assert find(facts, value=68).subject == "Americas outside the U.S."


def test_a_country_a_unit_works_in_leaves_the_figure_to_the_unit() -> None:
    facts = facts_of(
        "Revenue for the Zephyr brand in the U.S. increased 9% during the quarter.",
        "However, the U.S. Knee business continued to grow, increasing 1.8%.",
        "Our Beacon business saw lower placement activity, primarily in the U.S., and a 42% drop in gross profit.",
        "Zephyr U.S. revenues grew 17% during the quarter.",
    )
    assert find(facts, value=9).subject == "Zephyr brand"
    assert find(facts, value=1.8).subject == "U.S. Knee"
    assert find(facts, value=-42).subject == "Beacon"
    assert find(facts, value=17).subject == "Zephyr U.S."


def test_a_country_s_abbreviation_that_ends_its_sentence_names_nothing_after_it() -> None:
    facts = facts_of("Vacancy stays low across the U.K. Our logistics portfolio remained fully let, with occupancy at 99%.")
    assert find(facts, value=99).subject != "U.K."
