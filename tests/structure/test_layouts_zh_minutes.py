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


# A results briefing's record where the host hands over and the remarks follow with no label.
FLOOR_GIVEN = """\
澄川精密2026年半年度业绩说明会纪要

主持人：各位投资者下午好，欢迎参加本次业绩说明会。下面有请公司董事长乔明远先生介绍公司经营情况。

上半年公司实现营业收入12.4亿元，同比增长16%。减速器业务收入增长较快。

海外市场收入占比提升至三成。下半年公司将继续扩大产能。

主持人：谢谢乔董。下面有请财务总监姚思齐女士介绍财务情况。

上半年公司毛利率31.2%，同比提升1.5个百分点。经营性现金流净额2.1亿元。

主持人：下面进入互动问答环节。

问：减速器的产能利用率如何？
答：乔明远：目前产能利用率在九成以上。
"""


def test_remarks_after_the_host_gives_the_floor_are_the_named_persons() -> None:
    """The host's turn ends giving 乔明远 (then 姚思齐) the floor: the unlabelled paragraphs after it
    are theirs, in the prepared remarks, not the host's."""
    doc = parse(FLOOR_GIVEN)
    assert speaker_of(doc, "上半年公司实现营业收入") == "乔明远"
    assert speaker_of(doc, "海外市场收入占比") == "乔明远"
    assert speaker_of(doc, "上半年公司毛利率") == "姚思齐"
    assert doc.paragraph(n_of(doc, "上半年公司毛利率")).section == "prepared"
    assert summary(doc) == [(None, None, ["乔明远"])]
    assert_sound(doc)


# Minutes whose numbered headings say who speaks in each part.
SPEECH_HEADINGS = """\
澄川精密2026年半年度业绩说明会纪要

一、董事长乔明远致辞
上半年公司实现营业收入12.4亿元，同比增长16%。减速器业务收入增长较快。
海外市场收入占比提升至三成。下半年公司将继续扩大产能。

二、财务总监姚思齐介绍财务情况
上半年公司毛利率31.2%，同比提升1.5个百分点。经营性现金流净额2.1亿元。

三、问答环节
问：减速器的产能利用率如何？
乔明远：目前产能利用率在九成以上。
"""


def test_a_heading_naming_the_speaker_labels_the_part_under_it() -> None:
    """`一、董事长乔明远致辞`: the paragraphs under it are 乔明远's remarks, under the next heading 姚思齐's."""
    doc = parse(SPEECH_HEADINGS)
    assert speaker_of(doc, "上半年公司实现营业收入") == "乔明远"
    assert speaker_of(doc, "海外市场收入占比") == "乔明远"
    assert speaker_of(doc, "上半年公司毛利率") == "姚思齐"
    assert doc.speakers_by_id[doc.paragraph(n_of(doc, "上半年公司毛利率")).speaker or ""].role == "财务总监"
    assert summary(doc) == [(None, None, ["乔明远"])]


# A Q&A platform's digest: the investor's question, the company's answer under its short name.
PLATFORM_NAMES = """\
澄川精密互动易问答精选

投资者：请问公司减速器产品是否已进入欧洲市场？
澄川精密：尊敬的投资者，您好！公司减速器产品已通过欧洲多国认证，感谢您的关注。

投资者：公司今年的分红计划？
澄川精密：您好，公司将根据经营情况制定分红方案，谢谢。
"""

# The same record copied without any mark: a question, then the reply with the platform's greeting.
PLATFORM_BARE = """\
澄川精密投资者互动问答

请问公司减速器产品是否已进入欧洲市场？
尊敬的投资者，您好！公司减速器产品已通过欧洲多国认证，感谢您的关注。

公司今年的分红计划是什么？
尊敬的投资者，您好！公司将根据经营情况制定分红方案，感谢您的关注。
"""


def test_the_company_answers_under_its_short_name_on_a_platform_page() -> None:
    doc = parse(PLATFORM_NAMES)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.qa[1].question == ns_of(doc, "公司今年的分红计划")
    assert doc.paragraph(n_of(doc, "公司减速器产品已通过")).body.startswith("尊敬的投资者")


def test_a_platform_record_without_marks_pairs_question_and_greeted_reply() -> None:
    doc = parse(PLATFORM_BARE)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.qa[0].question == ns_of(doc, "请问公司减速器产品")
    assert doc.qa[0].answers[0].paragraphs == ns_of(doc, "尊敬的投资者，您好！公司减速器")


# Askers' labels joining firm and name in the other ways minutes write them.
FIRM_JOINED_MORE = """\
澄川精密2026年第三季度业绩交流会纪要

董事长乔明远：前三季度公司实现营业收入18.6亿元，同比增长15%。

来自中金公司的王磊：请问海外订单的交付节奏？

乔明远：海外订单目前交付顺利，四季度会有一批大单确认收入。

中信建投-李娜：毛利率还有提升空间吗？

乔明远：随着新产线良率提升，毛利率还有提升空间。

问（北辰证券顾言）：明年的资本开支计划？

乔明远：明年资本开支预计在3亿元左右。

南湖基金首席研究员沈一鸣：分红比例会提高吗？

独立董事姚思齐：董事会将综合考虑现金流情况，保持稳定的分红比例。
"""


def test_firm_and_name_joined_in_other_ways_name_the_asker_and_firm() -> None:
    """A firm the glossary knows run into the name after `来自…的`, a hyphen between firm and name,
    the pair in the question mark's brackets, a title (`首席研究员`) between: each asker and firm; an
    independent director (`独立董事姚思齐：`) answers."""
    doc = parse(FIRM_JOINED_MORE)
    assert summary(doc) == [
        ("王磊", "中金公司", ["乔明远"]),
        ("李娜", "中信建投", ["乔明远"]),
        ("顾言", "北辰证券", ["乔明远"]),
        ("沈一鸣", "南湖基金", ["姚思齐"]),
    ]
    assert doc.speakers_by_id[doc.qa[3].answers[0].speaker or ""].role == "独立董事"


# Minutes without a list of people: the remarks' labels give title and name, the answers the title alone.
TITLE_THEN_ROLE = """\
澄川精密2026年第三季度业绩说明会

董事长乔明远：各位投资者好，前三季度公司实现营业收入18.6亿元，同比增长15%。

财务总监姚思齐：前三季度毛利率31.4%，同比提升1.2个百分点。

问答环节

问：请问海外订单的交付节奏？
董事长：海外订单目前交付顺利。

问：毛利率提升的原因？
CFO：主要是产品结构优化。
"""


def test_a_title_alone_is_the_one_whose_label_gave_it_before() -> None:
    """`董事长：` is 乔明远, whose own label said 董事长; `CFO：` is 姚思齐, the 财务总监."""
    doc = parse(TITLE_THEN_ROLE)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["姚思齐"])]
    assert {s.name for s in doc.speakers} == {"乔明远", "姚思齐"}


# A machine transcription (time ranges, spaced characters) of an investor conference whose host reads
# out the questions sent in: no labels, no introduction names an asker.
READ_OUT = """\
[0.500 --> 4.200] 大家 午 安, 歡迎 參 加 澄 川 精 密 法 人 說 明 會
[4.200 --> 8.100] 現在 我們 就 把 時間 交 給 喬 董 事 長
[9.000 --> 14.300] 今 年 前 三 季 營 收 達 18. 6 億 元
[14.300 --> 18.900] 毛 利 率 維 持 在 三 成 左 右
[600.100 --> 602.300] 那 以上 謝謝 董 事 長 的 說 明
[602.300 --> 604.000] 那我們 現在 進 行 Q & A
[605.100 --> 608.400] 那 第一個 是 提 到 海 外 工 廠 的 進 度
[608.400 --> 610.200] 可 否 再 增 加 說 明
[610.900 --> 611.300] 謝謝
[612.000 --> 616.500] 海 外 工 廠 預 計 明 年 第 二 季 量 產
[616.500 --> 620.100] 目前 設 備 都 已經 到 位
[640.300 --> 640.700] 謝謝
[641.200 --> 644.800] 那 再來 是 想 請 教
[644.800 --> 648.300] 明 年 的 資 本 支 出 規 劃 是 多 少
[649.000 --> 653.600] 明 年 資 本 支 出 大 概 在 3 億 元 左 右
[653.600 --> 657.200] 那 主 要 考 量 呢
[657.200 --> 660.500] 就是 擴 充 減 速 器 的 產 能
[700.100 --> 702.300] 那 不知道 大家 還有 沒有 問題
[702.300 --> 704.800] 如果 沒有 問題 的話 我們 今天 就 到 這 邊
"""


def test_questions_the_host_reads_out_pair_with_what_follows() -> None:
    """After `進行Q&A`, a run of lines closing on asking words (`可否再增加說明`, `…是多少`) is a read
    question; the lines after it, up to the next such run or the host's closing, its answer (no one
    named); `那主要考量呢` inside the answer asks nothing."""
    doc = parse(READ_OUT)
    assert [q.question for q in doc.qa] == [ns_of(doc, "第一個 是 提 到", "可 否 再 增 加"), ns_of(doc, "那 再來 是", "明 年 的 資 本")]
    assert [a.paragraphs for a in doc.qa[0].answers] == [ns_of(doc, "海 外 工 廠 預 計", "目前 設 備")]
    assert [a.paragraphs for a in doc.qa[1].answers] == [ns_of(doc, "明 年 資 本 支 出 大", "那 主 要 考 量", "就是 擴 充")]
    assert all(a.speaker is None for q in doc.qa for a in q.answers)
