"""The summarizer interface every backend implements, and the registry that picks one by name.

A backend turns a structured document and its fact sheet (its facts, and its company, ticker,
period and date as the facts stage decided them) into a ``Brief`` or ``Minutes``; it never
verifies its own output: ``finbrief.summarize`` runs ``finbrief.verify`` on whatever it returns,
so the extractive backend and the ``llm`` backend are held to the same check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from finbrief.model import Brief, Document, FactSheet, Minutes, Statement
from finbrief.options import Options


class Summarizer(Protocol):
    """What a backend provides; ``options.lang`` selects the language of titles, highlights and names."""

    name: str

    def brief(self, doc: Document, facts: FactSheet, options: Options) -> Brief:
        """Core viewpoint, themed groups and highlights of one document."""
        ...

    def minutes(self, doc: Document, facts: FactSheet, options: Options) -> Minutes:
        """Summary, chapters and Q&A of one document (a call; an article gets chapters only)."""
        ...

    def highlights(self, doc: Document, facts: FactSheet, options: Options) -> tuple[Statement, ...]:
        """Key figures as sentences: the cheap path for highlights-only output."""
        ...


def _extractive() -> Summarizer:
    from finbrief.summarize.extractive import ExtractiveSummarizer

    return ExtractiveSummarizer()


def _llm() -> Summarizer:
    from finbrief.summarize.llm import LLMSummarizer

    return LLMSummarizer()


BACKENDS: dict[str, Callable[[], Summarizer]] = {"extractive": _extractive, "llm": _llm}
"""Backend factories by name."""


def get_backend(name: str) -> Summarizer:
    """The backend called ``name``; a ValueError names the choices."""
    try:
        factory = BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown summarizer backend {name!r} (choose from {', '.join(BACKENDS)})") from None
    return factory()
