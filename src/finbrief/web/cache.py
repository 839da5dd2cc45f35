"""Reads answered from memory: a page or a JSON answer is made once and kept until the library changes.

Every read the server answers is a function of the library's content, so a GET answered with 200
is kept as bytes and served again while that content is unchanged:

- ``PRAGMA data_version`` on one read connection (microseconds) says whether any process, this
  server's workers or a ``finbrief library add`` elsewhere, committed since the answer was made;
- answers about the library as a whole (lists, search, timeline, conflicts) are made again then;
- answers about one document named by its full id (its reader page, its contracts) are kept while
  that document and its stored outputs are unchanged (checked once per change of the library).

Concurrent requests for an answer being made wait for that one computation. Pages carry each
browser's own CSRF token: they are made with a placeholder (``CSRF_SLOT``) filled in on the way out.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import re
import secrets
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from finbrief.library import Library, LibraryError

CSRF_SLOT = "csrf-slot-" + secrets.token_hex(16)
"""Stands for the browser's CSRF token in every page (random per process: no document contains it)."""
MAX_BYTES = 64 << 20
"""Memory for kept answers; the least recently used go first."""

_DOC = "(?P<doc>[0-9a-f]{64})"
ROUTES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(rf"/documents/{_DOC}"), True),
    (re.compile(rf"/api/documents/{_DOC}(?:/(?:parse|facts|brief|minutes))?"), True),
    (re.compile(r"/api/documents/[^/]+(?:/(?:parse|facts|brief|minutes))?"), False),
    (re.compile(r"/(?:api/)?(?:documents|search|timeline|conflicts|export)?"), False),
)
"""Reads that are kept, and whether the answer is about one document (True) or the whole library.
A document named by an id prefix is a library-wide answer: a new document can make it ambiguous."""


def cacheable(path: str) -> tuple[bool, str | None]:
    """(kept at all, the document it is about)."""
    for pattern, per_document in ROUTES:
        m = pattern.fullmatch(path)
        if m:
            return True, m.group("doc") if per_document else None
    return False, None


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    version: int
    """The library version it was last known valid for."""
    doc: str | None
    stamp: bytes | None
    """The document's rows it was made from (``Versions.stamp``), for answers about one document."""


class Versions:
    """The library's version and each document's stamp, read on one connection of the event loop's."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.lib: Library | None = None
        self.version = -1
        self.stamps: dict[str, bytes | None] = {}
        self.connections = 0
        """Connections opened so far: ``data_version`` counts per connection, so each new one
        starts a new range of versions (nothing kept under an old connection matches by chance)."""

    def current(self) -> int | None:
        """The version now (None: the library cannot be read; nothing is kept then)."""
        try:
            if self.lib is None:
                self.lib = Library(self.db, mode="read")
                self.connections += 1
            seen = int(self.lib.conn.execute("PRAGMA data_version").fetchone()[0])
            version = (self.connections << 48) + seen
        except (LibraryError, sqlite3.Error):
            self.close()
            return None
        if version != self.version:
            self.version, self.stamps = version, {}
        return version

    def stamp(self, doc_id: str) -> bytes | None:
        """A digest of what the answers about a document are made from (None: it is gone)."""
        if doc_id not in self.stamps:
            self.stamps[doc_id] = self._stamp(doc_id)
        return self.stamps[doc_id]

    def _stamp(self, doc_id: str) -> bytes | None:
        if self.lib is None:
            return None
        conn = self.lib.conn
        try:
            row = conn.execute(
                "SELECT added_at, paragraph_count, fact_count FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                return None
            digest = hashlib.blake2b(repr(tuple(row)).encode(), digest_size=16)
            for r in conn.execute(
                "SELECT kind, backend, model, lang, created_at, data FROM outputs WHERE doc_id = ?"
                " ORDER BY kind, backend, model, lang",
                (doc_id,),
            ):
                digest.update(repr(tuple(r)).encode())
            return digest.digest()
        except sqlite3.Error:
            return None

    def close(self) -> None:
        if self.lib is not None:
            self.lib.close()
        self.lib, self.version, self.stamps = None, -1, {}


class ReadCache:
    """ASGI middleware: keeps the answers to reads (see the module) and fills in pages' CSRF token."""

    def __init__(self, app: ASGIApp, db: Path, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.versions = Versions(db)
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.pending: dict[str, asyncio.Future[None]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            await self.app(scope, receive, send)
            return
        kept, doc = cacheable(scope["path"]) if scope["method"] == "GET" else (False, None)
        version = self.versions.current() if kept else None
        if version is None:
            made = await self._run(scope, receive, send, keep=False)
            if made:
                await _send(send, scope, *made)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        while True:
            entry = self._lookup(key, version)
            if entry is not None:
                await _send(send, scope, entry.status, entry.headers, entry.body)
                return
            pending = self.pending.get(key)
            if pending is None:
                break
            await asyncio.shield(pending)  # made by a request before this one: use it
            version = self.versions.current()
            if version is None:
                break
        stamp = self.versions.stamp(doc) if doc else None
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.pending[key] = done
        try:
            made = await self._run(scope, receive, send, keep=True)
        finally:
            del self.pending[key]
            done.set_result(None)
        if made is None:
            return
        status, headers, body = made
        if status == 200 and version is not None and (doc is None or stamp is not None):
            self._keep(key, Entry(status, headers, body, version, doc, stamp))
        await _send(send, scope, status, headers, body)

    def _lookup(self, key: str, version: int) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry.version != version:
            if entry.doc is None or self.versions.stamp(entry.doc) != entry.stamp:
                self._drop(key)
                return None
            entry.version = version
        self.entries.move_to_end(key)
        return entry

    def _keep(self, key: str, entry: Entry) -> None:
        if key in self.entries:
            self._drop(key)
        entry.headers = [(k, v) for k, v in entry.headers if k.lower() != b"set-cookie"]
        if len(entry.body) > self.max_bytes // 8:
            return
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.size > self.max_bytes:
            self._drop(next(iter(self.entries)))

    def _drop(self, key: str) -> None:
        self.size -= len(self.entries.pop(key).body)

    async def _run(
        self, scope: Scope, receive: Receive, send: Send, keep: bool
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        """Run the app; a page (or, with ``keep``, any answer) is collected and returned whole, anything
        else (static files, errors of unkept routes) goes straight to the client (None)."""
        start: Message | None = None
        chunks: list[bytes] = []
        collect = False

        async def collecting(message: Message) -> None:
            nonlocal start, collect
            if message["type"] == "http.response.start":
                ctype = dict(message.get("headers", ())).get(b"content-type", b"")
                collect = keep or ctype.startswith(b"text/html")
                if collect:
                    start = message
                    return
            elif message["type"] == "http.response.body" and collect:
                chunks.append(message.get("body", b""))
                return
            await send(message)

        await self.app(scope, receive, collecting)
        if start is None:
            return None
        headers = [(k, v) for k, v in start.get("headers", ()) if k.lower() != b"content-length"]
        return int(start["status"]), headers, b"".join(chunks)


async def _send(send: Send, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    """Send a collected answer; a page gets the browser's CSRF token in place of ``CSRF_SLOT``."""
    if dict(headers).get(b"content-type", b"").startswith(b"text/html"):
        token = html.escape(str(scope.get("state", {}).get("csrf", "")))
        body = body.replace(CSRF_SLOT.encode(), token.encode())
    await send(
        {"type": "http.response.start", "status": status,
         "headers": [*headers, (b"content-length", str(len(body)).encode())]}
    )
    await send({"type": "http.response.body", "body": body})
