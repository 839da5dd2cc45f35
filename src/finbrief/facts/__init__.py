"""Facts stage: the document's identity and every figure in it as a typed, attributed, cited ``Fact``.

``run(doc)`` reads a ``Document`` (ingested, ideally with speakers from ``structure``) and
returns a ``FactSheet``: the document's company, ticker, fiscal calendar, period and date, decided
once (``finbrief.facts.identity``), and its facts in paragraph order, then by evidence start. The
number grammar is in ``finbrief.facts.numbers`` (``parse_numbers``, ``format_amount``), periods in
``finbrief.facts.periods``, lexicons in ``finbrief.lexicon``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from finbrief.facts.identity import identify
from finbrief.model import Document, Fact, FactSheet
from finbrief.options import Options

if TYPE_CHECKING:
    from finbrief.facts.numbers import NumberMention, format_amount, parse_numbers

_FROM_NUMBERS = frozenset({"NumberMention", "format_amount", "parse_numbers"})
"""Names of the number grammar, imported when first asked for: a run that stops at the document's
identity (``finbrief parse``) never loads the grammar or the attribution rules."""


def __getattr__(name: str) -> Any:
    if name in _FROM_NUMBERS:
        from finbrief.facts import numbers

        return getattr(numbers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "NumberMention",
    "as_json",
    "document_period",
    "format_amount",
    "identify",
    "identity_json",
    "parse_numbers",
    "run",
    "sheet_of",
]

_DEFAULT_OPTIONS = Options()


def run(doc: Document, options: Options = _DEFAULT_OPTIONS) -> FactSheet:
    """The document's identity and facts, deterministic: by paragraph, then by start offset of the evidence.

    A fact whose metric, period or subject was guessed between rivals is withheld unless
    ``options.all_facts`` (``finbrief.facts.evidence``): a wrong statement with a true number is worse
    than none.
    """
    from dataclasses import replace

    from finbrief.facts.attribution import extract_graded
    from finbrief.facts.evidence import withheld

    sheet, grades = extract_graded(doc)
    if options.all_facts:
        return sheet
    return replace(sheet, facts=tuple(f for f, g in zip(sheet.facts, grades, strict=True) if not withheld(g, f)))


def sheet_of(doc: Document, facts: Sequence[Fact] | None) -> FactSheet:
    """``facts`` as the document's sheet: a sheet as it is, plain facts with the document's identity,
    or the facts stage's own sheet when none are given."""
    if isinstance(facts, FactSheet):
        return facts
    if facts is None:
        return run(doc)
    from dataclasses import replace

    return replace(identify(doc), facts=tuple(facts))


def document_period(doc: Document) -> str | None:
    """The calendar quarter ``doc`` reports on (``2025Q2``), None when the text does not say."""
    return identify(doc).period


def identity_json(sheet: FactSheet) -> dict[str, Any]:
    """The document's identity as ``finbrief parse --format json`` prints it (``identity``)."""
    return {
        "company": sheet.company,
        "ticker": sheet.ticker,
        "fiscal_year_end_month": sheet.fiscal_year_end_month,
        "period": sheet.period,
        "date": sheet.date,
        "currency": sheet.currency,
        "dollar": sheet.dollar,
        "names": list(sheet.names),
    }


def as_json(fact: Fact) -> dict[str, Any]:
    """One fact in the ``finbrief facts --format json`` contract (DESIGN.md), with two extra keys:
    ``basis`` ("prior" for a comparison base, which is not the figure reported) and ``per``
    ("share" for an amount per share)."""
    return {
        "subject": fact.subject,
        "metric": fact.metric,
        "value": fact.value,
        "unit": fact.unit,
        "change": fact.change,
        "period": fact.period,
        "qualifier": fact.qualifier,
        "paragraph": fact.paragraph,
        "evidence": fact.evidence,
        "speaker": fact.speaker,
        "basis": fact.basis,
        "per": fact.per,
    }
