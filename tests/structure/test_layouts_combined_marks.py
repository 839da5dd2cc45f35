"""Exports that put several marks on the same call at once, or render a label in a way the familiar
layouts do not (a bracketed name alone on its line, a firm in brackets before a dash, the firm first),
each on a short fictional call."""

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


# A transcription editor's export: every speaker's name in square brackets alone on its line, the speech
# below; the vendor's own "[Operator Instructions]" mark stays a mark.
BRACKETED_LINES = """\
[Operator]
Good morning and welcome to the Vantry Tools first quarter call. [Operator Instructions] I will now hand over to Mira Holt, Chief Financial Officer.
[Mira Holt]
Thank you. Sales were $174 million, up 5%, and the operating margin was 12.1%.
[Operator]
[Operator Instructions] Our first question comes from Owen Pratt with Selbury Capital.
[Owen Pratt]
Mira, how much of the growth came from the new cordless range?
[Mira Holt]
About three points of the five.
[Operator]
Our next question comes from Hana Ito with Drayfield Securities.
[Hana Ito]
Is the margin guidance for the year unchanged?
[Mira Holt]
It is unchanged at 12% to 13%.
"""


def test_a_bracketed_name_alone_on_its_line_heads_the_turn_below() -> None:
    """``[Name]`` alone on a line labels the speech under it: two analysts ask, each with the firm the
    operator gave, and the finance head answers both."""
    doc = parse(BRACKETED_LINES)
    assert_sound(doc)
    assert summary(doc) == [
        ("Owen Pratt", "Selbury Capital", ["Mira Holt"]),
        ("Hana Ito", "Drayfield Securities", ["Mira Holt"]),
    ]
    assert not any(s.name == "Operator Instructions" for s in doc.speakers)


# One paragraph per turn, the speaker before a dash, an analyst's firm in brackets after the name (and
# long enough to run past a bare name's length), no participants list.
BRACKETED_FIRM_DASH = """\
Operator - Good afternoon and welcome to the Corlane Retail second quarter call. I will now hand over to Jonas Ekberg, Chief Executive Officer.

Jonas Ekberg - Thank you. Comparable sales rose 3.2% and we opened eleven stores in the quarter.

Operator - Our first question comes from Priya Anand with Westmoor Harbour Equity Partners.

Priya Anand (Westmoor Harbour Equity Partners) - Jonas, are the new stores trading ahead of plan?

Jonas Ekberg - They are, by about a tenth on sales per square foot.

Priya Anand (Westmoor Harbour Equity Partners) - And will you keep the same pace of openings next year?

Jonas Ekberg - Roughly, yes, with a tilt toward smaller formats.

Operator - Our next question comes from Leo Marsh with Tidewell Securities.

Leo Marsh (Tidewell Securities) - How much did freight cost you in the quarter?

Jonas Ekberg - About forty basis points of margin.
"""


def test_a_firm_in_brackets_before_the_dash_names_the_asker_and_his_firm() -> None:
    """``Name (Firm) - speech`` labels the turn as ``Name - speech`` does: each question is the
    analyst's, with the bracketed firm, and the chief executive answers all three."""
    doc = parse(BRACKETED_FIRM_DASH)
    assert_sound(doc)
    assert summary(doc) == [
        ("Priya Anand", "Westmoor Harbour Equity Partners", ["Jonas Ekberg"]),
        ("Priya Anand", "Westmoor Harbour Equity Partners", ["Jonas Ekberg"]),
        ("Leo Marsh", "Tidewell Securities", ["Jonas Ekberg"]),
    ]


# One line per turn, an analyst's label written firm first (``Firm – Name:``), firms whose names do not
# end like a firm's; the operator introduces each asker with the firm.
FIRM_FIRST = """\
Operator: Good morning and welcome to the Ellory Paper first quarter call. I will now hand over to Ruth Kessler, Chief Financial Officer.
Ruth Kessler: Thank you. Net sales were $512 million and the EBITDA margin was 14.8%.
Operator: Our first question comes from the line of Sam Okoro with Hartwell Row. Your line is open.
Hartwell Row – Sam Okoro: Ruth, how much did pulp prices take off the margin?
Ruth Kessler: About a point and a half, most of it in March.
Operator: Our next question comes from the line of Ines Varga with Bellmead Brothers. Your line is open.
Bellmead Brothers – Ines Varga: Is the mill closure still on track for the summer?
Ruth Kessler: Yes, it closes in July as planned.
"""


def test_a_firm_written_before_an_introduced_askers_name_is_the_firm() -> None:
    """``Firm – Name:`` with the name the operator introduced: the asker is the person and the firm is
    the firm, however the firm's name ends."""
    doc = parse(FIRM_FIRST)
    assert_sound(doc)
    assert summary(doc) == [
        ("Sam Okoro", "Hartwell Row", ["Ruth Kessler"]),
        ("Ines Varga", "Bellmead Brothers", ["Ruth Kessler"]),
    ]


# A Markdown note: a participants list of bold names with their titles or firms, then one paragraph per
# turn with the speaker before a dash (an analyst's firm in brackets); the list is no one's turn.
LISTED_THEN_DASHED = """\
# Harlan Mills Q1 2026 Call

## Participants

- **Tessa Grau** – Chief Executive Officer
- **Omar Lind** – Chief Financial Officer
- **Kit Ballard** – Rowanfield Partners
- **Nell Iverson** – Caskwood Research

## Discussion

Operator - Good morning and welcome to the Harlan Mills first quarter call. I will hand over to Tessa Grau.

Tessa Grau - Thank you. Revenue rose 8% to $96 million on stronger flour volumes.

Omar Lind - Thanks, Tessa. Gross margin was 22.4% and we repaid $10 million of debt.

Operator - Our first question comes from Kit Ballard of Rowanfield Partners.

Kit Ballard (Rowanfield Partners) - Tessa, how full is the new mill running?

Tessa Grau - About two thirds, rising through the year.

Operator - Our next question comes from Nell Iverson of Caskwood Research.

Nell Iverson (Caskwood Research) - Omar, will you keep paying down debt at this pace?

Omar Lind - Yes, about $10 million a quarter.

Kit Ballard (Rowanfield Partners) - And one more on wheat costs: are they hedged for the year?

Omar Lind - For nine months of it.
"""


def test_a_participants_list_of_bold_names_does_not_stop_the_turns_dashed_labels() -> None:
    """Bold list entries with a title or firm are no turns; the dashed labels below them are: three
    questions, each asker with the firm in brackets, each answered by the one addressed."""
    doc = parse(LISTED_THEN_DASHED, "call.md")
    assert_sound(doc)
    assert summary(doc) == [
        ("Kit Ballard", "Rowanfield Partners", ["Tessa Grau"]),
        ("Nell Iverson", "Caskwood Research", ["Omar Lind"]),
        ("Kit Ballard", "Rowanfield Partners", ["Omar Lind"]),
    ]
