"""A transcript flattened onto one line is cut before each speaker label, on strong evidence only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.ingest import from_text
from finbrief.ingest.inline import (
    _LEGAL_SUFFIX_RE,
    _UNMARKED_HEADER_RE,
    MIN_INLINE_CHARS,
    REPORTED_QUESTION_RE,
    _may_report,
    host_head,
    split_inline_labels,
)
from finbrief.structure import run

# One dataset row: a whole call of a fictional company on one line.
FLAT_CALL = (
    "Operator: Good morning and welcome to the Brightwater Logistics third quarter call. I would now like to "
    "turn the call over to Ms. Mara Quill, Head of Investor Relations. Please go ahead. "
    "Mara Quill: Thank you, operator. With me today is our Chief Executive Officer, Tobias Fenn. Freight "
    "revenue rose 12% to $410 million and our warehouse network added two sites in the quarter. "
    "Operator: Our first question comes from Lena Ortberg with Harbor Ridge Capital. "
    "Lena Ortberg: Hi, thanks. How should we think about warehouse margins next year? "
    "Mara Quill: We expect them to improve as the two new sites fill up. "
    "Lena Ortberg: Thank you."
)


def test_a_flattened_call_is_cut_before_each_label() -> None:
    texts = [p.text for p in from_text(FLAT_CALL).paragraphs]
    assert [t.split(":")[0] for t in texts] == [
        "Operator",
        "Mara Quill",
        "Operator",
        "Lena Ortberg",
        "Mara Quill",
        "Lena Ortberg",
    ]
    assert " ".join(texts) == FLAT_CALL  # exact pieces, in order


def test_a_flattened_call_gets_speakers_and_its_question() -> None:
    doc = run(from_text(FLAT_CALL))
    names = {s.name for s in doc.speakers}
    assert {"Mara Quill", "Lena Ortberg"} <= names
    assert [(q.asker, [a.speaker for a in q.answers]) for q in doc.qa] == [("lena-ortberg", ["mara-quill"])]


def test_a_label_introduced_by_the_operator_is_enough() -> None:
    """Operator, then the person the operator handed the call to: two turns."""
    line = FLAT_CALL.split(" Operator: Our first")[0]
    texts = [p.text for p in from_text(line).paragraphs]
    assert [t.split(":")[0] for t in texts] == ["Operator", "Mara Quill"]


def test_prose_with_colons_is_never_cut() -> None:
    prose = (
        "Brightwater Logistics reported a strong quarter. Net Revenue: $410 million, up 12%. Key Highlights: "
        "two new warehouses opened. Q3: the best quarter on record. Note: figures are unaudited. Net Revenue: "
        "the full year is expected near $1.6 billion. Tobias Fenn said the company would keep investing. "
        "Harbor Terminal: a new lease was signed in May. Source: company filings. Harbor Terminal: capacity "
        "rose. Mara Quill joined the board. Operator: the network operator was not named in the filing."
    )
    assert len(prose) >= MIN_INLINE_CHARS
    assert split_inline_labels([prose]) == [prose]


def test_one_name_once_is_not_enough() -> None:
    """A single person's label with no operator naming them is no evidence of a transcript."""
    line = (
        "The board met in March. " * 10
        + "Tobias Fenn: we will keep investing in the network. The meeting closed at noon."
    )
    assert split_inline_labels([line]) == [line]


def test_chinese_text_is_never_cut() -> None:
    zh = (
        "主持人：欢迎参加明川物流第三季度业绩电话会。现在我把会议交给投资者关系总监周岚。"
        "周岚：谢谢。本季度货运收入增长12%，达到41亿元。Operator: 下一位提问者。"
    ) * 6
    assert len(zh) >= MIN_INLINE_CHARS
    assert split_inline_labels([zh]) == [zh]


def test_short_lines_are_left_to_the_line_rules() -> None:
    short = "Operator: Please go ahead. Mara Quill: Thank you. Operator: Next. Mara Quill: Thanks."
    assert len(short) < MIN_INLINE_CHARS
    assert split_inline_labels([short]) == [short]


_HEADER_PARTS = st.tuples(
    st.sampled_from(["", "Thank you. ", "x", "Revenue grew. "]),
    st.sampled_from(["Laura Chen", "Mark T. Davis", "Chief Officer", "laura chen", "Ann Lee Ko Wu Yi"]),
    st.sampled_from([" ", "  ", ", "]),
    st.sampled_from(["Chief Executive Officer & Director", "Group President", "EVP", "Analyst", "Chief"]),
    st.sampled_from([", ", " ", ","]),
    st.sampled_from(["NovaSky Technology", "Redwood Capital Advisors, Inc", "A", "x.y"]),
    st.sampled_from([" Inc", " Inc.", " Co", ", Corp.", ", LLC", " S.A", " PLC", " GmbH.", "", " Incorporated"]),
    st.sampled_from([" Thank you.", " [Operator]", ' "Yes', " “Sure", " thanks", ". Thanks", "", "\n Thanks"]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADER_PARTS, min_size=1, max_size=3).map("".join))
def test_every_unmarked_header_ends_in_a_legal_suffix_before_speech(text: str) -> None:
    # the quick test before the header pattern never skips a header
    if _UNMARKED_HEADER_RE.search(text):
        assert _LEGAL_SUFFIX_RE.search(text)


# A Q&A platform's record as a news site prints it: question and the board secretary's reply on one line.
PLATFORM_LINE = (
    "投资者提问：贵公司在闲置厂房的盘活方面有哪些措施？"
    "董秘回答(岚川新材SH688777)： 您好，公司正在推进厂房的对外租赁，预计明年贡献租金收入约两千万元。感谢您的关注！"
)


def test_a_platform_record_on_one_line_is_cut_before_the_answer_mark() -> None:
    """The question and the company's reply come out as two lines, and the structure stage reads
    one question answered by the board secretary; a question that only quotes an answer mark
    mid-sentence is left whole."""
    pieces = split_inline_labels([PLATFORM_LINE])
    assert pieces == [PLATFORM_LINE[: PLATFORM_LINE.index("董秘回答")], PLATFORM_LINE[PLATFORM_LINE.index("董秘回答") :]]
    doc = run(from_text(PLATFORM_LINE, "record.txt"))
    assert len(doc.qa) == 1
    (answer,) = doc.qa[0].answers
    assert doc.paragraph(answer.paragraphs[0]).text.startswith("董秘回答")
    quoted = "投资者提问：上次董秘回答(岚川新材SH688777)：说的租金收入什么时候确认？"
    assert split_inline_labels([quoted]) == [quoted]


# Minutes printing each exchange on one line: "问：…？答：…".
MARKED_EXCHANGES = """\
澄川精密投资者关系活动记录表

投资者关系活动类别：特定对象调研
参与单位名称：北辰证券、南山基金
上市公司接待人员姓名：董事会秘书 柯安
投资者关系活动主要内容介绍：

问：请问下半年减速器订单的能见度如何？答：目前在手订单已覆盖四季度，客户以海外机器人厂商为主。
问：毛利率下滑的原因是什么？答：主要是原材料价格上涨，预计下半年会有所修复。
"""


def test_a_question_and_answer_marked_on_one_line_are_a_pair() -> None:
    """Each ``问：…？答：…`` line is a question and its answer, cut at the answer mark; an answer mark
    inside the question's sentence is no cut."""
    doc = run(from_text(MARKED_EXCHANGES, "record.txt"))
    assert len(doc.qa) == 2
    for pair in doc.qa:
        assert doc.paragraph(pair.question[0]).text.startswith("问：")
        (answer,) = pair.answers
        assert doc.paragraph(answer.paragraphs[0]).text.startswith("答：")
    quoted = "问：上次说的答：订单已覆盖四季度，现在还成立吗？"
    assert split_inline_labels([quoted]) == [quoted]


REPORTED_OPENINGS = [
    "Asked by Dana Holt (Pinecrest Capital) about churn, the CFO said it was stable.",
    "An analyst asked whether the Corvell plant would reopen.",
    "One investor asked about the dividend.",
    "Dana Holt of Pinecrest Capital asked about pricing in the Midwest.",
    "Lena Ortiz, Harbor Street Securities, asked about the backlog.",
    "Thank you. Dana Holt asked about churn.",
    "Revenue grew 4% in the quarter.",
    "A strong quarter for Corvell Foods.",
    "Corvell Foods reported a loss.",
    "Dana",
    "",
]


def test_the_cheap_test_before_a_reported_question_never_drops_one() -> None:
    """A paragraph the pattern reads as a reported question always passes the test before it."""
    for text in REPORTED_OPENINGS:
        if REPORTED_QUESTION_RE.match(text):
            assert _may_report(text), text
    assert not _may_report("Revenue grew 4% in the quarter.")
    assert not _may_report("Thank you. Dana Holt asked about churn.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaDOnbeskdy ,.()HolLtOrziquaf", max_size=60))
def test_a_reported_question_passes_the_cheap_test_whatever_the_text(text: str) -> None:
    if REPORTED_QUESTION_RE.match(text + " asked about churn"):
        assert _may_report(text + " asked about churn")


# A bank call reflowed from a PDF: each paragraph runs several turns together, labels with a title or
# firm after a comma falling mid-paragraph.
REFLOWED_CALL = (
    "Operator: Welcome to the Carrick Bancorp second quarter call. I would now like to turn the call over to "
    "Alma Reyes, Chief Executive Officer. Alma Reyes, Chief Executive Officer: Thank you. We earned $1.10 per "
    "share. I'll now turn it over to Jon Pike. Jon Pike, Chief Financial Officer: Thanks, Alma. Deposits grew 4%.\n\n"
    "Operator: Our first question comes from Lia Brandt with Wexcombe Partners. Lia Brandt, Wexcombe Partners: "
    "Jon, where will the margin land? Jon Pike, Chief Financial Officer: Around 3.2% by year end.\n"
)


def test_labels_with_a_title_or_firm_run_into_a_paragraph_are_cut_before_each() -> None:
    texts = [p.text for p in from_text(REFLOWED_CALL).paragraphs]
    assert [t.split(":")[0] for t in texts] == [
        "Operator",
        "Alma Reyes, Chief Executive Officer",
        "Jon Pike, Chief Financial Officer",
        "Operator",
        "Lia Brandt, Wexcombe Partners",
        "Jon Pike, Chief Financial Officer",
    ]
    doc = run(from_text(REFLOWED_CALL))
    assert [(q.asker, q.firm, [a.speaker for a in q.answers]) for q in doc.qa] == [
        ("lia-brandt", "Wexcombe Partners", ["jon-pike"])
    ]


def test_a_name_and_title_before_a_colon_in_prose_named_nowhere_else_is_no_label() -> None:
    prose = (
        "Operator: Welcome to the call. The company reported strong results this quarter across every region "
        "and raised its outlook for the year. Market Update, Europe and Asia: demand held up well in both "
        "regions, and pricing was firm. Management expects further gains next year as new plants open."
    )
    assert [p.text for p in from_text(prose).paragraphs] == [prose]


@pytest.mark.parametrize(
    "head",
    ["▪ Operator: ", "Operator [00:03:08]: ", "[00:03:08] Operator: ", "OPERATOR: ", "Conference Call Operator: "],
)
def test_a_host_turn_holding_others_is_cut_whatever_form_the_host_label_takes(head: str) -> None:
    call = REFLOWED_CALL.replace("Operator: ", head)
    doc = run(from_text(call))
    assert [(q.asker, q.firm, [a.speaker for a in q.answers]) for q in doc.qa] == [
        ("lia-brandt", "Wexcombe Partners", ["jon-pike"])
    ]


def test_a_paragraph_opening_with_a_name_s_label_is_no_host_turn() -> None:
    assert host_head("Call Operator: thanks.") == "Operator"
    assert host_head("Carl Oppen: We will take the next question after a short pause.") is None
