"""A deposition's examining attorney and witness, whatever letters their names are spelled with."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def deposition(attorney: str, surname: str, witness: str) -> str:
    return f"""   APPEARANCES:

   For Plaintiff:   KESTREL & DUNMORE LLP
                    BY: {attorney}, ESQ.

                             {witness},
   having been duly sworn, was examined and testified as follows:

   BY MS. {surname}:

        Q.  What was the company's revenue in 2024?

        A.  About $1.1 billion.
"""


def test_an_attorney_whose_name_carries_an_accent_examines_the_witness() -> None:
    doc = run(from_text(deposition("ZOË LINDQVIST", "LINDQVIST", "ANDRÉ VOLKOV"), "deposition.txt"))
    assert pairs(doc) == [("Zoë Lindqvist", "KESTREL & DUNMORE LLP", ["André Volkov"])]


def test_a_hyphenated_name_in_capitals_is_written_with_a_capital_after_the_hyphen() -> None:
    doc = run(from_text(deposition("IRIS KESTREL-DUNMORE", "KESTREL-DUNMORE", "OWEN O'HARA-BLY"), "deposition.txt"))
    assert pairs(doc) == [("Iris Kestrel-Dunmore", "KESTREL & DUNMORE LLP", ["Owen O'Hara-Bly"])]
