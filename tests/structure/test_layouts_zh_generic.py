"""Chinese records whose labels come in shapes read by general rules rather than one layout each: a
mark, a separator and who (dots, bars, dashes, brackets, a picture before it), 姓名/职务 slash labels,
answerer fields naming several people, reporters named by their outlet, follow-ups marked 追问, the
asker after a dash closing the question, bold names followed by a dash, tab-separated exports, and a
numbered speaker named because every other one already is; each on a short fictional call."""

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


# Markdown minutes: each question under a heading "提问 N · firm · name", answers in block quotes.
HEADINGS = """\
# 青岬储能 2026 年半年度交流会纪要

## 一、管理层介绍

### 总经理 戚明远

上半年公司储能系统出货4.2GWh，同比增长36%；营业收入27.5亿元。

## 二、问答

#### 提问 1 · 申港证券 · 柯一航

储能电芯价格下半年怎么看？

> **总经理 戚明远**：下半年电芯价格预计基本稳定，我们已锁定七成采购量。

#### 提问 2 · 西部证券 · 蒲雨晴

海外订单占比是多少？

> **财务总监 骆晓岚**：上半年海外订单占比约42%，主要来自中东和澳洲。
>
> **总经理 戚明远**：下半年海外占比还会提高。
"""


def test_mark_dot_firm_name_headings() -> None:
    doc = parse(HEADINGS, "minutes.md")
    assert_sound(doc)
    assert summary(doc) == [
        ("柯一航", "申港证券", ["戚明远"]),
        ("蒲雨晴", "西部证券", ["骆晓岚", "戚明远"]),
    ]


# Chat-app minutes: a picture, then the mark and who behind a bar.
PICTURES = """\
【纪要】岭泉食品2026年三季度交流会

🗣️ 发言｜董事长 梅照远
前三季度公司营业收入18.6亿元，同比增长12%。

📌 问答环节

🙋 提问｜东兴证券 庞可
冻品渠道库存现在多少？

💡 回复｜董事长 梅照远
大约一个半月，比去年同期低。

🙋 提问｜华鑫证券 殷若
原料成本明年怎么看？

💡 回复｜财务总监 尤嘉
明年猪肉和面粉成本预计都将低于今年。
"""


def test_picture_before_mark_bar_person() -> None:
    doc = parse(PICTURES)
    assert_sound(doc)
    assert summary(doc) == [("庞可", "东兴证券", ["梅照远"]), ("殷若", "华鑫证券", ["尤嘉"])]


# A record that writes every label as name/title or name/firm, the slash unspaced.
SLASHES = """\
澄江银行2026年三季度业绩说明会纪要

单洪/行长：前三季度本行营业收入38.1亿元，同比增长3.2%。
主持人：下面进入问答环节。
鞠宁/天风证券：请问四季度息差会怎么走？
单洪/行长：四季度息差预计环比基本持平。
鞠宁/天风证券：零售贷款的需求怎么样？
米雪/首席风险官：零售贷款需求仍偏弱，但不良生成率有所下降。
"""


def test_unspaced_slash_name_and_title_or_firm() -> None:
    doc = parse(SLASHES)
    assert_sound(doc)
    assert summary(doc) == [("鞠宁", "天风证券", ["单洪"]), ("鞠宁", "天风证券", ["米雪"])]


# A form's fields: who asks, the question, who answers (two people at once), the answer.
FIELDS = """\
崇禾電子 2026年第三季法人說明會 問答紀錄

提問人：群益投顧 邢子瑜
問題：明年資本支出多少？
回應人：財務長 卓文彬、總經理 官雅筑
回應：明年資本支出約新台幣30億元，以擴充車用產線為主。

提問人：兆豐投顧 穆書瑋
問題：第四季毛利率展望？
回應人：財務長 卓文彬
回應：第四季毛利率預估與第三季相當。
"""


def test_answerer_field_naming_two_people() -> None:
    doc = parse(FIELDS)
    assert_sound(doc)
    assert summary(doc) == [
        ("邢子瑜", "群益投顧", ["卓文彬", "官雅筑"]),
        ("穆書瑋", "兆豐投顧", ["卓文彬"]),
    ]


# A results press conference: reporters named only by their outlet, with or without title marks.
PRESS = """\
星港酒店集團 2026年中期業績記者會 問答摘錄

主席黎振邦開場：集團上半年收益為港幣52.4億元，按年增長9%。

《經濟日報》記者：入住率恢復到甚麼水平？
行政總裁龐凱琳：上半年平均入住率為86%，高於去年同期。

商業電台記者：會否增加派息？
財務總監易國樑：中期股息維持每股港幣0.3元。
"""


def test_reporters_named_by_outlet() -> None:
    doc = parse(PRESS)
    assert_sound(doc)
    assert summary(doc) == [(None, "經濟日報", ["龐凱琳"]), (None, "商業電台", ["易國樑"])]
    opening = next(p for p in doc.paragraphs if "52.4" in p.text)
    assert opening.speaker is not None and doc.speakers_by_id[opening.speaker].name == "黎振邦"


# Numbered askers "1）", a follow-up marked 追问 (the same asker), replies signed in brackets after
# them, and an asker named after a dash closing the question.
FOLLOW_UP = """\
岱山材料 2026年半年度业绩说明会问答整理

二、问答环节
1）国元证券 屈峰：请问新材料业务的毛利率能否维持？
回复：上半年该业务毛利率为28%，预计全年维持。（财务总监 祝宁）
追问：新产线何时投产？
回复：预计明年二季度投产。（董事长 闵涛）
2）中泰证券 鲁彦：海外客户进展如何？
回复：上半年新增三家海外客户。（董事长 闵涛）
"""


def test_numbered_asker_and_follow_up() -> None:
    doc = parse(FOLLOW_UP)
    assert_sound(doc)
    assert summary(doc) == [
        ("屈峰", "国元证券", ["祝宁"]),
        ("屈峰", "国元证券", ["闵涛"]),
        ("鲁彦", "中泰证券", ["闵涛"]),
    ]


DASHED = """\
## 临江水务 2026 年半年度业绩说明会问答精选

**问：上半年污水处理量增长的原因是什么？——长城证券 乔楠**

答：新并购的两座处理厂并表，处理量同比增长11%。（总经理 汤可）

**问：明年资本开支多少？——国金证券 梁溪**

答：明年资本开支约20亿元。（财务总监 华岩）
"""


def test_asker_after_dash_closing_the_question() -> None:
    doc = parse(DASHED, "qa.md")
    assert_sound(doc)
    assert summary(doc) == [("乔楠", "长城证券", ["汤可"]), ("梁溪", "国金证券", ["华岩"])]


BOLD_DASH = """\
# 若水生物 2026 Q3 业绩交流纪要

**龙嘉（首席执行官）**——三季度公司收入9.6亿元，同比增长21%。

## 问答

**詹宁（民生证券）**——请问明年的产能规划？

**龙嘉（首席执行官）**——明年产能将提升一倍。
"""


def test_bold_name_then_dash() -> None:
    doc = parse(BOLD_DASH, "notes.md")
    assert_sound(doc)
    assert summary(doc) == [("詹宁", "民生证券", ["龙嘉"])]


TABS = (
    "时间\t说话人\t内容\n"
    "00:00:03\t主持人\t欢迎参加岳峰电气三季度交流会。下面进入问答环节，请华福证券的祁帆提问。\n"
    "00:00:15\t祁帆\t请问变压器订单的交付周期多长？\n"
    "00:00:30\t费立\t目前交付周期大约九个月，海外订单更长一些。\n"
)


def test_tab_separated_export() -> None:
    doc = parse(TABS)
    assert_sound(doc)
    assert summary(doc) == [("祁帆", "华福证券", ["费立"])]


# A machine transcription numbering its speakers: the host names two company people; one of them is
# given the floor by name, the other is the one numbered speaker left who only answers.
NUMBERED = """\
[00:00:02] 说话人1：欢迎参加栎川软件三季度交流会。出席的有董事长关泽宇先生、财务总监戴梦女士。首先请戴总介绍经营情况。
[00:00:20] 说话人2：谢谢主持人。前三季度公司收入9.1亿元，同比增长18%。
[00:02:10] 说话人1：下面请中银证券的计然提问。
[00:02:15] 说话人3：请问明年的产品规划是什么？
[00:02:40] 说话人4：明年我们会推出两款行业大模型产品。
[00:03:10] 说话人3：费用率会上升吗？
[00:03:20] 说话人2：销售费用率预计基本持平。
"""


def test_last_numbered_speaker_named_by_elimination() -> None:
    doc = parse(NUMBERED)
    assert_sound(doc)
    assert summary(doc) == [("计然", "中银证券", ["关泽宇"]), ("计然", "中银证券", ["戴梦"])]


def test_two_unnamed_answerers_stay_numbered() -> None:
    """Two numbered speakers left and one name: no one is named by guess."""
    text = NUMBERED.replace("[00:03:20] 说话人2", "[00:03:20] 说话人5")
    doc = parse(text)
    names = {s.name for s in doc.speakers}
    assert "关泽宇" not in names
    assert {"说话人4", "说话人5"} <= names


# Shareholders told apart by 甲/乙, management answering by title with a verb.
ORDINAL_SHAREHOLDERS = """\
鹭岛港务2025年年度股东大会交流记录

出席：董事长 莘子墨；总经理 蒯立

股东甲：集装箱吞吐量今年增长多少？
总经理回答：目标增长7%左右。
股东乙：分红会提高吗？
董事长回答：分红比例将保持在四成以上。
"""


def test_shareholders_by_ordinal() -> None:
    doc = parse(ORDINAL_SHAREHOLDERS)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["蒯立"]), (None, None, ["莘子墨"])]


# Numbered speakers named from hand-overs worded otherwise than 请…提问.
HANDOVERS = """\
讲者1 00:00:01
各位好，今天出席的有总经理郗明先生、财务总监禚雨女士。先请郗总介绍经营情况。
讲者2 00:00:20
前三季度公司收入20.3亿元，同比增长15%。
讲者1 00:03:00
接下来把提问机会给到东北证券的璩安。
讲者3 00:03:05
请问明年的产能规划？
讲者2 00:03:20
明年产能将增加三成。
讲者1 00:04:00
下一个问题来自财通证券的隗然。
讲者4 00:04:05
请问费用率会下降吗？
讲者5 00:04:20
销售费用率预计下降约1个百分点。
"""


def test_hand_overs_in_other_words() -> None:
    doc = parse(HANDOVERS)
    assert_sound(doc)
    assert summary(doc) == [("璩安", "东北证券", ["郗明"]), ("隗然", "财通证券", ["禚雨"])]


# Who asks or answers in brackets after a numbered mark, the parts apart by a dot or a dash.
BRACKET_PARTS = """\
# 岩川锂业 2026 年三季度交流纪要

**Q1（国海证券·眭宁）：** 明年的出货目标是多少？

**A1（董事长·厍方）：** 明年出货目标在30GWh以上。

Q2 (Nomura – Amy Tse): What about overseas plants?

A2 (CFO 殳岚): The Hungary plant starts next year.
"""


def test_bracketed_parts_apart_by_dot_or_dash() -> None:
    doc = parse(BRACKET_PARTS, "notes.md")
    assert_sound(doc)
    assert summary(doc) == [("眭宁", "国海证券", ["厍方"]), ("Amy Tse", "Nomura", ["殳岚"])]


# A record listing who came (firm and name) in a field; askers labelled by name alone, the company's
# people by surname and title.
VISITORS = """\
沐阳医药 2026年三季度调研纪要

参会人员
公司：董事长 谯振东；财务总监 宓敏
机构：国联证券 庾宇；中银证券 郦彤

谯董：欢迎大家。前三季度公司收入18.2亿元，同比增长14%。
庾宇：请问集采续约的影响？
谯董：续约品种降价幅度在10%以内，整体影响可控。
郦彤：研发费用明年怎么安排？
宓总：明年研发投入预计增长20%。
"""


def test_askers_take_their_firm_from_a_visitor_field() -> None:
    doc = parse(VISITORS)
    assert_sound(doc)
    assert summary(doc) == [("庾宇", "国联证券", ["谯振东"]), ("郦彤", "中银证券", ["宓敏"])]


# A mark in lenticular brackets, then who, on a line of its own; and "Name | Firm | Title" lines.
MARKED_LINES = """\
【提问】国金证券 阙明
差别化纤维的价差今年扩大了多少？
【回复】董事长 芮嘉树
价差同比扩大约800元/吨。
"""

PIPED_LINES = """\
宓文卿 | 澜沧旅游 | 董事长
上半年公司接待游客1120万人次，同比增长18%。

庾航 | 华创证券 | 分析师
请问暑期客流的预订情况如何？

宓文卿 | 澜沧旅游 | 董事长
暑期预订量同比增长约25%。
"""


def test_bracketed_mark_then_who() -> None:
    doc = parse(MARKED_LINES)
    assert_sound(doc)
    assert summary(doc) == [("阙明", "国金证券", ["芮嘉树"])]


def test_name_firm_title_cells() -> None:
    doc = parse(PIPED_LINES)
    assert_sound(doc)
    assert summary(doc) == [("庾航", "华创证券", ["宓文卿"])]


# Bare names as labels, one of them with a surname the name lists lack: the document's own pattern
# (names opening lines before a colon, each more than once) makes it a name too.
BARE_NAMES = """\
芷江饮料 2026年三季度业绩交流会文字稿

邴卓然：各位好，前三季度公司营业收入24.1亿元，同比增长16%。
甄漫：三季度毛利率为47.5%，同比提升2.2个百分点。
官启明：谢谢。请问四季度的渠道备货节奏怎么安排？
邴卓然：四季度我们会控制发货节奏，渠道库存保持在一个月以内。
官启明：明年的价格会调整吗？
甄漫：明年暂时没有提价计划。
"""


def test_bare_name_with_an_unlisted_surname() -> None:
    doc = parse(BARE_NAMES)
    assert_sound(doc)
    assert summary(doc) == [("官启明", None, ["邴卓然"]), ("官启明", None, ["甄漫"])]


def test_topic_words_are_not_induced_as_names() -> None:
    """Minutes whose lines open with topic words twice each, and no names: no speaker is made up."""
    text = "芷江饮料交流纪要\n\n收入：前三季度收入24.1亿元。\n毛利：毛利率47.5%。\n收入：四季度预计增长。\n毛利：明年稳定。\n"
    doc = parse(text)
    assert {s.name for s in doc.speakers} & {"收入", "毛利"} == set()
