"""The outputs' JSON writer prints exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` prints."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finbrief.render.json_text import dumps

_leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_keys = st.text() | st.integers() | st.floats() | st.booleans() | st.none()
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=30,
)
_rows = st.lists(
    st.fixed_dictionaries({"n": st.integers(), "100% text": st.text(), 3: _leaves})
    | st.fixed_dictionaries({"n": st.integers(), "100% text": _values}),
    min_size=1,
    max_size=4,
)


def _stdlib(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@given(_values)
def test_the_same_text_as_the_standard_library(obj: Any) -> None:
    assert dumps(obj) == _stdlib(obj)


@given(_rows, _values)
def test_tables_of_rows_are_written_alike(rows: list[dict[Any, Any]], other: Any) -> None:
    # rows with the same keys and plain values, and rows where some value is a list, a dict or another key set
    for obj in (rows, {"paragraphs": rows, "other": other}, [*rows, {"n": 1}], [*rows, other]):
        assert dumps(obj) == _stdlib(obj)


def test_rows_whose_keys_compare_equal_but_print_differently_are_written_alike() -> None:
    for rows in ([{0: None}, {0.0: None}], [{1: 2}, {True: 2}], [{0.0: 1}, {False: 1}]):
        assert dumps(rows) == _stdlib(rows)


def test_control_characters_quotes_and_other_scripts_are_written_alike() -> None:
    obj = {"text": 'He said "RMB 380 billion"\n\t星穹科技\u2028\x00', "n": [1, 2.5, float("nan"), -float("inf")]}
    assert dumps(obj) == _stdlib(obj)


def test_what_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        dumps({"a": object()})
    with pytest.raises(TypeError):
        dumps({(1, 2): 1})


_columns = st.integers(0, 4).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(), min_size=n, max_size=n),
        st.lists(st.text(), min_size=n, max_size=n),
        st.lists(_leaves, min_size=n, max_size=n),
        st.lists(_values, min_size=n, max_size=n),
    )
)


@given(_columns, _values)
def test_a_table_is_written_as_its_rows(columns: tuple[list[Any], ...], other: Any) -> None:
    # a table given by its columns (plain values, or a column that may hold lists and dicts)
    from finbrief.render.json_text import Table

    keys = ("n", "100% text", "speaker", "any")
    for cols in (columns[:3], columns):
        table = Table(keys[: len(cols)], cols)
        rows = table.rows()
        for obj, plain in (
            (table, rows),
            ({"paragraphs": table, "other": other}, {"paragraphs": rows, "other": other}),
            ([table, other], [rows, other]),
        ):
            assert dumps(obj) == _stdlib(plain)


def test_a_column_of_texts_and_nones_is_written_as_its_rows() -> None:
    # a speaker or section column: few distinct values, each written once
    from finbrief.render.json_text import Table

    table = Table(("n", "speaker"), ([1, 2, 3, 4, 5], ["laura-chen", None, "laura-chen", 'the "host"\n', None]))
    assert dumps({"paragraphs": table}) == _stdlib({"paragraphs": table.rows()})
