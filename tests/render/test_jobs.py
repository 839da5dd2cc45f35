"""The brief, minutes and highlights jobs as the CLI and batch run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from finbrief.jobs import JOBS, JobSpec, run_file
from finbrief.options import Options
from tests.summarize.helpers import SAMPLES

CALL = SAMPLES / "en" / "novasky_2026q2_call.txt"


def test_jobs_are_registered_with_their_formats() -> None:
    assert set(JOBS["brief"]) == {"json", "md", "html"}
    assert set(JOBS["minutes"]) == {"json", "md", "html"}
    assert set(JOBS["highlights"]) == {"txt", "json", "md"}
    assert JobSpec("highlights", "txt").extension == ".txt"


@pytest.mark.parametrize(
    ("what", "fmt"), [(w, f) for w in ("brief", "minutes", "highlights") for f in JOBS[w]]
)
def test_every_job_renders_and_is_byte_identical_run_to_run(what: str, fmt: str) -> None:
    a = run_file(CALL, JobSpec(what, fmt), Options(lang="en"))
    b = run_file(CALL, JobSpec(what, fmt), Options(lang="en"))
    assert a == b and a.strip()
    if fmt == "json":
        json.loads(a)


def test_cli_brief_and_minutes(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "finbrief.cli", *args], capture_output=True, text=True, timeout=120
        )

    r = run("brief", str(SAMPLES / "zh" / "novasky_2026q2_call.txt"), "--format", "json", "--lang", "en")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["lang"] == "en" and out["groups"] and out["highlights"]
    r = run("minutes", str(CALL), "-f", "html")
    assert r.returncode == 0 and r.stdout.startswith("<!DOCTYPE html>")
    r = run("brief", str(CALL), "--lang", "fr")
    assert r.returncode == 2
    r = run(
        "batch", str(SAMPLES), "--out", str(tmp_path), "--what", "highlights", "--format", "txt", "-j", "1"
    )
    assert r.returncode == 0, r.stderr
    lines = (tmp_path / "en" / "novasky_2026q2_call.txt").read_text(encoding="utf-8").splitlines()
    assert lines and all(line.endswith("]") for line in lines)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "NovaSky Technology Group (NVSK) · fiscal Q2 2026 (calendar Q3 2025) · 2025-11-13"),
        ("zh-Hans", "星穹科技集团（NVSK） · 2026财年第二季度（自然季度2025年第三季度） · 2025-11-13"),
    ],
)
def test_outputs_say_which_company_and_quarter_under_the_title(lang: str, line: str) -> None:
    """The facts stage's identity heads every output, so a wrong company or quarter shows at once."""
    call = SAMPLES / ("zh" if lang.startswith("zh") else "en") / "novasky_2026q2_call.txt"
    for what in ("brief", "minutes", "highlights"):
        md = run_file(call, JobSpec(what, "md"), Options(lang=lang)).splitlines()
        assert md[2] == line, (what, md[:4])
    out = json.loads(run_file(call, JobSpec("brief", "json"), Options(lang=lang)))
    assert out["identity"]["period"] == "2025Q3" and out["identity"]["ticker"] == "NVSK"
    html = run_file(call, JobSpec("minutes", "html"), Options(lang=lang))
    assert line.replace("&", "&amp;") in html
