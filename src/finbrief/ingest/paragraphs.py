"""Text to numbered paragraphs: these numbers are the citation ids every later stage uses."""

from __future__ import annotations

import re
import unicodedata

from finbrief.model import Paragraph

# Hard-wrapped prose wraps at a fixed column in this range (display columns; CJK counts 2);
# narrower blocks are lists (rosters, tables of contents), one line a paragraph.
WRAP_MIN_WIDTH = 50
WRAP_MAX_WIDTH = 120
# A line is "full" (it was wrapped, not ended) when it reaches this share of the wrap width.
FULL_LINE = 0.7
# In a wrapped block at least this share of the lines but the last are full ...
MIN_FULL_SHARE = 0.6
# ... at most this share of the full lines end like a sentence ...
MAX_SENTENCE_END_SHARE = 0.5
# ... and at most this share of them look like table rows or list items.
MAX_TABULAR_SHARE = 0.2

_SENTENCE_END = tuple(".。!！?？;；:：")
_TABULAR_RE = re.compile(r"\S(?: {3,}|\t)\S|\|")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*•·●▪]\s|\d{1,3}[.)、]\s|[（(]?\d{1,3}[）)]\s?)")


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n``, and a leading BOM goes: the only changes ever made."""
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def display_width(line: str) -> int:
    """Columns a line takes in a monospace editor: wide (CJK) characters count two."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _is_blank(line: str) -> bool:
    """Whitespace-only lines (ideographic spaces included) separate blocks and never become paragraphs."""
    return not line or line.isspace()


def _is_wrapped(lines: list[str]) -> tuple[bool, int]:
    """Whether a block of lines is hard-wrapped prose, and the column it wraps at."""
    if len(lines) < 2:
        return False, 0
    widths = [display_width(line.rstrip()) for line in lines]
    width = max(widths)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return False, width
    body = lines[:-1]
    full = [line for line, w in zip(body, widths, strict=False) if w >= FULL_LINE * width]
    if len(full) < MIN_FULL_SHARE * len(body):
        return False, width
    ends = sum(1 for line in full if line.rstrip().endswith(_SENTENCE_END))
    if ends > MAX_SENTENCE_END_SHARE * len(full):
        return False, width
    odd = sum(1 for line in lines if _TABULAR_RE.search(line.strip()) or _LIST_ITEM_RE.match(line))
    if odd > MAX_TABULAR_SHARE * len(lines):
        return False, width
    return True, width


def _block_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph spans (start, end) in ``text`` for one block of non-blank lines."""
    line_texts = [text[s:e] for s, e in lines]
    wrapped, width = _is_wrapped(line_texts)
    if not wrapped:
        return list(lines)
    spans: list[tuple[int, int]] = []
    start = lines[0][0]
    for (s, e), line in zip(lines, line_texts, strict=True):
        if start < 0:
            start = s
        # A short line ends a paragraph (or is a heading) even inside wrapped prose.
        if display_width(line.rstrip()) < FULL_LINE * width:
            spans.append((start, e))
            start = -1
    if start >= 0:
        spans.append((start, lines[-1][1]))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of an already newline-normalised text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _is_blank(line):
            if block:
                spans.extend(_block_spans(text, block))
                block = []
        else:
            block.append((pos, end))
        pos = end + 1
    if block:
        spans.extend(_block_spans(text, block))
    trimmed: list[tuple[int, int]] = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            trimmed.append((s + lead, e - trail))
    return trimmed


def split_paragraphs(text: str) -> list[Paragraph]:
    """Numbered paragraphs (from 1, in order) of ``text``; blank lines never make a paragraph."""
    text = normalize_newlines(text)
    return [Paragraph(n=i, text=text[s:e]) for i, (s, e) in enumerate(paragraph_spans(text), start=1)]
