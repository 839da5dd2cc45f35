"""One pipeline for every front end; the library stores what it is given and runs no stage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from finbrief import pipeline
from finbrief.errors import InputError
from finbrief.library import Library
from finbrief.options import Options
from tests.builders import CALL

SAMPLE = Path(__file__).parents[1] / "samples" / "zh" / "novasky_2026q2_call.txt"


def test_parse_only_runs_no_later_stage() -> None:
    result = pipeline.run(SAMPLE, facts=False, outputs=())
    assert result.doc.paragraphs and result.facts.facts == () and result.brief is None
    assert result.identity.company == "NVSK" and result.identity.period == "2025Q3"
    assert result.size == SAMPLE.stat().st_size


def test_a_full_run_gives_facts_identity_and_verified_summaries() -> None:
    result = pipeline.run_bytes(CALL.encode("utf-8"), "call.txt", Options(lang="en"))
    assert result.lang == "en"
    assert any(f.value == 31 and f.unit == "%" for f in result.facts)
    assert result.brief is not None and result.minutes is not None and result.highlights is None
    cited = [c for s in result.brief.highlights for c in s.citations]
    assert cited and all(1 <= c <= len(result.doc.paragraphs) for c in cited)


def test_record_carries_the_cli_json_contracts(tmp_path: Path) -> None:
    prep = pipeline.prepare(SAMPLE, Options(lang="en"))
    brief = json.loads(prep.outputs["brief"])
    assert brief["lang"] == "en" and brief["document"]["id"] == prep.doc.id
    assert set(json.loads(prep.outputs["minutes"])) >= {"summary", "chapters", "qa"}
    with Library(tmp_path / "lib.sqlite") as lib:
        assert lib.write(prep) == (prep.doc.id, True)
        assert pipeline.add(lib, SAMPLE) == (prep.doc.id, False)  # same bytes: not run again
        stored = lib.document(prep.doc.id)
        assert stored["outputs"]["brief"] == brief
        assert len(stored["facts"]) == len(prep.facts) > 0


def test_bad_input_and_unknown_outputs_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        pipeline.run(empty)
    with pytest.raises(ValueError, match="unknown output"):
        pipeline.run(SAMPLE, outputs=("poem",))


def test_the_library_imports_no_stage() -> None:
    code = (
        "import sys, pkgutil, importlib, finbrief.library as L\n"
        "for m in pkgutil.iter_modules(L.__path__): importlib.import_module('finbrief.library.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('finbrief.summarize', 'finbrief.render',"
        " 'finbrief.pipeline', 'finbrief.structure'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_run_collects_garbage_rarely_and_restores_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    real = pipeline._facts

    def spy(doc, options):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        return real(doc, options)

    monkeypatch.setattr(pipeline, "_facts", spy)
    pipeline.run_bytes(CALL.encode("utf-8"), "call.txt", outputs=())
    assert seen and seen[0][0] >= pipeline._YOUNG_OBJECTS
    assert gc.get_threshold() == before
    with pytest.raises(InputError):
        pipeline.run_bytes(b"", "empty.txt")
    assert gc.get_threshold() == before
