"""Export: every fact with its document's metadata, as CSV or JSON records."""

from __future__ import annotations

import csv
import io
import json

import pytest

from finbrief.library import Library
from finbrief.library.errors import InvalidQuery
from finbrief.library.export import COLUMNS


def test_csv_has_a_header_and_one_row_per_fact(filled: Library) -> None:
    rows = list(csv.DictReader(io.StringIO(filled.export("csv"))))
    assert len(rows) == 11
    assert tuple(rows[0]) == COLUMNS
    cny = next(r for r in rows if r["raw"] == "215.4億元")
    assert (
        cny["source"] == "zh_hant_call.txt" and float(cny["value"]) == 21.54e9 and cny["period"] == "2025Q3"
    )


def test_json_records_and_filters(filled: Library) -> None:
    rows = json.loads(filled.export("json", metric="investment"))
    assert {r["unit"] for r in rows} == {"CNY", "USD"} and len(rows) == 3
    assert all(set(r) == set(COLUMNS) for r in rows)
    assert json.loads(filled.export("json", period="2025Q4", company="NVSK"))[0]["source"] == "en_call.txt"


def test_unknown_format_is_refused(filled: Library) -> None:
    with pytest.raises(InvalidQuery, match="format"):
        filled.export("xlsx")
