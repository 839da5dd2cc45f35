"""The operator's lines an English paragraph is searched with are those whose words it holds."""

from __future__ import annotations

import re

from finbrief.lexicon.transcript import vocab
from finbrief.structure.announce import LINE_SETS, _ascii_lines, _cased_sets, _sifted
from finbrief.text.regex import Sifted

PARAGRAPHS = [
    "Our next question comes from Dana Holt with Pinecrest Capital. Please go ahead.",
    "And our first question today will come from the line of Lena Ortiz at Harbor Street Securities.",
    "I would now like to turn the call over to Mara Quill, Head of Investor Relations.",
    "We'll hear next from Tom Becker of Example Bank.",
    "Dana Holt writes: \"What drove the margin in the Midwest?\"",
    "Thank you. Revenue grew 4% in the quarter, led by Corvell Foods' frozen line.",
    "(Operator Instructions) Dana Holt, Pinecrest Capital.",
    "Moving on, up next is Lena Ortiz.",
    "We also have questions from the webcast. From Dana Holt at Pinecrest Capital: how did pricing hold?",
    "Ms. Holt from Pinecrest Capital, please go ahead.",
    "And from the team, the prices held in every region.",
]


def test_the_lines_a_paragraph_is_searched_with_are_those_whose_words_it_holds() -> None:
    """Each line its words let through, in order: the same as testing each line's words by itself (a word of
    each of its sets, and the words it spells in capitals, as written)."""
    patterns = vocab().announcement
    for text in PARAGRAPHS:
        expected = [
            (line.pattern, gate)
            for line, gate in _sifted(patterns, True)
            if Sifted(line.pattern, LINE_SETS)._may_hold(text, 0, len(text))
            and all(any(n in text for n in one) for one in _cased_sets(line.pattern))
        ]
        assert _ascii_lines(patterns).held_by(text) == expected, text


def test_no_line_a_paragraph_matches_is_left_out() -> None:
    patterns = vocab().announcement
    for text in PARAGRAPHS:
        held = {pattern for pattern, _gate in _ascii_lines(patterns).held_by(text)}
        for line, _gate in _sifted(patterns, True):
            assert line.pattern.search(text) is None or line.pattern in held, (text, line.pattern.pattern[:60])


def test_the_words_a_line_that_ignores_case_spells_in_capitals() -> None:
    """Read as written, outside optional parts; a line read as written has none of its own."""
    assert _cased_sets(re.compile(r"(?:(?-i:And)\s+)?(?-i:From)\s+(?P<name>\w+)", re.IGNORECASE)) == (frozenset({"From"}),)
    assert _cased_sets(re.compile(r"\b(?-i:Mr|Dr)\.?\s+\w+\s+from", re.IGNORECASE)) == (frozenset({"Mr", "Dr"}),)
    assert _cased_sets(re.compile(r"(?:(?-i:Mr)\.?\s+)?\w+", re.IGNORECASE)) == ()
    assert _cased_sets(re.compile(r"From\s+\w+")) == ()


def test_a_sender_named_after_the_channel_is_found() -> None:
    """The line that reads "From <name> at <firm>:" runs on a paragraph that spells "From" so."""
    patterns = vocab().announcement
    text = PARAGRAPHS[8]
    found = [m for pattern, _gate in _ascii_lines(patterns).held_by(text) for m in pattern.finditer(text)]
    assert any(m.groupdict().get("name") == "Dana Holt" and m.groupdict().get("firm") == "Pinecrest Capital" for m in found)


def test_an_announcement_is_found_through_the_lines_it_holds() -> None:
    """The line that reads "next question comes from" is among those a paragraph with those words runs."""
    patterns = vocab().announcement
    text = PARAGRAPHS[0]
    found = [m for pattern, _gate in _ascii_lines(patterns).held_by(text) for m in pattern.finditer(text)]
    assert any("Dana Holt" in m.group("name") for m in found if "name" in m.re.groupindex and m.group("name"))
