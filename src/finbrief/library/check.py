"""``finbrief library check``: is the file sound and does every document hold together.

SQLite's own checks (pages, foreign keys, the full-text index against its content), then the
library's rules: a document's paragraphs are numbered 1..n as recorded, its counts match its
rows, every fact cites an existing paragraph and quotes it exactly, all migrations are applied.
"""

from __future__ import annotations

import sqlite3

from finbrief.library.store import Row, applied, migrations

MAX_REPORTED = 20


def _problems(conn: sqlite3.Connection, sql: str, what: str) -> list[str]:
    rows = conn.execute(sql + f" LIMIT {MAX_REPORTED}").fetchall()
    return [f"{what}: {', '.join(str(v) for v in tuple(r))}" for r in rows]


def check(conn: sqlite3.Connection) -> Row:
    """Run every check on one snapshot; ``ok`` is True when no problem was found.

    The search index check is an INSERT command, so this takes the write lock (writers wait).
    """
    problems: list[str] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        problems += [
            f"sqlite integrity: {r[0]}" for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"
        ]
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
        try:
            conn.execute("INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as e:
            problems.append(f"search index: {e}")
        names = [str(m["name"]) for m in applied(conn)]
        expected = [f"{m.number:04d}_{m.name}" for m in migrations()]
        if names != expected:
            problems.append(f"migrations: applied {names}, expected {expected}")
        problems += _problems(
            conn,
            "SELECT d.id, d.paragraph_count, count(p.n), min(p.n), max(p.n) FROM documents d"
            " LEFT JOIN paragraphs p ON p.doc_id = d.id GROUP BY d.id"
            " HAVING count(p.n) != d.paragraph_count OR min(p.n) != 1 OR max(p.n) != d.paragraph_count"
            " OR count(p.n) = 0",
            "paragraphs missing or misnumbered (doc, expected, found, min, max)",
        )
        problems += _problems(
            conn,
            "SELECT d.id, d.fact_count, count(f.id) FROM documents d LEFT JOIN facts f ON f.doc_id = d.id"
            " GROUP BY d.id HAVING count(f.id) != d.fact_count",
            "fact count differs (doc, expected, found)",
        )
        problems += _problems(
            conn,
            "SELECT f.doc_id, f.i, f.paragraph FROM facts f LEFT JOIN paragraphs p"
            " ON p.doc_id = f.doc_id AND p.n = f.paragraph"
            " WHERE p.n IS NULL OR instr(p.text, f.evidence) = 0",
            "fact evidence not in its paragraph (doc, fact, paragraph)",
        )
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("documents", "paragraphs", "speakers", "qa", "facts", "outputs")
        }
    finally:
        conn.execute("ROLLBACK")
    return {"ok": not problems, "problems": problems, "counts": counts, "migrations": names}
