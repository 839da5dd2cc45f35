"""Facts stage: every figure of a document as a typed, attributed, cited ``Fact``.

``run(doc)`` reads a ``Document`` (ingested, ideally with speakers from ``structure``) and
returns its facts in paragraph order, then by evidence start. The number grammar is in
``finbrief.facts.numbers`` (``parse_numbers``, ``format_amount``), periods in
``finbrief.facts.periods`` (``document_period``), lexicons in ``finbrief.facts.lexicon``.
"""

from __future__ import annotations

from typing import Any

from finbrief.facts.attribution import extract
from finbrief.facts.numbers import NumberMention, format_amount, parse_numbers
from finbrief.facts.periods import document_period
from finbrief.model import Document, Fact
from finbrief.options import Options

__all__ = ["NumberMention", "as_json", "document_period", "format_amount", "parse_numbers", "run"]

_DEFAULT_OPTIONS = Options()


def run(doc: Document, options: Options = _DEFAULT_OPTIONS) -> tuple[Fact, ...]:
    """Facts of ``doc``, deterministic: by paragraph, then by start offset of the evidence."""
    del options  # no option changes what a figure says
    return tuple(extract(doc))


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
