"""Participant rosters: who is on the call, on which side, with which firm and title.

A roster block starts at a participants header (``Corporate Participants``, ``Conference Call
Participants``, ``Executives``, ``Analysts``, ``公司参与者``, ``参会人员`` ...) and holds entries in one of
these shapes, tried in order (``ENTRY_RULES``):

- one line: ``Name - Title``, ``Name -- Firm -- Analyst``, ``Name, Firm - Title``, ``名字（职务）``,
  ``Name;Firm;Title``;
- a name line then its affiliation line ``Firm - Title`` (a long affiliation may have been wrapped
  onto two lines and rejoined), or a bullet name then an indented detail line;
- ``Title: Name``, and ``Firm: Name`` (or several names) among the analysts;
- a name alone (the roster gives nothing else), or several names on one line (a meeting tool's attendees).

The block ends at the first line that is none of these (speech, a section header, a role label).

Records and minutes also list the company's people in a field (``上市公司接待人员姓名：董事长 王强；
财务总监 李丽``, ``出席管理层：主席 陈大文``), one ``<title> <name>`` item after another, perhaps going on
over the next lines: ``staff_entries`` reads them, so that an answer written ``答（董事长）`` or ``刘总：``
can be given to the person the record names.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from finbrief.ingest.qa_table import RULE_ROW_RE, _cells, _head
from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import fold
from finbrief.model import Side
from finbrief.structure.labels import (
    BULLET_RE,
    CJK_NAME_RE,
    TIMESTAMP,
    TITLED_RE,
    Label,
    RosterEntry,
    is_analyst_title,
    is_cjk_name,
    is_firm,
    is_name,
    is_title,
    parse_label,
    parse_roster_line,
    strip_emphasis,
    title_and_firm,
)
from finbrief.structure.scan import Scan

ROSTER_SIDE: dict[str, Side] = {
    "roster_company": "company",
    "roster_analyst": "analyst",
    "roster_any": "unknown",
}
# A rule line (``-----``, ``=====``): furniture inside a vendor roster, never its end.
RULE_RE = re.compile(r"^\s*[-=_*~·.]{5,}\s*$")
# An affiliation line is short and does not read like speech.
MAX_AFFILIATION_CHARS = 220
MAX_AFFILIATION_WORDS = 30
SPEECH_END = ("?", "!", "。", "！", "？", "…")
ABBREVIATION_END_RE = re.compile(
    r"(?:\b(?:Inc|Co|Corp|Ltd|LLC|LLP|L\.L\.C|S\.A|N\.V|AG|plc|Cie|Jr|Sr)\.|[A-Z]\.)$"
)


@dataclass
class Roster:
    entries: list[RosterEntry] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    """Paragraphs that are roster lines (names and affiliations)."""
    staff: list[RosterEntry] = field(default_factory=list)
    """The company's people a record lists in a field (``接待人员：董事长 王强``): speakers to give
    role-only answers to, not evidence that the document is a call."""
    visitors: list[RosterEntry] = field(default_factory=list)
    """Who came to ask, as a record's field lists them (``机构：浙商证券 栾宇``): their firms, for askers
    labelled by name alone; no evidence of a call either."""


# Items of a staff field: "董事长 王强；财务总监 李丽", "董事长 王强、总经理 于嘉", tab-separated cells.
STAFF_SPLIT_RE = re.compile(r"\s*[；;，,、\t]\s*")
# Markdown bold and spaces around a staff field's name.
STAFF_MARKUP = "*_ "
# ... and before the field's name, the bullet a research account's article sets before each field
# ("◆ 公司出席：董事长 乐朝阳、…").
STAFF_LEAD = STAFF_MARKUP + "•·●▪◆◇▶►▸★☆"
# Words before the title that name no role: "公司董事长 刘永平".
STAFF_TITLE_PREFIX = "公司"
# The number of a minutes' item before a staff field ("二、", "（二）", "2.").
STAFF_NUMBERING_RE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、.．])\s*"
)
# A staff field lists a handful of people; its items go on over at most this many next lines.
MAX_STAFF_LINES = 8


def _staff_item(item: str, item_s: str, s: Scan) -> tuple[str, str, str] | None:
    """(name, key, title) of ``<title> <name>`` (``董事长 陶文涛``, ``主席鄺志華``), else None."""
    title_s, sep, name_s = item_s.rpartition(" ")
    if sep:
        cut = len(item_s) - len(name_s)
    else:
        m = TITLED_RE.match(item_s)
        if m is None:
            return None
        name_s = m.group("name")
        cut = len(item_s) - len(name_s)
        title_s = item_s[:cut]
    title_s, name_s = title_s.strip(), name_s.strip()
    courtesy = next((c for c in s.v.name_courtesy if name_s.endswith(c) and len(name_s) > len(c) + 1), "")
    if courtesy:  # "主席 鄧啟明先生", "董事长邵建国先生": the courtesy word is no part of the name
        name_s = name_s[: -len(courtesy)]
    # after a title in a staff field, any two to four Chinese characters are a name (rare surnames too)
    if not title_s or not CJK_NAME_RE.fullmatch(name_s) or name_s in s.v.cjk_stopwords or not is_title(title_s, s.v):
        return None
    field, colon, _ = title_s.replace(":", "：").partition("：")
    if colon and is_title(field, s.v):
        return None  # "主席：董事长 黄启明": another field's line, not an item of this one
    same = len(item) == len(item_s)
    name = item[cut:].strip()[: len(name_s)] if same else name_s
    title = item[: len(item) - len(item[cut:])].strip() if same else title_s
    return name, name_key(name_s), title.removeprefix(STAFF_TITLE_PREFIX)


def _staff_line(s: Scan, j: int, text: str, simp: str, every: bool = True) -> list[RosterEntry]:
    """The ``<title> <name>`` items of one line: with ``every``, all of them or none when one is
    something else (a line going on with the field); else those that read so (the field's line)."""
    items, items_s = STAFF_SPLIT_RE.split(text.strip()), STAFF_SPLIT_RE.split(simp.strip())
    if len(items) != len(items_s):
        return []
    out: list[RosterEntry] = []
    for item, item_s in zip(items, items_s, strict=True):
        if not item_s:
            continue
        found = _staff_item(item, item_s, s)
        if found is None:
            if every:
                return []
            continue
        name, key, title = found
        out.append(RosterEntry(j, name, key, "company", title, None))
    return out


def staff_keys(staff: list[RosterEntry], s: Scan) -> frozenset[str]:
    """Name keys of the listed people and of how a record may call them (``刘总`` for 刘永平): labels
    with these are confirmed like roster names."""
    out: set[str] = set()
    for e in staff:
        out.add(e.key)
        if CJK_NAME_RE.fullmatch(e.key):
            head = e.key[:2] if e.key.startswith(s.v.compound_surnames) else e.key[:1]
            given = e.key[len(head) :]
            out.update(name_key(head + h) for h in s.v.honorifics)
            if len(given) == 2:  # "海峰总" for 王海峰
                out.update(name_key(given + h) for h in s.v.honorifics)
    return frozenset(out)


# The opening of an English call names who is with the speaker, with titles ("With me today are Jane
# Roe, our Chief Executive Officer; and Raj Patel, CFO.", "Joining me are our Chairman and CEO, Jane
# Roe, and ..."): in the first JOINED_WINDOW paragraphs, a sentence holding one of JOINED_CUES.
JOINED_WINDOW = 40
JOINED_CUES = (
    "with me",
    "joining me",
    "joining us",
    "on the call",
    "on today's call",
    # a record's line of the company's people ("Company speakers: Jane Roe (CEO), Raj Patel (CFO)")
    "speakers:",
    "participants:",
    "present:",
    "respondents:",
    "representatives:",
    # ... by side ("Management: Jane Roe, Managing Director; Raj Patel, Chief Financial Officer")
    "management:",
    "executives:",
)
# ... in the sentence after the cue: at most this many characters.
JOINED_SPAN = 400
_TITLE_WORD = r"(?:CEO|CFO|COO|CTO|Chief|President|Chair\w*|Head|Director|Vice|Senior|Executive|Treasurer|Founder|General)"
# (accented Latin letters too: "Rówan Achebe")
_PERSON = rf"(?P<name>(?!{_TITLE_WORD}\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]+)){{1,2}})"
# What follows a title: the end of the clause, or the next person.
_NEXT = rf"(?=\s*(?:;|\.(?:\s|$)|$|,?\s+and\s+(?:our\s+)?(?!{_TITLE_WORD}\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+[A-ZÀ-ÖØ-Þ]|,\s+(?:and\s+)?(?:our\s+)?(?!{_TITLE_WORD}\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+[A-ZÀ-ÖØ-Þ]|,?\s+and\s+our\b|,\s+our\b))"
JOINED_RES = (
    # "Jane Roe, our Chief Executive Officer"
    re.compile(_PERSON + r",\s+(?:our\s+)?(?P<title>[A-Z][\w&'’ ,-]{1,60}?)" + _NEXT),
    # "our Chairman and CEO, Jane Roe"
    re.compile(r"\bour\s+(?P<title>[A-Z][\w&'’ -]{1,60}?),\s+" + _PERSON),
    # "Jane Roe (Chief Executive Officer)"
    re.compile(_PERSON + r"\s+\((?P<title>[A-Z][\w&'’ ,-]{1,60}?)\)"),
    # "Mr. Jane Roe – Managing Director; …": a dash before the title, as Indian calls' header lines list them
    re.compile(_PERSON + r"\s+[–—]\s+(?P<title>[A-Z][\w&'’ ,-]{1,60}?)" + _NEXT),
)


def joined_staff(s: Scan) -> list[RosterEntry]:
    """The company people an English call's opening names with their titles (see ``JOINED_RES``)."""
    out: list[RosterEntry] = []
    head = s.simp_casefolded[:JOINED_WINDOW]
    window = "\x00".join(head)  # each cue looked for once; its paragraph from where it was found
    starts = list(accumulate((len(t) + 1 for t in head), initial=0))
    found: dict[int, int] = {}  # paragraph -> where its first cue starts
    for cue in JOINED_CUES:
        pos = window.find(cue)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            found[i] = min(found.get(i, pos - starts[i]), pos - starts[i])
            pos = window.find(cue, starts[i + 1])
    for i, at in sorted(found.items()):
        if i in s.boiler:
            continue
        for rx in JOINED_RES:
            for m in rx.finditer(s.texts[i], at, at + JOINED_SPAN):
                name, title = m.group("name"), m.group("title").strip(" ,")
                if s.v.job_title.search(title) and is_name(name, s.v):
                    out.append(RosterEntry(i, name, name_key(name), "company", title, None))
        if s.simp_casefolded[i].rstrip().endswith(LIST_CUES) or not any(e.index == i for e in out):
            continue
        if any(s.simp_casefolded[i].startswith(cue) for cue in LIST_CUES):
            out.extend(_listed_on(s, i + 1))
    return out


# The cues of a list of the company's people that may go on over the next lines, one person a line
# ("Speakers: Jane Roe, President and CEO" / "Raj Patel, Director and CFO").
LIST_CUES = (
    "speakers:",
    "participants:",
    "present:",
    "respondents:",
    "representatives:",
    "presenters:",
    "management:",
    "executives:",
)
# One person and their title, alone on a line.
_PERSON_LINE_RE = re.compile(_PERSON + r",\s+(?P<title>[A-Z][\w&'’ ,-]{1,80})")
MAX_LISTED_LINES = 12


def _listed_on(s: Scan, j: int) -> list[RosterEntry]:
    """The people the lines from ``j`` list one a line (``Name, Title``), up to the first line that
    is no such entry."""
    out: list[RosterEntry] = []
    for k in range(j, min(s.n, j + MAX_LISTED_LINES)):
        m = _PERSON_LINE_RE.fullmatch(s.texts[k].strip())
        if m is None or k in s.header or not s.v.job_title.search(m["title"]) or not is_name(m["name"], s.v):
            break
        out.append(RosterEntry(k, m["name"], name_key(m["name"]), "company", m["title"].strip(" ,"), None))
    return out


def _office_holder(s: Scan, i: int, cut: int, field: str) -> RosterEntry | None:
    """``董秘：孙婧　　证券代码：…``: an office's field whose first word is a name alone, that person in
    that office (the rest of the line is other fields)."""
    words, words_s = s.texts[i][cut:].split(), s.simp[i][cut:].split()
    if not words or len(words) != len(words_s) or not is_cjk_name(words_s[0], s.v):
        return None
    return RosterEntry(i, words[0], name_key(words_s[0]), "company", field, None)


# Another office's field on the same line after a space: "董事会秘书：符子衿　　财务总监：钟岳".
OFFICE_FIELD_RE = re.compile(r"(?<!\S)(?P<office>[\u4e00-\u9fff]{2,8})[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})(?!\S)")


def _more_office_holders(s: Scan, i: int, cut: int) -> list[RosterEntry]:
    """The other office fields on the line of one (``财务总监：钟岳`` after ``董事会秘书：符子衿``), each a
    name alone after an office."""
    out: list[RosterEntry] = []
    text, simp = s.texts[i], s.simp[i]
    if len(text) != len(simp):
        return out
    for m in OFFICE_FIELD_RE.finditer(simp, cut):
        if s.v.role_only_title.fullmatch(m["office"]) and is_cjk_name(m["name"], s.v):
            out.append(RosterEntry(i, text[m.start("name") : m.end("name")], name_key(m["name"]), "company", m["office"], None))
    return out


def staff_entries(s: Scan) -> list[RosterEntry]:
    """The people staff fields list, with their titles (see the module's docstring); in English, the
    people the opening names (``joined_staff``)."""
    out: list[RosterEntry] = []
    if s.doc.language == "en":
        return joined_staff(s)  # the fields are Chinese: an English document is not read line by line for them
    for i in range(s.n):
        simp = s.simp[i]
        lead = len(simp) - len(simp.lstrip(STAFF_LEAD))  # "**参会嘉宾：** 董事长 翁立", "◆ 公司出席：…"
        numbered = STAFF_NUMBERING_RE.match(simp, lead)  # "二、出席人员：…": a minutes' numbered item
        lead = numbered.end() if numbered else lead
        m = s.v.staff_field.match(simp, lead)
        if m is None or i in s.boiler:
            continue
        cut = m.end() + len(simp[m.end() :]) - len(simp[m.end() :].lstrip(STAFF_MARKUP))
        same = len(s.texts[i]) == len(simp)
        found = _staff_line(s, i, s.texts[i][cut:] if same else simp[cut:], simp[cut:], every=False)
        field = m.group().strip(" :：\t")
        if s.v.role_only_title.fullmatch(field):  # "主席：董事长 黄启明": the chair, and chairman
            found = [dataclasses.replace(e, role=f"{field}兼{e.role}" if e.role else field) for e in found]
            if not found and (alone := _office_holder(s, i, cut, field)) is not None:  # "董秘：孙婧"
                found = [alone, *_more_office_holders(s, i, cut)]
        j = i + 1
        while j < min(s.n, i + 1 + MAX_STAFF_LINES) and j not in s.header:
            more = _staff_line(s, j, s.texts[j], s.simp[j])
            if not more:
                break
            found.extend(more)
            j += 1
        out.extend(found)
    return out or narrated_staff(s)


# A record's opening sentence naming the company's people, each title run into the name, without a field
# ("以下是匯嶺集團主席鄧永康、行政總裁何家俊和財務總監梁美琪今日…舉行…記者會的答問全文："): in the first
# NARRATED_WINDOW paragraphs, at least two ``<title><name>`` items in one sentence, each name closed by a
# joining word, the verb's time or place word, or punctuation.
NARRATED_WINDOW = 6
NARRATED_NAME = r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[、和及与]|以及|先生|女士|小姐|[今昨明][日天]|在|于|出席|等|举行|接受|就|[，,。：:（(])"


@cache
def _narrated_item_re(joined_title: str) -> re.Pattern[str]:
    """``<title><name>`` in running text, the titles those a label may write joined to a name."""
    return re.compile(f"(?P<title>{joined_title.removesuffix('$')}){NARRATED_NAME}")


def narrated_staff(s: Scan) -> list[RosterEntry]:
    """The company people an opening sentence names with their titles (see ``NARRATED_WINDOW``): the
    record's own words before anyone speaks, not a host's welcome inside the first turn."""
    rx = _narrated_item_re(s.v.joined_title.pattern)
    for i in range(min(s.n, NARRATED_WINDOW)):
        simp, text = s.simp[i], s.texts[i]
        if parse_label(text, simp, s.v, frozenset()) is not None:
            return []  # a speaker's turn has begun
        if i in s.boiler or i in s.header or len(text) != len(simp):
            continue
        found = [m for m in rx.finditer(simp) if m["name"] not in s.v.cjk_stopwords]
        if len(found) >= 2:
            return [
                RosterEntry(i, text[m.start("name") : m.end("name")], name_key(m["name"]), "company",
                            text[m.start("title") : m.end("title")], None)
                for m in found
            ]
    return []


# A side's list run onto one line with only a spaced dash inside each entry, as a quote site prints it
# under a transcript's title: "Analysts: Jane Roe - Example Bank Raj Patel - Pellow Capital".
RUN_ON_CUES: tuple[tuple[str, Side], ...] = (("analysts:", "analyst"), ("executives:", "company"))
RUN_ON_WINDOW = 12
MAX_NAME_TAIL = 3  # words of the next entry's name at the end of a part


def run_on_entries(s: Scan) -> list[RosterEntry]:
    """The ``Name - Firm`` (or ``Name - Title``) entries of a side's list run onto its cue's line."""
    out: list[RosterEntry] = []
    for i in range(min(s.n, RUN_ON_WINDOW)):
        low = s.simp_casefolded[i]
        side = next((sd for cue, sd in RUN_ON_CUES if low.startswith(cue)), None)
        if side is None or " - " not in low or i in s.boiler:
            continue
        parts = [p.strip() for p in s.texts[i].split(":", 1)[1].split(" - ")]
        if len(parts) < 3 or not is_name(parts[0], s.v):  # (one entry is a one-line roster's)
            continue
        name, found = parts[0], []
        for part in parts[1:-1]:
            words = part.split()
            cut = next(
                (k for k in range(min(MAX_NAME_TAIL, len(words) - 1), 1, -1) if is_name(" ".join(words[-k:]), s.v)),
                None,
            )
            if cut is None:
                break
            found.append((name, " ".join(words[:-cut])))
            name = " ".join(words[-cut:])
        else:
            found.append((name, parts[-1]))
            for n, detail in found:
                title = detail if side == "company" else None
                out.append(RosterEntry(i, n, name_key(n), side, title, None if title else detail))
    return out


def visitor_entries(s: Scan) -> list[RosterEntry]:
    """The ``<firm> <name>`` items of the fields that list who came to ask (``visitor_field``)."""
    out: list[RosterEntry] = []
    if s.doc.language == "en":
        return run_on_entries(s)
    for i in range(s.n):
        simp = s.simp[i]
        lead = len(simp) - len(simp.lstrip(STAFF_MARKUP))
        if (staff := s.v.staff_field.match(simp, lead)) is not None and ("（" in simp or "(" in simp) and i not in s.boiler:
            out.extend(_paren_visitors(s, i, staff.end()))
        if "机构" not in simp and "参与" not in simp and "人员" not in simp:
            continue  # (every visitor field names one of these)
        m = s.v.visitor_field.match(simp, lead)
        if m is None or i in s.boiler:
            continue
        same = len(s.texts[i]) == len(simp)
        for item_s in STAFF_SPLIT_RE.split(simp[m.end() :].strip()):
            firm_s, sep, name_s = item_s.strip().rpartition(" ")
            if not sep or not firm_s.strip() or not CJK_NAME_RE.fullmatch(name_s) or is_title(firm_s, s.v):
                continue
            at = simp.index(item_s, m.end())
            item = s.texts[i][at : at + len(item_s)].strip() if same else item_s.strip()
            firm, _, name = item.rpartition(" ")
            out.append(RosterEntry(i, name, name_key(name_s), "analyst", None, firm.strip()))
    return out


# An asker listed with the firm in brackets, in a staff field's line ("投资者 张明（北辰证券）", "韩露（澄观基金）等"):
# perhaps the word for askers first, perhaps "等" (and others) after.
PAREN_VISITOR_RE = re.compile(r"^(?:(?P<word>[\u4e00-\u9fff]{2,5})\s*)?(?P<name>[^\s（()）]{2,4})\s*[（(](?P<firm>[^（()）]{2,20})[)）]等?$")


def _paren_visitors(s: Scan, i: int, start: int) -> list[RosterEntry]:
    """The askers a staff field's line lists as ``<name>（<firm>）`` beside the company's people (a call's
    attendance in one line: ``公司董事长 聂文涛、财务总监 符悦；投资者 张明（北辰证券）``)."""
    out: list[RosterEntry] = []
    text, simp = s.texts[i], s.simp[i]
    items, items_s = STAFF_SPLIT_RE.split(text[start:].strip()), STAFF_SPLIT_RE.split(simp[start:].strip())
    if len(items) != len(items_s) or len(text) != len(simp):
        return out
    for item, item_s in zip(items, items_s, strict=True):
        m = PAREN_VISITOR_RE.match(item_s.strip())
        if m is None or not CJK_NAME_RE.fullmatch(m["name"]) or not is_firm(m["firm"], s.v):
            continue
        if m["word"] and s.v.label(fold(m["word"])) != "question" and not s.v.generic_asker.fullmatch(m["word"]):
            continue  # "董事长 王磊（华岳证券）" is no asker's entry
        mt = PAREN_VISITOR_RE.match(item.strip())
        if mt is not None:
            out.append(RosterEntry(i, mt["name"], name_key(m["name"]), "analyst", None, mt["firm"].strip()))
    return out


def _details(affiliation: str, s: Scan) -> list[str]:
    """[firm, title] of an affiliation line: ``Firm - Title`` split at its first separator, or
    ``Title, Firm`` (the title first) split at its first comma."""
    firm, sep, title = affiliation.partition(" - ")
    if sep and firm.strip() and title.strip():
        return [firm.strip(), title.strip()]
    title, sep, firm = affiliation.partition(", ")
    if sep and firm.strip() and is_title(title, s.v) and not is_title(firm, s.v):
        return [firm.strip(), title.strip()]
    return [affiliation.strip()]


# The marks a label line ends on (a colon, a time stamp): a participant listed the way their label is
# written ("Jane Roe, Example Bank:", "Jane Roe - Example Bank [00:04:15]") has them after the details.
LABEL_MARKS_END_RE = re.compile(rf"(?:\s*{TIMESTAMP}|\s*[:：])+$")


def entry(
    index: int, name: str, key: str, side: Side, details: list[str], s: Scan, lines: tuple[str, ...] = ()
) -> RosterEntry:
    """Role and firm from an entry's detail parts, by the side of its block."""
    affiliation = " ".join(lines) or None
    if details and LABEL_MARKS_END_RE.search(details[-1]):
        details = [*details[:-1], LABEL_MARKS_END_RE.sub("", details[-1])]
        details = [d for d in details if d]
    if len(details) == 1:
        first, _, rest = details[0].partition(", ")
        if rest.strip() and is_analyst_title(first):  # "Jane Roe, Analyst, Example Bank": the title first
            details = [rest.strip(), first]
        else:
            head, _, last = details[0].rpartition(", ")
            if head.strip() and is_analyst_title(last):  # "Jane Roe - Example Bank, Analyst": the title last
                details = [head.strip(), last.strip()]
    elif len(details) == 2 and is_analyst_title(details[0]) and not is_analyst_title(details[1]):
        details = [details[1], details[0]]  # "Jane Roe; Analyst; Example Bank": the title before the firm
    if details and is_analyst_title(details[-1]):
        side = "analyst"
    if side == "analyst" and len(details) == 1 and not is_analyst_title(details[0]):
        return RosterEntry(index, name, key, side, None, details[0], affiliation, lines)
    role, firm = title_and_firm(details, side, s.v)
    return RosterEntry(index, name, key, side, role, firm, affiliation, lines)


def is_affiliation(s: Scan, j: int, known: frozenset[str]) -> bool:
    """Whether paragraph ``j`` reads like a ``Firm - Title`` line (not a name, a header or speech)."""
    if j >= s.n or j in s.header or j in s.boiler:
        return False
    t = strip_emphasis(s.texts[j].strip())
    if not t or len(t) > MAX_AFFILIATION_CHARS or len(t.split()) > MAX_AFFILIATION_WORDS:
        return False
    if t.endswith(SPEECH_END) or (t.endswith(".") and not ABBREVIATION_END_RE.search(t)):
        return False
    if s.v.label(s.folded(j)) is not None or name_key(s.simp[j]) in known:
        return False
    head, sep, _ = s.simp[j].partition(" - ")
    if sep and name_key(BULLET_RE.sub("", head.strip())) in known:
        return False  # "Tom Becker - Goldman Sachs" under a bare name: the next entry, of someone announced
    body = BULLET_RE.sub("", s.simp[j].strip())
    return not is_name(body, s.v) and not is_name(body.split(";")[0], s.v)  # "Name;Firm;Title" is an entry


EntryRule = Callable[[Scan, int, Side, frozenset[str]], "tuple[list[RosterEntry], int] | None"]


def _one_line(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """``Name - Title``, ``Name -- Firm -- Analyst``, ``Name;Firm;Title``, ``名字（职务）``."""
    parsed = parse_roster_line(s.texts[j], s.simp[j], s.v, known)
    if parsed is None or not parsed[2]:
        return None
    name, key, details = parsed
    return [entry(j, name, key, side, details, s)], j + 1


def _name_then_affiliation(
    s: Scan, j: int, side: Side, known: frozenset[str]
) -> tuple[list[RosterEntry], int] | None:
    """A name line followed by its ``Firm - Title`` line (or a bullet name and its detail line)."""
    parsed = parse_roster_line(s.texts[j], s.simp[j], s.v, known)
    if parsed is None or parsed[2] or not is_affiliation(s, j + 1, known):
        return None
    if _one_line_list(s, j, known):
        return None  # a name alone between two "Name - Firm" entries: an entry without details
    name, key, _ = parsed
    k = j + 2
    while k < s.n and _wrapped_on(s, k, known):  # a long affiliation wrapped onto the next line
        k += 1
    lines = tuple(s.texts[m].strip() for m in range(j + 1, k))
    return [entry(j, name, key, side, _details(" ".join(lines), s), s, lines)], k


def _entry_head(s: Scan, j: int, known: frozenset[str]) -> str | None:
    """The name heading paragraph ``j`` when it is a one-line ``Name - Firm`` (or ``Name, Firm``) entry
    of a person (its head a name, not a firm), else None."""
    if j < 0 or j >= s.n:
        return None
    line = BULLET_RE.sub("", s.simp[j].strip())
    head, sep, _ = line.partition(" - ")
    if not sep:
        head, sep, _ = line.partition(", ")  # "Jane Roe, Example Securities, LLC"
    if not sep or is_firm(head, s.v) or not is_name(head, s.v):
        return None
    parsed = parse_roster_line(s.texts[j], s.simp[j], s.v, known)
    return name_key(head) if parsed is not None and parsed[2] else None


def _one_line_list(s: Scan, j: int, known: frozenset[str]) -> bool:
    """The name alone at ``j`` sits in a list of one-line ``Name - Firm`` entries: two such entries of
    different people before it and one after it. (Under a name-then-affiliation list the line after a
    name is its ``Firm - Title``, whose firm repeats from entry to entry.)"""
    heads = [_entry_head(s, k, known) for k in (j - 2, j - 1, j + 1)]
    return all(heads) and len(set(heads)) == len(heads)


def _wrapped_on(s: Scan, k: int, known: frozenset[str]) -> bool:
    """Paragraph ``k`` goes on with the affiliation before it: affiliation-shaped, not an entry, and
    followed by the end of the block or the next entry."""
    if not is_affiliation(s, k, known) or parse_roster_line(s.texts[k], s.simp[k], s.v, known) is not None:
        return False
    nxt = k + 1
    return (
        nxt >= s.n
        or _ends_block(s, nxt)
        or parse_roster_line(s.texts[nxt], s.simp[nxt], s.v, known) is not None
    )


def _name_only(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """A name alone, when the roster goes on after it (a bullet, another entry or a roster header)."""
    parsed = parse_roster_line(s.texts[j], s.simp[j], s.v, known)
    if parsed is None or parsed[2]:
        return None
    bulleted = bool(BULLET_RE.match(s.texts[j].lstrip()))
    if not bulleted and not _continues(s, j + 1, known):
        return None  # a bare name followed by speech is a speaker label, not a roster line
    name, key, _ = parsed
    return [entry(j, name, key, side, [], s)], j + 1


# "CEO: Jane Roe", "Head of Investor Relations: Raj Patel": a title, a colon, then the name alone.
TITLE_COLON_NAME_RE = re.compile(r"\s*(?P<title>[^:：]{2,60}?)\s*[:：]\s*(?P<name>[^:：,;，；]{2,60}?)\s*")


def _title_colon_name(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """``CEO: Jane Roe`` in a roster block: the title first, then the person (a record's list of who
    answers by role, so that ``A (CEO)`` names them)."""
    m = TITLE_COLON_NAME_RE.fullmatch(BULLET_RE.sub("", s.texts[j].strip()))
    if m is None or not is_title(m["title"], s.v) or not is_name(m["name"], s.v) or is_title(m["name"], s.v):
        return None
    name = m["name"].strip()
    return [entry(j, name, name_key(name), side, [m["title"].strip()], s)], j + 1


# ``Firm: Name`` (or several names) in a roster block.
FIRM_COLON_NAMES_RE = re.compile(r"\s*(?P<firm>[^:：]{2,60}?)\s*[:：]\s*(?P<names>[^:：;；]{2,120}?)\s*")
NAMES_SPLIT_RE = re.compile(r"\s*(?:[,，、]|\band\b)\s*")


def _firm_colon_names(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """``Example Bank: Jane Roe`` (``Example Bank: Jane Roe, Tom Lee``) among a roster's analysts, or
    under any heading when the head is a firm: the firm first, then who comes from it."""
    if side == "company":
        return None
    m = FIRM_COLON_NAMES_RE.fullmatch(BULLET_RE.sub("", s.texts[j].strip()))
    if m is None or is_title(m["firm"], s.v) or not (side == "analyst" or is_firm(m["firm"], s.v)):
        return None
    names = [n for n in NAMES_SPLIT_RE.split(m["names"]) if n]
    if not names or not all(is_name(n, s.v) and not is_title(n, s.v) and not is_firm(n, s.v) for n in names):
        return None
    return [entry(j, n, name_key(n), "analyst", [m["firm"].strip()], s) for n in names], j + 1


# A participants table's header cells naming its columns (case-folded, spaces removed): who, the firm,
# the title ("| 姓名 | 单位 | 职务 | 参会方式 |", "| Name | Company | Title |").
NAME_HEADS = frozenset({"姓名", "名字", "参会人", "参会人员", "人员", "name", "participant", "attendee"})
FIRM_HEADS = frozenset(
    {"单位", "机构", "公司", "单位名称", "机构名称", "所属机构", "firm", "company", "organization", "affiliation"}
)
TITLE_HEADS = frozenset({"职务", "职位", "职称", "title", "role", "position"})


def _table_columns(s: Scan, j: int) -> tuple[int, int | None, int | None] | None:
    """(name, firm, title) columns of the participants table whose row ``j`` is, from its header row
    (the first row of the run of table rows ``j`` is in), or None when that header names no person."""
    k = j
    while k > 0 and s.texts[k - 1].lstrip().startswith("|"):
        k -= 1
    cells = _cells(s.simp[k].strip())
    if cells is None:
        return None
    heads = [_head(s.simp[k].strip()[a:b]) for a, b in cells]
    name = next((i for i, h in enumerate(heads) if h in NAME_HEADS), None)
    if name is None:
        return None
    firm = next((i for i, h in enumerate(heads) if h in FIRM_HEADS), None)
    return name, firm, next((i for i, h in enumerate(heads) if h in TITLE_HEADS), None)


def _table_row(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """A participants table's row (``| 李想 | 启明证券 | 分析师 | 电话 |``): the person in the name
    column with the firm and title cells; its header and rule rows are roster lines naming no one."""
    t = s.texts[j].strip()
    if not t.startswith("|") or (cols := _table_columns(s, j)) is None:
        return None
    if RULE_ROW_RE.fullmatch(t) or not s.texts[j - 1].lstrip().startswith("|"):
        return [], j + 1  # the header row, or the rule under it
    cells, cells_s = _cells(t), _cells(s.simp[j].strip())
    if cells is None or cells_s is None or len(cells) != len(cells_s) or cols[0] >= len(cells):
        return None
    simp = s.simp[j].strip()
    name, name_s = t[slice(*cells[cols[0]])], simp[slice(*cells_s[cols[0]])]
    key = name_key(name_s)
    if not name or not (key in known or is_name(name_s, s.v)):
        return None
    details = [t[slice(*cells[c])] for c in cols[1:] if c is not None and c < len(cells)]
    return [entry(j, name, key, side, [d for d in details if d], s)], j + 1


# A meeting tool's attendees on one line ("Ada Whitlock, Caleb Moss, Felix Ordway, Pellow IR"): at least
# this many names, and a room or device name among them at most one in this many parts.
MIN_LISTED_NAMES = 3
NON_NAME_SHARE = 3


def _names_list(s: Scan, j: int, side: Side, known: frozenset[str]) -> tuple[list[RosterEntry], int] | None:
    """Several people's names on one line, comma-separated and nothing else: an entry for each name."""
    t = BULLET_RE.sub("", s.texts[j].strip())
    if t.count(",") < MIN_LISTED_NAMES - 1 or t[-1:] in SPEECH_END or t.endswith("."):
        return None  # (the cheap test first)
    parts = [p.strip() for p in t.split(",")]
    names = [p for p in parts if p and (name_key(p) in known or is_name(p, s.v)) and not is_title(p, s.v) and not is_firm(p, s.v)]
    if len(names) < MIN_LISTED_NAMES or (len(parts) - len(names)) * NON_NAME_SHARE > len(parts):
        return None
    return [entry(j, n, name_key(n), side, [], s) for n in names], j + 1


ENTRY_RULES: tuple[EntryRule, ...] = (
    _table_row,
    _names_list,
    _one_line,
    _name_then_affiliation,
    _title_colon_name,
    _firm_colon_names,
    _name_only,
)
"""Roster entry shapes, tried in order at each line of a roster block."""


def _ends_block(s: Scan, j: int) -> bool:
    """A section or roster header, or a role label: what may follow the last entry of a roster."""
    hk = s.header.get(j)
    if hk is not None:
        return hk in ROSTER_SIDE or hk in ("prepared", "qa", "call_start")
    return s.v.label(s.folded(j)) is not None


def _continues(s: Scan, j: int, known: frozenset[str]) -> bool:
    """Whether paragraph ``j`` continues a roster after a name alone: a header or role label, an
    entry with details, a name with its affiliation, or another name followed by more roster."""
    if j >= s.n:
        return False
    if j in s.header or _ends_block(s, j):
        return _ends_block(s, j)
    parsed = parse_roster_line(s.texts[j], s.simp[j], s.v, known)
    if parsed is None:
        return False
    if parsed[2] or is_affiliation(s, j + 1, known):
        return True
    k = j + 1
    return k < s.n and (_ends_block(s, k) or parse_roster_line(s.texts[k], s.simp[k], s.v, known) is not None)


def _unnamed_entry(s: Scan, j: int, known: frozenset[str]) -> bool:
    """``Unidentified Analyst`` alone on a roster's line with the roster (or its end) after it, not speech:
    the roster lists a speaker no one named, a line that is neither a turn nor a person."""
    if not s.v.unnamed_entry.fullmatch(fold(BULLET_RE.sub("", strip_emphasis(s.simp[j].strip())))):
        return False
    return j + 1 >= s.n or _continues(s, j + 1, known) or _unnamed_entry(s, j + 1, known)


def parse_roster(s: Scan, known: frozenset[str]) -> Roster:
    """Every roster block of the document."""
    out = Roster()
    i = 0
    while i < s.n:
        kind = s.header.get(i)
        if kind not in ROSTER_SIDE:
            i += 1
            continue
        side = ROSTER_SIDE[kind]
        listed: set[str] = set()
        j = i + 1
        while j < s.n:
            hk = s.header.get(j)
            if hk in ROSTER_SIDE:
                side = ROSTER_SIDE[hk]
                j += 1
                continue
            if hk is not None or j in s.boiler:
                if RULE_RE.match(s.texts[j]):
                    j += 1
                    continue
                break
            if _unnamed_entry(s, j, known):  # "Unidentified Analyst" listed among the participants
                out.lines.add(j)
                j += 1
                continue
            if s.v.label(fold(s.simp[j].strip())) is not None:
                break
            found = next((r for rule in ENTRY_RULES if (r := rule(s, j, side, known)) is not None), None)
            if found is None:
                break
            entries, nxt = found
            if any(e.key in listed for e in entries):
                break  # someone the block already lists: the first turn's header repeating the entry
            listed.update(e.key for e in entries)
            out.entries.extend(entries)
            out.lines.update(range(j, nxt))
            j = nxt
        i = j
    out.staff = staff_entries(s)
    # (a list's entries one a line are roster lines, never labels: "Yumi Sakaguchi, Director and CFO")
    # (... and so is a list's line that opens with its cue: "Management: Jane Roe, Managing Director; …")
    out.lines.update(
        e.index
        for e in out.staff
        if s.doc.language == "en"
        and (_PERSON_LINE_RE.fullmatch(s.texts[e.index].strip()) or s.simp_casefolded[e.index].lstrip().startswith(LIST_CUES))
    )
    out.visitors = visitor_entries(s)
    return out


# An answer mark naming the company's secretary with the bare verb ("董事会秘书回答：", "董秘答："): the
# company answering, unless the record's staff field lists its secretary by name.
SECRETARY_MARK_RE = re.compile(r"(?:公司)?(?P<title>董秘|董事会[秘祕]书)(?:回复|回答|答复|答)")


def staffed_secretary_marks(labels: dict[int, Label], staff: list[RosterEntry]) -> None:
    """``董事会秘书回答：`` in a record whose staff field lists one ``董事会秘书 柯文``: that person answers (on a
    Q&A platform's page, with no such field, the mark stays the company's anonymous answer)."""
    holders = {e.key: e for e in staff if e.role and _secretary(e.role)}
    if len(holders) != 1:
        return
    (e,) = holders.values()
    for i, lab in list(labels.items()):
        if lab.role == "answer" and SECRETARY_MARK_RE.fullmatch(fold(lab.key).replace(" ", "")) is not None:
            labels[i] = dataclasses.replace(
                lab, role=None, who=e.name, key=e.key, strength="strong", prefix="A", title=e.role
            )


def _secretary(title: str) -> bool:
    """Whether a staff title is the board's secretary (``董事会秘书``, ``董秘``, ``副总经理兼董事会秘书``)."""
    return any(part.endswith(("董事会秘书", "董事会祕书", "董秘")) for part in re.split(r"[兼、/]", to_simplified(title)))
