"""Analysis views of paragraph text: simplified script and ASCII digits, offset-for-offset with the original.

Facts cite the original text by offsets, so every view used for matching must have exactly the
original's length: each view character stands for the original character at the same offset.
"""

from __future__ import annotations

import re
from functools import cache

from finbrief.model import Document
from finbrief.text.script import converter, to_simplified, to_traditional

__all__ = ["aligned", "analysis_text", "document_views", "to_simplified", "to_traditional"]

_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "﹒": ".",
        "％": "%",
        "＄": "$",
        "－": "-",
        "−": "-",
        "＋": "+",
        "～": "~",
        "（": "(",
        "）": ")",
        "\u3000": " ",
        "\xa0": " ",
    }
)
"""Full-width digits and signs to ASCII, one character for one."""
_CN_YEAR = re.compile(r"((?:一九|二〇|二零)[〇零一二三四五六七八九]{2})年")
"""A year written in Chinese digits ("二零二五年"), read as its four ASCII digits (same length)."""
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CN_MONTH_DAY = re.compile(r"(?<=\d{4}年)([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")
"""The month and day after a year written in Chinese digits ("二零二五年六月三十日"), read as ASCII digits where
they fit in the same length (a day one character short is padded with a space: "八月二十五日" -> "8月25 日")."""
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_small(text: str) -> int | None:
    """A number from one to thirty-one written in Chinese digits ("三十一"), None for anything else."""
    if text in _CN_SMALL:
        return _CN_SMALL[text] or None
    tens, _, ones = text.partition("十")
    if "十" not in text or len(tens) > 1 or len(ones) > 1:
        return None
    value = (_CN_SMALL.get(tens, 0) if tens else 1) * 10 + (_CN_SMALL.get(ones, 0) if ones else 0)
    return value if 1 <= value <= 31 else None


def _month_day(m: re.Match[str]) -> str:
    """``_CN_MONTH_DAY``'s match in ASCII digits, the same length, or as it was when that cannot be."""
    month = _cn_small(m.group(1))
    if month is None or month > 12 or len(str(month)) > len(m.group(1)):
        return m.group()
    out = str(month).rjust(len(m.group(1)), " ") + "月"
    if m.group(2):
        day = _cn_small(m.group(2))
        if day is None or len(str(day)) > len(m.group(2)):
            return m.group()
        out += str(day) + " " * (len(m.group(2)) - len(str(day))) + "日"
    return out
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)[・·](?=\d)")
"""A middle dot some Hong Kong quote pages print as the decimal point ("1328・56亿元")."""


@cache
def _char_t2s(ch: str) -> str:
    """One character in simplified script, or itself when conversion would change the length."""
    out = converter("t2s").convert(ch)
    return out if len(out) == 1 else ch


def aligned(original: str, converted: str) -> str:
    """``converted`` when it is offset-aligned with ``original``, else a character-wise conversion that is."""
    if len(converted) == len(original):
        return converted
    return "".join(_char_t2s(ch) for ch in original)


def analysis_text(original: str, simplified: str | None = None) -> str:
    """The view facts are found in: simplified script, ASCII digits and signs, same length as ``original``."""
    if simplified is None:
        simplified = original if original.isascii() else to_simplified(original)
    view = aligned(original, simplified).translate(_WIDTH)
    if "・" in view or "·" in view:
        view = _DOT_BETWEEN_DIGITS.sub(".", view)
    if "年" in view:
        view = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", view)
        if "月" in view:
            view = _CN_MONTH_DAY.sub(_month_day, view)
    return original if view == original else view  # (one string kept, not two, when nothing changed)


def document_views(doc: Document) -> tuple[str, ...]:
    """Analysis text of every paragraph of ``doc``, aligned with ``Paragraph.text``."""
    if doc.language == "en":
        # (an ASCII paragraph has no full-width character to translate)
        return tuple(p.text if p.text.isascii() else analysis_text(p.text, p.text) for p in doc.paragraphs)
    simplified = doc.simplified
    return tuple(analysis_text(p.text, s) for p, s in zip(doc.paragraphs, simplified, strict=True))
