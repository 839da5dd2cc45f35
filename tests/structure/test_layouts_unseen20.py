"""Layouts first met in tune transcripts: a news page saved as Markdown whose IR head reads out typed
webcast questions, a quote site's transcript panel, a webcast where the host reads 文字提问, an
interaction-platform digest and an online reception day's posts; each on a short fictional call."""

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

    return [(name(q.asker), q.firm or (by_id[q.asker].affiliation if q.asker in by_id else None),
             [name(a.speaker) for a in q.answers]) for q in doc.qa]


MARKDOWN_WEB_QUESTIONS = """\
# Pellmont Tools (PLMT) Q2 2026 Earnings Call Transcript

## Prepared Remarks:

**Operator**

Welcome to the Pellmont Tools second quarter call. I will now turn the call over to Nora Quist.

**Nora Quist** -- *Head of Investor Relations*

Thank you. With me is Abel Marsh, our chief executive officer. You can type questions into the webcast at any time.

**Abel Marsh** -- *Chief Executive Officer*

Revenue for the quarter was $61.2 million, up 9%, and we shipped 14,000 cordless units.

## Questions & Answers:

**Operator**

Our first question comes from Lydia Cole with Fenmore Securities. Please go ahead.

**Lydia Cole** -- *Fenmore Securities -- Analyst*

Abel, how much of the growth came from the cordless line?

**Abel Marsh** -- *Chief Executive Officer*

About two thirds of it.

**Nora Quist** -- *Head of Investor Relations*

The next question from the web comes from Omar Reyes at Tallow Park Capital: "Do you still expect margins to expand in the second half?"

**Abel Marsh** -- *Chief Executive Officer*

Yes, by about 50 basis points as the new plant ramps.

**Nora Quist** -- *Head of Investor Relations*

And a shareholder has typed in: "Will you raise the dividend this year?"

**Abel Marsh** -- *Chief Executive Officer*

The board will decide in December.
"""


def test_questions_typed_into_a_webcast_are_asked_by_who_typed_them() -> None:
    doc = parse(MARKDOWN_WEB_QUESTIONS, "call.md")
    assert_sound(doc)
    assert summary(doc) == [
        ("Lydia Cole", "Fenmore Securities", ["Abel Marsh"]),
        ("Omar Reyes", "Tallow Park Capital", ["Abel Marsh"]),
        (None, None, ["Abel Marsh"]),
    ]


def test_an_italic_title_after_a_bold_name_is_the_label_line_not_speech() -> None:
    doc = parse(MARKDOWN_WEB_QUESTIONS, "call.md")
    first = doc.paragraph(doc.qa[0].question[0])
    assert first.text.startswith("Abel, how much")


QUOTE_PANEL = """\
Harrowgate Marine Holdings
Earnings Call Transcript

U
Unidentified Company Representative
executive

We will now begin the interim results briefing. With us are President Daichi Oda and CFO Emi Sakai. President Oda, please.

D
Daichi Oda
executive

Thank you. Net sales for the half were JPY 88.1 billion, up 6%.

E
Emi Sakai
executive

Operating profit was JPY 9.3 billion, and we keep our full-year forecast.

U
Unidentified Company Representative
executive

We will now take questions. Mr. Kuroda from Mitsuha Securities, please.

T
Taro Kuroda
analyst

Kuroda from Mitsuha. Why keep the forecast after a strong first half?

E
Emi Sakai
executive

Freight rates are falling, so we want to see the third quarter first.

U
Unidentified Company Representative
executive

Next, Ms. Lind from Osterby Partners.

K
Karin Lind
analyst

Thanks. Karin Lind, Osterby. How many vessels will you deliver next year?

D
Daichi Oda
executive

Eleven, two more than this year.

U
Unidentified Company Representative
executive

Time is up, so we will close the briefing here. Thank you.
"""


def test_a_quote_sites_panel_reads_the_name_under_the_avatar_initial() -> None:
    doc = parse(QUOTE_PANEL)
    assert_sound(doc)
    assert summary(doc) == [
        ("Taro Kuroda", "Mitsuha Securities", ["Emi Sakai"]),
        ("Karin Lind", "Osterby Partners", ["Daichi Oda"]),
    ]


def test_the_avatar_initial_reads_the_same_indented() -> None:
    """An export that indents the panel's lines (the initial, the name, the role) reads the same turns."""
    indented = "\n".join(f"  {line} " if line.strip() else line for line in QUOTE_PANEL.splitlines())
    doc = parse(indented)
    assert_sound(doc)
    assert summary(doc) == summary(parse(QUOTE_PANEL))
    assert not any(p.text.strip() in ("D", "E", "T", "U") for p in doc.paragraphs if p.role == "text")


WEBCAST_ZH = """\
澄湖食品股份有限公司2025年半年度业绩说明会文字记录

主持人
各位投资者下午好，网络端的投资者可以在直播页面输入文字提问。首先请董事长林思源先生介绍经营情况。

林思源（董事长）
上半年公司实现营业收入8.42亿元，同比增长7.6%。

主持人
下面请电话端华屹证券的周航提问。

周航（华屹证券）
您好，我是华屹证券的周航。想问一下原材料成本下半年的走势？

林思源（董事长）
我们预计下半年大豆成本同比下降5%左右。

主持人
我们收到一位投资者的文字提问：公司有没有回购计划？

柯明（财务总监）
公司目前没有回购计划，会优先保障新工厂的投入。

主持人
下一条来自网络端远澜基金的许静：新工厂什么时候投产？

林思源（董事长）
预计明年三月投产。
"""


def test_typed_questions_the_host_reads_are_the_typers() -> None:
    doc = parse(WEBCAST_ZH)
    assert_sound(doc)
    assert summary(doc) == [
        ("周航", "华屹证券", ["林思源"]),
        (None, None, ["柯明"]),
        ("许静", "远澜基金", ["林思源"]),
    ]


DIGEST_HK = """\
首页 > 港股 > 澜岸控股(01234.HK) > 互动问答

9月1日有投资者向澜岸控股(01234.HK)提问：公司下半年有没有新的门店开业计划？
9月3日公司回答表示：您好，公司计划下半年新开12家门店。谢谢。

9月5日有投资者向澜岸控股(01234.HK)提问：请问公司中期派息是多少？
9月8日公司回答表示：您好，中期每股派息8港仙。感谢关注。
"""


def test_a_platform_digest_with_a_hong_kong_code_pairs_each_question() -> None:
    doc = parse(DIGEST_HK)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


RECEPTION_DAY = """\
投资者网上集体接待日 澄川电子专场

公司嘉宾：董事长 温立言；财务总监 贾书瑶

————————————————
投资者 lucky2020　　2025-09-19 15:02
问：请问公司上半年收入增长的原因是什么？

嘉宾 董事长 温立言　　2025-09-19 15:08
答：您好！主要是汽车电子订单增长，上半年收入同比增长12%。谢谢！

————————————————
投资者 秋水长天　　2025-09-19 15:12
问：公司负债率是多少？

嘉宾 财务总监 贾书瑶　　2025-09-19 15:18
答：您好！6月末资产负债率为38.5%。感谢关注！
"""


def test_reception_day_posts_ask_anonymously_and_guests_answer_by_name() -> None:
    doc = parse(RECEPTION_DAY)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["温立言"]), (None, None, ["贾书瑶"])]
