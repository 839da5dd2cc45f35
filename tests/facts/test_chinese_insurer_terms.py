"""Chinese pages of insurers and filers: the industry's own names for its measures (新业务利润,
年度保费等值销售额, 调整后税前营运利润, 承保利润) are those metrics, and words that only modify a metric,
report furniture (未经审核, 证券代码) or a possessive (其) never become a business line's name.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.phrases import zh_phrase_before
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_new_business_profit_is_new_business_value() -> None:
    facts = facts_of("远帆人寿（8817）公布中期业绩，新业务利润8.4亿美元，按年增加11%。")
    nbv = one(facts, value=840000000.0)
    assert nbv.metric == "new business value"
    assert nbv.subject != "新业务"


def test_annual_premium_equivalent_sales_are_new_premiums() -> None:
    facts = facts_of("远帆人寿（8817）上半年年度保费等值销售额增长9.2%至12.3亿美元。")
    assert one(facts, value=9.2).metric == "annualised new premiums"


def test_adjusted_pre_tax_operating_profit_is_adjusted_operating_income() -> None:
    facts = facts_of("远帆人寿（8817）公布中期业绩。公司指出，上半年调整后税前营运利润21.6亿美元，增长5%。")
    profit = one(facts, value=2160000000.0)
    assert profit.metric == "adjusted operating income"
    assert profit.subject != "调整后税前"


def test_underwriting_profit_is_an_underwriting_gain() -> None:
    facts = facts_of("青禾财险（06811）上半年承保利润41.2亿元，同比下降3%。")
    assert one(facts, value=4120000000.0).metric == "underwriting gain"


def test_modifiers_and_report_words_name_no_line() -> None:
    for text in ("调整后税前营业利润", "未经审核营业收入", "证券代码营业收入"):
        at = text.index("营")
        assert zh_phrase_before(text, at, 0) is None, text


def test_a_possessive_before_a_line_is_dropped() -> None:
    text = "其乳品业务收入"
    assert zh_phrase_before(text, text.index("收入"), 0) == (1, "乳品业务")
    other = "其他业务收入"
    found = zh_phrase_before(other, other.index("收入"), 0)
    assert found is None or found[1] != "他业务"


def test_a_restated_figure_keeps_its_firm() -> None:
    text = "从前三季度累计表现来看，远帆航空更新后的归母净利润达13.07亿元"
    assert zh_phrase_before(text, text.index("归母"), 0) == (text.index("远帆"), "远帆航空")


def test_a_record_and_the_whole_range_name_no_line() -> None:
    for text, word in (("其中青禾共交付新车4055台，创下该品牌单月交付量新高", "交付量"), ("全系累计交付已突破50万台", "交付")):
        assert zh_phrase_before(text, text.index(word), 0) is None, text


def test_unmarked_moves_of_a_periods_results_are_year_over_year() -> None:
    text = (
        "《青禾通讯社31日专讯》远帆汽车(08817)公布,截至9月30日止第三季纯利约16亿元(人民币.下同),升11.5%,"
        "营业收入201亿元,升24%。"
    )
    facts = facts_of(text)
    assert one(facts, value=11.5).change == "yoy"
    assert one(facts, value=24).change == "yoy"


def test_an_adjusted_net_loss_written_with_de_is_adjusted() -> None:
    text = "云帆科技公布第三季度业绩。不按照美国通用会计准则,调整后的净亏损为人民币6.220亿元。"
    loss = one(facts_of(text), value=-622_000_000.0)
    assert loss.metric == "non-GAAP net income"
