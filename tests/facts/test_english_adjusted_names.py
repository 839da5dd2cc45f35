"""English figures keep the basis their sentence gives them: a measure called adjusted is printed adjusted, also
when the lexicon has no adjusted name of its own for it, and a margin named after an adjusted profit is the adjusted
margin.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

from .test_english import facts_of, find

Q3 = "Welcome to NovaSky's third quarter 2021 earnings call.\n"


def test_an_adjusted_measure_with_no_adjusted_name_keeps_the_word() -> None:
    facts = facts_of("Adjusted gross profit was $105.2 million, up 12.3% year-on-year.")
    assert find(facts, raw="$105.2 million").metric == "adjusted gross profit"
    assert find(facts, raw="12.3%").metric == "adjusted gross profit"
    assert find(facts_of("Gross profit was $98.4 million."), raw="$98.4 million").metric == "gross profit"


def test_the_margin_of_an_adjusted_profit_is_the_adjusted_margin() -> None:
    assert find(facts_of("Adjusted operating income margin was 14.1%."), raw="14.1%").metric == "adjusted operating margin"
    text = "In total, adjusted operating income margin improved by 40 basis points year-over-year."
    assert find(facts_of(text), raw="40 basis points").metric == "adjusted operating margin"
    assert find(facts_of("Operating income margin was 11.8%."), raw="11.8%").metric == "operating margin"


def test_a_highlight_prints_the_basis_its_sentence_gives() -> None:
    doc = doc_from(Q3 + "Revenue was $512 million. Adjusted gross profit was up 12.3% year-on-year, driven by pricing.")
    lines = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Q3 adjusted gross profit rose 12.3%." in lines
    assert not any(line.startswith("Q3 gross profit") for line in lines)
