"""An English reader of a Chinese call: every figure in an English sentence, every group, chapter
and Q&A pair with English to read, quotes marked, commitments restated (a fictional call, written
for this test in the layout of a Chinese call with anonymous 問/答 turns, traditional script)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from finbrief import summarize
from finbrief.api import parse
from finbrief.model import Brief, Document, Minutes, Statement
from finbrief.options import Options
from finbrief.verify import check

CALLS = Path(__file__).parent / "calls"
_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _call() -> Document:
    return parse(CALLS / "lingyun_2025q3_call.txt")


@cache
def _outputs() -> tuple[Brief, Minutes]:
    doc = _call()
    return summarize.brief(doc, Options(lang="en")), summarize.minutes(doc, Options(lang="en"))


def _all(b: Brief, m: Minutes) -> list[Statement]:
    out = [*b.core_viewpoint, *(p for g in b.groups for p in g.points), *b.highlights, *m.summary]
    out += [s for c in m.chapters for s in c.summary]
    return out + [s for q in m.qa for s in (q.question, q.answer) if s.text]


def test_every_figure_is_in_an_english_sentence_and_quotes_are_marked() -> None:
    b, m = _outputs()
    for s in _all(b, m):
        assert check(s, _call()) is None, s
        if s.lang == "en":
            assert not _CJK.search(s.text), s.text
        else:  # a quote in the source's language, marked by its lang, with no figure in it
            assert s.lang == "zh-Hant" and not re.search(r"\d", s.text), s


def test_no_group_chapter_or_qa_pair_is_chinese_only() -> None:
    b, m = _outputs()
    assert all(g.title.isascii() for g in b.groups)
    assert all(c.title.isascii() for c in m.chapters)
    assert m.qa and all(q.topic and q.topic.isascii() and q.question.text.startswith("Asked about") for q in m.qa)
    assert all(q.answerers and all(a.isascii() for a in q.answerers) for q in m.qa)  # names in pinyin


def test_answers_carry_their_commitments() -> None:
    _, m = _outputs()
    answers = " ".join(q.answer.text for q in m.qa)
    assert "not be spread evenly" in answers  # 不會平均分配到每個季度
    assert "can double next year" in answers  # 明年海外交付量可以翻一番
    assert "can be halved" in answers  # 單車虧損可以縮減一半
    assert "more than 18%" in answers  # the margin target, from its fact


def test_core_viewpoint_states_results_then_plans() -> None:
    b, _ = _outputs()
    assert "revenue rose 21% to RMB 31.26 billion" in b.core_viewpoint[0].text
    assert any(s.text.startswith("Sees") for s in b.core_viewpoint)
