"""What finbrief can produce from one file, in which formats: the table the CLI and batch share.

Each job names the stages it needs (``Need``) and a renderer per format that turns the
pipeline's result into text. Every front end runs the same ``finbrief.pipeline`` and picks jobs here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from finbrief.options import Options
from finbrief.pipeline import Processed

Renderer = Callable[[Processed], str]

EXTENSIONS = {"json": ".json", "md": ".md", "html": ".html", "csv": ".csv", "txt": ".txt"}


def _parse_json(result: Processed) -> str:
    from finbrief.render.document import to_json

    return to_json(result.doc, result.identity)


def _parse_md(result: Processed) -> str:
    from finbrief.render.document import to_markdown

    return to_markdown(result.doc)


def _facts(fmt: str) -> Renderer:
    """Facts in ``fmt``: the JSON contract, CSV, or an English Markdown table."""

    def render_facts(result: Processed) -> str:
        from finbrief.render import facts as r

        if fmt == "md":
            return r.to_markdown(result.facts, result.doc)
        return r.to_csv(result.facts) if fmt == "csv" else r.to_json(result.facts)

    return render_facts


def _summary(kind: str, fmt: str) -> Renderer:
    """A brief or minutes renderer: the verified summary in ``fmt``."""

    def render_summary(result: Processed) -> str:
        from importlib import import_module

        from finbrief.render import html

        summary = getattr(result, kind)
        if fmt == "html":
            return str(getattr(html, f"{kind}_html")(summary, result.doc, result.lang, result.identity))
        r = import_module(f"finbrief.render.{kind}")
        if fmt == "json":
            return str(r.to_json(summary, result.doc, result.lang, result.identity))
        return str(r.to_markdown(summary, result.doc, result.lang, result.identity))

    return render_summary


def _highlights(fmt: str) -> Renderer:
    """Highlights only (verified): ``txt`` is one statement a line."""

    def render_highlights(result: Processed) -> str:
        from finbrief.render import brief as r

        assert result.highlights is not None
        statements, warnings = result.highlights
        if fmt == "txt":
            return r.highlights_txt(statements)
        if fmt == "json":
            return r.highlights_json(statements, warnings, result.doc, result.lang, result.identity)
        return r.highlights_md(statements, result.doc, result.lang, result.identity)

    return render_highlights


@dataclass(frozen=True)
class Need:
    """The stages a job needs past structure: facts, and which verified summaries."""

    facts: bool = True
    outputs: tuple[str, ...] = ()


NEEDS: dict[str, Need] = {
    "parse": Need(facts=False),
    "facts": Need(),
    "brief": Need(outputs=("brief",)),
    "minutes": Need(outputs=("minutes",)),
    "highlights": Need(outputs=("highlights",)),
}

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

    @property
    def need(self) -> Need:
        return NEEDS[self.what]


def render(spec: JobSpec, result: Processed) -> str:
    return JOBS[spec.what][spec.format](result)


def run_file(path: str | os.PathLike[str], spec: JobSpec, options: Options) -> str:
    """Run the pipeline on one file as far as the job needs, then render; ``FinbriefError`` for bad input."""
    from finbrief import pipeline

    need = spec.need
    with pipeline.few_collections():  # (until the result is rendered)
        return render(spec, pipeline.run(path, options, facts=need.facts, outputs=need.outputs))
