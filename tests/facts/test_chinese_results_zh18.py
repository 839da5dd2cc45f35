"""Chinese digests, investor-conference stories and bank roundups: a list item's name before a colon is its
figures' segment, a topic heading over bullets is no subject, a model's code is part of its name, metrics
listed like their figures pair up in order, a year still to come does not date later sentences, a sum to a
quarter's end is the year to date, a bar a counted group of firms passed is no fact, and a linking word
before a firm's name is no part of it.

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


NOTE = (
    "青禾食品(603999):Q3收入稳健——2025年三季报点评\n\n"
    "财务业绩表现\n\n"
    "- 2025年第三季度实现营业收入22.90亿元,同比增长4.7%\n\n"
)


def test_a_list_items_name_before_a_colon_is_its_segment() -> None:
    facts = facts_of(NOTE + "分产品业务表现\n\n- 速冻食品:Q3营收2.59亿元,同比增长11.6%\n\n- 月饼系列产品:Q3营收14.25亿元,同比增长1.1%\n")
    assert one(facts, value=259_000_000).subject == "速冻食品"
    assert one(facts, value=1_425_000_000).subject == "月饼系列产品"


def test_a_topic_heading_over_bullets_is_no_subject() -> None:
    facts = facts_of(NOTE + "费用结构\n\n- 2025年第三季度销售费用率为14.6%,同比上升3.5个百分点\n\n- 研发费用率为4.4%,同比上升0.7个百分点\n")
    ratio = one(facts, value=14.6)
    assert ratio.metric == "selling expense ratio"
    assert ratio.subject != "费用结构"
    assert all(f.subject != "费用结构" for f in facts)


def test_a_models_code_is_part_of_its_name() -> None:
    facts = facts_of(NOTE + "- 星途M9交付3.1万辆,星途M7交付1.6万辆 [4]\n")
    assert one(facts, value=31_000).subject == "星途M9"
    assert one(facts, value=16_000).subject == "星途M7"


def test_metrics_listed_like_their_figures_pair_up_in_order() -> None:
    facts = facts_of(
        "2025-11-12 華星精密第三季法說會\n\n"
        "華星精密（2399）今日舉行法說會。第三季營收2.06兆元、年增11%；毛利1,308億元、年增14%；營業利益705億元、"
        "年增29%；淨利577億元、年增17%，分別較第二季成長15%、16%、25%、30%。\n\n"
        "前三季累計，毛利率、營業利益率、淨利率為6.27%、3.16%、2.62%。\n",
        "zh-Hant",
    )
    assert [one(facts, value=v, change="qoq").metric for v in (15, 16, 25, 30)] == [
        "revenue", "gross profit", "operating income", "net income",
    ]
    margins = [one(facts, value=v) for v in (6.27, 3.16, 2.62)]
    assert [f.metric for f in margins] == ["gross margin", "operating margin", "net margin"]
    assert {f.period for f in margins} == {"2025Q1-2025Q3"}


def test_a_year_still_to_come_does_not_date_the_next_sentence() -> None:
    facts = facts_of(
        "2025-11-12 華星精密2025年第三季法說會\n\n"
        "華星精密2025年第三季EPS 4.15元。公司看好第四季季增年增，全年顯著成長不變；2026年更樂觀。AI機櫃出貨季增300%。\n",
        "zh-Hant",
    )
    racks = one(facts, value=300)
    assert racks.period == "2025Q3"


def test_a_sum_to_a_quarters_end_is_the_year_to_date() -> None:
    facts = facts_of(
        "上市农商行三季报综述\n\n"
        "截至10月31日,10家A股上市农商行2025年第三季度报告已尽数披露。截至9月末,10家A股上市农商行共计实现营业收入"
        "774.23亿元,同比增长1.83%;实现归母净利润341.07亿元,同比增长12.45%。\n"
    )
    assert one(facts, value=77_423_000_000).period == "2025Q1-2025Q3"
    assert one(facts, value=12.45).period == "2025Q1-2025Q3"


def test_a_bar_a_counted_group_of_firms_passed_is_no_fact() -> None:
    facts = facts_of(
        "上市农商行三季报综述\n\n"
        "2025年前三季度,有2家A股上市农商行的营收超过200亿元,其中川农商行排在首位,前三季度营收达219.00亿元。"
        "10家农商行中有7家不良贷款率小于1%。\n"
    )
    assert not [f for f in facts if f.value in (20_000_000_000, 1)]
    assert one(facts, value=21_900_000_000).subject == "川农商行"


def test_a_linking_word_before_a_firms_name_is_no_part_of_it() -> None:
    facts = facts_of(
        "股份行三季报透视\n\n"
        "- 4家银行营收净利均双降,仅江川银行实现营收同比增长1.88%至1322.80亿元、净利润同比增长10.21%至388.19亿元的双增\n"
    )
    assert one(facts, value=132_280_000_000).subject == "江川银行"
    assert one(facts, value=10.21).subject == "江川银行"


def test_a_lists_unit_written_once_after_its_last_item_is_every_items() -> None:
    facts = facts_of(
        "上市农商行三季报综述\n\n"
        "截至9月末,张江银行、川农商行和紫云银行不良贷款率依次为1.89%、1.20%和1.16%,且较二季度末分别缩窄了"
        "0.04、0.01和0.03个百分点。\n"
    )
    narrowed = [one(facts, value=v, unit="pp") for v in (-0.04, -0.01, -0.03)]
    assert [f.subject for f in narrowed] == ["张江银行", "川农商行", "紫云银行"]


def test_a_year_after_the_stories_date_is_no_year_of_its_quarter() -> None:
    facts = run(
        build(
            "2025-11-12 華星精密第三季法說會\n\n"
            "華星精密第三季EPS 4.15元。公司看好第四季季增年增，全年顯著成長不變；2026年更樂觀。\n",
            "zh-Hant",
        )
    )
    assert facts.period == "2025Q3"
    assert one(facts.facts, value=4.15).period == "2025Q3"
