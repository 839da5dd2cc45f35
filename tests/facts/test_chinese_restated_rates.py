"""Chinese stories: a growth rate named again at the head of a clause ("11%的增速乍看并不亮眼") is the rate just stated,
with its business line, metric and quarter; a rate no one stated fact fits is left out.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.model import Fact

from .test_chinese_news import facts_of

_HEAD = "星河科技發布2024年第四季度財報。\n\n去年四季度,星河雲業務收入217.5億,同比增長11%,主要受公共雲產品驅動。\n\n"


def _stated(facts: tuple[Fact, ...]) -> int:
    """The paragraph the story states the line's results in."""
    return next(f.paragraph for f in facts if f.raw == "217.5億")


def test_a_rate_named_again_is_the_rate_stated_before() -> None:
    facts = facts_of(_HEAD + "11%的增速乍看並不十分亮眼,但回溯此前幾個季度便可看出其意義。\n", "zh-Hant")
    again = [f for f in facts if f.paragraph > _stated(facts) and f.raw == "11%"]
    assert [(f.subject, f.metric, f.value, f.change, f.period) for f in again] == [
        ("cloud", "revenue", 11.0, "yoy", "2024Q4")
    ]


def test_a_rate_no_stated_fact_has_is_left_out() -> None:
    facts = facts_of(_HEAD + "15%的增速乍看並不十分亮眼,但回溯此前幾個季度便可看出其意義。\n", "zh-Hant")
    assert not [f for f in facts if f.paragraph > _stated(facts)]
