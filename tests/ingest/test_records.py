"""Transcripts exported as records: JSON lists of {speaker, text} and CSV rows (fictional calls)."""

from __future__ import annotations

import csv
import io
import json

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
