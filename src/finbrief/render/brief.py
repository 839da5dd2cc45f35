"""Render a brief: the ``finbrief brief`` JSON contract, Markdown, and highlights as plain text."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from finbrief.model import Brief, Document, FactSheet, Figure, RunInfo, Statement
from finbrief.text.display import title_text

NOTE = {
    "en": "Figures, titles and commitments are written in English from the source; narrative points in "
    "quotation marks are quoted in the source's language ({langs}).",
    "zh-Hans": "数字、标题与承诺以输出语言写出；加引号的叙述性要点引自原文（{langs}）。",
    "zh-Hant": "數字、標題與承諾以輸出語言寫出；加引號的敘述性要點引自原文（{langs}）。",
}
# How a statement quoted in another language than the output's is marked.
QUOTE_MARKS = {"en": ("“", "”"), "zh-Hans": ("「", "」"), "zh-Hant": ("「", "」")}
HEADINGS = {
    "en": {
        "brief": "Brief",
        "core": "Core viewpoint",
        "highlights": "Highlights",
        "warnings": "Dropped by verification",
    },
    "zh-Hans": {
        "brief": "简报",
        "core": "核心观点",
        "highlights": "关键数据",
        "warnings": "未通过核验而删除",
    },
    "zh-Hant": {
        "brief": "簡報",
        "core": "核心觀點",
        "highlights": "關鍵數據",
        "warnings": "未通過核驗而刪除",
    },
}


def statement_dict(s: Statement, written: bool = False) -> dict[str, Any]:
    """The statement contract: text, citations (paragraph numbers) and the language of the text;
    for a statement written rather than quoted, also its source-language quote and the figures it
    asserts, each checked against a fact of the cited paragraphs (always present for a model's
    statements, ``written``)."""
    out: dict[str, Any] = {"text": s.text, "citations": list(s.citations), "lang": s.lang}
    if written or s.quote is not None:
        out["quote"] = s.quote
    if written or s.figures is not None:
        out["figures"] = [figure_dict(f) for f in s.figures or ()]
    return out


def figure_dict(f: Figure) -> dict[str, Any]:
    out: dict[str, Any] = {"value": f.value, "unit": f.unit, "subject": f.subject, "metric": f.metric}
    if f.value_high is not None:
        out["value_high"] = f.value_high
    return out


def meta_dict(meta: RunInfo) -> dict[str, Any]:
    """How the output was written: backend, model, requests, tokens, seconds (JSON ``meta``)."""
    return dataclasses.asdict(meta)


# The quarter a document reports on, as its heading shows it; a fiscal calendar that is not the
# calendar year shows the fiscal quarter first (Alibaba's September quarter is its fiscal Q2).
PERIOD_LABELS = {
    "en": ("Q{q} {y}", "fiscal Q{fq} {fy} (calendar Q{q} {y})"),
    "zh-Hans": ("{y}年第{qz}季度", "{fy}财年第{fqz}季度（自然季度{y}年第{qz}季度）"),
    "zh-Hant": ("{y}年第{qz}季度", "{fy}財年第{fqz}季度（自然季度{y}年第{qz}季度）"),
}
_ZH_QUARTERS = "一二三四"


def period_label(sheet: FactSheet, lang: str) -> str | None:
    """The reported quarter in the output language; another period string as it is."""
    from finbrief.facts.periods import calendar_to_fiscal, parse_quarter

    if sheet.period is None:
        return None
    index = parse_quarter(sheet.period)
    if index is None:
        return sheet.period
    calendar, fiscal = PERIOD_LABELS.get(lang, PERIOD_LABELS["en"])
    y, q = divmod(index, 4)
    fy, fq = calendar_to_fiscal(index, sheet.fiscal_year_end_month)
    template = calendar if sheet.fiscal_year_end_month == 12 else fiscal
    return template.format(
        y=y, q=q + 1, qz=_ZH_QUARTERS[q], fy=fy, fq=fq, fqz=_ZH_QUARTERS[fq - 1]
    )


def identity_line(sheet: FactSheet | None, lang: str) -> str | None:
    """Company, quarter and date as the facts stage decided them, shown under an output's title so
    that a wrong company or quarter is seen before any statement is read."""
    if sheet is None:
        return None
    parts: list[str] = []
    # A company known by its ticker alone is shown by the name the document gives it.
    name = sheet.names[0] if sheet.names and sheet.company == sheet.ticker else sheet.company
    if name:
        ticker = sheet.ticker if sheet.ticker and sheet.ticker not in name else None
        left, right = ("（", "）") if lang.startswith("zh") else (" (", ")")
        parts.append(f"{name}{left}{ticker}{right}" if ticker else name)
    label = period_label(sheet, lang)
    if label:
        parts.append(label)
    if sheet.date:
        parts.append(sheet.date)
    return " · ".join(title_text(p) for p in parts) or None


def identity_dict(sheet: FactSheet | None) -> dict[str, Any]:
    """``{"identity": ...}`` as ``finbrief parse --format json`` gives it, or nothing without a sheet."""
    if sheet is None:
        return {}
    from finbrief.facts import identity_json

    return {"identity": identity_json(sheet)}


def document_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "language": doc.language,
        "kind": doc.kind,
    }


def to_dict(brief: Brief, doc: Document, lang: str, identity: FactSheet | None = None) -> dict[str, Any]:
    w = brief.meta is not None
    out = {
        "document": document_dict(doc),
        **identity_dict(identity),
        "lang": lang,
        "core_viewpoint": [statement_dict(s, w) for s in brief.core_viewpoint],
        "groups": [
            {"title": g.title, "theme": g.theme, "points": [statement_dict(s, w) for s in g.points]}
            for g in brief.groups
        ],
        "highlights": [statement_dict(s, w) for s in brief.highlights],
        "warnings": list(brief.warnings),
    }
    if brief.meta is not None:
        out["meta"] = meta_dict(brief.meta)
    return out


def to_json(brief: Brief, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    return json.dumps(to_dict(brief, doc, lang, identity), ensure_ascii=False, indent=2) + "\n"


def cites(s: Statement) -> str:
    return "".join(f"[{c}]" for c in s.citations)


def md_escape(text: str) -> str:
    """Keep source text from being read as Markdown structure or links."""
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def quoted(s: Statement, lang: str | None) -> bool:
    """A statement quoted in another language than the output's (marked as a quote when shown)."""
    return lang is not None and s.lang is not None and s.lang != lang


def md_statement(s: Statement, lang: str | None = None) -> str:
    """A statement and its citations; one quoted in another language in quotation marks, its
    language after it."""
    text = md_escape(s.text)
    if quoted(s, lang):
        assert lang is not None and s.lang is not None
        left, right = QUOTE_MARKS.get(lang, QUOTE_MARKS["en"])
        text = f"{left}{text}{right} _({s.lang})_"
    return f"{text} {cites(s)}".rstrip()


def foreign_langs(statements: Sequence[Statement], lang: str) -> list[str]:
    """Languages of quoted statements that differ from the output language, in first-seen order."""
    return list(dict.fromkeys(s.lang for s in statements if s.lang and s.lang != lang))


def note(statements: Sequence[Statement], lang: str) -> str | None:
    langs = foreign_langs(statements, lang)
    if not langs:
        return None
    return NOTE.get(lang, NOTE["en"]).format(langs=", ".join(langs))


def all_statements(brief: Brief) -> list[Statement]:
    return [*brief.core_viewpoint, *(p for g in brief.groups for p in g.points), *brief.highlights]


def md_head(
    heading: str, statements: Sequence[Statement], doc: Document, lang: str, identity: FactSheet | None = None
) -> list[str]:
    """The first lines of a Markdown output: its title, the document's identity and the note on
    untranslated narrative."""
    title = title_text(doc.display_title)
    lines = [f"# {heading}: {md_escape(title)}", ""]
    who = identity_line(identity, lang)
    if who:
        lines += [md_escape(who), ""]
    n = note(statements, lang)
    return [*lines, f"_{n}_", ""] if n else lines


def to_markdown(brief: Brief, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    h = HEADINGS.get(lang, HEADINGS["en"])
    lines = md_head(h["brief"], all_statements(brief), doc, lang, identity)
    if brief.core_viewpoint:
        lines += [f"## {h['core']}", ""] + [f"- {md_statement(s, lang)}" for s in brief.core_viewpoint] + [""]
    for g in brief.groups:
        lines += [f"## {md_escape(g.title)}", ""] + [f"- {md_statement(s, lang)}" for s in g.points] + [""]
    if brief.highlights:
        lines += [f"## {h['highlights']}", ""] + [f"- {md_statement(s, lang)}" for s in brief.highlights] + [""]
    if brief.warnings:
        lines += [f"## {h['warnings']}", ""] + [f"- {md_escape(w)}" for w in brief.warnings] + [""]
    return "\n".join(lines).rstrip() + "\n"


def highlights_txt(statements: Sequence[Statement]) -> str:
    """One statement a line, citations after it."""
    return "".join(f"{' '.join(s.text.split())} {cites(s)}\n" for s in statements)


def highlights_md(
    statements: Sequence[Statement], doc: Document, lang: str, identity: FactSheet | None = None
) -> str:
    h = HEADINGS.get(lang, HEADINGS["en"])
    lines = md_head(h["highlights"], (), doc, lang, identity) + [f"- {md_statement(s)}" for s in statements]
    return "\n".join(lines).rstrip() + "\n"


def highlights_json(
    statements: Sequence[Statement],
    warnings: Sequence[str],
    doc: Document,
    lang: str,
    identity: FactSheet | None = None,
) -> str:
    data = {
        "document": document_dict(doc),
        **identity_dict(identity),
        "lang": lang,
        "highlights": [statement_dict(s) for s in statements],
        "warnings": list(warnings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
