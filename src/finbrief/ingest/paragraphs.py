"""Text to numbered paragraphs: these numbers are the citation ids every later stage uses.

Hard-wrapped text (vendor exports, PDF text layers, e-mail) is rebuilt into paragraphs: a line
break inside a sentence joins the two lines (a space between Latin text, nothing between Chinese
characters); blank lines, speaker labels, headings, list items, table rows and lines repeated
verbatim elsewhere (roster entries and the label blocks that repeat them) and the language-tagged lines of a
bilingual export (``[EN] …`` / ``[中] …``) end a paragraph; a short
line ends one when it closes a sentence or the next line starts a new one (where only blank lines end the
text's paragraphs, not when the next word would not have fitted on it), and a short capitalised
line that finishes no sentence, after a line that finished one, starts one (a label or a heading). Lines broken at a
speaker's pauses (machine transcriptions) are not hard-wrapped, however full some of them look. Stray page numbers (a
run of lines holding 2, 3, 4 ...) are dropped; a page number alone inside a sentence (a text of one page
break) goes after its paragraph. Text that is not hard-wrapped keeps one paragraph per
line, so a file with one sentence a line is never merged, except where a line visibly breaks a
sentence (no closing punctuation, and the next line starts in lower case). A line starting with a
comma, full stop or closing bracket always goes on; so does a Chinese list item that reaches the list's
column unfinished (no case shows it), a wrapped notice set in capitals (whose lines look like headings)
and a participant entry the wrap broke (the same way each time the text prints it).
A long line holding several speakers' labels (a transcript flattened onto one line) is cut before each
label, on strong evidence only (``ingest.inline``). In a text without labels, a host's introduction of
the next asker is cut out of the speech around it (``ingest.hosted``). Before all this, page layouts that
are no text are undone (``ingest.layout``): a court reporter's line numbers, a speaker column beside the
speech, captions' ">>" marks, an export's "Speaker:" / "Text:" fields; then a centred title or right-aligned
footer line that the wrap cut is joined back. A front matter's fields ("title: ...") are fields, never a
sentence a speaker paused in nor one going on.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from finbrief.ingest.decode import visible_text
from finbrief.ingest.hosted import split_hosted
from finbrief.ingest.inline import split_inline_labels
from finbrief.ingest.layout import undo_layout
from finbrief.ingest.overlong import split_overlong
from finbrief.ingest.qa_table import split_cell_breaks, split_qa_rows
from finbrief.lexicon.hyphens import keep_prefixes, keep_suffixes, vocabulary, word_endings
from finbrief.model import Paragraph, make_paragraph
from finbrief.text.regex import Led

# Hard-wrapped prose wraps at a fixed column in this range (display columns; CJK counts 2).
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 200
# The wrap column is this quantile of the line widths (most lines of wrapped prose are full).
WIDTH_QUANTILE = 0.9
# A line is "full" (it was wrapped, not ended) when it reaches this share of the wrap width; one
# much wider than the wrap width was never wrapped.
FULL_LINE = 0.8
OVERLONG = 1.3
# A text is hard-wrapped when at least MIN_FULL_SHARE of its lines (of WRAP_MIN_WIDTH or more) are
# full, at least MIN_FULL of them, at most MAX_SENTENCE_END_SHARE of the full lines end like a sentence (one sentence a line is
# not wrapping) and at most MAX_TABULAR_SHARE look like table rows or list items.
MIN_FULL = 2
MIN_FULL_SHARE = 0.3
MAX_SENTENCE_END_SHARE = 0.5
MAX_TABULAR_SHARE = 0.2
# Lines broken at pauses, not at a column: of at least MIN_RUNS_ON lines that a sentence runs on
# from, more than MAX_RAGGED_SHARE end well short of the column (hard-wrapped exports: almost none).
MIN_RUNS_ON = 5
MAX_RAGGED_SHARE = 0.3
# Wrapped text has almost no line much wider than its wrap column.
LONGER = 1.3
MAX_LONGER_SHARE = 0.1
# Outside hard-wrapped text, a line this wide at least that breaks off mid-sentence goes on in the next.
MIN_BROKEN_LINE = 20
# A line repeated verbatim is structural (a roster entry and the turn headers repeating it) when it
# is at most this wide; wider repeated lines are prose quoted twice.
MAX_REPEATED_WIDTH = 160
# A page's running header and footer printed inside a sentence: at most this many lines.
MIN_FURNITURE_LINES = 2
# A furniture line repeated but for its numbers ("=== PAGE 7 ===", "example.com/transcripts 7") is short.
MAX_NUMBERED_FURNITURE = 60
# The lines of a page's header or footer beside its page number, at most (title, host, date, reference).
PAGE_BAND = 5
# A line met apart from the page number (a blank or another header line between) is the page's own only
# when most of its printings are there: a speaker's name printed at every turn meets a page now and then.
BAND_SHARE = 0.8
MAX_FURNITURE_LINES = 8
# Page numbers: lines holding only a number, counting up by one, at least MIN_PAGES of them.
MIN_PAGES = 2
# A page's running header or footer stands next to the page number on at least this share of its printings.
NEAR_PAGE_SHARE = 0.5
PAGE_RE = re.compile(r"(?:page\s+)?(\d{1,4})(?:\s*(?:/|of)\s*\d{1,4})?", re.IGNORECASE)

_SENTENCE_END = tuple(".。!！?？;；:：")
_DIGIT_RE = re.compile(r"\d")
# A line going on with a sentence: a lower-case word, then more ("who gets value"; not "iA Capital",
# not "example.com/transcripts 12").
_GOES_ON_RE = re.compile(r"\s*[a-z][a-z'’]*,?\s+\S")
_DIGITS_RE = re.compile(r"\d+")
# What closes a sentence, also behind closing quotes and brackets.
_CLOSING_MARKS = ".。!！?？;；:：…"
_CLOSERS = "\"'”’」』)）]"
_OPENERS = "([（"
_NUMERAL_CHARS = "0123456789.,"
# Characters of the paragraph so far that ``glue`` may look at (a figure cut by the wrap, and the
# character before it).
GLUE_TAIL = 16
# The rest of a timestamp whose opening bracket ended the line before: "05:47) Thank you.".
_CLOSED_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]）]")
# A time of day said in a sentence, going on in lower case ("between 10:00 and" / "2:00 in Atlanta"): no
# timestamp opening a turn.
_SAID_TIME_RE = re.compile(r"\d{1,2}:\d{2} [a-z]")
# A line ending on a word no sentence ends with (a preposition, article or conjunction: "Our next
# question comes from" / "Jane Roe with Example Bank."): the sentence goes on, even on a capital.
_DANGLING = frozenset({"from", "with", "of", "the", "and", "to", "at", "for", "by", "a", "an", "our", "your"})
# ... and the words a host puts before an asker's name ("comes from Michael" / "Nathanson with ...").
_BEFORE_NAME = frozenset({"from"})


# A line can never start with the scale or unit of a figure: after a line ending in a digit, it is
# that figure's rest ("38" / "亿元", "$4.6" / "billion", "35" / "%。"), whatever the layout.
_SCALE_START_RE = re.compile(
    r"(?:[%％‰]|[亿億万萬]|[百千](?:万|萬)|元|美元|港元|港幣|港币|个百分点|個百分點|倍"
    r"|(?:billion|million|thousand|trillion|bn|mn|basis points?|bps|percent|per cent)\b)"
)


# Marks no sentence, list item or entry ever begins with: a line starting with one goes on the line
# before it, whatever its width ("...研发费用率为12.3%" / "，同比基本持平", "... in 2025" / ", while ...").
_GOES_ON_MARKS = frozenset("，,、。；;：！？）)」』】%％")
# A figure the wrap cut at its decimal point or thousands separator ("896" / ".63 亿元").
_FIGURE_REST_RE = re.compile(r"[.,]\d")
# A line ending on a time of day ("下午 2:12", "14:05"): a speech record's time line, no figure the
# break cut from its unit ("元晟證券 陳冠宇" on the next line is a speaker, not yuan).
_CLOCK_END_RE = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?$")
# A line ending on a full date and a time of day ("颍川证券-陆遥 2025-11-05 15:03:30"): a chat message's or a
# post's header line, whose words start on the next line, however wide the header.
_STAMP_END_RE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?$")
# Words a participant's title or firm never ends with ("CFO, Treasurer &" / "Principal Accounting
# Officer", "Executive VP & Chief" / "Commercial Officer"): an entry line ending in one was wrapped.
_ENTRY_OPEN_ENDS = frozenset(
    ("&", "and", "of", "the", "for", "chief", "senior", "executive", "vice", "deputy", "head", "managing", "co-")
)  # fmt: skip
# A letter that only lower-case prose has: a line without one is set in capitals.
_LOWER_RE = re.compile(r"[a-z]")
_LETTERS_RE = re.compile(r"[A-Z]{2,}")


def dangles(line: str) -> bool:
    """``line`` ends on a word no sentence ends with (as written: "An" may be a surname), or on a
    capitalised word right after "from" ("... comes from Michael" / "Nathanson with ..."): a name
    the line broke."""
    k = line.rfind(" ")
    last = line[k + 1 :]
    if last in _DANGLING:
        return True
    if k < 0 or not last[:1].isupper() or not last[1:].islower():
        return False
    return line[line.rfind(" ", 0, k) + 1 : k] in _BEFORE_NAME


def closes_sentence(line: str) -> bool:
    """Whether a line ends with a sentence end, perhaps behind closing quotes and brackets: what a
    regex search for a sentence end, closers and the end of the line finds, read from the end."""
    end = line[:-1] if line.endswith("\n") else line  # ("$" also matches before a last newline)
    end = end.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _CLOSING_MARKS


_TABULAR_RE = re.compile(r"\S(?: {3,}|\t)\S|\|")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*•·●▪]\s|\d{1,3}[.)、]\s|[（(]?\d{1,3}[）)]\s?)")
_LIST_ITEM_MARKS = frozenset("-*•·●▪（(")
"""What a stripped line that ``_LIST_ITEM_RE`` matches opens with, besides a digit."""


def _may_be_item(stripped: str) -> bool:
    """Whether a stripped line opens like a list item (a mark or a digit): the test ``_LIST_ITEM_RE`` needs
    first, without a pattern call for every line of prose."""
    c = stripped[:1]
    return c in _LIST_ITEM_MARKS or c.isdecimal()
_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Lines that start a paragraph by their shape, whatever came before: Markdown bold or heading, a
# timestamp, a rule.
_STARTS_RE = re.compile(
    r"""(?x)
    (?:\*\*|__)\S                                            # **Name - Firm**
    | \#{1,6}\s                                              # Markdown heading
    | [\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?(?:\s|$)(?![ap]\.?m\b|[AP]M\b)   # [00:05:27] / 00:05 (not 2:00 p.m.)
    | \[\d{1,6}(?:\.\d{1,3})?\s*-->\s*\d{1,6}(?:\.\d{1,3})?\]        # [1305.080 --> 1309.120] (seconds)
    | [-=_*~·]{5,}\s*$                                       # rule
    | (?:上市)?(?:公司)?(?:出席|参会|參會|与会|與會|接待)[\u4e00-\u9fff]{0,8}[:：]   # 出席管理層： (a record's field)
    | (?:主持人|问|答|問|提问|提問|回答|回复|回覆)\s*(?:[（(][^()（）]{1,30}[)）])?\s*：  # 主持人： / 問（高盛）：
    | (?:\[\s*\d{1,5}\s*\]\s*)?[\[【](?:EN|ZH|CN|中|英|中文|英文)[\]】]\s  # [ 12] [EN] / [中] (a bilingual export's line)
    """
)
_STARTS = Led(_STARTS_RE)
"""``_STARTS_RE`` tried only on a line that opens with a character one of its shapes starts with."""
# Lines that start a paragraph when the line before ended a sentence or was short: a speaker label
# (``Name:``, ``Q - Name``, ``问：``, a short Chinese label before a full-width colon); a list item or
# a table row (a wrapped sentence may go on with "28. Given ...").
_LABEL_START_RE = re.compile(
    r"""(?x)
    (?:Q|A|问|答|問)\s*(?:[:：]|-{1,2}\s|[–—]\s?)           # Q: / A - Name / 问：
    | (?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s?(?:[（(][^()（）]{1,40}[)）]\s?)?[:：](?:\s|$)  # Jane Doe:
    | [\u4e00-\u9fff][^，,。：:！？!?]{0,30}[：:]                # 杰弗瑞分析师Brent Thill： (a clause has a comma)
    | (?i:spk|speaker)[\s_]?\d{1,3}[:：](?:\s|$)                 # spk02: / SPEAKER_01: (a diariser's label)
    | \d{1,2}\.\d{1,2}\s+[\u4e00-\u9fff]                          # 3.2 行政總裁回應指 (a minutes' numbered paragraph)
    | \d{1,2}[．、][\u4e00-\u9fff]                                 # 2．研发费用率… (a record's numbered question)
    | [A-Z]{2,4}[：:](?=[\u4e00-\u9fff])                            # CHY：随着… (a speaker's initials, Chinese after)
    | [A-Z]{2,3}\s[\u4e00-\u9fff]{2,4}[：:]                           # CFO 骆佳： (an office's initials, the name)
    | \[[^\[\]\n]{1,30}\][：:]                                        # [主持人]： (a roadshow record's bracketed label)
    | [◆◇▶►▸★☆]\s?[\u4e00-\u9fff][^，,。：:！？!?]{0,30}[：:]         # ◆ 问（泽川证券）： (a bulleted label)
    | [0-9#*]\uFE0F?\u20E3\s?[\u4e00-\u9fff][^，,。：:！？!?]{0,30}[：:]  # 1️⃣ 问（…）： (a keycap-numbered label)
    """
)
# A rule: a line of one mark repeated, which sets off a turn's header or a page's furniture.
_RULE_MARKS = "-=_*~·"
_RULE_RE = re.compile(r"([-=_*~·])\1{4,}")
# A caption's start time in seconds opening a line ("[102.7] Thank you."): a video site's transcript
# prints each caption on a line of its own, which a wrap may break but never joins to the one before.
_CUE_RE = re.compile(r"\[\d{1,6}\.\d{1,3}\]\s")
# A Chinese clause before a colon, longer than a speaker's name and title ("如今恰逢两家业务整合:我们..."):
# at the start of a line after a full one, the wrap's, no label.
_ZH_CLAUSE_COLON_RE = re.compile(r"[\u4e00-\u9fff]{10,30}[：:]")
# A speaker label standing alone on its line (``**Name - Firm, Title** [00:03:30]``).
# A question or answer label ("Q:", "A：", "问：") opens a paragraph whatever the line before it: a
# Q&A list packs short questions and answers line by line, with nothing else to end them.
_QA_LABEL_RE = re.compile(r"(?:Q|A|问|答|問)\s?[:：]")
# A record's question or answer heading line ("Question 2 - Jane Roe, shareholder", "Answer - Raj
# Patel, Chief Executive"): the words start on the next line.
_QA_HEADING_LINE_RE = re.compile(r"(?:Question(?:\s+\d{1,3})?|Answer)\s*(?:-{1,2}|[–—])\s*[A-Z][^.?!:]{1,100}")
# A participant-list entry: a name of two to five capitalised words, then a dash and its details
# ("Jane Roe - Chief Financial Officer", "John Doe -- Acme Securities -- Analyst").
_ENTRY_LINE_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*\s+(?:-{1,2}|[–—])\s+\S")
# ... or a name, a comma and a firm or title in capitalised words ("Jane Roe, Example Securities", a firm's
# words joined by "&": "Harbor Reed & Co. Incorporated, Research Division - Analyst"): no lower-case
# word longer than a connective, which a clause of prose has ("In Toronto, we completed").
_ENTRY_COMMA_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:&\s+)?){1,4}[A-Z][\w.'’-]*,\s+(?P<rest>\S.*)")
_PROSE_WORD_RE = re.compile(r"(?<![\w'’])[a-z]{4,}")
# A sentence ending inside a line, the next one starting after it: prose, no heading or label.
_INNER_END_RE = re.compile(r"[a-z][.!?] [A-Z(]")
# A firm's name may end in its legal form's abbreviation ("Example Holdings, Inc."): its period ends
# no sentence.
_FIRM_SUFFIX_END_RE = re.compile(r"\b(?:Inc|Co|Corp|Ltd|LLC|LLP|L\.L\.C|S\.A|N\.V|AG|plc|Cie)\.$")
# A name alone: two to four capitalised words ("Jing Tan Bonnel"), none of them a word of a firm's name
# (the wrapped remainder of an entry, "Research Division", "Capital Markets", is no name).
_NAME_ALONE_RE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
_FIRM_WORDS = frozenset(
    (
        "research", "division", "securities", "capital", "markets", "partners", "bank", "group", "llc",
        "inc", "inc.", "co.", "corp", "corp.", "company", "advisors", "associates", "management",
        "holdings", "international", "equities", "investments", "asset", "trading", "financial",
    )
)  # fmt: skip


# Last words of a firm's name: an entry ending in one is complete.
_FIRM_END_WORDS = frozenset(("division", "llc", "inc.", "inc", "co.", "corp.", "ltd.", "plc", "lp", "llp", "ag"))


# Words of a participant's title (lower case): a short capitalised line holding one, or " & ", after
# a wrapped entry line is that entry's remainder ("Senior Research Analyst", "Utilities & Energy").
_TITLE_WORDS = frozenset(
    (
        "analyst", "officer", "director", "president", "chairman", "chairwoman", "treasurer",
        "secretary", "controller", "counsel", "relations", "manager", "associate",
        "founder", "trustee", "executive", "chief", "senior", "vice", "strategist",
        "economist", "ceo", "cfo", "coo", "cio", "cto", "vp", "svp", "evp", "md", "ir",
    )
)  # fmt: skip
_TITLE_WORD_RE = re.compile(r"[A-Za-z]+")
# A line of prose: this many lower-case words of four letters or more.
MIN_PROSE_WORDS = 3


def _entry_rest(line: str) -> bool:
    """A wrapped participant entry's remainder: a short capitalised line of title or firm words, no
    word of prose, no sentence end, no entry, name or label of its own."""
    if not (line[:1].isupper() or line[:2] == "& ") or closes_sentence(line) or _PROSE_WORD_RE.search(line):
        return False
    words = {w.casefold() for w in _TITLE_WORD_RE.findall(line)}
    if "& " not in line and words.isdisjoint(_TITLE_WORDS) and words.isdisjoint(_FIRM_WORDS):
        return False
    if _ENTRY_LINE_RE.match(line) or _LABEL_START_RE.match(line) or _STARTS.match(line) or _HEADING_RE.fullmatch(line):
        return False
    # "Executive VP, CFO & COO" is a title, not "Name, Firm"
    name = _ENTRY_COMMA_RE.fullmatch(line)
    return name is None or not _TITLE_WORDS.isdisjoint(w.casefold() for w in line[: name.start("rest")].split())


# Last words of a clause that goes on ("Doc Martens at" / "Los Cerritos, ..."): a list of names and
# places in prose ends a line with one, a participant entry never does.
_CLAUSE_OPEN_ENDS = frozenset(("at", "in", "on", "to", "with", "from", "by", "into", "as", "a", "an", "our", "your", "their"))


def _ends_mid_clause(line: str) -> bool:
    """A line ending on a word after which its clause goes on (see _CLAUSE_OPEN_ENDS)."""
    return line.rsplit(None, 1)[-1] in _CLAUSE_OPEN_ENDS


def _marked_header(a: str, b: str) -> bool:
    """A vendor's turn header with the margin mark at its end ("Analyst, Harbor Point Securities LLC
    Q"): no line of prose ("... yield of 13.3%. A" / "$15 million ..."), nor one whose sentence goes
    on in lower case on the next line."""
    return (
        _MARKED_HEADER_LINE_RE.fullmatch(a) is not None
        and not _prose_line(a)
        and _GOES_ON_RE.match(b) is None
    )


def _prose_words(line: str) -> bool:
    """MIN_PROSE_WORDS lower-case words or more: a line of prose, whatever its opening looks like."""
    return len(_PROSE_WORD_RE.findall(line)) >= MIN_PROSE_WORDS


def _prose_line(line: str) -> bool:
    """A line of prose (several lower-case words), not a participant entry: said twice, it is still
    prose, not a roster or label line."""
    return len(_PROSE_WORD_RE.findall(line)) >= MIN_PROSE_WORDS and not _entry_line(line)


# A short sentence of speech ("Thank you.", "Okay, great.", "David?"): a lower-case word before its
# full stop, or a question or exclamation mark, which no label or roster line ends with.
_SAID_RE = re.compile(r"[A-Z][\w'’]*(?:,? [\w'’]+)*?(?:,? [a-z][\w'’]*[.!?]|[!?])")


def _said_sentence(line: str) -> bool:
    """A short sentence of speech, which a speaker says at many turns: prose, no label or roster line."""
    return _SAID_RE.fullmatch(line) is not None and not _entry_line(line) and not _FIRM_SUFFIX_END_RE.search(line)


def _listed_name(line: str, repeated: set[str]) -> bool:
    """A participant listed by name alone, which the text repeats (as its speaker label): the next
    entry of a list, not the wrapped remainder of the entry before it."""
    return (
        line in repeated
        and _NAME_ALONE_RE.fullmatch(line) is not None
        and _FIRM_WORDS.isdisjoint(line.casefold().split())
    )


def _name_alone(line: str) -> bool:
    """Two to four capitalised words, none of them a word of a firm's name."""
    return _NAME_ALONE_RE.fullmatch(line) is not None and _FIRM_WORDS.isdisjoint(line.casefold().split())


def _firm_complete(line: str) -> bool:
    """An entry whose last word closes a firm's name ("Research Division", "LLC", "Inc."): nothing of
    the firm is left to wrap onto the next line."""
    return line.rsplit(None, 1)[-1].casefold() in _FIRM_END_WORDS


def _entry_open(line: str) -> bool:
    """An entry line ending on a word no title or firm ends with: its remainder is on the next line."""
    return line.rsplit(None, 1)[-1].casefold() in _ENTRY_OPEN_ENDS


def _caps_prose(line: str) -> bool:
    """A line of several words set in capitals (a legal notice), no lower-case letter in it."""
    return _LOWER_RE.search(line) is None and len(_LETTERS_RE.findall(line)) >= 3


def _entry_line(line: str) -> bool:
    """A participant-list entry: ``Name - details`` or ``Name, Firm``."""
    if _ENTRY_LINE_RE.match(line):
        return True
    m = _ENTRY_COMMA_RE.fullmatch(line)
    if m is None or _PROSE_WORD_RE.search(m.group("rest")):
        return False
    return not closes_sentence(line) or _FIRM_SUFFIX_END_RE.search(line) is not None


_LABEL_ALONE_RE = re.compile(
    r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?(?:\*\*|__)[^*_]{1,120}(?:\*\*|__)\s*[:：]?\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?$"
)
# The characters besides a digit a label alone can open with (a timestamp's bracket, a bold mark).
_LABEL_ALONE_OPENERS = "*_[("


def _label_alone(line: str) -> bool:
    """A label in bold alone on its line (``_LABEL_ALONE_RE``), its first character read before the pattern runs:
    most lines open with a letter."""
    head = line[:1]
    return (head in _LABEL_ALONE_OPENERS or head.isdecimal()) and _LABEL_ALONE_RE.match(line) is not None


# A heading in capitals: one of letters only starts a paragraph after anything; a short one with
# digits or a period ("REIT.", "10-K.", "2023.") only after a finished sentence (it may end one).
# A vendor's turn header line with the margin mark printed at its end ("Analyst, Harbor Point
# Securities LLC Q", "Chief Financial Officer, Examplo Holdings, Inc. A"): it ends its paragraph.
_MARK_ENDS = frozenset({" Q", " A"})
# The mark a vendor prints between a turn's header and its speech, on one line ("Jane Roe;Example
# Bank;Analyst^ Thanks. ..."): a line ending with it goes on with the speech.
_SPEECH_MARK = "^"
_MARKED_HEADER_LINE_RE = re.compile(r"[A-Z][^.?!]{0,120}?, [A-Z][^?!]{1,120} [QA]")
_HEADING_RE = re.compile(r"[A-Z][A-Z &/'’-]{4,60}[A-Z]")
_SOFT_HEADING_RE = re.compile(r"[A-Z0-9][A-Z0-9 &/,'’.()-]{2,60}")


# A word the wrap broke with a hyphen ("re-" / "venue") is one word when the text or the lexicons write it
# whole, or the text writes it inflected or it inflects a word they write ("dis-" / "closed" after
# "disclose"), and the text never writes it with that hyphen; or when it is lower-case letters whose second
# part only ends words ("manage-" / "ment", "sustain-" / "able"); or when neither part is a word on its own
# in the text or the lexicons ("reve-" / "nue"; not "stand-" / "alone", "roll-" / "ups") nor one that makes
# compounds ("low-" / "teens", "keto-" / "friendly": lexicon/hyphens.yaml). The line's hyphen is then
# marked soft, and gluing drops it.
SOFT_HYPHEN = "\u00ad"
_BROKEN_WORD_RE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+)-$")
_GOES_ON_WORD_RE = re.compile(r"[a-z]{2,}(?![\w-])")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Endings of an inflected word: "setting" is "set", "sized" is "size". A stem has STEM letters at least:
# a part the wrap cut off is no two-letter word inflected ("used" is no "us", "conditi-" / "ons" no "on",
# "chal-" / "lenged" no "lenge" / "ge", "ins-" / "ight" no "in"); a doubled letter leaves MIN_STEM at least.
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers")
MIN_STEM = 2
STEM = 3
# An adverb in "-ly" whose stem has more letters than this inflects that stem ("nationally" is
# "national"; not "arly", "endly").
MIN_ADVERB_STEM = 4


def _forms(word: str) -> list[str]:
    """``word`` and the words it may inflect (see _INFLECTIONS), from stems of STEM letters at least."""
    out = [word]
    for end in _INFLECTIONS:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= STEM:
            out += [stem, stem + "e"]
            if len(stem) > MIN_STEM and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # (doubled: "setting")
    if word.endswith("ly") and len(word) - 2 > MIN_ADVERB_STEM:
        out.append(word[:-2])  # ("nationally"; not "arly" / "are", "endly" / "end")
    return out


def _broken_word(
    left: str,
    right: str,
    known: Callable[[str], bool],
    compounds: set[str],
    inflected: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Whether ``left``-``right``, split over a line end, is one word (see SOFT_HYPHEN); ``known``
    tells a word the text or the lexicons write on its own, ``inflected`` one the text writes inflected."""
    whole, compound = (left + right).casefold(), f"{left}-{right}".casefold()
    if compound in compounds or compound in vocabulary().compounds:
        return False
    left, right = left.casefold(), right.casefold()
    if known(whole) or inflected(whole) or right in word_endings():
        return True
    return (
        left != right  # ("bye-" / "bye")
        and left not in keep_prefixes()
        and right not in keep_suffixes()
        and not any(map(known, _forms(left)))
        and not any(map(known, _forms(right)))
    )


def _mark_word_breaks(lines: list[str]) -> list[str]:
    """``lines`` with the hyphen of each word broken at a line's end marked soft (see SOFT_HYPHEN)."""
    breaks = [
        (i, head.group(1), rest.group(0))
        for i, (a, b) in enumerate(pairwise(lines))
        if a.rstrip().endswith("-")
        and (head := _BROKEN_WORD_RE.search(a.rstrip())) is not None
        and (rest := _GOES_ON_WORD_RE.match(b.lstrip())) is not None
    ]
    if not breaks:
        return lines
    words: Counter[str] = Counter()
    compounds: set[str] = set()
    for line in lines:
        for w in _WORD_RE.findall(line):
            w = w.casefold()
            if "-" in w:
                compounds.add(w)
                words.update(w.split("-"))
            else:
                words[w] += 1
    parts = Counter(p.casefold() for _, left, right in breaks for p in (left, right))
    lexicon = vocabulary().words

    def known(word: str) -> bool:
        """A word the text writes other than as a part of a broken one, or a lexicon word."""
        return words[word] > parts[word] or word in lexicon

    # The words the text's own words inflect ("approach" for "approaches", "decline" for "declining").
    stems = {f for w, n in words.items() if n > parts[w] for f in _forms(w)[1:]}

    def inflected(word: str) -> bool:
        """A word whose inflections the text writes, or an inflection of a known word ("approaches")."""
        return word in stems or any(map(known, _forms(word)[1:]))

    out = list(lines)
    for i, left, right in breaks:
        if _broken_word(left, right, known, compounds, inflected):
            out[i] = lines[i].rstrip()[:-1] + SOFT_HYPHEN
    return out


# A line holding Chinese, cut at the text's column by characters, may cut a Latin word without a hyphen
# ("… First-quarter reve" / "nue was …"): the two parts are one word when together they are a word the
# text or the lexicons write and not both are words on their own ("reve" / "nue"; not "in" / "to").
_CUT_HEAD_RE = re.compile(r"(?<![A-Za-z])([A-Za-z][a-z]*)$")
_CUT_REST_RE = re.compile(r"[a-z]+(?![A-Za-z-])")


def _mark_char_cuts(lines: list[str]) -> list[str]:
    """``lines`` with each Latin word a character-count wrap cut inside a line holding Chinese marked
    soft at the cut (``SOFT_HYPHEN``: gluing joins the parts without a space)."""
    cuts = [
        (i, head.group(1), rest.group(0))
        for i, (a, b) in enumerate(pairwise(lines))
        if a[-1:].isascii()
        and a[-1:].isalpha()
        and b[:1].islower()
        and _CJK_RE.search(a) is not None
        and (head := _CUT_HEAD_RE.search(a)) is not None
        and (rest := _CUT_REST_RE.match(b)) is not None
    ]
    if not cuts:
        return lines
    top = max(display_width(t) for t in lines if _CJK_RE.search(t))
    lexicon = vocabulary().words
    words = Counter(w.casefold() for line in lines for w in _WORD_RE.findall(line))
    parts = Counter(p.casefold() for _, left, right in cuts for p in (left, right))

    def known(word: str) -> bool:
        """A lexicon word, or one the text writes other than as a part of a cut one."""
        return word in lexicon or words[word] > parts[word]

    out = list(lines)
    for i, left, right in cuts:
        whole, l_, r_ = (left + right).casefold(), left.casefold(), right.casefold()
        if display_width(lines[i]) >= top - 1 and known(whole) and not (known(l_) and known(r_)):
            out[i] = lines[i] + SOFT_HYPHEN
    return out


def _unmark(paragraph: str) -> str:
    """A paragraph's text with a soft-marked hyphen left at its end (no line joined it) printed again."""
    return paragraph[:-1] + "-" if paragraph.endswith(SOFT_HYPHEN) else paragraph


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n``, characters that show nothing go (``visible_text``) and a
    tab that only separates a label from its words becomes a space (``untab_separators``): the only
    changes ever made."""
    text = visible_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    return untab_separators(text) if "\t" in text else text


# A tab after a label's colon, or around the dash between a name and its title ("Jane Roe:<TAB>Thank
# you", "Jane Roe<TAB>--<TAB>CFO"), as word processors and spreadsheets print the space there.
_COLON_TAB_RE = re.compile(r"(?<=[:：])\t+")
_DASH_TABS_RE = re.compile(r"\t+(-{1,2}|[–—])\t+")


def untab_separators(text: str) -> str:
    """Lines whose every tab (past any indent) separates a label so hold a space there instead; a line
    with another tab (a table's row) keeps them all."""
    out = []
    for line in text.split("\n"):
        if "\t" in line.lstrip("\t"):
            new = _DASH_TABS_RE.sub(r" \1 ", _COLON_TAB_RE.sub(" ", line))
            if "\t" not in new.lstrip("\t"):
                line = new
        out.append(line)
    return "\n".join(out)


def display_width(line: str) -> int:
    """Columns a line takes in a monospace editor: wide (CJK) characters count two."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _is_blank(line: str) -> bool:
    """Whitespace-only lines (ideographic spaces included) separate blocks and never become paragraphs; so
    does a lone table bar or asterisk (a filed excerpt's cell edge "|", its "*" breaks between excerpts)."""
    return not line or line.isspace() or (len(line) < LONE_MARK_WIDTH and line.strip() in LONE_MARKS)


# A line holding one of these marks alone (and at most a few spaces) holds no words.
LONE_MARKS = frozenset({"|", "*"})
LONE_MARK_WIDTH = 8


def _is_odd(line: str) -> bool:
    """A table row or list item: never part of running prose."""
    return bool(_TABULAR_RE.search(line) or _LIST_ITEM_RE.match(line))


PageLine = tuple[int, int, bool]
"""(index, the number, whether a run of page numbers may hold it) of a line holding only a page number."""


def page_lines(lines: Sequence[str]) -> list[PageLine]:
    """The lines holding only a page number (``PAGE_RE``), read once for ``page_numbers`` and
    ``lone_page_numbers``: a bare number counts for a run only on a short line (14 characters at most)."""
    found: list[PageLine] = []
    for i, line in enumerate(lines):
        t = line.strip()
        if (t[:1].isdigit() or t[:4].casefold() == "page") and (m := PAGE_RE.fullmatch(t)) is not None:
            found.append((i, int(m.group(1)), len(t) <= 14 or not t[:1].isdigit()))
    return found


def page_numbers(lines: Sequence[str], numbered: Sequence[PageLine] | None = None) -> set[int]:
    """Indices of stray page-number lines: number-only lines whose numbers count up by one. ``numbered``:
    ``page_lines(lines)``, when the caller has it."""
    found = [(i, n) for i, n, short in (page_lines(lines) if numbered is None else numbered) if short]
    pages: set[int] = set()
    run: list[int] = []
    last = None
    for i, value in found:
        if last is not None and value == last + 1:
            run.append(i)
        else:
            if len(run) >= MIN_PAGES:
                pages.update(run)
            run = [i]
        last = value
    if len(run) >= MIN_PAGES:
        pages.update(run)
    return pages


def lone_page_numbers(lines: Sequence[str], pages: set[int], numbered: Sequence[PageLine] | None = None) -> set[int]:
    """Indices of a page number printed alone inside a sentence (a text of one page break has no run of
    them for ``page_numbers``): a line holding only a page number, between a line of prose that does not
    finish its sentence and one that goes on in lower case with no scale or unit of a figure. A wrap never
    leaves a number alone on a line with room for the next word; blank lines around it are the page's.
    ``numbered``: ``page_lines(lines)``, when the caller has it."""
    out: set[int] = set()
    for i, _number, _short in page_lines(lines) if numbered is None else numbered:
        if i in pages:
            continue
        before, after = i - 1, i + 1
        while before >= 0 and _is_blank(lines[before]):
            before -= 1
        while after < len(lines) and _is_blank(lines[after]):
            after += 1
        if before < 0 or after >= len(lines):
            continue
        a, b = lines[before].strip(), lines[after].strip()
        if (
            display_width(a) >= MIN_BROKEN_LINE
            and _PROSE_WORD_RE.search(a) is not None
            and not closes_sentence(a)
            and not a[-1:].isdigit()
            and _GOES_ON_RE.match(b) is not None
            and not _SCALE_START_RE.match(b)
        ):
            out.add(i)
    return out


def wrap_width(lines: Sequence[str], structural: frozenset[str] | set[str] = frozenset()) -> int:
    """The column a block of text is hard-wrapped at, or 0 when it is not hard-wrapped (its lines
    broken at pauses, not at a column, included)."""
    width = _wrap_column(lines, structural)
    if width and _entries(lines, width):
        return 0
    return 0 if width and _ragged(lines, width) else width


# A block whose full lines are mostly participant entries is a list, its lines as long as the titles
# spelled out in it ("Jane Roe, Director and Chief Financial Officer"), not prose wrapped at a column.
MAX_ENTRY_SHARE = 0.5


def _entries(lines: Sequence[str], width: int) -> bool:
    """Most of the block's full lines are ``Name, Title`` / ``Name - Title`` entries: a participants list."""
    full = [t for line in lines if FULL_LINE * width <= display_width(t := line.strip()) <= OVERLONG * width]
    return sum(1 for t in full if _entry_line(t)) > MAX_ENTRY_SHARE * len(full)


def _wrap_column(lines: Sequence[str], structural: frozenset[str] | set[str]) -> int:
    """The column the lines look wrapped at, or 0. Only lines of prose count: short lines, labels,
    headings and ``structural`` lines (repeated roster and label lines) say nothing about wrapping."""
    measured = [
        (t, w)
        for line in lines
        if line
        and not line.isspace()  # (``_is_blank``)
        and (t := line.strip()) not in structural
        and (w := len(t) if t.isascii() else display_width(t)) >= WRAP_MIN_WIDTH  # (no call for the most)
        and (not _STARTS.match(t) or _prose_line(t))  # (a label before speech wraps with it)
    ]
    if len(measured) < 2:
        return 0
    body = [t for t, _w in measured]
    widths = [w for _t, w in measured]
    if len(body) == 2 and widths[0] < widths[1]:
        return 0  # two lines, the second wider: a title over a field line, not prose wrapped at a column
    width = sorted(widths)[int(WIDTH_QUANTILE * (len(widths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return 0
    full = [line for line, w in zip(body, widths, strict=True) if FULL_LINE * width <= w <= OVERLONG * width]
    if len(full) < MIN_FULL or len(full) < MIN_FULL_SHARE * len(body):
        return 0
    if sum(1 for w in widths if w > LONGER * width) > MAX_LONGER_SHARE * len(body):
        return 0  # many lines far past the "wrap column": one paragraph a line, of any length
    if sum(1 for line in full if line.endswith(_SENTENCE_END)) > MAX_SENTENCE_END_SHARE * len(full):
        return 0
    if sum(1 for line in full if _is_odd(line) and not _marked_turn(line)) > MAX_TABULAR_SHARE * len(full):
        return 0
    return width


def _marked_turn(line: str) -> bool:
    """A speaker's turn set as a list item ("• Jane Roe: Thank you. ..."), as word-processor and web-page
    copies print every label: speech that wraps at the text's column, not a row of a list or table."""
    item = _LIST_ITEM_RE.match(line)
    return item is not None and not _TABULAR_RE.search(line) and _LABEL_START_RE.match(line, item.end()) is not None


def _char_column(lines: Sequence[str], structural: frozenset[str] | set[str]) -> int:
    """The column, in characters, the lines holding Chinese reach: a text wrapped at a count of
    characters (not of display columns) makes a line with Latin letters or digits look short."""
    counts = sorted(
        len(t)
        for line in lines
        if _CJK_RE.search(t := line.strip())
        and t not in structural
        and display_width(t) >= WRAP_MIN_WIDTH
        and not _STARTS.match(t)
    )
    return counts[int(WIDTH_QUANTILE * (len(counts) - 1))] if len(counts) >= MIN_FULL else 0


# A Chinese text cut at a column in a few places only (too few for ``_wrap_column``): at least this many
# lines reach the widest Chinese line's column, within a column (a wide character that did not fit), and
# break off unfinished on a Chinese character or a digit.
MIN_ZH_CUT_LINES = 2
_ZH_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9]")


def _zh_cut_column(lines: Sequence[str]) -> int:
    """The display column a text holding Chinese was cut at where no wrap column shows, or 0: the
    widest Chinese lines are cut mid-sentence (a paragraph's end closes its sentence; hard wrapping
    leaves its lines at the column)."""
    widths = [(display_width(t), t) for line in lines if _CJK_RE.search(t := line.strip())]
    if len(widths) < MIN_ZH_CUT_LINES:
        return 0
    top = max(w for w, _t in widths)
    cut = [t for w, t in widths if w >= top - 1 and _ZH_IDEOGRAPH_RE.match(t[-1]) and not closes_sentence(t)]
    return top if top >= WRAP_MIN_WIDTH and len(cut) >= MIN_ZH_CUT_LINES else 0


# A field of a document's front matter or of a record ("title: ...", "speakers: [...]"): a key in lower
# case before a colon, no sentence going on.
_FIELD_RE = re.compile(r"[a-z][a-z0-9_-]*:\s")


def _ragged(lines: Sequence[str], width: int) -> bool:
    """Lines broken wherever a speaker paused (a machine transcription, a caption file), not at a
    column: where a sentence visibly goes on (the next line starts in lower case), the line is often
    so short that the next word would have fitted well within the column. Hard wrapping only ever
    breaks a sentence at the column."""
    short = runs_on = 0
    for a, b in pairwise(lines):
        a, b = a.strip(), b.strip()
        if not a or not b[:1].islower() or closes_sentence(a) or _role_under_name(a, b) or _FIELD_RE.match(b):
            continue
        runs_on += 1
        short += display_width(a) + 1 + display_width(b.split()[0]) < FULL_LINE * width
    return runs_on >= MIN_RUNS_ON and short > MAX_RAGGED_SHARE * runs_on


def _role_under_name(a: str, b: str) -> bool:
    """A speaker's name over the one lower-case word of their side ("Jane Roe" / "analyst"): a turn's
    header, no sentence the speaker paused in."""
    return " " not in b and _name_alone(a)


def starts_paragraph(line: str, after_sentence: bool = True) -> bool:
    """A line that begins a paragraph by its shape: a heading, bold, a timestamp or a rule always; a
    label, list item or table row when the line before it ended (``after_sentence``)."""
    if _STARTS.match(line) or _HEADING_RE.fullmatch(line):
        return True
    return after_sentence and bool(
        _LABEL_START_RE.match(line) or _is_odd(line) or _SOFT_HEADING_RE.fullmatch(line)
    )


def _joiner(
    width: int,
    repeated: set[str],
    min_broken: int = MIN_BROKEN_LINE,
    bound: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
    item_width: int = 0,
    chars: int = 0,
    blank_ends: bool = False,
    block: Sequence[str] = (),
    zh_cut: int = 0,
) -> Callable[[str, str, bool, bool, int, str], bool]:
    """Whether line ``b`` continues the paragraph whose last line is ``a`` (``head``: ``a`` is also
    its first line; ``item``: the paragraph is a list item) in text wrapped at ``width`` (0: not
    hard-wrapped, only visible continuations join, from lines of ``min_broken`` columns at least).
    ``bound``: pairs of repeated lines where the second always follows the first (an entry the wrap
    broke the same way each time it is printed), or of a repeated line and the first word of every line
    after it (``_shared_head``); ``item_width``: the column list items reach;
    ``chars``: the column in characters that lines holding Chinese reach (``_char_column``);
    ``blank_ends``: only blank lines end the text's paragraphs of prose (``_blank_ends``);
    ``block``: the block's lines, for the mark it sets its list items with inside them (``_inline_mark``);
    ``zh_cut``: the column an unwrapped Chinese text was cut at in places (``_zh_cut_column``); ``carried``:
    the columns of a word head the line before ``a`` ended with (``_carried``); ``after``: the line
    after ``b``."""

    def full(line: str) -> bool:
        if width <= 0:
            return False
        if FULL_LINE * width <= display_width(line) <= OVERLONG * width:
            return True
        return chars > 0 and FULL_LINE * chars <= len(line) <= OVERLONG * chars and bool(_CJK_RE.search(line))

    def reached(a: str, b: str, carried: int) -> bool:
        """Line ``a`` is full, or ``b``'s first word would not have fitted on it: the wrap may have broken it."""
        return full(a) or (width > 0 and not _room_for(a, b, width, carried))

    def cut_by_wrap(a: str, b: str, carried: int) -> bool:
        """Latin text the wrap broke short of the column: the next word would not have fitted on the
        unfinished line ``a``, and ``b`` reads on as prose (a notice set in capitals goes on in
        capitals; mixed-case prose, or a line going on in lower case, with a full or finished line, a line of
        prose where only blank lines end paragraphs, or the close of a bracket ``a`` opened; never a label,
        heading or entry)."""
        if not width or _CJK_RE.match(a[-1]) or _CJK_RE.match(b[0]):
            return False
        if _room_for(a, b, width, carried):
            return False  # (the next word fitted: the line ended there)
        if _caps_prose(a):
            return _caps_prose(b) and not _STARTS.match(b)
        return (
            (_PROSE_WORD_RE.search(a) is not None or _INNER_END_RE.search(a) is not None or a[:1].islower())
            and a not in repeated
            and not _entry_line(a)
            and not _entry_line(b)
            and not starts_paragraph(b)
            and (full(b) or closes_sentence(b) or (blank_ends and _prose_line(b)) or _closes_aside(a, b))
        )

    def wrapped_on(b: str, after: str) -> bool:
        """A short line of prose whose sentence goes on, in lower case, with a word that would not have
        fitted on it ("This is up $0.01. This increase is driven by" / "stronger-than-expected ..."):
        the wrap's, not a heading's end."""
        return after[:1].islower() and _PROSE_WORD_RE.search(b) is not None and not _room_for(b, after, width)

    marks: list[str] = []  # (the block's inline item mark, looked for once: ``_inline_mark``)
    counts: list[int] = []  # (the count of characters the block is wrapped at, or 0: ``_by_chars``)

    def char_wrap() -> int:
        if not counts:
            counts.append(_by_chars(block, width, chars))
        return counts[0]

    def inline_mark() -> str:
        if not marks:
            marks.append(_inline_mark(block))
        return marks[0]

    def joins(a: str, b: str, head: bool, item: bool = False, carried: int = 0, after: str = "") -> bool:
        if dangles(a) and _SAID_TIME_RE.match(b):
            return True  # "... between, say, 10:00 and" / "2:00 in Atlanta; ..."
        if a[-1:] in _OPENERS and _CLOSED_TIME_RE.match(b):
            return True  # "Jane Roe: (" then "05:47) Thank you.": a timestamp broken after its bracket
        if a[-1:].isdigit() and (_SCALE_START_RE.match(b) or _FIGURE_REST_RE.match(b)) and not _CLOCK_END_RE.search(a):
            return True  # a figure the line break cut from its scale or unit, or at its decimal point
        if (
            item
            and item_width
            and FULL_LINE * item_width <= display_width(a)
            and not closes_sentence(a)
            and (_CJK_RE.match(b) or (b[:1].isdigit() and _CJK_RE.match(a[-1])))
            and not starts_paragraph(b)
            and not _LABEL_START_RE.match(b)
        ):
            return True  # a Chinese list item wrapped at the list's column: no case shows it goes on
        if (
            zh_cut
            and display_width(a) >= zh_cut - 1
            and _ZH_IDEOGRAPH_RE.match(a[-1])
            and not closes_sentence(a)
            and (_CJK_RE.match(b) or b[:1].isdigit())
            and not starts_paragraph(b)
            and not _LABEL_START_RE.match(b)
        ):
            return True  # a Chinese line cut at the text's column mid-sentence: "…实现营业收" / "入31.5亿元"
        if not width and closes_sentence(a):
            return False  # (what every test below answers for a finished line in unwrapped text, asked first)
        if a[-1:].isdigit() and _STAMP_END_RE.search(a):
            return False  # a message's header, its date and time last: the message starts on the next line
        if b[:1] in _GOES_ON_MARKS:
            return True  # a comma, a full stop or a closing bracket never starts a paragraph
        if _QA_LABEL_RE.match(b) or (b[:1] == "[" and _CUE_RE.match(b)):
            return False
        if a[:1] in _RULE_MARKS and _RULE_RE.fullmatch(a):
            return False  # a rule (printed as wide as the page, past the wrap's column) has no remainder
        if a[:1] == "|" and a[-1:] == "|" and len(a) > 1:
            return False  # a Markdown table's row, whole between its outer bars: one row a line
        if _TABULAR_RE.search(a) and _LABEL_START_RE.match(b):
            return False  # a page's running header or a table row, then a speaker's label: a new turn
        if (
            reached(a, b, carried)
            and not closes_sentence(a)
            and ((a, b) in bound or (a, b.split(None, 1)[0]) in bound or (_entry_line(a) and _entry_open(a)))
        ):
            return True  # an entry the wrap broke: "... - CFO, Treasurer &" / "Principal Accounting Officer"
        if reached(a, b, carried) and not closes_sentence(a) and _entry_line(a) and _entry_rest(b):
            return True  # "... - MD, Head of Real" / "Estate Research & Senior Analyst"
        if _entry_line(a) and _entry_line(b) and not (full(a) and (_ends_mid_clause(a) or not head)):
            # one participant entry after another (a list need not be blank-line spaced); not a list of
            # names and places in a sentence the wrap goes on with ("... include Sephora at Kings Plaza,
            # Athleta at" / "San Tan Village, Doc Martens at ..." / "Fashion Square, ...")
            return False
        if _entry_line(a) and _listed_name(b, repeated):
            return False  # "Jane Roe - Example Securities" then "Jing Tan Bonnel": a name-only entry
        if _entry_line(a) and _firm_complete(a) and _name_alone(b):
            return False  # "..., Research Division" then "Michael Muller": the firm ended, a name-only entry
        if head and width and _entry_line(a) and _room_for(a, b, width, carried) and not _prose_words(a):
            return False  # "Jane Roe - Example Capital" then "Operator": the next word fitted, the entry ended
        if a[-1:] == _SPEECH_MARK and not starts_paragraph(b):
            return True  # "Jane Roe;Example Bank;Equity Research Associate^" / "It's Jane on for ..."
        if _label_alone(a) or (a[-2:] in _MARK_ENDS and _marked_header(a, b)):
            return False
        if a[:1] in "QA" and _QA_HEADING_LINE_RE.fullmatch(a):
            return False
        # A roster or label line: only its own wrapped remainder follows (a line broken after
        # "from", or a line of prose said twice, is neither, however often it comes back).
        if head and a in repeated and not dangles(a) and not _prose_line(a):
            return full(a) and (b in repeated or (not closes_sentence(a) and _GOES_ON_RE.match(b) is not None))
        closes = closes_sentence(a)
        if b[:1].islower() and _FIELD_RE.match(b) and not full(a):
            return False  # a record's next field ("date: ..." after "title: ..."), no sentence going on
        if not full(a):
            # A short line ends its paragraph unless the sentence visibly goes on, or the wrap cut it.
            if closes or not (b[:1].islower() or (b[:1].isalpha() and a[-1:].isalpha() and dangles(a))):
                return (blank_ends or not closes) and cut_by_wrap(a, b, carried)
            if width == 0 and display_width(a) < min_broken and (head or not (dangles(a) or b[:1].islower())):
                # (a short unfinished line of a paragraph already running over lines, going on in lower case
                # or ending on "an" or "from", is a sentence a wrap cut: "… from the line of" / "Jane Roe,
                # analyst" / "at Example Bank.")
                return False
            return not starts_paragraph(b) and not _role_under_name(a, b)
        if _CJK_RE.match(b) and _room_for_char(a, b, width, char_wrap()):
            return False  # a wrap breaks Chinese anywhere: a line with room left for the next character ended there
        if (
            closes
            and display_width(b) < FULL_LINE * width
            and b[:1].isupper()
            and not closes_sentence(b)
            and not (blank_ends and (_prose_line(b) or wrapped_on(b, after)))
        ):
            return False  # a short unfinished line after a finished one: a label or heading, not prose
        if closes and b in repeated and not full(b) and not b[:1].islower():
            # a label or roster line repeated elsewhere, after a finished line; not an aside in brackets
            # ("(Operator Instructions)") the wrap moved onto a line of its own, nor a short sentence of speech
            # ("Thank you.") said at other turns too
            return blank_ends and (
                (b[:1] == "(" and b.endswith(")") and not _room_for(a, b, width, carried)) or _said_sentence(b)
            )
        if closes and _ZH_CLAUSE_COLON_RE.match(b) and full(a):
            return True  # "...否则投资效率低。" / "如今恰逢两家业务整合:我们拥有..."
        if b[:1] in _INLINE_MARKS and full(a) and (mark := inline_mark()) and b.startswith(mark):
            return True  # "... models [5][6]." / "- Alibaba has ...": an item the wrap moved to a line's start
        if not closes and _caps_prose(a) and _caps_prose(b) and not _STARTS.match(b):
            return True  # a notice set in capitals, wrapped at the column: one paragraph, no headings
        return not starts_paragraph(b, after_sentence=closes)

    return joins


def glue(a: str, b: str) -> str:
    """Join two wrapped lines: nothing between Chinese text, after a word-break hyphen or an opening
    bracket, else a space; a soft-marked hyphen (``_mark_word_breaks``) goes."""
    if (a.endswith(" -") and _CJK_RE.match(b[0])) or (b.startswith("- ") and _CJK_RE.match(a[-1])):
        return f"{a} {b}"  # "回答 -" / "新进入者...", "回答" / "- 应收...": a dash set between spaces
    if _CJK_RE.match(a[-1]) or _CJK_RE.match(b[0]) or a[-1] in _OPENERS:
        return a + b
    if a[-1] == SOFT_HYPHEN:
        return a[:-1] + b
    if a[-1].isdigit() and _FIGURE_REST_RE.match(b):
        return a + b  # a figure the wrap cut at its decimal point or separator ("$1" / ".5 billion", "约为 1" / ".5 亿元")
    if (a[-1].isdigit() or a[-1] in ".,") and (b[0].isdigit() or b[0] in ".,%"):
        # a figure the wrap cut inside Chinese text ("收入7" / ".6亿元"): Chinese before or after it
        head, tail = a.rstrip(_NUMERAL_CHARS), b.lstrip(_NUMERAL_CHARS + "%")
        if (head and _CJK_RE.match(head[-1])) or (tail and _CJK_RE.match(tail[0])):
            return a + b
    if a.endswith("-") and not a.endswith("--") and a[-2:-1].isalpha() and b[:1].isalpha():
        return a + b
    return f"{a} {b}"


class Glued:
    """Lines glued (as ``glue`` does) into one text in linear time: gluing onto a growing string
    copies it each time, which a long wrapped block or a caption file without punctuation makes
    quadratic. ``glue`` looks only at the last ``GLUE_TAIL`` characters of what it extends."""

    def __init__(self, first: str) -> None:
        self.parts = [first]
        self.tail = first[-GLUE_TAIL:]

    def add(self, line: str) -> None:
        if self.tail.endswith(SOFT_HYPHEN):  # a word the wrap broke: whole again, the hyphen gone
            self.parts[-1] = self.parts[-1][:-1]
            self.parts.append(line)
            self.tail = (self.tail[:-1] + line)[-GLUE_TAIL:]
            return
        joined = glue(self.tail, line)
        self.parts.append(joined[len(self.tail) :])
        self.tail = joined[-GLUE_TAIL:]

    def __bool__(self) -> bool:
        return any(self.parts)

    def text(self) -> str:
        return "".join(self.parts)


def _repeated(lines: Sequence[str]) -> set[str]:
    """Lines that occur more than once (stripped), narrow enough to be labels or roster entries."""
    counts = Counter(
        s
        for line in lines
        if (s := line.strip()) and (len(s) if s.isascii() else display_width(s)) <= MAX_REPEATED_WIDTH
    )
    return {s for s, c in counts.items() if c > 1}


def _bound(lines: Sequence[str], repeated: set[str]) -> set[tuple[str, str]]:
    """Pairs of repeated lines where every occurrence of the first is followed by the second and
    every occurrence of the second follows the first: one entry the wrap broke at the same place
    each time it is printed (roster and turn header), not two entries that happen to meet; and pairs
    of a repeated header line and the first word that every different line after it begins with
    (``_shared_head``)."""
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for a, b in pairwise(line.strip() for line in lines):
        if a in repeated:
            after.setdefault(a, set()).add(b)
        if b in repeated:
            before.setdefault(b, set()).add(a)
    pairs = {
        (a, b)
        for a, nxt in after.items()
        if len(nxt) == 1 and (b := next(iter(nxt))) and before.get(b) == {a}
    }
    return pairs | {(a, head) for a, nxt in after.items() if (head := _shared_head(a, nxt))}


def _shared_head(line: str, nxt: set[str]) -> str:
    """The first word that every one of the different lines after a repeated header line ``line``
    begins with ("Jane Roe;Example Bank;Equity Research" / "Associate^ Thanks. ..."): the header
    the wrap broke at the same place each time it is printed, its rest opening each next line."""
    if len(nxt) < 2 or "" in nxt or closes_sentence(line) or _prose_line(line) or _label_alone(line):
        return ""  # (a label set in bold is whole: its speech may open with the same word each time)
    heads = {b.split(None, 1)[0] for b in nxt}
    return heads.pop() if len(heads) == 1 else ""


def _item_column(lines: Sequence[str]) -> int:
    """The column list items of prose reach (their wrap width), or 0 with fewer than MIN_FULL long items."""
    widths = sorted(
        w
        for line in lines
        if _may_be_item(t := line.strip())
        and _LIST_ITEM_RE.match(t)
        and not _TABULAR_RE.search(t)
        and (w := display_width(t)) >= WRAP_MIN_WIDTH
    )
    if len(widths) < MIN_FULL:
        return 0
    width = widths[int(WIDTH_QUANTILE * (len(widths) - 1))]
    return width if width <= WRAP_MAX_WIDTH else 0


def _room_for(a: str, b: str, width: int, carried: int = 0) -> bool:
    """Whether ``b``'s first word would have fitted on line ``a`` (holding ``carried`` more columns,
    ``_carried``) in text wrapped at ``width``."""
    return carried + display_width(a) + 1 + display_width(b.split(None, 1)[0]) <= width


# Marks no line of Chinese starts with: a wrap moves the character before one down with it.
_NO_LINE_START = frozenset("，,、。.；;：:？?！!）)」』】》%％")


def _room_for_char(a: str, b: str, width: int, chars: int = 0) -> bool:
    """Whether ``b``'s first character would have fitted on line ``a`` in Chinese text wrapped at
    ``width`` columns, a space after a line's Latin end counted (the wrap keeps it on the line), or at
    ``chars`` characters (``_by_chars``), a space at either end counted (the count holds them)."""
    if b[1:2] in _NO_LINE_START:
        return False
    if chars:
        return len(a) + 2 < chars
    space = 0 if _CJK_RE.match(a[-1]) else 1
    return display_width(a) + space + display_width(b[0]) <= width


def _by_chars(block: Sequence[str], width: int, chars: int) -> int:
    """``chars`` when more of the block's lines holding Chinese reach that count of characters than
    reach the column ``width`` (a wrap by characters: Latin letters and figures take less room), else 0."""
    if not chars:
        return 0
    lines = [t for t in block if _CJK_RE.search(t)]
    return chars if sum(len(t) >= chars - 1 for t in lines) > sum(display_width(t) >= width - 1 for t in lines) else 0


_WORD_HEAD_RE = re.compile(r"[A-Za-z]+(?=[-\u00ad]$)")


def _carried(before: str, line: str) -> int:
    """Columns of the word head that the line ``before`` ends with, broken by a hyphen, when ``line``
    starts with its rest ("perfor-" / "mance ..."): a wrap that hyphenates after breaking the lines
    moves that head up past the column, and ``line`` was wrapped holding the whole word."""
    if not line[:1].islower():
        return 0
    m = _WORD_HEAD_RE.search(before)
    return len(m.group()) if m else 0


def _closes_aside(a: str, b: str) -> bool:
    """Line ``a`` leaves a bracket open that ``b`` closes ("... for today's call. (Operator" /
    "Instructions)"): one aside the wrap broke."""
    close = b.find(")")
    return a.count("(") > a.count(")") and close > 0 and "(" not in b[:close]


def _prose_after_end(a: str, b: str, width: int, repeated: set[str]) -> bool:
    """A line of prose finishing a sentence short of the column, then a line of prose that opens one
    (no label, heading, entry or name): where a paragraph may end without a blank line."""
    return (
        display_width(a) < FULL_LINE * width
        and closes_sentence(a)
        and b[:1].isupper()
        and _PROSE_WORD_RE.search(a) is not None
        and _PROSE_WORD_RE.search(b) is not None
        and a not in repeated
        and b not in repeated
        and not _entry_line(a)
        and not _entry_line(b)
        and not _name_alone(b)
        and not starts_paragraph(b)
        and not _CJK_RE.search(a[-1] + b[0])
    )


def _blank_ends(lines: Sequence[str], width: int, repeated: set[str]) -> bool:
    """Whether only blank lines end the paragraphs of text wrapped at ``width``: at least MIN_FULL
    sentences end before a blank line, and wherever a short line finishes a sentence before more
    prose, the next word would not have fitted on it (a paragraph that ends at a bare line break
    leaves room on its last line now and then). Then such a line is the wrap's, not a paragraph's end."""
    ended = 0
    before = ""
    for a, b in pairwise(line.strip() for line in lines):
        if not a:
            pass
        elif not b:
            ended += closes_sentence(a) and _PROSE_WORD_RE.search(a) is not None
        elif _prose_after_end(a, b, width, repeated) and _room_for(a, b, width, _carried(before, a)):
            return False
        before = a
    return ended >= MIN_FULL


# A list item set inside a line of prose, after a finished sentence ("... [6][10]. - The company ...").
_INLINE_MARKS = "-•*"
_INLINE_ITEM_RE = re.compile(rf"[.!?\]] ([{_INLINE_MARKS}]) [A-Z]")


def _inline_mark(block: Sequence[str]) -> str:
    """The mark (and its space) of the list items a block sets inside its lines, after a sentence
    (". - The company ..."), more often than at a line's start; or "". There a full line's next line
    opening with the mark was wrapped before the item: no list sets its items one a line."""
    inside: Counter[str] = Counter()
    for line in block:
        inside.update(m.group(1) + " " for m in _INLINE_ITEM_RE.finditer(line))
    if not inside:
        return ""
    mark, n = inside.most_common(1)[0]
    return mark if n > sum(line.startswith(mark) for line in block) else ""


def _one_block(lines: Sequence[str]) -> bool:
    """Whether no blank line stands between two lines of text (the text is one block)."""
    first, last = 0, len(lines) - 1
    while first <= last and _is_blank(lines[first]):
        first += 1
    while last > first and _is_blank(lines[last]):
        last -= 1
    inner = lines[first : last + 1]
    return "" not in inner and not any(map(str.isspace, inner))


def running_furniture(lines: Sequence[str], repeated: set[str] | frozenset[str]) -> set[int]:
    """Indices of a page's running header and footer printed inside a sentence: a run of two or more
    lines, one with a number (a page, a date), each repeated elsewhere (verbatim, or but for its
    numbers: "=== PAGE 7 ===", "example.com 7"), between a line that does not finish its sentence
    and one that goes on in lower case. Labels and roster lines repeat too, but never stand in the
    middle of a sentence (a lower-case line printed each time after the same roster line is its rest,
    and a line of prose said twice right before a page's header is the line the page break cut). Each
    such line is a paragraph of its own: nothing is joined to it (no text is ever dropped or moved)."""
    shapes: Counter[str] | None = None

    def furniture(t: str) -> bool:
        nonlocal shapes
        if t in repeated:
            return True
        if len(t) > MAX_NUMBERED_FURNITURE or not _DIGIT_RE.search(t):
            return False
        if shapes is None:
            shapes = Counter(
                _DIGITS_RE.sub("#", u)
                for line in lines
                if (u := line.strip()) and len(u) <= MAX_NUMBERED_FURNITURE and _DIGIT_RE.search(u)
            )
        return shapes[_DIGITS_RE.sub("#", t)] > 1

    def cut_before(run: list[int], prev: str) -> bool:
        """The ``run`` of furniture lines stands after ``prev``, a line whose sentence it cut."""
        return (
            len(run) >= MIN_FURNITURE_LINES
            and any(_DIGIT_RE.search(lines[k]) for k in run)  # a page number, a date
            and display_width(prev) >= MIN_BROKEN_LINE
            and not closes_sentence(prev)
            and not _HEADING_RE.fullmatch(prev)
        )

    before: dict[str, set[str]] | None = None

    def follows(t: str) -> bool:
        """Every printing of the repeated line ``t`` comes right after the same line of text."""
        nonlocal before
        if before is None:
            before = {}
            for a, b in pairwise(u.strip() for u in lines):
                if b in repeated:
                    before.setdefault(b, set()).add(a)
        found = before.get(t, set())
        return len(found) == 1 and "" not in found

    out: set[int] = set()
    for i, line in enumerate(lines):
        first = line[:1]
        if not ("a" <= first <= "z" or (first and first in " \t")) or not _GOES_ON_RE.match(line):
            continue
        if line.strip() in repeated and follows(line.strip()):
            continue  # the rest of a repeated line it always follows ("... - MD of Residential" / "and Health Care")
        run: list[int] = []
        j = i - 1
        while j >= 0:
            t = lines[j].strip()
            if t:
                if not furniture(t) or (_prose_line(t) and cut_before(run, t)):
                    break  # (a line of prose said twice, the page's header and footer below it: the cut line)
                run.append(j)
                if len(run) > MAX_FURNITURE_LINES or _GOES_ON_RE.match(t):
                    run = []  # prose quoted twice, not a page's header and footer
                    break
            j -= 1
        if cut_before(run, lines[j].strip() if j >= 0 else ""):
            out.update(run)
    return out


def page_bound(lines: Sequence[str], pages: set[int]) -> set[int]:
    """Indices of a page's running header or footer printed right next to its page number (no blank
    line between): a line that, but for its numbers, stands next to a page number at least
    MIN_PAGES times, next to at least NEAR_PAGE_SHARE of the page numbers and on at least that share
    of the times it is printed (BAND_SHARE when met across a blank or another header line; a participant
    entry the text repeats at every turn meets a page number now and then, a running title meets every one).
    It goes with the page number, out of the sentence the page break cut."""
    near: dict[str, list[int]] = {}
    met: dict[str, set[int]] = {}  # (the page numbers each shape stands next to)
    apart: set[str] = set()  # (shapes met only past the line next to the page number, or a blank)
    for i in pages:
        for j in _page_band(lines, pages, i):
            t = lines[j].strip()
            if len(t) <= MAX_NUMBERED_FURNITURE and not _DIGITS_RE.fullmatch(t) and not _goes_on_from(lines, j):
                shape = _DIGITS_RE.sub("#", t)
                near.setdefault(shape, []).append(j)
                met.setdefault(shape, set()).add(i)
                if abs(j - i) > 1:
                    apart.add(shape)
    enough = max(MIN_PAGES, NEAR_PAGE_SHARE * len(pages))  # (a running title meets most page numbers)
    # (a short line of prose printed twice within one page's band meets one page number, not two)
    near = {shape: found for shape, found in near.items() if min(len(set(found)), len(met[shape])) >= enough}
    if not near:
        return set()
    printed = Counter(
        shape for line in lines if (shape := _DIGITS_RE.sub("#", line.strip())) in near
    )
    shapes = {
        shape
        for shape, found in near.items()
        if len(set(found)) >= (BAND_SHARE if shape in apart else NEAR_PAGE_SHARE) * printed[shape]
    }
    out: set[int] = set()
    for i in pages:  # (a header of several lines: each line of it on from the page number, none past a line of text)
        for step in (-1, 1):
            for j in _page_band(lines, pages, i, step):
                if _DIGITS_RE.sub("#", lines[j].strip()) not in shapes:
                    break
                out.add(j)
    return out


def _goes_on_from(lines: Sequence[str], j: int) -> bool:
    """Line ``j`` goes on in lower case with the sentence of the line right above it ("... sales rose 9%" /
    "compared to last year."): the end of a paragraph, however often the text says it, no page's header."""
    before = lines[j - 1].strip() if j else ""
    return bool(before) and not closes_sentence(before) and _GOES_ON_RE.match(lines[j]) is not None


def _page_band(lines: Sequence[str], pages: set[int], at: int, step: int = 0) -> list[int]:
    """The short non-blank lines on from the page number at ``at`` (both ways, or the ``step`` way), at
    most PAGE_BAND each way and none past a longer line: where a page's header or footer of several
    lines stands, blank lines between them as a PDF's text layer may print them."""
    out: list[int] = []
    for d in (step,) if step else (-1, 1):
        j, kept = at + d, 0
        while 0 <= j < len(lines) and kept < PAGE_BAND and j not in pages:
            if not _is_blank(lines[j]):
                if len(lines[j].strip()) > MAX_NUMBERED_FURNITURE:
                    break  # (a line of text: the header ends before it)
                out.append(j)
                kept += 1
            j += d
    return out


def _in_header(lines: Sequence[str], furniture: set[int]) -> tuple[set[int], set[int]]:
    """Indices of the furniture lines printed between a speaker's name and the participant entry
    under it ("Paul Roe" / "Page 9 of 99" / "Example Corp Call" / "Example Farms Inc. - CEO"), or right
    before such a name; and of those names. The furniture goes after the entry, and the turn's header
    stays whole."""
    runs: set[int] = set()
    names: set[int] = set()

    def next_text(j: int) -> int:
        while j < len(lines) and _is_blank(lines[j]):
            j += 1
        return j

    i = 0
    while i < len(lines):
        if i not in furniture:
            i += 1
            continue
        j = i
        while j < len(lines) and (j in furniture or _is_blank(lines[j])):
            j += 1
        k = i - 1
        while k >= 0 and _is_blank(lines[k]):
            k -= 1
        run = {n for n in range(i, j) if n in furniture}
        if j < len(lines) and _entry_line(lines[j].strip()) and k >= 0 and _name_alone(lines[k].strip()):
            runs |= run
        elif (
            j < len(lines)
            and _name_alone(lines[j].strip())
            and (e := next_text(j + 1)) < len(lines)
            and _entry_line(lines[e].strip())
        ):
            runs |= run
            names.add(j)
        i = j
    return runs, names


def _set_aside(
    lines: Sequence[str], furniture: set[int], inside: set[int]
) -> tuple[list[str], dict[int, list[str]]]:
    """The lines without each run of running furniture, so that a sentence the page break cut meets
    its rest again (the blank lines around a run go too when it stands ``inside`` a sentence) and a
    turn's header its entry (``_in_header``); and, by the index (in the lines returned) of the line
    after the run, the furniture lines to print after that line's paragraph."""
    kept: list[str] = []
    after: dict[int, list[str]] = {}
    pending: list[str] = []
    closing = False  # (the run stands inside a sentence: its blank lines go)
    header, names = _in_header(lines, furniture)
    moving = False  # (the run stands inside a turn's header: it goes after the entry)
    for i, line in enumerate(lines):
        if i in furniture:
            if not pending:
                closing = i in inside
                moving = i in header
                while closing and kept and _is_blank(kept[-1]):
                    kept.pop()  # (the blank lines between the unfinished line and the run)
            closing = closing or i in inside
            pending.append(line.strip())
        elif pending and closing and _is_blank(line):
            continue
        elif pending and moving and (_is_blank(line) or i in names):
            kept.append(line)
        else:
            if pending and _is_blank(line):
                _keep_apart(kept, pending)  # (no sentence goes on after the run: it stays where it is)
            elif pending:
                after.setdefault(len(kept), []).extend(pending)
            pending = []
            kept.append(line)
    if pending:
        _keep_apart(kept, pending)
    return kept, after


def _keep_apart(kept: list[str], furniture: list[str]) -> None:
    """``furniture`` lines appended to ``kept`` each as a paragraph of its own: a running title is
    never glued to the participant entry or heading printed before it."""
    for line in furniture:
        if kept and not _is_blank(kept[-1]):
            kept.append("")
        kept.append(line)


# A title centred on the page, or a footer set at its right margin: set off by an indent this wide at
# least (display columns).
MIN_CENTRED_INDENT = 20


def join_centred_cuts(lines: list[str]) -> list[str]:
    """``lines`` with each centred or right-aligned line a hard wrap cut joined back (``lines`` itself when
    there is none): a line set off by MIN_CENTRED_INDENT columns or more, holding no sentence end nor prose,
    whose next line (at the margin, no label) opens with a word that would not have fitted within the text's
    widest line and holds no prose either ("<indent>Q3" / "FY27 Earnings Call": one title, no question
    "Q3"; "<indent>请务必阅读正文之后的免责声" / "明部分": one footer, no speaker "明部分")."""
    cuts = [
        i
        for i, line in enumerate(lines[:-1])
        if line[:1] in " \u3000" and line[:MIN_CENTRED_INDENT].isspace() and not line.isspace()
    ]
    if not cuts:
        return lines
    widest = max(display_width(line.rstrip()) for line in lines)
    out: list[str] | None = None
    for i in reversed(cuts):
        a, b = lines[i].rstrip(), lines[i + 1].rstrip()
        t = a.strip()
        if (
            b[:1].isspace()
            or not b
            or closes_sentence(t)
            or _prose_words(t)
            or _prose_words(b)
            or display_width(a) + 1 + display_width(b.split(None, 1)[0]) <= widest
            or _LABEL_START_RE.match(b)
            or _STARTS.match(b)
        ):
            continue
        if out is None:
            out = list(lines)
        out[i : i + 2] = [glue(a, b)]
    return lines if out is None else out


def paragraph_texts(text: str) -> list[str]:
    """Paragraph texts of an already newline-normalised text, in order, whitespace trimmed. A page's
    running header and footer printed inside a sentence follow the paragraph of that sentence, which
    reads on across the page break."""
    lines = raw = join_centred_cuts(text.split("\n"))
    raw_repeated = _repeated(lines)
    # (found before page numbers go: "Page 7 of 30" is the footer that the header stands next to)
    inside = running_furniture(lines, raw_repeated)
    numbered = page_lines(lines)
    pages = page_numbers(lines, numbered)
    inside |= lone_page_numbers(lines, pages, numbered)
    furniture = inside | page_bound(lines, pages) if pages else inside
    if pages:
        furniture -= pages
        inside -= pages
        inside_lines = [i in inside for i in range(len(lines))]
        inside = {i for i, f in enumerate(f for k, f in enumerate(inside_lines) if k not in pages) if f}
        furniture_lines = [i in furniture for i in range(len(lines))]
        lines = [line for i, line in enumerate(lines) if i not in pages]
        furniture = {i for i, f in enumerate(f for k, f in enumerate(furniture_lines) if k not in pages) if f}
    after: dict[int, list[str]] = {}
    if furniture:
        lines, after = _set_aside(lines, furniture, inside)
    chinese = not text.isascii() and _CJK_RE.search(text) is not None  # (the two Chinese-column passes need it)
    lines = _mark_word_breaks(lines)
    if chinese:
        lines = _mark_char_cuts(lines)
    repeated = raw_repeated if lines is raw else _repeated(lines)  # (the same lines: the same answer)
    width = _wrap_column(lines, repeated)
    chars = _char_column(lines, repeated) if width else 0
    # Lines broken at a speaker's pauses: not wrapped, and even a short line may break a sentence.
    paused = bool(width) and _ragged(lines, width)
    if paused:
        width = 0
    min_broken = 0 if paused else MIN_BROKEN_LINE
    bound: set[tuple[str, str]] | None = None  # (made for the first wrapped block: only a full line reads it)
    item_width = 0 if paused else _item_column(lines)
    one_block = _one_block(lines)  # then the block's wrap width is the text's
    blank_ends = bool(width) and _blank_ends(lines, width, repeated)
    zh_cut = _zh_cut_column(lines) if chinese and not (width or paused) else 0
    out: list[str] = []
    block: list[str] = []
    at: list[int] = []  # the index in ``lines`` of each line of the block

    def set_after(first_k: int, last_k: int) -> None:
        """The furniture lines that go after the paragraph of the block's lines ``first_k..last_k``."""
        for k in range(first_k, last_k + 1):
            out.extend(after.get(at[k], ()))

    def flush() -> None:
        nonlocal bound
        if not block:
            return
        block_width = width or (0 if one_block or paused else wrap_width(block, repeated))
        if block_width and bound is None:
            bound = _bound(lines, repeated)
        joins = _joiner(
            block_width,
            repeated,
            min_broken,
            bound or frozenset(),
            item_width,
            chars if width else (_char_column(block, repeated) if block_width else 0),
            blank_ends,
            block,
            0 if block_width else zh_cut,
        )
        first = block[0]
        # (whether it is a list item counts only where list items have a column: asked once a paragraph)
        item = bool(item_width) and _may_be_item(first) and _LIST_ITEM_RE.match(first) is not None
        start = 0
        current: Glued | None = None  # (made when a line joins ``first``)
        head = True
        for k, (prev, line) in enumerate(pairwise(block)):
            carried = _carried(block[k - 1], prev) if k else 0
            if joins(prev, line, head, item, carried, block[k + 2] if k + 2 < len(block) else ""):
                if current is None:
                    current = Glued(first)
                current.add(line)
                head = False
            else:
                paragraph = first if current is None else current.text()
                out.append(paragraph[:-1] + "-" if paragraph.endswith(SOFT_HYPHEN) else paragraph)  # (``_unmark``)
                if after:
                    set_after(start, k)
                first, current, head, start = line, None, True, k + 1
                item = bool(item_width) and _may_be_item(first) and _LIST_ITEM_RE.match(first) is not None
        out.append(_unmark(first if current is None else current.text()))
        if after:
            set_after(start, len(block) - 1)
        block.clear()
        at.clear()

    for i, line in enumerate(lines):
        if not line or line.isspace() or (len(line) < LONE_MARK_WIDTH and line.strip() in LONE_MARKS):
            flush()  # (``_is_blank``)
        else:
            block.append(line.strip())
            at.append(i)
    flush()
    return out


def split_paragraphs(text: str) -> list[Paragraph]:
    """Numbered paragraphs (from 1, in order) of ``text``; blank lines never make a paragraph."""
    texts = split_overlong(
        split_hosted(split_inline_labels(split_cell_breaks(split_qa_rows(paragraph_texts(undo_layout(normalize_newlines(text)))))))
    )
    return [make_paragraph(i, t) for i, t in enumerate(texts, start=1)]
