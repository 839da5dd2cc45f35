"""Layouts met on complete held-out transcripts saved from a data API as markdown (``# … Earnings
Call Transcript``, then one ``Name: text`` line per turn), each on a short fictional call: IR's replay
notice closing an operator-run call."""

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
