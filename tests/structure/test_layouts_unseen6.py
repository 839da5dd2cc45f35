"""Layouts and operator lines met on more public transcripts, each on a short fictional call: the
many ways an operator introduces the next asker (the asker first, the firm first or in the
possessive, "representing"), the asker's question left under the operator's label, an asker labelled
by one name, and a vendor export whose labels give everyone's firm but no participants list."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


INTRO_CALL = """Operator: Good day and welcome to the Harrow Freight second quarter call. I would now like to turn the call over to Marco Oyelaran, chief executive officer.

Marco Oyelaran: Thank you. Revenue rose 9% to $412 million in the quarter.

Operator: We will now begin the question-and-answer session. Our first question comes from Tom Reyes with Bayfield Capital. Please go ahead.

Tom Reyes: Thanks. How are margins trending into the second half?

Marco Oyelaran: Margins rose 80 basis points.

Operator: {intro}

Nadia Hollis: Hi, thanks. How should we think about freight volumes in the fourth quarter?

Marco Oyelaran: Volumes are tracking ahead of plan.
"""


@pytest.mark.parametrize(
    "intro",
    [
        "Nadia Hollis from Crestline Partners has the next question.",
        "Nadia Hollis with Crestline Partners has our next question. Please go ahead.",
        "Our next question comes from Crestline Partners' Nadia Hollis.",
        "Our next question comes from Nadia Hollis representing Crestline Partners.",
        "Next question is from Crestline Partners, Nadia Hollis. Please go ahead.",
        "Our next question comes from Crestline Partners. Nadia Hollis, please go ahead.",
        "Please go ahead, Nadia Hollis from Crestline Partners.",
        "Next up, Nadia Hollis of Crestline Partners.",
        "Our next caller is Nadia Hollis from Crestline Partners.",
        "Next, we have Nadia Hollis from Crestline Partners on the line.",
    ],
)
def test_operator_introductions_name_asker_and_firm(intro: str) -> None:
    """However the operator words the introduction (the asker first and "has the next question",
    the firm first or in the possessive, "representing", the floor given after the firm), the asker
    gets the firm the operator named, and the firm never swallows the words after it."""
    doc = parse(INTRO_CALL.format(intro=intro))
    assert summary(doc) == [
        ("tom-reyes", "Bayfield Capital", ["marco-oyelaran"]),
        ("nadia-hollis", "Crestline Partners", ["marco-oyelaran"]),
    ]
    assert_sound(doc)


def test_request_to_the_operator_introduces_no_one() -> None:
    """"Operator, may we have the first question, please?" names no asker ("Operator" is no person
    and "may we" no firm): only a sentence saying who *has* the question introduces them."""
    doc = parse(INTRO_CALL.format(intro="Operator, may we have the next question, please? Nadia Hollis, your line is open."))
    assert summary(doc)[1] == ("nadia-hollis", None, ["marco-oyelaran"])
    assert {s.id for s in doc.speakers} == {"operator", "marco-oyelaran", "tom-reyes", "nadia-hollis"}


# A vendor export whose Q&A lost one asker's label: the question sits under the operator's.
QUESTION_UNDER_OPERATOR = """PRESENTATION
Operator
Good day and welcome to the Harrow Freight second quarter call. I would now like to turn the call over to Marco Oyelaran.

Marco Oyelaran
Harrow Freight Corp. - CEO
Revenue rose 9% to $412 million in the quarter, and volumes grew in every region.

QUESTIONS AND ANSWERS
Operator
Our first question comes from the line of Tom Reyes with Bayfield Capital.

Tom Reyes
Bayfield Capital - Analyst
How are margins trending into the second half?

Marco Oyelaran
Harrow Freight Corp. - CEO
Margins rose 80 basis points.

Operator
Our next question comes from the line of Nadia Hollis with Crestline Partners.
Just touching on volumes. You grew in every region, but can you say which lanes led the growth and what you see for the fourth quarter?

Marco Oyelaran
Harrow Freight Corp. - CEO
The cross-border lanes led, and the fourth quarter looks firm.

Operator
Our next question comes from the line of Oskar Brandt with Fairhaven Securities.

Oskar Brandt
Fairhaven Securities - Analyst
Is the new terminal on schedule?

Marco Oyelaran
Harrow Freight Corp. - CEO
Yes, it opens in March.
"""


def test_question_under_the_operators_label_is_the_introduced_askers() -> None:
    """The line after the operator's introduction that asks something is the introduced analyst's
    question (the transcript dropped their label), with the firm the operator named; the
    introduction itself stays the operator's."""
    doc = parse(QUESTION_UNDER_OPERATOR)
    assert summary(doc) == [
        ("tom-reyes", "Bayfield Capital", ["marco-oyelaran"]),
        ("nadia-hollis", "Crestline Partners", ["marco-oyelaran"]),
        ("oskar-brandt", "Fairhaven Securities", ["marco-oyelaran"]),
    ]
    by_start = {p.text[:24]: p.speaker for p in doc.paragraphs}
    assert by_start["Our next question comes "] == "operator"
    assert by_start["Just touching on volumes"] == "nadia-hollis"
    assert_sound(doc)


def test_operator_line_after_an_introduction_stays_the_operators() -> None:
    """A second operator line that only steers ("Please go ahead, your line is open.") asks nothing:
    it stays the operator's."""
    text = QUESTION_UNDER_OPERATOR.replace(
        "Our next question comes from the line of Oskar Brandt with Fairhaven Securities.\n",
        "Our next question comes from the line of Oskar Brandt with Fairhaven Securities.\n"
        "Mr. Brandt, please go ahead, your line is open now and you may proceed with it.\n",
    )
    doc = parse(text)
    assert summary(doc)[2] == ("oskar-brandt", "Fairhaven Securities", ["marco-oyelaran"])
    assert doc.paragraph(doc.qa[2].question[0]).text == "Is the new terminal on schedule?"


ONE_NAME_ASKER = """Operator: Good day and welcome to the Harrow Freight second quarter call. I would now like to turn the call over to Marco Oyelaran, chief executive officer.

Marco Oyelaran: Thank you. Revenue rose 9% to $412 million in the quarter.

Operator: Our first question comes from the line of Tom Reyes with Bayfield Capital. Please go ahead.

Tom Reyes: Thanks. How are margins trending into the second half?

Marco Oyelaran: Margins rose 80 basis points.

Operator: Your next question comes from the line of Nadia Hollis with Crestline Partners. Please go ahead.

Pereira: Hi. This is Pereira speaking for Nadia Hollis. How should we think about freight volumes in the fourth quarter?

Marco Oyelaran: Volumes are tracking ahead of plan.
"""


def test_one_name_label_after_an_introduction_is_the_asker() -> None:
    """"Pereira: Hi. This is Pereira speaking for Nadia Hollis." right after the operator introduced
    Nadia Hollis: the single name before the colon labels the one who asks (for the introduced
    analyst's firm); the question is no part of the operator's turn."""
    doc = parse(ONE_NAME_ASKER)
    assert summary(doc) == [
        ("tom-reyes", "Bayfield Capital", ["marco-oyelaran"]),
        ("pereira", "Crestline Partners", ["marco-oyelaran"]),
    ]
    question = doc.paragraph(doc.qa[1].question[0])
    assert question.speaker == "pereira"
    assert question.body.startswith("Hi. This is Pereira")
    assert_sound(doc)


RULE = "-" * 80
# An older vendor text export: dashed rules around "Name,  Firm - Title    [n]" headers, no roster;
# an analyst's title holds a job title an executive could hold ("MD & Senior Analyst").
FIRM_HEADERS = f"""Q2 2026 Harrow Freight Corp Earnings Call

{"=" * 80}
Presentation
{RULE}
Operator    [1]
{RULE}
Good day and welcome to the Harrow Freight second quarter call. I would now like to turn the call over to Dana Whitfield.

{RULE}
Dana Whitfield,  Harrow Freight Corp. - VP of IR    [2]
{RULE}
Thank you. With me today is Marco Oyelaran, our chief executive officer. Marco?

{RULE}
Marco Oyelaran,  Harrow Freight Corp. - President & CEO    [3]
{RULE}
Thank you, Dana. Revenue rose 9% to $412 million in the quarter, and volumes grew in every region.

{"=" * 80}
Questions and Answers
{RULE}
Operator    [1]
{RULE}
Our first question today is coming from Nadia Hollis from Crestline.

{RULE}
Nadia R. Hollis,  Crestline Partners LLC, Research Division - MD & Senior Analyst    [2]
{RULE}
How should we think about freight volumes in the fourth quarter?

{RULE}
Marco Oyelaran,  Harrow Freight Corp. - President & CEO    [3]
{RULE}
Volumes are tracking ahead of plan.

{RULE}
Nadia R. Hollis,  Crestline Partners LLC, Research Division - MD & Senior Analyst    [4]
{RULE}
And is the new terminal on schedule?

{RULE}
Marco Oyelaran,  Harrow Freight Corp. - President & CEO    [5]
{RULE}
Yes, it opens in March.
"""


def test_firm_unlike_the_presenters_makes_an_analyst() -> None:
    """With no participants list, the firm every prepared-remarks speaker's label gives is the
    company's: a Q&A speaker whose label gives another firm asks, even when the operator called them
    by a shorter name and their title holds a job title ("MD & Senior Analyst")."""
    doc = parse(FIRM_HEADERS)
    firm = "Crestline Partners LLC, Research Division"
    assert summary(doc) == [
        ("nadia-r-hollis", firm, ["marco-oyelaran"]),
        ("nadia-r-hollis", firm, ["marco-oyelaran"]),
    ]
    sides = {s.id: s.side for s in doc.speakers}
    assert sides["nadia-r-hollis"] == "analyst"
    assert sides["dana-whitfield"] == sides["marco-oyelaran"] == "company"
    assert_sound(doc)


# A terminal's export: participants as "Name, Title, Firm" bullets, "Q - Name" / "A - Name" turns.
TITLE_FIRST_ROSTER = """Harrow Freight Corp. (HRWF) Q2 2026 Earnings Call

Company Participants
• Marco Oyelaran, Chief Executive Officer
• Lena Fischer, Chief Financial Officer

Other Participants
• Nadia Hollis, Analyst, Crestline Partners
• Tom Reyes, Analyst, Bayfield Capital

Presentation

Operator
Good day and welcome to the Harrow Freight second quarter call. I would now like to turn the call over to Marco Oyelaran.

Marco Oyelaran {BIO 10000001 <GO>}
Thank you. Revenue rose 9% to $412 million in the quarter.

Questions And Answers

Operator
Our first question comes from Nadia Hollis.

Q - Nadia Hollis {BIO 10000003 <GO>}
Hi, thanks. How should we think about freight volumes in the fourth quarter?

A - Marco Oyelaran {BIO 10000001 <GO>}
Volumes are tracking ahead of plan.

A - Lena Fischer {BIO 10000002 <GO>}
And pricing is holding.

Operator
Next question, Tom Reyes.

Q - Tom Reyes {BIO 10000004 <GO>}
Is the new terminal on schedule?

A - Marco Oyelaran {BIO 10000001 <GO>}
Yes, it opens in March.
"""


def test_participant_title_before_firm() -> None:
    """"Nadia Hollis, Analyst, Crestline Partners": the title comes first, so the firm is what
    follows it, not "Analyst, Crestline Partners"."""
    doc = parse(TITLE_FIRST_ROSTER)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", ["marco-oyelaran", "lena-fischer"]),
        ("tom-reyes", "Bayfield Capital", ["marco-oyelaran"]),
    ]
    assert doc.speakers_by_id["nadia-hollis"].role == "Analyst"
    assert_sound(doc)


# One-line turns where the asker's words ran into the operator's line (no label of their own).
QUESTION_IN_OPERATOR_LINE = """Operator: Good day and welcome. I would now like to turn the call over to Marco Oyelaran, chief executive officer.

Marco Oyelaran: Thank you. Revenue rose 9% to $412 million in the quarter.

Operator: Our first question comes from Tom Reyes with Bayfield Capital. Please go ahead.

Tom Reyes: Thanks. How are margins trending?

Marco Oyelaran: Margins rose 80 basis points.

Operator: Our next question comes from Nadia Hollis with Crestline Partners. Please go ahead. Hi, thanks for taking my question. How should we think about freight volumes in the fourth quarter?

Marco Oyelaran: Volumes are tracking ahead of plan.

Operator: Our next question comes from Oskar Brandt with Fairhaven Securities. Please go ahead. Your line is open.

Oskar Brandt: Is the new terminal on schedule?

Marco Oyelaran: Yes, it opens in March.
"""


def test_question_in_the_operators_line_is_the_askers() -> None:
    """"Operator: Our next question comes from Nadia Hollis … Please go ahead. Hi, thanks … How …?":
    the words after the floor is given ask, so the paragraph is the introduced analyst's question,
    its text starting after the introduction; a line that only gives the floor stays the operator's."""
    doc = parse(QUESTION_IN_OPERATOR_LINE)
    assert summary(doc) == [
        ("tom-reyes", "Bayfield Capital", ["marco-oyelaran"]),
        ("nadia-hollis", "Crestline Partners", ["marco-oyelaran"]),
        ("oskar-brandt", "Fairhaven Securities", ["marco-oyelaran"]),
    ]
    question = doc.paragraph(doc.qa[1].question[0])
    assert question.body == "Hi, thanks for taking my question. How should we think about freight volumes in the fourth quarter?"
    assert doc.paragraph(question.n + 2).speaker == "operator"
    assert_sound(doc)


# A machine transcription that gave every caller the same number.
SHARED_NUMBER = """SPEAKER_00: Good day and welcome to the Harrow Freight second quarter results call. I would now like to turn the call over to Marco Oyelaran, chief executive officer. Please go ahead.
SPEAKER_01: Thank you. Revenue rose 9% to $412 million in the quarter and volumes grew in every region.
SPEAKER_00: Thank you. We will now begin the question-and-answer session. Our first question comes from Tom Reyes with Bayfield Capital. Please go ahead.
SPEAKER_03: Thanks. How are margins trending into the second half?
SPEAKER_01: Margins rose 80 basis points and we expect more.
SPEAKER_03: And on pricing, is that holding?
SPEAKER_01: Pricing is holding.
SPEAKER_00: Our next question comes from Nadia Hollis with Crestline Partners.
SPEAKER_03: Hi, thanks. How should we think about freight volumes in the fourth quarter?
SPEAKER_01: Volumes are tracking ahead of plan.
SPEAKER_00: Our next question comes from Oskar Brandt with Fairhaven Securities.
SPEAKER_03: Is the new terminal on schedule?
SPEAKER_01: Yes, it opens in March.
"""


def test_one_number_for_several_callers() -> None:
    """``SPEAKER_03`` speaks right after the introductions of three different analysts: the number
    is the callers' line, not one person, so each question is the one introduced (a follow-up with
    no introduction stays with the last one), never all of them the first's."""
    doc = parse(SHARED_NUMBER)
    assert summary(doc) == [
        ("tom-reyes", "Bayfield Capital", ["speaker-01"]),
        ("tom-reyes", "Bayfield Capital", ["speaker-01"]),
        ("nadia-hollis", "Crestline Partners", ["speaker-01"]),
        ("oskar-brandt", "Fairhaven Securities", ["speaker-01"]),
    ]
    assert doc.paragraph(doc.qa[2].question[0]).speaker == "nadia-hollis"
    assert doc.speakers_by_id["speaker-01"].name == "Marco Oyelaran"
    assert_sound(doc)
