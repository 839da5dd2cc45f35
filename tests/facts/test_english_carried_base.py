"""English comparison bases stated once after a list: "ADR grew 16% and RevPAR 12% compared to 2019" measures
every change of the list against 2019, which in a 2022 call is no year-over-year change and no fact of the
period; a list whose own marker says "year over year" keeps its figures.

Sentences are written for these tests about the fictional Fernhill Properties; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to the Fernhill Properties third quarter 2022 earnings call.\n"
    "For the third quarter, revenue was $42 million, up 5% year over year.\n"
)


def said(line: str) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(HEAD + line, "en")) if f.paragraph == 3]


def test_a_base_two_years_back_after_a_list_governs_each_change() -> None:
    facts = said("The comparable portfolio recorded ADR growth of 16% and RevPAR growth of 12% compared to 2019.")
    assert not [f for f in facts if f.raw in ("16%", "12%")], [(f.raw, f.metric, f.change) for f in facts]


def test_a_list_with_its_own_year_over_year_marker_keeps_its_changes() -> None:
    facts = said("RevPAR rose 9% and ADR grew 6% year over year, and occupancy was 70% compared to 2019.")
    assert {f.raw: f.change for f in facts if f.raw in ("9%", "6%")} == {"9%": "yoy", "6%": "yoy"}


def test_a_list_against_the_prior_year_stays_year_over_year() -> None:
    facts = said("Revenue grew 8% and EBITDA rose 11%, compared to 2021.")
    assert {f.raw: f.change for f in facts if f.raw in ("8%", "11%")} == {"8%": "yoy", "11%": "yoy"}
