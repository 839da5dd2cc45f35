"""Full-text search over every stored paragraph, in Chinese (either script) and English.

The FTS5 index ranks paragraphs (bm25); the snippet is cut from the original text with each
match marked, found again on the normalised view whose offsets equal the original's.
"""

from __future__ import annotations

import sqlite3

from finbrief.library.documents import resolve_id
from finbrief.library.errors import InvalidQuery
from finbrief.library.filters import company_clause, period_clause
from finbrief.library.store import Row
from finbrief.library.text import find_matches, fts_query, normalize, parse_query, snippet

DEFAULT_LIMIT = 20
SECTIONS = ("intro", "prepared", "qa", "closing")
HIDDEN_ROLES = ("speaker_label", "boilerplate")
"""Paragraphs never returned: a bare speaker name line, page furniture (use --speaker for people)."""


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    company: str | None = None,
    period: str | None = None,
    speaker: str | None = None,
    section: str | None = None,
    document: str | None = None,
    limit: int = DEFAULT_LIMIT,
    marks: tuple[str, str] = ("[", "]"),
) -> list[Row]:
    """Best-matching paragraphs, each with its document, paragraph number, speaker and a marked snippet."""
    terms = parse_query(query)
    if not terms:
        raise InvalidQuery("empty search query (give a word, a Chinese term or a quoted phrase)")
    where = ["paragraphs_fts MATCH ?", f"p.role NOT IN ({','.join('?' * len(HIDDEN_ROLES))})"]
    args: list[object] = [fts_query(terms), *HIDDEN_ROLES]
    for clause in (company_clause("d.company", "d.ticker", company), period_clause("d.period", period)):
        if clause:
            where.append(clause[0])
            args += clause[1]
    if section:
        if section not in SECTIONS:
            raise InvalidQuery(f"unknown section '{section}' (choose from {', '.join(SECTIONS)})")
        where.append("p.section = ?")
        args.append(section)
    if speaker:
        where.append(
            "EXISTS (SELECT 1 FROM speakers sp WHERE sp.doc_id = p.doc_id AND sp.id = p.speaker"
            " AND instr(sp.match_names, ?) > 0)"
        )
        args.append(normalize(speaker.strip()))
    if document:
        where.append("p.doc_id = ?")
        args.append(resolve_id(conn, document))
    sql = (
        "SELECT p.doc_id, d.source, d.title, d.company, d.period, p.n AS paragraph, p.speaker,"
        " s.name AS speaker_name, p.section, p.text, paragraphs_fts.rank AS score"
        " FROM paragraphs_fts"
        " JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
        " JOIN documents d ON d.id = p.doc_id"
        " LEFT JOIN speakers s ON s.doc_id = p.doc_id AND s.id = p.speaker"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY paragraphs_fts.rank LIMIT ?"
    )
    args.append(max(1, limit))
    try:
        rows = conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as e:  # a query FTS5 cannot parse: say so, do not crash
        if "syntax" not in str(e) and "no such column" not in str(e):
            raise  # a damaged index, a busy file: the caller's typed error
        raise InvalidQuery(f"cannot search for {query!r} ({e})") from None
    results = []
    for r in rows:
        row = dict(r)
        spans = find_matches(str(row["text"]), terms)
        row["matches"] = [list(s) for s in spans]
        row["snippet"] = snippet(str(row["text"]), spans, marks=marks)
        row["score"] = round(-float(row["score"]), 4)
        results.append(row)
    return results
