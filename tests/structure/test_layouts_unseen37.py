"""Layouts of English transcripts seen in the wild, each on a short fictional call: a data set's turns
labelled with the component type run into the name ("QuestionJane Roe:"), a conference session whose
askers from the room stay ``Unidentified Analyst`` but say who they are, ``Name, Title, Firm:`` label
lines, a host bank's analyst welcoming the presenters before the company speaks, and a press
conference whose two officials share a surname ("GOVERNOR LEE." and "DEPUTY GOVERNOR LEE.") and whose
moderator is labelled "MODERATOR." in the same style."""

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


GLUED_COMPONENTS = """Brackenfold Mills Q1 2026 Earnings Call

Operator: Welcome to the Brackenfold Mills first quarter call. I will hand over to Ines Calloway, Chief Financial Officer.

Ines Calloway: Thank you. Paper volumes rose 4% and net sales were $310 million.

Operator: Our first question comes from Rhys Tennant with Dunmore Securities.

QuestionRhys Tennant: Ines, what is the outlook for pulp costs?

AnswerInes Calloway: We expect pulp costs to fall about 5% in the second quarter.

QuestionRhys Tennant: Thanks.
"""


def test_a_component_type_run_into_the_name_is_no_part_of_who_speaks() -> None:
    doc = parse(GLUED_COMPONENTS)
    assert pairs(doc) == [("Rhys Tennant", "Dunmore Securities", ["Ines Calloway"])]
    assert not any(s.name.startswith(("Question", "Answer")) for s in doc.speakers)


ROOM_ASKERS = """Pellingham Tools Investor Day - Panel Session

Company Participants

Agnes Thorley - Chief Executive Officer

Conference Call Participants

Unidentified Analyst

Agnes Thorley

Thanks for staying for the panel. We are happy to take your questions.

Unidentified Analyst

Hi, it's Marcus Vell from Crowther Securities. What growth do you expect in the outdoor range?

Agnes Thorley

About 8% a year through 2028, mostly from new retail partners.

Unidentified Analyst

Thank you. Jonas Ekberg, Halden Partners. How much of the plan is priced in dollars?

Agnes Thorley

Roughly a third of it.

Unidentified Analyst

And one on margins: do you expect any pressure from freight?

Agnes Thorley

Very little; our freight contracts are fixed through next year.
"""


def test_an_unidentified_analyst_who_says_who_they_are_asks_as_that_person() -> None:
    doc = parse(ROOM_ASKERS)
    assert pairs(doc) == [
        ("Marcus Vell", "Crowther Securities", ["Agnes Thorley"]),
        ("Jonas Ekberg", "Halden Partners", ["Agnes Thorley"]),
        ("Unidentified Analyst", None, ["Agnes Thorley"]),
    ]


NAME_TITLE_FIRM_LINES = """ORMSBY LOGISTICS
SECOND QUARTER CONFERENCE CALL

Operator:
Welcome to the Ormsby Logistics second quarter call. I will now turn the call over to Keira Dunne, Chief Financial Officer.

Keira Dunne, Chief Financial Officer, Ormsby Logistics:
Thank you. Revenue was $540 million, up 7%, and operating margin was 11%.

Operator:
The first question is from Lionel Grady of Castlemere & Co.

Lionel Grady, Managing Director, Castlemere & Co.:
Thanks. Keira, what drove the margin improvement?

Keira Dunne, Chief Financial Officer, Ormsby Logistics:
Mostly better utilisation of the new depots.
"""


def test_a_name_title_firm_line_is_a_label_and_a_shared_title_before_a_firm_tells_no_side() -> None:
    doc = parse(NAME_TITLE_FIRM_LINES)
    assert pairs(doc) == [("Lionel Grady", "Castlemere & Co.", ["Keira Dunne"])]


HOST_BANK_FIRESIDE = """Quenby Foods (QNB) Presents at Ashdown Bank Consumer Conference (Transcript)

Company Participants

Rosa Lind - Chief Executive Officer

Conference Call Participants

Carys Bramall - Ashdown Bank

Carys Bramall

Good morning. I'm Carys Bramall, and I cover food producers here at Ashdown Bank. Please welcome Rosa Lind, Quenby's chief executive.

Rosa Lind

Thanks, Carys. Organic sales grew 5% last year, led by our frozen range.

Carys Bramall

Rosa, how are you thinking about pricing next year?

Rosa Lind

We expect low single-digit price increases, below inflation.
"""


def test_a_host_analysts_welcome_before_the_company_speaks_is_no_question() -> None:
    doc = parse(HOST_BANK_FIRESIDE)
    assert pairs(doc) == [("Carys Bramall", "Ashdown Bank", ["Rosa Lind"])]


TWO_OFFICES_ONE_SURNAME = """HARBOURVALE MONETARY AUTHORITY
PRESS CONFERENCE ON THE QUARTERLY POLICY DECISION
{participants}
GOVERNOR LEE. Good afternoon. The board decided today to hold the policy rate at 3.25%.

DEPUTY GOVERNOR LEE. Thank you, Governor. Bank capital ratios remain well above the minimum.

MODERATOR: We will now take questions. First, Nora Quill from the Harbour Ledger.

MS. QUILL. Thank you. Governor, is a rate cut possible before the summer?

GOVERNOR LEE. We do not rule anything out, but we want to see services inflation come down first.

MODERATOR: Next, Tomas Reyna from Coastline Wire.

MR. REYNA. Deputy Governor, are you concerned about commercial property lending?

DEPUTY GOVERNOR LEE. We are watching it closely, and arrears remain low.
"""


def test_two_offices_with_one_surname_are_two_people() -> None:
    doc = parse(TWO_OFFICES_ONE_SURNAME.format(participants=""))
    assert [answers for _, _, answers in pairs(doc)] == [["Governor Lee"], ["Deputy Governor Lee"]]
    opening = next(p for p in doc.paragraphs if p.text.startswith("DEPUTY GOVERNOR LEE. Thank you"))
    assert doc.speakers_by_id[opening.speaker or ""].name == "Deputy Governor Lee"


def test_two_offices_with_one_surname_take_the_full_names_the_text_gives_each_office() -> None:
    listed = "\nParticipants: Governor Grace Lee; Deputy Governor Daniel Lee\n"
    doc = parse(TWO_OFFICES_ONE_SURNAME.format(participants=listed))
    assert [answers for _, _, answers in pairs(doc)] == [["Grace Lee"], ["Daniel Lee"]]


def test_a_moderator_labelled_in_capitals_with_a_full_stop_gives_the_floor() -> None:
    doc = parse(TWO_OFFICES_ONE_SURNAME.format(participants="").replace("MODERATOR:", "MODERATOR."))
    assert pairs(doc) == [
        ("Nora Quill", None, ["Governor Lee"]),
        ("Tomas Reyna", "Coastline Wire", ["Deputy Governor Lee"]),
    ]
    floor = next(p for p in doc.paragraphs if p.text.startswith("MODERATOR. Next"))
    assert doc.speakers_by_id[floor.speaker or ""].side == "host"
