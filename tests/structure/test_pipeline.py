"""Speaker formats, sections, kinds and Q&A pairs on short fictional transcripts, one per format."""

from __future__ import annotations

import dataclasses

import pytest

from finbrief.model import Document
from finbrief.structure import run
from tests.structure import fixtures as F
from tests.structure.builders import make_doc, n_of, ns_of, qa_summary, speaker, structured


def sections(doc: Document) -> dict[int, str | None]:
    return {p.n: p.section for p in doc.paragraphs}


def assert_operators_never_answer(doc: Document) -> None:
    """Operator and host are never askers or answerers, and their lines are in no pair."""
    moderators = {s.id for s in doc.speakers if s.side in ("operator", "host")}
    for pair in doc.qa:
        assert pair.asker not in moderators
        for ans in pair.answers:
            assert ans.speaker not in moderators
        used = [*pair.question, *(n for a in pair.answers for n in a.paragraphs)]
        for n in used:
            p = doc.paragraph(n)
            assert p.speaker not in moderators
            assert p.role == "text"


def test_paragraphs_keep_text_and_numbers() -> None:
    before = make_doc(F.ZH_ROSTER_CALL)
    after = run(before)
    assert [(p.n, p.text) for p in after.paragraphs] == [(p.n, p.text) for p in before.paragraphs]
    assert after.id == before.id and after.language == before.language


class TestZhRosterCall:
    """Simplified Chinese: roster, names alone, 操作员, 问答环节, `A – Name`, 公司代表, IR lines."""

    @pytest.fixture
    def doc(self) -> Document:
        return structured(F.ZH_ROSTER_CALL)

    def test_kind_and_intro(self, doc: Document) -> None:
        assert doc.kind == "article+transcript"
        sec = sections(doc)
        assert [sec[n] for n in (1, 2, 3)] == ["intro"] * 3
        assert doc.paragraph(n_of(doc, "以下为电话会实录")).role == "heading"
        assert doc.paragraph(n_of(doc, "NASDAQ:NSKY")).role == "heading"

    def test_roster(self, doc: Document) -> None:
        assert doc.paragraph(n_of(doc, "公司参与者")).role == "heading"
        assert doc.paragraph(n_of(doc, "陈佳 - ")).role == "roster"
        ceo = speaker(doc, "林志远")
        assert (ceo.role, ceo.side) == ("首席执行官", "company")
        ir = speaker(doc, "陈佳")
        assert (ir.role, ir.side) == ("投资者关系总监", "company")
        sarah = speaker(doc, "sarah-lee")
        assert (sarah.name, sarah.affiliation, sarah.side) == ("Sarah Lee", "高盛", "analyst")
        assert speaker(doc, "王磊").affiliation == "中金公司"

    def test_announced_analyst_gets_firm(self, doc: Document) -> None:
        david = speaker(doc, "david-chen")
        assert (david.affiliation, david.side) == ("摩根大通", "analyst")

    def test_labels(self, doc: Document) -> None:
        label = doc.paragraph(n_of(doc, "A – 周晓雯"))
        assert (label.role, label.speaker) == ("speaker_label", "周晓雯")
        assert doc.paragraph(n_of(doc, "补充一点")).speaker == "周晓雯"
        assert doc.paragraph(n_of(doc, "女士们")).speaker == "operator"
        assert speaker(doc, "operator").side == "operator"
        rep = speaker(doc, "company-representative")
        assert (rep.name, rep.side) == ("公司代表", "company")
        assert doc.paragraph(n_of(doc, "亏损环比收窄")).speaker == "company-representative"

    def test_sections(self, doc: Document) -> None:
        sec = sections(doc)
        assert sec[n_of(doc, "谢谢志远")] == "prepared"
        assert sec[n_of(doc, "问答环节")] == "qa"
        assert sec[n_of(doc, "我想了解一下")] == "qa"
        assert sec[n_of(doc, "今天的电话会议到此结束")] == "closing"
        assert sec[n_of(doc, "挂断电话")] == "closing"

    def test_qa_pairs(self, doc: Document) -> None:
        assert qa_summary(doc) == [
            ("sarah-lee", ns_of(doc, "请问云服务的增长"), ["林志远", "周晓雯"]),
            ("王磊", ns_of(doc, "我想了解一下"), ["company-representative"]),
            ("david-chen", ns_of(doc, "请问明年的资本开支"), ["周晓雯"]),
        ]
        assert doc.qa[0].answers[1].paragraphs == ns_of(doc, "补充一点")
        assert_operators_never_answer(doc)

    def test_ir_moderation_is_not_an_answer(self, doc: Document) -> None:
        used = {n for pair in doc.qa for a in pair.answers for n in a.paragraphs}
        assert n_of(doc, "下一个问题,请") not in used


class TestZhHantAnonymous:
    """Traditional Chinese: `Name:` alone, `主持人:`, anonymous `問:`; ids are simplified names."""

    @pytest.fixture
    def doc(self) -> Document:
        return structured(F.ZH_HANT_ANON, "zh-Hant")

    def test_speakers(self, doc: Document) -> None:
        assert doc.kind == "article+transcript"
        lin = speaker(doc, "林志远")
        assert (lin.name, lin.side) == ("林志遠", "company")
        assert "林志远" in lin.aliases
        assert speaker(doc, "host").side == "host"
        labels = [p for p in doc.paragraphs if p.text == "問:"]
        assert len(labels) == 2
        assert all(p.role == "speaker_label" and p.speaker is None for p in labels)

    def test_sections_start_qa_at_host_before_first_question(self, doc: Document) -> None:
        sec = sections(doc)
        assert sec[n_of(doc, "本季度自由現金流")] == "prepared"
        assert sec[n_of(doc, "現在進入問答環節")] == "qa"
        assert sec[n_of(doc, "本次會議到此結束")] == "closing"

    def test_anonymous_pairs(self, doc: Document) -> None:
        assert qa_summary(doc) == [
            (None, ns_of(doc, "動力來自哪里"), ["林志远"]),
            (None, ns_of(doc, "何時盈利"), ["周晓雯", "林志远"]),
        ]
        assert_operators_never_answer(doc)


def test_inline_fullwidth_labels_and_anonymous_answer() -> None:
    doc = structured(F.ZH_INLINE)
    assert doc.kind == "transcript"
    first = doc.paragraph(n_of(doc, "谢谢主持人"))
    assert (first.speaker, first.role, first.body) == (
        "林志远",
        "text",
        "谢谢主持人。本季度公司收入同比增长9%。",
    )
    assert qa_summary(doc) == [
        (None, ns_of(doc, "分红政策"), [None]),
        (None, ns_of(doc, "价格竞争是否"), ["林志远"]),
    ]
    assert sections(doc)[n_of(doc, "下面进入提问环节")] == "qa"
    assert_operators_never_answer(doc)


def test_traditional_operator_and_inline_ascii_colon() -> None:
    doc = structured(F.ZH_HANT_OPERATOR, "zh-Hant")
    assert speaker(doc, "operator").name == "操作員"
    zhang = speaker(doc, "张伟")
    assert (zhang.name, zhang.side, zhang.affiliation) == ("張偉", "analyst", "瑞銀")
    p = doc.paragraph(n_of(doc, "張偉:"))
    assert p.body == "請問明年的利潤率目標是多少?"
    assert qa_summary(doc) == [("张伟", ns_of(doc, "利潤率目標"), ["周晓雯"])]


class TestEnSeekingAlpha:
    @pytest.fixture
    def doc(self) -> Document:
        return structured(F.EN_SEEKING_ALPHA, "en")

    def test_kind_title_roster(self, doc: Document) -> None:
        assert doc.kind == "transcript"
        assert doc.paragraph(1).role == "heading"
        assert speaker(doc, "jenna-ortiz").role == "Head of Investor Relations"
        assert speaker(doc, "priya-raman").affiliation == "Morgan Stanley"
        nina = speaker(doc, "nina-patel")
        assert (nina.affiliation, nina.side) == ("Barclays", "analyst")

    def test_sections(self, doc: Document) -> None:
        sec = sections(doc)
        assert sec[n_of(doc, "free cash flow was")] == "prepared"
        assert sec[n_of(doc, "Question-and-Answer Session")] == "qa"
        assert sec[n_of(doc, "This concludes")] == "closing"

    def test_pairs(self, doc: Document) -> None:
        assert qa_summary(doc) == [
            ("priya-raman", ns_of(doc, "How sustainable"), ["laura-chen"]),
            ("tom-becker", ns_of(doc, "capital expenditure plan"), ["mark-davis", "laura-chen"]),
            ("nina-patel", ns_of(doc, "talk about pricing"), ["laura-chen"]),
        ]
        assert_operators_never_answer(doc)
        used = {n for pair in doc.qa for a in pair.answers for n in a.paragraphs}
        assert n_of(doc, "we'll take the next question") not in used


def test_q_a_dash_prefixes_without_roster() -> None:
    doc = structured(F.EN_QA_DASH, "en")
    assert speaker(doc, "priya-raman").side == "analyst"
    assert speaker(doc, "priya-raman").affiliation == "Morgan Stanley"
    assert speaker(doc, "mark-davis").side == "company"
    labels = [p for p in doc.paragraphs if p.text == "Q – Priya Raman"]
    assert [(p.role, p.speaker) for p in labels] == [("speaker_label", "priya-raman")] * 2
    # A follow-up after the answers is its own pair.
    assert qa_summary(doc) == [
        ("priya-raman", ns_of(doc, "break down the growth"), ["laura-chen", "mark-davis"]),
        ("priya-raman", ns_of(doc, "gross margin?"), ["mark-davis"]),
    ]
    assert sections(doc)[n_of(doc, "That concludes")] == "closing"


def test_double_dash_vendor_format() -> None:
    doc = structured(F.EN_DOUBLE_DASH, "en")
    assert doc.kind == "transcript"
    laura = speaker(doc, "laura-chen")
    assert (laura.role, laura.side) == ("Chief Executive Officer", "company")
    priya = speaker(doc, "priya-raman")
    assert (priya.affiliation, priya.side) == ("Morgan Stanley", "analyst")
    assert doc.paragraph(n_of(doc, "Prepared Remarks:")).role == "heading"
    assert sections(doc)[n_of(doc, "Free cash flow")] == "prepared"
    assert qa_summary(doc) == [("priya-raman", ns_of(doc, "AI workloads?"), ["laura-chen"])]
    assert doc.paragraph(n_of(doc, "Duration:")).role == "boilerplate"
    assert doc.paragraph(n_of(doc, "Call participants:")).role == "heading"
    tail = [p for p in doc.paragraphs if p.n > n_of(doc, "Call participants:")]
    assert {p.role for p in tail} == {"roster"}


def test_streetevents_format() -> None:
    doc = structured(F.EN_STREETEVENTS, "en")
    assert doc.kind == "transcript"
    laura = speaker(doc, "laura-chen")
    assert (laura.role, laura.affiliation, laura.side) == ("CEO", "NovaSky Technology Inc", "company")
    priya = speaker(doc, "priya-raman")
    assert (priya.affiliation, priya.side) == ("Morgan Stanley", "analyst")
    assert doc.paragraph(n_of(doc, "* Laura Chen")).role == "roster"
    assert doc.paragraph(n_of(doc, "Operator   [1]")).role == "speaker_label"
    assert sections(doc)[n_of(doc, "operating margin reached")] == "prepared"
    assert qa_summary(doc) == [("priya-raman", ns_of(doc, "renewals trending"), ["mark-davis"])]
    assert doc.paragraph(n_of(doc, "Renewal rates")).speaker == "mark-davis"


def test_inline_english_with_name_firm_analyst_roster() -> None:
    doc = structured(F.EN_INLINE_ROSTER, "en")
    priya = speaker(doc, "priya-raman")
    assert (priya.affiliation, priya.role, priya.side) == ("Morgan Stanley", "Analyst", "analyst")
    p = doc.paragraph(n_of(doc, "What drove"))
    assert (p.speaker, p.body) == ("priya-raman", "What drove the margin expansion?")
    assert qa_summary(doc) == [("priya-raman", ns_of(doc, "What drove"), ["laura-chen"])]


def test_article_has_no_speakers() -> None:
    doc = structured(F.ZH_ARTICLE)
    assert doc.kind == "article"
    assert doc.speakers == () and doc.qa == ()
    assert all(p.speaker is None and p.section is None for p in doc.paragraphs)


def test_faq_minutes_are_not_a_transcript() -> None:
    doc = structured(F.EN_MINUTES, "en")
    assert doc.kind == "article"
    assert doc.qa == ()


def test_unlabelled_remarks_are_a_transcript() -> None:
    doc = structured(F.EN_REMARKS, "en")
    assert doc.kind == "transcript"
    assert {p.section for p in doc.paragraphs} == {"prepared"}
    assert doc.speakers == () and doc.qa == ()


def test_page_furniture_after_the_call() -> None:
    text = F.ZH_HANT_ANON + "點贊關注我們\n本文不構成任何投資建議。\n"
    doc = structured(text, "zh-Hant")
    tail = doc.paragraphs[-2:]
    assert [p.role for p in tail] == ["boilerplate", "boilerplate"]
    assert all(p.section is None and p.speaker is None for p in tail)
    assert doc.paragraph(n_of(doc, "本次會議到此結束")).speaker == "host"


def test_run_accepts_structured_document_again() -> None:
    """Running twice gives the same result: the stage reads only text, n and language."""
    once = structured(F.EN_SEEKING_ALPHA, "en")
    twice = run(once)
    assert twice.paragraphs == once.paragraphs
    assert (twice.kind, twice.speakers, twice.qa) == (once.kind, once.speakers, once.qa)


def test_from_text_gives_the_same_structure() -> None:
    ingest = pytest.importorskip("finbrief.ingest")
    doc = run(ingest.from_text(F.ZH_ROSTER_CALL, "call.txt"))
    local = structured(F.ZH_ROSTER_CALL)
    assert [p.text for p in doc.paragraphs] == [p.text for p in local.paragraphs]
    assert doc.qa == local.qa and doc.speakers == local.speakers


def test_unchanged_fields() -> None:
    doc = make_doc(F.EN_SEEKING_ALPHA, "en")
    doc = dataclasses.replace(doc, title="t", meta=(("date", "2025-08-14"),))
    out = run(doc)
    assert (out.title, out.meta, out.source) == ("t", (("date", "2025-08-14"),), "fixture")


def test_speaker_handed_the_call_is_management() -> None:
    """A newcomer right after the operator is an analyst, unless the operator handed them the call."""
    text = """\
Operator
Welcome to the NovaSky Technology call.
Laura Chen
Cloud revenue grew 31%.
Operator
Our first question comes from Priya Raman with Morgan Stanley.
Priya Raman
What about margins?
Laura Chen
Margins improved.
Operator
I would now like to turn the call back over to Jenna Ortiz for closing remarks.
Jenna Ortiz
Thank you all for joining us today.
"""
    doc = structured(text, "en")
    assert doc.speakers_by_id["jenna-ortiz"].side == "company"
    assert qa_summary(doc) == [("priya-raman", ns_of(doc, "What about margins?"), ["laura-chen"])]
    assert sections(doc)[n_of(doc, "Thank you all for joining")] == "closing"


def test_chinese_handover_names_the_speaker() -> None:
    text = """\
操作员
欢迎参加星穹科技业绩电话会。现在我把会议交给投资者关系总监陈佳。
陈佳
谢谢。下面请首席执行官发言。
操作员
第一个问题来自高盛的王磊。
王磊
请问利润率展望?
林志远
利润率会继续改善。
"""
    doc = structured(text)
    assert doc.speakers_by_id["陈佳"].side == "company"
    assert doc.speakers_by_id["王磊"].side == "analyst"
    assert qa_summary(doc) == [("王磊", ns_of(doc, "利润率展望"), ["林志远"])]


def test_english_article_with_quotes_stays_an_article() -> None:
    doc = structured(F.EN_ARTICLE, "en")
    assert doc.kind == "article" and doc.speakers == ()


def test_handover_with_an_honorific_names_the_speaker() -> None:
    """"over to Ms. Jenna Ortiz" hands the call to Jenna Ortiz (the honorific is no part of the name)."""
    text = """\
Operator
Welcome to the Brightwater Logistics call. I would now like to turn the call over to Ms. Jenna Ortiz.
Jenna Ortiz
Thank you. Freight revenue rose 12% in the quarter.
"""
    doc = structured(text, "en")
    assert doc.speakers_by_id["jenna-ortiz"].side == "company"
    assert doc.paragraphs[n_of(doc, "Freight revenue rose") - 1].speaker == "jenna-ortiz"
