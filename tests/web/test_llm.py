"""``backend=llm`` through the HTTP API, against the scripted OpenAI-compatible server: a job with
progress, only verified statements in its result, the output kept in the library, and one clear
error when the endpoint cannot be used."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from finbrief import pipeline
from finbrief.library import Library
from finbrief.model import Fact, Figure, Statement
from finbrief.verify import check
from tests.summarize.helpers import SAMPLES
from tests.summarize.llm.fake import answer, fake_model
from tests.summarize.llm.server import MODEL, Reply, ScriptedServer, Seen
from tests.web.conftest import Server

ZH = SAMPLES / "zh" / "novasky_2026q2_call.txt"
HALLUCINATED = "NovaSky will invest $20 billion in AI over three years."


def closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def llm_env(base_url: str, tmp: Path) -> dict[str, str]:
    return {
        "FINBRIEF_LLM_BASE_URL": base_url,
        "FINBRIEF_LLM_CONFIG": str(tmp / "no-config.toml"),
        "FINBRIEF_LLM_CACHE": str(tmp / "llm-cache.sqlite"),
    }


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    """A library holding the Chinese sample call; its id; the fact the model will get wrong."""
    db = tmp_path_factory.mktemp("llm") / "data" / "library.sqlite"
    with Library(db) as lib:
        doc_id, _ = pipeline.add(lib, ZH)
        row = lib.document(doc_id)
    invest = next(f for f in row["facts"] if f["metric"] == "investment" and f["value"] == 2e11)
    return db, doc_id, invest


@pytest.fixture(scope="module")
def model(library: tuple[Path, str, dict[str, Any]]) -> Iterator[ScriptedServer]:
    """The fake model, a little slow (progress can be watched), wrong once: "$20 billion" for the
    call's RMB 200 billion investment plan, in the notes on the paragraph that states it."""
    db, doc_id, invest = library
    with Library(db, mode="read") as lib:
        doc = lib.load(doc_id)
    n = invest["paragraph"]
    quote = next(s.text for s in doc.paragraph(n).sentences if invest["evidence"] in s.text)
    wrong = {"text": HALLUCINATED, "citations": [n], "quote": quote,
             "figures": [{"value": 2e10, "unit": "USD", "subject": invest["subject"], "metric": "investment"}]}

    def script(seen: Seen) -> Reply:
        reply = fake_model(seen)
        payload = seen.payload if len(seen.body["messages"]) > 1 else {}
        if any(p.get("n") == n for p in payload.get("paragraphs", [])) and "failed" not in payload.get("task", ""):
            data = answer(payload)
            data["points"].append(wrong)
            reply = Reply(json.dumps(data, ensure_ascii=False))
        return replace(reply, delay=0.1)

    with ScriptedServer(script) as srv:
        yield srv


def wait_job(server: Server, url: str, timeout: float = 300) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The finished job, and every running state seen on the way."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = httpx.get(server.api(url)).json()
        if job["state"] != "running":
            return job, seen
        seen.append(job)
        time.sleep(0.1)
    raise AssertionError(f"job {url} did not finish")


def statements(out: dict[str, Any]) -> list[dict[str, Any]]:
    return [*out["core_viewpoint"], *(p for g in out["groups"] for p in g["points"]), *out["highlights"]]


def test_an_llm_brief_is_a_job_with_progress_then_a_kept_verified_output(
    serve: Callable[..., Server], library: tuple[Path, str, dict[str, Any]], model: ScriptedServer, tmp_path: Path
) -> None:
    db, doc_id, _ = library
    server = serve(db, env=llm_env(model.base_url, tmp_path))
    url = f"/api/documents/{doc_id}/brief"
    r = httpx.get(server.api(url), params={"backend": "llm", "lang": "en"})
    assert r.status_code == 202, r.text
    started = r.json()
    assert started["kind"] == "brief" and started["state"] == "running"
    assert r.headers["location"] == started["status_url"] == f"/api/jobs/{started['id']}"
    # Asked again while it runs: the same job, not a second run.
    assert httpx.get(server.api(url), params={"backend": "llm", "lang": "en"}).json()["id"] == started["id"]

    job, running = wait_job(server, started["status_url"])
    assert job["state"] == "done" and job["error"] is None
    assert job["progress"]["done"] == job["progress"]["total"] == 1
    answered = [j["progress"].get("requests", 0) for j in running]
    assert max(answered) >= 1 and answered == sorted(answered)  # the model's answers, counted as they come
    brief = job["result"]
    assert brief["meta"]["backend"] == "llm" and brief["meta"]["model"] == MODEL and brief["lang"] == "en"

    # Every statement shown passes the verifier against the stored document; the wrong figure did not.
    with Library(db, mode="read") as lib:
        doc = lib.load(doc_id)
        facts = [Fact(**f) for f in lib.document(doc_id)["facts"]]
    shown = statements(brief)
    assert shown
    for s in shown:
        st = Statement(
            text=s["text"], citations=tuple(s["citations"]), quote=s.get("quote"),
            figures=tuple(Figure(**f) for f in s["figures"]) if s.get("figures") is not None else None,
        )
        assert check(st, doc, facts) is None, s
    assert all("$20 billion" not in s["text"] for s in shown)
    assert any("$20 billion" in w for w in brief["warnings"])

    # Kept in the library beside the extractive outputs: answered at once now, and after a restart.
    again = httpx.get(server.api(url), params={"backend": "llm", "lang": "en"})
    assert again.status_code == 200 and again.json() == brief
    with Library(db, mode="read") as lib:
        variants = {(v["kind"], v["backend"], v["model"], v["lang"]) for v in lib.document(doc_id)["output_variants"]}
    assert ("brief", "llm", MODEL, "en") in variants and ("brief", "extractive", "", "zh-Hans") in variants
    requests = len(model.seen)
    restarted = serve(db, env=llm_env(model.base_url, tmp_path))
    assert httpx.get(restarted.api(url), params={"backend": "llm", "lang": "en"}).json() == brief
    assert len(model.seen) == requests


def test_an_unreachable_endpoint_fails_the_job_with_one_clear_line(
    serve: Callable[..., Server], library: tuple[Path, str, dict[str, Any]], tmp_path: Path
) -> None:
    db, doc_id, _ = library
    endpoint = closed_port()
    server = serve(db, env=llm_env(endpoint, tmp_path))
    r = httpx.get(server.api(f"/api/documents/{doc_id}/minutes"), params={"backend": "llm", "lang": "zh-Hant"})
    assert r.status_code == 202, r.text
    job, _ = wait_job(server, r.json()["status_url"])
    assert job["state"] == "failed" and job["result"] is None
    assert job["error"].startswith(f"cannot reach the LLM endpoint {endpoint}")
    assert "\n" not in job["error"] and "Traceback" not in job["error"]
    assert job["progress"] == {"done": 1, "total": 1, "failed": 1}
    assert job["items"][0]["status"] == 502


def test_without_an_endpoint_the_llm_backend_is_refused_at_once(
    serve: Callable[..., Server], library: tuple[Path, str, dict[str, Any]], tmp_path: Path
) -> None:
    db, doc_id, _ = library
    server = serve(db, env={"FINBRIEF_LLM_CONFIG": str(tmp_path / "no-config.toml")})
    r = httpx.get(server.api(f"/api/documents/{doc_id}/minutes"), params={"backend": "llm", "lang": "en"})
    assert r.status_code == 503
    assert r.json()["error"].startswith("no LLM endpoint configured")
