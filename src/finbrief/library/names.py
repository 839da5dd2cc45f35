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
from importlib import resources

import yaml

from finbrief.library.text import normalize

_KEY_DROP = re.compile(r"[\s\-_]+")
# Lexicon files and the lists in them that map aliases to canonical names.
_SOURCES = {
    "subject": (("subjects.yaml", "segments"), ("companies.yaml", "companies")),
    "metric": (("metrics.yaml", "metrics"),),
}


def key(text: str) -> str:
    """Comparison key: simplified, case-folded, without spaces or hyphens."""
    return _KEY_DROP.sub("", normalize(text))


@cache
def aliases(kind: str) -> dict[str, frozenset[str]]:
    """Alias key -> canonical names it stands for (one alias can be shared, e.g. by two companies)."""
    out: dict[str, set[str]] = {}
    for filename, section in _SOURCES[kind]:
        path = resources.files("finbrief.lexicon").joinpath(filename)
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get(section) or []:
            if not isinstance(entry, dict) or "name" not in entry:
                continue
            name = str(entry["name"])
            for alias in (name, *(str(a) for a in entry.get("aliases") or ())):
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
