"""Every stored fact as flat rows for pandas or a spreadsheet (CSV or JSON records).

One row per fact with its document's metadata, so ``pd.read_csv`` / ``pd.read_json`` gives a
table that can be pivoted by period without a join.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from finbrief.library.errors import InvalidQuery
from finbrief.library.store import Row
from finbrief.library.timeline import resolve_names, select_facts

COLUMNS = (
    "doc_id",
    "source",
    "title",
    "date",
    "company",
    "subject",
    "metric",
    "change",
    "period",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "raw",
    "paragraph",
    "speaker",
    "evidence",
)
FORMATS = ("csv", "json")


def fact_rows(
    conn: sqlite3.Connection,
    *,
    company: str | None = None,
    subject: str | None = None,
    metric: str | None = None,
    period: str | None = None,
    change: str | None = "any",
) -> list[Row]:
    """Facts with their document's metadata, in ``COLUMNS`` order."""
    subjects, metrics = resolve_names(conn, subject, metric)
    rows = select_facts(
        conn, subjects=subjects, metrics=metrics, change=change, company=company, period=period
    )
    return [{c: r[c] for c in COLUMNS} for r in rows]


def to_csv(rows: list[Row]) -> str:
    """RFC 4180 CSV with a header row (UTF-8; spreadsheets need the BOM the CLI adds for files)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def to_json(rows: list[Row]) -> str:
    """JSON records (``pd.read_json(text)`` or ``orient="records"``)."""
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def export(conn: sqlite3.Connection, fmt: str = "csv", **filters: str | None) -> str:
    """The facts as text in ``fmt``."""
    if fmt not in FORMATS:
        raise InvalidQuery(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    rows = fact_rows(conn, **filters)
    return to_csv(rows) if fmt == "csv" else to_json(rows)
