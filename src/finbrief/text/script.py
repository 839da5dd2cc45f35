"""Chinese script views: a simplified (or traditional) copy of a text, for analysis and display."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

# CJK unified ideographs (basic, extension A, compatibility, supplementary planes).
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Latin letters: ASCII plus Latin-1 supplement and Latin Extended-A/B letters.
LATIN_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


@cache
def converter(config: str) -> opencc.OpenCC:
    """OpenCC converters are costly to build, so each config is built once per process."""
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Simplified-Chinese view of ``text`` for matching and lexicons (never for display)."""
    if not CJK_RE.search(text):
        return text
    out = converter("t2s").convert(text)
    return text if out == text else out  # (text already simplified: one string kept, not two)


def to_traditional(text: str) -> str:
    """Traditional-Chinese view of ``text`` (used by script detection and output options)."""
    if not CJK_RE.search(text):
        return text
    return converter("s2t").convert(text)
