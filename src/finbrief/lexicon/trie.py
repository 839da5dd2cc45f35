"""Alias lists compiled into one trie-shaped regex, so a document is scanned once per lexicon."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any

_CLASSES = re.compile(r"\\.|\[A-Za-z0-9\]")
"""Escapes and the ASCII letter class: what the upper-case test of ``Matcher.on_lower`` skips."""
_FOLDS_TO_ASCII = re.compile(r"[A-Za-z]", re.IGNORECASE)
"""Matches a character that is an ASCII letter case-insensitively (also the Kelvin sign, long s, ...)."""
_SEP = "\x00"
"""Trie token for a place where any spacing or a hyphen may appear."""
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_SEP_PIECE = r"(?:-\s|[\s\-])?"
"""What a ``_SEP`` matches: nothing, one space or hyphen, or a hyphen a line break left a space after
("non- GAAP", "year-over- year")."""
_KEY_DROP = re.compile(r"[\s\-_]+")


def alias_key(text: str) -> str:
    """Lookup key for an alias or a matched span: case and spacing do not distinguish aliases."""
    return _KEY_DROP.sub("", text.casefold())


def _script(ch: str) -> int:
    """Coarse character class, to allow optional spacing where scripts change ("88 VIP", "Non-GAAP 净利润")."""
    if ch.isdigit():
        return 0
    if ch.isascii() and ch.isalpha():
        return 1
    if ch.isascii():
        return 2
    return 3


def _tokens(alias: str) -> list[str]:
    """Alias as trie tokens: characters, with ``_SEP`` for spaces, hyphens and script changes."""
    out: list[str] = []
    prev = ""
    for ch in alias.casefold():
        if ch in " -":
            if out and out[-1] != _SEP:
                out.append(_SEP)
            prev = ""
            continue
        if (
            prev
            and _script(prev) != _script(ch)
            and {_script(prev), _script(ch)} <= {0, 1, 3}
            and out[-1] != _SEP
        ):
            out.append(_SEP)
        out.append(ch)
        prev = ch
    while out and out[-1] == _SEP:
        out.pop()
    return out


def variants(alias: str) -> Iterator[str]:
    """An alias and its English plural, so data lists the singular only."""
    yield alias
    if alias[-1:].isascii() and alias[-1:].isalpha() and alias[-1] not in "sS" and len(alias) > 3:
        yield alias + "s"


def trie_regex(aliases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any alias, longest first, with word boundaries on ASCII edges.

    A trie keeps the pattern linear in the alias count at each text position, which a flat
    alternation of hundreds of aliases is not.
    """
    return re.compile(trie_source(aliases), re.IGNORECASE)


def trie_source(aliases: Iterable[str]) -> str:
    """The source of ``trie_regex`` (to be compiled with IGNORECASE, or without it for lower-cased
    ASCII text)."""
    root: dict[str, Any] = {}
    for alias in aliases:
        for variant in variants(alias):
            node = root
            toks = _tokens(variant)
            if not toks:
                continue
            for tok in toks:
                node = node.setdefault(tok, {})
            node[""] = bool(_ASCII_ALNUM.fullmatch(toks[-1]))

    def emit(node: dict[str, Any]) -> str:
        """Regex for the subtree at ``node``: children first (longer), then the end of an alias."""
        alts = []
        for tok in sorted(k for k in node if k):
            piece = _SEP_PIECE if tok == _SEP else re.escape(tok)
            alts.append(piece + emit(node[tok]))
        if "" in node:
            alts.append(r"(?![A-Za-z0-9])" if node[""] else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    ascii_start = {k: v for k, v in root.items() if _ASCII_ALNUM.fullmatch(k)}
    other_start = {k: v for k, v in root.items() if k not in ascii_start}

    def first(node: dict[str, Any]) -> str:
        """A lookahead for the characters the aliases under ``node`` start with: most text positions
        fail it at once, before the alternatives are tried one by one."""
        return "(?=[" + "".join(re.escape(k) for k in sorted(node)) + "])"

    parts = []
    if ascii_start:
        parts.append(r"(?<![A-Za-z0-9])" + first(ascii_start) + emit(ascii_start))
    if other_start:
        parts.append(first(other_start) + emit(other_start))
    return "|".join(parts) if parts else r"(?!x)x"


def _lowerable(source: str, flags: int) -> bool:
    """Whether ``source`` compiled with ``flags`` but without IGNORECASE finds in lower-cased ASCII
    text what it finds with it: no character of it matches an ASCII letter only case-insensitively."""
    if not flags & re.IGNORECASE or any(c.isupper() for c in _CLASSES.sub("", source)):
        return False
    return not any(_FOLDS_TO_ASCII.fullmatch(c) for c in set(source) if not c.isascii())


def _without_ignorecase(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, for lower-cased ASCII text: the same matches, faster. None
    when a character of the pattern would match an ASCII letter only case-insensitively."""
    if not _lowerable(pattern.pattern, pattern.flags):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@dataclass(frozen=True)
class Matcher:
    """A compiled alias regex and the entry each alias key stands for (None: an ignored phrase)."""

    pattern: re.Pattern[str]
    entries: dict[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    """The aliases ``pattern`` was built from (when known), for ``on_ascii``."""

    @cached_property
    def lowers(self) -> bool:
        """Whether ``on_lower`` is made (asked without compiling it)."""
        return _lowerable(self.pattern.pattern, self.pattern.flags)

    @cached_property
    def on_lower(self) -> re.Pattern[str] | None:
        """``pattern`` without IGNORECASE, for lower-cased ASCII text: the same matches, faster. None
        when a character of the pattern would match an ASCII letter only case-insensitively."""
        return _without_ignorecase(self.pattern)

    @cached_property
    def _ascii_source(self) -> str | None:
        """The source of ``on_ascii`` (None: no such pattern)."""
        if not self.lowers or not self.aliases:
            return None
        source = trie_source([a for a in self.aliases if a.casefold().isascii()])
        return source if _lowerable(source, re.IGNORECASE) else None

    @cached_property
    def on_ascii(self) -> re.Pattern[str] | None:
        """``on_lower`` built from the aliases an ASCII text can hold (none of their tokens is another
        script): for ASCII text the same matches, without trying the other aliases at every position.
        None when ``on_lower`` is None or the aliases are not known."""
        source = self._ascii_source
        return None if source is None else re.compile(source)

    @cached_property
    def after_boundary(self) -> re.Pattern[str] | None:
        """``on_ascii`` with the character before a match taken into the match instead of looked
        behind for (``[^A-Za-z0-9]`` for ``(?<![A-Za-z0-9])``): the engine then skips ahead to the
        characters outside words instead of trying the pattern at every position. The same aliases
        at the same places when every ASCII alias starts and ends with a letter or digit (a match
        then never ends on a character the next one could take as its boundary); None otherwise."""
        source = self._ascii_source
        prefix = "(?<![A-Za-z0-9])"
        if source is None or not source.startswith(prefix):
            return None
        if not all(
            _ASCII_ALNUM.fullmatch(a[:1]) and _ASCII_ALNUM.fullmatch(a[-1:])
            for a in (a.casefold() for a in self.aliases)
            if a.isascii()
        ):
            return None
        return re.compile("[^A-Za-z0-9]" + source[len(prefix) :])

    @cached_property
    def holds_join(self) -> bool:
        """Whether an alias holds ``_JOIN`` (then texts are not scanned joined by it); asked once."""
        return any(_JOIN in a for a in self.aliases)

    def finditer(self, text: str) -> Iterator[tuple[int, int, Any]]:
        """Alias matches in ``text`` with their entries; ignored phrases match but yield nothing."""
        pattern = self.pattern
        if text.isascii() and self.lowers:
            # same offsets, keys and matches
            led = self.after_boundary
            if led is not None:  # a boundary before the text: the character before each match is its first
                for m in led.finditer(_JOIN + text.lower()):
                    entry = self.entries.get(alias_key(m.group()[1:]))
                    if entry is not None:
                        yield m.start(), m.end() - 1, entry
                return
            lowered = self.on_ascii or self.on_lower
            if lowered is not None:  # (always, when ``lowers``)
                pattern, text = lowered, text.lower()
        for m in pattern.finditer(text):
            entry = self.entries.get(alias_key(m.group()))
            if entry is not None:
                yield m.start(), m.end(), entry


_JOIN = "\x00"
"""Between texts scanned as one: no alias holds it, and on either side of it an alias starts or ends
as it does at a text's start or end (it is no letter, digit, space or hyphen)."""


def matches_in(matcher: Matcher, texts: Sequence[str]) -> Iterator[tuple[int, int, int, Any]]:
    """``matcher.finditer`` over each of ``texts`` in turn, as (text index, start, end, entry). ASCII
    texts are scanned as one lowercased text (one regex call instead of one a text)."""
    led = matcher.after_boundary
    pattern = matcher.on_ascii if led is None else None
    if (led is None and pattern is None) or matcher.holds_join or not all(t.isascii() for t in texts):
        for i, text in enumerate(texts):
            for start, end, entry in matcher.finditer(text):
                yield i, start, end, entry
        return
    if led is not None:
        # a boundary before the first text: the character before each match is the match's first
        joined = _JOIN + _JOIN.join(texts).lower()
        starts = list(accumulate((len(t) + 1 for t in texts), initial=1))
        for m in led.finditer(joined):
            entry = matcher.entries.get(alias_key(m.group()[1:]))
            if entry is not None:
                start = m.start() + 1
                i = bisect.bisect_right(starts, start) - 1
                yield i, start - starts[i], m.end() - starts[i], entry
        return
    assert pattern is not None
    joined = _JOIN.join(texts).lower()
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    for m in pattern.finditer(joined):
        entry = matcher.entries.get(alias_key(m.group()))
        if entry is not None:
            i = bisect.bisect_right(starts, m.start()) - 1
            yield i, m.start() - starts[i], m.end() - starts[i], entry


class MatcherBuilder:
    """Collects aliases with their entries; the first entry registered for an alias key wins."""

    def __init__(self) -> None:
        self.entries: dict[str, Any] = {}
        self.aliases: list[str] = []

    def add(self, alias: str, entry: Any, *, override: bool = False) -> None:
        """Register an alias (and its plural) for ``entry`` (None: match and ignore)."""
        for variant in variants(alias):
            if override:
                self.entries[alias_key(variant)] = entry
            else:
                self.entries.setdefault(alias_key(variant), entry)
        self.aliases.append(alias)

    def build(self) -> Matcher:
        return Matcher(trie_regex(self.aliases), self.entries, tuple(self.aliases))
