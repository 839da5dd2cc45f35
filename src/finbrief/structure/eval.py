"""Scoring of Q&A pairs and speaker turns against gold annotations, shared by tests and the bench.

Two gold formats are read:

- one JSON line per entry (a roster line per file, then one entry per analyst question): a predicted
  pair matches an entry of the same file when its first question paragraph contains the entry's
  ``question_start`` (whitespace collapsed in both; a start that begins in the first paragraph may
  run on into the next question paragraph); each entry is matched once. Precision counts
  predicted pairs matching a required entry over predicted pairs that match no optional entry;
  recall counts matched required entries; over those, asker, firm and the exact answerer set are
  compared as strings after whitespace normalisation (answers attributed to nobody are left out of
  the answerer set). When a paragraph contains several entries'
  starts, the one found earliest in it is matched.
  A roster line may also list ``lines``: [snippet, speaker name or null] pairs; the paragraph
  holding the snippet must carry that speaker (``score_lines``), null meaning no speaker.
- one JSON object per document listing ``question_anchor`` and, per answering person, the names
  any of which identifies them (``answerers_any``).

``speaker_accuracy`` checks the speaker of every speech line of a vendor export whose turns are
blocks separated by a blank line and headed by the speaker's name (and affiliation lines): a
reference read from that layout alone, independent of the recognisers it measures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finbrief.model import Document, QAPair

__all__ = [
    "FileScore",
    "load_calls_gold",
    "norm",
    "score_anchor_gold",
    "score_lines",
    "score_pairs",
    "speaker_accuracy",
    "total",
]

_WS_RE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Runs of whitespace become one space, both ends trimmed."""
    return _WS_RE.sub(" ", text).strip()


@dataclass
class FileScore:
    """Counts for one file (or a total); rates are derived."""

    name: str
    predicted: int = 0
    """Predicted pairs that match no optional entry."""
    correct: int = 0
    """Predicted pairs matching a required entry."""
    required: int = 0
    matched: int = 0
    asker: int = 0
    firm: int = 0
    answerers: int = 0
    lines: int = 0
    lines_right: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 1.0

    def rate(self, what: str) -> float:
        """Share of matched required entries whose ``what`` (asker, firm, answerers) is right."""
        return getattr(self, what) / self.matched if self.matched else 1.0

    @property
    def speaker_rate(self) -> float:
        return self.lines_right / self.lines if self.lines else 1.0


def load_calls_gold(path: Path) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """File name -> (roster line, entries) of a JSON-lines gold file."""
    out: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        roster, entries = out.setdefault(row["file"], ({}, []))
        if "roster" in row:
            roster.update(row["roster"])
        else:
            entries.append(row)
    return out


def _name(doc: Document, sid: str | None) -> str | None:
    if sid is None:
        return None
    s = doc.speakers_by_id.get(sid)
    return s.name if s else sid


def _firm(doc: Document, pair: QAPair) -> str | None:
    if pair.firm:
        return pair.firm
    s = doc.speakers_by_id.get(pair.asker or "")
    return s.affiliation if s else None


def score_pairs(doc: Document, entries: list[dict[str, Any]], name: str = "") -> FileScore:
    """Score the document's pairs against the JSON-lines entries of its file."""
    sc = FileScore(name or (doc.source or ""))
    sc.required = sum(1 for e in entries if e["required"])
    used: set[int] = set()
    for pair in doc.qa:
        first = norm(doc.paragraph(pair.question[0]).text) if pair.question else ""
        # A start may run on into the next question paragraph (a short first line of a machine
        # transcription), but it must begin in the first one.
        joined = norm(" ".join(doc.paragraph(n).text for n in pair.question))
        # Of the entries the paragraph starts, the one found earliest in it ("'23?" is also inside
        # a longer question).
        found = [
            (at, i)
            for i, e in enumerate(entries)
            if i not in used and 0 <= (at := joined.find(norm(e["question_start"]))) < max(1, len(first))
        ]
        hit = min(found)[1] if found else None
        if hit is not None:
            used.add(hit)
        entry = entries[hit] if hit is not None else None
        if entry is not None and not entry["required"]:
            continue
        sc.predicted += 1
        if entry is None:
            sc.problems.append(f"extra pair at [{pair.question[0]}]: {first[:60]!r}")
            continue
        sc.correct += 1
        sc.matched += 1
        asker, firm = _name(doc, pair.asker), _firm(doc, pair)
        answerers = {norm(_name(doc, a.speaker) or "") for a in pair.answers if a.speaker is not None}
        ok_asker = norm(asker or "") == norm(entry["asker"] or "")
        ok_firm = norm(firm or "") == norm(entry["firm"] or "")
        ok_answer = answerers == {norm(a) for a in entry["answerers"]}
        sc.asker += ok_asker
        sc.firm += ok_firm
        sc.answerers += ok_answer
        if not (ok_asker and ok_firm and ok_answer):
            sc.problems.append(
                f"[{pair.question[0]}] {entry['question_start'][:30]!r}: asker {asker!r}/{entry['asker']!r} "
                f"firm {firm!r}/{entry['firm']!r} answerers {sorted(answerers)}/{sorted(entry['answerers'])}"
            )
    for i, e in enumerate(entries):
        if e["required"] and i not in used:
            sc.problems.append(f"missed: {e['asker']!r} {e['question_start']!r}")
    return sc


# Once one speech line is found, the next ones are looked for at most this far ahead.
LOOKAHEAD = 12


ROLE_LABELS = ("Operator", "Unidentified Analyst", "Unidentified Company Representative")


def _roster_lines(lines: list[str], known: set[str], start: str) -> dict[str, list[str]]:
    """Name -> the lines that follow it in the roster (its affiliation), up to the next blank line."""
    out: dict[str, list[str]] = {}
    for i, line in enumerate(lines):
        s = line.strip()
        if s == start:
            break
        if s in known:
            tail: list[str] = []
            for follow in lines[i + 1 :]:
                if not follow.strip() or follow.strip() in known:
                    break
                tail.append(follow.strip())
            out.setdefault(s, tail)
    return out


def speaker_accuracy(
    text: str, doc: Document, names: Iterable[str], start: str, stop: Iterable[str]
) -> tuple[int, int]:
    """(right, total) speech lines between heading ``start`` and the first of ``stop``: a turn is a
    block after a blank line whose first line is a known name (``names``, cut at ``;``, or a role
    label); lines after it that repeat what followed that name in the roster are its affiliation.
    A line is right when the paragraph holding it has that speaker's display name."""
    lines = text.replace("\r\n", "\n").split("\n")
    known = {n.split(";")[0].strip() for n in names} | set(ROLE_LABELS)
    affiliation = _roster_lines(lines, known, start)
    paras = [norm(p.text) for p in doc.paragraphs]
    stops = set(stop)
    right = total = para = 0
    anchored = False
    who: str | None = None
    skip: list[str] = []
    inside = fresh = False
    for line in lines:
        s = line.strip()
        if not inside:
            inside = s == start
            continue
        if s in stops:
            break
        if not s:
            fresh = True
            continue
        label = s.split(";")[0].strip()
        if fresh and label in known:
            who, skip, fresh = label, list(affiliation.get(label, ())), False
            continue
        fresh = False
        if s.isdigit() and len(s) <= 4:
            continue  # a page number: furniture, not speech
        if skip and s == skip[0]:
            skip.pop(0)
            continue
        skip = []
        if who is None:
            continue
        total += 1
        s = norm(s)
        stop_at = min(para + LOOKAHEAD, len(paras)) if anchored else len(paras)
        found = next((j for j in range(para, stop_at) if s in paras[j]), None)
        if found is not None:
            para, anchored = found, True
            right += _name(doc, doc.paragraphs[para].speaker) == who
    return right, total


def score_anchor_gold(doc: Document, gold: Mapping[str, Any]) -> list[str]:
    """Problems found against an anchor gold object (empty: all right): each gold pair must be held
    by exactly one predicted pair whose answerers are exactly the gold people, asker as given, and
    the number of pairs must equal ``qa_count``."""
    problems: list[str] = []
    names = {s.id: set(s.names()) for s in doc.speakers}

    def question_text(ns: tuple[int, ...]) -> str:
        return "".join(doc.paragraph(n).text for n in ns)

    for i, g in enumerate(gold["pairs"]):
        hits = [q for q in doc.qa if g["question_anchor"] in question_text(q.question)]
        if len(hits) != 1:
            problems.append(f"pair {i}: {len(hits)} predicted pairs hold the anchor")
            continue
        speakers = {a.speaker for a in hits[0].answers}
        matched: set[str | None] = set()
        for person in g["answerers_any"]:
            who = [s for s in speakers if s is not None and names.get(s, set()) & set(person)]
            if not who:
                problems.append(f"pair {i}: no answer by {person[0]}")
            matched.update(who)
        if speakers - matched:
            problems.append(f"pair {i}: unexpected answerers {sorted(map(str, speakers - matched))}")
        if g["asker_any"] and not (names.get(hits[0].asker or "", set()) & set(g["asker_any"])):
            problems.append(f"pair {i}: asker {hits[0].asker}")
    if len(doc.qa) != gold["qa_count"]:
        problems.append(f"{len(doc.qa)} pairs predicted, {gold['qa_count']} in gold")
    return problems


def score_lines(doc: Document, lines: Iterable[tuple[str, str | None]]) -> tuple[int, int]:
    """(right, total) of [snippet, speaker] checks: the first paragraph holding the snippet (whitespace
    collapsed) must carry that speaker's display name, or none when the speaker is None. A snippet
    no paragraph holds counts as wrong."""
    paras = [(norm(p.text), p.speaker) for p in doc.paragraphs]
    right = total_ = 0
    for snippet, who in lines:
        total_ += 1
        want = norm(snippet)
        sid = next((sp for text, sp in paras if want in text), "\x00missing")
        if sid == "\x00missing":
            continue
        right += (_name(doc, sid) or None) == who
    return right, total_


def total(scores: Iterable[FileScore], name: str = "total") -> FileScore:
    """Sum of per-file counts."""
    out = FileScore(name)
    for s in scores:
        for f in (
            "predicted",
            "correct",
            "required",
            "matched",
            "asker",
            "firm",
            "answerers",
            "lines",
            "lines_right",
        ):
            setattr(out, f, getattr(out, f) + getattr(s, f))
    return out
