"""Reads kept in memory by a real server stay true to the library: every change shows at the next read."""

from __future__ import annotations

import re
import subprocess
import sys
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
