"""Statements in the output language: source sentences quoted, or written from facts and cues.

A sentence in the output language (Chinese of either script for Chinese output, English for
English) is quoted as it is, in the output script. A sentence in the other language is written
in the output language when it can be:

- its figures from its facts (``realise.sentence_statement``: "China E-commerce Group revenue
  rose 10% to RMB 140.1 billion."), each asserted in ``figures``;
- its commitment from its cue words and finance terms (``commit.restate``: "Unit-economics loss
  can be halved in the short term.");

the source sentence kept as ``quote``. Narrative without figures stays a quote in its own
language (``lang`` says which, so renderers mark it). A sentence in the other language with a
figure that cannot be written is not usable: it is never chosen, so no figure reaches a reader
only in a language they did not ask for.

A sentence whose subject is a pointer ("该板块", "this segment") is written with the name of the
segment its figures belong to, or is not usable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from finbrief.facts.numbers import parse_numbers
from finbrief.model import FactSheet, Statement
from finbrief.summarize import commit, realise
from finbrief.summarize.names import segment_names, term
from finbrief.summarize.text import is_chinese, text_lang, to_script
from finbrief.summarize.units import Reading, Unit

_FILLERS = re.compile(r"[呃嗯][，,、]?")
# A sentence that opens with a pronoun subject ("它的收入...", "It grew..."): needs the one before.
_PRONOUN = re.compile(r"^(?:它|其|它们|他们)|^(?:it|its|they|their)\b", re.IGNORECASE)
# How far into a sentence a pointer subject may start ("同时，该板块..."), in characters.
_POINTER_AT = 6
# Horizons that make a figure of a guiding or committing sentence a plan ("三年投入3800亿").
_STANCES = frozenset({"guidance", "commitment"})
_NOT_AHEAD = frozenset({"this year"})


# Clause ends of a sentence: a comma between digits is a thousands separator ("1,401亿"), not one.
_CLAUSE_END = re.compile(r"[，；;：:、]|(?<!\d),|,(?!\d)")
ELLIPSIS = "…"


def _values(text: str) -> list[float]:
    out = []
    for m in parse_numbers(text):
        out.append(abs(m.value))
        if m.value_high is not None:
            out.append(abs(m.value_high))
    return out


def _said(value: float, said: Sequence[float]) -> bool:
    return any(abs(value - v) <= 1e-6 * max(1.0, abs(v)) for v in said)


def trim_quote(source: str, statement: str) -> str | None:
    """The source of a statement written in another language, without the clauses whose figures
    the statement does not state (a prior quarter's level, a figure it has no words for): every
    figure a reader sees in the quote is one the statement says in the reader's language. Left-out
    clauses are marked with an ellipsis. None when a figure the statement states shares its clause
    with one it does not (the statement would say less than its source: not to be used)."""
    said = _values(statement)
    clauses: list[str] = []
    start = 0
    for m in _CLAUSE_END.finditer(source):
        clauses.append(source[start : m.end()])
        start = m.end()
    if start < len(source):
        clauses.append(source[start:])
    keep = [all(_said(v, said) for v in _values(c)) for c in clauses]
    if all(keep):
        return source
    kept_values = [v for c, k in zip(clauses, keep, strict=True) if k for v in _values(c)]
    if any(not _said(v, kept_values) for v in said if any(_said(v, _values(c)) for c in clauses)):
        return None
    out: list[str] = []
    gap = False
    for clause, kept in zip(clauses, keep, strict=True):
        if not kept:
            gap = True
            continue
        if gap or (not out and clause is not clauses[0]):
            out.append(ELLIPSIS)
        out.append(clause)
        gap = False
    if gap:
        out.append(ELLIPSIS)
    text = "".join(out).strip()
    return text if text.strip(ELLIPSIS) else None


@dataclass
class Writer:
    """Turns chosen sentences of one document into statements in one output language."""

    reading: Reading
    facts: FactSheet
    lang: str
    _written: dict[int, Statement | None] = field(default_factory=dict)
    _restated: dict[int, commit.Restatement | None] = field(default_factory=dict)

    def foreign(self, u: Unit) -> bool:
        """Whether a sentence is in the other language than the output."""
        return u.chinese != is_chinese(self.lang)

    @cached_property
    def _around(self) -> dict[int, tuple[Unit | None, Unit | None]]:
        out: dict[int, tuple[Unit | None, Unit | None]] = {}
        for units in self.reading.by_paragraph.values():
            for i, u in enumerate(units):
                out[u.index] = (units[i - 1] if i else None, units[i + 1] if i + 1 < len(units) else None)
        return out

    def has_figures(self, u: Unit) -> bool:
        return bool(u.facts) or bool(parse_numbers(u.text))

    def _horizon(self, u: Unit) -> str:
        if not commit.cue_kinds(u) & _STANCES:
            return ""
        h = commit.horizon(u, self.lang)
        return "" if h in _NOT_AHEAD else h

    def restated(self, u: Unit) -> commit.Restatement | None:
        if u.index not in self._restated:
            before, after = self._around.get(u.index, (None, None))
            self._restated[u.index] = commit.restate(u, self.lang, before, after, self.facts.company)
        return self._restated[u.index]

    def written(self, u: Unit) -> Statement | None:
        """The sentence written in the output language (figures, then its commitment), or None."""
        if u.index in self._written:
            return self._written[u.index]
        # the figures whose number is in this sentence (evidence may run into the next one)
        own = [f for f in u.facts if f.paragraph == u.paragraph and u.start <= f.start < u.end]
        figures = realise.sentence_statement(own, self.facts, self.lang, [u.paragraph], u.text, self._horizon(u))
        said = self.restated(u)
        out = figures
        if said is not None:
            quote = "".join(x.text for x in said.units) if u.chinese else " ".join(x.text for x in said.units)
            cites = tuple(sorted({x.paragraph for x in said.units}))
            if figures is None:
                out = Statement(said.text, cites, self.lang, quote=quote, figures=None)
            elif said.text not in figures.text:
                sep = " " if self.lang == "en" else ""
                numbers = bool(parse_numbers(said.text))
                out = Statement(
                    figures.text + sep + said.text,
                    tuple(sorted({*figures.citations, *cites})),
                    self.lang,
                    quote=quote,
                    figures=None if numbers else figures.figures,
                )
        if out is not None and out.quote:
            trimmed = trim_quote(out.quote, out.text)
            out = replace(out, quote=trimmed) if trimmed is not None else None
        self._written[u.index] = out
        return out

    def pointer(self, u: Unit) -> tuple[int, int] | None:
        """Where a pointer subject ("该板块", "this segment") opens the sentence, if one does."""
        from finbrief.lexicon.subjects import subject_matcher

        text = u.simple if u.chinese else u.low
        for start, end, entry in subject_matcher(self.facts.company).finditer(text[: _POINTER_AT + 16]):
            if getattr(entry, "kind", "") == "anaphora" and start <= _POINTER_AT:
                return start, end
        return None

    def _named(self, u: Unit) -> str | None:
        """The segment a pointer sentence's figures belong to, in the output language."""
        subjects = {f.subject for f in u.facts if f.subject in segment_names()}
        return term(next(iter(subjects)), self.lang) if len(subjects) == 1 else None

    def usable(self, u: Unit) -> bool:
        """Whether a sentence can be a statement in the output language: in that language and
        self-contained, or written in it, or narrative without figures."""
        if self.foreign(u):
            return self.written(u) is not None or not self.has_figures(u)
        if self.pointer(u) is not None:
            return self._named(u) is not None
        return not _PRONOUN.search(u.text.strip())

    def quote(self, units: Sequence[Unit]) -> Statement:
        """Exact source sentences as one statement: Chinese converted to the output script only."""
        units = sorted(units, key=lambda u: u.index)
        chinese = any(u.chinese for u in units)
        text = ("" if chinese else " ").join(u.text for u in units)
        if chinese:  # spoken fillers carry nothing; removing them leaves every number in place
            text = _FILLERS.sub("", text)
        doc = self.reading.doc
        src = text_lang(text, doc)
        if is_chinese(self.lang) and is_chinese(src):
            text, src = to_script(text, self.lang), self.lang
        return Statement(text, tuple(sorted({u.paragraph for u in units})), src)

    def statement(self, u: Unit) -> Statement:
        """One sentence as a statement in the output language where it can be."""
        if self.foreign(u):
            return self.written(u) or self.quote([u])
        st = self.quote([u])
        at = self.pointer(u)
        name = self._named(u) if at is not None else None
        if at is None or name is None:
            return st
        start, end = at
        # the pointer's span in the original text: the simplified view keeps offsets
        text = u.text[:start] + name + u.text[end:]
        text = to_script(_FILLERS.sub("", text), self.lang) if u.chinese else text
        if not u.chinese and start == 0:
            text = text[:1].upper() + text[1:]
        return Statement(text, st.citations, st.lang, quote=u.text)
