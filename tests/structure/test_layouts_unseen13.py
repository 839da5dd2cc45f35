"""Layouts met on held-out transcripts and records, each on a short fictional call: a JSON export with
a participants list, a Q&A platform's CSV export, an IR site's HTML table, a panel labelled by
initials, a Japanese briefing's "Questioner / Respondent" summary, WeChat minutes marked with symbols
and a bar, a numbered ASR speaker naming themselves after a lead-in, and label-free calls (a one-line
export, unpunctuated captions)."""

from __future__ import annotations

import json

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def parse_bytes(data: bytes, name: str) -> Document:
    return run(ingest(data, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def question_starts(doc: Document) -> list[str]:
    return [doc.paragraph(q.question[0]).text[:30] for q in doc.qa]


JSON_CALL = {
    "prepared_remarks": [
        {"speaker": "Operator", "speech": "Welcome to the Quillby Foods third quarter call. I will hand over to Nora Beck."},
        {"speaker": "Nora Beck", "speech": "Thanks. Net sales rose 6% to $1.2 billion and margin widened 80 basis points."},
    ],
    "q_and_a": [
        {"speaker": "Operator", "speech": "Our first question is from Sam Ito with Larch Capital. Your line is open."},
        {"speaker": "Samuel K. Ito", "speech": "Thanks. Nora, how much of the margin gain was pricing versus mix?"},
        {"speaker": "Nora Beck", "speech": "About two thirds was pricing, Sam, and the rest was mix."},
        {"speaker": "Samuel K. Ito", "speech": "And on volumes, do you expect them to turn positive in the fourth quarter?"},
        {"speaker": "Omar Diaz", "speech": "We expect volumes to be flat to slightly up in the fourth quarter."},
    ],
    "participants": [
        "Nora Beck--Chief Financial Officer",
        "Omar Diaz--Chief Executive Officer",
        "Samuel K. Ito--Larch Capital Partners, LLC -- Analyst",
    ],
}


def test_json_export_takes_the_q_and_a_list_and_the_firms_from_its_participants_list() -> None:
    doc = parse_bytes(json.dumps(JSON_CALL).encode(), "quillby.json")
    assert pairs(doc) == [
        ("Samuel K. Ito", "Larch Capital Partners, LLC", ["Nora Beck"]),
        ("Samuel K. Ito", "Larch Capital Partners, LLC", ["Omar Diaz"]),
    ]


IRM_CSV = """股票代码,公司简称,问题,提问者,提问时间,回答内容
300123,青禾材料,请问公司新建产线什么时候投产？,yd_1001,2026-03-02 10:15,您好，新产线预计于三季度投产，感谢关注。
300123,青禾材料,公司海外订单占比是多少？,yd_1002,2026-03-05 09:41,您好，海外订单占比约为三成。
"""


def test_qa_platform_csv_export_pairs_each_row() -> None:
    doc = parse_bytes(IRM_CSV.encode(), "irm.csv")
    assert pairs(doc) == [(None, None, []), (None, None, [])]
    first = doc.qa[0]
    assert "新建产线什么时候投产" in doc.paragraph(first.question[0]).text
    assert "三季度投产" in doc.paragraph(first.answers[0].paragraphs[0]).text
    assert all("| 问题 |" not in doc.paragraph(n).text for q in doc.qa for n in q.question)


HTML_TABLE = """<html><head><title>Corvane Q1 2027 Call</title></head><body><main>
<h1>Corvane Q1 2027 Earnings Call Transcript</h1>
<table><tr><th>Speaker</th><th>Remarks</th></tr>
<tr><td><b>Operator</b></td><td><p>Welcome to the Corvane first quarter call. I hand over to Ines Moro.</p></td></tr>
<tr><td><b>Ines Moro</b><br><i>Chief Financial Officer</i></td><td><p>Thank you. Revenue grew 11% to $640 million and we raise our outlook.</p></td></tr>
<tr><td><b>Operator</b></td><td><p>Our first question is from Tariq Bell of Aldgate Research.</p></td></tr>
<tr><td><b>Tariq Bell</b><br><i>Aldgate Research</i></td><td><p>Ines, what drove the raise in the outlook, and is it mostly volume?</p></td></tr>
<tr><td><b>Ines Moro</b><br><i>Chief Financial Officer</i></td><td><p>Mostly volume, Tariq, from two new distribution contracts.</p></td></tr>
</table></main></body></html>"""


def test_html_table_speaker_cell_parts_name_and_title_or_firm() -> None:
    doc = parse_bytes(HTML_TABLE.encode(), "corvane.html")
    assert pairs(doc) == [("Tariq Bell", "Aldgate Research", ["Ines Moro"])]


PANEL = """Harbor Energy Forum 2027 - fireside chat with Ostrava Grid

Participants:
Lena Park (LP), Managing Director, Falconer Securities (moderator)
Ivo Marek (IM), Chief Executive Officer, Ostrava Grid
Dana Weiss (DW), Chief Financial Officer, Ostrava Grid

LP: Thanks for being here. Ivo, how much of your capex goes to the transmission build next year?

IM: About 60%, Lena. The rest is distribution and digital metering.

DW: And all of it is funded from operating cash flow and existing facilities.

QUESTIONER 1: Dana, what is the leverage target after the build?

DW: We aim to keep net debt below three times EBITDA.
"""


def test_panel_labels_by_initials_are_the_people_the_participant_list_names() -> None:
    doc = parse(PANEL)
    assert pairs(doc) == [
        ("Lena Park", "Falconer Securities", ["Ivo Marek", "Dana Weiss"]),
        (None, None, ["Dana Weiss"]),
    ]


QUESTIONER_RESPONDENT = """Kitano Precision Co., Ltd.
Summary of Q&A, Financial Results Briefing for FY2026
Respondents: Aiko Sato, President; Kenta Mori, CFO

Questioner A (Asahi Securities)
Orders for semiconductor equipment parts recovered in the fourth quarter. Will the recovery continue?

Respondent (Aiko Sato, President)
We expect orders to keep rising through the first half, led by memory customers.

Questioner B (Kobe Times, reporter)
Are you considering a plant in the United States?

Respondent (Kenta Mori, CFO)
Not at this time. We will expand the Kyushu plant first.
"""


def test_questioner_and_respondent_lines_give_the_firm_and_who_answers() -> None:
    doc = parse(QUESTIONER_RESPONDENT)
    assert pairs(doc) == [(None, "Asahi Securities", ["Aiko Sato"]), (None, "Kobe Times", ["Kenta Mori"])]


WECHAT_MINUTES = """【纪要】禾川家居2026年半年度业绩交流会

▌会议信息
公司出席：董事长 顾远；财务总监 孟佳

▌问答环节

◆ Q1｜广发证券 蒋琳：
上半年定制业务增速放缓，下半年有什么改善措施？

◇ A｜董事长 顾远：
下半年会加快整装渠道的布局，预计新增合作装企两百家。

◆ Q2｜申万宏源 许诺：
今年的分红比例会不会提高？

◇ A｜财务总监 孟佳：
全年分红比例计划不低于六成。
"""


def test_symbol_and_bar_marks_name_askers_firms_and_answerers() -> None:
    doc = parse(WECHAT_MINUTES)
    assert pairs(doc) == [("蒋琳", "广发证券", ["顾远"]), ("许诺", "申万宏源", ["孟佳"])]


TINGWU = """云岫科技 2026年年度业绩交流会 转写稿

发言人1 00:00:03
各位投资者下午好，今天出席的有董事长林泽先生、财务总监唐悦女士。首先请唐总介绍经营情况。

发言人2 00:00:20
好的，谢谢主持人。全年公司实现营业收入28.4亿元，同比增长12%。

发言人1 00:03:10
下面进入提问环节，请国信证券的曹宁提问。

发言人3 00:03:16
谢谢，我是国信证券的曹宁。想请问明年的资本开支规划是多少？

发言人4 00:03:30
我来回答一下，我是林泽。明年资本开支预计在5亿元左右，主要用于新园区建设。
"""


def test_numbered_speaker_naming_themselves_after_a_lead_in_is_that_company_person() -> None:
    doc = parse(TINGWU)
    assert pairs(doc) == [("曹宁", "国信证券", ["林泽"])]


ONE_LINE = (
    "Welcome to the Brantley Medical second quarter call. Our first question comes from Joan Pike with Orchard "
    "Securities. Your line is open. Hi, congrats on the quarter. I wanted to ask about the imaging segment. Just "
    "curious how much of the growth came from the new scanner. Sure. The new scanner drove about half of the "
    "growth, and the rest came from service contracts in Europe and Japan. That's super helpful. And then on "
    "margins, how should we think about the second half given the freight costs you mentioned? Well, we expect "
    "freight to ease, so margins should be up modestly in the second half. Our next question comes from Raul Ortiz "
    "with Beacon Partners. Your line is open. Thanks. Can you update us on the capital allocation priorities? Yes, "
    "Raul, we remain focused on tuck-in acquisitions and the dividend."
)


def test_label_free_one_line_call_cuts_answers_and_follow_ups_from_the_questions() -> None:
    doc = parse(ONE_LINE)
    assert [p[:2] for p in pairs(doc)] == [
        ("Joan Pike", "Orchard Securities"),
        ("Joan Pike", "Orchard Securities"),
        ("Raul Ortiz", "Beacon Partners"),
    ]
    assert [s[:16] for s in question_starts(doc)] == ["Hi, congrats on ", "That's super hel", "Thanks. Can you "]
    assert doc.paragraph(doc.qa[0].answers[0].paragraphs[0]).text.startswith("Sure. The new scanner")


CAPTIONS = (
    "good afternoon and welcome to the Tarvo Systems earnings call the operator will now open the lines "
    "your next question comes from Nina Roth with Keel Research your line is open "
    "hi thanks for taking my question um I wanted to ask about the backlog in the defense unit and how quickly "
    "it converts into revenue over the next few quarters thank you yeah so the backlog converts over about "
    "eighteen months and we expect most of it to ship next year "
    "your next question comes from Owen Hale with Cobalt Partners your line is open "
    "yeah hey thanks first congrats on the quarter my question is on pricing and whether the increases you "
    "put through in the spring are holding up with customers thanks the pricing is holding and churn is low"
)


def test_unpunctuated_captions_end_the_question_at_the_askers_closing_thanks() -> None:
    doc = parse(CAPTIONS)
    assert [p[:2] for p in pairs(doc)] == [("Nina Roth", "Keel Research"), ("Owen Hale", "Cobalt Partners")]
    assert [s[:20] for s in question_starts(doc)] == ["hi thanks for taking", "yeah hey thanks firs"]
    answers = [doc.paragraph(q.answers[0].paragraphs[0]).text for q in doc.qa]
    assert answers[0].startswith("yeah so the backlog") and answers[1].startswith("the pricing is holding")
    assert n_of(doc, "hi thanks for taking my question") == doc.qa[0].question[0]


BANK_CSV = """section,speaker_name,speaker_role,speaker_firm,text
presentation,Operator,Operator,,"Welcome to the Granite Trust Bank call. I will turn it over to Paul Stone."
presentation,Paul Stone,Chief Financial Officer,Granite Trust Bank,"Thanks. Net interest margin rose five basis points to 3.1%."
qa,Operator,Operator,,"Our first question comes from Lisa Ray with Hale, Brook & Finch."
qa,Lisa Ray,Analyst,"Hale, Brook & Finch","Paul, where do you expect the margin to settle next year?"
qa,Paul Stone,Chief Financial Officer,Granite Trust Bank,"Around 3.1% to 3.2%, Lisa, as deposit costs level off."
"""


def test_csv_firm_column_keeps_a_firm_with_a_comma_whole() -> None:
    doc = parse_bytes(BANK_CSV.encode(), "granite.csv")
    assert pairs(doc) == [("Lisa Ray", "Hale, Brook & Finch", ["Paul Stone"])]


TRAILING = """晨曦電子 2026年第二季法人說明會 問答紀錄

出席：董事長 葉明山、財務長 許雅婷

問答：

Q：下半年的毛利率展望如何？車用產品的比重會不會持續提高？（富邦投顧 周家豪）
A：（財務長）下半年產品組合仍以車用與工控為主，毛利率可望維持在三成以上，但匯率波動會有一些影響。

Q：今年的股利政策會調整嗎？（投資人）
A：（董事長）公司維持現金股利發放率不低於六成的政策，今年不變。
"""


def test_asker_named_in_brackets_after_the_question() -> None:
    doc = parse(TRAILING)
    assert pairs(doc) == [("周家豪", "富邦投顧", ["許雅婷"]), (None, None, ["葉明山"])]


IR_FAQ = """Morikawa Industries, Ltd.
Investor Relations > FAQ

Q&A at the Conference on Financial Results for FY2026 (held on May 14, 2027)

1. Why do you expect the Machinery segment's profit to fall next fiscal year?
Lower prices for hydraulic parts in China and higher depreciation at the new Osaka line.

2. What exchange rate does the forecast assume?
It assumes 140 yen to the U.S. dollar for the full year.
"""


def test_ir_faq_page_pairs_numbered_questions_with_the_answer_under_each() -> None:
    doc = parse(IR_FAQ)
    assert pairs(doc) == [(None, None, []), (None, None, [])]
    assert [s[:16] for s in question_starts(doc)] == ["1. Why do you ex", "2. What exchange"]
    assert doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text.startswith("It assumes 140 yen")


VIDEO_PAGE = """Transcript

0:01
good afternoon and welcome to the Ferro Lane fourth quarter call
0:05
I will now turn the call over to our ceo Paula Grant
0:09
thanks everyone revenue grew 8% to 910 million dollars and margins widened
0:15
with that operator please open the line
0:18
thank you our first question comes from
0:21
Ian Shaw with Corran Securities please go ahead
0:24
hi thanks for taking my question Paula can you talk about pricing in the
0:29
second half and whether the increases are sticking
0:33
yeah thanks Ian so pricing is holding well and we expect it to add about
0:38
two points to growth next year
0:41
our next question comes from Mei Tan with Harlow Capital
0:45
great thanks good afternoon I wanted to ask about the new plant and when it
0:50
starts to contribute to volumes next year
0:53
hi Mei the plant starts up in the second quarter and should be at full rate by the end of the year
0:59
thank you there are no further questions
"""


def test_video_page_transcript_reads_its_captions_as_one_label_free_call() -> None:
    doc = parse_bytes(VIDEO_PAGE.encode(), "ferro.txt")
    assert [p[:2] for p in pairs(doc)] == [("Ian Shaw", "Corran Securities"), ("Mei Tan", "Harlow Capital")]
    assert [s[:20] for s in question_starts(doc)] == ["hi thanks for taking", "great thanks good af"]
    answers = [doc.paragraph(q.answers[0].paragraphs[0]).text for q in doc.qa]
    assert answers[0].startswith("yeah thanks Ian so pricing") and answers[1].startswith("hi Mei the plant")
    assert not any(p.text.strip() in ("0:21", "0:41") for p in doc.paragraphs)


def test_an_office_spelled_out_before_its_initials_is_no_person() -> None:
    doc = parse(
        "Acme fireside chat\n\nParticipants:\nJane Roe (JR), Analyst, Bay Securities\n"
        "Our Chief Executive Officer (CEO) joins us.\n\nJR: Thanks. How is demand?\n\n"
        "CEO: Demand is strong this quarter.\n"
    )
    assert "Chief Executive Officer" not in [s.name for s in doc.speakers]
    assert pairs(doc)[0][:2] == ("Jane Roe", "Bay Securities")
