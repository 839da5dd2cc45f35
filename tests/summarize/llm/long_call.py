"""A three-hour call (about 40,000 words) built from the bundled fictional NovaSky call.

The prepared remarks are given six times (as a long investor day would have them, one block per
business), and the question-and-answer session has eighty questions from eighty analysts, each
answered by two of the call's answers in turn. Only the project's own sample text is used.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SAMPLE = Path(__file__).parents[3] / "samples" / "en" / "novasky_2026q2_call.txt"
FIRST = ("Kevin", "Sarah", "Tom", "Jenny", "Daniel", "Amy", "Brian", "Cathy", "David", "Emma")
LAST = ("Zhang", "Lee", "Hu", "Ma", "Wu", "Chen", "Liu", "Xu", "Sun", "Zhao")
FIRMS = ("CICC", "Goldman Sachs", "Morgan Stanley", "UBS", "Citi", "Jefferies", "Nomura", "HSBC")
QUESTIONS = 80
PREPARED_BLOCKS = 6


def _blocks(text: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


@cache
def long_call() -> str:
    """The call's text."""
    blocks = _blocks(SAMPLE.read_text(encoding="utf-8"))
    start_pres = blocks.index("Presentation")
    start_qa = blocks.index("Questions and Answers")
    head, prepared = blocks[: start_pres + 1], blocks[start_pres + 1 : start_qa]
    qa = blocks[start_qa + 1 :]
    # the sample's Q&A as (question turn, answer turns): an analyst label opens a question
    pairs: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(qa):
        if qa[i].endswith("-- Analyst"):
            question = [qa[i], qa[i + 1]]
            j = i + 2
            answers: list[str] = []
            while j < len(qa) and qa[j] != "Operator" and not qa[j].endswith("-- Analyst"):
                answers.append(qa[j])
                j += 1
            pairs.append((question, answers))
            i = j
        else:
            i += 1
    closing_at = max(k for k, b in enumerate(qa) if b == "Operator")
    closing = qa[closing_at:]
    analysts = [(f"{FIRST[k % 10]} {LAST[(k // 10 + k) % 10]}", FIRMS[k % len(FIRMS)]) for k in range(QUESTIONS)]
    roster_at = head.index("Conference Call Participants") + 1
    roster_end = head.index("Presentation")
    head = head[:roster_at] + [f"{n} -- {f} -- Analyst" for n, f in analysts] + head[roster_end:]
    out = list(head)
    for _ in range(PREPARED_BLOCKS):
        out += prepared
    out.append("Questions and Answers")
    for k, (name, firm) in enumerate(analysts):
        question, answers = pairs[k % len(pairs)]
        _, more = pairs[(k + 1) % len(pairs)]
        out += ["Operator", f"Your next question comes from {name} with {firm}. Please go ahead."]
        out += [f"{name} -- {firm} -- Analyst", question[1]]
        out += answers + more
    out += closing
    return "\n\n".join(out) + "\n"


def words(text: str) -> int:
    return len(text.split())
