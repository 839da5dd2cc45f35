"""What an English reader of a Chinese document must get, checked on a brief and minutes:

- every statement verifies (citations, numbers, currency, quote, asserted figures);
- a statement in English has no Chinese in it; one quoted in Chinese is marked with its language;
- every figure is stated in an English sentence: a Chinese quote (a statement's ``quote``, or a
  statement left in Chinese) carries no figure that the English does not state;
- no group, chapter or question is Chinese-only: titles and topics are English, and every Q&A pair
  has English to read (its question or its answer).
"""

from __future__ import annotations

import re

from finbrief.facts.numbers import parse_numbers
from finbrief.model import Brief, Document, Minutes, Statement
from finbrief.verify import check

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _values(text: str) -> set[float]:
    out: set[float] = set()
    for m in parse_numbers(text):
        out.add(round(abs(m.value), 6))
        if m.value_high is not None:
            out.add(round(abs(m.value_high), 6))
    return out


def statements(b: Brief, m: Minutes) -> list[tuple[str, Statement]]:
    out = [("core viewpoint", s) for s in b.core_viewpoint]
    out += [(f"group {g.title!r}", s) for g in b.groups for s in g.points]
    out += [("highlight", s) for s in b.highlights]
    out += [("summary", s) for s in m.summary]
    out += [(f"chapter {c.title!r}", s) for c in m.chapters for s in c.summary]
    out += [(f"question {i}", q.question) for i, q in enumerate(m.qa, 1) if q.question.text]
    out += [(f"answer {i}", q.answer) for i, q in enumerate(m.qa, 1) if q.answer.text]
    return out


def reader_problems(doc: Document, b: Brief, m: Minutes) -> list[str]:
    """What keeps an English-only reader from the document's content (empty when nothing does)."""
    said = statements(b, m)
    english: set[float] = set()
    for _, s in said:
        if s.lang == "en":
            english |= _values(s.text)
    problems = []
    for where, s in said:
        why = check(s, doc)
        if why:
            problems.append(f"{where}: does not verify ({why}): {s.text}")
        if s.lang == "en" and CJK.search(s.text):
            problems.append(f"{where}: Chinese in an English statement: {s.text}")
        if s.lang != "en" and CJK.search(s.text) and s.lang not in ("zh-Hans", "zh-Hant"):
            problems.append(f"{where}: a Chinese quote not marked with its language: {s.text}")
        source = s.quote if s.lang == "en" else s.text
        if source:
            own = _values(s.text) if s.lang == "en" else set()
            missing = _values(source) - own - english
            if missing:
                problems.append(f"{where}: figures {sorted(missing)} only in Chinese: {source}")
    for title in [g.title for g in b.groups] + [c.title for c in m.chapters]:
        if CJK.search(title):
            problems.append(f"title in Chinese: {title}")
    for i, q in enumerate(m.qa, 1):
        if not q.topic or CJK.search(q.topic):
            problems.append(f"question {i}: no English topic ({q.topic!r})")
        if q.question.lang != "en" and q.answer.lang != "en":
            problems.append(f"question {i}: nothing in English: {q.question.text}")
        if any(CJK.search(a) for a in q.answerers) or (q.asker and CJK.search(q.asker)):
            problems.append(f"question {i}: names in Chinese: {q.asker} -> {q.answerers}")
    return problems
