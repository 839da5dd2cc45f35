"""Chinese news stories and calls (simplified and traditional): currency, cumulative periods,
segments and metric scope as a reader of the story understands them.

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


# --- currency ------------------------------------------------------------------------------


def test_taiwanese_results_words_mean_new_taiwan_dollars() -> None:
    text = "晶宇科技公布去年第四季財報，單季合併營收350.2億元，年增8.8％，稅後純益40.1億元，季減9.3％。\n"
    d = build(text, "zh-Hant")
    assert identify(d).currency == "TWD"
    assert one(run(d), value=35_020_000_000).unit == "TWD"


def test_one_taiwanese_word_alone_is_not_enough() -> None:
    d = build("星宇集团公布第三季度业绩，营业收入350.2亿元，法人代表未出席。\n")
    assert identify(d).currency == "CNY"


def test_a_listed_company_s_home_currency_comes_from_the_lexicon() -> None:
    d = build("鴻海公布第三季業績。\n鴻海營收2.1兆元，主要受雲端產品帶動。\n", "zh-Hant")
    assert identify(d).currency == "TWD"
    d = build("長和公布中期業績。\n長和收入1,400億元，按年升3%。\n", "zh-Hant")
    assert identify(d).currency == "HKD"


# --- cumulative periods --------------------------------------------------------------------


def test_first_nine_months_is_the_year_to_date() -> None:
    facts = facts_of("星河银行公布2025年第三季度业绩。\n集团表示，今年首9月净利差1.77%，前9个月营业收入300.5亿元。\n")
    assert one(facts, value=1.77).period == "2025Q1-2025Q3"
    assert one(facts, value=30_050_000_000).period == "2025Q1-2025Q3"


def test_in_the_period_holds_for_the_whole_paragraph() -> None:
    facts = facts_of(
        "星河銀行公布截至2025年9月底止首三季業績，淨利潤100.5億元。\n"
        "期內，集團營業淨收入300.2億元，按年跌2.9%。淨利息收入200.1億元，按年下降3.07%。\n",
        "zh-Hant",
    )
    assert one(facts, value=20_010_000_000).period == "2025Q1-2025Q3"


def test_a_quarter_given_alone_makes_the_report_s_figures_cumulative() -> None:
    facts = facts_of(
        "星河銀行公告截至2025年9月底止第三季度報告，期內，集團營業收入301.2億元，按年減0.51%；"
        "純利為110.7億元，按年增長0.52%。單計第三季，營業收入為98.4億元，按年增2.11%。\n"
        "截至9月底止，集團實現非利息淨收入91.3億元，較去年成長0.90%，其他淨收入35.1億元，較去年降11.42%。\n",
        "zh-Hant",
    )
    ytd = "2025Q1-2025Q3"
    assert one(facts, value=30_120_000_000).period == ytd
    assert one(facts, value=11_070_000_000).period == ytd
    assert one(facts, value=9_840_000_000).period == "2025Q3"
    assert one(facts, value=9_130_000_000).period == ytd
    growth = one(facts, value=0.9)
    assert (growth.change, growth.period, growth.basis) == ("yoy", ytd, None)
    fall = one(facts, value=-11.42)
    assert (fall.change, fall.period) == ("yoy", ytd)
