"""The core viewpoint of a results document, realised from its facts in the output language.

Up to three statements, each cited and asserting its figures, in the order an analyst reads
results:

1. the headline: the company's revenue and its profit for the period reported, each with its
   change against the prior period where the document gives it;
2. the largest movers: the business units whose revenue or profit changed most, up and down;
3. what comes next: guidance, and the capital plan (capex, buybacks, dividends).

Each statement is made of highlight records (``realise.records``), so it is worded and checked
like highlights. A document with no such figures gets none of these (the caller falls back on
its lead sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from finbrief.ingest.script import to_simplified
from finbrief.lexicon import metrics as lexicon_metrics
from finbrief.lexicon import subjects as lexicon_subjects
from finbrief.model import Document, Fact, Figure, Statement
from finbrief.summarize import realise
from finbrief.summarize.names import segment_names

# Metrics of a headline: revenue first, then profit, per-share earnings, then operating profit.
REVENUE = ("revenue", "sales", "net revenue", "total revenue")
PROFIT = (
    "net income",
    "net income attributable to shareholders",
    "non-GAAP net income",
    "adjusted net income",
    "net loss",
    "EPS",
    "adjusted EPS",
    "diluted EPS",
    "GAAP EPS",
    "adjusted EBITA",
    "adjusted EBITDA",
    "EBITDA",
    "operating income",
    "adjusted operating income",
    # a REIT's headline is its FFO per share; the total is what it is per share of
    "FFO per share",
    "core FFO per share",
    "AFFO per share",
    "funds from operations",
    "net interest income",
)
# Metrics of the capital plan.
CAPITAL = ("capex", "buyback", "dividend", "investment")
# Metrics whose change makes a business unit a mover.
MOVER = (*REVENUE, "adjusted EBITA", "adjusted EBITDA", "operating income", "customer management revenue")
MAX_MOVERS = 2
MAX_PLANS = 2


@cache
def _profit_order() -> tuple[str, ...]:
    """``PROFIT``, then every other metric the lexicon marks as a results headline (``headline``:
    AFFO per share for a REIT, new business value for an insurer), in lexicon order."""
    extra = [
        m.name
        for m in lexicon_metrics.metrics()
        if m.headline and m.name not in PROFIT and m.name not in REVENUE and "sales" not in m.name
    ]
    return (*PROFIT, *dict.fromkeys(extra))


@cache
def _region_names() -> frozenset[str]:
    return frozenset(r.name for r in lexicon_subjects.regions())


@cache
def _names_of(metric: str) -> tuple[str, ...]:
    """The words a source may use for ``metric``: its aliases and those of every metric whose figure
    maps to it (net income's "per share" figure is EPS, sales' "of sales" ratio a margin)."""
    names: list[str] = []
    for m in lexicon_metrics.metrics():
        related = (m.per_share, m.diluted, m.gaap, m.margin, m.rate, m.adjusted, m.loss_of)
        if m.name == metric or metric in related:
            names.extend((m.name, *m.aliases))
            if "per_share" in m.units:
                names.extend(("per share", "a share", "per diluted share", "per unit"))
    return tuple(dict.fromkeys(n.lower() for n in names if n))


_BASIS = re.compile(r"(?<![a-z-])(adjusted|non-gaap|gaap|reported)(?![a-z])")


@cache
def _adjusted() -> frozenset[str]:
    return lexicon_metrics.adjusted_names()


_MARKET_SUBJECT = re.compile(r"(?<![a-z])(?:industry|industries|market|markets|economy)(?![a-z])", re.IGNORECASE)
"""A subject that is a market the company sells in ("new vehicle industry sales fell 7%"), not a unit of its own."""


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z])|(?<=[。！？；])")


def _named(doc: Document, r: realise.Record) -> bool:
    """Whether the sentence of the record's figure names its metric. A figure the facts stage pinned
    on a metric the sentence never names ("net cash interest" read as net cash, an operating profit
    as net income, a security balance as a buyback) is doubtful, and the viewpoint is what a reader
    sees first: such a record is left to the highlights rather than stated wrong here."""
    fact = r.level or r.growth
    if fact is None:
        return False
    names = _names_of(realise._base_metric(fact.metric))
    if not names:
        return True
    text = doc.paragraph(fact.paragraph).text
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    lo = max((s for s in starts if s <= fact.start), default=0)
    hi = min((s for s in starts if s >= fact.end), default=len(text))
    # the lexicon writes Chinese names in simplified script: "營收" in a Traditional source is "营收"
    sentence = to_simplified(text[lo:hi]).lower()
    # the basis word nearest before the figure says which measure it is ("adjusted earnings of $1.30
    # per diluted share" is adjusted EPS, whatever the metric the sentence's words were read as)
    base = realise._base_metric(fact.metric)
    known = lexicon_metrics.metric_by_name(base)
    clause = re.split(r"[,;]| and | or ", text[lo : fact.start].lower())[-1]
    basis = _BASIS.findall(clause)
    if (
        basis
        and (base in _adjusted() or (known is not None and known.adjusted))
        and (basis[-1] in ("gaap", "reported")) == (base in _adjusted())
    ):
        return False
    return any(re.search(r"(?<![a-z])" + re.escape(n) + r"(?:e?s)?(?![a-z])", sentence) for n in names)


def _rank(metric: str, order: Sequence[str]) -> int:
    base = realise._base_metric(metric)
    return order.index(base) if base in order else len(order)


def _pick(pool: Sequence[realise.Record], order: Sequence[str]) -> realise.Record | None:
    """The record of the first metric in ``order`` the pool has, one with a change preferred."""
    cands = [r for r in pool if _rank(r.metric, order) < len(order)]
    return min(
        cands,
        key=lambda r: (_rank(r.metric, order), r.growth is None, r.level is None, -r.score, r.order),
        default=None,
    )


def _plan_rank(r: realise.Record, current: str | None, main: str | None) -> tuple[bool, bool, bool]:
    """What comes next, in the order a reader wants it: the coming year's before a target years out
    ("revenues accelerating to $10 billion by 2024" is no guidance for next year), the company's own
    before a business line's, and a headline metric's before a line item's (total revenue before
    "licensing revenue"); otherwise the records' own order (``sorted`` is stable)."""
    return (
        any(realise._years_out(f.period, current) > 1 for f in r.facts),
        r.subject != main,
        not realise._headline(r.metric),
    )


def _statement(records: Sequence[realise.Record], main: str | None, lang: str) -> Statement | None:
    if not records:
        return None
    texts: list[str] = []
    figures: list[Figure] = []
    cites: set[int] = set()
    for r in records:
        st = realise.realise(r, main, lang)
        if st.text not in texts:
            texts.append(st.text)
            figures.extend(st.figures or ())
            cites.update(st.citations)
    sep = " " if lang == "en" else ""
    return Statement(sep.join(texts), tuple(sorted(cites)), lang, figures=tuple(figures))


def viewpoint(doc: Document, facts: Sequence[Fact], lang: str) -> list[tuple[Statement, tuple[Fact, ...]]]:
    """Up to three statements (headline, movers, plans), each with the facts it states."""
    main = realise.main_subject(facts)
    pool = [r for r in realise.records(doc, facts) if realise.writable(r, main, lang) and _named(doc, r)]
    if not pool:
        return []
    # a region's figure ("China revenue rose 62%") is where the company sells, not a business unit that moved
    segments = segment_names() - _region_names()
    results = [r for r in pool if not r.forward]
    company = [r for r in results if r.subject == main and doc.paragraph(r.paragraph).section != "qa"]
    headline = [r for r in (_pick(company, REVENUE), _pick(company, _profit_order())) if r is not None]
    movers: list[realise.Record] = []
    changed = [
        r
        for r in results
        if r.subject in segments and r.growth is not None and r.growth.unit == "%"
        and _rank(r.metric, MOVER) < len(MOVER)
        and not _MARKET_SUBJECT.search(r.subject)
    ]
    up = max(changed, key=lambda r: (r.growth.value if r.growth else 0.0, -r.order), default=None)
    down = min(changed, key=lambda r: (r.growth.value if r.growth else 0.0, r.order), default=None)
    for r in (up, down):
        if r is not None and r not in movers and (r is up or (r.growth is not None and r.growth.value < 0)):
            movers.append(r)
    # the company's own plans as it states them: an answer's figure is often about one deal or one
    # business, not the company's guidance (the minutes' Q&A carries it)
    stated = [r for r in pool if doc.paragraph(r.paragraph).section != "qa"]
    current = realise.reported_period(facts)
    plans = sorted((r for r in stated if r.forward), key=lambda r: _plan_rank(r, current, main))
    if any(r.subject == main for r in plans):
        # the company's outlook, when it gives one, is what comes next; a business line's is in the brief
        plans = [r for r in plans if r.subject == main]
    plans += [r for r in results if _rank(r.metric, CAPITAL) < len(CAPITAL) and r.subject == main and r in stated]
    chosen_plans: list[realise.Record] = []
    for r in plans:
        if len(chosen_plans) >= MAX_PLANS:
            break
        values = {f.value for f in r.facts}
        if all(
            (r.subject, realise._base_metric(r.metric)) != (p.subject, realise._base_metric(p.metric))
            and not values & {f.value for f in p.facts}  # one plan under two names ("capex", "investment")
            for p in chosen_plans
        ):
            chosen_plans.append(r)
    out = []
    for group in (headline, movers[:MAX_MOVERS], chosen_plans):
        st = _statement(group, main, lang)
        if st is not None:
            out.append((st, tuple(f for r in group for f in r.facts)))
    return out

