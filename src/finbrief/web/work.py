"""What the worker processes run, and the jobs that track long work.

The pipeline is CPU-bound and must never run on the event loop: each unit of work is a plain
function here, run in a process pool; the server awaits its future. A job groups several units
(the files of an upload, a summary by a slow backend) behind a status URL with progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finbrief.errors import FinbriefError

JOBS_KEPT = 200
"""Finished jobs remembered for their status URL (the oldest are forgotten first)."""


def lower_priority() -> None:
    """Worker initializer: the pipeline yields the CPU to the requests the server answers."""
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


def summary(db: str, doc_id: str, kind: str, lang: str, backend: str) -> dict[str, Any]:
    """A stored document's brief or minutes in another language or backend, as its JSON contract."""
    import json

    from finbrief import pipeline
    from finbrief.library import Library
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
    result = pipeline.run_document(doc, Options(lang=lang, backend=backend), outputs=(kind,), known=sheet)
    render = render_brief if kind == "brief" else render_minutes
    return dict(json.loads(render.to_json(getattr(result, kind), doc, result.lang)))


@dataclass
class Job:
    id: str
    kind: str
    total: int
    done: int = 0
    state: str = "running"
    """``running``, then ``done`` (every item finished, some may have failed)."""
    items: list[dict[str, Any]] = field(default_factory=list)
    result: Any = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    def as_dict(self) -> dict[str, Any]:
        failed = sum(1 for i in self.items if i.get("error"))
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "progress": {"done": self.done, "total": self.total, "failed": failed},
            "items": self.items,
            "result": self.result,
            "status_url": f"/api/jobs/{self.id}",
        }


class Jobs:
    """Running and recent jobs of this server process (in memory: a restart forgets them)."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def start(self, kind: str, units: list[Callable[[], Awaitable[dict[str, Any]]]]) -> Job:
        """Run ``units`` concurrently (each awaits a worker); the job counts them as they finish."""
        job = Job(id=secrets.token_hex(8), kind=kind, total=len(units))
        self._jobs[job.id] = job
        self._forget_old()

        async def one(unit: Callable[[], Awaitable[dict[str, Any]]]) -> None:
            try:
                item = await unit()
            except Exception as e:
                item = _failure(e)
            job.items.append(item)
            job.done += 1

        async def run() -> None:
            await asyncio.gather(*(one(u) for u in units))
            if job.kind != "upload" and job.items:
                job.result = job.items[0].get("result")
            job.state = "done"
            job.finished = time.time()

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    def _forget_old(self) -> None:
        finished = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.created)
        for j in finished[: max(0, len(self._jobs) - JOBS_KEPT)]:
            del self._jobs[j.id]

    async def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()


async def in_worker(pool: Executor, fn: Callable[..., Any], *args: Any) -> Any:
    """Await ``fn(*args)`` run in the process pool: the event loop stays free meanwhile."""
    return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)
