"""More layouts: a Markdown transcript whose turns open with an italic name and time, each on a short
fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.md") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


# Each turn an italic `*Name (mm:ss)*` line over the speech; an italic date line that is no turn.
ITALIC_STAMPED = """\
# Quarrow Paints Q3 Call

*Posted October 30, 2026*

*Operator (00:00)*
Welcome to the Quarrow Paints third quarter call. I will hand over to Lena Fisk, our Chief Financial Officer.

*Lena Fisk (00:25)*
Thank you. Sales were $402 million, up 3%, and gross margin was 41.2%.

*Operator (03:10)*
Our first question comes from Owen Tate with Brackley Securities. Please go ahead.

*Owen Tate (03:18)*
Hi. Lena, how much did raw material costs fall in the quarter?

*Lena Fisk (03:30)*
About 4% from a year ago, mostly resins.

*Owen Tate (04:02)*
And what should we expect for the fourth quarter?

*Lena Fisk (04:09)*
We expect costs to stay near this level.
"""


def test_italic_name_and_time_lines_are_turn_labels() -> None:
    """An italic line holding a name and its time opens that person's turn: both questions are the
    asker's, with the firm the operator gave, and the finance head answers both."""
    doc = parse(ITALIC_STAMPED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Owen Tate", "Brackley Securities", ["Lena Fisk"]),
        ("Owen Tate", "Brackley Securities", ["Lena Fisk"]),
    ]
    by_id = doc.speakers_by_id
    first = next(p for p in doc.paragraphs if p.text.startswith("Thank you. Sales were"))
    assert first.speaker is not None and by_id[first.speaker].name == "Lena Fisk"
    assert all(s.name != "Posted October 30, 2026" for s in doc.speakers)


# Each turn one paragraph opening with the name and its time in brackets, no colon.
NAME_TIME_INLINE = """\
Dunmore Valves Q1 2026 Earnings Call Transcript

Operator [00:00] Welcome to the Dunmore Valves first quarter call. I will hand over to Iris Kemp, our Chief Executive Officer.

Iris Kemp [00:21] Thank you. Orders rose 9% to $148 million, and margin was 17.5%.

Operator [02:40] Our first question comes from Leo Marsh with Petworth Securities.

Leo Marsh [02:48] Thanks. Iris, how much of the order growth was price?

Iris Kemp [03:01] About 3 points of the 9 came from price.
"""


def test_name_and_bracketed_time_before_the_speech_is_a_label() -> None:
    """`Name [mm:ss] speech` on one line names the speaker without a colon: the asker's question gets the
    chief executive's answer, and the time is no part of the speech."""
    doc = parse(NAME_TIME_INLINE, "call.txt")
    assert_sound(doc)
    assert summary(doc) == [("Leo Marsh", "Petworth Securities", ["Iris Kemp"])]
    answer = next(p for p in doc.paragraphs if "3 points" in p.text)
    assert answer.body.startswith("About 3 points")



def test_name_with_a_middle_initial_before_the_bracketed_time_is_a_label() -> None:
    """A middle initial's full stop (`Leo R. Marsh [02:48]`) is part of the name, not the end of a sentence."""
    doc = parse(NAME_TIME_INLINE.replace("Leo Marsh", "Leo R. Marsh"), "call.txt")
    assert summary(doc) == [("Leo R. Marsh", "Petworth Securities", ["Iris Kemp"])]

# Minutes with the participants in a Markdown table; the host gives the floor by name alone.
PARTICIPANTS_TABLE = """\
# 青禾材料业绩交流会纪要

## 参会人员

| 姓名 | 单位 | 职务 |
|------|------|------|
| 钟岚 | 青禾材料 | 董事会秘书 |
| 邹远航 | 青禾材料 | 财务总监 |
| 闵可欣 | 远川证券 | 分析师 |

## 交流记录

钟岚：欢迎各位参加交流会。请邹总介绍上半年情况。

邹远航：上半年营业收入9.3亿元，同比增长12%。

钟岚：请闵可欣提问。

闵可欣：请问下半年毛利率怎么看？

邹远航：预计与上半年基本持平。
"""


def test_participants_table_gives_each_asker_her_firm() -> None:
    """A participants table's rows give each person's firm and title: the asker the host calls by name
    alone asks from the firm her row gives, and the table's header is nobody."""
    doc = parse(PARTICIPANTS_TABLE)
    assert_sound(doc)
    assert summary(doc) == [("闵可欣", "远川证券", ["邹远航"])]
    by_id = doc.speakers_by_id
    assert by_id["邹远航"].role == "财务总监" and by_id["邹远航"].side == "company"
    assert all(s.name != "姓名" for s in doc.speakers)
