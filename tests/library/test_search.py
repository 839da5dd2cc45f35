"""Search in both Chinese scripts and English, with filters and a marked snippet."""

from __future__ import annotations

import pytest

from finbrief.library import Library, LibraryError


def sources(hits: list[dict[str, object]]) -> set[object]:
    return {h["source"] for h in hits}


def test_simplified_query_finds_traditional_text_and_back(filled: Library) -> None:
    both = {"zh_hant_call.txt", "zh_hans_news.txt"}
    assert sources(filled.search("秒达")) == both
    assert sources(filled.search("秒達")) == both
    assert sources(filled.search("閃電倉")) == {"zh_hant_call.txt"}
    assert sources(filled.search("闪电仓")) == {"zh_hant_call.txt"}


def test_one_character_and_mixed_queries(filled: Library) -> None:
    assert "zh_hant_call.txt" in sources(filled.search("雲"))
    assert sources(filled.search("AI 基础设施")) == {"zh_hant_call.txt", "zh_hans_news.txt"}


def test_english_words_prefixes_and_phrases(filled: Library) -> None:
    assert sources(filled.search("margin")) == {"en_call.txt"}  # margins
    assert sources(filled.search('"free cash flow"')) == {"en_call.txt"}
    assert filled.search('"cash free flow"') == []
    assert filled.search("revenue nonexistentword") == []


def test_result_carries_document_paragraph_speaker_and_snippet(filled: Library) -> None:
    hit = filled.search("utilization")[0]
    assert hit["source"] == "en_call.txt" and hit["paragraph"] == 13
    assert hit["speaker"] == "grace-chen" and hit["speaker_name"] == "Grace Chen"
    assert hit["section"] == "qa" and hit["company"] == "NVSK" and hit["period"] == "2025Q4"
    assert "[utilization]" in str(hit["snippet"])
    s, e = hit["matches"][0]  # type: ignore[index]
    assert str(hit["text"])[s:e] == "utilization"


def test_snippet_marks_the_original_traditional_text(filled: Library) -> None:
    doc_id = next(d["id"] for d in filled.documents() if d["source"] == "zh_hant_call.txt")
    hits = filled.search("秒达", document=str(doc_id))
    assert {h["paragraph"] for h in hits} == {6, 11}
    assert all("[秒達]" in str(h["snippet"]) for h in hits)


def test_filters(filled: Library) -> None:
    assert sources(filled.search("秒达", period="2025Q3")) == {"zh_hant_call.txt", "zh_hans_news.txt"}
    assert filled.search("秒达", period="2025Q4") == []
    assert sources(filled.search("cloud", section="qa")) == {"en_call.txt"}
    assert filled.search("cloud", company="alibaba") == []
    assert sources(filled.search("cloud", company="NVSK")) >= {"en_call.txt"}
    # A speaker by name in either script, or by id.
    assert sources(filled.search("虧損", speaker="林志远")) == {"zh_hant_call.txt"}
    assert {h["paragraph"] for h in filled.search("亏损", speaker="林志遠")} == {13}
    assert {h["paragraph"] for h in filled.search("cloud", speaker="sarah-lee")} == {11}


def test_speaker_label_lines_are_not_results(filled: Library) -> None:
    assert all(h["paragraph"] not in (5, 12) for h in filled.search("Grace Chen"))


def test_bad_queries_are_errors(filled: Library) -> None:
    with pytest.raises(LibraryError, match="empty"):
        filled.search("  ")
    with pytest.raises(LibraryError, match="section"):
        filled.search("cloud", section="appendix")
    with pytest.raises(LibraryError, match="period"):
        filled.search("cloud", period="last year")


def test_fts_syntax_in_user_text_is_harmless(filled: Library) -> None:
    for q in ["AND", "OR cloud", "NEAR(", "cloud*", "-cloud", "col:umn", "^cloud", '"cloud', "a'b"]:
        filled.search(q)  # no exception: user text is always quoted
    with pytest.raises(LibraryError):
        filled.search('"')
