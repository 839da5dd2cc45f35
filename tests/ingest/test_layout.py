"""Page layouts undone before paragraphs are built: a court reporter's line numbers."""

from __future__ import annotations

from finbrief.ingest.layout import drop_line_gutter

RECORD = [
    " 1                 ALDERWICK FOUNDRY, INC.",
    " 2            ANNUAL MEETING OF STOCKHOLDERS",
    " 3                  Tuesday, May 5, 2026",
    " 4             THE CHAIRMAN:  Good morning.  Sales for the year were",
    " 5   $1.4 billion, and the board recommends the dividend.",
    " 6             MR. OYELARAN:  Tunde Oyelaran, a stockholder.  Is the",
    "board",
    " 7   looking at a buyback once leverage is under one",
    " 8   times?",
    " 9             THE CHAIRMAN:  The board will weigh a buyback",
    "10   against acquisitions next year.",
    "11             MS. KOVAC:  Lena Kovac.  What was the tax",
    "rate",
    "12   last year, and why did it go up?",
    "13             THE CHAIRMAN:  It rose on a one-time charge.",
]


def test_a_numbered_line_wrapped_past_the_page_keeps_its_rest_in_place() -> None:
    """'6 ... Is the' / 'board' / '7 looking at a buyback': the unnumbered rest, between two lines
    that count on by one, belongs at the end of the line above, before the next line's words."""
    text = drop_line_gutter("\n".join(RECORD) + "\n")
    assert "Is the board looking at a buyback once leverage is under one times?" in text
    assert "What was the tax rate last year, and why did it go up?" in text
    assert "\nboard\n" not in text
