"""Statements of a document's presentation currency (currencies.yaml), compiled once."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, fail, section, strings
from finbrief.text.script import to_simplified

_FILE = "currencies.yaml"
_LANGS = ("en", "zh")
_FOLD_APART = ("\u017f", "\u0131")
"""Letters IGNORECASE matches to "s" and "i" that lower-casing leaves apart ("ſ", "ı"): a text holding one is
read without the word tests."""


@dataclass(frozen=True)
class Presentation:
    """The statement frames of one language and the currency each name of a currency stands for."""

    statements: re.Pattern[str] | None
    """Any frame with any name in it; the frame's one named group that matched holds the name."""
    codes: tuple[tuple[re.Pattern[str], str], ...]
    """(name, ISO code): the first name that matches the whole of ``cur`` says its code."""
    hints: tuple[str, ...] = ()
    """Words one of which every name holds: a text with none of them states no currency (a cheap pass)."""
    fold: bool = False
    """Look for the hints in the lower-cased text (English)."""
    leads: tuple[tuple[str, bool, tuple[tuple[tuple[str, ...], ...], ...]], ...] = ()
    """(word, whether it opens every frame it leads, the other groups of each of them): a text holding none of them
    with a word of each group of one of its frames states no currency (looked for before the hints: a call says
    "dollar" seldom, "all" often)."""
    before: re.Pattern[str] | None = None
    """What a statement's start holds to (its lookbehind): a word opening its frame counts only where it holds."""

    def currency(self, text: str) -> str | None:
        """ISO code of the first presentation currency ``text`` states, None when it states none."""
        return self._stated(text) if self._named(text) else None

    def first(self, texts: Sequence[str]) -> str | None:
        """ISO code of the first presentation currency ``texts`` state, trying the frames only on the
        texts that hold a hint (found over the whole document at once: a call has a hundred paragraphs)."""
        if self.statements is None:
            return None
        if not self.hints:
            return next((c for c in map(self._stated, texts) if c is not None), None)
        joined = "\x00".join(texts)
        seen = joined.lower() if self.fold else joined
        if len(seen) != len(joined):  # a letter whose lower case is longer: offsets differ, go text by text
            return next((c for c in map(self.currency, texts) if c is not None), None)
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        if self.leads:
            if self.fold and any(c in seen for c in _FOLD_APART):
                return next((c for c in map(self._stated, texts) if c is not None), None)
            hit = self._framed(joined, seen, starts, texts)
            return next((c for i in sorted(hit) if (c := self._stated(texts[i])) is not None), None)
        hit = set()
        for hint in self.hints:
            at = seen.find(hint)
            while at != -1:
                hit.add(bisect_right(starts, at) - 1)
                at = seen.find(hint, at + 1)
        return next((c for i in sorted(hit) if (c := self._stated(texts[i])) is not None), None)

    def _framed(self, joined: str, seen: str, starts: list[int], texts: Sequence[str]) -> set[int]:
        """Indices of the texts (at ``starts`` in ``joined``, ``seen`` its lower case) holding the words of a frame
        and a hint ("call" holds no "all" that opens a statement)."""
        hit: set[int] = set()
        for word, opens, rests in self.leads:
            at = seen.find(word)
            while at != -1:
                if opens and self.before is not None and self.before.match(joined, at) is None:
                    at = seen.find(word, at + 1)
                    continue
                i = bisect_right(starts, at) - 1
                end = starts[i] + len(texts[i])
                part = seen[starts[i] : end]
                if any(all(any(w in part for w in group) for group in rest) for rest in rests) and any(
                    h in part for h in self.hints
                ):
                    hit.add(i)
                at = seen.find(word, end)
        return hit

    def _named(self, text: str) -> bool:
        """Whether ``text`` holds a hint, without which it names no currency."""
        if not self.hints:
            return True
        seen = text.lower() if self.fold else text
        return any(h in seen for h in self.hints)

    def _stated(self, text: str) -> str | None:
        if self.statements is None:
            return None
        m = self.statements.search(text)
        if m is None:
            return None
        named = next(v for v in m.groupdict().values() if v)
        return next((code for name, code in self.codes if name.fullmatch(named)), None)


def _compile(pattern: str, flags: int, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as e:
        raise fail(_FILE, where, f"bad pattern ({e})") from None


@cache
def presentation(lang: str) -> Presentation:
    """The statements of presentation currency of ``lang`` ("en", or "zh" for simplified text)."""
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("names", "hints", "statements", "needs"))
    flags = re.IGNORECASE if lang == "en" else 0
    hints_data = section(data, "hints", _FILE, dict)
    check_keys(hints_data, _FILE, "hints", _LANGS)
    hints = tuple(strings(hints_data.get(lang), _FILE, f"hints: {lang}"))
    names: list[tuple[str, str]] = []
    for code, entry in section(data, "names", _FILE, dict).items():
        where = f"names: {code}"
        check_keys(entry, _FILE, where, _LANGS)
        for name in strings(entry.get(lang), _FILE, f"{where}: {lang}"):
            if lang == "zh" and to_simplified(name) != name:
                raise fail(_FILE, where, f"write Chinese names in simplified Chinese: {name!r}")
            plain = name.replace("\\", "").lower() if lang == "en" else name
            if hints and not any(h in plain for h in hints):
                raise fail(_FILE, where, f"the name {name!r} holds none of the hints of {lang!r}")
            names.append((name.replace(" ", r"\s+") if lang == "en" else name, str(code)))
    statements = section(data, "statements", _FILE, dict)
    check_keys(statements, _FILE, "statements", _LANGS)
    frames = strings(statements.get(lang), _FILE, f"statements: {lang}")
    if not frames or not names:
        return Presentation(None, ())
    # longer names first, so that "新台币" is not read as "台币" and "US$" not as "$"
    alternation = "|".join(n for n, _ in sorted(names, key=lambda x: -len(x[0])))
    alternatives = []
    for i, frame in enumerate(frames):
        if "{cur}" not in frame:
            raise fail(_FILE, f"statements: {lang}: {i}", "a frame needs {cur} where the currency is named")
        alternatives.append("(?:" + frame.replace("{cur}", f"(?P<cur{i}>{alternation})") + ")")
    edge = (r"(?<![\w-])", r"(?![A-Za-z])") if lang == "en" else ("", "")
    pattern = _compile(edge[0] + "(?:" + "|".join(alternatives) + ")" + edge[1], flags, f"statements: {lang}")
    codes = tuple((_compile(n, flags, f"names: {c}"), c) for n, c in names)
    before = _compile(edge[0], flags, f"statements: {lang}") if edge[0] else None
    return Presentation(pattern, codes, hints, lang == "en", _leads(data, lang, frames), before)


def _leads(
    data: Mapping[str, Any], lang: str, frames: Sequence[str]
) -> tuple[tuple[str, bool, tuple[tuple[tuple[str, ...], ...], ...]], ...]:
    """The words of `needs` by the word leading each frame's groups (a word leading two frames is looked for once)."""
    needs = section(data, "needs", _FILE, dict)
    check_keys(needs, _FILE, "needs", _LANGS)
    rows = needs.get(lang) or []
    if not rows:
        return ()
    if not isinstance(rows, list) or len(rows) != len(frames):
        raise fail(_FILE, f"needs: {lang}", f"expected a list of {len(frames)} rows, one a frame")
    by_word: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    opens: dict[str, bool] = {}
    for i, (row, frame) in enumerate(zip(rows, frames, strict=True)):
        where = f"needs: {lang}: {i}"
        if not isinstance(row, list) or not row:
            raise fail(_FILE, where, "expected a list of groups of words")
        groups = tuple(strings(g, _FILE, where) for g in row)
        plain = frame.replace("\\", "").lower()
        for word in (w for g in groups for w in g):
            if word != word.lower() or word not in plain:
                raise fail(_FILE, where, f"{word!r} is not a lower-case word of the frame")
        for word in groups[0]:
            by_word.setdefault(word, []).append(groups[1:])
            opens[word] = opens.get(word, True) and groups[0] == (word,) and _opens(frame, word)
    return tuple((w, opens[w], tuple(rests)) for w, rests in by_word.items())


def _opens(frame: str, word: str) -> bool:
    """Whether every match of ``frame`` starts with ``word``: the frame begins with it, then white space, and
    has no alternative outside its groups."""
    if not (word.isalpha() and frame.startswith(word + "\\s")):
        return False
    depth, klass, i = 0, False, 0
    while i < len(frame):
        c = frame[i]
        if c == "\\":
            i += 1
        elif klass:
            klass = c != "]"
        elif c == "[":
            klass = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True
