"""Layouts of English transcripts seen in the wild, each on a short fictional call: a data set's turns
labelled with the component type run into the name ("QuestionJane Roe:") and ``Name, Title, Firm:``
label lines."""

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
