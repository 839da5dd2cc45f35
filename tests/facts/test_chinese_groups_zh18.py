"""Chinese pages about many firms and results summaries: a fund manager named by its ending and a group of
firms named by a count or a listing are the subjects of their figures, never the page's own company; a
month span of a whole year, a bracketed comparative date, a signed bracketed rate after an amount and a
compound growth rate are read as what they say.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_fund_manager_named_by_its_ending_is_the_subject_of_its_figures() -> None:
    facts = facts_of(
        "青禾证券发布2023年年报。\n"
        "截至2023年末，青禾证券总资产850亿元。其中，星河基金2023年营业收入达到12.5亿元，净利润3.2亿元。\n"
    )
    assert one(facts, value=1_250_000_000).subject == "星河基金"
    assert one(facts, value=320_000_000).subject == "星河基金"


def test_a_counted_group_of_firms_is_the_subject_not_the_company() -> None:
    facts = facts_of(
        "2025-11-12\n青禾金控第三季获利创高\n"
        "青禾金控前三季税后纯益120亿元。13家金控前三季税后纯益达4291亿元，季增73%。\n",
        "zh-Hant",
    )
    assert one(facts, value=12_000_000_000).subject != "13家金控"
    assert one(facts, value=429_100_000_000).subject == "13家金控"


def test_an_unlisted_group_of_insurers_is_the_subject_of_its_yield() -> None:
    facts = facts_of("行业投资收益率分析\n2025年第二季度非上市寿险公司总投资收益率加权平均值为1.98%，同比提高0.06个百分点。\n")
    assert one(facts, value=1.98).subject == "非上市寿险公司"


def test_a_group_framing_the_firms_it_holds_is_no_rival_of_them() -> None:
    facts = facts_of(
        "拨备覆盖率方面，7家银行出现收缩，星河银行以405.93%领先，青禾银行拨备覆盖率较上年末提升11.08个百分点至198.04%。\n"
    )
    assert one(facts, value=198.04).subject == "青禾银行"


def test_a_span_of_twelve_months_is_the_whole_year() -> None:
    facts = facts_of("青禾药业2023年度业绩预告\n预计2023年1-12月归属于上市公司股东的净利润盈利12亿元至13亿元。\n")
    assert one(facts, value=1_200_000_000).period == "2023"
    facts = facts_of("青禾药业2023年度业绩预告\n预计2023年1–12月归属于上市公司股东的净利润盈利12亿元至13亿元。\n")
    assert one(facts, value=1_200_000_000).period == "2023"


def test_a_bracketed_comparative_date_is_not_the_dateline_and_the_prior_year_is_the_reported_ones() -> None:
    text = (
        "业绩摘要\n截至2023年12月31日止年度，本集团的收入为人民币2138百万元，较上年人民币1900百万元增加12.5%。\n"
        "董事会建议宣派末期股息每股3.50港仙\n（2022年12月31日：3.00港仙）。\n"
    )
    assert identify(build(text, "zh-Hans")).date != "2022-12-31"  # type: ignore[arg-type]
    facts = facts_of(text)
    assert one(facts, value=1_900_000_000).period == "2022"
    assert one(facts, value=12.5).period == "2023"


def test_a_signed_rate_in_brackets_after_an_amount_is_its_change() -> None:
    facts = facts_of("营收与净利润表现\n2024年，青禾银行营收808.15亿元(+8.78%)、净利润318.43亿元(-1.20%)。\n")
    grew = one(facts, value=8.78)
    assert (grew.metric, grew.change) == ("revenue", "yoy")
    fell = one(facts, value=-1.2)
    assert (fell.metric, fell.change) == ("net income", "yoy")


def test_a_compound_growth_rate_is_no_year_over_year_change() -> None:
    facts = facts_of("青禾科技2024年业绩点评\n2024年公司营收同比增长12%。2020-2024年营收年复合增速为15%，净利润复合增长率达18%。\n")
    assert one(facts, value=12.0).change == "yoy"
    assert all(f.change != "yoy" for f in facts if f.value in (15.0, 18.0))


def test_a_leading_preposition_is_no_part_of_a_subject() -> None:
    facts = facts_of("青禾服饰深度报告\n2016年在国内设计师品牌市场份额达9.6%。\n")
    assert one(facts, value=9.6).subject == "青禾服饰"  # the market it holds a share of is no business line


def test_a_group_of_big_banks_owns_its_company_wide_ratio_and_a_framing_group_owns_nothing() -> None:
    assert one(facts_of("上市银行三季报点评\n六大行中期分红率为30%。\n"), value=30.0).subject == "六大行"
    assert one(facts_of("上市银行三季报点评\n在四家金控中，星河银行净利润10亿元。\n"), value=1e9).subject == "星河银行"
