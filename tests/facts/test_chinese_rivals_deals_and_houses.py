"""Chinese pages whose figures belong to several parties: two rivals a "分别" list counts after naming them with their
codes, firms listed after "依次为", a research house's forecast, a headline opened by "机构：", peers' averages, a seller's
profit guarantee, totals since listing, a bond's issue terms, a payout ratio written as a share of profit, a ratio's move
in points, a developer's sales scope, a guarantor after "年度", and a subsidiary's legal name holding "公司".

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build, ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def none_of(facts: tuple[Fact, ...], **want: object) -> None:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert not hits, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in hits]


RIVALS = (
    "两家饮料企业三季报对比\n"
    "近日，澄泉饮品（603318）与禾露股份（002977）先后披露三季报。前三季度，两家公司分别实现营业收入52.6亿元和38.4亿元，"
    "同比分别增长7.5%和下降2.2%；归属于上市公司股东的净利润分别为6.35亿元和3.12亿元。\n"
)


def test_two_firms_a_list_counts_are_those_named_with_their_codes_before_it() -> None:
    facts = run(build(RIVALS)).facts
    assert one(facts, value=5.26e9).subject == "澄泉饮品"
    assert one(facts, value=3.84e9).subject == "禾露股份"
    assert not [f for f in facts if "两家" in f.subject or f.subject.startswith("与")]


def test_a_list_with_a_direction_for_each_item_keeps_each_firms_change() -> None:
    facts = run(build(RIVALS)).facts
    up, down = one(facts, value=7.5), one(facts, value=-2.2)
    assert (up.subject, up.metric, up.change) == ("澄泉饮品", "revenue", "yoy")
    assert (down.subject, down.metric, down.change) == ("禾露股份", "revenue", "yoy")
    assert one(facts, value=3.12e8).subject == "禾露股份"


def test_firms_listed_after_yici_wei_are_the_subjects_of_the_list_after_them() -> None:
    text = "榜单显示，10月单月销售额排名前三的房企依次为澜庭地产、溪岸集团和岳川置业，分别实现销售额98.5亿元、86.1亿元和72.4亿元。"
    facts = run(build(text)).facts
    assert [one(facts, value=v).subject for v in (9.85e9, 8.61e9, 7.24e9)] == ["澜庭地产", "溪岸集团", "岳川置业"]


def test_a_research_houses_forecast_is_no_fact() -> None:
    text = (
        "市场调研机构岚观咨询的数据显示，第三季度国内平板电脑出货量约820万台，同比增长5.1%。\n"
        "岚观咨询预计，第四季度国内平板电脑出货量将同比增长1%至2%。\n"
        "澄观研究院认为，年末促销力度或将加大，预计全年出货量增幅扩大至6%左右。\n"
    )
    facts = run(build(text)).facts
    assert [f for f in facts if f.value == 8.2e6]
    none_of(facts, value=1.0, value_high=2.0)
    none_of(facts, value=6.0)


def test_a_headline_opened_by_a_word_for_institutions_names_no_firm() -> None:
    text = (
        "机构：第三季度国内平板电脑出货量同比增长5.1%\n"
        "市场调研机构岚观咨询的数据显示，第三季度国内平板电脑出货量约820万台。\n"
        "岚星科技(301622)三季报显示，公司第三季度营业收入18.2亿元。\n"
    )
    sheet = run(ingest(text))
    assert sheet.company != "机构"
    assert not [f for f in sheet.facts if f.subject == "机构"]


def test_an_average_of_comparable_firms_is_no_fact_of_the_company() -> None:
    text = "前三季度公司综合毛利率为30.6%。据统计，同行业可比公司前三季度平均毛利率为26.2%。"
    facts = run(build(text)).facts
    assert one(facts, value=30.6).metric == "gross margin"
    none_of(facts, value=26.2)


def test_a_sellers_profit_guarantee_in_traditional_script_is_no_fact() -> None:
    text = "賣方向買方保證，目標公司截至二零二六年十二月三十一日止年度之除稅後純利將不少於人民幣6,000萬元。"
    none_of(run(build(text, language="zh-Hant")).facts, value=6e7)


def test_a_total_since_listing_is_no_fact_of_a_period() -> None:
    text = "公司2024年度合计派发现金红利1.80亿元。上市以来，公司累计现金分红9.85亿元。"
    facts = run(build(text)).facts
    assert [f for f in facts if f.value == 1.8e8]
    none_of(facts, value=9.85e8)


def test_a_bonds_issue_size_and_coupon_range_are_no_facts() -> None:
    text = "本期债券发行规模不超过8亿元，期限为3年，票面利率询价区间为2.20%-2.90%。"
    facts = run(build(text)).facts
    none_of(facts, value=8e8)
    none_of(facts, value=2.2)


def test_a_share_of_profit_after_a_dividend_is_its_payout_ratio() -> None:
    text = "公司2024年度向全体股东每10股派发现金红利2.80元（含税），合计派发现金红利1.68亿元，占2024年度归属于上市公司股东净利润的35.6%。"
    facts = run(build(text)).facts
    ratio = one(facts, value=35.6)
    assert ratio.metric == "payout ratio"
    assert ratio.subject == one(facts, value=1.68e8).subject


def test_a_move_in_points_after_a_ratio_is_that_ratios_move() -> None:
    text = "2025年前三季度，公司研发投入1.45亿元，占营业收入的5.8%，较上年同期增加0.4个百分点。"
    facts = run(build(text)).facts
    ratio = one(facts, value=5.8)
    move = one(facts, value=0.4)
    assert (move.metric, move.unit, move.change) == (ratio.metric, "pp", "yoy")


def test_a_developers_sales_scope_is_no_subject() -> None:
    text = "2025年10月百强房企实现全口径销售金额约2510亿元，同比下降16.1%。"
    assert not [f for f in run(build(text)).facts if f.subject == "全口径"]


def test_the_tail_of_a_year_is_no_part_of_a_guarantors_name() -> None:
    text = "本期债券由岚州融资担保有限公司提供担保。2024年度担保人实现营业收入8.6亿元，净利润2.9亿元。"
    assert not [f for f in run(build(text)).facts if f.subject.startswith("度")]


def test_a_subsidiarys_legal_name_ending_in_gongsi_is_the_subsidiary_not_the_company() -> None:
    text = (
        "证券代码：603861　证券简称：岚锐智能　公告编号：2025-051\n"
        "岚锐智能装备股份有限公司2025年半年度报告摘要\n"
        "报告期内，公司实现营业收入8.12亿元，同比增长10.2%。\n"
        "报告期内，无锡岚锐精密机械有限公司营业收入较上年同期增长14.9%，主要系海外订单增加。\n"
    )
    facts = run(ingest(text)).facts
    assert one(facts, value=14.9).subject == "无锡岚锐精密机械有限公司"


def test_a_firms_short_name_ending_in_gufen_is_no_share_count() -> None:
    text = "毛利率方面，澄泉饮品前三季度毛利率为36.1%，同比提升1.2个百分点；禾露股份为30.4%，同比下降0.6个百分点。"
    assert not [f for f in run(build(text)).facts if f.metric == "share count"]


def test_a_guarantors_figures_in_an_issuers_prospectus_are_the_guarantors() -> None:
    text = (
        "本期债券由岚州融资担保有限公司提供全额无条件不可撤销的连带责任保证担保。"
        "截至2024年末，担保人资产总额96.4亿元；2024年度担保人实现营业收入8.6亿元。"
    )
    facts = run(build(text)).facts
    assert one(facts, value=9.64e9).subject == "担保人"


def test_a_developers_xiaoshoue_is_contracted_sales_not_revenue() -> None:
    text = "澜庭地产10月实现销售额98.5亿元，同比下降11.2%。"
    facts = run(build(text)).facts
    assert one(facts, value=9.85e9).metric == "contracted sales"
    assert one(facts, value=-11.2).metric == "contracted sales"
