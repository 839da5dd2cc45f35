"""More layouts met on fresh public transcripts, each on a short fictional call (NovaSky Technology,
invented people and figures): diarized cue lines, flattened PDF headers with margin marks, fireside
Q/A interviews, questions from the room, honorific labels, an excerpt that ends on a question."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


DIARIZED_CUES = """\
[00:00:02.100 --> 00:00:12.800] SPEAKER_00: Good morning and welcome to the NovaSky Technology third quarter call. I would now like to hand the call over to Laura Chen, Chief Executive Officer. Please go ahead.
[00:00:13.200 --> 00:00:35.600] SPEAKER_01: Thank you. Cloud revenue grew 31% in the quarter and we signed 40 new enterprise customers.
[00:00:36.000 --> 00:00:41.300] SPEAKER_01: With that, I'll hand over to our CFO, Mark Davis.
[00:00:41.900 --> 00:01:02.400] SPEAKER_02: Thanks, Laura. Gross margin was 42.5% and free cash flow was $310 million.
[00:01:03.000 --> 00:01:10.700] SPEAKER_00: We will now take questions. The first question comes from Priya Raman at Morgan Stanley. Please go ahead.
[00:01:11.100 --> 00:01:24.200] SPEAKER_03: Thanks. Laura, how many of the new customers came from the partner channel?
[00:01:24.600 --> 00:01:39.900] SPEAKER_01: About a third of them, and that share is rising.
[00:01:40.300 --> 00:01:47.000] SPEAKER_00: There are no further questions.
"""


def test_diarized_cue_lines_name_speakers_from_hand_overs() -> None:
    """``[start --> end] SPEAKER_01:`` lines are labels; a numbered speaker who first speaks right
    after the call is handed to someone by full name ("hand over to our CFO, Mark Davis") is that
    person, for the company; one right after an introduction is that analyst."""
    doc = parse(DIARIZED_CUES)
    assert named(doc) == [("Priya Raman", "Morgan Stanley", ["Laura Chen"])]
    assert name_of(doc, "Gross margin was 42.5%") == "Mark Davis"
    assert name_of(doc, "Cloud revenue grew 31%") == "Laura Chen"
    assert next(s.side for s in doc.speakers if s.name == "Mark Davis") == "company"
    assert_sound(doc)


def named(doc: Document) -> list[tuple[str, str | None, list[str]]]:
    """(asker, firm, answerers) per pair, by the names a reader sees."""
    by_id = doc.speakers_by_id
    return [
        (by_id[q.asker or ""].name, q.firm, [by_id[a.speaker or ""].name for a in q.answers]) for q in doc.qa
    ]


def name_of(doc: Document, fragment: str) -> str | None:
    sid = doc.paragraph(n_of(doc, fragment)).speaker
    return doc.speakers_by_id[sid].name if sid else None


INLINE_EXCERPT_ENDS_ON_QUESTION = """\
NovaSky Technology Q3 2025 earnings call: selected questions

Operator: Our first question comes from Priya Raman of Morgan Stanley.
Priya Raman: Thanks. How much did the new data centre add to cloud capacity this quarter?
Laura Chen: About 15%, Priya, and the next one opens in the spring.
Operator: Next we have Tom Becker of Goldman Sachs.
Tom Becker: Hi. Where do you expect gross margin to settle next year, and what drives it?
"""

INLINE_EXCERPT_ENDS_ON_THANKS = INLINE_EXCERPT_ENDS_ON_QUESTION.replace(
    "Tom Becker: Hi. Where do you expect gross margin to settle next year, and what drives it?",
    "Tom Becker: Great, thank you.",
)


def test_an_excerpt_ending_on_a_question_keeps_it_as_a_pair_without_answers() -> None:
    """The question was asked, only its answer is cut off: a user still sees it, with no answerer.
    "Next we have Tom Becker of Goldman Sachs" introduces him. A closing "thank you" is no pair."""
    doc = parse(INLINE_EXCERPT_ENDS_ON_QUESTION)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", []),
    ]
    assert doc.paragraph(doc.qa[1].question[0]).text.endswith("what drives it?")
    assert_sound(doc)
    thanks = parse(INLINE_EXCERPT_ENDS_ON_THANKS)
    assert summary(thanks) == [("priya-raman", "Morgan Stanley", ["laura-chen"])]


FLATTENED_PDF_CHUNK = (
    "NovaSky Technology Inc. (NSKY) Q3 2025 Earnings Call Corrected Transcript 23-Oct-2025\n\n"
    "QUESTION AND ANSWER SECTION Operator: Our first question comes from Priya Raman with Morgan Stanley. "
    "Please go ahead. Priya Raman Q Analyst, Morgan Stanley & Co. LLC Good morning. Laura, can you size the "
    "cloud backlog and how much of it converts next year? Laura Chen A Chief Executive Officer & Director, "
    "NovaSky Technology Inc. Sure. Backlog is $4.1 billion and about 60% of it converts within twelve months. "
    "Priya Raman Q Analyst, Morgan Stanley & Co. LLC And on margins, what is the outlook? Mark Davis A "
    "Executive Vice President & Chief Financial Officer, NovaSky Technology Inc. We expect gross margin "
    "between 42% and 43% next year.\n"
)


def test_flattened_pdf_headers_with_margin_marks() -> None:
    """A vendor PDF chunk on one line, ``Name Q Title, Firm`` before each turn (the margin mark
    between the name and the affiliation): cut into name, mark, affiliation and speech; the firm is
    the affiliation's, not the operator's shorter one; affiliation lines are never speech."""
    doc = parse(FLATTENED_PDF_CHUNK)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley & Co. LLC", ["laura-chen"]),
        ("priya-raman", "Morgan Stanley & Co. LLC", ["mark-davis"]),
    ]
    assert doc.paragraph(doc.qa[0].question[0]).text.startswith("Good morning. Laura")
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text.startswith("Sure. Backlog")
    assert doc.speakers_by_id["mark-davis"].side == "company"
    assert_sound(doc)


def test_one_marked_header_in_prose_is_not_cut() -> None:
    """A single ``Name A Title, Firm`` shape in a long paragraph may be a sentence: left whole."""
    text = (
        "The board met in October. Laura Chen A Chief Executive Officer, NovaSky Technology Inc. Board "
        "member since 2019, said the cloud unit would keep growing. Mark Davis A Chief Financial Officer, "
        "NovaSky Technology Inc. Former banker, said margins would improve. The shares rose 3% after the "
        "statement and closed at a record high on the day, with volumes twice the monthly average."
    )
    doc = parse(text)
    assert len(doc.paragraphs) == 1


FIRESIDE_CHAT = """\
Harbor Point Technology Conference 2025: NovaSky Technology fireside chat

Participants:
Mark Davis, Executive Vice President and Chief Financial Officer, NovaSky Technology
Priya Raman, Senior Software Analyst, Harbor Point Securities (moderator)

Priya Raman: Good morning, everyone, and welcome. Mark, thanks for joining us.

Mark Davis: Thanks for having me, Priya.

Q: Let's start with pricing. Have you seen customers push back on the price rise in the spring?

A: Very little. Renewal rates held at 94%, and most customers moved to the annual plan.

Q: And how do you think about capital returns from here?

A: We plan to return about half of free cash flow, mostly through buybacks.
"""

ROOM_QUESTIONS = """\
NOVASKY TECHNOLOGY INC.
2025 INVESTOR DAY (PARTIAL TRANSCRIPT)

PARTICIPANTS: Laura Chen, Chief Executive Officer; Mark Davis, Chief Financial Officer

MS. CHEN: Good morning. Over the next three years we plan to double cloud capacity, mostly in Europe.

MR. DAVIS: Thank you, Laura. The build will cost about $2 billion, funded from operating cash flow.

MS. CHEN: We'll now take questions from the room. Please give your name and firm.

Q: Hi, Tom Becker from Goldman Sachs. Laura, how much of the new capacity is already contracted?

MS. CHEN: About 40%, with three large customers.

Q: Thanks. Priya Raman, Morgan Stanley. Mark, does the build change the buyback plan?

MR. DAVIS: No. We keep buying back shares at the current pace.
"""


def test_fireside_q_and_a_marks_are_the_named_participants() -> None:
    """Anonymous ``Q:`` / ``A:`` turns of an interview whose two participants also speak by name:
    the questions are the moderator's (the one the participants list gives an analyst title and
    firm), the answers the guest's."""
    doc = parse(FIRESIDE_CHAT)
    asked = [q for q in summary(doc) if q[2]]
    assert asked[-2:] == [
        ("priya-raman", "Harbor Point Securities", ["mark-davis"]),
        ("priya-raman", "Harbor Point Securities", ["mark-davis"]),
    ]
    assert doc.paragraph(n_of(doc, "Let's start with pricing")).speaker == "priya-raman"
    assert doc.paragraph(n_of(doc, "Renewal rates held at 94%")).speaker == "mark-davis"
    assert doc.speakers_by_id["mark-davis"].side == "company"
    assert_sound(doc)


def test_questions_from_the_room_named_by_the_askers_and_honorific_labels() -> None:
    """``Q:`` opening with the asker's name and firm ("Hi, Tom Becker from Goldman Sachs.") is that
    analyst's; ``MS. CHEN:`` is the one Chen named in full before (the participants line)."""
    doc = parse(ROOM_QUESTIONS)
    assert summary(doc) == [
        ("tom-becker", "Goldman Sachs", ["laura-chen"]),
        ("priya-raman", "Morgan Stanley", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["laura-chen"].name == "Laura Chen"
    assert doc.paragraph(n_of(doc, "double cloud capacity")).speaker == "laura-chen"
    assert_sound(doc)


def test_an_honorific_label_without_a_full_name_keeps_the_surname() -> None:
    text = ROOM_QUESTIONS.replace(
        "PARTICIPANTS: Laura Chen, Chief Executive Officer; Mark Davis, Chief Financial Officer", ""
    )
    doc = parse(text)
    assert {s.name for s in doc.speakers if s.side == "company"} == {"Ms. Chen", "Mr. Davis"}


BARE_NAME_ABOVE_ENTRY = """\
NovaSky Technology (NSKY) Q3 2025 Earnings Call Transcript

Company Participants

Laura Chen - Chief Executive Officer
Mark Davis - Chief Financial Officer

Conference Call Participants

Priya Raman
Tom Becker - Goldman Sachs

Operator

Good morning and welcome. I will now turn the call over to Laura Chen.

Laura Chen

Thank you. Revenue grew 18% to $1.2 billion this quarter, and cloud revenue grew 31%.

Question-and-Answer Session

Operator

Our first question comes from Priya Raman with Morgan Stanley.

Priya Raman

Thanks. How much of the growth came from price increases?

Laura Chen

About a third, Priya.

Operator

Next question comes from Tom Becker with Goldman Sachs.

Tom Becker

What is the capex plan for next year?

Mark Davis

About $900 million, similar to this year.
"""


def test_a_bare_roster_name_above_a_name_title_entry() -> None:
    """``Priya Raman`` alone above ``Tom Becker - Goldman Sachs``: the line below is the next entry
    (of someone the operator announces), never Priya's affiliation."""
    doc = parse(BARE_NAME_ABOVE_ENTRY)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["priya-raman"].affiliation == "Morgan Stanley"
    assert_sound(doc)


NAMES_HEARD_ONCE = """\
NovaSky Technology Q3 2025 call, Q&A excerpt

Priya Raman: Thanks for taking my question. How much of the growth came from price increases this quarter?
Laura Chen: About a third of it, Priya. The rest was new customers and higher usage.
Tom Becker: Hi. What is the capex plan for next year, and how much goes to data centres?
Mark Davis: About $900 million, similar to this year, and most of it goes to data centres.
"""


def test_inline_names_each_heard_once_that_open_every_paragraph() -> None:
    """An excerpt of ``Full Name: text`` lines, each speaker heard once and no operator: the layout
    is a transcript; opening on "Thanks for taking my question" it starts in the Q&A."""
    doc = parse(NAMES_HEARD_ONCE)
    assert summary(doc) == [
        ("priya-raman", None, ["laura-chen"]),
        ("tom-becker", None, ["mark-davis"]),
    ]
    assert_sound(doc)


INTERVIEW_FIELDS = """\
NovaSky Technology: an interview with the chief executive

Interviewer: Priya Raman, Morgan Stanley
Speaker: Laura Chen, Chief Executive Officer, NovaSky Technology

Q: Laura, thanks for your time. What drove the cloud growth this year?

S: Mostly new enterprise customers. We signed 40 of them in the third quarter alone.

Q: And margins?

S: Gross margin was 42.5%, and we expect it to improve next year.
"""


def test_q_and_s_marks_under_interviewer_and_speaker_fields() -> None:
    """``Interviewer: Name, Firm`` / ``Speaker: Name, Title, Company`` over ``Q:`` / ``S:`` lines:
    the interviewer asks (with that firm), the speaker answers."""
    doc = parse(INTERVIEW_FIELDS)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
    ]
    assert doc.speakers_by_id["laura-chen"].side == "company"
    assert_sound(doc)


BROADCAST_CAPTIONS = """\
>> OPERATOR: Good morning and welcome to the NovaSky Technology third quarter call. I will now turn the call over to Laura Chen.
>> LAURA CHEN: Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.
>> MARK DAVIS: Gross margin was 42.5%, and we expect it to improve next year.
>> OPERATOR: Our first question comes from Priya Raman with Morgan Stanley.
>> PRIYA RAMAN: Thanks. How much of the growth came from price increases?
>> LAURA CHEN: About a third, Priya.
"""


def test_broadcast_caption_chevrons_and_names_in_capitals() -> None:
    """``>> NAME:`` at each change of speaker is a label; a name written in capitals only is shown
    as the text spells it elsewhere ("Laura Chen"), else capitalised by word ("Mark Davis")."""
    doc = parse(BROADCAST_CAPTIONS)
    assert summary(doc) == [("priya-raman", "Morgan Stanley", ["laura-chen"])]
    assert [s.name for s in doc.speakers if s.side != "operator"] == [
        "Laura Chen",
        "Mark Davis",
        "Priya Raman",
    ]
    assert_sound(doc)


UNKNOWN_SPEAKER_ASKS = """\
NovaSky Q3 call
Thu, Oct 23, 2025 8:00AM • 30:12

Operator  00:03
Good morning and welcome. I will now turn the call over to Laura Chen.

Laura Chen  00:41
Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.

Operator  09:55
Our first question comes from Priya Raman with Morgan Stanley.

Unknown Speaker  10:20
Thanks. How much of the growth came from price increases?

Laura Chen  10:34
About a third, Priya.

Operator  12:08
Our next question comes from Tom Becker with Goldman Sachs.

Unknown Speaker  12:21
What is the capex plan for next year?

Mark Davis  12:30
About $900 million, similar to this year.
"""


def test_an_unknown_speaker_right_after_an_introduction_is_the_one_introduced() -> None:
    """``Unknown Speaker`` (one label for everyone the service could not tell) right after the
    operator named who asks next is that analyst, with the firm the operator gave."""
    doc = parse(UNKNOWN_SPEAKER_ASKS)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert_sound(doc)
