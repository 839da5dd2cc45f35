"""English fourth-quarter and full-year figures in one sentence: each figure takes the period written with it,
not the one the other figure is written with; a figure said to come "earlier this year" is the year's, not a quarter's
named before it.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import HEAD, facts_of, find


def fourth_quarter_facts(*lines: str) -> list[Fact]:
    """Facts of a fourth-quarter call: the head's quarter moved to the fourth, then one paragraph per line."""
    head = HEAD.replace("third quarter", "fourth quarter")
    return [f for f in run(build(head + "\n".join(lines), "en")) if f.paragraph > 2]


def test_a_years_figure_after_a_quarters_figure_is_the_years() -> None:
    """"$1.2 billion in the quarter and $4.5 billion for the year": the quarter is the first figure's own."""
    facts = fourth_quarter_facts("Revenue was $1.2 billion in the quarter and $4.5 billion for the year.")
    assert find(facts, raw="$1.2 billion").period == "2021Q4"
    assert find(facts, raw="$4.5 billion").period == "2021"


def test_a_period_opening_the_next_item_is_not_the_figure_before() -> None:
    """"In the fourth quarter, revenue grew 12% and for the full year it grew 9%": 12% is the quarter's."""
    facts = fourth_quarter_facts("In the fourth quarter, revenue grew 12% and for the full year it grew 9%.")
    assert find(facts, raw="12%").period == "2021Q4"
    assert find(facts, raw="9%").period == "2021"


def test_a_quarter_of_a_named_fiscal_year_stays_the_quarter() -> None:
    """"Third quarter sales were $295.3 million in fiscal year 2021": the quarter, of that year."""
    facts = facts_of("Third quarter sales were $295.3 million in fiscal year 2021.")
    assert find(facts, raw="$295.3 million").period == "2021Q3"


def test_a_figure_said_to_come_earlier_in_the_year_is_not_the_quarters() -> None:
    """"raised our third quarter dividend 25% after already raising it 11% earlier this year": the 11% raise
    came earlier in the year, not in the third quarter."""
    facts = facts_of(
        "As a result, our Board raised our third quarter dividend an additional 25% after already raising it 11% "
        "earlier this year."
    )
    assert find(facts, raw="25%").period == "2021Q3"
    assert find(facts, raw="11%").period == "2021"
