"""The FastAPI application: settings, worker pool, jobs, security, API and pages."""

from __future__ import annotations

import json
import multiprocessing
import os
import tempfile
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from importlib import resources
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from finbrief import __version__
from finbrief.web import api, errors, pages, security
from finbrief.web.cache import ReadCache
from finbrief.web.settings import Settings
from finbrief.web.work import Jobs, init_worker

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

BODY_SLACK = 1 << 20
"""Room for multipart headers and form fields beyond the files themselves."""


class BodyLimit:
    """Refuse a request body over the limit while it arrives (a huge upload never fills the disk)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise errors.HTTPError(413, f"request too large (over {self.limit:,} bytes)")
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"error": f"request too large (over {self.limit:,} bytes)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings) -> FastAPI:
    """The server for one library file; the worker pool lives as long as the app."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.upload_dir.mkdir(parents=True, exist_ok=True)
        spool = settings.upload_dir / "tmp"
        spool.mkdir(exist_ok=True)
        # Multipart parts larger than a few MB are spooled to a temporary file: keep those in the
        # data folder too.
        tempfile.tempdir = str(spool)
        from finbrief.library import Library

        jobs: Jobs = app.state.jobs
        with Library(settings.db, mode="create") as lib:  # create or migrate it now; a bad file fails the start
            jobs.recover(lib)
        context = multiprocessing.get_context("spawn")
        progress: Queue[tuple[str, dict[str, int]] | None] = context.Queue()
        app.state.pool = ProcessPoolExecutor(
            max_workers=settings.workers, mp_context=context, initializer=init_worker,
            initargs=(progress, os.getpid()),
        )
        jobs.listen(progress)
        try:
            yield
        finally:
            await jobs.cancel()
            progress.put(None)
            app.state.pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="finbrief",
        version=__version__,
        description="Cited, number-verified briefs, minutes and facts from earnings calls and financial news,"
        " kept in a searchable library. The JSON of each route is the CLI's JSON contract.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.jobs = Jobs(settings.db)
    app.state.making = {}
    token = settings.token.get_secret_value() if settings.token else None
    errors.install(app)
    pages.install_error_pages(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("finbrief.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    # Outermost last: the body limit, then who may call, then the answers kept in memory.
    app.add_middleware(ReadCache, db=settings.db)
    app.add_middleware(security.Guard, token=token)
    limit = settings.max_files * settings.max_bytes + BODY_SLACK
    app.add_middleware(BodyLimit, limit=limit)
    return app
