"""The extractive backend on the bundled NovaSky call: what an analyst should get, and nothing else."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from finbrief import summarize
from finbrief.model import Brief, Minutes, Statement
from finbrief.options import Options
from finbrief.summarize.base import BACKENDS, get_backend
from finbrief.verify import check
from tests.summarize.helpers import doc_from, en_call, zh_call, zh_facts


def statements_of(x: Brief | Minutes) -> list[Statement]:
    if isinstance(x, Brief):
        return [*x.core_viewpoint, *(p for g in x.groups for p in g.points), *x.highlights]
    return [
        *x.summary,
        *(s for c in x.chapters for s in c.summary),
        *(s for q in x.qa for s in (q.question, q.answer)),
    ]


@pytest.fixture(scope="module")
def zh_brief() -> Brief:
    doc = zh_call()
    return summarize.brief(doc, Options(lang="en"), zh_facts(doc))


@pytest.fixture(scope="module")
def zh_minutes() -> Minutes:
    doc = zh_call()
    return summarize.minutes(doc, Options(lang="en"), zh_facts(doc))


def test_backend_registry() -> None:
    assert "extractive" in BACKENDS
    assert get_backend("extractive").name == "extractive"
    with pytest.raises(ValueError, match="extractive"):
        get_backend("nope")
    with pytest.raises(ValueError, match="nope"):
        summarize.brief(zh_call(), Options(backend="nope"), ())


def test_brief_shape_and_every_statement_verifies(zh_brief: Brief) -> None:
    doc = zh_call()
    assert 1 <= len(zh_brief.core_viewpoint) <= 3
    assert 3 <= len(zh_brief.groups) <= 6
    for g in zh_brief.groups:
        assert 2 <= len(g.points) <= 5, g
    assert len(zh_brief.highlights) >= 5
    assert zh_brief.warnings == ()
    for s in statements_of(zh_brief):
        assert check(s, doc) is None


def test_brief_prefers_results_and_plans_over_pleasantries_and_disclaimers(zh_brief: Brief) -> None:
    texts = [s.text for s in statements_of(zh_brief)]
    joined = "\n".join(texts)
    for noise in ("前瞻性陈述", "欢迎参加", "挂断电话", "仅收听模式", "问答环节"):
        assert noise not in joined
    themes = [g.theme for g in zh_brief.groups]
    assert "financial_performance" in themes
    assert "shareholder_returns" in themes or "strategy_investment" in themes
    assert any("1,268.5亿元" in t or "126.85 billion" in t for t in texts)


def test_titles_and_highlights_follow_lang_narrative_keeps_its_language(zh_brief: Brief) -> None:
    assert all(g.title.isascii() for g in zh_brief.groups)
    assert all(h.lang == "en" and h.text.isascii() for h in zh_brief.highlights)
    points = [p for g in zh_brief.groups for p in g.points]
    for p in [*zh_brief.core_viewpoint, *points]:
        if p.lang == "en":  # written from the sentence's facts, the sentence kept as its quote
            assert p.text.isascii()
        else:  # narrative quoted as it is, never with a figure an English reader cannot read
            assert p.lang == "zh-Hans" and p.quote is None and not re.search(r"\d", p.text), p
    written = [p for p in points if p.lang == "en"]
    assert written and all(p.quote and p.figures for p in written if re.search(r"\d", p.text))
    assert any("Free cash flow was an outflow of RMB 4.2 billion" in p.text for p in written)


def test_a_pointer_subject_is_named_or_the_point_is_not_chosen() -> None:
    """"该板块..." names its segment (from its figures) in a quoted point, and in a written one."""
    doc = zh_call()
    zh = summarize.brief(doc, Options(lang="zh-Hans"), zh_facts(doc))
    texts = [p.text for g in zh.groups for p in g.points] + [s.text for s in zh.core_viewpoint]
    assert not any(t.startswith(("该板块", "该分部")) for t in texts), texts


def test_traditional_output_converts_script() -> None:
    doc = zh_call()
    b = summarize.brief(doc, Options(lang="zh-Hant"), zh_facts(doc))
    assert all(p.lang == "zh-Hant" for g in b.groups for p in g.points)
    assert any("業績" in g.title or "財務" in g.title for g in b.groups)
    assert any("億元" in h.text for h in b.highlights)
    assert b.warnings == ()


def test_minutes_chapters_and_one_qa_entry_per_question(zh_minutes: Minutes) -> None:
    doc = zh_call()
    assert len(zh_minutes.chapters) >= 4
    assert len(zh_minutes.qa) == len(doc.qa) == 5
    assert [q.asker for q in zh_minutes.qa] == ["Kevin Zhang", "Sarah Lee", "Tom Hu", "Jenny Ma", "Daniel Wu"]
    assert all(q.answerers for q in zh_minutes.qa)
    for s in statements_of(zh_minutes):
        assert check(s, doc) is None
    assert zh_minutes.warnings == ()
    for c in zh_minutes.chapters:
        assert 1 <= len(c.summary) <= 5 and c.title and c.paragraphs


def test_question_gist_drops_greetings_and_congratulations(zh_minutes: Minutes) -> None:
    for q in zh_minutes.qa:
        asked = q.question.quote or q.question.text  # in English: what was asked about, the asks quoted
        assert not asked.startswith(("谢谢", "管理层好", "感谢")), asked
        assert "恭喜" not in asked and "祝贺" not in asked
        assert "?" in asked or "？" in asked or "关于" in asked
        assert q.question.text.startswith("Asked about ") and q.topic.isascii() and q.topic


def test_english_call_minutes() -> None:
    doc = en_call()
    m = summarize.minutes(doc, Options(lang="en"), ())
    assert len(m.qa) == len(doc.qa) >= 4
    assert all(q.asker and q.answerers for q in m.qa)
    for q in m.qa:
        assert not q.question.text.lower().startswith(("thank", "hi,", "good ")), q.question.text
    assert len(m.chapters) >= 4


def test_same_input_same_output() -> None:
    doc = zh_call()
    a = summarize.brief(doc, Options(lang="en"), zh_facts(doc))
    b = summarize.brief(replace(doc), Options(lang="en"), zh_facts(doc))
    assert a == b


def test_an_article_gets_a_brief_and_chapters_without_qa() -> None:
    doc = doc_from(
        "星穹科技本季度总收入同比增长9%,云业务收入同比增长31%,AI需求强劲。\n"
        "公司宣布未来三年投入2000亿元建设AI和云基础设施,资本支出将维持高位。\n"
        "股东回报方面,公司本季度回购了12亿美元股份,并将继续执行回购计划。\n"
        "分析师认为,即时零售竞争加剧带来利润压力,仍是主要风险之一。\n"
    )
    b = summarize.brief(doc, Options(), ())
    assert b.core_viewpoint and all(check(s, doc) is None for s in statements_of(b))
    m = summarize.minutes(doc, Options(), ())
    assert m.qa == () and m.chapters


def test_empty_facts_and_tiny_documents_do_not_crash() -> None:
    doc = doc_from("谢谢。\n")
    b = summarize.brief(doc, Options(lang="en"), ())
    assert b.highlights == () and b.groups == ()
    m = summarize.minutes(doc, Options(lang="en"), ())
    assert m.qa == ()


def test_a_digest_s_list_dashes_and_source_markers_stay_out_of_the_brief() -> None:
    """"- Cloud revenue grew 26% … since 2022 [2][7].": the brief sets its own bullets and cites paragraphs."""
    from finbrief.ingest import from_text
    from finbrief.structure import run as structure

    text = (
        "Kestrel Cloud second quarter 2025 digest\n\n"
        "Core Viewpoint - Kestrel Cloud's latest report shows strong returns on its AI spending [2][4]. "
        "Group 1: Results - In the quarter, Kestrel Cloud's capital expenditure reached $3.9 billion, up 220% "
        "year on year [2]. - Cloud revenue growth accelerated from 18% in the previous quarter to 26%, the fastest "
        "in 14 quarters since 2022 [2][7]. - AI product revenue grew at triple digits for eight quarters [2][12].\n"
    )
    doc = structure(from_text(text, source="kestrel_digest.txt"))
    b = summarize.brief(doc, Options(lang="en"))
    said = [s.text for s in (*b.core_viewpoint, *(p for g in b.groups for p in g.points))]
    assert said
    assert not any("[2]" in s or "[7]" in s or s.startswith(("- ", "-")) for s in said), said


def test_a_long_single_voice_text_is_segmented_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of paragraphs without a speaker change (an unlabelled dump, a long filing) must not
    make minutes re-read the growing segment for every paragraph (minutes, not seconds, on 5 MB)."""
    from finbrief.summarize import extractive

    visited: list[int] = []
    original = extractive.ExtractiveSummarizer._theme_profile

    def counting(self: object, reading: object, paragraphs: list[int]) -> dict[str, float]:
        visited.append(len(paragraphs))
        return original(self, reading, paragraphs)  # type: ignore[arg-type]

    monkeypatch.setattr(extractive.ExtractiveSummarizer, "_theme_profile", counting)
    n = 400
    doc = doc_from(
        "\n\n".join(f"NovaSky revenue rose {i % 40 + 1}% and cloud margin improved in region {i}." for i in range(n))
    )
    m = summarize.minutes(doc, Options(lang="en"), ())
    assert m.chapters
    assert sum(visited) <= 4 * len(doc.paragraphs), sum(visited)


_RATE_CASE_CALL = """Operator: Good day and welcome to the Quorvane Instruments third quarter 2022 earnings call.
Dana Whitlock, CFO: Third quarter revenue was $512 million, up 6% from a year ago.
Operator: Our first question comes from Lee Brandt with Harwell Securities.
Lee Brandt, Analyst: How sensitive is the business to interest rates?
Dana Whitlock, CFO: If rates were to rise 100 basis points, our interest expense would go up by roughly $18 million a year.
Lee Brandt, Analyst: And what about hiring?
Dana Whitlock, CFO: We added 140 engineers in the quarter, and our order backlog stood at $1.2 billion at quarter end.
"""


def test_a_case_put_in_an_answer_does_not_top_up_the_highlights() -> None:
    """Few key figures are topped up with sentences from the call, never with a hypothetical answer."""
    lines = [h.text for h in summarize.brief(doc_from(_RATE_CASE_CALL), Options(lang="en")).highlights]
    assert any("$1.2 billion" in line for line in lines), lines
    assert not any("$18 million" in line for line in lines), lines
