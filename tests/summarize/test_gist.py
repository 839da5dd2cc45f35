"""What an analyst checks in minutes and briefs of the bundled NovaSky calls: the asks, the answers
that meet them, chapter titles in the output language, groups without repeats."""

from __future__ import annotations

import re
from functools import cache

import pytest

from finbrief import summarize
from finbrief.lexicon.themes import taxonomy
from finbrief.model import Brief, Minutes
from finbrief.options import Options
from finbrief.summarize.extractive import join_titles
from finbrief.summarize.gist import strip_greetings
from finbrief.summarize.units import read
from tests.summarize.helpers import doc_from, en_call, zh_call, zh_facts

GREETINGS = re.compile(
    r"谢谢|謝謝|感谢|感謝|祝贺|祝賀|恭喜|晚上好|早上好|大家好|您好|你好|\bthanks?\b|thank you|congratulat|"
    r"good (?:morning|afternoon|evening)|\bhi\b|\bhello\b",
    re.IGNORECASE,
)


@cache
def _en_minutes(lang: str = "en") -> Minutes:
    return summarize.minutes(en_call(), Options(lang=lang))


@cache
def _zh_minutes(lang: str) -> Minutes:
    doc = zh_call()
    return summarize.minutes(doc, Options(lang=lang), zh_facts(doc))


@cache
def _en_brief() -> Brief:
    return summarize.brief(en_call(), Options(lang="en"))


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_question_gists_hold_asks_not_greetings(lang: str) -> None:
    for m in (_en_minutes(lang), _zh_minutes(lang)):
        for q in m.qa:
            assert q.question.text and not GREETINGS.search(q.question.text), q.question.text


def test_every_part_of_a_two_part_question_is_kept() -> None:
    by_asker = {q.asker: q for q in _en_minutes().qa}
    jenny = by_asker["Jenny Ma"].question.text
    assert "buybacks" in jenny and "balance investment against shareholder returns" in jenny
    kevin = by_asker["Kevin Zhang"].question.text
    assert "AI demand" in kevin and "pacing" in kevin


def test_answer_gists_answer_what_was_asked() -> None:
    by_asker = {q.asker: q for q in _en_minutes().qa}
    # Kevin asked whether cloud growth lasts and how the RMB 200 billion is paced: both answered.
    kevin = by_asker["Kevin Zhang"].answer.text
    assert "cloud revenue will keep growing above 30%" in kevin
    assert "not be spread evenly" in kevin
    # Jenny asked about buybacks: the answer says how buybacks go on, not only the cash flow.
    assert "repurchase" in by_asker["Jenny Ma"].answer.text
    # Tom asked about margins: the answer is about margins.
    assert "margin" in by_asker["Tom Hu"].answer.text


def test_chinese_call_answer_meets_the_pacing_question() -> None:
    m = _zh_minutes("zh-Hans")
    first = m.qa[0].answer.text
    assert "2000亿元的投入不会平均分配" in first


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_one_chapter_per_question_titled_by_topic(lang: str) -> None:
    for m, doc in ((_en_minutes(lang), en_call()), (_zh_minutes(lang), zh_call())):
        label = "Q&A: " if lang == "en" else "问答："
        qa = [c for c in m.chapters if c.title.startswith(label)]
        assert len(qa) == len(doc.qa)
        assert all(len(c.title) > len(label) for c in qa)
        for c in m.chapters:  # a question's chapter 1-3 statements; remarks two more for many figures
            assert 1 <= len(c.summary) <= (3 if c.title.startswith(label) else 5), c
    titles = [c.title for c in _zh_minutes("en").chapters if c.title.startswith("Q&A")]
    assert any(t.startswith("Q&A: shareholder returns") for t in titles)
    assert any("margin" in t for t in titles)
    zh_titles = [c.title for c in _zh_minutes("zh-Hans").chapters if c.title.startswith("问答")]
    assert any(t.startswith("问答：股东回报") for t in zh_titles)


def test_chapter_titles_follow_the_output_language() -> None:
    for c in _en_minutes("en").chapters:
        assert c.title.isascii(), c.title
    zh = _en_minutes("zh-Hant").chapters
    assert any(c.title.startswith("問答：") for c in zh)
    assert all(re.search(r"[\u4e00-\u9fff]", c.title) for c in zh)


def test_a_call_core_viewpoint_is_its_results_movers_and_plans() -> None:
    """Headline result against the prior period, then the largest mover, then the plan: written
    from facts and cited, not the lead sentences."""
    core = _en_brief().core_viewpoint
    assert 2 <= len(core) <= 3
    assert "revenue rose 9% to RMB 126.85 billion" in core[0].text
    assert "net income fell 12%" in core[0].text
    assert any("cloud revenue rose 31%" in s.text for s in core[1:])
    assert core[-1].text.startswith(("Sees", "Plans")) or "capital expenditure" in core[-1].text
    assert all(s.figures and s.citations for s in core)
    assert not any("18%, 22%, 26% and 31%" in s.text for s in core)


def test_groups_never_repeat_a_point_or_its_figures() -> None:
    for b in (_en_brief(), summarize.brief(zh_call(), Options(lang="en"), zh_facts(zh_call()))):
        assert 3 <= len(b.groups) <= 6
        points = [p for g in b.groups for p in g.points]
        texts = [p.text for p in points] + [s.text for s in b.core_viewpoint]
        assert len(texts) == len(set(texts))
        assert all(2 <= len(g.points) <= 5 for g in b.groups)
        for p in points:
            assert not p.text.rstrip().endswith(("?", "？")), p.text
    en = _en_brief()
    cited = [p.text for g in en.groups for p in g.points]
    # One board-approved plan is one point, however often the call repeats it.
    assert sum("RMB 200 billion" in t for t in cited) <= 1
    assert not any("Earnings Call Transcript" in t for t in cited)  # the title line is no point


def test_greeting_clauses_are_cut_off_an_ask() -> None:
    doc = doc_from("Thanks, and congratulations on the quarter, how should we think about margins?\n")
    reading = read(doc, ())
    u = next(u for u in reading.units if "margins" in u.text)
    cut = strip_greetings(u, False)
    assert cut is not None and cut.text == "how should we think about margins?"
    zh = doc_from("谢谢管理层,祝贺取得好业绩,请问云业务利润率的展望如何?\n")
    z = next(iter(read(zh, ()).units))
    cut = strip_greetings(z, True)
    assert cut is not None and cut.text == "请问云业务利润率的展望如何?"


def test_topics_are_data_with_titles_in_every_script() -> None:
    topics = {t.key: t for t in taxonomy().topics}
    assert {"cloud", "capex", "margins", "quick_commerce", "shareholder_returns"} <= set(topics)
    assert topics["capex"].title("en") == "capex"
    assert topics["cloud"].title("zh-Hans") == "云业务增长"
    assert topics["cloud"].title("zh-Hant") == "雲業務增長"
    assert topics["capex"].hits("", "关于资本开支(capex)的展望") >= 1
    assert join_titles(["cloud growth", "capex"], "en") == "cloud growth and capex"
    assert join_titles(["a", "b", "c"], "en") == "a, b and c"
    assert join_titles(["云业务增长", "资本开支"], "zh-Hans") == "云业务增长与资本开支"
    assert join_titles(["雲業務增長", "資本開支"], "zh-Hant") == "雲業務增長與資本開支"
