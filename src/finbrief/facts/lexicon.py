"""Subject, metric, company and calendar lexicons: YAML data under ``finbrief/lexicon``, compiled once.

Adding a company, segment or metric is a change to the YAML files only; this module turns their
alias lists into one trie-shaped regex per lexicon so that a document is scanned in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import yaml

SubjectKind = Literal["company", "segment", "reference", "anaphora"]

_SEP = "\x00"
"""Trie token for a place where any spacing or a hyphen may appear."""
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_KEY_DROP = re.compile(r"[\s\-_]+")


@cache
def load(name: str) -> Any:
    """One lexicon file, parsed once: the data is read-only for the life of the process."""
    text = files("finbrief").joinpath("lexicon", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def alias_key(text: str) -> str:
    """Lookup key for an alias or a matched span: case and spacing do not distinguish aliases."""
    return _KEY_DROP.sub("", text.casefold())


def _script(ch: str) -> int:
    """Coarse character class, to allow optional spacing where scripts change ("88 VIP", "Non-GAAP 净利润")."""
    if ch.isdigit():
        return 0
    if ch.isascii() and ch.isalpha():
        return 1
    if ch.isascii():
        return 2
    return 3


def _tokens(alias: str) -> list[str]:
    """Alias as trie tokens: characters, with ``_SEP`` for spaces, hyphens and script changes."""
    out: list[str] = []
    prev = ""
    for ch in alias.casefold():
        if ch in " -":
            if out and out[-1] != _SEP:
                out.append(_SEP)
            prev = ""
            continue
        if (
            prev
            and _script(prev) != _script(ch)
            and {_script(prev), _script(ch)} <= {0, 1, 3}
            and out[-1] != _SEP
        ):
            out.append(_SEP)
        out.append(ch)
        prev = ch
    while out and out[-1] == _SEP:
        out.pop()
    return out


def _variants(alias: str) -> Iterator[str]:
    """An alias and its English plural, so data lists the singular only."""
    yield alias
    if alias[-1:].isascii() and alias[-1:].isalpha() and alias[-1] not in "sS" and len(alias) > 3:
        yield alias + "s"


def trie_regex(aliases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any alias, longest first, with word boundaries on ASCII edges.

    A trie keeps the pattern linear in the alias count at each text position, which a flat
    alternation of hundreds of aliases is not.
    """
    root: dict[str, Any] = {}
    for alias in aliases:
        for variant in _variants(alias):
            node = root
            toks = _tokens(variant)
            if not toks:
                continue
            for tok in toks:
                node = node.setdefault(tok, {})
            node[""] = bool(_ASCII_ALNUM.fullmatch(toks[-1]))

    def emit(node: dict[str, Any]) -> str:
        """Regex for the subtree at ``node``: children first (longer), then the end of an alias."""
        alts = []
        for tok in sorted(k for k in node if k):
            piece = r"[\s\-]?" if tok == _SEP else re.escape(tok)
            alts.append(piece + emit(node[tok]))
        if "" in node:
            alts.append(r"(?![A-Za-z0-9])" if node[""] else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    ascii_start = {k: v for k, v in root.items() if _ASCII_ALNUM.fullmatch(k)}
    other_start = {k: v for k, v in root.items() if k not in ascii_start}
    parts = []
    if ascii_start:
        parts.append(r"(?<![A-Za-z0-9])" + emit(ascii_start))
    if other_start:
        parts.append(emit(other_start))
    pattern = "|".join(parts) if parts else r"(?!x)x"
    return re.compile(pattern, re.IGNORECASE)


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
    """Unit classes a figure of this metric can have (see ``unit_class``)."""
    per_share: str | None = None
    """Metric of the same figure per share ("net income ... or $0.57 per share" -> EPS)."""
    gaap: str | None = None
    """Metric to use when "GAAP" stands just before ("GAAP EPS")."""
    diluted: str | None = None
    """Metric to use for a figure "per diluted share" ("diluted EPS")."""
    margin: str | None = None
    """Ratio metric of the same figure as a share of sales ("operating income ... or 11.7% of sales")."""

    def fits(self, unit_class: str) -> bool:
        """Whether a figure of class ``unit_class`` can measure this metric."""
        return unit_class in self.units


UNIT_CLASSES = ("amount", "per_share", "price", "count", "%", "pp", "bps", "x")
"""What a figure is, for plausibility: ``amount`` (money, a total), ``per_share`` (money per share),
``price`` (a small sum of money written without a scale: a price, a per-share figure), ``count``,
``%`` (a level or a rate of change), ``pp``, ``bps``, ``x`` (a multiple)."""


def default_units(monetary: bool, ratio: bool) -> frozenset[str]:
    """Unit classes of a metric that does not list its own: by its kind."""
    if ratio:
        return frozenset({"%", "pp", "bps"})
    if monetary:
        return frozenset({"amount", "%"})
    return frozenset({"count", "%"})


@dataclass(frozen=True)
class SubjectEntry:
    """One subject alias target: a company, a segment, a reference to the company, an anaphor."""

    name: str
    kind: SubjectKind
    company: str | None = None


@dataclass(frozen=True)
class Company:
    """One company of companies.yaml."""

    name: str
    aliases: tuple[str, ...]
    currency: str | None = None


@dataclass(frozen=True)
class Matcher:
    """A compiled alias regex and the entry each alias key stands for."""

    pattern: re.Pattern[str]
    entries: dict[str, Any] = field(default_factory=dict)

    def finditer(self, text: str) -> Iterator[tuple[int, int, Any]]:
        """Alias matches in ``text`` with their entries; ignored phrases match but yield nothing."""
        for m in self.pattern.finditer(text):
            entry = self.entries.get(alias_key(m.group()))
            if entry is not None:
                yield m.start(), m.end(), entry


@cache
def companies() -> tuple[Company, ...]:
    """Known companies, in file order."""
    return tuple(
        Company(c["name"], tuple(str(a) for a in c.get("aliases", ())), c.get("currency"))
        for c in load("companies.yaml")["companies"]
    )


@cache
def company(name: str) -> Company | None:
    """A known company by canonical name."""
    return next((c for c in companies() if c.name == name), None)


def subject_matcher(company_name: str | None) -> Matcher:
    """Subjects for a document about ``company_name``: all companies, its segments, generic words.

    Companies without segments of their own share one matcher (compiled once).
    """
    own = {seg.get("company") for seg in load("subjects.yaml").get("segments", ())}
    return _subject_matcher(company_name if company_name in own else None)


@cache
def subject_names(company_name: str | None) -> frozenset[str]:
    """Canonical subject names a document about ``company_name`` can speak of."""
    return frozenset(
        e.name for e in subject_matcher(company_name).entries.values() if e is not None and e.name
    )


@cache
def _subject_matcher(company_name: str | None) -> Matcher:
    """``subject_matcher`` for a company with segments of its own, or for any other (None)."""
    data = load("subjects.yaml")
    entries: dict[str, Any] = {}
    aliases: list[str] = []

    def add(alias: str, entry: SubjectEntry) -> None:
        """Register an alias (and its plural) for ``entry``; an ignored phrase registered earlier wins."""
        for variant in _variants(alias):
            entries.setdefault(alias_key(variant), entry)
        aliases.append(alias)

    for alias in data.get("ignore", ()):
        for variant in _variants(str(alias)):
            entries.setdefault(alias_key(variant), None)
        aliases.append(str(alias))
    for seg in data.get("segments", ()):
        if seg.get("company") not in (None, company_name):
            continue
        entry = SubjectEntry(seg["name"], "segment", seg.get("company"))
        for alias in seg.get("aliases", ()):
            add(str(alias), entry)
    for alias in data.get("anaphora", ()):
        add(str(alias), SubjectEntry("", "anaphora"))
    for alias in data.get("company_references", ()):
        add(str(alias), SubjectEntry("", "reference"))
    for comp in companies():
        entry = SubjectEntry(comp.name, "company", comp.name)
        for alias in comp.aliases:
            add(alias, entry)
    return Matcher(trie_regex(aliases), entries)


@cache
def company_matcher() -> Matcher:
    """Company names only, to find which company a document is about."""
    entries: dict[str, Any] = {}
    aliases: list[str] = []
    for seg in load("subjects.yaml").get("segments", ()):
        # a segment name that contains a company name ("阿里云") must not count as the company
        for alias in seg.get("aliases", ()):
            for variant in _variants(str(alias)):
                entries[alias_key(variant)] = None
            aliases.append(str(alias))
    for comp in companies():
        for alias in comp.aliases:
            for variant in _variants(alias):
                entries[alias_key(variant)] = comp.name
            aliases.append(alias)
    return Matcher(trie_regex(aliases), entries)


@cache
def metric_matcher() -> Matcher:
    """All metric aliases, plus the ignore list (which matches but yields nothing)."""
    data = load("metrics.yaml")
    entries: dict[str, Any] = {}
    aliases: list[str] = []
    for alias in data.get("ignore", ()):
        for variant in _variants(str(alias)):
            entries.setdefault(alias_key(variant), None)
        aliases.append(str(alias))
    for item in data["metrics"]:
        metric = Metric(
            name=item["name"],
            kind=item.get("kind", "result"),
            ratio=bool(item.get("ratio", False)),
            monetary=bool(item.get("monetary", False)),
            scope=item.get("scope"),
            adjusted=item.get("adjusted"),
            loss_of=item.get("loss_of"),
            weak=bool(item.get("weak", False)),
            subject=item.get("subject"),
            forward=bool(item.get("forward", False)),
            units=_units(item),
            per_share=item.get("per_share"),
            gaap=item.get("gaap"),
            diluted=item.get("diluted"),
            margin=item.get("margin"),
        )
        for alias in item.get("aliases", ()):
            for variant in _variants(str(alias)):
                entries.setdefault(alias_key(variant), metric)
            aliases.append(str(alias))
    return Matcher(trie_regex(aliases), entries)


def _units(item: dict[str, Any]) -> frozenset[str]:
    """Unit classes of a metrics.yaml entry: its ``units`` list, else the default for its kind."""
    listed = item.get("units")
    if not listed:
        return default_units(bool(item.get("monetary")), bool(item.get("ratio")))
    units = frozenset(str(u) for u in listed)
    unknown = units - set(UNIT_CLASSES)
    if unknown:
        raise ValueError(f"metrics.yaml: {item['name']}: unknown unit classes {sorted(unknown)}")
    return units


@cache
def metric_by_name(name: str) -> Metric | None:
    """A metric by canonical name (the first entry of that name)."""
    for entry in metric_matcher().entries.values():
        if entry and entry.name == name and not entry.weak:
            return entry
    for entry in metric_matcher().entries.values():
        if entry and entry.name == name:
            return entry
    return None


@cache
def adjusted_names() -> frozenset[str]:
    """Names of the adjusted (non-GAAP) variants metrics declare."""
    return frozenset(str(m["adjusted"]) for m in load("metrics.yaml")["metrics"] if m.get("adjusted"))


@cache
def counters() -> dict[str, str]:
    """Chinese counter word -> metric it implies ("1.2亿单" counts orders)."""
    return {str(k): str(v) for k, v in (load("metrics.yaml").get("counters") or {}).items()}


@cache
def word_regex(key: str, file: str = "metrics.yaml") -> re.Pattern[str]:
    """A regex over one word list of a lexicon file (modifiers, guidance markers)."""
    return trie_regex(str(w) for w in load(file).get(key, ()))


@cache
def fiscal_year_end_month(company_name: str | None) -> int:
    """Month in which ``company_name``'s fiscal year ends (12 when unknown)."""
    data = load("calendars.yaml")
    default = int(data.get("default", {}).get("fiscal_year_end_month", 12))
    if company_name is None:
        return default
    entry = (data.get("companies") or {}).get(company_name) or {}
    return int(entry.get("fiscal_year_end_month", default))


@cache
def glossary() -> dict[str, dict[str, str]]:
    """Canonical term -> display name per language (``en``, ``zh-Hans``)."""
    return {
        str(k): {str(lk): str(lv) for lk, lv in v.items()} for k, v in load("glossary.yaml")["terms"].items()
    }


def term(name: str, lang: str = "en") -> str:
    """Display name of a canonical term in ``lang`` (``zh-Hant`` is converted from ``zh-Hans``).

    Derived metric names compose: "revenue guidance" is the display name of "revenue" plus that
    of the " guidance" suffix.
    """
    if lang == "zh-Hant":
        from finbrief.facts.text import to_traditional

        return to_traditional(term(name, "zh-Hans"))
    suffixes = load("glossary.yaml").get("suffixes") or {}
    tail = ""
    base = name
    while base not in glossary():
        suffix = next((str(k) for k in suffixes if base.endswith(str(k)) and len(base) > len(str(k))), None)
        if suffix is None:
            break
        entry = suffixes[suffix]
        tail = str(entry.get(lang, entry.get("en", suffix))) + tail
        base = base[: -len(suffix)]
    entry = glossary().get(base)
    if entry is None:
        return name
    return entry.get(lang, entry.get("en", base)) + tail
