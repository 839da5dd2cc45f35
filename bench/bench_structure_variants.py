"""Structure of the tune transcripts rewritten the ways real exports of the same layout vary.

Each document of the structure sets' tune half is rewritten by one kind of layout-preserving change
at a time (hard wrap, CRLF, colon width, script, name and firm spellings, page furniture, roster
order, blank lines, title spellings, the operator's name, section headings, and the marks around a
label: capitals, courtesy titles, bullets, time stamps, tabs, invisible and no-break spaces, curly
quotes; labels rendered as ``Name, Firm:``, ``Firm – Name:``, ``Name (Firm) -``, ``[Name]`` alone or
split from their speech by a blank line, the Q&A heading unknown or gone, the operator shown as the
moderator or host, no participants list); the gold goes through the same rewrite, and every variant is
scored as ``bench_structure.py --gold`` scores it. One row per kind; a kind that does not apply to a
document (no Chinese, no roster names) leaves it out of that row. With ``--combo``, each document is
rewritten by two or three kinds at once (named combinations real exports show, then seeded ones), a
row per combination. Deterministic (seeded).

    .venv/bin/python bench/bench_structure_variants.py
    .venv/bin/python bench/bench_structure_variants.py --kind wrap60 -v     # every problem of one kind
    .venv/bin/python bench/bench_structure_variants.py --only zh1             # documents whose name holds zh1
    .venv/bin/python bench/bench_structure_variants.py --combo                # two or three kinds at once
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


OPERATOR_ALIASES = ("Coordinator", "Conference Call Operator", "Conference Operator", "Call Operator")
HOST_ZH_RE = re.compile(r"(?<![\u4e00-\u9fff])主持人(?=[：:（(\s]|$)", re.M)
HOST_ZH_ALIASES = ("会议主持人", "主持")


def operator_alias(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """The one who runs the line called by another name ("Coordinator", "Conference Call Operator";
    "会议主持人" or "主持" for "主持人")."""
    if not name.endswith(TEXT_EXT):
        return None
    alias = rnd.choice(OPERATOR_ALIASES)
    new = _label_lines(
        text, roster, lambda ln, a, b: ln[:a] + alias + ln[b:] if ln[a:b] == "Operator" else ln
    )
    if new:
        return Variant(new, lambda s: alias if s == "Operator" else s)
    new, n = HOST_ZH_RE.subn(alias_zh := rnd.choice(HOST_ZH_ALIASES), text)
    if n:
        return Variant(new, lambda s: alias_zh if s == "主持人" else s)
    return None


QA_HEADINGS = (
    (
        re.compile(r"^(?:questions?[- ](?:and|&)[- ]answers?|q ?& ?a)(?:[- ](?:session|section))?:?$", re.I),
        (
            "QUESTIONS AND ANSWERS",
            "Q&A",
            "Question & Answer Session",
            "Q&A Session:",
            "QUESTION-AND-ANSWER SESSION",
        ),
    ),
    (
        re.compile(r"^(?:问答环节|问答交流|互动交流|提问环节|問答環節|互動交流)[：:]?$"),
        ("互动交流", "问答交流环节", "交流环节", "Q&A环节"),
    ),
    (
        re.compile(r"^(?:presentation|prepared remarks|management discussion(?: section)?)[:：]?$", re.I),
        ("PRESENTATION", "Prepared Remarks", "Management Remarks", "Opening Remarks"),
    ),
)


def section_headings(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Section headings spelled another way ("Q&A" for "Question-and-Answer Session", "互动交流" for
    "问答环节", "Prepared Remarks" for "Presentation")."""
    if not name.endswith(TEXT_EXT):
        return None
    out, changed = [], False
    for line in text.split("\n"):
        core = re.sub(
            r"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[IVX]+\.)\s*", "", line.strip().strip("#*_ ").strip()
        )
        for rx, spellings in QA_HEADINGS:
            if rx.match(core):
                new = rnd.choice([s for s in spellings if s != core] or spellings)
                line = line.replace(core, new)
                changed = True
                break
        out.append(line)
    return Variant("\n".join(out), _same) if changed else None


LABEL_PREFIX_RE = re.compile(r"^\s*(?:[-*•>]\s+)?(?:\*\*|\*|\[[^\]\n]{1,20}\]\s*)?")
LABEL_END_RE = re.compile(r"\s*(?:$|[:：(（{,\[]|\*|\s[-–—]+\s|\s+\d{1,2}:\d{2})")


def _speakers(roster: dict[str, Any]) -> list[str]:
    """Names a label line can start with: the roster's people and the operator."""
    return [*_names(roster), "Operator"]


def _label_name(line: str, people: list[str]) -> tuple[int, int] | None:
    """Where the speaker's name of a label line (``Name:``, ``Name -- Title``, ``**Name**``, a name
    alone) sits, or None for a line of speech."""
    pre = LABEL_PREFIX_RE.match(line)
    at = pre.end() if pre else 0
    for p in people:
        if line.startswith(p, at) and LABEL_END_RE.match(line, at + len(p)):
            end = at + len(p)
            alone = len(line) - end <= 60 and not re.search(r"[.?!。？！]\s*$", line)
            colon = re.match(r"[^:：.。?？]{0,40}[:：]", line[end:])
            return (at, end) if alone or colon else None
    return None


def _label_lines(text: str, roster: dict[str, Any], edit: Callable[[str, int, int], str]) -> str | None:
    """``text`` with ``edit(line, start, end)`` applied to every label line (None when there is none)."""
    people = _speakers(roster)
    out, changed = [], False
    for line in text.split("\n"):
        span = _label_name(line, people)
        if span:
            new = edit(line, *span)
            changed |= new != line
            line = new
        out.append(line)
    return "\n".join(out) if changed else None


def caps_labels(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Speaker names in capitals in their labels (``JANE DOE:``), as court reporters and PDF
    exports print them; the gold keeps the names as written elsewhere."""
    if not name.endswith(TEXT_EXT):
        return None
    new = _label_lines(text, roster, lambda ln, a, b: ln[:a] + ln[a:b].upper() + ln[b:])
    return Variant(new, _same) if new else None


HONORIFICS = ("Mr.", "Ms.", "Dr.")
HONORIFICS_ZH = ("先生", "女士")


def honorific(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Labels with a courtesy title: ``Mr. Jane Doe``, ``Dr. Jane Doe`` before a Latin name,
    ``王强先生`` after a Chinese one; the gold keeps the bare name."""
    if not name.endswith(TEXT_EXT):
        return None
    from finbrief.lexicon.transcript import fold, vocab

    v = vocab()
    people = [p for p in _names(roster) if v.label(fold(p)) is None]  # "专家" is a role, no one's name
    title = {p: rnd.choice(HONORIFICS_ZH if CJK_RE.search(p) else HONORIFICS) for p in people}

    def edit(line: str, a: int, b: int) -> str:
        who = line[a:b]
        if who not in title:
            return line
        if CJK_RE.search(who):
            return line[:b] + title[who] + line[b:]
        return line[:a] + title[who] + " " + line[a:]

    new = _label_lines(text, roster, edit)
    return Variant(new, _same) if new else None


def bullets(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """A bullet before every label line (``• Jane Doe:``), as word-processor and web-page copies keep."""
    if not name.endswith(TEXT_EXT):
        return None
    mark = rnd.choice(("• ", "● ", "▪ ", "· "))
    new = _label_lines(text, roster, lambda ln, a, b: mark + ln if a == 0 else ln)
    return Variant(new, _same) if new else None


def label_blank(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """A blank line after every label that stands alone on its line."""
    if not name.endswith(TEXT_EXT):
        return None
    people = _speakers(roster)
    lines = text.split("\n")
    out, changed = [], False
    for i, line in enumerate(lines):
        out.append(line)
        span = _label_name(line, people)
        if (
            span
            and not re.search(r"[:：]\s*\S", line[span[1] :])
            and i + 1 < len(lines)
            and lines[i + 1].strip()
        ):
            out.append("")
            changed = True
    return Variant("\n".join(out), _same) if changed else None


def stamps(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """A time stamp after every label's name (``Jane Doe (00:12:31):``, ``Jane Doe  12:31``), as
    recorders and transcription services add; the stamps grow through the call."""
    if not name.endswith(TEXT_EXT):
        return None
    t = rnd.randint(5, 40)
    style = rnd.choice(("paren", "bracket"))

    def edit(line: str, a: int, b: int) -> str:
        nonlocal t
        if re.search(r"\d{1,2}:\d{2}", line):
            return line  # a stamp is there already
        t += rnd.randint(20, 120)
        hms = f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
        stamp = f" ({hms})" if style == "paren" else f" [{hms}]"
        colon = re.match(r"[^:：]*?(?=\**\s*[:：])", line[b:])
        if colon:  # "Jane Doe (00:12:31): speech"
            at = b + colon.end()
            return line[:at] + stamp + line[at:]
        return line.rstrip() + stamp  # "Jane Doe -- CFO (00:12:31)"

    people = _speakers(roster)
    lines = text.split("\n")
    alone = [
        bool(span) and not re.search(r"[:：]\s*\S", ln[span[1] :])
        for ln in lines
        for span in [_label_name(ln, people)]
    ]
    out = []
    for i, line in enumerate(lines):
        span = _label_name(line, people)
        listed = alone[i] and (
            (i > 0 and alone[i - 1])
            or (i + 1 < len(lines) and alone[i + 1])
            or line.lstrip()[:2] in ("* ", "- ", "• ")
        )
        out.append(edit(line, *span) if span and not listed else line)  # a participants list has no times
    new = "\n".join(out)
    return Variant(new, _same) if new != text else None


NBSP = "\u00a0"


def nbsp(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Non-breaking spaces for the spaces of every label line and a third of the others, as web pages
    copied to text keep them."""
    if not name.endswith(TEXT_EXT):
        return None
    people = _speakers(roster)
    out = []
    for line in text.split("\n"):
        if _label_name(line, people):
            line = line.replace(" ", NBSP)
        else:
            line = "".join(NBSP if c == " " and rnd.random() < 0.33 else c for c in line)
        out.append(line)
    return Variant("\n".join(out), _same)


ZW_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def zero_width(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Invisible characters (zero-width spaces and joiners, a byte-order mark) at the start of the text,
    around every label's name and inside a few words, as web editors and PDF text layers leave them."""
    if not name.endswith(TEXT_EXT):
        return None
    people = _speakers(roster)
    out = []
    for line in text.split("\n"):
        span = _label_name(line, people)
        if span:
            a, b = span
            line = line[:a] + rnd.choice(ZW_CHARS) + line[a:b] + rnd.choice(ZW_CHARS) + line[b:]
        elif line and rnd.random() < 0.2:
            line = line + "\u200b"
        out.append(line)
    return Variant("\ufeff" + "\n".join(out), _same)


SMART = {'"': ("\u201c", "\u201d"), "'": ("\u2018", "\u2019")}


def smart_quotes(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Curly quotes and apostrophes for straight ones (``we’re``, ``“Operator”``), as word processors
    type them; names in the gold change the same way."""
    if not name.endswith(TEXT_EXT) or not re.search("[\"']", text):
        return None

    def curl(s: str) -> str:
        s = re.sub(r"(?<=\w)'", "\u2019", s)
        s = re.sub(r"'(?=\w)", "\u2018", s)
        s = re.sub(r'(?<![\w.,?!])"', "\u201c", s)
        return s.replace('"', "\u201d").replace("'", "\u2019")

    return Variant(curl(text), curl)


def tabs(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """Tabs for the space after a label's colon and for the spaces inside its separators
    (``Jane Doe\\t--\\tCFO``, ``Jane Doe:\\tspeech``), as spreadsheet and word-processor copies give."""
    if not name.endswith(TEXT_EXT):
        return None

    def edit(line: str, a: int, b: int) -> str:
        tail = re.sub(r"^(\**\s*[:：]\**) +", "\\1\t", line[b:])
        tail = re.sub(r"^ +([-–—]+) +", "\t\\1\t", tail)
        return line[:b] + tail

    new = _label_lines(text, roster, edit)
    return Variant(new, _same) if new else None


def _analyst_firms(roster: dict[str, Any]) -> dict[str, str]:
    """Analyst name -> firm, from the roster."""
    return {a["name"]: a["firm"] for a in roster.get("analysts", ()) if a.get("name") and a.get("firm")}


def _label_head(line: str, end: int) -> int | None:
    """Where the speech of an inline label line begins after the name ending at ``end``
    (``Jane Doe (00:12:31): speech``, ``**Jane Doe:** speech``), or None for a label alone."""
    masked = re.sub(r"(?<=\d)[:：](?=\d)", "#", line[end:])  # a time stamp's colons are no label's
    m = re.match(r"[^:：.。?？]{0,50}[:：]\**\s*(?=\S)", masked)
    return end + m.end() if m else None


Relabel = Callable[[str, str | None, bool, str], str | None]


def relabel(render: Relabel, latin_only: bool = True) -> Rewrite:
    """Every label written another way: ``render(name, firm, cjk, label as written)`` gives the new
    label (the speech, if the label had any on its line, follows it after a space, or on the next
    line when the rendering ends with a line break; None leaves the line as it is)."""

    def run(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
        cjk = bool(CJK_RE.search(text))
        if not name.endswith(TEXT_EXT) or (latin_only and cjk):
            return None
        firm_of = _analyst_firms(roster)

        def edit(line: str, a: int, b: int) -> str:
            who = line[a:b]
            at = _label_head(line, b)
            label = render(who, firm_of.get(who), cjk, line[: at or len(line)].rstrip())
            if label is None:
                return line
            if at is None:  # a label alone keeps no dash after it
                return label.rstrip("\n").removesuffix(" -")
            speech = line[at:]
            return label + speech if label.endswith("\n") else f"{label} {speech}"

        listed = _listed(text, roster)
        out = [
            edit(line, *span) if span and not listed[i] else line
            for i, line in enumerate(text.split("\n"))
            for span in [_label_name(line, _speakers(roster))]
        ]
        new = "\n".join(out)
        return Variant(new, _same) if new != text else None

    return run


def _listed(text: str, roster: dict[str, Any]) -> list[bool]:
    """Per line, whether it is an entry of a participants list (a name line alone beside another, or
    bulleted) rather than a turn's label: a list keeps its own rendering."""
    people = _speakers(roster)
    lines = text.split("\n")
    alone = [
        bool(span) and not re.search(r"[:：]\s*\S", ln[span[1] :])
        for ln in lines
        for span in [_label_name(ln, people)]
    ]
    return [
        alone[i]
        and (
            (i > 0 and alone[i - 1])
            or (i + 1 < len(lines) and alone[i + 1])
            or line.lstrip()[:2] in ("* ", "- ", "• ")
        )
        for i, line in enumerate(lines)
    ]


RELABELS: dict[str, tuple[Relabel, bool]] = {
    # "Jane Doe, Keller Ridge Securities: speech"
    "name_firm": (lambda who, firm, cjk, head: f"{who}, {firm}:" if firm else f"{who}:", True),
    # "Keller Ridge Securities – Jane Doe: speech"
    "firm_name": (lambda who, firm, cjk, head: f"{firm} – {who}:" if firm else f"{who}:", True),
    # "Jane Doe (Keller Ridge Securities) - speech"
    "paren_firm": (lambda who, firm, cjk, head: f"{who} ({firm}) -" if firm else f"{who} -", True),
    # the label as written, a blank line, then the speech (a label alone stays as it is)
    "split": (
        lambda who, firm, cjk, head: f"{head}\n\n" if head.rstrip("*_").endswith((":", "：")) else None,
        False,
    ),
    # "[Jane Doe]" on its own line, the speech below
    "bracket": (lambda who, firm, cjk, head: f"[{who}]\n", False),
}

QA_HEADING_RE = re.compile(
    r"^(?:questions?[- ](?:and|&)[- ]answers?|q ?& ?a)(?:[- ](?:session|section))?:?$"
    r"|^(?:问答环节|问答交流|互动交流|提问环节|問答環節|互動交流)[：:]?$",
    re.I,
)
UNKNOWN_HEADINGS = ("Discussion", "Open Floor", "Investor Dialogue", "Part II")
UNKNOWN_HEADINGS_ZH = ("交流", "第二部分")


def qa_heading(replace: bool) -> Rewrite:
    """The Q&A section's heading in words no reader lists ("Open Floor", "第二部分"), or gone."""

    def run(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
        if not name.endswith(TEXT_EXT):
            return None
        out, changed = [], False
        for line in text.split("\n"):
            core = re.sub(
                r"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[IVX]+\.)\s*",
                "",
                line.strip().strip("#*_ ").strip(),
            )
            if QA_HEADING_RE.match(core):
                changed = True
                if not replace:
                    continue
                spellings = UNKNOWN_HEADINGS_ZH if CJK_RE.search(core) else UNKNOWN_HEADINGS
                line = line.replace(core, rnd.choice(spellings))
            out.append(line)
        return Variant("\n".join(out), _same) if changed else None

    return run


HOST_ALIASES = ("Moderator", "Host")


def operator_host(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """The operator printed as the call's moderator or host."""
    if not name.endswith(TEXT_EXT):
        return None
    alias = rnd.choice(HOST_ALIASES)
    new = _label_lines(
        text, roster, lambda ln, a, b: ln[:a] + alias + ln[b:] if ln[a:b] == "Operator" else ln
    )
    return Variant(new, lambda s: alias if s == "Operator" else s) if new else None


ROSTER_HEAD_RE = re.compile(
    r"(?:participants?|attendees?|speakers?|executives?|analysts?|presenters?|panel|appearances"
    r"|参会|出席|与会|參會|與會|嘉宾|嘉賓|人员|人員|接待)",
    re.I,
)


def no_roster(text: str, name: str, roster: dict[str, Any], rnd: random.Random) -> Variant | None:
    """The participants list left out (lines naming roster people that are no speech, and the list's
    heading), so who sits on which side must come from what each one says and how the operator
    introduces them."""
    if not name.endswith(TEXT_EXT):
        return None
    people = _names(roster)
    firms_ = _firms(roster)
    if not people:
        return None
    speakers = _speakers(roster)

    def listed(line: str) -> bool:
        s = line.strip()
        return (
            0 < len(s) < 120
            and any(p in s for p in people + firms_)
            and not re.search(r"[.?!。？！]\s*$", s.rstrip("*_ "))
            and not re.search(r"[:：]\s*\S.{60,}", s)
        )

    def person(line: str) -> bool:
        return any(p in line for p in people)

    def one_line_list(line: str) -> bool:
        _, sep, tail = line.partition("：") if "：" in line else line.partition(":")
        many = sum(1 for p in people if p in tail) >= 2
        return bool(sep) and many and len(line) < 200 and not re.search(r"[。？！?!]", tail)

    lines = text.split("\n")
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if one_line_list(lines[i]) and _label_name(lines[i], speakers) is None:
            drop.add(i)
            i += 1
            continue
        j, run = i, []
        while j < len(lines) and (listed(lines[j]) or (not lines[j].strip() and run)):
            if lines[j].strip():
                run.append(j)
            j += 1
        if sum(1 for k in run if person(lines[k])) >= 2:
            drop.update(run)
            h = run[0] - 1
            while h >= 0 and not lines[h].strip():
                h -= 1
            if (
                h >= 0
                and len(lines[h].strip()) < 60
                and ROSTER_HEAD_RE.search(lines[h])
                and not person(lines[h])
            ):
                drop.add(h)
            i = j
            continue
        i = max(j, i + 1)
    if not drop:
        return None
    return Variant("\n".join(ln for k, ln in enumerate(lines) if k not in drop), _same)


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
    "operator_alias": operator_alias,
    "headings": section_headings,
    "caps_labels": caps_labels,
    "honorific": honorific,
    "bullets": bullets,
    "label_blank": label_blank,
    "stamps": stamps,
    "nbsp": nbsp,
    "zero_width": zero_width,
    "smart_quotes": smart_quotes,
    "tabs": tabs,
    **{f"label_{k}": relabel(r, latin) for k, (r, latin) in RELABELS.items()},
    "heading_unknown": qa_heading(replace=True),
    "heading_none": qa_heading(replace=False),
    "operator_host": operator_host,
    "no_roster": no_roster,
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


# Kinds combined in combination mode, by stage: a combination takes one kind from each of two or
# three stages and applies them in this order (a label is rewritten before its marks are added, and
# text is wrapped and re-encoded last).
STAGES: tuple[tuple[str, ...], ...] = (
    tuple(f"label_{k}" for k in RELABELS),
    ("name_initial", "name_accent", "name_hyphen", "firm_amp", "firm_inc", "firm_llc", "titles", "script"),
    ("honorific", "stamps", "bullets", "tabs", "label_blank"),
    ("operator_alias", "operator_host", "headings", "heading_unknown", "heading_none", "roster_order"),
    ("no_roster",),
    ("caps_labels",),
    ("wrap60", "wrap72", "blank_extra", "blank_none", "footer"),
    ("crlf", "nbsp", "zero_width", "smart_quotes", "colon"),
)
# Combinations real exports show together: time stamps with capitals and no roster, firm in
# brackets with an unknown Q&A heading, labels alone on a line with wrapped text.
NAMED_COMBOS: tuple[tuple[str, ...], ...] = (
    ("stamps", "no_roster", "caps_labels"),
    ("label_paren_firm", "heading_unknown", "bullets"),
    ("label_split", "wrap72"),
    ("label_name_firm", "operator_host", "no_roster"),
    ("label_firm_name", "heading_none", "blank_none"),
    ("label_bracket", "operator_alias", "no_roster"),
)
SEEDED_COMBOS = 14
NEW_KINDS = frozenset(
    [*(f"label_{k}" for k in RELABELS), "heading_unknown", "heading_none", "operator_host", "no_roster"]
)


def combos() -> list[tuple[str, ...]]:
    """The named combinations, then seeded ones of two or three stages (deterministic)."""
    rnd = random.Random(f"{SEED}:combo")
    out = list(NAMED_COMBOS)
    while len(out) < len(NAMED_COMBOS) + SEEDED_COMBOS:
        stages = sorted(rnd.sample(range(len(STAGES)), rnd.choice((2, 3))))
        combo = tuple(rnd.choice(STAGES[i]) for i in stages)
        if combo not in out:
            out.append(combo)
    return out


def _stage(kind: str) -> int:
    return next(i for i, st in enumerate(STAGES) if kind in st)


def _fold(s: str) -> str:
    return re.sub(r"[\s\u200b-\u200d\u2060\ufeff]+", " ", s).casefold()


def rewrite(
    kinds: tuple[str, ...], text: str, name: str, roster: dict[str, Any], entries: list[dict[str, Any]]
) -> tuple[str, dict[str, Any], list[dict[str, Any]]] | None:
    """``text`` and its gold through every kind in turn (None when none of them applies, or when a
    person the gold names is no longer in the text). A firm the rewrite removed from the text (one
    it held as written) is no longer expected."""
    applied = False
    out, first = text, entries
    for kind in kinds:
        v = KINDS[kind](out, name, roster, random.Random(f"{SEED}:{kind}:{name}"))
        if v is None:
            continue
        applied = True
        out = v.text
        roster, entries = _map_gold(roster, entries, v.gold_map)
    if not applied:
        return None
    if len(kinds) > 1 or kinds[0] in NEW_KINDS:
        was, now = _fold(text), _fold(out)
        if any(
            _fold(p) not in now
            for e, e0 in zip(entries, first, strict=True)
            for p, p0 in zip([e["asker"], *e["answerers"]], [e0["asker"], *e0["answerers"]], strict=True)
            if p and p0 and _fold(p0) in was
        ):
            return None
        lost = {
            e["firm"]
            for e, e0 in zip(entries, first, strict=True)
            if e["firm"] and e0["firm"] and _fold(e0["firm"]) in was and _fold(e["firm"]) not in now
        }
        if lost:
            roster, entries = _map_gold(roster, entries, lambda s: "" if s in lost else s)
    return out, roster, entries


def score_kind(
    kinds: tuple[str, ...],
    gold: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]],
    docs: Path,
    only: str | None,
) -> list[FileScore]:
    """Scores of every tune document that ``kinds`` (one kind, or a combination) rewrite."""
    out: list[FileScore] = []
    for name, (roster, entries) in sorted(gold.items()):
        if (only and only not in name) or name.endswith(BINARY_EXT):
            continue
        text = (docs / name).read_text(encoding="utf-8")
        r = rewrite(kinds, text, name, roster, entries)
        if r is None:
            continue
        new, roster2, entries2 = r
        try:
            doc = parse_bytes(new.encode("utf-8"), name)
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
    ap.add_argument(
        "--combo", action="store_true", help="Combinations of two or three kinds instead of single kinds."
    )
    ap.add_argument("--only", help="Only documents whose name contains this.")
    ap.add_argument("-v", "--verbose", action="store_true", help="List every problem.")
    a = ap.parse_args()
    gold = load_calls_gold(a.gold)
    print(
        "| kind | docs | required | predicted | precision | recall | asker | firm | answerers | speaker lines |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    problems: list[str] = []
    rows: list[FileScore] = []
    if a.combo:
        runs = [c for c in combos() if not a.kind or set(a.kind) & set(c)]
    else:
        runs = [(k,) for k in a.kind or list(KINDS)]
    for kinds in runs:
        label = "+".join(kinds)
        scores = score_kind(kinds, gold, a.docs, a.only)
        t = sum_scores(scores, label)
        rows += scores
        print(_row(label, len(scores), t), flush=True)
        problems += [f"{label} {s.name}: {p}" for s in scores for p in s.problems]
    print(_row("**total**", len(rows), sum_scores(rows, "total")))
    if a.verbose:
        print("\n".join(problems))
    return 0


def _row(label: str, docs: int, t: FileScore) -> str:
    return (
        f"| {label} | {docs} | {t.required} | {t.predicted} | {t.precision:.2f} | {t.recall:.2f} | "
        f"{t.rate('asker'):.2f} | {t.rate('firm'):.2f} | {t.rate('answerers'):.2f} | {t.speaker_rate:.2f} |"
    )


if __name__ == "__main__":
    sys.exit(main())
