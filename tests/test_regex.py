"""``anchored`` patterns find exactly what the originals find, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts import periods
from finbrief.text.regex import anchored

PATTERNS = [
    re.compile(r"(?P<a>fiscal\s+)?(?P<o>first|second|third|1st)[\s-]quarter(?:\s+(?P<y>20\d\d))?", re.I),
    re.compile(r"\b(?:this|the|current)\s+quarter\b|\btoday\b", re.I),
    re.compile(r"(?<![A-Za-z])(?:FY|fy)\s?(?P<y>\d{2,4})"),
    re.compile(r"(?:上|下|本)?(?P<n>[一二三四1-4])季度?"),
    re.compile(r"x*"),  # can match nothing: left as it is
    re.compile(r"\d+%"),  # starts with a category: left as it is
]
TEXT = st.text(alphabet="fiscal FIRST second 1st quarter the Q 2025 fy FY 上下本一四季度 -%x\n", max_size=80)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_same_matches_groups_and_spans(text: str) -> None:
    for pattern in PATTERNS:
        assert spans(anchored(pattern), text) == spans(pattern, text)


def test_patterns_that_cannot_be_anchored_are_left_alone() -> None:
    assert anchored(PATTERNS[4]) is PATTERNS[4] and anchored(PATTERNS[5]) is PATTERNS[5]
    assert anchored(PATTERNS[0]).pattern.startswith("(?=[")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="Q3 2025 fiscal year first quarter March 三季度 去年同期 next years -", max_size=120))
def test_every_time_expression_pattern(text: str) -> None:
    for _name, pattern in periods._PATTERNS:
        assert spans(anchored(pattern), text) == spans(pattern, text)


def test_a_rewrite_is_made_once_a_pattern_object() -> None:
    from finbrief.text.regex import by_identity

    made: list[str] = []

    @by_identity
    def upper(p: re.Pattern[str]) -> re.Pattern[str]:
        made.append(p.pattern)
        return re.compile(p.pattern.upper())

    a, b = re.compile("ab"), re.compile("cd")
    assert upper(a).pattern == "AB" and upper(a).pattern == "AB" and upper(b).pattern == "CD"
    assert made == ["ab", "cd"]
