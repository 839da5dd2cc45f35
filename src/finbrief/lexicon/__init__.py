"""The lexicons: every ``lexicon/*.yaml`` file read, validated and compiled once into typed records.

This package is their one owner. Each file has one module here that turns its data into typed
records (``companies``, ``subjects``, ``metrics``, ``glossary``, ``numbers``, ``themes``,
``transcript``, ``people``, ``cues``, ``hyphens``); stages import those records and never read a YAML file themselves.
Adding a company, segment, metric or theme is a change to the YAML files only.

A file that breaks its schema raises ``LexiconError`` naming the file and the entry, the first
time any record of it is asked for (``check()`` loads them all, as the tests do).
"""

from __future__ import annotations

from finbrief.lexicon.files import LexiconError, load

__all__ = ["LexiconError", "check", "load", "reload"]


def check() -> None:
    """Load and validate every lexicon file, raising ``LexiconError`` at the first problem."""
    from finbrief.lexicon import (
        companies,
        cues,
        glossary,
        hyphens,
        metrics,
        numbers,
        people,
        subjects,
        themes,
        transcript,
    )

    companies.companies()
    companies.not_company_names()
    subjects.subject_matcher(None)
    subjects.series_aliases()
    subjects.phrase_words()
    metrics.metrics()
    metrics.metric_matcher()
    metrics.counters()
    glossary.display_names()
    glossary.source_terms()
    glossary.phrases()
    glossary.firms()
    glossary.surnames()
    glossary.words()
    cues.cues()
    hyphens.keep_prefixes()
    hyphens.keep_suffixes()
    hyphens.word_endings()
    hyphens.vocabulary()
    numbers.version_prefixes()
    numbers.reference_words()
    themes.taxonomy()
    transcript.vocab()
    people.people()


def reload() -> None:
    """Forget every file and record read so far: the next use reads the files again (after an edit,
    or a test that swaps ``files.load``)."""
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("finbrief.lexicon.") or module is None:
            continue
        for value in vars(module).values():
            if callable(value) and hasattr(value, "cache_clear") and getattr(value, "__module__", "") == name:
                value.cache_clear()
