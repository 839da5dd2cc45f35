"""Text as the search index sees it: one script, one case, CJK split into characters.

Indexed and query text both go through ``normalize`` (simplified Chinese, NFKC, lower case, the
same length as the input so offsets map back to the original) and ``index_form`` (a space around
every CJK character). SQLite's ``unicode61`` tokenizer then makes each Chinese character a token
and each English word a token, so a Chinese query of any length (闪购, 云) is a phrase of
characters and 閃購 finds 闪购: no 3-character minimum as with the trigram tokenizer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from finbrief.ingest.script import CJK_RE, to_simplified

# CJK ideographs plus kana and hangul: scripts written without spaces between words.
_SPLIT_RE = re.compile(
    "([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f])"
)
# A query term: a quoted phrase or a run of non-space characters.
_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
# What unicode61 keeps as a token: letters, digits (and the CJK characters split apart above).
_TOKEN_RE = re.compile(r"\w+")
# English terms at least this long also match longer words (revenue -> revenues).
PREFIX_MIN = 4


def _fold(text: str) -> str:
    """NFKC and lower case, one output character per input character."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if len(folded) == len(text):
        return folded
    out = []
    for c in text:
        f = unicodedata.normalize("NFKC", c).lower()
        out.append(f if len(f) == 1 else c.lower() if len(c.lower()) == 1 else c)
    return "".join(out)


def normalize(text: str) -> str:
    """Simplified, NFKC-folded, lower-case view of ``text`` with exactly its length."""
    if CJK_RE.search(text):
        simple = to_simplified(text)
        if len(simple) != len(text):  # a phrase conversion changed the length: go char by char
            simple = "".join(s if len(s := to_simplified(c)) == 1 else c for c in text)
        text = simple
    return _fold(text)


def index_form(normalized: str) -> str:
    """What the full-text index stores: CJK characters spaced apart so each is a token."""
    return _SPLIT_RE.sub(r" \1 ", normalized)


def search_text(text: str) -> str:
    """The ``paragraphs.search_text`` column for an original paragraph text."""
    return index_form(normalize(text))


@dataclass(frozen=True)
class Term:
    """One query term: the normalised string to find, and whether it must start a word only."""

    text: str
    tokens: tuple[str, ...]
    prefix: bool


def parse_query(query: str) -> list[Term]:
    """Terms of a user query; all must match (quoted text is one term)."""
    terms = []
    for m in _TERM_RE.finditer(query):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        norm = normalize(raw).strip()
        tokens = tuple(_TOKEN_RE.findall(index_form(norm)))
        if not tokens:
            continue
        quoted = m.group(1) is not None
        prefix = not quoted and len(tokens) == 1 and tokens[0].isascii() and len(tokens[0]) >= PREFIX_MIN
        terms.append(Term(norm, tokens, prefix))
    return terms


def fts_query(terms: list[Term]) -> str:
    """The FTS5 MATCH expression: each term a phrase (of characters, for Chinese), all required."""
    parts = []
    for t in terms:
        phrase = '"' + " ".join(tok.replace('"', '""') for tok in t.tokens) + '"'
        parts.append(phrase + ("*" if t.prefix else ""))
    return " AND ".join(parts)


def _term_pattern(term: Term) -> re.Pattern[str]:
    """Where a term occurs in normalised (unsplit) text, with the separators the index ignores."""
    pieces = [re.escape(tok) for tok in term.tokens]
    joined = r"\W*".join(pieces)
    head = r"(?<![a-z0-9])" if term.tokens[0].isascii() else ""
    tail = r"[a-z0-9]*" if term.prefix else (r"(?![a-z0-9])" if term.tokens[-1].isascii() else "")
    return re.compile(head + joined + tail)


def find_matches(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Spans of the original ``text`` where any term occurs, in order, merged when they overlap."""
    norm = normalize(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        spans += [(m.start(), m.end()) for m in _term_pattern(term).finditer(norm) if m.end() > m.start()]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def snippet(
    text: str, spans: list[tuple[int, int]], width: int = 160, marks: tuple[str, str] = ("[", "]")
) -> str:
    """A window of the original text around the first match, every match inside it marked."""
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    # Snap to a word boundary in English text so the window does not start mid-word.
    if start > 0 and text[start - 1].isalnum() and text[start].isascii():
        nxt = text.find(" ", start, first)
        start = nxt + 1 if nxt != -1 else start
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out += [text[pos:s], marks[0], text[s:e], marks[1]]
        pos = e
    out.append(text[pos:end])
    return ("…" if start > 0 else "") + "".join(out).replace("\n", " ") + ("…" if end < len(text) else "")
