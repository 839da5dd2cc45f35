"""Render a parsed document: the ``finbrief parse`` JSON contract and a Markdown reading view."""

from __future__ import annotations

import re
from typing import Any

from finbrief.model import Document, FactSheet, Speaker
from finbrief.render.json_text import Table, dumps
from finbrief.text.display import title_text

_ENTITY_RE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")

_SECTION_TITLES = {
    None: "Text",
    "intro": "Introduction",
    "prepared": "Prepared remarks",
    "qa": "Questions and answers",
    "closing": "Closing",
}


_PARAGRAPH_KEYS = ("n", "text", "speaker", "section", "role")


def to_dict(doc: Document, identity: FactSheet | None = None) -> dict[str, Any]:
    """The stable JSON contract of DESIGN.md, plus a few extra fields; ``identity`` (the facts
    stage's company, ticker, fiscal calendar, period and date) when given."""
    paragraphs = [
        {"n": p.n, "text": p.text, "speaker": p.speaker, "section": p.section, "role": p.role} for p in doc.paragraphs
    ]
    return _contract(doc, identity, paragraphs)


def _contract(doc: Document, identity: FactSheet | None, paragraphs: Any) -> dict[str, Any]:
    """``to_dict`` with its paragraphs given (a list of dicts, or the same as a ``Table``)."""
    out: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "language": doc.language,
        "kind": doc.kind,
        "source": doc.source,
        "media_type": doc.media_type,
        "meta": dict(doc.meta),
        "paragraphs": paragraphs,
        "speakers": [_speaker(s) for s in doc.speakers],
        "qa": [
            {
                "asker": q.asker,
                "firm": q.firm,
                "question": list(q.question),
                "answers": [{"speaker": a.speaker, "paragraphs": list(a.paragraphs)} for a in q.answers],
            }
            for q in doc.qa
        ],
        "warnings": list(doc.warnings),
    }
    if identity is not None:
        from finbrief.facts import identity_json

        out["identity"] = identity_json(identity)
    return out


def _speaker(s: Speaker) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "aliases": list(s.aliases),
        "role": s.role,
        "affiliation": s.affiliation,
        "side": s.side,
    }


def to_json(doc: Document, identity: FactSheet | None = None) -> str:
    """``to_dict`` as JSON text; the paragraphs are written column by column, without a dict each."""
    ps = doc.paragraphs
    table = Table(
        _PARAGRAPH_KEYS,
        (
            [p.n for p in ps],
            [p.text for p in ps],
            [p.speaker for p in ps],
            [p.section for p in ps],
            [p.role for p in ps],
        ),
    )
    return dumps(_contract(doc, identity, table)) + "\n"


def _label(doc: Document, speaker_id: str | None) -> str:
    if speaker_id is None:
        return "Unknown"
    s = doc.speakers_by_id.get(speaker_id)
    return s.name if s else speaker_id


def _md_escape(text: str) -> str:
    """Keep source text from being read as Markdown structure (headings, lists, tables) or as raw
    HTML (a page's ``<script>`` or ``<img onerror>`` shown as text, never run by a viewer)."""
    out = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")
    out = _ENTITY_RE.sub(r"\\&", out)
    if out[:1] in ("#", ">", "-", "+", "*"):
        out = "\\" + out
    return out.replace("\n", "  \n")


def to_markdown(doc: Document) -> str:
    """A person's reading view: speakers, sections with numbered paragraphs, the Q&A list."""
    lines: list[str] = [f"# {_md_escape(title_text(doc.display_title))}", ""]
    lines += [
        f"- **Kind:** {doc.kind}",
        f"- **Language:** {doc.language}",
        f"- **Paragraphs:** {len(doc.paragraphs)}",
    ]
    lines += [f"- **{k.capitalize()}:** {_md_escape(v)}" for k, v in doc.meta]
    lines += [f"- **Warning:** {_md_escape(w)}" for w in doc.warnings]
    lines.append("")
    if doc.speakers:
        lines += [
            "## Speakers",
            "",
            "| Name | Side | Role | Affiliation | Also known as |",
            "|---|---|---|---|---|",
        ]
        for s in doc.speakers:
            lines.append(
                f"| {_md_escape(s.name)} | {s.side} | {_md_escape(s.role or '')} | "
                f"{_md_escape(s.affiliation or '')} | {_md_escape(', '.join(s.aliases))} |"
            )
        lines.append("")
    if doc.qa:
        lines += ["## Q&A", ""]
        for i, q in enumerate(doc.qa, 1):
            asker = _label(doc, q.asker) if q.asker else "Anonymous"
            if q.firm:
                asker = f"{asker} ({q.firm})"
            answerers = ", ".join(dict.fromkeys(_label(doc, a.speaker) for a in q.answers)) or "no answer"
            cites = "".join(f"[{n}]" for n in q.question)
            lines.append(f"{i}. **{_md_escape(asker)}** {cites} → {_md_escape(answerers)}")
        lines.append("")
    current: object = object()
    last_speaker: str | None = None
    for p in doc.paragraphs:
        if p.section != current:
            current = p.section
            last_speaker = None
            lines += [f"## {_SECTION_TITLES.get(p.section, str(p.section))}", ""]
        if p.role == "speaker_label":
            continue
        prefix = ""
        if p.speaker and p.speaker != last_speaker:
            prefix = f"**{_md_escape(_label(doc, p.speaker))}:** "
        last_speaker = p.speaker if p.speaker else last_speaker
        text = p.body if p.speaker and p.body_start else p.text
        if p.role == "heading":
            lines += [f"### {_md_escape(text)} [{p.n}]", ""]
        else:
            lines += [f"[{p.n}] {prefix}{_md_escape(text)}", ""]
    return "\n".join(lines).rstrip() + "\n"
