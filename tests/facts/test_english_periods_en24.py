"""English calls, held to the period of a figure: a forecast of another year like the last.

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


def test_another_year_forecast_in_a_fourth_quarter_call_is_the_coming_year() -> None:
    facts = _fourth_quarter_facts(
        "Underpinning this growth is an expectation for another year of accelerating organic growth and "
        "at least 20 basis point increase in our margins to another record high of 11.2%."
    )
    assert find(facts, value=11.2).period == "2022"
    assert find(facts, value=20).period == "2022"


def test_another_year_reported_in_a_fourth_quarter_call_is_the_year_closed() -> None:
    facts = _fourth_quarter_facts("We delivered another year of strong growth, with margins of 11.2%.")
    assert find(facts, value=11.2).period == "2021"
