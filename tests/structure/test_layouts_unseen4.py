"""Layouts met on more public transcripts, each on a short fictional call: a machine transcription
exported as one paragraph without speaker labels, its host turning to each asker, its answers
opening on the asker's first name as the transcription heard it or on a first answer word."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


# One paragraph: the host's lines, the askers and the answers run together.
ONE_PARAGRAPH = (
    "Thank you. Operator, please open the line for questions. Thank you. If you would like to ask a "
    "question, please press star one. Our first question comes from Nadia Hollis with Crestline Partners. "
    "Your line is open. Please go ahead. Good morning. Thanks for taking the question. How should we think "
    "about freight volumes in the fourth quarter? Yeah, thanks, Nadia. Volumes are tracking ahead of plan. "
    "Marco, do you want to add anything on the rate side? Sure, rates held up well through October. We now "
    "turn to Oskar Brandt with Fairhaven Securities. Your line is open. Please go ahead. Hi, good morning. "
    "Is the new terminal on schedule, and what does it cost this year? Sure. Let me take that. The terminal "
    "opens in March and the spend is in the plan. Our next question comes from Tori Lindqvist with Bayside "
    "Research. Your line is open. Yes, thank you. Could you size the backlog exiting the quarter? Yeah, "
    "thanks, Tory. The backlog is up year over year."
)


def test_one_paragraph_call_is_cut_into_its_exchanges() -> None:
    """The host turning to an asker introduces them; an answer asking the next executive something
    ("Marco, do you want to add ...?") is no part of the question; "Sure." after a question answers;
    "Tory" is the transcription's Tori."""
    doc = parse(ONE_PARAGRAPH)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", [None]),
        ("oskar-brandt", "Fairhaven Securities", [None]),
        ("tori-lindqvist", "Bayside Research", [None]),
    ]
    first = doc.qa[0]
    assert doc.paragraph(first.question[-1]).text.endswith("in the fourth quarter?")
    assert doc.paragraph(first.answers[0].paragraphs[0]).text.startswith("Yeah, thanks, Nadia.")
    assert_sound(doc)
