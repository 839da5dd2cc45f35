"""Hard-wrapped text: paragraphs rebuilt from the same documents re-wrapped as PDFs and exports print them.

Issue target: minutes of a hard-wrapped call contain no sentence cut mid-way and no number cut from its
scale. This bench takes the documents of ``../shared`` (every calls_en transcript, the corpus, 40 ECTSum
val calls), reads each one's own paragraphs, and writes each paragraph back wrapped in four ways:

    0  wrapped at 60–80 columns (30–40 characters for Chinese)
    1  and a "Page N of 99" footer and a running title every 50 lines
    2  and bare page numbers, and line-end hyphens ("reve-" / "nue")
    3  all of that with CRLF line ends and a form feed

It then compares the paragraphs finbrief rebuilds from the wrapped text with the original ones, and runs
``minutes`` and ``brief`` (JSON) on a few of the wrapped files:

    .venv/bin/python bench/bench_wrap.py                 # counts per kind of failure
    .venv/bin/python bench/bench_wrap.py --examples 5    # and a few examples of each

Kinds: ``scale_cut`` a paragraph ending in a number whose scale or unit opens the next one; ``furniture_in``
a page header or footer inside a paragraph; ``cut_mid_sentence`` / ``cut_at_sentence_end`` a source
paragraph rebuilt as pieces; ``merged`` two source paragraphs rebuilt as one; ``hyphen_split`` a word the
wrap hyphenated left split; ``out_unterminated`` / ``out_furniture`` a minutes or brief sentence without
its end, or with page furniture. Skips (exit 0) with a message when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from finbrief.ingest.paragraphs import normalize_newlines, paragraph_texts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CJK = re.compile(r"[\u3400-\u9fff]")
SCALE = {
    False: re.compile(r"^(?:billion|million|thousand|trillion|percent|basis points|bps|%|bn|mn|m\b)", re.I),
    True: re.compile(r"^(?:亿|万|千|百万|元|%|个百分点|美元|港元|倍)"),
}
TERMINAL = tuple(".。!！?？…;；:：\"'”’」』)）]")
TITLE = {False: "Example Corp Q3 Earnings Call", True: "示例公司业绩说明会纪要"}
FOOTER = re.compile(r"Page \d+ of 99")
VARIANTS: tuple[dict[str, int], ...] = ({}, {"pages": 1}, {"pages": 2, "hyphen": 1}, {"crlf": 1, "pages": 1, "hyphen": 1})
PAGE_LINES = 50
CLI = (sys.executable, "-c", "import sys; from finbrief.cli import main; sys.argv[0] = 'finbrief'; main()")


def sources() -> list[Path]:
    """Every calls_en transcript, the corpus and 40 ECTSum val calls."""
    files = sorted((SHARED / "eval" / "calls_en").glob("*/*.txt"))
    files += sorted((SHARED / "corpus").glob("*/*.txt"))
    files += sorted((SHARED / "eval" / "ectsum" / "val" / "ects").glob("*.txt"))[:40]
    return files


def is_chinese(text: str) -> bool:
    return len(CJK.findall(text[:4000])) > 200


def hyphenate(lines: list[str], rng: random.Random) -> tuple[list[str], set[str]]:
    """Some long lower-case words that open a line split over the line end with a hyphen."""
    out, split = list(lines), set()
    for i in range(len(out) - 1):
        first = re.match(r"(\S+)", out[i + 1])
        if first is None or rng.random() > 0.15 or not re.fullmatch(r"[a-z]{7,}", first.group(1)):
            continue
        word = first.group(1)
        k = rng.randint(3, len(word) - 3)
        out[i] = f"{out[i]} {word[:k]}-"
        out[i + 1] = word[k:] + out[i + 1][len(word) :]
        split.add(word[:k])
    return out, split


def rewrap(paras: list[str], zh: bool, rng: random.Random, variant: dict[str, int]) -> tuple[str, set[str]]:
    """The paragraphs as a wrapped text in ``variant``; the word halves hyphenated."""
    width = rng.randint(30, 40) if zh else rng.randint(60, 80)
    lines: list[str] = []
    split: set[str] = set()
    for p in paras:
        if zh:
            wrapped = [p[i : i + width] for i in range(0, len(p), width)]
        else:
            wrapped = textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)
        if variant.get("hyphen") and not zh:
            wrapped, halves = hyphenate(wrapped, rng)
            split |= halves
        lines += [*wrapped, ""]
    if variant.get("pages"):
        paged: list[str] = []
        for i, line in enumerate(lines):
            paged.append(line)
            if i and i % PAGE_LINES == 0:
                page = i // PAGE_LINES
                paged += [f"Page {page} of 99", TITLE[zh]] if variant["pages"] == 1 else [str(page)]
        lines = paged
    text = "\n".join(lines)
    if variant.get("crlf"):
        text = text.replace("\n\n", "\n\f\n", 1).replace("\n", "\r\n")
    return text, split


def squeeze(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def is_furniture(p: str, zh: bool) -> bool:
    s = p.strip()
    return s == TITLE[zh] or FOOTER.fullmatch(s) is not None or s.isdigit()


def paragraph_flags(orig: list[str], got: list[str], zh: bool, split: set[str]) -> list[tuple[str, str]]:
    """Each rebuilt paragraph that is not one of the source's, by kind."""
    flags: list[tuple[str, str]] = []
    whole = [squeeze(p) for p in orig]
    known = set(whole)
    for i, p in enumerate(got):
        sq = squeeze(p)
        if sq in known or is_furniture(p, zh):
            continue
        nxt = got[i + 1].strip() if i + 1 < len(got) else ""
        if re.search(r"\d$", p) and SCALE[zh].match(nxt):
            flags.append(("scale_cut", f"{p[-40:]} || {nxt[:20]}"))
        elif TITLE[zh] in p or FOOTER.search(p):
            flags.append(("furniture_in", p[:60]))
        elif any(sq in w for w in whole):
            kind = "cut_at_sentence_end" if p.rstrip().endswith(TERMINAL) else "cut_mid_sentence"
            flags.append((kind, f"{p[-50:]} || {nxt[:30]}"))
        else:
            flags.append(("merged", f"{p[:50]} ... {p[-30:]}"))
    text = " ".join(got)
    for half in split:
        if re.search(re.escape(half) + r"-\s*[a-z]", text):
            flags.append(("hyphen_split", half))
    return flags


def statements(data: Any) -> list[str]:
    """The sentences of a minutes or brief JSON."""
    keys = {"text", "sentence", "summary", "statement", "question", "answer", "viewpoint", "highlight"}
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k in keys and isinstance(v, str):
                    out.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(data)
    return out


def output_flags(path: Path, zh: bool) -> list[tuple[str, str]]:
    flags: list[tuple[str, str]] = []
    for command in ("minutes", "brief"):
        run = subprocess.run(
            [*CLI, command, str(path), "-f", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode:
            flags.append(("out_error", f"{path.name} {command}: {run.stderr[-200:]}"))
            continue
        for s in statements(json.loads(run.stdout)):
            t = re.sub(r"\s*(?:\[[^\]]*\]|【[^】]*】)+$", "", s.strip()).strip()
            if t and not t.endswith(TERMINAL):
                flags.append(("out_unterminated", t[-60:]))
            if TITLE[zh] in t or FOOTER.search(t):
                flags.append(("out_furniture", t[:60]))
    return flags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--outputs", type=int, default=4, help="wrapped files to run minutes and brief on")
    ap.add_argument("--examples", type=int, default=0, help="examples to print per kind")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent (the shared eval data sits beside the checkout)")
        return
    rng = random.Random(args.seed)
    files = sources()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    chosen: list[tuple[str, bool]] = []
    step = max(1, len(files) // max(1, args.outputs))
    for fi, f in enumerate(files):
        text = f.read_text(encoding="utf-8")
        zh = is_chinese(text)
        orig = [p.strip() for p in paragraph_texts(normalize_newlines(text))]
        if paragraph_texts(normalize_newlines(text)) != paragraph_texts(normalize_newlines(text)):
            counts["unstable"] += 1
        for vi, variant in enumerate(VARIANTS):
            wrapped, split = rewrap(orig, zh, rng, variant)
            got = paragraph_texts(normalize_newlines(wrapped).replace("\f", ""))
            for kind, ex in paragraph_flags(orig, got, zh, split):
                key = f"{kind}:{'zh' if zh else 'en'}"
                counts[key] += 1
                examples[key].append(f"{f.name} v{vi}: {ex}")
            if vi == len(VARIANTS) - 1 and fi % step == 0 and len(chosen) < args.outputs:
                chosen.append((wrapped, zh))
    with tempfile.TemporaryDirectory() as tmp:
        for n, (wrapped, zh) in enumerate(chosen):
            path = Path(tmp) / f"wrapped{n}.txt"
            path.write_text(wrapped, encoding="utf-8", newline="")
            for kind, ex in output_flags(path, zh):
                key = f"{kind}:{'zh' if zh else 'en'}"
                counts[key] += 1
                examples[key].append(ex)
    print(f"# {len(files)} documents x {len(VARIANTS)} wrappings; minutes and brief of {len(chosen)}")
    print("| kind | count |\n|---|---|")
    for key in sorted(counts):
        print(f"| {key} | {counts[key]} |")
    for key in sorted(examples) if args.examples else ():
        print(f"\n{key}:")
        for ex in examples[key][: args.examples]:
            print(f"  {ex}")


if __name__ == "__main__":
    main()
