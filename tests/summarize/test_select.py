"""Redundancy-aware selection picks what a plain MMR (every candidate against every pick, every
round) picks: the bookkeeping that makes it cheap on long documents changes no choice."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import pytest

from finbrief import facts as facts_stage
from finbrief.options import Options
from finbrief.summarize.select import DUPLICATE, FigureKey, fact_keys, figure_redundancy, mmr
from finbrief.summarize.text import similarity
from finbrief.summarize.units import Unit, read

from .helpers import SAMPLES, doc_from


def plain_mmr(
    candidates: Sequence[Unit],
    score: Callable[[Unit], float],
    k: int,
    lam: float = 0.75,
    avoid: Sequence[frozenset[str]] = (),
    keys: Callable[[Unit], frozenset[FigureKey]] | None = None,
    avoid_keys: Collection[FigureKey] = (),
) -> list[Unit]:
    scored = sorted(((score(u), u) for u in candidates if score(u) > 0), key=lambda su: (-su[0], su[1].index))
    pool = [u for _, u in scored]
    scores = [s for s, _ in scored]
    top = (scores[0] if scores else 0.0) or 1.0
    chosen: list[Unit] = []
    seen = list(avoid)
    seen_keys: set[FigureKey] = set(avoid_keys)
    while pool and len(chosen) < k:
        best: tuple[float, int] | None = None
        best_i = -1
        for i, u in enumerate(pool):
            redundancy = max((similarity(u.tokens, t) for t in seen), default=0.0)
            if keys is not None:
                mine = keys(u)
                figures = figure_redundancy(mine, seen_keys)
                amounts = [x for x in mine if x[0] == "amount"]
                if figures >= 1.0 and (redundancy >= 0.25 or amounts):
                    continue
                if redundancy >= 0.3 and any(x in seen_keys for x in amounts):
                    continue
                redundancy = max(redundancy, 0.5 * figures)
            if redundancy >= DUPLICATE:
                continue
            key = (lam * scores[i] / top - (1 - lam) * redundancy, -u.index)
            if best is None or key > best:
                best, best_i = key, i
        if best_i < 0:
            break
        u = pool.pop(best_i)
        scores.pop(best_i)
        chosen.append(u)
        seen.append(u.tokens)
        if keys is not None:
            seen_keys.update(keys(u))
    return chosen


@pytest.fixture(scope="module")
def units() -> list[Unit]:
    """The English sample call twice over, the second copy's figures changed: many near-repeats."""
    text = (SAMPLES / "en" / "novasky_2026q2_call.txt").read_text(encoding="utf-8")
    doc = doc_from(text + "\n\n" + text.replace("1", "7"))
    reading = read(doc, facts_stage.run(doc, Options()))
    return reading.eligible()


@pytest.mark.parametrize("k", [1, 3, 8, 40])
@pytest.mark.parametrize("lam", [0.5, 0.75, 1.0])
def test_same_picks_as_plain_mmr(units: list[Unit], k: int, lam: float) -> None:
    def score(u: Unit) -> float:
        return len(u.facts) + 0.1 * (u.length % 7)

    avoid = [units[0].tokens]
    for keys in (None, fact_keys):
        got = mmr(units, score, k, lam=lam, avoid=avoid, keys=keys)
        want = plain_mmr(units, score, k, lam=lam, avoid=avoid, keys=keys)
        assert [u.index for u in got] == [u.index for u in want]
    assert len(got) >= min(k, 3)
