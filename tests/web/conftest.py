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
    log: Path | None = None

    def api(self, path: str) -> str:
        return self.url.rstrip("/") + path


def start_server(
    db: Path, *args: str, token: str | None = None, env: dict[str, str] | None = None
) -> Server:
    """Start ``finbrief serve --port 0`` and wait for the URL it prints (its output goes to a log
    file beside the library, so a chatty server never blocks on a full pipe). ``env`` adds to the
    server's environment (an LLM endpoint, say)."""
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("FINBRIEF_")}, "PYTHONUNBUFFERED": "1",
           **(env or {})}
    if token:
        env["FINBRIEF_TOKEN"] = token
    db.parent.mkdir(parents=True, exist_ok=True)
    log_path = db.parent / f"serve-{os.getpid()}-{time.monotonic_ns()}.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "finbrief.cli", "serve", "--db", str(db), "--port", "0", *args],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    log.close()
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and proc.poll() is None:
        m = URL_RE.search(log_path.read_text())
        if m:
            return Server(m.group(1), db, proc, token, log_path)
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + log_path.read_text())


def stop_server(server: Server) -> None:
    if server.process.poll() is not None and server.log:
        raise RuntimeError(f"the server had stopped: {server.log.read_text()[-3000:]}")
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

    def make(
        db: Path | None = None, *args: str, token: str | None = None, env: dict[str, str] | None = None
    ) -> Server:
        path = db or tmp_path_factory.mktemp("data") / "library.sqlite"
        server = start_server(path, *args, token=token, env=env)
        started.append(server)
        return server

    yield make
    for s in started:
        if s.process.returncode is None:
            stop_server(s)
