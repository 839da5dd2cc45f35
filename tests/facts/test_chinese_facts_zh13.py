"""Chinese broker notes, digests and segment reviews: an enumerated item names the segment of its figures,
a verb or comparison word before a metric names no business line.

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


SEGMENT_REVIEW = (
    "海岚港务(00987)集团简介\n\n业绩表现\n"
    "2024年度,集团营业额减少3.5%至88.10亿元,股东应占溢利上升5.2%至20.15亿元。"
    "(二)码头业务:营业额减少2.1%至70.2亿元,经营溢利则增加4.4%至30.1亿元; "
    "1﹒华南:营业额下降9.3%至21.4亿元,经营溢利下跌12%至8.2亿元; "
    "2﹒华东:营业额减少20.5%至5.5亿元; (三)仓储物流:营业额增长6.1%至4.2亿元\n"
)


def test_an_enumerated_item_names_the_segment_of_its_figures() -> None:
    facts = facts_of(SEGMENT_REVIEW)
    assert one(facts, value=2_140_000_000).subject == "华南"
    assert one(facts, value=-12.0).subject == "华南"
    assert one(facts, value=550_000_000).subject == "华东"
    assert one(facts, value=420_000_000).subject == "仓储物流"
    assert one(facts, value=7_020_000_000).subject == "码头业务"
    assert one(facts, value=8_810_000_000).subject == "海岚港务"


def test_an_item_headed_by_a_metric_names_no_segment() -> None:
    facts = facts_of("海岚港务2024年度业绩概况如下:(一)营业额:增加3.1%至12.5亿元;(二)经营溢利:增加2.2%至4.1亿元\n")
    assert one(facts, value=1_250_000_000).subject in ("company", "海岚港务")
    assert one(facts, value=1_250_000_000).metric == "revenue"


def test_a_cause_or_comparison_word_before_a_metric_names_no_business_line() -> None:
    facts = facts_of(
        "青岚能源(600999):单季业绩承压\n长城证券· 2025-11-02 22:45\n\n"
        "核心观点 - 第三季度营业成本同比提升5.1%至1.20亿元,且子公司计提资产减值损失3100万元,"
        "共同导致归母净利润同比大幅降低60.5%至1200.5万元 [2] - 截至三季度末,存货较第二季度末增长18.0% [4]\n"
    )
    own = ("600999", "青岚能源", "company")
    assert one(facts, value=12_005_000).subject in own
    assert one(facts, value=-60.5).subject in own
    assert one(facts, value=18.0).subject in own
    assert one(facts, value=31_000_000).subject in (*own, "子公司")


def test_a_quarter_opening_the_next_digest_item_is_that_items_period() -> None:
    facts = facts_of(
        "远川重工(000999):三季度收入提速\n华信证券· 2025-10-31 21:22\n\n"
        "财务表现 - 2025年前三季度实现营收512.30亿元,同比增长9.10%;实现归母净利润40.12亿元,同比增长8.40% [7] "
        "- 第三季度实现营收170.20亿元,同比增长15.30% [7]\n"
    )
    assert one(facts, value=8.4).period == "2025Q1-2025Q3"
    assert one(facts, value=17_020_000_000).period == "2025Q3"
    assert one(facts, value=15.3).period == "2025Q3"


BROKER_NOTE = (
    "远川重工(000999):三季度收入提速\n华信证券· 2025-10-31 21:22\n\n"
    "投资评级 - 投资评级为增持,且为维持 [2]\n\n"
    "核心观点 - 预测公司25/26/27年净利润分别为5.13/7.02/8.98亿元,增速分别为5.87%/36.77%/27.96% [5]\n\n"
    "财务表现与预测 - 2025年前三季度实现营收512.30亿元,同比增长9.10% [7] - 预计2025年营业收入为690.00亿元,"
    "同比增长10.2%;归母净利润为50.10亿元,同比增长20.1% [6][7] - 预计2025年每股收益(EPS)为0.52元 [6]\n"
)


def test_a_brokers_forecast_covers_every_figure_of_its_item() -> None:
    facts = facts_of(BROKER_NOTE)
    assert not [f for f in facts if f.value in (5.87, 36.77, 10.2, 5_010_000_000, 20.1, 0.52)]


def test_a_forecast_word_in_a_heading_covers_no_figure_of_the_item_after_it() -> None:
    facts = facts_of(BROKER_NOTE)
    assert one(facts, value=51_230_000_000).period == "2025Q1-2025Q3"
    assert one(facts, value=9.1).metric == "revenue"


def test_a_sign_standing_apart_after_yoy_is_the_changes_sign() -> None:
    facts = facts_of(
        "星海人寿(601999):业绩点评\n华信证券· 2025-04-30 19:36\n\n"
        "投资业务 - 25Q1年化总投资收益率4.9%(YoY+0.8pct)、年化综合投资收益率2.1%(YoY - 2.7pct) [5]\n"
    )
    assert (one(facts, unit="pp", value=-2.7).change, one(facts, value=0.8).change) == ("yoy", "yoy")
    assert one(facts, value=2.1).change is None


def test_an_amount_written_with_its_sign_after_yoy_is_a_change() -> None:
    facts = facts_of("青岚玻璃(600888):2024年报点评\n\n现金流 - 2024年经营活动现金净流10.5亿,同比+1.2亿 [4]\n")
    assert one(facts, value=120_000_000).change == "yoy"
    assert one(facts, value=1_050_000_000).change is None


def test_the_first_figure_of_a_pair_takes_the_unit_written_after_the_second() -> None:
    facts = facts_of("2025年上半年,星光银行和海岳银行的营业收入分别为1,234.51和301.27亿元,同比分别增长2.1%和3.4%。")
    assert one(facts, value=123_451_000_000).subject == "星光银行"
    assert one(facts, value=30_127_000_000).subject == "海岳银行"


def test_a_bare_number_before_a_bare_one_stays_no_figure() -> None:
    facts = facts_of("星光银行计划在3和4月各开设2家分行。")
    assert not [f for f in facts if f.value == 3]


def test_an_interim_of_a_fiscal_year_is_the_half_before_its_date() -> None:
    facts = facts_of("德翔餐饮(01999):2026 - 中期业绩\n2025-11-20\n集团收益为12.3亿港元,同比增长5.1%。\n")
    assert one(facts, value=1_230_000_000).period == "2025Q2-2025Q3"
    assert one(facts, value=5.1).period == "2025Q2-2025Q3"


def test_net_cash_from_operating_activities_is_operating_cash_flow() -> None:
    facts = facts_of("青岚玻璃(600888)2025年前三季度经营活动产生的净现金流为-0.42亿元,去年同期为1.10亿元。")
    assert one(facts, value=-42_000_000).metric == "operating cash flow"
    assert one(facts, value=-42_000_000).period == "2025Q1-2025Q3"


def test_a_metric_named_as_the_topic_of_a_sentence_is_the_metric_of_its_figures() -> None:
    facts = facts_of("2025年上半年营收规模上,海岳人寿以1520.3亿元居首,东方财险以980.1亿元次之。")
    assert (one(facts, value=152_030_000_000).metric, one(facts, value=152_030_000_000).subject) == ("revenue", "海岳人寿")
    assert (one(facts, value=98_010_000_000).metric, one(facts, value=98_010_000_000).subject) == ("revenue", "东方财险")


def test_a_topic_metric_named_again_leaves_later_figures_to_no_other_subject() -> None:
    facts = facts_of("2025年上半年营收规模上,四家险企共实现营收6120.5亿元,海岳人寿以1520.3亿元居首。")
    assert one(facts, value=612_050_000_000).subject == "industry"
    assert all(f.subject == "海岳人寿" for f in facts if f.value == 152_030_000_000)


def test_a_firm_named_in_what_a_result_was_affected_by_is_not_its_subject() -> None:
    facts = facts_of(
        "青岚能源(600999):单季业绩承压\n长城证券· 2025-11-02 22:45\n\n"
        "成本与业绩表现 - 受子公司海川热电计提资产减值损失3100万元及成本费用上升影响,第三季度归母净利润1200.5万元 [2]\n"
    )
    assert one(facts, value=12_005_000).subject in ("600999", "青岚能源", "company")
