"""Chinese stories about companies the lexicon does not know: the firm a headline opens on is the
document's company, "取得" joins a company to its metric, and a verb before "集团" names no firm.

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


def test_the_firm_a_headline_opens_on_is_the_company() -> None:
    text = (
        "青澜酒业第三季度实现归母净利润12.3亿元，同比增长5.2%\n"
        "10月29日晚间,青澜酒业发布三季报。报告显示,前三季度公司实现营收45.6亿元,同比增长6.1%。\n"
    )
    assert identify(build(text)).company == "青澜酒业"
    assert one(facts_of(text), value=4_560_000_000).subject == "青澜酒业"


def test_a_sector_headline_names_no_company() -> None:
    text = (
        "白酒行业第三季度业绩分化\n"
        "白酒行业前三季度合计实现营收1200亿元。\n"
    )
    assert identify(build(text)).company is None


def test_a_company_that_achieves_a_figure_is_no_business_line() -> None:
    facts = facts_of(
        "星澄集团（08877）公布截至2025年6月30日止六个月业绩。\n"
        "累计上半年，星澄取得收入52.4亿元，同比增加11%，创集团上半年度收入新高；纯利6.1亿元，同比增加20%。\n"
    )
    assert one(facts, value=5_240_000_000).subject not in ("星澄取得",)
    assert one(facts, value=610_000_000).subject != "创集团"


def test_a_hong_kong_developer_s_balance_sheet_words() -> None:
    facts = facts_of(
        "翠峰發展（0088）公布截至今年6月底的全年業績。期內持續業務核心經營溢利為30.2億元；來自持續經營業務的股東應佔虧損為63億元。\n"
        "可動用資金合共約150億元，包括現金及銀行存款（包括有限制銀行存款）88.5億元，較去年6月減少5.1%；可動用銀行貸款61.5億元。\n",
        "zh-Hant",
    )
    assert one(facts, value=3_020_000_000).subject == "翠峰發展"  # continuing operations is no business line
    assert one(facts, value=-6_300_000_000).metric in ("net income", "net loss")
    cash = one(facts, value=8_850_000_000)
    assert (cash.subject, cash.metric) == ("翠峰發展", "cash")  # what the bracket includes names no bank
    assert one(facts, value=-5.1).metric == "cash"
    assert one(facts, value=6_150_000_000).metric == "liquidity"


def test_a_listing_code_and_a_quote_are_no_figures() -> None:
    facts = facts_of(
        "翠峰科技公布第二季收入按年增長15%。\n"
        "股份(編號) 現價(元) 變幅(%) 翠峰科技(08899) 9.87元 升2.49% 翠峰控股(03396) 9.47元 升1.39%\n",
        "zh-Hant",
    )
    assert not [f for f in facts if f.paragraph == 2], facts


def test_a_hong_kong_digest_s_ratio_and_cash_words() -> None:
    facts = facts_of(
        "- 截至2025年9月止九個月,集團營業額上升29﹒9%至12﹒15億元。於2025年9月30日,集團之銀行結餘及現金為39﹒34億元,"
        "負債資本比率(借款總值除以股東應佔股本及儲備)為10﹒9%(2024年12月31日: 15﹒9%)。\n",
        "zh-Hant",
    )
    assert one(facts, value=3_934_000_000).metric == "cash"
    assert one(facts, value=10.9).metric == "gearing ratio"


def test_the_company_s_consolidated_figure_and_a_latin_name_with_its_code() -> None:
    text = (
        "MOS KITCHEN(01866) - 2026 - 中期业绩\n"
        "收入和利润 - 收益为58.9百万港元,同比增长6.3% - 公司综合分部业绩(经营利润)为722.3万港元,较2024年同期的744.9万港元下降3.0%\n"
    )
    assert identify(build(text)).company == "01866"
    facts = facts_of(text)
    assert one(facts, value=7_223_000).subject == "01866"


def test_a_business_group_s_name_ends_in_group() -> None:
    facts = facts_of(
        "翠峰科技（08899）公布業績。\n智能設備業務集團的收入及經營溢利分別同比增長15%及13%。\n集團收入增長9%。\n",
        "zh-Hant",
    )
    assert one(facts, value=15.0).subject == "智能设备业务集团"
    assert one(facts, value=13.0).subject == "智能设备业务集团"
    assert one(facts, value=9.0).subject == "翠峰科技"


BROKER = (
    "翠峰药业(600999):1-3Q25营收稳健增长\n"
    "时间:2025年10月30日 中财网\n"
    "公司1-3Q25 实现营收231.9 亿元(+14.9%yoy),归母净利润57.5 亿元(+24.5%yoy)。其中3Q25 收入74.3 亿元(+12.7%yoy)。"
    "我们预计25年表观收入超330 亿元。维持“买入”评级。\n"
    "1-3Q25 公司归母净利润率24.8%,同比+1.9pct。\n"
)


def test_a_broker_note_s_nine_months_and_signed_changes() -> None:
    facts = facts_of(BROKER)
    revenue = one(facts, value=23_190_000_000)
    assert revenue.period == "2025Q1-2025Q3"
    growth = one(facts, value=14.9)
    assert (growth.change, growth.period) == ("yoy", "2025Q1-2025Q3")
    margin = one(facts, value=24.8)
    assert margin.metric == "net margin"
    point = one(facts, value=1.9)
    assert (point.unit, point.metric) == ("pp", "net margin")


def test_a_broker_s_own_estimate_is_no_fact_of_the_company() -> None:
    assert not [f for f in facts_of(BROKER) if f.value == 33_000_000_000]
