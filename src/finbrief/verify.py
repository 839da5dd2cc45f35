"""Verification: no statement reaches a reader unless its citations exist and its numbers are in them.

Runs on every output, whatever the backend. A statement passes when

- it has text and at least one citation, and every citation is a paragraph of the document;
- every figure in it (``finbrief.facts.numbers.parse_numbers``: 386亿 = 38.6 billion, 1,401億 =
  140.1 billion, 26% = 26 percent) is found in one of the cited paragraphs: same kind (percent,
  percentage points, multiple, amount), no conflicting currency, and the same absolute value up
  to the precision the statement writes it with ("RMB 33.4 billion" is found in "333.98亿元";
  "$38 billion" is not found in "3800亿元", nor "US$38.6 billion" in "386亿元");
- a quarter label in it ("Q3") is named in a cited paragraph ("Q3", "third quarter", "三季度");
- every other digit run in it (a year, a model version) occurs as written in a cited paragraph;
- its ``quote``, when it has one, is made of sentences of the cited paragraphs (spacing, width
  and Chinese script aside);
- each figure it asserts (``Statement.figures``: value, unit, subject, metric) is a fact extracted
  from a cited paragraph: same unit, the same value up to the precision the figure is given with,
  the same subject (a segment's figure is not the group's) and the same metric, names compared
  through the lexicons' aliases ("Alibaba Cloud" is "Cloud Intelligence Group"); and every figure
  its text states is one it asserts.

A statement that fails is dropped and reported in ``warnings``. Signs are not compared: whether
a figure rose or fell is the job of the words around it, which a number check cannot judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from finbrief.facts.numbers import NumberMention, bare_dollar, normalise, parse_numbers
from finbrief.model import Brief, Chapter, Document, Fact, Figure, Group, Minutes, Statement
from finbrief.text.regex import anchored

_DIGITS = re.compile(r"\d+")
# A quarter label in a statement ("Q3", "3Q") and the ways a source names a quarter.
QUARTER_LABEL = re.compile(r"(?<![A-Za-z0-9])(?:[Qq]([1-4])|([1-4])Q)(?![A-Za-z0-9])")
_QUARTER_WORDS = re.compile(
    r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter)\b"
    r"|(?<![A-Za-z0-9])(?:[Qq]([1-4])|([1-4])Q)(?![A-Za-z0-9])"
    # 第三季度, 2024年四季度, 财年第二季度, ",二季度": not 同一季度 / 上一季度 / 每一季度
    r"|(?:第|年|(?<![\u4e00-\u9fff]))([一二三四1-4])(?:财年)?季度",
    re.IGNORECASE,
)
_NOT_A_QUARTER = re.compile(r"\s*(?:模型|大模型|model|chip|芯片)", re.IGNORECASE)
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
}
_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_PERCENTISH = {"%": "%", "pp": "pp", "bps": "pp", "x": "x"}
# Relative slack for float noise in values already normalised to base units.
_EPS = 1e-9


def _kind(m: NumberMention) -> str:
    """What a figure measures, for comparison: percent, percentage points, multiple, or an amount."""
    return _PERCENTISH.get(m.unit, "amount")


def _currency(m: NumberMention, dollar: str = "USD") -> str | None:
    """The figure's currency; a bare "$" is the document's dollar (C$ where it reports in Canadian dollars)."""
    cur = m.currency if m.currency else None if m.unit in ("%", "pp", "bps", "x", "count", "number") else m.unit
    return dollar if dollar != "USD" and bare_dollar(cur, m.raw) else cur


def _points(m: NumberMention) -> tuple[float, ...]:
    """The values a figure states, in comparable units (basis points as percentage points)."""
    k = 0.01 if m.unit == "bps" else 1.0
    vals = [abs(m.value) * k]
    if m.value_high is not None:
        vals.append(abs(m.value_high) * k)
    return tuple(vals)


def _tolerance(m: NumberMention) -> float:
    """Half a unit of the last digit the statement writes, in base units ("33.4 billion" -> 0.05e9)."""
    if m.qualitative:
        return 0.0
    match = _WRITTEN.search(normalise(m.raw))
    if match is None:
        return 0.0
    decimals = len(match.group(1) or "")
    k = 0.01 if m.unit == "bps" else 1.0
    return 0.5 * 10.0**-decimals * (m.scale or 1.0) * k


def _found(m: NumberMention, sources: Sequence[NumberMention], dollar: str = "USD") -> bool:
    kind, cur, tol = _kind(m), _currency(m, dollar), _tolerance(m)
    for value in _points(m):
        ok = False
        for s in sources:
            if _kind(s) != kind:
                continue
            sc = _currency(s, dollar)
            if cur and sc and cur != sc:
                continue
            if any(abs(value - v) <= tol + _EPS * max(1.0, v) for v in _points(s)):
                ok = True
                break
        if not ok:
            return False
    return True


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[NumberMention, ...]:
    return tuple(parse_numbers(text))


@lru_cache(maxsize=4096)
def _digit_runs(text: str) -> frozenset[str]:
    return frozenset(_DIGITS.findall(normalise(text)))


def quarter_mentions(text: str) -> list[int]:
    """Quarters (1-4) a text names: "third quarter", "Q3", "3Q", "三季度", "第3季度"."""
    out = []
    for m in anchored(_QUARTER_WORDS).finditer(text):
        if _NOT_A_QUARTER.match(text, m.end()):
            continue  # "Q1 model": a product name, not a quarter
        word = next(g for g in m.groups() if g)
        out.append(_ORDINALS.get(word.lower(), 0) or int(word))
    return out


def _bare_digits(text: str, mentions: Sequence[NumberMention]) -> list[str]:
    """Digit runs outside any figure and quarter label (years, versions, counts the grammar leaves out)."""
    norm = normalise(text)
    covered = [(m.start, m.end) for m in mentions] + [
        (q.start(), q.end()) for q in QUARTER_LABEL.finditer(norm)
    ]
    return [d.group(0) for d in _DIGITS.finditer(norm) if not any(a <= d.start() < b for a, b in covered)]


def check(statement: Statement, doc: Document, facts: Sequence[Fact] | None = None) -> str | None:
    """Why ``statement`` fails verification against ``doc``, or None when it passes; asserted figures
    are checked against ``facts`` (the document's), when given."""
    if not statement.text.strip():
        return "empty statement"
    if not statement.citations:
        return "no citation"
    bad = [c for c in statement.citations if not 1 <= c <= len(doc.paragraphs)]
    if bad:
        return f"cites missing paragraph {', '.join(f'[{c}]' for c in bad)}"
    cited = [doc.paragraphs[c - 1].text for c in statement.citations]
    sources = [m for t in cited for m in _mentions(t)]
    mentions = _mentions(statement.text)
    dollar = _dollar(doc) if any(bare_dollar(_currency(m), m.raw) for m in (*mentions, *sources)) else "USD"
    for m in mentions:
        if not _found(m, sources, dollar):
            return f"figure '{m.raw}' not found in the cited paragraphs"
    labels = {int(q.group(1) or q.group(2)) for q in QUARTER_LABEL.finditer(normalise(statement.text))}
    if labels:
        named = {n for t in cited for n in quarter_mentions(t)}
        for q in sorted(labels - named):
            return f"quarter 'Q{q}' not named in the cited paragraphs"
    runs = frozenset().union(*(_digit_runs(t) for t in cited))
    for d in _bare_digits(statement.text, mentions):
        if d not in runs:
            return f"number '{d}' not found in the cited paragraphs"
    if statement.quote is not None and not quote_found(statement.quote, cited):
        return "quote not found in the cited paragraphs"
    if statement.figures is not None and facts is not None:
        return _figures_reason(statement, mentions, facts, doc)
    return None


# ------------------------------------------------------------------ quotes
_QUOTE_FOLD = re.compile(r"[\s\u3000\"'“”‘’「」『』]+")


def _fold(text: str) -> str:
    from finbrief.ingest.script import to_simplified

    return _QUOTE_FOLD.sub("", to_simplified(normalise(text))).casefold()


_QUOTE_SENTENCES = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+|\s*…+\s*")


def quote_found(quote: str, cited: Sequence[str]) -> bool:
    """Whether ``quote`` is in the cited paragraphs, spacing, width, quotes and script aside: each
    of its sentences in one of them (a gist quotes sentences of several paragraphs), and each part
    of a sentence an ellipsis leaves out clauses between ("...同比增长10%，…AIDC的收入...")."""
    folded = [_fold(t) for t in cited]
    pieces = [_fold(p).rstrip("。.!！?？;；,，") for p in _QUOTE_SENTENCES.split(quote)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(any(p in t for t in folded) for p in pieces)


# ------------------------------------------------------------------ asserted figures
@lru_cache(maxsize=256)
def _unit(unit: str) -> tuple[str, float]:
    """Canonical unit and scale of a figure's unit as a model may write it ("RMB", "CNY billion", "percent")."""
    u = unit.strip()
    words = u.split()
    for text in (f"1 {u}", f"{u}1", f"1{u}", f"1 {' '.join(reversed(words))}"):
        found = parse_numbers(text)
        if len(found) == 1 and found[0].unit != "count" and found[0].end - found[0].start == len(text):
            return found[0].unit, found[0].value
    # an ISO currency code the grammar does not know stays itself; a counted noun ("users") is a count
    return (u if re.fullmatch(r"[A-Z]{3}", u) else "count"), 1.0


def _comparable(value: float, unit: str) -> tuple[str, float]:
    """(kind, absolute value) with basis points as percentage points."""
    if unit == "bps":
        return "pp", abs(value) / 100
    return unit, abs(value)


def _precision(value: float) -> float:
    """Half a unit of the last non-zero digit ("33.4 billion" -> 0.05 billion; 31 -> 0.5)."""
    if value == 0:
        return 0.0
    digits = f"{abs(value):.12g}"
    if "e" in digits:
        mantissa, exp = digits.split("e")
        shift = int(exp)
    else:
        mantissa, shift = digits, 0
    whole, _, frac = mantissa.partition(".")
    frac = frac.rstrip("0")
    if frac:
        return 0.5 * 10.0 ** (shift - len(frac))
    stripped = whole.rstrip("0")
    return 0.5 * 10.0 ** (shift + len(whole) - len(stripped))


def _values(fig: Figure) -> tuple[str, tuple[float, ...], float]:
    unit, scale = _unit(fig.unit)
    vals = [fig.value * scale] + ([fig.value_high * scale] if fig.value_high is not None else [])
    kind = _comparable(vals[0], unit)[0]
    return kind, tuple(_comparable(v, unit)[1] for v in vals), _precision(fig.value) * scale


def _fact_values(f: Fact) -> tuple[str, tuple[float, ...]]:
    vals = [f.value] + ([f.value_high] if f.value_high is not None else [])
    return _comparable(f.value, f.unit)[0], tuple(_comparable(v, f.unit)[1] for v in vals)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol + _EPS * max(1.0, abs(b))


@lru_cache(maxsize=4096)
def _resolve(name: str, kind: str, company: str | None) -> str | None:
    """Canonical subject or metric a name stands for, by the lexicons' aliases (the longest alias in it)."""
    from finbrief.lexicon.metrics import metric_matcher
    from finbrief.lexicon.subjects import subject_matcher

    matcher = metric_matcher() if kind == "metric" else subject_matcher(company)
    best: tuple[int, str] | None = None
    for start, end, entry in matcher.finditer(name):
        target = entry.name if entry.name else (company or "")
        if getattr(entry, "kind", "") == "anaphora" or not target:
            continue
        if best is None or end - start > best[0]:
            best = (end - start, target)
    return best[1] if best else None


def _display_names(name: str) -> frozenset[str]:
    from finbrief.lexicon.trie import alias_key
    from finbrief.summarize.names import term

    return frozenset(alias_key(term(name, lang)) for lang in ("en", "zh-Hans", "zh-Hant")) | {alias_key(name)}


def _same(claimed: str, actual: str, kind: str, company: str | None, whole_company: bool) -> bool:
    """Whether a figure's subject or metric names the fact's (directly, by alias, or by display name)."""
    from finbrief.lexicon.trie import alias_key

    if not claimed.strip():
        return False
    key = alias_key(claimed)
    if key in _display_names(actual):
        return True
    if _resolve(claimed, kind, company) == actual:
        return True
    if whole_company:  # "NovaSky" for "NovaSky Technology Group": the company, not one of its units
        other = alias_key(actual)
        return bool(key) and (key in other or other in key)
    return False


def _dollar(doc: Document) -> str:
    """What the document's bare "$" stands for, as its identity says (the facts stage decides it once)."""
    from finbrief.facts import identify

    return identify(doc).dollar


def _company(doc: Document, facts: Sequence[Fact]) -> str | None:
    """The document's company, as its fact sheet says (the facts stage decides it once)."""
    from finbrief.facts import sheet_of

    return sheet_of(doc, facts).company


def _money(fig: Figure) -> str:
    unit, scale = _unit(fig.unit)
    return f"{fig.value * scale:,.6g} {unit}"


def _figure_reason(
    fig: Figure, cited: frozenset[int], facts: Sequence[Fact], company: str | None
) -> str | None:
    from finbrief.lexicon.subjects import segment_names

    kind, values, tol = _values(fig)
    what = f"figure {_money(fig)} ({fig.subject or '?'} {fig.metric or '?'})"
    same_value = []
    for f in facts:
        if f.paragraph not in cited:
            continue
        fkind, fvals = _fact_values(f)
        if fkind != kind:
            continue
        if all(any(_close(v, fv, tol) for fv in fvals) for v in values):
            same_value.append(f)
    if not same_value:
        return f"{what} is not a fact of the cited paragraphs"
    for f in same_value:
        whole = f.subject not in segment_names()
        if _same(fig.subject, f.subject, "subject", company, whole) and _same(
            fig.metric, f.metric, "metric", company, False
        ):
            return None
    f = same_value[0]
    if not any(
        _same(fig.subject, g.subject, "subject", company, g.subject not in segment_names())
        for g in same_value
    ):
        return f"{what} belongs to {f.subject}, not {fig.subject or 'no subject'}"
    return f"{what} is {f.subject} {f.metric}, not {fig.metric or 'no metric'}"


def _figures_reason(
    statement: Statement, mentions: Sequence[NumberMention], facts: Sequence[Fact], doc: Document
) -> str | None:
    figures = statement.figures or ()
    cited = frozenset(statement.citations)
    company = _company(doc, facts)
    for fig in figures:
        reason = _figure_reason(fig, cited, facts, company)
        if reason:
            return reason
    declared = [_values(fig) for fig in figures]
    for m in mentions:
        if m.qualitative:
            continue
        kind, tol = _kind(m), _tolerance(m)
        for value in _points(m):
            if not any(
                (dk == kind or (kind == "amount" and dk not in ("%", "pp", "x")))
                and any(_close(value, dv, max(tol, dt)) for dv in dvals)
                for dk, dvals, dt in declared
            ):
                return f"figure '{m.raw}' is stated but not among the statement's figures"
    return None


def _cites(s: Statement) -> str:
    return "".join(f"[{c}]" for c in s.citations)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def filter_statements(
    statements: Sequence[Statement],
    doc: Document,
    where: str,
    warnings: list[str],
    facts: Sequence[Fact] | None = None,
) -> tuple[Statement, ...]:
    """The statements that pass; each one dropped adds a warning saying where, what and why."""
    kept = []
    for s in statements:
        reason = check(s, doc, facts)
        if reason is None:
            kept.append(s)
        else:
            warnings.append(f'{where}: dropped "{_short(s.text)}" {_cites(s)}: {reason}')
    return tuple(kept)


def verify_brief(brief: Brief, doc: Document, facts: Sequence[Fact] | None = None) -> Brief:
    """The brief without failing statements (and without groups left empty), with warnings."""
    warnings = list(brief.warnings)
    core = filter_statements(brief.core_viewpoint, doc, "core viewpoint", warnings, facts)
    groups = []
    for g in brief.groups:
        points = filter_statements(g.points, doc, f"group '{g.title}'", warnings, facts)
        if points:
            groups.append(Group(g.title, points, g.theme))
    highlights = filter_statements(brief.highlights, doc, "highlights", warnings, facts)
    return replace(
        brief, core_viewpoint=core, groups=tuple(groups), highlights=highlights, warnings=tuple(warnings)
    )


def verify_minutes(minutes: Minutes, doc: Document, facts: Sequence[Fact] | None = None) -> Minutes:
    """The minutes without failing statements; a Q&A entry whose question fails is dropped whole."""
    warnings = list(minutes.warnings)
    summary = filter_statements(minutes.summary, doc, "summary", warnings, facts)
    chapters = []
    for c in minutes.chapters:
        kept = filter_statements(c.summary, doc, f"chapter '{c.title}'", warnings, facts)
        bad = [n for n in c.paragraphs if not 1 <= n <= len(doc.paragraphs)]
        if bad:
            warnings.append(f"chapter '{c.title}': dropped paragraphs {bad} not in the document")
        chapters.append(Chapter(c.title, kept, tuple(n for n in c.paragraphs if n not in bad)))
    qa = []
    for i, item in enumerate(minutes.qa, 1):
        q = filter_statements([item.question], doc, f"Q&A {i} question", warnings, facts)
        if not q:
            continue
        if not item.answer.text.strip():  # an unanswered question: nothing to check
            answer = item.answer
        else:
            a = filter_statements([item.answer], doc, f"Q&A {i} answer", warnings, facts)
            answer = a[0] if a else Statement("", (), None)
        qa.append(replace(item, question=q[0], answer=answer))
    return replace(
        minutes,
        summary=summary,
        chapters=tuple(c for c in chapters if c.summary),
        qa=tuple(qa),
        warnings=tuple(warnings),
    )


def verify_highlights(
    statements: Sequence[Statement], doc: Document, facts: Sequence[Fact] | None = None
) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
    """Highlights that pass, and warnings for those that do not."""
    warnings: list[str] = []
    kept = filter_statements(statements, doc, "highlights", warnings, facts)
    return kept, tuple(warnings)
