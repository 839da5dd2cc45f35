"""`finbrief library …` commands: tables and JSON, --db and FINBRIEF_DB, errors on one line with exit 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from finbrief.cli_library import fmt_value, library_app
from finbrief.model import FactSheet
from tests.library.builders import library_with_fixtures, write_files

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    # A wide terminal, so table cells are not wrapped in the middle of what the tests look for.
    r = runner.invoke(library_app, list(args), env={"COLUMNS": "250", **(env or {})})
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def stub_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    from finbrief import pipeline

    monkeypatch.setattr(pipeline, "_facts", lambda doc, options: FactSheet())
    monkeypatch.setattr(pipeline, "_summaries", lambda doc, facts, options, wanted: {})


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "lib.sqlite"
    library_with_fixtures(path).close()
    return str(path)


@pytest.mark.usefixtures("stub_stages")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_add_reports_each_file_and_skips_bad_ones(tmp_path: Path, jobs: str) -> None:
    files = write_files(tmp_path / "in")
    bad = tmp_path / "in" / "broken.txt"
    bad.write_bytes(b"")
    db = str(tmp_path / "lib.sqlite")
    code, out, err = run("add", str(tmp_path / "in"), "--db", db, "--jobs", jobs, "--format", "json")
    assert code == 1  # one file failed
    rows = {Path(r["file"]).name: r for r in json.loads(out)}
    assert rows["broken.txt"]["status"] == "failed" and "empty" in rows["broken.txt"]["error"]
    assert {rows[n]["status"] for n in files} == {"added"}
    assert "4 added, 0 already in the library, 1 failed" in err
    code, out, err = run("add", *map(str, files.values()), "--db", db)
    assert code == 0 and "0 added, 4 already in the library, 0 failed" in err


def test_db_from_environment_and_from_the_group_option(db: str, tmp_path: Path) -> None:
    code, out, _ = run("list", "--format", "json", env={"FINBRIEF_DB": db})
    assert code == 0 and len(json.loads(out)) == 4
    code, out, _ = run("--db", db, "list", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 4


def test_list_and_show(db: str) -> None:
    code, out, _ = run("list", "--db", db)
    assert code == 0 and "en_call.txt" in out and "NVSK" in out
    docs = json.loads(run("list", "--db", db, "-f", "json", "--period", "2025Q4")[1])
    assert [d["source"] for d in docs] == ["en_call.txt"]
    doc_id = docs[0]["id"]
    code, out, _ = run("show", doc_id[:8], "--db", db)
    assert code == 0 and "grace-chen" in out and "free cash flow" in out
    shown = json.loads(run("show", doc_id[:8], "--db", db, "-f", "json")[1])
    assert shown["id"] == doc_id and len(shown["paragraphs"]) == 13 and len(shown["facts"]) == 3
    code, out, _ = run("show", doc_id, "--db", db, "--paragraphs")
    assert "[13]" in out


def test_search_table_and_json(db: str) -> None:
    code, out, err = run("search", "閃購", "--db", db)
    assert code == 0 and "0 results" in err
    code, out, _ = run("search", "秒达", "--db", db)
    assert code == 0 and "«秒達»" in out and "zh_hans_news.txt" in out
    hits = json.loads(run("search", "cloud", "--db", db, "-f", "json", "--section", "qa")[1])
    assert hits and all(h["section"] == "qa" for h in hits)
    assert "[cloud]" in hits[0]["snippet"]


def test_timeline_conflicts_and_export(db: str, tmp_path: Path) -> None:
    code, out, _ = run("timeline", "--subject", "cloud", "--metric", "revenue", "--change", "yoy", "--db", db)
    assert code == 0 and "2025Q3" in out and "2025Q4" in out and "conflict: scale" in out
    data = json.loads(run("timeline", "--metric", "revenue", "--db", db, "-f", "json")[1])
    assert data["series"][0]["points"][0]["unit"] == "CNY"
    code, out, err = run("conflicts", "--db", db)
    assert code == 0 and "currency" in out and "$200 billion" in out and "2 conflicts" in err
    assert len(json.loads(run("conflicts", "--db", db, "-f", "json")[1])) == 2
    code, out, _ = run("export", "--db", db)
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 11
    target = tmp_path / "out" / "facts.csv"
    code, _, _ = run("export", "--db", db, "--out", str(target), "--metric", "investment")
    assert code == 0 and target.read_text(encoding="utf-8-sig").count("\n") == 4
    assert len(json.loads(run("export", "--db", db, "-f", "json")[1])) == 11


def test_remove_and_check(db: str) -> None:
    doc_id = json.loads(run("list", "--db", db, "-f", "json")[1])[0]["id"]
    code, out, _ = run("remove", doc_id[:10], "--db", db)
    assert code == 0 and out.startswith("removed ")
    code, out, _ = run("check", "--db", db)
    assert code == 0 and ": ok (3 documents" in out
    result = json.loads(run("check", "--db", db, "-f", "json")[1])
    assert result["ok"] and result["counts"]["documents"] == 3


def test_errors_are_one_line_with_exit_2(db: str, tmp_path: Path) -> None:
    for args in (
        ("show", "nothex", "--db", db),
        ("show", "00000000", "--db", db),
        ("search", " ", "--db", db),
        ("timeline", "--metric", "dividend", "--db", db),
        ("list", "--period", "someday", "--db", db),
    ):
        code, _out, err = run(*args)
        assert code == 2, args
        assert err.startswith("finbrief: error: ") and err.count("\n") == 1, err
    notdb = tmp_path / "notes.txt"
    notdb.write_text("hello" * 1000)
    code, _, err = run("list", "--db", str(notdb))
    assert code == 2 and "not a finbrief library" in err


def test_fmt_value() -> None:
    assert fmt_value(380e9, "CNY") == "CNY 380 bn"
    assert fmt_value(26.0, "%") == "26%"
    assert fmt_value(20.0, "%", qualifier="over") == ">20%"
    assert fmt_value(1.5, "pp") == "1.5 pp"
    assert fmt_value(120e6, "count") == "120 m"
    assert fmt_value(40.0, "%", 45.0) == "40%–45%"


def test_finbrief_library_as_a_real_process(tmp_path: Path) -> None:
    """The whole pipeline on the bundled samples, through the mounted `finbrief library` command."""
    import subprocess
    import sys

    samples = Path(__file__).parents[2] / "samples"
    env = {"FINBRIEF_DB": str(tmp_path / "lib.sqlite"), "COLUMNS": "200", "PATH": ""}

    def fb(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "finbrief.cli", "library", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )

    r = fb("add", str(samples / "zh"), str(samples / "zh-Hant"), str(samples / "en"))
    assert r.returncode == 0, r.stderr
    assert "3 added" in r.stderr
    docs = json.loads(fb("list", "-f", "json").stdout)
    assert len(docs) == 3 and all(d["facts"] for d in docs)
    hits = json.loads(fb("search", "星穹秒達", "-f", "json").stdout)
    assert {Path(h["source"]).parent.name for h in hits} == {"zh", "zh-Hant"}
    shown = json.loads(fb("show", docs[0]["id"][:8], "-f", "json").stdout)
    assert set(shown["outputs"]) <= {"brief", "minutes"}
    assert fb("check").returncode == 0


def test_a_command_db_option_wins_over_the_environment(db: str, tmp_path: Path) -> None:
    other = str(tmp_path / "other.sqlite")
    code, out, _ = run("list", "--db", db, "--format", "json", env={"FINBRIEF_DB": other})
    assert code == 0 and len(json.loads(out)) == 4
    code, out, _ = run("--db", db, "list", "--format", "json", env={"FINBRIEF_DB": other})
    assert code == 0 and len(json.loads(out)) == 4
