"""Chinese translations and AI transcripts of earnings calls as media print them: the analyst's word,
a Latin name and the broker in brackets; a bold question line over the question; a timestamped speaker
line; a Chinese firm and a Latin name with a space; a titled host. Each on a short fictional call."""

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


# "分析师Name（券商）：" asks, "Name（CEO）：" answers, a host hands over between askers.
ANALYST_WORD_LATIN = """\
岩川云（YCC.US）第二季度业绩电话会实录

管理层发言

Owen Ruiz（CEO）：感谢参加。本季度营收为4.1亿美元，同比增长17%。

Hana Ito（CFO）：本季度毛利率为71%，经营现金流为0.9亿美元。

问答环节

主持人：第一位提问的是来自巴克莱的分析师。

分析师Raimo Lenschow（巴克莱）：谢谢。请问新客户的获取成本有没有下降？

Owen Ruiz（CEO）：获取成本同比下降了约一成，主要来自渠道合作。

分析师Raimo Lenschow（巴克莱）：追问一下，渠道伙伴贡献了多少新签合同？

Hana Ito（CFO）：大约四成的新签合同来自渠道伙伴。

主持人：下一位提问的是来自中金公司的分析师。

分析师李婉（中金公司）：请问下半年的费用率怎么看？

Hana Ito（CFO）：下半年销售费用率会略有下降。

Owen Ruiz（CEO）：研发投入会保持在营收的两成左右。
"""


def test_analyst_word_then_latin_name_and_firm() -> None:
    """``分析师Raimo Lenschow（巴克莱）：`` is an analyst of that firm; a follow-up is its own pair."""
    doc = parse(ANALYST_WORD_LATIN)
    assert_sound(doc)
    assert summary(doc) == [
        ("Raimo Lenschow", "巴克莱", ["Owen Ruiz"]),
        ("Raimo Lenschow", "巴克莱", ["Hana Ito"]),
        ("李婉", "中金公司", ["Hana Ito", "Owen Ruiz"]),
    ]


# Minutes with a bold "**Q：<firm>分析师 Name**" line and a bold "**A：<title> <name>**" line, each over
# its paragraph.
BOLD_LINES = """\
# 松禾环境2026年中期业绩交流会纪要

**公司出席：** 董事长 江北辰；首席财务官 乔安

## 问答

**Q：瑞银分析师 Ivy Zhou**

请问下半年的订单能见度如何？

**A：董事长 江北辰**

在手订单已经覆盖到明年一季度。

**A：首席财务官 乔安**

补充一下，订单的毛利率略高于上半年。

**Q：国泰君安分析师 邵岩**

请问应收账款为什么增加？

**A：首席财务官 乔安**

主要是大客户的结算周期在年底，四季度会回落。
"""


def test_bold_question_line_over_its_paragraph() -> None:
    """The bold mark line names who asks or answers; the paragraph under it is the speech."""
    doc = parse(BOLD_LINES, "minutes.md")
    assert_sound(doc)
    assert summary(doc) == [("Ivy Zhou", "瑞银", ["江北辰", "乔安"]), ("邵岩", "国泰君安", ["乔安"])]
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert by_n[doc.qa[0].question[0]].startswith("请问下半年")


def test_question_mark_then_firm_analyst_name_inline() -> None:
    """``问：高盛分析师 Ivy Zhou：…`` on one line: who asks sits between the mark and the colon."""
    text = (
        "问答环节\n\n问：瑞银分析师 Ivy Zhou：请问下半年的订单能见度如何？\n\n"
        "答：董事长 江北辰：在手订单已经覆盖到明年一季度。\n\n"
        "问：国泰君安分析师 邵岩：请问应收账款为什么增加？\n\n答：首席财务官 乔安：年底会回落。\n"
    )
    doc = parse(text)
    assert_sound(doc)
    assert summary(doc) == [("Ivy Zhou", "瑞银", ["江北辰"]), ("邵岩", "国泰君安", ["乔安"])]


# An AI transcript of a Taiwan briefing: a timestamp and the speaker on one line, the speech below;
# the spokesperson (發言人) answers.
STAMPED = """\
晶碩光電 法說會 AI 逐字稿

00:00:05 主持人
各位午安，歡迎參加本次法說會。

00:01:10 發言人 高文彬
第二季營收季增 9%，毛利率 28%。

00:04:00 主持人
開放提問，第一位是美銀的 Brad Lin。

00:04:10 Brad Lin（美銀）
請問第三季的出貨展望？

00:04:45 發言人 高文彬
第三季出貨會季增一成。

00:05:30 財務長 方靜怡
毛利率預期持平。
"""


def test_timestamped_spokesperson_line() -> None:
    """``00:01:10 發言人 高文彬`` is the spokesperson speaking (the stamp makes the line a label)."""
    doc = parse(STAMPED)
    assert_sound(doc)
    assert summary(doc) == [("Brad Lin", "美銀", ["高文彬", "方靜怡"])]


def test_spokesperson_line_without_stamp_stays_a_list_entry() -> None:
    """``发言人 高文彬`` alone on a line with no stamp, colon or bold stays unread as a label."""
    from finbrief.lexicon.transcript import vocab
    from finbrief.structure.labels import parse_label

    assert parse_label("发言人 高文彬", "发言人 高文彬", vocab(), frozenset()) is None
    stamped = parse_label("00:01:10 发言人 高文彬", "00:01:10 发言人 高文彬", vocab(), frozenset())
    assert stamped is not None and stamped.who == "高文彬"


# A Chinese firm, a space, a Latin name: alone on a line over the question, or before a colon; the
# call's host is titled "电话会议主持人".
FIRM_LATIN = """\
凌渡出行第三季度财报电话会议纪要

电话会议主持人：现在开始问答环节。

瑞银 Sunny Lin

请问国际业务什么时候盈利？

CEO 周屹

预计明年上半年盈亏平衡。

摩根士丹利 Erik Woodring：谢谢。请问回购计划的规模？

CFO 韩素：董事会批准了三亿美元的回购。

摩根士丹利 Erik Woodring：好的，那么补贴策略会调整吗？

CEO 周屹：四季度补贴保持理性。

电话会议主持人：本次电话会议到此结束。
"""


def test_chinese_firm_then_latin_name() -> None:
    """``瑞银 Sunny Lin`` and ``摩根士丹利 Erik Woodring：`` are analysts of those firms; a follow-up
    that opens with thanks is still its own question; the titled host is in no pair."""
    doc = parse(FIRM_LATIN)
    assert_sound(doc)
    assert summary(doc) == [
        ("Sunny Lin", "瑞银", ["周屹"]),
        ("Erik Woodring", "摩根士丹利", ["韩素"]),
        ("Erik Woodring", "摩根士丹利", ["周屹"]),
    ]


# A briefing's text record with each speaker in bold lenticular brackets on a line of their own.
BOLD_LENTICULAR = """\
# 川禾医药 业绩说明会 文字实录

**【主持人】**

下面进入问答环节，请兴业证券的代敏提问。

**【兴业证券 代敏】**

请问新产品的放量节奏？

**【总经理 严可】**

三季度起逐月放量。

**【财务总监 季白】**

全年销售费用率保持稳定。
"""


def test_bold_lenticular_labels() -> None:
    """``**【兴业证券 代敏】**`` is an analyst of that firm (代 is a surname), ``**【主持人】**`` the host."""
    doc = parse(BOLD_LENTICULAR, "record.md")
    assert_sound(doc)
    assert summary(doc) == [("代敏", "兴业证券", ["严可", "季白"])]


# Call notes written in the third person: each paragraph reports what investors asked, then what the
# company replied; topic paragraphs ("关于资本开支，公司表示…") carry no question.
THIRD_PERSON = """\
【调研纪要】岭川化工2026年三季报交流

参会人员：董事长 石峻、财务总监 温乔

一、交流环节

投资者问及主要产品的价格走势。公司表示，三季度产品价格环比企稳，四季度预计小幅回升。

有分析师关注新项目的投产时间。公司回应称，二期项目预计明年一季度投产，届时产能提升三成。

关于分红，公司表示将维持稳定的分红比例。
"""


def test_third_person_notes_split_question_and_reply() -> None:
    """``投资者问及…。公司表示，…`` is an anonymous question and the company's reply, each its own
    paragraph; a topic paragraph with no reported question opens no pair."""
    doc = parse(THIRD_PERSON)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert [by_n[q.question[0]] for q in doc.qa] == ["投资者问及主要产品的价格走势。", "有分析师关注新项目的投产时间。"]
    assert by_n[doc.qa[0].answers[0].paragraphs[0]].startswith("公司表示，三季度")


def test_news_sentence_about_investors_is_not_cut_without_a_reply() -> None:
    """A paragraph opening ``投资者关注…`` with no company reply after it stays one paragraph."""
    from finbrief.ingest.inline import split_inline_labels

    text = "投资者关注公司四季度的订单情况。分析师认为，订单有望环比增长。"
    assert split_inline_labels([text]) == [text]
    both = "投资者问及订单情况。公司表示，订单充足。"
    assert split_inline_labels([both]) == ["投资者问及订单情况。", "公司表示，订单充足。"]


def test_broker_names_of_translated_us_calls() -> None:
    """Brokers as Chinese translations of US calls write them (杰弗瑞, 奥本海默) before a Latin name,
    and a Traditional-script ``瑞銀分析師 Sunny Lin``, are analysts of those firms."""
    text = """\
问答环节

杰弗瑞 Brent Thill：谢谢。请问续约率的变化？

Owen Ruiz（CEO）：续约率保持稳定。

瑞銀分析師 Sunny Lin：謝謝。請問毛利率的展望？

Hana Ito（CFO）：毛利率預計持平。

奥本海默 Tim Horan：请问资本开支的计划？

Hana Ito（CFO）：明年资本开支略有增加。
"""
    doc = parse(text)
    assert_sound(doc)
    assert summary(doc) == [
        ("Brent Thill", "杰弗瑞", ["Owen Ruiz"]),
        ("Sunny Lin", "瑞銀", ["Hana Ito"]),
        ("Tim Horan", "奥本海默", ["Hana Ito"]),
    ]


def test_transliterated_name_with_its_original() -> None:
    """``首席执行官欧文·鲁伊斯（Owen Ruiz）：`` is 欧文·鲁伊斯, known by the English name too, and answers
    under the short label later."""
    text = """\
管理层发言

首席执行官欧文·鲁伊斯（Owen Ruiz）：感谢各位参加，本季度营收增长17%。

问答环节

杰弗瑞分析师Brent Thill：谢谢。请问续约率的变化？

欧文·鲁伊斯：续约率保持稳定。

奥本海默分析师Tim Horan：请问资本开支的计划？

欧文·鲁伊斯：明年资本开支略有增加。
"""
    doc = parse(text)
    assert_sound(doc)
    assert summary(doc) == [("Brent Thill", "杰弗瑞", ["欧文·鲁伊斯"]), ("Tim Horan", "奥本海默", ["欧文·鲁伊斯"])]
    ceo = next(s for s in doc.speakers if s.name == "欧文·鲁伊斯")
    assert "Owen Ruiz" in ceo.names()
