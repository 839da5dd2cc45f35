"""Redundancy-aware selection (MMR): the best sentences that do not repeat each other."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from finbrief.summarize.text import similarity
from finbrief.summarize.units import Unit

# Two sentences this similar say the same thing: the second is never picked.
DUPLICATE = 0.6


def mmr(
    candidates: Sequence[Unit],
    score: Callable[[Unit], float],
    k: int,
    *,
    lam: float = 0.75,
    avoid: Sequence[frozenset[str]] = (),
    min_score: float = 0.0,
) -> list[Unit]:
    """Pick up to ``k`` units maximising relevance minus similarity to those already picked.

    ``avoid`` holds token sets of statements chosen elsewhere (other groups), which count as
    picked for redundancy. Ties break on document order, so the choice is deterministic.
    """
    pool = sorted((u for u in candidates if score(u) > min_score), key=lambda u: (-score(u), u.index))
    if not pool or k <= 0:
        return []
    top = score(pool[0]) or 1.0
    chosen: list[Unit] = []
    seen = list(avoid)
    while pool and len(chosen) < k:
        best: tuple[float, int] | None = None
        best_i = -1
        for i, u in enumerate(pool):
            redundancy = max((similarity(u.tokens, t) for t in seen), default=0.0)
            if redundancy >= DUPLICATE:
                continue
            value = lam * score(u) / top - (1 - lam) * redundancy
            key = (value, -u.index)
            if best is None or key > best:
                best, best_i = key, i
        if best_i < 0:
            break
        u = pool.pop(best_i)
        chosen.append(u)
        seen.append(u.tokens)
    return chosen
