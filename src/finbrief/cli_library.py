"""``finbrief library …``: add, list, show, remove, search, timeline, conflicts, export, check.

Thin: each command opens the library, calls one function of ``finbrief.library``, and prints a
Rich table (default) or JSON. The library file is ``--db PATH``, else ``$FINBRIEF_DB``, else the
user data directory. Errors are one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from finbrief.cli_common import FileTimeoutOpt, PasswordOpt, file_timeout_for, print_failure, print_status
from finbrief.cli_llm import DEFAULT_CHOICE, BackendChoice, summarizer_options, usage_line
from finbrief.errors import FinbriefError
from finbrief.options import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from finbrief.library import Library, Mode, Prepared
    from finbrief.options import Options

library_app = typer.Typer(
    name="library",
    help="Keep documents, facts and outputs in one SQLite file: search them, follow a metric over time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SHORT_ID = 12
SNIPPET_MARKS = ("\x02", "\x03")
"""Match markers in snippets for the terminal, turned into bold (they never occur in text)."""


class OutFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"


class ChangeKind(StrEnum):
    yoy = "yoy"
    qoq = "qoq"
    ytd = "ytd"
    none = "none"
    any = "any"


DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Library file (default: $FINBRIEF_DB, else the user data directory).",
        show_default=False,
    ),
]
# The group's --db also reads $FINBRIEF_DB; a command's own --db wins over both.
GroupDbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="FINBRIEF_DB",
        help="Library file (default: the user data directory).",
        show_default=False,
    ),
]
FormatOpt = Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")]
CompanyOpt = Annotated[str | None, typer.Option("--company", help="Company name in any script, or ticker.")]
PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", help="Calendar quarter (2025Q2), year (2025) or range (2024Q4..2025Q2)."),
]
SkipCheckOpt = Annotated[
    bool,
    typer.Option(
        "--skip-check",
        help="Do not run SQLite's quick integrity check before writing (saves time on very large libraries).",
    ),
]
SubjectOpt = Annotated[
    str | None, typer.Option("--subject", help="Segment or company (canonical name, alias, or part of it).")
]

_db_from_callback: Path | None = None


@library_app.callback()
def _library(db: GroupDbOpt = None) -> None:
    """Keep documents, facts and outputs in one SQLite file: search them, follow a metric over time."""
    global _db_from_callback
    _db_from_callback = db


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"finbrief: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _open(db: Path | None, mode: Mode = "read", quick_check: bool = True) -> Iterator[Library]:
    """The library for a command, opened in ``mode`` (only ``add`` and ``init`` create one);
    library and input errors become one line on stderr, exit 2."""
    from finbrief.library import Library, default_path

    path = db or _db_from_callback or default_path()
    try:
        lib = Library(path, mode=mode, quick_check=quick_check)
    except FinbriefError as e:
        _fail(str(e))
    try:
        yield lib
    except FinbriefError as e:
        _fail(str(e))
    except sqlite3.Error as e:  # outside the library's own calls: still one line, not a traceback
        _fail(f"{path}: {e}")
    finally:
        lib.close()


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _short(doc_id: object) -> str:
    return str(doc_id)[:SHORT_ID]


def _name(row: dict[str, Any]) -> str:
    """How a document is called in tables: its file name, else its title."""
    return os.path.basename(str(row.get("source") or "")) or str(row.get("title") or "")


_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def fmt_value(value: float, unit: str, value_high: float | None = None, qualifier: str | None = None) -> str:
    """A figure for reading: ``CNY 380 bn``, ``26%``, ``+1.5 pp``, ``120 m``."""

    def one(v: float) -> str:
        if unit in ("%", "pp", "bps", "x"):
            return f"{v:g}%" if unit == "%" else f"{v:g} {unit}"
        for size, suffix in _SCALES:
            if abs(v) >= size:
                return f"{v / size:,.4g} {suffix}"
        return f"{v:,.4g}"

    text = one(float(value))
    if value_high is not None:
        text += "–" + one(float(value_high))
    if unit not in ("%", "pp", "bps", "x", "count"):
        text = f"{unit} {text}"
    prefix = {"approx": "~", "over": ">", "under": "<"}.get(str(qualifier), "")
    return prefix + text


def _sources(sources: list[dict[str, Any]]) -> str:
    return "\n".join(f"{_short(s['doc_id'])[:8]} {_name(s)} ¶{s['paragraph']}" for s in sources)


# ---------------------------------------------------------------------------------------- add


def _prepare_worker(task: tuple[str, Options]) -> Prepared | str:
    """Run the pipeline on one file in a worker process; an error comes back as text."""
    from finbrief.pipeline import prepare

    path, options = task
    try:
        return prepare(path, options)
    except FinbriefError as e:
        return e.message
    except Exception as e:  # a bug on one file must not stop the others
        return f"internal error: {type(e).__name__}: {e}"


def _expand(files: list[Path]) -> list[Path]:
    """Files as given; a folder stands for every visible file below it."""
    from finbrief.batch import find_inputs

    out: list[Path] = []
    for f in files:
        out += find_inputs(f) if f.is_dir() else [f]
    return out


def _more_outputs(lib: Library, doc_id: str, options: Options) -> str | None:
    """Outputs of a stored document by another backend, model or language; an error comes back as text."""
    from finbrief.library.documents import load_document, write_outputs
    from finbrief.pipeline import record, run_document

    try:
        prep = record(run_document(load_document(lib.conn, doc_id), options))
        write_outputs(lib.conn, doc_id, prep.outputs)
    except FinbriefError as e:
        return e.message
    return None


@library_app.command()
@summarizer_options
def add(
    files: Annotated[list[Path], typer.Argument(help="Files (or folders) to add.")],
    db: DbOpt = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: cores).")
    ] = None,
    format: FormatOpt = OutFormat.table,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse larger inputs.", min=1)
    ] = DEFAULT_MAX_BYTES,
    skip_check: SkipCheckOpt = False,
    lang: Annotated[
        str,
        typer.Option(
            "--lang", help="Language of the stored brief and minutes: en, zh-Hans, zh-Hant, source."
        ),
    ] = "source",
    summarizer: BackendChoice = DEFAULT_CHOICE,
    file_timeout: FileTimeoutOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Add documents (parse, facts, outputs; one transaction each). Bad files are reported and skipped.

    Creates the library when there is none yet. A document already stored gets the outputs of
    another backend, model or language added beside the ones it has (``--backend llm``, ``--lang``)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from finbrief.errors import Interrupted
    from finbrief.library.documents import exists, file_id
    from finbrief.options import Options
    from finbrief.workers import Failed, Pool

    options = Options(
        max_bytes=max_bytes, lang=lang, backend=summarizer.backend, llm=summarizer.llm, password=password
    )
    inputs = _expand(files)
    results: list[dict[str, Any]] = []
    err = _console(stderr=True)
    try:
        with (
            _open(db, "create", quick_check=not skip_check) as lib,
            Progress(
                TextColumn("[bold]adding"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                disable=format is OutFormat.json and not err.is_terminal,
            ) as progress,
        ):
            task = progress.add_task("add", total=len(inputs))

            def report(path: Path, status: str, doc_id: str | None = None, error: str | None = None) -> None:
                results.append({"file": str(path), "id": doc_id, "status": status, "error": error})
                if error:
                    print_failure(progress.console, path, error)
                progress.advance(task)

            todo: list[Path] = []
            for path in inputs:
                try:
                    doc_id = file_id(path)
                except OSError as e:
                    report(path, "failed", error=e.strerror or str(e))
                    continue
                if exists(lib.conn, doc_id):
                    if summarizer.uses_llm or lang != "source":
                        failure = _more_outputs(lib, doc_id, options)
                        report(path, "failed" if failure else "outputs added", doc_id, failure)
                    else:
                        report(path, "unchanged", doc_id)
                else:
                    todo.append(path)
            pool = Pool(_prepare_worker, jobs or os.cpu_count() or 1, file_timeout_for(file_timeout, options))
            for i, prep in pool.run([(str(p), options) for p in todo]):
                if isinstance(prep, Failed | str):
                    report(todo[i], "failed", error=prep if isinstance(prep, str) else prep.message)
                    continue
                doc_id, added = lib.write(prep)
                report(todo[i], "added" if added else "unchanged", doc_id)
    except Interrupted as e:
        count = sum(1 for r in results if r["status"] == "added")
        e.detail = (
            f"{count} added before it; workers stopped, the document being written (if any) rolled back"
        )
        raise
    counts = {
        s: sum(1 for r in results if r["status"] == s)
        for s in ("added", "unchanged", "outputs added", "failed")
    }
    if format is OutFormat.json:
        _print_json(sorted(results, key=lambda r: r["file"]))
    more = f", {counts['outputs added']} given new outputs" if counts["outputs added"] else ""
    print_status(
        err,
        f"{counts['added']} added, {counts['unchanged']} already in the library{more}, {counts['failed']} failed",
    )
    cost = usage_line()
    if cost:
        print_status(err, cost)
    if counts["failed"]:
        raise typer.Exit(1)


# ------------------------------------------------------------------------- list, show, remove


@library_app.command("list")
def list_(
    db: DbOpt = None,
    company: CompanyOpt = None,
    period: PeriodOpt = None,
    format: FormatOpt = OutFormat.table,
) -> None:
    """Documents in the library."""
    from rich import box
    from rich.table import Table

    with _open(db) as lib:
        rows = lib.documents(company=company, period=period)
    if format is OutFormat.json:
        _print_json(rows)
        return
    table = Table("id", "company", "period", "date", "¶", "facts", "document", box=box.SIMPLE_HEAD)
    for i in range(6):
        table.columns[i].no_wrap = True
    table.columns[6].overflow = "fold"
    for r in rows:
        table.add_row(
            _short(r["id"])[:8],
            str(r["company"] or ""),
            str(r["period"] or ""),
            str(r["date"] or ""),
            str(r["paragraphs"]),
            str(r["facts"]),
            _name(r),
        )
    _console().print(table)
    print_status(_console(stderr=True), f"{len(rows)} documents")


@library_app.command()
def show(
    id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it (as `list` shows).")],
    db: DbOpt = None,
    paragraphs: Annotated[
        bool, typer.Option("--paragraphs", "-p", help="Also print every paragraph.")
    ] = False,
    format: FormatOpt = OutFormat.table,
) -> None:
    """One document: metadata, speakers, Q&A, facts (and outputs in JSON)."""
    from rich.table import Table

    with _open(db) as lib:
        doc = lib.document(id)
    if format is OutFormat.json:
        _print_json(doc)
        return
    out = _console()
    meta = Table(show_header=False, box=None)
    for key in (
        "id",
        "source",
        "title",
        "company",
        "ticker",
        "period",
        "date",
        "kind",
        "language",
        "added_at",
    ):
        meta.add_row(f"[bold]{key}[/bold]", str(doc[key] if doc[key] is not None else "—"))
    meta.add_row(
        "[bold]contents[/bold]",
        f"{len(doc['paragraphs'])} paragraphs, "
        f"{len(doc['speakers'])} speakers, {len(doc['qa'])} Q&A pairs, {len(doc['facts'])} facts, "
        f"outputs: {', '.join(doc['outputs']) or 'none'}",
    )
    out.print(meta)
    if doc["speakers"]:
        table = Table("speaker", "name", "role", "side", title="Speakers")
        for s in doc["speakers"]:
            table.add_row(s["id"], s["name"], s["role"] or "", s["side"])
        out.print(table)
    if doc["facts"]:
        table = Table("¶", "subject", "metric", "change", "period", "value", "as written", title="Facts")
        for f in doc["facts"]:
            table.add_row(
                str(f["paragraph"]),
                f["subject"],
                f["metric"],
                f["change"] or "",
                f["period"] or "",
                fmt_value(f["value"], f["unit"], f["value_high"], f["qualifier"]),
                f["raw"] or f["evidence"],
            )
        out.print(table)
    if paragraphs:
        for p in doc["paragraphs"]:
            who = f" {p['speaker']}" if p["speaker"] else ""
            out.print(
                f"[bold][{p['n']}][/bold]{who}: {p['text']}", highlight=False, markup=True, soft_wrap=True
            )


@library_app.command()
def remove(
    id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    db: DbOpt = None,
    format: FormatOpt = OutFormat.table,
    skip_check: SkipCheckOpt = False,
) -> None:
    """Remove a document and everything derived from it."""
    with _open(db, "write", quick_check=not skip_check) as lib:
        row = lib.remove(id)
    if format is OutFormat.json:
        _print_json(row)
    else:
        typer.echo(f"removed {_short(row['id'])} {_name(row)}")


# ------------------------------------------------------------------------------------ search


def _marked(snippet: str) -> Text:
    """A snippet with its match markers turned into bold text."""
    from rich.text import Text

    text = Text(overflow="fold")
    bold = False
    for part in snippet.replace(SNIPPET_MARKS[1], SNIPPET_MARKS[0]).split(SNIPPET_MARKS[0]):
        text.append(part, style="bold reverse" if bold else None)
        bold = not bold
    return text


@library_app.command()
def search(
    query: Annotated[
        str, typer.Argument(help='Words, Chinese terms (either script) or "a quoted phrase"; all must match.')
    ],
    db: DbOpt = None,
    company: CompanyOpt = None,
    period: PeriodOpt = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker id or name, any script.")] = None,
    section: Annotated[str | None, typer.Option("--section", help="intro, prepared, qa or closing.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id or prefix).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many results.", min=1)] = 20,
    format: FormatOpt = OutFormat.table,
) -> None:
    """Full-text search over every paragraph, best first, with a highlighted snippet."""
    from rich.table import Table

    # JSON gets [ ] (and offsets in "matches"); a terminal bold; a pipe or file « ».
    marks = (
        ("[", "]") if format is OutFormat.json else SNIPPET_MARKS if _console().is_terminal else ("«", "»")
    )
    with _open(db) as lib:
        rows = lib.search(
            query,
            company=company,
            period=period,
            speaker=speaker,
            section=section,
            document=doc,
            limit=limit,
            marks=marks,
        )
    if format is OutFormat.json:
        _print_json(rows)
        return
    table = Table("document", "¶", "speaker", "section", "snippet")
    table.columns[0].overflow = "fold"
    table.columns[4].ratio = 1
    for r in rows:
        table.add_row(
            f"{_short(r['doc_id'])[:8]} {_name(r)}",
            str(r["paragraph"]),
            str(r["speaker_name"] or r["speaker"] or ""),
            str(r["section"] or ""),
            _marked(str(r["snippet"])),
        )
    _console().print(table)
    print_status(_console(stderr=True), f"{len(rows)} results")


# ------------------------------------------------------------------------ timeline, conflicts


@library_app.command()
def timeline(
    metric: Annotated[str, typer.Option("--metric", help="Metric (revenue, capex, 营收...).")],
    db: DbOpt = None,
    subject: SubjectOpt = None,
    change: Annotated[
        ChangeKind, typer.Option("--change", help="yoy / qoq growth, ytd (since the last year end), none (levels), or any.")
    ] = ChangeKind.none,
    company: CompanyOpt = None,
    period: PeriodOpt = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only figures in this unit (CNY, USD, %...).")
    ] = None,
    format: FormatOpt = OutFormat.table,
) -> None:
    """A metric by calendar quarter across all documents, each point with its sources."""
    from rich.table import Table

    with _open(db) as lib:
        result = lib.timeline(
            metric=metric, subject=subject, change=change.value, company=company, period=period, unit=unit
        )
    if format is OutFormat.json:
        _print_json(result)
        return
    out = _console()
    for s in result["series"]:
        title = f"{s['company'] or '?'} · {s['subject']} · {s['metric']}" + (
            f" · {s['change']}" if s["change"] else ""
        )
        table = Table("period", "value", "as written", "sources", "flag", title=title)
        for p in s["points"]:
            raws = list(dict.fromkeys(str(x["raw"]) for x in p["sources"] if x["raw"]))
            flag = ("conflict: " + "+".join(p["conflict"])) if p["conflict"] else ""
            table.add_row(
                p["period"],
                fmt_value(p["value"], p["unit"], p["value_high"], p["qualifier"]),
                " / ".join(raws),
                _sources(p["sources"]),
                f"[red]{flag}[/red]" if flag else "",
            )
        out.print(table)
    if not result["series"]:
        print_status(_console(stderr=True), "no dated facts match")
    if result["undated_facts"]:
        print_status(
            _console(stderr=True),
            f"{result['undated_facts']} matching facts have no period and are not shown",
        )


@library_app.command()
def conflicts(
    db: DbOpt = None,
    company: CompanyOpt = None,
    subject: SubjectOpt = None,
    metric: Annotated[str | None, typer.Option("--metric", help="Only this metric.")] = None,
    period: PeriodOpt = None,
    same_document: Annotated[
        bool, typer.Option("--same-document", help="Also compare figures within one document.")
    ] = False,
    format: FormatOpt = OutFormat.table,
) -> None:
    """Figures for the same company, subject, metric, change and period that disagree, with both evidences."""
    from rich.markup import escape

    with _open(db) as lib:
        rows = lib.conflicts(
            company=company, subject=subject, metric=metric, period=period, same_document=same_document
        )
    if format is OutFormat.json:
        _print_json(rows)
        return
    out = _console()
    for c in rows:
        key = f"{c['company'] or '?'} · {c['subject']} · {c['metric']}" + (
            f" · {c['change']}" if c["change"] else ""
        )
        out.print(f"[bold]{escape(key)}[/bold] · {c['period']} · [red]{'+'.join(c['kinds'])}[/red]")
        for label in ("a", "b"):
            side = c[label]
            figure = fmt_value(side["value"], side["unit"], side["value_high"], side["qualifier"])
            out.print(f"  {label.upper()}  [bold]{escape(figure)}[/bold]  ({escape(str(side['raw']))})")
            for s in side["sources"]:
                out.print(f"      {escape(_sources([s]))}: “{escape(str(s['evidence']))}”", soft_wrap=True)
        out.print()
    print_status(_console(stderr=True), f"{len(rows)} conflicts")


# ------------------------------------------------------------------------------ export, check


@library_app.command()
def export(
    db: DbOpt = None,
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv or json (records).")
    ] = ExportFormat.csv,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")
    ] = None,
    company: CompanyOpt = None,
    subject: SubjectOpt = None,
    metric: Annotated[str | None, typer.Option("--metric", help="Only this metric.")] = None,
    period: PeriodOpt = None,
) -> None:
    """Every fact with its document's metadata, as CSV or JSON, for pandas or a spreadsheet."""
    with _open(db) as lib:
        text = lib.export(format.value, company=company, subject=subject, metric=metric, period=period)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # A BOM lets spreadsheet programs read a UTF-8 CSV file's Chinese correctly.
        out.write_text(("\ufeff" if format is ExportFormat.csv else "") + text, encoding="utf-8")
    except OSError as e:
        _fail(f"{out}: cannot write ({e.strerror or e})")
    print_status(_console(stderr=True), f"wrote {out}")


@library_app.command()
def init(db: DbOpt = None, skip_check: SkipCheckOpt = False) -> None:
    """Create a library (or bring an existing one's schema up to date)."""
    from finbrief.library.store import migrations

    with _open(db, "init", quick_check=not skip_check) as lib:
        version = int(lib.conn.execute("PRAGMA user_version").fetchone()[0])
        path = lib.path
    typer.echo(f"{path}: finbrief library, schema {version} of {len(migrations())}")


def _check_result(db: Path | None) -> tuple[Path, dict[str, Any]]:
    """``check``'s findings; a file too damaged to open is one problem, not an error."""
    from finbrief.library import Library, default_path
    from finbrief.library.errors import LibraryDamaged, NewerSchema

    path = db or _db_from_callback or default_path()
    try:
        lib = Library(path, mode="read", migrate=False)
    except (LibraryDamaged, NewerSchema) as e:
        return path, {"ok": False, "problems": [e.message], "counts": {}, "migrations": []}
    except FinbriefError as e:
        _fail(str(e))
    try:
        return path, lib.check()
    except FinbriefError as e:
        _fail(str(e))
    finally:
        lib.close()


@library_app.command()
def check(db: DbOpt = None, format: FormatOpt = OutFormat.table) -> None:
    """Verify the library: everything any command would trip over (SQLite integrity, search index,
    migrations, rows that do not read back, stored outputs that do not load, incomplete documents)."""
    path, result = _check_result(db)
    if format is OutFormat.json:
        _print_json({"path": str(path), **result})
    else:
        counts = ", ".join(f"{v} {k}" for k, v in result["counts"].items())
        typer.echo(f"{path}: {'ok' if result['ok'] else 'PROBLEMS'}" + (f" ({counts})" if counts else ""))
        for p in result["problems"]:
            typer.echo(f"  {p}")
    if not result["ok"]:
        raise typer.Exit(1)
