"""Attribution: which subject, metric, change, period and evidence a figure belongs to.

Works on the analysis view of each paragraph (simplified script, ASCII digits, same offsets as the
original text) with the lexicons of ``finbrief.facts.lexicon``. The rules, in the order tried:

- metric: the nearest metric word before the figure in its clause, else the nearest after it
  in the clause ("投入3800亿元用于AI资本开支"), else the nearest in the earlier clauses of the
  sentence when the figure's clause only continues it ("…收入达1,401亿元,同比增长10%"), else a
  weak metric word ("投入", "invest"), else the counter ("1.2亿单" counts orders). A figure with
  no metric is not a fact.
- subject: the nearest subject named in the figure's clause (or between the figure and a metric
  after it), else the one the metric implies ("88VIP会员"), else the nearest in the earlier
  clauses of the sentence (skipping subjects inside adverbials like "在…后", "随着…"), else the
  subject carried from earlier sentences and paragraphs of the same speaker, else the document's
  company. "该板块/该分部/this segment" stand for the last subject named. Company-wide metrics
  (capex, free cash flow, EPS) belong to the company unless a segment is named in their clause.
- change: ``yoy``/``qoq`` from markers around a growth figure (同比/YoY/year-over-year,
  环比/QoQ/sequentially); an unmarked growth figure of a reported result for the document's
  quarter is YoY only when the document says growth rates are YoY unless noted, or marks its
  growth as YoY at least twice and at least twice as often as QoQ (documented choice); a figure
  against a named base ("较4月") has none; a margin's % is a level.
- lists: in "A and B grew 10% and 34% respectively" the i-th figure takes the i-th subject and
  metric named before the list; in a history list ("2023年一季度至2024年三季度…分别为-3%、4%…")
  the i-th figure takes the i-th quarter of the span.
- comparison bases ("较上季度的565.4亿元", "from 18% in the previous quarter") are facts of the
  period named with them, and dropped when none is; a metric named with an exclusion
  ("不包括…", "excluding …") becomes "<metric> (excluding items)".
- a loss amount is the negative of the income it is a loss of ("net loss of $3 million" ->
  net income -3e6); "losses narrowed 20%" stays a loss metric with -20 (the loss fell 20%).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from finbrief.facts import lexicon as lx
from finbrief.facts import numbers, periods
from finbrief.facts.lexicon import Metric, SubjectEntry
from finbrief.facts.numbers import NumberMention
from finbrief.facts.periods import PeriodContext, PeriodMention
from finbrief.facts.text import document_views
from finbrief.model import Change, Document, Fact, Paragraph

__all__ = ["document_company", "extract", "yoy_by_default"]

_SENTENCE = re.compile(r"[。！？!?；;]+|\n|(?<=[a-z0-9%)”\"])\.(?=\s+[A-Z“\"(]|\s*$)")
_CLAUSE = re.compile(
    r"[，：；;。！？!?\n]|,(?!\d{3}(?!\d))|:(?!\d)|—|\s-\s|(?<=[a-z0-9%)”\"])\.(?=\s+[A-Z“\"(]|\s*$)"
)
_MASK = re.compile(
    r"在[^，,。；;]{1,24}?(?:之后|以后|后|之中|中|时|期间|以来)(?=[，,。；;\s]|$)|随着[^，,。；;]{1,30}|剔除[^，,。；;]{1,24}|"
    r"不包括[^，,。；;]{1,24}|除了?[^，,。；;]{1,24}?(?:之外|以外|外)|得益于[^，,。；;]{1,30}|受益于[^，,。；;]{1,30}|"
    r"(?<![A-Za-z])(?:excluding|excludes|except(?: for)?|driven by|thanks to|due to|compared (?:with|to))[^,;.]{1,60}",
    re.IGNORECASE,
)
_YOY = re.compile(
    r"同比|较去年同期|比去年同期|与去年同期相比|去年同期|去年同季度?|上年同期|较上年|比上年|较去年|比去年|"
    r"(?<![A-Za-z])(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|yoy|y/y|from a year ago|a year ago|year[\s-]ago|"
    r"(?:versus|vs\.?|compared (?:to|with)|over|from|above|against|relative to)\s+(?:the\s+)?(?:last|prior|previous)[\s-]year|"
    r"prior[\s-]year|previous year|last year's|same (?:quarter|period) (?:of |in )?(?:last|the prior|the previous) year)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_QOQ = re.compile(
    r"环比|较上季度|比上季度|较上一季度|较上个季度|"
    r"(?<![A-Za-z])(?:sequential(?:ly)?|quarter[\s-]over[\s-]quarter|quarter[\s-]on[\s-]quarter|qoq|q/q|"
    r"linked[\s-]quarter|(?:from|versus|vs\.?|over|compared (?:to|with)) the (?:prior|previous|last|preceding) quarter)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_YOY_STATED = re.compile(
    r"(?:除非另有说明|除另有说明外|除非特别说明|如无特别说明)[^。]{0,40}同比"
    r"|同比[^。]{0,10}除非另有说明"
    r"|unless (?:otherwise )?(?:stated|noted|specified|indicated)[^.]{0,80}(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|prior[\s-]year|same (?:quarter|period))"
    r"|(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year)[^.]{0,60}unless (?:otherwise )?(?:stated|noted|specified|indicated)",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"增速|增长率|增幅|增长速度|增长(?:加速|加快|放缓|提速)|growth rate|rate of growth|"
    r"(?<![A-Za-z])(?:growth|accelerat\w*|decelerat\w*)(?![A-Za-z])",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"较|相比|对比|(?<![同环占])比|(?<![A-Za-z])(?:compared|versus|vs|than|from|against|relative)(?![A-Za-z])",
    re.IGNORECASE,
)
_LOSS_WORD = re.compile(r"亏损|(?<![A-Za-z])loss(?:es)?(?![A-Za-z])", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
_FIGURES = re.compile(r"-?[$¥￥]?\d[\d,.]*\s?(?:%|亿|万|个百分点)?|[、和及与]|\b(?:and|or)\b")
_CONTINUATION = re.compile(
    r"同比|环比|本季度|本季|单季|全年|分别|均|亦|也|则|仍|已经|已|继续|保持|实现|录得|增长|增加|上升|下降|减少|下滑|提升|提高|"
    r"上涨|增速|增幅|达到|达|为|是|至|到|约|近|接近|超过|超|逾|突破|了|的|其中|较[^，,。]{0,8}|相比[^，,。]{0,8}|"
    r"(?<![同环占])比[^，,。]{0,8}|"
    r"(?<![A-Za-z])(?:up|down|an?|the|increases?|increased|decreases?|decreased|declin\w*|grow\w*|grew|rose|fell|of|by|"
    r"or|and|which|that|was|were|is|are|represent\w*|compared|with|to|from|versus|vs|approximately|about|over|nearly|"
    r"roughly|almost|more|than|year[\s-]over[\s-]year|year[\s-]on[\s-]year|sequentially|respectively|reach\w*|at|"
    r"for|in|this|quarter|last|prior|year|while|also|another|higher|lower|improv\w*|expand\w*|basis|points?|"
    r"percent|or|a|total\w*|bringing|it|its|on|quarter[\s-](?:over|on)[\s-]quarter|q/q|y/y|qoq|yoy|"
    r"sequential\w*)(?![A-Za-z])|[\s()（）.,;:$\-]",
    re.IGNORECASE,
)
_SEGMENT_EN = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)\s+(?:segment|division|business unit|reporting unit)\b"
)
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][A-Za-z.-]+(?:\s+(?:&\s+)?[A-Z][A-Za-z&.-]+){0,2})['’]s\b")


@cache
def _en_stop() -> frozenset[str]:
    """Words that open a capitalised phrase without being part of a segment's name ("By segment")."""
    return frozenset(str(w) for w in lx.load("subjects.yaml").get("segment_name_stopwords", ()))


@cache
def _name_stop() -> frozenset[str]:
    """Capitalised names used in the possessive that are not the company (places, regulators)."""
    return frozenset(str(w) for w in lx.load("companies.yaml").get("not_company_names", ()))


_EVIDENCE_MAX = 60
_AFTER_MAX = 40
"""How far after a figure its metric may be named ("投入3800亿元用于AI资本开支")."""


@dataclass(frozen=True)
class _Hit:
    """A lexicon match in a paragraph's analysis text."""

    start: int
    end: int
    entry: object


@dataclass
class _DocState:
    """What attribution knows about the whole document."""

    company: str | None
    ctx: PeriodContext
    yoy_default: bool
    currency: str
    subjects: lx.Matcher


def _english_names(texts: Sequence[str]) -> Counter[str]:
    """Names an English text uses in the possessive ("Aaron's", "Best Buy's"), counted wherever they occur."""
    names: set[str] = set()
    for text in texts[:80]:
        for m in _NAME_POSSESSIVE.finditer(text):
            words = m.group(1).split()
            while words and words[0] in _en_stop():
                words = words[1:]
            name = " ".join(words)
            if words and name not in _name_stop() and words[0] not in _name_stop() and len(words[0]) > 1:
                names.add(name)
    joined = "\n".join(texts)
    return Counter({name: len(re.findall(r"\b" + re.escape(name) + r"\b", joined)) for name in names})


def document_company(doc: Document, texts: Sequence[str] | None = None) -> str | None:
    """Canonical name of the company ``doc`` is about: the company it names most, if it names one often.

    Known companies (companies.yaml) are counted by alias; an English text may also name an
    unknown company, found as a name it uses in the possessive ("Aaron's").
    """
    if texts is None:
        texts = document_views(doc)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    matcher = lx.company_matcher()
    for n, text in enumerate(texts[:80]):
        for _s, _e, name in matcher.finditer(text):
            counts[name] += 1
            first.setdefault(name, n)
    # an English call names partners and peers too ("Apple-authorized repair"): ask for more
    needed = 3 if doc.language == "en" else 2
    counts = Counter({name: n for name, n in counts.items() if n >= needed})
    if doc.language == "en" or not counts:
        for name, n in _english_names(texts).items():
            if any(e - s == len(name) for s, e, _c in matcher.finditer(name)):
                continue  # a known company's alias, counted above
            if n >= 3 and n > counts.get(name, 0):
                counts[name] = n
                first.setdefault(name, 0)
    if counts:
        return max(counts, key=lambda c: (counts[c], -first[c]))
    return None


def yoy_by_default(texts: Sequence[str]) -> bool:
    """Whether unmarked growth rates in these texts are year over year.

    True when the text says so ("unless otherwise stated, growth rates are year over year"), or
    when it marks growth as YoY at least twice and at least twice as often as QoQ: such a text
    writes its growth rates as YoY and leaves the marker out when it repeats itself.
    """
    yoy = qoq = 0
    for text in texts:
        if _YOY_STATED.search(text):
            return True
        yoy += len(_YOY.findall(text))
        qoq += len(_QOQ.findall(text))
    return yoy >= 2 and qoq * 2 <= yoy


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Consecutive segments of ``text`` cut after each match of ``pattern``."""
    out = []
    start = 0
    for m in pattern.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
            start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out or [(0, len(text))]


def _containing(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The span of ``spans`` containing ``pos``."""
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    return spans[i]


@cache
def _adjusted_modifier() -> re.Pattern[str]:
    """Regex for non-GAAP/adjusted modifiers ending right before a metric word."""
    return re.compile(
        r"(?:" + lx.word_regex("adjusted_modifiers").pattern + r")[\s,，、的]{0,3}$", re.IGNORECASE
    )


@cache
def _exclusion() -> re.Pattern[str]:
    """Regex for words that exclude part of a metric ("不包括", "excluding")."""
    return lx.word_regex("exclusion_markers")


@cache
def _guidance() -> re.Pattern[str]:
    """Regex for words that make a figure a forecast."""
    return lx.word_regex("guidance_markers")


class _Paragraph:
    """One paragraph under analysis: its lexicon hits, sentences, clauses and periods."""

    def __init__(self, text: str, state: _DocState) -> None:
        self.text = text
        self.subjects = [_Hit(s, e, entry) for s, e, entry in state.subjects.finditer(text)]
        if "segment" in text or "division" in text:
            for m in _SEGMENT_EN.finditer(text):
                words = m.group(1).split()
                for i in range(len(words) - 1, -1, -1):
                    if words[i].endswith(("'s", "’s")):
                        words = words[i + 1 :]  # "NovaSky's Industrial segment" names the segment only
                        break
                while words and words[0] in _en_stop():
                    words = words[1:]
                if words:
                    name = " ".join(words) + " " + text[m.end(1) : m.end()].split()[-1]
                    self.subjects.append(_Hit(m.start(1), m.end(), SubjectEntry(name, "segment")))
            self.subjects.sort(key=lambda h: h.start)

    @cached_property
    def metrics(self) -> list[_Hit]:
        """Metric words of the paragraph (computed only for paragraphs with figures)."""
        return [_Hit(s, e, entry) for s, e, entry in lx.metric_matcher().finditer(self.text)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans."""
        return _spans(_SENTENCE, self.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Sentence start offsets, for bisection."""
        return [s for s, _ in self.sentences]

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans (sentences cut at commas, colons and semicolons)."""
        return _spans(_CLAUSE, self.text)

    @cached_property
    def clause_starts(self) -> list[int]:
        """Clause start offsets, for bisection."""
        return [s for s, _ in self.clauses]

    @cached_property
    def masks(self) -> list[tuple[int, int]]:
        """Spans of adverbials whose subjects are not the topic ("在…后", "excluding …")."""
        return [(m.start(), m.end()) for m in _MASK.finditer(self.text)]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Sentence containing ``pos``."""
        return _containing(self.sentences, self.sentence_starts, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        """Clause containing ``pos``; a clause of figures only is joined to the one before."""
        i = max(0, bisect.bisect_right(self.clause_starts, pos) - 1)
        start, end = self.clauses[i]
        head = _FIGURES.sub("", self.text[start:pos])
        if i > 0 and not re.search(r"[A-Za-z\u4e00-\u9fff]", head):
            start = self.clauses[i - 1][0]
        return start, end

    def clause_start(self, pos: int) -> int:
        """Start of the clause containing ``pos``, as written."""
        return self.clauses[max(0, bisect.bisect_right(self.clause_starts, pos) - 1)][0]

    def masked(self, hit: _Hit) -> bool:
        """Whether a hit lies inside an adverbial ("在…后", "excluding …")."""
        return any(a <= hit.start and hit.end <= b for a, b in self.masks)


def _nearest_before(hits: list[_Hit], lo: int, hi: int) -> _Hit | None:
    """Last hit lying within [lo, hi)."""
    best = None
    for h in hits:
        if h.start >= lo and h.end <= hi:
            best = h
        elif h.start >= hi:
            break
    return best


def _outer(text: str, hits: list[_Hit], hit: _Hit) -> _Hit:
    """The metric a parenthesised metric glosses ("调整后息税折旧及摊销前利润(EBITDA)" -> the first)."""
    if text[hit.start - 1 : hit.start] in ("(", "（"):
        for h in hits:
            if h.end == hit.start - 1:
                return h
    return hit


def _first_after(hits: list[_Hit], lo: int, hi: int) -> _Hit | None:
    """First hit lying within [lo, hi)."""
    for h in hits:
        if h.start >= lo and h.end <= hi:
            return h
        if h.start >= hi:
            break
    return None


def _continues(text: str, start: int, pos: int) -> bool:
    """Whether the clause head before a figure only continues the previous clause ("同比增长", "up 5%")."""
    return not _CONTINUATION.sub("", _FIGURES.sub("", text[start:pos])).strip()


class _Extractor:
    """Walks the paragraphs of one document in order, keeping the subject in focus."""

    def __init__(self, doc: Document, texts: tuple[str, ...]) -> None:
        self.doc = doc
        self.texts = texts
        company = document_company(doc, texts)
        comp = lx.company(company) if company else None
        default_currency = (
            comp.currency if comp and comp.currency else ("USD" if doc.language == "en" else "CNY")
        )
        self.state = _DocState(
            company=company,
            ctx=periods.context(doc, texts, company),
            yoy_default=yoy_by_default(texts),
            currency=default_currency,
            subjects=lx.subject_matcher(company),
        )
        self.carry: str | None = None
        self.speaker: str | None = None

    @property
    def company_name(self) -> str:
        """Subject name for the company itself."""
        return self.state.company or "company"

    def _subject_name(self, hit: _Hit, para: _Paragraph) -> str | None:
        """Name a subject hit stands for (resolving references and anaphora)."""
        entry = hit.entry
        assert isinstance(entry, SubjectEntry)
        if entry.kind == "reference":
            return self.company_name
        if entry.kind == "anaphora":
            prior = [h for h in para.subjects if h.end <= hit.start and h.entry.kind != "anaphora"]  # type: ignore[attr-defined]
            if prior:
                return self._subject_name(prior[-1], para)
            return self.carry or self.company_name
        return entry.name

    def run(self) -> list[Fact]:
        """All facts of the document, paragraph by paragraph."""
        facts: list[Fact] = []
        for p, text in zip(self.doc.paragraphs, self.texts, strict=True):
            if p.role in ("speaker_label", "boilerplate", "roster"):
                continue
            if p.speaker != self.speaker:
                self.carry = None
                self.speaker = p.speaker
            facts.extend(self._paragraph(p, text))
        return facts

    def _paragraph(self, p: Paragraph, text: str) -> list[Fact]:
        """Facts of one paragraph; updates the carried subject."""
        mentions = numbers.scan(text)
        if not mentions:
            self._update_carry_all(_Paragraph(text, self.state))
            return []
        para = _Paragraph(text, self.state)
        names = para.subjects + para.metrics
        mentions = [m for m in mentions if not any(h.start < m.end and m.start < h.end for h in names)]
        period_mentions = periods.find_periods(text, self.state.ctx)
        out: list[Fact] = []
        groups = _list_groups(text, mentions)
        paired: list[tuple[int, int]] = []  # (fact index, clause start) of growth rates given as a base
        for idx, m in enumerate(mentions):
            fact = self._fact(p, para, m, self.carry, period_mentions, groups[idx], mentions)
            if fact is None:
                continue
            if m.role == "base" and fact.unit == "%" and fact.change is None:
                paired.append((len(out), para.clause(m.start)[0]))
            out.append(fact)
        for i, c_start in paired:
            # "growth accelerated from 18% last quarter to 26%": the base is the same kind of rate
            later = [
                f for f in out[i + 1 :] if f.unit == "%" and para.clause(f.start)[0] == c_start and f.change
            ]
            if later:
                out[i] = replace(out[i], change=later[0].change)
        self._update_carry_all(para)
        return out

    def _update_carry_all(self, para: _Paragraph) -> None:
        """Carry the last explicit subject of the paragraph into the next."""
        for hit in reversed(para.subjects):
            name = self._subject_name(hit, para)
            if name:
                self.carry = name
                return

    def _carry_at(self, para: _Paragraph, pos: int, carry: str | None) -> str | None:
        """Subject in focus at ``pos``: the last subject named in earlier sentences, else ``carry``."""
        s_start, _ = para.sentence(pos)
        prior = [h for h in para.subjects if h.end <= s_start]
        for hit in reversed(prior):
            name = self._subject_name(hit, para)
            if name:
                return name
        return carry

    def _metric(
        self,
        para: _Paragraph,
        m: NumberMention,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        next_start: int,
    ) -> tuple[_Hit | None, bool]:
        """Metric hit for a figure and whether it lies after the figure."""
        strong = [h for h in para.metrics if not h.entry.weak]  # type: ignore[attr-defined]
        weak = [h for h in para.metrics if h.entry.weak]  # type: ignore[attr-defined]
        c_start, c_end = clause
        after_end = min(c_end, next_start, m.end + _AFTER_MAX)
        hit = _nearest_before(strong, c_start, m.start)
        if hit:
            return _outer(para.text, strong, hit), False
        hit = _first_after(strong, m.end, after_end)
        if hit:
            return hit, True
        continues = _continues(para.text, c_start, m.start)
        if continues:
            hit = _nearest_before(strong, sentence[0], c_start)
            if hit:
                return hit, False
        hit = _nearest_before(weak, c_start, m.start) or _first_after(weak, m.end, after_end)
        if hit:
            return hit, hit.start >= m.end
        if continues:
            hit = _nearest_before(weak, sentence[0], c_start)
            if hit:
                return hit, False
        return None, False

    def _subject(
        self,
        para: _Paragraph,
        m: NumberMention,
        metric: Metric,
        metric_hit: _Hit | None,
        after: bool,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        carry: str | None,
    ) -> tuple[str, _Hit | None]:
        """Subject name for a figure and the hit it came from (None when carried or implied)."""
        c_start, _ = clause
        in_clause = [
            h for h in para.subjects if c_start <= h.start and h.end <= m.start and not para.masked(h)
        ]
        if metric.scope == "company":
            segs = [h for h in in_clause if h.entry.kind == "segment"]  # type: ignore[attr-defined]
            if segs:
                return segs[-1].entry.name, segs[-1]  # type: ignore[attr-defined]
            return self.company_name, None
        if in_clause:
            hit = in_clause[-1]
            return self._subject_name(hit, para) or self.company_name, hit
        if after and metric_hit is not None:
            between = [h for h in para.subjects if m.end <= h.start and h.end <= metric_hit.end]
            if between:
                hit = between[-1]
                return self._subject_name(hit, para) or self.company_name, hit
        if metric.subject:
            return metric.subject, None
        earlier = [h for h in para.subjects if sentence[0] <= h.start and h.end <= c_start]
        plain = [h for h in earlier if not para.masked(h)]
        if plain:
            hit = plain[-1]
            return self._subject_name(hit, para) or self.company_name, hit
        return self._carry_at(para, m.start, carry) or self.company_name, None

    def _fact(
        self,
        p: Paragraph,
        para: _Paragraph,
        m: NumberMention,
        carry: str | None,
        period_mentions: list[PeriodMention],
        group: tuple[int, int],
        mentions: list[NumberMention],
    ) -> Fact | None:
        """The fact for one figure, or None when it measures no known metric."""
        text = para.text
        sentence = para.sentence(m.start)
        clause = para.clause(m.start)
        base_period = None
        if m.role == "base":
            # a comparison base is a fact of its own period when that period is named with it
            base_period = _base_period(text, m, clause, period_mentions)
            if base_period is None:
                return None
        later = [x.start for x in mentions if x.start > m.start]
        next_start = later[0] if later else len(text)
        metric_hit, after = self._metric(para, m, clause, sentence, next_start)
        respective = _respective(para, m, group, sentence, mentions)
        if respective is not None:
            hit = respective[1]
            metric_hit, after = hit or metric_hit, False if hit else after
        metric: Metric | None
        if metric_hit is not None:
            metric = metric_hit.entry  # type: ignore[assignment]
        elif m.counter and m.counter in lx.counters():
            metric = lx.metric_by_name(lx.counters()[m.counter])
        else:
            metric = None
        if metric is None:
            return None
        name = metric.name
        if (
            metric.adjusted
            and metric_hit is not None
            and _adjusted_modifier().search(text[max(0, metric_hit.start - 24) : metric_hit.start])
        ):
            name = metric.adjusted
        if (
            metric_hit is not None
            and not after
            and m.unit == "%"
            and not name.endswith("loss")
            and _LOSS_WORD.search(text, metric_hit.end, m.start)
        ):
            name = f"{name} loss"  # "经调整EBITA亏损收窄20%": the loss narrowed, not the EBITA
        if _exclusion().search(text, max(sentence[0], m.start - 60), m.start):
            name = f"{name} (excluding items)"  # "不包括合并子公司的收入", "revenue excluding divestitures"
        if respective is not None and respective[0] is not None:
            subject = self._subject_name(respective[0], para) or self.company_name
        else:
            subject, _hit = self._subject(para, m, metric, metric_hit, after, clause, sentence, carry)

        value = m.value
        value_high = m.value_high
        unit = m.unit
        role = m.role
        if unit == "count" and metric.monetary and m.counter is None and (m.scale > 1 or m.qualitative):
            unit = self.state.currency
        if metric.loss_of and unit not in ("%", "pp", "bps", "x"):
            # a loss amount is the negative of the income it is a loss of
            name = metric.loss_of
            if value > 0:
                value, value_high = -value, (-value_high if value_high is not None else None)
                if value_high is not None and value_high < value:
                    value, value_high = value_high, value
        c_start = clause[0]
        if unit == "%" and role == "level" and not metric.ratio and _RATE.search(text, c_start, m.start):
            role = "change"  # "增速加快至26%": a growth rate reached 26%
        if metric.ratio and unit == "%" and m.role != "base":
            if role == "change" and not (
                _marker(_YOY, text, c_start, m, next_start) or _marker(_QOQ, text, c_start, m, next_start)
            ):
                role = "level"
            if role == "level" and value < 0 and not m.raw.lstrip().startswith("-"):
                value = -value

        if m.role == "base":
            role = "change" if unit == "%" and _RATE.search(text, c_start, m.start) else "level"
        period = base_period or self._period(
            para, m, sentence, clause, period_mentions, group, metric, mentions
        )
        guidance = _guidance().search(text, sentence[0], m.start) is not None
        if guidance and not metric.forward and metric.kind in ("result",):
            name = f"{name} guidance"
            if not _explicit_period(para, m, sentence, period_mentions):
                period = None

        change: Change | None = None
        if role == "change":
            change = self._change(text, c_start, m, next_start, metric, period)
        qualifier = m.qualifier
        start, end = _evidence_span(para, m, metric_hit, clause, sentence)
        evidence = p.text[start:end]
        if not evidence:
            return None
        return Fact(
            subject=subject,
            metric=name,
            value=value,
            unit=unit,
            paragraph=p.n,
            evidence=evidence,
            start=start,
            end=end,
            change=change,
            period=period,
            qualifier=qualifier,
            speaker=p.speaker,
            value_high=value_high,
            raw=p.text[m.start : m.end],
        )

    def _change(
        self, text: str, c_start: int, m: NumberMention, next_start: int, metric: Metric, period: str | None
    ) -> Change | None:
        """YoY/QoQ for a growth figure, from markers or the document's convention."""
        yoy = _marker(_YOY, text, c_start, m, next_start)
        qoq = _marker(_QOQ, text, c_start, m, next_start)
        if yoy is not None and (qoq is None or yoy <= qoq):
            return "yoy"
        if qoq is not None:
            return "qoq"
        if m.based:
            return None
        if (
            self.state.yoy_default
            and metric.kind == "result"
            and m.unit != "x"
            and period is not None
            and period == self.state.ctx.period
        ):
            return "yoy"
        return None

    def _period(
        self,
        para: _Paragraph,
        m: NumberMention,
        sentence: tuple[int, int],
        clause: tuple[int, int],
        period_mentions: list[PeriodMention],
        group: tuple[int, int],
        metric: Metric,
        mentions: list[NumberMention],
    ) -> str | None:
        """Period of a figure: its list position in a history span, a nearby time expression, or the document's.

        Time expressions that belong to a comparison base ("from 18% in the previous quarter") are
        the base's, not the figure's.
        """
        usable = [
            pm
            for pm in period_mentions
            if not pm.base
            and not (m.start <= pm.start < m.end)
            and not any(
                b.role == "base"
                and b.end <= pm.start <= b.end + 16
                and _BASE_AFTER.fullmatch(para.text, b.end, pm.start)
                for b in mentions
            )
        ]
        in_sentence = [pm for pm in usable if sentence[0] <= pm.start < sentence[1]]
        pos, size = group
        if size > 1:
            spans_before = [pm for pm in in_sentence if pm.quarters and pm.end <= m.start]
            if (
                spans_before
                and len(spans_before[-1].quarters) == size
                and _RESPECTIVELY.search(para.text, sentence[0], sentence[1])
            ):
                return spans_before[-1].quarters[pos]
        c_start, c_end = clause
        before_clause = [pm for pm in in_sentence if c_start <= pm.start and pm.end <= m.start]
        if before_clause:
            return before_clause[-1].period
        # an earlier clause sets the period only when it leads with it ("去年三季度,阿里收入…")
        before = [
            pm for pm in in_sentence if pm.end <= m.start and pm.start - para.clause_start(pm.start) <= 10
        ]
        if before:
            return before[-1].period
        after_clause = [
            pm
            for pm in in_sentence
            if m.end <= pm.start < c_end and not _COMPARED.search(para.text, m.end, pm.start)
        ]
        if after_clause:
            return after_clause[0].period
        return self.state.ctx.period


def _respective(
    para: _Paragraph,
    m: NumberMention,
    group: tuple[int, int],
    sentence: tuple[int, int],
    mentions: list[NumberMention],
) -> tuple[_Hit | None, _Hit | None] | None:
    """Subject and metric of item ``i`` of a "respectively" list: the ``i``-th of as many named before it.

    "CMR and Cloud Intelligence Group saw revenue growth of 10% and 34% respectively": 10% is
    CMR's, 34% the cloud group's. None when the sentence is not such a list.
    """
    pos, size = group
    if size < 2 or not _RESPECTIVELY.search(para.text, sentence[0], sentence[1]):
        return None
    first = mentions[mentions.index(m) - pos].start
    subjects = [h for h in para.subjects if sentence[0] <= h.start and h.end <= first]
    metrics = [h for h in para.metrics if sentence[0] <= h.start and h.end <= first and not h.entry.weak]  # type: ignore[attr-defined]
    subject = subjects[-size:][pos] if len(subjects) >= size else None
    metric = metrics[-size:][pos] if len(metrics) >= size else None
    if subject is None and metric is None:
        return None
    return subject, metric


def _base_period(
    text: str, m: NumberMention, clause: tuple[int, int], period_mentions: list[PeriodMention]
) -> str | None:
    """Period named with a comparison base: "较上季度的565.4亿元", "from 18% in the previous quarter"."""
    for pm in period_mentions:
        if not pm.period or pm.kind not in ("quarter", "year", "month"):
            continue
        before = clause[0] <= pm.start and pm.end <= m.start and not _BASE_GAP.search(text, pm.end, m.start)
        after = m.end <= pm.start <= m.end + 16 and _BASE_AFTER.fullmatch(text, m.end, pm.start)
        if before or after:
            return pm.period
    return None


_BASE_GAP = re.compile(
    r"[，,。；;]|增长|下降|增加|减少|grew|rose|fell|increase|decrease|decline", re.IGNORECASE
)
_BASE_AFTER = re.compile(r"\s*(?:in|for|during|at|of|的)?\s*(?:the\s+)?", re.IGNORECASE)


def _explicit_period(
    para: _Paragraph, m: NumberMention, sentence: tuple[int, int], period_mentions: list[PeriodMention]
) -> bool:
    """Whether the sentence of a figure names a period."""
    return any(sentence[0] <= pm.start < sentence[1] and pm.period for pm in period_mentions)


def _marker(
    pattern: re.Pattern[str], text: str, c_start: int, m: NumberMention, next_start: int
) -> int | None:
    """Distance from a figure to the nearest YoY or QoQ marker around it in its clause, if any."""
    best = None
    for x in pattern.finditer(text, c_start, m.start):
        best = m.start - x.end()
    tail_end = min(next_start, len(text))
    seg = text[m.end : tail_end]
    cut = _MARKER_CUT.search(seg)
    x = pattern.search(text, m.end, m.end + (cut.start() if cut else len(seg)))
    if x is not None:
        d = x.start() - m.end
        best = d if best is None else min(best, d)
    return best


_MARKER_CUT = re.compile(r"[，。；;！？!?]|,(?!\d{3})|以及|(?<![A-Za-z])and(?![A-Za-z])|和", re.IGNORECASE)


def _list_groups(text: str, mentions: list[NumberMention]) -> list[tuple[int, int]]:
    """For each figure: its position in a list of figures ("5%、1%和2%") and the list's size."""
    out: list[tuple[int, int]] = []
    run: list[int] = []

    def flush() -> None:
        """Close the current run of figures."""
        for i, _ in enumerate(run):
            out.append((i, len(run)))
        run.clear()

    for i, m in enumerate(mentions):
        if run and not (
            mentions[run[-1]].unit == m.unit
            and numbers._LIST_GAP.fullmatch(text, mentions[run[-1]].end, m.start)
        ):
            flush()
        run.append(i)
    flush()
    return out


def _evidence_span(
    para: _Paragraph,
    m: NumberMention,
    metric_hit: _Hit | None,
    clause: tuple[int, int],
    sentence: tuple[int, int],
) -> tuple[int, int]:
    """Offsets of a short evidence span: from the metric word (or clause start) through the figure."""
    text = para.text
    start, end = m.start, m.end
    if metric_hit is not None:
        if metric_hit.start < m.start:
            start = metric_hit.start
        else:
            end = max(end, metric_hit.end)
    c_start = clause[0]
    subj = [h for h in para.subjects if c_start <= h.start and h.end <= start]
    if subj and end - subj[-1].start <= _EVIDENCE_MAX:
        start = subj[-1].start
    if start == m.start and c_start < start and end - c_start <= _EVIDENCE_MAX:
        start = c_start
    if end - start > _EVIDENCE_MAX:
        start = max(start, min(m.start, end - _EVIDENCE_MAX))
        if text[start - 1 : start].isalnum() and text.isascii():
            nxt = text.find(" ", start, m.start)
            if nxt != -1:
                start = nxt + 1
    while start < m.start and text[start] in " ,，:：;；、":
        start += 1
    return start, end


def extract(doc: Document) -> list[Fact]:
    """Facts of ``doc`` in paragraph order, then by evidence start."""
    texts = document_views(doc)
    facts = _Extractor(doc, texts).run()
    facts.sort(key=lambda f: (f.paragraph, f.start, f.end))
    return facts
