"""The worker pool: a task past its time limit or whose worker dies fails alone, and no worker
outlives the pool or its parent process (real processes and signals)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from finbrief.workers import Failed, Pool

ROOT = Path(__file__).parents[1]


def work(task: str) -> str:
    if task == "slow":
        time.sleep(60)
    if task == "die":
        os._exit(3)
    if task == "raise":
        raise RuntimeError("a bug")
    return task.upper()


def children(pid: int) -> set[int]:
    """Live child processes of ``pid`` (zombies waiting to be reaped count as gone)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="needs /proc (Linux) to list processes"
)


def test_results_come_back_and_failures_stay_with_their_task() -> None:
    tasks = ["a", "slow", "b", "die", "c", "raise", "d"]
    started = time.monotonic()
    got = dict(Pool(work, jobs=2, timeout=2).run(tasks))
    assert time.monotonic() - started < 30
    assert {tasks[i]: r for i, r in got.items() if not isinstance(r, Failed)} == {
        "a": "A",
        "b": "B",
        "c": "C",
        "d": "D",
    }
    failed = {tasks[i]: r.message for i, r in got.items() if isinstance(r, Failed)}
    assert "took longer than 2 s" in failed["slow"] and "--file-timeout" in failed["slow"]
    assert "worker died (exit code 3" in failed["die"]
    assert "internal error: RuntimeError: a bug" in failed["raise"]


@needs_proc
def test_no_worker_survives_the_pool_however_it_ends() -> None:
    pool = Pool(work, jobs=2, timeout=None)
    results = pool.run(["a", "slow", "slow"])
    next(results)  # "a" done; two workers busy on "slow"
    workers = children(os.getpid())
    assert len(workers) == 2
    results.close()  # the consumer stops early (an exception, an interrupt)
    assert not alive(workers)


# A parent process running a pool of sleeping workers; it prints its workers' pids, then waits.
PARENT = textwrap.dedent(
    """
    import os, sys, time
    from finbrief.workers import Pool
    from tests.test_workers import children, work
    results = Pool(work, jobs=2, timeout=None).run(["slow", "slow"])
    def show():
        while len(children(os.getpid())) < 2:
            time.sleep(0.05)
        print(*sorted(children(os.getpid())), flush=True)
    import threading
    threading.Thread(target=show, daemon=True).start()
    for _ in results:
        pass
    """
)


@needs_proc
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_their_parent_even_on_sigkill(sig: signal.Signals) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'src'}"},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    workers = {int(p) for p in proc.stdout.readline().split()}
    assert len(workers) == 2 and alive(workers) == workers
    proc.send_signal(sig)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(workers), "workers outlived their parent"
