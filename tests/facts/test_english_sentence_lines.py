"""A transcript written one sentence to a line: the business line a line opens with is the subject of the bare
figures of the next lines, as it would be in one paragraph; a line about another unit, a line that only says
what a unit added to the company's result and a turn to the company's results end it.

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


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call written a sentence to a line: the head above, then the lines (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subject_of(facts: list[Fact], value: float) -> str:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.subject, f.metric, f.value) for f in facts]
    return hits[0].subject


def test_a_line_opened_by_a_unit_s_revenue_carries_the_unit_to_the_next_line() -> None:
    facts = facts_of(
        "Marine revenues were $866 million, a decrease of $61 million from last year.",
        "Segment profit was $55 million, up 25% from the fourth quarter of 2020.",
        "We will say more about our Marine segment at our investor day.",
    )
    assert subject_of(facts, 55_000_000).casefold() == "marine"


def test_an_adjective_opening_a_line_is_no_unit_to_carry() -> None:
    facts = facts_of(
        "Physical deliveries to export terminals averaged approximately 4.7 million units per day.",
        "Export volumes were down from approximately 5 million units per day in the fourth quarter of 2020.",
    )
    assert "Larkfield" in subject_of(facts, 5_000_000)


def test_a_carried_line_goes_on_only_into_a_sentence_opening_on_its_metric() -> None:
    facts = facts_of(
        "Marine revenues were $866 million, a decrease of $61 million from last year.",
        "On the other side, we did see inflation in operating expenses in the quarter as they grew by 10%.",
        "We will say more about our Marine segment at our investor day.",
    )
    assert "Larkfield" in subject_of(facts, 10)


def test_a_unit_named_with_its_description_carries_to_the_next_line() -> None:
    facts = facts_of(
        "Harborlink, our smallest business, at $118 million of revenue, was down 13.7%.",
        "Book-to-bill was 0.69 in the quarter.",
    )
    assert subject_of(facts, 0.69) == "Harborlink"


def test_a_line_on_another_unit_s_revenue_ends_the_carried_unit() -> None:
    facts = facts_of(
        "Harborlink, our smallest business, at $118 million of revenue, was down 13.7%.",
        "Cloud and data revenue was $521 million, down 1.5%.",
        "Book-to-bill was 0.8 in the quarter.",
    )
    assert subject_of(facts, 0.8) != "Harborlink"


def test_a_turn_to_a_region_makes_it_the_subject_of_the_next_line() -> None:
    facts = facts_of("Turning to Latin America.", "Revenue increased 17% sequentially.")
    assert subject_of(facts, 17) == "Latin America"


def test_a_line_opening_on_a_region_does_not_give_it_the_segment_s_figures() -> None:
    facts = facts_of(
        "In the Americas, same-store sales declines were less than 1%.",
        "Segment gross margin expanded 40 basis points to 17.4%.",
    )
    # (a region inside a segment: the segment's margin, given to a unit the text does not name, or withheld)
    assert all(f.subject != "Americas" for f in facts if f.value == 17.4)


def test_a_metric_of_the_company_s_own_names_no_unit_to_carry() -> None:
    facts = facts_of(
        "Our client retention improved to 92% year-over-year.",
        "We repurchased 46,200 shares for a total of $19 million at an average per share price of $403.",
    )
    assert "Larkfield" in subject_of(facts, 403)


def test_a_unit_said_to_add_to_the_company_s_result_is_not_carried() -> None:
    facts = facts_of(
        "Restaurant sales also contributed to our top-line improvement, growing 14% in the fourth quarter.",
        "At the same time, adjusted gross margin increased 710 basis points to 62%.",
    )
    assert "Larkfield" in subject_of(facts, 62)


def test_a_turn_to_the_quarter_s_results_ends_the_unit() -> None:
    facts = facts_of(
        "Marine revenues were $866 million, a decrease of $61 million from last year.",
        "Now against that backdrop, let's now review our fourth quarter results.",
        "Revenue for the fourth quarter came in at $2,786 million.",
    )
    assert "Larkfield" in subject_of(facts, 2_786_000_000)


def test_moving_down_to_the_income_statement_ends_the_unit() -> None:
    facts = facts_of(
        "Marine revenues were $866 million, a decrease of $61 million from last year.",
        "Now moving down to P&L, adjusted EBITDA was $604 million for the fourth quarter.",
    )
    assert "Larkfield" in subject_of(facts, 604_000_000)


def test_a_line_of_two_words_joined_by_and_is_one_line() -> None:
    facts = facts_of(
        "Beyond licensing, our products and services revenue was $16 million in the quarter.",
        "Licensing could range from $250 million to $275 million, while products and services revenue could range"
        " from $13 million to $18 million.",
    )
    assert subject_of(facts, 16_000_000) == "products and services"
    assert [f.subject for f in facts if f.value == 13_000_000] == ["products and services"]


def test_a_sentence_about_a_named_initiative_keeps_its_figures_from_the_unit_before() -> None:
    facts = facts_of(
        "Our Larkfield Home business is also accelerating as we reposition the brand as a premium furniture destination.",
        "Our B2B growth initiative had its largest quarter ever, generating over $90 million of sales.",
    )
    # the sentence's own subject (the B2B initiative), not the brand named in the sentence before
    assert subject_of(facts, 90_000_000.0) == "B2B"


def test_an_initiative_named_after_that_keeps_its_figures_from_the_unit_before() -> None:
    facts = facts_of(
        "Our Larkfield Home business is also accelerating as we reposition the brand as a premium furniture destination.",
        "We are pleased to share that our Atelier Partners program had a record quarter, generating over $75 million of sales.",
    )
    assert subject_of(facts, 75_000_000.0) == "Atelier Partners"
