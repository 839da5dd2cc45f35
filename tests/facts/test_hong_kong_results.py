"""Hong Kong and Taiwan results stories: "收益" as a company's revenue (not a yield, an investment
income or a fair-value gain), fiscal years that end in June or March when the text states it, and the
part a share of revenue belongs to.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hant") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_bare_shouyi_in_a_hong_kong_results_story_is_revenue() -> None:
    facts = facts_of(
        "翠峰控股（08888）公布中期業績，期內收益為52.3億元，按年上升8.1%。\n"
        "租金收益率為4.2%，投資收益為1.1億元，公允價值收益為2億元。\n"
    )
    assert one(facts, value=5_230_000_000).metric == "revenue"
    assert one(facts, value=8.1).metric == "revenue"
    assert one(facts, value=4.2).metric not in ("revenue", "share of revenue")
    assert one(facts, value=110_000_000).metric == "investment income"
    assert one(facts, value=200_000_000).metric == "mark-to-market gain"


def test_a_stated_june_year_end_makes_the_fiscal_year() -> None:
    text = "翠峰控股（08888）公布截至2025年6月30日止年度業績，收益為52.3億元，按年上升8.1%。\n"
    assert identify(build(text, "zh-Hant")).fiscal_year_end_month == 6
    facts = facts_of(text)
    # the year ended June 2025 is fiscal 2025, not the calendar quarter it ends in
    assert one(facts, value=5_230_000_000).period == "2025"
    march = "晶澄電子（6689）公布截至2026年3月31日止財政年度業績，營業額為18億元。\n"
    assert identify(build(march, "zh-Hant")).fiscal_year_end_month == 3
    assert one(facts_of(march), value=1_800_000_000).period == "2026"


def test_a_year_end_stated_without_a_year_still_sets_the_calendar() -> None:
    text = "翠峰控股（08888）公布截至6月底止全年業績，收入為52.3億元。\n"
    assert identify(build(text, "zh-Hant")).fiscal_year_end_month == 6
    december = "翠峰控股（08888）公布截至2025年12月31日止年度業績，收益為52.3億元。\n"
    assert identify(build(december, "zh-Hant")).fiscal_year_end_month == 12
    assert one(facts_of(december), value=5_230_000_000).period == "2025"


def test_a_share_of_total_sales_belongs_to_the_part_named_before_it() -> None:
    facts = facts_of(
        "晶澄半導體(6688)第三季營收新台幣120億元。其中，車用晶片營收已佔整體銷售超過15%，消費電子佔總收入的30%。\n"
    )
    auto = one(facts, value=15.0)
    assert auto.metric == "share of revenue" and auto.subject in ("车用晶片", "車用晶片")
    consumer = one(facts, value=30.0)
    assert consumer.metric == "share of revenue" and consumer.subject in ("消费电子", "消費電子")


def test_an_undated_story_sets_last_year_against_the_year_before_it() -> None:
    """"去年…，而2023年…": the story's last year is 2024, so its bare "全年" is 2024 too."""
    facts = facts_of(
        "翠峰電力去年盈利增長逾30%\n"
        "翠峰電力去年股東應佔盈利52.3億元，按年增長30.2%。全年派息每股2.05元。\n"
        "海外業務去年錄得營運盈利3.1億元，而2023年營運虧損1.2億元。\n"
    )
    assert one(facts, value=5_230_000_000).period == "2024"
    assert one(facts, value=30.2).period == "2024"
    assert one(facts, value=2.05).period == "2024"
    assert one(facts, value=310_000_000).period == "2024"
    assert one(facts, value=-120_000_000).period == "2023"


def test_last_year_without_a_contrast_keeps_the_latest_year_named() -> None:
    facts = facts_of("翠峰電力2023年股東應佔盈利52.3億元，去年同期為40.1億元。\n")
    assert one(facts, value=5_230_000_000).period == "2023"


def test_a_degree_word_or_a_premium_s_kind_is_no_business_line() -> None:
    """"錄得輕微公平價值收益…", "直接承保保費收入": how much, and which premium, not whose."""
    facts = facts_of(
        "翠峰保險公布中期業績，總保費收入增長6.1%至370.2億元，其中直接承保保費收入增長5.9%，至390.7億元。\n"
        "期內錄得輕微公平價值收益，總盈利由去年同期的12.5億元虧損扭轉為15.6億元盈利。\n"
    )
    own = ("company", "翠峰保险")  # the company, by its name where no ticker identifies it
    assert one(facts, value=5.9).subject in own
    assert one(facts, value=39_070_000_000).subject in own
    assert one(facts, value=1_560_000_000).subject in own
