"""Transcripts exported as records (JSON, CSV): a list of turns, each a speaker and what they said,
read into labelled text (``Name: text`` blocks) for the structure stage.

JSON: a list of objects, or an object holding such a list (``{"transcript": [...]}``) or several in
order (``{"presentation": [...], "qa": [...]}``, each list under its heading); a string holding the
whole transcript (``{"content": "Operator: ..."}``) is read as text. CSV: a header row naming a
speaker column and a text column."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from finbrief.errors import InputError
from finbrief.ingest.decode import decode
from finbrief.ingest.qa_table import ANSWER_HEADS, QUESTION_HEADS, RULE_ROW_RE, join_cut, simplified_head
from finbrief.lexicon.transcript import vocab

# Field names, compared case-folded without spaces, dashes or underscores; a data vendor's transcript
# components name theirs ``transcriptpersonname``, ``speakertypename``, ``companyofperson``, ``componenttext``.
# A speech toolkit's sentences number their speaker ``spk`` (``{"text": …, "spk": 0}``); an AI meeting service's
# paragraphs, ``SpeakerId`` (``"1"``).
SPEAKER_KEYS = (
    "speaker", "speakername", "name", "person", "participant", "who", "transcriptpersonname", "personname",
    "spk", "speakerid",
)
TEXT_KEYS = (
    "text", "content", "speech", "paragraph", "utterance", "transcript", "body", "message", "componenttext", "sentence",
    "onebest",  # a long-audio transcription service's best reading of a segment
)
ROLE_KEYS = ("role", "speakerrole", "speakertype", "type", "side", "speakertypename")
FIRM_KEYS = (
    "firm", "speakerfirm", "company", "speakercompany", "affiliation", "organization", "organisation",
    "companyofperson", "personcompany",
    # a Chinese question summary's column of the asker's institution
    "所属机构", "提问机构", "提问单位", "所属单位", "所屬機構", "提問機構", "提問單位", "机构", "機構",
)
TITLE_KEYS = ("title", "event", "eventtitle")
# A role naming the side of the call, as the ``Name (Analysts)`` label carries it.
ROLE_SIDES = (("operator", "Operator"), ("analyst", "Analysts"), ("exec", "Executives"), ("management", "Executives"))
# A list's key that names a part of the call, printed as its heading.
SECTION_HEADINGS = (
    (("qa", "q&a", "qanda", "question", "answer"), "Questions and Answers"),
    (("presentation", "prepared", "remarks", "management"), "Presentation"),
)
MAX_DEPTH = 3
NO_TURNS = "holds no transcript (expected a list of records with a speaker and a text field)"


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch not in " _-")


def _field(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    folded = {_key(str(k)): v for k, v in record.items()}
    for k in keys:
        value = folded.get(k)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _is_turns(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(r, dict) for r in value)
        and any(_field(r, TEXT_KEYS) for r in value)
    )


# A turn may give its speech only as timed tokens (``"elements": [{"type": "text", "value": "Thanks"},
# {"type": "punct", "value": ", "}]``, as a speech service's monologues do) and its speaker's name one
# level down (``"speaker_info": {"display_name": "Ana Ruiz"}``).
TOKEN_KEYS = ("elements", "words", "tokens")
NAME_KEYS = ("displayname", "name", "speakername", "fullname")
_WORD_CHAR_RE = re.compile(r"\w")
# Chinese or Japanese words run together without spaces ("各位" "投资者" is "各位投资者").
_CJK_CHAR_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _token_text(tokens: list[Any]) -> str | None:
    """The speech of a turn's tokens: joined as they are when the tokens carry their own spaces, else a
    space between words and none before a mark."""
    values: list[str] = []
    for tok in tokens:
        if not isinstance(tok, dict):
            return None
        folded = {_key(str(k)): v for k, v in tok.items()}
        value = next((folded[k] for k in TOKEN_WORD_KEYS if isinstance(folded.get(k), str)), None)
        if value is None:
            return None
        values.append(value)
    if any(v and not v.strip() for v in values):
        text = "".join(values)
    else:
        text = ""
        for v in values:
            v = v.strip()
            spaced = text and v and _WORD_CHAR_RE.match(v) and not _CJK_CHAR_RE.match(v) and not _CJK_CHAR_RE.match(text[-1])
            text += (" " if spaced else "") + v
    return " ".join(text.split()) or None


def _spoken(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with the text of its tokens and the name of its nested speaker record, where it gives
    them only so."""
    if _field(record, TEXT_KEYS):
        return record
    folded = {_key(str(k)): v for k, v in record.items()}
    tokens = next((folded[k] for k in TOKEN_KEYS if isinstance(folded.get(k), list) and folded[k]), None)
    text = _token_text(tokens) if tokens else None
    if text is None:
        return record
    out = {**record, "text": text}
    if _field(record, SPEAKER_KEYS) is None:
        inner = (v for v in record.values() if isinstance(v, dict))
        name = next((n for d in inner if (n := _field(d, NAME_KEYS))), None)
        if name:
            out["speaker"] = name
    return out


def _with_spoken(value: Any, depth: int = 0) -> Any:
    """``value`` with every list of turns given as tokens (``_spoken``) read into turns with a text."""
    if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
        return [_spoken(r) for r in value]
    if isinstance(value, dict) and depth < MAX_DEPTH:
        return {k: _with_spoken(v, depth + 1) for k, v in value.items()}
    return value


def _has_speaker(record: dict[str, Any]) -> bool:
    return bool(_field(record, SPEAKER_KEYS) or _numbered_speaker(record))


def _lists(value: Any, depth: int = 0) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(key, list of turns) found in ``value``, in document order; a speech toolkit's list of one result
    (``[{"key": …, "text": <all of it>, "sentence_info": [<turns>]}]``) is a wrapper, read for the turns it holds."""
    if _is_turns(value) and not (len(value) == 1 and not _has_speaker(value[0]) and any(_lists(value[0], depth + 1))):
        yield "", value
    elif isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) and depth < MAX_DEPTH:
        yield from _lists(value[0], depth + 1)
    elif isinstance(value, dict) and depth < MAX_DEPTH:
        for k, v in value.items():
            for key, found in _lists(v, depth + 1):
                yield key or str(k), found


def _numbered_speaker(record: dict[str, Any]) -> str | None:
    """``Speaker 2`` for a speech API's numeric speaker field (``"speaker": 2``), as its own tools print it."""
    folded = {_key(str(k)): v for k, v in record.items()}
    value = next((folded[k] for k in SPEAKER_KEYS if k in folded), None)
    if isinstance(value, str) and value.strip().isdigit():  # a service that gives the number as a string ("1")
        return f"Speaker {value.strip()}"
    return f"Speaker {value}" if isinstance(value, int) and not isinstance(value, bool) else None


# A speaker list's id key and a word record's word key (a speech API's or quote site's JSON keeps
# ``{"speaker": 2, "speaker_data": {"name": …}}`` or ``{"id": 2, "name": …}`` apart from the turns,
# and may give the speech only as words, ``{"value": "Thanks", "speaker": 2, …}``).
ID_KEYS = ("speaker", "id", "speakerid")
WORD_KEYS = ("punctuatedword", "value", "word")
# A token's text inside a turn (an AI meeting service's paragraph of ``Words`` gives each as ``Text``).
TOKEN_WORD_KEYS = (*WORD_KEYS, "text")


def _person(record: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """(number, flat person record) of a speaker list's entry, its name perhaps one level down."""
    folded = {_key(str(k)): v for k, v in record.items()}
    number = next((folded[k] for k in ID_KEYS if k in folded), None)
    if not isinstance(number, int) or isinstance(number, bool) or _field(record, TEXT_KEYS):
        return None
    inner = [v for v in record.values() if isinstance(v, dict)]
    person = next((d for d in [record, *inner] if _field(d, ("name", "speakername", "fullname"))), None)
    if person is None:
        return None
    flat = {"speaker": _field(person, ("name", "speakername", "fullname"))}
    flat.update(
        {k: v for k, v in (("role", _field(person, ROLE_KEYS)), ("firm", _field(person, FIRM_KEYS))) if v}
    )
    return number, flat


def speaker_map(value: Any, depth: int = 0) -> dict[int, dict[str, Any]]:
    """Numbered speakers' names (with role and firm where given) from the first list in ``value``
    whose every entry is one, so turns that give only the number can be credited by name."""
    if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
        people = [_person(r) for r in value]
        if all(people):
            return dict(p for p in people if p)
    if isinstance(value, dict) and depth < MAX_DEPTH:
        for v in value.values():
            if isinstance(v, (dict, list)) and (found := speaker_map(v, depth + 1)):
                return found
    return {}


def _number(record: dict[str, Any]) -> int | None:
    """The speaker number of a turn that gives its speaker only as a number (``"speaker": 2``)."""
    folded = {_key(str(k)): v for k, v in record.items()}
    number = next((folded[k] for k in SPEAKER_KEYS if k in folded), None)
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def _named(records: list[dict[str, Any]], people: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """``records`` with a numbered speaker replaced by the person the speaker list gives that number."""
    out: list[dict[str, Any]] = []
    for r in records:
        number = _number(r)
        person = people.get(number) if number is not None else None
        out.append({**person, "text": _field(r, TEXT_KEYS)} if person else r)
    return out


def _is_words(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(r, dict)
            and _field(r, WORD_KEYS) is not None
            and (_numbered_speaker(r) or _field(r, SPEAKER_KEYS))
            for r in value
        )
    )


def _word_runs(value: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Turns from the first list of timed words in ``value``, each run of one speaker's words a turn."""
    if _is_words(value):
        runs: list[dict[str, Any]] = []
        for r in value:
            speaker = next(v for k, v in r.items() if _key(str(k)) in SPEAKER_KEYS)
            word = str(_field(r, WORD_KEYS))
            if runs and runs[-1]["speaker"] == speaker:
                runs[-1]["text"] += " " + word
            else:
                runs.append({"speaker": speaker, "text": word})
        return runs
    if isinstance(value, dict) and depth < MAX_DEPTH:
        for v in value.values():
            if isinstance(v, (dict, list)) and (found := _word_runs(v, depth + 1)):
                return found
    return []


def _label(record: dict[str, Any]) -> str | None:
    speaker = _numbered_speaker(record) or _field(record, SPEAKER_KEYS)
    if speaker is None:
        return None
    role = (_field(record, ROLE_KEYS) or "").casefold()
    side = next((s for word, s in ROLE_SIDES if word in role), None)
    if side and side.casefold() != speaker.casefold():
        return f"{speaker} ({side})"
    return speaker


def _heading(key: str) -> str | None:
    k = _key(key)  # "q_and_a" reads as "qanda"
    return next((h for words, h in SECTION_HEADINGS if any(w in k for w in words)), None)


# A list of strings under such a key is the call's participant list ("Name--Firm -- Analyst").
PARTICIPANT_KEYS = ("participant", "attendee")
_TIGHT_DASHES_RE = re.compile(r"(?<=\S)--(?=\S)")


def participants_block(value: Any) -> str | None:
    """The participant list of a JSON transcript as a ``Call Participants`` block, one person a line
    (``Name -- Title``), so the roster gets the analysts' firms that only the list names."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        if any(w in _key(str(k)) for w in PARTICIPANT_KEYS) and isinstance(v, list):
            people = [_TIGHT_DASHES_RE.sub(" -- ", p.strip()) for p in v if isinstance(p, str) and p.strip()]
            if people:
                return "\n\n".join(["Call Participants:", *people])
    return None


def turns_text(parts: list[tuple[str, list[dict[str, Any]]]]) -> str:
    """``Name: text`` blocks, a label only where the speaker changes; headings between parts."""
    blocks: list[str] = []
    for key, records in parts:
        heading = _heading(key) if len(parts) > 1 else None
        if heading:
            blocks.append(heading)
        last: str | None = None
        joining = False  # the last block is a run of one speaker's sentence records
        for record in records:
            text = _field(record, TEXT_KEYS)
            if text is None:
                continue
            label = _label(record)
            sentence = _one_sentence(text) and bool(_CJK_CHAR_RE.match(text))
            if joining and sentence and label is not None and label == last:
                blocks[-1] += text
                continue
            blocks.append(f"{label}: {text}" if label and label != last else text)
            joining = sentence
            last = label or last
    return "\n\n".join(blocks)


# A sentence's end before a record's last characters: a Chinese record holding one sentence is a speech
# service's sentence, and a speaker's run of them is one paragraph ("谢谢管理层。" then "请问…？" is one question).
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.\s")


def _one_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text.rstrip()[:-1]) is None


def roster_block(records: list[dict[str, Any]]) -> str | None:
    """A ``Call Participants`` block from records that carry each speaker's firm (a CSV's firm
    column), one person a line (``Owen Park -- Keefe, Bruyette & Woods -- Analyst``): a firm with a
    comma in it is kept whole, as the operator's introduction would not keep it."""
    if not any(_field(r, FIRM_KEYS) for r in records):
        return None
    lines: dict[str, str] = {}
    for r in records:
        name, firm = _field(r, SPEAKER_KEYS), _field(r, FIRM_KEYS)
        role = _field(r, ROLE_KEYS) or ""
        if not name or not firm or name in lines or "operator" in role.casefold():
            continue
        analyst = "analyst" in role.casefold()
        lines[name] = f"{name} -- {firm} -- Analyst" if analyst else f"{name} -- {role or firm}"
    return "\n\n".join(["Call Participants:", *lines.values()]) if lines else None


def _unpacked(value: Any) -> Any:
    """``value`` with a field that holds JSON as a string read as that JSON: a transcription service's
    reply may carry its result so (``{"data": "[{\\"bg\\": …, \\"onebest\\": …}]", "ok": 0}``)."""
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for k, v in value.items():
        if isinstance(v, str) and v[:1] in "[{" and v.rstrip()[-1:] in "]}":
            with contextlib.suppress(json.JSONDecodeError, RecursionError):
                v = json.loads(v)
        out[k] = v
    return out


def read_json_records(data: bytes, source: str | None = None) -> tuple[str, str | None, str | None]:
    """(text, title, encoding) of a JSON transcript."""
    decoded = decode(data, source)
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})", source) from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply to be a transcript)", source) from None
    value = _unpacked(value)
    title = _field(value, TITLE_KEYS) if isinstance(value, dict) else None
    value = _with_spoken(value)
    parts = list(_lists(value))
    if not parts and (runs := _word_runs(value)):
        parts = [("", runs)]
    numbers = {n for _, rs in parts for r in rs if (n := _number(r)) is not None}
    people_by_number = speaker_map(value) if numbers else {}
    if people_by_number and numbers <= people_by_number.keys():  # a list that names every numbered speaker
        parts = [(key, _named(records, people_by_number)) for key, records in parts]
    if parts:
        people = participants_block(value) or roster_block([r for _, records in parts for r in records])
        turns = turns_text(parts)
        return (f"{people}\n\n{turns}" if people else turns), title, decoded.encoding
    if isinstance(value, dict):  # the whole transcript in one string
        text = _field(value, TEXT_KEYS)
        if text and "\n" in text:
            return text, title, decoded.encoding
    raise InputError(f"JSON file {NO_TURNS}", source)


def read_csv_records(data: bytes, source: str | None = None) -> tuple[str, str | None, str | None]:
    """(text, title, encoding) of a CSV transcript with speaker and text columns."""
    decoded = decode(data, source)
    try:
        dialect = csv.Sniffer().sniff(decoded.text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    try:  # (newline="": a bare carriage return ends a row, as a CSV file opened by the csv docs' rule)
        rows = list(csv.DictReader(io.StringIO(decoded.text, newline=""), dialect=dialect))
    except csv.Error as exc:
        raise InputError(f"not valid CSV ({exc})", source) from None
    if _is_turns(rows) and any(_field(r, SPEAKER_KEYS) for r in rows):
        people = roster_block(rows)
        text = turns_text([("", rows)])
        return (f"{people}\n\n{text}" if people else text), None, decoded.encoding
    if runs := _word_runs(rows):  # a word a row ("Word,Start Timecode,End Timecode,Speaker")
        return turns_text([("", runs)]), None, decoded.encoding
    named = qa_rows_text(rows)
    if named is not None:
        return named, None, decoded.encoding
    table = qa_table_text(rows)
    if table is None:
        raise InputError(f"CSV file {NO_TURNS}", source)
    return table, None, decoded.encoding


# A webcast Q&A export's columns naming who asked and who answered each row ("Asked By", "Answered By");
# an interaction platform's asker column holds user names (``yd_1001``), no person, and is left out.
ASKER_KEYS = (
    "askedby", "asker", "askername", "questioner", "submittedby", "from", "attendee",
    "提问者", "提问人", "提問者", "提問人",
)
ANSWERER_KEYS = (
    "answeredby", "answerer", "respondedby", "responder", "repliedby", "panelist",
    "回复人", "回答人", "答复人", "回复者", "回答者", "回覆人", "答覆人", "回覆者",
)
# An asker the platform shows without a name, or only as an investor of no named firm (``网络投资者``,
# ``個人股東``).
ANONYMOUS_RE = re.compile(
    r"(?i)anonymous(?:\s+(?:attendee|participant|user))?|匿名(?:用户|用戶)?|[-—–－]+|"
    r"(?:网络|網路|网上|網上|个人|個人|中小|普通)?(?:投资者|投資者|投資人|股东|股東)|网友|網友"
)
# Several answerers in one cell: "董事长 何建国；总经理 邵文涛".
SEVERAL_RE = re.compile(r"\s*[；;、，,/]\s*")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def qa_rows_text(rows: list[dict[str, Any]]) -> str | None:
    """A webcast's Q&A export whose rows also name who asked and who answered (``Asked By``,
    ``Company``, ``Answered By``) as ``Name (Analysts): question`` / ``Name (Executives): answer``
    turns under a participant list giving the askers' firms, else None; an anonymous asker's
    question is a ``Question:`` turn, an answer nobody signed an ``Answer:`` turn."""
    if not rows:
        return None
    heads = {simplified_head(_key(str(k))): str(k) for k in rows[0] if k is not None}
    question = next((k for h, k in heads.items() if h in QUESTION_HEADS), None)
    answer = next((k for h, k in heads.items() if h in ANSWER_HEADS), None)
    asker = next((heads[h] for h in ASKER_KEYS if h in heads), None)
    answerer = next((heads[h] for h in ANSWERER_KEYS if h in heads), None)
    if question is None or answer is None or (asker is None and answerer is None):
        return None
    firm = next((heads[h] for h in FIRM_KEYS if h in heads), None)
    if _CJK_RE.search(question):
        # an interaction platform's export also has an asker column, of user names (``yd_1001``): only a
        # summary that names who answered, or whose askers are firms' people, is a record of people
        if answerer is None and not _firms_people(rows, asker, firm):
            return None
        return _marked_qa_text(rows, question, answer, asker, answerer, firm)
    turns: list[dict[str, Any]] = []
    for r in rows:
        q, a = str(r.get(question) or "").strip(), str(r.get(answer) or "").strip()
        if not q:
            continue
        who = str(r.get(asker) or "").strip() if asker else ""
        who = "" if ANONYMOUS_RE.fullmatch(who) else who
        turns.append({"speaker": who or "Question", "role": "analyst" if who else "", "text": q,
                      "firm": str(r.get(firm) or "").strip() if firm and who else ""})
        if a:
            by = str(r.get(answerer) or "").strip() if answerer else ""
            turns.append({"speaker": by or "Answer", "role": "management" if by else "", "text": a})
    if not turns:
        return None
    people = roster_block(turns)
    text = turns_text([("", turns)])
    return f"{people}\n\n{text}" if people else text


# An asker cell (with the firm's cell before it, where the table has one) naming a firm's person:
# "汇川证券 赵宁", "澄川证券·刘一舟", "中晟证券-金鹏".
FIRM_PERSON_RE = re.compile(r"(?P<firm>[\u4e00-\u9fff]{2,14})(?:[\s·・•]+|\s*[-－–—]\s*)(?P<name>[\u4e00-\u9fff]{2,4})")


def _firms_people(rows: list[dict[str, Any]], asker: str | None, firm: str | None) -> bool:
    """Whether a summary's askers are people of named firms (``汇川证券 赵宁``), each one not anonymous:
    a platform's user names (``yd_1001``, ``投资者_2c9d8f``) are not."""
    from finbrief.ingest.script import to_simplified

    if asker is None:
        return False
    who = [" ".join(x for x in (_cell(r, firm), _cell(r, asker)) if x) for r in rows]
    named = [w for w in who if w]
    firm_name = vocab().firm_name
    return bool(named) and all(
        (m := FIRM_PERSON_RE.fullmatch(w)) is not None and firm_name.search(to_simplified(m["firm"])) is not None
        for w in named
    )


def _cell(row: dict[str, Any], column: str | None) -> str:
    value = " ".join(str(row.get(column) or "").split()) if column else ""
    return "" if ANONYMOUS_RE.fullmatch(simplified_head(value)) else value


# A courtesy word after a person's name in an asker cell ("阮思远女士"): no part of the name.
COURTESY_AFTER_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:先生|女士|小姐)$")


def _marked_qa_text(
    rows: list[dict[str, Any]], question: str, answer: str, asker: str | None, answerer: str | None,
    firm: str | None,
) -> str | None:
    """A Chinese question summary's rows as the marks a meeting record writes (``问（北溪证券 周明）：…``,
    ``答（财务总监 钱方）：…``; ``问（瑞泰投顾）：`` for a firm's unnamed asker, ``答：董事长 何建国、总经理
    邵文涛：`` for several answerers), else None."""
    blocks: list[str] = []
    for r in rows:
        q, a = " ".join(str(r.get(question) or "").split()), " ".join(str(r.get(answer) or "").split())
        if not q:
            continue
        who = " ".join(x for x in (_cell(r, firm), COURTESY_AFTER_RE.sub("", _cell(r, asker))) if x)
        blocks.append(f"问（{who}）：{q}" if who else f"问：{q}")
        if a:
            by = [x for x in SEVERAL_RE.split(_cell(r, answerer)) if x]
            if len(by) > 1:
                blocks.append(f"答：{'、'.join(by)}：{a}")
            else:
                blocks.append(f"答（{by[0]}）：{a}" if by else f"答：{a}")
    return "\n\n".join(blocks) or None


def qa_table_text(rows: list[dict[str, Any]]) -> str | None:
    """A Q&A platform's export (a question column and an answer column, no speaker) as the
    Markdown table the structure stage pairs row by row (``ingest.qa_table``), else None."""
    if not rows:
        return None
    heads = {simplified_head(_key(str(k))): str(k) for k in rows[0] if k is not None}
    question = next((k for h, k in heads.items() if h in QUESTION_HEADS), None)
    answer = next((k for h, k in heads.items() if h in ANSWER_HEADS), None)
    if question is None or answer is None:
        return None

    def cell(value: Any) -> str:
        return " ".join(str(value or "").replace("|", "｜").split())

    lines = [f"| {question} | {answer} |", "|---|---|"]
    lines += [f"| {cell(r.get(question))} | {cell(r.get(answer))} |" for r in rows if cell(r.get(question))]
    return "\n".join(lines) if len(lines) > 2 else None


# A turn written as a block of field lines, ``Speaker: Name`` first and the speech under a text field
# (``Utterance: …``), as a transcript rebuilt from PDF into standard text prints it; its title and firm
# lines (``Job Title:``, ``Company:``) name the askers' firms. Text fields a block may open with.
BLOCK_TEXT_MARKS = ("\nUtterance:", "\nSpeech:", "\nText:", "\nContent:")
FIELD_LINE_RE = re.compile(r"([A-Za-z][A-Za-z ]{0,24}):[ \t]*(.*)")
BLOCK_ROLE_KEYS = ("jobtitle", "title", "position", "role")
MIN_FIELD_BLOCKS = 3
# The first turn's block opens within a short header: only a text whose opening characters hold one is read so.
BLOCK_LOOK_CHARS = 8192


def _field_block(block: str) -> dict[str, Any] | None:
    """A turn record from one block of field lines (a line with no field name goes on the previous one, and
    every line after the speech's field on the speech)."""
    record: dict[str, Any] = {}
    last = None
    for line in block.split("\n"):
        m = None if last in TEXT_KEYS else FIELD_LINE_RE.fullmatch(line.strip())  # the speech runs to the block's end
        if m is None or (last is None and _key(m.group(1)) not in SPEAKER_KEYS):
            if last is None:
                return None
            record[last] = f"{record[last]} {line.strip()}".strip()
            continue
        key = _key(m.group(1))
        last = "role" if key in BLOCK_ROLE_KEYS else key
        record[last] = m.group(2).strip()
    return record if _field(record, SPEAKER_KEYS) and _field(record, TEXT_KEYS) else None


def _at_speaker_lines(block: str) -> list[str]:
    """``block`` cut before every speaker field line after its first, for turns with no blank line between."""
    lines = block.split("\n")
    heads = (FIELD_LINE_RE.fullmatch(line.strip()) for line in lines)
    cuts = [0] + [i for i, m in enumerate(heads) if i and m and _key(m.group(1)) in SPEAKER_KEYS]
    return ["\n".join(lines[a:b]) for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True)]


def field_blocks_text(text: str) -> str | None:
    """Text whose turns are blocks of field lines as ``Name: text`` turns under a participant list
    (the blocks before and after kept as they are), else None."""
    head = text[:BLOCK_LOOK_CHARS]
    if not any(mark in head for mark in BLOCK_TEXT_MARKS):
        return None
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if b.strip()]
    blocks = [piece for b in blocks for piece in _at_speaker_lines(b)]
    records = [_field_block(b) for b in blocks]
    turns = [r for r in records if r is not None]
    if len(turns) < MIN_FIELD_BLOCKS:
        return None
    first = records.index(turns[0])
    last = len(records) - records[::-1].index(turns[-1])
    people = roster_block(turns)
    out = [*blocks[:first], *([people] if people else []), turns_text([("", turns)]), *blocks[last:]]
    return "\n\n".join(out)


# A question summary laid out as a table inside a text or Markdown file: a header row naming the
# question and answer columns and who asked or answered, then one row per question, its cells split by
# tabs (pasted from a spreadsheet) or pipes (a Markdown table).
MIN_TABLE_ROWS = 1


ROW_SEPARATORS = ("\t", "|")
"""What parts a table row's cells: tabs (a spreadsheet pasted) or pipes (a Markdown table), tried in that order."""


def _split_row(line: str, sep: str) -> list[str] | None:
    if sep == "\t":
        return [c.strip() for c in line.split("\t")] if "\t" in line else None
    cells = line.strip()
    if cells.count("|") < 2:
        return None
    # the outer pipes of a Markdown row are optional ("序号 | 提问者 | 问题")
    return [c.strip() for c in cells.removeprefix("|").removesuffix("|").split("|")]


def _row_start(line: str, sep: str, closed: bool) -> bool:
    """A line that opens a row: it holds the separator (a row of a table closed by bars opens with one)."""
    return line.lstrip().startswith("|") if closed else _split_row(line, sep) is not None


def _table_rows(lines: list[str], start: int, sep: str, count: int, closed: bool) -> tuple[list[list[str]], int]:
    """The cells of the table's rows from line ``start`` on, each row of ``count`` cells, and the index of
    the first line past them. A hard wrap (a PDF's text layer, an export printed at 60-80 columns) cuts a
    long row over lines: a line goes on the row before it while that row has fewer cells than the header
    (or, where rows close with a bar, until a line closes it), and a line holding no separator goes on
    the last cell of a row whose line reached the column the table is wrapped at unfinished."""
    from finbrief.ingest.paragraphs import FULL_LINE, closes_sentence, display_width

    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    column = max((display_width(t.strip()) for t in lines[start:end]), default=0)
    rows: list[list[str]] = []
    j = start
    while j < end and _row_start(lines[j], sep, closed):
        row = last = lines[j].rstrip("\r")
        k = j + 1
        while k < end:
            short = len(_split_row(row, sep) or ()) < count or (closed and not row.rstrip().endswith("|"))
            cut = (
                not closed
                and sep not in lines[k]
                and display_width(t := last.strip()) >= FULL_LINE * column
                and not closes_sentence(t)
            )
            if not (short or cut):
                break
            last = lines[k].rstrip("\r")
            row = join_cut(row, last)
            k += 1
        cells = _split_row(row, sep)
        if cells is None or len(cells) != count:
            break  # (no row of this table: it ends before the line)
        rows.append(cells)
        j = k
    return rows, j


def named_qa_table(text: str) -> str | None:
    """``text`` with its first question summary table that names who asked or who answered (``提问者``,
    ``回复人``, ``Asked By``) read into turns as a CSV export of it is (``qa_rows_text``), else None;
    the text around the table is kept."""
    seps = tuple(sep for sep in ROW_SEPARATORS if sep in text)
    if not seps:
        return None  # (no row in a text without a separator: most texts hold neither, found in one search each)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for sep in seps:
            head = _split_row(line, sep)
            if head is None or len(head) < 3:
                continue
            keys = {simplified_head(_key(h)) for h in head}
            if _speech_columns(head) is not None:
                spoken = _speech_table(lines, i, sep, head)
                if spoken is not None:
                    return spoken
                continue
            if not (keys & QUESTION_HEADS and keys & ANSWER_HEADS and keys & set(ASKER_KEYS + ANSWERER_KEYS)):
                continue
            j = i + 1
            if sep == "|" and j < len(lines) and RULE_ROW_RE.fullmatch(lines[j].strip()):
                j += 1
            closed = sep == "|" and line.rstrip().endswith("|")
            cut, j = _table_rows(lines, j, sep, len(head), closed)
            rows = _merged_down([dict(zip(head, cells, strict=True)) for cells in cut], keys)
            body = qa_rows_text(rows) if len(rows) >= MIN_TABLE_ROWS else None
            if body is None:
                continue
            before, after = "\n".join(lines[:i]).rstrip(), "\n".join(lines[j:]).strip()
            return "\n\n".join(x for x in (before, body, after) if x)
    return None


# Columns naming who asked, who answered and their firms: a summary's cells a merged cell leaves blank.
WHO_HEADS = frozenset(simplified_head(_key(h)) for h in (*ASKER_KEYS, *ANSWERER_KEYS, *FIRM_KEYS))


def _merged_down(rows: list[dict[str, Any]], keys: set[str]) -> list[dict[str, Any]]:
    """Rows whose every who cell (asker, firm, answerer) is blank take them from the row above: a cell
    merged over two rows of a spreadsheet (one analyst's two questions, one officer's two answers) is
    pasted once, in its first row. An anonymous asker is written (``网络投资者``), so a wholly blank row
    is a merged one."""
    if not keys & {simplified_head(_key(h)) for h in ANSWERER_KEYS}:
        return rows  # (a summary naming no answerer: a blank asker may be an unnamed one)
    out: list[dict[str, Any]] = []
    for r in rows:
        who = [k for k in r if simplified_head(_key(str(k))) in WHO_HEADS]
        if out and who and all(not str(r.get(k) or "").strip() for k in who):
            r = {**r, **{k: out[-1].get(k) for k in who}}
        out.append(r)
    return out


# A transcript kept as a table, one turn a row: a speaker column, the speech, maybe the speaker's firm or
# office ("序号  发言人  单位  发言内容").
SPEAKER_HEADS = frozenset({"发言人", "发言者", "发言人姓名", "说话人", "姓名", "speaker"})
SPEECH_HEADS = frozenset({"发言内容", "发言", "内容", "发言要点", "speech", "text"})
UNIT_HEADS = frozenset({"单位", "所属单位", "机构", "所属机构", "职务", "单位及职务", "单位职务", "身份"})


def _speech_columns(head: list[str]) -> tuple[int, int, int | None] | None:
    """(speaker, speech, unit) column indices of a turn table's header, else None."""
    keys = [simplified_head(_key(h)) for h in head]
    who = next((k for k, h in enumerate(keys) if h in SPEAKER_HEADS), None)
    said = next((k for k, h in enumerate(keys) if h in SPEECH_HEADS), None)
    if who is None or said is None or who > said:
        return None
    unit = next((k for k, h in enumerate(keys) if h in UNIT_HEADS), None)
    return who, said, unit


def _speech_table(lines: list[str], i: int, sep: str, head: list[str]) -> str | None:
    """The turn table whose header is line ``i`` as ``<name>（<unit>）：<speech>`` label lines (the unit
    the firm or the office beside the name, as a meeting record brackets it), the text around it kept."""
    cols = _speech_columns(head)
    if cols is None:
        return None
    who, said, unit = cols
    j = i + 1
    if sep == "|" and j < len(lines) and RULE_ROW_RE.fullmatch(lines[j].strip()):
        j += 1
    cut, j = _table_rows(lines, j, sep, len(head), sep == "|" and lines[i].rstrip().endswith("|"))
    blocks: list[str] = []
    for cells in cut:
        name, text = " ".join(cells[who].split()), " ".join(cells[said].split())
        where = " ".join(cells[unit].split()) if unit is not None else ""
        if not name or not text:
            return None  # (a row without a speaker: no turn table)
        blocks.append(f"{name}（{where}）：{text}" if where else f"{name}：{text}")
    if len(blocks) < MIN_SPEECH_ROWS:
        return None
    before, after = "\n".join(lines[:i]).rstrip(), "\n".join(lines[j:]).strip()
    return "\n\n".join(x for x in (before, "\n\n".join(blocks), after) if x)


MIN_SPEECH_ROWS = 3

# A table's first column numbering its rows, in a table copied out of a word processor one cell a line.
SERIAL_HEADS = frozenset({"序号", "编号", "no", "no.", "#"})
CELL_LINE_HEADS = frozenset(
    {*QUESTION_HEADS, *ANSWER_HEADS, *WHO_HEADS, *SPEAKER_HEADS, *SPEECH_HEADS, *UNIT_HEADS}
)
MAX_CELL_LINE_COLUMNS = 8
# (led by its newline, not ``^`` under MULTILINE: the search then skips to each line start instead of trying
# every position; callers search ``"\n" + text`` so the first line counts too)
SERIAL_LINE_RE = re.compile(r"\n[ \t]*(?:序号|序號|编号|編號|No\.?|#)[ \t]*\r?(?=\n|$)", re.IGNORECASE)


def cell_lines_table(text: str) -> str | None:
    """A table copied out of a word processor with every cell on a line of its own (``序号`` / ``提问人`` /
    ``问题`` / … one a line, then each row's cells in turn, an empty cell an empty line) as tab-separated
    rows for ``named_qa_table``, else None. The header is a serial column's head then the heads a question
    summary or a turn table names; a row is taken only while its first cell counts on (1, 2, 3…), so a
    cell spread over two lines ends the table rather than shifting its columns."""
    if SERIAL_LINE_RE.search("\n" + text) is None:
        return None  # (the common case: no serial column's head alone on a line, found in one search)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if simplified_head(_key(line.strip())) not in SERIAL_HEADS:
            continue
        k = i + 1
        while k < len(lines) and k - i < MAX_CELL_LINE_COLUMNS and simplified_head(_key(lines[k].strip())) in CELL_LINE_HEADS:
            k += 1
        head = [h.strip() for h in lines[i:k]]
        count = len(head)
        if count < 3:
            continue
        rows: list[str] = []
        j, n = k, 1
        while j + count <= len(lines) and lines[j].strip() == str(n):
            rows.append("\t".join(c.strip() for c in lines[j : j + count]))
            j, n = j + count, n + 1
        if not rows:
            continue
        return "\n".join([*lines[:i], "\t".join(head), *rows, "", *lines[j:]])
    return None
