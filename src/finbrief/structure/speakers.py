"""One speaker id per person: roster, labels and the people lexicon meet on simplified name keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from finbrief.ingest.script import CJK_RE, to_simplified
from finbrief.lexicon.people import Company, Person, name_key
from finbrief.lexicon.transcript import vocab
from finbrief.model import Language, Side, Speaker
from finbrief.structure.labels import DIARIZED_RE

# Titles held together: "董事长兼总经理", "财务总监兼董事会秘书", "发言人暨财务长" (暨: a formal "and").
COMBINED_TITLE_RE = re.compile(r"兼|、|及|暨")
# ... as a label writes them: "董事长/总经理：", "副总/董秘：".
JOINED_OFFICES_RE = re.compile(r"[/／]")
# ... and in English: "President & CEO", "Senior VP, CFO and Treasurer".
LATIN_TITLE_RE = re.compile(r"[a-z]")
LATIN_COMBINED_RE = re.compile(r"\s*(?:&|,|/|\band\b)\s*")
# "chief financial officer" (its initials, cfo, are how labels call it).
CHIEF_OFFICER_RE = re.compile(r"\bchief(?: [a-z]+){1,2} officer\b")
# Fixed ids for unnamed roles, so every document uses the same ones.
ROLE_IDS: dict[str, tuple[str, Side]] = {
    "operator": ("operator", "operator"),
    "host": ("host", "host"),
    "company_representative": ("company-representative", "company"),
    "unnamed_analyst": ("unidentified-analyst", "analyst"),
    "interpreter": ("interpreter", "unknown"),
}
# Evidence ranks: a side or role from a better source is never overwritten by a worse one.
RANK = {
    "inferred": 1,
    "announcement": 2,
    "lexicon": 3,
    "label": 4,
    "firm": 5,
    "roster": 6,
    "behaviour": 7,
    "role": 8,
}


def slug(name: str) -> str:
    """Id for a person the lexicon does not know: Latin names hyphenated, Chinese names simplified."""
    if CJK_RE.search(name):
        return re.sub(r"[\s·•.]+", "", to_simplified(name))
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or name


@dataclass
class Record:
    """A speaker being assembled while the document is read."""

    id: str
    person: Person | None = None
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    role_rank: int = 0
    affiliation: str | None = None
    aff_rank: int = 0
    side: Side = "unknown"
    side_rank: int = 0

    def set_side(self, side: Side, source: str) -> None:
        """Record ``side`` unless a better source already decided it."""
        if RANK[source] > self.side_rank:
            self.side, self.side_rank = side, RANK[source]

    def set_role(self, role: str | None, source: str) -> None:
        """Record a title unless a better source already gave one."""
        if role and RANK[source] > self.role_rank:
            self.role, self.role_rank = role, RANK[source]

    def set_affiliation(self, firm: str | None, source: str) -> None:
        """Record a firm unless a better source already gave one; the firm's full legal name when
        another source writes it ("Example Securities" on a label, "Example Securities & Co." said)."""
        if firm and RANK[source] > self.aff_rank:
            self.affiliation, self.aff_rank = firm, RANK[source]
        elif firm and self.affiliation and _legal_name_of(firm, self.affiliation):
            self.affiliation = firm


# The legal form a firm's full name ends with: "& Co.", ", Inc.", " LLC", " Co., Ltd.".
LEGAL_SUFFIX_RE = re.compile(r"(?:,?\s+(?:&\s+)?(?:Co|Inc|Ltd|LLC|LLP|LP|Corp|plc|PLC|Limited|AG|GmbH)\.?)+")


def _legal_name_of(full: str, short: str) -> bool:
    """``full`` is ``short`` with its legal form after it ("Example Securities & Co.")."""
    return len(full) > len(short) and full.startswith(short) and LEGAL_SUFFIX_RE.fullmatch(full, len(short)) is not None


def same_firm(a: str, b: str) -> bool:
    """``a`` and ``b`` name one firm, one of them with its legal form ("Example Bank & Co. LLC" and
    "Example Bank")."""
    return a == b or _legal_name_of(a, b) or _legal_name_of(b, a)


class Registry:
    """Speakers of one document, keyed by every spelling seen (simplified, case-folded)."""

    def __init__(self, active: dict[str, Person], companies: dict[str, Company]) -> None:
        self.active = active
        self.companies = companies
        self.records: dict[str, Record] = {}
        self.by_key: dict[str, str] = {}

    def role(self, role: str, form: str) -> str:
        """Id of an unnamed role speaker (operator, host, company representative)."""
        rid, side = ROLE_IDS[role]
        rec = self.records.get(rid)
        if rec is None:
            rec = self.records[rid] = Record(rid)
            rec.set_side(side, "role")
        if form not in rec.forms:
            rec.forms.append(form)
        return rid

    def resolve(self, form: str, key: str | None = None) -> str:
        """Id of the person written ``form``; a new speaker if no spelling of them was seen yet."""
        key = key or name_key(form)
        rid = self.by_key.get(key)
        if rid is None:
            person = self.active.get(key)
            if person is not None and person.id in self.records:
                rid = person.id
            elif person is not None:
                rid = person.id
                rec = self.records[rid] = Record(rid, person)
                rec.set_side(person.side, "lexicon")
                rec.set_role(person.role, "lexicon")
                if person.company and person.side == "company":
                    rec.set_affiliation(self.companies[person.company].name, "lexicon")
                for n in person.all_names():
                    self.by_key.setdefault(name_key(n), rid)
            else:
                rid = slug(form)
                if rid in self.records:  # a different person with the same slug
                    rid = f"{rid}-{sum(r.startswith(rid) for r in self.records) + 1}"
                self.records[rid] = Record(rid)
            self.by_key[key] = rid
        rec = self.records[rid]
        if form not in rec.forms:
            rec.forms.append(form)
        return rid

    def alias(self, rid: str, form: str, key: str | None = None) -> None:
        """Record ``form`` as another spelling of speaker ``rid`` (a translated label, a name given
        in parentheses), unless that spelling already names someone else."""
        key = key or name_key(form)
        if self.by_key.setdefault(key, rid) != rid:
            return
        rec = self.records[rid]
        if form not in rec.forms:
            rec.forms.append(form)

    def link_by_title(self, form: str, key: str | None, title: str) -> None:
        """A label name the roster spells otherwise (``Leo Lin`` for roster ``Zhiyuan Lin``, both CEO):
        the same person when exactly one roster entry has that surname and that title."""
        key = key or name_key(form)
        words = form.split()
        if key in self.by_key or key in self.active or len(words) < 2 or CJK_RE.search(form):
            return
        surname, wanted = words[-1].casefold(), title.strip().casefold()
        matches = [
            r.id
            for r in self.records.values()
            if r.role_rank == RANK["roster"]
            and (r.role or "").strip().casefold() == wanted
            and any(f.split()[-1].casefold() == surname for f in r.forms if f.split())
        ]
        if len(matches) == 1:
            self.by_key[key] = matches[0]

    def link_role(self, key: str, title: str) -> None:
        """A speaker named by a title alone (``董事长``, ``答（总经理）``): the person the roster or a
        staff field gives that title, or whose own label gave it before (``董事长乔明远：`` then
        ``董事长：``), when exactly one has it."""
        if key in self.by_key:
            return
        # every office a slash joins must be held ("董事长/总经理": the one 董事长兼总经理)
        wanted = [{title_key(t), *_chief_initials(title_key(t))} for t in JOINED_OFFICES_RE.split(title) if t]
        matches = [
            r.id
            for r in self.records.values()
            if (
                r.role_rank == RANK["roster"]
                or (r.role_rank >= RANK["label"] and any(name_key(f) != name_key(r.role or "") for f in r.forms))
            )
            and all(w & title_parts(r.role or "") for w in wanted)
        ]
        if len(matches) == 1:
            self.by_key[key] = matches[0]

    def link_short_form(self, form: str, key: str, stem: str) -> None:
        """``刘总：`` / ``海峰总：`` (a surname or a given name, then an honorific): the one company person
        the roster or a staff field lists, or a label has shown, with that surname or given name."""
        if key in self.by_key:
            return

        def called(f: str) -> bool:
            name = to_simplified(f)
            return f != form and (name.startswith(stem) or (len(stem) == 2 and name[1:] == stem))

        matches = [
            r.id
            for r in self.records.values()
            if r.side_rank >= RANK["label"]
            and r.side == "company"
            and any(called(f) for f in r.forms if CJK_RE.search(f))
        ]
        if len(matches) == 1:
            self.by_key[key] = matches[0]

    def get(self, rid: str) -> Record:
        """The record of speaker ``rid`` (it must exist)."""
        return self.records[rid]

    def speakers(self, order: list[str], language: Language) -> tuple[Speaker, ...]:
        """Finished speakers in ``order`` (first appearance), named per the document's language."""
        return tuple(_speaker(self.records[rid], language) for rid in order)


def title_key(title: str) -> str:
    """Comparison key of a job title: simplified, folded, without a leading "公司", a short form read
    as the title it stands for (``董秘``: ``董事会秘书``)."""
    key = " ".join(to_simplified(title).casefold().split()).removeprefix("公司")
    return vocab().title_short_form.get(key, key)


def title_parts(title: str) -> set[str]:
    """The keys of a title and of each title it combines ("董事长兼总经理": also 董事长, 总经理;
    "President & CEO": also president, ceo), and the initials of each "Chief ... Officer" in it
    ("Senior VP & Chief Financial Officer": also cfo)."""
    key = title_key(title)
    parts = {key, *(title_key(p) for p in COMBINED_TITLE_RE.split(key) if p)}
    if LATIN_TITLE_RE.search(key):
        parts |= {p.strip() for p in LATIN_COMBINED_RE.split(key) if p.strip()}
        parts |= _chief_initials(key)
    return parts


def _chief_initials(key: str) -> set[str]:
    """The initials of each "chief ... officer" in a title key ("chief financial officer": cfo)."""
    return {"".join(w[0] for w in m.group().split()) for m in CHIEF_OFFICER_RE.finditer(key)}


def _script_fits(form: str, language: Language) -> bool:
    """Whether ``form`` is written in the document's script family (Chinese or Latin)."""
    if language == "mixed":
        return True
    return bool(CJK_RE.search(form)) == language.startswith("zh")


def _accented(name: str, forms: list[str]) -> str:
    """The spelling of ``name`` with its accents if the document also writes it so ("Victor Tam" in a
    list, "Víctor Tam" on his turns): exports drop accents, never add them."""
    if not name.isascii():
        return name
    key = name_key(name)
    return next((f for f in forms if not f.isascii() and f.isupper() == name.isupper() and name_key(f) == key), name)


# A surname set in capitals after a given name in upper and lower case ("Jean-Luc MARCHAND", as European
# issuers print names) is shown in the given name's case; suffixes and letters after a name stay.
NAME_SUFFIXES = frozenset({"II", "III", "IV", "VI", "VII", "JR", "SR", "CFA", "CPA", "MD", "PHD", "OBE", "CBE", "KC", "QC"})


def _mixed_case(name: str) -> str:
    """``Jean-Luc Marchand`` for ``Jean-Luc MARCHAND``; any other name as it is."""
    words = name.split(" ")
    if len(words) < 2 or not any(c.islower() for c in words[0]) or not words[-1].isupper():
        return name  # (the cheap test first: most names have no word in capitals)
    return " ".join(
        w.title() if k and w.isupper() and len(w.strip(".")) > 1 and w.strip(".") not in NAME_SUFFIXES and "." not in w else w
        for k, w in enumerate(words)
    )


def _speaker(rec: Record, language: Language) -> Speaker:
    """Display name rule: the lexicon's name for the document's language if the document uses it;
    else the first spelling the document uses in its own script, a transcription service's number
    ("发言人5") only when nothing else names the speaker; else the lexicon's name; aliases
    hold the English canonical name and every other spelling (lexicon and document)."""
    forms = rec.forms
    p = rec.person
    preferred = p.names.get(language if language != "mixed" else "zh-Hans") if p else None
    form_keys = {name_key(f) for f in forms}
    if preferred and name_key(preferred) in form_keys:
        name = next((f for f in forms if f == preferred), preferred)
    else:
        # a number a transcription service gave ("发言人5") never outranks the name the host gave ("Ruby Lau")
        named = [f for f in forms if not DIARIZED_RE.fullmatch(f.strip())] or forms
        name = next((f for f in named if _script_fits(f, language)), None) or preferred or named[0]
        name = _accented(_mixed_case(name), forms)
    seen: dict[str, None] = {}
    for n in (*(p.all_names() if p else ()), *forms):
        if n != name:
            seen.setdefault(n, None)
    if p is None and CJK_RE.search(name):
        s = to_simplified(name)
        if s != name:
            seen.setdefault(s, None)
    return Speaker(
        id=rec.id,
        name=name,
        aliases=tuple(seen),
        role=rec.role,
        affiliation=rec.affiliation,
        side=rec.side,
    )
