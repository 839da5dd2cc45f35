"""Q&A pairs: each analyst question with the company turns that answer it.

- A question is an analyst turn (a roster or announced analyst, an unnamed analyst, ``Q –``, an
  anonymous question label); consecutive question turns by the same asker accumulate.
- Answers are the company turns that follow until the next analyst, operator or host turn;
  consecutive turns by one person are one answer. A short IR or moderation line is not an answer.
- A follow-up question by the same analyst after answers is a new pair, but for a short one leaning
  on the answer ("And in the interim?", no subject of its own), which joins the exchange; an analyst's bare thanks or
  acknowledgement is no pair (the answers that follow it still belong to the open pair), nor is a
  check that the line is open ("Can you hear me?"), and a short reply to an executive's clarifying
  question joins the open pair; an analyst's welcome that opens a session before the company speaks
  and asks nothing (a conference host introducing the presenters) is no question.
- A question the text ends on (an excerpt cut before its answer) is a pair without answers.
- Operator and host lines are never part of a pair; company lines after the operator closed the
  call are closing remarks.
- The firm of a pair is the asker's from the roster or their label, else the one the operator named
  when introducing the question, else the one found elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import fold
from finbrief.structure.announce import Intro
from finbrief.structure.call import ACK_SPLIT_RE, CJK_CHAR_RE, HAND_ON_RE, Call
from finbrief.structure.inturn import PASS_ON_RE
from finbrief.structure.speakers import RANK, same_firm
from finbrief.structure.turns import Turn

# A reply to an executive's clarifying question is short.
CLARIFICATION_CHARS = 300
# ... and one that asks something at this length is a new question.
REPLY_ASKING_CHARS = 100
# A question leaning on the answer before it ("And in the interim?") is this short.
FOLLOW_ON_CHARS = 60


@dataclass
class Pair:
    asker: str | None
    firm: str | None
    question: list[int]
    answers: list[tuple[str | None, list[int]]] = field(default_factory=list)


Classifier = Callable[[Call, Turn, str], "str | None"]


def _moderator(c: Call, t: Turn, text: str) -> str | None:
    return "moderator" if c.moderating(t) else None


def _asked(c: Call, t: Turn, text: str) -> str | None:
    return "question" if c.is_question(t) else None


def _anonymous_answer(c: Call, t: Turn, text: str) -> str | None:
    return "answer" if t.kind == "answer" or t.prefix == "A" else None


def _moderation(c: Call, t: Turn, text: str) -> str | None:
    return "moderation" if c.moderates(t, text) else None


def _session_opening(c: Call, t: Turn, text: str) -> str | None:
    """An analyst's turn that opens the session before anyone from the company has spoken, asks
    nothing and names in full who speaks next (a conference host's "Without further ado, please
    welcome Gwen Aldous …"): it moderates."""
    if "?" in text or "？" in text or c.s.v.asks.search(text):
        return None
    turns = c.t.turns
    for k, u in enumerate(turns):
        if u is t:
            if not (c.is_question(t) and t.kind == "person"):
                return None
            nxt = next((v for v in turns[k + 1 :] if c.text(c.speech(v)).strip()), None)
            rec = c.record(nxt) if nxt is not None and nxt.speaker != t.speaker else None
            named = rec is not None and any(" " in f and f in text for f in rec.forms)
            return "moderation" if named else None
        rec = c.record(u)
        said = c.text(c.speech(u))
        if not said.strip():
            continue  # a label with no words under it (a participants list's "Unidentified Analyst")
        if t.speaker is not None and any(" " in f and f in said for f in c.reg.get(t.speaker).forms):
            continue  # an announcer introducing the host ("Here's your host, … Jane Roe."): not the company
        if u.kind != "person" or (rec is not None and rec.side == "company") or u.speaker == t.speaker:
            return None
    return None


# A company speaker passing the question on and saying nothing else ("I'll let Mei take that one."): the
# colleague answers, the hand-off answers nothing. At most this many words.
MAX_PASS_ON_WORDS = 10


def _passed_on(c: Call, t: Turn, text: str) -> str | None:
    if len(text.split()) > MAX_PASS_ON_WORDS or PASS_ON_RE.search(text.strip()) is None:
        return None
    rec = c.record(t)
    return "moderation" if rec is not None and rec.side == "company" else None


# A meeting's chair calling on the next speaker by the microphone they stand at ("Microphone 1, please.").
MICROPHONE_CALL_RE = re.compile(r"\b(?:microphone|mic)\s*(?:no\.?\s*)?[0-9]{1,2}\b", re.IGNORECASE)
# ... or asking a colleague by first name to take the question ("Owen, would you take that?").
ASKED_TO_TAKE_RE = re.compile(
    r"^\s*[^\W\d_][\w'’-]*,\s+(?i:would|could|can|will|do)\s+you\s+(?i:like\s+to\s+|want\s+to\s+|mind\s+)?"
    r"(?i:take|taking|answer|answering|handle|handling|address|addressing|cover|covering)\s+(?i:that|this|it)(?:\s+one)?\s*\?\s*$"
)


def _handed_on(c: Call, t: Turn, text: str) -> str | None:
    """A company officer chairing a meeting's questions (she calls the askers by their microphones) who
    only hands a question to a colleague ("Owen, would you take that?") or calls the next asker
    ("Microphone 1, please."): that steers, it answers nothing. (An executive's own hand-off on a call
    stays in the answer.)"""
    if text.count(" ") >= MAX_PASS_ON_WORDS * 2 or len(text.split()) > MAX_PASS_ON_WORDS:
        return None  # (the cheap test first: an answer is longer)
    rec = c.record(t)
    if rec is None or rec.side != "company" or c.s.v.answering.search(text):
        return None
    if MICROPHONE_CALL_RE.search(text):
        return "moderation"
    if not (HAND_ON_RE.search(text) or ASKED_TO_TAKE_RE.match(text)):
        return None
    chairs = any(u.speaker == t.speaker and MICROPHONE_CALL_RE.search(c.text(c.speech(u))) for u in c.t.turns)
    return "moderation" if chairs else None


CLASSIFIERS: tuple[Classifier, ...] = (
    _moderator,
    _session_opening,
    _asked,
    _anonymous_answer,
    _passed_on,
    _moderation,
    _handed_on,
)
"""What a Q&A turn is, tried in order; a turn none of them claims is an answer."""


def classify(c: Call, t: Turn, text: str) -> str:
    """``moderator`` | ``question`` | ``answer`` | ``moderation`` for one Q&A turn."""
    return next((kind for rule in CLASSIFIERS if (kind := rule(c, t, text)) is not None), "answer")


def _unnamed_analyst(c: Call, forms: list[str]) -> bool:
    """The speaker is labelled only as an analyst no one named ("Unidentified Analyst")."""
    if not forms or not all("nalyst" in f or "分析" in f or "NALYST" in f for f in forms):
        return False  # (the cheap test first: most askers have a name)
    return all(c.s.v.label(fold(f.strip())) == "unnamed_analyst" for f in forms)


def _firm(c: Call, asker: str | None, intro: Intro | None) -> str | None:
    """The asker's firm: as labelled, else as the host introduced them, else as known elsewhere."""
    rec = c.reg.get(asker) if asker else None
    if rec is not None and rec.affiliation and rec.aff_rank >= RANK["label"]:
        return rec.affiliation
    other = c.reg.by_key.get(name_key(intro.name)) if intro is not None and intro.name else None
    if other is not None and rec is not None and _unnamed_analyst(c, rec.forms):
        other = None  # "Unidentified Analyst" after "… from Jane Roe with Example Bank": a colleague on for her
    if intro is not None and intro.firm and not (rec is not None and other is not None and other != rec.id):
        if rec is not None and rec.affiliation and same_firm(intro.firm, rec.affiliation):
            return rec.affiliation  # one spelling of one firm for every question of the asker
        return intro.firm  # (never the firm of someone else the host introduced earlier)
    return rec.affiliation if rec is not None else None


def _introduced(c: Call, intro: Intro | None, firm: str | None) -> str | None:
    """The analyst the operator or host named for an anonymous question ("问：…" after "请中信证券的王磊
    提问"), unless the question names another firm."""
    if intro is None or not intro.name or (firm and intro.firm and firm != intro.firm):
        return None
    rid = c.reg.resolve(intro.name, name_key(intro.name))
    rec = c.reg.get(rid)
    if rec.side == "company":
        return None
    rec.set_side("analyst", "announcement")
    rec.set_affiliation(intro.firm or firm, "announcement")
    return rid


def _same_person(c: Call, a: Intro, b: Intro) -> bool:
    """Two introductions of one person (a name and its rendering in the other script)."""
    ka, kb = c.reg.by_key.get(name_key(a.name)), c.reg.by_key.get(name_key(b.name))
    return ka is not None and ka == kb


# A host moving on to the next asker without naming them: "好，下一位。", "下一个问题。", "Next question, please."
NEXT_ASKER_RE = re.compile(r"下一位|下一个问题|下一個問題|\bnext (?:question|caller)\b", re.IGNORECASE)
# An anonymous follow-up question's mark: the one who asked last asks again.
FOLLOW_UP_MARK_RE = re.compile(r"\s*(?:再|继续)?(?:追问|补充提问|跟进提问)\s*[:：]")
# A private investor labelled as such ("个人投资者1：", "小股东："): someone who gave no name, never the analyst
# the host introduced before.
PRIVATE_ASKER_RE = re.compile(
    r"\s*(?:个人投资者|个人股东|小股东|中小股东|散户)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]"
)
# How far into an unnamed asker's turn (label included) its words may say it follows up.
FOLLOW_UP_OPENING_CHARS = 24


def _opens_follow_up(c: Call, at: int) -> bool:
    """An asker's turn under a generic label that opens as a follow-up (``與會者：想再追問毛利率``, "Participant:
    Just a quick follow-up"): the asker who was answered last asks again, not someone new."""
    return bool(c.s.v.follow_up.search(c.s.simp[at][:FOLLOW_UP_OPENING_CHARS]))
# An IR person handing the question on ("请董事长回答", "由财务总监来回复"): moderation.
HAND_OVER_RE = re.compile(r"(?:请|由)[^。，,；;]{1,12}(?:回答|回复|答复|解答|介绍|来答)")


def _short_answer(c: Call, t: Turn, text: str) -> bool:
    """A company person's short Chinese line right after a question (a 董秘's "暂无。", "预计明年一季度。"):
    the answer, not moderation, unless it steers, hands the question on or only thanks."""
    rec = c.record(t)
    if rec is None or rec.side != "company" or rec.id in c.hosts:
        return False
    if len(CJK_CHAR_RE.findall(text)) * 2 < len(text):
        return False  # an English IR line after a question steers ("Sure, Mark will take that.")
    v = c.s.v
    if v.moderation.search(text) or HAND_OVER_RE.search(text):
        return False
    sentences = [x.strip() for x in ACK_SPLIT_RE.split(text) if x.strip()]
    return not all(v.thanks_only.search(x) for x in sentences)


# A host naming their own office in their first turn ("I'm Leona Faraday, Chief Executive Officer of …").
SELF_OFFICE_RE = re.compile(
    r"\b(?:I'm|I am|my name is|this is)\s+(?P<name>[^,.;]{3,40}?),\s+(?:and\s+I'm\s+)?(?:the\s+|our\s+)?"
    r"(?P<title>(?:[A-Z][\w&-]*\s+){0,4}(?:Officer|CEO|CFO|COO|President|Chair(?:man|woman)?|Treasurer))\b"
)
# An office in investor relations, whose holder hosts rather than answers.
IR_OFFICE_RE = re.compile(r"\b(?:investor|IR\b)", re.IGNORECASE)


def officer_hosts(c: Call) -> set[str]:
    """Hosts who hold an office of the company beyond investor relations (a CEO running the Q&A
    herself): what they say right after a question may answer it."""
    out: set[str] = set()
    for sid in c.hosts:
        rec = c.reg.get(sid)
        first = next((t for t in c.t.turns if t.speaker == sid), None)
        if first is None:
            continue
        m = SELF_OFFICE_RE.search(c.text(c.speech(first)))
        title = rec.role or (m["title"] if m is not None and m["name"].strip() in rec.forms else None)
        if title and not IR_OFFICE_RE.search(title) and not c.s.v.ir_role.search(title):
            out.add(sid)
    return out


def _officer_answer(c: Call, t: Turn, text: str, officers: set[str]) -> bool:
    """An officer who hosts replying right after a question with a line that neither steers, names the
    next asker, hands the question on nor only thanks: her answer."""
    if t.speaker not in officers or c.introduces(t):
        return False
    v = c.s.v
    return not (
        v.moderation.search(text) or v.closing.search(text) or c.hands_on(text) or c.thanks_only(text)
    )


def _replies(c: Call, asked: str, text: str) -> bool:
    """The analyst answering an executive's question back, without asking anything new at length."""
    asks_new = ("?" in text or "？" in text) and len(text) >= REPLY_ASKING_CHARS
    return c.clarifies(asked) and len(text) < CLARIFICATION_CHARS and not asks_new


def _follows_on(c: Call, text: str) -> bool:
    """A short question that only moves the answer just given in time ("And in the interim?"): the
    same analyst pressing the point, so its answers join the exchange."""
    text = text.strip()
    return len(text) <= FOLLOW_ON_CHARS and bool(c.s.v.follows_on.search(text))


# The operator inviting the caller on the line to go on ("You have a follow-up?").
FOLLOW_UP_RE = re.compile(r"\bfollow[- ]?ups?\b", re.IGNORECASE)


def _asks_next(c: Call, k: int, pairs: list[Pair]) -> bool:
    """The turn after the operator's ``k`` is a question by the speaker label of the open pair's
    asker: the same caller, whose introduction still holds."""
    if not pairs:
        return False
    asked = {c.t.turns[j].speaker for j in range(len(c.t.turns)) if set(c.t.turns[j].paras) & set(pairs[-1].question)}
    nxt = next((t for t in c.t.turns[k + 1 :] if c.speech(t)), None)
    return nxt is not None and c.is_question(nxt) and nxt.speaker in asked


def _closes_call(c: Call, k: int, text: str) -> bool:
    """A company turn with a closing phrase that only the operator or host follows: closing remarks."""
    if not c.s.v.closing.search(text):
        return False
    return all(c.moderating(t) for t in c.t.turns[k + 1 :])


def pair_turns(c: Call, qa_start: int) -> tuple[list[Pair], int]:
    """Q&A pairs (each with at least one answer, but for a question the text ends on), and the index
    of the last turn used (-1 if none)."""
    pairs: list[Pair] = []
    last_used = -1
    prev = ""
    open_pair = False  # the current pair still takes answers
    answered = False  # the current pair has had an answer beyond a clarifying question back
    closed = False  # the operator or host closed the call: company lines now are closing remarks
    intro: Intro | None = None
    last_answer = ""
    thanked = False  # the turn before was an analyst's bare thanks
    officers = officer_hosts(c)
    for k, t in enumerate(c.t.turns):
        if t.start < qa_start:
            continue
        paras = c.speech(t)
        text = c.text(paras)
        cls = classify(c, t, text)
        if cls == "answer" and _restates(c, k, t, text):
            cls = "moderation"  # "So his second question is on CapEx …", and management answers
        if cls == "moderation" and prev == "question" and open_pair and pairs and (
            _short_answer(c, t, text) or _officer_answer(c, t, text, officers)
        ):
            cls = "answer"
        if cls == "moderator":
            said = [c.ann.intros[j] for j in t.paras if j in c.ann.intros]
            lost = [Intro("", c.ann.unnamed[j]) for j in t.paras if j in c.ann.unnamed]
            new = said[-1] if said else lost[-1] if lost else None  # it holds for the whole exchange
            if len(said) > 1 and _same_person(c, said[0], said[-1]):
                new = said[0]  # the introduction, then its rendering in the other language: the first
            if new is None and open_pair and FOLLOW_UP_RE.search(text) and _asks_next(c, k, pairs):
                new = intro  # "You have a follow-up?": the same caller goes on
            if not (
                prev == "moderator" and intro is not None and new is not None and _same_person(c, intro, new)
            ):
                intro = new  # (a moderator rendering the introduction in another language keeps the first)
            prev, open_pair = cls, False
            closed = bool(c.s.v.closing.search(text))
            continue
        if cls == "moderation" and NEXT_ASKER_RE.search(text):
            intro = None  # "好，下一位。": whoever asks next is not the one introduced before
        if not paras or cls == "moderation" or (closed and cls == "answer"):
            continue
        closed = False
        cur = pairs[-1] if pairs else None
        was_thanked, thanked = thanked, False
        if cls == "question" and paras and paras[0] == t.start and paras[0] in c.ann.intros:
            intro = c.ann.intros[paras[0]]  # introduced in the question's own paragraph
        elif cls == "question" and paras and paras[0] == t.start and t.start in c.ann.anonymous:
            intro = None  # a question sent in that the host reads out without saying who sent it
        if cls == "question" and t.speaker in c.shared_numbers:
            own = [c.ann.selves[j] for j in paras if j in c.ann.selves]
            intro = own[0] if own else intro  # an asker under a shared number who names themselves
        if cls == "question" and c.s.v.audio_check.search(text.strip()):
            continue  # "Can you hear me?": the line is checked, the question comes next
        if cls == "question":
            same = cur is not None and cur.asker == t.speaker and open_pair
            if cur is not None and same and not cur.answers and (t.speaker is not None or prev == "question"):
                cur.question.extend(paras)
            elif (
                cur is not None and same and cur.answers and (not answered or _replies(c, last_answer, text))
            ):
                cur.question.extend(paras)  # a reply to a question back, or the question asked again
            elif cur is not None and same and cur.answers and _follows_on(c, text):
                cur.question.extend(paras)  # "And in the interim?": the exchange goes on
            elif c.thanks_only(text):
                thanked = True
                continue  # thanks or an acknowledgement: no question, the exchange goes on
            elif _ends_session(c, k, text):
                open_pair = False  # "We're out of time. Thank you both.": the host analyst closes
                prev = "moderator"
                continue
            else:
                asker = t.speaker if t.speaker is not None else _introduced(c, intro, t.firm)
                private = (  # the one introduced has had their answer: a private investor asks now, not them
                    t.speaker is None
                    and asker is not None
                    and PRIVATE_ASKER_RE.match(c.s.simp[t.start]) is not None
                    and any(p.asker == asker and p.answers for p in pairs)
                )
                asker = None if private else asker
                if t.speaker in c.shared_numbers:  # one number for several callers: the one introduced
                    asker = _introduced(c, intro, t.firm) or asker
                firm = t.firm or (None if private else _firm(c, asker, intro))
                if t.speaker is None and cur is not None and FOLLOW_UP_MARK_RE.match(c.s.simp[t.start]):
                    asker, firm = cur.asker, cur.firm  # "追问：…": who asked last asks again
                elif t.speaker is None and asker is None and cur is not None and _opens_follow_up(c, t.start):
                    asker, firm = cur.asker, cur.firm  # "與會者：想再追問毛利率…": the same, in the words
                pairs.append(Pair(asker, firm, paras))
                answered = False
            open_pair = True
            last_used = k
        elif cls == "answer" and was_thanked and c.thanks_only(text):
            pass  # "Thank you." to the analyst's thanks: courtesy, no answer
        elif cur is not None and open_pair and (not cur.answers or not _closes_call(c, k, text)):
            # (a question's first reply answers it, even when it also closes the call)
            if cur.answers and cur.answers[-1][0] == t.speaker and prev == "answer" and not t.also:
                cur.answers[-1][1].extend(paras)
            else:
                cur.answers.append((t.speaker, paras))
                cur.answers.extend((co, list(paras)) for co in t.also)  # "答：董事长X、总经理Y：…"
            answered = answered or not c.clarifies(text)
            last_answer = text
            last_used = k
        prev = cls
    kept = [p for p in pairs if p.answers]
    if pairs and not pairs[-1].answers and _text_ends_on(c, pairs[-1]):
        kept.append(pairs[-1])  # the excerpt stops on a question: it was asked, its answer is cut off
    return kept, last_used


# Turns after a restated question within which another company person answers it (past the
# asker's "That's right.").
RESTATED_WINDOW = 2


def _restates(c: Call, k: int, t: Turn, text: str) -> bool:
    """A company turn putting the analyst's question to management in other words ("So his first
    question is …", "allow me to summarize"), with another company person answering right after:
    the question relayed, not answered."""
    if not c.s.v.restating.search(text):
        return False
    for u in c.t.turns[k + 1 : k + 1 + RESTATED_WINDOW]:
        if u.kind != "person" or u.speaker is None or u.speaker == t.speaker:
            continue
        rec = c.record(u)
        if rec is not None and rec.side == "company":
            return True
    return False


def _ends_session(c: Call, k: int, text: str) -> bool:
    """An asker's line closing the session (a fireside chat's host: "We're out of time."): a closing
    phrase, no question mark, and no question after it."""
    if "?" in text or "？" in text or not c.s.v.closing.search(text):
        return False
    return not any(c.is_question(t) for t in c.t.turns[k + 1 :])


def _text_ends_on(c: Call, p: Pair) -> bool:
    """The document's last words are this question: no turn follows it, and it asks something (a
    question mark or asking words), so it is no thanks or sign-off."""
    last = next((t for t in reversed(c.t.turns) if c.speech(t)), None)
    if last is None or not set(c.speech(last)) <= set(p.question):
        return False
    text = c.text(c.speech(last)).rstrip()
    return text.endswith(("?", "？")) or bool(c.s.v.asks.search(text))
