"""Attribution: which subject, metric, change, period and evidence a figure belongs to.

Works on the analysis view of each paragraph (simplified script, ASCII digits, same offsets as the
original text) with the lexicons of ``finbrief.lexicon``. The rules, in the order tried:

- metric: the nearest metric word before the figure in its clause, else the nearest after it
  in the clause ("投入3800亿元用于AI资本开支"), else the nearest in the earlier clauses of the
  sentence when the figure's clause only continues it ("…收入达1,401亿元,同比增长10%"), else a
  weak metric word ("投入", "invest"), else the counter ("1.2亿单" counts orders) — in each
  step the nearest metric *whose units fit the figure* (metrics.yaml ``units``: "EPS of $512
  million" is not EPS, "revenue of 30 bps" is not revenue, "0.6x" is a leverage ratio). A figure
  with no metric is not a fact.
- variants: an amount per share after a total ("net income of $41.6 million or $0.57 per diluted
  share") measures the total's per-share metric (EPS; ``diluted EPS`` "per diluted share"); a %
  "of sales" after an amount is its margin; "adjusted/non-GAAP" or "GAAP" before the metric,
  after the figure ("on an adjusted basis") or opening the sentence ("On a GAAP basis, ...")
  names the adjusted or GAAP variant; an exclusion ("excluding special items") makes a metric
  with an adjusted variant that variant, others "<metric> (excluding items)". A per-share item
  ("a $0.06 per share charge") is not earnings per share.
- subject: the nearest subject named in the figure's clause (or between the figure and a metric
  after it), else the one the metric implies ("88VIP会员"), else the nearest in the earlier
  clauses of the sentence (skipping subjects inside adverbials like "在…后", "随着…"), else the
  subject carried from earlier sentences and paragraphs of the same speaker, else the document's
  company. "该板块/该分部/this segment" stand for the last subject named. Company-wide metrics
  (capex, free cash flow, EPS) belong to the company unless a segment is named in their clause.
  In English a carried subject lapses after three sentences that do not name it, and another
  company named in passing is not carried.
- change: ``yoy``/``qoq`` from markers around a growth figure (同比/YoY/year-over-year,
  环比/QoQ/sequentially); an unmarked growth figure of a reported result for the document's
  quarter is YoY only when the document says growth rates are YoY unless noted, or marks its
  growth as YoY at least twice and at least twice as often as QoQ (documented choice); a figure
  against a named base takes the base's comparison ("从上季度的472.6亿元下降27%" is QoQ), none
  when the base says none ("较4月"); a margin's % is a level. A change in money ("up $48
  million") whose comparison is unknown is not a fact (it would read as a level).
- lists: in "A and B grew 10% and 34% respectively" the i-th figure takes the i-th subject and
  metric named before the list; in a history list ("2023年一季度至2024年三季度…分别为-3%、4%…")
  the i-th figure takes the i-th quarter of the span, and in "$4.18 and $1.07 for the full year
  and the fourth quarter respectively" the i-th period named after the list.
- comparison bases ("较上季度的472.6亿元", "versus $163.2 million last year", "from 18% in the
  previous quarter") are facts with ``basis="prior"`` and the period named with them, else the
  figure's period a year (or a quarter) earlier when the words say so, else none; a base that names
  no metric in its clause measures what the figure it is compared with measures.
- guidance: a figure after a forecast word in its sentence ("expect", "guidance", "sees", "预计")
  is "<metric> guidance" for the period named in the sentence (a passed quarter named without its
  year is next year's), else the period of the outlook the call is giving ("Turning to our fiscal
  2022 outlook."); not when a result is measured against guidance ("above the high end of our
  guidance") or a past verb stands between; a previous guidance has ``basis="prior"``.
- a loss amount is the negative of the income it is a loss of ("net loss of $3 million" ->
  net income -3e6, "$0.07 per share" -> EPS -0.07); "losses narrowed 20%" stays a loss metric
  with -20 (the loss fell 20%).
- an analyst's figures stay facts with their ``speaker`` (the brief and the library leave them out: they
  restate, estimate or suppose); not facts: a counterfactual ("would have been", "if rates were 5%") and a figure the company says it does not
  expect or reach ("we don't expect margins of 10%").
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple, SupportsIndex

from finbrief.facts import numbers, periods, phrases, report_table
from finbrief.facts.evidence import Grade, MetricHow, PeriodHow, SubjectHow
from finbrief.facts.identity import _NOT_A_FIRM, document_context, without_legal_form
from finbrief.facts.lines import LineNames, document_lines, opens_clause
from finbrief.facts.numbers import NumberMention, bare_dollar, physical_unit_after
from finbrief.facts.periods import PeriodContext, PeriodMention
from finbrief.facts.text import document_views, to_simplified
from finbrief.fastre import fast
from finbrief.lazy import computed
from finbrief.lexicon import companies as lexicon_companies
from finbrief.lexicon import glossary as gl
from finbrief.lexicon import metrics as lm
from finbrief.lexicon import subjects as ls
from finbrief.lexicon.metrics import Metric
from finbrief.lexicon.subjects import SubjectEntry
from finbrief.lexicon.transcript import vocab as transcript_vocab
from finbrief.lexicon.trie import Matcher
from finbrief.model import Change, Document, Fact, FactSheet, Paragraph
from finbrief.text.regex import Sifted, anchored, led_by, lowered

__all__ = ["extract", "yoy_by_default"]

_SENTENCE_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:the|our|and|but|also|meanwhile|similarly|overall|finally|lastly|additionally|likewise|elsewhere|"
    r"separately)\s*,?\s+)?",
    re.IGNORECASE,
)
"""Words a sentence may open with before the business line it is about ("Overall, Seaside revenue increased")."""
_REGION_SECTION_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|turning\s+to|moving\s+to)\s*,?\s+)?(?:(?:in\s+)?(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|"
    r"Q[1-4]|full[\s-]year|quarterly)\s*,?\s+)?(?:the\s+|our\s+)?",
    re.IGNORECASE,
)
_REGION_RESULT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:segment\s+|total\s+|net\s+)?(?:revenues?|sales)(?![A-Za-z])", re.IGNORECASE)
"""A sentence that opens with a region and its revenue ("Third quarter Americas revenues were $695 million",
"EMEA revenues for Q3 were $164 million"): the call turns to that region's results."""
_FROM_OWN_BEFORE = re.compile(r"(?<![A-Za-z])from\s+(?:its|our|the|their)\s+$", re.IGNORECASE)
"""Before a segment named as where something the sentence counts comes from ("loans from its California division")."""


def _named_in_passing(para: _Paragraph, hit: _Hit) -> bool:
    """Whether an English segment is named after the figures of its sentence as where something comes from ("a $50
    million loss on two loans from its California division"): it is no subject that the next paragraphs keep."""
    if hit.entry.kind != "segment" or not _FROM_OWN_BEFORE.search(para.text, max(0, hit.start - 12), hit.start):  # type: ignore[attr-defined]
        return False
    s0, s1 = para.sentence(hit.start)
    return bool(_DIGIT.search(para.text, s0, hit.start)) and not _DIGIT.search(para.text, hit.end, s1)


_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–.;!?\d]{3,160}?\s[—–]\s")
"""An aside between dashes that holds no figure ("Net interest income — the difference between what banks earn on
loans and pay on deposits — rose to $672 million"); a transcript's "--" marks a pause, no aside."""


def _without_dash_gloss(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Metric hits less those of an aside between dashes right after a metric: the aside says what that metric is."""
    asides = [
        (a.start(), a.end())
        for a in _DASH_ASIDE.finditer(text)
        if any(h.end <= a.start() and a.start() - h.end <= 1 for h in hits)
    ]
    return [h for h in hits if not any(a < h.start and h.end <= b for a, b in asides)] if asides else hits


_STATE_WORDS = ("leased", "occupied")
"""Occupancy aliases that are bare states of space: they name occupancy only as the state of a percentage."""
_STATE_PERCENT_BEFORE = re.compile(
    r"\d\s?(?:%|percent)(?:\s+(?:leased|occupied)\s+(?:and|or))?\s+$", re.IGNORECASE
)
"""Right before a bare state word: the percentage it is the state of ("93% leased", "91% occupied and leased")."""
_STATE_AFTER_FIGURE = re.compile(r"(?:\s+(?:leased|occupied)\s+(?:and|or))?\s+", re.IGNORECASE)
"""Between a percentage and the bare state word it takes ("91% occupied and leased")."""
_STATE_CHANGE_AFTER = re.compile(
    r",?\s+(?:up|down|an\s+increase\s+of|a\s+decrease\s+of)\s+(?:(?:about|approximately|nearly|roughly)\s+)?",
    re.IGNORECASE,
)
"""Between a state word and a change of the percentage before it ("78% leased, up 4% over last quarter")."""


def _without_loose_states(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Metric hits less a bare "leased"/"occupied" that follows no percentage: "units leased", "re-leased these
    homes at 22% higher rates" and "leases signed" speak of leasing activity or rents, not of occupancy."""
    return [
        h
        for h in hits
        if text[h.start : h.end].lower() not in _STATE_WORDS
        or _STATE_PERCENT_BEFORE.search(text, max(0, h.start - 40), h.start)
    ]


@cache
def _context_pattern(words: tuple[str, ...]) -> Sifted:
    """Any of a metric's context words, as whole words; a paragraph holding none of them (most) is answered
    without running the pattern, which ignores case and so tries every position."""
    return Sifted(
        re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])", re.IGNORECASE)
    )


_BARE_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*)\s+$")
_BARE_NAME_NOT_AFTER = frozenset({"of"})
"""Closed words a one-word name bound to a context may not follow: "the second category of expenses" is a kind, no
pool's expenses."""


def _with_context_hits(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` plus the names bound to a context (``lm.context_matcher``) whose context the paragraph speaks of, where
    no longer name of the main lexicon covers them."""
    bound = _in_context(text, [_Hit(a, b, e) for a, b, e in lm.context_matcher().finditer(text) if e is not None])
    if not bound:
        return hits
    kept = [x for x in bound if not any(h.start < x.end and x.start < h.end and h.end - h.start >= x.end - x.start for h in hits)]
    rest = [h for h in hits if not any(x.start < h.end and h.start < x.end for x in kept)]
    return sorted([*rest, *kept], key=lambda h: h.start)


def _in_context(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Metric hits less those of an entry bound to a context (``context`` in metrics.yaml) that the paragraph does not
    speak of outside the hit: "renewals up 11.5%" is a lease spread in leasing talk, an insurer's policies elsewhere.
    Such a one-word name must stand alone: "property expenses" are no same-store expenses."""
    out = []
    for h in hits:
        words: tuple[str, ...] = getattr(h.entry, "context", ())
        if words and not any(
            not (h.start <= c.start() < h.end) for c in _context_pattern(words).finditer(text)
        ):
            continue
        if words and " " not in text[h.start : h.end]:
            before = _BARE_NAME_WORD_BEFORE.search(text, max(0, h.start - 30), h.start)
            word = before.group(1).lower() if before is not None else ""
            if word and (word not in _NP_CLOSED or word in _BARE_NAME_NOT_AFTER):
                continue
        out.append(h)
    return out


_NAME_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9&'’.-])(?P<word>[A-Z][a-z][A-Za-z&'’-]*)\s+$")
"""Right before a metric hit: a capitalised word, which may open a unit's name the hit's own capitalised words end."""
_NAME_CASE_WORD = re.compile(r"[A-Z][a-z][A-Za-z&'’-]*")
"""A word of a name written in title case ("Markets"); an acronym ("DCF", "FFO") is a metric's own word (so "Harbor
EBITDA margin" is Harbor's EBITDA margin). Its own name: ``_TITLE_WORD`` below reads job titles."""
_NOT_NAME_WORDS = frozenset(
    {"quarter", "year", "half", "fiscal", "full", "annual", "quarterly", "total", "group", "our", "the", "its", "their",
     "this", "that", "these", "those", "and", "or", "but", "so", "we", "while", "with", "as"}
)
"""Capitalised words before a metric that head a period or a total, not a unit's name ("Fourth Quarter Net revenue")."""


def _without_name_tails(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Metric hits less the capitalised words that end a unit's name ("Capital Markets revenue", "Global Trading
    income"): the unit is named as the source writes it and its metric is the lower-case words after the name."""
    out = []
    for h in hits:
        words = list(re.finditer(r"\S+", text[h.start : h.end]))
        k = next((i for i, w in enumerate(words) if not _NAME_CASE_WORD.fullmatch(w.group())), len(words))
        before = _NAME_WORD_BEFORE.search(text, max(0, h.start - 40), h.start) if 0 < k < len(words) else None
        if before is not None and words[k].group()[:1].islower() and not any(
            w.casefold() in _NOT_NAME_WORDS or w.casefold() in _en_stop() or w.casefold() in phrases._MONTH_WORDS
            for w in (before.group("word"), *(x.group() for x in words[:k]))
        ):
            tail = h.start + words[k].start()
            whole = [e for a, b, e in lm.metric_matcher().finditer(text[tail : h.end]) if a == 0 and b == h.end - tail]
            if whole and whole[0] is not None:
                out.append(_Hit(tail, h.end, whole[0]))
                continue
        out.append(h)
    return out


_NONE_HELD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:no|zero|without(?:\s+any)?)\s+(?:(?:outstanding|remaining|meaningful|significant|near[\s-]term|"
    r"material)\s+)?$",
    re.IGNORECASE,
)
"""Right before a metric word: the company has none of it ("$310 million in cash and no debt", "zero borrowings")."""


def _none_held(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a metric word names a holding the sentence says there is none of, so no figure is of it."""
    return para.holds(_NONE_HELD_BEFORE, max(0, hit.start - 40), hit.start)


def _state_of(text: str, hit: _Hit, m: NumberMention) -> bool:
    """Whether a metric hit may give figure ``m`` its metric: a bare state word only the percentage it follows."""
    if text[hit.start : hit.end].lower() not in _STATE_WORDS:
        return True
    return (
        _STATE_AFTER_FIGURE.fullmatch(text, m.end, hit.start) is not None
        or _STATE_CHANGE_AFTER.fullmatch(text, hit.end, m.start) is not None  # "78% leased, up 4%": its change
    )


_ADJUSTED_FIGURE_BEFORE = re.compile(r"(?<![A-Za-z-])(?:adjusted|non-GAAP)\s+$", re.IGNORECASE)
"""Right before a figure whose metric follows it: the figure is of the adjusted metric ("an adjusted $2.88 in
earnings per share")."""
_SHARES_MOVED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<w>[Ss]hares|[Ss]tock)(?:\s+(?:of|in)\s+[^,;.%\d]{1,40}?)?\s+(?:(?:have|has|had)\s+)?"
    r"(?:rose|gained|jumped|surged|climbed|fell|dropped|declined|slid|sank|tumbled|plunged|spiked|added|lost|slipped|"
    r"rallied|soared|advanced|(?:were|was)\s+(?:up|down))"
    r"(?:\s+(?:about|nearly|almost|roughly|around|more\s+than|over|as\s+much\s+as|by))*\s+$"
)
"""Right before a percentage: the company's shares moved ("Shares of the restaurant chain gained 3%", "The
automaker's shares fell 2%")."""
_ADJUSTED_THEN_CHANGE = re.compile(
    r"\s+adjusted\s*,\s*(?:an?\s+)?(?:increase|decrease|decline|rise|gain|improvement|drop)\s+of\s+", re.IGNORECASE
)


def _adjusted_like_before(text: str, m: NumberMention, fact: Fact, prev: NumberMention) -> Fact:
    """A change right after a figure called adjusted ("or $853 million adjusted, an increase of 6%", "25.6% adjusted,
    an increase of 110 bps"): the change of the adjusted metric, not of the reported one named before."""
    if not _ADJUSTED_THEN_CHANGE.fullmatch(text, prev.end, m.start):
        return fact
    own = lm.metric_by_name(fact.metric)
    if own is None or not own.adjusted:
        return fact
    return replace(fact, metric=own.adjusted)


_SINCE_AFTER = re.compile(
    r"\s+(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:year|\w+\s+(?:months|years|weeks))|(?:so\s+far\s+)?this\s+year"
    r"|year[\s-]to[\s-]date|since(?![A-Za-z]))",
    re.IGNORECASE,
)
"""After a share move: the span it covers is not the news of the day ("climbed 8% over the past year")."""
_REPORTED_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,40},)?\s+(?:also\s+|meanwhile\s+)?"
    r"(?:reported|posted|earned|announced|delivered|recorded|said|booked|logged|brought\s+in)(?![A-Za-z])"
)
"""After a name heading its sentence: a verb of reporting results ("Coca-Cola, meanwhile, reported"): the name is a
firm that reports, so the firm's whole-company figures of the sentence are its own."""
_OWN_NAME_VERB_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:also\s+|then\s+)?(?:reported|posted|earned|delivered|recorded|booked|recogni[sz]ed|generated|"
    r"achieved|received|collected)(?![A-Za-z])"
)
"""After the company's own name: a verb of results, so the name is the subject of its clause."""
_COMPANY_LEAD = Sifted(re.compile(r"(?<![A-Za-z])total\s+(?:(?:net|reported|GAAP|adjusted|company|segment)\s+)*", re.IGNORECASE))
"""Right before a metric in the clause of a figure that names no unit: the whole company's figure
("Second quarter total sales rose 24%", "we delivered total net sales of $865 million")."""
_UNIT_KIND_AFTER = re.compile(r"\s+(?:business|segment|division|unit)(?![A-Za-z])", re.IGNORECASE)
"""After a name: it is written as a unit of the company ("the market-based business")."""
_UNIT_KIND_END = re.compile(r"(?<![A-Za-z])(?:business|segment|division|unit|portfolio|ventures?)$", re.IGNORECASE)
"""A name that ends on a unit word ("Canadian portfolio") or names a venture the company holds ("the Harbor Venture had
a cash balance of $129 million"): a unit of the company."""
_REPRESENTS_GROWTH = re.compile(
    r"(?<![A-Za-z])(?:would\s+|will\s+|which\s+)?represent(?:s|ing)?\s+(?:an?\s+)?(?:(?:reported|organic|core|total|year[\s-]over[\s-]year)\s+)?"
    r"(?:growth|increase)\s+(?:of\s+)?(?:approximately\s+|about\s+|roughly\s+)?(?:between\s+)?$",
    re.IGNORECASE,
)
"""Before a growth rate that names no metric: the growth of what was just guided ("This would represent growth of")."""
_REPRESENTS_NAMED_GROWTH = re.compile(
    r"(?<![A-Za-z])(?:would\s+|will\s+|which\s+)?represent(?:s|ing)?\s[^.;:!?]{0,120}?"
    r"(?:growth|increase)\s+(?:of\s+)?(?:approximately\s+|about\s+|roughly\s+)?(?:between\s+)?$",
    re.IGNORECASE,
)
"""Before a growth rate that names its metric: the growth of the range just guided for it ("This would represent
sales growth of 14% to 16% and adjusted EPS growth of")."""
_UNNAMED_UNIT = re.compile(
    r"\s*(?:(?:and|so|now|also)\s*,?\s+)?(?:(?:in|for|during)\s+the\s+(?:quarter|year)\s*,\s*)?"
    r"(?:the|this|that)\s+(?:business|segment|division|unit)(?![A-Za-z])(?!\s+as\s+a\s+whole)",
    re.IGNORECASE,
)
"""A sentence about a unit it does not name ("The business earned $2.7 billion")."""
_WHOLE_LEAD = re.compile(
    r"\s*(?:(?:and|so|now)\s+)?(?:overall|in total|in aggregate|on a (?:total|consolidated) (?:company )?basis|"
    r"in summary|to summarize|in conclusion|to sum up|all in all|"
    r"for the (?:total |whole |entire )?company|at the (?:total |consolidated )?company level|company[\s-]wide|"
    r"for the (?:total |whole |entire )?enterprise|(?:on an )?enterprise[\s-]wide|consolidated|(?:at the )?total[\s-]company)"
    r"(?:\s*,?\s*(?:for|in|during)\s+the\s+(?:(?:third|fourth|first|second|full|fiscal)\s+)?(?:quarter|year|period))?\s*,",
    re.IGNORECASE,
)
"""A sentence opening that turns to the whole company ("Overall, sales were $2.1 billion", "Overall for the quarter,
...", "Consolidated, ...", "In summary, 2020 was a difficult year")."""
_OUR_RESULTS_LEAD = re.compile(
    r"\s*(?:(?:and|so|also|but|now)\s*,?\s+)?our\s+(?:(?:Q[1-4]|(?:first|second|third|fourth)(?:[\s-]quarter)?|quarterly|"
    r"full[\s-]year|annual|fiscal|consolidated|overall|total|reported|financial|(?:19|20)\d\d)\s+)*results\s+"
    r"(?:included|include|includes|reflected|reflect|reflects|were|was|showed|show|shows)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence opening on the company's own results ("Our Q1 results included revenue of $1.8 billion"): the whole
company again, whatever unit the sentences before were about."""

_CASH_HELD_LINK = re.compile(
    r"(?:\s+(?:position|balance)s?)?"
    r"\s+(?:(?:was|were|is|are|stood|totall?ed|totall?ing|amounted|came\s+in|ended(?:\s+the\s+(?:quarter|year))?)\s+"
    r"(?:(?:at|to|of)\s+)?|(?:of|at)\s+|(?:improved|increased|grew|rose|declined|decreased|fell|dropped)\s+to\s+)"
    r"(?:approximately|about|roughly|nearly|almost|over|more\s+than|just\s+(?:over|under))?\s*$",
    re.IGNORECASE,
)
"""Between a bare "cash" and the figure after it: a link that makes the figure the balance ("cash of", "cash was",
"cash stood at", "our cash position improved to")."""
_CASH_MOVED_FROM = re.compile(
    _CASH_HELD_LINK.pattern.removesuffix(r"\s*$")
    + r"\s*(?:US)?\$\s?\d[\d,.]*(?:\s*(?:million|billion|thousand))?[^,;$]{0,60}?\s+from\s+$",
    re.IGNORECASE,
)
"""Between a bare "cash" and the base of the balance it reached ("our cash position improved to $1.4 billion in the
fourth quarter from $1.1 billion at the end of Q3"): the balance before, as much a cash balance."""
_CASH_HELD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:with|had|has|have|having|hold|holds|held|holding|maintain(?:s|ed)?|sitting\s+on)(?![A-Za-z])"
    r"[^,;]{0,40}$",
    re.IGNORECASE,
)
"""Before a figure followed by "of cash" / "in cash": a verb of holding ("ended the quarter with $300 million of
cash"); "paid $50 million in cash", "used $80 million of cash" hold none."""
_CASH_AFTER_FIGURE = re.compile(r"\s+(?:of|in)\s+(?:unrestricted\s+)?$", re.IGNORECASE)
_CASH_AND_STOCK = re.compile(
    r"\s+and\s+(?!restricted\s+cash|(?:cash\s+)?equivalents|(?:also\s+)?(?:had|has|have|held|holds?)(?![A-Za-z])"
    r"|no\s|zero\s|nothing\s)[a-z]",
    re.IGNORECASE,
)
"""After "cash": another holding summed with it ("$4.3 billion in cash and Agency MBS", "cash and available borrowing
capacity", "cash and stock"), no cash balance; "held $37 million of cash and had 2.6 million shares under forward
sales" goes on to another holding of its own, and "$300 million in cash and no debt" to a holding it has none of."""


_COUNTED_ITEMS_AFTER = re.compile(
    r"\s+(?:new\s+)?(?:deals|transactions|leases|contracts|agreements|orders|customers|clients|accounts|tenants|"
    r"stores|locations|properties|employees|square\s+feet|sq\.?\s*ft\.?)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a count: the items it counts ("411 deals"), no volume of goods or money that a weak metric word names."""


def _cash_held(text: str, clause: tuple[int, int], m: NumberMention, hit: _Hit, after: bool) -> bool:
    """Whether a bare "cash" makes the figure a cash balance: the word is too common ("cash taxes", "for $200
    million in cash") to read as the balance unless a link or a verb of holding says so."""
    if not after:
        return bool(
            _CASH_HELD_LINK.fullmatch(text, hit.end, m.start)
            or (m.role == "base" and _CASH_MOVED_FROM.fullmatch(text, hit.end, m.start))
        )
    return bool(
        _CASH_AFTER_FIGURE.fullmatch(text, m.end, hit.start)
        and not _CASH_AND_STOCK.match(text, hit.end)
        and _CASH_HELD_BEFORE.search(text, clause[0], m.start)
    )


_SEGMENT_METRIC_BEFORE = re.compile(
    r"(?<![A-Za-z])(?<!total )(?<!all )segment(?:'s|’s)?\s+(?:(?:adjusted|operating|reported|gross)\s+)?$", re.IGNORECASE
)
"""Right before a metric: "segment" ("adjusted segment EBIT", "segment margin"), a figure of one segment."""
_SEGMENT_METRIC_SENTENCES = 3
_SEGMENT_METRIC_LEAD = re.compile(r"\s*(?:The\s+)?Segment(?:'s|’s)?\s+(?:(?:adjusted|operating|reported|gross)\s+)?")
"""A sentence opening on a segment's metric ("Segment adjusted EBITDA was $289 million"): one segment's figure."""
_WORLD_WORDS = frozenset({"global", "worldwide"})
"""A word alone before a metric that says it is counted in every market ("Global sales of our key oncology portfolio",
"worldwide revenue"): no business line; whose figure it is, the words after the metric or the talk say."""
_WORLD_FIGURE_AFTER = re.compile(
    r"\s+(?:of\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?[$€£¥]|(?:were|was|totaled|totalled|reached|grew|rose|"
    r"increased|advanced|declined|decreased|fell)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""Right after a metric a world word leads: the figure itself, no name of what the figure is of ("global sales of $3.2
billion", "worldwide revenue grew 9%"): the whole company's, whatever business line the talk was on."""
_OUR_WHOLE_WORDS = (
    r"(?:full[\s-]year|annual|prior|previous|current|total|overall|updated|revised|initial|"
    r"(?:first|second|third|fourth)[\s-]quarter|(?:19|20)\d\d|rate\s+of|level\s+of)\s+"
)
_OF_OURS_AFTER = re.compile(
    r"\s+(?:of|on|from|across)\s+(?:all\s+(?:of\s+)?)?our\s+(?:(?:entire|whole|total|overall|combined)\s+)?"
    r"(?:investments?|investment\s+activit(?:y|ies)|portfolio|properties|business|company|operations)(?![A-Za-z])",
)
"""Right after a metric: whose it is, in a whole-company word after "our" ("the initial cash yield of our investment
activity was 6.7%", "occupancy across our portfolio"): the company's own."""
_OUR_METRIC_LEAD = re.compile(
    r"^\s*(?:(?:and|so|also|but)\s+)?our\s+(?:" + _OUR_WHOLE_WORDS + r"){0,3}$"
    r"|(?<![A-Za-z])our\s+(?:" + _OUR_WHOLE_WORDS + r"){1,3}$",
    re.IGNORECASE,
)
"""Right before the metric of a figure whose clause names no business line: "our" ("Our rate of return on invested
capital was 10.6%", "we remain on track to achieve our full year adjusted EBITDA guidance"): the company's own
figure, whatever business line the sentences before were about."""
_OUR_SEGMENT_SENTENCES = 2
"""How many sentences after a segment's figure "our <metric>" is still the segment's (``_segment_talk_goes_on``)."""
_OUR_SEGMENT_NAMED_SENTENCES = 8
"""How many sentences after the segment was last named its talk may still go on (``_segment_talk_goes_on``)."""
_BARE_METRIC_LEAD = re.compile(
    r"\s*(?:(?:and|so|also|but)\s+)?(?:[^,.;:]{0,80},\s*)?(?:our\s+)?(?:net\s+)?(?:sales|revenues?|orders)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence whose subject is a bare metric ("Sales increased 45%", "And as expected, sales grew 3%"): it may
go on about the unit the sentence before named by its share of sales."""
_LINE_RUN_LINES = 6
"""English, a transcript written a sentence to a line: lines after the one naming a unit that may still be about it."""
_LINE_RUN_SENTENCES = 2
"""Sentences of a line in such a transcript (a longer paragraph is prose, not a run of lines)."""
_LINE_RUN_OPENS = re.compile(r"\s*(?:(?:and|so|now|next|then|also)\s*,?\s+)?(?:our\s+|the\s+)?", re.IGNORECASE)
"""Before a unit that heads its line ("Our coal business delivered ...")."""
_LINE_RUN_KINDS = ("segment", "phrase", "topic", "region")
_LINE_RUN_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|next|then|also|turning\s+to|moving\s+(?:on\s+)?to)\s*,?\s+)?(?:in|at|for|within|across)\s+(?:the\s+|our\s+)?",
    re.IGNORECASE,
)
"""A line's opening that puts its figures in a unit ("In the Americas, ...")."""
_LINE_RUN_ASIDE = re.compile(
    r"(?<![A-Za-z])(?:including|inclusive\s+of|excluding|(?:tail|head)winds?\s+from|driven\s+(?:\w+\s+)?by|"
    r"due\s+(?:\w+\s+)?to|offset\s+by|as\s+a\s+result\s+of|because\s+of|benefit(?:ed|s|ing)?\s+from|impacted\s+by)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before a name in a line: a cause or an item of the figure ("driven by export shipments to China"), not a unit the
line turns to."""
_SEGMENT_NAMED = re.compile(r"(?<![A-Za-z])segments?(?![A-Za-z])", re.IGNORECASE)
"""In a line after a unit not written as a segment ("In the U.S. and Canada, ..."): the segment it belongs to."""
_SLIDE_WORD = re.compile(r"(?<![A-Za-z])slides?(?![A-Za-z])", re.IGNORECASE)
"""A line about the slides ("Please turn to the next slide."): the talk moves on."""
_WHOLE_WORD = re.compile(r"(?<![A-Za-z])(?:total|overall|company|consolidated|enterprise)(?![A-Za-z])", re.IGNORECASE)
"""A word that speaks of the whole company: a sentence holding one is not carried on from a unit."""
_WHOLE_WORD = fast(_WHOLE_WORD)
_CONTINUING_LEAD = re.compile(
    r"[\s,]*(?:representing|reflecting|which\s+(?:represents|reflects|is|was)|equating\s+to|equal\s+to|including)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A clause that goes on about the figure before it ("..., representing a margin of 6.3%")."""
_ANAPHORA_SENTENCES = 1
"""English: sentences after the paragraph naming a business line that "this segment" may still point back to it."""
_SHARE_CARRY_SENTENCES = 2
"""English: sentences after a unit's share of sales that a bare metric stays that unit's."""
_CONTENTS_BEFORE = re.compile(
    r"(?:,\s*(?:which|that)\s+(?:includes?|included|comprises?)|\bincluding)\s+(?:[\w&'’.-]+,?\s+){0,5}?(?:and\s+)?$",
    re.IGNORECASE,
)
"""Before a name: it is a part of the unit named before ("Hollister, which includes Gilly Hicks and
Social Tourist, sales rose 20%": Hollister's sales)."""
_SENTENCE = re.compile(
    r"[。！？!?；;]+|\n|(?<=[a-z0-9%)”\"])\.(?=\s+[A-Z“\"(]|\s*$)"
    r"|(?<=[A-Z]{2})\.(?=\s+[A-Z“\"(])"  # "… to our NOI. We were …": an acronym ends the sentence ("U.S." none)
    r"|(?<=\d\])\.(?=\s+(?:[A-Z“\"(]|[-–—•]\s))"  # "…since 2022 [2][7]. - The company plans…": a marked item's end
    r"|(?<=[\u4e00-\u9fff\])）%])\s[-–—•]\s(?=[\u4e00-\u9fffA-Za-z])"  # "…增长16.7% [7] - 汽车销售收入…": list items
    r"|(?<=[\u4e00-\u9fff\]）])\s[-–—•]\s(?=\d)"  # "…同比+8.3% [2] - 24Q1-25Q1单季营收…": an item opening on a period
    r"|(?<=\d\])\s(?=[\u4e00-\u9fff])"  # "…同比下降12.5% [3] 各产品净营收 - …": a source marker ends its item
)
_SENTENCE = led_by(r"。！？!?；;\n.\s", _SENTENCE)  # (most positions end no sentence)
_CLAUSE = re.compile(
    r"[，：；;。！？!?\n]|,(?!\d{3}(?!\d))|:(?!\d)|—|\s-\s|(?<=[a-z0-9%)”\"])\.(?=\s+[A-Z“\"(]|\s*$)"
    r"|(?<=[A-Z]{2})\.(?=\s+[A-Z“\"(])"  # a sentence that ends on an acronym ("… of NOI. We …")
    r"|(?<=\d\])\s(?=[\u4e00-\u9fff])"  # a source marker ends its item ("…12.5% [3] 各产品净营收")
)
_CLAUSE = led_by(r"，：；;。！？!?\n,:—\s.", _CLAUSE)  # (most positions end no clause)
_MASK = Sifted(re.compile(
    r"在[^，,。；;]{1,24}?(?:之后|以后|后|之中|中|时|期间|以来)(?=[，,。；;\s]|$)|随着[^，,。；;]{1,30}|剔除[^，,。；;]{1,24}|"
    r"不包括[^，,。；;]{1,24}|除了?[^，,。；;]{1,24}?(?:之外|以外|外)|得益于[^，,。；;]{1,30}|受益于[^，,。；;]{1,30}|受[^，,。；;]{1,30}?影响|受惠于?[^，,。；;]{1,30}|撇除[^，,。；;]{1,24}|"
    r"(?<![A-Za-z])(?:excluding|excludes|except(?: for)?|driven by|thanks to|due to|compared (?:with|to))[^,;.]{1,60}",
    re.IGNORECASE,
))
_YOY = Sifted(fast(anchored(re.compile(
    r"同比|较去年同期|比去年同期|与去年同期相比|去年同期|去年同季度?|上年同期|较上年|比上年|较去年|比去年|按年|年比|"
    r"较前一年|比前一年|(?<![全今明去本每])年(?:增|减|升|跌|降)|"
    r"(?<![A-Za-z])(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|(?:(?<=%\s)|(?<=percent\s))year[\s-]to[\s-]year|year[\s-]to[\s-]year(?=\s+basis)|yoy|y/y|from a year ago|a year ago|year[\s-]ago|"
    r"a year (?:earlier|before)|year[\s-]earlier|"
    r"(?:versus|vs\.?|compared (?:to|with)|over|from|above|below|than|against|relative to|(?:un)?favou?rabl[ey] to)\s+"
    r"(?:the\s+)?(?:last|prior|previous)[\s-]year|"
    r"(?:on\s+)?a\s+one[\s-]year\s+basis|"
    r"prior[\s-]year|previous year|last year's|same (?:quarter|period) (?:of |in )?(?:last|the prior|the previous) year)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
))))
_QOQ = Sifted(fast(anchored(re.compile(
    r"环比|较上季度|比上季度|较上一季度|较上个季度|按季|较上季|较前季|较前一季|比上季|(?<![本单当该这每全])季(?:增|减|升|跌|降)|"
    r"(?<![A-Za-z])(?:sequential(?:ly)?|quarter[\s-]over[\s-]quarter|quarter[\s-]on[\s-]quarter|(?:(?<=%\s)|(?<=percent\s))quarter[\s-]to[\s-]quarter|quarter[\s-]to[\s-]quarter(?=\s+basis)|qoq|q/q|"
    r"linked[\s-]quarter|(?:a|one) quarter (?:ago|earlier|before)|"
    r"(?:from|versus|vs\.?|over|compared (?:to|with)|relative to|against|than|(?:un)?favou?rabl[ey] to) (?:the )?"
    r"(?:prior|previous|last|preceding|sequential)"
    r"[\s-]quarter(?!\s+(?:of|in)\s+(?:last|the prior|the previous) year))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
))))
_YOY_STATED = Sifted(anchored(re.compile(
    r"(?:除非另有说明|除另有说明外|除非特别说明|如无特别说明)[^。]{0,40}同比"
    r"|同比[^。]{0,10}除非另有说明"
    r"|unless (?:otherwise )?(?:stated|noted|specified|indicated)[^.]{0,80}(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|prior[\s-]year|same (?:quarter|period))"
    r"|(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year)[^.]{0,60}unless (?:otherwise )?(?:stated|noted|specified|indicated)"
    # "highlights (compared with the prior year quarter):": the comparison every item of the list makes
    r"|\((?:all\s+)?(?:comparisons?\s+(?:are\s+)?)?(?:compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:prior|previous)[\s-]year"
    r"(?:'s|’s)?\s+(?:quarter|period|(?:first|second|third|fourth)\s+quarter)\)\s*:"
    # "HIGHLIGHTS (compared with prior-year period unless otherwise noted)"
    r"|(?:compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:prior|previous)[\s-]year(?:'s|’s)?\s+(?:quarter|period)"
    r"[^.]{0,20}unless (?:otherwise )?(?:stated|noted|specified|indicated)",
    re.IGNORECASE,
)))
_OLD_YEAR = r"(?:(?:the\s+)?(?:pre-?pandemic|pre-?COVID|pre-?crisis)\s+)?(?:(?:fiscal|full[\s-]year)\s+)?(?P<y>(?:19|20)\d\d)(?:['’]s)?(?:\s+(?:levels|results|figures|numbers))?"
_DECLARED_BASES: tuple[re.Pattern[str], ...] = (
    # "For that reason, I will provide comparisons to 2019."
    re.compile(
        r"(?<![A-Za-z])(?:I|we)(?:['’]ll|\s+will|\s+(?:am|are)\s+going\s+to|\s+would\s+like\s+to|\s+want\s+to)?\s+"
        r"(?:provide|make|give|draw|present|focus\s+on|be\s+making|be\s+providing)\s+(?:my\s+|our\s+|the\s+|all\s+)?"
        r"(?:\w+\s+)?comparisons?\s+(?:to|against|versus|with|relative\s+to)\s+" + _OLD_YEAR,
        re.IGNORECASE,
    ),
    # "I will compare our results to 2019", "we'll be comparing this year's results against pre-pandemic 2019 levels"
    re.compile(
        r"(?<![A-Za-z])(?:I|we)(?:['’]ll|\s+will|\s+(?:am|are)\s+going\s+to)\s+(?:be\s+comparing|compare)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:to|against|versus|with)\s+" + _OLD_YEAR,
        re.IGNORECASE,
    ),
    # "all comparisons are to 2019 unless noted", "unless otherwise noted, my comments compare to pre-pandemic 2019"
    re.compile(
        r"(?<![A-Za-z])(?:all|my|our|the)\s+(?:comparisons|comments|remarks|figures|numbers|results|metrics)\s+"
        r"(?:(?:today|this\s+morning|this\s+afternoon)\s+)?(?:are|will\s+be|compare|are\s+compared)\s+"
        r"(?:made\s+)?(?:to|against|versus|with|relative\s+to|compared\s+(?:to|with))\s+" + _OLD_YEAR,
        re.IGNORECASE,
    ),
)
"""Rows of a speaker's declaration that the changes they go on to state compare with an older year than the one
before ("I will provide comparisons to 2019", "all comparisons are to 2019 unless noted" in a 2021 call): a change
stated after it without a base of its own is against that year, neither YoY nor QoQ."""
_DECLARED_BASE_GATES: tuple[tuple[str, ...], ...] = (
    ("compar",),
    ("compar",),
    ("comparisons", "comments", "remarks", "figures", "numbers", "results", "metrics"),
)
"""Of each row of ``_DECLARED_BASES``: words (lower case) an ASCII paragraph holds when the row can match it, so that
most paragraphs are ruled out by a substring test instead of a search."""


_RATE = re.compile(
    r"增速|增长率|增幅|增长速度|增长(?:加速|加快|放缓|提速)|growth rate|rate of growth|"
    r"(?<![A-Za-z])(?:growth|accelerat\w*|decelerat\w*)(?![A-Za-z])",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"较|相比|对比|(?<![同环占])比(?!\s?\d)|(?<![A-Za-z])(?:compared|compares|versus|vs|than|from|against|relative)(?![A-Za-z])",
    re.IGNORECASE,
)
_COMPARED = anchored(_COMPARED)
_COMPARED = fast(_COMPARED)
_SET_AGAINST_BEFORE = re.compile(r"(?<![A-Za-z])(?:compared?|compares)\s+(?:to|with)(?![A-Za-z])", re.IGNORECASE)
"""Before a figure in its sentence: what it is set against, a result even in a sentence of forecasts."""
_TARGET_BY = re.compile(
    r"(?<![A-Za-z])by\s+(?:the\s+)?(?:(?:end|middle|close)\s+of|mid-?|year[\s-]end|the\s+end)", re.IGNORECASE
)
"""After a figure: the date it is to be reached by ("by the middle of fiscal 2022", "by mid-fiscal '22")."""


def _still_ahead(period: str | None, ctx: PeriodContext) -> bool:
    """Whether a year, quarter or span (a fiscal year: "2021Q4-2022Q3") has not ended by the document's quarter (a
    result of it cannot be reported yet)."""
    own = re.fullmatch(r"(?:\d{4}(?:Q[1-4])?-)?(\d{4})(?:Q([1-4]))?", period or "")
    now = re.fullmatch(r"(\d{4})Q([1-4])", ctx.period or "")
    if own is None or now is None:
        return False
    year, quarter = int(own[1]), int(own[2] or 4)
    return (year, quarter) > (int(now[1]), int(now[2]))


_PAST_RESULT = re.compile(
    r"(?<![A-Za-z])(?<!\bbe )(?<!\bbeen )(?:was|were|came in|exceeded|reached|totaled|totalled|grew|rose|fell|increased|decreased|declined|"
    r"delivered|(?<!\bfor )(?<!\bour )(?<!\bthe )(?<!\bexpect )(?<!\bexpects )(?<!\bsee )(?<!\bproject )reported(?!\s+(?:diluted|earnings|EPS|revenues?|net|sales|operating|GAAP|gross|effective|tax|EBITDA|EBITDAre|EBIT|FFO|AFFO|income|profit)\b"
    r"[^.;$\d]{0,60}?\bto\s+(?:be|range|come|grow|increase|decrease|decline|rise|fall)\b)|"
    r"achieved|generated|ended|amounted|beat|surpassed|received|completed|closed|sold|invested|paid|"
    r"recorded|recognized|posted|realized|returned|repurchased|spent|declared|approved)(?![A-Za-z])|实现了|达到了|录得",
    re.IGNORECASE,
)
"""Between a forecast word and a figure: a verb of a result reached ("reported" before a metric's name is its
basis in "reported diluted earnings per share to be", no verb; so it is after "expect", "for", "our": "we expect
reported sales growth of 4.5%", "our outlook for reported sales growth")."""
_PAST_RESULT = fast(_PAST_RESULT)
_GUIDANCE_OWN_FIGURE = re.compile(
    r"\s+(?:range\s+)?(?:of|was)\s+(?:approximately\s+|about\s+|roughly\s+)?$", re.IGNORECASE
)
"""Between a guidance word and the figure right after it: the figure is the guidance ("our guidance range of $280
million to $310 million")."""
_VERSUS_GUIDANCE = re.compile(
    r"(?<![A-Za-z])(?:above|below|exceed\w*|beat|beating|within|in line with|ahead of|top of|high end of|low end of|"
    r"midpoint of|versus|compared (?:to|with)|relative to|than)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}$|高于|低于|超过|超出",
    re.IGNORECASE,
)
"""Before a guidance word: the figure is compared with guidance ("above the high end of our guidance")."""
_PRIOR_GUIDANCE = re.compile(
    r"(?<![A-Za-z])(?:previous|prior|original|earlier|initial|old)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:guidance|outlook|forecast|expectations?|guide|range)(?![A-Za-z])|此前(?:的)?(?:指引|预期)|原(?:先)?(?:指引|预期)",
    re.IGNORECASE,
)


_RAISED_FROM_PRIOR_AFTER = re.compile(
    r"\s*,?\s*(?:(?:which\s+)?(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
    r"(?:increased|raised|lifted|lowered|reduced|decreased|narrowed|tightened|updated|revised|up|down)\s+"
    r"from\s+(?:the\s+|our\s+|its\s+)?(?:previous|previously\s+issued|prior|original|earlier|initial)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:guidance|outlook|forecast|range|guide)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure: the forecast it is moved from ("GAAP earnings per share of between $3.23 and $3.38
increased from prior guidance of $2.84 to $3.14"): the figure is the new forecast, the later one the old."""


_OUTLOOK_WAS = re.compile(
    r"(?:guidance|outlook|forecast)(?:\s+(?:for|on|of|in)\s+(?:the\s+|our\s+|its\s+)?[\w&-]+(?:\s+[\w&-]+)?){1,3}"
    r"\s+(?:was|were|had\s+been)\s+(?:(?:up|down|an?\s+(?:increase|decrease|decline)\s+of|at|for)\s+)?"
    r"(?:(?:about|approximately|around|roughly)\s+)?",
    re.IGNORECASE,
)
"""From a forecast noun to a figure: the past verb is the noun's own ("our outlook for the quarter on gross margin was
down 50 basis points"), the figure the forecast given before."""


_PERIOD_HEADS_METRIC = re.compile(r"(?:'s|’s)?\s+")
"""Between a period and the metric right after it: the period is the metric's own ("second quarter of 2018 adjusted
earnings per share")."""
_METRIC_OF = re.compile(r"\s+(?:of|was|were)\s+(?:(?:about|approximately|roughly)\s+)?")
"""Between a metric and its figure: the figure is the metric's level ("adjusted EPS of $2.22")."""


_FORECAST_TO_BE = re.compile(
    r"(?<![A-Za-z])(?<!previously )(?:expect|anticipate|forecast|project|estimate|see)(?:s|ing)?\s[^.;!?]{0,100}?"
    r"(?<![A-Za-z])to\s+(?:be|come\s+in\s+at|total|reach|land|approximate)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between a previous guidance and a figure: a forecast of its own ("Relative to our prior outlook, we now expect
free cash flow to be approximately $275 million"): the figure is the new forecast, not the previous one."""
_RESTATED_FORECAST = re.compile(
    r"(?<![A-Za-z])(?:(?:growth|increase|decline)\s+(?:is|are|would\s+be|will\s+be)|implies|implying|would\s+represent|"
    r"represents|(?:is|are)\s+set\s+to\s+(?:grow|increase|rise|decline))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before a growth rate: words that restate a forecast as growth ("the revenue growth is 5%", "implies growth of 5%",
"is set to grow by over 20%"), a forecast when the sentence before gave one."""


def _guided_just_before(para: _Paragraph, lo: int, earlier: Sequence[Fact]) -> bool:
    """Whether the paragraph gave a forecast just before ``lo``: a forecast figure earlier in the paragraph, or
    forecast words in the sentence before ("We raised our outlook ... In total, core FFO is set to grow ...")."""
    if any(f.metric.endswith(" guidance") and f.basis is None and f.end <= lo for f in earlier):
        return True
    before = [s0 for s0, _e0 in para.sentences if s0 < lo]
    return bool(before) and para.forecast_in(before[-1], lo)


_ZH_TARGET_AFTER = re.compile(r"[^，。；;,]{0,8}?(?:目标|指引)")
"""After a figure: it is a target ("全年35万辆的年度交付目标")."""
_REAFFIRMED = re.compile(
    r"(?<![A-Za-z])(?:reaffirm\w*|affirm\w*|reconfirm\w*|reiterat\w*|maintain\w*|confirm\w*|kept|keeping|"
    r"(?:continue|continues|continuing)\s+to\s+(?:expect|anticipate|forecast|project)|still\s+expect\w*|"
    r"(?:remain|remains|are|is)\s+on\s+track)(?![A-Za-z])|维持|重申",
    re.IGNORECASE,
)
"""A previous guidance reaffirmed is the current guidance."""


_ZH_GLOSS = re.compile(r"[(（](?:(?:包括|包含|含|不包括|不含)[^()（）]{1,30}|[^()（）]{1,30}(?:除以|/)[^()（）]{1,30})[)）]")
"""A bracket right after a metric that says what it includes or leaves out ("现金及银行存款（包括有限制银行存款）"),
or how a ratio is worked out ("负债资本比率（借款总值除以股东应占股本及储备）")."""


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    last = None
    for x in pattern.finditer(text, lo, hi):
        last = x
    return last


_EARNINGS_WORD = re.compile(
    r"(?<![A-Za-z])(?:earn(?:ed|s|ing|ings)?|income|profit|net loss|loss)(?![A-Za-z])|盈利|收益|利润|亏损",
    re.IGNORECASE,
)
_NET_RESULT_VERB = re.compile(
    r"(?<![A-Za-z])(?:we|the\s+company)\s+(?:earned|(?P<lost>lost))\s+(?:a\s+net\s+|net\s+)?(?:about\s+|approximately\s+|nearly\s+)?$",
    re.IGNORECASE,
)
"""Right before an amount: what the company earned or lost, its net result ("we lost $12 million")."""
_NAME_EARNED_BEFORE = re.compile(
    r"^\s*(?:(?:and|so)\s+)?(?!(?:The|This|That|It|Its|Our|We|They|Each|Every|All)\s)"
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:(?:also|then)\s+)?(?:earned|(?P<lost>lost))\s+"
    r"(?:a\s+net\s+|net\s+)?(?:about\s+|approximately\s+|nearly\s+)?$"
)
"""A clause head that is a name and a verb of the net result ("In the third quarter, Corvane earned $1.2 billion")."""
_NET_RESULT_AFTER = re.compile(
    r"\s*(?:[,.;]|$|or\s|(?:in|for|during)\s+(?:the\s+)?(?:quarter|year|period|(?:first|second|third|fourth)\s+quarter|"
    r"Q[1-4]|fiscal)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""After such an amount: nothing that says what else it was earned as ("earned $40 million in rewards")."""


class _ActedOn(NamedTuple):
    """A verb right before a figure and the thing right after it that together name the metric the figure measures,
    when no metric word stands next to the figure ("we collected 97% of base rents": the rent collection)."""

    units: tuple[str, ...]
    verb: re.Pattern[str]
    thing: re.Pattern[str]
    metric: str


_ABOUT = r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than|some)\s+)?"
_ACTED_ON: tuple[_ActedOn, ...] = (
    # "moving $1.5 billion in commercial real estate loans to held-for-sale", "we transferred $300 million of consumer
    # loans into held for sale": the loans moved, whatever kind of loan is named between
    _ActedOn(
        ("amount",),
        re.compile(rf"(?<![A-Za-z])(?:mov(?:e|ed|ing)|transferr(?:ed|ing)|transfer|reclassif(?:ied|ying))\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+(?:of|in)\s+(?:[A-Za-z][\w-]*\s+){0,4}?loans\s+(?:in)?to\s+(?:loans\s+)?held[\s-]for[\s-]sale(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "loans transferred to held for sale",
    ),
    # "we collected approximately 97 percent of base rents", "collected 82% of rents due from cash basis tenants"
    _ActedOn(
        ("%",),
        re.compile(rf"(?<![A-Za-z])collected\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+of\s+(?:the\s+|our\s+|its\s+)?(?:(?:contractual|billed|base|cash|monthly|pro[\s-]rata)\s+)*rents?"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "rent collection",
    ),
    # "we released $410 million of allowance", "released $95 million in reserves": what the lender took back
    _ActedOn(
        ("amount",),
        re.compile(rf"(?<![A-Za-z])released\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+(?:of|in|from)\s+(?:the\s+|our\s+|its\s+)?(?:(?:credit|loan\s+loss|loss)\s+)?(?:allowance|reserves?)"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "allowance release",
    ),
    # "we executed over 220,000 square feet of new and renewal leases", "signed 1.2 million square feet of leases"
    _ActedOn(
        ("count",),
        re.compile(rf"(?<![A-Za-z])(?:signed|executed|completed)\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+(?:(?:net\s+)?rentable\s+)?square\s+(?:feet|foot)\s+of\s+(?:(?:new|renewal|renewed|renewing|expansion|"
            r"and|,)\s*)*(?:leases?|leasing|renewals)(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "leasing volume",
    ),
    # "we added over $5 billion notional of primarily longer-dated swaps", "entered into $2 billion in notional of
    # interest rate swaps": the hedges put on in the period, however the swaps are described between
    _ActedOn(
        ("amount",),
        re.compile(rf"(?<![A-Za-z])(?:added|entered\s+into|put\s+on)\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+(?:in\s+)?notional(?:\s+value)?\s+(?:of|in)\s+(?:[A-Za-z][\w-]*\s+){0,4}?(?:swaps|swaptions|hedges|"
            r"futures)(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "hedges added",
    ),
    # "our pipes moved approximately 47% of the volume going to LNG export facilities", "we transported 40% of the
    # gas flowing to Mexico": a carrier's share of a market's flows
    _ActedOn(
        ("%",),
        re.compile(rf"(?<![A-Za-z])(?:moved|carried|transported|delivered|handled)\s+{_ABOUT}$", re.IGNORECASE),
        re.compile(
            r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:total\s+)?(?:(?:natural\s+)?gas\s+)?(?:volumes?|gas|feedgas|flows?|barrels)\s+"
            r"(?:going|flowing|moving|delivered|bound|sent|shipped)\s+(?:to|into|for)(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "market share",
    ),
)
"""Verbs and things that name a figure's metric between them, as rows."""


_SQUARE_FEET_AFTER = re.compile(r"\s+(?:(?:net\s+)?rentable\s+)?square\s+(?:feet|foot)(?![A-Za-z])", re.IGNORECASE)
"""Right after a count: the space it measures, which only a metric of a measured quantity can be."""


def _acted_on(text: str, lo: int, m: NumberMention) -> str | None:
    """The metric the verb before a figure and the thing after it name together (``_ACTED_ON``), else None."""
    kind = "%" if m.unit == "%" else unit_class(m)
    for row in _ACTED_ON:
        if kind in row.units and row.verb.search(text, max(lo, m.start - 40), m.start) and row.thing.match(text, m.end):
            return row.metric
    return None


def _name_result(text: str, lo: int, m: NumberMention) -> str | None:
    """The net result an amount is when its clause says a name earned or lost it and nothing after the amount says
    in what ("In the quarter, Corvane earned $1.2 billion or $5.10 per share"): "net income" or "net loss"."""
    verb = _NAME_EARNED_BEFORE.match(text[lo : m.start])
    if verb is None or not _NET_RESULT_AFTER.match(text, m.end):
        return None
    return "net loss" if verb.group("lost") else "net income"


_LINE_KIND_CHANGE = re.compile(
    r"(?:^|(?<=[,;.:])\s+|(?<=^\s))(?:(?:and|but|however|lastly|finally|meanwhile)\s*,?\s+)?(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:[A-Z][\w&'’.-]*\s+){1,4}(?:business|businesses|region|category|franchise)"
    r"|(?:[Bb]eginning|[Ss]tarting|[Tt]urning|[Mm]oving\s+on)\s+(?:with|to)\s+(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*,\s+"
    r"the\s+region)"
    r"(?:\s+(?:also|again|then|similarly))?"
    r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+[^,.;()]{1,40},|\s+(?:continued\s+to\s+grow|returned\s+to\s+growth),)?\s*"
    r"(?:again\s+)?(?P<verb>grew|increased|declined|decreased|rose|fell|(?:was|were)\s+(?:up|down)|increasing|decreasing|"
    r"growing|declining|up|down)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?$"
)
"""A business line named by its kind (business, region, category, franchise) that opens its clause and grew or fell by
the figure right after, no metric named ("the Global Valve business declined 4.8%", "the EMEA region was hardest hit,
decreasing 17.5%"): its sales."""
_LINE_KIND_WITH_GROWTH = re.compile(
    r"(?:^|(?<=[,;.:])\s+|(?<=^\s))(?:(?:and|but|however|lastly|finally|meanwhile)\s*,?\s+)?(?:the\s+|our\s+|its\s+)?"
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:business|businesses|region|category|franchise|portfolio|division)\s+"
    r"(?:(?:also|again|continues\s+to|continued\s+to)\s+)?(?:delivered|posted|reported|performed|perform)"
    r"[^,.;:()]{0,40}?\s+with\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?$"
)
"""A business line named by its kind that opens its clause and did well "with" the figure right before "growth", no
metric named ("Our Vascular portfolio continues to perform well with 12% growth"): its sales grew by it."""
_GROWTH_RIGHT_AFTER = re.compile(r"\s+growth(?![A-Za-z])", re.IGNORECASE)
"""Right after a % figure: the bare word "growth", which makes the figure a growth rate."""
_DEBT_BEFORE_MULTIPLE = re.compile(r"(?<![A-Za-z])debt\s+(?:was|is|stood\s+at|of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_EBITDA_AFTER_MULTIPLE = re.compile(r"\s+(?:(?:our|the|its|trailing|twelve|12|months?|total|reported|adjusted|annualized|"
                                    r"last|LTM|TTM)[\s-]+){0,6}EBITDA(?:re)?(?![A-Za-z])", re.I)
"""Around a multiple: debt set against EBITDA ("our net debt was 2.1 times trailing 12 months total reported EBITDA")."""
_DELIVERED_VERB = re.compile(
    r"(?<![A-Za-z])delivered\s+(?:a\s+total\s+of\s+|about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
"""Right before a count: the units a maker or builder delivered ("we delivered 57 commercial helicopters")."""
_NO_UNITS_AFTER = re.compile(
    r"\s+(?:consecutive|straight|successive|quarters?|years?|months?|weeks?|days?|times|basis|points?|percent)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a count: a run of periods or a size, no units delivered ("delivered 38 consecutive quarters")."""
_LOSS_WORD = re.compile(r"亏损|(?<![A-Za-z])loss(?:es)?(?![A-Za-z])", re.IGNORECASE)
_OR_LOSS = re.compile(r"\s*/\s*[(（]\s*(?:亏损|虧損)\s*[)）]")
"""After a profit's name: the label reads "profit/(loss)" ("除税前溢利 / (亏损)"), the profit itself, no loss."""
_INDEX_MOVE_BEFORE = re.compile(
    r"(?:指数|指數|大盘|大盤|恒指|纳指|納指|道指|标普|標普)[^，,。；;\d]{0,4}(?:上涨|下跌|上升|下降|收涨|收跌|涨|跌|升|降)了?\s*$"
)
"""Right before a figure: a market index moved by it ("同期标普500指数上涨0.5%"), no company's figure."""
_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
_RESPECTIVELY = fast(_RESPECTIVELY)
_FIGURES = re.compile(r"-?[$¥￥]?\d[\d,.]*\s?(?:%|亿|万|个百分点)?|[、和及与]|\b(?:and|or)\b")
_CONTINUATION = re.compile(
    r"同比|环比|按年|按季|年比|季比|年增|年减|季增|季减|月增|月减|成长|衰退|大幅|略为|扩大|收窄|"
    r"本季度|本季|单季|全年|分别|均|亦|也|则|仍|已经|已|继续|保持|实现|录得|增长|增加|上升|下降|减少|下滑|提升|提高|"
    r"下跌|下挫|回落|降低|回升|攀升|"  # ("收益为6.27亿元，按年下跌4.8%": the change of the revenue before)
    r"按可比口径|可比口径|按同口径|"  # ("新业务价值为162.8亿元，按可比口径同比增长38.5%": on a comparable basis)
    r"去年同期|上年同期|只|仅|"  # "占比约34%，去年同期是27%", "同比只下降了0.8个百分点"
    # "11月营收24.15亿元，前11月累计263.08亿元": a running total of the metric the clause before gave for the month
    # (its month count is a figure, gone before this is matched: "前月累计")
    r"(?:今年以来|年内)?(?:前\s?[一二三四五六七八九十]{0,2}个?月)?(?:累计|累計)(?:前\s?个?月)?|"
    r"每股(?![\u4e00-\u9fff])|"  # "(2024年同期：每股4.5港仙)": the sum per share of the metric before
    r"但是|但|不过|而且|并且|而|并|且|"
    r"上涨|增速|增幅|达到|达|为|是|至|到|约|近|接近|超过|超|逾|突破|了|的|其中|较[^，,。]{0,8}|相比[^，,。]{0,8}|"
    r"(?<![同环占])比[^，,。]{0,8}|升|跌|增|减|降|涨|飙|"
    # "in line with last year's 22.1%": the base named is a period, no other metric
    r"(?<![A-Za-z])(?:in\s+line\s+with|(?:year|quarter)['’]s)(?![A-Za-z])|"
    # "$30 million above the high end of our guidance range and growing 28%": how the figure before compares with the
    # forecast, no other metric
    r"(?<![A-Za-z])(?:above|below|ahead\s+of|beyond|at)\s+(?:the\s+)?(?:(?:high|low|top|upper|lower|bottom)\s+end|midpoint)"
    r"\s+of\s+(?:our\s+|the\s+|its\s+)?(?:guidance|outlook)(?:\s+range)?(?![A-Za-z])|"
    # "up 150 basis points compared to the first quarter and up 180 basis points ...": a base quarter, no metric
    r"(?<![A-Za-z])(?:to|from|versus|vs\.?|over|than|with)\s+(?:the\s+)?(?:first|second|third|fourth)(?=[\s-]+quarter)|"
    r"(?<![A-Za-z])(?:up|down|an?|the|increases?|increased|decreases?|decreased|declin\w*|grow\w*|grew|rose|fell|of|by|"
    r"advanced|climbed|jumped|"  # ("global sales of $3.2 billion, advanced 9%": the verb of the figure before)
    r"or|and|which|that|was|were|is|are|represent\w*|compared|with|to|from|versus|vs|approximately|about|over|nearly|"
    r"roughly|almost|more|than|year[\s-]over[\s-]year|year[\s-]on[\s-]year|sequentially|respectively|reach\w*|at|"
    r"for|in|this|quarter|last|prior|year|while|also|another|higher|lower|improv\w*|expand\w*|basis|points?|"
    r"percent|or|a|total\w*|bringing|it|its|they|on|quarter[\s-](?:over|on|to)[\s-]quarter|q/q|y/y|qoq|yoy|"
    r"sequential\w*|million|billion|thousand|trillion|now|exceed\w*|"  # ("..., now exceeds $575 million")
    # "down only 120 basis points", "down slightly from 94.5%": a degree word says how far, not what moved
    r"only|just|slightly|modestly|somewhat|"
    # "a slight increase of $300,000", "down a modest 10 basis points": a degree word of the change
    r"slight|modest|small|"
    # "a reported decrease of 1.9% and a constant currency decrease of 3.7%": the same metric on two bases
    r"reported|(?:constant|local|fixed)[\s-]currency)(?![A-Za-z])|[\s()（）.,;:$\-+＋]",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _own_unit_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The company's name and a capitalised word naming one of its units ("Aflac Japan's", "AIG Re, which"), or
    the name alone in the possessive ("NovaSky's revenue": the whole company's)."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        # ("Now on to FirstService Brands. The division ...": a unit named at the end of its sentence)
        rf"(?<![\w&])(?:{alts})(?:\s(?P<w>[A-Z][A-Za-z&]*)(?=['’]s\b|['’]\s+[a-z]|,|\.\s|\s+(?:[a-z]|\d|\$))|(?=['’]s\s+[a-z]))"
    )


_NOT_UNIT_WORDS = frozenset(
    {"Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Companies", "Group", "Holdings", "Holding", "Ltd",
     "Limited", "LLC", "LP", "plc", "PLC", "SA", "AG", "NV", "SE", "Bancorp", "Bank", "Trust", "Partners", "CEO", "CFO",
     "COO", "President", "Chairman", "Chief", "Board", "Investor", "Investors", "Management", "Team", "Executive",
     "Officer", "Officers", "Employees", "Associates", "Stock", "Shares", "Common", "Class", "I", "We", "Management's",
     "Systems", "Technologies", "Industries", "Enterprises"}
)
"""Capitalised words after a company's name that name no unit of it (a legal form, a title, its people)."""
_SEGMENT_EN = Sifted(re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+(?:(?:&|and)\s+)?){0,3}[A-Z][\w&'’.-]*)\s+(?:segment|division|business unit|reporting unit|unit|arm)\b"
))


_UNIT_KINDS_EN = Sifted(re.compile(
    r"(?<![A-Za-z])(?:[Tt]he|[Oo]ur|[Ii]ts)\s+((?:[A-Za-z][\w&'’-]*\s+){0,2}[A-Za-z][\w&'’-]*)\s+"
    r"(category|development\s+project|project)(?![A-Za-z])"
))
"""A part of the business named by its kind ("the improved development category", "our Wildlight development project"):
the unit its clause's figures belong to."""
_NOT_UNIT_NAMES = frozenset({"total", "entire", "overall", "whole", "other", "each", "every", "this", "that", "new", "same",
                             "first", "second", "third", "fourth", "last", "next", "current", "largest", "biggest", "one"})
_BUSINESS_EN = re.compile(r"(?<=\b[Oo]ur |\b[Tt]he |\b[Ii]ts )((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)\s+business\b")
"""A unit named as "our <Name> business" ("our Global Records business delivered revenue of $1.1 billion")."""
_NAME_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s+")
"""Inside a run of capitalised words: the end of a sentence ("Brands. The division"), not an abbreviation ("U.S.")."""


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    return found


_SOME_LINE_BEFORE = re.compile(r"(?<![A-Za-z])(?:those|these|such|other|some|any|all|no)\s+$", re.IGNORECASE)
"""Before a line's name, words that make it a kind of thing rather than the line ("those services resulted in")."""
_UNIT_WORD_AFTER = re.compile(r" ([A-Z][a-z]{3,})(?![A-Za-z&'’-])")
"""After a region's name: a capitalised word naming a unit of it ("North America Commercial")."""


def _unit_word(word: str) -> bool:
    """Whether a capitalised word after a region's name goes on naming a unit ("North America Commercial"), not a
    stop word or the metric ("North America Revenue")."""
    return word not in _en_stop() and not any(True for _ in lm.metric_matcher().finditer(word))


_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]*)(?![A-Za-z])")
"""After a name that ends on an abbreviation's stop: the next word, capitalised when a sentence opens there."""
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w&'’.-])(?P<w>[A-Z][a-z][\w&'’-]*) $")
"""Before a region's name: a capitalised word naming a unit of the company there ("Experis U.S.")."""
_UNIT_NOUN_AFTER = re.compile(r" (?:business|businesses|segment|division|unit|franchise|brand|operations)(?![A-Za-z])")
"""After a unit's name: the noun saying it is one ("the U.S. Knee business")."""
_UNIT_IN_REGION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<w>[A-Z][\w&'’-]*)|brands?|business(?:es)?|segments?|divisions?|units?|operations|franchises?|"
    r"primarily|mainly|mostly|largely|particularly|especially|notably)\s+(?:in|within)\s+(?:the\s+)?$"
)
"""Before a region's name: a unit's name and "in" ("the Manpower brand in the U.S.", "Talent Solutions in Japan"), or a
word saying where a thing mostly happens ("run-off in outplacement, primarily in the U.S."): the region says where
the unit works or the thing happens, the figures are not the region's."""
_SLASH_NAME_AFTER = re.compile(r"/[A-Z][a-z]+(?: [A-Z][a-z]+)?(?![A-Za-z&'’/-])")
"""After a region's name: another written with a slash, both naming one region ("Middle East/Asia")."""
_REGION_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z-])(?:intra|inter|non|pan)-$", re.IGNORECASE)
"""Before a region's name: a prefix that makes the word name another region ("intra-Europe", "non-U.S.")."""
_REGION_OUTSIDE_BEFORE = re.compile(r"(?<![A-Za-z])outside\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
"""Before a region's name: "outside" makes it name the rest of the world ("sales outside the U.S.", "outside of
Europe"), whose figures are not the region's own."""
_SLASH_NAME_BEFORE = re.compile(r"(?<![A-Za-z&'’/-])(?:[A-Z][a-z]+ )?[A-Z][a-z]+/$")
"""Before a region's name: another written with a slash ("Latin America/Africa")."""


@cache
def _region_names() -> frozenset[str]:
    return frozenset(r.name for r in ls.regions())


@cache
def _en_stop() -> frozenset[str]:
    """Words that open a capitalised phrase without being part of a segment's name ("By segment")."""
    return ls.segment_name_stopwords()


def _name_opener(words: list[str]) -> bool:
    """Whether a stop word that opens a run of capitalised words is part of the name there ("New Zealand Timber
    segment", "Business Banking segment"): it is one of the words a capitalised name can hold and the next is a
    capitalised word of the name, not another stop word ("New Business segment")."""
    return (
        len(words) > 1
        and words[0].casefold() in ls.phrase_words().en_name_words
        and words[1][:1].isupper()
        and words[1] not in _en_stop()
    )


_RATE_UNITS = ("%", "pp", "bps", "x")
_NAMED_CURRENCY = re.compile(r"人民币|人民幣|港元|港币|港幣|美元|RMB|HK\$|US\$")
"""A figure written with its currency named, not a bare "元"."""
_BARE_YUAN = re.compile(r"^(?:(?!人民|人幣|人币|RMB|CNY|¥|￥|港币|港幣|港元|美元|HK\$|US\$).)*[元圓仙分]$", re.IGNORECASE)
"""A Chinese amount in "元" with no currency named: the document's currency."""
_CARRY_CHANGE = 2
_MONTHS_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_TO_MONTH = re.compile(r"(?<![A-Za-z])from\s+" + _MONTHS_EN + r"\s+(?:to|into|through)\s+" + _MONTHS_EN + r"(?![A-Za-z])")
"""A comparison between months ("sequential improvement from April to May"): none a quarter's figures carry."""
_DECLARED_CHANGE_SENTENCES = 30
"""How many sentences a comparison declared for a run of results holds (a CFO's walk through the segments)."""
_RESULTS_COMPARED_TO = re.compile(
    r"(?<![A-Za-z])(?:results|performance|numbers|comparisons?)\s+(?:are\s+)?(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|"
    r"relative\s+to|against|to)\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
"""Before a quarter in a figure-less sentence: the results that follow are compared with it."""
_RESULTS_COMPARED_WORDS = ("results", "performance", "numbers", "comparison")
"""Words (lower case) one of which an ASCII sentence holds when ``_RESULTS_COMPARED_TO`` can match in it."""
"""English: sentences after the one naming a comparison (YoY, QoQ) during which it still holds."""
_CARRY_SENTENCES = 3
_TOPIC_SENTENCES = 30
"""English: sentences after which a business line the talk turned to, neither named again nor given a figure since,
is no longer what a figure naming no subject is about (a transcript without speaker turns never ends a topic)."""
_MARGIN_SENTENCES = 4
"""Sentences a margin of a named kind is what a bare "margin" means (see ``last_margin``)."""
"""English: sentences after which a subject named earlier is no longer the one in focus."""
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
    subjects: Matcher
    firms: re.Pattern[str] | None = None
    """Chinese firm names by their ending (``phrase_words: zh_org_suffix``); None in English."""
    names: tuple[str, ...] = ()
    """The names the document gives its own company."""
    broker_note: bool = False
    """A Chinese broker's note (it gives a rating or a target price): its "我们预计" is the broker's estimate."""
    us_filer: bool = False
    """A Chinese story of a filer listed in the US (纳斯达克, 纽交所, 美国存托股): its "净收入" translates
    "net revenues", as such filers' releases write it, not net income."""
    results_span: bool = False
    """The head of a Chinese document reports interim or annual results ("公布中期業績"): a growth figure
    with no period written is over the same span a year before."""
    insurer: bool = False
    """English: the call is an insurer's (``metrics.yaml: insurer_marks``): its bare "sales" are new business sales."""
    lines: LineNames | None = None
    """English: the unit names the document writes with their kind ("our RV business"), see ``lines``."""
    listed: dict[str, str] = field(default_factory=dict)
    """Chinese: other firms named with their listing code so far, by the short form the story may use later
    ("聯嘉投控（3717）…聯嘉第3季營收": 联嘉 -> 联嘉投控)."""
    aliased: set[str] = field(default_factory=set)
    """Chinese: short names the document gave other firms in brackets after their legal names ("购买常州华岳精工股份有限公司
    （以下简称“华岳精工”）…华岳精工2024年营业收入…"): each the subject of the clauses that name it later."""
    trades: tuple[str, ...] = ()
    """Chinese: the product a sales brief's title reports on ("关于2025年11月份生猪销售情况简报"): the company's whole
    business, no line of it ("生猪销售量环比增长8.45%" is the company's volume)."""
    speakers: frozenset[str] = frozenset()
    """Chinese: the names the structure parse found labelling speakers' turns ("周衡：第三季度我们…"): a turn's
    label, no heading of what its figures are about."""


_OPEN_PAREN_BEFORE = re.compile(r"[(（]\s*$")
_COLON_AFTER = re.compile(r"\s*[:：]")
_PAREN_YEAR_BEFORE = re.compile(
    r"[(（]\s*(?:(?P<y>(?:19|20)\d\d|[二][零〇][零〇一二三四五六七八九]{2})\s*年?(?:同期|上半年|中期|全年|度|"
    r"第(?P<q>[一二三四1-4])季度?|(?P<ye>十二月三十一日|12\s?月\s?31\s?日))?"
    r"|(?P<ago>去年同期|上年同期|去年|上年))\s*[:：]\s*(?:收益|亏损|盈利|溢利|每股|"
    r"(?:增长|增長|增加|上升|下降|下跌|减少|減少|增|升|降|跌|减|減)(?:了)?)?\s*$"
)
"""A bracketed year and colon right before a figure ("(二零二四年: 港幣1.12元)"): the same figure for
the same span of that earlier year, or at its end ("（二零二四年十二月三十一日：…）"), or for the quarter it names
("（二零二四年第三季度：下降1.2%）": that quarter's change), as results announcements write their comparatives."""
_CN_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def _paren_label(text: str, pm: PeriodMention) -> bool:
    """Whether a period mention is a bracketed label before a colon ("(二零二四年: …)")."""
    return bool(_OPEN_PAREN_BEFORE.search(text, max(0, pm.start - 3), pm.start) and _COLON_AFTER.match(text, pm.end))


_FUNDS_USED_TO_DATE = re.compile(r"累计(?:已)?(?:投入|使用)(?:募集资金|募资)")
"""Before a sum: raised funds used so far, a total since the raising, not a flow of the span named before."""
_PROJECT_FUNDS = re.compile(r"募投|募集资金|募资|项目")
"""Between a metric named in full and a later weak word for it: a project or raised funds the later sum is put into."""
_PEER_CUE_BEFORE = re.compile(r"(?:竞争对手|对手|可比公司|可比同业|同行业?(?:公司)?|同业(?:公司)?|友商)(?:的|之一的)?$")
"""Right before a firm's name: the word that names it as a peer ("竞争对手旭达半导体"), whatever the name ends with."""
_SOME_OF = ("部分", "多数", "少数", "个别", "不少", "多家", "有的", "一些", "某些")
"""Openings of a Chinese subject that is an unnamed part of a group ("部分企业", "多数酒企")."""
_UNNAMED_PEERS = re.compile(
    r"(?:部分|多数|少数|个别|不少|多家|有的|一些|某些|其他|其它|(?<![拥具没所享占])有(?:家|些)?)(?:同行|同业|友商|竞争对手)"
    # "同行业可比公司前三季度平均毛利率为28.5%": the average of peers a data vendor picked, no one firm's
    r"|可比(?:上市)?公司(?=[^，,。；;]{0,12}?(?:平均|均值|中位数))|同行业平均"
)
"""In a figure's clause before it: peers the page does not name ("部分同行", "一些友商"), whose figure is none of the
company's and no one firm's."""
_SHARE_OF_FIRMS = re.compile(r"(?:超|逾|近|约|过|超过|不足|仅)?(?:[一二三四五六七八九]成|半数|一半|过半|[\d.]+%)(?:以上|左右)?的?[\u4e00-\u9fff]")
"""A Chinese subject that is a share of a group of firms ("超六成券商", "近七成酒企"): no one firm."""
_LISTING_CODE_AFTER = re.compile(r"\s?[(（]\s?(?:股票代码[:：]\s?)?\d{3,6}")
_BARE_FIRM_REFERENCES = frozenset({"公司", "该公司", "该集团"})
_SLASH_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{1,8}[/、])+$")
"""Heads of metrics written before a shared tail, joined by slashes or enumeration commas ("销售/管理/研发费用率",
"销售、管理、研发费用率")."""


def _with_slash_items(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the metrics whose head stands before another's, slash-joined, sharing its tail:
    "销售/管理/研发费用率" names the selling, G&A and R&D expense ratios."""
    added: list[_Hit] = []
    for h in hits:
        lead = _SLASH_ITEMS.search(text, max(0, h.start - 40), h.start)
        if lead is None:
            continue
        written = text[h.start : h.end]
        for k in range(1, len(written)):
            tail, found = written[k:], []
            pos = h.start - 1  # the slash before the hit
            while pos > lead.start() and text[pos] in "/、":
                item_end = pos
                item_start = max(text.rfind("/", lead.start(), item_end), text.rfind("、", lead.start(), item_end)) + 1
                item_start = item_start or lead.start()
                item_start = max(item_start, lead.start())
                entry = None
                for n in range(1, item_end - item_start + 1):
                    whole = text[item_end - n : item_end] + tail
                    got = [x for a, b, x in lm.metric_matcher().finditer(whole) if a == 0 and b == len(whole)]
                    if got and got[0] is not None:
                        entry = (item_end - n, got[0])
                        break
                if entry is None:
                    break
                found.append(_Hit(entry[0], item_end, entry[1]))
                pos = item_start - 1
            if found:
                added += [x for x in found if not any(o.start < x.end and x.start < o.end for o in hits)]
                break
    return sorted([*hits, *added], key=lambda x: x.start) if added else hits


_EXCEPT_WITH_FIGURES = re.compile(r"除了?[^，,。；;]*?\d[\d.,]*\s?(?:%|亿|万|个百分点)")
"""An exception that states its own figures ("除智能手机收入同比减少4.5%外,其他应用均增长"): no adverbial to mask,
the figures inside are of the thing it names."""
_COUNTED_FIRMS = re.compile(r"[一二两三四五六七八九十百\d]家")
_SHARE_AFTER_AMOUNT = re.compile(r"\d[\d.,]*\s?(?:亿|万)?元[^，,。；;]{0,20}?占")
"""An amount, then (past a bracket) its share of something: "研发费用4796.22万元(同比上升2.46%) 占营业收入比例"."""
_ZH_HEADING = re.compile(r"\s*(?:[-•·*]\s*)?(?P<name>[\u4e00-\u9fff]{2,6})\s?[:：](?=\s?(?:[\u4e00-\u9fff]|[QH][1-4]))")
"""A Chinese paragraph's heading: a short name and a colon before the text ("白酒:加速探底,持续出清。"), also
as a list item over a quarter's figures ("- 速冻食品:Q3营收2.59亿元")."""
_LEGAL_NAME = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff]))(?P<full>[\u4e00-\u9fff]{4,24}?(?:股份有限公司|有限责任公司|有限公司))"
    r"(?:\s?[(（]\s?(?:以下)?简称\s?[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,10})[”\"」]?\s?[)）])?"
)
"""A firm's full legal name, maybe with the short name it goes by ("苏州启衡生物科技股份有限公司（简称“启衡生物”）")."""
_SHORT_NAME_OF_FIRM = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司)\s?[(（]\s?(?:以下)?简称\s?[:：]?\s?[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,10})[”\"」]?\s?[)）]"
)
"""A legal name's bracket that gives the short name a filing or a story calls the firm by ("…股份有限公司（以下简称“华岳精工”）")."""
_FIRM_KIND_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:投控|控股|集团|股份|科技|实业|投资|国际|电子)$")
"""The end of a listed firm's name a story drops when it names the firm again ("聯嘉投控" -> "聯嘉")."""
_FIRM_LEAD = re.compile(r"根据|依据|据|同期|同时|与此同时|此外|另外|其中|而|仅有|仅|只有|唯有|唯独|同行业的|同行业|同业的|同业|同行的|同行")
"""Linking words a firm's name is written right after ("同期海天电器(000456.SZ)空调营收", "同业颖微(6788)公布"): no
part of the name."""
_NOT_FIRM_END = ("在", "于", "将", "已", "则", "也", "亦", "均", "都", "仍", "从", "对")
"""Characters a firm's name does not end with: the particle after a name that opens a clause ("X在第四季度…")."""
_COMPARED_END = ("较", "比")
"""Last character of the words before a period that compare something with it ("存货较第二季度末…")."""
_TIME_IN_NAME = re.compile(r"[年月季期日](?![饼餅化用货貨])|时间|時間|去年|今年|同期|行业|板块|合计|整体|单季")
"""Words of a time or a total in a would-be name; a time character that opens a product's word is none (月饼, 日化, 期货)."""


_PEER_CUES = ("同行业公司", "同业公司", "同行公司", "可比公司", "竞争对手", "同行", "同业", "友商")
"""Words a peer's name follows ("同行徐岳机械", "可比公司远景动力"): the firm so named is the peer wherever named again."""
_FELLOW_CUE = ("同为", "同属", "同是", "同样是")
"""Words opening a description of a fellow firm ("同为苹果供应商的立昌电子"): the firm is named after it."""


@cache
def _firm_pattern() -> re.Pattern[str]:
    """A Chinese firm's name: two to four characters and a firm's ending, after punctuation or a verb."""
    suffixes = "|".join(re.escape(w) for w in ls.phrase_words().zh_org_suffix)
    listed = "|".join(re.escape(w) for w in ls.phrase_words().zh_listed_name_end)
    return re.compile(
        r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[为是由以、和及与])|(?<=旗下)|(?<=超越|超过|高于|低于|领先|落后|不及)"
        r"|(?<=子公司)|(?<=附属公司|附屬公司)"  # "发布子公司洪都航空(600316)…": the subsidiary
        r"|(?<=可比公司|竞争对手|可比同业|同业公司|同行公司)|(?<=同行业公司)"  # "同行业可比公司远景动力同期营收增长20.5%": a peer set against the company
        r"|(?<=同行)(?!业|公司|的)|(?<=同业)(?!公司|的|务|存|拆|资)"  # ("同行容百科技前三季度毛利率约15%")
        r"|(?<=同行业的)|(?<=同业的|同行的)"  # "同行业的青禾电力前三季度营收96.3亿元": a peer the clause names
        r"|(?<=行业龙头|龙头企业|行业龍頭|龍頭企業)"  # "相比之下，行业龙头宁远新能11月出货量…": the leader set against the company
        r"|(?<=还有|包括|例如|比如)|(?<=依次为|依次是|分别为|分别是)"  # "…券商还有华泰证券(127.33亿元)": a list's first name
        # "同为存储芯片企业的澜图微电子三季度营收…": a peer a question sets beside the company by its kind
        # ("同为苹果供应商的立昌电子三季度营收…": a fellow supplier of a customer both serve)
        # "同日披露三季报的瑞安人寿前三季度…": a firm described by the report it published
        r"|(?:披露|发布|公布)了?[\u4e00-\u9fff]{0,6}?(?:季报|年报|中报|快报|预告|报告)的"
        # ("同属化学制药板块的和信制药", "同为中型券商的东衡证券": a fellow of its sector or kind)
        r"|(?:同为|同属|同是|同样是)[\u4e00-\u9fff]{1,8}?(?:企业|公司|厂商|厂|龙头|供应商|客户|板块|行业|券商|险企|药企|车企|酒企)的"
        # "…三巨头之一的光明乳业。": a firm a description introduces, its name closing the clause
        r"|(?<=的)(?=[\u4e00-\u9fff]{2,4}?(?:" + suffixes + r")[。，,；;])"
        # "緊追在後的華南金（2880-TW）": a listed firm a description introduces, with its listing code
        r"|(?<=的)(?=[\u4e00-\u9fff]{2,6}?\s?[(（]\s?\d{3,6}(?:[.-](?:SH|SZ|HK|BJ|TW|TWO))?\s?[)）])"
        r"|(?<=企业|厂商|企業|廠商)"  # "汽车零部件企业恒毅精工1月19日晚间披露": a firm its kind introduces
        # "…同一天披露预告的海澜电子则预计全年亏损": a listed firm a description introduces, forecasting or announcing
        r"|(?<=的)(?=[\u4e00-\u9fff]{2,4}?(?:" + listed + r")(?:则|也|亦|还)?(?:预计|预告|公告|披露|公布|发布))"
        r")[为是由以和及与而]?"
        r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:" + suffixes + r")"
        # a listed firm's short name that opens a clause as the one forecasting or announcing ("其中，岚峰化学预计2025年…"),
        # or that the next clause calls the company ("…还有启辰生物，公司预计全年…")
        # ("…的和信制药日前预告": a time word between the name and its verb)
        r"|[\u4e00-\u9fff]{2,4}?(?:" + listed + r")(?=(?:则|也|亦|还)?(?:日前|近日|此前|同日|当日)?(?:预计|预告|公告|披露|公布|发布)|[，,]公司)"
        # "同行业公司兆联科技2025年营业总收入…", "可比公司远川电子披露…": a peer its cue names, whatever its name ends
        # with, up to the period, the verb or the stop after it
        r"|(?:(?<=同行业公司)|(?<=同业公司|同行公司|可比公司|竞争对手)|(?<=同行业的)|(?<=同业的|同行的)"
        r"|(?<=同行)(?!业|公司|的)|(?<=同业)(?!公司|的|务|存|拆|资))"  # "同行容百科技前三季度毛利率约15%": a peer an investor's question names
        r"(?:(?![年月季])[\u4e00-\u9fff]){2,6}?"
        # ("同行徐岳机械毛利率有所下滑": or its metric)
        r"(?=\s?(?:(?:19|20)\d\d\s?年|[，,。；;：:]|披露|发布|公布|前三季度|上半年|第[一二三四]季度|[上本]月|今年|去年|同期|近日|日前"
        r"|毛利率|净利率|营收|营业收入|净利润|销量|出货量|1[0-2]月|[1-9]月|前1[0-2]个?月|前[1-9]个?月|第[1-4]季))"
        # a listed firm written with its listing code ("华东医药(000963.SZ)", "五礦地產(230)")
        # (no "的" inside: "民营的永晟金（2899）" names 永晟金, the words before describe it)
        r"|(?:(?!的)[\u4e00-\u9fff]){2,6}?(?=\s?[(（]\s?(?:股票代码[:：]\s?)?\d{3,6}(?:[.-](?:SH|SZ|HK|BJ|TW|TWO))?\s?[;；)）])"
        # a ranking's firm with its figure in brackets ("还有华泰证券(127.33亿元)、中国银河(109.68亿元)")
        r"|[\u4e00-\u9fff]{2,6}?(?=\s?[(（]\s?[\d,.]+\s?[亿万]?元\s?[)）])"
        # a roundup's item opening on a firm, then the period it reports ("- 上汽集团2025年第三季度营收…")
        # ("泰和金前11月EPS…": months to date; "华岳金（2893）自结11月…": a self-reported month names no firm)
        # ("财联社12月3日电": a wire's dateline names its outlet, no firm)
        r"|(?!自结|自行结算|累计|单月|合计)[\u4e00-\u9fff]{2,5}?(?![^，,。；;]{0,8}?日[电電讯訊])(?=(?:20\d\d年)?(?:单?第[一二三四]季度|前三季度|单?[一二三四]季度|上半年|单季|Q[1-4]\b|H1\b|前1[0-2]个?月|前[1-9]个?月|1[0-2]月|[1-9]月"
        r"|[1-4]Q\d\d(?![A-Za-z0-9])|[12]H\d\d(?![A-Za-z0-9])|\d\dQ[1-4](?![A-Za-z0-9])|\d\dH[12](?![A-Za-z0-9])))"  # a broker's "北方华创1H25收入…", "…3Q25营收"
        # a digest's section named by a firm, its items then giving a period's results ("神州泰岳 - 2025年H1归母净利润…");
        # a section named by a topic ("收入结构 - 净利息收入…") gives no period after its dash
        r"|(?:[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z&.]+(?: [A-Z][A-Za-z&.]+){0,3})(?=\s-\s(?:20\d\d\s?年)?(?:H[12](?![A-Za-z0-9])|Q[1-4](?![A-Za-z0-9])|[1-4]Q|[12]H|上半年|前三季度|第[一二三四]季度|[一二三四]季度|全年|年度))"
        # a peer a comparison names, then its period or its metric ("可比公司远景动力同期营收…")
        r"|(?<=可比公司|竞争对手|可比同业)[\u4e00-\u9fff]{2,6}?(?=同期|今年|前三季度|上半年|第[一二三四1-4]季度?|营收|营业收入|收入|净利|毛利|的"
        r"|(?:上月|本月|上周|本周|近日|日前|昨日|今日|稍早)?(?:公布|发布|披露))"
        # a firm announcing ("澄江电子公布营收80亿元"): whoever announces results is a firm
        r"|[\u4e00-\u9fff]{2,6}?(?=(?:1[0-2]月|[1-9]月)?(?:[1-3]?\d日)?(?:今日|今天|昨日|昨天|日前|近日|晚间|早间|盘后|午间|当日|当天|同日|同时)?(?:公布|发布|披露|公告(?![编號号]))|[，,]公司)"
        # a firm that earns ("富邦金赚进909.2亿元", "国泰金单月赚97.4亿元"): whoever earns is a firm
        r"|[\u4e00-\u9fff]{2,5}?(?=(?:单月|累计|前三季|上半年)?(?:赚进|狂赚|大赚|合赚|赚))"
        # a ranking that opens on a firm and its figure ("…,星光保险以5000.76亿元居首", "北岸金 607.6 亿元登上第三",
        # "南山金登上第四")
        r"|[\u4e00-\u9fff]{2,6}?(?=以\s?\d)"
        r"|(?![亿万]?元|累计|单月|合计)(?:[\u4e00-\u9fff]{2,6}?(?=\s?\d[\d,.]*\s?[亿万]元\s?(?:登上|位居|跃居|排名|居)第?[一二三四五六七八九十冠首])"
        r"|[\u4e00-\u9fff]{2,6}?(?=(?:登上|位居|跃居|排名)第[一二三四五六七八九十])"
        # a firm, then the month or span its profit is for ("东湖银 10 月获利 10.09 亿元"): whoever profits is a firm
        r"|(?!的)[\u4e00-\u9fff]{2,5}?(?=\s?(?:累计)?\s?(?:\d{1,2}\s?月|单月|前\s?\d{1,2}\s?月|前三季)\s?(?:自结)?(?:获利|税后净利|税后纯益))))"
    )


@cache
def _group_pattern() -> re.Pattern[str]:
    """A Chinese group of firms named by a count or a listing and a kind of firm ("13家金控", "六大行", "七家城商行",
    "上市银行", "非上市寿险公司", ``phrase_words: zh_firm_kinds``), opening its clause or right after a period."""
    kinds = "|".join(re.escape(w) for w in ls.phrase_words().zh_firm_kinds)
    return re.compile(
        r"(?:(?<![\u4e00-\u9fff\d])|(?<=[年度月末季底])|(?<=其中|同期|此外|另外|同时))"
        r"(?P<name>(?:A股|H股|港股|台股|美股)?(?:(?:\d*[2-9]\d*|[二两三四五六七八九十百]+)\s?[家大强]|非上市|上市)"
        r"(?:A股|H股|港股|台股)?(?:上市)?(?:" + kinds + r")|全行业)"
    )


_GROUP_KIND_HINT = re.compile(r"[家大强]|上市|全行业")
"""A cheap test before the group pattern: a paragraph with no count word or listing names no group."""
_GROUP_FRAME_AFTER = re.compile(r"\s?(?:(?:中|里|当中|之中|内)(?=[，,、：:；;的有\s]|$)|之一|以外|以上|之外)")
"""After a group: the group frames the firms the clause goes on to name ("在四家金控中，…", "13家金控中有8家…"), it is
no subject; "中期" after it opens a word ("六大行中期分红率")."""


def yoy_by_default(texts: Sequence[str]) -> bool:
    """Whether unmarked growth rates in these texts are year over year.

    True when the text says so ("unless otherwise stated, growth rates are year over year"), or
    when it marks growth as YoY at least twice and at least twice as often as QoQ: such a text
    writes its growth rates as YoY and leaves the marker out when it repeats itself.
    """
    if any(_YOY_STATED.search(text) for text in texts):
        return True
    yoy = sum(len(_YOY.findall(text)) for text in texts)
    qoq = sum(len(_QOQ.findall(text)) for text in texts)
    # (the month and period words are looked for only where they decide)
    if not qoq and not any(_MOM.search(text) for text in texts):
        chinese = any(_CJK.search(text) for text in texts)
        if chinese and (yoy or any(_ZH_RESULTS_PERIOD.search(text) for text in texts)):
            return True  # "升55.4%…同比增长21.33%", "第三季纯利116亿元,升11.47%": a Chinese story of a period's
            # results that never compares with the quarter or month before compares with a year before
        if not chinese and yoy:
            return True  # "Net income ... a year earlier. Revenue rose 5 percent": an English story whose one
            # stated comparison is with a year before, and none with the quarter before, compares with a year before
    return yoy >= 2 and qoq * 2 <= yoy


_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_RESULTS_PERIOD = re.compile(r"第[一二三四1-4]季|[上下]半年|中期|全年|年度|[前首][三九]|截至[^，,。]{1,12}止|季度")
"""A reporting period a Chinese story gives its results for ("第三季", "中期", "截至9月30日止")."""
_MOM = Sifted(re.compile(r"月增|月减|月減|较上月|較上月|比上月|上月|mom|m/m|month[\s-]over[\s-]month", re.IGNORECASE))
"""Month-on-month comparisons: a story that makes them leaves its unmarked changes undecided."""


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Consecutive segments of ``text`` cut after each match of ``pattern``."""
    out = []
    start = 0
    for m in pattern.finditer(text):
        end = m.end()
        if end > start:
            out.append((start, end))
            start = end
    if start < len(text):
        out.append((start, len(text)))
    return out or [(0, len(text))]


def _containing(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The span of ``spans`` containing ``pos``."""
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    return spans[i]


_ZH_ADJUSTED_LEAD = re.compile(
    r"(?:非公认会计准则|非公认会计原则|非美国通用会计准则|非国际财务报告准则|非GAAP|非IFRS)(?:下|计|基础上|口径下?)?"
    r"(?:归属于[\u4e00-\u9fff]{1,8}?的|应占)?(?:基本|摊薄)?(?:持续经营(?:业务)?的?)?$",
    re.IGNORECASE,
)
"""Before a metric: a non-GAAP basis that opens its noun phrase ("非公认会计准则下归属于公司股东的持续经营净利润")."""


@cache
def _adjusted_modifier() -> re.Pattern[str]:
    """Regex for non-GAAP/adjusted modifiers ending right before a metric word (one word may come between:
    "adjusted diluted EPS", "on an adjusted basis, EPS")."""
    return _modifier("adjusted_modifiers")


@cache
def _gaap_modifier() -> re.Pattern[str]:
    """Regex for GAAP/reported modifiers ending right before a metric word."""
    return _modifier("gaap_modifiers")


def _modifier(key: str) -> re.Pattern[str]:
    """Regex for the words of list ``key`` ending right before a metric word, one word between at most."""
    return re.compile(
        r"(?:" + lm.word_regex(key).pattern + r")(?:[\s-]+[A-Za-z]+)?[\s,，、的]{0,3}$", re.IGNORECASE
    )


@cache
def _adjusted_after() -> re.Pattern[str]:
    """Regex for words right after a figure that make it the adjusted variant ("on an adjusted basis")."""
    return re.compile(r"[\s,]{0,2}(?:" + lm.word_regex("adjusted_after").pattern + ")", re.IGNORECASE)


@cache
def _gaap_after() -> re.Pattern[str]:
    """Regex for words right after a figure that make it the GAAP variant ("on a GAAP basis")."""
    return re.compile(r"[\s,]{0,2}(?:" + lm.word_regex("gaap_after").pattern + ")", re.IGNORECASE)


_SHARE_OF = re.compile(
    r"\s*of\s+(?:(?:our|its|their|the|total|net|consolidated|overall|group|company|annual|quarterly|(?:19|20)\d\d)\s+)*"
    r"(?:[A-Za-z][\w&'’-]*\s+){0,3}",
    re.IGNORECASE,
)
"""Between a % figure and the metric after it: the figure is a share of that metric ("90% of our revenues")."""
_SHARE_OF_THING = re.compile(
    r"\s+of\s+(?:(?:our|the|its|their|all|total|these|those|this)\s+)?(?!(?:which|that|it|them|growth|increase|decline|"
    r"improvement|quarter|year|period|time)(?![A-Za-z]))[A-Za-z][\w-]*",
    re.IGNORECASE,
)
"""After a % level: the share of a whole it is ("38% of orders came from new customers")."""
_PART_OF_WHOLE_AFTER = re.compile(
    r"\s+of\s+which(?![A-Za-z])|"
    r"\s*,?\s+or\s+(?:about\s+|approximately\s+|roughly\s+)?\$\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:were|was)\s",
    re.IGNORECASE,
)
"""After a % level: a part of a whole named before ("over 80% of which were bridge loans", "54% or $12.2 billion were
government loans")."""
_DEBT_REPAID_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:repaid|repay(?:s|ing)?|redeemed|redeem(?:s|ing)?|retired|retir(?:e|es|ing)|prepaid|extinguished|"
    r"paid\s+(?:down|off)|pay(?:s|ing)?\s+(?:down|off))\s+"
    r"(?:(?:(?!(?:had|has|have|was|were|is|are|ended|ending|end)\s)[^.,;!?\s]+\s+){0,16}?)?(?:and\s+)?$",
    re.IGNORECASE,
)
"""Before an amount of debt named after it: debt paid back in the period ("we retired $500 million of our long-term
debt", "we repaid $350 million of notes and $362 million of outstanding borrowings")."""
_NET_PROCEEDS_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:anticipated\s+|expected\s+|estimated\s+)?net\s+proceeds\s+(?:of\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""Right before an amount: the net proceeds of a sale named earlier in the sentence ("anticipated net proceeds of")."""
_DEBT_CUT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:reduction|reductions|repayment|repayments|paydown|paydowns|pay-down)\s+(?:in|of|on)\s+"
    r"(?:our\s+|the\s+|its\s+)?$",
    re.IGNORECASE,
)
"""Right before "debt": the debt paid back, not the balance ("the reduction in our debt ... of $102 million")."""
_LOANS_DEALT = re.compile(
    r"(?<![A-Za-z])(?:(?P<made>originat(?:e|ed|es|ing)|fund(?:ed|s|ing)?)|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|bought|buy)"
    r"(?:\s+and\s+settled(?:\s+on)?)?\s+(?:(?:about|approximately|roughly|nearly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
"""Right before an amount of loans: loans bought or made in the period ("we purchased $66 million of loans")."""
_SCOPE_WORD = re.compile(r"(?<![A-Za-z])(?<!non-)(?<!non )same[\s-](?:store|property|center|site)(?![A-Za-z])", re.IGNORECASE)
_SCOPE_WORD = fast(_SCOPE_WORD)
_SCOPE_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|also|again)\s*,?\s+)?(?:on|in|for|within|across)\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?P<scope>same[\s-](?:store|property|center|site))(?:\s+(?:pool|portfolio|basis|properties|stores|centers|sites))?\s*,",
    re.IGNORECASE,
)
"""A sentence opening that scopes its figures to the same-store pool ("On a same-store basis, cash NOI was
up 6%", "In the same-store pool, our revenue increased 14.7%")."""
_SCOPE_OF_METRIC = re.compile(
    r"\s+(?:for|in|of|across)\s+(?:the\s+|our\s+)?(?P<scope>same[\s-](?:store|property|center|site))"
    r"(?:\s+(?:pool|portfolio|properties|stores|centers|sites))?(?![A-Za-z-])",
    re.IGNORECASE,
)
"""Right after a metric: the pool it is measured on ("net operating income for the same-store pool")."""


def _scoped(scope: str, written: str) -> Metric | None:
    """The metric "<scope> <metric as written>" names ("same-store" + "net operating income" is
    same-store NOI), if the lexicon has one."""
    phrase = f"{scope} {written}"
    hits = list(lm.metric_matcher().finditer(phrase))
    if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(phrase):
        return hits[0][2]  # type: ignore[no-any-return]
    return None


_HORIZON_OF_DEBT = Sifted(re.compile(
    r"(?<![A-Za-z])(?:maturities|maturity|maturing|matures?|expirations|expiries|expiring|expire|due)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:until|through|thru|till|before|prior\s+to|between\s+now\s+and)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
    r"(?:fiscal\s+)?$",
    re.IGNORECASE,
))
"""Before a time expression: how far the debt runs ("no debt maturities until the end of 2024")."""
_RELATIVE_DATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:that|which)\s+(?:[a-z]+\s+){0,3}?(?:occurred|happened|took\s+place|closed|was\s+(?:completed|announced|"
    r"signed|closed))\s+(?:(?:in|on|during)\s+)?$",
    re.IGNORECASE,
)
"""Before a date in a relative clause: when the thing it describes happened ("the transaction that occurred in")."""
_CAUSE_LEAD = re.compile(
    r"\s*(?:(?:and|so|but|now)\s+)?(?:given|because\s+of|due\s+to|as\s+a\s+result\s+of|thanks\s+to|in\s+light\s+of|"
    r"on\s+the\s+back\s+of|reflecting)\s[^,;.\d]*,",
    re.IGNORECASE,
)
"""A sentence's opening cause clause with no figure ("Given our performance year-to-date,")."""


def _in_cause_lead(para: _Paragraph, pm: PeriodMention) -> bool:
    """Whether a period stands in the cause clause its sentence opens with: it dates the cause, not the
    figures the rest of the sentence gives."""
    lead = _CAUSE_LEAD.match(para.text, para.sentence(pm.start)[0])
    return lead is not None and pm.end <= lead.end()


_BESIDES_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in addition to|besides|beyond|outside(?: of)?|apart from|other than|aside from)\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
"""Right before a scope: the figure is of something else ("In addition to the same-store, ...")."""
_PAID_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:pay|pays|paid|paying|payable|distribute|distributes|distributed)\s+(?:out\s+)?"
    r"(?:(?:a|an|the|our)\s+)?(?:(?:quarterly|regular|special|cash|common)\s+)*(?:dividends?\s+of\s+)?$",
    re.IGNORECASE,
)
"""Right before an amount per share: what is paid out per share, a dividend ("we will pay $1.80 per share")."""
_TOTAL_BEFORE = re.compile(r"(?<![A-Za-z])(?:total|overall|consolidated)\s+$", re.IGNORECASE)


def _scope_before(text: str, lo: int, start: int, end: int, pos: int) -> Metric | None:
    """The same-store variant of the metric written at ``text[start:end]`` before a figure at ``pos``, when the
    sentence (from ``lo``) opens with a same-store scope or the metric is followed by one."""
    lead = _SCOPE_LEAD.match(text, lo, start)
    scope = lead if lead is not None else _SCOPE_OF_METRIC.match(text, end, pos)
    if scope is None or _TOTAL_BEFORE.search(text, max(lo, start - 12), start):  # "and total NOI rose 8%"
        return _scope_in_phrase(text, lo, start, end)
    return _scoped(scope.group("scope"), text[start:end])


_SAME_IN_PHRASE = re.compile(r"(?<![A-Za-z])(?<!non-)(?<!non )same[\s-]", re.IGNORECASE)


def _scope_in_phrase(text: str, lo: int, start: int, end: int) -> Metric | None:
    """The same-store variant of a metric whose own noun phrase opens with "same" before the pool's words ("Same
    Property manufactured housing and RV NOI", "Same marina real property NOI")."""
    same = None
    for s in _SAME_IN_PHRASE.finditer(text, max(lo, start - 60), start):
        same = s
    if same is None:
        return None
    words = text[same.end() : start].split()
    if not 1 <= len(words) <= 6 or not all(_POOL_WORD.fullmatch(w) for w in words):
        return None
    if any(w.lower() in _NP_CLOSED - {"and"} or _NP_PERIOD_HEAD.match(w) for w in words):
        return None  # ("the same quarter revenue", "the same as last year, revenue": a time or a comparison)
    return _scoped("same-store", text[start:end])


_NOT_SPECIFIC = frozenset(
    {"total", "net", "gross", "overall", "consolidated", "reported", "quarterly", "annual", "annualized", "record", "same"}
)
"""Words before a metric that name no more specific metric with its head ("total", "net")."""


def _modifier_in_phrase(text: str, lo: int, hit: _Hit) -> Metric | None:
    """A more specific metric named by a modifier that opens the metric's noun phrase and the metric's head word,
    a business line between ("Organic Storage rental revenue": "organic" + "revenue" is organic revenue)."""
    words = list(_WORD_BEFORE.finditer(text, max(lo, hit.start - 40), hit.start))
    phrase: list[str] = []
    starts: list[int] = []
    end = hit.start
    for w in reversed(words):
        if text[w.end() : end].strip() or w.group().lower() in _NP_CLOSED or len(phrase) == 3:
            break
        phrase.insert(0, w.group())
        starts.insert(0, w.start())
        end = w.start()
    head = text[hit.start : hit.end].split()[-1]
    own: Metric = hit.entry  # type: ignore[assignment]
    for i, word in enumerate(phrase[:-1] if len(phrase) > 1 else ()):  # (the word right before the head is the usual alias)
        if word.lower() in _NOT_SPECIFIC:
            continue
        if (
            word[:1].isupper()
            and word.casefold() in ls.phrase_words().en_name_words
            and phrase[i + 1][:1].isupper()
            and text[lo : starts[i]].strip()
        ):
            continue  # "Our Core Laundry revenues": a name word capitalised inside the sentence, the line's name
        metric = _scoped(word, head)
        if metric is not None and metric.name != own.name and not metric.weak and metric.kind == own.kind:
            # (a modifier narrows the metric, never makes a company's result a market's: "average delivered
            # sawlog prices" are what the company sold at, no "average price" of its shares)
            return metric
    return None


_POOL_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|&")


_EXCLUDING_AFTER = re.compile(r"\s*,?\s*(?:excluding|ex-)(?=\s)", re.IGNORECASE)
_RESTATED_BEFORE = re.compile(
    r"\s*(?:year[\s-](?:over|on|to)[\s-]year|sequentially|y/y|yoy|q/q|qoq)?\s*,?\s*or\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?",
    re.IGNORECASE,
)
"""Between two growth rates: the second restates the first on another basis ("14% year-on-year or 18%")."""
_OR_RESTATED = re.compile(
    r"\s*(?:(?:year[\s-]over[\s-]year|sequentially|y/y|yoy|q/q|qoq)\s*)?,?\s*or\s+(?:about\s+|approximately\s+)?",
    re.IGNORECASE,
)
_FOR_WORD = re.compile(r"\s+for\s+(?:the\s+|our\s+|its\s+)?(?P<w>[A-Za-z][A-Za-z-]*)")
_NOT_A_THING = frozenset(
    {"quarter", "year", "period", "full", "fiscal", "first", "second", "third", "fourth", "month", "months", "half",
     "nine", "six", "twelve", "three", "year-to-date", "ytd", "calendar", "current", "prior", "last", "next", "fy",
     "q1", "q2", "q3", "q4", "remainder", "balance", "rest", "both", "each", "all", "total", "whole", "same"}
)
"""Words after "for" that name a period or a scope, not a thing measured."""
_GROWTH_AFTER = re.compile(
    r"\s+(?:growth|increase|gain|rise|decline|decrease|drop|fall|reduction)(?![A-Za-z])", re.IGNORECASE
)
"""After the metric a % figure stands before: the noun that makes the figure the metric's change ("a 5% revenue
increase", "a 2% EBITDA drop", "a 3% organic sales gain"), not its level; singular, as a plural names
changes of the metric itself ("a rate of 90% and renewal rate increases")."""
_IN_METRIC_GAP = re.compile(r"\s+(?:in|of)\s+(?:(?:net|total|organic)\s+)?", re.IGNORECASE)
"""Between an amount and the metric after it whose growth or decline it is ("$132 billion in AUM growth")."""
_RISE_AFTER = re.compile(r"\s+(?:growth|increase|gain|rise)(?![A-Za-z])", re.IGNORECASE)
"""After the metric a % figure stands before: the noun that makes the figure a rise ("a 3% organic sales gain")."""
_REFLECTING_BEFORE = re.compile(r"(?<![A-Za-z])(?:reflecting|representing|including)\s+an?\s+$", re.IGNORECASE)
"""Right before a change: it is a part of the change the sentence stated before it, against the same base."""
_DECLINE_AFTER = re.compile(r"\s+(?:declines?|decreases?|drops?|falls?|reductions?)(?![A-Za-z])", re.IGNORECASE)
"""After the metric a % figure stands before: the noun that makes the figure a fall ("a 12% RevPAR decline")."""
_PER_BEFORE = re.compile(r"(?<![A-Za-z])per\s+$", re.IGNORECASE)
"""Right before a metric word: it is the denominator of a per-unit measure ("ton-miles per employee")."""
_WEAK_SUBJECT_VERB = re.compile(
    r"\s+(?:growth\s+)?(?:was|were|grew|rose|fell|increased|decreased|declined|improved|dropped|climbed)"
    r"(?:\s+(?:up|down|by|of|about|approximately|nearly|roughly|over|more\s+than|just|a\s+strong))*\s+",
    re.IGNORECASE,
)
"""Between a metric word and a figure: only the verb of the clause the word is the subject of ("volume grew 3%")."""
_MODIFIERS_ONLY = re.compile(
    r"\s+(?:(?:adjusted|organic|GAAP|non-GAAP|constant[\s-]currency|core|comparable|diluted|reported|underlying)\s+)*",
    re.IGNORECASE,
)
_CONTENTS_SPAN = re.compile(
    # what the unit's figure has been corrected for, right before its verb ("ratio after taking into account our
    # cash balance was 22%")
    r"(?:\s+after\s+(?:taking\s+into\s+account|adjusting\s+for|accounting\s+for)\s+[^.;:,]*?"
    r"|,\s*(?:"
    r"(?:(?:which|that)\s+(?:includes?|included|comprises?|comprised|excludes?|excluded|adjusts?\s+for|adjusted\s+for|"
    r"(?:we\s+)?(?:consider|considers|considered)\s+(?:to\s+be|as))|including)\s+[^.;:]*?,"
    # any other aside about the unit, closed by its comma ("backlog, which is a key indicator of revenue growth, rose")
    r"|(?:which|who)\s+[^.;:,]*?,"
    # or said of it as a thing it is, its comma left out ("backlog, which is a key indicator of revenue growth rose")
    r"|(?:which|that)\s+(?:is|are|was|were|remains?)\s+(?:a|an|the|our|one)\s+[^.;:,]*?"
    # a definition or exclusion may end without a comma, its parts joined by "less", "plus", "and" ("which we define
    # as cash from operations, less capital spending was"); any other comma ends it ("which excludes X, sales rose")
    r"|(?:(?:which|that)\s+(?:excludes?|excluded|adjusts?\s+for|adjusted\s+for|(?:we\s+)?(?:define|defines|defined)\s+as|"
    r"(?:is|are)\s+defined\s+as)"
    r"|defined\s+as)\s+[^.;:,]*?(?:,\s*(?:less|minus|plus|and|or|net\s+of)\s+[^.;:,]*?)*"
    r"))(?=\s+(?:now\s+|currently\s+)?(?:were|was|are|is|grew|rose|fell|"
    r"increased|decreased|declined|totaled|totalled|came\s+in|reached|amounted|exceeds?|exceeded|stood|stands|expanded|"
    r"contracted|improved|dropped|climbed|jumped)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""A parenthetical listing what a unit includes or leaves out, or defining it, before the sentence's verb: none
of its words is what the figure after it measures ("total sales, which includes our domestic, Mexico and Brazil
stores, were", "Capital Markets activity, including debt origination, was down 8%", "AFFO, which adjusts for
straight-line rent and stock-based compensation, totaled", "equity to total capitalization, which adjusts for
convertible units and long-duration debt improved", "net debt to capitalization ratio after taking into account our
cash balance was", "organic revenue, which excludes any impact from acquisitions increased 9%", "free cash flow, which we define as cash from operations less
capital spending was $64 million", "liquidity, which we consider to be cash and revolver availability, now exceeds",
"gross margin, which benefited from lower freight costs, expanded")."""


def _contents_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if not any(w in text[lo:hi] for w in ("which", "that", "including", "defined", "who", "after")):
        return []
    return [(c.start(), c.end()) for c in _CONTENTS_SPAN.finditer(text, lo, hi)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


_AMOUNT_WORDS = r"(?:approximately\s+|about\s+|nearly\s+|over\s+|roughly\s+)?\$\d[\d,.]*(?:\s*(?:million|billion|thousand))?"
_PARTS_OF_TOTAL_BETWEEN = re.compile(
    r"\s+(?:of|was|were|totall?ing|totall?ed|reached)\s+" + _AMOUNT_WORDS + r"\s*,?\s+(?:including|of\s+which)\s+"
    r"(?:" + _AMOUNT_WORDS + r"\s+(?:in|from)\s+[^,;$]{1,40}?,?\s+(?:and\s+)?)?",
    re.IGNORECASE,
)
_OF_TOTAL_AMOUNT_IN = re.compile(
    r"\s+of\s+(?:our|the|its|their|this|a)\s+(?:(?:total|estimated|expected|anticipated|planned|projected|overall|"
    r"approved|authorized)\s+)*" + _AMOUNT_WORDS + r"(?:\s*(?:to|-|and)\s*" + _AMOUNT_WORDS + r")?\s+(?:in|of)\s+"
    r"(?:total\s+)?",
    re.IGNORECASE,
)
"""Between an amount and the metric of the total it is a part of ("$104 million of our total estimated $250 million
to $275 million in restructuring costs")."""
_PART_IN_UNIT_AFTER = re.compile(r"\s+(?:in|from)\s+(?:our\s+|the\s+|its\s+)?", re.IGNORECASE)


def _part_of_total(text: str, hit: _Hit, m_start: int, m_end: int, hi: int) -> bool:
    """Whether an amount is the part a unit holds of a total the metric word sizes ("net inflows of $6.1 billion
    including $4.7 billion in bond funds and $1.4 billion in money market funds"): the total's metric, where an
    item with a noun of its own ("including $47 million of merger costs") is none."""
    if not _PARTS_OF_TOTAL_BETWEEN.fullmatch(text, hit.end, m_start):
        return False
    lead = _PART_IN_UNIT_AFTER.match(text, m_end, hi)
    if lead is None:
        return False
    words = _np_words(text, lead.end(), hi, verbs=False)
    return bool(words) and text[words[-1][0] : words[-1][1]].lower() not in _NP_OTHER_HEADS


_CLOSED_ASIDE = re.compile(
    r"[^,;:()\d]{0,40},\s+(?:(?:primarily|mainly|largely|partly)\s+)?(?:driven|helped|boosted|fueled|supported|"
    r"led|hurt|impacted|affected|offset|due|reflecting|benefiting|benefited|including|excluding|which)"
    r"(?![A-Za-z])[^,;:()\d]{1,120},\s*",
    re.IGNORECASE,
)
"""Between a metric opening a sentence and the clause of its figure: one aside set off by commas ("Revenue for the
quarter, driven by demand for our pumps, was $512 million")."""


def _closed_aside(text: str, hit: _Hit, lo: int, hits: Sequence[_Hit]) -> bool:
    """Whether only an aside closed by a comma, naming no figure and no other metric, stands between a metric and the
    clause of its figure: the aside's drivers say why the metric moved, and the clause after it goes on with the
    metric's own verb."""
    return _CLOSED_ASIDE.fullmatch(text, hit.end, lo) is not None and not any(hit.end <= h.start < lo for h in hits)


def _driver_between(
    text: str, lo: int, hi: int, contents: list[tuple[int, int]], result: bool = False
) -> bool:
    """Whether a driver word ("driven by", "including") stands between ``lo`` and ``hi``, outside a list of contents.
    ``result``: the words before are a net result, whose "attributable to" the holders it belongs to is its name
    ("net income attributable to common shareholders was $21 million"), no driver."""
    return any(
        not _inside(contents, d.start())
        and not (result and d.group().lower().startswith("attributable") and _HOLDERS_AFTER.match(text, d.end(), hi))
        for d in _DRIVER.finditer(text, lo, hi)
    )


_HOLDERS_AFTER = re.compile(
    r"\s+(?:(?:the|our|its)\s+)?(?:(?:common|ordinary|class\s+[A-C])\s+)?(?:share|stock|unit)holders(?![A-Za-z])"
    r"|\s+(?:the\s+)?(?:company|parent)(?![A-Za-z])"
    r"|\s+(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*(?:\s+(?:Inc|Corp|Corporation|Ltd|plc|LLC|L\.P)\.?)?\s+(?:was|were|of|came|totaled|totalled)\s"
)
"""After "attributable to" following a net result: the holders the result belongs to (its shareholders, the company by
name, then its verb), not a cause of it."""


_CALL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:earnings|conference|investor|results)\s+)?(?:calls?|webcasts?)(?![A-Za-z])", re.IGNORECASE
)
"""Right after a period: it names a call ("our second quarter call", "last quarter's earnings call")."""
_SAME_AS_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:as\s+(?:was|is|has\s+been|were)\s+(?:also\s+)?the\s+case\s+(?:in|for|with|during|over|at)|"
    r"(?:stable|flat|unchanged|steady|consistent)\s+(?:to|with|from|versus|vs\.?|compared\s+(?:to|with)))"
    r"\s+(?:the\s+|our\s+|last\s+year's\s+)?$",
    re.IGNORECASE,
)
"""Right before a period: the period a figure is likened to, not its own ("As was the case in the prior quarter,
mark-to-market adjustments drove the loss", "book value of $9.92 remained relatively stable to second quarter")."""
_THIS_QUARTER_EN = re.compile(r"(?:this|the current)\s+(?:quarter|period)(?![A-Za-z])", re.IGNORECASE)
"""A period mention that names the document's own quarter by reference ("this quarter")."""
_HORIZON_ONLY = re.compile(
    r"\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]year|multi[\s-]year)\s+", re.IGNORECASE
)
"""Between an amount and the plan it is the size of: only the plan's horizon."""
_AMOUNT_OF_LINE = re.compile(r"\s+of\s+(?:our\s+|the\s+|its\s+)?")
"""Between an amount and the line whose metric it measures ("approximately $45 million of small cell churn"): the
amount is that line's, whatever unit its clause opened on."""


def _heads_other_metric(para: _Paragraph, hit: _Hit, metric_hit: _Hit) -> bool:
    """Whether a unit's name stands right before a metric word other than ``metric_hit`` ("tower churn of $200
    million"): the unit owns that metric's figure, an item of a list, not the whole clause."""
    return any(0 <= h.start - hit.end <= 1 and h is not metric_hit for h in para.metrics)


_CHANGE_IN_AFTER = re.compile(
    r"\s+(?:(?:annual|annualized|average|sequential|year[\s-]over[\s-]year)\s+)?"
    r"(?:increase|decrease|rise|decline|growth|drop|gain|improvement|reduction)\s+in\s+(?:our\s+|the\s+|its\s+)?"
    r"(?:[A-Za-z][\w&'’-]*\s+){0,2}",
    re.IGNORECASE,
)
"""Between a figure and the metric it is a change of ("a 20% increase in mortgage revenue")."""
_TRADED_LOANS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"sold|sells?|selling|distributed|distributing", re.IGNORECASE), "loan sales"),
    (re.compile(r"purchased|purchasing|acquired|acquiring|bought|buying", re.IGNORECASE), "loan purchases"),
    (re.compile(r"locked|locking", re.IGNORECASE), "lock volume"),
    (re.compile(r"originated|originating", re.IGNORECASE), "originations"),
)
"""A verb right before an amount of loans and the metric the amount then measures: a lender's "sold $3.7 billion of
loans" is its loan sales, "locking $461 million of jumbo loans" its lock volume, not its balance of loans."""
_TRADE_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<v>[A-Za-z]+)\s+(?:(?:approximately|about|roughly|nearly|almost|over|more\s+than|another|"
    r"an\s+additional|a\s+total\s+of|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)
_OF_LOANS_AFTER = re.compile(r"\s+(?:of|in)\s+(?:[A-Za-z][\w-]*\s+){0,3}$", re.IGNORECASE)


def _traded_loans(text: str, clause_start: int, m: NumberMention, hit: _Hit) -> str | None:
    """The metric of an amount of loans a verb of trade heads ("sold $85 million of loans": loan sales), if any."""
    if hit.entry.name != "loans" or unit_class(m) != "amount":  # type: ignore[attr-defined]
        return None
    if not _OF_LOANS_AFTER.fullmatch(text, m.end, hit.start):
        return None
    verb = _TRADE_VERB_BEFORE.search(text, max(clause_start, m.start - 60), m.start)
    if verb is None:
        return None
    return next((name for pattern, name in _TRADED_LOANS if pattern.fullmatch(verb.group("v"))), None)


_APPROX = r"(?:(?:approximately|about|roughly|nearly|almost|over|more\s+than|just\s+(?:over|under)|another|a\s+total\s+of)\s+)?"
_BOUGHT = r"(?:acquired|acquiring|purchased|purchasing|bought|buying|(?:the\s+)?(?:acquisition|purchase)\s+of)"
_SOLD = r"(?:sold|selling|disposed\s+of|(?:the\s+)?(?:sale|disposition)\s+of)"
_BUILDINGS = r"(?:properties|property|buildings|assets|stores|facilities|centers|hotels)"


@dataclass(frozen=True)
class _Deal:
    """A verb of trade or growth right before a count of things, and the metric the count (or the amount the
    deal is done "for") measures: "we sold 4 properties for $8.6 million" counts properties sold and sizes the
    dispositions."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    metric: str
    amount_metric: str | None = None
    priced: bool = False
    """Whether the count is a deal only when its price or yield follows ("sold 4 properties for $8.6 million"): a
    landlord's bare count of buildings is no fact."""


def _deal(verb: str, thing: str, metric: str, amount_metric: str | None = None) -> _Deal:
    """A deal row: the verb (and any figure of another thing it heads first), then the counted thing."""
    return _Deal(
        fast(re.compile(rf"(?<![A-Za-z]){verb}\s+{_APPROX}(?:\d[\d,.]*\s+(?:[a-z][\w-]*\s+){{0,2}}and\s+{_APPROX})?$", re.IGNORECASE)),
        re.compile(rf"\s+(?:(?:wholly[\s-]owned|net[\s-]lease|new|additional|net)\s+){{0,2}}{thing}(?![A-Za-z])", re.IGNORECASE),
        metric,
        amount_metric,
        amount_metric is not None,
    )


_DEAL_TERMS = re.compile(
    r"[^.;]{0,40}?(?<![A-Za-z])(?:for|investing|totaling|totalling|at)\s+[^.;]{0,40}?"
    r"(?:[$€£]\s?\d|(?:cap|capitalization)\s+rate|yield)",
    re.IGNORECASE,
)
"""After a count of properties: the price or yield of the deal ("for $70 million", ", investing $322 million", "at a
5.5% cap rate")."""


_DEALS: tuple[_Deal, ...] = (
    _deal(_BOUGHT, _BUILDINGS, "properties acquired", "acquisitions"),
    _deal(_SOLD, _BUILDINGS, "properties sold", "dispositions"),
    _deal(r"(?:added|adding|opened|opening)", r"(?:hotels|properties)", "hotels added"),
    _deal(r"(?:added|adding|opened|opening)", r"rooms", "rooms added"),
    _deal(r"(?:signed|signing)", r"rooms", "rooms signed"),
)
"""Deals a count of things measures, as rows."""
_DONE_FOR_BEFORE = re.compile(
    rf"(?<![A-Za-z])for\s+(?:(?:a|an|the)\s+)?(?:(?:combined|total|aggregate|gross)\s+)?(?:(?:sales?|purchase|"
    rf"acquisition)\s+price|consideration|proceeds)?\s*(?:of\s+)?{_APPROX}$",
    re.IGNORECASE,
)
"""Right before the amount a deal was done for ("for a combined sales price of $8.6 million")."""
_DONE_FOR_BEFORE = fast(_DONE_FOR_BEFORE)
_DEAL_SPAN = 90
_RAISED_EQUITY = (
    re.compile(rf"(?<![A-Za-z])(?:raised|raising|issued|issuing)\s+{_APPROX}$", re.IGNORECASE),
    re.compile(r"\s+(?:of|in)\s+(?:(?:new|common|gross|net|additional)\s+)?equity(?![A-Za-z])", re.IGNORECASE),
    re.compile(r"(?<![A-Za-z])equity\s+(?:offering|raise|issuance)|(?<![A-Za-z])ATM(?![A-Za-z])", re.IGNORECASE),
)
"""An amount raised as equity: "raised $79 million of equity", "an equity offering, raising approximately $139
million"."""


_DEAL_CHANGE_BETWEEN = re.compile(rf"[^,.;$\d]{{0,40}},?\s*(?:up|down)\s+{_APPROX}$", re.IGNORECASE)
"""Between a deal's count and its change ("signed nearly 24,000 rooms, up approximately 40% year-over-year")."""


def _deal_metric(
    text: str, sentence: tuple[int, int], m: NumberMention, others: Sequence[NumberMention] = ()
) -> str | None:
    """The metric of a count of things bought, sold, added or signed, of the amount such a deal was done for, or
    of the change of such a count right after it, when no metric word names it."""
    lo = max(sentence[0], m.start - _DEAL_SPAN)
    if m.unit == "%":
        before = [x for x in others if sentence[0] <= x.start and x.end <= m.start]
        if not before or unit_class(before[-1]) != "count" or not _DEAL_CHANGE_BETWEEN.fullmatch(text, before[-1].end, m.start):
            return None
        counted = _deal_metric(text, sentence, before[-1])
        metric = lm.metric_by_name(counted) if counted is not None else None
        return counted if metric is not None and metric.fits("%") else None
    if unit_class(m) == "count":
        for d in _DEALS:
            thing = d.after.match(text, m.end) if d.before.search(text, lo, m.start) else None
            if thing is not None and (not d.priced or _DEAL_TERMS.match(text, thing.end(), sentence[1])):
                return d.metric
        return None
    if unit_class(m) != "amount":
        return None
    verb, right_after, named = _RAISED_EQUITY
    if verb.search(text, lo, m.start) and (right_after.match(text, m.end) or named.search(text, lo, m.start)):
        return "equity issuance"
    price = _DONE_FOR_BEFORE.search(text, lo, m.start)
    for d in _DEALS if price is not None else ():
        if d.amount_metric is None:
            continue
        # "the sale of 4 properties in the quarter for $8.6 million": the deal's count, then what it was done for
        count = re.compile(d.before.pattern.removesuffix("$") + r"\d[\d,]*" + d.after.pattern, re.IGNORECASE)
        if any(x.end() <= price.start() for x in count.finditer(text, lo, price.start())):  # type: ignore[union-attr]
            return d.amount_metric
    if (
        _SALE_PROCEEDS_AFTER.match(text, m.end)
        and _SALE_WORD.search(text, sentence[0], m.start)
        and not _SECURITIES_WORD.search(text, sentence[0], sentence[1])
        and not _FUTURE_WORD.search(text, sentence[0], m.start)  # ("these sales will generate $650 million in proceeds")
    ):
        return "disposition proceeds"  # "we sold 3 properties realizing $1 million in gross proceeds"
    return None


_SALE_WORD = re.compile(r"(?<![A-Za-z])(?:sold|sell|selling|sales?|dispositions?|disposed|divest\w*)(?![A-Za-z])", re.IGNORECASE)
_SALE_PROCEEDS_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:(?:gross|net|total|cash|sale|sales)\s+){0,3}proceeds(?![A-Za-z])", re.IGNORECASE
)
"""After the amount an asset sale brought in ("realizing $1 million in gross proceeds")."""
_SECURITIES_WORD = re.compile(
    r"(?<![A-Za-z])(?:shares|stock|units|notes|bonds|debentures|equity|ATM|offering|warrants)(?![A-Za-z])", re.IGNORECASE
)
"""A sentence about securities sold: their proceeds are capital raised, no asset sale."""
_FUTURE_WORD = re.compile(r"(?<![A-Za-z])(?:will|would|expect\w*|anticipat\w*|should|pending)(?![A-Za-z])", re.IGNORECASE)
"""Before the proceeds of sales still to come, whose period the sentence does not say."""


_OF_AMOUNT_AFTER = re.compile(
    r"\s+of\s+(?:(?:net|total|gross)\s+)?(?:(?!(?:the|our|its|their|this|that|which|and|or|in|for)\s)"
    r"(?:[a-z][a-z-]*|[A-Z][A-Za-z&-]*)\s+){0,2}"
)
"""Between an amount and the metric right after it ("$8.9 billion of revenue")."""
_PER_SHARE_PAIR_OF_AFTER = re.compile(
    r",?\s+or\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+|roughly\s+)?\$\d+(?:\.\d+)?\s+per\s+"
    r"(?:diluted\s+|basic\s+)?(?:common\s+)?share(?:\s+after[\s-]tax)?\s+(?:of|in|related\s+to|associated\s+with|from)\s+"
    r"(?:(?:net|total|gross|pre-?tax)\s+)?",
    re.IGNORECASE,
)
"""Between an amount and the metric after its per-share form ("includes $47 million or $0.08 per diluted share of
merger-related costs", "... per diluted share related to one-time contributions"): the item both figures size."""
_AMOUNT_OR_BEFORE = re.compile(r"\$\d[\d,.]*\s+(?:thousand|million|billion),?\s+or\s+(?:about\s+|approximately\s+)?$", re.I)
"""Right before a per-share figure: the amount it is the per-share form of ("$47 million or $0.08 per share")."""
_PER_SHARE_OF_AFTER = re.compile(
    r"\s+per\s+(?:diluted\s+|basic\s+)?(?:common\s+)?share(?:\s+after[\s-]tax)?\s+(?:of|in|related\s+to|associated\s+with|from)\s+"
    r"(?:(?:net|total|pre-?tax)\s+)?",
    re.IGNORECASE,
)
"""Between a per-share figure and the item it sizes ("$0.08 per diluted share of merger-related costs")."""
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+|our\s+|its\s+)?", re.IGNORECASE)
_FOR_LINE_AFTER = re.compile(r"\s+for\s+(?:the\s+|our\s+|its\s+)?(?:[a-z]+\s+)?", re.IGNORECASE)
"""Between a figure and the unit it is for ("7.8% for annual RV")."""
_FOR_LINE_SPAN = 24
_IN_UNIT_AFTER = re.compile(r"\s+in\s+(?:the\s+|our\s+)?", re.IGNORECASE)
"""Between a figure and the region or unit it is for, in a list that names one after each figure ("13% to 14%
in North America and 14% to 15% in Rest of World")."""


_FIGURE_END = re.compile(r"\d.?$|\d\s?(?:million|billion|thousand)$")
"""The end of a figure, right before "in" ("14% in", "$16 million in")."""


def _unit_after_each(para: _Paragraph, m: NumberMention, sentence: tuple[int, int]) -> _Hit | None:
    """The unit named with "in" right after a figure, when the sentence names a unit so after another figure
    too: each figure of such a list is its own unit's ("sales growing 13% to 14% in North America and 14% to
    15% in Rest of World")."""
    text = para.text
    after = [
        h
        for h in para.subjects
        if sentence[0] <= h.start < sentence[1]
        and h.entry.kind not in ("anaphora", "reference")  # type: ignore[attr-defined]
        and (k := text.rfind(" in ", sentence[0], h.start)) >= 0
        and _IN_UNIT_AFTER.fullmatch(text, k, h.start)
        and _FIGURE_END.search(text, max(sentence[0], k - 12), k)
    ]
    own = [h for h in after if _IN_UNIT_AFTER.fullmatch(text, m.end, h.start)]
    return own[0] if own and len(after) >= 2 else None
_AT_SEGMENT_AFTER = re.compile(
    r"\s*(?:of\s+(?:[a-z][a-z-]*\s+){1,3}?|(?:[a-z]+\s+){0,2}?(?:(?:decline|increase|growth|gain|drop|rise|decrease)s?\s+)?)"
    r"(?:at|in|on|for|from)\s+(?:its|our|the)\s+",
    re.IGNORECASE,
)
"""Between a figure and the segment it is for ("a 1.5% revenue decline at its Americas Beverages unit", "revenue
increased 7% in its Americas Foods arm", "$14 million of net interest income on our Bridge portfolio", "margins of
18.2% for the Americas business", "$45 million from our Aerospace division")."""
_OWN_UNIT_AFTER = re.compile(
    r"(?:on|in|for|from)\s+our\s+(?P<name>(?:[A-Za-z][a-z-]*\s+){1,2}(?:segment|division|portfolio|business))(?![A-Za-z])"
)
"""A unit of the company's own written with its kind after a figure, which no other rule names ("$14 million of net
interest income on our bridge portfolio"): the figure is that unit's."""


_OTHER_METRIC_LEAD = re.compile(r"(?<![A-Za-z])other\s+((?:[a-z][a-z-]*\s+){0,2})$")
"""Right before a metric: "other" and at most two lowercase words ("and other cross-border volumes up 52%")."""
_COPULA_NAMED_AFTER = re.compile(
    r"(?:\s+or\s+(?:approximately\s+|about\s+)?[$€£]?\d[\d,.]*(?:\s*%|\s+(?:billion|million|thousand))?)?"
    r"(?:\s+of\s+(?:these|those|this|that|the)(?:\s+[a-z][a-z-]*){1,3})?"
    r"\s+(?:(?:were|was)\s+(?:in\s+|from\s+)?|(?:(?:were|was)\s+)?(?:came|arose|originated|derived|generated)\s+from\s+"
    r"(?:our\s+|the\s+|its\s+)?)"
)
"""Between a figure and the name right after it: a copula ("54% or $7.0 billion were government loans"), or the
source a share of a total came from ("$48 million of these fees arose from our real estate business")."""


def _other_lead(para: _Paragraph, metric_hit: _Hit | None, m: NumberMention, hit: _Hit) -> str | None:
    """The rest a metric led by "other" measures, when it stands after a named unit and before the figure
    ("intra-Asia volumes up 38% and other cross-border volumes up 52%"): the rest, not that unit."""
    if metric_hit is None or not hit.end <= metric_hit.start < m.start:
        return None
    lead = _OTHER_METRIC_LEAD.search(para.text, max(hit.end, metric_hit.start - 40), metric_hit.start)
    if lead is None:
        return None
    return ("other " + lead.group(1)).strip()


_MEASURE_WORDS = ("organic ", "underlying ", "core ")
"""Words that make a metric a measure of another ("organic revenue" of revenue); with " (constant currency)" at the end
they are how a sentence goes on about the growth of the line metric it led with."""
_WHOLE_BEFORE_MEASURE = re.compile(r"(?:total|overall|consolidated|company|companywide|enterprise|group)[\s-]+$", re.IGNORECASE)
"""Right before a measure: the whole company's ("…, while total organic growth was 5%")."""


def _measure_of(name: str) -> str:
    """The metric a measure measures ("organic revenue" -> "revenue", "gross profit (constant currency)" -> "gross
    profit"); the name itself when it is no measure of another."""
    base = name.removesuffix(" (constant currency)")
    for word in _MEASURE_WORDS:
        if base.startswith(word):
            return base[len(word) :]
    return base


def _measure_of_line_metric(para: _Paragraph, h: _Hit, metric: Metric, metric_hit: _Hit | None) -> bool:
    """Whether a figure's metric measures the metric a unit's name stands before earlier in the sentence ("Harbor
    revenue increased 28%, driven by organic growth of 22%"): the unit's organic growth, not the company's."""
    if metric_hit is None or _measure_of(metric.name) == metric.name:
        return False
    at = para.phrase_metric.get(h.start)
    owned = next((x.entry for x in para.metrics if x.start == at), None) if at is not None else None
    if not isinstance(owned, Metric) or owned.name != _measure_of(metric.name):
        return False
    return _WHOLE_BEFORE_MEASURE.search(para.text, max(0, metric_hit.start - 16), metric_hit.start) is None


_REMAINDER = "other"
"""The name of what is left once the named units are told ("Revenue in Europe grew 12%, and other revenue grew 4%"):
the rest, not the whole company."""


def _named_after_copula(para: _Paragraph, m: NumberMention, sentence: tuple[int, int]) -> _Hit | None:
    """The name right after a figure and "were"/"was" ("37% were jumbo loans and 63% were agency loans"): a
    clause that names its own subject after its figure does not take an earlier clause's."""
    for h in para.subjects:
        if m.end < h.start < sentence[1] and h.start - m.end <= 60:
            if h.entry.kind != "reference" and _COPULA_NAMED_AFTER.fullmatch(para.text, m.end, h.start):  # type: ignore[attr-defined]
                return h
            return None  # another name stands first
    return None


def _segment_right_after(para: _Paragraph, m: NumberMention, sentence: tuple[int, int]) -> _Hit | None:
    """The segment named, as a segment, with "at its"/"in its"/"on our"/"for the" right after a figure: the figure
    is that segment's."""
    for h in para.subjects:
        if m.end < h.start < sentence[1] and h.start - m.end <= 40:
            # "for the Americas business": the region the unit's name opens with stands first, inside the unit's name
            units = [x for x in para.subjects if h.start <= x.start < h.end and x.entry.kind == "segment"]  # type: ignore[attr-defined]
            if units and _AT_SEGMENT_AFTER.fullmatch(para.text, m.end, units[0].start):
                return units[0]
            return None  # another name stands first
    return _own_unit_right_after(para, m, sentence)


def _own_unit_right_after(para: _Paragraph, m: NumberMention, sentence: tuple[int, int]) -> _Hit | None:
    """A lowercase unit of the company's own named right after a figure ("on our bridge portfolio"), when no
    other name stands between: the figure is that unit's."""
    own = _OWN_UNIT_AFTER.search(para.text, m.end, min(sentence[1], m.end + 80))
    if own is None or not _AT_SEGMENT_AFTER.fullmatch(para.text, m.end, own.start("name")):
        return None
    if own.group("name").split()[0].casefold() in ls.whole_book_words():
        return None
    if any(own.start() <= h.start < own.end() for h in para.subjects):
        return None
    name = own.group("name").rsplit(None, 1)[0]  # "bridge portfolio": the unit's name without its kind
    return _Hit(own.start("name"), own.end("name"), SubjectEntry(name, "segment"))


_FOR_LINE_BEFORE = re.compile(r"(?:\d%?|million|billion|points?|bps)\s+for\s+(?:the\s+|our\s+|its\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
"""Before a unit a figure is for (``_FOR_LINE_AFTER``)."""
_OUTLOOK_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:expectations?|outlook|guidance|forecasts?|estimates?)\s+for\s+(?:the\s+|our\s+)?$", re.IGNORECASE
)
"""Before a named site or unit what the speaker expects is for: the sentences after give those expectations."""
_SIDE_LEAD = re.compile(r"\s*(?:(?:and|but|so|now|then|meanwhile)\s*,?\s+)?on\s+the\s+", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+side\s*,", re.IGNORECASE)
"""Around a unit a clause is about ("On the institutional side, we had net inflows"): the unit leads it."""
_IN_AFTER = re.compile(
    r"\s+in\s+(?:(?:adjusted|annual|annualized|incremental|additional|new|total|net|organic)\s+)*", re.IGNORECASE
)
"""Between an amount and the metric after it: the amount is of that metric ("$1 billion in EBITDA", "$4.5
billion in sales"), whatever the words before it say it comes from."""
_COLLECTIVE = Sifted(
    re.compile(
        r"(?<![A-Za-z])(?:collectively|combined|together|taken together)(?![A-Za-z])"
        r"(?!\s+with\s+(?:an?\s+|another\s+)?(?:[$€£]\s?)?\d)",
        re.IGNORECASE,
    )
)
"""A word saying several business lines moved as one ("collectively grew 2%"); not "combined with" or "together
with" a figure, which join one change to another ("a 10.7% increase in revenue combined with a 6.9% increase in
expenses")."""
_SUMMING_UP = re.compile(
    r"(?:(?:so|and|now)\s*,?\s+)?(?:(?:putting|put|taking|taken|bringing|blending|adding|pulling|tying|netting)"
    r"(?![A-Za-z])[^,.;:]{0,60}?(?<![A-Za-z])together|all\s*together|altogether)\s*,",
    re.IGNORECASE,
)
"""A sentence opening that sums up what came before ("Putting it all together, we delivered earnings
per share of $1.10", "Taken together,", "Altogether,"): no group of business lines is its subject."""
def _summing_up(text: str, start: int, end: int) -> bool:
    """Whether the words from a sentence's start to ``end`` are an opening that sums up
    (``_SUMMING_UP``) ending there."""
    m = _SUMMING_UP.match(text, start)
    return (
        m is not None
        and m.end() >= end
        and text[end : m.end()].strip() in ("", ",")
        and _SUMMED_BY.match(text, m.end()) is not None
    )


_SUMMED_BY = re.compile(
    r"\s*(?:we\s+(?:delivered|reported|generated|earned|achieved|posted|recorded|produced|ended|finished|closed)|"
    r"(?:our\s+)?(?:adjusted|diluted|GAAP|non-GAAP|net|total|consolidated|"
    r"operating|earnings|EPS|revenues?|sales|(?:first|second|third|fourth)[\s-]quarter|quarterly|full[\s-]year))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
"""What a summing-up opening goes on with when the company's result follows ("we delivered",
"adjusted EPS was"), not a group of lines ("these units generated") nor a plan ("we expect")."""


_FORECAST_NOUN_AFTER = re.compile(
    r"\s+(?:growth\s+)?(?:assumptions?|guidance|outlook|forecast|target|expectations?)(?![A-Za-z])", re.IGNORECASE
)
"""After the metric that follows a figure: the figure is a forecast ("our 4% revenue growth assumption")."""
_OF_INCOME = re.compile(r"\s*of\s+(?:net\s+|adjusted\s+|GAAP\s+)*(?:income|earnings)(?![A-Za-z])", re.IGNORECASE)
"""After a % figure of a cash flow: the share of income it converts to cash ("108% of net income")."""
_CONVERSION_BEFORE = re.compile(
    r"(?<![A-Za-z])conversion(?:\s+rate)?\s+(?:of|was|at|is|to)\s+(?:about\s+|approximately\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""Right before a % figure of a cash flow's sentence: the rate at which income became that cash ("free cash flow was
$1.9 billion, with a conversion rate of 127%")."""
_MARKET_SHARE_OF = re.compile(
    r"(?<![A-Za-z])(?:our|its|their|the company's|market)\s+share\s+of\s+(?:the\s+|total\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Before a metric word: a % figure is the company's share of that market ("our share of Mexico deliveries")."""
_POINTS_AFTER = re.compile(r"\s*(?:percentage\s+)?points?(?![A-Za-z])", re.IGNORECASE)
"""Right after a bare figure: it counts points, not a ratio's level ("improved 8.4 points")."""
_POINTS_TO = re.compile(r"(?:basis points?|bps|percentage points?|points?)\s+to\s+$", re.IGNORECASE)
"""Between a metric and a % level: the level follows a change in points, so the metric is a ratio."""
_OF_SALES = re.compile(
    r"\s*(?:as\s+an?\s+(?:percent(?:age)?|share)\s+)?of\s+(?:net\s+|total\s+|segment\s+|consolidated\s+|overall\s+)?"
    r"(?:sales|revenues?)(?![A-Za-z])"
    r"|\s*(?:margin)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a % figure of an amount metric: the figure is a share of sales, a margin."""
_PART_OF_SALES = re.compile(
    r"\s*(?:as\s+an?\s+(?:percent(?:age)?|share)\s+of\s+(?:net\s+|total\s+)?|of\s+(?:total|overall|consolidated)\s+(?:net\s+)?)"
    r"(?:sales|revenues?)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a % figure of sales: the share of all sales the part named before is ("online sales to be 15% as a percentage of
total sales", "digital sales were 16% of total sales")."""
_OF_LOANS = re.compile(r"\s*of\s+(?:average\s+|total\s+)?(?:loans|loans\s+and\s+leases)(?![A-Za-z])", re.IGNORECASE)
"""After a % figure of a loss on loans ("net charge-offs ... 0.45% of average loans"): its rate, as a margin is of sales
(a balance such as the allowance keeps its own name)."""
_OF_WHOLE_RESULT = re.compile(
    r"\s*of\s+(?:the\s+)?(?:company(?:'s|’s)\s+|firm(?:'s|’s)\s+|our\s+|group(?:'s|’s)\s+)?"
    r"(?:(?:overall|total|consolidated|record|full[\s-]year|company[\s-]wide)\s+)*"
    r"(?:net\s+income|earnings|profits?|results)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a % figure of an amount metric: the figure is a share of the whole company's result, not a ratio
to sales ("or 31% of the company's overall net income")."""
_COPULA_LEVEL = re.compile(
    r"(?:\s+(?:for|in|during)\s+(?:the\s+)?(?:quarter|year|period|first\s+half|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter))?"
    r"\s+(?:was|were|is|are|came\s+in\s+at|ran\s+at|stood\s+at|of|to\s+a\s+range\s+of)\s+(?:approximately\s+|about\s+|roughly\s+|around\s+)?",
    re.IGNORECASE,
)
"""Between an amount metric and a % figure: the figure is what the amount was, so a ratio to sales ("G&A expenses were
6.9%", "a gross profit of 30%", "increasing adjusted EBIT to a range of 8.5% to 8.9%")."""
_PART_OR_RATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:consists?|consisting|comprises?|comprising|comprised|composed|made\s+up)\s+of|"
    r"turnover(?:\s+rate)?\s+of)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
"""Right before a % figure: the figure is a part of a whole ("consists of 20% cash") or a turnover rate, which
no amount metric takes as its growth."""
_SHARE_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:represent(?:ed|s)?|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|comprised?|comprises)"
    r"(?:\s+(?:about|approximately|roughly|nearly|around|almost|over|just\s+over))?\s+$",
    re.IGNORECASE,
)
"""Right before a percentage: a verb that makes it a part's share of a whole ("Broadcast represented about 35%")."""
_LINE_WORDS_AFTER = re.compile(r"(?P<n>[A-Za-z][A-Za-z&-]*(?:\s+[A-Za-z][A-Za-z&-]*)?)(?=\s*(?:[,.;]|$|\s+(?:in|for|during|this|last)\s))")
"""After "of total": the name of the whole, up to the period or punctuation that ends it ("licensing in the quarter")."""
_PART_SHARE_OPENS = re.compile(
    r"\s*(?:(?:and|but|so|now)\s*,?\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[a-z][\w&'’-]*)?)\s+"
    r"(?:represent(?:ed|s)|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|comprised|comprises)\s+"
    r"(?:(?:about|approximately|roughly|nearly|around|almost|over|just\s+over)\s+)?\d[\d.]*\s*(?:%|percent)\s+of\s+"
    r"(?:(?:our|the|its)\s+)?total\s+(?P<line>[a-z][a-z&-]*)(?=\s*(?:[,.;]|$|\s+(?:in|for|during|this|last)\s))"
)
"""A sentence that opens with a part of a business line as the owner of its share of the line's total ("Mobile
represented approximately 22% of total licensing in Q2"): the part is a unit of the call, though no lexicon lists it."""
_PART_MOVED = (
    r"(?:^\s*|,\s+)(?:the\s+)?(?P<name>{names})\s+(?:(?:was|were)\s+(?:up|down|higher|lower)|decreased|increased|grew|"
    r"declined|rose|fell)(?:\s+(?:than|from|versus|compared\s+(?:to|with))\s+(?:last\s+(?:year|quarter)|a\s+year\s+ago|"
    r"(?:the\s+)?(?:prior|previous)\s+(?:year|quarter)))?\s+(?:by\s+)?"
    r"(?:(?:about|approximately|roughly|nearly|almost)\s+)?"
)
"""A part the call has given a share of its line's total (``_PART_SHARE_OPENS``) opening its clause as the subject of
a bare move ("On a sequential basis, mobile was down about 38%"), ``names`` filled in with the parts' names."""
_PRONOUN_MOVED = re.compile(
    _PART_MOVED.replace("(?:^\\s*|,\\s+)", "\\s*").format(names="they|it") + r"(?=\d)", re.IGNORECASE
)
"""A sentence that opens with a pronoun as the subject of a bare move ("They were up about 14% year-over-year")."""
_OF_TOTAL_WHOLE = re.compile(r"\s*of\s+(?:(?:our|the|its)\s+)?(?:total|consolidated|overall)\s", re.IGNORECASE)
"""After a % figure: the whole is the company's total ("30% of total revenue"), of which the company has no share."""
_ZH_RESTATED_RATE = re.compile(r"\s?的(?:同比)?(?:增速|增幅|增长率|增長率|跌幅|降幅)")
"""Right after a rate that opens its clause: the rate is one just stated, named again ("13%的增速乍看并不亮眼")."""


def _restated_rate(p: Paragraph, para: _Paragraph, m: NumberMention, stated: Sequence[Fact]) -> Fact | None:
    """A rate a Chinese story names again at the head of a clause ("13%的增速") as the one growth rate of that value
    the paragraph before or this one stated: that fact, cited here; None when no one rate fits."""
    clause = para.clause(m.start)
    if para.text[clause[0] : m.start].strip(" ，,。；;“”\"'"):
        return None  # ("而增速13%的增速"): only a rate the clause opens with names one already stated
    same = {(f.subject, f.metric, f.change, f.period): f for f in stated if f.value == m.value and f.value_high is None}
    if len(same) != 1:
        return None
    f = next(iter(same.values()))
    return replace(
        f, paragraph=p.n, evidence=p.text[clause[0] : clause[1]], start=clause[0], end=clause[1], raw=m.raw,
        speaker=p.speaker, qualifier=m.qualifier,
    )


_SHARE_OF_METRIC: dict[str, str] = {
    "revenue": "share of revenue",
    "gross profit": "share of gross profit",
    # a landlord splits its rent roll by tenant group ("our cash basis tenants comprise 9.1% of annualized base rent")
    "annualized base rent": "share of annualized base rent",
}
"""Wholes a business line's % level is read as a share of ("61% of gross profit"), and the metric the share is: the
totals a call splits by line; a % of any other metric named after it is no fact of its own."""
_OF_WHOLE_AFTER = re.compile(r"\s+of\s+(?:(?:our|the|its|their|total|all)\s+)+", re.IGNORECASE)
"""Right after a % figure: the figure is a share of the whole named next."""
_SHARE_WORD = re.compile(r"(?<![A-Za-z])(?:shares?|stock|ADS|ADSs|units?)(?![A-Za-z])", re.IGNORECASE)
"""In a market price's name: it is the price of the shares ("share price"); a bare "average price up 8%" is what
the company sells at, no share price."""
_HIGHER_AFTER = re.compile(r"\s+(?:higher|lower|up|down|above|below)(?![A-Za-z])", re.IGNORECASE)
"""Right after a figure: a comparative that makes it the change of the subject before it."""
_PRICE_OR_VOLUME_CHANGE_AFTER = re.compile(
    r"\s+(?:(?:higher|lower)\s+)?(?P<word>price|prices|pricing|volume|volumes)"
    r"(?:\s+(?P<change>increases?|decreases?|declines?|growth|gains?|drops?|reductions?|improvements?|declined|decreased|"
    r"increased|grew|fell|rose))?(?![A-Za-z-])",
    re.IGNORECASE,
)
"""Right after a % figure: a price or volume word with its change noun ("on a 4% price increase", "a 3% volume
decline", "4% higher pricing"): the figure is that change, not growth of a metric named earlier in the clause."""
_PRICE_HEADS_FIGURE = Sifted(re.compile(
    r"(?<![A-Za-z])(?:price|prices|pricing|mix|(?<!constant\s)(?<!local\s)(?<!fixed\s)(?<!neutral\s)(?:foreign\s+)?currency|foreign\s+exchange|FX)(?:\s*/\s*mix|\s+and\s+mix)?\s+(?:"
    r"(?:increases?|gains?|growth)\s+(?:of|was|were)"
    r"|of"  # "driven by volume growth of 3% and price of 2%"
    r"|(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?"
    r"(?:up|down|higher|lower|increased|decreased|rose|fell|grew|improved|declined|gained|contributed|added)"
    r"|(?P<be>was|were|is|are))"
    r"(?:\s+(?:by|nearly|almost|about|approximately|roughly|around|over|more\s+than|just\s+over|another|an?\s+additional)){0,2}\s*$",
    re.IGNORECASE,
))
"""Right before a % figure: a price word (or another part of a growth bridge: mix, currency) is the subject of the
figure's own verb ("with volumes up 4% and pricing up 1.4%", "Concrete pricing increased 2%", "price/mix up 3%", "price
increases of 4%", "price of 2%", "the price was 4% higher", "while mix was down 1%"). Unless the price word is part of a metric name
("average selling price increased 12.8%"), the figure is a change no metric of the lexicon names: withheld, not given
to the volumes or revenue named earlier in the clause."""
_AS_SHARE_OF_SALES = re.compile(
    r"(?<![A-Za-z])as an?\s+(?:percent(?:age)?|%|share|ratio)\s+of\s+(?:(?:net|total|segment|consolidated|property)\s+){0,2}"
    r"(?:sales|revenues?|gross\s+profit)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Around an amount metric before a % figure: the figure is its margin ("SG&A as a percentage of sales was 22.2%")."""
_AS_SHARE_OF_SALES = fast(_AS_SHARE_OF_SALES)


def unit_class(m: NumberMention) -> str:
    """Unit class of a figure for plausibility against a metric's ``units`` (metrics.yaml)."""
    if m.unit in ("%", "pp", "bps"):
        return m.unit
    if m.unit == "x":
        return "%" if m.role == "change" else "x"  # "增长三倍": a growth rate, not a multiple
    if m.unit == "count":
        return "count"
    if m.per == "share":
        return "per_share"
    if m.scale > 1 or abs(m.value) >= 1000 or (m.value_high is not None and abs(m.value_high) >= 1000):
        return "amount"
    return "price"


_TOTAL_TO_SUM = re.compile(
    r"\s+(?:(?:was|were|of|at|came in at|totaled|totalled|reached)\s+){1,2}(?:approximately\s+|about\s+)?", re.IGNORECASE
)
"""Between a total's name and a bare sum it is said to be ("distributable earnings of $0.71", "core earnings were
$1.13")."""


# --- Noun-phrase heads ----------------------------------------------------------------------------------
# A metric word inside a noun phrase only names what the figure measures when it is the phrase's head,
# its last noun: "$3.9 million in property damage" measures damage, "$575,000 in total revenue impact"
# an impact on revenue, "the revenue impact of our cancellations was $45 million" an impact, "reduce next
# year's debt service by $5.2 million" debt service. The phrase runs over words that are neither closed-
# class words (articles, prepositions, conjunctions, auxiliaries, pronouns) nor verb forms.
def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


_NP_CLOSED = _word_set(
    "a an the our its their his her my your this that these those which who whom whose what and or but nor so yet "
    "of in on at by for from to with without within into onto over under above below versus vs per as than after "
    "before during through throughout since until compared including excluding inclusive exclusive across against "
    "among between beyond like unlike via despite following toward towards upon about around approximately nearly "
    "almost roughly just only also not all each every both more less plus minus is are was were be been being has "
    "have had will would could should may might can do does did we i you they it he she there here then now today "
    "while when where if whereas up down last next prior same previous current year-ago respectively "
    "sequentially way well ahead again still even further already alone either rose grew fell came lost went stood saw made took got gave held hit kept led drove rise rises grow "
    "grows fall falls increases decreases declines improves remains totals reaches stands comes represents reflects "
    "includes excludes compares contributes continues accounts"
)
"""Words that end a noun phrase: closed-class words and the verb forms a metric's clause goes on with."""
_NP_OTHER_HEADS = _word_set(
    "impact impacts effect effects damage damages savings synergies headwind headwinds tailwind tailwinds benefit "
    "benefits cost costs service extinguishment repayment repayments paydown paydowns refinancing issuance "
    "maturities redemption redemptions mix penetration opportunity opportunities accretion dilution drag "
    "shortfall charge charges divestiture divestitures proceeds outflows extinguishment amortization inducement "
    "inducements currency currencies exchange translation productivity"
)
"""Heads of a noun phrase that are no metric, whatever metric word modifies them: an effect on a metric ("revenue
impact", "property damage"), a cost or saving, a transaction on a balance ("debt repayments", "debt service"),
a composition ("revenue mix"), a deferred item written off over time ("sales inducement amortization"), a
currency effect ("$2.3 million of unfavorable foreign currency"), a yield of a resource ("workforce productivity")."""
_NP_PERIOD_HEAD = re.compile(
    r"(?:quarters?|half|halves|years?|months?|weeks?|days?|periods?|ytd|fy\d*|q[1-4]|h[12]|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)$",
    re.IGNORECASE,
)
_NP_WORD = re.compile(r"[ \t]*([A-Za-z][A-Za-z&'’-]*)(?![\w$%])")
_NP_LEAD = re.compile(r"\s+(?:(?P<prep>in|of)\s+)?(?:(?:the|our|its|their)\s+)?", re.IGNORECASE)
_NP_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:a|an|the)\s+$", re.IGNORECASE)


def _verb_form(word: str, first: bool) -> bool:
    """Whether a word after a noun cannot be a noun of its phrase: a closed-class word, an -ly adverb, a
    postpositive "-able" adjective, or an -ed/-ing form that does not open the phrase ("unexpected costs",
    "operating cash flow" open with one)."""
    w = word.lower()
    if w in _NP_CLOSED or w.endswith("ly") or w.endswith(("able", "ible")):
        return True
    return not first and w.endswith(("ed", "ing")) and not w.endswith("eed") and w not in _NP_ING_NOUNS


_NP_LEADING_ADJECTIVES = _word_set("favorable unfavorable favourable unfavourable")
"""-able words that open a noun phrase as its adjective, not after a noun as a postpositive one."""
_NP_ING_NOUNS = _word_set("financing refinancing spending funding pricing earnings offering offerings")


def _np_words(text: str, pos: int, hi: int, opened: bool = False, verbs: bool = True) -> list[tuple[int, int]]:
    """Spans of the words of the noun phrase that starts at ``pos`` (or goes on there when ``opened``), up to
    ``hi``; ``verbs``: -ed/-ing words end it unless they open it (else only closed-class words do)."""
    words: list[tuple[int, int]] = []
    while pos < hi and len(words) < 5:
        w = _NP_WORD.match(text, pos, hi)
        if w is None:
            break
        if not words and not opened and w.group(1).lower() in _NP_LEADING_ADJECTIVES:
            words.append((w.start(1), w.end(1)))  # "$2.3 million of unfavorable foreign currency"
            pos = w.end()
            continue
        if _verb_form(w.group(1), (not words and not opened) or not verbs):
            break
        words.append((w.start(1), w.end(1)))
        pos = w.end()
    return words


def _other_head(text: str, m_start: int, m_end: int, hi: int, hits: list[_Hit]) -> bool:
    """Whether a figure is the size of a noun phrase whose head is no metric: after "in"/"of" ("$3.9 million
    in property damage", "$575,000 in total revenue impact") or, for a figure an article leads, right after it
    ("a $5.2 million annual savings"); a head inside a metric's name is that metric ("$8 million of cost
    savings")."""
    lead = _NP_LEAD.match(text, m_end, hi)
    if lead is None or (lead.group("prep") is None and not _NP_ARTICLE_BEFORE.search(text, max(0, m_start - 6), m_start)):
        return False
    words = _np_words(text, lead.end(), hi, verbs=False)
    if not words or text[words[-1][0] : words[-1][1]].lower() not in _NP_OTHER_HEADS:
        return False
    head, end = words[-1]
    return not any(h.start <= head and h.end >= end for h in hits)


def _other_head_before(text: str, lo: int, m_start: int, hits: list[_Hit]) -> bool:
    """Whether the noun phrase a figure is linked to right before it ("acquisition expenses of $3.5
    million", "debt service by $5.2 million") has a head that is no metric and holds no metric word."""
    link = _LINK_BEFORE.search(text, max(lo, m_start - 24), m_start)
    if link is None:
        return False
    end = link.start()
    words = [w for w in _WORD_BEFORE.finditer(text, max(lo, end - 60), end)]
    if not words or words[-1].end() != end or words[-1].group().lower() not in _NP_OTHER_HEADS - _PREDICATE_HEADS:
        return False
    start = words[-1].start()
    for w in reversed(words[:-1]):
        if w.end() + 1 < start or _verb_form(w.group(), True):  # (an -ed or -ing word before a noun modifies it)
            break
        start = w.start()
    if _AT_A_BEFORE.search(text, max(lo, start - 12), start):
        return False  # "paid a dividend ... at a total cost of $87 million": the price of what the clause names
    head = words[-1].start()
    return not any(h.start < end and h.end > head for h in hits)  # (a metric word may modify the head)


_PREDICATE_HEADS = _word_set("benefit benefits cost costs")
"""Heads that before a figure often describe the metric the clause is about ("the provision was a net benefit
of $222 million", "at a total cost of $87 million")."""
_AT_A_BEFORE = re.compile(r"(?<![A-Za-z])at\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


_LINK_BEFORE = re.compile(r"\s+(?:of|by|totaling|totalling|was|were|of\s+approximately|of\s+about)\s+(?:approximately\s+|about\s+|roughly\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z&'’-]*")


def _modifies_noun(text: str, hit: _Hit, hi: int) -> bool:
    """Whether a metric word only modifies the noun heading its phrase ("the revenue impact", "debt service",
    "debt repayments", "debt-to-cap ratio"): that head is no metric."""
    if _TO_COMPOUND.match(text, hit.end):
        return True
    words = _np_words(text, hit.end, hi, opened=True)
    if not words or text[hit.end : words[0][0]].strip():
        return False
    return text[words[-1][0] : words[-1][1]].lower() in _NP_OTHER_HEADS - _OWN_COST_HEADS


_OWN_COST_HEADS = _word_set("cost costs")
"""Heads that after a metric word name that metric itself ("SG&A costs")."""
_RATE_NOUN = re.compile(r"(?<![A-Za-z])(?:rates?|coupons?|cost)(?![A-Za-z])", re.IGNORECASE)
"""Before a percentage: the rate an amount carries ("at a rate of 3.15%", "average coupon ... from 5.89%")."""
_TO_COMPOUND = re.compile(r"-to-[A-Za-z]")
"""Right after a metric word: a ratio compound ("debt-to-capital ratio") that only starts with it."""


def fits(metric: Metric, m: NumberMention) -> bool:
    """Whether figure ``m`` can measure ``metric``: its unit class is one the metric allows.

    A scaled count ("3800亿") is an amount of money for a monetary metric.
    """
    cls = unit_class(m)
    if metric.fits(cls):
        return True
    return (
        cls == "count"
        and metric.monetary
        and m.counter is None
        and (m.scale > 1 or m.qualitative)
        and metric.fits("amount")
    )


@cache
def _exclusion() -> re.Pattern[str]:
    """Regex for words that exclude part of a metric ("不包括", "excluding")."""
    return lm.word_regex("exclusion_markers")


@cache
def _guidance() -> re.Pattern[str]:
    """Regex for words that make a figure a forecast (group ``g``); phrases that only compare with
    expectations ("超出预期", "ahead of expectations") match first, outside the group."""
    not_markers = lm.word_regex("guidance_not_markers").pattern
    markers = lm.word_regex("guidance_markers").pattern
    return re.compile(f"(?:{not_markers})|(?P<g>{markers})", re.IGNORECASE)


@cache
def _guidance_on_lower() -> re.Pattern[str] | None:
    """``_guidance()`` for lower-cased ASCII text: the same matches, found faster (None where not)."""
    fast = lowered(_guidance())
    return anchored(fast) if fast is not None else None


_last_lowered: tuple[str, str | None] = ("", "")


def _ascii_lowered(text: str) -> str | None:
    """``text`` lower-cased when it is ASCII, else None; kept for the last text (a paragraph is
    searched once for itself and again for each of its figures)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() else None
    _last_lowered = (text, low)
    return low


@cache
def _guidance_led() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For lower-cased ASCII text: a forecast word with the character before it taken into the match, and one
    at the text's start (None where they cannot be made): a search of the first skips from word start to word
    start, where ``_guidance_on_lower`` tries every position, so most windows, which hold no forecast word, are
    answered at once."""
    words = lm.word_matcher("guidance_markers")
    led, at_start = words.after_boundary, words.on_ascii
    return None if led is None or at_start is None else (led, at_start)


def _guidance_marks(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """Forecast words in ``text[lo:hi]``."""
    pattern = anchored(_guidance())
    fast = _guidance_on_lower()
    low = _ascii_lowered(text) if fast is not None else None
    if low is not None:
        led = _guidance_led()
        end = len(low) if hi is None else hi
        if (
            led is not None
            and led[0].search(low, lo - 1 if lo > 0 else 0, end) is None
            and (lo > 0 or led[1].match(low, 0, end) is None)
        ):
            return  # no forecast word starts after a non-word character in the window, nor at the text's start
        pattern, text = fast, low  # type: ignore[assignment]
    for m in pattern.finditer(text, lo, len(text) if hi is None else hi):
        if m.group("g") is not None:
            yield m


class _Mentions(list[NumberMention]):
    """A paragraph's figures in text order, with constant-time lookups: a paragraph packed with
    figures (a results table flattened to one line) would otherwise pay a scan of all its figures
    for each figure. Built once per paragraph and never changed afterwards."""

    def __init__(self, items: Iterable[NumberMention]) -> None:
        super().__init__(items)
        self._at: dict[NumberMention, int] = {}
        for i, x in enumerate(self):
            self._at.setdefault(x, i)  # the first equal one, as ``list.index`` answers
        self._starts = [x.start for x in self]
        self._in_order = all(a <= b for a, b in itertools.pairwise(self._starts))

    def index(self, m: NumberMention, start: SupportsIndex = 0, stop: SupportsIndex = sys.maxsize) -> int:
        """The position of ``m``, as ``list.index`` gives it."""
        i = self._at.get(m) if start == 0 and stop == sys.maxsize else None
        return super().index(m, start, stop) if i is None else i

    def after(self, pos: int, n: int) -> list[NumberMention]:
        """The first ``n`` figures that start after offset ``pos``, in list order."""
        if not self._in_order:
            return [x for x in self if x.start > pos][:n]
        k = bisect.bisect_right(self._starts, pos)
        return self[k : k + n]


def _uncovered(mentions: Sequence[NumberMention], names: Sequence[_Hit]) -> _Mentions:
    """The figures no name overlaps (see ``_covers``). Only names starting within the longest
    name's length before a figure can overlap it, so each figure checks a few names, not all."""
    hits = sorted(names, key=lambda h: h.start)
    starts = [h.start for h in hits]
    longest = max((h.end - h.start for h in hits), default=0)
    kept: list[NumberMention] = []
    for m in mentions:
        lo = bisect.bisect_right(starts, m.start - longest)
        hi = bisect.bisect_left(starts, m.end)
        if not any(_covers(h, m) for h in hits[lo:hi]):
            kept.append(m)
    return _Mentions(kept)


def _covers(hit: _Hit, m: NumberMention) -> bool:
    """Whether a name found in the text overlaps a figure (the figure is then part of the name); a
    name inside a range, between its ends, does not ("$3.65 per share to $3.85 per share")."""
    inside = m.value_high is not None and m.start < hit.start and hit.end < m.end
    return hit.start < m.end and m.start < hit.end and not inside


_DASH = re.compile(r"\s*(?:[—–|]|-{1,2})\s*")
"""A dash between a name and what a heading line gives after it (a title, a firm)."""
_TITLE_PART = re.compile(r"(?:(?!\s-{1,2}\s)[^.:;,—–|]){1,90}")
"""The words of one part after a dash, up to the next stop."""
_TITLE_WORD = re.compile(r"[A-Z][A-Za-z&'’.-]*|of|and|for|the|&")
"""A word a job title or a firm's name is written with ("Executive Vice President and Chief Financial Officer")."""


def _titled_person(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a person's, given with a job title after a dash ("Jane Doe - Chief
    Financial Officer", "Jane Doe - Larkfield Industries - CFO"): a person is never the subject of a figure."""
    at = end
    for _ in range(2):  # the title, or the firm and then the title
        dash = _DASH.match(text, at)
        part = _TITLE_PART.match(text, dash.end()) if dash is not None else None
        if part is None:
            return False
        words = part.group().split()
        if not words or not all(_TITLE_WORD.fullmatch(w) for w in words):
            return False  # "McDonald's – Shares of the chain gained 3%": an item of a round-up, no title
        job = words[1] if words[0] in _TITLE_QUALIFIERS and len(words) > 1 else words[0]
        if transcript_vocab().job_title.fullmatch(job) is not None:
            return True
        at = min((i for i in (text.find(c, part.end(), part.end() + 40) for c in "-—–|") if i >= 0), default=-1)
        if at < 0:
            return False
    return False


_TITLE_QUALIFIERS = frozenset({"Senior", "Executive", "Group", "Deputy", "Interim", "Acting", "Global", "Corporate"})
"""Words a title may open with before its job word ("Senior Vice President", "Interim Chief Financial Officer")."""


class _Paragraph:
    """One paragraph under analysis: its lexicon hits, sentences, clauses and periods."""

    def __init__(self, text: str, state: _DocState) -> None:
        self.text = text
        self.us_filer = state.us_filer
        self.phrase_metric: dict[int, int] = {}
        """Start of a business-line name (``add_phrase_subjects``) -> start of the metric it names."""
        self.item_head: str | None = None
        """The name heading the paragraph as an item of a round-up (``_add_item_head``)."""
        self.clause_heads: set[int] = set()
        """Starts of proper names heading their clause as the subject of its verb (``add_phrase_subjects``)."""
        self.glosses: list[tuple[int, int]] = []
        """Brackets after a metric that say what it includes (set with ``metrics``)."""
        self.subjects = [_Hit(s, e, entry) for s, e, entry in state.subjects.finditer(text)]
        if not text.isascii():
            self.subjects = [
                h for h in self.subjects if h.entry.kind != "company" or not _subsidiary_head(text, h.start, h.end)  # type: ignore[attr-defined]
            ]
        self.listed_firms: list[_Hit] = []
        """Firms the paragraph names with their listing code ("华东医药(000963.SZ)")."""
        self.firms: list[_Hit] = []
        """Other firms the paragraph names (``_add_firms``), not the document's own company."""
        self.groups: list[_Hit] = []
        """Groups of firms the paragraph names by a count or a listing (``_add_groups``)."""
        if state.firms is not None:
            self._add_firms(state)
            if _GROUP_KIND_HINT.search(text):
                self._add_groups()
            if state.names and state.company:
                self._add_own_names(state)
            self._add_heading(state)
        elif state.company:
            self._add_own_units(state)
        if state.company and (text.isascii() or not phrases._CJK.search(text)):
            self._add_own_name_heads(state)
        if self.subjects and text.isascii():
            self._add_regional_units()
        if ("—" in text or "–" in text or "|" in text or " - " in text) and not phrases._CJK.search(text):
            self._add_item_head()
        if "segment" in text or "division" in text or " business" in text or " unit" in text or " arm" in text:
            known = [(h.start, h.end) for h in self.subjects if h.entry.kind == "segment"]  # type: ignore[attr-defined]
            named = [*_SEGMENT_EN.finditer(text), *(_BUSINESS_EN.finditer(text) if " business" in text else ())]
            for m in named:
                if any(s <= m.start(1) < e or m.start(1) < s < m.end(1) for s, e in known):
                    continue  # "Rest of the World segment": the lexicon's name, not "World segment"
                if m.re is _BUSINESS_EN and any(
                    w.casefold() in ls.phrase_words().en_stop for w in m.group(1).split()
                ):
                    continue  # "our Q3 business", "the Company business": no unit's name
                cut = _last_match(_NAME_SENTENCE_END, m.group(1))
                if cut is not None:
                    # "Now on to FirstService Brands. The division generated ...": a sentence ends inside
                    words = m.group(1)[cut.end() :].split()
                    words = [w for w in words if w not in _en_stop()]
                    if not words:
                        continue
                known.append((m.start(1), m.end()))
                words = m.group(1)[cut.end() if cut is not None else 0 :].split()
                for i in range(len(words) - 1, -1, -1):
                    if words[i].endswith(("'s", "’s")):
                        words = words[i + 1 :]  # "NovaSky's Industrial segment" names the segment only
                        break
                while words and words[0] in _en_stop() and not _name_opener(words):
                    words = words[1:]
                if words:
                    kind = text[m.end(1) : m.end()].split()[-1]
                    # ("the Snacks Europe unit", "its Dairy Americas arm": the kind word is no part of the name)
                    name = " ".join(words) + ("" if kind in ("unit", "arm") else " " + kind)
                    self.subjects.append(_Hit(m.start(1), m.end(), SubjectEntry(name, "segment")))
            self.subjects.sort(key=lambda h: h.start)
        if text.isascii() and ("category" in text or "project" in text):
            self._add_unit_kinds()
        self.line_hits = state.lines.hits(text) if state.lines is not None else []
        """The document's own unit names the paragraph writes (``lines``)."""
        self.own_lines: set[int] = set()
        """Starts of those that are subjects of the paragraph."""
        self.found_periods: list[PeriodMention] | None = None
        """The paragraph's periods once looked up (``_Extractor._periods_of``), for every later reader."""
        self._forecast_words: dict[tuple[int, int], bool] = {}
        """(start, end) of a stretch -> whether a forecast word stands in it (``forecast_in``)."""
        self._held: dict[tuple[object, int, int], bool] = {}
        """(pattern, start, end) of a stretch -> whether the pattern finds a match in it (``holds``)."""

    def holds(self, pattern: re.Pattern[str] | Sifted, lo: int, hi: int) -> bool:
        """Whether ``pattern`` finds a match in ``text[lo:hi]``; searched once a stretch: the rules run for each figure
        ask the same of the figure's sentence and of the metric words the paragraph's figures share."""
        key = (pattern, lo, hi)
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = pattern.search(self.text, lo, hi) is not None
        return found

    def forecast_in(self, lo: int = 0, hi: int | None = None) -> bool:
        """Whether a forecast word stands in ``text[lo:hi]`` (``_guidance_marks``); asked once a stretch: the outlook's
        rules ask it of a sentence for each period the sentence names, and of a one-sentence paragraph as a whole."""
        key = (lo, len(self.text) if hi is None else hi)
        found = self._forecast_words.get(key)
        if found is None:
            found = self._forecast_words[key] = next(_guidance_marks(self.text, *key), None) is not None
        return found

    def _add_item_head(self) -> None:
        """The name heading an item of a round-up ("McDonald's – Shares of the restaurant chain gained 3%"): the
        subject of the item's clauses that name none, read as a clause head."""
        got = phrases.en_item_head(self.text)
        if got is None:
            return
        a, b, name = got
        if _titled_person(self.text, b):
            return  # "Jane Doe - Chief Financial Officer" over a speech read without speaker labels: no subject
        known = [h for h in self.subjects if h.start < b and a < h.end]
        if known:
            if known[0].start == a and known[0].entry.kind in ("company", "phrase"):  # type: ignore[attr-defined]
                self.item_head = known[0].entry.name  # type: ignore[attr-defined]  # a firm the lexicon knows
            return
        self.subjects.insert(0, _Hit(a, b, SubjectEntry(name, "phrase")))
        self.clause_heads.add(a)
        self.item_head = name

    def _add_unit_kinds(self) -> None:
        """Parts of the business named by their kind ("Sales in the improved development category totaled $2 million"):
        subjects of their clause, unless the lexicon already names something there or the name is no name ("the
        total project")."""
        found = []
        for m in _UNIT_KINDS_EN.finditer(self.text):
            words = m.group(1).split()
            if any(w.casefold() in _NOT_UNIT_NAMES or w.casefold() in _NP_CLOSED for w in words) or any(
                h.start < m.end() and m.start(1) < h.end for h in self.subjects
            ):
                continue
            name = " ".join([*words, *m.group(2).split()])
            found.append(_Hit(m.start(1), m.end(), SubjectEntry(name, "phrase")))
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)

    def _add_document_lines(self) -> None:
        """The document's own unit names where the paragraph writes them without their kind and no other
        rule found a subject ("Manufactured housing, same property NOI increased 4.9%" in a call that speaks
        of "our manufactured housing segment"): the subject of their clause; a unit's name takes the place of the
        regions it holds ("the U.S. and Latin America traditional segment")."""
        found = []
        inside: set[int] = set()
        for a, b, name in self.line_hits:
            crossed = [h for h in self.subjects if h.start < b and a < h.end]
            if any(not (a <= h.start and h.end <= b and b - a > h.end - h.start) for h in crossed):
                continue
            if not crossed and not (
                opens_clause(self.text, self.clause_start(a), a)
                or (_SIDE_LEAD.fullmatch(self.text, self.clause_start(a), a) and _SIDE_AFTER.match(self.text, b))
                or _FOR_LINE_BEFORE.search(self.text, max(0, a - _FOR_LINE_SPAN - 12), a)
                # "our best estimate is that restoration will show about 20% revenue growth": the subject of a verb
                or (
                    phrases._head_verb(self.text, b) is not None
                    and not _SOME_LINE_BEFORE.search(self.text, max(0, a - 12), a)
                )
            ):
                continue  # "driven by strength in RV": named in passing, no subject
            found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
            inside.update(id(h) for h in crossed)  # "the U.S. and Latin America traditional segment": one unit's name
            self.own_lines.add(a)
        if found:
            kept = [h for h in self.subjects if id(h) not in inside]
            self.subjects = sorted([*kept, *found], key=lambda h: h.start)

    def _add_regional_units(self) -> None:
        """A region's name followed by a capitalised word inside a sentence names a unit of that region
        ("North America Commercial net premiums written grew 15%"), not the region."""
        regions = _region_names()
        for i in reversed(range(len(self.subjects))):
            h = self.subjects[i]
            if h.entry.name not in regions:  # type: ignore[attr-defined]
                continue
            unit = _UNIT_IN_REGION_BEFORE.search(self.text, max(0, h.start - 40), h.start)
            if unit is not None and (unit.group("w") is None or _unit_word(unit.group("w"))):
                del self.subjects[i]  # "the Manpower brand in the U.S.", "Talent Solutions in the U.S.": the unit's
            elif self.text[h.end - 1] == "." and (opener := _WORD_AFTER.match(self.text, h.end)) and opener.group(1) in _en_stop():
                del self.subjects[i]  # "Vacancy stays low across the U.K. Our logistics portfolio ...": its sentence ended
        for i, h in enumerate(self.subjects):
            if h.entry.name not in regions:  # type: ignore[attr-defined]
                continue
            end = h.end
            while (word := _UNIT_WORD_AFTER.match(self.text, end)) is not None and _unit_word(word.group(1)):
                end = word.end(1)  # "Americas Capital Markets": every word of the unit's name
            if end > h.end and self.text[h.end - 1] == "." and not _UNIT_NOUN_AFTER.match(self.text, end):
                end = h.end  # "... located outside the U.S. Development activity continues": the stop ends a sentence
            start = h.start
            named = _UNIT_WORD_BEFORE.search(self.text, max(0, h.start - 30), h.start)
            if named is not None and _unit_word(named.group("w")) and named.group("w").casefold() not in ls.phrase_words().en_stop:
                start = named.start("w")  # "Experis U.S. revenues grew 17%": a brand's business in that country
            if (start, end) != (h.start, h.end):
                self.subjects[i] = _Hit(start, end, SubjectEntry(self.text[start:end], "segment"))
        for i, h in enumerate(self.subjects):
            if h.entry.name not in regions:  # type: ignore[attr-defined]
                continue
            after = _SLASH_NAME_AFTER.match(self.text, h.end)
            before = _last_match(_SLASH_NAME_BEFORE, self.text[max(0, h.start - 40) : h.start])
            start = h.start
            prefix = _REGION_PREFIX_BEFORE.search(self.text, max(0, h.start - 8), h.start) or _REGION_OUTSIDE_BEFORE.search(
                self.text, max(0, h.start - 20), h.start
            )
            if prefix is not None:
                start = prefix.start()  # "intra-Europe volumes", "non-U.S. sales": not Europe's own
                wider = [x for x in self.subjects if x.entry.name in regions and x.end < start and not self.text[x.end : start].strip()]  # type: ignore[attr-defined]
                if wider and prefix.group().lower().startswith("outside"):
                    start = wider[-1].start  # "the Americas outside the U.S.": the rest of that region
                    start += 4 if self.text[start : start + 4].lower() == "the " else 0
            elif before is not None:
                words = before.group().split()
                start -= len(" ".join(words[1:] if words[0] in _en_stop() else words))  # not "In Europe/Africa"
            end = after.end() if after is not None else h.end
            if (start, end) != (h.start, h.end):  # "the Middle East/Asia region": one region named by both
                self.subjects[i] = _Hit(start, end, SubjectEntry(self.text[start:end], h.entry.kind))  # type: ignore[attr-defined]

    def _add_own_units(self, state: _DocState) -> None:
        """Units named by the company's name and a capitalised word ("Aflac Japan's pretax margin", "AIG Re,
        which oversees our reinsurance"): a segment, not the company."""
        names = tuple(n for n in (state.company, *state.names) if n and n in self.text)
        if not names:
            return
        own = {n.casefold() for n in (state.company, *state.names) if n}
        found = []
        regions = _region_names()
        for u in _own_unit_pattern(names).finditer(self.text):
            overlaps = [h for h in self.subjects if h.start < u.end() and u.start() < h.end]
            if any(h.entry.name not in regions or h.start < u.start() for h in overlaps):  # type: ignore[attr-defined]
                continue
            word = u.group("w")
            if overlaps and (word is None or word in _NOT_UNIT_WORDS or word in _en_stop()):
                continue
            # ("NovaSky Japan's pretax margin": the unit, whose name holds a country's)
            self.subjects = [h for h in self.subjects if h not in overlaps]
            if word is None:
                found.append(_Hit(u.start(), u.end(), SubjectEntry("", "reference")))  # "NovaSky's revenue"
            elif word in _NOT_UNIT_WORDS and self.text[u.end() : u.end() + 1] in ("'", "’"):
                found.append(_Hit(u.start(), u.end(), SubjectEntry("", "reference")))  # "FLIR Systems' backlog"
            elif not (word in _NOT_UNIT_WORDS or word in _en_stop() or u.group().casefold() in own):
                found.append(_Hit(u.start(), u.end(), SubjectEntry(u.group(), "segment")))
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)

    def _add_own_names(self, state: _DocState) -> None:
        """The document's own company where the text writes one of its names that no lexicon lists
        ("云帆科技表现亮眼，净利润为8.9亿元" after a rival's figure): the subject of its clause."""
        found = []
        for name in state.names:
            if len(name) < 2 or not phrases._CJK.match(name):
                continue
            at = self.text.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(h.start < end and at < h.end for h in self.subjects) and not _subsidiary_head(self.text, at, end):
                    found.append(_Hit(at, end, SubjectEntry(state.company or name, "phrase")))
                at = self.text.find(name, end)
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)

    def _add_own_name_heads(self, state: _DocState) -> None:
        """The document's own company where an English clause opens with one of its names as the subject of a
        verb of results ("As a result, Five Point recognized $12 million in management fee revenues"): the
        figures of that clause are the company's, not those of the segment the talk was on."""
        found = []
        for name in {n for n in (state.company, *state.names) if n}:
            if len(name) < 3 or not name.isascii():
                continue
            if name not in self.text:
                continue
            for m in re.finditer(re.escape(name), self.text):
                if (
                    _OWN_NAME_VERB_AFTER.match(self.text, m.end())
                    and not self.text[max(0, m.start() - 1) : m.start()].isalnum()
                    and not any(h.start < m.end() and m.start() < h.end for h in self.subjects)
                ):
                    found.append(_Hit(m.start(), m.end(), SubjectEntry(state.company or name, "company")))
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)

    def _add_heading(self, state: _DocState) -> None:
        """A Chinese paragraph headed by a short name and a colon ("白酒:加速探底……营收786.9亿元"): what its
        figures are about, unless a clause names another subject; a topic heading ("核心观点:") names none."""
        m = _ZH_HEADING.match(self.text)
        if m is None or any(h.start < m.end() for h in self.subjects):
            return
        name = m.group("name")
        if name in state.speakers or any(len(s) >= 2 and name.endswith(s) for s in state.speakers):
            return  # "周衡：第三季度我们单季收入…", "财务总监宋佳：…": who speaks, not what the figures are about
        words = ls.phrase_words()
        if (
            name in words.generic
            or name.endswith(words.zh_topic_end)
            or name.startswith(words.zh_prefix)
            or _TIME_IN_NAME.search(name)
            or any(a == 0 for a, _b, x in lm.metric_matcher().finditer(name) if x is not None)
        ):
            return
        self.subjects.insert(0, _Hit(m.start("name"), m.end("name"), SubjectEntry(name, "segment")))

    def _add_firms(self, state: _DocState) -> None:
        """Firms no lexicon lists, named by their kind of firm ("兴业银行(1612.34亿元)", "浦发银行净利润"):
        the subject of their clause; the document's own company when it is one of its names."""
        assert state.firms is not None
        words = ls.phrase_words()
        found = []
        inside: list[_Hit] = []
        glosses = self.glosses if self.metrics else []
        for m in state.firms.finditer(self.text):
            name = m.group("name")
            begin = m.start("name")
            if begin > 0 and self.text[begin - 1].isdigit():
                continue  # "5亿元的汽车…", "3家银行": a number's unit opens no firm's name
            lead = _FIRM_LEAD.match(name)
            if lead is not None and len(name) - lead.end() >= 2:
                name, begin = name[lead.end() :], begin + lead.end()  # "同期海天电器(000456.SZ)…": the firm after
            if name.startswith(words.zh_org_not_start) or _inside(glosses, m.start("name")):
                continue  # (what a metric's bracket includes names no firm: "（包括有限制银行存款）")
            if name in words.generic or name.startswith(words.zh_prefix) or _TIME_IN_NAME.search(name):
                continue  # "今年前三季度", "公司第三季度": no firm's name
            if name.endswith(words.zh_topic_end):
                continue  # "财务表现 - 2024年营收…": a digest's topic, no firm
            if _COUNTED_FIRMS.search(name):
                continue  # "在四家金控中": a counted group of firms, no firm
            if name.endswith(words.zh_not_end) or phrases.verb_before_self(name):
                continue  # "更双双创下单季新高", "创集团上半年度": a verb before a period or the company, no firm
            if any(len(w) > 1 and w in name for w in words.zh_cut):
                continue  # "至于第三季度", "再加上1月": a framing word, no firm
            if name.endswith(_COMPARED_END):
                continue  # "存货较第二季度末增长": the thing compared with a period, no firm
            end = m.end()
            if name.endswith(_NOT_FIRM_END):
                name, end = name[:-1], end - 1  # "嘉里物流在第四季度…": the particle after the name
                if len(name) < 2 or name in words.generic or name.endswith(_NOT_FIRM_END):
                    continue  # (… "新车型将于12月上市": an adverb before the particle, no firm)
            # (a name the cue before it holds is no part of it: "同为苹果供应商的立昌电子")
            lo = m.start("name") if self.text.startswith(_FELLOW_CUE, m.start()) else m.start()
            over = [h for h in self.subjects if h.start < m.end() and lo < h.end]
            if any(h.entry.kind != "reference" or h.start < m.start("name") or h.end > m.end() for h in over):  # type: ignore[attr-defined]
                continue  # a name the lexicon knows; but "集团" inside "上汽集团" is no reference to the company
            inside += over
            if name.startswith("股") and self.text[begin - 1 : begin] in ("A", "B", "H"):
                name, begin = name[1:], begin + 1  # "A股上市险企前三季度": the market is no part of the name
                if len(name) < 2:
                    continue
            code = _LISTING_CODE_AFTER.match(self.text, end)
            own_code = code is not None and code.group().lstrip(" (（").removeprefix("股票代码").lstrip(":： ") in state.names
            # "探针卡厂晶测(6777)": a descriptor before the name written with the document's own code, the company
            own = state.company if name in state.names or own_code else None
            hit = _Hit(begin, end, SubjectEntry(own or name, "phrase"))
            found.append(hit)
            if own is None:
                self.firms.append(hit)
            if own is None and self.text.endswith(_PEER_CUES, max(0, begin - 5), begin) and len(name) >= 3:
                # "同行徐岳机械毛利率有所下滑" in a question, then "徐岳机械2025年毛利率降至18.6%" in the answer: that peer
                state.aliased.add(name)
            if own is None and _LISTING_CODE_AFTER.match(self.text, end):
                self.listed_firms.append(hit)
                state.listed.setdefault(_FIRM_KIND_END.sub("", name), name)
        if state.company is None:
            # a story of several firms: each introduced by its legal name ("苏州启衡生物科技股份有限公司（简称“启衡生物”）")
            # is the subject of its clauses, and its short name stands for it after
            for m in _LEGAL_NAME.finditer(self.text):
                full, short = m.group("full"), m.group("short")
                a, b = m.start("full"), m.end("full")
                over = [h for h in [*self.subjects, *found] if h.start < b and a < h.end]
                if any(h.entry.kind != "reference" or h.start < a or h.end > b for h in over):  # type: ignore[attr-defined]
                    continue  # a name the lexicon knows; but "公司" inside "…股份有限公司" is no reference to the company
                inside += over
                hit = _Hit(a, b, SubjectEntry(full, "phrase"))
                found.append(hit)
                self.firms.append(hit)
                if short is not None and short not in _BARE_FIRM_REFERENCES and not short.startswith("本"):
                    state.listed.setdefault(short, full)
        if state.company is not None:
            # a firm a filing or a story about the company introduces by its legal name and a short name: that firm
            for m in _SHORT_NAME_OF_FIRM.finditer(self.text):
                short = m.group("short")
                if short not in state.names and short not in _BARE_FIRM_REFERENCES and not short.startswith("本"):
                    state.aliased.add(short)
        for short in state.aliased:
            at = self.text.find(short)
            while at >= 0:
                end = at + len(short)
                if not any(h.start < end and at < h.end for h in [*self.subjects, *found]):
                    hit = _Hit(at, end, SubjectEntry(short, "phrase"))
                    found.append(hit)
                    self.firms.append(hit)
                at = self.text.find(short, end)
        for short, name in state.listed.items():
            if len(short) < 2 or short == name:
                continue
            at = self.text.find(short)
            while at >= 0:
                end = at + len(short)
                if not self.text.startswith(name, at) and not any(
                    h.start < end and at < h.end for h in [*self.subjects, *found]
                ):
                    hit = _Hit(at, end, SubjectEntry(name, "phrase"))
                    found.append(hit)
                    self.firms.append(hit)  # "聯嘉第3季營收" after "聯嘉投控（3717）": the same firm
                at = self.text.find(short, end)
        if found:
            kept = [h for h in self.subjects if h not in inside]
            self.subjects = sorted([*kept, *found], key=lambda h: h.start)

    def _add_groups(self) -> None:
        """Groups of firms named by a count or a listing ("13家金控前三季税后纯益", "非上市寿险公司总投资收益率"):
        the subject of their clause, a group and never the document's own company."""
        found: list[_Hit] = []
        inside: list[_Hit] = []
        for m in _group_pattern().finditer(self.text):
            if _GROUP_FRAME_AFTER.match(self.text, m.end()):
                continue
            over = [h for h in self.subjects if h.start < m.end() and m.start() < h.end]
            if any(h.entry.kind != "reference" or h.start < m.start() or h.end > m.end() for h in over):  # type: ignore[attr-defined]
                continue  # a name the lexicon knows ("A股上市公司"); but "公司" inside "上市公司" is no reference
            inside += over
            name = m.group("name")
            found.append(_Hit(m.start(), m.end(), SubjectEntry("industry" if name == "全行业" else name, "phrase")))
        self.groups = found
        if found:
            kept = [h for h in self.subjects if h not in inside]
            self.subjects = sorted([*kept, *found], key=lambda h: h.start)

    @computed
    def metrics(self) -> list[_Hit]:
        """Metric words of the paragraph (computed only for paragraphs with figures)."""
        hits = [_Hit(s, e, entry) for s, e, entry in lm.metric_matcher().finditer(self.text)]
        if self.us_filer and _NET_REVENUES_ZH in self.text:
            hits = [_net_revenues(self.text, h) for h in hits]
        if not self.text.isascii() and ("含" in self.text or "包括" in self.text or "除以" in self.text or "/" in self.text):
            # what a bracket after a metric includes is part of that metric, no metric of its own
            self.glosses = [g.span() for g in _ZH_GLOSS.finditer(self.text) if any(h.end == g.start() for h in hits)]
            hits = [h for h in hits if not _inside(self.glosses, h.start)]
        if not self.text.isascii() and ("/" in self.text or "、" in self.text):
            hits = _with_slash_items(self.text, hits)
        if not self.text.isascii():
            hits = _zh_metric_words(self.text, hits)
        if ("—" in self.text or "–" in self.text) and not _CJK.search(self.text):
            hits = _without_dash_gloss(self.text, hits)
        if "leased" in self.text or "occupied" in self.text:
            hits = _without_loose_states(self.text, hits)
        if self.text.isascii():
            hits = _without_name_tails(self.text, hits)
        if self.text.isascii() and _context_pattern(lm.context_words()).search(self.text):
            hits = _with_context_hits(self.text, hits)
        return hits

    def _segment_as_topic(self, a: int, b: int) -> None:
        """A segment named where a sentence turns the talk to it ("Let's start on page 9 with our Southern Timber
        segment.") is the topic of the sentences that follow, as a business line introduced so is."""
        self.subjects = [
            _Hit(x.start, x.end, SubjectEntry(x.entry.name, "topic"))  # type: ignore[attr-defined]
            if x.entry.kind == "segment" and a <= x.start and x.end <= b  # type: ignore[attr-defined]
            else x
            for x in self.subjects
        ]

    def _without_apposition_references(self, at: int, hi: int, found: list[_Hit]) -> list[_Hit]:
        """Drop the references to the company in a topic's apposition ("酱油业务作为公司绝对支柱，…"): the company
        the line is a part of is no subject of the line's figures. Returns ``found`` less those too."""
        stop = _ZH_CLAUSE_STOP.search(self.text, at, hi)
        end = stop.start() if stop else hi

        def inside(x: _Hit) -> bool:
            return at <= x.start < end and x.entry.kind == "reference"  # type: ignore[attr-defined]

        self.subjects = [x for x in self.subjects if not inside(x)]
        return [x for x in found if not inside(x)]

    def add_topics(self, english: bool) -> None:
        """Business lines the paragraph's sentences introduce as their topic (see ``add_phrase_subjects``)."""
        found: list[_Hit] = []
        for s0, e0 in self.sentences:
            if english:
                got = phrases.en_topic(self.text[s0:e0])
                topics = [(s0 + got[0], s0 + got[0] + len(got[1]), got[1])] if got else []
            else:
                topics = phrases.zh_topic(self.text, s0, e0)
            for a, b, name in topics:
                if name in _BYLINE_LABELS:
                    continue  # "联系人：钟思远": a byline's label, no topic
                if english:
                    self._segment_as_topic(a, b)
                if not english and self.text.startswith("作为", b):
                    found = self._without_apposition_references(b, e0, found)
                if not any(x.start < b and a < x.end for x in [*self.subjects, *found]):
                    found.append(_Hit(a, b, SubjectEntry(name, "topic")))
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)
        if self.line_hits:
            self._add_document_lines()

    def add_phrase_subjects(
        self,
        english: bool,
        company: str | None,
        figures: Sequence[NumberMention] = (),
        units: Sequence[str] = (),
        names: Sequence[str] = (),
        trades: Sequence[str] = (),
    ) -> None:
        """Subjects no lexicon lists, named right before a metric ("增值服务业务收入", "domestic card
        revenue") or opening a sentence as its topic ("智能手机业务，..."): added as segment hits.
        ``units``: the units the call has gone through, which a possessive names ("Lifestyle's adjusted
        EBITDA" after "starting the Global Lifestyle"); ``names``: the company's other names."""
        self.subjects = [
            x for x in self.subjects if not any(h.start <= x.start and x.end <= h.end for h in self.metrics)
        ]
        found: list[_Hit] = []
        whole: list[tuple[int, int, int]] = []  # words naming the whole company before a metric, and its start
        if english and units:
            for h in self.metrics:
                owner = _POSSESSIVE_BEFORE.search(self.text, max(0, h.start - 80), h.start)
                if owner is None:
                    continue
                owned = [u for u in units if _same_line(owner.group("name"), u)]
                if owned and not any(x.start < owner.end("name") and owner.start("name") < x.end for x in self.subjects):
                    found.append(_Hit(owner.start("name"), owner.end("name"), SubjectEntry(owned[-1], "phrase")))
        if english and ("'s " in self.text or "’s " in self.text):
            for h in self.metrics:
                owner = _POSSESSIVE_BEFORE.search(self.text, max(0, h.start - 80), h.start)
                if owner is None or not _ARTICLE_OR_OUR_BEFORE.search(self.text, max(0, owner.start() - 6), owner.start()):
                    continue
                a, b, name = owner.start("name"), owner.end("name"), owner.group("name")
                if any(x.start < b and a < x.end for x in [*self.subjects, *found]) or _own_name(name, company, names):
                    continue
                if name.casefold() in ls.phrase_words().en_stop or name.casefold() in ls.phrase_words().en_not_heads:
                    continue
                # "while the Boxer's EBITDA of just under $750,000 was ...": the owner named before the metric
                found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
                self.phrase_metric[a] = h.start
        if english and any(w in self.text for w in (" at ", " from ", " in ", " on ", " across ", " within ")):
            for h in self.metrics:
                after = _NAME_AFTER_METRIC.match(self.text, h.end) or _OWN_UNIT_AFTER_METRIC.match(self.text, h.end)
                if after is None:
                    continue
                if after.re is _OWN_UNIT_AFTER_METRIC and after.group("name").split()[0].casefold() in ls.whole_book_words():
                    continue  # "occupancy across our entire portfolio", "yield on our loan portfolio": the whole book
                a, b, name = after.start("name"), after.end("name"), after.group("name")
                if any(x.start < b and a < x.end for x in [*self.subjects, *found]) or _own_name(name, company, names):
                    continue
                pw = ls.phrase_words()
                if any(w.casefold() in pw.en_stop or w.casefold() in phrases._MONTH_WORDS for w in name.split()):
                    continue  # "revenue in Q3 was", "EBITDA in October was": a time, no unit
                if phrases._names_metric(name):
                    continue
                # "Total invested capital at CEV this quarter was $23 million": the unit that earned the metric
                found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
                self.phrase_metric[a] = h.start
        for h in self.metrics:
            if english and h.entry.weak and h.entry.scope != "company":  # type: ignore[attr-defined]
                lo = self.clause_start(h.start)
                mine = [r for r in self.line_hits if lo <= r[0] and r[1] <= h.start and h.start - r[1] <= 3]
                if mine and not self.text[mine[-1][1] : h.start].strip():
                    # "We saw chicken volumes grow 3.6%" in a call about "our chicken segment": the line's volumes
                    found.append(_Hit(mine[-1][0], mine[-1][1], SubjectEntry(mine[-1][2], "phrase")))
                    self.own_lines.add(mine[-1][0])
            if (english and h.entry.weak) or h.entry.kind in ("market", "macro"):  # type: ignore[attr-defined]
                continue  # "to stay invested": a verb, no business line; a share price is the company's
            lo = self.clause_start(h.start)
            before = [
                x for x in self.subjects if lo <= x.start and x.end <= h.start + 1 and h.start - x.end <= 3
            ]
            if (
                before
                and not english
                and self.text[before[-1].start : before[-1].end] in ("集团", "群")
                and _BUSINESS_GROUP_BEFORE.search(self.text, max(lo, before[-1].start - 4), before[-1].start)
            ):
                # "智能设备业务集团的收入": a business group's name ends in 集团, which names no company here
                self.subjects = [x for x in self.subjects if x is not before[-1]]
                before = []
            if before:
                named = before[-1]
                extra = self.text[named.end : h.start]
                if (
                    not english
                    and named.entry.kind == "company"  # type: ignore[attr-defined]
                    and 1 <= len(extra) <= 3
                    and phrases._CJK.fullmatch(extra[:1])
                    and "的" not in extra
                    and not phrases._ZH_PERIOD.match(extra)
                    # "联发科累计合并营收": a scope word between the company and its metric names no product
                    and extra not in ls.phrase_words().zh_suffix
                    and extra not in ls.phrase_words().zh_prefix
                ):
                    # "腾讯云收入": a company's product the lexicon does not list
                    name = self.text[named.start : h.start]
                    found.append(_Hit(named.start, h.start, SubjectEntry(name, "phrase")))
                elif not english and named.entry.kind == "reference" and 2 <= len(extra) <= 3:  # type: ignore[attr-defined]
                    got = phrases.zh_phrase_before(self.text, h.start, named.end)
                    if (
                        got is not None
                        and got[0] == named.end
                        and not (company and _trade_of(got[1], company, names))
                        and got[1] not in trades
                    ):
                        # "公司境内收入49.4亿元": the part of the company the words before the metric name
                        found.append(_Hit(got[0], got[0] + len(got[1]), SubjectEntry(got[1], "phrase")))
                        self.phrase_metric[got[0]] = h.start
                continue  # a lexicon subject names it ("阿里云收入")
            mine = [r for r in self.line_hits if lo <= r[0] and r[1] <= h.start and h.start - r[1] <= 3]
            if mine and not self.text[mine[-1][1] : h.start].strip():
                # "Same Property manufactured housing and RV NOI": the document's own unit, whole
                found.append(_Hit(mine[-1][0], mine[-1][1], SubjectEntry(mine[-1][2], "phrase")))
                self.own_lines.add(mine[-1][0])
                continue
            inside = [r for r in self.line_hits if r[0] < h.start and h.end <= r[1]]
            if english and inside:
                # "PMT's correspondent production segment contributed ...": the metric word ends the name of one
                # of the document's own units, whole; no business line of a "production" metric
                found.append(_Hit(inside[-1][0], inside[-1][1], SubjectEntry(inside[-1][2], "phrase")))
                self.own_lines.add(inside[-1][0])
                continue
            finder = phrases.en_phrase_before if english else phrases.zh_phrase_before
            prev = [x for x in self.metrics if x.end <= h.start and h.start - x.end <= 1 and lo <= x.start]
            if (
                english
                and prev
                and not prev[-1].entry.weak  # type: ignore[attr-defined]
                and not (h.entry.ratio and prev[-1].entry.per_share)  # type: ignore[attr-defined]
                and self.text[prev[-1].start : prev[-1].end].casefold() not in ls.phrase_words().en_basis
            ):
                # ("cash NOI": cash is the basis the NOI is measured on, no business line)
                # ("core earnings ROE": the ratio's basis, an earnings measure, names no business line)
                # "property sales revenue", "mortgage origination revenue": the first metric word is the line
                head = finder(self.text, prev[-1].start, lo)
                start = head[0] if head else prev[-1].start
                name = self.text[start : prev[-1].end]
                name = name[:1].lower() + name[1:] if name[:1].isupper() and name[1:2].islower() else name
                found.append(_Hit(start, prev[-1].end, SubjectEntry(name, "phrase")))
                self.phrase_metric[start] = h.start
                continue
            got = finder(self.text, h.start, lo)
            if got is None:
                continue
            start, name = got
            end = start + len(name)
            if company and name.casefold() in (company.casefold(), f"{company.casefold()}'s"):
                continue
            if english and _opens_own_name(name, names):
                continue  # "Kestrel Freight revenue" of Kestrel Freight Corporation: the company's own
            if english and name.casefold() in _WORLD_WORDS:
                if _WORLD_FIGURE_AFTER.match(self.text, h.end):
                    whole.append((start, end, h.start))  # "global sales of $3.2 billion": every market's, the company's
                continue  # "Global sales of our oncology portfolio": sales in every market, no business line
            if english and name.islower() and " " not in name and self.text[h.start : h.end].lower() == "sales":
                name = f"{name} sales"  # "property sales rose 3%": the property sales business, not "property"
            if english and name.casefold() in ls.phrase_words().en_level_words:
                continue  # "property operating expenses", "hotel EBITDA margin": the company's properties
            if english and name.casefold() in ls.phrase_words().en_party_words:
                continue  # "client retention", "customer deposits": whom the company's figure counts
            if english and name.casefold() in ls.phrase_words().en_whole_words:
                whole.append((start, end, h.start))  # "portfolio RevPAR", "worldwide GDV" (see below)
                continue
            if english:
                name = _without_level_tail(name)
            if not english and company:
                own = 0 if _after_relation(self.text, start) else _own_name_prefix(name, company)
                if own:  # "小米智能手机出货量" in a Xiaomi story: the smartphone line's
                    start, name = start + own, name[own:]
                if _trade_of(name, company, names) or name in trades:
                    continue  # "公司火锅门店共计812家" at 星河火锅: the company's trade, no business line
            if any(f.start < h.start and f.end > start for f in figures):
                continue  # "2000亿元用于资本开支": the words are the figure's
            others = [m for m in self.metrics if m is not h and m.start < h.start and m.end > start]
            if others and not (
                english and name in ls.phrase_words().en_geography and all(end <= m.start for m in others)
            ):
                continue  # the words are another metric ("毛利...率"); "domestic tower cash flow margin": the part's
            found.append(_Hit(start, end, SubjectEntry(name, "phrase")))
            self.phrase_metric[start] = h.start
        if english:
            for a, b, name, lead in phrases.en_named_lines(self.text):
                if name == company or name in names:
                    continue  # "PMT reported ...": one of the company's names heads its clause, no business line
                if name in _PRONOUNS_EN:
                    continue  # "It was up 6%": the pronoun stands for what the sentence before named ("IT" is a name)
                shorter = [x for x in found if a <= x.start and x.end < b and x.entry.kind == "phrase"]  # type: ignore[attr-defined]
                if shorter and not any(x.start < b and a < x.end for x in self.subjects):
                    # "Energy production contributed ...": the line's whole name over the word before its metric word
                    found = [x for x in found if x not in shorter]
                if not any(x.start < b and a < x.end for x in [*self.subjects, *found]):
                    found.append(_Hit(a, b, SubjectEntry(name, "topic" if lead else "phrase")))
            for a, b, name, verb in phrases.en_clause_heads(self.text, self.sentence_starts):
                if any(x.start < b and a < x.end for x in [*self.subjects, *found]):
                    if any(x.start == a and x.entry.kind == "phrase" for x in [*self.subjects, *found]):  # type: ignore[attr-defined]
                        self.clause_heads.add(a)  # "NU Hotel Brooklyn recorded ...": read as a name already
                        # "Azure, the company's cloud platform, saw ...": what stands before the verb is the name's
                        self.subjects = [x for x in self.subjects if not (b <= x.start and x.end <= verb)]
                        found = [x for x in found if not (b <= x.start and x.end <= verb)]
                    continue  # a name the lexicon or a business-line rule knows
                if _own_name(name, company, names):
                    continue  # "First Capital REIT ended the quarter with ...": the company itself
                # what stands between the name and its verb is the name's ("in Key West", "'s retail sales")
                self.subjects = [x for x in self.subjects if not (b <= x.start and x.end <= verb)]
                found = [x for x in found if not (b <= x.start and x.end <= verb)]
                found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
                self.clause_heads.add(a)
            for a, b, name, _verb in phrases.en_lower_units(self.text, self.sentence_starts):
                if any(x.start < b and a < x.end for x in [*self.subjects, *found]):
                    continue
                found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
                self.clause_heads.add(a)
            if " wh" in self.text:
                for a, b, name in phrases.en_relative_heads(self.text):
                    if any(x.start < b and a < x.end for x in [*self.subjects, *found]) or _own_name(name, company, names):
                        continue
                    found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
            for a, b, name in phrases.en_listed_units(self.text):
                # "... four segments: credit-sensitive strategies, which contributed $3.7 million; correspondent
                # production, which ...": the item names the unit whole, over words read as a name before a metric
                found = [x for x in found if not (a <= x.start and x.end <= b)]
                for start in [k for k in self.phrase_metric if a <= k < b]:
                    del self.phrase_metric[start]
                if any(x.start < b and a < x.end for x in [*self.subjects, *found]) or _own_name(name, company, names):
                    continue
                found.append(_Hit(a, b, SubjectEntry(name, "phrase")))
        for s0, e0 in self.sentences:
            if english:
                got = phrases.en_topic(self.text[s0:e0])
                topics = [(s0 + got[0], s0 + got[0] + len(got[1]), got[1])] if got else []
            else:
                topics = phrases.zh_topic(self.text, s0, e0)
            for a, b, name in topics:
                if name in _BYLINE_LABELS:
                    continue  # "联系人：钟思远": a byline's label, no topic
                if english:
                    self._segment_as_topic(a, b)
                if not english and self.text.startswith("作为", b):
                    found = self._without_apposition_references(b, e0, found)
                if not any(x.start < b and a < x.end for x in [*self.subjects, *found]):
                    found.append(_Hit(a, b, SubjectEntry(name, "topic")))
        for a, b, metric_at in whole:
            # "Portfolio RevPAR was $180" in a segment's talk, "worldwide GDV grew 23%": the whole company's; but
            # "Our Eat & Play assets did well, with portfolio revenue up 15%": the portfolio of the unit named before
            s0 = self.sentence(a)[0]
            if not any(s0 <= x.start and x.end <= a for x in [*self.subjects, *found]):
                # (a document whose company is not known: a reference to the company, whatever it is called)
                found.append(_Hit(a, b, SubjectEntry(company, "phrase") if company else SubjectEntry("", "reference")))
                self.phrase_metric[a] = metric_at
        if found:
            self.subjects = sorted([*self.subjects, *found], key=lambda h: h.start)
        if self.line_hits:
            self._add_document_lines()

    @computed
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans."""
        return _spans(_SENTENCE, self.text)

    @computed
    def sentence_starts(self) -> list[int]:
        """Sentence start offsets, for bisection."""
        return [s for s, _ in self.sentences]

    @computed
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans (sentences cut at commas, colons and semicolons).

        A comma inside a metric name cuts no clause ("Selling, general and administrative expenses rose 5%"):
        the name and its figure stay in one clause."""
        spans = _spans(_CLAUSE, self.text)
        if len(spans) < 2 or "," not in self.text:
            return spans
        inner = [h for h in self.metrics if "," in self.text[h.start : h.end]]
        if not inner:
            return spans
        out = [spans[0]]
        for a, b in spans[1:]:
            if any(h.start < a < h.end for h in inner):
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    @computed
    def clause_starts(self) -> list[int]:
        """Clause start offsets, for bisection."""
        return [s for s, _ in self.clauses]

    @computed
    def masks(self) -> list[tuple[int, int]]:
        """Spans of adverbials whose subjects are not the topic ("在…后", "excluding …")."""
        return [(m.start(), m.end()) for m in _MASK.finditer(self.text) if not _EXCEPT_WITH_FIGURES.match(m.group())]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Sentence containing ``pos``."""
        return _containing(self.sentences, self.sentence_starts, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        """Clause containing ``pos``; a clause of figures only is joined to the one before."""
        i = max(0, bisect.bisect_right(self.clause_starts, pos) - 1)
        start, end = self.clauses[i]
        if (
            i > 0
            and self.text[start - 1 : start] != ";"
            and not re.search(r"[A-Za-z\u4e00-\u9fff]", _FIGURES.sub("", self.text[start:pos]))
        ):
            # ("; 8% growth in book value per share": an English item after a semicolon is its own)
            start = self.clauses[i - 1][0]
        return start, end

    def clause_start(self, pos: int) -> int:
        """Start of the clause containing ``pos``, as written."""
        return self.clauses[max(0, bisect.bisect_right(self.clause_starts, pos) - 1)][0]

    def masked(self, hit: _Hit) -> bool:
        """Whether a hit lies inside an adverbial ("在…后", "excluding …")."""
        return any(a <= hit.start and hit.end <= b for a, b in self.masks)


def sentence_start(para: _Paragraph, m: NumberMention) -> int:
    """Start of the sentence holding figure ``m``."""
    return para.sentence(m.start)[0]


_TIME_WORD = re.compile(r"[年月季日周天]|之前|之后|以来|期间")
_PARALLEL_VERB = re.compile(r"(?:增长|增加|上升|上涨|下降|减少|下滑|增|升|跌|减|降|涨)\s*$")
_LINE_RESULT = {"profit": "operating income", "loss": "operating loss"}
"""A business line's bare profit or loss in a Chinese story is its operating result: segments report
operating profit, net income is the company's."""
_LEVEL_ABOVE_YEAR_AGO = re.compile(r"(?:高于|低于|优于|逊于|胜于|不及)(?=(?:去年|上年)同期)")
"""Before a year-ago period: a level set above or below it, so that the figure after is that period's level."""
_YEAR_AGO_LEVEL = re.compile(r"\s?(?:去年|上年)同期(?:的)?(?:为|是|则为|则是)\s?(?:约|近|超过|逾)?\s?")
"""A whole clause before a rate: the year-ago period and a copula ("去年同期是27%"), no move."""
_AIMED_LEVEL = re.compile(
    r"\s?(?:(?:明年|后年|下半年|未来[一二三两3]?年|20\d{2}年)(?:底|末)?)?\s?"
    r"(?:目标|预计|预期|预估|可望|有望|力争|计划)(?:将|可|能)?\s?"
    r"(?:进一步)?(?:倍增|翻倍|提升|提高|增加|增至|扩大|上升|降低|下降|降至|达到|达)?\s?(?:至|到|为)?\s?(?:约|近|逾|超过)?\s?"
)
"""A whole clause before a rate: a coming period and an aim or forecast for the level just stated ("明年目标倍增至")."""
_YEAR_AGO_LEAD = re.compile(r"(?:(?:去年|上年)同期(?:的)?[^，,。；;较比\d]{0,12}?(?:为|是|录得|达)?|(?<=[，,；;])\s?同期(?:为|是|则为))\s*$")
"""A clause that opens with the year-ago period and states a figure ("去年同期经营溢利为146亿元"): that
period's figure, a comparison base."""
_STATED_PRIOR_LEAD = re.compile(
    r"\s?(?P<p>(?:19|20)\d{2}\s?年\s?(?:第[一二三四1-4]季度|上半年|前三季度|年度|度|全年)?)"
    r"(?:(?:同期)?(?:为|是|则为)|同期(?:的)?[^，,。；;较比\d]{0,14}?)\s?"
)
"""A clause that is only an earlier period a text names and a figure ("整车毛利率为14.2%，2024年第三季度为11.5%"), or that
year's same period and what it measures ("预计去年纯利介乎…，2024年同期纯利为1.15亿元"): that period's figure of what the
clause before stated, a comparison base."""


_SHARE_WHOSE = re.compile(r"的\s?")
_SEGMENT_ANAPHORA = re.compile(r"分部|板块|业务")
_UNIT_ANAPHORA = re.compile(r"(?<![A-Za-z])(?:segment|division)$", re.IGNORECASE)
"""An English anaphora naming the kind of a unit ("the segment", "this division"): it points back at a unit."""
_SITE_ANAPHORA = re.compile(
    r"(?:the|this|that)\s+(?:property|hotel|resort|asset|project|mall|center|campus)$", re.IGNORECASE
)
"""A site written as "the property", "this hotel": it stands for the last site named in the paragraph."""
_SITE_NOT_NAME_END = re.compile(
    r"(?<![A-Za-z])(?:segments?|business(?:es)?|divisions?|groups?|units?|portfolios?|brands?|lines?|platforms?|"
    r"assets|properties|hotels|resorts|centers|malls|stores|markets|communities)$",
    re.IGNORECASE,
)
"""The end of a carried name that says it is a unit or a group of sites, not one site ("Resorts segment")."""


def _opens_on_site(para: _Paragraph) -> bool:
    """Whether the paragraph opens on a site written as "the property", "this hotel" ("The property also continues
    to ..."): it goes on about the site the paragraph before was about."""
    first = next(iter(para.subjects), None)
    return (
        first is not None
        and first.entry.kind == "anaphora"  # type: ignore[attr-defined]
        and not para.text[: first.start].strip()
        and _SITE_ANAPHORA.match(para.text, first.start, first.end) is not None
    )


def _figureless_at(low: str, at: int) -> bool:
    """Whether the sentence around ``at`` holds no figure (an announcement is one: "Now let's review the segments.",
    not "Corporate SG&A, excluding amounts allocated to our business segments, is expected to be $30 million")."""
    start = low.rfind(". ", 0, at) + 1
    end = low.find(". ", at)
    return not any(c.isdigit() for c in low[start : end if end >= 0 else len(low)])


def _carried_site(carry: str | None, topic: str | None, company: str) -> bool:
    """Whether the subject carried from the paragraph before is a site named by its proper name ("W Nashville"), not
    the company, the unit the talk is on or a name of a unit: what "the property" of the next paragraph stands for."""
    return (
        carry is not None
        and carry[:1].isupper()
        and carry != company
        and not _same_line(carry, topic)
        and _SITE_NOT_NAME_END.search(carry) is None
    )


_SEGMENT_WORD = re.compile(r"\s?(?:分部|板块)")


def _region_section(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a region opens its sentence as the subject of its revenue, the only region of the sentence:
    the call turns to a regional segment, whose figures the next sentences give without naming it again."""
    s0, e0 = para.sentence(hit.start)
    if not _REGION_SECTION_LEAD.fullmatch(para.text, s0, hit.start) or not _REGION_RESULT_AFTER.match(para.text, hit.end):
        return False
    return not any(h is not hit and s0 <= h.start < e0 and h.entry.kind == "region" for h in para.subjects)  # type: ignore[attr-defined]


def _heads_line(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a business line opens its sentence as the owner of the metric right after it ("Industrial
    revenues were $866 million") or in apposition ("BPS, our smallest layer, ..."): what the sentence is about."""
    s0 = para.sentence(hit.start)[0]
    if hit.entry.kind not in ("phrase", "segment"):  # type: ignore[attr-defined]
        return False
    if not _LINE_HEAD_LEAD.fullmatch(para.text, s0, hit.start):
        return False
    written = para.text[hit.start : hit.end]
    if not written[:1].isupper() and not (
        _UNIT_KIND_AFTER.match(para.text, hit.end) or _UNIT_KIND_END.search(written)
    ):
        return False  # "Our client retention improved": a modifier of the metric, no business line
    if _TO_OURS.search(para.text, hit.end, para.sentence(hit.start)[1]):
        return False  # "Restaurant sales also contributed to our top-line improvement": the company's result
    metric_after = any(_OWNER_GAP.fullmatch(para.text, hit.end, h.start) for h in para.metrics if h.start >= hit.end)
    return (
        metric_after
        or hit.start in para.phrase_metric
        or hit.start in para.clause_heads
        or _APPOSITION_AFTER.match(para.text, hit.end) is not None
    )


_OWNER_GAP = re.compile(r"(?:'s|’s)?\s{1,2}")
"""What stands between a business line and the metric it owns ("Marine revenues", "Marine's revenues")."""


_TO_OURS = re.compile(r"(?<![A-Za-z])contribut(?:ed|es|ing)\s+(?:\w+\s+)?to\s+(?:our|the\s+company's)\s", re.IGNORECASE)
"""A line described as adding to the company's own result ("contributed to our top-line improvement")."""
_LINE_HEAD_LEAD = re.compile(
    r"\s*(?:(?:and|but|also|meanwhile|similarly|lastly|finally|next|now|turning\s+to|moving\s+to)\s*,?\s+)?"
    r"(?:(?:the|our)\s+)?",
    re.IGNORECASE,
)
"""Words a line of a transcript may open with before the business line it is about ("Lastly, Modern Workplace ...")."""
_APPOSITION_AFTER = re.compile(
    r",\s+(?:our|the|its)\s+(?:[a-z-]+\s+){0,3}(?:layer|segment|business|division|unit|brand|platform|franchise)s?\b"
)
"""A name followed by its description in apposition (", our smallest layer of ...")."""


def _opens_on_metric(para: _Paragraph, s0: int, e0: int) -> bool:
    """Whether a sentence opens on a metric a business line reports (``en_line_metrics``: "Segment profit was $55
    million", "Year-to-date revenue was ..."), not on the company's own items ("Net investment income was ...")."""
    first = next((h for h in para.metrics if s0 <= h.start < e0), None)
    return (
        first is not None
        and first.entry.name in ls.phrase_words().en_line_metrics  # type: ignore[attr-defined]
        and _METRIC_OPENING.fullmatch(para.text, s0, first.start) is not None
    )


@dataclass(frozen=True)
class _LineRun:
    """English, a transcript written a sentence to a line: the unit a run of lines reports on."""

    name: str
    age: int
    """Lines read since the line naming the unit."""
    segment: bool
    """Whether the unit was written as a segment (else a line naming "segment" is about the segment it is in)."""
    metrics: frozenset[str]
    """Metrics the unit's own line gave: a later line giving one again is the whole company's total."""


def _plain_opening(opening: str) -> bool:
    """Whether the words before a sentence's metric name nothing ("The fourth quarter adjusted", not "LNG"): no
    capital after the first word, no acronym."""
    words = opening.split()
    return not any(any(c.isupper() for c in w) for w in words[1:]) and not (
        words and sum(c.isupper() for c in words[0]) > 1
    )


_METRIC_OPENING = re.compile(
    r"\s*(?:(?:and|so|also|but|meanwhile)\s*,?\s+)?(?:the\s+|its\s+)?(?!(?:we|our|this|that|it)\b)(?:[\w&/-]+\s+){0,3}",
    re.IGNORECASE,
)
"""Words a sentence may open with before its metric: a few words of the metric's, no subject or verb of its own."""


def _region_turn(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a sentence only turns the talk to a region ("Turning to Latin America."): the region is what
    the next sentences report."""
    s0, e0 = para.sentence(hit.start)
    return (
        _REGION_TURN_LEAD.fullmatch(para.text, s0, hit.start) is not None
        and _REGION_TURN_END.fullmatch(para.text, hit.end, e0) is not None
    )


_REGION_TURN_LEAD = re.compile(
    r"\s*(?:(?:now|next|so|and|finally|lastly)\s*,?\s+)*(?:let(?:'s| us| me)\s+)?(?:now\s+)?"
    r"(?:turn(?:ing)?|mov(?:e|ing)|shift(?:ing)?)\s+(?:now\s+|over\s+|on\s+)*to\s+(?:the\s+|our\s+)?",
    re.IGNORECASE,
)
_REGION_LEAD_END = re.compile(r"\s*(?:region|segment|business|operations)?\s*[,.:]", re.IGNORECASE)
"""After a region a sentence opens on: the comma or stop that ends its lead ("In Asia Pacific, ...", "Turning to Europe.")."""
_REGION_TURN_END = re.compile(r"\s*(?:region|segment|business|operations)?\s*[.:]?\s*", re.IGNORECASE)


def _line_opens_sentence(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a business line named right before its metric opens its sentence as its subject ("Technical
    Solutions revenue increased 2.6%", "The Education segment's operating profit ...")."""
    if hit.start not in para.phrase_metric:
        return False
    written = para.text[hit.start : hit.end].split()
    if not written or not written[0][:1].isupper():
        return False  # "Our economic net interest income": a modifier of the metric, no business line
    s0 = para.sentence(hit.start)[0]
    lead = _SENTENCE_SUBJECT_LEAD.fullmatch(para.text, s0, hit.start)
    if lead is None:
        return False
    # a word that opens the sentence is capitalised anyway: a name there needs capitals throughout
    at_start = not para.text[s0 : hit.start].strip()
    return not at_start or (len(written) >= 2 and all(w[:1].isupper() or w == "&" for w in written))


def _own_name(name: str, company: str | None, names: Sequence[str]) -> bool:
    """Whether a name is the company's own, or a word of it ("REIT" of "First Capital REIT")."""
    low = f" {name.casefold()} "
    return any(n and (low in f" {n.casefold()} " or f" {n.casefold()} " in low) for n in (company, *names))


def _future_span(period: str, reported: str | None) -> bool:
    """Whether a span of quarters starts after the quarter reported: a window a balance falls due in ("$275
    million of debt that matures in the second half of 2024"), not a report whose balance is its last quarter's."""
    first = periods.parse_quarter(period.split("-", 1)[0])
    now = periods.parse_quarter(reported) if reported else None
    return first is not None and now is not None and first > now


def _without_level_tail(name: str) -> str:
    """A name before a metric without a last word that names the level the metric is taken at
    ("same-property hotel EBITDA", "Orlando property NOI"): the words before it say which hotels or properties;
    lowercase words ending in "industry" ("wholesale industry shipments") name the industry, no business line."""
    head, _, last = name.rpartition(" ")
    if head and last == "industry" and name.islower():
        return last
    if head and last.casefold() in ls.phrase_words().en_level_words and last.islower():
        return head
    return name


def _opens_own_name(name: str, names: Sequence[str]) -> bool:
    """Whether a name is one of the company's names or the words its full name opens with ("Kestrel
    Freight" of "Kestrel Freight Corporation"), its possessive too."""
    low = name.casefold().removesuffix("'s").removesuffix("’s")
    return " " in low and any(n and (n.casefold() == low or n.casefold().startswith(low + " ")) for n in names)


def _written_as_segment(text: str, hit: _Hit) -> bool:
    """Whether a subject is written as a reporting segment: a lexicon segment, or a name followed
    by "分部"/"板块" ("智能电动汽车及AI等创新业务分部")."""
    kind = hit.entry.kind  # type: ignore[attr-defined]
    return kind == "segment" or (kind in ("phrase", "topic") and bool(_SEGMENT_WORD.match(text, hit.end)))


_TITLED_TRADE = re.compile(
    r"(?:\d{1,2}\s?月份?|月度|季度)\s?(?P<x>[\u4e00-\u9fff]{2,4}?)(?:销售|产销|生产经营|经营)(?:情况|数据)?(?:简报|快报|公告)"
)
"""A sales brief's title naming the one product it reports ("2025年11月份生猪销售情况简报")."""


def _titled_trades(heads: Sequence[str]) -> tuple[str, ...]:
    """The products the head lines of a sales brief name as what it reports (``_DocState.trades``)."""
    return tuple(dict.fromkeys(m.group("x") for text in heads for m in _TITLED_TRADE.finditer(text)))


def _trade_of(name: str, company: str, names: Sequence[str]) -> bool:
    """Whether a Chinese phrase is the trade word that ends the company's own name ("火锅" of 星河火锅, "餐饮" of
    星河餐饮): the company's whole business, not one of its lines."""
    return len(name) >= 2 and any(
        own.find(name) > 0 for own in (company, *names) if own and not own.isascii()
    )


def _after_relation(text: str, at: int) -> bool:
    """Whether a word naming a firm's relation to the company ends right before ``at`` ("全资子公司", "旗下")."""
    return text.endswith(ls.phrase_words().zh_firm_relation, 0, at)


def _subsidiary_head(text: str, start: int, end: int) -> bool:
    """Whether the company's name at ``text[start:end]`` opens a longer name written after a word of relation
    ("全资子公司小米新能源"): the subsidiary's name, not the company."""
    if not _after_relation(text, start) or phrases._CJK.match(text, end) is None:
        return False
    words = ls.phrase_words()
    return not text.startswith((*words.zh_cut, *words.zh_suffix), end)


def _own_name_prefix(name: str, company: str) -> int:
    """Length of the company's own name opening a business-line name ("小米" of "小米智能手机"), 0 when
    none does or too little would remain."""
    known = lexicon_companies.company(company)
    aliases = sorted(known.aliases, key=len, reverse=True) if known is not None else []
    for alias in aliases:
        if name.startswith(alias) and len(name) - len(alias) >= 2 and phrases._CJK.match(name, len(alias)):
            return len(alias)
    return 0


_EN_BARE_HEADING = re.compile(r"[A-Z][A-Za-z'’.-]*(?:\s+(?:&|and|of|the|[A-Z][A-Za-z'’.-]*)){0,4}")
"""An English line of one to five title-case words and no figure: a heading, not a sentence (``_read_heading_en``)."""
_KIND_HEADS = frozenset(
    {"group", "segment", "business", "businesses", "division", "unit", "lines", "line", "services", "solutions",
     "products", "operations", "portfolio", "markets", "market", "platform"}
)
"""Head nouns that name a kind of unit, which two different units share ("Commercial Lines", "Personal Lines")."""


def _same_line(name: str, topic: str | None) -> bool:
    """Whether a name is the business line in focus or a part of it ("domestic card" in the "Domestic Card
    business", in "credit card": the same head noun, when that noun is no mere kind word like "group")."""
    if topic is None:
        return False
    a, b = name.casefold(), topic.casefold()
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True  # (whole words: "AE" is no part of "Aerie")
    head = a.split()[-1] if a.split() else ""
    return head == (b.split()[-1] if b.split() else None) and head not in _KIND_HEADS


_BYLINE_LABELS = frozenset(
    {"联系人", "分析师", "研究员", "研究助理", "记者", "编辑", "责任编辑", "作者", "来源", "执业证书编号", "联系电话", "邮箱"}
)
"""Labels of a report's or story's byline lines ("联系人：钟思远"): no firm a headline opens on."""
_ZH_COUNTS_AT_END = frozenset({"stores", "branches"})
"""Counts a Chinese page gives at a date ("截至报告期末，公司共有门店860家"; openings and closures are metrics of their own):
under a span, the count at its end ("purchased 30 stores" in English is a flow)."""
_BARE_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
"""A figure written bare: no unit, scale or counter of its own."""
_RUN_ON_HEAD = re.compile(r"(?:比上年(?:同期)?增减|变动比例|占总成本比例|增减幅度)\s?[(（]\s?%\s?[)）](?=[\u4e00-\u9fff])")
"""A table head's last column run into the first row's name ("…库存量比上年增减（%）有机硅单体 吨 286,410"): the
paragraph is a table whose rows the page did not keep apart."""
_ZH_CLAUSE_STOP = re.compile(r"[，,。；;：:]")
_AREA_AFTER = re.compile(r"\s?(?:平方米|平米|平方公尺|㎡)")
"""Right after a count: the square metres it measures ("签约面积73万平方米")."""
_MEASURES_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s?(?:吨|噸|公吨|公噸)"), "t"),
    (re.compile(r"\s?(?:千瓦时|千瓦時|度电|度電|kWh|KWh)(?![A-Za-z])"), "kWh"),
    (re.compile(r"[\s-]?(?:兆瓦时|兆瓦時|MWh|megawatt[\s-]hours?)(?![A-Za-z])", re.IGNORECASE), "MWh"),
    (re.compile(r"[\s-]?(?:吉瓦时|吉瓦時|GWh|gigawatt[\s-]hours?)(?![A-Za-z])", re.IGNORECASE), "GWh"),
    (re.compile(r"[\s-]?(?:吉瓦|GW|gigawatts?)(?![A-Za-z])"), "GW"),
    (re.compile(r"[\s-]?(?:兆瓦|MW|megawatts?)(?![A-Za-z])"), "MW"),
    (re.compile(r"\s?千瓦(?![时時])"), "kW"),
    (re.compile(r"\s?(?:公斤|千克)"), "kg"),
    (re.compile(r"\s?(?:盎司)"), "oz"),
    (re.compile(r"\s?(?:立方米)"), "m3"),
    (re.compile(r"\s?小时"), "h"),
)
"""Rows: right after a count, the physical measure it is in and the unit the fact keeps ("铜精矿产量1.28万吨": 12,800
t; "发电量85.3亿千瓦时": kWh; "装机容量约36.2亿千瓦": kW; "a 12-megawatt solar project": MW), so that a quantity is never read as a bare count."""
_DETERMINER_BEFORE = re.compile(r"(?<![A-Za-z])(?:our|the|a|an|its|their)\s+$", re.IGNORECASE)
"""Right before a figure: it sizes the noun after it ("revenue from our 120 MW wind farm"), no base of a change."""
_POWER_UNITS = frozenset({"kW", "MW", "GW"})
"""Measures of power: what a plant or site can generate or draw at once."""
_OF_CAPACITY = re.compile(
    r"\s+of\s+(?:(?:new|additional|installed|operating|generating|solar|wind|storage)\s+)?capacity(?![\w-]|\s+resources?)",
    re.IGNORECASE,
)
"""Right after a power figure's unit: the capacity it is ("120 megawatts of capacity"; not "capacity resources" a
utility plans to buy)."""
_SIZED_NOUN = re.compile(r"\s+(?:[A-Z][\w.-]*\s+|[a-z-]+\s+){0,3}?(?i:project|facility|plant|farm|site|campus|fleet|portfolio)s?(?![\w-])")
"""Right after a power figure's unit: the plant it sizes ("a 12-megawatt solar project", "the 4.5 MW Cedar Hollow Solar
Facility")."""


def _power_capacity(text: str, m: NumberMention) -> bool:
    """Whether a count in megawatts or gigawatts is a capacity: the size of the plant named after it, or followed by
    "of capacity"; a need, purchase or saving in megawatts ("seeking 900 megawatts of renewables") is none."""
    unit = _measure_after(text, m.end)
    if unit not in _POWER_UNITS:
        return False
    end = next(p.match(text, m.end) for p, u in _MEASURES_AFTER if u == unit).end()  # type: ignore[union-attr]
    if _OF_CAPACITY.match(text, end):
        return True
    sizes = _DETERMINER_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
    return sizes and m.role != "base" and _SIZED_NOUN.match(text, end) is not None


def _measure_after(text: str, end: int) -> str | None:
    """The unit of the physical measure written right after a figure (``_MEASURES_AFTER``), None when there is none."""
    return next((unit for pattern, unit in _MEASURES_AFTER if pattern.match(text, end)), None)



def _item_start(para: _Paragraph, pos: int) -> int:
    """Start of the digest list item that holds ``pos`` ("…海外业务将成重要增长点 [6] 财务数据 - 2025年上半年营收…"):
    the last sentence at or before it that a list marker opens, else 0. A business line an earlier item named
    is no subject of this item's figures."""
    i = bisect.bisect_right(para.sentence_starts, pos) - 1
    for k in range(i, -1, -1):
        s = para.sentences[k][0]
        if s > 0 and _ITEM_OPENED.search(para.text, max(0, s - 4), s):
            return s
    return 0


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


def _all_before(hits: list[_Hit], lo: int, hi: int) -> list[_Hit]:
    """Hits lying within [lo, hi), nearest to ``hi`` first."""
    return [h for h in reversed(hits) if h.start >= lo and h.end <= hi]


def _all_after(hits: list[_Hit], lo: int, hi: int) -> list[_Hit]:
    """Hits lying within [lo, hi), nearest to ``lo`` first."""
    return [h for h in hits if h.start >= lo and h.end <= hi]


_PORTFOLIO_PARTS = re.compile(
    r"\s+(?:the\s+|our\s+|these\s+|those\s+|its\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}?"
    r"(?:(?:active|newly\s+acquired|recently\s+acquired|acquired|divested|sold|disposed)\s+)?"
    r"(?i:resorts?|propert(?:y|ies)|redevelopments?|hotels?|communities|buildings?|assets|malls?)(?![A-Za-z])"
)
"""After an exclusion word: properties of the portfolio left out ("the Pine Ridge Resorts", "active redevelopments",
"these divested assets"), so that the figure is the like-for-like portfolio's, not an adjusted variant."""
_ITEMS = re.compile(
    r"\s*(?:the\s+(?:impact|effect)s?\s+of\s+)?(?:special|one-time|one-off|non-recurring|nonrecurring|certain|unusual|"
    r"discrete|notable|significant)?\s*(?:items?|charges?|adjustments?|costs?)(?![A-Za-z])|\s*非经常|\s*一次性|"
    r"\s*(?:all\s+)?(?:net\s+)?(?:(?:realized|unrealized)\s+(?:and\s+unrealized\s+)?)?investment\s+gains?\s+(?:and|or)\s+losses?(?![A-Za-z])",
    re.IGNORECASE,
)
"""After an exclusion word: what is excluded are the items an adjusted figure leaves out (an insurer's "excluding all
investment gains and losses" too)."""
_PER_SHARE_WORDS = re.compile(
    r"(?<![A-Za-z])per\s+(?:(?:diluted|basic|common|fully[\s-]diluted|ordinary)\s+)*share(?![A-Za-z])",
    re.IGNORECASE,
)
_ITEM_AFTER = re.compile(
    r"\s*(?:for(?!\s+(?:the\s+|this\s+|each\s+|both\s+)?(?:quarter|year|period|full|fiscal|first|second|third|fourth|"
    r"three|six|nine|twelve|q[1-4]\b|[12]q\b|20\d\d|fy|months?|current|prior|last|same|latter))|related to|"
    r"associated with|attributable to|in (?:charges?|costs?)|"
    r"of (?:[\w-]+\s+){0,3}?(?:charges?|costs?|expenses?|benefits?|gains?|losses|impact|headwinds?|tailwinds?|dilution|accretion)|"
    r"(?:(?!(?:with|without|no|and|or|to|in|from|the|an?)\s)[\w-]+\s+){0,3}?"
    r"(?:charges?|costs?|expenses?|benefits?|gains?|impact|headwinds?|tailwinds?|dilution|accretion|"
    r"increase|decrease|variance|improvement|reduction|decline|contribution|change|drag|uplift))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_ITEM_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:charges?|costs?|expenses?|benefits?|gains?|impact|headwinds?|tailwinds?|dilution|accretion|"
    r"reserves?|items?|excluding|includ(?:ed|ing|es)|by|an? additional)\s+(?:of\s+|totaling\s+|was\s+|were\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
"""Around a per-share amount: an item in earnings ("excluding $0.06 per share for a legal settlement"), not EPS."""
_AMOUNT_OR = re.compile(
    r"\d(?:\s?(?:million|billion|thousand|亿|万))?\s+or\s+(?:about\s+|approximately\s+)?$", re.I
)
"""Between a metric and a % figure: an amount then "or" ("$126 million or 11.7%")."""


_ON_OBJECT = re.compile(
    r"\s+on\s+(?:(?:our|the|its|their|average|GAAP|tangible|adjusted|reported)\s+)*$", re.IGNORECASE
)
"""Between a metric and the metric it is taken on ("economic return on GAAP book value", "yield on loans")."""
_COORDINATE_AFTER = re.compile(
    r"\s*,?\s+(?:and|while|but|whereas)\s+(?:(?:our|the|its|their|total)\s+)?(?:[a-z][a-z-]*\s+){0,2}?",
    re.IGNORECASE,
)
"""Between a figure and a metric that opens the next coordinate clause ("grew 4.3% and NOI growth was 15.4%")."""


_ELIDED_HEAD_AFTER = re.compile(r"\s+of\s+(?P<w>[a-z][a-z-]+)(?=\s*(?:[.,;]|$))")
"""After an amount: "of" and a modifier whose head the sentence named before ("and $39 million of recurring")."""


_MEASURE_BASIS_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|also)\s*,?\s+)?on\s+an?\s+(?P<m>[A-Za-z][A-Za-z&' -]{1,60}?)\s+basis\s*,", re.IGNORECASE
)
"""A sentence opening that names the measure its net result is on ("On an earnings available for distribution
basis, net income was ...")."""
_NET_RESULT_NAMES = frozenset({"net income", "EPS", "diluted EPS"})


def _measure_basis(text: str, lo: int, hi: int) -> Metric | None:
    """The metric a sentence-opening basis names, if it names one in full and that one has a per-share form."""
    lead = _MEASURE_BASIS_LEAD.match(text, lo, hi)
    if lead is None:
        return None
    phrase = lead.group("m")
    hits = list(lm.metric_matcher().finditer(phrase))
    if len(hits) != 1 or hits[0][0] != 0 or hits[0][1] != len(phrase):
        return None
    metric: Metric | None = hits[0][2]
    return metric if metric is not None and metric.per_share and metric.name not in _NET_RESULT_NAMES else None


def _sizes_phrase(text: str, m: NumberMention, hit: _Hit, hi: int) -> bool:
    """Whether an amount an article leads sizes the noun phrase right after it and a metric heads that phrase ("a
    $400 million unsecured term loan")."""
    if not _NP_ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start):
        return False
    words = _np_words(text, m.end, hi, verbs=False)
    # (a metric whose name runs on past the phrase's head: "a $100 million undrawn line of credit")
    return bool(words) and words[0][0] <= hit.start and (words[-1][1] == hit.end or hit.start == words[-1][0] < hit.end)


def _object_of_on(text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether a metric word is only what another metric is taken on ("our economic return on book value was
    -13%": the return, not book value)."""
    on = _ON_OBJECT.search(text, max(0, hit.start - 40), hit.start)
    return on is not None and any(h.end == on.start() for h in hits)


_IN_POOL = re.compile(r"\s+(?:in|into|out\s+of)\s+(?:(?:our|the|its|their)\s+)?(?:[A-Za-z][\w&-]*\s+){0,2}$")
"""Between a metric and the metric it is measured in ("net inflows in active AUM", "net charge-offs in consumer
loans")."""
_NEXT_POOL = re.compile(
    r"\s+of\s+\S*\d(?:\s+(?:thousand|million|billion|trillion))?\s*,?\s+(?:and\s+)?(?:[A-Za-z][\w&-]*\s+){0,2}$",
    re.IGNORECASE,
)
"""Between a pool's figure and the next pool of a list ("in active AUM of $400 million and passive AUM")."""


def _object_of_in(text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether a metric word only names the pool another metric is measured in ("net inflows in active AUM of
    $400 million and passive AUM of $9.4 billion": the inflows, not assets under management), the pool's name
    said again in a list after the first one's figure included."""
    pool = _IN_POOL.search(text, max(0, hit.start - 40), hit.start)
    if pool is not None and any(h.end == pool.start() for h in hits):
        return True
    listed = _NEXT_POOL.search(text, max(0, hit.start - 50), hit.start)
    if listed is None:
        return False
    return any(
        h.end == listed.start() and h.entry is hit.entry and _object_of_in(text, h, hits) for h in hits
    )


def _opens_next_clause(text: str, m: NumberMention, hit: _Hit, hi: int, others: Sequence[NumberMention]) -> bool:
    """Whether a metric after a figure opens a coordinate clause that has its own figure ("Expenses grew 4.3%
    and NOI growth was 15.4%": NOI is the 15.4%, not the 4.3%)."""
    if not _COORDINATE_AFTER.fullmatch(text, m.end, hit.start):
        return False
    return bool(_OWN_VERB_AFTER.match(text, hit.end)) or any(hit.end <= x.start < hi for x in others)


def _names_next_figure(text: str, m: NumberMention, hit: _Hit, others: Sequence[NumberMention]) -> bool:
    """Whether a metric right after a figure is the name of the next figure ("net sales of $515 million adjusted
    EBITDA of $88 million", a list missing its comma): the figure is the metric's named before it."""
    if not _BARE_GAP.fullmatch(text, m.end, hit.start):
        return False
    own = _OWN_FIGURE_AFTER.match(text, hit.end)
    return own is not None and any(x.start == own.end() for x in others)


_BARE_GAP = re.compile(r"\s*,?\s*")
"""Between a figure and a metric: nothing that ties the metric to the figure ("in", "of", a verb)."""
_OWN_FIGURE_AFTER = re.compile(r"\s+(?:of|was|were)\s+(?:approximately\s+|about\s+|roughly\s+)?", re.IGNORECASE)
"""Right after a metric: "of" or "was" and its own figure ("adjusted EBITDA of $88 million")."""


_OWN_VERB_AFTER = re.compile(
    r"\s+(?:(?:growth|also|both)\s+)?(?:was|were|is|are|grew|rose|fell|increased|decreased|declined|improved|expanded|"
    r"contracted|remained|came|climbed|dropped)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a metric: the verb of its own clause ("... and our margins expanded")."""


def _per_share_between(text: str, hit: _Hit, m: NumberMention, others: Sequence[NumberMention]) -> bool:
    """Whether the figures between a total's name and a change are that total per share ("distributable earnings
    of $0.49 per share, a 20% increase", "distributable earnings of $0.71, which is up $0.04"): the change is the
    per-share figure's."""
    between = [x for x in others if x is not m and hit.end <= x.start and x.end <= m.start]
    return bool(between) and all(
        unit_class(x) == "per_share"
        or (
            unit_class(x) == "price"
            and bool(_PER_SHARE_WORDS.search(text, hit.end, x.start) or _TOTAL_TO_SUM.fullmatch(text, hit.end, x.start))
        )
        for x in between
    )


_SIGN_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:negative|minus)\s+(?:(?:[A-Za-z][A-Za-z-]*\s+){1,4}(?:of|was|at)\s+)?$|(?<!正)负\s?$", re.IGNORECASE
)
"""Before a percentage level: its sign, written as a word ("a margin of negative 4%", "a negative economic return of
11.7%", "营业利益率为负2.05%")."""


def _first_after(hits: list[_Hit], lo: int, hi: int) -> _Hit | None:
    """First hit lying within [lo, hi)."""
    for h in hits:
        if h.start >= lo and h.end <= hi:
            return h
        if h.start >= hi:
            break
    return None


def _continues(text: str, start: int, pos: int, places: Sequence[_Hit] = ()) -> bool:
    """Whether the clause head before a figure only continues the previous clause ("同比增长", "up 5%"); ``places``
    are names in it that only place an earlier item of a list ("8% in Europe, 5% in Asia Pacific and 3% ...")."""
    head = text[start:pos]
    for h in places:
        if start <= h.start and h.end <= pos:
            head = head[: h.start - start] + " " * (h.end - h.start) + head[h.end - start :]
    return not _CONTINUATION.sub("", _FIGURES.sub("", _QUARTER_NAME.sub(" ", head))).strip()


_QUARTER_NAME = re.compile(r"(?<![A-Za-z0-9])Q[1-4](?![A-Za-z0-9])")
"""A quarter's name ("30 basis points higher than Q2 and 55 basis points ..."): a base period, no other metric."""

_QUARTER_WORD_EN = re.compile(r"(?<![A-Za-z])quarter(?![A-Za-z])|" + _QUARTER_NAME.pattern, re.IGNORECASE)
"""A quarter named as one ("the prior year quarter", "Q3 last year"), not as a neutral "period"."""


def _base_quarter(text: str, pm: PeriodMention) -> bool:
    """A comparison base written as a quarter ("the prior year quarter", "Q3 last year"): the figure it is set
    against is a quarter's; "the prior year period" says only that it is the running period's."""
    return pm.base and pm.kind == "quarter" and _QUARTER_WORD_EN.search(text, pm.start, pm.end) is not None


_ITEM_PLACE_BEFORE = re.compile(
    r"(?:\d|%|million|billion)\s+(?:in|at|for|across)\s+(?:the\s+|our\s+|its\s+)?$", re.IGNORECASE
)
"""Right before a name: it places the figure just before ("5% in Asia Pacific"), an item of a list."""


_LIST_WORD = r"(?:(?!(?:which|that|who|while|and|or|but|was|were|is|are|has|had|have|we|our|it|they)(?![\w'’-]))[A-Za-z][\w&'’.-]*)"
_NOUN_LIST_TO_FIGURE = re.compile(
    rf"\s+(?:{_LIST_WORD}\s+){{0,2}}?(?:from|of|in|across|including|for)\s+{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,4}}"
    rf"(?:,\s+{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,4}}){{1,5}},?\s+(?:and|or)\s+{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,4}}\s+"
    r"(?:ended|was|were|is|are|totaled|totalled|stood|came|reached|remained|rose|fell|grew|increased|decreased|declined)"
    r"(?:\s+(?:the|this|that|quarter|year|period|in|at|to|of|by|up|down|approximately|about|roughly|nearly|over)){0,6}\s+",
    re.IGNORECASE,
)
"""Between a metric and its figure: a list of what the metric is made of, whose commas cut no clause ("liquidity
reserves from cash, securities, and bank capacity ended the quarter at $124 billion")."""


_ASIDE_TO_FIGURE = re.compile(
    rf"(?:\s+{_LIST_WORD}){{0,2}},\s+(?:which|that)\s+[^,;:.\d$%()]{{1,100}}?,?\s+"
    r"(?:remains|remained|is|was|were|are|stood|stands|ended|came\s+in|totaled|totalled)"
    r"(?:\s+(?:high|low|steady|stable|strong|solid|flat|healthy|robust))?(?:\s+(?:at|of))?"
    r"(?:\s+(?:approximately|about|roughly|nearly))?\s+",
    re.IGNORECASE,
)
"""Between a metric and its figure: a relative clause that describes the metric, then the metric's own verb
("utilization percentage, which reflects the tanks under contract remains high at 95%")."""
_RUN_ON_TO_FIGURE = (_NOUN_LIST_TO_FIGURE, _ASIDE_TO_FIGURE)
"""What may stand between a metric and its figure across commas that cut no clause of the figure's own."""


def _listed_places(para: _Paragraph, start: int, pos: int) -> list[_Hit]:
    """The names between ``start`` and ``pos`` that each place the figure before them, as items of a list do
    ("Revenue grew 8% in Europe, 5% in Asia Pacific and 3% in the Americas": the metric runs on to the 3%)."""
    return [
        h
        for h in para.subjects
        if start <= h.start
        and h.end <= pos
        and _ITEM_PLACE_BEFORE.search(para.text, max(0, h.start - 24), h.start) is not None
    ]


_NEXT_TO_EN = re.compile(r"[^,;:()\u2014]{0,32}")
"""Between a metric's name and its figure when they are written together ("revenue for the quarter was")."""
_GLOSS = re.compile(r"[(（][^()（）]{1,30}[)）]")
"""A bracketed gloss, as of a metric's name ("(EBITDA)", "（不含汇兑）")."""
_NEXT_TO_ZH = re.compile(r"[^，,；;：:（）()、]{0,12}")
"""The same in Chinese ("营业收入同比增长")."""


class _Extractor:
    """Walks the paragraphs of one document in order, keeping the subject in focus."""

    def __init__(self, doc: Document, texts: tuple[str, ...]) -> None:
        self.doc = doc
        self.texts = texts
        sheet, ctx = document_context(doc, texts)
        self.sheet = sheet
        self.grades: dict[tuple[int, int], Grade] = {}
        """(paragraph, figure offset) -> where each field of the fact of that figure was decided."""
        self.prev_out: list[Fact] = []
        self.last_fact: tuple[str, int] | None = None
        """English: the subject of the last fact of an earlier paragraph, and the number of the sentence it is in."""
        """The facts of the paragraph before: what a sentence opening "That compares to $X" is compared with."""
        self.state = _DocState(
            company=sheet.company,
            ctx=ctx,
            yoy_default=yoy_by_default(texts),
            currency=sheet.currency or ("USD" if doc.language == "en" else "CNY"),
            subjects=ls.subject_matcher(sheet.company),
            firms=None if doc.language == "en" else _firm_pattern(),
            names=tuple(to_simplified(n) for n in sheet.names),
            results_span=doc.language != "en" and any(_RESULTS_SPAN.search(t) for t in texts[:_HEAD]),
            broker_note=doc.language != "en" and any(_BROKER_RATING.search(t) for t in _head_texts(texts)),
            us_filer=doc.language != "en" and (
                any(_US_LISTING.search(t) for t in texts[:_US_LISTING_HEAD]) or _us_gaap_terms(texts)
            ),
            lines=document_lines(texts, sheet.company, sheet.names) if doc.language == "en" else None,
            insurer=doc.language == "en" and _insurer(texts),
            speakers=frozenset(to_simplified(p.speaker) for p in doc.paragraphs if p.speaker)
            if doc.language != "en" else frozenset(),
            trades=() if doc.language == "en" else _titled_trades(texts[:_HEAD]),
        )
        self.carry: str | None = None
        self.heading_metric: object | None = None
        """Chinese: the metric a line that is nothing but its name heads ("每股股息"), for the part lines under it."""
        self.carry_age = 0
        self.line_carry: str | None = None  # a line carried from a one-sentence paragraph (``_heads_line``)
        self.results_line: tuple[str, int] | None = None  # (``_results_subject``, the sentence its next paragraph opens)
        self.line_run: _LineRun | None = None  # (``_note_line_run``)
        self.proper_words: dict[str, bool] = {}  # (``_named_as_name``)
        self.heading_firm: str | None = None
        self.bracket_firm: str | None = None  # the firm a paragraph opened on in brackets ("【启澜储能】…")
        self.section_segment: str | None = None  # the segment a management discussion's heading names
        self.unit_section: tuple[str | None, int] | None = None  # (``_read_unit_heading``)
        self.month_scale: int | None = None  # the unit a firms' monthly revenue table's caption gives
        self.breakdown: report_table.Breakdown | None = None  # what an attached breakdown's caption names
        self.breakdown_span: str | None = None  # and the span its head names
        self.month_columns: report_table.MonthColumns | None = None  # and the columns its head row names
        self.volume_unit: tuple[int, str] | None = None  # what a production or sales table counts ("单位：辆")
        self.volume_columns: report_table.VolumeColumns | None = None  # and the columns its head row names
        self.volume_metric: str | None = None  # the metric its section line names ("一、产量情况")
        self.volume_month: str | None = None  # the month a short line named last ("2025年11月份产销数据快报如下")
        self.firms_caption: tuple[str, int | None] | None = None  # the period and money scale a firms table's caption names
        self.firms_columns: tuple[report_table.FirmColumn, ...] | None = None  # and the columns its head row names
        self.filing_month: str | None = None  # the month a firm's monthly revenue filing's title names
        self.filing_block: str | None = None  # and the block of its one-column table being read (``_month_filing``)
        self.table_unit: tuple[int, str] | None = None  # a quarterly report's unit line (``report_table``)
        self.table_columns: report_table.Columns | None = None  # and the columns its head row names
        self.line_columns: report_table.LineColumns | None = None  # or a table of business lines' columns
        self.table_name = ""  # a row's name written on the lines above its cells
        self.table_parent: str | None = None  # the metric of the table's row above, which a "其中：" row is a part of
        self.prior_section = False  # under a filing's section of last year's figures (``_PRIOR_SECTION``)
        """The firm a heading line over a bulleted list names (a digest of several firms' results)."""
        """Sentences read since the carried subject was last named."""
        self.english = doc.language == "en"
        self.last_range: tuple[str, int, str | None] | None = None
        """Metric of the last guided range of amounts and the number of the sentence stating it."""
        self.ranges: list[tuple[str, int, str | None]] = []
        """The guided ranges of amounts of the last sentences read: (metric, sentence number, period)."""
        self.guided: str | None = None
        """Period of the outlook the call is giving, while it lasts (see ``_update_guided``)."""
        self.guided_age = 0
        self.guided_before: str | None = None
        self.outlook: str | None = None
        """The period of the last outlook the call named ("our outlook for the fourth quarter"), kept to its
        end: what a later forecast that names no period and follows no outlook of its own is for."""
        """``guided`` as it was before the paragraph being read."""
        self.speaker: str | None = None
        self._usable_cache: (
            tuple[list[PeriodMention], list[NumberMention], list[PeriodMention], list[int]] | None
        ) = None
        self.topics_seen: list[str] = []
        self.line_revenue: dict[str, bool] = {}  # a name -> whether the call gives it revenue ("licensing revenue")
        self.share_parts: dict[str, str] = {}  # the parts of a line the call gave a share of its total, by folded name
        self.part_shared: tuple[str, int] | None = None  # the part the last share sentence gave, and that sentence's number
        self.part_pronouns: set[tuple[int, int]] = set()  # (paragraph, sentence start) of "They were up 14%" after it
        """Every business line the call has introduced as its topic, in order."""
        self.topic: str | None = None
        self.topic_at = 0
        self.unit_walk = False
        """English: the speaker announced a walk through units the text does not name ("Now let's review the
        segments.") and has not yet named one or returned to the company (``en_walk_opens``)."""
        """The sentence at which the topic was last named or given a figure (``_TOPIC_SENTENCES``)."""
        self.section_at = -1
        """Where in the paragraph under analysis a region opens the talk on its results (-1: nowhere)."""
        """The business line a speaker introduced last ("I'll discuss our commercial banking business"):
        the subject of what follows until another is introduced or the speaker changes."""
        self.last_segment: str | None = None
        """The last business line written as a segment ("…创新业务分部"): what "该分部" points back to."""
        self.last_named: str | None = None
        """The last business line the document named, any kind (what "该分部" points back to)."""
        self.prior_rates: list[Fact] = []
        """The growth rates the paragraph before stated (a Chinese story restates one: "13%的增速乍看并不亮眼")."""
        self.last_unit: tuple[str, int] | None = None
        """English: the last segment named (by the lexicon, "X segment", as the talk's topic or heading a clause) and the number of
        sentences read after its paragraph (whose "segment EBIT" a sentence naming no unit gives)."""
        self.last_line: tuple[str, int] | None = None
        self.last_margin: tuple[str, int] | None = None
        """The last margin of a named kind ("AOI margin", "GP margin") and the sentence it was named in: what a bare
        "margin" a few sentences on is ("We expect full-year margins between 5% to 7%")."""
        """English: the last business line named and the number of sentences read after its paragraph (what
        "this segment" points back to from the sentences right after)."""
        self.last_period: str | None = None
        """The period the document named last (what "期内" refers to)."""
        self.list_period: str | None = None
        self.period_listed: set[tuple[str, int]] = set()
        """(paragraph text, start) of figures whose period is their place in a list of the periods named before it."""
        self.year_talk: tuple[str, int] | None = None
        """English, a sentence a line: the year or span a one-sentence paragraph led with and its sentence
        number (see ``_update_year_talk``)."""
        self.running_before: str | None = None
        """English: the year to date the last sentence of the paragraph before led with ("Highlighting our
        performance for the 9 months year-to-date, we have delivered revenues of ..."), for the results the next
        paragraph opens with (see ``_update_running_before``)."""
        self.plan_year: tuple[str, int] | None = None
        """English: the year a capital plan was named for ("our capital investment plan for calendar year 2022")
        and its sentence number: the year of the plan figures a few paragraphs on that name none."""
        """The period of a paragraph that introduces a list ("2024年度…业绩概述如下："): its items' period."""
        self.sentence_no = 0
        """Sentences of the current speaker read before the paragraph being read."""
        self.stated_change: tuple[Change, int] | None = None
        self.change_run: int | None = None  # sentence of the last bare figure of a run going on with a figure's comparison
        self.old_base_at: int | None = None  # sentence of the last change stated against a year several years back
        self.declared_change: tuple[Change, int] | None = None
        """The comparison a figure-less sentence declares for the results that follow ("a summary of our third quarter
        results compared to the second quarter") and the number of that sentence."""
        """The comparison the speaker named last and the number of the sentence naming it."""
        self.declared_base: tuple[int, int, int] | None = None
        """English: the year the speaker declared their changes compare with (``_DECLARED_BASES``), with the
        paragraph and offset of the declaration."""
        self._para: _Paragraph | None = None
        self.mixed_at = -1
        """Number of the last sentence that stated both YoY and QoQ changes."""
        self.quarter_alone = any(not t.isascii() and _QUARTER_ALONE.search(t) for t in texts)
        """The document gives a quarter's figures "alone" (单计第三季): its other results are cumulative."""

    @property
    def company_name(self) -> str:
        """Subject name for the company itself (the firm of the heading over a digest's items)."""
        return self.heading_firm or self.state.company or "company"

    def _subject_name(self, hit: _Hit, para: _Paragraph) -> str | None:
        """Name a subject hit stands for (resolving references and anaphora)."""
        entry = hit.entry
        assert isinstance(entry, SubjectEntry)
        if entry.kind == "reference":
            if self.english and para.item_head is not None and self.state.company is None:
                # "McDonald's – ... The company saw same-store sales growth of 3.5%" in a round-up: the item's firm
                return para.item_head
            if self.heading_firm is not None and para.text[hit.start : hit.end] in _BARE_FIRM_REFERENCES:
                return self.heading_firm  # "公司…" in the items under a firm's heading
            if not self.english and para.text[hit.start : hit.end] in _BARE_FIRM_REFERENCES:
                # "华东医药(000963.SZ)也发布了三季报……公司合计实现营业收入": the firm just introduced
                listed = [h for h in para.listed_firms if h.end <= hit.start]
                if listed and listed[-1].entry.name != self.state.company:  # type: ignore[attr-defined]
                    return listed[-1].entry.name  # type: ignore[attr-defined]
                named = [h for h in para.firms if h.end <= hit.start]
                if self.state.company is None and self.heading_firm is None and named:
                    # "蓝驰汽车11月交付26,508辆……公司全年交付目标为25万辆" in a story of several firms: the one named
                    return named[-1].entry.name  # type: ignore[attr-defined]
            return self.company_name
        if entry.kind == "anaphora":
            prior = [h for h in para.subjects if h.end <= hit.start and h.entry.kind != "anaphora"]  # type: ignore[attr-defined]
            if not self.english:
                # "招商银行以…营收超越交通银行的…,尽管其营收…": 其 is the firm the sentence is about, not the one it beats
                prior = [h for h in prior if not _COMPARED_OBJECT.search(para.text, max(0, h.start - 4), h.start)] or prior
            if _SEGMENT_ANAPHORA.search(para.text, hit.start, hit.end):
                # "该分部" points at the last name written as a segment, not at a product line after it
                segs = [h for h in prior if _written_as_segment(para.text, h)]
                if segs:
                    return self._subject_name(segs[-1], para)
                if not [h for h in prior if h.entry.kind != "reference"]:  # type: ignore[attr-defined]
                    # "公司表示，…得益于汽车电子业务放量，…该业务营收…": the line, not the firm that speaks
                    line = phrases.zh_line_before(para.text, hit.start)
                    if line is not None:
                        return line
                    if self.last_segment:
                        return self.last_segment
            if self.english and _SITE_ANAPHORA.match(para.text, hit.start, hit.end):
                # "the hotel achieving RevPAR of $320": the last site named by its proper name in the paragraph,
                # else no unit at all (a site is never the segment the call was going through)
                named = [h for h in prior if para.text[h.start : h.start + 1].isupper() and not _SITE_ANAPHORA.match(
                    para.text, h.start, h.end)]
                if (
                    not named
                    and not prior
                    and _opens_on_site(para)
                    and _carried_site(self.carry, self.topic, self.company_name)
                ):
                    # "... W Nashville. [paragraph] The property also continues to ramp up, ... the hotel achieving
                    # RevPAR of $320": a paragraph that opens on "the property" goes on about the site carried into it
                    return self.carry
                return (self._subject_name(named[-1], para) if named else None) or self.company_name
            if prior:
                return self._subject_name(prior[-1], para)
            if self.english:
                # "Aviation revenue declined 20%. ... weigh on this segment": the line named in the sentence
                # before; else the unit the call is going through, never a word picked up before a metric
                # some sentences ago
                recent = self.last_line
                unit = self.last_unit
                if (
                    unit is not None
                    and self.sentence_no - unit[1] <= _ANAPHORA_SENTENCES
                    and _UNIT_ANAPHORA.search(para.text, hit.start, hit.end)
                ):
                    # "Moving to Bell, revenues were down on lower military revenues. ... Backlog in the segment
                    # ended at $5.3 billion": "the segment" is the unit, not a product line named after it
                    return unit[0]
                if recent is not None and self.sentence_no - recent[1] <= _ANAPHORA_SENTENCES:
                    return recent[0]
                return self.topic or self.last_segment or self.carry or self.company_name
            return self.last_named or self.carry or self.company_name
        if not self.english and entry.kind == "phrase" and self._item_firms_quantity(hit, para):
            return self.bracket_firm  # "【岱川能源】公司公告，11月电池出货量12.4GWh": the firm's shipments, not the battery's
        return entry.name

    def _item_firms_quantity(self, hit: _Hit, para: _Paragraph) -> bool:
        """Whether a product named right before a quantity's metric word ("电池出货量") is what the firm of a bracketed
        one-firm item counts: the item's subject is the firm; a part after "其中" stays the part."""
        at = para.phrase_metric.get(hit.start)
        if self.bracket_firm is None or self.heading_firm != self.bracket_firm or at is None:
            return False
        metric = next((h.entry for h in para.metrics if h.start == at), None)
        return (
            isinstance(metric, Metric)
            and not metric.monetary
            and not metric.ratio
            and not para.text[hit.end : at].strip()
            and not _PART_LEAD_ZH.search(para.text, max(0, hit.start - 4), hit.start)
        )

    def run(self) -> list[Fact]:
        """All facts of the document, paragraph by paragraph."""
        facts: list[Fact] = []
        paragraphs = self.doc.paragraphs
        for i, (p, text) in enumerate(zip(paragraphs, self.texts, strict=True)):
            if p.role in ("speaker_label", "boilerplate", "roster"):
                continue
            if not self.english:
                furniture = _PAGE_FURNITURE.match(text)
                if furniture is not None:
                    if furniture.group("list") and not text[furniture.end() :].strip():
                        break  # "相关阅读" over a list of other stories: the page's own story has ended
                    continue  # "相關閱讀：…", "免责声明：…": another story's headline, the publisher's notice
            if p.speaker != self.speaker:
                self.carry = self.line_run = None
                self.stated_change = None
                self.declared_change = None
                self.year_talk = None
                self.topic = None
                self.declared_base = None
                self.speaker = p.speaker
                self.unit_walk = False
            if self.english:
                self._read_declared_base(p.n, text)
                if p.role == "heading":
                    self.line_run = None
                    self.carry = self.topic = None  # a new heading opens a new section: a unit it names is carried anew
                    self.unit_walk = False
            if not self.english and i + 1 < len(paragraphs) and _LIST_ITEM.match(self.texts[i + 1]):
                self._read_heading(text)
            if not self.english:
                segment = _SEGMENT_HEADING.fullmatch(text)
                if segment is not None and not _SECTION_WORD.search(segment.group("seg")):
                    # "业务回顾-港口及相关服务" over "此部门…" paragraphs: the segment is their subject
                    self.carry, self.carry_age, self.heading_firm = segment.group("seg"), 0, None
                    self.section_segment = self.carry
                    continue
                if _BARE_LINE.fullmatch(text):
                    self.section_segment = None  # another heading: the segment's section has ended
            if not self.english:
                if _NUMBERED_SECTION.match(text):
                    self.prior_section = _PRIOR_SECTION.match(text) is not None
                if i > 0 and self._read_unit_heading(text):
                    continue
                self._read_bracket_lead(text)
                self._read_title(text)
                parts = self._breakdown(p, text)
                if parts is not None:
                    facts.extend(parts)
                    continue
                firm_rows = self._firms_table(p, text)
                if firm_rows is not None:
                    facts.extend(firm_rows)
                    continue
                volume_rows = self._volume_table(p, text)
                if volume_rows is not None:
                    facts.extend(volume_rows)
                    continue
                month_rows = self._month_table(p, text)
                if month_rows is not None:
                    facts.extend(month_rows)
                    continue
                filed = self._month_filing(p, text)
                if filed is not None:
                    facts.extend(filed)
                    continue
                rows = self._report_table(p, text)
                if rows is not None:
                    facts.extend(rows)
                    continue
                flat, spans = report_table.flat_table(text, self.state.ctx.quarter)
                if spans:
                    # a table flattened into the paragraph: its figures are read by column, the rest as text
                    read = [f for f in self._paragraph(p, text) if not _in_spans(p.text, f, spans)]
                    for key in [k for k in self.grades if k[0] == p.n and any(a <= k[1] < b for a, b in spans)]:
                        del self.grades[key]  # (a cell's fields are its row's and column's, none guessed)
                    facts.extend(read + [self._flat_fact(p, c) for c in flat])
                    continue
            if self.english and self._read_heading_en(text):
                continue
            facts.extend(self._paragraph(p, text))
        return facts

    def _flat_fact(self, p: Paragraph, cell: report_table.FlatCell) -> Fact:
        """The fact of one figure of a table flattened into a paragraph (``report_table.flat_table``)."""
        start = max(0, cell.start - 12)
        return Fact(
            subject=self.company_name,
            metric=cell.metric,
            value=cell.value,
            unit=cell.unit,
            paragraph=p.n,
            evidence=p.text[start : cell.end],
            start=start,
            end=cell.end,
            change=cell.change,  # type: ignore[arg-type]
            period=cell.period,
            speaker=p.speaker,
            raw=p.text[cell.start : cell.end],
            basis=cell.basis,  # type: ignore[arg-type]
        )

    def _breakdown(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a breakdown attached under a caption (``report_table.breakdown_caption``): a row's amount and
        change, the row's part their subject (a total row the caption's owner); None for a line that is no part
        of one (the caption and unit line are also read as they are)."""
        caption = report_table.breakdown_caption(text)
        if caption is not None:
            self.breakdown, self.breakdown_span = caption, None
            return None
        if self.breakdown is None:
            return None
        if report_table.unit_line(text) is not None:
            return None
        span = report_table.breakdown_head(text)
        if span is not None:
            found = [pm.period for pm in periods.find_periods(span, self.state.ctx) if pm.period]
            self.breakdown_span = found[0] if len(found) == 1 else None
            return []
        row = report_table.breakdown_row(text) if self.breakdown_span is not None else None
        if row is None:
            self.breakdown = self.breakdown_span = None
            return None
        name, (a, b), (c, d) = row
        owner = name or self.breakdown.owner or self.company_name
        scale, currency = self.table_unit or (1, self.state.currency)
        return [
            Fact(
                subject=owner, metric=self.breakdown.metric, value=float(p.text[a:b].replace(",", "")) * scale,
                unit=currency, paragraph=p.n, evidence=p.text[a:b], start=a, end=b, period=self.breakdown_span,
                speaker=p.speaker, raw=p.text[a:b],
            ),
            Fact(
                subject=owner, metric=self.breakdown.metric, value=float(p.text[c:d]), unit="%", paragraph=p.n,
                evidence=p.text[c:d + 1], start=c, end=d, change="yoy", period=self.breakdown_span, speaker=p.speaker,
                raw=p.text[c:d + 1] if p.text[d : d + 1] == "%" else p.text[c:d],
            ),
        ]

    def _firms_table(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a table of several firms, one a row (``report_table.firms_head``) under a caption naming its span or
        month: each row's facts, one a cell, the row's firm their subject; None for a line that is no part of one. A
        table whose caption names no one period is not read."""
        caption = report_table.firms_caption(text)
        if caption is not None:
            named = [pm.period for pm in periods.find_periods(caption[0], self.state.ctx) if pm.period and not pm.base]
            if len(named) == 2 and named[0].isdigit() and named[1].startswith(named[0]) and named[1] != named[0]:
                named = named[1:]  # "2025年前三季度": the year, then its span
            self.firms_caption = (named[0], caption[1]) if len(named) == 1 else None
            self.firms_columns = None
            return None
        if self.firms_caption is None:
            return None
        head = report_table.firms_head(text)
        if head is not None:
            self.firms_columns = head
            return []
        columns = self.firms_columns
        row = report_table.firms_row(text, columns) if columns is not None else None
        if columns is None or row is None:
            self.firms_columns = self.firms_caption = None
            return None
        period, money = self.firms_caption
        name, cells = row
        out = []
        for (a, b), column in zip(cells, columns, strict=True):
            if not column.metric:
                continue  # (a measure no metric knows)
            raw = p.text[a:b]
            value = float(raw.rstrip("%").replace(",", ""))
            if column.growth or column.unit == "%" or raw.endswith("%"):
                unit, scale = "%", 1.0
            else:
                unit = column.unit or self.state.currency
                scale = column.scale if column.scale is not None else float(money or 1)
            out.append(
                Fact(
                    subject=name,
                    metric=column.metric,
                    value=value * scale,
                    unit=unit,
                    paragraph=p.n,
                    evidence=p.text[a:b],
                    start=a,
                    end=b,
                    change="yoy" if column.growth else None,
                    period=period,
                    speaker=p.speaker,
                    raw=raw,
                )
            )
        return out

    def _volume_table(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a maker's monthly production or sales table (``report_table.volume_head``): each row's facts, one
        a cell, the row's product their subject (the company for the total); None for a line that is no part of one.
        The month is the one a short line named last ("2025年11月份产销数据快报如下"); with none, nothing is read."""
        if self.volume_columns is None and "月" in text and len(text) <= 120:
            named = [
                pm.period
                for pm in periods.find_periods(text, self.state.ctx)
                if pm.kind == "month" and pm.period and len(pm.period) == 7 and not pm.base and not pm.forward
            ]
            self.volume_month = named[-1] if named else self.volume_month
        section = report_table.volume_section(text)
        if section is not None:
            self.volume_metric, self.volume_columns = section, None
            return None
        counted = report_table.volume_unit(text)
        if counted is not None:
            self.volume_unit, self.volume_columns = counted, None
            return []
        head = report_table.volume_head(text) if self.volume_unit is not None else None
        if head is not None:
            month_named = self.volume_month or ""
            metric = head.metric or self.volume_metric
            self.volume_columns = head if metric and len(month_named) == 7 and month_named[4] == "-" else None
            return [] if self.volume_columns is not None else None
        columns = self.volume_columns
        row = report_table.volume_row(text, columns) if columns is not None else None
        if columns is None or row is None or self.volume_unit is None:
            self.volume_columns = self.volume_unit = None
            return None
        metric = columns.metric or self.volume_metric or ""
        year, month = int((self.volume_month or "")[:4]), int((self.volume_month or "")[5:7])
        name, total, cells = row
        scale, unit = self.volume_unit
        out = []
        for a, b, kind in cells:
            shown = year - 1 if kind.endswith("prior") else year
            period = periods.month_str(shown, month)
            if kind.startswith("ytd"):
                period = f"{periods.month_str(shown, 1)}-{period}" if month % 3 else periods.span(
                    periods.calendar_quarter(shown, 1), periods.calendar_quarter(shown, month)
                )
            level = not kind.endswith("yoy")
            out.append(
                Fact(
                    subject=self.company_name if total else name,
                    metric=metric,
                    value=float(p.text[a:b].replace(",", "")) * (scale if level else 1),
                    unit=unit if level else "%",
                    paragraph=p.n,
                    evidence=p.text[a:b],
                    start=a,
                    end=b,
                    change=None if level else "yoy",
                    period=period,
                    speaker=p.speaker,
                    raw=p.text[a:b],
                    basis="prior" if kind.endswith("prior") else None,
                )
            )
        return out

    def _month_table(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a table of several firms' monthly revenue (``report_table.month_head``): each row's facts,
        one a cell, the row's firm their subject; None for a line that is no part of one (the caption is read
        as text)."""
        scale = report_table.month_unit(text)
        if scale is not None:
            self.month_scale, self.month_columns = scale, None
            return None
        head = report_table.month_head(text, self.month_scale)
        if head is not None:
            self.month_columns = head
            return []
        if self.month_columns is None:
            return None
        columns = self.month_columns
        row = report_table.month_row(text, columns)
        ctx = self.state.ctx
        year = ctx.year
        if row is None or year is None:
            self.month_columns = self.month_scale = None
            return None
        if ctx.date is not None and columns.month > ctx.date[1]:
            year -= 1  # a December story of November's revenue, a January story of December's
        month = periods.month_str(year, columns.month)
        first = periods.calendar_quarter(year, 1)
        if columns.month % 3 == 0:
            to_date = periods.span(first, periods.calendar_quarter(year, columns.month))
        else:
            to_date = f"{periods.month_str(year, 1)}-{month}"
        name, cells = row
        out = []
        for a, b, kind in cells:
            value = float(p.text[a:b].replace(",", ""))
            period = to_date if kind.startswith("ytd") else month
            level = kind in ("month", "ytd")
            out.append(
                Fact(
                    subject=name,
                    metric="revenue",
                    value=value * columns.scale if level else value,
                    unit=self.state.currency if level else "%",
                    paragraph=p.n,
                    evidence=p.text[a:b],
                    start=a,
                    end=b,
                    change="yoy" if kind.endswith("yoy") else None,  # (a move on the month before states none)
                    period=period,
                    speaker=p.speaker,
                    raw=p.text[a:b],
                )
            )
        return out

    def _month_filing(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a firm's monthly revenue filing (``report_table.filing_head``): the month, the year to date, last
        year's and the changes, one a row; None for a line that is no part of one (its title is read as text)."""
        if report_table.filing_title(text):
            named = [pm.period for pm in periods.find_periods(text, self.state.ctx) if pm.kind == "month" and pm.period]
            self.filing_month = named[0] if named and len(named[0]) == 7 else None
            return None
        if report_table.filing_head(text):
            if self.filing_month is None or self.month_scale is None:
                return None
            self.filing_block = "month"
            return []
        row = report_table.filing_row(text) if self.filing_block is not None else None
        if row is None or self.filing_month is None or self.month_scale is None:
            self.filing_block = None
            return None
        block, kind, (a, b) = row
        block = self.filing_block = block or self.filing_block
        year, month = int(self.filing_month[:4]), int(self.filing_month[5:])
        shown = year - 1 if kind == "prior" else year
        period = periods.month_str(shown, month)
        if block == "ytd":
            period = f"{periods.month_str(shown, 1)}-{period}" if month % 3 else periods.span(
                periods.calendar_quarter(shown, 1), periods.calendar_quarter(shown, month)
            )
        raw = p.text[a:b]
        value = float(raw.rstrip("%").replace(",", ""))
        pct = kind == "pct"
        return [
            Fact(
                subject=self.company_name,
                metric="revenue",
                value=value if pct else value * self.month_scale,
                unit="%" if pct else self.state.currency,
                paragraph=p.n,
                evidence=p.text[: b],
                start=0,
                end=b,
                change="yoy" if kind in ("amount", "pct") else None,
                period=period,
                speaker=p.speaker,
                raw=raw,
                basis="prior" if kind == "prior" else None,
            )
        ]

    def _rows_after_head(
        self, p: Paragraph, text: str, columns: report_table.Columns, head_end: int, quarter: int | None = -1
    ) -> list[Fact] | None:
        """The rows run on after a table's head in one paragraph (``quarter`` -1: the report's own); the table ends at
        the first stretch that is no row of it."""
        spans = [(max(a, head_end), b) for a, b in report_table.rows_in(text) if b > head_end and text[max(a, head_end) : b].strip()]
        quarter = self.state.ctx.quarter if quarter == -1 else quarter
        read: list[Fact] = []
        for span in spans:
            row = report_table.row_facts(p, text, columns, quarter, self.company_name, "", span)
            if row is None:
                self.table_columns = None
                return read or None
            read.extend(row)
        return read

    def _report_table(self, p: Paragraph, text: str) -> list[Fact] | None:
        """A line of a quarterly report's table of main figures (``report_table``): its facts, None for
        a line that is no part of one; the unit line and the head row make none."""
        if text.count("|") >= 2:
            if _PIPE_RULE.fullmatch(text):
                return [] if self.table_columns is not None else None  # "---|---|": the rule under a pipe table's head
            text = text.replace("|", " ")  # "报告期 | 2025年第三季度 | …": a pipe table's cells, offsets kept
        unit = report_table.unit_line(text)
        if unit is not None:
            self.table_unit = unit
            return None
        head_text, table_unit = text, self.table_unit
        if (in_head := report_table.head_cell_unit(text)) is not None:
            head_text, table_unit = in_head  # "2025年（亿元） 2024年（亿元）": the unit each period's cell gives
        columns = (
            report_table.head(head_text, table_unit)
            or report_table.period_head(head_text, table_unit, self.state.ctx)
            or report_table.slashed_head(head_text, table_unit, self.state.ctx)
            or report_table.estimate_head(head_text, table_unit)
            or report_table.ae_head(head_text, table_unit)
            or report_table.quarters_head(head_text, table_unit, self.state.ctx.quarter)
        )
        if columns is not None:
            self.table_columns, self.table_name, self.table_parent = columns, "", None
            return []
        run_on = report_table.period_head_run_on(text, self.table_unit, self.state.ctx)
        if run_on is not None:
            # a head of two periods and a change column with the first row run on after it in the same paragraph
            self.table_columns, self.table_name = run_on[0], ""
            return self._rows_after_head(p, text, run_on[0], run_on[1])
        lines = report_table.line_head(text, self.table_unit)
        if lines is not None:
            self.line_columns, self.table_columns = lines, None
            return []
        lines_run_on = report_table.line_head_run_on(text, self.table_unit)
        if lines_run_on is not None:
            # a head of business lines' metrics with the first row run on after it in the same paragraph
            self.line_columns, self.table_columns = lines_run_on[0], None
            ctx, end = self.state.ctx, lines_run_on[1]
            first = report_table.line_row_facts(p, " " * end + text[end:], self.line_columns, ctx.running or ctx.period, self.company_name)
            if first is None:
                self.line_columns = None
            return first
        if self.line_columns is not None:
            if report_table.name_only(text):
                return []  # "分产品", "分地区": a group of the rows below
            ctx = self.state.ctx
            line_rows = report_table.line_row_facts(p, text, self.line_columns, ctx.running or ctx.period, self.company_name)
            if line_rows is not None:
                return line_rows
            self.line_columns = None
        dated = report_table.dated_head(text, self.table_unit)
        if dated is not None:
            # a quote site's table dated by year and month, its rows maybe run on after the head in the same paragraph;
            # with no unit line its money is the page's currency (a Taiwanese site's EPS in NT dollars)
            columns = dated[0] if self.table_unit is not None else replace(dated[0], currency=self.state.currency)
            self.table_columns, self.table_name = columns, ""
            return self._rows_after_head(p, text, columns, dated[1], None)
        if self.table_columns is None:
            return None
        split = report_table.restated(self.table_columns, text)
        if split is not None:
            self.table_columns = split  # "调整前 调整后 调整后": the prior column first reported, then restated
            return []
        if report_table.column_note(text):
            self.table_columns = report_table.noted_unit(self.table_columns, text)
            return []
        if report_table.name_only(text):
            cells = text.split()
            if len(cells) >= 3 and len(set(cells[1:])) == 1:
                return []  # "报表类型 合并报表 合并报表 …": what every column is, no group of the rows below
            self.table_name = self.table_name + text.strip()
            return []
        before, self.table_name = self.table_name, ""
        quarter, columns = self.state.ctx.quarter, self.table_columns
        rows = report_table.row_facts(p, text, columns, quarter, self.company_name, before, parent=self.table_parent)
        if rows:
            # a row of the whole business is the parent of the "其中：" rows under it; a part's row keeps its parent
            self.table_parent = rows[0].metric if rows[0].subject == self.company_name else self.table_parent
        else:
            self.table_parent = None
        if rows is None and len(report_table.rows_in(text)) > 1:
            # rows run together on one line ("… 14.85营业利润 21,306.12 …"): each stretch a row of its own
            rows = []
            for k, span in enumerate(report_table.rows_in(text)):
                row = report_table.row_facts(p, text, columns, quarter, self.company_name, before if k == 0 else "", span)
                if row is None:
                    rows = None
                    break
                rows.extend(row)
        if rows is None:
            self.table_columns = None
        return rows

    def _read_heading(self, text: str) -> None:
        """A bare line over a bulleted list: a firm's name ("上汽集团" over "- 2025年H1总营收…") is the
        subject of the items below it until the next heading; a section label ("核心观点") ends that."""
        line = text.strip()
        if not _HEADING_NAME.fullmatch(line):
            return
        if (
            _SECTION_HEADING.search(line)
            or _NOT_A_FIRM.search(line)
            or _SECTION_WORD.search(line)
            or to_simplified(line).endswith(ls.phrase_words().zh_topic_end)  # "费用结构", "盈利能力"
        ):
            if self.heading_firm is not None and self.carry == self.heading_firm:
                self.carry = None
            self.heading_firm = None
            return
        self.heading_firm = self.carry = line
        self.carry_age = 0

    def _read_unit_heading(self, text: str) -> bool:
        """A heading line that names a part of the business ("一、储能业务", "（二）海外市场"): the part is the subject
        of the bare figures under it until a heading at its level or above; True when the line is such a heading."""
        level, rest = _UNNUMBERED_LEVEL, text
        for n, number in _HEADING_LEVELS:
            found = number.match(text)
            if found is not None:
                level, rest = n, text[found.end() :]
                break
        rest = rest.strip().removesuffix("：").removesuffix(":").rstrip()
        if not _BARE_LINE.fullmatch(rest) or len(rest) > 16:
            return False  # a sentence or a figure: no heading
        if self.unit_section is not None and level <= self.unit_section[1]:
            if self.carry == self.unit_section[0]:
                self.carry = None  # "二、财务状况" after "一、储能业务": the part's section has ended
            self.unit_section = None
        words = ls.phrase_words()
        simple = to_simplified(rest)
        while not simple.endswith(words.zh_unit_heading_end) and simple.endswith(words.zh_topic_end):
            # "储能业务经营情况": what the section says about the unit, after the unit's name
            simple = simple[: -len(next(w for w in words.zh_topic_end if simple.endswith(w)))]
        rest = rest[: len(simple)]
        if (
            not simple.endswith(words.zh_unit_heading_end)
            or simple.startswith(words.zh_whole_heading_start)
            or len(simple) <= min(len(w) for w in words.zh_unit_heading_end) + 1
            or _SECTION_WORD.search(simple)
            or _TIME_IN_NAME.search(simple)
        ):
            return False
        self.unit_section = (rest, level)
        self.carry, self.carry_age, self.heading_firm = rest, 0, None
        return True

    def _read_heading_en(self, text: str) -> bool:
        """English: a bare title-case line over a block of figures ("Industrial Solutions", "Americas", "Outlook"). A
        unit it names (a segment or region of the lexicon, a name ending on a kind of unit) is the subject of the bare
        figures right under it; a topic or metric it names opens a section of the whole company, so a unit carried
        from before it ends. True when the line is such a heading."""
        line = text.strip().removesuffix(":").rstrip()
        if len(line) > 48 or not line[:1].isupper() or not _EN_BARE_HEADING.fullmatch(line):
            return False
        words = ls.phrase_words()
        tokens = [w.casefold() for w in line.split()]
        whole = [e for a, b, e in self.state.subjects.finditer(line) if a == 0 and b == len(line)]
        unit = (
            bool(whole) and whole[0].kind in ("segment", "region")  # type: ignore[attr-defined]
        ) or (len(tokens) > 1 and (tokens[-1] in _KIND_HEADS or tokens[-1] in words.en_unit_heads))
        topic = any(t in words.en_topic_heading_words for t in tokens) or any(
            True for _ in lm.metric_matcher().finditer(line)
        )
        if topic or _own_name(line, self.state.company, self.state.names):
            self.carry = self.topic = self.line_run = None  # "Outlook", "Balance Sheet": the whole company's section
            return True
        if not unit:
            return False
        self.carry, self.carry_age, self.topic, self.line_run = line, 0, None, None
        return True

    def _read_bracket_lead(self, text: str) -> None:
        """A paragraph opening on a firm's name in brackets ("【启澜储能】公司公告前三季度…", a digest's item on one
        firm): the firm is the subject of that paragraph ("公司" is it); the next paragraph that opens on no
        such name is no longer its."""
        lead = _BRACKET_FIRM_LEAD.match(text)
        name = lead.group("n") if lead is not None else None
        if name is not None and (
            _SECTION_HEADING.search(name)
            or _NOT_A_FIRM.search(name)
            or _SECTION_WORD.search(name)
            or name in _BRACKET_LABELS
            or _DATELINE_TAG.search(name)
            or to_simplified(name).endswith(ls.phrase_words().zh_topic_end)
        ):
            name = None
        if name is None:
            if self.bracket_firm is not None and self.heading_firm == self.bracket_firm:
                self.heading_firm = self.carry = None
            self.bracket_firm = None
            return
        self.bracket_firm = self.heading_firm = self.carry = name
        self.carry_age = 0

    def _read_title(self, text: str) -> None:
        """A headline that opens on a firm ("中芯国际:Q2营收同比增16.2%", "Marqeta (MQ) Reports Q2 Earnings"):
        the firm is the subject of the story below it until the next such headline (a page of several
        stories names each story's firm in its title only)."""
        line = text.strip()
        if len(line) > 80 or "。" in line:
            return
        lead = _TITLE_ITEM_LEAD.match(line)
        start = lead.end() if lead is not None else 0
        for pattern in _TITLE_FIRM:
            found = pattern.match(line, start)
            if found is None or (start and not _CODED.search(found.group())):
                continue  # (after an item's number or sector tag, a firm's name with its code: "3. 【电子】晶衡科技（688413）：")
            if not _TITLE_RESULT.search(line, found.end()) and not (
                # "南岳新材：拟投资8亿元建设…项目" on a flash roll: the firm's announcement, on a page of no one firm
                self.state.company is None and _TITLE_ANNOUNCEMENT.match(line, found.end())
            ):
                continue
            if _ASKING.match(line, found.end()):
                return  # "投资者:请问公司第三季度毛利率是多少?": who asks, no firm a headline names
            name = _REPORT_TAIL.sub("", found.group("n").strip())  # "青禾银行三季报:…": the bank, not its report
            if (
                len(name) < 2
                or _SECTION_HEADING.search(name)
                or _NOT_A_FIRM.search(name)
                or _SECTION_WORD.search(name)
                or to_simplified(name).endswith(ls.phrase_words().zh_topic_end)  # "投资者关系活动类别:…业绩说明会"
                or _COUNTED_FIRMS.search(name)  # "两家乳企三季报出炉:…": a story of several firms
                or name in _BARE_FIRM_REFERENCES
                or name in _BYLINE_LABELS  # "联系人：钟思远" under a report's title: who to call, no firm
                or name in ls.phrase_words().zh_forecasters  # "机构：第三季度…出货量…": whose data, no firm
            ):
                return
            self.heading_firm = self.carry = name
            self.carry_age = 0
            return

    def _read_declared_base(self, n: int, text: str) -> None:
        """Notes a declaration of the year the speaker's changes compare with (``_DECLARED_BASES``)."""
        if "19" not in text and "20" not in text:
            return  # (every row ends on a year)
        low = text.lower() if text.isascii() else None
        for gate, row in zip(_DECLARED_BASE_GATES, _DECLARED_BASES, strict=True):
            if low is not None and not any(word in low for word in gate):
                continue  # (a word the row cannot match without)
            found = row.search(text)
            if found is not None:
                self.declared_base = (int(found.group("y")), n, found.start())
                return

    def _declared_years_back(self, para_n: int, m: NumberMention, period: str | None) -> int:
        """How many years before the figure's period the speaker's declared base year lies, for a figure said
        after the declaration; 0 when there is none."""
        if self.declared_base is None or period is None or not period[:4].isdigit():
            return 0
        year, n, at = self.declared_base
        if para_n < n or (para_n == n and m.start < at):
            return 0
        return int(period[:4]) - year

    def _paragraph(self, p: Paragraph, text: str) -> list[Fact]:
        """Facts of one paragraph; updates the carried subject."""
        out = self._paragraph_facts(p, text)
        if self.english:
            out = self._unit_walk(text, out)
        if self.prior_section and not _OWN_PERIOD_WORD.search(text):
            out = [self._as_last_years(f) for f in out]
        elif out and not self.english and "同期" in text:
            led = _prior_led_sentences(text)
            if led:
                out = [self._as_last_years(f) if any(a <= f.start < b for a, b in led) else f for f in out]
        self.prev_out = out
        if out and self.english:
            self.last_fact = (out[-1].subject, self.sentence_no)
            if self.topic is not None and any(_same_line(f.subject, self.topic) for f in out):
                self.topic_at = self.sentence_no
        return out

    def _unit_walk(self, text: str, out: list[Fact]) -> list[Fact]:
        """English: drop the company's figures said during a walk through units the text does not name ("Now let's
        review the segments. Revenue was $828 million."): they are some unit's, and which one is unknown."""
        if not self.unit_walk and "egment" not in text and "usiness" not in text:
            return out  # (every announcement names segments or businesses)
        words = ls.phrase_words()
        low = text.casefold()
        events = sorted(
            [(low.find(w), False) for w in words.en_walk_ends if w in low]
            + [(low.find(n.casefold()), False) for n in self.state.names if n and n.casefold() in low]
            + [(at, True) for w in words.en_walk_opens if w in low and _figureless_at(low, at := low.find(w))]
        )
        kept: list[Fact] = []
        walk, i = self.unit_walk, 0
        for fact in sorted(out, key=lambda f: f.start):
            while i < len(events) and events[i][0] <= fact.start:
                walk = events[i][1]
                i += 1
            if not (walk and fact.subject == self.company_name):
                kept.append(fact)
        for _at, opens in events[i:]:
            walk = opens
        # a unit named or carried from here on is what the bare figures after are about: the walk has its names
        self.unit_walk = walk and self.topic is None and self.carry in (None, self.company_name)
        return kept if len(kept) < len(out) else out

    def _as_last_years(self, fact: Fact) -> Fact:
        """A figure under a section of last year's figures (``_PRIOR_SECTION``): of the span reported a year before, the
        base this period's figures are set against; a change or a figure of another period is left as read."""
        ctx = self.state.ctx
        own = ctx.running or ctx.period
        # (a December year's fourth quarter reported: its whole year is the span reported too)
        year = own[:4] if own and own.endswith("Q4") and ctx.fiscal_year_end_month == 12 else None
        if fact.change is not None or fact.basis is not None or fact.period is None or fact.period not in (own, year):
            return fact
        before = report_table.year_before(fact.period)
        return fact if before is None else replace(fact, period=before, basis="prior")

    def _paragraph_facts(self, p: Paragraph, text: str) -> list[Fact]:
        """Facts of one paragraph (see ``_paragraph``)."""
        mentions = numbers.scan(text)
        if not mentions:
            para = _Paragraph(text, self.state)
            para.add_topics(self.english)
            # (the paragraph's periods are found only when its outlook or the year its lines talk of asks for them,
            # and then once for both)
            named = self._update_guided(para, None)
            results_line = self._results_subject(para) if self.english else None
            self._update_carry_all(para)
            if results_line is not None:
                # "Home Warranty Services continues to grow revenue and profit." then "Revenues increased 18% to
                # $412 million.": the line named as the subject of the results is whose the bare figures after are
                self.carry = self.line_carry = results_line[0]
                self.carry_age = results_line[1]
                self.results_line = (results_line[0], self.sentence_no + len(para.sentences))
            if not self.english and _metric_heading(para):
                self.carry = None  # "营收成本" over the next paragraph: the business line before is done
            self.heading_metric = _heading_metric(para) if not self.english else None
            if self.english:
                yoy_words, qoq_words = _YOY.anywhere(text), _QOQ.anywhere(text)  # (else no sentence is searched)
                for i, (s0, e0) in enumerate(para.sentences):
                    yoy = _YOY.search(text, s0, e0) if yoy_words else None
                    qoq = _QOQ.search(text, s0, e0) if qoq_words else None
                    if qoq and not yoy and _MONTH_TO_MONTH.search(text, s0, e0):
                        qoq = None  # "saw sequential improvement from April to May": month on month, no QoQ
                    if bool(yoy) != bool(qoq):
                        # "... a slight decline in card revenue on a linked quarter basis.": the comparison
                        # the speaker is making holds for the figures that follow
                        self.stated_change = ("yoy" if yoy else "qoq", self.sentence_no + i)
                        self.change_run = None
                    declared = self._declared_comparison(para, s0, e0)
                    if declared is not None:
                        self.declared_change = (declared, self.sentence_no + i)
            self._update_year_talk(para, named)
            self._update_plan_year(para)
            self.running_before = None
            self._note_margin(para)
            self.sentence_no += len(para.sentences)
            self._note_line(para)
            self._note_line_run(para, [])
            return []
        para = _Paragraph(text, self.state)
        self._para = para
        label = _PART_LABEL.match(text)
        part_period = None
        if self.heading_metric is not None and label is not None and not para.metrics:
            # "每股股息" over "中期：人民幣7.90分" and "末期：…": each part's sum is the heading's metric
            para.metrics.append(_Hit(label.start("part"), label.end("part"), self.heading_metric))
            part_period = _part_period(label.group("part"), self.state.ctx)
        elif label is None:
            self.heading_metric = None
        para.add_phrase_subjects(
            self.english, self.state.company, mentions, self.topics_seen, self.state.names, self.state.trades
        )
        if self.english:
            self._note_share_parts(para, p.n)
        names = para.subjects + para.metrics
        mentions = _uncovered(mentions, names)
        period_mentions = periods.find_periods(text, self.state.ctx)
        self.guided_before = self.guided
        out: list[Fact] = []
        groups = _list_groups(text, mentions)
        paired: list[tuple[int, int]] = []  # (fact index, clause start) of growth rates given as a base
        figure_of: list[NumberMention] = []  # the mention of each fact in ``out``
        for idx, m in enumerate(mentions):
            fact = self._fact(p, para, m, self.carry, period_mentions, groups[idx], mentions, out)
            if fact is None and not self.english and m.unit == "%" and _ZH_RESTATED_RATE.match(text, m.end):
                fact = _restated_rate(p, para, m, [*self.prior_rates, *out])
            if fact is None:
                continue
            if part_period is not None and not period_mentions and fact.basis is None:
                fact = replace(fact, period=part_period)  # "中期：每股8.0港仙": the report year's first half
            if m.role == "base" and fact.unit == "%" and fact.change is None:
                paired.append((len(out), para.clause(m.start)[0]))
            if not self.english and out and fact.basis == "prior":
                fact = _as_bracketed_comparative(text, m, fact, out[-1], figure_of[-1])
            if self.english and idx > 0 and fact.unit in _RATE_UNITS:
                fact = _adjusted_like_before(text, m, fact, mentions[idx - 1])
            if fact.value_high is not None and fact.unit not in _RATE_UNITS and fact.basis is None and (
                fact.metric.endswith(" guidance")
            ):
                at = self.sentence_no + para.sentence_starts.index(sentence_start(para, m))
                self.last_range = (fact.metric, at, fact.period)
                self.ranges = [r for r in self.ranges if at - r[1] <= 1] + [self.last_range]
            out.append(fact)
            figure_of.append(m)
        for i, c_start in paired:
            # "growth accelerated from 18% last quarter to 26%": the base is the same kind of rate
            later = [
                f for f in out[i + 1 :] if f.unit == "%" and para.clause(f.start)[0] == c_start and f.change
            ]
            if later:
                out[i] = replace(out[i], change=later[0].change)
            elif self.english and _PREVIOUSLY_AFTER.match(text, figure_of[i].end):
                # "guidance to 10% to 11% year-over-year versus 10.5% to 11.75% previously": the earlier forecast
                # is of the same kind of rate as the new one before it
                new = [
                    f for f in out[:i] if f.unit == "%" and f.metric == out[i].metric and f.change and f.period == out[i].period
                    and para.sentence(f.start)[0] == para.sentence(out[i].start)[0]
                ]
                if new:
                    out[i] = replace(out[i], change=new[-1].change)
            elif self.english:
                # "organic revenue growth of 3.4%, an improvement from 2% in the first quarter": the rate it improved
                # on is the same kind of rate, of its own period
                rate = _rate_compared_before(para, out[:i], out[i])
                if rate is not None:
                    out[i] = replace(out[i], change=rate.change)
        self._update_guided(para, period_mentions)
        self._update_carry_all(para)
        self._update_year_talk(para, period_mentions)
        self._update_plan_year(para)
        self._update_running_before(para, period_mentions)
        self._note_margin(para)
        self.sentence_no += len(para.sentences)
        named = [
            pm
            for pm in period_mentions
            if pm.period
            and not pm.base
            and not pm.forward
            and (self.english or not (_paren_label(text, pm) or _EVENT_AFTER_ZH.match(text, pm.end)))
        ]
        if named:
            self.last_period = named[-1].period
        stripped = text.rstrip()
        if stripped.endswith((":", "：")) and _LIST_LEAD.search(stripped):  # (a lead ends in a colon)
            self.list_period = named[-1].period if named else self.list_period  # "年内，业绩概述如下："
        elif not _LIST_ITEM.match(text):
            self.list_period = None
        lines = [h for h in para.subjects if h.entry.kind in ("segment", "phrase", "topic")]  # type: ignore[attr-defined]
        self._note_line(para)
        self._note_line_run(para, out)
        if lines:
            self.last_named = lines[-1].entry.name  # type: ignore[attr-defined]
        segs = [h for h in lines if _written_as_segment(text, h)]
        if segs:
            self.last_segment = segs[-1].entry.name  # type: ignore[attr-defined]
        self.prior_rates = [f for f in out if f.unit == "%" and f.change is not None and f.basis is None]
        if self.english:
            out = _earlier_guidance_periods(text, out)
        if not self.english and "为" in text:
            out = _turned_to(text, para, out, figure_of)
        if not self.english and ("合" in text or "约" in text):
            out = _converted(text, out, figure_of)
        if not self.english and text.count("|") >= 3:
            # a table row ("營業額 / 收益 | 1,461,540 | 19.448% | …"): a rate whose cell says neither its
            # period nor what it compares with depends on column heads the row does not hold; left out
            out = [f for f in out if not (f.unit in _RATE_UNITS and f.change is None and f.period is None)]
        return out

    def _update_year_talk(self, para: _Paragraph, period_mentions: list[PeriodMention] | None) -> None:
        """English: a transcript written a sentence a line ("For the full year, revenues were $11.7 billion." /
        "Adjusted EPS was $2.07.") keeps the year its line led with for the next lines that name no period or only
        that year again; any other period named ends it. ``period_mentions`` None: found here when they count."""
        if not self.english:
            return
        if period_mentions is None:
            if self.year_talk is None and len(para.sentences) != 1:
                return  # only a one-sentence line starts a year's talk: whatever periods it names, none is kept
            if self.year_talk is None and para.found_periods is None and not _may_lead_year(para, self.state.ctx.quarter):
                return  # no period can open the line: none starts a year's talk, and its periods are not resolved
            period_mentions = self._periods_of(para)
        named = [pm for pm in period_mentions if pm.period and not pm.base]
        if not named:
            return
        first = named[0]
        quarter = self.state.ctx.quarter
        if (
            len(para.sentences) == 1
            and (_leads_period(para, first, quarter) or _leads_year_ahead(para, first, quarter))
            and all(pm.period == first.period for pm in named)
        ):
            self.year_talk = (str(first.period), self.sentence_no)
        elif (
            self.year_talk is not None
            and len(para.sentences) == 1
            and all(pm.period == self.year_talk[0] for pm in named)
        ):
            # "Volume growth consisted of 3% from new products, with other products flat for the year.": a line
            # that names the same year again goes on with it
            self.year_talk = (self.year_talk[0], self.sentence_no)
        elif self.year_talk is not None and len(para.sentences) == 1 and all(pm.forward for pm in named):
            pass  # "We remain optimistic that livestock will return to growth in 2021.": a hope, the year's results go on
        else:
            self.year_talk = None

    def _update_plan_year(self, para: _Paragraph) -> None:
        """English: remember the year a capital plan is named for when it is the document's year or the next."""
        if not self.english or "plan" not in para.text:
            return
        quarter = self.state.ctx.quarter
        for hit in _PLAN_FOR_YEAR.finditer(para.text):
            year = hit.group("y1") or hit.group("y2")
            if quarter is not None and int(year) in (quarter // 4, quarter // 4 + 1):
                self.plan_year = (year, self.sentence_no)

    def _update_running_before(self, para: _Paragraph, period_mentions: list[PeriodMention]) -> None:
        """English: remember the year to date the paragraph's last sentence names last, when it runs to the
        document's quarter and no other period follows it there."""
        self.running_before = None
        quarter = self.state.ctx.quarter
        if not self.english or not para.sentences or quarter is None:
            return
        last_start = para.sentences[-1][0]
        named = [pm for pm in period_mentions if pm.period and not pm.base and pm.start >= last_start]
        if not named:
            return
        pm = named[-1]
        first, _, end = str(pm.period).partition("-")
        lo, hi = periods.parse_quarter(first), periods.parse_quarter(end) if end else None
        if pm.kind == "span" and not pm.forward and not pm.quarters and lo is not None and hi == quarter and lo < hi:
            self.running_before = pm.period

    def _running_before_at(
        self, para: _Paragraph, sentence: tuple[int, int], metric: Metric, period_mentions: list[PeriodMention]
    ) -> str | None:
        """The year to date the paragraph before ended on, for its first sentence when that names no period and
        opens on a measure ("Adjusted EBITDA stood at $249.2 million"): the same summary goes on."""
        if self.running_before is None or metric.point or not para.sentences or sentence[0] != para.sentences[0][0]:
            return None
        if any(
            sentence[0] <= pm.start < sentence[1] and (not pm.base or _base_quarter(para.text, pm)) for pm in period_mentions
        ):
            return None  # "compared to $40 million in the prior year quarter": a quarter's figure, set against its own
        if _SEQUENTIAL_WORD.search(para.text, sentence[0], sentence[1]):
            return None  # "up 4% sequentially": a quarter set against the one before, not a year to date
        opens = sentence[0] + len(para.text[sentence[0] : sentence[1]]) - len(para.text[sentence[0] : sentence[1]].lstrip())
        if not any(h.start == opens for h in para.metrics):
            return None
        return self.running_before

    def _plan_year_at(self, para: _Paragraph, sentence: tuple[int, int], metric: Metric) -> str | None:
        """The year of a capital plan named up to ``_PLAN_YEAR_SENTENCES`` sentences before, for a capital
        spending figure whose sentence speaks of the plan and names no period ("The core capital plan is
        approximately $150 million")."""
        plan = self.plan_year
        if (
            plan is None
            or metric.name not in _PLAN_METRICS
            or self.sentence_no - plan[1] > _PLAN_YEAR_SENTENCES
            or not _PLAN_WORD.search(para.text, *sentence)
        ):
            return None
        return plan[0]

    def _year_talk_at(self, para: _Paragraph, m: NumberMention) -> str | None:
        """The year an earlier one-sentence line led with, for a one-sentence line that names no period, up to
        ``_YEAR_TALK_LINES`` lines on; a coming year only for a line that still looks ahead ("For 2026, we expect
        revenue of $500 million." / "Gross margin was 41%.": a result reached, of the document's own period)."""
        talk = self.year_talk
        if talk is None or len(para.sentences) != 1 or self.sentence_no - talk[1] > _YEAR_TALK_LINES:
            return None
        quarter = self.state.ctx.quarter
        if (
            talk[0].isdigit()
            and quarter is not None
            and int(talk[0]) > quarter // 4
            and _PAST_RESULT.search(para.text, para.sentences[0][0], m.start)
            and not periods._FORWARD_WORDS.search(para.text)
        ):
            return None
        return talk[0]

    def _note_margin(self, para: _Paragraph) -> None:
        """English: remember the last margin of a named kind the paragraph names (see ``last_margin``)."""
        if not self.english or "margin" not in para.text.lower():
            return
        named = _named_margins(para, len(para.text))
        if named:
            at = para.sentence_starts.index(para.sentence(named[-1].start)[0])
            self.last_margin = (str(named[-1].entry.name), self.sentence_no + at)  # type: ignore[attr-defined]

    def _margin_kind(self, para: _Paragraph, m: NumberMention) -> str | None:
        """The kind of margin a bare "margin" is: the last named before it in its paragraph, else one named up to
        ``_MARGIN_SENTENCES`` sentences before ("drove 30 basis points of GP margin reduction. ... included a 10
        basis point margin improvement")."""
        named = _named_margins(para, m.start)
        if named:
            return str(named[-1].entry.name)  # type: ignore[attr-defined]
        if self.last_margin is not None and self.sentence_no - self.last_margin[1] <= _MARGIN_SENTENCES:
            return self.last_margin[0]
        return None

    def _note_line(self, para: _Paragraph) -> None:
        """English: remember the last business line the paragraph names (see ``last_line``)."""
        if not self.english:
            return
        units = [
            h
            for h in para.subjects
            if h.entry.name  # type: ignore[attr-defined]
            and (
                h.entry.kind in ("segment", "topic")  # type: ignore[attr-defined]
                or h.start in para.clause_heads
                # "revenues for the towable segment were $2 billion": a lowercase line written with its kind
                or (h.entry.kind == "phrase" and _UNIT_KIND_AFTER.match(para.text, h.end) is not None)  # type: ignore[attr-defined]
            )
        ]
        if units:
            self.last_unit = (units[-1].entry.name, self.sentence_no)  # type: ignore[attr-defined]
        for h in reversed(para.subjects):
            if h.start in para.own_lines:
                continue  # a unit named alone is the subject of its own clause only, no antecedent
            if h.entry.kind in ("segment", "phrase", "topic") and h.entry.name:  # type: ignore[attr-defined]
                self.last_line = (h.entry.name, self.sentence_no)  # type: ignore[attr-defined]
                return

    def _update_guided(
        self, para: _Paragraph, period_mentions: list[PeriodMention] | None
    ) -> list[PeriodMention] | None:
        """Keep the period the call's outlook is about: the last one named in a sentence with a
        forecast word ("Turning to our fiscal 2022 outlook."), for the forecasts that follow without
        naming it; it lapses after ``_CARRY_SENTENCES`` sentences. Returns the paragraph's periods when
        given or found here (a paragraph without a forecast word is not searched), else None."""
        found = outlook = None
        if para.forecast_in():
            if period_mentions is None:
                period_mentions = self._periods_of(para)
            quarters: dict[int, set[str | None]] = {}
            for x in period_mentions:
                if x.kind == "quarter":
                    quarters.setdefault(para.sentence(x.start)[0], set()).add(x.period)
            seasonal = {at for at, named in quarters.items() if len(named) >= _SEASONAL_PERIODS}
            seasonal |= _schedules(para, period_mentions) if self.english else set()
            for pm in period_mentions:
                if not pm.period or pm.base or pm.kind not in ("quarter", "year", "span"):
                    continue
                if self.english and (_not_forecast_period(para.text, pm) or _passed(pm, self.state.ctx, para.text)):
                    continue  # "at today's rates", "as we said last quarter": no period of an outlook
                s_start, s_end = para.sentence(pm.start)
                if self.english and s_start in seasonal:
                    continue  # "typically lightest in Q1, stronger in Q2 and Q3 and strongest in the fourth quarter"
                if self.english and _aside_period(para.text, pm, s_start, s_end):
                    continue  # "our guidance incorporates uncertainty that could impact fourth quarter percentage rents"
                if self.english and _long_goal_year(para.text, pm, self.state.ctx.quarter):
                    continue  # "progress toward our 2030 goal": a long-term goal's date, no outlook's year
                if self.english and _IMPLIED_FIGURE_BEFORE.search(para.text, max(s_start, pm.start - 100), pm.start):
                    continue  # "which implies $37 million to $42 million in Q4": the part of the outlook left for Q4
                if self.english and _in_cause_lead(para, pm):
                    continue  # "Given our outlook for the fourth quarter, we are reducing our revenue growth to ...": the cause's
                if para.forecast_in(s_start, s_end):
                    found = pm
                    if (pm.kind != "span" or _fiscal_year_period(pm.period, self.state.ctx)) and _OUTLOOK_NOUN.search(
                        para.text, s_start, s_end
                    ):
                        outlook = pm
        if found is not None:
            ahead = _forecast_ahead(found, self.state.ctx, para.text)
            # ("For the first quarter, we anticipate ..." is next year's)
            if not (found.kind == "span" and ahead and self.guided and _within_year(ahead, self.guided, self.state.ctx)):
                # (a half of the year the outlook is for breaks it down: "with the first half up 12% to 14%")
                self.guided = ahead
            if outlook is not None and self.english:
                self.outlook = _forecast_ahead(outlook, self.state.ctx, para.text)
            self.guided_age = sum(1 for s, _ in para.sentences if s > found.start)
            return period_mentions
        self.guided_age += len(para.sentences)
        if self.guided_age >= _CARRY_SENTENCES:
            self.guided = None
        return period_mentions

    def _outlook(self) -> str | None:
        """The period a forecast that names none is for: the call's last outlook, else the year's."""
        return self.outlook or _outlook_year(self.state.ctx)

    def _one_year_said(self, text: str, sentence: tuple[int, int], earlier: Sequence[Fact]) -> bool:
        """Whether a sentence also names a comparison of one year or one quarter (a year-ago or sequential marker, the
        year before the document's, a figure already read with a change)."""
        year = self.state.ctx.year
        said = text[sentence[0] : sentence[1]]
        return bool(
            _YOY.search(text, sentence[0], sentence[1])
            or _QOQ.search(text, sentence[0], sentence[1])
            or (year is not None and (str(year - 1) in said or f"'{(year - 1) % 100:02d}" in said))
            or any(f.change for f in earlier if f.start >= sentence[0])
        )

    def _versus_year(self, text: str, m: NumberMention, at: int | None = None) -> int | None:
        """How many years before the document's the year a change is stated against is ("10.5% versus
        2020" in a 2021 call: 1), or None when no year follows the figure (or ``at``, a change word after it)."""
        found = _VERSUS_YEAR_AFTER.match(text, m.end if at is None else at)
        year = self.state.ctx.year
        if found is None or year is None:
            return None
        named = int(found.group("y")) if found.group("y") else 2000 + int(found.group("yy"))
        return year - named

    def _years_back(self, text: str, span: tuple[int, int], m: NumberMention, period: str | None) -> int:
        """``_years_back`` from the figure's period or the document's, whichever is later ("comparing ...
        to the third quarter of 2019, our occupancy is up 130 basis points": 2019 dates no figure)."""
        back = _years_back(text, span, m, period)
        own = self.state.ctx.period
        return max(back, _years_back(text, span, m, own)) if own != period else back

    def _over_two_years(self, text: str, m: NumberMention, s0: int) -> bool:
        """Whether a change is stated against a year two or more years before the document's ("4% versus
        2019", "a 25% increase to 2019" in a 2021 call, "versus 3 years ago, ... 24% higher" in the sentence from
        ``s0``), which no YoY or QoQ change states."""
        end = m.end
        if m.unit == "%" and (tail := _RATE_RANGE_TAIL.match(text, end)) is not None:
            end = tail.end()  # "down 3.5% to down 2.75% to full year 2019": the range's base is each end's
        worded = _CHANGE_WORD_AFTER.match(text, end)
        back = self._versus_year(text, m, worded.end() if worded else end)
        if back is not None:
            return back >= 2
        higher = _HIGHER_AFTER.match(text, end)
        changed = m.role == "change" or worded is not None or higher is not None
        said = worded or higher
        if changed and _YEARS_AGO_AFTER.match(text, said.end() if said is not None else end):
            return True  # "occupancy is about 320 basis points higher than 3 years ago"
        return changed and _YEARS_AGO_BEFORE.search(text, s0, m.start) is not None

    def _announced_by_another(self, text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
        """Whether the figure is what a company other than the document's announced ("Lamb Weston announced a
        $415 million investment"): news about another party, no figure of this company."""
        found = _ANNOUNCER.search(text, sentence[0], m.start)
        if found is None:
            return False
        name = found.group("n")
        own = {n.casefold() for n in (self.sheet.company, self.sheet.ticker, *self.sheet.names) if n}
        return name.split()[0] not in _NOT_ANNOUNCERS and name.casefold() not in own and not any(
            o and (o in name.casefold() or name.casefold() in o) for o in own
        )

    def _reported_by_another(self, para: _Paragraph, clause: tuple[int, int], m: NumberMention) -> str | None:
        """The party a clause opens with as the one reporting or forecasting its figure, when it is not the document's
        company ("Northgate is also forecasting EBITDA of more than $350 million": a tenant's figure); None else."""
        found = _REPORTER.match(para.text, clause[0], m.start)
        if found is None or any(h.start < found.end("n") and found.start("n") < h.end for h in para.metrics):
            return None  # ("Revenue reported was $40 million": a metric, no party)
        name = found.group("n")
        own = {n.casefold() for n in (self.sheet.company, self.sheet.ticker, *self.sheet.names) if n}
        first = name.split()[0]
        if (
            first in _NOT_ANNOUNCERS
            or first.casefold() in _NP_CLOSED
            or name.casefold() in own
            or any(o and (o in name.casefold() or name.casefold() in o) for o in own)
        ):
            return None
        return name

    def _reporting_to_us(self, para: _Paragraph, m: NumberMention) -> str | None:
        """The party an earlier sentence of the paragraph says is reporting its figures to the company ("the
        operating performance that Northgate is reporting to us. EBITDA for the second quarter was ...") or opens
        with as reporting ("Northgate is reporting strong volumes. EBITDA was ..."), when
        no sentence from there to the figure names another party or speaks of the company itself ("we", "our");
        None else."""
        text = para.text
        sentence = para.sentence(m.start)
        found = None
        for s0, e0 in para.sentences:
            if e0 > sentence[0]:
                break
            hit = _last(_REPORTING_TO_US, text, s0, e0) or _REPORTER.match(text, s0, e0)
            if hit is not None and not any(h.start < hit.end("n") and hit.start("n") < h.end for h in para.metrics):
                found = hit
            elif found is not None and _OWN_VOICE.search(text, s0, e0):
                found = None
        if found is None or _OWN_VOICE.search(text, sentence[0], m.start):
            return None
        if any(found.end() <= h.start < m.start for h in para.subjects):
            return None
        name = found.group("n")
        own = {n.casefold() for n in (self.sheet.company, self.sheet.ticker, *self.sheet.names) if n}
        if name.split()[0] in _NOT_ANNOUNCERS or name.split()[0].casefold() in _NP_CLOSED or any(
            o and (o in name.casefold() or name.casefold() in o) for o in own
        ):
            return None
        return name

    def _other_legal_name(self, para: _Paragraph, hit: _Hit, clause: tuple[int, int]) -> str | None:
        """The full legal name a name of the company is part of, when it is another firm's ("苏州华锐精密机械有限公司营业收入
        增长16.8%" in 华锐智能's report: the subsidiary's), from the clause's first name character to its legal form."""
        text = para.text
        if text.endswith(_LEGAL_FORM_OPENINGS, max(0, hit.start - 4), hit.start):
            end = hit.end  # "苏州华锐精密机械有限公司": its "公司" ends a legal name, no reference to the company
        else:
            legal = _LEGAL_FORM_AFTER.match(text, hit.end)
            if legal is None:
                return None
            end = legal.end()
        start, lo = hit.start, min(clause[0], para.clause_start(hit.start))
        while start > lo and _CJK_NAME_CHAR.fullmatch(text[start - 1]):
            start -= 1
        lead = _CLAUSE_LEAD_ZH.match(text, start, hit.start)
        if lead is not None:
            start = lead.end()
        for relation in ls.phrase_words().zh_firm_relation:
            at = text.rfind(relation, start, hit.start)
            if at >= 0:
                start = max(start, at + len(relation))  # "全资子公司苏州…有限公司": the subsidiary's name after its relation
        name = text[start:end]
        if end == hit.end and len(name) <= len(text[hit.start : end]) + 1:
            return None  # nothing named before the legal form's words
        own = {n for n in (self.sheet.company, *self.sheet.names, *self.state.names) if n}
        if len(name) > 24 or name in own or any(name in n for n in own):
            return None
        return name

    def _forecast_of_another(self, text: str, m: NumberMention) -> bool:
        """Whether the figure is what another party (the market, a broker) forecasts: named earlier in
        the paragraph with a forecast verb, and no report of the company's own in between."""
        found = None
        for end, who in _forecasts_in(text):
            if end > m.start:
                break
            if _estimate_beside_result(text, end, who, m.start):
                continue  # "营收386.2亿元，同比增长9.1%，市场预期为381.5亿元。净利润为42.8亿元": the next sentence is the company's
            if not any(who in n or n in who for n in self.state.names if n):
                found = end  # the document's own company forecasting is its guidance
        revised = _last(_FORECAST_REVISION, text, max(0, m.start - 40), m.start) if not self.english else None
        if revised is not None and not _REVISION_STOP.search(text, revised.end(), m.start):
            return True  # "…预测至1.91亿元,较前次上调33.9%": how much a forecast was revised, no result
        if found is None and (self.state.broker_note or (not self.english and _rated_in_sentence(text, m.start))):
            we = _last(_BROKER_ESTIMATE, text, max(0, m.start - 60), m.start)
            if we is not None and not _SENTENCE_END_ZH.search(text, we.end(), m.start):
                return True  # "我们预计25年表观收入超330亿元" in a broker's note: the broker's estimate
            fc = _last(_BROKER_FORECAST, text, max(0, m.start - 80), m.start)
            if fc is not None and _ITEM_MARK.search(text, fc.end(), m.start):
                fc = None
            if fc is not None and not _CLAUSE_END_ZH.search(text, fc.end(), m.start):
                return True  # "预计公司2025年归母净利润可达8.44亿元", "2025年预测营业总收入…" in a broker's note
            if fc is not None and not _FORECAST_ITEM_END.search(text, fc.end(), m.start):
                return True  # "预计2025年营业收入为…,同比增长12.2%;归母净利润为…": the forecast's enumeration
        return found is not None and _REPORTED.search(text, found, m.start) is None

    def _carries(self, hit: _Hit, para: _Paragraph | None = None) -> bool:
        """Whether a subject named in one sentence stays in focus for the next ones.

        In English calls another company named in passing ("we sell on Amazon") does not; a business
        line that opens a sentence as the owner of its metric ("Technical Solutions revenue increased
        3%.") does, for the bare metrics of the later sentences of its paragraph (``para``) ("Operating
        margin was 8%."), not beyond.
        """
        entry = hit.entry
        assert isinstance(entry, SubjectEntry)
        if (
            entry.kind == "phrase"
            and self.english
            and para is not None
            and (hit.start in para.clause_heads or _line_opens_sentence(para, hit))
        ):
            return True  # ("The Marlowe Bay Hotel led the way ... The hotel generated $2.6 million": the hotel's)
        if (
            entry.kind == "phrase"
            and self.english
            and para is not None
            and para.text[hit.start : hit.start + 1].isupper()
            and _OUTLOOK_FOR_BEFORE.search(para.text, max(0, hit.start - 40), hit.start)
        ):
            return True  # ("lower earnings expectations for Alder Vista. We now expect $12 million in hotel EBITDA")
        if (
            not self.english
            and para is not None
            and hit in para.firms
            and not _COMPARED_OBJECT.search(para.text, max(0, hit.start - 4), hit.start)
        ):
            return True  # "皇氏集团净利润下滑明显。前三季度营业收入…": the firm the paragraph is about
        if not self.english and entry.kind == "phrase" and entry.name == self.state.company:
            return True  # "云栈科技（09867.HK）发布第三季度业绩。利润同比增长69%": the company named again is back in focus
        if entry.kind in ("phrase", "region"):
            return (
                False  # "增值服务业务收入...", "Sales in the Americas...": the figures of their own sentence
            )
        if entry.kind == "topic" and not self.english:
            return False  # a Chinese story names its segment again in each paragraph
        return not (self.english and entry.kind == "company" and entry.name != self.state.company)

    def _update_topic(self, para: _Paragraph) -> None:
        """Keep the business line a speaker introduced; a reference to the whole company ends it (English
        calls walk through their segments; a Chinese story names its segment in each sentence)."""
        if not self.english:
            return
        events: list[tuple[int, str | None]] = [
            (s0, None)
            for s0, e0 in para.sentences
            if self.topic is not None
            and (phrases.en_shifts_away(para.text[s0:e0]) or _WHOLE_LEAD.match(para.text, s0))
        ]
        for hit in para.metrics if _COMPANY_LEAD.search(para.text) else ():
            clause = para.clause(hit.start)
            if self._company_lead(para, clause, hit):
                events.append((clause[0], None))  # "we delivered total net sales of $865 million": the company's
        for hit in para.subjects:
            kind = hit.entry.kind  # type: ignore[attr-defined]
            if hit.start in para.own_lines:
                continue  # a unit named by name alone: no turn of the talk to it or away from the one in focus
            if kind != "topic" and _DRIVER.search(para.text, para.sentence(hit.start)[0], hit.start):
                # "..., largely due to higher China sales": a cause, not the line the talk is on (a turn of the talk,
                # "Let's review how each of the segments contributed, starting with Aviation.", is none)
                continue
            if kind == "topic":
                events.append((hit.start, hit.entry.name))  # type: ignore[attr-defined]
            elif kind == "region" and (_region_section(para, hit) or _region_turn(para, hit)):
                events.append((hit.start, hit.entry.name))  # type: ignore[attr-defined]
                self.section_at = hit.start
            elif kind == "reference" or (
                kind in ("phrase", "segment")
                and not _same_line(hit.entry.name, self.topic)  # type: ignore[attr-defined]
                and _SENTENCE_SUBJECT_LEAD.fullmatch(para.text, para.sentence(hit.start)[0], hit.start)
            ):
                # "Group Benefits core earnings were $149 million": the sentence is about another line
                events.append((hit.start, None))
        if self.topic is not None and any(_same_line(h.entry.name, self.topic) for h in para.subjects):  # type: ignore[attr-defined]
            self.topic_at = self.sentence_no  # named again ("the three straight quarters for our tools group")
        for _pos, name in sorted(events, key=lambda e: e[0]):
            if name is None and self.carry is not None and _same_line(self.carry, self.topic):
                self.carry = None  # the line the talk leaves is no longer carried either
            self.topic = name
            self.topic_at = self.sentence_no
            if name is not None and name not in self.topics_seen:
                self.topics_seen.append(name)

    def _named_as_name(self, para: _Paragraph, hit: _Hit) -> bool:
        """Whether a one-word name that opens its sentence is written with a capital inside a sentence somewhere in
        the document too ("Industrial revenues were ..." and "our Industrial segment"), not an adjective ("Physical
        deliveries")."""
        s0 = para.sentence(hit.start)[0]
        written = para.text[hit.start : hit.end]
        if para.text[s0 : hit.start].strip() or len(written.split()) > 1 or _APPOSITION_AFTER.match(para.text, hit.end):
            return True  # ("Lastly, Modern Workplace revenues ...", "BPS, our smallest layer, ...")
        found = self.proper_words.get(written)
        if found is None:
            inside = re.compile(rf"[a-z0-9,;] {re.escape(written)}(?![A-Za-z])")
            found = self.proper_words[written] = any(inside.search(t) for t in self.texts)
        return found

    def _ends_line(self, para: _Paragraph, s0: int, e0: int) -> bool:
        """Whether an English sentence ends the business line in focus (``_LINE_ENDS``)."""
        return any(rule(self, para, s0, e0) for rule in _LINE_ENDS)

    def _update_carry_all(self, para: _Paragraph) -> None:
        """Carry the last explicit subject of the paragraph into the next (and the speaker's topic).

        In English a carried subject lapses after ``_CARRY_SENTENCES`` sentences that do not name
        it: a call moves from a segment back to the company without saying so.
        """
        self.section_at = -1
        self._update_topic(para)
        turned = (
            max((s for s, _ in para.sentences if _RESULTS_TURN.match(para.text, s)), default=-1) if self.english else -1
        )
        if turned >= 0:
            self.carry = self.topic = None  # "Turning to our financial results.": the talk is back on the whole company
        # (a sentence that ends the line matters only for a carried line or a subject named here to carry on)
        ended = (
            max((s for s, e in para.sentences if self._ends_line(para, s, e)), default=-1)
            if self.english and (self.carry is not None or para.subjects)
            else -1
        )
        if ended > turned:
            turned = ended  # "Moving on to the rest of the P&L.", "Our SG&A expense was ...": no unit carried on
            self.carry = None
        if self.english and para.sentences:
            s0, e0 = para.sentences[-1]
            for a, b, unit in phrases.en_share_leads(para.text, s0, e0):
                if not _SEGMENT_KIND_AFTER.match(para.text, b):
                    continue  # "Marine represented 14% of our sales.": a share in passing, not a section's opening
                hits = [h for h in para.subjects if a <= h.start < b]
                # "The Americas segment comprised 19% of consolidated revenue." then "Revenue in the quarter was
                # $1 billion.": a segment introduced by its share of sales is what the next lines report
                self.carry = (self._subject_name(hits[0], para) if hits else None) or unit
                self.carry_age = 0
                return
        for hit in reversed(para.subjects):
            if hit.start < self.section_at or hit.start < turned:
                break  # "EMEA revenues were $164 million": the region the call turned to, not an earlier name
            if not self.english and hit.entry.kind == "anaphora":  # type: ignore[attr-defined]
                continue  # "该板块" is the paragraph's; a Chinese story names its segment again
            if not self.english and para.text[hit.start : hit.end] in _BYLINE_LABELS:
                continue  # "联系人：钟思远" under a report's title: a byline, no business line
            if not self.english and _OFFICIAL_STATISTICS.search(para.text, para.sentence(hit.start)[0], hit.start):
                continue  # "国家统计局数据显示，…全国商品住宅…": a market-wide statistic's scope stays with it
            if (
                self.english
                and hit.entry.kind != "topic"  # type: ignore[attr-defined]
                and _DRIVER.search(para.text, para.sentence(hit.start)[0], hit.start)
            ):
                continue  # "..., largely due to higher China sales": a cause does not stay in focus
            # a paragraph of one sentence is a line of a transcript written a sentence to a line ("Industrial
            # revenues were $866 million." then "Segment profit was $55 million."): its head line carries on
            alone = (
                self.english
                and len(para.sentences) == 1
                and _heads_line(para, hit)
                and not self._carries(hit)
                and self._named_as_name(para, hit)
            )
            carries = (alone or self._carries(hit)) and not _named_in_passing(para, hit)
            name = self._subject_name(hit, para) if carries else None
            if name and name == self.company_name and self.section_segment is not None:
                name = self.section_segment  # "部门包括集团于…之权益" under a segment's heading: still the segment's section
            if name:
                self.carry, self.line_carry, self.results_line = name, (name if alone else None), None
                self.carry_age = sum(1 for s, _ in para.sentences if s > hit.start)
                return
        self.carry_age += len(para.sentences)
        if self.english and (self.carry_age >= _CARRY_SENTENCES or self.section_at >= 0):
            self.carry = None
        if self.english and len(para.sentences) == 1 and any(
            h.start in para.phrase_metric and not _same_line(h.entry.name, self.carry)  # type: ignore[attr-defined]
            for h in para.subjects
            if h.entry.kind in ("phrase", "segment", "region")  # type: ignore[attr-defined]
        ):
            self.carry = None  # "Cloud and security revenue was $521 million": another line's figures, not the carried one's

    def _results_subject(self, para: _Paragraph) -> tuple[str, int] | None:
        """English, a paragraph with no figure: the business line its last subject names as the subject of a results
        verb (``phrases.en_results_subject``), none of the company's names nor a firm the lexicon knows, and the
        sentences after it in the paragraph."""
        for i, (s0, e0) in reversed(list(enumerate(para.sentences))):
            got = phrases.en_results_subject(para.text[s0:e0])
            if got is None:
                if any(s0 <= h.start < e0 for h in para.subjects):
                    return None  # a later sentence names another subject: that one is in focus
                continue
            a, name = s0 + got[0], got[1]
            b = a + len(name)
            if any(h.start < b and a < h.end for h in para.subjects) or _own_name(name, self.company_name, self.state.names):
                return None  # "Northwind Holdings continues to grow revenue": the company itself, or a firm named
            return name, len(para.sentences) - 1 - i
        return None

    def _leaves_line_run(self, para: _Paragraph) -> bool:
        """Whether a line of a sentence-a-line transcript ends the run about one unit: a longer paragraph, another
        subject named, a word of the whole company, a turn of the talk or of the slides."""
        if self.line_run is None:
            return True
        return (
            len(para.sentences) > _LINE_RUN_SENTENCES
            or any(
                self._subject_name(h, para) != self.line_run.name
                for h in para.subjects
                if h.entry.kind != "anaphora"  # type: ignore[attr-defined]
                and not _LINE_RUN_ASIDE.search(para.text, para.sentence(h.start)[0], h.start)
            )
            or _WHOLE_WORD.search(para.text) is not None
            or _SLIDE_WORD.search(para.text) is not None
            or (not self.line_run.segment and _SEGMENT_NAMED.search(para.text) is not None)
            or any(self._ends_line(para, s, e) or _RESULTS_TURN.match(para.text, s) for s, e in para.sentences)
        )

    def _note_line_run(self, para: _Paragraph, out: list[Fact]) -> None:
        """English: a transcript written a sentence to a line names a unit on one line ("In the Americas, NSR
        increased by 7%") and gives its figures on the lines after ("Contracted backlog increased by 21%"); the
        run lasts while the lines name nothing else, no word of the whole company, no turn and the same speaker."""
        if not self.english:
            return
        if self.line_run is not None:
            age = self.line_run.age + 1
            if age > _LINE_RUN_LINES or self._leaves_line_run(para) or any(f.subject != self.line_run.name for f in out):
                self.line_run = None
            else:
                self.line_run = replace(self.line_run, age=age)
        if len(para.sentences) != 1:
            return
        units = [h for h in para.subjects if h.entry.kind in _LINE_RUN_KINDS]  # type: ignore[attr-defined]
        if not units or _WHOLE_WORD.search(para.text) or not (
            _LINE_RUN_LEAD.fullmatch(para.text, 0, units[0].start) or _LINE_RUN_OPENS.fullmatch(para.text, 0, units[0].start)
        ):
            return  # ("For the full year, revenues for the towable segment were ...": a figure of the unit in passing)
        if units[0].entry.kind == "phrase" and not self._named_as_name(para, units[0]):  # type: ignore[attr-defined]
            return  # "Physical deliveries to export terminals averaged ...": a capitalised word, no unit
        name = self._subject_name(units[0], para)
        led = _LINE_RUN_LEAD.fullmatch(para.text, 0, units[0].start) and para.text.startswith(",", units[0].end)
        if not led and any(self._subject_name(h, para) != name for h in para.subjects):
            return  # "In the Americas, NSR increased by 7%": the line the lead names, whatever the words after it
        if name is None or name == self.company_name or any(f.subject != name for f in out) or not (out or led):
            return  # ("Physical deliveries to LNG facilities averaged ...": a word, not a unit reported on)
        metrics = frozenset(f.metric.split(" (")[0] for f in out)
        self.line_run = _LineRun(name, 0, _written_as_segment(para.text, units[0]), metrics)

    def _carry_at(self, para: _Paragraph, pos: int, carry: str | None) -> str | None:
        """Subject in focus at ``pos``: the last subject named in earlier sentences, else ``carry``,
        else the business line the speaker is going through."""
        s_start, s_end = para.sentence(pos)
        if self.english and phrases.en_shifts_away(para.text[s_start:s_end]):
            return None  # "Turning to our outlook, we expect revenue of ...": the talk has left the unit
        if self.english and carry is not None and carry == self.carry:
            # the carried subject lapses after ``_CARRY_SENTENCES`` sentences that do not name it, inside a
            # paragraph too ("...which is the Genesis business. ... Servicing $267 million of pretax income")
            read = bisect.bisect_right(para.sentence_starts, s_start) - 1
            age = self.carry_age + read
            for h in para.subjects:
                if h.end <= s_start and _same_line(h.entry.name, carry):  # type: ignore[attr-defined]
                    age = read - bisect.bisect_right(para.sentence_starts, h.start)  # named again
            if age >= _CARRY_SENTENCES:
                carry = None
            elif carry == self.line_carry and (
                not _opens_on_metric(para, s_start, s_end)
                or _WHOLE_WORD.search(para.text, s_start, s_end)
                or (self.results_line is not None and self.results_line[0] == carry and self.results_line[1] != self.sentence_no)
            ):
                # a line carried from the line before goes on only into a bare metric ("Segment profit was"), not
                # into the whole company's ("Total revenues increased 8%")
                carry = None
            elif any(
                s < s_start and self._ends_line(para, s, e) and not any(
                    s <= h.start < s_start and _same_line(h.entry.name, carry)  # type: ignore[attr-defined]
                    for h in para.subjects
                )
                for s, e in para.sentences
            ):
                carry = None  # an earlier sentence of the paragraph left the line ("Moving on to margins. ...")
        stale = self.english and self.sentence_no - self.topic_at > _TOPIC_SENTENCES
        if not stale:  # ("Net sales in the fourth quarter were $2.085 billion" 70 sentences after a product's talk)
            carry = carry or self.topic
        if not self.english and para.text[s_start - 1 : s_start] in ("；", ";"):
            # "…分部首次实现经营盈利，经营收益为7亿元；单季收入则达290亿元": a clause after a semicolon
            # that names no subject keeps the business line of the one before
            before = para.sentence(s_start - 1)
            lines = [
                h
                for h in para.subjects
                if before[0] <= h.start and h.end <= s_start and h.entry.kind == "topic"  # type: ignore[attr-defined]
            ]
            if lines:
                return self._subject_name(lines[-1], para)
        item = 0 if self.english else _item_start(para, s_start)
        prior = [
            h
            for h in para.subjects
            if h.end <= s_start
            and self._carries(h, para)
            and (
                h.start >= item
                or h in para.firms
                or h.entry.kind not in ("segment", "phrase", "topic", "region")  # type: ignore[attr-defined]
            )
            and not (not self.english and self._part_of_its_sentence(para, h, s_start))
        ]
        for hit in reversed(prior):
            name = self._subject_name(hit, para)
            if name:
                if (
                    self.english
                    and sum(1 for s, _ in para.sentences if hit.start < s <= s_start) > _CARRY_SENTENCES
                ):
                    return carry
                if self.english and any(
                    hit.start < s < s_start and self._ends_line(para, s, e) for s, e in para.sentences
                ):
                    return None  # "Marine revenue rose 14%. Turning to margins. Gross margin was ...": the unit is left
                return name
        return carry

    @staticmethod
    def _part_of_its_sentence(para: _Paragraph, hit: _Hit, s_start: int) -> bool:
        """Whether a Chinese business line is a part "其中" named in a sentence that has ended before ``s_start``
        ("营业收入12.86亿元，其中汽车电子业务收入5.62亿元。研发费用…"): a part of its own sentence's total, not what the
        next sentence is about."""
        if hit.entry.kind not in ("segment", "phrase", "topic", "region"):  # type: ignore[attr-defined]
            return False
        return bool(_PART_LEAD_ZH.search(para.text, max(0, hit.start - 4), hit.start)) and "。" in para.text[hit.end : s_start]

    def _line_has_revenue(self, line: str) -> bool:
        """Whether the call gives the named business line revenue ("licensing revenue", "$250 million in licensing")."""
        name = line.casefold()
        if name not in self.line_revenue:
            said = re.compile(
                rf"(?<![A-Za-z]){re.escape(name)}\s+(?:revenues?|sales)(?![A-Za-z])"
                rf"|\$\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:in|of|from)\s+{re.escape(name)}(?![A-Za-z])",
                re.IGNORECASE,
            )
            self.line_revenue[name] = any(said.search(t) for t in self.texts)
        return self.line_revenue[name]

    def _note_share_parts(self, para: _Paragraph, n: int) -> None:
        """The parts of a business line a sentence gives a share of the line's total (``_PART_SHARE_OPENS``, in a call
        that gives the line revenue), and those parts opening a later clause as the subject of a bare move
        (``_PART_MOVED``): added as the paragraph's subjects, so the share and the move are the part's own."""
        text = para.text
        pw = ls.phrase_words()
        for s0, e0 in para.sentences:
            opened = _PART_SHARE_OPENS.match(text, s0, e0)
            if opened is None:
                continue
            name = opened.group("name")
            first = name.split()[0].casefold()
            if (
                (first in pw.en_stop and first != "other")  # ("Other markets": the line's remaining part, a part too)
                or phrases._names_metric(name)
                or _own_name(name, self.state.company, self.state.names)
                or lm.metric_by_name(opened.group("line")) is not None
                or not self._line_has_revenue(opened.group("line"))
            ):
                continue
            self.share_parts.setdefault(name.casefold(), name)
            words = name.split()
            if len(words) > 1:
                # "Consumer electronics represented about 16% ... On a sequential basis, CE decreased by about 7%": its
                # initials name the part too
                self.share_parts.setdefault("".join(w[0] for w in words).casefold(), name)
        if not self.share_parts:
            return
        names = "|".join(re.escape(n) for n in sorted(self.share_parts, key=len, reverse=True))
        moved = re.compile(_PART_MOVED.format(names=names) + r"(?=\d)", re.IGNORECASE)
        starts = [s0 for s0, _ in para.sentences]
        for i, (s0, e0) in enumerate(para.sentences):
            told = _PRONOUN_MOVED.match(text, s0, e0)
            if told is not None and self.part_shared is not None and self.part_shared[1] == self.sentence_no + i - 1:
                # "Other markets represented about 10% of total licensing. They were up about 14%": the part just given
                a, b = told.span("name")
                para.subjects.append(_Hit(a, b, SubjectEntry(self.part_shared[0], "phrase")))
                self.part_pronouns.add((n, s0))
            for hit in moved.finditer(text, s0, e0):
                a, b = hit.span("name")
                if a != s0 and not text[s0:a].rstrip().endswith(",") and a not in starts:
                    continue
                if any(x.start < b and a < x.end for x in para.subjects):
                    continue
                para.subjects.append(_Hit(a, b, SubjectEntry(self.share_parts[hit.group("name").casefold()], "phrase")))
            opened = _PART_SHARE_OPENS.match(text, s0, e0)
            if opened is not None and opened.group("name").casefold() in self.share_parts:
                self.part_shared = (self.share_parts[opened.group("name").casefold()], self.sentence_no + i)
                a, b = opened.span("name")
                if not any(x.start < b and a < x.end for x in para.subjects):
                    para.subjects.append(_Hit(a, b, SubjectEntry(self.share_parts[opened.group("name").casefold()], "phrase")))
        para.subjects.sort(key=lambda h: h.start)

    def _part_moved(self, before: str, pronoun: bool = False) -> re.Match[str] | None:
        """The bare move of a part the call gave a share of its line's total, ending right before a figure
        (``_PART_MOVED``; ``pronoun``: the sentence opens with one that stands for the part just given), else None."""
        if not self.share_parts:
            return None
        names = "|".join(re.escape(n) for n in sorted(self.share_parts, key=len, reverse=True))
        moved = re.compile(_PART_MOVED.format(names=names) + "$", re.IGNORECASE).search(before)
        if moved is None and pronoun:
            moved = re.compile(_PART_MOVED.format(names="they|it") + "$", re.IGNORECASE).match(before)
        return moved

    def _line_share(
        self, para: _Paragraph, m: NumberMention, whole: re.Match[str], c_start: int, c_end: int
    ) -> _Hit | None:
        """A part's share of a business line whose revenue the call gives, as "Broadcast represented about 35% of
        total licensing" after "licensing revenue": the line stands for its revenue, so it is a share of revenue."""
        text = para.text
        verb = _SHARE_VERB_BEFORE.search(text, max(c_start, m.start - 40), m.start)
        if verb is None or not any(c_start <= h.start and h.end <= verb.start() for h in para.subjects):
            return None  # (a part no subject names is withheld: its figure would go to the line or the company)
        line = _LINE_WORDS_AFTER.match(text, whole.end(), c_end)
        revenue = lm.metric_by_name("revenue")
        if line is None or revenue is None:
            return None
        if not self._line_has_revenue(line.group("n")):
            return None
        # the hit stands on the verb, so that the part named before it, not the line after, is the subject
        return _Hit(verb.start(), verb.start() + len(verb.group().split()[0]), revenue)

    @staticmethod
    def _topic_before(
        para: _Paragraph,
        m: NumberMention,
        sentence: tuple[int, int],
        strong: list[_Hit],
        others: Sequence[NumberMention],
    ) -> _Hit | None:
        """The one metric the sentence before names with no figure, for a figure whose sentence opens on a pronoun
        and names none ("Turning to gross margin. It was 41.2%, up 90 basis points")."""
        text = para.text
        if sentence[0] < 2 or text[sentence[0] : sentence[0] + 5].lstrip()[:2] not in ("It", "Th"):
            return None
        firsts = [x for x in others if sentence[0] <= x.start < m.start]
        if _PRONOUN_STATED.fullmatch(text, sentence[0], (firsts[0] if firsts else m).start) is None:
            return None
        if firsts and _STATED_GOES_ON.fullmatch(text, firsts[-1].end, m.start) is None:
            return None  # ("It was 41.2%, up 90 basis points": the move of the level just stated)
        if any(sentence[0] <= h.start < sentence[1] for h in strong):
            return None
        before = para.sentence(sentence[0] - 2)
        if any(before[0] <= x.start < before[1] for x in others):
            return None
        named = _all_before(strong, before[0], before[1])
        if len({h.entry.name for h in named}) != 1:  # type: ignore[attr-defined]
            return None
        return named[0]

    def _metric(
        self,
        para: _Paragraph,
        m: NumberMention,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        next_start: int,
        others: Sequence[NumberMention] = (),
    ) -> tuple[_Hit | None, bool, str | None]:
        """Metric hit for a figure, whether it lies after the figure, and the metric name the figure
        takes instead of the hit's own when the hit names the total it is a part of (per share, margin).

        Candidates in order: metric words before the figure in its clause (nearest first), after it
        in the clause, in earlier clauses of the sentence when the figure's clause only continues
        it; then weak metric words likewise. The first whose units fit the figure wins.
        """
        text = para.text
        strong = [h for h in para.metrics if not h.entry.weak and _state_of(text, h, m)]  # type: ignore[attr-defined]
        weak = [h for h in para.metrics if h.entry.weak]  # type: ignore[attr-defined]
        if self.english:
            strong = [h for h in strong if not _none_held(para, h)]
            weak = [h for h in weak if not _none_held(para, h)]
        c_start, c_end = clause
        if self.english and m.unit == "%":
            moved = _SHARES_MOVED_BEFORE.search(text, max(c_start, m.start - 90), m.start)
            price = lm.metric_by_name("share price")
            if moved is not None and price is not None:
                if _SINCE_AFTER.match(text, m.end):
                    return None, False, None  # "The shares climbed 8% over the past year": a market aside, no result
                # "Shares of the restaurant chain gained 3% after first-quarter revenue topped expectations": the
                # move of the share price, not the growth of the metric named after it
                return _Hit(moved.start("w"), moved.end("w"), price), False, None
        converted = (
            _CONVERSION_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            if self.english and m.unit == "%" and m.role != "change"
            else None
        )
        if converted is not None:
            # "free cash flow was $1.9 billion, with the conversion rate of 127%": the rate at which income became the
            # cash flow the sentence names before
            for h in _all_before(strong, sentence[0], converted.start()):
                conversion = lm.metric_by_name(f"{h.entry.name} conversion")  # type: ignore[attr-defined]
                if conversion is not None:
                    return h, False, conversion.name
        if (
            self.english
            and m.unit == "%"
            and m.role != "change"
            and _PART_OR_RATE_BEFORE.search(text, max(c_start, m.start - 60), m.start)
        ):
            # "the dividend consists of 20% cash", "leading to turnover of 47%": a part of a whole or a
            # rate, no metric's level or growth
            return None, False, None
        if self.english and m.unit == "%":
            price_word = _PRICE_HEADS_FIGURE.search(text, max(c_start, m.start - 60), m.start)
            if (
                price_word is not None
                and not any(
                    h.start <= price_word.start() < h.end
                    and (h.entry.kind != "market" or _SHARE_WORD.search(text, h.start, h.end))  # type: ignore[attr-defined]
                    for h in para.metrics
                )
                and (price_word.group("be") is None or _HIGHER_AFTER.match(text, m.end))
            ):
                # ("the price was 4% higher": a bare "was" takes a comparative after the figure)
                return None, False, None
            change_noun = _PRICE_OR_VOLUME_CHANGE_AFTER.match(text, m.end, c_end)
            if change_noun is not None and (
                change_noun.group("change") is not None or change_noun.group().split()[0].lower() in ("higher", "lower")
            ):
                # (a bare word after the figure is no change noun: "4% volumes" is read as it always was)
                if change_noun.group("word").lower().startswith("volume"):
                    volumes = lm.metric_by_name("volumes")
                    if volumes is not None:
                        return _Hit(change_noun.start("word"), change_noun.end("word"), volumes), True, None
                return None, False, None
        if self.english and m.unit == "%" and m.role != "change":
            whole = _OF_WHOLE_AFTER.match(text, m.end, c_end)
            # (a name that takes in a word of the whole's lead counts: "of total revenue" names "total revenue")
            named = [h for h in strong if whole and whole.start() < h.start <= whole.end() + 30]
            line = self._line_share(para, m, whole, c_start, c_end) if whole and not named else None
            if line is not None:
                return line, False, "share of revenue"
            if whole and (
                not named
                or (named[0].entry.name not in _SHARE_OF_METRIC and not _OF_WHOLE_RESULT.match(text, m.end))  # type: ignore[attr-defined]
            ):
                # "across 50% of our total room count", "online orders were 55% of our orders": a share of a
                # whole, not the growth of the metric named before (a share of revenue or of the company's
                # net income is read below)
                return None, False, None
        topic = self._topic_before(para, m, sentence, strong, others) if self.english else None
        if topic is not None:
            # "Turning to gross margin. It was 41.2%": the metric the sentence before turned to, without a figure
            return topic, False, None
        after_end = min(c_end, next_start, m.end + _AFTER_MAX)
        won = _ZH_WON_BEFORE.search(text, c_start, m.start) if not self.english and unit_class(m) == "amount" else None
        if won is not None and (contract := lm.metric_by_name("contract value")) is not None:
            # "中标3.68亿元智慧水务项目 占去年营收逾一成": the amount of the bid won, whatever result the clause names later
            return _Hit(won.start("verb"), won.end("verb"), contract), False, None
        if self.english and unit_class(m) in ("amount", "per_share") and _other_head_before(text, c_start, m.start, para.metrics):
            # "acquisition expenses of $3.5 million", "a pre-tax loss on debt extinguishment of $175 million":
            # the figure sizes the phrase right before it, whose head is no metric
            return None, False, None
        if self.english and unit_class(m) == "amount" and _other_head(
            text, m.start, m.end, min(c_end, next_start), para.metrics
        ):
            # "$3.9 million in property damage", "$575,000 in total revenue impact", "a $5.2 million annual
            # savings": the size of a thing no metric names, whatever metric the clause names elsewhere
            return None, False, None
        elided = _ELIDED_HEAD_AFTER.match(text, m.end, sentence[1]) if self.english else None
        if elided is not None and unit_class(m) == "amount":
            named = _all_before(strong, sentence[0], m.start)
            head = text[named[0].start : named[0].end].split()[-1] if named else ""  # ("growth capex": capex)
            variant = _scoped(elided.group("w"), head) if named else None
            if variant is not None and variant is not named[0].entry:  # type: ignore[attr-defined]
                # "$270 million of growth capex and $39 million of recurring": recurring capex
                return named[0], False, variant.name
        continues: bool | None = None  # worked out only for a sentence with metric words before the clause
        ordered: list[tuple[_Hit, bool]] = [
            # "guidance at 11.25% for revenue and 14.75% for net operating income": the metric named for
            # it; "double-digit revenue and 27% adjusted earnings-per-share growth": the metric it qualifies
            (h, True)
            # (a long name right after the figure may end past the usual reach: "$9 million of favorable prior
            # year loss reserve development")
            for h in _all_after(strong, m.end, min(c_end, next_start))
            if self.english
            and h.start <= m.end + 40
            and (
                _FOR_AFTER.fullmatch(text, m.end, h.start)
                or _MODIFIERS_ONLY.fullmatch(text, m.end, h.start)
                or _HORIZON_ONLY.fullmatch(text, m.end, h.start)  # "our $10.4 billion five-year capital plan"
                or _CHANGE_IN_AFTER.fullmatch(text, m.end, h.start)  # "a 20% increase in mortgage revenue"
                or (m.unit != "%" and _IN_AFTER.fullmatch(text, m.end, h.start))  # "generate $1 billion in EBITDA"
                # "increases of 17% in revenue, 28% in EBITDARM and 24% in enrollment": each rate of the metric after it
                or (m.unit == "%" and _IN_AFTER.fullmatch(text, m.end, h.start))
                # "earnings off $8.9 billion of revenue": an amount of the metric named right after it
                or (m.unit not in _RATE_UNITS and _OF_AMOUNT_AFTER.fullmatch(text, m.end, h.start))
                # "a $400 million unsecured term loan": the amount an article leads sizes the phrase it heads
                or (unit_class(m) == "amount" and _sizes_phrase(text, m, h, after_end))
            )
            and not text[h.start : h.end].lower().startswith("per ")  # "$0.25 per diluted share": its unit
        ][:1]
        if self.english and not ordered and unit_class(m) == "amount":
            # "includes $47 million or $0.08 per diluted share of merger-related costs": the item after the pair
            pair = _PER_SHARE_PAIR_OF_AFTER.match(text, m.end, c_end)
            ordered += [(h, True) for h in _all_after(strong, m.end, c_end) if pair and h.start == pair.end()][:1]
        if self.english and not ordered and unit_class(m) == "per_share" and _AMOUNT_OR_BEFORE.search(
            text, max(c_start, m.start - 40), m.start
        ):
            # "includes $47 million or $0.08 per diluted share of merger-related costs": the per-share form of the item
            tail = _PER_SHARE_OF_AFTER.match(text, m.end, c_end)
            ordered += [
                (h, True)
                for h in _all_after(strong, m.end, c_end)
                if tail and h.start == tail.end() and h.entry.per_share  # type: ignore[attr-defined]
            ][:1]
        if self.english and not ordered and unit_class(m) == "amount":
            # "$104 million of our total estimated $250 million in restructuring costs": the metric of the total
            ordered += [
                (h, True)
                for h in _all_after(strong, m.end, c_end)[:1]  # (the total's figure stands between)
                if _OF_TOTAL_AMOUNT_IN.fullmatch(text, m.end, h.start)
                and not _all_before(strong, c_start, m.start)  # ("hedged on $325 million of the $430 million of term loans")
            ]
        if self.english and not ordered and unit_class(m) == "amount":
            # "$1.2 billion available under our revolving credit facility": the facility the amount is available
            # under, however long its name
            ordered += [
                (h, True)
                for h in para.metrics
                if m.end < h.start <= min(c_end, next_start)
                and h.entry.name in _LEFT_UNDER_METRICS  # type: ignore[attr-defined]
                and _AVAILABLE_UNDER.fullmatch(text, m.end, h.start)
            ][:1]
        if self.english and not ordered and unit_class(m) == "amount":
            # "our $520 million credit facilities", "a $100 million undrawn line of credit": a weak metric the amount
            # sizes is its metric, whatever stronger one the clause names before
            ordered += [
                (h, True)
                for h in _all_after(weak, m.end, after_end)
                if h.start <= m.end + 40
                and (_MODIFIERS_ONLY.fullmatch(text, m.end, h.start) or _sizes_phrase(text, m, h, after_end))
            ][:1]
        if not self.english and not ordered:
            # "以4270.92亿元营收、1681.03亿元归母净利润领跑": an amount written right before its metric
            ordered += [
                (h, True)
                for h in _all_after(strong, m.end, after_end)[:1]
                if _RIGHT_BEFORE_METRIC.fullmatch(text, m.end, h.start)
                and _AMOUNT_LEAD_ZH.search(text, c_start, m.start)
            ]
        if self.english:
            # "revenue rose 1% while volume grew 3%", "on a 3% volume decline": a weak metric word that is the
            # subject of the figure's own verb, or that the figure's change noun is about, is the figure's metric
            # before any stronger word of an earlier clause
            ordered += [
                (h, False)
                for h in _all_before(weak, c_start, m.start)[:1]
                if _WEAK_SUBJECT_VERB.fullmatch(text, h.end, m.start)
            ] + [
                (h, True)
                for h in _all_after(weak, m.end, after_end)[:1]
                if (_MODIFIERS_ONLY.fullmatch(text, m.end, h.start) and _GROWTH_AFTER.match(text, h.end))
                or (m.role == "change" and _CHANGE_IN_AFTER.fullmatch(text, m.end, h.start))  # "a 1% increase in volumes"
            ]
        # (a Chinese metric's bracket saying what it includes, "（包括有限制银行存款）", holds no driver of it)
        contents = _contents_spans(text, sentence[0], m.start) if self.english else list(para.glosses)
        if self.english and unit_class(m) == "amount":
            ordered += [
                (h, False)
                for h in _all_before(strong, c_start, m.start)[:1]
                if h.entry.monetary and _part_of_total(text, h, m.start, m.end, min(c_end, next_start))  # type: ignore[attr-defined]
            ]
        for hits in (strong, weak):
            ordered += [
                (_outer(text, strong, h), False)
                for h in _all_before(hits, c_start, m.start)
                if not _inside(contents, h.start)
                and not _driver_between(text, h.end, m.start, contents, h.entry.name in _NET_RESULT_NAMES)  # type: ignore[attr-defined]
            ]
            ordered += [
                (h, True)
                for h in _all_after(hits, m.end, after_end)
                # "expenses were down $15 million as the reduction in personnel expense ...": a cause's metric
                if not (self.english and _CAUSE_AFTER.search(text, m.end, h.start))
                and not (self.english and m.role == "change" and _BASE_NAMED_AFTER.search(text, m.end, h.start))
            ]
            # (a clause that starts inside a list of contents starts, for this, where the list ends)
            c_lo = max([c_start, *(b for a, b in contents if a <= c_start < b)])
            earlier = [h for h in _all_before(hits, sentence[0], c_lo) if not _inside(contents, h.start)]
            if earlier and continues is None:
                continues = _continues(text, c_lo, m.start, _listed_places(para, c_lo, m.start) if self.english else ())
                listing = (
                    next((h for h in earlier if any(r.fullmatch(text, h.end, m.start) for r in _RUN_ON_TO_FIGURE)), None)
                    if self.english and not continues and "," in text[sentence[0] : c_lo]
                    else None
                )
                if listing is not None and not any(listing.end <= x.start < m.start for x in para.subjects):
                    # "liquidity reserves from cash, securities, and bank capacity ended the quarter at $124 billion": the
                    # metric the list is of; "utilization, which reflects the tanks under contract remains high at 95%": the
                    # metric the aside describes (not when either names business lines or regions: the last would take it)
                    continues, earlier = True, [listing]
            if earlier and continues:
                ordered += [
                    (h, False)
                    for h in earlier
                    if not _driver_between(text, h.end, m.start, contents)
                    or (self.english and _closed_aside(text, h, c_lo, para.metrics))
                ]
            elif earlier and not self.english:
                # "营收规模上，海岳人寿以1520.3亿元居首": the metric the sentence opens with as its topic
                ordered += [
                    (h, False)
                    for h in earlier
                    if _METRIC_TOPIC_AFTER.match(text, h.end) and not any(h.end <= x.start < c_lo for x in earlier)
                ]  # (a metric named again between opens the topic's first statement, whose subject later clauses take)
        # "Earnings available for distribution, $153 million or $0.32 per diluted share": the figure's own unit
        # names a metric only when no other does
        ordered.sort(key=lambda e: e[1] and text[e[0].start : e[0].start + 4].lower() == "per ")
        for hit, after in ordered:
            metric: Metric = hit.entry  # type: ignore[assignment]
            if self.english and _modifies_noun(text, hit, sentence[1]):
                continue  # "the revenue impact of our cancellations was $45 million": an impact, not revenue
            if self.english and not after and _object_of_on(text, hit, strong):
                continue  # "our economic return on book value was -13%": the return, not book value
            if self.english and not after and _object_of_in(text, hit, strong):
                continue  # "net inflows in active AUM of $400 million": the inflows, not the assets they went into
            if self.english and after and _opens_next_clause(text, m, hit, sentence[1], others):
                continue  # "Expenses grew 4.3% and NOI growth was 15.4%": NOI is the 15.4%
            if self.english and after and _names_next_figure(text, m, hit, others):
                continue  # "net sales of $515 million adjusted EBITDA of $88 million": the EBITDA is the $88 million
            if metric.weak and any(0 <= hit.start - h.end <= 2 for h in strong):
                continue  # "DCF per share": that metric's amount per share, not earnings per share
            if self.english and _PER_BEFORE.search(text, max(0, hit.start - 5), hit.start):
                continue  # "gross ton-miles per employee rose 16%": the ratio's denominator, not headcount
            if (metric.weak or text[hit.start : hit.start + 4].lower() == "per ") and any(
                x is not m and 0 <= hit.start - x.end <= 1 for x in others
            ):
                continue  # "a $0.04 per share increase from the $1.70": the unit of another figure
            if not after and para.holds(_EXCLUDED_ITEM_BEFORE, max(0, hit.start - 40), hit.start):
                continue  # "net operating income excluding reportable catastrophes of $2.99": the item left out
            if not after and para.holds(_DENOMINATOR_BEFORE, max(0, hit.start - 40), hit.start):
                continue  # "69 basis points of period-end loans, a decline of $34 million": the ratio's base
            as_share = _AS_SHARE_OF_SALES.search(text, max(sentence[0], hit.start - 40), m.start)
            if as_share and as_share.start() <= hit.start and hit.end <= as_share.end():
                continue  # "as a percentage of sales": the base of the ratio, not the metric
            share_of_sales = bool(
                m.unit == "%"
                and m.role != "change"
                and not metric.ratio
                and not after
                and (
                    _OF_SALES.match(text, m.end)
                    or (metric.lower_better and _OF_LOANS.match(text, m.end))
                    or _AMOUNT_OR.search(text, hit.end, m.start)
                    or as_share
                )
            )
            if (
                self.english
                and not share_of_sales
                and m.unit == "%"
                and m.role == "level"
                and not metric.ratio
                and metric.margin
                and not after
                and _COPULA_LEVEL.fullmatch(text, hit.end, m.start)
            ):
                share_of_sales = True  # "Sales and marketing expense for the quarter was 9.7%": a cost's ratio to sales
            if (
                self.english
                and not share_of_sales
                and not metric.ratio
                and metric.margin
                and not after
                and (
                    m.unit in ("bps", "pp")
                    or (m.unit == "%" and m.role == "level" and _POINTS_TO.search(text, hit.end, m.start))
                )
            ):
                share_of_sales = True  # "Gross profit increased 90 basis points to 42.4%": the gross margin
            if (
                m.unit == "%" and m.role != "change" and not metric.ratio and not after
                and _OF_WHOLE_RESULT.match(text, m.end)
                and lm.metric_by_name(f"{metric.name} conversion") is None  # "a conversion rate of 108% of net income"
            ):
                # "net income of $9.8 billion or 31% of the company's overall net income": a business
                # line's share of the whole, no margin
                return hit, after, "share"
            if share_of_sales and metric.name == "revenue" and (as_share or _PART_OF_SALES.match(text, m.end)):
                # "online sales ... as a percentage of total sales were 14.8%", "online sales to be 15% as a percentage
                # of total sales": the part's share of sales
                return hit, after, "share of revenue"
            if share_of_sales:
                # "operating income of $126 million or 11.7% of sales": the operating margin
                return (hit, after, metric.margin) if metric.margin else (None, False, None)
            conversion = lm.metric_by_name(f"{metric.name} conversion")
            if (
                m.unit == "%"
                and m.role != "change"
                and conversion
                and (_OF_INCOME.match(text, m.end) or _CONVERSION_BEFORE.search(text, max(sentence[0], m.start - 40), m.start))
            ):
                # "free cash flow of $631 million and a conversion rate of 108% of net income"
                return hit, after, conversion.name
            if (
                self.english
                and metric.rate
                and m.unit == "%"
                and m.role != "change"
                and _RATE_NOUN.search(text, max(sentence[0], m.start - 70), m.start)
            ):
                # "senior notes at a rate of 3.15%", "the weighted average interest rate of our debt is 2.9%":
                # the rate the amount carries
                return hit, after, metric.rate
            if (
                self.english
                and not after
                and metric.per_share
                and m.role == "change"
                and _per_share_between(text, hit, m, others)
            ):
                # "distributable earnings of $0.49 per share, a 20% increase": the change of the per-share figure
                return hit, after, metric.per_share
            traded = _traded_loans(text, c_start, m, hit) if self.english and after else None
            if traded is not None and lm.metric_by_name(traded) is not None:
                return hit, after, traded
            if fits(metric, m):
                return hit, after, None
            per_share = unit_class(m) == "per_share" or (
                unit_class(m) == "price"
                and not after
                and (
                    _PER_SHARE_WORDS.search(text, hit.end, m.start)
                    # "distributable earnings of $0.71": a total is never written without its scale, so a
                    # bare sum of cents right after a total's name is that total per share
                    or _TOTAL_TO_SUM.fullmatch(text, hit.end, m.start)
                )
            )
            if per_share and metric.per_share:
                # "net income of $41.6 million or $0.57 per share", "net income attributable to common
                # stockholders per share of $0.08"
                return hit, after, metric.per_share
        if not self.english:
            for h in reversed(strong):
                if (
                    sentence[0] <= h.start
                    and h.end <= m.start
                    and _BREAKDOWN_HEAD.search(text, max(sentence[0], h.start - 12), h.start)
                    and fits(h.entry, m)  # type: ignore[arg-type]
                ):
                    return h, False, None  # "按市场划分的新业务价值,…,香港增19%至9.45亿元": each clause measures it
        return None, False, None

    def _figureless_phrase(self, para: _Paragraph, h: _Hit, mine: int) -> bool:
        """Whether a Chinese phrase names the thing of another metric that its clause gives no figure
        ("估第四季晶圆出货量将与第三季持平，而…毛利率约20%": the wafers own no margin)."""
        own = para.phrase_metric.get(h.start)
        if h.entry.kind != "phrase" or own is None or own == mine:  # type: ignore[attr-defined]
            return False
        end = para.clause(own)[1]
        return _DIGIT.search(para.text, own, end) is None

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
        if para.own_lines:
            for_line = self._own_line_after(para, m)
            if for_line is not None:
                return for_line.entry.name, for_line  # type: ignore[attr-defined]
        if self.english:
            each = _unit_after_each(para, m, sentence)
            if each is not None:
                return self._subject_name(each, para) or self.company_name, each
            seg = _segment_right_after(para, m, sentence)
            if seg is not None and metric.scope != "company":
                return self._subject_name(seg, para) or self.company_name, seg
            copula = _named_after_copula(para, m, sentence)
            if copula is not None and metric.scope != "company":
                return self._subject_name(copula, para) or self.company_name, copula
        if metric.name == "share of revenue":
            whose = _SHARE_WHOSE.match(para.text, m.end)
            named = [h for h in para.subjects if whose and h.start == whose.end()]
            if named:  # "占总收入40.6%的智能手机业务": the share is that business line's
                return self._subject_name(named[0], para) or self.company_name, named[0]
        in_clause = [
            h for h in para.subjects if c_start <= h.start and h.end <= m.start and not para.masked(h)
        ]
        if metric.name == "share of revenue" and not self.english:
            # "…收入达1326亿元,占通信服务收入比29.3%": 通信服务 is the whole; the share is the earlier line's
            in_clause = [h for h in in_clause if para.text[max(0, h.start - 1) : h.start] != "占"]
            if not in_clause:
                earlier = [
                    h
                    for h in para.subjects
                    if sentence[0] <= h.start and h.end <= c_start and not para.masked(h)
                    and para.text[max(0, h.start - 1) : h.start] != "占"
                ]
                if earlier and earlier[-1].entry.kind != "reference":  # type: ignore[attr-defined]
                    return self._subject_name(earlier[-1], para) or self.company_name, earlier[-1]
        if metric.scope == "company":
            # "Results for the market-based business were $0.11 per share": a unit the clause introduces
            segs = [
                h
                for h in in_clause
                if h.entry.kind in ("segment", "topic")  # type: ignore[attr-defined]
                or self._other_firm(h)
                or (self.english and _UNIT_KIND_AFTER.match(para.text, h.end))
                # "Our Canadian portfolio generated FFO of $12 million": a name that says it is a unit
                or (self.english and _UNIT_KIND_END.search(para.text, h.start, h.end) is not None)
                or (
                    # "Kestrel Fiber net success-based capex was $26 million": a proper name owning this metric
                    self.english
                    and metric_hit is not None
                    and para.phrase_metric.get(h.start) == metric_hit.start
                    and para.text[h.start : h.start + 1].isupper()
                )
            ]
            if segs:
                return segs[-1].entry.name, segs[-1]  # type: ignore[attr-defined]
            if self.english:
                leads = [
                    h
                    for h in para.subjects
                    if sentence[0] <= h.start and h.end <= c_start and h.entry.kind == "topic"  # type: ignore[attr-defined]
                    and not para.masked(h)
                ]
                if leads:
                    # "At Clean Power Ventures, we plan to invest $165 million": the sentence opened on the unit
                    return self._subject_name(leads[0], para) or self.company_name, leads[0]
                heads = [
                    h
                    for h in para.subjects
                    if sentence[0] <= h.start and h.end <= m.start and h.start in para.clause_heads
                    and h.entry.kind in ("phrase", "company")  # type: ignore[attr-defined]
                    and h.entry.name != self.company_name  # type: ignore[attr-defined]
                    and _REPORTED_AFTER.match(para.text, h.end)
                ]
                if heads:
                    # "Coca-Cola, meanwhile, reported net income of $2.45 billion, or 54 cents a share": the EPS of the
                    # firm that reports it, in a story of another
                    return heads[-1].entry.name, heads[-1]  # type: ignore[attr-defined]
            if not self.english:
                firms = [
                    h
                    for h in para.subjects
                    if sentence[0] <= h.start and h.end <= c_start and not para.masked(h)
                    and (h.entry.kind == "company" or self._other_firm(h))  # type: ignore[attr-defined]
                ]
                if firms and self._other_firm(firms[-1]):
                    # "聯嘉投控（3717）公告第3季財報，…，每股純益0.09元": the firm the sentence is about
                    return firms[-1].entry.name, firms[-1]  # type: ignore[attr-defined]
            return self.company_name, None
        if after and metric_hit is not None:
            # "a 20% increase in mortgage revenue": the name of the metric the figure measures comes first
            between = [h for h in para.subjects if m.end <= h.start and h.end <= metric_hit.end]
            if between and (
                not in_clause
                or _CHANGE_IN_AFTER.match(para.text, m.end)
                or (
                    # "tower churn of $200 million as well as $45 million of small cell churn": each item of a list
                    # of lines' metrics is its own line's, not the one named with the item before
                    m.unit != "%"
                    and len(between) == 1
                    and _AMOUNT_OF_LINE.fullmatch(para.text, m.end, between[0].start)
                    and _heads_other_metric(para, in_clause[-1], metric_hit)
                )
            ):
                hit = between[-1]
                return self._subject_name(hit, para) or self.company_name, hit
        if in_clause:
            hit = in_clause[-1]
            if not self.english:
                owner = self._line_owner(para, in_clause)
                if owner is not None:
                    return owner.entry.name, owner  # type: ignore[attr-defined]
            rest = _other_lead(para, metric_hit, m, hit) if self.english else None
            if rest is not None:
                return rest, None
            return self._subject_name(hit, para) or self.company_name, hit
        if metric.subject and metric.subject in ls.subject_names(self.state.company):
            return metric.subject, None  # only where that subject exists: CMR is Alibaba's term
        earlier = [h for h in para.subjects if sentence[0] <= h.start and h.end <= c_start]
        mine = metric_hit.start if metric_hit is not None else -1
        plain = [
            h
            for h in earlier
            if not para.masked(h)
            and not (
                self.english
                and h.entry.kind == "phrase"  # type: ignore[attr-defined]
                and para.phrase_metric.get(h.start, mine) != mine
                # "Workday Inc reported earnings results, with revenues at $1.68 billion": a name heading the
                # sentence as the subject of its verb is the subject of its later figures too
                and h.start not in para.clause_heads
                # "Harbor revenue increased 28%, driven by organic growth of 22%": the measure of the line's own metric
                and not _measure_of_line_metric(para, h, metric, metric_hit)
            )
            and not (not self.english and self._figureless_phrase(para, h, mine))
        ]
        if self.english and plain:
            contents = _contents_spans(para.text, sentence[0], m.start)
            # "total auto parts sales, which includes our domestic, Mexico and Brazil stores, were $3.6 billion"
            plain = [h for h in plain if not _inside(contents, h.start)] or ([] if contents else plain)
        if self.english and len(plain) > 1:
            # "In Europe, which includes the cloud business, sales rose 20%": Europe's sales
            plain = [h for h in plain if not _CONTENTS_BEFORE.search(para.text, sentence[0], h.start)] or plain
        if (
            plain
            and not self.english
            and _EFFECT_LEAD.match(para.text, c_start, mine if mine >= 0 else m.start)
        ):
            # "富锦热电计提资产减值损失6344万元,共同导致归母净利润同比降低79.78%": what a cause led to is the
            # company's, not the cause's owner's
            return self.company_name, None
        if plain:
            hit = plain[-1]
            rest = _other_lead(para, metric_hit, m, hit) if self.english else None
            if rest is not None:
                return rest, None
            return self._subject_name(hit, para) or self.company_name, hit
        if not self.english and (
            _ELIDED_SUBJECT.match(para.text, sentence[0])
            or (
                metric_hit is not None
                and sentence[0] <= metric_hit.start
                and _METRIC_LEAD.fullmatch(para.text, sentence[0], metric_hit.start)
            )
        ):
            head = para.text[: sentence[0]].rstrip()
            if head[-1:] in ("；", ";"):
                prev = para.sentence(len(head) - 1)
                before = [
                    h for h in para.subjects if prev[0] <= h.start and h.end <= len(head) and not para.masked(h)
                ]
                if before and before[-1].entry.kind != "reference":  # type: ignore[attr-defined]
                    return self._subject_name(before[-1], para) or self.company_name, before[-1]
        if self.english and _COMPANY_LEAD.search(para.text, sentence[0], m.start) and any(
            self._company_lead(para, para.clause(h.start), h)
            for h in para.metrics
            if sentence[0] <= h.start < m.start and not (after and h is metric_hit)
        ):
            return self.company_name, None  # "we delivered total net sales of $865 million, up 24%"
        if not self.english:
            line = self._line_of_same_metric(para, metric, sentence)
            if line is not None:
                return self._subject_name(line, para) or self.company_name, line
        if self.english and (_WHOLE_LEAD.match(para.text, sentence[0]) or _OUR_RESULTS_LEAD.match(para.text, sentence[0])):
            return self.company_name, None  # "Overall, sales were $2.1 billion": the whole company again
        if self.english and metric_hit is not None and _OF_OURS_AFTER.match(para.text, metric_hit.end, m.start):
            return self.company_name, None  # "the initial cash yield of our investment activity was 6.7%"
        if (
            self.english
            and metric_hit is not None
            and sentence[0] <= metric_hit.start < m.start
            and _OUR_METRIC_LEAD.search(para.text[sentence[0] : metric_hit.start])
        ):
            if self._segment_talk_goes_on(para, metric, sentence):
                return self.topic, None  # type: ignore[return-value]  # (see ``_segment_talk_goes_on``)
            return self.company_name, None  # "... Our return on invested capital was 10.6%": the company's own
        if self.english:
            unit = self._share_unit_before(para, sentence)
            if unit is not None:
                return unit, None  # "Military represented 11% of our sales. Sales increased 45%": Military's
            unit = self._opening_region(para, metric, sentence)
            if unit is not None:
                return unit, None  # "Turning to Asia Pacific, revenue grew 8%. Operating margin was 14%": Asia Pacific's
        carried = self._carry_at(para, m.start, carry)
        if (
            self.english
            and (carried is None or carried == self.company_name)
            and metric_hit is not None
            and self.last_unit is not None
            and self.sentence_no + bisect.bisect_right(para.sentence_starts, sentence[0]) - self.last_unit[1]
            <= _SEGMENT_METRIC_SENTENCES
            and _SEGMENT_METRIC_BEFORE.search(para.text, max(sentence[0], metric_hit.start - 30), metric_hit.start)
        ):
            return self.last_unit[0], None  # "they drove adjusted segment EBIT growth of 40%": the segment just named
        if (
            carried is None
            and not self.english
            and self.state.company is None
            and self.heading_firm is None
            and para.text[: sentence[0]].rstrip().endswith("。")  # (not across a digest's items)
        ):
            # "2022年家电行业营收…。2022年归母净利润为…" in a story of no one company: the sentence
            # before named whose figures these are
            before = [h for h in para.subjects if h.end <= sentence[0] and not para.masked(h)]
            if before and before[-1].entry.kind != "reference":  # type: ignore[attr-defined]
                return self._subject_name(before[-1], para) or self.company_name, before[-1]
        if (
            self.english
            and carried in (None, self.company_name)  # (the company named before the run's unit was)
            and self.line_run is not None
            and self.line_run.age < _LINE_RUN_LINES
            and metric_hit is not None
            and metric.name not in self.line_run.metrics  # ("In China, sales increased 40%." "Quarterly sales were ...")
            and _opens_on_metric(para, *sentence)
            and _plain_opening(para.text[sentence[0] : metric_hit.start])
            and not self._leaves_line_run(para)
        ):
            return self.line_run.name, None  # "Contracted backlog increased by 21%" lines after "In the Americas, ..."
        return carried or self.company_name, None

    def _segment_talk_goes_on(self, para: _Paragraph, metric: Metric, sentence: tuple[int, int]) -> bool:
        """Whether "our <metric>" is still the segment's: the talk is on a segment named a few sentences before, whose
        figure was given at most ``_OUR_SEGMENT_SENTENCES`` sentences before ("We delivered segment operating income of $956 million. ... Our
        operating margin of 19.1% was higher"), the metric is one a segment reports and is no forecast, and the
        sentence has no word of the whole company."""
        if (
            self.topic is None
            or self.last_fact is None
            or self.last_unit is None
            or not _same_line(self.last_fact[0], self.topic)
            or not _same_line(self.last_unit[0], self.topic)
        ):
            return False
        at = self.sentence_no + bisect.bisect_right(para.sentence_starts, sentence[0])  # (counted from 1, as the last's)
        return (
            at - self.last_fact[1] <= _OUR_SEGMENT_SENTENCES
            and at - self.last_unit[1] <= _OUR_SEGMENT_NAMED_SENTENCES  # (a talk turned to long ago is no guide)
            and metric.name in ls.phrase_words().en_line_metrics
            and _WHOLE_WORD.search(para.text, sentence[0], sentence[1]) is None
        )

    @staticmethod
    def _own_line_after(para: _Paragraph, m: NumberMention) -> _Hit | None:
        """The document's own unit named right after a figure with "for" ("rent increases of 6.3% for
        manufactured housing and 7.8% for annual RV"): the figure is that unit's."""
        for h in para.subjects:
            if (
                h.start in para.own_lines
                and m.end < h.start <= m.end + _FOR_LINE_SPAN
                and _FOR_LINE_AFTER.fullmatch(para.text, m.end, h.start)
            ):
                return h
        return None

    def _share_unit_before(self, para: _Paragraph, sentence: tuple[int, int]) -> str | None:
        """The unit whose share of sales the sentence right before (or one before that, through sentences
        of a bare metric only) opens with, when ``sentence`` names nothing but a bare metric."""
        text = para.text
        i = bisect.bisect_right(para.sentence_starts, sentence[0]) - 1
        for k in range(1, _SHARE_CARRY_SENTENCES + 1):
            s0, e0 = para.sentences[i - k + 1]
            if (
                not _BARE_METRIC_LEAD.match(text, s0)
                or _WHOLE_WORD.search(text, s0, e0)
                or any(s0 <= h.start < e0 for h in para.subjects)
            ):
                return None
            if i - k < 0:
                return None
            p0, p1 = para.sentences[i - k]
            for a, b, name in phrases.en_share_leads(text, p0, p1):
                hits = [h for h in para.subjects if a <= h.start < b]
                if hits:
                    return self._subject_name(hits[0], para) or name
                return name
        return None

    def _opening_region(self, para: _Paragraph, metric: Metric, sentence: tuple[int, int]) -> str | None:
        """English: the region the paragraph's first sentence turns to ("Turning to Asia Pacific.") or opens its results
        with ("In Europe, revenue grew 5%"), for a later sentence of the paragraph, at most ``_CARRY_SENTENCES`` on,
        that measures what a unit reports and that, with every sentence between, names no other subject, no word of
        the whole company and no turn."""
        text = para.text
        i = bisect.bisect_right(para.sentence_starts, sentence[0]) - 1
        if not 1 <= i <= _CARRY_SENTENCES or metric.name not in ls.phrase_words().en_line_metrics:
            return None
        f0, f1 = para.sentences[0]
        named = [h for h in para.subjects if f0 <= h.start < f1]
        if len(named) != 1 or named[0].entry.kind != "region":  # type: ignore[attr-defined]
            return None
        hit = named[0]
        if not (
            (_LINE_RUN_LEAD.fullmatch(text, f0, hit.start) or _REGION_TURN_LEAD.fullmatch(text, f0, hit.start))
            and _REGION_LEAD_END.match(text, hit.end)
        ):
            return None  # ("Sales in Europe rose 5%": the region of its own sentence only)
        if not _region_turn(para, hit) and not any(f0 <= h.start < f1 for h in para.metrics):
            return None  # ("In the U.S., we see strong demand.": a remark on a market, no section of the region's results)
        for s0, e0 in para.sentences[1 : i + 1]:
            if (
                any(s0 <= h.start < e0 for h in para.subjects)
                or _WHOLE_WORD.search(text, s0, e0)
                or _WHOLE_LEAD.match(text, s0)
                or _RESULTS_TURN.match(text, s0)
                or phrases.en_shifts_away(text[s0:e0])
                or self._ends_line(para, s0, e0)
            ):
                return None
        return self._subject_name(hit, para)

    def _line_of_same_metric(self, para: _Paragraph, metric: Metric, sentence: tuple[int, int]) -> _Hit | None:
        """A business line an earlier sentence of the paragraph named with this metric ("中國業務的新業務價值
        為7.4億美元……計及相關影響後，新業務價值下降4%"): a sentence that names no subject and measures the
        same thing again is still about it."""
        if _ITEM_OPENED.search(para.text, max(0, sentence[0] - 4), sentence[0]):
            return None  # "…海外营收同比+8.3% [2] - 24Q1-25Q1单季营收…": a digest's new item starts afresh
        at = {h.start: h for h in para.metrics}
        for h in reversed([h for h in para.subjects if h.end <= sentence[0]]):
            name = h.entry.name  # type: ignore[attr-defined]
            if h.entry.kind != "phrase" or not (  # type: ignore[attr-defined]
                name.endswith(_LINE_ENDINGS) or _written_as_segment(para.text, h)
            ):
                continue
            named = at.get(para.phrase_metric.get(h.start, -1))
            if named is not None and metric.name.startswith(named.entry.name):  # type: ignore[attr-defined]
                return h
            return None  # only the last line named
        return None

    def _company_lead(self, para: _Paragraph, clause: tuple[int, int], metric_hit: _Hit) -> bool:
        """Whether 'total' stands right before the metric in the figure's clause: the whole company's figure."""
        if not clause[0] <= metric_hit.start:
            return False
        lead = _COMPANY_LEAD.search(para.text, clause[0], metric_hit.start)
        return lead is not None and lead.end() == metric_hit.start

    def _range_grown(
        self, para: _Paragraph, sentence: tuple[int, int], m: NumberMention, metric: Metric | None
    ) -> tuple[str, int, str | None] | None:
        """The guided range a growth rate restates, said in the range's sentence or the next ("sales of
        $1.20 billion to $1.26 billion. This would represent sales growth of 10% to 15%"): the range of
        the metric the rate names, or, when it names none, the one range just guided ("growth of 10%
        to 15%" after a sales and an EPS range says not whose growth it is)."""
        now = self.sentence_no + para.sentence_starts.index(sentence[0])
        recent = [r for r in self.ranges if 0 <= now - r[1] <= 1]
        if not recent:
            return None
        text = para.text
        if metric is None:
            if not _REPRESENTS_GROWTH.search(text, sentence[0], m.start):
                return None
            latest = [r for r in recent if r[1] == recent[-1][1]]
            return recent[-1] if len({r[0] for r in latest}) == 1 else None
        if not _REPRESENTS_NAMED_GROWTH.search(text, sentence[0], m.start):
            return None
        same = [r for r in recent if r[0].removesuffix(" guidance") == metric.name]
        return same[-1] if same else None

    def _fact(
        self,
        p: Paragraph,
        para: _Paragraph,
        m: NumberMention,
        carry: str | None,
        period_mentions: list[PeriodMention],
        group: tuple[int, int],
        mentions: list[NumberMention],
        earlier: Sequence[Fact] = (),
    ) -> Fact | None:
        """The fact for one figure, or None when it measures no known metric.

        ``earlier``: the facts of the paragraph before this figure; a comparison base that names
        no metric in its own clause measures what the figure it is compared with measures
        ("margin of 11.7% of sales, up from 10.9%").
        """
        text = para.text
        if not self.english and m.unit == "count" and _BARE_CELL.fullmatch(text, m.start, m.end) and _RUN_ON_HEAD.search(
            text, 0, m.start
        ):
            return None  # "主要产品 单位 生产量 … 库存量比上年增减（%）有机硅单体 吨 286,410 …": a cell of a table run into its head
        sentence = para.sentence(m.start)
        clause = para.clause(m.start)
        later = mentions.after(m.start, 2) if isinstance(mentions, _Mentions) else [
            x for x in mentions if x.start > m.start
        ]
        next_start = later[0].start if later else len(text)
        paired_end = m.end
        if (
            later
            and _OR_PAIR.fullmatch(text, m.end, later[0].start)
            and not (m.unit != "%" and later[0].unit == "%" and _OF_SALES.match(text, later[0].end))
        ):  # ("$300 million or approximately 5.5% of sales": the sales are the ratio's base, not the amount's)
            # "up 29% or almost $750 million sequentially": both figures share what follows the pair
            next_start = later[1].start if len(later) > 1 else len(text)
            paired_end = later[0].end
        metric_hit, after, mapped = self._metric(para, m, clause, sentence, next_start, mentions)
        dealt = _deal_metric(text, sentence, m, mentions) if self.english and m.role != "base" else None
        if dealt is not None and (metric_hit is None or not after):
            # "we sold 4 properties for a combined sales price of $8.6 million": the deal names what the figure
            # measures before any word of the price it was done at
            metric_hit, after, mapped = None, False, None
        # "汽车收入同环比增速分别为31%和8%": the pair is two comparisons of one line, not two lines
        by_change = not self.english and _respective_change(
            text, sentence, mentions[mentions.index(m) - group[0]], *group
        ) is not None
        respective = None if by_change else _respective(para, m, group, sentence, mentions)
        if respective is not None:
            hit = respective[1]
            if hit is not None and fits(hit.entry, m):  # type: ignore[arg-type]
                metric_hit, after, mapped = hit, False, None
            elif hit is not None and unit_class(m) in ("per_share", "price") and hit.entry.per_share:  # type: ignore[attr-defined]
                # "FFO and net income were $0.50 and $0.27 per share, respectively": FFO per share and EPS
                per_share = lm.metric_by_name(hit.entry.per_share)  # type: ignore[attr-defined]
                if per_share is not None and fits(per_share, m):
                    metric_hit, after, mapped = hit, False, per_share.name
        if m.role == "base" and _orphan_base(m, mentions, clause, earlier):
            return None  # "move-outs dropped to 13.2% versus 15.1%": the base of a figure that is no fact
        stated_prior = None if self.english or m.role == "base" else self._stated_prior(text, para.clause_start(m.start), m)
        year_ago_lead = stated_prior is not None or (
            not self.english
            and m.role != "base"
            and (
                m.unit not in _RATE_UNITS
                # "占比约18%，高于去年同期的12%": a rate's level a year before, set against the level just stated
                or _LEVEL_ABOVE_YEAR_AGO.search(text, para.clause_start(m.start), m.start) is not None
                # "占比约34%，去年同期是27%": a clause that is only the year-ago period and a rate states its level
                or _YEAR_AGO_LEVEL.fullmatch(text, para.clause_start(m.start), m.start) is not None
            )
            and self.state.ctx.quarter is not None
            and bool(_YEAR_AGO_LEAD.search(text, para.clause_start(m.start), m.start))
        )
        compared = _compared_fact(m, metric_hit, clause, sentence, earlier, year_ago_lead)
        if (
            compared is None
            and self.english
            and m.role == "base"
            and _THAT_COMPARES.fullmatch(text, sentence[0], m.start)
            and (metric_hit is None or not clause[0] <= metric_hit.start < clause[1])
        ):
            # "Revenue was $120 million, up 8% versus last year. That compares to $111 million in the third quarter of
            # 2021.": the base of the sentence before's figure (a base that names its own metric keeps it)
            pool = [f for f in earlier if f.start < sentence[0]] or self.prev_out
            compared = next((f for f in reversed(pool) if f.basis is None and fact_class(f) == unit_class(m)), None)
        if (
            compared is None
            and self.english
            and m.role == "change"
            and metric_hit is None
            and (moved := _THAT_MOVED.fullmatch(text, sentence[0], m.start)) is not None
        ):
            # "Revenue was $512 million. That's up 8% from last year.": the move of the one level the sentence
            # before stated
            # (a paragraph opening so takes the paragraph before when that states one fact only)
            compared = _sole_level_before(
                para, sentence[0], earlier, m, [f for f in self.prev_out if f.paragraph == p.n - 1], bool(moved.group("seq"))
            )
            if compared is not None and moved.group("pro") and (
                fact_class(compared) == "count" or compared.metric.startswith("share")
            ):
                # "We opened 12 stores. They were up 5%", "Other markets were 10% of licensing. They were up 14%": the
                # stores or the part moved, not their count or share
                compared = None
        metric: Metric | None
        if compared is not None:
            metric_hit, after, mapped = None, False, None
            of = compared_name = compared.metric
            if self.english and m.role == "base" and of.endswith(" guidance") and _RESULT_AFTER_BASE.match(text, m.end):
                # "The midpoint of $1.74 represents a $0.04 increase from the $1.70 recorded in the third quarter": the
                # result the forecast is set against
                of = compared_name = of.removesuffix(" guidance")
            metric = lm.metric_by_name(of) or Metric(of)
        elif metric_hit is not None:
            metric = metric_hit.entry  # type: ignore[assignment]
        elif dealt is not None:
            metric = lm.metric_by_name(dealt)
        elif m.counter and m.counter in lm.counters():
            metric = lm.metric_by_name(lm.counters()[m.counter])
        else:
            metric = None
        if metric is None and not self.english and m.unit == "%" and m.role == "level":
            metric = _aimed_level(text, para.clause_start(m.start), sentence, m, earlier)
        if (
            metric is None
            and self.english
            and unit_class(m) == "amount"
            and _NET_RESULT_VERB.search(text, clause[0], m.start)
        ):
            lost = _NET_RESULT_VERB.search(text, clause[0], m.start).group("lost")  # type: ignore[union-attr]
            metric = lm.metric_by_name("net loss" if lost else "net income")  # "we lost $12 million": the net result
        if (
            self.english
            and metric is not None
            and not metric.measured
            and unit_class(m) == "count"
            and _SQUARE_FEET_AFTER.match(text, m.end)
        ):
            metric = None  # "141 new leases signed, totaling 605,000 square feet": an area, no count of the leases
        if self.english and m.role == "level" and compared is None and (metric is None or metric.weak):
            acted = _acted_on(text, clause[0], m)
            if acted is not None and (acted_metric := lm.metric_by_name(acted)) is not None:
                # "we collected 97% of base rents", "we released $410 million of allowance": the verb and the thing
                # name the metric together, before a weak word elsewhere in the clause ("cash basis tenants")
                metric, metric_hit, after, mapped = acted_metric, None, False, None
        if metric is None and self.english and unit_class(m) == "amount" and m.role == "level":
            result = _name_result(text, clause[0], m)
            if result is not None:
                metric = lm.metric_by_name(result)  # "Corvane earned $1.2 billion": the net result
        line_sales = (
            _LINE_KIND_CHANGE.search(text[sentence[0] : m.start])
            if metric is None and self.english and m.unit == "%" and m.role != "base" and not self.state.insurer
            else None
        )
        if (
            line_sales is None
            and metric is None
            and self.english
            and m.unit == "%"
            and m.role != "base"
            and not self.state.insurer
            and _GROWTH_RIGHT_AFTER.match(text, m.end)
        ):
            line_sales = _LINE_KIND_WITH_GROWTH.search(text[sentence[0] : m.start])
        if line_sales is None and metric is None and self.english and m.unit == "%" and m.role != "base":
            # "Mobile decreased by about 12%"
            line_sales = self._part_moved(text[sentence[0] : m.start], (p.n, sentence[0]) in self.part_pronouns)
        if line_sales is not None:
            metric = lm.metric_by_name("revenue")  # "our Other category was down 9.3%": the line's sales
        fx_sign = _fx_impact(para, sentence, m) if self.english else None
        if fx_sign is not None:
            # "currency was a 2% headwind to sales", "a favorable impact from foreign exchange of $0.13 per share": what
            # exchange rates did to a result, a fact of its own, never the result's level or growth
            metric, metric_hit, after, mapped, compared = _FX_IMPACT, None, False, None, None
        if (
            metric is None
            and self.english
            and m.unit == "x"
            and _DEBT_BEFORE_MULTIPLE.search(text, max(clause[0], m.start - 40), m.start)
            and _EBITDA_AFTER_MULTIPLE.match(text, m.end)
        ):
            metric = lm.metric_by_name("leverage ratio")  # "our net debt was 2.1 times trailing EBITDA": its leverage
        if (
            metric is None
            and self.english
            and unit_class(m) == "count"
            and _DELIVERED_VERB.search(text, max(clause[0], m.start - 40), m.start)
            and not _NO_UNITS_AFTER.match(text, m.end)
        ):
            metric = lm.metric_by_name("deliveries")  # "we delivered 57 commercial helicopters": units delivered
        gain_named: tuple[int, int] | None = None  # the words naming a gain the amount sizes
        # (a one-off item is the quarter's only when its sentence names no other time: "a $4.5 million gain from
        # the sale of a complex acquired in 2020", "the deal described earlier this year, which resulted in a gain")
        other_time = any(
            sentence[0] <= pm.start < sentence[1] and pm.period != self.state.ctx.period for pm in period_mentions
        )
        if metric is None and self.english and unit_class(m) == "amount" and _ARTICLE_JUST_BEFORE.search(
            text, max(0, m.start - 8), m.start
        ):
            item = _NAMED_AFTER_AMOUNT.match(text, m.end)
            if item is not None and not _ITEM_IN_OR_OUT_BEFORE.search(text, max(clause[0], m.start - 40), m.start):
                # "we recorded a $10 million tax benefit": the amount sizes the item named right after it
                if item.group("gain"):
                    if not other_time:
                        metric, gain_named = lm.metric_by_name("gains"), (m.start, item.end())
                else:
                    metric = Metric("tax benefit" if item.group("tax") else "benefit", monetary=True, units=frozenset({"amount"}))
        gain_of = (
            _GAIN_OF_BEFORE.search(text, max(clause[0], m.start - 60), m.start)
            if metric is None and self.english and unit_class(m) == "amount" and not other_time
            else None
        )
        if gain_of is not None and not _ITEM_IN_OR_OUT_BEFORE.search(
            text, max(clause[0], gain_of.start() - 40), gain_of.start() + len(gain_of.group().split()[0]) + 1
        ):
            # "we recognized a combined gain of $300,000": the gain it sizes ("excluding the gain of $3 million": none)
            metric, gain_named = lm.metric_by_name("gains"), gain_of.span()
        if (
            metric is None
            and unit_class(m) == "per_share"
            and _EARNINGS_WORD.search(text, sentence[0], m.start)
        ):
            # "NovaSky earned $2.4 billion, or $5.16 per diluted common share"
            metric = lm.metric_by_name("EPS")
        if metric is None and self.english and m.role != "base":
            implied = _implied_by_guidance(text, sentence, m, earlier, period_mentions)
            if implied is not None:
                # "revenue guidance of $820 million to $830 million, which implies $210 million to $220 million in
                # Q4": the part of the range left for the period named after it, a forecast of the same metric
                metric = lm.metric_by_name(implied.metric.removesuffix(" guidance"))
        if (
            metric is None
            and self.english
            and unit_class(m) == "amount"
            and _NET_PROCEEDS_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            and any(h.entry.name == "forward equity" and sentence[0] <= h.start < m.start for h in para.metrics)  # type: ignore[attr-defined]
        ):
            # "shares under forward sales agreements with anticipated net proceeds of $71 million": what the
            # unsettled forward sales will bring in
            metric = lm.metric_by_name("forward equity")
        midpoint_of: Fact | None = None
        if metric is None and self.english and m.role != "base":
            midpoint_of = _midpoint_of_guidance(text, sentence, m, earlier)
            if midpoint_of is not None:
                # "same-store revenue growth of 11.5% to 12.5%, ... keeping the midpoint of 12%": that forecast's midpoint
                metric = lm.metric_by_name(midpoint_of.metric.removesuffix(" guidance"))
        if metric is None and self.english and m.role != "base" and _NOW_EXPECT_JUST_BEFORE.search(
            text, max(sentence[0], m.start - 40), m.start
        ):
            revised = next(
                (
                    f
                    for f in reversed(earlier)
                    if sentence[0] <= f.start < m.start and f.metric.endswith(" guidance")
                    and fact_class(f) == unit_class(m)
                ),
                None,
            )
            if revised is not None:
                # "We had expected revenue of $2.0 billion, but now expect $2.1 billion": the same metric's
                # forecast as it stands now
                metric = lm.metric_by_name(revised.metric.removesuffix(" guidance"))
        measured: Fact | None = None
        if metric is None and self.english and m.role != "base" and _EXPECTED_AFTER.match(text, m.end, sentence[1]):
            measured = next(
                (
                    f
                    for f in reversed(earlier)
                    if sentence[0] <= f.start < m.start and fact_class(f) == unit_class(m)
                    and not f.metric.endswith(" guidance")
                ),
                None,
            )
            if measured is not None:
                # "Free cash flow came in at $470 million, below the $500 million we had expected": the
                # expectation the result is measured against, of the same metric (kept as guidance below)
                metric = lm.metric_by_name(measured.metric)
        if metric is not None and metric.weak and metric_hit is not None and not self.english:
            metric = self._named_in_full(para, metric_hit, m) or metric
        represents = False
        grown = self._range_grown(para, sentence, m, metric) if self.english and m.unit == "%" else None
        if grown is not None:
            # "revenue of $4.1 billion to $4.2 billion. This would represent growth of 12% to 15%": the
            # growth of the range just guided
            metric = lm.metric_by_name(grown[0]) or Metric(grown[0])
            represents = True  # ("would" there is the range's arithmetic, no hypothetical)
        if (
            self.english
            and m.currency is not None
            and m.per is None
            and m.role != "change"
            and _PER_UNIT_AFTER.match(text, m.end) is not None
        ):
            # "sold at an average price of nearly $5,100 per acre": a price per unit, not the sales it is part of
            metric, mapped = _per_unit_metric(text, clause[0], m, metric), None
        if (
            metric is None
            and not self.english
            and m.currency is not None
            and _DEALT_AMOUNT_BEFORE.search(text, max(sentence[0], m.start - 12), m.start)
            and _BOUGHT_BACK_BEFORE.search(text, sentence[0], m.start)
        ):
            # "累计回购公司股份3,862,400股，……成交总金额为61,275,812.40元": what the shares bought back cost
            metric = lm.metric_by_name("buyback")
        if (
            metric is None
            and not self.english
            and m.unit == "count"
            and _BUYBACK_SHARES_BEFORE.search(text, max(sentence[0], m.start - 10), m.start)
            and _SHARES_AFTER.match(text, m.end)
        ):
            # "累计回购公司股份3,862,400股": the shares bought back (``_buyback_status``)
            metric = lm.metric_by_name("buyback")
        if metric is None and self.english and m.unit == "count" and _power_capacity(text, m):
            # "acquired a 12-megawatt solar project", "added 120 megawatts of capacity": what the plants can generate
            metric = lm.metric_by_name("capacity")
        if metric is None:
            return None
        if not self.english and metric.name == "capacity" and (
            _ZH_BUILT_BEFORE.search(text, clause[0], m.start) or _ZH_SIZED_PROJECT.match(text, m.end)
        ):
            return None  # "拟投资20亿元建设装机容量120万千瓦的风电项目": a plant's planned size, no capacity in service
        if self.english and metric.weak and metric.name == "cash" and metric_hit is not None and not _cash_held(
            text, clause, m, metric_hit, after
        ):
            return None  # "acquired for $200 million in cash", "cash taxes were $5 million": no cash balance
        if self.english and metric.weak and metric_hit is not None and unit_class(m) == "count" and (
            _COUNTED_ITEMS_AFTER.match(text, m.end)
        ):
            return None  # "deal volume reaching 411 deals": the figure counts the items named after it
        if (
            self.english
            and metric.name == "credit facility"
            and metric_hit is not None
            and m.end <= metric_hit.start
            and _AVAILABLE_UNDER.fullmatch(text, m.end, metric_hit.start)
        ):
            # "$1.2 billion available under our revolver": the undrawn part, money the company can draw on
            metric = lm.metric_by_name("liquidity") or metric
        elif self.english and metric.name == "credit facility" and metric_hit is not None and (
            _DRAWN.search(text, min(m.end, metric_hit.start), max(m.end, metric_hit.start))
            or not (after or _sized_by_link(text, metric_hit, m))
        ):
            # "$30 million drawn under our line of credit": a borrowing, not the facility's size; "availability
            # under our revolving credit facility and $1 billion under the term loan": a figure of another phrase
            return None
        if (
            self.english
            and metric.name == "debt"
            and metric_hit is not None
            and (
                (after and _DEBT_REPAID_BEFORE.search(text, max(sentence[0], m.start - 100), m.start))
                or (not after and _DEBT_CUT_BEFORE.search(text, max(sentence[0], metric_hit.start - 30), metric_hit.start))
            )
        ):
            # "we repaid $350 million of notes and $362 million of outstanding borrowings", "the reduction in our debt
            # ... of $102 million": debt paid back in the period, not the balance
            metric = lm.metric_by_name("debt repayment") or metric
        if self.english and metric.name == "loans" and after:
            deal = _LOANS_DEALT.search(text, max(clause[0], m.start - 48), m.start)
            if deal is not None:
                # "we committed to purchase $687 million of residential mortgage loans": loans bought in the
                # period, not the loan book
                metric = lm.metric_by_name("originations" if deal.group("made") else "loan purchases") or metric
        if (
            self.english
            and mapped is None
            and _is_eps_family(metric)
            and _PAID_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
        ):
            metric = lm.metric_by_name("dividend") or metric  # "we will pay $1.80 per share": a dividend, not earnings
        if (
            self.english
            and metric.weak
            and metric.name == "EPS"
            and metric_hit is not None
            and unit_class(m) in ("per_share", "price")
        ):
            # "our core FFO range, which is now estimated to be between $8.30 and $8.40 per share": the per-share
            # form of the earnings measure just named, not earnings per share
            metric = _per_share_in_focus(para, metric_hit.start, sentence) or metric
        if self.english and metric.name == "margin" and metric_hit is not None and mapped is None:
            # "Adjusted EBITDA was $145 million, up 17%, with margins at 13.1%": the margin of the profit just named
            metric = _margin_of_profit_before(para, metric_hit, sentence) or metric
        if self.english and m.unit == "%" and m.role != "change" and _COUPON_OF_NOTES.match(text, m.end):
            # "after refinancing our 5.35% notes": the rate the notes carry, whatever the clause is about
            metric, mapped = lm.metric_by_name("cost of debt") or metric, None
        if self.english and m.unit == "%" and "/" in text[max(0, m.start - 3) : m.end + 3] and (
            _FRACTION_OF_RATE_BEFORE.search(text, max(0, m.start - 8), m.start) or _FRACTION_OF_RATE_AFTER.match(text, m.end)
        ):
            return None  # "the redemption of our 9 3/4% senior notes": a piece of a fraction
        if metric.kind == "market" and "price" not in metric.units:
            # "trading at 8.5x P/E and a 10.3% dividend yield", "当前总市值111亿元": the market's price of the
            # company (a multiple, a yield, its market value), not a figure the company reports
            return None
        if not represents and fx_sign is None and _not_a_fact(text, sentence, clause, m):
            return None
        if (
            not self.english
            and m.unit == "%"
            and _COMPOUND_RATE_BEFORE.search(text, max(clause[0], m.start - 20), m.start)
            and not _ZH_PLAN_WORDS.search(text, sentence[0], m.start)
        ):
            return None  # "FY2014-FY2025收入CAGR为13%": a record over many years, no figure of one period
        if group[0] > 0 and _list_of_norms(text, clause, mentions[mentions.index(m) - group[0]]):
            return None  # "our 10-year average same-property NOI growth was 3.6% and 6.6% on a cash basis"
        if self.english and m.unit in _RATE_UNITS and _MULTI_YEAR_BASIS_AFTER.match(text, m.end):
            return None  # "590 basis points on a two-year basis": a change over two years
        if self.english and m.unit in _RATE_UNITS and self._over_two_years(text, m, sentence[0]):
            self.old_base_at = (
                None
                if self._one_year_said(text, sentence, earlier)  # "grew 10.5% versus 2020 and 4% versus 2019": mixed
                else self.sentence_no + para.sentence_starts.index(sentence_start(para, m))
            )
            return None  # "organic sales grew 11% versus '20 and 4% versus 2019": a change over two years
        if (
            self.english
            and self.old_base_at is not None
            and m.role == "change"
            and m.qualifier is None  # ("occupancy greater than 80% on Tuesday nights": a level's bound, no change)
            and m.unit in _RATE_UNITS
            and self.sentence_no + para.sentence_starts.index(sentence_start(para, m)) == self.old_base_at + 1
            and (self.stated_change is None or self.stated_change[1] < self.old_base_at)
            and _OWN_COMPARISON.search(text, sentence[0], sentence[1]) is None
        ):
            # "labor costs were up 0.4% compared to the third quarter of 2019 ... In food and beverage, labor costs were
            # down 3.8%": the next sentence goes on against the same old base
            return None
        if self.english and m.unit in _RATE_UNITS and _VERSUS_PLAN_AFTER.match(text, m.end):
            return None  # "revenue grew 5% compared to our 2021 guidance": against a forecast, no change over a period
        if self.english and _GUIDANCE_STEP_BEFORE.search(text, clause[0], m.start):
            return None  # "we increased our EPS guidance by $0.20 at the midpoint": a step from the earlier forecast
        if self.english and self._announced_by_another(text, sentence, m):
            return None
        if not self.english and metric.kind != "market" and self._forecast_of_another(text, m):
            return None  # "市场平均预料美团上季营收为974.74亿元": the market's figure, not the company's
        if not self.english and _estimate_of_others(text, clause, m):
            return None  # "高于七位分析师平均预估的8.3068亿美元": the analysts' figure, not the company's
        if self.english and metric_hit is not None and not after and self._unnamed_item(para, m, mentions, sentence):
            return None  # "11.25% for revenue, 5% for expenses": 5% measures expenses, which no metric names
        if metric.per_share is None and unit_class(m) in ("per_share", "price") and _is_eps_family(metric):
            tail = text[m.end : m.end + 80]
            span = numbers.per_share_span(tail)
            if _ITEM_AFTER.match(tail, span[1] if span else 0) or _ITEM_BEFORE.search(
                text, max(0, m.start - 40), m.start
            ):
                return None  # "a $0.06 per share charge": an item, not earnings per share
            bare = after or (
                metric_hit is not None and text[metric_hit.start : metric_hit.end].lower().startswith("per ")
            )  # only "per share" calls it earnings
            if mapped is None and not _ADJUSTED_LEVEL_AFTER.match(text, m.end) and _item_per_share(
                text, m, mentions, earlier, bare
            ):
                return None
        elif self.english and metric.per_share is not None and unit_class(m) == "per_share" and not after:
            tail = text[m.end : m.end + 80]
            span = numbers.per_share_span(tail)
            if span is not None and _ITEM_AFTER.match(tail, span[1]):
                # "included in earnings is an estimated $0.03 per share favorable impact from weather": an
                # item within the earnings, no earnings per share of its own
                return None
        if (
            m.unit == "%"
            and metric_hit is not None
            and compared is None
            and metric.name != "market share"
            and _MARKET_SHARE_OF.search(text, max(0, metric_hit.start - 40), metric_hit.start)
        ):
            # "our share of Mexico deliveries ran about 55%": a market share, not deliveries
            metric = lm.metric_by_name("market share") or metric
            metric_hit, after, mapped = None, False, None
        if (
            self.english
            and m.unit == "%"
            and m.role != "base"
            and not metric.ratio
            and compared is None
            and _PART_OF_WHOLE_AFTER.match(text, m.end)
        ):
            # "funded $570 million of new loans, over 80% of which were bridge loans", "46% or $10.2 billion were
            # conventional loans": the part's share of the whole, no growth of it
            metric = lm.metric_by_name("share") or metric
            metric_hit, after, mapped = None, False, None
        share: str | None = None
        if (
            m.unit == "%"
            and not metric.ratio
            and after
            and metric_hit is not None
            and _SHARE_OF.fullmatch(text, m.end, metric_hit.start)
        ):
            # "90% of our revenues", "the Apex brand comprised 61% of gross profit": a share of the metric, not its growth
            share = _SHARE_OF_METRIC.get(metric.name)
            if share is None:
                return None
            metric = lm.metric_by_name(share) or metric
            mapped = None
        if (
            self.english
            and m.unit == "%"
            and m.role != "base"
            and not metric.ratio
            and not after
            and mapped is None
            and compared is None
            and _SHARE_OF_THING.match(text, m.end)
            and not _OF_SALES.match(text, m.end)
            and not _OR_PAIR.search(text, max(0, m.start - 24), m.start)  # "$6.3 billion, or 2.1% of loans": the same
        ):
            return None  # "38% of orders came from new customers": a share of something, no growth of the metric before
        if (
            not self.english
            and m.unit == "%"
            and m.role != "change"
            and compared is None
            and metric.monetary
            and not metric.ratio
            and _part_placed_after(para, m)
        ):
            metric = lm.metric_by_name("share") or metric  # "江苏银行86.13%贷款集中于江苏": a part of its loans
            metric_hit, after, mapped = None, False, None
        if (
            not self.english
            and m.unit == "%"
            and metric.name in ("revenue", "share")
            and _SHARE_OF_REVENUE_ZH.search(text, clause[0], m.start)
        ):
            metric = lm.metric_by_name("share of revenue") or metric  # "占通信服务收入比提升至29.3%"
            metric_hit, after, mapped = None, False, None
        if (
            not self.english
            and m.unit == "%"
            and not metric.ratio
            and metric.name != "revenue"
            and metric_hit is not None
            and _ZH_PART_OF_WHOLE.fullmatch(text, max(clause[0], metric_hit.start - 6), m.start) is not None
        ):
            metric = lm.metric_by_name("share") or metric  # "占当月交付量的13.8%": a part of that whole, no growth of it
            metric_hit, after, mapped = None, False, None
        if not self.english and metric.name == "share of revenue" and compared is None:
            whole = self._share_of_metric(para, m, clause, sentence)
            if whole is not None:
                metric = whole  # "研发费用392.4亿元，占营收比重达26.1%": the R&D expense ratio
                mapped = None
        name = (
            compared_name
            if compared is not None
            else self._variant(
                text, m, metric, metric_hit, mapped, sentence[0], _adjusted_before(para, clause, m)
            )
        )
        if self.english and compared is None:
            name = _respective_variant(text, sentence, m, group, mentions, name) or name
        loss = (
            metric.loss_of is not None and mapped is not None
        )  # "net loss of $4 million or $0.07 per share"
        metric = lm.metric_by_name(name) or metric
        if self.english and compared is None and metric_hit is not None and name in _NET_RESULT_NAMES:
            measure = _measure_basis(text, sentence[0], metric_hit.start)
            if measure is not None:
                # "On an earnings available for distribution basis, net income was $63 million or $0.27 per
                # share": the measure the basis names, not GAAP net income
                name = (measure.per_share or name) if _is_eps_family(metric) else measure.name
                metric = lm.metric_by_name(name) or metric
        if (
            metric_hit is not None
            and not after
            and m.unit == "%"
            and not name.endswith("loss")
            and not metric.ratio  # "combined ratio excluding catastrophe losses was 91%": the ratio, not a loss
            and any(
                not numbers.GAINS_AND_BEFORE.search(text, metric_hit.end, w.start())
                for w in _LOSS_WORD.finditer(text, metric_hit.end, m.start)
            )  # ("net income excluding investment gains and losses was up 8%": the income grew)
            and not _OR_LOSS.match(text, metric_hit.end)
        ):
            name = f"{name} loss"  # "经调整EBITA亏损收窄20%": the loss narrowed, not the EBITA
        if (
            self.state.insurer
            and name == "revenue"
            and metric_hit is not None
            and _BARE_SALES.fullmatch(text, metric_hit.start, metric_hit.end)
        ):
            name = "new business sales"  # an insurer's "sales decreasing 32%": policies sold, not revenue
            metric = lm.metric_by_name(name) or metric
        elif self.english and name == "revenue" and _ORGANIC_AFTER.match(text, m.end):
            name = "organic revenue"  # "sales grew 7% organically versus 2020"
        elif (
            self.english
            and name == "allowance for credit losses"
            and unit_class(m) == "amount"
            and _RELEASED_BEFORE.search(text, clause[0], m.start)
        ):
            name = "allowance release"  # "we released $310 million of loan loss reserves": the release, not the balance
            metric = lm.metric_by_name(name) or metric
        basis_lead = _BASIS_LEAD.match(text, sentence[0], m.start) if self.english and compared is None else None
        if basis_lead is not None and basis_lead.group("organic") and name == "revenue":
            name = "organic revenue"  # "On an organic constant currency basis, revenue increased 14%"
        elif basis_lead is not None and basis_lead.group("fx") and not name.endswith("currency)"):
            name = f"{name} ({'local' if basis_lead.group('local') else 'constant'} currency)"
        fx_excluded = (
            self.english
            and basis_lead is None
            and compared is None
            and not name.endswith("currency)")
            and _currency_excluded(text, sentence[0], m.start)
        )
        if fx_excluded:
            # "the U.S. dollar has strengthened significantly, and excluding its impact, our revenue was
            # approximately $1.33 billion": the figure without the currency's move
            name = f"{name} (constant currency)"
        fx = _FX_BASIS.match(text, m.end)
        if fx is None and self.english and "%" in text[m.start : m.end + 2]:
            fx = _FX_SENTENCE_END.match(text, m.end)
        if fx is not None and not name.endswith("currency)"):
            name = f"{name} ({'local' if fx.group('local') else 'constant'} currency)"
        elif _FX_BEFORE.search(text, max(0, m.start - 12), m.start) and not name.endswith("currency)"):
            name = f"{name} (constant currency)"  # "（按固定汇率计算为42%）"
        elif (
            self.english
            and not name.endswith("currency)")
            and (fx_change := _FX_CHANGE_BEFORE.search(text, max(0, m.start - 60), m.start)) is not None
        ):
            # "net sales were $2.1 billion, a constant currency decrease of 3.7%": the change at constant currency
            name = f"{name} ({'local' if fx_change.group('local') else 'constant'} currency)"
        elif (
            self.english
            and metric_hit is not None
            and not name.endswith("currency)")
            and (fx_named := _FX_NAMED_BEFORE.search(text, max(0, metric_hit.start - 24), metric_hit.start)) is not None
        ):
            # "our constant currency revenue increased 11%": the measure itself is named at constant currency
            name = f"{name} ({'local' if fx_named.group('local') else 'constant'} currency)"
        elif (
            self.english
            and metric_hit is not None
            and not after
            and not name.endswith("currency)")
            and sentence[0] <= metric_hit.start
            and (fx_at := _fx_at(text, metric_hit, m, mentions, para.metrics)) is not None
        ):
            # "Portfolio NOI, which includes our international properties, at constant currency grew 3.2% for the
            # quarter and 5.5% for the first 9 months": the measure's moves at constant currency, said between its
            # name and its verb
            name = f"{name} ({'local' if fx_at.group('local') else 'constant'} currency)"
        if self.english and metric_hit is not None and not after and compared is None:
            scoped = _scope_before(text, sentence[0], metric_hit.start, metric_hit.end, m.start)
            if scoped is not None:
                # "On a same-store basis, cash NOI was up 6%", "NOI for the same-store pool was up 17%"
                metric, name = scoped, scoped.name
            elif mapped is None and name == metric.name:
                specific = _modifier_in_phrase(text, sentence[0], metric_hit)
                if specific is not None and fits(specific, m):
                    # "Organic Storage rental revenue growth of 9.7%": organic revenue, the business line between
                    metric, name = specific, specific.name
        if self.english and metric_hit is not None and after and compared is None:
            scope = _SCOPE_WORD.search(text, sentence[0], m.start)
            if scope is not None and _BESIDES_BEFORE.search(text, max(0, scope.start() - 30), scope.start()):
                scope = None  # "In addition to the same-store, recently acquired facilities contributed $139 million"
            scoped = _scoped(scope.group(), text[metric_hit.start : metric_hit.end]) if scope else None
            if scoped is not None:
                # "same-store growth guidance at 11.25% for revenue, 5% for expenses": same-store expenses
                metric, name = scoped, scoped.name
        excluded = _exclusion().search(
            text, max(sentence[0] if self.english else clause[0], m.start - 60), m.start
        ) or (
            _EXCLUDING_AFTER.match(text, m.end) if fx is None else None
        )  # "1.9%, excluding OMSR"; "13%, excluding foreign exchange" is the constant-currency figure
        if excluded is None and _EXCLUSION_LEAD.match(text, sentence[0], m.start):
            # "Excluding the storm impact, oil production was down approximately 15%"
            excluded = _exclusion().search(text, sentence[0], m.start)
        if (
            excluded is None
            and self.english
            and (unit_class(m) == "per_share" or m.role == "change")
            and metric_hit is not None
            and sentence[0] <= metric_hit.end <= m.start
        ):
            # "net income excluding all investment gains and losses of $124 million or $0.42 per share and that's down
            # approximately 7%": the exclusion the total's name carries holds for its per-share figure and its change
            carried_out = _exclusion().search(text, metric_hit.end, m.start)
            excluded = carried_out if carried_out is not None and carried_out.start() <= metric_hit.end + 2 else None
        organic = bool(excluded) and self.english and _ORGANIC_ITEMS.match(text, excluded.end()) is not None  # type: ignore[union-attr]
        if excluded and organic:
            # "Excluding currency translation, acquisitions, and divestitures, core sales grew 8%": the
            # definition of organic growth, which says nothing of the other figures of the sentence
            if name == "revenue":
                name = "organic revenue"
        elif (
            excluded
            and name in _EXCLUDED_ITEMS
            and metric_hit is not None
            and excluded.end() <= metric_hit.start
        ):
            # "如撇除…產生的特殊收益4710萬港元", "which excludes $4 million of stock-based compensation": the amount of
            # the item left out, not a figure without it
            pass
        elif excluded and fx_excluded:
            pass  # (the exclusion is the currency's move, read above)
        elif excluded and self.english and _PORTFOLIO_PARTS.match(text, excluded.end()):
            # "Excluding the Pine Ridge Resorts, total visitation increased 2%", "occupancy, excluding active
            # redevelopments, was 99.6%": the like-for-like portfolio's figure, given under the metric's own name
            pass
        elif excluded and "excluding" not in name:  # "扣除非经常性损益之纯利" names its exclusion
            if metric.adjusted and _ITEMS.match(text, excluded.end()):
                name = metric.adjusted  # "EPS excluding special items" is adjusted EPS
            elif not _is_adjusted(name):
                name = (
                    f"{name} (excluding items)"  # "不包括合并子公司的收入", "revenue excluding divestitures"
                )
        _hit: _Hit | None = None
        if compared is not None:
            subject = compared.subject
        elif respective is not None and respective[0] is not None:
            subject = self._subject_name(respective[0], para) or self.company_name
        else:
            subject, _hit = self._subject(para, m, metric, metric_hit, after, clause, sentence, carry)
            if (
                not self.english
                and self.unit_section is not None
                and subject == self.unit_section[0]
                and (_hit is None or _hit.start < sentence[0])
                and _ZH_WHOLE_IN_SENTENCE.search(text, sentence[0], m.start)
            ):
                subject = self.company_name  # "两项业务合计实现收入20亿元" under "一、储能业务": the whole's total
            time_only = False
            if not self.english and subject and (timed := _TIME_TAIL_ZH.search(subject)) is not None:
                # "该公司上月运载的…": the time word is no part of a name (nor a name alone)
                time_only = timed.start() < 2
                subject = (carry or self.company_name) if time_only else subject[: timed.start()]
            if not self.english and self.state.company is None and _another_announcer(text, sentence, m, subject):
                return None  # "苏州启衡生物科技股份有限公司…营收12.4亿元。同日，华岭电气公告称…": the later sentence's own firm
            if not self.english and subject == "company" and (coded := _CODED_ANNOUNCER.search(text, sentence[0], m.start)):
                # "另外，濠晉娛樂(1196)同日公布，集團旗下娛樂場11月…": on a page of no one company, the listed firm
                # announcing in the sentence is the one its "集团" or "公司" stands for
                opener = _FIRM_ANNOUNCES_NOT.match(coded.group("name"))
                name_at = coded.start("name") + (opener.end() if opener else 0)
                page_text = p.text if len(p.text) == len(text) else text  # (the name as the page writes it)
                subject = page_text[name_at : coded.end("name")]
            if (
                not self.english
                and metric_hit is not None
                and metric_hit.end <= clause[0]
                and _BREAKDOWN_HEAD.search(text, max(sentence[0], metric_hit.start - 12), metric_hit.start)
            ):
                part = _CLAUSE_NAME.match(text, clause[0])
                part_name = part.group("n") if part is not None else None
                words = ls.phrase_words()
                if (
                    part_name is None
                    or part_name in words.generic
                    or part_name.startswith(words.zh_prefix)
                    or _TIME_IN_NAME.search(part_name)
                ):
                    return None  # a breakdown's clause whose part is not named: whose figure is unknown
                subject = part_name  # "按市场划分的新业务价值,…,香港增19%至9.45亿元": Hong Kong's
            if (
                self.english
                and dealt is None  # ("sold 4 properties for a combined sales price of $8.6 million": one deal)
                and (_hit is None or _hit.entry.kind == "phrase")  # type: ignore[attr-defined]
                and any(
                    not any(h.start <= c.start() and c.end() <= h.end for h in para.metrics)
                    for c in _COLLECTIVE.finditer(text, sentence[0], sentence[1])
                    if not _summing_up(text, sentence[0], c.end())
                    and not (gain_named is not None and gain_named[0] <= c.start() < gain_named[1])
                )  # (not the word of a metric's name: "combined ratio", nor of the gain sized: "a combined gain of")
            ):
                # "property management, valuation and loan servicing collectively grew 2%": a group of
                # business lines the extractor cannot name, neither the company nor one of them
                return None
            if self.english and _hit is None and subject == self.company_name and _UNNAMED_UNIT.match(text, sentence[0]):
                # "The business earned $2.7 billion" with no unit named before: a unit's figure, but whose
                # the text does not say; left out rather than given to the company
                return None
            if (
                self.english
                and _hit is None
                and earlier
                and earlier[-1].basis is None
                and earlier[-1].subject != subject
                and sentence[0] <= earlier[-1].start
                and (metric.ratio or "margin" in name)
                and _CONTINUING_LEAD.match(text, clause[0])
            ):
                # "Education operating profit totaled $13.6 million, representing a margin of 6.3%": a ratio in
                # a clause that goes on about the figure before it is of the same line ("... and 4.8% on a net basis,
                # including 3.2% of churn": the churn within that line's growth)
                subject = earlier[-1].subject
            if self.english and _hit is None and subject == self.company_name:
                subject = self._reported_by_another(para, clause, m) or self._reporting_to_us(para, m) or subject
            if not self.english and earlier and earlier[-1].subject == subject and subject != self.company_name:
                subject = self._parallel_line(para, m, mentions) or subject
            if not self.english:
                subject = (None if by_change else _listed_subject(para, m, group, mentions)) or subject
            elif group[1] > 1 and metric_hit is not None:
                subject = _en_listed_subject(para, m, group, mentions, metric_hit, sentence) or subject
            if not self.english and _hit is not None and subject == self.state.company:
                subject = self._other_legal_name(para, _hit, clause) or subject
            if not self.english and metric_hit is not None and subject in (self.state.company, self.company_name):
                party = _PARTY_ROLE_BEFORE.search(text, max(clause[0], metric_hit.start - 6), metric_hit.start)
                if party is not None:
                    subject = party.group("role")  # "担保人资产总额128.6亿元" in the issuer's prospectus: the guarantor's
            if not self.english and _hit is not None and (subject.startswith(_SOME_OF) or _SHARE_OF_FIRMS.match(subject)):
                return None  # "部分企业净利润跌幅超过80%", "超六成券商…": some firms the story does not name, no fact of one
            if not self.english and (subject == "industry" or _MARKET_AGGREGATE.search(subject)):
                return None  # "台湾上市公司营收34885亿元": all listed firms together, no one company's figure
            if not self.english and _hit is not None and group[1] < 2 and _ends_name_list(para, _hit):
                total = _TOTALLED.search(text, _hit.end, m.start)
                if total is None or total.start() - _hit.end > 24 or not _is_firm(para, _hit):
                    return None  # "海岳人寿、东方财险营收也超1000亿元": a bound both meet, no one firm's figure
                subject = "industry"  # "星光保险、海岳人寿以及东方财险共实现…": the listed firms' total
            if not self.english and _hit is not None:
                owner = _listed_owner(para, _hit)
                if owner is not None and owner != self.state.company and time_only:
                    subject = owner  # "同业澄天航空(00976)上月载客量": that firm's own figure
                elif owner is not None and owner != self.state.company and not subject.startswith(owner):
                    subject = owner + subject  # "同期海天电器(000456.SZ)空调营收": that firm's line, not the story's
        named_at = (_hit.start, _hit.end) if _hit is not None else (-1, -1)  # where the subject is written, if it is
        if (
            line_sales is not None
            and subject.casefold() not in line_sales.group().casefold()
            and not sentence[0] + line_sales.start() <= named_at[0] < named_at[1] <= sentence[0] + line_sales.end()
        ):
            # the line whose sales moved is named there (as written or by an alias: "Asia-Pacific" for APAC): a fact of
            # any other subject would be wrong
            return None
        if (
            self.english
            and share is not None
            and (share != "share of revenue" or subject != self.state.company or _OF_TOTAL_WHOLE.match(text, m.end))
            and subject.casefold() not in text[sentence[0] : m.start].casefold()
            and not sentence[0] <= named_at[0] < m.start
        ):
            # "Talent Labs contributed 34% of gross profit", "Digital represented 30% of total revenue": the share of a
            # part its sentence names, no other's (the whole company has no share of its own gross profit or total
            # revenue; "90% of our revenues come from …" stays its own)
            return None
        if not self.english and _UNNAMED_PEERS.search(text, clause[0], m.start):
            return None  # "部分同行上半年毛利率已降至25%左右": peers the page does not name, no fact of one
        if not self.english and _each_of_group(text, sentence, m):
            return None  # "四大行营收均超3000亿元": a bound each of them meets, no one firm's figure
        if not self.english and _aggregate(text, sentence, m):
            if _MARKET_AGGREGATE.search(text, sentence[0], sentence[1]) or _MARKET_COUNT.search(text, sentence[0], sentence[1]):
                return None  # "统计上市柜公司第3季财报…获利合计1.05兆元": the whole market's total, a market statistic
            subject = "industry"  # "13家金控10月自结税后纯益合计737.56亿元": the group's total, no one firm's

        if (
            self.english
            and name.startswith("share of revenue")
            and subject == self.company_name
            and any(
                h.entry.name not in ("revenue", "share of revenue")  # type: ignore[attr-defined]
                for h in _all_before(para.metrics, sentence[0], m.start)
            )
        ):
            return None  # "G&A was 1.5% of sales": that cost's ratio to sales, no share of a business line
        if not self.english and m.unit == "%" and name in ("revenue", "share of revenue"):
            cost = _ratio_to_sales(para, text, clause, m)
            if cost is not None:
                metric, name = cost, cost.name  # "研发投入不低于营业收入的6%": the cost's ratio to sales
        value = m.value
        value_high = m.value_high
        unit = m.unit
        role = m.role
        if fx_sign is not None:
            # the effect's size, signed by its words ("a 2% headwind": -2%), no change over a period
            role, value = "level", fx_sign * abs(value)
            value_high = fx_sign * abs(value_high) if value_high is not None else None
        if dealt is not None and role == "change" and unit_class(m) in ("amount", "count"):
            role = "level"  # "we raised $79 million of equity": the sum the deal brought in, no change
        if gain_named is not None and role == "change":
            role = "level"  # "which resulted in a $74 million gain": the size of the gain, no change of a result
        per_ten = _PER_TEN_SHARES.search(text, max(0, m.start - 16), m.start) if not self.english else None
        if per_ten is not None and metric.name == "dividend" and unit not in ("%", "count"):
            # "每10股派发现金红利3.20元": a tenth of it a share
            value = round(value / int(per_ten.group("n")), 6)
            value_high = round(value_high / int(per_ten.group("n")), 6) if value_high is not None else None
        if not self.english and unit == "x" and role == "change" and _GREW_BY_TIMES.search(text, max(0, m.start - 8), m.start):
            # "经营溢利则增长1.3倍至3亿元", "归母净利润同比增长3倍有余": grew by 130%, by 300%
            value, unit = round(value * 100, 6), "%"
            value_high = round(value_high * 100, 6) if value_high is not None else None
        if (
            self.english
            and (
                metric.kind == "market"
                or (
                    _is_eps_family(metric)
                    and (
                        _SHARES_FOR.search(text, max(0, m.start - 40), m.start)
                        or _AMOUNT_AT.search(text, max(0, m.start - 40), m.start)
                    )
                )
            )
            and _REPURCHASED.search(text, sentence[0], sentence[1])
        ):
            # "we repurchased 2.4 million shares for $845 million at an average price of $346.19 per share"
            metric = lm.metric_by_name("average repurchase price") or metric
            name = metric.name
        elif (
            self.english
            and _is_eps_family(metric)
            and _PRICE_AT.search(text, max(0, m.start - 40), m.start)
            and _SHARES_SOLD.search(text, sentence[0], sentence[1])
        ):
            # "we sold 714,000 shares through our ATM program at $30.22 per share": a sale price, no EPS
            metric = lm.metric_by_name("share sale price") or metric
            name = metric.name
        if self.english and name == "margin" and (kind := self._margin_kind(para, m)) is not None:
            metric = lm.metric_by_name(kind) or metric
            name = metric.name
        if name in _BUYBACK_NAMES:
            name = _buyback_status(text, sentence, clause, m, name)
            if name in _BUYBACK_NAMES and unit == "count" and m.scale == 1 and not m.qualitative:
                return None  # a bare count near a buyback's word that is no number of shares
        elif name == "buyback authorization" and _LEFT_AFTER.match(text, m.end):
            name = "remaining buyback authorization"  # "$380 million remaining under our buyback authorization"
            if name == "shares repurchased":
                unit = "count"
        if (
            role == "change"
            and value_high is None
            and value > 0
            and _FLAT_TO.search(text, max(0, m.start - 12), m.start)
        ):
            value, value_high = 0.0, value  # "較第3季持平至成長6%": flat to up 6%
        elif role == "change" and value_high is None and value < 0 and _TO_FLAT_AFTER.match(text, m.end):
            value_high = 0.0  # "in the range of a 2% decline to flat"
        if unit == "count" and not self.english and _AREA_AFTER.match(text, m.end):
            unit = "sqm"  # "销售面积2664.5万平方米": an area, in square metres
        if unit == "count" and name == "shares repurchased":
            pass
        elif unit == "count" and metric.monetary and m.counter is None and (m.scale > 1 or m.qualitative):
            if self.english and _COUNTED_NOUN_AFTER.match(text, m.end):
                return None  # "8.6 million training hours": a count of something, not an amount of the metric
            if physical_unit_after(text, m):
                return None  # "拟投资8亿元建设年产5万吨…项目": tonnes of output, not an amount invested
            unit = self.state.currency
        elif (
            unit == "count"
            and self.english
            and metric.ratio
            and metric.fits("%")
            and not metric.fits("x")
            and role != "change"
            and not _POINTS_AFTER.match(text, m.end)
            and m.scale == 1
            and m.counter is None
            and value_high is None
            and 0 < value <= 200
            and "." in m.raw
        ):
            unit = "%"  # "Combined ratio of 82.9": a ratio written as a bare number of percent
        elif unit == "CNY" and self.state.currency != "CNY" and _BARE_YUAN.search(m.raw):
            named = [x.unit for x in mentions if sentence[0] <= x.start < m.start and _NAMED_CURRENCY.search(x.raw)]
            # "1420.97億元" in a Taiwanese story: New Taiwan dollars; "純利31.4億元人民幣……每股盈利27分" in a
            # Hong Kong story: the currency the sentence named with its amount before
            unit = named[-1] if named else self.state.currency
        elif self.sheet.dollar != "USD" and bare_dollar(unit, m.raw):
            unit = self.sheet.dollar  # "$45.2 million" where all amounts are in Canadian dollars: C$
        if unit == "count" and (not self.english or metric.name == "capacity"):
            unit = _measure_after(text, m.end) or unit  # "饲料外销量2.86万吨": tonnes, not a count; "5 MW" of capacity
        if (
            self.english
            and name in _LOSS_LINES
            and role in ("level", "base")
            and value < 0
            and not _WRITTEN_NEGATIVE.search(text, max(0, m.start - 12), m.end)
        ):
            # "catastrophe losses were $40 million", "decreased from $120 million": the line's own amount, which the
            # word "losses" names, not a negative result
            value, value_high = -value, (-value_high if value_high is not None else None)
            if value_high is not None and value_high < value:
                value, value_high = value_high, value
        if loss and value > 0 and unit not in ("%", "pp", "bps", "x"):
            value, value_high = -value, (-value_high if value_high is not None else None)
            if value_high is not None and value_high < value:
                value, value_high = value_high, value
        if (
            self.english
            and value > 0
            and value_high is None
            and earlier
            and earlier[-1].value < 0
            and earlier[-1].metric == "net income"
            and _is_eps_family(metric)
            and _OR_PAIR.search(text, earlier[-1].end, m.start)
            and not any(earlier[-1].end < x.start < m.start for x in mentions)
        ):
            value = -value  # "we lost $12 million, or $0.06 per share": the loss per share
        if metric.loss_of and unit not in ("%", "pp", "bps", "x"):
            # a loss amount is the negative of the income it is a loss of
            name = metric.loss_of
            if value > 0:
                value, value_high = -value, (-value_high if value_high is not None else None)
                if value_high is not None and value_high < value:
                    value, value_high = value_high, value
        if (
            self.english
            and "provision" in name
            and unit not in ("%", "pp", "bps", "x")
            and value > 0
            and role != "change"
            and (_BENEFIT_BEFORE.search(text, max(clause[0], m.start - 30), m.start) or _BENEFIT_AFTER.match(text, m.end))
        ):
            # "the provision for credit losses was a benefit of $10 million": a release of reserves, a negative provision
            value, value_high = -value, (-value_high if value_high is not None else None)
            if value_high is not None and value_high < value:
                value, value_high = value_high, value
        i = mentions.index(m)
        prev = mentions[i - 1] if i else None
        if (
            metric.ratio
            and unit == "%"
            and prev is not None
            and prev.unit in ("pp", "bps")
            and prev.role == "change"
            and _OR_RESTATED.fullmatch(text, prev.end, m.start)
        ):
            # "gross margins declining 2.2 percentage points year-over-year or 1.9%, excluding OMSR": the
            # same decline in points, restated
            unit, role = "pp", "change"
            value = -abs(value) if prev.value < 0 else abs(value)
        if (
            not self.english
            and compared is None
            and name in _LINE_RESULT
            and self._is_business_line(subject)
            and not any(h.entry.name == subject for h in [*para.listed_firms, *para.firms])  # type: ignore[attr-defined]
            and not subject.endswith(ls.phrase_words().zh_org_suffix)  # "太平人寿上半年盈利1.53亿元": a firm's profit
        ):
            name = _LINE_RESULT[name]  # "核心本地商业大蚀141亿": a business line's result is its operating result
        c_start = clause[0]
        if unit == "%" and role == "level" and after and metric_hit is not None and _GROWTH_AFTER.match(text, metric_hit.end):
            role = "change"  # "27% adjusted earnings-per-share growth"
        if (
            self.english
            and role == "level"
            and unit not in ("%", "pp", "bps", "x")
            and after
            and metric_hit is not None
            and _IN_METRIC_GAP.fullmatch(text, m.end, metric_hit.start)
            and _GROWTH_AFTER.match(text, metric_hit.end)
        ):
            role = "change"  # "the $132 billion in AUM growth": the amount the metric grew by, not its level
            if _DECLINE_AFTER.match(text, metric_hit.end) and value > 0:
                value, value_high = -value, (-value_high if value_high is not None else None)
                if value_high is not None and value_high < value:
                    value, value_high = value_high, value
        if (
            self.english
            and unit == "%"
            and role == "change"
            and after
            and metric_hit is not None
            and value > 0
            and (value_high is None or value_high > 0)
            and _DECLINE_AFTER.match(text, metric_hit.end)
        ):
            # "we expect a 12% RevPAR decline": the change the noun after the metric names is a fall
            value, value_high = -value, (-value_high if value_high is not None else None)
            if value_high is not None and value_high < value:
                value, value_high = value_high, value
        elif (
            self.english
            and unit == "%"
            and role == "change"
            and after
            and metric_hit is not None
            and value < 0
            and (value_high is None or value_high < 0)
            and _RISE_AFTER.match(text, metric_hit.end)
            and not _SIGN_WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        ):
            # "a 2% EBITDA drop and a 3% organic sales gain": the noun after the metric names a rise, whatever
            # fall the clause named before it
            value, value_high = -value, (-value_high if value_high is not None else None)
            if value_high is not None and value_high < value:
                value, value_high = value_high, value
        if unit == "%" and role == "level" and not metric.ratio and _RATE.search(text, c_start, m.start):
            role = "change"  # "增速加快至26%": a growth rate reached 26%
        if (
            self.english
            and unit == "%"
            and role == "level"
            and not metric.ratio
            and m.role != "base"
            and _COMPARED_RIGHT_AFTER.match(text, m.end)
        ):
            role = "change"  # "EPS of $1.30, or 19% to 20% over last year's fourth quarter": measured against a base
        if metric.ratio and unit == "%" and m.role != "base":
            if role == "change" and not (
                _marker(_YOY, text, c_start, m, next_start) or _marker(_QOQ, text, c_start, m, next_start)
            ):
                if numbers.from_level_before(text, c_start, m.start) and _TO_LEVEL_AFTER.match(text, m.end):
                    unit = "pp"  # "净利率由9.4%下跌2.6%至6.8%": the fall between two levels, in points
                else:
                    role = "level"
            if (
                role == "level"
                and value < 0
                and not m.raw.lstrip().startswith("-")
                and not _SIGN_WORD_BEFORE.search(text, max(c_start, m.start - 60), m.start)
            ):
                value = -value  # ("our economic return was negative 13%": a written sign stays)

        if m.role == "base":
            role = (
                "change"
                if unit == "%" and (_RATE.search(text, c_start, m.start) or _CHANGE_NOUN_AFTER.match(text, m.end))
                else "level"
            )  # "compared to a 27% decline in Q2": a base that is a change
        if (
            role == "level"
            and group[0] > 0
            and not self.english
            and mentions[i - group[0]].role == "change"
            and _RESPECTIVELY.search(text, sentence[0], sentence[1])
        ):
            role = "change"  # "分别增长36.9%及9.2个百分点": the verb before the list is every item's
        period = self._period(para, m, sentence, clause, period_mentions, group, metric, mentions)
        if self.english and m.role != "base":
            period = _since_year_span(text, sentence, m, period, self.state.ctx.year)
            period = _since_quarter_span(
                text, sentence, m, period, period_mentions, self.state.ctx.period,
                role == "change" or unit in _SINCE_RATE_UNITS,
            )
            since_lo = sentence[0] if _SINCE_EVENT.match(text, sentence[0]) else clause[0]  # ("Since inception, ...")
            if (
                role != "change"
                and unit not in _SINCE_RATE_UNITS
                and _SINCE_EVENT.search(text, since_lo, clause[1])
                and not any(since_lo <= pm.start < clause[1] for pm in period_mentions)
            ):
                # "will have invested over $2 billion in capital investments since launching the pass": a sum since
                # an event the sentence gives no date for, of no period it can be dated by
                period = None
        if (
            m.role != "base"
            and period != self.state.ctx.period
            and any(
                pm.base and pm.period == period and m.end <= pm.start < min(clause[1], next_start)
                for pm in period_mentions
            )
        ):
            # "the delinquency rate was up 39 basis points from the second quarter": not the second
            # quarter's figure, whatever an earlier clause named
            period = self.state.ctx.period
        period = self._year_to_date(text, m, period)
        if not self.english and not metric.point:
            period = self._cumulated(text, m, period)
        year = self.state.ctx.year
        if metric.point and period and re.fullmatch(r"\d{4}-\d{4}", period) and year and int(period[:4]) >= year:
            period = self.state.ctx.period  # "a $1.1 billion debt offering in support of our five-year plan": the plan's years are not the debt's
        if (
            (metric.point or (not self.english and metric.name in _ZH_COUNTS_AT_END))
            and period
            and "-" in period
            and periods.parse_quarter(period.rsplit("-", 1)[1]) is not None
            and not _future_span(period, self.state.ctx.period)
            and not (self.english and _FLOW_VERB_BEFORE.search(text, max(clause[0], m.start - 40), m.start))
            # "leverage was 1.6x net debt to trailing 12 months EBITDA": the ratio's own words name the months it covers
            and not (self.english and _TRAILING_AFTER.search(text, m.end, min(clause[1], m.end + 60)))
        ):
            # "前三季度…不良贷款率1.33%": the ratio at the span's end (a month, "2022-10", is no span); cash a span
            # "produced" is a flow of the span ("On a year-to-date basis, we have produced roughly $100 million in cash")
            period = period.rsplit("-", 1)[1]
        if (
            self.english
            and metric.point
            and metric.kind != "plan"
            and period is not None
            and period.isdigit()
            and self.state.ctx.fiscal_year_end_month == 12
            and self.state.ctx.quarter == int(period) * 4 + 3
            and role != "change"
            and not _FOR_THE_YEAR.search(text, sentence[0], m.start)
        ):
            # "ending the year with cash of approximately $800 million" in a fourth-quarter call: the balance at the
            # year's end, the quarter's end (not "for the full year, we reduced debt by about 12%": a move over the year)
            period = periods.quarter_str(int(period) * 4 + 3)
        if (
            not self.english
            and self.state.broker_note
            and metric.kind == "market"
            and _QUOTED_PRICE_BEFORE.search(text, clause[0], m.start)
        ):
            return None  # "当前股价(2025年10月30日)为72.50元" in a broker's note: the quote it values against, no result
        if not self.english and metric.kind == "market" and _OFFER_PRICE_BEFORE.search(text, clause[0], m.start):
            return None  # "招股价区间为每股12.80港元至14.60港元": the price a listing offers its shares at, no result
        if metric.kind == "market" and not _DEAL_PRICE_BEFORE.search(text, max(0, m.start - 50), m.start):
            # (a price a deal was struck at keeps the deal's period: "capitalized the transaction with $125 million
            # in OP units at an average price per share of $201.84" during the quarter)
            period = self._market_period(m, clause, period_mentions)
        if m.role == "base" and metric.kind != "market":
            # a comparison base is a fact of its own period: the one named with it, else the
            # figure's period shifted by the comparison ("versus $163.2 million last year")
            own = period
            comparison = _base_comparison(text, clause, m)
            # "guidance to 10% to 11% year-over-year versus 10.5% to 11.75% previously": an earlier forecast of
            # the same period, no figure of a year before
            earlier_forecast = self.english and _PREVIOUSLY_AFTER.match(text, m.end) is not None
            if earlier_forecast:
                comparison = None
            if comparison is None and not self.english and self.state.yoy_default and metric.kind == "result":
                comparison = "yoy"  # "平均售价由每部1102.2元下降3.6%" in a story that compares year on year
            if comparison is None and self.english and not earlier_forecast:
                # "on a sequential basis compared to Q2, our brands margin improved by 80 basis points, up from
                # 9.3%": the sentence's comparison word, when the base's clause has none
                comparison = _sentence_comparison(text, sentence[0], m)
            if comparison is None and self.english and self.state.yoy_default and metric.kind == "result" and _bare_base(
                text, clause, m
            ):
                # "revenues were down 15.7% to $664.6 million compared with $788.1 million" in a call whose
                # unmarked changes are year on year: the same period a year before
                comparison = "yoy"
            if self.english and comparison == "yoy" and next(_guidance_marks(text, sentence[0], m.start), None):
                # "We expect total revenues of $2.7 billion to $2.8 billion compared with $2.9 billion": the
                # year before the one the outlook is for
                period = _guided_period(m, sentence, clause, period_mentions, self.state.ctx, text) or _guided_here(
                    para, period_mentions, sentence[0], self.state.ctx
                ) or period
            if (
                self.english
                and comparison == "yoy"
                and metric.kind == "plan"
                and earlier
                and earlier[-1].start >= sentence[0]
                and earlier[-1].metric.removesuffix(" guidance") == metric.name
                and earlier[-1].period
                and periods.parse_quarter(earlier[-1].period) is None
                and periods.parse_quarter(str(period)) is not None
            ):
                # "We're estimating capex will be about $400 million, up from $317 million last year": a plan is
                # the year's, so its base is the year before the one the plan compared with it is for
                period = earlier[-1].period
            named_base = _base_period(text, m, clause, period_mentions, mentions)
            if named_base is None and self.english and own and own != self.state.ctx.period and any(
                pm.period == own and not pm.base and m.end <= pm.start < clause[1] for pm in period_mentions
            ):
                # "This compared to $322 million of reserve development in second quarter 2020": the base's own
                # clause names its period
                named_base = own
            if (
                self.english
                and named_base
                and own
                and not metric.point
                and any(
                    pm.kind == "quarter" and pm.period == own and not pm.base and sentence[0] <= pm.start < m.start
                    for pm in period_mentions
                )
            ):
                named_base = _same_quarter_of_year(named_base, own, text, clause[0], m.start)
            period = named_base or _shifted(period, comparison)
            if not self.english and _YEAR_START_BASE.search(text, max(clause[0], m.start - 10), m.start):
                period = _year_start(own or self.state.ctx.period) or period  # "较期初的39.78亿元": last year's end
            if own and not self.english and _PAREN_YEAR_BEFORE.search(text, max(0, m.start - 16), m.start):
                period = own  # "(去年同期:2.8亿元)": the comparative's span, as ``_period`` worked it out
            year_before = _shifted(own, "yoy")
            if own and "-" in own and period is not None and year_before and year_before.endswith(period):
                period = year_before  # "year to date ... compared to $241.5 million in the prior year period"
            if self.english and period is not None and period.isdigit():
                # "For the nine months, net income was $5.2 million compared to $3.1 million for '21": the
                # same months of that year, not the whole year
                months = [
                    f.period
                    for f in earlier
                    if f.start >= sentence[0]
                    and f.basis is None
                    and f.period
                    and f.period.startswith(f"{int(period) + 1}Q1-")
                    and not f.period.endswith("Q4")  # (a whole year is named by its year)
                ]
                if months and months[-1]:
                    period = _shifted_span(months[-1], -4) or period
        statement = (_statement_start(text, sentence[0], m.start), sentence[1])
        marks = list(_guidance_marks(text, statement[0], m.start))
        if marks and not self.english:
            # "较分析师785万美元预估略低但同比增长21%": the analysts' estimate makes no figure the company's forecast
            marks = [x for x in marks if not _HELD_ESTIMATE.search(text, max(statement[0], x.start() - 16), x.start())]
        marker = marks[-1] if marks else None
        # "revenue came in ahead of our guidance range, passing $0.7 billion": a result, not a forecast
        # "our outlook for the quarter on gross margin was down 50 basis points": the past verb is the outlook's
        # own, so the figure is a forecast the company gave before
        outlook_was = (
            self.english and marker is not None and _OUTLOOK_WAS.fullmatch(text, marker.start(), m.start) is not None
        )
        guidance = (
            marker is not None
            and (outlook_was or not _PAST_RESULT.search(text, marker.end(), m.start))
            and (
                not _VERSUS_GUIDANCE.search(text, max(sentence[0], marker.start() - 40), marker.start())
                # "revenue of $320 million was above our guidance range of $280 million to $310 million": the
                # range the guidance word heads is the guidance, whatever result the sentence compares with it
                or (self.english and _GUIDANCE_OWN_FIGURE.fullmatch(text, marker.end(), m.start) is not None)
            )
        ) or bool(_ZH_TARGET_AFTER.match(text, m.end, clause[1]))
        if metric_hit is not None and _FORECAST_NOUN_AFTER.match(text, metric_hit.end):
            # "Our 11.25% same-store revenue growth assumption", "our core EPS growth expectations to be up 8%"
            guidance = True
        if (
            self.english
            and not guidance
            and m.role == "change"
            and _RESTATED_FORECAST.search(text, sentence[0], m.start)
            and not _PAST_RESULT.search(text, sentence[0], m.start)
            and _guided_just_before(para, sentence[0], earlier)
        ):
            # "We now expect full year revenue of $1.80 billion ... The year-over-year revenue and adjusted EBITDA
            # growth is 5% and 8%": the growth the forecast just given implies, of the forecast's year
            guidance = True
        if (
            self.english
            and not guidance
            and m.role != "base"
            and metric.kind == "result"
            and _TARGET_BY.search(text, m.end, clause[1])
            and _still_ahead(period, self.state.ctx)
        ):
            guidance = True  # "to achieve an operating margin of 5% to 7% by mid-fiscal '22": a target, no result
        if (
            self.english
            and not guidance
            and m.role != "base"
            and metric.kind == "result"
            and value_high is not None
            and self.guided_before is not None
            and not _PAST_RESULT.search(text, clause[0], clause[1])
        ):
            # "Turning to our third quarter guidance. We expect revenue between ... Organic revenue ...; adjusted
            # EBIT margin of 8.6% to 8.9%.": a range stated while the call gives its outlook is a forecast
            guidance = True
        if guidance and not self.english and _REPORT_PERIOD_ESTIMATE.search(text, sentence[0], m.start):
            guidance = False  # "预计报告期内非经常性损益…约为2,500万元": an estimate of the period the notice reports on
        if guidance and self.english and m.role != "change" and _current_level(text, statement[0], m.start):
            guidance = False  # "the outlook remains favorable, with a current loan-to-value ratio of 62%": today's level
        if (
            guidance
            and self.english
            and marker is not None
            and m.role != "change"
            and _ESTIMATING.fullmatch(text, marker.start(), marker.end()) is not None
            and _ESTIMATED_NOW.fullmatch(text, marker.end(), m.start) is not None
            and _STANDING_ESTIMATE_BEFORE.search(text, max(0, marker.start() - 16), marker.start()) is None
        ):
            guidance = False  # "we estimate our leverage is approximately 5.4x": a level of now, sized
        year = self.state.ctx.year
        if guidance and m.role == "base" and period and period[:4].isdigit() and year and int(period[:4]) < year:
            guidance = False  # "we expect $475 million to $500 million compared with $560 million in 2020": a result
        dq = self.state.ctx.quarter
        if (
            guidance
            and not self.english
            and dq is not None
            and period
            and period[:4].isdigit()
            and int(period[:4]) < dq // 4
            and any(clause[0] <= pm.start < m.start and pm.period == period for pm in period_mentions)
            and marker is not None
            and next((pm.period for pm in period_mentions if pm.start >= marker.end()), period) != period
        ):
            guidance = False  # "预计2025年净利润增长5%，2024年净利润为210.5亿元": a past year's result named in its clause
        past_named = None
        if guidance and self.english and year and m.role != "change" and metric_hit is not None and metric_hit.end <= m.start:
            past_named = next(
                (
                    pm
                    for pm in reversed(period_mentions)
                    if pm.period
                    and pm.period[:4].isdigit()
                    and int(pm.period[:4]) < year
                    and pm.end <= metric_hit.start
                    and _PERIOD_HEADS_METRIC.fullmatch(text, pm.end, metric_hit.start)
                    and _METRIC_OF.fullmatch(text, metric_hit.end, m.start)
                ),
                None,
            )
        if past_named is not None:
            # "to be at or above second quarter of 2018 adjusted earnings per share of $2.22": the figure the
            # forecast is measured against, a result of the past period named before its metric
            guidance, period = False, past_named.period
        if self.english and m.role != "change" and _EXPECTED_AFTER.match(text, m.end, sentence[1]):
            guidance = True  # "came in below the $500 million we had expected": an expectation given before
        elif self.english and not guidance and m.value_high is not None and m.role != "change" and m.role != "base":
            # (a range: a result set against a forecast is one figure, "$510 million compared to the $480 million we
            # expected")
            later = mentions.after(m.end - 1, 1) if isinstance(mentions, _Mentions) else [x for x in mentions if x.start >= m.end][:1]
            if (
                later
                and later[0].end <= sentence[1]
                and _VERSUS_BEFORE_EARLIER.fullmatch(text, m.end, later[0].start) is not None
                and _EXPECTED_AFTER.match(text, later[0].end, sentence[1]) is not None
                and not _PAST_RESULT.search(text, sentence[0], m.start)
            ):
                guidance = True  # "AFFO in the $11 million to $13 million range compared to ... that we shared in July"
        if midpoint_of is not None:
            guidance = True  # "keeping the midpoint of 12%": a point of the forecast just given
        raised_from_prior = (
            self.english
            and m.role not in ("change", "base")
            and _RAISED_FROM_PRIOR_AFTER.match(text, m.end) is not None
            and not _PAST_RESULT.search(text, statement[0], m.start)
        )
        if raised_from_prior:
            guidance = True  # "EPS of between $3.23 and $3.38 increased from prior guidance of ...": the new forecast
        prior_said = _PRIOR_GUIDANCE.search(text, sentence[0], m.start) if guidance and not raised_from_prior else None
        prior_guidance = outlook_was or (
            prior_said is not None
            and not _REAFFIRMED.search(text, sentence[0], m.start)
            and not (self.english and _FORECAST_TO_BE.search(text, prior_said.end(), m.start))
        ) or (
            guidance
            and self.english
            and (_forecast_was(text, sentence[0], m.start) or _EXPECTED_AFTER.match(text, m.end, sentence[1]))
            and not _REAFFIRMED.search(text, sentence[0], sentence[1])  # "We guided to $2.1 billion ... and reaffirm it"
        )
        read_as = lm.metric_by_name(name) if name != metric.name else metric  # (a buyback's figure read as its plan)
        if (
            guidance
            and not metric.forward
            and not (read_as is not None and read_as.forward)
            and metric.kind in ("result",)
            and not name.endswith(" guidance")
        ):
            name = f"{name} guidance"
            if m.role != "base":
                carried = (
                    (_next_quarter(self.state.ctx) if self.english and _SEQUENTIAL_WORD.search(text, statement[0], sentence[1]) else None)
                    or _guided_here(para, period_mentions, statement[0], self.state.ctx if self.english else None)
                    or (_guided_earlier(para, period_mentions, statement[0], self.state.ctx) if self.english else None)
                    or self.guided_before
                )
                if self.english and carried == self.guided_before and _REVISION.search(text, statement[0], statement[1]):
                    carried = _revised_year(carried, self.state.ctx)
                period = (
                    _guided_period(m, statement, clause, period_mentions, self.state.ctx, text, carried)
                    or (
                        # (a level at a point in time with no date is a standing target: "our CET1 capital need
                        # is around 11%")
                        (None if metric.point or _open_ended(text, statement) else self._outlook())
                        if self.english
                        else _fiscal_year(self.state.ctx) if _GUIDANCE_WORD.search(text, statement[0], m.start) else None
                    )
                )  # "raising our EPS guidance to $7.90 to $8" names no period: the fiscal year's outlook
                beaten = (
                    _beaten_guidance_period(text, sentence, marker.start(), m, earlier, period_mentions)
                    if self.english and marker is not None
                    else None
                )
                if beaten is not None:
                    # "adjusted earnings of $1.02 per diluted share exceeded our guidance of $0.93 to $0.95": the
                    # outlook the result was held to, of the result's own period, not the year's outlook
                    period = beaten
        elif (
            not self.english
            and m.role != "base"
            and metric.kind in ("plan", "result")
            and _ZH_INTENT.search(text, statement[0], m.start)
            and not _ZH_INTENT_DONE.search(text, statement[0], m.start)
        ):
            # "二期计划投资约6亿元，预计2027年投产", "公司拟以自有资金回购股份，回购金额不低于1亿元": what a firm intends is
            # for the period its sentence names, if any, never the span the document reports
            period = _guided_period(m, statement, clause, period_mentions, self.state.ctx, text) or (
                # "该行拟向全体股东每10股派发现金股利2.86元" in a year's results: the dividend proposed for that year
                _fiscal_year(self.state.ctx) if metric.name in _PROPOSED_FOR_YEAR and _reports_year(self.state.ctx) else None
            )
        elif guidance and metric.kind == "plan" and m.role != "base" and self.english:
            # "Capital spending is expected to be $1.05 billion to $1.15 billion": the outlook's period; a plan is
            # budgeted by the year, so after an outlook for one quarter ("For the fourth quarter, we expect ...
            # We continue to expect capex of ~$100 million") one that names no period is the year's
            outlook = None if _open_ended(text, statement) else self._outlook()
            period = (
                _guided_period(m, statement, clause, period_mentions, self.state.ctx, text, _yearly(self.guided_before))
                # "Our total capital plan is expected to be ..." after "our capital plan for calendar year 2022"
                or (self._plan_year_at(para, sentence, metric) if not any(sentence[0] <= pm.start < sentence[1] for pm in period_mentions) else None)
                or (_outlook_year(self.state.ctx) if _yearly(outlook) is None and outlook is not None else outlook)
                or period
            )
        elif not self.english and m.role != "base" and metric.name in _PLAN_METRICS:
            period = _zh_plan_year(text, sentence, m.start, period_mentions, self.state.ctx) or period
        if self.english and m.role != "base" and not (m.role == "change" and m.unit in _RATE_UNITS):
            # "$645 million ... from 4Q '22 through the third quarter of 2025": the whole range, for a result or an
            # outlook alike ("from 2022" alone reads as a base, so every period the sentence names is looked at);
            # a growth rate "between 2019 and 2020" is over those years' ends, no span
            ranged = _period_range_after(
                text, m, [pm for pm in period_mentions if sentence[0] <= pm.start < sentence[1]], mentions
            )
            period = ranged or period
            if (
                self.state.ctx.period
                and _NOW_CLAUSE_BEFORE.search(text, max(sentence[0], m.start - 60), m.start)
                and _STATUS_AFTER.match(text, m.end)
            ):
                # "we will deliver our 500 Harbor Street facility that is 97% leased": how it stands now, whatever
                # year the sentence looks to
                period = self.state.ctx.period
        if not self.english and metric.event and m.role != "base":
            # "公司近日收到《中标通知书》…中标金额为3.68亿元": a deal is dated when it was done, not by the span reported
            period = _event_period(text, sentence, m, period_mentions, self.state.ctx) or period

        change: Change | None = None
        if (
            self.english
            and role != "change"
            and unit in ("bps", "pp")
            and m.role != "base"
            # (against the document's period too: "comparing ... to the third quarter of 2019, our
            # occupancy is up 130 basis points" names 2019 before the figure)
            and self._years_back(text, (sentence[0], min(clause[1], next_start)), m, period) >= 2
        ):
            return None  # "our margin was 250 basis points better than 2019" in a 2022 call: a gap over three years
        if (
            self.english
            and role != "change"
            and m.role != "base"
            and _DIFFERENCE_AFTER.match(text, m.end)
            and self._years_back(text, sentence, m, period) >= 2
        ):
            return None  # "$62 million more in revenue ... compared to the third quarter of 2019": a gap over three years
        if (
            self.english
            and role != "change"
            and unit == "%"
            and (m.role != "base" or _period_pair_lead(text, sentence[0], m.start))
            and metric is not None
            and not metric.ratio
            and self._years_back(text, (sentence[0], min(clause[1], next_start)), m, period) >= 2
        ):
            # "volumes advanced 28%, and 14% for the first half compared to the first half of 2019" in a 2021
            # call: a percentage of an amount is a change, here over two years
            return None
        if self.english and role != "change" and unit == "%" and m.role != "base":
            older = _SHARE_OF_YEAR_LEVEL.match(text, m.end)
            now = max((int(p[:4]) for p in (period, self.state.ctx.period) if p and p[:4].isdigit()), default=None)
            if older is not None and now is not None and now - int(older.group("y")) >= 2:
                return None  # "group RevPAR was approximately 60% of 2019 levels" in a 2021 call: a share of a level two years back
        if m.favorable is not None:
            if metric is None or metric.cost is None:
                return None  # "$30 million unfavorable to last year" of a measure not known to be a cost or a result
            # "revenue was $88 million unfavorable to last year": it fell; "SG&A was $12 million unfavorable": it rose
            value = abs(value) if m.favorable != metric.cost else -abs(value)
        if role == "change":
            if self.english and any(
                pm.base and pm.end <= m.start and _BASE_OWN_CHANGE.fullmatch(text, pm.end, m.start)
                for pm in period_mentions
            ):
                return None  # "up 2.7% over a strong first quarter last year, which grew 9.1%": the base's own growth
            if _POINT_BASE.search(text, c_start, m.start) and (self.english or not _changed_since_year_end(text, c_start, m.start)):
                return None  # "较6月末增加19.78亿元": a change since a point in time, neither YoY nor QoQ nor since the year end
            if self._multi_year(text, sentence[0], m.start, mentions, period) or self._multi_year(
                text, m.end, next_start, period=period
            ):
                return None  # "up 41.3% on a two-year basis"; another figure's basis is its own
            if metric.lower_better and value > 0 and (
                _IMPROVED.search(text, c_start, m.start) or _IMPROVEMENT_AFTER.match(text, m.end, max(next_start, m.end))
            ):
                # "provision for credit losses improved by $48 million", "230 basis points of operating ratio
                # improvement": it fell
                value = -value
            compared_periods = [
                pm for pm in period_mentions if pm.base and c_start <= pm.start and pm.end <= m.start
            ] or [
                # "up 6% versus the first quarter of 2020", "46 basis points higher than Q2"; not "a 7.6%
                # comp accelerating from the second quarter": the comp accelerated, it is no QoQ change
                pm
                for pm in period_mentions
                if pm.base
                and m.end <= pm.start < min(clause[1], next_start)
                and _COMPARED_RIGHT_AFTER.fullmatch(text, paired_end, pm.start)
            ][:1]
            if not compared_periods and later and _REACHED_LEVEL.fullmatch(text, paired_end, later[0].start):
                # "revenue increased 10% to $658 million versus Q3 levels": the base named after the level
                # the change reached is the change's
                level_next = later[1].start if len(later) > 1 else len(text)
                compared_periods = [
                    pm
                    for pm in period_mentions
                    if pm.base
                    and later[0].end <= pm.start < min(clause[1], level_next)
                    and _COMPARED_RIGHT_AFTER.fullmatch(text, later[0].end, pm.start)
                ][:1]
            pos, size = group
            if not compared_periods and pos < size - 1 and mentions.index(m) - pos + size - 1 < len(mentions):
                # "up $25 million and $0.08, respectively, from the third quarter of last year": the base
                # named after the list is every item's
                last_item = mentions[mentions.index(m) - pos + size - 1]
                compared_periods = [
                    pm
                    for pm in period_mentions
                    if pm.base
                    and last_item.end <= pm.start < para.clause(last_item.start)[1] + 40
                    and _COMPARED_RIGHT_AFTER.fullmatch(text, last_item.end, pm.start)
                ][:1]
            lead = _leading_adverbial(para, sentence, m)
            if self.english and not _names_comparison(text, lead, period_mentions):
                lead = _stretch_before(sentence, c_start, mentions) or lead
            if lead is not None and not compared_periods:
                # "So compared to the fourth-quarter volumes, first-quarter volumes were down 11%"
                compared_periods = [pm for pm in period_mentions if pm.base and lead[0] <= pm.start < lead[1]]
            if self.english and not compared_periods:
                # "G&A grew from $3.6 million in the second quarter to $3.8 million in the third quarter or 4.2%":
                # the rate is the move from the base just named, over that base's period
                compared_periods = _moved_from_periods(text, sentence, mentions, m, period_mentions)
            if (
                compared_periods
                and compared_periods[0].kind == "span"
                and period == self.state.ctx.period
                # ("our margin in the fourth quarter is 600 basis points higher than in fiscal 2018": the quarter
                # the sentence names before the figure is the figure's own, whatever span the base is)
                and not any(
                    pm.kind == "quarter" and not pm.base and pm.period == period and sentence[0] <= pm.start < m.start
                    for pm in period_mentions
                )
            ):
                # "$39 million higher than the first six months of last year": the same months this year
                shifted = _shifted_span(compared_periods[0].period, 4)
                if self.english and self.state.ctx.quarter is not None:
                    # "skier visits were up 2.8% compared to the fiscal year 2020 season-to-date period" in a call
                    # of fiscal 2022: the same months of the season that runs now, to the call's quarter
                    shifted = _same_months_to_date(compared_periods[0].period, self.state.ctx.quarter) or shifted
                period = shifted or period
            base_q = periods.parse_quarter(compared_periods[0].period or "") if compared_periods else None
            if self.english and base_q is not None and period and period.isdigit() and int(period) == (base_q + 4) // 4:
                # "raised it 11% earlier this year, a total increase of 38.9% over the third quarter 2020 dividend":
                # the same quarter a year on, within the year the sentence names
                period = periods.quarter_str(base_q + 4)
            if self._years_back(text, (sentence[0], min(clause[1], next_start)), m, period) >= 2:
                return None  # "41% greater than 2019 levels" in a 2021 call: a change over two years
            if self.english and _carried_base_years(text, sentence, m, period or self.state.ctx.period) >= 2:
                return None  # "ADR grew 16% and RevPAR 9% compared to 2019": the list's base is every item's
            if (
                self.english
                and not compared_periods
                and self._declared_years_back(p.n, m, period or self.state.ctx.period) >= 2
                and not _YOY.search(text, c_start, max(next_start, m.end))
                and not _QOQ.search(text, c_start, max(next_start, m.end))
                and _VERSUS_YEAR.match(text, m.end) is None
            ):
                # "I will provide comparisons to 2019. ... Revenue was down 36% to $82 million": against that year
                return None
            if (
                self.english
                and _REFLECTING_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
                and any(
                    sentence[0] <= pm.start < m.start
                    and (pm.base or _COMPARED.search(text, sentence[0], pm.start) is not None)
                    and (pm.period or "")[:4].isdigit()
                    and (period or self.state.ctx.period or "")[:4].isdigit()
                    and int((period or self.state.ctx.period or "")[:4]) - int((pm.period or "")[:4]) >= 2
                    for pm in period_mentions
                )
            ):
                # "increased 16.6% from $410.2 million in the first quarter of 2019, reflecting a 15.1% organic
                # sales gain": the part of a change shares its base
                return None
            change = (
                None if self.english else _respective_change(text, sentence, mentions[mentions.index(m) - pos], pos, size)
            ) or self._change(text, c_start, m, next_start, metric, period, compared_periods, lead)
            if change is None and pos < size - 1 and mentions.index(m) - pos + size - 1 < len(mentions):
                # "growth was 18%, 22%, 26% and 31% year over year": the marker after the list is every item's
                i_last = mentions.index(m) - pos + size - 1
                last = mentions[i_last]
                last_next = mentions[i_last + 1].start if i_last + 1 < len(mentions) else len(text)
                if _YOY.search(text, last.end, last_next) or _QOQ.search(text, last.end, last_next):
                    change = self._change(
                        text, c_start, last, last_next, metric, period, compared_periods, lead
                    )
            if change is None and self.english and self._versus_year(text, m) == 1:
                change = "yoy"  # "grew 10.5% versus 2020" in a 2021 call: over the same months a year before
            if change is None and unit not in _RATE_UNITS:
                # "guidance raised by $85 million": a difference over no known period would read
                # as a level; it is not a fact of its own
                return None
        elif (
            self.english
            and unit == "%"
            and period is not None
            and _grown_by_definition(metric)
            and _said_of_metric(text, metric_hit, mentions, m)
        ):
            change = "yoy"  # "net comp sales was a negative 32.2%", "organic revenue from minus 9.1% in Q1 to minus 8% in Q2"
        i_m = mentions.index(m)
        if (
            change is None
            and self.english
            and unit == "%"
            and earlier
            and i_m > 0
            and earlier[-1].raw == mentions[i_m - 1].raw
            and earlier[-1].unit == "%"
            and _RESTATED_BEFORE.fullmatch(text, mentions[i_m - 1].end, m.start)
        ):
            change = earlier[-1].change  # "grew 14% year-on-year or 18% excluding currency": the same change
        if (
            change is None
            and not self.english
            and m.role == "base"
            and unit == "%"
            and compared is not None
            and sentence[0] <= compared.start < m.start
            and compared.unit == "%"
            and compared.basis is None
        ):
            change = compared.change  # "同比增长32%，高于上季度29%的增速": the growth the rate it is set against states
        qualifier = m.qualifier
        if qualifier is None and metric.ratio and not self.english:
            floor = _OF_SALES_BEFORE.search(text, clause[0], m.start)
            if floor is not None and floor.group().startswith(("不低于", "不少于", "超过", "高于")):
                qualifier = "over"  # "研发投入不低于营业收入的6%": at least that share
        if change is None and not self.english and unit in ("%", "pp") and _ZH_MOVE_VERSUS_YEAR_AGO.search(
            text, max(0, m.start - 30), m.start
        ):
            change = "yoy"  # "与上年同期相比变动幅度:45.21%至65.47%": the move over the year before, not that year's figure
        year_ago = year_ago_lead and change is None
        if year_ago and stated_prior is not None:
            if compared is not None and (compared.value < 0) != (value < 0):
                return None  # "经营亏损为18.4亿元，2024年第三季度为25.4亿元": a loss's sign the clause does not write
            period = stated_prior  # "，2024年第三季度为11.5%": the period the clause names
            if name.endswith(" guidance"):
                name = name.removesuffix(" guidance")
        elif year_ago and not _PAREN_YEAR_BEFORE.search(text, max(0, m.start - 16), m.start):
            # ("(去年同期:2.8亿元)": the comparative's span, as ``_period`` worked it out)
            period = periods.quarter_str(self.state.ctx.quarter - 4)  # type: ignore[operator]
            spans = [f.period for f in earlier if f.start >= sentence[0] and f.basis is None and "-" in (f.period or "")]
            if spans:
                # "截至6月30日止6個月…收入433億港元…去年同期則虧損48.55億港元": the same months a year before
                period = _shifted_span(spans[-1], -4) or period
            years = [f.period or "" for f in earlier if f.start >= sentence[0] and f.basis is None and (f.period or "").isdigit()]
            if not spans and years:
                period = str(int(years[-1]) - 1)  # "报告期内…约为2,500万元，上年同期为1,552.26万元": the year before
            if not self.english and name.endswith(" guidance"):
                name = name.removesuffix(" guidance")  # "预计…约为2,500万元，上年同期为1,552.26万元": last year's is a result
        if self.english and m.role != "base" and change is None:
            led = _led_by_base(text, sentence, m, period_mentions)
            if led is not None:
                period, year_ago = led, True  # "In last year's third quarter, we reported ...": that quarter's
            elif not year_ago and (prior := _own_prior_period(text, m, sentence, period_mentions, mentions)) is not None:
                period, year_ago = prior, True  # "Revenue in Q1 last year was $520 million": that quarter's
            elif not year_ago and period is not None:
                back = _quarter_a_year_back(text, sentence, clause, m, period, self.state.ctx.quarter)
                if back is not None:
                    period, year_ago = back, True  # "Fourth quarter revenue last year was $495 million"
        if self.english and name == "dividend" and change is not None and period is not None:
            # "a 9.1% increase in our dividend, and we will pay $1.80 per share for the fourth quarter"
            period = _raised_dividend_quarter(text, sentence, m, period, self.state.ctx.quarter, period_mentions) or period
        if self.english and change is None and period is not None:
            # "cycling a $55 million benefit recorded last year": an item of the quarter a year before
            period = _booked_a_year_back(text, sentence, m, period, self.state.ctx.quarter) or period
        year = self.state.ctx.year
        if (
            self.english
            and name.endswith(" guidance")
            and period is not None
            and period[:4].isdigit()
            and year is not None
            and int(period[:4]) < year
            and (
                (compared is not None and m.role == "base")
                # "these expected increases compare to blended increases of 15.5% in the fourth quarter of 2021"
                or _SET_AGAINST_BEFORE.search(text, sentence[0], m.start) is not None
            )
        ):
            name = name.removesuffix(" guidance")  # "cash flow of $475 million to $500 million, compared with $540 million in 2020": a result
        if (
            not self.english
            and compared is not None
            and m.role == "base"
            and name.endswith(" guidance")
            and _ended_before(period, self.state.ctx.quarter)
        ):
            name = name.removesuffix(" guidance")  # "本季营收预估322亿至334亿美元，并较第3季331亿美元成长": a result
        if grown is not None and grown[2]:
            period = grown[2]  # the growth of the range guided for that period
            change = "yoy" if _YEARLONG.fullmatch(period) else change
        if (
            not self.english
            and period is None
            and name.endswith(" guidance")
            and earlier
            and earlier[-1].start >= sentence[0]
            and earlier[-1].metric.endswith(" guidance")
            and earlier[-1].period
        ):
            period = earlier[-1].period  # "估第四季毛利率约20%以上，产能利用率则约70%左右": the same outlook's quarter
        if self.english and name == "share" and subject == self.company_name and _OF_WHOLE_RESULT.match(text, m.end):
            return None  # "31% of the company's overall net income" with no business line named: whose share is unknown
        if self.english and m.role == "base" and period is None and (name.endswith(" guidance") or (guidance and metric.forward)):
            # "increasing our guidance for 2021 to $3.30 to $3.50, up from $3.00 to $3.25 previously": the
            # earlier guidance for the same period as the new one before it
            new = [f for f in earlier if f.metric == name and f.basis is None and f.start >= sentence[0] and f.period]
            if new:
                period = new[-1].period
        if not self.english:
            first = mentions[mentions.index(m) - group[0]]
            paired = _respective_period(text, sentence, first, group[0], group[1], period_mentions)
            if paired is not None:
                period = paired  # "2022年和2023Q1营业收入为13,705和3387亿元": each figure its own period
            if (
                change is None
                and group[0] > 0
                and unit in _RATE_UNITS
                and earlier
                and earlier[-1].raw == mentions[mentions.index(m) - 1].raw
                and earlier[-1].unit == unit
                and _PAIR_SEP.fullmatch(text, mentions[mentions.index(m) - 1].end, m.start)
            ):
                change = earlier[-1].change  # "同比-0.36%和+3.84%": the marker before a pair is both figures'
            if name == "share" and _WHOLE_REVENUE_BEFORE.search(text, sentence[0], m.start):
                name = "share of revenue"  # "在晶圆收入中,12英寸晶圆贡献77%": a share of that revenue
            part_of = _SHARE_OF_REVENUE_BEFORE.search(text, max(sentence[0], m.start - 24), m.start)
            if name == "revenue" and unit == "%" and change is None and part_of is not None:
                name = "share of revenue"  # "中标金额合计4.82亿元，约占公司2024年营业收入的9.6%": a share of that revenue
                if qualifier is None and text[max(0, part_of.start() - 1) : part_of.start()] == "约":
                    qualifier = "approx"  # ("约占…的9.6%": about that share)
            if (
                name == "revenue"
                and metric_hit is not None
                and text[metric_hit.start : metric_hit.end] == "销售额"
                and _developer_sales(text, sentence, subject)
            ):
                name = "contracted sales"  # "11月百强房企销售额…", "中泓地产…分别实现销售额186.4亿元": signed, not booked
            if (
                unit == "%"
                and change is None
                and name.startswith("net income")
                and _PAYOUT_OF_PROFIT.search(text, max(sentence[0], m.start - 40), m.start) is not None
                and _DIVIDEND_WORD.search(text, sentence[0], m.start) is not None
            ):
                name = "payout ratio"  # "合计派发现金红利2.10亿元，占2024年度归属于上市公司股东净利润的40.2%"
                if earlier and earlier[-1].start >= sentence[0] and earlier[-1].metric.startswith("dividend"):
                    subject = earlier[-1].subject  # the payer of the dividend just stated
            if (
                unit == "pp"
                and name == "share of revenue"
                and earlier
                and earlier[-1].start >= sentence[0]
                and earlier[-1].unit == "%"
                and earlier[-1].change is None
                and earlier[-1].metric.endswith("ratio")
                and _MOVE_AFTER_RATIO.fullmatch(text, earlier[-1].end, m.start) is not None
            ):
                name = earlier[-1].metric  # "占营业收入的6.3%，较上年同期增加0.5个百分点": that ratio's move
            last_q = period.rsplit("-", 1)[-1] if change == "qoq" and period and "-" in period else None
            if last_q is not None and periods.parse_quarter(last_q) is not None:
                period = last_q  # "前三季EPS达10.38元。AI机柜出货季增300%": a change on the quarter before is a quarter's
            done = periods.parse_quarter(period or "")
            if m.role == "base" and name.endswith(" guidance") and done is not None and self.state.ctx.quarter is not None and (
                done <= self.state.ctx.quarter
            ):
                name = name.removesuffix(" guidance")  # "比重可望由第3季的42%提升至45%": the reported quarter's own
        at = mentions.index(m)
        if (
            self.english
            and at > 0
            and earlier
            and earlier[-1].basis == "prior"
            and unit_class(m) == "per_share"
            and earlier[-1].raw == text[mentions[at - 1].start : mentions[at - 1].end]
            and _BRACKET_OPEN.fullmatch(text, mentions[at - 1].end, m.start)
        ):
            # "compared to $30.5 million ($0.70 per share) for the third quarter of 2013": the per-share figure in
            # brackets after a comparison base is that base's, of its period
            period, year_ago = earlier[-1].period, True
        if (
            not self.english
            and m.role == "base"
            and period is not None
            and period[:4] == str(self.state.ctx.year)
            and _YEAR_AGO_CUE.search(text, sentence[0], m.start)
            and not _NOT_YEAR_AGO_CUE.search(text, clause[0], m.start)
        ):
            # "與2017年同期相比,截至2018年9月30日止6個月毛利率由19.6%下跌至15.9%": the figure it fell from is of
            # the same months a year before
            period = _shifted_span(period, -4) or _shifted_quarter(period, -4) or period
        if (
            not self.english
            and name.endswith(" guidance")
            and metric.ratio
            and marker is not None
            and marker.group("g")
            and lm.word_regex("target_markers").fullmatch(marker.group("g"))
        ):
            # "我们的目标是…占比超过40%": a share or margin aimed at, not an outlook (an amount striven for stays guidance)
            name = name.removesuffix(" guidance") + " target"
        if midpoint_of is not None and name.endswith(" guidance"):
            period = midpoint_of.period  # (the midpoint of a forecast is of that forecast's period)
        if measured is not None and name.endswith(" guidance"):
            period = measured.period  # (what was expected is the figure of the period it is measured against)
        if metric.timeless and not any(
            sentence[0] <= pm.start < sentence[1] and pm.period and not pm.base for pm in period_mentions
        ):
            period = None  # "an almost $1 trillion market opportunity": a size of no quarter's
        start, end = _evidence_span(para, m, metric_hit, clause, sentence)
        evidence = p.text[start:end]
        if not evidence:
            return None
        if self.english and unit == "%" and change is None and m.role != "change" and _amount_only(name) and (
            _pct_not_of_amount(text, clause, m)
        ):
            return None  # "an annualized yield above 2%" after a dividend, "60% of our rental revenue": no level of it
        if self.english and subject != "industry" and _not_the_companys(text, sentence, clause, m):
            return None  # "some industry estimates pegging activity down 50%", "$500,000 of revenue was lost"
        if (
            self.english
            and subject not in (self.company_name, _REMAINDER)
            and (_only_metric_words(subject) or _only_basis_words(subject))
        ):
            subject = self.company_name  # "Adjusted EBITDA earnings per share", "net sales sales": no business line
        if fx_sign is not None:
            change = None  # ("a 1% headwind from currency for the year": the effect's size, no growth of it)
        self.grades[(p.n, m.start)] = self._grade(
            para, m, clause, sentence, period_mentions, metric_hit, after, compared is not None,
            respective is not None
            or by_change
            or (group[1] > 1 and bool(_RESPECTIVELY.search(text, sentence[0], sentence[1]))),
            period, subject, _hit, p.speaker,
        )
        if self.english and m.role == "base" and change is None:
            self._note_year_ago_base(para, m, period)
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
            basis="prior"
            if m.role == "base"
            or prior_guidance
            or past_named is not None
            or year_ago
            or (not self.english and _PAREN_YEAR_BEFORE.search(text, max(0, m.start - 16), m.start))
            else None,
            per=m.per if unit == m.unit else None,
        )

    def _note_year_ago_base(self, para: _Paragraph, m: NumberMention, period: str | None) -> None:
        """A figure of the reported quarter set against its level in the same quarter a year before ("This compares to
        the third quarter 2020 FFO of $106.7 million") states a year-over-year comparison for the sentences that follow
        ("The increase in FFO was driven by higher NOI of $98.7 million"), as a "year over year" marker does."""
        reported = self.state.ctx.quarter
        if reported is None or period is None or periods.parse_quarter(period) != reported - 4 or self._para is None:
            return
        s0 = sentence_start(para, m)
        if _COMPARED.search(para.text, s0, m.start) is None or _QOQ.search(para.text, s0, para.sentence(m.start)[1]):
            return
        now = self.sentence_no + self._para.sentence_starts.index(s0)
        if self.stated_change is not None and self.stated_change[1] == now and self.stated_change[0] != "yoy":
            self.mixed_at = now
        self.stated_change = ("yoy", now)
        self.change_run = None

    def _stated_prior(self, text: str, start: int, m: NumberMention) -> str | None:
        """The earlier period a clause that is only that period and a figure names (``_STATED_PRIOR_LEAD``), None when the
        clause is more than that or its period is not before the one reported."""
        lead = _STATED_PRIOR_LEAD.fullmatch(text, start, m.start)
        ctx = self.state.ctx
        if lead is None or start == 0 or text[start - 1] not in "，,；;":
            return None
        found = [pm for pm in periods.find_periods(lead.group("p"), ctx) if pm.period]
        if len(found) != 1:
            return None
        period = found[0].period or ""
        last = periods.parse_quarter(period.split("-")[-1]) if not period.isdigit() else int(period) * 4 + 3
        reported = ctx.quarter
        if reported is None:
            # a page of no one report (a roundup of several firms): the period its sentence named before
            opening = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
            named = [_last_quarter_of(pm) for pm in periods.find_periods(text[opening:start], ctx) if pm.period]
            reported = max((q for q in named if q is not None), default=None)
        return period if last is not None and reported is not None and last < reported else None

    def _grade(
        self,
        para: _Paragraph,
        m: NumberMention,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        period_mentions: list[PeriodMention],
        metric_hit: _Hit | None,
        after: bool,
        compared: bool,
        listed: bool,
        period: str | None,
        subject: str,
        subject_hit: _Hit | None,
        speaker: str | None,
    ) -> Grade:
        """Where the metric, period and subject of the figure at ``m`` were found (``finbrief.facts.evidence``)."""
        text = para.text
        metric_how: MetricHow
        if compared:
            metric_how = MetricHow.COMPARED
        elif listed:
            metric_how = MetricHow.LISTED
        elif metric_hit is None:
            metric_how = MetricHow.IMPLIED
        elif metric_hit.end <= clause[0] or metric_hit.start < sentence[0]:
            metric_how = MetricHow.SENTENCE
        else:
            gap = text[m.end : metric_hit.start] if after else text[metric_hit.end : m.start]
            near = _NEXT_TO_EN if self.english else _NEXT_TO_ZH
            gap = _GLOSS.sub("", gap)  # "调整后息税折旧及摊销前利润(EBITDA)下降14%": a gloss of the name is part of it
            metric_how = MetricHow.NEXT_TO if near.fullmatch(gap) else MetricHow.CLAUSE
        period_how: PeriodHow
        named = [pm for pm in period_mentions if pm.period is not None and pm.period == period]
        if period is None:
            period_how = PeriodHow.NONE
        elif any(clause[0] <= pm.start < clause[1] for pm in named):
            period_how = PeriodHow.CLAUSE
        elif any(sentence[0] <= pm.start < sentence[1] for pm in named):
            period_how = PeriodHow.SENTENCE
        elif any(pm.end <= m.start for pm in named):
            period_how = PeriodHow.PARAGRAPH
        elif period == self.state.ctx.period:
            period_how = PeriodHow.DOCUMENT
        else:
            period_how = PeriodHow.DERIVED
        subject_how: SubjectHow
        if subject == self.company_name:
            subject_how = SubjectHow.COMPANY
        elif (subject_hit is not None and sentence[0] <= subject_hit.start) or any(
            sentence[0] <= h.start < sentence[1] and h.entry.name == subject  # type: ignore[attr-defined]
            for h in para.subjects
        ):
            subject_how = SubjectHow.NAMED
        else:
            subject_how = SubjectHow.CARRIED
        carried_from = ""
        if subject_how is SubjectHow.CARRIED:
            if any(h.end <= sentence[0] and h.entry.name == subject for h in para.subjects):  # type: ignore[attr-defined]
                carried_from = "sentence"
            elif subject in (self.heading_firm, self.section_segment, para.item_head):
                carried_from = "heading"
            else:
                carried_from = "paragraph"
        side = next((s.side for s in self.doc.speakers if s.id == speaker), "none") if speaker else "none"
        metrics = {h.entry.name for h in para.metrics if sentence[0] <= h.start < sentence[1]}  # type: ignore[attr-defined]
        subjects = {
            h.entry.name  # type: ignore[attr-defined]
            for h in para.subjects
            if sentence[0] <= h.start < sentence[1]
            and h not in para.groups
            # (a longer or shorter name read over the subject's own words, "our China business", is no rival of it)
            and not (self.english and subject_hit is not None and h.start < subject_hit.end and subject_hit.start < h.end)
        }  # (a group of firms, "7家银行出现收缩,招商银行…", is no rival of the firms it holds)
        if self.english and subject_hit is not None and _listed_places(para, m.end, subject_hit.end) == [subject_hit]:
            # "Revenue grew 8% in Europe, 5% in Asia Pacific and 3% in the Americas": each place names its own
            # item of the list, no rival of another item's
            places = _listed_places(para, sentence[0], sentence[1])
            subjects -= {h.entry.name for h in places}  # type: ignore[attr-defined]
        own_metric = metric_hit.entry.name if metric_hit is not None else None  # type: ignore[attr-defined]
        return Grade(
            metric_how,
            period_how,
            subject_how,
            metric_rivals=len(metrics - {own_metric}),
            period_rivals=0
            if (para.text, m.start) in self.period_listed  # (the list names each figure's period: none is a rival)
            else len(
                {
                    pm.period
                    for pm in period_mentions
                    if sentence[0] <= pm.start < sentence[1]
                    and pm.period
                    and pm.period != period
                    and not pm.base
                    and not (m.role == "base" and pm.start >= m.end and _quarter_within(period, pm.period))
                }  # (a comparison's base, "up 17% from the prior-year quarter", is no rival; nor is the year a
                # base's quarter is named by, "from $414 million in fiscal 2020")
            ),
            subject_rivals=len(subjects - {subject}),
            paragraph_periods=len(
                {pm.period for pm in period_mentions if pm.end <= sentence[0] and pm.period and pm.period != period and not pm.base}
            ),
            period_guesses=len(
                {
                    pm.period
                    for pm in period_mentions
                    if pm.start < sentence[1]
                    and pm.period
                    and pm.period != period
                    and not pm.base
                    and not _part_of(pm.period, period)
                }
            ),
            carried_from=carried_from,
            side=side,
            english=self.english,
            unit_unnamed=subject_how is SubjectHow.COMPANY
            and self.english
            and not (metric_hit is not None and metric_hit.entry.scope == "company")  # type: ignore[attr-defined]
            and (
                any(
                    sentence[0] <= h.start and h.end <= m.start and h.entry.kind == "anaphora"  # type: ignore[attr-defined]
                    for h in para.subjects
                )
                or (
                    metric_hit is not None
                    and sentence[0] <= metric_hit.start
                    and _SEGMENT_METRIC_LEAD.fullmatch(para.text, sentence[0], metric_hit.start) is not None
                )
            ),
        )

    def _unnamed_item(
        self, para: _Paragraph, m: NumberMention, mentions: Sequence[NumberMention], sentence: tuple[int, int]
    ) -> bool:
        """Whether a figure is an item of an enumeration "X% for <metric>, Y% for <thing>" whose thing no
        metric names: the metric of the item before it is not its own."""
        text = para.text
        own = _FOR_WORD.match(text, m.end)
        if own is None or own.group("w").lower() in _NOT_A_THING:
            return False
        if any(h.start == own.start("w") for h in para.metrics):
            return False
        i = mentions.index(m)
        if i == 0 or mentions[i - 1].start < sentence[0]:
            return False
        prev = _FOR_WORD.match(text, mentions[i - 1].end)
        return prev is not None and any(h.start == prev.start("w") for h in para.metrics)

    def _variant(
        self,
        text: str,
        m: NumberMention,
        metric: Metric,
        hit: _Hit | None,
        mapped: str | None,
        s_start: int,
        adjusted_total: bool = False,
    ) -> str:
        """Name of the metric variant a figure measures: per share or margin of the hit's metric,
        adjusted or GAAP by the words before the metric, after the figure, or a basis the sentence
        opens with ("On a GAAP basis, ..."), diluted per share."""
        name = mapped or metric.name
        variant = lm.metric_by_name(name) or metric
        after = text[m.end : m.end + 60]
        per = numbers.per_share_span(after)
        if per is not None:
            after = after[per[1] :]
        before = text[max(0, hit.start - 32) : hit.start] if hit is not None else ""
        basis = _sentence_basis(text, s_start, m.start)
        adjusted = bool(
            _adjusted_modifier().search(before)
            or (_adjusted_after().match(after) and not _NEXT_ITEM_ADJUSTED.match(after))
            or (not text.isascii() and _ZH_ADJUSTED_LEAD.search(before))
            # "Caterpillar reported an adjusted $2.88 in earnings per share": the word before the figure
            or (hit is not None and hit.start >= m.end and _ADJUSTED_FIGURE_BEFORE.search(text, max(0, m.start - 16), m.start))
        )
        if (mapped is not None and _is_adjusted(metric.name)) or (
            adjusted_total and unit_class(m) in ("per_share", "price")
        ):
            adjusted = True  # "non-GAAP net income of $72.4 million or $2 per share": adjusted EPS
        gaap = bool(_gaap_modifier().search(before) or _gaap_after().match(after))
        if not (adjusted or gaap):
            adjusted, gaap = basis == "adjusted", basis == "gaap"
        if variant.adjusted and adjusted:
            return variant.adjusted
        if variant.gaap and gaap:
            return variant.gaap
        if variant.diluted and per is not None and "dilut" in text[m.end : m.end + per[1]].lower():
            return variant.diluted
        return name

    def _line_owner(self, para: _Paragraph, in_clause: list[_Hit]) -> _Hit | None:
        """Chinese: another firm the lexicon knows that opens the clause before the business line the figure follows
        ("三星本季度手机出货量同比增长3%", "日月光投控三季度封测业务营收"): the line is that firm's, so is the figure, not
        the company's line (a firm named by its code keeps its line in its name: "海天电器(000456.SZ)空调营收")."""
        last = in_clause[-1]
        if (
            len(in_clause) < 2
            or last.entry.kind not in ("segment", "phrase", "topic")  # type: ignore[attr-defined]
            or self._other_firm(last)
            or last in para.firms
        ):
            return None  # (a firm named after the first is the clause's own subject: "同为苹果供应商的立昌电子")
        firm = in_clause[0]
        if firm.end > last.start or firm.entry.kind != "company" or not self._other_firm(firm) or any(  # type: ignore[attr-defined]
            h.entry.kind == "reference" or h.entry.name == self.company_name  # type: ignore[attr-defined]
            for h in in_clause[1:]
        ):
            return None
        return firm

    def _other_firm(self, hit: _Hit) -> bool:
        """Whether a subject hit is another firm, named by a lexicon or by its kind of firm ("远星银行"): a
        company-wide figure of its clause is that firm's ("远星银行核心一级资本充足率9.52%")."""
        entry = hit.entry
        if entry.kind == "company":  # type: ignore[attr-defined]
            return entry.name != self.company_name  # type: ignore[attr-defined]
        return (
            not self.english
            and entry.kind == "phrase"  # type: ignore[attr-defined]
            and entry.name != self.company_name  # type: ignore[attr-defined]
            and (
                entry.name.endswith(ls.phrase_words().zh_org_suffix)  # type: ignore[attr-defined]
                or entry.name in self.state.listed.values()  # type: ignore[attr-defined]
                or entry.name in self.state.aliased  # type: ignore[attr-defined]  # "华岳精工总资产…": the firm bought
                or (self._para is not None and hit in self._para.groups)  # "六大行中期分红率": the group's
                # "竞争对手旭达半导体上月公布…": a firm its cue names, whatever its name ends with
                or (
                    self._para is not None
                    and hit in self._para.firms
                    and _PEER_CUE_BEFORE.search(self._para.text, max(0, hit.start - 6), hit.start) is not None
                )
            )
        )

    def _change(
        self,
        text: str,
        c_start: int,
        m: NumberMention,
        next_start: int,
        metric: Metric,
        period: str | None,
        compared_periods: Sequence[PeriodMention] = (),
        lead: tuple[int, int] | None = None,
    ) -> Change | None:
        """YoY/QoQ for a growth figure, from markers, the period it is compared with, or the document's
        convention."""
        if not self.english and _MOM_BEFORE.search(text, max(c_start, m.start - 8), m.start):
            return None  # "月减3.2%": over the month before, no change the fact contract states
        if not self.english and (
            _changed_since_year_end(text, c_start, m.start)
            or (
                self._para is not None
                and _since_year_end_carried(text, (sentence_start(self._para, m), m.end), self._para.clause(m.start), m)
            )
        ):
            return "ytd"  # "较上年末增长9.47%", "较年初增加2.4万头": a balance's move since the last year end
        if _COMPOUND_RATE_BEFORE.search(text, max(c_start, m.start - 20), m.start):
            return None  # "营收年复合增速为15%", "revenue CAGR of 14%": a yearly rate compounded over years, no YoY change
        if not self.english and _earlier_span_of_year(period, compared_periods, c_start, m.start):
            return None  # "前三季度净息差…较上半年收窄2个基点": over an earlier span of the same year, neither YoY nor QoQ
        stated = self._stated_change(text, c_start, m, next_start, period, compared_periods, lead)
        if stated == "qoq" and period is not None and _ONE_MONTH.match(period):
            return None  # "11月交付42,136辆…环比增长12.4%": a month's 环比 is over the month before, no QoQ
        if stated is not None or (m.based and m.role == "base"):
            if stated is not None and self._para is not None:
                now = self.sentence_no + self._para.sentence_starts.index(sentence_start(self._para, m))
                if self.stated_change is not None and self.stated_change[1] == now and self.stated_change[0] != stated:
                    self.mixed_at = now  # "up 220% year on year and 57.1% quarter on quarter": no one comparison
                self.stated_change = (stated, now)
                self.change_run = now
            return stated
        if (
            self.english
            and metric.point
            and m.role != "base"
            and _IN_THE_QUARTER.search(text, c_start, self._move_end(text, m, next_start))
        ):
            return "qoq"  # "Book value per share increased 2.5% in the quarter": a balance moves from the quarter's start
        if self.english and metric.point and m.role != "base" and self._from_last_quarter_end(text, m):
            return "qoq"  # "down 5% from the end of Q2", "a 5.6% decline from $10.78 per share at June 30th"
        if self.english and m.unit in _SINCE_RATE_UNITS and _SINCE_QUARTER.search(text, c_start, _clause_stop(text, m.end)):
            return None  # "up 16% since the third quarter of 2019": against that quarter, not a year or a quarter before
        carried = self._carried_change(m, period)
        if carried is not None:
            return carried
        declared = self._declared(m, period) if self.english and metric.kind == "result" else None
        if declared is not None:
            return declared  # "... results compared to the second quarter. Revenue was $3.9 billion, an increase of 4%"
        if self.english and metric.kind == "result" and m.unit in ("%", "pp", "bps") and period is not None and _YEARLONG.fullmatch(period):
            # a year's (or nine months') growth is over the same months a year before, and so is a margin's
            # move over the year ("Annual gross profit margin improved 460 basis points")
            return "yoy"
        if not self.english and metric.kind == "result" and (m.unit in ("%", "pp") or (m.unit == "x" and m.role == "change")):
            # ("增长1.3倍": a growth rate written as a multiple)
            if period is not None and _YEARLONG.fullmatch(period):
                return "yoy"  # "上半年收入增长8%": a half year's growth is over the same months a year before
            if period is None and self.state.results_span:
                return "yoy"  # "友邦公布中期業績。期內新業務價值升14%" with no year written: the same
            if period is None and self.state.yoy_default and self.state.ctx.period is None:
                return "yoy"  # "第三季純利升55.4%…同比增長21.33%" on an undated page: the story's own convention
        if (
            self.state.yoy_default
            and metric.kind == "result"
            and m.unit != "x"
            and period is not None
            and period in (self.state.ctx.period, self._year_to_date_span())
        ):
            return "yoy"
        if (
            self.english
            and metric.kind == "result"
            and m.unit in ("%", "pp", "bps")
            and period is None
            and self.state.yoy_default
            and self.state.ctx.period is None
        ):
            return "yoy"  # "Third-quarter net sales were down 3 percent" in an undated release that compares with a year ago
        if (
            self.english
            and metric.kind == "result"
            and not metric.point
            and m.unit == "%"
            and period is not None
            and period == self.state.ctx.period
            and self.state.ctx.quarter is not None
        ):
            return "yoy"  # "In the quarter, sales increased 34%": a quarter's results are compared with a year before
        if (
            self.english
            and metric.kind == "result"
            and not metric.point
            and m.unit in ("%", "pp", "bps")
            and period is not None
            and self.state.ctx.quarter is not None
            and (other := periods.parse_quarter(period)) is not None
            and other != self.state.ctx.quarter
        ):
            # "For Q2, we expect reported sales growth of approximately 4.5%": a coming quarter's growth, like the
            # quarter's own, is over the same quarter a year before; so is an earlier quarter's ("operating
            # expenses grew only 1.5% in the third quarter of last year")
            return "yoy"
        if (
            self.english
            and metric.name in _SAME_STORES_A_YEAR_BEFORE
            and m.unit in ("%", "pp", "bps")
            and period is not None
            and _ONE_MONTH.match(period)
        ):
            return "yoy"  # "from down 51% in April to down 13% for the June period": a month's comps are on a year before
        return None

    @staticmethod
    def _move_end(text: str, m: NumberMention, next_start: int) -> int:
        """Where the words of a change end: at the next figure, or past the level it reached, to the end of that
        clause ("increased by $164 million to $6.6 billion in the quarter")."""
        end = min(len(text), max(next_start, m.end))
        if end < len(text) and _REACHED_LEVEL.fullmatch(text, m.end, next_start):
            return _clause_stop(text, next_start)
        return end

    def _from_last_quarter_end(self, text: str, m: NumberMention) -> bool:
        """Whether a balance's change is said to be from the end of the quarter before the document's ("down 5%
        from the end of Q2", "5.6% lower than $10.78 per share at the end of the second quarter")."""
        quarter = self.state.ctx.quarter
        if quarter is None:
            return False
        end = min(len(text), m.end + 100)  # (the base amount written before its date is the next figure)
        found = _FROM_QUARTER_END.match(text, m.end, end)
        if found is None:
            return False
        rest = text[found.end() : end]
        before = periods.quarter_str(quarter - 1)
        return any(
            pm.period == before and _AT_END_OF.fullmatch(rest, 0, pm.start)
            for pm in periods.find_periods(rest, self.state.ctx)
        )

    def _stated_change(
        self,
        text: str,
        c_start: int,
        m: NumberMention,
        next_start: int,
        period: str | None,
        compared_periods: Sequence[PeriodMention],
        lead: tuple[int, int] | None,
    ) -> Change | None:
        """YoY/QoQ as the words around a growth figure state it: markers, a named base period, the
        sentence's opening adverbial, the base it is compared with."""
        if compared_periods and compared_periods[0].start >= m.end:
            named = _named_comparison(period, compared_periods)
            if named is not None:
                # "up 170 basis points compared to the prior year and 60 basis points compared to the second
                # quarter": the base named right after a figure is its own, whatever marker came before
                return named
        yoy = _marker(_YOY, text, c_start, m, next_start)
        qoq = _marker(_QOQ, text, c_start, m, next_start)
        if yoy is not None and (qoq is None or yoy <= qoq):
            return "yoy"
        if qoq is not None:
            return "qoq"
        if lead is not None:
            lead_yoy, lead_qoq = _YOY.search(text, *lead), _QOQ.search(text, *lead)
            if lead_yoy and not lead_qoq:
                return "yoy"  # "On a year-over-year basis, organic revenue declined 4.6%"
            if lead_qoq and not lead_yoy:
                return "qoq"
        if m.based and m.role == "base":
            return None  # a growth rate given as a base: the rate it is compared with says (``_paragraph``)
        named = _named_comparison(period, compared_periods)
        if named is not None:
            return named  # "較第2季下滑2.6個百分點" in a third-quarter report: sequential
        if m.based:
            # "从上季度的472.6亿元下降27%": a change from a base of the previous quarter is sequential
            return _base_comparison(text, (c_start, max(m.end, min(next_start, len(text)))), m)
        return None

    def _periods_of(self, para: _Paragraph) -> list[PeriodMention]:
        """The paragraph's periods, looked up once for the readers that ask (its outlook, the year its line talks of,
        a comparison its one sentence declares)."""
        if para.found_periods is None:
            para.found_periods = periods.find_periods(para.text, self.state.ctx)
        return para.found_periods

    def _declared_comparison(self, para: _Paragraph, s0: int, e0: int) -> Change | None:
        """The comparison a sentence with no figure declares for the results it introduces: "Let me begin with a
        summary of our third quarter results compared to the second quarter of 2021" (the quarter before the
        document's: QoQ; the same quarter a year before: YoY), else None."""
        dq = self.state.ctx.quarter
        if dq is None:
            return None
        text = para.text
        low = _ascii_lowered(text)
        if low is not None and not any(low.find(word, s0, e0) >= 0 for word in _RESULTS_COMPARED_WORDS):
            return None  # (no word the comparison needs: the sentence's periods are not looked up)
        whole = s0 == 0 and e0 == len(text)  # (a paragraph of one sentence: its periods are the paragraph's)
        for pm in self._periods_of(para) if whole else periods.find_periods(text[s0:e0], self.state.ctx):
            if pm.kind != "quarter" or not _RESULTS_COMPARED_TO.search(text, s0, s0 + pm.start):
                continue
            if pm.period == periods.quarter_str(dq - 1):
                return "qoq"
            if pm.period == periods.quarter_str(dq - 4):
                return "yoy"
        return None

    def _declared(self, m: NumberMention, period: str | None) -> Change | None:
        """The comparison declared for a run of results (``_declared_comparison``), for a growth figure of the
        document's quarter that states none, while the section it introduces lasts."""
        if self.declared_change is None or self._para is None or period != self.state.ctx.period:
            return None
        change, at = self.declared_change
        now = self.sentence_no + self._para.sentence_starts.index(sentence_start(self._para, m))
        return change if 0 <= now - at <= _DECLARED_CHANGE_SENTENCES else None

    def _carried_change(self, m: NumberMention, period: str | None) -> Change | None:
        """In English, the comparison the speaker stated in this or one of the two sentences before
        holds for a growth figure that states none ("Pre-provision earnings rose 7% relative to a
        quarter ago. Loans grew 5%."): speakers name the comparison once for a run of figures."""
        if self.stated_change is None or self._para is None:
            return None
        if not self.english:
            return self._carried_in_sentence(m)
        if period is not None and period != self.state.ctx.period:
            return None
        change, at = self.stated_change
        if self.mixed_at == at:
            return None
        now = self.sentence_no + self._para.sentence_starts.index(sentence_start(self._para, m))
        if 0 <= now - at <= _CARRY_CHANGE:
            if self.change_run is not None and self._runs_on_change(m):
                self.change_run = now
            return change
        if self.change_run is not None and 0 <= now - self.change_run <= _CARRY_CHANGE and self._runs_on_change(m):
            # a run of growth figures that state none goes on with the comparison a figure stated ("Revenue
            # increased 4% sequentially. C&P revenue grew 4%. Its margin was flat. D&E revenue grew 4%."): each
            # carries it further; not one a figure-less sentence named in passing ("the sequentially improving
            # top line")
            self.change_run = now
            return change
        return None

    def _carried_in_sentence(self, m: NumberMention) -> Change | None:
        """In Chinese, the comparison an earlier clause of the same sentence stated holds for a later growth figure
        that states none and has no base of its own ("较2024年11月上升8.6%，乘客运载率上升2.3个百分点至84.7%")."""
        if self.stated_change is None or self._para is None or m.based:
            return None
        change, at = self.stated_change
        now = self.sentence_no + self._para.sentence_starts.index(sentence_start(self._para, m))
        if now != at or self.mixed_at == at:
            return None
        s0 = self._para.sentence(m.start)[0]
        if _ZH_OWN_BASE.search(self._para.text, s0, m.start):
            return None
        return change

    def _runs_on_change(self, m: NumberMention) -> bool:
        """Whether a growth figure may carry a run's comparison further: it is set against no base of its own and its
        sentence compares with nothing ("decreased by $27 million, compared to $153 million a year ago" is not)."""
        if m.based or self._para is None:
            return False
        s0, e0 = self._para.sentence(m.start)
        return _COMPARED.search(self._para.text, s0, e0) is None

    def _year_to_date_span(self) -> str | None:
        """The calendar year to the end of the document's quarter ("2025Q1-2025Q3")."""
        dq = self.state.ctx.quarter
        return periods.span(dq - dq % 4, dq) if dq is not None else None

    def _usable_periods(
        self, para: _Paragraph, period_mentions: list[PeriodMention], mentions: list[NumberMention]
    ) -> tuple[list[PeriodMention], list[int]]:
        """The paragraph's time expressions that may date a figure (not a base's, not one right after
        a comparison base: "from 18% in the previous quarter"), with their starts for bisection.

        The same for every figure of the paragraph, so found once per paragraph: figures times time
        expressions times bases would make a long paragraph cost its length cubed.
        """
        cached = self._usable_cache
        if cached is not None and cached[0] is period_mentions and cached[1] is mentions:
            return cached[2], cached[3]
        starts = [pm.start for pm in period_mentions]  # find_periods returns them in order
        shadowed: set[int] = set()
        for b in mentions:
            if b.role != "base":
                continue
            for i in range(bisect.bisect_left(starts, b.end), bisect.bisect_right(starts, b.end + 32)):
                if (starts[i] <= b.end + 16 and _BASE_AFTER.fullmatch(para.text, b.end, starts[i])) or _BASE_AT_END_OF.fullmatch(
                    para.text, b.end, starts[i]
                ):
                    shadowed.add(i)
        if self.english:
            # "no debt maturities until the end of 2024 and $1.6 billion of liquidity": how far the debt
            # runs, not the period of the figures around it
            shadowed.update(
                i
                for i, pm in enumerate(period_mentions)
                if _HORIZON_OF_DEBT.search(para.text, max(0, pm.start - 60), pm.start)
                # "5.5% senior notes due 2032", "extended the maturity to January 2027, reduced the pricing
                # margin by 5 basis points", "a term loan with an August 2024 maturity": when the debt falls due,
                # not when the rate holds
                or periods.MATURITY_BEFORE.search(para.text, max(0, pm.start - 40), pm.start)
                or periods.MATURITY_AFTER.match(para.text, pm.end)
                # "a dividend of $0.42 per share payable in December": when it is paid, not what it is for
                or periods.PAYABLE_BEFORE.search(para.text, max(0, pm.start - 50), pm.start)
            )
            # "adjusting for the transaction that occurred in May of 2021, growth is 5%": the date of the
            # noun a relative clause describes, not of the figures of the sentence
            shadowed.update(
                i for i, pm in enumerate(period_mentions) if _RELATIVE_DATE_BEFORE.search(para.text, max(0, pm.start - 50), pm.start)
            )
            # "we explained it on our second quarter call": the quarter names a call, dates no figure
            shadowed.update(i for i, pm in enumerate(period_mentions) if _CALL_AFTER.match(para.text, pm.end))
            # "our net debt was 2.1 times trailing 12 months total reported EBITDA": the months of the EBITDA the
            # debt is set against, not of the multiple, a balance at the quarter's end
            for b in mentions:
                if b.unit == "x" and (over := _EBITDA_AFTER_MULTIPLE.match(para.text, b.end)) is not None:
                    shadowed.update(i for i, pm in enumerate(period_mentions) if b.end <= pm.start < over.end())
            # "As was the case in the prior quarter, mark-to-market adjustments of $0.50 per share drove our loss for
            # the quarter": the period the figures are likened to
            shadowed.update(
                i for i, pm in enumerate(period_mentions) if _SAME_AS_BEFORE.search(para.text, max(0, pm.start - 60), pm.start)
            )
            # "we redeemed $300 million of our 2023 notes": the year names the issue, dates no figure
            shadowed.update(
                i for i, pm in enumerate(period_mentions) if pm.kind == "year" and periods.ISSUE_AFTER.match(para.text, pm.end)
            )
            # "Given our performance year-to-date, the Board raised the dividend 5% to $0.44": the period of the
            # cause the sentence opens with, not of its figures
            shadowed.update(i for i, pm in enumerate(period_mentions) if _in_cause_lead(para, pm))
        usable = [pm for i, pm in enumerate(period_mentions) if not pm.base and i not in shadowed]
        usable_starts = [pm.start for pm in usable]
        self._usable_cache = (period_mentions, mentions, usable, usable_starts)
        return usable, usable_starts

    def _multi_year(
        self, text: str, lo: int, hi: int, mentions: Sequence[NumberMention] = (), period: str | None = None
    ) -> bool:
        """Whether a change in ``text[lo:hi]`` is over more than a year (see ``_MULTI_YEAR``), or against a named
        quarter neither the one before nor the same one a year before the change's quarter ``period``; a span that
        heads another figure of ``mentions`` before ``hi`` is that figure's ("a two-year stack of 41.3% and operating
        margin expansion of 60 basis points": the 60 points are a one-year change)."""
        for x in _MULTI_YEAR.finditer(text, lo, hi):
            if mentions and any(
                x.end() <= y.start < hi and _HEADS_FIGURE.fullmatch(text, x.end(), y.start) for y in mentions
            ):
                continue
            year = x.group("y") or x.group("y2")
            if year is None:
                return True
            doc_year = (
                self.state.ctx.quarter // 4 if self.state.ctx.quarter is not None else self.state.ctx.year
            )
            if doc_year is not None and int(year) <= doc_year - 2:
                return True
            named_q = x.group("qn") or _QUARTER_WORDS.get((x.group("qw") or "").lower())
            own = periods.parse_quarter(period) if named_q and period else None
            if own is not None and own - (int(year) * 4 + int(named_q or 0) - 1) not in (1, 4):
                return True  # "off 29% versus the first quarter of 2020" in the third quarter of 2021
        return False

    def _paired_period(
        self, text: str, sentence: tuple[int, int], items: list[NumberMention], pos: int
    ) -> str | None:
        """Period of item ``pos`` of a two-figure list next to a paired period ("up 20.5% and 24.8%
        for the three and nine months"; "for the quarter and year, sales were $4 million and $15
        million"): the phrase nearest the list whose gap to it names no comparison base (the prior
        year's pair "compared to $3 million and $12 million for the same periods" is not this one's)."""
        best: tuple[int, str] | None = None
        for pattern, kinds in periods.PAIRED_PERIODS:
            for found in pattern.finditer(text, sentence[0], sentence[1]):
                if found.start() >= items[-1].end:
                    gap = text[items[-1].end : found.start()]
                elif found.end() <= items[0].start:
                    gap = text[found.end() : items[0].start]
                else:
                    continue
                if len(gap) > 80 or _PAIR_GAP_BASE.search(gap):
                    continue
                pair = periods.paired_periods(found, kinds, self.state.ctx)
                if pair is not None and (best is None or len(gap) < best[0]):
                    best = (len(gap), pair[pos])
        return best[1] if best else None

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
        usable, starts = self._usable_periods(para, period_mentions, mentions)
        if (
            not self.english
            and _FUNDS_USED_TO_DATE.search(para.text, clause[0], m.start)
            and not any(sentence[0] <= pm.start < m.start for pm in period_mentions)
        ):
            # "募投项目…累计投入募集资金约6.2亿元": the funds used since they were raised, a balance at the page's date
            return self.state.ctx.period
        if not self.english:
            paren = _PAREN_YEAR_BEFORE.search(para.text, max(0, m.start - 16), m.start)
            if paren is not None and paren.group("y") and paren.group("ye"):
                # "（二零二四年十二月三十一日：…）": the balance at that year's end
                return periods.quarter_str(int(paren.group("y").translate(_CN_DIGITS)) * 4 + 3)
            if paren is not None and paren.group("y") and paren.group("q"):
                # "（二零二四年第三季度：下降1.2%）": that quarter's figure
                year = int(paren.group("y").translate(_CN_DIGITS))
                return periods.quarter_str(year * 4 + int(paren.group("q").translate(_CN_DIGITS)) - 1)
            if paren is not None and paren.group("y"):
                return self._comparative_period(int(paren.group("y").translate(_CN_DIGITS)))
            if paren is not None:
                # "(去年同期:2.8亿元)": the same span a year before the document's
                current = self.state.ctx.running or self.state.ctx.period
                return _shifted_span(current, -4) if current else None
        lo, hi = bisect.bisect_left(starts, sentence[0]), bisect.bisect_left(starts, sentence[1])
        in_sentence = [pm for pm in usable[lo:hi] if not (m.start <= pm.start < m.end)]
        if self.english:
            # "revenues recovered to $6.2 billion or 70% of 2019 levels": the year the figures are measured
            # against, not theirs
            in_sentence = [pm for pm in in_sentence if not _LEVELS_AFTER.match(para.text, pm.end)]
            # "a $4 million capital investment plan ... to make progress toward our 2030 goal": the year of a
            # long-term goal named after a figure is the goal's, not the figure's
            in_sentence = [
                pm for pm in in_sentence if not (pm.start >= m.end and _long_goal_year(para.text, pm, self.state.ctx.quarter))
            ]
            # "Adjusted diluted earnings per share of $0.77 fell 31% as our 2019 fourth quarter tax rate benefited
            # from ...": an earlier year named in a cause said after the figure is the cause's, not the figure's
            # ("as we continue to deploy our free cash toward share repurchases in 2021" keeps its year)
            now = self.state.ctx.year
            in_sentence = [
                pm
                for pm in in_sentence
                if not (
                    now
                    and pm.start >= m.end
                    and pm.period
                    and pm.period[:4].isdigit()
                    and int(pm.period[:4]) < now
                    and _CAUSE_AFTER.search(para.text, m.end, pm.start)
                )
            ]
        pos, size = group
        if self.english:
            amounts = [
                x
                for k, x in enumerate(mentions)
                if sentence[0] <= x.start < sentence[1] and not (k and _per_share_aside(para.text, mentions[k - 1], x))
            ]
            k = mentions.index(m)
            told = mentions[k - 1] if k and _per_share_aside(para.text, mentions[k - 1], m) else m
            if len(amounts) == 2 and len(amounts) < sum(1 for x in mentions if sentence[0] <= x.start < sentence[1]):
                # "for the fourth quarter and full year 2022 of $22 million, or $0.17 per diluted share, and $58
                # million, or $0.45 per diluted share": the pair of periods is the two amounts', and a per-share
                # figure is of its amount's period
                paired = self._paired_period(para.text, sentence, amounts, amounts.index(told)) if told in amounts else None
                if paired is not None:
                    return paired
        if size > 1:
            spans_before = [pm for pm in in_sentence if pm.quarters and pm.end <= m.start]
            respectively = _RESPECTIVELY.search(para.text, sentence[0], sentence[1])
            items = mentions[mentions.index(m) - pos : mentions.index(m) - pos + size]
            named = {
                h.entry.name  # type: ignore[attr-defined]
                for h in para.metrics
                if sentence[0] <= h.start and h.end <= items[0].start and not h.entry.weak  # type: ignore[attr-defined]
            }
            listed_first = (
                _listed_periods(para.text, [pm for pm in in_sentence if pm.end <= items[0].start and pm.period and not pm.base])
                if respectively and not self.english
                else []
            )
            if (
                spans_before
                and len(spans_before[-1].quarters) == size
                and len({x.unit for x in items}) == 1
                # "销售/管理/研发费用率分别为…", "毛利率、营业利益率、净利率为…": one per metric
                and not ((respectively or not self.english) and len(named) >= size)
                # "2023年、2024年及2025年1-9月营业收入分别为…": the span is the last of as many periods as figures
                and not (len(listed_first) == size and len(set(listed_first)) == size)
            ):
                # "过去四个季度…分别为18%、22%、26%和31%", "over the past four quarters, growth was 18%,
                # 22%, 26% and 31%": as many figures as the span has quarters, one per quarter
                return spans_before[-1].quarters[pos]
            last = mentions[mentions.index(m) - pos + size - 1]
            named_after = [pm for pm in in_sentence if pm.start >= last.end and pm.period]
            if self.english and pos < size - 1 and not respectively:
                # "book-to-bill was 0.95 and 1.13 year to date": the running span right after the last figure is
                # that figure's; the figures before it keep the period they would have without it
                own_last = [
                    pm
                    for pm in named_after[:1]
                    if not para.text[last.end : pm.start].strip() and _RUNNING_SPAN_NAME.match(para.text, pm.start)
                ]
                in_sentence = [pm for pm in in_sentence if pm not in own_last]
            if respectively and len(named_after) == size:
                # "EPS were $4.18 and $1.07 for the full year and the fourth quarter respectively"; "$1.2 billion and
                # $1.1 billion in the third quarter of 2021 and 2020, respectively": a bare year after a part of a
                # year is that part of it
                return _part_of_listed_year(para.text, named_after, pos) or named_after[pos].period
            named_before = [pm for pm in in_sentence if pm.end <= items[0].start and pm.period and not pm.base]
            listed = _listed_periods(para.text, named_before) if not self.english else [pm.period or "" for pm in named_before]
            if not self.english and respectively and not named_before and _SAME_SPANS.match(para.text, sentence[0]):
                # "2023年、2024年及2025年前6个月，公司收入分别为…；同期研发开支分别为…": the spans the sentence before listed
                prev = max(para.text.rfind(c, 0, max(0, sentence[0] - 1)) for c in "。；;") + 1
                before = [pm for pm in usable[bisect.bisect_left(starts, prev) : lo] if pm.period and not pm.base]
                listed = _listed_periods(para.text, before)
            if respectively and not named_after and len(listed) == size and len(set(listed)) == size:
                # "During the quarter and year-to-date, we invested $18 million and $41 million, respectively",
                # "2022年至2024年及2025年前9个月，公司营收分别为…": the periods named before, in order
                self.period_listed.add((para.text, m.start))
                return listed[pos]
            if self.english and size == 2:
                paired = self._paired_period(para.text, sentence, items, pos)
                if paired is not None:
                    return paired
        c_start, c_end = clause
        right_after = [
            pm for pm in in_sentence if m.end <= pm.start <= m.end + 40 and _PERIOD_RIGHT_AFTER.fullmatch(para.text, m.end, pm.start)
        ]
        before_clause = [
            pm for pm in in_sentence if c_start <= pm.start and pm.end <= m.start and not self._change_start(para.text, pm)
        ]
        if (
            self.english
            and right_after
            and right_after[0].period
            and not right_after[0].forward
            # "Third quarter sales were $295.3 million in fiscal year '21": the quarter, of that year (not one
            # another figure ends with: "$1.2 billion in the quarter and $4.5 billion for the year")
            and not (
                right_after[0].kind == "year"
                and not _EARLIER_OR_LATER.match(para.text, m.end)  # ("raising it 11% earlier this year")
                and any(pm.kind == "quarter" and not _ends_a_figure(para.text, pm, mentions) for pm in before_clause)
            )
        ):
            return right_after[0].period  # "from $43 billion in 2015 to $30.7 billion today": today's
        if self.english and before_clause and before_clause[-1].kind == "year":
            part = _part_of_year_after(m, before_clause[-1], in_sentence, c_end, mentions)
            if part is not None:
                return part
        if before_clause:
            return self._since_year_end(para.text, before_clause[-1], metric)
        # an earlier clause sets the period only when it leads with it ("去年三季度,阿里收入…"); in
        # English any earlier clause of the sentence does ("we closed fiscal 2023 strongly, with
        # revenue of $5.3 billion ...")
        label = _ITEM_LABEL.match(para.text)
        before = [
            pm
            for pm in in_sentence
            if pm.end <= m.start
            and not self._change_start(para.text, pm)
            and (
                self.english
                or pm.report
                or pm.start - max(para.clause_start(pm.start), label.end() if label else 0) <= 10
                # "公布了各自的10月交付数据,其中蔚来交付5055台": a breakdown keeps the period of what it breaks down
                or _BREAKDOWN_BETWEEN.search(para.text, pm.end, m.start) is not None
                # "…(亏损同比收窄23.94亿元)2024Q3实现营业收入…": a digest runs on past a closing parenthesis
                or para.text[max(0, pm.start - 1) : pm.start] in (")", "）")
                or self._month_reported(para, pm, mentions)
            )
        ]
        if (
            before
            and self.english
            and before[-1].period != self.state.ctx.period
            and any(
                m.end <= pm.start < c_end and pm.period == self.state.ctx.period and _THIS_QUARTER_EN.match(para.text, pm.start)
                for pm in in_sentence
            )
        ):
            # "the loan growth we saw in the first quarter ... culminating with $50 billion in record loan
            # growth this quarter": the figure's own clause names its period, an earlier clause another one
            return self.state.ctx.period
        if (
            before
            and self.english
            and m.unit == "%"
            and any(
                m.end <= pm.start < c_end and periods.MATURITY_BEFORE.search(para.text, max(m.end, pm.start - 40), pm.start)
                for pm in period_mentions
            )
        ):
            # "... funding in January, after refinancing our 5.35% notes coming due in June": the coupon of
            # notes named by when they fall due is the rate of today, not of a date an earlier clause gives
            return self.state.ctx.period
        own_after = self._own_clause_period_after(para, m, in_sentence, clause, mentions) if self.english else None
        if before and own_after is None:
            return self._since_year_end(para.text, before[-1], metric)
        if own_after is not None:
            # "After issuing $500 million of notes in May, ... issued another $400 million of notes in August":
            # the period named in the figure's own clause, not one an earlier clause gives another figure
            return own_after
        after_clause = [
            pm
            for pm in in_sentence
            if m.end <= pm.start < c_end
            and not _COMPARED.search(para.text, m.end, pm.start)
            and not (
                not self.english
                and _OPEN_PAREN_BEFORE.search(para.text, m.end, pm.start)
                and _COLON_AFTER.match(para.text, pm.end)
            )  # "虧損港幣一億四千萬元(二零二四年: 港幣二十二億元)": the year labels the figure after its colon
        ]
        if after_clause:
            return after_clause[0].period
        if self.english:
            led = _statement_lead(para.text, sentence, m, usable, starts)
            if led is not None:
                return led
            if not in_sentence:
                carried = (
                    _running_span(para, sentence, usable, starts, self.state.ctx.quarter)
                    or self._year_talk_at(para, m)
                    or self._plan_year_at(para, sentence, metric)
                    or self._running_before_at(para, sentence, metric, period_mentions)
                )
                if carried is not None:
                    return carried
        compared_year = [
            pm
            for pm in period_mentions
            if pm.base
            and pm.kind == "year"
            and pm.period
            and c_start <= pm.start < c_end
            and pm.start >= m.end - 60
            # "up 3.3% versus a year ago and up 1.3% versus 2019": 2019 is the second figure's base
            and not any(x is not m and m.end <= x.start < pm.start for x in mentions)
        ]
        dq = self.state.ctx.quarter
        if (
            compared_year
            and re.fullmatch(r"\d{4}", str(compared_year[0].period))
            and (self.english or dq is None or int(str(compared_year[0].period)) + 1 != dq // 4)
        ):
            base_year = int(str(compared_year[0].period))
            own = self.state.ctx.period
            if self.english and own and own[:4].isdigit() and base_year + 1 < int(own[:4]):
                # "15% above 2019" in a 2021 call: the document's period against a year two back, which
                # ``_years_back`` then leaves out (neither YoY nor QoQ)
                return own
            if self.english and dq is not None and base_year + 1 == dq // 4 and own:
                # "China sales grew 14% versus 2020" in a third-quarter 2021 call: the quarter against the
                # same quarter of 2020, unless the sentence names a longer period of its own
                return own
            # "up 5% over 2020": the year after; a Chinese quarterly story's "较去年" is year on year
            return str(base_year + 1)
        if not self.english:
            # "截至9月底止首三季纯利...；每股基本盈利18.316元": a period a Chinese paragraph names holds
            # for its later sentences; "期内" is the period named last
            earlier = [
                pm
                for pm in usable
                if pm.end <= sentence[0]
                and pm.period
                and (
                    pm.kind in ("quarter", "span", "year")
                    or (pm.kind == "month" and (self.state.ctx.period is None or self._month_reported(para, pm, mentions)))
                )
                and not pm.forward
                and not pm.base  # "与2024年底相比下降了10.9%。其中…占比18.6%": a base is no running period
                and len(pm.quarters) <= 4  # a history ("2023年一季度至2024年三季度") is no running period
                and not _paren_label(para.text, pm)  # "(二零二四年: …)" labels one comparative figure
            ]
            # "前三季EPS达10.38元。看好Q4季增年增，全年显著成长不变；2026年更乐观。AI机柜出货季增300%": a period that
            # ends after the document's quarter is an outlook; it ends the running period, and is none itself
            running = _running_of(earlier)
            if running is not None and not _ends_after(running, dq) and not self._named_period_since(para, running.end, m.start):
                return running.period
            if self.state.ctx.running and _IN_REPORT_PERIOD.search(para.text, 0, m.start):
                return self.state.ctx.running  # "报告期内，公司销售费用…" in a nine-month report: the report's span
            if _IN_PERIOD.search(para.text, 0, m.start) and self.last_period:
                return self.last_period  # "期内，营业收入…。净利息收入…": the period of the whole paragraph
            if self.list_period and _LIST_ITEM.match(para.text):
                return self.list_period  # "（一）保险服务收入上升2.7%…": an item of the list its year introduced
            if self.state.ctx.running:  # an interim or nine-month report: its span, not its last quarter
                return self.state.ctx.running
        return self.state.ctx.period

    def _change_start(self, text: str, pm: PeriodMention) -> bool:
        """Whether an English quarter or month before a figure is the point a change is counted from ("a reduction of
        $150 million from the end of the second quarter as borrowings fell to $350 million"): it dates the start of
        the change, not the balances after it."""
        return self.english and pm.kind != "year" and bool(_CHANGE_START_BEFORE.search(text, max(0, pm.start - 40), pm.start))

    def _since_year_end(self, text: str, pm: PeriodMention, metric: Metric) -> str | None:
        """The period a year-end named earlier in the sentence gives a flow: the year to date after it
        ("the change in cash from year-end 2021 reflects cash flows from operations of $209.4 million"); a
        balance keeps the year-end itself."""
        if (
            metric.point
            or pm.kind != "year"
            or not _FROM_YEAR_END.search(text, max(0, pm.start - 30), pm.start)
            or str(pm.period) != str((self.state.ctx.quarter or 0) // 4 - 1)
        ):
            return pm.period
        return self._year_to_date_span() or pm.period

    def _own_clause_period_after(
        self,
        para: _Paragraph,
        m: NumberMention,
        in_sentence: list[PeriodMention],
        clause: tuple[int, int],
        mentions: list[NumberMention],
    ) -> str | None:
        """A past period named after a figure in its own clause, or any period it is "for", with no other figure or
        comparison word between ("issued another $400 million of senior notes in August", "Today, we will pay
        $1.80 per share for the fourth quarter")."""
        for pm in in_sentence:
            if not (m.end <= pm.start < min(clause[1], m.end + 60)):
                continue
            named_for = _PERIOD_FOR.search(para.text, max(0, pm.start - 12), pm.start) is not None
            if (
                not pm.period
                or (pm.forward and not named_for)
                or pm.base
                or pm.kind not in ("quarter", "month", "year", "span")
                or not (
                    named_for
                    or _PERIOD_PREPOSITION.search(para.text, max(0, pm.start - 12), pm.start)
                    or _PERIOD_PREPOSITION_IN.match(para.text, pm.start)
                )
                or _compared_between(para.text, m.end, pm.start)
                or any(m.end <= x.start < pm.start for x in mentions)
                # "revenue grew 12% and for the full year it grew 9%": the period opens the next item
                or _NEXT_ITEM_LEAD.search(para.text, m.end, pm.start)
                # "In Q1, we repurchased $250 million ... before suspending the program in the second quarter"
                or _OTHER_EVENT_LEAD.search(para.text, m.end, pm.start)
            ):
                return None
            return pm.period
        return None

    def _comparative_period(self, year: int) -> str | None:
        """The span a results announcement's bracketed comparative covers: the document's running span
        (or quarter) moved back to ``year`` ("(二零二四年: 港幣1.12元)" in an interim report: the first
        half of 2024)."""
        ctx = self.state.ctx
        current = ctx.running or ctx.period
        first = (current or "").split("-")[0]
        q = periods.parse_quarter(first) if "Q" in first else None
        if current is None or q is None or q // 4 <= year:
            return str(year)
        back = (q // 4 - year) * 4
        return _shifted_span(current, -back) or periods.quarter_str(q - back)

    def _market_period(
        self, m: NumberMention, clause: tuple[int, int], period_mentions: list[PeriodMention]
    ) -> str | None:
        """When a share price or market value was: a date or period named in its clause, else the
        document's date, else the quarter after the one it reports (the market moves on the news)."""
        named = [
            pm
            for pm in period_mentions
            if pm.period and clause[0] <= pm.start < clause[1] and pm.kind in ("month", "year", "quarter")
        ]
        if named:
            return named[-1].period
        ctx = self.state.ctx
        if ctx.date is not None:
            return periods.quarter_str(periods.calendar_quarter(ctx.date[0], ctx.date[1]))
        return periods.quarter_str(ctx.quarter + 1) if ctx.quarter is not None else None

    def _parallel_line(self, para: _Paragraph, m: NumberMention, mentions: list[NumberMention]) -> str | None:
        """The business line named right before a growth verb after another line's figure: "本土市场游戏
        收入增15% 国际市场增43%" (the second figure is the international market's, the metric elided)."""
        i = mentions.index(m)
        if i == 0:
            return None
        lo = mentions[i - 1].end
        verb = _PARALLEL_VERB.search(para.text, lo, m.start)
        if verb is None or any(lo <= h.start < m.start for h in [*para.metrics, *para.subjects]):
            return None
        got = phrases.zh_phrase_before(para.text, verb.start(), lo)
        if got is None or not _CONTINUATION.sub("", got[1]).strip() or _TIME_WORD.search(got[1]):
            return None
        return got[1]

    def _named_in_full(self, para: _Paragraph, hit: _Hit, m: NumberMention) -> Metric | None:
        """The metric a weak word repeats from earlier in the paragraph ("加大研发投入。前三季度累计投入
        达235亿元": the R&D expense)."""
        word = para.text[hit.start : hit.end]
        for h in reversed(para.metrics):
            if h.end <= hit.start and not h.entry.weak and para.text[h.start : h.end].endswith(word):  # type: ignore[attr-defined]
                if _PROJECT_FUNDS.search(para.text, h.end, min(len(para.text), hit.end + 6)):
                    return None  # "研发投入3.86亿元。募投项目…累计投入募集资金约6.2亿元": the project's, not R&D
                return h.entry  # type: ignore[return-value]
        return None

    def _share_of_metric(
        self, para: _Paragraph, m: NumberMention, clause: tuple[int, int], sentence: tuple[int, int]
    ) -> Metric | None:
        """The ratio a share of revenue is when the clause before names the amount it is a share of
        ("毛利为259亿元，占收入比重22.9%" is the gross margin), and no business line comes between."""
        before = [
            h
            for h in para.metrics
            if sentence[0] <= h.start
            and not h.entry.weak  # type: ignore[attr-defined]
            and (
                h.end <= clause[0]
                # "研发费用4796.22万元(同比上升2.46%) 占营业收入比例9.24%": the amount in the same clause, before the share
                or (h.end < m.start and not h.entry.ratio and _SHARE_AFTER_AMOUNT.search(para.text, h.end, m.start))  # type: ignore[attr-defined]
            )
        ]
        if not before:
            return None
        whole: Metric = before[-1].entry  # type: ignore[assignment]
        if not whole.margin or any(before[-1].end <= h.start < m.start for h in para.subjects):
            return None
        return lm.metric_by_name(whole.margin)

    def _is_business_line(self, subject: str) -> bool:
        """Whether a subject is a part of the company (not the company, not another company)."""
        return (
            subject != self.company_name
            and subject != "industry"
            and lexicon_companies.company(subject) is None
            and not _TIME_WORD.search(subject)
        )

    def _year_to_date(self, text: str, m: NumberMention, period: str | None) -> str | None:
        """In a story that also gives a quarter's figures alone ("单计第三季"), the figures of the
        period it reports "截至9月底止" or "期内" are the year to date, not that quarter's."""
        ctx = self.state.ctx
        dq = ctx.quarter
        if not self.quarter_alone or dq is None or period != ctx.period or dq % 4 == 0:
            return period
        if ctx.fiscal_year_end_month != 12:
            return period
        cues = [(c.end(), True) for c in _CUMULATIVE_CUE.finditer(text, 0, m.start)]
        cues += [(c.end(), False) for c in _THIS_PERIOD.finditer(text, 0, m.start)]
        if not cues or not max(cues)[1]:
            return period
        return self._year_to_date_span()

    @staticmethod
    def _cumulated(text: str, m: NumberMention, period: str | None) -> str | None:
        """A flow its sentence sums up to a quarter's end ("截至9月末,10家农商行共计实现营业收入…",
        "三季度末,商业银行累计实现净利润…"): the year to that quarter's end, not the quarter alone."""
        q = periods.parse_quarter(period or "")
        if q is None or q % 4 == 0:
            return period
        lead = text[text.rfind("。", 0, m.start) + 1 : m.start]
        if not (_SUMMED_TO_END.search(lead) and _SUMMED.search(lead)):
            return period
        return periods.span(q - q % 4, q)

    @staticmethod
    def _month_reported(para: _Paragraph, pm: PeriodMention, mentions: Sequence[NumberMention]) -> bool:
        """A month whose own clause reports a figure ("公布10月营收1,234.5亿元，月增8%，年增12.3%"): the
        month holds for the rest of the sentence, as a quarter named first does."""
        if pm.kind != "month" or periods.parse_quarter(pm.period or "") is not None:
            return False
        end = para.clause(pm.start)[1]
        if not para.text[pm.end : end].strip(" ，,：:"):
            end = para.clause(end)[1]  # "10月，公司销量为41,234辆": a month that leads its sentence
        return any(pm.end <= x.start and x.end <= end for x in mentions)

    def _named_period_since(self, para: _Paragraph, lo: int, hi: int) -> bool:
        """Whether the document's own quarter is named again between two offsets ("本季", "单计第三季")."""
        return bool(_THIS_PERIOD.search(para.text, lo, hi))


_LIST_SEP = re.compile(r"[、和及与]")
_LIST_OWNER = re.compile(r"(?:上市|A股|港股|全部|各)?(?:券商|银行|险企|保险公司|房企|车企|公司|集团)")
"""Before the first name of a list: the group the names are parts of ("上市券商经纪、投行、资管…")."""
_LISTED_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")


_BREAKDOWN_HEAD = re.compile(r"按[\u4e00-\u9fff]{1,6}?(?:划分|区分|分)的\s?$")
"""Before a metric that heads a breakdown ("按市场划分的新业务价值,香港增19%…"): the clauses after it measure it."""
_CLAUSE_NAME = re.compile(
    r"\s?(?P<n>[\u4e00-\u9fff]{2,6}?)(?=增长|增加|上升|下降|减少|增|减|升|跌|降|持平|录得|为|达)"
)
"""A breakdown clause's part, named first ("香港增19%至9.45亿元")."""
_ITEM_OPENED = re.compile(r"(?:\s[-–—•]|\d\])\s*$")
"""Right before a sentence: it opens a digest's list item ("[2] - ")."""
_HEAD_PERIOD = re.compile(
    r"^\s*(?:(?:20)?\d{2}(?:年|Q[1-4]|H[12])(?:\s?[-–至~～]\s?(?:(?:20)?\d{2}(?:年|Q[1-4]|H[12])|Q?[1-4](?![\d.])))?)?"
    r"(?:全年|上半年|下半年|前三季度|第[一二三四]季度|单季度?)?"
)
"""The period a "分别" list's head opens with ("2024年模制瓶、棕色瓶…营收分别", "2025Q1-3经纪、投行…"): no part of the
first name."""


_SAME_SPANS = re.compile(r"\s*(?:同期|相应|对应)(?:的|地)?")
"""Opening a Chinese sentence: its list's figures are of the spans the sentence before listed ("；同期研发开支分别为…")."""
_YEAR_RANGE_BETWEEN = re.compile(r"\s?(?:至|到|~|～|-|–)\s?")
"""Between two years a Chinese list names: every year from the first to the second ("2022年至2024年")."""


_MOVED = Sifted(fast(re.compile(
    r"(?<![A-Za-z])(?:(?:un)?favorabl[ey]|above|below|ahead|behind|higher|lower|better|worse|more|less|up|down|over|"
    r"increas\w*|decreas\w*|grew|grow\w*|gain\w*|declin\w*|rose|fell|outperform\w*|underperform\w*|exceed\w*|beat|"
    r"miss\w*|improv\w*|cycl\w*|lapp\w*)(?![A-Za-z])",
    re.IGNORECASE,
)))
"""Words of a move or a comparison in a sentence ("$21 million unfavorable to the same period last year",
"outperformed our third quarter of '20 by $50 million"): its earlier period is what a figure is measured against."""


def _own_prior_period(
    text: str, m: NumberMention, sentence: tuple[int, int], period_mentions: Sequence[PeriodMention], mentions: Sequence[NumberMention]
) -> str | None:
    """The period of a figure whose sentence names only an earlier period, one that reads as a comparison base ("Q4
    last year", "the prior year period") but that no figure is compared with ("Revenue in Q4 last year was $520
    million"): the figure is that period's, not the document's. None when the sentence compares anything."""
    if _COMPARED.search(text, sentence[0], sentence[1]) is not None or _MOVED.search(text, sentence[0], sentence[1]):
        return None
    if any(x.role == "base" for x in mentions if sentence[0] <= x.start < sentence[1]):
        return None
    named = [pm for pm in period_mentions if sentence[0] <= pm.start < sentence[1] and pm.period]
    if len(named) != 1 or not named[0].base or named[0].kind not in ("quarter", "span"):
        return None
    return named[0].period


def _listed_periods(text: str, named: list[periods.PeriodMention]) -> list[str]:
    """The periods a Chinese list names before its figures, in order: a year written right before the span it dates
    counts once, as that span ("2025年前6个月"), and a range of years counts each year ("2022年至2024年")."""
    out: list[str] = []
    k = 0
    while k < len(named):
        pm, nxt = named[k], named[k + 1] if k + 1 < len(named) else None
        period = pm.period or ""
        if nxt is not None and pm.kind == "year" and not text[pm.end : nxt.start].strip() and (nxt.period or "").startswith(period):
            k += 1  # the year of the span that follows
            continue
        if (
            nxt is not None
            and pm.kind == "year"
            and nxt.kind == "year"
            and period.isdigit()
            and (nxt.period or "").isdigit()
            and _YEAR_RANGE_BETWEEN.fullmatch(text, pm.end, nxt.start)
            and 0 < int(nxt.period or 0) - int(period) <= 10
        ):
            out.extend(str(y) for y in range(int(period), int(nxt.period or 0)))
            k += 1
            continue
        out.append(period)
        k += 1
    return out


_ZH_INTENT_VERBS = r"总投资|投资|投入|在|于|未来|将|新增|新建|建设|扩产|扩建|募集|回购|增持|减持|使用|以|通过|向|出资|收购|设立|派发|分配"
_ZH_INTENT = re.compile(
    rf"(?<![估预按照])计划(?:于|在)?(?:{_ZH_INTENT_VERBS})|(?<![模比])拟(?:于|在)?(?:{_ZH_INTENT_VERBS})"
)
"""Before a Chinese figure in its sentence: the firm intends to do what the figure measures ("计划投资", "拟以自有资金
回购"); no plan named as a thing ("激励计划的影响") and no result as planned ("按计划稳步推进")."""
_PROPOSED_FOR_YEAR = frozenset({"dividend", "payout ratio"})
"""What a board proposes for the year it reports ("拟向全体股东每10股派发现金股利…，现金分红比例为30.1%")."""


def _reports_year(ctx: PeriodContext) -> bool:
    """Whether the document reports a whole year: its quarter closes its fiscal year."""
    q = periods.parse_quarter(ctx.period) if ctx.period else None
    return q is not None and (q % 4) * 3 + 3 == ctx.fiscal_year_end_month


_ZH_INTENT_DONE = re.compile(r"已(?:完成|实施|累计|回购|投入|使用)|累计")
"""Before it: the intended thing is (partly) done, and the figure is what was done so far."""


_ACTS_ON_BETWEEN = re.compile(r"\s?对\s?(?:公司|本公司)?\s?")
"""Between two Chinese metric names: the first acts on the second ("非经常性损益对净利润…")."""
_EFFECT_AFTER = re.compile(r"\s?的?(?:影响|贡献)")
"""After the second: the figure is the first's effect on it ("…的影响金额约为2,500万元")."""
_MOVES_PROFIT_BEFORE = re.compile(
    r"(?:将|会|可|预计将|预计会|预计)(?:相应)?(?:减少|增加|增厚|降低|提高|影响)(?:公司|本公司|上市公司)?"
    r"(?:20\d\d年(?:度|前三季度|第[一二三四]季度|半年度|上半年|1-1?\d月)?)?(?:的)?(?:合并报表|合并)?\s?$"
)
"""Before a result's name: something announced will move it ("本次计提将减少公司2025年前三季度合并报表利润总额…",
"预计将增加公司2025年度利润总额约…"): the amount is the move, no level of the result."""
_MOVED_RESULTS = frozenset({"pre-tax profit", "net income", "net income attributable to shareholders", "operating income"})
"""Results a notice says an item will move by its amount."""


_SHARES_NAME_TAIL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:(?!回购|持有|增持|减持|发行|所持|质押|限售|流通|转让|新增|注销|购买|出售|认购|授予|公司|本行|集团|总)"
    r"[\u4e00-\u9fff]){2}$"
)
"""Before "股份": a two-character trade name opening its clause ("；乳源股份为31.6%"), no verb or holder of shares."""
_SHARES_NAME_NEXT = re.compile(r"[（(]\s?\d{6}|为|的|实现|前三季度|上半年|第[一二三四]季度")
"""After "股份": what follows a firm's name (its code, "为", "实现", a period), not a count of shares."""


def _zh_metric_words(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Chinese metric words as a reader splits them: "营收" read across "经营收入" is "收入" after "经营" ("特许经营
    收入"); a count's word right before a money metric names the line ("自营门店收入": 门店 is no store count); a
    gain word right after a money metric says its sign ("净利润盈利")."""
    out: list[_Hit] = []
    for i, h in enumerate(hits):
        h = _after_business_activity(text, h)
        if text[h.start : h.end] == "营收" and text[h.start - 1 : h.start] == "经" and text[h.end : h.end + 1] == "入":
            h = _Hit(h.start + 1, h.end + 1, h.entry)
        if (
            out
            and out[-1].end == h.start
            and out[-1].entry.monetary  # type: ignore[attr-defined]
            and text[h.start : h.end] in lm.result_sign_words()
        ):
            continue  # "净利润盈利:1.2亿元": the gain of the net income named right before, no "profit" of its own
        if out and _ACTS_ON_BETWEEN.fullmatch(text, out[-1].end, h.start) and _EFFECT_AFTER.match(text, h.end):
            continue  # "非经常性损益对净利润的影响金额约为2,500万元": the amount of the items named first, acting on net income
        if h.entry.name in _MOVED_RESULTS and _MOVES_PROFIT_BEFORE.search(text, max(0, h.start - 24), h.start):  # type: ignore[attr-defined]
            continue  # "将减少公司…利润总额4,286.53万元": the amount the item named before moves the result by
        if text[h.start : h.end] == "股份" and _SHARES_NAME_TAIL.search(text, max(0, h.start - 4), h.start) and (
            _SHARES_NAME_NEXT.match(text, h.end)
        ):
            continue  # "乳源股份为31.6%": the end of a listed firm's short name, no count of its shares
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and nxt.start == h.end
            and not h.entry.monetary  # type: ignore[attr-defined]
            and not h.entry.ratio  # type: ignore[attr-defined]
            and nxt.entry.monetary  # type: ignore[attr-defined]
        ):
            continue
        out.append(h)
    return out


@cache
def _business_word_before() -> re.Pattern[str]:
    """A business-line word right before a metric name ("物业"), no word for a firm ("集团", "公司")."""
    firm = ls.phrase_words()
    words = set(gl.words()) - {*firm.zh_org_suffix, *firm.zh_firm_kinds}
    return re.compile("(?:" + "|".join(sorted((re.escape(w) for w in words if len(w) > 1), key=len, reverse=True)) + ")$")


def _after_business_activity(text: str, h: _Hit) -> _Hit:
    """A metric name that opens with a business's activity right after a business-line word ("物业销售收入",
    "物业投资收入"): the activity is part of the business's name, the metric is the rest's ("收入": revenue)."""
    name = to_simplified(text[h.start : h.end])
    for act in lm.business_activities():
        if not name.startswith(act) or len(name) == len(act):
            continue
        before = to_simplified(text[max(0, h.start - 6) : h.start])
        if not _business_word_before().search(before):
            continue
        bound = lm.bound_activities().get(act)
        if bound is not None and not before.endswith(bound):
            continue  # "生鲜及加工食品销售收入": the revenue of the food sold, no "food sales" line
        rest = [(b, e) for a, b, e in lm.metric_matcher().finditer(name[len(act) :]) if a == 0 and e is not None]
        if rest and rest[0][0] == len(name) - len(act):
            return _Hit(h.start + len(act), h.end, rest[0][1])
    return h


_EN_LIST_LEAD = re.compile(r"\s*(?:(?:and|so|also|but|meanwhile)\s*,?\s+)?(?:(?:our|the|its)\s+)?", re.IGNORECASE)
_EN_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_EN_LIST_KIND = re.compile(r"\s+(?:segments|businesses|divisions|units|regions|markets|brands)(?![A-Za-z])", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively(?![A-Za-z])", re.IGNORECASE)
_EN_LIST_ITEM = re.compile(r"[A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3}")


def _en_listed_subject(
    para: _Paragraph,
    m: NumberMention,
    group: tuple[int, int],
    mentions: list[NumberMention],
    metric_hit: _Hit,
    sentence: tuple[int, int],
) -> str | None:
    """The one of several names its figure stands for when a sentence opens with as many names as it gives figures,
    then says "respectively" ("Irrigation and residential per customer usage increased 25% and 10%, respectively";
    "Our Harbor and Delta segments grew revenue 12% and 8%, respectively")."""
    pos, size = group
    text = para.text
    last = mentions[mentions.index(m) - pos + size - 1]
    if not _RESPECTIVELY_AFTER.match(text, last.end):
        return None
    lead = _EN_LIST_LEAD.match(text, sentence[0])
    start = lead.end() if lead is not None else sentence[0]
    if not start < metric_hit.start < mentions[mentions.index(m) - pos].start:
        return None
    head = text[start : metric_hit.start].strip()
    kind = _EN_LIST_KIND.search(head)
    head = head[: kind.start()] if kind is not None else head  # "Our Harbor and Delta segments grew revenue"
    items = [x.strip() for x in _EN_LIST_SEP.split(head)]
    stop = ls.phrase_words().en_stop
    if len(items) != size or not all(
        _EN_LIST_ITEM.fullmatch(x) and not any(w.casefold() in stop or w.casefold() in _NP_CLOSED for w in x.split())
        for x in items
    ):
        return None
    return items[pos]


def _name_before_metric(words: str) -> str:
    """The words of a metric's alias before the longest alias of a metric at its end ("投资业务净收入" -> "投资"):
    the last name of a list whose metric's alias holds it."""
    for i in range(1, len(words) - 1):
        tail = words[i:]
        if any(a == 0 and b == len(tail) and e is not None for a, b, e in lm.metric_matcher().finditer(tail)):
            return words[:i]
    return ""


def _listed_subject(
    para: _Paragraph, m: NumberMention, group: tuple[int, int], mentions: list[NumberMention]
) -> str | None:
    """The one of several names its figure stands for, in order: "平安、太保、国寿、新华NBV同比增速分别为
    0.2%、-17.5%、-23.7%和-8.9%" (as many names before 分别 as figures after it)."""
    pos, size = group
    if size < 2:
        return None
    first = mentions[mentions.index(m) - pos]
    lo = para.clause_start(first.start)
    at = para.text.rfind("分别", lo, first.start)
    if at < 0:
        return None
    items = _counted_names(para, lo, size) or _list_names(para, lo, at)
    for _ in range(4):
        if len(items) != 1 or lo <= 0:
            break
        # "…投资业务净收入同比增速分别为+75%/…/+44%,占营业总收入的比重分别为27%/…/45%": a second list of the
        # sentence that names no one is of the names of the list in the clause before, when it is as long (and that
        # list's own names may be those of the list before it: "分别实现营收…，同比分别增长…；净利润分别为…")
        before = para.clause_start(lo - 1)
        prev = para.text.rfind("分别", before, lo)
        if prev < 0 or "。" in para.text[prev:lo] or sum(1 for x in mentions if prev < x.start < lo) != size:
            break
        lo = before
        items = _counted_names(para, lo, size) or _list_names(para, lo, prev)
    if not "".join(items).strip() and lo > 0:
        items = _cued_names(para, para.clause_start(lo - 1), lo)  # "依次为甲、乙和丙，分别实现销售额…"
    generic = ls.phrase_words().generic
    if len(items) != size or not all(_LISTED_NAME.fullmatch(x) and x not in generic for x in items):
        return None  # "同比、环比分别增长31%和14%": comparisons, no names
    return items[pos]


_COUNTED_LIST_HEAD = re.compile(r"\s*(?:这|该|上述)?(?P<n>两|二|三|四|五)(?:家|者)(?:公司|企业|上市公司|银行|券商|房企|车企|乳企|险企)?")
"""Opening a "分别" list's clause: the firms it counts, named with their codes before ("两家公司分别实现营业收入…")."""
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_CODED_NAME = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,8})[（(]\s?(?:\d{4,6}|\d{6}\.[A-Z]{2})\s?[）)]")
"""A firm written with its stock code ("泽牧乳业（600428）")."""
_LIST_CUE = re.compile(r"(?:依次为|依次是|分别为|分别是|包括)")


def _counted_names(para: _Paragraph, lo: int, size: int) -> list[str]:
    """The firms a "两家公司…分别" clause counts: as many names written with their codes before it in its sentence or
    the sentence before ("泽牧乳业（600428）与乳源股份（002896）相继披露三季报。前三季度，两家公司分别…")."""
    text = para.text
    head = text[lo : lo + 12]
    count = _COUNTED_LIST_HEAD.match(head)
    if count is None or _CN_COUNT[count.group("n")] != size:
        return []
    start = para.sentence(lo)[0]
    if start > 0 and not text[start:lo].strip("，, "):
        start = para.sentence(start - 1)[0]
    if start > 0 and not _CODED_NAME.search(text, start, lo):
        start = para.sentence(start - 1)[0]
    names: list[str] = []
    for c in _CODED_NAME.finditer(text, start, lo):
        name = c.group("n")
        if text[c.start() - 1 : c.start()] in "）)" and name[0] in "与和及、":
            name = name[1:]  # "泽牧乳业（600428）与乳源股份（002896）": the word joining them is no part of the second
        if name not in names:
            names.append(name)
    return names if len(names) == size else []


def _cued_names(para: _Paragraph, lo: int, hi: int) -> list[str]:
    """The names a clause lists after "依次为"/"包括" at its end, for the "分别" clause after it."""
    text = para.text[lo:hi].rstrip("，, ")
    cue = _last(_LIST_CUE, text, 0, len(text))
    if cue is None:
        return []
    return [_CODE_AFTER.sub("", x).strip() for x in _LIST_SEP.split(text[cue.end() :])]


_CODE_AFTER = re.compile(r"[（(][^）)]{1,12}[）)]")


def _list_names(para: _Paragraph, lo: int, at: int) -> list[str]:
    """The names joined by 、/和/及/与 from ``lo`` to the metric before a "分别" at ``at``, in order."""
    head = para.text[lo:at]
    named = [
        h
        for h in para.metrics
        if lo <= h.start < at
        and not (_LIST_SEP.fullmatch(para.text[h.start - 1 : h.start]) and _LIST_SEP.fullmatch(para.text[h.end : h.end + 1]))
    ]  # "经纪、投行、资管、利息、投资业务…": a metric's word between separators is one of the names
    if named:
        cut = min(named, key=lambda h: h.start)
        head = head[: cut.start - lo]  # "新华NBV同比增速": the name, not the metric after it
        if head[-1:] and _LIST_SEP.fullmatch(head[-1]):
            # "经纪、投行、资管、利息、投资业务净收入": the metric's words hold the last name
            head += _name_before_metric(para.text[cut.start : cut.end])
    skip = _HEAD_PERIOD.match(head).end()  # type: ignore[union-attr]
    head, start = head[skip:], lo + skip
    items = [x.strip() for x in _LIST_SEP.split(head)]
    start += len(head) - len(head.lstrip())
    owner = _LIST_OWNER.match(items[0])
    if len(items) > 1 and owner and len(items[0]) - owner.end() >= 2:
        items[0] = items[0][owner.end() :]  # "上市券商经纪、投行…": the group named before the first name
    return items


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
    if size < 2:
        return None
    first = mentions[mentions.index(m) - pos].start
    metrics = [
        h
        for h in para.metrics
        if sentence[0] <= h.start
        and h.end <= first
        and not h.entry.weak  # type: ignore[attr-defined]
        and _outer(para.text, para.metrics, h) is h
    ]
    if not _RESPECTIVELY.search(para.text, sentence[0], sentence[1]):
        # "same-store revenue and NOI growth of 12.7% and 15.5%": as many metrics joined by "and" right before
        # the list map to it in order without the word
        if not para.text.isascii() or not _coordinated_metrics(para.text, metrics[-size:], size, first):
            return None
        return None, metrics[-size:][pos]
    subjects = [h for h in para.subjects if sentence[0] <= h.start and h.end <= first]
    if not para.text.isascii():
        subjects = _listed_firms(para.text, subjects)
    subject = subjects[-size:][pos] if len(subjects) >= size else None
    if subject is None and not para.text.isascii():
        subject = _coordinated(para, sentence[0], first, size, pos)
    # a metric with its own figure earlier in the sentence is no name of this list when the list names its own after
    # that figure ("revenue was $9 million, and the gross margins were 42.1% and 38.2%, respectively": both
    # margins); with none named after it, the list goes back to the metrics of those figures ("revenue was $3.9
    # billion and operating income $458 million, an increase of 4% and 6%, respectively")
    own = max((x.end for x in mentions if sentence[0] <= x.start and x.end <= first), default=sentence[0])
    listed = [h for h in metrics if h.start >= own] or metrics
    metric = listed[-size:][pos] if len(listed) >= size else None
    if subject is None and metric is None:
        return None
    return subject, metric


_LOSS_LINES = frozenset({"catastrophe losses", "impairment losses", "net charge-offs"})
"""Metrics named by the losses they count: the amount is the size of the line, positive, though "losses" is said
before it ("catastrophe losses were $40 million", "impairment losses of $210 million", "net credit losses were $120
million")."""
_WRITTEN_NEGATIVE = re.compile(r"(?<![A-Za-z])(?:negative|minus)\s+|[-−(]\s*[$€£]?\s*\d", re.IGNORECASE)
"""A minus written at a figure ("negative $5 million", "-$5 million", "($5 million)")."""

_ALIAS_BEFORE = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“\"「『]?\s*$")
"""Right before a name: the bracket that makes it the short name of the one before ("（以下简称“安泰人寿”）")."""
_GENERIC_FIRM_WORDS = frozenset({"公司", "本公司", "集团", "本集团", "子公司"})


def _listed_firms(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The firms a Chinese list names, one hit each: a legal form's word ("…股份有限公司") names none, and a short
    name given in brackets ("安泰人寿保险股份有限公司（以下简称“安泰人寿”）") stands for the name before it."""
    out: list[_Hit] = []
    for h in hits:
        if to_simplified(text[h.start : h.end]) in _GENERIC_FIRM_WORDS:
            continue
        if out and _ALIAS_BEFORE.search(text, max(out[-1].end, h.start - 12), h.start):
            out[-1] = h
            continue
        out.append(h)
    return out


_COUPON_OF_NOTES = re.compile(
    r"\s+(?:(?:senior|unsecured|secured|subordinated|convertible|exchangeable|fixed[\s-]rate|green|guaranteed|"
    r"private[\s-]placement|term|series\s+[A-Z])\s+){0,3}(?:notes|bonds|debentures)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a percentage: the notes whose coupon it is ("our 5.35% senior notes")."""
_BARE_MARGIN = re.compile(r"(?:the\s+|its\s+|our\s+)?margins?", re.IGNORECASE)


def _margin_of_profit_before(para: _Paragraph, hit: _Hit, sentence: tuple[int, int]) -> Metric | None:
    """The margin of the profit the sentence has just given a figure for, when a bare "margin" follows it ("adjusted
    EBITDA was $145 million, with margins at 13.1%": the adjusted EBITDA margin); None when the word is qualified
    ("segment margin"), a business line comes between, or the metric before has no margin."""
    if not _BARE_MARGIN.fullmatch(para.text, hit.start, hit.end):
        return None
    before = [
        h
        for h in para.metrics
        if sentence[0] <= h.start
        and h.end <= hit.start
        and not h.entry.weak  # type: ignore[attr-defined]
        and _outer(para.text, para.metrics, h) is h
    ]
    if not before or not any(c.isdigit() for c in para.text[before[-1].end : hit.start]):
        return None  # the profit's own figure comes first ("EBITDA and margins were ...": a list, not this)
    whole: Metric = before[-1].entry  # type: ignore[assignment]
    if whole.ratio or not whole.margin or any(before[-1].end <= h.start < hit.start for h in para.subjects):
        return None
    return lm.metric_by_name(whole.margin)


_METRIC_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.IGNORECASE)
"""Between two metrics of one list ("revenue and NOI", "revenue, NOI and FFO")."""
_METRIC_LIST_TO_FIGURES = re.compile(
    r"\s*(?:(?:growth|increases?|declines?|margins?|rates?)\s+)?(?:(?:were|was|of|at|came\s+in\s+at|grew|rose|increased|"
    r"declined|improved)\s+)?(?:(?:by|to|of)\s+)?(?:(?:approximately|about|roughly|around|nearly)\s+)?",
    re.IGNORECASE,
)
"""Between the last metric of a list and its first figure, with nothing else said ("NOI growth of ")."""


def _coordinated_metrics(text: str, metrics: list[_Hit], size: int, first: int) -> bool:
    """Whether ``size`` metrics are listed together right before a list of as many figures ("same-store revenue and
    NOI growth of 12.7% and 15.5%"), so that each figure measures its own metric."""
    if len(metrics) != size or len({h.entry.name for h in metrics}) != size:  # type: ignore[attr-defined]
        return False
    joined = all(_METRIC_JOINT.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(metrics))
    return joined and _METRIC_LIST_TO_FIGURES.fullmatch(text, metrics[-1].end, first) is not None


_VARIANT_PAIR = re.compile(
    r"(?<![A-Za-z-])(?P<a>GAAP|reported|non-GAAP|adjusted)\s+(?:and|&|versus|vs\.?)\s+(?P<b>GAAP|reported|non-GAAP|adjusted)"
    r"(?![A-Za-z-])",
    re.IGNORECASE,
)
"""Two bases of one metric listed before a "respectively" list ("GAAP and adjusted EPS were $0.53 and $0.52")."""
_ADJUSTED_WORDS = frozenset({"adjusted", "non-gaap"})


def _respective_variant(
    text: str, sentence: tuple[int, int], m: NumberMention, group: tuple[int, int], mentions: list[NumberMention], name: str
) -> str | None:
    """The variant of metric ``name`` that item ``i`` of a two-figure "respectively" list measures when the list
    names two bases of one metric ("GAAP and adjusted EPS of $0.53 and $0.52, respectively": $0.53 is GAAP EPS);
    None when the sentence is no such list or the metric has no such variant."""
    pos, size = group
    if size != 2 or not _RESPECTIVELY.search(text, sentence[0], sentence[1]):
        return None
    first = mentions[mentions.index(m) - pos].start
    pair = _last(_VARIANT_PAIR, text, sentence[0], first)
    if pair is None or (pair.group("a").lower() in _ADJUSTED_WORDS) == (pair.group("b").lower() in _ADJUSTED_WORDS):
        return None
    base = _unadjusted(name)
    if base is None:
        return None
    word = pair.group("a" if pos == 0 else "b").lower()
    return (base.adjusted or base.name) if word in _ADJUSTED_WORDS else (base.gaap or base.name)


@cache
def _unadjusted(name: str) -> Metric | None:
    """The metric whose adjusted (or GAAP) variant is ``name``, or that metric itself when it has an adjusted one."""
    own = lm.metric_by_name(name)
    if own is not None and own.adjusted:
        return own
    for x in lm.metrics():
        if name in (x.adjusted, x.gaap) and x.adjusted:
            return x
    return None


_COORDINATED = re.compile(
    r"(?:^|(?<=[，,：:；;\s]))(?P<items>[\u4e00-\u9fff]{2,6}?(?:(?:、|和|与|及|以及)[\u4e00-\u9fff]{2,6}?)+)"
    r"(?=是|为|的|分别|均|各|[，,])"
)
_AND = re.compile(r"、|以及|和|与|及")
_BASIS_ITEM = re.compile(r"^(?:按|以|若|在|从|于|对)|汇率|口径|基准|计$")
"""Items of a "分别" list that say how a figure is measured ("按固定及实质汇率计"), not whose it is."""


def _coordinated(para: _Paragraph, lo: int, hi: int, size: int, pos: int) -> _Hit | None:
    """Item ``pos`` of names joined by 、/和/与 before a "分别" list of ``size`` figures, when the lexicon
    knows none of them ("上海区域和南方区域是…,销售金额分别为240.5亿元和156.45亿元")."""
    found = [x for x in _COORDINATED.finditer(para.text, lo, hi)]
    if not found:
        return None
    x = found[-1]
    names, start = [], x.start("items")
    for piece in _AND.split(x.group("items")):
        names.append((start, piece))
        start += len(piece)
        sep = _AND.match(para.text, start)
        start += len(sep.group()) if sep else 0
    if len(names) != size or any(h.start < x.end() and x.start() < h.end for h in para.metrics):
        return None  # "营收和净利润分别增长…": metrics, not names
    if any(_BASIS_ITEM.search(name) for _, name in names):
        return None  # "按固定及实质汇率计,分别升6.2和6.1个百分点": two ways of measuring, no names
    at, name = names[pos]
    return _Hit(at, at + len(name), SubjectEntry(name, "phrase"))


_RESPECTIVE_CHANGES: tuple[tuple[re.Pattern[str], tuple[Change, Change]], ...] = (
    (re.compile(r"同环比|同比(?:、|和|及|与|以及)环比|按年(?:及|和|与|、)按季|年增(?:及|和|与|、)季增"), ("yoy", "qoq")),
    (re.compile(r"环同比|环比(?:、|和|及|与|以及)同比|按季(?:及|和|与|、)按年|季增(?:及|和|与|、)年增"), ("qoq", "yoy")),
)
"""Words naming two comparisons in order, each row with the comparison of the first and of the second figure of
a "分别" pair after it ("同环比增速分别为12.7%和14.9%": 12.7% over the year, 14.9% over the quarter)."""


def _respective_change(
    text: str, sentence: tuple[int, int], first: NumberMention, pos: int, size: int
) -> Change | None:
    """Comparison of item ``pos`` of a two-figure "分别" list led by a word naming both comparisons."""
    if size != 2:
        return None
    at = text.rfind("分别", sentence[0], first.start)
    if at < 0 or any(ch.isdigit() for ch in text[at : first.start]):
        return None
    for pattern, changes in _RESPECTIVE_CHANGES:
        if pattern.search(text, sentence[0], at):
            return changes[pos]
    return None


_BASE_YOY = re.compile(
    r"年同期|(?<![A-Za-z])(?:(?:last|prior|previous)[\s-]year|year (?:prior|before|earlier)|a year ago|year[\s-]ago|same (?:quarter|period) (?:of |in )?"
    r"(?:last|the prior|the previous) year)(?![A-Za-z])|去年同期|上年同期|去年同季|去年",
    re.IGNORECASE,
)
_BASE_YOY = fast(_BASE_YOY)
_BASE_QOQ = re.compile(
    r"(?<![A-Za-z])(?:(?:last|prior|previous|preceding|linked)[\s-]quarter|(?:a|one) quarter ago|sequential(?:ly)?)(?![A-Za-z])"
    r"|上季度|上一季度|上个季度|上一个季度|环比",
    re.IGNORECASE,
)
_BASE_QOQ = anchored(_BASE_QOQ)
_BASE_QOQ = fast(_BASE_QOQ)


_BASIS = Sifted(anchored(re.compile(
    r"(?<![A-Za-z])on an? (?:(?P<adjusted>(?:adjusted|non[\s-]GAAP|comparable|core)(?: (?:adjusted|non[\s-]GAAP))?)|"
    r"(?P<gaap>GAAP|U\.S\. GAAP|reported))"
    r"(?: diluted)? basis(?![A-Za-z])|(?<![A-Za-z])(?P<adjusted3>(?:after adjusting for|adjusting for|adjusted for)(?!\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:impacts?|effects?)\s+of\s+)?(?:foreign\s+)?(?:currency|currencies|exchange|FX))|as adjusted|(?:excluding|before) (?:special |one-time |non-recurring |certain |notable )?items|net of (?:this|these|the) adjusting items?|net of adjusting items?)(?![A-Za-z])|(?P<adjusted2>按非GAAP|非GAAP口径|经调整口径)|(?P<gaap2>按GAAP|GAAP口径)",
    re.IGNORECASE,
)))


_EXCLUDING_LEAD = re.compile(
    r"\s*(?:and\s+|but\s+|so\s+)?(?:excluding|excluding the impact of|adjusting for)\s", re.IGNORECASE
)
_FX_EXCLUDED_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|also)\s*,?\s+)?(?:excluding|ex-|adjusting\s+for|adjusted\s+for|net\s+of)\s+(?:the\s+)?"
    r"(?:(?:impacts?|effects?)\s+of\s+)?(?:(?:changes?|movements?|fluctuations?)\s+in\s+)?(?:the\s+)?(?:foreign\s+)?"
    r"(?:currenc(?:y|ies)|exchange|FX)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence opening that leaves out currency moves ("Adjusting for currency translation effects, net sales declined
8.2%", "Excluding the impact of foreign exchange, revenue grew 5%"): its figures are at constant currency, no
adjusted (non-GAAP) result."""


def _sentence_basis(text: str, lo: int, hi: int) -> str | None:
    """``adjusted`` or ``gaap`` when a basis is stated earlier in the sentence ("On a GAAP basis, ...")."""
    last = (
        "adjusted" if _EXCLUDING_LEAD.match(text, lo, hi) and not _FX_EXCLUDED_LEAD.match(text, lo, hi) else None
    )  # "Excluding the strike costs, we lost $0.12"
    for b in _BASIS.finditer(text, lo, hi):
        if b.group().lower().startswith("on a") and _FIGURE_JUST_BEFORE.search(text, max(lo, b.start() - 40), b.start()):
            continue  # "$0.83 on an adjusted basis on $232 million in revenue": that figure's basis, not the sentence's
        last = "adjusted" if b.group("adjusted") or b.group("adjusted2") or b.group("adjusted3") else "gaap"
    return last


_NEXT_ITEM_ADJUSTED = re.compile(
    r"\s*(?:(?:,|;|and)\s*adjusted\s+(?!basis|for\b|to\b)[A-Za-z]|adjusted\s+(?:[A-Za-z][\w-]*\s+){1,3}(?:of|was|were)\s+[$€£]?\d)",
    re.IGNORECASE,
)
"""After a figure, the next item of a list that is adjusted ("sales of $5.6 billion to $5.9 billion, adjusted
EBITDA of ...", its comma missing too): "adjusted" names that item, not the figure before it."""
_FIGURE_JUST_BEFORE = re.compile(
    r"\d(?:\s?(?:%|percent|million|billion|thousand))?(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s*,?\s*$",
    re.IGNORECASE,
)
"""A figure right before a basis phrase ("$0.83 on an adjusted basis"): the phrase qualifies that figure."""


def _adjusted_before(para: _Paragraph, clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether the metric named last before a figure in its clause is an adjusted one."""
    before = [h for h in para.metrics if clause[0] <= h.start and h.end <= m.start]
    return bool(before) and _is_adjusted(before[-1].entry.name)  # type: ignore[attr-defined]


_OF_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<mod>[A-Za-z][\w-]*)\s+)?(?<![A-Za-z])(?P<noun>[A-Za-z][\w-]*)\s+(?:of|totaling|totalling|totaled|totalled)\s+"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_AMOUNT_THEN_OR = re.compile(
    r"\d(?:\s?(?:million|billion|thousand))?(?:(?:\s+[A-Za-z][\w-]*){0,3}"
    # "$23 million in pre-tax special charges, largely related to restructuring activities, or $0.07 per share": the
    # item the amount sizes may trail a clause saying what it relates to
    r"|\s+(?:in\s+|of\s+)?(?:[\w-]+\s+){0,3}?(?:charges?|costs?|expenses?|benefits?|gains?|impairments?|write-?(?:offs?|downs?))"
    r"(?![A-Za-z])[^.;:$\d]{0,90}?),?\s+or\s+(?:about\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_ADJUSTED_LEVEL_AFTER = re.compile(r"\s+(?:adjusted|non-GAAP)(?![A-Za-z-])", re.IGNORECASE)
"""Right after a per-share amount: the adjusted earnings the sentence gives besides the reported ones ("EPS were
$7.25, or $6.53 adjusted"), not the per-share effect of an item."""
_EARNED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:earned|earns|lost|loses|(?:(?:net|comprehensive|total|core|GAAP|adjusted|reported)\s+)+"
    r"(?:income|earnings|loss))\s+(?:of\s+|was\s+|were\s+|totaled\s+)?(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_NET_WORDS = frozenset(
    {"net", "adjusted", "gaap", "diluted", "basic", "reported", "our", "the", "its", "total", "quarterly"}
)
_EARNINGS_NOUN = re.compile(r"earnings|income|eps|loss|losses|profits?|guidance|range|share", re.IGNORECASE)


def _item_per_share(
    text: str, m: NumberMention, mentions: Sequence[NumberMention], earlier: Sequence[Fact], after: bool
) -> bool:
    """Whether an amount per share that only "per share" after it calls earnings is an item's effect:
    named by another noun ("cost savings of $0.04 per share", "credits totaling $0.02 per share"),
    or the per-share form of an amount of something other than earnings ("merger-related expenses
    of $46.4 million or $0.43 per diluted share", "a $187 million benefit, or $0.33 per share")."""
    of = _OF_BEFORE.search(text, max(0, m.start - 60), m.start)
    if after and of is not None:
        if not _EARNINGS_NOUN.fullmatch(of.group("noun")):
            return True
        mod = (of.group("mod") or "").lower()
        if of.group("noun").lower() == "income" and mod and mod not in _NET_WORDS:
            return True  # "REIT taxable income of $0.11 per share", "nonregulated income of $0.03"
    i = mentions.index(m)
    if i == 0 or not _AMOUNT_THEN_OR.search(text, max(0, mentions[i - 1].start), m.start):
        return False
    prev = mentions[i - 1]
    for f in reversed(earlier):
        if prev.raw and prev.raw in f.evidence:
            metric = lm.metric_by_name(f.metric)
            return not (metric is not None and metric.per_share)
    # no typed amount: earnings all the same when a verb says so ("earned $2.4 billion, or $5.16")
    return not _EARNED_BEFORE.search(text, max(0, prev.start - 30), prev.start)


_EPS_NAME = re.compile(r"(?<![A-Za-z])(?:EPS|loss per share)$")


def _per_share_in_focus(para: _Paragraph, pos: int, sentence: tuple[int, int]) -> Metric | None:
    """The per-share form of the earnings measure (FFO, AFFO, distributable earnings...) last named before ``pos``
    in the sentence or the one before it, for a bare "per share" figure that names none; None for EPS's own
    measures (net income) and when none is named."""
    lo = para.sentence(sentence[0] - 1)[0] if sentence[0] > 0 else sentence[0]
    for hit in _all_before([h for h in para.metrics if not h.entry.weak], lo, pos):  # type: ignore[attr-defined]
        metric: Metric = hit.entry  # type: ignore[assignment]
        if para.text[hit.start : hit.start + 4].lower() == "per ":
            continue  # "$0.45 per diluted share": an earlier figure's unit, no measure named
        if _is_eps_family(metric):
            return None  # "FFO per share" or "EPS" named: its figure takes its own name
        own = lm.metric_by_name(metric.per_share) if metric.per_share else None
        if own is not None:
            return None if _EPS_NAME.search(own.name) else own
    return None


def _is_eps_family(metric: Metric) -> bool:
    """Whether a metric is earnings (or loss) per share, in any variant."""
    return metric.fits("per_share") and metric.name.lower().endswith(("eps", "per share"))


def _is_adjusted(name: str) -> bool:
    """Whether a metric name is an adjusted (non-GAAP) variant."""
    return name in lm.adjusted_names() or name.lower().startswith(("adjusted ", "non-gaap ", "core "))


def fact_class(f: Fact) -> str:
    """Unit class of a fact's figure (see ``unit_class``), from its unit, ``per`` and figure as written."""
    if f.unit in ("%", "pp", "bps", "x", "count"):
        return f.unit
    if f.per == "share":
        return "per_share"
    w = numbers.written(f.raw) if f.raw else None
    if (w is not None and w.scale > 1) or abs(f.value) >= 1000:
        return "amount"
    return "price"


_BARE_RESULT = frozenset({"loss", "profit", "earnings"})
_FLOW_WORDS = frozenset({"net flows"})
"""Metric words that only say which way an amount went ("净流入"): a restated figure keeps its metric."""
"""Metric words that, in a comparison base, name no more than the figure it is compared with."""


_THAT_MOVED = re.compile(
    r"\s*(?:that|this)(?:['’]s|\s+is|\s+was|\s+represents|\s+represented)\s+"
    r"(?:(?:up|down)\s+(?:by\s+)?|(?:(?:greater|more|less|better)\s+than\s+)?an?\s+)?"
    r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than)\s+)?"
    r"|\s*(?P<seq>sequentially|year[\s-]over[\s-]year),?\s+(?:they|it)\s+(?:were|was)\s+(?:up|down)\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than)\s+)?"
    r"|\s*(?P<pro>they|it)\s+(?:(?:were|was)\s+(?:up|down)|increased|decreased|rose|fell|grew|declined)\s+(?:by\s+)?"
    r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than)\s+)?",
    re.IGNORECASE,
)
"""A sentence that opens on the statement before and moves at once to a change ("That's up 8%", "This represents a 12%
increase", "That's greater than a 25% increase", "Sequentially, they were up 2%", "It was up 90 basis points"): its figure is the change of that statement's figure (the last on another
base than the one that statement gave)."""


def _sole_level_before(
    para: _Paragraph,
    start: int,
    earlier: Sequence[Fact],
    m: NumberMention,
    above: Sequence[Fact] = (),
    changed: bool = False,
) -> Fact | None:
    """The fact of the one level the sentence before ``start`` states, when it states no other fact (``above``: the
    facts of the paragraph before, for a paragraph's first sentence; ``changed``: a change on another base may stand
    for the level, "volumes were down 28% versus last year. Sequentially, they were up 2%")."""
    if start < 2:
        facts = list(above) if not para.text[:start].strip() else []
    else:
        before = para.sentence(start - 2)
        facts = [f for f in earlier if before[0] <= f.start < before[1]]
    if len(facts) != 1 or (facts[0].change is not None and not changed) or facts[0].basis is not None:
        return None
    fact = facts[0]
    if fact.metric.endswith(" guidance") or (
        m.unit != "%" and fact_class(fact) != unit_class(m) and not (fact.unit == "%" and m.unit in ("bps", "pp"))
    ):
        return None  # (a rate moves by points: "Margin was 41.2%. It was up 90 basis points")
    return fact


_STATED_GOES_ON = re.compile(
    r",?\s+(?:(?:up|down)(?:\s+by)?|an?\s+(?:increase|decrease|decline|rise)\s+of|compared\s+(?:to|with)|versus|"
    r"from|or)\s+(?:(?:about|approximately|roughly|nearly|almost|around)\s+)?",
    re.IGNORECASE,
)
"""Between a figure and the next of its sentence when the next only moves or compares it ("41.2%, up 90 basis
points", "41.2% versus 40.3%")."""
_PRONOUNS_EN = frozenset({"It", "They", "He", "She", "We", "You"})
"""Pronouns as written at a sentence's start: never a business line's name (case kept: "IT" is one)."""
_PRONOUN_STATED = re.compile(
    r"\s*(?:it|they)\s+(?:(?:was|were|came\s+in\s+at|stood\s+at|ended(?:\s+the\s+(?:quarter|year|period))?\s+at|"
    r"totaled|totalled|reached|improved\s+to|increased\s+to|decreased\s+to|rose\s+to|fell\s+to)\s+|"
    r"(?:(?:was|were)\s+(?:up|down)|increased|decreased|rose|fell|grew|declined|improved)\s+(?:by\s+)?)"
    r"(?:(?:about|approximately|roughly|nearly|almost|around)\s+)?",
    re.IGNORECASE,
)
"""A sentence that opens on a pronoun and goes straight to its figure ("It was 41.2%", "They were up 6%"): the
figure is of what the sentence before named."""


_THAT_COMPARES = re.compile(
    r"\s*(?:and\s+|but\s+)?(?:that|this|which)(?:'s|’s|\s+is|\s+was)?\s+(?:compares|compared|comparing)\s+(?:to|with|against)\s+"
    r"(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
"""A sentence that opens on the statement before ("That compares to $111 million in the third quarter of 2021"): its
figure is the base of that statement's figure."""


def _orphan_base(
    m: NumberMention, mentions: Sequence[NumberMention], clause: tuple[int, int], earlier: Sequence[Fact]
) -> bool:
    """Whether a comparison base follows, in its clause, a figure of the same unit class that gave no
    fact: it is that figure's base, and what it measures is unknown too."""
    i = mentions.index(m)
    if i == 0:
        return False
    prev = mentions[i - 1]
    if prev.start < clause[0] or prev.role == "base" or unit_class(prev) != unit_class(m):
        return False
    return not any(f.start <= prev.start and prev.end <= f.end for f in earlier)


def _aimed_level(
    text: str, start: int, sentence: tuple[int, int], m: NumberMention, earlier: Sequence[Fact]
) -> Metric | None:
    """The rate a clause of only an aim for a coming period sets ("占比约12%，明年目标倍增至25%"): the level the
    sentence just stated, of the same line."""
    if _AIMED_LEVEL.fullmatch(text, start, m.start) is None:
        return None
    last = next((f for f in reversed(earlier) if sentence[0] <= f.start < start), None)
    if last is None or last.unit != "%" or last.change is not None or last.basis is not None:
        return None
    if last.metric.endswith((" guidance", " target")):
        return None
    return lm.metric_by_name(last.metric) or Metric(last.metric)


def _beaten_guidance_period(
    text: str,
    sentence: tuple[int, int],
    marker_at: int,
    m: NumberMention,
    earlier: Sequence[Fact],
    period_mentions: Sequence[PeriodMention],
) -> str | None:
    """The period of a result the sentence states and then compares with guidance ("earnings of $1.02 per share
    exceeded our guidance of $0.93 to $0.95"), when the sentence names no period after the result: that guidance is
    the one given for the result's period."""
    if not _VERSUS_GUIDANCE.search(text, max(sentence[0], marker_at - 40), marker_at):
        return None
    if not _PAST_RESULT.search(text, sentence[0], marker_at):
        return None
    result = next(
        (
            f
            for f in reversed(earlier)
            if sentence[0] <= f.start < marker_at
            and f.change is None
            and not f.metric.endswith(" guidance")
            and fact_class(f) == unit_class(m)
        ),
        None,
    )
    if result is None or not result.period:
        return None
    if any(result.end <= pm.start < sentence[1] and pm.period for pm in period_mentions):
        return None
    return result.period


def _compared_fact(
    m: NumberMention,
    hit: _Hit | None,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    earlier: Sequence[Fact],
    year_ago: bool = False,
) -> Fact | None:
    """For a comparison base naming no metric in its own clause: the figure of the sentence it is
    compared with (the last one before it with the same unit), else None. A figure stated for the
    year-ago period ("去年同期亏损为21.5亿元", "去年同期为净流入156亿元") is such a base."""
    if m.role != "base" and not year_ago:
        return None
    bare = _BARE_RESULT | _FLOW_WORDS if year_ago else _BARE_RESULT
    own_hit = hit is not None and clause[0] <= hit.start < m.start and hit.entry.name not in bare  # type: ignore[attr-defined]
    cls = unit_class(m)
    for f in reversed(earlier):
        if f.start < sentence[0]:
            break
        if f.basis is None and fact_class(f) == cls:
            if own_hit and not _rate_level_past_amount(m, hit, f):
                return None  # "compared with a loss of RMB 2.15 billion" after "adjusted EBITA loss": that metric's
            return f
    return None


def _rate_level_past_amount(m: NumberMention, hit: _Hit | None, f: Fact) -> bool:
    """Whether a percentage base is the earlier level of the rate just stated although an amount's name comes
    between ("an interest rate of 4.38% across all of our borrowings was down from 4.7%": a rate, not borrowings)."""
    if hit is None or m.unit != "%" or f.unit != "%" or f.change is not None:
        return False
    named, stated = hit.entry, lm.metric_by_name(f.metric)
    return bool(stated is not None and stated.ratio and not named.ratio and named.monetary)  # type: ignore[attr-defined]


_POINT_BASE = re.compile(
    r"较(?:上|去)?年(?:底|末|初)|比(?:上|去)?年(?:底|末|初)|较\d{1,2}月(?:底|末)|较年初|[较比]期初|"
    r"[较比](?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]|"  # "较2024年12月31日增加": since a day, a point too
    r"(?<![A-Za-z])(?:since|from|versus|vs\.?|compared (?:to|with)) (?:the )?(?:end of (?:last )?(?:year|\d{4})|year[\s-]end|"
    r"December 31|beginning of the year)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A comparison with a point in time ("较上年底", "since year-end"): a change that is neither YoY nor QoQ."""


_DRIVER = Sifted(anchored(re.compile(
    r"(?<![A-Za-z])(?:includ(?:e|es|ed|ing)|benefit(?:ed|s|ing)? from|driven (?:primarily |mainly |largely )?by|"
    r"due (?:primarily |mainly |largely )?to|offset by|attributable to|resulting from|as a result of|because of|"
    r"contribut(?:ed|ing|ion)|of which|impacted by|affected by|hurt by|helped by|benefited by|reduced by|"
    r"weighed on by)(?![A-Za-z])|包括|得益于|受益于|由于|主要因|抵销|部分被|受惠于|其中包括",
    re.IGNORECASE,
)))
"""Between a metric and a figure: the figure is an item or driver of the metric, not the metric
("FFO ... includes $47 million of merger-related expenses")."""
_CAUSE_AFTER = re.compile(
    r"(?<![A-Za-z])(?:as\s+(?:the|a|an|our|we|they|higher|lower|increased|decreased)|driven\s+(?:\w+\s+)?by|due\s+(?:\w+\s+)?to|"
    r"reflecting|because\s+of|as\s+a\s+result\s+of|offset\s+by)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between a figure and a metric word after it: the word names a cause of the figure, not what it measures ("up $2
million as we invested behind our brands")."""
_BASE_NAMED_AFTER = re.compile(
    r"(?<![A-Za-z])(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|against)(?![A-Za-z])", re.IGNORECASE
)
"""Between a change and a metric word after it: the word names the base the change is measured against, not what
changed ("$5.12, an increase of 115% compared to adjusted earnings per share of $2.38": the base's own basis)."""
_MULTI_YEAR = Sifted(fast(anchored(re.compile(
    r"(?<![A-Za-z])(?:two|three|four|2|3|4)[\s-]year(?:s)?[\s-](?:stack|basis|comp|comparison|growth)"
    r"|(?<![A-Za-z])(?:versus|vs\.?|relative to|compared (?:to|with)|against|over|from|to)\s+(?:the\s+)?(?:same\s+\w+\s+(?:of|in)\s+)?"
    r"(?:fiscal\s+)?(?:(?P<qw>first|second|third|fourth)[\s-]quarter\s+(?:of\s+)?|Q(?P<qn>[1-4])\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?:较|相比|对比)(?P<y2>(?:19|20)\d\d)年"
    r"|(?<![A-Za-z])(?:above|below|versus|vs\.?|over|compared (?:to|with)|relative to|from)\s+(?:the\s+)?"
    r"pre-?(?:COVID|pandemic|crisis)(?:-19)?(?![A-Za-z])",
    re.IGNORECASE,
))))
"""A change over more than a year ("a two-year stack of 41.3%", "up 27% compared to the third
quarter of 2019" in 2021; "off 29% versus the first quarter of 2020" in a third quarter 2021): neither YoY nor QoQ."""
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BEYOND_FIGURE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:above|below|ahead of|better than|short of|over|under|beat(?:ing)?|versus|vs\.?)\s+"
    r"(?:the\s+)?(?:(?:high|low|top|upper|lower|bottom)[\s-]end\s+of\s+|midpoint\s+of\s+)?(?:our\s+|the\s+|its\s+)?"
    r"(?:prior\s+|previous\s+|original\s+)?(?:guidance|outlook|expectations?|consensus|forecast|guided range|range)(?![A-Za-z])"
    r"|\s*(?:[\w-]+\s+){0,2}?(?:regulatory|required|minimum)\s+(?:requirement|minimum|level)"
    r"|\s*beat(?![A-Za-z])"
    r"|\s*(?:of\s+)?(?:negative|positive|adverse|unfavou?rable|favou?rable|net|one-time|estimated)?\s*"
    r"(?:impact|headwind|tailwind|hit|drag)s?\s+(?:to|on|from)(?![A-Za-z])"
    r"|\s*的?(?:正面|负面|正向|负向|不利|有利|一次性)(?:的)?(?:影响|冲击)|\s*(?:大关|关口)",
    re.IGNORECASE,
)
"""Right after a figure: it is a difference from guidance or a rule ("$22 million above the high end of
our guidance", "the 100 percent regulatory requirement"), an effect on a figure ("带来的1.9个百分点正面影响")
or a threshold passed ("突破千亿元大关"), not a figure of the business."""
_FX_BASIS = re.compile(
    r"\s*(?:\)|）)?\s*(?:,?\s*(?:year[\s-](?:over|on|to)[\s-]year|yoy|y/y|sequentially|"
    r"(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|over|from)\s+(?:the\s+)?(?:prior|last|previous|same)\s+"
    r"(?:year(?:'s|’s)?\s+)?(?:year|quarter|period)(?:\s+(?:last|a)\s+year)?|(?:compared\s+(?:to|with)|versus)\s+last\s+year)"
    r"\s*,?\s*)?"
    r"(?:in|at|on an?)\s+(?:(?P<local>local)|constant|fixed)[\s-]currenc(?:y|ies)(?:\s+basis)?|"
    r"\s*,?\s*(?:excluding|ex-?)\s+(?:the\s+(?:impacts?|effects?)\s+of\s+)?(?:foreign[\s-]exchange|FX|currency|"
    r"(?:the\s+)?(?:stronger|weaker)\s+(?:U\.S\.\s+)?dollar)"
    r"(?:\s+(?:impacts?|effects?|translation|movements?|changes))?(?![A-Za-z-])|"
    r"\s+on\s+an?\s+(?:FX|currency)[\s-]neutral\s+basis|"
    r"\s*,?\s*(?:operationally|on\s+an?\s+operational\s+basis)(?![A-Za-z])|"
    r"\s*[（(]?\s*按固定汇率(?!(?:计算)?\s*(?:为|是)?\s*[-+]?\d)(?:计算)?",
    re.IGNORECASE,
)
"""Right after a figure (and the comparison it names): it is measured in local or constant currency ("or 5% in
local currency", "up 11% year-over-year in constant currency", "an increase of 9% operationally", the growth
without currency moves)."""
_IMPACT_EXCLUDED = re.compile(
    r"(?<![A-Za-z])(?:excluding|ex-|adjusting\s+for)\s+(?:its|their|this|that|the|these|those)\s+"
    r"(?:impacts?|effects?)(?![A-Za-z])(?!\s+of\s)",
    re.IGNORECASE,
)
"""An exclusion of an impact named before ("excluding its impact", "adjusting for that effect")."""
_IMPACT_EXCLUDED = fast(_IMPACT_EXCLUDED)
_CURRENCY_MOVE = re.compile(
    r"(?<![A-Za-z])(?:(?:U\.S\.\s+)?dollar|currenc(?:y|ies)|foreign\s+exchange|exchange\s+rates?|FX)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A currency or its rate, the thing whose impact an exclusion right after it leaves out."""


def _currency_excluded(text: str, s0: int, at: int) -> bool:
    """Whether the sentence before a figure leaves out the impact of a currency it has just named ("the U.S. dollar
    has strengthened, and excluding its impact, revenue was $1.33 billion") or opens by leaving out currency moves
    (``_FX_EXCLUDED_LEAD``): a constant-currency figure."""
    if _FX_EXCLUDED_LEAD.match(text, s0, at):
        return True
    ex = _IMPACT_EXCLUDED.search(text, s0, at)
    return ex is not None and _CURRENCY_MOVE.search(text, max(s0, ex.start() - 120), ex.start()) is not None


_FX_SENTENCE_END = re.compile(
    r"(?:[^.;!?]|\.\d){0,120}?,\s*(?:all\s+)?(?:in|at|on\s+an?)\s+(?:(?P<local>local)|constant|fixed)[\s-]currenc(?:y|ies)(?:\s+basis)?\s*(?:[.!?]|$)",
    re.IGNORECASE,
)
"""The close of a sentence that puts all its figures in local or constant currency ("Consolidated revenue fell 12% to
$4 billion and fee revenue declined 23% to $1.4 billion, in local currency.")."""
_BASIS_LEAD = re.compile(
    r"\s*(?:(?:and|so|now|also|again)\s*,?\s+)?(?:on\s+an?|in)\s+(?P<organic>(?:organic|underlying)\s+)?"
    r"(?P<fx>(?:(?P<local>local)|constant|fixed)[\s-]currenc(?:y|ies)\s*|(?:FX|currency)[\s-]neutral\s*)?(?:basis|terms)?\s*,",
    re.IGNORECASE,
)
"""A sentence opening that puts its figures on an organic or constant-currency basis ("On an organic
basis, revenue increased 9%", "In constant currency, sales grew 5%")."""
_ORGANIC_AFTER = re.compile(r"\s*,?\s*(?:organically|on an? (?:organic|underlying|core) basis)(?![A-Za-z])", re.IGNORECASE)
"""Right after a growth rate: it is organic growth ("sales grew 11% organically")."""
_FX_BEFORE = re.compile(r"按固定汇率(?:计算)?(?:为|是)?\s*$")
_SEGMENT_KIND_AFTER = re.compile(r"\s+(?:segment|division)(?![A-Za-z])", re.IGNORECASE)
"""After a unit's name: the word that says it is a reporting segment ("The Americas segment comprised ...")."""
_RESULTS_TURN = re.compile(
    r"\s*(?:(?:now|so|next|and|with\s+that)\b[^.,;]{0,30}?\s*,?\s+)?"
    r"(?:(?:let\s+me|let's|let\s+us|I'?ll|I\s+will|we'?ll|we\s+will)\s+(?:now\s+)?)?"
    r"(?:(?:turn(?:ing)?|mov(?:e|ing)|go(?:ing)?)\s+(?:now\s+)?(?:on\s+)?to|review|discuss|walk\s+through|look(?:ing)?\s+at)"
    r"\s+(?:our|the)\s+"
    r"(?:(?:consolidated|overall|financial|quarterly|total\s+company|company's|group's|regional|first|second|third|fourth|"
    r"[a-z]+-quarter|quarter|full[\s-]year)\s+)*(?:results|financials|performance)\b",
    re.IGNORECASE,
)
"""A sentence that turns the talk to the whole company's results ("Turning to our financial results.", "Looking at our
regional results."): a business line named before is no longer the subject."""


def _ends_by_turn(extractor: _Extractor, para: _Paragraph, s0: int, e0: int) -> bool:
    """"Now moving on to the rest of the P&L.", "Turning to margins.": the talk moves to no business line."""
    return phrases.en_shifts_away(para.text[s0:e0])


def _ends_by_whole(extractor: _Extractor, para: _Paragraph, s0: int, e0: int) -> bool:
    """"Overall, ...", "On a consolidated basis, ...", "Our Q1 results included ...": the sentence speaks of the
    whole company."""
    return _WHOLE_LEAD.match(para.text, s0) is not None or _OUR_RESULTS_LEAD.match(para.text, s0) is not None


def _ends_by_own_metric(extractor: _Extractor, para: _Paragraph, s0: int, e0: int) -> bool:
    """"Our SG&A expense in the quarter was $703 million": a sentence opening on the company's own metric,
    naming no unit before it."""
    if _OUR_START.match(para.text, s0) is None:
        return False  # (first: most sentences open otherwise, and a paragraph's metrics need not be looked up then)
    first = next((h for h in para.metrics if s0 <= h.start < e0), None)
    if first is None or any(s0 <= h.start < first.start for h in para.subjects):
        return False
    return _OUR_METRIC_LEAD.search(para.text[s0 : first.start]) is not None


_OUR_START = re.compile(r"\s*(?:(?:and|so|also|but|now)\s*,?\s+)?our\s", re.IGNORECASE)
"""A sentence that opens on "our" (not "..., our" inside a clause about a unit)."""
_LINE_ENDS: tuple[Callable[[_Extractor, _Paragraph, int, int], bool], ...] = (
    _ends_by_turn,
    _ends_by_whole,
    _ends_by_own_metric,
)
"""English: what ends the business line carried from earlier sentences for the sentences after it."""
_IN_THE_QUARTER = re.compile(r"(?<![A-Za-z])(?:in|during|over)\s+the\s+(?:quarter|three\s+months)(?![A-Za-z])", re.IGNORECASE)
"""A balance's change said to happen within the quarter ("equity increased $164 million in the quarter")."""
_FROM_QUARTER_END = re.compile(
    r"\s*(?:(?:declines?|decreases?|increases?|drop|growth|lower|higher|less|more)\s+)?(?:from|than|versus|vs\.?|compared\s+(?:to|with))"
    r"\s+(?:\$\d[\d,.]*(?:\s+(?:million|billion))?(?:\s+per\s+share)?\s+)?(?=\S)",
    re.IGNORECASE,
)
"""After a balance's change: the point it is measured from, before that point's period ("down 5% from the end
of Q2", "a 5.6% decline from $10.78 per share at June 30th")."""
_AT_END_OF = re.compile(r"(?:(?:at|as\s+of)\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?", re.IGNORECASE)
"""Before the period of the point a balance's change is measured from ("at the end of the second quarter")."""
_FX_NAMED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:(?P<local>local)|constant|fixed)[\s-]currency|(?:currency|FX)[\s-]neutral)\s+(?:organic\s+)?$",
    re.IGNORECASE,
)
"""A measure named at constant currency by the words right before it ("constant currency revenue", "currency-neutral
revenue growth")."""
_FX_AT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:at|in|on\s+an?)\s+(?:(?P<local>local)|constant|fixed)[\s-]currenc(?:y|ies)(?:\s+basis)?\s+"
    r"(?:was|were|grew|rose|fell|increased|decreased|declined|improved|is|are)\s+(?:(?:by|about|approximately|roughly|"
    r"nearly|almost)\s+)?$",
    re.IGNORECASE,
)
"""Between a measure and its rate: the basis the move is stated on, then the verb ("NOI at constant currency grew
3.2%"; a basis set off by a comma ends an aside, "which is calculated on a constant currency basis, was 4.9%", that
says how the measure itself is kept)."""


def _fx_at(
    text: str, hit: _Hit, m: NumberMention, mentions: Sequence[NumberMention], hits: Sequence[_Hit]
) -> re.Match[str] | None:
    """The basis named between a measure and its first rate ("NOI at constant currency grew 3.2%"), for that rate and
    the rates of the same unit after it that no other measure's name comes between."""
    lead = next((x for x in mentions if x.start >= hit.end), None)
    if lead is None or lead.start > m.start or any(hit.end <= h.start < m.start for h in hits if h is not hit):
        return None
    if any(lead.start <= x.start <= m.start and x.unit != m.unit for x in mentions) or ";" in text[hit.end : m.start]:
        return None
    return _FX_AT_BEFORE.search(text, max(hit.end, lead.start - 60), lead.start)


_FX_CHANGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<local>local)|constant|fixed)[\s-]currency\s+(?:increase|decrease|decline|growth|gain|rise|drop)"
    r"\s+of\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
"""Right before a rate: the change it is, named at constant currency ("a constant currency decrease of 3.7%")."""
_IMPROVED = re.compile(r"(?<![A-Za-z])improv\w*|改善|好转", re.IGNORECASE)
_IMPROVEMENT_AFTER = re.compile(r"\s+(?:of\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?improvements?(?![A-Za-z])", re.IGNORECASE)
"""Right after a change figure: the measure and the noun "improvement" ("230 basis points of operating ratio
improvement"), so a measure where lower is better fell."""
_REACHED_LEVEL = re.compile(r"\s+to\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+|roughly\s+)?", re.IGNORECASE)
"""Between a change and the level it reached ("increased 10% to $658 million")."""
_BRACKET_OPEN = re.compile(r"\s*[(（]\s*")
"""Between an amount and the figure in brackets right after it ("$30.5 million ($0.70 per share)")."""
_OR_PAIR = re.compile(
    r"\s*or\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE
)


_HYPOTHETICAL = re.compile(
    r"(?<![A-Za-z])would(?:\s+(?:actually|likely|still|also|otherwise|only))?\s+(?:have|be|achieve|reach|represent|result|add|"
    r"equate|mean|generate|translate|yield|produce|create|increase|reduce|lower|raise)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:absent|hypothetically|assuming)(?![A-Za-z])|如果|假如|假设|倘若|假若|网传|传闻|据传|坊间传"
    r"|(?<![A-Za-z])if\s+(?:[\w'’-]+\s+){0,4}?(?:were|had\s+been|was\s+to|went|moved|rose|fell)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A counterfactual ("would have been", "absent the currency effects", "如果") or a rumour ("网传公司…"): not a fact."""
_HYPOTHETICAL = anchored(_HYPOTHETICAL)
_SENSITIVITY = re.compile(
    r"(?<![A-Za-z])(?:every|each)\s+(?:additional\s+|incremental\s+|further\s+)?"
    r"(?:[$€£]\s?\d|\d[\d.,]*\s?(?:%|percent|percentage points?|basis points?|bps|cents?)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""A rule of thumb ("every $100 million of new investments adds about 1% to our earnings", "each 1% increase in
collections equates to $500,000 a quarter"): every figure of its sentence is a sensitivity, not a result."""
_NEGATED = Sifted(re.compile(
    r"(?:难以|无法|不会|未能|不能|很难|难)(?:再)?(?:达到|实现|超过|突破|维持|回到)[^，。；;]{0,12}$"
    r"|(?<![A-Za-z])(?:(?:do|does|did|would|will|could|should)\s+not|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t"
    r"|can['’]t|cannot|never|no\s+longer)\s+(?:(?:currently|necessarily|really|yet)\s+)?"
    r"(?:expect|anticipate|forecast|project|plan|intend|see|assume|think|believe|guide|target|reach|achieve|hit|get\s+to)"
    r"(?![A-Za-z])[^.;:!?]{0,60}$",
    re.IGNORECASE,
))
"""A figure the sentence says is not expected or not reached ("增速难以达到20%", "we don't expect margins of
10%"): not a fact."""
_FIRM_ANNOUNCES = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:发布公告|公告称|公告|宣布|披露)")
"""A firm that makes the sentence's announcement ("华岭电气公告称"): the firm whose figures the sentence gives."""
_FIRM_ANNOUNCES_NOT = re.compile(r"^(?:[同当今昨]日|同时|此外|另外|另据|据|其|该|本|公司|集团|并|还|亦|也|又)")


_CODED_ANNOUNCER = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)\s?[(（]\s?\d{4,6}(?:\.(?:HK|SH|SZ|BJ))?\s?[)）]\s?"
    r"(?:[同今昨当]日|日前|晚间)?(?:公布|公告|宣布|披露|发布|表示)"
)
"""A listed firm written with its code that makes the sentence's announcement ("濠晉娛樂(1196)同日公布")."""


def _another_announcer(text: str, sentence: tuple[int, int], m: NumberMention, subject: str) -> bool:
    """Whether a firm named by its legal name in an earlier sentence is carried to a figure whose own sentence names
    another firm announcing it: a legal name binds the figures of its own sentence only."""
    if not _LEGAL_NAME.fullmatch(subject) or subject in text[sentence[0] : m.start]:
        return False
    for a in _FIRM_ANNOUNCES.finditer(text, sentence[0], m.start):
        name = a.group("name")
        lead = _FIRM_ANNOUNCES_NOT.match(name)
        name = name[lead.end() :] if lead else name
        if len(name) >= 2 and name not in subject and not name.endswith("公司"):
            return True
    return False


_REPORT_PERIOD_ESTIMATE = re.compile(r"[预預][计計](?:本)?[报報]告期")
"""A forecast word on the period a notice reports on, already closed ("预计报告期内…影响金额约为"): an estimate of a result."""
_CURRENT_LEVEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:our|a|the|its|their)\s+current\s+"
    r"(?!(?:fiscal\s+)?(?:quarter|year|period|month|half)\b)"
    r"(?P<gap>(?:[\w&/-]+\s+){0,5}?)(?:(?:of|at|is|was|stands\s+at)\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|around\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: a level the business has now ("with a current weighted average loan-to-value ratio of 62%",
"in excess of our current $297 million of cash"), no forecast whatever outlook the sentence gives around it."""
_FORECAST_NOUN_IN_GAP = re.compile(
    r"\b(?:guidance|outlook|forecasts?|expectations?|estimates?|targets?|goals?|plans?|projections?|budget|"
    r"assumptions?|consensus|range)\b",
    re.IGNORECASE,
)
"""A forecast's noun after "current" ("our current guidance of $5.70"): the figure is that forecast's."""
_ESTIMATING = re.compile(r"estimat(?:e|es|ing)", re.IGNORECASE)
"""A forecast word that also sizes a level of now ("we estimate our leverage is approximately 5.4x")."""
_ESTIMATED_NOW = re.compile(
    r"(?:(?!\b(?:will|would|could|should|to\s+be|going|expect\w*|anticipat\w*|quarter|year|fiscal|month|next|"
    r"Q[1-4]|20\d\d|by|through|once|when|after|need\w*|requir\w*|target\w*|goal\w*|optimal|appropriate)\b)"
    r"[^.;:!?])*?"
    r"\b(?:is|are|was|were|stands\s+at|stood\s+at)\s+(?:currently\s+|now\s+|already\s+)?"
    r"(?:(?:approximately|about|roughly|around|nearly|at)\s+)?",
    re.IGNORECASE,
)
"""Between "estimate" and a figure: a present or past verb with no date ahead ("we estimate our leverage is
approximately 5.4x"): the size of a level now, no forecast; a level the company needs or aims at ("we estimate that our
capital need is around 11%") stays its standing target."""
_STANDING_ESTIMATE_BEFORE = re.compile(r"(?<![A-Za-z])(?:continue|continues|still)\s+(?:to\s+)?$", re.IGNORECASE)
"""Right before "estimate": an estimate the company keeps ("we continue to estimate that ..."), a standing view."""


def _current_level(text: str, lo: int, at: int) -> bool:
    """Whether the figure at ``at`` is a level "current" marks as today's (``_CURRENT_LEVEL_BEFORE``), with no forecast
    word between."""
    if text.find("current ", lo, at) < 0 and text.find("Current ", lo, at) < 0:
        return False
    found = _CURRENT_LEVEL_BEFORE.search(text, max(lo, at - 80), at)
    return (
        found is not None
        and _FORECAST_NOUN_IN_GAP.search(found.group("gap")) is None
        and next(_guidance_marks(text, found.start(), at), None) is None
    )
_MARKET_AGGREGATE = re.compile(
    r"上市公司|上市櫃公司|上市柜公司|上櫃公司|上柜公司|A股公司|全体企业|全體企業|全市场|全市場|两市|兩市|大盘|大盤|市场整体|市場整體"
)
"""A subject that is every listed firm together ("全体上市公司", "台股上市櫃公司"): market statistics, no firm's fact."""
_MARKET_COUNT = re.compile(r"(?:A股|港股|美股|台股|两市|兩市|沪深|滬深|北交所|科创板|科創板|创业板|創業板)[^。；;]{0,16}?\d[\d,]*家")
"""A market and a count of its firms ("A股今年前三季度共有5300家公司"): their total is a market statistic."""
_CONSENSUS = Sifted(anchored(re.compile(
    r"(?:市场|分析师|彭博|路透|华尔街|机构|业界)[^，。；;,]{0,8}(?:预期|预测|预估|估计|共识|一致预期)(?:的|为)?\s*$"
    r"|(?<![A-Za-z])(?:consensus(?: estimates?)?|analysts?['’]? (?:estimates?|expectations?|forecasts?)|"
    r"(?:Wall )?Street (?:estimates?|expectations?)|Refinitiv(?: IBES)? estimates?|FactSet estimates?)"
    # ("a consensus estimate of GAAP earnings of 37 cents a share": the measure estimated, then its figure)
    r"(?:\s+of\s+(?:[A-Za-z&-]+\s+){0,3}?(?:earnings|EPS|revenues?|sales|profit|income)\s+of)?"
    r"(?:\s+(?:of|at|was|were|for))?\s*$",
    re.IGNORECASE,
)))
"""Another party's estimate ("勝於市場預期的660億元", "versus the consensus of $1.20"): not the company's figure."""
_CONSENSUS_VERB = Sifted(re.compile(
    r"(?<![A-Za-z])(?:analysts?|Wall Street|the Street|economists)(?![A-Za-z])[^.;:!?]{0,40}?"
    r"(?<![A-Za-z])(?:had |have |were |are |was )?(?:on average )?"
    r"(?:expect(?:ed|ing|s)?|estimat(?:ed|ing|es?)|forecast(?:ed|ing|s)?|project(?:ed|ing|s)?|predict(?:ed|ing|s)?|"
    r"anticipat(?:ed|ing|es?)|look(?:ed|ing) for|penciled in|pencilled in)(?![A-Za-z])[^.,;:!?$€£¥\d]{0,60}$"
    r"|(?<![A-Za-z])(?:beat(?:ing|s)?|miss(?:ed|ing|es)?|top(?:ped|ping|s)?|exceed(?:ed|ing|s)?|above|below|"
    r"short of|ahead of|in line with|compared with|versus|vs\.?)\s+(?:the\s+)?(?:average\s+|mean\s+|consensus\s+)?"
    r"(?:analyst\s+|analysts['’]?\s+|market\s+)?(?:estimates?|expectations?|forecasts?|projections?)"
    r"(?:\s+(?:of|at|for))?\s*$",
    re.IGNORECASE,
))
"""Before a figure in a news story: what analysts expected ("Analysts had expected revenue of $22.8
billion", "beating estimates of 45 cents"), another party's estimate, not the company's figure."""
_CONSENSUS_PAIR_BEFORE = Sifted(re.compile(
    r"(?<![A-Za-z])(?:analysts?|Wall Street|the Street|consensus|estimates?|expectations?|forecasts?)(?![A-Za-z])"
    r"(?:(?!\bwith\b)[^.;!?,$]){0,110}?-?\$?\d[\d.,]*\s*(?:cents\s+)?(?:in\s+)?(?:earnings\s+|EPS\s+)?(?:per|a)\s+share"
    r"\s+(?:on|and)\s+(?:(?:an?\s+)?(?:total\s+)?(?:revenues?|sales)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
))
"""Before the second figure of an estimate of earnings and revenue ("Analysts were forecasting earnings of $2.91 per
share on revenue of $10.60 billion", "a consensus of 1.12 Earnings Per Share and $1.67 billion revenue"): the revenue
is the same party's estimate."""
_CONSENSUS_BY_AFTER = re.compile(
    r"\s+(?:(?:in|of)\s+[a-z]+\s+)?(?:expected|estimated|forecast|forecasted|projected|anticipated|predicted)\s+by\s+"
    r"(?:the\s+)?(?:analysts?|Wall Street|the Street|economists)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a figure: analysts expected it ("versus the $5.59 billion expected by analysts"): their estimate."""
_CONSENSUS_SOURCE_AFTER = re.compile(
    r"[^.;:!?\d]{0,24}?,?\s*(?:according to|per|based on|citing)\s+(?:the\s+)?(?:average\s+of\s+)?"
    r"(?:LSEG|Refinitiv|FactSet|Zacks|Bloomberg|Visible Alpha|IBES|I/B/E/S|S&P Global|Capital IQ|"
    r"analysts?|a (?:Reuters |Bloomberg )?poll|a survey|consensus|Wall Street)",
    re.IGNORECASE,
)
"""After a figure: its source is an estimates vendor or a poll ("$22.8 billion, according to LSEG
data"): a consensus estimate, not a reported figure."""
_UNSURE_AFTER = re.compile(
    r"\s?[\[(](?:phonetic|ph|indecipherable|inaudible|unintelligible|sic|technical (?:difficult(?:y|ies)|issues?))[\])]",
    re.IGNORECASE,
)
"""Right after a figure: the transcriber's mark that it was not heard clearly ("$1.1 [Phonetic]") or was
misspoken ("27.5% (sic) $27.5 million"): the figure is not the one the company reports."""
_FLAT_TO = re.compile(
    r"持平(?:至|到)(?:增长|成长|上升)?\s*$|(?<![A-Za-z])flat to (?:up )?(?:about )?$", re.IGNORECASE
)
_ORGANIC_ITEMS = re.compile(
    r"\s*(?:the\s+(?:impacts?|effects?)\s+of\s+)?(?:(?:foreign\s+)?(?:currency|exchange|FX)(?:\s+(?:translation|rates?|effects?|impacts?))?"
    r"|acquisitions?|divestitures?|M&A|dispositions?)"
    r"(?:\s*,?\s*(?:and\s+)?(?:(?:foreign\s+)?(?:currency|exchange|FX)(?:\s+(?:translation|rates?|effects?|impacts?))?"
    r"|acquisitions?|divestitures?|M&A|dispositions?))*\s*(?:,|$)",
    re.IGNORECASE,
)
"""After "excluding": only currency and portfolio changes, the definition of organic growth."""
_TO_FLAT_AFTER = re.compile(r"\s+(?:(?:decline|decrease|drop|down)\s+)?to\s+(?:roughly\s+|about\s+)?flat(?![A-Za-z])", re.IGNORECASE)
_BUYBACK_NAMES = frozenset({"buyback"})
_SHARES_FOR = re.compile(r"(?<![A-Za-z])shares\s+(?:for|at)\s+(?:an\s+average\s+(?:price\s+)?of\s+)?$", re.IGNORECASE)
"""Right before a price: the shares it was paid for ("we repurchased 10.1 million shares for $10.35 per share")."""
_AMOUNT_AT = re.compile(
    r"\d\s*(?:million|billion|thousand)?\s+at\s+(?:an\s+average\s+(?:price\s+)?of\s+)?$", re.IGNORECASE
)
"""Right before a price: the sum paid for shares ("1.1 million shares for a cost of $13 million at $11.74 per share")."""
_PRICE_AT = re.compile(r"(?<![A-Za-z])at\s+(?:an\s+average\s+(?:(?:gross\s+|net\s+)?price\s+)?of\s+)?$", re.IGNORECASE)
_SHARES_SOLD = re.compile(
    r"(?<![A-Za-z])(?:sell|sold|selling|issu(?:e|ed|ing|ance)|offering|at-the-market|ATM)(?![A-Za-z])"
    r".{0,80}?(?<![A-Za-z])(?:common\s+|ordinary\s+|new\s+)?(?:shares|stock|units)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:shares|stock|units)(?![A-Za-z]).{0,80}?(?<![A-Za-z])(?:sold|issued)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence about selling new shares: a price per share in it is what they sold for."""
_REPURCHASED = re.compile(
    r"(?<![A-Za-z])(?:repurchas\w*|bought back|buy(?:ing)? back|buybacks?"
    r"|(?:purchased|bought)\s+(?:approximately\s+|about\s+)?[\d.,]+\s*(?:million\s+|thousand\s+)?(?:of\s+)?(?:our\s+)?"
    r"(?:common\s+)?(?:shares|stock))(?![A-Za-z])",
    re.IGNORECASE,
)
"""In a sentence about buying back shares, the price paid is the average repurchase price, no market price."""
_AUTHORIZED = re.compile(
    r"authori[sz]|authority|授权|额度|回购计划|repurchase program|buyback program"
    # "预计回购金额 5,000万元~10,000万元": the amount a buyback's plan sets
    r"|(?:预计|拟)回购(?:资金|金额|资金总额)"
    # "$500 million available under the program": what the buyback program still allows
    r"|(?:under|of|in)\s+(?:the|our|its)\s+(?:current\s+|existing\s+)?(?:program|plan)(?![A-Za-z])",
    re.IGNORECASE,
)
_AUTHORIZATION_OF = re.compile(
    r"authori[sz]ation\s+(?:of|for|totaling|totalling)\s+(?:up to\s+|approximately\s+|about\s+)?$", re.IGNORECASE
)
_SIZES_PROGRAM_AFTER = re.compile(
    r"\s+(?:(?:share|stock)\s+)?(?:(?:repurchase|buyback)\s+)?(?:program|plan|authori[sz]ation)(?![A-Za-z])", re.IGNORECASE
)
"""Right after an amount: the buyback program it sizes ("the $1.5 billion program"), not money spent on buybacks."""
_LEFT_AFTER = re.compile(r"\s+(?:still\s+)?(?:remaining|left|available|unused)(?![A-Za-z])", re.IGNORECASE)
_REMAINING = re.compile(
    r"(?<![A-Za-z])(?:remaining|remain|left|available|unused)(?![A-Za-z])|尚余|剩余|仍有", re.IGNORECASE
)
_DEALT_AMOUNT_BEFORE = re.compile(r"成交(?:总)?金额(?:为|是|合计)?\s?$")
"""Right before an amount: what trades came to ("成交总金额为…"); in a sentence on a buyback, the money it spent."""
_BUYBACK_SHARES_BEFORE = re.compile(r"回购(?:公司)?股份\s?$")
"""Right before a count of shares: they are the ones bought back ("回购公司股份3,862,400股")."""
_BOUGHT_BACK_BEFORE = re.compile(r"回购(?:公司)?股份\s?[\d,.]+\s?万?股")
"""Earlier in the sentence: a number of shares bought back ("回购公司股份3,862,400股")."""
_SHARES_AFTER = re.compile(
    r"\s*(?:股|万股|亿股|(?:million |billion |thousand )?(?:common |ordinary |class [AB] )?(?:shares|ADSs?|ADRs?)\b)",
    re.IGNORECASE,
)


_PART_OF_CHANGE = re.compile(
    r"\s+of\s+(?:the|this|that|our|its|their)\s+(?:[\w-]+\s+){0,3}?(?:declines?|decreases?|increases?|expansion|"
    r"improvements?|contraction|changes?|growth|reductions?|drops?|compression|deterioration|uplift|gap|variance|"
    r"difference|shortfall|outperformance)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure: it is a part of a change ("80 basis points of the gross margin decline"), not a
figure of the business."""
_THRESHOLD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:clients|customers|deals|accounts|contracts|relationships|members|tenants)\s+with\s+(?:[\w-]+\s+){0,3}?"
    r"(?:over|above|more than|greater than|exceeding|in excess of|of at least|at least)\s+$",
    re.IGNORECASE,
)
"""Before a figure: the threshold of a count ("20 clients with bookings over $100 million"), no figure of the business."""
_RECORD_MARGIN = re.compile(
    r"(?<![A-Za-z])(?:exceed\w*|surpass\w*|beat\w*|top\w*)\s+(?:the\s+|our\s+|its\s+)?(?:previous|prior|old|last|former)\s+"
    r"(?:[\w-]+\s+)?record\s+by\s+(?:more than\s+|over\s+|about\s+|approximately\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_RECORD_MARGIN_AFTER = re.compile(
    r"\s+(?:higher|more|above|greater|larger|bigger)\s+than\s+(?:the\s+|our\s+|its\s+)?(?:previous|prior|old|last|former)\s+"
    r"(?:[\w-]+\s+)?record(?![A-Za-z])",
    re.IGNORECASE,
)
"""Around a figure: how far a result beat an earlier record ("exceeding the previous record by more than $1 billion",
"$800 million higher than our previous record"), a difference, no figure of the period."""
_NORM_BEFORE = Sifted(re.compile(
    r"(?<![A-Za-z])(?:historical(?:ly)?|historic|typical(?:ly)?|pre-pandemic|long[\s-]run|"
    r"(?:\d{1,2}|two|three|five|ten|twenty)[\s-]year\s+(?:(?:quarterly|annual|historical)\s+)?average)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|at|around|near|is|are|was|were|runs?|ran|in the range of|range of)?\s*"
    r"(?:approximately\s+|about\s+|roughly\s+|around\s+)?$",
    re.IGNORECASE,
))
"""Before a figure: a norm ("our historical decrementals of 35% to 40%", "typical seasonal growth of around
one percent", "our 10-year average same-property NOI growth was 3.6%"), not a figure of the period."""
_STACK_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:two|three|four|2|3|4)[\s-]year(?:s)?[\s-](?:stack(?:ed)?|basis|comps?|comparisons?|growth|CAGR)"
    r"(?:\s+[\w-]+){0,2}\s+(?:of\s+)?(?:approximately\s+|about\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
"""Before a figure: a change over several years ("an accelerated two-year stack of 41.3%")."""
_PER_PLACE_BEFORE = re.compile(
    r"(?<![A-Za-z])per\s+(?:key|door|bed|(?:occupied\s+)?room|store|site|employee|"
    r"(?:rentable\s+|buildable\s+|leased\s+|occupied\s+)?(?:square\s+)?(?:foot|feet))\s+"
    r"(?:of\s+|was\s+|is\s+|were\s+|at\s+|came\s+in\s+at\s+)?(?:(?:approximately|about|roughly|around|over|nearly|an?)\s+)*$",
    re.IGNORECASE,
)
"""Right before a figure: a metric per key, room or square foot ("EBITDA per key of $185,000"), a measure of one
unit of property that the metric's total is not."""
_PER_PLACE_BEFORE = fast(_PER_PLACE_BEFORE)
_DRAWN = re.compile(r"(?<![A-Za-z])(?:drawn|outstanding|borrowed|borrowings|draws?)(?![A-Za-z])", re.IGNORECASE)
"""Between an amount and a credit facility: the amount is borrowed under it."""
_PER_UNIT_AFTER = re.compile(
    r"\s?(?:per|a|/)\s?(?:(?:net|gross|rentable|leasable|usable|buildable|occupied|available)\s+)?"
    r"(?P<unit>acre|lot|square\s+f(?:oo|ee)t|sq\.?\s?ft|ton(?:ne)?|barrel|bbl|boe|mcf|mmbtu|ounce|oz|pound|lb|gallon|"
    r"unit|home|door|room|key|bed|night|MWh|kWh|megawatt[\s-]hour|head|vehicle|piece|package|visit|patient)s?(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a sum of money: the unit it is a price or rate for ("$5,100 per acre", "$446 per square foot")."""
_PER_UNIT_METRICS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    # (unit after the figure, words before it in its clause, metric): the first row that fits names the figure
    (re.compile(r"square", re.IGNORECASE), re.compile(r"(?<![A-Za-z])(?:sales|productivity)(?![A-Za-z])", re.IGNORECASE),
     "sales per square foot"),
    (re.compile(r"barrel|bbl|boe|mcf|mmbtu|ounce|oz|pound|lb|gallon|ton", re.IGNORECASE),
     re.compile(r"(?<![A-Za-z])(?:realiz\w*|pric(?:e|es|ed|ing))(?![A-Za-z])", re.IGNORECASE), "realized price"),
    (re.compile(r"."), re.compile(r"(?<![A-Za-z])(?:pric(?:e|es|ed|ing)|sold)(?![A-Za-z])", re.IGNORECASE),
     "average selling price"),
)
"""What a sum per unit measures, by the words before it: a price or a rate of one unit, never a total."""


_ITEM_IN_OR_OUT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:excluding|excludes|exclusive\s+of|net\s+of|before|absent|including|inclusive\s+of|ex|"
    r"adjusting\s+for|adjusted\s+for)\s+(?:[\w-]+\s+){0,2}|(?:includes|included|include)\s+the\s+)$",
    re.IGNORECASE,
)
"""Before an item's amount: a result named with or without it ("excluding the $135 million net benefit", "which
includes the $135 million net benefit"), the item is no fact of its own there."""
_LEFT_UNDER_METRICS = frozenset({"credit facility", "buyback", "buyback authorization"})
"""Metrics an amount can be left under ("$380 million remaining under our buyback authorization")."""
_FORECAST_WAS = re.compile(
    r"(?<![A-Za-z])(?:(?:we|I|management)\s+(?:had\s+)?(?:originally\s+|initially\s+|previously\s+)?"
    r"(?:expected|guided|forecasted|projected|anticipated|estimated)|(?:guidance|outlook|forecast|plan)\s+had\s+"
    r"(?:called\s+for|assumed|anticipated|expected|contemplated|been))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before a figure: a forecast the company made before, in the past tense ("At the start of the year, we expected",
"Our guidance had called for")."""
_FORECAST_NOW = re.compile(
    r"(?<![A-Za-z])(?:expect|expects|expecting|anticipate|anticipates|see|sees|project|projects|guide|guiding|"
    r"estimate|estimates|forecasting|raising|lowering|narrowing|increasing|reaffirm\w*|reiterat\w*)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A forecast made now ("but now expect")."""


_NOW_EXPECT_JUST_BEFORE = re.compile(
    r"(?<![A-Za-z])now\s+(?:expect|see|anticipate|project|forecast|guide\s+to)\s+"
    r"(?:(?:approximately|about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure that names no metric: the forecast as it stands now, after an earlier one ("but now
expect $2.1 billion")."""
_EXPECTED_AFTER = re.compile(
    r"\s+(?:range\s+)?(?:that\s+|which\s+)?(?:we|I|management)\s+(?:had\s+)?(?:originally\s+|initially\s+|previously\s+)?"
    r"(?:expected|guided(?:\s+to)?|forecasted|projected|anticipated|budgeted|estimated"
    # ("the $10.4 million to $12.1 million range that we shared back in July": a range the company gave before)
    r"|(?:shared|gave|provided|issued|communicated|published|laid\s+out|put\s+out)"
    r"(?=\s+(?:back\s+)?(?:in|on|last|at|with|during|earlier|previously)\b))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a figure: the company's earlier expectation named by it ("the $500 million we had expected", "the $10
million to $12 million range that we shared back in July")."""
_VERSUS_BEFORE_EARLIER = re.compile(
    r"\s+(?:range\s+)?,?\s*(?:compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from)\s+"
    r"(?:the\s+|our\s+|a\s+)?(?:(?:prior|previous|earlier)\s+)?",
    re.IGNORECASE,
)
"""Between a figure and the earlier forecast it is set against ("$11.2 million to $12.9 million range compared to
$10.4 million to $12.1 million range that we shared back in July"): the first is the forecast now."""


def _forecast_was(text: str, lo: int, hi: int) -> bool:
    """Whether the last forecast words before a figure are a past forecast's, with no forecast made now after them
    ("We had expected revenue of $2.0 billion, but now expect $2.1 billion": only the first is the earlier one)."""
    said = list(_FORECAST_WAS.finditer(text, lo, hi))
    return bool(said) and _FORECAST_NOW.search(text, said[-1].end(), hi) is None


_IMPLIED_FIGURE_BEFORE = re.compile(
    r"(?<![A-Za-z])impl(?:ies|y|ying)\s+(?:[^.;]|\.(?=\d)){0,40}?\d(?:[^.;]|\.(?=\d)){0,40}?\s+(?:in|for|during|over)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a period: a figure a forecast implies, which the period dates ("which implies $37 million in ")."""
_IMPLIES_JUST_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:which|that|this)\s+(?:would\s+)?impl(?:ies|y)|(?<![A-Za-z])implying)\s+"
    r"(?:(?:approximately|about|around|roughly|an?)\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: it is what a forecast just given leaves for a part of its period ("which implies ")."""


_PERIOD_OF_FIGURE_AFTER = re.compile(r"\s+(?:in|for|during|over)\s+(?:the\s+)?", re.IGNORECASE)
"""Between a figure and the period it is for ("$42 million in the fourth quarter")."""


def _implied_by_guidance(
    text: str,
    sentence: tuple[int, int],
    m: NumberMention,
    earlier: Sequence[Fact],
    period_mentions: Sequence[PeriodMention],
) -> Fact | None:
    """The forecast of the sentence a figure naming no metric of its own is implied by ("guidance of $120 million to
    $125 million, which implies $37 million to $42 million in the fourth quarter"): same kind of figure, just before,
    and the figure's own period named right after it (without one the figure may be anything the range implies)."""
    if _IMPLIES_JUST_BEFORE.search(text, max(sentence[0], m.start - 40), m.start) is None:
        return None
    if not any(
        pm.period is not None and pm.start < sentence[1] and _PERIOD_OF_FIGURE_AFTER.fullmatch(text, m.end, pm.start)
        for pm in period_mentions
    ):
        return None
    before = [f for f in earlier if sentence[0] <= f.start and f.end <= m.start]
    if not before:
        return None
    last = before[-1]
    if not last.metric.endswith(" guidance") or last.basis is not None or fact_class(last) != unit_class(m):
        return None
    return last


_RESULT_AFTER_BASE = re.compile(
    r"\s+(?:(?:per\s+(?:diluted\s+)?share|a\s+share)\s+)?(?:that\s+(?:we|was)\s+)?"
    r"(?:recorded|reported|achieved|delivered|posted|generated|earned)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a comparison base: it is a result the company reached ("from the $1.70 recorded in the third quarter")."""
_MIDPOINT_OR_RANGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:the|our|its|a)\s+(?:(?:current|new|updated|revised|tightened|narrowed)\s+)?"
    r"(?:guidance\s+)?(?:midpoint|range)\s+(?:(?:is|was|of|at)\s+)?(?:now\s+)?(?:between\s+)?"
    r"(?:about\s+|approximately\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: the midpoint or the range of a forecast just given ("keeping the midpoint of 12%", "The
updated range is $2.80 to $2.82")."""


def _midpoint_of_guidance(text: str, sentence: tuple[int, int], m: NumberMention, earlier: Sequence[Fact]) -> Fact | None:
    """The forecast a figure is the midpoint or the new range of, naming no metric of its own: the last forecast of
    the same kind of figure before it, in its sentence or the one before ("same-store revenue growth of 11.5% to
    12.5%, ... keeping the midpoint of 12%"); None when none is, or when the range before compares with another."""
    if _MIDPOINT_OR_RANGE_BEFORE.search(text, max(sentence[0], m.start - 48), m.start) is None:
        return None
    lo = text.rfind(". ", 0, max(0, sentence[0] - 2)) + 1
    before = [f for f in earlier if lo <= f.start and f.end <= m.start and fact_class(f) == unit_class(m)]
    if not before or not before[-1].metric.endswith(" guidance") or before[-1].basis is not None:
        return None
    return before[-1]


_ARTICLE_JUST_BEFORE = re.compile(r"(?<![A-Za-z])(?:a|an|the)\s+$", re.IGNORECASE)
_NAMED_AFTER_AMOUNT = re.compile(
    r"\s+(?:(?:one-time|one-off|nonrecurring|non-recurring|discrete|net|favorable|favourable)\s+)*"
    r"(?:(?P<tax>(?:income\s+)?tax\s+)?benefit(?![A-Za-z])(?!\s+(?:ratio|plan|obligation|payment|expense|cost))"
    r"|(?P<gain>(?:(?:pre-?tax|after-?tax|non-?cash|combined|total)\s+)?gains?)(?![A-Za-z-])(?!\s+(?:in|to|of|for)\s))",
    re.IGNORECASE,
)
"""After "a"/"the" and an amount: the benefit or gain it sizes ("a $10 million benefit from the release of reserves", "a
$12 million tax benefit", "which resulted in a $74 million gain"), a one-off item of the period, named after its amount
(not "a $13 million gain in equity earnings", the rise of another line)."""
_GAIN_OF_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:a|the)\s+(?:(?:combined|total|net|aggregate|pre-?tax|one-time|non-?cash)\s+)*gains?\s+of\s+"
    rf"{_APPROX}$",
    re.IGNORECASE,
)
"""Right before the amount of a gain named first ("we recognized a combined gain of $300,000"): the gain of the period."""
_AVAILABLE_UNDER = re.compile(
    r"\s+(?:(?:still|remaining|currently|now)\s+)?(?:of\s+)?(?:(?:undrawn\s+|unused\s+|remaining\s+|available\s+)?"
    r"(?:availability|borrowing\s+capacity|capacity)|(?:remaining\s+|still\s+|currently\s+)?"
    r"(?:available|undrawn|unused|untapped|remaining|left))\s+(?:for\s+borrowing\s+)?(?:under|on|from|through|via|in)\s+"
    r"(?:our|the|its|their)\s+(?:(?:\$[\d.,]+\s*(?:million|billion)|undrawn|unsecured|senior|secured)\s+)*",
    re.IGNORECASE,
)
"""Between an amount and a credit facility named after it ("$1.2 billion available under our revolver", "$800 million
of availability on the $1 billion line of credit"): the undrawn part of the facility, the company's liquidity."""
_FACILITY_LINK = re.compile(
    r"\s+(?:(?:capacity|size|commitments?|availability)\s+)?(?:of|by|at|from|to|was|is|totaling|totalling)\s+"
    r"(?:[$€£][\d.,]+(?:\s?(?:million|billion))?\s+to\s+)?(?:approximately\s+|about\s+|roughly\s+)?",
    re.IGNORECASE,
)
"""Between a credit facility and the figure that sizes it ("line of credit capacity from $900 million to")."""


def _sized_by_link(text: str, hit: _Hit, m: NumberMention) -> bool:
    """Whether a credit facility named before a figure is linked to it directly ("our credit facility of $500 million",
    "line of credit capacity from $900 million to $1.2 billion"), with nothing else between."""
    return _FACILITY_LINK.fullmatch(text, hit.end, m.start) is not None


def _per_unit_metric(text: str, lo: int, m: NumberMention, found: Metric | None) -> Metric | None:
    """The metric of a sum of money per unit ("an average price of nearly $5,100 per acre"): the metric found for it
    when that is itself a price per unit (RevPAR, a realized price), else the row of ``_PER_UNIT_METRICS`` its words
    name; None when none does (a revenue total is not measured by a price)."""
    unit = _PER_UNIT_AFTER.match(text, m.end)
    assert unit is not None
    if (
        found is not None
        and found.fits("price")
        and found.per_share is None
        and not _is_eps_family(found)
        and found.kind != "market"
        and found.name != "dividend"
    ):
        return found
    for unit_word, before, name in _PER_UNIT_METRICS:
        if unit_word.search(unit.group("unit")) and before.search(text, lo, m.start):
            return lm.metric_by_name(name)
    return None


_GROWTH_AMOUNT_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:(?:organic|revenue|sales|top[\s-]line|year[\s-]over[\s-]year|incremental|additional)\s+)*"
    r"growth(?=\s*(?:[,.;:)]|$)|\s+(?:in|from|of|over|versus|vs|compared|consists|was|is|this|that|for|driven|year|and|at)\b)",
    re.IGNORECASE,
)
"""Right after an amount: it is a growth in money ("growth capex" is spending) ("the $225 million of organic growth"), no level of the metric."""
_GROWTH_IN_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent)?\s*(?:(?:year[\s-]over[\s-]year|organic|sequential|annual)\s+)?"
    r"(?:growth|increase|decline|decrease|rise|gain|drop)\s+in\s+(?:our\s+|the\s+|its\s+)?"
    r"(?P<x>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3})",
    re.IGNORECASE,
)
_NOT_A_LINE = re.compile(
    r"(?:quarter|year|period|month|half|first|second|third|fourth|fiscal|Q[1-4]|FY|each|every|both|all|line|"
    r"constant|local|reported|recent|last|prior|this|that|same|comparison|terms|total|aggregate|part)\b",
    re.IGNORECASE,
)


def _growth_in_another(text: str, m: NumberMention) -> bool:
    """A rate of "growth in" something no metric names ("9% growth in towers", "4% growth in China"): a
    business line's or a region's change, not the company's metric (the clause's metric is the whole's)."""
    g = _GROWTH_IN_AFTER.match(text, m.end)
    if g is None or _NOT_A_LINE.match(g.group("x")):
        return False
    return next(iter(lm.metric_matcher().finditer(g.group("x"))), None) is None  # ("in mortgage revenue": keep)


_NAMED_LAW_AFTER = re.compile(r"\s+(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|in)\s+)?){1,7}(?:Act|Bill|Law)(?![A-Za-z])")
"""Right after a figure: the name of a law it sizes ("the $1.2 trillion Infrastructure Investment and Jobs Act"),
no figure of the company."""
_OVER_PRIOR_GUIDANCE_AFTER = re.compile(
    r"\s*(?:increase|decrease|raise|rise|improvement|reduction|higher|lower|above|below|up|down)?\s*"
    r"(?:from|over|versus|vs\.?|compared (?:to|with)|relative to|than)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:previous|previously|prior|original|originally|earlier|initial|initially|last)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:guidance|outlook|forecast|range|midpoint|guide)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a rate: the step from an earlier guidance ("a 3.6% increase from our previously updated guidance"),
a revision, no growth of the period."""
_COMPOUND_RATE_BEFORE = re.compile(
    r"(?:复合年均|年均复合|年复合|复合)(?:增长率|增速|增幅|成长率|增长)|(?<![A-Za-z])CAGR(?![A-Za-z])"
    r"|(?<![A-Za-z])compound(?:ed)?\s+annual(?:ized)?\s+growth",
    re.IGNORECASE,
)
"""Before a rate: a compound annual growth rate ("年复合增速", "CAGR"), a rate per year over several years."""
_ZH_PLAN_WORDS = re.compile(r"目标|预计|预期|预测|力争|计划|指引|有望|将")
"""Earlier in a Chinese sentence: what it states is aimed at or expected, not a record."""
_PAST_CAGR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:compound(?:ed)?\s+annual(?:ized)?|CAGR)(?:\s+[\w-]+){0,3}?\s+(?:of\s+)?"
    r"(?:approximately\s+|about\s+|nearly\s+|over\s+|more than\s+)?$",
    re.IGNORECASE,
)
_PAST_CAGR_AFTER = re.compile(
    r"[^.;\d]{0,30}?(?<![A-Za-z])(?:since|over the (?:past|last|prior) (?:\w+\s+)?(?:years|decade))(?![A-Za-z])",
    re.IGNORECASE,
)
"""A compound annual rate since a past point ("grown dividends at a compound annual growth rate of 9% since
2014"): a record over several years, no figure of the period (a CAGR guided ahead stays a target)."""


_VERSUS_YEAR_AFTER = re.compile(
    r"\s+(?:versus|vs\.?|(?:(?:as|when)\s+)?compared\s+(?:to|with)|relative\s+to|over|from|to|than|above|below)\s+"
    r"(?:the\s+same\s+(?:period|quarter)\s+(?:of|in)\s+(?:pre-?pandemic\s+|pre-?COVID\s+)?"
    r"|our\s+(?=(?:19|20)\d\d\s+(?:pre-?pandemic|pre-?COVID)\b)"
    # ("16% compared to pre-pandemic sales in the third quarter of 2019": that year's level, the noun between)
    r"|pre-?(?:pandemic|COVID)\s+(?:[a-z]+\s+){1,2}?(?:in|of|for)\s+)?"
    r"(?:Q[1-4]\s+|(?:the\s+)?(?:(?:first|second|third|fourth)[\s-]quarter|(?:first|second)[\s-]half|"
    r"first\s+(?:six|nine)\s+months|full[\s-]year)\s+(?:of\s+|in\s+)?)?(?:fiscal\s+)?"
    r"(?:(?P<y>(?:19|20)\d\d)|['’](?P<yy>\d\d))(?![\d%])",
    re.IGNORECASE,
)
"""Right after a change: the year it is compared with ("4% versus 2019", "56.7% compared to Q2 2019", "14.5% higher
than the third quarter in 2019")."""
_GUIDANCE_STEP_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:rais|increas|lift|boost|lower|reduc|cut|trimm?|narrow|tighten|bump)(?:e|es|ed|ing|s)?\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?[^.;:\d$%]{0,60}?(?<![A-Za-z])(?:guidance|outlook|forecast|guide)\s+"
    r"(?:range\s+|midpoint\s+)?(?:\w+\s+){0,4}?by\s+(?:approximately\s+|about\s+|roughly\s+|another\s+|"
    r"an\s+additional\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: a forecast moved by an amount ("we increased our EPS guidance by $0.20 at the midpoint"): the
step from the earlier forecast, no level of the metric and no change over a period."""
_GUIDANCE_STEP_BEFORE = fast(_GUIDANCE_STEP_BEFORE)
_PCT_NOT_OF_AMOUNT: tuple[tuple[Sifted | None, re.Pattern[str] | None], ...] = (
    # (before the figure, searched from its clause's start; right after it, in its clause): a percentage that is a
    # yield, a coupon or a part's share of a whole, never a level of the amount metric its clause names (a dividend,
    # rental revenue); both must match where both are given.
    # "an annualized yield above 2%", "a current yield of nearly 5%": the yield on the price, not the dividend
    (Sifted(re.compile(
        r"(?<![A-Za-z])yields?\s+(?:(?:of|is|was|at|to|above|below|over|under|near|around|about|approximately|roughly|"
        r"nearly|almost|just|close\s+to|more\s+than|less\s+than)\s+){0,3}$",
        re.IGNORECASE,
    )), None),
    # "a 5% coupon", "a 6% cash yield": the rate an issue or an asset carries
    (None, re.compile(
        r"\s+(?:(?:annual(?:ized)?|dividend|cash|current|initial|going[\s-]in|stabilized|average)\s+)*(?:yields?|coupons?)"
        r"(?![A-Za-z])",
        re.IGNORECASE,
    )),
    # "a coupon of 5%", "a coupon rate of 4.5%"
    (Sifted(re.compile(
        r"(?<![A-Za-z])coupons?(?:\s+rates?)?\s+(?:(?:of|at|was|is|approximately|about|roughly|nearly)\s+){0,2}$",
        re.IGNORECASE,
    )), None),
    # "represent only 60% or 3.8% of our annual rental revenue", "40% of our base rent": a part's share of the
    # company's whole, named by no part the clause gives
    (None, re.compile(
        r"(?:\s*,?\s+or\s+\d[\d.,]*\s?%)?\s+of\s+(?:our|its|their|the\s+company(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?"
        r"(?:revenues?|rents?|sales|income|NOI|EBITDA|portfolio|business)(?![A-Za-z])",
        re.IGNORECASE,
    )),
    # "a 30% mix", "45% penetration", "a 20% share": a part of a whole
    (None, re.compile(r"\s+(?:(?:sales|revenue|product|channel|digital|market)\s+)?(?:mix|penetration|share)(?![A-Za-z])",
                      re.IGNORECASE)),
    # "a mix of 30%", "penetration reached 45%"
    (Sifted(re.compile(
        r"(?<![A-Za-z])(?<!per\s)(?:mix|penetration|share)\s+(?:of|was|is|at|to|reached|rose\s+to|grew\s+to)\s+"
        r"(?:(?:about|approximately|roughly|nearly|over|more\s+than|just\s+over)\s+)?$",
        re.IGNORECASE,
    )), None),
)
"""Rows: words around a percentage that make it no level of an amount metric (``_pct_not_of_amount``)."""


def _amount_only(name: str) -> bool:
    """Whether a fact's metric (its outlook named as the metric) is an amount with no % level of its own (a dividend,
    rental revenue), as a ratio, a share or a rate is not."""
    metric = lm.metric_by_name(name) or lm.metric_by_name(name.removesuffix(" guidance"))
    return metric is not None and not metric.ratio and metric.fits("amount")


def _pct_not_of_amount(text: str, clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether a percentage its clause gives to an amount metric is a yield, a coupon or a share of a whole
    (``_PCT_NOT_OF_AMOUNT``): an amount has no % level of its own, so such a figure is no fact of the metric."""
    lo = max(clause[0], m.start - 60)
    for before, after in _PCT_NOT_OF_AMOUNT:
        if before is not None and not before.search(text, lo, m.start):
            continue
        if after is not None and not after.match(text, m.end, clause[1]):
            continue
        return True
    return False


_NOT_THE_COMPANYS_EN: tuple[tuple[Sifted | None, re.Pattern[str] | None], ...] = (
    # (before the figure, searched from its sentence's start; right after it, in its clause): an English figure that
    # is another party's (an industry body's, a research firm's, a customer's or a rival's), an effect that was
    # lost, or a share exposed to a risk; both must match where both are given.
    # "some industry estimates pegging overall activity down 50%", "the industry association forecasts shipments"
    (Sifted(re.compile(
        r"(?P<cue>(?<![A-Za-z])(?:industry|trade)\s+(?:estimates?|forecasts?|projections?|data|sources|reports?|analysts?|"
        r"observers|experts|groups?|bodies|body|associations?|trackers?|organi[sz]ations?|consultants?)(?![A-Za-z]))"
        r"[^.;!?]{0,120}$",
        re.IGNORECASE,
    )), None),
    # "a market research firm expects the market to reach $12 billion", "according to Harbor Research, ..."
    (Sifted(re.compile(
        r"(?P<cue>(?<![A-Za-z])(?:(?:market|industry|third[\s-]party)\s+research(?:\s+(?:firms?|compan(?:y|ies)|groups?|houses?))?"
        r"|according\s+to\s+(?:data\s+from\s+|estimates\s+(?:from|by)\s+|figures\s+from\s+)?(?:the\s+)?"
        r"(?!(?:U\.S\.\s+)?GAAP|IFRS|Management|Company|Our|Plan)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*,))"
        r"[^.;!?]{0,120}$"
    )), None),
    # "our largest customer reported revenue growth of 15%", "a competitor announced ...": their figure
    (Sifted(re.compile(
        r"(?P<cue>(?<![A-Za-z])(?:[Oo]ur|[Aa]|[Oo]ne\s+of\s+our|[Tt]he|[Aa]nother)\s+(?:(?:largest|biggest|top|key|major|"
        r"main|largest\s+\w+|leading)\s+)?(?:customers?|clients?|competitors?|rivals?|peers?)\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:reported|posted|said|announced|forecasts?|expects?|expected|projects?|projected|estimates?|estimated|"
        r"guided|disclosed)(?![A-Za-z]))[^.;!?]{0,120}$"
    )), None),
    # "light vehicle sales surged to a 17.7 million unit seasonally adjusted annual rate": an economy-wide statistic
    (None, re.compile(
        r"\s+(?:[\w-]+\s+){0,2}?(?:seasonally[\s-]adjusted\s+annual(?:ized)?\s+(?:rate|pace)|SAAR)(?![A-Za-z])",
        re.IGNORECASE,
    )),
    # "$500,000 of revenue was lost due to the storm": what an event took away, no result
    (None, re.compile(
        r"\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:revenues?|sales|income|EBITDA|NOI|profits?|earnings)\s+"
        r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|to\s+be|being)\s+)?"
        r"(?:lost|forgone|foregone|missed|displaced)(?![A-Za-z])",
        re.IGNORECASE,
    )),
    (Sifted(re.compile(
        r"(?<![A-Za-z])(?:lost|forgone|foregone|missed|displaced)\s+(?:[\w-]+\s+)?(?:revenues?|sales|income|EBITDA|NOI)\s+"
        r"(?:(?:of|was|were|totaled|totalled|at|about|approximately|roughly|nearly)\s+){0,2}$",
        re.IGNORECASE,
    )), None),
    # "to reduce our floating interest rate exposure to approximately 35%": a share of the debt, no rate
    (Sifted(re.compile(
        r"(?<![A-Za-z])exposures?\s+(?:(?:to|of|at|was|is|now|down|up|from|approximately|about|roughly|nearly|just|"
        r"under|below|over)\s+){1,3}$",
        re.IGNORECASE,
    )), None),
)
"""Rows: words around an English figure that make it no figure of the company's own result (``_not_the_companys``)."""


def _not_the_companys(text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether an English figure belongs to another party, was lost to an event or is a share exposed to a risk
    (``_NOT_THE_COMPANYS_EN``); a figure the company speaks of as its own after another party's cue stays."""
    for before, after in _NOT_THE_COMPANYS_EN:
        found = before.search(text, sentence[0], m.start) if before is not None else None
        if before is not None and found is None:
            continue
        if found is not None and "cue" in found.re.groupindex and _FIRST_PERSON.search(text, found.end("cue"), m.start):
            continue  # "According to IDC, our share of the market rose to 25%": the company's own figure, by that source
        if after is not None and not after.match(text, m.end, clause[1]):
            continue
        return True
    return False


_FRACTION_OF_RATE_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\s+\d\s?/\s?$")
"""Right before a percentage: the whole number and numerator of a fraction ("9 3/4% senior notes"), whose denominator
the figure only is."""
_FRACTION_OF_RATE_AFTER = re.compile(r"\s?/\s?\d\s?%")
"""Right after a figure: the rest of a fraction ("9 3/4%"), whose numerator the figure only is."""


_VERSUS_PLAN_AFTER = re.compile(
    r"\s+(?:(?:higher|lower|better|worse|more|less)\s+than|versus|vs\.?|(?:as\s+|when\s+)?compared\s+(?:to|with)|"
    r"relative\s+to|above|below|ahead\s+of|behind|against)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:(?:fiscal\s+)?(?:19|20)\d\d\s+|(?:full[\s-]year|annual|original|initial|internal|prior|previous|underwriting|"
    r"underwritten|acquisition|pro[\s-]forma)\s+)*"
    r"(?:guidance|outlook|forecasts?|plans?|budgets?|targets?|expectations|estimates?|consensus|underwriting)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a rate: the figure is set against a forecast or plan ("grew 5% compared to our 2021 guidance"), no change
over a period; "80% above our underwriting expectations" is a gap to what a deal was bought on."""
_YEARS_AGO_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:versus|vs\.?|compared\s+(?:to|with)|relative\s+to|than|from)\s+"
    r"(?:two|three|four|five|[2-9])\s+years\s+ago(?![A-Za-z])",
    re.IGNORECASE,
)
"""Before a change in its sentence: the sentence compares with several years back ("To give you a sense of where we
were versus 3 years ago, ... contract rents are about 24% higher")."""
_YEARS_AGO_AFTER = re.compile(
    r"\s+(?:versus|vs\.?|(?:(?:as|when)\s+)?compared\s+(?:to|with)|relative\s+to|than|from)\s+"
    r"(?:two|three|four|five|[2-9])\s+years\s+(?:ago|before|earlier)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a change (or its comparative): the base several years back ("320 basis points higher than 3 years ago")."""
_OWN_COMPARISON = re.compile(
    r"(?<![A-Za-z])(?:versus|vs\.?|compared|comparison|relative\s+to|year[\s-]over[\s-]year|year[\s-]on[\s-]year|"
    r"prior[\s-]year|last\s+year|a\s+year\s+ago|sequential\w*|quarter[\s-]over[\s-]quarter|prior\s+quarter|"
    r"last\s+quarter|yoy|qoq|(?:19|20)\d\d|['’]\d\d)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
"""A sentence that names a comparison or a year of its own: the figures in it are not carried over to an old base."""
_RATE_RANGE_TAIL = re.compile(
    r"\s+(?:to|and)\s+(?:(?:down|up|negative|positive|a\s+decline\s+of|an\s+increase\s+of)\s+)?\d+(?:\.\d+)?\s*%"
    r"(?:\s+(?:growth|increase|decrease|decline))?",
    re.IGNORECASE,
)
"""Right after a rate: the other end of a range of changes ("down 3.5% to down 2.75%"), before the base both are over."""
_CHANGE_WORD_AFTER = re.compile(
    r"\s+(?:increases?|growth|improvement|declines?|decreases?|higher|greater|lower)(?=\s)", re.IGNORECASE
)
"""Right after a rate: the change it is, before the year it is over ("a 25% increase to 2019", "4% greater than 2019")."""
_HEADS_FIGURE = re.compile(r"\s*(?:of|was|at|is|were)?\s*(?:(?:approximately|about|roughly|nearly|over|almost)\s+)?")
"""Between a name and the figure it heads ("a two-year stack of 41.3%")."""
_MULTI_YEAR_BASIS_AFTER = re.compile(r"\s+(?:on\s+)?an?\s+(?:two|three|four|2|3|4)[\s-]year\s+basis(?![A-Za-z])", re.IGNORECASE)
"""Right after a change: it is over several years ("11% on a two-year basis")."""
_ARTICLE_OR_OUR_BEFORE = re.compile(r"(?<![A-Za-z])(?:the|our|its)\s+$", re.IGNORECASE)
_NAME_AFTER_METRIC = re.compile(
    r"(?:\s+(?!at\s|from\s|in\s)[a-z][a-z-]*)?\s+(?:as\s+adjusted\s+)?(?:at|from|in)\s+(?:our\s+|the\s+|its\s+)?"
    r"(?P<name>(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})(?:\s+(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})){0,3}"
    r"|(?:[a-z][a-z-]*\s+){1,2}(?:ventures|portfolios?|segments?|business|businesses|divisions?))"
    r"(?=(?:\s+(?:this|last|in\s+the)\s+(?:quarter|year|period))?\s+(?:was|were|is|are|grew|rose|fell|increased|"
    r"decreased|declined|improved|totaled|totalled|reached|ended|came\s+in|will)(?![A-Za-z]))"
)
"""A unit named right after the metric it earned, before the verb of the figure ("Total invested capital at CEV
this quarter was $23 million", "FFO as adjusted from joint ventures increased by $2.1 million")."""
_OWN_UNIT_AFTER_METRIC = re.compile(
    r"(?:\s+(?!on\s|across\s|within\s|in\s|for\s)[a-z][a-z-]*)?\s+(?:on|across|within|in|for)\s+(?:our|its)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?P<name>(?:[a-z][a-z-]*\s+){1,2}(?:ventures|portfolios?|segments?|business|businesses|divisions?))"
    r"(?=\s+(?:was|were|is|are|grew|rose|fell|increased|decreased|declined|improved|totaled|totalled|reached|ended|"
    r"stood|came\s+in)(?![A-Za-z]))"
)
"""A unit of the company's own, written with its kind, between a metric and the verb of its figure, perhaps after
the year its loans were made ("loan to cost on our 2025 bridge portfolio is 74%", "occupancy across our life science
portfolio was 95%"): the figure is that unit's."""
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+"
    r"(?:(?:adjusted|core|total|net|gross|organic|operating|reported|underlying|quarterly|full[\s-]year|"
    r"(?:first|second|third|fourth)[\s-]quarter)\s+){0,3}$"
)
"""Right before a metric: the unit whose figure it is ("Lifestyle's adjusted EBITDA")."""
_EXCLUDED_ITEM_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:excluding|excludes|exclusive of|ex|net of|before|absent|apart from|other than)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DENOMINATOR_BEFORE = re.compile(
    r"(?:basis points?|bps|percent|%)\s+of\s+(?:the\s+|our\s+|total\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
_IMPACT_ON_ZH = re.compile(r"对[^，,。；;\d]{1,10}?(?:的)?(?:影响|冲击|拖累)(?:约|达|为|幅度约|幅度为|程度约)?\s?$")
"""Right before a Chinese rate: how much something weighs on a metric ("预计对营收影响约3%"), an effect, not the
metric's growth."""
_IMPACT_BY = Sifted(re.compile(
    r"(?<![A-Za-z])(?:impact(?:ed|s)?|hurt|weigh(?:ed|s) on|benefit(?:t?ed|s)|boost(?:ed|s)|"
    r"help(?:ed|s)|affect(?:ed|s)|pressur(?:ed|es)|dilut(?:ed|es))\s+(?:[\w-]+\s+){0,5}?by\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+)?$",
    re.IGNORECASE,
))
"""Before a figure: what something did to a metric ("excess liquidity has negatively impacted our net interest
margin by about 35 basis points"), an effect, not the metric's figure."""
_IMPACT_VERB = re.compile(
    r"(?<![A-Za-z])(?:impact(?:ed|s)?|hurt|weigh(?:ed|s) on|benefit(?:t?ed|s)|boost(?:ed|s)|help(?:ed|s)|"
    r"affect(?:ed|s)|pressur(?:ed|es)|dilut(?:ed|es))(?!\s+by\b)\s+(?P<rest>[^.;:]*)$",
    re.IGNORECASE,
)
"""In the sentence before a figure: a verb of effect with its object ("Hurricane Ian negatively impacted our
RevPAR range by 70 basis points, our TRevPAR range by 80 basis points and our EBITDA by $20 million"), not
in the passive ("helped by pricing, sales rose 5%")."""
_BY_JUST_BEFORE = re.compile(
    r"(?<![A-Za-z])by\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|an?\s+(?:estimated|additional)\s+)?$",
    re.IGNORECASE,
)
_MOVE_VERB = re.compile(r"(?<![A-Za-z])(?:grew|grow|increased?|rose|declined?|fell|decreased?|improved?|expanded?)(?![A-Za-z])", re.IGNORECASE)


def _effect_in_list(text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
    """A figure "by" which a verb of effect earlier in the sentence changed a metric, further along a
    list of its objects than ``_IMPACT_BY`` looks ("... our TRevPAR range by 80 basis points, our
    Adjusted EBITDA by $20 million"): the effect of a cause, not the metric's result or its change."""
    if _BY_JUST_BEFORE.search(text, max(sentence[0], m.start - 24), m.start) is None:
        return False
    verb = _IMPACT_VERB.search(text, sentence[0], m.start)
    return verb is not None and _MOVE_VERB.search(verb.group("rest")) is None
_CONTRIBUTION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:drove\s+(?:[\w&-]+\s+){1,4}?(?:higher|lower|up|down)\s+by"
    r"|(?:which|that)\s+(?:increased|decreased|reduced|raised|lowered|improved|hurt)\s+(?:[\w&-]+\s+){1,4}?by)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_ADDED_BEFORE = Sifted(re.compile(
    r"(?<![A-Za-z])(?:added|adds|contributed|contributes|subtracted|took)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
))
_PER_SHARE = r"\s+per\s+(?:diluted\s+|basic\s+)?share"
_ORD_WORD = r"(?:first|second|third|fourth)"
_TO_METRIC_AFTER = re.compile(
    # ("Lower operating expenses also contributed $0.03 per share": a per-share amount a driver adds is a part)
    rf"{_PER_SHARE}(?!\s+(?:in|for|during)\b)"
    r"|(?:\s+per\s+(?:diluted\s+|basic\s+)?share)?"
    r"\s+(?:to|from)\s+(?:our\s+|the\s+)?(?:[\w&-]+\s+){0,2}?(?:income|earnings|revenues?|sales|margin|EPS|profit|results|FFO)(?![A-Za-z])",
    re.IGNORECASE,
)
_COMPONENT_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:relates?|is related|was related|is attributable|was attributable)\s+to(?![A-Za-z])"
    r"|\s+(?:lower|higher)\s+(?:[\w&-]+\s+){0,2}?from\s+(?:the\s+)?"
    # "$0.63 per share of external NOI growth from acquisitions", "$0.15 per share from asset sales", "$0.03 per
    # share of other items": the steps of a per-share bridge
    # (never "an increase of $0.19 per share from $1.19" nor "from last year's quarter": a change from a base)
    rf"|{_PER_SHARE}\s+(?:from\s+(?![$\d]|(?:the\s+|a\s+)?(?:last|prior|previous|same|year|{_ORD_WORD}|Q[1-4]|(?:19|20)\d\d)\b)"
    r"|of\s+(?:higher|lower|incremental|external|internal|additional|reduced)\s+(?:[\w&-]+\s+){0,3}?(?:growth|expenses?|income|costs?)\s+from\s"
    r"|of\s+other\s+items\b)"
    # "$0.04 per share higher than the midpoint of our guidance": a result against a forecast
    rf"|(?:{_PER_SHARE})?\s+(?:higher|lower|above|below|better|worse)\s+than\s+(?:the\s+|our\s+)?(?:midpoint|high\s+end|low\s+end|top\s+end|consensus|guidance|forecast)",
    re.IGNORECASE,
)


def _contribution(text: str, lo: int, m: NumberMention) -> bool:
    """An amount one driver contributed to a change ("customer growth added $3.9 million to operating income",
    "usage drove operating income higher by $22.9 million", "a decrease of $6.8 million that relates to the
    change in ...", "$5.1 million lower revenues from the PCA"): a part of a change, not the metric's figure."""
    if m.unit in ("%", "pp", "bps", "x") or m.role == "base":
        return False
    return bool(
        _CONTRIBUTION_BEFORE.search(text, lo, m.start)
        or (_ADDED_BEFORE.search(text, lo, m.start) and _TO_METRIC_AFTER.match(text, m.end))
        or _COMPONENT_AFTER.match(text, m.end)
    )


def _growth_contribution(text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
    """A rate one driver added to a growth rate ("price contributed 2% to revenue growth", "with volume contributing
    7%", "grew 9% with 2% from price and 7% from volume", "growth consisted of 3% from new products"): points of a
    bridge, not the growth or level of any metric."""
    if m.unit not in ("%", "pp") or m.role == "base":
        return False
    lo = max(sentence[0], m.start - 40)
    if _CONTRIBUTED_BEFORE.search(text, lo, m.start):
        return bool(_TO_GROWTH_AFTER.match(text, m.end) or _GROWTH_WORD.search(text, sentence[0], m.start))
    if not _FROM_DRIVER_AFTER.match(text, m.end):
        return False
    return bool(_RATE_OR_MAKEUP_BEFORE.search(text, sentence[0], m.start))


_CONTRIBUTED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:contribut(?:ed|ing|es)|add(?:ed|ing|s))\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_TO_GROWTH_AFTER = re.compile(r"\s+(?:points?\s+)?(?:to|of)\s+(?:our\s+|the\s+)?(?:[\w&-]+\s+){0,4}?growth(?![A-Za-z])", re.IGNORECASE)
_GROWTH_WORD = re.compile(r"(?<![A-Za-z])(?:growth|grew|increase[ds]?)(?![A-Za-z])", re.IGNORECASE)
_FROM_DRIVER_AFTER = re.compile(
    r"\s+from\s+(?!(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:prior|previous|last|same|year|quarter|first|second|third|"
    r"fourth|full|fiscal|Q[1-4]|levels?|organic|core|comparable|existing|continuing|constant|base|a\s+year|\d|\$))"
    r"(?:(?:new|key|other|in-line|price|pricing|volumes?|acquisitions?|mix|currency|foreign)\b)",
    re.IGNORECASE,
)
"""After a rate: the driver of a growth it is the part of ("2% from price", "3% from new products")."""
_RATE_OR_MAKEUP_BEFORE = re.compile(r"\d\s*%|(?<![A-Za-z])consist(?:ed|s)?\s+of(?![A-Za-z])", re.IGNORECASE)

_FX = (
    r"(?:(?:foreign\s+)?currenc(?:y|ies)(?:\s+exchange)?|foreign\s+exchange|FX|exchange\s+rates?)"
    r"(?:\s+(?:rates?|translation|movements?|changes?|fluctuations?))?(?![A-Za-z])"
)
_FX_SIGNED = r"(?P<sign>favorable|unfavorable|positive|negative|adverse)\s+(?:impacts?|effects?)"
_FX_PULL = r"(?P<pull>headwinds?|tailwinds?|benefits?|drag)"
_FX_ABOUT = r"(?:(?:approximately|about|roughly|nearly|around|an\s+estimated|some)\s+)?"
_FX_EFFECT_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_FX_SIGNED}|{_FX_PULL})\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_FX}\s+"
    rf"(?:of|was|were|totaling|totalled|totaled|amounting\s+to)\s+{_FX_ABOUT}$",
    re.IGNORECASE,
)
"""Right before a figure: the effect exchange rates had, named with its sign ("the positive impact of currency of about
1%", "a favorable impact from foreign exchange of approximately $0.13 per share")."""
_FX_HAD_EFFECT_BEFORE = re.compile(
    rf"(?<![A-Za-z]){_FX}[^.;:]{{0,40}}?\s(?:had|has|have|was|were|is|are|created|provided|represented|made)\s+(?:a|an)\s+"
    rf"(?:(?:{_FX_SIGNED}|{_FX_PULL})\s+of\s+{_FX_ABOUT}|{_FX_ABOUT})$",
    re.IGNORECASE,
)
"""Before a figure: exchange rates said to have had an effect of it ("exchange rates, which had a negative impact of
$0.03", "currency was a 2% headwind": the sign then follows the figure)."""
_FX_PULL_AFTER = re.compile(rf"\s*(?:(?:{_FX_SIGNED})|(?:[\w-]+\s+)?{_FX_PULL})(?![A-Za-z])", re.IGNORECASE)
"""Right after a figure: the effect it is, with its sign ("a 2% headwind", "$0.03 negative impact")."""
_FROM_FX_AFTER = re.compile(
    rf"(?:\s+(?:to|on)\s+(?:[\w&-]+\s+){{0,3}}?[\w&-]+)?\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?{_FX}",
    re.IGNORECASE,
)
"""After an effect's words: what it came from, exchange rates ("tailwind to reported revenue from foreign exchange
rates", "benefit from currency")."""
_FX_OUTLOOK = re.compile(
    r"(?<![A-Za-z])(?:expect\w*|assum\w*|anticipat\w*|guid\w*|outlook|forecast\w*|project(?:s|ed|ing|ion)|will|plan(?:s|ned)?)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
"""In a sentence: a forecast or its assumptions, whose effects of exchange rates are of the period it looks to."""
_FX_NEGATIVE = frozenset({"unfavorable", "negative", "adverse", "headwind", "headwinds", "drag"})


def _fx_impact(para: _Paragraph, sentence: tuple[int, int], m: NumberMention) -> int | None:
    """The sign of the effect exchange rates had that a figure sizes, when its words say it ("currency was a 2%
    headwind to sales": -1; "a favorable impact from foreign exchange of $0.13 per share": +1), else None: a signed
    effect and its source both named right at the figure, so a result measured without the effect ("11% excluding
    the impact of currency") stays the result's; points, of a margin or of a growth rate, stay that measure's."""
    text = para.text
    if m.role == "base" or (m.unit != "%" and m.currency is None):
        return None  # ("100 basis points tailwind from FX": points of a margin or of a growth rate, that measure's bridge)
    if para.holds(_FX_OUTLOOK, sentence[0], sentence[1]):
        return None  # "we assume a 2% tailwind from currency in 2021": an outlook's assumption, dated by the outlook
    lo = max(sentence[0], m.start - 120)
    words = _FX_EFFECT_BEFORE.search(text, lo, m.start)
    if words is None:
        had = _FX_HAD_EFFECT_BEFORE.search(text, lo, m.start)
        if had is not None and (had.group("sign") or had.group("pull")):
            words = had
        elif had is not None:
            words = _FX_PULL_AFTER.match(text, m.end)  # "currency was a 2% headwind to sales"
    if words is None:
        pulled = _FX_PULL_AFTER.match(text, m.end)
        if pulled is None or _FROM_FX_AFTER.match(text, pulled.end()) is None:
            return None  # ("a 2% headwind from freight costs": an effect of something else)
        words = pulled
    said = (words.group("sign") or words.group("pull") or "").lower()
    if not said:
        return None
    return -1 if said in _FX_NEGATIVE else 1


_FX_IMPACT = Metric("FX impact", cost=False, units=frozenset({"amount", "per_share", "%"}))
"""What exchange rates added to or took from a result, sized by its own figure."""


_ANNOUNCER = Sifted(re.compile(
    r"(?P<n>[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,3})\s+(?:announced|unveiled|disclosed|revealed)\s+"
    r"(?:(?:a|an|its|their|plans?\s+for\s+an?)\s+)?(?:[\w-]+\s+){0,2}$"
))
"""Before a figure: another party that announced it ("Lamb Weston announced a $415 million investment")."""
_REPORTER = re.compile(
    r"\s*(?:(?:and|but|so|also|meanwhile)\s*,?\s+)?(?P<n>[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,3})\s+"
    r"(?:is\s+|was\s+|has\s+)?(?:also\s+)?(?:reporting|reported|reports|forecasting|forecasts|projecting|projects|"
    r"generated|posted)\s+(?![^.;]*?(?:\bus\b|\bwe\b))"
)
"""A clause that opens with a party reporting or forecasting its figure ("Northgate is also forecasting EBITDA of ..."),
not with the company or its people (the words after the verb do not turn it to "us")."""
_REPORTING_TO_US = re.compile(
    r"(?P<n>[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,3})\s+(?:is\s+|was\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:reporting|reported|reports|providing|provided)\s+to\s+us(?![A-Za-z])"
)
"""A party reporting its own figures to the company ("the performance that Northgate is reporting to us"): the
figures that follow are its, not the company's."""
_OWN_VOICE = re.compile(r"(?<![A-Za-z])(?:we|our|us|ours)(?![A-Za-z])", re.IGNORECASE)
"""The company speaking of itself, which ends another party's report."""
_NOT_ANNOUNCERS = frozenset({"We", "It", "The", "This", "Our", "Today", "Company", "Management", "I", "They"})
_COMMODITY_AFTER = re.compile(
    r"\s*(?:per\s+barrel\b|/bbl\b|a\s+barrel\b|(?:WTI|Brent|oil|crude|gas|natural\s+gas|Henry\s+Hub)(?![A-Za-z]))",
    re.IGNORECASE,
)
"""After an amount: a commodity price ("funded at $44 oil"), not the metric named before it."""
_BENEFIT_BEFORE = re.compile(r"(?<![A-Za-z])(?:benefit|release)\s+of\s+(?:(?:approximately|about|roughly)\s+)?$", re.IGNORECASE)
_BENEFIT_AFTER = re.compile(r"\s+(?:(?:provision|reserve)\s+)?(?:benefit|release)(?![A-Za-z])", re.IGNORECASE)
"""Around the amount of a provision: it is a benefit, reserves released ("a benefit of $10 million", "a $10 million
benefit")."""
_AVAILABLE_TO_FUND_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were|remains?|remained)\s+)?(?:still\s+)?available\s+to\s+(?:fund|finance|use|deploy|invest)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after an amount: money at hand for a purpose ("of which $50 million is available to fund investment
activity"), no spending or plan of that purpose."""
_REALIZED_BEFORE = re.compile(r"(?<![A-Za-z])realiz(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?prices?(?![A-Za-z])", re.IGNORECASE)
"""In the clause before an amount per barrel: the company's own realized price ("our realized oil price was")."""


def _commodity_price(text: str, clause: tuple[int, int], m: NumberMention) -> bool:
    """A market price of a commodity an amount is written as ("funded at $44 oil"), not a price the company
    realized on its own sales ("our realized oil price was $88.50 per barrel"), which is a fact of its period."""
    if not _COMMODITY_AFTER.match(text, m.end):
        return False
    return not (_PER_UNIT_AFTER.match(text, m.end) and _REALIZED_BEFORE.search(text, clause[0], m.start))
_SIZE_OF_COMPANY = re.compile(
    r"(?:[\s-]?plus)?\s+(?:(?:revenue|sales|top[\s-]line|ARR)\s+)?(?:company|business|enterprise|brand)(?![A-Za-z])",
    re.IGNORECASE,
)
_A_BEFORE = re.compile(r"(?<![A-Za-z])an?\s+$", re.IGNORECASE)
"""Around a figure: the size of a company ("becoming a $15 billion-plus revenue company"), an ambition
with no period, not a figure reported."""


_SINCE_YEAR_END = re.compile(
    r"(?:较|比|与|相较于?|相比于?)\s?(?:(?:上年度?|去年|上一年度?|(?:19|20)\d\d\s?年)?\s?(?:年?末|年?底|年初)"
    r"|(?:19|20)\d\d\s?年\s?12\s?月\s?31\s?[日号]|(?:本报告)?期初)"
)
"""A change since the last year end ("较上年末增长8.18%", "比上年度末增加13.91%", "较年初下降", "较期初增长": a filing's
balances are set against the start of its year, whatever span it reports): neither year on year nor sequential, the
year to date's move of a balance (``ytd``)."""
_TO_LEVEL = re.compile(r"至|到|为")
_SINCE_YEAR_START_AFTER = re.compile(
    r"\s+(?:from|since|versus|vs\.?|compared (?:to|with))\s+(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+"
    r"(?:the\s+|this\s+|last\s+|our\s+)?(?:fiscal\s+)?(?:year|(?:19|20)\d\d)|(?:last\s+)?year[\s-]end|December\s+31(?:st)?)",
    re.IGNORECASE,
)
"""Right after a figure: it is the change since the start or end of a year ("up over $800 million from the start
of the year", "up less than $250 million from the end of 2020"): neither YoY nor QoQ, no change a fact states."""


_MONTH_NUMBER = re.compile(r"(1[0-2]|0?[1-9])\s?月")
_YEAR_SO_FAR = re.compile(r"今年以来|年初以来|今年迄今|年初至今")


def _event_period(
    text: str, sentence: tuple[int, int], m: NumberMention, period_mentions: Sequence[PeriodMention], ctx: periods.PeriodContext
) -> str | None:
    """The period of a deal's figure (a metric with ``event``): the last its sentence names before it ("10月份中标的…
    项目金额为2.1亿元"; not a day, "11月19日晚间公告"), else the quarter of the document's date, None when undated."""
    named = [
        pm
        for pm in period_mentions
        if sentence[0] <= pm.start < m.start
        and pm.period
        and not pm.base
        and not text[pm.start : pm.end].rstrip().endswith(("日", "号"))
    ]
    so_far = [x.start() for x in _YEAR_SO_FAR.finditer(text, sentence[0], m.start)]
    if so_far and ctx.date is not None and (not named or named[-1].start <= so_far[-1]):
        return str(ctx.date[0])  # "今年以来累计中标12.47亿元" on a November page: the year so far, not to last quarter
    if named:
        last, written = named[-1], _MONTH_NUMBER.search(text, named[-1].start, named[-1].end)
        if last.kind == "month" and written is not None and periods.parse_quarter(last.period or "") is not None:
            return periods.month_str(int((last.period or "")[:4]), int(written.group(1)))  # "10月份中标": that month
        return last.period
    if ctx.date is None:
        return None
    return periods.quarter_str(ctx.date[0] * 4 + (ctx.date[1] - 1) // 3)


def _changed_since_year_end(text: str, lo: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is the change since the year end its clause names, not the level it
    reached ("较上年末下降0.07个百分点至1.29%": the 0.07, not the 1.29%)."""
    found = list(_SINCE_YEAR_END.finditer(text, lo, pos))
    return bool(found) and not _TO_LEVEL.search(text, found[-1].end(), pos)


def _since_year_end_carried(text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether a change figure whose own clause names no comparison continues a change since the year end
    named earlier in its sentence ("不良贷款余额较上年末增加253.80亿元,不良贷款率1.33%,下降0.01个百分点"): ``ytd`` too."""
    if m.role != "change" or clause[0] <= sentence[0]:
        return False
    end = clause[1]
    if any(r.search(text, clause[0], end) for r in (_YOY, _QOQ, _SINCE_YEAR_END)):
        return False
    since = [x.end() for x in _SINCE_YEAR_END.finditer(text, sentence[0], clause[0])]
    if not since:
        return False
    other = [x.end() for r in (_YOY, _QOQ) for x in r.finditer(text, since[-1], clause[0])]
    return not other


_ELIDED_SUBJECT = re.compile(r"\s*(?:实现|录得|取得)")
_METRIC_LEAD = re.compile(r"\s*(?:归母|扣非归母|扣非|单季|当季|期内)?")
"""What may stand before the metric of a Chinese sentence that opens on it after a semicolon, its subject
left out ("远航集团第三季度营收512.3亿元；归母净利润12.1亿元")."""
"""A Chinese sentence opening with its verb after a semicolon: its subject is the one before the semicolon
("远星银行实现营业收入106.68亿元；实现净利润38.3亿元")."""


_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:hours|people|employees|workers|customers|clients|users|members|subscribers|visitors|"
    r"patients|students|units|vehicles|homes|households|accounts|transactions|shipments|orders|tons|tonnes|barrels|"
    r"square\s+feet|sq\.?\s*ft|acres|miles|passengers|meals|devices|policies|shares|applications)(?![A-Za-z])"
)
"""After a scaled figure written without a currency: what it counts ("8.6 million training hours")."""
_TALLY_SHARE_BEFORE = re.compile(r"\d\s?家[，,、]?\s?(?:占比|占)(?:约|达|为|超过)?\s?$")
"""Before a per cent: a count of firms it is the share of ("其中预喜公司112家，占比60.22%"), a market tally."""
_PEER_COUNT = re.compile(r"[^，,。；;\d]{0,8}?(?:银行|股份行|金控|险企|保险公司|上市公司|公司|企业|车企|房企|券商)")
"""After a count of companies ("9家股份行", "13家金控"): how many firms a story compares, no fact of one."""


@cache
def _forecast_by_another() -> re.Pattern[str]:
    """Another party forecasting ("市场平均预料", "摩通…预料", "大行料"), not one compared with ("胜于市场预期的")."""
    words = ls.phrase_words()
    kinds = "|".join(re.escape(w) for w in words.zh_forecaster_kinds)
    who = "|".join(re.escape(w) for w in words.zh_forecasters) + rf"|[\u4e00-\u9fffA-Za-z]{{2,6}}?(?:{kinds})"
    return re.compile(
        rf"(?<![胜好优高低逊差超符合于较过及不])(?P<who>{who})(?!说明|说)[^。！？!?；;]{{0,16}}?"
        r"(?:预料|预计|预期|预测|预估|估计|估算|推算|料(?=[将会录升增跌降减续达可绩多少按全上本第]))(?![的之，,。；;\s])"
        # "法人预估，禾鼎电子今年每股纯益可望达8.5元", "分析师此前预期，…": a clause that is only the forecaster and its
        # verb, then what it forecasts
        rf"|(?:^|(?<=[，,。；;：:\s]))(?P<who2>{who})(?:此前|早前|先前|之前|普遍|平均)?(?:预估|预料|估计|预计|预期)(?=[，,])"
        # "瞰房研究院认为，12月房企推盘节奏或将加快，预计全年…": the house's view, then its forecast in the same sentence
        rf"|(?:^|(?<=[，,。；;：:\s]))(?P<who3>[\u4e00-\u9fffA-Za-z]{{2,6}}?(?:{kinds}))(?:认为|指出|表示)[^。！？!?]{{0,30}}?"
        r"(?:预计|预期|预测|预估)"
    )


def _estimate_beside_result(text: str, end: int, who: str, at: int) -> bool:
    """Whether another party's forecast ending at ``end`` is set beside a result its sentence reported first (a figure
    before the forecaster in its sentence) and the figure at ``at`` stands in a later sentence: the forecast is a
    comparison for its own sentence, and the story goes on with the company's results."""
    start = text.rfind(who, 0, end)
    head = max((text.rfind(c, 0, start) for c in "。！？!?"), default=-1) + 1
    if not any(ch.isdigit() for ch in text[head:start]):
        return False
    stop = _SENTENCE_END_ZH.search(text, end)
    return stop is not None and text[stop.start()] not in "；;" and stop.start() < at


@lru_cache(maxsize=4)
def _forecasts_in(text: str) -> tuple[tuple[int, str], ...]:
    """(end, forecaster) of each forecast by another party in a paragraph, found once for all its figures."""
    if "预" not in text and "料" not in text and "估" not in text and "推算" not in text:
        return ()
    return tuple(
        (x.end(), x.group("who") or x.group("who2") or x.group("who3")) for x in _forecast_by_another().finditer(text)
    )


_US_LISTING = re.compile(
    r"纳斯达克|納斯達克|纽交所|紐交所|纽约证券交易所|紐約證券交易所|美国存托|美國存托|美国通用会计准则|美股|在美上市|中概股"
    r"|NASDAQ|Nasdaq|NYSE|(?<![A-Za-z])[A-Z]{1,5}\.(?:US|N|O)(?![A-Za-z])"
)
"""Words of a Chinese document's head for a filer listed in the US (see ``_DocState.us_filer``)."""
_USD_AMOUNT = re.compile(r"\d\s?(?:百万|亿|千万|万)?美元")
_NET_PROFIT_ZH = re.compile(r"净利润|净利(?!息|差|率)|净亏损")


def _us_gaap_terms(texts: Sequence[str]) -> bool:
    """Whether a Chinese summary of US-dollar results writes "净收入" beside a net profit of its own
    ("净收入442.3百万美元…净利润1.3亿美元"): a filer's US-style terms, where 净收入 is net revenues."""
    head = texts[:_US_LISTING_HEAD]
    return (
        any(_USD_AMOUNT.search(t) for t in head)
        and any(_NET_REVENUES_ZH in t for t in head)
        and any(_NET_PROFIT_ZH.search(t) for t in texts)
    )


_US_LISTING_HEAD = 12
"""Paragraphs read for them: a page's navigation lines may come before the story's first."""
_NET_REVENUES_ZH = "净收入"


def _net_revenues(text: str, hit: _Hit) -> _Hit:
    """A US-listed filer's "净收入" (net revenues) as revenue; any other hit as it is."""
    entry = hit.entry
    if text[hit.start : hit.end] != _NET_REVENUES_ZH or getattr(entry, "name", None) != "net income":
        return hit
    revenue = lm.metric_by_name("revenue")
    return _Hit(hit.start, hit.end, revenue) if revenue is not None else hit


_BROKER_RATING = re.compile(
    r"(?:买入|增持|推荐|强烈推荐|优于大市|跑赢行业|跑赢大市|中性|持有|减持|卖出)”?\s?(?:投资)?评级|目标价|盈利预测|投资评级"
    r"|(?:季报|年报|中报|半年报|业绩|财报|行业)点评|(?:行业|公司)评级\s?[：:]"
    r"|(?:证券|證券|研究所)[\s\u3000]{0,3}(?:分析师|分析師|研究员|研究員)[：:]"
)
"""Words of a broker's note in a Chinese document's head: a rating, a target price, earnings forecasts, a
"季报点评" (a broker's comment on a report) or "行业点评" (on a sector) title, a "行业评级：增持" line, a
"华信证券　分析师：…" byline."""
_ESTIMATE_HOLDER = r"(?:分析师|分析師|共识|共識|一致|市场|市場|华尔街|華爾街|彭博|机构|機構|Zacks|FactSet|LSEG|Bloomberg)"
_ESTIMATE_WORD = r"(?:预估|預估|预期|預期|预测|預測|估计|估計|预计|預計|预料|預料)"
_OTHERS_ESTIMATE: tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    # (before the figure, in its clause; right after it): both must match where both are given
    (re.compile(_ESTIMATE_HOLDER + r"[^，,。；;\d]{0,12}?" + _ESTIMATE_WORD + r"(?:的|为|為|值)?\s*$"), None),
    # "高于七位分析师平均预估的8.3068亿美元", "超Zacks共识预期1.17%"
    (re.compile(r"(?:超|超过|超過|超出|超越|高于|高於|低于|低於|不及|胜于|勝於|逊于|遜於)" + _ESTIMATE_WORD + r"(?:的)?\s*$"), None),
    # "远超预估-0.03美元"
    (re.compile(_ESTIMATE_WORD + r"[^，,。；;]{0,24}?(?<![不未])(?:高出|低出|超出|高于|高於|低于|低於)\s*$"), None),
    # "较Zacks共识预估1.4005亿美元高出7.38%": the gap to the estimate ("预计不低于4亿元" is a floor the firm sets)
    (re.compile(_ESTIMATE_HOLDER + r"\s*$"), re.compile(r"\s*(?:的)?" + _ESTIMATE_WORD)),
    # "超越分析师1.3231亿美元预估"
    (None, re.compile(r"\s*(?:的)?(?:惊喜|驚喜)")),
    # "每股收益实现+100%惊喜": the surprise against the estimate
    (re.compile(r"(?:目标股?价格?|目標股?價格?|潜在涨幅|潛在漲幅|(?:潜在)?上(?:行|涨)空间|(?:潛在)?上(?:行|漲)空間)"
                r"(?:至|为|為|到|达|達|约|約|有)?\s*[+＋]?\s*$"), None),
    # "维持目标价165美元", "上调目标价至430.0元 ... 潜在涨幅+13.8%": a broker's target and the upside to it
)
"""Figures that are what analysts or the market estimated, or the gap to that estimate: not the company's."""
_HELD_ESTIMATE = re.compile(_ESTIMATE_HOLDER + r"[^，,。；;]{0,14}$")
"""Before a forecast word: whose forecast it is ("较分析师785万美元预估略低但同比增长21%": the analysts')."""


def _estimate_of_others(text: str, clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether a figure is an estimate by analysts or the market, or a beat against one."""
    lo = max(clause[0], m.start - 40)
    for before, after in _OTHERS_ESTIMATE:
        if before is not None and not before.search(text, lo, m.start):
            continue
        if after is not None and not after.match(text, m.end, clause[1]):
            continue
        return True
    return False


_RATING_ACTION = re.compile(r"(?:维持|给予|首次覆盖|上调至|下调至|維持|給予)[^。！？!?；;]{0,16}?(?:评级|評級)|目标价|目標價")
"""A broker rating a firm or pricing its shares ("国睿证券维持恒晟储能“买入”评级"): the sentence is the broker's."""


def _rated_before(text: str, pos: int) -> bool:
    """Whether the sentence of a figure rates the firm before it: a story quoting a broker's note, whose forecast
    words ("预计公司2025年归母净利润…") are the broker's, as in a note of its own."""
    start = max((m.end() for m in _SENTENCE_END_ZH.finditer(text, 0, pos)), default=0)
    return _RATING_ACTION.search(text, start, pos) is not None


def _rated_in_sentence(text: str, pos: int) -> bool:
    """Whether the sentence of a figure rates the firm before or after it ("我们预计公司2025-2027年归母净利润分别为
    4.62/6.35/8.21亿元，维持“买入”评级"): its forecast words are the broker's."""
    if _rated_before(text, pos):
        return True
    end = _SENTENCE_END_ZH.search(text, pos)
    return _RATING_ACTION.search(text, pos, end.start() if end else len(text)) is not None


_BROKER_ESTIMATE = re.compile(r"我们(?:预计|预测|估计|预期|测算|推测|推算|判断)")
_SENTENCE_END_ZH = re.compile(r"[。！？!?；;]")
_BROKER_FORECAST = re.compile(r"(?<!公司)(?<!管理层)(?<!集团)(?<!指引)(?:预计|预测|预期|估计)(?!数|值)")
"""A forecast word in a broker's note not said by the company ("预计公司…", "2026年预测…"): the broker's."""
_CLAUSE_END_ZH = re.compile(r"[，,。！？!?；;]")
_FORECAST_ITEM_END = re.compile(r"[。！？!?\n]|\d\]|(?:(?<!\d)\s[-–—•]\s|\s[-–—•]\s(?!\d))|录得|公布|披露|去年同期|上年同期")
_ITEM_MARK = re.compile(r"\d\]|(?:(?<!\d)\s[-–—•]\s|\s[-–—•]\s(?!\d))")  # ("2025 - 2027年": a span of years, no item)
"""A digest's source marker or the mark of its next item: a forecast word of the heading before it ("财务表现与
预测 - 前三季度实现营收…") covers none of the item's figures."""
"""Where a broker's forecast stops covering the figures after it: the sentence or digest item ends, or a
reported result (or its year-ago base) is named."""
_FORECAST_REVISION = re.compile(r"较(?:前次|此前|上次|原|前值)(?:预测|预期|盈利预测)?(?:分别)?(?:上调|下调|调升|调降|上修|下修)")
"""Before a figure: a forecast revised against the previous one ("较前次上调33.9%")."""
_REVISION_STOP = re.compile(r"[，,。！？!?；;]|\d\]|(?:(?<!\d)\s[-–—•]\s|\s[-–—•]\s(?!\d))")
"""Where a forecast revision's own clause ends: punctuation, a digest's source marker or its next item."""
_REPORTED = re.compile(r"公布|录得|实际|财报显示|业绩显示|披露|公告")
"""After another party's forecast: the story turns to what the company reported."""
_PREVIEW = re.compile(
    r"(?:将于|将在|定于|即将|预定)[^。！？!?]{0,24}?(?:公布|发布|公告|披露)[^。！？!?]{0,16}?(?:业绩|财报|季报|年报)"
)
"""A story written before the results it previews ("将于本周四公布第三季业绩")."""
_PREVIEW_HEAD = 4
_SITE_LINE = 6
"""A head line this short or shorter is a site's furniture ("Workflow", "搜索文档"), no part of the document's head."""


def _head_texts(texts: Sequence[str]) -> list[str]:
    """The first ``_HEAD`` texts of a document that are not a site's short menu lines."""
    return [t for t in texts[: 2 * _HEAD] if len(t.strip()) > _SITE_LINE][:_HEAD]


_CONTRIBUTION_SHARE_AFTER = re.compile(r"\s?的?\s?贡献(?!率)")
"""After a %: the share a part contributes ("为香港业务的新业务价值带来超过70%的贡献"), which this
extractor does not bind to the part: left out rather than read as the total's figure."""
_STOCK_MOVE_BEFORE = re.compile(
    # (or a quote: a price, then its move, "报9.87元，升2.5%", a quote table's "9.87元 升2.49%")
    r"(?:绩后|盘中|盘前|盘后|截止发稿|截至发稿|早盘|午盘|午后|尾盘|收盘|收市|股价|(?<![\d.])\d{1,4}(?:\.\d{1,3})?元[，,]?)\s?"
    r"(?:今日|今天|昨日|昨天|周[一二三四五]|盘中|盘前|盘后|早盘|午盘|尾盘|开盘后|年内|今年以来)?\s?(?:一度|曾|再|续|继续|累计|累计已)?"
    r"(?:大涨|大跌|急涨|急跌|飙升|上涨|下跌|高开|低开|收涨|收跌|收高|收低|涨|跌|升|挫|飙|弹升)(?:超过?|逾|近|约)?\s?$"
    # a broker note's share performance ("近12个月绝对收益151%", "相对沪深300超额收益20%")
    r"|(?:绝对收益|相对收益|超额收益|绝对涨幅|相对涨幅)率?\s?(?:为|达|约)?\s?$"
)
"""Right before a %: a share's move in a market aside ("绩后跌超8%", "截止发稿跌8.82%", "股价盘前上涨4.3%")."""
_STOCK_MOVE_BEFORE = anchored(_STOCK_MOVE_BEFORE)
_GREW_BY_TIMES = re.compile(r"(?:增长|增長|增加|上升|提升|提高|成长|成長)了?\s?(?:约|近|超过?|逾)?\s?$")
"""Right before a multiple: a growth by that many times the base ("增长1.3倍"), a rate of N×100%."""
_EFFECT_LEAD = re.compile(r"\s?(?:共同|从而|进而|最终|并)?(?:导致|致使|使得|使)\s?$")
"""A clause that is all an effect word before its metric ("共同导致归母净利润…"): the result of the causes before."""
_QUOTED_PRICE_BEFORE = re.compile(r"(?:当前|目前|最新|现)(?:股价|价格)|现价|收盘价")
"""Before a price in a broker's note: the share's quote the note values against ("当前股价为63.0元")."""
_SHARE_TURNOVER_BEFORE = re.compile(r"成交(?:额|金额|量)\s?(?:达|为|约)?\s?$")
_SHARE_QUOTE = re.compile(r"报\s?\d+(?:\.\d+)?\s?(?:港元|港币|元|美元)")
"""A share price quoted in a market aside ("报1.24港元"): the turnover after it is the shares' trading."""


_OUTSIDE_PERIOD_BEFORE: tuple[Sifted, ...] = tuple(
    Sifted(re.compile(p + r"$", re.IGNORECASE))
    for p in (
        # "8 out of the last 9 quarters that our EBITDA has exceeded $100 million": a bar cleared, a threshold
        r"(?<![A-Za-z])(?:out\s+of\s+the\s+(?:last|past)|consecutive)\b[^.;]{0,80}?"
        r"(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|above|over|more\s+than|at\s+least|below|under)\s+",
        # "no market accounted for more than 10% of our revenue": a bar no one reached
        r"(?<![A-Za-z])(?:no|none\s+of\s+(?:our|the|its)|not\s+a\s+single|never)\s+[^.;,\d]{0,40}?"
        r"(?:more\s+than|over|above|exceed\w*|less\s+than|below|under)\s+",
        # "above a 10% return on equity, customers receive ...": a level named as a bar, not reached
        r"(?<![A-Za-z])(?:above|below|beyond|exceeding)\s+an?\s+",
        # "each conversion equates to a 40% to 60% revenue uplift": what one unit typically brings
        r"(?<![A-Za-z])(?:each|every|a\s+typical|the\s+typical|the\s+average)\s+(?:[\w-]+\s+){1,3}?"
        r"(?:equates?|translates?|adds?|generates?|yields?|brings?|drives?|delivers?)\s+(?:to\s+|in\s+)?"
        r"(?:(?:an?|roughly|about|approximately|around)\s+)*",
        # "our long-term target of 7% to 8%", "a long-term ROE goal of 10% to 12%": an aim, not the period's
        r"(?<![A-Za-z])long[\s-](?:term|run|range)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:targets?|goals?|objectives?|aspirations?|algorithm|framework|model|expectations?|ambitions?)"
        r"\s+(?:of|is|are|remains?|at|to\s+be|for)?\s*(?:(?:an?|the|roughly|about|approximately|around|between)\s+)*",
        # "we don't expect margins to reach 20% this year": a level the sentence says is not reached
        r"(?:(?<![A-Za-z])(?:not|never|no\s+longer)|n['’]t)\s+(?:(?:expect|anticipate|see|think|believe|plan|intend)\s+"
        r"(?:[\w-]+\s+){0,4}?)?(?:to\s+)?(?:reach|achieve|exceed|hit|surpass|top|get\s+(?:back\s+)?to|return\s+to)\s+"
        r"(?:(?:the|an?|our|its|roughly|about|approximately|around)\s+)*",
        # "有2家农商行的营收超过200亿元", "7家银行不良贷款率小于1%": the bar a counted group of firms passed
        r"(?<![\d.])[\d一二两三四五六七八九十]{1,3}家[^。；;\d]{0,40}?(?:超过|超|大于|小于|低于|高于|不低于|不足|逾|突破)\s?",
    )
)
"""Rows: before a figure, what makes it no figure of the document's period (a threshold, a norm per
unit, a long-term aim). Searched from the figure's sentence start to the figure."""
_OUTSIDE_PERIOD_AFTER: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "a contribution margin of 3% to 6% once the market stabilizes": an aim for a later state
        r"[^.;,\d]{0,40}?(?<![A-Za-z])(?:once|when|after|as\s+soon\s+as|until)\s+(?:the\s+|our\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:markets?|environment|industry|economy|conditions?|rates?|portfolio|business|"
        r"assets?|projects?|stores?|properties)\s+(?:[\w-]+\s+)?"
        r"(?:stabiliz|normaliz|recover|matur|ramp|settl|return|improv)(?:es|e|s)?(?![A-Za-z])",
        # "10% to 12% over the long term", "in the long run", "a long-term target": an aim
        r"[^.;\d]{0,40}?(?<![A-Za-z])(?:over|in)\s+the\s+(?:long(?:er)?|medium)[\s-](?:term|run)(?![A-Za-z])",
        r"\s*(?:[\w-]+\s+){0,3}?(?:long[\s-]term|long[\s-]run)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:targets?|goals?|objectives?|aspirations?|range|algorithm)(?![A-Za-z])",
    )
)
"""Rows: after a figure, in its clause, what makes it an aim for a later or undated state."""


def _outside_period(text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention) -> bool:
    """A figure its sentence states as a threshold, a norm per unit or a long-term aim
    (``_OUTSIDE_PERIOD_BEFORE``, ``_OUTSIDE_PERIOD_AFTER``), not a result or outlook of a period."""
    lo = max(sentence[0], m.start - 160)
    if any(p.search(text, lo, m.start) for p in _OUTSIDE_PERIOD_BEFORE):
        return True
    hi = clause[1]
    return any(p.match(text, m.end, hi) for p in _OUTSIDE_PERIOD_AFTER)


_FORMULA_BEFORE = re.compile(r"(?:[×÷=]|(?<=[\d%)）])\+)\s?[(（]?\s?$")
_FORMULA_AFTER = re.compile(r"\s?[)）]?\s?(?:[×÷=]|\+\s?[\d(（])")
"""Around a figure: an arithmetic operator, so the figure is a term of a worked formula ("固收类(75%权重×1.76%)+
权益类(20%×(2.76%+3.80%))=2.67%"), no figure the company reports."""
_OFFICIAL_STATISTICS = Sifted(re.compile(r"(?:国家|國家|政府)?(?:统计局|統計局|统计处|統計處)|主[计計]总处|主計總處|海关总署|海關總署"))
"""Earlier in a figure's sentence: an official statistics office as its source ("国家统计局数据显示，第三季度全国商品住宅
销售面积同比下降1.7%"), a market-wide statistic beside the company's results, no fact of it."""
_STAKE_BEFORE = re.compile(
    r"持股(?:比例|比率)?(?:为|达|约|合计)?\s?$|持有[^，,。；;\d]{0,16}?(?:股份|股权|权益)(?:比例)?(?:为|达|约)?\s?$"
    r"|(?:权益|股权)(?:比例|占比)(?:为|达|约|合计)?\s?$"
)
"""Right before a percentage: a shareholder's stake ("持股比例为26.05%"), who owns the company, no result of it; a firm's
stake in a project or a venture ("公司权益比例为51%")."""
_STAKE_AFTER = re.compile(r"\s?的?(?:股权|股份)(?!有限|公司|支付|对价|激励|回购)")
"""Right after a percentage: the stake a deal buys or sells ("拟收购华岳精工60%股权"), no result of either firm."""
_SHARE_OF_SHARES_BEFORE = re.compile(r"占[^，。；;%]{0,40}?(?:总股本|股本总额|股份总数|总股份)[^，。；;%]{0,24}?的?(?:比例)?(?:为|约)?\s?$")
"""Right before a percentage: the part of the share capital some shares are ("约占公司股本总额12,000.00万股的3.00%")."""
_GRANT = re.compile(r"授予|激励")
"""Earlier in a figure's sentence: shares an incentive plan grants, whose part of the share capital is a term of the plan
(the shares a buyback has bought stay its progress: "累计回购公司股份2,150,000股，占公司目前总股本的0.52%")."""
def _developer_sales(text: str, sentence: tuple[int, int], subject: str) -> bool:
    """Whether a "销售额" is a property developer's: its subject's name ends like a developer's, or its sentence is
    about developers ("房企")."""
    words = ls.phrase_words().zh_developer_words
    return subject.endswith(words) or any(w in text[sentence[0] : sentence[1]] for w in ("房企", "开发商"))


_PAYOUT_OF_PROFIT = re.compile(r"占[^。；;，,]{0,24}?净利润(?:的|比例为?|比重为?)?\s?$")
"""Right before a per cent: a share of the year's profit ("占2024年度归属于上市公司股东净利润的40.2%")."""
_DIVIDEND_WORD = re.compile(r"红利|紅利|分红|分紅|派息|股利|股息")
"""In that sentence: the share is of a dividend, its payout ratio."""
_MOVE_AFTER_RATIO = re.compile(
    r"[^，,。；;\d]{0,4}[，,]\s?(?:较|比|同比)[^。；;，,\d]{0,8}?(?:增加|提升|提高|上升|增长|下降|减少|降低|下滑)了?\s?"
)
"""Between a ratio and the next figure: the move of that ratio ("…的6.3%，较上年同期增加0.5个百分点")."""
_PARTY_ROLE_BEFORE = re.compile(r"(?P<role>担保人|擔保人|保证人|保證人|被担保人|被擔保人|交易对方|交易對方)\s?$")
"""Right before a metric word: the party of a deal or a guarantee whose figure it is, not the filer's."""
_LEGAL_FORM_AFTER = re.compile(
    r"[\u4e00-\u9fff（）()]{0,12}?(?:股份有限公司|有限责任公司|有限公司|有限公司|集团公司)"
)
"""After a name of the company: the rest of a firm's legal name it is part of ("华锐" in "苏州华锐精密机械有限公司")."""
_CJK_NAME_CHAR = re.compile(r"[\u4e00-\u9fff（）()]")
_LEGAL_FORM_OPENINGS = ("有限", "有限责任", "股份有限")
_CLAUSE_LEAD_ZH = re.compile(r"(?:报告期内|报告期|本报告期|本期|期内|其中|同期|此外|另外|截至\S{0,10}?)")
"""Words opening a clause before a firm's legal name ("报告期内，…"): no part of the name."""
_SINCE_FOUNDING = re.compile(r"(?:上市|成立|设立|設立|创立|創立|建行|开业|開業)以来[^。；;]{0,16}?累[计計]")
"""Earlier in a figure's clause: a total since the firm listed or was founded ("上市以来，公司累计现金分红12.36亿元"), over no
period a fact can state."""
_ISSUE_TERMS = re.compile(
    r"(?:本期|本次)(?:债券|債券|公司债|公司債|中期票据|短期融资券|可转债)[^。；;，,]{0,8}?(?:发行规模|發行規模|发行总额|发行金额|规模|規模)"
    r"|票面利率|询价区间|詢價區間"
)
"""Earlier in a figure's clause: the terms of a bond being issued ("本期债券发行规模不超过10亿元", "票面利率询价区间为…"),
no result of the issuer."""
_COMMITTED_FLOOR = re.compile(
    r"(?:(?:交易对方|业绩承诺方|补偿义务人|转让方|出让方|原股东|卖方|賣方)[^。；;，,]{0,12}?(?:承诺|承諾|保证|保證)"
    r"|业绩承诺|業績承諾|对赌|對賭)[^。；;]{0,80}?(?:不低于|不少于|不低於|不少於)"
)
"""Earlier in a figure's sentence: a profit the sellers of a business promise it will reach ("交易对方承诺，…2026年至2028年
净利润分别不低于1.40亿元、…"), a term of the deal, no result or outlook of the firm (what the company itself commits to
stays its plan: "公司承诺未来三年每年现金分红不低于2亿元")."""
_GAP_TO_OTHER_BEFORE = re.compile(
    r"(?<![同环])(?:较|比|相较于?|相比于?)(?P<other>[\u4e00-\u9fffA-Za-z]{2,14}?)(?:高出|低出|多出|少出|高|低|多|少)了?约?\s?$"
)
"""Right before a figure: the gap between the firm and another it is set against ("毛利率为31.5%，较澄锂股份高出9.7个百分点",
"比行业平均高出3个百分点"), no move of either over time; ``other`` naming a time ("较上年同期高出") is a change."""
_TIME_IN_OTHER = re.compile(r"[年季月期初末周日前上去此增减升降涨跌幅略稍]")
"""In the other side of a comparison, a time word (the firm against its own past, a change) or a word of a move
("同比大幅减少"): no other party."""
_SUPERSEDED_BEFORE = re.compile(r"前次(?:业绩)?预告|原(?:业绩)?预告|(?:修正|更正)前")
"""Earlier before a figure: the forecast a preannouncement revision replaces ("前次业绩预告情况：…预计…为8,000万元–9,500万元"),
no outlook the firm still gives."""
_REVISED_SINCE = re.compile(r"(?:修正|更正)(?:后|为)")
"""Between the superseded forecast's cue and a figure: the revised forecast begins."""
_VESTING_CONDITION = re.compile(r"(?:第[一二三四五六]个)?(?:归属期|解除限售期|行权期)|业绩考核目标|考核目标[:：]")
"""Earlier in a figure's line: a share incentive plan's vesting period or target ("第一个归属期 2026年 营业收入增长率不低于
15%"), a condition the plan sets, no result or outlook of the firm."""

_DISCLOSURE_CASE = re.compile(r"适用(?:的)?情形|属于(?:以下|下列)(?:情形|情况)")
"""Earlier in a figure's sentence: the case of the exchange's rule a preannouncement falls under ("业绩预告的具体适用情形：
实现盈利，且净利润与上年同期相比上升50%以上"), whose figure is the rule's threshold, no result or outlook of the firm."""


def _gap_to_other(text: str, clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether the figure is the gap between the firm and another it is set against (``_GAP_TO_OTHER_BEFORE``)."""
    gap = _GAP_TO_OTHER_BEFORE.search(text, max(clause[0], m.start - 24), m.start)
    return gap is not None and _TIME_IN_OTHER.search(gap.group("other")) is None


def _superseded(text: str, m: NumberMention) -> bool:
    """Whether the figure is a forecast a revision replaces: after the superseded forecast's cue in its paragraph, with
    no revised forecast begun between them."""
    cues = list(_SUPERSEDED_BEFORE.finditer(text, max(0, m.start - 120), m.start))
    return bool(cues) and _REVISED_SINCE.search(text, cues[-1].end(), m.start) is None


def _list_of_norms(text: str, clause: tuple[int, int], first: NumberMention) -> bool:
    """Whether the first figure of a list is a norm: the list's later figures are norms too."""
    return _NORM_BEFORE.search(text, max(clause[0], first.start - 60), first.start) is not None


def _not_a_fact(text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention) -> bool:
    """A figure the sentence does not state as a fact of the business in its period: counterfactual,
    negated, another party's estimate, a part of a change, a norm, a change over several years."""
    lo = max(clause[0], m.start - 60)
    return bool(
        _BEYOND_FIGURE.match(text, m.end)
        or _PART_OF_CHANGE.match(text, m.end)
        or _IMPACT_BY.search(text, lo, m.start)
        or (m.unit in _RATE_UNITS and _IMPACT_ON_ZH.search(text, lo, m.start) is not None)
        or _effect_in_list(text, sentence, m)
        or _contribution(text, lo, m)
        or _growth_contribution(text, sentence, m)
        or _commodity_price(text, clause, m)
        or _AVAILABLE_TO_FUND_AFTER.match(text, m.end)
        or (_SIZE_OF_COMPANY.match(text, m.end) is not None and _A_BEFORE.search(text, max(0, m.start - 3), m.start) is not None)
        or _NORM_BEFORE.search(text, lo, m.start)
        or _STACK_BEFORE.search(text, lo, m.start)
        or _PER_PLACE_BEFORE.search(text, lo, m.start) is not None
        or _NAMED_LAW_AFTER.match(text, m.end) is not None
        or (m.unit not in _RATE_UNITS and _GROWTH_AMOUNT_AFTER.match(text, m.end) is not None)
        or (m.unit in _RATE_UNITS and _growth_in_another(text, m))
        or (m.unit in _RATE_UNITS and _OVER_PRIOR_GUIDANCE_AFTER.match(text, m.end) is not None)
        or (_PAST_CAGR_BEFORE.search(text, lo, m.start) is not None and _PAST_CAGR_AFTER.match(text, m.end) is not None)
        or _HYPOTHETICAL.search(text, clause[0], m.start)
        or (("ach " in text or "very " in text) and _SENSITIVITY.search(text, sentence[0], sentence[1]) is not None)
        or _NEGATED.search(text, clause[0], m.start)
        or _CONSENSUS.search(text, max(clause[0], m.start - 72), m.start)
        or _CONSENSUS_VERB.search(text, max(sentence[0], m.start - 140), m.start)
        or _CONSENSUS_SOURCE_AFTER.match(text, m.end)
        or _CONSENSUS_PAIR_BEFORE.search(text, max(sentence[0], m.start - 190), m.start)
        or _CONSENSUS_BY_AFTER.match(text, m.end)
        or _UNSURE_AFTER.match(text, m.end)
        or (m.counter == "家" and _PEER_COUNT.match(text, m.end) is not None)
        or (m.counter == "家" and text[max(0, m.start - 1) : m.start] == "等")  # "祥硕、嘉泽、台积电等31家"
        or (m.unit == "%" and _TALLY_SHARE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)
        or _SINCE_YEAR_START_AFTER.match(text, m.end)
        or _THRESHOLD_BEFORE.search(text, lo, m.start)
        or _outside_period(text, sentence, clause, m)
        or _RECORD_MARGIN.search(text, lo, m.start)
        or _RECORD_MARGIN_AFTER.match(text, m.end)
        or (m.unit == "%" and _CONTRIBUTION_SHARE_AFTER.match(text, m.end) is not None)
        or _STOCK_MOVE_BEFORE.search(text, max(clause[0], m.start - 16), m.start)
        or _OFFICIAL_STATISTICS.search(text, sentence[0], m.start)
        or (not text.isascii() and _FORMULA_BEFORE.search(text, max(0, m.start - 4), m.start) is not None)
        or (not text.isascii() and _FORMULA_AFTER.match(text, m.end) is not None)
        or (m.unit == "%" and _STAKE_BEFORE.search(text, max(clause[0], m.start - 12), m.start) is not None)
        or (m.unit == "%" and _STAKE_AFTER.match(text, m.end) is not None)
        or (not text.isascii() and _gap_to_other(text, clause, m))
        or (not text.isascii() and _superseded(text, m))
        or (
            m.unit == "%"
            and _SHARE_OF_SHARES_BEFORE.search(text, max(sentence[0], m.start - 72), m.start) is not None
            and _GRANT.search(text, sentence[0], m.start) is not None
        )
        or (not text.isascii() and _COMMITTED_FLOOR.search(text, sentence[0], m.start) is not None)
        or ("以来" in text and _SINCE_FOUNDING.search(text, sentence[0], m.start) is not None)
        or (("债" in text or "債" in text or "利率" in text) and _ISSUE_TERMS.search(text, clause[0], m.start) is not None)
        or (not text.isascii() and _VESTING_CONDITION.search(text, sentence[0], m.start) is not None)
        or (not text.isascii() and _DISCLOSURE_CASE.search(text, sentence[0], m.start) is not None)
        or _INDEX_MOVE_BEFORE.search(text, max(clause[0], m.start - 16), m.start)
        or _market_evidence(text, sentence, m)
        or (_SHARE_TURNOVER_BEFORE.search(text, max(clause[0], m.start - 8), m.start) is not None
            and _SHARE_QUOTE.search(text, sentence[0], m.start) is not None)
    )


_MARKET_EVIDENCE_CUES = (
    r"transactions?\s+(?:done\s+)?by\s+others",
    r"others'\s+(?:transactions|sales|deals)",
    r"comparable\s+(?:transactions|trades|deals|(?:property|asset|building|land)\s+sales)",
    r"comparable\s+sales\s+(?:in|across)\s+(?:the|our|this|that)\s+(?:\w+\s+)?(?:market|submarket|area)s?",
    r"recent\s+(?:trades|transactions|sales|deals)\s+(?:in|across)\s+the\s+(?:market|sector|industry)",
    r"\b(?:a|one|another)\s+(?:of\s+our\s+)?(?:peers?|competitors?)\b",
    r"\bpeers?\s+(?:sold|bought|acquired|traded)",
    r"market\s+evidence",
    r"private[\s-]market\s+(?:trades|transactions|values?|pricing)",
)
"""Words that cite other parties' deals as evidence of market values ("can be seen in transactions by
others", "comparable sales traded at"): one row per wording."""
_MARKET_EVIDENCE = re.compile("|".join(f"(?:{c})" for c in _MARKET_EVIDENCE_CUES), re.IGNORECASE)
_DEAL_VERB = Sifted(re.compile(
    r"\b(?:sold|bought|acquired|purchased|traded|trading|trade\s+at|transacted|changed\s+hands|sale[\s-]leaseback|priced)\b",
    re.IGNORECASE,
))
_FIRST_PERSON = re.compile(
    r"\b(?:we|us|we've|we're|we'd)\b|\bour\s+(?!(?:\w+\s+)?(?:peers?|competitors?|(?:sub)?markets?|areas?)\b)", re.IGNORECASE
)
"""The company as the party of a deal ("we sold", "our building traded"), not "our peers" or "our markets"."""


def _market_evidence(text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
    """A figure of another party's deal cited as market evidence ("Just last month, a peer sold a lab
    building at $2,000 per square foot"; "comparable sales traded at a 5% cap rate"): no fact of the
    company. The cue stands in the figure's sentence or the one before it; the sentence must tell of
    a deal and not of the company's own ("we sold ... in line with comparable sales" is the company's)."""
    if not text.isascii():
        return False
    # the statement across line breaks (a transcript may wrap its lines inside a sentence)
    ends = _statement_ends(text)
    k = bisect.bisect_right(ends, m.start)
    lo = min(sentence[0], ends[k - 1] if k else 0)
    hi = max(sentence[1], ends[k] if k < len(ends) else len(text))
    if _DEAL_VERB.search(text, lo, hi) is None or _FIRST_PERSON.search(text, lo, m.start) is not None:
        return False
    if _MARKET_EVIDENCE.search(text, lo, hi) is not None:
        return True
    prev = ends[k - 2] if k >= 2 else 0
    return k >= 1 and _MARKET_EVIDENCE.search(text, prev, lo) is not None


def _buyback_status(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention, name: str
) -> str:
    """What a buyback figure is: shares bought back ("3536万股"), an authorization (not yet executed),
    what remains of one, or money spent on repurchases."""
    if m.unit == "count" and _SHARES_AFTER.match(text, m.end):
        return "shares repurchased"
    if _AUTHORIZATION_OF.search(text, max(clause[0], m.start - 40), m.start) or _SIZES_PROGRAM_AFTER.match(text, m.end):
        # "remaining of our current authorization of $7.5 billion", "under the $1.5 billion program": its size
        return "buyback authorization"
    near = text[max(clause[0], m.start - 60) : min(clause[1], m.end + 40)]  # ("回购了12亿美元，未来…执行回购计划": the plan is later)
    if _AUTHORIZED.search(near):
        return "remaining buyback authorization" if _REMAINING.search(near) else "buyback authorization"
    return name


_ZH_FULL_STOP = re.compile(r"[。！？!?\n]|(?<=[\u4e00-\u9fff\])）%])\s(?P<item>[-–—•])(?=\s)")
"""Where a Chinese statement ends: a full stop, a line end, or the start of the next list item ("…成为最大预期差 [3] - 销售成本…")."""
_STATEMENT_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_SOURCE_MARK_END = re.compile(r"(?<=\d\])\s(?=[\u4e00-\u9fff])")
"""After a digest's source markers ("…增长16% [2][3] 运营数据 - …"): the end of the item they close."""


def _statement_start(text: str, sentence_start: int, pos: int) -> int:
    """Start of the statement a figure belongs to, across the semicolons of an enumeration ("our full
    year 2020 guidance is as follows; net sales of ...; GAAP earnings of $2.00 to $2.20 per share")."""
    if not text.isascii():
        # "蔡力行预期，第4季营收将介于…；毛利率约44.5%至47.5%": a forecast's semicolons enumerate it
        last = _last_zh_stop(text, sentence_start)
        full = last.end() if last is not None else 0
        if last is not None and last.group("item") is not None:
            marked = [x.end() for x in _SOURCE_MARK_END.finditer(text, full, sentence_start + 1)]
            if marked:
                return marked[-1]  # "…4Q25指引… [3] 三季度业绩 - 收入…": the source marker ended that item
            return min(full, sentence_start)  # a list item is a statement of its own
        if full < sentence_start and next(_guidance_marks(text, full, sentence_start), None) is not None:
            return full
        return sentence_start
    if pos and text[pos - 1] in "!?.":
        start = pos  # a statement end right before the figure (text read up to it ends there)
    else:
        ends = _statement_ends(text)
        k = bisect.bisect_left(ends, pos)
        start = ends[k - 1] if k else 0
    return min(start, sentence_start)


@lru_cache(maxsize=2)
def _zh_stops(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """The Chinese statement ends of a paragraph and their end offsets, found once for all its figures."""
    stops = list(_ZH_FULL_STOP.finditer(text))
    return stops, [x.end() for x in stops]


def _last_zh_stop(text: str, pos: int) -> re.Match[str] | None:
    """The last Chinese statement end found in ``text[:pos]``. A match is at most two characters and
    none can hide another, so the whole paragraph's matches serve every figure: those ending by
    ``pos``, less a list-item mark whose lookahead needs the character at ``pos``."""
    stops, ends = _zh_stops(text)
    k = bisect.bisect_right(ends, pos)
    while k and (ends[k - 1] == pos and stops[k - 1].group("item") is not None):
        k -= 1
    return stops[k - 1] if k else None


@lru_cache(maxsize=2)
@lru_cache(maxsize=2)
def _statement_ends(text: str) -> tuple[int, ...]:
    """Ends of the statements of a paragraph, found once for all its figures (each figure's rules ask)."""
    return tuple(x.end() for x in _STATEMENT_END.finditer(text))


_PERIOD_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|also|then|now|meanwhile)\s*,?\s+)?(?:(?:for|in|during|over|through|across|on\s+an?)\s+)?"
    r"(?:the\s+|this\s+|our\s+)?$",
    re.IGNORECASE,
)
"""Between a statement's start and the period it opens with ("For 9 months, ...", "And for the full year, ...", "On a
year-to-date basis, ...")."""


def _statement_lead(
    text: str, sentence: tuple[int, int], m: NumberMention, usable: Sequence[PeriodMention], starts: Sequence[int]
) -> str | None:
    """The period an English statement opens with, for a figure after a semicolon that names none of its own
    ("For 9 months, revenues were $3.2 billion, up 21%; and adjusted EPS was $4.69"): every period named
    before the figure's sentence must agree with it."""
    start = _statement_start(text, sentence[0], m.start)
    if start >= sentence[0]:
        return None
    named = usable[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, sentence[0])]
    if not named or named[0].forward or not named[0].period:
        return None
    if not _PERIOD_LEAD.fullmatch(text, start, named[0].start):
        return None
    if any(pm.period != named[0].period or pm.forward for pm in named):
        return None
    return named[0].period


_AFTER_QUARTER_END = re.compile(
    r"\s*(?:post|after|subsequent\s+to|since)\s+(?:the\s+)?(?:(?:quarter|period)[\s-]end|end\s+of\s+the\s+(?:quarter|period))",
    re.IGNORECASE,
)
"""A sentence opening after the quarter ended ("Subsequent to quarter end, we amended our term loan ... We
extended the maturity ... and reduced the pricing margin by 5 basis points"): the paragraph reports events
of the quarter after until it names another period."""


def _running_span(
    para: _Paragraph, sentence: tuple[int, int], usable: Sequence[PeriodMention], starts: Sequence[int], quarter: int | None
) -> str | None:
    """The months an earlier sentence of the paragraph opened with, for a sentence that names no period
    ("For the nine months ended September 30, 2022, net income was $5.2 million. AFFO was $5.8
    million."): the paragraph reports that span until it names another period. The same for the
    quarter after the one reported ("Subsequent to quarter end, ...", ``_AFTER_QUARTER_END``)."""
    named = usable[: bisect.bisect_left(starts, sentence[0])]
    if not named:
        return None
    last = named[-1]
    after_end = last.kind == "quarter" and bool(last.period) and _AFTER_QUARTER_END.fullmatch(para.text, last.start, last.end)
    if after_end:
        lead_start = para.sentence_starts[bisect.bisect_right(para.sentence_starts, last.start) - 1]
        return last.period if _PERIOD_LEAD.fullmatch(para.text, lead_start, last.start) else None
    lead_start = para.sentence_starts[bisect.bisect_right(para.sentence_starts, last.start) - 1]
    if last.kind == "month" and last.period and "-" in last.period and not last.forward:
        # "October RevPAR was $196. Occupancy was 71%, and ...": a sentence that goes on listing measures
        # right after one of a whole month is of that month
        i = bisect.bisect_left(para.sentence_starts, sentence[0])
        opens = len(para.text[sentence[0] : sentence[1]]) - len(para.text[sentence[0] : sentence[1]].lstrip()) + sentence[0]
        if i > 0 and last.start >= para.sentence_starts[i - 1] and any(h.start == opens for h in para.metrics):
            return last.period
    if (
        last.kind == "span"
        and not last.forward
        and not last.quarters
        and last.period
        and "-" in last.period
        and _PERIOD_LEAD.fullmatch(para.text, lead_start, last.start)
    ):
        return last.period
    return last.period if _leads_period(para, last, quarter) else None


_YEAR_TALK_LINES = 3
def _since_year_span(text: str, sentence: tuple[int, int], m: NumberMention, period: str | None, year: int | None) -> str | None:
    """A figure dated by an earlier year its sentence names as a bound ("Since our IPO in 2017, ... while generating
    $1.4 billion of cash flow from operations"): the sum over the years since then, not that year's."""
    if not period or not period.isdigit() or year is None or not int(period) < year:
        return period
    bound = _SINCE_YEAR.search(text, sentence[0], m.start)
    if bound is None or bound.group("y") != period or text.count(period, sentence[0], m.start) != 1:
        return period
    return f"{period}-{year}"


def _since_quarter_span(
    text: str,
    sentence: tuple[int, int],
    m: NumberMention,
    period: str | None,
    mentions: Sequence[PeriodMention],
    reported: str | None,
    change: bool,
) -> str | None:
    """A figure dated by a quarter or month its sentence names as a bound ("up 16% since the third quarter
    of 2019", "Since May, we have purchased ... at an average price of $98.57"): a change is measured at the report
    quarter against it; an amount sums the quarters since then."""
    now = periods.parse_quarter(reported) if reported else None
    first = _bound_quarter(period)
    if now is None or first is None or first >= now:
        return period
    for pm in mentions:
        if not sentence[0] <= pm.start < sentence[1] or _bound_quarter(pm.period) != _bound_quarter(period):
            continue
        bound = _SINCE_BOUND.search(text, max(sentence[0], pm.start - 40), pm.start) or _SINCE_LEAD.match(text, pm.start)
        if bound is None:
            continue
        if _RECORD_BEFORE_SINCE.search(text, m.end, bound.start()):
            return reported  # "411 leases executed represents the most transactions since the first quarter of 2018"
        if bound.groupdict().get("end"):
            first += 1  # "since the end of the second quarter": the quarters after it
        if change or first >= now:
            return reported
        return periods.span(first, now)
    return period


_RECORD_BEFORE_SINCE = re.compile(
    r"(?<![A-Za-z])(?:most|highest|best|largest|biggest|strongest|greatest|lowest|fewest)(?![A-Za-z])", re.IGNORECASE
)
"""Between a figure and the quarter its sentence names as a bound: a record, the figure the best of the quarters
since then, itself of the quarter reported."""


def _bound_quarter(period: str | None) -> int | None:
    """The quarter a quarter or a month period falls in."""
    if not period:
        return None
    month = _MONTH_PERIOD.fullmatch(period)
    if month:
        return periods.parse_quarter(f"{month.group(1)}Q{(int(month.group(2)) - 1) // 3 + 1}")
    return periods.parse_quarter(period)


_MONTH_PERIOD = re.compile(r"((?:19|20)\d\d)-(\d\d)")
_SINCE_BOUND = re.compile(
    r"(?<![A-Za-z])since\s+(?:(?:early|late|mid|the\s+(?:start|beginning)\s+of|(?P<end>(?:the\s+)?end\s+of))[\s-]+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""Right before a quarter or month: the bound of a time since then ("since the third quarter of 2019", "Since May")."""
_SINCE_QUARTER = re.compile(
    r"(?<![A-Za-z])since\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|Q[1-4]\b|[1-4]Q\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)",
    re.IGNORECASE,
)
"""A quarter or month named as the bound of a time since then ("since the third quarter of 2019", "since May")."""


def _clause_stop(text: str, pos: int) -> int:
    """Where the clause going on at ``pos`` stops (its comma, semicolon or full stop)."""
    stop = _CLAUSE_STOP.search(text, pos)
    return stop.start() if stop else len(text)


_CLAUSE_STOP = re.compile(r"[,;](?=\s)|\.(?=\s|$)")
_SINCE_EVENT = re.compile(
    r"(?<![A-Za-z])since\s+(?:launching|inception|(?:we|it)\s+(?:launched|started|began|were\s+founded|went\s+public)|"
    r"(?:the|our|its)\s+(?:launch|inception|founding|formation)(?:\s+of)?)(?![A-Za-z])(?![^.;,]{0,60}?\b(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
"""A sum's bound that is an event with no date ("since launching the Epic Pass", "since inception")."""
_SINCE_EVENT = fast(_SINCE_EVENT)
_SINCE_LEAD = re.compile(r"since\s", re.IGNORECASE)
"""A period written with its bound word ("Since May")."""
_SINCE_RATE_UNITS = frozenset({"%", "bps", "pp"})
"""Units of figures that compare a level with an earlier one: since a bound, the change up to the report quarter."""
_SINCE_YEAR = re.compile(
    r"(?<![A-Za-z])since\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end)\s+of)[\s-]+"
    r"|(?:our|its|the)\s+(?:IPO|listing|founding|inception|spin[\s-]?off|separation|merger|formation)\s+in\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?![\d-])(?!\s*,?\s*(?:when|at\s+which\s+time)\b)",
    re.IGNORECASE,
)
"""A year named as a bound of the time since ("Since our IPO in 2017", "since 2015"); not one a clause after it
goes back to ("since 2017, when we were paying an annual dividend of $0.50")."""
_TRAILING_AFTER = re.compile(r"(?<![A-Za-z])(?:trailing|last)\s+(?:12|twelve)\s+months?(?![A-Za-z])|(?<![A-Za-z])(?:TTM|LTM)(?![A-Za-z])", re.IGNORECASE)
"""After a ratio in its clause: the trailing months its earnings cover ("1.6x net debt to trailing 12 months EBITDA")."""
_FLOW_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:produced|generated|generating|producing)\s+"
    r"(?:(?:roughly|approximately|about|around|nearly|almost|over|more\s+than|some|an?\s+additional)\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: the span's output ("we have produced roughly $100 million in cash"), a flow even of
a measure that is otherwise a balance."""
_PLAN_FOR_YEAR = re.compile(
    r"\b(?:capital|capex|investment)(?:\s+(?:investment|expenditure|spending))?\s+(?:plan|program|budget)"
    r"\s+for\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+)?(?:year\s+)?(?P<y1>20\d\d)\b"
    r"|\b(?:calendar|fiscal)\s+(?:year\s+)?(?P<y2>20\d\d)\s+(?:capital|capex)(?:\s+investment)?\s+(?:plan|program|budget)\b",
    re.IGNORECASE,
)
"""A capital plan named with its year ("capital investment plan for calendar year 2022", "our calendar year 2022
capital plan")."""
_PLAN_FOR_YEAR = fast(_PLAN_FOR_YEAR)
_PLAN_WORD = re.compile(r"\b(?:plan|program|budget)\b", re.IGNORECASE)
"""A sentence about the plan ("The core capital plan is approximately $150 million")."""
_ZH_PLAN_FOR_YEAR = re.compile(r"(?P<y1>20\d\d)\s?年[^。！？\n；;]{0,10}?(?:力争|计划|目标)")
"""A year a Chinese sentence of plans or targets leads with ("2026年公司力争实现营业收入…")."""
_ZH_PLAN_WORD = re.compile(r"计划|预算")
"""A Chinese sentence about the plan ("资本开支计划约8亿元")."""
_PLAN_METRICS = frozenset({"capex", "growth capex", "maintenance capex"})


def _zh_plan_year(
    text: str, sentence: tuple[int, int], at: int, mentions: Sequence[PeriodMention], ctx: PeriodContext
) -> str | None:
    """The year of a capital plan a Chinese sentence gives with no period ("资本开支计划约8亿元") after a sentence of the
    same paragraph led by the year of its plans ("2026年公司力争实现营业收入…"): that year, when it is the document's
    or the next; else None."""
    if any(sentence[0] <= pm.start < sentence[1] for pm in mentions) or not _ZH_PLAN_WORD.search(text, sentence[0], at):
        return None
    lead = max(_ZH_PLAN_FOR_YEAR.finditer(text, 0, sentence[0]), key=lambda h: h.start(), default=None)
    quarter = ctx.quarter
    if lead is None or quarter is None or int(lead.group("y1")) not in (quarter // 4, quarter // 4 + 1):
        return None
    return lead.group("y1")
"""Capital spending: what a capital plan holds."""
_PLAN_YEAR_SENTENCES = 15
"""How many sentences on a capital plan named with its year still tells the plan figures' year."""
"""How many lines on a year a one-sentence line led with still holds."""
_YEAR_TALK_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|also|then|now|meanwhile)\s*,?\s+)?"
    r"(?:(?:for|in|during|over|through|across|earlier|so\s+far)\s+)?(?:the\s+|this\s+|our\s+)?$",
    re.IGNORECASE,
)
"""Between a statement's start and the year or span it opens with ("For the full year, ...", "Earlier this
year, ...", "Year to date, ...")."""
_ABOUT_THE_YEAR = re.compile(r"\s+(?:was|has\s+been)\s+(?:a|an|another)\s+[^.;:\d]{0,40}?\byear\b", re.IGNORECASE)
"""After a year that opens a sentence about it ("2021 was a record-setting year for us")."""


_FULL_YEAR_WORDS = re.compile(r"(?:the\s+)?full[\s-]year", re.IGNORECASE)
"""A year named as the full year ("Full year revenue grew 9%"), not by its number."""


def _leads_period(para: _Paragraph, pm: PeriodMention, quarter: int | None) -> bool:
    """Whether the year or span that holds the document's quarter opens its sentence or is what the sentence
    is about: the figures of the sentences after it that name no period are that year's ("For the full year,
    revenues were $11.7 billion. Adjusted EPS was $2.07."), until another period is named. An earlier year
    ("Last year, we had favorable discrete items") is the background of a comparison, not what follows."""
    if pm.kind not in ("span", "year") or pm.forward or pm.quarters or not pm.period or quarter is None:
        return False
    first, _, last = pm.period.partition("-")
    lo, hi = (periods.parse_quarter(first), periods.parse_quarter(last)) if last else (None, None)
    if not (first.isdigit() and int(first) == quarter // 4) and not (lo is not None and hi is not None and lo <= quarter <= hi):
        return False
    lead_start = para.sentence_starts[bisect.bisect_right(para.sentence_starts, pm.start) - 1]
    if not _YEAR_TALK_LEAD.fullmatch(para.text, lead_start, pm.start):
        return False
    if pm.kind == "span" or para.text[lead_start : pm.start].strip():
        return True  # "Year to date, ...", "For the full year, ..."
    # "Last year, we ...", "2021 was a record-setting year": not a year that only modifies a noun ("2020 revenue");
    # "Full year revenue grew 9%" opens a line on the whole year
    return (
        para.text[pm.end : pm.end + 1] == ","
        or bool(_ABOUT_THE_YEAR.match(para.text, pm.end))
        or bool(_FULL_YEAR_WORDS.fullmatch(para.text, pm.start, pm.end))
    )


def _may_lead_year(para: _Paragraph, quarter: int | None) -> bool:
    """Whether a period may open the paragraph's one sentence as ``_leads_period`` or ``_leads_year_ahead`` reads
    it: a match of the period patterns starts right after a lead either allows. A line none opens starts no year's
    talk, so its periods need not be resolved for it (text that is not ASCII is always resolved)."""
    if quarter is None:
        return False
    text = para.text
    if not text.isascii():
        return True
    lead_start = para.sentence_starts[0]
    return any(
        _YEAR_TALK_LEAD.fullmatch(text, lead_start, at) or _YEAR_AHEAD_LEAD.fullmatch(text, lead_start, at)
        for at in periods.mention_starts(text)
    )


def _leads_year_ahead(para: _Paragraph, pm: PeriodMention, quarter: int | None) -> bool:
    """Whether the year after the document's opens its sentence as the plan's ("Looking ahead to 2026, our
    capital plan can be funded at $45 oil."): the one-sentence lines after it that name no period tell that
    plan ("The $900 million capital plan represents a 40% reinvestment ratio.")."""
    if pm.kind != "year" or not pm.period or not pm.period.isdigit() or quarter is None or int(pm.period) != quarter // 4 + 1:
        return False
    lead_start = para.sentence_starts[bisect.bisect_right(para.sentence_starts, pm.start) - 1]
    return bool(_YEAR_AHEAD_LEAD.fullmatch(para.text, lead_start, pm.start)) and para.text[pm.end : pm.end + 1] == ","


_YEAR_AHEAD_LEAD = re.compile(
    r"\s*(?:(?:and|so|now)\s*,?\s+)?(?:(?:as\s+we\s+)?(?:look(?:ing)?|turn(?:ing)?)\s+(?:ahead\s+|forward\s+)?to|for|in)\s+$",
    re.IGNORECASE,
)
"""Before a coming year that opens a sentence on the plan ("Looking ahead to 2026,", "Turning to 2026,", "For 2026,")."""


_CHANGED_TO = re.compile(r"[^.;$\d]{0,24}?(?<![A-Za-z])to(?:\s+now)?\s+(?:an?\s+|approximately\s+|about\s+)?$", re.IGNORECASE)
"""Between an earlier guidance and the new one: what it was changed to ("from $6.70 per share to $7.35")."""


def _earlier_guidance_periods(text: str, out: list[Fact]) -> list[Fact]:
    """An earlier guidance that names no period is for the period of the new one it was changed to right
    after it ("raising the midpoint of our full year guidance from $6.70 to $7.35 per share", "narrowed from
    our previously stated $7 million to $9 million to $8 million to $9 million")."""
    fixed = list(out)
    for i, f in enumerate(out):
        if f.basis != "prior" or f.period is not None or not f.metric.endswith(" guidance"):
            continue
        f_end = text.find(f.raw, f.start) + len(f.raw)
        for g in out[i + 1 :]:
            g_start = text.find(g.raw, f_end)
            if g.metric == f.metric and g.basis is None and g.period and _CHANGED_TO.fullmatch(text, f_end, g_start):
                fixed[i] = replace(f, period=g.period)
                break
    return fixed


def _leading_adverbial(
    para: _Paragraph, sentence: tuple[int, int], m: NumberMention
) -> tuple[int, int] | None:
    """The clause a sentence opens with when it holds no figure ("On a linked quarter basis, ..."): what
    it says about comparisons applies to the whole sentence."""
    first = para.clause_start(sentence[0])
    i = bisect.bisect_right(para.clause_starts, first) - 1
    lo, hi = para.clauses[i]
    if hi > m.start or hi - lo > 60 or _DIGIT.search(para.text, lo, hi):
        return None
    return lo, hi


def _stretch_before(
    sentence: tuple[int, int], c_start: int, mentions: Sequence[NumberMention]
) -> tuple[int, int] | None:
    """The part of a figure's sentence before its clause and after the sentence's last figure there ("That said,
    on a sequential basis, gross margins improved 13 basis points"; "... improvement in occupancy compared to the
    second quarter, with an increase of 110 basis points"): a comparison it names is the figure's when the
    figure's own clause names none."""
    lo = max([sentence[0], *(x.end for x in mentions if sentence[0] <= x.start and x.end <= c_start)])
    return (lo, c_start) if c_start > lo else None


def _names_comparison(text: str, span: tuple[int, int] | None, period_mentions: Sequence[PeriodMention]) -> bool:
    """Whether a stretch of text names a comparison: a YoY or QoQ marker, or a base period."""
    return span is not None and bool(
        _YOY.search(text, *span) or _QOQ.search(text, *span) or any(pm.base and span[0] <= pm.start < span[1] for pm in period_mentions)
    )


_DIGIT = re.compile(r"\d")
def _ended_before(period: str | None, quarter: int | None) -> bool:
    """Whether a quarter (or a span) ended before the document's quarter: a result, not what is guided."""
    last = periods.parse_quarter(period.split("-")[-1]) if period and "Q" in period else None
    return last is not None and quarter is not None and last < quarter


_BUSINESS_GROUP_BEFORE = re.compile(r"(?:业务|事业|方案|服务|设备|解决方案)$")
"""Right before "集团"/"群": the business a business group is named for ("智能设备业务集团", "方案服务业务集团")."""
_EVENT_AFTER_ZH = re.compile(r"\s?(?:第?[一二三四1-4]\s?季度?)?\s?(?:内|中)?\s?(?:公布|宣布|推出|发布|启动|展开|落实)的?")
"""After a period: when something was announced ("于2024年第二季公布的30亿元股份回购计划"), no period a later
"期内" refers to."""
_IN_PERIOD = re.compile(r"期内|报告期内|本期内?|同期内")
_IN_REPORT_PERIOD = re.compile(r"报告期内")
"""The report's own span ("报告期内" of a nine-month report is the nine months, whatever the paragraph before
was about)."""
_THIS_PERIOD = re.compile(r"本季度?|单季度?|单计|当季")
_QUARTER_ALONE = re.compile(r"单计(?:第?[一二三四1-4]|本|当|该)季|单季计")
_LIST_LEAD = re.compile(r"(?:如下|以下|包括|分别为)?\s*[:：]$")
_LIST_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、)）]|[•·\-–—*])")
"""A paragraph that opens a list with a colon, and the numbered or bulleted items that follow it."""
_HEADING_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,11}|[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*){0,3}")
"""A bare heading line that can be a firm's name ("上汽集团", "Sound Group")."""
_SECTION_HEADING = re.compile(
    r"(?:观点|觀點|表现|表現|评级|評級|发展|發展|分析|预测|預測|状况|狀況|情况|情況|概况|概況|动态|動態|行业|行業|板块|板塊"
    r"|市场|市場|指标|指標|展望|风险|風險|提示|要点|要點|摘要|亮点|亮點|总结|總結|策略|建议|建議|数据|數據|业务|業務|概述"
    r"|回顾|回顧|结论|結論|点评|點評|纪要|紀要|财报|財報|业绩|業績|公告|新闻|新聞|资讯|資訊|简介|簡介|背景|目录|目錄|附录|附錄"
    r"|方面|因素)$"
    r"|^(?:Key|Financial|Business|Market|Outlook|Summary|Highlights|Risks?|Investment|Rating|Overview)\b"
)
"""Endings of a section label ("核心观点", "财务表现", "医药行业"): a heading that names a topic, not a firm."""
_PAGE_FURNITURE = re.compile(
    r"\s*[【\[]?\s*(?:(?P<list>相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关文章|相關文章|"
    r"相关报道|相關報道|热门文章|熱門文章|热门推荐|熱門推薦|猜你喜欢|猜你喜歡|更多阅读|更多閱讀|精彩推荐|精彩推薦|"
    r"相关推荐|相關推薦|相关链接|相關連結|相关连结|更多新闻|更多新聞|热门新闻|熱門新聞|推荐文章|推薦文章|延伸閲讀|"
    r"热点推荐|熱點推薦|往期回顾|往期回顧|今日热点|今日熱點|相关研报|相關研報|热门研报|熱門研報|最新研报|最新研報|"
    r"热门问答|熱門問答|相关问答|相關問答|热门问题|熱門問題)|免责声明|免責聲明)\s*[】\]]?\s*(?:[:：]|$)"
)
"""A page's furniture: the head of a list of other stories (the page's own story ends there), or a
paragraph that is another story's headline or the publisher's notice."""
_TITLE_FIRM: tuple[re.Pattern[str], ...] = (
    # "中芯国际:Q2营收同比增16.2%", "岳川电子(603377):中报业绩稳健"
    re.compile(r"(?P<n>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9}?)(?:\s?[(（][^()（）]{1,16}[)）])?\s?[:：]"),
    # "Marqeta (MQ) Reports Q2 Earnings", "Under Armour (UAA) Q2 Earnings: How Key Metrics Compare"
    re.compile(r"(?P<n>[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*){0,3}) \([A-Z]{1,5}\)(?= )"),
)
"""A headline opening on a firm's name."""
_TITLE_ITEM_LEAD = re.compile(r"(?:\d{1,2}\s?[.、．]\s?)?(?:[【\[][\u4e00-\u9fff]{1,6}[】\]]\s?)?")
"""An item's number and its sector tag before a digest item's title ("3. 【电子】晶衡科技（688413）：…")."""
_CODED = re.compile(r"[(（]\s?\d{4,6}(?:\.[A-Z]{2})?\s?[)）]")
"""A listed firm's code in brackets after its name."""
_REPORT_TAIL = re.compile(
    r"(?:20\d\d\s?年?)?(?:[一二三四1-4]季报|[一二三四1-4]季報|第[一二三四1-4]季度报告|半年报|半年報|中报|中報|年报|年報|财报|財報|业绩快报|業績快報)$"
)
"""A report's name after a firm's in a headline ("青禾银行三季报:…"): no part of the firm's name."""
_ASKING = re.compile(r"\s?(?:请问|請問|您好|你好|想问|想了解|想請問)")
"""The opening of a question or an answer after a colon: a Q&A turn's label, not a headline's firm."""
_TITLE_RESULT = re.compile(
    r"营收|營收|收入|净利|淨利|利润|利潤|业绩|業績|财报|財報|季报|季報|中报|中報|年报|年報|盈利|Q[1-4]|季度|"
    r"(?<![A-Za-z])(?:Earnings|Results|Revenue|Sales|Reports?)(?![A-Za-z])"
)
"""What the rest of a headline says when it reports a firm's results."""
_TITLE_ANNOUNCEMENT = re.compile(
    r"\s?(?:公司|子公司|控股子公司|全资子公司)?(?:拟|将|计划|宣布|公告|披露|发布|获|中标|预中标|签订|签署|与[^，。；：:]{1,16}签|收到|"
    r"回购|增持|减持|投资|募资|定增|收购|出售|转让|设立|斥资|预计)"
)
"""The opening of a headline's rest when it gives a firm's announcement ("拟投资8亿元…", "中标3.5亿元…")."""
_NUMBERED_SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s?、")
"""A filing's numbered section heading ("二、上年同期经营业绩和财务状况", "三、本期业绩预增的主要原因")."""
_PRIOR_SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s?、\s?(?:上年同期|去年同期|上年度同期)[^，。；;\d]{0,20}$")
"""A section heading saying the figures under it are those of the same span a year before ("二、上年同期经营业绩和财务状
况", as a results preannouncement sets last year's figures apart): until the next section, a figure of the span
reported is last year's."""
_OWN_PERIOD_WORD = re.compile(r"(?:19|20)\d{2}\s?年|本期|本报告期|报告期|今年|本年")
"""In a paragraph under a section of last year's figures: a period of its own, which the section does not override."""


_PRIOR_LEAD = re.compile(r"(?:上年同期|去年同期|上年度同期)\s?[，,：:]")
"""A sentence that opens with last year's same span alone ("上年同期，公司归母净利润为31,150万元"): its figures are those
of that span, as a section of last year's figures is (``_PRIOR_SECTION``)."""
_SENTENCE_STOPS = re.compile(r"[。；;！？!?]")


def _prior_led_sentences(text: str) -> list[tuple[int, int]]:
    """The stretches of the sentences of ``text`` opened by ``_PRIOR_LEAD`` that name no period of their own."""
    out = []
    start = 0
    for stop in [*(m.end() for m in _SENTENCE_STOPS.finditer(text)), len(text)]:
        sentence = text[start:stop]
        lead = _PRIOR_LEAD.match(sentence.lstrip())
        if lead is not None and not _OWN_PERIOD_WORD.search(sentence):
            out.append((start, stop))
        start = stop
    return out


_SEGMENT_HEADING = re.compile(
    r"\s*(?:业务回顾|業務回顧|分部回顾|分部回顧|分部业绩|分部業績|业务表现|業務表現|经营回顾|經營回顧|业务分析|業務分析)"
    r"\s*[-–—:：]\s*(?P<seg>[\u4e00-\u9fffA-Za-z&]{2,16})\s*"
)
"""A section heading of a management discussion naming the segment the paragraphs below it are about
("业务回顾-港口及相关服务"); they go on with "此部门", "该分部" or name no subject at all."""
_BARE_LINE = re.compile(r"\s*[^。，,；;：:！？!?\d]{2,24}\s*")
"""A short line with no sentence in it and no figure: a heading."""
_HEADING_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"\s*[一二三四五六七八九十]{1,3}\s?[、.．]\s*")),
    (2, re.compile(r"\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*")),
    (3, re.compile(r"\s*\d{1,2}\s?(?:[、．]|\.(?!\d))\s*")),
    (4, re.compile(r"\s*[（(]\d{1,2}[)）]\s*")),
)
"""How a Chinese page numbers its headings, outermost first ("一、", "（一）", "1.", "（1）"): a heading ends the
section of one at its own level or above."""
_UNNUMBERED_LEVEL = 9
"""The level of a heading line with no number: it ends only a section that an unnumbered heading opened."""
_ZH_WHOLE_IN_SENTENCE = re.compile(r"合计|合計|总计|總計|整体|整體|全公司|全集团|全集團")
"""Words of the whole company's total in a sentence ("两项业务合计实现收入20亿元"): not the figures of the section's unit."""
_BRACKET_FIRM_LEAD = re.compile(r"\s*【(?P<n>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9})】(?=\S)")
"""A paragraph opening on a bracketed name and running on ("【启澜储能】公司公告…")."""
_BRACKET_LABELS = frozenset(
    {"事件", "点评", "點評", "观点", "觀點", "要闻", "要聞", "快讯", "快訊", "公告", "研报", "研報", "晨会", "晨會",
     "重点", "重點", "今日", "导读", "導讀", "编者按", "編者按", "声明", "聲明", "注", "来源", "來源"}
)
"""Bracketed labels of a page's own items ("【事件】", "【点评】"): no firm's name."""
_DATELINE_TAG = re.compile(r"(?:社|网|網|报|報|台|站|者)(?:讯|訊|电|電)$")
"""A wire's or paper's dateline in brackets ("【财华社讯】", "【本报讯】"): the outlet, no firm the item is about."""
_SECTION_WORD = re.compile(r"股东|回报|回報|财务|財務|经营|經營|估值|盈利|分红|分紅|派息|指标|指標|要闻|要聞|概览|概覽")
"""Words of a section label anywhere in it ("股东回报", "经营数据"): a heading no firm's name holds."""
_SUMMED_TO_END = re.compile(r"(?:截至|截止|到)[^，。；,;]{0,8}?(?:[1-9]|1[0-2])月(?:末|底)|(?:[一二三四1-4]|第[一二三四1-4])季度?末")
"""A quarter's or month's end a sum runs to ("截至9月末", "三季度末")."""
_SUMMED = re.compile(r"累计|共计|合计|总计")
"""A sum of the flows since the year's start ("累计实现净利润", "共计实现营业收入")."""
_CUMULATIVE_CUE = re.compile(r"期内|截至[^，。；,;]{0,8}?月(?:底|末|[0-3]?\d\s?日)?止")


_MOVED_FROM = re.compile(r"(?<![A-Za-z])from\s+(?:(?:about|approximately|roughly|nearly)\s+)?$", re.IGNORECASE)
"""Right before a base: the move starts from it ("grew from $3.6 million in the second quarter")."""
_MOVE_RATE_AFTER_LEVEL = re.compile(
    r"(?:\s+(?:in|for|during|at)\s+(?:the\s+)?[^,.;:$\d]{0,40}?(?:\s+(?:19|20)\d\d)?)?\s*,?\s*"
    r"(?:or|(?:(?:which|this)\s+)?(?:represents|representing|represented|reflects|reflecting|reflected|marks|marking|marked|is|was))?"
    r"\s*(?:an?\s+)?(?:(?:increase|decrease|growth|decline|rise|gain|drop)\s+of\s+)?"
    r"(?:(?:about|approximately|roughly|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
"""Between the level a move reached and a rate: the rate is the same move ("to $3.8 million in the third quarter or
4.2%", "to $15.4 million, representing a 2.5% increase")."""


def _moved_from_periods(
    text: str,
    sentence: tuple[int, int],
    mentions: Sequence[NumberMention],
    m: NumberMention,
    period_mentions: Sequence[PeriodMention],
) -> list[PeriodMention]:
    """The period of the base a rate's move started from, when the sentence reads "from <base> in <period> to
    <level>, or <rate>": the rate compares the level with that period."""
    i = mentions.index(m)
    if i < 2 or m.unit != "%":
        return []
    base, level = mentions[i - 2], mentions[i - 1]
    if base.role != "base" or level.role == "base" or base.start < sentence[0]:
        return []
    if not _MOVED_FROM.search(text, max(sentence[0], base.start - 24), base.start):
        return []
    if not _REACHED_LEVEL.fullmatch(text, base.end, level.start) and not any(
        base.end <= pm.start and _BASE_AFTER.fullmatch(text, base.end, pm.start)
        and _REACHED_LEVEL.fullmatch(text, pm.end, level.start)
        for pm in period_mentions
    ):
        return []
    if not _MOVE_RATE_AFTER_LEVEL.fullmatch(text, level.end, m.start):
        return []
    return [
        pm for pm in period_mentions if base.end <= pm.start < level.start and _BASE_AFTER.fullmatch(text, base.end, pm.start)
    ][:1]


def _earlier_span_of_year(period: str | None, compared: Sequence[PeriodMention], lo: int, at: int) -> bool:
    """Whether the clause before a Chinese figure at ``at`` names as its base a span of the figure's own year that ends
    before its period does ("前三季度…较上半年收窄2个基点"): a move the fact contract states as no YoY or QoQ."""
    if not period or not compared:
        return False
    base = [pm for pm in compared if pm.base and lo <= pm.start < at and pm.period and "-" in pm.period]
    if not base:
        return False
    end = periods.parse_quarter(period.rsplit("-", 1)[-1])
    base_end = periods.parse_quarter(str(base[-1].period).rsplit("-", 1)[-1])
    return end is not None and base_end is not None and base_end // 4 == end // 4 and base_end < end


def _named_comparison(period: str | None, compared: Sequence[PeriodMention]) -> Change | None:
    """YoY or QoQ for a change against a period the clause names ("較第2季", "versus the second quarter"):
    the named quarter one quarter (or a year) before the figure's period."""
    if period is None or not compared:
        return None
    named = compared[-1].period
    if not named:
        return None
    q, b = periods.parse_quarter(period), periods.parse_quarter(named)
    if q is not None and b is not None:
        return "qoq" if q - b == 1 else "yoy" if q - b == 4 else None
    if re.fullmatch(r"\d{4}", period) and re.fullmatch(r"\d{4}", named):
        return "yoy" if int(period) - int(named) == 1 else None
    month, base = _MONTH_KEY.fullmatch(period), _MONTH_KEY.fullmatch(named)
    if month is not None and base is not None and month.group(2) == base.group(2):
        return "yoy" if int(month.group(1)) - int(base.group(1)) == 1 else None  # "较2024年11月上升8.6%"
    return None


_ZH_OWN_BASE = re.compile(r"较年初|較年初|较上年末|較上年末|较上月|較上月|环比|環比|月增|月减|月減|季增|季减|季減")
"""Earlier in a Chinese sentence: a comparison other than with a year before, which no later figure inherits."""
_ZH_MOVE_VERSUS_YEAR_AGO = re.compile(
    r"(?:与|較|较|和|同)(?:上年同期|去年同期|上年同期数|上年)相比[^，,。；;\d]{0,6}?"
    r"(?:变动幅度|變動幅度|变动比例|變動比例|增减幅度|增減幅度|增减变动幅度|变化幅度|變化幅度)\s?(?:为|為|[:：])?\s?$"
)
"""Right before a rate: the rate is how far the figure moved over the year before ("与上年同期相比变动幅度:")."""
_ZH_BUILT_BEFORE = re.compile(r"建设|拟建|新建|在建|筹建|投建|规划")
"""Before a Chinese capacity figure in its clause: a plant to be built, whose size is no capacity in service."""
_ZH_SIZED_PROJECT = re.compile(r"[^，,。；;\d]{0,4}?的[^，,。；;\d]{0,10}?(?:项目|電站|电站|工程|基地)")
"""After a Chinese capacity figure: the project or plant it sizes ("120万千瓦的风电项目")."""
_PIPE_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*")
"""The rule line under a pipe table's head ("---|---|---|")."""
_TIME_TAIL_ZH = re.compile(r"(?:上个?月|本月|当月|當月|上周|上週|本周|本週|今年|去年|同期|近日|日前)$")
"""A relative time word a Chinese name was read running into ("澄天航空上月"): the name ends before it."""
_MONTH_KEY = re.compile(r"(\d{4})-(\d\d)")
"""A month's period key ("2025-11")."""


_PART_LEAD_ZH = re.compile(r"(?:其中|包括|含)[，,：:]?\s?$")
"""Right before a name: the name is a part of the whole stated before ("其中储能电池出货量…")."""
_ZH_WON_BEFORE = re.compile(r"(?<!未)(?P<verb>(?:预)?中标)(?:了|总额|额)?\s?(?:为|达|约|逾|超|合计|共计|累计)?\s?$")
"""Right before a Chinese amount: the verb of a bid won ("中标3.68亿元", "预中标约8,650万元"), whose amount is the
contract's value, never revenue."""
_ZH_WON_BEFORE = anchored(_ZH_WON_BEFORE)
_METRIC_TOPIC_AFTER = re.compile(r"(?:规模|总额|体量)?\s?(?:方面|上|来看|而言)\s?[，,：:]")
"""After a metric word: it is the topic of the clauses after it ("营收规模上，", "净利润方面，")."""
_RIGHT_BEFORE_METRIC = re.compile(r"\s?的?\s?")
"""Between an amount and the metric it is an amount of ("1681.03亿元归母净利润", "1333.68亿元的营收")."""
_AMOUNT_LEAD_ZH = re.compile(r"(?:以|、|和|及|与)\s?$")
"""Right before such an amount: the preposition or list mark that opens it ("以…营收、…净利润")."""
_AMOUNT_LEAD_ZH = anchored(_AMOUNT_LEAD_ZH)
_RESULTS_SPAN = re.compile(r"中期业绩|全年业绩|年度业绩|半年报|半年度报告|中报|年报|年度报告|上半年业绩")
"""A report of a half or full year's results, named in a document's head."""
_HEAD = 4
_YEARLONG = re.compile(r"\d{4}|\d{4}Q[1-4]-\d{4}Q[1-4]")
"""A period of a year or of several quarters."""


_VERSUS_YEAR = re.compile(
    r"(?:(?<![A-Za-z])(?:versus|vs\.?|than|compared (?:to|with)|over|relative to|against|above|below|ahead of|behind|from"
    # ("RevPAR growth of 4.1% in August surpassed the comparable month of 2019": a verb of comparing)
    r"|(?:surpass|exceed|outpac|eclips)(?:ed|es|e|s)?)"
    r"|(?<=%)\s+to|(?:%|points?)\s+to|(?<![A-Za-z])(?:increases?|growth|improvement|declines?|decreases?)\s+to)\s+(?:the\s+)?"
    # ("16% compared to the same quarter of pre-pandemic 2019", "11% compared to our 2019 pre-pandemic baseline")
    r"(?:(?:same|comparable)\s+(?:period|quarter|month)\s+(?:in|of)\s+(?:pre-?pandemic\s+|pre-?COVID\s+)?"
    r"|our\s+(?=(?:19|20)\d\d\s+(?:pre-?pandemic|pre-?COVID)\b)|(?:(?:last|pre-?pandemic|pre-?COVID)\s+)*"
    # ("more than 50% compared to October 2019": a month of that year)
    rf"(?:Q[1-4]|(?:first|second|third|fourth)[\s-]quarter(?:\s+of)?|full[\s-]year|{periods.MONTH_EN}(?:\s+of)?"
    # ("14% for the first half compared to the first half of 2019": the same months of that year)
    r"|(?:first|second)[\s-]half(?:\s+of)?|first\s+(?:six|nine)\s+months(?:\s+of)?)\s+|comparable\s+)?"
    r"(?P<y>(?:19|20)\d\d|['’]\d\d)(?![\d%])",
    re.IGNORECASE,
)
_COMPARED_PERIOD_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth)[\s-]quarter|(?:first|second)[\s-]half|full[\s-]year|"
    r"first\s+(?:six|nine)\s+months)(?:\s+(?:of\s+)?(?:(?:19|20)\d\d|['’]\d\d))?\s+",
    re.IGNORECASE,
)
"""A sentence's opening period before the year it is compared with ("First half '21 versus first half '19 volumes
advanced 19%", "Third quarter 2021 versus third quarter 2019 revenue increased 6%")."""


_RESPECTIVELY_TAIL = re.compile(
    r"(?:\s*(?:,|and|,\s*and)\s*[-+]?\d[\d,.]*\s*(?:%|percent|basis\s+points|bps))*\s*,?\s*respectively\s*,?\s*",
    re.IGNORECASE,
)
"""After a figure of a list: the rest of the list and "respectively" ("20% and 8%, respectively, above October 2019"),
past which a base stated once is every figure's."""
_YEAR_BEATEN_BY = anchored(re.compile(
    r"(?<![A-Za-z])(?:(?:surpass|exceed|outpac|eclips|beat|top|trail)(?:ed|es|e|s|ped|ping|ing)?"
    # ("our third quarter revenues were below 2019 levels by 5%")
    r"|below|above|behind|ahead\s+of|short\s+of)\s+(?:its\s+|their\s+|our\s+|the\s+)?"
    r"(?:(?:pre-?pandemic|pre-?COVID)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)[^.;:\d%$]{0,40}?\bby\s+"
    r"(?:(?:approximately|about|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
))
"""Right before a figure: a verb beating a year and "by" ("our New York portfolio exceeded 2019 RevPAR by 1.8%"), so
the figure is the gap to that year."""


def _period_pair_lead(text: str, lo: int, end: int) -> bool:
    """Whether the sentence from ``lo`` opens on two periods compared before ``end`` ("First half '21 versus first
    half '19 volumes advanced 19%"): a figure after them is the change between the two, not the second's level."""
    lead = _VERSUS_YEAR.search(text, lo, end)
    return lead is not None and _COMPARED_PERIOD_LEAD.fullmatch(text, lo, lead.start()) is not None

_COMPARING_LEAD = Sifted(re.compile(
    r"(?<![A-Za-z])(?:compar(?:ing|ed|e)|relative|versus)\b[^.;]{0,80}?\b(?:to|with|against)?\s+(?:the\s+)?"
    r"(?:(?:last|pre-?pandemic|pre-?COVID|same)\s+)*"
    r"(?:(?:Q[1-4]|(?:first|second|third|fourth)[\s-]quarter)(?:\s+of)?\s+|full[\s-]year\s+)?"
    r"(?P<y>(?:19|20)\d\d|['’]\d\d)(?![\d%])\s*,",
    re.IGNORECASE,
))
"""A clause that opens a sentence comparing with a year ("Comparing the third quarter of '22 to the
pre-pandemic third quarter of 2019, our occupancy is up 130 basis points"): every change after it is
against that year."""
_YEARS = re.compile(r"(?:19|20)\d\d|['’]\d\d")
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower)(?:\s+(?:in|of)\b)?", re.IGNORECASE)
"""Right after a level: it is a difference from something ("$62 million more in revenue")."""


_PAIR_GAP_BASE = re.compile(
    r"\b(?:compared|comparison|versus|vs\.?|from|against|relative|prior|previous|last|year[\s-]ago|same\s+periods?)\b"
    r"|[.;]",
    re.IGNORECASE,
)
"""Words between a pair of figures and a paired period that make the figures another pair's base."""


_SAME_STORES_A_YEAR_BEFORE = frozenset({"same-store sales"})
"""Metrics that compare the same stores with the same period a year before by their definition (comparable sales)."""
_GROWN_BY_DEFINITION = frozenset(
    {"same-store sales", "same-store NOI", "same-store revenue", "same-store expenses", "organic revenue"}
)
"""Metrics whose percentage is a growth rate over the same period a year before, whatever verb the sentence has: the
same stores' (or the same business's) results against a year before."""


_METRIC_STATED_AS = re.compile(
    r"(?:\s+(?:for|of|in|at)\s+(?:the\s+|our\s+|its\s+)?(?:[A-Za-z&'’-]+\s+){0,4}?[A-Za-z&'’-]+)?\s*,?\s*"
    r"(?:(?:was|were|is|are|of|at|reached|from|came\s+in\s+at|stands\s+at|stood\s+at|ended\s+at)\s+)?"
    r"(?:an?\s+)?(?:(?:negative|positive|minus|plus|approximately|about|roughly|nearly|almost|over)\s+)*",
    re.IGNORECASE,
)
"""Between a metric and its figure: the figure is the metric's own value ("net comp sales for the brand was a negative
32.2%"), not a gap or share it is set against ("comp sales positive to the sector by approximately 13%")."""
_NEXT_STEP = re.compile(
    r"(?:\s+(?:in|for|during)\s+[^,.;$%]{1,30}?)?\s*,?\s+"
    r"(?:to|and(?:\s+(?:(?:stands|stood|is|was|came\s+in)\s+at|reached))?)\s+(?:(?:negative|positive|minus|plus)\s+)?",
    re.IGNORECASE,
)
"""Between two figures of one metric: the next step of its path ("from minus 9.1% in Q1 to minus 8% in Q2", "reached
8.7% for the quarter and stands at 8.9% year-to-date")."""


def _said_of_metric(text: str, metric_hit: _Hit | None, mentions: Sequence[NumberMention], m: NumberMention) -> bool:
    """Whether a figure is written as the value of the metric named before it, right after its name or as the next
    step of a path from a figure so written."""
    if metric_hit is None or metric_hit.end > m.start:
        return False
    i = mentions.index(m)
    if i > 0 and mentions[i - 1].start >= metric_hit.end and _NEXT_STEP.fullmatch(text, mentions[i - 1].end, m.start):
        return _said_of_metric(text, metric_hit, mentions, mentions[i - 1])
    return _METRIC_STATED_AS.fullmatch(text, metric_hit.end, m.start) is not None


def _grown_by_definition(metric: Metric | None) -> bool:
    """Whether a percentage of this metric is by definition its growth over a year before (its guidance too)."""
    if metric is None or metric.ratio:
        return False
    return metric.name.removesuffix(" guidance") in _GROWN_BY_DEFINITION
_EXCLUDED_ITEMS = frozenset(
    {
        "gains",
        "mark-to-market gain",
        "impairment losses",
        "fair value loss",
        "stock-based compensation",
        "restructuring charges",
        "merger-related expenses",
    }
)
"""Metrics of the items a figure is told without: named after "撇除/excluding", their amount is the item's own."""
_TO_LEVEL_AFTER = re.compile(r"\s?(?:至|到)\s?[-+]?\d")
"""After a change: the level it reached ("下跌2.6%至6.8%")."""
_YEAR_AGO_CUE = re.compile(r"同比|同期|上年|去年|按年|上一年")
"""In a sentence before a "由X" figure: the change it opens is on the year before."""
_NOT_YEAR_AGO_CUE = re.compile(r"环比|按季|上季|上一季|较年初|年初|上年末|去年底|年底")
"""In the clause before a "由X" figure: it is of a quarter before or of the year's start, not a year back."""


def _in_spans(text: str, f: Fact, spans: list[tuple[int, int]]) -> bool:
    """Whether a fact's figure is written inside one of the stretches ``spans`` of its paragraph's text."""
    at = text.find(f.raw, f.start, f.end) if f.raw else -1
    at = at if at >= 0 else f.start
    return any(a <= at < b for a, b in spans)


def _shifted_quarter(period: str | None, quarters: int) -> str | None:
    """A quarter or a year moved ``quarters`` later ("2018Q3" -> "2017Q3" for -4, "2018" -> "2017")."""
    if period is not None and re.fullmatch(r"\d{4}", period) and quarters % 4 == 0:
        return str(int(period) + quarters // 4)
    q = periods.parse_quarter(period or "")
    return periods.quarter_str(q + quarters) if q is not None else None


_LISTED_BARE_YEAR = re.compile(r"(?:fiscal\s+)?(?:19|20)\d\d", re.IGNORECASE)
_YEAR_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def _part_of_listed_year(text: str, named: list[PeriodMention], pos: int) -> str | None:
    """Period of item ``pos`` of a list of years that only the first names a part of ("the third quarter of 2021 and
    2020", "the nine months ended September 30, 2021 and 2020"): the same part of each year; None otherwise."""
    if pos == 0 or named[0].kind not in ("quarter", "span") or not named[0].period:
        return None
    for before, after in itertools.pairwise(named):
        if after.kind != "year" or not _YEAR_LIST_GAP.fullmatch(text, before.end, after.start):
            return None
        if not _LISTED_BARE_YEAR.fullmatch(text, after.start, after.end):
            return None
    first = re.fullmatch(r"(\d{4})Q[1-4](?:-\d{4}Q[1-4])?", named[0].period)
    year = re.search(r"\d{4}", text[named[pos].start : named[pos].end])
    if first is None or year is None:
        return None
    shift = (int(year.group()) - int(first.group(1))) * 4
    if "-" in named[0].period:
        return _shifted_span(named[0].period, shift)
    index = periods.parse_quarter(named[0].period)
    return periods.quarter_str(index + shift) if index is not None else None


def _shifted_span(period: str | None, quarters: int) -> str | None:
    """A span of quarters moved ``quarters`` later ("2020Q1-2020Q2" -> "2021Q1-2021Q2" for 4)."""
    found = re.fullmatch(r"(\d{4}Q[1-4])-(\d{4}Q[1-4])", period or "")
    if found is None:
        return None
    first, last = (periods.parse_quarter(x) for x in found.groups())
    if first is None or last is None:
        return None
    return periods.span(first + quarters, last + quarters)


_NOW_CLAUSE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:that|which)\s+(?:is|are)\s+(?:(?:now|currently|already|today|about|approximately|roughly|nearly|"
    r"over|more\s+than)\s+)*$",
    re.IGNORECASE,
)
"""Right before a level: a relative clause in the present tense ("a facility that is 97% leased", "which is currently
85% leased"), how the thing stands at the call."""
_STATUS_AFTER = re.compile(r"\s+(?:leased|occupied|pre-?leased|committed|complete|completed|sold)(?![A-Za-z])", re.IGNORECASE)
"""Right after a level: the state it measures ("97% leased", "85% occupied")."""
_RANGE_FROM = re.compile(r"(?<![A-Za-z])(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_THROUGH = re.compile(r"\s+(?:through|thru|until|and)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
"""Between the two ends of a range of periods ("from 4Q '22 through the third quarter of 2025", "between 2023 and
2025")."""


def _period_ends(period: str | None) -> tuple[int, int] | None:
    """First and last quarter a period string covers (a quarter, a span of quarters or a year); None for others."""
    if period is None:
        return None
    if re.fullmatch(r"\d{4}", period):
        return periods.parse_quarter(f"{period}Q1") or 0, periods.parse_quarter(f"{period}Q4") or 0
    ends = [periods.parse_quarter(x) for x in period.split("-")] if re.fullmatch(r"\d{4}Q[1-4](?:-\d{4}Q[1-4])?", period) else []
    if not ends or None in ends:
        return None
    return ends[0], ends[-1]  # type: ignore[return-value]


def _period_range_after(
    text: str, m: NumberMention, in_sentence: list[PeriodMention], mentions: list[NumberMention]
) -> str | None:
    """The range of periods named right after a figure, before any other figure ("$645 million in incremental annual
    rental revenue from 4Q '22 through the third quarter of 2025" -> "2022Q4-2025Q3"; "$300 million between 2023 and
    2025" -> "2023-2025"): the span the amount is over, not its last period; None when there is none."""
    after = [pm for pm in in_sentence if pm.start >= m.end]
    nxt = next((x.start for x in mentions if x.start >= m.end), len(text))
    for a, b in itertools.pairwise(after):
        if a.start > m.end + 80 or b.end > nxt:
            return None
        if not (_RANGE_FROM.search(text, max(m.end, a.start - 14), a.start) and _RANGE_THROUGH.fullmatch(text, a.end, b.start)):
            continue
        first, last = _period_ends(a.period), _period_ends(b.period)
        if first is None or last is None or first[0] >= last[1]:
            return None
        if re.fullmatch(r"\d{4}", a.period or "") and re.fullmatch(r"\d{4}", b.period or ""):
            return f"{a.period}-{b.period}"
        return periods.span(first[0], last[1])
    return None


def _same_months_to_date(period: str | None, quarter: int) -> str | None:
    """The months of a base span in the year on (one to three) that holds the document's ``quarter``, from their
    start to that quarter: a result runs no further than the call ("2019Q4-2020Q3" in a call of 2022Q1 ->
    "2021Q4-2022Q1"); None when no year on holds it."""
    found = re.fullmatch(r"(\d{4}Q[1-4])-(\d{4}Q[1-4])", period or "")
    if found is None:
        return None
    first, last = (periods.parse_quarter(x) for x in found.groups())
    if first is None or last is None:
        return None
    for years in (1, 2, 3):
        if first + 4 * years <= quarter <= last + 4 * years:
            return periods.span(first + 4 * years, quarter)
    return None


def _years_back(text: str, span: tuple[int, int], m: NumberMention, period: str | None) -> int:
    """How many years before the figure's period the year a change is measured against lies ("up 4%
    versus 2019", "Compared to 2019, ... growth of 4% to 8%"); 0 when none is named."""
    if period is None or not period[:4].isdigit():
        return 0
    lo, hi = span
    found = _VERSUS_YEAR.match(text, m.end) or _VERSUS_YEAR.search(text, m.end, hi)
    if found is None:
        lead = _VERSUS_YEAR.search(text, lo, m.start)
        opens = lead is not None and (lead.start() - lo <= 2 or _COMPARED_PERIOD_LEAD.fullmatch(text, lo, lead.start()))
        found = lead if opens else None
    if found is None:
        lead = _COMPARING_LEAD.search(text, lo, m.start)
        if lead is not None and not _DIGIT.search(_YEARS.sub("", text[lo : lead.start()])):
            found = lead  # the sentence opens by comparing with that year, no figure before
    if found is None:
        rest = _RESPECTIVELY_TAIL.match(text, m.end)
        found = _VERSUS_YEAR.match(text, rest.end()) if rest is not None else None
    if found is None:
        found = _YEAR_BEATEN_BY.search(text, max(lo, m.start - 90), m.start)
    if found is None:
        return 0
    y = found.group("y").lstrip("'’")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    return int(period[:4]) - year


_GAP_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|percent|basis\s+points|bps)")
_GAP_STOP = re.compile(
    r"[;:]|\b(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|sequentially|versus|compared|than|from|last|prior|"
    r"previous|ago|quarter|month|year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""In the gap between a change figure and a base after its list: a base or period of its own."""


def _carried_base_years(text: str, sentence: tuple[int, int], m: NumberMention, period: str | None) -> int:
    """Years back of a base a list states once after its last change figure ("RevPAR rose 24% and ADR
    grew 29.5% compared to 2019"): the base then governs every change of the list; 0 when no other
    figure stands between them or the gap names a base or period of its own."""
    if period is None or not period[:4].isdigit():
        return 0
    found = _VERSUS_YEAR.search(text, m.end, sentence[1])
    if found is None:
        return 0
    gap = text[m.end : found.start()]
    if len(gap.split()) > 14 or not _GAP_FIGURE.search(gap) or _GAP_STOP.search(gap):
        return 0  # no list between them, or its own base or period stands there
    y = found.group("y").lstrip("'’")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    return int(period[:4]) - year


_BASE_WHEN_AFTER = re.compile(
    r"[\s,]*(?:or\s+(?:[^,.;]|(?<=\d)\.(?=\d)){0,40}?(?:per (?:diluted |basic )?share|a share)[\s,]*)?"
    r"(?:(?P<yoy>a year (?:earlier|ago|before)|the year before|last year(?![\s-]*['’A-Za-z0-9])|in the year-(?:ago|earlier) (?:quarter|period))"
    r"|(?P<qoq>a quarter (?:earlier|ago|before)|in the (?:previous|prior|preceding) quarter))(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a base's clause, past an "or 41 cents per share" aside: when the base is of ("from $4.6
billion, or 41 cents per share, a year earlier"), as news wires write it."""


def _base_comparison(text: str, clause: tuple[int, int], m: NumberMention) -> Change | None:
    """What a comparison base is compared over, from the words of its clause:
    ``yoy`` ("versus $163.2 million last year"), ``qoq`` ("从上季度的472.6亿元"), or None."""
    lo, hi = clause
    yoy = _BASE_YOY.search(text, lo, hi)
    qoq = _BASE_QOQ.search(text, lo, hi)
    if yoy and qoq:
        return "yoy" if abs(yoy.start() - m.start) <= abs(qoq.start() - m.start) else "qoq"
    if not (yoy or qoq) and (after := _BASE_WHEN_AFTER.match(text, hi)) is not None:
        return "yoy" if after.group("yoy") else "qoq"
    return "yoy" if yoy else "qoq" if qoq else None


_SENTENCE_YOY = re.compile(
    r"(?<![A-Za-z])(?:year[\s-](?:over|on)[\s-]year|(?:last|prior|previous)[\s-]year|a year (?:ago|earlier|before)|"
    r"year[\s-](?:ago|earlier))(?![A-Za-z])",
    re.IGNORECASE,
)
_SENTENCE_QOQ = re.compile(
    r"(?<![A-Za-z])(?:sequential(?:ly)?|linked[\s-]quarter|(?:last|prior|previous|preceding)[\s-]quarter|"
    r"(?:a|one) quarter (?:ago|earlier|before))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Earlier in a base's sentence: the comparison its figures make (a year before, the quarter before)."""


def _sentence_comparison(text: str, start: int, m: NumberMention) -> Change | None:
    """What a comparison base is compared over by the words of its sentence before it, when its clause has
    none ("on a sequential basis ..., up from 9.3%"): the comparison named last, or None when none is named."""
    yoy = [x.start() for x in _SENTENCE_YOY.finditer(text, start, m.start)]
    qoq = [x.start() for x in _SENTENCE_QOQ.finditer(text, start, m.start)]
    if not yoy and not qoq:
        return None
    return "yoy" if max(yoy, default=-1) > max(qoq, default=-1) else "qoq"


_YEAR_START_BASE = re.compile(r"(?:期初|年初|上年末|去年末|上年底|去年底|上年年末|上年度末)(?:的|之)?(?:余额)?(?:为)?\s?$")
"""Right before a comparison base: a balance at the start of the year ("较期初的39.78亿元", "比年初的…")."""


def _year_start(period: str | None) -> str | None:
    """The quarter a balance "at the start of the year" is at: the last quarter of the year before ``period``'s."""
    q = periods.parse_quarter(period.rsplit("-", 1)[-1]) if period else None
    return periods.quarter_str((q // 4) * 4 - 1) if q is not None else None


def _shifted(period: str | None, comparison: Change | None) -> str | None:
    """The period a comparison base is of: ``period`` a year (``yoy``) or a quarter (``qoq``) earlier."""
    if period is None or comparison is None:
        return None
    q = periods.parse_quarter(period)
    if q is not None:
        return periods.quarter_str(q - (4 if comparison == "yoy" else 1))
    if comparison == "yoy" and re.fullmatch(r"\d{4}", period):
        return str(int(period) - 1)
    span = re.fullmatch(r"(\d{4}Q[1-4])-(\d{4}Q[1-4])", period)
    if comparison == "yoy" and span:
        # "$450.5 million year to date compared to $241.5 million": the same months a year earlier
        first, last = (periods.parse_quarter(x) for x in span.groups())
        if first is not None and last is not None:
            return periods.span(first - 4, last - 4)
    return None


def _base_period(
    text: str,
    m: NumberMention,
    clause: tuple[int, int],
    period_mentions: list[PeriodMention],
    mentions: Sequence[NumberMention] = (),
) -> str | None:
    """Period named with a comparison base: "较上季度的472.6亿元", "from 18% in the previous quarter"
    (the nearest before the base in its clause, else right after it)."""
    if _RELATIVE_AFTER.match(text, m.end):
        return None  # "on top of 30.4% last year": the figure's own period a year earlier (``_shifted``)
    found = shared = None
    trailing = False
    for pm in period_mentions:
        if not pm.period or pm.kind not in ("quarter", "year", "month", "span"):
            continue
        if clause[0] <= pm.start and pm.end <= m.start and not _BASE_GAP.search(text, pm.end, m.start):
            if any(x.role != "base" and pm.end <= x.start and x.end <= m.start for x in mentions):
                shared = pm.period  # "for the third quarter was 51% versus 47% last year": the quarter is 51%'s
            elif _COMPARED_BETWEEN.search(text, pm.end, m.start):
                continue  # "in the first quarter of 2015 compared with $2.0 million": the other figure's period
            else:
                found = pm.period
                # the period right after another base ("$16.9 million in Q1 and $23 million in last year's Q2")
                trailing = any(
                    x is not m and x.role == "base" and x.end <= pm.start and _BASE_AFTER.fullmatch(text, x.end, pm.start)
                    for x in mentions
                )
        elif (
            (found is None or trailing) and m.end <= pm.start <= m.end + 40 and _BASE_AFTER.fullmatch(text, m.end, pm.start)
        ):
            return pm.period  # the base's own period, written right after it
    if found is None and shared is not None and _base_comparison(text, clause, m) is None:
        return shared  # "full-year DCF of $5.1 billion versus our budget of $4.45 billion": the same year
    return found


_WHOLE_YEAR_WORDS = re.compile(r"(?<![A-Za-z])(?:full[\s-]year|annual|whole\s+year|entire\s+year|for\s+the\s+year)(?![A-Za-z])", re.IGNORECASE)


def _same_quarter_of_year(named: str, own: str, text: str, start: int, end: int) -> str:
    """The period of a quarter's comparison base named only by its year ("Towable revenues for the fourth quarter
    were $560 million, up 35% from $414 million in fiscal 2020": the sentence names the quarter): the same quarter
    of that year, unless the clause speaks of a whole year; else ``named`` as it is."""
    q = periods.parse_quarter(own)
    if q is None or periods.parse_quarter(named) is not None or _WHOLE_YEAR_WORDS.search(text, start, end):
        return named
    ago = _shifted(own, "yoy")
    return ago if ago and _quarter_within(ago, named) else named


def _quarter_span(period: str) -> tuple[int, int] | None:
    """First and last quarter index of a quarter, a year or a span of quarters ("2022" -> 2022Q1..2022Q4)."""
    if period.isdigit() and len(period) == 4:
        return int(period) * 4, int(period) * 4 + 3
    first, _, last = period.partition("-")
    lo, hi = periods.parse_quarter(first), periods.parse_quarter(last or first)
    return (lo, hi) if lo is not None and hi is not None else None


def _part_of(named: str, period: str | None) -> bool:
    """Whether the period ``named`` lies inside ``period`` ("the first half" of the year a forecast is for)."""
    inner, outer = _quarter_span(named), _quarter_span(period) if period else None
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _quarter_within(quarter: str | None, named: str) -> bool:
    """Whether the quarter ``quarter`` lies in the year or span of quarters ``named`` ("2020Q3" in "2019Q4-2020Q3")."""
    q = periods.parse_quarter(quarter) if quarter else None
    if q is None:
        return False
    if named.isdigit():
        return q // 4 == int(named)
    first, _, last = named.partition("-")
    lo, hi = periods.parse_quarter(first), periods.parse_quarter(last)
    return lo is not None and hi is not None and lo <= q <= hi


_EXCLUSION_LEAD = re.compile(
    r"\s*(?:and\s+|but\s+|so\s+|now,?\s+)?(?:if\s+(?:you|we)\s+)?(?:exclud\w*|setting aside|adjusting for)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sentence opening with an exclusion: it holds for every figure of the sentence."""
_BASE_OWN_CHANGE = re.compile(
    r"\s*,?\s*(?:which|that|when\s+(?:it|we))\s+(?:had\s+|itself\s+)?(?:grew|rose|increased|declined|fell|decreased|"
    r"(?:was|were)\s+(?:up|down))\s+(?:by\s+)?(?:an?\s+)?",
    re.IGNORECASE,
)
"""Between a comparison base period and a figure: the base's own change ("over a strong first quarter last
year, which grew 9.1%"), no change of the period reported."""
_RELEASED_BEFORE = re.compile(r"(?<![A-Za-z])(?:released|releasing|release of)\s+(?:approximately\s+|about\s+|another\s+)?$", re.IGNORECASE)
"""Right before an amount of reserves: the amount released, not the reserve balance."""
_BARE_SALES = re.compile(r"sales?", re.IGNORECASE)
"""A metric word that is bare "sales": an insurer's new sales."""
_INSURER_MARKS = 3
"""Distinct insurer words (``metrics.yaml: insurer_marks``) that make a call an insurer's."""


@cache
def _insurer_marks() -> re.Pattern[str]:
    """The insurer words, searched by a quick scan in lower-cased ASCII text."""
    return fast(lm.word_regex("insurer_marks"))


def _insurer(texts: Sequence[str]) -> bool:
    """Whether a call is an insurer's: it uses several words only insurers use (policyholders, benefit ratio)."""
    pattern = _insurer_marks()
    found: set[str] = set()
    for t in texts:
        found.update(x.group().lower() for x in pattern.finditer(t))
        if len(found) >= _INSURER_MARKS:
            return True
    return False


_COMPARED_RIGHT_AFTER = re.compile(
    r"(?:\s*,?\s*respectively\s*,)?\s*(?:(?:[a-z]+\s+){0,2}per\s+(?:day|month|year)\s+)?"
    r"(?:(?:higher|lower|smaller|larger|more|less|up|down|better|worse|(?:un)?favou?rabl[ey]|headwinds?|tailwinds?|in the quarter|for the quarter|in the period|"
    r"(?:in|for) the (?:first|second|third|fourth) quarter(?: of (?:19|20)\d\d)?|(?:in|for) (?:Q[1-4]|[1-4]Q)(?: (?:19|20)?\d\d)?|"
    r"(?:declines?|decreases?|increases?|reductions?|drops?|rises?|growth|improvement)(?=\s+from))\s+){0,2}"
    # "20.8% higher in Q3 than in Q2": the quarter the figure is of, then the one it is measured against
    r"(?:versus|vs\.?|(?:(?:as|when)\s+)?compared (?:to|with)|from|than(?: in| during| for)?|over|relative to|against|"
    r"(?<=able\s)to)\s+"  # "$9 million favorable to the second quarter"
    r"(?:the\s+|a\s+|our\s+|its\s+)?"
    r"(?:(?:(?:very|particularly|exceptionally|extremely|really)\s+)?"
    r"(?:strong|stronger|solid|record|tough|tougher|difficult|challenging|weak|weaker|robust|exceptional|soft|softer)\s+)?",
    re.IGNORECASE,
)
"""Between a change and the base period named after it ("down 28% in the quarter versus the first quarter", "up 60
basis points as compared to the first quarter")."""
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:declines?|decreases?|increases?|drops?|rises?|growth|gains?|improvement)(?![A-Za-z])", re.IGNORECASE
)
_RELATIVE_AFTER = re.compile(
    r"\s*(?:in\s+|for\s+)?(?:the\s+)?(?:last|prior|previous)[\s-](?:year|quarter)(?![\s-]+(?:quarter|period)|'s)|\s*a (?:year|quarter) ago",
    re.IGNORECASE,
)
_LIST_FIGURE = (
    r"(?:(?:approximately|about|roughly|around|another|an\s+additional|additional)\s+)?"
    r"\$?\d[\d.,]*(?:\s*(?:million|billion|thousand|%|percent))?"
)
_LIST_WORDS = r"(?:\s+[A-Za-z&'’-]+){0,5}?"
_LIST_JOIN = r"\s*,?\s+(?:and|as\s+well\s+as|plus)\s+"
_LIST_AFTER_ITEM_PERIOD = re.compile(
    rf"{_LIST_JOIN}(?:{_LIST_FIGURE}{_LIST_WORDS}{_LIST_JOIN})*"
    r"(?:(?:approximately|about|roughly|around|another|an\s+additional|additional)\s+)?",
    re.IGNORECASE,
)
"""Between a period that ends one item of a list and a later item's figure (" as well as approximately ",
" and $45 million of small cell churn and ")."""
_LIST_TO_HORIZON = re.compile(
    rf"{_LIST_WORDS}(?:{_LIST_JOIN}{_LIST_FIGURE}{_LIST_WORDS})*\s+(?:over|during|across|within|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""Between a list item's figure and the span of years the list ends with (" of small cell churn and $30 million in
fiber over the ")."""
def _part_of_year_after(
    m: NumberMention,
    year: PeriodMention,
    in_sentence: Sequence[PeriodMention],
    c_end: int,
    mentions: Sequence[NumberMention],
) -> str | None:
    """The span of a year named right after a figure whose clause named the year before it ("another strong year
    of gains with $64 million of this revenue source through three quarters"): the part so far, not the year."""
    for pm in in_sentence:
        if not m.end <= pm.start < min(c_end, m.end + _EXPECTED_AFTER_CHARS):
            continue
        if (
            pm.kind != "span"
            or not pm.period
            or not pm.period.startswith(f"{year.period}Q")
            or pm.base
            or any(m.end <= x.start < pm.start for x in mentions)
        ):
            return None
        return pm.period
    return None

_EARLIER_OR_LATER = re.compile(r"\s*(?:earlier|later)\s", re.IGNORECASE)
"""Right after a figure, before a year: a time of its own within that year, not the year a quarter named before
belongs to."""
_NEXT_ITEM_LEAD = re.compile(
    r"(?<![A-Za-z])(?:and|while|but|whereas)\s+(?:(?:for|in|during|over)\s+)?(?:the\s+)?(?:full\s+|whole\s+)?$",
    re.IGNORECASE,
)
"""Right before a period after a figure: the period opens the next item of the sentence ("grew 12% and for the
full year it grew 9%"), it is not the figure's."""
_OTHER_EVENT_LEAD = re.compile(
    r"(?<![A-Za-z])(?:before|after|until|prior\s+to|ahead\s+of)\s+(?:(?!during)[a-z]+ing|we|it|they|he|she)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between a figure and a period after it: the period dates another event the sentence goes on to ("repurchased
$250 million of shares before suspending the program in the second quarter"), not the figure."""


def _ends_a_figure(text: str, pm: PeriodMention, mentions: Sequence[NumberMention]) -> bool:
    """Whether a period is written right after a figure, as that figure's own ("$1.2 billion in the quarter")."""
    k = bisect.bisect_right([x.end for x in mentions], pm.start) - 1
    return k >= 0 and pm.start - mentions[k].end <= 40 and bool(_PERIOD_RIGHT_AFTER.fullmatch(text, mentions[k].end, pm.start))


_EXPECTED_AFTER_CHARS = 60
_EXPECT_VERB = re.compile(
    r"(?<![A-Za-z])(?:we|I)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:expect|anticipate|forecast|project|guide)"
    r"|(?<![A-Za-z])(?:is|are)\s+expected\s+to(?![A-Za-z])",
    re.IGNORECASE,
)
"""A forecast verb: what follows it is expected, not reported."""
_PERIOD_RIGHT_AFTER = re.compile(
    r"\s*(?:per\s+(?:(?:basic|diluted|fully\s+diluted|common|weighted\s+average)\s+)*share\s+)?"
    r"(?:(?:occurring|occurred|coming|incurred|recorded|realized|completed|executed|generated|earned|spent|paid|"
    r"received|returned|repurchased|bought\s+back|earlier|later)\s+)?"
    r"(?:in|for|during|as of|at|through)?\s*(?:the\s+)?",
    re.IGNORECASE,
)
"""Between a figure and the period it is of ("$30.7 billion today", "11.6% year-to-date", "$0.63 per diluted
share in the third quarter of '22", "with $35 million occurring in the fourth quarter")."""
_BASE_GAP = re.compile(
    r"[，,。；;]|增长|下降|增加|减少|grew|rose|fell|increase|decrease|decline", re.IGNORECASE
)
_COMPARED_BETWEEN = re.compile(
    r"(?<![A-Za-z])(?:compared|versus|vs\.?|from|than|against|relative to|on top of|"
    r"(?:last|prior|previous)[\s-](?:year|quarter)(?:'s|’s))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between a period and a comparison base after it: the period is the compared figure's, not the base's
("13.6% this quarter on top of last year's 12.3%": the 12.3% is of the year before)."""
_BASE_AT_END_OF = re.compile(
    r",?\s*(?:at|as\s+of)\s+the\s+end\s+of\s+(?:the\s+)?(?:(?:previous|prior|preceding)\s+)?", re.IGNORECASE
)
"""Between a comparison base and the quarter-end it was at, however long ("from 2.41% at the end of the second quarter
to 2.87% at the end of the third"): that quarter-end is the base's."""
_BASE_AFTER = re.compile(
    # ("compared to $30.5 million ($0.70 per share) for the third quarter of 2013": a bracketed per-share figure)
    r",?\s*(?:or\s+\$?\d[\d.,]*\s+per\s+(?:diluted\s+|basic\s+)?share\s*,\s*"
    r"|\(\s*\$?\d[\d.,]*\s+per\s+(?:diluted\s+|basic\s+)?share\s*\)\s*)?"
    r"(?:(?:[a-z]+\s+){0,2}per\s+(?:day|month|year|(?:diluted\s+|basic\s+)?share)\)?,?\s*|(?:decline|decrease|increase|drop|rise|growth|gain)\s+)?"
    # ("versus the $0.53 per share we reported in the third quarter of 2021")
    r"(?:(?:(?:that|which)\s+)?(?:we|it|they)\s+(?:had\s+)?(?=(?:recorded|reported|achieved|posted|generated|earned)\s))?"
    r"(?:(?:recorded|reported|achieved|posted|generated|earned)\s+)?(?:(?:at|as\s+of)\s+the\s+end\s+of|in|for|during|at|of|的)?\s*(?:the\s+)?"
    r"(?:(?:previous|prior|preceding)\s+)?",  # "from 1.5x in the previous second quarter"
    re.IGNORECASE,
)
"""Between a comparison base and the period named with it ("$43 billion in 2015", "a 27% decline in Q2",
"5 million dekatherms per day in the fourth quarter")."""


_GUIDANCE_WORD = re.compile(r"(?<![A-Za-z])(?:guidance|outlook)(?![A-Za-z])|全年指引|业绩指引", re.IGNORECASE)


def _fiscal_year(ctx: PeriodContext) -> str | None:
    """The fiscal year (as periods name it) of the quarter a document reports on."""
    q = periods.parse_quarter(ctx.period) if ctx.period else None
    if q is None:
        return None
    year, end_month = q // 4, (q % 4) * 3 + 3
    return str(year + 1 if end_month > ctx.fiscal_year_end_month else year)


_UNIT_KIND_WORDS = frozenset({"segment", "division", "business"})
"""Kind words a unit's name is written with ("the RPO business")."""


_REMAINDER_UNIT = re.compile(r"other\s+(?:segment|division)", re.IGNORECASE)
"""A reportable unit named "Other" by its kind ("Our other segment contributed a loss of $9.3 million")."""


def _only_basis_words(name: str) -> bool:
    """Whether a name is only how a figure is measured ("Non-GAAP segment profit"): a basis, not a business line."""
    if _REMAINDER_UNIT.fullmatch(name):
        return False  # the segment the company reports as "Other" is a unit of its own
    pw = ls.phrase_words()
    words = name.casefold().split()
    return bool(words) and all(w in pw.en_basis or w in pw.en_stop for w in words)


def _only_metric_words(name: str) -> bool:
    """Whether a name is made of metric words and modifiers alone ("adjusted EBITDA", "net sales", "SG&A"):
    what a figure measures, read as whose it is."""
    pw = ls.phrase_words()
    covered = [False] * len(name)
    for a, b, _ in lm.metric_matcher().finditer(name):
        covered[a:b] = [True] * (b - a)
    if not any(covered):
        return False
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _UNIT_KIND_WORDS and all(
        w.isupper() and w.isalpha() for w in words[:-1]
    ):
        return False  # "our RPO business": an acronym its kind word makes a unit's name, no metric
    rest = "".join(" " if c else ch for c, ch in zip(covered, name, strict=True)).split()
    return all(w.casefold() in pw.en_stop or w.casefold() in pw.en_basis for w in rest)


def _fiscal_year_period(period: str | None, ctx: PeriodContext) -> bool:
    """Whether a period is a whole fiscal year of a company whose year does not end in December (the span
    periods name it by, "2025Q2-2026Q1"): a year, as a calendar year is for others."""
    fym = ctx.fiscal_year_end_month
    if fym == 12 or not period or "-" not in period:
        return False
    last = periods.parse_quarter(period.rsplit("-", 1)[-1])
    return last is not None and any(
        period == periods.fiscal_year_span(fy, fym) for fy in (last // 4, last // 4 + 1)
    )


def _within_year(part: str, year: str, ctx: PeriodContext) -> bool:
    """Whether ``part`` (a half, nine months) lies inside ``year``, a year or a fiscal year's span: it breaks
    that year's outlook down ("For the first quarter, we anticipate ..." after the year's)."""
    if year.isdigit():
        return part.startswith(year)
    if not _fiscal_year_period(year, ctx):
        return False
    first, last = (periods.parse_quarter(p) for p in year.split("-"))
    bounds = [periods.parse_quarter(p) for p in part.split("-")]
    return (
        first is not None
        and last is not None
        and all(b is not None and first <= b <= last for b in bounds)
    )


def _named_margins(para: _Paragraph, end: int) -> list[_Hit]:
    """Margins of a named kind ("gross margin", "AOI margin") among the paragraph's metric words before ``end``."""
    return [
        h
        for h in para.metrics
        if h.end <= end
        and h.entry.ratio  # type: ignore[attr-defined]
        and h.entry.name != "margin"  # type: ignore[attr-defined]
        and h.entry.name.endswith(" margin")  # type: ignore[attr-defined]
    ]


def _yearly(period: str | None) -> str | None:
    """A period an annual plan may carry on from: not a single quarter."""
    return None if period is None or periods.parse_quarter(period) is not None else period


_RUNNING_SPAN_NAME = re.compile(r"\s*(?:year[\s-]to[\s-]date|YTD\b|(?:for\s+)?the\s+(?:first\s+)?(?:six|nine)\s+months\b)", re.I)
"""A span of the year so far, named right after a figure ("and 1.13 year to date")."""
_SEQUENTIAL_WORD = re.compile(r"(?<![A-Za-z])(?:sequential(?:ly)?|quarter[\s-](?:over|on)[\s-]quarter)(?![A-Za-z])", re.I)
"""A forecast stated against the quarter just reported ("we anticipate sequential revenue growth of 5% to 7%")."""
_SEQUENTIAL_WORD = fast(_SEQUENTIAL_WORD)


def _next_quarter(ctx: PeriodContext) -> str | None:
    """The quarter after the document's: the one a sequential forecast that names no period is for."""
    return periods.quarter_str(ctx.quarter + 1) if ctx.quarter is not None else None


_REVISION = re.compile(
    r"(?<![A-Za-z])(?:previously|(?:prior|previous|earlier|original)\s+(?:guidance|outlook|range|expectations?))(?![A-Za-z])",
    re.IGNORECASE,
)
"""In a forecast's sentence: it revises a forecast already given ("to 8% to 9% from 8.5% to 9.75% previously")."""


def _revised_year(carried: str | None, ctx: PeriodContext) -> str | None:
    """The period a revised forecast that names none is for: the outlook's year, not a later year an earlier
    sentence looked ahead to ("we expect a more normalized environment in 2022. ... we are reducing our revenue
    growth to 8% to 9% from 8.5% to 9.75% previously" is this year's guidance); a quarter carried stays."""
    year = _outlook_year(ctx)
    if carried is None or year is None or periods.parse_quarter(carried) is not None:
        return carried
    later, this = _quarter_span(carried), _quarter_span(year)
    return year if later is not None and this is not None and later[0] > this[1] else carried


def _outlook_year(ctx: PeriodContext) -> str | None:
    """The fiscal year an outlook that names no period is for: this fiscal year, or the next one once the
    document reports on the last quarter of this one."""
    fy = _fiscal_year(ctx)
    q = periods.parse_quarter(ctx.period) if ctx.period else None
    if fy is None or q is None:
        return None
    # the calendar quarter that holds the fiscal year's last month
    last_quarter = (q % 4) * 3 + 3 == (ctx.fiscal_year_end_month + 2) // 3 * 3
    year = int(fy) + 1 if last_quarter else int(fy)
    # (as periods name a fiscal year: "For fiscal 2026, we expect ..." and "Looking ahead, we expect ..." are
    # one period)
    return periods.fiscal_year_span(year, ctx.fiscal_year_end_month)


def _guided_period(
    m: NumberMention,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    period_mentions: list[PeriodMention],
    ctx: PeriodContext,
    text: str = "",
    carried: str | None = None,
) -> str | None:
    """Period a forecast is for, by the first of these rules that names one:

    1. a period named in its clause: right after its own noun phrase ("and 12 new stores in 2022"), or
       right after it when a forecast verb follows the period before it ("grew 17% during the quarter and
       we expect growth of 12% in the fourth quarter"), else the nearest before it, else the first after it;
    2. the period of an outlook the sentence names ("Our 2020 sales forecast, as we said, is ...");
    3. the nearest period named before it in the sentence, then one named right after it in the
       sentence with no other figure in between;
    4. any later period of the sentence that dates no figure of its own ("with the first half up 12%" does);
    5. ``carried``: the outlook an earlier sentence set.

    Periods named outside the figure's clause that are already reported ("reflecting strong results for
    the first nine months"), comparison bases ("flat to fiscal '21", "80% of Q4 2019 levels") and the
    day the forecast is made ("at today's exchange rates") are never a forecast's. None when no rule
    names one.

    "This morning we introduced 2023 EPS guidance of $2.70 to $2.95, with net income of $160
    million to $175 million": both figures are for 2023.
    """
    named = [
        pm
        for pm in period_mentions
        if pm.period
        and not pm.base
        and pm.kind in ("quarter", "year", "span", "month")
        and sentence[0] < pm.end and pm.start < sentence[1]  # (a mention may take in the space before it)
        and not (m.start <= pm.start < m.end)
        and not _not_forecast_period(text, pm)
        and not ((lead := _CAUSE_LEAD.match(text, sentence[0])) is not None and pm.end <= lead.end())
    ]
    in_clause = [pm for pm in named if clause[0] < pm.end and pm.start < clause[1]]
    before_clause = [pm for pm in in_clause if pm.end <= m.start][::-1]
    after_clause = [pm for pm in in_clause if pm.start >= m.end]
    if (
        after_clause
        and before_clause
        and _OWN_PERIOD_BETWEEN.fullmatch(text, m.end, after_clause[0].start)
        and _NEXT_ITEM_BETWEEN.fullmatch(text, before_clause[0].end, m.start)
    ):
        # "five new stores in 2021 and 12 additional new stores in 2022": each item of the list ends with
        # its own period
        return _forecast_ahead(after_clause[0], ctx, text)
    if (
        after_clause
        and before_clause
        and _OWN_PERIOD_RIGHT_AFTER.fullmatch(text, m.end, after_clause[0].start)
        and _DIGIT.search(text, before_clause[0].end, m.start)
    ):
        # "guidance for the fourth quarter is $1.73 to $1.77 per share and $6.91 to $6.95 for the year": the
        # earlier period is the earlier figure's, this one ends with its own
        return _forecast_ahead(after_clause[0], ctx, text)
    horizon = next(
        (pm for pm in period_mentions if pm.kind == "forward" and pm.period and m.end <= pm.start < clause[1]), None
    )
    if (
        horizon is not None
        and before_clause
        and not any(pm.start < horizon.start for pm in after_clause)
        and "-" in str(horizon.period)
        and _LIST_AFTER_ITEM_PERIOD.fullmatch(text, before_clause[0].end, m.start)
        and _LIST_TO_HORIZON.fullmatch(text, m.end, horizon.start)
    ):
        # "tower churn of $200 million occurring in 2025 as well as $45 million of small cell churn and $30 million
        # in fiber over the next 3 years": the earlier item ends with its own year, the later ones share the
        # horizon the list ends with
        return horizon.period
    if (
        after_clause
        and before_clause
        and _EXPECT_VERB.search(text, before_clause[0].end, m.start)
        and after_clause[0].start <= m.end + _EXPECTED_AFTER_CHARS
        and not _DIGIT.search(text, m.end, after_clause[0].start)
        and not _COMPARED.search(text, m.end, after_clause[0].start)
    ):
        # "Revenue grew 17% during the quarter and we expect growth of 12% in the fourth quarter": the period
        # before the forecast verb is the result's, the one after the figure the forecast's
        return _forecast_ahead(after_clause[0], ctx, text)
    for group in (before_clause, after_clause):
        if group:
            return _forecast_ahead(group[0], ctx, text)
    for pm in named:
        if _PERIOD_GUIDANCE.match(text, pm.end) and not _passed(pm, ctx, text):
            return _forecast_ahead(pm, ctx, text)
    elsewhere = [pm for pm in named if not (clause[0] < pm.end and pm.start < clause[1]) and not _passed(pm, ctx, text)]
    before = [pm for pm in elsewhere if pm.end <= m.start]
    if before:
        return _forecast_ahead(before[-1], ctx, text)
    after = [pm for pm in elsewhere if pm.start >= m.end]
    if after and _DIGIT.search(text, m.end, after[0].start) is None and not _leads_figure(text, after[0]):
        return _forecast_ahead(after[0], ctx, text)
    after = [pm for pm in after if not _leads_figure(text, pm) and not _ends_figure(text, m, pm)]
    if after:
        return _forecast_ahead(after[0], ctx, text)
    if ctx.running and text and _IN_REPORT_PERIOD.search(text, sentence[0], m.start):
        # "报告期内，公司预计净利润比上年同期增长43.87%至70.37%": a preannouncement's own span, over an outlook an
        # earlier sentence set for one quarter of it
        return ctx.running
    return carried


_OWN_PERIOD_BETWEEN = re.compile(
    r"\s*(?:[A-Za-z&'’-]+\s+){0,4}?(?:in|for|during|through|by(?:\s+the\s+end\s+of)?)\s+(?:the\s+)?", re.IGNORECASE
)
"""Between a forecast figure and a period its own noun phrase ends with ("12 additional new stores in 2022",
"exceed $100 million next year" needs none)."""
_OWN_PERIOD_RIGHT_AFTER = re.compile(
    r"\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:in|for|during)\s+(?:the\s+)?(?:full\s+)?", re.IGNORECASE
)
"""Between a forecast figure and the period right after it ("$6.91 to $6.95 for the year")."""
_NEXT_ITEM_BETWEEN = re.compile(r"\s*,?\s*(?:and|but|while)\s+(?:[A-Za-z-]+\s+){0,3}", re.IGNORECASE)
"""Between a period that ends one item of a list and the next item's figure ("in 2021 and exceed ")."""
_VERSUS_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|than|flat\s+to|over)\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
"""Right before a period: a comparison base ("organic sales flat to fiscal '21")."""
_TODAY = re.compile(r"today(?:['’]s)?|now", re.IGNORECASE)


_OUTLOOK_PERIOD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:for|in|during|through|over|of|to|into)\s+(?:the\s+|our\s+|this\s+)?(?:remainder\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""Right before a period an outlook is for ("for the fourth quarter", "guidance for 2022")."""


_GOAL_AFTER = re.compile(r"\s+(?:(?:climate|emissions?|sustainability|net[\s-]zero|esg|long[\s-]term)\s+)?(?:goals?|targets?|ambitions?|aspirations?|commitments?)\b", re.IGNORECASE)
"""After a year: a goal set for it ("our 2030 goal", "2030 emissions targets")."""


def _long_goal_year(text: str, pm: PeriodMention, quarter: int | None) -> bool:
    """Whether a year is a long-term goal's date (two or more years past the document's): the forecasts after
    it are not for that year."""
    return (
        pm.kind == "year"
        and bool(pm.period)
        and str(pm.period).isdigit()
        and quarter is not None
        and int(str(pm.period)) >= quarter // 4 + 2
        and bool(_GOAL_AFTER.match(text, pm.end))
    )


def _aside_period(text: str, pm: PeriodMention, s_start: int, s_end: int) -> bool:
    """Whether a period named in a sentence with a forecast word but no figure is no outlook's: not
    introduced as what the outlook is for nor followed by the outlook's noun ("our guidance incorporates
    uncertainty that could impact fourth quarter percentage rents")."""
    if _DIGIT.search(text[s_start : pm.start] + text[pm.end : s_end]):
        return False
    lead = text[s_start : pm.start].strip(" ,")
    return not (
        not lead  # "Fourth quarter guidance: ..."
        or _PERIOD_GUIDANCE.match(text, pm.end)
        or _OUTLOOK_PERIOD_BEFORE.search(text, max(0, pm.start - 30), pm.start)
    )


_WEIGHTED_TOWARD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:weighted|skewed|tilted|loaded|weighting)\s+(?:more\s+|heavily\s+)?(?:toward|towards|to|into)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a part of a forecast's period: where in it the forecast falls most ("weighted toward the second half")."""


def _not_forecast_period(text: str, pm: PeriodMention) -> bool:
    """Whether a period named near a forecast is no period it can be for: the day it is made ("at
    today's exchange rates"), a base it is compared with ("flat to fiscal '21", "80% of Q4 2019
    levels"), the part of it the forecast is weighted toward ("weighted toward the second half")."""
    versus = _VERSUS_BEFORE.search(text, max(0, pm.start - 24), pm.start)
    if versus is not None and pm.forward and versus.group().lower().startswith("over"):
        versus = None  # "over the next 4 quarters": during them
    return bool(
        _TODAY.fullmatch(text, pm.start, pm.end)
        or _LEVELS_AFTER.match(text, pm.end)
        or versus
        or _WEIGHTED_TOWARD_BEFORE.search(text, max(0, pm.start - 32), pm.start)
    )


def _schedules(para: _Paragraph, period_mentions: list[PeriodMention]) -> set[int]:
    """Starts of the sentences that give a figure for each of several years ("development spend of $100
    million for the remainder of 2020 and $35 million for 2021"): each year dates its own figure, so
    none is the outlook later forecasts are for."""
    years: dict[int, list[PeriodMention]] = {}
    for pm in period_mentions:
        if pm.period and not pm.base and pm.kind in ("year", "span"):
            years.setdefault(para.sentence(pm.start)[0], []).append(pm)
    out = set()
    for start, named in years.items():
        ends = [start] + [pm.end for pm in named[:-1]]
        if len({pm.period for pm in named}) >= 2 and all(
            _DIGIT.search(para.text, end, pm.start) for end, pm in zip(ends, named, strict=True)
        ):
            out.add(start)
    return out


_OUTLOOK_NOUN = re.compile(r"(?<![A-Za-z])(?:guidance|outlook|forecast|guide)(?![A-Za-z])", re.IGNORECASE)
"""A word for the outlook a call gives: a sentence with it that names a period sets the call's outlook."""
_OUTLOOK_NOUN = fast(_OUTLOOK_NOUN)
_SEASONAL_PERIODS = 3
"""A sentence naming this many quarters describes a pattern across them (seasonality): no one outlook period."""
_TARGET_MARK = re.compile(
    r"(?<![A-Za-z])(?:target\w*|goals?|aspir\w*|ambitions?|ultimately|on (?:track|pace) to|positioned to|we believe we can|"
    r"manag(?:e|es|ing) (?:[a-z]+ ){0,3}to)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Words that set a goal rather than an outlook of a period ("our goal is a 20% margin", "managing to a
leverage ratio of approximately 3 times")."""
_OPEN_HORIZON = re.compile(
    r"(?<![A-Za-z])(?:long(?:er)?[\s-]term|over time|going forward|in the future|over the (?:long|medium) run|"
    r"(?:medium|mid)[\s-]term|when (?:\w+\s+){0,3}(?:recover\w*|return\w*|normali[sz]\w*)|"
    r"(?:during|through(?:out)?|over|for) (?:this|the|our) (?:heavy )?(?:investment|transition|build[\s-]?out) "
    r"(?:period|phase|cycle))(?![A-Za-z])",
    re.IGNORECASE,
)
"""A horizon with no period ("longer term", "going forward", "when markets recover", "during this investment
period")."""


def _open_ended(text: str, statement: tuple[int, int]) -> bool:
    """Whether a forecast that names no period is a goal or a view with no horizon: no outlook of the
    year ("our goal is to manage the business to approximately 20% margins", "3% growth going forward")."""
    return _TARGET_MARK.search(text, *statement) is not None or _OPEN_HORIZON.search(text, *statement) is not None


_CLAUSE_REST = re.compile(r"[^,;:.!?]*")


def _leads_figure(text: str, pm: PeriodMention) -> bool:
    """Whether a period opens a clause with a figure of its own after it ("..., with the first half up
    12% to 14%"): it dates that figure."""
    rest = _CLAUSE_REST.match(text, pm.end)
    return rest is not None and _DIGIT.search(text, pm.end, rest.end()) is not None


_LAST_AMOUNT_BEFORE = re.compile(r"\d(?:[A-Za-z&'’-]+\s+|\s+){0,5}?(?:in|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a period: the end of another figure whose own noun phrase it ends ("$42 million in ")."""


def _ends_figure(text: str, m: NumberMention, pm: PeriodMention) -> bool:
    """Whether a period after a forecast ends another figure's noun phrase ("guidance is now $120 million to
    $125 million, which implies $37 million to $42 million in Q4"): it dates that figure, not ``m``."""
    found = _LAST_AMOUNT_BEFORE.search(text, max(m.end, pm.start - 40), pm.start)
    return found is not None and found.start() >= m.end


def _forecast_ahead(pm: PeriodMention, ctx: PeriodContext, text: str) -> str | None:
    """A forecast's period (``_ahead``); a span named without its year that has already passed, too, is
    next year's ("with the first half up 12% to 14%" in a fourth-quarter call giving next year's outlook)."""
    ahead = _ahead(pm, ctx)
    if pm.kind != "span" or not ahead or ctx.quarter is None or _DIGIT.search(text, pm.start, pm.end):
        return ahead
    last = _last_quarter(ahead, ctx.fiscal_year_end_month)
    year_reported = (ctx.quarter % 4) * 3 + 3 == (ctx.fiscal_year_end_month + 2) // 3 * 3  # its last quarter
    if last is not None and (last < ctx.quarter or (last == ctx.quarter and year_reported)):
        return _shifted_span(ahead, 4) or ahead
    return ahead


def _last_quarter(period: str, year_end_month: int) -> int | None:
    """Index of the last calendar quarter a period covers: a span's last quarter, a (fiscal) year's
    closing one."""
    month = _LAST_MONTH.search(period)
    if month is not None:  # a month or a span of months: the quarter its last month falls in
        return periods.calendar_quarter(int(month.group(1)), int(month.group(2)))
    last = period.rsplit("-", 1)[-1]
    if last.isdigit():
        return int(last) * 4 + (year_end_month - 1) // 3
    return periods.parse_quarter(last)


_LAST_MONTH = re.compile(r"(\d{4})-(\d{2})$")


def _passed(pm: PeriodMention, ctx: PeriodContext, text: str) -> bool:
    """Whether a period (as a forecast reads it) has ended by the quarter the document reports: a
    forecast is never for it ("reflecting strong results for the first nine months of the year")."""
    ahead = _forecast_ahead(pm, ctx, text)
    if not ahead or ctx.quarter is None:
        return False
    last = _last_quarter(ahead, ctx.fiscal_year_end_month)
    return last is not None and last <= ctx.quarter


def _guided_here(
    para: _Paragraph, period_mentions: list[PeriodMention], pos: int, ctx: PeriodContext | None = None
) -> str | None:
    """The period the outlook of an earlier sentence of the paragraph is for ("Turning to full-year 2022
    guidance compared with 2021. We expect total revenues of between $2.7 billion and $2.8 billion"): the
    last period, not a comparison base, named in a sentence with a forecast word before ``pos``."""
    found = None
    for pm in period_mentions:
        if pm.end > pos:
            break
        if not pm.period or pm.base or pm.kind not in ("quarter", "year", "span"):
            continue
        if para.sentence(pm.start)[1] <= pos and _PERIOD_GUIDANCE.match(para.text, pm.end):
            found = pm.period
            # (not a period already reported: "up 4% from our 2020 outlook" dates no forecast after it)
            if ctx is not None and _passed(pm, ctx, para.text):
                found = None
    return found


def _guided_earlier(
    para: _Paragraph, period_mentions: list[PeriodMention], pos: int, ctx: PeriodContext
) -> str | None:
    """The period an earlier forecast of the paragraph named ("we expect performance fees of $10 million
    for the second quarter. We expect adjusted EBITDA of $210 million to $225 million"): the forecasts that
    follow in the paragraph without naming one are for it, as they are in the paragraphs after it. Not a
    period of a sentence that gives several periods figures of their own, nor one already reported."""
    schedules = _schedules(para, period_mentions)
    found = None
    for pm in period_mentions:
        if pm.end > pos:
            break
        if not pm.period or pm.base or pm.kind not in ("quarter", "year", "span"):
            continue
        s_start, s_end = para.sentence(pm.start)
        if s_end > pos or s_start in schedules or _not_forecast_period(para.text, pm) or _passed(pm, ctx, para.text):
            continue
        if para.forecast_in(s_start, s_end):
            found = _forecast_ahead(pm, ctx, para.text)
    return found


_PERIOD_GUIDANCE = re.compile(
    r"\s*(?:(?:financial|earnings|revenue|sales|EPS|annual|adjusted|(?:earnings|income)\s+per\s+share)\s+)?"
    r"(?:guidance|outlook|forecast|guide)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after a period: the outlook it is for ("full-year 2022 guidance", "our fiscal 2023 outlook", "our 2020
sales forecast")."""


_PER_SHARE_AFTER = re.compile(r"\s*(?:per\s+(?:(?:basic|diluted|fully\s+diluted|common)\s+)?share|a\s+(?:diluted\s+)?share)(?![A-Za-z])", re.IGNORECASE)
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+(?:approximately\s+|about\s+)?", re.IGNORECASE)


def _per_share_aside(text: str, amount: NumberMention, m: NumberMention) -> bool:
    """Whether ``m`` is the per-share figure written as an aside of the amount before it ("$22 million, or $0.17
    per diluted share"): one figure told twice, of one period."""
    return bool(_OR_BETWEEN.fullmatch(text, amount.end, m.start)) and bool(_PER_SHARE_AFTER.match(text, m.end))


def _bare_base(text: str, clause: tuple[int, int], m: NumberMention) -> bool:
    """Whether a comparison base is written bare right after its comparison word ("compared with $788.1
    million", "versus $174.5 million"), naming no period of its own."""
    lead = _BARE_BASE_LEAD.search(text, max(clause[0], m.start - 24), m.start)
    return (
        lead is not None
        and not _RELATIVE_AFTER.match(text, m.end)
        and not _PREVIOUSLY_AFTER.match(text, m.end)  # "to $68 million from $69 million to $72 million previously"
    )


def _rate_compared_before(para: _Paragraph, before: Sequence[Fact], base: Fact) -> Fact | None:
    """The growth rate a percentage base is set against when the sentence gave it first: the nearest earlier
    percentage of the same metric in the sentence, when that one is a change ("growth of 3.4%, an improvement from 2%
    in the first quarter"); a level in between ("rose 1.2% to 75.3%, up from 74.1%") makes the base a level."""
    start = para.sentence(base.start)[0]
    same = [f for f in before if f.unit == "%" and f.metric == base.metric and para.sentence(f.start)[0] == start]
    if not same or same[-1].change is None or same[-1].basis is not None:
        return None
    return same[-1]


_PREVIOUSLY_AFTER = re.compile(
    r"(?:\s*(?:to|-|–)\s*\$?\d[\d,.]*(?:\s+(?:million|billion|percent))?%?)?\s*,?\s*(?:previously|prior|earlier|before)(?![A-Za-z])",
    re.IGNORECASE,
)
"""After a bare base: it is an earlier forecast ("from $69 million to $72 million previously"), no figure of a year before."""


_CHANGE_START_BEFORE = re.compile(
    r"(?<![A-Za-z])from\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:(?:previous|prior|preceding|last)\s+)?$", re.IGNORECASE
)
"""Right before a quarter or month in an earlier clause: the point a change is counted from ("down $150 million from
the end of the second quarter"), which dates no figure of a later clause."""
_LEVELS_AFTER = re.compile(r"(?:['’]s)?\s+(?:pre-pandemic\s+|pre-COVID\s+)?levels?(?![A-Za-z])", re.IGNORECASE)
_FOR_THE_YEAR = re.compile(
    r"(?<![A-Za-z])(?:for|during|over)\s+(?:the\s+)?(?:(?:full|whole|entire)[\s-]+)?(?:(?:fiscal|calendar)\s+)?"
    r"(?:year|(?:19|20)\d\d)(?![A-Za-z\d-])",
    re.IGNORECASE,
)
"""Before a figure in its sentence: the year it is counted over ("For 2020, dividends were a 100% capital gain")."""
_SHARE_OF_YEAR_LEVEL = re.compile(
    r"\s+of\s+(?:the\s+)?(?:pre-pandemic\s+|pre-COVID\s+)?(?:full[\s-]year\s+|fiscal\s+)?(?P<y>(?:19|20)\d\d)"
    r"(?:['’]s(?![A-Za-z])|\s+(?:pre-pandemic\s+|pre-COVID\s+)?levels?(?![A-Za-z]))",
    re.IGNORECASE,
)
"""Right after a percentage: the level of a year it is a share of ("60% of 2019 levels", "132% of 2019's")."""
"""After a year: a level of that year another figure is measured against ("70% of 2019 levels")."""
_FROM_YEAR_END = re.compile(
    r"(?<![A-Za-z])(?:from|since)\s+(?:the\s+)?(?:(?:prior|last)\s+)?(?:year[\s-]end|end\s+of)\s+(?:(?:fiscal|of)\s+)?$",
    re.IGNORECASE,
)
"""Right before a year: the year-end a change or flow is counted from ("from year-end 2021")."""
_PERIOD_PREPOSITION = re.compile(r"(?<![A-Za-z])(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_FOR = re.compile(r"(?<![A-Za-z])for\s+(?:the\s+)?$", re.IGNORECASE)
"""Right before a period named after a figure: what the figure is for ("$1.80 per share for the fourth quarter")."""
_OF_SALES_BEFORE = re.compile(
    r"(?:占|不低于|不少于|不超过|高于|低于|达到?|超过|约为?)\s?(?:公司)?(?:当年|当期|全年|同期)?"
    r"(?:营业总收入|营业收入|营收|收入|销售收入|销售额)的?(?:比例|比重)?(?:为|达|约|在)?\s?(?:约)?\s?$"
)
"""Right before a Chinese per cent: it is a share of sales ("不低于营业收入的6%", "占营业收入的比例为5.2%")."""


def _ratio_to_sales(para: _Paragraph, text: str, clause: tuple[int, int], m: NumberMention) -> Metric | None:
    """The ratio-to-sales metric of a cost a Chinese clause names before "…营业收入的N%" ("研发投入不低于营业收入的6%" is the
    R&D expense ratio), None when the clause names no such cost."""
    share = _OF_SALES_BEFORE.search(text, clause[0], m.start)
    if share is None:
        return None
    costs = [
        h.entry
        for h in para.metrics
        if clause[0] <= h.start and h.end <= share.start() and getattr(h.entry, "margin", None) and h.entry.name != "revenue"  # type: ignore[attr-defined]
    ]
    if not costs or not costs[-1].name.endswith(("expense", "spending", "costs", "capex")):  # type: ignore[attr-defined]
        return None
    return lm.metric_by_name(costs[-1].margin)  # type: ignore[attr-defined]


_PER_TEN_SHARES = re.compile(r"每\s?(?P<n>10|100)\s?股[^，,。；;\d]{0,10}$")
"""Before a Chinese dividend: the amount is for every ten (or hundred) shares ("每10股派发现金红利3.20元")."""
_OFFER_PRICE_BEFORE = re.compile(r"(?:招股价|发售价|发行价|配售价)(?:区间|范围|上限|下限|中位数)?")
"""Before a price in its clause: the price a listing or placing offers shares at (simplified text)."""
_DEAL_PRICE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:at|for)\s+(?:an?\s+)?(?:(?:average|weighted[\s-]average|blended|issue|offering)\s+)?(?:share\s+)?"
    r"(?:price|cost)(?:\s+per\s+(?:share|unit))?\s+of\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
"""Right before a price a transaction was made at ("OP units at an average price per share of $201.84")."""
_SOURCE_FROM = re.compile(
    r"\s+(?:our|its|their|the|a|an)\s+(?!(?:\S+\s+){0,4}?(?:(?:levels?|highs?|lows?|peaks?|records?|prior|previous|last|same|"
    r"years?|quarters?|periods?|months?|first|second|third|fourth)(?![\w-])|\d))[a-z]",
    re.IGNORECASE,
)
"""After "from": where something came from ("stores purchased from our third-party platform"), no comparison base."""


def _compared_between(text: str, lo: int, hi: int) -> bool:
    """Whether a comparison word stands between two offsets ("from" naming a source is none)."""
    return any(
        not (x.group().lower() == "from" and _SOURCE_FROM.match(text, x.end()))
        for x in _COMPARED.finditer(text, lo, hi)
    )


_PERIOD_PREPOSITION_IN = re.compile(r"\s*(?:in|during|through)\s", re.IGNORECASE)
"""Right before a period named after a figure: the preposition that dates it ("in August", "during the
fourth quarter")."""
_BARE_BASE_LEAD = re.compile(
    r"(?:compared\s+(?:to|with)|versus|vs\.?|(?<![A-Za-z])(?:up|down|higher|lower|improved|increased|decreased|rose|fell|grew|declined)"
    r"\s+from|(?<=[\d%])\s+from|(?<=\d)\s+(?:million|billion|percent|cents?|basis\s+points)\s+from)\s+(?:\[\s*)?$",
    re.IGNORECASE,
)
"""Right before a comparison base that names no period: its comparison word ("compared with", "up from", "to
68.91% from")."""


def _reported_across(text: str, m: NumberMention, pm: PeriodMention, ctx: PeriodContext) -> bool:
    """Whether a period named after a forecast, past another figure, is a quarter already reported ("EPS
    of $2.85 to $3.10, inclusive of the $0.32 litigation reserve in the second quarter"): it dates the
    figure in between, a forecast is for a period still to come."""
    ahead = _ahead(pm, ctx) if pm.kind == "quarter" else None
    q = periods.parse_quarter(ahead) if ahead else None
    return q is not None and ctx.quarter is not None and q <= ctx.quarter and _DIGIT.search(text, m.end, pm.start) is not None


def _last_quarter_of(pm: PeriodMention) -> int | None:
    """Index of the last quarter a named period covers (a year: its fourth quarter), None when unknown."""
    last = pm.quarters[-1] if pm.quarters else str(pm.period or "")
    if last.isdigit() and len(last) == 4:
        return int(last) * 4 + 3
    return periods.parse_quarter(last)


def _running_of(earlier: list[PeriodMention]) -> PeriodMention | None:
    """The period earlier sentences of a Chinese paragraph leave running: the last one named, unless it is the
    same kind of span as one named before it, of an earlier year ("2024年总资产…；2023年差距为3700亿元 - 南京银行资产规模…", "恢复至2019年同期的
    118.84% - 国际客座率达84.41%"): a look back at an earlier year holds for its own sentence only, and the
    paragraph goes on about the latest period it named."""
    if not earlier:
        return None
    last = earlier[-1]
    end = _last_quarter_of(last)
    if end is None:
        return last
    later = [
        pm
        for pm in earlier[:-1]
        if (_last_quarter_of(pm) or -1) > end and pm.kind == last.kind and len(pm.quarters) == len(last.quarters)
    ]  # the same kind of span, of a later year ("2024年模制瓶…" after "25Q1营收…" is the year's own)
    if not later:
        return last
    top = max(_last_quarter_of(pm) or -1 for pm in later)
    return [pm for pm in later if _last_quarter_of(pm) == top][-1]


def _ends_after(pm: PeriodMention, quarter: int | None) -> bool:
    """Whether a named period ends after the document's quarter (a year or quarter still to come)."""
    if quarter is None or not pm.period:
        return False
    last = pm.quarters[-1] if pm.quarters else str(pm.period)
    if last.isdigit() and len(last) == 4:
        return int(last) * 4 + 3 > quarter
    q = periods.parse_quarter(last)
    return q is not None and q > quarter


def _ahead(pm: PeriodMention, ctx: PeriodContext) -> str | None:
    """A forecast's period: a quarter named without its year that has already passed is next year's
    ("we now see fourth quarter EPS of ..." in a third-quarter call that dates it last year); one named as
    a comparison base or a report ("consistent with our Q2 call") stays past."""
    q = periods.parse_quarter(pm.period) if pm.period else None
    dq = ctx.quarter
    if pm.bare is not None and not pm.base and not pm.report and q is not None and dq is not None and q < dq:
        return periods.quarter_str(q + 4 * ((dq - q + 3) // 4))
    return pm.period


def _marker(pattern: Sifted, text: str, c_start: int, m: NumberMention, next_start: int) -> int | None:
    """Distance from a figure to the nearest YoY or QoQ marker around it in its clause, if any."""
    best = None
    for x in pattern.finditer(text, c_start, m.start):
        best = m.start - x.end()
    tail_end = min(next_start, len(text))
    seg = text[m.end : tail_end]
    cut = _MARKER_CUT.search(seg)
    after = pattern.search(text, m.end, m.end + (cut.start() if cut else len(seg)))
    if after is not None and next_start < len(text) and _MARKER_OF_NEXT.fullmatch(text, after.end(), next_start):
        after = None  # "同比增长7% 环比增长2%": the marker after the figure is the next figure's
    if after is not None:
        d = after.start() - m.end
        best = d if best is None else min(best, d)
    return best


_ITEM_LABEL = re.compile(r"\s*(?:[-•·*]\s*)?(?:\*\*[^*\n]{1,16}\*\*|[\u4e00-\u9fff]{2,8})\s?[:：]")
"""The label a list item opens with ("- **盈利能力**:", "现金流："): the item's own text starts after it."""
_ONE_MONTH = re.compile(r"^\d{4}-\d{2}$")
"""A period that is one calendar month ("2025-11")."""
_MOM_BEFORE = re.compile(r"(?:月增|月减|月減|月比|较上月|較上月|比上月|环比上月)[^\d，,。；;]{0,4}$")
"""Right before a growth figure: a month-over-month change ("月减3.2%", "较上月增长5%")."""
_MARKER_OF_NEXT = re.compile(
    r"\s*(?:大幅度|大幅|显著|明显|小幅|略微|略|稳步|进一步|持续)?"  # "同比大幅增长69.7%": an adverb before the verb
    r"(?:增长|增加|上升|上涨|下降|减少|下滑|下跌|提升|降低|增|升|跌|减|降|涨)?\s*[+＋-]?\s*"
)
"""Between a YoY/QoQ marker and the next figure: the marker opens that figure's own comparison."""
_MARKER_CUT = re.compile(r"[，、。；;！？!?]|,(?!\d{3})|以及|(?<![A-Za-z])and(?![A-Za-z])|和", re.IGNORECASE)


_RATE_PAIR = {"%", "pp"}
"""A growth rate and a change in points listed together ("分别增长36.9%及9.2个百分点": an amount's and a ratio's)."""


_SIGNED_LIST_GAP = re.compile(r"\s*(?:、|和|及|与)\s*(?:增长|增加|上升|提升|下降|减少|下滑|下跌)\s*")
"""Between two items of a "分别" list each with its own direction ("同比分别增长6.2%和下降3.1%")."""


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
            (mentions[run[-1]].unit == m.unit or {mentions[run[-1]].unit, m.unit} == _RATE_PAIR)
            and (
                numbers._LIST_GAP.fullmatch(text, mentions[run[-1]].end, m.start)
                or (
                    _SIGNED_LIST_GAP.fullmatch(text, mentions[run[-1]].end, m.start) is not None
                    and "分别" in text[max(0, mentions[run[0]].start - 12) : mentions[run[0]].start]
                )
            )
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


def extract(doc: Document) -> FactSheet:
    """The document's identity and its facts in paragraph order, then by evidence start."""
    return extract_graded(doc)[0]


def extract_graded(doc: Document) -> tuple[FactSheet, tuple[Grade | None, ...]]:
    """``extract``'s sheet and, for each of its facts, where its fields were decided (None for a fact
    read from a report table's labelled cells)."""
    sheet, graded = _extract(doc)
    grades = []
    for f in sheet.facts:
        text = doc.paragraphs[f.paragraph - 1].text if 0 < f.paragraph <= len(doc.paragraphs) else ""
        at = f.end - len(f.raw)
        if not (f.raw and at >= 0 and text[at : f.end] == f.raw):
            at = text.find(f.raw, f.start, f.end) if f.raw else -1
        grades.append(graded.get((f.paragraph, at)))
    return sheet, tuple(grades)


def _extract(doc: Document) -> tuple[FactSheet, dict[tuple[int, int], Grade]]:
    texts = document_views(doc)
    extractor = _Extractor(doc, texts)
    facts = extractor.run()
    if any(_PREVIEW.search(t) for t in texts[:_PREVIEW_HEAD]):
        facts = [f for f in facts if _before_previewed(f, extractor.state.ctx)]
    facts.sort(key=lambda f: (f.paragraph, f.start, f.end))
    if doc.language != "en":
        facts = _slash_subjects(texts, facts)
        facts = _slash_metrics(texts, facts)
        facts = _listed_metrics(texts, facts)
        facts = _segment_items(texts, facts)
        facts = _listed_parts(texts, facts, tuple(p.text for p in doc.paragraphs))
        facts = _cumulative_months(texts, facts)
        facts = _prior_year_columns(texts, facts, tuple(p.text for p in doc.paragraphs))
        facts = _revised_columns(texts, facts, tuple(p.text for p in doc.paragraphs))
    facts = _own_names_as_company(extractor.sheet, facts)
    if doc.language != "en":
        facts = _own_name_before_unit(extractor.sheet, facts)
    facts = _legal_names_as_company(extractor.sheet, facts)
    facts = _unit_names(facts)
    if doc.language == "en":
        facts = _named_contributions(texts, facts, tuple(p.text for p in doc.paragraphs))
        facts = _declared_adjusted(doc, texts, facts)
        facts = _company_beside_its_eps(texts, facts, extractor.sheet.company)
    grades = extractor.grades
    if any(g.period is PeriodHow.NONE for g in grades.values()) and any(
        pm.period for t in texts for pm in periods.find_periods(t, extractor.state.ctx)
    ):
        grades = {k: g._replace(page_periods=True) for k, g in grades.items()}
    return replace(extractor.sheet, facts=tuple(facts)), grades


_ADJUSTED_DECLARED = re.compile(
    r"(?<![A-Za-z])(?:my|our|the|all)\s+(?:remarks|comments|discussion|commentary)\s+(?:today\s+)?(?:will\s+)?"
    r"(?:focus|focuses|be\s+focused|are\s+focused|refer|relate)\s+(?:on|to)\s+(?:our\s+|the\s+)?"
    r"(?:as[\s-]adjusted|adjusted|non-GAAP)\s+(?:results|basis|figures|numbers)"
    r"|unless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified)[^.]{0,80}?\bon\s+an?\s+(?:adjusted|non-GAAP|as[\s-]adjusted)\s+basis"
    r"|\bon\s+an?\s+(?:adjusted|non-GAAP|as[\s-]adjusted)\s+basis[^.]{0,40}?unless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified)",
    re.IGNORECASE,
)
"""A speaker's declaration that the results they go on to give are adjusted ("My remarks will focus on our as-adjusted
results", "unless otherwise noted, all figures are on a non-GAAP basis")."""
_PAGE_ADJUSTED = re.compile(
    r"(?<![A-Za-z])(?:page|slide)\s+\d+[^.]{0,40}?\b(?:shows|presents|summarizes|reflects)\s+(?:our\s+|the\s+)?"
    r"(?:financial\s+)?(?:performance|results)[^.]{0,80}?(?:excluding\s+(?:special|notable|one-time)\s+items|"
    r"on\s+an?\s+(?:adjusted|non-GAAP)\s+basis)",
    re.IGNORECASE,
)
"""A slide said to show results without special items ("Page 3, which shows our financial performance for the quarter
on a currency-neutral basis, excluding special items"): the results read from it, until the next slide, are adjusted."""
_PAGE_TURN = re.compile(r"(?<![A-Za-z])(?:page|slide)\s+\d+", re.IGNORECASE)
_REPORTED_SAID = re.compile(
    r"(?<![A-Za-z])(?:GAAP|as[\s-]reported|unadjusted|statutory)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:on\s+a\s+)?reported\s+(?:basis|EPS|diluted|net\s+income|earnings\s+per\s+share|operating)",
    re.IGNORECASE,
)
"""In a figure's sentence: the figure is the reported one, whatever basis the speaker declared."""


def _declared_adjusted(doc: Document, texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """A result the same speaker gives after declaring that their remarks are on adjusted results (``_ADJUSTED_DECLARED``)
    and that its own sentence does not call reported: the adjusted form of its metric ("earnings of $1.24 per share"
    after "My remarks will focus on our as-adjusted results" is adjusted EPS)."""
    declared: dict[object, tuple[int, int]] = {}
    pages: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for n, text in enumerate(texts, 1):
        low = text.lower()
        if pages and pages[-1][1] == (len(texts) + 1, 0) and n > pages[-1][0][0] and _PAGE_TURN.search(text):
            pages[-1] = (pages[-1][0], (n, 0))  # the next slide ends the one said to be adjusted
        if "items" in low or "basis" in low:
            shown = _PAGE_ADJUSTED.search(text)
            if shown is not None:
                pages.append(((n, shown.end()), (len(texts) + 1, 0)))
        if "adjusted" not in low and "non-gaap" not in low:
            continue
        found = _ADJUSTED_DECLARED.search(text)
        if found is not None:
            speaker = doc.paragraphs[n - 1].speaker if n <= len(doc.paragraphs) else None
            declared.setdefault(speaker, (n, found.end()))
    if not declared and not pages:
        return facts
    out = []
    for f in facts:
        speaker = doc.paragraphs[f.paragraph - 1].speaker if 0 < f.paragraph <= len(doc.paragraphs) else None
        at = declared.get(speaker)
        own = lm.metric_by_name(f.metric)
        on_page = any(a <= (f.paragraph, f.start) < b for a, b in pages)
        if (
            (not on_page and (at is None or (f.paragraph, f.start) < at))
            or own is None
            or not own.adjusted
            or own.adjusted == f.metric
            or f.basis not in (None, "prior")
            or f.metric.endswith((" guidance", " target"))
            or not (_is_eps_family(own) or f.metric in _DECLARED_ADJUSTED_METRICS)
        ):
            out.append(f)
            continue
        text = texts[f.paragraph - 1] if 0 < f.paragraph <= len(texts) else ""
        lo = max(text.rfind(". ", 0, f.start), 0)
        hi = text.find(". ", f.end)
        if _REPORTED_SAID.search(text, lo, hi if hi >= 0 else len(text)):
            out.append(f)
            continue
        out.append(replace(f, metric=own.adjusted))
    return out


def _company_beside_its_eps(texts: Sequence[str], facts: list[Fact], company: str | None) -> list[Fact]:
    """A figure of a business line the talk carried into a sentence that also gives the company's earnings per share
    and names no line itself ("We anticipate sales to be in the range of $865 million to $925 million and earnings
    per share at $2.90 to $3.20" after talk of one segment): the company's, as its earnings per share are."""
    if not company:
        return facts
    by_para: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        by_para.setdefault(f.paragraph, []).append(i)
    out = list(facts)
    for para, idx in by_para.items():
        eps = [i for i in idx if out[i].subject == company and _eps_named(out[i].metric)]
        if not eps or not 0 < para <= len(texts) or all(out[i].subject == company for i in idx):
            continue  # (most paragraphs: no earnings per share beside another subject's figure)
        text = texts[para - 1]
        spans = _spans(_SENTENCE, text)
        for e in eps:
            s0, s1 = next(((a, b) for a, b in spans if a <= out[e].start < b), (0, len(text)))
            sentence = text[s0:s1].casefold()
            for i in idx:
                f = out[i]
                if not s0 <= f.start < s1 or f.subject == company or not f.subject or f.subject.casefold() in sentence:
                    continue
                if f.metric.endswith(" guidance") != out[e].metric.endswith(" guidance") or f.period != out[e].period:
                    continue
                out[i] = replace(f, subject=company)
    return out


def _eps_named(metric: str) -> bool:
    """Whether a metric name is earnings per share in some form, a forecast of it too."""
    own = lm.metric_by_name(metric.removesuffix(" guidance"))
    return own is not None and _is_eps_family(own)


_DECLARED_ADJUSTED_METRICS = frozenset(
    {"net income", "net income attributable to shareholders", "operating income", "operating margin", "pre-tax income"}
)
"""Results besides earnings per share that a declaration of adjusted remarks turns into their adjusted form."""


_COLUMN_HEADS = re.compile(r"^\s*(?:项目|指标|主要(?:会计|财务)数据)\s+(?P<cols>\S+(?:[ \t\u3000]+\S+)+)\s*$", re.MULTILINE)
"""The head row of a table written one row a line ("项目 本会计年度 上年同期"): the columns after the row names'."""
_PRIOR_COLUMN = re.compile(r"上年同期|去年同期|上年度|上年|上期|上年同期数")
"""A column head naming the same span a year before."""


def _prior_year_columns(texts: Sequence[str], facts: list[Fact], originals: Sequence[str]) -> list[Fact]:
    """A figure in the "上年同期" column of a table written one row a line ("归属于上市公司股东的净利润 盈利：38,000万元–
    45,000万元 盈利：26,412.57万元"), under a head row in its paragraph or the one before: the row's metric, as the
    row's first figure reads it, for the span a year before that figure's, as a comparison base; never the next
    row's name the line runs into. A prior cell no sentence reading gave a fact gets one from its row."""
    out = list(facts)
    added: dict[int, list[Fact]] = {}
    by_para: dict[int, list[int]] = {}
    for i, f in enumerate(out):
        by_para.setdefault(f.paragraph, []).append(i)
    for para, idx in by_para.items():
        text = texts[para - 1] if 0 < para <= len(texts) else ""
        head = _COLUMN_HEADS.search(text)
        if head is None and para > 1:
            head = _COLUMN_HEADS.fullmatch(texts[para - 2].strip())
            start = 0
        else:
            start = head.end() if head is not None else 0
        if head is None:
            continue
        cols = head.group("cols").split()
        prior = [k for k, c in enumerate(cols) if _PRIOR_COLUMN.fullmatch(c)]
        if len(prior) != 1 or prior[0] == 0:
            continue
        rows: list[list[NumberMention]] = []
        last = start
        for m in numbers.scan(text):
            if m.start < start:
                continue
            if not rows or not _CELL_GAP.fullmatch(text, last, m.start):
                rows.append([])
            rows[-1].append(m)
            last = m.end
        at = {_figure_start(text, out[i]): i for i in idx}
        for n, row in enumerate(rows):
            if len(row) != len(cols) or row[0].start not in at:
                continue
            first, cell = out[at[row[0].start]], row[prior[0]]
            year = first.period if (first.period or "").isdigit() else None
            period = str(int(year) - 1) if year else _shifted_span(first.period, -4)
            metric = first.metric.removesuffix(" guidance")
            if cell.start in at:
                j = at[cell.start]
                out[j] = replace(out[j], metric=metric, period=period, basis="prior", change=None)
            elif cell.unit == first.unit and cell.value_high is None and para <= len(originals):
                lo = max(rows[n - 1][-1].end if n else start, text.rfind("\n", 0, row[0].start) + 1)
                while lo < row[0].start and text[lo].isspace():
                    lo += 1
                line = (lo, cell.end)  # (the row: its name, its cells up to this one)
                original = originals[para - 1]
                added.setdefault(at[row[0].start], []).append(
                    replace(
                        first, value=cell.value, value_high=None, qualifier=cell.qualifier, raw=original[cell.start : cell.end],
                        evidence=original[line[0] : line[1]], start=line[0], end=line[1], metric=metric, period=period,
                        basis="prior", change=None,
                    )
                )
    if not added:
        return out
    return [g for i, f in enumerate(out) for g in (f, *added.get(i, ()))]


_SUPERSEDED_COLUMN = re.compile(r"(?:修正|更正)前")
_REVISED_COLUMN = re.compile(r"(?:修正|更正)后")
"""Column heads of a preannouncement revision's table ("项目 本会计年度（修正前） 本会计年度（修正后） 上年同期"): the
forecast replaced and the forecast that replaces it."""


def _table_rows(text: str, start: int) -> list[list[NumberMention]]:
    """The rows of a table written one row a line from ``start``: runs of figures with only a cell gap between them."""
    rows: list[list[NumberMention]] = []
    last = start
    for m in numbers.scan(text):
        if m.start < start:
            continue
        if not rows or not _CELL_GAP.fullmatch(text, last, m.start):
            rows.append([])
        rows[-1].append(m)
        last = m.end
    return rows


def _revised_columns(texts: Sequence[str], facts: list[Fact], originals: Sequence[str]) -> list[Fact]:
    """A preannouncement revision's table, under a head in its paragraph or the one before whose columns name the
    forecast replaced and the revised one: the replaced cell is no fact (the firm no longer expects it), the revised cell
    beside it is the row's figure, with the metric and period the replaced cell was read with."""
    out = list(facts)
    drop: set[int] = set()
    added: dict[int, Fact] = {}
    by_para: dict[int, list[int]] = {}
    for i, f in enumerate(out):
        by_para.setdefault(f.paragraph, []).append(i)
    for para, idx in by_para.items():
        text = texts[para - 1] if 0 < para <= len(texts) else ""
        head = _COLUMN_HEADS.search(text)
        if head is None and para > 1:
            head = _COLUMN_HEADS.fullmatch(texts[para - 2].strip())
            start = 0
        else:
            start = head.end() if head is not None else 0
        if head is None:
            continue
        cols = head.group("cols").split()
        old = [k for k, c in enumerate(cols) if _SUPERSEDED_COLUMN.search(c)]
        new = [k for k, c in enumerate(cols) if _REVISED_COLUMN.search(c)]
        if len(old) != 1 or len(new) != 1:
            continue
        at = {_figure_start(text, out[i]): i for i in idx}
        original = originals[para - 1] if para <= len(originals) else text
        for row in _table_rows(text, start):
            if len(row) != len(cols):
                continue
            replaced, revised = row[old[0]], row[new[0]]
            if replaced.start not in at:
                continue
            i = at[replaced.start]
            drop.add(i)
            if revised.start in at:
                continue
            f = out[i]
            added[i] = replace(
                f, value=revised.value, value_high=revised.value_high, qualifier=revised.qualifier,
                raw=original[revised.start : revised.end], evidence=original[revised.start : revised.end],
                start=revised.start, end=revised.end,
            )
    if not drop:
        return out
    return [g for i, f in enumerate(out) for g in ((added[i],) if i in added else () if i in drop else (f,))]


_CELL_GAP = re.compile(r"(?:/股)?[\s\u3000]*(?:(?:盈利|亏损|收益|预计)\s?[:：])?[\s\u3000]*")
"""Between two cells of one row: a per-share cell's "/股", blanks and a cell's sign word ("盈利："); a row's name opens
the next row."""


_UNIT_KIND = re.compile(r"(?P<name>.*\S)\s+(?P<kind>segment|division|business)")
"""A unit's name followed by the kind word the text wrote after it ("Towable segment", "our Harbor business")."""


_CONTRIBUTOR = r"(?:the\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:merger|acquisition|portfolio|business|segment|division|properties|assets)"
_COMPARED_ASIDE = r"(?:\s+(?:year[\s-]over[\s-]year|sequentially|(?:from|over|versus)\s+(?:last|the\s+prior)\s+(?:year|quarter)))?"
_PART_CONTRIBUTED_BEFORE = re.compile(
    rf"{_COMPARED_ASIDE},?\s+of\s+which\s+{_CONTRIBUTOR}\s+(?:contributed|added|accounted\s+for)\s+(?:about\s+|approximately\s+|roughly\s+)?"
)
"""Between an amount and the next one: the next is the part a named unit or deal brought ("higher NOI of $98.7 million,
of which the Weingarten merger contributed $62.6 million")."""
_INCLUDED_BEFORE = re.compile(rf"{_COMPARED_ASIDE},?\s+including\s+(?:about\s+|approximately\s+|roughly\s+)?")
_INCLUDED_FROM_AFTER = re.compile(rf"\s+from\s+{_CONTRIBUTOR}(?=\s*[.,;]|\s*$)")
"""After an amount "including" opened: the named unit or deal it came from ("including $2 million from the Weingarten
portfolio")."""


def _named_contributions(texts: Sequence[str], facts: list[Fact], originals: Sequence[str]) -> list[Fact]:
    """An English amount's part that a named unit or deal brought, said right after it ("higher NOI of $98.7 million, of
    which the Weingarten merger contributed $62.6 million"): the part is that name's figure of the same metric, period
    and comparison; a figure already read, or a part not named as a unit or deal, is left as it is."""
    out = list(facts)
    read = {(f.paragraph, _figure_start(texts[f.paragraph - 1], f)) for f in facts if 0 < f.paragraph <= len(texts)}
    scanned: dict[int, list[NumberMention]] = {}
    for f in facts:
        if not f.raw or f.unit in _RATE_UNITS or f.unit == "count" or f.per is not None or not 0 < f.paragraph <= len(texts):
            continue
        text = texts[f.paragraph - 1]
        if "includ" not in text and "of which" not in text:
            continue
        at = _figure_start(text, f)
        if at < 0:
            continue
        found = scanned.get(f.paragraph)
        if found is None:
            found = scanned[f.paragraph] = numbers.scan(text)
        nxt = next((m for m in found if m.start >= f.end), None)
        if nxt is None or nxt.unit != f.unit or nxt.per is not None or (f.paragraph, nxt.start) in read:
            continue
        lead = _PART_CONTRIBUTED_BEFORE.fullmatch(text, f.end, nxt.start)
        if lead is None:
            tail = _INCLUDED_FROM_AFTER.match(text, nxt.end) if _INCLUDED_BEFORE.fullmatch(text, f.end, nxt.start) else None
            name = tail.group("name") if tail is not None else None
        else:
            name = lead.group("name")
        if name is None or name == f.subject or abs(nxt.value) > abs(f.value):
            continue
        original = originals[f.paragraph - 1]
        value = abs(nxt.value) if f.value >= 0 else -abs(nxt.value)
        out.append(
            replace(
                f, subject=name, value=value, value_high=None, qualifier=nxt.qualifier, raw=original[nxt.start : nxt.end],
                evidence=original[f.start : nxt.end], end=nxt.end,
            )
        )
        read.add((f.paragraph, nxt.start))
    if len(out) != len(facts):
        out.sort(key=lambda g: (g.paragraph, g.start, g.end))
    return out


def _unit_names(facts: list[Fact]) -> list[Fact]:
    """A unit is named as the company names it ("Towable", not "Towable segment"), so that the figures of one unit
    carry one name whether or not their sentence writes the kind word. "business" goes only after a proper name
    ("Harbor business"): "small business" is a kind of customer, not the unit "small"."""
    out = []
    for f in facts:
        m = _UNIT_KIND.fullmatch(f.subject)
        if m is not None and f.subject.isascii():
            name = m.group("name")
            words = name.split()
            if (
                (m.group("kind") != "business" or name[:1].isupper())
                and any(w not in _en_stop() and w.casefold() not in _en_stop() for w in words)
                and not name.endswith(("'s", "’s", "'"))
                and not _only_metric_words(name)
            ):
                f = replace(f, subject=name)
        out.append(f)
    return out


_SHORT_NAME = re.compile(r"[A-Z][A-Z0-9.]{1,5}")
"""A ticker or acronym ("PMT")."""


def _own_names_as_company(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """A figure of a name the sheet gives the company itself ("PMT reported net income of ..." in a call of
    PennyMac Mortgage Investment Trust, "InvenTrust" for InvenTrust Properties) is the company's."""
    company = sheet.company
    # (a short name only, of a company named in words: a digest of several firms gives its sheet their names too)
    if company is None or " " not in company:
        return facts
    own = {
        n.casefold()
        for n in (sheet.ticker, *sheet.names)
        if n and n != company and (_SHORT_NAME.fullmatch(n) or company.startswith(n + " "))
    }
    if not own:
        return facts
    return [replace(f, subject=company) if f.subject != company and f.subject.casefold() in own else f for f in facts]


def _own_name_before_unit(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """A Chinese subject that opens on the page's own company ("澄岭科技海外", "澄岭科技储能业务") names the company's
    unit after it: the unit is the subject; a legal-form or kind-of-firm ending after the name ("澄岭科技股份") is the
    company itself."""
    company = sheet.company
    if not company or len(company) < 2:
        return facts
    words = ls.phrase_words()
    firm_ends = {*words.zh_org_suffix, *words.zh_listed_name_end, "有限公司", "股份有限公司", "公司", "集团"}
    out = []
    for f in facts:
        rest = f.subject[len(company) :] if f.subject.startswith(company) and f.subject != company else ""
        if rest and _CJK.match(rest):
            f = replace(f, subject=company if rest in firm_ends or rest in words.generic or len(rest) < 2 else rest)
        out.append(f)
    return out


_CAPITAL_WORD = re.compile(r"(?<![\w&'’-])[A-Z][\w&'’-]*")


def _legal_names_as_company(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """A figure of the company's full legal name ("Kestrel Homes Inc." in a call of Kestrel Homes or of its
    ticker KHI, the initials of that name) is the company's: the legal form names the same firm, no other."""
    company = sheet.company
    if company is None:
        return facts
    own = {n.casefold() for n in (company, sheet.ticker, *sheet.names) if n}

    def is_own(name: str) -> bool:
        bare = without_legal_form(name)
        if bare is None:
            return False
        initials = "".join(w[0] for w in _CAPITAL_WORD.findall(name))
        return bare.casefold() in own or (len(initials) >= 2 and initials.casefold() in own)

    return [replace(f, subject=company) if f.subject != company and is_own(f.subject) else f for f in facts]


_CUMULATIVE_BEFORE = re.compile(r"(?:累计|累計)[^\d，,。；;！？]{0,14}$")
"""Right before a figure, in its clause: a running total ("累計稅後淨利 107.94 億元")."""
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _cumulative_months(texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """A running total in a month's report ("10月獲利10.09億元，累計稅後淨利107.94億元") spans the year
    to that month, not the month."""
    out = []
    for f in facts:
        month = _YEAR_MONTH.fullmatch(f.period or "")
        if month is not None and month.group(2) != "01":
            text = texts[f.paragraph - 1]
            at = f.end - len(f.raw)  # the raw figure may be in traditional characters, the view in simplified
            if f.raw and at >= 0 and _CUMULATIVE_BEFORE.search(text, max(0, at - 20), at):
                f = replace(f, period=f"{month.group(1)}-01-{f.period}")
        out.append(f)
    return out


_SLASH_BETWEEN = re.compile(r"\s?/\s?")
_SLASH_NAMES = re.compile(r"[\u4e00-\u9fff]{1,8}(?:\s?/\s?[\u4e00-\u9fff]{1,8})+")
_SLASH_LOOKBACK = 120


def _figure_start(text: str, f: Fact) -> int:
    at = f.end - len(f.raw)
    return at if f.raw and text[at : f.end] == f.raw else text.find(f.raw, f.start, f.end)


def _slash_subjects(texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """Figures joined by slashes after names joined by slashes ("高端酒/次高端酒/区域酒营收546.6/118.6/106.9亿元",
    "同比-15.0%/-13.3%/-35.2%"): the k-th figure is the k-th name's, not all the last name's."""
    out = list(facts)
    i = 0
    while i < len(out):
        f = out[i]
        text = texts[f.paragraph - 1]
        run = [i]
        while True:
            j = run[-1] + 1
            if j >= len(out):
                break
            g, prev = out[j], out[run[-1]]
            if g.paragraph != f.paragraph or g.subject != f.subject or g.metric != f.metric:
                break
            if not _SLASH_BETWEEN.fullmatch(text, prev.end, _figure_start(text, g)):
                break
            run.append(j)
        if len(run) > 1:
            first = _figure_start(text, out[run[0]])
            lo = max(0, first - _SLASH_LOOKBACK)
            stop = max(text.rfind(c, lo, first) for c in "。；;")
            names = [
                m for m in _SLASH_NAMES.finditer(text, max(lo, stop + 1), first)
                if len(_SLASH_BETWEEN.split(m.group())) == len(run)
                and _SLASH_BETWEEN.split(m.group())[-1].startswith(f.subject)  # ("区域酒" + its metric "营收")
            ]
            if names:
                items = [*_SLASH_BETWEEN.split(names[-1].group())[:-1], f.subject]
                for k, j in enumerate(run):
                    out[j] = replace(out[j], subject=items[k])
        i = run[-1] + 1
    return out


_SLASH_SIGNED = re.compile(r"\s?/\s?[+＋]?")
"""Between two figures of a slash list, the second signed ("-0.2/+0.6pct")."""
_SLASH_METRIC_NAMES = re.compile(r"[\u4e00-\u9fff]{1,10}(?:\s?/\s?[\u4e00-\u9fff]{1,10})+")


def _slash_metric(item: str, last: str) -> str | None:
    """The metric a slash-list item names: its longest tail that is a metric's name ("销售费用率"), or
    its head joined to the shared tail of the list's last item ("销售" + "费用率")."""
    matcher = lm.metric_matcher()
    for whole in [item[k:] for k in range(len(item))] + [
        item[k:] + last[j:] for k in range(len(item)) for j in range(1, len(last))
    ]:
        got = [x for a, b, x in matcher.finditer(whole) if a == 0 and b == len(whole)]
        if got and got[0] is not None:
            return got[0].name
    return None


def _slash_metrics(texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """Figures joined by slashes after metric names joined by slashes ("销售费用率/管理费用率11.0%/5.9%、
    同比-0.2/+0.6pct"): the k-th figure is the k-th metric's, not all the last one's."""
    out = list(facts)
    i = 0
    while i < len(out):
        f = out[i]
        text = texts[f.paragraph - 1]
        run = [i]
        while run[-1] + 1 < len(out):
            g, prev = out[run[-1] + 1], out[run[-1]]
            if g.paragraph != f.paragraph or g.subject != f.subject or g.metric != f.metric or g.unit != f.unit:
                break
            if not _SLASH_SIGNED.fullmatch(text, prev.end, _figure_start(text, g)):
                break
            run.append(run[-1] + 1)
        if len(run) > 1:
            first = _figure_start(text, out[run[0]])
            lo = max(0, first - _SLASH_LOOKBACK)
            stop = max(text.rfind(c, lo, first) for c in "。；;")
            lists = [
                _SLASH_BETWEEN.split(m.group())
                for m in _SLASH_METRIC_NAMES.finditer(text, max(lo, stop + 1), first)
                if len(_SLASH_BETWEEN.split(m.group())) == len(run)
            ]
            if lists:
                items = lists[-1]
                names = [_slash_metric(x, items[-1]) for x in items]
                if names[-1] == f.metric and all(names) and len(set(names)) == len(names):
                    for k, j in enumerate(run):
                        out[j] = replace(out[j], metric=names[k] or f.metric)
        i = run[-1] + 1
    return out


_LIST_JOINT = re.compile(r"\s?(?:、|以及|和|及|与)\s?[+＋]?")
"""Between two figures of a list joined like its metrics ("6.27%、3.16%、2.62%", "12%和8%")."""
_LISTED_NAMES = re.compile(
    r"(?P<names>[\u4e00-\u9fffA-Za-z&]{1,12}(?:(?:、|以及|和|及|与)[\u4e00-\u9fffA-Za-z&]{1,12}?)+)"
    r"(?:分别为|分别是|分别达|依次为|分别|均为|为|是|达|:|：)?\s?$"
)
"""Metric names joined like a list right before its figures ("毛利率、营业利益率、净利率为6.27%、…")."""


def _listed_metrics(texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """Figures joined by 、 or 和 right after as many metric names joined the same way ("毛利率、营业利益率、
    净利率为6.27%、3.16%、2.62%"): the k-th figure is the k-th metric's, with or without "分别"."""
    out = list(facts)
    i = 0
    while i < len(out):
        f = out[i]
        text = texts[f.paragraph - 1]
        run = [i]
        while run[-1] + 1 < len(out):
            g, prev = out[run[-1] + 1], out[run[-1]]
            if g.paragraph != f.paragraph or g.subject != f.subject or g.unit != f.unit or g.change != f.change:
                break
            if not _LIST_JOINT.fullmatch(text, prev.end, _figure_start(text, g)):
                break
            run.append(run[-1] + 1)
        if len(run) > 1:
            first = _figure_start(text, out[run[0]])
            lo = max(0, first - _SLASH_LOOKBACK)
            stop = max(text.rfind(c, lo, first) for c in "，,。；;")
            head = _LISTED_NAMES.search(text, max(lo, stop + 1), first)
            items = re.split(r"、|以及|和|及|与", head.group("names")) if head else []
            if len(items) == len(run):
                names = [_slash_metric(x, items[-1]) for x in items]
            else:
                names = _metrics_before(text, out, run, first)
            if names and all(names) and len(set(names)) == len(names) and out[run[-1]].metric in names:
                for k, j in enumerate(run):
                    out[j] = replace(out[j], metric=names[k] or out[j].metric)
        i = run[-1] + 1
    return out


def _metrics_before(text: str, facts: list[Fact], run: list[int], first: int) -> list[str | None]:
    """The metrics the clauses before a "分别" list each reported, in order, when there are as many as the list
    has figures ("营收2.06兆元…；毛利…；营业利益…；净利577亿元，分别较第二季成长15%、15%、25%、30%")."""
    start = text.rfind("。", 0, first) + 1
    if "分别" not in text[max(start, first - 12) : first]:
        return []
    f = facts[run[0]]
    named: list[str | None] = []
    for g in facts[: run[0]]:
        if g.paragraph == f.paragraph and g.subject == f.subject and _figure_start(text, g) >= start and g.metric not in named:
            named.append(g.metric)
    return named if len(named) == len(run) else []


_SEGMENT_ITEM = re.compile(r"(?P<lead>其中|/)\s?(?P<name>[\u4e00-\u9fff]{1,8}?)\s?[+＋-]?$")
"""Right before a growth figure, after "其中" or a slash of such a list: the segment it belongs to
("其中中国电商+10%/国际+19%/云+26%")."""
_BRACKETED_PART = re.compile(r"[(（]\s?其中\s?(?P<name>[\u4e00-\u9fff]{1,8}?)\s?$")
"""Right before a figure, in brackets after the total it is part of: the part's name ("（其中仔猪6.18万头）")."""
_NOT_SEGMENT = re.compile(r"[季月年期占约为达]|同比|环比|增长|下降|合计|总")
"""In a would-be segment name before a figure: a time, a change, a total, or a share and its verb ("其中海外订单占比约35%")."""


def _segment_items(texts: Sequence[str], facts: list[Fact]) -> list[Fact]:
    """Growth figures listed after "其中" inside a firm's line, each right after a segment's name
    ("收入同比增长2% 其中中国电商+10%/国际+19%/云+26%"): each is its segment's, over the same base as
    the total's."""
    out = list(facts)
    matcher = lm.metric_matcher()
    for i, f in enumerate(out):
        if not f.raw:
            continue
        text = texts[f.paragraph - 1]
        at = f.end - len(f.raw)
        if f.unit != "%":
            part = _BRACKETED_PART.search(text, max(0, at - 12), at)
            if (
                part is not None
                and not _NOT_SEGMENT.search(part.group("name"))
                and not any(x is not None for _a, _b, x in matcher.finditer(part.group("name")))  # "（其中归母净利润…）"
            ):
                out[i] = replace(f, subject=part.group("name"))  # "销售生猪52.36万头（其中仔猪6.18万头）": the piglets'
            continue
        item = _SEGMENT_ITEM.search(text, max(0, at - 12), at)
        if item is None or _NOT_SEGMENT.search(item.group("name")):
            continue
        name = item.group("name")
        if any(a >= 0 and b == len(name) and x is not None for a, b, x in matcher.finditer(name)):
            continue  # "其中毛利率+2%": a metric, not a segment
        clause_start = max(text.rfind(c, 0, at) for c in "，,。；;") + 1
        head = text.rfind("其中", clause_start, at)
        if head < 0 or (item.group("lead") == "/" and not _SEGMENT_LIST.fullmatch(text, head + 2, item.start())):
            continue
        total = next((g for g in reversed(out[:i]) if g.paragraph == f.paragraph and g.end <= head and g.unit == "%"), None)
        change = f.change or (total.change if total is not None and total.subject == f.subject else None)
        out[i] = replace(f, subject=name, change=change)
    return out


_PART_LEVEL = re.compile(r"\s?(?:其中\s?[:：]?)?\s?(?P<name>[\u4e00-\u9fff]{2,8}?)\s?(?:为|达|共|共计|约)?\s?$")
"""A list item's words before its figure, the clause's only words ("其中直营店1,322家", "加盟店28家"): the part's name."""
_NOT_NAME_END = re.compile(r"[以为达共约占至的及和与在有是]$")
"""The last character of words that end on a verb or preposition ("海岳人寿以1520.3亿元居首"): no part's name."""
_PART_CHANGE = re.compile(r"\s?(?:较|比|同比|环比)")
"""A clause that opens on a comparison ("较年初减少33家", "同比增长8%"): the move of the figure just listed."""
_PART_CHANGE_BASE = re.compile(
    r"\s?(?:(?P<ytd>较(?:上年末|上年度末|去年末|上年底|去年底|年初|期初))|(?P<yoy>同比|较上年同期|较去年同期))"
    r"(?:净)?(?:增加|减少|增长|下降|新增)"
)
"""A part's move said in full ("较年初增加28家", "同比增长8%"): since the year start, or over the year before."""
_PART_CLAUSES = re.compile(r"[，,；;]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _listed_parts(texts: Sequence[str], facts: list[Fact], originals: Sequence[str]) -> list[Fact]:
    """Parts listed after a total, each a name and a figure of the total's kind, each perhaps followed by its move
    ("门店总数为1,350家，较年初净减少5家，其中直营店1,322家，较年初减少33家；加盟店28家，较年初增加28家"): each part's
    level and move are the part's, of the total's metric and date; a move after a part the text does not name
    clearly is left out, never the total's."""
    out: list[Fact | None] = list(facts)
    added: dict[int, list[Fact]] = {}
    matcher = lm.metric_matcher()
    for i, total in enumerate(facts):
        if total.change is not None or total.basis is not None or total.unit == "%" or not total.raw:
            continue
        text = texts[total.paragraph - 1] if 0 < total.paragraph <= len(texts) else ""
        at = _figure_start(text, total)
        if at < 0:
            continue
        end = _SENTENCE_END.search(text, at)
        stop = end.start() if end is not None else len(text)
        scanned = {m.start: m for m in numbers.scan(text) if at <= m.start < stop}
        head = scanned.get(at)
        if head is None:
            continue
        by_start = {_figure_start(text, g): j for j, g in enumerate(facts) if g.paragraph == total.paragraph}
        cuts = [
            c.start() for c in _PART_CLAUSES.finditer(text, head.end, stop)
            if not any(m.start < c.start() < m.end for m in scanned.values())  # (not "1,322"'s comma)
        ] + [stop]
        part: str | None = None
        level: Fact | None = None
        unnamed = opened = False
        for lo, hi in itertools.pairwise(cuts):
            figs = [m for k, m in scanned.items() if lo < k < hi]
            if len(figs) != 1:
                break
            m = figs[0]
            words = _PART_LEVEL.fullmatch(text, lo + 1, m.start)
            if _PART_CHANGE.match(text, lo + 1):
                j = by_start.get(m.start)
                g = out[j] if j is not None else None
                if g is None and j is None and part is not None and level is not None and m.role == "change":
                    since = _PART_CHANGE_BASE.match(text, lo + 1)
                    if since is None:
                        break
                    line = (lo + 1 + len(text[lo + 1 : m.start]) - len(text[lo + 1 : m.start].lstrip()), m.end)
                    original = originals[total.paragraph - 1] if total.paragraph <= len(originals) else text
                    added.setdefault(i, []).append(
                        replace(
                            level, value=m.value, value_high=m.value_high, qualifier=m.qualifier,
                            raw=original[m.start : m.end], evidence=original[line[0] : line[1]], start=line[0],
                            end=line[1], change="ytd" if since.group("ytd") else "yoy",
                        )
                    )  # "加盟店28家，较年初增加28家": the part's move since the year start
                    continue
                if j is None or g is None or g.change not in ("ytd", "yoy"):
                    break
                if unnamed and g.subject == total.subject:
                    out[j] = None  # a move after a part the text does not name: whose it is is unknown
                elif part is not None and level is not None:
                    out[j] = replace(g, subject=part, period=level.period)
                continue
            if (
                not opened
                and part is None
                and m.role == "level"
                and (m.unit != head.unit or m.counter != head.counter)
                and "其中" not in text[lo + 1 : m.start]
            ):
                continue  # "已开业酒店1,220家，客房约11.3万间；其中直营酒店150家": a measure of another kind in between
            if words is None or m.unit != head.unit or m.counter != head.counter or m.role != "level":
                break
            name = words.group("name")
            opened = opened or "其中" in text[lo + 1 : m.start]
            if not opened or _NOT_SEGMENT.search(name) or _TIME_IN_NAME.search(name) or _NOT_NAME_END.search(name):
                break  # "其中第四季度单季营收22.9亿元": a span of the total's, no part
            j = by_start.get(m.start)
            g = out[j] if j is not None else None
            part, level, unnamed = None, None, False
            if j is not None and g is not None:
                if g.change is not None or g.basis is not None or g.metric != total.metric:
                    break
                if g.subject != total.subject:
                    part, level = g.subject, replace(g, period=total.period)
                    out[j] = level  # (a part is of the date of the total it breaks down)
                else:
                    out[j] = None  # "其中公司贷款3,100.2亿元": a part, not the total's owner
                    unnamed = True
                continue
            if (
                phrases.change_fragment(text, words.start("name"), name)
                or name in ls.phrase_words().generic
                or any(x is not None for _a, _b, x in matcher.finditer(name))
            ):
                unnamed = True
                continue
            original = originals[total.paragraph - 1] if total.paragraph <= len(originals) else text
            line = (lo + 1 + (len(text[lo + 1 : m.start]) - len(text[lo + 1 : m.start].lstrip())), m.end)
            part = name
            level = replace(
                total, subject=name, value=m.value, value_high=m.value_high, qualifier=m.qualifier,
                raw=original[m.start : m.end], evidence=original[line[0] : line[1]], start=line[0], end=line[1],
            )
            added.setdefault(i, []).append(level)
    result: list[Fact] = []
    for i, f in enumerate(out):
        if f is not None:
            result.append(f)
        result.extend(added.get(i, ()))
    return sorted(result, key=lambda f: (f.paragraph, f.start, f.end)) if added else result


_SEGMENT_LIST = re.compile(r"(?:\s?[\u4e00-\u9fff]{1,8}?\s?[+＋-]?\d[\d.]*%\s?/)*\s?[\u4e00-\u9fff]{1,8}?\s?[+＋-]?\d[\d.]*%\s?")
"""The items before a slash item, back to "其中": each a name and its growth figure."""


_TURNED_TO = re.compile(r"(?:扭转|转变|转|变)为\s?(?:(?P<gain>盈利|净盈利|纯利|溢利)|(?P<loss>亏损|净亏损|亏))?\s?(?:人民币|港币|港元|美元)?\s?$")
"""Right before the second figure of "净利润由亏损2.3亿元扭转为盈利3.1亿元": the same measure, turned."""


_CONVERSION_BETWEEN = re.compile(r"\s?[(（]\s?(?:约合|約合|折合|合|约|約|相当于|相當於)\s?$")
"""Between an amount and its bracketed conversion ("41.881亿元(约合6.500亿美元)")."""
_CURRENCIES = frozenset({"CNY", "USD", "HKD", "TWD", "EUR", "GBP", "JPY", "SGD"})


def _converted(text: str, out: list[Fact], figures: Sequence[NumberMention]) -> list[Fact]:
    """An amount converted into another currency in brackets right after it ("营收成本为人民币41.881亿元
    (约合6.500亿美元)"): the same figure, of the same subject, metric and period, approximately."""
    if len(figures) != len(out):
        return out
    for j in range(1, len(out)):
        f, prev, m, pm = out[j], out[j - 1], figures[j], figures[j - 1]
        if (
            pm.end <= m.start
            and f.unit != prev.unit
            and f.unit in _CURRENCIES
            and prev.unit in _CURRENCIES
            and _CONVERSION_BETWEEN.fullmatch(text, pm.end, m.start)
        ):
            out[j] = replace(
                f, subject=prev.subject, metric=prev.metric, change=prev.change, period=prev.period,
                basis=prev.basis, qualifier="approx",
            )
    return out


_GAIN_OR_LOSS_AFTER = re.compile(r"\s?的?(?:(?P<gain>盈利|净盈利|纯利|溢利)|(?P<loss>亏损|净亏损))")


_PART_LABEL = re.compile(r"\s*(?P<part>中期|末期|全年|年度|特别|特別|上半年|下半年)\s?[:：]")
"""A line opening on the part of a year its figure is for ("中期：人民幣7.90分"), under a heading naming the metric."""


_PART_SPANS = {"中期": "{y}Q1-{y}Q2", "上半年": "{y}Q1-{y}Q2", "下半年": "{y}Q3-{y}Q4", "末期": "{y}", "全年": "{y}", "年度": "{y}"}
"""The span of the report's year a part label names (a special dividend names none)."""


def _part_period(part: str, ctx: PeriodContext) -> str | None:
    """The period of a part line under a metric heading ("中期：…" the report year's first half, "末期：…" its whole
    year): the year the report is of, for a year that ends in December."""
    year = _fiscal_year(ctx)
    span = _PART_SPANS.get(part)
    if year is None or span is None or ctx.fiscal_year_end_month != 12:
        return None
    return span.format(y=year)


def _heading_metric(para: _Paragraph) -> object | None:
    """The metric a short line names and nothing else, per share or not ("每股股息", "营业收入")."""
    line = para.text.strip()
    if not line or len(line) > 8:
        return None
    lead = len(para.text) - len(para.text.lstrip())
    for h in para.metrics:
        if h.end >= len(para.text.rstrip()) and para.text[lead : h.start] in ("", "每股"):
            return h.entry
    return None


def _metric_heading(para: _Paragraph) -> bool:
    """A short line that is nothing but a metric's name ("营收成本", "毛利润"): a section on the whole
    company's figure of that name."""
    line = para.text.strip()
    if not line or len(line) > 8:
        return False
    return any(h.start <= len(para.text) - len(para.text.lstrip()) and h.end >= len(para.text.rstrip()) for h in para.metrics)


def _turned_to(text: str, para: _Paragraph, out: list[Fact], figures: Sequence[NumberMention]) -> list[Fact]:
    """"X由亏损A转为盈利B": B is X, as A is (not a bare "profit"), a gain when 盈利 says so and a loss
    when 亏损 does (``figures``: the mention of each fact in ``out``)."""
    if len(figures) != len(out):
        return out
    for j in range(1, len(out)):
        f, prev, m, pm = out[j], out[j - 1], figures[j], figures[j - 1]
        if pm.end > m.start or prev.unit != f.unit:
            continue
        turned = _TURNED_TO.search(text, max(pm.end, m.start - 12), m.start)
        clause = para.clause(pm.start)[0]
        at = text.rfind("由", clause, pm.start)
        if turned is None or clause != para.clause(m.start)[0] or at < 0:
            continue
        heads = [h for h in para.metrics if clause <= h.start and h.end <= at]
        head = heads[-1].entry if heads else None
        metric = getattr(head, "loss_of", None) or getattr(head, "name", None) or prev.metric
        value = f.value
        said_after = _GAIN_OR_LOSS_AFTER.match(text, m.end)  # "扭转为3.1亿元盈利"
        if turned.group("gain") or (said_after and said_after.group("gain")):
            value = abs(value)
        elif turned.group("loss") or (said_after and said_after.group("loss")):
            value = -abs(value)
        elif "扭" in turned.group() and prev.value < 0:
            value = abs(value)  # "由亏损2.3亿元扭转为3.1亿元": a loss turned around is a gain
        out[j - 1] = replace(prev, metric=metric)
        out[j] = replace(f, metric=metric, value=value)
    return out


_BREAKDOWN_BETWEEN = re.compile(r"[,，;；:：]\s?其中")
"""A clause that opens on "其中" ("among them"): its figures break down the clause before it."""

_BASE_PERIOD_LEAD = re.compile(
    r"\s*(?:(?:by|in)\s+comparison\s*,?\s*|(?:and|but|meanwhile)\s*,?\s+)?(?:in|during|for)\s+(?:the\s+)?", re.IGNORECASE
)
"""Before a comparison period that opens a sentence ("By comparison, in last year's second quarter, ..."): the
sentence reports that period's figures."""


_YEAR_AGO_WORDS = re.compile(
    r"(?<![A-Za-z])(?:last\s+year(?:'s|’s)?|a\s+year\s+ago)(?![A-Za-z-])",
    re.IGNORECASE,
)
"""A year before the one reported, said in words ("last year", "a year ago"); "prior-year" and "year-ago" mostly
describe another noun ("Prior-year loss reserves developed", "in the prior year quarter")."""
_BASE_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:versus|vs\.?|compared\s+(?:to|with)|comparison\s+(?:to|with)|from|over|than|against|relative\s+to|"
    r"since|of|as|above|below|ahead\s+of|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _quarter_a_year_back(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], m: NumberMention, period: str, quarter: int | None
) -> str | None:
    """The quarter a year before the reported one (``quarter``, an index) when a figure given the reported quarter is
    said with words of a year ago in its clause or opening its sentence ("Fourth quarter revenue last year was $495
    million", "A year ago, fourth quarter adjusted EPS was $0.70"), not as a comparison ("up from last year",
    "150 basis points above last year, and EPS was $2.71"); else None."""
    if quarter is None or period != periods.quarter_str(quarter):
        return None
    lead = _YEAR_AGO_LEAD_EN.match(text, sentence[0], m.start)
    spans = [(lead.start(1), lead.end(1))] if lead is not None else []
    for said in [*spans, *((x.start(), x.end()) for x in _YEAR_AGO_WORDS.finditer(text, clause[0], m.start))]:
        start, end = said
        if _BASE_WORD_BEFORE.search(text, max(sentence[0], start - 20), start):
            continue
        if _DIGIT.search(text, end, m.start):
            continue  # another figure stands between: the words are its
        return periods.quarter_str(quarter - 4)
    return None


_YEAR_AGO_LEAD_EN = re.compile(
    r"\s*(?:(?:and|so|now|but)\s+)?(a\s+year\s+ago|last\s+year)\s*,", re.IGNORECASE
)
"""A sentence that opens with the year before ("A year ago, fourth quarter EPS was")."""


def _raised_dividend_quarter(
    text: str, sentence: tuple[int, int], m: NumberMention, period: str, quarter: int | None,
    period_mentions: Sequence[PeriodMention],
) -> str | None:
    """The quarter a raised dividend is first paid for, when the sentence that gives the raise names it after it
    ("we announced a 9.1% increase in our dividend, and we will pay $1.80 per share for the fourth quarter"):
    the raise is of that quarter's dividend, not of the reported one; else None."""
    if quarter is None or period != periods.quarter_str(quarter):
        return None
    for pm in period_mentions:
        if pm.start < m.end or pm.start >= sentence[1]:
            continue
        q = periods.parse_quarter(pm.period or "")
        if q is not None and q == quarter + 1 and _PAID_FOR_BEFORE.search(text, m.end, pm.start):
            return pm.period
        return None
    return None


_PAID_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:pay|paid|payable|declared?)(?![A-Za-z])(?:[^.;]|\.(?=\d)){0,60}?(?<![A-Za-z])for\s+(?:the\s+)?$", re.IGNORECASE
)
"""Before a quarter a dividend is paid for ("we will pay $1.80 per share for the")."""


def _booked_a_year_back(
    text: str, sentence: tuple[int, int], m: NumberMention, period: str, quarter: int | None
) -> str | None:
    """The quarter a year before the reported one for an item a quarter's result is set against that is said to be
    recorded a year ago ("SG&A was unfavorable to the same period last year, largely from cycling a $55 million
    benefit recorded last year", "the absence of a gain recognized last year ... that equated to $0.09");
    else None (also when the sentence does not speak of a quarter: the year before may be meant)."""
    if quarter is None or period != periods.quarter_str(quarter):
        return None
    if not (
        _BOOKED_YEAR_AGO_AFTER.match(text, m.end, sentence[1])
        or _BOOKED_YEAR_AGO_BEFORE.search(text, sentence[0], m.start)
    ):
        return None
    if not _QUARTER_SET_AGAINST.search(text, sentence[0], sentence[1]):
        return None
    return periods.quarter_str(quarter - 4)


_BOOKED_YEAR_AGO = (
    r"(?:recorded|recogni[sz]ed|booked|realized)\s+(?:in\s+the\s+)?"
    r"(?:last\s+year|a\s+year\s+ago|(?:prior|previous)[\s-]year(?:\s+quarter|\s+period)?|year[\s-]ago\s+quarter)(?![A-Za-z])"
)
_BOOKED_YEAR_AGO_AFTER = re.compile(
    r"(?:\s+[A-Za-z&-]+){0,4}?\s+(?:(?:that|which)\s+(?:we\s+)?(?:was\s+|were\s+|had\s+)?)?" + _BOOKED_YEAR_AGO,
    re.IGNORECASE,
)
"""After an amount, the item it sizes said to be recorded a year ago ("$55 million benefit recorded last year")."""
_BOOKED_YEAR_AGO_BEFORE = re.compile(
    _BOOKED_YEAR_AGO + r"(?:[^.;,\d]|(?:19|20)\d\d){0,80}?(?<![A-Za-z])(?:that|which)\s+(?:equated|amounted|came)\s+to\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""Before an amount, an item recorded a year ago that it sizes ("a gain recognized last year from a 2012 income tax
refund that equated to")."""
_BOOKED_YEAR_AGO_BEFORE = fast(_BOOKED_YEAR_AGO_BEFORE)
_QUARTER_SET_AGAINST = re.compile(
    r"(?<![A-Za-z])(?:quarter|same\s+period|cycling|lapping|absence\s+of)(?![A-Za-z])", re.IGNORECASE
)
"""Words of a quarter's result set against the same quarter a year before."""


def _led_by_base(
    text: str, sentence: tuple[int, int], m: NumberMention, period_mentions: Sequence[PeriodMention]
) -> str | None:
    """The earlier period a sentence opens with ("In the prior year quarter, we reported net income of
    $40 million"), when the figure is that period's, a comparison base; else None."""
    for pm in period_mentions:
        if pm.start >= m.start:
            break
        if (
            pm.base
            and pm.period
            and pm.start >= sentence[0]
            and _BASE_PERIOD_LEAD.fullmatch(text, sentence[0], pm.start)
            and text[pm.end : pm.end + 1] == ","
        ):
            return pm.period
    return None


_PLACED_ZH = re.compile(r"的?(?P<verb>集中于|集中在|分布于|分布在|投放于|投放在|投向|来自于?|来源于|源自|在)")
"""After a % (and the money measure it is a part of): where that part lies or comes from ("88.87%贷款分布在安徽",
"64.37%投放于浙江", "六成收入来自海外")."""


def _part_placed_after(para: _Paragraph, m: NumberMention) -> bool:
    """Whether a % is followed by where the part of a measure it is lies or comes from ("86.13%贷款集中于江苏",
    "21.61%在江苏"): a share of the measure, not its level or growth."""
    text = para.text
    at = m.end + 1 if text.startswith("的", m.end) else m.end
    named = next((h for h in para.metrics if h.start == at), None)
    if named is not None:
        at = named.end
    placed = _PLACED_ZH.match(text, at)
    return placed is not None and (placed.group("verb") != "在" or named is not None or at == m.end)


_SHARE_OF_REVENUE_ZH = re.compile(
    r"占[^，,。；;\d]{0,10}?(?:收入|营收|收益)(?:比例|比重|比)?[^，,。；;\d]{0,6}$"
)
"""Before a %: a share of some revenue ("占通信服务收入比提升至29.3%"), whatever revenue it names."""
_SHARE_OF_REVENUE_ZH = anchored(_SHARE_OF_REVENUE_ZH)
_ZH_PART_OF_WHOLE = re.compile(
    r".*?(?<![应應])占(?:(?:当月|当期|当年|全年|同期|总)?[\u4e00-\u9fff]{1,8}的|总[\u4e00-\u9fff]{1,8}?(?:比例为?|比重为?)?)"
)
"""Before a per cent: the whole it is a part of ("占当月交付量的", "占总装车量"), the metric word inside."""
_GROUP = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)\s?家|\d金\d银|[四五六]大(?:行|银行|险企|上市险企|券商|上市券商)"
    r"|(?:银行|保险|证券|券商|险企)业|全行业|上市(?:银行|险企|券商|房企)(?:整体|板块)?"
)
"""A group of firms a story adds up ("13家金控", "公股4金2银", "四大行")."""
_TOTALLED = re.compile(r"合计|合共|总计|共计|合赚|合蚀|齐力|合力|共赚|共实现|共录得")
"""A verb or adverb that adds up a group's figures ("合计", "6家齐力抢下")."""


_COMPARED_OBJECT = re.compile(r"(?:超越|超过|高于|低于|领先|落后于?|不及)$")
"""Right before a firm's name: the firm is what another is compared with."""
_LINE_ENDINGS = ("业务", "業務", "板块", "板塊", "分部", "事业部", "事業部")
"""How a Chinese name says it is a business line ("中國業務")."""
_EACH_BEFORE = re.compile(r"(?:均|皆|都|各)(?:超过?|逾|达到?|在|高于|低于|突破|实现|录得|不低于|超出)?\s?(?:了)?\s?$")
"""Right before a figure: each member of a group reaches it ("四大行营收均超3000亿元")."""
_EACH_BEFORE = anchored(_EACH_BEFORE)


_NAME_LIST_SEP = re.compile(r"(?:、|和|及|以及|与)$")
_NAMES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}、){1,8}[\u4e00-\u9fff]{2,6}$")
"""Names no lexicon knows listed with 、 ("中国人保、中国太保以及新华保险"): the items of a list of firms."""
"""Between two names of a list of firms ("星光保险、海岳人寿以及东方财险")."""


def _ends_name_list(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a firm's name is the last of a list of firms (what follows is theirs together or each's)."""
    sep = _NAME_LIST_SEP.search(para.text, max(0, hit.start - 2), hit.start)
    if sep is None:
        return False
    return any(h.end == sep.start() for h in para.subjects) or bool(
        _NAMES_BEFORE.search(para.text, max(0, sep.start() - 40), sep.start())
    )


def _is_firm(para: _Paragraph, hit: _Hit) -> bool:
    """Whether a subject hit names a firm (by a lexicon, its listing code or its kind of firm), not a line."""
    return (
        hit in para.firms
        or hit in para.listed_firms
        or hit.entry.kind == "company"  # type: ignore[attr-defined]
        or hit.entry.name.endswith(ls.phrase_words().zh_org_suffix)  # type: ignore[attr-defined]
    )


_LISTING_CODE = re.compile(r"\s?[(（][^()（）]{2,16}[)）]\s?$")
"""Between a firm and the unit its figure is of: the firm's listing code ("海天电器(000456.SZ)空调营收")."""


def _listed_owner(para: _Paragraph, hit: _Hit) -> str | None:
    """The firm a business line is written right after with its listing code: the line is that firm's."""
    if hit.entry.kind not in ("phrase", "segment", "topic") or hit in para.firms:  # type: ignore[attr-defined]
        return None
    for firm in para.listed_firms:
        if firm.end < hit.start and _LISTING_CODE.fullmatch(para.text, firm.end, hit.start):
            return firm.entry.name  # type: ignore[attr-defined,no-any-return]
    return None


_PAIR_SEP = re.compile(r"\s?(?:和|及|与|、|以及)\s?[+＋]?")
"""Between the two items of a pair ("2022年和2023Q1", "-0.36%和+3.84%")."""
_SHARE_OF_REVENUE_BEFORE = re.compile(
    r"占[^，,。；;\d%]{0,12}?(?:\d{4}\s?年度?)?(?:经审计的?)?(?:营业总收入|营业收入|营收|总收入|收入)(?:总额)?的?(?:比例|比重)?"
    r"(?:为|达|约)?\s?$"
)
"""Right before a percentage: what it is a part of ("约占公司2024年营业收入的9.6%"), a share of that revenue, no growth."""
_WHOLE_REVENUE_BEFORE = re.compile(r"(?:收入|营收|营业收入|收益|销售额)(?:中|当中|之中)")
"""Before a share: the revenue it is a share of ("三季度收入中来自中国的占比为86%")."""


def _respective_period(
    text: str,
    sentence: tuple[int, int],
    first: NumberMention,
    pos: int,
    size: int,
    period_mentions: Sequence[PeriodMention],
) -> str | None:
    """Period of item ``pos`` of a figure pair after a pair of periods ("2022年和2023Q1归母净利润为966.98和238.18亿元"):
    the first figure is the first period's, the second the second's."""
    if size != 2:
        return None
    before = [pm for pm in period_mentions if sentence[0] <= pm.start and pm.end <= first.start and not pm.base]
    for a, b in itertools.pairwise(before):
        if (
            a.period
            and b.period
            and a.period != b.period
            and _PAIR_SEP.fullmatch(text, a.end, b.start)
            and not any(pm.start >= b.end for pm in before)
        ):
            return (a.period, b.period)[pos]
    return None


def _each_of_group(text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
    """Whether the figure is a bound every member of a group of firms meets: no one firm's figure."""
    group = _GROUP.search(text, sentence[0], m.start)
    return group is not None and _EACH_BEFORE.search(text, group.end(), m.start) is not None


def _as_bracketed_comparative(text: str, m: NumberMention, fact: Fact, before: Fact, before_m: NumberMention) -> Fact:
    """A bracketed comparative right after a figure ("占总收益的70.6%(2022年上半年:63.4%)", "港幣0.63元
    (二零二四年: 港幣1.12元)") measures what that figure measures, for its own earlier span."""
    paren = _PAREN_YEAR_BEFORE.search(text, max(0, m.start - 16), m.start)
    if paren is None or fact.unit != before.unit or text[before_m.end : paren.start()].strip():
        return fact
    return replace(fact, subject=before.subject, metric=before.metric)


def _aggregate(text: str, sentence: tuple[int, int], m: NumberMention) -> bool:
    """Whether the figure is a group's total: in its sentence a group of firms, then a word that adds
    them up, before the figure, and no firm named after that word."""
    group = _GROUP.search(text, sentence[0], m.start)
    if group is None:
        return False
    total = _TOTALLED.search(text, group.end(), m.start)
    if total is None or total.start() - group.end() > 24:
        return False
    firms = _firm_pattern()
    return not any(firms.finditer(text, total.end(), m.start))


def _before_previewed(fact: Fact, ctx: PeriodContext) -> bool:
    """In a story previewing results, whether a fact can be reported already: a market figure, or one
    of a period that ended before the previewed one (its figures for that period and later are
    forecasts, whoever makes them)."""
    if lm.kinds().get(fact.metric) == "market":
        return True
    last = (fact.period or "").split("-")[-1]
    q = periods.parse_quarter(last) if "Q" in last else (int(last) * 4 + 3 if last.isdigit() else None)
    return q is not None and ctx.quarter is not None and q < ctx.quarter
