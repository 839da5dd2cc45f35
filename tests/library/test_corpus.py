"""Acceptance on the five real documents in ../shared/corpus/alibaba (skipped when absent).

These run every stage for real (parse, facts, summaries), so they also check that the facts
stage gives the library what it needs: periods, canonical names, the $38 billion slip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from finbrief.library import Library
from finbrief.pipeline import add


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[Path]:
    files = sorted((shared_dir / "corpus" / "alibaba").glob("*.txt"))
    assert len(files) == 5
    return files


@pytest.fixture(scope="module")
def lib(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    with Library(tmp_path_factory.mktemp("corpus") / "library.sqlite") as library:
        for f in corpus:
            assert add(library, f)[1]
        yield library


def by_name(lib: Library) -> dict[str, dict[str, object]]:
    return {Path(str(d["source"])).name[:3]: d for d in lib.documents()}


def test_adding_again_changes_nothing(lib: Library, corpus: list[Path]) -> None:
    before = lib.check()
    assert before["ok"], before["problems"]
    assert [add(lib, f)[1] for f in corpus] == [False] * 5
    assert lib.check()["counts"] == before["counts"]


def test_every_document_is_alibaba_with_its_metadata(lib: Library) -> None:
    docs = by_name(lib)
    assert {d["company"] for d in docs.values()} == {"Alibaba Group"}
    assert docs["003"]["language"] == "zh-Hant" and docs["002"]["language"] == "zh-Hans"
    assert docs["003"]["period"] == "2025Q2" and docs["004"]["period"] == "2025Q3"
    assert all(d["facts"] for d in docs.values())


def test_brief_and_minutes_are_stored(lib: Library) -> None:
    doc = lib.document(str(by_name(lib)["003"]["id"]))
    outputs = doc["outputs"]
    assert set(outputs) == {"brief", "minutes"}  # type: ignore[arg-type]
    assert outputs["brief"]["core_viewpoint"]  # type: ignore[index]


@pytest.mark.parametrize("query", ["闪购", "閃購"])
def test_flash_sale_in_either_script_finds_003(lib: Library, query: str) -> None:
    hits = lib.search(query)
    assert hits and all(Path(str(h["source"])).name.startswith("003_") for h in hits)
    assert any("閃購" in str(h["snippet"]) for h in hits)


def test_cloud_revenue_yoy_timeline_has_one_value_per_quarter(lib: Library) -> None:
    result = lib.timeline(subject="cloud", metric="revenue", change="yoy")
    series = [s for s in result["series"] if s["company"] == "Alibaba Group"]  # type: ignore[attr-defined]
    assert len(series) == 1, series
    points: dict[str, list[dict[str, object]]] = {}
    for p in series[0]["points"]:
        points.setdefault(str(p["period"]), []).append(p)
    expected = {"2024Q4": 13.0, "2025Q1": 18.0, "2025Q2": 26.0, "2025Q3": 34.0}
    for period, value in expected.items():
        got = [(p["value"], p["raw"]) for p in points.get(period, [])]
        assert len(got) == 1 and got[0][0] == value, f"{period}: {got}"
        assert points[period][0]["sources"] and not points[period][0]["conflict"]


def test_conflicts_list_the_38_billion_dollar_slip_of_004(lib: Library) -> None:
    slips = [
        c
        for c in lib.conflicts()
        for side, other in ((c["a"], c["b"]), (c["b"], c["a"]))
        if any(
            Path(str(s["source"])).name.startswith("004_") and "$38 billion" in str(s["evidence"])
            for s in side["sources"]
        )  # type: ignore[index]
        and other["unit"] == "CNY"  # type: ignore[index]
        and other["value"] == 380e9  # type: ignore[index]
    ]
    assert slips, lib.conflicts(metric="investment")
    assert {"scale", "currency"} <= set(slips[0]["kinds"])  # type: ignore[arg-type]


def test_the_slip_is_the_only_conflict_and_the_timeline_flags_the_same(lib: Library) -> None:
    from tests.library.test_conflicts import flagged_by_timeline, listed_by_conflicts

    assert [(c["metric"], c["period"]) for c in lib.conflicts()] == [("investment", "plan")]
    assert flagged_by_timeline(lib) == listed_by_conflicts(lib)
