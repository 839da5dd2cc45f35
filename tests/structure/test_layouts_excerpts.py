"""Excerpts of calls as they get pasted: names alone as labels and no participants list, an excerpt
opening mid-answer; machine transcriptions where only the host names who asks. Fictional calls."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import summary

# Opens mid-answer: the first labelled speaker answers; the only sign that Peter asks is his thanks.
NAMES_ONLY_EXCERPT = """\
ing plan for the Ostrava line, and when do you expect the permits to come through?

Hannah Kovacs: Sure. We applied in March and expect the permits in the second quarter, with first \
output from the line early next year. The budget is unchanged at about $40 million.

Peter Lindqvist: Helpful color. Thanks for taking my questions.

Hannah Kovacs: Thank you, Peter.

Operator: We'll go next to Ravi Menon with Northgate Securities.

Ravi Menon: Good morning, Hannah. On pricing, how much of the list increase has held with the \
larger customers, and how much went back into rebates?

Hannah Kovacs: Most of it held, Ravi. About two thirds of the increase stuck, and the rest went \
into volume rebates for the three largest accounts.
"""

# No labels at all: the host names each asker ("... from Priya Raman. Please go ahead."), and an
# analyst's second question opens on an acknowledgement without announcing a follow-up.
HOST_ONLY_CALL = """\
Thank you. The floor is now open for questions.

Today's first question is coming from Priya Raman. Please go ahead.

Hi. Thanks for taking my questions. What do you see as the biggest opportunity for Ferrovia \
over the next year, and what is the biggest risk?

Thanks, Priya. The biggest opportunity is the rail freight contracts we bid on in the spring. \
The biggest risk is timing: two of the tenders could slip into next year.

Okay, got it. On margins, you said the second half should be stronger. How much of that comes \
from the new depot in Linz?

About half of it. The depot opens in September and takes out the subcontracted maintenance.

Great. Thanks for the details.

Thank you. The next question is coming from Tom Becker of Harbor Point Securities. Please go ahead.

Good morning. Could you talk about cash flow in the fourth quarter?

Sure. We expect around $30 million of free cash flow, helped by lower working capital.
"""


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def test_names_only_excerpt_that_opens_mid_answer() -> None:
    """Whoever speaks right after an analyst's turn answers for the company, even as the first
    label of the excerpt; someone thanking for taking their questions is an analyst."""
    doc = parse(NAMES_ONLY_EXCERPT)
    assert doc.speakers_by_id["hannah-kovacs"].side == "company"
    assert doc.speakers_by_id["peter-lindqvist"].side == "analyst"
    assert summary(doc) == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]


def test_host_names_the_asker_before_please_go_ahead() -> None:
    """"... from Priya Raman. Please go ahead." names Priya Raman (not "Priya Raman. Please")."""
    doc = parse(HOST_ONLY_CALL)
    assert [doc.speakers_by_id[p.asker].name for p in doc.qa if p.asker][:1] == ["Priya Raman"]
    assert doc.speakers_by_id[doc.qa[-1].asker or ""].affiliation == "Harbor Point Securities"


def test_unannounced_second_question_after_an_acknowledgement() -> None:
    """"Okay, got it. ... How much of that comes from the new depot?" inside the answer is the
    analyst's second question, not more of the answer; a closing thanks is not."""
    doc = parse(HOST_ONLY_CALL)
    starts = [doc.paragraph(p.question[0]).text[:20] for p in doc.qa]
    assert starts == ["Hi. Thanks for takin", "Okay, got it. On mar", "Good morning. Could "]
    assert [doc.speakers_by_id[p.asker or ""].name for p in doc.qa] == ["Priya Raman", "Priya Raman", "Tom Becker"]


# Executives named in full once, then by first name alone (bold labels, a title once).
FIRST_NAME_CALL = """\
**Operator:** Good afternoon and welcome to the Ferrovia Logistics third quarter call. I will now \
turn the call over to Hannah Kovacs, Chief Executive Officer.

**Hannah Kovacs:** Thank you. Revenue grew 12% to $410 million and free cash flow was $38 million. \
We will now take your questions.

**Operator:** Our first question comes from Ravi Menon with Northgate Securities.

**Ravi Menon:** Thanks for taking my question. How much did the Linz depot add to margin?

**Hannah:** About a third of the gain, Ravi. Daniel can give you the detail.

**Daniel Reyes, CFO:** It added about 40 basis points in the quarter.

**Operator:** Our next question comes from Tom Becker with Harbor Point Securities.

**Tom Becker:** What is the capital expenditure plan for next year?

**Daniel:** About $60 million, mostly for rolling stock.
"""


def test_a_speaker_named_by_first_name_after_the_full_name() -> None:
    """``**Hannah:**`` after ``**Hannah Kovacs:**`` is Hannah Kovacs answering, not more of the
    question; so is ``**Daniel:**`` after ``**Daniel Reyes, CFO:**``."""
    doc = parse(FIRST_NAME_CALL, "call.md")
    assert summary(doc) == [
        ("ravi-menon", "Northgate Securities", ["hannah-kovacs", "daniel-reyes"]),
        ("tom-becker", "Harbor Point Securities", ["daniel-reyes"]),
    ]
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).speaker == "hannah-kovacs"


# A vendor export with each name on a line of its own; an executive once labelled by first name.
NAME_LINE_FIRST_NAME_CALL = """\
Ferrovia Logistics (FRVL) Q3 2025 Earnings Call Transcript
Executives
Hannah Kovacs - Chief Executive Officer
Daniel Reyes - Chief Financial Officer
Analysts
Tom Becker - Harbor Point Securities
Operator
Good afternoon and welcome to the Ferrovia Logistics third quarter call. Over to Hannah Kovacs.
Hannah Kovacs
Thank you. Revenue grew 12% to $410 million. We will now take your questions.
Question-and-Answer Session
Operator
Our first question comes from Tom Becker with Harbor Point Securities.
Tom Becker
What is the capital expenditure plan for next year?
Hannah
Daniel, do you want to take that?
Daniel Reyes
About $60 million, mostly for rolling stock.
"""


def test_a_first_name_on_a_line_of_its_own_under_name_lines() -> None:
    """``Hannah`` on its own line, where every label is a name line, is Hannah Kovacs handing over:
    an answerer, not part of the question."""
    doc = parse(NAME_LINE_FIRST_NAME_CALL)
    assert summary(doc) == [("tom-becker", "Harbor Point Securities", ["hannah-kovacs", "daniel-reyes"])]
    assert doc.paragraph(doc.qa[0].question[-1]).text.startswith("What is the capital")
