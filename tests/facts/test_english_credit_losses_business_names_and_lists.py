"""English calls: credit losses are no negative profit, a business named in two words before a metric is the subject
whole, a change against a quarter other than the one before or a year before is no YoY, and a figure in a list
missing its commas is the metric's named before it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_net_credit_losses_are_net_charge_offs_not_a_loss() -> None:
    fact = find(facts_of("Net credit losses were $120 million in the quarter."), raw="$120 million")
    assert (fact.metric, fact.value) == ("net charge-offs", 120_000_000)


def test_bare_credit_losses_are_no_profit() -> None:
    facts = facts_of("Credit losses were $30.7 million lower than a year ago.")
    assert not [f for f in facts if f.metric in ("profit", "loss", "net income")]


def test_the_provision_for_credit_losses_keeps_its_name() -> None:
    fact = find(facts_of("The provision for credit losses was $20 million."), raw="$20 million")
    assert (fact.metric, fact.value) == ("provision for credit losses", 20_000_000)


def test_a_two_word_business_before_a_metric_is_the_subject() -> None:
    fact = find(facts_of("Capital markets revenue grew 79% from a year ago."), raw="79%")
    assert (fact.subject, fact.metric, fact.change) == ("capital markets", "revenue", "yoy")


def test_a_change_against_an_earlier_quarter_of_last_year_is_no_yoy() -> None:
    facts = facts_of("Same-store sales were off 29% versus the first quarter of 2020.")
    assert not [f for f in facts if f.change in ("yoy", "qoq")]


def test_a_change_against_the_same_quarter_last_year_stays_yoy() -> None:
    fact = find(facts_of("Same-store sales were off 29% versus the third quarter of 2020."), raw="29%")
    assert (fact.value, fact.change) == (-29, "yoy")


def test_a_figure_in_a_list_missing_its_comma_is_the_metric_before_it() -> None:
    facts = facts_of("We delivered net sales of $515 million adjusted EBITDA of $88 million and free cash flow of $40 million.")
    assert find(facts, raw="$515 million").metric == "revenue"
    assert find(facts, raw="$88 million").metric == "adjusted EBITDA"


def test_a_figure_in_two_clauses_missing_their_comma_is_the_metric_before_it() -> None:
    facts = facts_of("Revenue was $515 million adjusted EBITDA was $88 million.")
    assert find(facts, raw="$515 million").metric == "revenue"


def test_a_figure_named_after_by_a_metric_without_one_keeps_it() -> None:
    fact = find(facts_of("We generated $88 million adjusted EBITDA in the quarter."), raw="$88 million")
    assert fact.metric == "adjusted EBITDA"
