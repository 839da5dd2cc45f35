"""Layouts of English transcripts seen in the wild, each on a short fictional call: a hearing record's
labels closed by a full stop (``Mr. Quaid. Thank you.``) with its chair presiding; a committee's oral
evidence numbering each question before its label (``Q7 Mark Oyston: …``); a filed excerpt's table bars
and asterisk breaks; a data set's transcript with the names removed (``Executive:`` / ``Analyst:``); a
meeting platform's captions naming people surname first (``<v Ferris, Alana>``)."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, start: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``start``."""
    para = next(p for p in doc.paragraphs if start in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


HEARING = """[House Hearing]

                    SERVICE FEES AT REGIONAL BANKS

                             MARCH 3, 2026

                   NORA BELLWEATHER, Oregon, Chairwoman
TOMAS REYES, Arizona
GAIL HOOPER, Vermont

                            C O N T E N T S

                               WITNESSES

Ostrander, Paul, Chief Executive Officer, Fairhaven Bank.........     3
Lisle, Dana, Chief Financial Officer, Fairhaven Bank.............     5

    Chairwoman Bellweather. The committee will come to order. We
welcome the witnesses. Mr. Ostrander, you are recognized.

    Mr. Ostrander. Thank you, Madam Chairwoman. Fairhaven lent $9
billion to small firms last year, 11 percent more than in 2024.

    Chairwoman Bellweather. Thank you. Ms. Lisle.

    Ms. Lisle. Thank you. Our fee income fell 6 percent, and we cut
the overdraft fee to $15.

    Chairwoman Bellweather. Mr. Reyes is recognized for 5 minutes.

    Mr. Reyes. Mr. Ostrander, why did you close 14 branches in my
state?

    Mr. Ostrander. Congressman, those branches saw fewer than 40
visits a day.

    Chairwoman Bellweather. The gentlewoman from Vermont, Ms.
Hooper, is recognized.

    Ms. Hooper. Ms. Lisle, what will overdraft fees be next year?

    Ms. Lisle. About $30 million.

    Chairwoman Bellweather. The hearing is adjourned.
"""


def test_a_hearing_record_labels_by_title_and_surname_closed_by_a_full_stop() -> None:
    doc = parse(HEARING)
    assert speaker_of(doc, "Fairhaven lent") == "Paul Ostrander"
    assert speaker_of(doc, "Our fee income fell") == "Dana Lisle"
    # the chairwoman gives the floor and closes the hearing: she answers nothing
    assert pairs(doc) == [("Tomas Reyes", None, ["Paul Ostrander"]), ("Gail Hooper", None, ["Dana Lisle"])]


EVIDENCE = """Energy Committee
Oral evidence: Household bills

Members present: Ruth Aldous (Chair); Colin Marr; Tessa Quinlan.

Witnesses: Omar Blaine, Chief Executive, Kestle Power plc; and Iris Doyle, Finance Director, Kestle Power plc.

Q1 Chair: Welcome. Please introduce yourselves.

Omar Blaine: I am Omar Blaine, chief executive. We supply 2.1 million homes.

Iris Doyle: I am Iris Doyle, finance director. Our profit was £120 million.

Q2 Colin Marr: Mr Blaine, how many customers are in arrears?

Omar Blaine: About 200,000.

Q3 Tessa Quinlan: Ms Doyle, what did hedging cost you?

Iris Doyle: £45 million.

Chair: Thank you both for your evidence.
"""


def test_an_evidence_record_numbers_each_question_before_its_label() -> None:
    doc = parse(EVIDENCE)
    got = [p for p in pairs(doc) if p[0] != "Ruth Aldous"]
    # the chair's thanks close the session: no answer of the last witness's
    assert got == [("Colin Marr", None, ["Omar Blaine"]), ("Tessa Quinlan", None, ["Iris Doyle"])]


EXCERPTS = """Filed by Corbel Bancorp
Pursuant to Rule 425 under the Securities Act of 1933

The following excerpts are from Corbel's earnings call.

*
*
*

Nina Holm:
|
…We still expect the Dunford acquisition to close in May.
|

*
*
*

Leo Fenn:
|
Nina, where will capital land after the deal closes?
|

Nina Holm:
|
Around 10% at close.
|
"""


def test_a_filed_excerpt_bars_and_asterisks_are_no_speech() -> None:
    doc = parse(EXCERPTS)
    assert all(p.text.strip() not in ("|", "*") for p in doc.paragraphs)
    assert [(a, [x for x in ans]) for a, _, ans in pairs(doc)] == [("Leo Fenn", ["Nina Holm"])]


ANONYMISED = """Harlow Pumps Q1 2025 earnings call (speaker names removed)

Operator: Good morning and welcome to the call. I will hand over to the company.

Executive: Thank you. Orders rose 6% in the quarter.

Executive: Revenue was $810 million.

Operator: Our first question comes from the line of an analyst.

Analyst: What drove the orders growth?

Executive: Mostly water utilities.

Operator: Next question.

Analyst: How large is the buyback?

Executive: Up to $200 million.
"""


def test_a_transcript_with_names_removed_keeps_its_role_labels() -> None:
    doc = parse(ANONYMISED)
    assert speaker_of(doc, "Orders rose 6%") == "Executive"
    # each "Analyst:" turn is a question of an unnamed analyst, answered by the unnamed executive
    assert [(a, f) for a, f, _ in pairs(doc)] == [("Analyst", None), ("Analyst", None)]
    assert all(ans == ["Executive"] for _, _, ans in pairs(doc))


SURNAME_FIRST_VTT = """WEBVTT

a1/1-0
00:00:01.000 --> 00:00:06.000
<v Quist, Helena>Good morning. I'm Helena Quist from investor relations. With me is our CEO, Bruno Salt.</v>

a1/2-0
00:00:06.000 --> 00:00:11.000
<v Salt, Bruno>Thanks, Helena. Bookings grew 12% to $90 million.</v>

a1/3-0
00:00:11.000 --> 00:00:14.000
<v Quist, Helena>First question, Maya Lund from Orrery Securities.</v>

a1/4-0
00:00:14.000 --> 00:00:18.000
<v Lund, Maya (Guest)>Bruno, what is the churn rate?</v>

a1/5-0
00:00:18.000 --> 00:00:21.000
<v Salt, Bruno>About 4% a year.</v>
"""


def test_caption_voices_written_surname_first_are_the_people_named() -> None:
    doc = run(ingest(SURNAME_FIRST_VTT.encode("utf-8"), "call.vtt"))
    assert speaker_of(doc, "Bookings grew 12%") == "Bruno Salt"
    assert pairs(doc) == [("Maya Lund", "Orrery Securities", ["Bruno Salt"])]


SEGMENTS_NO_SPEAKERS = """[00:00.000 --> 00:05.000]  Good morning and welcome to the Brantwood Rail results call.
[00:05.000 --> 00:09.000]  I will now hand the call over to Chief Executive Officer, Lena Marsh.
[00:09.000 --> 00:15.000]  Thank you, operator. Ridership rose 9% to 48 million journeys.
[00:15.000 --> 00:21.000]  We also opened two new depots. I'll hand over to our CFO, Ravi Kohli.
[00:21.000 --> 00:27.000]  Thanks, Lena. Revenue was 610 million pounds.
[00:27.000 --> 00:32.000]  Net debt fell to 150 million pounds.
[00:32.000 --> 00:37.000]  Thank you. Our first question comes from Ada Pryor at Kelvin Securities.
[00:37.000 --> 00:42.000]  Hi, thanks. What drove the ridership growth?
[00:42.000 --> 00:47.000]  Mostly commuters returning to offices.
[00:47.000 --> 00:52.000]  Our next question comes from Joel Fenn at Marlow Partners.
[00:52.000 --> 00:57.000]  Thank you. What is the plan for the depots next year?
[00:57.000 --> 01:02.000]  Two more, both in the north.
"""


def test_unlabelled_segments_are_whom_the_call_is_handed_to_by_full_name() -> None:
    doc = parse(SEGMENTS_NO_SPEAKERS)
    assert speaker_of(doc, "Ridership rose 9%") == "Lena Marsh"
    assert speaker_of(doc, "We also opened two new depots") == "Lena Marsh"
    assert speaker_of(doc, "Revenue was 610 million") == "Ravi Kohli"
    assert speaker_of(doc, "Net debt fell to 150 million") == "Ravi Kohli"
    assert [(a, f) for a, f, _ in pairs(doc)] == [("Ada Pryor", "Kelvin Securities"), ("Joel Fenn", "Marlow Partners")]


MINUTES = """TANJONG MARINE LIMITED
MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 24 APRIL 2025

Present : Directors
Mr Ong Kai Ming - Non-Executive Chairman
Ms Rachel Teo - Executive Director and Chief Executive Officer
Mr Samuel Yeo - Independent Director
In attendance : Mr Lee Hong Wei - Chief Financial Officer

1. OPENING

1.1 Mr Ong Kai Ming ("Chairman") welcomed shareholders and called the Meeting to order.

1.2 Ms Rachel Teo ("CEO") presented the results for FY2024. Revenue rose 9% to S$212 million.

1.3 Mr Lee Hong Wei ("CFO") said that net profit was S$18.4 million.

2. QUESTIONS AND ANSWERS

2.1 Mr Koh Siew Lian, a shareholder, asked whether fuel costs would rise in 2025.

2.2 The CEO replied that the Group had hedged 70% of its fuel needs for the year.

2.3 Ms Nora Ismail, a shareholder and representative of Merlion Income Fund, asked about the dividend policy.

2.4 The CFO responded that the Board intends to pay out at least 40% of net profit.

2.5 There being no further questions, the Chairman proceeded with the business of the Meeting.
"""


def test_minutes_report_numbered_questions_and_replies_by_the_terms_they_define() -> None:
    doc = parse(MINUTES)
    # the directors listed under "Present : Directors" are a list, not a director's turn over the minutes
    assert speaker_of(doc, "Revenue rose 9% to S$212 million") is None
    assert pairs(doc) == [
        ("Koh Siew Lian", None, ["Rachel Teo"]),
        ("Nora Ismail", "Merlion Income Fund", ["Lee Hong Wei"]),
    ]


SAVED_MEETING = """Quarry Hill Software - Investor Call
Saved transcript

[Operator] 15:00:02
Welcome to the Quarry Hill Software call. I will hand over to our Chief Executive Officer, Iris Vane.

[Iris Vane] 15:00:15
Thank you. Bookings rose 18% to $64 million in the quarter.

[Operator] 15:02:40
Our first question comes from Owen Tate with Birchmoor Securities.

[Owen Tate] 15:02:46
Iris, what drove the bookings?

[Iris Vane] 15:02:52
Mostly renewals in the public sector.
"""


def test_a_saved_meeting_names_each_speaker_in_brackets_before_the_clock_time() -> None:
    doc = parse(SAVED_MEETING)
    assert speaker_of(doc, "Bookings rose 18%") == "Iris Vane"
    q = doc.qa[0]
    # the question is the speech under the header line, not the header
    assert doc.paragraph(q.question[0]).text.startswith("Iris, what drove")
    assert pairs(doc) == [("Owen Tate", "Birchmoor Securities", ["Iris Vane"])]


FORUM_NOTES = """Corwen Brewing Q2 call - my notes

CEO Alma Reyes said volumes rose 4%. CFO Pieter Vos said the margin was 28%.

Q (Dev Malhotra, Stonegate Capital): What drove the volume growth?

A (CEO): New taprooms in the south.

Q (Lucy Hart, Fenwick Partners): Will the margin hold?

A (CFO): Yes, we have hedged barley for the year.
"""


def test_an_answer_marked_by_an_office_is_the_person_the_notes_name_after_its_initials() -> None:
    doc = parse(FORUM_NOTES)
    assert pairs(doc) == [
        ("Dev Malhotra", "Stonegate Capital", ["Alma Reyes"]),
        ("Lucy Hart", "Fenwick Partners", ["Pieter Vos"]),
    ]


VENDOR_LINES_NO_LIST = """Operator
Our first question comes from Nils Eberly with Graystone Capital.

Nils Eberly
Graystone Capital Markets, Research Division
Hana, what drove the margin?

Hana Voss
Executive VP & CFO
Lower freight costs, mostly.

Operator
Next is Ida Lorne with Whitfield Securities.

Ida Lorne
Whitfield Securities LLC, Research Division
Hana, and the buyback?

Hana Voss
Executive VP & CFO
We will finish it this year.
"""


def test_a_research_arm_line_under_an_analysts_name_is_her_header_without_a_participants_list() -> None:
    doc = parse(VENDOR_LINES_NO_LIST)
    assert [doc.paragraph(q.question[0]).text for q in doc.qa] == ["Hana, what drove the margin?", "Hana, and the buyback?"]
    assert [(a, ans) for a, _, ans in pairs(doc)] == [("Nils Eberly", ["Hana Voss"]), ("Ida Lorne", ["Hana Voss"])]


MINUTES_ACCENTED = """1.1 Ms Inès Varga ("CEO") presented the results.

2.1 Mr José Almeida, a shareholder, asked whether the dividend would rise.

2.2 The CEO replied that the Board would review it in August.

2.3 Ms Chloé Tan, a shareholder and representative of Anchorage Value Fund, Inc., asked about debt.

2.4 The CEO responded that net debt would fall below S$50 million.
"""


def test_minutes_read_accented_names_and_a_funds_legal_form() -> None:
    doc = parse(MINUTES_ACCENTED)
    assert pairs(doc) == [
        ("José Almeida", None, ["Inès Varga"]),
        ("Chloé Tan", "Anchorage Value Fund, Inc.", ["Inès Varga"]),
    ]

