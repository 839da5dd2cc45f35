"""Earnings-checklist coverage of briefs and minutes, scored against items read by hand.

Each rubric file (``bench/rubric/*.yaml``) lists, per call, what an analyst must find in the brief
or minutes: group results, each segment's revenue and profit, cash flow, capex, guidance, capital
returns and what each Q&A answer committed to. An item is met when one statement of the outputs
(in ``--lang``) matches its ``says`` pattern (or every pattern of a list) and cites one of the
paragraphs in ``at``, where the source states it. Prints coverage per call, per rubric file and
per category; ``-v`` lists the items missed.

    .venv/bin/python bench/bench_rubric.py [--lang en] [-v] [bench/rubric/corpus.yaml ...]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from finbrief import summarize
from finbrief.api import parse
from finbrief.facts import run as facts_of
from finbrief.model import Brief, Minutes, Statement
from finbrief.options import Options

HERE = Path(__file__).parent


def statements(b: Brief, m: Minutes) -> list[Statement]:
    out = [*b.core_viewpoint, *(p for g in b.groups for p in g.points), *b.highlights, *m.summary]
    out += [s for c in m.chapters for s in c.summary]
    out += [s for q in m.qa for s in (q.question, q.answer)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rubrics", nargs="*", type=Path, default=sorted((HERE / "rubric").glob("*.yaml")))
    ap.add_argument("--lang", default="en")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the items missed")
    ap.add_argument("--show", action="store_true", help="list each item met with the statement that meets it")
    ap.add_argument(
        "--timing", action="store_true", help="time a whole brief (parse, facts, brief) of each call after start-up"
    )
    args = ap.parse_args()
    met: Counter[str] = Counter()
    total: Counter[str] = Counter()
    rows = []
    timings: list[tuple[str, float]] = []
    for rubric in args.rubrics:
        for call in yaml.safe_load(rubric.read_text(encoding="utf-8"))["calls"]:
            path = (HERE.parent / call["file"]).resolve()
            if not path.exists():
                print(f"skip {call['file']}: not found", file=sys.stderr)
                continue
            opts = Options(lang=args.lang)
            if args.timing:
                if not timings:  # start-up: imports, lexicons, OpenCC, pypinyin (not part of a brief)
                    summarize.brief(parse(path), opts)
                start = time.perf_counter()
                summarize.brief(parse(path), opts)
                timings.append((path.name, time.perf_counter() - start))
            doc = parse(path)
            facts = facts_of(doc, Options())
            said = statements(summarize.brief(doc, opts, facts), summarize.minutes(doc, opts, facts))
            hits = 0
            for item in call["items"]:
                says = item["says"] if isinstance(item["says"], list) else [item["says"]]
                patterns = [re.compile(p, re.IGNORECASE) for p in says]
                match = next(
                    (s for s in said if all(p.search(s.text) for p in patterns) and set(s.citations) & set(item["at"])),
                    None,
                )
                ok = match is not None
                if args.show and match is not None:
                    print(f"  met {path.name}: {item['what']}: {match.text[:160]}", file=sys.stderr)
                total[item["kind"]] += 1
                met[item["kind"]] += ok
                hits += ok
                if args.verbose and not ok:
                    print(f"  missed {path.name}: {item['what']}", file=sys.stderr)
            rows.append((rubric.stem, path.name, hits, len(call["items"])))
    print("| rubric | call | items met | coverage |\n|---|---|---|---|")
    for stem, name, hits, n in rows:
        print(f"| {stem} | {name} | {hits}/{n} | {hits / n:.2f} |")
    print("\n| rubric | calls | items met | coverage |\n|---|---|---|---|")
    for stem in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == stem]
        h, n = sum(r[2] for r in mine), sum(r[3] for r in mine)
        print(f"| {stem} | {len(mine)} | {h}/{n} | {h / max(1, n):.2f} |")
    print("\n| category | items met | coverage |\n|---|---|---|")
    for kind in sorted(total):
        print(f"| {kind} | {met[kind]}/{total[kind]} | {met[kind] / total[kind]:.2f} |")
    if timings:
        ranked = sorted(t for _, t in timings)
        slowest = max(timings, key=lambda x: x[1])
        print(
            f"\nbrief of one call after start-up: median {ranked[len(ranked) // 2]:.2f} s, "
            f"slowest {slowest[1]:.2f} s ({slowest[0]})"
        )
    all_met, all_n = sum(met.values()), sum(total.values())
    print(f"\nall: {all_met}/{all_n} ({all_met / max(1, all_n):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
