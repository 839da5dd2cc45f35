"""The cheap test of whether a paragraph may name a quarter or fiscal period (``periods._quarterish``)."""

import pytest

from finbrief.facts import periods

TEXTS = [
    "Revenue at Tollmere Foods rose 4% to $212 million.",  # neither a "q" nor "fy"
    "FY2024 revenue at Tollmere was $880 million.",  # "FY" without a "q"
    "The fyi column lists Tollmere's stores.",  # "fy" opening a word
    "Tollmere's buyer bought a fifty-year lease.",  # "fy" inside a word only
    "For the fiscal year, Tollmere opened 12 stores.",
    "Tollmere's third quarter sales rose 3%.",
    "Q3 sales at Tollmere rose; 2Q margins fell.",
    "Equity at Tollmere was quite stable.",  # a "q" that names no quarter
    "Tollmere's FY24 Q1 outlook was unchanged.",
    "Tollmere's FY was strong; frequent buyers grew.",
    "托尔米尔第三季度营收增长4%。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_quarterish_agrees_with_the_pattern_it_stands_in_for(text: str) -> None:
    """The letter checks ahead of the pattern never change its answer, with or without a "q" in the text."""
    assert periods._quarterish(text) == (periods._QUARTERISH.search(text) is not None)
    assert periods._quarterish(text, text.lower()) == periods._quarterish(text)


def test_a_paragraph_with_no_quarter_and_no_fiscal_word_is_passed_over() -> None:
    assert not periods._quarterish("Revenue at Tollmere Foods rose 4% to $212 million.")
    assert periods._quarterish("FY2024 revenue at Tollmere was $880 million.")
    assert periods._quarterish("For the fiscal year, Tollmere opened 12 stores.")
