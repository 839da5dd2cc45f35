"""Display names of canonical terms per output language (glossary.yaml, then the other lexicons)."""

from __future__ import annotations

import re
from functools import cache

from finbrief.lexicon import files
from finbrief.lexicon.companies import companies
from finbrief.lexicon.files import check_keys, fail, section
from finbrief.lexicon.metrics import metrics
from finbrief.lexicon.subjects import segments
from finbrief.text.script import CJK_RE, to_simplified, to_traditional

_FILE = "glossary.yaml"
_FORWARD_SUFFIXES = (" guidance", " target", " plan")
"""Suffixes facts add to a metric name for a forecast: shown as the base metric's name."""


def _data() -> dict[str, object]:
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("terms", "source_terms"))
    return data


@cache
def terms() -> dict[str, dict[str, str]]:
    """The glossary's own entries: canonical term -> display name per language (``en``, ``zh-Hans``)."""
    out: dict[str, dict[str, str]] = {}
    for name, names in section(_data(), "terms", _FILE, dict).items():
        check_keys(names, _FILE, f"terms: {name}", ("zh-Hans", "zh-Hant"), ("en",))
        out[str(name)] = {str(k): "" if v is None else str(v) for k, v in names.items()}
    return out


@cache
def display_names() -> dict[str, dict[str, str]]:
    """Canonical English name -> display name per language: the glossary, then metrics, segments and
    companies (their ``names``, else the first Chinese alias for ``zh-Hans``)."""
    out = {k: {lang: v for lang, v in names.items() if v} for k, names in terms().items() if names.get("en")}
    entries: list[tuple[str, tuple[str, ...]]] = [(m.name, m.aliases) for m in metrics()]
    entries += [(s.name, s.aliases) for s in segments()]
    entries += [(c.name, c.aliases) for c in companies()]
    for name, aliases in entries:
        if name in out:
            continue
        names = {"en": name}
        zh = next((a for a in aliases if CJK_RE.search(a)), None)
        if zh:
            names["zh-Hans"] = zh
        out[name] = names
    return out


def _script(text: str, lang: str) -> str:
    if lang == "zh-Hant":
        return to_traditional(text)
    if lang == "zh-Hans":
        return to_simplified(text)
    return text


def term(name: str, lang: str = "en") -> str:
    """Display form of a canonical subject or metric name in ``lang`` (``en``, ``zh-Hans``, ``zh-Hant``).

    A forecast's metric ("revenue guidance") shows as its base metric; zh-Hant is converted from
    zh-Hans when the lexicon gives no traditional form; an unknown name is shown as it is.
    """
    entry = display_names().get(name)
    if entry is None:
        for suffix in _FORWARD_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in display_names():
                return term(name[: -len(suffix)], lang)
        return _script(name, lang) if lang != "en" and CJK_RE.search(name) else name
    if lang in entry:
        return entry[lang]
    if lang == "zh-Hant" and "zh-Hans" in entry:
        return to_traditional(entry["zh-Hans"])
    return entry.get("en", name)


def _word(word: str) -> re.Pattern[str]:
    """A word, or its plural, standing alone."""
    return re.compile(rf"(?<![A-Za-z-]){re.escape(word)}(?:s|es)?(?![A-Za-z-])", re.IGNORECASE)


SourceTerms = tuple[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]], ...]


@cache
def source_terms() -> dict[str, SourceTerms]:
    """Metric -> (display word, (source word, its pattern)...) pairs: a display word shown as the
    source writes it ("sales" for revenue) when the source uses that word."""
    out: dict[str, SourceTerms] = {}
    for metric, entry in section(_data(), "source_terms", _FILE, dict).items():
        if not isinstance(entry, dict):
            raise fail(_FILE, f"source_terms: {metric}", "expected a mapping of display word -> source words")
        out[str(metric)] = tuple(
            (_word(str(display)), tuple((str(w), _word(str(w))) for w in words or ()))
            for display, words in entry.items()
        )
    return out
