"""Regular expressions made faster without changing what they match.

Python's regex engine tries a pattern at every position of a text; a pattern that opens with
optional groups or a case-insensitive alternation ("(fiscal )?(first|second|...) quarter") gets no
quick skip, so most of its time goes to positions where it cannot match. ``anchored`` adds a
lookahead for the characters a match can start with (computed from the parsed pattern, compiled
with the same flags so case-insensitivity applies to it too): the same matches, groups and spans,
found in about two thirds of the time.
"""

from __future__ import annotations

import bisect
import re
import re._compiler as C_
import re._constants as C
import re._parser as P
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any

MAX_RANGE = 512
"""Character ranges wider than this at a pattern's start are not worth a lookahead."""


_CLASSES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}
_FOLD_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""Characters outside ASCII that match an ASCII letter where case is ignored (dotted and dotless i,
long s, the Kelvin sign)."""
"""Categories a lookahead class can hold as they are (kept as their escape, never as a character)."""


class _Unknown(Exception):
    """An opcode whose first characters are not worked out here: the pattern is left as it is."""


def _sequence(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """First characters of a sequence of opcodes, and whether it can match the empty string."""
    first: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        first |= chars
        if not nullable:
            return first, False
    return first, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is C.LITERAL:
                chars.add(chr(v))
            elif o is C.RANGE and v[1] - v[0] <= MAX_RANGE:
                chars |= {chr(c) for c in range(v[0], v[1] + 1)}
            elif o is C.CATEGORY and v in _CLASSES:
                chars.add(_CLASSES[v])
            else:  # a category such as \w, a negated set, a wide range
                raise _Unknown
        return chars, False
    if op is C.BRANCH:
        first: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, empty = _sequence(branch)
            first |= chars
            nullable |= empty
        return first, nullable
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _sequence(sub)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, empty = _sequence(sub)
        return chars, empty or low == 0
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the next opcode decides
        return set(), True
    raise _Unknown


Rewrite = Callable[[re.Pattern[str]], re.Pattern[str]]


def by_identity(rewrite: Rewrite) -> Rewrite:
    """``rewrite`` made once a pattern object. ``functools.cache`` would hash the pattern on every
    call, and a compiled pattern's hash is worked out from its whole program (half a millisecond
    for a lexicon's alternation of thousands of names), paid once a paragraph or sentence. The
    patterns are kept, so their ids are never reused."""
    made: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    def cached(pattern: re.Pattern[str]) -> re.Pattern[str]:
        hit = made.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            hit = made[id(pattern)] = (pattern, rewrite(pattern))
        return hit[1]

    return cached


def _skips_ahead(parsed: Any, flags: int) -> bool:
    """Whether the engine itself skips to where a match can start: a pattern that opens with a
    literal, a character class or an alternation of literals (case-sensitively), and never matches
    the empty string, gets a prefix or class it scans for (``re._compiler._compile_info``)."""
    try:
        if parsed.getwidth()[0] == 0:
            return False
        prefix, _skip, _all = C_._get_literal_prefix(parsed, flags)
        return bool(prefix) or bool(C_._get_charset_prefix(parsed, flags))
    except (AttributeError, TypeError, ValueError):  # another engine's internals: ask for the lookahead
        return False


def _skipping(parsed: Any, source: str, flags: int, first: set[str]) -> re.Pattern[str] | None:
    """``source`` compiled so that a search skips ahead to the characters ``first`` (every match
    starts with one), as the engine does by itself only for a pattern that opens with a literal or a
    class (``re._compiler._compile_info``; a lookahead in front gets no such skip: the match is tried
    at every position). Matches are the pattern's own (the set only tells a search where to try).
    Where case is ignored the set holds every case of each character (a letter of another script
    with cases: None); None too where the engine's internals differ."""
    if flags & re.LOCALE:
        return None
    chars = {c for c in first if c not in _CLASSES.values()}
    if flags & re.IGNORECASE:
        if any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in chars):
            return None
        cased = {c for c in chars if c.isascii() and c.isalpha()}
        chars |= {c.lower() for c in cased} | {c.upper() for c in cased} | (_FOLD_TO_ASCII if cased else set())
    try:
        items = [(C.CATEGORY, category) for category, escape in _CLASSES.items() if escape in first]
        items += [(C.LITERAL, ord(c)) for c in sorted(chars)]
        charset, _cased = C_._optimize_charset(items)
        low, high = parsed.getwidth()
        code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(low, C_.MAXCODE), min(high, C_.MAXCODE)]
        C_._compile_charset(charset, flags, code)
        code[1] = len(code) - 1  # (the info block's length, as ``_compile_info`` sets it)
        C_._compile(code, parsed.data, flags)
        code.append(C.SUCCESS)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        made: re.Pattern[str] = C_._sre.compile(source, flags, code, parsed.state.groups - 1, groups, tuple(names))
    except (AttributeError, TypeError, ValueError, IndexError, KeyError, re.error):
        return None
    return made


@by_identity
def anchored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` searched by skipping ahead to the characters its matches start with (``_skipping``,
    else behind a lookahead for them); the pattern itself when those cannot be worked out, it can
    match the empty string, or the engine already skips to its first characters."""
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
        first, nullable = _sequence(parsed)
    except _Unknown:
        return pattern
    if _skips_ahead(parsed, pattern.flags):
        return pattern
    if nullable or not first:
        return pattern
    skipping = _skipping(parsed, pattern.pattern, parsed.state.flags | pattern.flags, first)
    if skipping is not None:
        return skipping
    chars = "".join(c if c in _CLASSES.values() else re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


def anchored_source(source: str, flags: int = 0) -> re.Pattern[str]:
    """``anchored(re.compile(source, flags))``, the same pattern, without compiling the pattern
    behind the lookahead first: a lexicon's long patterns are compiled once (a cold start)."""
    try:
        parsed = P.parse(source, flags)
        fixed = parsed.state.flags  # (as ``re.compile`` sets them: Unicode for a str pattern)
        first, nullable = _sequence(parsed)
    except _Unknown:
        return re.compile(source, flags)
    if _skips_ahead(parsed, fixed) or nullable or not first:
        return re.compile(source, flags)
    skipping = _skipping(parsed, source, fixed, first)
    if skipping is not None:
        return skipping
    chars = "".join(c if c in _CLASSES.values() else re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{chars}])(?:{source})", fixed)


def led_by(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` searched by skipping ahead to ``first``, the characters (a class body, ``\\d`` and
    ``\\s`` allowed) every match starts with: ``anchored`` by hand, for patterns whose first
    characters include a class it does not work out. ``first`` must hold every possible first
    character. Behind a lookahead for them where ``_skipping`` cannot make the pattern (the same
    matches, tried at every position)."""
    try:
        chars, _empty = _sequence(P.parse(f"[{first}]", pattern.flags))
        parsed = P.parse(pattern.pattern, pattern.flags)
    except _Unknown:
        chars = set()
    if chars and parsed.getwidth()[0] > 0:
        skipping = _skipping(parsed, pattern.pattern, parsed.state.flags | pattern.flags, chars)
        if skipping is not None:
            return skipping
    return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)


_NOT_TEXT = re.compile(r"\\.|\(\?P[<=]\w+>?|\[A-Za-z(?:0-9)?\]")
"""Escapes, group names and ASCII letter classes: parts of a pattern that mean the same on
lower-cased text without IGNORECASE."""
_CASE_SENSITIVE = re.compile(r"\\[xuUN0-7]|\(\?[aiLmsux-]*[-i]")
"""Escapes that name a character by number, and inline flags: read case by case, never rewritten."""
_FOLDS_TO_ASCII = re.compile(r"[A-Za-z]", re.IGNORECASE)


@by_identity
def _on_lower(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE when that finds the same matches in lower-cased ASCII text,
    else ``pattern`` itself."""
    source = pattern.pattern
    if (
        not pattern.flags & re.IGNORECASE
        or _CASE_SENSITIVE.search(source)
        or any(c.isupper() for c in _NOT_TEXT.sub("", source))
        or any(_FOLDS_TO_ASCII.fullmatch(c) for c in set(source) if not c.isascii())
    ):
        return pattern
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, for lower-cased ASCII text (see ``on_lower``); None where
    that would find other matches."""
    made = _on_lower(pattern)
    return None if made is pattern else made


def on_lower(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """(pattern, text) that find ``pattern``'s matches in ``text`` faster: for ASCII text, the
    pattern without IGNORECASE on the text lower-cased (the same spans, groups and names; the
    matched text in lower case), where the pattern allows it."""
    lowered = _on_lower(pattern)
    if lowered is pattern or not text.isascii():
        return pattern, text
    return lowered, text.lower()


# --- needles: a cheap test before a search ---------------------------------------------------


def _best(found: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The set of needles worth testing for: its shortest needle longest, then the fewest."""
    return max(found, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _needles_of(items: Iterable[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    """Strings one of which every match of a sequence of opcodes holds (lower-cased when ``fold``),
    from its runs of literal characters and the groups and alternations it must pass; None when it
    has none. Lookarounds match nothing of the text, so nothing in them counts."""
    return _best(_needle_sets(items, fold))


def _needle_sets(items: Iterable[tuple[Any, Any]], fold: bool) -> list[frozenset[str]]:
    """The sets of strings of ``_needles_of``, one for each part of the sequence that has one: every
    match holds one string of each set."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower() if fold else chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        sub: frozenset[str] | None = None
        if op is C.BRANCH:
            alternatives = [_needles_of(branch, fold) for branch in av[1]]
            if all(a is not None for a in alternatives):
                sub = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            sub = _needles_of(av[3], fold)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _needles_of(av[2], fold)
        elif op is C.ATOMIC_GROUP:
            sub = _needles_of(av, fold)
        if sub:
            found.append(sub)
    if run:
        found.append(frozenset([run]))
    return found


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds (lower-cased for an IGNORECASE pattern,
    whose test then reads lower-cased ASCII text only); None when none can be worked out, or when
    the pattern ignores case and holds a character that folds to an ASCII letter ("K", the Kelvin
    sign, matches "k")."""
    sets = needle_sets(pattern, 1)
    return sets[0] if sets else None


def needle_sets(pattern: re.Pattern[str], most: int) -> tuple[frozenset[str], ...]:
    """Up to ``most`` sets of ``needles``, the best first, each from another part of the pattern:
    every match holds one string of each ("turn to ... segment" holds a verb and a kind of unit)."""
    fold = bool(pattern.flags & re.IGNORECASE)
    if fold and any(_FOLDS_TO_ASCII.fullmatch(c) for c in set(pattern.pattern) if not c.isascii()):
        return ()
    try:
        found = _needle_sets(P.parse(pattern.pattern, pattern.flags), fold)
    except (re.error, TypeError, ValueError):
        return ()
    ranked = sorted(found, key=lambda n: (min(map(len, n)), -len(n)), reverse=True)
    return tuple(ranked[:most])


def _least(found: frozenset[str]) -> tuple[str, ...]:
    """``found`` without a needle that holds another: that one is found only where the other is."""
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def _shared_start(texts: Sequence[str]) -> str:
    """The longest start every one of ``texts`` opens with."""
    first = min(texts)
    last = max(texts)
    k = 0
    while k < len(first) and first[k] == last[k]:
        k += 1
    return first[:k]


def _looked_for(start: str) -> str:
    """``start`` without its closing spaces, unless that leaves fewer than three characters."""
    bare = start.rstrip(" ")
    return bare if len(bare) >= 3 else start


class Keys:
    """Substrings looked for in every text of a document at once (``holders``): the texts are joined
    and each group of keys that open alike ("next to", "next up", "next caller") is looked for by the
    start they share, one search of the whole document a group (a search a text costs more). An ASCII
    document is not searched for the groups of other scripts, which it cannot hold. A key holding
    another key is not looked for (a text holding it holds the other), and a start is looked for
    without its closing spaces (a search for a string ending in a space, the commonest character,
    skips ahead least)."""

    __slots__ = ("ascii_groups", "groups")

    def __init__(self, keys: Sequence[str], lead: int = 3) -> None:
        by_lead: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            if not any(other != key and other in key for other in keys):
                by_lead.setdefault(key[:lead], []).append(key)
        heads = [(_looked_for(_shared_start(group)), tuple(group)) for group in by_lead.values()]
        self.groups = tuple((head, group, _anchor(head)) for head, group in heads)
        """(what is looked for, the keys it may open, where it holds a character rare in text or -1)."""
        self.ascii_groups = tuple(group for group in self.groups if group[0].isascii())
        """The groups an ASCII text may hold (the keys of a group all open with what it looks for)."""

    def holders(self, texts: Sequence[str]) -> set[int]:
        """Indices of the texts that hold one of the keys (none of which holds a NUL)."""
        joined = "\x00".join(texts)  # a key found lies inside one text
        starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
        found: set[int] = set()
        for head, keys, k in self.ascii_groups if joined.isascii() else self.groups:
            if k >= 0:  # looked for by its rare character, then read in place
                c = head[k]
                at = joined.find(c, k)
                while at >= 0:
                    pos = at - k
                    if joined.startswith(head, pos) and (keys[0] == head or joined.startswith(keys, pos)):
                        i = bisect.bisect_right(starts, pos) - 1
                        found.add(i)
                        at = joined.find(c, starts[i + 1] + k)  # the next text
                    else:
                        at = joined.find(c, at + 1)
                continue
            pos = joined.find(head)
            while pos >= 0:
                if keys[0] == head or joined.startswith(keys, pos):
                    i = bisect.bisect_right(starts, pos) - 1
                    found.add(i)
                    pos = joined.find(head, starts[i + 1])  # the next text
                else:
                    pos = joined.find(head, pos + 1)
        return found


# Punctuation rare in running text: a key holding one ("writes:", ': "') is found fastest by it (a
# search for one character skips ahead at memory speed; one for a word stops at every space).
RARE_CHARS = frozenset(':;"“”<>[]|')


def _anchor(head: str) -> int:
    """Where ``head`` holds one of RARE_CHARS (the first), or -1."""
    return next((k for k, c in enumerate(head) if c in RARE_CHARS), -1)


_LAST_LOWERED: tuple[str, str] = ("", "")
"""The last window ``Sifted`` lower-cased, and its lower case (rebound as one pair: threads may share
it): the patterns of a list (an operator's lines, a sentence's forward words) are often tried one
after another on the same text."""


class Sifted:
    """A pattern that first tests whether the text holds one of its ``needles``: a search of a
    window that holds none (most windows) returns None at once; every other call is the pattern's.

    For an IGNORECASE pattern the test reads the lower-cased text and is made for ASCII text only
    (other scripts case-fold otherwise); the pattern itself decides the rest. Worth it for a slow
    pattern (a long alternation that ignores case, one with no quick start) searched in short
    windows."""

    __slots__ = ("_ascii", "_fold", "_more", "_needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], gates: int = 1) -> None:
        """``gates``: how many sets of needles a window must hold one of each (``needle_sets``); a
        second set pays where most windows hold a needle of the first."""
        self.pattern = pattern
        sets = [_least(found) for found in needle_sets(pattern, gates)]
        least = sets[0] if sets else ()
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._needles = least or None
        """Every needle, for text of any script (case-sensitive patterns only)."""
        self._ascii = tuple(n for n in least if n.isascii()) if least else None
        """The needles ASCII text can hold (none: no ASCII text holds a match)."""
        self._more = tuple((more, tuple(n for n in more if n.isascii())) for more in sets[1:])
        """The other sets (every needle, the ASCII ones)."""

    def ascii_sets(self) -> tuple[bool, tuple[tuple[str, ...], ...]] | None:
        """For ASCII text, (whether the needles are looked for in the lower-cased text, the sets a
        text must hold a needle of each of); None when any ASCII text may hold a match. Lets a caller
        with many patterns look for the needles they share once a text."""
        if self._ascii is None:
            return None
        return self._fold, (self._ascii, *(ascii for _every, ascii in self._more))

    @property
    def reads_ascii(self) -> bool:
        """Whether an ASCII text may hold a match (not when every needle is of another script)."""
        return self._ascii is None or bool(self._ascii)

    def anywhere(self, text: str) -> bool:
        """Whether some part of ``text`` may hold a match: when not, every search of a window of it returns None,
        so a caller that searches each sentence of a paragraph asks the paragraph once."""
        return self._may_hold(text, 0, len(text))

    def _may_hold(self, text: str, pos: int, endpos: int) -> bool:
        """Whether ``text[pos:endpos]`` holds a needle of each set (or the test does not apply)."""
        found = self._ascii
        if found is None:
            return True
        # the window as the pattern reads it: from 0 at the least
        window = text[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
        if window.isascii():
            if not found:
                return False
            if self._fold:
                global _LAST_LOWERED
                last = _LAST_LOWERED
                if window is last[0]:
                    window = last[1]
                else:
                    _LAST_LOWERED = (window, window := window.lower())
            for needle in found:
                if needle in window:
                    break
            else:
                return False
            return not self._more or all(any(map(window.__contains__, ascii)) for _every, ascii in self._more)
        if self._fold:
            return True
        return any(map(window.__contains__, self._needles or ())) and (
            not self._more or all(any(map(window.__contains__, every)) for every, _ascii in self._more)
        )

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._ascii
        if found is not None:  # (``_may_hold`` written out: the most frequent call)
            window = text[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
            if window.isascii():
                if not found:
                    return None
                if self._fold:
                    global _LAST_LOWERED
                    last = _LAST_LOWERED
                    if window is last[0]:
                        window = last[1]
                    else:
                        _LAST_LOWERED = (window, window := window.lower())
                for needle in found:
                    if needle in window:
                        break
                else:
                    return None
                if self._more and not self._may_hold(text, pos, endpos):
                    return None
            elif not self._fold and not self._may_hold(text, pos, endpos):
                return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_hold(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._may_hold(text, pos, endpos) else []


SENTENCE_LEAD = r"(?:^|(?<=[.!?]\s))"
"""How a pattern opens that matches only at a sentence's start: the text's start, or after a closing mark and a
space."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_SENTENCE_BREAK_ASCII = re.compile(r"[.!?]\s", re.ASCII)
_LOOKAHEAD_OPEN = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:")
"""The lookahead ``anchored`` puts before a pattern, and the group it wraps the pattern in."""
_LAST_STARTS: tuple[str, bool, list[int]] = ("", False, [0])
"""The last text whose sentence starts were found (whether ``\\s`` read ASCII only), and those starts; rebound as
one triple (threads may share it): a paragraph is read by several such patterns in turn."""


def _sentence_led(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts where ``SENTENCE_LEAD`` holds (it opens the whole pattern, maybe
    behind an ``anchored`` lookahead) and none is empty."""
    source = pattern.pattern
    led = _LOOKAHEAD_OPEN.match(source)
    body = source[led.end() : -1] if led is not None and source.endswith(")") else source
    if pattern.flags & re.MULTILINE or not body.startswith(SENTENCE_LEAD):
        return False
    try:
        parsed = P.parse(body, pattern.flags)
    except re.error:
        return False
    # (one item only: an alternation at the top, whose other branches the lead does not open)
    return len(parsed) > 1 and parsed.getwidth()[0] > 0


class AtSentenceStarts:
    """A pattern that opens with ``SENTENCE_LEAD`` tried only at the text's sentence starts: the engine would try
    it at every position, and a paragraph has a few sentences and hundreds of positions. The same matches as the
    pattern's own ``search`` and ``finditer`` (a lookbehind reads the text before ``pos`` too). ``sift``: first
    test the window for the pattern's needles (``Sifted``)."""

    __slots__ = ("_ascii_space", "_gate", "pattern")

    def __init__(self, pattern: re.Pattern[str], sift: bool = False) -> None:
        if not _sentence_led(pattern):
            raise ValueError(f"not led by a sentence start throughout: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self._gate = Sifted(pattern) if sift else None
        self._ascii_space = bool(pattern.flags & re.ASCII)

    def _starts(self, text: str) -> list[int]:
        """Where a match may start in ``text``, in order."""
        global _LAST_STARTS
        last = _LAST_STARTS
        if last[0] is text and last[1] == self._ascii_space:
            return last[2]
        breaks = _SENTENCE_BREAK_ASCII if self._ascii_space else _SENTENCE_BREAK
        starts = [0, *(m.end() for m in breaks.finditer(text))]  # (two breaks never overlap)
        _LAST_STARTS = (text, self._ascii_space, starts)
        return starts

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._gate is not None and not self._gate._may_hold(text, pos, endpos):
            return iter(())
        return self._found(text, pos, endpos)

    def _found(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        starts = self._starts(text)
        lo = pos if pos > 0 else 0
        hi = endpos if endpos < len(text) else len(text)
        match = self.pattern.match
        done = lo  # (where the last match ended: a later one starts there at the earliest)
        for at in starts[bisect.bisect_left(starts, lo) :]:
            if at > hi:
                break
            if at < done:
                continue
            m = match(text, at, endpos)
            if m is not None:
                yield m
                done = m.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)



class Led:
    """A pattern tried at a position (``match``) only where the text's character there can open a
    match: the characters every match starts with are worked out from the parsed pattern (as for
    ``anchored``), and a text that opens with another one is answered at once. Most lines of a
    document open with a letter that no line shape (a bullet, a timestamp, a heading mark) does.
    A pattern that ignores case, can match the empty string or opens in a way not worked out here
    is always tried."""

    __slots__ = ("_digit", "_first", "_space", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._first: frozenset[str] | None = None
        self._digit = self._space = False
        if pattern.flags & re.IGNORECASE:
            return
        try:
            first, nullable = _sequence(P.parse(pattern.pattern, pattern.flags))
        except (_Unknown, re.error):
            return
        if nullable or not first:
            return
        self._digit = _CLASSES[C.CATEGORY_DIGIT] in first  # (a digit of any script: ``str.isdigit`` holds them all)
        self._space = _CLASSES[C.CATEGORY_SPACE] in first
        self._first = frozenset(first - set(_CLASSES.values()))

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        first = self._first
        if first is not None:
            c = text[pos : pos + 1] if pos > 0 else text[:1]
            if c not in first and not (self._digit and c.isdigit()) and not (self._space and c.isspace()):
                return None
        return self.pattern.match(text, pos, endpos)
