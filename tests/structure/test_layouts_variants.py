"""The same layouts as exports vary them: firms written with their legal form, and other spellings a
vendor's export may choose; each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
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

    return [
        (
            name(q.asker),
            q.firm or (by_id[q.asker].affiliation if q.asker in by_id else None),
            [name(a.speaker) for a in q.answers],
        )
        for q in doc.qa
    ]


PRINTED_LEGAL_FORMS = """\
Tamsin Valley Bancorp TVBC
Q2 2026 Earnings Call Transcript

Operator: Good morning, and welcome to Tamsin Valley Bancorp's second quarter call.

Hal Brennan - CFO: Thank you. Net interest income was $96 million, up 2% from the first quarter.

Operator: Our first question comes from the line of Odile Marchetti with Quarry Hill Securities, Inc. Your line is open.

Odile Marchetti - Quarry Hill Securities, Inc.: Good morning. Hal, how much of the margin came from deposits?

Hal Brennan - CFO: Most of it, Odile. Deposit costs fell 7 basis points.

Odile Marchetti - Quarry Hill Securities, Inc.: Okay. And then on credit, what moved the criticized loans?

Hal Brennan - CFO: Two office loans we downgraded as their leases roll.

Operator: Our next question comes from Ravi Sandoval with Marrow Point Securities Co., Ltd. Please go ahead.

Ravi Sandoval - Marrow Point Securities Co., Ltd.: Thanks. What is the buyback plan for the second half?

Hal Brennan - CFO: We expect to buy back about $30 million of stock.
"""


def test_a_firm_keeps_its_legal_form_in_labels_and_announcements() -> None:
    doc = parse(PRINTED_LEGAL_FORMS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Odile Marchetti", "Quarry Hill Securities, Inc.", ["Hal Brennan"]),
        ("Odile Marchetti", "Quarry Hill Securities, Inc.", ["Hal Brennan"]),
        ("Ravi Sandoval", "Marrow Point Securities Co., Ltd.", ["Hal Brennan"]),
    ]


INITIALS_KEY_LEGAL_FORM = """\
# Weekly notes: Pelham Rail call

| Initials | Speaker |
|---|---|
| **OP** | Operator |
| **GS** | Greta Solberg, Chief Executive Officer |
| **DW** | Dario Welk, Fenchurch Capital Markets, Inc. |

[00:10] **GS:** Freight volumes rose 4% this quarter, and the operating ratio improved to 61.2%.

[04:30] **OP:** We will now begin the question-and-answer session. Our first question comes from Dario Welk with Fenchurch Capital Markets, Inc.

[04:40] **DW:** Greta, how much of the volume came from intermodal?

[05:10] **GS:** About half of it, Dario. Intermodal was up 9%.
"""


def test_an_initials_key_keeps_a_firms_legal_form() -> None:
    doc = parse(INITIALS_KEY_LEGAL_FORM, "notes.md")
    assert_sound(doc)
    assert summary(doc) == [("Dario Welk", "Fenchurch Capital Markets, Inc.", ["Greta Solberg"])]


FIRESIDE_LEGAL_FORM = """\
Harrowgate Securities Industrials Forum 2026

Speaker 1: Good morning, everyone. I'm Lena Castell, and I cover machinery here at Harrowgate Securities Co., Ltd. With me is Piet Ambroos, the chief executive officer of Wendel Forge. Piet, where are you on pricing this year?

Speaker 2: Pricing held up well, Lena. We put through a 3% increase in January.

Speaker 1: And on the order book, Piet, is it still above a year's sales?

Speaker 2: It is, at about fourteen months.
"""


def test_a_moderator_naming_her_firm_keeps_its_abbreviation_period() -> None:
    doc = parse(FIRESIDE_LEGAL_FORM)
    assert_sound(doc)
    firms = {f for _, f, _ in summary(doc)}
    assert firms == {"Harrowgate Securities Co., Ltd."}


WEB_QUESTION_LEGAL_FORM = """\
**Ada Munro** -- *Head of Investor Relations*

Thanks. The first question from the web comes from Corin Blake at Saltmarsh Partners & Co.: "How much of the backlog ships this year?"

**Felix Arden** -- *Chief Executive Officer*

About two-thirds of it, Corin. The rest ships in the first half of next year.
"""


def test_a_question_read_out_from_a_firm_ending_in_co_is_the_senders() -> None:
    doc = parse(WEB_QUESTION_LEGAL_FORM, "call.md")
    assert_sound(doc)
    assert summary(doc) == [("Corin Blake", "Saltmarsh Partners & Co.", ["Felix Arden"])]


MODERATOR_BY_SURNAME_LLC = """\
Kaburagi Motor Co., Ltd. (7299.T)
Earnings Call Transcript: Q1 FY2026

Unidentified Company Representative : [Interpreted] We would now like to begin the earnings call of Kaburagi Motor.

Goro Minami: [Interpreted] This is Minami. Net sales were JPY 61.3 billion, up 5%, and orders were JPY 66.0 billion.

Unidentified Company Representative : [Interpreted] We will now take questions. Next, Mr. Holt of Ternwood Securities LLC.

Simon Holt: Thank you. Why did the order intake slow in the second month of the quarter?

Goro Minami: [Interpreted] Customers delayed orders ahead of the price revision. Intake recovered in July.
"""


def test_a_firm_ending_in_llc_does_not_take_the_sentences_period() -> None:
    doc = parse(MODERATOR_BY_SURNAME_LLC)
    assert_sound(doc)
    assert summary(doc) == [("Simon Holt", "Ternwood Securities LLC", ["Goro Minami"])]


DIARISED_ACCENTED_AND_INITIALS = """\
Corvath Logistics
Q3 2026 Earnings Call

spk00: Tomás Reiner Thank you, and good morning. With me today are Rówan Achebe, our Chief Executive Officer, and Lena T. Voss, our Chief Financial Officer. I'll now turn the call over to Rówan.
spk02: Thanks, Tomás. Revenue was $512 million, up 6%. I'll hand it to Lena for the numbers.
spk01: Thank you, Rówan. The operating ratio improved to 87.9%.
spk03: Our first question comes from Devin Marsh with Halcourt Securities. Please go ahead.
spk04: Good morning. Rówan, how much of the growth came from new lanes?
spk02: About half of it, Devin.
"""


def test_a_numbered_speaker_handed_the_floor_by_an_accented_first_name_or_with_a_middle_initial() -> None:
    doc = parse(DIARISED_ACCENTED_AND_INITIALS)
    assert_sound(doc)
    names = {p.speaker: doc.speakers_by_id[p.speaker].name for p in doc.paragraphs if p.speaker}
    assert names["spk02"] == "Rówan Achebe"
    assert names["spk01"] == "Lena T. Voss"
    assert summary(doc) == [("Devin Marsh", "Halcourt Securities", ["Rówan Achebe"])]


NUMBERED_QA_ACCENTED_SURNAMES = """\
Kirisame Optics Co., Ltd.

Summary of Q&A at the Financial Results Briefing for the First Half

Speakers: Kénji Arakawa, President and CEO
Yúmi Sakai-Lind, Director and CFO

Q&A

Q1: Why did operating profit rise faster than sales?

A1 (Sakai-Lind): The weaker yen added 1.4 billion yen to operating profit.

Q2: Will you raise the dividend?

A2 (Arakawa): We will decide at the board meeting in May.
"""


def test_a_qa_summary_credits_answers_to_accented_and_double_barrelled_surnames() -> None:
    doc = parse(NUMBERED_QA_ACCENTED_SURNAMES)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["Yúmi Sakai-Lind"]), (None, None, ["Kénji Arakawa"])]


SURNAME_HYPHENATED_CALLED = """\
Kaburagi Motor Co., Ltd. (7299.T)
Earnings Call Transcript: Q1 FY2026

Unidentified Company Representative : [Interpreted] We would now like to begin the earnings call of Kaburagi Motor.

Goro Minami: [Interpreted] This is Minami. Net sales were JPY 61.3 billion, up 5%, and orders were JPY 66.0 billion.

Unidentified Company Representative : [Interpreted] We will now take questions. Next, Ms. Reyes-Okafor of Ternwood Securities, please.

Clara Reyes-Okafor: Thank you. Why did the order intake slow in the second month of the quarter?

Goro Minami: [Interpreted] Customers delayed orders ahead of the price revision. Intake recovered in July.
"""


def test_a_moderator_calling_a_double_barrelled_surname_gives_the_askers_firm() -> None:
    doc = parse(SURNAME_HYPHENATED_CALLED)
    assert_sound(doc)
    assert summary(doc) == [("Clara Reyes-Okafor", "Ternwood Securities", ["Goro Minami"])]


WEB_QUESTION_MIDDLE_INITIAL = """\
**Ada Munro** -- *Head of Investor Relations*

Thanks. The first question from the web comes from Corin J. Blake at Saltmarsh Partners: "How much of the backlog ships this year?"

**Felix Arden** -- *Chief Executive Officer*

About two-thirds of it, Corin. The rest ships in the first half of next year.
"""


def test_a_question_read_out_from_a_sender_with_a_middle_initial_keeps_the_whole_name() -> None:
    doc = parse(WEB_QUESTION_MIDDLE_INITIAL, "call.md")
    assert_sound(doc)
    assert summary(doc) == [("Corin J. Blake", "Saltmarsh Partners", ["Felix Arden"])]


DIARISED_TRADITIONAL = """\
嘉禾醫材2026年二季度業績電話會
轉寫稿

發言人1 00:00:03
各位投資者大家好，歡迎參加嘉禾醫材二季度業績電話會。先請財務總監韓立新介紹業績。

發言人2 00:00:30
謝謝。上半年公司實現營業收入18.2億元，同比增長9%。

發言人1 00:03:10
謝謝韓總。現在開始提問。

發言人3 00:03:25
各位領導好，我是遠澄證券的錢舒，想請教一下集採對耗材價格的影響有多大？

發言人2 00:03:50
集採的影響在下半年會逐步體現，我們預計降價幅度在一成左右。
"""


def test_a_traditional_recorders_numbered_asker_naming_herself_is_that_asker() -> None:
    doc = parse(DIARISED_TRADITIONAL)
    assert_sound(doc)
    assert [(a, f) for a, f, _ in summary(doc)] == [("錢舒", "遠澄證券")]


EXPERT_HOST_TRADITIONAL = """\
【專家訪談】儲能電芯：價格與訂單

訪談時間：2026年3月2日 19:30-20:30
主持人：顧以寧
專家：某電芯企業前銷售總監

主持人：各位晚上好，歡迎參加今晚的專家訪談。

專家：大家好。今年電芯價格下降了大約兩成。

主持人：第一個問題，海外訂單今年的增速怎麼樣？

專家：海外訂單增長了四成左右，主要來自中東和歐洲。
"""


def test_an_expert_call_host_named_in_a_traditional_header_keeps_that_script() -> None:
    doc = parse(EXPERT_HOST_TRADITIONAL)
    assert_sound(doc)
    assert [a for a, _, _ in summary(doc)] == ["顧以寧"]


PRINTED_PAGE_FOOTERS = """\
Operator: Our first question comes from Ilse Marek with Tolland Securities. Please go ahead.

Ilse Marek: Good morning. How much of the growth came from price?

Page 1 of 2
© 2026 Example Transcript Services. All rights reserved.

Arne Dahl: About a third of it, Ilse. The rest was volume.

Operator: Our next question comes from Bo Lindh with Sandvik Lane. Please go ahead.

Bo Lindh: Thanks. What is the capital spending plan for next year?

Arne Dahl: Around $140 million, similar to this year.
"""


def test_a_page_footer_between_turns_is_no_ones_question() -> None:
    doc = parse(PRINTED_PAGE_FOOTERS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Ilse Marek", "Tolland Securities", ["Arne Dahl"]),
        ("Bo Lindh", "Sandvik Lane", ["Arne Dahl"]),
    ]
    assert not any("Page 1 of 2" in p.text for p in doc.paragraphs if p.speaker)


DIARISED_HARD_WRAPPED = """\
Sorrel Freight Lines
Q2 2026 Earnings Call

spk05: Good morning, and welcome to the Sorrel Freight Lines second quarter
call. I would now like to turn the conference over to Petra Lund, head of
investor relations. Please go ahead.
spk00: Thank you. With me today are Milo Hart, our Chief Executive Officer,
and Ida Brandt, our Chief Financial Officer. Before we begin, please note
that our remarks include forward-looking statements that are subject to
risks described in our filings. I'll now turn the call over to Milo now.
spk02: Thanks, Petra. Revenue was $402 million, up 5% from a year ago, and
our fleet ran at 89% utilization through the quarter. We opened two more
cross-dock terminals, in Dayton and in Tulsa, and both are now running.
spk05: Our first question comes from Nils Ek with Fjord Lane Securities.
Your line is open.
spk04: Good morning. Milo, how much of the utilization gain came from the
new terminals?
spk02: About a point of it, Nils. The rest came from better load planning
across the network.
"""


def test_a_diarisers_labels_in_hard_wrapped_text_still_start_turns() -> None:
    doc = parse(DIARISED_HARD_WRAPPED)
    assert_sound(doc)
    assert summary(doc) == [("Nils Ek", "Fjord Lane Securities", ["Milo Hart"])]


RECORD_TABLE = """\
证券代码：300999　　　　　　　　证券简称：青禾新能

# 湖州青禾新能源股份有限公司投资者关系活动记录表

| 投资者关系活动类别 | ☑特定对象调研　□分析师会议　□业绩说明会 |
| --- | --- |
| 参与单位名称及人员姓名 | 远帆证券 林知夏 |
| 时间 | 2026年10月9日 10:00-11:00 |
| 上市公司接待人员姓名 | 董事会秘书 钟以宁 |
| 投资者关系活动主要内容介绍 | 一、公司情况介绍<br>董事会秘书钟以宁介绍了公司经营情况。<br>二、交流环节<br>\
问题1：储能订单的交付节奏如何？<br>回复：四季度将交付约三成，其余在明年上半年完成。<br>\
问题2：海外工厂何时投产？<br>回复：预计明年三季度投产。 |
| 日期 | 2026年10月9日 |
"""


def test_a_record_table_hard_wrapped_keeps_its_questions() -> None:
    """A record's pipe table cut every 29 characters (a mail client's 60 columns of Chinese) pairs the
    same questions and replies as the table written one row a line."""
    wrapped = "\n".join(
        line[k : k + 29] for line in RECORD_TABLE.split("\n") for k in range(0, max(len(line), 1), 29)
    )
    for text in (RECORD_TABLE, wrapped):
        doc = run(ingest(text.encode(), "record.md"))
        assert [doc.paragraph(q.question[0]).text for q in doc.qa] == [
            "问题1：储能订单的交付节奏如何？",
            "问题2：海外工厂何时投产？",
        ]
        assert [doc.paragraph(q.answers[0].paragraphs[0]).text for q in doc.qa] == [
            "回复：四季度将交付约三成，其余在明年上半年完成。",
            "回复：预计明年三季度投产。",
        ]
