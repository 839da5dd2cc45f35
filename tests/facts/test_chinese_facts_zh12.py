"""Chinese pages: each figure names the thing it measures — a sign written as a word, two comparisons listed
with "分别", a beat against guidance, a digest item closed by its source markers, a name list that is no one
firm, a firm named by its listing code and then by a short form, basis words that name no unit.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_margin_written_negative_in_words_keeps_its_sign() -> None:
    facts = facts_of("星河電子（6123）公告第3季財報，營業利益率為負3.05%，較第2季負0.42%擴大。", "zh-Hant")
    assert one(facts, metric="operating margin", value=-3.05).unit == "%"
    assert not [f for f in facts if f.value in (3.05, 0.42)]


def test_a_pair_after_a_word_naming_both_comparisons_takes_them_in_order() -> None:
    facts = facts_of("云帆科技2025年第三季度财报:汽车与工业收入同环比增速分别为31.2%和8.4%,消费电子收入同比减少2.5%。")
    assert one(facts, value=31.2).change == "yoy"
    assert one(facts, value=8.4).change == "qoq"
    assert {one(facts, value=31.2).subject, one(facts, value=8.4).subject} == {"汽车与工业"}


def test_a_result_beating_its_guidance_is_no_forecast() -> None:
    facts = facts_of("星海微电子(01234):三季度收入和毛利率超指引上限,产能利用率达91.5%\n")
    assert one(facts, value=91.5).metric == "utilization"


def test_a_source_marker_closes_the_digest_item_that_named_a_forecast() -> None:
    facts = facts_of(
        "星海微电子(01234)三季报点评\n"
        "核心观点 - 基于公司3Q25业绩及4Q25指引,上调公司盈利预测 [3] 三季度财务业绩 - 3Q25实现销售收入12.40亿美元,"
        "同比增长9.7%,环比增长7.8% [1] - 3Q25毛利率为22.0%,同比提升1.5个百分点 [1]\n"
    )
    assert one(facts, value=9.7).metric == "revenue"
    assert one(facts, value=22.0).metric == "gross margin"
    assert one(facts, value=1.5).period == "2025Q3"
