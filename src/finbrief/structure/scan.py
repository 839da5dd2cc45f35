"""The first pass over a document: each paragraph's text views, headers, page furniture and timestamps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from finbrief.lexicon.transcript import Vocab, fold
from finbrief.model import Document
from finbrief.structure import parallel
from finbrief.structure.labels import is_name, is_time_only, parse_roster_line

MAX_HEADER_CHARS = 60
MAX_BOILERPLATE_CHARS = 100
# An IR page's heading over a briefing's questions and answers, longer than other headers since it
# names the meeting: "Q&A at the Conference on Financial Results for FY2025 (held on May 12, 2026)".
QA_RECORD_RE = re.compile(r"q\s?&\s?a\s+(?:at|from|of|for|on)\s+(?:the\s+)?\S[^.?!。？！]{3,120}$", re.IGNORECASE)
MAX_QA_RECORD_CHARS = 140
# Markdown around a heading: "## Questions and Answers", "**Executives:**".
MARKDOWN_HEADING_RE = re.compile(r"^(?:#{1,6}\s*)?(?:\*\*|__)?(.+?)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?$")
# The number of a section in Chinese minutes: "二、问答环节", "（一）交流问题", "3. 问答".
SECTION_NUMBER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．]|\d{1,2}\.\s)\s*"
)
ROSTER_HEADERS = ("roster_company", "roster_analyst", "roster_any")
# A rule line: dots, dashes or the like alone.
RULE_RE = re.compile(r"[-=_*~·.…]{5,}")
RULE_CHARS = frozenset("-=_*~·.…")
# A machine transcription that spaces out Chinese words or characters ("下 面 請 東 岳 證 券 的 沈 一 鳴
# 提 問"): when at least this share of its Chinese characters has a space before the next one, the
# analysis view drops those spaces (the text itself stays as written).
SPACED_CJK_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
MIN_SPACED_SHARE = 0.3
# Full-width Latin letters and digits ("Ｑ１（…）：", "Ａ２："), as Chinese word processors type them: the
# analysis view reads them as their ASCII forms (one character for one, so offsets hold; full-width
# punctuation, the norm in Chinese text, stays).
NARROW_ALNUM = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
)
WIDE_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _narrowed(text: str) -> str:
    """``text`` with full-width letters and digits read as ASCII; the same string object when it has
    none (most texts), so what is keyed by a paragraph's text still finds it."""
    return text.translate(NARROW_ALNUM) if not text.isascii() and WIDE_ALNUM_RE.search(text) else text


@dataclass
class Scan:
    """Read-only views of one document shared by every recogniser (0-based paragraph indices)."""

    doc: Document
    v: Vocab
    texts: list[str]
    simp: list[str]
    header: dict[int, str] = field(default_factory=dict)
    """Paragraph -> header kind (``qa``, ``prepared``, ``roster_company`` ...)."""
    boiler: set[int] = field(default_factory=set)
    """Page furniture: share buttons, rules, footers, disclaimers, lone timestamps."""
    rendering: dict[int, int] = field(default_factory=dict)
    """A parallel bilingual layout's renderings and repeats -> the tagged paragraph they say again."""
    inert: set[int] = field(default_factory=set)
    """Furniture between the lines of a layout (a JSON export's braces, a lone timestamp under a
    label): it ends neither a turn nor the call."""

    @property
    def n(self) -> int:
        return len(self.texts)

    def folded(self, i: int) -> str:
        return fold(self.simp[i].strip())

    @cached_property
    def simp_casefolded(self) -> list[str]:
        """Each simplified text case-folded, once for the recognisers that look for words in any case
        (case folding maps each character on its own: the texts joined and folded are these joined)."""
        return [t.casefold() for t in self.simp]


LATIN_CHAR_RE = re.compile(r"[A-Za-z]")


def _bilingual_header(v: Vocab, t: str) -> str | None:
    """``Q&A 问答环节``, ``问答环节 Q&A``: one header in both languages on one line, both halves of one
    kind."""
    cjk = CJK_CHAR_RE.search(t)
    latin = LATIN_CHAR_RE.search(t) if cjk is not None else None
    if cjk is None or latin is None:
        return None
    k = cjk.start() or latin.start()  # where the second language starts
    first, second = t[:k].strip(), t[k:].strip()
    if not first or not second:
        return None
    kind = v.header(fold(_heading(first)))
    return kind if kind is not None and v.header(fold(_heading(second))) == kind else None


def scan(doc: Document, v: Vocab) -> Scan:
    """Headers and page furniture: whole-line vocabulary matches on short lines only."""
    s = Scan(
        doc,
        v,
        [_narrowed(p.text) for p in doc.paragraphs],
        [_narrowed(t) for t in _despaced(doc, list(doc.simplified))],
    )
    par = parallel.find(s.texts, s.simp)
    if par is not None:  # the views read past each line's language tag
        s.texts, s.simp, s.rendering = par.texts, par.simp, par.rendering
        s.boiler.update(par.furniture)
        s.inert = par.furniture
    for i, text in enumerate(s.simp):
        t = text.strip()
        if MAX_HEADER_CHARS < len(t) <= MAX_QA_RECORD_CHARS and t[:1] in "Qq" and QA_RECORD_RE.match(t):
            s.header[i] = "qa"  # "Q&A at the Conference on Financial Results for FY2025 (held on ...)"
            continue
        if len(t) <= MAX_HEADER_CHARS:
            kind = v.header(fold(_heading(t))) or _bilingual_header(v, t)
            if kind is not None and not _label_not_roster(s, i, kind):
                s.header[i] = kind
                continue
            if is_time_only(t):  # a lone timestamp between a label and its speech ends no turn
                s.boiler.add(i)
                s.inert.add(i)
                continue
        if (len(t) <= MAX_BOILERPLATE_CHARS and v.is_boilerplate(t)) or (t[:1] in RULE_CHARS and RULE_RE.fullmatch(t)):
            s.boiler.add(i)  # a rule of dots or dashes between vendor turns is furniture at any width
    _related_links(s)
    _glossary(s)
    _table_of_contents(s)
    _running_titles(s)
    _page_host_lines(s)
    _avatar_panels(s)
    _notes_callouts(s)
    _front_matter(s)
    return s


# A Markdown note's front matter: metadata between two ``---`` lines at the very top (tags, date, an
# attendees list), read within this many paragraphs.
FRONT_MATTER_FENCE = "---"
MAX_FRONT_MATTER = 60
# Its first line is a lower-case key ("tags:", "title: …"), not a label after a horizontal rule ("Operator: …").
FRONT_MATTER_KEY_RE = re.compile(r"[a-z_][\w-]*:(?:\s|$)")


def _front_matter(s: Scan) -> None:
    """A note's front matter is furniture: its attendees list names people but nobody speaks there."""
    if s.n < 2 or s.texts[0].strip() != FRONT_MATTER_FENCE or not FRONT_MATTER_KEY_RE.match(s.texts[1]):
        return
    end = next((i for i in range(1, min(s.n, MAX_FRONT_MATTER)) if s.texts[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        return
    for i in range(end + 1):
        s.boiler.add(i)
        s.header.pop(i, None)


# A notes app's callout of the note-taker's own (``> [!note] Notetaker``, ``> [!summary] AI summary``,
# ``> [!todo] Action items``): its lines quote no speaker.
NOTES_CALLOUT_RE = re.compile(
    r">\s*\[!(?:note|summary|abstract|tldr|todo|info|tip|hint|important|warning|caution|example|success|check|done)\][-+]?(?:\s.*)?",
    re.IGNORECASE,
)


def _notes_callouts(s: Scan) -> None:
    """A note-taker's callout and the quoted lines under it are furniture: nobody said them."""
    i, n, texts = 0, s.n, s.texts
    while i < n:
        if ">" not in texts[i] or not NOTES_CALLOUT_RE.fullmatch(texts[i].strip()):
            i += 1  # (a callout opens with ">": a paragraph without one is not copied to be stripped)
            continue
        s.boiler.add(i)
        i += 1
        while i < n and s.texts[i].lstrip().startswith(">") and not s.texts[i].lstrip().startswith(">>") and "[!" not in s.texts[i]:
            s.boiler.add(i)
            i += 1


# A quote site's transcript panel: the avatar's initial, the name, the speaker's role in lower case.
AVATAR_PANELS = 2
MAX_PANEL_ROLE = 20
# Furniture lines (a page's footer) that may stand between the initial, the name and the role line.
MAX_PANEL_BREAK = 3


def _avatar_panels(s: Scan) -> None:
    """A transcript panel that heads each turn with the avatar's initial alone (``K``), the name
    (``Kazuma Ishiguro``) and a lower-case role line (``executive``, ``analyst``): the initial and the
    role line are furniture around the name, read at least ``AVATAR_PANELS`` times in the document."""
    found: list[tuple[int, int]] = []
    texts = s.texts
    for i in range(s.n - 2):
        first = texts[i]
        if len(first) != 1 and not (first[:1].isspace() or first[-1:].isspace()):
            continue  # (no space to strip: a text of more than one character is no initial)
        at = _past_furniture(s, i + 1)  # a page's footer printed between the initial and the name
        if len(first.strip()) != 1 or at >= s.n - 1 or texts[at].strip()[:1] != first.strip():
            continue
        at_role = _past_furniture(s, at + 1)  # ... or between the name and the role line
        letter, role = first.strip(), texts[min(at_role, s.n - 1)].strip()
        if not (letter.isupper() and at_role < s.n and len(role) <= MAX_PANEL_ROLE):
            continue
        if role.islower() and any(s.v.label(w) or s.v.header(w) for w in (fold(role), fold(role + "s"))):
            found.append((i, at_role))
    if len(found) < AVATAR_PANELS:
        return
    for pair in found:
        for k in pair:
            s.boiler.add(k)
            s.inert.add(k)
            s.header.pop(k, None)


def _past_furniture(s: Scan, i: int) -> int:
    """The first paragraph from ``i`` on that is not page furniture (at most ``MAX_PANEL_BREAK`` skipped)."""
    at = i
    while at < s.n and at in s.boiler and at - i < MAX_PANEL_BREAK:
        at += 1
    return at


def despace(text: str) -> str:
    """``text`` without the spaces between Chinese characters."""
    return SPACED_CJK_RE.sub("", text)


def _despaced(doc: Document, simp: list[str]) -> list[str]:
    """The simplified texts, without the spaces a machine transcription puts between Chinese
    characters when it does so throughout (a text that merely spaces a few words keeps them)."""
    if doc.language == "en":
        return simp
    joined = "\n".join(simp)
    cjk = len(CJK_CHAR_RE.findall(joined))
    if not cjk or len(SPACED_CJK_RE.findall(joined)) < MIN_SPACED_SHARE * cjk:
        return simp
    return [despace(t) for t in simp]


MAX_RUNNING_TITLE = 160


def _running_titles(s: Scan) -> None:
    """The call's title repeated at the top of every page of a PDF export ("NETFLIX, INC. FQ1 2022
    ... EARNINGS CALL | APR 19, 2022"): after its first occurrence, page furniture. A line that is a
    speaker's label whole ("Conference Call Operator") is that speaker at every turn."""
    seen: set[str] = set()
    for i, t in enumerate(s.simp):  # paragraph texts are trimmed
        if len(t) > MAX_RUNNING_TITLE:
            continue
        if t not in seen:
            seen.add(t)
        elif i not in s.header and s.v.call_title.search(t) and s.v.label(fold(_heading(t).rstrip(":："))) is None:
            s.boiler.add(i)


# A role and a name alone on a line: "Moderator: Elise Park".
_ROLE_NAME_RE = re.compile(r"(?P<role>[^:：]{2,30})[:：]\s*(?P<name>[^:：]{2,40})")


def _page_host_lines(s: Scan) -> None:
    """A conferencing vendor's page header naming the call's host ("Moderator: Elise Park") on every
    page: a role label whose words are a name alone, printed word for word more than once, is page
    furniture, not a turn (no one says only a name twice); the turn it stands in goes on past it."""
    count: dict[str, int] = {}
    for t in s.simp:
        if len(t) <= MAX_HEADER_CHARS:
            count[t.strip()] = count.get(t.strip(), 0) + 1
    if all(c < 2 for c in count.values()):
        return  # (no short line printed twice: no page header, and no line to read for one)
    for i, text in enumerate(s.simp):
        t = text.strip()
        if len(t) > MAX_HEADER_CHARS or count.get(t, 0) < 2 or i in s.boiler:
            continue
        m = _ROLE_NAME_RE.fullmatch(t)
        if m is None or s.v.label(fold(m["role"].strip())) is None or not is_name(m["name"].strip(), s.v):
            continue
        for step in (-1, 0, 1):  # ... with the header's other lines printed as often around it
            j = i + step
            while 0 <= j < s.n and len(t_j := s.simp[j].strip()) <= MAX_HEADER_CHARS and count.get(t_j, 0) >= 2:
                s.boiler.add(j)
                s.inert.add(j)
                s.header.pop(j, None)
                if not step:
                    break
                j += step


# Section headers a table of contents lists: one run of them, with nothing between.
TOC_KINDS = frozenset({"prepared", "qa", "roster_company", "roster_analyst", "roster_any", "end"})


def _table_of_contents(s: Scan) -> None:
    """A table of contents ("Contents:" then "Prepared Remarks", "Questions and Answers", "Call
    Participants"), or a run of section headers naming both the remarks and the Q&A with nothing
    between them: furniture, not the sections (the real headers come later; the run ends at the
    first kind it already listed)."""
    header = s.header
    for i in sorted(header):
        if i not in header:
            continue  # already taken as part of a list
        listed = header[i] == "contents"
        j = i + 1 if listed else i
        k = j
        kinds: set[str] = set()
        while header.get(k) in TOC_KINDS and header[k] not in kinds:
            kinds.add(header[k])  # a contents list names each section once: a repeat is the section
            k += 1
        if (listed and k > j) or {"prepared", "qa"} <= kinds:
            for m in range(i, k):
                del header[m]
                s.boiler.add(m)


_SENTENCE_END_RE = re.compile(r"[。！？]|[.!?](?:\s|$)")


def _related_links(s: Scan) -> None:
    """A related-links block ("相关新闻：", "Related articles"): its header and the headline-like lines
    after it (short, no sentence end) are page furniture, not the story."""
    inside = False
    for i, text in enumerate(s.simp):
        t = text.strip()
        if len(t) <= MAX_HEADER_CHARS and s.v.related_links.search(t):
            s.boiler.add(i)
            inside = True
        elif inside and len(t) <= MAX_HEADER_CHARS and not _SENTENCE_END_RE.search(t):
            s.boiler.add(i)
        else:
            inside = False


# A glossary entry: a term of a few words, a colon, its definition ("Peiyou Small Class: TAL's ...").
_TERM_RE = re.compile(r"(?P<term>[^:：\n]{2,60}?)\s*[:：]\s*\S")


def _glossary(s: Scan) -> None:
    """A glossary ("INDUSTRY GLOSSARY" then "Term: definition" lines): its heading and entries are
    page furniture, not speakers' turns (a term reads like a label); the first line that is no such
    entry, or whose "term" is a role label ("Operator: ..."), ends it."""
    for i, text in enumerate(s.simp):
        t = text.strip()
        if len(t) > MAX_HEADER_CHARS or not s.v.glossary.search(t):
            continue
        s.boiler.add(i)
        s.header.pop(i, None)
        for j in range(i + 1, s.n):
            m = _TERM_RE.match(s.simp[j])
            if m is None or s.v.label(fold(m["term"])) is not None:
                break
            s.boiler.add(j)


# A heading printed with a space after every letter ("A P P E A R A N C E S", "P R O C E E D I N G S").
LETTER_SPACED_RE = re.compile(r"(?:[A-Za-z] ){3,}[A-Za-z]:?")


def _heading(t: str) -> str:
    """A heading without its Markdown (``## Q&A``, ``**Executives:**``), section number (``二、问答环节``),
    lenticular brackets (``【问答】``) or letter spacing (``A P P E A R A N C E S``)."""
    if t[:1] == "【" and t.endswith("】"):
        t = t[1:-1]
    if LETTER_SPACED_RE.fullmatch(t):
        t = t.replace(" ", "")  # a court reporter's "A P P E A R A N C E S"
    if t[:1] in ("#", "*", "_"):
        m = MARKDOWN_HEADING_RE.match(t)
        t = m.group(1) if m else t
    if t[:1].isdigit() or t[:1] in "一二三四五六七八九十（(":
        t = SECTION_NUMBER_RE.sub("", t, count=1)
    return t


def _label_not_roster(s: Scan, i: int, kind: str) -> bool:
    """``管理层`` and ``分析师`` head a roster when names follow, but are speaker labels before speech."""
    if kind not in ROSTER_HEADERS or s.v.label(fold(s.simp[i].strip())) is None:
        return False
    j = i + 1
    return j >= s.n or parse_roster_line(s.texts[j], s.simp[j], s.v, frozenset()) is None
