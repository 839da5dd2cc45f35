"""Chinese script handling: a simplified view for analysis, and document language detection."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from finbrief.model import Language

if TYPE_CHECKING:
    import opencc

# CJK unified ideographs (basic, extension A, compatibility, supplementary planes).
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Latin letters: ASCII plus Latin-1 supplement and Latin Extended-A/B letters.
LATIN_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")

# Below this share of CJK among letters a document is English; below MIXED_CJK it is mixed.
EN_MAX_CJK = 0.05
MIXED_MAX_CJK = 0.60
# zh-Hant needs traditional-specific characters to outnumber simplified-specific ones this much.
HANT_RATIO = 2.0
# Detection looks at most this many characters; enough to be sure, cheap on huge inputs.
SAMPLE_CHARS = 200_000


@cache
def _converter(config: str) -> opencc.OpenCC:
    """OpenCC converters are costly to build, so each config is built once per process."""
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Simplified-Chinese view of ``text`` for matching and lexicons (never for display)."""
    if not CJK_RE.search(text):
        return text
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Traditional-Chinese view of ``text`` (used by script detection and output options)."""
    if not CJK_RE.search(text):
        return text
    return _converter("s2t").convert(text)


def _changed_chars(chars: str, config: str) -> set[str]:
    """Characters of ``chars`` that OpenCC ``config`` maps to a different character, one at a time."""
    converted = _converter(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a conversion merged or split lines: compare one by one
        converted = [_converter(config).convert(c) for c in chars]
    return {c for c, d in zip(chars, converted, strict=True) if c != d}


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(CJK chars, Latin letters, traditional-specific, simplified-specific) counts in ``text``."""
    cjk = CJK_RE.findall(text)
    latin = len(LATIN_RE.findall(text))
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
