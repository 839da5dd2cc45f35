"""English layouts of quote sites, news pages and meeting records: a name and time run into the speech,
participants listed office first, a side's list run onto one line, a shareholder named in brackets,
an asker's firm said with its city; each on a short fictional call written in that layout."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``snippet``."""
    para = next(p for p in doc.paragraphs if snippet in p.text)
    by_id = doc.speakers_by_id
    return by_id[para.speaker].name if para.speaker in by_id else para.speaker


# A quote site's copy of a transcript panel: name, time and speech run together on each line.
GLUED_STAMPS = """\
Tillbury Brands Q1 2027 Earnings Call Transcript
There are 5 speakers on the call.
Operator00:00:00Good morning and welcome to the Tillbury Brands first quarter call. I will now hand over to Nora Hale, Chief Executive Officer.
Nora Hale00:00:18Thank you. With me is our Chief Financial Officer, Luis Ortega. Net sales rose 6% to $910 million in the quarter. Luis will cover the details.
Speaker 200:01:32Thanks, Nora. Gross margin was 41.2%, and we reaffirm our full-year outlook.
Operator00:02:40Our first question comes from Amy Brook with Tiller Bank. Please go ahead.
Speaker 300:02:51Thanks. Luis, what is driving the gross margin gain?
Speaker 200:03:02Mostly lower freight costs and a better mix.
"""


def test_name_time_and_speech_run_together() -> None:
    """``Nora Hale00:00:18Thank you`` is Nora Hale's turn; ``Speaker 200:01:32…`` is ``Speaker 2`` at
    00:01:32 (the CFO the hand-over names), and ``Speaker 3`` the asker the operator just named."""
    doc = parse(GLUED_STAMPS)
    assert_sound(doc)
    assert speaker_of(doc, "Net sales rose 6%") == "Nora Hale"
    assert speaker_of(doc, "Gross margin was 41.2%") == "Luis Ortega"
    assert summary(doc) == [("Amy Brook", "Tiller Bank", ["Luis Ortega"])]


# A news site's newer page: participants listed with the office first, takeaways in the old label
# shape above the transcript, the IR head's turn ending on the CEO's first name and a question mark.
OFFICE_FIRST = """\
Carrowby Tools (CRWB) Q2 2027 Earnings Call Transcript

CALL PARTICIPANTS
Chief Executive Officer — Ana Ruiz
Chief Financial Officer — Ben Kato
Director, Investor Relations — Cleo Park

TAKEAWAYS
Revenue -- $318 million, up 8%, on strong demand for cordless tools.

Full Conference Call Transcript
Cleo Park: Thank you, operator. With me today are Ana Ruiz, our CEO, and Ben Kato, our CFO. Ana?

Ana Ruiz: Thanks, Cleo. Revenue was $318 million, up 8%, and we opened two distribution centres.

Ben Kato: Thanks, Ana. Operating margin was 14.1%, up 90 basis points.

Operator: Our first question comes from Dev Shah with Orland Securities. Please go ahead.

Dev Shah: Ben, how much of the margin gain came from pricing?

Ben Kato: About a third of it.
"""


def test_participants_listed_office_first() -> None:
    """``Director, Investor Relations — Cleo Park`` lists Cleo Park with her office, one of the company's
    people: her opening turn that ends ``Ana?`` is no question."""
    doc = parse(OFFICE_FIRST)
    assert_sound(doc)
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["Cleo Park"].side == "company"
    assert by_name["Cleo Park"].role == "Director, Investor Relations"
    assert by_name["Ana Ruiz"].role == "Chief Executive Officer"
    assert summary(doc) == [("Dev Shah", "Orland Securities", ["Ben Kato"])]


# A quote site's page: each side's entries run onto one line after its cue; the operator names no firm.
RUN_ON_LISTS = """\
Earnings Transcript for KLWN - Q3 Fiscal Year 2026

Executives: Mara Quist - CEO Oren Blake - CFO
Analysts: Tessa Grange - Hollow Peak Securities Ravi Anand - Dunmere Capital
Operator: Good morning and welcome to the Kellwyn results call. I will now hand over to Mara Quist.
Mara Quist: Thank you. Orders rose 9% to £640 million and the order book is at a record.
Oren Blake: Thanks, Mara. Operating profit was £71 million, a margin of 11.1%.
Operator: The first question comes from Tessa Grange. Please go ahead.
Tessa Grange: Oren, what is the cash conversion target?
Oren Blake: Around 90% for the year.
Operator: The next question comes from Ravi Anand. Please go ahead.
Ravi Anand: Mara, any update on the disposal?
Mara Quist: We expect to sign before the year end.
"""


def test_side_lists_run_onto_one_line() -> None:
    """``Analysts: <name> - <firm> <name> - <firm>`` gives each asker their firm, and ``Executives:``
    each executive their title, though nothing but a name parts one entry from the next."""
    doc = parse(RUN_ON_LISTS)
    assert_sound(doc)
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["Oren Blake"].role == "CFO"
    assert summary(doc) == [
        ("Tessa Grange", "Hollow Peak Securities", ["Oren Blake"]),
        ("Ravi Anand", "Dunmere Capital", ["Mara Quist"]),
    ]


# A UK annual general meeting's record: shareholders named in brackets after the word, officers by office.
AGM_BRACKETS = """\
HALLOWMERE RAIL PLC
ANNUAL GENERAL MEETING

Present: Dame Ruth Ellery (Chairman); Simon Vale (Chief Executive); Priya Lomax (Finance Director)

The Chairman: Good morning and welcome. I will ask Simon Vale, our Chief Executive, to say a few words.

Chief Executive: Thank you, Chairman. Passenger numbers rose 11% and operating profit reached £84 million.

The Chairman: Thank you. We now come to questions. Please give your name.

Shareholder (Mr Colin Marsh): Colin Marsh, a private shareholder. When will the dividend be restored?

Finance Director: We expect to propose a final dividend next year.

Shareholder (Mrs Jean Tovey): Jean Tovey, representing the Marlow Railway Pension Scheme. How safe is the pension fund?

Chief Executive: The scheme is in surplus on a funding basis.
"""


def test_shareholder_named_in_brackets() -> None:
    """``Shareholder (Mr Colin Marsh):`` is Colin Marsh asking with no firm; ``…, representing the
    Marlow Railway Pension Scheme`` gives Jean Tovey that scheme."""
    doc = parse(AGM_BRACKETS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Colin Marsh", None, ["Priya Lomax"]),
        ("Jean Tovey", "Marlow Railway Pension Scheme", ["Simon Vale"]),
    ]


# A European call: the operator says the asker's firm and then its city.
FIRM_CITY = """\
Operator: Good morning and welcome to the Brenholt Chemicals third quarter call. Please go ahead, Eva Lind.

Eva Lind: Thank you. Sales were €1.2 billion and EBITDA rose 7%.

Operator: The first question comes from the line of Jonas Weber from Rheinhalde Bank in Frankfurt. Please go ahead.

Jonas Weber: Eva, how are energy costs developing?

Eva Lind: They are down about 15% on last year.
"""


def test_firm_said_with_its_city() -> None:
    """``… from Rheinhalde Bank in Frankfurt`` names the firm Rheinhalde Bank, not the city."""
    doc = parse(FIRM_CITY)
    assert_sound(doc)
    assert summary(doc) == [("Jonas Weber", "Rheinhalde Bank", ["Eva Lind"])]
