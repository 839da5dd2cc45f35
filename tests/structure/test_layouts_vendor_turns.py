"""StreetEvents-style exchanges met on development calls, on a short fictional call: an asker whose name
the transcript lost but whose firm the operator said, a follow-up the operator invites after a dropped
line, a question asked again after the executive could not hear it, a courtesy "Thank you." to an
analyst's thanks, and a last answer that also closes the call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.layouts import LAURA, MARK, PRIYA, SEP, block, wrap

CALL = SEP.join(
    [
        "CORPORATE PARTICIPANTS",
        block(*LAURA),
        block(*MARK) + "\nCONFERENCE CALL PARTICIPANTS",
        block(*PRIYA),
        "Dana Whitaker\nPRESENTATION",
        block(
            "Operator",
            "Welcome to the NovaSky Technology third quarter call. I will hand over to Laura Chen.",
        ),
        block(
            *LAURA,
            wrap("Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31% in the quarter."),
        ),
        block(*MARK, "Gross margin was 42.5% and free cash flow was $180 million.")
        + "\nQUESTIONS AND ANSWERS",
        block(
            "Operator",
            "(Operator Instructions) Our first question comes from Priya Raman with Morgan Stanley.",
        ),
        block(*PRIYA, "How much of the backlog converts to revenue in 2026?"),
        block(*LAURA, "About a fifth of it converts in 2026, and the rest over the following two years."),
        block(*PRIYA, "Got it. Congrats on the quarter."),
        block(*MARK, "Thank you."),
        block("Operator", "Our next question comes from (inaudible) with Crestline Partners."),
        block(
            "Unidentified Analyst",
            "It's Sam on for Eric. What drove the improvement in devices this quarter?",
        ),
        block(*MARK, "Mostly lower component costs and a better mix of enterprise devices."),
        block("Unidentified Analyst", "And then on pricing, I guess --"),
        block("Operator", "You have a follow-up?"),
        block(
            "Unidentified Analyst",
            "Sorry, my line dropped. How should we think about device pricing into next year?",
        ),
        block(*LAURA, "We expect device prices to stay flat next year."),
        block("Operator", "Our next question comes from Dana Whitaker with Larch Securities."),
        block(
            "Dana Whitaker",
            "Could you walk us through the capital expenditure plan for next year and how it is funded?",
        ),
        block(*LAURA, "Dana, you're cutting in and out. Could you please repeat that question?"),
        block("Dana Whitaker", "Is this clear?"),
        block(*LAURA, "Let's give it another shot."),
        block(
            "Dana Whitaker",
            "Can you walk us through the capital expenditure plan for next year and how it is funded?",
        ),
        block(*MARK, "We expect about $1.5 billion of capital expenditure, funded from operating cash flow."),
        block("Operator", "Our final question comes from Priya Raman with Morgan Stanley."),
        block(*PRIYA, "What was customer churn in the quarter?"),
        block(
            *LAURA,
            "Churn stayed below 2%. I think we're out of time, so thank you all for joining us today, and we "
            "look forward to speaking with you again next quarter.",
        ),
        block("Operator", "This concludes today's conference call. You may now disconnect."),
    ]
)


def _pairs(doc: Document) -> list[tuple[str | None, str | None, list[str], str]]:
    """(asker's name, firm, answerers' names, question's first words) per pair, as a reader sees them."""

    def name(sid: str | None) -> str:
        return doc.speakers_by_id[sid].name if sid else ""

    return [
        (
            name(q.asker) or None,
            q.firm,
            [name(a.speaker) for a in q.answers],
            doc.paragraph(q.question[0]).text[:24],
        )
        for q in doc.qa
    ]


def test_vendor_call_exchanges_keep_their_askers_firms_and_answerers() -> None:
    got = _pairs(run(from_text(CALL, "novasky_q3.txt")))
    assert got == [
        ("Priya Raman", "Morgan Stanley, Research Division", ["Laura Chen"], "How much of the backlog "),
        ("Unidentified Analyst", "Crestline Partners", ["Mark Davis"], "It's Sam on for Eric. Wh"),
        ("Unidentified Analyst", "Crestline Partners", ["Laura Chen"], "Sorry, my line dropped. "),
        ("Dana Whitaker", "Larch Securities", ["Laura Chen", "Mark Davis"], "Could you walk us throug"),
        ("Priya Raman", "Morgan Stanley, Research Division", ["Laura Chen"], "What was customer churn "),
    ]
