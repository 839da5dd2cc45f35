"""Transcripts exported as records: JSON lists of {speaker, text} and CSV rows (fictional calls)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from finbrief.errors import InputError
from finbrief.ingest import run as ingest
from finbrief.structure import run as structure

TURNS = [
    {"speaker": "Operator", "text": "Welcome to the Ferrovia Logistics third quarter call. Over to Hannah Kovacs."},
    {"speaker": "Hannah Kovacs", "text": "Thank you. Revenue grew 12% to $410 million."},
    {"speaker": "Hannah Kovacs", "text": "Free cash flow was $38 million. We will now take your questions."},
    {"speaker": "Operator", "text": "Our first question comes from the line of Ravi Menon with Northgate Securities."},
    {"speaker": "Ravi Menon", "text": "Thanks for taking my question. How much did the Linz depot add?"},
    {"speaker": "Hannah Kovacs", "text": "About a third of the margin gain, Ravi."},
]


def _pairs(doc_bytes: bytes, name: str) -> list[tuple[str | None, str | None, list[str | None]]]:
    doc = structure(ingest(doc_bytes, name))
    return [(p.asker, p.firm, [a.speaker for a in p.answers]) for p in doc.qa]


def test_json_list_of_speaker_and_text_is_a_labelled_call() -> None:
    data = json.dumps({"title": "Ferrovia Logistics Q3 Call", "transcript": TURNS}).encode()
    doc = ingest(data, "ferrovia.json")
    assert doc.title == "Ferrovia Logistics Q3 Call"
    assert doc.paragraphs[1].text == "Hannah Kovacs: Thank you. Revenue grew 12% to $410 million."
    assert doc.paragraphs[2].text.startswith("Free cash flow")  # same speaker: no second label
    assert _pairs(data, "ferrovia.json") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]


def test_json_parts_under_section_keys_and_other_field_names() -> None:
    """``{"presentation": [...], "qa": [...]}`` with ``Speaker``/``Speech`` fields: each part under
    its heading; a role field gives the side."""
    renamed = [{"Speaker": t["speaker"], "Speech": t["text"]} for t in TURNS]
    renamed[4]["Role"] = "Analyst"
    data = json.dumps({"presentation": renamed[:3], "qa": renamed[3:]}).encode()
    doc = ingest(data, "call.json")
    assert "Questions and Answers" in [p.text for p in doc.paragraphs]
    assert any(p.text.startswith("Ravi Menon (Analysts): ") for p in doc.paragraphs)
    assert _pairs(data, "call.json") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]


def test_csv_rows_with_speaker_and_text_columns() -> None:
    lines = ["speaker,text"] + [f'{t["speaker"]},"{t["text"]}"' for t in TURNS]
    data = "\n".join(lines).encode()
    assert _pairs(data, "call.csv") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]


def test_vendor_transcript_components_with_person_type_and_firm_columns() -> None:
    """A data vendor's component rows (``transcriptpersonname``, ``speakertypename``,
    ``companyofperson``, ``componenttext``): the asker's firm comes from its own column."""
    rows = ["componentorder,speakertypename,transcriptpersonname,companyofperson,componenttext"]
    sides = {"Operator": "Operators", "Ravi Menon": "Analysts"}
    firms = {"Ravi Menon": "Northgate Securities, Research Division", "Hannah Kovacs": "Ferrovia Logistics"}
    for i, t in enumerate(TURNS):
        who = t["speaker"]
        rows.append(f'{i},{sides.get(who, "Executives")},{who},"{firms.get(who, "")}","{t["text"]}"')
    data = "\n".join(rows).encode()
    assert _pairs(data, "components.csv") == [
        ("ravi-menon", "Northgate Securities, Research Division", ["hannah-kovacs"])
    ]


def test_speech_api_numbered_speakers_and_sentence_fields_are_labelled_turns() -> None:
    """A speech API's utterances with a numeric ``speaker`` and a service's ``sentence`` field are
    ``Speaker N:`` turns, the numbers as its own tools print them."""
    numbered = [{"speaker": i, "transcript": t["text"], "start": 1.5 * i} for i, t in enumerate(TURNS[:3])]
    doc = ingest(json.dumps({"results": {"utterances": numbered}}).encode(), "asr.json")
    assert [p.text.split(":")[0] for p in doc.paragraphs] == ["Speaker 0", "Speaker 1", "Speaker 2"]
    sentences = [{"speaker": "Speaker 1", "sentence": TURNS[0]["text"], "start_time": 0.4}]
    doc = ingest(json.dumps({"transcript": sentences, "response_time": 2.1}).encode(), "reply.json")
    assert doc.paragraphs[0].text == f"Speaker 1: {TURNS[0]['text']}"



def test_numbered_speakers_are_named_from_the_speaker_list() -> None:
    """A quote site's JSON keeps who speaker 2 is in a ``speaker_mapping`` list apart from the
    paragraphs: the turns are credited by name, and the asker's firm comes from that list."""
    who = {
        "Operator": (None, None),
        "Hannah Kovacs": ("Ferrovia Logistics", "CFO"),
        "Ravi Menon": ("Northgate Securities", "Analyst"),
    }
    names = list(who)
    mapping = [
        {"speaker": i, "speaker_data": {"company": who[n][0], "name": n, "role": who[n][1]}} for i, n in enumerate(names)
    ]
    paragraphs = [
        {"speaker": names.index(t["speaker"]), "start": 2.0 * i, "text": t["text"], "sentences": []}
        for i, t in enumerate(TURNS)
    ]
    content = {"speaker_mapping": mapping, "transcript": {"text": "…", "paragraphs": paragraphs}}
    data = json.dumps({"transcriptContent": content}).encode()
    assert _pairs(data, "quote.json") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]
    offices = [{"id": i, "name": f"Office {i}"} for i in range(2)]  # a list that does not name speaker 2
    other = json.dumps({"offices": offices, "paragraphs": paragraphs}).encode()
    assert "Speaker 2: " in ingest(other, "other.json").paragraphs[-2].text


def test_timed_words_are_joined_into_each_speakers_turns() -> None:
    """A recording's word-level JSON (``speakers`` by id, then ``words`` of ``value`` and ``speaker``)
    reads as one turn per run of a speaker's words, named from the speaker list."""
    names = ["Operator", "Hannah Kovacs", "Ravi Menon"]
    words = [
        {"value": w, "speaker": names.index(t["speaker"]), "startTime": 0.0, "endTime": 0.1}
        for t in TURNS
        for w in t["text"].split()
    ]
    speakers = [{"id": i, "name": n} for i, n in enumerate(names)]
    data = json.dumps({"speakers": speakers, "fullText": "…", "words": words}).encode()
    doc = ingest(data, "words.json")
    assert doc.paragraphs[1].text == f"Hannah Kovacs: {TURNS[1]['text']} {TURNS[2]['text']}"
    assert _pairs(data, "words.json") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]



def test_csv_of_one_word_a_row_with_the_speakers_name_reads_as_turns() -> None:
    """A transcription service's word-level CSV (``Word,Start Timecode,End Timecode,Speaker``, a word a
    row, quoted when it holds a comma) reads as one turn per run of a speaker's words."""
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(["Word", "Start Timecode", "End Timecode", "Speaker"])
    for t in TURNS:
        for w in t["text"].split():
            rows.writerow([w, "00:00:01.20", "00:00:01.45", t["speaker"]])
    data = out.getvalue().encode()
    doc = ingest(data, "words.csv")
    assert doc.paragraphs[1].text == f"Hannah Kovacs: {TURNS[1]['text']} {TURNS[2]['text']}"
    assert _pairs(data, "words.csv") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]

def test_field_line_blocks_in_plain_text_are_labelled_turns() -> None:
    """A transcript rebuilt into standard text prints each turn as ``Speaker:`` / ``Job Title:`` /
    ``Company:`` / ``Utterance:`` lines: the blocks are turns, an ``Analyst`` title with its company
    names the asker's firm, and the header blocks stay as they were."""
    who = {"Operator": ("", ""), "Hannah Kovacs": ("Chief Financial Officer", "Ferrovia Logistics")}
    who["Ravi Menon"] = ("Analyst", "Northgate Securities")
    blocks = [
        f"Speaker: {t['speaker']}\nJob Title: {who[t['speaker']][0]}\nCompany: {who[t['speaker']][1]}\n"
        f"Utterance: {t['text']}"
        for t in TURNS
    ]
    text = "\n\n".join(["[CALL DETAILS]", "Company: Ferrovia Logistics", "[TRANSCRIPT START]", *blocks])
    doc = ingest(text.encode(), "standard.txt")
    assert doc.paragraphs[0].text == "[CALL DETAILS]"
    assert f"Hannah Kovacs: {TURNS[1]['text']}" in [p.text for p in doc.paragraphs]
    assert _pairs(text.encode(), "standard.txt") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]
    wrapped = text.replace("Revenue grew 12%", "Revenue grew 12%\nMargin: up 40 basis points;")
    assert "Revenue grew 12% Margin: up 40 basis points;" in ingest(wrapped.encode(), "w.txt").text  # still speech
    packed = "\n".join(["[TRANSCRIPT START]", *blocks])  # no blank line between the turns
    assert _pairs(packed.encode(), "packed.txt") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]

def test_csv_rows_ended_by_bare_carriage_returns_read_as_rows() -> None:
    """Spreadsheets of old Mac tools end rows with a carriage return alone: the same turns, no crash."""
    lines = ["speaker,text"] + [f'{t["speaker"]},"{t["text"]}"' for t in TURNS]
    data = "\r".join(lines).encode()
    assert _pairs(data, "call.csv") == [("ravi-menon", "Northgate Securities", ["hannah-kovacs"])]


def test_webcast_qa_export_names_who_asked_and_who_answered() -> None:
    """A webcast's Q&A export (``Asked By``, ``Company``, ``Question``, ``Answered By``, ``Answer``):
    each row an asker's question (firm from the company column) and its signed answer; an anonymous
    attendee asks as nobody."""
    data = (
        b"Time,Asked By,Company,Question,Answered By,Answer\n"
        b"10:02,Ravi Menon,Northgate Securities,How much did the Linz depot add?,Hannah Kovacs,About a third of the gain.\n"
        b"10:05,Anonymous Attendee,,Will you raise the dividend?,Piet Vos,The board decides in March.\n"
    )
    assert _pairs(data, "qa.csv") == [
        ("ravi-menon", "Northgate Securities", ["hannah-kovacs"]),
        (None, None, ["piet-vos"]),
    ]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\r!", "e.csv", "holds no transcript"),
        (b'{"symbol": "FRV", "year": 2025}', "a.json", "holds no transcript"),
        (b'[{"speaker": "A"', "b.json", "not valid JSON"),
        (b"ticker,year\nFRV,2025\n", "c.csv", "holds no transcript"),
        (b"[" * 100_000 + b"]" * 100_000, "d.json", "nested too deeply"),
    ],
)
def test_records_without_turns_are_a_clear_error(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        ingest(data, name)


def _named_pairs(data: bytes, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    doc = structure(ingest(data, name))
    people = doc.speakers_by_id

    def who(sid: str | None) -> str | None:
        return people[sid].name if sid in people else sid

    return [(who(p.asker), p.firm, sorted(str(who(a.speaker)) for a in p.answers)) for p in doc.qa]


def _tokens(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for k, word in enumerate(text.split(" ")):
        if k:
            out.append({"type": "punct", "value": " "})
        mark = word[-1] if word[-1] in ",.?" else ""
        out.append({"type": "text", "value": word.removesuffix(mark), "ts": k * 0.4, "end_ts": k * 0.4 + 0.3})
        if mark:
            out.append({"type": "punct", "value": mark})
    return out


def test_monologues_of_timed_tokens_with_nested_display_names_are_turns() -> None:
    """A speech service's ``monologues``: each a numbered speaker, a ``speaker_info`` display name for
    the people the editor renamed, and the speech only as ``text`` / ``punct`` elements; a numbered
    asker is the one the operator has just introduced."""
    turns = [
        (0, "Operator", "Our first question comes from Dana Kwok with Harlow Ridge Partners."),
        (3, None, "Thanks. Ines, how much of the margin gain will last?"),
        (1, "Ines Varga", "Most of it, Dana. Margin was 21.4%, and about half of the gain is pricing."),
    ]
    monologues = [
        {"speaker": n, **({"speaker_info": {"id": f"s{n}", "display_name": name}} if name else {}),
         "elements": _tokens(text)}
        for n, name, text in turns
    ]
    data = json.dumps({"monologues": monologues}).encode()
    doc = ingest(data, "call.json")
    assert doc.paragraphs[-1].text == (
        "Ines Varga: Most of it, Dana. Margin was 21.4%, and about half of the gain is pricing."
    )
    assert _named_pairs(data, "call.json") == [("Dana Kwok", "Harlow Ridge Partners", ["Ines Varga"])]


def test_tab_separated_question_summary_in_text_names_askers_firms_and_answerers() -> None:
    """A results briefing's question summary pasted from a spreadsheet: the asker's name and institution
    columns ask, the answerer column answers (two names in one cell both answer); an online investor
    asks as nobody."""
    rows = [
        ("序号", "提问者", "所属机构", "问题", "回复人", "回复内容"),
        ("1", "唐雨", "东屿证券", "今年的产能利用率预计是多少？", "总经理 冯立", "预计全年产能利用率在85%左右。"),
        ("2", "网络投资者", "", "公司是否有回购计划？", "董事会秘书 温岚", "目前暂无回购计划。"),
        ("3", "唐雨", "东屿证券", "海外订单的进展如何？", "董事长 程远；总经理 冯立", "海外订单同比增长40%，新客户认证已完成。"),
    ]
    text = "岚川电子2026年度业绩说明会问题汇总\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    assert _named_pairs(text.encode(), "summary.txt") == [
        ("唐雨", "东屿证券", ["冯立"]),
        (None, None, ["温岚"]),
        ("唐雨", "东屿证券", ["冯立", "程远"]),
    ]


def test_markdown_question_table_with_asker_and_answerer_columns_names_them() -> None:
    """A 法說會 Q&A record as a Markdown table (``提問單位 | 提問人 | 問題 | 回答人 | 回答``): an asker
    printed as a dash asks as nobody from the firm in its row; a private shareholder asks as nobody."""
    text = (
        "# 群曜光電 法說會問答紀錄\n\n"
        "| 編號 | 提問單位 | 提問人 | 問題 | 回答人 | 回答 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 華笙投顧 | 鄭宇辰 | 第三季毛利率展望？ | 財務長 許雅婷 | 預估維持在 28% 上下。 |\n"
        "| 2 | 聯岳證券 | — | 新廠何時量產？ | 總經理 高志遠 | 預計明年第二季量產。 |\n"
        "| 3 | 個人股東 | — | 今年股利是否提高？ | 財務長 許雅婷 | 將維持五成以上的配發率。 |\n"
    )
    assert _named_pairs(text.encode(), "record.md") == [
        ("鄭宇辰", "華笙投顧", ["許雅婷"]),
        (None, "聯岳證券", ["高志遠"]),
        (None, None, ["許雅婷"]),
    ]


def test_webcast_questions_pasted_as_tab_separated_text_name_who_asked_and_answered() -> None:
    """The webcast export's columns pasted from a spreadsheet into a text file (Windows line ends) read
    as the CSV export does: the named asker from her firm, an anonymous one as nobody."""
    text = (
        "Harlan Mills Q2 webcast questions\r\n\r\n"
        "Asked By\tCompany\tQuestion\tAnswered By\tAnswer\r\n"
        "Nina Ross\tCaldera Partners\tWhat drove the margin gain?\tTom Reyes\tMostly pricing, about 70% of it.\r\n"
        "Anonymous\t\tWill you buy back shares?\tAda Klein\tNot this year.\r\n"
    )
    assert _named_pairs(text.encode(), "questions.txt") == [
        ("Nina Ross", "Caldera Partners", ["Tom Reyes"]),
        (None, None, ["Ada Klein"]),
    ]


def test_markdown_question_table_without_outer_pipes_is_read_the_same() -> None:
    text = (
        "# 会议记录\n\n"
        "序号 | 提问者 | 所属机构 | 问题 | 回复人 | 回复内容\n"
        "---|---|---|---|---|---\n"
        "1 | 韩笑 | 松岭证券 | 今年增长目标是多少？ | 总经理 侯立 | 目标增长15%。\n"
    )
    assert _named_pairs(text.encode(), "notes.md") == [("韩笑", "松岭证券", ["侯立"])]


def test_question_summary_headed_in_traditional_script_is_read_the_same() -> None:
    """Headers in traditional characters (``提問者``, ``所屬機構``, ``回覆人``, ``回覆內容``) name the same
    columns; an online investor (``網絡投資者``) asks as nobody."""
    rows = [
        ("序號", "提問者", "所屬機構", "問題", "回覆人", "回覆內容"),
        ("1", "林柏宇", "嘉泰證券", "新產線何時量產？", "總經理 羅志誠", "預計第三季量產。"),
        ("2", "網絡投資者", "", "是否有回購計劃？", "財務長 葉淑華", "目前沒有回購計劃。"),
    ]
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    assert _named_pairs(text.encode(), "summary.txt") == [
        ("林柏宇", "嘉泰證券", ["羅志誠"]),
        (None, None, ["葉淑華"]),
    ]


# A question summary pasted from a spreadsheet, then hard-wrapped at 60 columns as an export prints it:
# one row cut inside its question cell, one inside its reply, one inside its answerer cell.
WRAPPED_SUMMARY = (
    "澄湖材料2026年度业绩说明会问题汇总\n"
    "\n"
    "序号\t提问者\t所属机构\t问题\t回复人\t回复内容\n"
    "1\t唐雨\t东屿证券\t今年的产能利用率预计是多少？新产线何时能够满\n"
    "产？\t总经理 冯立\t预计全年产能利用率在85%左右，新产线将在下半\n"
    "年满产。\n"
    "2\t网络投资者\t\t公司是否有回购计划？\t董事会秘书 温岚\t目前暂无\n"
    "回购计划，如有安排将及时披露。\n"
    "3\t唐雨\t东屿证券\t海外订单的进展如何？\t董事长 程远；总经理 冯\n"
    "立\t海外订单同比增长40%，新客户的认证已经完成两家。\n"
)


def test_hard_wrapped_tab_separated_question_summary_keeps_every_row() -> None:
    """A row the wrap cut reads whole: the line after a row short of its cells goes on that row, and a
    line with no tab after a row's full, unfinished line goes on its reply."""
    doc = ingest(WRAPPED_SUMMARY.encode(), "summary.txt")
    assert _named_pairs(WRAPPED_SUMMARY.encode(), "summary.txt") == [
        ("唐雨", "东屿证券", ["冯立"]),
        (None, None, ["温岚"]),
        ("唐雨", "东屿证券", ["冯立", "程远"]),
    ]
    texts = [p.text for p in doc.paragraphs]
    assert "答（总经理 冯立）：预计全年产能利用率在85%左右，新产线将在下半年满产。" in texts
    assert "答（董事会秘书 温岚）：目前暂无回购计划，如有安排将及时披露。" in texts


def test_a_line_after_a_tab_separated_table_that_ends_its_row_is_not_joined_to_it() -> None:
    """A note printed under the table, after a row that finished its sentence, stays its own paragraph."""
    text = (
        "序号\t提问者\t所属机构\t问题\t回复人\t回复内容\n"
        "1\t唐雨\t东屿证券\t今年的产能利用率预计是多少？\t总经理 冯立\t预计在85%左右。\n"
        "以上内容仅供参考。\n"
    )
    texts = [p.text for p in ingest(text.encode(), "summary.txt").paragraphs]
    assert texts[-2:] == ["答（总经理 冯立）：预计在85%左右。", "以上内容仅供参考。"]


# A 法說會 record's Markdown table hard-wrapped at 60 columns: one cut falls right before a bar (the next
# line opens with it), one right after a bar (the cut line closes with one, a cell short).
WRAPPED_RECORD = (
    "# 岚川电子 法說會問答紀錄\n"
    "\n"
    "| 編號 | 提問單位 | 提問人 | 問題 | 回答人 | 回答 |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 華笙投顧 | 鄭宇辰 | 第三季毛利率展望如何？新產品何時出\n"
    "貨？ | 財務長 許雅婷 | 預估維持在 28% 上下，新產品第四季出貨\n"
    "。 |\n"
    "| 2 | 聯岳證券 | 林昱廷 | 新廠何時量產？設備是否已經到位了？\n"
    " | 總經理 高志遠 | 預計明年第二季量產，設備已到位。 |\n"
    "| 3 | 個人股東 | — | 今年股利是否提高？ | 財務長 許雅婷 |\n"
    "將維持五成以上的配發率。 |\n"
)


@pytest.mark.parametrize("name", ["record.md", "record.txt"])
def test_hard_wrapped_markdown_question_table_cut_at_a_bar_keeps_every_row(name: str) -> None:
    assert _named_pairs(WRAPPED_RECORD.encode(), name) == [
        ("鄭宇辰", "華笙投顧", ["許雅婷"]),
        ("林昱廷", "聯岳證券", ["高志遠"]),
        (None, None, ["許雅婷"]),
    ]


# A short fictional call as a Chinese speech service hears it: (speaker number, sentences).
ZH_TURNS = [
    (0, ["大家好，我是岚桥电子董事会秘书韦思远。", "今天出席的有财务总监骆琳。", "下面请骆总介绍一下业绩。"]),
    (1, ["好的，谢谢。", "上半年公司营业收入4.2亿元，同比增长9%。"]),
    (0, ["下面进入提问环节，请澄溪证券的潘若宁提问。"]),
    (2, ["谢谢。", "请问下半年的毛利率会怎么变化？"]),
    (1, ["下半年毛利率预计会小幅提升。"]),
]


def _zh_answers(data: bytes, name: str) -> list[tuple[str | None, str | None, list[str | None]]]:
    doc = structure(ingest(data, name))
    names = {s.id: s.name for s in doc.speakers}
    return [(names.get(p.asker or ""), p.firm, [names.get(a.speaker or "") for a in p.answers]) for p in doc.qa]


def test_speech_toolkit_result_list_reads_its_sentences_with_numbered_speakers() -> None:
    """A speech toolkit's result dumped as it comes (``[{"key", "text": <all>, "sentence_info": [...]}]``):
    the sentences are the turns, each ``spk`` number a speaker, and one speaker's sentences one paragraph."""
    info = [{"text": s, "start": 10 * k, "end": 10 * k + 9, "spk": spk} for k, (spk, ss) in enumerate(ZH_TURNS) for s in ss]
    data = json.dumps([{"key": "call", "text": "".join(i["text"] for i in info), "sentence_info": info}], ensure_ascii=False)
    doc = ingest(data.encode(), "call.json")
    assert doc.paragraphs[1].text == "Speaker 1: 好的，谢谢。上半年公司营业收入4.2亿元，同比增长9%。"
    assert doc.paragraphs[3].text == "Speaker 2: 谢谢。请问下半年的毛利率会怎么变化？"
    assert _zh_answers(data.encode(), "call.json") == [("潘若宁", "澄溪证券", ["骆琳"])]


def test_transcription_reply_holding_its_segments_as_a_json_string_is_read() -> None:
    """A long-audio transcription service's reply as received: ``data`` a JSON string of segments with the
    best reading in ``onebest`` and the speaker as a digit string."""
    segs = [{"bg": str(k), "ed": str(k + 1), "onebest": s, "speaker": str(spk + 1)} for k, (spk, ss) in enumerate(ZH_TURNS) for s in ss]
    data = json.dumps({"data": json.dumps(segs, ensure_ascii=False), "err_no": 0, "ok": 0}, ensure_ascii=False).encode()
    doc = ingest(data, "reply.json")
    assert doc.paragraphs[0].text.startswith("Speaker 1: 大家好，我是岚桥电子董事会秘书韦思远。今天出席")
    assert _zh_answers(data, "reply.json") == [("潘若宁", "澄溪证券", ["骆琳"])]


def test_paragraphs_of_chinese_word_tokens_join_without_spaces() -> None:
    """An AI meeting service's result: paragraphs with a ``SpeakerId`` and their ``Words`` as ``Text`` tokens,
    which run together without spaces in Chinese (a space stays between Latin words)."""
    paras = [
        {"ParagraphId": str(k), "SpeakerId": str(spk + 1), "Words": [{"Id": j, "Text": w} for j, w in enumerate(words)]}
        for k, (spk, ss) in enumerate(ZH_TURNS)
        if (words := [w for s in ss for w in re.findall(r"[^，。？]+|[，。？]", s)])
    ]
    paras.append({"ParagraphId": "9", "SpeakerId": "1", "Words": [{"Text": "Thank"}, {"Text": "you"}, {"Text": "."}]})
    data = json.dumps({"TaskId": "t1", "Transcription": {"Paragraphs": paras}}, ensure_ascii=False).encode()
    doc = ingest(data, "minutes.json")
    assert doc.paragraphs[1].text == "Speaker 2: 好的，谢谢。上半年公司营业收入4.2亿元，同比增长9%。"
    assert doc.paragraphs[-1].text == "Speaker 1: Thank you."
    assert _zh_answers(data, "minutes.json") == [("潘若宁", "澄溪证券", ["骆琳"])]
