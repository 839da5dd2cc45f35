"""``finbrief library check``: is the file sound, and would any command trip over something in it.

SQLite's own checks (pages, indexes, foreign keys, the full-text index against its content), then
every stored row as the commands read it (text that decodes, numbers that are numbers, JSON that
loads: speakers' aliases, Q&A, document metadata, the stored brief and minutes), then the
library's rules: a document's paragraphs are numbered 1..n as recorded, its counts match its rows,
every fact cites an existing paragraph and quotes it exactly, all migrations are applied.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from finbrief.library.store import Row, applied, migrations

MAX_REPORTED = 20

# Columns holding JSON, and the type each must load as.
_JSON_COLUMNS: dict[tuple[str, str], type] = {
    ("documents", "meta"): dict,
    ("speakers", "aliases"): list,
    ("qa", "question"): list,
    ("qa", "answers"): list,
    ("outputs", "data"): dict,
    ("jobs", "items"): list,
    ("jobs", "result"): dict,
}
# Declared column type -> SQLite storage classes a stored value may have.
_STORAGE = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}
ROW_TABLES = ("documents", "paragraphs", "speakers", "qa", "facts", "outputs", "jobs", "migrations")
FTS_CHECK = "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"


def _problems(conn: sqlite3.Connection, sql: str, what: str) -> list[str]:
    rows = conn.execute(sql + f" LIMIT {MAX_REPORTED}").fetchall()
    return [f"{what}: {', '.join(str(v) for v in tuple(r))}" for r in rows]


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _row_problems(conn: sqlite3.Connection, table: str) -> Iterator[str]:
    """Values of ``table`` that a command reading them would fail on."""
    columns = [
        (_text(r[1]), _text(r[2]).upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")
    ]
    picks = ", ".join(f"typeof({name}), {name}" for name, _, _ in columns)
    for row in conn.execute(f"SELECT rowid, {picks} FROM {table}"):
        rowid = row[0]
        for i, (name, declared, notnull) in enumerate(columns):
            kind, value = _text(row[1 + 2 * i]), row[2 + 2 * i]
            allowed = _STORAGE.get(declared, (kind,)) + (() if notnull else ("null",))
            where = f"{table} row {rowid}, {name}"
            if kind not in allowed:
                yield f"{where}: holds {kind}, expected {declared.lower()}"
                continue
            if kind != "text":
                continue
            try:
                text = bytes(value).decode("utf-8")
            except UnicodeDecodeError:
                yield f"{where}: text is not valid UTF-8"
                continue
            expected = _JSON_COLUMNS.get((table, name))
            if expected is None:
                continue
            try:
                loaded = json.loads(text)
            except ValueError as e:
                yield f"{where}: JSON does not load ({e})"
                continue
            if not isinstance(loaded, expected):
                yield f"{where}: JSON {type(loaded).__name__}, expected {expected.__name__}"


def _rows(conn: sqlite3.Connection) -> list[str]:
    """Every stored value read raw (bytes), so one bad row is reported, not raised."""
    factory = conn.text_factory
    conn.text_factory = bytes
    problems: list[str] = []
    try:
        for table in ROW_TABLES:
            found = []
            try:
                for problem in _row_problems(conn, table):
                    found.append(problem)
                    if len(found) >= MAX_REPORTED:
                        break
            except sqlite3.DatabaseError as e:
                found.append(f"{table}: cannot be read ({e})")
            problems += found
    finally:
        conn.text_factory = factory
    return problems


def _search_index(conn: sqlite3.Connection, path: Path | None) -> list[str]:
    """FTS5's integrity check, an INSERT command: on this connection when it may write, else on a
    private copy of a read-only file (the check writes nothing, but SQLite wants a writable file)."""
    try:
        conn.execute("SAVEPOINT fts_check")
    except sqlite3.DatabaseError as e:
        return [f"search index: {e}"]
    try:
        conn.execute(FTS_CHECK)
        return []
    except sqlite3.OperationalError as e:
        if ("readonly" not in str(e) and "read-only" not in str(e)) or path is None:
            return [f"search index: {e}"]
    except sqlite3.DatabaseError as e:
        return [f"search index: {e}"]
    finally:
        conn.execute("ROLLBACK TO fts_check")
        conn.execute("RELEASE fts_check")
    return _search_index_of_copy(conn)


def _search_index_of_copy(conn: sqlite3.Connection) -> list[str]:
    fd, name = tempfile.mkstemp(suffix=".sqlite", prefix="finbrief-check-")
    os.close(fd)
    try:
        copy = sqlite3.connect(name)
        try:
            conn.backup(copy)
            copy.execute(FTS_CHECK)
            return []
        except sqlite3.DatabaseError as e:
            return [f"search index: {e}"]
        finally:
            copy.close()
    finally:
        os.unlink(name)


def _sqlite(conn: sqlite3.Connection) -> list[str]:
    problems = [f"sqlite integrity: {r[0]}" for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    return problems + [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]


def _migrations(conn: sqlite3.Connection) -> list[str]:
    names = [str(m["name"]) for m in applied(conn)]
    expected = [f"{m.number:04d}_{m.name}" for m in migrations()]
    return [] if names == expected else [f"migrations: applied {names}, expected {expected}"]


def _rules(conn: sqlite3.Connection) -> list[str]:
    """The library's own invariants between tables."""
    return (
        _problems(
            conn,
            "SELECT d.id, d.paragraph_count, count(p.n), min(p.n), max(p.n) FROM documents d"
            " LEFT JOIN paragraphs p ON p.doc_id = d.id GROUP BY d.id"
            " HAVING count(p.n) != d.paragraph_count OR min(p.n) != 1 OR max(p.n) != d.paragraph_count"
            " OR count(p.n) = 0",
            "paragraphs missing or misnumbered (doc, expected, found, min, max)",
        )
        + _problems(
            conn,
            "SELECT d.id, d.fact_count, count(f.id) FROM documents d LEFT JOIN facts f ON f.doc_id = d.id"
            " GROUP BY d.id HAVING count(f.id) != d.fact_count",
            "fact count differs (doc, expected, found)",
        )
        + _problems(
            conn,
            "SELECT f.doc_id, f.i, f.paragraph FROM facts f LEFT JOIN paragraphs p"
            " ON p.doc_id = f.doc_id AND p.n = f.paragraph"
            " WHERE p.n IS NULL OR instr(p.text, f.evidence) = 0",
            "fact evidence not in its paragraph (doc, fact, paragraph)",
        )
    )


def check(conn: sqlite3.Connection, path: Path | None = None) -> Row:
    """Run every check on one snapshot; ``ok`` is True when no problem was found.

    Takes the write lock when the connection may write (the search index check is a command),
    so writers wait; on a read-only library it reads one snapshot and checks a copy's index.
    Each check runs even when another could not (damage that stops one is reported by it).
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        if "readonly" not in str(e):
            raise
        conn.execute("BEGIN")
    steps = (
        ("sqlite", _sqlite),
        ("search index", lambda c: _search_index(c, path)),
        ("migrations", _migrations),
        ("rows", _rows),
        ("rules", _rules),
    )
    problems: list[str] = []
    counts: dict[str, int] = {}
    names: list[str] = []
    try:
        for label, step in steps:
            try:
                problems += step(conn)
            except sqlite3.DatabaseError as e:  # damage so deep that this check cannot run
                problems.append(f"{label}: {e}")
        with contextlib.suppress(sqlite3.DatabaseError):
            names = [str(m["name"]) for m in applied(conn)]
        for t in ("documents", "paragraphs", "speakers", "qa", "facts", "outputs"):
            try:
                counts[t] = int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            except sqlite3.DatabaseError as e:
                problems.append(f"{t}: cannot be counted ({e})")
    finally:
        conn.execute("ROLLBACK")
    return {"ok": not problems, "problems": problems, "counts": counts, "migrations": names}
