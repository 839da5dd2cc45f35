"""The extractive backend: source sentences chosen by analyst relevance, figures realised from facts.

Deterministic and offline. Narrative statements are exact source sentences (Chinese converted
to the requested script only; a greeting clause may be cut off a question) and carry their
language in ``Statement.lang``; titles, names and highlights are produced in the output language.

- Core viewpoint: a news lead when there is one (an article, or a call's news introduction), then
  the company's headline result (revenue, profit, for the quarter reported) if the lead states
  none; a bare call: its chief executive's framing sentence, then the headline result.
- Groups: 3-6 themes, 2-5 points each; results of a business unit are segment results, forward
  statements are outlook; a point is never a question, a title line, a rival's figure, nor a
  repeat of another point in other words or with the same figures.
- Minutes: a summary (the core viewpoint, then the best point of each theme); chapters for the
  news introduction, the prepared remarks cut by speaker and theme, and one per question, titled
  by topic (themes.yaml ``topics``) in the output language; Q&A gists from ``summarize.gist``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from finbrief.facts.numbers import parse_numbers
from finbrief.lexicon.glossary import firm_name
from finbrief.model import (
    Brief,
    Chapter,
    Document,
    Fact,
    FactSheet,
    Figure,
    Group,
    Minutes,
    MinutesQA,
    QAPair,
    Statement,
)
from finbrief.options import Options
from finbrief.summarize import about, realise
from finbrief.summarize.gist import OPENER as _OPENER
from finbrief.summarize.gist import Gister
from finbrief.summarize.names import company_names, segment_names, speaker_name
from finbrief.summarize.select import DUPLICATE, FigureKey, fact_keys, mmr
from finbrief.summarize.text import output_lang, similarity, to_script
from finbrief.summarize.units import Reading, Unit, reading_for
from finbrief.summarize.viewpoint import viewpoint
from finbrief.summarize.write import Writer, trim_quote

MIN_GROUPS, MAX_GROUPS = 3, 6
MIN_POINTS, MAX_POINTS = 2, 5
MAX_HIGHLIGHTS = 10
MIN_HIGHLIGHTS = 5
# The highlights job prints the headline figures only: the first few of a brief's highlights.
HEADLINE_HIGHLIGHTS = 5
MAX_PREPARED_CHAPTERS = 7
# A chapter of remarks says one more statement for every so many sentences with figures, two at most.
FIGURES_PER_EXTRA = 4
MAX_FIGURE_EXTRA = 2
MAX_CORE = 3
SUMMARY_POINTS = 5
# Topics named in a chapter title: prepared remarks, a question.
PREPARED_TOPICS = 3
QUESTION_TOPICS = 3
# Terms named in a written question ("Asked about ..."), in the order asked.
ASKED_TERMS = 6

_FILLERS = re.compile(r"[呃嗯][，,、]?")
# Metrics that make a headline result (first match wins: revenue leads, then profit).
_HEADLINE_METRICS = (
    ("revenue", 1.0),
    ("sales", 0.9),
    ("net income", 0.8),
    ("net profit", 0.8),
    ("earnings per share", 0.8),
    ("eps", 0.8),
    ("ebita", 0.6),
    ("ebitda", 0.6),
)
# A chief executive, by role (the framing of a call is theirs); investor relations never frames it.
_CEO_ROLE = re.compile(r"\bceo\b|chief executive|首席执行官|首席執行官|总裁|總裁|president", re.IGNORECASE)
_IR_ROLE = re.compile(r"investor relations|投资者关系|投資者關係|\bir\b", re.IGNORECASE)
# A sentence that leans on the one before ("The change was...", "该业务..."): a poor point alone.
_ANAPHORIC = re.compile(
    r"^(?:this|that|these|those|the change|the increase|the decrease|the decline|it|they|but|and|however)\b"
    r"|^(?:该|这|此|其|它|他们|但|但是|不过|而)",
    re.IGNORECASE,
)
# Words that say a result is a business unit's, whatever subject the figure was given.
_SEGMENT_WORDS = re.compile(r"板块|分部|事业群|业务集团|\bsegments?\b|\bdivisions?\b", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"[?？]\s*$")
# A statement about what is to come: it belongs with the outlook, whatever it is about.
_FORWARD = re.compile(
    r"\b(?:looking ahead|going forward|we expect|we anticipate|we aim|our (?:guidance|outlook|target|goal)|"
    r"expects? (?:to|that)|guidance|we are confident that)\b|展望|预计|预期|指引|目标是|有信心在",
    re.IGNORECASE,
)

SECTION_TITLES = {
    "intro": {"en": "News summary", "zh-Hans": "新闻导语"},
    "qa": {"en": "Q&A", "zh-Hans": "问答"},
    "analyst": {"en": "Analyst", "zh-Hans": "分析师"},
    "remarks": {"en": "Opening remarks", "zh-Hans": "开场发言"},
}


def _title(key: str, lang: str) -> str:
    t = SECTION_TITLES[key]
    return t["en"] if lang == "en" else to_script(t["zh-Hans"], lang)


def join_titles(parts: Sequence[str], lang: str) -> str:
    """ "a", "a and b", "a, b and c" (English); "a", "a与b", "a、b与c" (Chinese)."""
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    if lang == "en":
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return "、".join(parts[:-1]) + to_script("与", lang) + parts[-1]


def _labelled(label: str, topic: str, lang: str) -> str:
    return f"{label}: {topic}" if lang == "en" else f"{label}：{topic}"


def _lower(title: str) -> str:
    """ "Strategy and investment" -> "strategy and investment"; "AI and cloud" stays."""
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


T = TypeVar("T")


def _once_a_unit(work: Callable[[Unit], T]) -> Callable[[Unit], T]:
    """``work`` done once a unit: a pool is scored for its strength, then again at each pick, and
    the figures of a point are compared at each pick."""
    made: dict[int, T] = {}

    def once(u: Unit) -> T:
        if u.index not in made:
            made[u.index] = work(u)
        return made[u.index]

    return once


class ExtractiveSummarizer:
    """Sentence extraction with analyst-relevance scoring and MMR; data-to-text highlights."""

    name = "extractive"

    _writer: Writer | None = None

    # ----------------------------------------------------------------- statements
    def _start(self, reading: Reading, facts: FactSheet, lang: str) -> Writer:
        """The writer of this run's statements (a backend instance serves one run)."""
        self._writer = Writer(reading, facts, lang)
        return self._writer

    def _say(self, u: Unit) -> Statement:
        assert self._writer is not None
        return self._writer.statement(u)

    # ----------------------------------------------------------------- what a sentence is about
    @staticmethod
    def _home(reading: Reading) -> frozenset[str]:
        """Subjects that are the document's own company: its most named company and its segments."""
        segments = segment_names() - {"China"}
        companies = Counter(
            f.subject for f in reading.facts if f.subject not in segments and f.subject != "China"
        )
        known = [s for s, _ in companies.most_common() if s in company_names()]
        main = known[0] if known else (companies.most_common(1)[0][0] if companies else None)
        return frozenset(segments | ({main} if main else set()))

    @staticmethod
    def _foreign(u: Unit, home: frozenset[str]) -> bool:
        """A sentence whose every figure is about someone else (a rival, the economy)."""
        return bool(u.facts) and all(f.subject not in home for f in u.facts)

    def _statable(self, u: Unit, doc: Document) -> bool:
        """Worth stating as a point: not a question (asked or rhetorical), not an analyst's words,
        not a call's title block or the page around it; self-contained, and sayable in the output
        language (``Writer.usable``)."""
        return (
            u.eligible
            and (u.section is not None or doc.kind == "article")
            and not u.is_question
            and u.side != "analyst"
            and not _QUESTION_MARK.search(u.text)
            and not _OPENER.search(u.text)
            and (self._writer is None or self._writer.usable(u))
        )

    def _in_words(self, u: Unit) -> float:
        """How well a sentence reads in the output language: a written sentence fully, a quote in
        the other language less (a reader of the output language learns less from it)."""
        w = self._writer
        if w is None or not w.foreign(u):
            return 1.0
        return 1.0 if w.written(u) is not None else 0.7

    @staticmethod
    def _headline_weight(f: Fact) -> float:
        low = f.metric.lower()
        if low.startswith("share of"):
            return 0.0  # ("40% of grocery sales": a part of a whole, no result)
        for match, weight in _HEADLINE_METRICS:
            if match in low:
                return weight
        return 0.0

    @staticmethod
    def _period(reading: Reading) -> str | None:
        """The period most figures are about (the quarter reported), or None."""
        counts = Counter(f.period for f in reading.facts if f.period and len(f.period) <= 6)
        return counts.most_common(1)[0][0] if counts else None

    def _company_headline(self, u: Unit, home: frozenset[str], period: str | None) -> bool:
        """Whether a sentence states the company's own revenue or profit for the period reported."""
        segments = segment_names()
        return any(
            f.subject in home
            and f.subject not in segments
            and self._headline_weight(f) >= 0.8
            and (not period or not f.period or f.period == period)
            for f in u.facts
        )

    def _headline_score(self, u: Unit, home: frozenset[str], period: str | None) -> float:
        """How well a sentence states the company's headline result (revenue, then profit) for the
        period reported: the best such figure, plus a little for each further one."""
        segments = segment_names()
        values = []
        for f in u.facts:
            if f.subject not in home or (f.unit == "%" and f.change is None and not realise.is_ratio(f.metric)):
                continue  # ("40% of grocery sales": a share, no result)
            w = self._headline_weight(f) * (0.3 if f.subject in segments else 1.0)
            if period and f.period and f.period != period:
                w *= 0.3  # an earlier quarter's result is context, not the headline
            values.append(w * (1.2 if f.change else 1.0))
        if not values or not max(values):
            return 0.0
        values.sort(reverse=True)
        total = values[0] + 0.3 * sum(values[1:4])
        lists = max(0, len(u.facts) - 4)  # a run of figures ("18%, 22%, 26% and 31%") is not a headline
        place = {"prepared": 1.0, "intro": 1.05, None: 1.05}.get(u.section, 0.7)
        return total * place * u.role_weight * 0.75**lists * 0.6**u.pleasantries

    def _group_theme(self, u: Unit, reading: Reading) -> str | None:
        """The group a point belongs in: a business unit's results are segment results, the
        company's own are financial performance, a segment's users or orders are not results."""
        themes = dict(u.themes)
        forward = themes.get("outlook_guidance", 0.0)
        if (
            forward
            and forward >= 0.5 * max(themes.values())
            and _FORWARD.search(u.simple if u.chinese else u.text)
        ):
            return "outlook_guidance"
        fin = reading.tax.by_key("financial_performance") if "financial_performance" in themes else None
        results = [f for f in u.facts if fin is not None and fin.owns_metric(f.metric)]
        segments = segment_names()
        if results and "segments" in themes:
            if _SEGMENT_WORDS.search(u.simple if u.chinese else u.text):  # "星穹商城板块收入为..."
                return "segments"
            on_segments = sum(1 for f in results if f.subject in segments)
            if on_segments * 2 > len(results):
                return "segments"
            if on_segments == 0:
                themes.pop("segments")
        elif not results:
            themes.pop("segments", None)
        if not themes:
            return None
        key, value = max(themes.items(), key=lambda kv: kv[1])
        return key if value >= 0.25 else None

    # ----------------------------------------------------------------- brief
    def brief(self, doc: Document, facts: FactSheet, options: Options) -> Brief:
        lang = output_lang(options.lang, doc)
        reading = reading_for(doc, facts)
        self._start(reading, facts, lang)
        core, stated = self._viewpoint(reading, lang)
        groups = self._groups(reading, stated)
        return Brief(
            core_viewpoint=tuple(core),
            groups=tuple(
                Group(reading.tax.by_key(key).title(lang), tuple(self._say(u) for u in pts), key)
                for key, pts in groups
            ),
            highlights=self._highlights(reading, lang),
        )

    def _viewpoint(self, reading: Reading, lang: str) -> tuple[list[Statement], list[Unit]]:
        """The core viewpoint realised from the results (``summarize.viewpoint``), with the sentences
        whose figures it states (no group repeats them); a document without results gets its lead
        sentences instead."""
        made = viewpoint(reading.doc, reading.facts, lang)
        if not made:
            units = self._core(reading)
            return [self._say(u) for u in units], units
        used = {(f.paragraph, f.start) for _, fs in made for f in fs}
        units = [u for u in reading.units if any((f.paragraph, f.start) in used for f in u.facts)]
        return [st for st, _ in made], units

    def _core(self, reading: Reading) -> list[Unit]:
        """1-3 sentences that state the document's point, the headline result among them.

        A news lead (an article's opening, a call's news introduction) states the point when there
        is one; a bare transcript is framed by its chief executive's opening statement.
        """
        home = self._home(reading)
        period = self._period(reading)
        pool = [
            u for u in reading.eligible() if self._statable(u, reading.doc) and not self._foreign(u, home)
        ]
        lead_sections = (None, "intro") if reading.doc.kind == "article" else ("intro",)
        lead = [u for u in pool if u.section in lead_sections]
        framed = len(lead) < 2
        picked = self._framing(reading, pool) if framed else self._lead(reading, lead)
        if not picked:
            picked = mmr(pool, reading.score, 1)
        stated = frozenset().union(*(fact_keys(u) for u in picked)) if picked else frozenset()
        # The headline result, unless what is picked states it already: the best sentence with
        # the company's revenue or profit that adds a figure (a lead's own beats the call's).
        if framed or not any(self._company_headline(u, home, period) for u in picked):
            candidates = [
                u
                for u in pool
                if u not in picked
                and self._headline_score(u, home, period) > 0
                and not fact_keys(u) <= stated
                and all(similarity(u.tokens, p.tokens) < DUPLICATE for p in picked)
            ]
            best = max(
                candidates,
                key=lambda u: (
                    self._headline_score(u, home, period) * (1.3 if u.section == "intro" else 1.0),
                    -u.index,
                ),
                default=None,
            )
            if best is not None:
                picked = [*picked[: MAX_CORE - 1], best]
        return sorted(picked, key=lambda u: u.index)

    def _lead(self, reading: Reading, lead: list[Unit]) -> list[Unit]:
        def score(u: Unit) -> float:
            """A news lead states the point: the first paragraphs weigh much more here."""
            rank = reading.lead_rank.get(u.paragraph)
            lists = max(0, len(u.facts) - 3)
            boost = 1.0 + 2.0 * math.exp(-rank / 2) if rank is not None else 1.0
            return reading.score(u) * boost * 0.6**lists

        picked = mmr(lead, score, 2, lam=0.7, keys=fact_keys)
        if not picked:
            return []
        floor = 0.45 * score(picked[0])
        return [u for u in picked if score(u) >= floor]

    def _framing(self, reading: Reading, pool: list[Unit]) -> list[Unit]:
        """The chief executive's framing sentence: early in their prepared remarks, on the quarter
        or the strategy, stated rather than announced ("Let me start with...")."""
        doc = reading.doc
        prepared = [u for u in pool if u.section == "prepared" and u.speaker]
        if not prepared:
            return []

        def role(sid: str | None) -> str:
            sp = doc.speakers_by_id.get(sid or "")
            return (sp.role or "") if sp else ""

        speakers = list(dict.fromkeys(u.speaker for u in prepared))
        ceo = next((s for s in speakers if _CEO_ROLE.search(role(s)) and not _IR_ROLE.search(role(s))), None)
        if ceo is None:
            ceo = next((s for s in speakers if not _IR_ROLE.search(role(s))), None)
        mine = [u for u in prepared if u.speaker == ceo][:12]

        def score(u: Unit) -> float:
            k = mine.index(u)
            themes = max(u.themes.values(), default=0.0)
            said = 0.3 + themes + (0.5 if u.facts else 0.0)
            lists = max(0, len(u.facts) - 3)
            return said * math.exp(-k / 6) * 0.6**u.pleasantries * 0.6**lists

        best = max(mine, key=lambda u: (score(u), -u.index), default=None)
        return [best] if best is not None else []

    def _group_pools(self, reading: Reading) -> tuple[dict[str, list[Unit]], frozenset[str]]:
        home = self._home(reading)
        pools: dict[str, list[Unit]] = {}
        for u in reading.eligible():
            if not self._statable(u, reading.doc):
                continue
            key = self._group_theme(u, reading)
            if key is not None:
                pools.setdefault(key, []).append(u)
        return pools, home

    def _group_score(self, reading: Reading, home: frozenset[str], key: str) -> Callable[[Unit], float]:
        """A point's value in group ``key``: relevance, none for someone else's figures; among
        segment results, the segments the document talks about most come first."""
        outward = key in ("market_valuation", "risks")
        mentions = Counter(f.subject for f in reading.facts)
        most = max(mentions.values(), default=1)

        def prominence(u: Unit) -> float:
            if key != "segments" or not u.facts:
                return 1.0
            return 0.7 + 0.3 * max(mentions[f.subject] for f in u.facts) / most

        def score(u: Unit) -> float:
            if self._foreign(u, home) and not outward:
                return 0.0  # a rival's or the economy's figures are context, not this company's news
            s = (
                reading.score(u) * prominence(u) * 0.75 ** max(0, len(u.facts) - 3)
            )  # a run of figures reads badly
            if _ANAPHORIC.search(u.text):
                s *= 0.6
            return s * self._in_words(u)

        return score

    def _groups(self, reading: Reading, core: Sequence[Unit]) -> list[tuple[str, list[Unit]]]:
        """3-6 themes the document supports, each with 2-5 non-redundant points."""
        pools, home = self._group_pools(reading)
        scorers = {k: _once_a_unit(self._group_score(reading, home, k)) for k in pools}
        strength = {
            k: sum(sorted((scorers[k](u) for u in v), reverse=True)[:4])
            for k, v in pools.items()
            if len(v) >= 2
        }
        ranked = sorted(strength, key=lambda k: (-strength[k], k))
        if not ranked:
            return []
        # Points are picked in two rounds, strongest theme first: two for every theme, then the
        # rest up to each theme's share, so one rich theme does not take every point. No point
        # repeats another, in words or in figures. Themes are then kept by what they ended up saying.
        chosen: dict[str, list[Unit]] = {k: [] for k in ranked}
        seen = [u.tokens for u in core]
        figures = _once_a_unit(fact_keys)
        seen_keys: set[FigureKey] = set().union(*(figures(u) for u in core)) if core else set()
        taken = {u.index for u in core}
        for round_ in (1, 2):
            for key in ranked:
                pool = [u for u in pools[key] if u.index not in taken]
                share = max(MIN_POINTS, min(MAX_POINTS, (len(pools[key]) + 1) // 2))
                want = (MIN_POINTS if round_ == 1 else share) - len(chosen[key])
                if want <= 0:
                    continue
                for u in mmr(pool, scorers[key], want, avoid=seen, keys=figures, avoid_keys=seen_keys):
                    chosen[key].append(u)
                    seen.append(u.tokens)
                    seen_keys.update(figures(u))
                    taken.add(u.index)
        said = {k: sum(scorers[k](u) for u in v[:4]) for k, v in chosen.items() if v}
        full = [k for k in said if len(chosen[k]) >= MIN_POINTS]
        thin = [k for k in said if len(chosen[k]) < MIN_POINTS]
        best = sorted(full, key=lambda k: (-said[k], k))
        # A short document may support fewer themes: one-point themes fill up to the minimum.
        best += sorted(thin, key=lambda k: (-said[k], k))[: max(0, MIN_GROUPS - len(best))]
        top = max((said[k] for k in best), default=0.0)
        keep = {k for i, k in enumerate(best[:MAX_GROUPS]) if i < MIN_GROUPS or said[k] >= 0.2 * top}
        chosen = {k: sorted(v, key=lambda u: -scorers[k](u)) for k, v in chosen.items() if k in keep}
        order = [t.key for t in reading.tax.themes]
        return [(k, chosen[k]) for k in order if k in chosen]

    def _highlights(self, reading: Reading, lang: str) -> tuple[Statement, ...]:
        """Key figures realised in ``lang``; topped up with figure-bearing sentences when few."""
        out = realise.highlights(reading.doc, reading.facts, lang, k=MAX_HIGHLIGHTS)
        if len(out) < MIN_HIGHLIGHTS:
            cited = {c for s in out for c in s.citations}
            pool = [
                u
                for u in reading.eligible()
                if u.facts
                and not u.is_question
                and u.side != "analyst"
                and u.paragraph not in cited
                and (lang == "en") == (not u.chinese)
                and not realise.hypothetical(u.text)  # a case put in an answer is no key figure
            ]
            for u in mmr(pool, reading.score, MIN_HIGHLIGHTS - len(out)):
                out.append(self._say(u))
        return tuple(out)

    def highlights(self, doc: Document, facts: FactSheet, options: Options) -> tuple[Statement, ...]:
        """The headline figures: realised from facts only (no document reading needed)."""
        lang = output_lang(options.lang, doc)
        return tuple(
            realise.highlights(doc, facts, lang, k=HEADLINE_HIGHLIGHTS, floor=realise.HEADLINE_FLOOR)
        )

    # ----------------------------------------------------------------- minutes
    def minutes(self, doc: Document, facts: FactSheet, options: Options) -> Minutes:
        lang = output_lang(options.lang, doc)
        reading = reading_for(doc, facts)
        writer = self._start(reading, facts, lang)
        gister = Gister(reading, writer)
        summary = self._summary(reading, lang)
        chapters = self._chapters(reading, gister, lang)
        qa = tuple(self._qa(reading, gister, pair, lang) for pair in doc.qa)
        return Minutes(
            summary=tuple(summary),
            chapters=tuple(chapters),
            qa=qa,
        )

    def _summary(self, reading: Reading, lang: str) -> list[Statement]:
        """The core viewpoint, then the best point of each theme, up to five statements."""
        core, stated = self._viewpoint(reading, lang)
        out = list(core)
        points: list[Unit] = []
        for _, pts in sorted(
            self._groups(reading, stated), key=lambda kv: -max(reading.score(u) for u in kv[1])
        ):
            if len(out) + len(points) >= SUMMARY_POINTS:
                break
            points.append(pts[0])
        return out + [self._say(u) for u in sorted(points, key=lambda u: u.index)]

    def _units(self, reading: Reading, paragraphs: Sequence[int]) -> list[Unit]:
        return [u for n in paragraphs for u in reading.by_paragraph.get(n, ())]

    @staticmethod
    def _summary_size(units: Sequence[Unit]) -> int:
        """1-3 statements: one for a short passage, three for a long one."""
        n = sum(1 for u in units if u.eligible)
        return 1 if n <= 2 else 2 if n <= 10 else 3

    @classmethod
    def _chapter_size(cls, units: Sequence[Unit]) -> int:
        """Statements for a passage of remarks: 1-3 by its length, up to two more where it reports
        many figures (a finance chief walking through each segment's results)."""
        figures = sum(1 for u in units if u.eligible and u.facts)
        return cls._summary_size(units) + min(MAX_FIGURE_EXTRA, figures // FIGURES_PER_EXTRA)

    def _chapters(self, reading: Reading, gister: Gister, lang: str) -> list[Chapter]:
        doc = reading.doc
        out: list[Chapter] = []
        intro = [p.n for p in doc.paragraphs if p.section == "intro" and p.role == "text"]
        if intro:
            units = self._units(reading, intro)
            out.append(self._chapter(reading, _title("intro", lang), intro, units, lang))
        # A call's title block and the page furniture around it (section None) are not remarks.
        body_sections = (None, "prepared") if doc.kind == "article" else ("prepared",)
        body = [p.n for p in doc.paragraphs if p.role == "text" and p.section in body_sections]
        for seg in self._segments(reading, body):
            units = self._units(reading, seg)
            out.append(self._chapter(reading, self._segment_title(reading, seg, lang), seg, units, lang))
        for pair in doc.qa:
            paragraphs = sorted({*pair.question, *(n for a in pair.answers for n in a.paragraphs)})
            asks = gister.asks(self._units(reading, pair.question))
            answer = self._units(reading, [n for a in pair.answers for n in a.paragraphs])
            picked = gister.best(asks, answer, self._summary_size(answer))
            out.append(
                Chapter(
                    title=self._qa_title(reading, pair, asks, lang),
                    summary=tuple(self._say(u) for u in picked),
                    paragraphs=tuple(paragraphs),
                )
            )
        # Statements are checked later; a chapter with nothing to say is left out here.
        return [c for c in out if c.summary]

    def _chapter(
        self, reading: Reading, title: str, paragraphs: Sequence[int], units: Sequence[Unit], lang: str
    ) -> Chapter:
        w = self._writer
        pool = [u for u in units if self._statable(u, reading.doc)] or [
            u for u in units if u.eligible and not u.is_question and (w is None or w.usable(u))
        ]
        picked = mmr(
            pool, lambda u: reading.score(u) * self._in_words(u), self._chapter_size(units), lam=0.7, keys=fact_keys
        )
        return Chapter(
            title=title,
            summary=tuple(self._say(u) for u in sorted(picked, key=lambda u: u.index)),
            paragraphs=tuple(paragraphs),
        )

    # ----------------------------------------------------------------- topics and themes
    def _theme_profile(self, reading: Reading, paragraphs: Sequence[int]) -> dict[str, float]:
        profile: dict[str, float] = {}
        for n in paragraphs:
            for u in reading.by_paragraph.get(n, ()):
                if not u.eligible:
                    continue
                for k, v in u.themes.items():
                    profile[k] = profile.get(k, 0.0) + v
        return profile

    def _top_themes(self, reading: Reading, paragraphs: Sequence[int], n: int = 2) -> list[str]:
        return self._ranked_themes(reading, self._theme_profile(reading, paragraphs), n)

    @staticmethod
    def _ranked_themes(reading: Reading, profile: dict[str, float], n: int) -> list[str]:
        """The ``n`` heaviest themes of a profile, those at least half as heavy as the first."""
        order = {t.key: i for i, t in enumerate(reading.tax.themes)}
        ranked = sorted(profile, key=lambda k: (-profile[k], order.get(k, 99)))
        if not ranked:
            return []
        return [k for k in ranked[:n] if profile[k] >= 0.5 * profile[ranked[0]]]

    @staticmethod
    def _topic_profile(
        reading: Reading, weighted: Sequence[tuple[Unit, float]]
    ) -> dict[str, tuple[float, int]]:
        """Topic -> (weighted mentions, index of the first mention) over some sentences."""
        out: dict[str, tuple[float, int]] = {}
        weights = {t.key: t.weight for t in reading.tax.topics}
        for u, w in weighted:
            for key, h in reading.topic_hits(u).items():
                value, first = out.get(key, (0.0, u.index))
                out[key] = (value + min(h, 3) * weights[key] * w, min(first, u.index))
        return out

    def _top_topics(
        self, reading: Reading, weighted: Sequence[tuple[Unit, float]], n: int, lang: str
    ) -> list[str]:
        profile = self._topic_profile(reading, weighted)
        ranked = sorted(profile, key=lambda k: (-profile[k][0], profile[k][1]))
        if not ranked:
            return []
        top = profile[ranked[0]][0]
        keep = sorted((k for k in ranked[:n] if profile[k][0] >= 0.5 * top), key=lambda k: profile[k][1])
        titles = {t.key: t for t in reading.tax.topics}
        return [titles[k].title(lang) for k in keep]

    def _segment_title(self, reading: Reading, seg: Sequence[int], lang: str) -> str:
        """ "Jeremy Rakusin: FirstService Residential revenue and EBITDA": who speaks, then what the
        passage is about (``summarize.about``), else its taxonomy topics or themes."""
        units = [u for u in self._units(reading, seg) if u.eligible and not u.noise]
        weighted = [(u, 0.5 + min(reading.score(u), 1.5)) for u in units]
        topic = about.about(reading, weighted, lang, PREPARED_TOPICS)
        topics = [] if topic else self._top_topics(reading, weighted, PREPARED_TOPICS, lang)
        if topic:
            pass
        elif topics:
            topic = join_titles(topics, lang)
        else:
            themes = [_lower(reading.tax.by_key(k).title(lang)) for k in self._top_themes(reading, seg, 1)]
            topic = join_titles(themes, lang) if themes else _title("remarks", lang)
        # The speaker who says most of what is worth saying in the segment names it.
        weight: dict[str, int] = {}
        for u in units:
            if u.speaker:
                weight[u.speaker] = weight.get(u.speaker, 0) + u.length
        who = max(sorted(weight), key=lambda k: weight[k], default=None)
        name = speaker_name(reading.doc, who, lang)
        if name:
            return _labelled(name, topic, lang)
        return _capitalised(topic) if lang == "en" else topic

    def _qa_title(self, reading: Reading, pair: QAPair, asks: Sequence[Unit], lang: str) -> str:
        """ "Q&A: Century Fire growth and investment": what was asked."""
        topic = self._asked(reading, pair, asks, lang, QUESTION_TOPICS)
        if not topic:
            return _labelled(_title("qa", lang), self._asker(reading.doc, pair, lang), lang)
        return _labelled(_title("qa", lang), topic, lang)

    def _question_weights(self, reading: Reading, pair: QAPair, asks: Sequence[Unit]) -> list[tuple[Unit, float]]:
        """The asks of a question, its opening sentence (which often names the subject: "I wanted
        to get your perspective on the labor market."), and a little of the rest of the turn."""
        asked = {u.index for u in asks}
        question = [u for u in self._units(reading, pair.question) if not u.noise]
        opening = next((u.index for u in question if not u.pleasantries and u.length >= 4), None)
        rest = [(u, 1.0 if u.index == opening else 0.4) for u in question if u.index not in asked]
        return [(u, 1.0) for u in asks] + rest

    def _asked_topics(self, reading: Reading, pair: QAPair, asks: Sequence[Unit], lang: str, k: int) -> str:
        """A question's topics from the taxonomy (more than one mention), else its themes."""
        weighted = self._question_weights(reading, pair, asks)
        profile = self._topic_profile(reading, weighted)
        if profile and max(v for v, _ in profile.values()) > 1.0:
            found = self._top_topics(reading, weighted, k, lang)
            if found:
                return join_titles(found, lang)
        themes = [_lower(reading.tax.by_key(t).title(lang)) for t in self._top_themes(reading, pair.question, 1)]
        return themes[0] if themes else ""

    def _asker(self, doc: Document, pair: QAPair, lang: str) -> str:
        name = speaker_name(doc, pair.asker, lang)
        if name is None:
            return _title("analyst", lang)
        sp = doc.speakers_by_id.get(pair.asker or "")
        if sp is not None and sp.affiliation:
            firm = firm_name(sp.affiliation, lang)
            firm = firm if lang == "en" else to_script(firm, lang)
            return f"{name} ({firm})" if lang == "en" else f"{name}（{firm}）"
        return name

    def _segments(self, reading: Reading, paragraphs: Sequence[int]) -> list[list[int]]:
        """Prepared remarks (or an article) cut into topics: at speaker changes and theme shifts."""
        doc = reading.doc
        segments: list[list[int]] = []
        current: list[int] = []
        current_theme: str | None = None
        current_profile: dict[str, float] = {}  # (kept as paragraphs join: a long run stays linear)
        for n in paragraphs:
            p = doc.paragraph(n)
            own = self._theme_profile(reading, [n])
            themes = self._ranked_themes(reading, own, 1)
            theme = themes[0] if themes else None
            new_speaker = bool(current) and doc.paragraph(current[-1]).speaker != p.speaker
            shift = (
                bool(current)
                and theme is not None
                and current_theme is not None
                and theme != current_theme
                and len(current) >= 2
            )
            if new_speaker or shift:
                segments.append(current)
                current, current_theme, current_profile = [], None, {}
            current.append(n)
            for u in reading.by_paragraph.get(n, ()):  # (unit by unit, the sums of _theme_profile)
                if u.eligible:
                    for k, v in u.themes.items():
                        current_profile[k] = current_profile.get(k, 0.0) + v
            if current_theme is None:
                current_theme = theme
            elif theme is not None:
                top = self._ranked_themes(reading, current_profile, 1)
                current_theme = top[0] if top else current_theme
        if current:
            segments.append(current)
        # A segment with nothing worth saying (a disclaimer, a greeting, IR's introductions) joins
        # the next one.
        merged: list[list[int]] = []
        carry: list[int] = []
        for seg in segments:
            if not any(
                u.eligible and (u.facts or u.themes) and u.role_weight > 0.6
                for n in seg
                for u in reading.by_paragraph.get(n, ())
            ):
                carry.extend(seg)
                continue
            merged.append(carry + seg)
            carry = []
        if carry and merged:
            merged[-1].extend(carry)
        # Too many small segments: join the adjacent pair with the same speaker and fewest paragraphs.
        while len(merged) > MAX_PREPARED_CHAPTERS:
            same = [
                i
                for i in range(len(merged) - 1)
                if doc.paragraph(merged[i][-1]).speaker == doc.paragraph(merged[i + 1][0]).speaker
            ] or list(range(len(merged) - 1))
            best_i = min(same, key=lambda i: (len(merged[i]) + len(merged[i + 1]), i))
            merged[best_i : best_i + 2] = [merged[best_i] + merged[best_i + 1]]
        return merged

    # ----------------------------------------------------------------- Q&A
    def _qa(self, reading: Reading, gister: Gister, pair: QAPair, lang: str) -> MinutesQA:
        doc = reading.doc
        units = self._units(reading, pair.question)
        asks = gister.asks(units)
        question = gister.question(units)
        answer_units = self._units(reading, [n for a in pair.answers for n in a.paragraphs])
        answer = gister.answer(asks, answer_units)
        answerers = tuple(
            dict.fromkeys(n for n in (speaker_name(doc, a.speaker, lang) for a in pair.answers) if n)
        )
        topic = self._asked(reading, pair, asks, lang, QUESTION_TOPICS)
        return MinutesQA(
            question=self._question(question, pair, reading, asks, lang),
            answer=self._answer(answer, lang) if answer else Statement("", (), None),
            asker=speaker_name(doc, pair.asker, lang),
            answerers=answerers,
            topic=topic,
        )

    def _question(
        self, question: Sequence[Unit], pair: QAPair, reading: Reading, asks: Sequence[Unit], lang: str
    ) -> Statement:
        """The asks quoted; in the other language, what was asked about written in the output
        language, the asks kept as its quote."""
        assert self._writer is not None
        if not question:
            return Statement("", tuple(pair.question), None)
        quoted = self._writer.quote(question)
        if not any(self._writer.foreign(u) for u in question):
            return quoted
        about = self._asked(reading, pair, asks, lang, ASKED_TERMS)
        if not about:
            return quoted
        text = f"Asked about {about}." if lang == "en" else f"{to_script('提问涉及', lang)}{about}。"
        source = "".join(u.text for u in sorted(question, key=lambda u: u.index))
        # the asker's own figures are not restated: the quote leaves their clauses out
        return Statement(text, quoted.citations, lang, quote=trim_quote(source, text) or None)

    def _asked(self, reading: Reading, pair: QAPair, asks: Sequence[Unit], lang: str, k: int) -> str:
        """What a question is about, in ``lang``: the business line and topics of its asks
        (``summarize.about``), else its taxonomy topics or themes."""
        found = about.about(reading, self._question_weights(reading, pair, asks), lang, k)
        return found or self._asked_topics(reading, pair, asks, lang, k)

    def _answer(self, units: Sequence[Unit], lang: str) -> Statement:
        """The answer gist, each speaker named before what they said: sentences in the output
        language as they are, others written in it where they can be (their source kept as the
        quote); an answer none of whose sentences can be written stays a quote."""
        w = self._writer
        assert w is not None
        doc = w.reading.doc
        units = sorted(units, key=lambda u: u.index)
        parts: list[tuple[str | None, Statement]] = []
        said: list[str] = []
        for u in units:
            if w.foreign(u):
                st = w.written(u)
                if st is None:
                    continue
                # a restatement already made, maybe with its horizon ("... will turn profitable.")
                if any(x.startswith(st.text.rstrip(".。")) for x in said):
                    continue
            else:
                st = w.statement(u)
            said.append(st.text)
            parts.append((u.speaker, st))
        if not parts:  # nothing could be written: the answer's words without figures, quoted
            plain = [u for u in units if not w.has_figures(u)]
            return w.quote(plain) if plain else Statement("", (), None)
        texts: list[str] = []
        last: str | None = None
        for speaker, st in parts:
            name = speaker_name(doc, speaker, lang) if speaker and speaker != last else None
            last = speaker
            if name:
                texts.append(f"{name}: " if lang == "en" else f"{name}：")
            texts.append(st.text + (" " if lang == "en" else ""))
        text = "".join(texts).strip()
        foreign = any(w.foreign(u) for u in units)
        # the source of what was written, each sentence as its statement quotes it (no figure the
        # statement does not state); sentences in the output language are the statement itself
        sep = "" if units[0].chinese else " "
        quote = sep.join(st.quote or st.text for _, st in parts) if foreign else None
        figures: list[Figure] | None = []
        for _, st in parts:
            if st.figures is not None and figures is not None:
                figures.extend(st.figures)
            elif parse_numbers(st.text):
                figures = None  # a part that states figures without asserting them
        cites = tuple(sorted({c for _, st in parts for c in st.citations}))  # what is said, not what was left out
        lang_out = lang if foreign else parts[0][1].lang
        return Statement(text, cites, lang_out, quote=quote, figures=tuple(figures) if figures else None)
