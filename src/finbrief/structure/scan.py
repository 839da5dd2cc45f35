"""The first pass over a document: each paragraph's text views, headers, page furniture and timestamps."""

from __future__ import annotations

from dataclasses import dataclass, field

from finbrief.lexicon.transcript import Vocab, fold
from finbrief.model import Document
from finbrief.structure.labels import is_time_only

MAX_HEADER_CHARS = 60
MAX_BOILERPLATE_CHARS = 100


@dataclass
class Scan:
    """Read-only views of one document shared by every recogniser (0-based paragraph indices)."""

    doc: Document
    v: Vocab
    texts: list[str]
    simp: list[str]
    header: dict[int, str] = field(default_factory=dict)
    """Paragraph -> header kind (``qa``, ``prepared``, ``roster_company`` ...)."""
    boiler: set[int] = field(default_factory=set)
    """Page furniture: share buttons, rules, footers, disclaimers, lone timestamps."""

    @property
    def n(self) -> int:
        return len(self.texts)

    def folded(self, i: int) -> str:
        return fold(self.simp[i].strip())


def scan(doc: Document, v: Vocab) -> Scan:
    """Headers and page furniture: whole-line vocabulary matches on short lines only."""
    s = Scan(doc, v, [p.text for p in doc.paragraphs], list(doc.simplified))
    for i, text in enumerate(s.simp):
        t = text.strip()
        if len(t) <= MAX_HEADER_CHARS:
            kind = v.header(fold(t))
            if kind is not None:
                s.header[i] = kind
                continue
            if is_time_only(t):
                s.boiler.add(i)
                continue
        if len(t) <= MAX_BOILERPLATE_CHARS and v.boilerplate.search(t):
            s.boiler.add(i)
    return s
