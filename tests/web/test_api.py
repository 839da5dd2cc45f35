"""The HTTP API over a real ``finbrief serve`` process on 127.0.0.1: contracts, uploads, errors, jobs."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.builders import CALL
from tests.library.builders import EN_CALL
from tests.web.builders import fixture_library
from tests.web.conftest import Server

MAX_BYTES = 20_000


@pytest.fixture(scope="module")
def server(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> Server:
    db = tmp_path_factory.mktemp("api") / "data" / "library.sqlite"
    fixture_library(db)
    return serve(db, "--max-bytes", str(MAX_BYTES), "--max-files", "3")


@pytest.fixture(scope="module")
def client(server: Server) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=120)


def doc_id(client: httpx.Client, name: str) -> str:
    rows = client.get("/api/documents").json()
    return str(next(r["id"] for r in rows if Path(str(r["source"])).name == name))


def wait_job(client: httpx.Client, url: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(url).json()
        if job["state"] == "done":
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {url} did not finish")


def test_list_and_filter_documents(client: httpx.Client) -> None:
    rows = client.get("/api/documents").json()
    assert {Path(r["source"]).name for r in rows} >= {"en_call.txt", "zh_hant_call.txt", "zh_hans_news.txt"}
    en = client.get("/api/documents", params={"language": "en", "kind": "transcript"}).json()
    assert [Path(r["source"]).name for r in en] == ["en_call.txt"]
    assert client.get("/api/documents", params={"company": "NVSK", "period": "2025Q4"}).json()[0]["period"] == "2025Q4"
    bad = client.get("/api/documents", params={"language": "klingon"})
    assert bad.status_code == 422 and "language" in bad.json()["error"]


def test_a_document_in_the_cli_contracts(client: httpx.Client) -> None:
    ref = doc_id(client, "en_call.txt")
    parsed = client.get(f"/api/documents/{ref[:10]}/parse").json()
    assert parsed["id"] == ref and parsed["paragraphs"][0]["n"] == 1
    assert set(parsed) >= {"id", "title", "language", "kind", "paragraphs", "speakers", "qa"}
    facts = client.get(f"/api/documents/{ref}/facts").json()
    assert facts and set(facts[0]) >= {"subject", "metric", "value", "unit", "change", "period", "paragraph", "evidence"}
    assert facts[0]["evidence"] in parsed["paragraphs"][facts[0]["paragraph"] - 1]["text"]
    brief = client.get(f"/api/documents/{ref}/brief", params={"lang": "zh-Hans"}).json()
    assert brief["lang"] == "zh-Hans" and brief["document"]["id"] == ref
    cited = [c for s in brief["highlights"] + brief["core_viewpoint"] for c in s["citations"]]
    assert cited and all(1 <= c <= len(parsed["paragraphs"]) for c in cited)
    minutes = client.get(f"/api/documents/{ref}/minutes", params={"lang": "en"}).json()
    assert minutes["qa"] and minutes["qa"][0]["question"]["citations"]


def test_upload_one_file_then_the_same_bytes(client: httpx.Client) -> None:
    files = {"files": ("星穹 call.txt", CALL.encode("utf-8"), "text/plain")}
    r = client.post("/api/documents", files=files)
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["added"] and added["name"] == "星穹 call.txt"
    again = client.post("/api/documents", files=files)
    assert again.status_code == 200 and again.json()["id"] == added["id"] and not again.json()["added"]
    stored = client.get(f"/api/documents/{added['id']}").json()
    assert set(stored["outputs"]) == {"brief", "minutes"} and stored["facts"]


def test_upload_pasted_text(client: httpx.Client) -> None:
    r = client.post("/api/documents", data={"text": EN_CALL.replace("NovaSky", "NovaSky Pasted"), "name": "notes"})
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "notes.txt"


@pytest.mark.parametrize(
    ("name", "data", "status", "message"),
    [
        ("empty.txt", b"", 422, "empty.txt: empty"),
        ("tool.exe", b"MZ\x90\x00", 415, "tool.exe: unsupported file type '.exe'"),
        ("big.txt", b"a" * (MAX_BYTES + 1), 413, "big.txt: file too large"),
        ("blob.txt", bytes(range(256)) * 4, 422, "blob.txt: "),
    ],
)
def test_bad_uploads_get_the_cli_message(
    client: httpx.Client, tmp_path: Path, name: str, data: bytes, status: int, message: str
) -> None:
    import subprocess
    import sys

    r = client.post("/api/documents", files={"files": (name, data, "application/octet-stream")})
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"] and "\n" not in body["error"] and body["error"].startswith(message)
    # The CLI says the same about the same file.
    path = tmp_path / name
    path.write_bytes(data)
    cli = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "parse", str(path), "--max-bytes", str(MAX_BYTES)],
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 2
    assert body["error"].split(": ", 1)[1] in cli.stderr


def test_upload_limits(client: httpx.Client) -> None:
    assert client.post("/api/documents").status_code == 400
    four = [("files", (f"f{i}.txt", CALL.encode(), "text/plain")) for i in range(4)]
    r = client.post("/api/documents", files=four)
    assert r.status_code == 413 and "too many files" in r.json()["error"]


def test_several_files_are_a_job_with_progress(client: httpx.Client) -> None:
    files = [
        ("files", ("good.md", b"# NovaSky notes\n\nNovaSky revenue rose 12% year over year.\n", "text/markdown")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    r = client.post("/api/documents", files=files)
    assert r.status_code == 202, r.text
    job = wait_job(client, r.json()["status_url"])
    assert job["progress"] == {"done": 2, "total": 2, "failed": 1}
    items = {i["name"]: i for i in job["items"]}
    assert items["good.md"]["added"] and items["empty.txt"]["error"].startswith("empty.txt: empty")
    assert client.get("/api/jobs/nosuchjob").status_code == 404


def test_delete_then_not_found(client: httpx.Client) -> None:
    files = {"files": ("to-delete.md", b"# Gone soon\n\nNovaSky revenue rose 3%.\n", "text/markdown")}
    ref = client.post("/api/documents", files=files).json()["id"]
    assert client.delete(f"/api/documents/{ref}").json()["id"] == ref
    gone = client.get(f"/api/documents/{ref}")
    assert gone.status_code == 404 and gone.json() == {"error": f"no document {ref} in the library"}
    assert client.get(f"/api/documents/{ref}/brief").status_code == 404


def test_typed_errors_become_statuses(client: httpx.Client) -> None:
    r = client.get("/api/documents/zz")
    assert r.status_code == 400 and "not a document id" in r.json()["error"]
    r = client.get(f"/api/documents/{doc_id(client, 'en_call.txt')}/brief", params={"backend": "oracle"})
    assert r.status_code == 400 and "unknown summarizer backend" in r.json()["error"]
    r = client.get("/api/search", params={"q": "cloud", "period": "soon"})
    assert r.status_code == 400 and "is not a period" in r.json()["error"]


def test_the_reader_in_english_marks_quotes_and_names_each_question_topic(client: httpx.Client) -> None:
    ref = doc_id(client, "zh_hant_call.txt")
    minutes = client.get(f"/api/documents/{ref}/minutes", params={"lang": "en"}).json()
    page = client.get(f"/documents/{ref}", params={"lang": "en"}).text
    topics = [q["topic"] for q in minutes["qa"] if q.get("topic")]
    assert topics and all(html.escape(t) in page for t in topics)
    quoted = [s for c in minutes["chapters"] for s in c["summary"] if s["lang"] != "en"]
    for s in quoted:  # a Chinese sentence on an English page is a marked quote with its language
        assert f'<q class="quote" lang="{s["lang"]}">{html.escape(s["text"])}</q>' in page
    written = [s for q in minutes["qa"] for s in (q["question"], q["answer"]) if s.get("quote") and s["lang"] == "en"]
    assert written and all(html.escape(s["quote"]) in page for s in written)  # the source under it


def test_search_in_both_scripts(client: httpx.Client) -> None:
    for q in ("星穹云", "星穹雲"):
        hits = client.get("/api/search", params={"q": q}).json()
        assert {Path(h["source"]).name for h in hits} >= {"zh_hant_call.txt"}
        assert all("[" in h["snippet"] for h in hits)


def test_timeline_conflicts_and_export(client: httpx.Client) -> None:
    tl = client.get("/api/timeline", params={"subject": "NovaSky Cloud", "metric": "revenue", "change": "yoy"}).json()
    assert tl["series"] and all(p["sources"] for s in tl["series"] for p in s["points"])
    assert isinstance(client.get("/api/conflicts").json(), list)
    csv = client.get("/api/export", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "metric" in csv.text.splitlines()[0]
    assert client.get("/api/export", params={"format": "json"}).json()


def test_openapi_and_security_headers(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/search", "/api/timeline", "/api/jobs/{job_id}"} <= set(spec["paths"])
    r = client.get("/docs")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in r.text  # no inline script anywhere
    external = re.findall(r"""(?:src|href)\s*=\s*["']?((?:https?:)?//[^"'\s>]+)""", r.text, re.I)
    assert not external, external  # swagger-ui is served from the package, never from a CDN


def test_csrf_refuses_a_cross_site_browser_post(client: httpx.Client) -> None:
    files = {"files": ("x.txt", CALL.encode(), "text/plain")}
    r = client.post("/api/documents", files=files, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and "CSRF" in r.json()["error"]
    client.get("/upload")
    token = client.cookies.get("fb_csrf")
    assert token
    r = client.post(
        f"/api/documents/{'0' * 8}/x", headers={"Origin": "https://evil.example", "Cookie": f"fb_csrf={token}"}
    )
    assert r.status_code == 403
    ok = httpx.post(
        client.base_url.join("/api/documents"),
        data={"text": "NovaSky revenue rose 1%.", "name": "csrf.txt"},
        headers={"Origin": str(client.base_url).rstrip("/"), "X-CSRF-Token": token},
        cookies={"fb_csrf": token},
        timeout=120,
    )
    assert ok.status_code == 201, ok.text


def test_the_upload_form_offers_every_file_type_the_reader_reads(client: httpx.Client) -> None:
    """A subtitle, a tab-separated export or a vendor's XML file can be picked in the browser's file dialog."""
    from finbrief.ingest.detect import EXTENSIONS

    m = re.search(r'type="file"[^>]*accept="([^"]*)"', client.get("/upload").text)
    assert m, "the upload form has no file input with an accept list"
    assert set(m.group(1).split(",")) == set(EXTENSIONS)
    assert {".srt", ".vtt", ".tsv", ".xml", ".pdf", ".docx"} <= set(m.group(1).split(","))
