"""One rule for what the timeline shows as one series and flags, and what ``conflicts`` lists.

Both read stored facts through this module, so a timeline point is flagged exactly when it is one
side of a pair that ``library conflicts`` reports (with the same options), and never otherwise.

The rule:
- A series is (company, series name, metric, change): a renamed segment continues the series of
  the name it was renamed to (``series`` in ``lexicon/subjects.yaml``), so "Taobao and Tmall Group"
  and "China E-commerce Group" are one line over time; a business line named with the company's own
  name is the lexicon's segment in every language ("NovaSky Cloud" and "星穹云" in documents of
  NovaSky Technology Group, 星穹科技集团, are its ``cloud``). Facts keep the name their text uses.
- Figures are compared within a period bucket (``bucket``): a calendar quarter for results; the
  ``plan`` bucket, across periods, for forward plans (``kind: plan``: capex, investment), where
  only slips count (scale, currency, sign), since a company restates and runs several plans at
  once; undated figures and figures about a year or a span are not compared.
- Statements that change over time are compared only with statements made at the same time:
  market figures (a share price moves daily) and guidance (raised or cut from one call to the
  next) only between documents of the same date (or, undated, the same reported quarter); a
  guidance quoted as the previous one ("prior") only with other previous ones.
- Within a bucket, figures equal within rounding are one point (``cluster``); a bound that a
  stated figure satisfies is dropped ("double-digit" beside 13%); every two remaining points that
  ``values.classify`` finds different are a disagreement, unless both come from one and the same
  document (two figures in one document for one key are more often two things the facts stage
  could not tell apart than a slip), which only ``same_document`` compares.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from finbrief.lexicon.metrics import kinds
from finbrief.lexicon.subjects import own_line, series_name
from finbrief.library.store import Row
from finbrief.library.values import Figure, classify, consistent, same

QUARTER_RE = re.compile(r"^\d{4}Q[1-4]$")
"""A timeline point is a calendar quarter; facts about a year or a span are counted, not shown."""

PLAN_PERIOD = "plan"
"""Period bucket of forward plans (see module docstring)."""


def series_key(row: Row) -> tuple[object, str, str, object]:
    """(company, series name, metric, change) of a fact row."""
    return (row["company"], series_of(row), str(row["metric"]), row["change"])


def series_of(row: Row) -> str:
    """The series name of a fact row: its subject, read as the company's own segment (with the names
    the company's documents give it, ``company_names``), as renamed."""
    subject, names, company = str(row["subject"]), tuple(row.get("company_names") or ()), row["company"]
    own = own_line(subject, names, str(company) if company else None) if names else None
    return series_name(own or subject)


def _changes_over_time(row: Row) -> bool:
    metric = str(row["metric"])
    return kinds().get(metric) == "market" or metric.endswith(" guidance")


def bucket(row: Row) -> tuple[str, str] | None:
    """(period shown, vintage) a fact is compared in, or None when it is not compared."""
    if kinds().get(str(row["metric"])) == "plan" and row["change"] is None:
        return PLAN_PERIOD, ""
    period = row["period"]
    if not isinstance(period, str) or not QUARTER_RE.match(period):
        return None
    if _changes_over_time(row):
        said = row.get("date") or row.get("doc_period") or row["doc_id"]
        return period, f"{said}|{row.get('basis') or ''}"
    return period, ""


def figure(row: Row) -> Figure:
    """The comparable figure of a fact row, built once and kept with the row."""
    fig = row.get("_figure")
    if fig is None:
        fig = row["_figure"] = Figure.of(row)
    return fig


def is_bound(row: Row) -> bool:
    """ "over 20%", "double-digit": a bound, not a stated figure."""
    return row["qualifier"] in ("over", "under")


def cluster(rows: list[Row]) -> list[list[Row]]:
    """Group figures that are the same within rounding, most documents first.

    A bound ("over 20%", "double-digit") only groups with the same bound, never with a stated
    figure it merely allows: "over 100 billion" is not a source for "380 billion".
    """
    clusters: list[list[Row]] = []
    for row in rows:
        fig = figure(row)
        for c in clusters:
            if is_bound(c[0]) == is_bound(row) and same(figure(c[0]), fig):
                c.append(row)
                break
        else:
            clusters.append([row])
    clusters.sort(key=lambda c: (is_bound(c[0]), -len({r["doc_id"] for r in c})))
    return clusters


def drop_agreeing_bounds(clusters: list[list[Row]]) -> list[list[Row]]:
    """Bounds that a stated figure satisfies add nothing ("double-digit" beside 13%)."""
    stated = [figure(c[0]) for c in clusters if not is_bound(c[0])]
    return [c for c in clusters if not is_bound(c[0]) or not any(consistent(figure(c[0]), s) for s in stated)]


@dataclass
class Disagreement:
    """Two points of one series and bucket that disagree, and how (``values.classify``)."""

    key: tuple[object, ...]
    """(company, series name, metric, change)."""
    period: str
    a: list[Row]
    b: list[Row]
    kinds: tuple[str, ...]


def row_id(row: Row) -> tuple[object, object]:
    """A stored fact's identity: its document and its order there."""
    return row["doc_id"], row["i"]


def disagreements(rows: Iterable[Row], *, same_document: bool = False) -> list[Disagreement]:
    """Every pair of disagreeing points among the rows, by the rule of the module docstring."""
    groups: dict[tuple[object, ...], list[Row]] = defaultdict(list)
    for r in rows:
        b = bucket(r)
        if b is not None:
            groups[(*series_key(r), r.get("per"), *b)].append(r)
    out = []
    for (comp, subj, met, chg, _per_share, per, _vintage), members in groups.items():
        if len({r["doc_id"] for r in members}) < 2 and not same_document:
            continue
        clusters = drop_agreeing_bounds(cluster(members))
        for i, ca in enumerate(clusters):
            for cb in clusters[i + 1 :]:
                docs_a, docs_b = {r["doc_id"] for r in ca}, {r["doc_id"] for r in cb}
                if not same_document and docs_a == docs_b and len(docs_a) == 1:
                    continue
                found = classify(figure(ca[0]), figure(cb[0]))
                if found is None or (per == PLAN_PERIOD and "value" in found):
                    continue
                out.append(Disagreement((comp, subj, met, chg), str(per), ca, cb, tuple(found)))
    return out
