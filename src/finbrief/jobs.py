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
    from finbrief.render.document import to_json

    return to_json(doc)


def _parse_md(doc: Document, options: Options) -> str:
    from finbrief.render.document import to_markdown

    return to_markdown(doc)


JOBS: dict[str, dict[str, Renderer]] = {
    "parse": {"json": _parse_json, "md": _parse_md},
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
