"""Structure of the tune transcripts rewritten the ways real exports of the same layout vary.

Each document of the structure sets' tune half is rewritten by one kind of layout-preserving change
at a time (hard wrap, CRLF, colon width, script, name and firm spellings, page furniture, roster
order, blank lines, title spellings); the gold goes through the same rewrite, and every variant is
scored as ``bench_structure.py --gold`` scores it. One row per kind; a kind that does not apply to a
document (no Chinese, no roster names) leaves it out of that row. Deterministic (seeded).

    .venv/bin/python bench/bench_structure_variants.py
    .venv/bin/python bench/bench_structure_variants.py --kind wrap60 -v     # every problem of one kind
    .venv/bin/python bench/bench_structure_variants.py --only zh1             # documents whose name holds zh1
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from finbrief.api import parse_bytes
from finbrief.errors import InputError
from finbrief.structure.eval import FileScore, load_calls_gold, score_lines, score_pairs
from finbrief.structure.eval import total as sum_scores

HERE = Path(__file__).resolve().parent / "structure_sets"
TEXT_EXT = (".txt", ".md")  # JSON, CSV and caption files keep their own syntax
BINARY_EXT = (".docx", ".pdf")  # Word and PDF files are no text to rewrite
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
SEED = 20261206
ABBREV_DOTS_RE = re.compile(r"(\b(?:Inc|Co|Ltd)\.)\.(?!\.)")


@dataclass(frozen=True)
class Variant:
    """A rewritten document and the string map its gold goes through."""

    text: str
    gold_map: Callable[[str], str]


Rewrite = Callable[[str, str, dict[str, Any], random.Random], Variant | None]


def _same(s: str) -> str:
    return s


def _names(roster: dict[str, Any]) -> list[str]:
    """Roster person names (company and analysts), longest first so a full name wins over a part."""
    out = list(roster.get("company", ())) + [a["name"] for a in roster.get("analysts", ()) if a.get("name")]
    return sorted({n for n in out if n}, key=lambda n: (-len(n), n))


def _firms(roster: dict[str, Any]) -> list[str]:
    return sorted(
        {a["firm"] for a in roster.get("analysts", ()) if a.get("firm")}, key=lambda f: (-len(f), f)
    )


def _sub_map(pairs: list[tuple[str, str]], words: bool) -> Callable[[str], str]:
    """One pass replacing every ``old`` by its ``new`` (whole words when ``words``)."""
    if not pairs:
        return _same
    table = dict(pairs)
    alts = "|".join(re.escape(o) for o, _ in sorted(pairs, key=lambda p: len(p[0]), reverse=True))
    rx = re.compile(rf"(?<!\w)(?<!\w-)(?:{alts})(?!\w)(?!-\w)" if words else f"(?:{alts})")
    # "Example Co." before a sentence's period keeps one period.
    return lambda s: ABBREV_DOTS_RE.sub(r"\1", rx.sub(lambda m: table[m.group(0)], s))


def _columns(text: str) -> list[int]:
    """The display column each character of ``text`` ends at (a wide character takes two)."""
    out, col = [], 0
    for ch in text:
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        out.append(col)
    return out


def wrap(width: int) -> Rewrite:
    """Hard-wrap every line of words wider than ``width`` display columns (at a space in English,
    anywhere in Chinese, whose characters take two columns each)."""

    def run(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
        if not name.endswith(TEXT_EXT):
            return None
        out: list[str] = []
        for line in text.split("\n"):
            while (" " in line.strip() or CJK_RE.search(line)) and (cols := _columns(line))[-1] > width:
                fit = sum(1 for c in cols if c <= width)  # characters that fit in the width
                cut = line.rfind(" ", 0, fit + 1)
                if cut <= 0 or CJK_RE.search(line[:fit]):
                    out.append(line[:fit])
                    line = line[fit:]
                else:
                    out.append(line[:cut])
                    line = line[cut + 1 :]
            out.append(line)
        return Variant("\n".join(out), _same)

    return run


def crlf(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Windows line ends."""
    return Variant(text.replace("\n", "\r\n"), _same)


def colons(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Chinese text with the other colon width (full-width becomes ASCII, or ASCII full-width)."""
    if not CJK_RE.search(text) or not name.endswith(TEXT_EXT):
        return None
    if text.count("：") >= text.count(":"):
        return Variant(text.replace("：", ":"), lambda s: s.replace("：", ":"))
    rx = re.compile(r"(?<=[\u4e00-\u9fff）)\w]):(?!\d)")
    return Variant(rx.sub("：", text), lambda s: rx.sub("：", s))


def script(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Chinese in the other script (simplified to traditional, or back)."""
    import opencc

    if not CJK_RE.search(text):
        return None
    hant = opencc.OpenCC("t2s").convert(text) != text
    conv = opencc.OpenCC("t2s" if hant else "s2t")
    return Variant(conv.convert(text), conv.convert)


NAME_STYLES = ("initial", "accent", "hyphen")
ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
SURNAMES = ("Hale", "Moreau", "Lind", "Okafor", "Reyes")


def names(style: str) -> Rewrite:
    """Person names with a middle initial, an accented first name or a hyphenated surname."""

    def run(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
        pairs: list[tuple[str, str]] = []
        for full in _names(roster):
            parts = full.split()
            if len(parts) != 2 or not all(p.isascii() and p.isalpha() for p in parts):
                continue
            first, last = parts
            if style == "initial":
                new = f"{first} {rnd.choice('ABCDEHJKLMRSTW')}. {last}"
                pairs += [(full, new), (full.upper(), new.upper())]
            elif style == "accent":
                i = next((k for k, ch in enumerate(first) if ch in ACCENTS), -1)
                if i > 0:
                    acc = first[:i] + ACCENTS[first[i]] + first[i + 1 :]
                    pairs += [(first, acc), (first.upper(), acc.upper())]
            else:
                new = f"{last}-{rnd.choice(SURNAMES)}"
                pairs += [(last, new), (last.upper(), new.upper())]
        pairs = list(dict(pairs).items())
        if not pairs:
            return None
        m = _sub_map(pairs, words=True)
        return Variant(m(text), m)

    return run


LEGAL_END_RE = re.compile(r"\b(?:Inc|Co|Ltd|LLC|LLP|Corp|plc)\.?$")  # "Gallant & Co." keeps its name
FIRM_SUFFIXES = {"amp": " & Co.", "inc": ", Inc.", "llc": " LLC", "coltd": " Co., Ltd."}


def firms(suffix: str) -> Rewrite:
    """Analyst firms written with a legal-form suffix."""

    def run(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
        if name.endswith(".csv") and "," in suffix:
            return None  # a CSV export quotes such a field; the column split is not what is measured
        pairs = [
            (f, f + suffix)
            for f in _firms(roster)
            if f.isascii() and f in text and not LEGAL_END_RE.search(f)
        ]
        if not pairs:
            return None
        m = _sub_map(pairs, words=True)
        return Variant(m(text), m)

    return run


def footers(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """A page footer and copyright line every 35 to 45 lines."""
    if not name.endswith(TEXT_EXT):
        return None
    lines = text.split("\n")
    pages = len(lines) // 40 + 1
    out: list[str] = []
    nxt, page = rnd.randint(35, 45), 1
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == nxt and i + 1 < len(lines) - 3:
            out += [
                "",
                f"Page {page} of {pages}",
                "© 2024 Northwind Transcript Services. All rights reserved.",
                "",
            ]
            page += 1
            nxt += rnd.randint(35, 45)
    return Variant("\n".join(out), _same)


LIST_SEP_RE = re.compile(r"[、，,;；]")


def roster_order(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Participant entries in another order: runs of short lines naming one roster person each are
    reversed, and a one-line list of several is reversed."""
    if not name.endswith(TEXT_EXT):
        return None
    people = _names(roster)
    if not people:
        return None

    def who(line: str) -> int:
        return sum(1 for p in people if p in line)

    lines = text.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and 0 < len(lines[j]) < 90
            and who(lines[j]) == 1
            and not re.search(r"[:：]\s", lines[j])  # a list's heading line ("Speakers: …") stays first
            and not lines[j].rstrip().endswith((".", "?", "。", "？", ":", "："))
        ):
            j += 1
        if j - i >= 2:
            out += reversed(lines[i:j])
            changed = True
            i = j
            continue
        line = lines[i]
        head, sep, tail = line.partition("：") if "：" in line else line.partition(":")
        if sep and who(tail) >= 2 and len(line) < 160 and not re.search(r"[。.？?！!]", tail):
            items = LIST_SEP_RE.split(tail)
            seps = LIST_SEP_RE.findall(tail)
            if len(items) >= 2 and len(set(seps)) == 1 and max(len(x) for x in items) <= 30:
                line = head + sep + seps[0].join(x.strip() for x in reversed(items))
                changed = True
        out.append(line)
        i += 1
    return Variant("\n".join(out), _same) if changed else None


def blanks_extra(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Every blank line doubled."""
    if not name.endswith(TEXT_EXT) or "\n\n" not in text:
        return None
    return Variant(re.sub(r"\n\n+", "\n\n\n", text), _same)


def blanks_none(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """No blank lines at all."""
    if not name.endswith(TEXT_EXT) or "\n\n" not in text:
        return None
    return Variant(re.sub(r"\n\s*\n+", "\n", text), _same)


TITLES = (
    ("CFO", "Chief Financial Officer"),
    ("CEO", "Chief Executive Officer"),
    ("COO", "Chief Operating Officer"),
    ("CRO", "Chief Risk Officer"),
)


def titles(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Officer titles spelled the other way (``CFO`` for ``Chief Financial Officer`` and back)."""
    pairs = [p for a, b in TITLES for p in ((a, b), (b, a))]
    m = _sub_map(pairs, words=True)
    new = m(text)
    return Variant(new, m) if new != text else None


KINDS: dict[str, Rewrite] = {
    "wrap60": wrap(60),
    "wrap72": wrap(72),
    "crlf": crlf,
    "colon": colons,
    "script": script,
    **{f"name_{s}": names(s) for s in NAME_STYLES},
    **{f"firm_{k}": firms(s) for k, s in FIRM_SUFFIXES.items()},
    "footer": footers,
    "roster_order": roster_order,
    "blank_extra": blanks_extra,
    "blank_none": blanks_none,
    "titles": titles,
}


def _map_gold(
    roster: dict[str, Any], entries: list[dict[str, Any]], m: Callable[[str], str]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    def fix(v: Any) -> Any:
        if isinstance(v, str):
            return m(v)
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v

    return fix(roster), [{k: (fix(v) if k != "required" else v) for k, v in e.items()} for e in entries]


def score_kind(
    kind: str, gold: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]], docs: Path, only: str | None
) -> list[FileScore]:
    """Scores of every tune document that ``kind`` rewrites."""
    out: list[FileScore] = []
    for name, (roster, entries) in sorted(gold.items()):
        if (only and only not in name) or name.endswith(BINARY_EXT):
            continue
        text = (docs / name).read_text(encoding="utf-8")
        v = KINDS[kind](text, name, roster, random.Random(f"{SEED}:{kind}:{name}"))
        if v is None:
            continue
        roster2, entries2 = _map_gold(roster, entries, v.gold_map)
        try:
            doc = parse_bytes(v.text.encode("utf-8"), name)
        except InputError as exc:
            sc = FileScore(name, required=sum(1 for e in entries2 if e["required"]))
            sc.problems.append(f"not read: {exc}")
            out.append(sc)
            continue
        sc = score_pairs(doc, entries2, name)
        sc.lines_right, sc.lines = score_lines(doc, roster2.get("lines", ()))
        out.append(sc)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE / "tune.jsonl")
    ap.add_argument("--docs", type=Path, default=HERE / "docs")
    ap.add_argument("--kind", action="append", choices=sorted(KINDS), help="Only these kinds.")
    ap.add_argument("--only", help="Only documents whose name contains this.")
    ap.add_argument("-v", "--verbose", action="store_true", help="List every problem.")
    a = ap.parse_args()
    gold = load_calls_gold(a.gold)
    print(
        "| kind | docs | required | predicted | precision | recall | asker | firm | answerers | speaker lines |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    problems: list[str] = []
    for kind in a.kind or list(KINDS):
        scores = score_kind(kind, gold, a.docs, a.only)
        t = sum_scores(scores, kind)
        print(
            f"| {kind} | {len(scores)} | {t.required} | {t.predicted} | {t.precision:.2f} | {t.recall:.2f} | "
            f"{t.rate('asker'):.2f} | {t.rate('firm'):.2f} | {t.rate('answerers'):.2f} | {t.speaker_rate:.2f} |",
            flush=True,
        )
        problems += [f"{kind} {s.name}: {p}" for s in scores for p in s.problems]
    if a.verbose:
        print("\n".join(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
