"""A business line named by its own capitalised name as the subject of a results verb, with no part noun and no
figure ("Home Warranty Services continues to grow revenue and profit."), is whose the bare figures of the next
paragraph are; the company's own name, a whole-company word and a later paragraph are not carried so.

Calls written for these tests about the fictional Northwind Holdings; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.summarize.realise import highlights

from .builders import build

HEAD = (
    "Welcome to Northwind Holdings' third quarter 2021 earnings call.\n"
    "Northwind Holdings delivered a strong quarter and Northwind's results were ahead of plan.\n"
)
LINE = "Home Warranty Services continues to grow revenue and profit.\n"


def facts_of(body: str) -> list[Fact]:
    """Facts of a call written a sentence to a line: the head above, then ``body`` (head facts left out)."""
    return [f for f in run(build(HEAD + body, "en")) if f.paragraph > 2]


def subject_of(facts: list[Fact], value: float) -> str:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, [(f.subject, f.metric, f.value) for f in facts]
    return hits[0].subject


def test_a_line_named_as_the_subject_of_its_results_owns_the_bare_revenue_after_it() -> None:
    facts = facts_of("Moving to slide 9.\n" + LINE + "Revenues increased 18.4% to $412 million in the third quarter.\n")
    assert subject_of(facts, 412_000_000) == "Home Warranty Services"
    assert subject_of(facts, 18.4) == "Home Warranty Services"


def test_the_company_s_own_name_as_such_a_subject_keeps_the_revenue_the_company_s() -> None:
    facts = facts_of(
        "Northwind Holdings continues to grow revenue and profit.\n"
        "Revenues increased 8% to $2.1 billion in the third quarter.\n"
    )
    assert "Northwind" in subject_of(facts, 2_100_000_000)


def test_the_company_s_own_name_with_its_figure_gives_company_revenue() -> None:
    facts = facts_of(LINE + "Northwind Holdings grew revenue 8% to $2.1 billion in the third quarter.\n")
    assert "Northwind" in subject_of(facts, 2_100_000_000)


def test_a_whole_company_word_after_the_line_is_the_company_s() -> None:
    facts = facts_of(LINE + "Total revenues increased 8% to $2.1 billion in the third quarter.\n")
    assert "Northwind" in subject_of(facts, 2_100_000_000)


def test_the_line_is_not_carried_past_the_next_paragraph() -> None:
    facts = facts_of(
        "Fleet Solutions delivered record sales this quarter, and we expect more.\n"
        "Sales increased 12% to $310 million in the third quarter.\n"
        "Moving on, our outlook is unchanged and demand is steady.\n"
        "Revenues increased 8% to $2.1 billion in the third quarter.\n"
    )
    assert subject_of(facts, 310_000_000) == "Fleet Solutions"
    assert "Northwind" in subject_of(facts, 2_100_000_000)


def test_a_highlight_prints_the_line_s_revenue_under_the_line_s_name() -> None:
    doc = build(
        HEAD
        + "Consolidated net income was $310 million in the third quarter.\n"
        + "Moving to slide 9.\n"
        + LINE
        + "Revenues increased 18.4% to $412 million in the third quarter.\n",
        "en",
    )
    lines = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert any("$310 million" in line for line in lines), lines
    assert all("Home Warranty Services" in line for line in lines if "$412 million" in line), lines
