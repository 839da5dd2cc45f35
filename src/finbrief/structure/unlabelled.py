"""Calls without speaker labels (machine transcriptions, subtitles): the host names who asks next.

When at least ``MIN_INTROS`` paragraphs introduce an asker ("next question from Doug Harter of
Credit Suisse", "请摩根士丹利的王磊提问"), each introduction opens a pair: the paragraphs after it up to
the first that asks something (at most ``MAX_QUESTION_PARAS``) are the named analyst's question, and
the paragraphs after that, until the host speaks again, are the answer. Answers are not attributed
to anyone (the text does not say who answers), and the document says so in its warnings.
"""

from __future__ import annotations

import dataclasses

from finbrief.lexicon.people import name_key
from finbrief.model import Answer, Document, QAPair, Section, make_paragraph
from finbrief.structure.announce import Announcements
from finbrief.structure.scan import Scan
from finbrief.structure.speakers import Registry

MIN_INTROS = 2
MAX_QUESTION_PARAS = 3
# A host line that is not an introduction: short and moderating ("Next question, please.").
HOST_LINE_CHARS = 120
QUESTION_MARKS = ("?", "？")
WARNING = (
    "no speaker labels: askers are taken from the host's introductions of each question; "
    "answers are not attributed to a person"
)


def _asks(text: str) -> bool:
    return any(m in text for m in QUESTION_MARKS)


def _host_line(s: Scan, i: int, ann: Announcements) -> bool:
    """The host speaking: an introduction, or a short moderating or closing line."""
    if i in ann.intros:
        return True
    t = s.simp[i].strip()
    return len(t) <= HOST_LINE_CHARS and bool(s.v.moderation.search(t) or s.v.closing.search(t))


def structure(s: Scan, ann: Announcements, reg: Registry) -> Document | None:
    """Pairs from the host's introductions, or None when the text has too few of them."""
    intros = sorted(i for i in ann.intros if i not in s.boiler)
    if len(intros) < MIN_INTROS:
        return None
    qa_start = intros[0]
    speaker: list[str | None] = [None] * s.n
    section: list[Section | None] = [None if i in s.boiler else "prepared" for i in range(s.n)]
    order: list[str] = []
    qa: list[QAPair] = []
    num = [p.n for p in s.doc.paragraphs]
    for k, i in enumerate(intros):
        end = intros[k + 1] if k + 1 < len(intros) else s.n
        intro = ann.intros[i]
        rid = reg.resolve(intro.name, name_key(intro.name))
        rec = reg.get(rid)
        rec.set_side("analyst", "announcement")
        rec.set_affiliation(intro.firm, "announcement")
        if rid not in order:
            order.append(rid)
        body = [j for j in range(i + 1, end) if j not in s.boiler]
        question: list[int] = []
        for j in body[:MAX_QUESTION_PARAS]:
            question.append(j)
            if _asks(s.texts[j]):
                break
        else:
            question = body[:1]
        answer: list[int] = []
        for j in body[len(question) :]:
            if _host_line(s, j, ann):
                break
            answer.append(j)
        for j in question:
            speaker[j] = rid
        if question and answer:
            answers = (Answer(None, tuple(num[j] for j in answer)),)
            qa.append(QAPair(rid, tuple(num[j] for j in question), answers, intro.firm))
    for i in range(qa_start, s.n):
        if section[i] is not None:
            section[i] = "qa"
    paras = tuple(
        make_paragraph(p.n, p.text, speaker[i], section[i], "boilerplate" if i in s.boiler else "text")
        for i, p in enumerate(s.doc.paragraphs)
    )
    return dataclasses.replace(
        s.doc,
        paragraphs=paras,
        kind="transcript",
        speakers=reg.speakers(order, s.doc.language),
        qa=tuple(qa),
        warnings=(WARNING,),
    )
