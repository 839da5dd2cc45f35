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


def test_a_list_of_firms_totalling_a_figure_is_a_group_and_a_shared_bound_no_ones() -> None:
    facts = facts_of(
        "2025年上半年,星光保险、海岳人寿以及东方财险共实现归母净利润981.5亿元,同比增长4.2%。"
        "营收规模上,海岳人寿、东方财险营收也超1000亿元。"
    )
    assert one(facts, value=98_150_000_000).subject == "industry"
    assert one(facts, value=4.2).subject == "industry"
    assert not [f for f in facts if f.value == 100_000_000_000]


def test_a_line_written_after_another_listed_firm_is_that_firms() -> None:
    facts = facts_of(
        "远航电器(000123.SZ)公布2024年上半年业绩,实现营收980.10亿元,同比增长12.5%。"
        "远航电器暖通业务实现营收402.08亿元,同期海天电器(000456.SZ)空调营收为377.94亿元。"
    )
    assert one(facts, value=37_794_000_000).subject == "海天电器空调"


def test_a_period_code_and_a_size_stay_in_the_names_they_open() -> None:
    facts = facts_of("2023Q1家电行业营业收入为3012.07亿元。在晶圆收入中,12英寸晶圆贡献77.0%,8英寸晶圆贡献23.0%。")
    assert one(facts, value=301_207_000_000).subject == "家电行业"
    assert one(facts, value=77.0).subject == "12英寸晶圆"
    assert one(facts, value=23.0).metric == "share of revenue"


def test_a_pair_of_periods_gives_a_pair_of_figures_one_each() -> None:
    facts = facts_of(
        "2022年和2023Q1板块营业收入同比-0.36%和+3.84%。2022年和2023Q1归母净利润同比增长10.54%和15.1%。"
    )
    assert (one(facts, value=-0.36).period, one(facts, value=3.84).period) == ("2022", "2023Q1")
    assert one(facts, value=3.84).change == "yoy"
    assert (one(facts, value=10.54).period, one(facts, value=15.1).period) == ("2022", "2023Q1")


def test_basis_words_before_a_pair_name_no_units() -> None:
    facts = facts_of(
        "友邦保險(1299)公布中期業績。新業務價值利潤率為65.6%,按固定及實質滙率計,分別升6.2個百分點和6.1個百分點。", "zh-Hant"
    )
    assert {one(facts, value=6.2).subject, one(facts, value=6.1).subject} == {one(facts, value=65.6).subject}


def test_a_non_gaap_basis_opening_the_noun_phrase_makes_the_adjusted_metric() -> None:
    facts = facts_of(
        "網易股份有限公司(納斯達克代號:NTES)今天宣佈了第三季度未經審計財務業績。\n"
        "· 歸屬於公司股東的淨利潤爲人民幣78億元。非公認會計准則下歸屬於公司股東的持續經營淨利潤爲人民幣86億元。\n"
        "· 有道淨收入爲人民幣15億元,同比增加9.7%。\n",
        "zh-Hant",
    )
    assert one(facts, value=8_600_000_000).metric == "non-GAAP net income"
    assert one(facts, value=8_600_000_000).subject == one(facts, value=7_800_000_000).subject
    assert one(facts, value=1_500_000_000).subject == "有道"  # a cut that would leave one character cuts nothing


def test_a_firm_named_with_its_code_keeps_its_figures_and_its_short_name() -> None:
    facts = facts_of(
        "友威科（3580）董事會通過今年第3季財報，稅後純益1943.1萬元；每股純益0.49元。\n"
        "聯嘉投控（3717）昨日公告第3季財報，單季稅後純益1,923萬元，成功轉虧為盈，每股純益0.09元。\n"
        "聯嘉第3季營收14.5億元，季增10.7%。\n",
        "zh-Hant",
    )
    assert one(facts, value=0.09).subject == "联嘉投控"
    assert one(facts, value=1_450_000_000).subject == "联嘉投控"
    assert one(facts, value=0.49).subject != "联嘉投控"


def test_an_exception_with_its_own_figures_is_their_subject() -> None:
    facts = facts_of("按应用分类,除智能手机收入同比减少4.5%、环比减少7.4%外,其他应用均实现增长。")
    assert one(facts, value=-4.5).subject == "智能手机"
    assert one(facts, value=-7.4).change == "qoq"


def test_a_story_of_no_one_company_keeps_the_subject_of_the_sentence_before() -> None:
    facts = facts_of("2022年家电行业营业收入为13,705.02亿元。2022年归母净利润为966.98亿元,同比增长10.54%。")
    assert one(facts, value=96_698_000_000).subject == "家电行业"


def test_names_listed_with_commas_before_a_known_firm_make_a_list() -> None:
    facts = facts_of(
        "从整体数据来看,2025年上半年东方平安、北方人保、南方太保以及新华保险共实现归属于母公司股东的净利润"
        "1781.93亿元,同比增长3.7%。"
    )
    assert one(facts, value=178_193_000_000).subject == "industry"


_GLASS = (
    "山东星玻(600123):景气回落\n"
    "财务表现 - 2024年全年营收51.3亿,同比+2.9%,扣非归母净利9.0亿,同比+21.9% [1] - 25Q1销售净利率18.0%,同比+0.6pcts [3] "
    "产品与区域分析 - 2024年模制瓶、棕色瓶、管制瓶营收分别同比+3.9%、+3.5%、+5.0% [2] - 境内营收同比+0.5%,"
    "海外营收同比+8.3% [2] - 24Q1-24Q3单季营收同比增速分别为+2.5%、+11.2%、-1.0% [2] "
    "成本 - 2024年期间费用率9.0%,同比+0.2pcts [3] - 2024年经营活动现金净流10.5亿 [4]\n"
)


def test_a_list_head_opening_on_a_period_still_names_each_item() -> None:
    facts = facts_of(_GLASS)
    assert [one(facts, value=v).subject for v in (3.9, 3.5, 5.0)] == ["模制瓶", "棕色瓶", "管制瓶"]


def test_a_digest_item_opening_on_a_period_code_starts_afresh() -> None:
    facts = facts_of(_GLASS)
    assert {one(facts, value=v).subject for v in (2.5, 11.2, -1.0)} == {"山东星玻"}
    assert [one(facts, value=v).period for v in (2.5, 11.2, -1.0)] == ["2024Q1", "2024Q2", "2024Q3"]


def test_broker_shorthand_names_its_metrics() -> None:
    facts = facts_of(_GLASS)
    assert one(facts, value=900_000_000).metric == "net income excluding non-recurring items"
    assert one(facts, value=18.0).metric == "net margin"
    assert one(facts, value=9.0).metric == "operating expense ratio"
    assert one(facts, value=1_050_000_000).metric == "operating cash flow"
    assert {one(facts, value=v).subject for v in (18.0, 9.0)} == {"山东星玻"}


_SNACKS = (
    "周白鸭(01234):改革初显\n"
    "核心观点 - 上调2025-2027年归母净利润预测至1.91亿元、2.41亿元,较前次上调33.9%、38.3% [5] "
    "业务运营 - 25H1自营门店收入7.12亿元,同比增长2.22%,特许经营收入2.67亿元,同比减少18.56% [3]\n"
)


def test_a_forecast_revision_is_no_result() -> None:
    facts = facts_of(_SNACKS)
    assert not [f for f in facts if f.value in (33.9, 38.3)]


def test_a_comparison_in_the_item_before_makes_no_base_of_the_next_items_period() -> None:
    facts = facts_of(_SNACKS)
    assert one(facts, value=712_000_000).period == "2025Q1-2025Q2"


def test_metric_words_split_as_a_reader_splits_them() -> None:
    facts = facts_of(_SNACKS)
    assert one(facts, value=712_000_000).subject == "自营门店"  # 门店 names the line, it counts no stores
    assert one(facts, value=267_000_000).subject == "特许经营"  # 特许经营 + 收入, not 特许经 + 营收


def test_a_filing_digest_names_the_period_loss_and_associates_share_of_the_company() -> None:
    facts = facts_of(
        "德兴地产(00123) - 2026 - 中期业绩\n"
        "收入和利润表现 - 收益为1.7亿港元,同比下降44.6%[3] - 公司拥有人应占期间亏损为1.207亿港元,同比大幅减少76.0%"
        "(从上期亏损5.043亿港元)[3] - 应占联营公司及合营公司收益为1.63亿港元,同比下降45.1%[3]\n"
    )
    loss = one(facts, value=-120_700_000)
    assert loss.metric in ("net loss", "net income") and loss.subject == "德兴地产"
    assert one(facts, value=-76.0).subject == "德兴地产"
    assert one(facts, value=163_000_000).metric == "share of results of associates and joint ventures"


def test_a_level_a_change_starts_from_keeps_its_sign() -> None:
    facts = facts_of("公司毛利率从52.6%下降3.0个百分点至49.6%。净利率由12.0%下降至7.4%。")
    assert one(facts, value=52.6).basis == "prior"
    assert one(facts, value=12.0).basis == "prior"
    assert not [f for f in facts if f.value in (-52.6, -12.0)]


def test_a_ranking_that_opens_on_a_firm_and_its_figure_is_that_firms() -> None:
    facts = facts_of("星光人保以5000.76亿元的营收居首,海岳人寿营收3240.14亿元次之。")
    assert one(facts, value=500_076_000_000).subject == "星光人保"


def test_earnings_per_share_written_as_net_profit_per_share() -> None:
    facts = facts_of(
        "雲帆網絡(納斯達克代號:YFN)今天宣佈了第三季度未經審計財務業績。\n"
        "· 基本每股淨利潤爲0.21美元。非公認會計准則下基本每股持續經營淨利潤爲0.25美元。\n",
        "zh-Hant",
    )
    assert one(facts, value=0.21).metric == "EPS"
    assert one(facts, value=0.25).metric == "adjusted EPS"


def test_a_breakdown_head_gives_each_clause_its_metric_and_its_part() -> None:
    facts = facts_of(
        "友邦人壽(1234)公布中期業績,新業務價值為22.75億元。\n"
        "按市場劃分的新業務價值,以固定匯率計算,香港增19%至9.45億元,中國增34%至7.02億元,新加坡持平於1.73億元。\n",
        "zh-Hant",
    )
    hk = one(facts, value=945_000_000)
    assert (hk.subject, hk.metric) == ("香港", "new business value")
    assert one(facts, value=34).subject == "中国"
    assert one(facts, value=173_000_000).subject == "新加坡"
