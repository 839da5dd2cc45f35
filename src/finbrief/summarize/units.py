"""A document read for summarising: its sentences as scored candidate units, with facts and themes."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from finbrief.ingest.script import to_simplified
from finbrief.lexicon.subjects import series_name, subject_matcher
from finbrief.lexicon.themes import Taxonomy, taxonomy
from finbrief.model import Document, Fact, FactSheet, Paragraph
from finbrief.summarize.names import company_names, segment_names
from finbrief.summarize.text import content_length, tokens

# Roles whose prepared remarks carry the headline numbers (matched in the lower-cased role).
_ROLE_WEIGHTS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"cfo|financial officer|财务官|財務官|finance"), 1.25),
    (re.compile(r"ceo|executive officer|执行官|執行官|president|总裁|總裁"), 1.15),
    (re.compile(r"chair|董事长|董事長|主席"), 1.1),
    (re.compile(r"investor relations|投资者关系|投資者關係|\bir\b"), 0.6),
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SOURCE_MARKS = re.compile(r"\s?(?:\[\d{1,3}\])+(?=[\s.,;:!?。，；：！？)）]|$)")
"""A digest's own source markers ("…since 2022 [2][7]."): its references, not ours, which cite paragraphs."""
_LIST_MARK = re.compile(r"^[-–—•·]\s+")
"""The dash or bullet that opens a digest's list item: the brief sets its own bullets."""
# Shortest sentence worth extracting, in content length (Chinese characters or Latin words).
MIN_LENGTH_ZH = 12
MIN_LENGTH_EN = 6
# Longer sentences than this are scored down (a point should read in one breath).
IDEAL_MAX_ZH = 110
IDEAL_MAX_EN = 45


_LATER: Any = object()
"""The value of a deferred feature not worked out yet."""


class _Deferred:
    """A feature of a unit worked out when first read, from its text, facts and ``context``:
    most sentences of a long document are never scored, nor their themes or cues asked for.
    Given a value (``replace``, or a unit made with it), it keeps that value."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.key = f"_{name}"

    def __get__(self, unit: Unit | None, owner: type | None = None) -> Any:
        if unit is None:
            return _LATER  # (the field's default)
        value = getattr(unit, self.key)
        if value is _LATER:
            ctx = unit.context
            assert ctx is not None, f"unit {unit.index}: no {self.name} given and no context to work it out"
            value = getattr(ctx, self.name)(unit)
            object.__setattr__(unit, self.key, value)
        return value

    def __set__(self, unit: Unit, value: Any) -> None:
        # (as an attribute, not through ``__dict__``: asking for an instance's ``__dict__`` makes
        # it a dictionary of its own, a few hundred bytes a unit)
        object.__setattr__(unit, self.key, value)


@dataclass(frozen=True)
class _Context:
    """What a reading's units work their deferred features out from."""

    tax: Taxonomy
    owners: dict[str, tuple[str, ...]]
    lines: frozenset[str]
    kept: dict[tuple[tuple[str, float], ...], dict[str, float]] = field(default_factory=dict, compare=False)
    """Theme weights by value, in order: units with the same weights share one (read-only) dict."""

    def themes(self, u: Unit) -> dict[str, float]:
        """Theme -> weight: keyword hits, twice each figure whose metric the theme owns (and each
        figure about a business line, for ``segments``), up to four, times the theme's weight."""
        keyword_hits = self.tax.theme_hits(u.low, u.simple)
        owned: dict[str, int] = {}
        for f in u.facts:
            for key in self.owners[f.metric]:
                owned[key] = owned.get(key, 0) + 1
        themes: dict[str, float] = {}
        for t in self.tax.themes:
            hits = keyword_hits.get(t.key, 0)
            hits += 2 * owned.get(t.key, 0)
            if t.key == "segments":  # a figure about a business unit is a segment result
                hits += 2 * sum(1 for f in u.facts if f.subject in self.lines)
            if hits:
                themes[t.key] = min(hits, 4) / 4 * t.weight
        return self.kept.setdefault(tuple(themes.items()), themes)

    def noise(self, u: Unit) -> bool:
        return self.tax.is_noise(u.low, u.simple)

    def pleasantries(self, u: Unit) -> int:
        return self.tax.pleasantries(u.low, u.simple)


@dataclass(frozen=True)
class Unit:
    """One source sentence as a candidate statement."""

    index: int
    """Order in the document (tie-breaks follow it)."""
    paragraph: int
    start: int
    end: int
    text: str
    low: str
    simple: str
    """Simplified-Chinese, lower-cased view for keyword matching."""
    section: str | None
    speaker: str | None
    side: str
    is_question: bool
    role_weight: float
    facts: tuple[Fact, ...]
    length: int
    chinese: bool
    shared: dict[frozenset[str], frozenset[str]] | None = field(default=None, compare=False, repr=False)
    """The reading's feature sets by value: sentences that say the same words (a repeated
    disclaimer, a restated line with other figures) keep one set."""
    context: _Context | None = field(default=None, compare=False, repr=False)
    """What the deferred features below are worked out from (the reading's taxonomy, metric owners
    and business lines); None when they are given."""
    themes: dict[str, float] = _Deferred()  # type: ignore[assignment]
    """Theme -> weight (keyword hits and the figures' metrics, ``_themes``)."""
    noise: bool = _Deferred()  # type: ignore[assignment]
    """A disclaimer, call procedure or page furniture (``Taxonomy.is_noise``)."""
    pleasantries: int = _Deferred()  # type: ignore[assignment]
    """Greeting, thanks or filler cues (``Taxonomy.pleasantries``)."""

    @property
    def tokens(self) -> frozenset[str]:
        """Similarity features of ``simple`` (``text.tokens``), made when first compared: most
        sentences of a long document never are, and these sets are most of a reading's memory."""
        made: frozenset[str] | None = getattr(self, "_tokens", None)
        if made is None:
            made = tokens(self.simple)
            if self.shared is not None:
                made = self.shared.setdefault(made, made)
            object.__setattr__(self, "_tokens", made)  # (kept as an attribute, see ``_Deferred``)
        return made

    @property
    def eligible(self) -> bool:
        """Worth showing at all: not a disclaimer or procedure, not a fragment."""
        floor = MIN_LENGTH_ZH if self.chinese else MIN_LENGTH_EN
        return self.length >= floor and self.side not in ("operator", "host") and not self.noise

    def top_theme(self) -> str | None:
        """The theme this sentence is most about (ties: taxonomy order), or None."""
        if not self.themes:
            return None
        return max(self.themes.items(), key=lambda kv: kv[1])[0]


@dataclass
class Reading:
    """Everything the extractive backend knows about a document, computed once."""

    doc: Document
    facts: Sequence[Fact]
    """The document's facts, with its company when they came as a FactSheet (``_own_facts``)."""
    units: tuple[Unit, ...]
    tax: Taxonomy
    company: str | None = None
    """The document's company (its FactSheet's), whose segments the lexicon knows."""
    _scores: dict[int, float] = field(default_factory=dict)
    _topics: dict[int, dict[str, int]] = field(default_factory=dict)

    @cached_property
    def by_paragraph(self) -> dict[int, tuple[Unit, ...]]:
        out: dict[int, list[Unit]] = {}
        for u in self.units:
            out.setdefault(u.paragraph, []).append(u)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def question_paragraphs(self) -> frozenset[int]:
        return frozenset(n for q in self.doc.qa for n in q.question)

    def score(self, unit: Unit) -> float:
        """Relevance to an analyst (cached): facts, themes, position, speaker, pleasantries, length."""
        s = self._scores.get(unit.index)
        if s is None:
            s = relevance(unit, self)
            self._scores[unit.index] = s
        return s

    def topic_hits(self, unit: Unit) -> dict[str, int]:
        """Topic key -> keyword and fact mentions in one sentence (cached: chapters and gists ask often)."""
        hits = self._topics.get(unit.index)
        if hits is None:
            hits = {}
            for t in self.tax.topics:
                h = t.hits(unit.low, unit.simple) + sum(
                    1 for f in unit.facts if t.owns_fact(f.metric, f.subject)
                )
                if t.subjects:
                    h += sum(1 for name in self.lines_named(unit) if any(k in name for k in t.subjects))
                if h:
                    hits[t.key] = h
            self._topics[unit.index] = hits
        return hits

    def lines_named(self, unit: Unit) -> frozenset[str]:
        """Canonical names (lower case) of the business lines the lexicon finds in a sentence
        ("阿里雲" -> cloud intelligence group): a topic's ``subjects`` match these."""
        matcher = subject_matcher(self.company)
        names = {e.name for _s, _e, e in matcher.finditer(unit.simple) if getattr(e, "kind", "") == "segment"}
        return frozenset(n.lower() for name in names for n in (name, series_name(name)))

    def eligible(self, units: Iterable[Unit] | None = None) -> list[Unit]:
        return [u for u in (self.units if units is None else units) if u.eligible]

    @cached_property
    def lead_rank(self) -> dict[int, int]:
        """Rank of each text paragraph among the article's (or intro's) text paragraphs, from 0."""
        out: dict[int, int] = {}
        for p in self.doc.paragraphs:
            if p.role == "text" and p.section in (None, "intro"):
                out[p.n] = len(out)
        return out


def _role_weight(doc: Document, speaker: str | None) -> float:
    if speaker is None:
        return 1.0
    s = doc.speakers_by_id.get(speaker)
    role = (s.role or "").lower() if s else ""
    for pattern, weight in _ROLE_WEIGHTS:
        if pattern.search(role):
            return weight
    return 1.0


_last_reading: list[Reading] = []


def reading_for(doc: Document, facts: Sequence[Fact]) -> Reading:
    """``read`` with a one-entry cache on identity: a brief and minutes of one document read it once."""
    if _last_reading and _last_reading[0].doc is doc and tuple(_last_reading[0].facts) == tuple(facts):
        return _last_reading[0]
    reading = read(doc, facts)
    _last_reading[:] = [reading]
    return reading


def read(doc: Document, facts: Sequence[Fact], tax: Taxonomy | None = None) -> Reading:
    """Split a document into candidate sentences with their facts, themes and features."""
    tax = tax or taxonomy()
    facts_by_p: dict[int, list[Fact]] = {}
    for f in facts:
        facts_by_p.setdefault(f.paragraph, []).append(f)
    questions = frozenset(n for q in doc.qa for n in q.question)
    chinese_doc = doc.language != "en"
    company = getattr(facts, "company", None)
    lines = frozenset(
        f.subject
        for f in facts
        if f.subject in segment_names() or f.subject not in (company, "company", *company_names())
    )
    shared: dict[frozenset[str], frozenset[str]] = {}
    owners = {
        metric: tuple(t.key for t in tax.themes if t.owns_metric(metric)) for metric in {f.metric for f in facts}
    }
    context = _Context(tax, owners, lines)
    units: list[Unit] = []
    for p in doc.paragraphs:
        if p.role != "text":
            continue
        units.extend(
            _paragraph_units(
                doc,
                p,
                facts_by_p.get(p.n, ()),
                tax,
                p.n in questions,
                chinese_doc,
                len(units),
                lines,
                owners,
                shared,
                context,
            )
        )
    return Reading(doc, _own_facts(facts), tuple(units), tax, company)


def _own_facts(facts: Sequence[Fact]) -> Sequence[Fact]:
    """The facts a reading keeps: with its FactSheet's company, ticker and names, so later stages take the
    company from the sheet and never guess it from the most frequent subject (a segment's, in a call that
    walks through its segments), and with its period, fiscal calendar and date, so that the brief names the
    reported quarter as the company does ("fiscal Q3" for a year that does not end in December) and cites
    where the text names it so (``realise.document_quarter``)."""
    if not isinstance(facts, FactSheet):
        return tuple(facts)
    return FactSheet(
        tuple(facts),
        company=facts.company,
        ticker=facts.ticker,
        names=facts.names,
        period=facts.period,
        fiscal_year_end_month=facts.fiscal_year_end_month,
        date=facts.date,
    )


def _paragraph_units(
    doc: Document,
    p: Paragraph,
    facts: Sequence[Fact],
    tax: Taxonomy,
    is_question: bool,
    chinese_doc: bool,
    offset: int,
    lines: frozenset[str] = frozenset(),
    owners: dict[str, tuple[str, ...]] | None = None,
    shared: dict[frozenset[str], frozenset[str]] | None = None,
    ctx: _Context | None = None,
) -> list[Unit]:
    """``lines``: subjects that are business lines (lexicon segments, or named by the text and not
    the company): a figure about one is a segment result, whatever the industry. ``owners``: the
    themes that own each fact's metric (worked out once a document, not once a sentence)."""
    if owners is None:
        owners = {f.metric: tuple(t.key for t in tax.themes if t.owns_metric(f.metric)) for f in facts}
    side = "unknown"
    if p.speaker is not None:
        sp = doc.speakers_by_id.get(p.speaker)
        side = sp.side if sp else "unknown"
    if is_question and side == "unknown":
        side = "analyst"
    role_weight = _role_weight(doc, p.speaker)
    context = _Context(tax, owners, lines) if ctx is None else ctx
    out: list[Unit] = []
    for s in p.sentences:
        text = s.text.strip()
        if "[" in text or text[:1] in "-–—•·":
            text = _LIST_MARK.sub("", _SOURCE_MARKS.sub("", text)).strip()
        if not text:
            continue
        low = _same(text.lower(), text)
        simple = _same(to_simplified(low), low) if chinese_doc else low
        in_s = tuple(f for f in facts if f.start < s.end and f.end > s.start)
        length = content_length(text)
        out.append(
            Unit(
                index=offset + len(out),
                paragraph=p.n,
                start=s.start,
                end=s.end,
                text=text,
                low=low,
                simple=simple,
                section=p.section,
                speaker=p.speaker,
                side=side,
                is_question=is_question,
                role_weight=role_weight,
                facts=in_s,
                length=length,
                chinese=length > 0 and not text.isascii() and len(_HAN.findall(text)) * 2 >= length,
                shared=shared,
                context=context,
            )
        )
    return out


def _same(view: str, text: str) -> str:
    """``text`` itself when a view of it did not change it (Chinese has no case; simplified Chinese
    converts to itself): one string kept a sentence, not three."""
    return text if view == text else view


def fact_weight(unit: Unit, tax: Taxonomy) -> float:
    """Importance of the figures a sentence states (0 when it states none)."""
    return sum(tax.metric_weight(f.metric) * (1.25 if f.change else 1.0) for f in unit.facts)


def relevance(u: Unit, reading: Reading) -> float:
    """Score of a sentence for a brief: what it states (facts, themes) times where and how it says it."""
    tax = reading.tax
    fact_part = 1.0 - math.exp(-fact_weight(u, tax))
    theme_part = max(u.themes.values(), default=0.0)
    base = 0.15 + fact_part + 0.6 * theme_part
    # Where: a news lead states the point; prepared remarks beat answers; questions are not claims.
    if u.section in (None, "intro"):
        rank = reading.lead_rank.get(u.paragraph, 10)
        position = 1.0 + 0.6 * math.exp(-rank / 3)
    elif u.section == "prepared":
        position = 1.1
    elif u.section == "qa":
        position = 0.9
    else:
        position = 0.5
    if u.is_question or u.side == "analyst":
        position *= 0.35
    position *= u.role_weight
    # How: greetings and fillers, and long run-on sentences, read badly as points.
    manner = 0.6**u.pleasantries
    ideal = IDEAL_MAX_ZH if u.chinese else IDEAL_MAX_EN
    if u.length > ideal:
        manner *= math.sqrt(ideal / u.length)
    return base * position * manner
