"""Layouts of English transcripts seen in the wild, each on a short fictional call: a notes tool's Markdown
that opens each turn with its span typeset with an arrow (``[00:00:04 → 00:00:41] **Name:**``) under a
heading naming the results call; numbered speakers (``Speaker 2:``) that a speaker key at the end of
the text names; a press conference whose chair is labelled by office and whose journalists by their voice
(``FEMALE PARTICIPANT:``, ``MALE VOICE:``); a broker's analyst who says she moderates or hosts and gives
the executives the floor by first name, who then answer under first names; a fireside chat whose turns are
labelled by role (``INTERVIEWER:`` / ``RESPONDENT:``) under header lines naming who holds each role."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, start: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``start``."""
    para = next(p for p in doc.paragraphs if start in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


ARROW_SPANS = """# Brindlecombe Dairy — Q1 2026 Results Call

[00:00:03 → 00:00:30] **Operator:** Welcome to the Brindlecombe Dairy results call. I'll hand over to our Chief Executive, Ruth Kemble.

[00:00:31 → 00:01:40] **Ruth Kemble:** Thank you. Milk volumes rose 3% in the quarter and the new cheese line opened in March.

[00:01:41 → 00:01:55] **Operator:** Our first question comes from Owen Pryce with Harlow Street Securities.

[00:01:56 → 00:02:10] **Owen Pryce:** Ruth, what did the cheese line cost?

[00:02:11 → 00:02:30] **Ruth Kemble:** About £22 million, on budget.
"""


def test_turns_opened_by_a_span_with_an_arrow_are_labelled() -> None:
    doc = parse(ARROW_SPANS, "call.md")
    assert pairs(doc) == [("Owen Pryce", "Harlow Street Securities", ["Ruth Kemble"])]
    assert speaker_of(doc, "Milk volumes rose 3%") == "Ruth Kemble"


def test_a_heading_naming_the_results_call_is_no_speaker() -> None:
    doc = parse(ARROW_SPANS, "call.md")
    assert speaker_of(doc, "Brindlecombe Dairy — Q1 2026") is None
    assert "Brindlecombe Dairy" not in {s.name for s in doc.speakers}


NUMBERED_WITH_KEY = """Quenmore Cables - Q4 2025 Earnings Call - Automatic Transcript

Speaker 1: Good afternoon and welcome to the Quenmore Cables fourth quarter call. I will hand over to the Chief Executive.

Speaker 2: Thank you. Cable shipments rose 11% and the new Ohio line is running at full speed.

Speaker 1: Our first question comes from Dara Lowell with Pinfold Securities.

Speaker 3: Hi. Is the Ohio line already profitable?

Speaker 2: It is, since November.

Speaker key
Speaker 1 - Operator
Speaker 2 - Tobias Quenmore, Chief Executive Officer
Speaker 3 - Dara Lowell, Pinfold Securities
"""


def test_a_speaker_key_at_the_end_names_the_numbered_speakers() -> None:
    doc = parse(NUMBERED_WITH_KEY)
    assert pairs(doc) == [("Dara Lowell", "Pinfold Securities", ["Tobias Quenmore"])]
    assert speaker_of(doc, "Cable shipments rose 11%") == "Tobias Quenmore"
    assert speaker_of(doc, "Speaker 2 - Tobias Quenmore") is None  # the key is no one's speech


VOICE_LABELS = """HARTWELL GLASS plc
Full-Year Results Press Conference

CHAIR: Good morning. With me are our Chief Executive, Nora Vance, and our Finance Director, Philip Amis.

NORA VANCE: Thank you. Glass volumes rose 6% and the Bristol furnace was relined on time.

CHAIR: Questions from the press, please.

MALE VOICE: Kieran Lowe, Evening Courier. Nora, will prices rise next year?

NORA VANCE: Modestly, by about 2%.

FEMALE PARTICIPANT: Ada Quist from Trade Glass Review. Philip, is the dividend safe?

PHILIP AMIS: Yes, it is covered twice by earnings.

CHAIR: Thank you, that's all we have time for.
"""


def test_askers_told_apart_by_voice_name_themselves() -> None:
    doc = parse(VOICE_LABELS)
    assert pairs(doc) == [
        ("Kieran Lowe", "Evening Courier", ["Nora Vance"]),
        ("Ada Quist", "Trade Glass Review", ["Philip Amis"]),
    ]


def test_the_chair_labelled_by_office_is_no_one_elses_turn() -> None:
    doc = parse(VOICE_LABELS)
    assert speaker_of(doc, "Questions from the press, please.") != "Nora Vance"


BROKER_MODERATED = """Fallowmere Mining Investor Update
Transcript by a transcription service

Iris Cole (00:00:02):
Good morning. I'm Iris Cole, metals analyst at Barrowgate Securities, and I'm moderating today's update with Fallowmere Mining. With us are Lena Dorsey, CEO, and Marek Holm, CFO. Lena?

Lena Dorsey (00:00:20):
Thanks, Iris. Copper output rose 9% in the quarter.

Iris Cole (00:00:58):
Thanks, Lena. One of my own first: is the smelter contract renewed?

Lena Dorsey (00:01:03):
Yes, for five years.

Iris Cole (00:01:10):
Thanks. Next, Jonah Reed from Calder Hill Capital.

Jonah Reed (00:01:15):
Lena, when does the new mill start?

Lena Dorsey (00:01:22):
In March.
"""


def test_a_broker_analyst_moderating_gives_the_floor_without_asking() -> None:
    doc = parse(BROKER_MODERATED)
    assert pairs(doc) == [
        ("Iris Cole", "Barrowgate Securities", ["Lena Dorsey"]),
        ("Jonah Reed", "Calder Hill Capital", ["Lena Dorsey"]),
    ]
    assert speaker_of(doc, "Copper output rose 9%") == "Lena Dorsey"


HOSTED_FIRST_NAMES = """Wendle Pumps - Investor Call Hosted by Carrick & Hume
October 2, 2025

Mae Finch: Good afternoon and welcome. I'm Mae Finch, the industrials analyst at Carrick & Hume, and I'm hosting today's call. We have Anton Wendle, Chief Executive Officer, and Ruth Okafor, Chief Financial Officer. Anton, would you like to start?

Anton Wendle: Thank you, Mae. Pump orders rose 14% in the half.

Ruth: And gross margin reached 38%, up two points.

Mae: Thanks. Next we have Colm Tierney from Hollis Bay Capital.

Colm Tierney: Ruth, how much of the margin gain is pricing?

Ruth: About half of it.
"""


def test_officers_the_opening_names_without_our_answer_under_first_names() -> None:
    doc = parse(HOSTED_FIRST_NAMES)
    assert speaker_of(doc, "And gross margin reached 38%") == "Ruth Okafor"
    assert pairs(doc) == [("Colm Tierney", "Hollis Bay Capital", ["Ruth Okafor"])]


ROLE_KEYED = """Tollard Partners Retail Conference 2025
Fireside Chat: Brackley Home Stores
Interviewer: Uma Selby, Retail Analyst, Tollard Partners
Respondent: Gareth Brackley, Chief Executive Officer, Brackley Home Stores

INTERVIEWER: Thanks for joining us, Gareth. How did the spring season go?

RESPONDENT: Well. Like-for-like sales rose 4% and garden furniture sold out.

INTERVIEWER: Let's take one from the room.

AUDIENCE: Hi, Levi Marsh from Corrow Capital. Will you open more stores next year?

RESPONDENT: Two, both in Scotland.
"""


def test_role_labels_are_the_people_the_header_names() -> None:
    doc = parse(ROLE_KEYED)
    assert pairs(doc) == [
        ("Uma Selby", "Tollard Partners", ["Gareth Brackley"]),
        ("Levi Marsh", "Corrow Capital", ["Gareth Brackley"]),
    ]
    assert speaker_of(doc, "Like-for-like sales rose 4%") == "Gareth Brackley"
    assert "Fireside Chat" not in {s.name for s in doc.speakers}
