"""Where the call starts (after a news intro or a title block), where its Q&A starts and where its
closing starts.

- Paragraphs before the call's first signal (a ``以下为电话会实录`` header, a roster, a section header
  or the first label) are a news intro (section ``intro``) when at least two of them are prose;
  otherwise they are a title block with section None.
- Q&A starts at a Q&A header, else at the operator (or host) turn announcing the first question or
  introducing an asker, else at the first question turn (backed up over the operator/host turns
  right before it).
- ``closing``: the trailing operator/host/moderation turns after the last question or answer.
"""

from __future__ import annotations

import re

from finbrief.structure.call import Call
from finbrief.structure.labels import Label
from finbrief.structure.roster import Roster
from finbrief.structure.scan import Scan
from finbrief.structure.turns import Turn

MAX_TITLE_CHARS = 120
# Prose (a news intro): a sentence of PROSE_MIN characters (a Chinese sentence is short), or any
# paragraph of PROSE_LONG.
PROSE_MIN = 15
PROSE_LONG = 120
PROSE_END = frozenset('。！？.!?”"』」)）')
RULE_RE = re.compile(r"^\s*[-=_*~·.]{5,}\s*$")
# Look back this many paragraphs before the call's first signal for its title line.
TITLE_LOOKBACK = 3


def is_prose(text: str) -> bool:
    """A sentence-like paragraph (news intro), not a title or a date line."""
    t = text.strip()
    return len(t) >= PROSE_LONG or (len(t) >= PROSE_MIN and t[-1] in PROSE_END)


# A date in brackets closing a title: "路演交流纪要（2026年5月）", "Q3 Earnings Call (October 28, 2026)".
TITLE_DATE_RE = re.compile(r"\s*[（(][^（）()]{0,20}\d{4}[^（）()]{0,12}[)）]$")
# ... or a short note in brackets naming where it was held ("…业绩说明会（上证e访谈）", "（网络文字互动）").
TITLE_NOTE_RE = re.compile(r"\s*[（(][^（）()，,。；;：:]{1,12}[)）]$")


def is_call_title(s: Scan, i: int) -> bool:
    """A call's title line (``... Earnings Call``, ``...财报电话会议 2025年2月20日``, a date in brackets
    after it): a heading."""
    t = s.simp[i].strip()
    if t[-1:] in ")）":
        t = TITLE_NOTE_RE.sub("", TITLE_DATE_RE.sub("", t))
    return 0 < len(t) <= MAX_TITLE_CHARS and t[-1] not in PROSE_END and bool(s.v.call_title.search(t))


def call_bounds(s: Scan, labels: dict[int, Label], roster: Roster) -> tuple[int, set[int], bool]:
    """(first paragraph of the call, its title lines, whether what precedes it is a news intro)."""
    first_label = min(labels, default=s.n)
    call_start = min([*s.header, first_label, min(roster.lines, default=s.n)])
    titles = {i for i in range(call_start, first_label) if i not in s.header and is_call_title(s, i)}
    for i in range(call_start - 1, max(-1, call_start - 1 - TITLE_LOOKBACK), -1):
        if RULE_RE.match(s.texts[i]):
            continue
        if i in s.boiler or not is_call_title(s, i):
            break
        titles.add(i)
        call_start = i
    has_intro = sum(is_prose(s.texts[i]) for i in range(call_start) if i not in s.boiler) >= 2
    return call_start, titles, has_intro


def mid_sentence(text: str) -> bool:
    """A text cut in the middle of a sentence: it starts in lower case or with a dash or an ellipsis."""
    t = text.lstrip()
    return t[:1].islower() or t.startswith(("--", "…", "...", "–", "—"))


# A prepared-remarks turn is long; a question that opens an excerpt is one short turn.
OPENING_QUESTION_CHARS = 1200


def _excerpt_opens_on_question(c: Call, first: Turn, call_start: int) -> bool:
    """An excerpt cut into the Q&A whose first turn is a question (no operator before it): one short
    turn by someone no list places at the company, ending on a question mark, that another person
    answers, with no prepared-remarks header anywhere in the text."""
    s = c.s
    if first.kind != "person" or first.speaker is None or "prepared" in s.header.values():
        return False
    if c.reg.get(first.speaker).side == "company":
        return False
    paras = c.speech(first)
    text = c.text(paras).rstrip()
    if not paras or len(text) > OPENING_QUESTION_CHARS or not text.endswith(("?", "？")):
        return False
    nxt = next((t for t in c.t.turns if t.start > first.start), None)
    return nxt is not None and nxt.kind == "person" and nxt.speaker not in (None, first.speaker)


def qa_start(c: Call, call_start: int) -> int:
    """Paragraph index where the Q&A session starts (``n`` if there is none)."""
    s = c.s
    qa_headers = [i for i, k in s.header.items() if k == "qa" and i >= call_start]
    if qa_headers:
        return min(qa_headers)
    turns = c.t.turns
    cands: list[int] = []
    first = next((t for t in turns if t.start >= call_start), None)
    if (
        first is not None
        and first.kind == "person"
        and first.paras
        and s.v.question_opening.search(c.text(first.paras[:1]))  # past an inline label
    ):
        return first.start  # a text that starts with an analyst's question starts in the Q&A
    if first is not None and _excerpt_opens_on_question(c, first, call_start):
        return first.start
    if first is not None and s.n and mid_sentence(s.texts[0]):
        intro = next((t for t in turns if c.moderating(t) and any(j in c.ann.intros for j in t.paras)), None)
        if intro is not None and any(s.v.next_question.search(s.simp[j]) for j in intro.paras):
            return first.start  # an excerpt cut mid-answer whose first introduction is of a "next" question
    for t in turns:
        if c.moderating(t) and any(s.v.qa_start.search(s.simp[j]) or j in c.ann.intros for j in t.paras):
            cands.append(t.start)  # "the first question ...", or a turn naming who asks next
            break
    for k, t in enumerate(turns):
        if c.is_question(t):
            while k > 1 and c.moderating(turns[k - 1]):
                k -= 1
            cands.append(turns[k].start)
            break
    return min(cands, default=s.n)


def closing_start(c: Call, last_used: int) -> int:
    """Start of the closing: trailing operator/host/moderation turns after the last Q or A."""
    turns: list[Turn] = c.t.turns
    after_call = c.t.after_call
    if last_used < 0:  # no Q&A: after the last substantive company speech
        for k in range(len(turns) - 1, -1, -1):
            t = turns[k]
            if t.kind in ("person", "company_representative", "answer") and not c.closing_like(t):
                last_used = k
                break
        else:  # every speech looks like a goodbye (a two-turn excerpt): the last one not moderating
            # holds the substance, so a closing never swallows the whole call
            last_used = next(
                (
                    k
                    for k in range(len(turns) - 1, -1, -1)
                    if turns[k].kind in ("person", "company_representative", "answer") and not c.moderating(turns[k])
                ),
                -1,
            )
    tail = [t for t in turns[last_used + 1 :] if t.start < after_call]
    if not tail or not all(c.closing_like(t) for t in tail):
        return after_call
    # An analyst's last thank-you stays in the Q&A; the closing is the call's own.
    ours = [t for t in tail if not c.is_question(t)]
    return ours[0].start if ours else after_call
