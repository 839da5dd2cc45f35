"""The ``finbrief`` command: parse arguments, call one library function, format the result.

Heavy modules are imported inside commands so that ``finbrief --help`` stays instant.
"""

from __future__ import annotations

import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from finbrief.cli_common import FileTimeoutOpt, PasswordOpt, file_timeout_for, print_failure, print_status
from finbrief.cli_llm import DEFAULT_CHOICE, BackendChoice, llm_app, summarizer_options, usage_line
from finbrief.errors import Interrupted
from finbrief.options import DEFAULT_MAX_BYTES

# Every file type the readers take (``finbrief.ingest.detect.EXTENSIONS``; written out here so the
# command line starts without importing the readers).
READABLE = ".txt, .md, .markdown, .html, .htm, .pdf, .docx, .srt, .vtt, .ass, .ssa, .sbv, .json, .csv, .tsv, .xml, .ttml or .dfxp"
FILE_HELP = f"A {READABLE} file; '-' reads stdin."

app = typer.Typer(
    name="finbrief",
    help="Cited, number-verified briefs from earnings calls and financial news (Chinese and English).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class DocFormat(StrEnum):
    json = "json"
    md = "md"


class SummaryFormat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


class Lang(StrEnum):
    en = "en"
    zh_hans = "zh-Hans"
    zh_hant = "zh-Hant"
    source = "source"


MaxBytes = Annotated[
    int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.", min=1)
]


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"finbrief: error: {message}", err=True)
    raise typer.Exit(code)


LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang", help="Language of titles, highlights and names (narrative stays in the source's)."
    ),
]


def _run_one(
    path: str,
    what: str,
    fmt: str,
    max_bytes: int,
    lang: str = "source",
    summarizer: BackendChoice | None = None,
    password: str | None = None,
    all_facts: bool = False,
) -> None:
    """Shared body of the single-file commands: errors become one line on stderr and exit 2."""
    from finbrief.errors import FinbriefError
    from finbrief.jobs import JobSpec, run_file
    from finbrief.options import Options

    choice = summarizer or DEFAULT_CHOICE
    options = Options(
        max_bytes=max_bytes,
        lang=lang,
        backend=choice.backend,
        llm=choice.llm,
        password=password,
        all_facts=all_facts,
    )
    try:
        text = run_file(path, JobSpec(what, fmt), options)
    except FinbriefError as e:
        _fail(str(e))
    except Exception as e:  # a bug must still name the file, not dump a traceback on a user
        _fail(f"{path}: internal error: {type(e).__name__}: {e}", code=70)
    sys.stdout.write(text)
    cost = usage_line()
    if cost:
        typer.echo(cost, err=True)


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help=FILE_HELP)],
    format: Annotated[DocFormat, typer.Option("--format", "-f", help="Output format.")] = DocFormat.md,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    password: PasswordOpt = None,
) -> None:
    """Structure of a document: paragraphs, speakers, sections, Q&A pairs."""
    _run_one(file, "parse", format.value, max_bytes, password=password)


class FactsFormat(StrEnum):
    json = "json"
    csv = "csv"
    md = "md"


@app.command()
def facts(
    file: Annotated[str, typer.Argument(help=FILE_HELP)],
    format: Annotated[FactsFormat, typer.Option("--format", "-f", help="Output format.")] = FactsFormat.md,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    password: PasswordOpt = None,
    all_facts: Annotated[
        bool,
        typer.Option(
            "--all-facts",
            help="Also print the facts whose metric, period or subject had to be guessed between rivals"
            " the sentence names (withheld by default).",
        ),
    ] = False,
) -> None:
    """Every figure as a typed fact: subject, metric, value, unit, change, period, evidence."""
    _run_one(file, "facts", format.value, max_bytes, password=password, all_facts=all_facts)


def _summary_command(what: str, help_text: str) -> None:
    """Register ``brief`` or ``minutes``: the same options, a different job."""

    @summarizer_options
    def command(
        file: Annotated[str, typer.Argument(help=FILE_HELP)],
        format: Annotated[
            SummaryFormat, typer.Option("--format", "-f", help="Output format.")
        ] = SummaryFormat.md,
        lang: LangOption = Lang.source,
        max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
        summarizer: BackendChoice = DEFAULT_CHOICE,
        password: PasswordOpt = None,
    ) -> None:
        _run_one(file, what, format.value, max_bytes, lang.value, summarizer, password)

    app.command(name=what, help=help_text)(command)


_summary_command(
    "brief", "Brief: core viewpoint, themed groups and highlights, every statement cited and number-checked."
)
_summary_command(
    "minutes", "Minutes: summary, chapters and every Q&A pair, every statement cited and number-checked."
)


@app.command()
@summarizer_options
def batch(
    directory: Annotated[Path, typer.Argument(help=f"Folder of input files (searched recursively): {READABLE}.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the outputs (same stems).")],
    what: Annotated[str, typer.Option("--what", help="Which job to run on each file.")] = "parse",
    format: Annotated[str, typer.Option("--format", "-f", help="Output format.")] = "json",
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: cores).")
    ] = None,
    lang: LangOption = Lang.source,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    summarizer: BackendChoice = DEFAULT_CHOICE,
    file_timeout: FileTimeoutOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Run one job over every file in a folder; bad files (and files past --file-timeout) are reported and skipped."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from finbrief import batch as batch_mod
    from finbrief.jobs import JobSpec
    from finbrief.options import Options

    if not directory.exists():
        _fail(f"{directory}: no such file or directory")
    try:
        spec = JobSpec(what, format)
    except ValueError as e:
        _fail(str(e))
    err = Console(stderr=True)
    inputs = batch_mod.find_inputs(directory)
    written = 0
    try:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as progress:
            task = progress.add_task(f"{what} → {format}", total=len(inputs))

            def on_item(item: batch_mod.BatchItem) -> None:
                nonlocal written
                progress.advance(task)
                written += item.ok
                if not item.ok:
                    print_failure(progress.console, item.source, str(item.error))

            options = Options(
                max_bytes=max_bytes,
                lang=lang.value,
                backend=summarizer.backend,
                llm=summarizer.llm,
                password=password,
            )
            timeout = file_timeout_for(file_timeout, options)
            report = batch_mod.run(directory, out, spec, options, jobs, on_item, timeout)
    except Interrupted as e:
        e.detail = f"{written} of {len(inputs)} written to {out}; workers stopped, no partial output left"
        raise
    done = len(report.items) - len(report.failed)
    print_status(err, f"{done} written to {out}, {len(report.failed)} failed")
    if summarizer.uses_llm:
        from finbrief.summarize.llm.usage import Totals

        total = Totals()
        for item in report.items:
            if item.usage:
                total.merge(item.usage)
        print_status(err, total.line())
    if report.failed:
        raise typer.Exit(1)


@app.command()
def serve(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="FINBRIEF_DB",
            help="Library file (default: the user data directory).",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback unless a token is set).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0: any free port).", min=0, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="FINBRIEF_TOKEN",
            help="Require this bearer token (API) and sign-in (pages).",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-j", help="Worker processes for the pipeline.", min=1)
    ] = 2,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    max_files: Annotated[int, typer.Option("--max-files", help="Most files in one upload.", min=1)] = 20,
) -> None:
    """Serve the library: a web reader and a JSON API (OpenAPI at /docs)."""
    from pydantic import SecretStr

    from finbrief.errors import FinbriefError
    from finbrief.library import default_path
    from finbrief.web import Settings
    from finbrief.web import serve as run_server

    try:
        settings = Settings(
            db=db or default_path(),
            host=host,
            port=port,
            token=SecretStr(token) if token else None,
            workers=workers,
            max_bytes=max_bytes,
            max_files=max_files,
        )
        run_server(settings)
    except FinbriefError as e:
        _fail(str(e))


def _show_version(value: bool) -> None:
    if value:
        from finbrief import __version__

        typer.echo(f"finbrief {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help="Show the version and exit.", callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    """Cited, number-verified briefs from earnings calls and financial news (Chinese and English)."""


from finbrief.cli_library import library_app  # noqa: E402  (its module imports nothing heavy)

app.add_typer(library_app, name="library")
app.add_typer(llm_app, name="llm")


def _interrupt(signum: int, frame: object) -> None:
    """First SIGINT/SIGTERM: unwind the command (workers stopped, transaction rolled back); later
    ones are ignored so that the clean-up itself is not cut short."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Interrupted(signum)


def main() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)
    try:
        app()
    except Interrupted as e:
        sys.stderr.write(f"finbrief: {e}\n")
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
