"""Real-world transcript layouts, each on a short fictional call written in that layout (layouts.py):
who speaks, on which side, for which firm, and which turns pair into questions and answers."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure import layouts as L
from tests.structure.builders import n_of, ns_of, qa_summary


def parse(text: str, name: str = "call.txt") -> Document:
    """Ingest (paragraphs rebuilt from the file's lines) then structure, as ``finbrief parse`` does."""
    return run(from_text(text, name))


def firms(doc: Document) -> list[str | None]:
    return [q.firm for q in doc.qa]


def assert_sound(doc: Document) -> None:
    """What holds for every layout: analysts never answer, moderators are in no pair, every pair
    has an answer (but a question the text ends on), no paragraph is in two pairs, and no speaker is
    named after a firm line."""
    sides = {s.id: s.side for s in doc.speakers}
    seen: set[int] = set()
    last_n = max((p.n for p in doc.paragraphs if p.role == "text"), default=0)
    for pair in doc.qa:
        assert pair.answers or pair.question[-1] == last_n, "a pair without an answer"
        for a in pair.answers:
            assert sides.get(a.speaker or "", "company") not in ("analyst", "operator", "host")
        used = {*pair.question, *(n for a in pair.answers for n in a.paragraphs)}
        assert not used & seen
        seen |= used
        assert all(doc.paragraph(n).role == "text" for n in used)
    for s in doc.speakers:
        assert " - " not in s.name and "Research" not in s.name, s.name


@pytest.fixture(scope="module")
def vendor() -> Document:
    return parse(L.VENDOR_CALL)


class TestVendorExport:
    """LSEG/Refinitiv StreetEvents: name and affiliation lines, hard wraps, page numbers."""

    @pytest.fixture
    def doc(self, vendor: Document) -> Document:
        return vendor

    def test_pairs_askers_firms_answerers(self, doc: Document) -> None:
        assert qa_summary(doc) == [
            ("priya-raman", ns_of(doc, "How sustainable"), ["laura-chen", "mark-davis"]),
            (
                "nina-patel",
                ns_of(doc, "capital expenditure outlook", "The full year, please"),
                ["mark-davis", "mark-davis"],
            ),
            ("thomas-becker", ns_of(doc, "devices business?"), ["company-representative"]),
            ("unidentified-analyst", ns_of(doc, "This is Sam on for Eric"), ["laura-chen"]),
            ("oliver-grant", ns_of(doc, "buyback plan?"), ["laura-chen"]),
        ]
        # Roster firm first; the operator's introduction when the roster gives none.
        assert firms(doc) == [
            "Morgan Stanley, Research Division",
            "Barclays",
            L.BECKER_FIRM,
            "Baird",
            "Redwood Capital Advisors, Inc.",
        ]
        assert_sound(doc)

    def test_roster_sides_and_affiliations(self, doc: Document) -> None:
        by_id = doc.speakers_by_id
        assert (by_id["laura-chen"].side, by_id["laura-chen"].role) == ("company", "CEO & Director")
        assert by_id["priya-raman"].side == "analyst"
        # Listed among the outside participants, but gives the opening remarks: the company's IR agency.
        assert by_id["jenna-ortiz"].side == "company"
        assert by_id["oliver-grant"].name == "Oliver Grant"
        assert by_id["company-representative"].name == "Unidentified Company Representative"
        assert len(doc.speakers) == 10

    def test_affiliation_lines_are_part_of_the_turn_header(self, doc: Document) -> None:
        headers = [p for p in doc.paragraphs if p.text.startswith(L.BECKER_FIRM)]
        assert [p.role for p in headers] == ["roster", "speaker_label"]
        turn = headers[1].n  # wrapped at another point than in the roster: both lines are the header
        assert doc.paragraph(turn + 1).role == "speaker_label"
        assert doc.paragraph(turn + 2).text == "What drove the improvement in the devices business?"

    def test_wrapped_speech_is_whole_and_page_numbers_are_gone(self, doc: Document) -> None:
        remarks = doc.paragraph(n_of(doc, "record quarter for NovaSky"))
        assert "now stands at $50 billion." in remarks.text and "\n" not in remarks.text
        assert remarks.text.endswith("We will keep investing.")
        assert not [p for p in doc.paragraphs if p.text.strip().isdigit()]

    def test_sections(self, doc: Document) -> None:
        sec = {p.n: p.section for p in doc.paragraphs}
        assert sec[n_of(doc, "Gross margin was 42.5%")] == "prepared"
        assert sec[n_of(doc, "How sustainable")] == "qa"
        closing = n_of(doc, "Thank you all for joining")
        assert sec[closing] == "closing"
        assert closing not in {n for q in doc.qa for a in q.answers for n in a.paragraphs}
        assert doc.paragraph(n_of(doc, "All Rights Reserved")).section is None


def test_minutes_of_a_wrapped_call_keep_sentences_and_scales_whole(vendor: Document) -> None:
    """Paragraphs rebuilt from hard wraps: minutes quote whole sentences, "$50 billion" never "$50"."""
    from finbrief import summarize
    from tests.summarize.test_extractive import statements_of

    statements = statements_of(summarize.minutes(vendor))
    assert statements
    for st in statements:
        assert st.text.rstrip().endswith((".", "?", "!", "。", "？", "！")), st.text
        assert "$50" not in st.text or "$50 billion" in st.text
        assert "\n" not in st.text
    assert any("$50 billion" in st.text for st in statements)


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker, firm, answering speaker ids) per pair."""
    return [(q.asker, q.firm, [a.speaker for a in q.answers]) for q in doc.qa]


def test_name_firm_title_headers() -> None:
    doc = parse(L.DASH_FIRM_CALL)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("priya-raman", "Morgan Stanley", ["mark-davis"]),  # a follow-up after answers is its own pair
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    laura = doc.speakers_by_id["laura-chen"]
    assert (laura.role, laura.affiliation, laura.side) == (
        "Chief Executive Officer",
        "NovaSky Technology",
        "company",
    )
    assert doc.paragraph(n_of(doc, "Churn stayed")).speaker == "mark-davis"
    assert_sound(doc)


def test_markdown_bold_labels_and_roster() -> None:
    doc = parse(L.MARKDOWN_CALL, "call.md")
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis", "laura-chen"]),
    ]
    first = doc.paragraph(n_of(doc, "How sustainable"))
    assert (first.speaker, first.body) == (
        "priya-raman",
        "How sustainable is the cloud growth into next year?",
    )
    assert doc.speakers_by_id["jenna-ortiz"].role == "Head of Investor Relations"
    assert doc.paragraph(n_of(doc, "**Executives:**")).role == "heading"
    assert_sound(doc)


def test_bilingual_call_with_interpreter() -> None:
    """Bold `Name - Firm, Title` labels with timestamps; the interpreter's turn stays the speaker's."""
    doc = parse(L.BILINGUAL_CALL, "call.md")
    assert doc.language == "mixed"
    assert summary(doc) == [
        ("charlie-lin", "Morgan Stanley", ["周晓雯"]),
        ("bruce-wang", "Goldman Sachs", ["林志远"]),
    ]
    # The interpretation of the question is part of the question, of the answer part of the answer.
    assert n_of(doc, "請問明年雲端毛利率") in doc.qa[0].question
    assert n_of(doc, "another one to two percentage points") in doc.qa[0].answers[0].paragraphs
    cfo = doc.speakers_by_id["周晓雯"]
    assert (cfo.name, cfo.role, cfo.affiliation, cfo.side) == ("周曉雯", "財務長", "星穹科技", "company")
    assert "interpreter" not in doc.speakers_by_id
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "毛利率提升到百分之四十二點五")] == "prepared"
    assert sec[n_of(doc, "How should we think about cloud margins")] == "qa"
    assert_sound(doc)


@pytest.mark.parametrize("text", [L.TIMESTAMP_CALL, L.TIME_LINE_CALL])
def test_timestamped_labels(text: str) -> None:
    doc = parse(text)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.paragraph(n_of(doc, "How sustainable")).speaker == "priya-raman"
    assert all(p.speaker is None for p in doc.paragraphs if p.text.startswith("0:0"))
    assert_sound(doc)


def test_chinese_firm_analyst_labels() -> None:
    """`杰弗瑞分析师Brent Thill：`, `高盛分析师希斯-特里(Heath Terry)：`: firm before 分析师, name after."""
    doc = parse(L.ZH_FIRM_ANALYST_CALL)
    assert summary(doc) == [
        ("brent-thill", "杰弗瑞", ["林志远"]),
        ("希斯-特里", "高盛", ["周晓雯", "林志远"]),
        ("王磊", "摩根士丹利", ["周晓雯"]),
    ]
    terry = doc.speakers_by_id["希斯-特里"]
    assert terry.side == "analyst" and "Heath Terry" in terry.aliases
    assert doc.paragraph(n_of(doc, "请问明年云业务")).body == "请问明年云业务的增长能否保持在30%左右？"
    assert {p.section for p in doc.paragraphs if "各位好" in p.text} == {"prepared"}
    assert_sound(doc)


def test_chinese_name_firm_labels_and_roster() -> None:
    """`Sarah Lee（高盛）：` labels, a roster under 管理层 / 分析师 with `Name Title` entries."""
    doc = parse(L.ZH_NAME_FIRM_CALL)
    assert summary(doc) == [("sarah-lee", "高盛", ["周晓雯"]), ("王磊", "中金公司", ["林志远"])]
    by_id = doc.speakers_by_id
    assert (by_id["林志远"].role, by_id["林志远"].side) == ("首席执行官", "company")
    assert "company-representative" not in by_id  # 管理层 heads the roster here, it is not a label
    assert doc.paragraph(n_of(doc, "林志远 首席执行官")).role == "roster"
    assert_sound(doc)


def test_machine_transcription_without_labels() -> None:
    """No labels: the host's "請<firm>的<name>提問" opens each pair; answers are not attributed."""
    doc = parse(L.ZH_MACHINE_CALL)
    assert doc.kind == "transcript" and doc.warnings
    assert summary(doc) == [("王磊", "摩根士丹利", [None]), ("陈明", "高盛", [None])]
    assert doc.qa[0].question == ns_of(doc, "雲端毛利率的展望")
    assert doc.qa[0].answers[0].paragraphs == ns_of(doc, "規模效益")
    assert doc.qa[1].answers[0].paragraphs == ns_of(doc, "主要用於資料中心")
    assert {s.side for s in doc.speakers} == {"analyst"}
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "自由現金流")] == "prepared" and sec[n_of(doc, "請摩根士丹利")] == "qa"


def test_diarized_speakers_without_names() -> None:
    """`Speaker 1:` labels: speakers told apart by the transcription service; sides from behaviour."""
    doc = parse(L.DIARIZED_CALL)
    assert summary(doc) == [("speaker-3", "Morgan Stanley", ["speaker-2"])]
    assert doc.speakers_by_id["speaker-2"].side == "company"
    assert_sound(doc)


def test_unrecognised_layout_says_so_and_invents_no_speaker() -> None:
    """Unlabelled remarks: a transcript without speakers, and a warning in `parse -f json`."""
    from finbrief.render.document import to_dict
    from tests.structure.fixtures import EN_REMARKS

    doc = parse(EN_REMARKS)
    out = to_dict(doc)
    assert out["speakers"] == [] and out["qa"] == []
    assert out["warnings"] and "speaker" in out["warnings"][0]
    assert to_dict(parse(L.VENDOR_CALL))["warnings"] == []


def test_callstreet_title_firm_lines_and_q_a_marks() -> None:
    """`Name` / `Title, Firm` headers, a lone Q or A mark under each Q&A speaker, MANAGEMENT
    DISCUSSION / QUESTION AND ANSWER sections."""
    doc = parse(L.CALLSTREET_CALL)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley & Co. LLC", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs & Co. LLC", ["mark-davis"]),
    ]
    laura = doc.speakers_by_id["laura-chen"]
    assert (laura.role, laura.affiliation, laura.side) == (
        "Chief Executive Officer",
        "NovaSky Technology, Inc.",
        "company",
    )
    marks = [p for p in doc.paragraphs if p.text in ("Q", "A")]
    assert [p.role for p in marks] == ["speaker_label"] * 4
    assert marks[0].speaker == "priya-raman"
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "free cash flow")] == "prepared" and sec[n_of(doc, "How sustainable")] == "qa"
    assert_sound(doc)


def test_acknowledgements_are_not_questions_but_statements_can_be() -> None:
    """ "Okay. Great. That's all I had." is no question (the answers after it stay with the open
    pair); "Okay. And then on margins, just the trajectory." is one, question mark or not."""
    text = """\
Operator
Our first question comes from Priya Raman with Morgan Stanley.
Priya Raman -- Morgan Stanley -- Analyst
How is demand in the cloud business?
Laura Chen -- Chief Executive Officer
Demand is strong across every region.
Priya Raman -- Morgan Stanley -- Analyst
Okay. Great. That's all I had.
Mark Davis -- Chief Financial Officer
And backlog grew 20% in the quarter.
Priya Raman -- Morgan Stanley -- Analyst
Okay. And then on margins, just the trajectory.
Mark Davis -- Chief Financial Officer
Margins should keep improving next year.
"""
    doc = parse(text)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen", "mark-davis"]),
        ("priya-raman", "Morgan Stanley", ["mark-davis"]),
    ]
    assert doc.qa[1].question == ns_of(doc, "just the trajectory")


def test_bloomberg_profile_links_and_firms_from_the_operator() -> None:
    doc = parse(L.BLOOMBERG_CALL)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["mark-davis"].role == "Chief Financial Officer"
    assert {s.name for s in doc.speakers} >= {"Laura Chen", "Priya Raman"}  # no "{BIO ...}" in names
    assert_sound(doc)


@pytest.mark.parametrize(
    ("line", "who", "role"),
    [
        ("主持人（中金公司 张伟）：欢迎大家。", "主持人（中金公司 张伟）", "host"),
        ("Jessie Wang, [2]", "Jessie Wang", None),
    ],
)
def test_more_label_decorations(line: str, who: str, role: str | None) -> None:
    from finbrief.lexicon.transcript import vocab
    from finbrief.structure.labels import parse_label

    lab = parse_label(line, line, vocab(), frozenset())
    assert lab is not None and (lab.who, lab.role) == (who, role)


def test_chinese_titles_before_names() -> None:
    doc = parse(L.ZH_TITLED_CALL)
    assert summary(doc) == [
        ("希斯-特里", "高盛", ["马克戴维斯"]),
        ("brent-thill", "杰弗瑞", ["劳拉陈"]),
    ]
    cfo = doc.speakers_by_id["马克戴维斯"]
    assert (cfo.name, cfo.role, cfo.side) == ("马克·戴维斯", "首席财务官", "company")
    assert_sound(doc)


def test_table_of_contents_is_not_the_sections() -> None:
    """A contents list naming Prepared Remarks, Q&A and participants before the call: the remarks
    are still prepared remarks, and the credit line and the list are furniture, not a news intro."""
    doc = parse(L.FOOL_CALL)
    assert doc.kind == "transcript"
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "Freight volumes rose 9%")] == "prepared"
    assert sec[n_of(doc, "How much of the volume growth")] == "qa"
    assert doc.paragraph(n_of(doc, "Contents:")).role == "boilerplate"
    assert doc.paragraph(n_of(doc, "Image source:")).role == "boilerplate"
    assert summary(doc) == [
        ("dana-whitfield", "Keystone Partners", ["colin-reyes"]),
        ("dana-whitfield", "Keystone Partners", ["ingrid-falk"]),
        ("marco-ellis", "Brightwater Securities", ["ingrid-falk", "colin-reyes"]),
    ]
    assert_sound(doc)


def test_transcription_lines_broken_at_pauses() -> None:
    """Lines broken at a speaker's pauses are not hard wrapping: sentences are rebuilt, but an answer
    and the next question stay apart; "Please proceed." is the operator's; a follow-up announced
    inside an answer is the same analyst's next question; "J.P. Morgan" keeps its initials."""
    doc = parse(L.ASR_LINES_CALL)
    assert doc.warnings and doc.kind == "transcript"
    assert summary(doc) == [
        ("dana-whitfield", "J.P. Morgan", [None]),
        ("dana-whitfield", "J.P. Morgan", [None]),
        ("marco-ellis", None, [None]),
        ("priya-raman", "H.C. Wainwright", [None]),
    ]
    first, follow_up = doc.qa[0], doc.qa[1]
    assert doc.paragraph(first.question[0]).text == "Good morning, and thanks for taking my question."
    assert doc.paragraph(first.question[-1]).text == "Thank you."
    assert doc.paragraph(follow_up.question[0]).text == "Got it, very helpful."
    assert doc.paragraph(n_of(doc, "Sure, most of them")).text.endswith("when inflation is low.")
    assert doc.paragraph(doc.qa[2].question[-1]).text.startswith("I was wondering")


def test_translated_page_with_placeholders_and_q_marks() -> None:
    """Furniture between a label and its Q mark is skipped: the asker keeps the question, and an
    unnamed analyst's Q mark stays that analyst's."""
    doc = parse(L.ZH_TRANSLATED_PAGE_CALL)
    assert summary(doc) == [
        ("priya-raman", None, ["林志远"]),
        ("priya-raman", None, ["周晓雯"]),
        ("unidentified-analyst", None, ["周晓雯"]),
    ]
    assert doc.speakers_by_id["priya-raman"].side == "analyst"
    assert {p.role for p in doc.paragraphs if p.text == "翻译中..."} == {"boilerplate"}
    assert doc.paragraph(n_of(doc, "显示英文")).role == "boilerplate"
    assert_sound(doc)


def test_bulleted_labels_printed_twice() -> None:
    """`• Name - Title` then `Name - Title` again: one label, not a line of the previous speech."""
    doc = parse(L.BULLET_BILINGUAL_CALL)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    labels = [p for p in doc.paragraphs if p.text == "• Laura Chen - CEO"]
    assert [(p.role, p.speaker) for p in labels] == [("speaker_label", "laura-chen")] * 2
    assert doc.paragraph(n_of(doc, "營收成長 18%")).speaker == "laura-chen"
    assert doc.paragraph(n_of(doc, "• Jenna Ortiz")).role == "speaker_label"
    assert_sound(doc)


def test_q_mark_confirms_the_name_above_it() -> None:
    """A page of the Q&A alone, opening with an asker's name over a Q mark: the mark is evidence
    enough, even before any other label."""
    opening = "Dana Whitfield\n翻译中...\nQ\n请问海外业务的利润率展望如何？\n林志远\n我们预计明年海外利润率会继续改善。\n"
    qa_only = opening + L.ZH_TRANSLATED_PAGE_CALL[L.ZH_TRANSLATED_PAGE_CALL.index("Priya Raman") :]
    doc = parse(qa_only)
    assert [q.asker for q in doc.qa] == ["dana-whitfield", "priya-raman", "priya-raman", "unidentified-analyst"]
    assert_sound(doc)


def test_ir_hosts_the_questions() -> None:
    """The person introducing the askers hosts for the company: her introduction starts the Q&A, her
    "do you have a follow-up?" is no answer, and an introduction "which is going to come from"
    gives the firm."""
    doc = parse(L.IR_HOSTED_CALL, "call.md")
    assert summary(doc) == [
        ("priya-ann-raman", "Morgan Stanley", ["laura-chen", "mark-davis"]),
        ("priya-ann-raman", "Morgan Stanley", ["mark-davis"]),
        ("thomas-becker", "Goldman Sachs", ["mark-davis", "laura-chen"]),  # "And in the interim?" presses on
    ]
    assert doc.speakers_by_id["jenna-ortiz"].side == "company"
    sec = {p.n: p.section for p in doc.paragraphs}
    assert sec[n_of(doc, "keep growing faster")] == "prepared"
    assert sec[n_of(doc, "how much of the cloud growth")] == "qa"
    assert_sound(doc)


HANDED_OVER = """\
Operator

Good day, and welcome to the NovaSky Technology third quarter call. I would now like to turn the \
conference over to our host, Jenna Ortiz, Head of Investor Relations. Please go ahead.

Jenna Ortiz -- Head of Investor Relations

Thank you, operator. Joining me today are Laura Chen, our CEO, and Mark Davis, our CFO.

Before we begin, please note that this call contains forward-looking statements.
"""


def test_the_speaker_handed_the_call_is_known() -> None:
    """One `Name -- Title` label is weak evidence alone; the operator handing the call to that name
    ("over to our host, Jenna Ortiz") makes it a known speaker."""
    doc = parse(HANDED_OVER)
    assert doc.paragraph(n_of(doc, "Joining me today")).speaker == "jenna-ortiz"
    assert doc.paragraph(n_of(doc, "forward-looking")).speaker == "jenna-ortiz"
    assert doc.speakers_by_id["jenna-ortiz"].side == "company"


def test_pdf_interview_with_title_lines_and_page_furniture() -> None:
    """Name over a title line (company) or a research division (the analyst, and the firm); the
    repeated call title, page marker and address footer between a label and its speech are furniture;
    a speaker heard once is still a speaker when a title line stands under the name."""
    doc = parse(L.PDF_INTERVIEW_CALL)
    firm = "Harbor Point Securities LLC, Research Division"
    assert summary(doc) == [
        ("priya-raman", firm, ["laura-chen"]),
        ("priya-raman", firm, ["mark-davis", "anita-sorensen"]),
        ("priya-raman", firm, ["mark-davis"]),
    ]
    assert doc.speakers_by_id["priya-raman"].side == "analyst"
    assert doc.speakers_by_id["anita-sorensen"].side == "company"
    assert doc.paragraph(doc.qa[1].question[0]).text.startswith("Okay. And how should we think")
    assert doc.paragraph(n_of(doc, "=== PAGE 4 ===")).role == "boilerplate"
    assert doc.paragraph(n_of(doc, "examplemarketdata.com")).role == "boilerplate"
    assert_sound(doc)
