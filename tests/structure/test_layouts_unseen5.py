"""Layouts met on more public transcripts, each on a short fictional call: a web transcript heading
each turn with ``Name--Title`` (no spaces around the dashes), one with a glossary of terms before the
call, and machine transcriptions wrapped at short lines whose host introductions run over two lines
or run on without punctuation."""

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

Thank you, Nadia. I'll hand that over to Lena on volumes.

Lena Fischer--Executive Vice President, Chief Financial Officer

Thank you, Nadia. Volumes are tracking ahead of plan.

Dana Whitfield--Head of Investor Relations

Thank you, Lena, and thank you, Nadia. We are ready for the next question, please.

Operator

Your next question comes from Oskar Brandt from Fairhaven Securities. Please go ahead.

Oskar Brandt--Fairhaven -- Analyst

Is the new terminal on schedule?

Dana Whitfield--Head of Investor Relations

Thank you, Oskar. And on the terminal, Marco.

Marco Oyelaran--President and Chief Executive Officer

Yes, it opens in March.
"""


def test_double_dash_name_lines_head_turns() -> None:
    """``Name--Title`` is a label even without spaces around the dashes (a name has no double
    hyphen): the remarks are their speakers', the questions the analysts'. Investor relations
    handing a question to an executive ("I'll hand that over to Lena on volumes.", "And on the terminal,
    Marco.") answers with a brief hand-off; their line steering to the next question does not."""
    doc = parse(DOUBLE_DASH_LINES)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", ["dana-whitfield", "lena-fischer"]),
        ("oskar-brandt", "Fairhaven", ["dana-whitfield", "marco-oyelaran"]),
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


# A web transcript's summary with a glossary ("Term: definition" reads like "Name: text") before the
# call's own "Name:text" turns.
GLOSSARY_FIRST = """CALL PARTICIPANTS

Chief Executive Officer — Marco Oyelaran

Chief Financial Officer — Lena Fischer

Freight Revenue-- $412 million, up 9% year over year.

INDUSTRY GLOSSARY

Lane Density: The number of loads a carrier moves on one route each week.

Dwell Time: Hours a trailer waits at a terminal between moves.

Full Conference Call Transcript

Marco Oyelaran:Thank you, operator. Revenue rose 9% to $412 million in the quarter.

Lena Fischer:Thanks, Marco. Operating margin was 14.2%. Operator, we're ready for questions.

Operator:Our first question comes from the line of Nadia Hollis from Crestline Partners.

Nadia Hollis:How should we think about lane density in the fourth quarter?

Marco Oyelaran:Thanks, Nadia. Density is tracking ahead of plan.
"""


def test_glossary_entries_are_no_turns() -> None:
    """Under a glossary heading, "Term: definition" lines are furniture up to the first line that
    is no entry: no speaker is named after a term, and the call's turns are read as usual."""
    doc = parse(GLOSSARY_FIRST)
    assert {s.id for s in doc.speakers} >= {"marco-oyelaran", "lena-fischer", "nadia-hollis"}
    assert not {"lane-density", "dwell-time", "industry-glossary"} & {s.id for s in doc.speakers}
    term = next(p for p in doc.paragraphs if p.text.startswith("Lane Density:"))
    assert term.speaker is None
    assert summary(doc) == [("nadia-hollis", "Crestline Partners", ["marco-oyelaran"])]
    assert_sound(doc)


# A machine transcription without punctuation in the Q&A: the host's introductions, the askers and
# the answers run on in lower case, and a name breaks over two lines after "from".
UNPUNCTUATED_RUN = """Good morning and welcome to the Harrow Freight second quarter call.
Revenue rose 9% to $412 million in the quarter. We will now take your questions.
and we are quite pleased with the quarter overall thank you your next question comes from
Nadia Hollis with Crestline Partners your line is now open
yes thanks for taking the question how should we think about freight volumes in the
fourth quarter and the rate outlook thanks
thanks Nadia volumes are tracking ahead of plan and rates held up well through
october so we feel good your next question comes from Oskar
Brandt with Fairhaven Securities your line is now open hi good morning is the new
terminal on schedule and what does it cost this year
thanks Oskar it opens in March and the spend is in the plan
"""


def test_unpunctuated_run_is_cut_at_the_host_cues() -> None:
    """In a run without sentence ends, the host's introduction, the open line and thanks before the
    asker's first name start pieces of their own; a name broken after "from" is joined."""
    doc = parse(UNPUNCTUATED_RUN)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", [None]),
        ("oskar-brandt", "Fairhaven Securities", [None]),
    ]
    assert doc.paragraph(doc.qa[0].question[0]).text.startswith("yes thanks for taking the question")
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text.startswith("thanks Nadia")
    assert doc.paragraph(doc.qa[1].question[0]).text.startswith("hi good morning")
    assert_sound(doc)
