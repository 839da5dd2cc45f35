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
