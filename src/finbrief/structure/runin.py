"""Speaker headers run into the speech, as a PDF's text layer flattens them: ``Kristen Fang Hon Hai
Technology Group – Senior IR Manager Hello to all the investors …`` (name, organisation, a dash,
the job title, then what they say, with no colon or line break between).

Without a colon nothing marks where the header ends, so a header is only read where the layout shows
itself: the same ``Name Organisation – Title`` opens at least two paragraphs, or it also stands in
another paragraph of the text (a participants list run into one line). The title is the run of
title words after the dash (``Chairman and CEO``, ``Senior IR Manager``); the speech starts at the
first word that is none. The name is the header's first two words unless the organisation shared by
several headers (the company's) or a firm the text names elsewhere shows where it ends.
"""

from __future__ import annotations

import re

from finbrief.lexicon.people import name_key
from finbrief.model import Side
from finbrief.structure.labels import Label, is_analyst_title
from finbrief.structure.scan import Scan

# "Name Organisation – Title …" at a paragraph's start: capitalised words, a spaced dash.
HEAD_RE = re.compile(
    r"^(?P<who>[A-Z][\w.&'’-]*\s+(?:(?:[A-Z0-9][\w.&'’-]*|of|and|&|de|du|the|von|van)\s+){1,7}?)[–—-]\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
# Words a job title is written with, besides those the vocabulary's job titles match.
TITLE_WORDS = frozenset(
    ["and", "of", "&", "senior", "junior", "deputy", "assistant", "associate", "general", "chief", "head", "group", "global", "ir", "investor", "relations", "spokesperson", "spokesman", "spokeswoman", "reporter", "journalist", "analyst", "manager", "executive", "financial", "operating", "officer", "president", "vice", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto", "director", "vp", "evp", "svp", "md", "research", "equity", "treasurer", "controller", "secretary", "founder", "co-founder", "partner", "principal"]
)
# A run-in header is a few words; a longer "Name Org –" run is prose with a dash.
MAX_HEAD_WORDS = 8
MAX_TITLE_WORDS = 6
# Headers run into speech that show the layout.
MIN_RUN_IN = 2
# Words of a person's name in such a header.
NAME_WORDS = 2
# A question the company reads out after its speaker's header: "Question 1:", "Q2:".
READ_QUESTION_RE = re.compile(r"(?:question|q)\s*\d{1,2}\s*[:：]\s*", re.IGNORECASE)
# Titles of people outside the company.
OUTSIDE_RE = re.compile(r"\b(?:analyst|reporter|journalist|strategist|economist)\b", re.IGNORECASE)


def _title_end(rest: str) -> int:
    """Where the job title at the start of ``rest`` ends (0 when there is none)."""
    end = 0
    for n, m in enumerate(re.finditer(r"\S+", rest)):
        word = m.group().strip(",;").casefold()
        if n >= MAX_TITLE_WORDS or word not in TITLE_WORDS:
            break
        end = m.end()
    return end


def _heads(s: Scan) -> dict[int, tuple[str, str, int]]:
    """Paragraph -> (who, title, where the speech starts) for every paragraph opening like a header."""
    out: dict[int, tuple[str, str, int]] = {}
    for i in range(s.n):
        text = s.texts[i]
        if i in s.boiler or not text[:1].isupper() or not ("-" in text or "–" in text or "—" in text):
            continue  # (no dash: no header; most paragraphs are speech)
        m = HEAD_RE.match(text)
        if m is None:
            continue
        who = " ".join(m["who"].split())
        rest = m["rest"]
        end = _title_end(rest)
        if not end or len(who.split()) > MAX_HEAD_WORDS:
            continue
        body = m.start("rest") + end
        while body < len(text) and text[body] in " \t:：":
            body += 1
        out[i] = (who, rest[:end].strip(" ,;"), body)
    return out


def _shared_org(whos: list[str]) -> str:
    """The longest word suffix (two words or more) that several headers share: the company's name."""
    best = ""
    for w in set(whos):
        words = w.split()
        for k in range(2, len(words) - 1):
            tail = " ".join(words[-k:])
            if sum(1 for x in set(whos) if x.endswith(" " + tail)) >= 2 and len(tail) > len(best):
                best = tail
    return best


def run_in_labels(s: Scan, labels: dict[int, Label], skip: frozenset[int] = frozenset()) -> bool:
    """Add a label for every paragraph opening with a run-in header the layout confirms (see the
    module); whether any was added. Paragraphs that already carry a label keep it, and so do those
    in ``skip`` (a name line's affiliation under it: ``Goldman Sachs Group - Analyst``); a header
    alone on its line counts only where at least ``MIN_RUN_IN`` headers run into speech."""
    heads = {i: h for i, h in _heads(s).items() if i not in labels and i not in skip and i - 1 not in labels}
    if sum(1 for i, (_, _, body) in heads.items() if body < len(s.texts[i].rstrip())) < MIN_RUN_IN:
        return False
    counts: dict[str, int] = {}
    for who, _, _ in heads.values():
        counts[who] = counts.get(who, 0) + 1
    org = _shared_org([who for who, _, _ in heads.values()])
    full = "\n".join(s.texts)
    added = False
    for i, (who, title, body) in heads.items():
        header = s.texts[i][:body].strip()
        listed = counts[who] < 2 and full.count(header.rstrip(" :：")) >= 2  # also in a participants list
        if counts[who] < 2 and not listed:
            continue
        words = who.split()
        if org and who.endswith(" " + org):
            name, firm = who[: -len(org)].strip(), org
        else:
            name, firm = " ".join(words[:NAME_WORDS]), " ".join(words[NAME_WORDS:])
        if not firm:
            continue
        side: Side = "analyst" if OUTSIDE_RE.search(title) or is_analyst_title(title) else "company"
        inline = body < len(s.texts[i].rstrip())
        read = READ_QUESTION_RE.match(s.simp[i][body:]) if side == "company" and inline else None
        if read is not None:  # "… – Senior IR Manager Question 2: …": IR reads out a question sent in
            labels[i] = Label("question", header, "", "strong", True, body + read.end())
        else:
            labels[i] = Label(
                None, name, name_key(name), "strong", inline, body if inline else 0, title=title, firm=firm, side=side
            )
        added = True
    return added
