"""Which stored subjects and metrics a user means by ``--subject cloud`` or ``--metric 营收``.

Facts carry English canonical names from the lexicons (``Cloud Intelligence Group``,
``revenue``). A user's word matches a canonical name exactly, or through a lexicon alias (云业务,
Alibaba Cloud, 营收), and only when nothing matches that way, as a substring (``cloud`` finds
``NovaSky Cloud``). Exact first keeps ``--metric revenue`` from also pulling in ``organic revenue``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from finbrief.lexicon.companies import companies
from finbrief.lexicon.metrics import metrics
from finbrief.lexicon.subjects import segments
from finbrief.library.text import normalize

_KEY_DROP = re.compile(r"[\s\-_]+")


def key(text: str) -> str:
    """Comparison key: simplified, case-folded, without spaces or hyphens."""
    return _KEY_DROP.sub("", normalize(text))


@cache
def aliases(kind: str) -> dict[str, frozenset[str]]:
    """Alias key -> canonical names it stands for (one alias can be shared, e.g. by two companies)."""
    entries: list[tuple[str, tuple[str, ...]]]
    if kind == "subject":
        entries = [(s.name, s.aliases) for s in segments()] + [(c.name, c.aliases) for c in companies()]
    elif kind == "metric":
        entries = [(m.name, m.aliases) for m in metrics()]
    else:
        raise ValueError(f"unknown name kind {kind!r}")
    out: dict[str, set[str]] = {}
    for name, names in entries:
        for alias in (name, *names):
            out.setdefault(key(alias), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def match(query: str, stored: Iterable[str], kind: str) -> list[str]:
    """Stored names the query means: exact or alias matches if any, else substring matches."""
    names = list(dict.fromkeys(stored))
    q = key(query)
    if not q:
        return []
    wanted = aliases(kind).get(q, frozenset())
    exact = [n for n in names if key(n) == q or n in wanted]
    if exact:
        return exact
    return [n for n in names if q in key(n)]
