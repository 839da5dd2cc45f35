"""More layouts: a press briefing's office-and-surname labels, a moderator reading an online question and
giving the floor without names, and a dial-in caller the meeting platform numbers; each on a short fictional
call."""

from __future__ import annotations

import json

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound
from tests.structure.test_layouts_unseen28 import pairs, speaker_of


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def parse_bytes(data: bytes, name: str) -> Document:
    return run(ingest(data, name))


# A central bank's press conference: officials labelled by office and surname, named in full once.
OFFICE_LABELS = """\
Aldbury Reserve Bank Press Conference Transcript

Nell Carver: Good afternoon. Governor Ruth Kessane will read the statement, and Deputy Governor Ivo Marsh will join her for questions.

Governor Kessane: Thank you, Nell. The board held the policy rate at 3.5%. Inflation fell to 2.8% in the quarter.

Deputy Governor Marsh: Our bond holdings fell by 8 billion dollars as securities matured.

Nell Carver: Let's go to Lena Ortiz at Harbor Ledger.

Lena Ortiz: Thanks. Governor, is a cut possible in March?

Governor Kessane: We will decide in March on the data we have then.

Deputy Governor Marsh: And the runoff will go on at the same pace.
"""


def test_office_and_surname_labels_are_the_officials_named_in_full() -> None:
    """`Governor Kessane:` is Ruth Kessane and `Deputy Governor Marsh:` is Ivo Marsh, whom the opening
    names in full."""
    doc = parse(OFFICE_LABELS, "aldbury.txt")
    assert_sound(doc)
    assert pairs(doc) == [("Lena Ortiz", "Harbor Ledger", ["Ruth Kessane", "Ivo Marsh"])]
    assert speaker_of(doc, "The board held the policy rate at 3.5%") == "Ruth Kessane"


# A press briefing's moderator reads an online question (unquoted, after "who asks:") and gives the floor
# to the room without naming anyone.
BRIEFING = """\
PARTICIPANTS:

Speaker: RUTH KESSANE, President, Aldbury Development Bank
Speaker: IVO MARSH, Chief Financial Officer, Aldbury Development Bank
Moderator: NELL CARVER, Head of Media Relations, Aldbury Development Bank

MS. CARVER: Good morning. I will hand over to our President, Ruth Kessane, and then to our Chief Financial Officer, Ivo Marsh.

MS. KESSANE: Thank you, Nell. The bank lent a record 9 billion euros this year.

MR. MARSH: Net income was 600 million euros.

MS. CARVER: We have a question online from Lena Ortiz of Harbor Ledger, who asks: how much did funding costs rise this year? Ivo, would you take that?

MR. MARSH: Funding costs rose by about 30 basis points.

MS. CARVER: Next, a question here in the room.

QUESTIONER: Hi, Tom Keller, Eastport Times. Will lending grow next year?

MS. KESSANE: We plan about 10 billion euros of new lending.
"""


def test_online_question_read_after_who_asks_colon_and_a_floor_given_to_the_room() -> None:
    """"… from Lena Ortiz of Harbor Ledger, who asks: how much …?" is her question, answered by the CFO
    alone: the moderator's "Next, a question here in the room." answers nothing."""
    doc = parse(BRIEFING, "aldbury.txt")
    assert_sound(doc)
    assert pairs(doc) == [
        ("Lena Ortiz", "Harbor Ledger", ["Ivo Marsh"]),
        ("Tom Keller", "Eastport Times", ["Ruth Kessane"]),
    ]


# A meeting platform's transcript snippets (JSON): a phone participant shown as "Call-in User_2".
SNIPPETS = {
    "items": [
        {"personName": "Nell Carver", "offsetMillisecond": 0, "text": "Welcome. With me is Ivo Marsh, our Chief Financial Officer."},
        {"personName": "Ivo Marsh", "offsetMillisecond": 4000, "text": "Thanks, Nell. Net income was 600 million dollars."},
        {"personName": "Nell Carver", "offsetMillisecond": 9000, "text": "Next we have Lena Ortiz of Oakhurst Capital, who is joining by phone. Lena, go ahead."},
        {"personName": "Call-in User_2", "offsetMillisecond": 13000, "text": "Hi, thanks. What is your leverage target?"},
        {"personName": "Ivo Marsh", "offsetMillisecond": 17000, "text": "We aim for 2.5 to 3 times net debt to EBITDA."},
        {"personName": "Nell Carver", "offsetMillisecond": 22000, "text": "That's all the time we have today."},
    ]
}


def test_numbered_dial_in_is_the_asker_the_host_just_named() -> None:
    """`Call-in User_2` is a label the platform gives a phone line, not the host's words: the asker is the
    person the host just called on."""
    doc = parse_bytes(json.dumps(SNIPPETS).encode(), "webinar.json")
    assert_sound(doc)
    assert pairs(doc) == [("Lena Ortiz", "Oakhurst Capital", ["Ivo Marsh"])]


# A central bank's own transcript: labels in capitals closed by a full stop, the press officer opening at
# length and then giving the floor by a name alone ("Tom.").
PRESS_OFFICER = """\
Transcript of the Aldbury Reserve Bank Press Conference

NELL CARVER. Good afternoon. Chair Ruth Kessane will read the statement, and Deputy Governor Ivo Marsh will join her for questions.

CHAIR KESSANE. Thank you, Nell. The board held the policy rate at 3.5%. Inflation fell to 2.8% in the quarter.

DEPUTY GOVERNOR MARSH. Our bond holdings fell by 8 billion dollars as securities matured.

NELL CARVER. We'll go to Lena Ortiz.

LENA ORTIZ. Thanks. Lena Ortiz, Harbor Ledger. Is a cut possible in March?

CHAIR KESSANE. We will decide in March on the data we have then.

NELL CARVER. Tom.

TOM KELLER. Thank you. Tom Keller, Eastport Times. Will the runoff continue?

DEPUTY GOVERNOR MARSH. The runoff will go on at the same pace.
"""


def test_press_officer_who_opened_at_length_gives_the_floor_and_answers_nothing() -> None:
    """The press officer's long opening does not make her a speaker who answers: in the Q&A her lines only
    call on reporters, so "Tom." is no answer to Lena Ortiz."""
    doc = parse(PRESS_OFFICER, "aldbury.txt")
    assert_sound(doc)
    assert pairs(doc) == [
        ("Lena Ortiz", "Harbor Ledger", ["Ruth Kessane"]),
        ("Tom Keller", "Eastport Times", ["Ivo Marsh"]),
    ]
