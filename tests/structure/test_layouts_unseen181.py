"""English layouts where the turns are found past what the labels say: a label run into another turn's
paragraph, a label every company speaker shares, initials alone on a line; each on a short fictional
call written in that layout."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``snippet``."""
    para = next(p for p in doc.paragraphs if snippet in p.text)
    by_id = doc.speakers_by_id
    return by_id[para.speaker].name if para.speaker in by_id else para.speaker


# A call reflowed from a PDF: a turn's label run into the paragraph before it, the asker's label lost
# inside the operator's paragraph.
REFLOWED_RUN_INTO = """\
Operator: Good morning and welcome to the Marlby Freight second quarter call. Please go ahead, Iris Moreau.

Iris Moreau: Thanks, and good morning. Volumes rose 4% in the quarter and revenue was $612 million, with the intermodal business growing fastest. Paul Denton: Thank you, Iris. Operating ratio improved to 91.5%.

Operator: Our first question comes from Sam Kiley with Redwater Partners. Please go ahead.

Sam Kiley: Paul, where is fuel surcharge revenue heading?

Paul Denton: Down slightly, with diesel prices lower.

Operator: Our next question comes from Lia Brandt with Oxley Securities. Please go ahead. Thanks for taking my question. Paul, what is the tax rate for the year? Paul Denton: Plan on 25%.
"""


def test_label_run_into_paragraph_of_someone_labelled_elsewhere() -> None:
    """``… Paul Denton: Plan on 25%.`` at a sentence end inside the operator's paragraph is Paul Denton's
    answer, and his remarks run into the CEO's paragraph are his: he opens another paragraph so."""
    doc = parse(REFLOWED_RUN_INTO)
    assert_sound(doc)
    assert speaker_of(doc, "Operating ratio improved") == "Paul Denton"
    assert summary(doc) == [
        ("Sam Kiley", "Redwater Partners", ["Paul Denton"]),
        ("Lia Brandt", "Oxley Securities", ["Paul Denton"]),
    ]


# An Indian call: every company turn labelled ``Management:``, the word passed on by name.
MANAGEMENT_LABEL = """\
Management: Mr. Vikram Shetty – Managing Director; Ms. Anita Rao – Chief Financial Officer

Moderator: Good day and welcome to the Kaveri Pumps earnings call. I now hand the conference over to Mr. Vikram Shetty. Thank you and over to you, sir.

Management: Thank you. Good afternoon, everyone. Revenue grew 14% to ₹860 crore this quarter. I will now request Anita to take you through the financials.

Management: Thank you, sir. EBITDA margin was 12.4% and net cash stands at ₹95 crore.

Moderator: The first question is from the line of Rohan Desai from Tapti Securities. Please go ahead.

Rohan Desai: Sir, what is the order inflow this quarter?

Management: Order inflow was ₹1,020 crore.
"""


def test_shared_management_label_after_handovers() -> None:
    """A ``Management:`` turn opening with thanks after a hand-over to a named person is that person's;
    an answer under the shared label names nobody and stays ``Management``."""
    doc = parse(MANAGEMENT_LABEL)
    assert_sound(doc)
    assert speaker_of(doc, "Revenue grew 14%") == "Vikram Shetty"
    assert speaker_of(doc, "EBITDA margin was 12.4%") == "Anita Rao"
    assert summary(doc) == [("Rohan Desai", "Tapti Securities", ["Management"])]


# A transcription service's call: an attendance list of names, then their initials, each turn under the
# speaker's initials alone on a line.
INITIALS_LINES = """\
Corrib Energy plc
Full Year Results Call

Attendance List:
Aoife Brennan
Declan Moore
(AB)
(DM)

Hosted By:
Aoife Brennan

RK
Good morning. My name is Rachel Kerr, head of investor relations. Aoife will start.
AB
Thanks, Rachel. Adjusted profit rose 12% to €410 million.
(AB)
We also raised the dividend by 8%.
DM
Thank you. Net debt fell to €1.1 billion.
Operator
The first question comes from Ciaran Walsh at Liffey Securities. Please go ahead.
Ciaran Walsh
Declan, what is the capex plan for next year?
DM
About €520 million.
"""


def test_initials_alone_on_a_line() -> None:
    """``AB`` and ``(AB)`` lines are Aoife Brennan's turns (the list gives her those initials), ``RK``
    is Rachel Kerr, who names herself; the list's names are no turns and ``Hosted By`` is nobody."""
    doc = parse(INITIALS_LINES)
    assert_sound(doc)
    assert speaker_of(doc, "Adjusted profit rose 12%") == "Aoife Brennan"
    assert speaker_of(doc, "We also raised the dividend") == "Aoife Brennan"
    assert speaker_of(doc, "My name is Rachel Kerr") == "Rachel Kerr"
    assert speaker_of(doc, "Net debt fell") == "Declan Moore"
    assert "Hosted By" not in {s.name for s in doc.speakers}
    assert summary(doc) == [("Ciaran Walsh", "Liffey Securities", ["Declan Moore"])]


# A conference fireside chat: the moderator and the audience labelled with a colon, the one executive
# with a spaced dash after his name.
DASHED_EXECUTIVE = """\
Kestrel Valley Foods at the Marbury Consumer Conference

Moderator: Good morning. I'm Nadia Frost, I cover packaged food here at Marbury Securities. With me is Owen Pryce, CEO of Kestrel Valley Foods. Owen, what has surprised you this year?

Owen Pryce - Thanks, Nadia. How fast private-label demand came back. Volumes rose 6% in the first half.

Moderator: How are you thinking about pricing for next year?

Owen Pryce - Low single digits. Input costs have settled.

Moderator: Let's take one from the audience.

Audience Member: Hi, Tom Reyes from Halden Capital. Owen, any appetite for acquisitions?

Owen Pryce - Small ones, in snacks. Nothing large.
"""


def test_executive_labelled_with_a_dash_beside_colon_labels() -> None:
    """``Owen Pryce - …`` three times opens the executive's turns though the other labels take a colon: the
    moderator's questions and the audience's are answered by him."""
    doc = parse(DASHED_EXECUTIVE)
    assert_sound(doc)
    assert speaker_of(doc, "Volumes rose 6%") == "Owen Pryce"
    assert summary(doc) == [
        ("Nadia Frost", "Marbury Securities", ["Owen Pryce"]),
        ("Nadia Frost", "Marbury Securities", ["Owen Pryce"]),
        ("Tom Reyes", "Halden Capital", ["Owen Pryce"]),
    ]


def test_initials_list_in_another_order_with_courtesy_titles() -> None:
    """The list's names may stand in another order than their initials and carry a courtesy title or a
    bullet: each code is the one listed name with those initials."""
    text = INITIALS_LINES.replace("Aoife Brennan\nDeclan Moore\n(AB)", "• Mr. Declan Moore\n• Ms. Aoife Brennan\n(AB)")
    doc = parse(text)
    assert_sound(doc)
    assert speaker_of(doc, "Adjusted profit rose 12%") == "Aoife Brennan"
    assert speaker_of(doc, "Net debt fell") == "Declan Moore"
