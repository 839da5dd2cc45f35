"""Layouts met on more public transcripts, each on a short fictional call: a web transcript heading
each turn with ``Name--Title`` (no spaces around the dashes), and a machine transcription wrapped
at short lines whose host introductions run over two lines."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


# A web transcript: "Name--Title" and "Name--Firm -- Analyst" alone on their lines, no roster.
DOUBLE_DASH_LINES = """Harrow Freight (HRWF) Q2 2026 Earnings Call

Prepared Remarks:

Operator

Good day, and welcome to the Harrow Freight second quarter call. I would now like to hand the conference over to Dana Whitfield, head of investor relations.

Dana Whitfield--Head of Investor Relations

Thank you. With me today are Marco Oyelaran, our chief executive officer, and Lena Fischer, our chief financial officer. With that, over to you, Marco.

Marco Oyelaran--President and Chief Executive Officer

Thank you, Dana. Revenue rose 9% to $412 million in the quarter, and volumes grew in every region.

Lena Fischer--Executive Vice President, Chief Financial Officer

Thanks, Marco. Operating margin was 14.2%, up 80 basis points.

Questions & Answers:

Operator

Thank you. Your first question comes from the line of Nadia Hollis from Crestline Partners. Please go ahead.

Nadia Hollis--Analyst

Hi. Thanks for taking my question. How should we think about freight volumes in the fourth quarter?

Dana Whitfield--Head of Investor Relations

Thank you, Nadia. I'll hand that to you, Lena.

Lena Fischer--Executive Vice President, Chief Financial Officer

Thank you, Nadia. Volumes are tracking ahead of plan.

Operator

Your next question comes from Oskar Brandt from Fairhaven Securities. Please go ahead.

Oskar Brandt--Fairhaven -- Analyst

Is the new terminal on schedule?

Marco Oyelaran--President and Chief Executive Officer

Yes, it opens in March.
"""


def test_double_dash_name_lines_head_turns() -> None:
    """``Name--Title`` is a label even without spaces around the dashes (a name has no double
    hyphen): the remarks are their speakers', the questions the analysts'."""
    doc = parse(DOUBLE_DASH_LINES)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", ["lena-fischer"]),
        ("oskar-brandt", "Fairhaven", ["marco-oyelaran"]),
    ]
    by_start = {p.text[:20]: p.speaker for p in doc.paragraphs}
    assert by_start["Thank you, Dana. Rev"] == "marco-oyelaran"
    assert by_start["Thanks, Marco. Opera"] == "lena-fischer"
    assert_sound(doc)


# A machine transcription wrapped at short lines: the host's introduction breaks after "from", the
# same broken line comes back for every question, and the host's IR speaker is announced by title.
WRAPPED_INTROS = """Good morning and welcome to the Harrow Freight second quarter call.
I would now like to hand the conference over to your speaker today
Dana Whitfield, Head of Investor Relations. Please go ahead.
Thank you. Good morning everyone and welcome to the call.
Revenue rose 9% to $412 million in the quarter.
We will now take your questions.
Your next question comes from
Nadia Hollis with Crestline Partners.
Your line is now open.
Thanks for taking my question.
How should we think about
freight volumes in the fourth quarter?
Thanks, Nadia.
Volumes are tracking ahead of plan.
Your next question comes from
Oskar Brandt with Fairhaven Securities.
Your line is now open.
Hi, good morning.
Is the new terminal on schedule?
Thanks, Oskar.
It opens in March.
"""


def test_wrapped_introductions_join_and_name_the_asker() -> None:
    """A line ending on "from" goes on to the next line even when that line is a repeated one and
    opens on a capital; "Your line is now open." is the host's, not the asker's; a speaker announced
    with a job title after the comma ("Dana Whitfield, Head of Investor Relations") asks nothing."""
    doc = parse(WRAPPED_INTROS)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", [None]),
        ("oskar-brandt", "Fairhaven Securities", [None]),
    ]
    assert doc.paragraph(doc.qa[0].question[0]).text == "Thanks for taking my question."
    assert doc.paragraph(doc.qa[1].question[0]).text == "Hi, good morning."
    assert_sound(doc)
