"""Layouts of English transcripts seen in the wild, each on a short fictional call, where the prepared
remarks say who speaks without a name in the label: numbered speakers of a machine transcription who
introduce themselves with their office (``this is Jane Roe, CFO``)."""

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


NUMBERED_SELF_NAMED = """Pellmoor Cider Co. — Q3 2025 Earnings Call
Transcript generated automatically.

Speaker 1: Good afternoon and welcome to the Pellmoor Cider third quarter call. I'd now like to turn the call over to the company.
Speaker 2: Good afternoon, everyone. This is Ruth Calloway, Head of Investor Relations. With me are our CEO and our CFO.
Speaker 3: Hi everyone, this is Amos Treloar, CEO. Volumes grew 6% in the quarter and we entered two new states.
Speaker 4: And good afternoon, this is Nell Okonkwo, CFO. Net sales were $74 million, up 8%. We'll take questions now.
Speaker 1: Our first question comes from Victor Hale with Brankstone Research.
Speaker 5: Thanks. Amos, are the new states in the guidance?
Speaker 3: Partly, Victor. Shipments start in the fourth quarter.
"""


def test_numbered_speakers_naming_themselves_with_an_office_are_the_company() -> None:
    doc = parse(NUMBERED_SELF_NAMED)
    assert pairs(doc) == [("Victor Hale", "Brankstone Research", ["Amos Treloar"])]
    assert speaker_of(doc, "Volumes grew 6%") == "Amos Treloar"
    assert speaker_of(doc, "Net sales were $74 million") == "Nell Okonkwo"
    ir = next(s for s in doc.speakers if s.name == "Ruth Calloway")
    assert ir.side == "company"

