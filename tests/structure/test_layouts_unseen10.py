"""Layouts met on more held-out transcripts, each on a short fictional call: a press conference that
closes each speaker's name in capitals with a full stop ("CHAIR ODUYA.", "MS. VARGA."), a wire
service's labels naming the speaker, title and firm in capitals before the colon, and a vendor export
whose first turn header repeats a roster entry right under the roster."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


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


PRESS_PERIODS = """Transcript of Chair Amara Oduya's Press Conference
Lakeshore Water Utilities, annual results
February 12, 2027

CHAIR ODUYA. Good afternoon. Lakeshore delivered 312 billion litres last year, up 2 percent, and operating income rose to $640 million. Our Chief Financial Officer, Petra Varga, is here with me.

MR. LINDQVIST. Thank you. We'll take the first question from Sophie.

SOPHIE DUBOIS. Thanks. Sophie Dubois, Northern Ledger. Chair Oduya, will customer bills rise again next year?

CHAIR ODUYA. We have asked the regulator for an increase of 3 percent, below inflation.

MR. LINDQVIST. Next, Marcus.

MARCUS BELL. Marcus Bell, Civic Radio. Ms. Varga, how much will you invest in pipes this year?

MS. VARGA. About $410 million, most of it on replacing mains older than 80 years.

MR. LINDQVIST. Thank you, everyone.
"""


def test_press_conference_names_in_capitals_closed_by_a_full_stop() -> None:
    """ "SOPHIE DUBOIS. Thanks." opens her turn; "CHAIR ODUYA." and "MS. VARGA." are the people the
    text names in full before; the press officer who only gives the floor answers nothing."""
    doc = parse(PRESS_PERIODS)
    assert pairs(doc) == [
        ("Sophie Dubois", "Northern Ledger", ["Amara Oduya"]),
        ("Marcus Bell", "Civic Radio", ["Petra Varga"]),
    ]
    assert speaker_of(doc, "Lakeshore delivered 312 billion litres") == "Amara Oduya"
    assert speaker_of(doc, "About $410 million") == "Petra Varga"
    assert_sound(doc)


def test_capitals_then_a_full_stop_inside_speech_are_no_label() -> None:
    """A line may open with a heading in capitals and a full stop ("NORTH AMERICA. Sales rose"), or
    an abbreviation ("U.S. sales"): outside a document written that way throughout, no speaker."""
    doc = parse(
        "Operator: Welcome to the Fenwick Foods call. I will now hand over to Laura Pike.\n\n"
        "Laura Pike: Thank you. Net sales rose 6%.\n\n"
        "NORTH AMERICA. Sales rose 5% in the region, with U.S. sales up 4%.\n\n"
        "Operator: Our first question comes from Dan Reyes with Calder Bank.\n\n"
        "Dan Reyes: Laura, what about margins?\n\n"
        "Laura Pike: Margins were 12%.\n"
    )
    assert {s.name for s in doc.speakers} == {"Operator", "Laura Pike", "Dan Reyes"}
    assert speaker_of(doc, "Sales rose 5% in the region") == "Laura Pike"


WIRE_CAPS = """FINAL TRANSCRIPT

Tarrow Medical - Q1 2027 Earnings Conference Call

OPERATOR: Good day, and welcome to the Tarrow Medical first quarter 2027 earnings conference call. I would now like to turn the call over to Nadia Brenner, Chief Executive Officer.

NADIA BRENNER, CHIEF EXECUTIVE OFFICER, TARROW MEDICAL: Thank you. Revenue was $910 million, up 11%, led by surgical robotics.

VICTOR CHANG, CHIEF FINANCIAL OFFICER, TARROW MEDICAL: Gross margin was 64.2%, and we now expect full-year earnings per share of $4.10 to $4.20.

OPERATOR: Our first question comes from Irene Walsh with Holloway Securities.

IRENE WALSH, ANALYST, HOLLOWAY SECURITIES: Thanks. Nadia, how many robotic systems did you place in the quarter?

NADIA BRENNER, CHIEF EXECUTIVE OFFICER, TARROW MEDICAL: We placed 48 systems, 30 of them in the United States.

OPERATOR: Our next question comes from Omar Haddad with Brightline Partners.

OMAR HADDAD, ANALYST, BRIGHTLINE PARTNERS: Victor, what is behind the higher tax rate?

VICTOR CHANG, CHIEF FINANCIAL OFFICER, TARROW MEDICAL: Mostly the mix of earnings between countries.
"""


def test_wire_service_labels_in_capitals_with_title_and_firm() -> None:
    """A label longer than an inline name is still a label when it is all capitals with commas; a
    first name that holds a title's letters ("VICTOR" holds "CTO") is no title."""
    doc = parse(WIRE_CAPS)
    assert pairs(doc) == [
        ("Irene Walsh", "Holloway Securities", ["Nadia Brenner"]),
        ("Omar Haddad", "Brightline Partners", ["Victor Chang"]),
    ]
    assert speaker_of(doc, "Gross margin was 64.2%") == "Victor Chang"
    assert_sound(doc)


HEADER_REPEATS_ROSTER = """Q3 2027 Sakura Ceramics Co Ltd Earnings Presentation Transcript

=====================

Corporate Participants

=====================

* Haruto Kimura

Sakura Ceramics Co., Ltd. - President & Representative Director

=====================

Conference Call Participants

=====================

* Mei Tanabe

Kasumi Securities - Analyst

=====================

Haruto Kimura - Sakura Ceramics Co., Ltd. - President & Representative Director

[Interpreted] This is Kimura. Net sales for the first nine months were JPY 94.1 billion, up 5%.

=====================

Questions and Answers

=====================

Mei Tanabe - Kasumi Securities - Analyst

[Interpreted] How strong are orders for electronic ceramics?

=====================

Haruto Kimura - Sakura Ceramics Co., Ltd. - President & Representative Director

[Interpreted] Orders for the fourth quarter are about 12% above last year.
"""


def test_turn_header_repeating_a_roster_entry_ends_the_roster() -> None:
    """The first turn's header, right under the roster, repeats an entry: the roster has ended and
    the presentation is that person's."""
    doc = parse(HEADER_REPEATS_ROSTER)
    assert speaker_of(doc, "Net sales for the first nine months") == "Haruto Kimura"
    assert pairs(doc) == [("Mei Tanabe", "Kasumi Securities", ["Haruto Kimura"])]
    assert_sound(doc)


SPLIT_TIMES = """Corran Brewing (CRBW) Q2 2027 Earnings Call Transcript

Operator: (
00:04) Good morning and welcome to Corran Brewing's second quarter call. I will now hand the call to Chief Executive Officer Helen Marsh.
Helen Marsh: (
00:22) Thank you. Volumes grew 3.1% and net revenue per hectolitre rose 4%.
Operator: (
04:10) Our first question comes from Jonas Berg with Eastfield Capital.
Jonas Berg: (
04:16) Thanks. Helen, how much did the new lager contribute to volume growth?
Helen Marsh: (
04:29) About a third of it.
Operator: (
05:40) Next is Chloe Adams of Marlowe Research.
Chloe Adams: (
05:46) Helen, are you still expecting aluminium costs to fall?
Helen Marsh: (
05:58) Yes, by about 5% in the second half.
"""


def test_label_line_ending_in_a_bracket_then_the_time_on_the_next_line() -> None:
    """A web page that breaks "Helen Marsh: (00:22)" after the bracket: one turn whose speech starts
    past the time; "Next is Chloe Adams of Marlowe Research." announces her and her firm."""
    doc = parse(SPLIT_TIMES)
    assert pairs(doc) == [
        ("Jonas Berg", "Eastfield Capital", ["Helen Marsh"]),
        ("Chloe Adams", "Marlowe Research", ["Helen Marsh"]),
    ]
    q = doc.paragraph(doc.qa[0].question[0])
    assert q.text[q.body_start :].startswith("Thanks. Helen, how much"), q.text[q.body_start :]
    assert speaker_of(doc, "Volumes grew 3.1%") == "Helen Marsh"
    assert_sound(doc)


TIMED_TABLE = """# Ostrava Freight — Q4 2026 earnings call

| Time | Speaker | Text |
|---|---|---|
| 00:00:03 | Operator | Welcome to the Ostrava Freight fourth quarter call. I will hand over to Chief Executive Officer Pavel Novak. |
| 00:00:15 | Pavel Novak | Thank you. Revenue rose 7% to EUR 2.1 billion. |
| 00:03:02 | Operator | Our first question comes from Lena Fischer with Adler Bank. |
| 00:03:08 | Lena Fischer | Pavel, what is your outlook for rail volumes? |
| 00:03:15 | Pavel Novak | We expect low single-digit growth. |
"""


def test_table_rows_with_the_time_in_the_first_cell() -> None:
    """A transcript table with a time column before the speaker's: the second cell names who speaks;
    the document's title above it is no speaker."""
    doc = parse(TIMED_TABLE, "call.md")
    assert pairs(doc) == [("Lena Fischer", "Adler Bank", ["Pavel Novak"])]
    assert speaker_of(doc, "Revenue rose 7%") == "Pavel Novak"
    assert {s.name for s in doc.speakers} == {"Operator", "Pavel Novak", "Lena Fischer"}
    assert_sound(doc)


SIGNED_POSTS = """青川环保（600888）2026年半年度业绩说明会 文字实录

说明会时间：2026年9月10日 10:00-11:30
出席人员：董事长 柳成舟；财务总监 江若楠

柳成舟：各位投资者上午好。上半年公司实现营业收入23.5亿元，同比增长9.6%。

问：公司污水处理项目的回款情况如何？
提问人：投资者 发布时间：2026-09-10 10:12
答：您好，上半年应收账款回款率约为88%，同比提升5个百分点。
回答人：财务总监 江若楠 回复时间：2026-09-10 10:20

问：下半年有没有新签项目？
提问人：投资者 发布时间：2026-09-10 10:25
答：您好，公司在手意向项目较多，具体以公告为准。
回答人：董事长 柳成舟 回复时间：2026-09-10 10:31
"""


def test_roadshow_record_signs_each_post_under_it() -> None:
    """ "回答人：财务总监 江若楠 回复时间：…" under an answer says who gave it; "提问人：投资者" leaves the
    question anonymous; neither signature is part of anyone's words."""
    doc = parse(SIGNED_POSTS)
    assert pairs(doc) == [(None, None, ["江若楠"]), (None, None, ["柳成舟"])]
    for pair in doc.qa:
        for n in (*pair.question, *(p for a in pair.answers for p in a.paragraphs)):
            assert "时间：" not in doc.paragraph(n).text
    assert_sound(doc)


TOPIC_SUMMARY = """Hollins Precision: Q&A for FY2026 Financial Results

Below is a summary of the questions and answers at the results briefing held on May 20, 2027.

Order trends：How did orders for industrial lasers develop in the fourth quarter?

Orders rose 9% from the third quarter, helped by demand from battery makers.

Capital policy：Do you plan to buy back shares this year?

We will decide after reviewing investment needs at the board meeting in June.
"""


def test_questions_headed_by_their_topic_with_unmarked_answers() -> None:
    """A company's summary of its briefing: each question opens with a topic and a colon, its answer
    is the paragraph under it; nobody is named."""
    doc = parse(TOPIC_SUMMARY)
    assert pairs(doc) == [(None, None, []), (None, None, [])]
    first = doc.paragraph(doc.qa[0].question[0])
    assert first.text[first.body_start :].startswith("How did orders")
    assert [doc.paragraph(a.paragraphs[0]).text[:6] for p in doc.qa for a in p.answers] == [
        "Orders",
        "We wil",
    ]


def test_topic_questions_without_a_briefing_title_are_no_call() -> None:
    """The same shape in an article (a FAQ with no briefing's title or Q&A header) is no call."""
    body = TOPIC_SUMMARY.split("\n", 2)[2]
    doc = parse("Why the port strike matters\n\n" + body)
    assert doc.qa == ()


QA_TABLE = """# 北溟电气（688901）互动平台问答汇总

| 日期 | 提问 | 回复 |
|---|---|---|
| 2027-03-02 | 请问公司储能变流器今年的出货目标是多少？ | 您好，公司今年储能变流器出货目标约为5GW。感谢关注。 |
| 2027-03-05 | 公司海外收入占比是多少？ | 您好，2026年公司海外收入占比约为27%。谢谢。 |
"""


def test_question_and_answer_columns_of_a_platform_table() -> None:
    """Under a header naming a question column and an answer column, each row is a question (from its
    question cell) and its answer (the answer cell), cited apart; nobody is named."""
    doc = parse(QA_TABLE, "qa.md")
    assert pairs(doc) == [(None, None, []), (None, None, [])]
    q = doc.paragraph(doc.qa[1].question[0])
    assert q.text[q.body_start :] == "公司海外收入占比是多少？"
    answer = doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text
    assert answer == "您好，2026年公司海外收入占比约为27%。谢谢。"
    assert_sound(doc)


EN_QA_TABLE = """Fernhill Homes — shareholder questions and answers, AGM 2027

| No. | Question | Answer |
|---|---|---|
| 1 | Will the dividend be raised this year? | The board will review the dividend with the interim results in August. |
| 2 | How many homes do you expect to complete? | Between 4,200 and 4,400 homes. |
"""


def test_english_question_and_answer_table() -> None:
    doc = parse(EN_QA_TABLE, "agm.md")
    assert len(doc.qa) == 2
    answer = doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text
    assert answer == "Between 4,200 and 4,400 homes."


def test_a_table_without_question_and_answer_columns_is_left_whole() -> None:
    """A table of figures keeps one paragraph a row."""
    doc = parse("Results\n\n| Segment | Revenue | Margin |\n|---|---|---|\n| Homes | 2.1 | 18% |\n", "t.md")
    assert any(p.text == "| Homes | 2.1 | 18% |" for p in doc.paragraphs)
