"""Year-to-date spans named by their months, changes set against a plan, and changes against a list's pre-pandemic base.

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


def test_a_change_against_guidance_or_a_plan_is_no_fact() -> None:
    assert not facts_of("Dairy revenue grew 5% compared to our 2021 guidance.")
    assert not facts_of("Ferry revenue was 3% ahead of our internal plan.")


def test_a_level_beside_a_change_against_a_plan_is_kept() -> None:
    facts = facts_of("Revenue was $410 million, 5% above our 2021 plan.")
    assert [(f.metric, f.value, f.period) for f in facts] == [("revenue", 410_000_000, "2021Q3")]


def test_a_change_against_a_pre_pandemic_quarter_after_a_yoy_change_is_no_fact() -> None:
    facts = facts_of(
        "Dairy sales grew 12% versus the third quarter of 2020 and 16% compared to pre-pandemic sales in the third"
        " quarter of 2019."
    )
    growth = find(facts, value=12.0)
    assert (growth.change, growth.period, growth.basis) == ("yoy", "2021Q3", None)
    assert not [f for f in facts if f.value == 16.0]
