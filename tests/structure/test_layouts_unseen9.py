"""Layouts met on more held-out transcripts, each on a short fictional call: minutes typed with the
asker in square brackets before the question mark ("[海通证券 陈晨]问:"), a Q&A platform's export that
stamps each post with its date and time, a host handing the floor to someone whose surname is a rare
one, a two-turn excerpt with no Q&A, captions written all in capitals, "Q (Name, Firm):" marks, a
meeting export with the time on its own line under each name, an investor-relations record with
numbered questions and unmarked answers, and texts with no labels at all (a machine transcription,
a subtitle file)."""

from __future__ import annotations

from pathlib import Path

from finbrief.ingest import from_text, read_path
from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.pipeline import NO_LABELS
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""
    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [
        (name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa
    ]


SQUARE_MINUTES = """远川电子（688555）2026年第一季度业绩交流会纪要

参会人员：总经理 潘立行；董事会秘书 钱蓉

一、经营情况
一季度公司营业收入6.2亿元，同比增长15%。

二、交流问答
[海通证券 陈晨]问:请问一季度车规芯片的出货占比是多少？
[董事会秘书 钱蓉]答:车规芯片出货占比约为三成，[笑]同比提升8个百分点。
[东吴证券 蒋一帆]问:二季度的价格压力大吗？
[总经理 潘立行]答:消费类产品价格仍有压力，车规产品价格基本稳定。
[投资者]问:公司今年有股权激励计划吗？
[董事会秘书 钱蓉]答:如有相关计划，公司将及时履行信息披露义务。
"""


def test_square_bracketed_asker_before_the_mark() -> None:
    """"[海通证券 陈晨]问:" names the analyst and firm as "【海通证券 陈晨】问：" would; the answer's
    bracket names who answers; an anonymous "[投资者]问:" still opens a pair; a bracket inside the
    speech ("[笑]") labels nothing."""
    doc = parse(SQUARE_MINUTES)
    assert pairs(doc) == [
        ("陈晨", "海通证券", ["钱蓉"]),
        ("蒋一帆", "东吴证券", ["潘立行"]),
        (None, None, ["钱蓉"]),
    ]
    answer = doc.paragraph(n_of(doc, "车规芯片出货占比约为三成"))
    assert answer.speaker is not None and doc.speakers_by_id[answer.speaker].name == "钱蓉"
    for pair in doc.qa:  # the speech starts past the bracket and the mark
        q = doc.paragraph(pair.question[0])
        assert not q.text[q.body_start :].startswith(("问", "[")), q.text[q.body_start :]
    assert_sound(doc)


def test_square_brackets_without_a_mark_are_no_label() -> None:
    """Square brackets alone open stage directions and notes ("[Inaudible]", "[图片]"): with no
    question or answer mark after them they name no speaker."""
    doc = parse(
        "Operator: Welcome to the Fenwick Foods call.\n\n"
        "Laura Pike: Thank you. Net sales rose 6%.\n\n"
        "[Inaudible] and the rest of the year looks similar.\n"
    )
    assert doc.paragraph(n_of(doc, "[Inaudible]")).speaker in (None, "laura-pike")
    assert all("Inaudible" not in s.name for s in doc.speakers)


PLATFORM_DATED = """互动平台问答

投资者提问（2026-05-11 09:30）：董秘您好，公司新建的电解液产线什么时候投产？
董秘回答（2026-05-12 14:00）：您好，新产线预计2026年三季度投产，感谢您的关注。

投资者提问（2026-05-13 20:05）：公司对今年的出口业务有什么展望？
董秘回答（2026-05-15 10:12）：您好，出口业务保持增长，具体数据请以定期报告为准，谢谢。
"""


def test_platform_posts_stamped_with_date_and_time() -> None:
    """A platform export stamps each post ("投资者提问（2026-05-11 09:30）："): the stamp belongs to the
    mark, not to who speaks; the company answers through the board secretary, as in the
    "董秘回答(远川电子SH688555)：" form, and the answer's text starts past the stamp."""
    doc = parse(PLATFORM_DATED)
    assert pairs(doc) == [(None, None, ["董秘"]), (None, None, ["董秘"])]
    first = doc.qa[0]
    assert "电解液产线" in doc.paragraph(first.question[0]).text
    assert_sound(doc)


def test_platform_post_stamped_with_date_alone() -> None:
    doc = parse(
        "投资者提问(2026/05/11)：公司回购进展如何？\n\n"
        "董秘回答(2026/05/12)：您好，截至目前已回购公司股份120万股，谢谢。\n"
    )
    assert pairs(doc) == [(None, None, ["董秘"])]


RARE_SURNAME = """青禾物流2026年第一季度业绩说明会（节选）

主持人：各位投资者下午好，欢迎参加青禾物流一季度业绩说明会。下面有请公司董事长眭明远介绍一季度经营情况。

眭明远：谢谢主持人。一季度公司营业收入12.4亿元，同比增长8%；归母净利润9,800万元，同比增长11%。
"""


def test_floor_given_to_a_rare_surname_keeps_the_whole_name() -> None:
    """The host hands the floor to "董事长眭明远" and the next paragraph opens "眭明远：": that label
    names the speaker in full, though the surname is not among the common ones (its last two
    characters alone must not become a different person)."""
    doc = parse(RARE_SURNAME)
    para = doc.paragraph(n_of(doc, "一季度公司营业收入12.4亿元"))
    assert para.speaker is not None
    assert doc.speakers_by_id[para.speaker].name == "眭明远"
    assert [s.name for s in doc.speakers if s.name.endswith("明远")] == ["眭明远"]


def test_common_surname_fu_is_read_as_a_name() -> None:
    """傅 is a common surname: "傅立群：" labels a person as "王立群：" would."""
    doc = parse(
        "主持人：下面进入提问环节。\n\n"
        "分析师：我是中泰证券的何佳。请问二季度毛利率怎么看？\n\n"
        "傅立群：二季度毛利率预计与一季度基本持平。\n\n"
        "分析师：请问下半年呢？\n\n"
        "傅立群：下半年会略有改善。\n"
    )
    for fragment in ("二季度毛利率预计", "下半年会略有改善"):
        para = doc.paragraph(n_of(doc, fragment))
        assert para.speaker is not None and doc.speakers_by_id[para.speaker].name == "傅立群"


TWO_TURNS = """Operator: Good morning and welcome to the Fenwick Foods third quarter call. I will now turn the call over to Chief Executive Officer Laura Pike.

Laura Pike: Thank you. Net sales rose 6% to $820 million and we raise our full-year outlook to $3.3 billion. Thank you all for joining us today.
"""


def test_two_turn_excerpt_without_qa_is_prepared_remarks() -> None:
    """An excerpt of two turns: the operator hands over, the chief executive gives the results and
    thanks everyone. The operator named her, so her one "Laura Pike:" label is a speaker; with no
    Q&A, her remarks are prepared remarks, not a closing that would swallow the whole call."""
    doc = parse(TWO_TURNS)
    results = doc.paragraph(n_of(doc, "Net sales rose 6%"))
    assert results.speaker == "laura-pike"
    assert results.section == "prepared"
    assert doc.paragraph(n_of(doc, "Good morning and welcome")).section == "prepared"
    assert doc.qa == ()


UNLABELLED_ASR = """I hope you've had a chance to review our shareholder letter.
Throughout the year we set records in subscribers and in revenue.
Q4 was a very strong quarter for us.
For guidance we are forecasting 240 million subscribers for the first quarter.
We also expect gross margin to improve through the year.
And I know some of you may wonder if we're trading growth for profitability.
We think growth is still the most important thing we can deliver.
We are very much adapting our pricing to what consumers want.
Thanks everyone for joining us today.
"""


def test_unlabelled_transcription_names_no_one() -> None:
    """A machine transcription with no labels: its paragraphs stay unattributed and the document
    says so in its warnings; no speaker is made up from the text."""
    doc = parse(UNLABELLED_ASR)
    assert doc.speakers == ()
    assert all(p.speaker is None for p in doc.paragraphs)
    assert NO_LABELS in doc.warnings
    assert doc.qa == ()


CAPTIONS = """>> OPERATOR: WELCOME TO THE MARLOW WATER SECOND QUARTER CALL. I WILL NOW TURN THE CALL OVER TO CHIEF EXECUTIVE OFFICER DINA ROWE.

>> DINA ROWE: THANK YOU. RATE BASE GREW 7% AND WE REAFFIRM OUR EPS GUIDANCE.

>> OPERATOR: OUR FIRST QUESTION COMES FROM OWEN PARRY WITH KESTREL SECURITIES.

>> OWEN PARRY: HI DINA. WHEN DO YOU EXPECT THE RATE CASE DECISION?

>> DINA ROWE: WE EXPECT AN ORDER BY THE END OF NOVEMBER.
"""


def test_caption_in_capitals_shows_every_name_alike() -> None:
    """Broadcast captions write everything in capitals, the operator's introductions too: the asker,
    the answerer and the operator are all shown capitalised by word, not some in capitals and some
    not; the capitals stay an alias, so the name as written still finds the speaker."""
    doc = parse(CAPTIONS)
    assert pairs(doc) == [("Owen Parry", "KESTREL SECURITIES", ["Dina Rowe"])]
    names = {s.id: s.name for s in doc.speakers}
    assert names["operator"] == "Operator"
    assert "OWEN PARRY" in doc.speakers_by_id["owen-parry"].aliases


BRACKETED_QA = """Riverton Bank Q1 2026 results briefing

Q (Jane Doe, Barclays): Can you update us on deposit costs?
A (Mark Ellis, CFO): Deposit costs rose 8 basis points in the quarter.
Q (Morgan Stanley): Any change to the buyback?
A (Ann Lowe, CEO): No, we keep the $500 million program.
"""


def test_question_and_answer_marks_with_who_in_brackets() -> None:
    """"Q (Jane Doe, Barclays):" names the asker and her firm, "A (Mark Ellis, CFO):" the answerer
    and his title, as "问（华西证券 苗青）：" does in Chinese; a firm alone in the brackets
    ("Q (Morgan Stanley):") is an anonymous question from that firm, not a person."""
    doc = parse(BRACKETED_QA)
    assert pairs(doc) == [
        ("Jane Doe", "Barclays", ["Mark Ellis"]),
        (None, "Morgan Stanley", ["Ann Lowe"]),
    ]
    assert doc.speakers_by_id["mark-ellis"].role == "CFO"
    assert all(s.name != "Morgan Stanley" for s in doc.speakers)
    assert_sound(doc)


NAME_TIME_LINES = """Jane Doe
00:00:01
Welcome to the Tamsin Energy call. I will hand over to our CEO Rob Kent.

Rob Kent
00:00:09
Thanks Jane. Output rose 9% this quarter and costs fell.

Jane Doe
00:01:30
Our first question is from Lily Tan at Harbor Bank.

Lily Tan
00:01:36
Rob, what is the capex plan for 2027?

Rob Kent
00:01:45
About $900 million, similar to this year.
"""


def test_timestamp_under_the_last_label_does_not_end_the_call() -> None:
    """A meeting export puts each speaker's name, then the time, then the speech on its own lines:
    the time under the last label is furniture, and the speech after it is still that speaker's
    answer."""
    doc = parse(NAME_TIME_LINES)
    assert doc.paragraph(n_of(doc, "About $900 million")).speaker == "rob-kent"
    assert pairs(doc) == [("Lily Tan", "Harbor Bank", ["Rob Kent"])]


NUMBERED_RECORD = """澄海电子股份有限公司投资者关系活动记录表

投资者关系活动类别：特定对象调研
参与单位名称及人员姓名：国海证券 严希；华安基金 陆远
上市公司接待人员姓名：董事长 周海；董事会秘书 吴桐
投资者关系活动主要内容介绍：
1、公司海外产能布局进展如何？
公司越南工厂已于5月投产，预计年底达产。
墨西哥工厂仍在选址阶段。
2、今年研发投入计划是多少？
预计全年研发投入约3亿元，同比增长20%。
附件清单（如有）：无
"""


def test_record_with_numbered_questions_and_unmarked_answers() -> None:
    """An investor-relations record numbers its questions ("1、…？") and writes the answers under them
    with no mark: each numbered question and the paragraphs under it are a pair, the answer given by
    no one in particular (the record names no answerer)."""
    doc = parse(NUMBERED_RECORD)
    assert len(doc.qa) == 2
    first, second = doc.qa
    assert "海外产能布局" in doc.paragraph(first.question[0]).text
    answered = [doc.paragraph(n).text for a in first.answers for n in a.paragraphs]
    assert any("越南工厂" in t for t in answered) and any("墨西哥工厂" in t for t in answered)
    assert "研发投入计划" in doc.paragraph(second.question[0]).text
    assert all(a.speaker is None for q in doc.qa for a in q.answers)
    assert doc.speakers == ()


def test_numbered_questions_outside_a_record_are_headings() -> None:
    """An article's numbered questions with no record or Q&A header above them are its headings."""
    doc = parse(
        "如何看待储能行业的价格战？\n\n"
        "1、价格战会持续多久？\n"
        "行业普遍认为价格战将延续到明年。\n"
        "2、谁会最终胜出？\n"
        "成本领先的企业更有优势。\n"
    )
    assert doc.qa == ()


CAPTIONS_NO_SPEAKERS = """1
00:00:01,000 --> 00:00:04,000
Welcome to the Alder Foods call.

2
00:00:04,500 --> 00:00:08,000
Sales grew 5% and margins held at 12%.

3
00:00:08,500 --> 00:00:12,000
Thanks everyone for joining us today.
"""


def test_subtitles_without_speakers_are_a_transcript_that_says_so(tmp_path: Path) -> None:
    """A subtitle file is speech by its format: with no speaker marks it is read as a transcript
    whose paragraphs no one is named for, and the warnings say the speakers were not told apart
    (a short caption file has too few lines for the spoken-call cues an unlabelled text needs)."""
    path = tmp_path / "captions.srt"
    path.write_text(CAPTIONS_NO_SPEAKERS, encoding="utf-8")
    doc = run(read_path(path))
    assert doc.kind == "transcript"
    assert NO_LABELS in doc.warnings
    assert doc.speakers == () and doc.qa == ()


BRIEFING_ROLES = """Kaito Industries FY2025 Q3 Financial Results Briefing

Presenter: Thank you for joining. Net sales rose 4% to 312 billion yen, and operating profit was 28 billion yen.

Questioner 1: Thank you. Could you explain the outlook for the semiconductor segment?

Respondent: We expect orders to recover from the fourth quarter.

Questioner 2: What is your assumption for the exchange rate?

Respondent: We assume 145 yen to the dollar for the rest of the year.
"""


def test_briefing_record_with_numbered_questioners_and_respondent() -> None:
    """A results briefing's English record that names no one: "Questioner 1:" asks, "Respondent:"
    answers and "Presenter:" gives the results. Two pairs, no asker or answerer made up."""
    doc = parse(BRIEFING_ROLES)
    assert len(doc.qa) == 2
    assert all(q.asker is None and q.firm is None for q in doc.qa)
    assert "semiconductor segment" in doc.paragraph(doc.qa[0].question[0]).text
    assert "145 yen" in doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text
    assert doc.paragraph(n_of(doc, "Net sales rose 4%")).section == "prepared"


HOST_READS = """海川股份2026年度业绩说明会文字实录

主持人：各位投资者好，下面进入互动问答环节。
主持人：第一个问题来自网友：请问公司2026年的分红比例是多少？
董事长 张海川：公司2026年度拟每10股派发现金红利5元，分红比例约为40%。
主持人：第二个问题：公司海外业务的增长情况如何？
财务总监 李青：海外收入同比增长22%，占比提升至18%。
主持人：感谢各位的参与，本次说明会到此结束。
"""


def test_questions_the_host_reads_out() -> None:
    """The host reads out questions investors sent in ("第一个问题来自网友：…？") and an executive
    answers each: each read-out question is an anonymous question (its speech starts at the
    question), the executive its answerer; the host's other lines stay the host's."""
    doc = parse(HOST_READS)
    assert pairs(doc) == [(None, None, ["张海川"]), (None, None, ["李青"])]
    q = doc.paragraph(doc.qa[0].question[0])
    assert q.text[q.body_start :].startswith("请问公司2026年的分红比例")
    assert doc.paragraph(n_of(doc, "下面进入互动问答环节")).speaker == "host"
    assert_sound(doc)


ROADSHOW_NOTES = """青岚药业 路演交流纪要（2026年6月）

交流对象：多家公募基金
公司参会：董事会秘书 龚澜 ；财务总监 尹澈

投资者A：请问公司核心品种今年的销量增长预期是多少？
公司：核心品种今年销量预计增长15%-20%，主要来自基层市场。

投资者B：集采续约对价格的影响如何？
公司：续约价格降幅约5%，整体影响可控。
"""


def test_roadshow_notes_with_lettered_askers_under_a_dated_title() -> None:
    """A broker's roadshow notes tell askers apart by a letter ("投资者A：", "投资者B：") and answer as
    "公司：", under a title that ends with the date in brackets: the notes are the Q&A of a meeting
    (the title is a call's, the date notwithstanding), one pair per question, no asker named."""
    doc = parse(ROADSHOW_NOTES)
    assert len(doc.qa) == 2
    assert all(q.asker is None and q.firm is None for q in doc.qa)
    assert "核心品种" in doc.paragraph(doc.qa[0].question[0]).text
    assert "续约价格" in doc.paragraph(doc.qa[1].answers[0].paragraphs[0]).text


def test_speakers_told_apart_by_letter_or_in_brackets() -> None:
    """Transcription services that tell speakers apart without naming them write "Speaker A:" or
    "[SPEAKER_01] …": each is a speaker like "Speaker 1:"; the one the host handed the call to takes
    the name the host gave, and answers the analyst the host introduced."""
    for a, b, c, d in (
        ("Speaker A:", "Speaker B:", "Speaker C:", "speaker-b"),
        ("[SPEAKER_00]", "[SPEAKER_01]", "[SPEAKER_02]", "speaker-01"),
    ):
        doc = parse(
            f"{a} Welcome to the Holm Foods call. I will hand over to our CEO Rita Vance.\n\n"
            f"{b} Thanks. Sales grew 6% and margin expanded to 14%.\n\n"
            f"{a} Our first question is from Ian Cho at Brent Bank.\n\n"
            f"{c} Rita, what drove the margin expansion this quarter?\n\n"
            f"{b} Mostly lower packaging costs.\n"
        )
        assert pairs(doc) == [("Ian Cho", "Brent Bank", ["Rita Vance"])]
        assert doc.qa[0].answers[0].speaker == d
        assert doc.warnings == ()
