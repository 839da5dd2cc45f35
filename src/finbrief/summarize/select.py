"""Redundancy-aware selection (MMR): the best sentences that do not repeat each other."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from finbrief.summarize.text import similarity
from finbrief.summarize.units import Unit

T = TypeVar("T")

# Two sentences this similar say the same thing: the second is never picked.
DUPLICATE = 0.6


FigureKey = tuple[object, ...]
"""One figure a sentence states: ``("amount", value)`` or ``("figure", metric, value, unit, change)``."""
# A scaled amount as written ("4900万", "RMB 38.6 billion"): distinctive enough to name one figure
# even where the facts stage did not type it.
_AMOUNT = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|萬億|亿|億|万|萬|trillion|billion|million)", re.IGNORECASE
)
_SCALE = {
    "万亿": 1e12,
    "萬億": 1e12,
    "亿": 1e8,
    "億": 1e8,
    "万": 1e4,
    "萬": 1e4,
    "trillion": 1e12,
    "billion": 1e9,
    "million": 1e6,
}


def fact_keys(u: Unit) -> frozenset[FigureKey]:
    """The figures a sentence states, comparable across sentences that word them differently.

    A large amount (RMB 380 billion, 300 million users) is one figure wherever it appears; a
    percentage or a small amount is one figure with the same metric and change (subjects are left
    out: "cloud" and "NovaSky Cloud" name one segment). Basis points count as percentage points.
    """
    keys: set[FigureKey] = set()
    for f in u.facts:
        v, unit = round(abs(f.value), 6), f.unit
        if unit == "bps":
            v, unit = round(v / 100, 6), "pp"
        big = (unit not in ("%", "pp", "x", "count") and v >= 1e8) or (unit == "count" and v >= 1e6)
        if big:
            keys.add(("amount", v))
        else:
            keys.add(("figure", f.metric.lower(), v, unit, f.change))
    covered = [(f.start, f.end) for f in u.facts]
    for m in _AMOUNT.finditer(u.text):
        at = u.start + m.start()
        if not any(a <= at < b for a, b in covered):
            v = round(float(m.group(1).replace(",", "")) * _SCALE[m.group(2).lower()], 6)
            if v >= 1e6:
                keys.add(("amount", v))
    return frozenset(keys)


def figure_redundancy(keys: frozenset[FigureKey], seen: Collection[FigureKey]) -> float:
    """Share of a sentence's figures already stated elsewhere (1.0: it adds no new figure)."""
    if not keys:
        return 0.0
    return sum(1 for k in keys if k in seen) / len(keys)


def _without(items: list[T], gone: Collection[int]) -> list[T]:
    return [x for i, x in enumerate(items) if i not in gone]


def mmr(
    candidates: Sequence[Unit],
    score: Callable[[Unit], float],
    k: int,
    *,
    lam: float = 0.75,
    avoid: Sequence[frozenset[str]] = (),
    min_score: float = 0.0,
    keys: Callable[[Unit], frozenset[FigureKey]] | None = None,
    avoid_keys: Collection[FigureKey] = (),
) -> list[Unit]:
    """Pick up to ``k`` units maximising relevance minus similarity to those already picked.

    ``avoid`` holds token sets of statements chosen elsewhere (other groups), which count as
    picked for redundancy. ``keys`` names the figures a unit states (``avoid_keys``: figures stated
    elsewhere): a unit whose figures were all stated already is a repeat, however it words them.
    Ties break on document order, so the choice is deterministic.
    """
    scored = sorted(
        ((s, u) for u in candidates if (s := score(u)) > min_score), key=lambda su: (-su[0], su[1].index)
    )
    if not scored or k <= 0:
        return []
    pool = [u for _, u in scored]
    scores = [s for s, _ in scored]
    top = scores[0] or 1.0
    # A unit's value is at most its relevance part (redundancy only subtracts), and the pool is in
    # falling relevance: once that part is below the best value found, no later unit can win.
    bounded = top > 0 and 0.0 <= lam <= 1.0
    chosen: list[Unit] = []
    seen = list(avoid)
    seen_keys: set[FigureKey] = set(avoid_keys)
    # Redundancy only grows as picks are added, so each unit's similarity is taken against each
    # picked statement once (``near[i]`` covers ``seen[:upto[i]]``), and a unit once ruled a repeat
    # stays one and leaves the pool: the same choice, without rescanning a pool of near-duplicates.
    near = [0.0] * len(pool)
    upto = [0] * len(pool)
    figure_keys: list[frozenset[FigureKey] | None] = [None] * len(pool)
    while pool and len(chosen) < k:
        best: tuple[float, int] | None = None
        best_i = -1
        repeats: list[int] = []
        for i, u in enumerate(pool):
            if bounded and best is not None and lam * scores[i] / top < best[0]:
                break
            redundancy = near[i]
            for t in seen[upto[i] :]:
                redundancy = max(redundancy, similarity(u.tokens, t))
            near[i], upto[i] = redundancy, len(seen)
            if keys is not None:
                mine = figure_keys[i]
                if mine is None:
                    mine = figure_keys[i] = keys(u)
                figures = figure_redundancy(mine, seen_keys)
                # Every figure stated already: a repeat when one is a distinctive amount, or when
                # the wording is close too (a bare "up 13%" may be another segment's).
                amounts = [k for k in mine if k[0] == "amount"]
                if figures >= 1.0 and (redundancy >= 0.25 or amounts):
                    repeats.append(i)
                    continue
                if redundancy >= 0.3 and any(k in seen_keys for k in amounts):
                    repeats.append(i)
                    continue  # the same amount, said in similar words
                redundancy = max(redundancy, 0.5 * figures)
            if redundancy >= DUPLICATE:
                repeats.append(i)
                continue
            value = lam * scores[i] / top - (1 - lam) * redundancy
            key = (value, -u.index)
            if best is None or key > best:
                best, best_i = key, i
        if best_i < 0:
            break
        u = pool[best_i]
        chosen.append(u)
        seen.append(u.tokens)
        if keys is not None:
            seen_keys.update(figure_keys[best_i] or keys(u))
        gone = {best_i, *repeats}
        pool, scores, near = _without(pool, gone), _without(scores, gone), _without(near, gone)
        upto, figure_keys = _without(upto, gone), _without(figure_keys, gone)
    return chosen
    return chosen
