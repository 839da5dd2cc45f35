"""Layouts met on more public transcripts, each on a short fictional call: a machine transcription
that runs the host's introductions into the speech, a lone exchange, ``Unknown Executive`` labels,
a vendor PDF flattened onto one line, labels that are a first name or a title, an IR opener handing
questions on, and the operator's introductions in other words."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def firsts(doc: Document) -> list[str]:
    """The start of each pair's first question paragraph."""
    return [doc.paragraph(q.question[0]).text[:24] for q in doc.qa]


# A hard-wrapped machine transcription: no labels, the host's words inside the running speech.
HOSTED_WHISPER = """\
and we remain confident in our plan for the rest of the year. With that, let's go to Q&A. Thanks, Dana.
Thank you. Ladies and gentlemen, if you would like to ask a question, please press star 1 on your
telephone keypad. You may press star 2 if you would like to remove your question from the queue.
For participants using speaker equipment, it may be necessary to pick up your handset before pressing
the star keys. And our first question comes from the line of Priya Raman with Harbor Point. Please
proceed. Thanks for taking the question. I'm looking at the margin in the quarter, which is a strong
result. How should we think about the ramp of the new plant over the next few quarters? Thanks, guys.
Thanks, Priya. Let me start and then Dana can add some color. The plant is running ahead of plan and
we expect it to reach full output by the middle of next year, which supports the margin we guided.
Operator, next question please.
The next question comes from the line of Tom Becker with Goldman Sachs. Please proceed. Thank you very
much for taking my question. Could you talk about pricing in the fourth quarter and whether the
increases you announced are sticking with the larger customers? Thank you. Sure. Pricing held up in
the quarter and we see the increases holding with most of the larger customers we serve today.
Thanks, Tom. All right, the next question, please.
"""


def test_host_introductions_run_into_speech_are_cut_out_of_it() -> None:
    """An introduction inside a wrapped line opens a pair, the asker's words start right after the
    host's "Please proceed.", and the reply thanking the asker by first name (or the asker's closing
    thanks after a question) starts the answer."""
    doc = parse(HOSTED_WHISPER)
    assert summary(doc) == [("priya-raman", "Harbor Point", [None]), ("tom-becker", "Goldman Sachs", [None])]
    assert firsts(doc) == ["Thanks for taking the qu", "Thank you very much for "]
    answer = doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text
    assert answer.startswith("Thanks, Priya. Let me start")
    assert doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text.startswith("Sure. Pricing held up")
    assert_sound(doc)


# One exchange cut from such a transcription: one introduction only.
LONE_EXCHANGE = """\
We are excited about our prospects next year. Our new products and continued investment are driving
growth and strong free cash flow.
Dana and I are now happy to take your questions. Operator, let's please open it up for questions.
Thank you. And at this time, we'll begin the question and answer session of the conference.
If you would like to ask a question, please press star 1 on your telephone keypad.
For participants using speaker equipment, it may be necessary to pick up your handset
before pressing the star keys. Our first question comes from Priya Raman, with Harbor Point. Please go ahead.
Thanks. Good afternoon. Dana, good to see the software growth accelerating. I was just curious if
you could dig into the components of that growth and why you're excited about the new offerings?
Let me give you a bit of perspective on the dynamics of the different parts of the software
business, and then for the numbers I'll turn it over to Dana. We are pleased with the organic growth.
"""


def test_one_introduced_exchange_of_a_machine_transcription_is_a_pair() -> None:
    """A single short introduction naming a question is enough for an excerpt; "Name, with Firm"
    gives the firm without the "with"."""
    doc = parse(LONE_EXCHANGE)
    assert summary(doc) == [("priya-raman", "Harbor Point", [None])]
    assert firsts(doc) == ["Thanks. Good afternoon. "]
    assert_sound(doc)


UNKNOWN_EXECUTIVES = """\
**Unknown Executive** (Executives):
Thank you. That completes our remarks on the quarter, and we can take questions now.

**Unknown Analyst** (Analysts):
Now shifting gears to the short term. Would you say you are more optimistic on orders for next year?

**Unknown Executive** (Executives):
I will answer this first. The demand is real and our capacity is booked through the spring.

**Unknown Executive** (Executives):
I would just like to add to that. Lead times have come down since the summer.

**Operator** (Operator):
[Operator Instructions]

**Unknown Analyst** (Analysts):
How do you set prices on products that are going through a large capacity expansion?

**Unknown Executive** (Executives):
Overall, it is an outcome of negotiation with each customer rather than a formula.
"""


def test_unknown_executive_labels_answer_for_the_company() -> None:
    """``Unknown Executive`` (like ``Unidentified Company Representative``) is a company speaker the
    transcript does not name: a label, and the answerer of the unknown analyst's questions."""
    doc = parse(UNKNOWN_EXECUTIVES, "call.md")
    assert summary(doc) == [
        ("unidentified-analyst", None, ["company-representative"]),
        ("unidentified-analyst", None, ["company-representative"]),
    ]
    assert doc.speakers_by_id["company-representative"].side == "company"
    assert_sound(doc)


# A vendor PDF page flattened onto one line: the margin mark after the affiliation for some headers,
# an analyst firm without a legal suffix, the operator's lines between the headers.
FLAT_VENDOR = (
    "Operator: Thank you. Our next question comes from the line of Priya Raman with Harbor Point. Your line "
    "is now open. Priya Raman Q Analyst, Harbor Point Good morning, everybody. Laura, can you walk through how "
    "the new credit line supports the plan for next year? Laura Chen Executive Vice President & Chief "
    "Financial Officer, Examplo Holdings, Inc. A Right. We ran appraisals on everything as we went into the "
    "process. Priya Raman Analyst, Harbor Point Q And on the loyalty program, have you reached a conclusion "
    "yet that you could speak to? Laura Chen Executive Vice President & Chief Financial Officer, Examplo "
    "Holdings, Inc. A We have not reached a conclusion yet and are still working on it. Mark Davis A Chairman "
    "& Chief Executive Officer, Examplo Holdings, Inc. Thanks, Priya. Operator: Thank you. Our next question "
    "comes from the line of Tom Becker with Goldman Sachs Group. Your line is now open. Tom Becker Q Analyst, "
    "Goldman Sachs Group Good morning. What level of capital spending do you plan for next year? Mark Davis A "
    "Chairman & Chief Executive Officer, Examplo Holdings, Inc. About the same as this year.\n"
)


def test_flattened_vendor_headers_with_the_mark_after_the_affiliation() -> None:
    """``Name Title, Firm A`` (the mark printed after the affiliation), an analyst header whose firm
    is the one the operator announced (no legal suffix), and ``Operator:`` glued after speech all
    start their own lines."""
    doc = parse(FLAT_VENDOR)
    assert [(a, f) for a, f, _ in summary(doc)] == [
        ("priya-raman", "Harbor Point"),
        ("priya-raman", "Harbor Point"),
        ("tom-becker", "Goldman Sachs Group"),
    ]
    assert [s for _, _, s in summary(doc)][:2] == [["laura-chen"], ["laura-chen", "mark-davis"]]
    assert doc.paragraph(n_of(doc, "Our next question comes from the line of Tom")).speaker == "operator"
    assert doc.speakers_by_id["laura-chen"].side == "company"
    assert_sound(doc)


ROSTER_SHORT_LABELS = """\
Examplo Holdings (EXH) Q3 2026 Earnings Call

Company Participants
Laura Chen - President & CEO
Mark Davis - Senior VP, CFO & Treasurer
Dana Ortiz - Investor Relations

Conference Call Participants
Priya Raman - Harbor Point Securities

Presentation

Operator: Good morning and welcome to the Examplo Holdings third quarter call. I will now turn the call over to Dana Ortiz.

Dana: Thank you. With me today are Laura and Mark.

CEO: Thank you, Dana. Revenue grew 12% to $1.2 billion in the quarter.

CFO: Thanks, Laura. Gross margin was 41%, up 2 points.

Question-and-Answer Session

Operator: Our first question comes from Priya Raman with Harbor Point Securities. Your line is open.

Priya Raman: Can you talk about pricing in the fourth quarter?

Laura: Sure. Pricing held up well.

Mark: And margins should stay near 41%.
"""


def test_labels_by_first_name_or_title_are_the_roster_person() -> None:
    """``Dana:`` is the one listed person of that first name; ``CEO:`` / ``CFO:`` the one whose
    roster title holds that office ("President & CEO", "Senior VP, CFO & Treasurer")."""
    doc = parse(ROSTER_SHORT_LABELS)
    assert doc.paragraph(n_of(doc, "With me today")).speaker == "dana-ortiz"
    assert doc.paragraph(n_of(doc, "Revenue grew 12%")).speaker == "laura-chen"
    assert doc.paragraph(n_of(doc, "Gross margin was 41%")).speaker == "mark-davis"
    assert summary(doc) == [("priya-raman", "Harbor Point Securities", ["laura-chen", "mark-davis"])]
    assert {s.id for s in doc.speakers} == {"laura-chen", "mark-davis", "dana-ortiz", "priya-raman", "operator"}
    assert_sound(doc)


IR_OPENER = """\
Operator: Good day and welcome to the Examplo Holdings third quarter call. I would now like to turn the call over to Dana Ortiz. Please go ahead.

Dana Ortiz: Thank you. With me today are Laura Chen and Mark Davis. Our remarks include forward-looking statements that involve risks. I'll now turn the call over to Laura Chen.

Laura Chen: Thanks, Dana. Revenue grew 12% to $1.2 billion in the quarter.

Operator: Our first question comes from Priya Raman with Harbor Point. Your line is open.

Priya Raman: Can you talk about pricing in the fourth quarter?

Dana Ortiz: Thanks, Priya. I'll turn that one to our CFO.

Mark Davis: Sure. Pricing held up well and margins should stay near 41%.
"""


def test_an_ir_opener_handing_a_question_on_is_no_answerer() -> None:
    """The first speaker reads the safe harbour and hands the call on: investor relations, whose
    short line passing a question to a colleague moderates."""
    doc = parse(IR_OPENER)
    assert summary(doc) == [("priya-raman", "Harbor Point", ["mark-davis"])]
    assert_sound(doc)


def _intro_call(intro: str) -> str:
    return (
        "Operator: Our first question comes from Tom Becker with Goldman Sachs. Your line is open.\n\n"
        "Tom Becker: Can you talk about pricing in the fourth quarter?\n\n"
        "Laura Chen: Sure. Pricing held up well.\n\n"
        f"Operator: {intro}\n\n"
        "Priya Raman: What about capital spending next year?\n\n"
        "Laura Chen: We expect about $300 million.\n"
    )


def test_operator_introductions_in_other_words_give_the_firm() -> None:
    """The name first and the open line after it, "Next question, Name, Firm", "we'll hear from"."""
    for intro in (
        "Priya Raman, Harbor Point. Your line is open.",
        "Priya Raman from Harbor Point, please go ahead.",
        "Priya Raman with Harbor Point, your line is open.",
        "Next question, Priya Raman, Harbor Point. Please go ahead.",
        "Next, we'll hear from Priya Raman with Harbor Point.",
    ):
        doc = parse(_intro_call(intro))
        assert summary(doc)[1] == ("priya-raman", "Harbor Point", ["laura-chen"]), intro
        assert_sound(doc)


EXCERPT_MID_ANSWER = """\
ble.

Laura Chen: Yes. So we are still putting next year together. I do believe we will have positive operating leverage, and I still feel next year is going to be a better year than this one.

Priya Raman: Great. All right. Thank you. That's helpful. And then on the credit side, your reserve ratio as a percentage of loans ticked down a bit this quarter, to around 162 basis points. Where do you see that trending here, given the mix of new lending you described and the macro factors in the model? Is it fair to assume a continued modest decline as you look out over the next few quarters?

Laura Chen: Yes. I think when you look at it, this past quarter we had some good macro factors, and as we grow all of our lending categories you will see a mix change in the balance sheet.
"""


def test_an_excerpt_cut_mid_answer_without_introductions_is_in_the_qa() -> None:
    """A text starting mid-sentence (an excerpt cut mid-answer), where a speaker asks at length and
    another answers: the asker is an analyst, however long the question."""
    doc = parse(EXCERPT_MID_ANSWER)
    assert summary(doc) == [("priya-raman", None, ["laura-chen"])]
    assert doc.speakers_by_id["laura-chen"].side == "company"
    assert_sound(doc)


JOINED_TITLES = """\
Operator: Good morning and welcome to the Examplo Holdings third quarter call. I will now turn the call over to Dana Ortiz, Head of Investor Relations.

Dana: Thank you. With me today are Laura Chen, our Chief Executive Officer; and Mark Davis, our Chief Financial Officer. Our remarks include forward-looking statements. I'll turn it over to Laura.

CEO: Thank you, Dana. Revenue grew 12% to $1.2 billion in the quarter.

CFO: Thanks, Laura. Gross margin was 41%, up 2 points.

Operator: Our first question comes from Priya Raman with Harbor Point. Your line is open.

Priya Raman: Can you talk about pricing in the fourth quarter?

Laura: Sure. Pricing held up well.

Mark: And margins should stay near 41%.
"""


def test_people_the_opening_names_with_titles_are_the_title_and_first_name_labels() -> None:
    """"With me today are Laura Chen, our Chief Executive Officer; and Mark Davis, our Chief
    Financial Officer": ``CEO:`` / ``CFO:`` and ``Laura:`` / ``Mark:`` are those people; the person
    the call is handed to by full name is ``Dana:``."""
    doc = parse(JOINED_TITLES)
    assert doc.paragraph(n_of(doc, "With me today")).speaker == "dana-ortiz"
    assert doc.paragraph(n_of(doc, "Revenue grew 12%")).speaker == "laura-chen"
    assert doc.paragraph(n_of(doc, "Gross margin was 41%")).speaker == "mark-davis"
    assert summary(doc) == [("priya-raman", "Harbor Point", ["laura-chen", "mark-davis"])]
    assert doc.speakers_by_id["mark-davis"].role == "Chief Financial Officer"
    assert_sound(doc)


RULE = "." * 180
CALLSTREET_MARKS = f"""\
QUESTION AND ANSWER SECTION

Operator: Thank you. Our first question comes from Priya Raman with Harbor Point. You may proceed.
{RULE}

Priya Raman
Analyst, Harbor Point Securities LLC Q
Good morning. Can you talk about pricing in the fourth quarter?
{RULE}

Laura Chen
Chief Executive Officer, Examplo Holdings, Inc. A
Sure. Pricing held up well in the quarter.
{RULE}

Operator: Thank you. Our next question comes from Tom Becker with Goldman Sachs. Your line is open.
{RULE}

Tom Becker
Analyst, Goldman Sachs & Co. LLC Q
What is the capital spending plan for next year?
{RULE}

Mark Davis
Chief Financial Officer, Examplo Holdings, Inc. A
About $300 million, mostly for the new plant.
"""


def test_header_lines_ending_in_the_margin_mark_and_long_dotted_rules() -> None:
    """``Analyst, Firm Q`` / ``Title, Company A`` under each name: the mark is no part of the firm,
    says the side, and ends the header line (the speech is not glued to it); a rule of dots across
    the page between turns is furniture."""
    doc = parse(CALLSTREET_MARKS)
    assert summary(doc) == [
        ("priya-raman", "Harbor Point Securities LLC", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs & Co. LLC", ["mark-davis"]),
    ]
    laura = doc.speakers_by_id["laura-chen"]
    assert (laura.role, laura.affiliation, laura.side) == ("Chief Executive Officer", "Examplo Holdings, Inc.", "company")
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text == "Sure. Pricing held up well in the quarter."
    assert all(doc.paragraph(n).role == "boilerplate" for n in range(1, len(doc.paragraphs) + 1) if doc.paragraph(n).text == RULE)
    assert_sound(doc)


def test_a_bare_executive_label_answers_for_the_company() -> None:
    doc = parse(_intro_call("Our next question comes from Priya Raman with Harbor Point.").replace("Laura Chen:", "Executive:"))
    assert summary(doc) == [
        ("tom-becker", "Goldman Sachs", ["company-representative"]),
        ("priya-raman", "Harbor Point", ["company-representative"]),
    ]
    assert_sound(doc)


FLAT_RUN_BY_OPERATOR = (
    "We expect margins to recover in the second half as the new plant ramps. With that, we'll take questions. "
    "Operator: Thank you. Our first question comes from Priya Raman with Harbor Point. Please go ahead. Priya "
    "Raman: Hi, thanks for taking my question. Can you talk about pricing in the fourth quarter? Laura Chen: "
    "Sure, Priya. Pricing held up well in the quarter. Priya Raman: Thank you. Operator: Our next question comes "
    "from Tom Becker with Goldman Sachs. Please go ahead. Tom Becker: What is the capital spending plan for next "
    "year? Mark Davis: About $300 million, mostly for the new plant.\n"
)


def test_a_call_flattened_onto_one_line_cuts_before_executives_named_once() -> None:
    """In a line the operator runs (its label recurs), an executive labelled once and never
    introduced still starts a turn."""
    doc = parse(FLAT_RUN_BY_OPERATOR)
    assert summary(doc) == [("priya-raman", "Harbor Point", ["laura-chen"]), ("tom-becker", "Goldman Sachs", ["mark-davis"])]
    assert_sound(doc)
