"""Layouts first met in tune transcripts: a stockholders' meeting taken down by a court reporter, an
AI notes app's export keyed by initials, a fireside chat under ``Speaker N`` labels and a roadshow's
one-line text record; each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound
from tests.structure.test_layouts_unseen20 import summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def speaker_of(doc: Document, snippet: str) -> str | None:
    """The name of whoever the paragraph holding ``snippet`` is credited to."""
    p = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[p.speaker].name if p.speaker in doc.speakers_by_id else p.speaker


STENOGRAPHIC_MEETING = """\
                                                                   1

 1                     A P P E A R A N C E S
 2
 3   FOR THE COMPANY:
 4
 5        HELEN VOSBURGH, Chairman and Chief Executive Officer
 6        OTIS MARLAND, Chief Financial Officer
 7        RUTH CALLOWAY, Corporate Secretary
 8
              LAKEHEAD REPORTING  (555) 555-0110
                                                                   2

 1             CHAIRMAN VOSBURGH:  Good morning.  The meeting will
 2   come to order.  Ruth, is a quorum present?
 3             MS. CALLOWAY:  Yes.  Holders of 77 percent of the
 4   shares are present in person or by proxy.
 5             MR. MARLAND:  Revenue for the year was $412
 6   million, up 6 percent.  The floor is open for questions.
 7             MR. TREADWELL:  Paul Treadwell.  I have held the
 8   stock since 1998.  Why did the dividend stay flat?
 9             MR. MARLAND:  We kept the dividend flat to fund the
10   new plant, which opens in the spring.
11             UNIDENTIFIED STOCKHOLDER:  When will the plant be
12   profitable?
13             CHAIRMAN VOSBURGH:  We expect it to break even in
14   its second year of operation.
              LAKEHEAD REPORTING  (555) 555-0110
"""


def test_court_reporter_meeting_lists_the_company_and_names_who_steps_up() -> None:
    """A letter-spaced `A P P E A R A N C E S` list with `FOR THE COMPANY:` places the officers; a
    stockholder the list leaves out who opens with their own name asks; `UNIDENTIFIED STOCKHOLDER:`
    asks anonymously."""
    doc = parse(STENOGRAPHIC_MEETING)
    assert summary(doc) == [
        ("Paul Treadwell", None, ["Otis Marland"]),
        (None, None, ["Helen Vosburgh"]),
    ]
    assert doc.speakers_by_id[doc.qa[0].asker].side == "analyst"
    assert_sound(doc)


AI_NOTES = """\
# Tamsin Freight Q3 call

## Speakers

| | |
|---|---|
| **OP** | Operator |
| **RK** | Rhea Kalman, Chief Executive Officer |
| **DB** | Dmitri Bauer, Chief Financial Officer |
| **LW** | Lena Wray, Osgood Partners |

> [!summary] AI summary
> - Revenue of $96M, up 4%; the fleet grew by 120 trucks.

## Transcript

[00:00] **OP:** Welcome to the Tamsin Freight third quarter call. I will now turn the call over to Rhea Kalman.

[00:20] **RK:** Thank you. Revenue was $96 million, up 4%, and we added 120 trucks to the fleet.

[03:10] **OP:** Our first question comes from Lena Wray with Osgood Partners.

[03:15] **LW:** Thanks. Dmitri, what was the operating ratio this quarter?

[03:22] **DB:** The operating ratio was 91.2%, about a point better than last year.

[04:40] **OP:** There are no further questions.

> [!note] Notetaker
> Check the operating ratio against the 10-Q.
"""


def test_initials_keyed_by_a_table_and_notes_callouts_belong_to_nobody() -> None:
    """`[mm:ss] **DB:** …` labels are the people the speakers table gives those initials (`OP` the
    operator); the app's summary and the note-taker's callout are nobody's."""
    doc = parse(AI_NOTES, "notes.md")
    assert summary(doc) == [("Lena Wray", "Osgood Partners", ["Dmitri Bauer"])]
    assert speaker_of(doc, "operating ratio was 91.2%") == "Dmitri Bauer"
    assert speaker_of(doc, "Check the operating ratio against the 10-Q") is None
    assert speaker_of(doc, "Welcome to the Tamsin Freight") == "Operator"
    assert_sound(doc)


FIRESIDE_SPEAKER_N = """\
Harlow Securities Energy Conference
Fireside chat: Brennock Pipelines

Speaker 1 (00:00):
Good morning. I'm Clara Whitby, and I cover midstream companies here at Harlow Securities. With me are Brennock's CEO, Silas Okoro, and its CFO, Dana Pruitt. Silas, let me start with you. How full are the pipelines this year?

Speaker 2 (00:35):
Thanks, Clara. Throughput averaged 2.4 million barrels a day in the first half, about 94% of capacity.

Speaker 1 (01:40):
Dana, how much debt do you plan to repay this year?

Speaker 3 (01:46):
We plan to repay $300 million of notes that mature in October.

Speaker 1 (02:30):
Questions from the room? Yes, at the back.

Speaker 4 (02:34):
Hi, Marc Leduc from Ostrava Capital. Silas, are you looking at acquisitions?

Speaker 2 (02:41):
Only bolt-ons near our existing lines.
"""


def test_fireside_under_numbered_labels_takes_names_from_the_host() -> None:
    """The host who opens a fireside names herself and her firm and calls on each executive by first
    name: the numbered speakers who answer are those people; an audience member naming himself and
    his firm asks as that person."""
    doc = parse(FIRESIDE_SPEAKER_N)
    assert summary(doc) == [
        ("Clara Whitby", "Harlow Securities", ["Silas Okoro"]),
        ("Clara Whitby", "Harlow Securities", ["Dana Pruitt"]),
        ("Marc Leduc", "Ostrava Capital", ["Silas Okoro"]),
    ]
    assert_sound(doc)


ROADSHOW_TEXT_RECORD = """\
澄岳科技2025年度网上业绩说明会 文字实录

出席嘉宾：董事长 邵明川、财务总监 严可欣

[15:00:10] 主持人：各位投资者下午好，下面进入互动问答环节。
[15:01:20] 网友 海上明月88：请问公司今年的产能规划是怎样的？
[15:03:05] 嘉宾 董事长 邵明川：您好，公司新基地预计四季度投产，投产后产能提升40%。
[15:04:12] 网友 华岭证券周舟：我是华岭证券的分析师周舟，想请教一下毛利率的变化？
[15:05:40] 嘉宾 财务总监 严可欣：您好，上半年毛利率为38.2%，同比提升1.5个百分点。
[15:30:00] 主持人：本次说明会到此结束，谢谢大家！
"""


def test_roadshow_record_lines_with_user_names_and_guests() -> None:
    """`网友 <user name>：` asks anonymously (a user name with digits too) unless the asker names
    himself; `嘉宾 <title> <name>：` answers for the company."""
    doc = parse(ROADSHOW_TEXT_RECORD)
    assert summary(doc) == [
        (None, None, ["邵明川"]),
        ("周舟", "华岭证券", ["严可欣"]),
    ]
    assert speaker_of(doc, "上半年毛利率为38.2%") == "严可欣"
    assert_sound(doc)
