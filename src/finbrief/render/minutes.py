"""Render minutes: the ``finbrief minutes`` JSON contract and Markdown."""

from __future__ import annotations

import json
from typing import Any

from finbrief.model import Document, FactSheet, Minutes, Statement
from finbrief.render.brief import (
    document_dict,
    identity_dict,
    md_escape,
    md_head,
    md_statement,
    meta_dict,
    statement_dict,
)

HEADINGS = {
    "en": {
        "minutes": "Minutes",
        "summary": "Summary",
        "chapters": "Chapters",
        "qa": "Questions and answers",
        "q": "Q",
        "a": "A",
        "paragraphs": "paragraphs",
        "analyst": "Analyst",
        "warnings": "Dropped by verification",
    },
    "zh-Hans": {
        "minutes": "会议纪要",
        "summary": "摘要",
        "chapters": "章节",
        "qa": "问答",
        "q": "问",
        "a": "答",
        "paragraphs": "段落",
        "analyst": "分析师",
        "warnings": "未通过核验而删除",
    },
    "zh-Hant": {
        "minutes": "會議紀要",
        "summary": "摘要",
        "chapters": "章節",
        "qa": "問答",
        "q": "問",
        "a": "答",
        "paragraphs": "段落",
        "analyst": "分析師",
        "warnings": "未通過核驗而刪除",
    },
}


def to_dict(minutes: Minutes, doc: Document, lang: str, identity: FactSheet | None = None) -> dict[str, Any]:
    w = minutes.meta is not None
    out = {
        "document": document_dict(doc),
        **identity_dict(identity),
        "lang": lang,
        "summary": [statement_dict(s, w) for s in minutes.summary],
        "chapters": [
            {
                "title": c.title,
                "summary": [statement_dict(s, w) for s in c.summary],
                "paragraphs": list(c.paragraphs),
            }
            for c in minutes.chapters
        ],
        "qa": [
            {
                "question": statement_dict(q.question, w),
                "answer": statement_dict(q.answer, w),
                "asker": q.asker,
                "answerers": list(q.answerers),
                "topic": q.topic,
            }
            for q in minutes.qa
        ],
        "warnings": list(minutes.warnings),
    }
    if minutes.meta is not None:
        out["meta"] = meta_dict(minutes.meta)
    return out


def to_json(minutes: Minutes, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    return json.dumps(to_dict(minutes, doc, lang, identity), ensure_ascii=False, indent=2) + "\n"


def all_statements(minutes: Minutes) -> list[Statement]:
    return [
        *minutes.summary,
        *(s for c in minutes.chapters for s in c.summary),
        *(s for q in minutes.qa for s in (q.question, q.answer)),
    ]


def span(paragraphs: tuple[int, ...]) -> str:
    """Compact paragraph list: 3-7, 9, 12-13."""
    if not paragraphs:
        return ""
    out: list[str] = []
    start = prev = paragraphs[0]
    for n in (*paragraphs[1:], None):
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"{start}-{prev}" if prev > start else f"{start}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _source(s: Statement) -> list[str]:
    """The source sentences a written question or answer rests on, as a quote under it."""
    return [f"  > {md_escape(s.quote)}"] if s.quote else []


def to_markdown(minutes: Minutes, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    h = HEADINGS.get(lang, HEADINGS["en"])
    lines = md_head(h["minutes"], all_statements(minutes), doc, lang, identity)
    if minutes.summary:
        lines += [f"## {h['summary']}", ""] + [f"- {md_statement(s, lang)}" for s in minutes.summary] + [""]
    if minutes.chapters:
        lines += [f"## {h['chapters']}", ""]
        for i, c in enumerate(minutes.chapters, 1):
            lines += [f"### {i}. {md_escape(c.title)}", "", f"_{h['paragraphs']} {span(c.paragraphs)}_", ""]
            lines += [f"- {md_statement(s, lang)}" for s in c.summary] + [""]
    if minutes.qa:
        lines += [f"## {h['qa']}", ""]
        for i, q in enumerate(minutes.qa, 1):
            asker = md_escape(q.asker or h["analyst"])
            who = md_escape(", ".join(q.answerers))
            topic = f" — {md_escape(q.topic)}" if q.topic else ""
            lines += [f"### {i}. {asker}" + (f" → {who}" if who else "") + topic, ""]
            lines += [f"- **{h['q']}:** {md_statement(q.question, lang)}"]
            lines += _source(q.question)
            if q.answer.text:
                lines += [f"- **{h['a']}:** {md_statement(q.answer, lang)}"]
                lines += _source(q.answer)
            lines.append("")
    if minutes.warnings:
        lines += [f"## {h['warnings']}", ""] + [f"- {md_escape(w)}" for w in minutes.warnings] + [""]
    return "\n".join(lines).rstrip() + "\n"
