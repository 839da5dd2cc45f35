"""A participants roster that lists speakers no one named (``Unidentified Analyst``, ``Unknown Speaker``):
those lines are the roster's, neither turns nor people, on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound

ROSTER_WITH_UNNAMED = """\
Corvel Ridge Holdings (CVRH) Q3 2025 Earnings Call

Corporate Participants
Dana Whitfield - Chief Executive Officer
Marco Ruiz - Chief Financial Officer

Conference Call Participants
Priya Natarajan - Halden Securities - Analyst
Unidentified Analyst
Unknown Speaker

Presentation

Operator
Good morning and welcome to the Corvel Ridge third quarter call. I will now hand over to Dana Whitfield.

Dana Whitfield
Thank you. Revenue rose 8% to $412 million in the quarter.

Questions and Answers

Operator
Our first question comes from Priya Natarajan with Halden Securities.

Priya Natarajan
How should we think about margins next year?

Marco Ruiz
We expect margins to expand by about 50 basis points.
"""


def parse(text: str) -> Document:
    return run(from_text(text, "call.txt"))


def test_unnamed_speakers_in_a_roster_are_roster_lines_not_turns() -> None:
    """``Unidentified Analyst`` and ``Unknown Speaker`` under the participants header are roster lines:
    no empty turn, no speaker entry, and the roster's real people keep their firm and title."""
    doc = parse(ROSTER_WITH_UNNAMED)
    assert_sound(doc)
    listed = [p for p in doc.paragraphs if p.text in ("Unidentified Analyst", "Unknown Speaker")]
    assert [(p.role, p.speaker) for p in listed] == [("roster", None), ("roster", None)]
    assert sorted(s.name for s in doc.speakers) == ["Dana Whitfield", "Marco Ruiz", "Operator", "Priya Natarajan"]
    by_id = doc.speakers_by_id
    assert [(by_id[q.asker].name, q.firm, [by_id[a.speaker].name for a in q.answers]) for q in doc.qa] == [  # type: ignore[index]
        ("Priya Natarajan", "Halden Securities", ["Marco Ruiz"])
    ]


def test_an_unnamed_speaker_after_the_roster_who_speaks_is_still_a_turn() -> None:
    """The same name with speech under it, right after the roster, is a turn: the analyst asks."""
    text = ROSTER_WITH_UNNAMED.replace(
        "Unknown Speaker\n\nPresentation\n",
        "Unknown Speaker\n\nUnidentified Analyst\nCould you talk about capital spending first?\n\nPresentation\n",
    )
    doc = parse(text)
    asked = [p for p in doc.paragraphs if p.text.startswith("Could you talk")]
    assert asked and asked[0].speaker == "unidentified-analyst"
