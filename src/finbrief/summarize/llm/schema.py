"""What the model must answer, and how an answer is read.

Answers are a trust boundary too, but a lenient one at the edges: a reasoning preamble
(``<think>…</think>``), a Markdown fence or a sentence around the JSON is stripped, and extra keys
are ignored (models add them); each statement is then validated on its own, so one bad statement
is repaired or dropped without losing its neighbours.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


class FigureOut(BaseModel):
    """A figure a statement asserts, as the model states it."""

    model_config = ConfigDict(extra="ignore")

    value: float
    unit: str = Field(min_length=1)
    subject: str = ""
    metric: str = ""


class StatementOut(BaseModel):
    """A statement as the model writes it: cited paragraphs (notes) or source notes (reductions)."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1)
    citations: list[int] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    quote: str | None = None
    figures: list[FigureOut] = Field(default_factory=list)
    index: int | None = None

    @field_validator("citations", mode="before")
    @classmethod
    def _citations(cls, v: Any) -> Any:
        """Citations written as "[3]" or "3" are paragraph 3."""
        if isinstance(v, int | str):
            v = [v]
        if isinstance(v, list):
            out = []
            for c in v:
                if isinstance(c, str):
                    out += [int(d) for d in re.findall(r"\d+", c)]
                else:
                    out.append(c)
            return out
        return v

    @field_validator("sources", mode="before")
    @classmethod
    def _sources(cls, v: Any) -> Any:
        if isinstance(v, str | int):
            v = [v]
        return [str(s).strip() for s in v] if isinstance(v, list) else v


def answer_json(content: str) -> Any:
    """The JSON value in a model's answer; a ValueError says why there is none."""
    text = _THINK.sub("", content).strip()
    if re.match(r"<think>", text, re.IGNORECASE):
        raise ValueError("the answer is only an unfinished <think> block")
    text = re.sub(r"^.*</think>", "", text, flags=re.DOTALL | re.IGNORECASE).strip()
    if not text:
        raise ValueError("the answer is empty")
    if "{" not in text:
        raise ValueError("no JSON object in the answer")
    candidates = [text]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    first, last = text.find("{"), text.rfind("}")
    if 0 <= first < last:
        candidates.append(text[first : last + 1])
    error = "no JSON object in the answer"
    for c in candidates:
        try:
            return json.loads(c)
        except json.JSONDecodeError as e:
            error = f"the answer is not valid JSON ({e.msg} at line {e.lineno} column {e.colno})"
    raise ValueError(error)


def statement(obj: Any) -> tuple[StatementOut | None, str | None]:
    """One statement from its JSON, or why it is not one."""
    if isinstance(obj, str):
        obj = {"text": obj}
    try:
        return StatementOut.model_validate(obj), None
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "statement"
        return None, f"malformed statement ({where}: {err['msg']})"


def statements(value: Any) -> list[tuple[StatementOut | None, str | None, Any]]:
    """Each item of a JSON list as (statement, error, raw item); a non-list is no statements."""
    if not isinstance(value, list):
        return []
    return [(*statement(item), item) for item in value]


# JSON Schemas sent as ``response_format`` where the endpoint enforces them (json_schema mode).
_FIGURE = {
    "type": "object",
    "properties": {
        "value": {"type": "number"},
        "unit": {"type": "string"},
        "subject": {"type": "string"},
        "metric": {"type": "string"},
    },
    "required": ["value", "unit", "subject", "metric"],
}
_CITED_PROPS: dict[str, Any] = {
    "text": {"type": "string"},
    "citations": {"type": "array", "items": {"type": "integer"}},
    "quote": {"type": "string"},
    "figures": {"type": "array", "items": _FIGURE},
}
_DERIVED_PROPS: dict[str, Any] = {
    "text": {"type": "string"},
    "sources": {"type": "array", "items": {"type": "string"}},
    "figures": {"type": "array", "items": _FIGURE},
}
_CITED = {"type": "object", "properties": _CITED_PROPS, "required": ["text", "citations", "quote", "figures"]}
_DERIVED = {"type": "object", "properties": _DERIVED_PROPS, "required": ["text", "sources", "figures"]}
NOTES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "points": {"type": "array", "items": _CITED},
        "question": _CITED,
        "answer": _CITED,
    },
    "required": ["title", "points"],
}
BRIEF_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "core_viewpoint": {"type": "array", "items": _DERIVED},
        "groups": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "points": {"type": "array", "items": _DERIVED}},
                "required": ["title", "points"],
            },
        },
    },
    "required": ["core_viewpoint", "groups"],
}
POINTS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"points": {"type": "array", "items": _DERIVED}},
    "required": ["points"],
}
REPAIR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "statements": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"index": {"type": "integer"}, **_CITED_PROPS, **_DERIVED_PROPS},
                "required": ["index", "text"],
            },
        }
    },
    "required": ["statements"],
}
