"""Layouts of English transcripts seen in the wild, each on a short fictional call: labels that write the
office before the name (``Vice President of Investor Relations Jane Roe:``, ``President and CEO Raj
Patel`` alone on its line) and reporters labelled ``Journalist``."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, start: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``start``."""
    para = next(p for p in doc.paragraphs if start in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


OFFICE_FIRST_INLINE = """Pemberly Tools Third Quarter 2025 Earnings Call

Operator: Welcome to the Pemberly Tools call. I would now like to hand the call to Jonas Reed, Vice President of Investor Relations.

Vice President of Investor Relations Jonas Reed: Thank you. With me is our Chief Executive Officer, Tara Bell. Tara?

Chief Executive Officer Tara Bell: Thanks, Jonas. Sales rose 5% to $420 million and margins held at 16%.

Operator: Our first question comes from Felix Moran with Oakbridge Securities.

Felix Moran: Tara, how are orders trending in October?

Chief Executive Officer Tara Bell: Up mid-single digits.
"""


def test_a_long_office_before_the_name_labels_the_speaker() -> None:
    doc = parse(OFFICE_FIRST_INLINE)
    assert speaker_of(doc, "With me is our Chief Executive Officer") == "Jonas Reed"
    assert speaker_of(doc, "Sales rose 5%") == "Tara Bell"
    assert pairs(doc) == [("Felix Moran", "Oakbridge Securities", ["Tara Bell"])]


OFFICE_FIRST_OWN_LINE = """SKOGBY PAPER AB
Interim Report January–June 2025
Press conference, 18 July 2025

Head of Communications Sara Lind

Welcome to Skogby Paper's press conference. With me is our President and CEO, Nils Berg.

President and CEO Nils Berg

Thank you, Sara. Net sales were SEK 3.1 billion, 4% higher than last year.

Head of Communications Sara Lind

Questions from the press, please. Say your name and where you are from.

Journalist

Ida Falk, Business Daily. Nils, will you close the Gävle mill?

President and CEO Nils Berg

Not this year.
"""


def test_offices_before_names_on_their_own_lines_and_a_journalist_label() -> None:
    doc = parse(OFFICE_FIRST_OWN_LINE)
    assert speaker_of(doc, "Welcome to Skogby Paper's press conference") == "Sara Lind"
    assert speaker_of(doc, "Net sales were SEK 3.1 billion") == "Nils Berg"
    assert pairs(doc) == [("Ida Falk", "Business Daily", ["Nils Berg"])]


def test_a_report_name_with_a_month_span_is_no_speaker() -> None:
    doc = parse(OFFICE_FIRST_OWN_LINE)
    assert speaker_of(doc, "Interim Report January") is None
    assert not any(s.name.startswith("Interim Report") for s in doc.speakers)
