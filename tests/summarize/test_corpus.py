"""Acceptance on the real corpus (../shared): citations valid, numbers found, enough structure."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from finbrief import summarize
from finbrief.api import parse
from finbrief.model import Brief, Document, Minutes
from finbrief.options import Options
from finbrief.verify import check
from tests.summarize.test_extractive import statements_of

FILES = {
    "001": "001_c12800fdf9515978.txt",
    "002": "002_686631324b8c52d9.txt",
    "003": "003_810f1d76a715a4b5.txt",
}
TRANSCRIPTS = ("002", "003")


@cache
def _doc(path: str) -> Document:
    return parse(path)


@pytest.fixture(params=sorted(FILES))
def case(request: pytest.FixtureRequest, shared_dir: Path) -> tuple[str, Document]:
    return request.param, _doc(str(shared_dir / "corpus" / "alibaba" / FILES[request.param]))


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_brief_statements_all_verify(case: tuple[str, Document], lang: str) -> None:
    key, doc = case
    b: Brief = summarize.brief(doc, Options(lang=lang))
    for s in statements_of(b):
        assert s.citations and check(s, doc) is None, (s, check(s, doc))
    assert b.core_viewpoint and 1 <= len(b.core_viewpoint) <= 3
    assert 3 <= len(b.groups) <= 6
    assert all(2 <= len(g.points) <= 5 for g in b.groups)
    if key in TRANSCRIPTS:
        assert len(b.highlights) >= 5


def test_minutes_statements_all_verify(case: tuple[str, Document]) -> None:
    key, doc = case
    m: Minutes = summarize.minutes(doc, Options(lang="en"))
    for s in statements_of(m):
        if s.text:
            assert s.citations and check(s, doc) is None, (s, check(s, doc))
    if key in TRANSCRIPTS:
        assert len(m.chapters) >= 4
        assert len(m.qa) == len(doc.qa) and len(doc.qa) >= 7
        assert all(q.question.text and q.answer.text and q.answerers for q in m.qa)


def test_figures_the_competitor_got_wrong_are_right(shared_dir: Path) -> None:
    """RMB 380 billion stays RMB 380 billion in English (004 printed "$38 billion")."""
    doc = _doc(str(shared_dir / "corpus" / "alibaba" / FILES["003"]))
    texts = [h.text for h in summarize.brief(doc, Options(lang="en")).highlights]
    assert any("RMB 380 billion" in t for t in texts), texts
    assert not any("$38 billion" in t for t in texts)
    assert any("Cloud Intelligence Group revenue rose 26%" in t for t in texts), texts
