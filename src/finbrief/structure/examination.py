"""A court reporter's examination of a witness: ``BY MR. HALE:`` names who examines from there on, each
``Q.`` line is that attorney's question and each ``A.`` line the witness's answer; the line saying who was
sworn (``ELENA MARSH, having been duly sworn, …``) names the witness, whom ``THE WITNESS:`` labels too.

Looked for only when a paragraph opens with ``BY M`` (or ``BY D``), so other texts pay nothing."""

from __future__ import annotations

import dataclasses
import re

from finbrief.lexicon.people import name_key
from finbrief.structure.labels import Label
from finbrief.structure.scan import Scan

# A capital of a name in capitals, accented ones too ("NÍCOLE", "DÉREK").
_CAP = "A-ZÀ-ÖØ-Þ"
_SURNAME = f"[{_CAP}][{_CAP}'’-]+"
_WORD = f"[{_CAP}][{_CAP}.'’-]+"

# "BY MR. HALE:", "BY MS. VOSS:" alone on a line: who examines the witness from here on.
EXAMINER_RE = re.compile(rf"\s*BY\s+(?P<who>(?:MR|MS|MRS|DR)\.\s+{_SURNAME}(?:\s+{_SURNAME})?):\s*")
# "Q.   …" / "A.   …": the examination's question and answer marks.
MARK_RE = re.compile(r"\s*(?P<mark>[QA])\.\s+(?=\S)")
# "ELENA MARSH, having been duly sworn, was examined and testified as follows:": the witness, in capitals.
SWORN_RE = re.compile(
    rf"\s*(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}),\s+(?:having\s+been|being|after\s+being)\s+(?:first\s+)?(?:duly\s+)?sworn\b"
)
# ... the name on a line of its own ("PETER GALLOWAY,"), the oath on the next.
SWORN_NEXT_RE = re.compile(r"\s*(?:having\s+been|being|after\s+being)\s+(?:first\s+)?(?:duly\s+)?sworn\b")
NAME_LINE_RE = re.compile(rf"\s*(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}),\s*")
# A case caption's party line ("Plaintiff,", "Defendants.", "Respondent."): the caption's names above it, a
# few lines up to it ("HALLOWAY FOODS, INC., et al.,"), are parties, no speakers.
PARTY_RE = re.compile(r"\s*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)\s*[.,]?\s*")
CAPTION_LINES = 6
# "THE WITNESS: …": the witness sworn, speaking outside a question's answer.
WITNESS_RE = re.compile(r"\s*THE\s+WITNESS:\s*(?=\S)")
# The appearances: a side's law firm ("For the Plaintiff:   BRANDT & SOLOWAY LLP"), then its attorneys
# ("BY: JONATHAN HALE, ESQ."), each of whom examines for that firm.
FIRM_LINE_RE = re.compile(r"\s*For\s+(?:the\s+)?[A-Z][\w .,'’&-]{1,60}?:\s{2,}(?P<firm>[A-Z][^\n]{2,80}?)\s*")
COUNSEL_RE = re.compile(rf"\s*BY:\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}),\s+ESQ\.?\s*")


# Each part of a hyphenated or apostrophed name is capitalised ("BRANDT-MOREAU" → "Brandt-Moreau").
_WORD_PART_RE = re.compile(r"[^\W\d_]+")


def _title(caps: str) -> str:
    """A name in capitals as a name is written (``ELENA MARSH`` → ``Elena Marsh``)."""
    return " ".join(_WORD_PART_RE.sub(lambda m: m[0].capitalize(), w) for w in caps.split())


def _counsel(texts: list[str] | tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Surname (folded) -> (attorney's name, law firm) from the appearances."""
    out: dict[str, tuple[str, str]] = {}
    firm: str | None = None
    for text in texts:
        if (f := FIRM_LINE_RE.fullmatch(text)) is not None:
            firm = f["firm"].strip()
        elif (c := COUNSEL_RE.fullmatch(text)) is not None and firm is not None:
            name = _title(c["name"])
            out[name.split()[-1].casefold()] = (name, firm)
    return out


def _examiner(who: str, counsel: dict[str, tuple[str, str]], labels: dict[int, Label]) -> Label:
    """The label for ``MR. HALE`` examining: the attorney the appearances (or another label) name in full."""
    surname = who.split()[-1].casefold()
    if surname in counsel:
        name, firm = counsel[surname]
        return Label(None, name, name_key(name), "strong", True, 0, firm=firm, side="analyst")
    same = next((lab for lab in labels.values() if lab.role is None and lab.key.split()[-1:] == [surname]), None)
    return same or Label(None, who, name_key(who), "strong", True, 0)


def _drop_caption(s: Scan, labels: dict[int, Label]) -> None:
    """No label in a case caption: the lines up to each party line (``Defendants.``) name the parties."""
    start = 0
    for i, text in enumerate(s.texts):
        if PARTY_RE.fullmatch(text) is None:
            continue
        for j in range(max(start, i - CAPTION_LINES), i + 1):
            if labels.get(j) is not None and labels[j].role is None:
                del labels[j]
        start = i + 1


def examination_labels(s: Scan, labels: dict[int, Label]) -> None:
    """The ``Q.`` / ``A.`` lines of an examination labelled as the examining attorney's and the witness's."""
    if not any(t.lstrip()[:4] in ("BY M", "BY D") for t in s.texts):
        return
    counsel = _counsel(s.texts)
    examiner: Label | None = None
    witness: str | None = None
    for i, lab in list(labels.items()):
        if lab.role is None and (c := counsel.get(lab.key.split()[-1] if lab.key else "")) and name_key(c[0]) == lab.key:
            labels[i] = dataclasses.replace(lab, firm=c[1], side="analyst")  # "MR. HALE: …": the attorney, of the firm
    _drop_caption(s, labels)
    for i, text in enumerate(s.texts):
        sworn = SWORN_RE.match(text)
        if sworn is None and i + 1 < s.n and SWORN_NEXT_RE.match(s.texts[i + 1]):
            sworn = NAME_LINE_RE.fullmatch(text)  # "PETER GALLOWAY," over "having been duly sworn, …"
        if sworn is not None:
            witness = _title(sworn["name"])
            labels.pop(i, None)  # (the reporter's note, no one's speech)
            continue
        if (by := EXAMINER_RE.fullmatch(text)) is not None:
            examiner = _examiner(by["who"], counsel, labels)
            labels.pop(i, None)  # (a heading of the examination)
            continue
        here = labels.get(i)
        if here is None and witness is not None and (w := WITNESS_RE.match(text)) is not None:
            labels[i] = Label(None, witness, name_key(witness), "strong", True, w.end())
            continue
        if here is not None or (m := MARK_RE.match(text)) is None:
            continue
        if m["mark"] == "Q" and examiner is not None:
            labels[i] = dataclasses.replace(examiner, inline=True, body_start=m.end())
        elif m["mark"] == "A" and witness is not None:
            labels[i] = Label(None, witness, name_key(witness), "strong", True, m.end())
