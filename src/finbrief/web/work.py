"""What the worker processes run, and the jobs that track long work.

The pipeline is CPU-bound and must never run on the event loop: each unit of work is a plain
function here, run in a process pool at a lower priority than the server; the server awaits its
future. A job groups several units (the files of an upload, a summary by a slow backend) behind a
status URL with progress. Jobs are kept in the library (``library.jobs``): a status URL still
answers after a restart, and a job the stopped server never finished says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import socket
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from finbrief.errors import FinbriefError

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    from finbrief.library import Library

INTERRUPTED = "the server stopped before this job ended; start it again"

_progress: Queue[tuple[str, dict[str, int]] | None] | None = None
"""Where a worker reports progress within a unit (model answers so far), set by ``init_worker``."""


def init_worker(progress: Queue[tuple[str, dict[str, int]] | None] | None = None, parent: int | None = None) -> None:
    """Worker initializer: the pipeline yields the CPU to the requests the server answers; the worker
    ends with the server, however the server ends (Ctrl-C reaches the server, which stops it)."""
    global _progress
    _progress = progress
    if parent is not None:
        from finbrief.workers import _die_with_parent

        _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        os.nice(10)


def _failure(exc: BaseException) -> dict[str, Any]:
    from finbrief.web.errors import error_body, one_line, status_of

    if isinstance(exc, FinbriefError):
        return {**error_body(exc), "status": status_of(exc)}
    return {"error": one_line(f"internal error: {type(exc).__name__}: {exc}"), "status": 500}


def add_upload(db: str, path: str, name: str, max_bytes: int) -> dict[str, Any]:
    """Run the pipeline on one spooled upload and store it; the spool file is removed either way."""
    from finbrief import pipeline
    from finbrief.library import Library
    from finbrief.options import Options

    try:
        data = Path(path).read_bytes()
        prep = pipeline.record(pipeline.run_bytes(data, name, Options(max_bytes=max_bytes)))
        with Library(db, mode="write") as lib:
            doc_id, added = lib.write(prep)
        return {"name": name, "id": doc_id, "added": added, "status": 201 if added else 200}
    except Exception as e:  # reported per file: one bad file never stops the others
        return {"name": name, "id": None, "added": False, **_failure(e)}
    finally:
        Path(path).unlink(missing_ok=True)


@contextlib.contextmanager
def _reporting(job_id: str | None) -> Any:
    """While a model writes a summary for a job, each answer it gives is reported as the job's progress."""
    if job_id is None or _progress is None:
        yield
        return
    from finbrief.summarize.llm import usage

    queue = _progress
    counts = {"requests": 0, "cached": 0}

    def answered(cached: bool) -> None:
        counts["cached" if cached else "requests"] += 1
        queue.put((job_id, dict(counts)))

    usage.listen(answered)
    try:
        yield
    finally:
        usage.listen(None)


def summary(db: str, doc_id: str, kind: str, lang: str, backend: str, job_id: str | None = None) -> dict[str, Any]:
    """A stored document's brief or minutes in another language or by another backend, as its JSON
    contract; stored in the library beside the document's other outputs, so it is made only once."""
    import json

    from finbrief import pipeline
    from finbrief.library import Library, LibraryError
    from finbrief.library.documents import document_from_row
    from finbrief.model import Fact, FactSheet
    from finbrief.options import Options
    from finbrief.render import brief as render_brief
    from finbrief.render import minutes as render_minutes

    with Library(db, mode="read") as lib:
        row = lib.document(doc_id)
    doc = document_from_row(row)
    sheet = FactSheet(
        facts=tuple(Fact(**f) for f in row["facts"]),
        company=row["company"],
        ticker=row["ticker"],
        period=row["period"],
        date=row["date"],
    )
    with _reporting(job_id):
        result = pipeline.run_document(doc, Options(lang=lang, backend=backend), outputs=(kind,), known=sheet)
    render = render_brief if kind == "brief" else render_minutes
    data = render.to_json(getattr(result, kind), doc, result.lang, result.identity)
    try:
        with Library(db, mode="write") as lib:
            lib.add_outputs(doc_id, {kind: data})
    except LibraryError as e:  # served all the same, made again next time
        print(f"finbrief: warning: {kind} of {doc_id[:12]} not kept ({e})", file=sys.stderr, flush=True)
    return dict(json.loads(data))


@dataclass
class Job:
    id: str
    kind: str
    total: int
    done: int = 0
    state: str = "running"
    """``running``; then ``done`` (every unit finished, some may have failed), ``failed`` (a summary
    that could not be made: ``error`` says why) or ``interrupted`` (the server stopped meanwhile)."""
    items: list[dict[str, Any]] = field(default_factory=list)
    result: Any = None
    error: str | None = None
    detail: dict[str, int] = field(default_factory=dict)
    """Progress within the unit running (a model's answers so far), kept in memory only."""
    owner: str = ""
    created_at: str = ""
    finished_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The job as the API shows it."""
        failed = sum(1 for i in self.items if i.get("error"))
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "progress": {"done": self.done, "total": self.total, "failed": failed, **self.detail},
            "items": self.items,
            "result": self.result,
            "error": self.error,
            "created_at": self.created_at,
            "finished_at": self.finished_at,
            "status_url": f"/api/jobs/{self.id}",
        }

    def row(self) -> dict[str, Any]:
        """The job as the library keeps it."""
        return {
            "id": self.id, "kind": self.kind, "state": self.state, "total": self.total, "done": self.done,
            "items": list(self.items), "result": self.result, "error": self.error, "owner": self.owner,
            "created_at": self.created_at, "finished_at": self.finished_at,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Job:
        return cls(**{k: row[k] for k in (
            "id", "kind", "total", "done", "state", "items", "result", "error", "owner", "created_at", "finished_at"
        )})


Unit = Callable[[Job], Awaitable[dict[str, Any]]]
"""One piece of a job: awaits a worker, returns the item the job reports (``error`` when it failed)."""


def _alive(owner: str) -> bool:
    """Whether the server process named by ``owner`` (host:pid) still runs (on another host: assume so)."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True
    if int(pid) == os.getpid():
        return False  # a job of an earlier process that had this pid
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Jobs:
    """Running and past jobs: the running ones in memory, every one in the library."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.owner = f"{socket.gethostname()}:{os.getpid()}"
        self.running: dict[str, Job] = {}
        self.by_work: dict[tuple[str, ...], Job] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._locks: dict[str, asyncio.Lock] = {}

    def _save_now(self, row: dict[str, Any]) -> None:
        from finbrief.library import Library, LibraryError

        try:
            # A few small rows per job: the whole-file check that guards a document's rows is not
            # run again each time (the upload itself ran it).
            with Library(self.db, mode="write", quick_check=False) as lib:
                lib.save_job(row)
        except LibraryError as e:  # the job goes on; its status URL answers from memory meanwhile
            print(f"finbrief: warning: job {row['id']} not saved ({e})", file=sys.stderr, flush=True)

    async def _save(self, job: Job) -> None:
        """Write the job's state; one write at a time per job, each of its latest state."""
        from starlette.concurrency import run_in_threadpool

        lock = self._locks.setdefault(job.id, asyncio.Lock())
        async with lock:
            await run_in_threadpool(self._save_now, job.row())

    def recover(self, lib: Library) -> None:
        """At start: jobs left running by a server that is gone are marked interrupted."""
        from finbrief.library.store import now

        for row in lib.running_jobs():
            if not _alive(str(row["owner"])):
                lib.save_job({**row, "state": "interrupted", "error": INTERRUPTED, "finished_at": now()})

    async def get(self, job_id: str) -> Job | None:
        job = self.running.get(job_id)
        if job is not None:
            return job
        from starlette.concurrency import run_in_threadpool

        from finbrief.library import Library

        def read() -> dict[str, Any] | None:
            with Library(self.db, mode="read") as lib:
                return lib.job(job_id)

        row = await run_in_threadpool(read)
        return None if row is None else Job.from_row(row)

    def progress(self, job_id: str, detail: dict[str, int]) -> None:
        job = self.running.get(job_id)
        if job is not None:
            job.detail = detail

    def start(self, kind: str, units: list[Unit], work: tuple[str, ...] | None = None) -> Job:
        """Run ``units`` concurrently (each awaits a worker); the job counts them as they finish.
        ``work`` names what a summary job makes: asked again while it runs, the same job answers."""
        from finbrief.library.store import now

        if work is not None and work in self.by_work:
            return self.by_work[work]
        job = Job(id=secrets.token_hex(8), kind=kind, total=len(units), owner=self.owner, created_at=now())
        self.running[job.id] = job
        if work is not None:
            self.by_work[work] = job

        async def one(unit: Unit) -> None:
            try:
                item = await unit(job)
            except Exception as e:
                item = _failure(e)
            job.items.append(item)
            job.done += 1
            if job.done < job.total:
                await self._save(job)

        async def run() -> None:
            try:
                await self._save(job)
                await asyncio.gather(*(one(u) for u in units))
                if kind != "upload" and job.items:
                    job.result = job.items[0].get("result")
                    job.error = job.items[0].get("error")
                job.state = "failed" if job.error else "done"
            except asyncio.CancelledError:
                job.state, job.error = "interrupted", INTERRUPTED
                raise
            finally:
                job.finished_at = now()
                job.detail = {}
                await asyncio.shield(self._save(job))
                self.running.pop(job.id, None)
                self._locks.pop(job.id, None)
                if work is not None:
                    self.by_work.pop(work, None)

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    def listen(self, queue: Queue[tuple[str, dict[str, int]] | None]) -> threading.Thread:
        """Report the workers' progress messages to the jobs (a thread; ``None`` on the queue ends it)."""
        loop = asyncio.get_running_loop()

        def pump() -> None:
            for message in iter(queue.get, None):
                with contextlib.suppress(RuntimeError):  # the loop has closed
                    loop.call_soon_threadsafe(self.progress, *message)

        thread = threading.Thread(target=pump, name="finbrief-job-progress", daemon=True)
        thread.start()
        return thread

    async def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


async def in_worker(pool: Executor, fn: Callable[..., Any], *args: Any) -> Any:
    """Await ``fn(*args)`` run in the process pool: the event loop stays free meanwhile."""
    return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)
