"""Text made safe to show on one line or in a title: no line breaks, no bidirectional overrides.

A file name or a title can carry control characters: a line break splits an error line in a log,
and a right-to-left override (U+202E) makes ``report\u202etxt.exe`` display as ``reportexe.txt``.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
# Line breaks and other control characters become one space each run.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional embedding, override, isolate and mark characters."""
    return _BIDI_RE.sub("", text)


def one_line(text: str) -> str:
    """``text`` on one line: control characters and line breaks become spaces, bidi controls go."""
    return _CONTROL_RE.sub(" ", strip_bidi(text))


def title_text(text: str) -> str:
    """A title or file name as shown in a heading: one line, no bidi controls."""
    return " ".join(one_line(text).split())
