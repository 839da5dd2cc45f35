"""Speaker labels confirmed, turn headers (label and affiliation lines) and speaker turns.

Rules chosen:
- Evidence for a person label: a role label, ``Q –``/``A –`` prefix, ``Name:`` alone, bold, a name
  known from the roster, the people lexicon or an operator announcement, or a lone ``Q`` / ``A``
  mark under it is enough; a plausible name
  otherwise needs to recur or the document to have two such strong labels (and, alone on its line,
  to be followed by speech); nothing before the call's first signal is a label. An inline
  ``Full Name:`` heard once counts when the text named that person before it, or when such labels
  open nearly every paragraph; ``MS. SURNAME:`` is the one person of that surname named in full.
- A turn header may go on after the label: the speaker's affiliation line (the roster's text for
  that speaker, one already seen after their label, or ``Firm - Title`` after a bare name), also
  after a lone ``Q`` / ``A`` mark (a flattened PDF header). An affiliation line is never a speaker.
- An interpreter's turn stays the turn of the speaker interpreted; a label right after another label
  with no speech between them, in the other script or for the same role, is that label's
  translation (one speaker).
  A person's label in the other script right after their speech, with the same surname
  (``Helen Zhou`` / ``周海伦``) and speech in the other language, is that speech rendered (one speaker).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from finbrief.ingest.inline import REPORTED_ANSWER_RE, REPORTED_QUESTION_RE, reported_questions
from finbrief.ingest.qa_table import qa_columns, question_cell
from finbrief.ingest.script import CJK_RE, to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import Vocab, fold
from finbrief.model import ParagraphRole, Side
from finbrief.structure.initials import comma_parts
from finbrief.structure.labels import (
    LOWER,
    TRAILING_MARKS,
    UPPER,
    Label,
    is_analyst_title,
    is_cjk_name,
    is_firm,
    is_latin_name,
    is_name,
    is_research_arm,
    is_time_only,
    is_title,
    leading_asker,
    parse_label,
    strip_emphasis,
    trailing_asker,
    trailing_speaker,
)
from finbrief.structure.roster import Roster, is_affiliation
from finbrief.structure.scan import Scan
from finbrief.structure.speakers import Record, Registry

ROLE_TURNS = ("operator", "host", "company_representative", "unnamed_analyst")


@dataclass
class Turn:
    """A speaker's turn: its header paragraphs and the paragraphs of speech that follow (0-based)."""

    start: int
    speaker: str | None
    kind: str
    """``person`` or a role label kind (``operator``, ``host``, ``company_representative``,
    ``unnamed_analyst``, ``question``, ``answer``)."""
    prefix: str | None
    paras: list[int] = field(default_factory=list)
    firm: str | None = None
    """The firm an anonymous question's label names (``高盛分析师``)."""
    also: list[str] = field(default_factory=list)
    """Others the label names as speaking with the speaker (``答：董事长王建平、总经理陈立：``)."""


def candidates(
    s: Scan, skip: set[int], known: frozenset[str], listed: Sequence[str] = (), introduced: Sequence[str] = ()
) -> dict[int, Label]:
    """Every paragraph that reads like a label, before any evidence is weighed. ``listed``: full
    names the roster lists or the call is handed to, whom a label may call by first name or surname;
    ``introduced``: full names only such a short label may stand for (askers introduced, officers named)."""
    out: dict[int, Label] = {}
    for i in range(s.n):
        if i in s.header or i in s.boiler or i in skip or i in s.rendering:
            continue
        lab = parse_label(s.texts[i], s.simp[i], s.v, known)
        if lab is None and "   " in s.texts[i]:
            lab = _form_column_label(s, i, known)
        if lab is None and s.texts[i].startswith("**") and i and is_time_only(s.texts[i - 1]):
            lab = _timed_bold_lead(s, i, known)
        if lab is not None:
            out[i] = lab
    for j in [j for j, lab in out.items() if lab.role == "answer" or lab.prefix == "A"]:
        i = j - 1
        while i >= 0 and i in s.boiler and i not in s.header:
            i -= 1  # (a page footer between a question and its answer mark)
        if i >= 0 and i not in out and i not in s.header and i not in s.boiler and i not in skip:
            m = NUMBERED_QUESTION_RE.match(s.texts[i])
            if m and (_asks(s, m.group("q")) or _topic_heading(m.group("q"))):
                out[i] = Label(
                    "question", m.group("mark"), fold(m.group("mark")), "anon_inline", True, m.start("q")
                )
    _company_answers(s, skip, out)
    _user_asks_company(s, skip, out)
    _greeted_answers(s, skip, out)
    _topic_questions(s, skip, out, listed)
    _qa_table(s, skip, out)
    _numbered_record(s, skip, out)
    _surname_labels(s, skip, out, [*listed, *introduced])
    _period_labels(s, out)
    _signed_posts(s, skip, out)
    _stamped_posts(s, skip, out)
    _chat_nicknames(s, skip, out)
    _platform_page_furniture(s, skip, out)
    _named_mark_lines(s, skip, out, known)
    _honorific_labels(s, out)
    _bare_question_marks(s, skip, out)
    _role_only_analysts(s, skip, out)
    _unnamed_changes(s, skip, out)
    _aliased_labels(s, skip, out)
    _induced_labels(s, skip, out, known, listed)
    _keyed_numbers(s, out)
    _role_keys(s, out)
    _drop_teasers(s, out)
    for i, lab in list(out.items()):
        tail = s.texts[i].rstrip()
        if lab.role in ("question", "answer") and s.texts[i][lab.body_start : lab.body_start + 2].lstrip()[:1] == "[":
            named = leading_asker(s.texts[i], s.simp[i], lab, s.v, known)
            if named is not None:
                out[i] = named
                continue
        if lab.role in ("question", "answer") and (tail[-1:] in TRAILING_MARKS or "—" in tail[-TRAILING_DASH_CHARS:]):
            named = trailing_asker(s.texts[i], s.simp[i], lab, s.v, known)
            if named is not None:
                out[i] = named
    _signed_paragraphs(s, skip, out, known)
    _reported_labels(s, skip, out)
    _reported_minutes_zh(s, skip, out)
    return out


# A bold lead and the speech after it on one line, no colon between: "**Hannah Kerr** Thanks, Victor.".
BOLD_LEAD_RE = re.compile(r"\*\*(?P<who>[^*\n]{1,60})\*\*(?=\s+\S)")


def _timed_bold_lead(s: Scan, i: int, known: frozenset[str]) -> Label | None:
    """``**Name** speech`` right under a line holding only a time: a transcript's turn opened by its
    time, the bold lead who speaks (as ``**Name:** speech`` would say), not emphasis."""
    t, simp = s.texts[i], s.simp[i]
    m = BOLD_LEAD_RE.match(t)
    if m is None:
        return None
    cut = m.end()
    lab = parse_label(f"{t[:cut]}:{t[cut:]}", f"{simp[:cut]}:{simp[cut:]}", s.v, known)
    if lab is None or not lab.inline or lab.body_start <= cut:
        return None
    return dataclasses.replace(lab, body_start=lab.body_start - 1)


# How near the end of a question a dash may open who asked it ("…？——中信建投 房宇").
TRAILING_DASH_CHARS = 30


# A record form exported from a PDF puts a field's caption (left column) on the line of the answer in
# the right one: "投资者关系活动       答：公司空气悬架系统…".
FORM_GAP_RE = re.compile(r"[\u4e00-\u9fff（）()]{2,12}\s{3,}(?=\S)")


def _form_column_label(s: Scan, i: int, known: frozenset[str]) -> Label | None:
    """An anonymous question or answer mark after a form caption and a column gap, read as the line's
    own mark (its speech starts after the mark)."""
    m = FORM_GAP_RE.match(s.texts[i])
    if m is None or FORM_GAP_RE.match(s.simp[i]) is None:
        return None
    cut = m.end()
    lab = parse_label(s.texts[i][cut:], s.simp[i][cut:], s.v, known)
    if lab is None or not lab.inline or lab.role not in ("question", "answer"):
        return None
    return dataclasses.replace(lab, body_start=lab.body_start + cut)


REPORTED_FIRM_GROUPS = ("byfirm", "byfirm2", "byfirm3", "firm", "firm2", "firm3")
# Minutes that define a short term for each officer where they first name them ("Ms Lim Pei Shan ("CEO")
# presented …", "Mr Goh Wen Jie (the "Chairman")"): "The CEO replied that …" is that person's reply.
DEFINED_TERM_RE = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Mdm|Madam|Dr)\.?\s+)?(?P<name>[A-Z](?:[^\W\d_]|['’-])+(?: [A-Z](?:[^\W\d_]|['’-])+){1,3})\s*"
    r"\((?:the\s+)?[“\"](?P<term>[A-Z][\w ]{1,30}?)[”\"]\)"
)


def _defined_terms(s: Scan) -> dict[str, str]:
    """Short term -> the person's name, for each term the text defines once for one person."""
    seen: dict[str, set[str]] = {}
    for t in s.texts:
        if '("' in t or "(“" in t or "(the " in t:
            for m in DEFINED_TERM_RE.finditer(t):
                if is_name(m.group("name"), s.v):
                    seen.setdefault(m.group("term"), set()).add(m.group("name"))
    return {term: next(iter(names)) for term, names in seen.items() if len(names) == 1}


def _reported_labels(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """Notes of a call in the third person (ingest cut them at each reported answer): "Jane Roe
    (Example Securities) asked about …" is Jane Roe's question, with her firm; "A private investor
    asked …" an unnamed one's; "Raj Patel replied that …" is Raj Patel's speech. Read only in a
    document with several reported questions."""
    asked = set(reported_questions(s.texts))
    if not asked:
        return
    defined = _defined_terms(s)
    for i in range(s.n):
        if i in out or i in s.header or i in s.boiler or i in skip:
            continue
        text = s.texts[i]
        q = REPORTED_QUESTION_RE.match(text) if i in asked else None
        if q is not None and q.group("anon"):
            out[i] = Label("question", q.group("anon"), fold(q.group("anon")), "anon_inline", True, 0)
            continue
        if q is not None:
            who = q.group("by") or q.group("asker")
            firm = next((q.group(g) for g in REPORTED_FIRM_GROUPS if q.group(g)), None)
            out[i] = Label(None, who, name_key(who), "strong", True, 0, prefix="Q", firm=firm.strip() if firm else None)
            continue
        a = REPORTED_ANSWER_RE.match(text)
        if a is None:
            continue
        who = a.group("who")
        if is_latin_name(who, s.v):
            out[i] = Label(None, who, name_key(who), "strong", True, 0)
            continue
        title = who.split(" ", 1)[1]  # "The CFO said …": whoever holds that title answers
        if (named := defined.get(title)) is not None:  # ... the person the minutes defined it as
            out[i] = Label(None, named, name_key(named), "strong", True, 0, title=title)
        elif is_title(title, s.v):
            out[i] = Label(None, title, name_key(title), "strong", True, 0, prefix="A", title=title)
        else:  # "Management said …"
            out[i] = Label("answer", who, fold(who), "anon_inline", True, 0)


# Chinese minutes defining a short term for each officer: "麥國棟先生（「主席」）".
DEFINED_TERM_ZH_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:先生|女士|小姐)?[（(]「(?P<term>[\u4e00-\u9fff]{2,8})」[)）]")
# A minutes' paragraph number: "3.1 ", "4. ".
MINUTES_NUMBER_RE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s*")
# A cheap test before the patterns: the first characters of 股东 / 代表 near a paragraph's start.
MINUTES_ASKER_CHARS = "股代"
MINUTES_HEAD_CHARS = 40
# Reported questions Chinese minutes need before their paragraphs are read so.
MIN_MINUTES_QUESTIONS = 2


def _reported_minutes_zh(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """Chinese minutes in reported speech: "3.1 股東羅家輝先生詢問…" is that shareholder's question ("恒禧
    資產管理之代表蘇詠琪女士詢問…" with the fund as firm, "一名股東詢問…" an unnamed one's); "3.2 行政總裁回應指，…"
    the reply of the person the minutes defined as "行政總裁", else of that office. Read only in a document
    with several such questions."""
    v = s.v
    if not v.minutes_question:
        return
    joined = "\n".join(s.simp)
    if not any(ch in joined for ch in MINUTES_ASKER_CHARS):
        return  # one search of the whole text spares each paragraph of a document without 股东 / 代表
    asked: dict[int, re.Match[str]] = {}
    for i in range(s.n):
        if i in out or i in s.header or i in s.boiler or i in skip or not any(ch in s.simp[i][:MINUTES_HEAD_CHARS] for ch in MINUTES_ASKER_CHARS):
            continue
        at = MINUTES_NUMBER_RE.match(s.simp[i])
        start = at.end() if at else 0
        q = next((m for rx in v.minutes_question if (m := rx.match(s.simp[i], start))), None)
        if q is not None and (q.groupdict().get("anon") or is_cjk_name(q["name"], v)):
            asked[i] = q
    if len(asked) < MIN_MINUTES_QUESTIONS:
        return
    defined: dict[str, str] = {}
    for i, t in enumerate(s.texts):
        if "「" in t:
            for d in DEFINED_TERM_ZH_RE.finditer(t):
                defined[to_simplified(d["term"])] = d["name"]
            if i in out and out[i].role is None and DEFINED_TERM_ZH_RE.fullmatch(t.strip()):
                del out[i]  # "葉志成先生（「財務總監」）" in the attendance: who is present, no one speaking
    for i, q in asked.items():
        text = s.texts[i]
        same = len(text) == len(s.simp[i])
        groups = q.groupdict()
        if groups.get("anon"):
            out[i] = Label("question", q["anon"], fold(q["anon"]), "anon_inline", True, 0)
            continue
        name = text[q.start("name") : q.end("name")] if same else q["name"]
        firm = (text[q.start("firm") : q.end("firm")] if same else q["firm"]) if groups.get("firm") else None
        out[i] = Label(None, name, name_key(q["name"]), "strong", True, 0, prefix="Q", firm=firm)
    first = min(asked)
    for i in range(first + 1, s.n):
        if i in out or i in s.header or i in s.boiler or i in skip:
            continue
        at = MINUTES_NUMBER_RE.match(s.simp[i])
        a = next((m for rx in v.minutes_answer if (m := rx.match(s.simp[i], at.end() if at else 0))), None)
        if a is None or not v.role_only_title.fullmatch(a["office"]):
            continue
        office = a["office"]
        named = defined.get(office)
        if named is not None:
            out[i] = Label(None, named, name_key(to_simplified(named)), "strong", True, 0, title=office)
        else:
            out[i] = Label(None, office, name_key(office), "strong", True, 0, prefix="A", title=office)


# Paragraphs signed after their words that make the signatures speaker labels: a record of several.
MIN_SIGNED = 2


def _signed_paragraphs(s: Scan, skip: set[int], out: dict[int, Label], known: frozenset[str]) -> None:
    """``Revenue was $742 million. [Jane Roe, CFO]`` under no label: signed by that person, when at
    least one other paragraph is signed the same way (a lone bracket at a paragraph's end may be
    an aside)."""
    signed: dict[int, Label] = {}
    for i in range(s.n):
        if i in out or i in s.header or i in s.boiler or i in skip or not s.texts[i].rstrip().endswith("]"):
            continue
        lab = trailing_speaker(s.texts[i], s.v, known)
        if lab is not None:
            signed[i] = lab
    if len(signed) >= MIN_SIGNED:
        out.update(signed)


# A roadshow platform's text record signs each post under it: "提问人：投资者 发布时间：2026-05-12 15:08",
# "回答人：总经理 叶知秋 回复时间：2026-05-12 15:14" (who, then perhaps when).
SIGNATURE_RE = re.compile(
    r"\s*(?P<mark>提问人|提问者|回答人|回复人|答复人|发言人)\s*[:：]\s*(?P<who>[^:：]*?)"
    r"\s*(?:(?:发布|回复|答复|提问|回答|发言)?时间\s*[:：].*)?$"
)
# A signature is looked for this many paragraphs at most under its post's mark.
MAX_SIGNED_PARAS = 3


# A Q&A platform's page copied as text (上证e互动, 互动易): each post is its author's line, its words,
# then a line stamping when (and from where) it was posted; the listed company's replies are signed
# with its short name, which the page's title gives before the stock code ("临港精工(688633)").
POST_STAMP_RE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*来自\s*\S{1,12})?"
)
POST_AUTHOR_RE = re.compile(r"[^\s，,。；;：:？?！!]{2,24}")
LISTED_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s*[（(](?:[A-Za-z]{2})?\d{6}(?:\.[A-Za-z]{2})?[)）]")
MIN_POSTS = 2
TITLE_LINES = 3


def _stamped_posts(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """Posts of a Q&A platform's page (see ``POST_STAMP_RE``): an author line signed with the listed
    company's name opens an answer, any other author an anonymous question; the stamps are furniture.
    Needs MIN_POSTS stamped posts, at least one of them the company's, and no other label."""
    if out or s.doc.language == "en":
        return
    listed = {m.group("name") for t in s.simp[:TITLE_LINES] for m in LISTED_NAME_RE.finditer(t)}
    if not listed:
        return
    stamps = [k for k in range(2, s.n) if k not in skip and POST_STAMP_RE.fullmatch(s.simp[k].strip())]
    posts: list[tuple[int, int, bool]] = []  # (author line, stamp line, the company's)
    for k in stamps:
        author = k - 2
        if author in s.header or author in skip or not POST_AUTHOR_RE.fullmatch(s.simp[author].strip()):
            continue
        posts.append((author, k, s.simp[author].strip() in listed))
    if len(posts) < MIN_POSTS or not any(ours for _, _, ours in posts) or all(ours for _, _, ours in posts):
        return
    for author, k, ours in posts:
        who = s.texts[author].strip()
        out[author] = Label("answer" if ours else "question", who, fold(s.simp[author].strip()), "strong", False, 0)
        s.boiler.add(k)


# A chat group's export heads each message with the sender's display name and the full date and time
# ("澄霁基金 许航 2025-11-05 15:06:45"); a display name of one word is a nickname ("海边的风 2025-11-05 15:11:02").
CHAT_HEADER_RE = re.compile(r"(?P<who>\S.{0,30}?)[ \t\u3000]+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?")
NICKNAME_RE = re.compile(r"[^\s:：，,。；;？?！!（）()\[\]【】\d]{2,16}")


def _chat_nicknames(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """In a chat export whose message headers name people (at least MIN_POSTS of them read as labels), a
    header under a nickname no rule reads as a person opens an anonymous question: a user name is no
    person's name (the platform-post reading of ``投资者 hjk2019``)."""
    if s.doc.language == "en" or sum(1 for i in out if CHAT_HEADER_RE.fullmatch(s.texts[i].strip())) < MIN_POSTS:
        return
    for i in range(s.n):
        if i in out or i in skip or i in s.header or i in s.boiler or i + 1 >= s.n:
            continue
        m = CHAT_HEADER_RE.fullmatch(s.texts[i].strip())
        if m is not None and NICKNAME_RE.fullmatch(m["who"]):
            who = m["who"]
            out[i] = Label("question", who, fold(to_simplified(who)), "strong", False, 0, prefix="Q")


# A Q&A platform page's question line, addressed to the company and its code: "问 青峰股份（688917）：".
ADDRESSED_RE = re.compile(r"问\s*(?P<company>[^:：\s（）()]{2,12})\s*[（(](?:[A-Za-z]{2})?\d{6}(?:\.[A-Za-z]{2})?[)）]\s*[:：]")


def _platform_page_furniture(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """A Q&A platform's page read through its question lines (``问 <company>（<code>）：``, at least
    MIN_POSTS of them): the stamp under each post, the user name over each question and the company's
    name over each reply are the page's furniture, no one's words."""
    asks = {i: m for i, lab in out.items() if lab.role == "question" and (m := ADDRESSED_RE.fullmatch(s.simp[i].strip()))}
    if len(asks) < MIN_POSTS:
        return
    companies = {m["company"] for m in asks.values()}
    answers = {j for j, lab in out.items() if lab.role == "answer"}
    for k in range(s.n):
        if k in out or k in skip or k in s.header:
            continue
        line = s.simp[k].strip()
        if (
            POST_STAMP_RE.fullmatch(line)
            or (k + 1 in asks and POST_AUTHOR_RE.fullmatch(line))
            or (k + 1 in answers and line in companies)
        ):
            s.boiler.add(k)


# The most characters of who a mark line names after its colon ("提问：华岳证券 孙悦").
MAX_MARKED_WHO = 24
NAMED_MARK_ENDS = frozenset("。！？!?；;，,…")


def _named_mark_lines(s: Scan, skip: set[int], out: dict[int, Label], known: frozenset[str]) -> None:
    """``提问：华岳证券 孙悦`` / ``回答：董事长 张伟`` alone on a line, the words on the lines below: the mark
    names who asks or answers, as a label would (``华岳证券 孙悦：``), not the first words of the speech."""
    for i, lab in list(out.items()):
        if lab.role not in ("question", "answer") or not lab.inline or i + 1 >= s.n or i + 1 in out:
            continue
        rest, rest_s = s.texts[i][lab.body_start :].strip(), s.simp[i][lab.body_start :].strip()
        if not rest or len(rest) > MAX_MARKED_WHO or rest[-1] in NAMED_MARK_ENDS or len(rest) != len(rest_s):
            continue
        named = parse_label(rest + "：", rest_s + "：", s.v, known)
        if named is None or named.role is not None or not named.who or named.inline or named.strength == "weak":
            continue
        prefix = "Q" if lab.role == "question" else "A"
        if prefix == "A" and (named.firm or is_analyst_title(named.title)):
            continue  # (an answer names the company's people)
        out[i] = dataclasses.replace(named, prefix=prefix, strength="strong", body_start=0)


def _signed_posts(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """A signature line under a question or answer (``SIGNATURE_RE``) says who wrote it: the answer
    mark above it becomes that person's (a title and a name, or a name alone), the question mark an
    analyst's when a firm and a name sign it; a generic asker ("投资者") leaves the question anonymous. The signature itself is furniture between the posts."""
    for j in range(s.n):
        if j in skip or j in s.header or "人" not in s.simp[j][:6]:
            continue
        m = SIGNATURE_RE.match(s.simp[j])
        if m is None:
            continue
        answer = m.group("mark") not in ("提问人", "提问者")
        i = next((k for k in range(j - 1, max(-1, j - 1 - MAX_SIGNED_PARAS), -1) if k in out), None)
        if i is None or out[i].role != ("answer" if answer else "question"):
            continue
        who = m.group("who").strip()
        title, _, name = who.rpartition(" ")
        key = name_key(name)
        if answer and name and (is_cjk_name(name, s.v) or is_latin_name(name, s.v)):
            lab = out[i]
            out[i] = Label(None, name, key, "strong", True, lab.body_start, prefix="A", title=title.strip() or None)
        elif not answer and name and title.strip() and is_cjk_name(name, s.v) and is_firm(title.strip(), s.v):
            # "提问人：华岳证券 孙悦": a firm and a person sign the question, that analyst's
            lab = out[i]
            out[i] = Label(None, name, key, "strong", True, lab.body_start, prefix="Q", firm=title.strip())
        out.pop(j, None)
        s.boiler.add(j)
        s.inert.add(j)


# Names in capitals closed by a full stop ("RACHEL KIM. Thank you.") are a layout only when it recurs:
# at least this many such labels, of two people at least (else "NORTH AMERICA. Sales rose" is prose).
MIN_PERIOD_LABELS = 3


def _period_labels(s: Scan, out: dict[int, Label]) -> None:
    """Drop ``NAME. speech`` candidates unless the document is written that way throughout."""
    found = [
        i
        for i, lab in out.items()
        if lab.inline and lab.role is None and lab.who.isupper() and s.texts[i][: lab.body_start].rstrip().endswith(".")
    ]
    if found and (len(found) < MIN_PERIOD_LABELS or len({out[i].key for i in found}) < 2):
        for i in found:
            del out[i]


# Who answers on a Q&A platform, written before a colon: the company's short name ("澄川精密：").
COMPANY_WHO_RE = re.compile(r"\s*(?P<who>[\u4e00-\u9fffA-Za-z]{2,10})\s*[:：]\s*(?=\S)")
# How far into the document its title (which names the company) may stand.
TITLE_LINES = 3


def _free(s: Scan, i: int, skip: set[int], out: dict[int, Label]) -> bool:
    return 0 <= i < s.n and i not in out and i not in s.header and i not in s.boiler and i not in skip


def _company_answers(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """``投资者：…？`` then ``澄川精密：尊敬的投资者…``: on a Q&A platform's page the company answers
    under its own short name, the one the page's title gives; such a line after a question mark is
    the answer."""
    head = "".join(s.simp[:TITLE_LINES])
    for i in [i for i, lab in out.items() if lab.role == "question"]:
        j = i + 1
        if not _free(s, j, skip, out):
            continue
        m = COMPANY_WHO_RE.match(s.simp[j])
        if m is not None and m.group("who") in head and not is_title(m.group("who"), s.v):
            out[j] = Label("answer", m.group("who"), fold(m.group("who")), "anon_inline", True, m.end())


# A Q&A platform digest's user asking and the company replying, each run into its verb: "海阔天空2020问：…",
# "瑞森股份答：…".
USER_ASKS_RE = re.compile(r"\s*[^\s:：，,。？?！!（）()]{2,20}?[问問]\s*[:：]\s*(?=\S)")
COMPANY_REPLIES_RE = re.compile(r"\s*(?P<who>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*(?:答|回复|回覆|回答)\s*[:：]\s*(?=\S)")


def _user_asks_company(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """``<user>问：…`` then ``<company>答：…``, the company the one the page's title names: a platform
    user's anonymous question and the company's reply."""
    head = "".join(s.simp[:TITLE_LINES])
    for j in range(1, s.n):
        t = s.simp[j]
        if "答" not in t and "回复" not in t and "回覆" not in t:  # the reply's verb, before any regex
            continue
        a = COMPANY_REPLIES_RE.match(t) if _free(s, j, skip, out) else None
        if a is None or a.group("who") not in head or is_title(a.group("who"), s.v):
            continue
        q = USER_ASKS_RE.match(s.simp[j - 1]) if _free(s, j - 1, skip, out) else None
        if q is not None:
            out[j - 1] = Label("question", "", "", "anon_inline", True, q.end())
            out[j] = Label("answer", a.group("who"), fold(a.group("who")), "anon_inline", True, a.end())


def _greeted_answers(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """A Q&A platform's record without marks: a question (it ends with a question mark), then the
    company's reply opening with the platform's greeting ("尊敬的投资者，您好！…"): a question and its
    answer (several such pairs, or one under the record's header, make the document a record)."""
    if any(lab.role is None for lab in out.values()):
        return  # a call with named speakers: a greeting there is someone's words
    if s.doc.language == "en" or not s.v.platform_greeting.search("\n".join(s.simp)):
        return  # one search over the whole text before any paragraph's
    for j in range(1, s.n):
        if not s.v.platform_greeting.match(s.simp[j]) or not _free(s, j, skip, out):
            continue
        i = j - 1
        if _free(s, i, skip, out) and s.simp[i].rstrip().endswith(QUESTION_END):
            out[i] = Label("question", "", "", "anon_inline", True, 0)
            out[j] = Label("answer", "", "", "anon_inline", True, 0)


# A summary of a briefing's questions, each headed by its topic, the answer in the paragraph under
# it: "Fixed costs：Could you break down the increase …?" (a topic of a few words, then the question).
TOPIC_QUESTION_RE = re.compile(r"(?P<topic>[^\W\d_][^:：?？。.!！\[\]()（）]{1,59}?)\s*[:：]\s*(?P<q>\S.{9,}[?？])\s*$")
MAX_TOPIC_WORDS = 8
# The topic's colon stands within this many characters of the paragraph's start.
TOPIC_COLON_AT = 64
MIN_TOPIC_QUESTIONS = 2


def _topic_questions(s: Scan, skip: set[int], out: dict[int, Label], listed: Sequence[str] = ()) -> None:
    """A text with no labels at all whose questions open with their topic and a colon, each followed
    by an unmarked answer (``TOPIC_QUESTION_RE``; at least two such pairs): questions and answers of
    nobody named (a company's own summary of its briefing). A weak candidate in the title lines
    ("Larchmont Instruments: Q&A for FY2025 Results") is no label, and a "topic" that is the first
    name or surname of someone the participants list names ("Nina: Thanks. …?") is that person's label."""
    if any(i >= TITLE_LINES or lab.strength != "weak" for i, lab in out.items()):
        return
    people = {w.casefold() for name in listed if " " in name.strip() for w in name.split()}
    found: list[tuple[int, int]] = []
    for i in range(s.n - 1):
        t = s.texts[i]
        if t.rstrip()[-1:] not in ("?", "？") or not (":" in t[:TOPIC_COLON_AT] or "：" in t[:TOPIC_COLON_AT]):
            continue  # (most paragraphs, told cheaply)
        m = TOPIC_QUESTION_RE.match(t)
        if m is None or not m.group("topic").isascii() or len(m.group("topic").split()) > MAX_TOPIC_WORDS:
            continue  # (Chinese minutes' "毛利率：…？" are read by the minutes' own recognisers)
        if m.group("topic").casefold() in people:
            continue
        if not _free(s, i, skip, out):
            continue
        j = i + 1
        if _free(s, j, skip, out) and not (s.texts[j].rstrip()[-1:] in ("?", "？") and TOPIC_QUESTION_RE.match(s.texts[j])):
            found.append((i, m.start("q")))
    if len(found) < MIN_TOPIC_QUESTIONS:
        return
    for i, q in found:
        out[i] = Label("question", "", "", "anon_inline", True, q)
        out[i + 1] = Label("answer", "", "", "anon_inline", True, 0)


def _qa_table(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """Under a table header naming a question and an answer column (``| 日期 | 提问 | 回复 |``), each row
    ingest cut in two (``ingest.qa_table``): the row's start up to its question cell asks, the answer
    cell after it answers; nobody is named."""
    columns: tuple[int, int, int] | None = None
    for i in range(s.n):
        t = s.texts[i]
        if not t.startswith("|"):
            if columns is not None and i > 0 and (i - 1) in out and out[i - 1].role == "question" and _free(s, i, skip, out):
                out[i] = Label("answer", "", "", "anon_inline", True, 0)
                continue
            columns = None
            continue
        header = qa_columns(t)
        if header is not None:
            columns = header
            out.pop(i, None)  # "| 问题 | 回答内容 |" names the columns; it asks nothing
            continue
        q = question_cell(t, columns) if columns is not None and _free(s, i, skip, out) else None
        if q is not None and i + 1 < s.n and not s.texts[i + 1].startswith("|"):
            out[i] = Label("question", "", "", "anon_inline", True, q)


# Captions mark every change of speaker with ">>" and name only some speakers (">> JANE ROE: …"): a
# bare mark opens someone else's turn. At least this many marks must name a speaker for the mark to
# be read so.
CHANGE_MARK = ">>"
MIN_NAMED_MARKS = 2


def _unnamed_changes(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """``>> AND WHAT ABOUT …?`` after ``>> JANE ROE: …``: a paragraph opening with the change-of-speaker
    mark and no name, that asks, is an unnamed speaker's question (the pairing names the asker from
    the introduction in force); one that does not ask is left as it is (its speaker is not guessed)."""
    named = sum(1 for i, lab in out.items() if lab.role is None and s.texts[i].lstrip().startswith(CHANGE_MARK))
    if named < MIN_NAMED_MARKS:
        return
    for i in range(s.n):
        t = s.texts[i]
        if not t.startswith(CHANGE_MARK) or not _free(s, i, skip, out):
            continue
        body = len(t) - len(t[len(CHANGE_MARK) :].lstrip()) if len(t) > len(CHANGE_MARK) else len(t)
        if _asks(s, t[body:]):
            out[i] = Label("question", "", "", "anon_inline", True, body)


# --- labels induced from repetition ---------------------------------------------------------------
# When the label shapes above find fewer than two named speakers, the text may still open its paragraphs
# with who speaks in a shape of its own ("Renata Silva — Thank you.", "MARSH: Thank you.", "S3: Thanks.",
# "<Isabel Moreau> Thank you."): a short prefix before one separator, recurring with a small set of
# values, some of them people the text names in full (a participants line, an introduction) or a role.
# Separators (or enclosing brackets) a prefix may end with, and how far into the paragraph.
INDUCED_SEPARATORS = (": ", " — ", " – ", " - ", " -- ", "- ", "\t")
INDUCED_BRACKETS = (("<", "> "), ("[", "] "))
# ... or a hearing record's courtesy title or office and surname closed by a full stop ("Mr. Quaid. Thank
# you, Mr. Chairman.", "Chairman Redmond. The subcommittee will come to order.", "Ms. LINDQVIST. …").
HEARING_PREFIX_RE = re.compile(
    r"(?P<who>(?:(?:Mr|Ms|Mrs|Dr)\.|Chairman|Chairwoman|Chairperson|Senator) [A-Z][A-Za-z'’-]+)\.[ \t]+(?=[A-Z\"“(])"
)
HEARING_STARTS = frozenset("MCDS")
HEARING_CHAIRS = ("Chairman ", "Chairwoman ", "Chairperson ")
MAX_PREFIX_CHARS = 40
MAX_PREFIX_WORDS = 4
# At least this many paragraphs open so, with at least MIN_RECURRING_VALUES values heard twice, and no
# more distinct values than this share of those paragraphs (a layout's speakers speak again and again).
MIN_INDUCED_PARAS = 4
MIN_RECURRING_VALUES = 2
MAX_DISTINCT_SHARE = 0.6
# ... though a short text may have this many distinct values whatever their share (a title line, a key).
MIN_DISTINCT_ALLOWED = 6
# A speaker code ("S3", "Speaker 2") and its key line ("S3 = Arturo Reyes, CEO").
CODE_RE = re.compile(r"(?:[A-Z]{1,3}\d{1,2}|Speaker \d{1,2}|Spk \d{1,2})")
# ... or a short code in capitals that a key line of the text defines ("INT - Maya Ferris, Analyst").
KEY_CODE_RE = re.compile(r"[A-Z]{2,5}\d{0,2}")
PREFIX_BAD = frozenset(".?!,;\"“”()0123456789")
# A prefix may close with the speaker's firm or title in brackets ("Ana Ruiz (Pell Crane Advisors) - …",
# "Mira Holt (CFO) – …"): who speaks is the part before it, and the bracket may run past MAX_PREFIX_CHARS.
BRACKETED_PREFIX_RE = re.compile(
    r"(?P<who>[A-Z][^()（）\n:：]{1,38}?)\s*[(（](?P<aff>[^()（）\n:：]{2,60})[)）](?P<sep>:[ \t]|[ \t]+[-–—]{1,2}[ \t]+|[ \t]*\t)"
)
# An honorific before a surname or its initial in a prefix ("Ms ALDRIDGE", "Mr. W"): the full stop after
# it is no sentence's end.
HONORIFIC_PREFIX_RE = re.compile(r"(?P<hon>Mr|Ms|Mrs|Dr|Mx|Miss)\.?\s+(?P<rest>[A-Z][\w'’-]*)", re.IGNORECASE)


def _affiliated(prefix: str) -> tuple[str, str | None]:
    """(who, the firm or title in brackets after it) of a prefix ``_prefix`` read."""
    m = BRACKETED_PREFIX_AFF_RE.fullmatch(prefix)
    return (m.group("who"), m.group("aff")) if m else (prefix, None)


BRACKETED_PREFIX_AFF_RE = re.compile(r"(?P<who>[^()（）]+?) \((?P<aff>[^()（）]+)\)")
# Paragraphs opening with ``Name (Firm) -`` that show a layout of people's labels even beside labels of
# another shape (``Operator:`` or titles with a colon): at least this many, not yet labelled.
MIN_BRACKETED_PREFIXES = 2
DASH_SEPARATORS = (" - ", " – ", " — ", " -- ")


def _bracketed_person(prefix: str, s: Scan) -> bool:
    """A prefix that is a person's name with a firm or title in brackets (``Ana Ruiz (Pell Crane)``): the
    bracket marks it a speaker's label, as a second sighting of a plain prefix would."""
    who, aff = _affiliated(prefix)
    return aff is not None and is_latin_name(who, s.v)


def _bracketed_dash_paras(s: Scan, out: dict[int, Label]) -> int:
    """How many unlabelled paragraphs open with a person's ``Name (Firm)`` before a spaced dash."""
    n = 0
    for i, t in enumerate(s.texts):
        if i in out or " (" not in t[: MAX_PREFIX_CHARS + 4]:
            continue  # (most paragraphs, told cheaply)
        bm = BRACKETED_PREFIX_RE.match(t)
        if bm is not None and f" {bm.group('sep').strip(' ')} " in DASH_SEPARATORS and is_latin_name(bm.group("who"), s.v):
            n += 1
    return n


# ... or paragraphs opening with a person's full name and a spaced dash, the same name at least twice
# ("Helen Drake - Thanks, Lucas."): the company's speakers of a layout whose other labels take a colon;
# at least this many, which is enough to induce from.
MIN_DASHED_PERSON_PARAS = 3


def _dashed_person_paras(s: Scan, out: dict[int, Label]) -> int:
    """How many unlabelled paragraphs open with a person's full name, recurring so, before a spaced dash."""
    seen: dict[str, int] = {}
    for i, t in enumerate(s.texts):
        if i in out or " - " not in t[: MAX_PREFIX_CHARS + 3]:
            continue  # (most paragraphs, told cheaply)
        who = t[: t.index(" - ")]
        if " " in who and is_latin_name(who, s.v):
            seen[who] = seen.get(who, 0) + 1
    return sum(n for n in seen.values() if n >= 2)


def _prefix(text: str) -> tuple[str, str, int] | None:
    """(separator, prefix, where the speech starts) of a paragraph opening with a short prefix."""
    head = text[: MAX_PREFIX_CHARS + 4]
    if head[:1] in HEARING_STARTS and (hm := HEARING_PREFIX_RE.match(text)) is not None:
        return (". ", hm.group("who"), hm.end())
    if " (" in head and (bm := BRACKETED_PREFIX_RE.match(text)) is not None:
        mark = bm.group("sep").strip(" \t")  # the separator as the plain prefixes of the layout write it
        sep = ": " if mark == ":" else f" {mark} " if mark else "\t"
        return (sep, f"{bm.group('who')} ({bm.group('aff')})", bm.end())
    if (
        ": " not in head
        and "- " not in head
        and " -" not in head
        and " —" not in head
        and " –" not in head
        and "\t" not in head
        and head[:1] not in "<["
    ):
        return None  # (most paragraphs, told cheaply)
    for left, right in INDUCED_BRACKETS:
        if text.startswith(left):
            end = text.find(right, 1, MAX_PREFIX_CHARS + 2)
            return (left, text[1:end].strip(), end + len(right)) if end > 1 else None
    best: tuple[str, str, int] | None = None
    for sep in INDUCED_SEPARATORS:
        at = text.find(sep, 1, MAX_PREFIX_CHARS + len(sep))
        if at > 0 and (best is None or at < len(best[1])):
            best = (sep, text[:at].strip(), at + len(sep))
    return best


# What a paragraph opening with a prefix holds in its opening (``_prefix``'s cheap test), or opens with
# after a line break.
PREFIX_MARKS = (": ", " -", "- ", " —", " –", "\t", " (", "\n<", "\n[")


def _prefix_marks(openings: list[str]) -> int:
    """How many prefix marks the paragraphs' openings hold: no fewer than the openings ``_prefix``
    reads a prefix in."""
    joined = "\n".join(openings)
    hearing = sum(1 for o in openings if o[:1] in HEARING_STARTS and HEARING_PREFIX_RE.match(o) is not None)
    return sum(map(joined.count, PREFIX_MARKS)) + (joined[:1] in ("<", "[")) + hearing


def _named_in_full(s: Scan, word: str, listed: Sequence[str]) -> str | None:
    """The one full name (``Given Surname``) the text or ``listed`` gives whose first name or surname is
    ``word`` (any case), as written (capitalised when written in capitals); else None."""
    w = re.escape(word)
    rx = re.compile(rf"\b(?:(?i:{w})\s+[A-Z][\w'’-]+|[A-Z][a-z'’-]+\s+(?i:{w}))\b")
    text = "\n".join([*listed, *s.texts])
    found = {f.title() if f.isupper() else f for f in rx.findall(text)}
    # ... or both words in capitals, the first no office ("STATEMENT OF ELAINE THORNBURY, CHIEF EXECUTIVE
    # OFFICER" in a hearing record; not "VICE CHAIR MARSH")
    caps = re.findall(rf"\b([A-Z][A-Z'’-]+)\s+{re.escape(word.upper())}\b", text) if word.upper() in text else []
    found |= {f"{g.title()} {word.title()}" for g in caps if not is_title(g.title(), s.v)}
    # a record's list of witnesses, surname first, in capitals or not, the honorific perhaps left out
    # ("ALDRIDGE, Ms Karen, Chief Executive", "Thornbury, Elaine, Chief Executive Officer, …")
    found |= {
        f"{g} {word.title()}"
        for g in re.findall(rf"\b{w},\s+(?:{HONORIFIC}\.?\s+)?([A-Z][a-z'’-]+)\b,", text)
    }
    found = {
        f
        for f in found
        if f.casefold() != word.casefold() and "\n" not in f and not HONORIFIC_PREFIX_RE.fullmatch(f) and is_name(f, s.v)
    }
    return found.pop() if len(found) == 1 else None


# A key line's mark between a code and its name ("S3 = Arturo Reyes", "INT - Maya Ferris", "RA<TAB>Rupert").
KEY_MARK = r"(?:\s*=\s*|\s+[-–—]\s+|\t+)"
# An honorific written before a name.
HONORIFIC = "(?:Mr|Ms|Mrs|Dr|Mx|Miss)"


def _coded(s: Scan, code: str) -> str | None:
    """The name a speaker key gives a code ("S3 = Arturo Reyes, CEO", "INT - Maya Ferris, Analyst" on a
    line of its own), if the text has one: a person's name or a role, never the code's own speech."""
    m = _key_line(s, code)
    return m.group("name") if m else None


def _key_line(s: Scan, code: str) -> re.Match[str] | None:
    """The key line that gives ``code`` a full name (``_coded``), with the details after the name."""
    rx = re.compile(
        rf"(?<![\w-]){re.escape(code)}{KEY_MARK}(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}})"
        r"(?P<details>(?:,[ \t]*[^,\n]+){0,3})"
    )
    for t in s.texts:
        if code in t:
            m = rx.search(t)
            if m and (is_name(m.group("name"), s.v) or s.v.label(fold(m.group("name"))) is not None):
                return m  # (a person, or a role: "S1 = Operator")
    return None


# The next code of a key run into the same paragraph ("… Dunlow Securities RES1 - Tom Achebe").
KEY_NEXT_RE = re.compile(rf"\s(?:{KEY_CODE_RE.pattern}){KEY_MARK}")


def _key_firm(s: Scan, code: str) -> str | None:
    """The firm a key line gives an analyst ("INT - Maya Ferris, Consumer Analyst, Dunlow Securities")."""
    m = _key_line(s, code)
    details = KEY_NEXT_RE.split(m.group("details"))[0] if m else ""  # (a key run into one paragraph)
    parts = comma_parts(details)  # (a legal form stays with its firm: "Dunlow Securities, Inc.")
    if len(parts) == 2 and re.search(r"\banalyst\b", parts[0], re.IGNORECASE) and is_firm(parts[1], s.v):
        return parts[1]
    return None


def _by_honorific(s: Scan, value: str, listed: Sequence[str]) -> str | None:
    """The person a prefix names by honorific and surname ("Ms ALDRIDGE") or by honorific and the
    surname's initial ("Mr. W"): the one full name the text or ``listed`` gives so; else None."""
    m = HONORIFIC_PREFIX_RE.fullmatch(value)
    if m is None:
        return None
    rest = m.group("rest")
    if len(rest) > 1:
        return _named_in_full(s, rest, listed)
    rx = re.compile(rf"\b{HONORIFIC}\.?\s+(?P<name>[A-Z][a-z][a-z'’-]*\s+{rest}[a-z][a-z'’-]*)\b")
    found = {f.group("name") for f in rx.finditer("\n".join([*listed, *s.texts]))}
    found |= {n for n in listed if n.split()[-1:] and n.split()[-1].startswith(rest) and len(n.split()) > 1}
    return found.pop() if len(found) == 1 else None


# A speaker key's line: a number a transcription service gave, its mark, then who that is
# ("Speaker 2 - Hannah Roe, Chief Executive Officer"); several may run into one paragraph.
KEY_LINES_RE = re.compile(
    rf"(?:{CODE_RE.pattern}){KEY_MARK}[A-Z][^\n]*?(?=\s+(?:{CODE_RE.pattern}){KEY_MARK}|\s*$)"
)
# The heading over a speaker key ("Speaker key", "Speakers", "Legend").
KEY_HEADING_RE = re.compile(r"(?i)(?:speaker\s+(?:key|legend|list)|speakers|key|legend)\s*:?")


def _keyed_numbers(s: Scan, out: dict[int, Label]) -> None:
    """A numbered speaker (``Speaker 2:``) that a speaker key at the top or the end of the text names
    ("Speaker 2 - Hannah Roe, Chief Executive Officer", "Speaker 1 = Operator") is that person or role;
    the key's lines (and their heading) are furniture, no one's speech."""
    keys = [i for i, t in enumerate(s.texts) if CODE_RE.match(t) and _all_key_lines(t)]
    if not keys:
        return
    for i in keys:
        out.pop(i, None)
        s.boiler.add(i)
        if i > 0 and i - 1 not in keys and KEY_HEADING_RE.fullmatch(s.texts[i - 1].strip()):
            out.pop(i - 1, None)
            s.boiler.add(i - 1)
    for i, lab in list(out.items()):
        if lab.role is not None or not CODE_RE.fullmatch(lab.who.strip()):
            continue
        m = _key_line(s, lab.who.strip())
        if m is None:
            continue
        name = m.group("name")
        if (role := s.v.label(fold(name))) is not None:
            out[i] = Label(role, name, fold(name), lab.strength, lab.inline, lab.body_start)
            continue
        details = comma_parts(KEY_NEXT_RE.split(m.group("details"))[0])
        title = details[0] if details and is_title(details[0], s.v) else None
        firm = _key_firm(s, lab.who.strip()) or (details[0] if len(details) == 1 and not title and is_firm(details[0], s.v) else None)
        out[i] = dataclasses.replace(lab, who=name, key=name_key(name), title=title, firm=firm)


# A header line naming who a role label stands for in an interview's record ("Interviewer: Jane Roe,
# Consumer Analyst, Example Securities", "Respondent: John Doe, Chief Executive Officer, Example Co"); two
# such lines may run into one paragraph.
ROLE_KEY_WORDS = ("interviewer", "interviewee", "respondent")
ROLE_KEY_RE = re.compile(
    r"(?P<role>(?i:interviewer|interviewee|respondent))\s*:\s*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"(?P<details>(?:,[ \t]*[^,\n:]+?){0,3})(?=\s+(?i:interviewer|interviewee|respondent)\s*:|\s*$)"
)
# A role label before its speech, in any case ("INTERVIEWER: Thanks for joining us.").
ROLE_LABEL_RE = re.compile(r"(?P<role>(?i:interviewer|interviewee|respondent))\s*:\s+(?=\S)")


def _role_keys(s: Scan, out: dict[int, Label]) -> None:
    """An interview's record whose header says who the interviewer and the respondent are, its turns
    labelled by role alone (``INTERVIEWER:`` / ``RESPONDENT:``): each turn is that person's, the firm's
    analyst asking, the company's officer answering; the header lines are no one's speech."""
    keyed: dict[str, tuple[str, list[str]]] = {}
    heads: list[int] = []
    for i, t in enumerate(s.texts[:MAX_ROLE_KEY_PARAS]):
        found = list(ROLE_KEY_RE.finditer(t)) if ":" in t and ROLE_KEY_RE.match(t) else []  # (a key opens the line)
        if found and found[0].start() == 0 and found[-1].end() == len(t.rstrip()) and is_name(found[0]["name"], s.v):
            heads.append(i)
            for m in found:
                keyed.setdefault(m["role"].casefold(), (m["name"], comma_parts(m["details"].lstrip(", \t"))))
    if not keyed:
        return
    found_labels: dict[int, Label] = {}
    for i, t in enumerate(s.texts):
        rl = ROLE_LABEL_RE.match(t) if i not in heads else None
        if rl is None or ((lab := out.get(i)) is not None and lab.role not in (None, "question", "answer")):
            continue
        person = keyed.get(rl["role"].casefold())
        if person is None:
            continue
        name, details = person
        analyst = bool(details) and re.search(r"(?i)\banalyst\b", details[0]) is not None
        title = details[0] if details else None
        firm = details[1] if analyst and len(details) > 1 else None
        side: Side = "analyst" if analyst else "company"
        found_labels[i] = Label(None, name, name_key(name), "strong", True, rl.end(), title=title, firm=firm, side=side)
    if not found_labels:
        return  # (a field the record's own marks follow, "Interviewer: …" over "Q:" lines, stays the field)
    out.update(found_labels)
    for i in heads:
        out.pop(i, None)
        s.boiler.add(i)


# The header of an interview's record lies within this many paragraphs.
MAX_ROLE_KEY_PARAS = 8


def _all_key_lines(text: str) -> bool:
    """Whether a paragraph holds nothing but speaker-key lines (``KEY_LINES_RE``)."""
    rest = KEY_LINES_RE.sub("", text).strip()
    return not rest and KEY_LINES_RE.search(text) is not None


def _induced_labels(
    s: Scan, skip: set[int], out: dict[int, Label], known: frozenset[str], listed: Sequence[str]
) -> None:
    """Labels of a layout no shape above knows, induced from the text itself (see the comment above):
    each prefix resolved to a role, a name the text gives in full, a speaker key's name, or a full
    name written as the prefix; a prefix none of these resolves stays speech. Never when the text
    already has two named speakers' strong labels (a participants list's entries label no turn), unless
    unlabelled paragraphs open with ``Name (Firm) -`` themselves (people's labels of another shape)."""
    if (
        len(
            {
                lab.key
                for i, lab in out.items()
                if lab.role is None and lab.key and lab.strength == "strong" and not _list_entry(s, out, i)
            }
        )
        >= 2
        and _bracketed_dash_paras(s, out) < MIN_BRACKETED_PREFIXES
        and _dashed_person_paras(s, out) < MIN_DASHED_PERSON_PARAS
    ):
        return  # (a title line read as a weaker label, "Orlin Glass - results call", shows no layout)
    w = MAX_PREFIX_CHARS + 4
    if _prefix_marks([t[:w] for t in s.texts]) < MIN_INDUCED_PARAS:
        return  # (most texts, told by counting marks in the paragraphs' openings at once)
    heads = [
        i
        for i, t in enumerate(s.texts)
        if any(mark in t[:w] for mark in (": ", " -", "- ", " —", " –", "\t", " (")) or t[:1] in ("<", "[")
        or (t[:1] in HEARING_STARTS and HEARING_PREFIX_RE.match(t) is not None)
    ]
    if len(heads) < MIN_INDUCED_PARAS:
        return  # (most texts, told cheaply)
    dashed = _dashed_person_paras(s, out) >= MIN_DASHED_PERSON_PARAS  # (one person's dashed turns suffice)
    least = MIN_DASHED_PERSON_PARAS if dashed else MIN_INDUCED_PARAS
    found: dict[int, tuple[str, str, int]] = {}
    for i in heads:
        lab = out.get(i)
        if lab is not None and not (lab.strength == "anon_inline" and not lab.key):
            continue  # (an unnamed mark a topic rule read may be a prefix of this layout's)
        if i in s.header or i in s.boiler or i in skip:
            continue
        p = _prefix(s.texts[i])
        value = _affiliated(p[1])[0] if p is not None else ""
        if p is None or not value or len(value.split()) > MAX_PREFIX_WORDS:
            continue
        core = m.group("rest") if (m := HONORIFIC_PREFIX_RE.fullmatch(value)) else value
        if not PREFIX_BAD.isdisjoint(core) and not CODE_RE.fullmatch(value):
            continue
        found[i] = p
    if len(found) < least:
        return
    by_sep: dict[str, list[int]] = {}
    for i, (sep, _, _) in found.items():
        by_sep.setdefault(sep, []).append(i)
    sep, paras = max(by_sep.items(), key=lambda kv: len(kv[1]))
    values = [found[i][1] for i in paras]
    counts = {v_: values.count(v_) for v_ in values}
    if (
        len(paras) < least
        or sum(1 for v_, c in counts.items() if c >= 2 or _bracketed_person(v_, s)) < (1 if dashed else MIN_RECURRING_VALUES)
        # (a bracketed person's label is no prose however seldom it recurs: an asker speaks once or twice)
        or sum(1 for v_ in counts if not _bracketed_person(v_, s)) > max(MIN_DISTINCT_ALLOWED, MAX_DISTINCT_SHARE * len(paras))
    ):
        return
    resolved: dict[str, Label | None] = {}
    keyed: set[str] = set()
    for prefix in counts:
        value, aff = _affiliated(prefix)
        role = s.v.label(fold(value))
        if role is None and sep == ". " and value.startswith(HEARING_CHAIRS):
            role = "host"  # "Chairman Redmond. The Chair recognizes …": who presides over a hearing
        if role is not None:
            resolved[prefix] = Label(role, value, fold(value), "strong", True, 0)
            continue
        name = _coded(s, value) if CODE_RE.fullmatch(value) or KEY_CODE_RE.fullmatch(value) else None
        if name is not None and (role := s.v.label(fold(name))) is not None:
            resolved[prefix] = Label(role, name, fold(name), "strong", True, 0)
            continue
        if name is not None or (name := _by_honorific(s, value, listed)) is not None:
            keyed.add(value)  # (a key line or an honorific shows the prefix is a person's label)
        if name is None and " " not in value:
            name = _named_in_full(s, value, listed)
        if name is None and is_name(value.title() if value.isupper() else value, s.v):
            name = value.title() if value.isupper() else value
        firm = _key_firm(s, value) if value in keyed and name else None
        title = aff if aff and is_title(aff, s.v) else None
        firm = firm or (aff if aff and not title else None)
        resolved[prefix] = (
            Label(None, name, name_key(name), "strong", True, 0, title=title, firm=firm) if name else None
        )
    full = "\n".join(s.texts)
    hits = [
        v_
        for v_, lab in resolved.items()
        if lab is not None
        and (
            lab.role is not None
            or lab.key in known
            or _affiliated(v_)[0] in keyed
            or _bracketed_person(v_, s)
            or (" " in lab.who and full.count(lab.who) > counts[v_])  # also named in what is said
        )
    ]
    if not hits:  # no prefix is a role or someone the text names elsewhere: no layout shown
        return
    _floor_prefixes(s, paras, found, resolved)
    for i in paras:
        lab = resolved[found[i][1]]
        if lab is not None and not _title_line(s.texts[i], found[i], counts):
            out[i] = dataclasses.replace(lab, body_start=found[i][2])


def _title_line(text: str, prefix: tuple[str, str, int], counts: dict[str, int]) -> bool:
    """A plain prefix heard once before words that hold no sentence (``Torvane Medical - Q1 Results
    Webcast``): a title line, not a turn."""
    return counts[prefix[1]] < 2 and _affiliated(prefix[1])[1] is None and not SENTENCE_MARKS_RE.search(text, prefix[2])


# What a line of speech holds somewhere: a sentence's end or a clause's comma.
SENTENCE_MARKS_RE = re.compile(r"[.?!,;。？！，；]")


# A prefix that names nobody but, nearly every time, names the speaker of the next turn ("CHAIR: Thank
# you. Mr Hartley." before "Mr HARTLEY: …"): whoever chairs the session, giving the floor. At least this
# many such turns, and at most one of its turns before another speaker's that does not.
MIN_FLOOR_TURNS = 2


def _list_entry(s: Scan, out: dict[int, Label], i: int) -> bool:
    """A participants list's entry (``**Jane Roe** – Chief Financial Officer``): a label with no speech
    but a few words of affiliation, beside another such; it labels no turn."""
    return _entry_shaped(s, out, i) and (_entry_shaped(s, out, i - 1) or _entry_shaped(s, out, i + 1))


# An entry's affiliation after its name: a few words, no sentence.
MAX_ENTRY_TAIL = 60


def _entry_shaped(s: Scan, out: dict[int, Label], i: int) -> bool:
    lab = out.get(i)
    if lab is None:
        return False
    tail = s.texts[i][lab.body_start :].strip() if lab.inline else ""
    return len(tail) <= MAX_ENTRY_TAIL and tail[-1:] not in (".", "?", "!", "。", "？", "！")


def _floor_prefixes(
    s: Scan, paras: list[int], found: dict[int, tuple[str, str, int]], resolved: dict[str, Label | None]
) -> None:
    """Read an unresolved prefix as the host's when its turns give the floor by name (see above)."""
    for value in [v_ for v_, lab in resolved.items() if lab is None]:
        named = missed = 0
        for i, j in itertools.pairwise(paras):
            if found[i][1] != value or (nxt := resolved[found[j][1]]) is None or nxt.role is not None:
                continue
            surname = nxt.who.split()[-1]
            if re.search(rf"\b{re.escape(surname)}\b", s.texts[i][found[i][2] :]):
                named += 1
            else:
                missed += 1
        if named >= MIN_FLOOR_TURNS and missed <= 1:
            resolved[value] = Label("host", value, fold(value), "strong", True, 0)


# A press briefing's transcript marks each reporter's question with a bare "Q" and a space ("Q Thanks.
# Is the plant …"), between its officials' labels: at least this many such paragraphs, in a text with at
# least as many named labels.
BARE_QUESTION_RE = re.compile(r"(?P<mark>Q)[ \t]+(?=[A-Z\"“'‘])")
MIN_BARE_QUESTIONS = 2


def _bare_question_marks(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """``Q Thanks. Is the plant …`` between named speakers' labels: an anonymous question; never in a
    text without named labels (a sentence opening "Q ..." in an article is no mark)."""
    if sum(1 for lab in out.values() if lab.role is None and lab.key) < MIN_BARE_QUESTIONS:
        return
    found = [
        (i, m)
        for i, t in enumerate(s.texts)
        if i not in out and i not in s.header and i not in s.boiler and i not in skip
        and (m := BARE_QUESTION_RE.match(t)) is not None
    ]
    if len(found) < MIN_BARE_QUESTIONS:
        return
    for i, m in found:
        out[i] = Label("question", m.group("mark"), fold(m.group("mark")), "anon_inline", True, m.end())


# A transcript with its speakers' names removed (a data set's text) labels every asker "Analyst:" beside
# the company's "Executive:" turns: each such paragraph is an unnamed analyst's. Only in a text whose
# labels are all roles, with at least this many of each (a title line "Analyst" under a name is no label).
ROLE_ONLY_ANALYST_RE = re.compile(r"Analyst:[ \t]+(?=\S)")
MIN_ROLE_ONLY_TURNS = 2


def _role_only_analysts(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """``Analyst: What drove …?`` between ``Executive:`` turns in a text that names no one: an unnamed
    analyst's question."""
    if sum(1 for lab in out.values() if lab.role == "company_representative") < MIN_ROLE_ONLY_TURNS:
        return
    if any(lab.role is None and lab.key for lab in out.values()):
        return  # (a named speaker's label: the layout names people)
    found = [
        (i, m)
        for i, t in enumerate(s.texts)
        if t[:1] == "A" and i not in out and i not in s.header and i not in s.boiler and i not in skip
        and (m := ROLE_ONLY_ANALYST_RE.match(t)) is not None
    ]
    if len(found) < MIN_ROLE_ONLY_TURNS:
        return
    for i, m in found:
        out[i] = Label("unnamed_analyst", "Analyst", fold("Analyst"), "strong", True, m.end())


# Notes that define a short form for each person where they list them ("鸿石基金 刘畅（以下简称“刘”）",
# "Maya Ferris (hereinafter “MF”)") and label the turns with it ("刘：…").
ALIAS_RE = re.compile(
    r"(?:(?P<pre>[\u4e00-\u9fff]{2,12})[ \t\u3000]+)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\s*[（(]\s*"
    r"(?:以下简称|下称|简称|(?i:hereinafter|hereafter))\s*[“\"「『]?(?P<alias>[^”\"」』（）()\s]{1,6})[”\"」』]?\s*[）)]"
)
ALIAS_LABEL_END = (":", "：")
MIN_ALIASES = 2


def _alias_name(s: Scan, name: str) -> str | None:
    """The person's name before an alias definition: a Latin full name, or the last three or two
    Chinese characters that are a name (a firm may run into it: "鸿石基金刘畅")."""
    if not CJK_RE.match(name):
        return name if is_name(name, s.v) else None
    return next((n for n in (name[-3:], name[-2:]) if len(n) >= 2 and is_cjk_name(n, s.v)), None)


def _aliased_labels(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """Turns labelled by the short forms the text defines for its people (see ALIAS_RE): each such label
    is the person named before the definition. Needs at least two people's short forms in use as
    labels, on at least ``MIN_INDUCED_PARAS`` paragraphs."""
    aliases: dict[str, str] = {}
    details: dict[str, tuple[str | None, str | None]] = {}  # (title, firm) written before the name
    for t in s.texts:
        if "简称" in t or "下称" in t or "ereafter" in t or "ereinafter" in t:
            for m in ALIAS_RE.finditer(t):
                if (name := _alias_name(s, m.group("name"))) is not None:
                    aliases.setdefault(m.group("alias"), name)
                    pre = to_simplified(m.group("pre") or "")
                    if pre and s.v.job_title.search(pre):
                        details.setdefault(name, (pre, None))
                    elif pre and is_firm(pre, s.v):
                        details.setdefault(name, (None, pre))
    if len(aliases) < MIN_ALIASES:
        return
    found: dict[int, tuple[str, int]] = {}
    for i, t in enumerate(s.texts):
        if i in out or i in s.header or i in s.boiler or i in skip:
            continue
        for alias, name in aliases.items():
            if t.startswith(alias) and t[len(alias) : len(alias) + 1] in ALIAS_LABEL_END:
                found[i] = (name, len(alias) + 1)
    if len(found) < MIN_INDUCED_PARAS or len({name for name, _ in found.values()}) < MIN_ALIASES:
        return
    for i, (name, at) in found.items():
        title, firm = details.get(name, (None, None))
        body = at + len(s.texts[i][at:]) - len(s.texts[i][at:].lstrip())
        out[i] = Label(None, name, name_key(name), "strong", True, body, title=title, firm=firm)


# A record's questions and answers without marks: at least this many numbered questions.
MIN_NUMBERED_PAIRS = 2
RECORD_HEADERS = frozenset({"qa", "call_start"})
NUMBER_START = frozenset("0123456789一二三四五六七八九十")


def _numbered_record(s: Scan, skip: set[int], out: dict[int, Label]) -> None:
    """An investor-relations record that numbers its questions and writes the company's answers
    under them with no mark (``1、公司海外产能进展如何？`` then ``公司越南工厂已于5月投产…``): under the
    record's Q&A or content header, numbered lines that ask, each with a free paragraph right under
    it, are questions and answers. Two such pairs at least (one numbered question is a heading)."""
    header = min((i for i, kind in s.header.items() if kind in RECORD_HEADERS), default=None)
    if header is None:
        return
    if any(lab.role is None for i, lab in out.items() if i > header):
        return  # a call with named speakers: its numbered lines are someone's words (a title above is none)
    found: list[tuple[int, int]] = []
    for i in range(header + 1, s.n - 1):
        if s.simp[i][:1] not in NUMBER_START or not _free(s, i, skip, out):
            continue
        m = NUMBERED_QUESTION_RE.match(s.texts[i])
        if m is None or not s.texts[i].rstrip().endswith(QUESTION_END):
            continue
        j = i + 1
        if _free(s, j, skip, out) and not NUMBERED_QUESTION_RE.match(s.texts[j]):
            found.append((i, m.start("q")))
    if len(found) < MIN_NUMBERED_PAIRS:
        return
    for i, q in found:
        mark = s.texts[i][:q].strip()
        out[i] = Label("question", mark, fold(mark), "anon_inline", True, q)
        out[i + 1] = Label("answer", "", "", "anon_inline", True, 0)


def _asks(s: Scan, q: str) -> bool:
    """A numbered line right above an answer mark that asks: it ends with a question mark, or it is a
    request with asking words ("…情况请简要说明谢谢！")."""
    q = q.rstrip()
    return q.endswith(QUESTION_END) or (q.endswith(REQUEST_END) and bool(s.v.asks.search(q)))


# A numbered topic the answer under it replies to, as a briefing's announcement lists investors'
# questions ("一、平江抽水蓄能电站项目建设进展情况" / "答：…"): a short phrase with no punctuation.
MAX_TOPIC_CHARS = 40
TOPIC_PUNCTUATION = frozenset("，,。.；;：:！!？?、")
TOPIC_END_RE = re.compile(r"[\u4e00-\u9fff]$")


def _topic_heading(q: str) -> bool:
    """A numbered line right above an answer mark that names a topic (no punctuation, a Chinese phrase)."""
    q = q.strip()
    return len(q) <= MAX_TOPIC_CHARS and TOPIC_END_RE.search(q) is not None and not TOPIC_PUNCTUATION.intersection(q)


# A headline repeating the start of the next question, cut with an ellipsis, at least this long.
ELLIPSIS = ("...", "…", "⋯")
MIN_TEASER = 8


def _drop_teasers(s: Scan, out: dict[int, Label]) -> None:
    """``投资者提问：从国际上看，实行铁路站场…`` right before the same mark with the whole question: a
    page's headline cut short, not a question of its own."""
    marks = sorted(i for i, lab in out.items() if lab.role == "question" and lab.inline)
    for i, j in itertools.pairwise(marks):
        head = s.texts[i][out[i].body_start :].strip()
        if not head.endswith(ELLIPSIS) or out[j].key != out[i].key:
            continue
        stem = head.rstrip(".…⋯ ")
        if len(stem) >= MIN_TEASER and s.texts[j][out[j].body_start :].lstrip().startswith(stem):
            del out[i]


# "MS. REYNOLDS:", "MR. OYELARAN", "CHAIR POWELL.": a press or hearing transcript names speakers by
# honorific or office (the lexicon's ``office_title``) and capitalised surname; the office is the
# longest that reads ("DEPUTY GOVERNOR LIND" is Governor's deputy, not a person named Deputy).
HONORIFIC_LABEL_RE = re.compile(rf"^(?P<hon>[{UPPER}][{UPPER}{LOWER} ]{{1,40}}?)\.?\s+(?P<surname>[{UPPER}][{UPPER}'’-]{{1,30}})$")
# Honorifics written with a full stop when shown ("Ms. Lang"); an office is not ("Chairman Brooks").
ABBREVIATED_HONORIFICS = frozenset({"MR", "MS", "MRS", "DR", "MX"})
# Words before a surname that are no given name, beside an office: an honorific ("MS OKAFOR").
HONORIFIC_WORDS = frozenset({*ABBREVIATED_HONORIFICS, "MISS", "SIR", "DAME"})


def _honorific(s: Scan, who: str) -> re.Match[str] | None:
    """``who`` as an honorific or an office and a surname in capitals (``MS. REYNOLDS``, ``VICE CHAIR MARSH``)."""
    m = HONORIFIC_LABEL_RE.match(who)
    if m is None:
        return None
    hon = m.group("hon").upper()
    return m if hon in ABBREVIATED_HONORIFICS or s.v.office_title.fullmatch(hon) else None


def _honorific_labels(s: Scan, out: dict[int, Label]) -> None:
    """``MS. REYNOLDS:`` is the one person of that surname named in full before it (a participants
    line, an introduction: "Joan Reynolds"), else ``Ms. Reynolds``; ``VICE CHAIR MARSH.`` likewise, else
    the surname with the office as title; never a name guessed. Two offices before one surname
    (``GOVERNOR LEE.``, ``DEPUTY GOVERNOR LEE.``) are two people: each the full name the text writes
    after that office, else the office and the surname ("Deputy Governor Lee")."""
    found = {i: m for i, lab in out.items() if lab.role is None and (m := _honorific(s, lab.who.strip()))}
    offices: dict[str, set[str]] = {}
    for m in found.values():
        if m.group("hon").upper() not in HONORIFIC_WORDS:
            offices.setdefault(m.group("surname"), set()).add(m.group("hon").upper())
    names: dict[tuple[str, str], tuple[str, str | None]] = {}
    for i, m in sorted(found.items()):  # each surname read once, from the text before its first label
        surname = m.group("surname")
        hon = m.group("hon").upper()
        # ("GOVERNOR LEE." and "DEPUTY GOVERNOR LEE.": two offices, two people of one surname)
        shared = len(offices.get(surname, ())) > 1 and hon not in HONORIFIC_WORDS
        slot = (surname, hon if shared else "")
        if slot not in names:
            # (and from the label's own speech: "MR. DOE: Yes. John Doe, a shareholder …")
            before = "\n".join(s.texts[: i + 1])
            full = (
                _named_with_office(s, before, hon, surname)
                if shared
                else {
                    f.title() if f.isupper() else f  # "JOHN DOE, Chairman" in a record's list of those present
                    for f in re.findall(rf"\b[{UPPER}](?:[{LOWER}]+|[{UPPER}]+)(?:\s+[A-Z]\.)?\s+(?i:{re.escape(surname)})\b", before)
                    if f.split()[0].upper() not in HONORIFIC_WORDS and not s.v.office_title.fullmatch(f.split()[0])
                }
            )
            if not full and not shared and (listed := _named_in_full(s, surname, ())) is not None:
                full = {listed}  # (a record's witness list, surname first: "ALDRIDGE, Ms Karen, …")
            if len(full) == 1:
                names[slot] = (full.pop(), None)
            elif hon in ABBREVIATED_HONORIFICS:
                names[slot] = (f"{hon.title()}. {surname.title()}", None)
            elif shared:  # no first name given: the office tells the two apart ("Deputy Governor Lee")
                names[slot] = (f"{hon.title()} {surname.title()}", hon.title())
            else:  # "VICE CHAIR MARSH." and no first name anywhere: Marsh, the Vice Chair
                names[slot] = (surname.title(), hon.title())
        name, office = names[slot]
        title = out[i].title if office is None else hon.title()
        out[i] = dataclasses.replace(out[i], who=name, key=name_key(name), title=title)
    _office_labels(s, out)
    _cjk_office_labels(s, out)
    _initial_labels(s, out)


def _named_with_office(s: Scan, text: str, office: str, surname: str) -> set[str]:
    """Full names of ``surname`` that ``text`` writes right after this very office ("Deputy Governor Daniel
    Lee"), not after a longer one holding it ("Governor" inside "Deputy Governor")."""
    rx = re.compile(rf"(?:\b(\w+)\s+)?\b(?i:{re.escape(office)})\s+([{UPPER}][{LOWER}]+(?:\s+[A-Z]\.)?\s+(?i:{re.escape(surname)}))\b")
    return {
        m.group(2)
        for m in rx.finditer(text)
        if not (m.group(1) and s.v.office_title.fullmatch(f"{m.group(1)} {office}".upper()))
    }


# "J. Richter:", "L. Martin": a label writing the first name as its initial.
INITIAL_LABEL_RE = re.compile(r"(?P<initial>[A-Z])\.\s?(?P<surname>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")


def _initial_labels(s: Scan, out: dict[int, Label]) -> None:
    """``J. Richter:`` is the one person the text names in full with that initial and surname before the
    label or in its speech (a speakers line, the operator's introduction: "Johanna Richter"), else it
    stays as written; never a name guessed."""
    names: dict[str, str | None] = {}
    for i, lab in sorted(out.items()):
        if lab.role is not None or (m := INITIAL_LABEL_RE.fullmatch(lab.who.strip())) is None:
            continue
        form = m.group()
        if form not in names:
            rx = re.compile(rf"\b{m.group('initial')}[a-z'’-]+\s+{re.escape(m.group('surname'))}\b")
            found = set(rx.findall("\n".join(s.texts[: i + 1])))
            names[form] = found.pop() if len(found) == 1 else None
        if (name := names[form]) is not None:
            out[i] = dataclasses.replace(out[i], who=name, key=name_key(name))


# "THE CHAIRMAN:" in a meeting's record: the office a label names, and the words before a name's
# office where the text gives both ("ROBERT HALVERSEN, Chairman and Chief Executive Officer", "I am Jane
# Roe, Chair of the Board").
THE_OFFICE_RE = re.compile(r"the\s+(?P<office>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
# ... and an office a label writes as its initials ("CFO:" in a broadcast that introduced "Marcus Leung,
# its chief financial officer"): the words the text names it by.
OFFICE_ACRONYMS = {
    "CEO": "chief executive",
    "CFO": "chief financial officer",
    "COO": "chief operating officer",
    "CTO": "chief technology officer",
}
NAME_BEFORE_OFFICE = (
    r"\b(?P<name>[A-Z](?:[a-z'’-]+|[A-Z'’-]+)(?: [A-Z]\.)? [A-Z](?:[a-z'’-]+|[A-Z'’-]+)), +"
    r"(?:(?!and +(?:our|my|the|his|her|its)\b)[A-Za-z]+ +){{0,4}}?(?i:{office})\b"
)
# ... or the office first, then the name after a comma ("our Chief Financial Officer, Jane Roe, …", a
# double-barrelled surname too: "…, Jane Roe-Lind").
OFFICE_BEFORE_NAME = (
    r"\b(?i:{office})(?: +(?i:officer))?, +(?P<name>[A-Z][a-z'’]+(?: [A-Z]\.)? [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?=[,.;]| +(?:and|who|is|will)\b)"
)

# ... or the office's initials right before the name, as notes and news write it ("CFO Ben Ostrowski said").
ACRONYM_BEFORE_NAME = r"\b{acronym} +(?P<name>[A-Z][^\W\d_]+(?: [A-Z]\.)? [A-Z][^\W\d_'’]*(?:['’-][A-Z]?[^\W\d_]+)?)"


def _office_words(who: str, v: Vocab) -> str | None:
    """The words the text names a label's office by: ``THE CHAIRMAN`` is the chairman; ``CFO`` and
    ``Chief Financial Officer`` the chief financial officer; ``Chief Executive Officer`` the chief
    executive (an opening says "our Chief Executive, Jane Roe"); ``Head of Investor Relations`` itself."""
    m = THE_OFFICE_RE.fullmatch(who)
    if m is not None:
        return m.group("office").casefold()
    if who in OFFICE_ACRONYMS:
        return OFFICE_ACRONYMS[who]
    if not v.office_label.fullmatch(who):
        return None
    initials = "".join(w[0] for w in who.split()).upper()
    return OFFICE_ACRONYMS.get(initials, " ".join(who.casefold().split()))


def _office_labels(s: Scan, out: dict[int, Label]) -> None:
    """``THE CHAIRMAN:`` (or ``CFO:``, an office by its initials) is the one person the text names with
    that office before the label or in its speech ("I am Robert Halversen, Chairman and …", "Marcus
    Leung, its chief financial officer"), else it stays the office; never a name guessed."""
    names: dict[str, str | None] = {}
    for i, lab in sorted(out.items()):
        if lab.role is not None or lab.title is None:
            continue
        office = _office_words(lab.who.strip(), s.v)
        if office is None:
            continue
        if office not in names:
            text = "\n".join(s.texts[: i + 1])
            rx = re.compile(NAME_BEFORE_OFFICE.format(office=re.escape(office)))
            found = {f.title() if f.isupper() else f for f in rx.findall(text)}
            if s.v.office_label.fullmatch(lab.who.strip()):  # (a whole office, as an opening names it)
                found |= set(re.findall(OFFICE_BEFORE_NAME.format(office=re.escape(office)), text))
            if lab.who.strip() in OFFICE_ACRONYMS and lab.who.strip() in text:  # "CFO Ben Ostrowski said …"
                rx = re.compile(ACRONYM_BEFORE_NAME.format(acronym=re.escape(lab.who.strip())))
                found |= {f for f in rx.findall(text) if is_name(f, s.v)}
            names[office] = found.pop() if len(found) == 1 else None
        if (name := names[office]) is not None:
            out[i] = dataclasses.replace(out[i], who=name, key=name_key(name))


# A Chinese office run into the name of its holder in running text, the name closed by a courtesy word,
# a joining word or punctuation ("今天参加交流的有总经理单立群先生和财务总监司徒蕾女士").
# Words that make an office another, longer one ("副总经理", "常务副总裁").
OFFICE_RANKS = frozenset({"副", "总", "常务", "执行", "联席", "首席", "高级"})
CJK_HOLDER_NAME = r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=先生|女士|[、和及与，,。；;（(])"


def _cjk_office_labels(s: Scan, out: dict[int, Label]) -> None:
    """``总经理`` as a label alone (a recording's speaker renamed by office) is the one person the text
    before it or its speech names right after that office ("…有总经理单立群先生…"), else it stays the
    office; never a name guessed."""
    names: dict[str, str | None] = {}
    for i, lab in sorted(out.items()):
        if lab.role is not None or lab.title is None or lab.who.strip() != lab.title.strip():
            continue
        office = to_simplified(lab.who.strip())
        if not s.v.role_only_title.fullmatch(office):
            continue
        if office not in names:
            rx = re.compile(re.escape(office) + CJK_HOLDER_NAME)
            found: set[str] = set()
            for k in range(i + 1):
                simp = s.simp[k]
                if office not in simp or len(s.texts[k]) != len(simp):
                    continue
                for m in rx.finditer(simp):
                    at = m.start()  # (not inside a longer office: "副总经理" holds "总经理")
                    longer = simp[at - 1 : at] in OFFICE_RANKS or simp[max(0, at - 2) : at] in OFFICE_RANKS
                    if not longer and m["name"] not in s.v.cjk_stopwords and is_cjk_name(m["name"], s.v):
                        found.add(s.texts[k][m.start("name") : m.end("name")])
            names[office] = found.pop() if len(found) == 1 else None
        if (name := names[office]) is not None:
            out[i] = dataclasses.replace(out[i], who=name, key=name_key(name))


# A numbered question of an investor-relations record ("1、跨境业务的增长预期如何？"): the question
# of the answer label right under it, perhaps with its own mark ("1、问：…？").
NUMBERED_QUESTION_RE = re.compile(
    r"^\s*(?P<mark>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*(?:(?:问|問|Q)\s*[:：]\s*)?"
    r"(?P<q>\S.{1,300}?)\s*$"
)
# ... that asks: a question mark, or a request ("请简要说明谢谢！").
QUESTION_END = ("?", "？")
REQUEST_END = ("!", "！", "。")


def _surname_labels(s: Scan, skip: set[int], out: dict[int, Label], listed: Sequence[str] = ()) -> None:
    """``Weber: text`` after ``Joel Weber: text``: a speaker named in full once, then by surname alone
    (podcast and interview transcripts), or by first name alone (``**Hannah:**`` after ``**Hannah
    Kovacs:**``, an executive answering among colleagues); the same on a line of its own under
    labels on lines of their own (``Hannah`` after ``Hannah Kovacs``). The word must belong to one
    earlier label only, as a first name or a surname. A full name in ``listed`` (the roster, the
    call handed over) counts as a label before the text's first."""
    people: dict[tuple[str, bool], tuple[int, Label] | None] = {}
    seeds = [
        (-1, Label(None, name, name_key(name), "strong", inline, 0))
        for name in dict.fromkeys(listed)
        if " " in name.strip() and not CJK_RE.search(name)
        for inline in (True, False)
    ]
    for i, lab in [*seeds, *sorted(out.items())]:
        if lab.role is not None or " " not in lab.who.strip():
            continue
        words = lab.who.split()
        for word in dict.fromkeys((words[-1], words[0])):
            key = (word, lab.inline)
            if key not in people:
                people[key] = (i, lab)
            elif (had := people[key]) is not None and had[1].key != lab.key:
                people[key] = None  # two people share the name: ambiguous
    if not any(people.values()):
        return
    for i in range(s.n):
        if i in out or i in s.header or i in s.boiler or i in skip:
            continue
        text = s.texts[i]
        m = SURNAME_LABEL_RE.match(text) if ":" in text else None  # (its colon first: most paragraphs hold none)
        line = None if m else SHORT_NAME_LINE_RE.fullmatch(text.strip()) if len(text) <= SHORT_LINE_CHARS else None
        found = m or line
        if found is None:
            continue
        full = people.get((found.group("who"), m is not None))
        if full is not None and full[0] < i:
            out[i] = dataclasses.replace(full[1], body_start=m.end() if m else 0)


# "Weber: text", "**Hannah:** text": a capitalised name alone before an inline colon, perhaps after the
# turn's time ("[04:12] Ben: text", a notes app's export tagging speakers by first name).
SURNAME_LABEL_RE = re.compile(r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:\*\*|__)?(?P<who>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]{1,30})(?::(?:\*\*|__)|(?:\*\*|__)?:)[ \t]+(?=\S)")
# "Hannah" or "**Hannah**" on a line of its own.
SHORT_NAME_LINE_RE = re.compile(r"(?:\*\*|__)?(?P<who>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]{1,30})(?:\*\*|__)?:?")
SHORT_LINE_CHARS = 40
# A turn header repeats a wrapped affiliation on at most this many lines (wrapped anywhere).
MAX_AFFILIATION_LINES = 3


def _norm(text: str) -> str:
    return " ".join(text.split())


def affiliation_lines(
    s: Scan,
    cands: dict[int, Label],
    roster: Roster,
    known: frozenset[str],
    announced: dict[str, str] | None = None,
) -> dict[int, int]:
    """Affiliation line -> its label line, for turn headers that repeat a speaker's affiliation
    (the roster's text, wrapped at any point; one seen after the same speaker's label before;
    ``Firm - Title`` after a bare name; or the firm the operator gave that analyst, ``Wells Fargo``
    under ``Marta Silva``, even when the firm reads like a name)."""
    announced = announced or {}
    from_roster = {e.key: _norm(e.affiliation) for e in roster.entries if e.affiliation}
    seen: dict[str, set[str]] = {}
    out: dict[int, int] = {}
    repeated = _repeated_after(s, cands)
    for i in sorted(cands):
        lab = cands.get(i)
        if lab is None or lab.inline or lab.role is not None:
            continue
        j = i + 1
        mark = cands.get(j)
        if mark is not None and _is_mark(mark):
            j += 1  # "Name", "Q", "Analyst, Firm": a flattened PDF header puts the margin mark first
        if j >= s.n or j in s.header or j in s.boiler or j in roster.lines or j in s.rendering:
            continue
        t = s.texts[j].strip()
        shown = strip_emphasis(t)  # "*UBS, Research Division*" under a bold name
        found = 0
        wanted = from_roster.get(lab.key)
        if wanted:
            for k in range(1, MAX_AFFILIATION_LINES + 1):
                if _norm(" ".join(s.texts[j : j + k])) == wanted:
                    found = k
                    break
        if not found and announced.get(lab.key) and _norm(shown) == _norm(announced[lab.key]):
            found = 1  # the firm the operator named for this analyst
        if not found:
            nxt = cands.get(j)
            if nxt is not None and nxt.key in known:
                continue  # the next line is another known speaker's label
            bare = not lab.title and not lab.firm
            arm = len(t) <= MAX_TITLE_LINE and RESEARCH_ARM_END_RE.search(t) is not None
            if t in seen.get(lab.key, ()) or (
                (bare or arm)
                and (
                    _affiliation_shaped(s, shown)
                    or (j not in cands and (t in repeated.get(lab.key, ()) or _lone_title(s, shown)))
                    or (shown is not t and s.v.analyst_firm.search(shown) is not None)
                    or arm
                )
                and is_affiliation(s, j, known)
            ):
                found = 1
        for k in range(j, j + found):
            out[k] = i
            cands.pop(k, None)
        if found:
            seen.setdefault(lab.key, set()).add(t)
    return out


# A title line under a name ("COO & Chief Product Officer") is short.
MAX_TITLE_LINE = 80
# ... and a vendor's firm line under an analyst's name ends with the firm's research arm ("Ferrier Capital
# Markets, Research Division"), with or without a participants list to match it against.
RESEARCH_ARM_END_RE = re.compile(r",\s*Research\s+(?:Division|Department)\s*$")


def _repeated_after(s: Scan, cands: dict[int, Label]) -> dict[str, set[str]]:
    """Per bare label, the lines that follow two or more of its occurrences: the header line a
    vendor prints under that name each time ("JPMorgan Chase & Co, Research Division")."""
    counts: dict[tuple[str, str], int] = {}
    for i, lab in cands.items():
        if lab.inline or lab.role is not None or lab.title or lab.firm or i + 1 >= s.n:
            continue
        key = (lab.key, s.texts[i + 1].strip())
        counts[key] = counts.get(key, 0) + 1
    out: dict[str, set[str]] = {}
    for (k, t), c in counts.items():
        if c >= 2:
            out.setdefault(k, set()).add(t)
    return out


def _lone_title(s: Scan, t: str) -> bool:
    """A job title alone on the line under a name ("Co-Founder, Chairman, President & Co-CEO")."""
    return len(t) <= MAX_TITLE_LINE and is_title(t, s.v)


def _affiliation_shaped(s: Scan, t: str) -> bool:
    """``Firm - Title`` or ``Title, Firm`` (a title first): what a vendor prints under a name."""
    if " - " in t:
        return True
    title, sep, firm = t.partition(", ")
    return bool(sep) and is_title(title, s.v) and not is_title(firm, s.v)


def confirm(s: Scan, cands: dict[int, Label], headed: frozenset[int] = frozenset()) -> dict[int, Label]:
    """Keep the candidates the evidence supports (see the module docstring); a plausible name with
    a header line under it (``headed``: a title or affiliation line) counts as ``Name -- Title``."""
    cands = {
        i: dataclasses.replace(lab, strength="medium") if i in headed and lab.strength == "weak" else lab
        for i, lab in cands.items()
    }
    labels: dict[int, Label] = {}
    strong = [i for i, lab in cands.items() if lab.strength == "strong"]
    medium = [i for i, lab in cands.items() if lab.strength == "medium"]
    counts: dict[str, int] = {}
    for lab in cands.values():
        counts[lab.key] = counts.get(lab.key, 0) + 1
    # An inline `Name Surname: text` label that recurs shows the layout: such labels heard once count.
    inline_layout = any(lab.inline and lab.role is None and counts[lab.key] >= 2 for lab in cands.values())
    named = _named_before(s, cands, counts)
    inline_layout = inline_layout or len(named) >= 2 or _inline_run(s, cands)
    full_headers = [i for i in medium if _full_header(s, cands[i])]
    signals = [*s.header, *strong[:1], *full_headers[:1]]
    if inline_layout:
        signals += [i for i, lab in cands.items() if lab.inline and lab.role is None][:1]
    if len(medium) >= 2:
        signals.append(medium[0])
    signals += [i for i, lab in cands.items() if lab.strength == "weak" and counts[lab.key] >= 2][:1]
    first = min(signals, default=s.n)
    for i, lab in cands.items():
        if lab.strength in ("strong", "anon_inline") or _marked(s, cands, i):
            labels[i] = lab
            continue
        if i < first and not _same_shape_later(s, cands, i, first):
            continue
        repeated = counts[lab.key] >= 2
        if lab.strength == "medium":
            ok = repeated or len(medium) >= 2 or len(strong) >= 2 or _full_header(s, lab) or (
                bool(strong) and _titled_inline(s, lab)
            ) or (inline_layout and lab.inline and lab.role is None)  # as a weaker label of the layout would
        else:
            ok = repeated or len(strong) >= 2 or (inline_layout and lab.inline and lab.role is None) or i in named
        if ok and not lab.inline:
            nxt = _next_line(s, i)  # past page furniture between a label and its speech
            follow = cands.get(nxt)
            ok = nxt < s.n and nxt not in s.header and (follow is None or _goes_on(lab, follow))
        if ok:
            labels[i] = lab
    return labels


def _same_shape_later(s: Scan, cands: dict[int, Label], i: int, first: int) -> bool:
    """``Name, Job title`` alone on its line before the layout shows itself, when a stronger header of
    that shape follows from ``first`` on (the IR head opening a company's own transcript, "Deborah
    Crawford, VP, Investor Relations", before "Mark Zuckerberg, CEO")."""
    lab = cands[i]
    if lab.inline or lab.role is not None or lab.strength != "medium" or not (lab.title and is_title(lab.title, s.v)):
        return False
    return any(
        j >= first and not o.inline and o.role is None and o.strength == "strong" and o.title is not None
        and is_title(o.title, s.v)
        for j, o in cands.items()
    )


# Inline labels heard once are checked against the text before them only in an excerpt's worth.
MAX_NAMED_BEFORE = 20


def _named_before(s: Scan, cands: dict[int, Label], counts: dict[str, int]) -> set[int]:
    """Inline ``Full Name: text`` labels heard once whose full name the text gave before them (a
    participants list, an introduction: "happy to have Mark Davis with us"): named, so speakers."""
    once = [
        i
        for i, lab in cands.items()
        if lab.inline and lab.role is None and lab.strength == "weak" and counts[lab.key] == 1 and " " in lab.who
    ]
    if not once or len(once) > MAX_NAMED_BEFORE:
        return set()
    out: set[int] = set()
    for i in once:
        who = cands[i].who.strip()
        if any(who in _speech(s, cands, j) for j in range(i)):
            out.add(i)
    return out


def _speech(s: Scan, cands: dict[int, Label], j: int) -> str:
    """Paragraph ``j`` past its candidate label, if any: an operator's "I will now turn the call over to
    Laura Pike" names her as much as a participants list does (a label alone names no one)."""
    lab = cands.get(j)
    if lab is None:
        return s.texts[j]
    return s.texts[j][lab.body_start :] if lab.inline else ""


# Inline labels that open nearly every paragraph from the first of them on show the layout.
MIN_INLINE_RUN = 3
INLINE_RUN_SHARE = 0.8


def _inline_run(s: Scan, cands: dict[int, Label]) -> bool:
    """An excerpt written as ``Full Name: text`` lines, each speaker heard perhaps once: at least
    three such labels, two people at least, opening nearly every paragraph from the first on. A full
    name is a Latin one with a space or a Chinese one (``何立新:``), which has none."""
    found = [
        i
        for i, lab in cands.items()
        if lab.inline and lab.role is None and (" " in lab.who.strip() or is_cjk_name(lab.who.strip(), s.v))
    ]
    if len(found) < MIN_INLINE_RUN or len({cands[i].key for i in found}) < 2:
        return False
    body = [j for j in range(min(found), s.n) if j not in s.header and j not in s.boiler]
    return len(found) >= INLINE_RUN_SHARE * len(body)


def _full_header(s: Scan, lab: Label) -> bool:
    """``Name - Firm - Chief Executive Officer`` alone on its line: a name, a firm and a job title say
    by themselves that a speaker's turn starts (an excerpt may hold one such header only)."""
    return not lab.inline and lab.role is None and bool(lab.firm and lab.title and is_title(lab.title, s.v))


def _titled_inline(s: Scan, lab: Label) -> bool:
    """``Jane Doe - Chief Financial Officer: text`` beside a host's label: a name with a job title
    opening a line of speech is a turn even when that person speaks once in a short call."""
    return lab.inline and lab.role is None and bool(lab.title and is_title(lab.title, s.v))


def _is_translation(prev: Label, lab: Label) -> bool:
    """A label repeating the one before it in the other script, the same label again (a page that
    prints each line with its translation), or the same role again."""
    if prev.role is not None or lab.role is not None:
        return prev.role == lab.role
    return prev.key == lab.key or bool(CJK_RE.search(prev.who)) != bool(CJK_RE.search(lab.who))


@dataclass
class Turns:
    turns: list[Turn]
    roles: list[ParagraphRole]
    speaker: list[str | None]
    body: list[int]
    after_call: int
    """First paragraph of page furniture after the call (``n`` if none)."""


def build_turns(
    s: Scan,
    labels: dict[int, Label],
    affiliations: dict[int, int],
    roster: Roster,
    titles: set[int],
    call_start: int,
    reg: Registry,
    seen: Callable[[str], str],
) -> Turns:
    """Walk the call once: every paragraph gets its role, its speaker and its turn."""
    n = s.n
    roles: list[ParagraphRole] = ["text"] * n
    speaker: list[str | None] = [None] * n
    body = [0] * n
    turns: list[Turn] = []
    current: Turn | None = None
    last_label: Label | None = None
    last_label_at = max(labels, default=-1)
    after_call = n
    for i in range(call_start, n):
        src = s.rendering.get(i)
        if src is not None and src >= call_start:  # a line's rendering or repeat: as that line
            roles[i], speaker[i], body[i] = roles[src], speaker[src], 0
            if roles[src] == "text" and current is not None and src in current.paras:
                current.paras.append(i)
            continue
        if i in s.boiler:
            roles[i] = "boilerplate"
            if i > last_label_at and not _is_rule(s.texts[i]) and i not in s.inert:
                current = None
                after_call = min(after_call, i)
            continue
        if i in roster.lines:
            roles[i], current = "roster", None
            continue
        if i in s.header or i in titles:
            roles[i], current = "heading", None
            continue
        if i in affiliations and current is not None:
            roles[i], speaker[i] = "speaker_label", current.speaker
            if current.kind == "person" and current.speaker is not None:
                _header_line(s, strip_emphasis(s.texts[i].strip()), reg.get(current.speaker))
            continue
        lab = labels.get(i)
        if lab is not None:
            if current is not None and _field_speech(current, lab):
                roles[i], speaker[i], body[i] = "text", current.speaker, lab.body_start
                current.paras.append(i)
                continue
            if current is not None and (
                any(rule(current, lab, last_label, reg) for rule in SAME_TURN)
                or _rendered(
                    s, current, lab, last_label, i, body[current.paras[-1]] if current.paras else 0, reg
                )
            ):
                roles[i], speaker[i] = "speaker_label", current.speaker
                continue
            current = start_turn(s, i, lab, reg, seen)
            last_label = lab
            turns.append(current)
            speaker[i] = current.speaker
            if lab.inline:
                body[i] = lab.body_start
                current.paras.append(i)
            else:
                roles[i] = "speaker_label"
            continue
        if current is not None:
            current.paras.append(i)
            speaker[i] = current.speaker
    for i in range(call_start):
        if i in s.boiler:
            roles[i] = "boilerplate"
        elif i in titles:
            roles[i] = "heading"
    return Turns(turns, roles, speaker, body, after_call)


# "Q" or "A" at the end of a header line, after a firm or title.
MARGIN_MARK_RE = re.compile(r"(?<=[\w.)])\s+([QA])$")
# Titles a broker's analyst holds as often as an executive does (a transcript app prints the asker's).
SHARED_TITLE_RE = re.compile(
    r"(?:(?:senior|executive)\s+)?(?:managing\s+director|director|vice\s+president|vp|partner|principal)",
    re.IGNORECASE,
)


def _header_line(s: Scan, line: str, rec: Record) -> None:
    """What the header line under a speaker's name says: a research division marks an analyst (and
    is the firm); a job title alone marks the company; ``Firm - Title`` gives both. A vendor's margin
    mark printed at the line's end ("Analyst, Harbor Point Securities LLC Q") says the side."""
    mark = MARGIN_MARK_RE.search(line)
    if mark:
        line = line[: mark.start()]
        rec.set_side("analyst" if mark.group(1) == "Q" else "company", "label")
    firm, sep, title = line.partition(" - ")
    if not sep:
        firm, title = (line, "") if not is_title(line, s.v) else ("", line)
        first, comma, rest = line.partition(", ")
        if comma and is_analyst_title(first) and not is_title(rest, s.v):
            rec.set_side("analyst", "label")  # "Analyst, JPMorgan Securities LLC": title, then firm
            rec.set_affiliation(rest.strip(), "label")
            rec.set_role(first.strip(), "label")
            return
        if comma and is_title(first, s.v) and not is_title(rest, s.v) and not s.v.analyst_firm.search(line):
            rec.set_side("company", "label")  # "Chief Financial Officer, Examplo Holdings, Inc."
            rec.set_affiliation(rest.strip(), "label")
            rec.set_role(first.strip(), "label")
            return
    if s.v.analyst_firm.search(line):
        rec.set_side("analyst", "label")
        rec.set_affiliation(firm.strip() or line, "label")
    elif title and not firm and s.v.job_title.search(to_simplified(title)):
        rec.set_side("company", "label")
    rec.set_role(title.strip() or None, "label")


SameTurnRule = Callable[[Turn, Label, "Label | None", Registry], bool]


def _interpreted(turn: Turn, lab: Label, last: Label | None, reg: Registry) -> bool:
    """An interpreter repeats the speaker: the turn goes on."""
    return lab.role == "interpreter"


def _next_line(s: Scan, i: int) -> int:
    """The paragraph after ``i``, past page furniture ("翻译中...")."""
    j = i + 1
    while j < s.n and j in s.boiler and j not in s.header:
        j += 1
    return j


def _marked(s: Scan, cands: dict[int, Label], i: int) -> bool:
    """A name standing above a lone Q / A mark, or under a lone "speaker" line: the mark says it is a
    speaker's header."""
    lab, follow = cands[i], cands.get(_next_line(s, i))
    if lab.role is None and not lab.inline and i > 0 and s.v.speaker_mark.search(s.folded(i - 1)):
        return True  # "speaker" printed on the line above the name
    return lab.role is None and not lab.inline and follow is not None and _is_mark(follow)


def _goes_on(lab: Label, follow: Label) -> bool:
    """A label may stand right above another when that one is a Q / A mark or repeats it."""
    return _is_mark(follow) or (follow.key == lab.key and follow.role == lab.role)


def _is_mark(lab: Label) -> bool:
    """A lone ``Q`` / ``A`` (问 / 答) line: a vendor's mark under a speaker's header."""
    return lab.role in ("question", "answer") and not lab.inline and len(lab.who) <= 2


MARKED_TURNS = ("person", "unnamed_analyst", "company_representative")


def _q_a_mark(turn: Turn, lab: Label, last: Label | None, reg: Registry) -> bool:
    """A lone ``Q`` / ``A`` line under a speaker's header (a vendor's mark): the speaker asks or answers."""
    if turn.kind not in MARKED_TURNS or turn.paras or not _is_mark(lab):
        return False
    turn.prefix = "Q" if lab.role == "question" else "A"
    if turn.speaker is not None and turn.kind == "person":
        reg.get(turn.speaker).set_side("analyst" if turn.prefix == "Q" else "company", "label")
    return True


def _translated(turn: Turn, lab: Label, last: Label | None, reg: Registry) -> bool:
    """The label again in the other script (or the same role), before anyone spoke: one speaker."""
    if turn.paras or last is None or not _is_translation(last, lab):
        return False
    if lab.role is None and turn.speaker is not None:
        reg.alias(turn.speaker, lab.who, lab.key)
    return True


# "问：（摩根大通）…", "Q1：（凱基投顧）…": the firm of an anonymous question, in brackets first.
BRACKET_FIRM_RE = re.compile(r"[（(](?P<firm>[^（()）\s]{2,20})[)）]")


def _firm_in_brackets(s: Scan, i: int, lab: Label) -> str | None:
    """The firm an anonymous question names in brackets at its start, if it reads as a firm."""
    m = BRACKET_FIRM_RE.match(s.texts[i], lab.body_start)
    if not m:
        return None
    ms = BRACKET_FIRM_RE.match(s.simp[i], lab.body_start) if len(s.simp[i]) == len(s.texts[i]) else None
    firm_s = ms.group("firm") if ms else to_simplified(m.group("firm"))
    return m.group("firm") if is_firm(firm_s, s.v) else None


def _field_speech(turn: Turn, lab: Label) -> bool:
    """``问题：…`` / ``回答：…`` right under a form's ``提问人：`` / ``回答人：`` field: that person's speech."""
    if turn.kind not in ("person", "question") or turn.paras or not lab.inline or lab.role not in ("question", "answer"):
        return False
    if turn.kind == "question" and turn.firm is None and turn.prefix != "Q":
        return False  # an anonymous question's own mark, not a field's (nor a post's header: "投资者 hjk2019")
    return (turn.prefix, lab.role) in (("Q", "question"), ("A", "answer"))


def _rendered(s: Scan, turn: Turn, lab: Label, last: Label | None, i: int, start: int, reg: Registry) -> bool:
    """A bilingual call printing each line with its rendering: right after a person's speech, the
    same person under their name in the other script (same surname: ``Helen Zhou`` / ``周海伦``),
    saying it in the other language. Like an interpreter's line, it goes on with the turn."""
    if not (turn.paras and lab.inline and last is not None and lab.role is None and last.role is None):
        return False
    if turn.kind != "person" or turn.speaker is None or last.key == lab.key:
        return False
    cjk_name = bool(CJK_RE.search(lab.who))
    if cjk_name == bool(CJK_RE.search(last.who)):
        return False
    said = s.texts[turn.paras[-1]][start:]  # the turn's last speech, past its inline label
    if bool(CJK_RE.search(said)) == bool(CJK_RE.search(s.texts[i][lab.body_start :])):
        return False  # the same language again: someone else speaking
    other = reg.by_key.get(lab.key)
    if other is not None and other != turn.speaker and _other_side(reg.get(other).side, reg.get(turn.speaker).side):
        return False  # a listed person of the other side answering ("Alan Ng" asks, "黃美玲" answers: Ng reads 黄 too)
    latin, chinese = (last.who, lab.who) if cjk_name else (lab.who, last.who)
    if not same_surname(latin, chinese):
        # a transcribed foreign name renders the name just spoken, the first Chinese form it gets
        forms = reg.get(turn.speaker).forms
        if not (cjk_name and transliterated(latin, chinese) and not any(CJK_RE.search(f) for f in forms)):
            return False
    reg.alias(turn.speaker, lab.who, lab.key)
    return True


def _other_side(listed: str, current: str) -> bool:
    """A listed person's known side that is not the current speaker's (the company's person after an
    asker whose side is not yet known)."""
    return listed != "unknown" and listed != current


def same_surname(latin: str, chinese: str) -> bool:
    """Whether a Latin name carries the pinyin of a Chinese name's surname (first or last word)."""
    from finbrief.structure.romanise import surname_readings

    words = {w.strip(".,").casefold() for w in (latin.split()[:1] + latin.split()[-1:])}
    return bool(words & surname_readings(to_simplified(chinese).strip()))


# The separators of a foreign name written in Chinese characters: "埃德·莱洛" for "Ed Lelo".
TRANSLITERATION_SPLIT_RE = re.compile(r"[·•‧・]")


def transliterated(latin: str, chinese: str) -> bool:
    """Whether a Chinese name is a foreign name transcribed (``迈克·谢泼德``) with as many parts as the
    Latin name has words (``Mike Shepard``)."""
    parts = [p for p in TRANSLITERATION_SPLIT_RE.split(chinese.strip()) if p]
    return len(parts) >= 2 and len(parts) == len(latin.split())


SAME_TURN: tuple[SameTurnRule, ...] = (_interpreted, _q_a_mark, _translated)
"""Labels that go on with the current turn instead of starting one, tried in order."""


def _is_rule(text: str) -> bool:
    t = text.strip()
    return len(t) >= 5 and set(t) <= set("-=_*~·.")


def _broker(lab: Label, s: Scan) -> bool:
    """A label naming a broker or research house as the speaker's firm, and no job title
    (``陳先生（滙豐）``): an outside analyst."""
    from finbrief.lexicon.glossary import firm_name

    if not lab.firm or lab.title:
        return False
    firm_s = to_simplified(lab.firm)
    return bool(s.v.broker_name.search(firm_s)) or firm_name(firm_s, "en") != firm_s or firm_name(firm_s, "zh-Hans") != firm_s


def _short_form(who: str, s: Scan) -> str | None:
    """What comes before the honorific in ``刘总`` / ``欧阳董`` / ``海峰总`` (a surname, or a given name,
    then an honorific the lexicon lists), else None."""
    simp = to_simplified(who.strip())
    if not 2 <= len(simp) <= 4 or not CJK_RE.match(simp):
        return None
    for h in sorted(s.v.honorifics, key=len, reverse=True):
        stem = simp[: -len(h)]
        if simp.endswith(h) and 1 <= len(stem) <= 2:
            return stem
    return None


def start_turn(s: Scan, i: int, lab: Label, reg: Registry, seen: Callable[[str], str]) -> Turn:
    """Start a turn at label ``lab`` and record what the label says about its speaker."""
    if lab.role in ROLE_TURNS or lab.role == "interpreter":
        return Turn(i, seen(reg.role(lab.role, lab.who)), lab.role, lab.prefix)
    if lab.role in ("question", "answer"):
        firm = lab.firm or (_firm_in_brackets(s, i, lab) if lab.role == "question" and lab.inline else None)
        return Turn(i, None, lab.role, lab.prefix, firm=firm)
    if lab.title:
        reg.link_by_title(lab.who, lab.key, lab.title)
        if lab.title == lab.who:  # "财务长：", "答（董事长）": named by role alone
            reg.link_role(lab.key, lab.title)
    short = _short_form(lab.who, s)
    if short:
        reg.link_short_form(lab.who, lab.key, short)
    rid = seen(reg.resolve(lab.who, lab.key))
    if lab.alias:
        reg.alias(rid, lab.alias)
    rec = reg.get(rid)
    if lab.side in ("company", "analyst"):
        rec.set_side(lab.side, "label")
    if lab.prefix == "Q" or is_analyst_title(lab.title) or is_research_arm(lab.firm) or _broker(lab, s):
        rec.set_side("analyst", "label")
        rec.set_affiliation(lab.firm, "label")
        rec.set_role(lab.title, "label")
        return Turn(i, rid, "person", lab.prefix)
    if lab.prefix == "A":
        rec.set_side("company", "label")  # answers
        also = [_co_speaker(who, key, title, reg, seen) for who, key, title in lab.also]
        rec.set_role(lab.title, "label")
        rec.set_affiliation(lab.firm, "label")
        return Turn(i, rid, "person", lab.prefix, also=also)
    elif lab.title and s.v.job_title.search(lab.title) and not SHARED_TITLE_RE.fullmatch(lab.title.partition(", ")[0].strip()):
        # holds a job title: management (one a broker's analyst holds too, "Managing Director", alone
        # or before where it is held, "Managing Director, Pellow & Co.", tells nothing: the turns around it do)
        rec.set_side("company", "label")
    rec.set_role(lab.title, "label")
    rec.set_affiliation(lab.firm, "label")
    return Turn(i, rid, "person", lab.prefix)


def _co_speaker(who: str, key: str, title: str | None, reg: Registry, seen: Callable[[str], str]) -> str:
    """One of several people an answer's label names together: a company speaker."""
    if title:
        reg.link_by_title(who, key, title)
    rid = seen(reg.resolve(who, key))
    rec = reg.get(rid)
    rec.set_side("company", "label")
    rec.set_role(title, "label")
    return rid
