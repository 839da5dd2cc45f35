"""Changes a speaker declares they compare with an older year ("I will provide comparisons to 2019" in a 2021 call)
are against that year, not the year before; a % figure before "<metric> drop/gain/increase" is the metric's change;
a range followed by its per-share midpoint is a per-share range. Sentences written for these tests about fictional
companies."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = "Welcome to Larkspur Parks' first quarter 2021 earnings call.\n"


def _facts(text: str, speakers: dict[int, str] | None = None) -> list[Fact]:
    return [f for f in run(build(HEAD + text, "en", speakers)) if f.paragraph > 1]


def test_a_change_after_a_declared_2019_base_is_no_year_over_year_change() -> None:
    facts = _facts(
        "Our parks were closed for most of last spring.\n"
        "For that reason, I will provide comparisons to 2019.\n"
        "Revenue in the quarter was down 31% to $74 million.\n"
    )
    assert [f.value for f in facts if f.metric == "revenue" and f.unit == "USD"] == [74_000_000.0]
    assert not [f for f in facts if f.unit == "%" and f.change == "yoy"], [(f.metric, f.value, f.change) for f in facts]


def test_a_change_with_its_own_year_over_year_base_keeps_it_after_the_declaration() -> None:
    facts = _facts(
        "All comparisons are to 2019 unless noted.\n"
        "Revenue was $74 million, up 48% year-over-year.\n"
    )
    assert [(f.value, f.change) for f in facts if f.metric == "revenue" and f.unit == "%"] == [(48.0, "yoy")]


def test_the_declaration_holds_for_its_speaker_only() -> None:
    facts = _facts(
        "We'll be comparing this year's results against pre-pandemic 2019 levels.\n"
        "Attendance fell 20% in the quarter.\n"
        "Revenue rose 12% in the quarter to $74 million.\n",
        speakers={2: "cfo", 3: "cfo", 4: "ceo"},
    )
    growth = [(f.metric, f.value) for f in facts if f.unit == "%"]
    assert ("revenue", 12.0) in growth and not [g for g in growth if g[1] == -20.0], growth


def test_a_declaration_in_a_2020_call_of_the_year_before_changes_nothing() -> None:
    facts = [
        f
        for f in run(
            build(
                "Welcome to Larkspur Parks' first quarter 2020 earnings call.\n"
                "I will provide comparisons to 2019.\nRevenue was down 31% to $74 million.\n",
                "en",
            )
        )
        if f.unit == "%"
    ]
    assert [(f.value, f.change) for f in facts] == [(-31.0, "yoy")]


def test_a_percentage_before_metric_and_drop_or_gain_is_a_change() -> None:
    facts = _facts("In the first quarter we saw a 2% EBITDA drop and a 3% organic sales gain.\n")
    assert sorted((f.metric, f.value) for f in facts if f.unit == "%") == [("EBITDA", -2.0), ("organic revenue", 3.0)]


def test_a_range_takes_the_per_share_unit_of_its_midpoint() -> None:
    facts = _facts("Our new 2021 FFO guidance is $2.14 to $2.20 with the midpoint of $2.17 per share.\n")
    ranges = [(f.value, f.value_high, f.per) for f in facts if f.value_high is not None]
    assert ranges == [(2.14, 2.2, "share")], [(f.metric, f.value, f.value_high, f.per) for f in facts]


def test_the_organic_part_of_a_change_against_2019_shares_its_base() -> None:
    facts = _facts(
        "Net sales increased 9.4% from $310.5 million in the first quarter of 2019, reflecting a 6.2% organic "
        "sales gain and $4.1 million of favorable currency translation.\n"
    )
    assert not [f for f in facts if f.metric == "organic revenue"], [(f.metric, f.value, f.change) for f in facts]


def test_a_declaration_in_capitals_or_with_a_curly_apostrophe_is_read() -> None:
    for declaration in ("ALL COMPARISONS ARE TO 2019 UNLESS NOTED.", "I’ll Compare our results to 2019."):
        facts = _facts(declaration + "\nRevenue in the quarter was down 31% to $74 million.\n")
        assert not [f for f in facts if f.unit == "%" and f.change == "yoy"], (declaration, facts)
