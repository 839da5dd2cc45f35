"""Throughput and peak memory of a finbrief job over folders of documents.

Run by hand (not in CI) and copy the printed row into bench/RESULTS.md. On a shared machine the
wall-clock rate follows the load; the CPU time per document is the stable figure, and "docs/s on
idle cores" is the number of jobs divided by it. Each worker reads one file before the clock starts
(imports, lexicons) and every worker waits until all have; each output is written to a scratch
folder, as ``finbrief batch`` writes it, and only its size goes back to the parent:

    .venv/bin/python bench/bench_parse.py --what parse --jobs 2 ../shared/eval/ectsum/test/ects
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.synchronize import Barrier
from pathlib import Path

from finbrief.errors import FinbriefError
from finbrief.jobs import JobSpec, run_file
from finbrief.options import Options

_CHUNK = 4
"""Files a worker takes at a time: few, so that the workers finish together (with a sixteenth of the
files a time, one worker could be left with a whole chunk while the other idles)."""

_OUT: Path | None = None
"""The worker's scratch folder for outputs."""


def _work(args: tuple[str, str, str]) -> tuple[int, str | None, float]:
    """(output size, error, CPU seconds) of one file, its output written to the scratch folder."""
    path, what, fmt = args
    t0 = time.process_time()
    try:
        spec = JobSpec(what, fmt)
        text = run_file(path, spec, Options())
        if _OUT is not None:
            (_OUT / (Path(path).stem + spec.extension)).write_text(text, encoding="utf-8")
        return len(text), None, time.process_time() - t0
    except FinbriefError as e:
        return 0, str(e), time.process_time() - t0


def _warm(first: tuple[str, str, str], out: str, ready: Barrier) -> None:
    """Worker start: run one file (imports, lexicons), then wait until every worker and the parent are ready."""
    global _OUT
    _OUT = Path(out)
    _work(first)
    ready.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--what", default="parse")
    ap.add_argument("--format", default="json")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=1, help="Passes over the files (after one warm-up file).")
    a = ap.parse_args()

    files = sorted(str(p) for d in a.folders for p in (d.rglob("*") if d.is_dir() else [d]) if p.is_file())
    if not files:
        print("no input files", file=sys.stderr)
        return 2
    tasks = [(f, a.what, a.format) for f in files] * a.repeat
    size = sum(os.path.getsize(f) for f in files) * a.repeat
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    ready = ctx.Barrier(a.jobs + 1)
    with (
        tempfile.TemporaryDirectory(prefix="finbrief-bench-") as out,
        ProcessPoolExecutor(a.jobs, ctx, initializer=_warm, initargs=(tasks[0], out, ready)) as pool,
    ):
        for _ in range(a.jobs):
            pool.submit(int)  # starts every worker
        ready.wait()
        t0 = time.perf_counter()
        results = list(pool.map(_work, tasks, chunksize=_CHUNK))
        elapsed = time.perf_counter() - t0
    failed = [e for _, e, _ in results if e]
    cpu_ms = 1000 * sum(c for _, _, c in results) / len(tasks)
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    names = ", ".join(str(d) for d in a.folders)
    print(f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        "| job | inputs | docs | MB | jobs | seconds | docs/s | MB/s | CPU ms/doc | docs/s on idle cores "
        "| peak RSS per process (MB) | failed | load average |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {a.what} {a.format} | {names} | {len(tasks)} | {size / 1e6:.1f} | {a.jobs} | {elapsed:.2f} | "
        f"{len(tasks) / elapsed:.1f} | {size / 1e6 / elapsed:.2f} | {cpu_ms:.2f} | {1000 * a.jobs / cpu_ms:.0f} | "
        f"{max(peak_child, peak_self):.0f} | {len(failed)} | {load:.1f} |"
    )
    for e in failed[:10]:
        print("failed:", e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
