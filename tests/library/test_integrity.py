"""A library that says what is wrong: typed errors, one line each, and `check` finds every problem.

Where a library is missing, empty, damaged, read-only, busy or from a newer finbrief, every command
either works (reads of a read-only file) or fails with one typed error and one line on stderr;
nothing creates a library but `add` and `init`, and nothing writes into a damaged one.
"""

from __future__ import annotations

import dataclasses
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from finbrief.library import Library, LibraryError, store
from finbrief.library import errors as E
from tests.library.builders import FILES, prepared, write_files
from tests.library.test_cli_library import run

ROOT = Path(__file__).parents[2]


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A library with the four fixture documents, the English call with a stored brief."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        for name in FILES:
            record = prepared(name)
            if name == "en_call.txt":
                record = dataclasses.replace(
                    record, outputs={"brief": '{"core_viewpoint": [], "groups": []}'}
                )
            lib.write(record)
    return path


def one_line_error(err: str) -> str:
    assert err.startswith("finbrief: error: ") and err.count("\n") == 1, err
    return err


def test_db_under_a_regular_file_is_one_line_for_reads_and_writes(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    db = str(tmp_path / "afile" / "lib.sqlite")
    for args in (("list", "--db", db), ("add", str(tmp_path / "afile"), "--db", db), ("init", "--db", db)):
        code, _, err = run(*args)
        assert code == 2
        assert "afile is a file, not a folder" in one_line_error(err)
    with pytest.raises(E.LibraryUnavailable):
        Library(db)


def test_read_commands_on_a_missing_library_say_so_and_create_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo" / "lib.sqlite"
    for args in (
        ("list",),
        ("search", "cloud"),
        ("show", "abcd"),
        ("timeline", "--metric", "revenue"),
        ("conflicts",),
        ("export",),
        ("check",),
        ("remove", "abcd"),
    ):
        code, _, err = run(*args, "--db", str(db))
        assert code == 2, args
        assert "no library here" in one_line_error(err) and "library init" in err
    assert not db.parent.exists()
    with pytest.raises(E.LibraryNotFound):
        Library(db, mode="read")
    code, out, _ = run("init", "--db", str(db))
    assert code == 0 and "schema" in out and db.is_file()
    code, out, _ = run("list", "--db", str(db), "--format", "json")
    assert code == 0 and out.strip() == "[]"


def test_a_library_truncated_to_nothing_is_not_taken_for_a_new_one(stored: Path) -> None:
    stored.write_bytes(b"")
    for args in (("list",), ("add", str(stored.parent / "nothing.txt")), ("remove", "abcd")):
        code, _, err = run(*args, "--db", str(stored))
        assert code == 2, args
        assert "empty file (0 bytes)" in one_line_error(err)
    code, out, _ = run("check", "--db", str(stored))
    assert code == 1 and "empty file" in out
    with pytest.raises(E.LibraryDamaged):
        Library(stored)
    assert stored.stat().st_size == 0  # nothing written into it
    code, _, _ = run("init", "--db", str(stored))  # an explicit init claims it
    assert code == 0 and Library(stored, mode="read").documents() == []


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    before = other.read_bytes()
    for mode in ("read", "create"):
        with pytest.raises(E.LibraryDamaged, match="not a finbrief library"):
            Library(other, mode=mode)  # type: ignore[arg-type]
    assert other.read_bytes() == before


def _damage(path: Path, offset: int, seed: int) -> None:
    rnd = random.Random(seed)
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(bytes(rnd.randrange(256) for _ in range(8192)))


def _commands(lib: Library, ids: list[str]) -> Iterator[tuple[str, Callable[[], object]]]:
    yield "list", lib.documents
    for i in ids:
        yield f"show {i[:8]}", lambda i=i: lib.document(i)  # type: ignore[misc]
        yield f"load {i[:8]}", lambda i=i: lib.load(i)  # type: ignore[misc]
    yield "search", lambda: lib.search("cloud")
    yield "search zh", lambda: lib.search("星穹")
    yield "timeline", lambda: lib.timeline(metric="revenue", change="any")
    yield "conflicts", lib.conflicts
    yield "export", lib.export


def test_garbage_anywhere_in_the_file_is_found_by_check_and_refused_by_writes(stored: Path) -> None:
    with Library(stored, mode="read") as lib:
        ids = [str(d["id"]) for d in lib.documents()]
    size = stored.stat().st_size
    damaged = stored.with_name("damaged.sqlite")
    for k, offset in enumerate(range(4096, size - 8192, max(4096, (size - 12288) // 12))):
        shutil.copy(stored, damaged)
        _damage(damaged, offset, k)
        failures: dict[str, LibraryError] = {}
        try:
            with Library(damaged, mode="read") as lib:
                for name, command in _commands(lib, ids):
                    try:
                        command()
                    except LibraryError as e:  # anything else escapes and fails the test
                        failures[name] = e
        except LibraryError as e:
            failures["open"] = e
        code, out, _ = run("check", "--db", str(damaged))
        if failures:
            assert code == 1 and "PROBLEMS" in out, (offset, failures)
            odd = {k: repr(e) for k, e in failures.items() if not isinstance(e, E.LibraryDamaged)}
            assert not odd, odd
        if code == 1:  # a damaged library gets nothing written into it
            before = damaged.read_bytes()
            with pytest.raises(E.LibraryDamaged, match="library check"):
                Library(damaged, mode="write")
            code, _, err = run("remove", ids[0], "--db", str(damaged))
            assert code == 2 and "library check" in one_line_error(err)
            assert damaged.read_bytes() == before


def test_check_finds_stored_values_that_commands_could_not_read(stored: Path) -> None:
    raw = sqlite3.connect(stored)
    with raw:
        raw.execute("UPDATE outputs SET data = substr(data, 1, 10)")  # a brief that does not load
        raw.execute("UPDATE paragraphs SET text = CAST(x'48e9ff6c6c6f' AS TEXT) WHERE id = 2")  # not UTF-8
        raw.execute("UPDATE facts SET value = 'lots' WHERE id = 1")
    raw.close()
    code, out, _ = run("check", "--db", str(stored))
    assert code == 1
    assert "outputs row 1, data: JSON does not load" in out
    assert "paragraphs row 2, text: text is not valid UTF-8" in out
    assert "facts row 1, value: holds text, expected real" in out
    with Library(stored, mode="read") as lib:
        doc = prepared("en_call.txt").doc.id
        with pytest.raises(E.LibraryDamaged, match="library check"):
            lib.document(doc)
    code, _, err = run("show", doc[:8], "--db", str(stored))
    assert code == 2 and "library is damaged" in one_line_error(err)


def test_read_mode_never_writes_and_a_write_there_is_typed(stored: Path) -> None:
    with Library(stored, mode="read") as lib:
        assert len(lib.documents()) == 4
        with pytest.raises(E.LibraryReadOnly):
            lib.remove(lib.documents()[0]["id"])


def test_a_busy_library_is_a_typed_error(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(stored, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Library(stored, mode="write") as lib, pytest.raises(E.LibraryBusy, match="try again"):
            lib.remove(lib.documents()[0]["id"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_document_references_are_typed(stored: Path) -> None:
    with Library(stored) as lib:
        with pytest.raises(E.InvalidQuery):
            lib.document("xyz")
        with pytest.raises(E.DocumentNotFound):
            lib.document("0000000000")
        for doc_id in ("abcd1" + "0" * 59, "abcd2" + "0" * 59):
            lib.conn.execute(
                "INSERT INTO documents(id, language, kind, media_type, paragraph_count, added_at)"
                " VALUES (?, 'en', 'article', 'text/plain', 0, '2026-01-01')",
                (doc_id,),
            )
        with pytest.raises(E.AmbiguousId):
            lib.document("abcd")
        with pytest.raises(E.InvalidQuery):
            lib.documents(period="someday")
        with pytest.raises(E.NotFound):
            lib.timeline(metric="no such metric at all")


def test_newer_schema_is_typed(stored: Path) -> None:
    raw = sqlite3.connect(stored)
    raw.execute(f"PRAGMA user_version = {len(store.migrations()) + 1}")
    raw.close()
    for mode in ("read", "write"):
        with pytest.raises(E.NewerSchema, match="upgrade finbrief"):
            Library(stored, mode=mode)  # type: ignore[arg-type]
    code, out, _ = run("check", "--db", str(stored))
    assert code == 1 and "newer" in out


def test_every_error_is_a_library_error() -> None:
    kinds = [
        c
        for c in vars(E).values()
        if isinstance(c, type) and c.__module__ == E.__name__ and c is not E.LibraryError
    ]
    assert len(kinds) >= 10 and all(issubclass(c, E.LibraryError) for c in kinds)


# ----------------------------------------------------------- read-only file, as a user who cannot write


def _as_other_user() -> list[str] | None:
    """Command prefix that runs as an unprivileged user (root ignores file permissions)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def _run_as(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run this Python with ``args`` as the user of ``prefix``, from the checkout, importing its sources."""
    return subprocess.run(
        [*prefix, sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"},
        timeout=120,
    )


def test_read_only_library_in_a_read_only_folder_can_be_read_not_written(stored: Path) -> None:
    prefix = _as_other_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot make a file read-only for this process")
    probe = _run_as(prefix, "-c", "import finbrief.cli")
    if probe.returncode != 0:
        # a checkout or virtualenv in a folder only its owner can read (a 0700 temporary folder)
        why = (probe.stderr.strip().splitlines() or [f"exit status {probe.returncode}"])[-1]
        pytest.skip(
            f"the unprivileged user ({' '.join(prefix[1:])}) cannot run finbrief from {ROOT} "
            f"with {sys.executable}: {why}"
        )
    folder = Path(tempfile.mkdtemp(prefix="finbrief-ro-"))
    try:
        db = folder / "lib.sqlite"
        shutil.copy(stored, db)
        inputs = write_files(folder / "in")
        db.chmod(0o444)
        folder.chmod(0o555)
        ids = [str(d["id"]) for d in Library(stored, mode="read").documents()]

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return _run_as(prefix, "-m", "finbrief.cli", "library", *args, "--db", str(db))

        for args in (("list",), ("search", "cloud"), ("show", ids[0][:8]), ("export",), ("check",)):
            done = cli(*args)
            assert done.returncode == 0, (args, done.stderr)
        assert "ok" in cli("check").stdout
        for args in (("remove", ids[0][:8]), ("add", str(inputs["en_note.txt"]))):
            done = cli(*args)
            assert done.returncode == 2, (args, done.stdout, done.stderr)
            assert "read-only" in one_line_error(done.stderr)
        assert sorted(p.name for p in folder.iterdir()) == ["in", "lib.sqlite"]  # no -wal/-shm left
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
