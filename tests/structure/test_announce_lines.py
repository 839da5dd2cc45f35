"""The operator's lines an English paragraph is searched with are those whose words it holds."""

from __future__ import annotations

from finbrief.lexicon.transcript import vocab
from finbrief.structure.announce import _ascii_lines, _sifted

PARAGRAPHS = [
    "Our next question comes from Dana Holt with Pinecrest Capital. Please go ahead.",
    "And our first question today will come from the line of Lena Ortiz at Harbor Street Securities.",
    "I would now like to turn the call over to Mara Quill, Head of Investor Relations.",
    "We'll hear next from Tom Becker of Example Bank.",
    "Dana Holt writes: \"What drove the margin in the Midwest?\"",
    "Thank you. Revenue grew 4% in the quarter, led by Corvell Foods' frozen line.",
    "(Operator Instructions) Dana Holt, Pinecrest Capital.",
    "Moving on, up next is Lena Ortiz.",
]


def test_the_lines_a_paragraph_is_searched_with_are_those_whose_words_it_holds() -> None:
    """Each line its words let through, in order: the same as testing each line's words by itself."""
    patterns = vocab().announcement
    for text in PARAGRAPHS:
        expected = [(line.pattern, gate) for line, gate in _sifted(patterns, True) if line._may_hold(text, 0, len(text))]
        assert _ascii_lines(patterns).held_by(text) == expected, text


def test_an_announcement_is_found_through_the_lines_it_holds() -> None:
    """The line that reads "next question comes from" is among those a paragraph with those words runs."""
    patterns = vocab().announcement
    text = PARAGRAPHS[0]
    found = [m for pattern, _gate in _ascii_lines(patterns).held_by(text) for m in pattern.finditer(text)]
    assert any("Dana Holt" in m.group("name") for m in found if "name" in m.re.groupindex and m.group("name"))
