"""English calls held to figures whose metric opens the sentence and is set apart from the figure by words that
name no other metric: an aside closed by commas, a degree word of the change, the quarter a change is measured from.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures and the businesses are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_metric_reaches_its_figure_past_an_aside_closed_by_commas() -> None:
    facts = facts_of(
        "Revenue for the quarter, driven by strong demand for our industrial pumps, was $512 million.",
        "Operating income, helped by lower freight costs, increased 9%.",
    )
    revenue = find(facts, raw="$512 million")
    assert (revenue.metric, revenue.period, revenue.change, revenue.subject) == ("revenue", "2021Q3", None, "NovaSky")
    assert find(facts, raw="9%").metric == "operating income"


def test_an_aside_naming_another_metric_or_figure_keeps_the_figure_apart() -> None:
    facts = facts_of(
        "Revenue for the quarter, driven by higher volumes, was $512 million.",
        "Revenue increased, driven by higher pump sales of $40 million.",
        "Revenue rose 8%, driven by higher prices, while operating income was $40 million.",
    )
    assert not [f for f in facts if f.raw in ("$512 million",) or (f.raw == "$40 million" and f.metric == "revenue")]
    assert find(facts, raw="$40 million").metric == "operating income"


def test_a_change_after_the_level_keeps_the_metric_past_a_degree_word() -> None:
    facts = facts_of(
        "G&A expense was $5 million for the quarter, a slight increase of $300,000 compared to the third quarter of 2020.",
        "Gross margin was 41%, down a modest 10 basis points from the prior year.",
    )
    rise = find(facts, raw="$300,000")
    assert (rise.metric, rise.period, rise.change) == ("G&A expense", "2021Q3", "yoy")
    assert (find(facts, raw="10 basis points").metric, find(facts, raw="10 basis points").change) == ("gross margin", "yoy")


def test_a_second_change_from_another_quarter_keeps_the_metric() -> None:
    facts = facts_of(
        "Our services margin was 15.9%, up 150 basis points compared to the second quarter and up 180 basis points"
        " compared to the prior year."
    )
    later = find(facts, raw="180 basis points")
    assert (later.metric, later.change, later.subject) == ("margin", "yoy", "services")


def test_a_degree_word_before_another_metric_leaves_that_metric() -> None:
    facts = facts_of("Revenue was $50 million, a slight increase in backlog of $2 million.")
    assert all(f.metric != "revenue" for f in facts if f.raw == "$2 million")


def test_a_basis_between_a_measure_and_its_verb_holds_for_its_rates() -> None:
    facts = facts_of(
        "Portfolio NOI, which includes our overseas centers, at constant currency grew 3.2% for the quarter and 5.5%"
        " for the first 9 months of the year.",
        "Revenue at constant currency grew 4% for the quarter, and operating income grew 6%.",
    )
    quarter, months = find(facts, raw="3.2%"), find(facts, raw="5.5%")
    assert (quarter.metric, quarter.period) == ("net operating income (constant currency)", "2021Q3")
    assert (months.metric, months.period) == ("net operating income (constant currency)", "2021Q1-2021Q3")
    assert find(facts, raw="4%").metric == "revenue (constant currency)"
    assert find(facts, raw="6%").metric == "operating income"


def test_a_basis_in_an_aside_says_how_the_measure_is_kept() -> None:
    facts = facts_of(
        "Recurring service revenue growth for the quarter, which is calculated on a constant currency basis, was 4.9%."
    )
    assert not find(facts, raw="4.9%").metric.endswith("(constant currency)")


def test_a_sentence_opening_on_the_level_before_gives_its_change() -> None:
    facts = facts_of(
        "Revenue was $212 million. That's up 8% from last year.",
        "Operating income was $40 million. This represents a 12% increase over the prior year.",
        "Free cash flow was $61 million.",
        "That's up 5% from last year.",
    )
    flow = find(facts, raw="5%")
    assert (flow.metric, flow.change) == ("free cash flow", "yoy")
    up = find(facts, raw="8%")
    assert (up.metric, up.change, up.period, up.subject) == ("revenue", "yoy", "2021Q3", "NovaSky")
    assert (find(facts, raw="12%").metric, find(facts, raw="12%").change) == ("operating income", "yoy")


def test_a_change_after_two_levels_or_a_forecast_is_left_unread() -> None:
    facts = facts_of(
        "Revenue was $512 million and operating income was $40 million. That's up 8% from last year.",
        "We expect revenue of $2.1 billion for the year. That's up 6% from last year.",
        "Revenue was $512 million. That's 9% of our total backlog.",
    )
    assert not [f for f in facts if f.raw in ("8%", "6%", "9%")]


def test_a_change_on_another_base_follows_the_change_before() -> None:
    facts = facts_of(
        "Pipeline volumes were down about 28% in the quarter versus the third quarter of 2020.",
        "Sequentially, they were up 2%.",
    )
    seq = find(facts, raw="2%")
    assert (seq.metric, seq.change, seq.period) == ("volumes", "qoq", "2021Q3")
