"""English attribution on calls of industries and layouts the extractor was not fitted to: comparisons with
an older year, effects of a cause listed after one verb, and the business line a speaker turns to.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_change_over_an_older_year_named_after_above_or_to_is_no_fact() -> None:
    """A 2021 call comparing with 2019 ("15% above 2019", "down 3% to full year 2019"): a change over two
    years, neither year-over-year nor sequential, so it is left out rather than read as YoY."""
    facts = facts_of(
        "Hotel EBITDA of $341 million was 15% above 2019.",
        "We expect full year RevPAR to be down 2.75% to full year 2019.",
    )
    assert find(facts, value=341_000_000).metric == "EBITDA"
    assert not [f for f in facts if f.value in (15, -2.75)]


def test_effects_listed_after_one_verb_are_no_results() -> None:
    """"The storm impacted our RevPAR by 70 basis points, our EBITDA by $20 million and our margin by 10 basis
    points": each figure is what the storm did, not the metric's result or its change."""
    facts = facts_of(
        "We estimate that the storm negatively impacted our full year RevPAR range by 70 basis points, "
        "our TRevPAR range by 80 basis points, our Adjusted EBITDA by $20 million and our hotel EBITDA margin by "
        "10 basis points.",
        "The pool project proceeds benefitted our margin by approximately 60 basis points.",
    )
    assert facts == []


def test_a_growth_figure_after_helped_by_stays_a_fact() -> None:
    facts = facts_of("Helped by strong pricing, revenue increased by 5% year over year.")
    assert find(facts, value=5).metric == "revenue"


def test_the_line_a_speaker_turns_to_in_a_relative_clause_holds_for_the_next_sentences() -> None:
    """"Let's turn to Harbor Advisory, where ..." introduces the business line the next sentences are about."""
    facts = facts_of(
        "Let's turn to Harbor Advisory, where we continue to deliver consistent growth.",
        "Clients are actively engaged with us.",
        "Pretax income was $459 million, up 43%.",
    )
    assert find(facts, value=459_000_000).subject == "Harbor Advisory"
    assert find(facts, value=43).subject == "Harbor Advisory"


def test_a_bare_sum_of_cents_after_a_total_is_the_total_per_share() -> None:
    """"distributable earnings of $0.71": no total is written without its scale, so the sum is per share."""
    facts = facts_of("We reported GAAP net income of $0.60 per share and distributable earnings of $0.71.")
    assert find(facts, value=0.71).metric == "distributable earnings per share"
    assert find(facts, value=0.6).metric in ("EPS", "GAAP EPS")


def test_a_percent_after_an_amount_measured_against_a_base_is_its_growth() -> None:
    """"EPS ... between $1.28 to $1.30, or 19% to 20% over last year's fourth quarter": no growth verb, but the
    base after the range makes it a year-over-year change."""
    facts = facts_of(
        "Fourth-quarter earnings per diluted share are expected to be between $1.28 to $1.30, or 19% to 20% over "
        "last year's fourth quarter."
    )
    assert find(facts, value=19).change == "yoy"


def test_a_base_written_with_its_basis_is_the_base_not_the_figures_period() -> None:
    """"up 20% over adjusted fiscal 2021 results" in a first-quarter fiscal 2022 call: 2021 is the base."""
    facts = facts_of("We delivered earnings per share of $2.78, up 20% over adjusted fiscal 2021 results.")
    assert find(facts, value=20).period != "2021"


def test_cash_returned_to_shareholders_is_capital_returned_not_the_metric_before_it() -> None:
    """"free cash flow of $349 million and returned $1.5 billion to shareholders through repurchases and
    dividends": the $1.5 billion is what was returned, neither free cash flow nor the dividend."""
    facts = facts_of(
        "We delivered free cash flow of $349 million and returned $1.5 billion to shareholders through repurchases "
        "and dividends.",
        "For the full fiscal year 2022, we expect to return at least $6.3 billion through dividends and share "
        "repurchases.",
    )
    assert find(facts, value=349_000_000).metric == "free cash flow"
    assert find(facts, value=1_500_000_000).metric == "capital returned"
    assert find(facts, value=6_300_000_000).metric == "capital returned guidance"


def test_rd_and_e_is_research_and_development() -> None:
    facts = facts_of("In the third quarter, we invested over $75 million in RD&E.")
    assert find(facts, value=75_000_000).metric == "R&D expense"
