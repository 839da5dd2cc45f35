"""Renderers: the JSON contracts, Markdown, plain-text highlights and the self-contained HTML page."""

from __future__ import annotations

import json
import re

import pytest

from finbrief import summarize
from finbrief.api import parse_bytes
from finbrief.model import Brief, Chapter, Group, Minutes, MinutesQA, Statement
from finbrief.options import Options
from finbrief.render import brief as rb
from finbrief.render import minutes as rm
from finbrief.render.html import brief_html, minutes_html
from tests.summarize.helpers import doc_from, zh_call, zh_facts

EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)> 收入增长9%。'


@pytest.fixture(scope="module")
def evil_doc():  # type: ignore[no-untyped-def]
    return doc_from(EVIL + "\n第二段:利润下降12%。\n")


def _brief() -> Brief:
    s = Statement(EVIL, (1,), "zh-Hans")
    return Brief(
        (s,),
        (Group("Results <b>", (s,), "financial_performance"),),
        (Statement("Revenue rose 9%.", (1,), "en"),),
        ("w <i>",),
    )


def _minutes() -> Minutes:
    s = Statement(EVIL, (1,), "zh-Hans")
    return Minutes(
        (s,),
        (Chapter("Intro <h1>", (s,), (1, 2)),),
        (MinutesQA(Statement("利润下降12%?", (2,), "zh-Hans"), s, "Kevin <Zhang>", ("Grace Chen",)),),
    )


def test_brief_json_contract(evil_doc) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(rb.to_json(_brief(), evil_doc, "en"))
    assert set(out) >= {"core_viewpoint", "groups", "highlights", "warnings"}
    for st in [*out["core_viewpoint"], *out["highlights"], *(p for g in out["groups"] for p in g["points"])]:
        assert set(st) == {"text", "citations", "lang"}
        assert all(isinstance(c, int) for c in st["citations"])
    assert out["groups"][0]["title"] == "Results <b>" and out["groups"][0]["theme"] == "financial_performance"


def test_minutes_json_contract(evil_doc) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(rm.to_json(_minutes(), evil_doc, "en"))
    assert set(out) >= {"summary", "chapters", "qa", "warnings"}
    assert set(out["chapters"][0]) == {"title", "summary", "paragraphs"}
    assert set(out["qa"][0]) == {"question", "answer", "asker", "answerers", "topic"}
    assert out["qa"][0]["question"] == {"text": "利润下降12%?", "citations": [2], "lang": "zh-Hans"}


def test_markdown_cites_and_escapes(evil_doc) -> None:  # type: ignore[no-untyped-def]
    md = rb.to_markdown(_brief(), evil_doc, "en")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "[1]" in md and "zh-Hans" in md  # the note says narrative is quoted in its own language
    md2 = rm.to_markdown(_minutes(), evil_doc, "zh-Hans")
    assert "会议纪要" in md2 and "段落 1-2" in md2


def test_highlights_txt_is_one_statement_a_line() -> None:
    txt = rb.highlights_txt([Statement("Revenue rose 9%.", (1, 3)), Statement("Two\nlines.", (2,))])
    assert txt == "Revenue rose 9%. [1][3]\nTwo lines. [2]\n"


def test_html_is_self_contained_escaped_and_linked(evil_doc) -> None:  # type: ignore[no-untyped-def]
    for page in (brief_html(_brief(), evil_doc, "en"), minutes_html(_minutes(), evil_doc, "en")):
        assert page.startswith("<!DOCTYPE html>")
        assert "<script>alert" not in page and "<img" not in page
        assert "&lt;script&gt;" in page
        assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", page)  # no external assets
        assert "<link" not in page
        assert 'href="#p-1"' in page and 'id="p-1"' in page and 'id="p-2"' in page
        assert page.count("<script>") == 1  # only our inline script
        assert "scrollIntoView" in page and "classList.add('hl')" in page


def test_real_outputs_are_deterministic() -> None:
    doc = zh_call()
    facts = zh_facts(doc)
    b1 = brief_html(summarize.brief(doc, Options(lang="en"), facts), doc, "en")
    b2 = brief_html(summarize.brief(doc, Options(lang="en"), facts), doc, "en")
    assert b1 == b2
    m = summarize.minutes(doc, Options(lang="zh-Hant"), facts)
    assert rm.to_json(m, doc, "zh-Hant") == rm.to_json(
        summarize.minutes(doc, Options(lang="zh-Hant"), facts), doc, "zh-Hant"
    )
    # every citation in the page points at an anchor that exists
    for n in set(re.findall(r'href="#p-(\d+)"', b1)):
        assert f'id="p-{n}"' in b1


def test_html_citations_preview_their_paragraph_escaped(evil_doc) -> None:  # type: ignore[no-untyped-def]
    page = brief_html(_brief(), evil_doc, "en")
    # Hovering [1] shows the start of paragraph 1, escaped like every other document text.
    assert 'title="[1] &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' in page
    assert "<script>alert" not in page and page.count("<script>") == 1


def test_html_layout_keeps_both_panes_scrolling_on_their_own() -> None:
    from finbrief.render.html import CSS, JS

    # The page itself does not scroll on a wide screen: each pane does, and a click on [n]
    # scrolls the source pane to paragraph n and highlights it (and marks the statement clicked).
    assert "body{margin:0;display:flex;flex-direction:column;overflow:hidden" in CSS
    assert "main{flex:1 1 auto;display:flex;min-height:0}" in CSS
    assert ".pane{overflow-y:auto" in CSS and "overflow-wrap:anywhere" in CSS
    assert '"Noto Sans CJK SC"' in CSS and "PingFang TC" in CSS  # CJK fonts, then the system's
    assert "scrollIntoView" in JS and "classList.add('active')" in JS


def test_an_untitled_documents_outputs_are_headed_by_its_file_name_not_its_path() -> None:
    text = "CORPORATE PARTICIPANTS\n \nJane Roe\nNovaSky - CFO\n \nRevenue rose 9% to $1.2 billion.\n\nThanks.\n"
    doc = parse_bytes(text.encode("utf-8"), "/data/calls/novasky_q2.txt")
    assert doc.title is None
    head = rb.md_head("Brief", (), doc, "en")[0]
    assert head == "# Brief: novasky\\_q2.txt"


def test_a_fact_in_canadian_dollars_prints_as_canadian_dollars() -> None:
    from finbrief.render.facts import display_value

    doc = doc_from(
        "Maplewood Industrial REIT Third Quarter 2025 Results Conference Call\n"
        "Leah Moreau: All amounts discussed today are in Canadian dollars unless otherwise noted.\n"
        "Leah Moreau: Revenue for the third quarter was $81.3 million, up 6.5% year over year.\n"
    )
    brief = summarize.brief(doc, Options(lang="en"))
    highlights = "\n".join(s.text for s in brief.highlights)
    assert "C$81.3 million" in highlights
    assert "US$81.3" not in highlights
    from finbrief.facts import run

    revenue = next(f for f in run(doc) if f.value == 81_300_000)
    assert display_value(revenue) == "C$81.3 million"
