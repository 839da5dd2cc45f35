"""More Chinese layouts: a press conference's record with reporters marked by a triangle, a Hong Kong
briefing calling askers by surname and courtesy word, a chat group's export, and a Q&A platform's page,
each on a short fictional company."""

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


# A results press conference (zh-Hans): reporters' labels behind a triangle, one reporter naming
# himself after the outlet and the word 记者, one giving the outlet only.
PRESS_TRIANGLE = """\
青禾电器2026年年度业绩媒体沟通会实录

出席：青禾电器董事长 罗振东，首席财务官 汪晴
主持人：公共关系部总监 白露

白露：各位媒体朋友上午好，欢迎参加青禾电器年度业绩媒体沟通会。请罗振东董事长介绍业绩。

罗振东：去年公司营业收入312亿元，同比增长9%。

白露：下面进入提问环节，提问前请介绍所在媒体。

▲东岸商报记者：我是东岸商报记者叶舟。请问今年空调业务的增长目标是多少？

罗振东：今年空调业务目标增长10%左右。

▲晨星财经频道记者：请问汪总，今年的分红比例会提高吗？

汪晴：今年分红比例会保持在50%以上。
"""


def test_triangle_marked_reporters_and_a_reporter_naming_himself() -> None:
    """``▲东岸商报记者：`` is that outlet's reporter (the triangle is no part of who asks), who asks as the
    name he gives ("我是东岸商报记者叶舟"); a reporter giving the outlet alone asks as nobody from it."""
    doc = parse(PRESS_TRIANGLE)
    assert_sound(doc)
    assert summary(doc) == [
        ("叶舟", "东岸商报", ["罗振东"]),
        (None, "晨星财经频道", ["汪晴"]),
    ]


# A Hong Kong results briefing (zh-Hant, Cantonese): the host introduces each asker in full
# ("第一位係…嘅…"), whose label then gives surname, courtesy word and firm; a typed question read out.
BRIEFING_SURNAMES = """\
恒灣控股有限公司
二零二六年全年業績分析員簡報會 問答紀錄

出席：主席 杜永昌先生、財務總監 岑慧儀女士
主持：投資者關係經理 馮嘉欣小姐

馮小姐：各位分析員午安，首先有請主席杜生講幾句。

杜生：去年集團收入港幣二十八億元，按年增長百分之六。

馮小姐：而家開始問答環節。第一位係滙川證券嘅溫子健。

溫生（滙川證券）：多謝。想問下今年嘅資本開支大概幾多？

岑小姐：今年資本開支預算大約港幣三億元。

馮小姐：下一位係鼎豐資本嘅石曉琳。

石小姐（鼎豐資本）：你好。想問下派息政策會唔會改變？

杜生：我哋會維持派息比率唔少於百分之五十。

馮小姐：網上有投資者問，集團今年有冇回購計劃？

岑小姐：暫時冇具體計劃，如果有會按規定公佈。
"""


def test_surname_and_courtesy_labels_are_the_askers_the_host_introduced() -> None:
    """``溫生（滙川證券）：`` after "第一位係滙川證券嘅溫子健" is 溫子健 of that firm (Cantonese 係 for 是, 嘅
    for 的); the host reading "網上有投資者問，…" opens an anonymous question that the next speaker answers."""
    doc = parse(BRIEFING_SURNAMES)
    assert_sound(doc)
    assert summary(doc) == [
        ("溫子健", "滙川證券", ["岑慧儀"]),
        ("石曉琳", "鼎豐資本", ["杜永昌"]),
        (None, None, ["岑慧儀"]),
    ]


# An investor chat group's export (zh-Hans): each message headed by the display name and the full date
# and time; the company's people as "<company>-<title> <name>", a broker's analyst as "<broker>-<name>",
# a private investor under a nickname.
CHAT_GROUP = """\
群聊：远岫股份2026年一季度业绩交流群
导出时间：2026-04-28 17:00

远岫股份-董秘 贺明 2026-04-28 15:00:05
各位投资者好，欢迎参加远岫股份一季度业绩交流，财务总监乔安和我一起回答大家的问题。

远岫股份-财务总监 乔安 2026-04-28 15:01:10
一季度公司实现营业收入5.2亿元，同比增长14%。

泓川证券-祝远 2026-04-28 15:03:30
请问一季度毛利率提升的原因是什么？

远岫股份-财务总监 乔安 2026-04-28 15:04:50
主要是产品结构优化和原材料价格下降。

晚风知意 2026-04-28 15:06:12
请问公司今年还会回购吗？

远岫股份-董秘 贺明 2026-04-28 15:07:40
公司会根据股价和资金情况决定，如有回购将及时公告。
"""


def test_chat_group_headers_name_brokers_staff_and_nicknames() -> None:
    """``泓川证券-陆遥``-style display names are that broker's analyst, ``远岫股份-董秘 贺明`` with its time
    after it is the company's secretary, and a nickname header (``晚风知意 …``) opens an anonymous question."""
    doc = parse(CHAT_GROUP)
    assert_sound(doc)
    assert summary(doc) == [
        ("祝远", "泓川证券", ["乔安"]),
        (None, None, ["贺明"]),
    ]


# A Q&A platform's page copied as text (zh-Hans): each question under the asker's user name and a
# `问 <company>（<code>）：` line, each reply under the company's name and `答：`, stamps after each post.
PLATFORM_PAGE = """\
上证e互动
首页 > 最新答复 > 澄岭科技

澄岭科技（688905）

云上漫步
问 澄岭科技（688905）：
请问公司新一代传感器芯片什么时候量产？
2026-03-02 10:15 来自 网站
澄岭科技
答：
尊敬的投资者您好，公司新一代传感器芯片预计今年三季度量产。感谢您的关注！
2026-03-06 16:20 来自 网站

守望价值
问 澄岭科技（688905）：
请问公司一季度海外订单增长了多少？
2026-03-03 09:40 来自 APP
澄岭科技
答：
您好，公司一季度海外订单同比增长约20%，具体请以定期报告为准。谢谢！
2026-03-07 11:05 来自 网站
"""


def test_platform_page_question_lines_addressed_to_the_company() -> None:
    """``问 澄岭科技（688905）：`` opens an investor's anonymous question and ``答：`` the company's unsigned
    reply."""
    doc = parse(PLATFORM_PAGE)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert [doc.paragraph(q.question[0]).text[:4] for q in doc.qa] == ["请问公司", "请问公司"]
    assert [doc.paragraph(q.answers[0].paragraphs[0]).text[:3] for q in doc.qa] == ["尊敬的", "您好，"]


def test_platform_page_stamps_user_names_and_the_company_line_are_furniture() -> None:
    """The stamp under each post, the user name over each question and the company's name over each reply
    are no one's words: each question and each reply is its own text only."""
    doc = parse(PLATFORM_PAGE)
    texts = [
        ([doc.paragraph(i).text for i in q.question], [doc.paragraph(i).text for i in q.answers[0].paragraphs])
        for q in doc.qa
    ]
    assert texts == [
        (["请问公司新一代传感器芯片什么时候量产？"], ["尊敬的投资者您好，公司新一代传感器芯片预计今年三季度量产。感谢您的关注！"]),
        (["请问公司一季度海外订单增长了多少？"], ["您好，公司一季度海外订单同比增长约20%，具体请以定期报告为准。谢谢！"]),
    ]


# A results briefing (zh-Hans) whose host names the next asker after a comma, with no verb.
HOST_COMMA_INTRO = """\
和岭环境2026年一季度业绩交流会

出席：董事长 田立新，财务总监 邵雯

主持人：下面进入问答环节，请南溪证券的欧阳帆提问。

欧阳帆：请问一季度订单增长了多少？

田立新：一季度新签订单同比增长22%。

主持人：下一位，岱山资本的常乐。

常乐：今年的资本开支计划是多少？

邵雯：全年资本开支预计3亿元左右。
"""


def test_the_host_naming_the_next_asker_after_a_comma() -> None:
    """"下一位，岱山资本的常乐。" announces 常乐 of 岱山资本, whose bare-name label then asks with that firm."""
    doc = parse(HOST_COMMA_INTRO)
    assert_sound(doc)
    assert summary(doc) == [("欧阳帆", "南溪证券", ["田立新"]), ("常乐", "岱山资本", ["邵雯"])]


# Taiwan investor-conference minutes (zh-Hant): `Q：` / `A：` pairs, who asked in brackets after the
# question: a firm alone, or a firm and a name.
TW_TRAILING_FIRMS = """\
澄岳光電 2026年第一季法人說明會 問答紀錄

公司出席：董事長 簡志誠、財務長 魏嘉玲

Q：請問第二季毛利率展望？（富川投顧）
A：預期第二季毛利率維持在28%左右。

Q：今年資本支出規劃為何？（鼎盛投顧 許家豪）
A：今年資本支出約新台幣15億元。
"""


def test_a_firm_alone_in_brackets_after_a_question_is_the_asking_firm() -> None:
    """``Q：…？（富川投顧）`` is that firm's question with no name given, as ``（鼎盛投顧 許家豪）`` is that
    firm's analyst's."""
    doc = parse(TW_TRAILING_FIRMS)
    assert_sound(doc)
    assert summary(doc) == [(None, "富川投顧", [None]), ("許家豪", "鼎盛投顧", [None])]


# A results briefing's Q&A record (zh-Hans): a mark line naming who asks or answers (`提问：<firm> <name>`,
# `回答：<title> <name>`), the words on the lines below it.
NAMED_MARK_LINES = """\
岚桥新材2026年半年度业绩说明会 问答记录

出席：董事长 江海平，财务总监 顾晓岚

问答环节

提问：东泓证券 纪晨
请问上半年隔膜出货量是多少？
回答：董事长 江海平
上半年隔膜出货约6亿平方米，同比增长25%。

提问：北岭基金 蒋一帆
下半年的资本开支计划是多少？
回答：财务总监 顾晓岚
下半年资本开支预计4亿元左右。
"""


def test_a_mark_line_naming_who_asks_or_answers() -> None:
    """``提问：东泓证券 纪晨`` alone on a line is that analyst's question below it, ``回答：董事长 江海平`` that
    officer's answer, as labels naming them would be."""
    doc = parse(NAMED_MARK_LINES)
    assert_sound(doc)
    assert summary(doc) == [("纪晨", "东泓证券", ["江海平"]), ("蒋一帆", "北岭基金", ["顾晓岚"])]


# A broker's call notes in Markdown (zh-Hans): each question under a heading with its number, the asking
# firm and the analyst (`### Q1 <firm> <name>`), the answers under `**<name>：**`.
NUMBERED_HEADINGS = """\
# 泊川能源2026年一季度业绩电话会纪要

出席：董事长 柏振宇，财务总监 裴雅

## 问答环节

### Q1 溪山证券 尹航

请问一季度天然气销量增长了多少？

**柏振宇：** 一季度天然气销量同比增长12%。

### Q2 青崖资本 柴宁

今年的分红比例会提高吗？

**裴雅：** 今年分红比例会保持在40%以上。
"""


def test_a_numbered_question_heading_naming_the_firm_and_the_analyst() -> None:
    """``### Q1 溪山证券 尹航`` opens that analyst's question (the words under the heading), answered by the
    bold labels after it."""
    doc = parse(NUMBERED_HEADINGS, "notes.md")
    assert_sound(doc)
    assert summary(doc) == [("尹航", "溪山证券", ["柏振宇"]), ("柴宁", "青崖资本", ["裴雅"])]


# A roadshow platform's text record (zh-Hans) signing each post under it: the asker's firm and name, or the
# platform's word for an investor, under each question; the answerer's title and name under each answer.
SIGNED_QUESTIONS = """\
滨岚电子2026年度业绩说明会 文字实录

出席：董事长 霍振东，财务总监 秦悦

问答环节

问：请问今年的收入目标是多少？
提问人：澄浦证券 苗晓
答：今年收入目标增长18%。
回答人：董事长 霍振东

问：公司今年会回购股份吗？
提问人：投资者 发布时间：2026-04-20 15:08
答：公司会根据市场情况审慎决定。
回答人：财务总监 秦悦
"""


def test_a_question_signed_with_a_firm_and_a_name_is_that_analysts() -> None:
    """``提问人：澄浦证券 苗晓`` under a question makes it that analyst's, with her firm; ``提问人：投资者`` leaves
    the question anonymous."""
    doc = parse(SIGNED_QUESTIONS)
    assert_sound(doc)
    assert summary(doc) == [("苗晓", "澄浦证券", ["霍振东"]), (None, None, ["秦悦"])]
