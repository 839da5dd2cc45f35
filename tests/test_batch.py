"""`finbrief batch`: one output per good file, bad files reported and skipped, exit code at the end."""

from __future__ import annotations

import json
from pathlib import Path

from finbrief import batch
from finbrief.jobs import JobSpec
from finbrief.options import Options
from tests.builders import CALL
from tests.test_cli import finbrief


def make_inputs(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(CALL, encoding="utf-8")
    (root / "b.md").write_text("# NovaSky results\n\nRevenue rose 9% year over year.\n", encoding="utf-8")
    (root / "sub" / "c.txt").write_text(CALL, encoding="gb18030")
    (root / "empty.txt").write_bytes(b"")
    (root / "bad.pdf").write_bytes(b"%PDF-1.4 nothing here")


def test_batch_cli_writes_good_files_and_reports_bad(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_inputs(src)
    r = finbrief("batch", str(src), "--out", str(out), "--what", "parse", "--format", "json", "--jobs", "2")
    err = r.stderr.decode()
    assert r.returncode == 1
    assert "empty.txt" in err and "bad.pdf" in err and "Traceback" not in err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["a.json", "b.json", "sub/c.json"]
    assert json.loads((out / "sub" / "c.json").read_text("utf-8"))["language"] == "zh-Hans"


def test_batch_all_good_exits_0(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(CALL, encoding="utf-8")
    r = finbrief("batch", str(src), "--out", str(out), "--format", "md")
    assert r.returncode == 0, r.stderr.decode()
    assert (out / "a.md").read_text("utf-8").startswith("# ")


def test_unknown_job_or_format_is_a_usage_error(tmp_path: Path) -> None:
    r = finbrief("batch", str(tmp_path), "--out", str(tmp_path / "o"), "--what", "dance")
    assert r.returncode == 2 and "unknown job" in r.stderr.decode()


def test_same_stem_keeps_inputs_apart(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "q.txt").write_text("Revenue rose 9%.\n", encoding="utf-8")
    (src / "q.md").write_text("Revenue rose 10%.\n", encoding="utf-8")
    report = batch.run(src, out, JobSpec("parse", "json"), Options(), jobs=1)
    assert not report.failed
    assert sorted(p.name for p in out.iterdir()) == ["q.md.json", "q.txt.json"]


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CALL, encoding="utf-8")
    for _ in range(2):
        report = batch.run(tmp_path, tmp_path / "out", JobSpec("parse", "json"), Options(), jobs=1)
        assert [i.source.name for i in report.items] == ["a.txt"]
