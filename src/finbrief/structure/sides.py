"""Which side each speaker is on, from the best evidence available (``speakers.RANK``):

role labels; behaviour (someone listed among the outside participants who gives prepared remarks
speaks for the company, such as an IR agency); the roster section; label details (``Analyst``, a job
title); the people lexicon; operator announcements (analyst, with firm) and hand-overs (company);
else prepared-remarks speakers are the company, and in the Q&A a newcomer right after the operator or
host is an analyst while someone answering is the company. A speaker a transcription service only
numbered who first speaks right after the host introduced an asker is that asker; someone nothing
places whose every turn is a short question others answer is an analyst.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import LEGAL_WORD_RE
from finbrief.structure.announce import Announcements, Intro, _firm_like, matched_firm
from finbrief.structure.call import QUESTION_KINDS, Call
from finbrief.structure.labels import (
    DIARIZED_RE,
    LOWER,
    UPPER,
    is_analyst_title,
    is_firm,
    is_latin_script,
    is_name,
    unnamed_form,
)
from finbrief.structure.roster import Roster
from finbrief.structure.scan import Scan
from finbrief.structure.sections import mid_sentence
from finbrief.structure.speakers import RANK, Registry
from finbrief.structure.turns import Turn

# Prepared remarks count as behaviour when they are this long (a greeting or a question is shorter).
PREPARED_SPEECH_CHARS = 300
# A turn that asks, by its shape: this short, ending in a question mark or asking in words.
ASKING_TURN_CHARS = 300
EXCERPT_ASKING_CHARS = 1500
QUESTION_END = ("?", "？")


def from_roster(reg: Registry, roster: Roster, seen: Callable[[str], str]) -> None:
    """Every roster entry becomes a speaker with the roster's side, title and firm; so does every
    person a staff or visitor field lists, though listed among the speakers only once they speak."""
    listed = len(roster.entries)
    for k, e in enumerate((*roster.entries, *roster.staff, *roster.visitors)):
        rid = reg.resolve(e.name, e.key)
        rec = reg.get(seen(rid) if k < listed else rid)  # by position: `in` is quadratic
        if e.side != "unknown":
            rec.set_side(e.side, "roster")
        elif k < listed and e.role and not e.firm and not is_analyst_title(e.role) and "analyst" not in e.role.casefold():
            rec.set_side("company", "roster")  # a list of everyone gives outsiders a firm, its own people an office
        rec.set_role(e.role, "roster")
        rec.set_affiliation(e.firm, "roster")


def from_announcements(reg: Registry, ann: Announcements) -> None:
    """Announced analysts get their side and firm; people handed the call are management."""
    for rec in reg.records.values():
        keys = [name_key(f) for f in rec.forms]
        firm = next((ann.analysts[k] for k in keys if k in ann.analysts), None)
        if firm is not None:
            rec.set_side("analyst", "announcement")
            rec.set_affiliation(firm, "announcement")
        elif any(k in ann.handed for k in keys):
            rec.set_side("company", "announcement")


def from_behaviour(c: Call, qa_start: int) -> None:
    """Someone listed as an outside participant who gives prepared remarks speaks for the company (a
    broker's analyst hosting the call, ``analyst_hosts``, only welcomes the guests)."""
    spoken: dict[str, int] = {}
    for t in c.t.turns:
        if t.start >= qa_start or t.kind != "person" or t.speaker is None or t.speaker in c.analyst_hosts:
            continue
        spoken[t.speaker] = spoken.get(t.speaker, 0) + len(c.text(c.speech(t)))
    for sid, chars in spoken.items():
        rec = c.reg.get(sid)
        if rec.side == "analyst" and chars >= PREPARED_SPEECH_CHARS:
            rec.set_side("company", "behaviour")


# Words of a firm's name that tell nothing apart ("Cisco Systems, Inc." is "Cisco Systems").
FIRM_FILLER = frozenset(
    (
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "lp", "plc",
        "nv", "sa", "ag", "se", "group", "holding", "holdings", "the", "and", "of",
    )
)  # fmt: skip
FIRM_WORD_RE = re.compile(r"[^\W_]+")


# Prepared-remarks speakers labelled with a title alone, at least: the labels give firms to outsiders only.
MIN_TITLED_PREPARED = 2


def _firm_words(firm: str) -> frozenset[str]:
    return frozenset(w for w in FIRM_WORD_RE.findall(firm.casefold()) if w not in FIRM_FILLER)


def from_label_firms(c: Call, qa_start: int) -> None:
    """Labels that give everyone's firm (``Name,  Firm - Title``) and no participants list: the firm
    the prepared-remarks speakers share is the company's; someone who first speaks in the Q&A under
    a firm sharing no word with it asks from outside (an analyst, whatever the job title says). When
    the labels give the prepared-remarks speakers a title alone (``Jane Roe -- Chief Financial
    Officer``) and a Q&A newcomer a firm (``John Doe -- Example Securities -- Senior Analyst``), the
    firm alone marks the outsider."""
    prepared: dict[frozenset[str], int] = {}
    titled = 0  # prepared-remarks speakers whose label gives a title and no firm
    first: dict[str, int] = {}
    for t in c.t.turns:
        if t.kind != "person" or t.speaker is None:
            continue
        first.setdefault(t.speaker, t.start)
        rec = c.reg.get(t.speaker)
        if t.start < qa_start and rec.affiliation and rec.aff_rank == RANK["label"]:
            words = _firm_words(rec.affiliation)
            prepared[words] = prepared.get(words, 0) + 1
        elif t.start < qa_start and first[t.speaker] == t.start and rec.role and not rec.affiliation:
            titled += 1
    if not prepared:
        if titled < MIN_TITLED_PREPARED or qa_start <= 0:
            return
        company: frozenset[str] = frozenset()
    else:
        ranked = sorted(prepared.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return  # no firm the company's speakers share
        company = ranked[0][0]
    for sid, start in first.items():
        rec = c.reg.get(sid)
        if start < qa_start or rec.side_rank >= RANK["firm"] or not rec.affiliation or rec.aff_rank != RANK["label"]:
            continue
        words = _firm_words(rec.affiliation)
        if words and not words & company:
            rec.set_side("analyst", "firm")


# A meeting platform's display name "<organisation>-<name>" ("裕恒新材-周立群"): the organisation first.
ORG_PREFIXED_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,12})\s*[-－_]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")
# This many speakers sharing the prefix make it an organisation, not the first part of one foreign name.
MIN_ORG_SHARERS = 2


def name_org_prefixed(c: Call) -> None:
    """Speakers a meeting platform shows as ``<organisation>-<name>`` ("裕恒新材-周立群", "裕恒新材-冯岚")
    are the person after the dash, of that organisation, when several share the prefix or the text
    before the first turn names it (a title line); a lone "阿卜杜勒-阿齐兹" stays one name."""
    found: dict[str, tuple[str, str]] = {}
    for rid, rec in c.reg.records.items():
        m = ORG_PREFIXED_RE.match(rec.forms[0].strip()) if rec.forms and rec.person is None else None
        if m is not None and is_name(to_simplified(m["name"]), c.s.v) and not is_name(to_simplified(m["org"]), c.s.v):
            found[rid] = (m["org"], m["name"])
    if not found:
        return
    first = min((t.start for t in c.t.turns if t.speaker is not None), default=0)
    opening = "".join(c.s.texts[:first])
    sharers: dict[str, int] = {}
    for org, _ in found.values():
        sharers[org] = sharers.get(org, 0) + 1
    for rid, (org, name) in found.items():
        if sharers[org] < MIN_ORG_SHARERS and org not in opening:
            continue
        rec = c.reg.get(rid)
        before = len(rec.forms)
        c.reg.alias(rid, name)
        if len(rec.forms) > before:
            rec.forms.insert(0, rec.forms.pop())  # the person's name is the one shown
            rec.set_affiliation(org, "label")


def name_diarized(c: Call) -> None:
    """A speaker a transcription service only numbered ("说话人3", "SPEAKER_02") who first speaks
    right after the host introduced an asker ("请中金公司的王磊提问") is that asker: named, an analyst
    of that firm; right after a turn handing the call to someone by full name ("I'll hand over to
    our CFO, Victor Lund"), that person, for the company; one who first speaks right after the host
    gave the floor to someone of the company ("请庞董介绍", having named 董事长庞立言) is that person.
    Never when the numbered speaker spoke before (one number for several people)."""
    turns = c.t.turns
    first: dict[str, int] = {}
    for k, t in enumerate(turns):
        if t.speaker is not None:
            first.setdefault(t.speaker, k)
    c.shared_numbers.update(_shared_numbers(c, turns))
    speaking = {t.speaker for t in turns}
    _name_by_key(c)
    _name_given_floor(c, turns, first)
    _name_staff_self_named(c, turns, first)
    _name_self_introduced(c, turns, first)
    _name_staff_self_introduced(c, turns, first)
    for k in range(len(turns) - 1):
        said = [c.ann.intros[j] for j in turns[k].paras if j in c.ann.intros]
        hands = [c.ann.hands[j] for j in turns[k].paras if j in c.ann.hands]
        nxt = turns[k + 1]
        sid = nxt.speaker
        if (
            not (said or hands)
            or nxt.kind != "person"
            or sid is None
            or first.get(sid) != k + 1
            or sid == turns[k].speaker
        ):
            continue
        rec = c.reg.get(sid)
        if rec.person is not None or not all(unnamed_form(f) for f in rec.forms):
            continue
        if sid in c.shared_numbers:
            continue  # several callers under one number: each question is named by its introduction
        name = said[-1].name if said else hands[-1]
        other = c.reg.by_key.get(name_key(name))
        if other is not None:
            if said or other in speaking or c.reg.get(other).side == "analyst":
                continue  # that name already speaks under its own label
            _take_over(c.reg, other, sid)  # introduced in the opening, silent so far
        c.reg.alias(sid, name)
        rec.forms.insert(0, rec.forms.pop())  # the announced name is the one shown
        if said:
            rec.set_side("analyst", "announcement")
            rec.set_affiliation(said[-1].firm or None, "announcement")
        else:
            rec.set_side("company", "announcement")
    _unnamed_investors(c, turns, first)
    _name_by_first_name(c, turns, first)
    _name_by_office(c, turns)
    _name_by_elimination(c, turns, first)




# An asker saying they are an individual investor and giving no name: "您好，我是個人投資者，想請問…".
ANON_SELF_RE = re.compile(
    r"我(?:是|系)(?:一名|一位|一个)?(?:个人投资者|个人投资人|小股东|个人股东|中小股东|散户|小投资者|普通投资者)(?=[，,。；;！!？?\s]|$)"
)
ANON_SELF_LEAD = 24


def _unnamed_investors(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker whose first words say they are an individual investor, with no name, asks as
    nobody: their turns are anonymous questions (the number names no one, and no one is left to name)."""
    for sid, k in list(first.items()):
        rec = c.reg.get(sid)
        paras = c.speech(turns[k])
        if turns[k].kind != "person" or not paras or rec.person is not None or sid in c.shared_numbers:
            continue
        if not all(unnamed_form(f) for f in rec.forms):
            continue
        if not ANON_SELF_RE.search(c.s.simp[paras[0]][c.t.body[paras[0]] :][:ANON_SELF_LEAD]):
            continue
        for t in turns:
            if t.speaker == sid:
                t.speaker, t.kind, t.prefix = None, "question", None
                for j in (t.start, *t.paras):
                    c.t.speaker[j] = None
        del first[sid]


def _name_by_elimination(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """When, of the company people the opening listed (two or more, not counting whoever introduces
    themselves there), exactly one does not speak under a name yet, and exactly one numbered speaker
    is left who only answers (never asks, never hands the floor over, does not open the call), that
    speaker is that person. Anything less certain stays numbered: no one is named by guess."""
    unnamed = [
        sid
        for sid in first
        if sid not in c.shared_numbers  # (a number several askers spoke under answers nothing)
        and c.reg.get(sid).person is None
        and all(unnamed_form(f) for f in c.reg.get(sid).forms)
    ]
    if not turns or not unnamed or len(unnamed) > 2:  # (the host may stay numbered)
        return
    opening = "".join(c.s.simp[: min(c.ann.intros, default=c.s.n)])
    # (a name, not the verb after a title: "首先请财务长报告。")
    names = {m["name"] for m in OPENING_STAFF_RE.finditer(opening) if is_name(m["name"], c.s.v)}
    names -= {n for n in names if re.search("我是[^，,。]{0,8}" + re.escape(n), opening)}  # the host himself
    names |= {m["name"] for m in OPENING_STAFF_EN_RE.finditer(opening) if is_name(m["name"], c.s.v)}
    speaking = {t.speaker for t in turns}

    def silent(n: str) -> bool:
        """No label speaks under this name yet (listed in the opening, it may have a record already)."""
        rid = c.reg.by_key.get(name_key(n))
        return rid is None or (rid not in speaking and c.reg.get(rid).side != "analyst")

    free = [n for n in names if silent(n)]
    if len(names) < 2:
        return  # the opening listed the company's people, and all but one of them speak by name
    handing = set(c.ann.intros) | set(c.ann.hands) | set(c.ann.floor)
    left = []
    for sid in unnamed:
        k = first[sid]
        own = [t for t in turns if t.speaker == sid]
        asks = any(c.s.simp[j].rstrip().endswith(QUESTION_END) for t in own for j in t.paras)
        hands = any(j in handing for t in own for j in t.paras)
        if k == 0 or asks or hands or any(t.kind != "person" for t in own):
            continue
        left.append(sid)
    if len(free) != 1 or len(left) != 1:
        return
    sid, rec = left[0], c.reg.get(left[0])
    other = c.reg.by_key.get(name_key(free[0]))
    if other is not None:
        _take_over(c.reg, other, sid)  # listed in the opening, silent so far
    # (spelled as the opening writes it: "許國棟" in a traditional text)
    end = min(c.ann.intros, default=c.s.n)
    at = next((j for j in range(end) if free[0] in c.s.simp[j]), c.speech(turns[first[sid]])[0])
    c.reg.alias(sid, _as_written(c, at, free[0]))
    rec.forms.insert(0, rec.forms.pop())
    rec.set_side("company", "announcement")


# A numbered speaker saying they run the call line: "My name is Dennis, and I will be the conference
# operator today.", "我是本次会议的接线员".
OPERATOR_SELF_RE = re.compile(
    r"\bI(?:'ll|\s+will)\s+be\s+(?:your|the)\s+(?:conference\s+|call\s+)?operator\b"
    r"|\bI(?:'m|\s+am)\s+(?:your|the)\s+(?:conference\s+|call\s+)?operator\b"
    r"|我是(?:本次|今天的)?(?:会议|电话会议)?的?(?:操作员|接线员|话务员)",
    re.IGNORECASE,
)
OPERATOR_SELF_CHARS = 300


def name_operator(c: Call) -> set[str]:
    """A numbered speaker whose first words say they are the operator ("I will be the conference
    operator today") is the operator: every turn of theirs is the operator's, as under an
    ``Operator`` label (one number for several people excepted). Returns the numbers retired."""
    turns = c.t.turns
    first: dict[str, Turn] = {}
    for t in turns:
        if t.speaker is not None:
            first.setdefault(t.speaker, t)
    retired: set[str] = set()
    for sid, t in first.items():
        if t.kind != "person" or sid in c.shared_numbers:
            continue
        rec = c.reg.get(sid)
        if rec.person is not None or not all(unnamed_form(f) for f in rec.forms):
            continue
        paras = c.speech(t)
        if not paras or not OPERATOR_SELF_RE.search(c.s.texts[paras[0]][c.t.body[paras[0]] :][:OPERATOR_SELF_CHARS]):
            continue
        retired.add(sid)
    if not retired:
        return retired
    rid = c.reg.role("operator", "Operator")
    for turn in turns:
        if turn.speaker in retired:
            for j in (turn.start, *turn.paras):
                if c.t.speaker[j] == turn.speaker:
                    c.t.speaker[j] = rid
            turn.speaker, turn.kind = rid, "operator"
    return retired


# A first name handed the floor in a company turn: "I'll now hand over to Jake", "turn the call over to
# Rod", "Bob, ..., so over to you.", "Johnny, is there anything you'd want to add?", "Dan will take you
# through ...". The last one in the turn is the one who speaks next.
# (Latin-1 letters too: "Rówan", "Zoë", "Søren": UPPER, LOWER.)
FIRST = rf"(?-i:[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}]?[{LOWER}]+)?)"
ADDRESSED_RES = (
    # ... also after a title ("I'll turn it over to our CFO, Jane", "back to our Chief Executive Officer, Raj").
    re.compile(
        rf"\b(?:over|back)\s+to\s+(?:(?:our|your)\s+(?:[\w&-]+\s+){{0,3}}[\w&-]+\s*,?\s+)?(?P<name>{FIRST})\b(?!\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:hand|pass|give|turn|throw)\s+(?:it|that|this|the\s+question)\s+to\s+(?P<name>{FIRST})\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE),
    re.compile(
        rf"(?:^|[.!?]\s+)(?:(?:and|so|sure|okay|ok|yeah|yes|well|great)[,.]?\s+)?(?P<name>{FIRST}),\s+[^.!?]*?"
        r"\b(?:over\s+to\s+you|(?:do|would)\s+you\s+(?:want|like)|can\s+you|could\s+you|is\s+there\s+anything"
        r"|anything\s+to\s+add|you\s+want\s+to)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:^|[.!?]\s+)(?P<name>{FIRST})\s+will\s+(?:now\s+)?(?:take\s+you|walk\s+you|talk|cover|go\s+through"
        r"|run\s+through|discuss|speak)\b",
        re.IGNORECASE,
    ),
    # ... or the turn's last words only that first name, asked: "With me are Nils Varga and Rhea Long. Nils?".
    re.compile(rf"(?:^|[.!?]\s+)(?P<name>{FIRST})\?\s*$"),
)
# A first name called at the start of a sentence: "Owen, let me start with you.", "Leah, margins …".
VOCATIVE_RE = re.compile(rf"(?:^|[.!?]\s+)(?P<name>{FIRST}),\s")
# A numbered speaker naming themself in a reply: "Hey, Jason, good morning. It's Dan."
# ... or in Chinese, a first name in Latin letters after 我是 (Cantonese 我係): "我係Kenneth。".
SELF_NAMED_RE = re.compile(
    rf"(?:(?:^|[.!?,]\s+)(?:it's|it\s+is|this\s+is)\s+|(?:^|[。，！？,])\s*我[是係系]\s*)(?P<name>{FIRST})\s*[.!,。，！]",
    re.IGNORECASE,
)
SELF_NAMED_CHARS = 200


def _name_by_first_name(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker whose first turn follows a company turn handing the floor to a first name
    ("I'll hand over to Jake"), or who names themself ("It's Dan."), is the one person the call
    introduced by that first name and a surname ("we have Jake Klein, our executive Chairman"). A
    first name the call never gives in full names no one."""
    full_names: dict[str, str | None] = {}
    texts = c.s.texts

    def full(name: str, before: int) -> str | None:
        key = f"{name}@{before}"
        if key not in full_names:
            # a middle initial may stand between ("Rowan B. Achebe"); a Chinese title may run into the
            # first name ("財務總裁Kenneth Tsang")
            rx = re.compile(
                rf"(?<![A-Za-z]){re.escape(name)}\s+(?P<surname>(?:(?-i:[A-Z])\.\s+)?(?-i:[{UPPER}])[{LOWER}'’]+"
                rf"(?:-(?-i:[{UPPER}])[{LOWER}]+)?)\b"
            )
            found = {m["surname"] for t in texts[:before] if name in t for m in rx.finditer(t)}
            names = {f"{name} {sn}" for sn in found if is_name(f"{name} {sn}", c.s.v)}
            full_names[key] = names.pop() if len(names) == 1 else None
        return full_names[key]

    unnamed: dict[str, bool] = {}

    def numbered(sid: str | None) -> bool:
        """``sid`` is still only a number the transcription gave (one person, not a shared line)."""
        if sid is None or sid in c.shared_numbers:
            return False
        if sid not in unnamed:
            rec = c.reg.get(sid)
            unnamed[sid] = rec.person is None and all(unnamed_form(f) for f in rec.forms)
        return unnamed[sid]

    speaking = {t.speaker for t in turns}

    def give(sid: str, name: str) -> None:
        rec = c.reg.get(sid)
        other = c.reg.by_key.get(name_key(name))
        if other is not None:
            if other in speaking or c.reg.get(other).side == "analyst":
                return  # that person already speaks under a label of their own
            _take_over(c.reg, other, sid)  # introduced in the opening ("With me are Rod Little, ..."), silent so far
        c.reg.alias(sid, name)
        if name in rec.forms:
            rec.forms.insert(0, rec.forms.pop(rec.forms.index(name)))
        rec.set_side("company", "announcement")
        unnamed[sid] = False

    # An analyst who opens the event hosts it (a fireside chat): calling on someone by first name
    # ("Owen, let me start with you.") hands that person the floor.
    opener = next((x.speaker for x in turns if x.kind == "person"), None)
    for k in range(len(turns) - 1):
        t, nxt = turns[k], turns[k + 1]
        sid = nxt.speaker
        if nxt.kind != "person" or first.get(sid or "") != k + 1 or sid == t.speaker or not numbered(sid):
            continue
        hosting = t.speaker is not None and t.speaker == opener and c.reg.get(t.speaker).side == "analyst"
        if t.speaker is not None and c.reg.get(t.speaker).side == "analyst" and not hosting:
            continue  # an analyst asking someone by name does not say who answers
        text = " ".join(texts[j][c.t.body[j] :] for j in c.speech(t))
        hits = [m for rx in (*ADDRESSED_RES, *((VOCATIVE_RE,) if hosting else ())) for m in rx.finditer(text)]
        if not hits:
            continue
        name = full(max(hits, key=lambda m: m.start("name"))["name"], nxt.start)
        if name is not None and sid is not None:
            give(sid, name)
    for t in turns:
        if t.kind != "person" or not numbered(t.speaker) or t.speaker is None:
            continue
        paras = c.speech(t)
        if not paras:
            continue
        m = SELF_NAMED_RE.search(texts[paras[0]][c.t.body[paras[0]] :][:SELF_NAMED_CHARS])
        name = full(m["name"], t.start) if m else None
        if name is not None:
            give(t.speaker, name)


# A label that is an office and a surname ("Governor Ashcombe", "Deputy Governor Fenn"), as a press
# briefing's transcript writes its officials.
OFFICE_LABEL_RE = re.compile(rf"(?P<office>[^\W\d][\w ]{{1,40}}?)\s+(?P<surname>(?-i:[{UPPER}])[{LOWER}'’]+(?:-(?-i:[{UPPER}])[{LOWER}]+)?)")


def _name_by_office(c: Call, turns: list[Turn]) -> None:
    """A speaker labelled by an office and a surname is the one person the text names in full with that
    surname ("Deputy Governor Colin Fenn will take your questions"); a surname the text never gives after a
    first name, or gives after two, names no one."""
    speaking = {t.speaker for t in turns if t.speaker is not None and t.kind == "person"}
    office = c.s.v.office_title
    for sid in sorted(speaking):
        rec = c.reg.get(sid)
        m = OFFICE_LABEL_RE.fullmatch(rec.forms[0].strip()) if rec.forms else None
        if m is None or not office.fullmatch(m["office"]):
            continue
        surname = m["surname"]
        rx = re.compile(rf"\b(?P<first>{FIRST})\s+(?:(?-i:[A-Z])\.\s+)?{re.escape(surname)}\b")
        found = {f"{x['first']} {surname}" for t in c.s.texts if surname in t for x in rx.finditer(t)}
        names = {n for n in found if not office.fullmatch(n.split()[0]) and is_name(n, c.s.v)}
        if len(names) != 1:
            continue
        name = names.pop()
        other = c.reg.by_key.get(name_key(name))
        if other is not None and other != sid:
            if other in speaking:
                continue  # that person speaks under a label of their own
            _take_over(c.reg, other, sid)
        c.reg.alias(sid, name)
        rec.forms.insert(0, rec.forms.pop(rec.forms.index(name)))


def _take_over(reg: Registry, old: str, new: str) -> None:
    """Speaker ``new`` is the person recorded as ``old`` (someone named but not yet heard): ``new``
    takes their spellings, title, firm and side, where better than its own."""
    src, dst = reg.get(old), reg.get(new)
    for key, rid in list(reg.by_key.items()):
        if rid == old:
            reg.by_key[key] = new
    for f in src.forms:
        if f not in dst.forms:
            dst.forms.append(f)
    if src.role_rank > dst.role_rank:
        dst.role, dst.role_rank = src.role, src.role_rank
    if src.aff_rank > dst.aff_rank:
        dst.affiliation, dst.aff_rank = src.affiliation, src.aff_rank
    if src.side_rank > dst.side_rank:
        dst.side, dst.side_rank = src.side, src.side_rank


# The interviewer's entry in a participants list: "Tom Whitaker, Senior Bank Analyst, Harbor Point
# Securities (moderator)": the firm after a title holding "analyst", up to a bracket, ";" or the end.
INTERVIEWER_FIRM = r",\s*[^,;()]{0,60}\b(?:analyst|moderator)\b[^,;()]{0,30},\s*(?P<firm>[A-Z][^,;()]{1,60}?)\s*(?=[(;]|$)"
# A participant marked as the one asking ("(moderator)", "Moderator:").
MODERATOR_RE = re.compile(r"\bmoderat(?:or|ed by|ing)\b", re.IGNORECASE)
INTERVIEW_HEAD_PARAS = 12


def name_self_introduced(c: Call, seen: Callable[[str], str]) -> None:
    """An anonymous question (``Q:``) whose speech opens with the asker naming themselves and their
    firm ("Hi, Daniel Burke from RBC Capital Markets.") is that analyst's (an investor day, a
    conference where the room asks); so is a vendor's ``Unidentified Analyst`` turn that opens so:
    the vendor left unnamed someone who then said who they are."""
    if not c.s.v.self_intro:
        return
    for t in c.t.turns:
        if not (t.kind == "question" and t.speaker is None) and t.kind != "unnamed_analyst":
            continue
        paras = c.speech(t)
        if not paras:
            continue
        text = _first_words(c, paras[0])
        m = next(
            (
                m
                for rx in c.s.v.self_intro
                if (m := rx.match(text)) and " " in m.group("name").strip() and is_name(m.group("name").strip(), c.s.v)
            ),
            None,
        )  # (the first reading that gives a person's name: "Sam Ruiz here from Tulsa" names no firm)
        if m is not None:
            name, firm = m.group("name").strip(), matched_firm(m)  # ("… Harbor Ledger & Co." keeps its period)
        elif (intro := _opening_self_intro(c, paras[0], text)) is not None:
            name, firm = intro.name, intro.firm  # "谢谢，我是天风证券的何佳。请问…"
        else:
            continue
        rid = seen(c.reg.resolve(name))
        rec = c.reg.get(rid)
        rec.set_side("analyst", "label")
        rec.set_affiliation(" ".join(firm.split()) or None, "label")
        _give(c, t, rid, "Q")


def name_staff_answering(c: Call, seen: Callable[[str], str]) -> None:
    """An anonymous answer (``公司回答：``, ``答：``) whose speech opens with a company person naming
    themselves ("感谢您的提问，我是财务总监韩梅。"), a name the call's opening gave with a title, is that
    person's."""
    opening = ""
    for t in c.t.turns:
        if t.kind != "answer" or t.speaker is not None:
            continue
        paras = c.speech(t)
        if not paras:
            continue
        m = STAFF_SELF_RE.match(c.s.simp[paras[0]][c.t.body[paras[0]] :].strip())
        if m is None:
            continue
        opening = opening or "".join(c.s.simp[: min(c.ann.intros, default=c.s.n)])
        if not re.search(STAFF_TITLE + r"\s*" + re.escape(m["name"]), opening):
            continue
        rid = seen(c.reg.resolve(_as_written(c, paras[0], m["name"])))
        c.reg.get(rid).set_side("company", "label")
        _give(c, t, rid, "A")


# An anonymous answer marked by an office and a verb of answering: "董秘回复：", "董事会秘书回答：".
OFFICE_ANSWER_RE = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,6}?)(?:回复|回答|答复|答)")


def name_office_answering(c: Call, seen: Callable[[str], str]) -> None:
    """An anonymous answer marked by an office (``董秘回复：``) is the one company person a staff field
    or the roster gives that office (``董秘：孙婧``); with no such person, or several, it stays the
    company's."""
    for t in c.t.turns:
        if t.kind != "answer" or t.speaker is not None:
            continue
        head = c.s.simp[t.start][: c.t.body[t.start]].strip().rstrip(":：").strip()
        m = OFFICE_ANSWER_RE.fullmatch(head)
        if m is None or not c.s.v.role_only_title.fullmatch(m["title"]):
            continue
        key = name_key(m["title"])
        c.reg.link_role(key, m["title"])
        rid = c.reg.by_key.get(key)
        if rid is not None and c.reg.get(rid).side == "company":
            _give(c, t, seen(rid), "A")


# A Chinese asker names themselves in the question's first sentence or so ("谢谢管理层，我是兴业证券的马骁。").
SELF_INTRO_LEAD = 16
# The words that open it, in Mandarin or Cantonese ("我係小股東…", "我叫李婉婷，係…嘅"), simplified.
SELF_INTRO_OPEN_RE = re.compile(r"我(?:是|系|叫)")


def _opening_self_intro(c: Call, i: int, text: str) -> Intro | None:
    """The asker naming themselves ("我是中金公司的王磊") near the start of paragraph ``i``, if any."""
    intro = c.ann.selves.get(i)
    if intro is None:
        return None
    m = SELF_INTRO_OPEN_RE.search(to_simplified(text))
    return intro if m is not None and m.start() <= SELF_INTRO_LEAD else None


def name_introduced(c: Call, seen: Callable[[str], str]) -> None:
    """An anonymous question (``Unknown Speaker``, ``Q:``) right after the operator or host named
    who asks next by full name ("Our first question comes from Priya Raman with Morgan Stanley"), or
    in the paragraph of that introduction, is that analyst's. A vendor's ``Unidentified Analyst`` stays as the vendor labelled it."""
    turns = c.t.turns
    for k, t in enumerate(turns):
        if t.kind != "question" or t.speaker is not None:
            continue
        if t.paras and t.paras[0] in c.ann.intros:
            said = [c.ann.intros[t.paras[0]]]  # the operator's introduction opens the question's paragraph
        elif k and c.moderating(turns[k - 1]):
            said = [c.ann.intros[j] for j in turns[k - 1].paras if j in c.ann.intros]
        else:
            continue
        if not said or " " not in said[-1].name.strip() or not is_name(said[-1].name.strip(), c.s.v):
            continue
        rid = seen(c.reg.resolve(said[-1].name.strip()))
        rec = c.reg.get(rid)
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(said[-1].firm or None, "announcement")
        _give(c, t, rid, "Q")


CAPS_NAME_RE = re.compile(rf"[{UPPER}][{UPPER}'’.-]*(?: [{UPPER}][{UPPER}'’.-]*){{1,3}}")
NAME_PART_RE = re.compile(rf"[{UPPER}{LOWER}]+")
# A role label in capitals ("OPERATOR", "MODERATOR").
CAPS_ROLE_RE = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})?")


def display_capitals(c: Call) -> None:
    """A speaker labelled in capitals only (``LAURA CHEN:``, ``>> TOM BECKER:``, ``>> OPERATOR:``) is
    shown as the text writes the name elsewhere ("turn the call over to Laura Chen"), else (a caption
    written all in capitals) capitalised by word, so that askers and answerers read alike; a firm in
    capitals likewise as the operator's introduction writes it."""
    written = {name_key(i.name): i.name for i in c.ann.intros.values()}
    written.update({name_key(n): n for n in c.ann.hands.values()})
    firms = {i.firm.casefold(): i.firm for i in c.ann.intros.values() if i.firm}
    for rec in c.reg.records.values():
        if rec.affiliation and rec.affiliation.isupper() and rec.affiliation.casefold() in firms:
            rec.affiliation = firms[rec.affiliation.casefold()]  # "KELLER BROTHERS" as the operator says it
        caps = CAPS_ROLE_RE if rec.side in ("operator", "host") else CAPS_NAME_RE  # "OPERATOR:" too
        if rec.forms and caps.fullmatch(rec.forms[0].strip()):
            # "DENISE OKAFOR, …" in a list of those present, "Denise Okafor" elsewhere: the latter
            first = name_key(rec.forms[0])
            mixed = [f for f in rec.forms if name_key(f) == first and not caps.fullmatch(f.strip())]
            if mixed:
                rec.forms.insert(0, rec.forms.pop(rec.forms.index(mixed[0])))
                continue
        if not rec.forms or not all(caps.fullmatch(f.strip()) for f in rec.forms):
            continue
        form = rec.forms[0].strip()
        shown = written.get(name_key(form), "")
        if not shown or CAPS_NAME_RE.fullmatch(shown):  # the operator's words are in capitals as well
            shown = NAME_PART_RE.sub(lambda m: m.group().capitalize(), form)
        if shown != form:
            c.reg.alias(rec.id, shown)
            if shown in rec.forms:
                rec.forms.insert(0, rec.forms.pop(rec.forms.index(shown)))


def name_interview(c: Call) -> None:
    """Anonymous ``Q:`` / ``A:`` turns of an interview whose two participants also speak under
    their names, or head it (a fireside chat at a conference), but never speak inside a question's
    or answer's mark: the questions are the interviewer's and the answers the guest's. The
    interviewer is the one of them a participants list marks as moderator or analyst (with their
    firm); never when more or fewer than two people are named, or nothing marks one of them."""
    turns = c.t.turns
    anon = [t for t in turns if t.kind in ("question", "answer") and t.speaker is None]
    if not any(t.kind == "question" for t in anon) or not any(t.kind == "answer" for t in anon):
        return
    people = list(dict.fromkeys(t.speaker for t in turns if t.kind == "person" and t.speaker is not None))
    if len(people) != 2:
        return
    marked = {t.speaker for t in turns if t.kind == "person" and t.prefix in ("Q", "A") and c.speech(t)}
    if any(sid in marked for sid in people):
        return  # minutes naming one asker inside a mark ("问：（华泰证券 张敏）…"): the others stay anonymous
    head = "\n".join(c.s.texts[: min(c.s.n, INTERVIEW_HEAD_PARAS, anon[0].start)])
    firms = {sid: _interviewer_firm(c, sid, head) for sid in people}
    tests: tuple[Callable[[str], bool], ...] = (
        lambda sid: firms[sid] is not None,  # "Name, Senior Bank Analyst, Firm"
        lambda sid: c.reg.get(sid).side == "analyst",
        lambda sid: _marked_moderator(c, sid, head),
    )
    asker = next((m[0] for test in tests if len(m := [sid for sid in people if test(sid)]) == 1), None)
    if asker is None:
        return  # nothing says who interviews: named executives with anonymous questions from the floor
    guest = people[1] if asker == people[0] else people[0]
    c.reg.get(asker).set_side("analyst", "label")
    c.reg.get(asker).set_affiliation(firms[asker], "label")
    c.reg.get(guest).set_side("company", "label")
    for t in anon:
        _give(c, t, asker if t.kind == "question" else guest, "Q" if t.kind == "question" else "A")


def _forms_re(c: Call, sid: str) -> str:
    return "(?:" + "|".join(re.escape(f) for f in c.reg.get(sid).forms) + ")"


def _interviewer_firm(c: Call, sid: str, head: str) -> str | None:
    m = re.search(_forms_re(c, sid) + INTERVIEWER_FIRM, head, re.MULTILINE | re.IGNORECASE)
    return " ".join(m.group("firm").split()) if m else None


def _marked_moderator(c: Call, sid: str, head: str) -> bool:
    m = re.search(_forms_re(c, sid) + r"[^\n;]{0,120}", head)
    return bool(m and MODERATOR_RE.search(m.group()))


def _give(c: Call, t: Turn, sid: str, prefix: str) -> None:
    """Turn ``t`` (an anonymous mark) is ``sid``'s, asking (``Q``) or answering (``A``)."""
    t.speaker, t.kind, t.prefix = sid, "person", prefix
    for j in (t.start, *t.paras):
        c.t.speaker[j] = sid


def _shared_numbers(c: Call, turns: list[Turn]) -> set[str]:
    """Numbered speakers who speak right after introductions of different people ("… from Tom Reyes
    with …", later "… from Nadia Hollis with …"): a number the transcription gave several callers."""
    named: dict[str, set[str]] = {}
    for k in range(len(turns) - 1):
        said = [c.ann.intros[j] for j in turns[k].paras if j in c.ann.intros]
        nxt = turns[k + 1]
        sid = nxt.speaker
        if not said or nxt.kind != "person" or sid is None or sid == turns[k].speaker:
            continue
        named.setdefault(sid, set()).add(name_key(said[-1].name))
    for t in turns:  # askers introducing themselves: "我是远澜证券的钱舒", later "我是丰禾基金的马骏"
        selves = [c.ann.selves[j] for j in c.speech(t) if j in c.ann.selves]
        if selves and t.kind == "person" and t.speaker is not None:
            named.setdefault(t.speaker, set()).add(name_key(selves[0].name))
    return {
        sid
        for sid, keys in named.items()
        if len(keys) > 1 and all(unnamed_form(f) for f in c.reg.get(sid).forms)
    }


def _as_written(c: Call, j: int, simp_name: str) -> str:
    """``simp_name`` (found in paragraph ``j``'s simplified view) in the script the paragraph uses
    ("鄭雅文" for "郑雅文" in a traditional text)."""
    at = c.s.simp[j].find(simp_name)
    if at < 0 or len(c.s.texts[j]) != len(c.s.simp[j]):
        return simp_name
    return c.s.texts[j][at : at + len(simp_name)]


# A key the transcript's editor wrote above it, each numbered speaker set equal to a person:
# "说话人1=丁芸（董事会秘书）；说话人2=韦正（董事长）", "发言人3 → 石磊（嘉川证券）".
KEY_ENTRY_RE = re.compile(
    r"(?P<num>(?:[发發]言人|[说說]话人|說話人|角色|(?i:speaker))\s*\d{1,2})\s*(?:[=＝]|→|->)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:\s*[（(](?P<detail>[^（）()]{1,16})[)）])?"
)
KEY_PARAGRAPHS = 12


def _name_by_key(c: Call) -> None:
    """A numbered speaker an editor's key above the transcript sets equal to a person is that person:
    an analyst of the firm the key gives in brackets, else one of the company's people."""
    entries: dict[str, tuple[str, str | None]] = {}
    head = c.s.texts[:KEY_PARAGRAPHS]
    if not any("=" in t or "＝" in t or "→" in t or "->" in t for t in head):
        return  # (the common case: no key at all)
    # (the opening run together: a key a hard wrap cut over two lines is read whole)
    text, simp = "".join(t.strip() for t in head), "".join(t.strip() for t in c.s.simp[:KEY_PARAGRAPHS])
    same = len(text) == len(simp)
    for m in KEY_ENTRY_RE.finditer(simp):
        name = text[m.start("name") : m.end("name")] if same else m["name"]  # (as printed)
        entries[re.sub(r"\s+", "", m["num"]).casefold()] = (name, m["detail"])
    if not entries:
        return
    for rid in list(c.reg.records):
        rec = c.reg.get(rid)
        if rec.person is not None or not rec.forms or not all(unnamed_form(f) for f in rec.forms):
            continue
        hit = next((entries[k] for f in rec.forms if (k := re.sub(r"\s+", "", to_simplified(f)).casefold()) in entries), None)
        if hit is None or not DIARIZED_RE.fullmatch(rec.forms[0].strip()):
            continue
        name, detail = hit
        if name_key(name) in c.reg.by_key:
            continue  # that name already speaks under its own label
        c.reg.alias(rid, name)
        rec.forms.insert(0, rec.forms.pop())  # the key's name is the one shown
        firm = detail.strip() if detail and is_firm(to_simplified(detail.strip()), c.s.v) else None
        rec.set_side("analyst" if firm else "company", "announcement")
        if firm:
            rec.set_affiliation(firm, "announcement")


def _name_given_floor(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker first speaking right after the host gave someone the floor is that person."""
    for k in range(len(turns) - 1):
        given = [_as_written(c, j, c.ann.floor[j]) for j in turns[k].paras if j in c.ann.floor]
        nxt = turns[k + 1]
        sid = nxt.speaker
        if not given or nxt.kind != "person" or sid is None or first.get(sid) != k + 1 or sid == turns[k].speaker:
            continue
        rec = c.reg.get(sid)
        if rec.person is not None or not all(unnamed_form(f) for f in rec.forms):
            continue
        name = given[-1]
        if name_key(name) in c.reg.by_key:
            continue  # that name already speaks under its own label
        c.reg.alias(sid, name)
        rec.forms.insert(0, rec.forms.pop())  # the name the host gave is the one shown
        rec.set_side("company", "announcement")


# ... a name the opening wrote right after a company title.
# (a vice president's whole title, not 副总 and a name run on: "副总裁吴昊"; the head of investor relations
# too: "投资人关系处长", "投资者关系部经理")
STAFF_TITLE = (
    r"(?:董事长|总裁|总经理|总监|董秘|董事会秘书|主席|首席[\u4e00-\u9fff]{1,6}官|财务长|执行长|发言人|副总(?:裁|经理)?"
    r"|(?:投资者|投资人)关系(?:部|处)?(?:总监|经理|处长|主管|负责人))"
)
# A company person naming themselves as they take a question, maybe with their title: "我是林建宏，我来回答。",
# "我补充一下。我是财务总监林晓。", "我是董事会秘书范志诚，我来回答。"
STAFF_SELF_RE = re.compile(
    r"^(?:[^，,。！？!?]{1,12}[，,。]\s*)?我是(?:[\u4e00-\u9fff]{0,4}?" + STAFF_TITLE + r")?(?P<name>[\u4e00-\u9fff]{2,3})[，,。]"
)
# A company person the opening names with a title: "董事长兼总经理韩致远先生", "财务总监邱佩玲、".
OPENING_STAFF_RE = re.compile(STAFF_TITLE + r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=先生|女士|[，,、。；;和及与]|$)")
# An officer's title after ", our ", and the full name just before that comma.
OFFICER_TITLE_RE = re.compile(
    r"(?:[A-Z][\w&-]*\s+){0,4}(?:Officer|CEO|CFO|COO|President|Chair(?:man|woman)?|Treasurer|Controller|Director|Head)\b"
)
# (a word of a name in Latin-1 letters: "Pául", "Zoë")
WORD = f"[{UPPER}][{LOWER}]+"
NAME_BEFORE_RE = re.compile(rf"\b(?P<name>{WORD}(?:\s[A-Z]\.)?\s{WORD}(?:-{WORD})?)$")
NAME_BEFORE_CHARS = 40
# ... and in English, a full name with the officer's title after it: "Paul Estrada, our Chief Financial Officer".
OPENING_STAFF_EN_RE = re.compile(
    rf"\b(?P<name>{WORD}(?:\s[A-Z]\.)?\s{WORD}(?:-{WORD})?),\s+our\s+(?:[A-Z][\w&-]*\s+){{0,4}}"
    r"(?:Officer|CEO|CFO|COO|President|Chair(?:man|woman)?|Treasurer|Controller|Director|Head)\b"
)


def opening_officers(s: Scan, ann: Announcements) -> list[str]:
    """Full names the opening gives with an officer's title (``Priya Halden, our Chief Financial
    Officer``, ``Peter Osei, Chief Financial Officer``), before the first question is introduced: people
    a label may call by first name in a call whose askers are introduced (none without)."""
    if not ann.intros:
        return []
    end = min(ann.intros)
    out: list[str] = []
    for t in s.texts[:end]:
        for comma in TITLE_COMMA_RE.finditer(t):  # (from each comma before a capital: a scan for names costs more)
            title = OFFICER_TITLE_RE.match(t, comma.end())
            k = comma.start()
            name = NAME_BEFORE_RE.search(t, max(0, k - NAME_BEFORE_CHARS), k) if title else None
            if name is not None and is_name(name["name"], s.v):
                out.append(name["name"])
    return out


# A comma before an officer's title after a name, with "our" or without ("…, our Chief Financial Officer",
# "…, Chief Financial Officer").
TITLE_COMMA_RE = re.compile(r",\s+(?:our\s+)?(?=[A-Z])")


def _name_staff_self_introduced(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker whose first turn opens with their name ("我是林建宏，我来回答。", "我来回答一下，
    我是郑启明。"), a name the call's opening gave with a title ("总经理林建宏"), is that person, for the
    company."""
    opening = "".join(c.s.simp[: min(c.ann.intros, default=c.s.n)])
    speaking = {t.speaker for t in turns}
    for sid, k in first.items():
        t = turns[k]
        rec = c.reg.get(sid)
        paras = c.speech(t)
        if t.kind != "person" or not paras or rec.person is not None:
            continue
        if not all(unnamed_form(f) for f in rec.forms):
            continue
        m = STAFF_SELF_RE.match(c.s.simp[paras[0]][c.t.body[paras[0]] :].strip())
        if m is None or not re.search(STAFF_TITLE + re.escape(m["name"]), opening):
            continue
        other = c.reg.by_key.get(name_key(m["name"]))
        if other is not None:
            if other in speaking:
                continue  # that name speaks under its own label
            _take_over(c.reg, other, sid)  # named in the opening, silent so far
        c.reg.alias(sid, _as_written(c, paras[0], m["name"]))
        rec.forms.insert(0, rec.forms.pop())
        rec.set_side("company", "announcement")


# A time stamp opening a turn's speech, whole or broken over a line ("(03:24) Thanks.", "(\n03:24)").
SPEECH_STAMP_RE = re.compile(r"[\[(]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]?\s+")


def _first_words(c: Call, i: int) -> str:
    """The speech of paragraph ``i`` after its label, without a time stamp opening it: where an asker
    names themselves ("(03:24) Thanks. Jane Roe, Example Ledger.")."""
    text = c.s.texts[i][c.t.body[i] :].strip()
    m = SPEECH_STAMP_RE.match(text)
    return text[m.end() :] if m else text


def _english_self(c: Call, t: Turn) -> list[Intro]:
    """The asker or host naming themselves and their firm in turn ``t``'s first words ("Hi, Vik Sandhu
    from Ferrow Asset Management.", "Good morning. I'm Naomi Reyes, and I cover … here at …")."""
    paras = c.speech(t)
    if not paras or not c.s.v.self_intro:
        return []
    text = _first_words(c, paras[0])
    m = next((m for rx in c.s.v.self_intro if (m := rx.match(text))), None)
    if m is None:
        m = next((m for rx in c.s.v.self_intro_inside if (m := rx.search(text[:SELF_NAMED_CHARS]))), None)
    if m is None or not is_name(m.group("name").strip(), c.s.v):
        return []
    return [Intro(m.group("name").strip(), matched_firm(m))]


# Offices an outside asker holds too (a broker's "Managing Director"): they tell no side.
OUTSIDE_OR_SHARED_RE = re.compile(
    r"\b(?:analyst|strategist|economist|reporter|journalist|portfolio|fund|investor(?!\s+relations)|shareholder)"
    r"|^(?:(?:senior|executive)\s+)?(?:managing\s+director|director|vice\s+president|vp|partner|principal)$"
    r"|\s(?:at|with|from)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def staff_self_named(c: Call, text: str) -> tuple[str, str] | None:
    """(name, office) when ``text``'s first words are a company person naming themselves and their
    office ("Hi everyone, this is Gideon Faulk, CEO."): an office, not a firm, after the name."""
    head = text[:SELF_NAMED_CHARS]
    for rx in c.s.v.self_intro_staff:
        m = rx.search(head)
        if m is None:
            continue
        name, title = m.group("name").strip(), m.group("title").strip()
        if (
            " " in name
            and is_name(name, c.s.v)
            and c.s.v.job_title.search(title)
            and not OUTSIDE_OR_SHARED_RE.search(title)
            and not _firm_like(title)
        ):
            return name, title
    return None


def _name_staff_self_named(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker whose first turn opens with their name and office ("This is Marguerite Osei,
    Director of Investor Relations.", "Hi everyone, this is Gideon Faulk, CEO.") is that person, for the
    company: an office after the name is no asker's firm."""
    speaking = {t.speaker for t in turns}
    for sid, k in first.items():
        t = turns[k]
        rec = c.reg.get(sid)
        paras = c.speech(t)
        if t.kind != "person" or not paras or rec.person is not None or sid in c.shared_numbers:
            continue
        if not all(unnamed_form(f) for f in rec.forms):
            continue
        found = staff_self_named(c, _first_words(c, paras[0]))
        if found is None:
            continue
        name, title = found
        other = c.reg.by_key.get(name_key(name))
        if other is not None:
            if other in speaking:
                continue  # that name speaks under its own label
            _take_over(c.reg, other, sid)  # named in the opening, silent so far
        c.reg.alias(sid, name)
        rec.forms.insert(0, rec.forms.pop())
        rec.set_side("company", "announcement")
        rec.set_role(title, "announcement")


def _name_self_introduced(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker whose first turn introduces themselves ("我是中金公司的王磊", "Hi, Vik Sandhu
    from Ferrow Asset Management.") is that asker."""
    for sid, k in first.items():
        t = turns[k]
        selves = [c.ann.selves[j] for j in c.speech(t) if j in c.ann.selves] or _english_self(c, t)
        rec = c.reg.get(sid)
        if not selves or t.kind != "person" or rec.person is not None:
            continue
        if not all(unnamed_form(f) for f in rec.forms) or name_key(selves[0].name) in c.reg.by_key:
            continue
        if sid in c.shared_numbers:
            continue  # several askers under one number: each question is named by its own introduction
        c.reg.alias(sid, selves[0].name)
        rec.forms.insert(0, rec.forms.pop())
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(selves[0].firm or None, "announcement")


# Titles that name an outside asker, never the company's people.
OUTSIDE_TITLE_RE = re.compile(r"\b(?:analyst|strategist|economist|reporter|journalist)", re.IGNORECASE)
# Where the title after a mentioned name ends.
MENTION_END_RE = re.compile(r"[,.;:!?]|\s+and\s+")
# A job title follows a mentioned name within this many characters.
MENTION_TITLE_CHARS = 40


def from_titled_mention(c: Call) -> None:
    """Someone nothing places whom the opening (the text before the first introduced question) names
    with a job title after a comma ("Susan Li, VP of Finance and Marne Levine, Chief Business
    Officer are also on the call") is the company: analysts are introduced with their firm."""
    asked = next((i for i in range(c.s.n) if "?" in c.s.texts[i] or "？" in c.s.texts[i]), c.s.n)
    first = min(c.ann.intros, default=asked)
    opening = "\n".join(c.s.texts[:first])
    if "," not in opening:
        return
    for rec in c.reg.records.values():
        if rec.side_rank:
            continue
        for form in rec.forms:
            if len(form.split()) < 2 or not is_latin_script(form):
                continue
            at = opening.find(form + ", ")
            if at < 0:
                continue
            tail = opening[at + len(form) + 2 : at + len(form) + 2 + MENTION_TITLE_CHARS]
            title = MENTION_END_RE.split(tail)[0]  # "Marne Levine, Chief Business Officer are …"
            if c.s.v.job_title.search(title) and not OUTSIDE_TITLE_RE.search(title):
                rec.set_side("company", "announcement")
                break


# The opening that introduces a host lies within this many paragraphs (title and date lines, a label
# alone on its line, then the welcome).
HOST_INTRO_PARAS = 8


def host_introduced(c: Call) -> None:
    """A speaker the opening introduces as the host and a firm's analyst ("Here's your host, Example
    Securities' senior analyst, Jane Roe.", or she herself: "I'm Jane Roe, I cover food here at Example
    Securities") is that firm's analyst: a podcast's or a conference session's host, who asks the
    guests her own questions. One who says so herself hosts: her turns that ask nothing, or only give an
    executive the floor, moderate (``Call.analyst_hosts``)."""
    rules = (*c.s.v.host_intro, *c.s.v.host_self_intro)
    if not rules:
        return
    opening = "\n".join(c.s.texts[: min(c.s.n, HOST_INTRO_PARAS)])
    for i in range(min(c.s.n, HOST_INTRO_PARAS)):
        m = next((m for rx in rules if (m := rx.search(c.s.texts[i]))), None)
        sid = c.reg.by_key.get(name_key(m["name"].strip())) if m is not None else None
        if m is None or sid is None:
            continue
        firm = " ".join(m["firm"].split())
        rec = c.reg.get(sid)
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(_firm_in_full(firm, opening), "announcement")
        if m.re in c.s.v.host_self_intro:
            c.analyst_hosts.add(sid)
        return


# A capitalised word after a firm's short name, on the same line (a title line's firm is no firm's start
# of the next line's words).
FIRM_TAIL_WORD = rf"[^\S\n]+(?-i:[{UPPER}])[\w&'’.-]*"
FIRM_TAIL_WORDS = 3


def _firm_in_full(firm: str, opening: str) -> str:
    """``firm`` as the opening writes it in full, with the fewest words after it that make it read as a
    firm ("Bellhaven's analyst" after "From Bellhaven Research, this is …"); else as given."""
    for n in range(1, FIRM_TAIL_WORDS + 1):
        full = re.search(re.escape(firm) + FIRM_TAIL_WORD * n + r"\b" + FIRM_LEGAL_TAIL, opening)
        if full is not None and _firm_like(full.group()):
            return full.group()
    return firm


# The legal form closing a firm's full name ("Example Research & Co.", "Example Research, Inc.").
FIRM_LEGAL_TAIL = rf"(?:(?:\s*&)?{LEGAL_WORD_RE})*"


def from_asking(c: Call) -> None:
    """Someone nothing else places (no roster, title, firm or announcement), who does not open the
    call and whose every turn is a short question someone else answers (or, after one, a bare
    thanks), is an analyst (a short excerpt of a call with names alone as labels; in an excerpt cut
    mid-answer, a longer one); a turn right after an anonymous question answers it, even when it
    opens by asking."""
    turns = c.t.turns
    people = [t for t in turns if t.kind == "person" and t.speaker is not None]
    if len(people) < 3:
        return
    # An excerpt cut mid-answer (its text starts mid-sentence): a question there may be long.
    limit = EXCERPT_ASKING_CHARS if c.s.n and mid_sentence(c.s.texts[0]) else ASKING_TURN_CHARS
    # Before a Q&A heading only a question mark asks: a word ("which will dampen …") does not there.
    qa_heading = min((i for i, kind in c.s.header.items() if kind == "qa"), default=-1)
    asking: dict[str, bool] = {}
    for k, t in enumerate(turns):
        sid = t.speaker
        if t.kind != "person" or sid is None or sid == people[0].speaker or c.reg.get(sid).side_rank:
            continue
        text = c.text(c.speech(t)).rstrip()
        if k and asking.get(sid) and c.thanks_only(text):
            continue  # "可以的，谢谢何总。": an asker's thanks after the answer neither asks nor answers
        nxt = turns[k + 1] if k + 1 < len(turns) else None
        asks = 0 < len(text) < limit and (
            text.endswith(QUESTION_END) or (t.start > qa_heading and bool(c.s.v.asks.search(text)))
        )
        answered = nxt is not None and nxt.kind == "person" and nxt.speaker not in (None, sid)
        # right after an anonymous question, a turn opening "Do you want me to take that one?" answers it
        answers = k > 0 and turns[k - 1].kind in QUESTION_KINDS
        asking[sid] = asking.get(sid, True) and asks and answered and not answers
    for sid, ok in asking.items():
        if ok:
            c.reg.get(sid).set_side("analyst", "inferred")


# A speaker naming themselves does so within this many characters of their first turn.
SELF_NAMING_CHARS = 60


def outsiders_self_named(c: Call, qa_start: int) -> None:
    """With the company's people listed, someone the list leaves out who opens their first Q&A turn
    with their own full name (a stockholder at the microphone: "Maria Santangelo. I am a retired
    machinist …") asks from outside."""
    if sum(1 for r in c.reg.records.values() if r.side == "company" and r.side_rank >= RANK["roster"]) < 2:
        return
    seen: set[str] = set()
    for t in c.t.turns:
        sid = t.speaker
        if t.kind != "person" or sid is None or sid in seen:
            continue
        seen.add(sid)
        rec = c.reg.get(sid)
        if rec.side_rank or t.start < qa_start:
            continue
        head = c.text(c.speech(t))[:SELF_NAMING_CHARS]
        if any(" " in f and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", head) for f in rec.forms):
            rec.set_side("analyst", "inferred")


def from_thanking(c: Call) -> None:
    """Someone nothing places who thanks for taking their question ("Helpful color. Thanks for
    taking my questions.") is an analyst: an executive never says it."""
    for t in c.t.turns:
        sid = t.speaker
        if t.kind != "person" or sid is None or c.reg.get(sid).side_rank:
            continue
        if c.s.v.asker_thanks.search(c.text(c.speech(t))):
            c.reg.get(sid).set_side("analyst", "inferred")


def from_answering(c: Call, qa_start: int) -> None:
    """In the Q&A, someone nothing places who speaks right after an analyst's turn answers them: the
    company (an excerpt opening with an answer, names alone as labels and no participants list)."""
    turns = c.t.turns
    for k in range(1, len(turns)):
        t, prev = turns[k], turns[k - 1]
        sid = t.speaker
        if t.kind != "person" or sid is None or t.start < qa_start or c.reg.get(sid).side_rank:
            continue
        if prev.kind == "person" and prev.speaker not in (None, sid) and c.reg.get(prev.speaker).side == "analyst":
            c.reg.get(sid).set_side("company", "inferred")


# An expert call's header (title, time, host, expert) sits within this many paragraphs of the top.
EXPERT_HEAD_PARAS = 8


def expert_call_host(c: Call, seen: Callable[[str], str]) -> str | None:
    """A broker's expert call (``专家交流纪要``, "Expert call notes") whose header names its host
    (``主持人：华岳证券…首席分析师 周远``, or ``主持人：顾以宁`` alone): the host's turns are that person's, his
    questions to the expert his own, and his turns that ask nothing moderate (``Call.analyst_hosts``). His id, if so."""
    s, v = c.s, c.s.v
    head = range(min(s.n, EXPERT_HEAD_PARAS))
    hosted = [t for t in c.t.turns if t.kind == "host"]
    if not hosted or not any(v.expert_call.search(s.simp[i]) for i in head):
        return None
    found = next(((i, m) for i in head for rx in v.expert_host if (m := rx.search(s.simp[i].strip()))), None)
    if found is None:
        return None
    name = _as_written(c, found[0], found[1].group("name").strip())
    sid = seen(c.reg.resolve(name))
    rec = c.reg.get(sid)
    rec.set_side("analyst", "label")
    firm = (_as_written(c, found[0], found[1]["firm"]) if found[1].groupdict().get("firm") else None) or next(
        (_as_written(c, i, m["firm"]) for i in head for rx in v.expert_broker if (m := rx.search(s.simp[i].strip()))),
        None,
    )
    if firm:  # named with the host, or the broker the header opens with; else none
        rec.set_affiliation(" ".join(firm.split()), "label")
    for t in hosted:
        t.speaker, t.kind = sid, "person"
        for j in (t.start, *t.paras):
            c.t.speaker[j] = sid
    c.analyst_hosts.add(sid)
    return sid


def header_host_firm(c: Call) -> None:
    """A header naming the session's host with a broker (``主持：华岭证券电子行业首席分析师 司马岳``) whose turns
    go under his own name, asking the company's people: his firm, when nothing else gave him one."""
    s, v = c.s, c.s.v
    for i in range(min(s.n, EXPERT_HEAD_PARAS)):
        m = next((m for rx in v.expert_host if (m := rx.search(s.simp[i].strip()))), None)
        if m is None or not m.groupdict().get("firm"):
            continue
        rid = c.reg.by_key.get(name_key(m["name"].strip()))
        rec = c.reg.get(rid) if rid is not None else None
        if rec is not None and rec.side == "analyst" and not rec.affiliation:
            rec.set_affiliation(" ".join(_as_written(c, i, m["firm"]).split()), "label")
        return


# A host's label naming the company officer who hosts, office then name, in brackets: "主持人（董事长车永康）：",
# "主持（主席 龐家駿）：" (a shareholders' meeting chaired from the stage); or the name alone, "主持人（阙宁）：",
# when the attendance line lists that name among the company's people.
OFFICER_HOST_RE = re.compile(
    r"\s*(?:主持人|主持|会议主持)\s*[（(]\s*(?P<title>[\u4e00-\u9fff]{0,6}?"
    r"(?:董事长|总裁|总经理|总监|董秘|董事会秘书|主席|首席[\u4e00-\u9fff]{1,6}官|财务长|执行长|总经理))?"
    r"\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*[)）]\s*[:：]"
)


def officer_host(c: Call, seen: Callable[[str], str]) -> str | None:
    """A host labelled with the company officer who holds the role (``主持人（董事长车永康）：``): the host's
    turns are that officer's, for the company; the short ones moderate (``Call.hosts``), the others may
    answer, as an officer hosting does. His id, if so."""
    hosted = [t for t in c.t.turns if t.kind == "host"]
    found = {(m["title"], m["name"]) for t in hosted if (m := OFFICER_HOST_RE.match(c.s.simp[t.start]))}
    if len(found) != 1 or not is_name(next(iter(found))[1], c.s.v):
        return None
    title, name = found.pop()
    j = next(t.start for t in hosted if OFFICER_HOST_RE.match(c.s.simp[t.start]))
    own = False
    if title is None:  # (a name alone: only one the attendance line gave the company)
        known = c.reg.by_key.get(name_key(name))
        if known is None or c.reg.get(known).side != "company":
            return None
        own = any(t.speaker == known for t in c.t.turns)
    sid = seen(c.reg.resolve(_as_written(c, j, name)))
    rec = c.reg.get(sid)
    rec.set_side("company", "label")
    if title is not None:
        rec.set_role(_as_written(c, j, title), "label")
    for t in hosted:
        t.speaker, t.kind = sid, "person"
        for k in (t.start, *t.paras):
            c.t.speaker[k] = sid
    if not own:  # (one who also speaks under her own label answers there: she is not made a moderator)
        c.hosts.add(sid)
    return sid


def staff_named_host(c: Call, seen: Callable[[str], str]) -> str | None:
    """A host labelled by role or department alone (``Investor Relations:``, ``Moderator:``) who names
    herself and her office in her first turn ("My name is Jane Roe and I lead investor relations."): the
    host's turns are hers, for the company, and still moderate (``Call.hosts``). Her id, if so."""
    hosted = [t for t in c.t.turns if t.kind == "host"]
    first = c.speech(hosted[0])[:1] if hosted else []
    found = next((f for j in first if (f := staff_self_named(c, c.s.texts[j])) is not None), None)
    if found is None:
        return None
    name, title = found
    sid = seen(c.reg.resolve(name))
    rec = c.reg.get(sid)
    rec.set_side("company", "label")
    rec.set_role(title, "label")
    for t in hosted:
        t.speaker, t.kind = sid, "person"
        for j in (t.start, *t.paras):
            c.t.speaker[j] = sid
    c.hosts.add(sid)
    return sid


def self_introduced_host(c: Call, seen: Callable[[str], str]) -> str | None:
    """A host labelled by role alone (``Moderator:``) whose first words name her as a firm's analyst ("I'm
    Jane Roe, I cover machinery here at Example Securities"): a broker's analyst running a fireside chat,
    whose turns are hers and whose questions are her own (as ``expert_call_host``). Her id, if so."""
    hosted = [t for t in c.t.turns if t.kind == "host"]
    first = c.speech(hosted[0])[:1] if hosted else []
    m = next((m for j in first for rx in c.s.v.host_self_intro if (m := rx.search(c.s.texts[j]))), None)
    if m is None:
        return None
    sid = seen(c.reg.resolve(m["name"].strip()))
    rec = c.reg.get(sid)
    rec.set_side("analyst", "label")
    rec.set_affiliation(" ".join(matched_firm(m).split()) or None, "label")
    for t in hosted:
        t.speaker, t.kind = sid, "person"
        for j in (t.start, *t.paras):
            c.t.speaker[j] = sid
    c.analyst_hosts.add(sid)
    return sid


def analyst_hosts(c: Call) -> None:
    """An analyst whose turns introduce other askers, more than once ("第一位是华泰证券的赵云", "下一位是
    国泰君安的孙丽"), hosts the call for a broker: their turns moderate (``Call.analyst_hosts``). (Once
    is an operator's line the layout left under the analyst's name.)"""
    count: dict[str, int] = {}
    for t in c.t.turns:
        if t.speaker is None or not c.introduces(t) or c.reg.get(t.speaker).side != "analyst":
            continue
        named = {name_key(c.ann.intros[j].name) for j in t.paras if j in c.ann.intros}
        if any(c.reg.by_key.get(k) != t.speaker for k in named):
            count[t.speaker] = count.get(t.speaker, 0) + 1
    c.analyst_hosts.update(sid for sid, n in count.items() if n >= ANALYST_HOST_INTROS)


# An analyst introducing other askers this many times hosts the call.
ANALYST_HOST_INTROS = 2


def infer(c: Call, qa_start: int) -> None:
    """Side of people nothing named: someone introducing the askers hosts for the company (and
    moderates, ``Call.hosts``); prepared-remarks speakers and answerers are the company; a newcomer
    right after the operator or host in the Q&A is an analyst."""
    turns = c.t.turns
    for t in turns:
        if t.speaker is not None and c.introduces(t) and c.reg.get(t.speaker).side != "analyst":
            c.hosts.add(t.speaker)
            c.reg.get(t.speaker).set_side("company", "inferred")  # IR hosting the Q&A
    for k, t in enumerate(turns):
        if t.kind != "person" or t.speaker is None:
            continue
        rec = c.reg.get(t.speaker)
        if rec.side_rank:
            continue
        if t.start < qa_start:
            rec.set_side("company", "inferred")
        elif k == 0 or c.moderating(turns[k - 1]) or turns[k - 1].start < qa_start:
            rec.set_side("analyst", "inferred")
        else:
            rec.set_side("company", "inferred")


# A line that only gives the floor ("We'll go to Rachel.", "Victor.", "Last question, Tom.") is short.
MAX_FLOOR_CHARS = 60
# A chair's words calling on the next to speak or ask ("請股東戶號10827號股東發言", "请下一位股东提问").
FLOOR_CALL_RE = re.compile(r"请[^，,。？?]{0,24}?(?:发言|提问)[。！!]?\s*$")
# Giving the floor to this many askers makes a company speaker the host.
MIN_FLOORS = 2


def floor_givers(c: Call, qa_start: int) -> None:
    """A company speaker whose every line in the Q&A is short, asks nothing and gives no figure, and who
    calls on different askers by name right before their turns (a press officer: "We'll go to Rachel."): the
    host, whose lines answer nothing (``Call.hosts``). Where reporters ask unnamed (``Q …``): a company
    speaker who never replies first to a question in the Q&A and whose short lines give the floor right
    before such questions ("Yes, go ahead.", "In the back.")."""
    turns = c.t.turns
    floors: dict[str, set[str]] = {}
    spoke: dict[str, bool] = {}
    anonymous: dict[str, bool] = {}
    unnamed: dict[str, int] = {}
    for k, t in enumerate(turns):
        nxt = turns[k + 1] if k + 1 < len(turns) else None
        if t.kind != "person" or t.speaker is None:
            continue
        rec = c.reg.get(t.speaker)
        if rec.side != "company" or t.speaker in c.hosts:
            continue
        text = c.text(c.speech(t))
        short = len(text) <= MAX_FLOOR_CHARS and not any(ch in text for ch in "?？") and not any(ch.isdigit() for ch in text)
        if t.start >= qa_start:  # (the opening may introduce the panel at length)
            spoke[t.speaker] = spoke.get(t.speaker, True) and short
        if t.start >= qa_start:  # (never the first to reply to a question)
            anonymous[t.speaker] = anonymous.get(t.speaker, True) and not (k and c.is_question(turns[k - 1]))
        if nxt is not None and nxt.speaker is not None and c.is_question(nxt) and _calls_on(c, text, nxt.speaker):
            floors.setdefault(t.speaker, set()).add(nxt.speaker)
        elif nxt is not None and nxt.speaker is None and nxt.kind == "question" and nxt.start >= qa_start and short:
            unnamed[t.speaker] = unnamed.get(t.speaker, 0) + 1  # (an unnamed reporter: each a new asker)
        elif nxt is not None and c.is_question(nxt) and len(text) <= MAX_FLOOR_CHARS and FLOOR_CALL_RE.search(c.s.simp[t.start]):
            unnamed[t.speaker] = unnamed.get(t.speaker, 0) + 1  # "請股東戶號20563號股東發言。": a chair calling on the next
    c.hosts.update(sid for sid, ok in spoke.items() if ok and len(floors.get(sid, ())) >= MIN_FLOORS)
    c.hosts.update(sid for sid, ok in anonymous.items() if ok and unnamed.get(sid, 0) >= MIN_FLOORS)


def _calls_on(c: Call, text: str, sid: str) -> bool:
    """``text`` names the asker ``sid`` by a word of one of their names ("Victor.", "Last question, Tom.")."""
    words = {w for f in c.reg.get(sid).forms for w in NAME_PART_RE.findall(f) if len(w) > 1}
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def firm_self_introduced(c: Call, qa_start: int) -> None:
    """An analyst whose firm nothing else gave, who names themselves and their firm as they start
    asking ("Hi, this is Tom Alder from Northgate Securities.", "我是中金公司的王磊"): that firm."""
    done: set[str] = set()
    turns = c.t.turns
    for k, t in enumerate(turns):
        if t.start < qa_start or t.kind != "person" or t.speaker is None or t.speaker in done:
            continue
        done.add(t.speaker)
        rec = c.reg.get(t.speaker)
        if rec.side != "analyst" or rec.affiliation:
            continue
        paras = c.speech(t)
        if not paras:
            continue
        text = _first_words(c, paras[0])
        m = next((m for rx in c.s.v.self_intro if (m := rx.match(text))), None)
        if m is None:  # (after a first sentence of thanks: "… Thanks for taking my question. It's Jane Roe at …")
            m = next((m for rx in c.s.v.self_intro_later if (m := rx.search(text[:SELF_NAMED_CHARS]))), None)
        said = Intro(m.group("name").strip(), matched_firm(m)) if m else _opening_self_intro(c, paras[0], text)
        if said is not None and _names_them(rec.forms, said.name):
            firm = " ".join(said.firm.split())
            host = [c.ann.intros[j].firm for j in turns[k - 1].paras if j in c.ann.intros] if k else []
            if host and host[-1].startswith(firm + " "):
                firm = host[-1]  # "Gareth Whitlow, Carrick Harbour." after "Mr. Whitlow from Carrick Harbour Securities"
            rec.set_affiliation(firm or None, "label")


def _names_them(forms: list[str], name: str) -> bool:
    """``name`` (as someone says it of themselves) is one of ``forms``, or a form's first or last word
    ("it's Jane from Example Bank", "Roe from Example Bank")."""
    key = name_key(name)
    for f in forms:
        words = f.split()
        if key == name_key(f) or (words and key in (name_key(words[0]), name_key(words[-1]))):
            return True
    return False


# The safe-harbour reminder investor relations reads when opening a call.
SAFE_HARBOUR_RE = re.compile(r"\bforward[- ]looking (?:statements?|information)\b|\bsafe harbou?r\b", re.IGNORECASE)


def from_opening(c: Call, qa_start: int) -> None:
    """The first person of the prepared remarks, when their first turn reads the safe harbour and
    hands the call to someone else, is investor relations whatever the label says (no title, or one
    that is no job title): their short lines in the Q&A moderate (``Call.hosts``), as a roster's
    IR title would make them."""
    for t in c.t.turns:
        if t.start >= qa_start:
            return
        if t.kind != "person" or t.speaker is None:
            continue
        rec = c.reg.get(t.speaker)
        if rec.side == "analyst" or (rec.role and c.s.v.job_title.search(rec.role)):
            return
        paras = c.speech(t)
        keys = {name_key(f) for f in rec.forms}
        hands = [c.ann.hands[j] for j in paras if j in c.ann.hands]
        if SAFE_HARBOUR_RE.search(c.text(paras)) and any(name_key(h) not in keys for h in hands):
            c.hosts.add(t.speaker)
        return
