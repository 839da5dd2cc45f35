"""A transcript written one sentence to a line: a unit named on one line owns the bare figures of the lines after it
while they keep talking about it; a word of the whole company, another unit, a turn of the slides or a long gap
ends the run, and the figures after it are the company's again.

Sentences are written for these tests about the fictional Larkfield Industries; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Larkfield Industries' fourth quarter 2021 earnings call.\n"
    "Larkfield Industries delivered a strong quarter and Larkfield's results were ahead of plan.\n"
)
AMERICAS = "In the Americas, net service revenue increased by 7% in the fourth quarter, led by design work."
FILLER = (
    "This included growth in design work and a large program that moved into the pipeline.",
    "The economic impact of the shift is not material to the outlook.",
    "Our confidence in the growth outlook for program management is higher than it has been in years.",
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call written a sentence to a line: the head above, then the lines (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subject_of(facts: list[Fact], value: float) -> str:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.subject, f.metric, f.value) for f in facts]
    return hits[0].subject


def test_a_unit_a_line_opens_with_owns_the_margin_a_few_lines_down() -> None:
    facts = facts_of(AMERICAS, "Contracted backlog increased by 21% to a new record.", *FILLER,
                     "The fourth quarter adjusted operating margin was 18.4%, a new high.")
    assert subject_of(facts, 21) == "Americas"
    assert subject_of(facts, 18.4) == "Americas"


def test_a_word_of_the_whole_company_ends_the_run() -> None:
    facts = facts_of(AMERICAS, "Total company headcount grew again this quarter.",
                     "The fourth quarter adjusted operating margin was 18.4%, a new high.")
    assert "Larkfield" in subject_of(facts, 18.4)


def test_a_turn_of_the_slides_ends_the_run() -> None:
    facts = facts_of(AMERICAS, "Please turn to the next slide.",
                     "The fourth quarter adjusted operating margin was 18.4%, a new high.")
    assert "Larkfield" in subject_of(facts, 18.4)


def test_the_run_ends_after_six_lines() -> None:
    facts = facts_of(AMERICAS, *FILLER, *FILLER, "The fourth quarter adjusted operating margin was 18.4%, a new high.")
    assert "Larkfield" in subject_of(facts, 18.4)


def test_a_place_named_as_a_cause_does_not_end_the_run() -> None:
    facts = facts_of(
        "Our coal business delivered 5% revenue growth in the quarter.",
        "Volume gains were driven mostly by export shipments, as well as tailwinds from trade tensions with China.",
        "Revenue per unit improved 3% year-over-year, inclusive of a gain from contract shortfalls.",
    )
    assert subject_of(facts, 3) == "coal business"


def test_a_line_opening_on_the_company_s_own_metric_stays_the_company_s() -> None:
    facts = facts_of(AMERICAS, "Our adjusted earnings per share were $1.12, up 9%.")
    assert "Larkfield" in subject_of(facts, 1.12)


def test_a_metric_qualified_by_another_name_is_not_carried() -> None:
    facts = facts_of(AMERICAS, "LNG volumes were 4.2 million units per day in the quarter.")
    assert subject_of(facts, 4_200_000) != "Americas"
