"""Load test of `finbrief serve` on loopback: concurrent readers while documents are uploaded.

Run by hand (not in CI) and copy the printed block into bench/RESULTS.md:

    .venv/bin/python bench/bench_web.py                  # 50 readers x 20 reads, 5 uploaders x 2 files

A corpus library (../shared/corpus/alibaba and samples/) is built in a temporary folder and served
by a real `finbrief serve` process on 127.0.0.1 with its default worker pool. Readers loop over the
reader page, the brief, the document list, search and timeline; uploaders send copies of the
corpus files (one line added, so each is a new document the pipeline must run). Every request is
bounded (count and timeout) and goes to 127.0.0.1 only. Afterwards `finbrief library check` must pass.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "alibaba"
sys.path.insert(0, str(ROOT))

from tests.web.conftest import start_server, stop_server  # noqa: E402


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def reader(client: httpx.AsyncClient, urls: list[str], n: int, rng: random.Random, out: list[float], errors: list[str]) -> None:
    for _ in range(n):
        url = rng.choice(urls)
        t0 = time.perf_counter()
        try:
            r = await client.get(url)
            if r.status_code != 200:
                errors.append(f"{r.status_code} {url}")
        except httpx.HTTPError as e:
            errors.append(f"{type(e).__name__} {url}")
        out.append(time.perf_counter() - t0)


async def uploader(client: httpx.AsyncClient, files: list[Path], tag: str, out: list[float], errors: list[str]) -> None:
    for i, f in enumerate(files):
        data = f.read_bytes() + f"\n\nLoad test copy {tag}-{i}.\n".encode()
        t0 = time.perf_counter()
        try:
            r = await client.post("/api/documents", files={"files": (f"{tag}-{i}-{f.name}", data, "text/plain")})
            if r.status_code != 201:
                errors.append(f"{r.status_code} upload {f.name}: {r.text[:200]}")
        except httpx.HTTPError as e:
            errors.append(f"{type(e).__name__} upload {f.name}")
        out.append(time.perf_counter() - t0)


async def run(base: str, readers: int, reads: int, uploaders: int, per_uploader: int, seed: int) -> dict[str, object]:
    limits = httpx.Limits(max_connections=readers + uploaders + 5)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        docs = (await client.get("/api/documents")).json()
        ids = [d["id"] for d in docs]
        urls = (
            [f"/documents/{i}" for i in ids]
            + [f"/api/documents/{i}/brief" for i in ids]
            + [f"/api/documents/{i}/minutes" for i in ids[:3]]
            + ["/", "/api/documents", "/api/search?q=闪购", "/api/search?q=cloud%20revenue", "/search?q=閃購"]
            + ["/api/timeline?subject=cloud&metric=revenue", "/timeline?subject=cloud&metric=revenue", "/conflicts"]
        )
        for u in urls:  # one warm-up read of each page, not counted
            await client.get(u)
        files = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "samples").rglob("*.txt"))
        rng = random.Random(seed)
        read_times: list[float] = []
        upload_times: list[float] = []
        errors: list[str] = []
        t0 = time.perf_counter()
        await asyncio.gather(
            *(reader(client, urls, reads, random.Random(rng.random()), read_times, errors) for _ in range(readers)),
            *(
                uploader(client, rng.sample(files, per_uploader), f"u{k}", upload_times, errors)
                for k in range(uploaders)
            ),
        )
        wall = time.perf_counter() - t0
    return {"reads": read_times, "uploads": upload_times, "errors": errors, "wall": wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--reads", type=int, default=20, help="Reads per reader.")
    ap.add_argument("--uploaders", type=int, default=5)
    ap.add_argument("--files", type=int, default=2, help="Files per uploader.")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} not found")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "data" / "library.sqlite"
        add = subprocess.run(
            [sys.executable, "-m", "finbrief.cli", "library", "add", "--db", str(db), str(CORPUS), str(ROOT / "samples")],
            capture_output=True, text=True,
        )
        if add.returncode != 0:
            sys.exit(add.stderr)
        server = start_server(db)
        try:
            res = asyncio.run(run(server.url, a.readers, a.reads, a.uploaders, a.files, a.seed))
        finally:
            stop_server(server)
        check = subprocess.run(
            [sys.executable, "-m", "finbrief.cli", "library", "check", "--db", str(db)], capture_output=True, text=True
        )
    reads, uploads = res["reads"], res["uploads"]
    errors = res["errors"]
    assert isinstance(reads, list) and isinstance(uploads, list) and isinstance(errors, list)
    ms = [x * 1000 for x in reads]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average before: {os.getloadavg()[0]:.2f}")
    print("| readers × reads | uploads | reads | read p50 ms | read p95 ms | read max ms | upload p50 s | upload max s | errors | library check | wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {a.readers} × {a.reads} | {a.uploaders} × {a.files} | {len(reads)} | {statistics.median(ms):.1f} | {pct(ms, 0.95):.1f} "
        f"| {max(ms):.1f} | {statistics.median(uploads) if uploads else 0:.1f} | {max(uploads, default=0):.1f} | {len(errors)} "
        f"| {'ok' if check.returncode == 0 else 'FAILED'} | {res['wall']:.1f} |"
    )
    for e in errors[:20]:
        print("error:", e)
    if check.returncode != 0:
        print(check.stdout, check.stderr)


if __name__ == "__main__":
    main()
