"""`--backend llm` as a user runs it: a real process against the scripted server; one line when it fails."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.summarize.helpers import SAMPLES
from tests.summarize.llm.server import ScriptedServer

ZH = SAMPLES / "zh" / "novasky_2026q2_call.txt"


def finbrief(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINBRIEF_")}
    env["FINBRIEF_LLM_CONFIG"] = str(tmp / "no-config.toml")
    env["FINBRIEF_LLM_CACHE"] = str(tmp / "llm-cache.sqlite")
    return subprocess.run(
        [sys.executable, "-m", "finbrief.cli", *args], capture_output=True, text=True, timeout=300, env=env
    )


def closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def test_brief_with_the_llm_backend_prints_json_with_meta_and_a_cost_line(
    server: ScriptedServer, tmp_path: Path
) -> None:
    r = finbrief("brief", str(ZH), "--backend", "llm", "--base-url", server.base_url, "--lang", "en", "-f", "json",
                 tmp=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["lang"] == "en" and out["meta"]["backend"] == "llm" and out["meta"]["model"] == "scripted-model"
    assert out["meta"]["requests"] == len(server.seen) and out["meta"]["prompt_tokens"] > 0
    points = out["core_viewpoint"] + [p for g in out["groups"] for p in g["points"]] + out["highlights"]
    assert points and all(p["quote"] and "figures" in p and p["lang"] == "en" for p in points)
    assert r.stderr.strip().splitlines()[-1].startswith(f"llm: {len(server.seen)} requests, 0 from cache")
    again = finbrief("brief", str(ZH), "--backend", "llm", "--base-url", server.base_url, "--lang", "en", "-f",
                     "json", tmp=tmp_path)
    assert json.loads(again.stdout)["groups"] == out["groups"]
    assert "llm: 0 requests" in again.stderr


def test_an_unreachable_endpoint_is_one_line_and_exit_2(tmp_path: Path) -> None:
    url = closed_port()
    r = finbrief("minutes", str(ZH), "--backend", "llm", "--base-url", url, tmp=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith(f"finbrief: error: cannot reach the LLM endpoint {url}")
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_no_endpoint_configured_says_how_to_configure_one(tmp_path: Path) -> None:
    r = finbrief("brief", str(ZH), "--backend", "llm", tmp=tmp_path)
    assert r.returncode == 2 and "no LLM endpoint configured" in r.stderr and "FINBRIEF_LLM_BASE_URL" in r.stderr


def test_fallback_extractive_warns_in_the_output(tmp_path: Path) -> None:
    r = finbrief("brief", str(ZH), "--backend", "llm", "--base-url", closed_port(), "--fallback", "extractive",
                 "-f", "json", tmp=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["warnings"][0].startswith("llm backend not used (cannot reach the LLM endpoint")
    assert out["meta"]["backend"] == "extractive" and out["core_viewpoint"]


def test_llm_check_names_the_model(server: ScriptedServer, tmp_path: Path) -> None:
    r = finbrief("llm", "check", "--base-url", server.base_url, tmp=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "models served: scripted-model" in r.stdout and "model: scripted-model answered in" in r.stdout
    bad = finbrief("llm", "check", "--base-url", closed_port(), tmp=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("finbrief: error: cannot reach the LLM endpoint")


def test_batch_with_the_llm_backend(server: ScriptedServer, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ZH, src / "zh.txt")
    shutil.copy(SAMPLES / "zh-Hant" / "novasky_2026q2_news.txt", src / "news.txt")
    r = finbrief("batch", str(src), "--out", str(tmp_path / "out"), "--what", "brief", "-f", "json", "--backend",
                 "llm", "--base-url", server.base_url, "--lang", "en", "--jobs", "1", tmp=tmp_path)
    assert r.returncode == 0, r.stderr
    for stem in ("zh", "news"):
        out = json.loads((tmp_path / "out" / f"{stem}.json").read_text(encoding="utf-8"))
        assert out["meta"]["backend"] == "llm" and out["core_viewpoint"]
    assert "2 written" in r.stderr and f"llm: {len(server.seen)} requests" in r.stderr


def test_library_keeps_outputs_per_backend_model_and_language(server: ScriptedServer, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert finbrief("library", "add", str(ZH), "--db", db, tmp=tmp_path).returncode == 0
    r = finbrief("library", "add", str(ZH), "--db", db, "--backend", "llm", "--base-url", server.base_url,
                 "--lang", "en", tmp=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "1 given new outputs" in r.stderr
    doc = json.loads(finbrief("library", "list", "--db", db, "-f", "json", tmp=tmp_path).stdout)[0]
    shown = json.loads(finbrief("library", "show", doc["id"], "--db", db, "-f", "json", tmp=tmp_path).stdout)
    variants = {(v["kind"], v["backend"], v["model"], v["lang"]) for v in shown["output_variants"]}
    assert variants == {
        ("brief", "extractive", "", "zh-Hans"),
        ("minutes", "extractive", "", "zh-Hans"),
        ("brief", "llm", "scripted-model", "en"),
        ("minutes", "llm", "scripted-model", "en"),
    }


@pytest.mark.parametrize("command", [["brief"], ["minutes"], ["batch"], ["library", "add"]])
def test_every_summarizing_command_takes_the_llm_flags(command: list[str], tmp_path: Path) -> None:
    r = finbrief(*command, "--help", tmp=tmp_path)
    for flag in ("--backend", "--model", "--profile", "--max-concurrency", "--no-cache", "--fallback",
                 "--context-budget"):
        assert flag in r.stdout, (command, flag)
