"""Short fictional calls (NovaSky Technology / 星穹科技, invented people and figures), one per real-world
layout: vendor exports, dash headers, Markdown, timestamps, Chinese labels, bilingual calls, machine
transcriptions. Each is written the way that layout is laid out, not copied from any source."""

from __future__ import annotations

import textwrap

WIDTH = 130
SEP = "\n \n"  # vendor exports separate entries and turns with a line holding one space


def wrap(*paragraphs: str) -> str:
    """Speech hard-wrapped the way a vendor export wraps it: lines of about WIDTH columns."""
    return "\n".join(textwrap.fill(p, WIDTH) for p in paragraphs)


def block(*lines: str) -> str:
    return "\n".join(lines)


LAURA = ("Laura Chen", "NovaSky Technology Inc. - CEO & Director")
MARK = ("Mark Davis", "NovaSky Technology Inc. - Executive VP & CFO")
JENNA = ("Jenna Ortiz", "Summit IR Partners - Managing Director")
PRIYA = ("Priya Raman", "Morgan Stanley, Research Division - Equity Analyst")
BECKER_FIRM = "Harbor Point Securities LLC, Research Division"
BECKER_ROSTER = (
    "Thomas Becker",
    f"{BECKER_FIRM} - MD, Head of Technology Hardware Research & Senior Equity",
    "Research Analyst",
)
# The same affiliation wrapped at another point in the turn header.
BECKER_TURN = (
    "Thomas Becker",
    f"{BECKER_FIRM} - MD, Head of Technology Hardware Research & Senior",
    "Equity Research Analyst",
)
OLIVER = "Oliver Grant;Redwood Capital Advisors, Inc.;Analyst"

# The CEO's remarks as the export wraps them, with a stray page number between "$50" and "billion".
CEO_REMARKS_PAGED = """\
Thank you, Jenna, and good morning, everyone. This was a record quarter for NovaSky. Revenue grew 18% year over year to $1.2
billion, and our contracted backlog, which covers the next three years of demand from our largest customers, now stands at $50
2
billion. Cloud revenue grew 31% and the cloud unit was profitable for the fourth quarter in a row, while the devices business
stabilised after two difficult years of falling prices and weak demand in most of our markets and in the consumer channel.
We will keep investing."""

# LSEG/Refinitiv StreetEvents style: roster of name and affiliation lines (one wrapped, one name only,
# one `Name;Firm;Title`), an IR agency listed among the outside participants that gives the
# opening remarks, hard-wrapped speech with a stray page number, `Unidentified Analyst`,
# `Unidentified Company Representative`, a clarifying question back to the analyst, closing
# remarks and the vendor's disclaimer.
VENDOR_CALL = (
    "1\n"
    + SEP.join(
        [
            "CORPORATE PARTICIPANTS",
            block(*LAURA),
            block(*MARK) + "\nCONFERENCE CALL PARTICIPANTS",
            block(*JENNA),
            block(*PRIYA),
            block(*BECKER_ROSTER),
            "Nina Patel",
            OLIVER + "\nPRESENTATION",
            block(
                "Operator",
                wrap(
                    "Good day, and welcome to the NovaSky Technology third quarter 2025 earnings conference call. "
                    "(Operator Instructions) As a reminder, this conference is being recorded. I would now like to "
                    "turn the call over to Jenna Ortiz. Please go ahead."
                ),
            ),
            block(
                *JENNA,
                wrap(
                    "Thank you, operator, and good morning, everyone. With me today are Laura Chen, our Chief "
                    "Executive Officer, and Mark Davis, our Chief Financial Officer. Before we begin, let me remind "
                    "you that today's remarks contain forward-looking statements that involve risks and "
                    "uncertainties, and actual results may differ materially from those we discuss. With that, I "
                    "will turn the call over to Laura."
                ),
            ),
            block(*LAURA, CEO_REMARKS_PAGED),
            block(
                *MARK,
                wrap(
                    "Thanks, Laura. Gross margin was 42.5%, up 150 basis points from a year ago, and free cash flow "
                    "was $180 million. We now expect full-year revenue of $4.6 billion to $4.7 billion, ahead of "
                    "the range we gave in July, and capital expenditure of about $1.5 billion."
                ),
            )
            + "\nQUESTIONS AND ANSWERS",
            block(
                "Operator",
                "(Operator Instructions) Our first question comes from the line of Priya Raman with Morgan Stanley.",
            ),
            block(
                *PRIYA,
                "How sustainable is the cloud growth into next year, and how much of the backlog converts in 2026?",
            ),
            block(
                *LAURA,
                wrap(
                    "We expect cloud to keep growing around 30% next year. About a fifth of the backlog converts "
                    "in 2026, and the rest over the following two years."
                ),
            ),
            block(*MARK, "And the margin on that backlog is above the company average."),
            block(PRIYA[0], PRIYA[1], "Thank you."),
            block("Operator", "Our next question comes from Nina Patel with Barclays."),
            block("Nina Patel", "Could you help us with the capital expenditure outlook?"),
            block(*MARK, "Are you asking about the full year or the fourth quarter?"),
            block("Nina Patel", "The full year, please."),
            block(
                *MARK, "For the full year we still expect about $1.5 billion, mostly for new data centers."
            ),
            block("Operator", "Next question, Thomas Becker with Harbor Point."),
            block(*BECKER_TURN, "What drove the improvement in the devices business?"),
            block(
                "Unidentified Company Representative",
                "Mostly lower component costs and a better mix of enterprise devices.",
            ),
            block("Operator", "Our next question comes from Sam Whitfield with Baird."),
            block(
                "Unidentified Analyst",
                "This is Sam on for Eric. How should we think about pricing next year?",
            ),
            block(*LAURA, "Pricing has been stable and we expect it to stay that way."),
            block("Operator", "Our final question comes from Oliver Grant with Redwood Capital."),
            block(OLIVER, "Is there any change to the buyback plan?"),
            block(*LAURA, "No, the buyback continues as planned."),
            block(
                "Operator",
                "That concludes our question-and-answer session. I would like to turn the call back over to Laura "
                "Chen for closing remarks.",
            ),
            block(
                *LAURA,
                "Thank you all for joining us today. We look forward to speaking with you next quarter.",
            ),
            block("Operator", "This concludes today's conference. You may now disconnect."),
        ]
    )
    + "\nDISCLAIMER\n"
    + wrap(
        "The vendor reserves the right to make changes to documents, content, or other information on this web site "
        "without obligation to notify any person of such changes. THE INFORMATION CONTAINED IN EVENT TRANSCRIPTS IS "
        "A TEXTUAL REPRESENTATION OF THE APPLICABLE COMPANY'S CONFERENCE CALL."
    )
    + "\n©2025 Vendor. All Rights Reserved."
)

# `Name - Firm - Title` rosters and turn headers (one line each), Seeking Alpha style headings.
DASH_FIRM_CALL = """\
NovaSky Technology Inc. (NSKY) Q3 2025 Earnings Call Transcript
Company Participants
Laura Chen - NovaSky Technology - Chief Executive Officer
Mark Davis - NovaSky Technology - Chief Financial Officer
Conference Call Participants
Priya Raman - Morgan Stanley - Equity Analyst
Tom Becker - Goldman Sachs - Analyst
Operator
Good morning, and welcome to the NovaSky Technology third quarter call. I will now turn the call over to Laura Chen.
Laura Chen - NovaSky Technology - Chief Executive Officer
Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.
Mark Davis - NovaSky Technology - Chief Financial Officer
Gross margin was 42.5% and free cash flow was $180 million.
Question-and-Answer Session
Operator
Our first question comes from Priya Raman with Morgan Stanley.
Priya Raman - Morgan Stanley - Equity Analyst
How much of the cloud growth came from new customers?
Laura Chen - NovaSky Technology - Chief Executive Officer
About a third came from new customers.
Priya Raman - Morgan Stanley - Equity Analyst
And what about churn?
Mark Davis - NovaSky Technology - Chief Financial Officer
Churn stayed below 2%.
Operator
Our next question comes from Tom Becker with Goldman Sachs.
Tom Becker - Goldman Sachs - Analyst
What is the capital expenditure plan for next year?
Mark Davis - NovaSky Technology - Chief Financial Officer
About $1.5 billion, mostly for data centers.
Operator
This concludes today's conference call. You may now disconnect.
"""

# Markdown with bold labels: `**Executives:**` roster bullets, `**Operator:** text` inline labels.
MARKDOWN_CALL = """\
# NovaSky Technology (NSKY) Q3 2025 Earnings Call Transcript

**Executives:**

*   Jenna Ortiz - Head of Investor Relations
*   Laura Chen - Chief Executive Officer
*   Mark Davis - Chief Financial Officer

**Analysts:**

*   Priya Raman - Morgan Stanley
*   Tom Becker - Goldman Sachs

---

**Operator:** Good morning, and welcome to the NovaSky Technology third quarter 2025 earnings call. I would now like to turn the call over to Jenna Ortiz.

**Jenna Ortiz:** Thank you. With me today are Laura Chen, our CEO, and Mark Davis, our CFO.

**Laura Chen:** Thanks, Jenna. Revenue grew 18% to $1.2 billion, and cloud revenue grew 31%.

**Mark Davis:** Gross margin was 42.5%, and free cash flow was $180 million.

**Operator:** Our first question comes from Priya Raman with Morgan Stanley.

**Priya Raman:** How sustainable is the cloud growth into next year?

**Laura Chen:** We expect cloud to keep growing around 30% next year.

**Operator:** Our next question comes from Tom Becker with Goldman Sachs.

**Tom Becker:** What is the capital expenditure plan for next year?

**Mark Davis:** About $1.5 billion.

**Laura Chen:** Most of it for new data centers.

**Operator:** This concludes today's conference call. Thank you for participating.
"""

# AI transcription of a Taiwanese-style bilingual call (traditional Chinese and English): bold
# `Name - Firm, Title` labels with timestamps, an interpreter repeating each turn in the other
# language, the IR head moderating the Q&A.
BILINGUAL_CALL = """\
# 星穹科技 2025 年第三季法人說明會（AI 逐字稿）

**陳佳 - 星穹科技, 投資人關係處長** [00:00:05]
各位午安，歡迎參加星穹科技 2025 年第三季法人說明會。今天出席的有執行長林志遠與財務長周曉雯。

**Interpreter** [00:00:32]
Good afternoon and welcome to NovaSky's third quarter 2025 investor conference. With us today are our CEO and our CFO.

**林志遠 - 星穹科技, 執行長** [00:01:02]
本季營收成長百分之十八，雲端業務成長百分之三十一，毛利率提升到百分之四十二點五。

**Interpreter** [00:01:40]
Revenue grew 18% this quarter, cloud grew 31%, and gross margin rose to 42.5%.

**陳佳 - 星穹科技, 投資人關係處長** [00:03:10]
現在開放提問。第一位是摩根士丹利的 Charlie Lin。

**Interpreter** [00:03:20]
We now open the floor for questions. The first question is from Charlie Lin of Morgan Stanley.

**Charlie Lin - Morgan Stanley, Analyst** [00:03:30]
Thank you. How should we think about cloud margins next year?

**Interpreter** [00:03:45]
謝謝。請問明年雲端毛利率應該怎麼看？

**周曉雯 - 星穹科技, 財務長** [00:04:00]
我們預期明年雲端毛利率會再提升一到兩個百分點。

**Interpreter** [00:04:20]
We expect cloud gross margin to improve by another one to two percentage points next year.

**陳佳 - 星穹科技, 投資人關係處長** [00:05:00]
下一位是高盛的 Bruce Wang。

**Bruce Wang - Goldman Sachs, Analyst** [00:05:10]
What is the capital expenditure plan for 2026?

**Interpreter** [00:05:20]
請問 2026 年的資本支出計畫是多少？

**林志遠 - 星穹科技, 執行長** [00:05:30]
明年資本支出預計在新台幣三百億元左右。

**Interpreter** [00:05:50]
We expect capital expenditure of around NT$30 billion next year.

**陳佳 - 星穹科技, 投資人關係處長** [00:06:30]
今天的法說會到此結束，謝謝大家。
"""

# Timestamped labels: `[hh:mm:ss] Name: text` lines.
TIMESTAMP_CALL = """\
[00:00:03] Operator: Good morning and welcome to the NovaSky Technology third quarter call. I will now hand the call over to Laura Chen.
[00:00:15] Laura Chen: Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.
[00:02:40] Mark Davis: Gross margin was 42.5% and free cash flow was $180 million.
[00:04:10] Operator: Our first question comes from Priya Raman of Morgan Stanley.
[00:04:18] Priya Raman: How sustainable is the cloud growth into next year?
[00:04:40] Laura Chen: We expect cloud to keep growing around 30% next year.
[00:05:02] Operator: Our next question comes from Tom Becker of Goldman Sachs.
[00:05:09] Tom Becker: What is the capital expenditure plan for next year?
[00:05:30] Mark Davis: About $1.5 billion, mostly for data centers.
[00:06:10] Operator: This concludes today's call. You may now disconnect.
"""

# A time line, then the speaker's name on its own line, then the speech (meeting-recorder exports).
TIME_LINE_CALL = """\
0:00:03
Operator
Good morning and welcome to the NovaSky Technology third quarter call. I will now hand the call over to Laura Chen.

0:00:15
Laura Chen
Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.

0:04:10
Operator
Our first question comes from Priya Raman of Morgan Stanley.

0:04:18
Priya Raman
How sustainable is the cloud growth into next year?

0:04:40
Laura Chen
We expect cloud to keep growing around 30% next year.

0:05:02
Operator
Our next question comes from Tom Becker of Goldman Sachs.

0:05:09
Tom Becker
What is the capital expenditure plan for next year?

0:05:30
Mark Davis
About $1.5 billion, mostly for data centers.
"""

# Simplified Chinese minutes of an English call: `<firm>分析师<name>：` questions (a Latin name, a
# transliterated name with its original in parentheses), `<name>：` answers.
ZH_FIRM_ANALYST_CALL = """\
星穹科技2025年第三季度业绩电话会实录
管理层发言
林志远：各位好。本季度公司收入同比增长18%，云业务收入同比增长31%。
周晓雯：本季度毛利率为42.5%，自由现金流为18亿元。
问答环节
杰弗瑞分析师Brent Thill：请问明年云业务的增长能否保持在30%左右？
林志远：我们预计明年云业务仍将保持30%左右的增长。
高盛分析师希斯-特里(Heath Terry)：能否谈谈明年的资本开支计划？
周晓雯：我们预计明年资本开支约150亿元，主要用于数据中心。
林志远：补充一点，新增算力将优先满足企业客户。
摩根士丹利分析师王磊：海外业务何时实现盈利？
周晓雯：我们预计明年实现盈亏平衡。
"""

# `<name>（<firm>）：` labels, a roster under 管理层 / 分析师 headings, a host.
ZH_NAME_FIRM_CALL = """\
星穹科技2025年第三季度业绩说明会
管理层
林志远 首席执行官
周晓雯 首席财务官
分析师
Sarah Lee 高盛
王磊 中金公司
主持人：欢迎参加星穹科技2025年第三季度业绩说明会。
林志远（首席执行官）：本季度收入同比增长18%，云业务收入同比增长31%。
主持人：下面进入问答环节，第一位提问的是来自高盛的Sarah Lee。
Sarah Lee（高盛）：请问明年云业务的利润率展望？
周晓雯（首席财务官）：我们预计明年云业务利润率再提升一到两个百分点。
主持人：下一位提问的是来自中金公司的王磊。
王磊（中金公司）：请问海外业务的亏损情况？
林志远（首席执行官）：海外业务亏损环比收窄四成，预计明年实现盈亏平衡。
主持人：今天的业绩说明会到此结束，感谢大家的参与。
"""

# A machine transcription without speaker labels (timestamped lines, traditional Chinese): the
# host names who asks next, the answers follow until the host speaks again.
ZH_MACHINE_CALL = """\
[00:00:02] 各位投資人午安，歡迎參加星穹科技第三季法人說明會。
[00:00:20] 本季營收成長百分之十八，雲端業務成長百分之三十一。
[00:01:10] 毛利率提升到百分之四十二點五，自由現金流為新台幣十八億元。
[00:02:30] 接下來開放提問，請摩根士丹利的王磊提問。
[00:02:40] 謝謝，請問明年雲端毛利率的展望如何？
[00:03:00] 我們預期明年雲端毛利率會再提升一到兩個百分點，主要來自規模效益。
[00:03:40] 下一位請高盛的陳明提問。
[00:03:48] 請問明年的資本支出計畫？
[00:04:05] 明年資本支出預計在新台幣三百億元左右，主要用於資料中心。
[00:04:40] 今天的法說會到此結束，謝謝大家。
"""

# An AI transcription that tells speakers apart without naming them.
DIARIZED_CALL = """\
Speaker 1: Good morning and welcome to the NovaSky Technology third quarter call. I will now hand the call to our CEO.
Speaker 2: Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.
Speaker 1: Our first question comes from Priya Raman of Morgan Stanley.
Speaker 3: How sustainable is the cloud growth into next year?
Speaker 2: We expect cloud to keep growing around 30% next year.
Speaker 3: Thank you.
"""

# FactSet CallStreet style: `Name` then `Title, Firm` lines, MANAGEMENT DISCUSSION / QUESTION AND
# ANSWER sections, inline `Operator:`, and a lone Q or A mark under each Q&A speaker's header.
CALLSTREET_CALL = """\
NovaSky Technology, Inc. (NSKY)
Q3 2025 Earnings Call
Corrected Transcript
13-Nov-2025

CORPORATE PARTICIPANTS
Laura Chen
Chief Executive Officer, NovaSky Technology, Inc.
Mark Davis
Chief Financial Officer, NovaSky Technology, Inc.

OTHER PARTICIPANTS
Priya Raman
Analyst, Morgan Stanley & Co. LLC
Tom Becker
Analyst, Goldman Sachs & Co. LLC

MANAGEMENT DISCUSSION SECTION

Operator: Good day, and welcome to the NovaSky Technology third quarter 2025 earnings call. I would now like to turn the call over to Laura Chen.

Laura Chen
Chief Executive Officer, NovaSky Technology, Inc.
Thank you, operator. Revenue grew 18% to $1.2 billion, and cloud revenue grew 31%.

Mark Davis
Chief Financial Officer, NovaSky Technology, Inc.
Gross margin was 42.5%, and free cash flow was $180 million.

QUESTION AND ANSWER SECTION

Operator: Our first question comes from Priya Raman with Morgan Stanley.

Priya Raman
Analyst, Morgan Stanley & Co. LLC
Q
How sustainable is the cloud growth into next year?

Laura Chen
Chief Executive Officer, NovaSky Technology, Inc.
A
We expect cloud to keep growing around 30% next year.

Operator: Our next question comes from Tom Becker with Goldman Sachs.

Tom Becker
Analyst, Goldman Sachs & Co. LLC
Q
What is the capital expenditure plan for next year?

Mark Davis
Chief Financial Officer, NovaSky Technology, Inc.
A
About $1.5 billion, mostly for data centers.

Operator: This concludes today's conference call.
"""

# Bloomberg style: `Name, Title` rosters, `{BIO n <GO>}` profile links after labels, `Q - Name` /
# `A - Name` in the Q&A; the roster gives analysts no firm, the operator does.
BLOOMBERG_CALL = """\
Q3 2025 Earnings Call

Company Participants

Laura Chen, Chief Executive Officer
Mark Davis, Chief Financial Officer

Other Participants

Priya Raman, Analyst
Tom Becker, Analyst

Presentation

Operator

Good morning, and welcome to the NovaSky Technology third quarter 2025 earnings call.

Laura Chen {BIO 18731996 <GO>}

Thank you. Revenue grew 18% to $1.2 billion, and cloud revenue grew 31%.

Questions And Answers

Operator

Our first question comes from Priya Raman with Morgan Stanley.

Q - Priya Raman {BIO 20111234 <GO>}

How sustainable is the cloud growth into next year?

A - Laura Chen {BIO 18731996 <GO>}

We expect cloud to keep growing around 30% next year.

Operator

Next question, Tom Becker with Goldman Sachs.

Q - Tom Becker {BIO 20115678 <GO>}

What is the capital expenditure plan for next year?

A - Mark Davis {BIO 18731997 <GO>}

About $1.5 billion, mostly for data centers.
"""

# Simplified Chinese minutes of an English call as a news site prints them: a title (and the
# company) before each executive's name, `<firm>分析师<name>（<English name>）：` questions.
ZH_TITLED_CALL = """\
以下为星穹科技2025财年第二季度财报电话会议实录：
星穹科技首席执行官劳拉·陈：大家好。本季度营收同比增长18%，云业务收入同比增长31%。
首席财务官马克·戴维斯：本季度毛利率为42.5%，自由现金流为1.8亿美元。
高盛分析师希斯-特里（Heath Terry）：能否谈谈明年的资本开支计划？
首席财务官马克·戴维斯：我们预计明年资本开支约15亿美元，主要用于数据中心。
杰弗瑞分析师Brent Thill：云业务的增长能否持续？
星穹科技首席执行官劳拉·陈：我们预计明年云业务仍将保持30%左右的增长。
"""

# Motley Fool style: an image credit, a table of contents listing the sections before they start,
# `Name -- Title` / `Name -- Firm -- Analyst` labels, the participants listed after the call, page
# links at the end.
FOOL_CALL = """\
Image source: The Motley Fool.

NovaSky Technology (NYSE: NSKY)
Q2 2025 Earnings Call
Jul 30, 2025, 8:30 a.m. ET

Contents:

Prepared Remarks
Questions and Answers
Call Participants

Prepared Remarks:

Operator

Good morning, and welcome to the NovaSky Technology second quarter 2025 earnings call. I would now like to turn the call over to Nadia Brooks, Head of Investor Relations.

Nadia Brooks -- Head of Investor Relations

Thank you, operator. With me today are Colin Reyes, our CEO, and Ingrid Falk, our CFO.

Colin Reyes -- Chief Executive Officer

Thanks, Nadia. Freight volumes rose 9% in the quarter and we opened two new cross-dock hubs.

Ingrid Falk -- Chief Financial Officer

Revenue was $812 million, up 7%, and operating margin reached 11.4%.

Questions and Answers:

Operator

[Operator Instructions] Our first question comes from Dana Whitfield with Keystone Partners.

Dana Whitfield -- Keystone Partners -- Analyst

Thanks. How much of the volume growth came from the new hubs?

Colin Reyes -- Chief Executive Officer

About a third of it. The rest came from existing lanes.

Dana Whitfield -- Keystone Partners -- Analyst

Got it. And is pricing holding up?

Ingrid Falk -- Chief Financial Officer

Yes, contract rates were up 2% on renewal.

Operator

Our next question comes from Marco Ellis with Brightwater Securities.

Marco Ellis -- Brightwater Securities -- Analyst

Can you talk about capital spending for the second half?

Ingrid Falk -- Chief Financial Officer

We expect about $90 million, mostly for trucks and hub equipment.

Colin Reyes -- Chief Executive Officer

And we will stay disciplined on new hubs.

Operator

This concludes our question-and-answer session. I would like to turn the call back to Colin Reyes for closing remarks.

Colin Reyes -- Chief Executive Officer

Thank you all for joining us today.

Operator

[Operator Closing Remarks]

Duration: 34 minutes

Call participants:

Nadia Brooks -- Head of Investor Relations

Colin Reyes -- Chief Executive Officer

Ingrid Falk -- Chief Financial Officer

Dana Whitfield -- Keystone Partners -- Analyst

Marco Ellis -- Brightwater Securities -- Analyst

More NSKY analysis

All earnings call transcripts
"""

# A machine transcription with one line per pause (no labels, lines broken anywhere, none full to a
# column): the operator introduces each analyst (a firm with initials, once no firm at all), says
# "Please proceed.", and one analyst announces a follow-up inside the answer.
ASR_LINES_CALL = """\
and we expect the new terminal in the southern port
to open on schedule next spring, with the second berth
following about six months later.
With that, we are happy to take your questions.
Our first question is from Dana Whitfield
with J.P. Morgan.
Please proceed.
Good morning, and thanks for taking my question.
I wanted to ask about the new terminal in the south
and how much of its capacity
is already contracted with the big shipping lines
for the first two years of operation?
Thank you.
Yeah, good morning, Dana.
Thanks for the question.
We have about 60% of the first phase contracted
and the rest is in late-stage talks
with two of the
large shipping lines in the region,
which we expect to sign before the end of the year.
Got it, very helpful.
I have one follow-up.
Could you remind us how the terminal contracts
are priced and whether they carry any escalators?
Sure, most of them are fixed fee per container
with an escalator
tied to inflation in most years
and a floor in the years when inflation is low.
Our next question is from Marco Ellis.
Please proceed.
Hi, thanks.
I was wondering
if you could talk about
the capital budget for the second phase of the terminal
and how you plan to fund it over the next three years.
Sure, so we expect
the second phase of the terminal
to cost about $400 million in total
and we plan to fund it from operating cash flow
and the revolving credit facility we put in place.
Our next question is from Priya Raman
with H.C. Wainwright. Please proceed.
Thanks for taking my question.
Are you seeing any change in container volumes
at the older terminals in the northern port?
No, volumes there were stable through the quarter
and we expect them to stay that way for the year.
"""

# A page translating a call into Chinese: toggle buttons, a "翻译中..." placeholder under a label
# whose translation has not loaded, a lone Q mark under each asker (an unnamed analyst included).
ZH_TRANSLATED_PAGE_CALL = """\
中文翻译
显示英文

陈佳

欢迎参加星穹科技2025年第三季度业绩电话会议。今天出席的有首席执行官林志远和首席财务官周晓雯。

林志远

谢谢，陈佳。本季度营收增长18%，达到12亿美元，云业务收入增长31%。

周晓雯

本季度毛利率为42.5%，自由现金流为1.8亿美元。

Operator
翻译中...
Operator Instructions
Priya Raman
翻译中...
Q
请问云业务的增长有多少来自新客户？
林志远
大约三分之一来自新客户，其余来自现有客户的扩容。
Priya Raman
翻译中...
Q
那客户流失率呢？
周晓雯
流失率保持在2%以下。
Unidentified Analyst
Q
明年的资本开支计划是多少？
周晓雯
大约15亿美元，主要用于数据中心。
"""

# A page printing every line of an English call as a bullet followed by its translation into
# traditional Chinese, the speaker label twice (once as a bullet).
BULLET_BILINGUAL_CALL = """\
星穹科技 (NSKY) 2025 Q3 法說會逐字稿

使用警語:中文譯文來源為 Google 翻譯,僅供參考,實際內容請以英文原文為主

  • Operator

    Operator

  • Good day, and welcome to the NovaSky Technology third quarter earnings call. I would now like to hand the conference over to Jenna Ortiz. Please go ahead.

    美好的一天，歡迎參加星穹科技第三季財報電話會議。我現在想把會議交給 Jenna Ortiz。請繼續。

  • Jenna Ortiz - VP of IR

    Jenna Ortiz - VP of IR

  • Thank you. With me today are Laura Chen, our CEO, and Mark Davis, our CFO.

    謝謝。今天與我一起的有執行長 Laura Chen 和財務長 Mark Davis。

  • Laura Chen - CEO

    Laura Chen - CEO

  • Revenue grew 18% to $1.2 billion, and cloud revenue grew 31%.

    營收成長 18% 至 12 億美元，雲端營收成長 31%。

  • Mark Davis - CFO

    Mark Davis - CFO

  • Gross margin was 42.5%, and free cash flow was $180 million.

    毛利率為 42.5%，自由現金流為 1.8 億美元。

Questions and Answers

  • Operator

    Operator

  • (Operator Instructions) Our first question comes from Priya Raman with Morgan Stanley.

    (操作員指示) 我們的第一個問題來自摩根士丹利的 Priya Raman。

  • Priya Raman - Analyst

    Priya Raman - Analyst

  • How much of the cloud growth came from new customers?

    雲端成長中有多少來自新客戶？

  • Laura Chen - CEO

    Laura Chen - CEO

  • About a third came from new customers.

    大約三分之一來自新客戶。

  • Operator

    Operator

  • Our next question comes from Tom Becker with Goldman Sachs.

    我們的下一個問題來自高盛的 Tom Becker。

  • Tom Becker - Analyst

    Tom Becker - Analyst

  • What is the capital expenditure plan for next year?

    明年的資本支出計畫是什麼？

  • Mark Davis - CFO

    Mark Davis - CFO

  • About $1.5 billion, mostly for data centers.

    大約 15 億美元，主要用於資料中心。
"""

# A webcast the head of IR hosts (no operator, no Q&A heading, starting mid-call): she introduces
# each analyst by first name and firm and asks for follow-ups; analysts' labels carry full names.
IR_HOSTED_CALL = """\
# NovaSky Technology Q3 2025 Earnings Webcast (Q&A)

Laura Chen: So that is why we expect the cloud business to keep growing faster than the market next year, and why we keep investing.
Jenna Ortiz: Great, thank you, Laura. The next question comes from Priya at Morgan Stanley.
Priya Ann Raman: Thanks, Jenna. Laura, how much of the cloud growth this quarter came from new customers rather than existing ones?
Laura Chen: About a third came from new customers, and the rest from existing customers expanding their usage.
Mark Davis: And the new customers are mostly mid-sized firms in Europe.
Jenna Ortiz: Priya, do you have a follow-up?
Priya Ann Raman: Yes. Mark, how should we think about gross margin next year as the new data centers come online?
Mark Davis: We expect gross margin to dip slightly in the first half and recover in the second half.
Jenna Ortiz: Great. And to add to Laura's point, the one-third figure is for the cloud segment only. We'll now take the next question, which is going to come from Tom from Goldman Sachs.
Thomas Becker: Thanks. What is the capital expenditure plan for next year, and how much of it is for data centers?
Mark Davis: About $1.5 billion, mostly for data centers.
Thomas Becker: And in the interim?
Laura Chen: In the interim we will lease capacity from partners.
Jenna Ortiz: Great. And unfortunately, that is all the time we have today. Thank you, everyone, for your questions.
"""

# A market-data vendor's PDF export of a pre-recorded interview: the call's title at the top of
# every page, a page marker and a copyright and address footer, each name followed by a title line
# or the analyst's research division, a page break between a label and its speech.
PDF_INTERVIEW_CALL = """\
NOVASKY TECHNOLOGY INC. FQ3 2025 PRE RECORDED EARNINGS CALL |  OCT 21, 2025
Laura Chen
Chief Executive Officer
So that is the quarter in brief, and we are ready for Priya's questions.
Priya Raman
Harbor Point Securities LLC, Research Division
Thanks, Laura. How much of the cloud growth this quarter came from new customers rather than from
existing ones expanding their usage?
Laura Chen
Chief Executive Officer
About a third came from new customers, and the rest from existing customers.
Priya Raman
Harbor Point Securities LLC, Research Division

=== PAGE 4 ===
NOVASKY TECHNOLOGY INC. FQ3 2025 PRE RECORDED EARNINGS CALL |  OCT 21, 2025
Copyright © 2025 Example Market Data. All Rights reserved.
examplemarketdata.com/transcripts 4
Okay. And how should we think about gross margin next year as the new data centers come online?
Mark Davis
Chief Financial Officer
We expect gross margin to dip slightly in the first half and recover in the second half.
Anita Sorensen
Chief Operating Officer & Head of Data Centers
And the first two sites are already fully booked.
Priya Raman
Harbor Point Securities LLC, Research Division
Got it. And what is the capital expenditure plan for next year?
Mark Davis
Chief Financial Officer
About $1.5 billion, mostly for data centers.
"""

# A research platform's PDF export: each label is the name with the side in parentheses
# ("(Executives)", "(Analysts)", "(Operator)"), the speech hard-wrapped at about 100 columns, an
# analyst's label seen once, right under the operator's full-width introduction.
PAREN_SIDE_CALL = "\n".join(
    [
        "NovaSky Technology Inc. | Earnings Calls | 2025-10-21",
        "Operator (Operator)",
        textwrap.fill(
            "Greetings, and welcome to the NovaSky Technology third quarter 2025 conference call. I will "
            "now turn the conference over to Laura Chen, our Chief Executive Officer.",
            100,
        ),
        "Laura Chen (Executives)",
        textwrap.fill(
            "Thank you, and good afternoon to everyone listening today. Revenue grew 18% to $1.2 billion "
            "and cloud revenue grew 31%, driven by strong demand from enterprise customers in every region "
            "we serve. Now I will turn the call over to Mark.",
            100,
        ),
        "Mark Davis (Executives)",
        textwrap.fill(
            "Thank you, Laura. Gross margin was 42.5% and free cash flow was $180 million, the highest "
            "quarterly figure in the history of the company. With that, we will take your questions.",
            100,
        ),
        "Operator (Operator)",
        textwrap.fill("And the first question comes from the line of Priya Raman with Morgan Stanley.", 100),
        "Priya Raman (Analysts)",
        textwrap.fill(
            "Laura, how sustainable is the cloud growth into next year, given what you see in the pipeline "
            "of enterprise customers today?",
            100,
        ),
        "Laura Chen (Executives)",
        textwrap.fill("We expect cloud to keep growing around 30% next year, helped by the new regions.", 100),
        "Operator (Operator)",
        textwrap.fill(
            "And the next question comes from the line of Thomas Becker with Goldman Sachs Group Research.", 100
        ),
        "Thomas Becker (Analysts)",
        textwrap.fill(
            "Mark, what is the capital expenditure plan for next year, and how much of it goes to the new "
            "data centers that you announced in the quarter?",
            100,
        ),
        "Mark Davis (Executives)",
        textwrap.fill("About $1.5 billion, mostly for the new data centers in Europe and in Asia.", 100),
    ]
)

# A Markdown transcript page: bold name, two trailing spaces, then the title or the analyst's firm in
# italics on the next line; one analyst is heard once.
ITALIC_TITLE_CALL = """\
**Operator**

Good morning, and welcome to the NovaSky Technology third quarter call. I will now turn the call over to Laura Chen.

**Laura Chen**<BR>
*Chief Executive Officer*

Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.

**Question-and-Answer Session**

**Operator**

Our first question comes from the line of Priya Raman of Harbor Point.

**Priya Raman**<BR>
*Harbor Point Securities LLC, Research Division*

How sustainable is the cloud growth into next year?

**Laura Chen**<BR>
*Chief Executive Officer*

We expect cloud to keep growing around 30% next year.

**Operator**

Our next question comes from the line of Tom Becker of Goldman.

**Thomas Becker**<BR>
*Goldman Sachs Group, Inc., Research Division*

What is the capital expenditure plan for next year?

**Mark Davis**<BR>
*Chief Financial Officer*

About $1.5 billion, mostly for data centers.
""".replace("<BR>", "  ")  # Markdown line breaks: two trailing spaces

# A blog quoting part of a call's Q&A from a captioning service: "Name (mm:ss):" labels, the speech
# on the next line or right after the colon; it starts with an analyst's question, and the CEO's
# "So, what's your follow-up?" invites the next one.
TIMED_COLON_EXCERPT = """\
Priya Raman (29:02):

Thanks for taking my question. Can you tell us more about the new regions that you announced today? And I have a follow-up.

Laura Chen (29:48):We will open two of them next quarter. So, what's your follow-up?

Priya Raman (29:56):

It's about pricing. Are you seeing any pressure from the larger competitors in Europe?

Laura Chen (30:15):

Not really. Our prices held, and renewals came in at the rates we planned.

Jenna Ortiz (30:45):Thank you. Let's go to Tom Becker from Goldman Sachs. Tom, please go ahead.

Tom Becker (30:53):Great, thanks. Mark, what is the capital expenditure plan for next year?

Mark Davis (31:17):About $1.5 billion, mostly for data centers.
"""

# A transcript page that prints the word "speaker" on its own line above each speaker's name.
SPEAKER_MARK_CALL = """\
NovaSky Technology Inc.

Q3 2025 Earnings Conference Call

10/21/2025

speaker
Operator
Ladies and gentlemen, thank you for standing by. I would now like to hand the conference over to your speaker today, Ms. Laura Chen.
speaker
Laura Chen
Thank you, operator. Good morning. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.
"""

# Call notes in Markdown: a heading per speaker ("### Name, Title, Firm"; an analyst's title comes
# before the firm), the speech as numbered sentences.
HEADING_NOTES_CALL = """\
## Q&A

### Priya Raman, Analyst, Harbor Point Securities LLC
1. How sustainable is the cloud growth into next year?
2. And how much of it comes from new customers?

### Laura Chen, Co-Founder, President & Chief Executive Officer, NovaSky Technology Inc.
3. We expect cloud to keep growing around 30% next year.
4. About a third of it comes from new customers.

### Tom Becker, Analyst, Goldman Sachs & Co. LLC
5. What is the capital expenditure plan for next year?

### Mark Davis, Chief Financial Officer, NovaSky Technology Inc.
6. About $1.5 billion, mostly for data centers.
"""

# A podcast transcript under a news article: each speaker named in full once, then the host by
# surname alone; nobody else is heard twice.
SURNAME_PODCAST = """\
Transcript: NovaSky's cloud quarter

Read the discussion from the latest episode of our weekly show on the technology business.

Here is a lightly edited transcript of the conversation.

Dana Whitfield: Welcome to the show. Today we look at NovaSky's quarter with two reporters who cover the company.

Omar Haddad: Good morning.

Whitfield: And joining us from the markets desk, Lena Park.

Lena Park: Hello.

Whitfield: Let's start with the cloud numbers, which came in well ahead of what anyone expected.
"""

# A search index's chunk of a call: cut in the middle of an answer, then an analyst's follow-up,
# the answer, and the operator introducing the next question.
MID_ANSWER_CHUNK = """\
-- as we said in the remarks, we would expect to resume buybacks next quarter and build on them once the capital rules are final.

Priya Raman: Just to follow up on that, is the pace of buybacks tied to the rating agencies, or mostly to loan growth?

Laura Chen: Both are factors. We are comfortable with our capital position and with the pace we outlined.

Priya Raman: Thank you, Laura.

Operator: Your next question comes from Tom Becker from Goldman Sachs. Your line is now open.

Tom Becker: What is the capital expenditure plan for next year?

Mark Davis: About $1.5 billion, mostly for data centers.
"""

# A Markdown export: the bold name, then the side in parentheses and a colon, the speech below.
BOLD_PAREN_SIDE_CALL = """\
**Operator** (Operator):
Good morning, and welcome to the NovaSky Technology third quarter call. I will now turn the call over to Laura Chen.

**Laura Chen** (Executives):
Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%.

**Operator** (Operator):
Our first question comes from the line of Priya Raman with Morgan Stanley.

**Priya Raman** (Analysts):
How sustainable is the cloud growth into next year?

**Laura Chen** (Executives):
We expect cloud to keep growing around 30% next year.

**Operator** (Operator):
Our next question comes from the line of Tom Becker with Goldman Sachs.

**Tom Becker** (Analysts):
What is the capital expenditure plan for next year?

**Mark Davis** (Executives):
About $1.5 billion, mostly for data centers.
"""
