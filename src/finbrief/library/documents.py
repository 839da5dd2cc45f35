"""Adding, listing, showing and removing documents.

The library stores what it is given: a ``Prepared`` record (``finbrief.pipeline.prepare`` makes
one, in a worker process if need be) is written by ``write`` in one transaction with every row of
the document. A document is its content hash, so writing the same bytes again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field

from finbrief.library import store
from finbrief.library.errors import AmbiguousId, DocumentNotFound, InvalidQuery
from finbrief.library.store import Row
from finbrief.library.text import normalize, search_text
from finbrief.model import Answer, Document, Fact, Paragraph, QAPair, Speaker

# Test hook: seconds to sleep inside the add transaction, after the paragraphs are written, so a
# test can kill the process mid-add. Unset in normal use.
PAUSE_ENV = "FINBRIEF_TEST_PAUSE_AFTER_PARAGRAPHS"
ID_PREFIX_MIN = 4


@dataclass(frozen=True)
class Prepared:
    """Everything stored for one document, computed without touching the database; company, ticker,
    period and date are the facts stage's (its ``FactSheet``), stored as they are."""

    doc: Document
    facts: tuple[Fact, ...]
    company: str | None
    ticker: str | None
    period: str | None
    date: str | None
    outputs: dict[str, str] = field(default_factory=dict)
    """Output kind (``brief``, ``minutes``) -> its JSON text."""
    size: int | None = None
    company_names: tuple[str, ...] = ()
    """Names the document gives its company (the sheet's ``names``)."""


def file_id(path: str | os.PathLike[str]) -> str:
    """Document id of a file without parsing it: the sha256 of its bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def output_variant(data: str) -> tuple[str, str, str]:
    """(backend, model, language) of an output, as its JSON says (``meta`` is written by the llm backend)."""
    parsed = json.loads(data)
    meta = parsed.get("meta") or {}
    return str(meta.get("backend") or "extractive"), str(meta.get("model") or ""), str(parsed.get("lang") or "")


def write_outputs(conn: sqlite3.Connection, doc_id: str, outputs: dict[str, str]) -> None:
    """Store more outputs of a stored document (another backend, model or language), in one transaction."""
    now = store.now()
    with store.write(conn):
        conn.executemany(
            "INSERT OR REPLACE INTO outputs(doc_id, kind, backend, model, lang, data, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, kind, *output_variant(data), data, now) for kind, data in outputs.items()],
        )


def outputs_of(conn: sqlite3.Connection, ref: str, kind: str, backend: str) -> tuple[str, str, list[Row]]:
    """A document's id, its language and its stored outputs of one kind by one backend, newest first
    (each with ``model``, ``lang``, ``created_at`` and ``data``, the JSON loaded): the caller picks."""
    doc_id = resolve_id(conn, ref)
    language = str(conn.execute("SELECT language FROM documents WHERE id = ?", (doc_id,)).fetchone()[0])
    rows = conn.execute(
        "SELECT model, lang, created_at, data FROM outputs WHERE doc_id = ? AND kind = ? AND backend = ?"
        " ORDER BY created_at DESC, rowid DESC",
        (doc_id, kind, backend),
    )
    return doc_id, language, [{**dict(r), "data": json.loads(r["data"])} for r in rows]


def exists(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None


def _pause_for_tests() -> None:
    """Sleep inside the transaction when the test hook asks for it (see ``PAUSE_ENV``)."""
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        print("finbrief-test: paused inside add transaction", file=sys.stderr, flush=True)
        time.sleep(float(seconds))


def _unique_speakers(doc: Document) -> list[Speaker]:
    """One speaker per id, the first one, in document order (the id is the table's key)."""
    seen: dict[str, Speaker] = {}
    for s in doc.speakers:
        seen.setdefault(s.id, s)
    return list(seen.values())


def _speaker_names(s: Speaker) -> str:
    return "\n".join(dict.fromkeys(normalize(n) for n in (s.id, *s.names())))


def write(conn: sqlite3.Connection, prep: Prepared) -> tuple[str, bool]:
    """Store a prepared document in one transaction; ``(id, False)`` if it was already there."""
    doc = prep.doc
    with store.write(conn):
        if exists(conn, doc.id):
            return doc.id, False
        conn.execute(
            "INSERT INTO documents(id, source, title, language, kind, media_type, company, ticker, period, date,"
            " meta, size_bytes, paragraph_count, fact_count, added_at, company_names)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.source,
                doc.title,
                doc.language,
                doc.kind,
                doc.media_type,
                prep.company,
                prep.ticker,
                prep.period,
                prep.date,
                json.dumps(dict(doc.meta), ensure_ascii=False),
                prep.size,
                len(doc.paragraphs),
                len(prep.facts),
                store.now(),
                json.dumps(list(prep.company_names), ensure_ascii=False),
            ),
        )
        conn.executemany(
            "INSERT INTO paragraphs(doc_id, n, text, speaker, section, role, body_start, search_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc.id, p.n, p.text, p.speaker, p.section, p.role, p.body_start, search_text(p.text))
                for p in doc.paragraphs
            ],
        )
        _pause_for_tests()
        conn.executemany(
            "INSERT INTO speakers(doc_id, id, name, aliases, role, affiliation, side, match_names)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    s.id,
                    s.name,
                    json.dumps(list(s.aliases), ensure_ascii=False),
                    s.role,
                    s.affiliation,
                    s.side,
                    _speaker_names(s),
                )
                for s in _unique_speakers(doc)
            ],
        )
        conn.executemany(
            "INSERT INTO qa(doc_id, i, asker, question, answers, firm) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    i,
                    q.asker,
                    json.dumps(list(q.question)),
                    json.dumps([{"speaker": a.speaker, "paragraphs": list(a.paragraphs)} for a in q.answers]),
                    q.firm,
                )
                for i, q in enumerate(doc.qa, 1)
            ],
        )
        conn.executemany(
            "INSERT INTO facts(doc_id, i, company, subject, metric, value, value_high, unit, change, period,"
            " qualifier, paragraph, evidence, span_start, span_end, speaker, raw, basis, per)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    i,
                    prep.company,
                    f.subject,
                    f.metric,
                    f.value,
                    f.value_high,
                    f.unit,
                    f.change,
                    f.period,
                    f.qualifier,
                    f.paragraph,
                    f.evidence,
                    f.start,
                    f.end,
                    f.speaker,
                    f.raw,
                    f.basis,
                    f.per,
                )
                for i, f in enumerate(prep.facts, 1)
            ],
        )
        now = store.now()
        conn.executemany(
            "INSERT OR REPLACE INTO outputs(doc_id, kind, backend, model, lang, data, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, kind, *output_variant(data), data, now) for kind, data in prep.outputs.items()],
        )
    return doc.id, True


def resolve_id(conn: sqlite3.Connection, ref: str) -> str:
    """Full document id from an id or a unique prefix of it (as ``list`` shows), or a clear error."""
    ref = ref.strip().lower()
    if len(ref) < ID_PREFIX_MIN or not re.fullmatch(r"[0-9a-f]+", ref):
        raise InvalidQuery(f"'{ref}' is not a document id (give at least {ID_PREFIX_MIN} hex digits)")
    rows = conn.execute(
        "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "g")
    ).fetchall()
    if not rows:
        raise DocumentNotFound(f"no document {ref} in the library")
    if len(rows) > 1:
        raise AmbiguousId(f"document id {ref} is ambiguous: give more digits")
    return str(rows[0][0])


_LIST_COLUMNS = (
    "id, source, title, company, ticker, period, date, kind, language, paragraph_count AS paragraphs,"
    " fact_count AS facts, added_at"
)


def list_documents(
    conn: sqlite3.Connection,
    company: str | None = None,
    period: str | None = None,
    kind: str | None = None,
    language: str | None = None,
) -> list[Row]:
    """Stored documents, newest period first, as plain rows."""
    from finbrief.library.filters import company_clause, period_clause

    where, args = ["1"], []
    for clause in (company_clause("company", "ticker", company), period_clause("period", period)):
        if clause:
            where.append(clause[0])
            args += clause[1]
    for column, value in (("kind", kind), ("language", language)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    sql = (
        f"SELECT {_LIST_COLUMNS} FROM documents WHERE {' AND '.join(where)}"
        " ORDER BY company IS NULL, company, period IS NULL, period DESC, date DESC, source"
    )
    return [dict(r) for r in conn.execute(sql, args)]


def get_document(conn: sqlite3.Connection, ref: str) -> Row:
    """One document with its paragraphs, speakers, Q&A, facts and outputs, as plain data."""
    doc_id = resolve_id(conn, ref)
    row = dict(
        conn.execute(
            f"SELECT {_LIST_COLUMNS}, media_type, meta, size_bytes FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
    )
    row["meta"] = json.loads(str(row["meta"]))
    row["paragraphs"] = [
        dict(r)
        for r in conn.execute(
            "SELECT n, text, speaker, section, role, body_start FROM paragraphs WHERE doc_id = ? ORDER BY n",
            (doc_id,),
        )
    ]
    row["speakers"] = [
        {**dict(r), "aliases": json.loads(r["aliases"])}
        for r in conn.execute(
            "SELECT id, name, aliases, role, affiliation, side FROM speakers WHERE doc_id = ? ORDER BY rowid",
            (doc_id,),
        )
    ]
    row["qa"] = [
        {
            "asker": r["asker"],
            "firm": r["firm"],
            "question": json.loads(r["question"]),
            "answers": json.loads(r["answers"]),
        }
        for r in conn.execute(
            "SELECT asker, firm, question, answers FROM qa WHERE doc_id = ? ORDER BY i", (doc_id,)
        )
    ]
    row["facts"] = [
        dict(r)
        for r in conn.execute(
            "SELECT subject, metric, value, value_high, unit, change, period, qualifier, paragraph, evidence,"
            " span_start AS start, span_end AS end, speaker, raw, basis, per FROM facts WHERE doc_id = ? ORDER BY i",
            (doc_id,),
        )
    ]
    variants = conn.execute(
        "SELECT kind, backend, model, lang, data, created_at FROM outputs WHERE doc_id = ?"
        " ORDER BY kind, created_at, backend, model, lang",
        (doc_id,),
    ).fetchall()
    # one output per kind (the latest written), and every variant kept (backend, model, language)
    row["outputs"] = {r["kind"]: json.loads(r["data"]) for r in variants}
    row["output_variants"] = [
        {k: r[k] for k in ("kind", "backend", "model", "lang", "created_at")} for r in variants
    ]
    return row


def load_document(conn: sqlite3.Connection, ref: str) -> Document:
    """The stored ``Document`` again (for later stages run on a library document)."""
    return document_from_row(get_document(conn, ref))


def document_from_row(d: Row) -> Document:
    """The ``Document`` held in a row of ``get_document`` (no second read)."""
    return Document(
        id=str(d["id"]),
        paragraphs=tuple(Paragraph(**p) for p in d["paragraphs"]),
        language=d["language"],
        title=d["title"],
        source=d["source"],
        media_type=str(d["media_type"]),
        kind=d["kind"],
        speakers=tuple(Speaker(**{**s, "aliases": tuple(s["aliases"])}) for s in d["speakers"]),
        qa=tuple(
            QAPair(
                q["asker"],
                tuple(q["question"]),
                tuple(Answer(a["speaker"], tuple(a["paragraphs"])) for a in q["answers"]),
                q["firm"],
            )
            for q in d["qa"]
        ),
        meta=tuple((str(k), str(v)) for k, v in d["meta"].items()),
    )


def remove_document(conn: sqlite3.Connection, ref: str) -> Row:
    """Delete a document and everything derived from it (one transaction); returns what was removed."""
    with store.write(conn):
        doc_id = resolve_id(conn, ref)
        row = dict(conn.execute(f"SELECT {_LIST_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone())
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    return row
