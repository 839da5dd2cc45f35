"""Language helpers for summaries: output language, script conversion, similarity tokens."""

from __future__ import annotations

import re
from sys import intern

from finbrief.ingest.script import CJK_RE, to_simplified, to_traditional
from finbrief.model import Document, Fact

OUTPUT_LANGS = ("en", "zh-Hans", "zh-Hant", "source")

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CJK_RUN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# fmt: off
_STOPWORDS_TEXT = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no nor
not now of off on once only or other our ours out over own same she should so some such than that
the their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours us let lets that's
it's we're we've we'll i'm i'd you're okay yeah well really think know going see get got
"""
# fmt: on
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def output_lang(requested: str, doc: Document) -> str:
    """The concrete language of titles, highlights and names: ``source`` follows the document."""
    return lang_for(requested, doc.language)


def lang_for(requested: str, language: str) -> str:
    """``output_lang`` for a document of ``language`` (a stored document, without loading it)."""
    if requested in ("en", "zh-Hans", "zh-Hant"):
        return requested
    if requested != "source":
        raise ValueError(f"unknown output language {requested!r} (choose from {', '.join(OUTPUT_LANGS)})")
    return language if language in ("zh-Hans", "zh-Hant") else "en"


def text_lang(text: str, doc: Document) -> str:
    """Language of one extracted text: the document's script for Chinese, ``en`` for Latin text."""
    cjk = len(CJK_RE.findall(text))
    if cjk == 0 or cjk * 4 < len(re.findall(r"[A-Za-z]", text)):
        return "en"
    if doc.language in ("zh-Hans", "zh-Hant"):
        return doc.language
    return "zh-Hans" if to_simplified(text) == text else "zh-Hant"


def to_script(text: str, lang: str) -> str:
    """Chinese text in the script of ``lang`` (OpenCC); other text unchanged."""
    if lang == "zh-Hant":
        return to_traditional(text)
    if lang == "zh-Hans":
        return to_simplified(text)
    return text


def is_chinese(lang: str) -> bool:
    return lang.startswith("zh")


def _stem(word: str) -> str:
    """A crude suffix stripper: enough to make 'revenues' meet 'revenue' in similarity."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> frozenset[str]:
    """Similarity features: stemmed English content words plus Chinese character bigrams.

    Each feature string is interned: a long document's sentences share a few thousand distinct
    words and bigrams, so their sets hold references, not a copy of every one."""
    low = text.lower()
    out = {intern(_stem(w)) for w in _WORD_RE.findall(low) if w not in _STOPWORDS and not w.isdigit()}
    for run in _CJK_RUN_RE.findall(low):
        if len(run) == 1:
            out.add(intern(run))
        out.update(intern(run[i : i + 2]) for i in range(len(run) - 1))
    return frozenset(out)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two token sets relative to the smaller one (near-duplicates score near 1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def content_length(text: str) -> int:
    """Length in 'words': Chinese characters count one each, Latin words one each."""
    if text.isascii():  # (no Chinese characters: the words alone)
        return len(_LATIN_WORD.findall(text))
    latin, chinese = CJK_RE.subn(" ", text)
    return chinese + len(_LATIN_WORD.findall(latin))


_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


_AT_LEAST = re.compile(
    r"(?:\b(?:at least|no less than|not less than|a minimum of)\s+|(?:至少|不少于|不低于|不小于)\s?)$", re.IGNORECASE
)
"""The words of a floor the figure may equal ("at least $450 million"): no "more than" in the brief."""


def is_floor(before: str) -> bool:
    """Whether the words right before a figure make it a floor it may equal, not a bound it exceeds."""
    return _AT_LEAST.search(before) is not None


# Words of a qualifier a brief keeps in English as the source said them, by qualifier: "nearly $6 billion"
# is short of $6 billion, which "about" would not say. (English words, else the Chinese ones' English.)
_KEPT_QUALIFIERS = {
    "approx": re.compile(r"\b(nearly|almost|close to)\s+$|(?P<zh>将近|接近|近)\s?$", re.IGNORECASE),
    "under": re.compile(r"\b(just (?:under|below))\s+$", re.IGNORECASE),
    "over": re.compile(r"\b(just (?:over|above))\s+$", re.IGNORECASE),
}


def kept_qualifier(qualifier: str | None, before: str) -> str | None:
    """The English words of a qualifier the source wrote right ``before`` its figure, when a brief keeps
    them ("nearly ", "just under "); None when the usual words say it as well."""
    kept = _KEPT_QUALIFIERS.get(qualifier or "")
    m = kept.search(before) if kept is not None else None
    if m is None:
        return None
    return "nearly " if m.groupdict().get("zh") else m.group(1).lower() + " "


def said_before(f: Fact) -> str:
    """The words of the fact's evidence before its figure (where its qualifier is said)."""
    return f.evidence[: f.evidence.find(f.raw)] if f.raw and f.raw in f.evidence else ""


def en_qualifier(f: Fact) -> str:
    """The English words before a figure for its qualifier: a stated floor stays "at least", "nearly"
    stays "nearly"."""
    before = said_before(f)
    kept = kept_qualifier(f.qualifier, before)
    if kept is not None:
        return kept
    if f.qualifier == "over":
        return "at least " if is_floor(before) else "more than "
    return {"approx": "about ", "under": "less than "}.get(f.qualifier or "", "")
