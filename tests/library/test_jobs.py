"""Server jobs kept in the library: written whole, read back as written, old ones forgotten, checked."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from finbrief.library import Library
from finbrief.library import jobs as jobs_module
from tests.library.test_cli_library import run


def job(i: int, state: str = "done", **more: Any) -> dict[str, Any]:
    return {
        "id": f"job{i:04d}", "kind": "upload", "state": state, "total": 2, "done": 2 if state == "done" else 1,
        "items": [{"name": "a.txt", "id": "ab" * 32, "added": True, "status": 201}],
        "result": None, "error": None, "owner": "host:1", "created_at": f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}+00:00",
        "finished_at": None if state == "running" else "2026-01-01T01:00:00+00:00", **more,
    }


def test_a_job_reads_back_as_written(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        assert lib.job("nope") is None
        lib.save_job(job(1, "running"))
        assert [j["id"] for j in lib.running_jobs()] == ["job0001"]
        done = job(1, "failed", kind="brief", items=[{"error": "cannot reach the LLM endpoint", "status": 502}],
                   error="cannot reach the LLM endpoint", result={"lang": "en"})
        lib.save_job(done)
        assert lib.job("job0001") == done
        assert lib.running_jobs() == []


def test_old_finished_jobs_are_forgotten_running_ones_kept(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(jobs_module, "KEEP", 3)
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.save_job(job(0, "running"))
        for i in range(1, 7):
            lib.save_job(job(i))
        kept = [r[0] for r in lib.conn.execute("SELECT id FROM jobs ORDER BY id")]
    assert kept == ["job0000", "job0004", "job0005", "job0006"]


def test_check_finds_a_job_that_does_not_load(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.save_job(job(1))
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE jobs SET items = '[{'")
    raw.close()
    code, out, _ = run("check", "--db", str(path))
    assert code == 1 and "jobs row 1, items: JSON does not load" in out
