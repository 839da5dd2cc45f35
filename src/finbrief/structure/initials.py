"""Speakers labelled by their initials (``KV: …``, ``[05:20] **KV:** …``) after a participant list that
gives them (``Karen Voss (KV), Chief Executive Officer, Brightline Freight``) or a key of initials
(``| **KV** | Karen Voss, Chief Executive Officer |``): panel and podcast transcripts, notes apps.

The list comes first, so only the opening paragraphs are searched for the definitions; a label is
taken only when its letters are the initials of a name so defined, title and firm from the same line.
A transcription service's attendance list flattened from a two-column table (the names, then their
initials in brackets) defines them too; its turns are the initials alone on a line (``code_line_labels``).
"""

from __future__ import annotations

import re

from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import LEGAL_FORM_RE, fold
from finbrief.structure.labels import TIMESTAMP, Label, is_cjk_name, is_firm, is_latin_name, is_title
from finbrief.structure.scan import Scan

# Participant lists sit among the first paragraphs of a transcript.
LIST_PARAGRAPHS = 40
_DEF_RE = re.compile(r" \((?P<ini>[A-Z]{2,4})\)")
# ... or a key line giving the initials first: "| **KV** | Karen Voss, CEO |", "- **KV** — Karen Voss, CEO".
_KEY_RE = re.compile(r"[|*\-\s]*(?P<ini>[A-Z]{2,4})\**\s*(?:\||[-–—=:])\s*(?P<rest>[^|]+?)[\s|]*")
# A label: the initials and a colon, after a timestamp and in Markdown bold ("[05:20] **KV:** …").
_LABEL_RE = re.compile(rf"(?:{TIMESTAMP}\s*)?(?:\*\*)?(?P<ini>[A-Z]{{2,4}})(?:\*\*)?\s?[:：](?:\*\*)?\s*")
_PAREN_RE = re.compile(r"\([^)]*\)")
MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")
# A part after a comma that is a firm's legal form ("Example Partners, Inc.", "Example Co., Ltd."): the
# firm's, not a part of its own.
_LEGAL_PART_RE = re.compile(rf"{LEGAL_FORM_RE}\.?")


def comma_parts(text: str) -> list[str]:
    """The comma-separated parts of ``text``, a legal form kept with the firm before it."""
    parts: list[str] = []
    for p in (p.strip() for p in text.split(",")):
        if not p:
            continue
        if parts and _LEGAL_PART_RE.fullmatch(p):
            parts[-1] += ", " + p
        else:
            parts.append(p)
    return parts


def _named(before: str, ini: str) -> tuple[int, str] | None:
    """(start, name) of the name right before ``(INI)`` whose words' first letters are ``INI``."""
    words = before.split(" ")[-len(ini) - 1 :]
    for cut in (words[1:], words):  # a middle initial the key leaves out ("Jordan D. Amari (JA)")
        given = [w for w in cut if not MIDDLE_INITIAL_RE.fullmatch(w)] if cut[1:-1] else cut
        if len(given) == len(ini) and cut and cut[0] == given[0] and all(
            w[:1].isupper() and w[0] == c for w, c in zip(given, ini, strict=True)
        ):
            name = " ".join(cut)
            return len(before) - len(name), name
    return None


def _person(name: str, s: Scan) -> bool:
    """A person's name, not an office or a firm spelled out before its initials ("Chief Executive
    Officer (CEO)", "Net Interest Margin (NIM)")."""
    return is_latin_name(name, s.v) and not is_title(name, s.v) and not is_firm(name, s.v)


# Initials alone on a line, perhaps in brackets: a transcription service's speaker line ("MG"), or the
# same speaker going on after a page or slide break ("(MG)").
_CODE_LINE_RE = re.compile(r"(?P<open>\()?(?P<ini>[A-Z]{2,4})(?(open)\))")
# Someone naming themselves in a turn's first words ("My name is Jane Roe and I'm …").
_SELF_NAMED_RE = re.compile(r"\b(?:[Mm]y name is|I['’]m|I am|[Tt]his is)\s+(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})")
SELF_NAMED_CHARS = 120


# A bullet or a courtesy title before a listed name ("• Jane Roe", "Ms. Jane Roe"): no part of it.
_LISTED_MARKS_RE = re.compile(r"^(?:[•·▪*-]\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?")


def _column_list(s: Scan) -> tuple[dict[str, tuple[str, str | None, str | None]], list[int]]:
    """initials -> (name, None, None) of an attendance list flattened from a two-column table (the
    names one a line, then their initials in brackets one a line, in the same order), and its lines."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    lines: list[int] = []
    texts = [t.strip() for t in s.texts[:LIST_PARAGRAPHS]]
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and texts[j][:1] == "(" and _CODE_LINE_RE.fullmatch(texts[j]):
            j += 1
        codes = [texts[k][1:-1] for k in range(i, j)]
        names = [_LISTED_MARKS_RE.sub("", t) for t in texts[max(0, 2 * i - j) : i]]
        owners = {c: [n for n in names if _named(n, c) == (0, n) and _person(n, s)] for c in codes}
        # (each code the initials of one listed name, in whatever order the list puts them)
        if (
            len(codes) >= 2
            and len(names) == len(codes)
            and all(len(o) == 1 for o in owners.values())
            and len({o[0] for o in owners.values()}) == len(codes)
        ):
            out.update((c, (o[0], None, None)) for c, o in owners.items())
            lines.extend(range(i - len(codes), j))
        i = max(j, i + 1)
    return out, lines


def _self_named(s: Scan, i: int, ini: str) -> str | None:
    """The name the speaker after initials line ``i`` gives themselves, if those are its initials."""
    if i + 1 >= s.n:
        return None
    m = _SELF_NAMED_RE.search(s.texts[i + 1], 0, SELF_NAMED_CHARS)
    if m is None:
        return None
    named = _named(m["name"], ini)
    return m["name"] if named is not None and named[0] == 0 and _person(m["name"], s) else None


def code_line_labels(s: Scan, labels: dict[int, Label]) -> None:
    """Initials alone on a line (``MG``, and ``(MG)`` where the speaker goes on) as the turns of the person
    an attendance list of names and then initials gives them, or who names themselves right after; the
    list's own lines are no turns."""
    if not any(len(t) <= 6 and t[:1] == "(" for t in s.texts[:LIST_PARAGRAPHS]):
        return  # (the cheap test first: no bracketed initials among the first lines)
    defs, lines = _column_list(s)
    if not defs:
        return
    for k in lines:
        labels.pop(k, None)
    if lines[0] > 0 and lines[0] - 1 in labels and s.texts[lines[0] - 1].rstrip().endswith(":"):
        labels.pop(lines[0] - 1)  # the list's heading ("Attendance List:"), no speaker
    for i in range(lines[-1] + 1, s.n):
        t = s.texts[i].strip()
        if len(t) > 6 or (m := _CODE_LINE_RE.fullmatch(t)) is None:
            continue
        ini = m["ini"]
        if ini not in defs and not m["open"] and (name := _self_named(s, i, ini)) is not None:
            defs[ini] = (name, None, None)
        if ini in defs:
            name = defs[ini][0]
            labels[i] = Label(None, name, name_key(name), "strong", False, 0)


def definitions(s: Scan) -> dict[str, tuple[str, str | None, str | None]]:
    """initials -> (name, title, firm) as the opening participant list gives them."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for t in s.texts[:LIST_PARAGRAPHS]:
        if " (" not in t:
            continue
        found = []  # (name start, end of "(INI)", initials, name)
        for m in _DEF_RE.finditer(t):
            named = _named(t[: m.start()], m.group("ini"))
            if named is not None and _person(named[1], s):
                found.append((named[0], m.end(), m.group("ini"), named[1]))
        for (_, end, ini, name), nxt in zip(found, [*found[1:], None][: len(found)], strict=True):
            rest = _PAREN_RE.sub("", t[end : nxt[0] if nxt else len(t)]).strip(" ,;-–—")
            parts = comma_parts(rest)
            title = parts[0] if parts else None
            firm = parts[-1] if len(parts) > 1 else None
            out.setdefault(ini, (name, title, firm))
    for t in s.texts[:LIST_PARAGRAPHS]:
        if (key := _KEY_RE.fullmatch(t)) is not None:
            _key_line(s, key.group("ini"), key.group("rest"), out)
        if "（" in t or "(" in t:
            _pinyin_definitions(s, t, out)
    return out


# A Chinese attendance entry giving a name's pinyin initials in brackets: "董事长 柴宏远（CHY）",
# "岳川证券 武立（WL）"; the words before the name (back to the list's separator) its title or firm.
_ZH_DEF_RE = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,12})\s*[（(](?P<ini>[A-Z]{2,4})[)）]")
_ZH_ENTRY_SEP = "、，,；;：:\n"


def _pinyin_definitions(s: Scan, t: str, out: dict[str, tuple[str, str | None, str | None]]) -> None:
    """initials -> (name, title, firm) of each ``<title or firm> <name>（<pinyin initials>）`` entry in
    ``t`` whose letters are the name's pinyin initials, one a character."""
    for m in _ZH_DEF_RE.finditer(t):
        ini = m["ini"]
        name = m["run"][-len(ini) :]
        if len(m["run"]) < len(ini) or not is_cjk_name(to_simplified(name), s.v):
            continue
        if _pinyin_initials(to_simplified(name)) != ini.lower():
            continue
        begin = max(t.rfind(c, 0, m.start()) for c in _ZH_ENTRY_SEP) + 1
        before = (t[begin : m.start()] + m["run"][: -len(ini)]).strip()
        firm = before if before and is_firm(to_simplified(before), s.v) else None
        out.setdefault(ini, (name, None if firm else before or None, firm))


def _pinyin_initials(chars: str) -> str:
    """The first letter of each character's pinyin reading (``柴宏远`` : ``chy``)."""
    from pypinyin import Style, lazy_pinyin  # imported only for a list that defines such initials

    return "".join(p[:1] for p in lazy_pinyin(chars, style=Style.FIRST_LETTER))


def _key_line(s: Scan, ini: str, rest: str, out: dict[str, tuple[str, str | None, str | None]]) -> None:
    """``Karen Voss, Chief Executive Officer`` (or ``Jane Roe, Firm``) given for ``ini`` by a key line."""
    parts = comma_parts(rest)
    if not parts:
        return
    named = _named(parts[0], ini)
    if named is None or named[0] != 0 or not _person(parts[0], s):
        return
    title = parts[1] if len(parts) > 1 and (len(parts) > 2 or not is_firm(parts[1], s.v)) else None
    firm = parts[-1] if len(parts) > 2 or (len(parts) == 2 and title is None) else None
    out.setdefault(ini, (parts[0], title, firm))


def _roles(s: Scan) -> dict[str, tuple[str, str]]:
    """initials -> (role, as written) a key line gives them ("| **OP** | Operator |")."""
    out: dict[str, tuple[str, str]] = {}
    for t in s.texts[:LIST_PARAGRAPHS]:
        if (m := _KEY_RE.fullmatch(t)) is not None and (role := s.v.label(fold(m.group("rest")))) is not None:
            out.setdefault(m.group("ini"), (role, m.group("rest").strip()))
    return out


def initials_labels(s: Scan, labels: dict[int, Label]) -> None:
    """``KV: text`` paragraphs as turns of the person the participant list gives those initials."""
    if not any(map(_LABEL_RE.match, s.texts)):  # (no Python frame a paragraph)
        return
    defs = definitions(s)
    if not defs:
        return
    roles = _roles(s)
    for i, t in enumerate(s.texts):
        m = _LABEL_RE.match(t)
        if m is None or ((ini := m.group("ini")) not in defs and ini not in roles):
            continue
        held = labels.get(i)
        if held is not None and held.who.strip() not in ("", ini):
            continue  # (the initials read as an anonymous answer's mark, or a question or answer told only
            # by its shape, are the person they name)
        if ini not in defs:  # the operator's or host's initials
            role, shown = roles[ini]
            labels[i] = Label(role, shown, name_key(shown), "strong", True, m.end())
            continue
        name, title, firm = defs[ini]
        labels[i] = Label(None, name, name_key(name), "strong", True, m.end(), title=title, firm=firm)
