"""The library's SQLite file: where it lives, how it is opened, and its numbered migrations.

One file holds everything. It is opened in WAL mode (readers never wait for a writer), with
foreign keys on and a 30-second busy timeout, so two processes adding documents at once both
succeed: each write is one ``BEGIN IMMEDIATE`` transaction and the other process waits its turn.
Migrations are the numbered ``migrations/NNNN_name.sql`` files, applied in order inside one write
transaction each and recorded in the ``migrations`` table, so a library made by an older
finbrief is brought up to date when it is opened.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from finbrief.library.errors import (
    CHECK_HINT,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryNotFound,
    LibraryReadOnly,
    LibraryUnavailable,
    NewerSchema,
)

Row = dict[str, Any]
"""A plain row at the API boundary: JSON-ready values keyed by column name."""

ENV_VAR = "FINBRIEF_DB"
DB_NAME = "library.sqlite"
BUSY_TIMEOUT_MS = 30_000
_MIGRATION_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

Mode = Literal["read", "write", "create", "init"]
"""How a command opens the library: ``read`` (read-only connection; the file must exist), ``write``
(it must exist and be sound), ``create`` (as ``write``, creating a missing file: ``add``), ``init``
(as ``create``, also claiming an empty file)."""
READ_ONLY = (
    "library is read-only here: reading commands work; writing needs write access to the file and its folder"
)
CREATE_HINT = "create one with `finbrief library init` or `finbrief library add`"


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def now() -> str:
    """UTC timestamp for ``added_at`` columns: sortable text, second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_path() -> Path:
    """``$FINBRIEF_DB``, else the platform's per-user data directory (XDG on Linux)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / "finbrief" / DB_NAME


@cache
def migrations() -> tuple[Migration, ...]:
    """Every migration shipped with this version, in order (read once from package data)."""
    found = []
    for entry in resources.files("finbrief.library").joinpath("migrations").iterdir():
        m = _MIGRATION_RE.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.number)
    numbers = [mig.number for mig in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {numbers}")
    return tuple(found)


def split_sql(script: str) -> list[str]:
    """Statements of a script (trigger bodies kept whole), so they can run inside one transaction.

    ``executescript`` would commit first, which would let another process see half a migration.
    """
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def connect(
    path: str | os.PathLike[str],
    *,
    mode: Mode = "create",
    quick_check: bool = True,
    migrate: bool = True,
    upto: int | None = None,
) -> sqlite3.Connection:
    """Open a library file in ``mode`` and bring its schema up to date; every failure is a typed error.

    Writing modes run ``PRAGMA quick_check`` first (``quick_check=False`` skips it, for very large
    libraries) so that nothing is written into a damaged file. ``upto`` stops after that migration
    number: tests use it to build an old-version library.
    """
    source = str(path)
    if source == ":memory:":
        conn = _sqlite_connect(source)
        _setup(conn, migrate, upto)
        return conn
    target = Path(path)
    try:
        existed = _existing(target, mode)
    except OSError as e:  # a folder on the way that cannot be searched
        raise LibraryUnavailable(f"cannot open library ({e.strerror or e})", source) from None
    if not existed and not target.exists():
        try:
            _create(target, upto)
        except (OSError, sqlite3.Error) as e:
            raise LibraryUnavailable(f"cannot create library ({_reason(e)})", source) from None
    try:
        conn = _connect_readonly(target) if mode == "read" else _sqlite_connect(str(target))
    except sqlite3.Error as e:
        raise LibraryUnavailable(f"cannot open library ({e})", source) from None
    try:
        if existed:
            _recognise(conn)
            if mode != "read" and quick_check:
                _quick_check(conn)
        if mode == "read":
            _read_setup(conn, target, migrate, upto)
        else:
            _setup(conn, migrate, upto)
    except LibraryError as e:
        conn.close()
        e.source = e.source or source
        raise
    except sqlite3.Error as e:
        conn.close()
        raise from_sqlite(e, source) from None
    return conn


def _reason(e: BaseException) -> str:
    return (e.strerror if isinstance(e, OSError) else None) or str(e)


def _create(target: Path, upto: int | None) -> None:
    """A new library appears whole or not at all: built under a temporary name beside it, then
    linked into place, so no process ever opens a half-made file (or mistakes it for an empty one)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        conn = _sqlite_connect(name)
        try:
            _setup(conn, True, upto)
        finally:
            conn.close()
        try:
            os.link(tmp, target)
        except FileExistsError:
            pass  # another process created it meanwhile: that one is used
        except OSError:  # a file system without hard links
            if not target.exists():
                os.replace(tmp, target)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)


def _sqlite_connect(name: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=uri)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _existing(target: Path, mode: Mode) -> bool:
    """Whether the library file exists (creating its folder when ``mode`` may create it); refuses
    a missing file for reads and writes, a folder, and an empty file unless ``init`` claims it."""
    source = str(target)
    if target.is_dir():
        raise LibraryUnavailable("is a folder, not a library file", source)
    if target.exists():
        if target.stat().st_size == 0 and _wal_size(target) == 0 and mode != "init":
            raise LibraryDamaged(
                "empty file (0 bytes), not a finbrief library; "
                "`finbrief library init` makes it a new library, discarding nothing",
                source,
            )
        return target.stat().st_size > 0
    for parent in target.parents:
        if parent.exists() and not parent.is_dir():
            raise LibraryUnavailable(f"{parent} is a file, not a folder", source)
    if mode in ("read", "write"):
        raise LibraryNotFound(f"no library here ({CREATE_HINT})", source)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise LibraryUnavailable(f"cannot create the library's folder ({e.strerror or e})", source) from None
    return False


def _wal_size(target: Path) -> int:
    try:
        return target.with_name(target.name + "-wal").stat().st_size
    except OSError:
        return 0


def _connect_readonly(target: Path) -> sqlite3.Connection:
    """A read-only connection; on a file in a folder this process cannot write (where SQLite cannot
    create the WAL index), an immutable one: nothing can change the file under a reader there."""
    uri = target.absolute().as_uri()
    conn = _sqlite_connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as e:
        if "readonly" not in str(e) and "unable to open" not in str(e):
            return conn  # not a database, damaged: ``_recognise`` says which
        conn.close()
    return _sqlite_connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _recognise(conn: sqlite3.Connection) -> None:
    """Refuse a file that is not a SQLite database, or a database of another program."""
    try:
        names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        if "not a database" in str(e):
            raise LibraryDamaged(f"not a finbrief library ({e})") from None
        raise from_sqlite(e) from None  # read-only, damaged, busy
    if names and "migrations" not in names:
        raise LibraryDamaged("not a finbrief library (a SQLite database without finbrief's tables)")


def _quick_check(conn: sqlite3.Connection) -> None:
    """SQLite's fast structural check before a write: a damaged file gets no new rows."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as e:
        rows = [str(e)]
    if rows != ["ok"]:
        found = [" ".join(r.split()) for r in rows if not r.startswith("*** in database")] or rows
        raise LibraryDamaged(f"library is damaged ({found[0]}); {CHECK_HINT}; nothing was written")


def _read_setup(conn: sqlite3.Connection, target: Path, migrate: bool, upto: int | None) -> None:
    """Schema check for a read-only connection; an older schema is upgraded through a short write
    connection when the file is writable, else refused (reads would need columns it lacks)."""
    conn.execute("PRAGMA foreign_keys = ON")
    version = check_version(conn)
    latest = upto or len(migrations())
    if not migrate or version >= latest:
        return
    try:
        writer = _sqlite_connect(str(target))
        try:
            _setup(writer, migrate, upto)
        finally:
            writer.close()
    except sqlite3.OperationalError as e:
        if "readonly" in str(e) or "unable to open" in str(e):
            raise LibraryReadOnly(
                f"library made by an older finbrief (schema {version}, this one uses {latest}) and "
                "read-only here: open it once where it can be written to upgrade it"
            ) from None
        raise


_SQLITE_ERRORS: tuple[tuple[tuple[str, ...], type[LibraryError], str], ...] = (
    (("locked", "busy"), LibraryBusy, "library is busy (another process is writing it); try again"),
    (("readonly", "read-only"), LibraryReadOnly, READ_ONLY),
    (
        ("malformed", "not a database", "decode", "corrupt", "no such table", "no such column", "vtable"),
        LibraryDamaged,
        "library is damaged",
    ),
    (
        ("disk i/o", "unable to open", "disk is full", "out of memory"),
        LibraryUnavailable,
        "cannot use library",
    ),
)
"""SQLite's messages, by what the user can do about them."""


def from_sqlite(error: sqlite3.Error | ValueError, source: str | None = None) -> LibraryError:
    """The typed error for an exception SQLite (or a stored JSON value) raised mid-command."""
    if isinstance(error, json.JSONDecodeError):
        return LibraryDamaged(
            f"library is damaged (a stored value does not load: {error}); {CHECK_HINT}", source
        )
    text = str(error)
    for words, kind, message in _SQLITE_ERRORS:
        if any(w in text.lower() for w in words):
            hint = f"; {CHECK_HINT}" if kind is LibraryDamaged else ""
            return kind(f"{message} ({text}){hint}", source)
    return LibraryError(f"library error ({text})", source)


@contextmanager
def typed_errors(source: str | None = None) -> Iterator[None]:
    """Run a library call with SQLite's and JSON's exceptions turned into typed ``LibraryError``s."""
    try:
        yield
    except LibraryError as e:
        e.source = e.source or source
        raise
    except (sqlite3.Error, json.JSONDecodeError) as e:
        raise from_sqlite(e, source) from None


def _setup(conn: sqlite3.Connection, migrate: bool, upto: int | None) -> None:
    """WAL mode, pragmas and migrations; retried while another process is creating the same file.

    SQLite answers "database is locked" at once, without waiting out the busy timeout, when two
    connections switch a new file to WAL or would deadlock upgrading a read to a write.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a crash of the process never loses a committed transaction; a
            # power cut may lose the last ones, never consistency.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if migrate:
                apply_migrations(conn, upto)
            else:
                check_version(conn)
            return
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: taken at once (``BEGIN IMMEDIATE``), committed whole or rolled back."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:  # still locked after the busy timeout, or read-only
        raise from_sqlite(e) from None
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def applied(conn: sqlite3.Connection) -> list[Row]:
    """Migrations recorded in this library, in order (empty for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if not exists:
        return []
    return [dict(r) for r in conn.execute("SELECT id, name, applied_at FROM migrations ORDER BY id")]


def check_version(conn: sqlite3.Connection) -> int:
    """Schema version of the file; refuses one written by a newer finbrief."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    latest = len(migrations())
    if version > latest:
        raise NewerSchema(
            f"library schema version {version} is newer than this finbrief understands ({latest}); upgrade finbrief"
        )
    return version


def apply_migrations(conn: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply pending migrations in order, each in its own write transaction; returns their names."""
    if check_version(conn) >= (upto or len(migrations())):
        return []  # the common case: no lock taken
    done: list[str] = []
    for mig in migrations():
        if upto is not None and mig.number > upto:
            break
        with write(conn):
            # Re-read under the write lock: another process may have migrated meanwhile.
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            if conn.execute("SELECT 1 FROM migrations WHERE id = ?", (mig.number,)).fetchone():
                continue
            for statement in split_sql(mig.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations(id, name, applied_at) VALUES (?, ?, ?)",
                (mig.number, f"{mig.number:04d}_{mig.name}", now()),
            )
            conn.execute(f"PRAGMA user_version = {mig.number}")
        done.append(f"{mig.number:04d}_{mig.name}")
    return done
