"""What the ``finbrief`` commands and the ``finbrief library`` commands share (nothing heavy is imported)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from finbrief.errors import one_line
from finbrief.options import DEFAULT_FILE_TIMEOUT, DEFAULT_LLM_FILE_TIMEOUT, Options

if TYPE_CHECKING:
    from rich.console import Console

FileTimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--file-timeout",
        help="Fail a file that takes longer than this many seconds and go on with the rest "
        f"(0: no limit; default {DEFAULT_FILE_TIMEOUT:g}, {DEFAULT_LLM_FILE_TIMEOUT:g} with --backend llm).",
        min=0,
        show_default=False,
    ),
]
PasswordOpt = Annotated[
    str | None,
    typer.Option(
        "--password",
        envvar="FINBRIEF_PDF_PASSWORD",
        help="Password of an encrypted PDF (or $FINBRIEF_PDF_PASSWORD); most open without one.",
        show_default=False,
    ),
]


def file_timeout_for(value: float | None, options: Options) -> float | None:
    """The per-file limit in seconds (None: none): as given, else the default for the backend."""
    if value is None:
        value = DEFAULT_LLM_FILE_TIMEOUT if options.backend == "llm" else DEFAULT_FILE_TIMEOUT
    return value or None


def print_failure(console: Console, source: str | os.PathLike[str], error: str) -> None:
    """``failed FILE: reason`` on one line: never wrapped (logs and pipes get whole lines), no markup
    read from a file name or a message."""
    from rich.text import Text

    line = Text.assemble(("failed", "red"), " ", one_line(f"{os.fspath(source)}: {error}"))
    console.print(line, soft_wrap=True, highlight=False)


def print_status(console: Console, text: str) -> None:
    """A status line on stderr (counts, where outputs went): one line, never wrapped, no markup."""
    console.print(one_line(text), soft_wrap=True, highlight=False, markup=False)
