"""The structure stage: document kind, roster, speaker turns, sections and Q&A pairs.

Rules chosen (documented here because later stages rely on them):

- A document is a transcript when it has a roster or at least two confirmed speaker labels other
  than inline anonymous ``Q: …`` / ``A: …`` lines (FAQ-style minutes read like that too).
  Paragraphs before the call's first signal (a ``以下为电话会实录`` header, a roster, a section
  header or the first label) are a news intro (section ``intro``, kind ``article+transcript``) when
  at least two of them are prose; otherwise they are a title block with section None.
- An unlabelled text with spoken-call cues (ECTSum prepared remarks) is a ``transcript`` whose
  paragraphs are all ``prepared``, with no speakers.
- Q&A starts at a Q&A header, else at the operator turn announcing the first question, else at the
  first question turn (backed up over the operator/host turns right before it).
- ``closing``: the trailing operator/host/moderation turns after the last question or answer;
  page furniture after the call has section None, as does every ``boilerplate`` paragraph.
- Label-only lines keep ``body_start`` 0 and get role ``speaker_label``; inline labels get role
  ``text`` and ``body_start`` past the label.
- Evidence for a person label: a role label, ``Q –``/``A –`` prefix, ``Name:`` alone, or a name
  known from the roster, the people lexicon or an operator announcement is enough; a plausible name
  otherwise needs to recur or the document to have two such strong labels (and, alone on its line,
  to be followed by speech); nothing before the call's first signal is a label.
- Sides: roster block, lexicon, ``Q –``/``A –``, an analyst or job title, operator announcements
  (analyst, with firm) and hand-overs (company); else prepared-remarks speakers and answerers are
  the company and a newcomer right after the operator or host in the Q&A is an analyst.
- Pairs: a question turn starts a pair (consecutive question turns by the same asker accumulate);
  every answering turn adds an answer, consecutive turns by one person merged. Operator/host turns,
  short IR/moderation lines, an analyst's bare thank-you and company lines after the operator
  closed the call are neither. A follow-up by the same analyst after answers is a new pair.
- Speaker ``name``: see ``speakers._speaker`` (document's script first; English name in aliases).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from finbrief.lexicon.people import People, name_key, people
from finbrief.lexicon.transcript import Vocab, fold, vocab
from finbrief.model import Answer, DocKind, Document, ParagraphRole, QAPair, Section, Side
from finbrief.options import Options
from finbrief.structure.labels import (
    BULLET_RE,
    Label,
    RosterEntry,
    is_analyst_title,
    is_name,
    parse_label,
    parse_roster_line,
    title_and_firm,
)
from finbrief.structure.speakers import Record, Registry

MAX_HEADER_CHARS = 60
MAX_BOILERPLATE_CHARS = 100
MAX_TITLE_CHARS = 120
# Unlabelled spoken remarks (ECTSum): within the first CUE_WINDOW paragraphs, a share of them in
# the first person (we/our/I, 我们) of at least FIRST_PERSON_SHARE in English, or a lower share with
# CUES_NEEDED distinct spoken-call cues (any language); never for texts under MIN_REMARKS paragraphs.
CUE_WINDOW = 40
CUES_NEEDED = 2
FIRST_PERSON_SHARE = 0.3
FIRST_PERSON_WITH_CUES = 0.2
MIN_REMARKS = 8
FIRST_PERSON_RE = re.compile(r"\b(?:we|our|us|I)\b|我们", re.IGNORECASE)
# A short IR line moderates; a short line of anyone matching a moderation phrase does too.
IR_MODERATION_CHARS = 160
IR_MODERATION_MAX = 400
MODERATION_CHARS = 80
THANKS_CHARS = 60
# Words every announcement pattern contains; paragraphs without one skip the regexes.
ANNOUNCEMENT_KEYS = (
    "来自",
    "提问",
    "问题",
    "交给",
    "交回",
    "有请",
    "question",
    "line",
    "next to",
    "first to",
    "over to",
)
# A rule line (``-----``, ``=====``): furniture inside a vendor transcript, never the end of the call.
RULE_RE = re.compile(r"^\s*[-=_*~·.]{5,}\s*$")
ROSTER_SIDE: dict[str, Side] = {
    "roster_company": "company",
    "roster_analyst": "analyst",
    "roster_any": "unknown",
}
# Prose (a news intro): a sentence of PROSE_MIN characters (a Chinese sentence is short), or any
# paragraph of PROSE_LONG.
PROSE_MIN = 15
PROSE_LONG = 120
PROSE_END = frozenset('。！？.!?”"』」)）')


@dataclass
class Turn:
    """A speaker's turn: its label paragraph and the paragraphs of speech that follow (0-based)."""

    start: int
    speaker: str | None
    kind: str
    """``person`` or a role label kind (``operator``, ``host``, ``company_representative``,
    ``question``, ``answer``)."""
    prefix: str | None
    paras: list[int] = field(default_factory=list)


DEFAULT_OPTIONS = Options()


def run(doc: Document, options: Options = DEFAULT_OPTIONS) -> Document:
    """Add kind, speakers, sections, paragraph roles and Q&A pairs, keeping every paragraph as is.

    ``options`` is accepted for the common stage signature; no option changes structure yet.
    """
    return structure(doc)


def structure(doc: Document, v: Vocab | None = None, lexicon: People | None = None) -> Document:
    """``run`` with an explicit vocabulary and people lexicon (tests pass their own data)."""
    return _Structurer(doc, v or vocab(), lexicon or people()).build()


def _is_prose(text: str) -> bool:
    """A sentence-like paragraph (news intro), not a title or a date line."""
    t = text.strip()
    return len(t) >= PROSE_LONG or (len(t) >= PROSE_MIN and t[-1] in PROSE_END)


class _Structurer:
    """One pass over one document; state lives here so the steps stay small."""

    def __init__(self, doc: Document, v: Vocab, lexicon: People) -> None:
        self.doc = doc
        self.v = v
        self.texts = [p.text for p in doc.paragraphs]
        self.simp = list(doc.simplified)
        self.n = len(self.texts)
        self.lexicon = lexicon
        self.header: dict[int, str] = {}
        self.boiler: set[int] = set()
        self.roster_lines: set[int] = set()
        self.roster: list[RosterEntry] = []
        self.announced: dict[str, str] = {}
        self.handed: set[str] = set()
        self.labels: dict[int, Label] = {}
        self.body = [0] * self.n

    # -- scanning ------------------------------------------------------------------------------

    def _scan(self) -> None:
        """Headers and page furniture: whole-line vocabulary matches on short lines only."""
        v = self.v
        for i, s in enumerate(self.simp):
            t = s.strip()
            if len(t) <= MAX_HEADER_CHARS:
                kind = v.header(fold(t))
                if kind is not None:
                    self.header[i] = kind
                    continue
            if len(t) <= MAX_BOILERPLATE_CHARS and v.boilerplate.search(t):
                self.boiler.add(i)

    def _parse_roster(self, known: frozenset[str]) -> None:
        """Roster blocks after ``公司参与者`` / ``Corporate Participants`` style headers."""
        i = 0
        while i < self.n:
            kind = self.header.get(i)
            if kind not in ROSTER_SIDE:
                i += 1
                continue
            side = ROSTER_SIDE[kind]
            j = i + 1
            pending: RosterEntry | None = None  # "* Name" waiting for its "Firm - Title" line
            while j < self.n:
                hk = self.header.get(j)
                if hk in ROSTER_SIDE:
                    side = ROSTER_SIDE[hk]
                    pending = None
                    j += 1
                    continue
                if hk is not None or j in self.boiler:
                    if RULE_RE.match(self.texts[j]):
                        j += 1  # a rule line inside the roster
                        continue
                    break
                line, s = self.texts[j], self.simp[j]
                if self.v.label(fold(s.strip())) is not None:
                    break
                bulleted = bool(BULLET_RE.match(line.lstrip()))
                if pending is not None and not bulleted:
                    details = [d.strip() for d in line.strip().split(" - ") if d.strip()]
                    self.roster[-1] = self._entry(pending.index, pending.name, pending.key, side, details)
                    self.roster_lines.add(j)
                    pending = None
                    j += 1
                    continue
                parsed = parse_roster_line(line, s, self.v, known)
                if parsed is None:
                    break
                name, key, details = parsed
                if not details and not bulleted and not self._roster_like(j + 1, known):
                    break  # a bare name followed by speech is a speaker label, not a roster line
                self.roster.append(self._entry(j, name, key, side, details))
                self.roster_lines.add(j)
                pending = self.roster[-1] if (bulleted and not details) else None
                j += 1
            i = j

    def _roster_like(self, j: int, known: frozenset[str]) -> bool:
        """Whether paragraph ``j`` continues a roster (another entry or header)."""
        if j >= self.n:
            return False
        if self.header.get(j) in ROSTER_SIDE:
            return True
        parsed = parse_roster_line(self.texts[j], self.simp[j], self.v, known)
        return parsed is not None and bool(parsed[2])

    def _entry(self, index: int, name: str, key: str, side: Side, details: list[str]) -> RosterEntry:
        """Role and firm from a roster line's detail parts, by the side of its block."""
        if details and is_analyst_title(details[-1]):
            side = "analyst"
        if side == "analyst" and len(details) == 1 and not is_analyst_title(details[0]):
            return RosterEntry(index, name, key, side, None, details[0])
        role, firm = title_and_firm(details, side, self.v)
        return RosterEntry(index, name, key, side, role, firm)

    def _announcements(self) -> None:
        """Analysts the operator announces ("来自花旗的Alicia Yap", "Alex Yao with JPMorgan") and
        speakers the call is handed to ("turn the call over to Laura Chen"), who are management."""
        for text, s in zip(self.texts, self.simp, strict=True):
            low = s.casefold()
            if not any(k in low for k in ANNOUNCEMENT_KEYS):
                continue
            same = len(text) == len(s)  # spans carry over: report names and firms as written
            for rx in self.v.announcement:
                for m in rx.finditer(s):
                    name = m.group("name").strip()
                    firm = (text[m.start("firm") : m.end("firm")] if same else m.group("firm")).strip()
                    if is_name(name, self.v):
                        self.announced.setdefault(name_key(name), firm)
            for rx in self.v.handover:
                for m in rx.finditer(s):
                    found = m.groupdict()
                    if found.get("name") and is_name(found["name"], self.v):
                        self.handed.add(name_key(found["name"]))
                    tail = (found.get("tail") or "").strip()
                    for k in (3, 2):  # a Chinese name closes the clause: 交给投资者关系总监陈佳
                        if len(tail) >= k and is_name(tail[-k:], self.v):
                            self.handed.add(name_key(tail[-k:]))
                            break

    def _find_labels(self, known: frozenset[str]) -> None:
        """Candidate labels, then confirmation: weak ones need evidence (see module docstring)."""
        cands: dict[int, Label] = {}
        for i in range(self.n):
            if i in self.header or i in self.boiler or i in self.roster_lines:
                continue
            lab = parse_label(self.texts[i], self.simp[i], self.v, known)
            if lab is not None:
                cands[i] = lab
        strong = [i for i, lab in cands.items() if lab.strength == "strong"]
        medium = [i for i, lab in cands.items() if lab.strength == "medium"]
        counts: dict[str, int] = {}
        for lab in cands.values():
            counts[lab.key] = counts.get(lab.key, 0) + 1
        signals = [*self.header, *strong[:1]]
        if len(medium) >= 2:
            signals.append(medium[0])
        signals += [i for i, lab in cands.items() if lab.strength == "weak" and counts[lab.key] >= 2][:1]
        first = min(signals, default=self.n)
        for i, lab in cands.items():
            if lab.strength in ("strong", "anon_inline"):
                self.labels[i] = lab
                continue
            if i < first:
                continue
            repeated = counts[lab.key] >= 2
            if lab.strength == "medium":
                ok = repeated or len(medium) >= 2 or len(strong) >= 2
            else:
                ok = repeated or len(strong) >= 2
            if ok and not lab.inline:
                nxt = i + 1
                ok = nxt < self.n and nxt not in cands and nxt not in self.header and nxt not in self.boiler
            if ok:
                self.labels[i] = lab

    # -- building ------------------------------------------------------------------------------

    def build(self) -> Document:
        """Scan, then decide the kind: labels or a roster make a transcript, else cues or article."""
        self._scan()
        folded_text = "\n".join(self.simp).casefold()
        active = self.lexicon.active(folded_text)
        known = frozenset(active)
        self._parse_roster(known)
        self._announcements()
        known = known | {e.key for e in self.roster} | frozenset(self.announced)
        self._find_labels(known)
        named = sum(1 for lab in self.labels.values() if lab.strength != "anon_inline")
        anonymous = len(self.labels) - named
        if named >= 2 or (named and anonymous >= 2) or len(self.roster) >= 2:
            return self._transcript(Registry(active, self.lexicon.companies))
        if self._has_call_cues():
            return self._plain("transcript", "prepared")
        return self._plain("article", None)

    def _has_call_cues(self) -> bool:
        """Cheap test for unlabelled spoken remarks: first person throughout, or call cues."""
        if self.n < MIN_REMARKS or self.labels:
            return False
        lines = [s for i, s in enumerate(self.simp[:CUE_WINDOW]) if i not in self.boiler]
        share = sum(1 for s in lines if FIRST_PERSON_RE.search(s)) / max(1, len(lines))
        if share >= FIRST_PERSON_SHARE and self.doc.language == "en":
            return True
        if share < FIRST_PERSON_WITH_CUES:
            return False
        window = "\n".join(lines)
        return sum(1 for rx in self.v.call_cues if rx.search(window)) >= CUES_NEEDED

    def _plain(self, kind: DocKind, section: Section | None) -> Document:
        """An article, or unlabelled remarks: sections and boilerplate roles only."""
        paras = tuple(
            dataclasses.replace(
                p,
                speaker=None,
                section=None if i in self.boiler else section,
                role="boilerplate" if i in self.boiler else "text",
                body_start=0,
            )
            for i, p in enumerate(self.doc.paragraphs)
        )
        return dataclasses.replace(self.doc, paragraphs=paras, kind=kind, speakers=(), qa=())

    def _is_call_title(self, i: int) -> bool:
        """A call's title line (``... Earnings Call``, ``...财报电话会议 2025年2月20日``): a heading."""
        t = self.simp[i].strip()
        return 0 < len(t) <= MAX_TITLE_CHARS and t[-1] not in PROSE_END and bool(self.v.call_title.search(t))

    def _transcript(self, reg: Registry) -> Document:
        """Turns, sides, sections and pairs of a document known to contain a call."""
        n = self.n
        first_label = min(self.labels, default=n)
        signals = [*self.header, first_label, min(self.roster_lines, default=n)]
        call_start = min(signals)
        titles = {
            i for i in range(call_start, first_label) if i not in self.header and self._is_call_title(i)
        }
        for i in range(call_start - 1, max(-1, call_start - 4), -1):
            if RULE_RE.match(self.texts[i]):
                continue
            if i in self.boiler or not self._is_call_title(i):
                break
            titles.add(i)
            call_start = i
        has_intro = sum(_is_prose(self.texts[i]) for i in range(call_start) if i not in self.boiler) >= 2

        order: list[str] = []

        def seen(rid: str) -> str:
            if rid not in order:
                order.append(rid)
            return rid

        for e in self.roster:
            rec = reg.get(seen(reg.resolve(e.name, e.key)))
            if e.side != "unknown":
                rec.set_side(e.side, "roster")
            rec.set_role(e.role, "roster")
            rec.set_affiliation(e.firm, "roster")

        # Turns.
        roles: list[ParagraphRole] = ["text"] * n
        speaker: list[str | None] = [None] * n
        body = self.body
        turns: list[Turn] = []
        current: Turn | None = None
        last_label = max(self.labels, default=-1)
        after_call = n
        for i in range(call_start, n):
            if i in self.boiler:
                roles[i] = "boilerplate"
                if i > last_label and not RULE_RE.match(self.texts[i]):
                    current = None
                    after_call = min(after_call, i)
                continue
            if i in self.roster_lines:
                roles[i], current = "roster", None
                continue
            if i in self.header or i in titles:
                roles[i], current = "heading", None
                continue
            lab = self.labels.get(i)
            if lab is not None:
                current = self._turn(i, lab, reg, seen)
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
            if i in self.boiler:
                roles[i] = "boilerplate"
            elif i in titles:
                roles[i] = "heading"

        for rec in reg.records.values():
            keys = [name_key(f) for f in rec.forms]
            firm = next((self.announced[k] for k in keys if k in self.announced), None)
            if firm is not None:
                rec.set_side("analyst", "announcement")
                rec.set_affiliation(firm, "announcement")
            elif any(k in self.handed for k in keys):
                rec.set_side("company", "announcement")

        qa_start = self._qa_start(turns, reg, call_start, n)
        self._infer_sides(turns, reg, qa_start)
        pairs, last_used = self._pair(turns, reg, roles, qa_start)
        closing = self._closing(turns, reg, last_used, after_call)

        def section(i: int) -> Section | None:
            if i < call_start:
                return "intro" if has_intro and i not in self.boiler else None
            if i >= after_call or i in self.boiler:
                return None
            if i >= closing:
                return "closing"
            return "qa" if i >= qa_start else "prepared"

        paras = tuple(
            dataclasses.replace(p, speaker=speaker[i], section=section(i), role=roles[i], body_start=body[i])
            for i, p in enumerate(self.doc.paragraphs)
        )
        num = [p.n for p in self.doc.paragraphs]
        qa = tuple(
            QAPair(
                asker=asker,
                question=tuple(num[j] for j in q),
                answers=tuple(Answer(s, tuple(num[j] for j in ps)) for s, ps in answers),
            )
            for asker, q, answers in pairs
        )
        return dataclasses.replace(
            self.doc,
            paragraphs=paras,
            kind="article+transcript" if has_intro else "transcript",
            speakers=reg.speakers(order, self.doc.language),
            qa=qa,
        )

    def _turn(self, i: int, lab: Label, reg: Registry, seen: Callable[[str], str]) -> Turn:
        """Start a turn at label ``lab`` and record what the label says about its speaker."""
        if lab.role in ("operator", "host", "company_representative"):
            return Turn(i, seen(reg.role(lab.role, lab.who)), lab.role, lab.prefix)
        if lab.role in ("question", "answer"):
            return Turn(i, None, lab.role, lab.prefix)
        if lab.title:
            reg.link_by_title(lab.who, lab.key, lab.title)
        rid = seen(reg.resolve(lab.who, lab.key))
        rec = reg.get(rid)
        if lab.prefix == "Q" or is_analyst_title(lab.title):
            rec.set_side("analyst", "label")
            rec.set_affiliation(lab.firm, "label")
            rec.set_role(lab.title, "label")
            return Turn(i, rid, "person", lab.prefix)
        if lab.prefix == "A" or (lab.title and self.v.job_title.search(lab.title)):
            rec.set_side("company", "label")  # answers, or holds a job title: management
        rec.set_role(lab.title, "label")
        rec.set_affiliation(lab.firm, "label")
        return Turn(i, rid, "person", lab.prefix)

    def _is_question(self, t: Turn, reg: Registry) -> bool:
        """An anonymous question, a ``Q –`` label or an analyst speaking."""
        if t.kind == "question" or t.prefix == "Q":
            return True
        return t.kind == "person" and t.speaker is not None and reg.get(t.speaker).side == "analyst"

    def _qa_start(self, turns: list[Turn], reg: Registry, call_start: int, n: int) -> int:
        """Paragraph index where the Q&A session starts (``n`` if there is none)."""
        qa_headers = [i for i, k in self.header.items() if k == "qa" and i >= call_start]
        if qa_headers:
            return min(qa_headers)
        cands: list[int] = []
        for t in turns:
            if t.kind in ("operator", "host") and any(self.v.qa_start.search(self.simp[j]) for j in t.paras):
                cands.append(t.start)
                break
        for k, t in enumerate(turns):
            if self._is_question(t, reg):
                while k > 1 and turns[k - 1].kind in ("operator", "host"):
                    k -= 1
                cands.append(turns[k].start)
                break
        return min(cands, default=n)

    def _infer_sides(self, turns: list[Turn], reg: Registry, qa_start: int) -> None:
        """Side of people nothing named: prepared-remarks speakers and answerers are the company;
        a newcomer right after the operator or host in the Q&A is an analyst."""
        for k, t in enumerate(turns):
            if t.kind != "person" or t.speaker is None:
                continue
            rec = reg.get(t.speaker)
            if rec.side_rank:
                continue
            if t.start < qa_start:
                rec.set_side("company", "inferred")
            elif k == 0 or turns[k - 1].kind in ("operator", "host") or turns[k - 1].start < qa_start:
                rec.set_side("analyst", "inferred")
            else:
                rec.set_side("company", "inferred")

    def _speech(self, t: Turn, roles: list[ParagraphRole]) -> list[int]:
        """Paragraphs of what was said in ``t`` (no label lines, headings or furniture)."""
        return [j for j in t.paras if roles[j] == "text"]

    def _text(self, paras: list[int]) -> str:
        """Simplified speech of ``paras`` (past inline labels) for length and phrase tests."""
        out = []
        for j in paras:
            s = self.simp[j] if len(self.simp[j]) == len(self.texts[j]) else self.texts[j]
            out.append(s[self.body[j] :].strip())
        return "".join(out)

    def _moderates(self, t: Turn, rec: Record | None, text: str) -> bool:
        """A short IR/host-like line that steers the call instead of answering."""
        v = self.v
        is_ir = rec is not None and rec.role is not None and bool(v.ir_role.search(rec.role))
        if is_ir and (
            len(text) < IR_MODERATION_CHARS or (len(text) < IR_MODERATION_MAX and v.moderation.search(text))
        ):
            return True
        return len(text) < MODERATION_CHARS and bool(v.moderation.search(text) or v.closing.search(text))

    def _classify(self, t: Turn, reg: Registry, text: str) -> str:
        """``question`` | ``answer`` | ``moderation`` | ``skip`` for one Q&A turn."""
        if t.kind in ("operator", "host"):
            return "skip"
        if t.kind == "question":
            return "question"
        if t.kind == "answer":
            return "answer"
        rec = reg.get(t.speaker) if t.speaker else None
        if self._is_question(t, reg):
            return "question"
        return "moderation" if self._moderates(t, rec, text) else "answer"

    def _pair(
        self, turns: list[Turn], reg: Registry, roles: list[ParagraphRole], qa_start: int
    ) -> tuple[list[tuple[str | None, list[int], list[tuple[str | None, list[int]]]]], int]:
        """Q&A pairs, and the index of the last turn used in one (-1 if none)."""
        pairs: list[tuple[str | None, list[int], list[tuple[str | None, list[int]]]]] = []
        last_used = -1
        prev = ""
        closed = False  # the operator or host closed the call: company lines now are closing remarks
        for k, t in enumerate(turns):
            if t.start < qa_start:
                continue
            paras = self._speech(t, roles)
            text = self._text(paras)
            cls = self._classify(t, reg, text)
            if cls == "skip":
                prev = cls
                closed = bool(self.v.closing.search(text))
                continue
            if not paras or cls == "moderation" or (closed and cls == "answer"):
                continue
            closed = False
            if cls == "question":
                asker = t.speaker
                cur = pairs[-1] if pairs else None
                if (
                    cur is not None
                    and not cur[2]
                    and cur[0] == asker
                    and (asker is not None or prev == "question")
                ):
                    cur[1].extend(paras)
                elif cur is not None and cur[2] and self._thanks_only(text):
                    continue
                else:
                    pairs.append((asker, paras, []))
                last_used = k
            elif pairs:
                answers = pairs[-1][2]
                if answers and answers[-1][0] == t.speaker and prev == "answer":
                    answers[-1][1].extend(paras)
                else:
                    answers.append((t.speaker, paras))
                last_used = k
            prev = cls
        return pairs, last_used

    def _thanks_only(self, text: str) -> bool:
        """A short thank-you after the answer, not a new question."""
        return (
            len(text) < THANKS_CHARS
            and "?" not in text
            and "？" not in text
            and bool(self.v.thanks_only.search(text))
        )

    def _closing(self, turns: list[Turn], reg: Registry, last_used: int, after_call: int) -> int:
        """Start of the closing: trailing operator/host/moderation turns after the last Q or A."""
        if last_used < 0:  # no Q&A: after the last substantive company speech
            for k in range(len(turns) - 1, -1, -1):
                t = turns[k]
                if t.kind in ("person", "company_representative", "answer") and not self._closing_like(
                    t, reg
                ):
                    last_used = k
                    break
        tail = [t for t in turns[last_used + 1 :] if t.start < after_call]
        if not tail or not all(self._closing_like(t, reg) for t in tail):
            return after_call
        # An analyst's last thank-you stays in the Q&A; the closing is the call's own.
        ours = [t for t in tail if not self._is_question(t, reg)]
        return ours[0].start if ours else after_call

    def _closing_like(self, t: Turn, reg: Registry) -> bool:
        """A turn that may end a call: operator/host, moderation, a closing phrase, an analyst's thanks."""
        if t.kind in ("operator", "host"):
            return True
        text = self._text(t.paras)
        rec = reg.get(t.speaker) if t.speaker else None
        if t.kind == "question" or (rec is not None and rec.side == "analyst"):
            return self._thanks_only(text)
        return self._moderates(t, rec, text) or (
            len(text) < IR_MODERATION_MAX and bool(self.v.closing.search(text))
        )
