"""Chinese minutes and records whose labels name people in ways a label reader can mistake: a firm run
into an analyst's name, topic headings inside one speaker's remarks, an office under another of its
names, the answerer named inside the answer, a form's staff field, an English given name, and a
bilingual memo whose IR manager answers alone; each on a short fictional call in that layout."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of, ns_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    sid = doc.paragraph(n_of(doc, snippet)).speaker
    return doc.speakers_by_id[sid].name if sid in doc.speakers_by_id else sid


# A results briefing written up with bare names: the askers' labels run the broker's name into theirs.
FIRM_JOINED = """\
澄川精密2026年半年度业绩说明会

主持人：各位投资者好，欢迎参加澄川精密2026年半年度业绩说明会。下面请董事长介绍公司经营情况。

乔明远：谢谢主持人。上半年公司实现营业收入12.4亿元，同比增长16%。

姚思齐：我补充一下财务数据。上半年毛利率31.2%。

主持人：下面进入问答环节。

北辰证券顾言：请问减速器订单的能见度？

乔明远：目前订单能见度到明年一季度。

南湖基金的沈一鸣：费用率下降的原因？

姚思齐：主要是规模效应，销售费用率下降了0.8个百分点。
"""


def test_a_firm_run_into_a_name_is_an_analyst_of_that_firm() -> None:
    """`北辰证券顾言：` and `南湖基金的沈一鸣：` ask: each a pair with the broker as firm, not more of the
    host's or the last executive's words."""
    doc = parse(FIRM_JOINED)
    assert summary(doc) == [("顾言", "北辰证券", ["乔明远"]), ("沈一鸣", "南湖基金", ["姚思齐"])]
    assert speaker_of(doc, "请问减速器订单") == "顾言"
    assert_sound(doc)


# Minutes whose speakers' remarks run over many lines under one label, each line opening with its topic.
TOPIC_LINES = """\
澄川精密2026年第三季度业绩电话会议纪要

董事长乔明远：

各位投资者好。下面我介绍一下前三季度的经营情况。

减速器业务：前三季度收入同比增长35%，出货量创新高。

展望：第四季度我们预计收入环比增长10%左右。

财务总监姚思齐：

毛利率：前三季度综合毛利率31.4%，同比提升1.2个百分点。

费用：期间费用率12.1%，同比下降0.6个百分点。

关税：对出口业务影响有限，公司已调整定价。

问答环节

问：减速器业务的毛利率？
乔明远：减速器毛利率约35%，比去年略有提升。
"""


def test_topic_headings_inside_remarks_are_no_speakers() -> None:
    """`毛利率：…` (a metric), `费用：期间费用率…` (the word said again at once) and `关税：…` (a topic
    word) are lines of 姚思齐's remarks, though 毛, 费 and 关 are surnames."""
    doc = parse(TOPIC_LINES)
    assert speaker_of(doc, "毛利率：前三季度") == "姚思齐"
    assert speaker_of(doc, "费用：期间费用率") == "姚思齐"
    assert speaker_of(doc, "关税：对出口业务") == "姚思齐"
    assert {s.name for s in doc.speakers} == {"乔明远", "姚思齐"}
    assert summary(doc) == [(None, None, ["乔明远"])]
    assert_sound(doc)


# Minutes listing the people up front by their Chinese titles, the answers labelled by English office.
OFFICE_NAMES = """\
澄川精密2026年第三季度业绩说明会纪要

参会人员：董事长 乔明远；财务总监 姚思齐；董事会秘书 柯安

二、问答环节

问：请问海外订单的交付节奏如何？
董事长：海外订单目前交付顺利，第四季度会有一批大单确认收入。

问：毛利率提升的主要原因是什么？
CFO：主要是产品结构优化和原材料价格回落。

问：分红政策有变化吗？
董秘：公司将保持稳定的分红比例，具体方案以董事会审议为准。
"""


def test_an_office_under_another_name_is_the_listed_holder() -> None:
    """`CFO：` is the 财务总监 the list names (and `董秘：` the 董事会秘书)."""
    doc = parse(OFFICE_NAMES)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["姚思齐"]), (None, None, ["柯安"])]


# Records that name the answerer inside the answer: a title run into the name in brackets, or a report
# of who answered with a verb of saying.
NAMED_INSIDE = """\
澄川精密业绩交流会纪要

二、问答环节
问：新产能什么时候投产？
答：（董秘柯安）新产能预计明年二季度投产。

投资者提问：海外子公司的盈利情况？
公司回复：财务总监姚思齐表示，海外子公司上半年实现扭亏。

投资者提问：四季度的订单情况？
公司回复：董事长乔明远回复称，四季度订单饱满，排产已到明年一月。
"""


def test_the_answerer_named_inside_the_answer_answers() -> None:
    doc = parse(NAMED_INSIDE)
    assert summary(doc) == [(None, None, ["柯安"]), (None, None, ["姚思齐"]), (None, None, ["乔明远"])]
    assert doc.qa[1].question == ns_of(doc, "海外子公司的盈利")


# An exchange's activity record as a PDF's table gives it: the form's field labels broken over lines,
# the reception field a title and a name, numbered questions (one a request) each with 答：.
RECORD_FORM = """\
证券代码：600000 证券简称：澄川精密
澄川精密股份有限公司
投资者关系活动记录表（2026 年半年度业绩说明会）
编号：2026-007
参与单位名称及
人员姓名
线上参与公司 2026年半年度业绩说明会的投资者
时间 2026 年 9 月 12 日
上市公司接待人
员姓名
总经理：姚思齐先生
投资者关系活动
主要内容介绍
网络互动
1.海外渠道的建设情况请简要说明，谢谢！
答：公司已在东南亚设立两个服务中心，覆盖主要客户，海外销售团队也在持续扩充，欢迎关注。
2.上半年研发费用增长较快的原因是什么？
答：主要是新一代减速器项目投入加大。
"""


def test_a_record_form_staff_field_is_no_turn_and_its_questions_pair() -> None:
    """`总经理：姚思齐先生` lists who received the investors (no one speaks there); the numbered request
    `1.…请简要说明，谢谢！` is the first question under the form's content field and `网络互动`."""
    doc = parse(RECORD_FORM)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.qa[0].question == ns_of(doc, "海外渠道的建设")
    assert doc.paragraph(n_of(doc, "总经理：姚思齐")).speaker is None


# A Chinese call where the IR manager goes by an English given name.
GIVEN_NAME = """\
澄川精密2026年第三季度业绩电话会议

Operator：欢迎参加澄川精密2026年第三季度业绩电话会议。现在请公司管理层发言。

Vivian：谢谢。大家好，我是投资者关系负责人Vivian。今天参会的有董事长乔明远和财务总监姚思齐。

乔明远：前三季度公司收入12.6亿元，同比增长18.3%。

Operator：现在开始问答环节。第一位提问的是来自北辰证券的顾言。

顾言：费用率还有下降空间吗？

姚思齐：我们预计明年费用率继续小幅下降。

Vivian：好的，今天的电话会就到这里，谢谢大家。
"""


def test_an_english_given_name_labels_a_turn_and_the_sign_off_closes() -> None:
    """`Vivian：` opens the IR manager's turns (not more of the operator's or the CFO's words); her
    sign-off `今天的电话会就到这里` closes the call rather than answering."""
    doc = parse(GIVEN_NAME)
    assert speaker_of(doc, "我是投资者关系负责人") == "Vivian"
    assert summary(doc) == [("顾言", "北辰证券", ["姚思齐"])]
    assert doc.paragraph(n_of(doc, "就到这里")).section == "closing"


# A bilingual memo of a broker's call with the company's IR manager, each turn headed by a bold
# `Name - Firm, Title` and the time, English then Chinese.
MEMO = """\
# Chengchuan Precision 2026Q3 Call Memo

## Participants
- Vivian Qiao - Chengchuan Precision, IR Manager
- Leo Gu - Beichen Securities, Analyst

## Presentation

**Vivian Qiao - Chengchuan Precision, IR Manager** (00:01:10)
Thank you Leo. In the third quarter revenue grew 18% year over year.
第三季度收入同比增长18%。

## Q&A

**Leo Gu - Beichen Securities, Analyst** (00:05:27)
Starting with reducers, could you share the order backlog?
先从减速器开始，能否分享一下在手订单？

**Vivian Qiao - Chengchuan Precision, IR Manager** (00:06:02)
Our backlog is about 3 billion yuan.
我们的在手订单约30亿元。

**Leo Gu - Beichen Securities, Analyst** (00:07:00)
Understood. What drove the margin improvement?
明白。毛利率改善的原因是什么？

**Vivian Qiao - Chengchuan Precision, IR Manager** (00:07:40)
Mainly product mix.
主要是产品结构。
"""


def test_a_bold_label_with_its_time_after_is_a_turn() -> None:
    """`**Name - Firm, Title** (00:05:27)`: the time after the bold label is no part of who speaks."""
    doc = parse(MEMO, "memo.md")
    assert speaker_of(doc, "Starting with reducers") == "Leo Gu"
    assert speaker_of(doc, "Our backlog is") == "Vivian Qiao"


def test_an_ir_manager_alone_with_the_analyst_answers() -> None:
    """The IR manager is the company's only voice: her short lines answer the analyst, not moderate."""
    doc = parse("\n".join(line.split(" (00:")[0] for line in MEMO.splitlines()), "memo.md")
    assert summary(doc) == [
        ("Leo Gu", "Beichen Securities", ["Vivian Qiao"]),
        ("Leo Gu", "Beichen Securities", ["Vivian Qiao"]),
    ]
