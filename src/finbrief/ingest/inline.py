"""Speaker labels inside a long line: a transcript flattened onto one line is cut before each.

A dataset row or a PDF text chunk may hold a whole exchange on one line ("Operator: Good day ...
Please go ahead. Jane Roe: Thank you ..."); later stages read speakers only from a paragraph's
start. A long paragraph is cut before an inline ``Name:`` that starts a sentence, but only on
strong evidence, so prose with colons ("Note:", "Q3:", "Net revenue:") is never cut:

- the label is ``Operator`` or a person's name: two to four capitalised words or initials;
- a person's label recurs in the paragraph, or the paragraph has an ``Operator:`` label and the
  operator named that person before their label ("turn the call over to Ms. Jane Roe");
- ``Operator:`` counts when it recurs or the operator named a person so labelled;
- a person whose ``Name:`` label opens another paragraph of the text qualifies too (a reflowed text
  still starts some turns on lines of their own), and a paragraph opening with such a label is read
  from ``MIN_HOSTED_INLINE_CHARS``;
- at least two different speakers qualify (one name recurring alone may be a prose heading);
- once the operator qualifies, so does every full name (two words at least) labelled at a sentence
  start: the executives the operator never names;
- a qualifying person's label is cut also where page furniture glued onto a PDF text chunk stands
  before it instead of a sentence end ("... July 16, 2022 Jane Roe: ...").

The host's label is ``Operator`` or, in calls a moderator runs (Indian concalls), ``Moderator``; a
name may carry initials without periods as such transcripts print them ("Srinivasan V", "N G Rao").
A paragraph opening with the host's label, however an export prints it (behind a bullet or a
timestamp, in capitals, "Call Operator"), is read as opening with ``Operator:``.

A Q&A platform's record printed on one line ("投资者提问：…？董秘回答(…)：…"), or minutes' exchange
("问：…？答：…"), is cut before the answer mark when it follows the question's last sentence.

Pieces are exact substrings of the paragraph, in order; paragraphs shorter than
``MIN_INLINE_CHARS`` or without ": " are never touched (lines of one speaker each are the rule).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, pairwise
from operator import add

from finbrief.lexicon.transcript import fold, vocab

MIN_INLINE_CHARS = 300
"""A line holding two speakers' turns; shorter lines are left to the line-based rules."""

OPERATOR = "Operator"
HOSTS = frozenset({OPERATOR, "Moderator"})
HOST_LABELS = tuple(f"{h}: " for h in sorted(HOSTS))
"""The host labels: whoever runs the call under them introduces the askers."""
# A label: a host's or two to four capitalised words or initials before ": ", the last word perhaps a
# bare initial ("Srinivasan V") or the first ones bare initials ("N G Rao"; never A, I or Q, which
# open sentences and mark questions). (ASCII classes and a capital first: the pattern compiles
# cheaply and the search skips to capitals.)
_INLINE_LABEL_RE = re.compile(
    r"(?P<name>Operator|Moderator|[A-Z][a-z][\w'-]*(?: (?:[A-Z]\.|[A-Z][a-z][\w'-]*|[A-Z](?=:))){1,3}"
    r"|(?:[B-HJ-PR-Z]\.? ){1,2}[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2}): (?=\S)"
)
# What ends the sentence before a label: the mark, or the mark then a closing quote or bracket.
_SENTENCE_ENDS = frozenset(".?!…")
_CLOSERS = frozenset('"”’)')


def _at_sentence_start(text: str, pos: int) -> bool:
    """``pos`` starts the text, or follows a sentence end and one space."""
    if pos == 0:
        return True
    if pos < 2 or text[pos - 1] != " ":
        return False
    c = text[pos - 2]
    return c in _SENTENCE_ENDS or (c in _CLOSERS and pos >= 3 and text[pos - 3] in _SENTENCE_ENDS)


# Capitalised words that start labels of prose, never a person's name.
# fmt: off
_NOT_NAME_WORDS = frozenset(
    {
        "note", "notes", "source", "sources", "update", "question", "questions", "answer", "answers", "total",
        "net", "gross", "revenue", "revenues", "sales", "income", "profit", "margin", "cash", "operating",
        "adjusted", "full", "first", "second", "third", "fourth", "fiscal", "year", "quarter", "guidance",
        "outlook", "key", "highlights", "summary", "risk", "risks", "forward", "looking", "statement",
        "statements", "disclaimer", "chief", "officer", "executive", "president", "vice", "director", "analyst",
        "investor", "relations", "company", "corporation", "group", "inc", "the", "our", "my", "this",
        "important", "editor", "reporter", "step", "part", "section", "item", "chapter", "table", "figure",
        "exhibit",
    }
)
# fmt: on


def _is_person(name: str) -> bool:
    return not any(w.rstrip(".").casefold() in _NOT_NAME_WORDS for w in name.split())


# A label with the speaker's title or firm after a comma, as a reflowed PDF runs it into the paragraph
# ("… I'll turn it over to Beth. Beth Carraway, Chief Financial Officer: Thanks, Kieran."): read for
# names the text names again (``_aff_labels``).
_AFF_LABEL_RE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'-]*(?: (?:[A-Z]\.|[A-Z][a-z][\w'-]*)){1,2}), "
    r"(?P<aff>[A-Z][\w&.'-]*(?: (?:[A-Z&][\w&.'-]*|of|and|&)){0,5}): (?=\S)"
)
# A paragraph opening with the host's label holds others' turns from this length (shorter than
# ``MIN_INLINE_CHARS``: the operator's introduction, the question and its answer run together).
MIN_HOSTED_INLINE_CHARS = 150
# How far into a paragraph a label that opens it closes at most (four words of a name).
MAX_OPENING_LABEL = 48
# The host's label opening a paragraph as exports print it: behind a bullet or a timestamp, a timestamp
# after it, in capitals or under a vendor's name for the role ("▪ Operator: ", "[00:01:35] OPERATOR: ",
# "Call Operator (00:01:35): "); the label's words are the lexicon's operator labels or a host's.
_STAMP = r"[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]"
_HOST_HEAD_RE = re.compile(
    rf"(?:[•·●▪◆■►*-]\s+)?(?:{_STAMP}\s*)?(?P<label>[A-Za-z][A-Za-z ]{{1,38}}?)(?:\s*{_STAMP})?: (?=\S)"
)

# How far into a paragraph the host's label closes at most (a bullet, two timestamps, a vendor's words).
MAX_HOST_HEAD = 64


def host_head(text: str) -> str | None:
    """The host (``Operator`` or ``Moderator``) whose label opens ``text`` in any of those forms, or None."""
    if text.startswith(HOST_LABELS):
        return text[: text.index(":")]
    m = _HOST_HEAD_RE.match(text)
    if m is None:
        return None
    label = fold(m["label"])
    if label == "moderator":
        return "Moderator"
    return OPERATOR if vocab().label(label) == "operator" else None


def _aff_labels(text: str, named: frozenset[str]) -> list[tuple[int, str]]:
    """``Name, Title: `` / ``Name, Firm: `` labels at sentence starts of a person the paragraph names
    again or the text labels so elsewhere (``named``)."""
    if ", " not in text:
        return []
    return [
        (m.start(), m["name"])
        for m in _AFF_LABEL_RE.finditer(text)
        if _is_person(m["name"]) and (text.count(m["name"]) >= 2 or m["name"] in named)
    ]


def _aff_named(texts: Sequence[str]) -> frozenset[str]:
    """Names labelled ``Name, Title: `` at sentence starts in two places of the text at least."""
    seen: Counter[str] = Counter()
    for text in texts:
        if ", " in text and text.count(": ") >= 2:  # (as ``_cuts``: two labels at least, or nothing is cut)
            seen.update(m["name"] for m in _AFF_LABEL_RE.finditer(text) if _at_sentence_start(text, m.start()))
    return frozenset(name for name, n in seen.items() if n >= 2)


def _opening_labels(texts: Sequence[str]) -> frozenset[str]:
    """People whose ``Name: `` label opens a paragraph somewhere (a full name: two words at least): a
    reflowed text still starts some turns on a line of their own."""
    out: set[str] = set()
    for text in texts:
        if ": " in text[:MAX_OPENING_LABEL] and (m := _INLINE_LABEL_RE.match(text)) is not None:
            name = m.group("name")
            if " " in name and _is_person(name):
                out.add(name)
    return frozenset(out)


def _cuts(
    text: str, named: frozenset[str] = frozenset(), host: str | None = None, opened: frozenset[str] = frozenset()
) -> list[int]:
    """Positions (> 0) where a qualifying inline label starts (see the module); ``host``: the host whose
    label (``host_head``) opens the paragraph; ``opened``: people whose label opens another paragraph
    (``_opening_labels``), who qualify wherever their label starts a sentence."""
    if text.count(": ") < 2:
        return []
    labels = [
        (m.start(), m.group("name"))
        for m in _INLINE_LABEL_RE.finditer(text)
        if m.group("name") in HOSTS or _is_person(m.group("name"))
    ]
    if host is not None:  # ("Call Operator" is no person's name; "▪ Operator" starts the paragraph)
        head = text.index(": ")
        labels = [(0, host), *((pos, name) for pos, name in labels if pos > head)]
    aff = _aff_labels(text, named)
    if aff:
        labels = sorted({*labels, *aff})
    found = [(pos, name) for pos, name in labels if _at_sentence_start(text, pos)]
    if len(found) < 2:
        return []
    counts = Counter(name for _, name in found)
    ends = [pos for pos, _ in found[1:]] + [len(text)]
    # What the host says: the span of each host turn.
    said = [(pos, end) for (pos, name), end in zip(found, ends, strict=True) if name in HOSTS]
    introduced = {
        name
        for at, name in found
        if name not in HOSTS and any(end <= at and name in text[pos:end] for pos, end in said)
    }
    known = {name for _, name in found if name in opened}
    keep = {name for name, n in counts.items() if n >= 2 and name not in HOSTS} | introduced | known
    hosts = {name for name in HOSTS if counts[name] >= 2 or ((introduced or known) and counts[name])}
    keep |= hosts
    if len(keep) < 2:  # a transcript has two speakers at least
        return []
    if hosts:  # a flattened call a host runs: every person's label at a sentence start
        keep |= {name for _, name in found if " " in name}
    # A kept label glued after page furniture ("... 2022 Jane Roe: ") is cut too.
    starts = [pos for pos, name in labels if name in keep and (pos == 0 or text[pos - 1] == " ")]
    return [pos for pos in starts if pos > 0]


# A vendor turn header flattened into a PDF text chunk: ``Name Q Title, Firm`` (the question or
# answer mark printed at the margin lands between the name and the affiliation), the firm ending in
# a legal suffix, then the speech.
_MARKED_HEADER_RE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'-]*(?: (?:[A-Z]\.|[A-Z][a-z][\w'-]*)){1,3}) (?P<mark>[QA]) "
    r"(?P<aff>(?P<title>[A-Z][\w&.'-]*(?: (?:[A-Z&][\w&.'-]*|of|and|for|the|&)){0,8}), "
    r"(?P<firm>[A-Z][^.?!]{1,80}?(?:,? (?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|AG|SA|S\.A|N\.A|Limited|PLC|GmbH)\.?)+))"
    r"(?= [A-Z\[\"“])"
)
# Words a title of such a header holds (one at least): a job, never a sentence's words.
_TITLE_WORD_RE = re.compile(
    r"\b(?:Analyst|Officer|President|Director|Chairman|Chairwoman|Chair|Head|Manager|Treasurer|Counsel|"
    r"Partner|Founder|Secretary|Controller|Relations|CEO|CFO|COO|CTO|Strategist|Economist|Principal)\b"
)
# Headers needed in one paragraph, a ``Q`` and an ``A`` among them, before it is cut at them.
MIN_MARKED_HEADERS = 2


# The same header in a management section, where no margin mark is printed: ``Name Title, Firm``,
# the title opening with a job word (so the name stops before it).
_TITLE_START = (
    r"(?:Chief|Executive|Senior|Vice|President|Director|Head|Managing|Founder|Co-Founder|Chairman|Chairwoman|"
    r"Chair|Treasurer|General|Group|Global|Interim|Deputy|Corporate|Investor|CEO|CFO|COO|CTO|SVP|EVP|VP)"
)
_NAME_WORD = rf"(?!{_TITLE_START}\b)[A-Z][a-z][\w'-]*"
_UNMARKED_HEADER_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?: (?:[A-Z]\.|{_NAME_WORD})){{1,3}}) "
    rf"(?P<aff>{_TITLE_START}[\w&.' -]{{0,80}}?, "
    r"(?P<firm>[A-Z][^.?!]{1,80}?(?:,? (?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|AG|SA|S\.A|N\.A|Limited|PLC|GmbH)\.?)+))"
    r"(?= [A-Z\[\"“])"
)


_LEGAL_SUFFIX_RE = re.compile(
    r" (?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|AG|SA|S\.A|N\.A|Limited|PLC|GmbH)\.?(?= [A-Z\[\"“])"
)
"""How every ``_UNMARKED_HEADER_RE`` match ends: a legal suffix, then the speech (a quick test first)."""


def _unmarked_cuts(text: str) -> list[int]:
    """Cut points around each ``Name Title, Firm`` header of a management section flattened into
    one chunk: two such headers at least, at sentence starts, all of one firm (the company's own
    people), each cut into name, affiliation and speech."""
    if _LEGAL_SUFFIX_RE.search(text) is None:
        return []
    found = [m for m in _UNMARKED_HEADER_RE.finditer(text) if _at_sentence_start(text, m.start())]
    if len(found) < MIN_MARKED_HEADERS or len({m.group("firm") for m in found}) != 1:
        return []
    cuts: list[int] = []
    for m in found:
        cuts += [m.start(), m.start("aff"), m.end() + 1]
    return [c for c in cuts if 0 < c < len(text)]


# The firm of a ``Name Q Title, Firm`` header when it has no legal suffix: a firm the operator
# announced in the same chunk ("... from the line of Dan Roe with Seaport Global. Your line is open.").
_ANNOUNCED_FIRM_RE = re.compile(
    r"\b(?:with|from|of|at) (?P<firm>[A-Z][\w&.'-]*(?: (?:[A-Z&][\w&.'-]*|of|and|&)){0,5})"
    r"[.,] (?:Your line|Please|You may|Go ahead)"
)
_HEADER_NAME = rf"(?P<name>{_NAME_WORD}(?: (?:[A-Z]\.|{_NAME_WORD})){{1,3}})"
_HEADER_TITLE = r"(?P<title>[A-Z][\w&.'-]*(?: (?:[A-Z&][\w&.'-]*|of|and|for|the|&)){0,8})"
_SUFFIXED_FIRM = r"[A-Z][^.?!]{1,80}?(?:,? (?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|AG|SA|S\.A|N\.A|Limited|PLC|GmbH)\.?)+"


def _header_res(text: str) -> tuple[re.Pattern[str], ...]:
    """The flattened header shapes: ``Name Q Title, Firm`` (the module's ``_MARKED_HEADER_RE``) and
    ``Name Title, Firm Q`` (the mark printed after the affiliation), the firm ending in a legal suffix
    or being one the operator announced in ``text``."""
    firms = sorted({m.group("firm") for m in _ANNOUNCED_FIRM_RE.finditer(text)}, key=len, reverse=True)
    firm = "|".join([_SUFFIXED_FIRM, *(re.escape(f) for f in firms)])
    trailing = re.compile(
        rf"{_HEADER_NAME} (?P<aff>{_HEADER_TITLE}, (?P<firm>{firm})) (?P<mark>[QA])(?= [A-Z\[\"“])"
    )
    if not firms:
        return (_MARKED_HEADER_RE, trailing)
    leading = re.compile(rf"{_HEADER_NAME} (?P<mark>[QA]) (?P<aff>{_HEADER_TITLE}, (?P<firm>{firm}))(?= [A-Z\[\"“])")
    return (_MARKED_HEADER_RE, leading, trailing)


def _marked_cuts(text: str) -> list[int]:
    """Cut points around each flattened ``Name Q Title, Firm`` (or ``Name Title, Firm Q``) header:
    before the name, the mark, the affiliation and the speech, so each comes out as the line it was
    on the page."""
    found: dict[int, re.Match[str]] = {}
    for rx in _header_res(text):
        for m in rx.finditer(text):
            if _at_sentence_start(text, m.start()) and _TITLE_WORD_RE.search(m.group("title")):
                found.setdefault(m.start(), m)
    if len(found) < MIN_MARKED_HEADERS or len({m.group("mark") for m in found.values()}) < 2:
        return []  # a question and an answer at least: one shape alone may be a sentence
    cuts: list[int] = []
    for m in found.values():
        cuts += [m.start(), m.start("mark"), m.start("aff"), m.end() + 1]
    return [c for c in cuts if 0 < c < len(text)]


_OPERATOR_LABEL_RE = re.compile(r"Operator: (?=\S)")


# A section heading in capitals glued before the operator's label in a PDF chunk
# ("QUESTION AND ANSWER SECTION Operator: Thank you."): the heading is a line of its own.
_HEADING_THEN_OPERATOR_RE = re.compile(r"[A-Z][A-Z&]+(?: [A-Z][A-Z&]+)+ (?=Operator: \S)")


def _heading_cut(text: str) -> list[int]:
    m = _HEADING_THEN_OPERATOR_RE.match(text)
    return [m.end()] if m else []


# A Q&A platform's record flattened onto one line ("投资者提问：…措施？董秘回答(京沪高铁SH601816)：您好，…"):
# the company's answer mark after the question's last sentence starts the answer's line.
_PLATFORM_QUESTION_RE = re.compile(r"(?:投资者|網友|网友|股东)提问[:：]|(?:\d{1,2}月\d{1,2}日)?有?(?:投资者|网友|股东)向[^:：]{2,30}提问[:：]")
_PLATFORM_ANSWER_RE = re.compile(
    r"(?<=[。？！?!.\s])\s*(?:(?:\d{1,2}月\d{1,2}日)?(?:公司|董秘|董事会秘书)(?:回答|回复|答复)(?:表示|\s*[(（][^()（）]{2,30}[)）])?\s*[:：])"
)


# Minutes printing each exchange on one line ("问：…？答：…"): the answer mark after the question's
# last sentence starts the answer's line.
_MARK_QUESTION_RE = re.compile(r"[问問]\s*[:：]")
_MARK_ANSWER_RE = re.compile(r"(?<=[。？！?!])\s*答\s*[:：]")

# A platform digest printing each exchange on one line ("<user>问：…？  <company>答：…"): the company's
# reply after the question's last sentence starts the answer's line.
_USER_QUESTION_RE = re.compile(r"[^\s:：，,。？?！!（）()]{2,20}?[问問]\s*[:：]")
_COMPANY_ANSWER_RE = re.compile(r"(?<=[。？！?!])\s*[^\s:：，,。？?！!（）()]{2,12}?(?:答|回复|回覆)\s*[:：]")

# Call notes written in the third person ("投资者问及快运业务的价格竞争情况。公司表示，…"): a sentence
# reporting what an outside asker asked, then one reporting the company's reply, which starts the
# answer's line.
ZH_REPORTED_QUESTION_RE = re.compile(
    r"(?:有|部分|多位|个别)?(?:投资者|分析师|机构投资者|机构|参会者|参会人员|股东|网友)"
    r"(?:问及|询问|问到|提问|提及|关心|关注|希望了解|想了解)"
    r"(?!\s*(?:[0-9一二三四五六七八九十]{1,3}\s*)?[(（:：])"  # ("投资者提问：", "股东提问1（…）：" are marks)
)
ZH_REPORTED_ANSWER_RE = re.compile(
    r"(?<=[。？！?!])\s*(?:公司|管理层|公司管理层|董事长|总经理|董秘|董事会秘书|财务总监)"
    r"(?:表示|回应称|回复称|回应|回复|答复|介绍称|介绍)(?![:：])[，,]?"  # ("公司回复：" is a mark)
)

# An AI summary of a call printing each pair on one line ("问题1 提问 …的竞争格局 [7] 回答 - …[7][8] - …"):
# the answer's word and its first bullet, after the question's end or its source marks, start the answer.
_SPACED_QUESTION_RE = re.compile(r"(?:问题|問題)\s*[0-9]{1,3}\s+(?:提问|提問)\s")
_SPACED_ANSWER_RE = re.compile(r"(?<=[。？！?!\]\s])\s*(?:回答|回复|回覆)\s+-\s")

# (question mark opening the line, answer mark to cut before): one row per layout.
_ONE_LINE_EXCHANGES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_PLATFORM_QUESTION_RE, _PLATFORM_ANSWER_RE),
    (_MARK_QUESTION_RE, _MARK_ANSWER_RE),
    (ZH_REPORTED_QUESTION_RE, ZH_REPORTED_ANSWER_RE),
    (_SPACED_QUESTION_RE, _SPACED_ANSWER_RE),
    (_USER_QUESTION_RE, _COMPANY_ANSWER_RE),
)

_PLATFORM_STARTS = frozenset("投網网股有问問0123456789分机参部多个")


def _platform_cut(text: str) -> list[int]:
    """Where the answer starts in a line holding a question and its answer, if it is there."""
    for question, answer in _ONE_LINE_EXCHANGES:
        if question.match(text) and (m := answer.search(text)):
            return [m.start()]
    return []


# Notes of a call's Q&A in the third person ("Jane Roe (Example Securities) asked about margins. Raj
# Patel replied that ..."): a paragraph opening with an asker's reported question is cut before
# each sentence in which a named person, or the company by title, reports an answer. A person's name
# is two or three capitalised words; a firm in brackets or after "of"/"from" may follow it.
_REPORTED_NAME = r"[A-Z][^\W\d_A-Z][\w'’-]*(?: (?:[A-Z]\.|[A-Z][^\W\d_A-Z][\w'’-]*)){1,2}"
_REPORTED_FIRM = (
    r"(?: \((?P<{0}>[^()]{{2,60}})\)|,? (?:of|from|at) (?P<{0}2>[A-Z][^,.;()]{{1,60}}?)"
    # ... or who they are after a comma, as a meeting's minutes say it ("Mr Tan, a shareholder, asked", "…, a
    # shareholder and representative of Seletar Value Fund, asked")
    r"|, an? (?:[a-z]+ ){{0,2}}(?:shareholder|unitholder|investor|member)"
    r"(?: and (?:a |the )?(?:representative|analyst|portfolio manager) (?:of|from|at) (?P<{0}3>[A-Z][^,.;()]{{1,60}}?(?:,? (?:Inc|Ltd|LLC|LLP|LP|Corp|Co|plc)\.?){{0,2}}))?(?=,))?"
)
# A minutes' paragraph number before the reported sentence ("3.1 Mr Tan … asked"), and a courtesy title
# before a name ("Mr", "Mdm"): neither is part of who asks or answers.
_MINUTE_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+)?"
_MINUTE_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+")
_COURTESY = r"(?:(?:Mr|Ms|Mrs|Mdm|Madam|Dr)\.?\s+)?"
_ASKING_VERBS = r"(?:asked|followed up|enquired|inquired|queried|wanted to know|questioned|raised)"
REPORTED_QUESTION_RE = re.compile(
    rf"{_MINUTE_NUMBER}(?:Asked by (?P<by>{_REPORTED_NAME}){_REPORTED_FIRM.format('byfirm')}(?= about| whether| if| how| what| why|,)"
    rf"|(?P<anon>(?:An?|One|Another) (?:[a-z]+ ){{0,2}}(?:investor|analyst|shareholder|participant|caller|journalist|reporter)) {_ASKING_VERBS}\b"
    rf"|{_COURTESY}(?P<asker>{_REPORTED_NAME}){_REPORTED_FIRM.format('firm')},? (?:also |then |further |later |again )?{_ASKING_VERBS}\b)"
)
"""A reported question opening a paragraph: ``by``/``asker`` the person, ``byfirm``/``byfirm2``/``firm``/
``firm2``/``firm3`` their firm, ``anon`` an unnamed asker ("A private investor")."""
_REPORTING_VERBS = (
    r"(?:also |then |further )?(?:replied|said|responded|answered|explained|added|noted|confirmed|stated|commented"
    r"|clarified|pointed out|agreed|acknowledged|indicated|reiterated|expected|stressed|emphasised|emphasized)\b"
)
REPORTED_ANSWER_RE = re.compile(
    rf"{_MINUTE_NUMBER}{_COURTESY}(?P<who>{_REPORTED_NAME}|(?:The|the|Our|our) (?:CEO|CFO|COO|CTO|chair(?:man|woman)?|[Cc]hief [A-Z]?[a-z]+ [Oo]fficer|"
    rf"[Cc]hair(?:man|woman)?|[Pp]resident|management|company|[Gg]overnor)) {_REPORTING_VERBS}"
)
_REPORTED_OPENINGS = ("Asked by ", "A ", "An ", "One ", "Another ")
"""How a reported question opens when it does not open with the asker's name."""


def _may_report(text: str) -> bool:
    """Whether a paragraph may open with a reported question (``REPORTED_QUESTION_RE``): with one of
    ``_REPORTED_OPENINGS``, or with a name, whose second word (after the first space) is capitalised.
    A cheap test: most paragraphs open with a sentence whose second word is not."""
    if text[:1].isdigit() and (number := _MINUTE_NUMBER_RE.match(text)) is not None:
        text = text[number.end() :]  # "3.1 Mr Tan, a shareholder, asked …": a minutes' paragraph
    if not text[:1].isupper():
        return False
    if text.startswith(_REPORTED_OPENINGS):
        return True
    space = text.find(" ")
    return "A" <= text[space + 1 : space + 2] <= "Z"


# Reported questions a document needs before its paragraphs are read so (news prose asks once).
MIN_REPORTED_QUESTIONS = 2


_LAST_REPORTED: tuple[tuple[str, ...], tuple[int, ...]] = ((), ())
"""The texts ``reported_questions`` last read and its answer (rebound as one pair: threads may share
it). Ingest cuts paragraphs at reported answers, and structure reads the same paragraphs again for
their askers: most often the very texts ingest read."""


def reported_questions(texts: Sequence[str]) -> list[int]:
    """The paragraphs opening with a reported question, when there are enough of them."""
    global _LAST_REPORTED
    key = tuple(texts)
    last = _LAST_REPORTED
    if key == last[0]:  # (the same strings compare at once)
        return list(last[1])
    found = [i for i, text in enumerate(key) if _may_report(text) and REPORTED_QUESTION_RE.match(text)]
    answer = found if len(found) >= MIN_REPORTED_QUESTIONS else []
    _LAST_REPORTED = (key, tuple(answer))
    return answer


def _reported_cuts(text: str) -> list[int]:
    """Where the answers start in a paragraph of reported Q&A (see ``REPORTED_QUESTION_RE``): at each
    sentence (or, after "Asked by …, ", the clause) in which someone other than the last one
    reported answers."""
    cuts: list[int] = []
    last = ""
    for m in REPORTED_ANSWER_RE.finditer(text):
        at = m.start()
        clause = at >= 2 and text[at - 2 : at] == ", " and text.startswith("Asked") and not cuts
        if at == 0 or not (_at_sentence_start(text, at) or clause):
            continue
        who = m.group("who")
        if who != last:
            cuts.append(at)
            last = who
    return cuts


# A participants list whose items lost their line breaks (a page copied without its list markup):
# "Grace Lin – IR DirectorOwen Zhao – Chairman & CEOMarcus Feng – CFO", each next name glued onto the
# last word of the entry before it. Such a line is short, has no sentence in it and heads the page.
MAX_GLUED_LINE = 300
# ... and heads the page: its lists come before the call's text.
GLUED_HEAD_TEXTS = 20
_ENTRY_DASH_RE = re.compile(r" (?:-{1,2}|[–—]) ")
# Where a name may start inside a glued word: after a lower-case letter or a run of capitals ("CEOMarcus").
# ("Co.Victor Tam": a firm's abbreviation closes with its full stop).
_GLUE_RE = re.compile(r"(?<=[a-zà-öø-ÿ).])(?=[A-Z][a-zà-öø-ÿ])|(?<=[A-Z]{2})(?=[A-Z][a-zà-öø-ÿ])")
# (a part of a name may be hyphenated, "Tam-Reyes", or accented, "Hélen"; a middle initial has its full stop)
_GLUED_NAME_RE = re.compile(
    r"[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?(?: [A-Z][a-zà-öø-ÿ'’.]*(?:-[A-Z][a-zà-öø-ÿ'’.]*)?){1,3}"
)
# A courtesy title before the first name of the line ("Mr. Helen Xu – Harbourline Securities…").
_COURTESY_RE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Mx|Miss|Prof)\.?\s+")
# A sentence inside the line (a word, then its full stop and a space): prose, no list.
_SENTENCE_INSIDE_RE = re.compile(r"[a-zà-öø-ÿ]{2}[.!?] ")


# Words an entry's title or firm ends with, before the next name glued on: a brand written in one word
# ("NovaSky", "JPMorgan") breaks inside a word that ends no entry ("Nova", "JP").
# fmt: off
_ENTRY_END_WORDS = frozenset(
    {
        "director", "officer", "president", "chairman", "chairwoman", "chair", "manager", "head", "relations",
        "analyst", "treasurer", "controller", "secretary", "partner", "founder", "ceo", "cfo", "coo", "cto", "cio",
        "vp", "svp", "evp", "md", "ir", "securities", "capital", "partners", "research", "bank", "group", "llc",
        "inc", "ltd", "co", "corp", "advisors", "advisers", "management", "markets", "investments", "division",
        "company", "holdings", "associates", "equities", "limited", "plc", "ag", "sa",
    }
)
# fmt: on


def _ends_entry(before: str) -> bool:
    """The text before a glue point ends with a word an entry's title or firm ends with."""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].rstrip(".,").casefold() in _ENTRY_END_WORDS


def _glued_entries(text: str) -> list[str]:
    """The entries of a glued participants line, or ``[]`` when it is no such line: every entry but
    the first starts with a name (two to four capitalised words) glued onto the entry before it."""
    dashes = list(_ENTRY_DASH_RE.finditer(text))
    courtesy = _COURTESY_RE.match(text)
    if (
        len(dashes) < 2
        or len(text) > MAX_GLUED_LINE
        or _SENTENCE_INSIDE_RE.search(text, courtesy.end() if courtesy else 0)
        or not _GLUED_NAME_RE.match(text, courtesy.end() if courtesy else 0)
    ):
        return []
    cuts: list[int] = []
    for a, b in pairwise(dashes):
        seg_start, seg_end = a.end(), b.start()
        at = next(
            (
                m.start()
                for m in _GLUE_RE.finditer(text, seg_start, seg_end)
                if _GLUED_NAME_RE.fullmatch(text, m.start(), seg_end) and _ends_entry(text[seg_start : m.start()])
            ),
            None,
        )
        if at is None:
            return []
        cuts.append(at)
    return [text[x:y].strip() for x, y in pairwise([0, *cuts, len(text)])]


def _entry_dashes(joined: str) -> list[int]:
    """Where the spaced dashes of ``joined`` start (``" - "``, ``" -- "``, ``" – "``, ``" — "``), looked for
    by the dash, which is rare in text (a search for a string opening with a space, the commonest
    character, skips ahead least)."""
    out: list[int] = []
    for dash in "-–—":
        at = joined.find(dash)
        while at >= 0:
            end = at + 2 if dash == "-" and joined.startswith("--", at) else at + 1
            if at and joined[at - 1] == " " and joined[end : end + 1] == " ":
                out.append(at - 1)
            at = joined.find(dash, end)
    return out


def split_glued_entries(texts: list[str]) -> list[str]:
    """``texts`` with each participants line whose entries run together cut into one entry a line."""
    head = texts[:GLUED_HEAD_TEXTS]
    joined = "\x00".join(head)  # (the dashes looked for in the whole head at once: most texts have none)
    dashes = _entry_dashes(joined)
    if len(dashes) < 2:
        return texts
    bounds = list(map(add, accumulate(map(len, head)), range(len(head))))  # (where each text ends)
    dashed = Counter(bisect_right(bounds, at) for at in dashes)
    glued = sorted(
        i for i, n in dashed.items() if n >= 2 and len(texts[i]) <= MAX_GLUED_LINE and _glued_entries(texts[i])
    )
    if not glued:
        return texts
    out = list(texts)
    for i in reversed(glued):
        out[i : i + 1] = _glued_entries(texts[i])
    return out


def _opens_with(text: str, opened: frozenset[str]) -> bool:
    """``text`` opens with the label of someone in ``opened`` and holds another label after it."""
    m = _INLINE_LABEL_RE.match(text) if ": " in text[:MAX_OPENING_LABEL] else None
    return m is not None and m.group("name") in opened and ": " in text[m.end() :]


def split_inline_labels(texts: list[str]) -> list[str]:
    """``texts`` with each long paragraph holding several speakers' labels cut before each label
    (``texts`` itself when none is cut), and a capitals heading glued before ``Operator:`` cut off."""
    texts = split_glued_entries(texts)
    headed = [i for i, text in enumerate(texts) if "Operator: " in text and _HEADING_THEN_OPERATOR_RE.match(text)]
    if headed:
        texts = list(texts)
        for i in reversed(headed):
            at = _heading_cut(texts[i])[0]
            texts[i : i + 1] = [texts[i][:at].strip(), texts[i][at:].strip()]
    answered = [
        i for i, text in enumerate(texts) if (text[:1] in _PLATFORM_STARTS or (("问" in text or "問" in text) and _USER_QUESTION_RE.match(text))) and _platform_cut(text)
    ]
    if answered:
        texts = list(texts)
        for i in reversed(answered):
            at = _platform_cut(texts[i])[0]
            texts[i : i + 1] = [texts[i][:at].strip(), texts[i][at:].strip()]
    reported = reported_questions(texts)
    if reported:
        texts = list(texts)
        for i in reversed(reported):
            cuts = _reported_cuts(texts[i])
            texts[i : i + 1] = [texts[i][a:b].strip() for a, b in pairwise([0, *cuts, len(texts[i])])]
    out = texts
    hosts: dict[int, str | None] = {
        i: host_head(text) if ": " in text[:MAX_HOST_HEAD] else None
        for i, text in enumerate(texts)
        if len(text) >= MIN_HOSTED_INLINE_CHARS
    }
    opened = _opening_labels(texts) if hosts else frozenset()
    long = [
        i
        for i, host in hosts.items()
        if host is not None or len(texts[i]) >= MIN_INLINE_CHARS or (opened and _opens_with(texts[i], opened))
    ]
    named = _aff_named([texts[i] for i in long]) if long else frozenset()
    for i in reversed(long):  # from the end: earlier indices stay valid
        text = texts[i]
        cuts = _cuts(text, named, hosts[i], opened) if ": " in text else []
        marked = _marked_cuts(text) if (" Q " in text or " A " in text) else []
        marked = marked or (_unmarked_cuts(text) if ", " in text else [])
        if marked:  # the operator's turns between vendor headers start lines too
            ops = [m.start() for m in _OPERATOR_LABEL_RE.finditer(text) if _at_sentence_start(text, m.start())]
            cuts = sorted(set(cuts) | set(marked) | {c for c in ops if c > 0})
        if not cuts:
            continue
        if out is texts:
            out = list(texts)
        pieces = [text[a:b].strip() for a, b in pairwise([0, *cuts, len(text)])]
        out[i : i + 1] = [p for p in pieces if p]
    return out
