"""The JSON API: thin adapters over the library and the pipeline, the same contracts as the CLI's JSON.

Every route reads the library through a connection of its own (``lib``), runs the pipeline only
in worker processes, and leaves errors to ``finbrief.web.errors`` (one-line JSON, typed status).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from finbrief.errors import FinbriefError
from finbrief.library import Library, Mode
from finbrief.web.errors import HTTPError
from finbrief.web.settings import Settings
from finbrief.web.work import Job, Jobs, Unit, add_upload, in_worker, summary

router = APIRouter(prefix="/api")
_CONTROL = dict.fromkeys([*range(0, 32), 127])


class Lang(StrEnum):
    source = "source"
    en = "en"
    zh_hans = "zh-Hans"
    zh_hant = "zh-Hant"


class Kind(StrEnum):
    article = "article"
    transcript = "transcript"
    article_transcript = "article+transcript"


class Language(StrEnum):
    en = "en"
    zh_hans = "zh-Hans"
    zh_hant = "zh-Hant"
    mixed = "mixed"


class Change(StrEnum):
    none = "none"
    yoy = "yoy"
    qoq = "qoq"
    ytd = "ytd"
    any = "any"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"


def settings(request: Request) -> Settings:
    s: Settings = request.app.state.settings
    return s


@contextmanager
def opened(request: Request, mode: Mode = "read") -> Iterator[Library]:
    """The library for one request, opened and closed in the thread that uses it (SQLite's rule)."""
    with Library(settings(request).db, mode=mode) as library:
        yield library


CompanyQ = Annotated[str | None, Query(description="Company name in any script, or ticker.")]
PeriodQ = Annotated[str | None, Query(description="Quarter (2025Q2), year (2025) or range (2024Q4..2025Q2).")]
SubjectQ = Annotated[
    str | None, Query(description="Segment or company (canonical name, alias, or part of it).")
]


def backends() -> tuple[str, ...]:
    from finbrief.summarize.base import BACKENDS

    return tuple(BACKENDS)


def clean_name(name: str | None, default: str) -> str:
    """A display name from a client: its last path part, without control characters; never a path."""
    base = PurePosixPath((name or "").replace("\\", "/")).name.translate(_CONTROL).strip()
    return base[:255] or default


# ------------------------------------------------------------------------------- documents


@router.get("/documents", summary="List documents")
def list_documents(
    request: Request,
    company: CompanyQ = None,
    period: PeriodQ = None,
    kind: Kind | None = None,
    language: Language | None = None,
) -> list[dict[str, Any]]:
    """Stored documents (as `finbrief library list -f json`), filtered by company, period, kind, language."""
    with opened(request) as lib:
        return lib.documents(
            company=company,
            period=period,
            kind=kind.value if kind else None,
            language=language.value if language else None,
        )


@router.get("/documents/{doc_id}", summary="One document")
def get_document(doc_id: str, request: Request) -> dict[str, Any]:
    """Metadata, paragraphs, speakers, Q&A, facts and stored outputs (as `finbrief library show -f json`)."""
    with opened(request) as lib:
        return lib.document(doc_id)


@router.get("/documents/{doc_id}/parse", summary="Structure (parse contract)")
def get_parse(doc_id: str, request: Request) -> Response:
    """The `finbrief parse -f json` contract of a stored document."""
    from finbrief.render.document import to_json

    with opened(request) as lib:
        return Response(to_json(lib.load(doc_id)), media_type="application/json")


@router.get("/documents/{doc_id}/facts", summary="Facts (facts contract)")
def get_facts(doc_id: str, request: Request) -> list[dict[str, Any]]:
    """The `finbrief facts -f json` contract of a stored document."""
    from finbrief.facts import as_json
    from finbrief.model import Fact

    with opened(request) as lib:
        return [as_json(Fact(**f)) for f in lib.document(doc_id)["facts"]]


@router.delete("/documents/{doc_id}", summary="Delete a document")
def delete_document(doc_id: str, request: Request) -> dict[str, Any]:
    """Remove a document and everything derived from it; returns what was removed."""
    with opened(request, "write") as lib:
        return lib.remove(doc_id)


def _model(backend: str) -> tuple[str | None, Exception | None]:
    """The model whose outputs a request may reuse: '' for the extractive backend; for the llm
    backend the configured model (None: not named, any model's), or why none is configured."""
    if backend == "extractive":
        return "", None
    from finbrief.options import LLMOptions
    from finbrief.summarize.llm import config

    try:
        return config.resolve(LLMOptions()).model, None
    except FinbriefError as e:
        return None, e


async def _once(request: Request, key: tuple[str, ...], make: Callable[[], Awaitable[Any]]) -> Any:
    """``make()``, run once for concurrent requests of the same ``key`` (in a task of its own: one
    request going away does not stop it for the others)."""
    making: dict[tuple[str, ...], asyncio.Future[Any]] = request.app.state.making
    task = making.get(key)
    if task is None:
        task = asyncio.ensure_future(make())
        making[key] = task

        def done(t: asyncio.Future[Any]) -> None:
            making.pop(key, None)
            if not t.cancelled():
                t.exception()  # retrieved: each request waiting on it has it

        task.add_done_callback(done)
    return await asyncio.shield(task)


async def output(request: Request, doc_id: str, kind: str, lang: str, backend: str) -> dict[str, Any] | Job:
    """A brief or minutes: the stored one for that backend, model and language; else made in a worker
    and stored beside the others (a job for the slow backends)."""
    from finbrief.summarize.text import lang_for

    if backend not in backends():
        raise ValueError(f"unknown summarizer backend '{backend}' (choose from {', '.join(backends())})")
    model, unusable = _model(backend)

    def stored() -> tuple[str, str, list[dict[str, Any]]]:
        with opened(request) as library:
            return library.outputs(doc_id, kind, backend)

    full, language, variants = await run_in_threadpool(stored)
    concrete = lang_for(lang, language)
    for v in variants:
        if v["lang"] == concrete and (model is None or v["model"] == model):
            found: dict[str, Any] = v["data"]
            return found
    if unusable is not None:
        raise unusable
    state = request.app.state
    db = str(settings(request).db)
    if backend != "extractive":

        async def unit(job: Job) -> dict[str, Any]:
            result = await in_worker(state.pool, summary, db, full, kind, concrete, backend, job.id)
            return {"id": full, "result": result}

        jobs: Jobs = state.jobs
        return jobs.start(kind, [unit], work=(full, kind, concrete, backend))
    made: dict[str, Any] = await _once(
        request,
        (full, kind, concrete, backend),
        lambda: in_worker(state.pool, summary, db, full, kind, concrete, backend),
    )
    return made


def _output_response(found: dict[str, Any] | Job) -> Any:
    if isinstance(found, Job):
        return JSONResponse(found.as_dict(), status_code=202, headers={"location": f"/api/jobs/{found.id}"})
    return found


LangQ = Annotated[Lang, Query(description="Language of titles, highlights and names.")]
BackendQ = Annotated[
    str, Query(description="Summarizer backend: extractive (default); slower ones run as a job.")
]


@router.get("/documents/{doc_id}/brief", summary="Brief (brief contract)")
async def get_brief(
    request: Request, doc_id: str, lang: LangQ = Lang.source, backend: BackendQ = "extractive"
) -> Any:
    """The `finbrief brief -f json` contract; 202 with a job when the backend is slow."""
    return _output_response(await output(request, doc_id, "brief", lang.value, backend))


@router.get("/documents/{doc_id}/minutes", summary="Minutes (minutes contract)")
async def get_minutes(
    request: Request, doc_id: str, lang: LangQ = Lang.source, backend: BackendQ = "extractive"
) -> Any:
    """The `finbrief minutes -f json` contract; 202 with a job when the backend is slow."""
    return _output_response(await output(request, doc_id, "minutes", lang.value, backend))


# ---------------------------------------------------------------------------------- upload


def _spool(s: Settings, name: str, data: bytes) -> str:
    """Write an upload under the data folder, named by the server (never by the client)."""
    from finbrief.ingest.detect import media_type_from_name

    media_type_from_name(name)  # an unsupported extension is refused before anything is written
    s.upload_dir.mkdir(parents=True, exist_ok=True)
    path = s.upload_dir / f"{secrets.token_hex(16)}.part"
    path.write_bytes(data)
    return str(path)


def _too_large(name: str, size: int, limit: int) -> HTTPError:
    from finbrief.ingest import _too_large as message

    return HTTPError(413, f"{name}: {message(size, limit)}")


@router.post(
    "/documents",
    summary="Upload documents",
    status_code=201,
    responses={
        200: {"description": "The same bytes were already stored"},
        202: {"description": "Several files: a job with a status URL"},
        413: {"description": "Too large"},
        415: {"description": "Unsupported file type"},
        422: {"description": "Not a readable document (empty, binary, corrupt...)"},
    },
)
async def upload(
    request: Request,
    files: Annotated[list[UploadFile] | None, File(description="Files: .txt .md .html .pdf .docx")] = None,
    text: Annotated[str | None, Form(description="Pasted text, instead of files.")] = None,
    name: Annotated[str | None, Form(description="Name for the pasted text (default pasted.txt).")] = None,
) -> Any:
    """Run the pipeline on each file in a worker process and store it. One file: its result (201 added,
    200 already there) or its error; several: 202 and a job whose status URL reports each file."""
    s = settings(request)
    entries: list[tuple[str, UploadFile | bytes]] = []
    for f in files or []:
        entries.append((clean_name(f.filename, "upload"), f))
    if text is not None and text.strip():
        if len(text) > s.max_text_chars:
            raise HTTPError(413, f"pasted text too long (over {s.max_text_chars:,} characters)")
        label = clean_name(name, "pasted.txt")
        if "." not in label:
            label += ".txt"
        entries.append((label, text.encode("utf-8")))
    if not entries:
        raise HTTPError(400, "nothing to add: send files (multipart field 'files') or 'text'")
    if len(entries) > s.max_files:
        raise HTTPError(413, f"too many files ({len(entries)}; at most {s.max_files} per upload)")
    spooled: list[tuple[str, str]] = []
    try:
        for label, item in entries:
            if isinstance(item, bytes):
                data = item
            else:
                if item.size is not None and item.size > s.max_bytes:
                    raise _too_large(label, item.size, s.max_bytes)
                data = await item.read(s.max_bytes + 1)
            if len(data) > s.max_bytes:
                raise _too_large(label, len(data), s.max_bytes)
            try:
                spooled.append((label, await run_in_threadpool(_spool, s, label, data)))
            except Exception as e:
                from finbrief.errors import InputError

                if isinstance(e, InputError):
                    raise HTTPError(415, str(e)) from None
                raise
    except BaseException:
        for _, path in spooled:
            from pathlib import Path

            Path(path).unlink(missing_ok=True)
        raise
    state = request.app.state
    db = str(s.db)
    if len(spooled) == 1:
        label, path = spooled[0]
        item = await in_worker(state.pool, add_upload, db, path, label, s.max_bytes)
        return JSONResponse(
            item if not item.get("error") else {"error": item["error"]}, status_code=item["status"]
        )

    def unit(label: str, path: str) -> Unit:
        return lambda job: in_worker(state.pool, add_upload, db, path, label, s.max_bytes)

    job = state.jobs.start("upload", [unit(label, path) for label, path in spooled])
    return JSONResponse(job.as_dict(), status_code=202, headers={"location": f"/api/jobs/{job.id}"})


@router.get("/jobs/{job_id}", summary="A job's status and progress")
async def get_job(job_id: str, request: Request) -> dict[str, Any]:
    """State (running, done, failed, interrupted), progress (units done of total, failed; a model's
    answers so far), each unit's outcome and a summary job's result. Kept across restarts."""
    jobs: Jobs = request.app.state.jobs
    job = await jobs.get(job_id)
    if job is None:
        raise HTTPError(404, f"no job {job_id}")
    return job.as_dict()


# ------------------------------------------------------------- search, timeline, conflicts, export


@router.get("/search", summary="Full-text search")
def search(
    request: Request,
    q: Annotated[str, Query(description="Words, Chinese terms (either script) or a quoted phrase.")],
    company: CompanyQ = None,
    period: PeriodQ = None,
    speaker: str | None = None,
    section: str | None = None,
    doc: Annotated[str | None, Query(description="Only this document (id or prefix).")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    """Paragraphs matching every term, best first; snippets mark matches with [ ] (as the CLI's JSON)."""
    with opened(request) as lib:
        return lib.search(
            q, company=company, period=period, speaker=speaker, section=section, document=doc, limit=limit
        )


@router.get("/timeline", summary="A metric by quarter")
def timeline(
    request: Request,
    metric: Annotated[str, Query(description="Metric (revenue, capex, 营收...).")],
    subject: SubjectQ = None,
    change: Change = Change.none,
    company: CompanyQ = None,
    period: PeriodQ = None,
    unit: str | None = None,
) -> dict[str, Any]:
    """Series by calendar quarter, each point with its sources and conflict flags (as the CLI's JSON)."""
    with opened(request) as lib:
        return lib.timeline(
            metric=metric, subject=subject, change=change.value, company=company, period=period, unit=unit
        )


@router.get("/conflicts", summary="Disagreeing figures")
def conflicts(
    request: Request,
    company: CompanyQ = None,
    subject: SubjectQ = None,
    metric: str | None = None,
    period: PeriodQ = None,
    same_document: bool = False,
) -> list[dict[str, Any]]:
    with opened(request) as lib:
        return lib.conflicts(
            company=company, subject=subject, metric=metric, period=period, same_document=same_document
        )


@router.get("/export", summary="Every fact as CSV or JSON")
def export(
    request: Request,
    format: ExportFormat = ExportFormat.csv,
    company: CompanyQ = None,
    subject: SubjectQ = None,
    metric: str | None = None,
    period: PeriodQ = None,
) -> Response:
    with opened(request) as lib:
        text = lib.export(format.value, company=company, subject=subject, metric=metric, period=period)
    if format is ExportFormat.csv:
        return PlainTextResponse(
            text,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="finbrief-facts.csv"'},
        )
    return Response(text, media_type="application/json")
