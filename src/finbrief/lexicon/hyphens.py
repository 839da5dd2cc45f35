"""Line-end hyphens (lexicon/hyphens.yaml): the words known on their own and the compounds' first parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, strings

_FILE = "hyphens.yaml"
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# A regular expression's marks: its letters are no words ("refinanc(?:e|ed|ing)").
_PATTERN_RE = re.compile(r"[()\[\]?|\\*+{}^$]")


@dataclass(frozen=True)
class Vocabulary:
    """Lower-case English words the lexicons write, alone and as hyphenated compounds."""

    words: frozenset[str]
    compounds: frozenset[str]


def _data() -> dict[str, Any]:
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("keep_prefixes", "keep_suffixes", "word_endings", "vocabulary"))
    return data


@cache
def keep_prefixes() -> frozenset[str]:
    """First parts after which a line-end hyphen makes a compound, not a broken word."""
    return frozenset(p.casefold() for p in strings(_data().get("keep_prefixes"), _FILE, "keep_prefixes"))


@cache
def keep_suffixes() -> frozenset[str]:
    """Second parts before which a line-end hyphen makes a compound, not a broken word."""
    return frozenset(p.casefold() for p in strings(_data().get("keep_suffixes"), _FILE, "keep_suffixes"))


@cache
def word_endings() -> frozenset[str]:
    """Second parts that only end a word: a line-end hyphen before one was the wrap's."""
    return frozenset(p.casefold() for p in strings(_data().get("word_endings"), _FILE, "word_endings"))


def _texts(value: Any) -> Iterator[str]:
    """Every string (keys too) inside a parsed YAML value, but regular expressions."""
    if isinstance(value, str):
        if _PATTERN_RE.search(value) is None:
            yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(k)
            yield from _texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v)


@cache
def vocabulary() -> Vocabulary:
    """The English words and compounds of the lexicon files ``vocabulary`` lists."""
    words: set[str] = set()
    compounds: set[str] = set()
    for name in strings(_data().get("vocabulary"), _FILE, "vocabulary"):
        for text in _texts(files.load(name)):
            for w in _WORD_RE.findall(text.casefold()):
                if "-" in w:
                    compounds.add(w)
                    words.update(w.split("-"))
                else:
                    words.add(w)
    return Vocabulary(frozenset(words), frozenset(compounds))
