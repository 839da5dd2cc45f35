"""Hard-wrapped calls (PDF pages, vendor exports): no sentence cut mid-way, no page furniture inside
a paragraph, and no speaker label, heading or roster entry joined to the text before it."""

from __future__ import annotations

import textwrap

from finbrief.ingest.paragraphs import paragraph_texts

SPEECH = (
    "Thanks for question {k}. Leasing spreads held up in every region we serve, and the new plant in"
    " the north reached full speed in the spring, so margins widened again in the quarter and we now"
    " expect the second half to carry that momentum into next year as well."
)
TITLE = "Harbor Lane Industrial Q2 2026 Earnings Call"
ENTRY = "Harbor Lane Industrial Holdings, Inc. - Founder & Executive Chairman"


def test_a_running_title_after_a_participant_entry_stays_out_of_it() -> None:
    """The page's footer and running title printed right after a participant entry (the entry the
    text repeats at each turn): the entry stays whole and the title stays a paragraph of its own."""
    turns = []
    for k in range(1, 7):
        turns += [
            "Maya Lindqvist",
            "",
            ENTRY,
            *([f"Page {k // 2 + 1} of 9", TITLE] if k % 2 else []),
            "",
            *textwrap.wrap(SPEECH.format(k=k), 70),
            "",
        ]
    got = paragraph_texts("\n".join(turns))
    assert got.count(ENTRY) == 6
    assert got.count(TITLE) == 3
    assert not any(TITLE in p and p != TITLE for p in got)


def test_an_entry_repeated_at_every_turn_is_not_page_furniture() -> None:
    """A participant entry the wrap broke ('... President, CEO &' / 'Director') that meets a page
    number at two of its many turns is still the speaker's entry, whole, not the page's header."""
    head = "Harbor Lane Industrial Holdings, Inc. - President, CEO &"
    text: list[str] = []
    for k in range(1, 9):
        page = [f"Page {k} of 9", TITLE] if k in (2, 3) else []
        text += ["Maya Lindqvist", "", head, *page, "Director", "", *textwrap.wrap(SPEECH.format(k=k), 60), ""]
    got = paragraph_texts("\n".join(text))
    assert got.count(f"{head} Director") == 8
    assert "Director" not in got
    assert got.count(TITLE) == 2
