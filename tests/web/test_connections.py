"""Connections to a real server: answered at once, kept while idle, accepted from the moment the URL is printed."""

from __future__ import annotations

import asyncio
import re
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from finbrief.web import listening_socket
from finbrief.web.settings import Settings
from tests.web.builders import fixture_library
from tests.web.conftest import Server


@pytest.fixture(scope="module")
def server(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> Server:
    db = tmp_path_factory.mktemp("connections") / "data" / "library.sqlite"
    fixture_library(db, hostile=False)
    return serve(db)


def test_a_client_connecting_before_the_server_has_started_is_queued_not_refused() -> None:
    sock = listening_socket(Settings(db=Path("x.sqlite"), port=0))
    try:
        with socket.create_connection(sock.getsockname()[:2], timeout=5):
            pass  # the handshake completed: the connection waits in the backlog
    finally:
        sock.close()


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
