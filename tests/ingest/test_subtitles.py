"""Subtitle inputs (.srt, .vtt): detected by name or content, cues joined into paragraphs of speech."""

from __future__ import annotations

import pytest

from finbrief.errors import InputError
from finbrief.ingest import detect, run
from finbrief.ingest.subtitles import Cue, cues_to_text, parse_cues
from finbrief.structure import run as structure_run
from tests.ingest.builders import SRT_CALL, VTT_CALL


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("call.srt", SRT_CALL, detect.SRT),
        ("call.vtt", VTT_CALL, detect.VTT),
        (None, SRT_CALL, detect.SRT),
        (None, VTT_CALL, detect.VTT),
        ("call.txt", SRT_CALL, detect.SRT),  # subtitles saved under a text name
        ("call.txt", "1\n2\n3\nplain text\n", detect.TEXT),
    ],
)
def test_detected_by_name_or_content(name: str | None, data: str, expected: str) -> None:
    assert detect.detect_media_type(data.encode("utf-8"), name) == expected
    assert (
        detect.normalize_media_type("srt") == detect.SRT and detect.normalize_media_type("vtt") == detect.VTT
    )


def test_cues_join_into_sentences_and_paragraphs() -> None:
    doc = run(SRT_CALL.encode("utf-8"), "call.srt")
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Good morning and welcome to the NovaSky Technology third quarter earnings call."
    # "$1.2" and "billion" were two cues: one sentence, one paragraph.
    assert texts[1] == "Revenue grew 18% this quarter to $1.2 billion, and cloud revenue grew 31%."
    assert "Our first question comes from Priya Raman with Morgan Stanley." in texts
    assert not any("-->" in t or t.isdigit() for t in texts)


def test_voice_tags_become_labels() -> None:
    doc = run(VTT_CALL.encode("utf-8"), "call.vtt")
    texts = [p.text for p in doc.paragraphs]
    assert texts[1] == "Laura Chen: Thank you. Revenue grew 18% this quarter, and cloud revenue grew 31%."
    assert all("<v" not in t and "NOTE" not in t for t in texts)


def test_chinese_cues_join_without_spaces_and_marks_split_speakers() -> None:
    cues = [
        Cue(0.0, 2.0, "本季度云业务收入", None),
        Cue(2.0, 4.0, "同比增长百分之三十一。", None),
        Cue(4.5, 6.0, ">> 请问明年的资本开支计划？", None),
    ]
    assert cues_to_text(cues) == "本季度云业务收入同比增长百分之三十一。\n\n请问明年的资本开支计划？"


def test_bracketed_speaker_numbers_open_a_paragraph_each() -> None:
    """A diarising tool's captions (``[SPEAKER_01]: …``): each numbered speaker's words start a
    paragraph of their own, the number kept as its label, even where the caption before has no end mark."""
    cues = [
        Cue(0.0, 3.0, "[SPEAKER_00]: 下面有请财务总监介绍", None),
        Cue(3.2, 6.0, "[SPEAKER_01]: 谢谢主持人。上半年收入增长12%。", None),
        Cue(6.3, 8.0, "[SPEAKER_00] 好的，下面进入问答环节。", None),
    ]
    assert cues_to_text(cues).split("\n\n") == [
        "[SPEAKER_00]: 下面有请财务总监介绍",
        "[SPEAKER_01]: 谢谢主持人。上半年收入增长12%。",
        "[SPEAKER_00] 好的，下面进入问答环节。",
    ]


def test_a_sound_in_brackets_is_no_speaker() -> None:
    """``[Music]`` opening captions marks a sound, not a speaker: the sentence runs on."""
    cues = [Cue(0.0, 2.0, "[Music] Good morning and", None), Cue(2.0, 4.0, "[Music] welcome to the call.", None)]
    assert "\n\n" not in cues_to_text(cues)


def test_subtitles_without_cues_are_a_clear_error() -> None:
    with pytest.raises(InputError) as info:
        run(b"WEBVTT\n\nNOTE nothing here\n", "empty.vtt")
    assert str(info.value).startswith("empty.vtt: ") and "no subtitle cues" in str(info.value)
    assert parse_cues("1\nno timing here\n") == []


def test_captions_without_punctuation_still_make_bounded_paragraphs() -> None:
    from finbrief.ingest.subtitles import MAX_UNPUNCTUATED_CHARS

    cues = [Cue(float(i), i + 1.0, "and the cloud business kept growing", None) for i in range(2000)]
    paragraphs = cues_to_text(cues).split("\n\n")
    assert len(paragraphs) > 10
    assert max(len(p) for p in paragraphs) <= MAX_UNPUNCTUATED_CHARS + 40
    assert " ".join(paragraphs).split() == " ".join(c.text for c in cues).split()


def test_a_question_or_a_hand_over_ends_the_paragraph_without_a_pause() -> None:
    """Cues one after another with no pause: the host's hand-over and the analyst's question each
    end a turn, so the question and its answer are paragraphs of their own."""
    cues = [
        Cue(0.0, 3.0, "下面进入问答环节，请天衡证券的周宇提问。", None),
        Cue(3.2, 6.0, "谢谢，请问海外客户什么时候放量？", None),
        Cue(6.3, 9.0, "预计三季度开始批量供货。", None),
        Cue(11.5, 14.0, "Next is Dana Wu with Harbor Securities. Please go ahead.", None),  # a pause
        Cue(14.2, 16.0, "What is the capex plan?", None),
        Cue(16.2, 18.0, "About $200 million.", None),
    ]
    assert cues_to_text(cues).split("\n\n") == [
        "下面进入问答环节，请天衡证券的周宇提问。",
        "谢谢，请问海外客户什么时候放量？",
        "预计三季度开始批量供货。",
        "Next is Dana Wu with Harbor Securities. Please go ahead.",
        "What is the capex plan?",
        "About $200 million.",
    ]


def test_the_host_taking_the_floor_back_or_handing_it_to_a_presenter_starts_a_paragraph() -> None:
    """No pause between cues: the host asking a presenter to report ends a turn, the presenter's
    thanks to the host and the host's "好，谢谢。下一位请…" after an answer each start one."""
    cues = [
        Cue(0.0, 3.0, "首先请财务长周岩为我们报告经营情况。", None),
        Cue(3.2, 6.0, "谢谢主持人。本季度营收增长12%。", None),
        Cue(6.2, 9.0, "请天衡证券的沈一鸣提问。", None),
        Cue(9.2, 12.0, "请问明年的资本开支？", None),
        Cue(12.2, 15.0, "明年资本开支与今年持平。", None),
        Cue(15.2, 18.0, "好，谢谢。下一位请北辰资本的顾言提问。", None),
    ]
    assert cues_to_text(cues).split("\n\n") == [
        "首先请财务长周岩为我们报告经营情况。",
        "谢谢主持人。本季度营收增长12%。请天衡证券的沈一鸣提问。",
        "请问明年的资本开支？",
        "明年资本开支与今年持平。",
        "好，谢谢。下一位请北辰资本的顾言提问。",
    ]


def test_a_cue_with_a_damaged_timing_keeps_its_words_and_warns() -> None:
    """A damaged timing line ("00:00:0X,500") loses no one's words; the document says so."""
    from finbrief.ingest import run

    data = (
        b"1\n00:00:01,000 --> 00:00:03,000\nOperator: Welcome to the call.\n\n"
        b"2\n00:00:0X,500 --> 00:00:06,000\nMaya Lin: Thank you. Sales rose 4%.\n\n"
        b"3\n00:00:07,000 --> 00:00:09,000\nOperator: First question.\n"
    )
    doc = run(data, "call.srt")
    assert "Maya Lin: Thank you. Sales rose 4%." in "\n".join(p.text for p in doc.paragraphs)
    assert any("unreadable timing" in w for w in doc.warnings)


def test_unpunctuated_chinese_captions_part_at_a_question_word_thanks_for_it_and_the_close() -> None:
    """Captions with no punctuation at their ends: a caption whose last clause asks ("会有什么影响")
    ends the question, an answer thanking the asker for the question and the host's closing line
    each start a paragraph."""
    cues = [
        Cue(0.0, 3.0, "好的下面请天衡证券的周宇提问", None),
        Cue(3.2, 6.0, "管理层好，想了解一下原材料成本的变化", None),
        Cue(6.2, 9.0, "对四季度毛利率会有什么影响", None),
        Cue(9.2, 12.0, "四季度原材料价格总体平稳", None),
        Cue(12.2, 15.0, "请北辰资本的顾言提问", None),
        Cue(15.2, 18.0, "想请问海外订单的进展", None),
        Cue(18.2, 21.0, "谢谢顾言的问题，海外订单增长较快", None),
        Cue(21.2, 24.0, "好，今天的交流会就到这里，谢谢大家", None),
    ]
    assert cues_to_text(cues).split("\n\n") == [
        "好的下面请天衡证券的周宇提问",
        "管理层好，想了解一下原材料成本的变化对四季度毛利率会有什么影响",
        "四季度原材料价格总体平稳",
        "请北辰资本的顾言提问",
        "想请问海外订单的进展",
        "谢谢顾言的问题，海外订单增长较快",
        "好，今天的交流会就到这里，谢谢大家",
    ]


def test_cues_pasted_into_a_document_without_blank_lines_or_with_dash_arrows_are_read() -> None:
    text = "Exhibit 99.2\n1\n00:00:01.000 —> 00:00:04.000\nHello and welcome.\n2\n00:00:04.500 –> 00:00:08.000\nHost: Thank you.\n"
    assert detect.sniff(text.encode()) == detect.SRT
    assert [(c.start, c.text) for c in parse_cues(text)] == [(1.0, "Hello and welcome."), (4.5, "Host: Thank you.")]


def test_a_page_footer_between_a_cue_timing_and_its_words_loses_no_one_s_words() -> None:
    """An exhibit's page break ('Page 1 of 2', a copyright line) printed between a caption's timing and
    its speaker's words: the words keep that caption's timing; the footer is no one's words."""
    text = (
        "1\n00:00:01.000 --> 00:00:04.000\nHost: Our first question is from Lena Kovac.\n"
        "2\n00:00:04.500 --> 00:00:08.000\n\nPage 1 of 2\n© 2026 Example Transcripts.\n\n"
        "Ilse Brandvold: We think 60 to 62% is the right range.\n"
        "3\n00:00:08.500 --> 00:00:10.000\nHost: Thank you.\n"
    )
    assert [(c.start, c.text) for c in parse_cues(text)] == [
        (1.0, "Host: Our first question is from Lena Kovac."),
        (4.5, "Ilse Brandvold: We think 60 to 62% is the right range."),
        (8.5, "Host: Thank you."),
    ]


@pytest.mark.parametrize("here", ["这里", "這裡", "這裏"])
def test_the_host_s_closing_line_starts_a_paragraph_in_either_script(here: str) -> None:
    """'就到這裏' (the variant character a script conversion may write) closes the call as '就到这里' does."""
    cues = [Cue(0.0, 3.0, "明年会重点发力预制菜调料", None), Cue(3.2, 6.0, f"好，今天的交流会就到{here}，谢谢大家", None)]
    assert cues_to_text(cues).split("\n\n") == ["明年会重点发力预制菜调料", f"好，今天的交流会就到{here}，谢谢大家"]


ASS_CALL = (
    "[Script Info]\r\nTitle: Tallow Ridge Mining Q3 call\r\nScriptType: v4.00+\r\n\r\n"
    "[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize\r\nStyle: Default,Arial,48\r\n\r\n"
    "[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n"
    "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Operator,0,0,0,,Our first question comes from Iris Vane with Colter Hale.\r\n"
    "Dialogue: 0,0:00:04.50,0:00:08.00,Default,Iris Vane,0,0,0,,Thanks. Owen, when does the {\\i1}North Pit{\\i0} expansion\\Nstart?\r\n"
    "Dialogue: 0,0:00:08.50,0:00:11.00,Default,Owen Marsh,0,0,0,,Early next year, Iris,\r\n"
    "Dialogue: 0,0:00:11.20,0:00:14.00,Default,Owen Marsh,0,0,0,,and it adds 40,000 ounces a year.\r\n"
)


def test_substation_alpha_captions_are_voiced_by_their_name_field() -> None:
    """A subtitle editor's ``.ass`` file: each ``Dialogue:`` caption's speaker is its Name field, its
    words the last field with override tags and ``\\N`` breaks dropped; a speaker's captions run on."""
    assert detect.detect_media_type(ASS_CALL.encode(), "call.ass") == detect.SRT
    assert detect.detect_media_type(ASS_CALL.encode(), None) == detect.SRT
    doc = run(ASS_CALL.encode(), "call.ass")
    texts = [p.text for p in doc.paragraphs]
    assert "Iris Vane: Thanks. Owen, when does the North Pit expansion start?" in texts
    assert "Owen Marsh: Early next year, Iris, and it adds 40,000 ounces a year." in texts


SBV_CALL = (
    "0:00:01.000,0:00:04.500\n>> OPERATOR: Our first question comes from\nLena Ward with Harlow Point.\n\n"
    "0:00:05.000,0:00:08.000\n>> LENA WARD: Thanks. Colin, how much did\nvolumes grow?\n\n"
    "0:00:08.400,0:00:11.000\n>> COLIN REEVE: About 6%, Lena,\n\n"
    "0:00:11.000,0:00:13.500\nmostly in the export business.\n"
)


def test_subviewer_captions_are_read_as_cues_with_speaker_marks() -> None:
    """YouTube's ``.sbv`` captions: a comma between a cue's two times instead of an arrow, ``>> NAME:`` at
    each change of speaker; a speaker's unmarked captions run on into one paragraph."""
    assert detect.detect_media_type(SBV_CALL.encode(), "call.sbv") == detect.SRT
    assert detect.detect_media_type(SBV_CALL.encode(), "call.txt") == detect.SRT  # saved under a text name
    assert detect.detect_media_type(SBV_CALL.encode(), None) == detect.SRT
    doc = run(SBV_CALL.encode(), "call.sbv")
    texts = [p.text for p in doc.paragraphs]
    assert "LENA WARD: Thanks. Colin, how much did volumes grow?" in texts
    assert "COLIN REEVE: About 6%, Lena, mostly in the export business." in texts
    call = structure_run(doc)
    by_id = call.speakers_by_id
    assert [(by_id[q.asker].name, q.firm) for q in call.qa if q.asker] == [("Lena Ward", "Harlow Point")]


TTML_CALL = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
  <head><metadata>
    <ttm:title>Brantley Tools Q1 call</ttm:title>
    <ttm:agent xml:id="op" type="person"><ttm:name type="full">Operator</ttm:name></ttm:agent>
    <ttm:agent xml:id="s2" type="person"><ttm:name type="full">Mara Quist</ttm:name></ttm:agent>
    <ttm:agent xml:id="s3" type="person"><ttm:name type="full">Dev Anand</ttm:name></ttm:agent>
  </metadata></head>
  <body><div>
    <p begin="00:00:01.000" end="00:00:04.000" ttm:agent="op">Our first question comes from Mara Quist of Pellow &amp; Co.</p>
    <p begin="00:00:04.500" end="00:00:08.000" ttm:agent="s2">Thanks. Dev, what drove<br/>the <span>margin</span> gain?</p>
    <p begin="4.5s" end="9s" ttm:agent="s3">Mostly pricing, Mara.</p>
  </div></body>
</tt>
"""


@pytest.mark.parametrize("name", ["call.ttml", "call.dfxp", "call.xml"])
def test_timed_text_cues_are_voiced_by_their_agent_name(name: str) -> None:
    """A TTML caption file: each ``<p>`` cue's speaker is the ``ttm:name`` of the agent it refers to,
    ``<br/>`` and spans are read as the words of one line, the title is ``ttm:title``."""
    doc = run(TTML_CALL.encode(), name)
    texts = [p.text for p in doc.paragraphs]
    assert "Mara Quist: Thanks. Dev, what drove the margin gain?" in texts
    assert "Dev Anand: Mostly pricing, Mara." in texts
    assert doc.title == "Brantley Tools Q1 call"
    call = structure_run(doc)
    by_id = call.speakers_by_id
    assert [(by_id[q.asker].name, q.firm, [by_id[a.speaker].name for a in q.answers if a.speaker]) for q in call.qa if q.asker] == [
        ("Mara Quist", "Pellow & Co.", ["Dev Anand"])
    ]


def test_a_timed_text_cue_with_two_speakers_splits_at_each_agent_span() -> None:
    """A TTML cue holding two people's lines, each in a span naming its agent: each line is its
    speaker's, not the whole cue the first speaker's."""
    two = TTML_CALL.replace(
        '<p begin="4.5s" end="9s" ttm:agent="s3">Mostly pricing, Mara.</p>',
        '<p begin="4.5s" end="9s"><span ttm:agent="s3">Mostly pricing, Mara.</span>'
        '<span ttm:agent="s2">Thanks, Dev.</span></p>',
    )
    texts = [p.text for p in run(two.encode(), "call.ttml").paragraphs]
    assert "Dev Anand: Mostly pricing, Mara." in texts
    assert "Mara Quist: Thanks, Dev." in texts


ZH_MEETING_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:06.000
岚桥电子-韦思远: 大家好，欢迎参加岚桥电子业绩说明会。今天出席的有财务总监骆琳。

2
00:00:06.000 --> 00:00:09.000
岚桥电子-韦思远: 先请骆总介绍业绩。

3
00:00:10.000 --> 00:00:15.000
岚桥电子-骆琳: 谢谢。上半年公司营业收入4.2亿元。

4
00:00:16.000 --> 00:00:19.000
岚桥电子-韦思远: 下面请澄溪证券的潘若宁提问。

5
00:00:20.000 --> 00:00:24.000
澄溪证券-潘若宁: 请问下半年毛利率怎么看？

6
00:00:25.000 --> 00:00:29.000
岚桥电子-骆琳: 下半年毛利率预计小幅提升。

7
00:00:30.000 --> 00:00:32.000
岚桥电子-韦思远: 下一位。

8
00:00:33.000 --> 00:00:38.000
iPhone: 喂，能听到吗？我是远帆资本的柯远。请问明年的资本开支是多少？

9
00:00:39.000 --> 00:00:43.000
岚桥电子-骆琳: 明年资本开支大约3亿元。
"""


def test_meeting_captions_with_chinese_display_names_are_speaker_turns() -> None:
    """A video meeting's WebVTT whose every cue opens with the participant's display name and a colon
    (``岚桥电子-骆琳: …``, a device's name for a guest): each name starts that speaker's paragraph, and the
    asker on the device is who they say they are."""
    doc = run(ZH_MEETING_VTT.encode(), "meeting.vtt")
    heads = [p.text.split(":")[0] for p in doc.paragraphs]
    assert heads[3:6] == ["岚桥电子-韦思远", "澄溪证券-潘若宁", "岚桥电子-骆琳"]
    assert heads[7] == "iPhone"
    structured = structure_run(doc)
    names = {s.id: s.name for s in structured.speakers}
    assert [(names[p.asker or ""], p.firm) for p in structured.qa] == [("潘若宁", "澄溪证券"), ("柯远", "远帆资本")]
