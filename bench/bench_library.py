"""Library benchmark: add a folder of documents, then search and timeline latency on the result.

Run by hand (not in CI) and copy the printed row into bench/RESULTS.md:

    .venv/bin/python bench/bench_library.py                      # ../shared/eval/ectsum/test/ects
    .venv/bin/python bench/bench_library.py --no-outputs FOLDER  # without brief/minutes

Adding parses, extracts facts (and brief/minutes) in worker processes; the writes, one
transaction per document, are serialised in this process, as ``finbrief library add`` does.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from finbrief.errors import FinbriefError
from finbrief.library import Library, Prepared
from finbrief.pipeline import STORED, prepare

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "eval" / "ectsum" / "test" / "ects"
WORD_RE = re.compile(r"[A-Za-z]{4,}")


def _prepare(args: tuple[str, bool]) -> Prepared | str:
    path, outputs = args
    try:
        return prepare(path, outputs=STORED if outputs else ())
    except FinbriefError as e:
        return str(e)


def add_all(lib: Library, files: list[str], jobs: int, outputs: bool) -> tuple[float, list[str]]:
    """Seconds to add every file (parallel preparation, serial writes) and the errors."""
    errors: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_prepare, [(files[0], outputs)] * jobs))  # warm up imports and lexicons in every worker
        t0 = time.perf_counter()
        futures = [pool.submit(_prepare, (f, outputs)) for f in files]
        for fut in as_completed(futures):
            prep = fut.result()
            if isinstance(prep, str):
                errors.append(prep)
            else:
                lib.write(prep)
        return time.perf_counter() - t0, errors


def search_queries(lib: Library, n: int, rng: random.Random) -> list[str]:
    """A mix of one word, two words, and two-word phrases, drawn from stored paragraphs."""
    rows = lib.conn.execute(
        "SELECT text FROM paragraphs WHERE role = 'text' ORDER BY random() LIMIT 2000"
    ).fetchall()
    queries: list[str] = []
    while len(queries) < n:
        words = WORD_RE.findall(rng.choice(rows)[0])
        if len(words) < 2:
            continue
        kind = rng.random()
        if kind < 0.5:
            queries.append(rng.choice(words))
        elif kind < 0.75:
            queries.append(" ".join(rng.sample(words, 2)))
        else:
            i = rng.randrange(len(words) - 1)
            queries.append(f'"{words[i]} {words[i + 1]}"')
    return queries


def timeline_queries(lib: Library, n: int, rng: random.Random) -> list[dict[str, str | None]]:
    """Metric (and often subject) of stored dated facts, the way a user would ask for them."""
    keys = lib.conn.execute(
        "SELECT DISTINCT subject, metric, coalesce(change, 'none') FROM facts WHERE period IS NOT NULL"
    ).fetchall()
    out: list[dict[str, str | None]] = []
    for _ in range(n):
        subject, metric, change = rng.choice(keys)
        out.append({"metric": metric, "subject": subject if rng.random() < 0.7 else None, "change": change})
    return out


def latencies(calls: list[Callable[[], object]]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    times = []
    for call in calls:
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    q = statistics.quantiles(times, n=100)
    return statistics.median(times), q[94]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--searches", type=int, default=200)
    ap.add_argument("--timelines", type=int, default=200)
    ap.add_argument("--no-outputs", action="store_true", help="Do not compute and store brief/minutes.")
    ap.add_argument("--db", type=Path, help="Keep the library here (default: a temporary file).")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    files = sorted(str(p) for p in a.folder.rglob("*") if p.is_file()) if a.folder.is_dir() else []
    if not files:
        print(f"no input files in {a.folder}", file=sys.stderr)
        return 2
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or Path(tmp) / "library.sqlite"
        if db.exists():
            print(f"{db} exists: give a new path", file=sys.stderr)
            return 2
        with Library(db) as lib:
            seconds, errors = add_all(lib, files, a.jobs, not a.no_outputs)
            facts = lib.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
            paragraphs = lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
            queries = search_queries(lib, a.searches, rng)
            tqueries = timeline_queries(lib, a.timelines, rng)
            for q in queries[:5]:
                lib.search(q)  # warm the page cache
            s50, s95 = latencies([lambda q=q: lib.search(q) for q in queries])  # type: ignore[misc]
            t50, t95 = latencies([lambda q=q: lib.timeline(**q) for q in tqueries])  # type: ignore[misc]
            ok = lib.check()["ok"]
        size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
    docs = len(files) - len(errors)
    outputs = "no" if a.no_outputs else "brief+minutes"
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, {a.jobs} jobs"
    )
    print(
        "| inputs | docs | paragraphs | facts | outputs | add s | docs/s | DB MB "
        "| search p50 ms | search p95 ms | timeline p50 ms | timeline p95 ms | failed | check |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {a.folder} | {docs} | {paragraphs} | {facts} | {outputs} | {seconds:.1f} | {docs / seconds:.1f} "
        f"| {size:.1f} | {s50:.1f} | {s95:.1f} | {t50:.1f} | {t95:.1f} | {len(errors)} | {'ok' if ok else 'FAILED'} |"
    )
    for e in errors[:10]:
        print("failed:", e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
