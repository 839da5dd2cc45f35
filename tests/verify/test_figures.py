"""Asserted figures: each must be a fact of a cited paragraph (value, unit, subject, metric), and every
figure a statement's text states must be one it asserts; quotes must come from a cited paragraph."""

from __future__ import annotations

from functools import cache

import pytest

from finbrief import facts as facts_stage
from finbrief import summarize
from finbrief.model import Document, Fact, Figure, Statement
from finbrief.options import Options
from finbrief.verify import check, verify_brief
from tests.summarize.helpers import doc_from, zh_call

TEXT = """阿里巴巴公布季度业绩,总收入为2,477.95亿元人民币,同比增长5%。
阿里云收入同比增长34%至398.24亿元。淘宝天猫客户管理收入同比增长10%至789.27亿元。
阿里巴巴计划未来三年投入3800亿元用于AI和云基础设施建设。
"""


@cache
def _doc() -> Document:
    return doc_from(TEXT)


@cache
def _facts() -> tuple[Fact, ...]:
    return facts_stage.run(_doc())


def fig(value: float, unit: str, subject: str, metric: str) -> Figure:
    return Figure(value, unit, subject, metric)


def test_the_facts_are_what_the_figures_are_checked_against() -> None:
    found = {(f.subject, f.metric, f.value, f.unit) for f in _facts()}
    assert ("Cloud Intelligence Group", "revenue", 39824000000.0, "CNY") in found
    assert ("Alibaba Group", "investment", 380000000000.0, "CNY") in found


@pytest.mark.parametrize(
    ("text", "cites", "figures"),
    [
        (
            "Alibaba Cloud revenue grew 34% to RMB 39.824 billion.",
            (2,),
            (fig(34, "%", "Alibaba Cloud", "revenue"), fig(39824000000, "CNY", "Cloud Intelligence Group", "revenue")),
        ),
        # rounded as the statement writes it; units and subjects as a model may name them
        ("Cloud revenue reached RMB 39.8 billion.", (2,), (fig(39.8e9, "RMB", "cloud", "revenue"),)),
        ("Alibaba plans to invest RMB 380 billion.", (3,), (fig(380, "CNY billion", "Alibaba", "investment"),)),
        ("阿里巴巴计划投入3800亿元。", (3,), (fig(3.8e11, "元", "阿里巴巴", "投入"),)),
        ("The quarter was solid.", (1,), ()),
    ],
)
def test_asserted_figures_that_are_facts_pass(text: str, cites: tuple[int, ...], figures: tuple[Figure, ...]) -> None:
    assert check(Statement(text, cites, "en", figures=figures), _doc(), _facts()) is None


@pytest.mark.parametrize(
    ("text", "cites", "figures", "reason"),
    [
        # "$38 billion" for 3800亿元: wrong currency and a tenth of the value
        ("Alibaba plans to invest $38 billion.", (3,), (fig(38e9, "USD", "Alibaba Group", "investment"),), "not found"),
        # the text would pass the number check, the asserted figure does not
        ("Alibaba plans to invest RMB 380 billion.", (3,), (fig(38e9, "USD", "Alibaba Group", "investment"),),
         "not a fact"),
        # Taobao and Tmall's figure given to the cloud
        ("Cloud revenue was RMB 78.927 billion.", (2,),
         (fig(78.927e9, "CNY", "Cloud Intelligence Group", "customer management revenue"),),
         "belongs to Taobao and Tmall Group"),
        # right subject and value, wrong metric
        ("Cloud profit was RMB 39.824 billion.", (2,), (fig(39.824e9, "CNY", "Cloud Intelligence Group", "net income"),),
         "is Cloud Intelligence Group revenue"),
        # a figure of another paragraph than the one cited
        ("Alibaba plans to invest RMB 380 billion.", (2,), (fig(3.8e11, "CNY", "Alibaba Group", "investment"),),
         "not found"),
        # the text states a figure the statement does not assert
        ("Cloud revenue grew 34% to RMB 39.824 billion.", (2,), (fig(34, "%", "Cloud Intelligence Group", "revenue"),),
         "not among the statement's figures"),
    ],
)
def test_wrong_figures_fail_with_a_reason(
    text: str, cites: tuple[int, ...], figures: tuple[Figure, ...], reason: str
) -> None:
    why = check(Statement(text, cites, "en", figures=figures), _doc(), _facts())
    assert why is not None and reason in why, why


def test_quotes_must_come_from_a_cited_paragraph() -> None:
    good = Statement("Cloud grew 34%.", (2,), "en", quote="阿里云收入同比增长34%至398.24亿元。")
    assert check(good, _doc()) is None
    traditional = Statement("Cloud grew 34%.", (2,), "en", quote="阿里雲收入同比增長34%至398.24億元")
    assert check(traditional, _doc()) is None
    invented = Statement("Cloud grew 34%.", (2,), "en", quote="阿里云收入大幅增长34%。")
    assert check(invented, _doc()) == "quote not found in the cited paragraphs"
    elsewhere = Statement("Cloud grew 34%.", (1,), "en", quote="阿里云收入同比增长34%至398.24亿元。")
    assert check(elsewhere, _doc()) is not None


def test_verify_drops_a_wrong_figure_and_keeps_the_brief_meta() -> None:
    from finbrief.model import Brief, RunInfo

    ok = Statement("Alibaba plans to invest RMB 380 billion.", (3,), "en",
                   figures=(fig(3.8e11, "CNY", "Alibaba Group", "investment"),))
    wrong = Statement("Cloud revenue was RMB 78.927 billion.", (2,), "en",
                      figures=(fig(78.927e9, "CNY", "Cloud Intelligence Group", "customer management revenue"),))
    meta = RunInfo(backend="llm", model="m")
    out = verify_brief(Brief((ok, wrong), (), (), (), meta), _doc(), _facts())
    assert out.core_viewpoint == (ok,)
    assert out.meta == meta
    assert len(out.warnings) == 1 and "belongs to" in out.warnings[0]


def test_extractive_highlights_assert_their_figures_and_pass() -> None:
    doc = zh_call()
    for lang in ("en", "zh-Hans"):
        brief = summarize.brief(doc, Options(lang=lang))
        assert brief.highlights
        found = facts_stage.run(doc)
        for st in brief.highlights:
            assert st.figures, st
            assert check(st, doc, found) is None
