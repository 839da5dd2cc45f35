"""What a passage is about: titles from its business line, its figures' metrics and its finance terms,
for any industry (fictional passages written for these tests)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize import about
from finbrief.summarize.units import Reading, read
from tests.summarize.helpers import doc_from, fact


def _reading(text: str, facts: tuple = ()) -> Reading:  # type: ignore[type-arg]
    doc = doc_from(text)
    return read(doc, facts or run(doc))


def _all(r: Reading) -> list[tuple]:  # type: ignore[type-arg]
    return [(u, 1.0) for u in r.units]


def test_a_passage_on_one_business_line_is_titled_by_it_and_its_metrics() -> None:
    doc = doc_from(
        "Harbor Storage Trust revenue was $900 million, net income was $200 million and FFO was $300 million.\n\n"
        "At Harbor Self Storage, revenue was $210 million, up 9%, and NOI was $150 million, up 11%.\n\n"
        "Harbor Self Storage occupancy ended the quarter at 94.1%.\n"
    )
    facts = (
        fact(doc, "revenue was $210 million", "Harbor Self Storage", "revenue", 210e6, "USD"),
        fact(doc, "NOI was $150 million", "Harbor Self Storage", "net operating income", 150e6, "USD"),
        fact(doc, "occupancy ended the quarter at 94.1%", "Harbor Self Storage", "occupancy", 94.1, "%"),
        fact(doc, "revenue was $900 million", "Harbor Storage Trust", "revenue", 900e6, "USD"),
        fact(doc, "net income was $200 million", "Harbor Storage Trust", "net income", 200e6, "USD"),
        fact(doc, "FFO was $300 million", "Harbor Storage Trust", "FFO", 300e6, "USD"),
        fact(doc, "FFO was $300 million", "Harbor Storage Trust", "funds from operations", 300e6, "USD"),
    )
    r = read(doc, facts)
    title = about.about(r, [(u, 1.0) for u in r.units if u.paragraph > 1], "en", 3)
    assert title.startswith("Harbor Self Storage ")
    assert "revenue" in title and ("net operating income" in title or "occupancy" in title)


def test_a_question_is_about_its_terms_whatever_the_industry() -> None:
    r = _reading(
        "I wanted to get your perspective on the labor market. Have wages and staffing eased?\n\n"
        "And how are you thinking about cap rates given higher interest rates?\n"
    )
    found = about.topics(r, _all(r), "en", 3)
    assert "labor" in found and "cap rates" in found
    assert about.topics(r, _all(r), "zh-Hans", 3)[0] == "劳动力"  # the same topics, in Chinese


def test_a_word_said_once_in_passing_names_no_topic() -> None:
    r = _reading("What are you seeing in the marketplace now, and what growth do you expect?\n")
    assert about.topics(r, _all(r), "en", 3) == []  # not "e-commerce", not "growth"


def test_metrics_and_their_running_words_are_one_topic() -> None:
    doc = doc_from("Capital expenditure was $40 million and we expect capex of $160 million this year.\n")
    facts = (fact(doc, "Capital expenditure was $40 million", "Acme", "capex", 40e6, "USD"),)
    r = read(doc, facts)
    assert about.topics(r, _all(r), "en", 3) == ["capex"]
