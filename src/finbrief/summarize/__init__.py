"""Summarize stage: a structured document and its facts -> a verified ``Brief`` or ``Minutes``.

``brief``, ``minutes`` and ``highlights`` pick the backend named by ``options.backend``
(``extractive`` by default; see ``finbrief.summarize.base``), then run ``finbrief.verify`` on its
output, whatever the backend: statements whose citations or numbers fail are dropped and
reported in ``warnings``.
"""

from __future__ import annotations

from collections.abc import Sequence

from finbrief.model import Brief, Document, Fact, FactSheet, Minutes, Statement
from finbrief.options import Options
from finbrief.summarize.base import BACKENDS, Summarizer, get_backend

__all__ = ["BACKENDS", "Summarizer", "brief", "get_backend", "highlights", "minutes"]


def _facts(doc: Document, options: Options, facts: Sequence[Fact] | None) -> FactSheet:
    """The document's fact sheet: the one given, plain facts with the document's identity, or the
    facts stage's when none are given."""
    from finbrief import facts as facts_stage

    if facts is None:
        return facts_stage.run(doc, options)
    return facts_stage.sheet_of(doc, facts)


def _backend(options: Options) -> Summarizer:
    return get_backend(getattr(options, "backend", "extractive"))


def brief(doc: Document, options: Options | None = None, facts: Sequence[Fact] | None = None) -> Brief:
    """Core viewpoint, themed groups and highlights, verified against the document."""
    from finbrief.verify import verify_brief

    opts = options or Options()
    found = _facts(doc, opts, facts)
    return verify_brief(_backend(opts).brief(doc, found, opts), doc, found)


def minutes(doc: Document, options: Options | None = None, facts: Sequence[Fact] | None = None) -> Minutes:
    """Summary, chapters and Q&A, verified against the document."""
    from finbrief.verify import verify_minutes

    opts = options or Options()
    found = _facts(doc, opts, facts)
    return verify_minutes(_backend(opts).minutes(doc, found, opts), doc, found)


def highlights(
    doc: Document, options: Options | None = None, facts: Sequence[Fact] | None = None
) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
    """Key figures as verified sentences, and warnings for those dropped (the brief's highlights only)."""
    from finbrief.verify import verify_highlights

    opts = options or Options()
    found = _facts(doc, opts, facts)
    return verify_highlights(_backend(opts).highlights(doc, found, opts), doc, found)
