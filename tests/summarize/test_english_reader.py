"""An English reader of a Chinese call: every figure in an English sentence, every group, chapter
and Q&A pair with English to read, quotes marked, commitments restated. Fictional calls written for
these tests in three layouts: anonymous 問/答 turns in traditional script (lingyun); simplified
minutes of an A-share results meeting with `<firm>分析师<name>：` questions (langfan); a news story
followed by the call, `<name>（<firm>）：` questions under a roster (yaoshi)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from finbrief import summarize
from finbrief.api import parse
from finbrief.model import Brief, Document, Minutes, Statement
from finbrief.options import Options
from finbrief.render.brief import to_markdown
from finbrief.verify import check
from tests.summarize.english import reader_problems

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


LAYOUTS = ("lingyun_2025q3_call.txt", "langfan_2025h1_meeting.txt", "yaoshi_2025q3_news_call.txt")


@cache
def _read(name: str) -> tuple[Document, Brief, Minutes]:
    doc = parse(CALLS / name)
    return doc, summarize.brief(doc, Options(lang="en")), summarize.minutes(doc, Options(lang="en"))


@pytest.mark.parametrize("name", LAYOUTS)
def test_an_english_reader_gets_every_figure_in_english_in_every_layout(name: str) -> None:
    doc, b, m = _read(name)
    assert reader_problems(doc, b, m) == []
    assert m.qa and all(q.answer.text for q in m.qa)  # every question answered in something to read
    md = to_markdown(b, doc, "en")
    for s in (p for g in b.groups for p in g.points if p.lang != "en"):
        assert f"“{s.text}” _({s.lang})_" in md  # a quote is marked, with its language


def test_interim_results_are_said_for_the_half_year_and_commitments_with_their_year() -> None:
    _, b, m = _read("langfan_2025h1_meeting.txt")
    assert b.core_viewpoint[0].text.startswith("H1 revenue rose 14.2% to RMB 18.64 billion.")
    chapters = " ".join(s.text for c in m.chapters for s in c.summary)
    assert "Supply chain business revenue rose 9.8% to RMB 4.82 billion." in chapters  # not the company's
    answers = " ".join(q.answer.text for q in m.qa)
    assert "The priority is service quality rather than pricing." in answers
    assert "will turn profitable in the second half of 2026" in answers  # not "in the second half"
    assert "can double next year" in answers
    said = " ".join(s.text for s in _all(b, m))
    assert "buyback up to RMB 500 million" in said and "up to RMB 3.5 billion" in said  # 不超过: a cap


def test_a_news_story_and_its_call_give_results_segments_guidance_and_answers() -> None:
    _, b, m = _read("yaoshi_2025q3_news_call.txt")
    core = " ".join(s.text for s in b.core_viewpoint)
    assert "Q3 revenue rose 28% to RMB 4.26 billion." in core and "Sees Q4 revenue RMB 4.4 billion to RMB 4.6 billion." in core
    everything = " ".join(s.text for s in (*b.highlights, *(s for c in m.chapters for s in c.summary)))
    assert "automotive-grade chip business revenue rose 52% to rmb 1.79 billion" in everything.lower()
    answers = " ".join(q.answer.text for q in m.qa)
    assert "will come down by 3% to 5% next year" in answers
    assert "The priority is market share rather than margin." in answers
    assert "capital expenditure of about RMB 1.5 billion next year" in answers  # 明年: not "FY"
    assert "can return to double-digit growth next year" in answers
