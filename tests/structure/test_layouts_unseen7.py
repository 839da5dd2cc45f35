"""Machine-diarised calls ("Speaker 2:", "SPEAKER_03:") met on more public transcripts, each on a short
fictional call: company speakers named from the first name the call hands the floor to ("With that,
I'll turn the call over to Priya"), from a colleague asked by first name ("Tariq, anything to add?")
or from a reply naming its speaker ("It's Owen."), always through the full name the call introduced;
an operator giving the floor with "we have <name> from <firm>"; IR asking the operator for the next
question."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


INTRO = (
    "With me today are Priya Natarajan, our Chief Executive Officer, Owen Falk, our Chief Financial "
    "Officer, and Tariq Bell, who runs our logistics business. "
)

DIARIZED_CALL = """Speaker 0: Good morning and welcome to the Kestrel Outdoor first quarter results call. I would now like to turn the conference over to Mara Quint, investor relations. Please go ahead.

Speaker 1: Thank you, and good morning everyone. {intro}I will kick off the call and hand it over to Owen for the numbers before we open for questions. With that, I'll turn the call over to Priya.

Speaker 2: Thanks, Mara. Sales rose 7% to $212 million in the quarter, and every region grew. Owen will walk you through the margin detail.

Speaker 3: Thank you, Priya. Gross margin was 41.2%, up 90 basis points on lower freight costs.

Speaker 0: Thank you. For our next question, we have Lena Moss from Halvard Securities. Lena, your line's open.

Speaker 5: Thanks. How much of the freight saving carries into the second half?

Speaker 2: Most of it. Tariq, is there anything you'd like to add on the contracts?

Speaker 4: Only that the new lanes are locked in through March.

Speaker 5: Great, thanks.

Speaker 1: Thank you, Lena. Operator, next question please.

Speaker 0: Thank you. For our next question, we have Jon Pryce from Wexley Partners. Jon, your line is open.

Speaker 6: Good morning. Is the dividend policy changing?

Speaker 3: Hi, Jon. It's Owen. No, the policy is unchanged.
"""


def test_numbered_speakers_take_the_names_the_floor_is_given_to() -> None:
    """The IR host introduces three executives by full name, mentions handing over to one (Owen)
    and then turns the call over to another (Priya): the next numbered speaker is Priya, the last
    one handed the floor. "Owen will walk you through ..." names the speaker after Priya, and a
    colleague asked by first name ("Tariq, is there anything you'd like to add?") the one who
    replies: each the full name the call introduced."""
    doc = parse(DIARIZED_CALL.format(intro=INTRO))
    names = {s.id: s.name for s in doc.speakers}
    assert names["speaker-2"] == "Priya Natarajan"
    assert names["speaker-3"] == "Owen Falk"
    assert names["speaker-4"] == "Tariq Bell"
    assert names["speaker-1"] == "Mara Quint"
    assert doc.speakers_by_id["speaker-4"].side == "company"
    assert_sound(doc)


def test_operator_we_have_name_from_firm() -> None:
    """"For our next question, we have Lena Moss from Halvard Securities." introduces the asker
    and firm, and the IR host's "Operator, next question please." steers instead of answering."""
    doc = parse(DIARIZED_CALL.format(intro=INTRO))
    assert summary(doc) == [
        ("speaker-5", "Halvard Securities", ["speaker-2", "speaker-4"]),
        ("speaker-6", "Wexley Partners", ["speaker-3"]),
    ]
    assert doc.speakers_by_id["speaker-5"].name == "Lena Moss"
    assert doc.speakers_by_id["speaker-6"].name == "Jon Pryce"
    assert_sound(doc)


def test_reply_naming_its_speaker() -> None:
    """A numbered speaker first heard in the Q&A, with no hand-over before it, who says "It's
    Owen." is the Owen the call introduced."""
    text = DIARIZED_CALL.format(intro=INTRO).replace(" Owen will walk you through the margin detail.", "")
    text = text.replace("Speaker 3: Thank you, Priya. Gross margin was 41.2%, up 90 basis points on lower freight costs.\n\n", "")
    doc = parse(text)
    assert doc.speakers_by_id["speaker-3"].name == "Owen Falk"
    assert summary(doc)[1] == ("speaker-6", "Wexley Partners", ["speaker-3"])


def test_first_names_the_call_never_gives_in_full_name_no_one() -> None:
    """Without the introductions, "Priya", "Owen" and "Tariq" could be anyone: the numbered
    speakers keep their numbers (the pairs do not change)."""
    doc = parse(DIARIZED_CALL.format(intro=""))
    names = {s.id: s.name for s in doc.speakers}
    assert (names["speaker-2"], names["speaker-3"], names["speaker-4"]) == ("Speaker 2", "Speaker 3", "Speaker 4")
    assert summary(doc)[0] == ("speaker-5", "Halvard Securities", ["speaker-2", "speaker-4"])
    assert_sound(doc)


def test_an_analyst_addressing_someone_names_no_one() -> None:
    """An analyst asking "Tariq, ...?" does not say who answers: the numbered speaker who replies
    first keeps its number."""
    text = DIARIZED_CALL.format(intro=INTRO).replace(
        "Speaker 5: Thanks. How much of the freight saving carries into the second half?\n\nSpeaker 2: Most of it. Tariq, is there anything you'd like to add on the contracts?",
        "Speaker 5: Thanks. Tariq, can you say how much of the freight saving carries into the second half?",
    )
    doc = parse(text)
    assert doc.speakers_by_id["speaker-4"].name == "Speaker 4"


NAMED_CALL = """Operator: Good day and welcome to the Kestrel Outdoor first quarter call. I would now like to turn the call over to Priya Natarajan, chief executive officer.

Priya Natarajan: Thank you. Sales rose 7% to $212 million in the quarter.

Operator: We will now begin the question-and-answer session. {first}

Lena Moss: Thanks. How much of the freight saving carries into the second half?

Priya Natarajan: Most of it, we expect.

Operator: {second}

Jon Pryce: Good morning. Is the dividend policy changing?

Priya Natarajan: No, the policy is unchanged.
"""


def test_firm_ending_in_an_abbreviation_keeps_its_period() -> None:
    """"… with Halvard Securities & Co." ends the sentence on the firm's own period: the firm is
    "Halvard Securities & Co.", while an ordinary sentence end is no part of a firm."""
    doc = parse(
        NAMED_CALL.format(
            first="Your first question comes from the line of Lena Moss with Halvard Securities & Co.",
            second="Your next question comes from the line of Jon Pryce with Wexley Partners.",
        )
    )
    assert summary(doc) == [
        ("lena-moss", "Halvard Securities & Co.", ["priya-natarajan"]),
        ("jon-pryce", "Wexley Partners", ["priya-natarajan"]),
    ]
    assert_sound(doc)


HONORIFIC_CALL = """SPEAKER_00: Good day and welcome to the Kestrel Outdoor first quarter call. I would now like to turn the call over to Priya Natarajan, chief executive officer.
SPEAKER_01: Thank you. Sales rose 7% to $212 million in the quarter.
SPEAKER_00: We will now begin the question-and-answer session. The first question is from Ms. Lena Moss.
SPEAKER_03: Lena Moss from Halvard Securities. How much of the freight saving carries into the second half?
SPEAKER_01: Most of it, we expect.
SPEAKER_00: Next question is from Mr. Jon Pryce.
SPEAKER_04: Good morning. Is the dividend policy changing?
SPEAKER_01: No, the policy is unchanged.
"""


def test_introduction_with_an_honorific_and_no_firm() -> None:
    """A European operator's "Next question is from Mr. Jon Pryce." names the numbered speaker who
    asks next, as firmly as an introduction without the honorific."""
    doc = parse(HONORIFIC_CALL)
    assert doc.speakers_by_id["speaker-03"].name == "Lena Moss"
    assert doc.speakers_by_id["speaker-04"].name == "Jon Pryce"
    assert [q.asker for q in doc.qa] == ["speaker-03", "speaker-04"]
    assert doc.speakers_by_id["speaker-04"].side == "analyst"
    assert_sound(doc)


def test_full_name_handover_to_someone_the_opening_introduced() -> None:
    """The opening introduces the executives ("With me today are Priya Natarajan, our Chief
    Executive Officer, ..."), then hands over by full name: the numbered speaker who answers is that
    person, not a second, silent Priya."""
    text = DIARIZED_CALL.format(intro=INTRO).replace("turn the call over to Priya.", "turn the call over to Priya Natarajan.")
    doc = parse(text)
    assert doc.speakers_by_id["speaker-2"].name == "Priya Natarajan"
    assert [s.name for s in doc.speakers].count("Priya Natarajan") == 1


def test_handover_to_a_title_and_first_name() -> None:
    """"I'll turn it over to our Chief Executive Officer, Priya." hands the floor to Priya as
    plainly as "over to Priya"."""
    text = DIARIZED_CALL.format(intro=INTRO).replace(
        "With that, I'll turn the call over to Priya.", "With that, I'll turn it over to our Chief Executive Officer, Priya."
    )
    doc = parse(text)
    assert doc.speakers_by_id["speaker-2"].name == "Priya Natarajan"
    assert_sound(doc)
