"""A call read into turns: what each turn says and what kind of turn it is, for sections and pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from finbrief.structure.announce import Announcements
from finbrief.structure.scan import Scan
from finbrief.structure.speakers import Record, Registry
from finbrief.structure.turns import Turn, Turns

# A short IR line moderates; a short line of anyone matching a moderation phrase does too.
IR_MODERATION_CHARS = 160
IR_MODERATION_MAX = 400
MODERATION_CHARS = 80
# Chinese says in 50 characters what English says in 160: an IR person's (a 董秘's) Chinese line
# of more than a few words answers; only a phrase that steers makes it moderation.
IR_MODERATION_CJK = 12
CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
THANKS_CHARS = 80
# An announcement of the next asker is short.
ANNOUNCEMENT_CHARS = 200
# A clarifying question back to the analyst is short.
CLARIFYING_CHARS = 300
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?。！？])\s*")
# A short acknowledgement a host's steering line may open with ("好，下一位。", "OK, next question."): left out.
LEAD_ACK_RE = re.compile(r"^(?:好的?|好|嗯|行|谢谢|ok(?:ay)?|all right)[，,]\s*", re.IGNORECASE)
ACK_SPLIT_RE = re.compile(r"[.!。！,，]+")
# A sentence of this many words at most adds nothing to an acknowledgement ("Best of luck").
ACK_WORDS = 3
WORD_RE = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9'’]+")  # a Chinese character counts as a word
MODERATORS = ("operator", "host")
# An IR line handing the question to an executive ("I'll hand that to you, Karsten.", "Over to Camilla
# on pricing.", "And on pricing, Lars."): a brief hand-off, part of the answer, not moderation.
HAND_ON_RE = re.compile(
    r"\b(?:(?:hand|pass|give|turn|throw)\s+(?:that|it|this(?:\s+one)?|the\s+question)\s+(?:over\s+|back\s+)?to\b"
    r"|over\s+to\s+(?:you\b|(?-i:[A-Z]))|to\s+you,\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A first name closing a line, said to whoever is to answer ("... pricing dynamics, Lars.").
VOCATIVE_END_RE = re.compile(r"(?:^|[,;]\s*)(?P<name>[A-Z][a-z'’-]+)\s*[.?!]*$")
# A first name alone as a sentence, or asked to begin, closing a host's welcome ("Carla?", "Sofia, would you
# like to start?"): the floor given, nothing asked.
FLOOR_RE = re.compile(
    r"(?:^|(?<=[.!])\s+)(?P<name>[A-Z][a-z'’-]+)(?:\s*,\s*(?:would|do|could|can|will)\s+you\s+(?:like\s+to\s+|want\s+to\s+)?"
    r"(?:start|begin|kick\s+(?:us\s+|things\s+)?off|open|lead\s+off|take\s+(?:it|us)\s+(?:away|through\s+[^?.!]{1,40})))?\s*\?\s*$"
)
QUESTION_KINDS = ("question", "unnamed_analyst")


@dataclass
class Call:
    s: Scan
    t: Turns
    reg: Registry
    ann: Announcements
    hosts: set[str] = field(default_factory=set)
    """Company people who introduce the askers (set by ``sides.infer``): their short lines moderate."""
    analyst_hosts: set[str] = field(default_factory=set)
    """Analysts who introduce the other askers (a broker hosting the call, ``sides.analyst_hosts``):
    their turns moderate, but for one that asks something itself."""
    shared_numbers: set[str] = field(default_factory=set)
    """Numbered speakers (``SPEAKER_03``) whose turns follow the introductions of different askers:
    one number a transcription service gave several callers (set by ``sides.name_diarized``)."""
    sole_company: str | None = None
    """The one company person who speaks in the Q&A (set before pairing, ``sole_company_speaker``): an
    IR manager alone with an analyst answers, however short the line."""

    def sole_company_speaker(self, qa_start: int) -> str | None:
        """The company person who has the Q&A's company turns to themself, if only one has any."""
        found: set[str] = set()
        for t in self.t.turns:
            if t.start < qa_start or t.speaker is None or t.kind != "person":
                continue
            rec = self.reg.get(t.speaker)
            if rec.side == "company" and t.speaker not in self.hosts:
                found.add(t.speaker)
                if len(found) > 1:
                    return None
        return next(iter(found), None)

    def speech(self, turn: Turn) -> list[int]:
        """Paragraphs of what was said in ``turn`` (no label lines, headings or furniture)."""
        return [j for j in turn.paras if self.t.roles[j] == "text"]

    def text(self, paras: list[int]) -> str:
        """Simplified speech of ``paras`` (past inline labels) for length and phrase tests."""
        out = []
        for j in paras:
            s = self.s.simp[j] if len(self.s.simp[j]) == len(self.s.texts[j]) else self.s.texts[j]
            out.append(s[self.t.body[j] :].strip().removesuffix("|").rstrip())  # a table row's last pipe
        return "".join(out)

    def moderating(self, turn: Turn) -> bool:
        """The operator or host, or a turn that only announces who asks next (a host the labels do
        not name as such, or an operator line under a wrong label)."""
        if turn.kind in MODERATORS:
            return True
        paras = self.speech(turn)
        if turn.speaker in self.analyst_hosts:
            text = self.text(paras)
            return self.introduces(turn) or not any(m in text for m in ("?", "？")) or self.gives_floor(text)
        return (
            turn.prefix != "Q"  # the question after the introduction, in its paragraph
            and turn.kind not in QUESTION_KINDS  # (or a question read out with who sent it)
            and len(paras) == 1
            and paras[0] in self.ann.intros
            and len(self.text(paras)) < ANNOUNCEMENT_CHARS
        )

    def introduces(self, turn: Turn) -> bool:
        """A person's turn naming who asks next ("The next question comes from Adam at ..."): that
        person hosts the Q&A (IR running a webcast without an operator)."""
        return turn.kind == "person" and any(j in self.ann.intros for j in turn.paras)

    def record(self, turn: Turn) -> Record | None:
        return self.reg.get(turn.speaker) if turn.speaker else None

    def is_question(self, turn: Turn) -> bool:
        """An anonymous question, an unnamed analyst, a ``Q –`` label or an analyst speaking."""
        if turn.kind in QUESTION_KINDS or turn.prefix == "Q":
            return True
        if turn.speaker in self.analyst_hosts and self.moderating(turn):
            return False
        rec = self.record(turn)
        return turn.kind == "person" and rec is not None and rec.side == "analyst"

    def clarifies(self, text: str) -> bool:
        """An executive asking the analyst back: what do you mean, can you repeat that?"""
        if len(text) >= CLARIFYING_CHARS or self.s.v.invites_question.search(text):
            return False  # "So, what's your follow-up?" invites a new question
        return text.rstrip().endswith(("?", "？")) or bool(self.s.v.clarifying.search(text))

    def moderates(self, turn: Turn, text: str) -> bool:
        """A short IR/host-like line that steers the call instead of answering ("Next question,
        please"; of IR or a host, any short line, or a longer one with such a phrase); a line asking
        the analyst back is a reply, not moderation."""
        v = self.s.v
        rec = self.record(turn)
        is_ir = rec is not None and (
            (rec.role is not None and bool(v.ir_role.search(rec.role))) or rec.id in self.hosts
        )
        if v.answering.search(text):
            return False  # "这个问题我来回答，…": the host takes the question
        if is_ir and len(text) < IR_MODERATION_MAX and v.moderation.search(text):
            return True  # "Priya, do you have a follow-up?" asks, but steers
        if is_ir and rec is not None and rec.id not in self.hosts and self.hands_on(text):
            return False  # "I'll hand that to you, Karsten.": the answer's hand-off
        if rec is not None and rec.id == self.sole_company:
            return False  # the company's only voice in the Q&A: its short lines answer
        if self.clarifies(text):
            return False
        if is_ir and len(text) < IR_MODERATION_CHARS:
            if (rec is not None and rec.id in self.hosts) or len(CJK_CHAR_RE.findall(text)) * 2 < len(text):
                return True  # one who hosts the Q&A steers with any short line
            if len(text) < IR_MODERATION_CJK or self.thanks_only(text):
                return True  # "好的，谢谢。"
        if len(text) >= MODERATION_CHARS:
            return False
        sentences = [x.strip() for x in SENTENCE_SPLIT_RE.split(text) if x.strip()]
        return any(v.moderation.match(LEAD_ACK_RE.sub("", x)) for x in sentences) or bool(v.closing.search(text))

    def hands_on(self, text: str) -> bool:
        """``text`` hands the question to an executive: a hand-over phrase, or the first name of a
        company speaker closing it."""
        if HAND_ON_RE.search(text):
            return True
        m = VOCATIVE_END_RE.search(text)
        if m is None:
            return False
        first = m["name"].casefold()
        return any(r.side == "company" and rid.split("-")[0] == first for rid, r in self.reg.records.items())

    def gives_floor(self, text: str) -> bool:
        """``text`` asks nothing but closes by giving an executive the floor by first name ("… Carla?",
        "Sofia, would you like to start?"): a host's welcome, no question of hers."""
        m = FLOOR_RE.search(text)
        if m is None or text.count("?") + text.count("？") > 1:
            return False
        first = m["name"].casefold()
        return any(r.side == "company" and rid.split("-")[0] == first for rid, r in self.reg.records.items())

    def thanks_only(self, text: str) -> bool:
        """A short thank-you or acknowledgement that asks nothing, not a new question: every sentence
        of it thanks or acknowledges, or is a few words ("I'm sorry. Please go ahead.")."""
        v = self.s.v
        if len(text) >= THANKS_CHARS or "?" in text or "？" in text or v.asks.search(text):
            return False
        sentences = [x.strip() for x in ACK_SPLIT_RE.split(text) if x.strip()]
        return bool(sentences) and all(
            v.thanks_only.search(x) or len(WORD_RE.findall(x)) <= ACK_WORDS for x in sentences
        )

    def closing_like(self, turn: Turn) -> bool:
        """A turn that may end a call: operator/host, moderation, a closing phrase, an analyst's thanks."""
        if self.moderating(turn):
            return True
        text = self.text(turn.paras)
        if self.is_question(turn):
            return self.thanks_only(text)
        return self.moderates(turn, text) or (
            len(text) < IR_MODERATION_MAX and bool(self.s.v.closing.search(text))
        )
