"""Load test of `finbrief serve` on loopback: concurrent readers while documents are uploaded.

Run by hand (not in CI) and copy the printed block into bench/RESULTS.md:

    .venv/bin/python bench/bench_web.py       # 50 readers, 5 uploaders x 2 files

A corpus library (../shared/corpus/alibaba and samples/) is built in a temporary folder and served
by a real `finbrief serve` process on 127.0.0.1 with its default worker pool. Each reader is one
kept-alive HTTP/1.1 connection that asks, back to back with no pause, for a random one of: the
reader page and the brief of every document, the minutes of three, the library page and list,
search (API and page), timeline (API and page) and conflicts; readers go on until the last upload
has been answered. Each uploader posts its files one after the other: copies of the corpus files
with one line added, so each is a new document the pipeline must run and store while the readers
read. Every request is bounded (count and timeout) and goes to 127.0.0.1 only. Afterwards
`finbrief library check` must pass.

The readers speak HTTP/1.1 over asyncio streams (``--client raw``, the default): the load
generator then costs far less CPU than the server, as wrk or hey would. ``--client httpx`` uses
httpx's async client instead, which on 2 cores spends more CPU per request than the server it
measures (its numbers are mostly the client's own queueing). The uploads always go through httpx.
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
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "alibaba"
sys.path.insert(0, str(ROOT))

from tests.web.conftest import start_server, stop_server  # noqa: E402

TIMEOUT = 60.0
"""Seconds any one request may take before it counts as an error."""


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (5 min {five:.2f})"


class Connection:
    """One kept-alive HTTP/1.1 connection: a GET, its status and body length; anything unexpected
    (a close, no Content-Length, a timeout) is an error the caller counts."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, int]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
        if "content-length" not in headers:
            raise ValueError("answer without Content-Length")
        await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("connection") == "close":
            self.close()
        return status, int(headers["content-length"])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Reads:
    times: dict[str, list[float]] = field(default_factory=lambda: {"page": [], "json": []})
    errors: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[float]:
        return self.times["page"] + self.times["json"]


def more(n: int, uploads_done: asyncio.Event) -> Iterator[int]:
    """At least ``n`` reads, and on until the last upload has been answered."""
    i = 0
    while i < n or not uploads_done.is_set():
        yield i
        i += 1


async def raw_reader(
    base: str, urls: list[str], n: int, rng: random.Random, out: Reads, uploads_done: asyncio.Event
) -> None:
    parts = urlsplit(base)
    conn = Connection(parts.hostname or "127.0.0.1", parts.port or 80)
    try:
        for _ in more(n, uploads_done):
            url = rng.choice(urls)
            t0 = time.perf_counter()
            try:
                status, _ = await asyncio.wait_for(conn.get(url), TIMEOUT)
                if status != 200:
                    out.errors.append(f"{status} {url}")
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                out.errors.append(f"{type(e).__name__} {url}")
                conn.close()
            out.times["json" if url.startswith("/api/") else "page"].append(time.perf_counter() - t0)
    finally:
        conn.close()


async def httpx_reader(
    client: httpx.AsyncClient, urls: list[str], n: int, rng: random.Random, out: Reads, uploads_done: asyncio.Event
) -> None:
    for _ in more(n, uploads_done):
        url = rng.choice(urls)
        t0 = time.perf_counter()
        try:
            r = await client.get(url)
            if r.status_code != 200:
                out.errors.append(f"{r.status_code} {url}")
        except httpx.HTTPError as e:
            out.errors.append(f"{type(e).__name__} {url}")
        out.times["json" if url.startswith("/api/") else "page"].append(time.perf_counter() - t0)


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


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) of a process: this one, or another by its /proc entry (Linux)."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run(base: str, a: argparse.Namespace, server_pid: int) -> dict[str, object]:
    limits = httpx.Limits(max_connections=a.readers + a.uploaders + 5)
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT * 5, limits=limits) as client:
        docs = (await client.get("/api/documents")).json()
        ids = [d["id"] for d in docs]
        urls = (
            [f"/documents/{i}" for i in ids]
            + [f"/api/documents/{i}/brief" for i in ids]
            + [f"/api/documents/{i}/minutes" for i in ids[:3]]
            + ["/", "/api/documents", "/api/search?q=闪购", "/api/search?q=cloud%20revenue", "/search?q=閃購"]
            + ["/api/timeline?subject=cloud&metric=revenue", "/timeline?subject=cloud&metric=revenue", "/conflicts"]
        )
        urls = [httpx.URL(u).raw_path.decode() for u in urls]  # percent-encoded, as a browser sends them
        for u in urls:  # one warm-up read of each, not counted
            await client.get(u)
        files = sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "samples").rglob("*.txt"))
        rng = random.Random(a.seed)
        reads = Reads()
        upload_times: list[float] = []
        upload_errors: list[str] = []

        uploads_done = asyncio.Event()

        def reader(seed: float) -> Awaitable[None]:
            if a.client == "httpx":
                return httpx_reader(client, urls, a.reads, random.Random(seed), reads, uploads_done)
            return raw_reader(base, urls, a.reads, random.Random(seed), reads, uploads_done)

        async def uploads() -> None:
            await asyncio.gather(
                *(
                    uploader(client, rng.sample(files, a.files), f"u{k}", upload_times, upload_errors)
                    for k in range(a.uploaders)
                )
            )
            uploads_done.set()

        seeds = [rng.random() for _ in range(a.readers)]
        t0 = time.perf_counter()
        cpu0 = (cpu_seconds(), cpu_seconds(server_pid))
        await asyncio.gather(*(reader(s) for s in seeds), uploads())
        cpu = (cpu_seconds() - cpu0[0], cpu_seconds(server_pid) - cpu0[1])
        wall = time.perf_counter() - t0
    return {"reads": reads, "uploads": upload_times, "upload_errors": upload_errors, "wall": wall, "cpu": cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--reads", type=int, default=20, help="Reads per reader at least (readers go on until the uploads end).")
    ap.add_argument("--uploaders", type=int, default=5)
    ap.add_argument("--files", type=int, default=2, help="Files per uploader.")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw", help="How the readers speak HTTP.")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} not found")
    load_before = load()
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
            res = asyncio.run(run(server.url, a, server.process.pid))
            load_during = load()
        finally:
            log = server.log.read_text() if server.log else ""
            stop_server(server)
        check = subprocess.run(
            [sys.executable, "-m", "finbrief.cli", "library", "check", "--db", str(db)], capture_output=True, text=True
        )
    reads, uploads = res["reads"], res["uploads"]
    upload_errors = res["upload_errors"]
    assert isinstance(reads, Reads) and isinstance(uploads, list) and isinstance(upload_errors, list)
    ms = [x * 1000 for x in reads.all]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average before {load_before}, at the end {load_during}; readers' client: {a.client}")
    print("| readers × reads | uploads | reads | read p50 ms | read p95 ms | read max ms | page p95 ms | json p95 ms "
          "| upload p50 s | upload max s | errors | library check | wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    page = [x * 1000 for x in reads.times["page"]]
    api = [x * 1000 for x in reads.times["json"]]
    errors = reads.errors + upload_errors
    print(
        f"| {a.readers} × {a.reads} | {a.uploaders} × {a.files} | {len(ms)} | {statistics.median(ms):.1f} "
        f"| {pct(ms, 0.95):.1f} | {max(ms):.1f} | {pct(page, 0.95):.1f} | {pct(api, 0.95):.1f} "
        f"| {statistics.median(uploads) if uploads else 0:.1f} | {max(uploads, default=0):.1f} | {len(errors)} "
        f"| {'ok' if check.returncode == 0 else 'FAILED'} | {res['wall']:.1f} |"
    )
    cpu = res["cpu"]
    assert isinstance(cpu, tuple)
    n = max(1, len(ms))
    print(f"CPU per read: load generator {cpu[0] / n * 1000:.2f} ms, server process {cpu[1] / n * 1000:.2f} ms "
          "(the server's figure includes its share of the uploads; the pipeline runs in its worker processes)")
    for e in errors[:20]:
        print("error:", e)
    if check.returncode != 0:
        print(check.stdout, check.stderr)
    if errors and log.strip():
        print("server log (end):", log[-3000:])


if __name__ == "__main__":
    main()
