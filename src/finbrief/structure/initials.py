"""Speakers labelled by their initials (``KV: …``) after a participant list that gives them
(``Karen Voss (KV), Chief Executive Officer, Brightline Freight``): panel and podcast transcripts.

The list comes first, so only the opening paragraphs are searched for the definitions; a label is
taken only when its letters are the initials of a name so defined, title and firm from the same line.
"""

from __future__ import annotations

import re

from finbrief.lexicon.people import name_key
from finbrief.structure.labels import Label, is_firm, is_latin_name, is_title
from finbrief.structure.scan import Scan

# Participant lists sit among the first paragraphs of a transcript.
LIST_PARAGRAPHS = 40
_DEF_RE = re.compile(r" \((?P<ini>[A-Z]{2,4})\)")
_LABEL_RE = re.compile(r"(?P<ini>[A-Z]{2,4})\s?[:：]\s*")
_PAREN_RE = re.compile(r"\([^)]*\)")


def _named(before: str, ini: str) -> tuple[int, str] | None:
    """(start, name) of the name right before ``(INI)`` whose words' first letters are ``INI``."""
    words = before.split(" ")[-len(ini) :]
    if len(words) != len(ini) or any(not (w[:1].isupper() and w[0] == c) for w, c in zip(words, ini, strict=True)):
        return None
    name = " ".join(words)
    return len(before) - len(name), name


def _person(name: str, s: Scan) -> bool:
    """A person's name, not an office or a firm spelled out before its initials ("Chief Executive
    Officer (CEO)", "Net Interest Margin (NIM)")."""
    return is_latin_name(name, s.v) and not is_title(name, s.v) and not is_firm(name, s.v)


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
            parts = [p.strip() for p in rest.split(",") if p.strip()]
            title = parts[0] if parts else None
            firm = parts[-1] if len(parts) > 1 else None
            out.setdefault(ini, (name, title, firm))
    return out


def initials_labels(s: Scan, labels: dict[int, Label]) -> None:
    """``KV: text`` paragraphs as turns of the person the participant list gives those initials."""
    if not any(t[:2].isupper() for t in s.texts):
        return
    defs = definitions(s)
    if not defs:
        return
    for i, t in enumerate(s.texts):
        if not t[:2].isupper():
            continue
        m = _LABEL_RE.match(t)
        if m is None or m.group("ini") not in defs:
            continue
        held = labels.get(i)
        if held is not None and held.who.strip() != m.group("ini"):
            continue  # (the initials read as an anonymous answer's mark are the person they name)
        name, title, firm = defs[m.group("ini")]
        labels[i] = Label(None, name, name_key(name), "strong", True, m.end(), title=title, firm=firm)
