"""The bundled samples and the real corpus in one library, as a user would fill it (corpus part
skipped when ../shared is absent): one series per segment whatever the document calls it, and the
timeline flags exactly what ``library conflicts`` lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from finbrief.library import Library
from finbrief.pipeline import add
from tests.library.test_conflicts import flagged_by_timeline, listed_by_conflicts

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def lib(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    files = sorted(SAMPLES.rglob("*.txt")) + sorted((shared_dir / "corpus" / "alibaba").glob("*.txt"))
    assert len(files) == 8
    with Library(tmp_path_factory.mktemp("samples") / "library.sqlite") as library:
        for f in files:
            assert add(library, f, outputs=())[1]
        yield library


def series(lib: Library, company: str, **query: str) -> list[dict[str, object]]:
    found = lib.timeline(**query)["series"]  # type: ignore[arg-type]
    return [s for s in found if s["company"] == company]  # type: ignore[index]


def test_the_samples_cloud_line_is_one_series_in_three_languages(lib: Library) -> None:
    # "NovaSky Cloud" (English call), 星穹云 (Chinese call), 星穹雲 (traditional news), "cloud segment"
    for asked in ("cloud", "NovaSky Cloud", "星穹雲"):
        found = series(lib, "NVSK", subject=asked, metric="revenue", change="yoy")
        assert [s["subject"] for s in found] == ["cloud"], asked
        q3 = [p for p in found[0]["points"] if p["period"] == "2025Q3"]  # type: ignore[attr-defined]
        assert [(p["value"], p["documents"]) for p in q3] == [(31.0, 3)]


def test_a_renamed_segment_is_one_series(lib: Library) -> None:
    # Taobao and Tmall Group (the Dec-2024 quarter's name) became China E-commerce Group
    for asked in ("Taobao and Tmall Group", "China E-commerce Group"):
        found = series(lib, "Alibaba Group", subject=asked, metric="revenue", change="yoy")
        assert [s["subject"] for s in found] == ["China E-commerce Group"], asked
        periods = [p["period"] for p in found[0]["points"]]  # type: ignore[attr-defined]
        assert {"2024Q4", "2025Q2"} <= set(periods)
    subjects = lib.timeline(subject="Taobao and Tmall Group", metric="revenue", change="yoy")["subjects"]
    assert {"Taobao and Tmall Group", "China E-commerce Group"} <= set(subjects)  # type: ignore[arg-type]


def test_conflicts_and_the_timeline_follow_one_rule(lib: Library) -> None:
    assert flagged_by_timeline(lib) == listed_by_conflicts(lib)
    assert [(c["company"], c["metric"], c["period"]) for c in lib.conflicts()] == [
        ("Alibaba Group", "investment", "plan")  # the $38 billion slip of the English minutes
    ]
