"""Chinese records in more layouts: a results briefing's follow-up announcement, a broker's notes under
a title, a shareholders' meeting with short-form names, a Hong Kong briefing labelled by role with
numbered askers, subtitles without end punctuation, numbered topics, a firm after the question mark and
captions with two voices, each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
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


def questions(doc: Document) -> list[str]:
    """The first paragraph of every pair's question."""
    by_n = {p.n: p.text for p in doc.paragraphs}
    return [by_n[q.question[0]] for q in doc.qa]


# An exchange announcement after an online results briefing: boilerplate, who attended, then the
# questions and replies under a numbered heading.
ANNOUNCEMENT = """\
证券代码：688901          证券简称：岚舟科技          公告编号：2026-052

岚舟科技股份有限公司
关于2026年半年度业绩说明会召开情况的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。

一、本次说明会召开情况

2026年9月3日，公司董事长顾远帆先生、财务总监叶青女士出席了本次业绩说明会，与投资者进行了网络文字互动。

二、投资者提出的主要问题及公司回复情况

问题1：公司下半年的产能扩张计划是什么？

回复：您好！公司二期产线预计四季度投产，届时总产能将提升约30%。感谢关注！

问题2：海外客户的拓展进展如何？

回复：您好！公司已进入两家欧洲客户的供应商名录，预计明年开始批量供货。谢谢！

特此公告。
"""


def test_announcement_questions_and_replies() -> None:
    """A briefing's follow-up announcement is read as the call's Q&A: two anonymous pairs."""
    doc = parse(ANNOUNCEMENT)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert [t[:8] for t in questions(doc)] == ["问题1：公司下半", "问题2：海外客户"]


# A broker's notes: the title names the meeting, who attended comes next, the questions are numbered
# in Chinese numerals and the company's replies are marked.
BROKER_NOTES = """\
【某证券电子】汀岳微电子（688777）2026年三季报交流纪要

交流时间：2026年10月29日
公司参会：董事长 宁川；财务总监 柏言

一、经营概况
前三季度公司实现营业收入6.2亿元，同比增长22%。

二、投资者提问

问题一：四季度的订单能见度如何？
公司回复：目前在手订单已覆盖到明年一月，四季度收入有望环比增长。

问题二：毛利率提升的原因？
公司回复：主要是高端产品占比提升，以及晶圆采购成本下降。
"""


def test_broker_notes_under_a_title() -> None:
    """``问题一`` / ``公司回复`` pairs under a notes title at the top of the document are the Q&A."""
    doc = parse(BROKER_NOTES)
    assert_sound(doc)
    assert len(doc.qa) == 2
    assert questions(doc)[1].startswith("问题二：毛利率")


# A shareholders' meeting's notes: shareholders numbered, management called by surname and a short
# title ("何总", "蒋董", "曹秘书").
SHAREHOLDERS = """\
雁回食品2025年年度股东大会交流纪要

公司出席：董事长 蒋川；总经理 何渡；董事会秘书 曹澜

股东大会结束后，管理层与参会股东进行了交流：

股东一：今年的收入目标能否完成？
何总：我们对完成全年目标有信心，二季度会加大新品投放。

股东二：分红比例会不会提高？
蒋董：分红比例会保持稳中有升。
曹秘书：具体方案会在年报披露时公告。
"""


def test_shareholders_numbered_in_digits() -> None:
    """``股东1：`` asks anonymously as ``股东一：`` does."""
    doc = parse(SHAREHOLDERS.replace("股东一", "股东1").replace("股东二", "股东2"))
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["何渡"]), (None, None, ["蒋川", "曹澜"])]


def test_shareholders_and_short_forms() -> None:
    """``股东一`` asks anonymously; ``何总``, ``蒋董`` and ``曹秘书`` are the people the field lists."""
    doc = parse(SHAREHOLDERS)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["何渡"]), (None, None, ["蒋川", "曹澜"])]


# A Hong Kong results briefing's record: the attendees listed under a header with courtesy words,
# questioners numbered with their firm in brackets, answers labelled by role alone.
HK_ROLES = """\
朗峰集團有限公司 2026年中期業績發佈會 問答環節文字紀錄

出席者：
主席 司徒朗先生
首席財務官 葉慧琳女士

主持人：現在進入答問環節。

提問者一（高盛）：請問下半年毛利率的展望？

首席財務官：我們預期下半年毛利率大致維持在上半年水平。

提問者二（美銀）：集團會否考慮回購股份？

主席：董事會會按市況考慮，暫時沒有具體計劃。
"""


def test_hk_numbered_askers_and_role_labels() -> None:
    """``提問者一（高盛）`` asks for 高盛; ``首席財務官`` is the attendee listed with that title."""
    doc = parse(HK_ROLES)
    assert_sound(doc)
    assert summary(doc) == [(None, "高盛", ["葉慧琳"]), (None, "美銀", ["司徒朗"])]


def _captions(lines: list[str]) -> str:
    return "\n".join(
        f"{k}\n00:{k // 60:02d}:{k % 60:02d},000 --> 00:{k // 60:02d}:{k % 60:02d},900\n{line}\n"
        for k, line in enumerate(lines, 1)
    )


# A results video's Chinese subtitles: short captions with no end punctuation, the host naming each
# asker and handing over to management.
SUBTITLES = [
    "各位投资者好，欢迎收看霁川医疗半年度业绩说明会",
    "下面进入提问环节",
    "首先请中岳证券的林夏提问",
    "请问公司上半年海外收入的增长情况",
    "以及下半年的展望",
    "这个问题请财务总监回答",
    "好的，上半年海外收入增长了两成左右",
    "下半年预计保持这个增速",
    "好，谢谢。下一位请东岭证券的苏禾提问",
    "请问公司研发费用率的目标是多少",
    "请董事长回答",
    "研发费用率我们会保持在百分之十左右",
]


def test_unpunctuated_subtitles_hand_the_floor_over() -> None:
    """Captions without end punctuation still part where the host hands the floor over: two askers
    from the host's introductions, each question apart from the answer."""
    doc = run(ingest(_captions(SUBTITLES).encode("utf-8"), "briefing.srt"))
    assert [(a, f) for a, f, _ in summary(doc)] == [("林夏", "中岳证券"), ("苏禾", "东岭证券")]
    first = questions(doc)[0]
    assert first.startswith("请问公司上半年海外收入") and "两成" not in first


# An investor-relations activity record exported from a PDF: the form's captions in the left column
# run into the lines of the right one, one of them onto an answer's first line.
PDF_FORM = """\
证券代码：300777                              证券简称：岭川股份
岭川股份有限公司投资者关系活动记录表
投资者关系活动       ☑分析师会议
上市公司接待         董事长 程岭；董事会秘书 白川
人员姓名
                     二、问答环节
                     1、公司储能业务的订单情况？
投资者关系活动       答：储能业务在手订单约12亿元，预计明年上半年
主要内容介绍         交付完毕。
                     2、海外产能的规划？
                     答：东南亚工厂预计明年三季度投产。
附件清单（如有）     无
"""


def test_pdf_form_caption_before_an_answer() -> None:
    """``投资者关系活动       答：…``: the answer mark after the caption's column gap opens the answer, so
    both numbered questions are paired."""
    doc = parse(PDF_FORM)
    assert_sound(doc)
    assert len(doc.qa) == 2
    assert "储能业务的订单" in questions(doc)[0]


# A results briefing's follow-up announcement that lists each question as a numbered topic with the
# company's answer under it.
TOPICS = """\
岚江水务股份有限公司关于2025年度业绩说明会召开情况的公告

公司董事长钟岳先生、财务总监石蕾女士出席了本次说明会。

投资者提出的主要问题及公司的回复情况

一、污水处理提标改造项目的进展

答：提标改造项目已完成八成，预计年底前全部投运。

二、水价调整对业绩的影响

答：水价上调后预计增厚全年营业收入约3%。

特此公告。
"""


def test_numbered_topics_before_answers() -> None:
    """``一、…进展`` right above ``答：`` is the question that answer replies to, though it asks nothing."""
    doc = parse(TOPICS)
    assert_sound(doc)
    assert [t[:8] for t in questions(doc)] == ["一、污水处理提标", "二、水价调整对业"]


# A results call's Chinese write-up: the question mark followed by the asking firm and a colon.
FIRM_AFTER_MARK = """\
澜石半导体2026年第三季度电话会

电话会原文：

1.管理层汇报

三季度公司收入环比增长5%，毛利率为22%。

2.问答环节

问：摩根士丹利：请问四季度的产能利用率展望？

答：首席执行官 邝屿：四季度产能利用率预计保持在85%左右。

问：高盛：明年的资本开支会增加吗？

答：首席财务官 季禾：明年资本开支与今年大致持平。
"""


def test_firm_after_question_mark() -> None:
    """``问：高盛：…`` asks for 高盛 (a firm, not a person named 高盛); the named executives answer."""
    doc = parse(FIRM_AFTER_MARK)
    assert_sound(doc)
    assert summary(doc) == [(None, "摩根士丹利", ["邝屿"]), (None, "高盛", ["季禾"])]


VTT_TWO_VOICES = """\
WEBVTT

00:00:01.000 --> 00:00:05.000
<v 主持人>下面进入提问环节，请中岳证券的林夏提问。

00:00:05.500 --> 00:00:09.000
<v 中岳证券 林夏>请问明年的资本开支计划？

00:00:09.500 --> 00:00:15.000
<v 柏川>明年资本开支约5亿元。
<v 苏禾>补充一下，主要投向新产线。
"""


def test_one_caption_with_two_voices() -> None:
    """A WebVTT cue holding two voice spans is two people's lines: both answer the question."""
    doc = run(ingest(VTT_TWO_VOICES.encode("utf-8"), "briefing.vtt"))
    assert [answers for _, _, answers in summary(doc)] == [["柏川", "苏禾"]]


# A Q&A platform's page copied as text: each post is its author, its words and a stamp; the company's
# replies are signed with the short name the page's title gives before the stock code.
PLATFORM_PAGE = """\
上证e互动 > 问答 > 岭澜电气(688512)

guest_x7Pq1
请问公司储能变流器的出货量是多少？
2026-09-01 10:20 来自 网站

岭澜电气
您好，上半年储能变流器出货约2.1GW。感谢关注！
2026-09-03 16:02

小散一枚
公司有海外建厂的计划吗？
2026-09-04 20:15 来自 APP

岭澜电气
您好，公司暂无海外建厂计划，谢谢！
2026-09-06 09:30
"""


def test_platform_page_posts() -> None:
    """Posts signed with the listed company's name answer the posts above them; the stamps are no
    part of either."""
    doc = parse(PLATFORM_PAGE)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert [t[:6] for t in questions(doc)] == ["请问公司储能", "公司有海外建"]
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert all("来自" not in by_n[n] for q in doc.qa for a in q.answers for n in a.paragraphs)


# Subtitles with no end punctuation, where the answer opens by thanking the asker for the question.
THANKED = [
    "各位投资者好，欢迎参加澜石食品业绩交流会",
    "下面开始提问，首先请中岳证券的林夏提问",
    "谢谢管理层，想请问餐饮渠道的增长",
    "主要来自哪些客户",
    "谢谢林夏的问题，主要来自连锁餐饮客户",
    "明年仍然可以保持较快增长",
    "下面请东岭证券的苏禾提问",
    "请问新品推出的节奏是怎样的",
    "四季度我们会推出三款新品",
    "好，今天的交流会就到这里，谢谢大家",
]


def test_an_answer_thanking_the_asker_for_the_question_is_no_part_of_the_question() -> None:
    """"谢谢林夏的问题，…" answers: the question is the analyst's lines alone, the answer is not
    the asker's, and the host's closing line is no answer."""
    doc = run(ingest(_captions(THANKED).encode("utf-8"), "briefing.srt"))
    assert [(a, f) for a, f, _ in summary(doc)] == [("林夏", "中岳证券"), ("苏禾", "东岭证券")]
    first = doc.qa[0]
    assert "谢谢林夏的问题" not in "".join(doc.paragraph(n).text for n in first.question)
    assert any("谢谢林夏的问题" in doc.paragraph(a.paragraphs[0]).text for a in first.answers)
    assert not any("就到这里" in doc.paragraph(n).text for a in doc.qa[1].answers for n in a.paragraphs)
