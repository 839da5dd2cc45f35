"""Data-to-text: key figures (facts) realised as sentences in the output language, with citations.

A highlight is built only from a fact's normalised value and the glossary's display names, so an
English reader of a Chinese call reads "RMB 380 billion" where the call said 3800亿 — and the
verifier then checks every printed number against the cited paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from finbrief.model import Document, Fact, Statement
from finbrief.summarize.names import _load, company_names, en_metric, segment_names, term
from finbrief.summarize.text import to_script
from finbrief.summarize.themes import Taxonomy, taxonomy
from finbrief.verify import quarter_mentions

CURRENCIES_EN = {"CNY": "RMB ", "USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£", "JPY": "¥"}
CURRENCIES_ZH = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元"}
SCALES_EN = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
SCALES_ZH = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
MAX_DECIMALS = 3
# Guidance and plans weigh more than a result of the same metric: an analyst models from them.
FORWARD_BONUS = 1.25
# A late mention weighs a little less than an early one.
LEAD_BONUS = 0.2
FORWARD_SUFFIXES = (" guidance", " target", " plan", " outlook")
_RATIO_HINTS = ("margin", "rate", "ratio", "penetration", "yield", "return on")
_LOSS_METRICS = ("income", "profit", "earnings", "ebita", "ebitda", "ebit", "eps", "earnings per share")
_FLOW_METRICS = ("cash flow", "net flows")


def _decimals(x: float, limit: int = MAX_DECIMALS) -> int | None:
    """Fewest decimals (up to ``limit``) that write ``x`` exactly; None when more are needed."""
    for d in range(limit + 1):
        if abs(round(x, d) - x) <= 1e-9 * max(1.0, abs(x)):
            return d
    return None


def _plain(x: float, commas: bool, limit: int = MAX_DECIMALS) -> str:
    d = _decimals(x, limit)
    d = limit if d is None else d
    s = f"{x:,.{d}f}" if commas else f"{x:.{d}f}"
    return s


def _scaled(value: float, scales: Sequence[tuple[float, str]], commas: bool) -> str:
    """A number with the largest scale word that still writes it exactly in few decimals."""
    v = abs(value)
    for size, word in scales:
        if v >= size and _decimals(v / size) is not None:
            sep = "" if not word.isascii() else " "
            return f"{_plain(v / size, commas)}{sep}{word}"
    return _plain(v, commas)


def format_amount(value: float, unit: str, lang: str) -> str:
    """A value in base units as written for ``lang``: RMB 38.6 billion / 386亿元 / 26% / 1.2 percentage points."""
    zh = lang.startswith("zh")
    v = abs(value)
    if unit == "%":
        return f"{_plain(v, False)}%"
    if unit == "pp":
        return f"{_plain(v, False)}个百分点" if zh else f"{_plain(v, False)} percentage points"
    if unit == "bps":
        return f"{_plain(v, False)}个基点" if zh else f"{_plain(v, False)} basis points"
    if unit == "x":
        return f"{_plain(v, False)}倍" if zh else f"{_plain(v, False)}x"
    if zh:
        number = _scaled(v, SCALES_ZH, commas=False)
        if unit == "count":
            return number
        return number + CURRENCIES_ZH.get(unit, unit)
    if unit == "count":
        return _scaled(v, SCALES_EN, commas=True)
    # Per-share and small amounts stay plain, in cents ($0.83, $3.10); larger ones get a scale word.
    if v < 1000:
        d = _decimals(v, 4)
        number = f"{v:,.{max(2, 4 if d is None else d)}f}"
    elif v < 1e6:
        number = _plain(v, True, limit=4)
    else:
        number = _scaled(v, SCALES_EN, commas=True)
    prefix = CURRENCIES_EN.get(unit)
    return f"{prefix}{number}" if prefix else f"{number} {unit}"


@dataclass(frozen=True)
class Record:
    """The facts one sentence states about one subject's metric: a level, a change, or both."""

    subject: str
    metric: str
    level: Fact | None
    growth: Fact | None
    paragraph: int
    order: int
    score: float
    forward: bool = False
    """A plan, target or guidance (a future period), not a result."""
    quarter: int | None = None
    """The quarter the figure is for (1-4) when the document names it, shown as "Q3"."""
    extra: tuple[int, ...] = ()
    """Paragraphs cited for the quarter label when the figure's own paragraph does not name it."""

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(f for f in (self.level, self.growth) if f is not None)

    @property
    def citations(self) -> tuple[int, ...]:
        return tuple(sorted({*(f.paragraph for f in self.facts), *self.extra}))


_PERIOD = re.compile(r"(?:FY)?(\d{4})(?:Q([1-4])|H([12]))?$")


def period_end(period: str | None) -> tuple[int, int] | None:
    """(year, quarter) at which a period ends: 2025Q2 -> (2025, 2), 2025-2027 -> (2027, 4)."""
    if not period:
        return None
    m = _PERIOD.match(period.split("-")[-1].strip())
    if m is None:
        return None
    quarter = int(m.group(2)) if m.group(2) else (2 if m.group(3) == "1" else 4)
    return int(m.group(1)), quarter


def is_forward(fact: Fact, doc_period: Callable[[], str | None]) -> bool:
    """Guidance, or a plan for a period that ends after the one the document reports on."""
    if fact.metric.endswith(FORWARD_SUFFIXES):
        return True
    if _metric_kinds().get(fact.metric) != "plan" and fact.metric not in _forward_metrics():
        return False
    end = period_end(fact.period)
    if end is None:
        return False
    now = period_end(doc_period())
    if end is None:
        return False
    return now is None or end > now


@cache
def _forward_metrics() -> frozenset[str]:
    return frozenset(m["name"] for m in _load("metrics.yaml").get("metrics") or () if m.get("forward"))


@cache
def _monetary_metrics() -> frozenset[str]:
    return frozenset(m["name"] for m in _load("metrics.yaml").get("metrics") or () if m.get("monetary"))


_PER_SHARE = ("eps", "per share", "dividend", "ffo", "funds from operations")
_MONEY_UNITS = frozenset(CURRENCIES_EN)


def _usable(f: Fact) -> bool:
    """A fact a highlight can state plainly: digits in the source, a unit and size that fit the metric.

    The facts stage attributes figures by nearby words; these checks keep an implausible pairing
    (EPS of $645 million, revenue of 30 basis points) out of a highlight rather than print it.
    """
    if not any(ch.isdigit() for ch in f.raw or f.evidence):
        return False  # "三位数增长", "triple-digit": no figure to print
    base = f.metric
    for suffix in FORWARD_SUFFIXES:
        base = base.removesuffix(suffix)
    low = base.lower()
    if f.unit in ("count", "number"):
        return base not in _monetary_metrics()
    if f.unit in ("pp", "bps"):
        return is_ratio(base)
    if f.unit == "x":
        return is_ratio(base) or any(k in low for k in ("ratio", "leverage", "coverage", "multiple"))
    if f.unit in _MONEY_UNITS:
        if is_ratio(base):
            return False
        per_share = any(k in low for k in _PER_SHARE)
        size = abs(f.value_high if f.value_high is not None else f.value)
        return size < 1000 if per_share else size >= 100_000
    return True


_PER_SHARE_AFTER = re.compile(
    r"^\s*(?:per|a|/)\s*(?:diluted\s+|basic\s+|common\s+|fully\s+diluted\s+)*share", re.I
)
_PER_SHARE_BEFORE = re.compile(
    r"per\s+(?:diluted\s+|basic\s+|common\s+)*share\s*(?:\([^)]*\)\s*)?"
    r"(?:was|were|is|of|at|totaled|came in at|amounted to|:)?\s*(?:approximately\s+|about\s+|a\s+)?$",
    re.I,
)


def per_share(f: Fact, doc: Document) -> Fact:
    """A money figure the text writes per share ("$34.8 million or $0.89 per share") is an EPS figure.

    The facts stage names the metric from the words around a figure; "net income ... or $0.89 per
    share" then reads as net income. This adapter looks at the words right around the number.
    """
    if f.unit not in _MONEY_UNITS or abs(f.value) >= 1000 or not f.raw:
        return f
    low = f.metric.lower()
    if any(k in low for k in _PER_SHARE):
        return f
    text = doc.paragraph(f.paragraph).text
    at = text.find(f.raw, f.start)
    if at < 0 or at > f.end:
        return f
    after, before = text[at + len(f.raw) : at + len(f.raw) + 40], text[max(0, at - 60) : at]
    if not (_PER_SHARE_AFTER.search(after) or _PER_SHARE_BEFORE.search(before)):
        return f
    if "ffo" in low or "funds from operations" in low:
        return f
    adjusted = "adjusted" in low or "non-gaap" in low or re.search(r"adjusted|non-gaap", before, re.I)
    diluted = "diluted" in (after + before).lower()
    metric = "adjusted EPS" if adjusted else "diluted EPS" if diluted else "EPS"
    suffix = next((x for x in FORWARD_SUFFIXES if f.metric.endswith(x)), "")
    return replace(f, metric=metric + suffix)


_BASE_BEFORE = re.compile(
    r"(?:从|由|较|較|相比|对比|對比|去年同期|上年同期|上季度|上一季度|(?<![A-Za-z])(?:from|versus|vs\.?|compared (?:with|to)|"
    r"against|prior[- ]year|last year)(?![A-Za-z]))[^，,。;；!?！？\d]{0,8}$",
    re.IGNORECASE,
)
_YOY = re.compile(r"同比|year[- ]over[- ]year|year on year|\byoy\b|y/y", re.I)
_SEQUENTIAL = re.compile(
    r"上季度|上一季度|环比|環比|sequential|prior quarter|last quarter|previous quarter", re.I
)


def _context(f: Fact, doc: Document) -> tuple[str, str] | None:
    """(text before, text after) the number of a fact in its paragraph, or None if not located."""
    if not f.raw:
        return None
    text = doc.paragraph(f.paragraph).text
    at = text.find(f.raw, f.start)
    if at < 0 or at > f.end:
        return None
    return text[max(0, at - 24) : at], text[at + len(f.raw) : at + len(f.raw) + 24]


def is_base(f: Fact, doc: Document) -> bool:
    """A comparison base ("从上季度的565.4亿元", "from $1.2 billion"): not the figure being reported."""
    ctx = _context(f, doc)
    return ctx is not None and f.change is None and bool(_BASE_BEFORE.search(ctx[0]))


_FORWARD_CUES = re.compile(
    r"\b(?:expect|expects|expected|guidance|guide|outlook|forecast|anticipate|anticipates|project|projects|"
    r"target|targets|will|sees|range of)\b|预计|预期|指引|展望|目标|将",
    re.IGNORECASE,
)


@cache
def _metric_kinds() -> dict[str, str]:
    return {m["name"]: m.get("kind", "result") for m in _load("metrics.yaml").get("metrics") or ()}


@cache
def _ratio_metrics() -> frozenset[str]:
    return frozenset(m["name"] for m in _load("metrics.yaml").get("metrics") or () if m.get("ratio"))


def is_ratio(metric: str) -> bool:
    return metric in _ratio_metrics() or any(h in metric.lower() for h in _RATIO_HINTS)


def main_subject(facts: Sequence[Fact]) -> str | None:
    """The company a document is about: the most frequent subject that is not a segment."""
    counts = Counter(f.subject for f in facts if f.subject not in segment_names())
    return max(sorted(counts), key=lambda s: (counts[s], s in company_names()), default=None)


def _is_level(f: Fact) -> bool:
    return f.change is None and not (f.unit == "%" and not is_ratio(f.metric))


def _is_growth(f: Fact) -> bool:
    return f.unit in ("%", "pp", "bps") and (f.change is not None or not is_ratio(f.metric))


def _sentence_text(doc: Document, n: int, index: int) -> str:
    sentences = doc.paragraph(n).sentences
    return sentences[index].text if index < len(sentences) else doc.paragraph(n).text


def document_quarter(doc: Document, skip: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """(quarter, first paragraph naming it) of the quarter a document's news and remarks name most.

    Questions and answers are left out (they discuss other quarters); a tie goes to the quarter
    named first. None unless the quarter is named at least twice.
    """
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for p in doc.paragraphs:
        if p.role != "text" or p.n in skip or p.section in ("qa", "closing"):
            continue
        for q in quarter_mentions(p.text):
            counts[q] += 1
            first.setdefault(q, p.n)
    if not counts:
        return None
    q = min(counts, key=lambda k: (-counts[k], first[k]))
    return (q, first[q]) if counts[q] >= 2 else None


def records(doc: Document, facts: Sequence[Fact], tax: Taxonomy | None = None) -> list[Record]:
    """Key figures, best first: one record per subject and metric, level and change paired."""
    tax = tax or taxonomy()
    facts = [per_share(f, doc) for f in facts]
    main = main_subject(facts)
    # The period a document reports on: the one most of its figures are about (ranges aside).
    periods = Counter(f.period for f in facts if f.period and "-" not in f.period)
    current = max(sorted(periods), key=lambda p: periods[p], default=None)

    def now() -> str | None:
        return current

    questions = frozenset(n for q in doc.qa for n in q.question)
    quarter = document_quarter(doc, questions)
    sentence_of: dict[tuple[int, int], int] = {}
    for f in facts:
        p = doc.paragraph(f.paragraph) if 1 <= f.paragraph <= len(doc.paragraphs) else None
        if p is None:
            continue
        idx = next((i for i, s in enumerate(p.sentences) if s.start <= f.start < s.end), 0)
        sentence_of[(f.paragraph, f.start)] = idx
    groups: dict[tuple[int, int, str, str], list[Fact]] = {}
    for f in facts:
        if f.paragraph in questions or (f.paragraph, f.start) not in sentence_of or not _usable(f):
            continue
        if is_base(f, doc):
            continue
        sp = doc.speakers_by_id.get(f.speaker) if f.speaker else None
        if sp is not None and sp.side in ("analyst", "operator", "host"):
            continue
        key = (f.paragraph, sentence_of[(f.paragraph, f.start)], f.subject, f.metric)
        groups.setdefault(key, []).append(f)
    out: list[Record] = []
    for (pn, _si, subject, metric), fs in groups.items():
        level = next((f for f in fs if _is_level(f)), None)
        growth = next((f for f in fs if _is_growth(f) and f is not level), None)
        sentence = _sentence_text(doc, pn, sentence_of[(pn, fs[0].start)])
        if (
            growth is not None
            and growth.change == "yoy"
            and _SEQUENTIAL.search(sentence)
            and not _YOY.search(sentence)
        ):
            growth = replace(growth, change="qoq")  # "从上季度的…下降31%": a sequential change
        if level is None and growth is None:
            continue
        first = min(f.start for f in fs)
        section = doc.paragraph(pn).section
        where = {"prepared": 1.0, "intro": 0.95, None: 0.95, "qa": 0.7}.get(section, 0.5)
        if subject == main:
            who = 1.25
        elif subject in segment_names():
            who = 0.9
        elif subject in company_names():
            who = 0.3
        else:
            who = 0.6
        kind = _metric_kinds().get(metric, "result")
        what = tax.metric_weight(metric) * (0.3 if kind in ("market", "macro") else 1.0)
        both = 1.15 if level is not None and growth is not None else 1.0
        ahead = any(is_forward(f, now) for f in fs) or (
            any(f.value_high is not None for f in fs) and bool(_FORWARD_CUES.search(sentence))
        )
        score = what * who * where * both * (FORWARD_BONUS if ahead else 1.0)
        label, extra = None, ()
        if not ahead and current and all(f.period == current for f in fs):
            if quarter and kind not in ("market", "macro"):  # a share price move is not a quarter's result
                label = quarter[0]
                extra = () if label in quarter_mentions(doc.paragraph(pn).text) else (quarter[1],)
        elif not ahead and current:
            continue  # a prior-year or year-to-date figure, whose period the sentence would not say
        score *= 1.0 + LEAD_BONUS * (1.0 - pn / len(doc.paragraphs))
        out.append(
            Record(subject, metric, level, growth, pn, pn * 100000 + first, score, ahead, label, extra)
        )
    # One record per subject, metric and direction (results vs plans), the best-scored, earliest first.
    out.sort(key=lambda r: (-r.score, r.order))
    best: dict[tuple[str, str, bool, bool], Record] = {}
    for r in out:
        best.setdefault((r.subject, r.metric, r.level is None, r.forward), r)
    chosen = sorted(best.values(), key=lambda r: (-r.score, r.order))
    # Drop a growth-only record when the same subject and metric has a record with a level and growth.
    full = {(r.subject, r.metric) for r in chosen if r.level is not None and r.growth is not None}
    return [r for r in chosen if not (r.level is None and (r.subject, r.metric) in full)]


def _qualifier(f: Fact, lang: str) -> str:
    if f.qualifier is None:
        return ""
    if lang.startswith("zh"):
        return {"approx": "约", "over": "超过", "under": "不到"}[f.qualifier]
    return {"approx": "about ", "over": "more than ", "under": "less than "}[f.qualifier]


def _amount(f: Fact, lang: str) -> str:
    """The fact's value (or range) with its qualifier, in ``lang``."""
    text = _qualifier(f, lang) + format_amount(f.value, f.unit, lang)
    if f.value_high is not None:
        high = format_amount(f.value_high, f.unit, lang)
        text = f"{_qualifier(f, lang)}{format_amount(f.value, f.unit, lang)}" + (
            f"至{high}" if lang.startswith("zh") else f" to {high}"
        )
    return text


def _subject(r: Record, main: str | None, lang: str) -> str:
    if lang == "en":
        return "" if r.subject == main else term(r.subject, lang) + " "
    return term(r.subject, lang)


def realise(r: Record, main: str | None, lang: str) -> Statement:
    """One record as a sentence in ``lang`` (``en``, ``zh-Hans`` or ``zh-Hant``)."""
    text = _realise_zh(r, main) if lang.startswith("zh") else _realise_en(r, main)
    if lang == "zh-Hant":
        text = to_script(text, lang)
    return Statement(text, r.citations, lang)


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:] if s and not s[:1].isupper() else s


def _realise_en(r: Record, main: str | None) -> str:
    subject = _subject(r, main, "en")
    small = r.level is not None and r.level.unit in _MONEY_UNITS and abs(r.level.value) < 1000
    metric = en_metric(r.metric, per_share=small)
    for suffix in FORWARD_SUFFIXES:
        if metric.endswith(suffix):
            metric = metric[: -len(suffix)]
    label = f"Q{r.quarter} " if r.quarter else ""
    head = f"{label}{subject}{metric}"
    lvl, gr = r.level, r.growth
    if r.forward:
        verb = "plans" if _metric_kinds().get(r.metric) == "plan" else "expects"
        who = _capitalise(term(r.subject, "en"))
        if r.subject == main and who.lower() in ("company", "the company"):
            who = "The company"
        if lvl is not None:
            return f"{who} {verb} {metric} of {_amount(lvl, 'en')}."
        if gr is not None:
            move = "rise" if gr.value >= 0 else "fall"
            return f"{who} expects {metric} to {move} {_amount(gr, 'en')}."
    if gr is not None:
        change = {"yoy": " year on year", "qoq": " quarter on quarter"}.get(gr.change or "", "")
        verb = "rose" if gr.value >= 0 else "fell"
        if gr.unit == "%" and is_ratio(r.metric) and gr.change is None:
            verb = "was"
        growth = f"{verb} {_amount(gr, 'en')}{change}"
        if lvl is not None:
            return _capitalise(f"{head} {growth} to {_amount(lvl, 'en')}.")
        return _capitalise(f"{head} {growth}.")
    assert lvl is not None
    low = r.metric.lower()
    if lvl.value < 0 and any(m in low for m in _FLOW_METRICS):
        return _capitalise(f"{head} was an outflow of {_amount(lvl, 'en')}.")
    if lvl.value < 0 and any(m in low for m in _LOSS_METRICS):
        return _capitalise(f"{head} was a loss of {_amount(lvl, 'en')}.")
    if lvl.value < 0:
        return _capitalise(f"{head} fell by {_amount(lvl, 'en')}.")
    verb = "reached" if lvl.unit == "count" else "was"
    return _capitalise(f"{head} {verb} {_amount(lvl, 'en')}.")


def _realise_zh(r: Record, main: str | None) -> str:
    subject = _subject(r, main, "zh-Hans")
    metric = term(r.metric, "zh-Hans")
    label = f"{'一二三四'[r.quarter - 1]}季度" if r.quarter else ""
    head = label + (metric if metric.startswith(subject) else f"{subject}{metric}")
    lvl, gr = r.level, r.growth
    if r.forward and lvl is not None:
        verb = "计划" if _metric_kinds().get(r.metric) == "plan" else "预计"
        return f"{subject}{verb}{metric}{_amount(lvl, 'zh-Hans')}。"
    if r.forward and gr is not None:
        move = "增长" if gr.value >= 0 else "下降"
        return f"{subject}预计{metric}{move}{_amount(gr, 'zh-Hans')}。"
    if gr is not None:
        change = {"yoy": "同比", "qoq": "环比"}.get(gr.change or "", "")
        verb = "增长" if gr.value >= 0 else "下降"
        if gr.unit == "%" and is_ratio(r.metric) and gr.change is None:
            return f"{head}为{_amount(gr, 'zh-Hans')}。"
        growth = f"{change}{verb}{_amount(gr, 'zh-Hans')}"
        if lvl is not None:
            return f"{head}{growth}至{_amount(lvl, 'zh-Hans')}。"
        return f"{head}{growth}。"
    assert lvl is not None
    low = r.metric.lower()
    if lvl.value < 0 and any(m in low for m in _FLOW_METRICS):
        return f"{head}为净流出{_amount(lvl, 'zh-Hans')}。"
    if lvl.value < 0 and any(m in low for m in _LOSS_METRICS):
        return f"{head}为亏损{_amount(lvl, 'zh-Hans')}。"
    if lvl.value < 0:
        return f"{head}减少{_amount(lvl, 'zh-Hans')}。"
    verb = "达到" if lvl.unit == "count" else "为"
    return f"{head}{verb}{_amount(lvl, 'zh-Hans')}。"


# Each further highlight of a metric already shown weighs this much less (segment revenue lines
# must not crowd out capex, buybacks and guidance).
REPEAT_DISCOUNT = 0.85


def highlights(doc: Document, facts: Sequence[Fact], lang: str, k: int = 8) -> list[Statement]:
    """The ``k`` key figures of a document as sentences in ``lang``, best first, metrics varied."""
    main = main_subject(facts)
    pool = records(doc, facts)
    out: list[Statement] = []
    seen: set[str] = set()
    said: set[tuple[str, float, str]] = set()
    shown: Counter[str] = Counter()
    while pool and len(out) < k:
        best = max(pool, key=lambda r: (r.score * REPEAT_DISCOUNT ** shown[r.metric], -r.order))
        pool.remove(best)
        values = {(best.subject, f.value, f.unit) for f in best.facts}
        if values <= said:  # the same figures under another metric name ("EPS" and "diluted EPS")
            continue
        st = realise(best, main, lang)
        if st.text in seen:
            continue
        seen.add(st.text)
        said |= values
        shown[best.metric] += 1
        out.append(st)
    return out
