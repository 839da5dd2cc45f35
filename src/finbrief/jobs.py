"""What finbrief can produce from one file, in which formats: the table the CLI and batch share.

Each job turns a structured ``Document`` into text in one format. Later stages add jobs here
(facts, brief, minutes, highlights) and every front end picks them up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from finbrief.model import Document
from finbrief.options import Options

Renderer = Callable[[Document, Options], str]

EXTENSIONS = {"json": ".json", "md": ".md", "html": ".html", "csv": ".csv", "txt": ".txt"}


def _parse_json(doc: Document, options: Options) -> str:
    from finbrief.facts import identify
    from finbrief.render.document import to_json

    return to_json(doc, identify(doc))


def _parse_md(doc: Document, options: Options) -> str:
    from finbrief.render.document import to_markdown

    return to_markdown(doc)


def _facts(fmt: str) -> Renderer:
    """Facts in ``fmt``: the JSON contract, CSV, or an English Markdown table."""

    def render_facts(doc: Document, options: Options) -> str:
        from finbrief import facts
        from finbrief.render import facts as r

        found = facts.run(doc, options)
        if fmt == "md":
            return r.to_markdown(found, doc)
        return r.to_csv(found) if fmt == "csv" else r.to_json(found)

    return render_facts


def _summary(kind: str, fmt: str) -> Renderer:
    """A brief or minutes renderer: summarize (verified), then render in ``fmt``."""

    def render_summary(doc: Document, options: Options) -> str:
        from importlib import import_module

        from finbrief import summarize
        from finbrief.render import html
        from finbrief.summarize.text import output_lang

        lang = output_lang(options.lang, doc)
        result = getattr(summarize, kind)(doc, options)
        if fmt == "html":
            return getattr(html, f"{kind}_html")(result, doc, lang)
        r = import_module(f"finbrief.render.{kind}")
        return r.to_json(result, doc, lang) if fmt == "json" else r.to_markdown(result, doc, lang)

    return render_summary


def _highlights(fmt: str) -> Renderer:
    """Highlights only (verified): ``txt`` is one statement a line."""

    def render_highlights(doc: Document, options: Options) -> str:
        from finbrief import summarize
        from finbrief.render import brief as r
        from finbrief.summarize.text import output_lang

        lang = output_lang(options.lang, doc)
        statements, warnings = summarize.highlights(doc, options)
        if fmt == "txt":
            return r.highlights_txt(statements)
        if fmt == "json":
            return r.highlights_json(statements, warnings, doc, lang)
        return r.highlights_md(statements, doc, lang)

    return render_highlights


JOBS: dict[str, dict[str, Renderer]] = {
    "parse": {"json": _parse_json, "md": _parse_md},
    "facts": {f: _facts(f) for f in ("json", "csv", "md")},
    "brief": {f: _summary("brief", f) for f in ("json", "md", "html")},
    "minutes": {f: _summary("minutes", f) for f in ("json", "md", "html")},
    "highlights": {f: _highlights(f) for f in ("txt", "json", "md")},
}


@dataclass(frozen=True)
class JobSpec:
    what: str
    format: str

    def __post_init__(self) -> None:
        if self.what not in JOBS:
            raise ValueError(f"unknown job '{self.what}' (choose from {', '.join(JOBS)})")
        if self.format not in JOBS[self.what]:
            raise ValueError(
                f"'{self.what}' has no '{self.format}' format (choose from {', '.join(JOBS[self.what])})"
            )

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def render(spec: JobSpec, doc: Document, options: Options) -> str:
    return JOBS[spec.what][spec.format](doc, options)


def run_file(path: str | os.PathLike[str], spec: JobSpec, options: Options) -> str:
    """Read, structure and render one file; raises ``FinbriefError`` for bad input."""
    from finbrief.api import parse

    return render(spec, parse(path, options), options)
