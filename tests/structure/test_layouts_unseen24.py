"""More layouts: a short call of one-line turns labelled ``Name - Title:``, and a participants list whose
titles are spelled out in full, each on a short fictional call."""

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


# Two turns only: the operator's and the finance head's, her title on her label.
SHORT_TITLED = """\
Operator: Good afternoon and welcome to the Pemberly Robotics third quarter call.
Jane Doe - Chief Financial Officer: Thank you. Revenue for the quarter was $84.2 million, up 11%.
"""


def test_short_call_of_name_dash_title_turns_has_its_speakers() -> None:
    """A two-turn call whose executive is labelled ``Jane Doe - Chief Financial Officer:`` once is read
    with both speakers, the title kept, not as paragraphs without speakers."""
    doc = parse(SHORT_TITLED)
    assert_sound(doc)
    by_id = doc.speakers_by_id
    said = [by_id[p.speaker].name if p.speaker in by_id else None for p in doc.paragraphs]
    assert said == ["Operator", "Jane Doe"]
    assert by_id[doc.paragraphs[1].speaker or ""].role == "Chief Financial Officer"


# A Japanese company's Q&A summary whose speakers line spells every title out.
SPELLED_TITLES = """\
Halloway Optics Co., Ltd.

Summary of Q&A at the Briefing for the First Half of the Fiscal Year Ending March 2027

Speakers: Taro Mizuno, President and Chief Executive Officer
Emi Kurata, Director and Chief Financial Officer
Shun Oda, General Manager, Lens Division

Q&A

Q1: Margins improved. How much came from the exchange rate?

A1 (Kurata): About 1.2 billion yen of operating profit came from the weaker yen.

Q2: Are lens orders still growing?

A2 (Oda): Orders rose 9% and we expect a similar pace in the second half.
"""


def test_participants_with_spelled_out_titles_stay_one_entry_a_line() -> None:
    """``Name, Director and Chief Financial Officer`` entries make lines as long as each other; they
    are still one participant a line, and the surname-only answer labels find them."""
    doc = parse(SPELLED_TITLES)
    assert_sound(doc)
    texts = [p.text for p in doc.paragraphs]
    assert "Emi Kurata, Director and Chief Financial Officer" in texts
    assert summary(doc) == [(None, None, ["Emi Kurata"]), (None, None, ["Shun Oda"])]


# A reworded copy of a transcript page: list items glued onto one line, "query" for "question".
GLUED_ROSTER = """\
Marlowe Grid Holdings Q2 2026 Earnings Convention Name
Firm Members
Ada Quinn – IR DirectorPaul Renner – Chairman & CEOSofia Marsh – CFO
Convention Name Members
Leo Brandt – Eastgate SecuritiesNora Vance – Hollin Capital
Operator
Welcome to the convention. I might now hand over to Ada Quinn. Please go forward.
Ada Quinn
Thanks, operator. With me are Mr. Paul Renner and Ms. Sofia Marsh.
Paul Renner
Thanks, Ada. Revenue rose 12% to $410 million this quarter.
Operator
Our first query comes from Leo Brandt of Eastgate Securities. Please go forward.
Leo Brandt
Thanks. What is the capex plan for next year?
Sofia Marsh
We plan capex of about $60 million next year.
Operator
Our subsequent query comes from Nora Vance with Hollin Capital.
Nora Vance
Hi. How is demand from utilities?
Paul Renner
Utility orders grew 18% and the backlog is at a record.
"""


def test_glued_participant_entries_are_one_a_line_and_query_intros_give_firms() -> None:
    """A list whose entries lost their line breaks is read one entry a line, and an operator saying
    "query" for "question" still gives each asker's firm."""
    doc = parse(GLUED_ROSTER)
    assert_sound(doc)
    texts = [p.text for p in doc.paragraphs]
    assert texts[2:5] == ["Ada Quinn – IR Director", "Paul Renner – Chairman & CEO", "Sofia Marsh – CFO"]
    assert "Leo Brandt – Eastgate Securities" in texts and "Nora Vance – Hollin Capital" in texts
    assert summary(doc) == [
        ("Leo Brandt", "Eastgate Securities", ["Sofia Marsh"]),
        ("Nora Vance", "Hollin Capital", ["Paul Renner"]),
    ]


# No speaker marks at all; an interpreted asker's words shown only as a vendor's mark.
UNMARKED_INTERPRETED = """\
Welcome to the Corvell Lending third quarter earnings call. I would now like to hand the call to Mr. Ian Chu. Please go ahead.

Thank you. Revenue was RMB 2.1 billion and net income RMB 310 million.

Thank you. We will now begin the question-and-answer session. Our first question comes from Mia Lo of Redfern Securities. Please ask your question.

[Foreign Language].

Thank you for taking my question. Is the lower delinquency rate sustainable?

[Foreign Language].

We expect delinquency to stay near current levels.

Thank you. Our next question comes from Sam Yee of Glenhurst Capital. Please ask your question.

Hi. What is the dividend plan for next year?

We plan to keep the payout ratio at about 25%.
"""


def test_unmarked_call_question_starts_past_the_floor_and_the_untranscribed_mark() -> None:
    """With no speaker marks, "Please ask your question." stays the operator's and a lone
    "[Foreign Language]." opens no question: the asker's question starts with their words."""
    doc = parse(UNMARKED_INTERPRETED)
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert [(q.firm, by_n[q.question[0]][:24]) for q in doc.qa] == [
        ("Redfern Securities", "Thank you for taking my "),
        ("Glenhurst Capital", "Hi. What is the dividend"),
    ]


# An AI summary of a call: each picked pair on one line, source marks after every point, no names.
AI_SUMMARY = """\
澄远物流20261020
2026-10-21 09:30
会议主要讨论的核心内容 - 公司三季度收入同比增长12% [1][2] - 海外仓面积增加到45万平方米 [3]
问答环节重要的提问和回答
问题1 提问 海外仓的出租率和盈利情况如何 [4] 回答 - 目前出租率约88%，单仓已实现盈利 [4][5] - 明年计划新增两个海外仓 [5]
问题2 提问 今年的分红比例会提高吗 [6] 回答 - 公司将维持不低于30%的分红比例 [6]
"""


def test_ai_summary_pairs_on_one_line_are_anonymous_questions_and_answers() -> None:
    """``问题1 提问 … [4] 回答 - …`` is one anonymous question and its answer (no colon, source marks
    between them), under the summary's ``问答环节重要的提问和回答`` heading."""
    doc = parse(AI_SUMMARY)
    assert_sound(doc)
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert [(q.asker, by_n[q.question[0]][:13]) for q in doc.qa] == [
        (None, "问题1 提问 海外仓的出租"),
        (None, "问题2 提问 今年的分红比"),
    ]
    assert [by_n[q.answers[0].paragraphs[0]].startswith(("回答 - 目前出租率", "回答 - 公司将维持")) for q in doc.qa] == [
        True,
        True,
    ]


# A Taiwan briefing's speech record: speaker lines of a firm and a name, a foreign broker's firm
# printed with its legal form.
FIRM_WITH_LEGAL_FORM = """\
主持人
各位好，歡迎參加宏遠電子法人說明會。首先請財務長林書妤報告。
下午 2:01
財務長 林書妤
第三季營收新台幣52億元，毛利率31%。
下午 2:05
主持人
接下來開放提問，第一位請元晟證券的陳冠宇。
下午 2:10
元晟證券 陳冠宇
想請問第四季毛利率的展望？
下午 2:10
財務長 林書妤
預期第四季毛利率與第三季相當。
下午 2:11
主持人
下一位請 Kingsbridge Securities, Inc. 的 Eric Lo。
下午 2:12
Kingsbridge Securities, Inc. Eric Lo
Thank you. 想請問美國客戶的需求有沒有變化？
下午 2:12
財務長 林書妤
美國客戶的需求大致穩定。
下午 2:13
"""


def test_latin_firm_with_its_legal_form_then_name_is_that_firms_analyst() -> None:
    """``Kingsbridge Securities, Inc. Eric Lo`` on a speaker line is Eric Lo of that firm, as
    ``Kingsbridge Securities Eric Lo`` is; a time line ("下午 2:10") right above a speaker line whose
    firm starts with 元 stays a line of its own."""
    doc = parse(FIRM_WITH_LEGAL_FORM)
    assert_sound(doc)
    assert summary(doc) == [
        ("陳冠宇", "元晟證券", ["林书妤"]),
        ("Eric Lo", "Kingsbridge Securities, Inc.", ["林书妤"]),
    ]
    amp = parse(FIRM_WITH_LEGAL_FORM.replace("Securities, Inc.", "Securities & Co."))
    assert summary(amp)[-1] == ("Eric Lo", "Kingsbridge Securities & Co.", ["林书妤"])


def test_glued_entries_split_after_an_abbreviation_and_before_hyphenated_names() -> None:
    """``… & Co.Nora Vance-Ortiz – …``: the next entry starts after the firm's full stop, a
    hyphenated surname and all; a first entry with an accent and a middle initial is still a name."""
    glued = GLUED_ROSTER.replace("Eastgate SecuritiesNora Vance", "Eastgate Securities & Co.Nora Vance-Ortiz")
    texts = [p.text for p in parse(glued).paragraphs]
    assert "Leo Brandt – Eastgate Securities & Co." in texts and "Nora Vance-Ortiz – Hollin Capital" in texts
    accented = GLUED_ROSTER.replace("Leo Brandt – Eastgate SecuritiesNora", "Léo J. Brandt – Eastgate SecuritiesNora")
    texts = [p.text for p in parse(accented).paragraphs]
    assert "Léo J. Brandt – Eastgate Securities" in texts and "Nora Vance – Hollin Capital" in texts
    branded = "Laura Chen - NovaSky Technology - Chief Executive Officer"  # a one-word brand, no glued entry
    assert branded in [p.text for p in parse(GLUED_ROSTER.replace("Ada Quinn – IR DirectorPaul", branded + "\nPaul")).paragraphs]


# An investor-relations record whose page footer falls between a question and its answer.
RECORD_WITH_FOOTER = """\
投资者关系活动记录表

二、问答环节
1、公司新产线的爬坡进度如何？
答：新产线已于8月投产，良率达到92%。

2、公司海外订单的情况如何？

Page 1 of 2
© 2026 Example Transcript Services. All rights reserved.

答：海外订单同比增长35%，主要来自东南亚客户。

3、明年的资本开支计划是多少？
答：初步规划约2亿元。
"""


def test_record_question_is_found_across_a_page_footer() -> None:
    """A numbered question, a page footer, then ``答：``: the footer is furniture, the pair holds."""
    doc = parse(RECORD_WITH_FOOTER)
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert [by_n[q.question[0]][:6] for q in doc.qa] == ["1、公司新产", "2、公司海外", "3、明年的资"]
