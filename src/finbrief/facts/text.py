"""Analysis views of paragraph text: simplified script and ASCII digits, offset-for-offset with the original.

Facts cite the original text by offsets, so every view used for matching must have exactly the
original's length: each view character stands for the original character at the same offset.
"""

from __future__ import annotations

from functools import cache

from finbrief.model import Document

_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
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


@cache
def _converter(config: str) -> object:
    """One OpenCC converter per configuration: building one loads dictionaries."""
    import opencc

    return opencc.OpenCC(config)


def _opencc(text: str, config: str) -> str:
    """``text`` through OpenCC ``config``."""
    return _converter(config).convert(text)  # type: ignore[attr-defined]


def to_simplified(text: str) -> str:
    """Simplified-Chinese text, through ingest's converter when it is available."""
    try:
        from finbrief.ingest.script import to_simplified as ingest_to_simplified
    except ImportError:
        return _opencc(text, "t2s")
    return ingest_to_simplified(text)


def to_traditional(text: str) -> str:
    """Traditional-Chinese text, for display in ``zh-Hant`` output."""
    return _opencc(text, "s2t")


@cache
def _char_t2s(ch: str) -> str:
    """One character in simplified script, or itself when conversion would change the length."""
    out = _opencc(ch, "t2s")
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
    return aligned(original, simplified).translate(_WIDTH)


def document_views(doc: Document) -> tuple[str, ...]:
    """Analysis text of every paragraph of ``doc``, aligned with ``Paragraph.text``."""
    if doc.language == "en":
        return tuple(p.text.translate(_WIDTH) for p in doc.paragraphs)
    try:
        simplified = doc.simplified
    except ImportError:
        simplified = tuple(to_simplified(p.text) for p in doc.paragraphs)
    return tuple(analysis_text(p.text, s) for p, s in zip(doc.paragraphs, simplified, strict=True))
