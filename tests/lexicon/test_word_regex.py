"""Theme keyword, noise and filler patterns: sharing word bounds across a run of keywords finds
exactly what one bounded alternative a keyword finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.lexicon import files
from finbrief.lexicon.themes import _folded, _on_lower, _word_regex


def one_by_one(patterns: list[str]) -> re.Pattern[str]:
    parts = []
    for p in patterns:
        head = "" if p.startswith("^") else r"(?<![\w-])"
        tail = "" if p.endswith(" ") else r"(?![\w-])"
        parts.append(f"{head}(?:{p}){tail}")
    return re.compile("|".join(parts), re.IGNORECASE)


def _lists() -> list[list[str]]:
    data = files.load("themes.yaml")
    noise = data["noise"]
    out = [list(noise["drop"]["en"]), list(noise["down"]["en"])]
    for group in ("themes", "topics"):
        out += [list(t.get("en") or ()) for t in (data.get(group) or {}).values() if t.get("en")]
    return out


WORDS = (
    "thank you so, thanks hi okay forward-looking statements safe harbor revenue revenues cloud "
    "margin growth question-and-answer session the next question good morning congratulations "
    "let me as we said capex guidance 2025 ai - , . "
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS.split(" ")), max_size=25).map(" ".join))
def test_same_matches_as_one_alternative_a_keyword(text: str) -> None:
    low = text.lower()
    for patterns in _lists():
        grouped, plain = _word_regex(patterns), one_by_one(patterns)
        assert grouped is not None
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
        fast = _on_lower(grouped)
        assert [m.span() for m in fast.finditer(_folded(low))] == [m.span() for m in plain.finditer(low)]


def test_runs_of_keywords_share_their_bounds() -> None:
    pattern = _word_regex(["safe harbor", "webcast", "^so,? ", "risk factors"])
    assert pattern is not None
    assert pattern.pattern.count(r"(?<![\w-])") == 2
    assert [m.group() for m in pattern.finditer("So, the webcast risk factors")] == [
        "So, ",
        "webcast",
        "risk factors",
    ]
