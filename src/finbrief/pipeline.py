"""One pipeline for one file: ingest → structure → facts → summarize (verified).

Every front end runs a file through ``run`` and asks only for what it needs: the single-file
commands and ``batch`` (then render), ``library add`` and the server (then ``record`` and store).
The library stores the record it is given; it never runs a stage itself.

```python
from finbrief import pipeline
from finbrief.library import Library

result = pipeline.run("call.txt")            # doc, facts, identity, brief, minutes
with Library("my.sqlite") as lib:
    doc_id, added = pipeline.add(lib, "call.txt")
```
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from finbrief.errors import InputError
from finbrief.model import Brief, Document, FactSheet, Minutes, Statement
from finbrief.options import Options

if TYPE_CHECKING:
    from finbrief.library import Library, Prepared

SUMMARIES = ("brief", "minutes", "highlights")
"""What the summarize stage can produce (each verified)."""
STORED = ("brief", "minutes")
"""What the library keeps for each document by default."""


@dataclass(frozen=True)
class Processed:
    """What one run produced: the structured document and the stages asked for."""

    doc: Document
    options: Options
    lang: str
    """The concrete output language (``source`` resolved against the document)."""
    facts: FactSheet = field(default_factory=FactSheet)
    """The facts stage's sheet: the document's identity (company, ticker, fiscal calendar, period,
    date), and its facts when they were asked for."""
    brief: Brief | None = None
    minutes: Minutes | None = None
    highlights: tuple[tuple[Statement, ...], tuple[str, ...]] | None = None
    """Verified highlight statements and the warnings for those dropped."""
    size: int | None = None
    """Size of the input file in bytes, when it was a file."""

    @property
    def identity(self) -> FactSheet:
        """Who and when the document is about, decided once by the facts stage."""
        return self.facts


_YOUNG_OBJECTS = 100_000
"""Container allocations between two collections of the youngest generation while a run is on
(Python's default is 700)."""
_runs = 0
_runs_lock = threading.Lock()
_saved_threshold: tuple[int, int, int] | None = None


@contextmanager
def few_collections() -> Iterator[None]:
    """Collect cyclic garbage rarely while a document is processed: a run allocates millions of
    objects that live until it ends (paragraphs, sentences, facts, candidate units) and makes
    almost no cycles, so the default collector spends a tenth of a long run's time walking them.
    The threshold comes back when the last run in the process ends (a front end that renders the
    result holds it until the text is written: the result's objects are still young then, and a
    collection at the default threshold walks them all)."""
    global _runs, _saved_threshold
    with _runs_lock:
        if _runs == 0:
            _saved_threshold = gc.get_threshold()
            gc.set_threshold(max(_YOUNG_OBJECTS, _saved_threshold[0]), *_saved_threshold[1:])
        _runs += 1
    try:
        yield
    finally:
        with _runs_lock:
            _runs -= 1
            if _runs == 0 and _saved_threshold is not None:
                gc.set_threshold(*_saved_threshold)
                _saved_threshold = None


def _facts(doc: Document, options: Options) -> FactSheet:
    """The facts stage: the document's identity and its facts."""
    from finbrief import facts

    return facts.run(doc, options)


def _identity(doc: Document) -> FactSheet:
    """The document's identity alone (a sheet without facts), for a run that stops after structure."""
    from finbrief import facts

    return facts.identify(doc)


def _summaries(doc: Document, facts: FactSheet, options: Options, wanted: Collection[str]) -> dict[str, Any]:
    """The verified summaries asked for, by kind; the facts already extracted are passed on."""
    from finbrief import summarize

    out: dict[str, Any] = {}
    for kind in SUMMARIES:
        if kind in wanted:
            out[kind] = getattr(summarize, kind)(doc, options, facts)
    return out


def _check_wanted(outputs: Collection[str]) -> None:
    unknown = sorted(set(outputs) - set(SUMMARIES))
    if unknown:
        raise ValueError(f"unknown output {', '.join(unknown)} (choose from {', '.join(SUMMARIES)})")


def run_document(
    doc: Document,
    options: Options | None = None,
    *,
    facts: bool = True,
    outputs: Collection[str] = STORED,
    known: FactSheet | None = None,
) -> Processed:
    """Run the stages after structure on a parsed document: the document's identity always, its
    facts when asked for (or needed by the summaries), then the summaries.

    ``known`` (a stored document's sheet) stands for the facts stage: only the summaries are made."""
    from finbrief.summarize.text import output_lang

    opts = options or Options()
    _check_wanted(outputs)
    result = Processed(doc=doc, options=opts, lang=output_lang(opts.lang, doc))
    with few_collections():
        if known is None and not facts and not outputs:
            return replace(result, facts=_identity(doc))
        found = known if known is not None else _facts(doc, opts)
        result = replace(result, facts=found)
        if outputs:
            result = replace(result, **_summaries(doc, found, opts, outputs))
    return result


def run(
    source: str | os.PathLike[str],
    options: Options | None = None,
    *,
    facts: bool = True,
    outputs: Collection[str] = STORED,
) -> Processed:
    """Read a file (``-`` for stdin) and run every stage asked for; raises ``FinbriefError`` for bad input.

    ``facts=False, outputs=()`` stops after structure and the document's identity (``finbrief parse``).
    """
    from finbrief.api import parse

    opts = options or Options()
    with few_collections():
        result = run_document(parse(source, opts), opts, facts=facts, outputs=outputs)
    return replace(result, size=_size(source))


def run_bytes(
    data: bytes,
    name: str | None,
    options: Options | None = None,
    *,
    facts: bool = True,
    outputs: Collection[str] = STORED,
) -> Processed:
    """The same run on bytes in memory (an upload), ``name`` standing for the file name."""
    from finbrief.api import parse_bytes

    opts = options or Options()
    with few_collections():
        result = run_document(parse_bytes(data, name, opts), opts, facts=facts, outputs=outputs)
    return replace(result, size=len(data))


def _size(source: str | os.PathLike[str]) -> int | None:
    if os.fspath(source) == "-":
        return None
    try:
        return Path(source).stat().st_size
    except OSError:
        return None


def record(result: Processed) -> Prepared:
    """What the library stores for a run: its rows, and the brief and minutes as their JSON contracts."""
    from finbrief.library import Prepared
    from finbrief.render import brief as render_brief
    from finbrief.render import minutes as render_minutes

    outputs: dict[str, str] = {}
    ident = result.identity
    if result.brief is not None:
        outputs["brief"] = render_brief.to_json(result.brief, result.doc, result.lang, ident)
    if result.minutes is not None:
        outputs["minutes"] = render_minutes.to_json(result.minutes, result.doc, result.lang, ident)
    return Prepared(
        doc=result.doc,
        facts=result.facts.facts,
        company=ident.company,
        ticker=ident.ticker,
        period=ident.period,
        date=ident.date,
        outputs=outputs,
        size=result.size,
        company_names=ident.names,
    )


def prepare(
    source: str | os.PathLike[str], options: Options | None = None, *, outputs: Collection[str] = STORED
) -> Prepared:
    """Run a file and make its library record, without touching a database (runs in worker processes)."""
    return record(run(source, options, outputs=outputs))


def add(
    lib: Library,
    source: str | os.PathLike[str] | Document,
    options: Options | None = None,
    *,
    outputs: Collection[str] = STORED,
) -> tuple[str, bool]:
    """Run a file (or parsed document) and store it; ``(id, added)``, False if the same bytes are stored.

    A file whose bytes are already stored is not parsed at all.
    """
    from finbrief.library.documents import file_id

    if isinstance(source, Document):
        if lib.has(source.id):
            return source.id, False
        return lib.write(record(run_document(source, options, outputs=outputs)))
    path = os.fspath(source)
    if path != "-" and Path(path).is_file():
        try:
            doc_id = file_id(path)
        except OSError as e:
            raise InputError(f"cannot read file ({e.strerror or e})", path) from None
        if lib.has(doc_id):
            return doc_id, False
    return lib.write(prepare(path, options, outputs=outputs))
