"""Data-to-text: key figures (facts) realised as sentences in the output language, with citations.

A highlight is built only from a fact's normalised value (printed with the decimals and scale the
source wrote it with) and the glossary's display names, so an English reader of a Chinese call
reads "RMB 380 billion" where the call said 3800亿 — and the verifier then checks every printed
number against the cited paragraphs.

English highlights are written in the register of financial newswires: terse, the quarter first,
no verb for a reported level ("Q3 adjusted earnings per share $0.64.", "Q3 revenue $188.4 million
versus $163.2 million.", "Q3 revenue rose 11.6% to $2.3 billion."), "sees" for guidance ("Sees FY
2023 revenue $2.41 billion to $2.46 billion."). What a figure is — its metric, a comparison base,
guidance, a per-share amount, its period — comes from the facts stage; this module only words it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from finbrief.facts.numbers import bare_dollar, format_amount, written
from finbrief.facts.periods import (
    PeriodContext,
    calendar_to_fiscal,
    find_periods,
    fiscal_to_calendar,
    fiscal_year_span,
    parse_quarter,
)
from finbrief.lexicon import metrics as lexicon_metrics
from finbrief.lexicon import subjects as lexicon_subjects
from finbrief.lexicon.glossary import source_terms
from finbrief.lexicon.themes import Taxonomy, taxonomy
from finbrief.model import Document, Fact, FactSheet, Figure, Statement
from finbrief.summarize.names import company_names, en_metric, segment_names, subject_name, term
from finbrief.summarize.text import en_qualifier, kept_qualifier, said_before, to_script
from finbrief.text.regex import Sifted, anchored
from finbrief.verify import quarter_mentions

# Guidance and plans weigh more than a result of the same metric: an analyst models from them.
FORWARD_BONUS = 1.25
# Candidates for one line scored at least this share of the best are near-equal: the first stated wins.
NEAR_BEST = 0.95
# A figure of the company itself, and one said only in the Q&A, weigh this much.
_COMPANY_WEIGHT = 1.25
_QA_WEIGHT = 0.7
# A late mention weighs a little less than an early one.
LEAD_BONUS = 0.2
# Figures a results headline does not lead with (EBITDA, margins, cash flow...) weigh this much.
OTHER_METRIC = 0.8
FORWARD_SUFFIXES = (" guidance", " target", " plan", " outlook")
_RATIO_HINTS = ("margin", "rate", "ratio", "penetration", "yield", "return on")
_LOSS_METRICS = ("income", "profit", "earnings", "ebita", "ebitda", "ebit", "eps", "earnings per share")
_FLOW_METRICS = ("cash flow", "net flows")
_RATIO_UNITS = ("%", "pp", "bps", "x")


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
    base: Fact | None = None
    """The comparison base stated with the level ("versus $163.2 million"), same unit."""
    period: str = ""
    """How the period of a forward figure is shown ("FY 2022", "Q3"), when the source names it."""
    base_quarter: int | None = None
    """The quarter of ``base`` when it is the quarter before the figure's ("versus $0.57 in the prior quarter")."""
    far: bool = False
    """A target for a year beyond the coming one ("revenues accelerating to $10 billion by 2024" said in
    2021): an ambition, worded as a target, not as the guidance of the year ahead."""
    fiscal: bool = False
    """``quarter`` is the fiscal quarter of a company whose year does not end in December: "fiscal Q3"."""
    fiscal_year: int | None = None
    """The fiscal year shown after a fiscal quarter ("fiscal Q3 2024"), when a cited paragraph names it."""
    dated: bool = False
    """The figure's own sentence names its quarter ("Fourth quarter revenues totaled ...", "in Q4")."""
    measure: str = ""
    """The word the source puts before the metric's name to say which of the company's measures it is
    ("normalized FFO", "economic earnings"), when the metric's own name does not say it."""
    midpoint: bool = False
    """A forward level the source gives as the midpoint of its range ("increasing the midpoint of our full year
    guidance to $7.35 per share", "$0.53 per share at the midpoint"): the line says so, not a single figure expected."""
    end: str = ""
    """"low" or "high" when a forward range is said to be where the figure is expected within it ("at the low end of
    our $3.00 to $3.20 range"): the line says so, not the whole range."""
    unit_words: str = ""
    """The measure a quantity's level is given in, as the source writes it after the figure ("barrels of oil
    equivalent per day", "tons"): printed after the level, which alone would not say how much it is."""
    name: str = ""
    """The subject as the document spells it where a word of it is a name the document capitalises ("Dice",
    "Canada drilling"): a sentence's first word loses its capital in the facts, a name keeps it in the line."""

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(f for f in (self.level, self.growth, self.base) if f is not None)

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


def is_forward(fact: Fact, now: str | None) -> bool:
    """Guidance, or a plan for a period that ends after ``now`` (the period the document reports on)."""
    if fact.metric.endswith(FORWARD_SUFFIXES):
        return True
    if _metric_kinds().get(fact.metric) != "plan" and fact.metric not in _forward_metrics():
        return False
    end = period_end(fact.period)
    if end is None:
        return False
    current = period_end(now)
    return current is None or end > current


def _guidance_of_a_past_period(stated: Sequence[Fact], now: str | None) -> bool:
    """Whether every figure is guidance for a period that ended by the one the document reports on (a
    year's guidance recalled on its fourth quarter's call): the result is known, the guidance is no outlook.
    ``now`` is the fact sheet's period (a quarter), which guidance figures do not sway."""
    current = period_end(now) if parse_quarter(now or "") is not None else None
    if current is None:
        return False
    ends = [period_end(f.period) if f.metric.endswith(" guidance") else None for f in stated]
    return all(end is not None and end <= current for end in ends)


def _forward_metrics() -> frozenset[str]:
    return lexicon_metrics.names_where("forward")


def _headline_metrics() -> frozenset[str]:
    return lexicon_metrics.names_where("headline")


def _headline(metric: str) -> bool:
    """Whether a results headline leads with this metric (metrics.yaml ``headline``), guidance included."""
    return _base_metric(metric) in _headline_metrics()


def _metric_kinds() -> dict[str, str]:
    return lexicon_metrics.kinds()


def _ratio_metrics() -> frozenset[str]:
    return lexicon_metrics.names_where("ratio")


_RATIO_HINT = re.compile(r"(?<![a-z])(?:" + "|".join(_RATIO_HINTS) + r")s?(?![a-z])")
"""A word of a ratio's name, as a whole word: "funds from operations" and "corporate expenses" are amounts."""


def is_ratio(metric: str) -> bool:
    return metric in _ratio_metrics() or _RATIO_HINT.search(metric.lower()) is not None


def _printable(f: Fact) -> bool:
    """A figure a highlight can print: written with digits ("三位数增长" has none to print)."""
    return any(ch.isdigit() for ch in f.raw or f.evidence)


def main_subject(facts: Sequence[Fact]) -> str | None:
    """The company a document is about: its FactSheet's company (as the facts name it), else the
    most frequent subject that is not a segment."""
    company = getattr(facts, "company", None)
    if company and any(f.subject == company for f in facts):
        return str(company)
    if company is None and getattr(facts, "company", 0) is None and any(f.subject == "company" for f in facts):
        return "company"  # a company no lexicon names: the facts call it "company"
    counts = Counter(f.subject for f in facts if f.subject not in segment_names())
    return max(sorted(counts), key=lambda s: (counts[s], s in company_names()), default=None)


def _is_level(f: Fact) -> bool:
    """A level ("revenue $2.3 billion", "margin 16.8%"); percentage points and basis points are
    always a change."""
    return f.change is None and f.unit not in ("pp", "bps") and not (f.unit == "%" and not is_ratio(f.metric))


def _is_growth(f: Fact) -> bool:
    """A change; a percentage of a money metric said without a move ("61% of rent", "at a rate of
    3.5%") is a share or a rate, neither a level nor a change."""
    return f.unit in ("pp", "bps") or (f.unit == "%" and f.change is not None)


def sheet_quarter(facts: Sequence[Fact]) -> int | None:
    """The fiscal quarter (1-4) of the period a fact sheet says its document reports on."""
    period = getattr(facts, "period", None)
    index = parse_quarter(period) if period else None
    if index is None:
        return None
    year_end = getattr(facts, "fiscal_year_end_month", 12)
    for fiscal_year in (index // 4, index // 4 + 1):
        for q in range(1, 5):
            if fiscal_to_calendar(fiscal_year, q, year_end) == index:
                return q
    return None


_THIS_QUARTER = re.compile(
    r"(?<![A-Za-z])(?:(?:the|this|in the|for the|of the) quarter|quarterly)(?![A-Za-z])", re.IGNORECASE
)
_PERIOD_HEADER = re.compile(
    r"(?<![A-Za-z])(?:full[- ]year|fiscal year|for the year|(?:twelve|12|nine|9|six|6) months|first half|"
    r"second half|year[- ]to[- ]date|trailing|annual)(?![A-Za-z])",
    re.IGNORECASE,
)


_YEAR_TOPIC = re.compile(
    r"\s*(?:(?:so|and|overall|now|turning to|looking (?:back )?at)\s*,?\s+)?(?:(?:in|for|during|throughout|over)\s+)?"
    r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:(?:19|20)\d\d|['’]\d\d)(?:\s*,|\s+(?:was|has been|proved|marked|represented|"
    r"results)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""A sentence that opens on a year as its topic ("2021 was a record year for us.", "In fiscal 2021, we
grew ..."): the figures of the sentence after it are that year's."""


_THE_YEAR = re.compile(
    r"(?<![A-Za-z-])(?:(?:the|this|a|our)\s+(?:(?!(?:prior|previous|last|same|past|comparable)\s)[a-z]+\s+){0,2}?year"
    r"(?!\s+(?:ago|earlier|before))|year[- ]end)(?![A-Za-z-])",
    re.IGNORECASE,
)
_YEAR_CLOSED = re.compile(r"(?<![A-Za-z])(?:finish\w*|end(?:ed|ing)?|clos\w*|capp?\w*|wrap\w*)(?![A-Za-z])", re.IGNORECASE)
"""A sentence about the quarter that closes the year ("a strong finish to a record year")."""
"""A sentence about the year ("It was a year of records.", "Let me recap the year."): in a fourth
quarter's report, the figures said next are the year's."""


def _other_period_before(doc: Document, pn: int, si: int, year_end: bool = False) -> bool:
    """Whether the sentence before (in the paragraph, else the last of the speaker's paragraph
    before) turns to another period than a quarter ("Moving on to the results for the last 12
    months ended September 30.") and names no quarter, so that a figure after it is of that period;
    at ``year_end`` (a fourth quarter's report) any sentence about the year does."""
    p = doc.paragraph(pn)
    if si > 0:
        before = p.sentences[si - 1].text
    elif pn > 1 and doc.paragraph(pn - 1).speaker == p.speaker and doc.paragraph(pn - 1).sentences:
        before = doc.paragraph(pn - 1).sentences[-1].text
    else:
        return False
    return (
        bool(_PERIOD_HEADER.search(before) or _YEAR_TOPIC.match(before) or (year_end and _THE_YEAR.search(before) and not _YEAR_CLOSED.search(before)))
        and not quarter_mentions(before)
        and not _THIS_QUARTER.search(before)
        and not _GUIDANCE_SCOPE.search(before)
    )


_GUIDANCE_SCOPE = re.compile(
    r"(?<![A-Za-z])(?:guidance|outlook|forecast|targets?)(?:\s+(?:ranges?|range|of\s+\S+))?\s+for\s+the\s+(?:full\s+|fiscal\s+)?year",
    re.IGNORECASE,
)
"""A year named as the scope of the guidance ("confidence in our increased guidance ranges for the year"): a
look ahead, no turn to the year's results, so the figure after it is still the quarter's."""


_YEAR_RESULTS = re.compile(
    r"(?<![A-Za-z])(?:discuss\w*|review\w*|recap\w*|turn(?:s|ing)? to|look(?:s|ing)? (?:back )?at|start(?:ing)? with|"
    r"begin(?:ning)? with|cover\w*|summariz\w*|highlights? of)\s+(?:(?:our|the|its)\s+)?"
    r"(?:(?:fiscal|full[- ]year|calendar|annual)\s+(?:year\s+)?){0,2}(?:(?:19|20)\d\d|['’]\d\d|year(?:['’]s)?)\s+"
    r"(?:results|performance|financials|numbers)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence announcing the year's results ("First, let's discuss our fiscal '22 results."): the
figures said after it, until a quarter is named, are the year's."""
# How many sentences back a year's announcement still sets the period of a figure no quarter is named for.
YEAR_TOPIC_REACH = 30


_SPAN_RESULTS = re.compile(
    r"(?<![A-Za-z])(?:(?:nine|six|twelve|9|6|12)[\s-]months?\s+(?:ended|ending|results)|"
    r"(?:results|numbers|performance)\s+(?:for|of)\s+(?:the\s+)?(?:nine|six|twelve|9|6|12)[\s-]months?|"
    r"(?:first|1st)[\s-]half\s+(?:results|(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)|year[\s-]to[\s-]date\s+results)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence that turns to the results of a span longer than a quarter ("Moving on to the results for the
nine months ended September 30, 2021.")."""
SPAN_TOPIC_REACH = 8
_THREE_MONTHS = re.compile(r"(?<![A-Za-z])(?:three|3)[\s-]months?(?![A-Za-z])", re.IGNORECASE)


def _span_topic_above(doc: Document, pn: int, si: int) -> bool:
    """Whether, walking back from sentence ``si`` of paragraph ``pn`` through the same speaker's remarks, a
    sentence that turns to a longer span's results (nine months, a half) comes before any naming a quarter:
    the figure, which names no quarter, is that span's."""
    own = doc.paragraph(pn).sentences
    if si < len(own) and _THREE_MONTHS.search(own[si].text):
        return False  # "In the three-month period, we earned $0.10 per share": the quarter's
    speaker = doc.paragraph(pn).speaker
    seen = 0
    n, i = pn, si - 1
    while seen < SPAN_TOPIC_REACH and n >= 1:
        p = doc.paragraph(n)
        if p.speaker != speaker or p.role != "text" or p.section in ("qa", "closing"):
            return False
        if i < 0:
            n -= 1
            i = len(doc.paragraph(n).sentences) - 1 if n >= 1 else -1
            continue
        text = p.sentences[i].text
        if quarter_mentions(text) or _THIS_QUARTER.search(text):
            return False
        if _SPAN_RESULTS.search(text) and not _AHEAD.search(text):
            return True
        seen += 1
        i -= 1
    return False


_YEAR_LEAD = re.compile(
    r"\s*(?:(?:so|and|now|overall|specifically|turning to|looking at)\s*,?\s+)?(?:(?:for|in|during|over|throughout)\s+"
    r"(?:the\s+|our\s+)?(?:(?:full|whole|entire)\s+(?:fiscal\s+)?|fiscal\s+)year|full[\s-]year)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence that opens on the whole year as its topic ("For the full year, we established new records ...",
"Specifically, full year revenues increased to $4.4 billion."), the way ``_YEAR_TOPIC`` does with the year's number."""


_QUARTER_AS_TIME = re.compile(
    r"(?<![A-Za-z])(?:through|since|until|till|ahead of|prior to|(?:by|at|as of) the end of|(?:beginning|start) of)\s+"
    r"(?:the\s+|our\s+|its\s+)?(?:fiscal\s+)?(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))[\s-]+(?:fiscal\s+)?quarter"
    r"|(?<![A-Za-z])(?:through|since|until|till|ahead of|prior to)\s+Q[1-4](?![A-Za-z0-9])",
    re.IGNORECASE,
)
"""A quarter named as a point in time within the year ("higher draws on our line of credit through our fiscal third
quarter"): no turn of the remarks to that quarter's results."""


def _names_a_quarter(text: str) -> bool:
    """Whether a sentence turns to a quarter: names one other than as a point in time, or says "the quarter"."""
    return bool(quarter_mentions(_QUARTER_AS_TIME.sub(" ", text)) or _THIS_QUARTER.search(text))


def _year_topic_above(doc: Document, pn: int, si: int) -> bool:
    """Whether, walking back from sentence ``si`` of paragraph ``pn`` through the same speaker's remarks,
    a sentence that opens on the year or announces its results comes before any sentence naming a
    quarter: in a fourth quarter's report the figure is then the year's, not the quarter's."""
    speaker = doc.paragraph(pn).speaker
    seen = 0
    n, i = pn, si - 1
    while seen < YEAR_TOPIC_REACH and n >= 1:
        p = doc.paragraph(n)
        if p.speaker != speaker or p.role != "text" or p.section in ("qa", "closing"):
            return False
        if i < 0:
            n -= 1
            i = len(doc.paragraph(n).sentences) - 1 if n >= 1 else -1
            continue
        text = p.sentences[i].text
        if _names_a_quarter(text):
            return False
        if (_YEAR_TOPIC.match(text) or _YEAR_LEAD.match(text) or _YEAR_RESULTS.search(text)) and not _AHEAD.search(text):
            return True
        seen += 1
        i -= 1
    return False


_LINE_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|finally|lastly|next)\s*,?\s+)?(?:in|for|within|turning to|moving (?:on )?to|at)\s+(?:our\s+|the\s+)?"
    r"(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3}?)(?:\s+(?:business(?:es)?|segments?|divisions?|units?|"
    r"platforms?|groups?))?\s*,",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"\s*(?:and\s+|so\s+)?(?:with (?:these|this|that|those)|given (?:these|this|that|those)|as a result|as such|therefore|"
    r"accordingly|(?:these|this|that) (?:should|will|would|means?|leads?|translates?)|we (?:now )?(?:expect|anticipate|see|project|forecast|"
    r"believe|are (?:expecting|targeting|projecting|assuming))|(?:it|they) (?:should|will|is expected))(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence that goes on with the one before (it names no subject of its own): "With these dynamics,
we expect ...", "As a result, ...", "We expect ..."."""
_WHOLE_WORDS = re.compile(
    r"(?<![A-Za-z])(?:total|consolidated|overall|company|companywide|company-wide|enterprise|group[\s-]wide|in total|all in)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


def _line_words(facts: Sequence[Fact], main: str | None) -> frozenset[str]:
    """The words naming the business lines the facts give figures to ("human nutrition" -> "nutrition",
    "human nutrition"), lower case; the company's own names left out."""
    own = {n.lower() for n in company_names()} | ({main.lower()} if main else set())
    out: set[str] = set()
    for f in facts:
        name = f.subject.lower()
        if not name or name in own or name in ("company", "industry"):
            continue
        out.add(name)
        out.update(w for w in name.split() if len(w) > 3)
    return frozenset(out)


def _line_lead_before(doc: Document, pn: int, si: int, lines: frozenset[str]) -> bool:
    """Whether the sentence before a figure's (same speaker) opens on one of the business lines ("In
    nutrition, we're expecting ...") and the figure's own sentence names no line and not the whole
    company: the figure is then that line's, whatever subject the sentence leaves unsaid."""
    p = doc.paragraph(pn)
    own = p.sentences[si].text if p.sentences else p.text
    if _WHOLE_WORDS.search(own) or _LINE_LEAD.match(own) or not _GOES_ON.match(own):
        return False
    if si > 0:
        before = p.sentences[si - 1].text
    elif pn > 1 and doc.paragraph(pn - 1).speaker == p.speaker and doc.paragraph(pn - 1).sentences:
        before = doc.paragraph(pn - 1).sentences[-1].text
    else:
        return False
    lead = _LINE_LEAD.match(before)
    return lead is not None and lead.group("name").lower() in lines


_SAYS = re.compile(
    r"(?<![A-Za-z])(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2}?)\s+(?:will|would|should|could|is\s+expected\s+to|"
    r"expects?\s+to|is\s+set\s+to)\s+(?:(?:show|see|deliver|post|generate|grow|produce|report|have)\w*\s+)",
    re.IGNORECASE,
)


def _line_says_before(doc: Document, f: Fact, lines: frozenset[str]) -> bool:
    """Whether one of the business lines is the subject of the verb that states the figure, in the figure's own
    sentence ("restoration will show about 20% revenue growth"): the figure is that line's."""
    head = _sentence_head(doc, f)
    for m in _SAYS.finditer(head):
        words = m.group("name").lower().split()
        if any(" ".join(words[i:]) in lines for i in range(len(words))):
            return True
    return False


_PART_NOUN = r"(?:business(?:es)?|segments?|divisions?|units?|brands?|banners?|subsidiar(?:y|ies))"
_NOT_A_LINE = (
    r"(?!(?:total|overall|entire|whole|consolidated|combined|company|group|corporate|financial|quarterly|"
    r"results?|numbers?|p&l|balance|cash|guidance|outlook|slide|page|our|the|its)\b)"
)
_LINE_TOPICS: tuple[re.Pattern[str], ...] = (
    # a heading sentence that moves to one line: "Turning to the International segment."
    re.compile(
        r"\s*(?:(?:and|so|now|next|finally|lastly)\s*,?\s+)?(?:(?:let\s+me|let's|i'll|i\s+will|we'll)\s+(?:now\s+)?)?"
        r"(?:turn(?:ing)?|mov(?:e|ing)|shift(?:ing)?|switch(?:ing)?|go(?:ing)?|com(?:e|ing))\s+(?:now\s+|over\s+)?"
        r"(?:on\s+)?to\s+(?:the\s+|our\s+)?" + _NOT_A_LINE
        + r"(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3}?)(?P<noun>\s+" + _PART_NOUN + r")?\s*[.:]?\s*$",
        re.IGNORECASE,
    ),
    # a sentence whose subject is one line: "Orbit had another standout quarter."
    re.compile(
        r"\s*(?:(?:and|so|now|next|finally|lastly)\s*,?\s+)?(?:the\s+|our\s+)?" + _NOT_A_LINE
        + r"(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2}?)(?P<noun>\s+" + _PART_NOUN + r")?(?:'s|’s)?\s+"
        r"(?:also\s+|again\s+)?(?:had|delivered|saw|posted|reported|generated|achieved|recorded|produced|continued|"
        r"performed|finished|ended|closed|enjoyed|turned\s+in)(?![A-Za-z])",
        re.IGNORECASE,
    ),
    # a sentence about one line's results: "You see these trends generated excellent financial performance in Asset
    # Management.", "we are delivering excellent financial results in Wealth Management, in fact ...", "financial
    # results in Advice & Wealth Management were strong, with ..."
    re.compile(
        r".*(?<![A-Za-z])(?:performance|results?|growth|momentum|trends?|quarter|year)\s+(?:in|at|for|from|across)\s+"
        r"(?:the\s+|our\s+)?(?!(?:all|each|every|both|most|many|several|other|these|those)\b)" + _NOT_A_LINE
        + r"(?P<name>[A-Za-z][\w&'’-]*(?:\s+(?:&\s+)?[A-Za-z][\w&'’-]*){0,3}?)(?P<noun>\s+" + _PART_NOUN + r")?"
        r"(?:\s*[.!]?\s*$|\s*[,;]|\s+(?:were|was|remained)\s+(?:strong|solid|excellent|good|robust|healthy)\b)",
        re.IGNORECASE,
    ),
)
LINE_TOPIC_REACH = 3


def _proper(name: str) -> bool:
    """Whether a name is written as a business's proper name: two words or more, each capitalised ("Advice &
    Wealth Management"), where one line's results are said to be strong though the facts give it no figure."""
    words = [w for w in name.split() if w != "&"]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _bare(sentence: str, main: str) -> bool:
    """Whether a sentence names no subject of its own: no capitalised name past its first word (a
    quarter, a month or a year aside), not the whole company, not the company by name."""
    if _WHOLE_WORDS.search(sentence) or main.lower() in sentence.lower():
        return False
    words = re.findall(r"(?<![\w'’-])[A-Z][\w&'’-]*", sentence)
    return all(_NOT_A_PART.match(w) for w in words[1:] if not re.match(r"(?:I|I'm|I've|I'll|We|Our)\b", w))


def _line_topic_before(doc: Document, pn: int, si: int, lines: frozenset[str], main: str) -> bool:
    """Whether a result's sentence, naming no subject of its own ("Revenue increased 89% to $297
    million."), follows a sentence that makes one business line the topic ("Orbit had another
    standout quarter.", "Turning to the International segment."), with only such bare sentences
    between (same speaker): the figure is that line's, not the company's."""
    p = doc.paragraph(pn)
    own = p.sentences[si].text if p.sentences else p.text
    if not _bare(own, main):
        return False
    seen = 0
    while seen < LINE_TOPIC_REACH:
        if si > 0:
            si -= 1
        else:
            before_p = doc.paragraph(pn - 1) if pn > 1 else None
            if before_p is None or before_p.speaker != p.speaker or not before_p.sentences:
                return False
            pn, p, si = pn - 1, before_p, len(before_p.sentences) - 1
        before = p.sentences[si].text if p.sentences else p.text
        for rx in _LINE_TOPICS:
            m = rx.match(before)
            if m is not None:
                name = m.group("name").lower()
                named = m.group("noun") is not None or name in lines or (rx is _LINE_TOPICS[2] and _proper(m.group("name")))
                return name not in main.lower() and named
        if not _bare(before, main):
            return False
        seen += 1
    return False


def fiscal_context(facts: Sequence[Fact]) -> PeriodContext | None:
    """The period context of a sheet whose company's year does not end in December (None otherwise): its
    quarters are named by the fiscal calendar, and a quarter label must cite where the text says so."""
    period = getattr(facts, "period", None)
    year_end = getattr(facts, "fiscal_year_end_month", 12) or 12
    index = parse_quarter(period) if period else None
    if year_end == 12 or index is None:
        return None
    date = getattr(facts, "date", None)
    ymd = tuple(int(x) for x in date.split("-")) if date else None
    return PeriodContext(period, ymd[0] if ymd else (index + 1) // 4, year_end, ymd)  # type: ignore[arg-type]


def quarters_named(text: str, fiscal: PeriodContext | None, call: bool = False) -> frozenset[int]:
    """Quarters (1-4) a text names (``quarter_mentions``). In a document of a company whose year does not
    end in December (``fiscal``), its reported fiscal quarter counts only where the text names it with its
    fiscal year or as fiscal ("2026财年第二季度", "fiscal second quarter", "Q2 FY26"): a bare "third quarter"
    there may be the calendar's (a news story's "third quarter" of a fiscal-Q2 report), and a label
    citing it would cite another period. In a call (``call``) the company speaks of its own quarters: a bare
    "second quarter" there is the fiscal one."""
    named = quarter_mentions(text)
    if fiscal is None or not named or call:
        return frozenset(named)
    index = parse_quarter(fiscal.period or "")
    assert index is not None
    fq = calendar_to_fiscal(index, fiscal.fiscal_year_end_month)[1]
    if fq not in named:
        return frozenset(named)
    own = any(
        fiscal.period in (pm.period, pm.fiscal_alternative)
        and not pm.base
        and _FISCAL_OR_YEAR.search(text, pm.start, pm.end)
        and fq in quarter_mentions(text[pm.start : pm.end])
        for pm in find_periods(text, fiscal)
    )
    return frozenset(q for q in named if q != fq or own)


_FISCAL_OR_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d|FY|fiscal|财年|財年|财季|財季", re.IGNORECASE)
"""In a quarter's name: its year or a fiscal mark ("Q2 FY26", "fiscal second quarter", "2026财年第二季度")."""


def _year_cited(doc: Document, paragraphs: Iterable[int], year: int | None) -> bool:
    """Whether one of ``paragraphs`` names ``year`` (a label's digits must be the source's)."""
    return year is not None and any(str(year) in doc.paragraph(n).text for n in paragraphs)


def document_quarter(
    doc: Document,
    skip: frozenset[int] = frozenset(),
    known: int | None = None,
    fiscal: PeriodContext | None = None,
) -> tuple[int, int] | None:
    """(quarter, first paragraph naming it) of the quarter a document's news and remarks name most.

    Questions and answers are left out (they discuss other quarters), and so are quarters named
    after a forward-looking word in their sentence ("we expect fourth-quarter revenue ..."); a tie
    goes to the quarter named first. None unless the quarter is named at least twice. ``known`` is
    the quarter the document's identity settled (``sheet_quarter``): it is the one when the remarks
    name it at all (a call that looks ahead to the fourth quarter more often than it names the
    third still reports the third), and no other is. With ``fiscal`` (``fiscal_context``), ``known`` is a
    fiscal quarter, counted where the text names it as fiscal (``quarters_named``).
    """
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for p in doc.paragraphs:
        if p.role != "text" or p.n in skip or p.section in ("qa", "closing"):
            continue
        for s in p.sentences:
            cue = _AHEAD.search(s.text)
            part = s.text if cue is None else s.text[: cue.start()]
            for q in quarters_named(part, fiscal, doc.kind == "transcript") if fiscal is not None else quarter_mentions(part):
                counts[q] += 1
                first.setdefault(q, p.n)
    if known is not None:
        return (known, first[known]) if known in counts else None
    if not counts:
        return None
    q = min(counts, key=lambda k: (-counts[k], first[k]))
    return (q, first[q]) if counts[q] >= 2 else None


_AHEAD = re.compile(
    r"(?<![A-Za-z])(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|project(?:s|ed|ing|ion)\w*|"
    r"target\w*|will|going to|look(?:ing)? ahead|estimat\w*)(?![A-Za-z])|预计|预期|指引|展望",
    re.IGNORECASE,
)
_AHEAD = anchored(_AHEAD)


# A plan over several years ("2025-2027"), said in words: a label's digits must be the source's.
_MULTI_YEARS = {
    2: ("over two years", "两年内"),
    3: ("over three years", "三年内"),
    4: ("over four years", "四年内"),
    5: ("over five years", "五年内"),
    10: ("over ten years", "十年内"),
}
RELATIVE_YEARS = {"this year": "今年", "next year": "明年", **dict(_MULTI_YEARS.values())}
_YEAR_SPAN = re.compile(r"(\d{4})-(\d{4})")


def _forward_label(f: Fact, paragraph: str, now: str | None = None, year_end: int = 12) -> str:
    """How a forward figure's period is shown: "Q3" when the cited paragraph names that quarter (a
    quarter label the paragraph does not name would not verify), "FY 2022" for a year it names,
    "this year" / "next year" for one it does not name, said against the period the document
    reports on ("明年资本开支..."), else "FY" (no digits to verify); a plan over several years
    ("2025-2027") "over three years". A company whose year ends in another month than December
    (``year_end``) names its fiscal quarters: "fiscal Q4"."""
    years = _YEAR_SPAN.fullmatch(f.period or "")
    if years is not None:
        span = _MULTI_YEARS.get(int(years.group(2)) - int(years.group(1)) + 1)
        return span[0] if span else ""
    fiscal_year = _fiscal_year_of(f.period, year_end)
    if not f.period or ("-" in f.period and fiscal_year is None):
        return ""
    q = parse_quarter(f.period)
    if q is not None:
        if year_end != 12:
            fq = calendar_to_fiscal(q, year_end)[1]
            return f"fiscal Q{fq}" if fq in quarter_mentions(paragraph) else ""
        return f"Q{q % 4 + 1}" if q % 4 + 1 in quarter_mentions(paragraph) else ""
    if fiscal_year is not None or re.fullmatch(r"\d{4}", f.period):
        named = str(fiscal_year or f.period)
        if named in paragraph:
            if re.search(rf"(?i)calendar(?:\s+year)?\s+{named}", paragraph):
                return f"calendar {named}"  # "our capital plan for calendar year 2022": a fiscal year may end in another month
            return f"FY {named}"
        # (said against the year the reported quarter is in: the company's fiscal year when its year does
        # not end in December, so that its current fiscal year is never "next year")
        index = parse_quarter(now or "")
        if index is None:
            year = re.match(r"\d{4}", now or "")
            current = int(year.group()) if year is not None else None
        else:
            current = calendar_to_fiscal(index, year_end)[0] if year_end != 12 else index // 4
        if current is not None and int(named) - current in (0, 1):
            return "this year" if int(named) == current else "next year"
        return "FY"
    return ""


def _fiscal_year_of(period: str | None, year_end: int) -> int | None:
    """The fiscal year a period is, when it is the span of a whole fiscal year of a company whose year does
    not end in December ("2025Q2-2026Q1": fiscal 2026); else None."""
    if year_end == 12 or not period or "-" not in period:
        return None
    last = parse_quarter(period.rsplit("-", 1)[-1])
    if last is None:
        return None
    return next((fy for fy in (last // 4, last // 4 + 1) if fiscal_year_span(fy, year_end) == period), None)


_SPANS = {(1, 2): ("H1", "上半年"), (3, 4): ("H2", "下半年"), (1, 3): ("9M", "前三季度")}
_ZH_SPANS = {en: zh for en, zh in _SPANS.values()}
_SPAN = re.compile(r"(\d{4})Q([1-4])-(\d{4})Q([1-4])$")


NEAR_SENTENCES = 3
"""How many sentences before a figure may name the business line it is given to."""


def _named_near(doc: Document, f: Fact, subject: str) -> bool:
    """Whether a business line's name stands in the figure's sentence or the few sentences before it
    ("Starting with the natural gas business" twenty sentences earlier names no later figure)."""
    name = subject.lower()
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    texts = [p.text[: p.sentences[at].end] if at is not None else p.text]
    before = [s.text for s in p.sentences[: at or 0]][-NEAR_SENTENCES:] if at is not None else []
    n = f.paragraph - 1
    while len(before) < NEAR_SENTENCES and n >= 1:
        prev = doc.paragraph(n)
        before = [s.text for s in prev.sentences][-(NEAR_SENTENCES - len(before)) :] + before
        n -= 1
    return any(name in t.lower() for t in (*before, *texts))


_HALF_WORDS = {"H1": r"first half|1H|H1", "H2": r"second half|back half|back-half|2H|H2", "9M": r"nine months|9 months"}
_HALF_SHOWN = {"H1": "first-half", "H2": "second-half", "9M": "nine-month"}


def _span_named(doc: Document, f: Fact) -> str:
    """A forward figure's half year or nine months ("H2"), when its sentence names it before the
    figure ("the second half earnings per share equates to a range of") or right after it; else "" (a span the facts
    gave from words elsewhere in the sentence is not shown)."""
    shown = span_label(f.period)
    if shown is None or shown not in _HALF_WORDS:
        return ""
    named = re.search(r"(?<![A-Za-z])(?:" + _HALF_WORDS[shown] + r")(?![A-Za-z])", _sentence_head(doc, f), re.I) or re.match(
        r"\s*(?:in|for|during|over)\s+(?:the\s+)?(?:" + _HALF_WORDS[shown] + r")(?![A-Za-z])",
        doc.paragraph(f.paragraph).text[f.end : f.end + 40],
        re.I,
    )  # ("growth of 8% to 10% in the second half": the span right after the figure is its own)
    return _HALF_SHOWN[shown] if named else ""  # in words: a label's digits must be the source's


def span_label(period: str | None, lang: str = "en") -> str | None:
    """How a half year or nine months of one year is shown ("2025Q1-2025Q2" -> "H1" / "上半年")."""
    m = _SPAN.match(period or "")
    if m is None or m.group(1) != m.group(3):
        return None
    shown = _SPANS.get((int(m.group(2)), int(m.group(4))))
    if shown is None:
        return None
    return shown[0] if lang == "en" else shown[1]


def reported_period(facts: Sequence[Fact]) -> str | None:
    """The period a document reports on: a half year or nine months when far more of its reported
    figures are about that span than about any quarter (an interim report that names its second
    quarter once), else the fact sheet's quarter (the facts stage decides it once), else the quarter
    most of its reported figures are about. Guidance is never counted: a call that says more about
    next quarter's outlook than about its results still reports on its results."""
    periods = Counter(
        f.period
        for f in facts
        if f.period
        and f.basis is None
        and not f.metric.endswith(FORWARD_SUFFIXES)
        and ("-" not in f.period or span_label(f.period))
    )
    quarters = Counter({p: n for p, n in periods.items() if parse_quarter(p) is not None})
    spans = Counter({p: n for p, n in periods.items() if span_label(p)})
    best_span = max(sorted(spans), key=lambda p: spans[p], default=None)
    if best_span is not None and spans[best_span] > 2 * max(quarters.values(), default=0):
        return best_span
    sheet = getattr(facts, "period", None)
    if sheet and parse_quarter(sheet) is not None:
        return str(sheet)
    ranked = quarters or Counter({p: n for p, n in periods.items() if p not in spans}) or periods
    return max(sorted(ranked), key=lambda p: ranked[p], default=None)


_last_records: list[tuple[Document, Sequence[Fact], list[Record]]] = []


def _unmeasured(f: Fact) -> bool:
    """An English figure of a measured metric (metrics.yaml ``measured``) kept as a bare count: its line needs
    the measure the source gives ("570,000" of production is barrels a day, or tons)."""
    return (
        f.unit == "count"
        and f.per is None
        and _base_metric(f.metric) in lexicon_metrics.names_where("measured")
        and not _HAN.search(f.evidence)
    )


_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _measure_after() -> re.Pattern[str]:
    """Right after a quantity: its measure (metrics.yaml ``measure_words``), with what it is of and its span
    ("barrels of oil equivalent per day", "million tons of coal", "Bcfe/d")."""
    words = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in lexicon_metrics.measure_words())
    return re.compile(
        r"\s?(?:(?:thousand|million|billion)\s+)?(?:(?:net|gross|total)\s+)?(?:" + words + r")['’]?(?![A-Za-z])"
        r"(?:\s+of\s+(?!(?:the|our|its|a|an|this|that|these|those|which)\s)[a-z]+(?:\s+equivalents?)?(?![A-Za-z]))?"
        r"(?:\s?(?:per|a|/)\s?(?:day|d|year|yr|annum)(?![A-Za-z])|\s+(?:daily|annually)(?![A-Za-z]))?",
        re.IGNORECASE,
    )


_DIFFERENCE_AFTER = re.compile(r"\s+(?:higher|lower|more|less|fewer|above|below|up|down)(?![A-Za-z])", re.IGNORECASE)
"""Right after a quantity's measure: the figure is by how much it moved ("400,000 tons higher than last year")."""


@cache
def _measure_named() -> re.Pattern[str]:
    """A measure named before the figure in its own words ("carloads were 611,000")."""
    words = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in lexicon_metrics.measure_words())
    return re.compile(r"(?<![A-Za-z-])(?:" + words + r")(?![A-Za-z-])", re.IGNORECASE)


def _measure_of(text: str, f: Fact) -> str:
    """The measure a quantity is given in, as written: after its number in ``text`` (its paragraph or sentence),
    else named in its evidence before the number; "" when the source gives none."""
    said = f.start if text.startswith(f.evidence, f.start) else text.find(f.evidence)
    at = text.find(f.raw, said, said + len(f.evidence)) if said >= 0 and f.raw else -1
    if at >= 0:
        m = _measure_after().match(text, at + len(f.raw))
        if m and _DIFFERENCE_AFTER.match(text, m.end()):
            return ""  # "shipments were approximately 400,000 tons higher than last year": a difference, no level
        if m:
            return " ".join(m.group(0).split())
    head = f.evidence[: f.evidence.find(f.raw)] if f.raw and f.raw in f.evidence else ""
    named = _measure_named().search(head)
    return named.group(0) if named else ""


def records(doc: Document, facts: Sequence[Fact], tax: Taxonomy | None = None) -> list[Record]:
    """Key figures, best first: one record per subject and metric, level and change paired.

    Kept for the last document and facts (by identity, facts that cannot change): a brief's
    viewpoint and highlights ask for the same records; each caller gets its own list."""
    keep = tax is None and isinstance(facts, (tuple, FactSheet))
    if keep and _last_records and _last_records[0][0] is doc and _last_records[0][1] is facts:
        return list(_last_records[0][2])
    try:
        made = _spelled(doc, _records(doc, facts, tax))
    finally:
        _figure_heads.clear()  # (kept for one document's records, not in memory after them)
        _figure_heads_of[0] = None
    if keep:
        _last_records[:] = [(doc, facts, list(made))]
    return made


_WORD_IN_TEXT = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)(?![\w'’-])")


def _name_words(doc: Document) -> frozenset[str]:
    """Words the document writes capitalised within sentences and never in lower case there: names
    (brands, segments, places), lower-cased in a fact's subject only where they open a sentence."""
    upper: set[str] = set()
    lower: set[str] = set()
    for p in doc.paragraphs:
        for s in p.sentences:
            for m in _WORD_IN_TEXT.finditer(s.text):
                if m.start() == 0 or not s.text[: m.start()].strip():
                    continue
                word = m.group(1)
                (upper if word[0].isupper() else lower).add(word.lower())
    return frozenset(upper - lower)


def _spelled(doc: Document, made: list[Record]) -> list[Record]:
    """Records whose subject holds a name the document capitalises, given that spelling in ``name``."""
    if not any(w.islower() for r in made for w in r.subject.split()):
        return made
    names = _name_words(doc)
    out = []
    for r in made:
        words = r.subject.split()
        spelled = " ".join(w.capitalize() if w.islower() and w in names else w for w in words)
        out.append(replace(r, name=spelled) if spelled != r.subject else r)
    return out


def _records(doc: Document, facts: Sequence[Fact], tax: Taxonomy | None = None) -> list[Record]:
    tax = tax or taxonomy()
    main = main_subject(facts)
    current = reported_period(facts)
    year_end = getattr(facts, "fiscal_year_end_month", 12) or 12
    questions = frozenset(n for q in doc.qa for n in q.question)
    fiscal = fiscal_context(facts)
    quarter = document_quarter(doc, questions, sheet_quarter(facts), fiscal)
    fiscal_year = calendar_to_fiscal(parse_quarter(fiscal.period or "") or 0, year_end)[0] if fiscal else None
    sentence_of: dict[tuple[int, int], int] = {}
    for f in facts:
        p = doc.paragraph(f.paragraph) if 1 <= f.paragraph <= len(doc.paragraphs) else None
        if p is None:
            continue
        idx = p.sentence_at(f.start) or 0
        sentence_of[(f.paragraph, f.start)] = idx
    parts = _part_levels(doc, facts, main)
    # a figure said once as a plan is that plan wherever it is repeated ("the initial $38 billion")
    # (asked of the few figures that reach that test, not worked out for every figure of the document)
    planned = _Planned(doc, [f for f in facts if (f.paragraph, f.start) in sentence_of])
    # a figure said once as a year's (or a half's, nine months') result is that period's wherever it
    # is repeated ("adjusted EPS of $5.60 for fiscal '21" ... "EPS has gone from $2.18 to $5.60")
    of_longer = {
        (f.subject, _plain(f.metric), f.value, f.unit)
        for f in facts
        if f.basis is None
        and f.value_high is None
        and f.period not in (None, current)
        and parse_quarter(f.period) is None
        and current is not None
        and parse_quarter(current) is not None
        and _is_level(f)
        and not is_forward(f, current)
        and _of_a_whole_year(doc, f)
    }
    lines = _line_words(facts, main)
    adjusted_from = adjusted_by_default(doc)
    eps_adjusted_only = doc.language == "en" and _eps_said_adjusted_only(doc, facts, main, current)
    # the fact sheet's quarter, which guidance figures do not sway (``current`` counts them)
    sheet_period = getattr(facts, "period", None) if parse_quarter(getattr(facts, "period", None) or "") is not None else None
    groups: dict[tuple[int, int, str, str, bool], list[Fact]] = {}
    for f in facts:
        if f.paragraph in questions or (f.paragraph, f.start) not in sentence_of or not _printable(f):
            continue
        if doc.language == "en" and _asked(doc, f):
            continue  # "I think you did revenue of $1.75 billion, is that right?": the asker's figure
        sp = doc.speakers_by_id.get(f.speaker) if f.speaker else None
        if sp is not None and sp.side in ("analyst", "operator", "host"):
            continue
        # "revenue guidance of $4.9 billion to $5.0 billion, which implies $1.3 billion to $1.4 billion in the
        # fourth quarter": the quarter's part is a forecast of its own, beside the year's
        implied = doc.language == "en" and bool(_IMPLIED_JUST_BEFORE.search(_before_figure(doc, f)[0]))
        key = (f.paragraph, sentence_of[(f.paragraph, f.start)], f.subject, f.metric, implied)
        groups.setdefault(key, []).append(f)
    _per_share_changes(doc, groups)
    restated = _restated_growth(groups)
    out: list[Record] = []
    named: dict[int, frozenset[int]] = {}  # quarters each paragraph names
    for (pn, si, subject, metric, _), fs in groups.items():
        reported = [f for f in fs if f.basis is None]
        # "EPS were $2.22 and $0.51 for full year 2020 and the fourth quarter respectively": the quarter's
        level = next((f for f in reported if _is_level(f)), None)
        if level is not None and level.period not in (current, None) and not is_forward(level, current):
            level = next((f for f in reported if _is_level(f) and f.period in (current, None)), level)
        growth = next((f for f in reported if _is_growth(f) and f is not level), None)
        if level is not None and (doubt(doc, level, main) or (level.value_high is not None and not is_forward(level, current))):
            # a range is an expectation, never a quarter's result ("EPS to be in the range of ..."); an amount
            # a revision moves on from ("guidance from $2.40 to $2.60 per share to $2.55 to $2.65 per share")
            # leaves the range it moves to as the sentence's figure
            onto = _moved_onto(doc, level)
            level = next(
                (
                    f
                    for f in reported
                    if onto is not None
                    and _is_level(f)
                    and f.value_high is not None
                    and abs(_number_span(doc, f)[0] - onto) <= 1
                    and f.period == level.period
                    and is_forward(f, current)
                    and not doubt(doc, f, main)
                ),
                None,
            )
        if growth is not None and (
            doubt(doc, growth, main) or (level is not None and id(growth) not in restated and not _paired(doc, level, growth))
        ):
            growth = None
        if growth is not None and _change_of_other_metric(doc, growth, metric):
            growth = None  # "EPS of $0.60 on a 21% increase in sales": the change is the sales'
        if (
            growth is not None
            and level is not None
            and level.period in (current, None)
            and growth.period not in (current, None)
            and _over_base(doc, growth)
        ):
            # "sales were $1.39 billion, up 37% over the same period in 2020": the period named is the
            # comparison's base, the change the level's own ("up 43% over 2019" may be a year's)
            growth = replace(growth, period=level.period)
        if (
            growth is not None
            and level is not None
            and level.period in (current, None)
            and growth.period not in (current, None)
            and not is_forward(growth, current)
        ):
            # "adjusted EPS of $5.57, an increase of 170% over the first quarter of 2019": a change against
            # another period, which the line would give to the quarter; the quarter's level stands alone
            growth = None
        if level is None and growth is None:
            continue
        base = None
        if level is not None:  # "to RMB 39.02 billion from RMB 56.54 billion": the level it moved from
            base = next(
                (
                    f
                    for f in fs
                    if f.basis and _is_level(f) and f.unit == level.unit and f.value_high is None
                    and not _GUIDED.search(_before_figure(doc, f)[0])
                    and not _AMOUNT_AND_PERCENT.match(doc.paragraph(f.paragraph).text, _number_span(doc, f)[1])
                    # "79%, up two points on an almost 50% quarter-over-quarter seat growth": another measure's change
                    and not _GROWTH_NAMED_AFTER.match(doc.paragraph(f.paragraph).text, _number_span(doc, f)[1])
                    and not _in_list_of_bases(doc, f)
                    and not _USED_JUST_BEFORE.search(_before_figure(doc, f)[0])
                ),
                None,
            )  # "compared to our initial guidance range of $0.63 to $0.78" is no earlier level
        if base is not None and _older_than_year_before(base.period, level.period if level is not None and level.period else current):
            # "loss per share was $1.12 compared to a loss of $0.82 in 2019": a base two years back, which a
            # line's "versus" would give to the year before; the change said with it is against it too
            base = growth = None
        base_quarter = None
        if base is not None and base.period is not None:
            stated_in = level.period if level is not None and level.period else current
            if base.period == _quarter_before(stated_in):
                # "sales of $367 million, up 28% from $286 million in Q2": a change from the quarter before
                base_quarter = int(base.period[-1])
                if growth is not None and growth.change != "qoq":
                    growth = replace(growth, change="qoq")
            elif growth is not None and growth.change != "qoq" and _versus_quarter_before(doc, growth, stated_in):
                # "In comparison to the third quarter of 2020, fourth quarter EPS of $2.01 was up 7.5% from $1.87"
                base_quarter = int((_quarter_before(stated_in) or "0")[-1]) or None
                growth = replace(growth, change="qoq")
            elif growth is not None and growth.change == "qoq" and base.period == _year_before(stated_in):
                # "up 17% from $0.29 in the third quarter of last year": year on year
                growth = replace(growth, change="yoy")
        first = min(f.start for f in fs)
        section = doc.paragraph(pn).section
        where = {"prepared": 1.0, "intro": 0.95, None: 0.95, "qa": _QA_WEIGHT}.get(section, 0.5)
        if subject == main:
            who = _COMPANY_WEIGHT
        elif subject in segment_names():
            who = 0.55  # a segment's figure: in the brief, not among the headline figures
        elif subject in company_names():
            who = 0.3
        else:
            who = 0.6
        own = level or growth
        if (
            doc.language == "en"  # (a Chinese text names its business lines in words the subject is not)
            and subject != main
            and subject not in company_names()
            and own is not None
            and not _named_near(doc, own, subject)
        ):
            continue  # a business line named many sentences before: the figure may well be the company's
        if subject == main and own is not None and _part_of_total(doc, own, _plain(metric)):
            continue  # "record total banqueting revenue of $122 million": a part's, not the company's revenue
        if own is not None and not _BASIS_NAMED.match(metric) and (
            _ADJUSTED_SAID.search(_of_other_measure(_own_words(doc, own), metric))
            or _ADJUSTED_AFTER.match(doc.paragraph(own.paragraph).text, _number_span(doc, own)[1])
            or (any(w in metric.lower() for w in _LOSS_METRICS) and _adjusted_heading(doc, own))
            or (
                pn > adjusted_from
                and any(w in metric.lower() for w in _LOSS_METRICS)  # earnings, never revenue
                and not _GAAP_SAID.search(_sentence_text(doc, own))
            )
            or (
                eps_adjusted_only
                and metric.endswith(FORWARD_SUFFIXES)
                and _EPS_METRIC.search(metric) is not None
                and not _GAAP_SAID.search(_sentence_text(doc, own))
            )
        ):
            # "Adjusted after-tax income ... was $0.97 per diluted share": adjusted EPS, not diluted EPS;
            # "Our comments will be on an adjusted basis unless otherwise indicated. ... EPS was $1.10": adjusted
            metric = _adjusted_metric(metric) or metric
        if base is not None and doc.language == "en" and _base_of_other_basis(doc, base, metric):
            # "EPS were $0.38, down 46% from last year's adjusted $0.71": not the same measure a year ago; the
            # change said against it is not the measure's own change either
            if growth is not None and _said_against(doc, growth, base):
                growth = None
            base = None
            if level is None and growth is None:
                continue
        if base is not None and level is not None and level.unit not in _RATE_UNITS and (
            0 < min(abs(level.value), abs(base.value)) * MISSPOKEN_RATIO < max(abs(level.value), abs(base.value))
        ):
            base = None  # "51,800 barrels ... down from ... 53.4 million barrels of oil -- 53,400": one is misspoken
        if base is not None and own is not None and _base_of_older_year(doc, base, own.period):
            # "63%, down from 74% in the pre-pandemic first quarter of 2019": no comparison with a year ago
            if growth is not None and _said_against(doc, growth, base):
                growth = None
            base = None
            if level is None and growth is None:
                continue
        measure = _measure_word(doc, own, metric) if own is not None and doc.language == "en" else ""
        if not measure and doc.language == "en" and any(_called_adjusted(doc, f, metric) for f in (level, growth) if f):
            measure = "adjusted"  # "Adjusted gross profit was up 17.4%": no adjusted name of its own in the lexicon
        kind = _metric_kinds().get(metric, "result")
        what = tax.metric_weight(metric) * (0.3 if kind in ("market", "macro") else 1.0)
        both = 1.15 if (level is not None and growth is not None and id(growth) not in restated) or base is not None else 1.0
        stated = [f for f in (level, growth) if f is not None]
        low_metric = metric.lower()
        if (
            level is not None
            and level.value < 0
            and level.unit not in _RATIO_UNITS
            and not any(w in low_metric for w in (*_LOSS_METRICS, *_FLOW_METRICS, "loss"))
        ):
            continue  # "sales fell by about $200 million": a difference read as a level, not the figure
        if level is not None and subject == main and _below_a_part(level, parts):
            continue  # "revenue $6.6 million" beside a segment's $22.5 million: not the company's
        # a bound ("over $900 million") or a rounded "about" figure gives way to a stated one
        both *= {"over": 0.6, "under": 0.6, "approx": 0.9}.get((level or growth).qualifier or "", 1.0)  # type: ignore[union-attr]
        if level is None and base is None:
            if growth is not None and growth.unit not in ("%", "pp", "bps"):
                continue  # "sales fell by about $200 million": a difference without the figure itself
            both *= 0.7  # a change alone: the level it is a change of is what a reader looks for first
        ahead = any(is_forward(f, current) for f in stated)
        if not ahead and kind == "plan" and growth is None and level is not None:
            # "a $38 billion investment" with no quarter in its sentence is a plan, never a quarter's figure
            said = _sentence_text(doc, level)
            ahead = not (
                _QUARTER_NAMED.search(said)
                or _SPENT.search(level.evidence)
                or _SPENT_AFTER.match(doc.paragraph(level.paragraph).text, level.end)
            )
        if ahead and kind == "plan" and any(
            _DONE_BEFORE.search(_before_figure(doc, f)[0]) or _ALLOWED_TO_SPEND.search(_sentence_head(doc, f))
            for f in stated
        ):
            continue  # "During the year, we invested $51 million into our hotel portfolio": spent, not planned
        if ahead and any(_done_in_clause(_before_figure(doc, f)[0]) for f in stated):
            continue  # "in the third quarter, we continue to find ..., closing 5 acquisitions for $51 million": done
        if not ahead and any(planned.said((f.metric, f.value, f.unit)) for f in stated):
            continue  # "had previously planned a three-year investment of $38 billion": not this quarter's
        if ahead and kind != "plan" and any(
            _LONG_TERM.search(_clause(doc, f) + _sentence_tail(doc, f)) or _long_term_lead(doc, f) for f in stated
        ):
            continue  # "our long-term targets of $4.5 billion in sales": not this year's guidance
        if ahead and kind == "plan" and any(
            _LONG_TERM.search(_clause(doc, f)) or _LONG_TERM.search(_before_figure_words(doc, f)) for f in stated
        ):
            continue  # "our 5-year capital expenditures outlook through 2025 of $3.5 billion": not one year's plan
        if ahead and current is not None and all(
            f.metric.endswith(" guidance") and f.period == current and _OLD_GUIDANCE.search(_sentence_head(doc, f))
            for f in stated
        ):
            continue  # "our Q3 revenue guidance coming into the quarter was ...": the reported quarter's old guidance
        if (
            ahead
            and (year_end == 12 or all(parse_quarter(f.period or "") is not None for f in stated))
            and _guidance_of_a_past_period(stated, sheet_period)
        ):
            # "within our 2021 guidance range of $3 to $3.30", said of 2021's fourth quarter: the year is over;
            # "we expected stable revenue, which is what we saw this quarter with sales up 2%": the quarter's
            continue
        if (
            ahead
            and level is not None
            and level.value < 0
            and level.unit not in _RATIO_UNITS
            and not any(w in metric.lower() for w in ("loss", "eps", "earnings per share", "net income", *_FLOW_METRICS))
        ):
            continue  # "we expect a loss of about $25 million" under a profit's name would read as a gain
        if ahead and kind != "plan" and any(f.period is None and _GOAL.search(_clause(doc, f)) for f in stated):
            continue  # "on track to reach our goal of $1.8 million": a target of no year, not guidance
        if ahead and any(
            f.period in (current, None) and _IN_THE_QUARTER_AFTER.match(doc.paragraph(f.paragraph).text, f.end)
            for f in stated
        ):
            continue  # "highlighted by the $2 billion of share repurchase in the quarter": done, not expected
        if ahead and any(
            f.period is not None
            and "Q" not in f.period
            and _PER_QUARTER_AFTER.match(doc.paragraph(f.paragraph).text, f.end)
            for f in stated
        ):
            continue  # "the assumption of $50 million in share repurchase per quarter": a quarter's, not the year's
        if ahead and any(
            f.period is not None and "Q" not in f.period and _QUARTERLY_BEFORE.search(_before_figure(doc, f)[0]) for f in stated
        ):
            continue  # "We expect quarterly revenue of roughly $550 million through 2023": a quarter's, not the year's
        if any(_MARKET_SIZE.search(_sentence_head(doc, f)) for f in stated):
            continue  # "as demand for alternative protein grows from $10 billion to $30 billion": a market's size
        if level is not None and level.value_high is None and _low_end_of_range(doc, level, ahead):
            continue  # "guiding to adjusted EPS of $3.20 and $3.40", "from about $0.05 to about $0.20": one end
        if growth is not None and growth.value_high is None and _DIRECTED_RANGE_ON.match(
            doc.paragraph(growth.paragraph).text, _number_span(doc, growth)[1]
        ):
            continue  # "net sales to decline in the range of down 10% to down 4%": one end of a change's range
        if level is not None and level.per == "share" and "EPS" in metric and _item_per_share(doc, level):
            continue  # "our bad debt expense assumption ..., which is $0.01 a share": an item, not earnings
        if ahead and (
            (_MARKET_NAMED.search(subject.lower() + " ") and subject not in segment_names())
            or any(_MARKET_NAMED.search(_since_a_number(_own_words(doc, f))) for f in stated)
        ):
            continue  # "we expect the European car market to grow 3%": the market's outlook, not the company's
        if not ahead and _MARKET_SUBJECT.fullmatch(subject):
            continue  # "Despite a 7% decline in new vehicle industry sales": the market's result, not the company's
        if ahead and kind != "plan" and any(_YIELDED_BY.search(_sentence_head(doc, f)) for f in stated):
            continue  # "our capital investments are expected to generate $1 billion in EBITDA": what a plan adds
        if ahead and kind != "plan" and any(_untimed_target(doc, f) for f in stated):
            continue  # "our financial targets of $4.5 billion in sales": a target no year bounds, not guidance
        if (
            not ahead
            and level is not None
            and level.period in (current, None)
            and (subject, _plain(metric), level.value, level.unit) in of_longer
        ):
            continue  # the year's figure said again, not the quarter's
        if not ahead and any(_AIMED.search(_clause(doc, f)) for f in stated):
            continue  # "toward our objectives of $4.5 billion of revenue": a target, not the quarter's result
        score = what * who * where * both * (FORWARD_BONUS if ahead else 1.0)
        if ahead and kind != "plan" and _years_out(stated[0].period, current) > 1:
            score *= 0.5  # a target years out ("$10 billion by 2024") is no headline of this quarter
        score *= 1.0 if _headline(metric) else OTHER_METRIC
        label: int | None = None
        extra: tuple[int, ...] = ()
        shown = ""
        text = doc.paragraph(pn).text
        if ahead:
            shown = _forward_label(stated[0], text, current, year_end) or _span_named(doc, stated[0])
            if shown.startswith(("Q", "fiscal Q")) and not _quarter_of_figure(doc, stated[0], int(shown[-1])):
                # "guidance is now $120 million to $125 million, which implies $37 million in Q4": not the
                # quarter's, unless the outlook opens with that quarter ("Now let me share our projections for
                # the fourth quarter. ... We expect AFFO to be approximately $280 million")
                lead = _guidance_lead(doc, pn)
                led = _forward_label(stated[0], doc.paragraph(lead).text, current, year_end) if lead is not None else ""
                shown, extra = (led, (lead,)) if lead is not None and led == shown else ("", ())
            elif (
                not shown
                and stated[0].metric.endswith(FORWARD_SUFFIXES)
                and parse_quarter(stated[0].period or "") is not None
                and (period_end(stated[0].period) or (0, 0)) > (period_end(sheet_period or current) or (9999, 4))
            ):
                # "Turning to our third quarter guidance. We expect revenue between ...": the lead names the quarter
                lead = _guidance_lead(doc, pn, _guides_before(doc, facts, pn, stated[0].period))
                if lead is not None:
                    shown = _forward_label(stated[0], doc.paragraph(lead).text, current, year_end)
                    extra = (lead,) if shown else ()
            if not shown and span_label(stated[0].period) is not None:
                continue  # a half year's forecast shown with no period would read as the year's
        elif all(f.period in (current, None) for f in stated):
            # a figure of no named period is of the document's (a text that never names its year)
            if span_label(current):
                shown = span_label(current) or ""  # "H1 revenue ...": an interim report's period
            elif quarter and kind not in ("market", "macro"):  # a share price move is not a quarter's result
                label = quarter[0]
                if pn not in named:  # once per paragraph: a long one holds many records
                    named[pn] = quarters_named(text, fiscal, doc.kind == "transcript")
                extra = () if label in named[pn] else (quarter[1],)
        else:
            continue  # a prior-year or year-to-date figure, whose period the sentence would not say
        if subject == main and any(_region_after(doc, f) for f in stated):
            continue  # "sales between 18% to 20% in China": the region's, not the company's
        if subject == main and lines and any(_line_says_before(doc, f, lines) for f in stated):
            continue  # "our best estimate is that restoration will show about 20% revenue growth": the line's
        if ahead and subject == main and lines and _line_lead_before(doc, pn, si, lines):
            continue  # "In nutrition, we expect growth. ... revenue growth above 10%": the business line's, not the company's
        if subject == main and main and not _EPS_METRIC.search(metric) and _line_topic_before(doc, pn, si, lines, main):
            continue  # "Orbit had another standout quarter. Revenue increased 89%": the business line's (EPS is the company's)
        if any(_named_year_differs(doc, f) for f in stated):
            continue  # "$1.96 to $2.16 per share in '21, $2.18 to $2.38 in 2022": each range its own year
        if any(_of_a_past_year(doc, f, current, year_end) for f in stated):
            continue  # "at or above second quarter of 2018 adjusted earnings per share of $2.22"
        if not ahead and any(_of_a_year(doc, f) for f in stated):
            continue  # "fiscal year adjusted net income increased 46% ... and EPS increased 43% to $3.74"
        sentence = doc.paragraph(pn).sentences[si].text if doc.paragraph(pn).sentences else text
        dated = (label is not None and label in quarter_mentions(sentence)) or bool(_THIS_QUARTER.search(sentence))
        if label is not None and not dated and _other_period_before(doc, pn, si, label == 4 and not quarter_mentions(sentence)):
            continue  # "Moving on to the results for the last 12 months. ... revenues of $2.48 billion"
        if label is not None and not dated and _span_topic_above(doc, pn, si):
            continue  # "Moving on to the results for the nine months ended September 30. ... EPS was $1.26": the nine months'
        if label == 4 and not dated and not quarter_mentions(sentence) and _year_topic_above(doc, pn, si):
            continue  # "First, let's discuss our fiscal '22 results. ... EPS was just over $10": the year's
        unit_words = ""
        if level is not None and _unmeasured(level):
            unit_words = _measure_of(doc.paragraph(level.paragraph).text, level)
            if not unit_words:
                continue  # "production 570,000": a quantity whose measure the line would not say
        score *= 1.0 + LEAD_BONUS * (1.0 - pn / len(doc.paragraphs))
        out.append(
            Record(
                subject,
                metric,
                level,
                growth,
                pn,
                pn * 100000 + first,
                score,
                ahead,
                label,
                extra,
                base,
                shown,
                base_quarter,
                ahead and kind != "plan" and _years_out(stated[0].period, current) > 1,
                fiscal=fiscal is not None and label is not None,
                fiscal_year=fiscal_year if label is not None and _year_cited(doc, (pn, *extra), fiscal_year) else None,
                dated=label is not None and label in quarter_mentions(sentence),
                measure=measure,
                midpoint=ahead and level is not None and level.value_high is None and _said_as_midpoint(doc, level),
                end=_end_of_range(doc, level) if ahead and level is not None and level.value_high is not None else "",
                unit_words=unit_words,
            )
        )
    # Two levels of one metric in one paragraph, both dated to the same period ("revenues were $1.1
    # billion ... for 9 months, revenues were $3.2 billion"): one of them is not for that period,
    # and the first stated is the period's own (a later one is year-to-date, a prior year or a
    # comparison). The later ones are not stated.
    first_level: dict[tuple[int, str, str, bool, str], Record] = {}
    later: set[int] = set()  # ids of the records left out (a list's remove() compares every record)
    for r in sorted(out, key=lambda r: r.order):
        if r.level is None:
            continue
        level_key = (r.paragraph, r.subject, r.metric, r.forward, r.level.period or "")
        seen = first_level.setdefault(level_key, r)
        if seen is not r and seen.level is not None and seen.level.value != r.level.value:
            later.add(id(r))
    out = [r for r in out if id(r) not in later]
    # One record per subject, metric and direction (results vs plans), the best-scored, earliest first.
    out.sort(key=lambda r: (-r.score, r.order))
    # "diluted EPS", "GAAP EPS" and "EPS" are one figure as reported: one line, the best-scored
    # (a second is nearly always an item's per-share effect read as earnings).
    # Of near-equal candidates the first stated wins: a call states its headline figure first and
    # returns to the metric later for items, subsidiaries and comparisons.
    candidates: dict[tuple[str, str, bool, bool, str], list[Record]] = {}
    for r in out:
        period = next((f.period or "" for f in r.facts), "") if r.forward else ""
        candidates.setdefault((r.subject, _family(r.metric), r.level is None, r.forward, period), []).append(
            r
        )
    for rs in candidates.values():
        rs[:] = _without_year_sized(doc, rs)
    best = {
        key: _stated_precisely(min((r for r in rs if r.score >= NEAR_BEST * rs[0].score), key=lambda r: r.order), rs)
        for key, rs in candidates.items()
    }
    # "EPS of $1.49" ... "EPS for the quarter of $1.40": the call states its result two ways and nothing tells the
    # two apart; a reader cannot know which is right, and the brief does not pick one
    best = {key: r for key, r in best.items() if not _stated_otherwise(doc, r, candidates[key], main)}
    best = {key: r for key, r in best.items() if not _a_part_s_range(doc, r, out, main)}
    chosen = sorted(best.values(), key=lambda r: (-r.score, r.order))
    # Drop a growth-only record when the same subject and metric has a record with a level: the
    # level is the figure a reader looks for.
    full = {(r.subject, _family(r.metric), r.forward) for r in chosen if r.level is not None}
    return [r for r in chosen if not (r.level is None and (r.subject, _family(r.metric), r.forward) in full)]


# How many times a quarter's figure an undated figure of the same metric must be to be taken for a
# longer period's (a year is about four quarters; half a year two).
YEAR_SIZED = 2.5


def _without_year_sized(doc: Document, rs: list[Record]) -> list[Record]:
    """One metric's candidate records for the quarter (best first) without those whose sentence names
    no quarter and whose level is ``YEAR_SIZED`` times or more the level of a record whose sentence
    names the quarter ("our revenues recovered to $6.2 billion" ... "Fourth quarter revenues totaled
    $1.9 billion"): the undated one is a year's or a year-to-date figure, whatever period the facts
    gave it. Levels of a share or a ratio are left alone (a quarter's margin can be any size), and so is
    a figure its sentence calls the whole ("our consolidated revenue was $52.5 billion": the smaller
    one named for the quarter is then a part's)."""
    dated = [
        r.level for r in rs
        if r.dated and not r.forward and r.level is not None and r.level.value > 0 and r.level.unit not in _RATIO_UNITS
    ]
    if not dated:
        return rs
    return [
        r
        for r in rs
        if r.dated
        or r.forward
        or r.level is None
        or _WHOLE_WORDS.search(_sentence_text(doc, r.level))
        or not any(
            r.level.unit == d.unit and r.level.per == d.per and r.level.value >= YEAR_SIZED * d.value for d in dated
        )
    ]


def _quarter_before(period: str | None) -> str | None:
    """The quarter before a quarter ("2021Q1" -> "2020Q4"), None for any other period."""
    m = re.fullmatch(r"(\d{4})Q([1-4])", period or "")
    if m is None:
        return None
    year, q = int(m.group(1)), int(m.group(2))
    return f"{year - 1}Q4" if q == 1 else f"{year}Q{q - 1}"


_VERSUS_QUARTER = re.compile(
    r"^\W*(?:in\s+comparison\s+(?:to|with)|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|sequentially\s+from)\s+"
    r"(?:the\s+|our\s+)?(first|second|third|fourth)\s+quarter(?:\s+of\s+((?:19|20)\d\d))?\s*,",
    re.IGNORECASE,
)
"""A sentence that opens with the quarter its changes are against ("In comparison to the third quarter of 2020, ...")."""
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _versus_quarter_before(doc: Document, growth: Fact, stated_in: str | None) -> bool:
    """Whether a change's sentence opens by naming the quarter before ``stated_in`` as what it compares against."""
    before = _quarter_before(stated_in)
    m = _VERSUS_QUARTER.match(_sentence_text(doc, growth))
    if m is None or before is None:
        return False
    return _ORDINALS[m.group(1).lower()] == int(before[-1]) and m.group(2) in (None, before[:4])


def _older_than_year_before(period: str | None, stated_in: str | None) -> bool:
    """Whether a comparison base's period lies before the year before the period it is compared with
    ("2019" or "2019Q1" for a 2021 quarter)."""
    base = re.match(r"(?:FY)?(\d{4})", period or "")
    now = re.match(r"(?:FY)?(\d{4})", stated_in or "")
    return base is not None and now is not None and int(base.group(1)) < int(now.group(1)) - 1


def _year_before(period: str | None) -> str | None:
    """The same quarter a year before ("2021Q1" -> "2020Q1"), None for any other period."""
    m = re.fullmatch(r"(\d{4})Q([1-4])", period or "")
    return f"{int(m.group(1)) - 1}Q{m.group(2)}" if m else None


def _restated_growth(groups: dict[tuple[int, int, str, str, bool], list[Fact]]) -> frozenset[int]:
    """Join to a guided range the growth the next sentence restates it as ("we expect sales of $2.64
    billion to $2.70 billion. This would represent sales growth of 14% to 16%"): one line says both,
    as a reader quotes the outlook in either. The growth is a range of the same subject, metric and
    period standing alone in its sentence; returns the ids of the growth facts joined."""
    joined: set[int] = set()
    for key in list(groups):
        fs = groups.get(key)
        pn, si, subject, metric, implied = key
        if fs is None or not metric.endswith(" guidance"):
            continue
        reported = [f for f in fs if f.basis is None]
        level = next((f for f in reported if _is_level(f) and f.value_high is not None), None)
        if level is None or any(_is_growth(f) for f in reported):
            continue
        for later in ((pn, si + 1, subject, metric, implied), (pn + 1, 0, subject, metric, implied)):
            gs = groups.get(later)
            if gs and all(_is_growth(g) and g.value_high is not None and g.period == level.period for g in gs):
                fs.extend(gs)
                joined.update(id(g) for g in gs)
                del groups[later]
                break
    return frozenset(joined)


def _per_share_changes(doc: Document, groups: dict[tuple[int, int, str, str, bool], list[Fact]]) -> None:
    """Give a change to the per-share figure it follows ("FFO of $0.61 per share was down $0.03 or 5%",
    "earnings of $0.61 per share were down 5%"): with no total of its own in the sentence, the change
    is the per-share figure's, not the total's (net income may well have moved otherwise)."""
    for (pn, si, subject, metric, implied), fs in list(groups.items()):
        entry = lexicon_metrics.metric_by_name(metric)
        per = entry.per_share if entry is not None else None
        if not per or any(f.basis is None and _is_level(f) for f in fs):
            continue
        share = groups.get((pn, si, subject, per, implied))
        level = next((f for f in share or () if f.basis is None and _is_level(f)), None)
        if share is None or level is None:
            continue
        at = _number_span(doc, level)[0]
        moved = [
            f
            for f in fs
            if f.basis is None and f.unit == "%" and _number_span(doc, f)[0] > at and _paired(doc, level, f)
        ]
        if moved:
            share.extend(moved)
            groups[(pn, si, subject, metric, implied)] = [f for f in fs if not any(f is g for g in moved)]


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits(f: Fact) -> int:
    """Significant digits of a figure as written ("$231.7 million": 4, "$1.2 billion": 2); a rounding
    word ("about $232 million") counts as one digit less."""
    m = _DIGITS.search(f.raw or "")
    if m is None:
        return 0
    digits = m.group(0).replace(",", "").replace(".", "").lstrip("0")
    return len(digits) - (1 if f.qualifier == "approx" else 0)


def _stated_precisely(best: Record, rs: Sequence[Record]) -> Record:
    """``best`` with the level another record of the same metric and period states more precisely
    ("sales of almost $232 million" ... "sales were $231.7 million", "$1.2 billion" ... "$1.19
    billion"): a figure rounded to two digits, said first in passing, can be percents off the one
    the period's accounts give."""
    lv = best.level
    if lv is None or best.forward or lv.value_high is not None or lv.qualifier not in (None, "approx"):
        return best
    gr = best.growth
    if gr is not None and gr.qualifier == "approx":
        # "$232 million in revenue, an increase of nearly 10%" ... "net sales were $232.4 million, an
        # increase of 9.6%": the same result stated precisely is the one to print
        for r in rs:
            o, og = r.level, r.growth
            if (
                r is not best
                and o is not None
                and og is not None
                and og.qualifier is None
                and o.qualifier is None
                and o.value_high is None
                and og.value_high is None
                and o.unit == lv.unit
                and og.unit == gr.unit
                and o.period == lv.period
                and abs(o.value - lv.value) <= 0.005 * abs(lv.value)
                and abs(og.value - gr.value) <= 1.0
                and _digits(o) >= _digits(lv)
            ):
                return r
    if best.growth is None and best.base is None:
        # "net sales of $112 million, adjusted gross margin of 27%" ... "net sales were $112.4 million,
        # compared with $144.4 million": the same level stated precisely, with its comparison
        for r in rs:
            o = r.level
            if (
                r is not best
                and o is not None
                and (r.base is not None or r.growth is not None)
                and o.qualifier is None
                and o.value_high is None
                and o.unit == lv.unit
                and o.period == lv.period
                and abs(o.value - lv.value) <= 0.005 * abs(lv.value)
                and _digits(o) > _digits(lv)
            ):
                return r
    if _digits(lv) > 2:
        return best  # three digits are within half a percent of any more precise figure
    for r in rs:
        o = r.level
        if (
            r is best
            or o is None
            or o.unit != lv.unit
            or o.value_high is not None
            or o.qualifier is not None
            or o.period != lv.period
            or (o.value < 0) != (lv.value < 0)
            or abs(o.value - lv.value) > 0.02 * abs(lv.value)
            or _digits(o) <= _digits(lv)
        ):
            continue
        return replace(best, level=o)
    return best


# How far apart two levels of one figure may be and still be a misstatement of it, not another figure (a part, a
# year, another basis is most often much further off).
OTHERWISE_WITHIN = 0.15


def _rounded(value: float, digits: int) -> float:
    """``value`` to ``digits`` significant digits."""
    if value == 0 or digits <= 0:
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _one_figure(a: Fact, b: Fact) -> bool:
    """Whether two levels are one figure: equal, or one the other rounded ("$1.5" for "$1.49")."""
    if abs(a.value - b.value) <= 0.005 * max(abs(a.value), abs(b.value)):
        return True
    for x, y in ((a, b), (b, a)):
        d = _digits(y)
        if d and abs(_rounded(x.value, d) - y.value) <= 1e-9 * max(abs(y.value), 1.0):
            return True
    return False


_TELLS_APART = re.compile(
    r"(?<![A-Za-z])(?:basic|diluted|fully\s+diluted|adjusted|non-GAAP|GAAP|reported|core|underlying|organic|comparable|"
    r"operational(?:ly)?|constant[\s-]currency|excluding|ex-\w+|pro[\s-]forma|continuing|discontinued|"
    r"\d+-week|[a-z]+-level|same[\s-]store|like[\s-]for[\s-]like)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words by a figure that tell it apart from another level of the same metric ("$0.77 per basic share" beside "$0.66
per diluted share", "property-level adjusted EBITDA")."""


def _told_apart(doc: Document, a: Fact, b: Fact) -> set[str]:
    """The words of ``_TELLS_APART`` by one of two figures and not by the other (its clause and the words just past it)."""

    def words(f: Fact) -> set[str]:
        text = doc.paragraph(f.paragraph).text
        around = _before_figure(doc, f)[0] + text[f.start : min(len(text), max(f.end, _number_span(doc, f)[1]) + 30)]
        return {re.sub(r"[\s-]+", " ", w.lower()) for w in _TELLS_APART.findall(around)}

    return words(a) ^ words(b)


def _stated_otherwise(doc: Document, r: Record, rs: Sequence[Record], main: str | None) -> bool:
    """Whether the company's per-share result ``r`` (a whole company's, never a part's) is stated in another sentence
    at a level a little off its own, as the same figure (same metric, period and measure, each as plain as the
    other, no word by either telling them apart): one of the two is misspoken."""
    lv = r.level
    if lv is None or r.forward or r.subject != main or lv.qualifier is not None or lv.value_high is not None:
        return False
    if lv.per != "share":
        return False  # an amount a little off may be a part's ("the composition of revenue was $235 million in licensing")
    sentence = (lv.paragraph, doc.paragraph(lv.paragraph).sentence_at(lv.start))
    for o in rs:
        ov = o.level
        if (
            o is r
            or ov is None
            or o.forward
            or ov.qualifier is not None
            or ov.value_high is not None
            or ov.unit != lv.unit
            or ov.per != lv.per
            or ov.period != lv.period
            or o.measure != r.measure
            or (ov.paragraph, doc.paragraph(ov.paragraph).sentence_at(ov.start)) == sentence
            or (ov.value < 0) != (lv.value < 0)
            or _one_figure(ov, lv)
        ):
            continue
        if abs(ov.value - lv.value) <= OTHERWISE_WITHIN * max(abs(ov.value), abs(lv.value)) and not _told_apart(doc, ov, lv):
            return True
    return False


def _a_part_s_range(doc: Document, r: Record, rs: Sequence[Record], main: str | None) -> bool:
    """Whether the company's outlook range ``r`` is the very range the call gives for one of its parts (same metric,
    period and bounds): a range said again a few sentences on without the part's name ("guidance for our beer
    business ... 9 to 11% net sales growth" ... "We are now targeting net sales growth of 9 to 11%") is the part's.
    The part must be named as one in its own figure's sentence ("our beer business"), not a phrase read for a
    subject ("In the near term, we expect revenue growth ... reaching 18% to 20%")."""
    own = r.level if r.level is not None else r.growth
    if main is None or r.subject != main or not r.forward or own is None or own.value_high is None:
        return False
    for o in rs:
        other = o.level if r.level is not None else o.growth
        if (
            o.subject != main
            and o.forward
            and other is not None
            and _family(o.metric) == _family(r.metric)
            and (other.value, other.value_high, other.unit, other.change, other.period)
            == (own.value, own.value_high, own.unit, own.change, own.period)
            and _named_as_part(doc, other, o.subject)
        ):
            return True
    return False


def _named_as_part(doc: Document, f: Fact, subject: str) -> bool:
    """Whether ``f``'s sentence names ``subject`` as a business of the company ("our beer business")."""
    paragraph = doc.paragraph(f.paragraph)
    i = paragraph.sentence_at(f.start)
    sentence = paragraph.sentences[i].text if i is not None else paragraph.text
    return re.search(_W + re.escape(subject) + r"\s+" + _PART_NOUN + _E, sentence, re.IGNORECASE) is not None


def _plain(metric: str) -> str:
    """The metric's reported family whatever its basis ("adjusted EPS guidance" -> "EPS")."""
    return _family(_UNADJUSTED.sub("", _base_metric(metric)))


def _family(metric: str) -> str:
    """The metric as reported, whatever variant names it ("diluted EPS guidance" -> "EPS guidance")."""
    base = _base_metric(metric)
    return lexicon_metrics.reported_family().get(base, base) + metric[len(base) :]


# A highlight states a figure as the metric itself, for the company and the period it names; a figure
# whose own clause says it is something else (an effect on the metric, a part or contribution, a
# comparison base, another business's, another period's) is not printed: a missing line costs
# little, a wrong one misleads.


@dataclass(frozen=True)
class Doubt:
    """A rule: words in a figure's clause that say it is not the metric's own figure."""

    pattern: re.Pattern[str]
    why: str
    levels_only: bool = False
    """Only for a level (a change's own words say "up ... from", "by")."""
    metrics: re.Pattern[str] | None = None
    """Only for metrics whose name this matches."""


def _doubt(rx: str, why: str, levels_only: bool = False, metrics: str | None = None) -> Doubt:
    return Doubt(re.compile(rx, re.IGNORECASE), why, levels_only, re.compile(metrics, re.I) if metrics else None)


_W = r"(?<![A-Za-z])"
_E = r"(?![A-Za-z])"
_ABOUT = r"(?:(?:an?|approximately|about|roughly|nearly|around|almost|some)\s+)*"
# The clause searched is the figure's own: from the clause's start (or the figure before it) to its
# number, and the evidence past the number ("$120 million in incremental annual revenues"). A
# pattern ending in ``$`` must end right before the number.
_WITHOUT_AN_ITEM = _doubt(
    _W + r"(?:prior\s+to|before\s+(?:the|a|an|its|our)|excluding|exclusive\s+of)\s+(?:[\w-]+\s+){1,5}?"
    r"(?:of|was|were|is|are|totaled|totaling|totalled|came\s+in\s+at)\s",
    "the metric without or before an item its name is followed by ('distributable earnings prior to the realized"
    " gain on investments of $52 million'), not as reported",
    metrics=r"^(?!.*(?:excluding|before|ex-))",
)
"""A figure named as the metric without an item ("distributable earnings prior to the realized gain")."""
_ITEM_IN_EARNINGS = _doubt(
    _W + r"(?:gains?|charges?|items?|costs?|expenses?)(?:\s+and\s+losses)?\s+(?:of|totaling|totaled|were|was|is|are|to|at)\s",
    "an item in earnings",
    levels_only=True,
)
"""An item's amount ("a charge of $12 million"); not the measure that leaves it out ("net income excluding all
investment gains and losses of $124 million")."""
_ADJUSTED_METRIC = re.compile(r"adjusted|non-GAAP|(?<![a-z])core(?![a-z])")
_NAMED_THEN_EXCLUDING = re.compile(
    r"(?<![A-Za-z])(?:per\s+(?:diluted\s+)?share|EPS|earnings|income)\s+(?:excluding|exclusive\s+of)\s", re.IGNORECASE
)
"""A per-share or earnings measure named, then what it leaves out ("net operating income per share excluding
reportable catastrophes of $2.73"): one measure of the company's, not an item taken from another."""
_ADJUSTED_WORD = re.compile(r"(?<![A-Za-z])(?:adjusted|non-GAAP|core|underlying|pro forma)(?![A-Za-z])", re.IGNORECASE)

DOUBTS: tuple[Doubt, ...] = (
    _doubt(
        _W + r"will\s+(?:increase|bring|take|expand|grow|raise|lift|double)\s+(?:\S+\s+){0,9}?to\s+" + _ABOUT
        + r"(?:over\s+|more\s+than\s+)?$",
        "a level a deal will bring the company to ('This acquisition will increase our footprint to over 325"
        " locations'), not the period's",
        levels_only=True,
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        _W + r"(?:(?:market|fair|carrying|book)\s+)?(?:value|amorti[sz]ation|depreciation|impairments?|write-?downs?|"
        r"gains?|losses|income|returns?|yields?)\s+(?:on|of|from)\s+(?:(?:our|the|its|this|that|these)\s+)?"
        r"(?:[\w-]+\s+){0,4}?investments?\s+(?:\S+\s+){0,8}$",
        "the value of, or what came from, investments held ('the value of our marketable security investment climbed"
        " to more than $1.2 billion', 'amortization of tax-advantaged investments of approximately $60 million'), not"
        " an investment made or planned",
        metrics=r"investment",
    ),
    _doubt(
        _W + r"(?:our|its|the)\s+(?:[\w&'’-]+\s+){0,2}?(?-i:[A-Z])[\w&'’-]*\s+(?:platform|region|market|division|"
        r"segment|network|footprint)\s+(?:to|of|at)\s+" + _ABOUT + "$",
        "the figure of a part named by a place or brand ('increased our New England platform to 10 stores'), not the"
        " company's",
        levels_only=True,
    ),
    _doubt(
        _W + r"equity\s+(?:issuances?|offerings?|financing|raises?|needs|funding)\s+(?:of|totall?ing|at)\s+" + _ABOUT + "$",
        "equity to be raised ('an equity issuance of $200 million'), not the equity on the balance sheet",
        metrics=r"equity",
    ),
    _doubt(
        _W + r"not[\s-]+(?!(?:only|just|all|even|including|counting|the|a|an|our|its)" + _E + r")(?:yet[\s-]+)?"
        r"[A-Za-z]+(?:[\s-]+[\w-]+){0,3}?\s+(?:of|at|was|were|is|are|totall?(?:ing|ed))\s+" + _ABOUT + "$",
        "a measure its own name negates ('signed not open ABR of about $2.1 million'), printed under the name it is"
        " not",
    ),
    _doubt(
        _W + r"(?:impact(?:s|ed)?|effects? (?:of|on)|benefit(?:s|ed)?|headwinds?|tailwinds?|drags?|hits?\s+(?:to|on)|"
        r"driver of|driven by|"
        r"due to|excluded|capitaliz\w*|dilution|dilutive|accreti\w*|incremental|additional|annuali[sz]ed|"
        r"run[- ]rate|proceeds|absorb\w*|related to|associated with|contributions?\s+(?:of|from|to))" + _E,
        "an effect on the metric, a contribution to it or an item in it ('this drag on earnings is expected to be"
        " approximately $0.05 per share')",
    ),
    _doubt(
        _W + r"(?:foreign\s+exchange|(?:foreign\s+)?currenc(?:y|ies)|FX|(?:currency\s+)?translation|acquisitions?|"
        r"divestitures?|dispositions?|M&A|weather|pricing|price\s+increases?|the\s+(?:extra|additional|53rd)\s+week)\s+"
        r"(?:\S+\s+){0,3}?(?:increas|decreas|reduc|lower|rais|boost|lift|hurt|weigh|add|cut|help|improv)\w*\s+"
        r"(?:(?:on\s+)?(?:our|the|its|reported|total|consolidated|net)\s+)*(?:[\w-]+\s+){0,2}?by\s+" + _ABOUT + "$",
        "what a driver does to the metric ('we expect foreign exchange to decrease our reported revenue by approximately"
        " 1%'), not the metric's own change",
    ),
    _WITHOUT_AN_ITEM,
    _doubt(
        _W + r"(?:revenues?|sales|earnings|income|profits?|margins?|volumes?|cash)-(?:related|based|linked|driven|"
        r"dependent|sensitive)\s+[a-z]",
        "a measure named after the metric ('revenue-related compensation will be approximately $1 billion'), not the"
        " metric",
        metrics=r"revenue|sales|earnings|income|profit|margin|volume|cash|EPS",
    ),
    _doubt(
        _W + r"(?:promotes?|incentive|performance|equity(?:[\s-]method)?|affiliates?|affiliated|associates?|JVs?|"
        r"joint[\s-]ventures?|investment|trading|fee|underwriting)\s+(?:income|earnings|profits?)\s+(?:of|was|were|is|"
        r"are|totall?(?:ing|ed)|came\s+in\s+at)\s+" + _ABOUT + "$",
        "the earnings of one source ('net promote earnings of $0.01', 'equity earnings of $0.12'), not the company's"
        " earnings",
        metrics=r"^(?:diluted\s+|basic\s+)?(?:EPS|earnings per share|net income|net earnings|earnings|net profit|profit)",
    ),
    _doubt(
        _W + r"(?:contribut\w*|add(?:s|ed|ing)?|another)\s+" + _ABOUT + "$",
        "a contribution or an item ('expected to add approximately $0.06 per share')",
    ),
    _doubt(
        _W + r"represent\w*\s+" + _ABOUT + "$",
        "a contribution, an item or a ratio ('representing approximately $0.06 per share', 'represents about a 40%"
        " reinvestment ratio'); a change so said is the level's own ('revenue was $1.4 billion, representing a 12%"
        " increase')",
    ),
    _doubt(
        _W + r"(?:other\s+business(?:es)?|divisions?|subsidiar(?:y|ies)|business\s+units?|"
        r"(?:parent|holding)\s+company)(?:'s|’s)?\s+(?:\S+\s+){0,8}$",
        "the figure of a part of the company ('we expect our other businesses to be between a loss of')",
    ),
    _doubt(
        _W + r"contribut\w*\s+(?:\S+\s+){0,6}$",
        "a part's contribution ('Avista Utilities is expected to contribute in the range of')",
    ),
    _doubt(
        _W + r"(?:excluding|excludes?|excluded|exclusive of|net of|before|after)\s+(?:the|a|an|its|our)?\s*"
        r"(?:(?:expected|anticipated|estimated|planned)\s+)?$",
        "an item excluded from or added to the metric ('excluding the $0.05 per share loss')",
        levels_only=True,
    ),
    _ITEM_IN_EARNINGS,
    _doubt(
        _W + r"(?:revenues?|sales|earnings|income)\s+(?:(?:from|in|at|for)\s+(?:our|its)|from\s+the)\s+"
        r"(?!(?:(?:first|second|third|fourth|full|fiscal|current|latest|same|three|six|nine|twelve)[\s-])?"
        r"(?:quarter|period|year|months?|company|total|consolidated|group)" + _E + ")",
        "the metric of a part of the business ('revenue from our decon work')",
    ),
    _doubt(
        _W + r"(?:average (?:daily|weekly|monthly)|organic|base business|pro forma|annual)\s+"
        r"(?:net\s+)?(?:revenues?|sales|earnings|income)" + _E + "|" + _W + r"organically|on an organic basis" + _E,
        "a measure other than the period's total ('average daily revenues')",
    ),
    _doubt(
        _W + r"(?:same[\s-](?:store|property|properties|center|centre|restaurant|hotel|community|communities|"
        r"branch|location)|comparable[\s-](?:store|restaurant|property|hotel)|comp[\s-]store|like[\s-]for[\s-]like)s?" + _E,
        "a same-store or comparable measure, not the company's total ('same-store third quarter net operating income "
        "decreased 6.3%')",
        metrics=r"^(?!.*(?:same|compar|like-for-like|\bcomp\b))",
    ),
    _doubt(
        _W + r"(?:it|the acquisition|the business|the transaction|the deal)\s+"
        r"(?:is expected to|will|would|should|could)" + _E,
        "the figure of an acquired or other business",
    ),
    _doubt(
        _W + r"(?:(?:prior|previous|last)[\s-]year|a year ago|(?:19|20)\d\d)\s+when" + _E
        + "|" + _W + r"year[\s-]to[\s-]date|so far this year|through the first (?:half|nine months)" + _E,
        "a figure of another period than the one the line names",
    ),
    _doubt(
        _W + r"(?:improvement|increase|decrease|growth|decline|uplift)\s+(?:in|for) the quarter\s+(?:was|were)\s+"
        + _ABOUT + "$" + "|" + _W + r"(?:improvement|increase|decrease|decline|uplift)\s+(?:was|were|of|totaled)\s+"
        + _ABOUT + "$",
        "a change read as a level",
        levels_only=True,
    ),
    _doubt(
        _W + r"(?:(?:down|up|increas\w*|decreas\w*|declin\w*)\s+from|(?:compared (?:to|with)|versus|vs\.?)"
        r"(?!\s+(?:the\s+)?(?:last|prior|previous|a|same|year)" + _E + r"))\s+(?:\S+\s+){0,8}$",
        "a comparison base or an earlier level",
        levels_only=True,
    ),
    _doubt(
        _W + r"(?:rais\w*|lower\w*|increas\w*|narrow\w*|revis\w*|updat\w*|reduc\w*|cut|cutting|tighten\w*|"
        r"lift\w*|boost\w*|adjust\w*|chang\w*|mov(?:e|es|ed|ing)|trim\w*)\s+(?:\S+\s+){0,8}?from\s+"
        r"(?:(?:a|an|the|our|its)\s+)?(?:(?:previous|prior|earlier|original|initial)\s+)?"
        r"(?:(?:guidance|outlook|forecast|range|estimate|expectation)s?\s+)?(?:range\s+)?(?:of\s+)?" + _ABOUT + "$",
        "the earlier figure a revision starts from ('raising our guidance from a range of $8.90 to $9.10')",
    ),
    _doubt(
        _W + r"by\s+" + _ABOUT + r"(?:(?:over|more\s+than|in\s+excess\s+of|less\s+than|under|just)\s+)?$",
        "a difference ('outperformed the third quarter of last year by over $50 million')",
        levels_only=True,
    ),
    _doubt(
        _W + r"(?:between|from)\s+(?:a\s+)?(?:break[\s-]?even|zero|flat|nil)\s+(?:and|to)\s+(?:an?\s+)?"
        r"(?:(?:net\s+)?(?:loss|profit|gain|income|earnings|decline|decrease|increase|growth)\s+(?:of\s+)?)?" + _ABOUT + "$",
        "the far end of a range that starts at breakeven or zero ('between breakeven and a loss of $0.08 per share'),"
        " not the figure expected",
    ),
    _doubt(
        _W + r"(?:the\s+)?(?:low|mid|middle|high|upper)(?:[\s-]+to[\s-]+(?:low|mid|middle|high|upper))?[\s-]*$",
        "a band said in words ('revenue to grow in the mid 20% range'), not the figure written",
    ),
    _doubt(
        _W + r"break(?:s|ing)?[\s-]?even" + _E,
        "a threshold the company would break even at ('breaks even at property level with a 60% RevPAR decline'),"
        " not an outlook",
        metrics=r"guidance|outlook|target|plan",
    ),
    _doubt(
        _W + r"as\s+(?:high|low)\s+as\s+$",
        "the extreme of figures that vary ('flow throughs as high as 70%'), not the period's figure",
    ),
    _doubt(
        _W + r"(?:bottom(?:ed|ing|s)?\s+out|troughed|trough(?:ed)?\s+(?:at|of)|peak(?:ed|ing|s)?\s+(?:at|of)|"
        r"(?:low|high)\s+point\s+of)\s+(?:at\s+|around\s+|near\s+)?" + _ABOUT + "$",
        "the low or the peak a figure touched within the period ('bottoming out around 19% occupancy but"
        " incrementally growing'), not the period's figure",
    ),
    _doubt(
        _W + r"(?:19|20)\d\d\s+(?:full[\s-]year\s+|pre-pandemic\s+|annual\s+)?levels?\s+(?:of\s+)?" + _ABOUT + "$",
        "another year's level ('approach 2019 full year levels of $1.06 billion')",
        levels_only=True,
    ),

    _doubt(
        _W + r"(?:beginning|opening)(?:[\s-]of[\s-](?:the[\s-])?(?:quarter|period|year))?\s+(?:\S+\s+){0,5}$",
        "the level at the start of the period ('based on the beginning book value per share of')",
        levels_only=True,
    ),
    _doubt(
        _W + r"(?:higher|lower|better|worse)\s+than\s+(?:\S+\s+){1,10}$",
        "a comparison base ('$0.26 higher than last year's adjusted EPS of $0.50')",
        levels_only=True,
    ),
    _doubt(
        _W + r"(?:last|prior|previous)[\s-]year(?:'s|’s)\s+(?:\S+\s+){0,8}$",
        "a figure of another period than the one the line names ('last year's second quarter EPS of')",
        levels_only=True,
    ),
    _doubt(
        r"^\s*(?:reaching|reached|totaling|totalling|generating|representing|accounting for|bringing)\s+"
        + _ABOUT
        + r"[$€£¥]?\s?\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:in|of)\s",
        "the figure of the business line the clause before names ('channel, reaching $1.6 billion in revenue')",
        levels_only=True,
    ),
    _doubt(
        r"\d\s?%\s+of\s+(?:(?:our|the|its|total|all)\s+)?(?:[\w-]+\s+){0,2}(?:revenues?|sales|orders|customers|users)" + _E,
        "a share of the metric, not its change ('55% of online orders')",
    ),
    _doubt(
        r"\d\s?%\s+(?:\S+\s+){0,2}?on\s+(?:(?:net|total|our|its)\s+)?(?:revenues?|sales)" + _E,
        "a ratio on the metric, not its change ('a range of 28% to 30% on net sales of $2.09 billion')",
    ),
    _doubt(
        _W + r"(?:account(?:s|ed|ing)? for|made up|makes? up|compris(?:e|es|ed|ing)|"
        r"(?:mix|portion|proportion|percentage) of)\s+" + _ABOUT + "$",
        "a share of a whole, not the metric's change ('accounted for 55% of orders')",
        metrics=r"revenue|sales|orders|bookings|volume|income|EPS|earnings",
    ),
    _doubt(
        _W
        + r"(?:consensus|(?:the\s+)?street(?:'s|’s)?|analysts?(?:'|’)?|sell[\s-]side|estimates?\s+of)\s+"
        + r"(?:\S+\s+){0,10}$",
        "an analysts' or consensus figure, not the company's ('versus consensus of $1.20')",
    ),
    _doubt(
        _W + r"(?:authoriz\w*|authoris\w*|approv\w*|remaining|capacity|up to)" + _E,
        "an authorization, not shares bought back",
        metrics=r"buyback|repurchase",
    ),
    _doubt(
        _W + r"equity\s+(?:in|and)\s+(?:\S+\s+){0,2}?(?:earnings|income|loss(?:es)?)\s+"
        r"(?:for\s+the\s+(?:quarter|period|year)\s+)?(?:from|of|in)" + _E,
        "the company's share of an investee's result, not its own ('equity and loss from the venture ... was $4.5 million')",
        metrics=r"income|loss|earnings|profit|EPS",
    ),
    _doubt(
        _W + r"(?:amend\w*|extend\w*|refinanc\w*|repa(?:y|id|ying)|redeem\w*)\s+(?:(?:over|more\s+than|about|approximately"
        r"|nearly|some|roughly)\s+)?$",
        "an amount of debt amended, extended, refinanced or repaid, not the facility or debt held ('amending over $600"
        " million of existing revolving credit facility')",
        metrics=r"credit facility|debt|loan|notes|borrowing|liquidity",
    ),
    _doubt(
        _W + r"revenues?\s+per\s+(?!(?:diluted\s+|basic\s+|common\s+)?share)(?:\S+\s+){1,6}$",
        "revenue per room, unit or visitor, not the company's revenue ('total revenue per occupied room increased by"
        " 21%')",
        metrics=r"^(?!.*(?:\bper\b|daily)).*(?:revenue|sales)",  # (not a per-unit metric the lexicon names)
    ),
    _doubt(
        _W + r"(?:sales?|selling|purchase|contract|transaction)\s+prices?\s+(?:of\s+|was\s+|is\s+)?" + _ABOUT + "$",
        "the price of assets sold or bought, not revenue ('to sell 5 properties for an aggregate sales price of"
        " $20.5 million')",
        metrics=r"revenue|sales",
    ),
    _doubt(
        r"\d(?:\s?%|\s+percent)\s+and\s+$",
        "the second of two figures that share one name ('delivering 9.2% and 8.3% FFO per share growth for the third"
        " quarter and then year-to-date'): each is another period's or part's, and the words do not say whose",
    ),
    _doubt(
        _W + r"(?:a?ffo|funds from operations|book value|dividends?|cash flows?)" + _E,
        "another per-share measure read as earnings per share",
        metrics=r"\bEPS\b|earnings per share",
    ),
    _doubt(
        _W + r"(?:(?:were|was|had\s+been)\s+(?:expecting|anticipating|guiding|forecasting|projecting|targeting|planning)|"
        r"(?:had|previously|originally|initially)\s+(?:expected|guided|forecast|projected|anticipated|planned))" + _E,
        "an expectation held before, not the outlook now ('we were expecting $45 million to $48 million in sales')",
        metrics=r"guidance|outlook|target|plan",
    ),
    _doubt(
        _W + r"(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|topp(?:ed|ing)|outperform(?:s|ed|ing)?|"
        r"better\s+than|ahead\s+of|above|in\s+excess\s+of|short\s+of|below|miss(?:es|ed|ing)?|compared\s+(?:to|with)|"
        r"versus|vs\.?)\s+(?:(?:our|the|its)\s+)?(?:(?:previous|prior|original|initial|earlier|own|internal|quarterly)\s+)*"
        r"(?:guidance|outlook|forecast|expectations?)(?:\s+range)?(?:\s+(?:of|at|for))?\s+(?:between\s+)?" + _ABOUT + "$",
        "the guidance a figure is measured against ('adjusted earnings of $1.02 per share exceeded our guidance of $0.93"
        " to $0.95'), given before, not the outlook now",
        metrics=r"guidance|outlook|target|plan",
    ),
    _doubt(
        _W + r"(?:investment|securities|asset|loan)\s+portfolios?" + _E,
        "the size of a portfolio held, not an investment made or planned ('our $16.4 billion investment portfolio')",
        metrics=r"investment",
    ),
    _doubt(
        _W + r"(?:each|every|per|an?\s+average|the\s+average)\s+(?:new\s+)?(?:stores?|units?|locations?|restaurants?|"
        r"branch(?:es)?|outlets?|sites?|hotels?|propert(?:y|ies)|wells?|rigs?|plants?|customers?|subscribers?|members?|"
        r"employees?|vehicles?)" + _E,
        "a figure per store, unit or customer, not the company's ('each store expected to earn a pre-tax profit of "
        "almost $2.5 million annually')",
    ),
    _doubt(
        _W + r"(?:chains?|retailers?|tenants?|customers?|clients?|partners?|operators?|brands?|companies|company|firms?|"
        r"grocers?|merchants?|manufacturers?|providers?)\s+with\s+(?:annual\s+|global\s+|total\s+)?(?:revenues?|sales)\s+"
        r"(?:\S+\s+){0,3}$",
        "another company described by its revenue ('an international optical chain with revenue exceeding $5 billion')",
    ),
    _doubt(
        _W + r"(?:pipeline|backlog)" + _E,
        "projects in a pipeline, not a plan to spend ('a strong project pipeline with about $260 million worth of "
        "investments')",
        metrics=r"investment|capex|capital",
    ),
    _doubt(
        _W + r"on\s+(?:(?:our|the|its)\s+)?(?!an?\s)[\w-]+\s+business" + _E,
        "a ratio on one line of business ('our loss ratio on voluntary business to 63.6%'), not the company's",
        metrics=r"ratio|margin|rate",
    ),
    _doubt(
        _W + r"(?:current|prior)\s+accident[\s-]year" + _E,
        "an insurer's ratio for one accident year ('current accident year loss and LAE ratio ... 63.6%') under the name"
        " of the period's ratio",
        metrics=r"^(?!underlying|catastrophe).*(?:ratio|margin|rate)",
    ),
    _doubt(
        _W + r"exit(?:s|ed|ing)?\s+(?:(?:the|this|next|our|fiscal)\s+)?(?:year|quarter|period|(?:19|20)\d\d|'\d\d)" + _E,
        "the rate at the end of a period ('we expect to exit 2023 with adjusted EBITDA margins of 25%'), not the"
        " period's",
    ),
    _doubt(
        _W + r"reinvest\w*" + _E,
        "dividends clients or holders reinvested, not the company's dividend ('Reinvested dividends were $2.3 billion')",
        metrics=r"dividend",
    ),
    _doubt(
        r"(?<![\w$€£¥.,])(?<!from\s)(?<!from\sabout\s)(?<!from\sapproximately\s)(?!(?:19|20)\d\d(?!\d))\d[\d,]*(?:\.\d+)?"
        r"\s*(?:-|–|to)\s*$"
        + "|" + _W + r"between\s+" + _ABOUT + r"\d[\d,]*(?:\.\d+)?\s+and\s+$"
        + "|" + _W + r"flat\s+(?:to|-|–)\s+(?:(?:down|up|negative|minus|positive|plus)\s+)?" + _ABOUT + "$",
        "the far end of a range whose first end carries no unit or is flat ('to increase by approximately 275 to 300"
        " basis points', 'flat to down 2%'): one end, not the figure expected",
    ),
    _doubt(
        _W + r"(?:un-?depreciated|un-?reali[sz]ed|reali[sz]ed|distributable)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:book\s+value|loss(?:es)?|gains?|earnings|income)\s+(?:\S+\s+){0,3}$",
        "a measure its words set apart from the metric's ('our undepreciated book value increased to $13.63 per"
        " share', 'Distributable loss of $24.7 million'), printed under the plain name it is not",
        metrics=r"^(?!.*(?:depreciated|reali[sz]ed|distributable|\bEPS\b|earnings per share|loss per share))",
    ),
    _doubt(
        _W + r"(?:sales|revenues?|rates?|prices?|pricing|shipments?|volumes?|orders|spend(?:ing)?)\s+(?:to|from|for|with|of)\s+"
        r"(?:[\w&-]+\s+){0,4}?(?:customers?|clients?|subscribers?|members?|users?|accounts?)\s+(?:\S+\s+){0,6}$",
        "what a group of customers bought or was charged ('sales to commercial customers decreased 37%', 'rates to new"
        " customers were 28% higher'), not their number",
        metrics=r"customers|clients|subscribers|users|members|accounts",
    ),
    _doubt(
        _W + r"(?:borrowers?|tenants?|operators?|obligors?|sponsors?|lessees?|customers?|propert(?:y|ies)|buildings|"
        r"hotels|stores)\s+with\s+(?:\S+\s+){0,5}$",
        "a figure that describes one borrower or tenant, or some properties ('aligned with the borrower with a 62%"
        " LTV', 'we have properties with a physical occupancy well above 70%'), not the company's",
    ),
    _doubt(
        _W + r"(?:annual|annuali[sz]ed|yearly)\s+(?:[\w-]+\s+){0,2}?(?:dividends?|distributions?|NOI|net\s+operating\s+income|"
        r"rents?|revenues?|sales|income|earnings|EBITDA|a?ffo)\s+(?:\S+\s+){0,4}$",
        "a year's amount ('a 10% increase in the annual dividend to $0.88 per share'), not the quarter's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        _W + r"which\s+(?:is|are|was|were|remains?)\s+(?:a|an|the|one|our)\s+(?:[\w-]+\s+){0,3}?(?:indicators?|measures?|"
        r"drivers?|proxy|predictors?|gauges?|signs?|sources?|components?)\s+(?:of|for)\s+",
        "the figure of the noun a clause describes as a sign of the metric ('Our backlog, which is a key indicator of"
        " revenue growth, increased by 18%'), not the metric's",
    ),
    _doubt(
        _W + r"(?:upside|downside)\s+(?:potential\s+)?(?:to|for|in|on)" + _E,
        "a potential gain or loss to a measure ('the sales create upside to earnings and book value of about $0.41 per"
        " share'), not the measure's level",
    ),
    _doubt(
        _W + r"fair\s+(?:market\s+)?value\s+of\s+" + _ABOUT + "$",
        "the value of what is held ('we held securities with a fair market value of $188 million'), not an"
        " investment made or planned",
        metrics=r"investment|capex|capital|buyback|acquisition",
    ),
    _doubt(
        _W + r"(?:usage|burn|outflow|use|used)\s+(?:was|were|of|totall?ed|came\s+in\s+at|amounted\s+to)\s+" + _ABOUT + "$",
        "cash used, read without its sign ('free cash flow usage was $3.4 million'), printed as cash generated",
        metrics=r"cash\s+flow|working\s+capital",
    ),
    _doubt(
        _W + r"an?\s+(?:use|usage|outflow|burn)\s+of\s+" + _ABOUT + "$",
        "cash used, read without its sign ('we generated $101.6 million from working capital compared to a use of $264.9"
        " million'), printed as cash generated",
        metrics=r"cash\s+flow|working\s+capital",
    ),
)
_DOUBT_SEARCHES = tuple((d, Sifted(anchored(d.pattern)), not d.pattern.pattern.endswith("$")) for d in DOUBTS)
"""Each of ``DOUBTS``, its pattern made faster (the same matches), and whether it reads the words
after the number too (a pattern that ends in ``$`` reads those before it only)."""
_CLAUSE_START = anchored(re.compile(r"[;:,，；：。]|(?<![A-Z]\.[A-Z])\.\s|—|--"))  # ("the U.S. in": no clause end)
_AMOUNT_IN = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|thousand))?", re.IGNORECASE)
_OR_SAME = re.compile(r",?\s*or\s+(?:about\s+|approximately\s+)?", re.IGNORECASE)
_CHANGE_WORD = re.compile(
    r"(?:up|down|increas\w*|decreas\w*|rose|fell|gr[eo]w\w*|improv\w*|declin\w*|by|"
    r"(?:increase|decrease|growth|improvement|decline|change|rise|gain|drop|reduction)\s+of|and|from|to|with|versus|vs\.?|\()\s*"
    r"(?:approximately\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)


_QUARTER_NAMED = re.compile(
    r"本季度?|该季度?|当季|单季|第[一二三四1-4]季度?|[一二三四]季度|(?<![A-Za-z])(?:(?:this|the|in the|during the|"
    r"first|second|third|fourth)[\s-](?:fiscal[\s-])?quarter|Q[1-4]|[1-4]Q)(?![A-Za-z])",
    re.IGNORECASE,
)


_figure_heads: dict[int, tuple[Document, Fact, int, int]] = {}
"""Where ``_before_figure``'s words start and end for the facts of the last document, by fact
object (a record asks for each figure's words several times: its doubts, clause, number span,
years); offsets, not the words, so that a long document's figures hold no copy of their clauses."""
_figure_heads_of: list[Document | None] = [None]


_USED_JUST_BEFORE = re.compile(
    r"(?<![A-Za-z])an?\s+(?:use|usage|outflow|burn|drain)\s+of\s+(?:(?:approximately|about|around|roughly)\s+)?$", re.IGNORECASE
)
"""Right before a comparison base: cash used ("compared to a use of $264.9 million"), which the line would print
unsigned beside cash generated."""


_IMPLIED_JUST_BEFORE = re.compile(
    r"(?<![A-Za-z])impl(?:ies|y|ying)\s+(?:(?:approximately|about|around|roughly|an?)\s+)?$", re.IGNORECASE
)
"""Right before a figure: the part of a forecast just given it leaves for a shorter period ("which implies ")."""


def _before_figure(doc: Document, f: Fact) -> tuple[str, int]:
    """The words of a figure's clause before its number (from the clause's start or the figure
    before it, whichever is nearer), and where its number starts in the paragraph."""
    hit = _figure_heads.get(id(f))
    if hit is not None and hit[0] is doc and hit[1] is f:
        return doc.paragraph(f.paragraph).text[hit[2] : hit[3]], hit[3]
    if _figure_heads_of[0] is not doc:
        _figure_heads.clear()  # (another document: its facts only)
        _figure_heads_of[0] = doc
    start, number = _figure_head(doc, f)
    _figure_heads[id(f)] = (doc, f, start, number)
    return doc.paragraph(f.paragraph).text[start:number], number


def _figure_head(doc: Document, f: Fact) -> tuple[int, int]:
    """Where ``_before_figure``'s words start in the paragraph, and where the number starts."""
    text = doc.paragraph(f.paragraph).text
    at = f.evidence.rfind(f.raw) if f.raw else -1
    number = f.start + at if at >= 0 else f.start
    p = doc.paragraph(f.paragraph)
    at_sentence = p.sentence_at(f.start)
    start = p.sentences[at_sentence].start if at_sentence is not None else 0
    head = text[start:number]
    cut = 0
    for m in _CLAUSE_START.finditer(head):
        cut = m.end()
    ends = [m.end() for m in _AMOUNT_IN.finditer(head)]
    if ends and _OR_SAME.fullmatch(head, ends[-1]):
        ends.pop()  # "$39.9 million or $1.02 per share": one figure said two ways, one clause
    if ends:
        cut = max(cut, ends[-1])
    return start + cut, number  # (``text[start + cut : number]`` is ``head[cut:]``)


_QUARTER_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?:[1-4]Q|Q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?quarter)(?![A-Za-z])"
    r"|第?[一二三四1-4]季度|第[一二三四]季",
    re.IGNORECASE,
)
_YEAR_WORDS = re.compile(
    r"(?<![A-Za-z])(?:annual|full[- ]year|for the year|fiscal (?:year|20\d\d)|(?:19|20)\d\d)(?![A-Za-z0-9])|全年|年度",
    re.IGNORECASE,
)


_OWN_YEAR = re.compile(r"^\s*(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?'?(?:(?:19|20)\d\d|\d\d)(?!\d)", re.IGNORECASE)


_REASON_LEAD = re.compile(
    r"\s*(?:given|considering|in light of|on the back of|because of|encouraged by)\b[^,;]*,", re.IGNORECASE
)
"""A clause that gives the reason before the figure's own ("Given a strong outlook for Q4, we are raising our
guidance to ..."): a quarter it names is not the figure's."""


def _quarter_of_figure(doc: Document, f: Fact, q: int) -> bool:
    """Whether a figure's sentence names quarter ``q`` for it: before the figure, or after it
    before any other amount."""
    _, number = _before_figure(doc, f)
    p = doc.paragraph(f.paragraph)
    at_sentence = p.sentence_at(f.start)
    sentence = p.sentences[at_sentence] if at_sentence is not None else None
    end = sentence.end if sentence is not None else len(p.text)
    head = p.text[sentence.start if sentence is not None else 0 : number]
    after = p.text[max(number, f.end) : end]
    nxt = _AMOUNT_IN.search(after)
    if q in quarter_mentions(after[: nxt.start()] if nxt else after):
        return True
    reason = _REASON_LEAD.match(head)
    named = [
        m
        for m in _QUARTER_NAME.finditer(head)
        if q in quarter_mentions(m.group()) and (reason is None or m.start() >= reason.end())
    ]
    # "Given our Q3 results, we are adjusting our annual guidance and now expect revenue of ...": the
    # year's guidance, said after the quarter
    if not named:
        return False
    rest = _OWN_YEAR.sub("", head[named[-1].end() :], count=1)  # "the first quarter of 2021 revenues"
    return not _YEAR_WORDS.search(rest)


_NAMED_PART = re.compile(
    r"(?<![\w'’&.-])(?!(?:Total|Net|Consolidated|Company|GAAP|Non-GAAP|Adjusted|Reported|Core|Quarterly|Quarter|"
    r"First|Second|Third|Fourth|Q[1-4]|Our|The|This|Its|Record|Overall|Operating|Gross|Fiscal|FY|Full|Year|Group|"
    r"Comparable|Worldwide|Global|Combined|In|For|With|And|But|So|Also|Both|As|At|On|Of|Then|Now|Higher|Lower)"
    r"(?:-[A-Za-z]+)?(?:'s|’s)?(?![\w'’&.-]))[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:'s|’s|'|’)?"
    # a period between the name and the metric ("Drone Systems full-year revenue")
    r"(?:\s+(?:full[- ]year|fiscal(?:[- ]year)?|(?:first|second|third|fourth)[- ]quarter|quarterly|annual|"
    r"(?:first|second)[- ]half|Q[1-4]|FY\s?'?\d*|(?:19|20)\d\d))?"
    r"\s+(?:net\s+)?(?:revenues?|sales|orders|bookings)(?![A-Za-z])"
)
"""A name before the metric ("Domestic Card revenue", "CooperVision revenues", "Drone Systems
full-year revenue"): a part's figure, unless the document names itself so at its start (the
company's own name)."""
_PART_TAIL = re.compile(
    r"(?:'s|’s|'|’)?(?:\s+(?:full[- ]year|fiscal(?:[- ]year)?|(?:first|second|third|fourth)[- ]quarter|quarterly|"
    r"annual|(?:first|second)[- ]half|Q[1-4]|FY\s?'?\d*|(?:19|20)\d\d))?\s+(?:net\s+)?(?:revenues?|sales|orders|bookings)$",
    re.IGNORECASE,
)


_PART_AFTER = re.compile(
    r"(?<![A-Za-z])(?i:(?:net\s+)?(?:revenues?|sales|orders|bookings|business(?:es)?|operations)\s+"
    r"(?:(?:growth|increases?|decreases?|declines?)\s+)?"
    r"(?:for|at|in|from|of)\s+(?:the\s+|our\s+|its\s+)?)"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)*)"
)
"""A name after the metric, or after its change ("Sales for EIG were", "revenue in North America", "revenue growth
for the U.S. in the range of 1% to 5%"): a part's figure."""
_LOWER_PART_AFTER = re.compile(
    r"(?<![A-Za-z])(?i:(?:net\s+)?(?:revenues?|sales|orders|bookings)\s+(?:of|from|for|in)\s+(?:our|its)\s+)"
    r"(?P<name>(?!(?:total|entire|whole|overall|combined|existing|current|global|worldwide)\s)(?:[a-z][\w-]*\s+){1,3}?)"
    r"(?:portfolios?|franchises?|businesses|business|segments?|divisions?|brands?|product\s+lines?)(?![A-Za-z])"
)
"""A part named in lowercase words after the metric ("Global sales of our key dermatology portfolio were $224
million", "revenue from our specialty pharmacy business"): that part's figure, not the company's."""
_PART_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:to|-|–)\s*[$€£¥]?\d[\d.,]*\s?(?:%|percent)?\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?=(?i:(?:net\s+)?(?:revenues?|sales|orders|bookings)\s))"
)
"""Between a figure and the metric right after it ("27% to 28% currency-neutral revenue growth for Life Science"): the
name after that metric is whose figure it is (``_PART_AFTER``)."""
_PART_OUTLOOK = re.compile(
    r"(?<![A-Za-z])(?i:(?:outlook|guidance|expectations?|forecast|view)\s+(?:for|in|on)\s+(?:the\s+|our\s+|its\s+)?)"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)*)"
)
"""A name the outlook is for ("Our outlook for Cloud is revenue of $1.6 billion"): a part's figure."""
_NOT_A_PART = re.compile(
    r"(?:Q[1-4]|[1-4]Q|H[12]|FY\S*|Fiscal|Calendar|First|Second|Third|Fourth|Full|Year|Quarter|Period|Total|"
    r"Company|Group|Consolidated|GAAP|Non-GAAP|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?![\w'’-])"
)


_TITLE_OF = re.compile(
    r"(?<![A-Za-z])(?:President|Head|Manager|Officer|Director|Leader|Chief|Chair(?:man|woman)?)\s+(?:of|for)\s+(?:the\s+|our\s+)?"
    r"[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)*"
)
"""An executive's title naming the business line they run ("President of the Life Science Group"): the line is not
the company's own name for being said at the call's start."""


def _named_part(doc: Document, f: Fact, clause: str) -> bool:
    """Whether the clause names a business line before the metric, or after it ("Sales for EIG
    were $934 million"), that the figure is not given to."""
    head = _TITLE_OF.sub(" ", " ".join(p.text for p in doc.paragraphs[:2] if p.n != f.paragraph))
    subject = f.subject.lower()
    names = [
        _PART_TAIL.sub("", m.group())
        for m in _NAMED_PART.finditer(clause)
    ]
    names += [
        m.group("name")
        for rx in (_PART_AFTER, _PART_OUTLOOK)
        for m in rx.finditer(clause)
        if not _NOT_A_PART.match(m.group("name"))
    ]
    names += [m.group("name").strip() for m in _LOWER_PART_AFTER.finditer(clause)]
    part = list(_LOWER_PART_AFTER.finditer(_sentence_head(doc, f)))
    if part and _TOTAL_NOUNS["revenue"].search(f.metric) and not _TOTAL_NOUNS["revenue"].search(_sentence_head(doc, f), part[-1].end()):
        names.append(part[-1].group("name").strip())  # "..., growing 24% operationally": the part's change too
    text = doc.paragraph(f.paragraph).text
    end = _number_span(doc, f)[1]
    lead = _PART_RIGHT_AFTER.match(text, end)
    right = _PART_AFTER.match(text, lead.end()) if lead is not None else None
    if right is not None and not _NOT_A_PART.match(right.group("name")):
        names.append(right.group("name"))
    return any(
        not _words_in(name, head) and subject not in name.lower() and not _words_in(name.lower(), subject) for name in names
    )


_TOTAL_NOUNS = {
    "revenue": re.compile(r"(?<![A-Za-z-])(?:revenues?|sales)(?![A-Za-z-])", re.IGNORECASE),
    "EBITDA": re.compile(r"(?<![A-Za-z-])EBITDA(?![A-Za-z-])"),
}
"""The nouns of the company totals a narrowing word turns into a part's figure."""
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’-])([a-z][A-Za-z'’-]*)\s+$")


def _part_of_total(doc: Document, f: Fact, family: str) -> bool:
    """Whether the noun of a total (revenue, EBITDA) nearest a figure in its sentence is narrowed
    by the word right before it, or before its basis ("banqueting revenue", "hotel EBITDA",
    "property-level adjusted EBITDA"): a part's figure, not the company's. Words of the whole (total, net, the period, a basis, a reporting
    verb: ``total_words``) narrow nothing; a capitalised name is a business line ``_named_part``
    reads."""
    noun_rx = _TOTAL_NOUNS.get(family)
    if noun_rx is None:
        return False
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    start, end = (p.sentences[at].start, p.sentences[at].end) if at is not None else (0, len(p.text))
    nouns = list(noun_rx.finditer(p.text, start, end))
    if not nouns:
        return False
    before, number = _before_figure(doc, f)
    # the noun the figure's clause names before it ("fee revenue" after it is another figure's),
    # else the nearest after it ("$822 million of revenue")
    ahead = [m for m in nouns if number - len(before) <= m.start() < number]
    at_word = (ahead[-1] if ahead else min(nouns, key=lambda m: abs(m.start() - number))).start()
    while (word := _WORD_BEFORE.search(p.text, start, at_word)) is not None:
        said = word.group(1).lower().replace("’", "'")
        if said in lexicon_metrics.total_basis_words():
            at_word = word.start()  # "hotel net revenue": the word before the basis narrows it
            continue
        # a past form reports the figure ("the Trust recognized net income of"), it narrows nothing
        return not said.endswith("ed") and said not in lexicon_metrics.total_words()
    return False


def _words_in(name: str, subject: str) -> bool:
    """Whether ``name`` is whole words of ``subject`` ("nova" of "nova sky", never "ae" of "aeo": a
    brand whose name begins the company's ticker is still a brand)."""
    return re.search(r"(?<![\w&'’-])" + re.escape(name) + r"(?![\w&-])", subject) is not None


_PLANNED = re.compile(
    r"(?<![A-Za-z])(?:planned|plans? (?:to|for)|plan of|(?:two|three|four|five|ten|\d+)[- ]years?|multi[- ]year|"
    r"over the (?:next|coming)|targets?|targeted|goal|aims? to|commit(?:s|ted)? to|intends? to)(?![A-Za-z])"
    r"|计划|规划|目标|未来[一二三四五六七八九十两\d]+年",
    re.IGNORECASE,
)
"""In a figure's clause: the figure is a plan or a target, or spans years, not a result of one period."""


_AIMED = re.compile(
    r"(?<![A-Za-z])(?:objectives?|targets?|targeting|goals?|aspirations?|ambitions?|milestones?|"
    r"on track to|aim(?:s|ing)? (?:to|for)|plans? to|intends? to|expect(?:s|ed|ing)? to|to (?:achieve|reach|hit)|"
    r"would|could|pro forma)(?![A-Za-z])|目标|计划",
    re.IGNORECASE,
)
"""In a result's clause: the figure is aimed at or hypothetical, not the period's result."""


_GOAL = re.compile(
    r"(?<![A-Za-z])(?:goals?|objectives?|aspirations?|ambitions?|milestones?|on track to (?:reach|achieve|hit))"
    r"(?![A-Za-z])|目标",
    re.IGNORECASE,
)
"""In a forward figure's clause: a goal, which no year bounds unless the source names one."""


_IN_THE_QUARTER_AFTER = re.compile(
    r"[^,;.]{0,40}?(?<![A-Za-z])(?:in|during|for|over)\s+(?:the|this)\s+(?:quarter|period)(?![A-Za-z])", re.IGNORECASE
)
"""Right after a figure in a sentence of expectations: the figure is what the reported quarter did."""
_PER_QUARTER_AFTER = re.compile(
    r"[^,;.]{0,40}?(?<![A-Za-z])(?:per|a|each|every)\s+quarter(?![A-Za-z])|\s+quarterly(?![A-Za-z])", re.IGNORECASE
)
"""Right after a planned figure: a quarter's amount ("$50 million in share repurchase per quarter"), not the year's."""
_QUARTERLY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:quarterly|per[\s-]quarter|each\s+quarter|every\s+quarter)\s+(?:[\w$.,'’-]+\s+){0,5}$", re.IGNORECASE
)
"""In a forward figure's clause, before its number: a quarter's amount ("We expect quarterly revenue of roughly")."""
_RANGE_ON = re.compile(
    r"\s*(?:(?P<to>-|–|to)|(?P<and>and))\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?[$€£¥]?\d", re.IGNORECASE
)
_DIRECTED_RANGE_ON = re.compile(r"\s*(?:-|–|to)\s+(?:down|up|negative|minus)\s+\d", re.IGNORECASE)
"""After a change: the other end of its range, written with its direction ("down 10% to down 4%"); a plain
"to $2.1 billion" after a change is the level it reached."""
_RESPECTIVELY = re.compile(r"(?<![A-Za-z])respectively(?![A-Za-z])", re.IGNORECASE)


def _low_end_of_range(doc: Document, level: Fact, ahead: bool) -> bool:
    """Whether a single figure is the low end of a range its sentence goes on with ("adjusted EPS of $3.20
    and $3.40", "from about $0.05 to about $0.20"); "$0.59 and $0.61, respectively" is a list, and an
    actual "and" pair (GAAP and adjusted) is one too."""
    p = doc.paragraph(level.paragraph)
    m = _RANGE_ON.match(p.text, _number_span(doc, level)[1])
    if m is None:
        return False
    if m.group("and"):
        return ahead and not _RESPECTIVELY.search(_sentence_text(doc, level))
    return True


_EARNINGS_WORD = re.compile(
    r"(?<![A-Za-z])(?:earnings|earned|earn|EPS|income|profits?|loss(?:es)?|lost|lose|FFO|AFFO|net)(?![A-Za-z])",
    re.IGNORECASE,
)
_ITEM_WORD = re.compile(
    r"(?<![A-Za-z])(?:expenses?|costs?|impacts?|effects?|charges?|benefits?|outages?|assumptions?|headwinds?|"
    r"tailwinds?|cash|proceeds|liquidity)(?![A-Za-z])",
    re.IGNORECASE,
)


def _item_per_share(doc: Document, level: Fact) -> bool:
    """A per-share figure in a sentence that names no earnings but an expense, a cost, an impact or cash: that
    item's amount per share ("increasing our bad debt expense assumption ..., which is $0.01 a share"; "Cash, pro
    forma for the sale, was $285 million. This equates to $2.50 per share")."""
    said = _sentence_text(doc, level)
    if _EARNINGS_WORD.search(said):
        return False
    if _ITEM_WORD.search(said):
        return True
    # "The actual impact ... was $0.22 per share ... The full year estimate remains at $0.81 per share": the
    # sentence goes on about the item the one before it names
    # (a sentence that names guidance or an expectation is the company's own outlook: "guidance of $1.85 to $2.05 per share")
    before = _sentence_before(doc, level)
    return bool(
        before and not _GUIDANCE_WORD.search(said) and not _EARNINGS_WORD.search(before) and _ITEM_WORD.search(before)
    )


_GUIDANCE_WORD = re.compile(r"(?<![A-Za-z])(?:guid\w*|outlook|forecast\w*|expect\w*)(?![A-Za-z])", re.IGNORECASE)


def _sentence_before(doc: Document, f: Fact) -> str:
    """The sentence before a figure's (the last of the paragraph before, for a paragraph's first)."""
    p = doc.paragraph(f.paragraph)
    sentences = p.sentences
    si = p.sentence_at(f.start)
    if si is not None and si > 0:
        return sentences[si - 1].text
    if f.paragraph > 1:
        earlier = doc.paragraph(f.paragraph - 1).sentences
        return earlier[-1].text if earlier else ""
    return ""


_MARKET_SIZE = re.compile(
    r"(?<![A-Za-z])(?:demand|markets?|TAM|industry)\s+(?:for\s+(?:[\w-]+\s+){0,4})?(?:grows?|growing|is|was|size|"
    r"to reach|reaching|exceeding|expected to)\s+[^.;]{0,40}$",
    re.IGNORECASE,
)
"""Before a figure: the size of a market the company sells into, not the company's figure."""
_MARKET_NAMED = re.compile(
    r"(?:(?<![A-Za-z-])(?-i:markets?|industry|industrywide|industry-wide|SAAR|GDP|economy)|^\s*(?-i:Industry))(?![A-Za-z-])"
    r"(?!\s+(?:share|shares|position|leadership|cap|capitalization|value|price|prices|conditions?|environment)(?![A-Za-z]))"
    r"(?:(?!(?<![A-Za-z])(?:we|our|us|drive[sn]?|driving|support\w*|help\w*|contribut\w*|lead\w*)(?![A-Za-z]))[^.;]){0,60}$",
    re.IGNORECASE,
)
"""A market or an industry named as what a forecast is about ("the European car market to grow 3%",
"industry production in North America is expected to rise 4%"), the words up to the figure its own (not
"across our markets, we raised our outlook", "markets will drive 9% revenue growth"; a line named
"Capital Markets" is the company's): its outlook, not the company's."""


_MARKET_SUBJECT = re.compile(r"(?:[a-z][a-z-]*\s+)*(?:industry|industries|economy)")
"""A subject in lowercase words ending in an industry's name ("industry", "new vehicle industry"): all the firms the
company competes with, whose results are no figure of the company's ("our defense market revenue" is the company's
sales in that market)."""


def _since_a_number(words: str) -> str:
    """Words after the last number in ``words`` (another figure's words are not this one's: "the market to
    grow 3% in 2022, with our sales up about 5%")."""
    ends = [m.end() for m in re.finditer(r"\d[\d,.]*", words)]
    return words[ends[-1] :] if ends else words


_YIELDED_BY = re.compile(
    r"(?<![A-Za-z])(?:investments?|projects?|expansions?|acquisitions?|initiatives?|programs?|deals?|transactions?|"
    r"plants?|facilit(?:y|ies)|capacity)(?![A-Za-z])[^.;]{0,60}?(?<![A-Za-z])"
    r"(?:generate|add|contribute|deliver|bring)\s+(?:(?:about|approximately|roughly|around|an?|additional|"
    r"incremental|over|more\s+than|up\s+to)\s+)*$",
    re.IGNORECASE,
)
"""Before a forward figure: what an investment or an acquisition is to add, not the company's guidance."""
_TARGET_NOUN = re.compile(
    r"(?<![A-Za-z])(?:targets?(?:\s+(?:is|are|was|were))?\s+(?:of|at)|financial\s+targets?|ultimately|eventually|"
    r"over\s+time)(?![A-Za-z])",
    re.IGNORECASE,
)
_YEAR_NAMED = re.compile(
    r"(?<![\w'])(?:(?:19|20)\d\d|'\d\d|FY\s?\d{2,4}|(?:next|this|the|full|fiscal|coming|calendar)[\s-]+year)(?![A-Za-z])",
    re.IGNORECASE,
)


def _untimed_target(doc: Document, f: Fact) -> bool:
    """A forward figure its sentence calls a target ("our financial targets of $4.5 billion in sales")
    without naming the year it is for: an ambition, not the guidance of the year ahead."""
    head = _sentence_head(doc, f) + doc.paragraph(f.paragraph).text[f.start : f.end]
    return bool(_TARGET_NOUN.search(head)) and not _YEAR_NAMED.search(head)


def _long_term_lead(doc: Document, f: Fact) -> bool:
    """A sentence that opens a span of years before a forward figure ("Over the next three years, we expect
    to generate $5 billion"), naming no single year after it."""
    head = _sentence_head(doc, f)
    m = _LONG_TERM.search(head)
    return m is not None and not _YEAR_IN.search(head, m.end())


GUIDANCE_LEAD_REACH = 3
_YEAR_SAID = re.compile(
    r"(?<![A-Za-z])(?:(?:full|whole|fiscal|calendar)[\s-]year|annual|(?:19|20)\d\d|FY)(?![A-Za-z])", re.IGNORECASE
)


_QUARTER_YEAR = re.compile(
    r"(?<![A-Za-z])(?:(?:first|second|third|fourth)[\s-]quarter|Q[1-4])(?:\s+of)?\s+(?:fiscal\s+)?'?(?:19|20)?\d\d(?!\d)",
    re.IGNORECASE,
)
"""A quarter with its year ("the fourth quarter of 2021", "Q4 2021"): the year only dates the quarter, no year's outlook."""


def _year_said(text: str) -> bool:
    """Whether a paragraph names a year on its own, not only as the year of a quarter it names."""
    return _YEAR_SAID.search(_QUARTER_YEAR.sub(" ", text) if "uarter" in text or "Q" in text else text) is not None


def _guidance_lead(doc: Document, pn: int, guides: bool = False) -> int | None:
    """The paragraph shortly before a forward figure's that opens the outlook it belongs to by naming one
    quarter ("Turning to our third quarter guidance."), when no paragraph between names another period; the
    same speaker's, in the same section. With ``guides`` (``_guides_before``), the paragraph right before
    opens it by its own guidance for that quarter ("The revenue range for the fourth quarter is between ...")."""
    section, speaker = doc.paragraph(pn).section, doc.paragraph(pn).speaker
    for n in range(pn - 1, max(0, pn - 1 - GUIDANCE_LEAD_REACH), -1):
        text = doc.paragraph(n).text
        if doc.paragraph(n).section != section or doc.paragraph(n).speaker != speaker:
            return None  # (an analyst's question that names the quarter is not the speaker's outlook)
        quarters = set(quarter_mentions(text))
        if quarters:
            ahead = _AHEAD.search(text) or (guides and n == pn - 1)
            return n if len(quarters) == 1 and ahead and not _year_said(text) else None
        if _YEAR_SAID.search(text):
            return None
    return None


def _guides_before(doc: Document, facts: Sequence[Fact], pn: int, period: str | None) -> bool:
    """Whether the last sentence of the paragraph before gives a forward figure of ``period`` ("The revenue
    range for the fourth quarter is between $270 million and $300 million. Diluted earnings per share range is
    between ..."): the outlook of that period goes on into the next sentence."""
    if period is None or pn <= 1 or not doc.paragraph(pn - 1).sentences:
        return False
    last = doc.paragraph(pn - 1).sentences[-1]
    return any(
        f.paragraph == pn - 1
        and f.period == period
        and f.metric.endswith(FORWARD_SUFFIXES)
        and f.basis is None
        and last.start <= f.start < last.end
        for f in facts
    )


_OLD_GUIDANCE = re.compile(
    r"(?<![A-Za-z])(?:(?:coming|heading|going|entering)\s+into\s+the\s+(?:quarter|period)|"
    r"(?:guidance|outlook|forecast)\s+(?:\S+\s+){0,4}?(?:was|had been)\s+(?!(?:raised|lifted|increased|lowered|cut|"
    r"reduced|narrowed|updated|revised|reaffirmed|maintained)\b)|(?:had|originally|initially)\s+(?:guided|expected|forecast))",
    re.IGNORECASE,
)
"""Before a guidance figure of the quarter being reported: the guidance given before it ("Our Q3
revenue guidance coming into the quarter was a range of"), not an outlook."""

_LONG_TERM = re.compile(
    r"(?<![A-Za-z])(?:long(?:er)?[- ]term|mid[- ]?range|(?:medium|intermediate)[- ]term|multi[- ]year|(?:three|four|five|3|4|5)[- ]year|"
    r"over the (?:next|coming) (?:(?:few|several|two|three|four|five|\d+) years|decade))(?![A-Za-z])|长期|中期|"
    r"未来[一二三四五六七八九十两\d]+年",
    re.IGNORECASE,
)
"""In a forward figure's clause: a target years out, not the guidance for the year ahead."""


def _clause(doc: Document, f: Fact) -> str:
    """A figure's own clause up to its number, and the evidence past it."""
    before, number = _before_figure(doc, f)
    return before + doc.paragraph(f.paragraph).text[number : max(number, f.end)]


def _before_figure_words(doc: Document, f: Fact) -> str:
    """The last words of a figure's sentence before its number, across clause marks ("a 5-year, $150 million
    program": the span the clause before gives the amount)."""
    return _sentence_head(doc, f)[-PLAN_SPAN_REACH:]


# How many characters before a planned amount may say the span it is over.
PLAN_SPAN_REACH = 40


def _words_after(doc: Document, f: Fact) -> str:
    """A figure's sentence after its number, to the sentence's end."""
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    end = p.sentences[at].end if at is not None else len(p.text)
    after = _number_span(doc, f)[1]
    return p.text[after : max(end, after)]


def _sentence_tail(doc: Document, f: Fact) -> str:
    """A figure's sentence after the figure ("grow related revenue by 25% to 30% over the next few years"), up
    to a remark on it (", which reflects ...") or another clause."""
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    end = p.sentences[at].end if at is not None else len(p.text)
    tail = p.text[_number_span(doc, f)[1] : max(end, _number_span(doc, f)[1])]
    cut = _TAIL_END.search(tail)
    return tail[: cut.start()] if cut else tail


@cache
def _region_in() -> re.Pattern[str]:
    """"in" and a region's name (subjects.yaml regions), right after a figure or after the metric's
    name said after it ("13% to 14% full year sales growth in our North America water treatment")."""
    names = sorted({a for r in lexicon_subjects.regions() for a in r.aliases if a.isascii()}, key=len, reverse=True)
    return re.compile(
        r"\s*(?:(?:full[\s-]year|annual|(?:net\s+)?sales|revenues?|growth|volumes?)\s+){0,4}"
        r"(?:in|from|across|throughout)\s+(?:the\s+|our\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z])",
        re.IGNORECASE,
    )


def _region_after(doc: Document, f: Fact) -> bool:
    """Whether the words right after a figure give it to a region ("local currency sales between 18%
    to 20% in China"): the region's figure, whatever subject the facts gave it."""
    return bool(_region_in().match(_sentence_tail(doc, f)))


_TAIL_END = re.compile(r",\s*(?:which|that|compared|versus|as)\b|;|\(|\s+but\s+", re.IGNORECASE)
"""Where a figure's own words end after it: a remark on it, or another clause."""


_PART_KINDS = r"(?:portfolio|segment|business|division|platform|unit|brand|fund|region|operations)(?![A-Za-z])"
_PART_OPENING = re.compile(
    r"^\s*(?:(?:and|also|meanwhile|now|next|finally|turning\s+to|moving\s+to)\s*,?\s+)?"
    r"(?:(?:our|its)\s+(?!(?:same|comparable|core|total|consolidated|stabili[sz]ed|operating|entire|overall|whole|"
    r"wholly|existing|current|legacy|combined|remaining|underlying|reportable)(?![A-Za-z]))"
    r"(?!(?:global|worldwide)\s+" + _PART_KINDS + ")"
    r"(?P<name>(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}?|(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){1,3}?)\s+"
    + _PART_KINDS +
    r"|in\s+(?:the\s+)?(?!(?-i:Q[1-4]|H[12]|FY|Fiscal|First|Second|Third|Fourth|Full|Quarter|Year|Summary|Sum|Total|"
    r"Addition|Short|Closing|Conclusion|General|Aggregate|Particular|Terms|Fact|Line|Comparison|Contrast|Response|"
    r"Light|Order|Other|Overall|Our|This|That|Each|All|Both|Most|Some|Many|Recent|Past|Last|Next|Prior|Meantime|"
    r"Interim|End|Turn|Practice|Reality|Effect|Hindsight|Retrospect|Brief|Spite|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z]))"
    r"(?P<place>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,2})\s*,"
    r"|in\s+(?:the|our|its)\s+(?P<department>(?-i:[a-z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}?)\s+departments?\s*,"
    r"|(?:(?:on|turning\s+to|moving\s+to)\s+(?:slide|page)\s+\d+\s*,\s*)?"
    r"(?!(?-i:We|It|This|That|The|Our|They|He|She|Everyone|Everybody|Each|Every|All|Both|Overall|Total|Today)(?![\w'’]))"
    r"(?P<unit>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’.-]*){0,3})\s+(?:also\s+)?had\s+(?:an?|another)\s+"
    r"(?:[\w-]+\s+){0,2}quarter(?![A-Za-z]))",
    re.IGNORECASE,
)
"""A sentence's opening on one part of the company: a named portfolio, segment or brand ("Our Vintage affordable
housing portfolio also had a strong quarter"), a place ("In the U.S., strong demand ..."), a department ("In the food
and beverage department, labor costs were down 4% on a revenue decline of 2%"), or a name that had its quarter
("Moving to Slide 8, Construction had a remarkable quarter")."""
_WHOLE_OPENING = re.compile(
    r"(?<![A-Za-z])(?:total|overall|consolidated|company[\s-]?wide|entire|whole|the\s+company|across\s+the\s+portfolio|"
    r"in\s+aggregate|all\s+in)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words that turn a sentence back to the whole company ("Total same-property NOI grew 5%")."""
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_PART_SENTENCES = 2
"""How many sentences back a part's opening still holds for a figure with no subject of its own."""


_NAME_BEFORE = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)*)\s+"
    r"(?:(?!(?:to|for|of|in|at|on|with|from|by|and|or|the|our|its|their|which|that|who|was|were|is|are)\s)[a-z][\w-]*\s+)?$"
)
"""A capitalised name right before a business line's words, a lowercase modifier between at most ("U.S. key
dermatology sales"); a word capitalised only for opening the sentence ("Moving to Bell") is no name."""
_PLACE_OPENING = re.compile(
    r"^\s*(?:(?:and|also|meanwhile|now|next|finally)\s*,?\s+)?in\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|\d+)){0,2})\s*,",
    re.IGNORECASE,
)
"""A sentence opening on a place ("In the Lower 48, ...", "In Brazil, ...")."""


def _narrowed_part(doc: Document, f: Fact, head: str) -> bool:
    """Whether a business line's figure is that of a narrower part of it: a name right before the line's words that
    the subject leaves out ("U.S. key dermatology sales" read as dermatology's), or a place its sentence opens on
    ("In the Lower 48, ..., drilling revenue of $103 million" read as all drilling's). Regions are subjects of their
    own; the document's own name (said at its start) narrows nothing."""
    subject = f.subject.lower()
    if f.subject in _region_subjects():
        return False
    names = []
    first = re.search(r"(?<![\w&'’-])" + re.escape(subject.split()[0]) + r"(?![\w&-])", head, re.IGNORECASE)
    if first is not None:
        before = _NAME_BEFORE.search(head, 0, first.start())
        if before is not None:
            words = before.group("name").split()
            while words and (words[0] in lexicon_subjects.segment_name_stopwords() or _NOT_A_PART.match(words[0])):
                words = words[1:]
            sentence_start = not head[: before.start()].strip() or head[: before.start()].rstrip().endswith((".", "!", "?"))
            if words and not (sentence_start and len(words) == 1 and not any(c.isupper() for c in words[0][1:])):
                names.append(" ".join(words))
    place = _PLACE_OPENING.match(_LAST_SENTENCE.split(head)[-1])
    if place is not None and not _NOT_A_PART.match(place.group("place")):
        names.append(place.group("place"))
    if not names:
        return False
    top = _US_GAAP.sub(" ", _TITLE_OF.sub(" ", " ".join(p.text for p in doc.paragraphs[:2] if p.n != f.paragraph)))
    return any(
        not _words_in(name, top) and not _words_in(name.lower(), subject) and not _words_in(subject, name.lower())
        for name in names
    )


_US_GAAP = re.compile(r"(?<![A-Za-z])U\.?S\.?\s+GAAP(?![A-Za-z])")
"""The accounting rules a call's opening cites ("not prepared in accordance with U.S. GAAP"), no name of its own."""


@cache
def _region_subjects() -> frozenset[str]:
    """The regions' names (subjects.yaml), which the facts give as a figure's subject."""
    return frozenset(r.name for r in lexicon_subjects.regions())


def _short_name(main: str) -> str:
    """The words a call calls the company by: its first two ("Harbor Point" of "Harbor Point Holdings, LLC")."""
    return " ".join(main.replace(",", " ").split()[:2])


def _part_opened(doc: Document, f: Fact, main: str) -> bool:
    """Whether the company's figure stands in a sentence that, or one of the two before it in its paragraph, opens
    on a part of the company, no sentence between turning back to the whole: the figure is that part's."""
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    if at is None:
        return False
    head = _sentence_head(doc, f)
    for i in range(at, max(-1, at - _PART_SENTENCES - 1), -1):
        said = head if i == at else p.sentences[i].text
        if _WHOLE_OPENING.search(said) or (i == at and _words_in(_short_name(main).lower(), said.lower())):
            return False  # "Total NOI grew 5%", "As a result, NovaSky recognized $12 million": the company's again
        lead = _PART_OPENING.match(_LAST_SENTENCE.split(said)[-1])  # (a split missed after "U.K.")
        if lead is not None:
            name = lead.group("name") or lead.group("place") or lead.group("department") or lead.group("unit") or ""
            if lead.group("unit") and _words_in(name, " ".join(q.text for q in doc.paragraphs[:2])):
                return False  # ("Harbor Point had a strong quarter" where the call opens on Harbor Point: the company)
            return not _words_in(name.lower(), main.lower())
    return False


_HYPOTHESIS = re.compile(
    r"(?<![A-Za-z])(?:if\s+(?:[\w'’-]+\s+){0,5}?(?:were|had|was\s+to|to\s+(?:rise|fall|increase|decrease|go|move|drop))|"
    r"assuming|suppos(?:e|ing)|hypothetical(?:ly)?|let'?s\s+say|say\s+(?:you|we)|in\s+a\s+(?:scenario|world)\s+where)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
"""A case put: "if rates were to rise", "if you had a property", "assuming", "let's say"."""
_WOULD = re.compile(r"(?<![A-Za-z])(?:would|could|might|probably)(?![A-Za-z])|[A-Za-z][’']d(?![A-Za-z])", re.IGNORECASE)
"""What follows a case put: its outcome ("NII would increase", "it's probably worth")."""


def hypothetical(sentence: str) -> bool:
    """Whether a sentence puts a case ("if rates were to rise 100 basis points, NII would ...", "if you had a property
    for $18 million, ... it's probably worth ..."): its figures are the case's, not the company's."""
    case = _HYPOTHESIS.search(sentence)
    return case is not None and _WOULD.search(sentence, case.end()) is not None


def _sentence_head(doc: Document, f: Fact) -> str:
    """A figure's sentence from its start up to the figure's number."""
    _, number = _before_figure(doc, f)
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    start = p.sentences[at].start if at is not None else 0
    return p.text[start:number]


_PART_LEADS = re.compile(
    r"\s*(?:(?:on|turning\s+to|moving\s+to|looking\s+at|as\s+(?:shown|you\s+can\s+see)\s+on)\s+(?:slide|page)\s+\d+\s*,\s*)?"
    r"(?:(?:in|within|for|at|across)\s+)?(?:the|our|its|(?-i:[A-Z][\w&.-]*)['’]s)\s+"
    r"(?!(?:total|overall|entire|whole|consolidated|combined|underlying|core|base|global|worldwide|same|"
    r"existing|ongoing|legacy|remaining|broader|wider|company|group|operating|reportable|reporting|two|three|four|"
    r"five|several|various|other|respective|individual|comparable|comp|like-for-like|same-store|portfolio)\b)"
    r"(?:(?!(?:of|our|the|its|their|this|that|in|for|to|with|from|on|at|by|as|is|was|were|has|have|had)\b)"
    r"[A-Za-z&.'’-]+\s+(?:(?:and|&)\s+)?){1,4}(?:business(?:es)?|segments?|divisions?|units?|platforms?|teams?|"
    r"resort|hotel|casino|mall|plant|mill|mine|refinery|hospital|campus|property|store|restaurant|location|"
    r"facility|site|tower|terminal|theme\s+park|(?-i:Group))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_LEAD_WORDS = re.compile(r"(?i:\b(?:in|within|for|at|across|the|our|its|on|turning|moving|to|looking|as|shown|you|can|see|slide|page)\b|\d+|,)")


def _own_group(lead: str, main: str) -> bool:
    """Whether a "... Group" lead names the company itself ("The Goldman Sachs Group reported ..."): its
    words, less the leading words and "Group", are the company's name."""
    if not lead.rstrip().endswith("Group"):
        return False
    words = _LEAD_WORDS.sub(" ", lead.rstrip()[: -len("Group")]).split()
    own = {re.sub(r"\s+group$", "", n.lower()) for n in (main, *company_names())}
    return " ".join(words).lower() in own


"""A sentence that opens on one business line ("The nutrition business closed out a year ..., with
fourth quarter revenues 19% higher", "On Slide 8, the Nutrition business ...") or on one of its sites
("Our Harbor Point Resort ran at 53% occupancy", "At our Lakeside property, EBITDA was $9 million"): its
figures are that business's or that asset's, not the company's."""


_PART_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|(?<![A-Za-z])(?:and|while|whereas|with|as)\s+)(?:(?:the|our|its)\s+)?"
    r"(?!(?:total|overall|entire|whole|consolidated|combined|continuing|core|company|group|all|other|our|the|its|"
    r"two|three|four|five|both|each|every|these|those|we)\b)"
    r"(?:[A-Za-z&'’-]+\s+){1,3}(?:business(?:es)?|segments?|divisions?|units?|operations|teams?|franchises?|channels?|"
    r"verticals?)\s+"
    r"(?:also\s+|again\s+)?(?:generated|delivered|saw|reported|posted|had|achieved|recorded|produced|contributed|"
    r"grew|increased|decreased|declined)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A business line as the subject of a clause before the figure, anywhere in its sentence ("In line
with our direct business, agency operations generated a strong quarter, with revenues improving
42%"): the figure is that business's, not the company's."""

_PART_EXPECTED = re.compile(
    r"(?<![A-Za-z])(?:expect|anticipat|forecast|project|guid)\w*\s+(?:our|the|its)\s+"
    r"(?!(?:total|overall|entire|whole|consolidated|combined|core|company|group)(?![A-Za-z]))"
    r"(?:[A-Za-z&'’-]+\s+){1,3}(?:business(?:es)?|segments?|divisions?|subsidiar(?:y|ies)|operations|units?)\s+to"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before an outlook figure in its sentence: some of the company's businesses as what is expected ("we expect our
other businesses to be between a loss of $0.05 and $0.02 per share"): their outlook, not the company's."""

_ASSET_EXPECTED = re.compile(
    r"^\s*(?:(?:and|but|also|now)\s*,?\s+)?(?:the|this|that|these|those|each)\s+(?:new|acquired|renovated|remaining)?\s*"
    r"(?:hotels?|propert(?:y|ies)|assets?|buildings?|projects?|plants?|facilit(?:y|ies)|resorts?|stores?|developments?|"
    r"sites?|mines?|wells?)\s+(?:is|are|will|should)\s+(?:now\s+|also\s+|still\s+)?(?:be\s+)?"
    r"(?:expected|projected|estimated|forecast|anticipated)\s+to(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence about one asset or project and what it is expected to do ("The hotel is expected to need $15 million of
investment over the next 5 years"): its outlook, not the company's."""

_LINES_IN_CLAUSE = re.compile(
    r"(?<![A-Za-z])(?:for|in|on|within|from)\s+(?:our|the|its)\s+(?!(?:total|overall|consolidated|entire|whole|combined|all|both|two|three|four|five|six|reportable|operating)\s)"
    r"(?:[\w&'’-]+\s+){1,3}?(?:lines(?:\s+of\s+business)?|line\s+of\s+business|segments?|divisions?|books?\s+of\s+business)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words in a figure's clause that scope it to some lines of business ("for our commercial lines", "in the
specialty segment") when the company is the figure's subject."""
_NAMED_ASSETS = re.compile(
    r"(?<![A-Za-z])(?:in|at|for|across|within|by)\s+(?:the\s+rest\s+of\s+)?(?:our|its)\s+"
    r"(?!(?-i:Same|Comparable|Core|Total|Consolidated|Stabili[sz]ed|Operating|Entire|Overall|Whole|Existing|Current|"
    r"Legacy|Wholly|Combined)(?![A-Za-z]))(?!(?-i:Global|U\.?S\.?)(?![A-Za-z])(?!\s+(?-i:[A-Z])))"
    r"(?P<name>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,2})\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:assets|propert(?:y|ies)|portfolio|pool|buildings|hotels|communities|markets?|offices|malls|centers|apartments)"
    r"(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:in|at|for|across|of)\s+the\s+rest\s+of\s+(?:our|the|its)\s",
    re.IGNORECASE,
)
"""Words before a figure that put it on some of the company's assets, named by a place or brand ("Occupancy
in the rest of our Charlotte assets is 98%", "lease spreads signed at our Manhattan office properties"), or
on the rest of them: not the company's figure."""
_EPS_METRIC = re.compile(r"\bEPS\b|earnings per share", re.IGNORECASE)
_PER_SHARE_WORDS = re.compile(
    r"(?<![A-Za-z])(?:(?P<earnings>earn\w*|EPS|(?:net\s+)?income|profits?|loss(?:es)?|lost)|"
    r"(?P<other>[a-z]?ffo[a-z]?|funds\s+from\s+operations|value|NAV|dividends?|"
    r"prices?|priced|trad(?:ed|ing)|ATM|consideration|working\s+capital|proceeds|cash\s+available|sell|sold|selling|"
    r"offering|"
    r"repurchas\w*|buybacks?|bought\s+back|tender\w*))(?![A-Za-z])",
    re.IGNORECASE,
)
_AT_A_PRICE = re.compile(
    r"(?:^\s*|[,;:]\s*|(?<![A-Za-z])(?:and|but|so|or)\s+)(?:at|@)\s+(?:(?:about|approximately|roughly|around)\s+)?$",
    re.IGNORECASE,
)
"""Right before a per-share amount whose sentence names no earnings: a price ("And at $34 per share")."""
"""Words a per-share amount is said of, in its sentence before it: the last one says what the amount is
("FFO of about $9 million or $0.09 per share" is FFO's; "sold shares at $30.22 per share" a price)."""

_TOPIC_OF_FIGURES = (
    r"(?:profit\w*|liquidity|cash|capital|results?|financials?|expenses?|opex|tax\w*|growth|earnings|revenues?|sales|"
    r"margins?|EBITDA|EBIT|EPS|a?ffo|NOI|guidance|outlook|costs?|currenc\w*|FX|balance|interest|income|demand|basis|"
    r"quarter\w*|years?|full|fiscal|first|second|third|fourth|Q[1-4]|dividends?|buybacks?|repurchases?|leverage|debt|"
    r"deferred|loss(?:es)?|uses?|performance|numbers|capex|spend\w*|pricing|prices?|volumes?|orders?|bookings|"
    r"backlog|inflation|operations|shares?|valuation|metrics?|occupancy|returns?|today\w*|program|past|calls?|"
    r"sequential|organic|reported|overall|total|consolidated|top|bottom|line|side|front|whole|average)" + _E
)
"""Words of a sentence's opening topic that name a measure, a period or the results as a whole ("On liquidity,",
"Regarding first quarter financial results,"), not a product or business whose own figures follow."""
COUNTED_ASSETS = (
    r"(?:for|at|across|in)\s+(?:our|the|its|their|these|those)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozen)\s+"
    r"(?:[A-Za-z&'’-]+\s+){0,4}?(?:hotels?|propert(?:y|ies)|stores?|resorts?|assets?|communities|centers?|"
    r"malls?|buildings?|restaurants?|locations?|markets?|parks?|casinos?|facilities|plants?|mills?)(?![A-Za-z])"
)
"""Some of the company's assets, counted ("for our seven open New York City hotels", "for the 21 comparable hotels
that remained open"): figures said of them are not the whole company's."""
_SPAN_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
_HEAD_DOUBTS: tuple[Doubt, ...] = (
    _doubt(
        _W + r"(?:spin-?co|new-?co|spin-?off|spun[\s-]+off|to\s+be\s+spun)" + _E,
        "the dividend of a company being spun off ('Spinco will initially pay $0.05 per share quarterly dividend'),"
        " not the company's",
        metrics=r"dividend",
    ),
    _doubt(
        _W + r"(?:before|less|excluding|ex|net of|after)\s+(?:\S+\s+){0,5}?(?:cash\s+)?"
        r"(?:capex|capital expenditures?|capital spending)" + _E,
        "capital spending named as an item left out of another figure ('cash burn before capex', "
        "'free cash flow, EBITDA less cash capex, was')",
        metrics=r"capex|capital expenditure",
    ),
    _doubt(
        _W + r"(?:expect|see|anticipate)s?\s+(?:the|this|that|the new|our new)\s+(?:business|acquisition|deal|transaction|"
        r"investment|partnership|affiliate|asset|company)\s+to\s+(?:contribute|add|generate|deliver|bring)" + _E,
        "what an acquired business or a deal is expected to add ('We expect the business to contribute $0.20 of "
        "incremental earnings per share ..., including $16 million of EBITDA in 2022')",
    ),
    _doubt(
        _W + r"(?:sold|sell(?:s|ing)?|sale of|divest\w*|dispos(?:ed|al|ing))" + _E,
        "the price of a sale, not an investment ('we sold the rights ..., as well as our stake, for an aggregate "
        "purchase price of $36 million')",
        metrics=r"investment|capex|capital expenditure",
    ),
    _doubt(
        _W + r"(?:best|worst|better|worse|top|strongest|weakest|stronger|weaker)[\s-](?:performing|performer)\s+(?:\S+\s+){0,2}?"
        r"(?:assets?|hotels?|propert(?:y|ies)|stores?|markets?|locations?|resorts?|restaurants?|malls?|centers?|"
        r"regions?|brands?)" + _E,
        "one asset's or market's figure, the sentence names it among the best or worst performers ('the Harbor Inn "
        "was our best performing asset during the fourth quarter, generating 55% occupancy')",
    ),
    _doubt(
        _W + r"(?:(?:the|those|these|holiday|peak|busiest|best|final)\s+(?:\S+\s+)?weeks|weekends?|"
        r"the\s+period\s+between|holiday\s+(?:period|season))" + _E,
        "a few weeks' figure, not the period's ('the period between Christmas and New Year's, which had greater than "
        "90% occupancy')",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^\s*(?:(?:overall|and|so|now|also|next|finally|lastly)\s*,?\s+)?"
        r"(?:on|regarding|with\s+regards?\s+to|as\s+(?:for|to)|when\s+it\s+comes\s+to)\s+"
        r"(?!(?:a|an|the|this|that|these|those|our|its|their|slide|page)" + _E + ")"
        r"(?:(?!" + _TOPIC_OF_FIGURES + r")[A-Za-z&'’-]+\s+){0,3}(?!" + _TOPIC_OF_FIGURES + r")[A-Za-z&'’-]+\s*,",
        "the figure of the product or business the sentence opens on ('Overall, on myopia management, ... we're still"
        " targeting ... roughly $100 million in sales'), not the company's",
        metrics=r"revenue|sales|income|earnings|EPS|EBITDA",
    ),
    _doubt(
        _W + r"(?:the|this|that|one|our\s+largest)\s+(?:[\w-]+\s+)?(?:operator|tenant|lessee|licensee|borrower|obligor)"
        r"(?:'s|’s)?(?!\s+(?:improvements?|allowances?|base|mix|retention|demand|industry|credit|count)" + _E + ")" + _E,
        "what one tenant, operator or borrower paid ('As the operator is on a cash basis, we recognized the cash received"
        " in rent in the third quarter totaling $5.5 million for revenue'), not the company's revenue",
        metrics=r"revenue|sales|rent|income",
    ),
    _doubt(
        r"^\s*(?:(?:and|so|now|but)\s*,?\s+)?(?:excluding|absent|without|ex-|if\s+(?:we|you)\s+(?:exclude|add\s+back|remove))"
        r"(?:\s+\S+){1,12}?\s*,.*?" + _W + r"(?:would|could)" + _E,
        "what an outlook would be without an item ('Excluding the impact of the hurricane, our fourth quarter outlook"
        " would assume adjusted EBITDA of $74 million'), not the outlook given",
        metrics=r"guidance|outlook|target|plan",
    ),
    _doubt(
        _W + r"(?:cumulative(?:ly)?|in\s+total\s+since|since\s+(?:inception|the\s+(?:start|beginning|launch)|"
        r"(?:we|it)\s+(?:began|started|launched)))" + _E,
        "a total over the periods since a start ('the cumulative amount repurchased to $275 million'), not the quarter's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        _W + r"(?:over|across|during|in)\s+(?:those|these|the\s+(?:last|past|prior|previous))\s+"
        r"(?!(?:three|3)\s+months)" + _SPAN_WORDS + r"\s+(?:quarters|years|months)" + _E,
        "a total over several periods ('Over the past 12 years, we have paid a total of $15.25 per share in special"
        " dividends'), not the quarter's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        _W + r"(?:in|for|from|across|at|within)\s+(?:that|this|the\s+same)\s+(?:channel|segment|region|business|unit|"
        r"division|market|country|portfolio|vertical|line\s+of\s+business)" + _E,
        "the figure of a part the sentence points back to ('Net inflows in that channel were a record $2.5 billion')",
    ),
    _doubt(
        _W + COUNTED_ASSETS,
        "the figure of some of the company's assets, which the sentence counts ('for the 21 comparable hotels that"
        " remained open ... approximately 34% occupancy'), not the company's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^(?![^.;]*realiz)[^.;]*" + _W + r"assum(?:e|es|ed|ing|ptions?)" + _E,
        "a price the outlook assumes ('our outlook is based on the following assumptions: ... a fuel price of $2.40 per"
        " gallon'), not one the company realizes",
        metrics=r"realized price",
    ),
    _doubt(
        _W + r"(?:historically|traditionally|typically|normally|usually|seasonally)" + _E,
        "what usually happens ('when historically our revenue per day has increased by 1% from Q3 to Q4'), not the"
        " period's figure",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^\s*(?:(?:and|so|now|but|also|again|overall)\s*,?\s+)?(?:on\s+an?\s+(?:[\w-]+\s+){0,3}?(?:pro[\s-]forma|run[\s-]rate|"
        r"constant[\s-]currency|currency[\s-]neutral|organic|comparable|like[\s-]for[\s-]like|trailing|year[\s-]to[\s-]date|"
        r"annuali[sz]ed|weekly|daily|per[\s-]day|normali[sz]ed)\s+(?:[\w-]+\s+){0,3}?basis|"
        r"(?:excluding|ex-?|net\s+of|adjusting\s+for|normali[sz]ing\s+for)\s+(?:the\s+)?(?:impacts?\s+of\s+)?(?:foreign\s+)?"
        r"(?:currency|exchange|FX)|in\s+constant\s+currency)" + _E,
        "a figure on a basis the sentence opens on ('On a weekly run rate basis and excluding the foreign currency"
        " impact, net sales were up 7.6%', 'On a pro forma basis, recurring revenue was up 7%'), which the line would"
        " print as reported",
        metrics=r"^(?!.*(?:\(|adjusted|non-GAAP|core|AFFO|organic|comparable|same-store|guidance|outlook|target|plan))",
    ),
    _doubt(
        _W + r"(?:to|will|can|could|we|and|further|continue\s+to)\s+leverage\s+(?:our|the|its|their|this|these|that|"
        r"existing)" + _E,
        "a number after the verb leverage ('to leverage our field data, 10 development programs'), not a"
        " leverage ratio",
        metrics=r"leverage",
    ),
    _doubt(
        r"^\s*(?:(?:and|so|now|but)\s*,?\s+)?(?:this|that|which|it|these|those)\s+(?:compares?|compared)\s+"
        r"(?:to|with|against)" + _E,
        "the base a figure just given is compared with ('This compares with prior year adjusted net income of $363"
        " million or $1.34 per share'), not the period's figure",
    ),
    _doubt(
        _W + r"(?:utility|utilities|midstream|upstream|downstream|segment|divisional|subsidiary)\s+"
        r"(?:(?:diluted\s+)?earnings\s+per\s+(?:diluted\s+)?share|EPS)" + _E,
        "the earnings per share of one business the name is qualified by ('we reported $0.25 of utility EPS, while"
        " midstream investments contributed another $0.08'), not the company's",
        metrics=r"EPS|earnings per share",
    ),
    _doubt(
        _W + r"(?:adjusted|operating|non-GAAP|core|underlying)\s+(?:[\w-]+\s+){0,2}?(?:income|earnings|profits?)\s+"
        r"(?:\S+\s+){0,12}?(?:resulted\s+in|results\s+in|translat\w+\s+(?:in)?to|equat\w+\s+to|amount\w*\s+to)\s+"
        r"(?:(?:diluted|basic)\s+)?(?:earnings\s+per\s+(?:diluted\s+)?share|EPS)" + _E,
        "earnings per share worked out from an adjusted measure the sentence gives ('Pretax adjusted operating income was"
        " $1.8 billion and resulted in earnings per share of $3.78 on an after-tax basis'), printed as reported earnings"
        " per share",
        metrics=r"^(?:diluted\s+|basic\s+)?(?:EPS|earnings per share)$",
    ),
    _doubt(
        _W + r"(?:sales|revenues?)\s+(?:of|from)\s+(?:our|its|the)\s+(?:[\w-]+\s+){1,4}?(?:products?|offerings?|"
        r"solutions?|brands?|lines?|services)\s*,?\s+(?:which|that)\s+(?:were|was|are|is|totall?ed|reached|"
        r"came\s+in\s+at)\s+" + _ABOUT + r"[$€£¥]?\s?\d",
        "the sales of one product line ('strong sales of our buffered annuity products, which were $1.3 billion in the"
        " third quarter'), not the company's revenue",
        metrics=r"revenue|sales",
    ),
)
"""Rules read on a figure's whole sentence up to its number (another clause may say what it is)."""
_TO_ANOTHER_AMOUNT = re.compile(
    r"\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s+)?to\s+(?:(?:a|the)\s+)?(?:(?:new|revised|updated|narrower)\s+)?"
    r"(?:range\s+of\s+)?(?=[$€£¥]\s?\d)",
    re.IGNORECASE,
)
"""Right after an amount: "to" and another amount, so the amount is where a range or a move starts ("moves from
$6.20 to $6.80 to a new range of $6.40 to $6.60")."""


def _moved_onto(doc: Document, f: Fact) -> int | None:
    """Where, in its paragraph, the amount a figure moves on "to" starts ("from $2.40 to $2.60 per share to
    $2.55 to $2.65": for $2.60, the "$2.55"), or None."""
    if not _is_level(f) or f.value_high is not None:
        return None
    end = _number_span(doc, f)[1]
    m = _TO_ANOTHER_AMOUNT.match(doc.paragraph(f.paragraph).text, end)
    return m.end() if m is not None else None


_IMPACT_NAMED = re.compile(_W + r"(?:impacts?|headwinds?|tailwinds?|effects?|hits?|shortfalls?)" + _E, re.IGNORECASE)
_OF_THE_METRIC_AFTER = re.compile(
    r"\s*(?:of|in)\s+(?:lost\s+|missed\s+|deferred\s+)?(?:revenues?|sales|operating\s+(?:profit|income)|earnings|"
    r"(?:net\s+)?income|EBITDA)" + _E,
    re.IGNORECASE,
)
"""Right after an amount: the metric it is an amount of ("roughly $40 million of revenue"), which after an
effect the sentence names (``_IMPACT_NAMED``) is the size of that effect."""


_YEAR_OPENING = re.compile(
    r"^\s*(?:(?:and|so|now|also|then)\s*,?\s+)?(?:for|in)\s+(?:fiscal\s+)?(?:year\s+)?(?P<year>(?:19|20)\d\d)\s*,",
    re.IGNORECASE,
)
"""A sentence opening on the year it speaks of ("For 2023, we are reaffirming our full year guidance of ...")."""
_TAIL_DOUBTS: tuple[Doubt, ...] = (
    _doubt(
        r"^[^.;]{0,40}?" + _W + r"(?:over|across|during|in)\s+(?:those|these|the\s+(?:last|past|prior|previous))\s+"
        + _SPAN_WORDS + r"\s+(?:quarters|years|months)" + _E,
        "a change or total over several periods ('occupancy has increased 40 basis points over those 7 quarters'),"
        " not the quarter's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^\s*(?:of\s+)?(?:(?:a?ffo|EBITDA|NOI|earnings|income|EPS|per\s+(?:diluted\s+)?share)\s+)+"
        r"(?:gains?|benefits?|charges?|impacts?|headwinds?|tailwinds?|hits?)" + _E,
        "an item's effect on the measure ('recognizing a $9 million FFO gain'), not the measure",
    ),
    _doubt(
        r"^\s*(?:of|in)\s+(?:(?:estimated|expected|current|contractual|our)\s+)*(?:annual|annuali[sz]ed|yearly)" + _E
        + r"|^\s*(?:%|percent)?\s*(?:increase|decrease|rise|raise|cut|reduction|growth)\s+(?:in|to|of)\s+"
        r"(?:the|our|its)\s+(?:annual|annuali[sz]ed|yearly)" + _E,
        "a year's amount ('our $473 million of estimated annual NOI', 'a 10% increase in the annual dividend'), not"
        " the quarter's",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^\s*(?:%|percent)?\s*(?:on\s+an?\s+(?:[\w-]+\s+){0,3}?)?annuali[sz]ed" + _E,
        "a figure the sentence annualizes ('net revenue reached $212.4 million, a 36% annualized rise', 'deposits grew"
        " 40% on a linked quarter annualized basis'), not the period's own amount or change",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan|rate|margin|yield|ratio|return|RO[AET]))",
    ),
    _doubt(
        r"^\s*(?:%|percent)?\s*(?:increase|decrease|rise|raise|cut|reduction|lift|boost|change)\s+(?:to|in)\s+"
        r"(?:(?:our|the|its)\s+)?(?:\S+\s+){0,3}?(?:guidance|outlook|forecast)" + _E,
        "a revision of guidance ('consistent with our 4.9% increase to 2022 NOI guidance'), not the metric's change",
    ),
    _doubt(
        r"^[^.;]{0,40}?" + _W + r"(?:revenues?|sales|earnings|income|profits?)\s+(?:from|in|at|for)\s+(?:our|its)\s+"
        r"(?!(?:continuing|total|consolidated|core|ongoing)" + _E + r")[\w-]+(?:\s+[\w-]+)?\s+"
        r"(?:operations|business(?:es)?|segments?|divisions?|units?)" + _E,
        "the change of one business's measure ('a 109% increase in pre-tax income from our homebuilding operations')",
    ),
    _doubt(
        r"^\s*(?:(?:or|,)\s+[$€£¥]?[\d.,]+\s+(?:per\s+(?:diluted\s+)?share\s+)?)?(?:of|in)\s+(?:un-?)?reali[sz]ed\s+"
        r"(?:gains?|loss(?:es)?)" + _E,
        "realized or unrealized gains or losses ('$128.1 million or $0.34 per share of unrealized losses'), an item,"
        " not the period's result",
        metrics=r"^(?!.*reali[sz]ed)",
    ),
    _doubt(
        r"^\s*(?:range|area|ballpark|neighbou?rhood|vicinity)" + _E,
        "a band the company steers to ('We continue to manage the business to margins in the 20% range'), not the"
        " period's figure",
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^\s*(?:of\s+|in\s+)?(?:lower|higher|reduced|increased|less|more|additional|incremental|extra)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:expenses?|costs?|income|revenues?|sales|earnings|profits?|interest|taxes)" + _E,
        "a difference in the measure ('coupled with $3 million of lower interest expense'), not its level",
    ),
    _doubt(
        r"^\s*(?:of\s+)?(?:the\s+)?parent(?:[\s-]+company)?[\s-]+(?:level\s+)?(?:free\s+cash\s+flow|cash\s+flow|debt|liquidity|"
        r"earnings|income|capital)" + _E,
        "the parent company's own figure ('$800 million of parent-free cash flow'), not the consolidated one",
    ),
    _doubt(
        r"^\s*(?:(?:turns?|times)\s+)?of\s+(?:net\s+)?leverage" + _E,
        "what an amount adds to leverage ('which reflects almost 1 turn of leverage'), not the leverage ratio",
    ),
    _doubt(
        r"^\s*(?:of\s+|in\s+)?(?:floating|variable|fixed)[\s-]rate\s+(?:debt|borrowings?|loans?|notes)" + _E,
        "the floating- or fixed-rate part of debt ('leaving about $500 million of floating rate debt'), not the total",
        metrics=r"debt|borrowing|loan",
    ),
    _doubt(
        r"^\s*,?\s*or\s+" + _ABOUT + r"\d[\d.,]*\s*(?:%|percent|per\s?cent)\s+(?:year[\s-]over[\s-]year\s+|sequential\s+)?"
        r"(?:improvement|increase|decrease|decline|growth|gain|rise|reduction|drop)" + _E,
        "the amount of a change said with its percentage ('a $7 million or 18% improvement in rental revenues'),"
        " not the level",
        levels_only=True,
        metrics=r"^(?!.*(?:guidance|outlook|target|plan))",
    ),
    _doubt(
        r"^(?:\s*,\s*\d[\d.,]*)*\s*,?\s*(?:and|or|to)\s+(?:even\s+|over\s+|almost\s+|nearly\s+|more\s+than\s+)?\d[\d.,]*\s+"
        r"(?:years|months|weeks|days|hours)" + _E + r"|^\s*(?:plus\s+|\+\s*)?(?:years?|months?|weeks?|days?|hours?)" + _E,
        "a span of time ('agents who have been with us for 10, 20 and even 30 years'), not a count of the metric",
        metrics=r"headcount|employees|stores|customers|clients|members|subscribers|users|accounts|locations|count",
    ),
    _doubt(
        r"^\s*(?:%|percent|per\s?cent)?\s*(?:increase|decrease|growth|rise|decline|reduction|drop)\s+in\s+(?:[\w&-]+\s+){1,5}?"
        r"per\s+(?:[\w-]+\s+)?(?:tons?|tonnes?|units?|barrels?|pounds?|gallons?|ounces?|pieces?|cases?|boe|mcf|"
        r"square\s+f(?:oo|ee)t)" + _E,
        "the change of a measure per unit ('a 14% increase in cost of goods sold per manufactured ton'), not of the total",
        metrics=r"^(?!.*(?:per|average))",
    ),
    _doubt(
        r"^\s*(?:%|percent|per\s?cent)?\s*of\s+(?:our|the|its|the\s+company['’]s)\s+(?:total|overall|consolidated|whole)" + _E,
        "one part's share of the company's total ('spices were $92.9 million, a little less than 20% of our total"
        " company net sales'), not a figure of the company",
        metrics=r"^share\b",
    ),
    _doubt(
        r"^\s*(?:%|percent|per\s?cent)?\s*(?:increase|decrease|growth|rise|decline|improvement|gain|drop)\s+from" + _E,
        "a change in what customers bought ('a 10% increase from our mining customers'), not in their number",
        metrics=r"customers|clients|subscribers|users|members|accounts",
    ),
    _doubt(
        r"^\s*(?:tons|tonnes|barrels|gallons|ounces|pounds|megawatt[\s-]hours|MWh|GWh|Boe|Bcf|Mcf|square\s+feet)" + _E,
        "a physical quantity ('shipments to our mining customers of about 21 million tons'), not a"
        " count of the metric",
        metrics=r"headcount|employees|stores|customers|clients|members|subscribers|users|accounts|locations",
    ),
    _doubt(
        r"^\s*(?:(?:thousand|million|billion)\s+)?(?:worth\s+)?of\s+(?:our\s+|its\s+|the\s+company['’]s\s+)?(?:own\s+)?"
        r"(?:common\s+)?(?:stock|shares)" + _E,
        "the amount of shares bought ('we have reduced debt by $2.5 billion and purchased approximately $1 billion of"
        " stock'), not the metric the sentence names before it",
        metrics=r"^(?!.*(?:buyback|repurchase|share|stock|capital returned|dividend))",
    ),
    _doubt(
        r"^\s*(?:(?:thousand|million|billion)\s+)?(?:in|of)\s+(?:total\s+|new\s+|additional\s+|planned\s+)?equity\s+"
        r"(?:investments?|issuances?|offerings?|financing|raises?|needs|funding)" + _E,
        "equity to be raised ('Of the $200 million in total equity investment, $50 million will be raised through our"
        " ATM program'), not the equity on the balance sheet",
        metrics=r"equity",
    ),
    _doubt(
        r"^\s*(?:%|percent|per\s?cent)?\s*(?:for|of|across|among)\s+(?:all|the\s+whole|the\s+entire)\s+(?:of\s+the\s+)?"
        r"(?:U\.\s?S\.|US|American|national|domestic|industry|market|country)(?![A-Za-z.])",
        "a figure of the whole market ('occupancy rates ... with a weighted average of 95% for all US single-family"
        " rental homes'), not the company's",
    ),
    _doubt(
        r"^\s*(?:(?:thousand|million|billion)\s+)?(?:of\s+)?(?:capital\s+|cash\s+)?(?:that\s+)?(?:we['’]ve|we\s+have|we\s+had)\s+"
        r"(?:invested|deployed|committed|put)" + _E,
        "what has been invested to date ('The $292 million of capital we've invested into this effort had a market"
        " value of $669 million'), not the period's investment",
        metrics=r"investment|capex|capital",
    ),
    _doubt(
        r"^\s*(?:new|additional|net\s+new|incremental)\s+(?:[\w-]+\s+){0,2}?(?:stores|members|employees|customers|clients|"
        r"subscribers|users|accounts|locations|restaurants|hotels|branch(?:es)?)" + _E,
        "what was added ('we added over 1,900 new customers'), not the count the company has",
        metrics=r"stores|members|headcount|employees|customers|clients|subscribers|users|accounts|locations|restaurants|"
        r"hotels|branch",
    ),
    _doubt(
        r"^\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:globally|worldwide|nationwide|across\s+the\s+(?:globe|world|"
        r"country|nation|industry))" + _E,
        "a figure of the whole market ('infrastructure spending estimated to be $2.8 trillion globally'), not the"
        " company's",
    ),
    _doubt(
        r"^\s*(?:(?:thousand|million|billion)\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:investment[\s-]grade|gains?|income|"
        r"returns?|losses|earnings|revenues?|notes|bonds|debt)" + _E,
        "what investments yielded or what was issued ('our investments generated $278 million of gains', 'issuing"
        " $323 million in investment-grade rated notes'), not an investment made or planned",
        metrics=r"investment",
    ),
)
"""Rules read on the words right after a figure's number, to its sentence's end."""
_ASIDE = re.compile(
    r"(?<![A-Za-z])as\s+(?:(?:you|one|many of you)(?:['’]d|\s+(?:would|might|could|can|may))?\s+(?:expect|imagine|know|recall)|"
    r"(?:we|I)(?:['’]d|\s+(?:would|might|could))\s+expect|(?:we|I)\s+see\s+it)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A remark in passing that uses a forecasting verb ("as you would expect", "as we see it today"): the
figure after it is what is, not what is expected, unless a forecast word follows ("As we expect net debt
to fall" is a forecast, no aside)."""
_FORWARD_CUE = re.compile(
    r"(?<![A-Za-z])(?:guid\w*|outlook|forecast\w*|expect\w*|estimat\w*|target\w*|project\w*|anticipat\w*|plan\w*|"
    r"see|sees|seeing|will|should|next|coming)(?![A-Za-z])",
    re.IGNORECASE,
)
_MONTH_LEAD = re.compile(
    r"(?:^|[,;:]\s*)(?:in|during|for)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?![\s,]+\d)(?![A-Za-z])|"
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:started|began|ended|finished|saw|was|brought)(?![A-Za-z])|"
    r"(?<![A-Za-z])(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:(?:was|were|came\s+in)\s+)?(?:up|down|higher|lower)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
"""A figure's sentence that says it is one month's ("In September, our total portfolio generated occupancy of
approximately 75%", "January started off stronger, returning to greater than $60 RevPAR", "with September down
12%"): not the quarter's result."""


_ADJUSTED_SAID = re.compile(
    r"(?<![A-Za-z-])(?:adjusted|non-GAAP|excluding (?:special |one-time |non-recurring |certain |notable )?items|"
    r"on an? pro[\s-]forma basis|ongoing(?=\s+(?:(?:diluted\s+)?(?:earnings|EPS|net income)|operating earnings)))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_ADJUSTED_DECLARED = re.compile(
    r"(?i:unless\s+otherwise\s+(?:stated|noted|indicated|specified|mentioned|identified|discussed))"
    r"[^.;]{0,160}?(?<![A-Za-z-])(?:adjusted|non-GAAP|exclud\w*\s+(?:special|significant|certain|notable|one-time)\s+items)"
    r"(?![A-Za-z])"
    r"|(?<![A-Za-z-])(?:adjusted|non-GAAP|exclud\w*\s+(?:special|significant|certain|notable|one-time)\s+items)"
    r"(?![A-Za-z])[^.;]{0,80}?(?i:unless\s+otherwise\s+(?:stated|noted|indicated|specified|mentioned|identified|discussed))",
    re.IGNORECASE,
)
"""A call's declaration that its figures are adjusted ("Our comments will be on an adjusted basis
unless otherwise indicated.", "Unless otherwise specified, all financials exclude significant
items.")."""
_ADJUSTED_ANNOUNCED = re.compile(
    r"(?<![A-Za-z])(?:I'll|I will|I'm going to|I am going to|let me|we'll|we will|I'd like to|I would like to)\s+"
    r"(?:now\s+)?(?:begin|start|discuss|review|talk|focus|cover|walk|go)(?![A-Za-z])[^.;]{0,100}?"
    r"(?<![A-Za-z])(?:results|numbers|figures|financials|performance|P&L|income statement)(?![A-Za-z])[^.;]{0,40}?"
    r"(?<![A-Za-z])on\s+an?\s+(?:non-GAAP(?:\s+adjusted)?|adjusted(?:\s+non-GAAP)?)\s+basis(?![A-Za-z])"
    r"|(?<![A-Za-z])all\s+(?:of\s+)?(?:the\s+|our\s+)?(?:figures|numbers|results|financial results|comparisons|amounts)"
    r"(?![A-Za-z])[^.;]{0,50}?\s(?:are|will be)\s+(?:on\s+an?\s+)?(?:adjusted|non-GAAP)(?![A-Za-z-])",
    re.IGNORECASE,
)
"""A call's announcement that the results it goes on with are adjusted ones ("I'll begin with our financial
results on a non-GAAP adjusted basis.", "All of the numbers I discuss today are non-GAAP.")."""
_GAAP_SAID = re.compile(r"(?<![A-Za-z-])(?:GAAP|reported|as reported|statutory)(?![A-Za-z-])")
ADJUSTED_DECLARED_REACH = 0.5


def adjusted_by_default(doc: Document) -> int:
    """The paragraph after which a call's unqualified earnings figures are adjusted ones, as its
    first half declares ("unless otherwise indicated") or as it announces for the results it goes on
    with; past the last paragraph when it does neither."""
    reach = max(1, int(len(doc.paragraphs) * ADJUSTED_DECLARED_REACH))
    for i, p in enumerate(doc.paragraphs):
        if i < reach and "nless otherwise" in p.text and _ADJUSTED_DECLARED.search(p.text):
            return p.n
        if " basis" in p.text and _ADJUSTED_ANNOUNCED.search(p.text):
            return p.n
        if "ll " in p.text and " are " in p.text and _ADJUSTED_ANNOUNCED.search(p.text):
            return p.n
    return len(doc.paragraphs) + 1


def _adjusted_heading(doc: Document, f: Fact) -> bool:
    """Whether the sentence before a figure's, a heading with no figure of its own (in the same
    paragraph, or the same speaker's paragraph just before), says the results it goes on with are
    adjusted ("Let me now turn to our results excluding special items. Earnings per share were
    $1.12"), and the figure's own sentence names no other basis."""
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    if at is None or _GAAP_SAID.search(p.sentences[at].text):
        return False
    if at > 0:
        before = p.sentences[at - 1].text
    else:
        prev = doc.paragraph(f.paragraph - 1) if f.paragraph > 1 else None
        if prev is None or prev.speaker != p.speaker or prev.section != p.section or not prev.sentences:
            return False
        before = prev.sentences[-1].text
    return (
        not any(ch.isdigit() for ch in before)
        and (_HEADING_LEAD.search(before) is not None or before.rstrip().endswith(":"))
        and _ADJUSTED_HEADING.search(before) is not None
        and _GAAP_SAID.search(before) is None
    )


_HEADING_LEAD = re.compile(
    r"(?<![A-Za-z])(?:turn(?:ing)?|mov(?:e|ing)|look(?:ing)?|begin(?:ning)?|start(?:ing)?|walk(?:ing)?|review(?:ing)?|"
    r"discuss(?:ing)?|focus(?:ing)?|go(?:ing)?\s+(?:through|over)|cover(?:ing)?|let\s+me|I'll|I\s+will)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words that open a heading: the speaker goes on to the results it names ("Turning to our adjusted results.")."""
_ADJUSTED_HEADING = re.compile(
    r"(?<![A-Za-z-])(?:(?:adjusted|non-GAAP)\s+(?:[a-z]+\s+){0,2}?(?:basis|results|numbers|figures|financials|earnings|EPS)"
    r"|(?:results|numbers|figures|financials)\s+(?:[a-z]+\s+){0,3}?(?:excluding|before)\s+(?:special|one-time|"
    r"non-recurring|certain|notable|significant)\s+items)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A heading that puts the results after it on an adjusted basis ("Turning to our adjusted results.", "Let me
walk through our results excluding special items."); a verb ("we adjusted our cost base") is none."""


_BASIS_NAMED = re.compile(r"(?:adjusted|non-GAAP|core|GAAP|reported|underlying|operating)\b", re.IGNORECASE)


_ADJUSTED_EBITDA = re.compile(
    r"(?<![A-Za-z-])(?:adjusted|non-GAAP)\s+(?:EBITDA|EBIT|earnings\s+before\s+interest(?:[\s,]+(?:taxes|tax|depreciation|and|amortization))*)"
    r"(?:\s*,?\s*(?:or|\()\s*(?:adjusted\s+)?EBITDA\)?)?(?![A-Za-z])",
    re.IGNORECASE,
)


def _of_other_measure(words: str, metric: str) -> str:
    """A figure's own words without an adjusted EBITDA named among them, unless the figure is EBITDA's: in "20%
    growth in adjusted EBITDA; and a 40% increase in diluted earnings per share" the word is EBITDA's, not the EPS'."""
    return words if "EBIT" in metric.upper() else _ADJUSTED_EBITDA.sub(" ", words)


def _own_words(doc: Document, f: Fact) -> str:
    """A figure's sentence up to its number, from the last amount before it (another figure's words
    are not its own)."""
    head = _sentence_head(doc, f)
    spans = [m.span() for m in _AMOUNT_IN.finditer(head)]
    if not spans:
        return head
    words = head[spans[-1][1] :]
    if _OR_SAME.fullmatch(words):
        # "On a pro forma basis, net income was $50 million or $0.35 per share": the amount it restates
        # per share has the same words
        before = head[: spans[-1][0]]
        return before[spans[-2][1] :] if len(spans) > 1 else before
    lead = _BASIS_OF_BEFORE.match(words)
    return words[lead.end() :] if lead else words


_BASIS_OF_BEFORE = re.compile(
    r"(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s*,?\s*on\s+an?\s+(?:adjusted|non-GAAP|GAAP|reported|comparable|core)"
    r"(?:\s+diluted)?\s+basis(?![A-Za-z])",
    re.IGNORECASE,
)
"""A basis right after the amount before a figure ("$0.83 on an adjusted basis on $232 million in
revenue"): it is that amount's, not the figure's."""


_MEASURE_WORD = re.compile(
    r"(?<![A-Za-z-])(?:(?P<word>normali[sz]ed|operating|comparable|economic|recurring|adjusted\s+company|comprehensive|"
    r"un-?depreciated|adjusted(?=\s+distributable))\s+"
    r"(?P<head>FFO|funds\s+from\s+operations|earnings|income|loss|distributable\s+(?:earnings|income|loss))|"
    r"(?P<as>FFO|funds\s+from\s+operations)(?:\s+per\s+(?:diluted\s+)?share)?"
    r"\s+as\s+adjusted)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A company's own measure, named with the word that sets it apart from the reported one ("Normalized funds from
operations were", "Operating earnings was", "FFO per share as adjusted for comparability of")."""


_FAMILY_NAMED = re.compile(
    r"(?<![A-Za-z])(?:A?FFO|funds\s+from\s+operations|earnings|EPS|income|loss|profit)(?![A-Za-z])", re.IGNORECASE
)


def _measure_word(doc: Document, f: Fact, metric: str) -> str:
    """The word (lower case) that names which measure a figure is, when its own words put one before the
    metric's name and the metric's name carries no basis: "normalized" for "Normalized FFO was $1.11 per
    share"; "" otherwise."""
    ffo = re.match(r"(?i)ffo|funds", metric) is not None
    distributable = metric.lower().startswith("distributable")
    if _BASIS_NAMED.match(metric) or not (
        ffo or distributable or _EPS_METRIC.search(metric) or metric.lower().startswith("earnings")
    ):
        return ""  # (named already: "core FFO", "adjusted EPS"; "AFFO" is its own measure)
    own = _own_words(doc, f)
    said = list(_MEASURE_WORD.finditer(own))
    if not said and not _FAMILY_NAMED.search(own):
        # "we reported normalized FFO of $0.45 per diluted share ... we have refined our 2022 estimate to a range of
        # $1.80 to $1.82 per share": a sentence that names no measure speaks of the one named last before it
        earlier = doc.paragraph(f.paragraph).text[: _sentence_span(doc, f)[0]]
        named = list(_FAMILY_NAMED.finditer(earlier))
        said = [m for m in _MEASURE_WORD.finditer(earlier) if named and m.end() == named[-1].end()]
    if not said:
        return ""
    m = said[-1]
    if m.group("as") is not None:
        return "adjusted" if ffo else ""
    head = re.sub(r"\s+", " ", m.group("head").lower())
    word = re.sub(r"\s+", " ", m.group("word").lower())
    if distributable or head.startswith("distributable"):
        # "adjusted distributable earnings of $32.3 million or $0.25 per share": not distributable earnings
        return word if distributable and head.startswith("distributable") else ""
    earnings_head = head in ("earnings", "income", "loss")
    if ffo == earnings_head:
        return ""  # "operating earnings" said of an FFO figure, or the reverse: another figure's words
    if earnings_head and head != "earnings" and word not in ("comprehensive", "un-depreciated", "undepreciated"):
        return ""  # "operating income" is a metric of its own, not a kind of earnings per share
    return word


def _eps_said_adjusted_only(doc: Document, facts: Sequence[Fact], main: str | None, current: str | None) -> bool:
    """Whether every earnings per share the call reports for its quarter is said to be adjusted ("Adjusted earnings
    were $1.43 per diluted share") and none as reported: the company's per-share guidance, which names no basis, is
    then on the basis it reports ("raising our full year earnings guidance to $6.59 to $6.99 per diluted share")."""
    said = [
        f
        for f in facts
        if f.subject == main
        and f.period == current
        and current is not None
        and _EPS_METRIC.search(f.metric)
        and not f.metric.endswith(FORWARD_SUFFIXES)
        and _is_level(f)
    ]
    return bool(said) and all(
        _ADJUSTED_BASIS.match(f.metric) is not None
        or _ADJUSTED_SAID.search(_of_other_measure(_own_words(doc, f), f.metric)) is not None
        for f in said
    )


_CALLED_ADJUSTED = re.compile(
    r"(?<![A-Za-z-])(?:adjusted|non-GAAP)\s+(?!(?:for|to|by|from|up|down|upward|downward|our|its|their|the|this|that|it|"
    r"them|in|on|at|as|and|or|we)(?![A-Za-z]))(?:[A-Za-z&-]+\s+){0,4}?"
    r"(?:(?:was|were|is|are|came\s+in|totaled|totalled|reached|stood|grew|rose|increased|improved|declined|decreased|"
    r"fell|expanded|contracted|of|at|to|by)\s+(?:[A-Za-z-]+\s+){0,3}?)?(?:approximately\s+|about\s+|roughly\s+)?$"
    r"|(?<![A-Za-z-])on\s+an?\s+(?:adjusted|non-GAAP)\s+basis\s*,?\s+(?:[A-Za-z&-]+\s+){1,4}?"
    r"(?:was|were|is|are|came\s+in|totaled|totalled|of|at)\s+(?:approximately\s+|about\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""A figure's own words ending on a measure called adjusted ("Adjusted gross profit was up", "On an adjusted basis,
gross margin was"); a verb ("adjusted for currency", "we adjusted our outlook") names no basis."""


@cache
def _names_adjusted(metric: str) -> bool:
    """Whether a metric's own names say it is adjusted ("AFFO" is adjusted FFO): no word to add."""
    known = lexicon_metrics.metric_by_name(_base_metric(metric))
    return known is not None and any(_ADJUSTED_BASIS.match(a) for a in known.aliases)


def _called_adjusted(doc: Document, f: Fact, metric: str) -> bool:
    """Whether a figure's own words call its measure adjusted while the metric's name carries no basis: the line
    says "adjusted" before the name, as the source does ("adjusted gross profit rose 17.4%")."""
    if _ADJUSTED_BASIS.search(metric) or re.search(r"(?<![A-Za-z])GAAP(?![A-Za-z])", metric) or _names_adjusted(metric):
        return False
    own = _of_other_measure(_own_words(doc, f), metric)
    if re.search(r"(?<![A-Za-z-])GAAP(?![A-Za-z-])", own):
        return False  # "our GAAP and non-GAAP tax rate were both roughly 11%": no one basis
    if _CALLED_ADJUSTED.search(own) is not None:
        return True
    return _ADJUSTED_AFTER.match(doc.paragraph(f.paragraph).text, _number_span(doc, f)[1]) is not None


def _adjusted_metric(metric: str) -> str | None:
    """The adjusted form of a metric ("diluted EPS guidance" -> "adjusted EPS guidance"), if it has one."""
    base = _base_metric(metric)
    family = lexicon_metrics.metric_by_name(lexicon_metrics.reported_family().get(base, base))
    return family.adjusted + metric[len(base) :] if family is not None and family.adjusted else None


_RANGE_LOW = re.compile(
    r"(?:(?:range|between)\s+(?:of\s+)?" + _AMOUNT_IN.pattern + r"\s*(?:and|to|-|–)|"
    + _AMOUNT_IN.pattern + r"\s*(?:and\s+to|-|–|through))\s*$",
    re.IGNORECASE,
)
"""Right before a figure: the lower end of a range the figure is the upper end of."""


def _planned(doc: Document, f: Fact) -> bool:
    return bool(_PLANNED.search(_clause(doc, f)))


class _Planned:
    """Whether a figure (metric, value, unit) is said somewhere as a plan (``_planned``): each
    figure's clauses read when first asked about, then remembered."""

    def __init__(self, doc: Document, facts: Iterable[Fact]) -> None:
        self.doc = doc
        self.by_figure: dict[tuple[str, float, str], list[Fact]] = {}
        for f in facts:
            self.by_figure.setdefault((f.metric, f.value, f.unit), []).append(f)
        self.known: dict[tuple[str, float, str], bool] = {}

    def said(self, figure: tuple[str, float, str]) -> bool:
        found = self.known.get(figure)
        if found is None:
            found = any(_planned(self.doc, f) for f in self.by_figure.get(figure, ()))
            self.known[figure] = found
        return found


_OWN_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:year[\s-]over[\s-]year|reported|revenue|sales)\s+)*"
    r"(?:increase|growth|decrease|decline|rise|improvement)(?![A-Za-z])(?![^.;]{0,40}per[\s-]share)",
    re.IGNORECASE,
)
"""Right after a change's number: words that make it the change of the level said before it ("a 14% increase"),
unless they make it a per-share change ("AFFO of $63.4 million or $0.35 per share, which represents 6.1% growth
over per share results")."""


_RATE_UNITS = frozenset({"%", "pp", "bps", "x"})
_OWN_CHANGE_AND_PERCENT = re.compile(
    r"\s*,?\s*(?:which\s+)?(?:was|were|is|are)?\s*(?P<dir>up|down|increased|decreased|grew|rose|fell|declined)\s+(?:by\s+)?"
    r"[$€£¥]\s?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion)?\s*,?\s+or\s+"
    r"(?P<pct>\d+(?:\.(?P<decimals>\d+))?)\s?(?:%|percent)",
    re.IGNORECASE,
)
"""Right after a level: its change as an amount and as a percentage ("$550 million was up $19.2 million, or 3.9%")."""
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _change_contradicts_level(level: float, after: str) -> bool:
    """Whether the amount and percentage a level's own words give for its change cannot both hold for it: up
    $19.2 million is 3.6% on $550 million, not the 3.9% said (the figures rounded as written, give or take 2%)."""
    m = _OWN_CHANGE_AND_PERCENT.match(after)
    if m is None:
        return False
    if m.group("scale") is None and level >= 1000:
        return False  # ("up $19.2, or 3.9%": the amount's scale is not said)
    amount = float(m.group("amount").replace(",", "")) * _SCALES.get((m.group("scale") or "").lower(), 1.0)
    base = level - amount if m.group("dir").lower() in ("up", "increased", "grew", "rose") else level + amount
    if base <= 0 or amount <= 0:
        return False
    said = float(m.group("pct"))
    implied = amount / base * 100
    slack = 0.5 * 10 ** -len(m.group("decimals") or "") + 0.02 * said
    return abs(implied - said) > slack


RANGE_SPREAD_LIMIT = 10
"""How many times its low end a range's high end may be before the range is taken for a transcription slip."""


_FORWARD_METRIC = re.compile(r"guidance|outlook|target|plan", re.IGNORECASE)
_GUIDANCE_WORKED_OUT = re.compile(
    r"(?<![A-Za-z])(?:mid-?point\s+of\s+(?:\S+\s+){0,3}?(?:guidance|outlook|range)|(?:guidance|outlook)\s+mid-?point)"
    r"[^.;]{0,40}?(?<![A-Za-z])(?:equates?|implies|imply|translates?|represents?|would\s+(?:be|mean|represent))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before a figure: the speaker works a guidance range out to one point ("At the midpoint of guidance, this equates
to constant currency revenue growth of roughly 7%"), a forecast, whatever period the figure is read for."""
_REMARK_ITEM = re.compile(
    r"(?<![A-Za-z])(?:which|that)\s+(?:includes?|included|excludes?|excluded|reflects?|reflected)\s+"
    r"[$€£¥]?\s?\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:of\s+)?(?:[\w-]+\s+){1,12}?(?:was|were|is|are)\s+"
    r"(?:(?:about|approximately|roughly|nearly|around|almost)\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: a remark on an item inside the sentence's subject, with no comma to close it ("distributable
loss, which includes $57.2 million of specific loan reserves on the Long Island City loans was")."""
_OLDER_BASE = re.compile(
    r"\s*(?<![A-Za-z])(?:above|below|to|versus|vs\.?|over|compared\s+(?:to|with)|from|relative\s+to|of)\s+"
    r"(?:(?:the\s+)?(?:same\s+)?(?:pre-pandemic\s+)?(?:(?:Q[1-4]|[1-4]Q)\s*|(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?)?)?"
    r"(?:['’](\d\d)|((?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)


def _older_base_named(head: str, tail: str, period: str | None) -> bool:
    """Whether a change is measured against a year before the last: the base said right after it, or else one said
    before it in its sentence ("above Q3 '19" in a 2022 call), which the changes that follow share."""
    year = period_end(period)
    if year is None:
        return False
    own = _OLDER_BASE.match(tail)  # ("down 30% to 38% to Q4 '19 and up 45% to 63% to Q4 2021": its own base follows it)
    for m in [own] if own is not None else _OLDER_BASE.finditer(head):
        named = int(m.group(2)) if m.group(2) else 2000 + int(m.group(1))
        if named <= year[0] - 2:
            return True
    return False


MISSPOKEN_RATIO = 500
"""A comparison base this many times larger or smaller than the level is a slip of the tongue or of the reading."""
SMALL_COUNT = 100
"""Below this, a count of stores, members, staff or wells is rarely the company's total (a board's seats, a deal's
stores, a quarter's wells)."""
_STOCK_COUNT = re.compile(
    r"(?:^|\s)(?:stores|members|headcount|employees|customers|clients|subscribers|users|accounts|locations|wells|"
    r"production|rigs|branch(?:es)?|restaurants|hotels|propert(?:y|ies))(?:\s+guidance)?$",
    re.IGNORECASE,
)
"""Count metrics a company holds or runs many of."""
_OLDER_YEAR_AFTER = re.compile(
    r"\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:in|for|during|of|at)\s+(?:the\s+)?(?:same\s+)?(?:pre-?(?:pandemic|COVID)\s+)?"
    r"(?:(?:Q[1-4]|[1-4]Q)\s*|(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?|(?:fiscal\s+)?(?:year\s+)?)?"
    r"(?:['’](\d\d)|((?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)


def _base_of_older_year(doc: Document, base: Fact, period: str | None) -> bool:
    """Whether the words right after a comparison base name a year before the last ("down from 74% in the
    pre-pandemic first quarter of 2019"): a line would print it as the year-ago figure."""
    year = period_end(period)
    m = _OLDER_YEAR_AFTER.match(doc.paragraph(base.paragraph).text, _number_span(doc, base)[1])
    if year is None or m is None:
        return False
    return (int(m.group(2)) if m.group(2) else 2000 + int(m.group(1))) <= year[0] - 2


_LISTED_FIGURE = re.compile(r"[$€£¥]?\s?\d[\d,]*(?:\.\d+)?\s*(?:%|x|percent|million|billion)?", re.IGNORECASE)
_LIST_VERB = re.compile(
    r"\s+(?:were|was|are|is|of|stood\s+at|came\s+in\s+at|totall?ed|ended\s+at|reached|at)\s*$", re.IGNORECASE
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_NOT_A_NAME_WORD = frozenset({"rate", "ratio", "total", "net", "average", "per", "share", "margin"})


def _respective_name(doc: Document, f: Fact) -> bool | None:
    """In a sentence that pairs names and figures in order ("lease percentage and weighted average occupancy were
    90.1% and 87.3%, respectively"): whether the figure stands in the place of the name its metric is (None when
    the sentence is no such list, or the metric names no item of it)."""
    sentence_start, sentence_end = _sentence_span(doc, f)
    text = doc.paragraph(f.paragraph).text
    said = text[sentence_start:sentence_end]
    if not _RESPECTIVELY.search(said):
        return None
    figures = [m for m in _LISTED_FIGURE.finditer(said) if m.group().strip()]
    if len(figures) < 2:
        return None
    head = said[: figures[0].start()]
    verb = _LIST_VERB.search(head)
    if verb is None:
        return None
    names = [n for n in _LIST_SPLIT.split(head[: verb.start()].rsplit(",", 1)[-1]) if n.strip()]
    numbers = [m for m in figures if m.start() < (_RESPECTIVELY.search(said) or figures[-1]).start()]
    if len(names) != len(numbers) or len(names) < 2:
        return None
    words = [w for w in re.findall(r"[a-z]{4,}", f.metric.lower()) if w not in _NOT_A_NAME_WORD]
    holders = [i for i, n in enumerate(names) if words and any(re.search(r"\b" + w, n.lower()) for w in words)]
    if len(holders) != 1:
        return None
    at = _number_span(doc, f)[0] - sentence_start
    place = next((i for i, m in enumerate(numbers) if m.start() <= at < max(m.end(), m.start() + 1)), None)
    return None if place is None else place == holders[0]


_COMPARED = r"(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:es|ed|ing)|than|versus|vs\.?|compared\s+(?:to|with))"


def _compared_with(subject: str, head: str) -> bool:
    """Whether a figure's sentence names its subject only right after a comparison ("which exceeded our resort
    occupancy"): the figure is that of the part it is compared with, not the subject's."""
    named = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(subject) + r"(?![\w-])", head, re.IGNORECASE)]
    return bool(named) and all(
        re.search(_COMPARED + r"\s+(?:(?:our|the|its|their)\s+)?$", head[:at], re.IGNORECASE) for at in named
    )


# Between two amounts of one list: the later amount shares the words before the first ("gains on our investments of
# $0.02 per share and $0.04 per share", "items of $12 million and $9 million").
_LIST_GLUE = re.compile(
    r"\s*(?:per\s+(?:diluted\s+)?(?:common\s+)?share\s+|(?:million|billion|thousand)\s+)?and\s+", re.IGNORECASE
)
_NAMES_LISTED = re.compile(r"(?<![A-Za-z])(?:and|&)(?![A-Za-z])", re.IGNORECASE)
"""A list of names before the amounts ("FFO and net income were $0.50 and $0.27 per share"): each amount is its own
name's."""
_AMOUNT_ENDS = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|thousand))?$", re.IGNORECASE)


def _list_lead(doc: Document, f: Fact, before: str, number: int) -> str:
    """The words of its clause before the first amount of a list a figure is a later amount of ("Excluding gains on
    our investments of " for "$0.04" in "... of $0.02 per share and $0.04 per share"), or "": an item's figures are
    all items, though only the first follows the words that say so."""
    if not _LIST_GLUE.fullmatch(before):
        return ""
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    start = p.sentences[at].start if at is not None else 0
    head = p.text[start : number - len(before)]
    first = _AMOUNT_ENDS.search(head)
    if first is None:
        return ""
    lead = head[: first.start()]
    cut = max((m.end() for m in (*_CLAUSE_START.finditer(lead), *_AMOUNT_IN.finditer(lead))), default=0)
    return "" if _NAMES_LISTED.search(lead[cut:]) else lead[cut:]


def doubt(doc: Document, f: Fact, main: str | None = None) -> str | None:
    """Why a figure's own clause does not establish it as the metric's level or change for the
    company and period (``DOUBTS``), or None; ``main`` is the document's company, whose figure a
    sentence about one of its businesses does not give."""
    before, number = _before_figure(doc, f)
    around = before + doc.paragraph(f.paragraph).text[number : max(number, f.end)]  # (``_clause``)
    level = _is_level(f)
    own_change = not level and _OWN_CHANGE_AFTER.match(doc.paragraph(f.paragraph).text, _number_span(doc, f)[1])
    listed = _list_lead(doc, f, before, number)
    for d, pattern, after_too in _DOUBT_SEARCHES:
        if (d.levels_only and not level) or (d.metrics is not None and not d.metrics.search(f.metric)):
            continue
        if own_change and d.pattern.pattern.startswith(_W + r"represent"):
            continue  # "revenue of $2.9 billion, representing a 14% increase": the level's own change
        if (
            (d is _WITHOUT_AN_ITEM or d is _ITEM_IN_EARNINGS)
            and _ADJUSTED_METRIC.search(f.metric)
            and _NAMED_THEN_EXCLUDING.search(before)
            and not _ADJUSTED_WORD.search(before)
        ):
            # "net operating income per share excluding reportable catastrophes of $2.73": the exclusion is what
            # makes the measure the adjusted one its metric names, not an item taken from it
            continue
        if pattern.search(before) or (listed and pattern.search(listed)) or (after_too and pattern.search(around)):
            return d.why
    if _named_part(doc, f, around):
        return "the metric of a business line the sentence names"
    owner = _OWNER_BEFORE.search(before)
    if owner is not None and _another_owner(owner.group(1), main):
        return "the figure of another company the sentence names as its owner ('Steward's $300 million-plus cash investments')"
    head = _sentence_head(doc, f)
    if not level and _older_base_named(head, _words_after(doc, f), f.period):
        return "a change against a year before the last ('ADR was 20% above Q3 '19, ... and our urban ADR was up 8.3%'), not the year-on-year change"
    if level and _REMARK_ITEM.search(head):
        return (
            "the figure of the sentence's subject after a remark on an item in it ('distributable loss, which includes"
            " $57.2 million of specific loan reserves on the Long Island City loans was $24.7 million'), read as the"
            " item's"
        )
    if level and _respective_name(doc, f) is False:
        return "another item of a list its figures follow in order ('lease percentage and occupancy were 90.1% and 87.3%, respectively')"
    if f.subject and f.subject != main and _compared_with(f.subject, head):
        return "another part's figure, the sentence names this part only as what it is compared with ('Urban occupancy, which exceeded our resort occupancy ..., finished at 73.3%')"
    if main is not None and f.subject == main:
        owner = _OWNER_LEAD.match(head)
        if owner is not None and _another_owner(owner.group(1), main) and not _opening_names(doc, owner.group(1)):
            return "the figure of the business or brand the sentence opens on as its owner ('ClearanceJobs' first quarter revenue was $6.9 million, increase of 4%')"
        lead = _PART_LEADS.match(head)
        if lead is not None and not _own_group(lead.group(), main):
            return "the figure of the business line the sentence is about"
        if _PART_SUBJECT.search(head):
            return "the figure of the business line a clause before it is about"
        if _FORWARD_METRIC.search(f.metric) and _PART_EXPECTED.search(head):
            return "the outlook of some of the company's businesses, not the company's"
        if _ASSET_EXPECTED.match(head):
            return "the outlook of one asset or project the sentence is about, not the company's"
        if _LINES_IN_CLAUSE.search(before):
            return "the figure of lines of business its clause names ('The combined ratio for our commercial lines was 94.1%')"
        assets = _NAMED_ASSETS.search(head)
        if assets is not None and not (assets.group("name") and _words_in(assets.group("name").lower(), main.lower())):
            return "the figure of some of the company's assets, named by a place or brand ('Occupancy in the rest of our Charlotte assets is 98%')"
        if _part_opened(doc, f, main):
            return (
                "the figure of a part the sentence, or one just before it, opens on ('Our Vintage housing portfolio"
                " also had a strong quarter. ... And occupancy improved to 97.5%', 'In the U.S., ...'), not the company's"
            )
    if not _FORWARD_METRIC.search(f.metric) and _GUIDANCE_WORKED_OUT.search(head):
        return (
            "what a guidance range comes to at its midpoint ('At the midpoint of guidance, this equates to revenue"
            " growth of roughly 7%'), not a result"
        )
    if main is not None and f.subject and f.subject != main and _narrowed_part(doc, f, head):
        return (
            "the figure of a narrower part of the business line, named before it or by the place its sentence opens on"
            " ('U.S. key dermatology sales were $160 million', 'In the Lower 48, drilling revenue of $103 million')"
        )
    if hypothetical(_sentence_text(doc, f)):
        return "a figure of a case put ('if rates were to rise 100 basis points, net interest income would ...'), not one reported or guided"
    if f.per == "share" or _EPS_METRIC.search(f.metric):
        words = [m for m in _PER_SHARE_WORDS.finditer(head)]
        if _EPS_METRIC.search(f.metric) and words and words[-1].lastgroup == "other":
            return "another per-share amount than earnings ('FFO of $9 million or $0.09 per share', 'at $30.22 per share')"
        if _EPS_METRIC.search(f.metric) and not words and _AT_A_PRICE.search(head):
            return "a share price, not earnings ('And at $34 per share, we will have achieved an 11x multiple')"
        if _EPS_METRIC.search(f.metric) and not any(w.lastgroup == "earnings" for w in words):
            if _MEASURE_ACRONYM.search(head):
                return "a per-share measure the company names by its own initials, not earnings ('our NFE guidance of $1.55 to $1.65 per share')"
            if _reports_ffo(doc):
                return (
                    "a per-share figure of no named measure in a call that reports FFO per share, which is the "
                    "measure a REIT guides to ('tightening our 2022 guidance range to $0.65 to $0.68 per diluted share')"
                )
    if f.value_high is not None and f.unit != "%" and 0 < f.value * RANGE_SPREAD_LIMIT <= f.value_high:
        return (
            "a range whose ends are an order of magnitude apart ('$0.03 to $3.06' for a year's earnings per share):"
            " one end is misheard or misread"
        )
    if f.value_high is not None and _RANGE_FROM_BEFORE.search(_sentence_head(doc, f)):
        return (
            "the old range's upper end joined to the new range's lower end ('guidance from $11.70 to $11.77 per share"
            " to $11.83 per share to $11.88 per share')"
        )
    if f.value_high is None and _RANGE_WIDTH_BEFORE.search(_sentence_head(doc, f)):
        return (
            "the width of a range narrowed or widened, not a figure ('narrowed the range for FFO per share from a range"
            " of $0.06 to a range of $0.02 per share')"
        )
    if not f.metric.endswith(FORWARD_SUFFIXES) and _MONTH_LEAD.search(head):
        return "one month's figure, not the quarter's ('In September, occupancy was 75%')"
    said = head + doc.paragraph(f.paragraph).text[number : max(number, f.end)]
    for d in _HEAD_DOUBTS:
        if (d.metrics is None or d.metrics.search(f.metric)) and d.pattern.search(said):
            return d.why
    opening = _YEAR_OPENING.match(head) if f.metric.endswith(FORWARD_SUFFIXES) else None
    if opening is not None and opening.group("year") not in (f.period or ""):
        return (
            "the outlook of the year its sentence opens on ('For 2023, we are reaffirming our adjusted full year"
            " guidance of $2.85 to $2.87 per share'), read for another year"
        )
    past = _words_after(doc, f)
    for d in _TAIL_DOUBTS:
        if (d.metrics is None or d.metrics.search(f.metric)) and d.pattern.search(past):
            return d.why
    if level and _IMPACT_NAMED.search(head) and _OF_THE_METRIC_AFTER.match(past):
        return (
            "the size of an effect the sentence names, given as an amount of the metric ('a comparable supply headwind"
            " to this quarter's, roughly $40 million of revenue'), not the metric"
        )
    if level and f.value_high is None and _TO_ANOTHER_AMOUNT.match(past):
        return (
            "an amount a move or a range goes on from to another ('guidance from $2.40 to $2.60 per share to $2.55 to"
            " $2.65 per share'), not the figure"
        )
    if f.metric.endswith(FORWARD_SUFFIXES) and _AS_OF_NOW.search(head) and not _OUTLOOK_WORD.search(head):
        return "an estimate of where a figure stands now ('As of last Friday, we estimate book value to be $12.90'), not an outlook"
    if "dividend" in f.metric.lower() and _MONTHLY.search(_sentence_text(doc, f)):
        return "a monthly dividend, not the period's ('dividends of $0.10 per share for each month in the quarter')"
    if f.metric.endswith(FORWARD_SUFFIXES):
        aside = _ASIDE.search(head)
        if aside is not None and not _FORWARD_CUE.search(head, aside.end()):
            return "an aside ('as you would expect for 27% revenue growth', 'as we see it today, we have'), not an expectation"
    if level and f.value_high is None and _RANGE_LOW.search(doc.paragraph(f.paragraph).text, 0, number):
        return "one end of a range ('$6.70 and to $7.40'), not the figure"
    text = doc.paragraph(f.paragraph).text
    after = text[_number_span(doc, f)[1] :][:80]
    if not level and main is not None and f.subject not in (main, "") and _change_of_other_part(f.subject, after):
        return "the change of another part than the one the figure is given to ('a $6 million improvement in product sales along with an 18% improvement in rental revenues')"
    if level and f.metric in ("revenue", "revenue guidance") and _ASSET_SALES.match(after) and _SOLD.search(
        doc.paragraph(f.paragraph).text, *_sentence_span(doc, f)
    ):
        return "property or asset sales, not revenue ('we closed on $13 million of sales')"
    if level and f.value_high is None and f.unit not in _RATE_UNITS and _change_contradicts_level(f.value, after):
        return (
            "a level its own change and percentage contradict ('net sales of $550 million was up $19.2 million, or"
            " 3.9%', which makes $515 million): one of the figures is misheard"
        )
    if level and doc.language == "en" and f.unit == "count" and _STOCK_COUNT.search(f.metric) and (
        f.value < SMALL_COUNT or f.value != int(f.value)
    ):
        return (
            "a small or fractional count of a kind a company holds by the hundred ('expanded our Board of Directors to"
            " 12 members', '17 gross 9.1 net wells'): some other body's members or a deal's items, not the company's"
            " total"
        )
    if level and f.value > 0 and _NEGATIVE_BEFORE_OR.search(before):
        return "the per-share form of a negative result, read without its sign ('earnings were negative $63.4 million or $0.52 per share')"
    if ("revenue" in f.metric or "sales" in f.metric) and _REVENUE_ENHANCING.search(before[-60:] + after[:60]):
        return "capital spent on what adds to revenue, not revenue ('$108 million of capital to revenue enhancing activity')"
    if (
        f.metric in ("revenue", "revenue guidance")
        and level
        and _SALES_WORD.search(before)
        and not (_ASSET_SALES_NAMED.search(before) and not _GAIN_ON.search(before))
        and _SELLER.search(_sentence_before(doc, f) + " " + _sentence_text(doc, f))
    ):
        return "property or asset sales, next to words of selling them ('We were an active seller ... we project sales for the year of $864 million')"
    if f.metric in ("revenue", "revenue guidance") and _CLOSED_SALES.search(text, *_sentence_span(doc, f)):
        return "property or asset sales, in a sentence that counts sales closed ('closed on $40 million of sales ..., on our way to meeting our sales guidance range of $125 million to $175 million')"
    if not level and main is not None and f.subject == main and _same_store_said_before(doc, f):
        return (
            "a change the sentence before names as a same-store measure ('Same-property revenue growth was 11.7% ..."
            " our outlook for 2022 full year revenue growth of 11.5%'), not the company's"
        )
    if main is not None and f.subject == main and _PART_AFTER_FIGURE.match(after):
        return "the figure of the business line named after it ('revenue growth of 3% for the data business')"
    if not level and f.change == "qoq" and _VERSUS_RATE.match(after):
        return (
            "a growth rate set against another period's rate ('net sales declining 5.5% versus 7.6% year-over-year"
            " decline in the third quarter'), not a change from the quarter before"
        )
    if level and _MARKET_METRIC.search(f.metric) and _PLACE_AFTER.match(after):
        return "one market's figure, not the company's ('ADR exceeded 2019 levels in key markets such as 108% in Denver')"
    if (_EPS_METRIC.search(f.metric) or "earnings" in f.metric) and _DIVIDEND_AFTER.match(after):
        return "a dividend per share, not earnings ('covered our $0.24 per share quarterly dividend')"
    if "investment" in f.metric and _PORTFOLIO_AFTER.match(after):
        return "the size of a portfolio held, not an investment made or planned ('our $16.4 billion investment portfolio')"
    if level and _plain(f.metric) == "revenue" and _HELD_AFTER.match(after):
        return "the size of a portfolio or book held, not revenue ('sales firms ... overseeing a $40 billion portfolio')"
    if _EXCLUDED_AFTER.match(after) and not _BASIS_NAMED.match(f.metric) and "excluding" not in f.metric:
        return "the figure without a part the words after it exclude ('7% higher after excluding the fees'), not as reported"
    head = _sentence_head(doc, f)
    if _BASIS_NAMED.match(f.metric) and "excluding" not in f.metric and _ADJUSTED_BASIS.search(head):
        # (the source names the adjusted measure: an exclusion that alone makes a figure adjusted is its basis)
        part = _PART_EXCLUDED_BEFORE.search(head) or _PART_EXCLUDED_AFTER.match(after)
        if part is not None and _ADJUSTING_ITEM.search(part.group("what")) is None:
            return (
                "an adjusted measure less a part of the business or an event too ('core FFO, excluding Promotes, to"
                " $4.60', '460 basis points, excluding the disposed businesses'), not the one the company reports"
            )
    named_basis = _BASIS_AFTER.match(after)
    if named_basis is not None and _other_basis(f.metric, named_basis.group(1)):
        return "the figure on another basis than the metric's ('flat on a GAAP basis and up 5% on a base business basis')"
    if level and _metric_kinds().get(f.metric) == "plan" and _ONE_ITEM_PLAN.match(after):
        return "a plan for one item, not the company's ('a $4 million capital investment plan in our Commitment to Zero initiative')"
    if not level and f.per != "share" and not _EPS_METRIC.search(f.metric) and _PER_SHARE_BASIS.match(after):
        return "the change per share, not the total's ('$21.8 million or $0.85 per share ... an increase of 31% on a per share basis')"
    if level and f.unit == "%" and not _RATIO_NAMED.search(f.metric) and _RATIO_SAID.search(before):
        return "a ratio on the metric, not the metric ('FFO and AFFO payout ratios were 48.6% and 62.7%')"
    if f.unit == "%" and not is_ratio(f.metric) and _OF_A_LEVEL.match(after):
        return "a share of another period's level, not a change ('80% of 2019 levels')"
    if level:
        for rx, why in _AFTER_DOUBTS:
            if rx.match(after):
                return why
        if f.period is not None and "Q" in f.period and _FOR_THE_YEAR.match(after):
            return "the year's figure, not the quarter's ('$115 million for 2020, $45 million of which')"
        if f.period is not None and "Q" in f.period and _FOR_MONTHS_AFTER.match(after):
            return "a year-to-date figure, not the quarter's ('$1.23 per share, representing an increase of 21% for the first nine months')"
    return None


_BASE_ADJUSTED = re.compile(
    r"(?<![A-Za-z-])(?:adjusted|non-GAAP|core|underlying)\s+(?:[\w$.,'’-]+\s+){0,6}$", re.IGNORECASE
)
_BASE_REPORTED = re.compile(
    r"(?<![A-Za-z-])(?:(?:a|the|our|its)\s+reported|as\s+reported|on\s+a\s+reported\s+basis|GAAP)\s+"
    r"(?:[\w$.,'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


def _base_of_other_basis(doc: Document, base: Fact, metric: str) -> bool:
    """Whether a comparison base's own words give it another basis than the line's metric: "down 46% from last
    year's adjusted $0.71" for earnings per share as reported, "down from a reported $1.50" for adjusted EPS,
    "compared to $0.82 on a GAAP basis" for adjusted EPS."""
    before = _before_figure(doc, base)[0]
    named = _BASIS_AFTER.match(doc.paragraph(base.paragraph).text, _number_span(doc, base)[1])
    if _ADJUSTED_BASIS.search(metric):
        return _BASE_REPORTED.search(before) is not None or (named is not None and _other_basis(metric, named.group(1)))
    if _BASIS_NAMED.match(metric):
        return named is not None and _other_basis(metric, named.group(1))
    return _BASE_ADJUSTED.search(before) is not None or (named is not None and _ADJUSTED_BASIS.search(named.group(1)) is not None)


def _said_against(doc: Document, growth: Fact, base: Fact) -> bool:
    """Whether a change is said against the base that follows it in its sentence ("down 46% from last year's
    adjusted $0.71")."""
    if growth.paragraph != base.paragraph:
        return False
    g_end = _number_span(doc, growth)[1]
    b_at = _number_span(doc, base)[0]
    between = doc.paragraph(growth.paragraph).text[g_end:b_at]
    return 0 <= b_at - g_end <= 80 and re.search(r"(?<![A-Za-z])(?:from|versus|vs\.?|compared|over)(?![A-Za-z])", between, re.I) is not None


_MIDPOINT = re.compile(r"(?<![A-Za-z])mid-?point(?![A-Za-z])", re.IGNORECASE)
_MIDPOINT_AFTER = re.compile(r"[^$€£¥\d.;]{0,30}?(?<![A-Za-z])mid-?points?(?![A-Za-z])", re.IGNORECASE)
_MIDPOINT_OF_LIST = re.compile(  # "revenues to be $1.1 billion and adjusted EBITDA to be $900 million at the midpoint"
    r"[^$€£¥\d.;]{0,20}?,?\s+and\s+[^$€£¥\d.;]{1,60}?[$€£¥]\s?\d[\d,.]*\s*(?:thousand|million|billion)?"
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?,?\s+(?:both\s+|each\s+)?at\s+(?:the|their)\s+mid-?points?(?![A-Za-z])",
    re.IGNORECASE,
)


def _said_as_midpoint(doc: Document, f: Fact) -> bool:
    """Whether the figure's sentence calls it a range's midpoint: the word before it in its sentence ("At the
    midpoint of the range provided, we now expect net sales to be about $15.8 billion", "for a new midpoint of
    $6.59") or right after it, before any other figure ("$0.53 per diluted share at the midpoint", "at the
    $1.96/share midpoint"), or after the next figure of a list the words apply to ("revenues to be $1.1 billion and
    adjusted EBITDA to be $900 million at the midpoint")."""
    if _MIDPOINT.search(_sentence_head(doc, f)):
        return True
    text = doc.paragraph(f.paragraph).text
    end = _number_span(doc, f)[1]
    stop = min(len(text), _sentence_span(doc, f)[1])
    return _MIDPOINT_AFTER.match(text, end, stop) is not None or _MIDPOINT_OF_LIST.match(text, end, stop) is not None


_END_OF_RANGE = re.compile(
    r"(?<![A-Za-z])(?<!and\s)(?<!or\s)(?P<end>low|lower|bottom|high|higher|upper|top)\s+end\s+of\s+"
    r"(?:(?!(?:to|by|from|and|or)\s)[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
"""Before a forward range: the end of it the figure is expected at ("at the low end of our"), not both ends ("by
$0.25 at the high and low end of the range to")."""


def _end_of_range(doc: Document, f: Fact) -> str:
    """ "low" or "high" when a forward range's own clause says the figure is expected at one end of it ("we now
    expect adjusted EPS at the low end of our $3.00 to $3.20 range"), else ""."""
    m = _END_OF_RANGE.search(_before_figure(doc, f)[0])
    if m is None:
        return ""
    return "low" if m.group("end").lower() in ("low", "lower", "bottom") else "high"


_SAME_STORE_MEASURE = re.compile(
    r"(?<![A-Za-z])(?:same[\s-](?:store|property|properties|center|centre|community|communities|hotel|restaurant)|"
    r"comparable[\s-](?:store|property|hotel|restaurant)|like[\s-]for[\s-]like)s?\s+"
    r"(?P<phrase>(?:revenues?|sales|NOI|net\s+operating\s+income)\s+(?:growth|increase|decline|decrease|change))(?![A-Za-z])",
    re.IGNORECASE,
)
"""A same-store measure's change named by its words ("Same-property revenue growth was 11.7%")."""


def _same_store_said_before(doc: Document, f: Fact) -> bool:
    """Whether a change's sentence names its measure by the words the sentence before gave a same-store
    measure, without the qualifier and without a level of its own ("Same-property revenue growth was 11.7%
    for the quarter. ... our outlook for 2022 full year revenue growth of 11.5%"): the talk is still of the
    same-store measure, which a line would print as the company's."""
    if _base_metric(f.metric) not in ("revenue", "net operating income"):
        return False
    said = _SAME_STORE_MEASURE.search(_sentence_before(doc, f))
    if said is None:
        return False
    own = _sentence_text(doc, f)
    phrase = re.compile(
        r"(?<![A-Za-z-])(?P<before>[\w-]+\s+)?" + re.escape(said.group("phrase")).replace("\\ ", r"\s+") + r"(?![A-Za-z])",
        re.IGNORECASE,
    )
    m = phrase.search(own)
    if m is None or _AMOUNT_IN.search(own):
        return False
    before = (m.group("before") or "").strip().lower()
    return before not in ("total", "consolidated", "overall", "company", "company-wide") and _SAME_STORE_MEASURE.search(own) is None


_MEASURE_ACRONYM = re.compile(
    r"(?<![A-Za-z])(?!(?:EPS|GAAP|US|USD|FY)(?![A-Za-z]))[A-Z]{2,5}\s+(?:guidance|outlook|range|estimate|forecast|target)(?![A-Za-z])"
)
"""Before a per-share figure: a measure named by its initials ("our NFE guidance of"), not earnings per share."""
_FFO_SAID = re.compile(
    r"(?<![A-Za-z])(?:A?FFO|funds from operations)(?![A-Za-z])(?![\s-]*(?:/|to)[\s-]*(?:(?:total|adjusted)\s+)?debt)",
    re.IGNORECASE,
)
"""Funds from operations named; "FFO to debt" is a credit ratio any company with debt may give, not the measure."""
_reports_ffo_of: dict[int, tuple[Document, bool]] = {}


def _reports_ffo(doc: Document) -> bool:
    """Whether a call speaks of funds from operations (a REIT's per-share measure), remembered for the
    last document asked about."""
    hit = _reports_ffo_of.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    said = any(_FFO_SAID.search(p.text) for p in doc.paragraphs)
    _reports_ffo_of.clear()
    _reports_ffo_of[id(doc)] = (doc, said)
    return said


_DONE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:we|it|the\s+company)\s+(?:have\s+|had\s+)?(?:spent|invested|deployed)\s+" + _ABOUT + "$", re.IGNORECASE
)
"""Right before a plan's figure: words that report it spent ("During the year, we invested $51 million")."""
_ALLOWED_TO_SPEND = re.compile(
    r"(?<![A-Za-z])(?:has|have|had)\s+(?:allowed|enabled|permitted|helped)\s+(?:us|the\s+company)\s+to\s+"
    r"(?:[\w,'’-]+\s+){0,12}?(?:invest|spend|deploy)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?" + _ABOUT + r"[$€£¥]?$",
    re.IGNORECASE,
)
"""Before a plan's figure, in its sentence: what past cash flow has let the company spend ("This cash flow strength
has allowed us to fund the operations of the business to invest over $140 million in capital expenditures")."""
_DONE_IN = re.compile(
    r"(?:^\s*(?:and\s+|while\s+)?(?:clos|complet|acquir|purchas|fund|originat|repurchas|sell|buy)ing|"
    r"(?<![A-Za-z])(?:closed|completed|acquired|purchased|funded|originated|repurchased|sold|bought))\s+"
    r"(?:\S+\s+){0,5}?(?:for|of|totall?ing|worth|at)\s+" + _ABOUT + "$",
    re.IGNORECASE,
)
"""Right before a figure: words that report a deal done ("closing 5 acquisitions for", "we closed on loans
totaling"), which a forecast's own words would not say."""


def _done_in_clause(before: str) -> bool:
    """Whether a figure's clause reports it done ("closing 5 acquisitions for $51 million") and says no
    forecast word ("we expect closing ... for"), so it is no outlook however the sentence goes on."""
    return bool(_DONE_IN.search(before)) and not _FORWARD_CUE.search(before)


_ONE_ITEM_PLAN = re.compile(
    r"\s*(?:(?:million|billion)\s+)?(?:(?:capital\s+)?investments?(?:\s+plan)?\s+(?:in|into|on)\s+"
    r"(?!(?:the\s+|this\s+|next\s+)?(?:quarter|year|period|fiscal|calendar|(?:19|20)\d\d)(?![A-Za-z]))|"
    r"(?:labou?r|wages?|compensation|staff(?:ing)?|people|marketing|pricing|price)\s+investments?(?![A-Za-z]))",
    re.IGNORECASE,
)
"""Right after a planned amount: the one thing it is for ("a $4 million capital investment plan in our Commitment
to Zero initiative", "the $20 million investment in frontline staff bonuses"), a part, not the company's plan;
or money spent on people or prices ("the approximate $175 million labor investment"), not capital."""
_AS_OF_NOW = re.compile(
    r"(?:^|[,;:]\s*)as\s+of\s+(?:today|now|this\s+morning|(?:the\s+)?(?:close|end)\s+of\s+(?:business|trading)|"
    r"(?:last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)",
    re.IGNORECASE,
)
"""Before a forward figure: the date an estimate of the present is made at ("As of the close of business
last Friday, we estimate book value to be approximately $12.90"), which is no outlook for a period ahead."""
_OUTLOOK_WORD = re.compile(r"(?<![A-Za-z])(?:guid\w*|outlook|forecast\w*|expect\w*|target\w*|plan\w*)(?![A-Za-z])", re.I)
"""A word of an outlook for a period ahead: "As of today, we expect revenue of ..." is guidance, dated as it is."""
_OWNER_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z&-]+)(?:'s|’s)\s+(?:(?:about|approximately|nearly|over|almost)\s+)?$")
"""Right before a figure's number: a name that owns it ("Steward's $300 million-plus cash investments")."""
_OWNER_LEAD = re.compile(
    r"^\s*(?:(?:and|so|also|now)\s+)?(?!(?:Let|It|That|Here|There|What|Who|Where|How|He|She|Everyone|Everybody)['’])"
    r"([A-Z][A-Za-z&-]+(?:\s+(?:[A-Z][A-Za-z&-]+|\d+))*)(?:'s|’s|'|’)\s+(?!s\s)"
)
"""A figure's sentence opening on a possessor ("ClearanceJobs' first quarter revenue was", "Harbor Light's", a brand
named with its number: "VOLT 40's retail volume")."""
_NOT_AN_OWNER = frozenset(
    (
        *("today", "tomorrow", "yesterday", "last", "this", "next", "year", "quarter", "fiscal"),
        *("company", "management", "board", "group", "its", "our", "the"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"),
    )
)


_TICKER = re.compile(r"[A-Z&.-]+")


def _another_owner(name: str, main: str | None) -> bool:
    """Whether a possessor named before a figure is another company than the document's (a tenant, a customer,
    a client), not the company itself, a period or a pronoun."""
    if main is None or any(w in _NOT_AN_OWNER for w in name.lower().split()) or (name.isupper() and _TICKER.fullmatch(name)):
        return False  # ("AFG's $1.2 billion", "M&T's": a ticker is the company's own short name; "VOLT 40" is a brand's)
    return name.lower() not in main.lower()


def _opening_names(doc: Document, name: str) -> bool:
    """Whether a name of several words is written in the document's first two paragraphs, where a call names its own
    company ("Welcome to Harbor Light's second quarter call"): the company's, not a part's or another's."""
    return " " in name and _words_in(name, " ".join(p.text for p in doc.paragraphs[:2]))


_PORTFOLIO_AFTER = re.compile(r"\s*(?:(?:investment|securities|asset|loan)\s+)?portfolios?(?![A-Za-z])", re.IGNORECASE)
_RANGE_FROM_BEFORE = re.compile(
    r"(?<![A-Za-z])from\s+[$€£¥]?\s?\d[\d,.]*\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?(?:to|-|–)\s*[$€£¥]?\s?$",
    re.IGNORECASE,
)
"""Right before a range: "from" and a figure, so the range's low end closes an earlier range."""
_RANGE_WIDTH_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:narrow\w*|tighten\w*|widen\w*)\s+(?:\S+\s+){0,20}?range\s+of\s+[$€£¥]?\s?$", re.IGNORECASE
)
"""Right before a figure: a range narrowed or widened "to a range of", so the figure is the range's width."""
_DIVIDEND_AFTER = re.compile(
    r"\s*(?:(?:per|a)\s+(?:common\s+)?(?:share|unit)\s+)?(?:(?:regular|quarterly|annual|monthly|common|cash)\s+)*"
    r"dividends?(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a per-share amount: the dividend it is ("our $0.24 per share quarterly dividend")."""
_HELD_AFTER = re.compile(
    r"\s*(?:(?:\w+\s+)?portfolios?|(?:loan\s+|order\s+)?book|pipeline|backlog)(?![A-Za-z])", re.IGNORECASE
)
"""Right after an amount: what is held or in hand ("a $40 billion portfolio of buildings"), not a period's flow."""
_MONTHLY = re.compile(r"(?<![A-Za-z])(?:(?:each|every|per|a)\s+month|monthly)(?![A-Za-z])", re.IGNORECASE)
_BASIS_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent)?\s*(?:[\w-]+\s+){0,3}?on\s+an?\s+((?:[\w-]+\s+){0,3}?)basis(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure's number: the basis it is on ("up 5% on a base business basis")."""
_EXCLUDED_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent)?\s*(?:[\w-]+\s+){0,2}?(?:after\s+|when\s+|if\s+(?:you\s+|we\s+)?)?"
    r"(?:excluding|exclusive\s+of|adjusting\s+for|adjusted\s+for)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure's number: a part it leaves out ("7% higher after excluding the fees")."""
_PART_EXCLUDED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:excluding|exclusive\s+of)\s+(?P<what>[^,;.]{1,50}),\s*(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
"""Between a metric and its number, set off by commas: what the figure leaves out ("core FFO, excluding Promotes, to")."""
_PART_EXCLUDED_AFTER = re.compile(
    r"\s*(?:%|percent|basis\s+points|bps)?\s*,?\s*(?:excluding|exclusive\s+of)\s+(?P<what>[^,;]{1,50})", re.IGNORECASE
)
"""Right after a figure's number: what it leaves out ("460 basis points, excluding the disposed businesses")."""
_ADJUSTING_ITEM = re.compile(
    r"(?<![A-Za-z])(?:items?|charges?|costs?|expenses?|gains?|losses?|amorti[sz]ation|impairments?|adjustments?|"
    r"write-?(?:offs?|downs?)|tax(?:es)?|compensation|depreciation|accretion|dilution)(?![A-Za-z])",
    re.IGNORECASE,
)
"""In what an adjusted figure leaves out: an accounting item, which its definition leaves out anyway."""
_GAAP_BASIS = re.compile(r"(?<![A-Za-z-])(?:GAAP|reported|as\s+reported|statutory)(?![A-Za-z-])", re.IGNORECASE)
_ADJUSTED_BASIS = re.compile(r"(?<![A-Za-z])(?:adjusted|non-GAAP|core|underlying)(?![A-Za-z])", re.IGNORECASE)


def _other_basis(metric: str, basis: str) -> bool:
    """Whether the basis said right after a figure is not its metric's: a GAAP metric's figure said on
    another basis ("base business", "adjusted"), an adjusted metric's said on a GAAP one."""
    if _GAAP_BASIS.match(metric):
        return not _GAAP_BASIS.search(basis)
    if _ADJUSTED_BASIS.match(metric):
        return bool(re.search(r"(?<![A-Za-z-])GAAP(?![A-Za-z-])", basis))
    return False


_ASSET_SALES = re.compile(r"\s*(?:(?:in|of)\s+(?:\S+\s+){0,2}?sales|(?:in|of)\s+(?:dispositions?|asset\s+sales))(?![A-Za-z])", re.I)
_SOLD = re.compile(
    r"(?<![A-Za-z])(?:complet\w*|closed|closing|clos(?:e|es)\s+on|execut\w*|dispos\w*|presales?|pre-sales?|sold|selling|"
    r"transactions?)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A figure "of sales" in a sentence that closes or completes them: sales of assets ("Through September 30, we've
completed $2.2 billion in sales"), not the company's revenue."""


_NEGATIVE_BEFORE_OR = re.compile(
    r"(?<![A-Za-z])(?:negative|minus|loss(?:es)?(?:\s+(?:to|for|attributable\s+to)\s+[\w.&'’ -]{1,40}?)?\s+of)\s+[$€£¥]?\s?\d[\d,.]*\s*(?:million|billion|thousand)?\s*,?\s+or\s+"
    r"(?:(?:about|approximately|roughly)\s+)?[$€£¥]?\s?$",
    re.I,
)
"""Before a figure: a negative amount it restates ("negative $63.4 million or $0.52 per share", "a loss to the
company of $1.3 million or $0.06 per share"), so it is negative too."""
_VERSUS_RATE = re.compile(
    r"\s*,?\s*(?:versus|vs\.?|compared\s+(?:to|with)|against)\s+(?:an?\s+)?(?:approximately\s+|about\s+)?"
    r"[-+]?\d[\d.,]*\s*(?:%|percent|per\s?cent)",
    re.IGNORECASE,
)
"""Right after a change: another change it is set against ("declining 5.5% versus 7.6% ... in the third quarter")."""
_MARKET_METRIC = re.compile(r"ADR|average daily rate|RevPAR|occupancy|rent(?![A-Za-z])", re.I)
"""Metrics a call gives market by market as well as for the whole portfolio."""
_PLACE_AFTER = re.compile(
    r"\s*(?:(?:a|per)\s+(?:night|room|occupied\s+room|square\s+foot|unit)\s*)?in\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Fiscal|"
    r"The|This|That|Our|Its|Total|Aggregate|Q[1-4])(?![A-Za-z]))[A-Z][a-z]{2,}",
)
"""Right after a figure: "in" and a capitalised name, a city or a market ("108% in Denver, 119% in San Diego")."""
_REVENUE_ENHANCING = re.compile(r"(?<![A-Za-z])revenue[\s-](?:enhancing|sustaining|producing)(?![A-Za-z])", re.I)
"""Capital spending named by what it does for revenue ("revenue-enhancing CapEx"): spending, not revenue."""
_SALES_WORD = re.compile(r"(?<![A-Za-z])sales(?![A-Za-z])(?!.*(?<![A-Za-z])revenues?(?![A-Za-z]))", re.I)
"""Before a figure: "sales" and no "revenue" after it (the word the figure is named by)."""
_ASSET_SALES_NAMED = re.compile(r"(?<![A-Za-z])(?:asset|property|properties|land|building)\s+sales(?![A-Za-z])", re.I)
"""The figure's own name says asset sales ("Asset sales for the quarter totaled $92 million"): the line says so too."""
_GAIN_ON = re.compile(r"(?<![A-Za-z])gains?\s+(?:on|from)(?![A-Za-z])", re.I)
"""A gain on sales ("gains on asset sales of $262 million"): not the sales' amount."""
_SELLER = re.compile(
    r"(?<![A-Za-z])(?:sellers?|dispos(?:e|ed|ing|ition|itions)|divest\w*|under\s+contract|"
    r"(?:asset|property|properties|land|building)\s+sales?|sales\s+transactions?)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words of selling assets: "sales" said near them are assets sold, not the company's revenue."""
_CLOSED_SALES = re.compile(
    r"(?<![A-Za-z])(?:closed|completed|executed)\s+(?:on\s+)?(?:approximately\s+|about\s+|over\s+)?[$€£]\s?\d[\d,.]*\s*"
    r"(?:million|billion)?\s+(?:of|in)\s+(?:\S+\s+)?(?:sales|dispositions)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Sales a sentence counts as closed deals ("we've closed on $40 million of sales this year"): assets sold,
and so is every sales figure of that sentence."""


def _sentence_span(doc: Document, f: Fact) -> tuple[int, int]:
    p = doc.paragraph(f.paragraph)
    at = p.sentence_at(f.start)
    return (p.sentences[at].start, p.sentences[at].end) if at is not None else (0, len(p.text))


_PART_AFTER_FIGURE = re.compile(
    r"\s*(?:(?:to|and)\s+\S+\s+)?(?:(?:in|for|at|from|within)\s+)(?:the|our|its)\s+"
    r"(?!(?:total|overall|entire|whole|consolidated|combined|continuing|core|company|group|combined|full|fiscal|"
    r"first|second|third|fourth|current|same|prior|last|next|year|quarter)\b)"
    r"(?:[A-Za-z&'’-]+\s+){1,3}(?:business(?:es)?|segments?|divisions?|units?|operations)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure: the business line it is for ("revenue growth of 3% to 5% for the data business")."""
_RATIO_SAID = re.compile(r"(?<![A-Za-z])(?:payout|ratios?|yields?|as\s+a\s+percentage\s+of)(?![A-Za-z])", re.IGNORECASE)
"""Before a percentage given to an amount's metric: words that make it a ratio on that amount ("FFO payout ratio")."""
_RATIO_NAMED = re.compile(
    r"(?<![A-Za-z])(?:ratios?|margins?|yields?|payout|rates?|returns?|percent\w*|share|occupancy|utili[sz]ation)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A metric whose name says it is a ratio (its level is a percentage)."""
_PER_SHARE_BASIS = re.compile(
    r"\s*%?\s*(?:(?:increase|decrease|growth|decline|improvement)\s+)?(?:on|in)\s+(?:a|the)\s+per[\s-](?:diluted[\s-])?share\s+"
    r"(?:basis|terms)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a change: words that make it the per-share figure's ("an increase of 31% on a per share basis")."""
_OF_A_LEVEL = re.compile(
    r"\s*of\s+(?:(?:the|our|its|their)\s+)?(?:\S+\s+){0,4}?(?:pre[\s-]pandemic\s+|prior[\s-]year\s+|normal(?:ized)?\s+)?"
    r"(?:levels?|run[\s-]rates?|capacity)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a percentage: a share of a level ("revenues of approximately 80% of Q4 2019 levels")."""
_FOR_MONTHS_AFTER = re.compile(
    r"(?:\s+(?:million|billion|thousand))?(?:,?\s+or\s+[$€£¥]\d[\d.,]*(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?)?"
    r"(?:(?!\band\b)[^.;$€£¥]){0,70}?(?<![A-Za-z])(?:for|in|over|during)\s+the\s+(?:first\s+)?(?:six|nine|6|9)\s+months",
    re.IGNORECASE,
)
"""After a level given to a quarter, before any other amount or clause (but the same figure per share): the months
it is for ("$82.9 million or $1.23 per share, representing an increase of 21% for the first nine months of 2022")."""
_ADJUSTED_AFTER = re.compile(r"\s+(?:of|in)\s+(?:adjusted|non-GAAP)(?![A-Za-z])", re.IGNORECASE)
"""Right after a figure: the basis its metric is named with ("$6.15 of adjusted Class A earnings per share")."""
_FOR_THE_YEAR = re.compile(
    r"\s*(?:in\s+total\s+)?for\s+(?:(?:the\s+)?(?:full|whole|entire|fiscal)[\s-]?)?"
    r"(?:year\s+)?(?:(?:19|20)\d\d|'\d\d)(?![\d%])(?!\s*(?:Q[1-4]|first|second|third|fourth))"
    r"|\s*for\s+the\s+(?:full|whole|entire|fiscal)\s+year(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a level given to a quarter: the year it is for ("cash flow from operations of over
$115 million for 2020, over $45 million of which was generated in the fourth quarter")."""


# Words right after a level's number that make it something else than the metric's level.
_PER_UNIT = r"\s*(?:(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s*)?,?\s*"
_AFTER_DOUBTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(_PER_UNIT + r"(?:better|worse|higher|lower|above|below|ahead of|short of)(?![A-Za-z])", re.I),
        "a difference from another figure ('$0.03 better than our outlook')",
    ),
    (
        re.compile(
            _PER_UNIT + r"(?:in|of)\s+(?:(?:core|adjusted|normalized)\s+)?(?:A?FFO|EBITDA|NOI)\s+from\s+"
            r"(?!(?:continuing\s+|recurring\s+)?operations)",
            re.I,
        ),
        "the FFO of one holding or item, not the company's ('$300 million in FFO from OPI')",
    ),
    (
        re.compile(_PER_UNIT + r"(?:(?:on|at|for)\s+)?the\s+(?:low|high|bottom|top|lower|upper)[\s-]?(?:end|point|side)(?![A-Za-z])", re.I),
        "one end of a range, not the figure ('$3.05 per share on the low end, $3.11 per share on the high end')",
    ),
    (
        re.compile(_PER_UNIT + r"(?:increase|decrease|rise|reduction|decline|improvement|uplift)(?![A-Za-z])", re.I),
        "a change said as an amount, not the level ('a 50% or $0.06 per share increase')",
    ),
    (
        re.compile(
            _PER_UNIT + r"(?:(?:in|for|during)\s+)?(?:a year (?:ago|earlier)|last year|the year before|"
            r"(?:the\s+)?(?:prior|previous|year[\s-]ago)[\s-](?:year(?:'s)?\s+)?(?:quarter|period|year))(?![A-Za-z])",
            re.I,
        ),
        "a figure of an earlier period ('$0.03 per diluted share a year ago')",
    ),
    (
        re.compile(
            r"\s*(?:in|of)\s+(?:[A-Za-z-]+\s+){0,2}?(?:revenues?|sales|income|earnings|business)\s+(?:was|were|is|are|will be)\s+"
            r"(?:lost|deferred|displaced|for[e]?gone|missed|shifted)(?![A-Za-z])",
            re.I,
        ),
        "revenue lost or deferred, not the period's revenue ('$500,000 of revenue was lost due to the storm')",
    ),
    (
        re.compile(
            r"\s*(?:in\s+)?(?:(?:average|annual(?:ized)?|weekly|monthly|daily)\s+)?(?:[A-Za-z-]+\s+){0,2}"
            r"(?:per|each)\s+(?:new\s+|average\s+|comparable\s+)?(?:stores?|units?|locations?|restaurants?|"
            r"branch(?:es)?|outlets?|sites?|customers?|subscribers?|members?|employees?|vehicles?|programs?|"
            r"doors?|rooms?|beds?|wells?|rigs?|square\s+(?:foot|feet|meters?)|sq\.?\s*ft)(?![A-Za-z])",
            re.I,
        ),
        "a per-unit measure, not the company's total ('$1.8 million average sales per store')",
    ),
    (
        re.compile(r"\s*%?\s*(?:[A-Za-z-]+\s+){0,2}?" + COUNTED_ASSETS, re.I),
        "the figure of some of the company's assets, which the words after it count ('61% occupancy for our seven"
        " open New York City hotels'), not the company's",
    ),
)
_AMOUNT_AND_PERCENT = re.compile(r"\s*(?:(?:a|per)\s+(?:diluted\s+)?share\s*)?,?\s*or\s+(?:about\s+|approximately\s+)?\d[\d.]*\s?%", re.I)
"""Right after an amount: the same change as a percentage ("up $0.04 from 2Q and $0.09 or 15% from 1Q"), so the
amount is a change, not the earlier level."""
_GUIDED = re.compile(
    r"(?<![A-Za-z])(?:guid\w*|outlook|forecast\w*|expect\w*|estimate\w*|consensus|target\w*)(?![A-Za-z])", re.I
)
_YEAR_IN = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d%])")


def _of_a_past_year(doc: Document, f: Fact, current: str | None, year_end: int) -> bool:
    """Whether a figure's clause names only years before the one the document reports on ("at or
    above second quarter of 2018 adjusted earnings per share of $2.22"): another period's figure.
    Said only of calendar-year companies (a fiscal year's number is not its calendar year's)."""
    now = period_end(current)
    if now is None or year_end != 12:
        return False
    before, _ = _before_figure(doc, f)
    years = [(int(m.group()), m.end()) for m in _YEAR_IN.finditer(before)]
    if not years or max(y for y, _ in years) >= now[0]:
        return False
    # the year names the figure's own period: the metric follows it ("2018 adjusted earnings per
    # share of"), not a comparison ("80% of Q4 2019 levels at about $545 million")
    return bool(_METRIC_AFTER_YEAR.match(before, years[-1][1]))


_YEAR_RIGHT_AFTER = re.compile(
    r"(?:\s*(?:(?:a|per)\s+(?:diluted\s+|basic\s+)?share))?\s*(?:in|for)\s+(?:fiscal\s+|calendar\s+)?"
    r"(?:(?P<y4>(?:19|20)\d\d)|['’](?P<y2>\d\d))(?![\d%])",
    re.IGNORECASE,
)


def _named_year_differs(doc: Document, f: Fact) -> bool:
    """Whether the words right after a figure name a year ("... per diluted share in '21") other
    than the year of the period the figure was given: its line would print another year's figure."""
    if not f.period or not re.match(r"\d{4}", f.period):
        return False
    text = doc.paragraph(f.paragraph).text
    m = _YEAR_RIGHT_AFTER.match(text, _number_span(doc, f)[1] if f.value_high is None else _range_end(doc, f))
    if m is None:
        return False
    year = m.group("y4") or f"20{m.group('y2')}"
    return not (f.period.startswith(year) or f.period.endswith(year) or f"-{year}" in f.period)


def _range_end(doc: Document, f: Fact) -> int:
    """Where a range's upper figure ends in its paragraph ("$1.96 to $2.16": after "$2.16")."""
    text = doc.paragraph(f.paragraph).text
    start = _number_span(doc, f)[1]
    m = re.compile(r"\s*(?:to|-|–|and)\s*[$€£¥]?\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|%))?").match(text, start)
    return m.end() if m else start


_METRIC_AFTER_YEAR = re.compile(
    r"(?:'s|’s)?\s+(?:(?:adjusted|reported|GAAP|non-GAAP|diluted|net|total|full[\s-]year|consolidated)\s+)*"
    r"(?:revenues?|sales|earnings|income|EPS|EBITDA|profit|FFO|AFFO|margin|cash flow)(?![A-Za-z])",
    re.IGNORECASE,
)


_ANNUAL = re.compile(
    r"(?<![A-Za-z])(?:full[\s-]year|fiscal[\s-]year|fiscal (?:19|20)\d\d|for the (?:full |fiscal )?year|annual|"
    r"(?:in|for|during)\s+(?:calendar\s+)?(?:19|20)\d\d(?![\d%])|"
    r"year[\s-]to[\s-]date|(?:nine|six|twelve|9|6|12)[\s-]months?)(?![A-Za-z])",
    re.IGNORECASE,
)


def _of_a_year(doc: Document, f: Fact) -> bool:
    """Whether a figure's sentence, up to its number, speaks of a year or a span of months and the
    sentence names no quarter: a quarter's line would give it another period's figure."""
    p = doc.paragraph(f.paragraph)
    _, number = _before_figure(doc, f)
    sentence = next((s for s in p.sentences if s.start <= f.start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence is not None else (0, len(p.text))
    whole = p.text[start:end]
    rest = p.text[_number_span(doc, f)[1] : end]
    after = rest[: m.start()] if (m := _CLAUSE_START.search(rest)) else rest
    return (
        bool(
            _ANNUAL.search(p.text, start, number)
            or _ANNUAL_AFTER.search(after)
            or _OVER_A_YEAR.search(rest)
            or _YEAR_ENDED.search(rest)
        )
        and not quarter_mentions(whole)
        and not _THIS_QUARTER.search(whole)
    )


_WHOLE_YEAR = re.compile(
    r"(?<![A-Za-z])(?:full[\s-]year|fiscal[\s-]year|fiscal\s+(?:'|’)?(?:19|20)?\d\d|for the (?:full |fiscal )?year|"
    r"year[\s-]to[\s-]date|(?:first|second) half|(?:nine|six|twelve|9|6|12)[\s-]months?)(?![A-Za-z])",
    re.IGNORECASE,
)


def _of_a_whole_year(doc: Document, f: Fact) -> bool:
    """Whether a figure's sentence, up to its number, says in so many words that it is a year's, a
    half's or nine months' ("For fiscal '21, we delivered adjusted EPS of $5.60") and names no quarter."""
    head = _sentence_head(doc, f)
    return bool(_WHOLE_YEAR.search(head)) and not quarter_mentions(head) and not _THIS_QUARTER.search(head)


_OVER_A_YEAR = re.compile(
    r"(?<![A-Za-z])(?:over|versus|vs\.?|compared (?:to|with)|from)\s+(?:fiscal\s+|calendar\s+|full[\s-]year\s+)?"
    r"(?:19|20)\d\d(?![\d%])(?!\s*(?:first|second|third|fourth|Q[1-4]|quarter))",
    re.IGNORECASE,
)
"""After a figure: a change against a whole earlier year ("up 43.3% over 2019"), the figure a year's."""


_YEAR_ENDED = re.compile(
    r"(?<![A-Za-z])for\s+the\s+(?:fiscal\s+|full\s+)?(?:year|twelve\s+months|12\s+months)\s+(?:ended|ending)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Anywhere after a figure in its sentence: the year it is for ("Net income was $145 million, or $1.60 per share,
for the year ended December 31")."""
_ANNUAL_AFTER = re.compile(
    r"(?<![A-Za-z])(?:(?:this|the)\s+(?:fiscal\s+|full\s+)?year(?![\s-]+(?:ago|earlier|before))|"
    r"for the (?:full |fiscal )?year|full[\s-]year)(?![A-Za-z])",
    re.IGNORECASE,
)


def _paired(doc: Document, level: Fact, growth: Fact) -> bool:
    """Whether a change is the level's own: no other change and no other level stands between them
    ("net income of $17.5 million or $1.49 per share was down 13%, adjusted net income of $18.9
    million or $1.59 per share was down 8%": the 8% is not the $1.49's), unless an amount between is
    the change in money ("$1.74 increased $0.30 or 20.8%") or the same figure said another way
    ("$39.9 million or $1.02 per share, up 20%"); "consolidated revenues were $720 million, with
    CooperVision at $523 million, up 25%" pairs the 25% with CooperVision, not with the total; a
    change said before its level is paired the same way ("rose 17% to $926 million")."""
    if level.paragraph != growth.paragraph:
        return True
    text = doc.paragraph(level.paragraph).text
    l_at, l_end = _number_span(doc, level)
    g_at, g_end = _number_span(doc, growth)
    lo, hi = (l_end, g_at) if g_at >= l_end else (g_end, l_at)
    if _PERCENT_IN.search(text, lo, hi):
        return False  # another change stands between them
    for m in _AMOUNT_IN.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 30) : m.start()]
        if not (_CHANGE_WORD.search(before) or (_OR_SAME.search(before) and m.start() - lo < 40)):
            return False
    return True


def _number_span(doc: Document, f: Fact) -> tuple[int, int]:
    """Where a figure's number stands in its paragraph (its evidence's span when not found)."""
    _, at = _before_figure(doc, f)
    raw = f.raw if f.raw and doc.paragraph(f.paragraph).text.startswith(f.raw, at) else ""
    return at, (at + len(raw)) if raw else max(at, f.end)


_PERCENT_IN = re.compile(r"\d\s?(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
# Words a change names its own metric with, after its number ("a 21% increase in sales").
_CHANGE_OF = re.compile(
    r"\s*(?:%|percent|per\s?cent)?\s*(?:year[\s-]over[\s-]year\s+)?(?:increase|decrease|growth|rise|decline|"
    r"improvement|gain|drop|reduction)\s+in\s+(?:(?:our|the|its|total|net|overall|consolidated)\s+)*"
    r"([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)",
    re.IGNORECASE,
)


_GROWTH_NAMED_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent)?\s*(?:(?:quarter|year)[\s-](?:over|on)[\s-](?:quarter|year)|sequential|annual)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:growth|increase|decline|decrease|rise)(?![A-Za-z])"
    r"|\s*(?:%|percent|per\s?cent)?\s+(?:more|fewer|less|higher|lower|additional)\s+[A-Za-z]",
    re.IGNORECASE,
)
"""Right after a percentage: it is a change ("50% quarter-over-quarter capacity growth", "while operating 49% more
seats"), never an earlier level."""
_NEXT_AMOUNT = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*,\s*and\s+)[$€£¥]?\s?\d", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*\s?(?:million|billion|thousand|%)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)[$€£¥]?\s?$", re.IGNORECASE)


def _in_list_of_bases(doc: Document, f: Fact) -> bool:
    """Whether a comparison base is one of a list of amounts ("net income of $25 million and adjusted EBITDA of $27
    million, compared to $11 million and $14 million"): which base is whose, the list's order says, not the facts'."""
    text = doc.paragraph(f.paragraph).text
    if "respectively" in _sentence_text(doc, f):
        return False  # the list's order is said: the facts pair each base with its figure
    at, end = _number_span(doc, f)
    scale = _SCALE_WORD.search(text, at, end + 12)
    same = scale.group().lower() if scale is not None else ""
    after = _NEXT_AMOUNT.match(text, end)
    if after is not None and _scale_of(text, after.end() - 1) == same:
        return True
    before = _AMOUNT_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and _scale_of(text, before.start()) == same


_SCALE_WORD = re.compile(r"\b(?:million|billion|thousand)\b|%", re.IGNORECASE)


def _scale_of(text: str, at: int) -> str:
    """The scale word of the amount whose digits start at ``at`` ("million" for "$14.1 million", "" for "$1.61")."""
    m = re.compile(r"[$€£¥]?\s?\d[\d,.]*\s?(%|million|billion|thousand)?", re.IGNORECASE).match(text, at)
    return (m.group(1) or "").lower() if m is not None else ""
_CHANGE_IN = re.compile(
    r"\s*(?:%|percent|per\s?cent)?\s*(?:year[\s-]over[\s-]year\s+|sequential\s+)?(?:increase|decrease|growth|rise|"
    r"decline|improvement|gain|drop|reduction)\s+in\s+(?:(?:our|the|its)\s+)?([^,.;]{1,60})",
    re.IGNORECASE,
)
"""Right after a change: what it is a change in ("22% improvement in rental and service revenues")."""


def _change_of_other_part(subject: str, after: str) -> bool:
    """Whether the words after a part's change say it is a change in something that does not name the part: that
    something's change, not the part's."""
    m = _CHANGE_IN.match(after)
    if m is None:
        return False
    said = m.group(1).lower()
    words = [w for w in re.findall(r"[a-z][a-z&-]+", subject.lower()) if len(w) > 2]
    if not words or any(re.search(r"(?<![a-z])" + re.escape(w), said) for w in words):
        return False
    # "a 3.5% decline in core revenue": the part's own measure, which names no other part
    return any(len(w) > 2 and w not in _MEASURE_ONLY_WORDS for w in re.findall(r"[a-z][a-z&-]*", said))


_MEASURE_ONLY_WORDS = frozenset(
    {
        "and", "the", "our", "its", "total", "net", "core", "organic", "comparable", "same-store", "underlying",
        "reported", "adjusted", "revenue", "revenues", "sales", "income", "earnings", "profit", "profits", "margin",
        "margins", "volume", "volumes", "orders", "growth", "business", "quarter", "year",
    }
)
"""Words that name a measure, not a part: a change "in core revenue" is the part's own."""


def _change_of_other_metric(doc: Document, growth: Fact, metric: str) -> bool:
    """Whether the words after a change name another metric than the record's ("EPS of $0.60 on a
    21% increase in sales"): the named words resolve to a metric of another reported family."""
    text = doc.paragraph(growth.paragraph).text
    _, number = _before_figure(doc, growth)
    m = _CHANGE_OF.match(text, max(number, growth.end))
    if m is None:
        return False
    words = m.group(1).lower()
    named = [name for name, rx in _metric_words() if rx.search(words)]
    if not named:
        return False
    mine = _family(_base_metric(metric))
    return all(_family(n) != mine and n != _base_metric(metric) for n in named)


def _metric_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The reported metrics as (name, words) for naming a metric in a change's own words."""
    if not _METRIC_WORDS:
        for name, words in _CHANGE_METRICS.items():
            _METRIC_WORDS.append((name, re.compile(r"(?<![a-z])(?:" + words + r")(?![a-z])")))
    return tuple(_METRIC_WORDS)


_METRIC_WORDS: list[tuple[str, re.Pattern[str]]] = []
# The words that name a headline metric after a change ("a 21% increase in sales").
_CHANGE_METRICS = {
    "revenue": r"sales|revenues?|net sales|top line",
    "net income": r"net income|net earnings|earnings|profits?|bottom line",
    "EPS": r"eps|earnings per share",
    "operating income": r"operating income|operating profit",
    "orders": r"orders|bookings",
    "volume": r"volumes?|shipments|units",
}


_OVER_BASE = re.compile(
    r"[^.;$€£¥\d]{0,40}?(?:over|versus|vs\.?|compared (?:to|with)|from|than)\s+(?:the\s+)?"
    r"(?:(?:same|comparable|prior[\s-]year|year[\s-]ago|last\s+year(?:'s|’s))\s+(?:period|quarter)|"
    r"(?:first|second|third|fourth)[\s-]quarter|Q[1-4])(?![A-Za-z])",
    re.IGNORECASE,
)


def _over_base(doc: Document, growth: Fact) -> bool:
    """Whether a change's own words name the quarter it is measured against ("up 37% over the same
    period in 2020"): that quarter is the change's base, not its period."""
    text = doc.paragraph(growth.paragraph).text
    _, number = _before_figure(doc, growth)
    return bool(_OVER_BASE.match(text, max(number, growth.end)))


_SPENT = re.compile(
    r"达到|增至|增长至|猛增至|升至|降至|录得|達到|錄得|(?<![A-Za-z])(?:was|were|totaled|totalled|reached|came in at|"
    r"spent|invested|rose|increased|grew|fell|declined)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words that report an amount as done (spent, reached): an actual figure, not a plan."""
_SPENT_AFTER = re.compile(
    r"\s*(?:(?:in|for|during)\s+(?:the\s+)?(?:quarter|year|period)\s+|(?:in|on|into)\s+(?:[A-Za-z-]+\s+){1,4}?)?"
    r"(?:were|was|came in|totaled|totalled|amounted to)(?![A-Za-z])",
    re.IGNORECASE,
)
"""The same said after the figure ("Capital expenditures of $1.1 billion were right in line with our forecast",
"The company's investment of almost $87 million in water system improvements was the primary driver")."""


_ASKER_WORDS = re.compile(
    r"(?<![A-Za-z])(?:you(?:(?:'ve|’ve| have| had)\s+(?:guided|reported|said|mentioned|talked|given|called|cited))?"
    r"\s+(?:did|guided|reported|said|mentioned|talked|gave|noted|called|cited|referenced|posted|printed|"
    r"(?:are|were|'re|’re)\s+guiding)|your\s+(?:guidance|outlook|"
    r"target|forecast|number|numbers|estimate|assumption|comment|prior|previous)|the street|consensus)(?![A-Za-z])",
    re.IGNORECASE,
)


def _asked(doc: Document, f: Fact) -> bool:
    """Whether a figure is an asker's: its sentence is a question, or its words before it tell the
    company what it said or did ("you guided to $4.10", "your guidance of")."""
    said = _sentence_text(doc, f)
    if said.rstrip().endswith("?"):
        return True
    return bool(_ASKER_WORDS.search(_before_figure(doc, f)[0]))


def _sentence_text(doc: Document, f: Fact) -> str:
    """The sentence of the source a fact's figure stands in (its evidence when not found)."""
    if 1 <= f.paragraph <= len(doc.paragraphs):
        for s in doc.paragraph(f.paragraph).sentences:
            if s.start <= f.start < s.end:
                return s.text
    return f.evidence


def _years_out(period: str | None, current: str | None) -> int:
    """How many years after the reported period's year a period ends (0 when unknown)."""
    end, now = period_end(period), period_end(current)
    return end[0] - now[0] if end is not None and now is not None else 0


def _part_levels(
    doc: Document, facts: Sequence[Fact], main: str | None
) -> dict[tuple[str, str | None, str], float]:
    """(metric, period, unit) -> the largest level any business line of the company reports: its own
    figure, not a run rate or another measure its clause names."""
    out: dict[tuple[str, str | None, str], float] = {}
    others = company_names()
    for f in facts:
        if (
            f.subject == main
            or f.subject in others
            or f.basis is not None
            or not _is_level(f)
            or f.value <= 0
            or not 1 <= f.paragraph <= len(doc.paragraphs)
        ):
            continue
        if doubt(doc, f, main) is not None:
            continue  # "an annualized revenue run rate of $10 billion" is no part of the quarter's revenue
        key = (_family(f.metric), f.period, f.unit)
        out[key] = max(out.get(key, 0.0), f.value)
    return out


_BOTTOM_LINE = re.compile(r"net (?:income|earnings|profit|loss)", re.IGNORECASE)


def _below_a_part(level: Fact, parts: dict[tuple[str, str | None, str], float]) -> bool:
    """Whether a company-wide level is smaller than a part of the company reports (a total cannot be). The bottom
    line is no such total: a segment's net income exceeds the company's once corporate costs and interest are
    taken ("E&P net income of $149 million", the company's $86 million)."""
    if level.unit in _RATIO_UNITS or level.per or level.value <= 0:
        return False
    if _BOTTOM_LINE.search(level.metric):
        return False
    return level.value < parts.get((_family(level.metric), level.period, level.unit), 0.0)


def _qualifier(f: Fact, lang: str, ahead: bool = False) -> str:
    """ "about", "more than", "less than" — a cap on a plan or guidance is "up to" (不超过5亿元)."""
    if f.qualifier is None:
        return ""
    if lang.startswith("zh"):
        if ahead and f.qualifier == "under":
            return "不超过"
        if kept_qualifier(f.qualifier, said_before(f)) == "nearly ":
            return "近"
        return {"approx": "约", "over": "超过", "under": "不到"}[f.qualifier]
    if ahead and f.qualifier == "under":
        return "up to "
    return en_qualifier(f)


def _number(value: float, f: Fact, lang: str, high: bool = False) -> str:
    """One end of a fact's value, absolute, printed as the source wrote it where the language allows."""
    w = written(f.raw) if f.raw else None
    decimals = scale = None
    if w is not None and (w.unit == f.unit or bare_dollar(w.unit, f.raw)):  # ("$48.6 million" of a C$ fact)
        decimals = w.decimals_high if high and w.decimals_high is not None else w.decimals
        scale = w.scale
    # US dollars the source names as such ("US$12.1 million" beside a Canadian landlord's C$) stay named
    dollar = "US$" if f.unit == "USD" and _US_NAMED.search(f.raw) else "$"
    return format_amount(
        abs(value), f.unit, lang, decimals=decimals, scale=scale, dollar=dollar, long_units=True
    )


_US_NAMED = re.compile(r"(?<![A-Za-z])(?:US|U\.S\.|USD)(?![a-z])")
"""A figure's own words name US dollars in English ("US$", "USD", "U.S. dollars")."""


def _amount(f: Fact, lang: str, ahead: bool = False) -> str:
    """The fact's value (or range) with its qualifier, in ``lang``."""
    low_end, high_end = f.value, f.value_high
    if high_end is not None and low_end < 0 and high_end < 0 and abs(high_end) < abs(low_end):
        low_end, high_end = high_end, low_end  # a decline of 13% to 14%, not "14% to 13%"
    text = _qualifier(f, lang, ahead) + _number(low_end, f, lang)
    if high_end is not None:
        high = _number(high_end, f, lang, high=True)
        text += f"至{high}" if lang.startswith("zh") else f" to {high}"
    return text


def writable(r: Record, main: str | None, lang: str) -> bool:
    """Whether a record's subject can be named in ``lang``: a Chinese business line no glossary word
    covers cannot be named in English, and a figure given to no one (or to a misread subject) would
    mislead, so such a figure is not written."""
    return r.subject == main or lang != "en" or subject_name(r.subject, lang) is not None


def _subject(r: Record, main: str | None, lang: str) -> str:
    """The subject as written before a metric: none for the document's own company."""
    if r.subject == main:
        return ""
    if lang == "en":
        shown = subject_name(r.subject, lang) or r.subject
        return (r.name if r.name.lower() == shown.lower() else shown) + " "
    return term(r.subject, lang)


def realise(r: Record, main: str | None, lang: str) -> Statement:
    """One record as a sentence in ``lang`` (``en``, ``zh-Hans`` or ``zh-Hant``)."""
    text = _realise_zh(r, main) if lang.startswith("zh") else _realise_en(r, main)
    if lang == "zh-Hant":
        text = to_script(text, lang)
    return Statement(text, r.citations, lang, figures=tuple(Figure.of(f) for f in r.facts))


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:] if s and not s[:1].isupper() else s


def _base_metric(metric: str) -> str:
    for suffix in FORWARD_SUFFIXES:
        metric = metric.removesuffix(suffix)
    return metric


def _as_written(metric: str, phrase: str, r: Record) -> str:
    """``phrase`` with a word of the metric's display name as the source writes it ("sales" for
    revenue, "non-GAAP" for adjusted) when the evidence of the record's figures uses that word and
    not the display's."""
    evidence = " ".join(f.evidence for f in (r.level, r.growth) if f is not None)
    for display, alternatives in source_terms().get(metric, ()):
        shown = display.search(phrase)
        if shown is None or display.search(evidence):
            continue
        for word, pattern in alternatives:
            if pattern.search(evidence):
                return phrase[: shown.start()] + word + phrase[shown.end() :]
    return phrase


def _en_metric_phrase(r: Record, f: Fact | None) -> str:
    """The metric as English running text; a negative per-share or income level reads as a loss."""
    base = _base_metric(r.metric)
    per_share = f is not None and (
        f.per == "share" or (f.unit not in _RATIO_UNITS and f.unit != "count" and abs(f.value) < 1000)
    )
    phrase = _as_written(r.metric, en_metric(base, per_share=per_share), r)
    if r.measure == "comprehensive" and "earnings per share" in phrase:
        # "comprehensive income of $0.09 per common share": not earnings per share
        negative = f is not None and f.value < 0
        return phrase.replace("earnings per share", f"comprehensive {'loss' if negative else 'income'} per share")
    if r.measure and r.measure not in phrase and "distributable" in phrase:
        phrase = phrase.replace("distributable", f"{r.measure} distributable", 1)
    if r.measure and r.measure not in phrase:
        # "normalized FFO per share", "economic earnings": the company's measure as it names it
        phrase = re.sub(r"(?<![A-Za-z])(FFO|funds from operations|earnings)(?![A-Za-z])", rf"{r.measure} \1", phrase, count=1)
    if r.measure == "adjusted" and not _ADJUSTED_BASIS.search(phrase):
        phrase = f"adjusted {phrase}"  # "adjusted gross profit", "adjusted operating margin"
    if f is not None and f.value < 0 and f.unit not in _RATIO_UNITS and f.unit != "count":
        if "earnings per share" in phrase:
            return phrase.replace("earnings per share", "loss per share")
        if phrase in ("earnings", "profit"):
            return "net loss" if phrase == "earnings" else "loss"  # a "loss" the source says, no more
        for result, loss in _LOSS_NAMES:
            if phrase == result or phrase.endswith(" " + result):
                return phrase[: len(phrase) - len(result)] + loss
        for result in ("earnings", "profit"):  # "core earnings" of a loss: "core loss"
            if phrase.endswith(" " + result):
                return phrase[: -len(result)] + "loss"
    return phrase


# A negative result is named as the loss it is ("Q3 net loss $4 million", not "Q3 earnings was a loss of
# $4 million"); the longer name first.
_LOSS_NAMES = (
    ("net income", "net loss"),
    ("net profit", "net loss"),
    ("net earnings", "net loss"),
    ("operating income", "operating loss"),
    ("operating profit", "operating loss"),
    ("pre-tax income", "pre-tax loss"),
    ("pre-tax profit", "pre-tax loss"),
    ("adjusted earnings", "adjusted net loss"),
    ("adjusted profit", "adjusted net loss"),
)


_TOP_LINE = frozenset({"sales", "revenue", "revenues"})


def _realise_en(r: Record, main: str | None) -> str:
    subject = _subject(r, main, "en")
    lvl, gr = r.level, r.growth
    metric = _en_metric_phrase(r, lvl)
    said = subject.split()
    if said and metric and said[-1].lower() in _TOP_LINE and metric.split()[0].lower() in _TOP_LINE:
        subject = subject.rstrip()[: -len(said[-1])]  # "international sales" + "sales": said once
    if r.forward:
        verb = "Plans" if _metric_kinds().get(r.metric) == "plan" else ("Targets" if r.far else "Sees")
        # another company "sees"; a segment's figure is the company's view of that segment
        who = subject if r.subject in company_names() else ""
        label = f"{r.period} " if r.period and r.period not in RELATIVE_YEARS else ""
        when = f" {r.period}" if r.period in RELATIVE_YEARS else ""
        lead = f"{who}{verb.lower()}" if who else verb
        metric = metric if who else subject + metric
        # "expect revenue to be up 3% sequentially": a forecast step from this quarter, not from a year ago
        step = " quarter on quarter" if gr is not None and gr.change == "qoq" else ""
        if lvl is not None:
            of = "of " if verb == "Plans" else ""
            # "Sees FY 2022 adjusted EPS $12.75 to $12.85, up 25% to 26%": the growth the guidance is said to be
            up = (
                f", {'up' if gr.value >= 0 else 'down'} {_amount(gr, 'en', True)}{step}"
                if gr is not None and gr.unit == "%" and verb != "Plans" and not is_ratio(r.metric)
                else ""
            )
            mid = " at the midpoint" if r.midpoint else ""
            at = f"at the {r.end} end of " if r.end else ""
            return _capitalise(f"{lead} {label}{metric} {of}{at}{_amount(lvl, 'en', True)}{_measure(r)}{mid}{when}{up}.")
        assert gr is not None
        move = "up" if gr.value >= 0 else "down"
        by = _amount(gr, "en", True)
        by = "as much as " + by.removeprefix("up to ") if by.startswith("up to ") else by  # not "up up to 9%"
        return _capitalise(f"{lead} {label}{metric} {move} {by}{step}{when}.")
    label = f"{quarter_label(r)} " if r.quarter else (f"{r.period} " if r.period else "")
    head = f"{label}{subject}{metric}"
    if gr is not None:
        change = {"qoq": " quarter on quarter", "ytd": " since the start of the year"}.get(gr.change or "", "")  # unqualified: year on year
        verb = "rose" if gr.value >= 0 else "fell"
        if gr.unit == "%" and is_ratio(r.metric) and gr.change is None:
            verb = "was"
        growth = f"{verb} {_amount(gr, 'en')}{change}"
        if lvl is not None:
            since = (
                f" from {_amount(r.base, 'en')}"
                if r.base is not None and (r.base.value < 0) == (lvl.value < 0)
                else ""
            )
            return _capitalise(f"{head} {growth} to {_amount(lvl, 'en')}{_measure(r)}{since}.")
        return _capitalise(f"{head} {growth}.")
    assert lvl is not None
    low = r.metric.lower()
    amount = _amount(lvl, "en") + _measure(r)
    if lvl.value < 0 and any(m in low for m in _FLOW_METRICS):
        return _capitalise(f"{head} was an outflow of {amount}.")
    if lvl.value < 0 and any(m in low for m in _LOSS_METRICS) and "loss" not in metric:
        return _capitalise(f"{head} was a loss of {amount}.")
    if lvl.value < 0 and "loss" not in metric:
        return _capitalise(f"{head} fell by {amount}.")
    versus = ""
    if r.base is not None:
        versus = f" versus {_amount(r.base, 'en')}{_in_quarter(r)}"
        if r.base.value < 0 <= lvl.value or lvl.value < 0 <= r.base.value:
            versus = ""  # a base of the other sign would need words this register has not
    return _capitalise(f"{head} {amount}{versus}.")


def _measure(r: Record) -> str:
    """The measure printed after a quantity's level (" barrels per day"), when the record keeps one."""
    return f" {r.unit_words}" if r.unit_words else ""


def quarter_label(r: Record) -> str:
    """How a result's quarter is shown: "Q3", or "fiscal Q3" / "fiscal Q3 2024" for a company whose year
    does not end in December (the way it names its quarters; the cited paragraph names it so)."""
    if not r.fiscal:
        return f"Q{r.quarter}"
    return f"fiscal Q{r.quarter}" + (f" {r.fiscal_year}" if r.fiscal_year else "")


def _in_quarter(r: Record) -> str:
    """ " in the prior quarter" after a base of the quarter before: "versus" alone reads as a year earlier."""
    return " in the prior quarter" if r.base_quarter else ""


def _realise_zh(r: Record, main: str | None) -> str:
    subject = _subject(r, main, "zh-Hans")
    metric = term(r.metric, "zh-Hans")
    label = (
        f"{r.fiscal_year or ''}{'财年' if r.fiscal else ''}{'第' if r.fiscal else ''}{'一二三四'[r.quarter - 1]}季度"
        if r.quarter
        else (_ZH_SPANS.get(r.period, "") if not r.forward else "")
    )
    head = label + (metric if metric.startswith(subject) else f"{subject}{metric}")
    lvl, gr = r.level, r.growth
    when = RELATIVE_YEARS.get(r.period, "") if r.forward else ""
    if r.forward and lvl is not None:
        if r.far:  # a target years out: "收入目标100亿美元", not the coming year's "预计"
            return f"{subject}{when}{metric}目标{_amount(lvl, 'zh-Hans', True)}。"
        verb = "计划" if _metric_kinds().get(r.metric) == "plan" else "预计"
        return f"{subject}{verb}{when}{metric}{_amount(lvl, 'zh-Hans', True)}。"
    if r.forward and gr is not None:
        move = "增长" if gr.value >= 0 else "下降"
        return f"{subject}预计{when}{metric}{move}{_amount(gr, 'zh-Hans', True)}。"
    if gr is not None:
        change = {"yoy": "同比", "qoq": "环比", "ytd": "较年初"}.get(gr.change or "", "")
        verb = "增长" if gr.value >= 0 else "下降"
        if gr.unit == "%" and is_ratio(r.metric) and gr.change is None:
            return f"{head}为{_amount(gr, 'zh-Hans')}。"
        growth = f"{change}{verb}{_amount(gr, 'zh-Hans')}"
        if lvl is not None:
            since = (
                f"（{'上季度' if r.base_quarter else '此前'}为{_amount(r.base, 'zh-Hans')}）"
                if r.base is not None and (r.base.value < 0) == (lvl.value < 0)
                else ""
            )
            return f"{head}{growth}至{_amount(lvl, 'zh-Hans')}{since}。"
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
    versus = ""
    if r.base is not None and (r.base.value < 0) == (lvl.value < 0):
        versus = f"（对比{'上季度' if r.base_quarter else ''}{_amount(r.base, 'zh-Hans')}）"
    return f"{head}{verb}{_amount(lvl, 'zh-Hans')}{versus}。"


# Each further highlight of a metric already shown weighs this much less (segment revenue lines
# must not crowd out capex, buybacks and guidance).
REPEAT_DISCOUNT = 0.85
# For the headline figures only (the highlights job): a figure scored below this share of the best
# one is not a headline (the brief's highlights take more).
HEADLINE_FLOOR = 0.7


def highlights(
    doc: Document, facts: Sequence[Fact], lang: str, k: int = 8, floor: float = 0.0
) -> list[Statement]:
    """The ``k`` key figures of a document as sentences in ``lang``, best first, metrics varied;
    none scored below ``floor`` times the best one. The best is never taken as lower than the score the
    company's own headline figures would have had (``_stated_bar``): where such a figure was left out as
    misread, weaker figures do not move up to fill its place.

    The key figures are the ones the company states: where a call has prepared remarks, a figure
    said only in an answer (often one deal's, a share price, a hypothetical) is left to the
    minutes' Q&A, as in the core viewpoint."""
    main = main_subject(facts)
    pool = records(doc, facts)
    if any(p.section == "prepared" for p in doc.paragraphs):
        pool = [r for r in pool if doc.paragraph(r.paragraph).section != "qa"]
    out: list[Statement] = []
    seen: set[str] = set()
    said: set[tuple[str, float, str]] = set()
    shown: Counter[str] = Counter()
    kept: list[Record] = []
    top = max(max((r.score for r in pool), default=0.0), _stated_bar(doc, facts, main) if floor else 0.0)
    while pool and len(out) < k:
        best = max(pool, key=lambda r: (r.score * REPEAT_DISCOUNT ** shown[r.metric], -r.order))
        pool.remove(best)
        if best.score * REPEAT_DISCOUNT ** shown[best.metric] < _floor_of(best, main, floor) * top:
            continue
        values = {(best.subject, f.value, f.unit) for f in best.facts}
        if values <= said or not writable(best, main, lang):  # the same figures under another metric name
            continue
        if _unnamed_measure(best.metric) or _unnamed_in_english(best):
            continue
        same = _adjusted_twin(best, pool)
        if same is not None:  # "EPS increased 17% to $1.30" and "adjusted earnings of $1.30 per share": adjusted
            pool.remove(same)
            best = same
        st = realise(best, main, lang)
        if st.text in seen:
            continue
        seen.add(st.text)
        said |= values
        shown[best.metric] += 1
        out.append(st)
        kept.append(best)
    if floor and len(out) >= k:
        _make_room_for_the_top_line(out, kept, pool, main, lang, (floor, top), said)
    return out


# Measures whose name alone does not say which one: "Q2 margin 17.9%" (gross, operating or EBITDA margin?).
_UNNAMED_MEASURES = frozenset({"margin"})


def _unnamed_measure(metric: str) -> bool:
    """Whether a metric's name, less its basis, outlook word and qualifier, leaves a reader asking which measure."""
    return re.sub(r"\s*\(.*\)$", "", _plain(metric)).strip() in _UNNAMED_MEASURES


# Result words that in English name no measure on their own: a bare "loss", "profit" or "gain" is most often an
# item's ("a loss on our stake in the venture of $12 million", "$6 million of loss provision", "warranty profit sharing
# revenues", "a net gain on sale of two buildings"), the company's own result being called net, operating or pre-tax income or
# loss. Figures read from Chinese words are left to the Chinese reading.
_UNNAMED_IN_ENGLISH = frozenset({"profit", "loss", "gains"})


def _unnamed_in_english(r: Record) -> bool:
    """Whether a record's metric is a bare result word and its figures were read from English words."""
    return _base_metric(r.metric) in _UNNAMED_IN_ENGLISH and not any(_HAN.search(f.evidence) for f in r.facts)


def _make_room_for_the_top_line(
    out: list[Statement],
    kept: list[Record],
    pool: Sequence[Record],
    main: str | None,
    lang: str,
    bar: tuple[float, float],
    said: set[tuple[str, float, str]],
) -> None:
    """Where the headline figures are full without the period's top line, it takes the place of an outlook said
    on a second basis (the GAAP one of a GAAP and an adjusted EPS guidance): a results call's headline is its
    revenue with its earnings, and the outlook keeps one line of each figure. ``bar``: the floor and the best score."""
    if any(_plain(r.metric) == "revenue" and not r.forward for r in kept):
        return
    line = next(
        (
            r
            for r in sorted(pool, key=lambda r: (-r.score, r.order))
            if r.subject == main
            and _plain(r.metric) == "revenue"
            and not r.forward
            and not r.far
            and r.level is not None
            and r.score >= _floor_of(r, main, bar[0]) * bar[1]
            and writable(r, main, lang)
            and not {(r.subject, f.value, f.unit) for f in r.facts} <= said
        ),
        None,
    )
    if line is None:
        return
    guided = [(_plain(r.metric), r.facts[0].period) if r.forward else None for r in kept]
    twice = [i for i, g in enumerate(guided) if g is not None and guided.count(g) > 1]
    if not twice:
        return
    drop = next((i for i in reversed(twice) if not _names_a_basis(kept[i].metric)), twice[-1])
    del out[drop], kept[drop]
    out.append(realise(line, main, lang))
    kept.append(line)


def _names_a_basis(metric: str) -> bool:
    """Whether a metric's name says it is adjusted ("adjusted EPS guidance", "AFFO")."""
    return bool(_ADJUSTED_BASIS.search(metric)) or _names_adjusted(metric)


# The company's top line is a headline of any results call, even scored below its earnings lines: its
# level, or its outlook, takes a line down to this share of the best (a result's change alone does not:
# without the level it says too little).
TOP_LINE_FLOOR = 0.5


def _floor_of(r: Record, main: str | None, floor: float) -> float:
    """The share of the best score ``r`` must reach to be a headline (``floor``, lower for the top line)."""
    top_line = r.subject == main and _plain(r.metric) == "revenue" and not r.far
    if floor and top_line and (r.level is not None or r.forward):
        return min(floor, TOP_LINE_FLOOR)
    return floor


def _stated_bar(doc: Document, facts: Sequence[Fact], main: str | None) -> float:
    """A document-wide bar for the best record: the score one of the company's headline figures stated
    outside the Q&A would get were it said only in an answer (metric weight, company, the Q&A's weight;
    no bonus). Unlike the best record kept, it does not fall when that figure is left out as misread
    (its period, basis or scope), and a figure weaker than a headline said in passing is no headline."""
    if not main:
        return 0.0
    tax = taxonomy()
    prepared = any(p.section == "prepared" for p in doc.paragraphs)
    best = 0.0
    for f in facts:
        if f.subject != main or f.basis or not _headline(f.metric):
            continue
        section = doc.paragraph(f.paragraph).section
        if prepared and section == "qa":
            continue
        best = max(best, tax.metric_weight(f.metric) * _COMPANY_WEIGHT * _QA_WEIGHT)
    return best


_UNADJUSTED = re.compile(r"^(?:adjusted|non-GAAP|core)\s+", re.IGNORECASE)


def _adjusted_twin(r: Record, pool: Sequence[Record]) -> Record | None:
    """The record that states the same level under the metric's adjusted name, when ``r`` does not
    name a basis: where the source calls a figure adjusted once, a line calls it adjusted."""
    adjusted = lexicon_metrics.adjusted_names()
    if r.level is None or r.metric in adjusted or _base_metric(r.metric).startswith("GAAP"):
        return None
    for other in pool:
        if (
            other.metric in adjusted
            and other.subject == r.subject
            and other.forward == r.forward
            and other.level is not None
            and other.level.value == r.level.value
            and other.level.value_high == r.level.value_high
            and other.level.unit == r.level.unit
            and _UNADJUSTED.sub("", _family(_base_metric(other.metric))) == _family(_base_metric(r.metric))
        ):
            return other
    return None


# Metrics that say nothing without the whole they are a part of ("share": of what?).
_BARE_METRICS = frozenset({"share"})


def sentence_statement(
    sentence: Sequence[Fact],
    facts: Sequence[Fact],
    lang: str,
    citations: Sequence[int],
    quote: str,
    horizon: str = "",
) -> Statement | None:
    """The figures of one source sentence (``sentence``: its facts) as a statement in ``lang``, the
    sentence kept as its ``quote``: one clause per subject and metric, a level and its change
    paired as in highlights, no quarter label (the sentence is cited for its period).

    ``horizon`` ("over the next three years") makes the sentence's figures a plan or expectation
    for that horizon. A figure of an earlier period than the one reported, or one written without
    digits, is left out (its words would not say its period); None when nothing is left.
    """
    main = main_subject(facts)
    current = reported_period(facts)
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in sentence:
        if f.metric in _BARE_METRICS:
            continue
        groups.setdefault((f.subject, f.metric), []).append(f)
    texts: list[str] = []
    figures: list[Figure] = []
    for (subject, metric), fs in groups.items():
        reported = [f for f in fs if f.basis is None and _printable(f)]
        level = next((f for f in reported if _is_level(f)), None)
        growth = next((f for f in reported if _is_growth(f) and f is not level), None)
        stated = [f for f in (level, growth) if f is not None]
        if not stated:
            continue
        ahead = any(is_forward(f, current) for f in stated)
        shown = ""
        if ahead:
            shown = (
                _forward_label(
                    stated[0],
                    " ".join(f.evidence for f in fs),
                    current,
                    getattr(facts, "fiscal_year_end_month", 12) or 12,
                )
                if not horizon
                else ""
            )
        elif horizon and _metric_kinds().get(metric, "result") not in ("market", "macro"):
            ahead = True
        elif any(f.period not in (current, None) for f in stated):
            continue
        base = None
        if level is not None:
            base = next(
                (f for f in fs if f.basis and _is_level(f) and f.unit == level.unit and _printable(f)), None
            )
        unit_words = _measure_of(quote, level) if level is not None and _unmeasured(level) else ""
        if level is not None and _unmeasured(level) and not unit_words:
            continue  # a quantity whose measure the clause would not say
        r = Record(
            subject, metric, level, growth, stated[0].paragraph, 0, 0.0, ahead, None, (), base, shown, unit_words=unit_words
        )
        if not writable(r, main, lang):
            continue
        text = realise(r, main, lang).text
        if ahead and horizon:
            text = text.rstrip(".。") + (f" {horizon}." if lang == "en" else f"（{horizon}）。")
        if text not in texts:
            texts.append(text)
            figures.extend(Figure.of(f) for f in r.facts)
    if not texts:
        return None
    sep = " " if lang == "en" else ""
    return Statement(
        sep.join(texts), tuple(sorted(set(citations))), lang, quote=quote, figures=tuple(figures)
    )
