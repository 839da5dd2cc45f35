"""Askers named as the floor is given, each in a layout of its own on a fictional company: a Chinese
host inviting an analyst with neither 的 nor 提问 ("有请华泰证券张敏。"), in simplified and traditional
script; an anonymous ``分析师：`` question whose asker names themselves ("我是中金公司周航"); and a
labelled English analyst whose firm only their own first sentence gives ("Hi, this is … from …")."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.lexicon.transcript import vocab
from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.announce import find_announcements
from finbrief.structure.pipeline import scan


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def askers(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker, firm, answerers) of every pair, by display name."""
    names = {s.id: s for s in doc.speakers}
    out: list[tuple[str | None, str | None, list[str | None]]] = []
    for q in doc.qa:
        who = names.get(q.asker or "")
        firm = q.firm or (who.affiliation if who else None)
        out.append(
            (who.name if who else None, firm, [names[a.speaker].name if a.speaker else None for a in q.answers])
        )
    return out


HOSTED = """\
星澜医疗2026年半年度业绩说明会文字实录

主持人：各位投资者下午好，欢迎参加星澜医疗业绩说明会。出席本次会议的有董事长韩立、财务总监沈一鸣。首先请财务总监沈一鸣介绍公司经营情况。

沈一鸣：谢谢主持人。上半年公司实现营业收入12.8亿元，同比增长16%。

主持人：谢谢沈总。下面进入问答环节。{first}

刘洋：谢谢管理层。想问一下集采对耗材价格的影响有多大？

韩立：集采平均降价15%左右，但入院数量明显增加。

主持人：{second}

赵一鸣：管理层好。全年研发投入的规划是多少？

沈一鸣：全年研发投入预计在2亿元左右。
"""


@pytest.mark.parametrize(
    ("first", "second", "firms"),
    [
        ("有请广发证券刘洋。", "好的，接下来请招商证券赵一鸣。", ("广发证券", "招商证券")),
        ("有请广发证券刘洋。", "下面请东方证券的赵一鸣发言。", ("广发证券", "东方证券")),
        ("请来自中金公司的刘洋提问。", "下一位是兴业证券赵一鸣。", ("中金公司", "兴业证券")),
    ],
)
def test_host_invites_an_analyst_without_de_or_tiwen(first: str, second: str, firms: tuple[str, str]) -> None:
    doc = parse(HOSTED.format(first=first, second=second))
    assert askers(doc) == [("刘洋", firms[0], ["韩立"]), ("赵一鸣", firms[1], ["沈一鸣"])]
    # the invited analyst is no company speaker, though the host said 有请 before the name
    assert {s.name: s.side for s in doc.speakers}["刘洋"] == "analyst"


def test_traditional_script_invitation_keeps_the_firm_as_written() -> None:
    text = """\
晶禾科技 2026年第三季法人說明會

主持人：各位法人先進午安，歡迎參加晶禾科技法人說明會。今天出席的有總經理蔡明哲、財務長吳佩珊。

財務長 吳佩珊：第三季合併營收新台幣52.3億元，季增8%。

主持人：接下來開放法人提問，有請元大投顧黃志明。

黃志明：謝謝。想請問第四季毛利率的展望？

財務長 吳佩珊：第四季毛利率預期維持在38%上下。

主持人：最後一位，請富邦投顧林佳蓉。

林佳蓉：想了解車用客戶的拉貨狀況？

總經理 蔡明哲：車用客戶庫存調整大致結束。
"""
    doc = parse(text)
    assert askers(doc) == [("黃志明", "元大投顧", ["吳佩珊"]), ("林佳蓉", "富邦投顧", ["蔡明哲"])]


def test_company_speaker_given_the_floor_is_no_asker() -> None:
    """The host's "请财务总监沈一鸣介绍" gives the floor to management: no firm ends the words before the name."""
    doc = parse(HOSTED.format(first="有请广发证券刘洋。", second="接下来请招商证券赵一鸣。"))
    sides = {s.name: s.side for s in doc.speakers}
    assert sides["沈一鸣"] == "company" and sides["韩立"] == "company"


def test_anonymous_question_names_its_asker() -> None:
    text = """\
青岚新能源2026年一季度业绩电话会议记录

主持人：各位投资者好，欢迎参加青岚新能源一季度业绩电话会。出席会议的有董事长王强、财务总监李丽。下面进入提问环节。

分析师：谢谢，我是天风证券的何佳。请问公司一季度组件出货量是多少？

董事长 王强：一季度组件出货约3.2GW，同比增长40%。

分析师：您好，我是中金公司周航，想问一下一季度毛利率下滑的原因？

财务总监 李丽：主要是硅料价格波动和海运费上涨。

分析师：请问海外建厂的进度？我是说美国工厂。

董事长 王强：美国工厂预计三季度投产。
"""
    doc = parse(text)
    assert askers(doc) == [("何佳", "天风证券", ["王强"]), ("周航", "中金公司", ["李丽"]), (None, None, ["王强"])]


CALL = """\
Operator: Good morning and welcome to the Harborview Foods third quarter call. I will now turn the call over to Dana Reyes, Chief Executive Officer.
Dana Reyes: Thank you. Revenue grew 8% to $412 million in the quarter. I'll now turn the call over to the operator for questions.
Operator: Thank you. We will now begin the question-and-answer session. Our first question comes from Tom Alder. Please go ahead.
Tom Alder: {opening} Can you talk about pricing?
Dana Reyes: Sure. Pricing added about 3 points of growth.
Operator: Next question, please go ahead.
Mia Chen: Hi, it's Mia Chen with Lakeside Capital. What about freight costs?
Dana Reyes: Freight costs were down 5% year over year.
"""


@pytest.mark.parametrize(
    ("opening", "firm"),
    [
        ("Hi, this is Tom Alder from Northgate Securities. Thanks for taking my question.", "Northgate Securities"),
        ("Good morning. Tom, with Northgate Securities.", None),  # a first name alone is no self-introduction
        ("Thanks. My colleague Jane Roe from Northgate Securities asked last quarter.", None),
    ],
)
def test_firm_from_the_askers_own_first_sentence(opening: str, firm: str | None) -> None:
    doc = parse(CALL.format(opening=opening))
    assert askers(doc) == [
        ("Tom Alder", firm, ["Dana Reyes"]),
        ("Mia Chen", "Lakeside Capital", ["Dana Reyes"]),
    ]


def test_announced_firm_is_kept_over_a_self_introduction() -> None:
    text = CALL.format(opening="Hi, this is Tom Alder from Northgate Research.").replace(
        "comes from Tom Alder.", "comes from Tom Alder with Northgate Securities."
    )
    assert askers(parse(text))[0] == ("Tom Alder", "Northgate Securities", ["Dana Reyes"])


@pytest.mark.parametrize("number", ["1、", "2. ", "一、"])
def test_numbered_question_mark_names_its_asker(number: str) -> None:
    """A broker's notes numbering each ``问：（中信证券 王磊）…`` and answering with a bare ``答：``."""
    text = f"""\
{number}问：（中信证券 王磊）三季度毛利率提升的原因？
答：主要是产品结构优化，高端产品占比提升。
{number}问：（华泰证券 张敏）海外收入占比是多少？
答：约为三成，明年目标四成。
"""
    doc = parse(text)
    assert doc.kind == "transcript"
    assert askers(doc) == [("王磊", "中信证券", [None]), ("张敏", "华泰证券", [None])]


def test_numbered_heading_is_no_question() -> None:
    text = """\
远航电子2026年三季度经营情况

1、问题背景：公司三季度收入38.6亿元，同比增长21%。
2、经营展望：四季度订单饱满，预计收入环比增长。
"""
    doc = parse(text)
    assert doc.qa == () and all(p.speaker is None for p in doc.paragraphs)


OPERATED = """\
Operator: Good morning and welcome to the Harborview Foods call. I will now turn the call over to Dana Reyes, Chief Executive Officer.
Dana Reyes: Thank you. Revenue grew 8% to $412 million in the quarter. Operator, please open the line for questions.
Operator: We will now begin the question-and-answer session. Our first question comes from Tom Alder with Northgate Securities.
Tom Alder: Can you talk about pricing?
Dana Reyes: Pricing added about 3 points of growth.
Operator: {intro}
Jane Roe: Thanks. What about freight costs?
Dana Reyes: Freight costs were down 5% year over year.
"""


@pytest.mark.parametrize(
    "intro",
    [
        "Jane Roe with Example Bank is on the line with a question.",
        "I would now like to turn the floor to Jane Roe with Example Bank.",
        "Our first question is from Jane Roe, an analyst with Example Bank.",
        "Moving on, we have Jane Roe from Example Bank.",
        "Jane Roe, Example Bank, go ahead.",
        "Up next is Jane Roe with Example Bank.",
        "Next in the queue is Jane Roe with Example Bank.",
        "Next on the line is Jane Roe from Example Bank.",
        "Jane Roe from Example Bank, you may ask your question.",
        "We'll hear next from Jane Roe of Example Bank.",
        "Our next question comes from Jane Roe of Example Bank on behalf of John Doe.",
        "Our next question is from Jane Roe, who is with Example Bank.",
        "Our next question is from Example Bank. Please go ahead, Jane.",
        "We'll start with Jane Roe from Example Bank.",
        "Let's go to Jane Roe at Example Bank. Please go ahead.",
        "We'll go next to Jane Roe of Example Bank.",
        "Your next question is coming from the line of Jane Roe with Example Bank. Your line is open.",
        "We have a question from Jane Roe with Example Bank.",
        "Taking our next question from Jane Roe with Example Bank.",
    ],
)
def test_operator_phrasings_give_the_askers_firm(intro: str) -> None:
    doc = parse(OPERATED.format(intro=intro))
    assert askers(doc) == [
        ("Tom Alder", "Northgate Securities", ["Dana Reyes"]),
        ("Jane Roe", "Example Bank", ["Dana Reyes"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Moving on, we have seen strong demand from Example Bank customers.",
        "Up next is our outlook for the fourth quarter.",
    ],
)
def test_speech_is_no_announcement(line: str) -> None:
    text = OPERATED.format(intro="Next question, please.").replace(
        "Pricing added about 3 points of growth.", f"Pricing added about 3 points of growth. {line}"
    )
    assert askers(parse(text))[-1] == ("Jane Roe", None, ["Dana Reyes"])


@pytest.mark.parametrize(
    ("invitation", "firm"),
    [
        ("有请高盛的王磊。", "高盛"),  # a broker the glossary knows, no 提问
        ("下面请中信建投王磊。", "中信建投"),  # ... and no 的 either
        ("请瑞银王磊提问。", "瑞银"),
        ("我们请国泰君安证券的王磊。", "国泰君安证券"),
        ("接下来有请兴业证券的分析师王磊。", "兴业证券"),
        ("现在把时间交给华泰证券的王磊。", "华泰证券"),  # the call handed to an asker
    ],
)
def test_chinese_firm_names_in_invitations(invitation: str, firm: str) -> None:
    text = HOSTED.format(first=invitation, second="接下来请招商证券赵一鸣。").replace("刘洋", "王磊")
    doc = parse(text)
    assert askers(doc)[0] == ("王磊", firm, ["韩立"])
    assert {s.name: s.side for s in doc.speakers}["王磊"] == "analyst"


def test_handing_the_call_to_management_is_no_invitation() -> None:
    text = HOSTED.format(first="有请广发证券刘洋。", second="接下来请招商证券赵一鸣。").replace(
        "首先请财务总监沈一鸣介绍公司经营情况。", "现在把时间交给公司财务总监沈一鸣。"
    )
    assert {s.name: s.side for s in parse(text).speakers}["沈一鸣"] == "company"


def test_machine_transcription_host_invitations_open_pairs() -> None:
    """No labels, each line timed: the host's invitations (no 的, no 提问) name who asks next."""
    text = """\
[00:00:01] 各位投资者下午好，欢迎参加星澜医疗2026年半年度业绩说明会。
[00:00:05] 首先请财务总监沈一鸣介绍公司经营情况。
[00:00:09] 谢谢主持人。上半年公司实现营业收入12.8亿元，同比增长16%。我们的耗材业务增长24%。
[00:01:30] 谢谢沈总。下面进入问答环节。有请广发证券刘洋。
[00:01:35] 谢谢管理层。想问一下今年集采对公司耗材价格的影响有多大？
[00:01:50] 集采平均降价幅度在15%左右，但我们的入院数量明显增加。
[00:02:30] 好的，接下来请招商证券赵一鸣。
[00:02:33] 管理层好。全年研发投入的规划是多少？
[00:02:45] 全年研发投入预计在2亿元左右，占收入比例约8%。
[00:03:20] 下面请高盛的孙悦。
[00:03:23] 谢谢。海外收入占比目前是多少？
[00:03:35] 目前海外收入占比约12%。
"""
    doc = parse(text)
    assert askers(doc) == [("刘洋", "广发证券", [None]), ("赵一鸣", "招商证券", [None]), ("孙悦", "高盛", [None])]
    assert [q.question for q in doc.qa] == [(5,), (8,), (11,)]
    assert any("not attributed" in w for w in doc.warnings)


INTERVIEW = """\
Good afternoon, and welcome to the Lumenfield Streaming Q2 2026 Earnings Interview. I'm Ada Brooks, VP of Investor Relations. Joining me today are CEO Noah Hart and CFO Lena Ortiz. Our interviewer this quarter is Priya Raman from Example Bank. With that, Priya, I'll turn it over to you for the first question.
Great. Thanks, Ada. Subscriber growth slowed in the quarter. I was hoping you could walk us through what changed versus your expectations.
Yes, Priya. Acquisition was in line with our plan, but churn was a little higher in two regions after the price change.
And the only thing I'd add, Noah, is that engagement per member was up 6% year over year.
Okay. So on the price change, how much of the churn do you think is transitory?
Sure. Historically most of it comes back within two quarters, and we see the same pattern here.
Got it. And maybe, Lena, can you talk about the margin outlook for the second half?
Yes. We expect the operating margin to be around 22% in the second half, up from 20% a year ago.
"""


def test_unlabelled_interview_pairs_the_interviewers_questions() -> None:
    doc = parse(INTERVIEW)
    assert askers(doc) == [("Priya Raman", "Example Bank", [None])] * 3
    assert [q.question for q in doc.qa] == [(2,), (5,), (7,)]
    assert [a.paragraphs for q in doc.qa for a in q.answers] == [(3, 4), (6,), (8,)]
    assert any("interviewer" in w for w in doc.warnings)


def test_interviewer_named_in_a_news_story_is_no_interview() -> None:
    """A story quoting an interview has no interviewer in its opening lines: no pairs, no speakers."""
    text = "\n".join(
        [
            "Lumenfield Streaming shares rose 4% on Tuesday after second-quarter revenue beat estimates.",
            "Revenue grew 11% to $2.1 billion, the company said in its shareholder letter.",
            "Chief executive Noah Hart said churn was higher in two regions after the price change.",
            "Analysts said engagement per member was the number to watch.",
            "The company expects an operating margin of about 22% in the second half.",
            "In an interview later, the interviewer is Priya Raman from Example Bank, the company said.",
            "What does the price change mean for churn? Okay. Most of it is expected to come back.",
        ]
    )
    doc = parse(text)
    assert doc.qa == () and all(p.speaker is None for p in doc.paragraphs)


MINUTES = """\
远航电子2026年三季度业绩交流会纪要
公司出席人员：董事长 林远航；财务总监 周岩
{first}
答：主要是产品结构优化。
问：（华泰证券 张敏）海外收入占比是多少？
答（董事长 林远航）：约为三成。
"""


@pytest.mark.parametrize(
    ("first", "asker"),
    [
        ("问：中信证券王磊：三季度毛利率提升的原因？", ("王磊", "中信证券")),  # firm and name run together
        ("Q：高盛王磊：三季度毛利率提升的原因？", ("王磊", "高盛")),
        ("问：（王磊，中信证券）三季度毛利率提升的原因？", ("王磊", "中信证券")),  # name, comma, firm
        ("问：三季度毛利率提升的原因？", (None, None)),  # anonymous: no one else's question
        ("中信证券王磊问：三季度毛利率提升的原因？", ("王磊", "中信证券")),  # the verb after the name
    ],
)
def test_minutes_askers_inside_the_mark(first: str, asker: tuple[str | None, str | None]) -> None:
    doc = parse(MINUTES.format(first=first))
    assert askers(doc) == [(*asker, [None]), ("张敏", "华泰证券", ["林远航"])]


@pytest.mark.parametrize(
    ("invitation", "who", "firm"),
    [
        ("有请花旗银行Alicia Yap。", "Alicia Yap", "花旗银行"),
        ("下面请摩根大通的Alex Yao。", "Alex Yao", "摩根大通"),
        ("接下来有请中金公司的 Alicia Yap 提问。", "Alicia Yap", "中金公司"),
    ],
)
def test_bilingual_call_invites_an_analyst_by_latin_name(invitation: str, who: str, firm: str) -> None:
    text = f"""\
主持人：各位投资者下午好，欢迎参加远航科技2026年第二季度业绩电话会。出席的有首席执行官林远航和首席财务官周岩。首先请首席财务官周岩介绍业绩。

周岩：谢谢主持人。本季度收入同比增长18%，达到56亿元。

主持人：{invitation}

{who}：谢谢管理层。I have a question on margins. 请问毛利率的展望？

林远航：谢谢提问。我们预计毛利率会保持稳定。
"""
    assert askers(parse(text)) == [(who, firm, ["林远航"])]


def test_asker_label_ending_on_the_verb_ask() -> None:
    """``中信证券王磊问：``: the firm, the analyst, then 问; the verb is no part of the name."""
    text = MINUTES.format(first="问：（中信证券 何川）分红政策会变吗？") + "中信证券王磊问：三季度毛利率提升的原因？\n答：主要是产品结构优化。\n"
    assert askers(parse(text))[-1] == ("王磊", "中信证券", [None])


PHONE_QUEUE = """\
Corvane Robotics Q3 2026 Earnings Call

Operator: Good morning and welcome to the Corvane Robotics third quarter call. I will now hand over to Mara Lind, Chief Executive Officer.

Mara Lind: Thank you. Revenue grew 12% this quarter and we raised our outlook. Our CFO Tom Reeve is with me.

Tom Reeve: Thanks, Mara. Gross margin was 41% for the quarter.

Operator: Our first question {channel} comes from Dana Whitcombe of Harbor Lane Securities.

Dana Whitcombe: Thanks for taking my question. How should we think about margins into next year?

Tom Reeve: We expect margins to stay around current levels.

Operator: That concludes today's call.
"""


@pytest.mark.parametrize("channel", ["on the phone", "on the phones", "on the telephone line", "on the phone lines"])
def test_introduction_naming_the_phone_queue_gives_the_firm(channel: str) -> None:
    """"Our first question on the phone comes from X of Y": the channel between question and verb keeps the firm."""
    doc = parse(PHONE_QUEUE.format(channel=channel))
    assert askers(doc) == [("Dana Whitcombe", "Harbor Lane Securities", ["Tom Reeve"])]


@pytest.mark.parametrize(
    "intro",
    [
        "Jane Roe, Example Bank, you're live.",
        "Jane Roe, Example Bank, you are now live.",
        "The next person in the queue is Jane Roe with Example Bank. Please go ahead.",
        "Next caller on the line is Jane Roe from Example Bank. Please go ahead.",
        "We'll start with Jane Roe from Example Bank. Please go ahead.",
        "Let's begin with Jane Roe of Example Bank. Your line is open.",
    ],
)
def test_operator_opens_the_line_to_the_next_asker(intro: str) -> None:
    """The operator's wordings of who is live, next in the queue, or first to ask, each with the firm."""
    doc = parse(OPERATED.format(intro=intro))
    assert askers(doc) == [
        ("Tom Alder", "Northgate Securities", ["Dana Reyes"]),
        ("Jane Roe", "Example Bank", ["Dana Reyes"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "I'll start with Tom from our finance team.",
        "We'll start with Tom Alder from our finance team.",
        "Let's go to slide 5. Go ahead.",
        "We will start with Asia Pacific, Latin America and Europe.",
        "Let's start with Capital Markets at Example Bank. Please go ahead.",
        "We'll start with our Chief Financial Officer, Jane Roe. Go ahead.",
    ],
)
def test_executive_ordering_topics_or_colleagues_announces_no_asker(line: str) -> None:
    """An executive's "we'll start with …" or "let's go to …" names a topic or colleague, not the next asker."""
    text = OPERATED.format(intro="Next question, please.").replace(
        "Pricing added about 3 points of growth.", f"Pricing added about 3 points of growth. {line}"
    )
    doc = parse(text)
    assert askers(doc) == [("Tom Alder", "Northgate Securities", ["Dana Reyes"]), ("Jane Roe", None, ["Dana Reyes"])]
    assert {s.name: s.side for s in doc.speakers}["Dana Reyes"] == "company"
    # nor is the executive's line read as introducing anyone (whose firm a later unlabelled turn would take)
    said = scan(from_text(f"Dana Reyes: {line}\n", "call.txt"), vocab())
    assert find_announcements(said).intros == {}
