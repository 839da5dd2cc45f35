"""Q&A structure across transcript layouts: the calls_en gold calls re-rendered in common layouts.

The 20 calls with gold Q&A in ``../shared/eval/calls_en`` are all in one layout (StreetEvents). To see
how the Q&A recognisers fare on layouts seen elsewhere without labelling new calls one at a time, this
bench reads each gold call with a small reader of its own (not finbrief's), re-renders the same turns
in each layout below and moves the gold along (``question_start``, asker, firm, answerers):

    .venv/bin/python bench/bench_layouts.py              # one row per layout
    .venv/bin/python bench/bench_layouts.py -v --layout bloomberg   # and every miss and wrong field
    .venv/bin/python bench/bench_layouts.py --dump DIR   # also write the rendered files and gold

Scoring is that of bench_structure.py (calls_en/README.md), with two changes: names compare without
case (an all-caps label names the same person), and where a layout keeps no firms (no roster with
affiliations) an entry's firm is scored only when the rendered text still names the gold firm.
Skips (exit 0) with a message when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finbrief.api import parse_bytes
from finbrief.model import Document
from finbrief.structure.eval import load_calls_gold, norm

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HEADINGS = ("CORPORATE PARTICIPANTS", "CONFERENCE CALL PARTICIPANTS", "PRESENTATION", "QUESTIONS AND ANSWERS")
ROLES = ("Operator", "Unidentified Analyst", "Unidentified Company Representative")


@dataclass
class Person:
    name: str
    firm: str | None
    title: str | None
    company: bool


@dataclass
class Turn:
    speaker: str
    qa: bool
    paras: list[str] = field(default_factory=list)


@dataclass
class Call:
    company: str
    people: dict[str, Person]
    turns: list[Turn]


# ---------------------------------------------------------------- the bench's own StreetEvents reader


def _roster_entry(lines: list[str], company_names: set[str]) -> tuple[str, Person]:
    """``Name`` + ``Firm - Title`` lines (or one ``Name;Firm;Title`` line) -> (label line, person)."""
    label = lines[0]
    if ";" in label and len(lines) == 1:
        parts = [p.strip() for p in label.split(";")]
        name = parts[0]
        firm, title = (parts[1], parts[2]) if len(parts) > 2 else (None, parts[1] if len(parts) > 1 else None)
    else:
        name = label.strip()
        aff = " ".join(x.strip() for x in lines[1:])
        firm, _, title = aff.partition(" - ") if aff else (None, "", None)
        firm, title = firm or None, title or None
    return label, Person(name, firm, title, name in company_names)


def _affiliation_lines(lines: list[str], at: int, aff: list[str]) -> int | None:
    """How many lines from ``at`` repeat the roster affiliation (wrapped anywhere), None if they don't."""
    want = norm(" ".join(aff))
    if not want:
        return 0
    for k in range(1, 4):
        if norm(" ".join(lines[at : at + k])) == want:
            return k
    return None


def read_streetevents(text: str, company_names: set[str]) -> Call:
    """Roster and turns of a StreetEvents call; standalone page numbers dropped, wrapped lines joined."""
    lines = [x for x in text.splitlines() if not x.strip().isdigit()]
    roster: dict[str, list[str]] = {}  # label line -> its affiliation lines
    people: dict[str, Person] = {}
    section = ""
    block: list[str] = []
    i = 0

    def flush() -> None:
        if block and section in HEADINGS[:2]:
            label, person = _roster_entry(block, company_names)
            roster[label] = block[1:]
            people[label] = person
        block.clear()

    while i < len(lines) and (section != "PRESENTATION"):
        line = lines[i]
        if line.strip() in HEADINGS:
            flush()
            section = line.strip()
        elif not line.strip():
            flush()
        elif section:
            block.append(line)
        i += 1
    flush()
    for role in ROLES:
        roster.setdefault(role, [])
        people.setdefault(role, Person(role, None, None, role.endswith("Representative")))
    turns: list[Turn] = []
    qa = False
    width = 140  # StreetEvents wraps text at about 140 characters
    while i < len(lines):
        line = lines[i]
        if line.strip() == "QUESTIONS AND ANSWERS":
            qa = True
        elif line.strip() == "DISCLAIMER":
            break
        elif line in roster and (k := _affiliation_lines(lines, i + 1, roster[line])) is not None:
            turns.append(Turn(line, qa))
            i += k
        elif line.strip() and turns:
            t = turns[-1]
            if t.paras and not t.paras[-1].endswith("\n"):
                t.paras[-1] += " " + line.strip()
            else:
                if t.paras:
                    t.paras[-1] = t.paras[-1].rstrip("\n")
                t.paras.append(line.strip())
            if len(line) < width * 0.75:  # a short line ends a paragraph
                t.paras[-1] += "\n"
        i += 1
    for t in turns:
        t.paras = [p.strip() for p in t.paras if p.strip()]
    firms = Counter(p.firm for p in people.values() if p.company and p.firm)
    company = firms.most_common(1)[0][0] if firms else "The Company"
    return Call(company, people, [t for t in turns if t.paras])


# ---------------------------------------------------------------- layouts


def _name(call: Call, t: Turn) -> str:
    return call.people[t.speaker].name


def _title(call: Call, label: str) -> str:
    p = call.people[label]
    if p.company:
        return p.title or ""
    return " - ".join(x for x in (p.firm, p.title) if x)


def _roster_sa(call: Call, sep: str = " - ") -> list[str]:
    """Seeking Alpha style participant lists (company people with titles, others with firms)."""
    named = [lb for lb in call.people if lb not in ROLES]
    out = ["Company Participants", ""]
    out += [
        f"{call.people[lb].name}{sep}{call.people[lb].title or ''}".rstrip(" -")
        for lb in named
        if call.people[lb].company
    ]
    out += ["", "Conference Call Participants", ""]
    for lb in named:
        p = call.people[lb]
        if not p.company:
            out.append(f"{p.name}{sep}{p.firm}" if p.firm else p.name)
    return [*out, ""]


def _clock(call: Call) -> list[str]:
    """A plausible start time of every turn, at 150 words a minute."""
    out, words = [], 0
    for t in call.turns:
        s = words * 60 // 150
        out.append(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}")
        words += sum(len(p.split()) for p in t.paras)
    return out


def _title_line(call: Call) -> str:
    return f"{call.company} Q3 2022 Earnings Call"


def colon(call: Call) -> str:
    """``Name: text`` on the first line of a turn, no roster, no headings."""
    out = [_title_line(call), ""]
    for t in call.turns:
        out += [f"{_name(call, t)}: {t.paras[0]}", *t.paras[1:], ""]
    return "\n".join(out)


def dash_title(call: Call) -> str:
    """Motley Fool: ``Name -- Title`` header lines, prepared remarks / Q&A headings."""
    out = [_title_line(call), "", "Prepared Remarks:", ""]
    qa = False
    for t in call.turns:
        if t.qa and not qa:
            out += ["Questions & Answers:", ""]
            qa = True
        title = _title(call, t.speaker).replace(" - ", " -- ")
        out += [f"{_name(call, t)} -- {title}" if title else _name(call, t), "", *(p + "\n" for p in t.paras)]
    return "\n".join(out)


def markdown(call: Call) -> str:
    """Markdown export: ``**Name**`` bold label lines, ``##`` headings."""
    out = [f"# {_title_line(call)}", "", "## Prepared remarks", ""]
    qa = False
    for t in call.turns:
        if t.qa and not qa:
            out += ["## Questions and answers", ""]
            qa = True
        out += [f"**{_name(call, t)}**", "", *(p + "\n" for p in t.paras)]
    return "\n".join(out)


def timestamps(call: Call) -> str:
    """``[00:05:27] Name: text`` lines."""
    out = [_title_line(call), ""]
    for t, clock in zip(call.turns, _clock(call), strict=True):
        out += [f"[{clock}] {_name(call, t)}: {t.paras[0]}", *t.paras[1:], ""]
    return "\n".join(out)


def timeline(call: Call) -> str:
    """Meeting-app export: a time line, the speaker's name, then the text."""
    out = []
    for t, clock in zip(call.turns, _clock(call), strict=True):
        out += [clock, _name(call, t), *t.paras, ""]
    return "\n".join(out)


def bloomberg(call: Call) -> str:
    """Bloomberg: names-only participant lists, ``Q - Name`` / ``A - Name`` in the Q&A."""
    named = [lb for lb in call.people if lb not in ROLES]
    out = [_title_line(call), "", "Company Participants", ""]
    out += [f"* {call.people[lb].name}" for lb in named if call.people[lb].company]
    out += ["", "Other Participants", ""]
    out += [f"* {call.people[lb].name}" for lb in named if not call.people[lb].company]
    out += ["", "Presentation", ""]
    qa = False
    for t in call.turns:
        if t.qa and not qa:
            out += ["Questions And Answers", ""]
            qa = True
        p = call.people[t.speaker]
        label = p.name if not t.qa or t.speaker == "Operator" else f"{'A' if p.company else 'Q'} - {p.name}"
        out += [label, "", *(x + "\n" for x in t.paras)]
    return "\n".join(out)


def seeking_alpha(call: Call) -> str:
    """Seeking Alpha: participant lists with `` - `` titles, name lines, Question-and-Answer Session."""
    out = [_title_line(call), "", *_roster_sa(call)]
    qa = False
    for t in call.turns:
        if t.qa and not qa:
            out += ["Question-and-Answer Session", ""]
            qa = True
        out += [_name(call, t), "", *(p + "\n" for p in t.paras)]
    return "\n".join(out)


def pdf(call: Call) -> str:
    """PDF text: Seeking Alpha content hard-wrapped at 72 columns, page header, footer and number."""
    body: list[str] = []
    for line in seeking_alpha(call).split("\n"):
        body += textwrap.wrap(line, 72) or [""]
    out, per = [], 54
    pages = (len(body) + per - 1) // per
    for page, start in enumerate(range(0, len(body), per), start=1):
        out += [f"{call.company} (Q3 2022 Earnings Call)", "", *body[start : start + per], ""]
        out += ["Copyright 2022 Transcript Services. All rights reserved.", f"Page {page} of {pages}", "\f"]
    return "\n".join(out)


def no_blank(call: Call) -> str:
    """Seeking Alpha content with no blank lines at all: a label line, then its paragraphs."""
    return "\n".join(x for x in seeking_alpha(call).split("\n") if x.strip())


def all_caps(call: Call) -> str:
    """Participant lists in normal case, speaker labels in capitals with a colon."""
    named = [lb for lb in call.people if lb not in ROLES]
    out = [_title_line(call), "", "PARTICIPANTS", ""]
    for lb in named:
        p = call.people[lb]
        out.append(f"{p.name}, {call.company if p.company else p.firm or ''}".rstrip(", "))
    out += ["", "PRESENTATION", ""]
    qa = False
    for t in call.turns:
        if t.qa and not qa:
            out += ["QUESTION AND ANSWER", ""]
            qa = True
        out += [f"{_name(call, t).upper()}: {t.paras[0]}", *t.paras[1:], ""]
    return "\n".join(out)


# name -> (renderer, keeps the analysts' firms in a roster or header)
LAYOUTS: dict[str, tuple[Callable[[Call], str], bool]] = {
    "colon": (colon, False),
    "dash_title": (dash_title, True),
    "markdown": (markdown, False),
    "timestamps": (timestamps, False),
    "timeline": (timeline, False),
    "bloomberg": (bloomberg, False),
    "seeking_alpha": (seeking_alpha, True),
    "pdf": (pdf, True),
    "no_blank": (no_blank, True),
    "all_caps": (all_caps, True),
}


# ---------------------------------------------------------------- gold and scoring


def _key(s: str) -> str:
    """Text without 1-2 digit tokens: the gold keeps the stray page numbers the reader drops."""
    return norm(re.sub(r"(?<!\S)\d{1,2}(?!\S)", " ", s))


def move_gold(call: Call, text: str, entries: list[dict[str, Any]], firms_kept: bool) -> list[dict[str, Any]]:
    """The gold entries of the call, with ``question_start`` taken from the turn they start and the
    firm kept only where the layout still shows it (None: not scored)."""
    flat = norm(text).casefold()
    qa_turns = [norm(" ".join(t.paras)) for t in call.turns if t.qa]
    out = []
    for e in entries:
        start = norm(e["question_start"])
        hits = [s for s in qa_turns if s.startswith(start)] or [
            s for s in qa_turns if _key(s).startswith(_key(start))
        ]
        if not hits and any(start in s for s in qa_turns):  # a question inside another turn
            hits = [start]
        if not hits:
            raise ValueError(f"gold start not found: {start!r}")
        firm = e["firm"]
        if firm and not firms_kept and norm(firm).casefold() not in flat:
            firm = None
        out.append(
            {**e, "question_start": hits[0][:60].rstrip(), "firm": firm, "firm_scored": firm is not None}
        )
    return out


@dataclass
class Score:
    required: int = 0
    predicted: int = 0
    correct: int = 0
    asker: int = 0
    firm: int = 0
    firm_scored: int = 0
    answerers: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        for k in ("required", "predicted", "correct", "asker", "firm", "firm_scored", "answerers"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.problems += o.problems

    def row(self, name: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.2f}" if b else "-"

        return (
            f"| {name} | {self.required} | {self.predicted} | {r(self.correct, self.predicted)} | "
            f"{r(self.correct, self.required)} | {r(self.asker, self.correct)} | {r(self.firm, self.firm_scored)} "
            f"({self.firm_scored}) | {r(self.answerers, self.correct)} |"
        )


def _fold(s: str | None) -> str:
    return norm(s or "").casefold()


def score(doc: Document, entries: list[dict[str, Any]], name: str) -> Score:
    """bench_structure's matching (first question paragraph holds the start); names without case."""
    sc = Score(required=sum(1 for e in entries if e["required"]))
    used: set[int] = set()
    for pair in doc.qa:
        first = norm(doc.paragraph(pair.question[0]).text) if pair.question else ""
        joined = norm(" ".join(doc.paragraph(n).text for n in pair.question))
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
            sc.problems.append(f"{name}: extra pair at [{pair.question[0]}]: {first[:60]!r}")
            continue
        sc.correct += 1
        spk = doc.speakers_by_id.get(pair.asker or "")
        asker = spk.name if spk else pair.asker
        firm = pair.firm or (spk.affiliation if spk else None)
        answerers = set()
        for a in pair.answers:
            if a.speaker is not None:
                s = doc.speakers_by_id.get(a.speaker)
                answerers.add(_fold(s.name if s else a.speaker))
        ok = (
            _fold(asker) == _fold(entry["asker"]),
            not entry["firm_scored"] or _fold(firm) == _fold(entry["firm"]),
            answerers == {_fold(a) for a in entry["answerers"]},
        )
        sc.asker += ok[0]
        sc.firm_scored += entry["firm_scored"]
        sc.firm += entry["firm_scored"] and ok[1]
        sc.answerers += ok[2]
        if not all(ok):
            sc.problems.append(
                f"{name}: {entry['question_start'][:30]!r}: asker {asker!r}/{entry['asker']!r} "
                f"firm {firm!r}/{entry['firm']!r} answerers {sorted(answerers)}/{sorted(entry['answerers'])}"
            )
    for i, e in enumerate(entries):
        if e["required"] and i not in used:
            sc.problems.append(f"{name}: missed: {e['asker']!r} {e['question_start']!r}")
    return sc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="List every miss, extra pair and wrong field."
    )
    ap.add_argument("--layout", action="append", help="Only this layout (repeatable).")
    ap.add_argument("--only", help="Only calls whose file name contains this.")
    ap.add_argument("--dump", type=Path, help="Write the rendered files and their gold here.")
    a = ap.parse_args()
    calls = a.shared / "eval" / "calls_en"
    if not (calls / "gold_qa.jsonl").is_file():
        print(f"skipped: {calls}/gold_qa.jsonl not found (the bench needs ../shared)")
        return 0
    gold = load_calls_gold(calls / "gold_qa.jsonl")
    names = [n for n in sorted(gold) if not a.only or a.only in n]
    read = {
        n: read_streetevents(
            (calls / "transcripts" / n).read_text(encoding="utf-8"), set(gold[n][0].get("company", ()))
        )
        for n in names
    }
    print("| layout | required | predicted | precision | recall | asker | firm (scored) | answerers |")
    print("|---|---|---|---|---|---|---|---|")
    for layout, (render, firms_kept) in LAYOUTS.items():
        if a.layout and layout not in a.layout:
            continue
        total = Score()
        for n in names:
            text = render(read[n])
            entries = move_gold(read[n], text, gold[n][1], firms_kept)
            if a.dump:
                d = a.dump / layout
                d.mkdir(parents=True, exist_ok=True)
                (d / n).write_text(text, encoding="utf-8")
                with (d / "gold.jsonl").open("a" if n != names[0] else "w", encoding="utf-8") as f:
                    f.writelines(json.dumps({"file": n, **e}) + "\n" for e in entries)
            total.add(score(parse_bytes(text.encode("utf-8"), n), entries, f"{layout}/{n}"))
        print(total.row(layout))
        if a.verbose:
            print("\n".join(total.problems))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
