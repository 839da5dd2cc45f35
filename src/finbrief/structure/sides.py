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

from collections.abc import Callable

from finbrief.lexicon.people import name_key
from finbrief.structure.announce import Announcements
from finbrief.structure.call import Call
from finbrief.structure.labels import DIARIZED_RE
from finbrief.structure.roster import Roster
from finbrief.structure.speakers import Registry
from finbrief.structure.turns import Turn

# Prepared remarks count as behaviour when they are this long (a greeting or a question is shorter).
PREPARED_SPEECH_CHARS = 300
# A turn that asks, by its shape: this short, ending in a question mark or asking in words.
ASKING_TURN_CHARS = 300
QUESTION_END = ("?", "？")


def from_roster(reg: Registry, roster: Roster, seen: Callable[[str], str]) -> None:
    """Every roster entry becomes a speaker with the roster's side, title and firm; so does every
    person a staff field lists, though listed among the speakers only once they speak."""
    for e in (*roster.entries, *roster.staff):
        rid = reg.resolve(e.name, e.key)
        rec = reg.get(seen(rid) if e in roster.entries else rid)
        if e.side != "unknown":
            rec.set_side(e.side, "roster")
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
    """Someone listed as an outside participant who gives prepared remarks speaks for the company."""
    spoken: dict[str, int] = {}
    for t in c.t.turns:
        if t.start >= qa_start or t.kind != "person" or t.speaker is None:
            continue
        spoken[t.speaker] = spoken.get(t.speaker, 0) + len(c.text(c.speech(t)))
    for sid, chars in spoken.items():
        rec = c.reg.get(sid)
        if rec.side == "analyst" and chars >= PREPARED_SPEECH_CHARS:
            rec.set_side("company", "behaviour")


def name_diarized(c: Call) -> None:
    """A speaker a transcription service only numbered ("说话人3") who first speaks right after the
    host introduced an asker ("请中金公司的王磊提问") is that asker: named, an analyst of that firm;
    one who first speaks right after the host gave the floor to someone of the company ("请庞董介绍",
    having named 董事长庞立言) is that person. Never when the numbered speaker spoke before (one
    number for several people)."""
    turns = c.t.turns
    first: dict[str, int] = {}
    for k, t in enumerate(turns):
        if t.speaker is not None:
            first.setdefault(t.speaker, k)
    _name_given_floor(c, turns, first)
    for k in range(len(turns) - 1):
        said = [c.ann.intros[j] for j in turns[k].paras if j in c.ann.intros]
        nxt = turns[k + 1]
        sid = nxt.speaker
        if (
            not said
            or nxt.kind != "person"
            or sid is None
            or first.get(sid) != k + 1
            or sid == turns[k].speaker
        ):
            continue
        rec = c.reg.get(sid)
        if rec.person is not None or not all(DIARIZED_RE.fullmatch(f.strip()) for f in rec.forms):
            continue
        intro = said[-1]
        if name_key(intro.name) in c.reg.by_key:
            continue  # that name already speaks under its own label
        c.reg.alias(sid, intro.name)
        rec.forms.insert(0, rec.forms.pop())  # the announced name is the one shown
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(intro.firm or None, "announcement")


def _name_given_floor(c: Call, turns: list[Turn], first: dict[str, int]) -> None:
    """A numbered speaker first speaking right after the host gave someone the floor is that person."""
    for k in range(len(turns) - 1):
        given = [c.ann.floor[j] for j in turns[k].paras if j in c.ann.floor]
        nxt = turns[k + 1]
        sid = nxt.speaker
        if not given or nxt.kind != "person" or sid is None or first.get(sid) != k + 1 or sid == turns[k].speaker:
            continue
        rec = c.reg.get(sid)
        if rec.person is not None or not all(DIARIZED_RE.fullmatch(f.strip()) for f in rec.forms):
            continue
        name = given[-1]
        if name_key(name) in c.reg.by_key:
            continue  # that name already speaks under its own label
        c.reg.alias(sid, name)
        rec.forms.insert(0, rec.forms.pop())  # the name the host gave is the one shown
        rec.set_side("company", "announcement")


def from_asking(c: Call) -> None:
    """Someone nothing else places (no roster, title, firm or announcement), who does not open the
    call and whose every turn is a short question someone else answers, is an analyst (a short
    excerpt of a call with names alone as labels)."""
    turns = c.t.turns
    people = [t for t in turns if t.kind == "person" and t.speaker is not None]
    if len(people) < 3:
        return
    asking: dict[str, bool] = {}
    for k, t in enumerate(turns):
        sid = t.speaker
        if t.kind != "person" or sid is None or sid == people[0].speaker or c.reg.get(sid).side_rank:
            continue
        text = c.text(c.speech(t)).rstrip()
        nxt = turns[k + 1] if k + 1 < len(turns) else None
        asks = 0 < len(text) < ASKING_TURN_CHARS and (
            text.endswith(QUESTION_END) or bool(c.s.v.asks.search(text))
        )
        answered = nxt is not None and nxt.kind == "person" and nxt.speaker not in (None, sid)
        asking[sid] = asking.get(sid, True) and asks and answered
    for sid, ok in asking.items():
        if ok:
            c.reg.get(sid).set_side("analyst", "inferred")


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
