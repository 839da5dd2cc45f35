"""Layouts met on held-out transcripts and call notes, each on a short fictional call: a PDF's text
layer running speaker headers into the speech, IR restating every question for management, a Taiwan
briefing record ("法人問：" / "<name>答："), notes listing questions by topic with bulleted answers,
a diarised transcription that only numbers its speakers, a broker conference's fireside chat, and an
executive the opening names only in passing."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def speaker_of(doc: Document, fragment: str) -> str | None:
    sid = doc.paragraph(n_of(doc, fragment)).speaker
    return doc.speakers_by_id[sid].name if sid else None


RUN_IN = """Q2 2027 Pelican Circuit Co., Ltd Investor Conference Call

Corporate Participants

Mei Lin Pelican Circuit Group – Chairman Owen Tsai Pelican Circuit Group – CFO Rita Kao Pelican Circuit Group – Spokesperson Conference Call Participants

Victor Lam Harbor Securities - Analyst Joy Wen Eastgate Times - Reporter

Presentation

Rita Kao Pelican Circuit Group – Spokesperson Welcome to Pelican Circuit's second quarter call. Our CFO will first review the results.

Owen Tsai Pelican Circuit Group – CFO Thank you, Rita. Revenue for the quarter reached NT$84.2 billion, up 12% YoY.

Questions and Answers

Rita Kao Pelican Circuit Group – Spokesperson Question 1: The first pre-submitted question is for the Chairman. How long will demand for server boards stay this strong?

Mei Lin Pelican Circuit Group – Chairman Thank you. We see strong demand through next year.

Rita Kao Pelican Circuit Group – Spokesperson Our first question comes from Victor from Harbor Securities, please.

Victor Lam Harbor Securities - Analyst

Thank you. What gross margin should we expect in the second half?

Rita Kao Pelican Circuit Group – Spokesperson We will ask our CFO to answer this question, thank you.

Owen Tsai Pelican Circuit Group – CFO We expect gross margin to stay around 7% in the second half.

Rita Kao Pelican Circuit Group – Spokesperson Next question comes from Joy from Eastgate Times, please.

Joy Wen Eastgate Times - Reporter Hello Chairman. Will you raise the dividend this year?

Mei Lin Pelican Circuit Group – Chairman The board will decide in March, but our payout ratio stays above 50%.

Rita Kao Pelican Circuit Group – Spokesperson Thank you. We will end our conference here. Thank you everyone.
"""


def test_headers_run_into_the_speech_are_labels() -> None:
    """"Name Org – Title text": the header recurs or stands in the participants list, so it is read
    as a label; the title ends where the speech starts; IR's "Question 1:" reads a question sent in;
    the spokesperson's hand-offs and closing answer nothing."""
    doc = parse(RUN_IN)
    assert pairs(doc) == [
        (None, None, ["Mei Lin"]),
        ("Victor Lam", "Harbor Securities", ["Owen Tsai"]),
        ("Joy Wen", "Eastgate Times", ["Mei Lin"]),
    ]
    assert speaker_of(doc, "Revenue for the quarter reached NT$84.2 billion") == "Owen Tsai"
    owen = next(s for s in doc.speakers if s.name == "Owen Tsai")
    assert owen.side == "company" and owen.role == "CFO"


def test_a_dash_in_prose_is_no_header() -> None:
    text = (
        "Northwind Ports Group – Annual Review\n\n"
        "The Board Meeting – Summary of the decisions taken in March follows below.\n\n"
        "Revenue rose 8% in the year as container volumes recovered."
    )
    doc = parse(text, "review.txt")
    assert not doc.qa
    assert all(p.speaker is None for p in doc.paragraphs)


RESTATED = """Kestrel Foundry Q3 2027 Earnings Call

Amy Chu: Good afternoon and welcome. This is Amy Chu, head of Investor Relations and your host today.

Karen Ho: Thank you, Amy. Third quarter revenue rose 11% to USD 8.4 billion and gross margin was 61%.

David Sun: Thank you, Karen. Demand for our advanced nodes stays very strong.

Operator: First one to ask questions, Paul Yeo from Ridge Capital.

Paul Yeo: Congratulations on the results. How long will the capacity shortage last, and will you raise prices?

Amy Chu: Okay. So Paul's first question is how long the shortage will last. He also wants to know about pricing. Is that correct, Paul?

Paul Yeo: That's right.

David Sun: The shortage will last into next year. Gross margin will stay high. Did I answer your question?

Paul Yeo: Okay. That is very clear. So do you think pricing will rise further next year?

Amy Chu: So his follow-up question is on pricing next year.

Karen Ho: We do not comment on pricing, but our value to customers keeps growing.

Operator: Next one, we have Tina Roy from Westbank.

Tina Roy: What is your capital spending plan for next year?

Karen Ho: Capital spending will be higher than this year.
"""


def test_ir_restating_the_question_is_no_answer() -> None:
    """IR putting each question to management in her own words moderates, however long; "Did I
    answer your question?" ends the answer, so the analyst's next question is a pair of its own."""
    doc = parse(RESTATED)
    got = pairs(doc)
    assert ("Paul Yeo", "Ridge Capital", ["David Sun"]) in got
    assert ("Paul Yeo", "Ridge Capital", ["Karen Ho"]) in got
    assert ("Tina Roy", "Westbank", ["Karen Ho"]) in got
    assert all("Amy Chu" not in answerers for _, _, answerers in got)


TAIWAN_RECORD = """鼎安電子 2027年第一季法說會 問答紀要

出席：董事長 林志遠、總經理 許文傑、財務長 周美玲

財務長周美玲報告：第一季合併營收新台幣96.2億元，季增5%，毛利率18.4%。

富山投顧分析師問：第二季伺服器營收能否再成長？
許文傑答：第二季伺服器營收預估季增一成以上。

法人問：今年資本支出規劃為何？
周美玲答：全年資本支出約新台幣20億元。

外資法人問：匯率對毛利率的影響？
林志遠答：新台幣每升值1%，毛利率約減少0.3個百分點。
"""


def test_taiwan_record_with_asking_and_answering_verbs() -> None:
    """"<firm>分析師問：", "法人問：", "外資法人問：" ask (the firm kept when named); "<name>答：" answers;
    "財務長<name>報告：" is that person's prepared remarks."""
    doc = parse(TAIWAN_RECORD)
    assert pairs(doc) == [
        (None, "富山投顧", ["許文傑"]),
        (None, None, ["周美玲"]),
        (None, None, ["林志遠"]),
    ]
    assert speaker_of(doc, "第一季合併營收新台幣96.2億元") == "周美玲"


TOPIC_NOTES = """澄海物流（601888）2027年第一季度业绩电话会纪要

一、财务数据和关键指标变化
- 一季度营业收入31.2亿元，同比增长7%[2]

二、问答环节所有提问和回答
问题: 关于二季度运价的判断
- 管理层表示二季度运价将环比持平[11]
- 旺季附加费已于4月落地[12]
问题: 关于分红安排
- 公司称全年分红比例不低于40%[15]
"""


def test_questions_by_topic_with_bulleted_answers() -> None:
    doc = parse(TOPIC_NOTES, "notes.md")
    assert len(doc.qa) == 2
    assert [doc.paragraph(q.question[0]).text for q in doc.qa] == ["问题: 关于二季度运价的判断", "问题: 关于分红安排"]
    first = [doc.paragraph(n).text for a in doc.qa[0].answers for n in a.paragraphs]
    assert first == ["- 管理层表示二季度运价将环比持平[11]", "- 旺季附加费已于4月落地[12]"]


def test_bullets_under_headings_are_no_answers() -> None:
    """Bullets under section headings of an article, with no question mark at all, stay prose."""
    text = "行业周报\n\n一、要点\n- 运价环比持平\n二、展望\n- 旺季将至\n"
    assert not parse(text, "weekly.md").qa


DIARISED = """[00:00:03] SPEAKER_00: 各位法人先進午安，歡迎參加晨星光電法說會。首先請財務長何佩珊報告營運成果。
[00:00:20] SPEAKER_01: 謝謝主持人。第一季合併營收新台幣41.5億元，季增6%。
[00:05:10] SPEAKER_00: 接下來開放提問。總經理吳家豪也會一起回答。
[00:05:15] SPEAKER_02: 您好，我是北辰投顧的蔡宜君。想請問第二季的出貨展望？
[00:05:30] SPEAKER_03: 我是吳家豪，我來回答。第二季出貨會季增兩成。
[00:06:00] SPEAKER_02: 那價格壓力呢？
[00:06:05] SPEAKER_03: 價格年降約一成。
[00:06:40] SPEAKER_04: 我是東亞證券的鄭立行，請問今年的資本支出？
[00:06:55] SPEAKER_01: 今年資本支出約新台幣12億元。
"""


def test_numbered_speakers_named_by_the_floor_and_by_themselves() -> None:
    """The host gives the floor to report ("請財務長何佩珊報告"), and an executive names themselves as
    they answer ("我是吳家豪，"), a name the opening gave with a title: both numbered speakers are
    named, in the text's own script."""
    doc = parse(DIARISED)
    assert pairs(doc) == [
        ("蔡宜君", "北辰投顧", ["吳家豪"]),
        ("蔡宜君", "北辰投顧", ["吳家豪"]),
        ("鄭立行", "東亞證券", ["何佩珊"]),
    ]


FIRESIDE = """Harlow Tools (HRLW) at Bayside Securities Industrials Conference - Fireside Chat

Company Participants
Grace Moreno - Chief Executive Officer
Ivan Petrov - Chief Financial Officer

Other Participants
Leo Brandt - Bayside Securities, Analyst
Unidentified Participant

Presentation

Leo Brandt
Good morning. I'm Leo Brandt, I cover tools at Bayside. Grace, orders grew 9% last quarter. What are you seeing now?

Grace Moreno
Demand is steady, and our backlog covers about six months of shipments.

Leo Brandt
Ivan, how do you rank buybacks against acquisitions?

Ivan Petrov
Acquisitions first. We bought back $40 million of stock in the quarter.

Unidentified Participant
Can you talk about steel costs?

Ivan Petrov
Steel surcharges cover most of the cost increase.

Leo Brandt
We're out of time. Grace, Ivan, thank you very much.

Grace Moreno
Thank you, Leo.
"""


def test_fireside_chat_host_analyst_asks_and_closes() -> None:
    """The conference host asks every question; "Name - Firm, Analyst" gives the firm without the
    title; their closing line opens no pair, so the thanks after it answer nothing."""
    doc = parse(FIRESIDE)
    assert pairs(doc) == [
        ("Leo Brandt", "Bayside Securities", ["Grace Moreno"]),
        ("Leo Brandt", "Bayside Securities", ["Ivan Petrov"]),
        (None, None, ["Ivan Petrov"]),
    ]


MENTIONED = """Lumen Retail Q4 2026 Results Conference Call

Sara Holt: Good afternoon. Joining me are Tom Reyes, CEO, and Nina Park, Chief Operating Officer, who will join for the Q&A.

Tom Reyes: Thanks, Sara. Sales grew 6% in the quarter and margins improved.

Operator: Your first question comes from the line of Dan Frost with Marlow Bank.

Dan Frost: How is the new loyalty program doing?

Nina Park: Hi Dan, I'll take this one. Sign-ups are ahead of plan, at 2 million members.

Operator: Your next question comes from the line of Eve Lang with Crest Partners.

Eve Lang: What is the store opening plan for next year?

Tom Reyes: We plan 40 new stores.
"""


def test_executive_named_with_a_title_in_the_opening_answers() -> None:
    """Nina Park speaks only once, right after an analyst, but the opening named her with a job
    title: she answers for the company, she does not ask."""
    doc = parse(MENTIONED)
    assert pairs(doc) == [
        ("Dan Frost", "Marlow Bank", ["Nina Park"]),
        ("Eve Lang", "Crest Partners", ["Tom Reyes"]),
    ]


COMPANY_PDF = """Orion Foods, Inc. (ORFD)
Second Quarter 2027 Results Conference Call
July 28th, 2027

Lena Brooks, VP, Investor Relations

Thank you. Good afternoon and welcome. Joining me are Sam Ortiz, CEO and Kate Lin, CFO.

And now, I'd like to turn the call over to Sam.

Sam Ortiz, CEO

Thanks, Lena. Sales rose 7% this quarter.

Kate Lin, CFO

Thanks, Sam. Gross margin was 34%.

Operator: Your first question comes from the line of Ray Dunn with Coastline Bank.

Ray Dunn: How are input costs trending?

Kate Lin: They eased about 2% in the quarter.

Lena Brooks: Thanks, Kate. Operator, we have time for one last question.
"""


def test_first_header_of_a_company_pdf_before_the_layout_shows() -> None:
    """"Lena Brooks, VP, Investor Relations" alone on its line opens the call before the executives'
    "Name, CEO" headers show the layout: her welcome is hers, and her later line moderates."""
    doc = parse(COMPANY_PDF)
    assert speaker_of(doc, "Good afternoon and welcome") == "Lena Brooks"
    assert pairs(doc) == [("Ray Dunn", "Coastline Bank", ["Kate Lin"])]


def test_an_executive_restating_then_answering_is_the_answer() -> None:
    """"Paul's question is about pricing" said by the executive who then answers it himself: an
    answer, not a question relayed to someone else."""
    text = RESTATED.replace(
        "Amy Chu: So his follow-up question is on pricing next year.\n\nKaren Ho:",
        "Karen Ho: So Paul's question is about pricing next year.",
    )
    doc = parse(text)
    assert ("Paul Yeo", "Ridge Capital", ["Karen Ho"]) in pairs(doc)
