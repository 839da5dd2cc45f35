"""Second tier: the corpus and ECTSum beside the checkout (``../shared``), read at test time only."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from finbrief.facts import document_period, run
from finbrief.facts.eval import load_gold, score
from finbrief.model import Document

from .builders import load

GOLD_DOC = "003_810f1d76a715a4b5.txt"


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> dict[str, Document]:
    """The corpus documents through ingest and structure, by file name."""
    return {p.name: load(p) for p in sorted((shared_dir / "corpus" / "alibaba").glob("*.txt"))}


def ectsum_files(shared_dir: Path, n: int, split: str = "test") -> list[Path]:
    """``n`` ECTSum transcripts spread over the split."""
    files = sorted((shared_dir / "eval" / "ectsum" / split / "ects").glob("*.txt"))
    if not files:
        pytest.skip("ECTSum not found")
    step = max(1, len(files) // n)
    return files[::step][:n]


def test_recall_on_gold(shared_dir: Path, corpus: dict[str, Document]) -> None:
    gold = load_gold(shared_dir / "eval" / "facts_dev.jsonl", GOLD_DOC)
    assert len(gold) == 29
    result = score(gold, run(corpus[GOLD_DOC]))
    missed = [g["anchor"] for g in result.missed]
    assert result.recall >= 0.9, missed


def _check_evidence(doc: Document) -> int:
    """Assert every fact's evidence is exactly its paragraph's text at [start:end]; return the count."""
    facts = run(doc)
    for f in facts:
        assert doc.paragraph(f.paragraph).text[f.start : f.end] == f.evidence, f
        assert f.evidence.strip() and len(f.evidence) <= 80, f
    return len(facts)


def test_evidence_is_exact_in_the_corpus(corpus: dict[str, Document]) -> None:
    for name, doc in corpus.items():
        assert _check_evidence(doc) > 0, name


def test_evidence_is_exact_in_ectsum(shared_dir: Path) -> None:
    for path in ectsum_files(shared_dir, 20):
        _check_evidence(load(path))


def test_english_calls_yield_revenue_eps_and_guidance(shared_dir: Path) -> None:
    files = ectsum_files(shared_dir, 12)
    revenue_usd = eps = guidance = 0
    for path in files:
        facts = run(load(path))
        revenue_usd += any(f.metric.startswith("revenue") and f.unit == "USD" for f in facts)
        eps += any("EPS" in f.metric and f.unit == "USD" for f in facts)
        guidance += any(f.metric.endswith("guidance") for f in facts)
    assert revenue_usd >= len(files) * 0.6
    assert eps >= len(files) * 0.4
    assert guidance >= len(files) * 0.4


def test_document_periods(corpus: dict[str, Document]) -> None:
    assert document_period(corpus["001_c12800fdf9515978.txt"]) == "2024Q4"
    assert document_period(corpus["002_686631324b8c52d9.txt"]) == "2024Q4"
    assert document_period(corpus[GOLD_DOC]) == "2025Q2"
    assert document_period(corpus["004_6da2aa8fefa097db.txt"]) == "2025Q3"


def test_rmb_is_never_dollars(corpus: dict[str, Document]) -> None:
    """The 3800亿 AI plan is RMB in every Chinese source (the slip DESIGN.md warns about)."""
    for name in ("003_810f1d76a715a4b5.txt",):
        plan = [f for f in run(corpus[name]) if f.value == 380_000_000_000]
        assert plan and {f.unit for f in plan} == {"CNY"}


def test_history_list_in_the_article(corpus: dict[str, Document]) -> None:
    facts = run(corpus["001_c12800fdf9515978.txt"])
    history = [
        (f.period, f.value) for f in facts if f.subject == "Cloud Intelligence Group" and f.change == "yoy"
    ]
    assert [p for p, _ in history if p and p < "2024Q4"][:7] == [
        "2023Q1",
        "2023Q2",
        "2023Q3",
        "2023Q4",
        "2024Q1",
        "2024Q2",
        "2024Q3",
    ]


def test_speed(shared_dir: Path) -> None:
    """Facts on ECTSum calls stay well inside the pipeline's budget (CPU time, generous bound)."""
    docs = [load(p) for p in ectsum_files(shared_dir, 40)]
    run(docs[0])
    start = time.process_time()
    for doc in docs:
        run(doc)
    per_doc = (time.process_time() - start) / len(docs)
    assert per_doc < 0.15, f"{per_doc * 1000:.0f} ms per document"
