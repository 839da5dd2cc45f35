"""A fact whose metric or subject the extractor had to guess between rivals its sentence names is
withheld by default, and kept when the run asks for every fact; a plainly stated one is kept. A figure given to
the company while its sentence points at a unit ("the hotel") that no name resolves is withheld too."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from finbrief.cli import app
from finbrief.facts import run
from finbrief.options import Options

from .builders import ingest

CALL = """Orbix Systems Inc. (NYSE: ORBX) Third Quarter 2025 Earnings Call

Dana Reyes, Chief Financial Officer: Thanks. Revenue for the third quarter was $5.2 billion. Operating income in the Cloud segment (and in the Devices segment and the Services segment) was $640 million.
"""
"""The $640 million is named apart from its metric, in a sentence of three segments: whose it is, one of
them or all three, the sentence does not say."""


def _figures(facts: object) -> dict[float, str]:
    return {f.value: f.metric for f in facts}  # type: ignore[attr-defined]


def test_a_figure_guessed_between_segments_is_withheld_and_a_plain_one_kept() -> None:
    doc = ingest(CALL)
    shown = _figures(run(doc))
    assert shown.get(5.2e9) == "revenue"
    assert 6.4e8 not in shown


def test_every_fact_is_kept_when_asked() -> None:
    doc = ingest(CALL)
    every = run(doc, Options(all_facts=True))
    assert _figures(every).get(6.4e8) == "operating income"
    assert _figures(every).get(5.2e9) == "revenue"
    assert len(every) == len(run(doc)) + 1


def test_facts_command_prints_withheld_facts_with_all_facts(tmp_path: Path) -> None:
    path = tmp_path / "orbix_q3.txt"
    path.write_text(CALL, encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(app, ["facts", str(path), "-f", "json"])
    every = runner.invoke(app, ["facts", str(path), "-f", "json", "--all-facts"])
    assert default.exit_code == 0 and every.exit_code == 0, default.output + every.output
    default_values = {f["value"] for f in json.loads(default.stdout)}
    every_values = {f["value"] for f in json.loads(every.stdout)}
    assert 5.2e9 in default_values and 6.4e8 not in default_values
    assert every_values == default_values | {6.4e8}


SITE_CALL = """Orbix Systems Inc. (NYSE: ORBX) Third Quarter 2025 Earnings Call

Dana Reyes, Chief Financial Officer: Thanks. Revenue for the third quarter was $5.2 billion. We are encouraged by recent demand, as evidenced by the hotel achieving RevPAR of approximately $320 in October.
"""
""""the hotel" points back at a site the text never names: the $320 is some hotel's, not the whole company's."""


def test_a_figure_of_a_site_no_name_resolves_is_withheld_not_given_to_the_company() -> None:
    doc = ingest(SITE_CALL)
    shown = {f.value: f.subject for f in run(doc)}
    assert 5.2e9 in shown
    assert 320.0 not in shown
    every = {f.value: f.metric for f in run(doc, Options(all_facts=True))}
    assert every.get(320.0) == "RevPAR"
