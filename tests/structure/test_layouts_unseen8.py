"""Q&A excerpts met on more public transcripts, each on a short fictional call: an excerpt whose
first turn is an analyst's question (no operator before it), an analyst's short follow-up leaning on
the answer ("And in the interim?"), and a machine transcription's comma inside an announced name
("Amit, Dharjanani with ...")."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


EXCERPT = """Nadia Brook: Yes, longer term, you have talked about bringing the cost per delivery under $2. Now that the drone fleet is live, what are the main milestones to get there?

Carl Voss: Well, the new airframe carries twice the load, so most of the saving comes from that. We expect to be near $2 by the end of next year.

Ilse Marten: Thank you. The next question comes from Ravi at Halden Securities.

Ravi Kapoor: Thanks. How are you funding the fleet build-out? Is the operating cash flow enough?

Carl Voss: Over time, yes. The delivery business already funds most of it.

Ravi Kapoor: And in the interim?

Dana Pike: In the interim, we will draw on the revolving credit line, which is undrawn today.

Ilse Marten: The next question comes from Tom Aldous with Brightwater Capital.

Tom Aldous: What is the tax rate for next year?

Dana Pike: About 21%.

Tom Aldous: Thanks. What capital spending do you plan for the new hub in Denver next year?

Dana Pike: Roughly $40 million, most of it in the first half.
"""


def test_excerpt_opening_on_a_question_starts_in_the_qa() -> None:
    """The excerpt's first turn asks something and an executive answers it: the first pair, with
    its asker; the operator's later introductions name the other askers."""
    doc = parse(EXCERPT)
    pairs = summary(doc)
    assert pairs[0] == ("nadia-brook", None, ["carl-voss"])
    assert doc.speakers_by_id["nadia-brook"].side == "analyst"
    assert doc.speakers_by_id["carl-voss"].side == "company"
    assert_sound(doc)


def test_short_follow_up_joins_the_exchange() -> None:
    """"And in the interim?" leans on the answer just given: the CFO's reply to it is one more
    answer to Ravi's question, not a pair of its own; a follow-up that asks something new at
    length ("What capital spending ...") is its own pair."""
    doc = parse(EXCERPT)
    assert summary(doc)[1:] == [
        ("ravi-kapoor", "Halden Securities", ["carl-voss", "dana-pike"]),
        ("tom-aldous", "Brightwater Capital", ["dana-pike"]),
        ("tom-aldous", "Brightwater Capital", ["dana-pike"]),
    ]
    ravi = doc.qa[1]
    texts = [doc.paragraph(n).text for n in ravi.question]
    assert any(t.endswith("And in the interim?") for t in texts)


def test_opening_statement_ending_on_a_rhetorical_question_is_no_question() -> None:
    """A call that opens with the chief executive's remarks stays prepared remarks even when they end
    on a rhetorical question and the finance chief speaks next: the remarks are long."""
    remarks = " ".join(["Revenue grew in every region and our margins widened again this quarter."] * 20)
    text = (
        f"Carl Voss: Good morning. {remarks} So what does this mean for next year?\n\n"
        "Dana Pike: Thank you, Carl. Gross margin was 44%, up 120 basis points.\n\n"
        "Ilse Marten: The first question comes from Ravi Kapoor with Halden Securities.\n\n"
        "Ravi Kapoor: How much of the margin gain is mix?\n\n"
        "Dana Pike: About half of it.\n"
    )
    doc = parse(text)
    assert summary(doc) == [("ravi-kapoor", "Halden Securities", ["dana-pike"])]
    assert doc.speakers_by_id["carl-voss"].side == "company"


ASR_CALL = """Good afternoon, everyone, and welcome to the Norrland Freight third quarter earnings call. I will now hand the call over to Mia Strand, head of investor relations.

Thank you. Joining me today are our chief executive and our chief financial officer. We grew revenue 6% in the quarter and freight volumes rose in every lane. With that, we are ready for questions.

Your next question comes from Amit, Dharjanani with Evercore ISI, please state your question.

Good afternoon. Could you talk about pricing on the northern lanes next year?

Pricing is holding up well. We expect rates to rise a little next year as the new contracts start.

Your next question comes from Lena, Bank of Halden, please go ahead.

Hi. How much did fuel cost you in the quarter?

Fuel was about 18% of costs, a little less than last year.
"""


def test_comma_inside_an_announced_name() -> None:
    """A machine transcription's pause inside "Amit, Dharjanani with Evercore ISI" is no name-firm
    break: the asker is Amit Dharjanani of Evercore ISI. "Lena, Bank of Halden" stays a first name
    and a firm: "Bank" is a firm's word, never a last name."""
    doc = parse(ASR_CALL)
    askers = [(doc.speakers_by_id[q.asker].name if q.asker else None, q.firm) for q in doc.qa]
    assert askers == [("Amit Dharjanani", "Evercore ISI"), ("Lena", "Bank of Halden")]


NUMBERED_OPERATOR = """spk09: Good morning. My name is Dana, and I will be the conference operator today. At this time, I would like to welcome everyone to the Tamsin Robotics second quarter call. I would now like to turn the conference over to Iris Vale, head of investor relations. Please go ahead.

spk00: Iris Vale. Good morning, everyone, and thank you for joining us. With me today are our chief executive, Omar Lind, and our chief financial officer, Rhea Sato. Revenue grew 12% in the quarter.

spk09: Thank you. Our first question comes from Paul Geary with Marsh Capital. Your line is open.

spk03: Thanks. How much of the growth came from the warehouse robots?

spk01: About two thirds of it, and the share keeps rising.

spk09: Thank you. Our next question comes from Nina Holt with Brookfield Securities. Your line is open.

spk04: Is the gross margin guidance unchanged?

spk02: Yes, we still expect 48% for the year.
"""


def test_numbered_speaker_who_says_they_are_the_operator() -> None:
    """"I will be the conference operator today" makes a numbered speaker the operator: their
    introductions steer the call and are no answers, and their lines carry the operator."""
    doc = parse(NUMBERED_OPERATOR)
    ops = [p for p in doc.paragraphs if p.text.startswith("spk09")]
    assert {p.speaker for p in ops} == {"operator"}
    assert doc.speakers_by_id["operator"].side == "operator"
    assert "spk09" not in doc.speakers_by_id
    assert [(q.firm, [a.speaker for a in q.answers]) for q in doc.qa] == [
        ("Marsh Capital", ["spk01"]),
        ("Brookfield Securities", ["spk02"]),
    ]
    assert_sound(doc)
