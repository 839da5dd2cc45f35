"""Chinese pages of insurers, utilities and A-share filers: a sum per share written in cents ("分",
"美分") is money, in the currency its sentence names; a quarterly report's table row holds one figure a
column, no range; an investment yield is a yield; and a firm's name loses the words around it
("而", "整体", "行业龙头企业", "首六个月").

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.numbers import parse_numbers
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_earnings_per_share_in_cents_is_read() -> None:
    text = (
        "《青禾通訊社28日專訊》青禾保險(06811)績後跌3﹒1%,報4﹒12元。\n\n"
        "青禾保險截至6月30日止中期純利12﹒6億元人民幣,升7﹒5%,每股盈利18分,中期派息6﹒5分。"
    )
    facts = facts_of(text, "zh-Hant")
    eps = one(facts, metric="EPS")
    assert abs(eps.value - 0.18) < 1e-9
    assert eps.unit == "CNY"  # the currency the sentence named with its profit, not the share price's
    assert abs(one(facts, metric="dividend").value - 0.065) < 1e-9


def test_a_dividend_in_us_cents_is_read() -> None:
    facts = facts_of("遠帆人壽公布中期業績,新業務利潤5.2億美元,按年增加9%,中期派息4.35美分,按年增加11%。", "zh-Hant")
    dividend = one(facts, metric="dividend", change=None)
    assert abs(dividend.value - 0.0435) < 1e-9 and dividend.unit == "USD"


def test_cents_need_a_sum_per_share_before_them() -> None:
    assert parse_numbers("评审给出了27分,整场用时3分钟,占三分之一。") == []
    assert [m.raw for m in parse_numbers("每股收益27分,派息8.5分")] == ["27分", "8.5分"]


def test_a_report_table_row_holds_one_figure_a_column() -> None:
    row = "营业收入 766,210,403.25 -11.00 2,418,903,511.62 -3.01"
    assert [m.raw for m in parse_numbers(row)] == ["766,210,403.25", "-11.00", "2,418,903,511.62", "-3.01"]
    assert [(m.raw, m.value_high) for m in parse_numbers("毛利率预计为20%-22%")] == [("20%-22%", 22)]


def test_an_investment_yield_is_a_yield() -> None:
    facts = facts_of("期內,遠帆人壽淨投資收益312億元,增3%;年化總投資收益率3﹒4%,年化綜合投資收益率6﹒1%。", "zh-Hant")
    assert one(facts, value=3.4).metric == "yield"
    assert one(facts, value=6.1).metric == "yield"


def test_words_around_a_firm_are_no_part_of_its_name() -> None:
    text = (
        "星禾控股旗下兩大業務,分別為經營壽險業務的星禾人壽及經營財產保險業務的星禾產險。"
        "星禾控股整體投資收入為18.22億元,大幅增長1.2倍;而星禾人壽錄得的已實現投資收益為6.31億元。"
    )
    facts = facts_of(text, "zh-Hant")
    assert one(facts, value=1_822_000_000).subject in ("星禾控股", "company")
    assert one(facts, value=631_000_000).subject == "星禾人寿"


def test_a_sector_leader_is_named_without_its_title() -> None:
    text = (
        "三季度乳业市场延续调整态势\n\n近日,18家上市乳企三季度财报相继披露。\n\n"
        "行业龙头企业青原股份的业绩表现最具代表性。其前三季度营收达612.4亿元,同比增长2.1%。\n\n"
        "白川乳业前三季度营业收入98.2亿元,同比下降3%。"
    )
    assert one(facts_of(text), value=61_240_000_000).subject == "青原"
