"""Answers signed after their text: a Q&A list that prints who replied below each reply
(``答：…`` then ``回复者：禾源股份 财务总监 潘若溪　　回复时间：2025-04-22 15:11``) credits the reply to
that person, not to the anonymous ``答`` mark."""

from __future__ import annotations

import dataclasses
import re

from finbrief.lexicon.people import name_key
from finbrief.structure.labels import Label, is_cjk_name
from finbrief.structure.scan import Scan

# "回复者：禾源股份 董事会秘书 施雨桐　　回复时间：…": the replier's line, the company and title before the
# name, a reply time after it (simplified text).
SIGNED_RE = re.compile(
    r"^\s*(?:回复者|回复人|答复者|答复人|回答者|回答人)\s*[:：]\s*(?P<who>[^\s:：]+(?:[ \u3000][^\s:：]+){0,3}?)"
    r"(?:[ \u3000]{2,}(?:回复|答复|回答)时间\s*[:：].*)?\s*$"
)
# How many paragraphs above its signature a reply may reach.
MAX_REPLY_PARAS = 6


def signed_answers(s: Scan, labels: dict[int, Label]) -> None:
    """Give each anonymous answer mark above a replier's line that replier's name (the line's last
    word, a Chinese name), keeping where its speech starts."""
    for i, simp in enumerate(s.simp):
        m = SIGNED_RE.match(simp)
        if m is None:
            continue
        words = m.group("who").replace("\u3000", " ").split()
        name = words[-1]
        if not is_cjk_name(name, s.v):
            continue
        title = words[-2] if len(words) >= 2 else None
        shown = s.texts[i][m.start("who") : m.end("who")].replace("\u3000", " ").split()[-1] if len(s.texts[i]) == len(simp) else name
        for j in range(i - 1, max(-1, i - 1 - MAX_REPLY_PARAS), -1):
            lab = labels.get(j)
            if lab is None:
                continue
            if lab.role == "answer":
                labels[j] = dataclasses.replace(lab, role=None, who=shown, key=name_key(name), title=title)
            break


# "答：…【嘉宾 总经理 费清 2025-05-14 15:06:02】": an online interview's record stamps each reply at its end
# with the guest's office, name and the time (and each question with the user's name, "【网友 e_hz0917 …】").
STAMP_END_RE = re.compile(
    r"[【\[](?:嘉宾|回复者|回复人|答复者|回答者)\s*[:：]?\s*(?P<who>[^【】\[\]]{2,40}?)\s+"
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[】\]]\s*$"
)


def stamped_answers(s: Scan, labels: dict[int, Label]) -> None:
    """Give an anonymous answer mark whose reply ends on a guest's stamp (``【嘉宾 总经理 费清 <time>】``)
    that guest's name (the stamp's last word, a Chinese name). A stamp a hard wrap cut runs on into the
    reply's next lines: they are read with it."""
    for i, lab in list(labels.items()):
        if lab.role != "answer":
            continue
        end = i + 1
        while end < s.n and end not in labels and end - i <= STAMP_PARAS and s.simp[end - 1].rstrip()[-1:] not in "】]":
            end += 1
        simp, text = _joined(s.simp[i:end]), _joined(s.texts[i:end])
        if simp[-1:] not in "】]":
            continue
        m = STAMP_END_RE.search(simp)
        if m is None:
            continue
        words = m.group("who").replace("\u3000", " ").split()
        name = words[-1]
        if not is_cjk_name(name, s.v):
            continue
        shown = text[m.end("who") - len(name) : m.end("who")] if len(text) == len(simp) else name
        labels[i] = dataclasses.replace(lab, role=None, who=shown, key=name_key(name), title=words[-2] if len(words) >= 2 else None)


# How many paragraphs after an answer mark a cut stamp may run on.
STAMP_PARAS = 2
# A space a wrap left between two digits or a digit and a date's or time's mark ("2025-0 5-14").
_DIGIT_GAP_RE = re.compile(r"(?<=[\d:/.-])\s+(?=[\d:/.-])")


def _joined(parts: list[str]) -> str:
    """Paragraphs run together as one line, the gaps a wrap left inside a date closed."""
    return _DIGIT_GAP_RE.sub("", "".join(p.strip() for p in parts))


# "——景川证券 邹亦凡", "—— 董事长 吕振华": a signature line, a dash and who said the paragraph above.
DASH_SIGNATURE_RE = re.compile(r"^\s*(?:——|—|--|－－)\s*(?=\S)")
# How many signature lines make a document one that signs its paragraphs below them.
MIN_SIGNATURES = 2


def dash_signatures(s: Scan, labels: dict[int, Label]) -> None:
    """Notes that sign each paragraph on the line below it (``——<firm> <name>``) credit the paragraph
    above the signature, not the one after it: the label moves up and speaks from the paragraph's start."""
    signed = [
        i
        for i, simp in enumerate(s.simp)
        if DASH_SIGNATURE_RE.match(simp) and (lab := labels.get(i)) is not None and lab.role is None and not lab.inline
    ]
    if len(signed) < MIN_SIGNATURES or any(i == 0 or (i - 1) in labels or not s.simp[i - 1].strip() for i in signed):
        return
    for i in signed:
        lab = labels.pop(i)
        firm = lab.firm.lstrip("—-－ ") or None if lab.firm else lab.firm
        labels[i - 1] = dataclasses.replace(lab, inline=True, body_start=0, firm=firm)


def named_above(s: Scan, labels: dict[int, Label]) -> None:
    """A turn headed by two lines, the asker's name and then ``<firm> 分析师`` (a firm's asker, unnamed on
    its own line): the name line above names that asker; both lines head the turn."""
    for i in sorted(labels):
        lab = labels[i]
        if lab.role != "question" or not lab.firm or lab.inline or i == 0 or (i - 1) in labels:
            continue
        name = s.simp[i - 1].strip()
        if not is_cjk_name(name, s.v):
            continue
        shown = s.texts[i - 1].strip() if len(s.texts[i - 1].strip()) == len(name) else name
        person = Label(None, shown, name_key(name), "strong", False, 0, title="分析师", firm=lab.firm)
        labels[i - 1] = person
        labels[i] = person
