"""Figures that should agree and do not: same company, series, metric, change and period.

Each conflict lists both figures with every source, classified (see ``values.classify``): the
classic translation slips are ``scale`` (10x, 100x off), ``currency`` (RMB read as $) or both.
Which figures are compared, and when they disagree, is the one rule of ``library.series`` that
the timeline flags its points by: a conflict here is exactly a pair of points the timeline flags.
Plans are compared across periods (their conflicts have period ``plan``; each source gives its
own period), and for them only slips are reported, never a plain difference in value.
"""

from __future__ import annotations

import sqlite3

from finbrief.library.series import PLAN_PERIOD, disagreements
from finbrief.library.store import Row
from finbrief.library.timeline import point, resolve_names, select_facts

__all__ = ["PLAN_PERIOD", "conflicts"]


def conflicts(
    conn: sqlite3.Connection,
    *,
    company: str | None = None,
    subject: str | None = None,
    metric: str | None = None,
    period: str | None = None,
    same_document: bool = False,
) -> list[Row]:
    """Every pair of disagreeing figures for one key, most documents first."""
    subjects, metrics = resolve_names(conn, subject, metric)
    rows = select_facts(conn, subjects=subjects, metrics=metrics, change="any", company=company)
    out = []
    for d in disagreements(rows, same_document=same_document):
        comp, subj, met, chg = d.key
        # A: the figure more documents report (usually the right one); B: the odd one out.
        a, b = sorted((point(d.period, d.a), point(d.period, d.b)), key=lambda p: -int(p["documents"]))
        for side in (a, b):
            del side["conflict"], side["period"], side["_figure"]
        out.append(
            {
                "company": comp,
                "subject": subj,
                "metric": met,
                "change": chg,
                "period": d.period,
                "kinds": list(d.kinds),
                "a": a,
                "b": b,
            }
        )
    if period:
        from finbrief.library.filters import normalize_period

        wanted = normalize_period(period)
        out = [c for c in out if str(c["period"]).startswith(wanted) or c["period"] == PLAN_PERIOD]
    out.sort(key=lambda c: (str(c["company"]), str(c["period"]), str(c["subject"]), str(c["metric"])))
    return out
