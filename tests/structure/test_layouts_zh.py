"""Chinese call layouts beyond labelled transcripts, each on a short fictional call written in that
layout: investor-relations activity records (投资者关系活动记录表), a broker's Q&A notes, firm-only
analyst labels, names alone as labels in a short excerpt."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of, ns_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


# An A-share investor-relations activity record: form fields, then `问题N：` / `回复：` in the content
# field, then the closing `附件清单（如有）` and `日期` fields.
IR_RECORD = """\
证券代码：688777                                   证券简称：青岚微电
青岚微电子股份有限公司投资者关系活动记录表
投资者关系活动类别
☑业绩说明会 □路演活动
参与单位名称及人员姓名
天衡证券 周宇；线上参与的投资者
上市公司接待人员姓名
董事长 许青岚；财务总监 宋雨
投资者关系活动主要内容介绍
问题1：公司射频芯片今年的出货节奏如何？
回复：上半年出货量同比增长40%，下半年新品导入后还会继续提升。
问题2：研发费用率会不会继续上升？
回复：今年研发费用率预计维持在22%左右，不会明显上升。
附件清单（如有）
无
日期
2026年4月20日
"""

# The same kind of record with numbered questions (`1、…？`) answered by `答：` under a numbered
# section header, after a prose summary of the company's presentation.
IR_RECORD_NUMBERED = """\
青岚微电子股份有限公司投资者关系活动记录表
投资者关系活动主要内容介绍：
一、公司经营情况介绍
董事会秘书宋雨介绍了公司一季度经营情况：营业收入3.2亿元，同比增长28%。
二、主要交流问题
1、海外客户的导入进展如何？
答：两家海外客户已完成认证，预计三季度开始批量供货。
2、毛利率下降的原因是什么？
答：主要是新产线折旧增加，随着产能利用率提升会逐步修复。
"""

# A broker's notes of a call: a numbered `问答环节` header, then anonymous `Q：` / `A：` lines.
BROKER_NOTES = """\
【纪要】青岚微电2026年一季度业绩交流
一、管理层发言
一季度营业收入3.2亿元，同比增长28%，归母净利润0.41亿元。
二、问答环节
Q：海外客户什么时候开始放量？
A：预计三季度开始批量供货，全年海外收入占比提升到15%。
Q：今年的资本开支计划？
A：全年资本开支约2亿元，主要用于测试产线。
"""

# A Hong Kong results briefing (traditional Chinese): analysts labelled by their firm only
# (`高盛分析員：`), management by title and name.
FIRM_ONLY_ANALYSTS = """\
主持人：
現在進入提問環節。
高盛分析員：
想問一下明年的租金收入增長預期？
主席 關嘉朗：
我們預計明年租金收入增長約5%。
瑞銀分析員：
派息政策會否調整？
財務總監 馮穎欣：
派息比率會維持在核心盈利的六成。
"""

# A short excerpt of a call with names alone as labels, no roster, no header: the one who asks
# and is answered is the analyst.
NAMES_ALONE = """\
许青岚
那我们开始吧，先简单说一下一季度的情况，收入增长了28%。
宋雨
我补充一下，一季度毛利率是41%，环比提升了两个点。
周宇
谢谢两位。想问一下二季度的订单情况怎么样？
许青岚
二季度订单比一季度多了三成左右。
周宇
那海外客户的认证进展呢？
宋雨
两家海外客户已经完成认证。
"""


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    return [(q.asker, q.firm, [a.speaker for a in q.answers]) for q in doc.qa]


def test_ir_record_numbered_questions_and_replies() -> None:
    """`问题1：` / `回复：` under the record's content field: anonymous pairs; the closing fields are
    no part of the last answer."""
    doc = parse(IR_RECORD)
    assert doc.kind == "transcript"
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.qa[0].question == ns_of(doc, "射频芯片今年的出货节奏")
    assert doc.qa[1].answers[0].paragraphs == ns_of(doc, "研发费用率预计维持")
    assert doc.paragraph(n_of(doc, "问题2")).body.startswith("研发费用率会不会")
    assert doc.speakers == ()
    assert_sound(doc)


def test_ir_record_numbered_questions_before_answers() -> None:
    """`1、…？` right above `答：` is the question; the numbered `二、主要交流问题` starts the Q&A."""
    doc = parse(IR_RECORD_NUMBERED)
    assert [(q.question, [a.paragraphs for a in q.answers]) for q in doc.qa] == [
        (ns_of(doc, "海外客户的导入进展"), [ns_of(doc, "两家海外客户")]),
        (ns_of(doc, "毛利率下降的原因"), [ns_of(doc, "新产线折旧增加")]),
    ]
    assert doc.paragraph(n_of(doc, "海外客户的导入进展")).body == "海外客户的导入进展如何？"
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "董事会秘书宋雨介绍")] == "prepared" and sec[n_of(doc, "主要交流问题")] == "qa"


def test_broker_notes_with_anonymous_q_and_a_under_a_qa_header() -> None:
    """Anonymous `Q：` / `A：` under a numbered `问答环节` header are the call's Q&A (FAQ-style notes
    without such a header stay an article: test_pipeline)."""
    doc = parse(BROKER_NOTES)
    assert doc.kind == "transcript"
    assert [q.question for q in doc.qa] == [ns_of(doc, "什么时候开始放量"), ns_of(doc, "资本开支计划")]
    assert doc.paragraph(n_of(doc, "问答环节")).role == "heading"


def test_analysts_named_only_by_their_firm() -> None:
    """`高盛分析員：`: an anonymous question with that firm (as written); management answers."""
    doc = parse(FIRM_ONLY_ANALYSTS)
    assert summary(doc) == [(None, "高盛", ["关嘉朗"]), (None, "瑞銀", ["冯颖欣"])]
    assert {s.id for s in doc.speakers} == {"host", "关嘉朗", "冯颖欣"}
    assert_sound(doc)


def test_names_alone_in_a_short_excerpt() -> None:
    """Names alone as labels, no roster or header: the speaker whose every turn is a short question
    someone answers is the analyst, and the Q&A starts at their first question."""
    doc = parse(NAMES_ALONE)
    assert summary(doc) == [("周宇", None, ["许青岚"]), ("周宇", None, ["宋雨"])]
    assert doc.speakers_by_id["周宇"].side == "analyst"
    assert {doc.speakers_by_id[s].side for s in ("许青岚", "宋雨")} == {"company"}
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "毛利率是41%")] == "prepared" and sec[n_of(doc, "二季度订单")] == "qa"
    assert_sound(doc)


# An automatic transcription (讯飞-style export): numbered speakers with a time under each label;
# the host names who asks next.
NUMBERED_SPEAKERS = """\
说话人1 00:00
各位投资者下午好，欢迎参加青岚微电一季度业绩说明会。首先请许董介绍经营情况。

说话人2 00:25
谢谢主持人。一季度公司营业收入3.2亿元，同比增长28%。

说话人1 02:40
下面进入问答环节，首先请天衡证券的周宇提问。

说话人3 02:46
谢谢。请问海外客户什么时候开始放量？

说话人2 03:05
预计三季度开始批量供货。

说话人1 04:10
下一位请北辰资本的顾言提问。

说话人2 04:15
不好意思，我再补充一句，海外收入占比今年会到15%。

说话人4 04:30
谢谢。想问一下今年的资本开支计划？

说话人2 04:45
全年资本开支约2亿元。
"""


def test_numbered_speakers_named_by_the_host() -> None:
    """`说话人3` speaking first right after the host introduced 周宇 of 天衡证券 is 周宇; a numbered
    speaker who spoke before (`说话人2` after 顾言's introduction) keeps its number."""
    doc = parse(NUMBERED_SPEAKERS)
    by_id = doc.speakers_by_id
    asker = by_id[doc.qa[0].asker or ""]
    assert (asker.name, asker.affiliation, asker.side) == ("周宇", "天衡证券", "analyst")
    assert "说话人3" in asker.aliases
    assert by_id["说话人2"].name == "说话人2" and by_id["说话人2"].side == "company"
    assert by_id["说话人4"].name == "说话人4"
    assert [(by_id[q.asker or ""].name, q.firm) for q in doc.qa] == [
        ("周宇", "天衡证券"),
        ("说话人4", "北辰资本"),
    ]
    assert_sound(doc)


# A bilingual call printing every line with its rendering under the speaker's name in the other
# script (no interpreter label): the operator's English line, the host's Chinese one.
BILINGUAL_RENDERED = """\
Operator: Welcome to Qinglan Microelectronics' first quarter call.
主持人：欢迎参加青岚微电第一季度业绩电话会。
Operator: Our first question comes from Karen Cheung with Harbor Securities.
主持人：第一个问题来自海港证券的张嘉欣。
Karen Cheung: Thank you. When will overseas customers ramp up?
张嘉欣：谢谢。海外客户什么时候开始放量？
Xu Qinglan: 预计三季度开始批量供货。
Interpreter: We expect volume shipments to start in the third quarter.
Operator: Next question comes from Tom Becker with North Peak Capital.
主持人：下一个问题来自北峰资本的Tom Becker。
Tom Becker: What is your capex plan for this year?
Xu Qinglan: 全年资本开支约2亿元。
"""


def test_bilingual_lines_with_their_rendering() -> None:
    """`张嘉欣：` right after `Karen Cheung:` saying the same in Chinese (张 is Cheung in Hong Kong) is
    her line rendered: one speaker, one question; the firm is the one the operator first said."""
    doc = parse(BILINGUAL_RENDERED)
    karen = doc.speakers_by_id["karen-cheung"]
    assert "张嘉欣" in karen.aliases and "张嘉欣" not in doc.speakers_by_id
    assert [(q.asker, q.firm, q.question) for q in doc.qa] == [
        ("karen-cheung", "Harbor Securities", ns_of(doc, "When will overseas")),
        ("tom-becker", "North Peak Capital", ns_of(doc, "What is your capex")),
    ]
    assert doc.paragraph(n_of(doc, "海外客户什么时候")).speaker == "karen-cheung"
    assert_sound(doc)


# A results-briefing Q&A record whose fields name who asks and who answers next.
ASKER_ANSWERER_FIELDS = """\
青岚微电2025年度网上业绩说明会问答记录
提问人：天衡证券 周宇
问题：海外客户什么时候开始放量？
回答人：董事长 许青岚
回答：预计三季度开始批量供货。
提问人：北辰资本 顾言
问题：今年的资本开支计划？
回答人：财务总监 宋雨
回答：全年资本开支约2亿元。
"""


def test_fields_naming_who_asks_and_answers() -> None:
    """`提问人：<firm> <name>` then `问题：…`, `回答人：<title> <name>` then `回答：…`: named pairs."""
    doc = parse(ASKER_ANSWERER_FIELDS)
    assert summary(doc) == [("周宇", "天衡证券", ["许青岚"]), ("顾言", "北辰资本", ["宋雨"])]
    assert doc.qa[0].question == ns_of(doc, "海外客户什么时候")
    assert doc.paragraph(n_of(doc, "海外客户什么时候")).body == "海外客户什么时候开始放量？"
    assert doc.paragraph(n_of(doc, "提问人：天衡证券")).role == "speaker_label"
    assert doc.speakers_by_id["周宇"].side == "analyst" and doc.speakers_by_id["许青岚"].side == "company"
    assert_sound(doc)


# A Taiwan investor-conference Q&A record (traditional): `Q1：（firm）…` / `A1：…` under `問答紀錄`.
TW_QA_RECORD = """\
青嵐微電 2025年第二季法人說明會
問答紀錄
Q1：（天衡投顧）請問第三季毛利率展望？
A1：產品組合改善，第三季毛利率預期提升約1個百分點。
Q2：（北辰證券）車用客戶的拉貨動能是否延續？
A2：車用需求仍然穩健。
"""


def test_anonymous_questions_with_their_firm_in_brackets() -> None:
    """`Q1：（天衡投顧）…`: an anonymous question with the firm as written; `問答紀錄` heads the Q&A."""
    doc = parse(TW_QA_RECORD)
    assert summary(doc) == [(None, "天衡投顧", [None]), (None, "北辰證券", [None])]
    assert doc.paragraph(n_of(doc, "問答紀錄")).role == "heading"


# Markdown bold labels: `**<firm> <name>**：` for analysts, `**<name>（<title>）**：` for management.
BOLD_FIRM_NAME = """\
# 青岚微电 2025年第一季度业绩电话会 文字实录
**许青岚（首席执行官）**：一季度营业收入3.2亿元，同比增长28%。
## 问答环节
**天衡证券 周宇**：谢谢管理层。请问海外客户什么时候开始放量？
**许青岚（首席执行官）**：预计三季度开始批量供货。
**摩根大通 林可**：想问一下毛利率的趋势？
**宋雨（首席财务官）**：毛利率会逐季修复。
"""

# A short excerpt with `Name - Title:` / `Name - Firm:` labels inline, each person but one seen once.
DASH_INLINE_SHORT = """\
宋雨 - 首席财务官: 一季度营业收入3.2亿元，同比增长28%。
周宇 - 天衡证券: 谢谢。请问下半年的费用率会下降吗？
宋雨 - 首席财务官: 下半年销售费用率预计会下降约1个百分点。
顾言 - 北辰资本: 想问一下分红比例？
许青岚 - 董事长: 分红比例会维持在40%以上。
"""


def test_firm_then_name_labels() -> None:
    """`**天衡证券 周宇**：`: the firm (one ending like a firm, or one the glossary knows) and the analyst."""
    doc = parse(BOLD_FIRM_NAME, "call.md")
    assert summary(doc) == [("周宇", "天衡证券", ["许青岚"]), ("林可", "摩根大通", ["宋雨"])]
    assert_sound(doc)


def test_name_dash_detail_labels_inline_in_a_short_excerpt() -> None:
    """`Name - Title: speech` labels count as labels even when each name is seen once."""
    doc = parse(DASH_INLINE_SHORT)
    assert summary(doc) == [("周宇", "天衡证券", ["宋雨"]), ("顾言", "北辰资本", ["许青岚"])]
    assert doc.paragraph(n_of(doc, "费用率会下降吗")).body == "谢谢。请问下半年的费用率会下降吗？"
    assert_sound(doc)


# An investor Q&A platform digest: `投资者提问：` / `董秘回复：` under `互动问答`.
PLATFORM_DIGEST = """\
青岚微电 投资者互动问答汇总
互动问答
投资者提问：公司新建的测试产线什么时候投产？
董秘回复：您好，新产线预计今年四季度试生产，感谢您的关注。
投资者提问：公司是否有回购计划？
董秘回复：您好，如有相关计划公司将及时履行信息披露义务。
"""

# A results-briefing record whose answers name who answers after the mark (`答：<title> <name>：`),
# under a title line naming the record.
ANSWERS_NAMED_AFTER_THE_MARK = """\
青岚微电2025年度业绩说明会问答实录
问：请问公司今年的分红比例会提高吗？
答：公司董事长 许青岚：分红比例预计不低于去年。
问：海外业务今年能否实现盈利？
答：公司财务总监 宋雨：海外业务预计下半年实现单月盈利。
"""

# A meeting app's export (`Name  00:08:20`): the host hands over with `下一位，有请<firm>的<name>。`
HOST_HANDS_OVER = """\
宋雨  00:00:02
大家好，欢迎参加青岚微电三季度业绩交流会，下面请许总介绍经营情况。

许青岚  00:00:30
谢谢。三季度公司收入3.6亿元，同比增长23%。

宋雨  00:08:15
好，接下来有请天衡证券的周宇提问。

周宇  00:08:20
谢谢许总。请问海外认证进展如何？

许青岚  00:08:45
欧盟认证已经拿到。

宋雨  00:10:02
下一位，有请北辰资本的顾言。

顾言  00:10:08
谢谢。想问一下集采对毛利率的影响？

许青岚  00:10:30
影响在1个百分点以内。
"""


def test_platform_digest_of_investor_questions() -> None:
    """`投资者提问：` / `董秘回复：` under `互动问答`: anonymous pairs."""
    doc = parse(PLATFORM_DIGEST)
    assert [q.question for q in doc.qa] == [ns_of(doc, "测试产线什么时候投产"), ns_of(doc, "是否有回购计划")]
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


def test_answers_naming_who_answers_after_the_mark() -> None:
    """`答：公司董事长 许青岚：…`: the answer is 许青岚's, speech after the second colon."""
    doc = parse(ANSWERS_NAMED_AFTER_THE_MARK)
    assert summary(doc) == [(None, None, ["许青岚"]), (None, None, ["宋雨"])]
    assert doc.paragraph(n_of(doc, "分红比例预计")).body == "分红比例预计不低于去年。"
    assert doc.paragraph(n_of(doc, "问答实录")).role == "heading"
    assert_sound(doc)


def test_host_hands_over_to_the_next_asker() -> None:
    """`下一位，有请北辰资本的顾言。` introduces an analyst (not management the call is handed to)."""
    doc = parse(HOST_HANDS_OVER)
    assert summary(doc) == [("周宇", "天衡证券", ["许青岚"]), ("顾言", "北辰资本", ["许青岚"])]
    assert doc.speakers_by_id["顾言"].side == "analyst"
    assert_sound(doc)


# A Chinese call from a PDF text layer: lines broken inside sentences and between a figure and its
# scale ("23.4" / "亿元").
ZH_HARD_WRAPPED = """\
青岚微电 2025 年第二季度业绩电话会议
许青岚：
各位投资者晚上好，欢迎参加青岚微电第二季度业绩电话会。本季度公司实现
营业收入 8.65 亿元，同比增长 14%，其中车规芯片收入达到 2.34
亿元，同比增长 31%。
宋雨：
本季度毛利率为 42.3%，较去年同期提升 1.5 个百分点。经营利润 1.21 亿
元，经营利润率为 14%。
主持人：
下面进入问答环节。请天衡证券的周宇提问。
周宇：
谢谢。请问车规芯片收入增长的主要驱动力是什么？下半年能否维持 30% 以上
的增速？
许青岚：
主要来自新能源车客户放量。我们预计下半年增速仍能保持在 30% 左右。
"""


def test_minutes_of_a_hard_wrapped_chinese_call_keep_sentences_and_scales_whole() -> None:
    """Lines joined inside sentences: minutes quote whole sentences, "2.34 亿元" never "2.34"."""
    from finbrief import summarize
    from tests.summarize.test_extractive import statements_of

    doc = parse(ZH_HARD_WRAPPED)
    assert doc.paragraph(n_of(doc, "车规芯片收入达到")).text.endswith("同比增长 31%。")
    assert summary(doc) == [("周宇", "天衡证券", ["许青岚"])]
    statements = statements_of(summarize.minutes(doc))
    assert statements
    for st in statements:
        assert st.text.rstrip().endswith(("。", "？", "！", ".", "?", "!")), st.text
        assert "\n" not in st.text
        for figure in ("2.34", "1.21"):
            assert figure not in st.text or f"{figure}亿元" in st.text.replace(" ", ""), st.text
