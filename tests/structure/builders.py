"""Tiny Document builders for structure tests: one paragraph per non-empty line, language given."""

from __future__ import annotations

import hashlib

from finbrief.model import Document, Language, Paragraph, Speaker
from finbrief.structure import run


def make_doc(text: str, language: Language = "zh-Hans") -> Document:
    """A Document the way ingest numbers plain text: each non-empty line is a paragraph, n from 1."""
    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = tuple(Paragraph(n=i, text=line) for i, line in enumerate(lines, 1))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=digest, paragraphs=paragraphs, language=language, source="fixture")


def structured(text: str, language: Language = "zh-Hans") -> Document:
    """``make_doc`` then the structure stage."""
    return run(make_doc(text, language))


def n_of(doc: Document, fragment: str) -> int:
    """Number of the only paragraph whose text contains ``fragment`` (fixtures stay readable)."""
    hits = [p.n for p in doc.paragraphs if fragment in p.text]
    assert len(hits) == 1, f"{fragment!r} found in paragraphs {hits}"
    return hits[0]


def ns_of(doc: Document, *fragments: str) -> tuple[int, ...]:
    return tuple(n_of(doc, f) for f in fragments)


def speaker(doc: Document, sid: str) -> Speaker:
    return doc.speakers_by_id[sid]


def qa_summary(doc: Document) -> list[tuple[str | None, tuple[int, ...], list[str | None]]]:
    """(asker, question paragraphs, answering speaker ids) per pair: what most tests assert."""
    return [(q.asker, q.question, [a.speaker for a in q.answers]) for q in doc.qa]
