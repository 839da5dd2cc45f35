"""Chinese broker digests, IR records, HK flashes and report tables: a "分别" list's names survive a period
written "2025Q1-3", a group named before them, a metric word among them, and carry to a second list of the
sentence; "由X下跌Y至Z" is a base, a change in points and a level; a part of the company named after "公司"
is the subject; 预测 marks the company's forecast; a broker's quote of the share price is no fact; a table
flattened into one paragraph is read by column.

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


def test_a_slash_list_of_business_lines_maps_in_order_and_carries_to_the_next_list() -> None:
    facts = facts_of(
        "星河证券研究:非银金融三季报点评\n\n"
        "2025Q1-3上市券商经纪、投行、资管、利息、投资业务净收入同比增速分别为+71%/+21%/+4%/+52%/+41%,"
        "占营业总收入的比重分别为26%/7%/9%/6%/46%。\n"
    )
    assert one(facts, value=71).subject == "经纪"
    assert one(facts, value=52).subject == "利息"
    growth = one(facts, value=41)
    assert growth.subject == "投资业务" and growth.metric == "revenue" and growth.period == "2025Q1-2025Q3"
    assert one(facts, value=26).subject == "经纪"
    assert one(facts, value=46).subject == "投资业务"


def test_a_fall_from_a_level_to_a_level_is_a_change_in_points_and_the_base_is_a_year_back() -> None:
    facts = facts_of(
        "智通財經APP訊,華亮紡織(02999)公告,截至2018年9月30日止6個月公司營業收入同比上升12.5%至9.77億港元。\n\n"
        "與2017年同期相比,截至2018年9月30日止6個月毛利率由21.6%下跌至17.9%。淨利率由9.4%下跌2.6%至6.8%。\n"
    )
    base = one(facts, value=21.6)
    assert base.basis == "prior" and base.period == "2017Q2-2017Q3"
    assert one(facts, value=17.9).period == "2018Q2-2018Q3"
    fall = one(facts, value=-2.6)
    assert fall.unit == "pp" and fall.metric == "net margin"
    assert one(facts, value=6.8).unit == "%"


def test_a_part_of_the_company_named_after_the_company_word_is_the_subject() -> None:
    facts = facts_of(
        "星澜家电(002999)-投资者关系活动记录表\n\n"
        "2024年上半年,公司境内收入21.1亿元,境外收入61.5亿元;海外自有品牌业务收入同比增长51%。\n"
    )
    assert one(facts, value=2_110_000_000).subject == "境内"
    assert one(facts, value=6_150_000_000).subject == "境外"
    assert one(facts, value=51).subject == "海外自有品牌业务"


def test_the_companys_own_forecast_is_guidance_and_a_broker_target_price_no_fact() -> None:
    facts = facts_of(
        "星联精密(002999):进入新一轮成长期\n\n"
        "投资评级与目标 - 报告给出的目标股价为80.0元 [1] 核心财务表现 - 公司预测2025年全年归母净利润区间为"
        "155.2-161.9亿元 [1]\n"
    )
    assert not [f for f in facts if f.value == 80.0]
    assert one(facts, value=15_520_000_000).metric == "net income attributable to shareholders guidance"


def test_a_broker_notes_quote_of_the_share_price_is_no_fact() -> None:
    facts = facts_of(
        "星联精密(002999):进入新一轮成长期\n\n"
        "投资评级 - 维持“买入”评级,当前股价为61.0元 [1] 核心财务表现 - 2025年前三季度公司实现营业收入"
        "2109.15亿元,同比增长23.69% [1]\n"
    )
    assert not [f for f in facts if f.value == 61.0]
    assert one(facts, value=210_915_000_000).metric == "revenue"


def test_a_report_table_flattened_into_one_paragraph_is_read_by_column() -> None:
    facts = facts_of(
        "星海保险集团股份有限公司 2019 年第三季度报告 2.1 主要财务数据 单位:人民币百万元,百分比除外 "
        "2019 年 2018 年 增减(%) 9 月 30 日 12 月 31 日 总资产 1,053,709 931,690 13.1 "
        "2019 年 1-9 月 2018 年 1-9 月 增减(%) 经营活动产生的现金流量净额 15,369 (20,655) - "
        "营业收入 323,759 294,377 10.0 归属于母公司股东扣除非经常性 16,908 11,070 52.7 损益的净利润 "
        "基本每股收益(元/股) 0.45 0.27 66.7\n"
    )
    assets = one(facts, value=1_053_709_000_000)
    assert assets.metric == "total assets" and assets.period == "2019Q3"
    prior = one(facts, value=931_690_000_000)
    assert prior.basis == "prior" and prior.period == "2018Q4"
    assert one(facts, value=13.1).change == "ytd"
    assert one(facts, value=-20_655_000_000).period == "2018Q1-2018Q3"
    revenue = one(facts, value=10.0)
    assert revenue.metric == "revenue" and revenue.change == "yoy" and revenue.period == "2019Q1-2019Q3"
    assert one(facts, value=16_908_000_000).metric == "net income excluding non-recurring items"
    eps = one(facts, value=0.45)
    assert eps.metric == "EPS" and eps.unit == "CNY"
    assert not [f for f in facts if f.value in (1.0, 9.0, 1_000_000.0, 9_000_000.0)]


def test_what_a_subsidiarys_charge_led_to_is_the_companys() -> None:
    facts = facts_of(
        "星闽能源(600999):三季度业绩点评\n\n"
        "核心观点 - 第三季度营业成本同比提升6.82%至1.70亿元,且星锦热电计提资产减值损失5344万元,"
        "共同导致归母净利润同比大幅降低69.78%至1255.29万元 [2]\n"
    )
    assert one(facts, value=-69.78).subject != "星锦热电"
    assert one(facts, value=12_552_900).subject != "星锦热电"


def test_a_flattened_table_with_the_reports_own_column_heads_takes_the_reports_quarter() -> None:
    facts = facts_of(
        "星风证券股份有限公司2020年第三季度报告\n\n"
        "2.1 主要财务数据 单位:元 币种:人民币 本报告期末 上年度末 本报告期末比上年度末增减(%) "
        "总资产 65,195,606,865.86 49,920,334,525.05 30.60 "
        "年初至报告期末（1-9月） 上年初至上年报告期末（1-9月） 比上年同期增减(%) "
        "营业收入 3,138,412,602.29 2,450,731,493.06 28.06\n"
    )
    assets = one(facts, value=65_195_606_865.86)
    assert assets.metric == "total assets" and assets.period == "2020Q3"
    assert one(facts, value=49_920_334_525.05).period == "2019Q4"
    assert one(facts, value=30.60).change == "ytd"
    revenue = one(facts, value=28.06)
    assert revenue.metric == "revenue" and revenue.period == "2020Q1-2020Q3" and revenue.change == "yoy"
    assert one(facts, value=2_450_731_493.06).basis == "prior"


def test_a_growth_by_times_is_a_growth_rate() -> None:
    facts = facts_of(
        "星港控股2023年业绩回顾\n\n"
        "2023年,长三角:营业额减少43.2%至5.21亿元,经营溢利则增长1.3倍至2亿元;"
        "环渤海地区:营业额下降2.2%至7500万元,经营溢利则增长4.1倍至1.25亿元。\n"
    )
    grew = one(facts, value=130.0)
    assert grew.unit == "%" and grew.change == "yoy" and grew.metric == "operating income"
    assert one(facts, value=410.0).unit == "%"
