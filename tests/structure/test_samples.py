"""The bundled sample calls (zh and en) come out with the speakers and Q&A pairs a reader sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from finbrief.api import parse

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# (asker, answerers in order) for each pair, as written in both samples.
ZH_PAIRS = [
    ("Kevin Zhang", ["周明", "陈静怡"]),
    ("Sarah Lee", ["林志远"]),
    ("Tom Hu", ["陈静怡"]),
    ("Jenny Ma", ["陈静怡", "林志远"]),
    ("Daniel Wu", ["周明"]),
]
EN_PAIRS = [
    ("Kevin Zhang", ["Ming Zhou", "Jingyi Chen"]),
    ("Sarah Lee", ["Zhiyuan Lin"]),
    ("Tom Hu", ["Jingyi Chen"]),
    ("Jenny Ma", ["Jingyi Chen", "Zhiyuan Lin"]),
    ("Daniel Wu", ["Ming Zhou"]),
]


@pytest.mark.parametrize(
    ("path", "pairs", "firm"),
    [
        ("zh/novasky_2026q2_call.txt", ZH_PAIRS, "高盛"),
        ("en/novasky_2026q2_call.txt", EN_PAIRS, "Goldman Sachs"),
    ],
)
def test_sample_call_pairs(path: str, pairs: list[tuple[str, list[str]]], firm: str) -> None:
    doc = parse(SAMPLES / path)
    names = {s.id: s.name for s in doc.speakers}
    got = [(names[q.asker], [names[a.speaker] for a in q.answers]) for q in doc.qa if q.asker]
    assert got == pairs
    sarah = next(s for s in doc.speakers if s.name == "Sarah Lee")
    assert sarah.side == "analyst" and sarah.affiliation == firm
    operator_ids = {s.id for s in doc.speakers if s.side == "operator"}
    assert all(a.speaker not in operator_ids for q in doc.qa for a in q.answers)


def test_english_label_names_join_their_roster_entry() -> None:
    """The roster lists ``Zhiyuan Lin -- Chief Executive Officer``; turns are headed ``Leo Lin -- Chief Executive Officer``."""
    doc = parse(SAMPLES / "en" / "novasky_2026q2_call.txt")
    ceo = [s for s in doc.speakers if s.role == "Chief Executive Officer"]
    assert len(ceo) == 1 and "Leo Lin" in ceo[0].aliases
    assert {p.speaker for p in doc.paragraphs if p.text.startswith("Leo Lin --")} == {ceo[0].id}


def test_traditional_news_sample_is_an_article() -> None:
    doc = parse(SAMPLES / "zh-Hant" / "novasky_2026q2_news.txt")
    assert doc.kind == "article" and doc.language == "zh-Hant" and not doc.qa
