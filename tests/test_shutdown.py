"""`batch` and `library add` as real processes: a file past --file-timeout fails alone; SIGINT and
SIGTERM stop the workers, roll back, and exit 130/143 with one line; after SIGKILL of the command
no worker is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from finbrief.library import Library
from tests.builders import CALL
from tests.test_workers import alive, children, needs_proc

ROOT = Path(__file__).parents[1]

# The real command, with any input named "slow…" taking two minutes in its worker.
COMMAND = textwrap.dedent(
    """
    import sys, time
    import finbrief.batch, finbrief.jobs, finbrief.pipeline
    real_run_file, real_prepare = finbrief.batch.run_file, finbrief.pipeline.prepare
    def run_file(path, *args, **kwargs):
        if "slow" in str(path):
            print("slow", flush=True)
            time.sleep(120)
        return real_run_file(path, *args, **kwargs)
    def prepare(path, *args, **kwargs):
        if "slow" in str(path):
            time.sleep(120)
        return real_prepare(path, *args, **kwargs)
    finbrief.batch.run_file = finbrief.jobs.run_file = run_file
    finbrief.pipeline.prepare = prepare
    from finbrief.cli import main
    sys.argv = ["finbrief", *sys.argv[1:]]
    main()
    """
)


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", COMMAND, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "80"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(CALL, encoding="utf-8")
    (folder / "slow1.txt").write_text(CALL + "\n\nOne more line.\n", encoding="utf-8")
    (folder / "slow2.txt").write_text(CALL + "\n\nTwo more lines.\n", encoding="utf-8")
    return folder


def wait_for(condition: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def last_line(err: str) -> str:
    lines = err.rstrip("\n").split("\n")
    assert lines[-1].startswith("finbrief: "), err
    return lines[-1]


def gone(workers: set[int]) -> bool:
    deadline = time.monotonic() + 10
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(workers)


@needs_proc
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_batch_stops_on_a_signal_with_one_line_and_no_workers_left(
    tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    src, out = inputs(tmp_path / "in"), tmp_path / "out"
    proc = start("batch", str(src), "--out", str(out), "--jobs", "2", "--file-timeout", "0")
    wait_for(lambda: (out / "a.json").exists() and len(children(proc.pid)) == 2)
    workers = children(proc.pid)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert f"interrupted by {sig.name}; 1 of 3 written" in last_line(err)
    assert "Traceback" not in err
    assert gone(workers)
    assert sorted(p.name for p in out.iterdir()) == ["a.json"]  # no .part file left


@needs_proc
def test_batch_killed_leaves_no_worker_running(tmp_path: Path) -> None:
    src, out = inputs(tmp_path / "in"), tmp_path / "out"
    proc = start("batch", str(src), "--out", str(out), "--jobs", "2", "--file-timeout", "0")
    wait_for(lambda: len(children(proc.pid)) == 2)
    workers = children(proc.pid)
    proc.kill()
    proc.communicate(timeout=60)
    assert gone(workers), "workers outlived the killed batch"


def test_batch_file_past_its_time_fails_alone(tmp_path: Path) -> None:
    src, out = inputs(tmp_path / "in"), tmp_path / "out"
    started = time.monotonic()
    proc = start("batch", str(src), "--out", str(out), "--jobs", "2", "--file-timeout", "15")
    _, err = proc.communicate(timeout=100)
    assert time.monotonic() - started < 90
    assert proc.returncode == 1
    assert "failed " + str(src / "slow1.txt") + ": took longer than 15 s (see --file-timeout)" in err
    assert "1 written" in err and "2 failed" in err
    assert sorted(p.name for p in out.iterdir()) == ["a.json"]


@needs_proc
def test_library_add_stops_on_sigterm_and_the_library_stays_sound(tmp_path: Path) -> None:
    src, db = inputs(tmp_path / "in"), tmp_path / "lib.sqlite"
    proc = start("library", "add", str(src), "--db", str(db), "--jobs", "2", "--file-timeout", "0")

    def one_added() -> bool:
        if not db.exists() or len(children(proc.pid)) != 2:
            return False
        with Library(db, mode="read") as lib:
            return len(lib.documents()) == 1

    wait_for(one_added)
    workers = children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert "interrupted by SIGTERM; 1 added before it" in last_line(err) and "rolled back" in err
    assert gone(workers)
    with Library(db, mode="read") as lib:
        assert lib.check()["ok"] and [d["source"] for d in lib.documents()] == [str(src / "a.txt")]


@needs_proc
def test_library_add_killed_leaves_no_worker_running(tmp_path: Path) -> None:
    src, db = inputs(tmp_path / "in"), tmp_path / "lib.sqlite"
    proc = start("library", "add", str(src), "--db", str(db), "--jobs", "2", "--file-timeout", "0")
    wait_for(lambda: len(children(proc.pid)) == 2)
    workers = children(proc.pid)
    proc.kill()
    proc.communicate(timeout=60)
    assert gone(workers), "workers outlived the killed library add"


def test_library_add_file_past_its_time_fails_alone(tmp_path: Path) -> None:
    src, db = inputs(tmp_path / "in"), tmp_path / "lib.sqlite"
    # (a timeout well above a loaded machine's time for one small call; the slow inputs take two minutes)
    proc = start("library", "add", str(src), "--db", str(db), "--jobs", "2", "--file-timeout", "40")
    _, err = proc.communicate(timeout=200)
    assert proc.returncode == 1
    assert "took longer than 40 s (see --file-timeout)" in err
    assert "1 added, 0 already in the library, 2 failed" in err


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_single_file_command_interrupted_says_so_in_one_line(
    tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    src = inputs(tmp_path / "in")
    proc = start("brief", str(src / "slow1.txt"))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "slow"  # inside the command
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert err == f"finbrief: interrupted by {sig.name}\n" and out == ""  # nothing half-written
