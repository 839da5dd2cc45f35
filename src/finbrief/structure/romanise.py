"""Readings of a Chinese surname in Latin letters, so a bilingual call's ``Cheung Wai`` and ``张伟``
are one person: pinyin (mainland), Wade-Giles as Taiwan spells names (``Hsueh``, ``Tsai``), the Hong
Kong government's Cantonese romanisation (``Kwong``, ``Mak``), the readings the glossary gives for
surnames read unusually in names, and the lexicon's spellings (Hokkien and other spellings no
system gives: ``Tan``, ``Koh``)."""

from __future__ import annotations

import json
import pkgutil
from functools import cache

from finbrief.ingest.script import to_traditional
from finbrief.lexicon import glossary
from finbrief.lexicon.transcript import vocab

# Wade-Giles as names print it: no apostrophes, ü written u ("hsveh" in the library's ASCII form).
_WG_FOLD = str.maketrans({"'": None, "’": None, "v": "u", "ü": "u"})


@cache
def _pinyin(chars: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported only for a bilingual call (~0.3 s)

    return "".join(lazy_pinyin(chars, style=Style.NORMAL))


@cache
def _wade_giles(chars: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(chars, style=Style.WADEGILES)).translate(_WG_FOLD)


@cache
def _cantonese_table() -> dict[str, list[str]]:
    """Traditional character -> its Hong Kong government romanisations (the cantonese-romanisation
    package's table, read without building its other five tables)."""
    data = pkgutil.get_data("cantoroman", "data/charToRoman.json")
    return json.loads(data.decode("utf-8")) if data else {}


@cache
def _cantonese(chars: str) -> tuple[str, ...]:
    """Every Cantonese spelling of ``chars`` (one or two characters), simplified or traditional."""
    table = _cantonese_table()
    per_char = [table.get(c) or table.get(to_traditional(c)) or [] for c in chars]
    out = [""]
    for readings in per_char:
        if not readings:
            return ()
        out = [f"{o}{r}" for o in out for r in readings]
    return tuple(out)


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
        out.add(_wade_giles(head).casefold())
        out.update(r.casefold() for r in _cantonese(head))
        if head in special:
            out.add(special[head].casefold())
        out.update(r.casefold() for r in v.surname_spellings.get(head, ()))
    return out
