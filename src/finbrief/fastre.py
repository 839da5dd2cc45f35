"""Case-insensitive patterns searched case-sensitively in the lower case of ASCII text.

Python's regex engine skips ahead to where a match can start (a literal prefix, a set of first
characters) only for a case-sensitive pattern: a pattern that ignores case is tried at every
position of the text. On ASCII text, lower-casing the text and the pattern's letters gives the same
matches at the same offsets (``str.lower`` keeps an ASCII text's length, and the engine reads a
character that ignores case by its lower case), found several times faster by a search that skips.
``Fast`` is such a pattern with the interface callers use: it finds where a match starts in the
lower-cased text and returns the match the pattern itself makes there, on the original text, so
groups, spans and the matched text are the caller's as before. Other texts, and patterns whose
rewriting is not shown to match the same (see ``lowered``), are searched as they are. The same scan
serves a pattern that opens with a lookaround or a word boundary, which also keeps the engine from
skipping ahead: the scan reads the pattern without it.
"""

from __future__ import annotations

import re
import re._compiler as C_
import re._constants as C
import re._parser as P
import sys
from collections.abc import Iterator
from typing import Any, cast

__all__ = ["Fast", "fast", "lower_ascii", "lowered"]

_KEEP_CASE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
"""What lower-casing a pattern's source leaves as it is: escapes (``\\S`` is not ``\\s``) and group names."""
_NOT_LOWERABLE = re.compile(r"\(\?[aiLmsux-]|\\[0-7xuUNpP]")
"""Inline flags and escapes written by code point: a pattern with them is not rewritten."""
_FOLD_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""Characters outside ASCII that match an ASCII letter when case is ignored (dotted and dotless i,
long s, the Kelvin sign): a pattern holding one matches ASCII text the lower case cannot show."""
_WIDE = 0x3000
"""A character range wider than this is compared as it is written, not character by character."""


class _Differs(Exception):
    """The rewritten pattern may match otherwise than the original: it is not used."""


def _chars(code: int, fold: bool) -> str:
    """A pattern's character as the engine compares it: its lower case when case is ignored."""
    c = chr(code)
    if not fold:
        return c
    if c in _FOLD_TO_ASCII:
        raise _Differs
    low = c.lower()
    return low if len(low) == 1 else c


def _set(items: list[tuple[Any, Any]], fold: bool) -> tuple[Any, ...]:
    """A character class as the set of characters (and categories) it holds."""
    chars: set[str] = set()
    other: list[Any] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.add(_chars(av, fold))
        elif op is C.RANGE and av[1] - av[0] <= _WIDE:
            chars |= {_chars(code, fold) for code in range(av[0], av[1] + 1)}
        elif op is C.RANGE:
            if fold and any(av[0] <= ord(c) <= av[1] for c in _FOLD_TO_ASCII):
                raise _Differs
            other.append(("range", av))
        else:  # NEGATE, CATEGORY
            other.append((str(op), av))
    return (frozenset(chars), tuple(sorted(map(repr, other))))


def _canon(items: Any, fold: bool) -> tuple[Any, ...]:
    """A parsed pattern as nested tuples, its characters as the engine compares them."""
    out: list[Any] = []
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            out.append((str(op), _chars(av, fold)))
        elif op is C.IN:
            out.append((str(op), _set(av, fold)))
        elif op is C.BRANCH:
            out.append((str(op), tuple(_canon(b, fold) for b in av[1])))
        elif op is C.SUBPATTERN:
            out.append((str(op), av[0], av[1], av[2], _canon(av[3], fold)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out.append((str(op), av[0], av[1], _canon(av[2], fold)))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            out.append((str(op), av[0], _canon(av[1], fold)))
        elif op is C.ATOMIC_GROUP:
            out.append((str(op), _canon(av, fold)))
        elif op is C.GROUPREF_EXISTS:
            out.append((str(op), av[0], _canon(av[1], fold), None if av[2] is None else _canon(av[2], fold)))
        elif op in (C.ANY, C.AT, C.GROUPREF):
            out.append((str(op), str(av)))
        else:
            raise _Differs
    return tuple(out)


def _lower_source(source: str) -> str:
    """``source`` with its letters lower-cased, except in escapes and group names."""
    parts: list[str] = []
    at = 0
    for m in _KEEP_CASE.finditer(source):
        parts += [source[at : m.start()].lower(), m.group()]
        at = m.end()
    parts.append(source[at:].lower())
    return "".join(parts)


def _lowered_tree(pattern: re.Pattern[str]) -> tuple[P.SubPattern, int] | None:
    """The parsed form of ``lowered(pattern)`` and its flags (None where there is none)."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not isinstance(source, str) or _NOT_LOWERABLE.search(source):
        return None
    flags = pattern.flags & ~re.IGNORECASE
    try:
        low = P.parse(_lower_source(source), flags)
        if _canon(P.parse(source, pattern.flags), True) == _canon(low, False):
            return low, flags
    except (_Differs, re.error, AttributeError, TypeError, ValueError, RecursionError):
        pass
    return None


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (which ignores case) for lower-cased ASCII text: its letters lower-cased and
    compiled case-sensitively, when its parsed form then reads every character as the original does
    (the same matches at the same offsets); None when that is not shown, or the pattern is
    case-sensitive."""
    made = _lowered_tree(pattern)
    return None if made is None else re.compile(_lower_source(pattern.pattern), made[1])


_LAST: tuple[str, str] = ("", "")
"""The text last lower-cased, and its lower case (one pair, rebound at once: threads may share it)."""


def lower_ascii(text: str) -> str:
    """``text`` lower-cased, kept for the last text asked (a paragraph or window is searched by many
    patterns one after another)."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST = (text, low)
    return low


_REFERS = (C.GROUPREF, C.GROUPREF_EXISTS)
_STARTS = (C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BEGINNING_LINE)
"""Anchors to a text's (or line's) start: a pattern opening with one is never searched without it."""


def _refers(items: Any) -> bool:
    """Whether a parsed pattern refers back to a group (then no part of it is dropped)."""
    return _holds(items, lambda op, av: op in _REFERS)


def _holds(items: Any, test: Any) -> bool:
    """Whether an opcode of a parsed pattern, at any depth, passes ``test(op, av)``."""
    for op, av in items:
        if test(op, av):
            return True
        for sub in av if isinstance(av, (list, tuple)) else (av,):
            if isinstance(sub, P.SubPattern) and _holds(sub, test):
                return True
            if isinstance(sub, list) and any(isinstance(b, P.SubPattern) and _holds(b, test) for b in sub):
                return True
    return False


def _at_start(op: Any, av: Any) -> bool:
    """Whether a parsed opcode anchors to a start (see ``_STARTS``)."""
    return op is C.AT and av in _STARTS


def _check(item: tuple[Any, Any], state: Any) -> bool:
    """Whether a parsed item matches no character and is no anchor to a start: a lookaround, a word
    boundary, a group of them."""
    if item[0] not in (C.ASSERT, C.ASSERT_NOT, C.AT, C.BRANCH, C.SUBPATTERN):
        return False
    one = P.SubPattern(state, [item])
    return one.getwidth() == (0, 0) and not _holds(one, _at_start)


def _unled(parsed: P.SubPattern) -> P.SubPattern:
    """``parsed`` without the zero-width checks it opens with (lookarounds, word boundaries, a
    group of them), also at the start of a group it opens with: it matches wherever ``parsed`` does
    (and maybe elsewhere), and the engine can skip ahead to its first characters."""
    data = list(parsed.data)
    while data and _check(data[0], parsed.state):
        data.pop(0)
    if data and data[0][0] is C.SUBPATTERN and not data[0][1][1] and not data[0][1][2]:
        group, add, drop, sub = data[0][1]
        data[0] = (C.SUBPATTERN, (group, add, drop, _unled(sub)))
    return P.SubPattern(parsed.state, data)


def _skips(parsed: P.SubPattern, flags: int) -> bool:
    """Whether the engine skips to where a match of ``parsed`` can start (a literal prefix or a set
    of first characters, found only for a case-sensitive pattern that never matches empty)."""
    if parsed.getwidth()[0] == 0:
        return False
    prefix, _skip, _all = C_._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(C_._get_charset_prefix(parsed, flags))


def _needs_other_script(items: Any) -> bool:
    """Whether every match of a parsed sequence holds a character outside ASCII (a literal or a
    class of such characters that the sequence must pass): it never matches ASCII text."""
    for op, av in items:
        if op is C.LITERAL and av > 0x7F:
            return True
        if op is C.IN and all((o is C.LITERAL and v > 0x7F) or (o is C.RANGE and v[0] > 0x7F) for o, v in av):
            return True
        if op is C.SUBPATTERN and _needs_other_script(av[3]):
            return True
    return False


def _ascii_only(parsed: P.SubPattern) -> P.SubPattern:
    """``parsed`` without the alternatives no ASCII text can match (Chinese words beside English
    ones): on ASCII text the same matches, with fewer alternatives tried at every offset."""
    data: list[Any] = []
    for op, av in parsed.data:
        if op is C.BRANCH:
            kept = [_ascii_only(b) for b in av[1] if not _needs_other_script(b)]
            data.append((op, (av[0], kept or av[1])))
        elif op is C.SUBPATTERN:
            data.append((op, (*av[:3], _ascii_only(av[3]))))
        else:
            data.append((op, av))
    return P.SubPattern(parsed.state, data)


def _first_chars(items: Any) -> tuple[set[str], bool] | None:
    """The characters a match of a parsed sequence starts with, and whether it can match empty;
    None when they are not worked out here."""
    first: set[str] = set()
    for op, av in items:
        chars: set[str] | None = None
        empty = False
        if op is C.LITERAL:
            chars = {chr(av)}
        elif op is C.IN:
            if not all(o is C.LITERAL or (o is C.RANGE and v[1] - v[0] <= _WIDE) for o, v in av):
                return None  # (a category, a negated class, a wide range)
            chars = set()
            for o, v in av:
                chars |= {chr(v)} if o is C.LITERAL else {chr(c) for c in range(v[0], v[1] + 1)}
        elif op is C.BRANCH:
            chars = set()
            for branch in av[1]:
                sub = _first_chars(branch)
                if sub is None:
                    return None
                chars |= sub[0]
                empty |= sub[1]
        elif (op is C.SUBPATTERN and not av[1] and not av[2]) or op is C.ATOMIC_GROUP:
            sub = _first_chars(av[3] if op is C.SUBPATTERN else av)
            if sub is None:
                return None
            chars, empty = sub
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub = _first_chars(av[2])
            if sub is None:
                return None
            chars, empty = sub[0], sub[1] or av[0] == 0
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            chars, empty = set(), True
        else:
            return None
        first |= chars
        if not empty:
            return first, False
    return first, True


def _led(parsed: P.SubPattern) -> P.SubPattern | None:
    """``parsed`` behind a lookahead for the characters its matches start with: each offset is then
    passed on one test of a class (None when those are not worked out)."""
    found = _first_chars(parsed.data)
    if found is None or found[1] or not found[0]:
        return None
    ahead = P.SubPattern(parsed.state, [(C.IN, [(C.LITERAL, ord(c)) for c in sorted(found[0])])])
    return P.SubPattern(parsed.state, [(C.ASSERT, (1, ahead)), *parsed.data])


def _locator(parsed: P.SubPattern, flags: int) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches wherever ``parsed`` (read on lower-cased ASCII text)
    does, maybe at more offsets (each is tried with the pattern itself), and that the engine passes
    over text quickly: the pattern without the alternatives ASCII text cannot match, when the engine
    skips ahead for it; else also without the checks it opens with (lookarounds, word boundaries),
    when it skips ahead for that; else that behind a lookahead for its first characters. None where
    none is made."""
    try:
        parsed = _ascii_only(parsed)
        if parsed.data and _holds(parsed.data[:1], _at_start):
            return None  # (the engine tries a pattern anchored to the text's start there only)
        if _skips(parsed, flags):
            return C_.compile(parsed, flags)
        if _refers(parsed):
            return None
        unled = _unled(parsed)
        if len(unled.data) and _skips(unled, flags):
            return C_.compile(unled, flags)
        led = _led(unled)
        if led is not None:
            return C_.compile(led, flags)
    except (re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        pass
    return None


SHORT = 48
"""A window shorter than this is searched with the pattern itself: lower-casing it and trying the
match again cost more than the scan saves."""


class Fast:
    """A case-insensitive pattern searched by a quick scan for where its matches can start, in the
    lower case of an ASCII text (see the module's docstring and ``_locator``). Each offset the scan
    finds is tried with the pattern itself, so the matches are the pattern's own, on the text given.
    Other texts, short windows, and patterns no scan is made for are searched as they are. Reads as
    the compiled pattern does (source, flags, groups), so it stands where one is expected."""

    __slots__ = ("_made", "_scan", "compiled")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._scan: re.Pattern[str] | None = None
        """The scan for lower-cased ASCII text (made at the first search that reads one)."""
        self._made = False

    def _make(self) -> re.Pattern[str] | None:
        """``_scan``, made (never for a pattern that matches empty: the matches after an empty one are
        not worked out here)."""
        made = _lowered_tree(self.compiled)
        if made is not None and made[0].getwidth()[0] > 0:
            self._scan = _locator(*made)
        self._made = True
        return self._scan

    def __getattr__(self, name: str) -> Any:
        if name == "compiled":
            raise AttributeError(name)
        return getattr(self.compiled, name)  # (``pattern``, ``flags``, ``groups``, ``groupindex``, ...)

    def _reads(self, text: str, pos: int, endpos: int) -> re.Pattern[str] | None:
        """The scan for this search (None: the pattern itself searches)."""
        if (endpos if endpos < len(text) else len(text)) - pos < SHORT or not text.isascii():
            return None
        return self._scan if self._made else self._make()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        scan = self._reads(text, pos, endpos)
        if scan is None:
            return self.compiled.search(text, pos, endpos)
        return next(self._found(scan, text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        scan = self._reads(text, pos, endpos)
        if scan is None:
            return self.compiled.finditer(text, pos, endpos)
        return self._found(scan, text, pos, endpos)

    def _found(self, scan: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches from ``pos`` on, each searched for from where the last ended (none is empty)."""
        read = lower_ascii(text)
        match = self.compiled.match
        at = scan.search(read, pos, endpos)
        while at is not None:
            start = at.start()
            m = match(text, start, endpos)
            if m is None:
                at = scan.search(read, start + 1, endpos)
                continue
            yield m
            at = scan.search(read, m.end(), endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        scan = self._reads(text, pos, endpos)
        if scan is None:
            return self.compiled.findall(text, pos, endpos)
        groups = self.compiled.groups
        found = self._found(scan, text, pos, endpos)
        if groups == 0:
            return [m.group() for m in found]
        if groups == 1:
            return [m.group(1) or "" for m in found]
        return [m.groups("") for m in found]


def fast(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` searched by ``Fast``'s quick scan where one helps (as it is elsewhere), typed as
    the pattern it stands for."""
    return cast("re.Pattern[str]", Fast(compiled))
