"""The `finbrief` command as a user runs it: a real process, stdout, stderr and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import CALL


def finbrief(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "finbrief.cli", *args], input=stdin, capture_output=True, timeout=120
    )


@pytest.fixture
def call_file(tmp_path: Path) -> Path:
    p = tmp_path / "call.txt"
    p.write_text(CALL, encoding="utf-8")
    return p


def test_parse_json_follows_the_contract(call_file: Path) -> None:
    r = finbrief("parse", str(call_file), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    out = json.loads(r.stdout)
    assert set(out) >= {"id", "title", "language", "kind", "paragraphs", "speakers", "qa"}
    assert out["language"] == "zh-Hans"
    lines = [line for line in CALL.splitlines() if line.strip()]
    assert [p["n"] for p in out["paragraphs"]] == list(range(1, len(lines) + 1))
    assert [p["text"] for p in out["paragraphs"]] == lines
    for p in out["paragraphs"]:
        assert set(p) >= {"n", "text", "speaker", "section"}
    for s in out["speakers"]:
        assert set(s) >= {"id", "name", "aliases", "role", "affiliation", "side"}
    assert len(out["qa"]) == 1
    by_id = {s["id"]: s for s in out["speakers"]}
    assert by_id[out["qa"][0]["asker"]]["name"] == "Sarah Lee"


def test_parse_json_gives_the_documents_identity() -> None:
    """The same company, ticker, period, calendar and date the facts stage and the library use."""
    sample = Path(__file__).parents[1] / "samples" / "en" / "novasky_2026q2_call.txt"
    out = json.loads(finbrief("parse", str(sample), "--format", "json").stdout)
    assert out["identity"] == {
        "company": "NVSK",
        "ticker": "NVSK",
        "fiscal_year_end_month": 3,
        "period": "2025Q3",
        "date": "2025-11-13",
        "currency": "CNY",  # "Unless otherwise stated, all amounts are in RMB."
        "dollar": "USD",  # a bare "$" in a call that states no dollar of its own
        "names": ["NovaSky Technology Group"],  # as written with its ticker
    }
    facts = json.loads(finbrief("facts", str(sample), "--format", "json").stdout)
    assert isinstance(facts, list) and facts and {"subject", "metric", "value"} <= set(facts[0])


def test_parse_reads_stdin(call_file: Path) -> None:
    r = finbrief("parse", "-", "--format", "json", stdin=call_file.read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["paragraphs"][0]["text"].startswith("星穹科技")


def test_parse_markdown_shows_speakers_and_qa(call_file: Path) -> None:
    r = finbrief("parse", str(call_file))
    assert r.returncode == 0, r.stderr.decode()
    md = r.stdout.decode()
    assert "## Speakers" in md and "## Q&A" in md
    assert "Sarah Lee" in md and "林志远" in md
    assert "[7] " in md or "[7]" in md


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n \t\n", "empty"),
        ("image.txt", bytes(range(256)) * 8, "binary"),
        ("broken.pdf", b"%PDF-1.4\n garbage \x00\x01\x02", "pdf"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
        ("notes.xyz", b"hello", "unsupported"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    r = finbrief("parse", str(p))
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert name in err and problem in err.lower()
    assert r.stdout == b""


def test_size_limit_is_configurable(call_file: Path) -> None:
    r = finbrief("parse", str(call_file), "--max-bytes", "10")
    assert r.returncode == 2
    assert "call.txt" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_missing_file(tmp_path: Path) -> None:
    r = finbrief("parse", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and "nope.txt" in r.stderr.decode()


def test_facts_json_contract_and_evidence(call_file: Path) -> None:
    r = finbrief("facts", str(call_file), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    facts = json.loads(r.stdout)
    paragraphs = [line for line in CALL.splitlines() if line.strip()]
    assert facts, "the sample states two growth rates"
    for f in facts:
        assert set(f) >= {"subject", "metric", "value", "unit", "change", "period", "qualifier"}
        assert f["evidence"] in paragraphs[f["paragraph"] - 1]
    cloud = [f for f in facts if "cloud" in f["subject"].lower() or "云" in f["subject"]]
    assert any(f["value"] == 31 and f["unit"] == "%" and f["change"] == "yoy" for f in cloud)


def test_facts_csv_and_markdown(call_file: Path) -> None:
    csv_out = finbrief("facts", str(call_file), "--format", "csv").stdout.decode()
    assert csv_out.splitlines()[0].startswith("subject,metric,value")
    md = finbrief("facts", str(call_file), "--format", "md").stdout.decode()
    assert "| Subject | Metric | Value |" in md and "31%" in md


def test_facts_of_a_text_without_figures_is_an_empty_list(tmp_path: Path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Management thanked the team and looked forward to the next call.\n", encoding="utf-8")
    r = finbrief("facts", str(p), "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_help_lists_every_readable_file_type() -> None:
    """The file arguments' help names every extension the readers take (subtitles and records too)."""
    from finbrief.cli import FILE_HELP, READABLE
    from finbrief.ingest.detect import EXTENSIONS

    listed = {"." + w.strip(" ,.") for w in READABLE.replace(" or ", ", ").split(",")}
    assert listed == set(EXTENSIONS)
    assert READABLE in FILE_HELP
