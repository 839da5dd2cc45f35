"""Figures that should agree and do not: same company, subject, metric, change and period.

Each conflict lists both figures with every source, classified (see ``values.classify``): the
classic translation slips are ``scale`` (10x, 100x off), ``currency`` (RMB read as $) or both.

Decisions:
- Only figures from different documents are compared by default: two figures in one document
  for one key are more often two things the facts stage could not tell apart than a slip.
- Results are compared within one calendar quarter, and any disagreement is reported. Undated
  results are not compared.
- Plans (metrics of ``kind: plan`` in ``lexicon/metrics.yaml``: capex, investment) are compared
  across every period — none, a span ("2025-2027"), or the quarter a document quoted them in —
  because a three-year plan is restated quarter after quarter under whatever period each
  document gives it. A company also runs several plans at once (RMB 380 billion for AI, RMB 50
  billion for consumers), so for plans only slips are reported (scale, currency, sign: the
  same digits 10^k apart, under another currency, or with the opposite sign), never a plain
  difference in value. Their conflicts have period ``plan``; each source gives its own period.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from finbrief.lexicon.metrics import plan_metrics
from finbrief.library.timeline import QUARTER_RE, Row, cluster, figure, point, resolve_names, select_facts
from finbrief.library.values import classify

PLAN_PERIOD = "plan"
"""Period bucket of forward plans (see module docstring)."""


def bucket(row: Row) -> str | None:
    """Period a fact is compared in: its quarter, the plan bucket, or None (not compared)."""
    if row["metric"] in plan_metrics() and row["change"] is None:
        return PLAN_PERIOD
    period = row["period"]
    if isinstance(period, str) and QUARTER_RE.match(period):
        return period
    return None


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
    groups: dict[tuple[object, ...], list[Row]] = defaultdict(list)
    for r in rows:
        key = bucket(r)
        if key is not None:
            groups[(r["company"], r["subject"], r["metric"], r["change"], key)].append(r)
    out = []
    for (comp, subj, met, chg, per), members in groups.items():
        if len({r["doc_id"] for r in members}) < 2 and not same_document:
            continue
        clusters = cluster(members)
        for i, ca in enumerate(clusters):
            for cb in clusters[i + 1 :]:
                if (
                    not same_document
                    and {r["doc_id"] for r in ca} == {r["doc_id"] for r in cb}
                    and len({r["doc_id"] for r in ca}) == 1
                ):
                    continue
                kinds = classify(figure(ca[0]), figure(cb[0]))
                if kinds is None or (per == PLAN_PERIOD and "value" in kinds):
                    continue
                # A: the figure more documents report (usually the right one); B: the odd one out.
                a, b = sorted((point(str(per), ca), point(str(per), cb)), key=lambda p: -int(p["documents"]))
                for side in (a, b):
                    del side["conflict"], side["period"], side["_figure"]
                out.append(
                    {
                        "company": comp,
                        "subject": subj,
                        "metric": met,
                        "change": chg,
                        "period": per,
                        "kinds": list(kinds),
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
