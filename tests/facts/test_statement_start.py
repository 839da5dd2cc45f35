"""The start of a figure's statement is what reading the paragraph up to the figure finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts.attribution import _STATEMENT_END, _statement_start


def read_up_to(text: str, sentence_start: int, pos: int) -> int:
    if not text.isascii():
        return sentence_start
    start = 0
    for x in _STATEMENT_END.finditer(text, 0, pos):
        start = x.end()
    return min(start, sentence_start)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a .!?;\n5。", max_size=40), st.data())
def test_same_start_as_reading_up_to_the_figure(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    sentence_start = data.draw(st.integers(0, len(text)))
    assert _statement_start(text, sentence_start, pos) == read_up_to(text, sentence_start, pos)
