"""Layouts recognised by their shape rather than by their words, each on a short fictional call: a
court reporter's record with a line-number gutter and "THE CHAIRMAN:" / "MS. SURNAME:" labels, a PDF
text layer set out as a speaker column beside the speech, a meeting platform's export naming people
surname first ("Lowe, Imani   0:12") with "(Guest)" tags, a host reading out typed webcast questions,
and a host handing the floor over in words no vendor uses."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest.layout import drop_line_gutter, speaker_column
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    para = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


COURT_RECORD = """                                                              1
 1                 BRISTLECONE MILLS, INC.
 2            SPECIAL MEETING OF SHAREHOLDERS
 3                  Tuesday, March 3, 2026
 4
 5   PRESENT:
 6        MARGARET ELLISON, Chairman of the Board
 7        VIKRAM DESAI, Chief Financial Officer
 8
 9             THE CHAIRMAN:  Good afternoon.  I am Margaret
10   Ellison, Chairman of the Board.  Sales for the year were
11   $2.2 billion, and the board recommends the merger.
12             MR. DESAI:  Thank you.  Net debt at year end was
13   $410 million.
14             THE CHAIRMAN:  We will take questions now.
15             MR. HOLLOWAY:  Yes.  Dennis Holloway, a shareholder
16   since 1998.  Why is the exchange ratio fixed rather than
17   collared?
18             THE CHAIRMAN:  The board preferred certainty for
19   both sets of shareholders.
20             MS. ABERNATHY:  Carla Abernathy, Wexley Partners.
21   Mr. Desai, what are the expected cost savings?
22             MR. DESAI:  About $60 million a year by the end of
23   2027.
24             THE CHAIRMAN:  Thank you all.  The meeting is
25   adjourned.
"""


def test_court_record_gutter_goes_and_office_and_surname_labels_name_people() -> None:
    doc = parse(COURT_RECORD)
    assert pairs(doc) == [
        ("Dennis Holloway", None, ["Margaret Ellison"]),
        ("Carla Abernathy", "Wexley Partners", ["Vikram Desai"]),
    ]
    assert speaker_of(doc, "Net debt at year end was $410 million.") == "Vikram Desai"
    # the numbers are gone and the wrapped speech reads on
    assert any(p.text.endswith("Sales for the year were $2.2 billion, and the board recommends the merger.") for p in doc.paragraphs)


def test_a_numbered_list_is_no_gutter() -> None:
    text = "Agenda\n1  Opening\n2  Results\n3  Outlook\n4  Questions\n\nWe grew 4% this year.\n"
    assert drop_line_gutter(text) == text


SPEAKER_COLUMN = """                    HALDEN PORTS GROUP
            Full Year 2026 Results - Call Transcript

Speaker              Transcript
Operator             Welcome to the Halden Ports full year call. I will hand over to
                     Sofia Lind, Chief Executive.
Sofia Lind           Thank you. Container volumes rose 6% to 4.1 million units and
                     revenue was EUR 1.3 billion.
Operator             The first question is from Arjun Nair at Kestrel Bank.
Arjun Nair           Thanks. Sofia, what is your tariff assumption for next year,
                     and how much is contracted already?
Sofia Lind           About 70% is contracted, with increases near 3%.
Operator             That was the last question. Thank you for joining.
"""


def test_a_speaker_column_becomes_labelled_turns() -> None:
    doc = parse(SPEAKER_COLUMN)
    assert pairs(doc) == [("Arjun Nair", "Kestrel Bank", ["Sofia Lind"])]
    assert speaker_of(doc, "Container volumes rose 6%") == "Sofia Lind"


def test_a_table_of_figures_is_no_speaker_column() -> None:
    text = (
        "Segment results\n"
        "Revenue              1,204      1,150\n"
        "                     (restated)\n"
        "Operating profit       212        198\n"
        "Net income             140        131\n"
        "Revenue              1,204      1,150\n"
        "                     (restated)\n"
    )
    assert speaker_column(text) == text


PLATFORM_EXPORT = """Transcript
Quenby Foods Q2 2026 results - analyst call

Lowe, Imani   0:03
Good morning and welcome. I'm Imani Lowe from investor relations, here with our CEO, Rhys Galloway.

Galloway, Rhys   0:20
Thanks, Imani. Organic sales grew 4.5% and gross margin improved to 36.2%.

Lowe, Imani   1:40
Let's open it up. To start, Petra Novak from Lindqvist Securities.

Petra Novak (Guest)   1:52
Thanks. Rhys, how much of the growth came from price?

Galloway, Rhys   2:05
About three points of it. Volumes were up one and a half.

Lowe, Imani   2:40
That's all for today. Thank you.
"""


def test_surname_first_display_names_and_guest_tags() -> None:
    doc = parse(PLATFORM_EXPORT)
    assert pairs(doc) == [("Petra Novak", "Lindqvist Securities", ["Rhys Galloway"])]
    assert speaker_of(doc, "Organic sales grew 4.5%") == "Rhys Galloway"


WEBCAST = """Corrin Solar - Q1 2026 Results Webcast

Tomas Reyes, Investor Relations:
Welcome. Our CEO, Nadia Farouk, will take questions submitted through the webcast.

Nadia Farouk, Chief Executive Officer:
Thanks, Tomas. Module shipments reached 2.3 gigawatts in the quarter.

Tomas Reyes, Investor Relations:
The first question is from Owen Blake at Fairmount Capital: "Nadia, are you seeing any pricing pressure in Europe?"

Nadia Farouk, Chief Executive Officer:
Some, mostly in the residential segment. Utility pricing has held.

Tomas Reyes, Investor Relations:
Next, a question from an individual shareholder, who asks whether the company will pay a dividend this year.

Nadia Farouk, Chief Executive Officer:
Not this year. We are funding the new factory first.
"""


def test_questions_read_out_by_the_host_are_questions_and_an_unnamed_sender_stays_unnamed() -> None:
    doc = parse(WEBCAST)
    assert pairs(doc) == [
        ("Owen Blake", "Fairmount Capital", ["Nadia Farouk"]),
        (None, None, ["Nadia Farouk"]),
    ]


def test_a_colleague_joining_is_no_asker() -> None:
    text = (
        "Operator: Welcome to the Arden Water call. Please go ahead with the questions after the remarks. "
        "I'm joined by Henry Coles of Arden Water.\n\n"
        "Henry Coles: Thanks. Revenue was $310 million.\n\n"
        "Operator: Our first question, Mia Tran from Bolt Research.\n\n"
        "Mia Tran: What drove the revenue growth?\n\n"
        "Henry Coles: Higher tariffs, mostly.\n"
    )
    doc = parse(text)
    assert pairs(doc) == [("Mia Tran", "Bolt Research", ["Henry Coles"])]
    coles = next(s for s in doc.speakers if s.name == "Henry Coles")
    assert coles.side == "company"


CAPTIONS = """HOLLIS GAS UTILITIES Q2 2026 CALL - REALTIME CAPTIONS
>> OPERATOR: WELCOME TO THE HOLLIS GAS SECOND QUARTER CALL. I
WILL NOW TURN THE CALL OVER TO CHIEF EXECUTIVE OFFICER DIANA
FROST.
>> DIANA FROST: THANK YOU. NET INCOME WAS $96 MILLION AND WE
INVESTED $240 MILLION IN THE SYSTEM.
>> OPERATOR: OUR FIRST QUESTION COMES FROM OLIVER GRANT WITH
BMO CAPITAL MARKETS.
>> GOOD MORNING. DIANA, WHEN WILL YOU FILE THE NEXT RATE CASE?
>> DIANA FROST: IN THE FIRST QUARTER OF NEXT YEAR.
>> AND HOW MUCH RATE BASE GROWTH DOES THE PLAN ASSUME?
>> DIANA FROST: ABOUT 9% A YEAR.
>> OPERATOR: THIS CONCLUDES TODAY'S CALL.
"""


def test_caption_marks_open_turns_and_an_unnamed_question_is_the_introduced_askers() -> None:
    doc = parse(CAPTIONS)
    assert pairs(doc) == [
        ("Oliver Grant", "BMO CAPITAL MARKETS", ["Diana Frost"]),
        ("Oliver Grant", "BMO CAPITAL MARKETS", ["Diana Frost"]),
    ]
    assert speaker_of(doc, "NET INCOME WAS $96 MILLION") == "Diana Frost"


FIRST_NAMES = """Riverside transcript: Oakhurst Dental Q1 2026 call

Participants
Sam Ortiz, Investor Relations, Oakhurst Dental
Leah Brandt, Chief Executive Officer, Oakhurst Dental
Ivan Petrov, Analyst, Coldwater Securities
Mina Sato, Analyst, Redhill Partners

Sam: Thanks for joining. Leah will start.

Leah: Revenue rose 8% to $210 million, with 14 new practices.

Sam: Ivan, go ahead.

Ivan: Thanks. Leah, how are hygienist wages trending?

Leah: Up about 5%, in line with our plan.

Sam: Mina, you're next.

Mina: Hi. Are you still targeting 60 new practices this year?

Leah: Yes, we are on track.
"""


def test_first_name_labels_are_the_participants_list_people_not_question_topics() -> None:
    doc = parse(FIRST_NAMES)
    assert pairs(doc) == [
        ("Ivan Petrov", "Coldwater Securities", ["Leah Brandt"]),
        ("Mina Sato", "Redhill Partners", ["Leah Brandt"]),
    ]


DASHED = """Marlow Freight Q4 2026 earnings call (automatic transcript)

- Good morning and welcome to the Marlow Freight fourth quarter call. I'll now turn the call over to Ian Webb, Head of Investor Relations.
- Thank you. With me are our CEO, Clara Voss, and our CFO, Tariq Aziz. Clara?
- Thanks, Ian. Revenue grew 6% to $880 million and our operating ratio improved to 84.1%. Tariq?
- Thank you, Clara. Free cash flow was $120 million and we bought back $50 million of stock.
- We will now take questions. Our first question comes from Hugo Pratt with Linwood Capital.
- Good morning. Clara, how is pricing holding up in contract renewals?
- Renewals are running up about 3%, which we are pleased with.
- And Tariq, what is the capex plan for next year?
- About $300 million, mostly for trailers.
- This is Clara. We will also open two terminals.
- Our next question comes from Ada Mensah with Corvid Research.
- Thanks for taking my question. What are you seeing in spot rates?
- Spot rates have stabilised since October.
- This concludes the call.
"""


def test_unlabelled_answers_are_attributed_only_by_address_or_self_naming() -> None:
    doc = parse(DASHED)
    assert pairs(doc) == [
        ("Hugo Pratt", "Linwood Capital", ["Clara Voss"]),
        ("Hugo Pratt", "Linwood Capital", ["Tariq Aziz", "Clara Voss"]),
        ("Ada Mensah", "Corvid Research", [""]),  # put to no one by name: not attributed
    ]
    assert speaker_of(doc, "Revenue grew 6% to $880 million") == "Clara Voss"
    assert speaker_of(doc, "Free cash flow was $120 million") == "Tariq Aziz"
    assert "attributed only where" in doc.warnings[0]


DASH_LABELS = """Orrin Pharma Q2 2026 earnings call

Operator — Welcome to the Orrin Pharma second quarter call. I will now hand over to the CEO, Lina Park.

Lina Park — Thank you. Revenue rose 12% to $640 million, led by our vaccines.

Omar Reid — Thanks, Lina. Operating margin was 27%, and we raised our guidance.

Operator — Our first question comes from Tessa Quinn with Harlow Bank.

Tessa Quinn — Lina, when will the next vaccine filing go in?

Lina Park — Early next year, once the second trial reads out.

Operator — That concludes today's call.
"""

SURNAME_LABELS = """BRACKEN ENERGY - RESULTS BRIEFING
Participants: Maya Cole (Chief Executive), Felix Stone (Finance Director)

COLE: Good morning. Output rose 6% and net debt fell to $2.1 billion.

STONE: Thanks, Maya. We will pay a final dividend of 18 cents.

COLE: We will now take questions. First, Ravi Shah from Tarn Securities.

SHAH: Thanks. Felix, will the buyback continue next year?

STONE: Yes, at a similar pace.

COLE: Thank you all.
"""

KEYED_CODES = """Transcript: Pellan Foods Q3 2026 call
Speaker key: S1 = Operator; S2 = Nora Vance, CEO; S3 = Paul Ames, Analyst, Quarry Hill

S1: Welcome. I will hand over to Nora Vance.

S2: Thank you. Sales grew 5% to $1.1 billion.

S1: Our first question comes from Paul Ames with Quarry Hill.

S3: Nora, are input costs still rising?

S2: They have levelled off since the summer.

S1: That concludes the call.
"""


def test_a_layout_of_its_own_is_read_from_the_repetition_of_its_prefixes() -> None:
    assert pairs(parse(DASH_LABELS)) == [("Tessa Quinn", "Harlow Bank", ["Lina Park"])]
    doc = parse(SURNAME_LABELS)
    assert pairs(doc) == [("Ravi Shah", "Tarn Securities", ["Felix Stone"])]
    assert speaker_of(doc, "Output rose 6%") == "Maya Cole"
    coded = parse(KEYED_CODES)
    assert pairs(coded) == [("Paul Ames", "Quarry Hill", ["Nora Vance"])]
    assert speaker_of(coded, "Sales grew 5%") == "Nora Vance"


def test_prose_paragraphs_with_dashes_are_no_labels() -> None:
    text = (
        "Quarterly update\n\n"
        "Revenue — up 5% on the year.\n\n"
        "Margins — steady at 21%.\n\n"
        "Revenue — expected to grow next year.\n\n"
        "Margins — expected to improve.\n\n"
        "Outlook — unchanged.\n"
    )
    doc = parse(text, "note.txt")
    assert doc.qa == ()
    assert all(p.speaker is None for p in doc.paragraphs)
