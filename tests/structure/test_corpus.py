"""Second tier: the real documents in ../shared/corpus and the gold Q&A in ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.eval import score_anchor_gold

CALL_002 = "002_686631324b8c52d9.txt"
CALL_003 = "003_810f1d76a715a4b5.txt"
ARTICLE_001 = "001_c12800fdf9515978.txt"


def load(shared_dir: Path, name: str) -> Document:
    """Ingest (``from_text``) then structure one corpus file."""
    from finbrief.ingest import from_text

    return run(from_text((shared_dir / "corpus" / "alibaba" / name).read_text(encoding="utf-8"), name))


def question_text(doc: Document, ns: tuple[int, ...]) -> str:
    return "".join(doc.paragraph(n).text for n in ns)


@pytest.fixture(scope="module")
def doc003(shared_dir: Path) -> Document:
    return load(shared_dir, CALL_003)


@pytest.fixture(scope="module")
def doc002(shared_dir: Path) -> Document:
    return load(shared_dir, CALL_002)


def test_003_matches_gold_qa(doc003: Document, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "eval" / "qa_dev.json").read_text(encoding="utf-8"))
    assert gold["doc"] == CALL_003
    assert score_anchor_gold(doc003, gold) == []
    assert len(doc003.qa) == 7
    names = {n for s in doc003.speakers for n in s.names()}
    assert set(gold["speakers_min"]) <= names


def test_003_structure(doc003: Document) -> None:
    assert doc003.kind == "article+transcript"
    assert all(q.asker is None for q in doc003.qa)
    by_id = doc003.speakers_by_id
    assert by_id["eddie-wu"].name == "吳泳銘" and "Eddie Wu" in by_id["eddie-wu"].aliases
    assert by_id["jiang-fan"].name == "蔣凡"
    assert by_id["host"].side == "host"
    first_label = next(p for p in doc003.paragraphs if p.role == "speaker_label")
    intro = [p for p in doc003.paragraphs if p.n < first_label.n and p.section == "intro"]
    assert len(intro) >= 5
    assert doc003.paragraphs[-1].section is None and doc003.paragraphs[-1].role == "boilerplate"
    sections = [p.section for p in doc003.paragraphs if p.role != "boilerplate"]
    assert sections.index("qa") < sections.index("closing")
    host_paras = {p.n for p in doc003.paragraphs if p.speaker == "host"}
    for pair in doc003.qa:
        assert not host_paras & {n for a in pair.answers for n in a.paragraphs}


def test_002_structure(doc002: Document) -> None:
    assert doc002.kind == "article+transcript"
    by_id = doc002.speakers_by_id
    expected = {
        "alicia-yap": "花旗",
        "alex-yao": "摩根大通",
        "kenneth-fong": "瑞士银行",
        "ron-keung": "高盛",
        "yuan-liao": "中信证券",
        "gary-yu": "摩根士丹利",
        "jialong-shi": "野村证券",
    }
    for sid, firm in expected.items():
        assert (by_id[sid].side, by_id[sid].affiliation) == ("analyst", firm)
    # One id per person across spellings: roster typo 姜凡, label 蒋凡; 吴泳铭 and Eddie Wu; 徐晶 and
    # Toby Xu; 刘丽娟 and the variant 刘丽娅.
    assert {"姜凡", "Jiang Fan"} <= set(by_id["jiang-fan"].names())
    assert by_id["jiang-fan"].name == "蒋凡"
    assert {"吴泳铭", "Eddie Wu"} <= set(by_id["eddie-wu"].names())
    assert {"徐晶", "Toby Xu"} <= set(by_id["toby-xu"].names())
    assert {"刘丽娟", "刘丽娅"} <= set(by_id["lydia-liu"].names())
    assert by_id["lydia-liu"].role == "投资者关系负责人"
    assert by_id["company-representative"].side == "company"
    for sid in ("eddie-wu", "jiang-fan", "toby-xu", "lydia-liu", "joe-tsai"):
        assert by_id[sid].side == "company"


def test_002_qa_pairs(doc002: Document) -> None:
    got = [(q.asker, [a.speaker for a in q.answers]) for q in doc002.qa]
    assert got == [
        ("alicia-yap", ["eddie-wu"]),
        ("alex-yao", ["company-representative"]),
        ("kenneth-fong", ["jiang-fan", "toby-xu"]),
        ("ron-keung", ["eddie-wu"]),
        ("yuan-liao", ["eddie-wu"]),
        ("gary-yu", ["eddie-wu"]),
        ("jialong-shi", ["toby-xu", "eddie-wu"]),
    ]
    # Eddie Wu's answer to the first question spans two consecutive turns: merged into one answer.
    first = doc002.qa[0].answers[0].paragraphs
    assert len(first) >= 10
    assert all(doc002.paragraph(n).role == "text" for n in first)
    assert "云计算AI以及资本支出" in question_text(doc002, doc002.qa[0].question)
    # IR moderation ("下一个问题,请。", "最后一个问题") and operator lines are in no pair.
    used = {n for q in doc002.qa for n in (*q.question, *(m for a in q.answers for m in a.paragraphs))}
    for p in doc002.paragraphs:
        if p.speaker == "operator" or p.text.startswith(("下一个问题", "由于时间限制")):
            assert p.n not in used


def test_002_sections(doc002: Document) -> None:
    sec = {p.n: p.section for p in doc002.paragraphs}
    header = next(p.n for p in doc002.paragraphs if p.text == "问答环节")
    assert sec[header] == "qa" and sec[header - 1] == "prepared"
    assert all(sec[n] == "intro" for n in range(1, 10))
    assert sec[len(doc002.paragraphs)] == "closing"
    assert [p.role for p in doc002.paragraphs if p.text.startswith("Alicia Yap - ")] == ["roster"]


def test_001_is_an_article(shared_dir: Path) -> None:
    doc = load(shared_dir, ARTICLE_001)
    assert doc.kind == "article"
    assert doc.speakers == () and doc.qa == ()


@pytest.mark.parametrize("prefix", ["000_", "004_"])
def test_other_products_outputs_are_not_transcripts(shared_dir: Path, prefix: str) -> None:
    name = next(p.name for p in (shared_dir / "corpus" / "alibaba").iterdir() if p.name.startswith(prefix))
    doc = load(shared_dir, name)
    assert doc.kind == "article"
    assert doc.qa == ()


def test_ectsum_prepared_remarks(shared_dir: Path) -> None:
    """ECTSum inputs are unlabelled prepared remarks: mostly detected as transcripts, never speakers."""
    from finbrief.ingest import read_path

    files = sorted((shared_dir / "eval" / "ectsum" / "test" / "ects").glob("*.txt"))[:60]
    if not files:
        pytest.skip("ECTSum test split not found")
    docs = [run(read_path(f)) for f in files]
    assert all(d.speakers == () and d.qa == () for d in docs)
    assert sum(d.kind == "transcript" for d in docs) >= 0.9 * len(docs)
    assert all(p.section in ("prepared", None) for d in docs for p in d.paragraphs)
