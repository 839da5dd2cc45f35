"""Reading a model's answer: JSON in fences, after reasoning, inside prose; statements one by one."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finbrief.summarize.llm.schema import answer_json, statement

OBJ = {"title": "Cloud", "points": [{"text": "Cloud revenue grew 31%.", "citations": [3]}]}


@pytest.mark.parametrize(
    "content",
    [
        json.dumps(OBJ),
        "```json\n" + json.dumps(OBJ) + "\n```",
        "```\n" + json.dumps(OBJ) + "\n```",
        "<think>\nLet me think about {braces} here.\n</think>\n" + json.dumps(OBJ),
        "Sure! Here is the JSON:\n" + json.dumps(OBJ, indent=2) + "\nHope this helps.",
    ],
)
def test_the_json_object_is_found(content: str) -> None:
    assert answer_json(content) == OBJ


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty"),
        ("<think>I am still thinking about", "unfinished <think>"),
        ('{"title": "Cloud", "points": [', "not valid JSON"),
        ("I cannot help with that.", "no JSON object"),
    ],
)
def test_no_json_says_why(content: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        answer_json(content)


def test_statements_are_read_leniently_but_typed() -> None:
    s, err = statement({"text": "Revenue grew.", "citations": ["[3]", "12"], "extra": 1, "sources": "N1"})
    assert err is None and s is not None and s.citations == [3, 12] and s.sources == ["N1"]
    s, err = statement({"text": "x", "figures": [{"value": "about forty", "unit": "%"}]})
    assert s is None and err and "figures.0.value" in err
    s, err = statement({"citations": [1]})
    assert s is None and err and "text" in err


@given(st.text(max_size=200))
def test_any_answer_either_parses_or_says_why(text: str) -> None:
    try:
        answer_json(text)
    except ValueError as e:
        assert str(e)
