"""Reading lexicon files: each parsed once per process, checked against its schema on the way."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The safe loader, in C where PyYAML was built with libyaml (the same data, several times faster)."""


class LexiconError(ValueError):
    """A lexicon file is missing, not YAML, or breaks its schema: the message names file and entry."""


@cache
def load(name: str) -> dict[str, Any]:
    """One lexicon file's data (a mapping), parsed once: read-only for the life of the process."""
    try:
        text = files("finbrief").joinpath("lexicon", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"lexicon/{name}: file not found") from None
    try:
        data = yaml.load(text, Loader=_LOADER)  # (a safe loader)
    except yaml.YAMLError as e:
        raise LexiconError(f"lexicon/{name}: not valid YAML ({e})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon/{name}: the top level must be a mapping")
    return data


def fail(file: str, where: str, problem: str) -> LexiconError:
    """An error naming the file, the entry and the problem."""
    return LexiconError(f"lexicon/{file}: {where}: {problem}")


def check_keys(
    entry: Any, file: str, where: str, allowed: Iterable[str], required: Iterable[str] = ()
) -> None:
    """An entry is a mapping with its required keys and no unknown ones (a typo is an error)."""
    if not isinstance(entry, Mapping):
        raise fail(file, where, f"expected a mapping, got {type(entry).__name__}")
    allowed = set(allowed) | set(required)
    unknown = sorted(str(k) for k in entry if k not in allowed)
    if unknown:
        raise fail(file, where, f"unknown keys {unknown} (allowed: {sorted(allowed)})")
    missing = sorted(k for k in required if k not in entry)
    if missing:
        raise fail(file, where, f"missing keys {missing}")


def strings(value: Any, file: str, where: str) -> tuple[str, ...]:
    """A list of scalars as strings (YAML reads "9988" unquoted as a number)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise fail(file, where, f"expected a list, got {type(value).__name__}")
    out = []
    for v in value:
        if isinstance(v, (dict, list)) or v is None:
            raise fail(file, where, f"expected a list of words, found {v!r}")
        if isinstance(v, bool):
            raise fail(file, where, f"YAML read a word as {v!r}: quote it (\"on\", \"no\", \"yes\", \"off\")")
        out.append(str(v))
    return tuple(out)


def section(data: Mapping[str, Any], key: str, file: str, kind: type = list) -> Any:
    """A top-level section of a file, of the expected kind (empty when absent)."""
    value = data.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise fail(file, key, f"expected a {kind.__name__}, got {type(value).__name__}")
    return value
