"""A metric quarter by quarter across every stored document, each point with its sources.

Facts already carry the calendar quarter they are about (the facts stage reads fiscal calendars
and "last quarter" references), so a figure about 2025Q1 quoted in a 2025Q2 article lands in
2025Q1. Within one quarter, figures equal within rounding are one point with several sources;
figures that disagree are all shown, and a point is flagged exactly when ``library conflicts``
lists it (one rule, ``library.series``). A renamed segment's figures continue the series of its
new name.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from finbrief.lexicon.subjects import series_name
from finbrief.library import names
from finbrief.library.errors import InvalidQuery, NotFound
from finbrief.library.filters import company_clause, period_clause
from finbrief.library.series import (
    QUARTER_RE,
    cluster,
    disagreements,
    drop_agreeing_bounds,
    figure,
    row_id,
    series_key,
    series_of,
)
from finbrief.library.store import Row

__all__ = ["CHANGES", "QUARTER_RE", "point", "resolve_names", "select_facts", "timeline"]

CHANGES = ("yoy", "qoq", "ytd", "none", "any")

FACT_COLUMNS = (
    "f.doc_id, f.i, d.source, d.title, d.date, d.period AS doc_period, f.company, f.subject, f.metric, f.value,"
    " f.value_high, f.unit, f.change, f.period, f.qualifier, f.paragraph, f.evidence, f.speaker, f.raw, f.basis,"
    " f.per"
)


def _distinct(
    conn: sqlite3.Connection, column: str, where: str = "1", args: Sequence[object] = ()
) -> list[str]:
    return [str(r[0]) for r in conn.execute(f"SELECT DISTINCT {column} FROM facts WHERE {where}", list(args))]


def resolve_names(
    conn: sqlite3.Connection, subject: str | None, metric: str | None
) -> tuple[list[str] | None, list[str] | None]:
    """Stored subjects and metrics the user's words mean (None: not restricted)."""
    metrics = None
    if metric:
        metrics = names.match(metric, _distinct(conn, "metric"), "metric")
        if not metrics:
            raise NotFound(f"no stored facts for a metric matching '{metric}'")
    subjects = None
    if subject:
        where, args = ("1", [])
        if metrics:
            where, args = f"metric IN ({','.join('?' * len(metrics))})", list(metrics)
        stored = _distinct(conn, "subject", where, args)
        subjects = names.match(subject, stored, "subject")
        if not subjects:
            raise NotFound(
                f"no stored facts for a subject matching '{subject}'"
                + (f" with metric '{metric}'" if metric else "")
            )
        # every name of one series (a renamed segment, the company's own "星穹云" for cloud): asking
        # for one gives them all
        named = _series_names(conn, "1" if not metrics else f"f.{where}", args)
        wanted = {series for s in subjects for series in named.get(s, {series_name(s)})}
        subjects = [*subjects, *(s for s in stored if s not in subjects and named.get(s, set()) & wanted)]
    return subjects, metrics


def _series_names(conn: sqlite3.Connection, where: str, args: Sequence[object]) -> dict[str, set[str]]:
    """Stored subject -> the series its facts belong to (one per company)."""
    out: dict[str, set[str]] = defaultdict(set)
    own = company_names(conn)
    sql = f"SELECT DISTINCT f.subject, f.company FROM facts f WHERE {where}"
    for subject, company in conn.execute(sql, list(args)):
        row = {"subject": subject, "company": company, "company_names": own.get(company, ())}
        out[str(subject)].add(series_of(row))
    return out


def company_names(conn: sqlite3.Connection) -> dict[object, tuple[str, ...]]:
    """Company -> every name its stored documents give it (in the order first stored)."""
    out: dict[object, dict[str, None]] = defaultdict(dict)
    for company, stored in conn.execute("SELECT company, company_names FROM documents ORDER BY added_at, id"):
        for name in json.loads(stored or "[]"):
            out[company][str(name)] = None
    return {company: tuple(names) for company, names in out.items()}


def change_clause(change: str | None) -> tuple[str, list[object]] | None:
    """``yoy`` / ``qoq`` / ``ytd``: that change; ``none`` (or None): levels; ``any``: everything."""
    if change in (None, "none"):
        return "f.change IS NULL", []
    if change == "any":
        return None
    if change not in CHANGES:
        raise InvalidQuery(f"unknown change '{change}' (choose from {', '.join(CHANGES)})")
    return "f.change = ?", [change]


_NOT_ASKED = (
    "NOT EXISTS (SELECT 1 FROM speakers s WHERE s.doc_id = f.doc_id AND s.id = f.speaker AND s.side = 'analyst')"
)


def select_facts(
    conn: sqlite3.Connection,
    *,
    subjects: list[str] | None = None,
    metrics: list[str] | None = None,
    change: str | None = "any",
    company: str | None = None,
    period: str | None = None,
    unit: str | None = None,
    dated: bool = False,
) -> list[Row]:
    """Stored facts joined with their document, filtered; the common query of timeline, conflicts, export.
    Figures an analyst said are left out: a series is what the company reported."""
    where: list[str] = [_NOT_ASKED]
    args: list[object] = []
    clauses = [
        (f"f.subject IN ({','.join('?' * len(subjects))})", list(subjects)) if subjects is not None else None,
        (f"f.metric IN ({','.join('?' * len(metrics))})", list(metrics)) if metrics is not None else None,
        change_clause(change),
        company_clause("f.company", "d.ticker", company),
        period_clause("f.period", period),
        ("f.unit = ?", [unit]) if unit else None,
        ("f.period IS NOT NULL", []) if dated else None,
    ]
    for clause in clauses:
        if clause:
            where.append(clause[0])
            args += clause[1]
    sql = (
        f"SELECT {FACT_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.company, f.subject, f.metric, f.change, f.period, f.doc_id, f.i"
    )
    rows = [dict(r) for r in conn.execute(sql, args)]
    own = company_names(conn) if rows else {}
    for r in rows:
        r["company_names"] = own.get(r["company"], ())  # for the series a subject belongs to
    return rows


def source_of(row: Row) -> Row:
    """Where a figure was read: the document, paragraph and the exact words."""
    return {
        "doc_id": row["doc_id"],
        "source": row["source"],
        "title": row["title"],
        "date": row["date"],
        "paragraph": row["paragraph"],
        "period": row["period"],
        "speaker": row["speaker"],
        "evidence": row["evidence"],
        "raw": row["raw"],
        "value": row["value"],
        "qualifier": row["qualifier"],
    }


def representative(rows: list[Row]) -> Row:
    """The most precisely written figure of a cluster (333.98亿 rather than 334亿)."""

    def precision(r: Row) -> float:
        s = figure(r).step
        return s if s is not None else float("inf")

    return min(rows, key=lambda r: (r["qualifier"] is not None, precision(r)))


def strip(row: Row) -> Row:
    """The row without its cached figure, for output."""
    row.pop("_figure", None)
    return row


def point(period: str, rows: list[Row]) -> Row:
    """One timeline point: the value, and every source that reports it."""
    best = representative(rows)
    return {
        "_figure": figure(best),
        "period": period,
        "value": best["value"],
        "value_high": best["value_high"],
        "unit": best["unit"],
        "qualifier": best["qualifier"],
        "raw": best["raw"],
        "documents": len({r["doc_id"] for r in rows}),
        "sources": [source_of(r) for r in rows],
        "conflict": [],
    }


def timeline(
    conn: sqlite3.Connection,
    *,
    metric: str,
    subject: str | None = None,
    change: str | None = None,
    company: str | None = None,
    period: str | None = None,
    unit: str | None = None,
) -> Row:
    """Series (one per company and subject) of points per calendar quarter, oldest first."""
    subjects, metrics = resolve_names(conn, subject, metric)
    rows = select_facts(
        conn, subjects=subjects, metrics=metrics, change=change, company=company, period=period, unit=unit
    )
    undated = sum(1 for r in rows if r["period"] is None)
    other = sum(1 for r in rows if r["period"] is not None and not QUARTER_RE.match(str(r["period"])))
    if unit or period:
        # flags follow the conflicts rule over every figure of the series, shown or not
        everything = select_facts(conn, subjects=subjects, metrics=metrics, change=change, company=company)
    else:
        everything = rows
    flags: dict[tuple[object, object], set[str]] = defaultdict(set)
    for d in disagreements(everything):
        for r in (*d.a, *d.b):
            flags[row_id(r)].update(d.kinds)
    by_series: dict[tuple[object, ...], dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["period"] is not None and QUARTER_RE.match(str(r["period"])):
            by_series[series_key(r)][str(r["period"])].append(r)
    series = []
    for (comp, subj, met, chg), periods in sorted(
        by_series.items(), key=lambda kv: tuple(str(x) for x in kv[0])
    ):
        points = []
        for per in sorted(periods):
            group = []
            for c in drop_agreeing_bounds(cluster(periods[per])):
                p = point(per, c)
                p["conflict"] = sorted({k for r in c for k in flags.get(row_id(r), ())})
                group.append(p)
            group.sort(key=lambda p: (-int(p["documents"]), str(p["unit"]), float(p["value"])))
            points += [strip(p) for p in group]
        series.append({"company": comp, "subject": subj, "metric": met, "change": chg, "points": points})
    return {
        "query": {
            "subject": subject,
            "metric": metric,
            "change": change or "none",
            "company": company,
            "period": period,
        },
        "subjects": subjects,
        "metrics": metrics,
        "series": series,
        "undated_facts": undated,
        "other_period_facts": other,
    }
