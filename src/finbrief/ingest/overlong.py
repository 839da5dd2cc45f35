"""Overlong paragraphs split into citable pieces, so that no later stage works on an unbounded one.

A file with no line breaks (a one-line export, a caption dump) would otherwise be one paragraph of
megabytes: every per-paragraph step (numbers against periods, sentences against facts) would then
cost the square of the file's size, and a citation ``[1]`` would point at the whole file. A
paragraph longer than ``MAX_PARAGRAPH_CHARS`` is cut at sentence ends into pieces of at most that
length, in order; a single sentence longer than that is cut at the last space before the limit
(or at the limit, in text without spaces). Pieces are exact substrings of the paragraph, so
evidence and citations keep pointing at the source text. Shorter paragraphs are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from finbrief.text.sentences import split_sentences

MAX_PARAGRAPH_CHARS = 5_000
"""Longer than a paragraph people write or a transcript holds (those measured run to ~3,000), short
enough that per-paragraph work (figures against time expressions) stays a small constant."""


def split_overlong(texts: Iterable[str], limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """``texts`` with every text longer than ``limit`` replaced by its pieces (see the module)."""
    out: list[str] = []
    for text in texts:
        if len(text) <= limit:
            out.append(text)
        else:
            out.extend(_pieces(text, limit))
    return out


def _pieces(text: str, limit: int) -> Iterator[str]:
    """Consecutive runs of whole sentences, each at most ``limit`` long; long sentences cut."""
    start = end = -1
    for s, e in split_sentences(text):
        if start >= 0 and e - start <= limit:
            end = e
            continue
        if start >= 0:
            yield text[start:end]
        if e - s <= limit:
            start, end = s, e
            continue
        *cut, (start, end) = _hard_cuts(text, s, e, limit)
        for a, b in cut:
            yield text[a:b]
    if start >= 0:
        yield text[start:end]


def _hard_cuts(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Spans of at most ``limit`` covering ``text[start:end]``: cut at the last whitespace of each
    window when it is in the window's second half, else at the limit; whitespace at cuts dropped."""
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        window_end = start + limit
        space = max(
            text.rfind(" ", start + limit // 2, window_end), text.rfind("\n", start + limit // 2, window_end)
        )
        cut = space if space > start else window_end
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    spans.append((start, end))
    return spans
