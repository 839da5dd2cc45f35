"""What the operator or host says about who speaks next: announced analysts (with their firm) and
speakers the call is handed to (management)."""

from __future__ import annotations

import bisect
import dataclasses
import re
import re._constants as C
import re._parser as P
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import LEGAL_TAIL_RE, LEGAL_WORD_RE, Vocab, fold
from finbrief.structure.labels import Label, RosterEntry, is_name, is_title
from finbrief.structure.scan import Scan, despace
from finbrief.text.regex import Keys, Sifted

# Words one of which every announcement or hand-over contains (case-folded); paragraphs without
# one skip the regexes.
ANNOUNCEMENT_KEYS = (
    "question",
    "query",
    "queries",
    "follow",
    "line of",
    "over to",
    "please welcome",
    "in welcoming",
    "next to",
    "first to",
    "go now",
    "go to",
    "going to",
    "moving on",
    "move on",
    "move to",
    "turn to",
    "turning to",
    "next we",
    "next, we",
    "next,",
    ", please.",
    "next up",
    "next one",
    "take one",
    "first one",
    "one from",
    "next is",
    "next caller",
    "your line is",
    "re live",
    "’re live",
    "are live",
    "now live",
    "please go ahead",
    "please proceed",
    "go ahead",
    "on the line",
    "floor to",
    "up next",
    "next in",
    "next on",
    "hear next",
    "hear from",
    "operator instructions",
    "writes:",
    "asks:",
    ': "',
    ": “",
    "来自",
    "提问",
    "问题",
    "交给",
    "交回",
    "有请",
    "请",
    "开始",
    "一位",
    "一个",
)
# The operator's line introducing a question is short; a long paragraph quoting one is speech.
MAX_ANNOUNCEMENT_CHARS = 600
HANDOVER_KEYS = ("over to", "please welcome", "in welcoming", "交给", "交回", "有请")

# Vendor marks for uncertain words inside a name or firm ("Camile (inaudible) with Bank of America",
# "[Jody Iana]"): blanked out (same length, so spans still match the original text). "(sic)" stays:
# a firm ends before it.
MARK_RE = re.compile(r"\((?:inaudible|phonetic|technical difficulty|ph)\)|[\[\]]", re.IGNORECASE)

# A name ending in an initial keeps its period ("John Smith J."); a sentence's period goes.
INITIAL_END_RE = re.compile(r"\b[A-Z]\.$")
# The host giving someone the floor: "接下来先请庞董介绍一下", "有请财务总监王丽女士发言".
FLOOR_RE = re.compile(
    r"请(?P<who>[\u4e00-\u9fff]{2,14}?)(?:先生|女士)?(?:来|先)?(?:为大家|给大家|向大家|简单)?"
    r"(?:介绍|发言|致辞|讲话|分享|汇报|报告|解读|回答|解答|回应|[讲说][几两]句)"
)
# ("请主席讲几句", Cantonese "請主席講幾句": a few words from the chair.)
# A person named after their title in the host's words: "董事长庞立言先生", "财务总监祝晓，".
TITLED_NAME_RE = re.compile(
    r"(?:董事长|总裁|总经理|总监|董秘|董事会秘书|主席|首席[\u4e00-\u9fff]{1,6}官|财务长|执行长)"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=先生|女士|[，,、。；和及与]|$)"
)
# The host's words for whom they give the floor, a title alone: "董事长", "财务总监".
TITLE_ONLY_RE = re.compile(
    r"(?:公司)?[\u4e00-\u9fff]{0,4}?(?:董事长|总裁|总经理|总监|董秘|董事会秘书|主席|首席[\u4e00-\u9fff]{1,6}官|财务长|执行长)"
)
# Honorifics after a surname the host calls someone by ("庞董", "王总").
FLOOR_HONORIFICS = ("总", "董", "博")

# The words of an apposition that opens after an asker's name ("Jane Roe, an analyst with …"): a
# "firm" made of these alone is the sentence cut at a line's end ("… from Jane Roe, an"), no firm.
APPOSITION_WORDS = frozenset(("a", "an", "the", "analyst", "analysts", "with", "from", "of", "at"))


def _apposition_only(firm: str) -> bool:
    """``firm`` holds only the opening words of an apposition ("an", "an analyst with")."""
    words = firm.casefold().strip(" .,").split()
    return bool(words) and all(w in APPOSITION_WORDS for w in words)


# How many paragraphs of page furniture may stand between an introduction cut inside its apposition
# and the rest of it.
MAX_CUT_GAP = 3


def _cut_rest(s: Scan, i: int) -> int | None:
    """The paragraph holding the rest of paragraph ``i``'s last sentence when ``i`` ends inside an
    apposition ("… from Jane Roe, an" / "analyst with Example Bank."): the next paragraph that is no
    page furniture, going on in lower case; else ``None``."""
    head, comma, tail = s.simp[i].rstrip().rpartition(",")
    if not comma or not head or not _apposition_only(tail):
        return None
    for j in range(i + 1, min(s.n, i + 2 + MAX_CUT_GAP)):
        if j in s.boiler or j in s.header:
            continue
        return j if s.simp[j][:1].islower() else None
    return None


# A firm whose name ends in an abbreviation keeps its period ("Goldman Sachs & Co.", "Example Inc.").
ABBREVIATED_END_RE = re.compile(r"\b(?:Co|Cos|Inc|Corp|Ltd|Bros|Assoc)$")


# "… comes from Jane Roe, also with Example Bank": a second asker of the firm just named; "also" and the
# preposition are no part of the firm.
ALSO_OF_RE = re.compile(r"^also\s+(?:with|from|of|at)\s+(?=[A-Z0-9])")


# The city an operator adds after the firm ("… from the line of Jane Roe from Example Bank in Frankfurt"),
# as European and Indian calls introduce askers: one or two capitalised words after "in".
PLACE_TAIL_RE = re.compile(r"\s+in\s+[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?$")


def without_place(firm: str) -> str:
    """``firm`` without the city said after it ("Example Bank in Frankfurt": where the bank sits)."""
    if " in " in firm and (place := PLACE_TAIL_RE.search(firm)) is not None:
        return firm[: place.start()]
    return firm


def matched_firm(m: re.Match[str]) -> str:
    """The ``firm`` group without the punctuation around it, but with the period of the abbreviation
    it ends on ("… here at Example Securities Co., Ltd. It's a pleasure"). After "here" (a ``here``
    group) a name that reads as no firm is where the caller is ("Sam Ruiz here from Tulsa"): no firm."""
    firm = m.group("firm").strip(" .,")
    firm = without_place(firm)
    if "here" in m.re.groupindex and m.group("here") and not _firm_like(firm):
        return ""
    after = m.string[m.start("firm") + m.group("firm").index(firm) + len(firm) :] if firm else ""
    return firm + "." if after.startswith(".") and ABBREVIATED_END_RE.search(firm) else firm

# An asker whose whole name the transcript lost, with the firm still heard ("Our next question comes
# from (inaudible) with RBC."): the firm holds for that question.
UNNAMED_RE = re.compile(
    r"\b(?:question|line|call)s?\s+(?:today\s+)?(?:comes?|is|will\s+come)\s+from\s+(?:the\s+line\s+of\s+)?"
    r"(?:\((?:inaudible|technical difficulty|unintelligible)\)|\[(?:inaudible|technical difficulty|unintelligible)\])"
    r"\s+(?:with|from|of|at)\s+(?P<firm>(?-i:[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+|and\s+|de\s+)?[A-Z][\w&'’.-]*){0,5}))\s*(?:[.,!]|$)",
    re.IGNORECASE,
)

# A first name alone ("Camile (inaudible) with Bank of America") still introduces an asker.
# (a double-barrelled or accented one too: "Reyes-Okafor", "Rówan")
PARTIAL_NAME_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20})?")


# Words giving the floor to close the call, in the sentence of a hand-over ("Over to Jane Roe of
# Example Corp for closing remarks", "I'll hand the call back to Jane Roe"): no asker is announced.
CLOSING_FLOOR_RES = (
    re.compile(r"\b(?:closing|concluding|final|ending)\s+(?:remarks|comments|words|statements?|thoughts)\b", re.IGNORECASE),
    re.compile(r"\bany\s+(?:closing|concluding|final)\b", re.IGNORECASE),
    re.compile(r"\b(?:hand|turn|pass|give)(?:s|ed|ing)?\s+(?:it|the\s+(?:call|floor|conference|line))?\s*back\b", re.IGNORECASE),
    re.compile(r"\bback\s+(?:over\s+)?to\s+(?:management|the\s+company)\b", re.IGNORECASE),
    re.compile(r"作总结|做总结|总结发言|总结致辞|结束语|闭幕"),
)
# Where the clause holding an announcement begins and ends: a sentence's end, or a dash the operator
# corrects themselves at ("I'll turn the call back to Jane Roe -- we have one more question from …").
SENTENCE_BREAK_RE = re.compile(r"[.!?;]\s|\s--?\s|[—–]|[。！？；]")


def _closing_floor(simp: str, start: int, end: int) -> bool:
    """The clause around ``simp[start:end]`` gives the floor to close the call."""
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(simp, 0, start)]
    after = SENTENCE_BREAK_RE.search(simp, end)
    sentence = simp[breaks[-1] if breaks else 0 : after.start() + 1 if after else len(simp)]
    return any(rx.search(sentence) for rx in CLOSING_FLOOR_RES)


# The words of a firm's name that tell it apart ("Example Corp, Inc." is "example corp").
OWN_FIRM_FILLER = frozenset(("inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "the", "and", "of"))
WORD_RE = re.compile(r"[^\W_]+")


def _firm_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in WORD_RE.findall(text.casefold()) if w not in OWN_FIRM_FILLER)


def _own_firm(firm: str, title: str) -> bool:
    """The document's title names ``firm`` (its words, in a row): the call's own company, whose people
    answer questions rather than ask them."""
    words, held = _firm_words(firm), _firm_words(title)
    if not words or not title:
        return False
    if not firm.isascii():
        return "".join(words) in "".join(held)
    return any(held[k : k + len(words)] == words for k in range(len(held) - len(words) + 1))


@dataclass(frozen=True)
class Intro:
    """One announcement: the analyst named as asking next, and their firm as the announcer said it."""

    name: str
    firm: str
    """Empty when the announcement names no firm."""


# An asker announced for later in the queue ("…, followed by Jane Roe from Example Bank"): the words the
# announcement's match opens with.
QUEUED_RE = re.compile(r"(?:,\s*|\s+)(?:followed\s+by|and\s+then)\b", re.IGNORECASE)


@dataclass
class Announcements:
    analysts: dict[str, str] = field(default_factory=dict)
    """Name key -> firm, from the first announcement of each analyst."""
    handed: set[str] = field(default_factory=set)
    """Name keys of speakers the call was handed to."""
    intros: dict[int, Intro] = field(default_factory=dict)
    """Paragraph -> the last analyst it announces."""
    hands: dict[int, str] = field(default_factory=dict)
    """Paragraph -> the last full name it hands the call to, as written."""
    selves: dict[int, Intro] = field(default_factory=dict)
    """Paragraph -> the asker introducing themselves in it ("我是中金公司的王磊")."""
    floor: dict[int, str] = field(default_factory=dict)
    """Paragraph -> the person (full name, simplified) the host asks to speak in it ("请庞董介绍")."""
    floor_titles: dict[int, str] = field(default_factory=dict)
    """Paragraph -> the title alone the host asks to speak in it, naming nobody there ("有请公司董事长致辞"):
    the one person a staff field gives that title (``staffed_floors``)."""
    unnamed: dict[int, str] = field(default_factory=dict)
    """Paragraph -> the firm of an asker whose name the transcript lost ("comes from (inaudible) with
    RBC")."""
    anonymous: set[int] = field(default_factory=set)
    """Paragraphs where the host reads out a question sent in without naming who sent it ("And a
    question from a retail shareholder, who asks whether …"): no earlier asker holds for it."""


_KEYS = Keys(ANNOUNCEMENT_KEYS)
_HANDOVER_SEEN = Keys(HANDOVER_KEYS + tuple(k.replace(" ", mark) for k in HANDOVER_KEYS if " " in k for mark in "[]"))
"""What a long paragraph's case-folded text holds where its text with marks blanked (``MARK_RE``: a
bracket becomes a space) holds a hand-over key."""


def _with_keys(texts: Sequence[str], casefolded: Sequence[str] | None = None) -> set[int]:
    """Indices of the texts whose case-folded text holds one of ``ANNOUNCEMENT_KEYS``, looked for in
    the whole document at once. ``casefolded``: the texts case-folded, when the caller has them."""
    return _KEYS.holders([t.casefold() for t in texts] if casefolded is None else casefolded)


def _worth_reading(simp: Sequence[str], casefolded: Sequence[str]) -> set[int]:
    """The paragraphs ``find_announcements`` reads past the keys: those holding one of
    ``ANNOUNCEMENT_KEYS``, of the longer ones than MAX_ANNOUNCEMENT_CHARS only those that may also
    hand the call over (all a long paragraph is read for), so that the long paragraphs of speech,
    most of a call's text, are searched for a few keys, not for every one."""
    short = [i for i, t in enumerate(simp) if len(t) <= MAX_ANNOUNCEMENT_CHARS]
    long = [i for i, t in enumerate(simp) if len(t) > MAX_ANNOUNCEMENT_CHARS]
    found = {short[k] for k in _KEYS.holders([casefolded[i] for i in short])}
    for k in _HANDOVER_SEEN.holders([casefolded[i] for i in long]):
        i = long[k]
        if any(key in casefolded[i] for key in ANNOUNCEMENT_KEYS):
            found.add(i)
    found.update(
        i
        for i in short
        if simp[i].rstrip(" .!").rpartition(" ")[2][:1].isupper()  # (the first test, inline: most fail it)
        and i not in found
        and _ends_on_asker(simp[i])
    )
    return found


# A host's paragraph ending on a short sentence that names someone and their firm ("To start, Jane Roe
# from Example Bank."): a hand-over in any wording. The sentence has at most this many words.
MAX_FLOOR_WORDS = 12
FLOOR_LINKS = (" from ", " with ", " at ", " of ")

def _ends_on_asker(text: str) -> bool:
    """Cheap test for a paragraph whose last sentence is short and links a capitalised name to a
    capitalised firm ("… Jane Roe from Example Bank.")."""
    t = text.rstrip(" .!")
    if not t[t.rfind(" ") + 1 : t.rfind(" ") + 2].isupper():
        return False  # the firm's last word is capitalised (most sentences end otherwise)
    last = t[max(t.rfind(". "), t.rfind("? "), t.rfind("! ")) + 1 :]
    if last.count(" ") > MAX_FLOOR_WORDS:
        return False
    for w in FLOOR_LINKS:
        at = last.find(w)
        if at > 0 and last[at + len(w) : at + len(w) + 1].isupper() and last[:at].rstrip()[-1:].islower():
            return sum(1 for word in last[:at].split() if word[:1].isupper()) >= 2
    return False


# Tests a paragraph must pass before a line ending so is searched in it, each true of every text the line
# matches (a pattern's closing part, then the test): the needles of ``Sifted`` (the words "from", "with")
# are in most paragraphs, and these lines try every position of one.
def _quoted(text: str) -> bool:
    """A colon and a quotation mark: a question quoted after who sent it."""
    return ":" in text and ('"' in text or "“" in text)


# A firm's first character after a space, and the linking word the name ends before it.
FIRM_START_RE = re.compile(r"\s[A-Z0-9]")
LINK_END_RE = re.compile(r"\s(?:from|with|of|at)\Z", re.IGNORECASE)
# How long the firm closing a hand-over may be (``{2,40}?`` in its pattern).
MAX_CLOSING_FIRM = 40
# The legal forms closing that firm ("…, Inc", "… Co., Ltd"), and how long they are read back from the end.
LEGAL_END_RE = re.compile(rf"{LEGAL_WORD_RE}+\Z")
MAX_LEGAL_TAIL = 24


def _ends_on_firm(text: str) -> bool:
    """Whether a firm after "from"/"with"/"of"/"at" may close the text (only a period or "!" after it):
    some capital or digit after a space within MAX_CLOSING_FIRM characters of the end follows a
    linking word. A text of several lines may end a line so (the pattern's ``$``): always true."""
    if "\n" in text:
        return True
    end = text.rstrip()
    if end.endswith((".", "!")):
        end = end[:-1].rstrip()
    if (legal := LEGAL_END_RE.search(end, max(0, len(end) - MAX_LEGAL_TAIL))) is not None:
        end = end[: legal.start()]  # "… from Example Partners, Inc.": the firm closes before its legal form
    for m in FIRM_START_RE.finditer(text, max(0, len(end) - MAX_CLOSING_FIRM - 1)):
        if LINK_END_RE.search(text[: m.start() + 1].rstrip()[-5:]):
            return True
    return False


LINE_GATES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    (r'\s*:\s*(?=["“])', _quoted),
    (
        r"\s+(?:from|with|of|at)\s+(?=(?-i:[A-Z0-9]))"
        r'(?P<firm>(?:[^.!?,;:"“(\[]|(?<=\b(?-i:[A-Z]))\.|\.(?=\S)){2,40}?'
        + LEGAL_TAIL_RE
        + r')\s*[.!]?\s*$',
        _ends_on_firm,
    ),
)


def _gate(rx: re.Pattern[str]) -> Callable[[str], bool] | None:
    return next((test for end, test in LINE_GATES if rx.pattern.endswith(end)), None)


Gated = tuple[Sifted, Callable[[str], bool] | None]
_SIFTED: dict[int, tuple[tuple[re.Pattern[str], ...], tuple[Gated, ...], tuple[Gated, ...]]] = {}


def _sifted(patterns: tuple[re.Pattern[str], ...], ascii_text: bool) -> tuple[Gated, ...]:
    """``patterns`` each behind a test for the words its matches hold (made once a vocabulary): a
    paragraph with a key holds the words of one or two of the operator's lines, not of all. For an
    ASCII text (``ascii_text``), only those whose words an ASCII text can hold. Each comes with its
    ``LINE_GATES`` test, if any."""
    hit = _SIFTED.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        every = tuple((Sifted(rx), _gate(rx)) for rx in patterns)
        hit = _SIFTED[id(patterns)] = (patterns, every, tuple(g for g in every if g[0].reads_ascii))
    return hit[2] if ascii_text else hit[1]


# How many sets of needles (``needle_sets``) an ASCII paragraph is tested for before a line runs: looked
# for once a paragraph, a line's second word ("to" after a verb of handing over, the colon closing a
# sender's name) costs little more than its first.
LINE_SETS = 2
# ... and how many sets of the words it spells in capitals on purpose (``_cased_sets``).
CASED_SETS = 2


def _cased_sets(rx: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings every match of ``rx`` holds as written, one of each: the words a pattern that
    ignores case spells in capitals on purpose (``(?-i:From)``, ``(?-i:Mr|Ms|Dr)``), outside any
    optional part; none when the parse is not understood."""
    if not rx.flags & re.IGNORECASE:
        return ()  # (its ``needle_sets`` are read as written already)
    try:
        tree = P.parse(rx.pattern, rx.flags)
    except (re.error, TypeError, ValueError):
        return ()
    found = sorted(_cased_parts(tree, False), key=lambda one: min(map(len, one)), reverse=True)
    return tuple(found[:CASED_SETS])


def _cased_parts(items: Any, cased: bool) -> list[frozenset[str]]:
    """``_cased_sets`` of a sequence of opcodes, read case-sensitively where ``cased``."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and cased:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            found += _cased_parts(sub, (cased or bool(del_flags & re.IGNORECASE)) and not add_flags & re.IGNORECASE)
        elif op is C.BRANCH:
            alternatives = [_cased_parts(branch, cased) for branch in av[1]]
            if all(alternatives):  # (each branch's set of the longest strings stands for it)
                found.append(frozenset().union(*(max(a, key=lambda one: min(map(len, one))) for a in alternatives)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _cased_parts(av[2], cased)
    if run:
        found.append(frozenset([run]))
    return found


class _AsciiLines:
    """The operator's lines an ASCII paragraph may match: each needle of every line (``Sifted``) is
    looked for once a paragraph, not once a line that holds it (the lines share most of their words:
    "from", "question"), and a line runs when the paragraph holds a needle of each of its sets."""

    __slots__ = ("needles", "rows")

    def __init__(self, gated: tuple[Gated, ...]) -> None:
        index: dict[tuple[str, bool], int] = {}
        rows: list[tuple[re.Pattern[str], Callable[[str], bool] | None, tuple[tuple[int, ...], ...] | None]] = []
        for line, gate in gated:
            sets = Sifted(line.pattern, LINE_SETS).ascii_sets()
            cased = tuple(tuple((n, False) for n in one) for one in _cased_sets(line.pattern))
            if sets is None and not cased:
                rows.append((line.pattern, gate, None))
                continue
            folded, every = sets if sets is not None else (False, ())
            needed = (*(tuple((n, folded) for n in one) for one in every), *cased)
            rows.append((line.pattern, gate, tuple(tuple(index.setdefault(n, len(index)) for n in one) for one in needed)))
        self.needles = tuple(index)
        """(needle, whether it is looked for in the lower-cased text), in the order ``rows`` number them."""
        self.rows = tuple(rows)
        """(pattern, its ``LINE_GATES`` test, the sets of needles it needs or None), in the lines' order."""

    def held_by(self, text: str) -> list[tuple[re.Pattern[str], Callable[[str], bool] | None]]:
        """The lines (pattern, gate) whose needles ``text`` (ASCII) holds, in order."""
        lower = text.lower()
        held = [needle in (lower if folded else text) for needle, folded in self.needles]
        out = []
        for pattern, gate, sets in self.rows:
            if sets is not None:
                for one in sets:
                    for k in one:
                        if held[k]:
                            break
                    else:
                        break  # no needle of this set
                else:
                    out.append((pattern, gate))
                continue
            out.append((pattern, gate))
        return out


_ASCII_LINES: dict[int, tuple[tuple[re.Pattern[str], ...], _AsciiLines]] = {}


def _ascii_lines(patterns: tuple[re.Pattern[str], ...]) -> _AsciiLines:
    """``_AsciiLines`` of ``_sifted(patterns, True)``, made once a vocabulary."""
    hit = _ASCII_LINES.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        hit = _ASCII_LINES[id(patterns)] = (patterns, _AsciiLines(_sifted(patterns, True)))
    return hit[1]


def find_announcements(s: Scan) -> Announcements:
    """Analysts the operator announces ("来自花旗的Alicia Yap", "Alex Yao with JPMorgan") and speakers
    the call is handed to ("turn the call over to Laura Chen")."""
    out = Announcements()
    v = s.v
    keyed = _worth_reading(s.simp, s.simp_casefolded)
    title = s.doc.title or ""
    handed_at: dict[str, int] = {}  # name key -> the paragraph first handing that person the call
    for i, (text, simp) in enumerate(zip(s.texts, s.simp, strict=True)):
        if s.rendering.get(i, i) < i - 1:
            continue  # the original repeated after its rendering (the rendering itself may name more)
        if "请" in simp:
            given = _given_floor(simp, s, i)
            if given:
                out.floor[i] = given
            elif (floor_title := _floor_title(simp)) is not None:
                out.floor_titles[i] = floor_title
        if "我是" in simp or "我系" in simp or "我叫" in simp:
            for rx in v.self_intro_zh:
                m = rx.search(simp)
                if m and is_name(m.group("name"), v):
                    same = len(text) == len(simp)
                    if "firm" not in rx.groupindex:
                        firm = ""  # a shareholder naming only themselves ("我係小股東陳志堅")
                    else:
                        firm = text[m.start("firm") : m.end("firm")] if same else m.group("firm")
                    name = text[m.start("name") : m.end("name")] if same else m.group("name")
                    out.selves[i] = Intro(name, firm.strip())
                    break
        if i not in keyed:
            continue
        if (rest := _cut_rest(s, i)) is not None:
            # (the introduction read whole: "… from Jane Roe, an" / "analyst with Example Bank.")
            text, simp = f"{text.rstrip()} {s.texts[rest]}", f"{simp.rstrip()} {s.simp[rest]}"
        simp = MARK_RE.sub(lambda m: " " * len(m.group()), simp)
        if len(text) != len(simp) and len(spaced := despace(text)) == len(simp):
            text = spaced  # a machine transcription's spaces dropped in both views
        same = len(text) == len(simp)  # spans carry over: report names and firms as written
        found: list[tuple[int, Intro]] = []
        lines: Sequence[tuple[Sifted | re.Pattern[str], Callable[[str], bool] | None]] = (
            ()
            if len(simp) > MAX_ANNOUNCEMENT_CHARS
            else _ascii_lines(v.announcement).held_by(simp)
            if simp.isascii()
            else _sifted(v.announcement, False)
        )
        for line, gate in lines:
            if gate is not None and not gate(simp):
                continue
            for m in line.finditer(simp):
                has_firm = "firm" in m.re.groupindex
                name_g, firm_g = "name", "firm"
                if has_firm and _swapped(m, v):
                    name_g, firm_g = "firm", "name"
                elif (
                    has_firm
                    and m.start("firm") < m.start("name")
                    and m.group("firm").isascii()
                    and not _firm_first(m.group("firm"), v)
                    and not POSSESSIVE_RE.match(simp, m.end("firm"))
                ):
                    continue  # "… from Jane Roe. Ann Lee, please go ahead": no firm named first
                name = m.group(name_g).strip()
                firm = ""
                if has_firm:
                    firm = MARK_RE.sub("", text[m.start(firm_g) : m.end(firm_g)] if same else m.group(firm_g))
                    firm = " ".join(firm.strip(" .").split()) if name_g == "firm" else ALSO_OF_RE.sub("", " ".join(firm.split()))
                    firm = without_place(firm)
                    if name_g == "name" and simp[m.end(firm_g) : m.end(firm_g) + 1] == "." and ABBREVIATED_END_RE.search(firm):
                        firm += "."  # "… with Goldman Sachs & Co.": the sentence ends on the firm's own period
                rejoined = _comma_in_name(name, firm, v) if has_firm and name_g == "name" else None
                if rejoined is not None:
                    name, firm = rejoined  # "from Amit, Dharjanani with Evercore ISI"
                full = is_name(name, v)
                unaffiliated = bool(
                    has_firm
                    and full
                    and firm
                    and (v.generic_asker.fullmatch(firm.strip(" .")) or _apposition_only(firm))
                )
                if unaffiliated:
                    firm = ""  # "… Jane Roe, an individual investor", "… Jane Roe, an" (cut there): no firm
                elif has_firm and firm and is_title(firm, v):
                    continue  # "Jane Roe, Head of Investor Relations. Please go ahead.": a speaker, no asker
                if (has_firm and not firm and not unaffiliated) or not (full or (has_firm and PARTIAL_NAME_RE.fullmatch(name))):
                    continue  # an asker without a firm needs a full name
                if _closing_floor(simp, m.start(name_g), m.end()):
                    continue  # "Over to Jane Roe of Example Corp for closing remarks": the floor goes back
                if firm and _own_firm(firm, title):
                    continue  # "Jane Roe from Example Corp" on Example Corp's call: one of its people
                if QUEUED_RE.match(simp, m.start()):
                    if full:
                        out.analysts.setdefault(name_key(name), firm)
                    continue  # "…, followed by Jane Roe from Example Bank": she asks later, not next
                shown = text[m.start(name_g) : m.end(name_g)].strip(" []") if same and rejoined is None else name
                found.append((m.start(), Intro(shown, firm)))  # the firm holds even for a partial name
                if full:
                    out.analysts.setdefault(name_key(name), firm)
        if not found and "位" in simp:
            found = _joint_intros(text, simp, v)
            for _, intro in found:
                out.analysts.setdefault(name_key(intro.name), intro.firm)
            found = found[:1]  # (the first named asks first)
        if found:
            out.intros[i] = max(found, key=lambda f: f[0])[1]
        elif (lost := UNNAMED_RE.search(text)) is not None:
            out.unnamed[i] = lost["firm"].rstrip(".")
        announced = {name_key(intro.name) for _, intro in found}
        if i in out.floor and name_key(out.floor[i]) in announced:
            del out.floor[i]  # "下面请东方证券的孙悦发言": the floor goes to an asker
        low = simp.casefold()
        for rx in v.handover if any(k in low for k in HANDOVER_KEYS) else ():
            for m in rx.finditer(simp):
                groups = m.groupdict()
                if groups.get("name") and is_name(groups["name"], v):
                    out.handed.add(name_key(groups["name"]))
                    handed_at.setdefault(name_key(groups["name"]), i)
                    shown = text[m.start("name") : m.end("name")].strip() if same else groups["name"]
                    out.hands[i] = shown if INITIAL_END_RE.search(shown) else shown.rstrip(".")
                tail = (groups.get("tail") or "").strip()
                for k in (3, 2):  # a Chinese name closes the clause: 交给投资者关系总监陈佳
                    if name_key(tail[-k:]) in announced:
                        break  # "有请华泰证券张敏": an asker invited, not the call handed over
                    if len(tail) >= k and is_name(tail[-k:], v):
                        out.handed.add(name_key(tail[-k:]))
                        handed_at.setdefault(name_key(tail[-k:]), i)
                        break
    _drop_officers(out, handed_at)
    return out


# Names run together in a joint announcement: "戴明轩和邱语桐", "甲、乙及丙".
JOINT_NAMES_SPLIT_RE = re.compile(r"[和与及、]")


def _joint_intros(text: str, simp: str, v: Vocab) -> list[tuple[int, Intro]]:
    """Askers the host announces together with their one firm ("来自远帆证券的两位分析师，戴明轩和邱语桐"),
    in the order named; none unless every part reads as a name."""
    same = len(text) == len(simp)
    for rx in v.joint_announcement:
        m = rx.search(simp)
        if m is None:
            continue
        names = JOINT_NAMES_SPLIT_RE.split(m["names"])
        if not all(is_name(n, v) for n in names):
            continue
        firm = (text[m.start("firm") : m.end("firm")] if same else m["firm"]).strip()
        at, out = m.start("names"), []
        for n in names:
            shown = text[at : at + len(n)] if same else n
            out.append((at, Intro(shown, firm)))
            at += len(n) + 1
        return out
    return []


def _drop_officers(out: Announcements, handed_at: dict[str, int]) -> None:
    """Someone handed the call before the first asker is announced speaks for the company: a later
    announcement of them ("Over to Jane Roe of Example Corp") introduces no asker."""
    first = min(out.intros, default=None)
    if first is None:
        return
    officers = {k for k, at in handed_at.items() if at < first and at not in out.intros}
    if not officers:
        return
    for i in [i for i, intro in out.intros.items() if name_key(intro.name) in officers]:
        del out.intros[i]
    for k in officers:
        out.analysts.pop(k, None)


# A first name, a comma, then the last name and the firm ("Amit, Dharjanani with Evercore ISI"): a
# machine transcription's pause inside the name, read as "name, firm".
COMMA_IN_NAME_RE = re.compile(r"(?P<last>[A-Z][\w'’-]+)\s+(?:with|from|of|at)\s+(?P<firm>[A-Z0-9].*)")


def _comma_in_name(name: str, firm: str, v: Vocab) -> tuple[str, str] | None:
    """The full name and firm of an announcement whose "firm" opens with the asker's last name and
    names the firm after "with" ("Amit" / "Dharjanani with Evercore ISI"), else ``None``. A firm's
    own word ("Bank of America") is never a last name."""
    m = COMMA_IN_NAME_RE.fullmatch(firm)
    if m is None or " " in name.strip() or _firm_like(m["last"]):
        return None
    joined = f"{name.strip()} {m['last']}"
    return (joined, m["firm"]) if is_name(joined, v) else None


# Words that make a name a firm's ("Crestline Partners", "Example Bank", "Harbor & Co").
FIRM_WORD_RE = re.compile(
    r"\b(?:bank|banc|capital|securities|partners|research|markets|group|advisors|advisers|financial|investments?"
    r"|management|equities|associates|brokerage|llc|inc|ltd|plc|ag)\b|&",
    re.IGNORECASE,
)


def _firm_like(text: str) -> bool:
    """``text`` names a firm: a broker the glossary knows, or a firm's word in it."""
    from finbrief.lexicon.glossary import firm_name

    t = text.strip(" .")
    return bool(FIRM_WORD_RE.search(t)) or firm_name(t, "zh-Hans") != t


# The possessive between a firm and its analyst ("… from Harcourt Lane's Liam Doyle"): whose the asker is,
# even when the firm reads like a person's name.
POSSESSIVE_RE = re.compile(r"['’]s?\s+(?-i:[A-Z])")


def _firm_first(firm: str, v: Vocab) -> bool:
    """What an announcement names before the asker is a firm: firm-like, or no person's name."""
    return _firm_like(firm) or not is_name(firm.strip(" ."), v)


def _swapped(m: re.Match[str], v: Vocab) -> bool:
    """An announcement read name-first that names the firm first ("… from Example Bank, Jane Roe"):
    the "name" is a firm's and the "firm" a person's name."""
    name, firm = m.group("name").strip(), m.group("firm").strip(" .")
    return (
        m.start("name") < m.start("firm")
        and _firm_like(name)
        and is_name(firm, v)
        and not _firm_like(firm)
    )


def _floor_title(simp: str) -> str | None:
    """The title alone the host gives the floor to last ("下面请财务总监介绍" : 财务总监), else None."""
    matches = list(FLOOR_RE.finditer(simp))
    who = matches[-1].group("who") if matches else ""
    return who.removeprefix("公司") if TITLE_ONLY_RE.fullmatch(who) else None


def staffed_floors(ann: Announcements, staff: Sequence[RosterEntry]) -> None:
    """A floor given by title alone ("有请公司董事长致辞", or after a surname: "请欧阳董事长回答") goes to the
    one person a staff field lists with that title (``出席人员：董事长 高建国，…``); with none or several, to
    nobody."""
    from finbrief.structure.speakers import title_key, title_parts

    def holds(title: str, e: RosterEntry) -> bool:  # "董事长", or the holder's surname first: "欧阳董事长"
        key = title_key(title)
        return any(key.endswith(p) and to_simplified(e.name).startswith(key[: -len(p)]) for p in title_parts(e.role or ""))

    for i, title in ann.floor_titles.items():
        holders = {e.name for e in staff if e.role and holds(title, e)}
        if i not in ann.floor and len(holders) == 1:
            ann.floor[i] = to_simplified(holders.pop())


def _given_floor(simp: str, s: Scan, i: int) -> str | None:
    """The full name of the person the host asks to speak ("请财务总监王丽介绍"), or of the one person
    with that surname or title the host named ("董事长庞立言先生 … 请庞董介绍", "董事长桂文涛 … 请桂董事长致辞"):
    named in the same paragraph, else in the ones before it (the opening named who attends, a later turn
    hands over to "吕总")."""
    matches = list(FLOOR_RE.finditer(simp))
    if not matches:
        return None
    who = matches[-1].group("who")
    if not TITLE_ONLY_RE.fullmatch(who):
        for k in (3, 2):
            tail = who[-k:]
            if len(who) >= k and tail[-1] not in FLOOR_HONORIFICS and is_name(tail, s.v):
                return tail
        if len(who) < 2 or who[-1] not in FLOOR_HONORIFICS:
            return None
    named = _fitting(s, [i], who)
    if not named:  # (before it, any two people who fit leave the floor to nobody)
        named = _fitting(s, range(max(0, i - MAX_FLOOR_LOOKBACK), i), who)
    return next(iter(named.values())) if len(named) == 1 else None


def _fitting(s: Scan, paras: Iterable[int], who: str) -> dict[str, str]:
    """Simplified name -> the name as written, of the people paragraphs ``paras`` name who fit ``who``."""
    out: dict[str, str] = {}
    for j in paras:
        simp, text = s.simp[j], s.texts[j]
        for n in _titled_names(simp, who):
            if is_name(n.group("name"), s.v):
                written = text[n.start("name") : n.end("name")] if len(text) == len(simp) else n.group("name")
                out.setdefault(n.group("name"), written)
    return out


# How many paragraphs back a hand-over by surname or title looks for the person's full name.
MAX_FLOOR_LOOKBACK = 40


def _titled_names(text: str, who: str) -> list[re.Match[str]]:
    """Matches of the names ``text`` gives after a title that fit ``who``, the host's words for the person: a title
    (``董事长``: the title before the name ends so), a surname and a title (``桂董事长``: the title ends
    so and the name begins with the surname) or a surname and an honorific (``庞董``, ``吕总``)."""
    out: list[re.Match[str]] = []
    honorific = not TITLE_ONLY_RE.fullmatch(who)
    for n in TITLED_NAME_RE.finditer(text):
        name, title = n.group("name"), text[n.start() : n.start("name")]
        if honorific:
            fits = name[0] == who[-2]
        elif title.endswith(who) or text[: n.start("name")].endswith(who):
            fits = True
        else:
            surname = next((who[: -len(t)] for t in _title_tails(title) if who.endswith(t)), "")
            fits = bool(surname) and len(surname) <= 2 and name.startswith(surname)
        if fits:
            out.append(n)
    return out


def _title_tails(title: str) -> list[str]:
    """A title's endings of two characters or more, longest first ("财务总监", "务总监", "总监")."""
    return [title[k:] for k in range(len(title) - 1)]


# What ends a sentence: the floor is given in a paragraph's last one.
SENTENCE_END_RE = re.compile(r"[。！？!?]")
# The host's or operator's labels, whose turn gives the floor.
MODERATOR_ROLES = ("host", "operator")


def floor_labels(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """``主持人：…下面有请公司董事长乔明远先生介绍公司经营情况。`` and then the remarks under no label: the
    host gave that person the floor in the last sentence of their turn, so the unlabelled paragraph
    right after it opens that person's turn (a label is added there)."""
    order = sorted(labels)
    for i, name in ann.floor.items():
        j = i + 1
        if j >= s.n or j in labels or j in s.header or j in s.boiler:
            continue
        k = bisect.bisect_right(order, i) - 1
        if k < 0 or labels[order[k]].role not in MODERATOR_ROLES:
            continue
        floors = list(FLOOR_RE.finditer(s.simp[i]))
        last = floors[-1].end() if floors else -1
        if last < 0 or SENTENCE_END_RE.search(s.simp[i][last:].rstrip("。！!？? ")):
            continue  # the host goes on after giving the floor
        labels[j] = _floor_label(s, j, name, floors[-1].group("who"))


# A short Chinese name and its colon opening a paragraph: "傅安城：谢谢主持人…".
LEAD_CJK_NAME_RE = re.compile(r"\s*(?P<who>[\u4e00-\u9fff]{2,4})\s*[:：]\s*")


def _floor_label(s: Scan, j: int, name: str, said: str) -> Label:
    """The label of the paragraph the host gave ``name`` the floor before. When that paragraph opens
    with a ``Name：`` the host's words end with (``…董事长傅安城介绍`` then ``傅安城：…``), that is who
    speaks, in full, even when the surname is one the vocabulary does not list (``name`` is then the
    shorter tail that looked like a name); otherwise the floor's name labels the whole paragraph."""
    lead = LEAD_CJK_NAME_RE.match(s.simp[j])
    if lead is not None and said.endswith(lead.group("who")) and lead.group("who").endswith(name):
        who_s = lead.group("who")
        who = s.texts[j][lead.start("who") : lead.end("who")] if len(s.texts[j]) == len(s.simp[j]) else who_s
        return Label(None, who, name_key(who_s), "strong", True, lead.end())
    return Label(None, name, name_key(name), "strong", True, 0)


# A paragraph wholly in italics ("_Our first question comes from Jane Roe with Example Bank._"): how a Markdown
# export sets the operator's lines apart when it prints no label for them.
ITALIC_PARA_RE = re.compile(r"\s*(?P<m>_|\*)(?!\s)[^_*\n]{8,400}(?<!\s)(?P=m)\s*")


def italic_operator_lines(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """An unlabelled paragraph wholly in italics that introduces the next asker or hands the call over,
    between labelled turns, is the operator's: the turn before it ends there."""
    if not labels:
        return
    first = min(labels)
    for i in sorted({*ann.intros, *ann.hands}):
        if i in labels or i < first:
            continue
        text = s.texts[i]
        if text[:2].lstrip()[:1] in ("_", "*") and ITALIC_PARA_RE.fullmatch(text):
            labels[i] = Label("operator", "Operator", fold("Operator"), "strong", True, 0)


def short_form_askers(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """``梁生（盛嘉證券）：``, ``鄭小姐（匯德資本）：``: an asker labelled by surname, a courtesy word and
    their firm, whom the host introduced in full ("第一位係盛嘉證券嘅梁浩然"): the one announced analyst of
    that surname and firm is who asks (Hong Kong briefings call people so: 陳生, 何小姐)."""
    if not ann.intros:
        return
    announced = {(intro.name, intro.firm) for intro in ann.intros.values() if intro.firm and CJK_NAME_RE.fullmatch(intro.name)}
    for i, lab in list(labels.items()):
        if lab.role is not None or lab.title or not lab.firm:
            continue
        stem = _courtesy_stem(to_simplified(lab.who.strip()), s.v)
        if stem is None:
            continue
        firm = fold(to_simplified(lab.firm))
        found = {
            (name, f)
            for name, f in announced
            if to_simplified(name).startswith(stem) and len(name) > len(stem) and fold(to_simplified(f)) == firm
        }
        if len(found) == 1:
            name = next(iter(found))[0]
            labels[i] = dataclasses.replace(lab, who=name, key=name_key(to_simplified(name)))


# A Chinese name of two to four characters, as announcements give them, and a surname of one or two.
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
SURNAME_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _courtesy_stem(who_s: str, v: Vocab) -> str | None:
    """The surname before a courtesy word the lexicon lists (``梁`` of ``梁生``, ``欧阳`` of ``欧阳小姐``)."""
    for h in sorted(v.honorifics, key=len, reverse=True):
        stem = who_s[: -len(h)]
        if who_s.endswith(h) and SURNAME_RE.fullmatch(stem):
            return stem
    return None


# "Sarah:Our first question comes from …": one capitalised word and a colon opening the paragraph.
FIRST_NAME_LABEL_RE = re.compile(r"\s*(?P<who>[A-Z][a-z][\w'’-]{1,30}) ?[:：] ?(?=\S)")
MIN_HOST_LINES = 2


def first_name_host(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """``Sarah:Our first question comes from …`` in a call whose people are labelled in full: the
    operator labelled by first name alone. A word that opens at least two paragraphs before a colon,
    one of them announcing an asker or handing the call over, is the operator's label in each."""
    if sum(1 for lab in labels.values() if lab.role is None) < MIN_HOST_LINES:
        return
    found: dict[str, list[tuple[int, int]]] = {}
    for i in range(s.n):
        if i in labels or i in s.header or i in s.boiler or i in s.rendering:
            continue
        m = FIRST_NAME_LABEL_RE.match(s.texts[i])
        if m is not None:
            found.setdefault(m.group("who"), []).append((i, m.end()))
    for who, hits in found.items():
        if len(hits) >= MIN_HOST_LINES and any(i in ann.intros or i in ann.hands for i, _ in hits):
            for i, end in hits:
                labels[i] = Label("operator", who, fold(who), "strong", True, end)
