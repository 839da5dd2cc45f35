"""Scoring of predicted facts against gold rows (eval/README.md), shared by tests and the bench.

A predicted fact matches a gold row when: same ``unit``; value within 0.5% (relative); ``change``
equal (gold ``"*"`` accepts any); some word of ``subject_any`` occurs in the lowercased predicted
``subject + " " + metric``, and some word of ``metric_any`` does too. One predicted fact may
match one gold row: recall is the size of a maximum matching over gold rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from finbrief.model import Fact

__all__ = ["Score", "load_gold", "matches", "score"]


@dataclass(frozen=True)
class Score:
    """Recall of gold rows by predicted facts, with which rows were missed."""

    matched: int
    total: int
    missed: tuple[Mapping[str, Any], ...]
    pairs: tuple[tuple[int, int], ...]
    """(gold index, prediction index) of each match."""

    @property
    def recall(self) -> float:
        """Share of gold rows matched (1.0 for no gold rows)."""
        return self.matched / self.total if self.total else 1.0


def load_gold(path: Path, doc: str | None = None) -> list[dict[str, Any]]:
    """Gold rows of a JSONL file, optionally only those for document ``doc``."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if doc is None or r.get("doc") == doc]


def _field(fact: Fact | Mapping[str, Any], name: str) -> Any:
    """A field of a fact given as a ``Fact`` or as its JSON object."""
    return fact[name] if isinstance(fact, Mapping) else getattr(fact, name)


def matches(gold: Mapping[str, Any], fact: Fact | Mapping[str, Any]) -> bool:
    """Whether one predicted fact matches one gold row, by the rule of eval/README.md."""
    if _field(fact, "unit") != gold["unit"]:
        return False
    expected = float(gold["value"])
    value = float(_field(fact, "value"))
    if expected == 0:
        if value != 0:
            return False
    elif abs(value - expected) > 0.005 * abs(expected):
        return False
    if gold.get("change") != "*" and _field(fact, "change") != gold.get("change"):
        return False
    words = f"{_field(fact, 'subject')} {_field(fact, 'metric')}".lower()
    if not any(w.lower() in words for w in gold["subject_any"]):
        return False
    return any(w.lower() in words for w in gold["metric_any"])


def score(gold: Sequence[Mapping[str, Any]], predicted: Iterable[Fact | Mapping[str, Any]]) -> Score:
    """Maximum one-to-one matching of gold rows to predicted facts (augmenting paths)."""
    preds = list(predicted)
    edges = [[j for j, f in enumerate(preds) if matches(g, f)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        """Match gold row ``i``, re-matching earlier rows along an augmenting path if needed."""
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    matched_gold = {i: j for j, i in owner.items()}
    missed = tuple(g for i, g in enumerate(gold) if i not in matched_gold)
    pairs = tuple(sorted(matched_gold.items()))
    return Score(len(matched_gold), len(gold), missed, pairs)
