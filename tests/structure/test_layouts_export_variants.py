"""Exports of familiar layouts that differ in small ways from the copies the parser first met: invisible
characters, no-break spaces, tabs, courtesy titles, other names for the operator, time stamps and bullets
on the labels, each on a short fictional call."""

from __future__ import annotations

import pytest

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



# A bare-name label line before every turn; the operator's line is printed by the vendor's own name for
# the role ("Conference Call Operator", "Coordinator", "Call Operator").
OPERATOR_LINES = """\
Pellmark Foods Q2 2026 Earnings Call

{op}
Good day and welcome to the Pellmark Foods second quarter call. I will now hand over to Nina Shaw, Chief Financial Officer.

Nina Shaw
Thank you. Net sales were $388 million, up 4%, and gross margin was 31.5%.

{op}
Our first question comes from Theo Grant with Ashcombe Securities. Please go ahead.

Theo Grant
Nina, how much did pricing add to sales this quarter?

Nina Shaw
About two points, with volumes adding the rest.

{op}
Our next question comes from Lucy Marr with Dunholt Capital. Please go ahead.

Lucy Marr
What is your outlook for freight costs?

Nina Shaw
We expect them to stay flat through the year.
"""


@pytest.mark.parametrize("op", ["Conference Call Operator", "Coordinator", "Call Operator"])
def test_other_names_of_the_operator_run_the_line(op: str) -> None:
    """The operator under another name (one that also reads like the call's title, printed at every
    turn, in one case) introduces each asker and asks nothing: each question is the introduced
    analyst's, with the firm given, and the operator is no asker."""
    doc = parse(OPERATOR_LINES.format(op=op))
    assert_sound(doc)
    assert summary(doc) == [
        ("Theo Grant", "Ashcombe Securities", ["Nina Shaw"]),
        ("Lucy Marr", "Dunholt Capital", ["Nina Shaw"]),
    ]


# One `Name:<TAB>speech` line per turn, and `Name<TAB>--<TAB>Title` lines in the roster, as a word
# processor's copy prints them; a table row of tab-separated figures stays a table row.
TABBED = (
    "Call participants\n\n"
    "Hana Kovac\t--\tChief Financial Officer\n"
    "Leo Brandt\t--\tAnalyst, Wexley Capital\n\n"
    "Operator:\tWelcome to the Corvo Paper third quarter call. I will hand over to Hana Kovac.\n\n"
    "Hana Kovac:\tThank you. Sales were $96 million and the margin was 12.1%.\n\n"
    "Segment\tSales\tMargin\n"
    "Tissue\t$58m\t13.0%\n\n"
    "Operator:\tOur first question comes from Leo Brandt with Wexley Capital. Please go ahead.\n\n"
    "Leo Brandt:\tHana, how much did pulp prices fall in the quarter?\n\n"
    "Hana Kovac:\tAbout 9% from the second quarter.\n\n"
    "Leo Brandt:\tAnd will that hold in the fourth quarter?\n\n"
    "Hana Kovac:\tWe expect most of it to.\n"
)


def test_tab_after_a_label_separates_like_a_space() -> None:
    """A tab after a label's colon leaves the label a label: both questions are the analyst's, with his
    firm, answered by the finance head; the tab-separated table row keeps its tabs."""
    doc = parse(TABBED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Leo Brandt", "Wexley Capital", ["Hana Kovac"]),
        ("Leo Brandt", "Wexley Capital", ["Hana Kovac"]),
    ]
    assert any(p.text == "Tissue\t$58m\t13.0%" for p in doc.paragraphs)


# `Name -- Title` label lines, no participants list; an executive and an analyst labelled with an
# academic title the operator leaves out.
DOCTOR_LABELS = """\
Operator
Welcome to the Veltra Bio second quarter call. I will hand over to Mira Kaye, Chief Financial Officer.

Mira Kaye -- Chief Financial Officer
Thank you. Product revenue was $64 million, up 31%.

Operator
Our first question comes from Adam Ross with Pellow Securities. Please go ahead.

Dr. Adam Ross -- Pellow Securities -- Analyst
Mira, how much of the growth came from new prescribers?

Dr. Mira Kaye -- Chief Financial Officer
About half of it.

Dr. Adam Ross -- Pellow Securities -- Analyst
And how long is your cash runway?

Mira Kaye -- Chief Financial Officer
Into 2029 on the current plan.
"""


def test_academic_title_before_a_labelled_name_is_no_part_of_it() -> None:
    """"Dr. Adam Ross" in a label is the Adam Ross the operator introduced: both
    questions are his, with his firm, and the finance head (labelled with and without the title) is one
    answerer."""
    doc = parse(DOCTOR_LABELS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Adam Ross", "Pellow Securities", ["Mira Kaye"]),
        ("Adam Ross", "Pellow Securities", ["Mira Kaye"]),
    ]


# `Name — Title` label lines with the recorder's time after each, the analyst only `— Analyst` (his
# firm given by the operator), a participants list without times.
STAMPED_DASHES = """\
Corporate Participants:
Ruth Ames — Chief Financial Officer

Analysts:
Karl Moen — Analyst

Operator (00:00:05)

Welcome to the Harlan Tools third quarter call. I will hand over to Ruth Ames, Chief Financial Officer.

Ruth Ames — Chief Financial Officer (00:00:31)

Thank you. Sales were $512 million, up 5%, and the operating margin was 14.8%.

Operator (00:03:12)

The first question is from the line of Karl Moen from Ridley Brothers. Please go ahead.

Karl Moen — Analyst (00:03:20)

Ruth, how much did steel costs move in the quarter?

Ruth Ames — Chief Financial Officer (00:03:41)

They fell about 3%.

Karl Moen — Analyst (00:04:02)

And do you expect them to keep falling?

Ruth Ames — Chief Financial Officer (00:04:15)

We assume flat costs for the fourth quarter.
"""

# The same turns as a news site's Markdown: `**Name** -- *Title*` lines, a time after each.
STAMPED_BOLD = """\
# Harlan Tools Q3 2026 Call

**Operator** [00:00:05]

Welcome to the Harlan Tools third quarter call. I will hand over to Ruth Ames, Chief Financial Officer.

**Ruth Ames** -- *Chief Financial Officer* [00:00:31]

Thank you. Sales were $512 million, up 5%, and the operating margin was 14.8%.

**Operator** [00:03:12]

Our first question comes from Karl Moen with Ridley Brothers. Please go ahead.

**Karl Moen** -- *Ridley Brothers -- Analyst* [00:03:20]

Ruth, how much did steel costs move in the quarter?

**Ruth Ames** -- *Chief Financial Officer* [00:03:41]

They fell about 3%.

**Karl Moen** -- *Ridley Brothers -- Analyst* [00:04:02]

And do you expect them to keep falling?

**Ruth Ames** -- *Chief Financial Officer* [00:04:15]

We assume flat costs for the fourth quarter.
"""


def test_time_after_a_label_is_no_part_of_the_firm() -> None:
    """A time stamp closing a label line says when, not who: the label stays a label (each question is
    the analyst's words, not his label line), and his firm is the one the label gives."""
    for doc in (parse(STAMPED_DASHES), parse(STAMPED_BOLD, "call.md")):
        assert_sound(doc)
        assert summary(doc) == [
            ("Karl Moen", "Ridley Brothers", ["Ruth Ames"]),
            ("Karl Moen", "Ridley Brothers", ["Ruth Ames"]),
        ]
        by_n = {p.n: p for p in doc.paragraphs}
        assert [by_n[q.question[0]].body for q in doc.qa] == [
            "Ruth, how much did steel costs move in the quarter?",
            "And do you expect them to keep falling?",
        ]


# A broker's meeting notes (zh-Hans): the report's analyst line in the header, named presentation, then
# the Q&A under a heading each export spells its own way.
ZH_NOTES = """\
澄岭科技（688XXX）2026年三季度业绩交流会纪要

分析师：罗清 执业证书编号：S0000000000009
联系人：韦晴

参会人员：董事长 方启航，财务总监 岑丽

一、公司介绍

方启航（董事长）：前三季度公司营业收入8.6亿元，同比增长12%。

岑丽（财务总监）：前三季度毛利率为41.3%，同比提升1.2个百分点。

二、{heading}

问（恒川证券 刘晨）：请问四季度的订单情况如何？

答（董事长 方启航）：四季度订单饱满，预计全年收入增长15%左右。

问（恒川证券 刘晨）：毛利率还有提升空间吗？

答（财务总监 岑丽）：明年新产线投产后，毛利率有望再提升一到两个百分点。
"""


@pytest.mark.parametrize("heading", ["互动交流", "Q&A环节", "问答交流环节"])
def test_other_spellings_of_the_qa_heading_open_the_qa(heading: str) -> None:
    """"互动交流", "Q&A环节" and "问答交流环节" head the Q&A as "问答环节" does: the header's report
    line and the presentation make no pair, and each question is the named asker's."""
    doc = parse(ZH_NOTES.format(heading=heading))
    assert_sound(doc)
    assert summary(doc) == [
        ("刘晨", "恒川证券", ["方启航"]),
        ("刘晨", "恒川证券", ["岑丽"]),
    ]


# A bullet before every label, the text hard-wrapped at its column: the operator's introduction of an
# asker is cut before the last word of the firm's name.
BULLETED_WRAPPED = """\
Corvale Robotics Q2 2026 Earnings Call

Presentation

• Operator: Good day and welcome to the Corvale Robotics second quarter call. I
would now like to turn the call over to Dana Fitch, Chief Executive Officer.

• Dana Fitch: Thank you. Revenue rose this quarter on strong demand for our
arms and we expect the trend to continue through the year.

Question-and-Answer Session

• Operator: Thank you. Our first question comes from Lena Marsh with Stonebridge
Markets. Please go ahead.

• Lena Marsh: Thanks. Can you talk about margins in the second half of the
year?

• Dana Fitch: Sure. We expect margins to widen as the new plant ramps up.

• Operator: Our next question comes from Omar Hale of Kettering Brook
Securities. Please go ahead.

• Omar Hale: How is pricing holding up?

• Dana Fitch: Pricing is firm.
"""


def test_bulleted_turns_of_a_wrapped_call_read_whole() -> None:
    """Turns set as bulleted items still wrap at the text's column: each wrapped line joins its turn, so
    the askers' firms are read whole from the operator's introductions."""
    doc = parse(BULLETED_WRAPPED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Lena Marsh", "Stonebridge Markets", ["Dana Fitch"]),
        ("Omar Hale", "Kettering Brook Securities", ["Dana Fitch"]),
    ]
