"""The web pages: library, upload, reader, search, timeline, conflicts, sign-in, API docs.

Server-rendered with Jinja2 (autoescaping on: every document string is text, never markup);
the scripts are static files (the Content-Security-Policy forbids inline script).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from finbrief.ingest.detect import EXTENSIONS
from finbrief.web import api, security
from finbrief.web.cache import CSRF_SLOT
from finbrief.web.errors import error_body, status_of

router = APIRouter(include_in_schema=False)
LANGS = (("en", "English"), ("zh-Hans", "简体"), ("zh-Hant", "繁體"))
MARKS = ("\x02", "\x03")
"""Match markers in search snippets (never in text), turned into <mark> elements."""


@cache
def _env() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("finbrief.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["short"] = lambda v: str(v or "")[:8]
    env.filters["value"] = _value
    return env


@cache
def ui() -> dict[str, dict[str, Any]]:
    """The pages' words in each output language (data: ``ui.json``)."""
    import json

    text = resources.files("finbrief.web").joinpath("ui.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def _value(f: dict[str, Any]) -> str:
    from finbrief.cli_library import fmt_value

    return fmt_value(f["value"], f["unit"], f.get("value_high"), f.get("qualifier"))


async def render(request: Request, template_name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered in a thread (the event loop keeps answering meanwhile)."""
    s = request.app.state.settings
    base = {
        "csrf": CSRF_SLOT,  # the browser's own token is filled in on the way out (``web.cache``)
        "signed_out": s.token is None,
        "path": request.url.path,
        "t": ui()["en"],
        "langs": LANGS,
    }
    template = _env().get_template(template_name)
    html = await run_in_threadpool(template.render, {**base, **context})
    return HTMLResponse(html, status_code=status)


def display_name(row: dict[str, Any]) -> str:
    import os

    return os.path.basename(str(row.get("source") or "")) or str(row.get("title") or "") or str(row["id"])[:12]


def install_error_pages(app: FastAPI) -> None:
    """Pages answer errors with a page; the API keeps its JSON (``finbrief.web.errors``)."""
    from finbrief.errors import FinbriefError
    from finbrief.web.errors import HTTPError

    async def page_error(request: Request, exc: Exception) -> Response:
        if security.is_api(request.url.path):
            from fastapi.responses import JSONResponse

            return JSONResponse(error_body(exc), status_code=status_of(exc))
        return await render(request, "error.html", status=status_of(exc), message=error_body(exc)["error"])

    for cls in (HTTPError, FinbriefError, ValueError):
        app.add_exception_handler(cls, page_error)


def _lib(request: Request, mode: str = "read") -> Any:
    from finbrief.library import Library

    return Library(request.app.state.settings.db, mode=mode)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- library


@router.get("/", response_class=HTMLResponse)
async def library_page(
    request: Request,
    company: str | None = None,
    period: str | None = None,
    kind: str | None = None,
    language: str | None = None,
) -> HTMLResponse:
    filters = {"company": company or "", "period": period or "", "kind": kind or "", "language": language or ""}

    def rows() -> list[dict[str, Any]]:
        with _lib(request) as lib:
            found: list[dict[str, Any]] = lib.documents(
                company=company or None, period=period or None, kind=kind or None, language=language or None
            )
            return [{**r, "name": display_name(r)} for r in found]

    return await render(
        request,
        "library.html",
        docs=await run_in_threadpool(rows),
        filters=filters,
        kinds=[k.value for k in api.Kind],
        languages=[v.value for v in api.Language],
    )


@router.get("/upload", response_class=HTMLResponse)
async def upload_page(request: Request) -> HTMLResponse:
    s = request.app.state.settings
    return await render(
        request,
        "upload.html",
        max_files=s.max_files,
        max_mb=s.max_bytes / 1e6,
        accept=",".join(EXTENSIONS),
    )


# ----------------------------------------------------------------------------------- reader


def _paragraphs(doc: Any, lang: str, t: dict[str, Any]) -> list[dict[str, Any]]:
    """Source paragraphs for display: number, class, speaker at a turn start, section markers."""
    from finbrief.summarize.names import speaker_name

    out = []
    section: object = object()
    last: str | None = None
    for p in doc.paragraphs:
        marker = None
        if p.section != section:
            section, last = p.section, None
            marker = t["sections"].get(p.section, p.section) if p.section else None
        who = None
        if p.speaker and p.speaker != last and p.role == "text":
            who = speaker_name(doc, p.speaker, lang) or p.speaker
        if p.role == "text" and p.speaker:
            last = p.speaker
        cls = {"speaker_label": "label"}.get(p.role, p.role)
        out.append({"n": p.n, "text": p.text, "cls": cls, "who": who, "section": marker})
    return out


def _qa(doc: Any, lang: str) -> list[dict[str, Any]]:
    """Q&A pairs with the asker's name and firm, and who answered, in the reader's language."""
    from finbrief.summarize.names import speaker_name

    out = []
    for i, q in enumerate(doc.qa, 1):
        sp = doc.speakers_by_id.get(q.asker) if q.asker else None
        first = q.question[0] if q.question else None
        out.append(
            {
                "i": i,
                "asker": speaker_name(doc, q.asker, lang) if q.asker else None,
                "firm": sp.affiliation if sp else None,
                "question": list(q.question),
                "excerpt": doc.paragraph(first).body[:240] if first else "",
                "answers": [
                    {"who": speaker_name(doc, a.speaker, lang) or "", "paragraphs": list(a.paragraphs)}
                    for a in q.answers
                ],
            }
        )
    return out


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
async def reader(request: Request, doc_id: str, lang: api.Lang = api.Lang.source) -> HTMLResponse:
    """Brief, minutes, facts and Q&A tabs beside the numbered source; [n] shows paragraph n."""
    from finbrief.library.documents import document_from_row

    def read() -> dict[str, Any]:
        with _lib(request) as lib:
            row: dict[str, Any] = lib.document(doc_id)
            return row

    row = await run_in_threadpool(read)
    brief = await api.output(request, row["id"], "brief", lang.value, "extractive")
    minutes = await api.output(request, row["id"], "minutes", lang.value, "extractive")
    assert isinstance(brief, dict) and isinstance(minutes, dict)
    shown = str(brief.get("lang") or "en")
    t = ui().get(shown, ui()["en"])

    def context() -> dict[str, Any]:
        doc = document_from_row(row)
        return {
            "paragraphs": _paragraphs(doc, shown, t),
            "qa": _qa(doc, shown),
        }

    parts = await run_in_threadpool(context)
    return await render(
        request,
        "reader.html",
        doc=row,
        doc_name=display_name(row),
        brief=brief,
        minutes=minutes,
        facts=row["facts"],
        lang=shown,
        t=t,
        **parts,
    )


@router.post("/documents/{doc_id}/delete")
async def delete_page(request: Request, doc_id: str, csrf: str = Form("")) -> Response:
    """The reader's delete button: a form post, checked against its CSRF field."""
    if not security.csrf_form_ok(request, csrf):
        return await render(request, "error.html", status=403, message="CSRF check failed: reload the page")

    def remove() -> None:
        with _lib(request, "write") as lib:
            lib.remove(doc_id)

    await run_in_threadpool(remove)
    return RedirectResponse("/", status_code=303)


# ----------------------------------------------------------------------- search, timeline, conflicts


def marked(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) parts, so the template marks matches without any raw HTML."""
    parts, hit = [], False
    for piece in snippet.replace(MARKS[1], MARKS[0]).split(MARKS[0]):
        if piece:
            parts.append((piece, hit))
        hit = not hit
    return parts


@router.get("/search", response_class=HTMLResponse)
async def search_page(
    request: Request, q: str = "", company: str | None = None, period: str | None = None
) -> HTMLResponse:
    def hits() -> list[dict[str, Any]]:
        if not q.strip():
            return []
        with _lib(request) as lib:
            rows: list[dict[str, Any]] = lib.search(
                q, company=company or None, period=period or None, limit=50, marks=MARKS
            )
        return [{**r, "parts": marked(str(r["snippet"])), "name": display_name(r)} for r in rows]

    return await render(
        request, "search.html", q=q, company=company or "", period=period or "", hits=await run_in_threadpool(hits)
    )


@router.get("/timeline", response_class=HTMLResponse)
async def timeline_page(
    request: Request,
    metric: str = "revenue",
    subject: str = "cloud",
    change: api.Change = api.Change.none,
    company: str | None = None,
) -> HTMLResponse:
    def series() -> tuple[dict[str, Any] | None, str | None]:
        from finbrief.library import LibraryError

        try:
            with _lib(request) as lib:
                result: dict[str, Any] = lib.timeline(
                    metric=metric, subject=subject or None, change=change.value, company=company or None
                )
                return result, None
        except LibraryError as e:
            return None, str(e)

    data, problem = await run_in_threadpool(series)
    return await render(
        request,
        "timeline.html",
        metric=metric,
        subject=subject,
        change=change.value,
        company=company or "",
        changes=[c.value for c in api.Change],
        data=data,
        problem=problem,
    )


@router.get("/conflicts", response_class=HTMLResponse)
async def conflicts_page(request: Request, company: str | None = None, metric: str | None = None) -> HTMLResponse:
    def rows() -> list[dict[str, Any]]:
        with _lib(request) as lib:
            found: list[dict[str, Any]] = lib.conflicts(company=company or None, metric=metric or None)
            return found

    return await render(
        request, "conflicts.html", rows=await run_in_threadpool(rows), company=company or "", metric=metric or ""
    )


# ---------------------------------------------------------------------------------- sign-in, docs


def _safe_next(target: str | None) -> str:
    """Only a path on this server (no //host, no scheme): a sign-in never redirects elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/signin", response_class=HTMLResponse)
async def signin_page(request: Request, next: str = "/") -> HTMLResponse:
    return await render(request, "signin.html", next=_safe_next(next), failed=False)


@router.post("/signin")
async def signin(
    request: Request, token: str = Form(""), csrf: str = Form(""), next: str = Form("/")
) -> Response:
    import hmac

    s = request.app.state.settings
    if not security.csrf_form_ok(request, csrf):
        return await render(request, "error.html", status=403, message="CSRF check failed: reload the page")
    expected = s.token.get_secret_value() if s.token else None
    if expected is None:
        return RedirectResponse(_safe_next(next), status_code=303)
    if not hmac.compare_digest(token.encode(), expected.encode()):
        return await render(request, "signin.html", status=401, next=_safe_next(next), failed=True)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        security.SESSION_COOKIE, security.session_value(expected), httponly=True, samesite="strict", path="/"
    )
    return response


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)


@router.get("/docs", response_class=HTMLResponse)
async def docs_page(request: Request) -> HTMLResponse:
    """The OpenAPI explorer, served from the bundled Swagger UI."""
    return await render(request, "docs.html")
