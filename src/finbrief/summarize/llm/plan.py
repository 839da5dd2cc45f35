"""How a document is cut into requests that fit the context budget: map parts, then reduce batches.

Nothing is ever truncated. A part is a run of one speaker's paragraphs in one section (prepared
remarks, an article, a closing), or one question with its answers; a part too large for one request
is split between paragraphs, and a paragraph too large alone is split between sentences (the pieces
keep the paragraph's number, so citations stay right). Notes too many for one reduction are
condensed in batches first, as often as needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from finbrief.model import Document, Paragraph

PartKind = Literal["section", "qa"]
# A speaker's run shorter than this (characters) joins the previous run of its section.
MIN_RUN_CHARS = 240
SECTION_NAMES = {
    None: "article",
    "intro": "introduction",
    "prepared": "prepared remarks",
    "qa": "Q&A",
    "closing": "closing remarks",
}


@dataclass(frozen=True)
class Piece:
    """A paragraph, or a run of sentences of one paragraph too long to send whole."""

    n: int
    text: str


@dataclass(frozen=True)
class Part:
    """What one map request covers."""

    kind: PartKind
    pieces: tuple[Piece, ...]
    section: str | None
    qa_index: int | None = None
    """Index in ``doc.qa`` of the pair this part is (the first part of a pair too long for one request)."""
    question: tuple[int, ...] = ()

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(p.n for p in self.pieces))

    @property
    def label(self) -> str:
        ns = self.paragraphs
        span = f"[{ns[0]}]" if len(ns) == 1 else f"[{ns[0]}]-[{ns[-1]}]"
        return f"Q&A {self.qa_index + 1} {span}" if self.qa_index is not None else f"paragraphs {span}"


def _content(doc: Document, p: Paragraph) -> bool:
    """A paragraph worth summarising: text that is not the operator's procedure."""
    if p.role != "text" or not p.text.strip():
        return False
    sp = doc.speakers_by_id.get(p.speaker) if p.speaker else None
    return not (sp and sp.side == "operator")


def _pieces(p: Paragraph, cost: Callable[[Piece], int], room: int) -> list[Piece]:
    whole = Piece(p.n, p.text)
    if cost(whole) <= room:
        return [whole]
    out: list[Piece] = []
    current = ""
    sentences = [s.text for s in p.sentences] or [p.text]
    for s in sentences:
        for chunk in _hard_split(s, cost, p.n, room):
            trial = current + chunk
            if current and cost(Piece(p.n, trial)) > room:
                out.append(Piece(p.n, current))
                current = chunk
            else:
                current = trial
    if current:
        out.append(Piece(p.n, current))
    return out


def _hard_split(text: str, cost: Callable[[Piece], int], n: int, room: int) -> list[str]:
    """A sentence longer than a request: cut at whitespace or anywhere, in halves until each fits."""
    if cost(Piece(n, text)) <= room or len(text) < 2:
        return [text]
    mid = len(text) // 2
    space = text.rfind(" ", 0, mid)
    cut = space if space > len(text) // 4 else mid
    return _hard_split(text[:cut], cost, n, room) + _hard_split(text[cut:], cost, n, room)


def _pack(pieces: Sequence[Piece], cost: Callable[[Piece], int], room: int) -> list[list[Piece]]:
    """Consecutive pieces in groups whose total cost fits ``room``."""
    return [[pieces[i] for i in group] for group in batches([cost(p) for p in pieces], room)]


def plan(doc: Document, cost: Callable[[Piece], int], room: int) -> list[Part]:
    """Map parts of ``doc`` in document order; ``cost`` is a piece's share of a request, ``room`` a
    request's share left for pieces."""
    in_pair: dict[int, int] = {}
    for i, q in enumerate(doc.qa):
        for n in (*q.question, *(n for a in q.answers for n in a.paragraphs)):
            in_pair.setdefault(n, i)
    parts: list[Part] = []
    runs: list[tuple[str | None, str | None, list[Paragraph]]] = []
    done_pairs: set[int] = set()

    def flush_runs() -> None:
        for section, _speaker, paras in runs:
            pieces = [pc for p in paras for pc in _pieces(p, cost, room)]
            parts.extend(Part("section", tuple(g), section) for g in _pack(pieces, cost, room))
        runs.clear()

    for p in doc.paragraphs:
        if not _content(doc, p):
            continue
        pair = in_pair.get(p.n)
        if pair is not None:
            if pair in done_pairs:
                continue
            flush_runs()
            done_pairs.add(pair)
            parts.extend(_qa_parts(doc, pair, cost, room))
            continue
        if (
            runs
            and runs[-1][0] == p.section
            and (runs[-1][1] == p.speaker or sum(len(x.text) for x in runs[-1][2]) < MIN_RUN_CHARS)
        ):
            runs[-1][2].append(p)
        else:
            runs.append((p.section, p.speaker, [p]))
    flush_runs()
    return parts


def _qa_parts(doc: Document, i: int, cost: Callable[[Piece], int], room: int) -> list[Part]:
    q = doc.qa[i]
    paras = [doc.paragraph(n) for n in (*q.question, *(n for a in q.answers for n in a.paragraphs))]
    pieces = [pc for p in paras if _content(doc, p) for pc in _pieces(p, cost, room)]
    groups = _pack(pieces, cost, room)
    first = Part("qa", tuple(groups[0]), "qa", i, q.question) if groups else None
    rest = [Part("section", tuple(g), "qa", None) for g in groups[1:]]
    return ([first] if first else []) + rest


def batches(sizes: Sequence[int], room: int) -> list[list[int]]:
    """Indices of items (by cost) in consecutive batches whose total cost fits ``room`` (an item
    larger than ``room`` alone in its batch)."""
    out: list[list[int]] = []
    used = 0
    for i, c in enumerate(sizes):
        if out and used + c <= room:
            out[-1].append(i)
            used += c
        else:
            out.append([i])
            used = c
    return out
