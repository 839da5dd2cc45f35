"""What the model is told: one system prompt, and one JSON payload per task.

The payload carries the numbered paragraphs (their numbers are the citation ids), the facts the
facts stage extracted from them (canonical subject and metric, value in base units, unit), and the
names a reader of the output language knows people and products by. ``PROMPT_VERSION`` is part of
every cache key: change it whenever a prompt changes what a model would answer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from finbrief.model import Fact

PROMPT_VERSION = "finbrief-llm-1"

LANGUAGES = {
    "en": "English",
    "zh-Hans": "Simplified Chinese (简体中文)",
    "zh-Hant": "Traditional Chinese (繁體中文)",
}

_LANG_RULE = {
    "en": (
        'Write every "text" and "title" in English only: no Chinese characters. Write people, companies and '
        'products with the names given in "names"; a name not listed there in pinyin or its usual English form.'
    ),
    "zh-Hans": 'Write every "text" and "title" in Simplified Chinese. Write people and products with the names given in "names".',
    "zh-Hant": 'Write every "text" and "title" in Traditional Chinese. Write people and products with the names given in "names".',
}

SYSTEM = """You write briefs and minutes of company earnings calls and financial news for investment analysts.
Answer with one JSON object only, exactly in the shape the task asks for, and nothing else.
Rules:
1. {lang_rule}
2. Use only the paragraphs and notes you are given. Never add a figure, name or claim they do not contain.
3. Cite: "citations" lists the numbers n of the paragraphs a statement rests on.
4. Every figure in a statement must be in a cited paragraph. Keep the source currency: 元 or 人民币 is RMB, 港元 is HK$, 美元 is US$; never write "$" for 元. 亿 is 100 million (3800亿元 = RMB 380 billion), 万 is 10 thousand.
5. "figures" lists every figure the statement states: "value" in base units (RMB 380 billion -> 380000000000; 31% -> 31), "unit" (CNY, USD, HKD, %, pp, bps, count, x), and "subject" and "metric" copied from the fact it comes from (see "facts").
6. "quote" is the one source sentence, copied exactly in its original language, that the statement rests on.
7. State what the source says: results, guidance (with its period), plans, reasons, risks. No opinions of your own."""


def system(lang: str) -> str:
    return SYSTEM.format(lang_rule=_LANG_RULE[lang])


def fact_json(f: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "paragraph": f.paragraph,
        "subject": f.subject,
        "metric": f.metric,
        "value": f.value,
        "unit": f.unit,
    }
    if f.value_high is not None:
        out["value_high"] = f.value_high
    for name in ("change", "period", "qualifier", "basis", "per"):
        v = getattr(f, name)
        if v:
            out[name] = v
    out["as_written"] = f.raw or f.evidence
    return out


def _messages(lang: str, payload: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": system(lang)},
        {"role": "user", "content": json.dumps(payload, ensure_ascii=False, indent=None)},
    ]


SECTION_TASK = (
    'Notes on these paragraphs for an analyst. Answer {"title": a title of at most 8 words, "points": 2 to 6 '
    'statements}. Each point: {"text", "citations", "quote", "figures"}. Figures and guidance first, then '
    "strategy, reasons and risks; one idea per point; every paragraph with substance covered."
)
QA_TASK = (
    'One analyst question and the company\'s answer. Answer {"title": the topic in at most 8 words, '
    '"question": what was asked (every sub-question), "answer": the substance of the answer to each '
    'sub-question, guidance and figures first, in 1 to 4 sentences, "points": 0 to 3 key facts of the answer}. '
    '"question", "answer" and each point: {"text", "citations", "quote", "figures"}; the question cites '
    "the question's paragraphs, the answer the answer's."
)
BRIEF_TASK = (
    'The brief of the whole document, from the notes. Answer {"core_viewpoint": 1 to 3 statements (the main '
    'message), "groups": 3 to 5 themes, each {"title": at most 6 words, "points": 2 to 4 statements}}. '
    'Each statement: {"text", "sources": ids of the notes it rests on, "figures"}. Do not repeat a point '
    "across groups."
)
HIGHLIGHTS_TASK = (
    "The key figures of the whole document, from the notes: the most important first (results and their growth, "
    'margins, guidance, investment, shareholder returns). Answer {"points": 5 to 8 statements, one figure or one '
    'result with its growth each}. Each statement: {"text", "sources": ids of the notes it rests on, '
    '"figures"}.'
)
SUMMARY_TASK = (
    'The summary of the whole call or article, from the notes. Answer {"points": 3 to 6 statements}: results and '
    'guidance first, then strategy and what analysts asked about. Each statement: {"text", "sources": ids of '
    'the notes it rests on, "figures"}.'
)
CONDENSE_TASK = (
    "Merge these notes into at most {k} statements, keeping every figure, guidance and distinct idea. Answer "
    '{{"points": [...]}}; each statement: {{"text", "sources": ids of the notes it rests on, "figures"}}.'
)
REPAIR_TASK = (
    "These statements failed verification against the source, for the reasons given. For each, write a corrected "
    'statement that the cited paragraphs support, with the same "index", or leave it out if they cannot support '
    'it. Answer {"statements": [{"index", "text", "citations", "quote", "figures"}]}.'
)
REPAIR_DERIVED_TASK = (
    "These statements failed verification against the source notes' paragraphs, for the reasons given. For each, "
    'write a corrected statement with the same "index", or leave it out. Answer {"statements": [{"index", '
    '"text", "sources", "figures"}]}.'
)
RETRY_NOTE = "Your previous answer could not be used: {reason}. Answer again with the JSON object only."


def notes_messages(
    lang: str,
    context: dict[str, Any],
    qa: bool,
    paragraphs: Sequence[dict[str, Any]],
    facts: Sequence[Fact],
    names: dict[str, str],
) -> list[dict[str, str]]:
    payload = {
        "task": QA_TASK if qa else SECTION_TASK,
        "language": LANGUAGES[lang],
        "document": context,
        "names": names,
        "paragraphs": list(paragraphs),
        "facts": [fact_json(f) for f in facts],
    }
    return _messages(lang, payload)


def reduce_messages(
    lang: str, task: str, context: dict[str, Any], notes: Sequence[dict[str, Any]], names: dict[str, str]
) -> list[dict[str, str]]:
    payload = {
        "task": task,
        "language": LANGUAGES[lang],
        "document": context,
        "names": names,
        "notes": list(notes),
    }
    return _messages(lang, payload)


def repair_messages(
    lang: str,
    derived: bool,
    failed: Sequence[dict[str, Any]],
    paragraphs: Sequence[dict[str, Any]],
    facts: Sequence[Fact],
    names: dict[str, str],
    notes: Sequence[dict[str, Any]] = (),
) -> list[dict[str, str]]:
    """Failed statements with their reasons, and what they rest on: paragraphs, facts (and notes)."""
    payload: dict[str, Any] = {
        "task": REPAIR_DERIVED_TASK if derived else REPAIR_TASK,
        "language": LANGUAGES[lang],
        "names": names,
        "failed": list(failed),
        "paragraphs": list(paragraphs),
        "facts": [fact_json(f) for f in facts],
    }
    if notes:
        payload["notes"] = list(notes)
    return _messages(lang, payload)


def retry_messages(messages: list[dict[str, str]], answer: str, reason: str) -> list[dict[str, str]]:
    """The same request once more, after an answer that could not be read."""
    return [
        *messages,
        {"role": "assistant", "content": answer[:2000]},
        {"role": "user", "content": RETRY_NOTE.format(reason=reason)},
    ]
