"""Jobs over one file: the pipeline run as far as the job needs, then the text it renders."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from finbrief import jobs
from finbrief.jobs import JobSpec, run_file
from finbrief.options import Options
from finbrief.pipeline import Processed


def test_a_result_is_rendered_before_the_collector_walks_it_and_the_threshold_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The objects a run made are still young while its text is rendered: the collector runs rarely
    until the text is written, then as often as before."""
    path = tmp_path / "QLMR_q2_2024.txt"
    path.write_text("Thank you, operator. Revenue grew 5% this quarter.\n", encoding="utf-8")
    render = jobs.JOBS["parse"]["json"]
    seen: list[int] = []

    def watched(result: Processed) -> str:
        seen.append(gc.get_threshold()[0])
        return render(result)

    monkeypatch.setitem(jobs.JOBS["parse"], "json", watched)
    before = gc.get_threshold()
    text = run_file(path, JobSpec("parse", "json"), Options())
    assert seen and seen[0] > before[0]
    assert gc.get_threshold() == before
    assert json.loads(text)["paragraphs"][0]["text"].startswith("Thank you, operator.")
