"""Security over a real server: token auth on every API route, sign-in, binds, escaping, upload paths."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from finbrief.web.settings import is_loopback
from tests.builders import CALL
from tests.web.builders import HOSTILE_LINES, HOSTILE_NAME, fixture_library
from tests.web.conftest import Server

TOKEN = "s3cret-token-for-tests"


class Tags(HTMLParser):
    """What a browser would build from a page: element names, handler attributes, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.handlers: list[tuple[str, str]] = []
        self.scripts: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.handlers += [(tag, k) for k, _ in attrs if k.startswith("on")]
        if tag == "script":
            a = dict(attrs)
            self.scripts.append((a.get("src") or "", a.get("type") or ""))


@pytest.fixture(scope="module")
def hostile(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> tuple[Server, str]:
    db = tmp_path_factory.mktemp("hostile") / "data" / "library.sqlite"
    doc = fixture_library(db)
    assert doc
    return serve(db), doc


@pytest.fixture(scope="module")
def locked(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> Server:
    db = tmp_path_factory.mktemp("locked") / "library.sqlite"
    fixture_library(db, hostile=False)
    return serve(db, token=TOKEN)


def test_every_api_route_needs_the_token(locked: Server) -> None:
    spec = httpx.get(locked.api("/openapi.json"), headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert httpx.get(locked.api("/openapi.json")).status_code == 401
    calls = 0
    for path, methods in spec["paths"].items():
        url = locked.api(re.sub(r"\{[^}]+\}", "abcd1234", path))
        for method in methods:
            for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": TOKEN}):
                r = httpx.request(method.upper(), url, headers=headers)
                assert r.status_code == 401, (method, path, headers, r.text)
                assert r.json() == {"error": "authentication required: send 'Authorization: Bearer <token>'"}
                calls += 1
    assert calls >= 13 * 3  # every route, three ways of getting it wrong
    ok = httpx.get(locked.api("/api/documents"), headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and len(ok.json()) == 4
    # A bearer call needs no CSRF token (it is not a browser's cookie).
    up = httpx.post(
        locked.api("/api/documents"),
        headers={"Authorization": f"Bearer {TOKEN}"},
        data={"text": CALL, "name": "call.txt"},
        timeout=120,
    )
    assert up.status_code == 201, up.text


def test_pages_ask_to_sign_in_and_a_sign_in_opens_them(locked: Server) -> None:
    with httpx.Client(base_url=locked.url, follow_redirects=False) as c:
        r = c.get("/search?q=cloud")
        assert r.status_code == 303 and r.headers["location"].startswith("/signin")
        form = c.get("/signin")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert csrf
        bad = c.post("/signin", data={"token": "nope", "csrf": csrf.group(1), "next": "/"})
        assert bad.status_code == 401
        forged = c.post("/signin", data={"token": TOKEN, "csrf": "forged", "next": "/"})
        assert forged.status_code == 403
        good = c.post("/signin", data={"token": TOKEN, "csrf": csrf.group(1), "next": "//evil.example/"})
        assert good.status_code == 303 and good.headers["location"] == "/"
        assert TOKEN not in good.headers["set-cookie"]
        assert c.get("/").status_code == 200
        # Signed in, the API answers the browser, and still wants the CSRF header for changes.
        assert c.get("/api/documents").status_code == 200
        assert c.delete("/api/documents/abcd1234", headers={"Origin": locked.url.rstrip("/")}).status_code == 403


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_no_token_no_listening_beyond_loopback(host: str, tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "serve", "--db", str(tmp_path / "l.sqlite"), "--host", host],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "", "HOME": str(tmp_path)},
    )
    assert r.returncode == 2
    assert f"refusing to listen on {host} without a token" in r.stderr


def test_loopback_addresses() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.1", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "example.com"))


def test_hostile_text_and_names_stay_text(hostile: tuple[Server, str]) -> None:
    server, doc = hostile
    pages = [
        httpx.get(server.api(p), timeout=120).text
        for p in (f"/documents/{doc}", f"/documents/{doc}?lang=en", "/", "/search?q=svg", "/search?q=script")
    ]
    for html in pages:
        assert "<svg" not in html and "<img" not in html and "<script>alert" not in html
        tags = Tags()
        tags.feed(html)
        # Every script is a file of ours (or a JSON data block); no element carries a handler.
        assert tags.handlers == [] and {"svg", "img"}.isdisjoint(tags.names)
        assert all(src.startswith("/static/") or kind == "application/json" for src, kind in tags.scripts)
    reader = pages[0]
    assert "&lt;/script&gt;&lt;script&gt;alert(&#39;p1&#39;)&lt;/script&gt;" in reader
    assert "&#34;&gt;&lt;svg onload=alert(&#39;p2&#39;)&gt;" in reader
    assert "\u202eevil text" in reader  # kept as text, isolated by <bdi>
    assert "{{ 7*7 }}" in reader  # document text is never a template
    assert "&lt;svg onload" in pages[2]  # the hostile file name in the library list
    api = httpx.get(server.api(f"/api/documents/{doc}/parse")).json()
    assert [p["text"] for p in api["paragraphs"]] == list(HOSTILE_LINES)
    assert {Path(str(r["source"])).name for r in httpx.get(server.api("/api/documents")).json()} >= {HOSTILE_NAME}


def test_uploads_are_never_written_outside_the_data_folder(hostile: tuple[Server, str], tmp_path: Path) -> None:
    server, _ = hostile
    data_dir = server.db.parent
    root = data_dir.parent
    before = {p for p in root.rglob("*")}
    names = ["../../escape.txt", "/tmp/abs-escape.txt", "..\\..\\win-escape.txt", "a/../../b.txt"]
    for name in names:
        r = httpx.post(
            server.api("/api/documents"), files={"files": (name, CALL.encode(), "text/plain")}, timeout=120
        )
        assert r.status_code in (200, 201), r.text
        assert "/" not in r.json()["name"] and "\\" not in r.json()["name"]
    created = {p for p in root.rglob("*")} - before
    assert all(p.is_relative_to(data_dir) for p in created), created
    assert not Path("/tmp/abs-escape.txt").exists()
    assert not list((data_dir / "uploads").glob("*.part"))  # spooled files are removed when done
