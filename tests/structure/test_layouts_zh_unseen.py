"""Chinese transcript layouts seen in the wild, each on a short fictional call: answers marked by an office
alone (``答：董事长表示，…``, ``回答1（董秘）：``, a platform's ``董秘回复：``), numbered marks typed full width
(``Ｑ１（…）：``), a word processor's dictation (``說話者 1``) with an individual investor who gives no name, and a
question an investor posted online that the host reads out."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


REPORTED_BY_OFFICE = """澜川材料路演纪要

时间：2025年5月6日
公司参与人员：董事长 顾承远，财务总监 苏晚晴

一、问答环节

问：今年铜箔的加工费怎么看？
答：董事长表示，加工费已经触底，下半年有望小幅回升。

问：今年的资本开支是多少？
答：财务总监苏晚晴介绍，全年资本开支约3亿元。
"""


def test_an_answer_reported_by_office_is_the_person_the_participants_line_gives_that_office() -> None:
    doc = parse(REPORTED_BY_OFFICE)
    assert pairs(doc) == [(None, None, ["顾承远"]), (None, None, ["苏晚晴"])]


NUMBERED_BY_ROLE = """朗峰电子2024年度业绩说明会记录

方式：网络文字互动
出席人员：董事长 钟立群先生，董事会秘书 蒋可欣女士

一、董事长致辞

钟立群（董事长）：各位投资者好，2024年公司营业收入12.3亿元，同比增长8%。

二、问答环节

问题1（投资者）：请问今年的分红比例是多少？
回答1（董秘）：您好，公司拟每10股派发现金红利1.5元。

问题2（鼎岳证券 柯文）：海外订单的进展如何？
回答2（董事长）：海外订单同比增长三成。
"""


def test_numbered_answers_by_office_are_the_listed_holders_and_a_form_field_is_no_speaker() -> None:
    doc = parse(NUMBERED_BY_ROLE)
    assert pairs(doc) == [(None, None, ["蒋可欣"]), ("柯文", "鼎岳证券", ["钟立群"])]
    assert "方式" not in {s.name for s in doc.speakers}


FULL_WIDTH_MARKS = """晨曜光電　２０２５年第二季法人說明會　問答紀錄

公司出席：董事長　高文彥、財務長　葉佳蓉

【問答】
Ｑ１（豐岳證券　曾柏翰）：第三季的稼動率展望如何？
Ａ１（財務長）：第三季稼動率預估維持在八成左右。

Ｑ２（外資法人）：新台幣升值的影響有多大？
Ａ２（董事長）：每升值１％，毛利率約減少０．３個百分點。
"""


def test_full_width_numbered_marks_read_as_their_ascii_forms() -> None:
    doc = parse(FULL_WIDTH_MARKS)
    assert pairs(doc) == [("曾柏翰", "豐岳證券", ["葉佳蓉"]), (None, None, ["高文彥"])]


PLATFORM_PAGE = """沐川股份（603XXX）投资者互动问答精选
董秘：温以宁　　证券代码：603XXX　　更新时间：2025-06-12

投资者提问：请问公司新产线什么时候投产？
董秘回复：您好，新产线预计今年四季度投产。感谢您的关注！
2025-06-10 16:22

投资者提问：公司的股东人数是多少？
董秘回复：您好，截至5月31日，公司股东总户数为12,406户。
2025-06-05 09:41
"""


def test_a_platform_answer_marked_by_office_is_the_secretary_the_page_names() -> None:
    doc = parse(PLATFORM_PAGE)
    assert pairs(doc) == [(None, None, ["温以宁"]), (None, None, ["温以宁"])]
    # the page's info line is no speech
    assert all(p.speaker is None for p in doc.paragraphs if p.text.startswith("董秘：温以宁"))
    # with no one named in that office, the answers stay the company's
    doc = parse(PLATFORM_PAGE.replace("董秘：温以宁　　", ""))
    assert pairs(doc) == [(None, None, [""]), (None, None, [""])]


DICTATED_TRADITIONAL = """岳泰電子 2025年第一季法說會 逐字稿

說話者 1  00:00:03
各位投資人午安，我是岳泰電子投資人關係處長溫雅琪。今天出席的有董事長林承翰先生與財務長蕭佩芸女士。首先請財務長報告。

說話者 2  00:00:41
謝謝。第一季合併營收為新台幣21.4億元，年增9%。

說話者 1  00:03:15
接下來開放提問，第一位提問的是翰岳投顧的蔡政霖。

說話者 3  00:03:26
謝謝，我是翰岳投顧的蔡政霖，想請問第二季的營收展望？

說話者 2  00:03:58
第二季營收預計與第一季持平。

說話者 4  00:04:40
我補充一下，越南新廠下半年會逐步放量。
"""


def test_dictation_speakers_are_labels_and_the_last_listed_officer_is_the_unnamed_one_answering() -> None:
    doc = parse(DICTATED_TRADITIONAL)
    assert pairs(doc) == [("蔡政霖", "翰岳投顧", ["蕭佩芸", "林承翰"])]


HOST_READS_A_POSTED_QUESTION = """衡川医疗 2025年第二季度业绩电话会议

主持人：欢迎参加衡川医疗业绩电话会议，出席的有首席财务官Helen Qiao。

Helen Qiao（CFO）：第二季度收入为5.2亿元，同比增长14%。

主持人：下面进入问答环节。第一位提问来自川岳证券的Leo Fang。

Leo Fang：请问毛利率下半年怎么看？

Helen Qiao（CFO）：我们预计下半年毛利率保持稳定。

主持人：另外有一位投资者在网上留言问：公司有没有考虑回购？

Helen Qiao（CFO）：目前没有具体的回购计划。
"""


def test_a_question_an_investor_posted_online_read_out_by_the_host_is_the_investors() -> None:
    doc = parse(HOST_READS_A_POSTED_QUESTION)
    assert pairs(doc) == [("Leo Fang", "川岳证券", ["Helen Qiao"]), (None, None, ["Helen Qiao"])]


def test_a_numbered_speaker_who_says_they_are_an_individual_investor_asks_as_nobody() -> None:
    text = DICTATED_TRADITIONAL + """
說話者 1  00:05:32
好，下一位。

說話者 5  00:05:36
您好，我是個人投資者，想請問今年的現金股利會不會比去年高？

說話者 2  00:05:51
原則上維持五成以上的配發率。
"""
    doc = parse(text)
    assert pairs(doc) == [("蔡政霖", "翰岳投顧", ["蕭佩芸", "林承翰"]), (None, None, ["蕭佩芸"])]
