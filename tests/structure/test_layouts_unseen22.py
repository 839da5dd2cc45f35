"""Layouts first met in tune transcripts: a call filed as an exhibit with ``<Q – Name>:`` marks, a virtual
annual meeting whose chair reads the shareholders' typed questions, a roadshow Q&A list that signs each
reply after it, and a Taiwan shareholders' meeting's minutes; each on a short fictional call."""

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


EXHIBIT_CALL = """\
EXHIBIT 99.1

Quenby Instruments, Inc.
Q2 2026 Earnings Call

MANAGEMENT DISCUSSION SECTION

Operator: Good morning and welcome to the Quenby Instruments second quarter call. I would now like to turn the call over to Mr. Arlo Pennick, Chief Executive Officer.

Arlo Pennick, Chief Executive Officer

Thank you. Orders rose 9% to $84 million, and backlog reached a record $210 million.

QUESTION AND ANSWER SECTION

Operator: Our first question comes from Lucia Varga with Eastmoor Securities.

<Q – Lucia Varga>: Arlo, how much of the backlog ships this year?

<A – Arlo Pennick>: About 60% of it ships by December, mostly to semiconductor customers.

Operator: Our next question comes from Tobias Wren with Kilburn Research.

<Q – Tobias Wren>: What was the gross margin in the quarter?

<A – Arlo Pennick>: Gross margin was 44.1%, up from 42.8% a year ago.

Operator: This concludes today's call.
"""


def test_exhibit_call_reads_angle_bracket_question_and_answer_marks() -> None:
    """``<Q – Name>:`` opens the asker's turn and ``<A – Name>:`` the answerer's; firms come from the
    operator's introductions."""
    doc = parse(EXHIBIT_CALL)
    assert summary(doc) == [
        ("Lucia Varga", "Eastmoor Securities", ["Arlo Pennick"]),
        ("Tobias Wren", "Kilburn Research", ["Arlo Pennick"]),
    ]
    assert speaker_of(doc, "Gross margin was 44.1%") == "Arlo Pennick"
    assert_sound(doc)


VIRTUAL_MEETING = """\
Tarnwood Savings Bank
2026 Annual Meeting of Shareholders

Evelyn Strand, Chair of the Board
Good afternoon. With me are Marcus Hale, our Chief Executive Officer, and Nora Blythe, our Chief Financial Officer. Marcus will review the year.

Marcus Hale, Chief Executive Officer
Thank you, Evelyn. Net income was $21.4 million, and loans grew 6% to $2.2 billion.

Evelyn Strand, Chair of the Board
We will now take questions submitted on the meeting website.

The first question is from shareholder Owen Pratt, who asks: "Why did deposit costs rise so much this year?"

Nora, would you take that?

Nora Blythe, Chief Financial Officer
Certainly. We raised rates on savings accounts to keep deposits, and deposit costs rose to 2.1%.

Evelyn Strand, Chair of the Board
One more question from Owen Pratt: "Will the board raise the dividend?"

I will take this one. The board reviews the dividend each quarter and will discuss it again in July.
"""


def test_chair_reads_typed_questions_and_answers_the_last_herself() -> None:
    """The chair reads a shareholder's question and hands it on in a short question of her own; the
    last question she reads she answers herself, in the same turn."""
    doc = parse(VIRTUAL_MEETING)
    assert summary(doc) == [
        ("Owen Pratt", None, ["Nora Blythe"]),
        ("Owen Pratt", None, ["Evelyn Strand"]),
    ]
    assert speaker_of(doc, "The board reviews the dividend each quarter") == "Evelyn Strand"
    assert_sound(doc)


SIGNED_REPLIES = """\
远川科技（688XXX）2025年度业绩说明会

公司出席人员：董事长 韦嘉树；财务总监 俞晴

问：请问公司2025年毛利率下降的原因是什么？
提问者：投资者_a81c2d　　提问时间：2026-04-20 15:02:11
答：您好，毛利率下降主要是原材料价格上涨以及新产线折旧增加。谢谢！
回复者：远川科技 财务总监 俞晴　　回复时间：2026-04-20 15:10:30

问：公司海外业务今年有什么规划？
提问者：静水深流　　提问时间：2026-04-20 15:06:42
答：您好，公司计划在越南设立销售子公司，拓展东南亚市场。感谢关注！
回复者：远川科技 董事长 韦嘉树　　回复时间：2026-04-20 15:18:05
"""


def test_roadshow_list_credits_each_reply_to_the_replier_printed_below_it() -> None:
    """``回复者：<company> <title> <name>`` after a reply names who gave it; askers by user name stay
    anonymous."""
    doc = parse(SIGNED_REPLIES)
    assert summary(doc) == [(None, None, ["俞晴"]), (None, None, ["韦嘉树"])]
    assert_sound(doc)


SHAREHOLDER_MINUTES = """\
嘉和電子股份有限公司
一一五年股東常會議事錄

主席：董事長 謝宏遠
列席：總經理 梁書豪、財務長 顏怡君

主席致詞：本公司一一四年度合併營收為新台幣21.3億元，稅後淨利為新台幣2.6億元。

股東提問
股東戶號30418發言要點：今年的資本支出計畫為何？
主席指定財務長 顏怡君答覆：今年資本支出約新台幣3億元，主要用於自動化產線。
股東戶號5120（法人股東常豐投資股份有限公司代表人 馮建安）發言要點：新產品何時量產？
主席答覆：新一代控制器預計第三季量產。
總經理 梁書豪補充答覆：已有兩家客戶完成驗證。
"""


def test_minutes_name_shareholders_by_register_number_and_the_chair_from_the_header() -> None:
    """``股東戶號NNNNN發言要點：`` asks as nobody, a corporate shareholder's representative as that name
    from that shareholder; ``主席答覆：`` is the person the ``主席：`` line names, and ``補充答覆`` adds to
    the answer."""
    doc = parse(SHAREHOLDER_MINUTES)
    assert summary(doc) == [
        (None, None, ["顏怡君"]),
        ("馮建安", "常豐投資股份有限公司", ["謝宏遠", "梁書豪"]),
    ]
    assert_sound(doc)
