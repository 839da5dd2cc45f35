"""A line's header, label or field kind is the first pattern of its table that matches it whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.lexicon.transcript import fold, vocab

WORDS = [
    *("question", "and", "answer", "session", "q&a", "operator", "presentation", "prepared", "remarks"),
    *("participants", "call", "analyst", "answers", "questions", "问答环节", "主持人", "提问", "回答", ":", "：", " "),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=5))
def test_the_first_table_entry_that_matches_the_whole_line_names_it(words: list[str]) -> None:
    v = vocab()
    line = fold("".join(words))
    for table, which in ((v.headers, v.header), (v.labels, v.label), (v.fields, v.field)):
        want = next((kind for kind, rx in table.items() if rx.fullmatch(line)), None)
        assert which(line) == want


def test_known_lines() -> None:
    v = vocab()
    assert v.header(fold("Question-and-Answer Session")) == "qa"
    assert v.header(fold("Operator")) is None
    assert v.label(fold("Operator")) == "operator"
