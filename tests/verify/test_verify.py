"""Verification: citations must exist and every number must be in a cited paragraph."""

from __future__ import annotations

import pytest

from finbrief.model import Brief, Chapter, Group, Minutes, MinutesQA, Statement
from finbrief.verify import check, verify_brief, verify_highlights, verify_minutes
from tests.summarize.helpers import doc_from

TEXT = """星穹科技公布季度业绩,总收入为1,268.5亿元人民币,同比增长9%。
公司计划未来三年投入3800亿元用于AI基础设施。本季度资本支出达到386亿元。
星穹雲營收同比增長26%至333.98億元,外部客戶收入佔比超過20%。
The cloud unit grew 31 percent; margins expanded 150 basis points to 11.2%.
Qwen 3 was released in 2025, and 88VIP members exceeded 53 million.
"""


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return doc_from(TEXT)


def s(text: str, *cites: int) -> Statement:
    return Statement(text, cites)


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Revenue was RMB 126.85 billion, up 9% year on year.", (1,)),
        ("总收入为1,268.5亿元人民币,同比增长9%。", (1,)),
        ("The company plans to invest RMB 380 billion over three years.", (2,)),
        ("Capex reached RMB 38.6 billion.", (2,)),
        ("Cloud revenue rose 26% to RMB 33.398 billion.", (3,)),
        ("Cloud revenue rose 26 percent to RMB 33.4 billion.", (3,)),  # rounded as written
        ("雲營收為333.98亿元。", (3,)),  # traditional vs simplified scale characters
        ("Cloud grew 31%; margin up 1.5 percentage points to 11.2%.", (4,)),  # 150 bps = 1.5 pp
        ("Qwen 3 launched in 2025.", (5,)),
        ("88VIP members topped 53 million.", (5,)),
        ("Revenue rose 9%, capex was RMB 38.6 billion.", (1, 2)),  # numbers spread over two citations
        ("No figure here at all.", (1,)),
    ],
)
def test_supported_statements_pass(doc, text: str, cites: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    assert check(s(text, *cites), doc) is None


@pytest.mark.parametrize(
    ("text", "cites", "reason"),
    [
        # The competitor's mistake: RMB 380 billion printed as $38 billion.
        ("The company plans to invest $38 billion over three years.", (2,), "not found"),
        # Right value, wrong currency.
        ("Capex reached US$38.6 billion.", (2,), "not found"),
        # Scale slip: 386亿 is 38.6 billion, not 3.86 billion.
        ("Capex reached RMB 3.86 billion.", (2,), "not found"),
        # A true number cited to the wrong paragraph.
        ("Capex reached RMB 38.6 billion.", (1,), "not found"),
        # Rounding beyond what the statement writes.
        ("Cloud revenue was RMB 33.5 billion.", (3,), "not found"),
        # Percent is not a percentage point.
        ("Margins rose 1.5%.", (4,), "not found"),
        # A year the source does not have.
        ("Qwen 3 launched in 2024.", (5,), "2024"),
        ("Revenue rose 9%.", (), "no citation"),
        ("Revenue rose 9%.", (99,), "missing paragraph"),
        ("Revenue rose 9%.", (0,), "missing paragraph"),
        ("   ", (1,), "empty"),
    ],
)
def test_crafted_failures_are_caught(doc, text: str, cites: tuple[int, ...], reason: str) -> None:  # type: ignore[no-untyped-def]
    why = check(s(text, *cites), doc)
    assert why is not None and reason in why


def test_brief_drops_failing_statements_and_reports_them(doc) -> None:  # type: ignore[no-untyped-def]
    good, bad = s("Capex reached RMB 38.6 billion.", 2), s("Capex reached $38 billion.", 2)
    brief = Brief(
        core_viewpoint=(good, bad),
        groups=(
            Group("Investment", (bad,), "strategy_investment"),
            Group("Results", (good,), "financial_performance"),
        ),
        highlights=(s("Revenue rose 9%.", 1), s("Revenue rose 10%.", 1)),
    )
    out = verify_brief(brief, doc)
    assert out.core_viewpoint == (good,)
    assert [g.title for g in out.groups] == ["Results"]  # a group left empty disappears
    assert [h.text for h in out.highlights] == ["Revenue rose 9%."]
    assert len(out.warnings) == 3
    assert any("$38 billion" in w and "[2]" in w for w in out.warnings)


def test_minutes_keep_unanswered_questions_and_drop_bad_ones(doc) -> None:  # type: ignore[no-untyped-def]
    q_ok, q_bad = s("外部客戶收入佔比超過20%?", 3), s("收入是否增长19%?", 1)
    minutes = Minutes(
        summary=(s("Revenue rose 9%.", 1),),
        chapters=(Chapter("Results", (s("Revenue rose 9%.", 1), s("Revenue rose 7%.", 1)), (1, 2, 42)),),
        qa=(
            MinutesQA(q_ok, Statement("", (), None), None, ()),
            MinutesQA(q_bad, s("Revenue rose 9%.", 1), "Kevin Zhang", ("Grace Chen",)),
        ),
    )
    out = verify_minutes(minutes, doc)
    assert len(out.qa) == 1 and out.qa[0].question == q_ok
    assert out.chapters[0].paragraphs == (1, 2)
    assert len(out.chapters[0].summary) == 1
    assert len(out.warnings) == 3


def test_highlights_helper_returns_kept_and_warnings(doc) -> None:  # type: ignore[no-untyped-def]
    kept, warnings = verify_highlights([s("Revenue rose 9%.", 1), s("Revenue rose 8%.", 1)], doc)
    assert [k.text for k in kept] == ["Revenue rose 9%."]
    assert len(warnings) == 1 and "8%" in warnings[0]


def test_a_quote_with_clauses_left_out_verifies_clause_by_clause() -> None:
    doc = doc_from("本季度收入为120亿元，同比增长12%，高于上季度9%的增速，主要受海外业务带动。\n")
    kept = Statement("Revenue rose 12% to RMB 12 billion.", (1,), "en", quote="本季度收入为120亿元，同比增长12%，…主要受海外业务带动。")
    assert check(kept, doc) is None
    made_up = Statement("Revenue rose 12% to RMB 12 billion.", (1,), "en", quote="本季度收入为120亿元，…海外业务占比50%。")
    assert check(made_up, doc) == "quote not found in the cited paragraphs"
