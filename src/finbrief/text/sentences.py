"""Sentence spans inside a paragraph, for Chinese and English alike (evidence and summaries cite them)."""

from __future__ import annotations

import re

# Characters that end a Chinese sentence wherever they occur.
_ZH_END = frozenset("。！？；")
# Closing quotes and brackets that stay with the sentence they close.
_CLOSERS = frozenset("”’」』）)】》〉\"'»")
# Characters that may open a sentence after a space.
_OPENERS = frozenset("“‘「『（(【《\"'«[")
# Word before a '.' that does not end a sentence (lower-cased, without the final dot).
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "co", "corp", "ltd", "llc", "plc",
    "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "etc", "approx", "dept", "fig", "al", "cf",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# fmt: on
_CANDIDATE_RE = re.compile(r"[。！？；!?.…;⋯]")
_ENUMERATOR_RE = re.compile(r"\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}")
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _is_cjk(c: str) -> bool:
    """Han characters and CJK/full-width punctuation, where Chinese sentence rules apply."""
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
    )


def _next_visible(text: str, i: int) -> int:
    """Index of the first non-space character at or after ``i`` (``len(text)`` if none)."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _starts_sentence(c: str) -> bool:
    """After '. ' a new English sentence starts with a capital, a digit, a quote or Chinese."""
    return c.isupper() or c.isdigit() or c in _OPENERS or c in "$€£¥-–—•" or _is_cjk(c)


def _word_before(text: str, dot: int) -> str | None:
    """The word (letters and dots, from a letter) that ends just before ``dot`` (or before a newline
    there): what ``[A-Za-z][A-Za-z.]*$`` finds in ``text[:dot]``, found by walking back from ``dot``
    so that its cost is the word's length, not the paragraph's."""
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end] if start < end else None


def _ends_english(text: str, dot: int, after: int) -> bool:
    """Whether the '.' run at ``dot`` (closers consumed up to ``after``) ends an English sentence."""
    n = len(text)
    if after >= n:
        return True
    nxt = text[after]
    prev = text[dot - 1] if dot > 0 else ""
    if not nxt.isspace():
        # No space: a decimal, a domain or an abbreviation (3.5, alibaba.com, U.S.), unless Chinese.
        return _is_cjk(nxt) and (prev == "" or _is_cjk(prev) or not prev.isalnum())
    follower = _next_visible(text, after)
    if follower >= n:
        return True
    if not _starts_sentence(text[follower]):
        return False
    if text[dot] == ".":
        before = _word_before(text, dot)
        if before:
            word = before.lower().rstrip(".")
            if word in ABBREVIATIONS:
                return False
            if len(word) == 1 and before.isupper():  # an initial: "John F. Kennedy"
                return False
            if _DOTTED_RE.fullmatch(word):  # J.P. Morgan, 10 a.m. Eastern, Washington D.C.
                return False
    return True


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:]``, covering all its non-space characters."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    begin = _next_visible(text, start)
    pos = begin
    while begin < n:
        match = _CANDIDATE_RE.search(text, pos)
        if match is None:
            break
        i = match.start()
        c = text[i]
        # Consume the whole run of terminators (?!, ……, ...) and the closers after it.
        j = i + 1
        while j < n and text[j] in "。！？；!?.…⋯":
            j += 1
        run = text[i:j]
        k = j
        while k < n and text[k] in _CLOSERS:
            k += 1
        pos = k
        if any(ch in _ZH_END for ch in run):
            boundary = True
        elif c == ";":
            # An ASCII ';' ends a clause only between Chinese text (the corpus types '；' as ';').
            prev = text[i - 1] if i > 0 else ""
            nxt_i = _next_visible(text, j)
            boundary = bool(prev) and _is_cjk(prev) and nxt_i < n and _is_cjk(text[nxt_i])
        elif set(run) <= set("…⋯"):
            # An ellipsis ends a sentence only when a closing quote or bracket follows (or at the end).
            boundary = k > j or _next_visible(text, k) >= n
        elif "!" in run or "?" in run:
            boundary = _ends_english(text, i, k) or (k < n and _is_cjk(text[k]))
        else:
            boundary = _ends_english(text, j - 1, k)
        if boundary and c == "." and _ENUMERATOR_RE.fullmatch(text, begin, i):
            boundary = False  # "1. Revenue ..." is a list item, not a sentence "1."
        if boundary:
            end = k
            spans.append((begin, end))
            begin = _next_visible(text, end)
            pos = max(pos, begin)
    if begin < n:
        end = n
        while end > begin and text[end - 1].isspace():
            end -= 1
        spans.append((begin, end))
    return spans
