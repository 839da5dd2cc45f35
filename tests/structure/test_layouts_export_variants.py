"""Exports of familiar layouts that differ in small ways from the copies the parser first met: invisible
characters, no-break spaces, tabs, courtesy titles, other names for the operator, time stamps and bullets
on the labels, each on a short fictional call."""

from __future__ import annotations

from finbrief.api import parse_bytes
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


# One `Name: speech` line per turn, copied from a web page: no-break spaces inside the labels, zero-width
# spaces and joiners around the names, a byte-order mark before the first line.
INVISIBLE = (
    "\ufeffOperator: Good morning and welcome to the Tollin Marine third quarter call. I will hand over to"
    " Carla\u00a0Voss, Chief Financial Officer.\n\n"
    "\u200bCarla\u00a0Voss\u200d: Thank you. Revenue was $211 million, up 6%, and the order book reached"
    " $1.4 billion.\n\n"
    "Operator\u200b: Our first question comes from Dev Pillai with Harrowgate Securities. Please go ahead.\n\n"
    "\u2060Dev\u00a0Pillai\u200c: Hi, Carla. How much of the order book ships next year?\n\n"
    "\u200bCarla\u00a0Voss\u200b: About 60%, mostly ferries and patrol boats.\n\n"
    "\u200dDev\u00a0Pillai\u200b: And is the margin on those orders above the group average?\n\n"
    "Carla\u00a0Voss\u2060: Slightly above it, yes.\n"
)


def test_invisible_characters_and_no_break_spaces_do_not_hide_labels() -> None:
    """Zero-width characters and no-break spaces around a label's name leave it the same label: both
    questions are the analyst's, with the firm the operator gave, and the finance head answers both."""
    for doc in (parse(INVISIBLE), parse_bytes(INVISIBLE.encode("utf-8"), "call.txt")):
        assert_sound(doc)
        assert summary(doc) == [
            ("Dev Pillai", "Harrowgate Securities", ["Carla Voss"]),
            ("Dev Pillai", "Harrowgate Securities", ["Carla Voss"]),
        ]
