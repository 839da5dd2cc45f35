"""Layouts that name people after or around their words, each on a short fictional call: notes in the
third person ("Jane Roe (Firm) asked …; Raj Patel replied that …"), an edited record signing each
question and answer in square brackets after it, a press conference whose officials are labelled by
office and surname ("DEPUTY GOVERNOR LIND:"), a moderator introducing an individual investor, and a
tab-separated ASR export with a turn split over rows."""

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


THIRD_PERSON_NOTES = """Call notes: Fernhollow Rail plc, half-year results
Company speakers: Imogen Hart (Chief Executive), Tobias Lyle (Finance Director)

Presentation

Tobias Lyle said that revenue rose 5% to GBP 640 million and that net debt fell to GBP 210 million.

Questions and answers

Nadia Brook (Harcourt Securities) asked about freight volumes in the second half. Tobias Lyle replied that volumes were running 3% ahead of last year. He expected a similar pace to the year end.

Nadia Brook followed up on the pension deficit. Tobias Lyle said that the deficit had closed after the triennial review.

Asked by Owen Pryce (Calder & Co) about the rolling stock order, Imogen Hart said that the first trains would arrive in March. Tobias Lyle added that the order was fully funded.

A private investor asked whether the dividend would rise. Imogen Hart said that the board would decide at the full year.
"""


def test_third_person_notes_pair_each_reported_question_with_the_reported_answers() -> None:
    doc = parse(THIRD_PERSON_NOTES)
    assert pairs(doc) == [
        ("Nadia Brook", "Harcourt Securities", ["Tobias Lyle"]),
        ("Nadia Brook", "Harcourt Securities", ["Tobias Lyle"]),
        ("Owen Pryce", "Calder & Co", ["Imogen Hart", "Tobias Lyle"]),
        (None, None, ["Imogen Hart"]),
    ]
    answer = next(p for p in doc.paragraphs if p.text.startswith("Tobias Lyle replied"))
    assert doc.speakers_by_id[answer.speaker or ""].name == "Tobias Lyle"


def test_a_single_reported_question_in_news_prose_is_not_cut() -> None:
    text = (
        "Fernhollow Rail raised its forecast on Tuesday. Asked by reporters about the strike, Imogen Hart said "
        "talks were continuing. Nadia Brook of Harcourt Securities asked whether costs would rise. Tobias Lyle "
        "said they would not.\n"
    )
    doc = parse(text, "news.txt")
    assert len(doc.paragraphs) == 1
    assert doc.qa == ()


SIGNED_RECORD = """Quarry Peak Minerals Q3 2026 results call: edited Q&A record

Prepared remarks

Gold output was 212,000 ounces at all-in sustaining costs of $1,240 an ounce. [Lena Fischer, President and CEO]

Free cash flow was $96 million and we repaid $50 million of debt. [Marco Bellini, CFO]

Questions and answers

Q: Why did the mill throughput fall in September? [Ada Quist, Northgate Capital]
A: We had a planned shutdown of the crusher for eleven days. [Paulo Reyes, COO]

Q: Is the cost guidance still valid after the royalty change? [Ada Quist, Northgate Capital]
A: Yes. The royalty change adds about $15 an ounce, within the range. [Marco Bellini, CFO]
A: We will update the reserve statement in February. [Lena Fischer, President and CEO]
"""


def test_square_brackets_after_the_words_sign_questions_answers_and_remarks() -> None:
    doc = parse(SIGNED_RECORD)
    assert pairs(doc) == [
        ("Ada Quist", "Northgate Capital", ["Paulo Reyes"]),
        ("Ada Quist", "Northgate Capital", ["Marco Bellini", "Lena Fischer"]),
    ]
    remarks = next(p for p in doc.paragraphs if p.text.startswith("Free cash flow"))
    assert doc.speakers_by_id[remarks.speaker or ""].name == "Marco Bellini"


PRESS_OFFICES = """Press conference of the Bank of Westmark
Participants: Governor Clara Voss; Deputy Governor Henrik Aalto

Opening statement

GOVERNOR VOSS: The policy rate is unchanged at 2.75%, which we expect to hold through the spring.

DEPUTY GOVERNOR AALTO: Core inflation eased to 2.4%, which is close to our forecast.

Questions

Mia Rand, Westmark Herald: Will you cut rates before the summer?

GOVERNOR VOSS: That depends on wages. We will see the spring wage round first.

Jon Ekberg, Finance Daily: Is the housing market a concern?

DEPUTY GOVERNOR AALTO: House prices have stabilised, which is what we expected.

GOVERNOR VOSS: Household debt remains high, so we watch it closely.
"""


def test_a_deputy_governor_labelled_by_office_answers_as_the_listed_official() -> None:
    doc = parse(PRESS_OFFICES)
    assert pairs(doc) == [
        ("Mia Rand", "Westmark Herald", ["Clara Voss"]),
        ("Jon Ekberg", "Finance Daily", ["Henrik Aalto", "Clara Voss"]),
    ]
    assert doc.speakers_by_id[doc.qa[1].answers[0].speaker or ""].side == "company"


INDIVIDUAL_INVESTOR = """Moderator: Good afternoon and welcome to the Q2 FY27 earnings call of Kaveri Agro Limited. I now hand over to Mr. Suresh Menon, Managing Director. Over to you, sir.

Suresh Menon: Thank you. Revenue for the quarter was Rs. 640 crores, up 11%.

Moderator: Thank you. The first question is from the line of Anil Khanna from Dalal Street Securities. Please go ahead.

Anil Khanna: What was the volume growth in seeds?

Suresh Menon: About 9%, with the rest from price.

Moderator: Thank you. The next question is from the line of Ravi Pillai, an individual investor. Please go ahead.

Ravi Pillai: Sir, will the dividend be raised this year?

Suresh Menon: The board will decide with the annual results.
"""


def test_an_individual_investor_asks_for_no_firm() -> None:
    doc = parse(INDIVIDUAL_INVESTOR)
    assert pairs(doc) == [
        ("Anil Khanna", "Dalal Street Securities", ["Suresh Menon"]),
        ("Ravi Pillai", None, ["Suresh Menon"]),
    ]


TSV_EXPORT = (
    "start\tend\tspeaker\ttext\n"
    "0.0\t4.2\tOperator\tOur first question comes from Lise Moreau with Dunmore Partners.\n"
    "4.6\t8.1\tLise Moreau\tThanks. On pricing in the fourth quarter,\n"
    "8.1\t11.0\tLise Moreau\tare you holding the increase you announced?\n"
    "11.4\t16.0\tKarl Benn\tYes, the increase is holding across all regions.\n"
)


def test_a_tab_separated_export_reads_as_its_rows_of_speech() -> None:
    doc = run(ingest(TSV_EXPORT.encode(), "export.tsv"))
    assert pairs(doc) == [("Lise Moreau", "Dunmore Partners", ["Karl Benn"])]


GENERIC_CONCALL_LABELS = """Moderator: Good morning and welcome to the Q1 FY28 earnings call of Tapti Textiles Ltd. I now hand over to the management.

Management: Thank you. Revenue for the quarter was Rs. 910 crore, up 8% year-on-year.

Moderator: Thank you. The first question is from Mr. Rohan Batra of Meru Capital. Please go ahead.

Participant: What was the yarn volume growth this quarter?

Management: Yarn volumes grew 6%, mostly in exports.

Participant: And the margin outlook for the year?

Management: We expect margins to stay between 13% and 14%.

Moderator: Thank you. The next question is from Ms. Leela Nair of Konkan Securities. Please go ahead.

Participant: Sir, what is the capex plan for FY28?

Management: About Rs. 150 crore, mainly for the new weaving unit.
"""


def test_generic_participant_turns_are_the_asker_the_moderator_introduced() -> None:
    doc = parse(GENERIC_CONCALL_LABELS)
    assert pairs(doc) == [
        ("Rohan Batra", "Meru Capital", ["Management"]),
        ("Rohan Batra", "Meru Capital", ["Management"]),
        ("Leela Nair", "Konkan Securities", ["Management"]),
    ]


ROLE_ANSWERS = """SALTMARSH HARBOUR GROUP — FY26 RESULTS, Q&A TAKEAWAYS

Company representatives
CEO: Wen Li Tan
CFO: Marcus Oh

Q&A

Q (Priya Raman, Lionsgate Securities): How much did bunkering contribute to the revenue growth?
A (CFO): About a third of it; the rest came from container handling.

Q (Priya Raman, Lionsgate Securities): When does the new berth open?
A (CEO): In the third quarter of next year.
A (CFO): The capex for it is fully funded.
"""


def test_answers_by_role_name_the_people_the_list_gives_those_roles() -> None:
    doc = parse(ROLE_ANSWERS)
    assert pairs(doc) == [
        ("Priya Raman", "Lionsgate Securities", ["Marcus Oh"]),
        ("Priya Raman", "Lionsgate Securities", ["Wen Li Tan", "Marcus Oh"]),
    ]


AGM_RECORD = """BRACKENFORD ENERGY PLC
ANNUAL GENERAL MEETING
Record of questions from shareholders

Question 1 - Mrs Hilary Dunn, shareholder
Why did the dividend not grow this year?

Answer - Owen Marsh, Chief Financial Officer
We held it flat to fund the offshore wind investment. We expect growth to resume next year.

Question 2 - A shareholder attending online
Will the company publish a transition plan?

Answer - Ruth Keane, Chief Executive
Yes, in the annual report next March.
"""


def test_agm_question_and_answer_lines_name_shareholders_and_directors() -> None:
    doc = parse(AGM_RECORD)
    assert pairs(doc) == [
        ("Hilary Dunn", None, ["Owen Marsh"]),
        (None, None, ["Ruth Keane"]),
    ]


ROLE_REPORTED = """Notes from the results call of Orland Steel
Date: 3 March 2027
Company speakers: Petra Lund (CEO), Jonas Berg (CFO)

Questions and answers

Karin Holm of Nordbank Markets asked about volumes in the first quarter. Petra Lund said that order intake was up 5%.

Erik Sand, from Vinter Securities, asked whether the dividend policy would change. The CFO said that the policy was unchanged.
"""


def test_a_reported_answer_by_title_is_the_listed_holder_of_that_title() -> None:
    doc = parse(ROLE_REPORTED)
    assert pairs(doc) == [
        ("Karin Holm", "Nordbank Markets", ["Petra Lund"]),
        ("Erik Sand", "Vinter Securities", ["Jonas Berg"]),
    ]
