"""English subjects and periods of a waterfront developer's and a landlord's call: a business line opening its
sentence after a sentence adverb ("Overall, Harborfront revenue ...") is in focus for the bare figures after it.

Sentences are written for these tests about fictional companies, sites and units; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find


def test_a_line_opening_its_sentence_after_overall_stays_in_focus() -> None:
    """"Overall, Harborfront revenue increased to $32 million ... This improvement resulted in net operating
    income of $1.6 million": the income is Harborfront's, not that of the pier carried from the paragraph before."""
    facts = facts_of(
        "At Dockside Pier, we had another strong quarter, and Dockside Pier revenue grew 12%.",
        "Overall, Harborfront revenue increased to $32 million in the quarter, a 57% increase over the same period "
        "last year. This improvement resulted in net operating income of $1.6 million.",
    )
    assert find(facts, raw="12%").subject == "Dockside Pier"
    assert find(facts, raw="$32 million").subject.casefold() == "harborfront"
    assert find(facts, raw="$1.6 million").subject.casefold() == "harborfront"