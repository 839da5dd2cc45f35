"""JSON text as the outputs print it: ``json.dumps(obj, ensure_ascii=False, indent=2)``, byte for byte.

The standard library encodes an indented document in pure Python (its C encoder is used only
without ``indent``), which makes the JSON of a parsed call cost as much as finding its speakers.
This writer builds the same text with the C string escaper and one list of parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

__all__ = ["Table", "dumps"]

_INDENT = "  "
_TEXT_OR_NONE = {str, type(None)}
_INFINITY = float("inf")


def _float(value: float) -> str:
    """A float as ``json`` writes it (``NaN`` and ``Infinity`` included, as ``allow_nan`` does)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as ``json`` writes it: a string as it is; a number, boolean or None as its JSON
    text, quoted."""
    if isinstance(key, str):
        return encode_basestring(key)
    text = _scalar(key)
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
    return encode_basestring(text)


def _scalar(value: Any) -> str | None:
    """A string, number, boolean or None as ``json`` writes it; None for a container."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return None


class Table:
    """A list of dicts that share their keys (a document's paragraphs), given as one sequence of
    values a key: ``dumps`` writes it as it writes the list of dicts, without the dicts being made."""

    __slots__ = ("columns", "keys")

    def __init__(self, keys: tuple[str, ...], columns: tuple[Sequence[Any], ...]) -> None:
        self.keys = keys
        self.columns = columns

    def rows(self) -> list[dict[str, Any]]:
        """The table as the list of dicts it stands for."""
        return [dict(zip(self.keys, row, strict=True)) for row in zip(*self.columns, strict=True)]


def _value(value: Any, out: list[str], newline: str) -> None:
    """Append ``value`` to ``out``; ``newline`` is a line break and the indent of its own line.

    Strings (most values) take the shortest path: one append of separator, key and text."""
    kind = type(value)
    if kind is Table:
        text = _table(value.keys, value.columns, newline) if value.keys and value.columns[0] else None
        if text is not None:
            out.append(text)
            return
        value = value.rows()  # empty, or a value no column holds: as the list of dicts
        kind = list
    if kind is dict:
        items: Any = value.items()
    elif kind is list or kind is tuple:
        items = value
    else:
        text = _scalar(value)
        if text is not None:
            out.append(text)
            return
        if isinstance(value, dict):
            items = value.items()
        elif isinstance(value, (list, tuple)):
            items = value
        else:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    is_dict = isinstance(value, dict)
    if not value:
        out.append("{}" if is_dict else "[]")
        return
    if not is_dict:
        rows = _rows(value, newline)
        if rows is not None:
            out.append(rows)
            return
    inner = newline + _INDENT
    sep = ("{" if is_dict else "[") + inner
    after = "," + inner
    for entry in items:
        if is_dict:
            k, item = entry
            head = sep + (encode_basestring(k) if type(k) is str else _key(k)) + ": "
        else:
            item, head = entry, sep
        if type(item) is str:
            out.append(head + encode_basestring(item))
        else:
            text = _scalar(item) if type(item) is not dict and type(item) is not list else None
            if text is not None:
                out.append(head + text)
            else:
                out.append(head)
                _value(item, out, inner)
        sep = after
    out.append(newline + ("}" if is_dict else "]"))


def _column(values: Sequence[Any]) -> list[str] | None:
    """One column of a table as ``json`` writes its values, or None when one is a container: a
    column of strings (a document's texts) or of plain ints goes through the C encoder in one call."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(encode_basestring, values))
    if kinds == {int}:
        return list(map(int.__repr__, values))
    if kinds == _TEXT_OR_NONE:  # (a speaker, a section: few distinct values, each written once)
        written = {v: "null" if v is None else encode_basestring(v) for v in set(values)}
        return list(map(written.__getitem__, values))
    texts = [encode_basestring(v) if type(v) is str else "null" if v is None else _scalar(v) for v in values]
    return None if None in texts else texts  # type: ignore[return-value]


def _rows(items: Any, newline: str) -> str | None:
    """A list of dicts with the same string keys and only strings, numbers, booleans or None as values (a
    table, such as a document's paragraphs) written through one template per list, column by column;
    None for any other list."""
    first = items[0]
    if type(first) is not dict or not first:
        return None
    keys = tuple(first)
    if not all(type(k) is str for k in keys):
        return None  # 0 == 0.0 == False: keys that compare equal may still be written differently
    if any(type(item) is not dict for item in items) or not all(map(keys.__eq__, map(tuple, items))):
        return None
    return _table(keys, tuple([item[key] for item in items] for key in keys), newline)


def _table(keys: tuple[str, ...], values: tuple[Sequence[Any], ...], newline: str) -> str | None:
    """``_rows`` of the table whose column of ``keys[k]`` is ``values[k]`` (string keys, one row at
    least); None when a value is a container."""
    columns = []
    for column_values in values:
        column = _column(column_values)
        if column is None:
            return None
        columns.append(column)
    inner = newline + _INDENT
    member = inner + _INDENT
    template = (
        "{" + member + ("," + member).join(_key(k).replace("%", "%%") + ": %s" for k in keys) + inner + "}"
    )
    texts = [template % row for row in zip(*columns, strict=True)]
    return "[" + inner + ("," + inner).join(texts) + newline + "]"


def dumps(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)`` (the same text), faster."""
    out: list[str] = []
    _value(obj, out, "\n")
    return "".join(out)
