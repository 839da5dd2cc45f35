"""Layouts of English transcripts seen in the wild, each on a short fictional call: a notes app's
Markdown with each speaker in bold and the time after a middle dot (``**Name** · 03:20``), label
lines that give the side before the name (``Executive: Name (Title)``, ``Analyst: Name (Firm)``), an
operator naming the asker's firm in the possessive (``comes from Example Bank's Jane Roe``), and a
broker's podcast whose announcer introduces the host as the broker's analyst."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.lexicon.transcript import vocab
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


MIDDOT_STAMPS = """# Fenlow Pumps — Q1 2026 Earnings Call

*Transcribed automatically · 22 min · 4 speakers*

**Operator** · 00:00
Welcome to the Fenlow Pumps first quarter call. I'll hand over to Mira Castell, our CEO.

**Mira Castell** · 00:14
Thanks. Orders rose 9% to $140 million and backlog reached a record.

**Operator** · 01:40
Our first question comes from Jonah Pell of Ridgeway Securities.

**Jonah Pell** · 01:46
Thanks. Mira, how much of the backlog ships this year?

**Mira Castell** · 01:52
About 70% of it, mostly in the second half.
"""


def test_a_bold_name_with_its_time_after_a_middle_dot_is_a_speaker_line() -> None:
    doc = parse(MIDDOT_STAMPS, "call.md")
    assert pairs(doc) == [("Jonah Pell", "Ridgeway Securities", ["Mira Castell"])]
    lines = {p.text.strip()[:20]: doc.speakers_by_id[p.speaker].name for p in doc.paragraphs if p.speaker}
    assert lines.get("About 70% of it, mos") == "Mira Castell"


SIDE_WORD_LABELS = """Ashcombe Rail — Q2 2026 Results Call — Transcript

Executive: Tessa Morrow (Chief Executive Officer)
Good morning. Passenger revenue rose 5% to £210 million. We'll take questions now; first is Colm Reid.

Analyst: Colm Reid (Harlow Peake)
Thanks. Tessa, when do the new trains enter service?

Executive: Tessa Morrow (Chief Executive Officer)
The first six arrive in March, Colm.

Analyst: Ines Baptiste (Corran Securities)
What did fuel cost in the half?

Executive: Victor Lam (Chief Financial Officer)
About £31 million, down 4%.
"""


def test_a_side_word_before_the_name_and_its_bracket_says_who_asks_and_who_answers() -> None:
    doc = parse(SIDE_WORD_LABELS)
    assert pairs(doc) == [
        ("Colm Reid", "Harlow Peake", ["Tessa Morrow"]),
        ("Ines Baptiste", "Corran Securities", ["Victor Lam"]),
    ]
    assert not any(s.name in ("Executive", "Analyst") for s in doc.speakers)


POSSESSIVE_FIRM = """MARRADONG MINERALS LIMITED
HALF YEAR RESULTS BRIEFING

Start of Transcript

Operator: Thank you for standing by. I would now like to hand the conference over to Ms Elise Kerr, Managing Director. Please go ahead.

Elise Kerr: Good morning. Copper output rose 12% to 48,000 tonnes in the half.

Operator: Your first question comes from Penrose Hale's Nathan Ivey. Please go ahead.

Nathan Ivey: Morning Elise. What grade are you mining at the east pit?

Elise Kerr: About 1.1% copper, Nathan.

End of Transcript
"""


def test_a_firm_in_the_possessive_before_the_asker_is_his_firm() -> None:
    doc = parse(POSSESSIVE_FIRM)
    assert pairs(doc) == [("Nathan Ivey", "Penrose Hale", ["Elise Kerr"])]


BROKER_PODCAST = """Speaker 1:
From Halden Street Research, this is Boardroom Minutes. Here's your host, Halden Street's senior industrials analyst, Clara Voss.

Clara Voss:
Thanks, and welcome. My guests today are from Marwick Tools: Chief Executive Officer Owen Pike and Chief Financial Officer Rhea Kapoor. Owen, Rhea, thanks for joining.

Owen Pike:
Glad to be here, Clara.

Clara Voss:
Owen, orders were up 6% last quarter. Is that price or volume?

Owen Pike:
Mostly volume. Price added about two points.

Clara Voss:
A listener sent one in. Here's one from Tomas Grieg at Elbury Capital: what leverage are you comfortable with?

Rhea Kapoor:
Up to two times, Tomas, and we are at 1.4 today.

Clara Voss:
Thank you both, and thanks for listening.
"""


def test_a_podcast_host_introduced_as_a_firms_analyst_asks_her_own_questions() -> None:
    doc = parse(BROKER_PODCAST)
    assert pairs(doc) == [
        ("Clara Voss", "Halden Street Research", ["Owen Pike"]),
        ("Tomas Grieg", "Elbury Capital", ["Rhea Kapoor"]),
    ]


def test_a_host_reading_one_from_a_region_names_no_asker() -> None:
    """``Here's one from <name> at <firm>:`` names who sent a question in; "one from Europe, Middle East
    and Africa" is a region's news, no person."""

    def askers(text: str) -> list[str]:
        return [m["name"] for rx in vocab().announcement if (m := rx.search(text)) and "name" in m.re.groupindex]

    assert askers("Here's one from Europe, Middle East and Africa: volumes grew 7%.") == []
    assert askers("Here's one from Raj Menon at Corbel Asset Management: how?") == ["Raj Menon"]
