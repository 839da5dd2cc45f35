"""English figures whose metric, period or forecast mark a results headline would get wrong.

Sentences are written for these tests about the fictional Harrowgate Systems (a licensor with a
December year end), Pellham Energy (an oil producer) and Lindqvist Mutual (an insurer); the figures
are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = "Welcome to Harrowgate Systems' third quarter 2026 earnings call.\nRevenue for the third quarter was $247 million.\n"


def facts_of(line: str, head: str = HEAD) -> list[Fact]:
    """The figures of ``line`` said after the call's head."""
    n = len([x for x in head.splitlines() if x.strip()]) + 1
    return [f for f in run(build(head + line, "en")) if f.paragraph == n]


def test_a_range_the_company_calls_its_scenario_is_guidance_for_the_quarter_it_names() -> None:
    facts = facts_of("So to summarize, our scenario for total revenue in Q4 is a range of $225 million to $255 million.")
    assert [(f.metric, f.period) for f in facts if f.value == 225e6] == [("revenue guidance", "2026Q4")]


def test_an_oil_cut_is_no_margin() -> None:
    head = "Welcome to Pellham Energy's fourth quarter 2026 earnings call.\nRevenue for the quarter was $6.1 billion.\n"
    line = "Cash margins improve in 2027 as the companywide oil cut increases to approximately 54.5%."
    assert [f.metric for f in facts_of(line, head) if f.value == 54.5] == ["oil cut"]


def test_a_sentence_that_gives_each_year_its_own_figure_sets_no_outlook_year() -> None:
    head = (
        "Welcome to Larkspur Realty's first quarter 2026 earnings call.\nFirst quarter FFO was $0.45 per share.\n"
        "We anticipate development spend of about $100 million for the remainder of 2026 and $35 million for 2027.\n"
    )
    facts = facts_of("Our FFO guidance is $1.73 to $1.83 per share with a midpoint of $1.78.", head)
    assert {(f.metric, f.period) for f in facts} == {("FFO per share guidance", "2026")}


def test_a_change_over_a_strong_quarter_last_year_is_this_quarters_change() -> None:
    head = "Welcome to Quillon Chemical's first quarter 2026 earnings call.\n"
    line = "We reported 20% higher adjusted earnings per share over '24 and 5% over a very strong first quarter last year."
    assert [(f.unit, f.change, f.period) for f in facts_of(line, head) if f.value == 5] == [("%", "yoy", "2026Q1")]


def test_a_forecast_after_one_for_the_second_quarter_is_for_that_quarter_too() -> None:
    head = "Welcome to Marlowe Asset Partners' first quarter 2026 earnings call.\nEconomic net income per share was $3.10.\n"
    line = (
        "Turning to guidance, we expect performance fees to be $10 million for the second quarter. "
        "We expect adjusted EBITDA to be in the range of $210 million to $225 million, based on current AUM."
    )
    assert [f.period for f in facts_of(line, head) if f.metric == "adjusted EBITDA guidance"] == ["2026Q2"]


def test_the_growth_of_the_quarter_a_change_is_measured_against_is_no_change_of_this_quarter() -> None:
    head = "Welcome to Tarrow Coatings' first quarter fiscal 2026 earnings call.\n"
    line = "Our sales were up 2.7% over a strong fiscal 2025 first quarter, which grew 9.1%."
    assert [(f.value, f.change, f.period) for f in facts_of(line, head)] == [(2.7, "yoy", "2026Q1")]


INSURER = (
    "Welcome to Lindqvist Mutual's third quarter 2026 earnings call.\n"
    "We thank our policyholders; the benefit ratio was 61.7% and net earned premium was $2.1 billion.\n"
)


def test_an_insurers_sales_are_new_business_sales_not_revenue() -> None:
    line = "Third quarter sales were down 22.1%, and earned premium declined 3.3%."
    assert [(f.metric, f.value) for f in facts_of(line, INSURER)] == [("new business sales", -22.1), ("earned premium", -3.3)]


def test_a_makers_sales_stay_revenue() -> None:
    head = "Welcome to Ostrand Tools' third quarter 2026 earnings call.\n"
    assert [f.metric for f in facts_of("Third quarter sales were down 22.1%.", head)] == ["revenue"]


def test_sales_that_increased_to_a_record_figure_reached_that_level() -> None:
    head = "Welcome to Tarrow Coatings' first quarter fiscal 2026 earnings call.\n"
    line = "Our sales increased to a record $1.65 billion, up 2.7% over the prior year."
    assert [(f.value, f.change) for f in facts_of(line, head)] == [(1.65e9, None), (2.7, "yoy")]


def test_each_growth_range_of_a_list_is_the_region_named_after_it() -> None:
    head = "Welcome to Brannock Water Technologies' fourth quarter 2026 earnings call.\nSales were $1 billion.\n"
    line = "We see sales growing 13% to 14% in North America and 14% to 15% in Rest of World."
    assert [(f.subject, f.value, f.value_high) for f in facts_of(line, head)] == [
        ("North America", 13, 14),
        ("Rest of World", 14, 15),
    ]
