"""Chinese stories of companies whose fiscal year does not end in December, and of one month's sales:
the fiscal calendar a stated interim or quarter end implies, fiscal halves and "last year" in such
stories, the month of a monthly-sales story, a year surpassed that is no year of the story, and Hong
Kong's "按年減少" that is no Taiwanese results word.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, numbers, run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hant") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


MONTHLY = (
    "晶澄半導體10月營收創新高 前十月破1兆\n"
    "2025-11-11\n"
    "晶澄半導體（6688）昨（10）日公布10月合併營收1,234.5億元，月增8%，年增12.3%；前十月合併營收達1.05兆元，年增20.1%。\n"
    "晶澄半導體第4季整體業績仍有可能超越財測。\n"
)


def test_a_monthly_sales_story_is_about_that_month() -> None:
    assert identify(build(MONTHLY, "zh-Hant")).period == "2025Q4"
    facts = facts_of(MONTHLY)
    assert one(facts, value=123_450_000_000).period == "2025-10"
    assert one(facts, value=12.3).period == "2025-10"
    assert one(facts, value=1_050_000_000_000).period == "2025-01-2025-10"


def test_a_headline_that_breaks_a_level_gives_more_than_it() -> None:
    assert one(facts_of(MONTHLY), value=1_000_000_000_000).qualifier == "over"
    (dropped,) = numbers.scan("营收跌破1万亿元")
    assert dropped.qualifier == "under"


def test_a_year_surpassed_is_no_year_of_the_story() -> None:
    text = (
        "2025-11-05\n"
        "晶澄半導體公布第三季財報，單季營收812.4億元，前三季營收已超越2024年全年營收。\n"
    )
    assert identify(build(text, "zh-Hant")).period == "2025Q3"
    assert one(facts_of(text), value=81_240_000_000).period == "2025Q3"


def test_a_fiscal_ordinal_after_a_stated_quarter_end_sets_the_calendar() -> None:
    text = (
        "2025-11-20\n"
        "翠峰科技（08899）發布截至2025年9月30日止三個月之未經審核業績，第二季度收入同比增長12%至85億美元。\n"
        "累計上半年，翠峰科技收入160億美元，同比增加10%。\n"
    )
    sheet = identify(build(text, "zh-Hant"))
    assert (sheet.fiscal_year_end_month, sheet.period) == (3, "2025Q3")
    facts = facts_of(text)
    assert one(facts, value=8_500_000_000).period == "2025Q3"
    assert one(facts, value=16_000_000_000).period == "2025Q2-2025Q3"


def test_an_interim_ending_in_september_makes_a_march_year() -> None:
    text = (
        "2025-11-25\n"
        "翠峰珠寶（01828）公布截至今年9月底止中期業績，期內股東應佔溢利為12.5億元，按年增長3%。\n"
        "上半年營業額為210.4億元。\n"
    )
    assert identify(build(text, "zh-Hant")).fiscal_year_end_month == 3
    facts = facts_of(text)
    assert one(facts, value=1_250_000_000).period == "2025Q2-2025Q3"
    assert one(facts, value=21_040_000_000).period == "2025Q2-2025Q3"


JUNE_YEAR = (
    "翠峰發展去年核心經營溢利跌9%\n"
    "2025-09-29\n"
    "翠峰發展（0088）公布截至今年6月底的全年業績，核心經營溢利為30.2億元，按年下跌9%。\n"
    "集團截至6月底總債務約為820億元，按年減少約25億元；現金為120.5億元，較去年6月減少4.2%。\n"
    "集團去年度資本支出按年減少12%至66億元。\n"
)


def test_last_year_in_a_story_of_a_june_year_just_ended_is_that_fiscal_year() -> None:
    facts = facts_of(JUNE_YEAR)
    assert one(facts, value=6_600_000_000).period == "2024Q3-2025Q2"
    assert one(facts, value=-9.0, paragraph=1).period == "2024Q3-2025Q2"


def test_down_a_year_in_hong_kong_news_is_no_taiwanese_results_word() -> None:
    assert identify(build(JUNE_YEAR, "zh-Hant")).currency == "HKD"
    assert one(facts_of(JUNE_YEAR), value=3_020_000_000).unit == "HKD"


def test_a_half_year_ended_in_june_is_that_half() -> None:
    text = "- 截至2025年6月止半年度,集團營業額上升36﹒5%至7﹒31億元,股東應佔溢利增長30﹒1%至3﹒39億元。\n"
    facts = facts_of(text)
    assert one(facts, value=731_000_000).period == "2025Q1-2025Q2"
    assert one(facts, value=30.1).period == "2025Q1-2025Q2"


def test_an_interim_ended_without_a_day_still_sets_a_march_year() -> None:
    text = (
        "- 截至2025年9月止六個月,集團營業額減少6﹒5%至1﹒77億元。\n"
        "- 2024/2025年度,集團營業額上升22﹒9%至3﹒54億元。\n"
    )
    assert identify(build(text, "zh-Hant")).fiscal_year_end_month == 3
    assert one(facts_of(text), value=354_000_000).period == "2024Q2-2025Q1"


def test_a_fiscal_year_written_with_both_years() -> None:
    facts = facts_of(
        "翠峰科技（08899）公布截至2025年3月31日止年度業績。\n2024/2025年度收入為88億美元，按年增長9%。\n"
    )
    assert one(facts, value=8_800_000_000).period == "2024Q2-2025Q1"


def test_the_year_that_labels_an_interim_report_is_not_its_span() -> None:
    text = (
        "翠峰餐飲(01866) - 2026 - 中期业绩\n"
        "2025-11-28\n"
        "收入和利润 - 收益为58.9百万港元,同比增长6.3% - 截至2025年9月30日止六个月,公司拥有人应占溢利为3.0百万港元\n"
    )
    assert one(facts_of(text, "zh-Hans"), value=58_900_000).period == "2025Q2-2025Q3"


def test_a_bank_s_interim_with_an_announced_buyback_and_expected_credit_losses() -> None:
    text = (
        "翠峰銀行中期純利48.2億元 按年增長約3%\n"
        "《經濟通通訊社30日專訊》翠峰銀行(08811)公布截至今年6月底止中期業績,純利為48﹒2億元,按年增長約3%。\n"
        "集團指,計及該行於2024年第二季公布的10億元股份回購計劃,回饋股東之總額已經達至36億元。\n"
        "期內,扣除預期信貸損失變動及其他信貸減值提撥前之營業收入淨額增長2%至104﹒3億元。\n"
    )
    item = one(facts_of(text), value=10_430_000_000)
    assert item.period == "2024Q1-2024Q2"  # the interim "期內" is in, not the quarter a buyback was announced
    assert "guidance" not in item.metric  # expected credit losses are no forecast
    assert item.subject == "翠峰銀行"  # "…提撥前" (before provisions) names no business line


def test_the_month_a_forecast_was_made_is_not_its_period() -> None:
    text = (
        "2025-11-11\n"
        "晶澄半導體董事長表示，今年全年美元營收年成長幅度從7月預測接近20%，調整為年增24%至26%。\n"
    )
    assert one(facts_of(text), value=20.0).period == "2025"


def test_the_ended_quarter_a_forecast_is_compared_with_is_a_result() -> None:
    text = (
        "2025-11-11\n"
        "晶澄半導體10月營收創新高。\n"
        "晶澄半導體先前預估，本季美元營收122億美元至134億美元，並較第3季121億美元成長。\n"
    )
    facts = facts_of(text)
    assert one(facts, value=12_100_000_000).metric == "revenue"
    assert one(facts, value=12_200_000_000).metric == "revenue guidance"
