"""Press-conference labels in capitals that give an office and a surname ("VICE CHAIR MARSH.",
"GOVERNOR ALDEN:"), on a short fictional central bank briefing (Northmere Reserve Bank, invented people)."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.lexicon.transcript import vocab
from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.labels import parse_label
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "briefing.txt") -> Document:
    return run(from_text(text, name))


BRIEFING = """\
Northmere Reserve Bank Press Conference
December 3, 2025

Participants:
Helena Marsh, Vice Chair
Arthur Kessane, Chair

CHAIR KESSANE. Good afternoon. Today the committee decided to hold the policy rate at 4.25 percent. Inflation has eased over the year, but remains above our goal.

VICE CHAIR MARSH. Thank you, Chair. I will add a few words on the balance sheet. Runoff will continue at the current pace.

CHAIR KESSANE. We will now take your questions.

MS. ORTIZ: Thank you. Dana Ortiz, Harbor Ledger. Do you expect to cut rates next year?

CHAIR KESSANE. We have not decided. We will look at the data meeting by meeting.

MR. PELL. Tom Pell, Coastline Wire. How do you see the labor market?

VICE CHAIR MARSH. The labor market has cooled but is still solid.
"""


def test_vice_chair_and_surname_is_a_label_for_the_person_listed() -> None:
    """``VICE CHAIR MARSH.`` is a speaker's label (the office is two words), the Helena Marsh the
    participants list names; she answers the second reporter."""
    doc = parse(BRIEFING)
    assert_sound(doc)
    assert doc.paragraph(n_of(doc, "a few words on the balance sheet")).speaker == "helena-marsh"
    assert summary(doc) == [
        ("dana-ortiz", "Harbor Ledger", ["arthur-kessane"]),
        ("tom-pell", "Coastline Wire", ["helena-marsh"]),
    ]


def test_an_office_label_without_a_full_name_is_the_surname_with_the_office_as_title() -> None:
    """No first name anywhere: the speaker is named by the surname, the office being the title, not a
    name spelled from the label ("Vice Chair Marsh")."""
    text = BRIEFING.replace("Helena Marsh, Vice Chair\n", "").replace("Arthur Kessane, Chair\n", "")
    doc = parse(text.replace("Participants:\n", ""))
    assert_sound(doc)
    marsh = doc.speakers_by_id[doc.paragraph(n_of(doc, "a few words on the balance sheet")).speaker or ""]
    kessane = doc.speakers_by_id[doc.paragraph(n_of(doc, "hold the policy rate")).speaker or ""]
    assert (marsh.name, marsh.role) == ("Marsh", "Vice Chair")
    assert (kessane.name, kessane.role) == ("Kessane", "Chair")
    # an honorific label is the person her own speech names in full
    assert (
        doc.speakers_by_id[doc.paragraph(n_of(doc, "cut rates next year")).speaker or ""].name == "Dana Ortiz"
    )


def test_secretary_with_a_colon_is_a_label() -> None:
    """``SECRETARY VOSS:`` with the speech after it: an office and a surname, the office as title."""
    line = "SECRETARY VOSS: The department will publish the review in May."
    lab = parse_label(line, line, vocab(), frozenset())
    assert lab is not None and lab.role is None
    assert (lab.who, lab.title) == ("SECRETARY VOSS", "Secretary")


def test_a_title_line_naming_a_field_after_an_office_is_no_label() -> None:
    """``VICE PRESIDENT FINANCE: Lena Brooks`` or ``SENIOR DIRECTOR SALES. Omar Hale`` in a roster: an office
    and the field it heads, no surname."""
    for line in ("VICE PRESIDENT FINANCE: Lena Brooks", "SENIOR DIRECTOR SALES. Omar Hale joined in May."):
        assert parse_label(line, line, vocab(), frozenset()) is None, line
