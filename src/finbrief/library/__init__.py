"""The library: every document, fact and output in one SQLite file, searchable, followed over time.

```python
from finbrief import pipeline
from finbrief.library import Library

with Library("my.sqlite") as lib:          # or Library() for $FINBRIEF_DB / the user data dir
    doc_id, added = pipeline.add(lib, "call.txt")   # runs every stage, then stores the result
    lib.search("闪购", company="BABA")
    lib.timeline(subject="cloud", metric="revenue", change="yoy")
```

The library stores what it is given (``write`` a ``Prepared`` record); it runs no stage itself.
Every method returns plain dicts and lists (JSON-ready). The functions in the submodules take a
``sqlite3.Connection`` for callers that manage their own.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Concatenate, ParamSpec, TypeVar

from finbrief.library import documents, store
from finbrief.library.documents import Prepared
from finbrief.library.errors import LibraryError
from finbrief.library.store import Mode, Row, default_path
from finbrief.model import Document

__all__ = [
    "Library",
    "LibraryError",
    "Mode",
    "Prepared",
    "default_path",
]

_P = ParamSpec("_P")
_T = TypeVar("_T")


def _typed(method: Callable[Concatenate[Library, _P], _T]) -> Callable[Concatenate[Library, _P], _T]:
    """SQLite's and JSON's exceptions inside a method become typed errors naming the library file."""

    @functools.wraps(method)
    def run(self: Library, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        with store.typed_errors(str(self.path)):
            return method(self, *args, **kwargs)

    return run


class Library:
    """An open library file.

    ``mode`` (see ``store.Mode``): ``create`` (default) creates a missing file; ``write`` and
    ``read`` need an existing library, ``read`` opens it read-only (a read-only file works). The
    writing modes refuse a damaged file unless ``quick_check=False`` (very large libraries);
    ``migrate=False`` leaves an old schema as it is (``check`` reports it).
    Every failure is a ``LibraryError`` subclass (``finbrief.library.errors``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        mode: Mode = "create",
        quick_check: bool = True,
        migrate: bool = True,
    ) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.mode = mode
        self.conn: sqlite3.Connection = store.connect(
            self.path, mode=mode, quick_check=quick_check, migrate=migrate
        )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @_typed
    def write(self, prepared: Prepared) -> tuple[str, bool]:
        """Store a prepared document in one transaction; ``(id, added)`` (False: already there)."""
        return documents.write(self.conn, prepared)

    @_typed
    def has(self, doc_id: str) -> bool:
        return documents.exists(self.conn, doc_id)

    @_typed
    def documents(
        self,
        company: str | None = None,
        period: str | None = None,
        kind: str | None = None,
        language: str | None = None,
    ) -> list[Row]:
        return documents.list_documents(self.conn, company, period, kind, language)

    @_typed
    def document(self, ref: str) -> Row:
        """A document by id or unique id prefix, with paragraphs, speakers, Q&A, facts and outputs."""
        return documents.get_document(self.conn, ref)

    @_typed
    def outputs(self, ref: str, kind: str, backend: str) -> tuple[str, str, list[Row]]:
        """(id, language, stored outputs of ``kind`` by ``backend``, newest first) of a document."""
        return documents.outputs_of(self.conn, ref, kind, backend)

    @_typed
    def add_outputs(self, ref: str, outputs: dict[str, str]) -> None:
        """Store more outputs of a document (another backend, model or language) beside its others."""
        documents.write_outputs(self.conn, documents.resolve_id(self.conn, ref), outputs)

    @_typed
    def save_job(self, job: Row) -> None:
        """Write a server job's state (``library.jobs``)."""
        from finbrief.library.jobs import save_job

        save_job(self.conn, job)

    @_typed
    def job(self, job_id: str) -> Row | None:
        from finbrief.library.jobs import get_job

        return get_job(self.conn, job_id)

    @_typed
    def running_jobs(self) -> list[Row]:
        from finbrief.library.jobs import running_jobs

        return running_jobs(self.conn)

    @_typed
    def load(self, ref: str) -> Document:
        return documents.load_document(self.conn, ref)

    @_typed
    def remove(self, ref: str) -> Row:
        return documents.remove_document(self.conn, ref)

    @_typed
    def search(
        self,
        query: str,
        *,
        company: str | None = None,
        period: str | None = None,
        speaker: str | None = None,
        section: str | None = None,
        document: str | None = None,
        limit: int = 20,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[Row]:
        """Paragraphs matching every term, best first (see ``library.search``)."""
        from finbrief.library.search import search

        return search(
            self.conn,
            query,
            company=company,
            period=period,
            speaker=speaker,
            section=section,
            document=document,
            limit=limit,
            marks=marks,
        )

    @_typed
    def timeline(
        self,
        *,
        metric: str,
        subject: str | None = None,
        change: str | None = None,
        company: str | None = None,
        period: str | None = None,
        unit: str | None = None,
    ) -> Row:
        """The metric by calendar quarter, each point with its sources (see ``library.timeline``)."""
        from finbrief.library.timeline import timeline

        return timeline(
            self.conn,
            metric=metric,
            subject=subject,
            change=change,
            company=company,
            period=period,
            unit=unit,
        )

    @_typed
    def conflicts(
        self,
        *,
        company: str | None = None,
        subject: str | None = None,
        metric: str | None = None,
        period: str | None = None,
        same_document: bool = False,
    ) -> list[Row]:
        """Disagreeing figures with both evidences (see ``library.conflicts``)."""
        from finbrief.library.conflicts import conflicts

        return conflicts(
            self.conn,
            company=company,
            subject=subject,
            metric=metric,
            period=period,
            same_document=same_document,
        )

    @_typed
    def export(
        self,
        fmt: str = "csv",
        *,
        company: str | None = None,
        subject: str | None = None,
        metric: str | None = None,
        period: str | None = None,
    ) -> str:
        """Every matching fact as CSV or JSON records (see ``library.export``)."""
        from finbrief.library.export import export

        return export(self.conn, fmt, company=company, subject=subject, metric=metric, period=period)

    @_typed
    def facts(
        self,
        *,
        company: str | None = None,
        subject: str | None = None,
        metric: str | None = None,
        period: str | None = None,
    ) -> list[Row]:
        """Every matching fact with its document's metadata, as rows."""
        from finbrief.library.export import fact_rows

        return fact_rows(self.conn, company=company, subject=subject, metric=metric, period=period)

    @_typed
    def check(self) -> Row:
        """Every problem any command would trip over (see ``library.check``); ``ok`` when none."""
        from finbrief.library.check import check

        return check(self.conn, self.path)
