"""A real ``finbrief serve`` process on 127.0.0.1 for the API and browser tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

URL_RE = re.compile(r"at (http://127\.0\.0\.1:\d+/)")
START_TIMEOUT = 60


@dataclass
class Server:
    url: str
    db: Path
    process: subprocess.Popen[str]
    token: str | None = None

    def api(self, path: str) -> str:
        return self.url.rstrip("/") + path


def start_server(db: Path, *args: str, token: str | None = None) -> Server:
    """Start ``finbrief serve --port 0`` and wait for the URL it prints."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("FINBRIEF_TOKEN", None)
    if token:
        env["FINBRIEF_TOKEN"] = token
    proc = subprocess.Popen(
        [sys.executable, "-m", "finbrief.cli", "serve", "--db", str(db), "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + START_TIMEOUT
    assert proc.stdout is not None
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        m = URL_RE.search(line)
        if m:
            return Server(m.group(1), db, proc, token)
    proc.kill()
    raise RuntimeError("server did not start: " + "".join(seen))


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Server]]:
    """Start servers for a module's tests; all are stopped at the end."""
    started: list[Server] = []

    def make(db: Path | None = None, *args: str, token: str | None = None) -> Server:
        path = db or tmp_path_factory.mktemp("data") / "library.sqlite"
        server = start_server(path, *args, token=token)
        started.append(server)
        return server

    yield make
    for s in started:
        stop_server(s)
