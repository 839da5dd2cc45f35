"""Words around a number that make it something other than a financial figure (numbers.yaml)."""

from __future__ import annotations

from functools import cache

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, strings

_FILE = "numbers.yaml"


def _words(key: str) -> tuple[str, ...]:
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("version_prefixes", "reference_words", "physical_units"))
    return strings(data.get(key), _FILE, key)


@cache
def version_prefixes() -> tuple[str, ...]:
    """Product or model names followed by a version ("Qwen 3", "GPT-4", "iPhone 16")."""
    return _words("version_prefixes")


@cache
def reference_words() -> tuple[str, ...]:
    """Page, slide, section and similar references ("slide 24", "第5页")."""
    return _words("reference_words")


@cache
def physical_units() -> tuple[str, ...]:
    """Measures written right after a figure ("5万吨", "120万千瓦", "2GWh"): a quantity, never money."""
    return _words("physical_units")
