"""Layouts met on complete held-out transcripts saved from a data API as markdown (``# … Earnings
Call Transcript``, then one ``Name: text`` line per turn), each on a short fictional call: an IR head
who runs the webcast and reads out shareholders' submitted questions before calling on analysts, an
analyst checking the line before asking, a label whose title the export split onto its own line, and
IR's replay notice closing an operator-run call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.md") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def question_text(doc: Document, k: int) -> str:
    return " ".join(doc.paragraph(n).body for n in doc.qa[k].question)


def speaker_of(doc: Document, fragment: str) -> str | None:
    sid = doc.paragraph(n_of(doc, fragment)).speaker
    return doc.speakers_by_id[sid].name if sid else None


HOSTED_WEBCAST = """# VLTR Q1 2027 Earnings Call Transcript

**Date:** 2027-04-22
**Company:** VLTR
**Quarter:** Q1 2027

---

Nadia Brandt: Good afternoon, and welcome to Voltreck's First Quarter 2027 Q&A Webcast. I'm Nadia Brandt, Head of Investor Relations, joined by Owen Falk and Priya Natarajan. Before we go to questions, Owen has some opening remarks.
Owen Falk: Thanks, Nadia. Voltreck delivered 48,000 charging stations in the quarter, up 22% from a year ago, and our service network now covers 14 countries.
Nadia Brandt: Thank you, Owen. Priya?
Priya Natarajan: Thanks. Revenue was $1.9 billion and gross margin improved to 19.4%, helped by lower cell costs.
Nadia Brandt: Great. Thank you, Priya. So now we'll move on to questions submitted by shareholders. The first question is, when will the home charger be available in Canada, and at what price?
Owen Falk: We expect to launch in Canada in the third quarter, priced close to the U.S. model.
Nadia Brandt: Thank you, Owen. The next question is, how much of this year's capital spending goes to the new cell plant?
Priya Natarajan: About two thirds of the $1.2 billion we plan to spend this year.
Nadia Brandt: Thank you. The next question was answered in the opening remarks. After that is, will Voltreck pay a dividend this year?
Priya Natarajan: Not this year; we are investing in the cell plant first.
Nadia Brandt: Great. So we'll end with, can you say more about the design of the next charger?
Luis Ortega:
Head of Design: Do you want me to take that one? It will be smaller and quieter, and we will show it at our product day.
Owen Falk: And it will cost less to install.
Nadia Brandt: Great. We will now move to analyst questions. The first question comes from Hannah Cole at Ridgeline Capital.
Hannah Cole: Hi. Can you hear me?
Nadia Brandt: Yes, we can.
Hannah Cole: Priya, how should we think about gross margin for the rest of the year?
Priya Natarajan: We expect it to stay between 19% and 20%.
Nadia Brandt: Thank you. The next question comes from Theo Marsh at Kestrel Securities.
Theo Marsh: Owen, is the Canadian launch limited by permits or by supply?
Owen Falk: By permits. Supply is not a constraint.
Nadia Brandt: And that is all the time we have today. Thank you, everyone.
"""


def test_ir_head_reading_shareholder_questions_then_calling_on_analysts() -> None:
    """The IR head who calls on the analysts hosts the webcast: the shareholder questions she reads
    out ("The first question is, …?") are pairs without an asker, answered by whoever speaks next;
    her own lines answer nothing."""
    doc = parse(HOSTED_WEBCAST)
    assert pairs(doc) == [
        (None, None, ["Owen Falk"]),
        (None, None, ["Priya Natarajan"]),
        (None, None, ["Priya Natarajan"]),
        (None, None, ["Luis Ortega", "Owen Falk"]),
        ("Hannah Cole", "Ridgeline Capital", ["Priya Natarajan"]),
        ("Theo Marsh", "Kestrel Securities", ["Owen Falk"]),
    ]
    assert question_text(doc, 0).startswith("when will the home charger be available in Canada")
    assert question_text(doc, 2).startswith("will Voltreck pay a dividend this year?")
    assert question_text(doc, 3).startswith("can you say more about the design of the next charger?")
    assert speaker_of(doc, "48,000 charging stations") == "Owen Falk"
    assert speaker_of(doc, "gross margin improved to 19.4%") == "Priya Natarajan"
    assert_sound(doc)


def test_line_check_is_no_question() -> None:
    """ "Hi. Can you hear me?" asks, but only checks the line: the analyst's question is the turn
    after the host's "Yes"."""
    doc = parse(HOSTED_WEBCAST)
    hannah = next(k for k, (asker, _, _) in enumerate(pairs(doc)) if asker == "Hannah Cole")
    assert question_text(doc, hannah).startswith("Priya, how should we think about gross margin")


def test_an_answer_opening_with_a_question_back_is_still_the_company() -> None:
    """The designer, named nowhere else, opens with "Do you want me to take that one?" right after
    a shareholder question: he answers it, he does not ask."""
    doc = parse(HOSTED_WEBCAST)
    designer = next(s for s in doc.speakers if s.name == "Luis Ortega")
    assert designer.side == "company"


def test_a_colleague_reading_a_question_is_not_the_host() -> None:
    """Only the person who calls on askers reads questions out: an executive saying "the next
    question is, …" in an answer stays the answerer."""
    doc = parse(
        "Operator: Our first question comes from Ivy Park with Sandhill Partners.\n"
        "Ivy Park: What drives the margin outlook?\n"
        "Priya Natarajan: Mostly cell costs. And the next question is, where do they go from here? Lower.\n"
        "Operator: That concludes today's call.\n"
    )
    assert pairs(doc) == [("Ivy Park", "Sandhill Partners", ["Priya Natarajan"])]


OPERATOR_CALL_IR_CLOSES = """# KSTR Q2 2027 Earnings Call Transcript

**Date:** 2027-07-29

---

Maya Lund: Good afternoon, and welcome to the Kestrin Q2 2027 call. Speaking first is our CEO, Jonas Berg, followed by our CFO, Ana Ruiz.
Jonas Berg: Thank you, Maya. Revenue reached a record $12.4 billion, up 9% from a year ago.
Ana Ruiz: Thanks, Jonas. Gross margin was 41.2%, and we returned $3 billion to shareholders. With that, let's open the call to questions.
Operator: Our first question is from Leo Grant with Hollis Brothers.
Leo Grant: Jonas, what drove the upgrade cycle this quarter?
Jonas Berg: Mostly the new lineup, and some buying ahead of price changes.
Leo Grant: And Ana, where does capital spending go this year?
Ana Ruiz: Up substantially, mostly for data centers.
Maya Lund: All right. Thank you, Leo. A replay of today's call will be available for two weeks on our website. Thanks again for joining us today.
Operator: Once again, this does conclude today's conference.
"""


def test_ir_replay_notice_after_the_last_answer_is_closing_remarks() -> None:
    """IR's "A replay of today's call will be available … Thanks again for joining us" right before
    the operator ends the call closes the call: it answers nothing."""
    doc = parse(OPERATOR_CALL_IR_CLOSES)
    assert pairs(doc) == [
        ("Leo Grant", "Hollis Brothers", ["Jonas Berg"]),
        ("Leo Grant", "Hollis Brothers", ["Ana Ruiz"]),
    ]
    assert_sound(doc)
