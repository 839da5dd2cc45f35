"""Subtitle files (``.srt``, ``.vtt``, a subtitle editor's ``.ass``): a machine transcription of a call,
read as paragraphs of speech.

Cues are a few words each; they are joined into paragraphs (a space between Latin text, nothing
between Chinese characters). A paragraph ends where the speaker changes (a WebVTT voice tag
``<v Laura Chen>``, which becomes a ``Laura Chen:`` label; a ``>>`` or ``- `` speaker-change mark; a cue
opening with a ``Laura Chen:`` label), at
a pause of PAUSE_SECONDS after a finished sentence, after a cue that ends asking something or
handing the floor over ("请瑞银的吴晨提问。", "首先请财务长周岩报告。", "Please go ahead."): someone else
speaks next, before a finished sentence's next cue that takes the floor back ("好，谢谢。下一位请…",
"谢谢主持人。") — the last two also in captions with no end punctuation, as Chinese subtitles
often are —, once it is
MAX_PARAGRAPH_CHARS long at a sentence end, or at MAX_UNPUNCTUATED_CHARS in a transcription without
punctuation. Cue numbers, timings, styles and notes are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from finbrief.errors import InputError
from finbrief.ingest.decode import decode
from finbrief.ingest.paragraphs import GLUE_TAIL, glue
from finbrief.lexicon.people import given_first

PAUSE_SECONDS = 2.0
MAX_PARAGRAPH_CHARS = 1200
MAX_UNPUNCTUATED_CHARS = 4 * MAX_PARAGRAPH_CHARS
TIMING_RE = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})"
)
VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)*\s+([^>]+)>")
TAG_RE = re.compile(r"<[^>]*>")
CHANGE_RE = re.compile(r"^\s*(?:>>+|-\s+)")
SENTENCE_END = (".", "?", "!", "。", "？", "！", "…", '"', "”", "」")
# A cue ending a turn: a question, or the host handing the floor to the next asker.
TURN_END_RE = re.compile(
    r"(?:[?？]|(?:提问|提問|发问|發問|请讲|請講)[。！!.]?|please (?:go ahead|proceed)[.!]?|your line is (?:now )?open[.!]?)\s*$",
    re.IGNORECASE,
)
# ... or the host handing it to a presenter ("首先請財務長周岩為我們報告營運成果。").
HANDOVER_END_RE = re.compile(
    r"(?:请|請)[^。！？!?]{1,30}?(?:报告|報告|介绍|介紹|致辞|致詞|发言|發言|说明|說明|回答|回应|回應|补充|補充)[^。！？!?，,]{0,12}[。！!.]?\s*$"
)
# A cue opening a new turn: the host taking the floor back ("好，謝謝。下一位請…"), a presenter
# thanking the host.
TURN_START_RE = re.compile(
    r"^(?:(?:好的?|ok(?:ay)?)[，,。.！!\s]*)?(?:(?:谢谢|謝謝|感谢|感謝)[^，,。.！!]{0,6}[，,。.！!\s]*)?"
    r"(?:下一位|下一個|下一个|接下来|接下來|最后一个问题|最後一個問題|最后一位|最後一位|(?:our |the )?next question)"
    r"|^(?:谢谢|謝謝|感谢|感謝)主持人"
    r"|^(?:(?:好的?|ok(?:ay)?)[，,。.！!\s]*)?(?:谢谢|謝謝|感谢|感謝)[^，,。.！!？?]{0,8}的(?:问题|問題|提问|提問)"  # 谢谢孙悦的问题
    r"|^(?:(?:好的?|ok(?:ay)?)[，,。.！!\s]*)?(?:今天|本次)的?[^，,。]{0,10}?就?到(?:这里|這裡|這裏|此)",  # 好，今天就到这里
    re.IGNORECASE,
)
# A caption without end punctuation that asks something: its last clause holds a question word
# ("明年还能不能保持这个增速", "对毛利率会有什么影响", "节奏是怎样的"). Chinese subtitles often carry no
# question mark, so this is where the asker stops and an answer begins.
ZH_QUESTION_END_RE = re.compile(
    r"(?:吗|嗎|呢|如何|怎样|怎樣|怎么样|怎麼樣|多少|什么|什麼|哪些|哪个|哪個|是否|能否|能不能|会不会|會不會|有没有|有沒有|是不是)"
    r"[^，,。、；;：:！!？?\s]{0,12}$"
)
WEBVTT_RE = re.compile(r"^\ufeff?WEBVTT", re.IGNORECASE)
SRT_RE = re.compile(
    r"^\ufeff?\s*(?:[^\r\n]{1,40}\r?\n){0,2}?\d+\s*\r?\n\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*(?:-->|[–—]>|->)"
)
ASS_HEAD_RE = re.compile(r"^\ufeff?\s*\[Script Info\]", re.IGNORECASE)
# A timing line's arrow typeset as a dash ("00:00:08.610 —> 00:00:16.529"), read as "-->".
ARROW_RE = re.compile(r"(?m)^(\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*)(?:[–—]>|->(?!>))")
# A SubViewer timing line (YouTube's ``.sbv``: "0:00:05.200,0:00:09.800"), read as SubRip's "-->".
SBV_TIMING_RE = re.compile(r"(?m)^(\s*\d{1,2}:\d{2}:\d{2}\.\d{1,3}),(\d{1,2}:\d{2}:\d{2}\.\d{1,3}\s*)$")
# A cue's number and timing line right after the previous cue's words, with no blank line between
# (captions pasted into a filing): each such number opens a new cue.
RUN_ON_CUE_RE = re.compile(r"(?m)^(?=\d+[ \t]*\n[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->)")
# WebVTT blocks that are not cues.
SKIP_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    voice: str | None


def is_subtitles(data: bytes) -> bool:
    """Whether raw bytes start like a WebVTT or SubRip file."""
    head = data[:512].decode("utf-8", "ignore")
    return bool(WEBVTT_RE.match(head) or SRT_RE.match(head) or ASS_HEAD_RE.match(head))


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def _voices(body: str) -> list[tuple[str | None, str]]:
    """(voice, text) of each voice span of a cue's text (``<v 白雪>…<v 谢东>…``), in order; the text
    before the first span (or all of it, with none) has no voice of its own."""
    marks = list(VOICE_RE.finditer(body))
    if len(marks) < 2:  # (a directory's "Ferris, Alana" is the person named "Alana Ferris")
        return [(given_first(marks[0][1].strip()) if marks else None, body)]
    out: list[tuple[str | None, str]] = [(None, body[: marks[0].start()])]
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        out.append((given_first(m[1].strip()), body[m.end() : nxt.start() if nxt else len(body)]))
    return out


# An Advanced SubStation Alpha file (a subtitle editor's ``.ass`` / ``.ssa``): under ``[Events]`` a
# ``Format:`` line names the fields of every ``Dialogue:`` line; the caption's speaker is its ``Name``
# field and its words the last field (commas and all), with ``\N`` line breaks and ``{\i1}`` override tags.
ASS_EVENTS_RE = re.compile(r"(?im)^[ \t]*\[events\][ \t\r]*$")
ASS_OVERRIDE_RE = re.compile(r"\{[^}]*\}")
ASS_BREAK_RE = re.compile(r"\\[Nnh]")


def ass_cues(text: str) -> list[Cue] | None:
    """The ``Dialogue:`` captions of a SubStation Alpha text as cues voiced by their ``Name`` field (none
    where it is empty), else None when the text has no ``[Events]`` section of them."""
    events = ASS_EVENTS_RE.search(text)
    if events is None:
        return None
    fields: list[str] | None = None
    cues: list[Cue] = []
    for line in text[events.end() :].splitlines():
        if line.lstrip().startswith("["):
            break  # the next section
        key, colon, value = line.partition(":")
        key = key.strip().casefold()
        if colon and key == "format":
            fields = [f.strip().casefold() for f in value.split(",")]
        elif colon and key == "dialogue" and fields and "text" in fields:
            parts = [x.strip() for x in value.split(",", len(fields) - 1)]
            if len(parts) < len(fields):
                continue
            record = dict(zip(fields, parts, strict=True))
            words = " ".join(ASS_OVERRIDE_RE.sub("", ASS_BREAK_RE.sub(" ", record["text"])).split())
            try:
                start, end = _seconds(record.get("start", "0")), _seconds(record.get("end", "0"))
            except ValueError:
                start = end = cues[-1].end if cues else 0.0
            if words:
                cues.append(Cue(start, end, words, record.get("name") or None))
    return cues or None


# Timed Text (TTML, DFXP): ``<p begin=… end=…>`` cues; a person speaking is a ``ttm:agent`` declared in the
# head with its ``ttm:name``, referred to by a cue's (or an enclosing element's) ``ttm:agent`` attribute.
TTML_NS = "http://www.w3.org/ns/ttml"
TTML_META_NS = "http://www.w3.org/ns/ttml#metadata"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _local(tag: object) -> str:
    """An element's name without its namespace."""
    return str(tag).rsplit("}", 1)[-1]


def _ttml_seconds(stamp: str | None) -> float:
    """A TTML time expression in clock form ("00:01:02.500") or as an offset ("62.5s"), in seconds."""
    if not stamp:
        return 0.0
    stamp = stamp.strip()
    try:
        return float(stamp[:-1]) if stamp.endswith("s") and ":" not in stamp else _seconds(stamp)
    except ValueError:
        return 0.0


def ttml_cues(root: ET.Element) -> list[Cue] | None:
    """The ``<p>`` cues of a TTML document as cues voiced by their agent's name (or its id when it has
    none), else None when ``root`` is no TTML ``<tt>`` element."""
    if _local(root.tag) != "tt":
        return None
    names: dict[str, str] = {}
    for agent in root.iter(f"{{{TTML_META_NS}}}agent"):
        name = next((" ".join("".join(n.itertext()).split()) for n in agent.iter(f"{{{TTML_META_NS}}}name")), "")
        if agent.get(XML_ID):
            names[agent.attrib[XML_ID]] = name or agent.attrib[XML_ID]
    attr = f"{{{TTML_META_NS}}}agent"
    cues: list[Cue] = []

    def walk(el: ET.Element, agent: str | None) -> None:
        agent = el.get(attr, agent)
        if _local(el.tag) == "p":
            start, end = _ttml_seconds(el.get("begin")), _ttml_seconds(el.get("end"))
            # (two people in one cue: each span naming its own agent is that person's line)
            for who, parts in _ttml_voices(el, agent):
                words = " ".join("".join(parts).split())
                if words:
                    cues.append(Cue(start, end, words, names.get(who.split()[0], who.split()[0]) if who else None))
            return
        for child in el:
            walk(child, agent)

    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is not None:
        walk(body, None)
    return cues or None


def _ttml_voices(p: ET.Element, agent: str | None) -> list[tuple[str | None, list[str]]]:
    """(agent, text pieces) of a cue, split where a child span names an agent of its own."""
    attr = f"{{{TTML_META_NS}}}agent"
    out: list[tuple[str | None, list[str]]] = [(agent, [p.text or ""])]
    for child in p:
        own = child.get(attr)
        if own is not None and own != out[-1][0]:
            out.append((own, _ttml_lines(child)))
            out.append((agent, [child.tail or ""]))
        else:
            out[-1][1].extend([" "] if _local(child.tag) == "br" else _ttml_lines(child))
            out[-1][1].append(child.tail or "")
    return out


def _ttml_lines(el: ET.Element) -> list[str]:
    """A cue's text, its spans' words in order, a ``<br/>`` breaking its lines."""
    out = [el.text or ""]
    for child in el:
        out.extend([" "] if _local(child.tag) == "br" else _ttml_lines(child))
        out.append(child.tail or "")
    return out


# A caption tool that prints each cue's speaker as a line of its own in brackets ("(Dana Bettinger)") and,
# when a second person speaks inside the cue, a lone "-" and a line of spaces before their name. A line
# like that is a speaker's name only when most cues open with one (a sound, "(Applause)", never does).
PAREN_VOICE_RE = re.compile(r"(?m)^[ \t]*\((?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\)[ \t]*$")
INNER_CHANGE_RE = re.compile(r"(?m)^-[ \t]*\n[ \t]+\n(?=[ \t]*\()")
MIN_PAREN_VOICE_SHARE = 0.5
MIN_PAREN_VOICE_CUES = 4


def paren_voices(text: str) -> str:
    """Speaker lines in brackets as WebVTT voice tags (``(Ana Ruiz)`` reads ``<v Ana Ruiz>``), the lone ``-``
    between two speakers of one cue dropped, when most cues open with such a line; else ``text`` as given."""
    cues = len(TIMING_LINE_RE.findall(text))
    opening = len(PAREN_OPENING_RE.findall(text))
    if cues < MIN_PAREN_VOICE_CUES or opening < MIN_PAREN_VOICE_SHARE * cues:
        return text
    return PAREN_VOICE_RE.sub(r"<v \g<who>>", INNER_CHANGE_RE.sub("", text))


TIMING_LINE_RE = re.compile(r"(?m)^[^\n]*-->[^\n]*$")
PAREN_OPENING_RE = re.compile(r"(?m)^[^\n]*-->[^\n]*\n[ \t]*\([A-Z][^()\n]{0,60}\)[ \t]*$")


def parse_cues(text: str) -> list[Cue]:
    """The cues of a SubRip or WebVTT text, in order (see ``read_cues``)."""
    return read_cues(text)[0]


def read_cues(text: str) -> tuple[list[Cue], int]:
    """(cues, how many of them had an unreadable timing line) of a SubRip or WebVTT text. A cue whose
    timing line is damaged ("00:00:0X,500 --> …") keeps its words, timed as the cue before it ends:
    dropping them would lose what someone said."""
    cues: list[Cue] = []
    broken = 0
    last = 0.0
    waiting: tuple[float, float] | None = None  # (the times of a cue whose words have not come yet)
    text = ARROW_RE.sub(r"\1-->", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = SBV_TIMING_RE.sub(r"\1 --> \2", text)
    text = paren_voices(text)
    for block in re.split(r"\n\s*\n", RUN_ON_CUE_RE.sub("\n", text)):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or lines[0].lstrip("\ufeff").startswith(SKIP_BLOCKS):
            continue
        at = next((k for k, line in enumerate(lines[:3]) if "-->" in line), None)
        if at is None:
            if waiting is not None and CUE_LABEL_RE.match(lines[0]):
                # a speaker's words set apart from their timing line (a page's footer printed between)
                cues.extend(Cue(*waiting, words, voice) for voice, words in _cue_words(" ".join(lines)))
                waiting = None
            continue
        m = TIMING_RE.match(lines[at])
        body = " ".join(line.strip() for line in lines[at + 1 :])
        start, end = (_seconds(m["start"]), _seconds(m["end"])) if m is not None else (last, last)
        broken += m is None
        waiting = None if body.strip() else (start, end)
        cues.extend(Cue(start, end, words, voice) for voice, words in _cue_words(body))
        last = end
    return cues, broken


def _cue_words(body: str) -> list[tuple[str | None, str]]:
    """(voice, words) of each person's line a cue's text holds, in its voice span, tags dropped."""
    return [(voice, words) for voice, part in _voices(body) if (words := TAG_RE.sub("", part).strip())]


# A cue opening with its speaker's name (a meeting app's captions: "Laura Chen: Thank you."): two to
# four capitalised words, or one word that opens several cues ("Operator:").
CUE_LABEL_RE = re.compile(
    r"^(?P<who>(?:[A-Z]|i(?=[A-Z]))[\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):\s+\S"  # "Mark Davis: …", "iPhone: …"
    # a video meeting's Chinese display name ("溯光半导体-黎安: …", "华岳证券 孙悦：…")
    r"|^(?P<zh>[\u4e00-\u9fff][^\s:：，。,？！?!；;、“”\"]{0,15}(?: [^\s:：，。,？！?!；;、“”\"]{1,8})?)\s?[:：]\s*\S"
)
# ... or a diarising tool's speaker number in brackets ("[SPEAKER_01]: 谢谢主持人。", "[SPEAKER_01] Thanks."),
# not a sound in brackets ("[Music]").
CUE_NUMBER_RE = re.compile(r"^\[(?P<who>(?i:speaker|spk)[ _]?\d{1,3})\]:?\s*\S")


def _cue_labels(cues: list[Cue]) -> set[str]:
    """Names that open cues as speaker labels (see ``CUE_LABEL_RE``)."""
    counts: dict[str, int] = {}
    for cue in cues:
        m = CUE_LABEL_RE.match(cue.text) or CUE_NUMBER_RE.match(cue.text)
        if m:
            who = _who(m)
            counts[who] = counts.get(who, 0) + 1
    # where most cues open with a label, one seen once is a speaker too ("iPhone: 喂，能听到吗？")
    labelled = sum(counts.values()) >= LABELLED_SHARE * len(cues)
    return {
        who for who, n in counts.items() if n >= 2 or labelled or (" " in who and not _CJK_START_RE.match(who))
    }


# The share of cues opening with a label that makes every cue-opening label a speaker's.
LABELLED_SHARE = 0.6
_CJK_START_RE = re.compile(r"[\u4e00-\u9fff]")


def _who(m: re.Match[str]) -> str:
    """The label a cue opens with, however ``CUE_LABEL_RE`` or ``CUE_NUMBER_RE`` matched it."""
    return m["zh"] if "zh" in m.re.groupindex and m["zh"] else m["who"]


# A short caption that is the host's hand-over alone ("这个问题请杨董回答", "首先请中金公司的刘洋提问").
MAX_FLOOR_CUE_CHARS = 24


def _floor_cue(words: str) -> bool:
    """A short caption handing the floor over: the host's line, not the end of the speech before it."""
    return len(words) <= MAX_FLOOR_CUE_CHARS and bool(TURN_END_RE.search(words) or HANDOVER_END_RE.search(words))


_CLAUSE_BREAKS = "，,。；;：:！!？?"


def _last_clause(words: str) -> str:
    """The words after a caption's last clause break (the whole caption when it has none)."""
    return words[max(words.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]


def cues_to_text(cues: list[Cue]) -> str:
    """Paragraphs of speech (separated by blank lines) from the cues (see the module docstring)."""
    labels = (
        _cue_labels(cues)
        if any(":" in cue.text[:40] or "：" in cue.text[:40] or cue.text[:1] == "[" for cue in cues[:50])
        else set()
    )
    paragraphs: list[str] = []
    parts: list[str] = []  # the current paragraph, built in linear time
    size = 0
    voice: str | None = None
    last_end = 0.0
    turn_end = False  # the last cue ended a turn
    for cue in cues:
        words = cue.text
        changed = bool(CHANGE_RE.match(words))
        if labels and not changed:
            m = CUE_LABEL_RE.match(words) or CUE_NUMBER_RE.match(words)
            changed = m is not None and _who(m) in labels  # "Mark Davis: ...": the speaker changes
        words = CHANGE_RE.sub("", words).strip()
        if not words:
            continue
        ended = bool(parts) and parts[-1].endswith(SENTENCE_END)
        new_voice = cue.voice is not None and cue.voice != voice
        if parts and (
            new_voice
            or changed
            or (
                ended
                and (
                    cue.start - last_end >= PAUSE_SECONDS
                    or size >= MAX_PARAGRAPH_CHARS
                    or turn_end
                    or TURN_START_RE.match(words) is not None
                )
            )
            or size >= MAX_UNPUNCTUATED_CHARS  # a transcription without punctuation
            # captions without end punctuation (Chinese subtitles): the floor handed over, or taken back
            or (not ended and (turn_end or TURN_START_RE.match(words) is not None or _floor_cue(words)))
        ):
            paragraphs.append("".join(parts))
            parts, size = [], 0
        if not parts:
            voice = cue.voice if cue.voice is not None else voice
            piece = f"{cue.voice}: {words}" if cue.voice is not None else words
        else:
            tail = parts[-1][-GLUE_TAIL:]
            piece = glue(tail, words)[len(tail) :]
        parts.append(piece)
        size += len(piece)
        last_end = cue.end
        turn_end = bool(
            TURN_END_RE.search(words)
            or HANDOVER_END_RE.search(words)
            or (not words.endswith(SENTENCE_END) and ZH_QUESTION_END_RE.search(_last_clause(words)))
        )
    if parts:
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs)


# A video page's transcript copied as text (YouTube's "Show transcript"): each caption under a line
# holding only its start time ("1:06", "1:02:15"). At least this many such lines, and this share of
# the text's lines, make the layout; each caption is then a cue running to the next one's start.
STAMP_LINE_RE = re.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*")
MIN_STAMP_LINES = 8
MIN_STAMP_SHARE = 0.3


def stamped_cues(text: str) -> tuple[str, list[Cue]] | None:
    """(the lines above the first caption, the captions as cues) of a transcript copied from a
    video page, else None (most texts: the first lines decide cheaply)."""
    if not STAMP_LINE_RE.fullmatch(next((ln for ln in text[:2000].splitlines()[:12] if STAMP_LINE_RE.fullmatch(ln)), "x")):
        return None
    lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    stamps = [k for k, ln in enumerate(lines) if STAMP_LINE_RE.fullmatch(ln)]
    if len(stamps) < MIN_STAMP_LINES or len(stamps) < MIN_STAMP_SHARE * len(lines):
        return None
    cues: list[Cue] = []
    for k, nxt in zip(stamps, [*stamps[1:], len(lines)], strict=True):
        words = " ".join(ln.strip() for ln in lines[k + 1 : nxt])
        if words:
            start = _seconds(lines[k].strip())
            end = _seconds(lines[nxt].strip()) if nxt < len(lines) else start
            cues.append(Cue(start, end, words, None))
    head = "\n".join(lines[: stamps[0]])
    return (head, cues) if cues else None


def subtitle_text(data: bytes, source: str | None = None) -> tuple[str, str | None, tuple[str, ...]]:
    """(text, encoding, warnings) of a subtitle file, or an error naming the file when it holds no
    cue; a warning says how many cues had a timing line that could not be read."""
    decoded = decode(data, source)
    ass = ass_cues(decoded.text)
    cues, broken = (ass, 0) if ass else read_cues(decoded.text)
    if not cues:
        raise InputError("no subtitle cues found (expected SubRip, WebVTT or SubStation Alpha timings)", source)
    warnings = (
        (f"{broken} subtitle cue(s) with an unreadable timing line: kept their words, untimed",)
        if broken
        else ()
    )
    return cues_to_text(cues), decoded.encoding, warnings
