"""Readings of a Chinese surname in Latin letters: pinyin, the readings the glossary gives for
surnames read unusually in names, and the Cantonese and Wade-Giles spellings of the lexicon."""

from __future__ import annotations

from functools import cache

from finbrief.lexicon import glossary
from finbrief.lexicon.transcript import vocab


@cache
def _pinyin(chars: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported only for a bilingual call (~0.3 s)

    return "".join(lazy_pinyin(chars, style=Style.NORMAL))


@cache
def _special() -> dict[str, str]:
    return glossary.surnames()


def surname_readings(name: str) -> set[str]:
    """Case-folded Latin spellings of the surname of ``name`` (simplified Chinese): one or two
    characters (a compound surname)."""
    v = vocab()
    heads = [name[:2]] if name.startswith(v.compound_surnames) else [name[:1]]
    special = _special()
    out: set[str] = set()
    for head in heads:
        out.add(_pinyin(head).casefold())
        if head in special:
            out.add(special[head].casefold())
        out.update(r.casefold() for r in v.surname_spellings.get(head, ()))
    return out
