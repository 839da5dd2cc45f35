"""Speaker labels longer than a name usually runs, read by their parts: a person's name, a title and a
firm before the colon (``Name, Title, Firm:``, ``Name - Title - Firm:``, ``Name (Title, Firm):``), on a
short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run

LONG_LABELS = """Tessaly Foods Q2 2026 Earnings Call

Operator: Good morning and welcome to the Tessaly Foods second quarter call. I will now hand the call to our CFO.

Ruth Calder, Chief Financial Officer, Tessaly Foods: Thank you. Net sales rose 5% to $410 million.

Operator: Our first question comes from Jane Roe.

Jane Roe, Managing Director, Pellow & Co.: Thanks. Ruth, what drove the margin?

Ruth Calder, Chief Financial Officer, Tessaly Foods: Mostly lower freight costs, Jane.

Operator: Next is Omar Field.

Omar Field - Senior Research Analyst - Varnley Capital Partners: Can you size the price increase?

Ruth Calder (Chief Financial Officer, Tessaly Foods): About two points, Omar.

Revenue, the main driver this quarter for our business, was: higher volume in every region.
"""


def parse(text: str) -> Document:
    return run(from_text(text, "call.txt"))


def speaker_of(doc: Document, start: str) -> str | None:
    para = next(p for p in doc.paragraphs if start in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


def test_long_name_title_firm_labels_are_speakers_and_askers() -> None:
    doc = parse(LONG_LABELS)
    assert speaker_of(doc, "Net sales rose 5%") == "Ruth Calder"
    ruth = next(s for s in doc.speakers if s.name == "Ruth Calder")
    assert ruth.side == "company"

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    assert [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa] == [
        ("Jane Roe", "Pellow & Co.", ["Ruth Calder"]),
        ("Omar Field", "Varnley Capital Partners", ["Ruth Calder"]),
    ]


def test_a_long_sentence_before_a_colon_is_not_a_label() -> None:
    doc = parse(LONG_LABELS)
    assert speaker_of(doc, "Revenue, the main driver") == "Ruth Calder"
    assert all(not s.name.startswith("Revenue") for s in doc.speakers)
