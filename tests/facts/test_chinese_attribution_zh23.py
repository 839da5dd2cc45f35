"""Whose figures a Chinese page gives: an investor-relations record's answers are the company's and its form's
field lines name no firm; a peer introduced as one ("同行业的…", "同业…") keeps its own figures; a descriptor
before the name written with the page's own listing code is the company.

Documents are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build, ingest

_IR_RECORD = """证券代码:600998                                证券简称:云杉电气

云杉电气股份有限公司投资者关系活动记录表

编号:2025-012

投资者关系活动类别:特定对象调研、业绩说明会
参与单位名称及人员:华南证券 李强、东岭基金 陈晨
时间:2025年10月30日 15:00-16:30
地点:公司会议室
上市公司接待人员姓名:董事会秘书 周立

投资者关系活动主要内容介绍:

问题1:请介绍公司三季度经营情况。
答:前三季度公司实现营业收入120.5亿元,同比增长12.3%;归母净利润15.2亿元,同比增长18.1%。第三季度实现营业收入45.1亿元,同比增长15.2%。

问题2:公司如何看待行业竞争?
答:据行业协会统计,今年前三季度国内输配电设备招标规模同比增长14%。同行业的青禾电力前三季度营收96.3亿元,公司在细分领域市场份额约18%。
"""


def one(facts: list[Fact] | tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_an_investor_relations_record_answers_for_the_company_not_for_its_form_fields() -> None:
    facts = run(ingest(_IR_RECORD, source="ir.txt"))
    revenue = one(facts, value=12_050_000_000)
    assert (revenue.subject, revenue.metric, revenue.period) == ("云杉电气", "revenue", "2025Q1-2025Q3")
    quarter = one(facts, value=4_510_000_000)
    assert (quarter.subject, quarter.period) == ("云杉电气", "2025Q3")
    assert one(facts, value=18.0).subject == "云杉电气"  # "公司在细分领域市场份额约18%"
    assert all("类别" not in f.subject for f in facts)


def test_a_peer_introduced_as_one_keeps_its_own_figures() -> None:
    facts = run(ingest(_IR_RECORD, source="ir.txt"))
    peer = one(facts, value=9_630_000_000)
    assert (peer.subject, peer.period) == ("青禾电力", "2025Q1-2025Q3")


def test_a_peer_of_a_taiwan_wire_is_named_without_the_word_peer() -> None:
    facts = run(
        build(
            "晶測第3季每股賺5.12元\n"
            "(中央社記者林明台北2025年11月5日電)探針卡廠晶測(6777)今天公布第3季財報,單季合併營收新台幣18.6億元,"
            "年增21%,稅後淨利4.2億元,每股純益5.12元。\n"
            "同業穎微(6788)同日公布第3季每股純益2.05元。\n",
            "zh-Hant",
        )
    )
    assert one(facts, value=2.05).subject == "颖微"
    assert {f.subject for f in facts if f.value == 5.12} == {"晶測"}  # the headline's and the story's


def test_a_descriptor_before_the_name_written_with_the_page_s_own_code_is_the_company() -> None:
    facts = run(
        build(
            "晶測第3季每股賺5.12元\n"
            "(中央社記者林明台北2025年11月5日電)探針卡廠晶測(6777)今天公布第3季財報,單季合併營收新台幣18.6億元,"
            "年增21%,稅後淨利4.2億元,每股純益5.12元。\n",
            "zh-Hant",
        )
    )
    revenue = one(facts, value=1_860_000_000)
    assert (revenue.subject, revenue.metric, revenue.period) == ("晶測", "revenue", "2025Q3")
    assert one(facts, value=420_000_000).subject == "晶測"


def test_a_headline_on_several_firms_names_none_of_them() -> None:
    facts = run(
        build(
            "两家乳企三季报出炉:青禾乳业净利增长 远山乳业承压\n"
            "10月30日晚间,青禾乳业(600887)与远山乳业(002946)先后披露2025年三季报。\n"
            "青禾乳业前三季度实现营业收入905.6亿元,同比增长2.1%。第三季度单季营收298.2亿元,同比增长1.5%。\n"
            "远山乳业前三季度实现营业收入80.3亿元,同比下降4.6%。第三季度单季营收26.7亿元,同比下降6.2%。\n"
        )
    )
    assert one(facts, value=29_820_000_000).subject == "青禾乳业"
    assert one(facts, value=2_670_000_000).subject == "远山乳业"


def test_a_single_quarter_named_after_a_past_year_is_that_year_s_quarter() -> None:
    facts = run(
        build(
            "松川精密2025年三季报点评:盈利能力修复\n"
            "事件:公司发布2025年三季报,25Q1-3实现营收60.2亿元,同比+8.4%。\n"
            "单季度看,25Q3实现营收22.4亿元,同比+10.3%,环比+6.1%。\n"
            "2024年全年公司实现营收78.5亿元,其中第四季度单季营收22.9亿元。\n"
        )
    )
    assert one(facts, value=2_240_000_000).period == "2025Q3"
    assert one(facts, value=2_290_000_000).period == "2024Q4"
    assert one(facts, value=7_850_000_000).period == "2024"


def test_a_question_s_label_is_no_firm() -> None:
    facts = run(
        build(
            "云杉电气(600998)互动平台问答\n"
            "投资者:请问公司2025年第三季度毛利率是多少?\n"
            "云杉电气董秘:您好,公司2025年第三季度毛利率为28.6%,同比提升1.2个百分点。谢谢。\n"
        )
    )
    margin = one(facts, value=28.6)
    assert (margin.subject, margin.metric, margin.period) == ("云杉电气", "gross margin", "2025Q3")


def test_a_comparable_firm_s_figure_is_its_own_not_a_base_of_comparison() -> None:
    facts = run(
        build(
            "报告公司投资评级 - 增持(维持) 报告的核心观点 - 云杉电气 2025 年 Q3 业绩同比高增,单 Q3 营收 45.10 亿元,同比 +15.2%\n"
            "相关目录总结 - 前三季度营收 120.50 亿元,同比 +12.3% - 可比公司青禾电力前三季度营收 96.30 亿元,同比 +6.8%\n"
        )
    )
    peer = one(facts, value=9_630_000_000)
    assert (peer.subject, peer.period, peer.basis) == ("青禾电力", "2025Q1-2025Q3", None)
