"""Metrics (metrics.yaml): canonical names, aliases, kinds and the word lists attribution reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, fail, section, strings
from finbrief.lexicon.trie import Matcher, MatcherBuilder, trie_regex

_FILE = "metrics.yaml"
KINDS = ("result", "plan", "market", "macro", "other")
UNIT_CLASSES = ("amount", "per_share", "price", "count", "%", "pp", "bps", "x")
"""What a figure is, for plausibility: ``amount`` (money, a total), ``per_share`` (money per share),
``price`` (a small sum of money written without a scale: a price, a per-share figure), ``count``,
``%`` (a level or a rate of change), ``pp``, ``bps``, ``x`` (a multiple)."""
_WORD_LISTS = (
    "ignore",
    "measure_words",
    "counters",
    "exclusion_markers",
    "adjusted_modifiers",
    "gaap_modifiers",
    "adjusted_after",
    "gaap_after",
    "guidance_not_markers",
    "guidance_markers",
    "target_markers",
    "insurer_marks",
    "total_words",
    "total_basis_words",
    "result_sign_words",
    "business_activities",
    "bound_activities",
)


@dataclass(frozen=True)
class Metric:
    """One metric of metrics.yaml."""

    name: str
    kind: str = "result"
    ratio: bool = False
    monetary: bool = False
    scope: str | None = None
    adjusted: str | None = None
    loss_of: str | None = None
    weak: bool = False
    subject: str | None = None
    forward: bool = False
    units: frozenset[str] = frozenset()
    """Unit classes a figure of this metric can have (see ``UNIT_CLASSES``)."""
    per_share: str | None = None
    """Metric of the same figure per share ("net income ... or $0.57 per share" -> EPS)."""
    gaap: str | None = None
    """Metric to use when "GAAP" stands just before ("GAAP EPS")."""
    diluted: str | None = None
    """Metric to use for a figure "per diluted share" ("diluted EPS")."""
    margin: str | None = None
    """Ratio metric of the same figure as a share of sales ("operating income ... or 11.7% of sales")."""
    rate: str | None = None
    """Ratio metric of a percentage level written as the rate the amount carries ("debt at a rate of 3.15%")."""
    headline: bool = False
    """A figure a results headline leads with (EPS, revenue, net income, FFO)."""
    lower_better: bool = False
    """A lower figure is the better one (provisions, delinquency): an improvement is a decrease."""
    point: bool = False
    """A balance at a date (loans, total assets, a capital ratio): in a span's report it is the span's end."""
    event: bool = False
    """A deal on a day (a contract won or signed): dated by the period its sentence names, else the document's date."""
    undated: bool = False
    """A running tally or a stake read as of the page (a buyback's amount so far, a share of the capital): it names no
    span, so a figure of it with no period is whole."""
    timeless: bool = False
    """A size no span bounds (a market's): a figure of it has the period its sentence names, else none at all."""
    measured: bool = False
    """A quantity in a physical measure (barrels a day, tonnes): a bare count of it does not say how much it is."""
    cost: bool | None = None
    """True for a cost (an expense, a provision, a tax): "unfavorable" means it rose; False for a result
    (revenue, income): "unfavorable" means it fell; None when the lexicon does not say."""
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    """Words one of which the paragraph must say outside the alias for the alias to name this metric ("renewals up
    11.5%" is a lease spread only where the talk is of leasing); empty: the alias names it anywhere."""

    def fits(self, unit_class: str) -> bool:
        """Whether a figure of class ``unit_class`` can measure this metric."""
        return unit_class in self.units


def default_units(monetary: bool, ratio: bool) -> frozenset[str]:
    """Unit classes of a metric that does not list its own: by its kind."""
    if ratio:
        return frozenset({"%", "pp", "bps"})
    if monetary:
        return frozenset({"amount", "%"})
    return frozenset({"count", "%"})


def _metric(item: Any, i: int) -> Metric:
    where = f"metrics[{i}]"
    check_keys(
        item,
        _FILE,
        where,
        (
            "aliases", "kind", "ratio", "monetary", "scope", "adjusted", "loss_of", "weak", "subject",
            "forward", "units", "per_share", "gaap", "diluted", "margin", "rate", "headline", "lower_better",
            "point", "event", "measured", "cost", "undated", "timeless", "context",
        ),
        ("name",),
    )  # fmt: skip
    name = str(item["name"])
    where = f"{where} ({name})"
    kind = item.get("kind", "result")
    if kind not in KINDS:
        raise fail(_FILE, where, f"kind must be one of {KINDS}, got {kind!r}")
    if item.get("scope") not in (None, "company"):
        raise fail(_FILE, where, f"scope must be 'company', got {item.get('scope')!r}")
    flags = ("ratio", "monetary", "weak", "forward", "headline", "lower_better", "point", "event", "measured", "undated", "timeless")
    for flag in flags:
        if not isinstance(item.get(flag, False), bool):
            raise fail(_FILE, where, f"{flag} must be true or false")
    if item.get("cost") not in (None, True, False):
        raise fail(_FILE, where, "cost must be true or false")
    if item.get("cost") is False and item.get("lower_better"):
        raise fail(_FILE, where, "a metric where lower is better cannot be a result (cost: false)")
    listed = strings(item.get("units"), _FILE, f"{where}: units")
    if listed:
        units = frozenset(listed)
        unknown = units - set(UNIT_CLASSES)
        if unknown:
            raise fail(_FILE, where, f"unknown unit classes {sorted(unknown)}")
    else:
        units = default_units(bool(item.get("monetary")), bool(item.get("ratio")))
    return Metric(
        name=name,
        kind=kind,
        ratio=bool(item.get("ratio", False)),
        monetary=bool(item.get("monetary", False)),
        scope=item.get("scope"),
        adjusted=item.get("adjusted"),
        loss_of=item.get("loss_of"),
        weak=bool(item.get("weak", False)),
        subject=item.get("subject"),
        forward=bool(item.get("forward", False)),
        units=units,
        per_share=item.get("per_share"),
        gaap=item.get("gaap"),
        diluted=item.get("diluted"),
        margin=item.get("margin"),
        rate=item.get("rate"),
        headline=bool(item.get("headline", False)),
        lower_better=bool(item.get("lower_better", False)),
        point=bool(item.get("point", False)),
        event=bool(item.get("event", False)),
        measured=bool(item.get("measured", False)),
        undated=bool(item.get("undated", False)),
        timeless=bool(item.get("timeless", False)),
        cost=item.get("cost"),
        aliases=strings(item.get("aliases"), _FILE, f"{where}: aliases"),
        context=tuple(w.lower() for w in strings(item.get("context"), _FILE, f"{where}: context")),
    )


@cache
def metrics() -> tuple[Metric, ...]:
    """Every metric entry, in file order (a name may have several entries, e.g. a weak one)."""
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("metrics", *_WORD_LISTS))
    return tuple(_metric(item, i) for i, item in enumerate(section(data, "metrics", _FILE)))


def _words(key: str) -> tuple[str, ...]:
    metrics()  # validates the file
    return strings(files.load(_FILE).get(key), _FILE, key)


@cache
def metric_matcher() -> Matcher:
    """All metric aliases, plus the ignore list (which matches but yields nothing)."""
    b = MatcherBuilder()
    for alias in _words("ignore"):
        b.add(alias, None)
    for metric in metrics():
        if metric.context:
            continue  # (named only where its context holds: see ``context_matcher``)
        for alias in metric.aliases:
            b.add(alias, metric)
    return b.build()


@cache
def context_matcher() -> Matcher:
    """The aliases of the entries bound to a context (``context``), apart: a paragraph's reading adds their hits where
    the context holds, and no other lookup of a phrase ("is this a metric's name?") sees them."""
    b = MatcherBuilder()
    for alias in _words("ignore"):
        b.add(alias, None)  # ("lease renewals": no "renewals")
    for metric in metrics():
        if metric.context:
            for alias in metric.aliases:
                b.add(alias, metric)
    return b.build()


@cache
def context_words() -> tuple[str, ...]:
    """Every context word of the entries bound to one (a paragraph that says none of them needs no context lookup)."""
    return tuple(sorted({w for metric in metrics() for w in metric.context}))


@cache
@cache
def reported_family() -> dict[str, str]:
    """Metric name -> the metric it is a reported form of: "diluted EPS" and "GAAP EPS" are EPS as
    reported (``diluted`` and ``gaap`` links); adjusted forms stay their own."""
    out: dict[str, str] = {}
    for m in metrics():
        for variant in (m.diluted, m.gaap):
            if variant and variant != m.name:
                out.setdefault(variant, m.name)
    return out


def metric_by_name(name: str) -> Metric | None:
    """A metric by canonical name (the first entry of that name that is not weak, else the first)."""
    return _by_name().get(name)


@cache
def _by_name() -> dict[str, Metric]:
    """Canonical name -> the entry ``metric_by_name`` gives (a lookup per figure, not a scan)."""
    out: dict[str, Metric] = {}
    for m in metrics():
        if m.name not in out or (out[m.name].weak and not m.weak):
            out[m.name] = m
    return out


@cache
def adjusted_names() -> frozenset[str]:
    """Names of the adjusted (non-GAAP) variants metrics declare."""
    return frozenset(m.adjusted for m in metrics() if m.adjusted)


@cache
def names_where(flag: str) -> frozenset[str]:
    """Names of the metrics with a true ``flag`` (``headline``, ``forward``, ``ratio``...)."""
    return frozenset(m.name for m in metrics() if getattr(m, flag))


@cache
def kinds() -> dict[str, str]:
    """Metric name -> kind (``result``, ``plan``, ``market``, ``macro``); the last entry of a name wins."""
    return {m.name: m.kind for m in metrics()}


@cache
def plan_metrics() -> frozenset[str]:
    """Names of the metrics that are plans (``kind: plan``: capex, investment)."""
    return frozenset(m.name for m in metrics() if m.kind == "plan")


@cache
def counters() -> dict[str, str]:
    """Chinese counter word -> metric it implies ("1.2亿单" counts orders)."""
    metrics()
    data = files.load(_FILE).get("counters") or {}
    if not isinstance(data, dict):
        raise fail(_FILE, "counters", "expected a mapping of counter word -> metric")
    names = {m.name for m in metrics()}
    out = {str(k): str(v) for k, v in data.items()}
    for word, name in out.items():
        if name not in names:
            raise fail(_FILE, f"counters: {word}", f"unknown metric {name!r}")
    return out


@cache
def total_words() -> frozenset[str]:
    """Words that may stand right before "revenue" and leave it the company's whole revenue
    (``total_words`` of metrics.yaml), lowercase."""
    return frozenset(w.lower() for w in _words("total_words"))


@cache
def total_basis_words() -> frozenset[str]:
    """Basis words of a total a narrowing word may stand before ("hotel net revenue"), lowercase."""
    return frozenset(w.lower() for w in _words("total_basis_words"))


@cache
def measure_words() -> tuple[str, ...]:
    """English measures a quantity of a measured metric is given in ("barrels", "tons"), longest first."""
    return tuple(sorted(_words("measure_words"), key=len, reverse=True))


@cache
def result_sign_words() -> frozenset[str]:
    """Words that, right after a money metric's name, only say the result was a gain ("净利润盈利:1.2亿元")."""
    return frozenset(_words("result_sign_words"))


def business_activities() -> tuple[str, ...]:
    """Activities a business is named for ("物业销售", "物业投资"): after a business word they belong to its name."""
    return _words("business_activities")


@cache
def bound_activities() -> dict[str, tuple[str, ...]]:
    """Activities that belong to a business's name only after the words listed ("物业销售", not "食品销售")."""
    metrics()  # validates the file
    raw = files.load(_FILE).get("bound_activities") or {}
    if not isinstance(raw, dict):
        raise fail(_FILE, "bound_activities", "expected a mapping of activity to words")
    return {str(k): strings(v, _FILE, f"bound_activities.{k}") for k, v in raw.items()}


@cache
def word_regex(key: str) -> re.Pattern[str]:
    """A regex over one word list of metrics.yaml (modifiers, guidance markers)."""
    if key not in _WORD_LISTS:
        raise KeyError(key)
    return trie_regex(_words(key))


@cache
def word_matcher(key: str) -> Matcher:
    """``word_regex`` with the words it was built from, for the faster forms a ``Matcher`` makes of it
    (a search that skips to word starts in lower-cased ASCII text)."""
    return Matcher(word_regex(key), aliases=_words(key))
