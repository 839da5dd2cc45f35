"""People lexicon (lexicon/people.yaml): known people by every spelling, gated by their company."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from finbrief.lexicon.files import LexiconError
from finbrief.lexicon.transcript import fold, load_yaml
from finbrief.model import Side
from finbrief.text.script import to_simplified

SIDES: frozenset[str] = frozenset({"company", "analyst", "operator", "host", "unknown"})


# An accent over a Latin letter ("José", "Jose"): exports and speakers' own lines drop it unevenly.
LATIN_ACCENT_RE = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def _unaccented(name: str) -> str:
    """``name`` without accents over Latin letters (kana and Han keep their marks)."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFC", LATIN_ACCENT_RE.sub("", unicodedata.normalize("NFD", name)))


# "Fenwick, Olivia   0:04": a meeting platform's display name from a company directory, surname first,
# on a timed label line or in a captions file's voice span; a tag in brackets may follow ("Shah, Priyanka (External)").
SURNAME_FIRST_RE = re.compile(
    r"(?P<last>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?P<given>[A-Z][\w'’-]+(?: [A-Z]\.?)?)(?P<tag>\s*[(（][^()（）]{1,30}[)）])?"
)
# Words after a comma that are no given name: a firm's suffix, a generational suffix, a one-word title
# ("Jane Roe, Chairman" in a captions file's voice span).
NOT_GIVEN = frozenset(
    {"inc", "ltd", "llc", "plc", "corp", "co", "jr", "sr", "ii", "iii", "iv", "cfa", "phd", "md"}
    | {"analyst", "chairman", "chairwoman", "chair", "director", "president", "host", "moderator", "operator"}
)


def given_first(core: str) -> str:
    """``Olivia Fenwick`` for ``Fenwick, Olivia`` (tag kept); anything else as it is."""
    m = SURNAME_FIRST_RE.fullmatch(core)
    if m is None or m.group("given").split()[0].rstrip(".").casefold() in NOT_GIVEN:
        return core
    if m.group("given").isupper() and not m.group("last").isupper():
        return core  # "Jane Roe, CFO": an office's letters, not a given name
    return f"{m.group('given')} {m.group('last')}{m.group('tag') or ''}"


def name_key(name: str) -> str:
    """Key under which two spellings of one name meet: simplified script, folded, no dots/commas,
    no accents over Latin letters."""
    return _unaccented(fold(to_simplified(name))).replace(".", "").replace(",", "").replace("·", "")


@dataclass(frozen=True)
class Person:
    id: str
    names: dict[str, str]
    """Name per document language (``en``, ``zh-Hans``, ``zh-Hant``)."""
    aliases: tuple[str, ...]
    company: str | None
    role: str | None
    side: Side

    def all_names(self) -> tuple[str, ...]:
        """Every spelling: per-language names first (English first), then aliases."""
        seen: dict[str, None] = {}
        for n in (self.names.get("en"), self.names.get("zh-Hans"), self.names.get("zh-Hant"), *self.aliases):
            if n:
                seen.setdefault(n, None)
        return tuple(seen)


@dataclass(frozen=True)
class Company:
    key: str
    name: str
    names: tuple[str, ...]
    """Simplified, folded spellings; a document mentioning one of them activates the company's people."""
    sought: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """The spellings ``People.active`` looks for: none holding another ("alibaba" holds "baba"), as a
    text holding it holds the other."""

    def __post_init__(self) -> None:
        names = tuple(dict.fromkeys(self.names))
        sought = tuple(n for n in names if not any(o != n and o in n for o in names))
        object.__setattr__(self, "sought", sought)


@dataclass(frozen=True)
class People:
    people: tuple[Person, ...]
    companies: dict[str, Company]
    by_key: dict[str, tuple[Person, ...]]
    _by_live: dict[frozenset[str], dict[str, Person]] = field(default_factory=dict, compare=False, repr=False)
    """``active``'s answer for each set of companies mentioned, made once."""

    def active(self, folded_text: str) -> dict[str, Person]:
        """Name key -> person for people whose company the (simplified, folded) text mentions."""
        live = frozenset(k for k, c in self.companies.items() if any(n in folded_text for n in c.sought))
        known = self._by_live.get(live)
        if known is None:
            known = {}
            for key, persons in self.by_key.items():
                for p in persons:
                    if p.company is None or p.company in live:
                        known.setdefault(key, p)
            if len(self._by_live) >= _ACTIVE_SETS:
                self._by_live.clear()
            self._by_live[live] = known
        return dict(known)


_ACTIVE_SETS = 64
"""How many sets of mentioned companies ``People.active`` keeps its answer for."""


def people_from_data(data: dict[str, Any]) -> People:
    """Index the people lexicon from its YAML data (tests may pass their own)."""
    companies = {
        key: Company(key, c.get("name", key), tuple(name_key(n) for n in c.get("names", ())))
        for key, c in (data.get("companies") or {}).items()
    }
    people: list[Person] = []
    by_key: dict[str, list[Person]] = {}
    for entry in data.get("people") or ():
        side = entry.get("side", "unknown")
        if side not in SIDES:
            raise LexiconError(f"lexicon/people.yaml: {entry['id']}: bad side {side!r}")
        company = entry.get("company")
        if company is not None and company not in companies:
            raise LexiconError(f"lexicon/people.yaml: {entry['id']}: unknown company {company!r}")
        p = Person(
            id=entry["id"],
            names={k: v for k, v in (entry.get("names") or {}).items() if v},
            aliases=tuple(entry.get("aliases") or ()),
            company=company,
            role=entry.get("role"),
            side=side,
        )
        people.append(p)
        for n in p.all_names():
            bucket = by_key.setdefault(name_key(n), [])
            if p not in bucket:
                bucket.append(p)
    return People(tuple(people), companies, {k: tuple(v) for k, v in by_key.items()})


@cache
def people() -> People:
    """The packaged people lexicon, loaded once per process."""
    return people_from_data(load_yaml("people.yaml"))
