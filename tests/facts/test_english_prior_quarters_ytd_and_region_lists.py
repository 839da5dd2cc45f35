"""English comparisons and lists in a third-quarter call: a figure "higher in Q3 than in Q2" is a change over the
quarter before, "to-date this year" is the year to the call's quarter, and each item of a list of regions ("8% in
Europe, 5% in Asia Pacific and 3% in the Americas") is a change of its own region in the sentence's metric.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_higher_in_this_quarter_than_in_the_one_before_is_sequential() -> None:
    """"20.8% higher in Q3 than in Q2" in the third-quarter call: measured against the quarter just before."""
    facts = facts_of(
        "Subscription revenue was 20.8% higher in Q3 than in Q2.",
        "Bookings were 12% higher in the third quarter than in the second quarter.",
    )
    revenue = find(facts, raw="20.8%")
    assert (revenue.metric, revenue.change, revenue.period) == ("subscription revenue", "qoq", "2021Q3")
    assert find(facts, raw="12%").change == "qoq"


def test_higher_than_in_the_same_quarter_a_year_before_stays_year_over_year() -> None:
    """"20% higher in Q3 than in Q3 2020": the same quarter a year before."""
    facts = facts_of("Revenue was 20% higher in Q3 than in Q3 2020.")
    assert find(facts, raw="20%").change == "yoy"


def test_to_date_this_year_is_the_year_to_date() -> None:
    """"an 11% increase in volumes to-date this year": the first three quarters, not the whole year."""
    facts = facts_of("We have seen an 11% increase in volumes to-date this year.")
    fact = find(facts, raw="11%")
    assert (fact.metric, fact.period, fact.change) == ("volumes", "2021Q1-2021Q3", "yoy")


def test_each_region_of_a_list_gets_its_own_growth() -> None:
    """"Revenue grew 8% in the Americas, 5% in Europe and 3% in Asia": three regions, each the sentence's metric and
    change; the last item is no less a fact than the first."""
    facts = facts_of("Revenue grew 8% in the Americas, 5% in Europe and 3% in Asia.")
    got = {(f.subject, f.metric, f.value, f.change) for f in facts}
    assert got == {
        ("Americas", "revenue", 8.0, "yoy"),
        ("Europe", "revenue", 5.0, "yoy"),
        ("Asia", "revenue", 3.0, "yoy"),
    }


def test_a_comma_before_the_last_region_keeps_it_a_change() -> None:
    """"..., 5% in Europe, and 3% in Asia Pacific": the comma before "and" still ends one item and opens the next."""
    facts = facts_of("Sales increased 8% in North America, 5% in Europe, and 3% in Asia Pacific.")
    last = find(facts, raw="3%")
    assert (last.subject, last.metric, last.change) == ("APAC", "revenue", "yoy")
    assert find(facts, raw="5%").subject == "Europe"


def test_benefit_plan_investment_performance_is_gains_not_an_investment() -> None:
    """"benefit plan investment performance that was $4 million higher than in the third quarter of 2020": how the
    plan's assets fared, over the same quarter a year before, not an amount the company invested."""
    facts = facts_of("Our benefit plan investment performance was $4 million higher than in the third quarter of 2020.")
    fact = find(facts, raw="$4 million")
    assert (fact.metric, fact.change, fact.period) == ("benefit plan investment gains", "yoy", "2021Q3")


def test_a_quarter_named_before_the_figure_stays_its_period_against_a_fiscal_year_base() -> None:
    """"our margin in the fourth quarter is 600 basis points higher than in fiscal 2018" in a September-year call: the
    figure is the fourth quarter's (the calendar third), not the whole fiscal year's."""
    from dataclasses import replace

    from finbrief import facts as stage

    from .builders import ingest

    doc = ingest(
        "Welcome to the Halvern Gas fourth quarter fiscal 2021 earnings call.\n"
        "Our margin in the fourth quarter is more than 600 basis points higher than in fiscal 2018.\n",
        source="ATO_q4_2021.txt",
    )
    got = [f for f in stage.run(replace(doc, kind="transcript")) if f.value == 600]
    assert [f.period for f in got] == ["2021Q3"]
