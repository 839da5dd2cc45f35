"""Documents for facts tests: one paragraph per line, or a file through ingest and structure."""

from __future__ import annotations

import hashlib
from pathlib import Path

from finbrief.model import Document, Language, Paragraph


def build(text: str, language: Language = "zh-Hans", speakers: dict[int, str] | None = None) -> Document:
    """A document with one paragraph per non-empty line, numbered from 1 (``speakers``: n -> speaker id)."""
    lines = [line for line in text.splitlines() if line.strip()]
    speakers = speakers or {}
    paragraphs = tuple(Paragraph(n, line, speaker=speakers.get(n)) for n, line in enumerate(lines, 1))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=digest, paragraphs=paragraphs, language=language)


def ingest(text: str, source: str | None = None) -> Document:
    """A document the way the pipeline makes it: ingest, then structure (speakers, roles)."""
    from finbrief.ingest import from_text
    from finbrief.structure import run as structure

    return structure(from_text(text, source=source))


def load(path: Path) -> Document:
    """A corpus file as the pipeline reads it."""
    return ingest(path.read_text(encoding="utf-8"), source=path.name)
