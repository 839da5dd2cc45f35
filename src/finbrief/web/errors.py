"""Errors as HTTP: each typed error has its status; the body is one line, ``{"error": "..."}``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from finbrief.errors import FinbriefError, InputError
from finbrief.library.errors import (
    AmbiguousId,
    InvalidQuery,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryNotFound,
    LibraryReadOnly,
    LibraryUnavailable,
    NewerSchema,
    NotFound,
)
from finbrief.summarize.llm.client import LLMError
from finbrief.summarize.llm.config import ConfigError

STATUSES: tuple[tuple[type[Exception], int], ...] = (
    (NotFound, 404),  # no such document; no facts for that metric or subject
    (AmbiguousId, 409),
    (InvalidQuery, 400),
    (LibraryBusy, 503),
    (LibraryReadOnly, 503),
    (NewerSchema, 500),
    (LibraryDamaged, 500),
    (LibraryUnavailable, 500),
    (LibraryNotFound, 500),
    (LibraryError, 500),
    (InputError, 422),
    (ConfigError, 503),  # the server has no LLM endpoint configured
    (LLMError, 502),  # the LLM endpoint cannot be reached, refuses or keeps failing
    (FinbriefError, 400),
    (ValueError, 400),
)
"""First match wins: the most specific class first. What the client asked wrong is 4xx; what is
wrong with the server's library file (busy, read-only, damaged, from a newer finbrief) or its LLM
endpoint is 5xx."""


class HTTPError(Exception):
    """An error with its own status (a too-large upload: 413, an unsupported type: 415)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def status_of(exc: Exception) -> int:
    if isinstance(exc, HTTPError):
        return exc.status
    for cls, status in STATUSES:
        if isinstance(exc, cls):
            return status
    return 500


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def error_body(exc: Exception) -> dict[str, str]:
    """One line; a library error without the library's path (the server's file is not the client's business)."""
    text = exc.message if isinstance(exc, LibraryError) else str(exc)
    return {"error": one_line(text)}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "invalid request: " + "; ".join(parts)


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into one-line JSON errors."""

    async def known(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(error_body(exc), status_code=status_of(exc))

    async def validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return JSONResponse({"error": one_line(_validation_message(exc))}, status_code=422)

    async def http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": one_line(str(exc.detail))}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    for cls in (HTTPError, FinbriefError, ValueError):
        app.add_exception_handler(cls, known)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(HTTPException, http)
