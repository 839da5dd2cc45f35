"""Layouts met on more public transcripts, each on a short fictional call: a concall a moderator runs,
its PDF text flattened onto one line with page footers glued in and names printed with bare
initials; a machine transcription of short lines without labels whose speakers hand the call on by
first name; its analysts' questions spread over several short lines, or opening on thanks for the
floor; and a transcript app's export with long titles before the time, the asker's a broker's
"Managing Director"."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def speaker_of(doc: Document, start: str) -> str | None:
    """The speaker of the first paragraph starting with ``start``."""
    return next(p.speaker for p in doc.paragraphs if p.text.startswith(start))


# A concall's PDF text flattened onto one line: the moderator introduces each analyst, management
# answer under names with bare initials, and the page footer lands before a label.
FLAT_CONCALL = (
    "Kaveri Textiles Limited Q2 FY27 Earnings Conference Call, October 30, 2026\n\n"
    "With that, we can open the floor for questions. Moderator: Thank you very much. We will now begin "
    "the question-and-answer session. The first question is from the line of Ritu Malhotra from Ashoka "
    "Capital. Please go ahead. Ritu Malhotra: Good evening, Sir. My first question is on the yarn "
    "spreads, how should we think about them for the second half? Venkatesh R: Thank you, Ritu. The "
    "spreads held up in the quarter and we expect them to stay in a narrow band. Ritu Malhotra: And what "
    "about the capex for the new weaving unit? K S Narayanan: The capex is about 180 Crores, spread over "
    "two years. Page 7 of 18 October 30, 2026 Ritu Malhotra: Got it, Sir. Thank you so much. Moderator: "
    "Thank you. The next question is from the line of Arjun Iyer from Deccan Securities. Please go ahead. "
    "Arjun Iyer: Hi Sir, what is the utilisation at the dyeing plant now? Page 8 of 18 October 30, 2026 "
    "Venkatesh R: It is close to 80%, and we expect to cross 85% by March.\n"
)


def test_flattened_concall_a_moderator_runs_is_cut_at_each_label() -> None:
    """``Moderator:`` runs the call as ``Operator:`` would; "Venkatesh R" and "K S Narayanan" are
    names; a label after the page footer starts a turn too."""
    doc = parse(FLAT_CONCALL)
    assert summary(doc) == [
        ("ritu-malhotra", "Ashoka Capital", ["venkatesh-r"]),
        ("ritu-malhotra", "Ashoka Capital", ["k-s-narayanan"]),
        ("arjun-iyer", "Deccan Securities", ["venkatesh-r"]),
    ]
    assert speaker_of(doc, "Moderator: Thank you very much.") == "host"
    assert_sound(doc)


# A machine transcription of short lines, no labels: the operator hands the call to the IR head, who
# introduces the executives in full and hands over by first name.
WHISPER_HANDOVERS = """\
Good day and welcome to the Northwind Rail third quarter 2026 earnings call.
All participants are in a listen-only mode.
I will now turn the conference over to Dana Whitfield,
Vice President, Investor Relations.
Thank you.
You may begin.
Good morning.
Joining me today are Marco Lindqvist, our Chief Executive Officer,
and Helen Osei, our Chief Financial Officer.
I'll now turn the call over to Marco.
Thank you, Dana, and good morning, everyone.
Freight volumes grew 6% in the quarter,
led by intermodal.
With that, I will turn the call over to Helen
and come back for closing remarks.
Helen?
Thank you, Marco.
Revenue was $1.2 billion, up 5%.
With that, I will turn it back to Marco.
Thanks, Helen.
We are raising our outlook for the year.
With that, I will turn the call over to the operator for questions.
Thank you.
Our first question is from Sam Patel with Ridge Partners.
Please proceed.
Hi, good morning.
Thanks for taking my question.
Maybe we could start with intermodal.
It sounds like volumes picked up late in the quarter.
How much of that carries into the fourth quarter?
Sure, Sam.
Most of it does, as the new lanes ramp through December.
Our next question is from Ana Ruiz with Coastline Capital.
Please proceed.
Thanks. On pricing, are you seeing any pushback from shippers?
Not so far. Renewals are coming in above inflation.
"""


def test_label_free_handovers_give_the_prepared_remarks_their_speakers() -> None:
    """The operator's lines stay unattributed; each hand-over gives the floor to the person named
    (a first name is the one introduced in full), past the title line, the host's cue and the line
    calling the name, until the call goes back to the operator."""
    doc = parse(WHISPER_HANDOVERS)
    assert speaker_of(doc, "Vice President, Investor") is None
    assert speaker_of(doc, "You may begin.") is None
    assert speaker_of(doc, "Good morning.") == "dana-whitfield"
    assert speaker_of(doc, "I'll now turn the call over to Marco.") == "dana-whitfield"
    assert speaker_of(doc, "Thank you, Dana") == "marco-lindqvist"
    assert speaker_of(doc, "Helen?") == "marco-lindqvist"
    assert speaker_of(doc, "Thank you, Marco.") == "helen-osei"
    assert speaker_of(doc, "Thanks, Helen.") == "marco-lindqvist"
    assert speaker_of(doc, "Our first question") is None
    assert {s.id: s.side for s in doc.speakers}["helen-osei"] == "company"
    assert_sound(doc)


def test_a_question_over_short_lines_runs_to_its_question_mark() -> None:
    """The analyst's short lines before the question mark are all the question; the reply is the answer."""
    doc = parse(WHISPER_HANDOVERS)
    assert summary(doc) == [("sam-patel", "Ridge Partners", [None]), ("ana-ruiz", "Coastline Capital", [None])]
    question = [doc.paragraph(n).text for n in doc.qa[0].question]
    assert question[0] == "Hi, good morning."
    assert question[-1] == "How much of that carries into the fourth quarter?"
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text == "Sure, Sam."
    assert_sound(doc)


# A transcript app's export: a bullet, the name and a long title, the time, then the quoted speech.
APP_TIMESTAMPS = """\
- Operator (0:41:02): "Next question comes from the line of Magdalena Vogt-Hansen with Harborline Securities. Your line is open."
- Magdalena Vogt-Hansen, Managing Director (0:41:09): "Hi, thanks for taking my question. How should we think about the order intake in the fourth quarter? Thank you."
- Ravi Menon, President and CEO (0:41:40): "Thanks for the question. Orders were strong in October and we expect the quarter to end above plan."
- Operator (0:42:15): "Next question comes from the line of Owen Price with Tidewater Capital. Your line is open."
- Owen Price, Analyst (0:42:20): "Thanks. What drove the gross margin in the quarter?"
- Ravi Menon, President and CEO (0:42:31): "Mostly mix, and the new plant running at full rate."
"""


def test_app_labels_with_a_long_title_before_the_time() -> None:
    """The time between a long title and the colon does not make the label too long to be one."""
    doc = parse(APP_TIMESTAMPS)
    assert summary(doc) == [
        ("magdalena-vogt-hansen", "Harborline Securities", ["ravi-menon"]),
        ("owen-price", "Tidewater Capital", ["ravi-menon"]),
    ]
    assert_sound(doc)


# A machine transcription without labels: the asker thanks for the floor, then asks without a
# question mark.
THANKS_THEN_ASKS = """\
We will now take questions.
Our first question comes from the line of Tom Reyes with Granite Peak. Please proceed.
I want to thank you guys for taking the question.
Looking at the margin this quarter, I was hoping you could help us think about how pricing holds into next year. Thanks.
Thanks, Tom. Pricing held up well and we expect the increases to stick with most customers.
The next question comes from the line of Amy Lund with Northgate. Please proceed.
Thanks for taking my question. What are you seeing in Europe?
Europe was soft, but orders turned up in the last month.
"""


def test_thanks_for_taking_the_question_is_not_the_question_asked() -> None:
    """Thanking for the floor does not ask: the question runs on to the line asking in words."""
    doc = parse(THANKS_THEN_ASKS)
    assert summary(doc) == [("tom-reyes", "Granite Peak", [None]), ("amy-lund", "Northgate", [None])]
    question = [doc.paragraph(n).text for n in doc.qa[0].question]
    assert question[-1].startswith("Looking at the margin")
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text.startswith("Thanks, Tom.")
    assert_sound(doc)
