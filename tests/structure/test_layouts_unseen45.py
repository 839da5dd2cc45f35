"""Layouts of English transcripts seen in the wild, each on a short fictional call: a video meeting's export
that stamps each speaker line with the clock time (``Jane Roe  10:02 AM``) and a host who gives the floor
to a raised hand; a broker's analyst who hosts and introduces herself as covering the industry at her
firm, under her name or under a ``Moderator:`` label; a record whose ``Q:`` / ``A:`` marks are followed
by who asks or answers in square brackets; a title line closing with a foreign firm's legal form."""

from __future__ import annotations

from finbrief.ingest import from_text
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


CLOCK_LINES = """Wrenfield Tiles Q2 Investor Call
Meeting transcript

Olive Tran  9:00 AM
Good morning and welcome to the Wrenfield Tiles investor call. I'm Olive Tran from investor relations, and with me is our CEO, Piers Lambert.

Piers Lambert  9:01 AM
Thanks, Olive. Tile volumes rose 7% in the quarter and our new kiln in Ohio is running at full speed.

Olive Tran  9:04 AM
Thank you, Piers. Our first question comes from Gemma Rusk with Talbot Ridge Securities.

Gemma Rusk  9:04 AM
Hi Piers. What did the kiln cost in the end?

Piers Lambert  9:05 AM
About $40 million, Gemma, a little under budget.
"""


def test_speaker_lines_stamped_with_a_clock_time_are_labels() -> None:
    doc = parse(CLOCK_LINES)
    assert pairs(doc) == [("Gemma Rusk", "Talbot Ridge Securities", ["Piers Lambert"])]
    assert speaker_of(doc, "Tile volumes rose 7%") == "Piers Lambert"


RAISED_HAND = """Wrenfield Tiles Q2 Investor Call
Meeting transcript

Olive Tran  9:00 AM
Good morning and welcome to the Wrenfield Tiles investor call. I'm Olive Tran from investor relations, and with me is our CEO, Piers Lambert.

Piers Lambert  9:01 AM
Thanks, Olive. Tile volumes rose 7% in the quarter and our new kiln in Ohio is running at full speed.

Olive Tran  9:04 AM
Thank you, Piers. I see Arjun Bedi from Colwyn Asset Management has his hand up. Arjun, go ahead.

Arjun Bedi  9:04 AM
Thanks. What did the kiln cost in the end?

Piers Lambert  9:05 AM
About $40 million, a little under budget.
"""


def test_a_raised_hand_the_host_names_with_a_firm_is_the_asker() -> None:
    doc = parse(RAISED_HAND)
    assert pairs(doc) == [("Arjun Bedi", "Colwyn Asset Management", ["Piers Lambert"])]


BROKER_HOST = """Ossory Brewing Investor Call hosted by Kilbride Securities
Video meeting transcript

Nuala Brophy  2:00 PM
Good afternoon, everyone. I'm Nuala Brophy, I cover beverages here at Kilbride Securities, and I'm glad to welcome Ossory Brewing. With us are Declan Fahy, Chief Executive Officer, and Maeve Dolan, Chief Financial Officer. Declan will open with a few words and then we'll take questions from the audience.

Declan Fahy  2:01 PM
Thank you, Nuala. Beer volumes grew 4% this half and our cider range doubled its share in the on-trade.

Nuala Brophy  2:04 PM
Thanks, Declan. Let me begin with one of mine. Maeve, how much of the growth came from price?

Maeve Dolan  2:04 PM
About half, Nuala. The rest was volume.

Nuala Brophy  2:06 PM
Next, Tomas Rainey from Glenmore Capital.

Tomas Rainey  2:06 PM
Hi. Will you keep the interim dividend?

Declan Fahy  2:07 PM
Yes, at the same level as last year.

Nuala Brophy  2:08 PM
And now Aisling Kerr from Ballyrock Partners.

Aisling Kerr  2:08 PM
What is your capex plan for next year?

Maeve Dolan  2:09 PM
Around €30 million, mostly the new canning line.
"""


def test_a_host_introducing_herself_as_a_brokers_analyst_asks_her_own_questions() -> None:
    doc = parse(BROKER_HOST)
    assert pairs(doc)[0] == ("Nuala Brophy", "Kilbride Securities", ["Maeve Dolan"])
    assert ("Tomas Rainey", "Glenmore Capital", ["Declan Fahy"]) in pairs(doc)
    host = next(s for s in doc.speakers if s.name == "Nuala Brophy")
    assert host.side == "analyst"
    assert speaker_of(doc, "Beer volumes grew 4%") == "Declan Fahy"


MODERATOR_FIRESIDE = """Calloway Partners Consumer Conference
Fireside chat with Tarrow Outdoor
March 3, 2026

Moderator: Good morning. I'm Ines Varga, I cover leisure companies here at Calloway Partners, and with me is Bram Oakes, Chief Executive Officer of Tarrow Outdoor. Bram, welcome.

Bram Oakes: Thanks, Ines. We had a strong winter, with tent sales up 12%.

Moderator: How are retailers' inventories looking going into spring?

Bram Oakes: Lean. Our partners cut stock last year, so reorders came early.

Moderator: Let's take a question from the room. Yes, at the front.

Audience Member: Thanks. Lena Fisk, Harrowgate Capital. Are you raising prices this year?

Bram Oakes: Modestly, by about 2%.
"""


def test_a_moderator_label_whose_first_words_name_a_brokers_analyst_is_her() -> None:
    doc = parse(MODERATOR_FIRESIDE)
    assert pairs(doc) == [
        ("Ines Varga", "Calloway Partners", ["Bram Oakes"]),
        ("Lena Fisk", "Harrowgate Capital", ["Bram Oakes"]),
    ]
    assert speaker_of(doc, "How are retailers' inventories") == "Ines Varga"


BRACKETED_QA = """Presentation and Questions - Skarvik Ferries

[Sigrid Holm, Chief Executive Officer]
Passenger numbers rose 5% in the third quarter, and the new hybrid vessel enters service in May.

Questions and answers

Q: [Anders Lunde, Fjordheim Securities] When will the hybrid vessel pay back its cost?
A: [Sigrid Holm] Within about eight years at current fuel prices.
Q: [Kari Moen, Vestby Bank] Will you order a second one?
A: [Sigrid Holm] We will decide after the first winter season.
"""


def test_q_and_a_marks_followed_by_who_in_square_brackets() -> None:
    doc = parse(BRACKETED_QA)
    assert pairs(doc) == [
        ("Anders Lunde", "Fjordheim Securities", ["Sigrid Holm"]),
        ("Kari Moen", "Vestby Bank", ["Sigrid Holm"]),
    ]


FOREIGN_FORM_TITLE = """SKARVIK FERRIES ASA
Capital Markets Update - Record of Presentation, Questions and Answers
12 November 2025

Presentation

[Sigrid Holm, Chief Executive Officer]
Passenger numbers rose 5% in the third quarter, and the new hybrid vessel enters service in May.

[Per Aune, Chief Financial Officer]
EBITDA was NOK 410 million in the quarter.

Questions and answers

Q: [Anders Lunde, Fjordheim Securities] When will the hybrid vessel pay back its cost?
A: [Sigrid Holm] Within about eight years at current fuel prices.
"""


def test_a_title_line_closing_with_a_foreign_legal_form_is_no_speaker() -> None:
    doc = parse(FOREIGN_FORM_TITLE)
    assert doc.paragraphs[0].speaker is None
    assert "Skarvik Ferries Asa" not in {s.name for s in doc.speakers}
    assert speaker_of(doc, "EBITDA was NOK 410 million") == "Per Aune"


STAMPED_NUMBERED = """Tessaly Marinas - Q3 2025 Results Call
Auto-generated transcript

[00:00:02] Speaker 1: Good morning, and welcome to the Tessaly Marinas third quarter call. I'll hand over to the company.
[00:00:09] Speaker 2: Thank you. This is Carla Neves, Chief Executive Officer. Berth occupancy reached 92% in the quarter.
[00:01:40] Speaker 3: And this is Felix Aaland, CFO. Revenue was $58 million and adjusted EBITDA was $21 million.
[00:02:55] Speaker 4: Hi, it's Rhea Kaul from Westbrook Research. Felix, what is the capex plan for next year?
[00:03:04] Speaker 3: Around $12 million, mostly new pontoons.
"""


def test_a_numbered_speaker_opening_and_this_is_name_office_is_that_person() -> None:
    doc = parse(STAMPED_NUMBERED)
    assert pairs(doc) == [("Rhea Kaul", "Westbrook Research", ["Felix Aaland"])]
    assert speaker_of(doc, "Revenue was $58 million") == "Felix Aaland"
