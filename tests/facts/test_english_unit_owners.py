"""Whose figure it is when an English call names a business line away from the figure: a unit the sentence
opens on before a company-wide kind of metric ("At Clean Power Ventures, we plan to invest $165 million"), a
product a relative clause without a comma is about ("Zentrova Trio which generated revenue of $170 million"),
a segment written in lowercase with its kind word that the next line's "Segment adjusted EBITDA" refers to,
interest expense, the company's own cost of debt whatever line the call was going through, a line metric earned
in a place the sentence opens on ("Revenue in Canada increased 15%"), parts named with how they moved ("with the U.S.
growing 11%"), words inside one measure's name that are no line ("tower cash flow margin"), and a breakdown of an
amount by part ("$304 million in licensing and $16 million in products and services").

Sentences are written for these tests about the fictional NovaSky Foods; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subjects(facts: list[Fact]) -> dict[str, str]:
    return {f.raw: f.subject for f in facts}


def test_a_unit_the_sentence_opens_on_owns_a_company_wide_kind_of_metric() -> None:
    facts = facts_of("At Clean Power Ventures, we plan to invest $165 million this year.")
    assert subjects(facts) == {"$165 million": "Clean Power Ventures"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the quarter, we generated free cash flow of $20 million.",
        "In addition, we generated free cash flow of $20 million.",
        "At the end of the quarter, cash was $20 million.",
    ],
)
def test_a_time_or_turn_of_phrase_leaves_company_wide_metrics_to_the_company(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


def test_a_product_a_relative_clause_is_about_owns_its_figure() -> None:
    facts = facts_of(
        "Growth was led by our parasiticides, bolstered by the launch of Zentrova Trio which generated revenue of "
        "$170 million."
    )
    assert subjects(facts)["$170 million"] == "Zentrova Trio"


def test_segment_metrics_after_a_lowercase_segment_line_are_that_segments() -> None:
    facts = facts_of(
        "For the full year, revenues for the towable segment were a record $2 billion, up 64% from last year.",
        "Segment adjusted EBITDA for the full year was $289 million, up 95% from last year.",
        "Segment adjusted EBITDA margin of 14.4% increased 230 basis points for the full year.",
    )
    assert subjects(facts) == {
        "$2 billion": "towable",
        "64%": "towable",
        "$289 million": "towable",
        "95%": "towable",
        "14.4%": "towable",
        "230 basis points": "towable",
    }


def test_a_bare_metric_after_a_lowercase_segment_line_stays_the_companys() -> None:
    facts = facts_of(
        "For the full year, revenues for the towable segment were a record $2 billion.",
        "Adjusted EBITDA for the full year was $289 million.",
    )
    assert subjects(facts)["$289 million"] == "NovaSky"


def test_interest_expense_after_a_segments_lines_is_the_companys() -> None:
    facts = facts_of(
        "In our Aviation segment, revenues were $866 million, a decrease of $61 million from last year.",
        "Moving below segment profit, corporate expenses were $50 million and interest expense was $36 million.",
    )
    assert subjects(facts)["$36 million"] == "NovaSky"


def test_interest_expense_a_segment_names_in_its_clause_stays_the_segments() -> None:
    facts = facts_of("Finance segment revenues were $13 million and interest expense was $4 million.")
    assert subjects(facts) == {"$13 million": "Finance", "$4 million": "Finance"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Revenue in the U.S. was $645 million, up 11% from last year.", "U.S."),
        ("Revenue in Canada increased 15% in constant currency during the quarter.", "Canada"),
        ("Organic sales in Brazil grew 9% in the quarter.", "Brazil"),
    ],
)
def test_a_line_metric_earned_in_a_named_place_is_that_places(sentence: str, place: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == place for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue in Q3 was $20 million, up 11% from last year.",
        "Revenue in January was $20 million, up 11% from last year.",
        "Revenue in Fiscal 2021 was $20 million, up 11% from the year before.",
    ],
)
def test_a_line_metric_in_a_time_stays_the_companys(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


def test_parts_named_with_how_they_moved_own_their_figures() -> None:
    facts = facts_of(
        "Revenue grew 9% with the U.S. growing 11% and International growing 7% in the quarter.",
        "Revenue grew 12% with companion animal products growing 30% in the quarter.",
    )
    assert subjects(facts) == {
        "9%": "NovaSky",
        "11%": "U.S.",
        "7%": "International",
        "12%": "NovaSky",
        "30%": "companion animal products",
    }


@pytest.mark.parametrize(
    "sentence",
    ["Revenue grew 11%, with demand up 5% in the quarter.", "Revenue grew 11% and EPS up 5% in the quarter."],
)
def test_a_metric_or_a_plain_noun_moving_is_no_part_of_the_business(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tower cash flow margin was 84.8% in the quarter.",
        "Same tower recurring cash leasing revenue growth was 4.9% in the quarter.",
        "Economic net interest return on equity was 14.8% in the quarter.",
    ],
)
def test_words_inside_one_measures_name_are_no_business_line(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


def test_a_breakdown_by_part_gives_each_amount_to_its_part() -> None:
    facts = facts_of("So the Q2 revenue was comprised of $304 million in licensing and $16 million in products and services.")
    assert subjects(facts) == {"$304 million": "licensing", "$16 million": "products and services"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue was $304 million in the quarter and $1.2 billion in the year.",
        "We generated $304 million in revenue and $16 million in free cash flow.",
        "Revenue was $304 million in licensing fees last quarter.",
    ],
)
def test_a_time_a_metric_or_a_lone_item_is_no_breakdown_by_part(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


@pytest.mark.parametrize("opening", ["Moving to the P&L", "Turning to the Balance Sheet", "Now moving to the P&L"])
def test_a_part_of_the_talk_in_capitals_is_no_unit(opening: str) -> None:
    """'Moving to the P&L, we reported ...': the company's results, not a business line called P&L."""
    facts = facts_of(f"{opening}, we reported GAAP diluted earnings per share of $1.21 and adjusted diluted earnings per share of $1.87.")
    assert subjects(facts) == {"$1.21": "NovaSky", "$1.87": "NovaSky"}


def test_a_line_named_in_capitals_after_in_still_owns_its_figures() -> None:
    facts = facts_of("In Leasing, revenue grew 12% to $40 million.")
    assert set(subjects(facts).values()) == {"Leasing"}
