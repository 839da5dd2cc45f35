"""What the ``finbrief`` commands and the ``finbrief library`` commands share (nothing heavy is imported)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from finbrief.errors import one_line

if TYPE_CHECKING:
    from rich.console import Console

FileTimeoutOpt = Annotated[
    float,
    typer.Option(
        "--file-timeout",
        help="Fail a file that takes longer than this many seconds and go on with the rest (0: no limit).",
        min=0,
    ),
]


def print_failure(console: Console, source: str | os.PathLike[str], error: str) -> None:
    """``failed FILE: reason`` on one line: never wrapped (logs and pipes get whole lines), no markup
    read from a file name or a message."""
    from rich.text import Text

    line = Text.assemble(("failed", "red"), " ", one_line(f"{os.fspath(source)}: {error}"))
    console.print(line, soft_wrap=True, highlight=False)


def print_status(console: Console, text: str) -> None:
    """A status line on stderr (counts, where outputs went): one line, never wrapped, no markup."""
    console.print(one_line(text), soft_wrap=True, highlight=False, markup=False)
