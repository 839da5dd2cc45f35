"""Which company a user means by ``--company 阿里巴巴`` / ``alibaba`` / ``BABA``.

A document's own company and ticker are decided once by the facts stage (``FactSheet``) and
stored as they are; this module only reads a user's spelling against the companies lexicon
(canonical name, aliases and tickers, in either Chinese script).
"""

from __future__ import annotations

from functools import cache

from finbrief.lexicon.companies import companies
from finbrief.library.text import normalize


@cache
def _owners() -> dict[str, str]:
    """Normalised spelling (name, alias, ticker) -> canonical company name."""
    owner: dict[str, str] = {}
    for c in companies():
        for a in (c.name, *c.aliases, *c.tickers):
            owner.setdefault(normalize(a), c.name)
    return owner


def resolve(name: str) -> str | None:
    """Canonical company for a user's spelling (阿里巴巴, alibaba, BABA), None if unknown."""
    return _owners().get(normalize(name.strip()))
