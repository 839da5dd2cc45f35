"""Jobs of the server, kept in the library: a status URL outlives the process that started it.

A job is a plain row (``Row``): ``id``, ``kind``, ``state``, ``total``, ``done``, ``items`` (list),
``result``, ``error``, ``owner``, ``created_at``, ``finished_at``. The server writes the whole row
when the job starts, as each unit finishes and when it ends.
"""

from __future__ import annotations

import json
import sqlite3

from finbrief.library import store
from finbrief.library.store import Row

KEEP = 500
"""Finished jobs kept (the oldest are forgotten first)."""
_COLUMNS = ("id", "kind", "state", "total", "done", "items", "result", "error", "owner", "created_at", "finished_at")


def save_job(conn: sqlite3.Connection, job: Row) -> None:
    """Write a job's current state (one transaction); old finished jobs beyond ``KEEP`` are dropped."""
    values = {**job, "items": json.dumps(job.get("items") or [], ensure_ascii=False),
              "result": None if job.get("result") is None else json.dumps(job["result"], ensure_ascii=False)}
    with store.write(conn):
        conn.execute(
            f"INSERT OR REPLACE INTO jobs({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            [values.get(c) for c in _COLUMNS],
        )
        if job.get("finished_at"):
            conn.execute(
                "DELETE FROM jobs WHERE finished_at IS NOT NULL AND id NOT IN"
                " (SELECT id FROM jobs WHERE finished_at IS NOT NULL ORDER BY created_at DESC LIMIT ?)",
                (KEEP,),
            )


def _row(r: sqlite3.Row) -> Row:
    job = dict(r)
    job["items"] = json.loads(job["items"])
    job["result"] = None if job["result"] is None else json.loads(job["result"])
    return job


def get_job(conn: sqlite3.Connection, job_id: str) -> Row | None:
    r = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE id = ?", (job_id,)).fetchone()
    return None if r is None else _row(r)


def running_jobs(conn: sqlite3.Connection) -> list[Row]:
    """Jobs recorded as running (by this server or one that stopped before they ended)."""
    return [_row(r) for r in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE state = 'running'")]
