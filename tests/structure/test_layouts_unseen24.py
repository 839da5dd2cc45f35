"""More layouts: a short call of one-line turns labelled ``Name - Title:``, and a participants list whose
titles are spelled out in full, each on a short fictional call."""

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


# Two turns only: the operator's and the finance head's, her title on her label.
SHORT_TITLED = """\
Operator: Good afternoon and welcome to the Pemberly Robotics third quarter call.
Jane Doe - Chief Financial Officer: Thank you. Revenue for the quarter was $84.2 million, up 11%.
"""


def test_short_call_of_name_dash_title_turns_has_its_speakers() -> None:
    """A two-turn call whose executive is labelled ``Jane Doe - Chief Financial Officer:`` once is read
    with both speakers, the title kept, not as paragraphs without speakers."""
    doc = parse(SHORT_TITLED)
    assert_sound(doc)
    by_id = doc.speakers_by_id
    said = [by_id[p.speaker].name if p.speaker in by_id else None for p in doc.paragraphs]
    assert said == ["Operator", "Jane Doe"]
    assert by_id[doc.paragraphs[1].speaker or ""].role == "Chief Financial Officer"


# A Japanese company's Q&A summary whose speakers line spells every title out.
SPELLED_TITLES = """\
Halloway Optics Co., Ltd.

Summary of Q&A at the Briefing for the First Half of the Fiscal Year Ending March 2027

Speakers: Taro Mizuno, President and Chief Executive Officer
Emi Kurata, Director and Chief Financial Officer
Shun Oda, General Manager, Lens Division

Q&A

Q1: Margins improved. How much came from the exchange rate?

A1 (Kurata): About 1.2 billion yen of operating profit came from the weaker yen.

Q2: Are lens orders still growing?

A2 (Oda): Orders rose 9% and we expect a similar pace in the second half.
"""


def test_participants_with_spelled_out_titles_stay_one_entry_a_line() -> None:
    """``Name, Director and Chief Financial Officer`` entries make lines as long as each other; they
    are still one participant a line, and the surname-only answer labels find them."""
    doc = parse(SPELLED_TITLES)
    assert_sound(doc)
    texts = [p.text for p in doc.paragraphs]
    assert "Emi Kurata, Director and Chief Financial Officer" in texts
    assert summary(doc) == [(None, None, ["Emi Kurata"]), (None, None, ["Shun Oda"])]
