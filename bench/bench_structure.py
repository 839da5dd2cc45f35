"""Transcript structure against gold: Q&A pairs (askers, firms, answerers) and prepared-remarks speakers.

Run by hand (not in CI) and copy the printed rows into bench/RESULTS.md:

    .venv/bin/python bench/bench_structure.py            # calls_en gold + corpus gold
    .venv/bin/python bench/bench_structure.py -v         # and every miss, extra pair and wrong field
    .venv/bin/python bench/bench_structure.py --gold G.jsonl --docs DIR
                                                         # another gold file over the documents in DIR
    .venv/bin/python bench/bench_structure.py --speed ../shared/eval/ectsum/test/ects --jobs 2
                                                         # ingest + structure throughput only

The structure check sets in ``bench/structure_sets`` (seventy-two fictional calls, each in a transcript
layout, English and Chinese, with gold; ``tune`` and ``check`` halves, see its README) score the same
way:

    .venv/bin/python bench/bench_structure.py --gold bench/structure_sets/tune.jsonl --docs bench/structure_sets/docs
    .venv/bin/python bench/bench_structure.py --gold bench/structure_sets/check.jsonl --docs bench/structure_sets/docs

Scoring: ../shared/eval/calls_en/README.md (precision, recall, asker, firm, answerer set exact) and
../shared/eval/README.md (qa_dev.json). "prepared speaker" is the share of speech lines of the
PRESENTATION section whose paragraph carries the speaker named in the turn's header block; with
``--gold`` it is the share of the gold's ``lines`` checks ([snippet, speaker]) that hold.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from finbrief.api import parse
from finbrief.errors import InputError
from finbrief.structure.eval import (
    FileScore,
    load_calls_gold,
    score_anchor_gold,
    score_lines,
    score_pairs,
    speaker_accuracy,
)
from finbrief.structure.eval import total as sum_scores

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STOPS = ("QUESTIONS AND ANSWERS", "DISCLAIMER")


def _row(s: FileScore) -> str:
    return (
        f"| {s.name} | {s.required} | {s.predicted} | {s.precision:.2f} | {s.recall:.2f} | {s.rate('asker'):.2f} | "
        f"{s.rate('firm'):.2f} | {s.rate('answerers'):.2f} | {s.speaker_rate:.2f} |"
    )


def _structure_file(path: str) -> float:
    """CPU seconds to ingest and structure one file (CPU time: comparable on a loaded machine)."""
    from finbrief.ingest import read_path
    from finbrief.structure import run

    t0 = time.process_time()
    run(read_path(path))
    return time.process_time() - t0


def speed(folder: Path, jobs: int) -> int:
    """Documents per second through ingest and structure alone, in ``jobs`` worker processes; also
    the CPU time per document, and the rate ``jobs`` idle cores would reach at that CPU time."""
    import resource
    from concurrent.futures import ProcessPoolExecutor

    files = sorted(str(p) for p in folder.glob("*") if p.is_file())
    if not files:
        print(f"no files in {folder}", file=sys.stderr)
        return 2
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_structure_file, files[:jobs]))  # warm up imports and lexicons in every worker
        t0 = time.perf_counter()
        cpu = sum(pool.map(_structure_file, files, chunksize=max(1, len(files) // (jobs * 8))))
        elapsed = time.perf_counter() - t0
    peak = (
        max(resource.getrusage(r).ru_maxrss for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    )
    per_doc = cpu / len(files)
    print(
        "| inputs | docs | jobs | seconds | docs/s | CPU ms/doc | docs/s on idle cores | peak RSS per process (MB) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {folder} | {len(files)} | {jobs} | {elapsed:.2f} | {len(files) / elapsed:.1f} | {1000 * per_doc:.2f} | "
        f"{jobs / per_doc:.0f} | {peak:.0f} |"
    )
    return 0


def other_gold(gold_path: Path, docs: Path, only: str | None, verbose: bool) -> int:
    """Pairs and ``lines`` checks of any JSON-lines gold file (calls_en format) over its documents."""
    if not gold_path.is_file() or not docs.is_dir():
        print(f"{gold_path} or {docs} not found", file=sys.stderr)
        return 2
    scores: list[FileScore] = []
    for name, (roster, entries) in sorted(load_calls_gold(gold_path).items()):
        if only and only not in name:
            continue
        try:
            doc = parse(docs / name)
        except InputError as exc:  # a file finbrief refuses scores as one with no pairs, not a crash
            sc = FileScore(name, required=sum(1 for e in entries if e["required"]))
            sc.lines = len(roster.get("lines", ()))
            sc.problems.append(f"not read: {exc}")
            scores.append(sc)
            continue
        sc = score_pairs(doc, entries, name)
        sc.lines_right, sc.lines = score_lines(doc, roster.get("lines", ()))
        if verbose:
            sc.problems.extend(f"warning: {w}" for w in doc.warnings)
        scores.append(sc)
    print("| file | required | predicted | precision | recall | asker | firm | answerers | speaker lines |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in scores:
        print(_row(s))
    print(_row(sum_scores(scores, f"**{gold_path.stem} total**")))
    if verbose:
        for s in scores:
            for p in s.problems:
                print(f"{s.name}: {p}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("-v", "--verbose", action="store_true", help="List the problems of every file.")
    ap.add_argument("--only", help="Score only files whose name contains this.")
    ap.add_argument(
        "--speed", type=Path, help="Measure ingest + structure throughput over this folder instead."
    )
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--gold", type=Path, help="Score this JSON-lines gold file instead (with --docs).")
    ap.add_argument("--docs", type=Path, help="Folder holding the files the --gold file names.")
    a = ap.parse_args()
    if a.speed:
        return speed(a.speed, a.jobs)
    if a.gold:
        return other_gold(a.gold, a.docs or a.gold.parent, a.only, a.verbose)
    calls = a.shared / "eval" / "calls_en"
    if not calls.is_dir():
        print(f"{calls} not found", file=sys.stderr)
        return 2
    gold = load_calls_gold(calls / "gold_qa.jsonl")
    scores: list[FileScore] = []
    t0 = time.perf_counter()
    for name, (roster, entries) in sorted(gold.items()):
        if a.only and a.only not in name:
            continue
        path = calls / "transcripts" / name
        doc = parse(path)
        sc = score_pairs(doc, entries, name.removesuffix("_q3_2022.txt"))
        names = [*roster.get("company", ()), *(x["name"] for x in roster.get("analysts", ()))]
        sc.lines_right, sc.lines = speaker_accuracy(
            path.read_text(encoding="utf-8"), doc, names, "PRESENTATION", STOPS
        )
        scores.append(sc)
    elapsed = time.perf_counter() - t0
    print(
        "| file | required | predicted | precision | recall | asker | firm | answerers | prepared speaker |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for s in scores:
        print(_row(s))
    print(_row(sum_scores(scores, "**calls_en total**")))
    print(f"\n{len(scores)} files in {elapsed:.1f} s")
    if a.verbose:
        for s in scores:
            for p in s.problems:
                print(f"{s.name}: {p}")

    qa_dev = a.shared / "eval" / "qa_dev.json"
    if qa_dev.is_file() and not a.only:
        g = json.loads(qa_dev.read_text(encoding="utf-8"))
        doc = parse(a.shared / "corpus" / "alibaba" / g["doc"])
        problems = score_anchor_gold(doc, g)
        right = len(g["pairs"]) - len({p.split(":")[0] for p in problems if p.startswith("pair ")})
        print(
            f"\ncorpus qa_dev.json ({g['doc']}): {right}/{len(g['pairs'])} pairs right, {len(doc.qa)} predicted"
        )
        for p in problems:
            print("  ", p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
