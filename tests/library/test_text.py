"""Normalised text for the index: one script, one case, offsets preserved; queries and snippets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from finbrief.library.text import find_matches, fts_query, normalize, parse_query, search_text, snippet


def test_normalize_folds_script_width_and_case() -> None:
    assert normalize("閃購 ＡＩ Cloud") == "闪购 ai cloud"


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60))
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


def test_search_text_splits_cjk_into_tokens() -> None:
    assert search_text("淘寶閃購GMV增長").split() == ["淘", "宝", "闪", "购", "gmv", "增", "长"]


def test_query_terms_become_phrases_prefixes_and_ands() -> None:
    terms = parse_query('閃購 revenue "free cash flow" AI')
    assert fts_query(terms) == '"闪 购" AND "revenue"* AND "free cash flow" AND "ai"'


def test_empty_and_punctuation_only_queries_have_no_terms() -> None:
    assert parse_query("  ,。 ") == []


def test_matches_are_found_on_the_original_text_in_either_script() -> None:
    text = "管理層表示,淘寶閃購上線四個月。"
    spans = find_matches(text, parse_query("闪购"))
    assert [text[s:e] for s, e in spans] == ["閃購"]


def test_english_matches_respect_word_starts_and_prefixes() -> None:
    text = "Revenues rose; prevenue is not a word, revenue is."
    spans = find_matches(text, parse_query("revenue"))
    assert [text[s:e] for s, e in spans] == ["Revenues", "revenue"]


def test_snippet_marks_matches_in_a_window() -> None:
    text = "x " * 200 + "cloud revenue grew 34%" + " y" * 200
    spans = find_matches(text, parse_query("cloud"))
    out = snippet(text, spans, width=60)
    assert "[cloud]" in out and out.startswith("…") and out.endswith("…")
    assert len(out) <= 60 + 4
