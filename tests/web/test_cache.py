"""Reads kept in memory by a real server stay true to the library: every change shows at the next read."""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from finbrief.library import Library
from tests.library.builders import EN_CALL
from tests.web.builders import fixture_library
from tests.web.conftest import Server

META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')


@pytest.fixture(scope="module")
def server(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> Server:
    db = tmp_path_factory.mktemp("cache") / "data" / "library.sqlite"
    fixture_library(db, hostile=False)
    return serve(db)


def ids(server: Server) -> dict[str, str]:
    return {Path(r["source"]).name: r["id"] for r in httpx.get(server.api("/api/documents")).json()}


def test_a_document_added_by_another_process_shows_at_the_next_read(server: Server, tmp_path: Path) -> None:
    assert "quokka_call.txt" not in httpx.get(server.url).text
    search = httpx.get(server.api("/api/search"), params={"q": "Quokka"}).json()
    assert search == []
    call = tmp_path / "quokka_call.txt"
    call.write_text(EN_CALL.replace("NovaSky", "Quokka"), encoding="utf-8")
    add = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "library", "add", str(call), "--db", str(server.db)],
        capture_output=True, text=True, timeout=300,
    )
    assert add.returncode == 0, add.stderr
    assert "quokka_call.txt" in httpx.get(server.url).text
    assert "quokka_call.txt" in ids(server)
    assert httpx.get(server.api("/api/search"), params={"q": "Quokka"}).json()


def test_a_deleted_document_is_gone_from_its_kept_pages(server: Server) -> None:
    files = {"files": ("short-lived.md", b"# Short lived\n\nNovaSky revenue rose 4%.\n", "text/markdown")}
    doc = httpx.post(server.api("/api/documents"), files=files, timeout=120).json()["id"]
    for path in (f"/documents/{doc}", f"/api/documents/{doc}", f"/api/documents/{doc}/brief"):
        assert httpx.get(server.api(path)).status_code == 200
    with Library(server.db) as lib:  # another process's delete: the server's memory is not told
        lib.remove(doc)
    for path in (f"/documents/{doc}", f"/api/documents/{doc}", f"/api/documents/{doc}/brief"):
        assert httpx.get(server.api(path)).status_code == 404, path
    assert "short-lived.md" not in httpx.get(server.url).text


def test_a_new_output_of_a_document_shows_in_its_kept_answer(server: Server) -> None:
    doc = ids(server)["en_call.txt"]
    shown = httpx.get(server.api(f"/api/documents/{doc}")).json()
    assert ("brief", "zh-Hant") not in {(v["kind"], v["lang"]) for v in shown["output_variants"]}
    zh = httpx.get(server.api(f"/api/documents/{doc}/brief"), params={"lang": "zh-Hant"}, timeout=120).json()
    assert zh["lang"] == "zh-Hant"
    again = httpx.get(server.api(f"/api/documents/{doc}")).json()
    assert ("brief", "zh-Hant") in {(v["kind"], v["lang"]) for v in again["output_variants"]}


def test_each_browser_gets_its_own_csrf_token_in_a_kept_page(server: Server) -> None:
    doc = ids(server)["zh_hant_call.txt"]
    tokens = []
    for _ in range(2):
        with httpx.Client(base_url=server.url) as browser:
            page = browser.get(f"/documents/{doc}")
            cookie = browser.cookies.get("fb_csrf")
            assert cookie and META.findall(page.text) == [cookie]
            assert f'name="csrf" value="{cookie}"' in page.text
            assert "csrf-slot-" not in page.text
            tokens.append(cookie)
    assert tokens[0] != tokens[1]


def test_an_idle_kept_alive_connection_is_still_served(server: Server) -> None:
    """A client that reuses its connection after a pause gets an answer, not a closed socket."""
    host, port = server.url.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        request = f"GET /api/documents HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        for pause in (0, 6):
            time.sleep(pause)
            s.sendall(request)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = s.recv(65536)
                assert chunk, f"connection closed by the server after {pause} s idle"
                head += chunk
            assert head.startswith(b"HTTP/1.1 200"), head[:100]
            length = int(re.search(rb"content-length: (\d+)", head.lower()).group(1))  # type: ignore[union-attr]
            body = head.split(b"\r\n\r\n", 1)[1]
            while len(body) < length:
                body += s.recv(65536)


def event_loops() -> list[str]:
    """The loops uvicorn may run on here: asyncio's own, and uvloop where it is installed."""
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return ["asyncio"]
    return ["asyncio", "uvloop"]


@pytest.mark.parametrize("loop", event_loops())
def test_the_listening_socket_gets_answers_out_without_delay(loop: str) -> None:
    """Connections accepted on the server's socket have Nagle's algorithm off (TCP_NODELAY): with it
    on, each answer on a kept-alive connection waited for the client's delayed ACK (~40 ms)."""
    from finbrief.web import listening_socket
    from finbrief.web.settings import Settings

    async def accepted_nodelay() -> int:
        sock = listening_socket(Settings(db=Path("x.sqlite"), port=0))
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            raw = writer.get_extra_info("socket")
            seen.set_result(raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=sock)
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        value = await asyncio.wait_for(seen, 10)
        writer.close()
        server.close()
        return value

    if loop == "uvloop":
        import uvloop

        assert uvloop.run(accepted_nodelay()) != 0
    else:
        assert asyncio.run(accepted_nodelay()) != 0
