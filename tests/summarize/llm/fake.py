"""A deterministic stand-in for a language model: it composes its answers from the prompt it receives.

From a map request it writes one English (or source-language) statement per fact of the paragraphs,
citing the fact's paragraph, quoting the sentence the fact's text is in and asserting the fact as a
figure; from a reduction it reuses the notes it is given. It follows finbrief's answer shapes, so a
run against it exercises the whole path (planning, map, verification, reduction, rendering) with
answers that should all verify.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tests.summarize.llm.server import Reply, Seen

_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?|[^.!?]+(?:[.!?](?=\s|$))?")
_CURRENCY = {"CNY": "RMB", "USD": "US$", "HKD": "HK$"}


def _sentence(text: str, needle: str) -> str:
    """The sentence of ``text`` that contains ``needle`` (else its first sentence)."""
    for m in _SENTENCE.finditer(text):
        s = m.group(0).strip()
        if needle and needle in s:
            return s
    first = next((m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()), text)
    return first


def _amount(value: float, unit: str) -> str:
    v = abs(value)
    if unit in ("%", "pp", "bps", "x"):
        word = {"%": "%", "pp": " percentage points", "bps": " basis points", "x": " times"}[unit]
        return f"{v:g}{word}"
    for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if v >= scale:
            number = f"{v / scale:.10g} {name}"
            break
    else:
        number = f"{v:.10g}"
    cur = _CURRENCY.get(unit)
    return f"{cur} {number}" if cur else number


def _ascii(text: str, default: str) -> str:
    return text if text.isascii() and text.strip() else default


def fact_statement(fact: dict[str, Any], paragraphs: dict[int, str], lang: str) -> dict[str, Any]:
    text = paragraphs[fact["paragraph"]]
    quote = _sentence(text, fact.get("as_written", ""))
    figure = {"value": fact["value"], "unit": fact["unit"], "subject": fact["subject"], "metric": fact["metric"]}
    if lang != "English":
        return {"text": quote, "citations": [fact["paragraph"]], "quote": quote, "figures": [figure]}
    subject = _ascii(fact["subject"], "The company")
    metric = _ascii(fact["metric"], "figure")
    if fact.get("change"):
        said = f"{subject} {metric} changed by {_amount(fact['value'], fact['unit'])} from a year earlier."
    else:
        said = f"{subject} {metric} was {_amount(fact['value'], fact['unit'])}."
    return {"text": said, "citations": [fact["paragraph"]], "quote": quote, "figures": [figure]}


def _digits_free(fact: dict[str, Any]) -> bool:
    """A fact whose subject and metric carry no digits of their own (they would need checking too)."""
    return not re.search(r"\d", fact["subject"] + fact["metric"])


def notes_answer(payload: dict[str, Any]) -> dict[str, Any]:
    lang = payload["language"]
    paragraphs = {p["n"]: p["text"] for p in payload["paragraphs"]}
    facts = [f for f in payload["facts"] if f.get("basis") is None and _digits_free(f)]
    points = [fact_statement(f, paragraphs, lang) for f in facts[:4]]
    first = payload["paragraphs"][0]
    english = lang == "English"
    if not points:
        q = _sentence(first["text"], "")
        points = [{"text": "The speaker discussed the business." if english else q, "citations": [first["n"]],
                   "quote": q, "figures": []}]
    out: dict[str, Any] = {"title": f"Paragraphs {first['n']} onwards" if english else "要点", "points": points}
    if "analyst question" in payload["task"]:
        last = payload["paragraphs"][1] if len(payload["paragraphs"]) > 1 else first
        q = _sentence(first["text"], "")
        a = _sentence(last["text"], "")
        out["question"] = {"text": "The analyst asked about the outlook." if english else q,
                           "citations": [first["n"]], "quote": q, "figures": []}
        out["answer"] = {"text": "Management answered with its plans." if english else a,
                         "citations": [last["n"]], "quote": a, "figures": []}
        out["title"] = f"Question at paragraph {first['n']}" if english else "问答"
    return out


def _derived(note: dict[str, Any]) -> dict[str, Any]:
    return {"text": note["text"], "sources": [note["id"]], "figures": note.get("figures", [])}


def reduce_answer(payload: dict[str, Any]) -> dict[str, Any]:
    notes = payload["notes"]
    task = payload["task"]
    if task.startswith("Merge these notes"):
        out = []
        for i in range(0, len(notes), 2):
            pair = notes[i : i + 2]
            # a merged statement says what the first says, on the authority of both
            out.append({"text": pair[0]["text"], "sources": [n["id"] for n in pair],
                        "figures": pair[0].get("figures", [])})
        return {"points": out}
    if task.startswith("The brief"):
        with_figures = [n for n in notes if n.get("figures")] or notes
        groups = []
        for g in range(0, min(len(notes), 12), 3):
            groups.append({"title": f"Theme {g // 3 + 1}" if payload["language"] == "English" else f"主题{g // 3 + 1}",
                           "points": [_derived(n) for n in notes[g : g + 3]]})
        return {"core_viewpoint": [_derived(n) for n in with_figures[:2]], "groups": groups}
    if task.startswith("The key figures"):
        return {"points": [_derived(n) for n in notes if n.get("figures")][:6]}
    return {"points": [_derived(n) for n in notes[:5]]}


def answer(payload: dict[str, Any]) -> dict[str, Any]:
    """The fake model's answer to one of finbrief's payloads."""
    task = payload.get("task", "")
    if "failed verification" in task:
        return {"statements": []}
    if "notes" in payload and "paragraphs" not in payload:
        return reduce_answer(payload)
    return notes_answer(payload)


def fake_model(seen: Seen) -> Reply:
    if len(seen.body["messages"]) < 2:  # `finbrief llm check`
        return Reply('{"ok": true}')
    return Reply(json.dumps(answer(seen.payload), ensure_ascii=False))
