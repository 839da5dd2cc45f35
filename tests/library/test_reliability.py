"""Real processes: two adding at once both succeed; one killed mid-add leaves the library consistent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from finbrief.library import Library
from finbrief.library.documents import PAUSE_ENV
from tests.library.builders import FILES, prepared

ROOT = Path(__file__).parents[2]

# Writes fixture documents (hand-written facts: no other stage involved) after a start signal.
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from finbrief.library import Library
    from tests.library.builders import prepared
    db, go, names = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    while not go.exists():
        time.sleep(0.005)
    with Library(db) as lib:
        for name in names:
            print(name, *lib.write(prepared(name)), flush=True)
    """
)


def run_writer(db: Path, go: Path, *names: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(go), *names],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_adding_at_once_both_succeed(tmp_path: Path) -> None:
    db, go = tmp_path / "new" / "library.sqlite", tmp_path / "go"
    # Both start on a library that does not exist yet: both create and migrate it at once too.
    a = run_writer(db, go, "en_call.txt", "zh_hant_call.txt", "en_note.txt")
    b = run_writer(db, go, "zh_hans_news.txt", "en_note.txt", "zh_hant_call.txt")
    time.sleep(0.5)  # let both import and wait at the start line
    go.touch()
    outs = [p.communicate(timeout=120) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, outs
    lines = [line.split() for out, _ in outs for line in out.splitlines()]
    added = [name for name, _, flag in lines if flag == "True"]
    assert sorted(added) == sorted(FILES)  # each document added exactly once, by one of them
    with Library(db) as lib:
        assert lib.check()["ok"]
        assert len(lib.documents()) == 4
        assert lib.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] >= 2


def _assert_consistent(db: Path) -> set[str]:
    """The library passes check; returns the sources stored (each complete, else check fails)."""
    with Library(db) as lib:
        result = lib.check()
        assert result["ok"], result["problems"]
        return {str(d["source"]) for d in lib.documents()}


def test_killed_inside_the_add_transaction_leaves_the_document_absent(tmp_path: Path) -> None:
    db, go = tmp_path / "library.sqlite", tmp_path / "go"
    with Library(db) as lib:
        lib.write(prepared("en_call.txt"))
    go.touch()
    proc = run_writer(db, go, "zh_hant_call.txt", env={PAUSE_ENV: "60"})
    assert proc.stderr is not None
    line = proc.stderr.readline()  # the child is now inside its transaction, paragraphs written
    assert "paused" in line, line + proc.stderr.read()
    with Library(db) as reader:  # a reader meanwhile sees the library as it was, and is not blocked
        assert {d["source"] for d in reader.documents()} == {"en_call.txt"}
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _assert_consistent(db) == {"en_call.txt"}
    with Library(db) as lib:  # and the next add of that document works
        assert lib.write(prepared("zh_hant_call.txt"))[1]
    assert _assert_consistent(db) == {"en_call.txt", "zh_hant_call.txt"}


def test_killed_at_random_moments_every_document_is_whole_or_absent(tmp_path: Path) -> None:
    db, go = tmp_path / "library.sqlite", tmp_path / "go"
    go.touch()
    rng = random.Random(7)
    names = list(FILES)
    for _ in range(6):
        proc = run_writer(db, go, *names, env={PAUSE_ENV: str(rng.choice([0.05, 0.2, 0.3]))})
        time.sleep(rng.uniform(0.2, 1.2))
        proc.kill()
        proc.wait(timeout=30)
        stored = _assert_consistent(db)
        assert stored <= set(names)
