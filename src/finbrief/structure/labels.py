"""Speaker labels, roster lines and name shapes: what one line of a transcript says about who speaks."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import Vocab, fold
from finbrief.model import Side

Strength = Literal["strong", "medium", "weak", "anon_inline"]
"""How sure a label is by itself: ``strong`` (a role label, ``Q – Name``, ``Name:`` alone, a known
name), ``medium`` (``Name -- Title``), ``weak`` (a plausible name with no other evidence) and
``anon_inline`` (``Q: text`` / ``A: text``: also how FAQ-style minutes are written, so no evidence of
a call by itself)."""

# "Name -- Title", "Name – Firm – Analyst", "Name - Title": hyphens need spaces (Jean-Luc), dashes not.
PART_SPLIT_RE = re.compile(r"\s+-{1,2}\s+|\s*(?:——|[–—]{1,2})\s*|\s*[，：]\s*")
SEPARATOR_CHARS = frozenset("-–—，：,")
# "Q – Alicia Yap", "A - 刘丽娟": a question/answer prefix before a name.
QA_PREFIX_RE = re.compile(r"^(Q|A|问|答|問)\s*(?:-{1,2}|[–—]{1,2})\s*(\S.*)$", re.IGNORECASE)
# "Alicia Yap, Citigroup" inside a vendor header line.
NAME_FIRM_RE = re.compile(r"^([^,]+),\s*(.+)$")
# "吴泳铭（首席执行官）" in a Chinese roster.
PAREN_RE = re.compile(r"^(.+?)\s*[（(]([^（()）]+)[)）]$")
# A trailing "[3]" (StreetEvents/FactSet speaker numbering).
NUMBERING_RE = re.compile(r"\s*\[\d+\]\s*$")
BULLET_RE = re.compile(r"^(?:[*•·●▪]|-(?=\s))\s*")
INLINE_COLON_RE = re.compile(r"[:：]")
LATIN_TOKEN_RE = re.compile(r"^(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*)$")
CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}$")
# Chinese names are 2-3 characters; 4 only with a compound surname (欧阳明远).
MAX_CJK_NAME = 3
SENTENCE_END = frozenset("。！？!?；;，,…")
WHO_FORBIDDEN_RE = re.compile(r"[\d/\\@#%&=<>\"“”「」『』【】《》?？!！。，;；]")
PARENS = frozenset("()（）")
ANALYST_RE = re.compile(r"^(?:(?:research|equity|senior|sell-side)\s+)*analysts?$|^分析师$", re.IGNORECASE)
MAX_LABEL_CHARS = 120
# A label line has few words (a vendor header with a long title has about ten); one ending with a
# period is a sentence unless it is as short as a name ("J. Smith Jr.").
MAX_LABEL_WORDS = 16
MAX_NAME_WORDS = 5
MAX_INLINE_WHO = 40


@dataclass(frozen=True)
class Label:
    """A speaker label found in one paragraph."""

    role: str | None
    """``operator`` | ``host`` | ``company_representative`` | ``question`` | ``answer``; None: a person."""
    who: str
    """The label as written (name without prefix or title)."""
    key: str
    """``name_key`` of ``who``."""
    strength: Strength
    inline: bool
    body_start: int
    prefix: str | None = None
    """``Q`` or ``A`` from ``Q – Name`` / ``A – Name``."""
    title: str | None = None
    firm: str | None = None


@dataclass(frozen=True)
class RosterEntry:
    """A participant line: who, and what the roster says about them."""

    index: int
    name: str
    key: str
    side: Side
    role: str | None
    firm: str | None


def is_cjk_name(s: str, v: Vocab) -> bool:
    """A short Chinese line that reads as a person's name (known surname, not a common word)."""
    if not CJK_NAME_RE.match(s) or s in v.cjk_stopwords:
        return False
    if "·" in s or "•" in s:
        return True
    if s.startswith(v.compound_surnames):
        return True
    return len(s) <= MAX_CJK_NAME and s[0] in v.surnames


def is_latin_name(s: str, v: Vocab) -> bool:
    """2-4 capitalised words (particles and initials allowed) that are not heading words."""
    tokens = s.split()
    words = [t for t in tokens if t not in v.latin_particles]
    if not 2 <= len(words) <= 4 or len(tokens) > 6 or tokens[0] in v.latin_particles:
        return False
    full = 0
    for t in words:
        if not LATIN_TOKEN_RE.match(t) or t.rstrip(".").casefold() in v.latin_stopwords:
            return False
        if len(t.rstrip(".")) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", t):
            full += 1
    return full >= 1


def is_name(s: str, v: Vocab) -> bool:
    """A plausible person's name in either script (``s`` in simplified Chinese)."""
    s = s.strip()
    return is_cjk_name(s, v) or is_latin_name(s, v)


def _simp(orig: str, para: str, simp: str) -> str:
    """Simplified form of ``orig`` (a slice of ``para``), from the paragraph's cached view when possible."""
    if len(para) == len(simp):
        i = para.find(orig)
        if i >= 0:
            return simp[i : i + len(orig)]
    return to_simplified(orig)


def _person(who: str, who_s: str, v: Vocab, known: frozenset[str]) -> tuple[str, str, list[str]] | None:
    """(name, key, detail parts) if ``who`` names a person: ``Name``, ``Name -- Title``,
    ``Name -- Firm -- Analyst``, ``Name, Firm - Title``, ``Name, Title``, ``名字（职务）``."""
    pm, pms = PAREN_RE.match(who), PAREN_RE.match(who_s)
    if pm and pms:
        name, name_s, details = pm.group(1).strip(), pms.group(1).strip(), [pm.group(2).strip()]
    elif PARENS.isdisjoint(who):
        if SEPARATOR_CHARS.isdisjoint(who):
            parts, parts_s = [who.strip()], [who_s.strip()]
        else:
            parts = [p.strip() for p in PART_SPLIT_RE.split(who) if p.strip()]
            parts_s = [p.strip() for p in PART_SPLIT_RE.split(who_s) if p.strip()]
        if not parts or len(parts) != len(parts_s) or len(parts) > 4:
            return None
        name, name_s, details = parts[0], parts_s[0], parts[1:]
        m, ms = NAME_FIRM_RE.match(name), NAME_FIRM_RE.match(name_s)
        if m and ms:
            name, name_s, details = m.group(1).strip(), ms.group(1).strip(), [m.group(2).strip(), *details]
    else:
        return None
    key = name_key(name_s)
    if key not in known and not is_name(name_s, v):
        return None
    if any(len(p) > 80 or len(p.split()) > 10 or p[-1] in SENTENCE_END for p in details):
        return None
    return name, key, details


def title_and_firm(details: list[str], side: Side, v: Vocab) -> tuple[str | None, str | None]:
    """(role, firm) from the parts after a name: the last part is the title when there are several
    (``Firm - Analyst``); a single part is a title if it reads like one (``首席执行官``, ``Head of IR``),
    else a firm (``花旗``, ``Morgan Stanley``); on a company roster an unclear single part is a title."""
    if not details:
        return None, None
    if len(details) >= 2:
        return details[-1], " - ".join(details[:-1])
    only = details[0]
    if v.job_title.search(only) or (side == "company"):
        return only, None
    return None, only


def parse_label(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """The speaker label in paragraph ``text`` (``simp`` its simplified view), if it has one."""
    t = text.strip()
    if not t:
        return None
    lead = len(text) - len(text.lstrip())
    m = INLINE_COLON_RE.search(t, 0, MAX_INLINE_WHO + 1)
    if m:
        who = t[: m.start()].strip()
        rest = t[m.end() :]
        if who and not WHO_FORBIDDEN_RE.search(who):
            body = len(rest) - len(rest.lstrip())
            inline = bool(rest.strip())
            lab = _who(who, _simp(who, text, simp), v, known, inline=inline, colon=True)
            if lab is not None:
                start = lead + m.end() + body if inline else 0
                return dataclasses.replace(lab, body_start=start)
        return None
    if len(t) > MAX_LABEL_CHARS or t[-1] in SENTENCE_END:
        return None
    words = t.count(" ") + 1
    if words > MAX_LABEL_WORDS or (t[-1] == "." and words > MAX_NAME_WORDS):
        return None
    t = NUMBERING_RE.sub("", t)
    return _who(t, _simp(t, text, simp), v, known, inline=False, colon=False)


def _who(who: str, who_s: str, v: Vocab, known: frozenset[str], *, inline: bool, colon: bool) -> Label | None:
    """Classify the label part of a line: a role, a prefixed name, a vendor header or a bare name."""
    role = v.label(fold(who_s))
    if role is not None:
        anon = role in ("question", "answer")
        strength: Strength = "anon_inline" if anon and inline else "strong"
        return Label(role, who, fold(who_s), strength, inline, 0)
    prefix = None
    pm = QA_PREFIX_RE.match(who)
    pms = QA_PREFIX_RE.match(who_s)
    if pm and pms:
        prefix = "Q" if pm.group(1).upper() in ("Q", "问", "問") else "A"
        who, who_s = pm.group(2).strip(), pms.group(2).strip()
        role = v.label(fold(who_s))
        if role is not None:  # "Q - Unidentified Analyst"
            return Label(role, who, fold(who_s), "strong", inline, 0, prefix=prefix)
    person = _person(who, who_s, v, known)
    if person is None:
        return None
    name, key, details = person
    if prefix or key in known or (colon and not inline):
        strength = "strong"
    elif details and not inline:
        strength = "medium"
    else:
        strength = "weak"
    title, firm = title_and_firm(details, "unknown", v)
    return Label(None, name, key, strength, inline, 0, prefix=prefix, title=title, firm=firm)


def is_analyst_title(title: str | None) -> bool:
    """A title that marks an outside analyst (``Analyst``, ``Research Analyst``, ``分析师``)."""
    return title is not None and ANALYST_RE.match(title.strip()) is not None


def parse_roster_line(
    line: str, simp: str, v: Vocab, known: frozenset[str]
) -> tuple[str, str, list[str]] | None:
    """(name, key, detail parts) of a roster line like ``刘丽娟 - 投资者关系负责人`` or ``* Alicia Yap``."""
    t = BULLET_RE.sub("", line.strip())
    ts = BULLET_RE.sub("", simp.strip())
    if not t or len(t) > 150 or t[-1] in "。！？!?；;":
        return None
    return _person(t, ts, v, known)
