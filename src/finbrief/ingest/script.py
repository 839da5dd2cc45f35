"""Document language detection (zh-Hans, zh-Hant, en, mixed); script views come from ``finbrief.text.script``."""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable

from finbrief.model import Language
from finbrief.text.script import CJK_RE, LATIN_RE, converter, to_simplified, to_traditional

__all__ = ["CJK_RE", "LATIN_RE", "detect_language", "script_counts", "to_simplified", "to_traditional"]

# Below this share of CJK among letters a document is English; below MIXED_CJK it is mixed.
EN_MAX_CJK = 0.05
MIXED_MAX_CJK = 0.60
# zh-Hant needs traditional-specific characters to outnumber simplified-specific ones this much.
HANT_RATIO = 2.0
# Detection looks at most this many characters; enough to be sure, cheap on huge inputs.
SAMPLE_CHARS = 200_000


def _changed_chars(chars: str, config: str) -> set[str]:
    """Characters of ``chars`` that OpenCC ``config`` maps to a different character, one at a time."""
    converted = converter(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a conversion merged or split lines: compare one by one
        converted = [converter(config).convert(c) for c in chars]
    return {c for c, d in zip(chars, converted, strict=True) if c != d}


_ASCII_LETTERS = string.ascii_letters.encode()


_LATIN_BEYOND_ASCII_RE = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
"""The letters of ``LATIN_RE`` outside ASCII (the same ranges)."""


def _latin_count(text: str) -> int:
    """Latin letters in ``text`` (``LATIN_RE``'s), counted without a match object per letter: the ASCII
    ones in the UTF-8 bytes (where no byte of another character falls among them), the few others
    by the pattern. (An English text with one curly quote is no longer ASCII.)"""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _ASCII_LETTERS)) + len(_LATIN_BEYOND_ASCII_RE.findall(text))


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(CJK chars, Latin letters, traditional-specific, simplified-specific) counts in ``text``."""
    cjk = [] if text.isascii() else CJK_RE.findall(text)
    latin = _latin_count(text)
    if not cjk:
        return 0, latin, 0, 0
    counts = Counter(cjk)
    chars = "".join(sorted(counts))
    trad = _changed_chars(chars, "t2s")
    simp = _changed_chars(chars, "s2t")
    n_trad = sum(n for c, n in counts.items() if c in trad)
    n_simp = sum(n for c, n in counts.items() if c in simp)
    return len(cjk), latin, n_trad, n_simp


def detect_language(texts: Iterable[str]) -> Language:
    """Script of a whole document, so later stages know how to read and render it."""
    parts: list[str] = []
    size = 0
    for t in texts:
        parts.append(t)
        size += len(t)
        if size >= SAMPLE_CHARS:
            break
    n_cjk, n_latin, n_trad, n_simp = script_counts("\n".join(parts)[:SAMPLE_CHARS])
    letters = n_cjk + n_latin
    if letters == 0 or n_cjk / letters < EN_MAX_CJK:
        return "en"
    if n_cjk / letters < MIXED_MAX_CJK:
        return "mixed"
    if n_trad > HANT_RATIO * n_simp and n_trad >= 2:
        return "zh-Hant"
    return "zh-Hans"
