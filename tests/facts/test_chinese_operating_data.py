"""Chinese operating data releases: a chain's stores opened, closed, open at the period's end and signed, with their
parts; a table of two quarters or two months a year apart with its change column and each row's own unit; a weekly
report dated by the week in its title with quantities in GWh; an annual report's discussion that names a quarter in
passing; a table whose rows the page ran into its head.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers, run
from finbrief.model import Fact

from .builders import build, ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


def head(short: str, full: str, title: str) -> str:
    return f"证券代码：603990　　证券简称：{short}　　公告编号：2025-033\n{full}{title}\n"


def test_stores_opened_closed_and_open_at_the_end_are_the_companys_own_measures() -> None:
    facts = run(
        build(
            head("青岚商业", "青岚商业股份有限公司", "2025年第三季度主要经营数据公告")
            + "报告期内，公司新开门店12家，关闭门店4家。截至报告期末，公司共有门店860家，其中社区超市512家，折扣店348家；"
            "门店总经营面积约96.2万平方米。\n"
        )
    ).facts
    assert (one(facts, value=12).subject, one(facts, value=12).metric) == ("青岚商业", "store openings")
    assert (one(facts, value=4).subject, one(facts, value=4).metric) == ("青岚商业", "store closures")
    total = one(facts, value=860)
    assert (total.subject, total.metric, total.period) == ("青岚商业", "stores", "2025Q3")
    assert one(facts, value=512).subject == "社区超市"
    area = one(facts, value=962000)
    assert (area.subject, area.metric, area.unit) == ("青岚商业", "selling area", "sqm")


def test_a_count_at_the_report_end_is_of_the_quarter_whatever_span_the_sentence_before_named() -> None:
    facts = run(
        build(
            head("青岚酒店", "青岚酒店股份有限公司", "2025年第三季度酒店经营数据公告")
            + "2025年前三季度，公司可比门店销售额同比增长2.4%。截至报告期末，公司共有已开业酒店1,220家，客房约11.3万间；"
            "其中直营酒店150家，加盟酒店1,070家。已签约未开业酒店420家。\n"
        )
    ).facts
    comp = one(facts, value=2.4)
    assert (comp.subject, comp.metric, comp.period) == ("青岚酒店", "same-store sales", "2025Q1-2025Q3")
    hotels = one(facts, value=1220)
    assert (hotels.subject, hotels.metric, hotels.period) == ("青岚酒店", "stores", "2025Q3")
    # the parts after "其中" are hotels, whatever measure of rooms stands between
    assert (one(facts, value=150).subject, one(facts, value=150).metric) == ("直营酒店", "stores")
    assert (one(facts, value=1070).subject, one(facts, value=1070).metric) == ("加盟酒店", "stores")
    assert (one(facts, value=420).subject, one(facts, value=420).metric) == ("青岚酒店", "signed pipeline")


def test_a_table_of_two_quarters_a_year_apart_gives_levels_prior_figures_and_changes() -> None:
    facts = run(
        build(
            head("青岚酒店", "青岚酒店股份有限公司", "2025年第三季度酒店经营数据公告")
            + "项目 2025年第三季度 2024年第三季度 同比增减\n"
            "RevPAR（元） 180.2 188.5 -4.4%\n"
            "平均房价（元） 240.6 246.0 -2.2%\n"
            "出租率 74.9% 76.6% 减少1.7个百分点\n"
        )
    ).facts
    now = one(facts, value=180.2)
    assert (now.metric, now.unit, now.period, now.basis) == ("RevPAR", "CNY", "2025Q3", None)
    before = one(facts, value=188.5)
    assert (before.period, before.basis) == ("2024Q3", "prior")
    assert (one(facts, value=-4.4).change, one(facts, value=-4.4).period) == ("yoy", "2025Q3")
    assert one(facts, value=240.6).metric == "average daily rate"
    assert (one(facts, value=76.6).period, one(facts, value=76.6).basis) == ("2024Q3", "prior")
    points = one(facts, value=-1.7)
    assert (points.metric, points.unit, points.change) == ("occupancy", "pp", "yoy")


def test_a_monthly_table_row_counted_in_hundreds_of_millions_of_pieces_is_that_many() -> None:
    facts = run(
        build(
            head("顺岚快运", "顺岚快运股份有限公司", "2025年11月快递服务主要经营指标快报")
            + "项目 2025年11月 2024年11月 同比增长\n"
            "业务量（亿票） 15.20 13.40 13.4%\n"
        )
    ).facts
    now = one(facts, value=1.52e9)
    assert (now.metric, now.unit, now.period) == ("shipments", "count", "2025-11")
    assert (one(facts, value=1.34e9).period, one(facts, value=1.34e9).basis) == ("2024-11", "prior")
    assert (one(facts, value=13.4).change, one(facts, value=13.4).period) == ("yoy", "2025-11")


def test_a_weekly_report_is_dated_by_its_week_and_its_quantities_in_gwh_are_read() -> None:
    facts = run(
        build(
            "证券研究报告 | 行业周报\n电新行业周报（20251103-20251107）：光伏组件出货回暖\n"
            "【岚峰光能】公司公告，10月出货量3.6GWh，同比增长21.4%；1-10月累计出货量31.2GWh，同比增长18.0%。\n"
        )
    ).facts
    month = one(facts, value=3.6)
    assert (month.subject, month.unit, month.period) == ("岚峰光能", "GWh", "2025-10")
    assert one(facts, value=21.4).period == "2025-10"
    assert (one(facts, value=31.2).unit, one(facts, value=31.2).period) == ("GWh", "2025-01-2025-10")


def test_letters_after_a_figure_still_end_a_label_unless_they_are_a_measure_in_chinese_text() -> None:
    assert numbers.scan("5G手机出货量") == []
    assert [m.raw for m in numbers.scan("储能出货量约142GWh，")] == ["142"]


def test_an_annual_report_that_names_a_quarter_in_passing_reports_its_year() -> None:
    facts = run(
        build(
            "证券代码：603860　　　　公司简称：岚山材料\n浙江岚山材料股份有限公司2024年年度报告（节选）\n"
            "2024年，公司实现营业收入30.12亿元，同比增长6.5%；经营活动产生的现金流量净额4.20亿元，同比增长12.0%。\n"
            "产销量情况说明：新建产能于2024年二季度投产。\n"
        )
    ).facts
    assert one(facts, value=4.2e8).period == "2024"
    assert one(facts, value=12.0).period == "2024"


def test_the_cells_of_a_table_run_into_its_head_are_withheld() -> None:
    facts = run(
        build(
            "证券代码：603860　　　　公司简称：岚山材料\n浙江岚山材料股份有限公司2024年年度报告（节选）\n"
            "主要产品 单位 生产量 销售量 库存量 生产量比上年增减（%） 销售量比上年增减（%） 库存量比上年增减（%）钛白粉 吨 120,500 "
            "118,200 9,400 8.10 7.25 32.40锆制品 吨 45,300 44,800 2,150 3.60 2.95 12.70\n"
        )
    ).facts
    assert not [f for f in facts if f.value in (120500, 118200, 8.1, 45300)]


def test_the_words_organic_and_nonferrous_are_part_of_a_product_name() -> None:
    facts = run(
        build(
            "证券代码：603860　　　　公司简称：岚山材料\n浙江岚山材料股份有限公司2024年年度报告（节选）\n"
            "2025年，公司计划有机颜料产量达到8万吨。有色金属业务收入3.5亿元。\n"
        )
    ).facts
    assert one(facts, value=80000).subject == "有机颜料"
    assert one(facts, value=3.5e8).subject.startswith("有色金属")


def test_a_page_read_from_text_keeps_a_production_table_apart_from_prose() -> None:
    doc = ingest(
        "证券代码：603860　　　　公司简称：岚山材料\n\n浙江岚山材料股份有限公司2024年年度报告（节选）\n\n"
        "2024年，公司实现营业收入30.12亿元，同比增长6.5%。\n"
    )
    assert one(run(doc).facts, value=3.012e9).period == "2024"


def test_the_product_a_sales_brief_reports_on_is_the_companys_whole_business() -> None:
    facts = run(
        build(
            "证券代码：002888　　证券简称：岚牧股份　　公告编号：2025-101\n江西岚牧股份有限公司\n关于2025年10月份生猪销售情况简报\n"
            "2025年10月份，公司商品猪销售均价12.05元/公斤；生猪销售量环比增长6.20%，同比增长11.40%；销售收入同比下降9.30%。\n"
        )
    ).facts
    assert one(facts, value=11.4).subject == "岚牧股份"
    assert one(facts, value=-9.3).subject == "岚牧股份"
    assert one(facts, value=12.05).subject == "商品猪"  # a kind of hog the brief names apart stays a line


def test_batteries_fitted_to_cars_are_installations_and_a_part_of_their_total_is_a_share() -> None:
    facts = run(
        build(
            "证券研究报告 | 行业周报\n电新行业周报（20251103-20251107）\n"
            "装车量：10月国内动力电池装车量60.2GWh，同比增长25.1%；其中磷酸铁锂电池装车量47.8GWh，占总装车量79.4%。\n"
        )
    ).facts
    total = one(facts, value=60.2)
    assert (total.metric, total.unit, total.period) == ("installations", "GWh", "2025-10")
    share = one(facts, value=79.4)
    assert (share.metric, share.change) == ("share", None)


def test_a_byline_label_under_a_report_title_is_no_subject_of_the_figures_below() -> None:
    facts = run(
        build(
            "证券研究报告 | 行业周报\n电新行业周报（20251103-20251107）\n分析师：贺明\n联系人：钟远\n"
            "【岚峰光能】公司公告，10月出货量3.6GWh，同比增长21.4%。\n"
            "装车量：10月国内动力电池装车量60.2GWh，同比增长25.1%。\n"
        )
    ).facts
    assert all(f.subject not in ("分析师", "联系人") for f in facts)
