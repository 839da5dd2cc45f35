"""Calls without speaker labels (machine transcriptions, subtitles): the host names who asks next.

When at least ``MIN_INTROS`` paragraphs introduce an asker ("next question from Doug Harter of
Credit Suisse", "请摩根士丹利的王磊提问"), or one short paragraph does that names a question (an
excerpt of one exchange), each introduction opens a pair: past the host's own lines
("Please proceed."), the paragraphs up to the first that asks something (at most
``MAX_QUESTION_PARAS``), any that still ask and a closing thanks are the named analyst's question,
and the paragraphs after that, until the host speaks again, are the answer. An analyst announcing
a follow-up inside the answer ("Got it. I have one follow-up.") opens another pair of theirs. Answers are not attributed
to anyone (the text does not say who answers), and the document says so in its warnings, unless the
host hands the question to a named executive ("请董事长林远航回答"); in the prepared remarks, whom the
host gives the floor to ("首先请财务长周岩为我们报告") speaks until the host names someone else, and
so does whom a speaker hands the call to ("I'll now turn the call over to Amir."; a first name is
the person named in full earlier on), until the call goes to the operator.

A question's window is counted in characters as well as paragraphs: a machine transcription's short
lines ("Thanks for taking my question." / "Maybe we could ...") ask over more of them.
"""

from __future__ import annotations

import dataclasses
import re

from finbrief.ingest.hosted import ANSWER_OPEN_RE, replies_to, same_first_name
from finbrief.lexicon.people import name_key
from finbrief.model import Answer, Document, QAPair, Section, make_paragraph
from finbrief.structure.announce import Announcements, Intro
from finbrief.structure.labels import LEAD_TIME_RE, is_name
from finbrief.structure.scan import Scan
from finbrief.structure.speakers import Registry

MIN_INTROS = 2
# A lone introduction is the host's short line naming a question ("Our first question comes from ...").
LONE_INTRO_CHARS = 300
LONE_INTRO_WORDS = ("question", "提问", "问题")
MAX_QUESTION_PARAS = 3
# ... or the short lines that start within this many characters of the question.
QUESTION_WINDOW_CHARS = 300
# A question goes on while its paragraphs still ask, up to this many in all.
MAX_QUESTION_RUN = 6
# An acknowledgement closing a question or opening a follow-up is short.
ACK_CHARS = 60
# A host line that is not an introduction: short and moderating ("Next question, please.").
HOST_LINE_CHARS = 120
QUESTION_MARKS = ("?", "？")
WARNING = (
    "no speaker labels: askers are taken from the host's introductions of each question; "
    "answers are not attributed to a person"
)
WARNING_NAMED = (
    "no speaker labels: askers are taken from the host's introductions of each question; "
    "an answer is attributed only where the question names who it is put to or the speaker says who they are"
)


# The host giving the floor to a named executive: "首先请财务长周岩为我们报告", "请董事长林远航回答"
# (simplified text): who speaks next, until the host speaks again.
PRESENTER_RE = re.compile(
    r"请(?:我们|公司)?的?(?P<title>[\u4e00-\u9fff]{0,8}?(?:首席[\u4e00-\u9fff]{1,6}官|财务长|执行长|董事长|总经理|"
    r"总裁|副总|董秘|董事会秘书|发言人|总监|负责人))\s*(?P<name>[\u4e00-\u9fff]{2,3}?)(?:先生|女士|小姐)?"
    r"(?:为|来|跟|向)?(?:我们|大家|各位)?(?:简单)?(?:报告|介绍|致辞|发言|说明|回答|回应|补充|分享)"
)


# At most this many characters follow the hand-over in the host's paragraph.
PRESENTER_TAIL = 12

def _presenter(s: Scan, i: int, reg: Registry) -> str | None:
    """The speaker id of the executive paragraph ``i`` gives the floor to, if it names one."""
    from finbrief.structure.labels import is_cjk_name

    t = s.simp[i]
    if "请" not in t:
        return None
    m = PRESENTER_RE.search(t)
    if m is None or len(t.rstrip()) - m.end() > PRESENTER_TAIL or not is_cjk_name(m["name"], s.v):
        return None  # the hand-over ends the host's paragraph ("…报告经营情况。")
    same = len(s.texts[i]) == len(t)
    name = s.texts[i][m.start("name") : m.end("name")] if same else m["name"]
    title = s.texts[i][m.start("title") : m.end("title")] if same else m["title"]
    rid = reg.resolve(name, name_key(m["name"]))
    rec = reg.get(rid)
    rec.set_side("company", "announcement")
    rec.set_role(title, "announcement")
    return rid


# A surname the transcription spells another way keeps its first letters ("Strelczyk", "Strzelczyk").
SURNAME_LEAD = 3


def _respelled(introduced: list[tuple[Intro, str]], intro: Intro) -> str | None:
    """The speaker id of an analyst introduced before whom ``intro`` names again as the transcription
    heard it: the same firm, the same first name (or a short form) and a surname with the same first
    letters ("Andrew Strzelczyk with BMO" after "Andrew Strelczyk with BMO")."""
    new = intro.name.split()
    if len(new) != 2 or not intro.firm:
        return None
    for old, rid in introduced:
        was = old.name.split()
        if (
            len(was) == 2
            and old.firm.casefold() == intro.firm.casefold()
            and same_first_name(was[0], new[0])
            and len(was[1]) >= SURNAME_LEAD
            and was[1][:SURNAME_LEAD].casefold() == new[1][:SURNAME_LEAD].casefold()
        ):
            return rid
    return None


# The company's people an unlabelled English call names in full ("With me are our CEO, Jane Roe, and our
# CFO, Raj Patel.", "turn the call over to Jane Roe, Vice President"): a title just before the name, or
# the call handed to it. Their first names then tell who answers.
STAFF_TITLE = (
    r"(?:CEO|CFO|COO|CTO|President|Chair(?:man|woman)?|Treasurer|Chief\s+[A-Z][a-z]+\s+Officer"
    r"|(?:Senior\s+)?Vice\s+President(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|Head\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'’-]+"
STAFF_RES = (
    re.compile(rf"\b(?:our|the)\s+{STAFF_TITLE},?\s+(?P<name>{NAME})"),
    re.compile(rf"\bover\s+to\s+(?:{STAFF_TITLE},?\s+)?(?P<name>{NAME})"),
)
# The call handed to a colleague by full name as a turn ends ("I'll hand over to our CFO, Tom Reeve.",
# "… over to Chief Executive Officer, Samira Holt."): the paragraphs after it, from one opening with
# thanks, are that colleague's until the floor moves again.
FULL_FLOOR_END_RE = re.compile(
    rf"\bover\s+to\s+(?:(?:our|the)\s+)?(?:{STAFF_TITLE},?\s+)?(?P<name>{NAME})\s*[.!]?\s*$"
)
THANKS_OPEN_RE = re.compile(r"(?i:thank\s+you|thanks)\b")
# A segment's time range before its words ("[00:12.200 --> 00:18.940]  Thank you, operator.").
BRACKETED_RANGE_RE = re.compile(r"\s*\[[^\]\n]{1,40}\]\s*")
# A speaker saying who they are as they start ("This is Jane.", "It's Raj here.", "Jane here.").
SELF_ID_RE = re.compile(r"^(?i:(?:this|it)\s+is|it's|it’s)\s+(?P<first>[A-Z][a-z'’-]+)\b|^(?P<here>[A-Z][a-z'’-]+)\s+here\b")
# A question put to someone by first name ("Jane, how …", "… and Raj, what …", "… for Jane.").
ADDRESS_RE = re.compile(r"(?:^|[.,!?]\s+|\b(?i:and|for)\s+)(?P<first>[A-Z][a-z'’-]+)\s*[,?.]")
# The floor given to a colleague by first name as a turn ends ("… a record. Raj?", "Over to Raj.").
FLOOR_END_RE = re.compile(r"(?:^|[.!?]\s+)(?:(?:over\s+)?to\s+)?(?P<first>[A-Z][a-z'’-]+)\s*[?.!]?\s*$")


def staff_first_names(s: Scan, end: int, reg: Registry) -> dict[str, str]:
    """First name -> speaker id of the company people the text names in full before paragraph ``end``
    (``STAFF_RES``), for first names only one of them has."""
    seen: dict[str, set[str]] = {}
    for i in range(end):
        t = s.texts[i]
        if t.isascii() and ("our " in t or "the " in t or "over to " in t):
            for rx in STAFF_RES:
                for m in rx.finditer(t):
                    name = m.group("name")
                    if is_name(name, s.v):
                        seen.setdefault(name.split()[0], set()).add(name)
    out: dict[str, str] = {}
    for first, names in seen.items():
        if len(names) == 1:
            name = next(iter(names))
            rid = reg.resolve(name, name_key(name))
            reg.get(rid).set_side("company", "announcement")
            out[first] = rid
    return out


# Marks a transcription prints where the speaker changes ("- ", ">> "), before the words.
CHANGE_MARKS = "-–—•>* "


def _self_named(text: str, staff: dict[str, str]) -> str | None:
    m = SELF_ID_RE.match(text.strip().lstrip(CHANGE_MARKS))
    return staff.get(m.group("first") or m.group("here")) if m else None


def _addressed(text: str, staff: dict[str, str]) -> str | None:
    """The one company person a question is put to by first name, if exactly one."""
    text = text.strip().lstrip(CHANGE_MARKS)
    found = {staff[m.group("first")] for m in ADDRESS_RE.finditer(text) if m.group("first") in staff}
    return found.pop() if len(found) == 1 else None


def _answers(
    s: Scan,
    paras: list[int],
    reg: Registry,
    num: list[int],
    speaker: list[str | None],
    staff: dict[str, str] | None = None,
    asked: str | None = None,
) -> tuple[Answer, ...]:
    """The answer paragraphs by who gives them: after a short host line handing the question to a
    named executive ("请财务长周岩回答"), that executive; a paragraph opening with who speaks ("This is
    Jane.") that person; the first paragraph, the one person the question is put to by first name
    (``asked``); else no one."""
    out: list[Answer] = []
    who: str | None = asked
    for k, j in enumerate(paras):
        if len(s.simp[j].strip()) <= HOST_LINE_CHARS:
            named = _presenter(s, j, reg)
            if named is not None:
                who = named
                continue
        if staff:
            who = _self_named(s.texts[j], staff) or (who if k == 0 else None)
        speaker[j] = who
        if out and out[-1].speaker == who:
            out[-1] = Answer(who, (*out[-1].paragraphs, num[j]))
        else:
            out.append(Answer(who, (num[j],)))
    return tuple(out)


def _asks(text: str) -> bool:
    return any(m in text for m in QUESTION_MARKS)


# A paragraph holding only a vendor's mark for speech not transcribed ("[Foreign Language].",
# "(Inaudible)"): no words to open a question with.
PLACEHOLDER_RE = re.compile(r"[\[(][A-Za-z][A-Za-z ]{0,30}[\])]\.?")


def _placeholder(s: Scan, i: int) -> bool:
    """Paragraph ``i`` is only a mark for untranscribed speech."""
    return PLACEHOLDER_RE.fullmatch(s.texts[i].strip()) is not None


def _host_line(s: Scan, i: int, ann: Announcements) -> bool:
    """The host speaking: an introduction, or a short moderating or closing line."""
    if i in ann.intros:
        return True
    t = s.simp[i].strip()
    return len(t) <= HOST_LINE_CHARS and bool(s.v.moderation.search(t) or s.v.closing.search(t))


def _window(s: Scan, paras: list[int]) -> int:
    """How many of ``paras`` may hold the question mark: ``MAX_QUESTION_PARAS``, or more short lines
    (those starting within the first ``QUESTION_WINDOW_CHARS``), at most ``MAX_QUESTION_RUN``."""
    n = seen = 0
    for j in paras[:MAX_QUESTION_RUN]:
        if seen > QUESTION_WINDOW_CHARS:
            break
        seen += len(s.texts[j]) + 1
        n += 1
    return max(n, MAX_QUESTION_PARAS)


# An answer opening by thanking the asker for the question ("谢谢孙悦的问题", "Thanks for the question."):
# never the asker's own closing thanks.
THANKS_FOR_QUESTION_RE = re.compile(
    r"(?:好的?[，,\s]*)?(?:谢谢|謝謝|感谢|感謝)[^，,。！!？?]{0,8}的(?:问题|問題|提问|提問)"
    r"|(?:thanks|thank\s+you)(?:,?\s+[A-Z][a-z]+)?,?\s+for\s+(?:the|that|your|those)\s+questions?\b",
    re.IGNORECASE,
)


def _opens_answer(text: str) -> bool:
    """A paragraph opening the way an answer does ("Sure, ...", "谢谢孙悦的问题，...")."""
    return bool(ANSWER_OPEN_RE.match(text) or THANKS_FOR_QUESTION_RE.match(text))


def _question(s: Scan, paras: list[int]) -> int:
    """How many of ``paras`` the analyst asks: up to the first with a question mark (within the
    ``_window``), else the first that asks in words (at most ``MAX_QUESTION_RUN``), else the first
    alone; then any that still ask and a closing thanks. A later paragraph that opens as an answer
    ("Yeah, I mean, ultimately ..., right?") ends the search: its question mark is no asker's."""
    answered = next((k for k, j in enumerate(paras) if k and _opens_answer(s.texts[j].lstrip())), len(paras))
    paras_all, paras = paras, paras[:answered]
    n = next((k + 1 for k, j in enumerate(paras[: _window(s, paras)]) if _asks(s.texts[j])), 0)
    if not n:  # no question mark: the first paragraph that asks in words ("I was wondering if ...")
        n = next((k + 1 for k, j in enumerate(paras[:MAX_QUESTION_RUN]) if _asks_in_words(s, j)), 1)
    while n < len(paras) and n < MAX_QUESTION_RUN and _asks(s.texts[paras[n]]):
        n += 1
    if n < len(paras) and _acknowledges(s, paras[n]):
        n += 1
    return min(n, len(paras_all))


# Thanks for the floor name the question without asking it ("Thanks for taking my question.").
TAKING_QUESTION_RE = re.compile(r"\b(?:for|on) (?:taking|fielding|squeezing in) (?:my|the|our|a) questions?\b", re.I)


def _asks_in_words(s: Scan, j: int) -> bool:
    """Paragraph ``j`` asks in words, thanks for taking the question aside."""
    t = s.simp[j]
    return bool(s.v.asks.search(TAKING_QUESTION_RE.sub(" ", t) if "question" in t.casefold() else t))


def _acknowledges(s: Scan, j: int) -> bool:
    t = s.simp[j].strip()
    return len(t) <= ACK_CHARS and not _asks(t) and bool(s.v.thanks_only.search(t))


# An analyst's further question inside the answer going on: it opens on a short acknowledgement
# ("Okay, got it.", "Great. That's helpful.") and ends on a question mark, perhaps then thanks.
ACK_SENTENCE_CHARS = 40
ACK_SENTENCE_WORDS = 4
QUESTION_TAIL_CHARS = 40
SENTENCE_RE = re.compile(r"(?<=[.!?。！？])\s+")


def _acknowledged_question(s: Scan, j: int) -> bool:
    t = s.simp[j].strip()
    last = max(t.rfind("?"), t.rfind("？"))
    if last < 0 or len(t) - last - 1 > QUESTION_TAIL_CHARS:
        return False
    first = SENTENCE_RE.split(t, maxsplit=1)[0]
    return (
        len(first) < len(t)
        and len(first) <= ACK_SENTENCE_CHARS
        and len(first.split()) <= ACK_SENTENCE_WORDS
        and not _asks(first)
        and bool(s.v.thanks_only.search(first))
    )


def _exchanges(
    s: Scan, body: list[int], ann: Announcements, first: str, staff: dict[str, str] | None = None
) -> list[tuple[list[int], list[int]]]:
    """The question and answer paragraphs after one introduction, the analyst's announced follow-ups
    ("I have one follow-up") opening further exchanges (with the acknowledgement just before), and so
    does a short paragraph that asks one of the company's people (``staff``) by first name ("And Raj,
    any update on …?"). A paragraph thanking or greeting the asker by first name (``first``: "Yeah,
    thanks, Tory.") answers, whatever it asks."""
    out: list[tuple[list[int], list[int]]] = []
    rest = body
    while rest:
        reply = next((k for k, j in enumerate(rest) if k and replies_to(s.texts[j], first)), len(rest))
        q = _question(s, rest[:reply])
        question, after = rest[:q], rest[q:]
        answer: list[int] = []
        nxt: list[int] = []
        for k, j in enumerate(after):
            if _host_line(s, j, ann):
                break
            if k and (
                s.v.follow_up.search(s.simp[j]) or _acknowledged_question(s, j) or _asks_staff(s, j, staff, first)
            ):
                back = k
                while back > 1 and _acknowledges(s, after[back - 1]):
                    back -= 1  # "Got it, very helpful." before "I have one follow-up."
                answer, nxt = after[:back], after[back:]
                break
            answer.append(j)
        out.append((question, answer))
        rest = nxt
    return out


# A follow-up put to someone by first name is a short paragraph.
FOLLOW_UP_CHARS = 200


def _asks_staff(s: Scan, j: int, staff: dict[str, str] | None, first: str) -> bool:
    """A short paragraph asking a question of one of the company's people by first name, that
    neither greets nor thanks the asker (an answer may end on a question back)."""
    t = s.texts[j].strip()
    return bool(
        staff
        and len(t) <= FOLLOW_UP_CHARS
        and t.endswith(QUESTION_MARKS)
        and _addressed(t, staff) is not None
        and not replies_to(t, first)
    )


def _lone_intro(s: Scan, i: int) -> bool:
    t = s.simp_casefolded[i]
    return len(t) <= LONE_INTRO_CHARS and any(w in t for w in LONE_INTRO_WORDS)


def _unstamped(text: str) -> str:
    """A paragraph's words past a time range or stamp before them."""
    m = BRACKETED_RANGE_RE.match(text)
    rest = text[m.end() :] if m else text
    t = LEAD_TIME_RE.match(rest)
    return rest[t.end() :] if t else rest


def structure(s: Scan, ann: Announcements, reg: Registry) -> Document | None:
    """Pairs from the host's introductions, or None when the text has too few of them."""
    intros = sorted(i for i in ann.intros if i not in s.boiler)
    if len(intros) < MIN_INTROS and not (len(intros) == 1 and _lone_intro(s, intros[0])):
        return None
    qa_start = intros[0]
    speaker: list[str | None] = [None] * s.n
    section: list[Section | None] = [None if i in s.boiler else "prepared" for i in range(s.n)]
    order: list[str] = []
    qa: list[QAPair] = []
    num = [p.n for p in s.doc.paragraphs]
    presenting: str | None = None
    staff = staff_first_names(s, qa_start, reg) if s.doc.language == "en" else {}
    handed: str | None = None  # the colleague a paragraph's last words give the floor to
    passed: str | None = None  # ... by full name: who then speaks on, once they open with thanks
    speaking: str | None = None
    for i in range(qa_start):  # the prepared remarks: whom the host gives the floor to speaks
        named = _presenter(s, i, reg)
        if passed is not None and i not in s.boiler:
            opening = _unstamped(s.texts[i])
            speaking = passed if THANKS_OPEN_RE.match(opening) else None
            passed = None
        if named is not None:
            presenting = named
            if named not in order:
                order.append(named)
        elif presenting is not None and i not in s.boiler:
            speaker[i] = presenting
        elif handed is not None and i not in s.boiler:
            speaker[i] = handed  # "… a record. Raj?" then Raj's paragraph
            if handed not in order:
                order.append(handed)
        elif speaking is not None and i not in s.boiler:
            speaker[i] = speaking  # "… over to our CFO, Tom Reeve." then "Thanks, Samira. …" and on
            if speaking not in order:
                order.append(speaking)
        if staff and i not in s.boiler:
            m = FLOOR_END_RE.search(s.texts[i])
            handed = staff.get(m.group("first")) if m else None
            full = FULL_FLOOR_END_RE.search(s.texts[i]) if "over to" in s.texts[i] else None
            if full is not None and (rid := staff.get(full.group("name").split()[0])) is not None:
                passed = rid
    introduced: list[tuple[Intro, str]] = []
    for k, i in enumerate(intros):
        end = intros[k + 1] if k + 1 < len(intros) else s.n
        intro = ann.intros[i]
        rid = _respelled(introduced, intro) or reg.resolve(intro.name, name_key(intro.name))
        introduced.append((intro, rid))
        rec = reg.get(rid)
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(intro.firm, "announcement")
        if rid not in order:
            order.append(rid)
        body = [j for j in range(i + 1, end) if j not in s.boiler]
        while body and (_host_line(s, body[0], ann) or _placeholder(s, body[0])):
            body.pop(0)  # the host goes on ("Please proceed."), or the asker's words go untranscribed
        for question, answer in _exchanges(s, body, ann, intro.name.split()[0], staff):
            for j in question:
                speaker[j] = rid
            if question and answer:
                asked = _addressed(" ".join(s.texts[j] for j in question), staff) if staff else None
                answers = _answers(s, answer, reg, num, speaker, staff, asked)
                for a in answers:
                    if a.speaker is not None and a.speaker not in order:
                        order.append(a.speaker)
                if answers:
                    qa.append(QAPair(rid, tuple(num[j] for j in question), answers, intro.firm or None))
    for i in range(qa_start, s.n):
        if section[i] is not None:
            section[i] = "qa"
    paras = tuple(
        make_paragraph(p.n, p.text, speaker[i], section[i], "boilerplate" if i in s.boiler else "text")
        for i, p in enumerate(s.doc.paragraphs)
    )
    attributed = any(a.speaker is not None for p in qa for a in p.answers)
    return dataclasses.replace(
        s.doc,
        paragraphs=paras,
        kind="transcript",
        speakers=reg.speakers(order, s.doc.language),
        qa=tuple(qa),
        warnings=(WARNING_NAMED if attributed else WARNING,),
    )


# An earnings interview with no labels: the opening names the interviewer ("Our interviewer this
# quarter is Jane Roe from Example Bank."), who asks every question; looked for in the first paragraphs.
INTERVIEW_HEAD_PARAS = 5
# ... and at least this many questions read as theirs.
MIN_INTERVIEW_QUESTIONS = 2
INTERVIEW_WARNING = (
    "no speaker labels: the interviewer the opening names asks every question; "
    "answers are not attributed to a person"
)


def _interviewer(s: Scan) -> tuple[int, Intro] | None:
    """The paragraph naming the interviewer, and who they are."""
    for i in range(min(s.n, INTERVIEW_HEAD_PARAS)):
        t = s.simp[i]
        if "interview" not in s.simp_casefolded[i] and " by " not in t:
            continue
        for rx in s.v.interviewer:
            m = rx.search(t)
            if m is not None and is_name(m["name"], s.v):
                return i, Intro(m["name"].strip(), " ".join(m["firm"].split()))
    return None


# A printed interview's question: a paragraph wholly in bold ("**How did the half go?**"), the answer below it
# in plain type.
BOLD_PARA_RE = re.compile(r"\s*(?:\*\*|__)(?P<q>[^*_\n]{2,400}?)(?:\*\*|__)\s*")
# Its byline names the journalist and the paper ("*By Jane Roe, Example Journal · 29 July 2026*").
BYLINE_RE = re.compile(
    r"\W*(?i:by)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?P<firm>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})"
    r"\s*(?:[·|,–—-].*)?"
)
# ... and its standfirst, whom it talks to: "<company>'s chief executive, Jane Roe, spoke to us …".
INTERVIEWEE_RE = re.compile(
    r"\b(?i:chief\s+\w+\s+officer|chief\s+executive|chief\s+financial\s+officer|chair(?:man|woman)?|president|founder|"
    r"CEO|CFO|managing\s+director),\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?i:spoke|talked|sat\s+down)\b"
)


def _bold_questions(s: Scan) -> list[int]:
    """The paragraphs wholly in bold that ask or only thank: a printed interview's questions."""
    out = []
    for i, text in enumerate(s.texts):
        if text[:3].lstrip().startswith(("**", "__")) and (m := BOLD_PARA_RE.fullmatch(text)) is not None:
            q = m["q"].strip()
            if q.endswith("?") or s.v.thanks_only.search(q):
                out.append(i)
    return out


def _byline_interview(s: Scan, bold: list[int]) -> tuple[int, Intro, str | None] | None:
    """A printed interview: the byline above its first bold question names who asks (and the paper), the
    standfirst whom she talks to, who answers."""
    if len(bold) < MIN_INTERVIEW_QUESTIONS:
        return None
    for i in range(min(bold[0], INTERVIEW_HEAD_PARAS)):
        m = BYLINE_RE.fullmatch(s.texts[i].strip().strip("*_ "))
        if m is None or not is_name(m["name"], s.v):
            continue
        who = next((w["name"] for j in range(i + 1, bold[0]) if (w := INTERVIEWEE_RE.search(s.texts[j]))), None)
        return i, Intro(m["name"], m["firm"].strip()), who
    return None


def _interviewer_asks(s: Scan, j: int, first: str) -> bool:
    """Paragraph ``j`` is the interviewer's next question: it asks, opens on a short acknowledgement
    ("Okay.", "Got it. Okay.") or on a follow-up ("let's follow up on that, Greg"), and replies to
    no one by the interviewer's first name (an answer's "Yes, Doug.")."""
    t = s.simp[j].strip()
    if not (_asks(t) or s.v.asks.search(t)) or replies_to(t, first):
        return False
    opening = SENTENCE_RE.split(t, maxsplit=1)[0]
    acked = len(opening) <= ACK_SENTENCE_CHARS and not _asks(opening) and bool(s.v.thanks_only.search(opening))
    return acked or bool(s.v.follow_up.search(opening))


def interview(s: Scan, reg: Registry) -> Document | None:
    """Pairs of an earnings interview without labels: the first paragraph after the opening that names
    the interviewer is their first question; each later paragraph that reads as their question
    (``_interviewer_asks``) opens the next; the paragraphs between are the answer, attributed to no
    one. None unless the opening names an interviewer and ``MIN_INTERVIEW_QUESTIONS`` are found."""
    found = _interviewer(s)
    bold = _bold_questions(s)
    answerer: str | None = None
    if found is None and (printed := _byline_interview(s, bold)) is not None:
        found, answerer = printed[:2], printed[2]
    if found is None:
        return None
    at, intro = found
    first = intro.name.split()[0]
    body = [j for j in range(at + 1, s.n) if j not in s.boiler]
    if len(bold) >= MIN_INTERVIEW_QUESTIONS and bold[0] > at:
        starts = [k for k, j in enumerate(body) if j in bold]  # (what comes before the first is the standfirst)
    else:
        starts = [k for k, j in enumerate(body) if k == 0 or _interviewer_asks(s, j, first)]
    if len(starts) < MIN_INTERVIEW_QUESTIONS:
        return None
    rid = reg.resolve(intro.name, name_key(intro.name))
    rec = reg.get(rid)
    rec.set_side("analyst", "announcement")
    rec.set_affiliation(intro.firm or None, "announcement")
    aid: str | None = None
    if answerer is not None:
        aid = reg.resolve(answerer, name_key(answerer))
        reg.get(aid).set_side("company", "announcement")
    num = [p.n for p in s.doc.paragraphs]
    speaker: list[str | None] = [None] * s.n
    qa: list[QAPair] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(body)
        question, answer = body[start], body[start + 1 : end]
        speaker[question] = rid
        for j in answer:
            speaker[j] = aid
        if answer:
            qa.append(QAPair(rid, (num[question],), (Answer(aid, tuple(num[j] for j in answer)),), intro.firm or None))
    qa_start = body[starts[0]]
    paras = tuple(
        make_paragraph(
            p.n,
            p.text,
            speaker[i],
            None if i in s.boiler else ("qa" if i >= qa_start else "prepared"),
            "boilerplate" if i in s.boiler else "text",
        )
        for i, p in enumerate(s.doc.paragraphs)
    )
    return dataclasses.replace(
        s.doc,
        paragraphs=paras,
        kind="transcript",
        speakers=reg.speakers([rid] if aid is None else [rid, aid], s.doc.language),
        qa=tuple(qa),
        warnings=() if aid is not None else (INTERVIEW_WARNING,),
    )


# A machine transcription of a call whose host reads out the questions investors sent in (a Taiwan
# investor conference online): no labels, no introduction names an asker. The host opens the Q&A
# ("那我们现在进行Q&A"), reads a question ending on words that ask ("想请教…的策略是为何", "可否再增加说明"),
# says thanks, and the company answers until the host reads the next question.
QA_CUE_RE = re.compile(
    r"(?:进行|开始|开放|进入)\s*(?:Q\s*&\s*A|问答|提问)|有问题的.{0,8}(?:可以|请)?提出?问题?", re.IGNORECASE
)
# A line a read question ends on: asking words close it ("…的策略是为何", "可否再增加说明"), or it holds
# them and closes on a question's particle ("会不会有增加说明呢"); an answer's "那主要考量呢" does not.
READ_ASK_END_RE = re.compile(
    r"(?:请教|请问|为何|为什么|如何|多少|哪些|是否|吗|(?:可否|能否|请)再?(?:增加|进一步|多|补充)?(?:说明|介绍|分享|解释))[？?]?$"
)
READ_ASKS_RE = re.compile(r"请教|请问|可否|能否|是否|会不会|有没有(?!问题)|如何|为何|为什么|怎么|多少|哪些")
QUESTION_PARTICLE_END = ("呢", "吗", "？", "?")
# A line of thanks alone ("谢谢", "那感谢提问"): between the read question and the answer, or after it.
THANKS_LINE_RE = re.compile(r"^(?:那|好)?(?:谢谢|感谢|多谢)(?:提问|大家|各位|您)?$")
# The host closing the Q&A ("不知道大家还有没有问题", "我们今天…就到这边").
END_OF_QA_RE = re.compile(r"还有没有(?:其他)?问题|如果没有问题|就到这[边里]")
# A read question closes within a run's first lines.
MAX_READ_LINES = 8


def _asks_out(line: str) -> bool:
    """A line closing a read question."""
    return bool(READ_ASK_END_RE.search(line)) or (
        line.endswith(QUESTION_PARTICLE_END) and bool(READ_ASKS_RE.search(line))
    )


def _line(s: Scan, i: int) -> str:
    return LEAD_TIME_RE.sub("", s.simp[i]).strip()


def read_questions(s: Scan, reg: Registry) -> Document | None:
    """Pairs of a transcription without labels whose host reads the questions out after a Q&A cue:
    a run of lines after thanks whose first lines close on asking words opens with the read question,
    the rest of it and the runs after it (until the next question or the host's closing) are its
    answer, attributed to no one."""
    if s.doc.language == "en" or not QA_CUE_RE.search("\n".join(s.simp)):
        return None  # one search over the whole text before any line's
    cue = next((i for i in range(s.n) if i not in s.boiler and QA_CUE_RE.search(_line(s, i))), None)
    if cue is None:
        return None
    runs: list[list[int]] = [[]]
    end = s.n
    for i in range(cue + 1, s.n):
        t = _line(s, i)
        if i in s.boiler or not t:
            continue
        if END_OF_QA_RE.search(t):
            end = i
            break
        if THANKS_LINE_RE.match(t) or QA_CUE_RE.search(t):
            runs.append([])
            continue
        runs[-1].append(i)
    pairs: list[tuple[list[int], list[int]]] = []
    for run in (r for r in runs if r):
        asking = [k for k, i in enumerate(run[:MAX_READ_LINES]) if _asks_out(_line(s, i))]
        if asking:  # the host reads a question (up to its last asking line), the answer follows
            pairs.append((run[: asking[-1] + 1], run[asking[-1] + 1 :]))
        elif pairs:
            pairs[-1][1].extend(run)
    qa_pairs = [(q, a) for q, a in pairs if a]
    if not qa_pairs:
        return None
    num = [p.n for p in s.doc.paragraphs]
    section: list[Section | None] = [None if i in s.boiler else "prepared" for i in range(s.n)]
    for i in range(cue, end):
        if section[i] is not None:
            section[i] = "qa"
    qa = tuple(
        QAPair(None, tuple(num[j] for j in q), (Answer(None, tuple(num[j] for j in a)),), None) for q, a in qa_pairs
    )
    paras = tuple(
        make_paragraph(p.n, p.text, None, section[i], "boilerplate" if i in s.boiler else "text")
        for i, p in enumerate(s.doc.paragraphs)
    )
    return dataclasses.replace(s.doc, paragraphs=paras, kind="transcript", qa=qa, warnings=(WARNING,))
