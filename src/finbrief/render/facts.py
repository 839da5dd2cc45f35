"""Render facts: the ``finbrief facts`` JSON contract, CSV for a spreadsheet, an English Markdown table."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from finbrief.facts import as_json
from finbrief.facts.numbers import format_amount
from finbrief.model import Document, Fact
from finbrief.render.json_text import dumps

CSV_COLUMNS = (
    "subject",
    "metric",
    "value",
    "value_high",
    "unit",
    "change",
    "period",
    "qualifier",
    "basis",
    "per",
    "paragraph",
    "speaker",
    "evidence",
)
_CHANGE = {"yoy": "YoY", "qoq": "QoQ", "ytd": "YTD", None: ""}
_QUALIFIER = {"approx": "about", "over": "over", "under": "under", None: ""}


def to_json(facts: Sequence[Fact]) -> str:
    return dumps([as_json(f) for f in facts]) + "\n"


def to_csv(facts: Sequence[Fact]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for f in facts:
        row = as_json(f)
        row["value_high"] = f.value_high
        w.writerow({k: "" if row.get(k) is None else row[k] for k in CSV_COLUMNS})
    return buf.getvalue()


def display_value(f: Fact) -> str:
    """The value as an English reader writes it, a range as ``low to high``."""
    text = format_amount(f.value, f.unit, "en", digits=6)
    if f.value_high is not None:
        text += " to " + format_amount(f.value_high, f.unit, "en", digits=6)
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(facts: Sequence[Fact], doc: Document) -> str:
    """An English table: canonical subject and metric, normalised value, and the source words beside it."""
    title = doc.display_title
    lines = [f"# Facts: {_cell(title)}", ""]
    if not facts:
        return "\n".join([*lines, "No figures found."]) + "\n"
    names = {s.id: s.name for s in doc.speakers}
    lines += [
        "| Subject | Metric | Value | Change | Period | Qualifier | Speaker | Source |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in facts:
        speaker = names.get(f.speaker or "", f.speaker or "")
        lines.append(
            f"| {_cell(f.subject)} | {_cell(f.metric)} | {_cell(display_value(f))} | {_CHANGE[f.change]} | "
            f"{f.period or ''} | {_QUALIFIER[f.qualifier]} | {_cell(speaker)} | {_cell(f.evidence)} [{f.paragraph}] |"
        )
    return "\n".join(lines) + "\n"
