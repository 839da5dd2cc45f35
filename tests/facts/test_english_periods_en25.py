"""English calls, held to the period of a figure: a balance the closed year ends with, and a sentence that sets a
result against a forecast without making one.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import find

_FOURTH = (
    "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def _fourth_quarter_facts(*lines: str) -> list[Fact]:
    """Facts of a fourth-quarter call: the head above, then one paragraph per line."""
    return [f for f in run(build(_FOURTH + "\n".join(lines), "en")) if f.paragraph > 2]


def test_a_balance_the_year_ends_with_is_of_the_year_end_quarter() -> None:
    facts = _fourth_quarter_facts("We paid down $250 million of debt, ending the year with cash of approximately $800 million.")
    assert find(facts, value=800_000_000).period == "2021Q4"


def test_a_better_than_expected_result_is_no_forecast_of_the_coming_year() -> None:
    facts = _fourth_quarter_facts(
        "We used better-than-expected cash flow to pay down $250 million of debt, ending the year with cash of "
        "approximately $800 million."
    )
    assert find(facts, value=800_000_000).period == "2021Q4"


def test_a_balance_the_coming_year_is_expected_to_end_with_is_of_that_year() -> None:
    facts = _fourth_quarter_facts("We expect to end the year with cash of approximately $1 billion.")
    assert find(facts, value=1_000_000_000).period == "2022"
