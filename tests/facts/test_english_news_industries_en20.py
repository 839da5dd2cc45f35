"""English results news of insurers, drugmakers, miners, utilities and carriers: the comparison an undated story
makes when it states only a year-earlier one, and the metrics these industries report.

Sentences are written for these tests about fictional firms (Quillfeather Power, Larkspur Pharma, Kestrel
Mining); the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import find


def news(*lines: str) -> list[Fact]:
    """Facts of an English news story, one paragraph per line."""
    return list(run(build("\n".join(lines), "en")))


def test_an_undated_story_that_compares_only_with_a_year_earlier_compares_its_changes_year_on_year() -> None:
    facts = news(
        "Larkspur Pharma said Monday strong sales boosted first-quarter profit.",
        "Larkspur Pharma earned $1.31 billion, compared with $1.06 billion during the same period a year earlier.",
        "Revenue rose 5 percent to $5.05 billion.",
    )
    assert find(facts, raw="5 percent").change == "yoy"


def test_a_story_that_also_compares_with_the_quarter_before_has_no_year_on_year_default() -> None:
    facts = news(
        "Larkspur Pharma said Monday strong sales boosted first-quarter profit.",
        "Larkspur Pharma earned $1.31 billion, compared with $1.06 billion a year earlier; profit grew 3% sequentially.",
        "Revenue rose 5 percent to $5.05 billion.",
    )
    assert find(facts, raw="5 percent").change != "yoy"  # no year-on-year default once it compares sequentially
