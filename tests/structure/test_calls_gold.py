"""Second tier: Q&A structure of real vendor exports against hand-checked gold (../shared/eval/calls_en).

The subset covers the layout's variants: stray page numbers (allied_properties_reit), wrapped
affiliations (crown_castle, mid_america_apartment), one-line and name-only roster entries
(five_point, kkr_real_estate_finance), an IR agency listed among the participants
(necessity_retail_reit), transcript errors and closing remarks (simon_property, prologis).
Measured 1.00 on every rate for these files (bench/bench_structure.py has all 20); the floors leave
room for harmless changes only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finbrief.api import parse
from finbrief.structure.eval import FileScore, load_calls_gold, score_pairs, speaker_accuracy, total

SUBSET = (
    "allied_properties_reit",
    "crown_castle",
    "five_point",
    "kkr_real_estate_finance",
    "mid_america_apartment",
    "necessity_retail_reit",
    "prologis",
    "simon_property",
)
FLOOR = 0.95


@pytest.fixture(scope="module")
def scores(shared_dir: Path) -> FileScore:
    calls = shared_dir / "eval" / "calls_en"
    if not (calls / "gold_qa.jsonl").is_file():
        pytest.skip("../shared/eval/calls_en not found: gold Q&A floor skipped")
    gold = load_calls_gold(calls / "gold_qa.jsonl")
    out = []
    for name in SUBSET:
        roster, entries = gold[f"{name}_q3_2022.txt"]
        path = calls / "transcripts" / f"{name}_q3_2022.txt"
        doc = parse(path)
        sc = score_pairs(doc, entries, name)
        names = [*roster["company"], *(a["name"] for a in roster["analysts"])]
        sc.lines_right, sc.lines = speaker_accuracy(
            path.read_text(encoding="utf-8"),
            doc,
            names,
            "PRESENTATION",
            ("QUESTIONS AND ANSWERS", "DISCLAIMER"),
        )
        out.append(sc)
    return total(out)


def test_pairs_found_and_only_real_ones(scores: FileScore) -> None:
    assert scores.required > 150
    assert scores.precision >= FLOOR and scores.recall >= FLOOR


@pytest.mark.parametrize("what", ["asker", "firm", "answerers"])
def test_askers_firms_and_answerers(scores: FileScore, what: str) -> None:
    assert scores.rate(what) >= FLOOR


def test_prepared_remarks_speakers(scores: FileScore) -> None:
    assert scores.lines > 500
    assert scores.speaker_rate >= FLOOR
