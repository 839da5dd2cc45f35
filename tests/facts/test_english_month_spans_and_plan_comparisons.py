"""Year-to-date spans named by their months in an English call.

Sentences are written for these tests about the fictional NovaSky Technology's dairy and ferry businesses (a call of
the third quarter of 2021); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_nine_months_of_a_year_are_its_first_three_quarters() -> None:
    for line in (
        "Dairy volumes rose 6% in the nine months of 2021.",
        "Nine months '21 versus nine months '20 dairy volumes rose 6%.",
        "Nine months 2021 versus nine months 2020 dairy volumes rose 6%.",
    ):
        growth = find(facts_of(line), value=6.0)
        assert (growth.metric, growth.change, growth.period) == ("volumes", "yoy", "2021Q1-2021Q3"), line


def test_the_six_months_of_a_year_are_its_first_half() -> None:
    for line in (
        "Ferry volumes rose 4% in the six months of 2021.",
        "Six months '21 versus six months '20 ferry volumes rose 4%.",
    ):
        growth = find(facts_of(line), value=4.0)
        assert (growth.metric, growth.change, growth.period) == ("volumes", "yoy", "2021Q1-2021Q2"), line


def test_the_next_six_months_stay_no_span_of_a_year() -> None:
    facts = facts_of("Over the next six months 2022 budgets will be set; dairy volumes rose 6% in the quarter.")
    assert find(facts, value=6.0).period == "2021Q3"
