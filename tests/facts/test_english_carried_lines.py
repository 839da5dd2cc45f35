"""How long a business line named in one sentence stays the subject of the figures after it in an English
call: a turn to a topic that is no business line, a sentence about the whole company and a sentence opening
on the company's own metric all end it.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)
UNIT = "Our Marine Systems segment delivered strong results, with revenue up 14% in the quarter."


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subject_of(facts: list[Fact], value: float) -> str:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.subject, f.metric, f.value) for f in facts]
    return hits[0].subject


def test_the_unit_is_carried_to_the_next_bare_figure() -> None:
    facts = facts_of(UNIT, "Operating margin was 11.2%, up 80 basis points.")
    assert subject_of(facts, 14) == subject_of(facts, 11.2)
    assert "NovaSky" not in subject_of(facts, 11.2)


def test_a_turn_to_the_rest_of_the_income_statement_ends_the_unit() -> None:
    facts = facts_of(UNIT, "Now moving on to the rest of the P&L for the quarter.", "Adjusted gross margin was 61.3%.")
    assert "Marine" not in subject_of(facts, 61.3)


def test_a_turn_to_profitability_is_no_business_line() -> None:
    facts = facts_of(UNIT, "Moving now to profitability.", "Operating margin was 11.2%, up 80 basis points.")
    assert "Marine" not in subject_of(facts, 11.2)
    assert "profitability" not in subject_of(facts, 11.2).casefold()


def test_a_turn_inside_one_paragraph_ends_the_unit_for_the_sentences_after_it() -> None:
    facts = facts_of(UNIT + " Turning to margins. Gross margin was 61.3% in the quarter.")
    assert "Marine" not in subject_of(facts, 61.3)


def test_a_sentence_on_the_company_s_own_metric_ends_the_unit() -> None:
    facts = facts_of(
        UNIT,
        "Our SG&A expense in the quarter was $70 million.",
        "Excluding restructuring charges, SG&A was 9% higher on a constant currency basis.",
    )
    assert "Marine" not in subject_of(facts, 70_000_000)
    assert "Marine" not in subject_of(facts, 9)


def test_a_sentence_on_the_whole_company_ends_the_unit() -> None:
    facts = facts_of(UNIT, "Overall, we grew faster than our markets.", "Gross margin was 61.3%.")
    assert "Marine" not in subject_of(facts, 61.3)


def test_a_summary_ends_the_business_line_the_call_turned_to() -> None:
    facts = facts_of(
        "Moving to Marine Systems.",
        "Revenues were down in the quarter, primarily on lower deliveries.",
        "In summary, 2021 was a difficult year with many challenges for our teams.",
        "Segment profit in the quarter was $324 million, down $16 million from last year.",
    )
    assert "Marine" not in subject_of(facts, 324_000_000)


def test_a_review_of_what_each_segment_contributed_turns_to_the_segment_it_starts_with() -> None:
    facts = facts_of(
        "In summary, 2021 was a difficult year with many challenges for our teams.",
        "Let's review how each of the segments contributed, starting with Marine Systems.",
        "Segment profit was $108 million in the fourth quarter, down from $134 million a year ago.",
    )
    assert "Marine" in subject_of(facts, 108_000_000)
