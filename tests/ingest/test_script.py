"""Script detection and the simplified view, on fixture texts and on the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from finbrief.ingest import from_text, read_path, run
from finbrief.ingest.script import detect_language, to_simplified
from tests.ingest.builders import ENGLISH, HANS, HANT, MIXED


def test_to_simplified() -> None:
    assert to_simplified("星穹科技公佈業績，雲業務增長") == "星穹科技公布业绩，云业务增长"
    assert to_simplified(ENGLISH) == ENGLISH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HANS, "zh-Hans"),
        (HANT, "zh-Hant"),
        (ENGLISH, "en"),
        (MIXED, "mixed"),
        ("", "en"),
        ("12.3 / 4.1 = 3.0", "en"),
        (ENGLISH * 10 + "星穹科技", "en"),
        # Traditional text with ASCII punctuation and a few characters OpenCC calls simplified (于, 云).
        ("星穹科技公佈業績,云業務收入同比增長26%,淨利潤用于AI投資。管理層對前景樂觀。", "zh-Hant"),
        # Simplified text with English names and figures is still Chinese.
        ("星穹科技CEO林志远表示,Q3云业务收入同比增长26%,AI相关产品收入连续增长。", "zh-Hans"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language([text]) == expected


def test_document_simplified_view() -> None:
    doc = from_text(HANT)
    assert doc.simplified[0].startswith("星穹科技公布第三季度业绩")
    assert doc.paragraphs[0].text.startswith("星穹科技公佈第三季度業績")  # original kept


def test_from_text_id_is_sha256_of_utf8() -> None:
    import hashlib

    doc = from_text(HANS, "call.txt")
    assert doc.id == hashlib.sha256(HANS.encode("utf-8")).hexdigest()
    assert doc.id == run(HANS.encode("utf-8"), "call.txt").id
    assert from_text("# 星穹\n\n正文。", "n.md").title == "星穹"


CORPUS_LANGUAGES = {"000": {"en", "mixed"}, "001": {"zh-Hant"}, "002": {"zh-Hans"}, "003": {"zh-Hant"}}


def test_corpus_languages(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "alibaba"
    files = sorted(corpus.glob("*.txt"))
    if not files:
        pytest.skip(f"{corpus} has no .txt files: corpus tests skipped")
    for path in files:
        doc = read_path(path)
        assert doc.paragraphs, path
        assert doc.language in CORPUS_LANGUAGES.get(path.name[:3], {"en", "mixed", "zh-Hans", "zh-Hant"}), (
            path.name,
            doc.language,
        )
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert [p.text for p in doc.paragraphs] == lines, "Chinese corpus files have one paragraph per line"


def test_ectsum_files_are_english_one_paragraph_per_line(shared_dir: Path) -> None:
    files = sorted((shared_dir / "eval" / "ectsum" / "test" / "ects").glob("*.txt"))[:40]
    if not files:
        pytest.skip("ECTSum test files not found: skipped")
    # (how fast is measured by bench/bench_parse.py, not here)
    datas = [(path.read_bytes(), str(path)) for path in files]
    docs = [run(data, name) for data, name in datas]
    for doc, (data, _) in zip(docs, datas, strict=True):
        assert doc.language == "en"
        assert len(doc.paragraphs) == sum(1 for line in data.decode().splitlines() if line.strip())
