"""Forecast words: what is found in a window of a text (a sentence, the words before a figure) is what
the case-insensitive pattern finds there, whatever the window and the text's case."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts.attribution import _guidance, _guidance_marks

WORDS = (
    "We expect revenue of $5 million , than expected as expected guidance Guidance outlook "
    "ranged range to be we now see sees seesaw pre-guidance target targets Targeting 2024 . ; "
    "expected credit losses ahead of expectations midpoint at the midpoint goal goals unexpected "
    "wE-see re-expect (guide to) Q3: full year raising our full-year 预计 收入"
)


def plain(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _guidance().finditer(text, lo, hi) if m.group("g") is not None]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS.split(" ")), max_size=30).map(" ".join),
    st.integers(0, 200),
    st.integers(0, 220),
)
def test_window_finds_what_the_pattern_finds(text: str, lo: int, hi: int) -> None:
    assert [m.span() for m in _guidance_marks(text, lo, hi)] == plain(text, lo, hi)
    assert [m.span() for m in _guidance_marks(text, lo)] == plain(text, lo, len(text))


def test_forecast_word_at_the_window_edges() -> None:
    text = "Revenue rose. Expect growth of 5%. Sales, we now see, will grow"
    s = text.index("Expect")
    assert [m.group() for m in _guidance_marks(text, s, s + 6)] == ["expect"]
    assert list(_guidance_marks(text, s + 1, len(text) - 30)) == []
    assert [m.group() for m in _guidance_marks(text, text.index("we now"), len(text))] == ["we now see"]
    assert list(_guidance_marks("Results were better than expected.")) == []
