"""Adding (idempotent, one transaction), listing, showing, loading and removing documents."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from finbrief.api import parse_bytes
from finbrief.errors import InputError
from finbrief.library import Library, LibraryError
from finbrief.model import FactSheet
from finbrief.pipeline import add
from tests.library.builders import EN_CALL, ZH_HANS_NEWS, prepared, write_files


@pytest.fixture
def stub_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep these tests about storage: no facts stage, no summaries."""
    from finbrief import pipeline

    monkeypatch.setattr(pipeline, "_facts", lambda doc, options: FactSheet())
    monkeypatch.setattr(pipeline, "_summaries", lambda doc, facts, options, wanted: {})


@pytest.mark.usefixtures("stub_stages")
def test_add_a_file_then_again_changes_nothing(lib: Library, tmp_path: Path) -> None:
    files = write_files(tmp_path)
    doc_id, added = add(lib, files["zh_hant_call.txt"])
    assert added and len(doc_id) == 64
    before = lib.check()["counts"]
    assert add(lib, files["zh_hant_call.txt"]) == (doc_id, False)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(files["zh_hant_call.txt"].read_bytes())
    assert add(lib, copy) == (doc_id, False)  # the same bytes under another name: same document
    assert lib.check()["counts"] == before


@pytest.mark.usefixtures("stub_stages")
def test_add_a_parsed_document(lib: Library) -> None:
    doc = parse_bytes(ZH_HANS_NEWS.encode("utf-8"), "news.txt")
    assert add(lib, doc) == (doc.id, True)
    assert add(lib, doc) == (doc.id, False)


def test_metadata_is_detected(filled: Library) -> None:
    rows = {r["source"]: r for r in filled.documents()}
    call = rows["en_call.txt"]
    assert call["company"] == "NVSK" and call["ticker"] == "NVSK"
    assert call["kind"] == "transcript" and call["language"] == "en"
    assert call["date"] == "2026-02-12" and call["period"] == "2025Q4"
    assert call["paragraphs"] == 13 and call["facts"] == 3
    assert rows["zh_hant_call.txt"]["language"] == "zh-Hant"
    assert rows["zh_hans_news.txt"]["date"] == "2025-11-14"


def test_list_filters_by_company_and_period(filled: Library) -> None:
    assert len(filled.documents(company="nvsk")) == 4
    assert {r["source"] for r in filled.documents(period="2025Q4")} == {"en_call.txt"}
    assert len(filled.documents(period="2025")) == 4
    assert filled.documents(company="Alibaba") == []


def test_show_returns_everything_stored(filled: Library) -> None:
    doc_id = filled.documents(period="2025Q4")[0]["id"]
    doc = filled.document(str(doc_id)[:8])
    assert doc["id"] == doc_id
    assert [p["n"] for p in doc["paragraphs"]] == list(range(1, 14))  # type: ignore[union-attr,index]
    assert {s["id"] for s in doc["speakers"]} >= {"grace-chen", "sarah-lee"}  # type: ignore[union-attr,index]
    assert doc["qa"] and doc["qa"][0]["asker"] == "sarah-lee"  # type: ignore[index]
    assert doc["facts"][0]["evidence"] == "34%"  # type: ignore[index]
    assert doc["outputs"] == {}


def test_load_gives_back_the_parsed_document(filled: Library) -> None:
    original = parse_bytes(EN_CALL.encode("utf-8"), "en_call.txt")
    loaded = filled.load(original.id)
    assert loaded.paragraphs == original.paragraphs
    assert loaded.speakers == original.speakers
    assert loaded.qa == original.qa
    assert (loaded.language, loaded.kind, loaded.title) == (original.language, original.kind, original.title)


def test_remove_deletes_every_row_of_the_document(filled: Library) -> None:
    before = filled.check()["counts"]
    doc_id = str(filled.documents(period="2025Q4")[0]["id"])
    removed = filled.remove(doc_id[:6])
    assert removed["id"] == doc_id
    after = filled.check()
    assert after["ok"]
    assert after["counts"]["documents"] == before["documents"] - 1  # type: ignore[index]
    assert after["counts"]["facts"] == before["facts"] - 3  # type: ignore[index]
    assert filled.search("utilization") == []  # its paragraphs left the search index too
    with pytest.raises(LibraryError, match="no document"):
        filled.document(doc_id)


def test_ids_must_be_hex_unique_prefixes(filled: Library) -> None:
    with pytest.raises(LibraryError, match="not a document id"):
        filled.document("ab")
    with pytest.raises(LibraryError, match="not a document id"):
        filled.document("xyz123")
    with pytest.raises(LibraryError, match="no document"):
        filled.document("0000000")


@pytest.mark.usefixtures("stub_stages")
def test_bad_file_raises_input_error_and_stores_nothing(lib: Library, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError):
        add(lib, empty)
    with pytest.raises(InputError):
        add(lib, tmp_path / "missing.txt")
    assert lib.documents() == []


def test_write_is_one_transaction_rolled_back_on_error(lib: Library) -> None:
    good = prepared("en_call.txt")
    # A NOT NULL violation in the last fact, after the document and its paragraphs are written.
    broken = prepared("en_call.txt", facts=(*good.facts, replace(good.facts[0], subject=None)))  # type: ignore[arg-type]
    with pytest.raises(Exception, match="NOT NULL"):
        lib.write(broken)
    assert lib.documents() == [] and lib.check()["counts"]["paragraphs"] == 0  # type: ignore[index]
    assert lib.write(good)[1]


def test_the_facts_stage_identity_is_stored_as_it_is(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """The library never detects company, ticker, period or date itself: it stores the sheet's."""
    from finbrief import pipeline

    sheet = FactSheet(company="Some Co", ticker="SOME", period="2031Q2", date="2031-08-01")
    monkeypatch.setattr(pipeline, "_facts", lambda doc, options: sheet)
    monkeypatch.setattr(pipeline, "_summaries", lambda doc, facts, options, wanted: {})
    doc = parse_bytes(ZH_HANS_NEWS.encode("utf-8"), "news.txt")
    add(lib, doc)
    row = lib.documents()[0]
    assert (row["company"], row["ticker"], row["period"], row["date"]) == ("Some Co", "SOME", "2031Q2", "2031-08-01")
