"""The library's SQLite file: where it lives, how it is opened, and its numbered migrations.

One file holds everything. It is opened in WAL mode (readers never wait for a writer), with
foreign keys on and a 30-second busy timeout, so two processes adding documents at once both
succeed: each write is one ``BEGIN IMMEDIATE`` transaction and the other process waits its turn.
Migrations are the numbered ``migrations/NNNN_name.sql`` files, applied in order inside one write
transaction each and recorded in the ``migrations`` table, so a library made by an older
finbrief is brought up to date when it is opened.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from finbrief.errors import FinbriefError

Row = dict[str, Any]
"""A plain row at the API boundary: JSON-ready values keyed by column name."""

ENV_VAR = "FINBRIEF_DB"
DB_NAME = "library.sqlite"
BUSY_TIMEOUT_MS = 30_000
_MIGRATION_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class LibraryError(FinbriefError):
    """The library file cannot be used (not a database, from a newer finbrief, unknown document...)."""


class NotFound(LibraryError):
    """No stored document has that id."""


class AmbiguousId(LibraryError):
    """An id prefix names more than one document."""


class Busy(LibraryError):
    """Another process held the write lock past the busy timeout."""


class NewerSchema(LibraryError):
    """The file was written by a newer finbrief."""


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
    path: str | os.PathLike[str], *, migrate: bool = True, upto: int | None = None
) -> sqlite3.Connection:
    """Open (creating if needed) a library file and bring its schema up to date.

    ``upto`` stops after that migration number: tests use it to build an old-version library.
    """
    target = Path(path)
    if str(path) != ":memory:":
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as e:
        raise LibraryError(f"cannot open library ({e})", str(path)) from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _setup(conn, migrate, upto)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise LibraryError(f"not a finbrief library ({e})", str(path)) from None
    except LibraryError as e:
        conn.close()
        e.source = e.source or str(path)
        raise
    return conn


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
    except sqlite3.OperationalError as e:  # still locked after the busy timeout
        raise Busy(f"library is busy, try again ({e})") from None
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
