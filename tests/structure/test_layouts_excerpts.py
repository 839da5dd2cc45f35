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
