"""A metric by quarter: one point per figure with every source, disagreements shown and flagged."""

from __future__ import annotations

import pytest

from finbrief.library import Library, LibraryError
from tests.library.builders import fact, prepared


def series(result: dict[str, object], company: str = "NVSK") -> list[dict[str, object]]:
    found = [s for s in result["series"] if s["company"] == company]  # type: ignore[attr-defined]
    assert len(found) == 1
    return found[0]["points"]  # type: ignore[no-any-return]


def test_same_figure_from_two_documents_is_one_point_with_two_sources(filled: Library) -> None:
    points = series(filled.timeline(subject="cloud", metric="revenue", change="yoy", company="NVSK"))
    q3 = next(p for p in points if p["period"] == "2025Q3" and p["value"] == 31.0)
    assert q3["documents"] == 2
    assert {(s["source"], s["paragraph"]) for s in q3["sources"]} == {  # type: ignore[attr-defined]
        ("zh_hant_call.txt", 1),
        ("zh_hans_news.txt", 2),
    }
    assert {s["evidence"] for s in q3["sources"]} == {"31%"}  # type: ignore[attr-defined]
    q4 = [p for p in points if p["period"] == "2025Q4"]
    assert [(p["value"], p["documents"], p["conflict"]) for p in q4] == [(34.0, 1, [])]


def test_levels_are_the_default_and_rounding_differences_merge(filled: Library) -> None:
    points = series(filled.timeline(subject="NovaSky Cloud", metric="revenue", company="nvsk"))
    assert [(p["period"], p["unit"], p["value"]) for p in points] == [
        ("2025Q3", "CNY", 21.54e9),
        ("2025Q4", "CNY", 24.1e9),
    ]


def test_a_disagreeing_figure_is_shown_and_flagged(filled: Library) -> None:
    # The note's 3.1% (for 31%) is shown beside the agreed value, both flagged as a scale slip.
    points = series(filled.timeline(subject="cloud", metric="revenue", change="yoy"))
    q3 = [p for p in points if p["period"] == "2025Q3"]
    assert [p["value"] for p in q3] == [31.0, 3.1]  # most sources first
    assert all(p["conflict"] == ["scale"] for p in q3)
    assert [s["source"] for s in q3[1]["sources"]] == ["en_note.txt"]  # type: ignore[attr-defined]


def test_a_figure_lands_in_the_quarter_it_is_about(lib: Library) -> None:
    # A 2025Q4 call quoting last quarter's growth: the fact's period (from the facts stage) rules.
    base = prepared("en_call.txt")
    text = base.doc.paragraphs[5].text
    quoted = fact(text, "34%", paragraph=6, value=34.0, period="2025Q3")
    lib.write(prepared("en_call.txt", facts=(quoted,)))
    points = series(lib.timeline(subject="cloud", metric="revenue", change="yoy"))
    assert [p["period"] for p in points] == ["2025Q3"]


def test_a_figure_an_analyst_said_is_no_point_of_the_company_s_series(lib: Library) -> None:
    base = prepared("en_call.txt")
    text = base.doc.paragraphs[5].text
    said = fact(text, "34%", paragraph=6, value=34.0, period="2025Q4", speaker="grace-chen")
    asked = fact(text, "34%", paragraph=6, value=40.0, period="2025Q4", speaker="sarah-lee")
    lib.write(prepared("en_call.txt", facts=(said, asked)))
    points = series(lib.timeline(subject="cloud", metric="revenue", change="yoy"))
    assert [(p["value"], p["conflict"]) for p in points] == [(34.0, [])]
    assert lib.conflicts() == []


def test_names_match_by_alias_exact_name_or_substring(filled: Library) -> None:
    assert filled.timeline(metric="Revenue", change="yoy")["metrics"] == ["revenue"]
    assert filled.timeline(metric="营收", change="yoy")["metrics"] == ["revenue"]  # lexicon alias
    assert filled.timeline(metric="free cash", change="any")["metrics"] == ["free cash flow"]  # substring
    with pytest.raises(LibraryError, match="metric"):
        filled.timeline(metric="dividend")
    with pytest.raises(LibraryError, match="subject"):
        filled.timeline(metric="revenue", subject="Martian mining")


def test_period_filter_and_undated_count(filled: Library) -> None:
    result = filled.timeline(subject="cloud", metric="revenue", change="yoy", period="2025Q4")
    assert [p["period"] for p in series(result)] == ["2025Q4"]
    assert filled.timeline(metric="investment")["undated_facts"] == 3
