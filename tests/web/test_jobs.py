"""What a restart of the server keeps: jobs' status URLs and outputs made on request, both in the library."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from finbrief.library import Library
from finbrief.library.documents import PAUSE_ENV
from tests.web.builders import fixture_library
from tests.web.conftest import Server, stop_server

TWO_FILES = [
    ("files", ("first.md", b"# First\n\nNovaSky revenue rose 12% year over year.\n", "text/markdown")),
    ("files", ("second.md", b"# Second\n\nNovaSky Cloud revenue rose 31% year over year.\n", "text/markdown")),
]


def wait_job(url: str, timeout: float = 180) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = httpx.get(url).json()
        if job["state"] != "running":
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {url} did not finish")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "library.sqlite"
    fixture_library(path, hostile=False)
    return path


def check(db: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "library", "check", "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_finished_job_answers_after_a_restart(serve: Callable[..., Server], db: Path) -> None:
    first = serve(db)
    started = httpx.post(first.api("/api/documents"), files=TWO_FILES, timeout=120)
    assert started.status_code == 202, started.text
    url = started.json()["status_url"]
    done = wait_job(first.api(url))
    assert done["state"] == "done" and done["progress"]["done"] == 2 and done["finished_at"]
    stop_server(first)
    second = serve(db)
    again = httpx.get(second.api(url))
    assert again.status_code == 200
    assert again.json() == done
    assert httpx.get(second.api("/api/jobs/0123456789abcdef")).status_code == 404


def test_a_job_the_server_never_finished_reads_as_interrupted(serve: Callable[..., Server], db: Path) -> None:
    # Each add pauses inside its transaction: the server is killed while the job runs.
    first = serve(db, env={PAUSE_ENV: "120"})
    started = httpx.post(first.api("/api/documents"), files=TWO_FILES, timeout=120)
    assert started.status_code == 202, started.text
    job_id = started.json()["id"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with Library(db, mode="read") as lib:
            if lib.job(job_id):
                break
        time.sleep(0.2)
    assert httpx.get(first.api(f"/api/jobs/{job_id}")).json()["state"] == "running"
    os.kill(first.process.pid, signal.SIGKILL)
    first.process.wait(timeout=30)
    second = serve(db)
    job = httpx.get(second.api(f"/api/jobs/{job_id}")).json()
    assert job["state"] == "interrupted"
    assert job["error"] == "the server stopped before this job ended; start it again"
    names = {Path(str(r["source"])).name for r in httpx.get(second.api("/api/documents")).json()}
    assert not {"first.md", "second.md"} & names  # neither add committed: nothing half-written
    stop_server(second)
    check(db)


def test_outputs_made_on_request_are_kept_in_the_library(serve: Callable[..., Server], db: Path) -> None:
    first = serve(db)
    doc = next(r["id"] for r in httpx.get(first.api("/api/documents")).json()
               if Path(str(r["source"])).name == "zh_hant_call.txt")
    made = httpx.get(first.api(f"/api/documents/{doc}/minutes"), params={"lang": "en"}, timeout=120).json()
    assert made["lang"] == "en"
    stop_server(first)
    with Library(db, mode="read") as lib:
        kept = [v for v in lib.document(doc)["output_variants"] if v["kind"] == "minutes" and v["lang"] == "en"]
    assert len(kept) == 1 and kept[0]["backend"] == "extractive"
    # The CLI sees it, and a new server answers with it as it was stored (not made again).
    shown = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "library", "show", doc, "--db", str(db), "-f", "json"],
        capture_output=True, text=True, timeout=300,
    )
    listed = {(v["kind"], v["backend"], v["lang"]) for v in json.loads(shown.stdout)["output_variants"]}
    assert ("minutes", "extractive", "en") in listed
    second = serve(db)
    assert httpx.get(second.api(f"/api/documents/{doc}/minutes"), params={"lang": "en"}).json() == made
    with Library(db, mode="read") as lib:
        again = [v for v in lib.document(doc)["output_variants"] if v["kind"] == "minutes" and v["lang"] == "en"]
    assert again == kept
    stop_server(second)
    check(db)
