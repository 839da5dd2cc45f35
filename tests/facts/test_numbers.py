"""Number grammar: every written form of a figure, what is not a figure, and round trips."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts.numbers import (
    _CORE_ARABIC,
    _SPACED,
    NumberMention,
    cn_to_number,
    format_amount,
    parse_numbers,
    written,
)


def one(text: str) -> NumberMention:
    """The single figure of ``text``."""
    found = parse_numbers(text)
    assert len(found) == 1, (text, found)
    return found[0]


def approx(a: float, b: float) -> bool:
    """Equal within a relative 1e-9."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("星穹科技本季度收入为1,234亿元", 123_400_000_000, "CNY"),
        ("星穹科技本季度營收為1,234億元", 123_400_000_000, "CNY"),
        ("云业务收入达到456.78亿元人民币", 45_678_000_000, "CNY"),
        ("雲業務收入達到456.78億元人民幣", 45_678_000_000, "CNY"),
        ("资本开支为人民币210亿元", 21_000_000_000, "CNY"),
        ("计划投入2500亿人民币", 250_000_000_000, "CNY"),
        ("潜在市场规模达20万亿RMB", 20_000_000_000_000, "CNY"),
        ("NovaSky reported revenue of 27.5 billion yuan", 27_500_000_000, "CNY"),
        ("diluted EPS was $0.47", 0.47, "USD"),
        ("free cash flow of US$2.1bn", 2_100_000_000, "USD"),
        ("backlog reached $612.4 million", 612_400_000, "USD"),
        ("capex of RMB 120 billion", 120_000_000_000, "CNY"),
        ("a dividend of HK$1.5", 1.5, "HKD"),
        ("派息总额为36亿港元", 3_600_000_000, "HKD"),
        ("派息總額為36億港幣", 3_600_000_000, "HKD"),
        ("回购金额达7.5亿美元", 750_000_000, "USD"),
        ("净现金为３８００亿元", 380_000_000_000, "CNY"),
        ("订单达到1.6亿单", 160_000_000, "count"),
        ("會員數已突破4,200萬人", 42_000_000, "count"),
        ("年度开支约3千亿元", 300_000_000_000, "CNY"),
        ("投入超千亿元", 100_000_000_000, "CNY"),
        ("营收一百二十亿元", 12_000_000_000, "CNY"),
        ("门店超过百万家", 1_000_000, "count"),
        ("毛利率为８．５％", 8.5, "%"),
        ("占比为百分之二十六", 26, "%"),
        ("利润率提升2个百分点", 2, "pp"),
        ("利潤率提升2個百分點", 2, "pp"),
        ("margin expanded 1.5 percentage points", 1.5, "pp"),
        ("gross margin rose 45 bps", 45, "bps"),
        ("operating margin improved 120 basis points", 120, "bps"),
        ("净息差收窄5个基点", -5, "bps"),
        ("骑手数较年初增长三倍", 3, "x"),
        ("bookings grew 2.5x", 2.5, "x"),
        ("we have 3,200 employees", 3200, "count"),
        ("cost was 45 cents a share", 0.45, "USD"),
    ],
)
def test_forms(text: str, value: float, unit: str) -> None:
    m = one(text)
    assert approx(m.value, value), (m.value, value)
    assert m.unit == unit
    assert m.raw == text[m.start : m.end]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("AI收入连续九个季度保持三位数增长", 100, "over"),
        ("AI收入連續九個季度保持三位數增長", 100, "over"),
        ("会员数保持两位数同比增长", 10, "over"),
        ("会员数保持双位数增长", 10, "over"),
        ("cloud revenue saw triple-digit growth", 100, "over"),
        ("sales grew at double-digit rates", 10, "over"),
        ("organic sales were down mid-single digits", -10, "under"),
    ],
)
def test_qualitative_growth(text: str, value: float, qualifier: str) -> None:
    m = one(text)
    assert (m.value, m.unit, m.qualifier, m.role) == (value, "%", qualifier, "change")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("净利润同比下降12%", -12),
        ("淨利潤同比下降12%", -12),
        ("订单量减少3%", -3),
        ("收入下滑4.5%", -4.5),
        ("该分部经调整EBITA亏损7亿元", -700_000_000),
        ("該分部經調整EBITA虧損7億元", -700_000_000),
        ("自由现金流为净流出95亿元人民币", -9_500_000_000),
        ("自由現金流為淨流出95億元人民幣", -9_500_000_000),
        ("资金流出30亿元", -3_000_000_000),
        ("revenue declined 6%", -6),
        ("shipments decreased 2%", -2),
        ("same-store sales were down 1.5%", -1.5),
        ("a net loss of $3 million", -3_000_000),
        ("net outflows of $1.2 billion", -1_200_000_000),
        ("losses narrowed by 20%", -20),
        ("收入同比增长18%", 18),
        ("用户数增加5%", 5),
        ("revenue was up 7%", 7),
        ("prices rise 2%", 2),
        ("云业务收入占比为-3%", -3),
    ],
)
def test_direction(text: str, value: float) -> None:
    assert approx(one(text).value, value)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("收入约120亿元", "approx"),
        ("收入大约120亿元", "approx"),
        ("收入近120亿元", "approx"),
        ("收入接近120亿元", "approx"),
        ("收入超过120亿元", "over"),
        ("收入超過120億元", "over"),
        ("收入逾120亿元", "over"),
        ("月活跃用户突破2亿", "over"),
        ("订单在100万单以上", "over"),
        ("用户3亿多", "over"),
        ("revenue of over $5 million", "over"),
        ("more than 400 stores", "over"),
        ("about 30% of stores", "approx"),
        ("approximately $90 million", "approx"),
        ("nearly 6%", "approx"),
        ("almost $11 billion", "approx"),
        ("up to $1.6 billion", "under"),
        ("less than 5% of sales", "under"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("新需求中约60%-70%用于推理", 60, 70, "%"),
        ("新需求中约60%至70%用于推理", 60, 70, "%"),
        ("revenue of $1.82 billion to $1.83 billion", 1.82e9, 1.83e9, "USD"),
        ("revenue between $2.07 billion and $2.12 billion", 2.07e9, 2.12e9, "USD"),
        ("EBITDA of 875 million to $940 million", 875e6, 940e6, "USD"),
        ("EPS of $1.82 to $1.83 billion", 1.82e9, 1.83e9, "USD"),
        ("a tax rate of 24% to 26%", 24, 26, "%"),
        ("growth of 5-6%", 5, 6, "%"),
        ("收入增长5至6亿元", 5e8, 6e8, "CNY"),
        ("guidance range of $1.40 per share to $1.55 per share", 1.40, 1.55, "USD"),
        ("between $2.10 per diluted share and $2.30 per diluted share", 2.10, 2.30, "USD"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    m = one(text)
    assert approx(m.value, low) and m.value_high is not None and approx(m.value_high, high)
    assert m.unit == unit


def test_from_to_is_a_change_not_a_range() -> None:
    found = parse_numbers("revenue increased from $5 million to $7 million")
    assert [(m.value, m.role) for m in found] == [(5e6, "base"), (7e6, "level")]


def test_range_needs_compatible_units() -> None:
    found = parse_numbers("营收同比增长21%至456.7亿元")
    assert [(m.value, m.unit, m.value_high) for m in found] == [
        (21, "%", None),
        (45_670_000_000, "CNY", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "星穹科技2025年第二季度业绩",
        "2025年7月，公司发布新品",
        "fiscal 2022 and the third quarter of 2023",
        "Q3 results and FY2024",
        "连续6个季度保持增长",
        "连续第八个季度实现增长",
        "上线仅四个月",
        "客服热线 400-820-8820",
        "京公網安備 11011402013531號",
        "模型包括Qwen2.5-Max、Qwen 3和GPT-4",
        "see page 5 and slide 24",
        "详见第5页",
        "on June 30, 2021 at 7:30 AM",
        "the 1990s",
        "ORBIT 7's retail volume",
        "Route 9’s traffic",
        "a 5-year plan over 12 months",
        "our 10-K filing",
        "在“618购物节”取得成功",
        "NovaSky (NVSK.US、09988.HK)",
        "as noted in [12] and [3]",
        "五年前",
    ],
)
def test_not_figures(text: str) -> None:
    assert parse_numbers(text) == []


def test_base_and_change_roles() -> None:
    found = parse_numbers("较去年同期的31亿元有所增加，较4月增长200%")
    assert [(m.value, m.role, m.based) for m in found] == [
        (3_100_000_000, "base", True),
        (200, "change", True),
    ]


def test_off_of_is_a_preposition_not_a_decline() -> None:
    """"Deliveries off of our pipeline averaged 3.7 million": where they came from; "volumes were off 29%" fell."""
    assert one("Deliveries off of our pipeline averaged approximately 3.7 million per day").role == "level"
    fell = one("Jet volumes were off 29% in the quarter")
    assert (fell.role, fell.value) == ("change", -29)


def test_a_qualifier_before_the_article_of_a_change_noun() -> None:
    """"greater than a 25% increase", "about a 10% decline": the qualifier reaches over the article."""
    over = one("That is greater than a 25% increase versus last year")
    assert (over.qualifier, over.role) == ("over", "change")
    assert one("Sales saw about a 10% decline").qualifier == "approx"
    assert one("We hold a 10% stake").qualifier is None


def test_history_list_shares_role() -> None:
    found = parse_numbers("收入同比增速分别为,-2%、5%、6%和8%")
    assert [m.value for m in found] == [-2, 5, 6, 8]
    assert {m.role for m in found} == {"change"}


def test_offsets_are_in_the_original_text() -> None:
    text = "雲業務收入達到３１７．４２億元，同比增長１３％"
    for m in parse_numbers(text):
        assert text[m.start : m.end] == m.raw
    assert [m.raw for m in parse_numbers(text)] == ["３１７．４２億元", "１３％"]


@pytest.mark.parametrize(
    ("text", "value"), [("一百二十", 120), ("三千亿", 3e11), ("百万", 1e6), ("两万五千", 25000), ("十五", 15)]
)
def test_cn_numerals(text: str, value: float) -> None:
    assert cn_to_number(text) == Decimal(str(int(value)))


@pytest.mark.parametrize(
    ("value", "unit", "lang", "text"),
    [
        (38_600_000_000, "CNY", "en", "RMB 38.6 billion"),
        (38_600_000_000, "CNY", "zh-Hans", "386亿元"),
        (38_600_000_000, "CNY", "zh-Hant", "386億元"),
        (1_000_000_000_000, "CNY", "zh-Hans", "1万亿元"),
        (-1_400_000_000, "CNY", "en", "-RMB 1.4 billion"),
        (0.83, "USD", "en", "US$0.83"),
        (175_600_000, "USD", "en", "US$175.6 million"),
        (120_000_000, "count", "en", "120 million"),
        (120_000_000, "count", "zh-Hans", "1.2亿"),
        (1234, "count", "en", "1,234"),
        (26, "%", "en", "26%"),
        (2, "pp", "zh-Hans", "2个百分点"),
        (45, "bps", "en", "45 bps"),
        (3, "x", "zh-Hans", "3倍"),
    ],
)
def test_format_amount(value: float, unit: str, lang: str, text: str) -> None:
    assert format_amount(value, unit, lang) == text


def test_format_amount_rounds_for_display() -> None:
    assert format_amount(38_612_345_678, "CNY", "en", digits=3) == "RMB 38.6 billion"


# --- properties ----------------------------------------------------------------------------

values = st.builds(
    lambda mantissa, exponent: Decimal(mantissa).scaleb(exponent),
    st.integers(min_value=1, max_value=99_999_999),
    st.integers(min_value=-2, max_value=6),
)
EN_AROUND = st.sampled_from(
    [
        ("", ""),
        ("Revenue was ", "."),
        ("In 2024, sales were ", " in the quarter."),
        ("Backlog of ", " (see page 12)"),
    ]
)
ZH_AROUND = st.sampled_from(
    [
        ("", ""),
        ("营收为", "，主要由于需求增长。"),
        ("2025年收入为", "。"),
        ("据公告第3页，收入为", "，详见附注5。"),
    ]
)


def plain(d: Decimal) -> str:
    """A decimal as plain digits, no exponent, no trailing zeros."""
    text = format(d.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def renders(d: Decimal) -> list[tuple[str, str, bool]]:
    """(text, unit, English context only) for ``d`` written in every supported way."""
    out = [
        (plain(d / 10**4) + "万", "count", False),
        (plain(d / 10**6) + " million", "count", True),
        ("$" + plain(d / 10**6) + " million", "USD", False),
        (plain(d / 10**8) + "亿元", "CNY", False),
        (plain(d / 10**8) + "億元", "CNY", False),
        ("RMB " + plain(d / 10**9) + " billion", "CNY", False),
        (plain(d / 10**9) + "bn", "count", True),
        ("US$" + plain(d / 10**9) + "bn", "USD", False),
        (plain(d / 10**9) + " billion yuan", "CNY", False),
    ]
    if d == d.to_integral_value() and d >= 1000:
        out.append((f"{int(d):,}", "count", True))
    return out


@settings(max_examples=150, deadline=None)
@given(d=values, en=EN_AROUND, zh=ZH_AROUND)
def test_every_rendering_parses_back(d: Decimal, en: tuple[str, str], zh: tuple[str, str]) -> None:
    expected = float(d)
    for text, unit, english_only in renders(d):
        contexts = [en] if english_only else [en, zh]
        for before, after in contexts:
            m = one(before + text + after)
            assert approx(m.value, expected), (before + text + after, m.value, expected)
            assert m.unit == unit
            assert m.raw == text


@settings(max_examples=150, deadline=None)
@given(
    d=values,
    negative=st.booleans(),
    unit=st.sampled_from(["CNY", "USD", "HKD", "count", "%", "pp", "bps"]),
    lang=st.sampled_from(["en", "zh-Hans", "zh-Hant"]),
)
def test_format_amount_round_trips(d: Decimal, negative: bool, unit: str, lang: str) -> None:
    value = -float(d) if negative else float(d)
    text = format_amount(value, unit, lang)
    m = one(text)
    assert approx(m.value, value), (text, m.value, value)
    assert m.unit == unit


# --- as written: decimals, per share, ranges and signs in English calls -----------------------


@pytest.mark.parametrize(
    ("text", "decimals", "decimals_high"),
    [
        ("adjusted EPS of $1.35", 2, None),
        ("revenue slipped 6.5%", 1, None),
        ("guidance of $2.70 to $2.90 per share", 2, 2),
        ("sales of $2.41 billion to $2.46 billion", 2, 2),
        ("收入为3800亿元", 0, None),
        ("占比为百分之二十六点五", 1, None),
    ],
)
def test_the_decimals_written_are_kept(text: str, decimals: int, decimals_high: int | None) -> None:
    m = one(text)
    assert (m.decimals, m.decimals_high) == (decimals, decimals_high)


def test_orders_in_traditional_script_and_a_decline_after_the_figure() -> None:
    orders = one("訂單達到1.2億單")
    assert (orders.value, orders.unit, orders.counter, orders.decimals) == (120_000_000, "count", "单", 1)
    decline = one("revenue of NovaSky, representing a 6.5% decline")
    assert (decline.value, decline.role) == (-6.5, "change")


@pytest.mark.parametrize(
    "text",
    ["$0.57 per diluted share", "$1.35 a share", "$0.38/share", "$0.26 per fully diluted share"],
)
def test_an_amount_per_share_says_so(text: str) -> None:
    assert one(text).per == "share"


def test_an_amount_that_is_a_total_is_not_per_share() -> None:
    assert one("net income of $41.6 million in the quarter").per is None


def test_range_from_is_a_range_and_from_to_is_a_change() -> None:
    found = parse_numbers(
        "NovaSky EPS may range from $0.20 to $0.35 on a GAAP basis and from $0.44 to $0.58 on an adjusted basis."
    )
    assert [(m.value, m.value_high, m.role) for m in found] == [(0.2, 0.35, "level"), (0.44, 0.58, "level")]
    grew = parse_numbers("NovaSky revenue grew from $1 billion to $1.2 billion.")
    assert [(m.value, m.role) for m in grew] == [(1e9, "base"), (1.2e9, "level")]


def test_a_change_then_the_level_it_reached_is_not_a_range() -> None:
    found = parse_numbers("NovaSky net income decreased $6.1 million to $27.4 million.")
    assert [(m.value, m.value_high, m.role) for m in found] == [
        (-6.1e6, None, "change"),
        (27.4e6, None, "level"),
    ]


def test_signs_levels_and_bases_in_running_english() -> None:
    found = parse_numbers(
        "NovaSky posted adjusted EPS of negative $1.48 per share compared to negative EPS of $0.93 a year earlier."
    )
    assert [(m.value, m.role) for m in found] == [(-1.48, "level"), (-0.93, "base")]
    lower_end = one("we now point to the lower end of the $4.10 to $4.30 per share range")
    assert (lower_end.value, lower_end.value_high, lower_end.role) == (4.1, 4.3, "level")
    outlook = one(
        "NovaSky raised the revenue outlook for the year to between $2.41 billion and $2.46 billion"
    )
    assert (outlook.value, outlook.role) == (2.41e9, "level")
    continuing = parse_numbers(
        "Earnings from continuing operations came to $187.5 million or $1.62 per diluted share."
    )
    assert [m.role for m in continuing] == ["level", "level"]


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"value": 3.1, "unit": "USD", "decimals": 2, "scale": 1.0}, "US$3.10"),
        ({"value": 1284.6e9, "unit": "USD", "decimals": 1, "scale": 1e9, "dollar": "$"}, "$1,284.6 billion"),
        ({"value": 12.3e9, "unit": "USD", "decimals": 3, "scale": 1e9, "dollar": "$"}, "$12.300 billion"),
        ({"value": 1234.5e6, "unit": "USD", "dollar": "$"}, "$1,234.5 million"),
        ({"value": 1.5, "unit": "pp", "long_units": True}, "1.5 percentage points"),
        ({"value": 45, "unit": "bps", "long_units": True}, "45 basis points"),
        ({"value": 1, "unit": "pp", "long_units": True}, "1 percentage point"),
        ({"value": 1, "unit": "pp", "decimals": 1, "long_units": True}, "1.0 percentage points"),
        ({"value": 38.6e9, "unit": "CNY", "lang": "zh-Hans", "decimals": 1, "scale": 1e9}, "386亿元"),
    ],
)
def test_format_amount_prints_figures_as_the_source_wrote_them(kwargs: dict[str, object], text: str) -> None:
    assert format_amount(**kwargs) == text  # type: ignore[arg-type]


def test_written_reads_a_fact_raw_back() -> None:
    w = written("$2.70 to $2.90")
    assert w is not None and (w.value, w.value_high, w.decimals, w.decimals_high) == (2.7, 2.9, 2, 2)
    assert written("") is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("星穹科技营收3亿4500万元", 345_000_000, "CNY"),
        ("星穹科技營收2億4千萬美元", 240_000_000, "USD"),
        ("星穹電子營收新台幣1兆1,230億元", 1_123_000_000_000, "TWD"),
        ("星穹電子全年營收達新台幣2兆589.49億元", 2_058_949_000_000, "TWD"),
        ("星穹电子营收达到1.2兆元", 1_200_000_000_000, "CNY"),
        ("星穹集团总资产1万2345亿元", 1_234_500_000_000, "CNY"),
    ],
)
def test_one_amount_in_two_scales_and_trillions_in_zhao(text: str, value: float, unit: str) -> None:
    """"3亿4500万" and Taiwan's "2兆589億" are one amount, not a count and a smaller amount."""
    m = one(text)
    assert approx(m.value, value) and m.unit == unit, m


@pytest.mark.parametrize("text", ["新建光伏装机3兆瓦", "千兆宽带用户达到1.2亿户的地区", "提供500兆宽带"])
def test_zhao_as_mega_is_no_trillion(text: str) -> None:
    """兆 before a unit or broadband is "mega", never a trillion."""
    assert all(m.value < 1e12 for m in parse_numbers(text)), parse_numbers(text)


def test_a_per_share_figure_then_another_amount_is_no_range() -> None:
    """Each end of "$X per share to $Y per share" says "per share"; "$0.80 per share to $12 million"
    names two figures."""
    found = parse_numbers("EPS rose $0.80 per share to $12 million in net income")
    assert [m.value_high for m in found] == [None, None]
    found = parse_numbers("from $0.80 per share to $0.97 per share")
    assert [(m.value, m.role, m.value_high) for m in found] == [(0.8, "base", None), (0.97, "level", None)]


FAST_PATH_TEXT = st.text(
    alphabet="0123456789 ,.-()$% single Double triple digits Tel phone FAX license ICP 备电话\n",
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(FAST_PATH_TEXT, st.integers(0, 60))
def test_fast_paths_find_what_the_patterns_find(text: str, pos: int) -> None:
    from finbrief.facts import numbers

    assert numbers._may_hold_phone(text) == bool(numbers._PHONE_HINT.search(text))
    if "digit" not in text:
        got, want = numbers._CORE_ARABIC.search(text, pos), numbers._CORE_ASCII.search(text, pos)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        ("The mine shipped 15.7-million pounds of copper.", "15.7-million", 15_700_000, "count"),
        ("It booked a $53.3-million charge.", "$53.3-million", 53_300_000, "USD"),
        ("The company took a $4-billion write-down.", "$4-billion", 4_000_000_000, "USD"),
        ("a C$1.2-billion deal", "C$1.2-billion", 1_200_000_000, "CAD"),
        ("a $2.5-trillion market", "$2.5-trillion", 2_500_000_000_000, "USD"),
        ("a 5-percent stake", "5-percent", 5, "%"),
        ("a 1.5-per-cent rise", "1.5-per-cent", 1.5, "%"),
        ("a 2.5-percentage-point gain", "2.5-percentage-point", 2.5, "pp"),
        ("margin fell 40 per-cent", "40 per-cent", -40, "%"),
        ("The quarry produced 5 600 oz of gold.", "5 600", 5600, "count"),
        ("The quarry produced 5\u00a0600 oz of gold.", "5\u00a0600", 5600, "count"),
        ("The quarry produced 5\u2009600 oz of gold.", "5\u2009600", 5600, "count"),
        ("Reserves reach 5 600 000 tonnes.", "5 600 000", 5_600_000, "count"),
        ("Revenue was 1 234,5 million euros.", "1 234,5 million euros", 1_234_500_000, "EUR"),
        ("Profit of $1.2bn", "$1.2bn", 1_200_000_000, "USD"),
        ("Sales of US$3.4 billion", "US$3.4 billion", 3_400_000_000, "USD"),
        ("A$3 billion in capex", "A$3 billion", 3_000_000_000, "AUD"),
        ("Revenue was CAD 45 million.", "CAD 45 million", 45_000_000, "CAD"),
        ("Revenue was 45 million Canadian dollars.", "45 million Canadian dollars", 45_000_000, "CAD"),
        ("Capex of AUD 2.5 billion", "AUD 2.5 billion", 2_500_000_000, "AUD"),
        ("Sales of $45 million CAD", "$45 million CAD", 45_000_000, "CAD"),
        ("Margin rose 3.5 per cent", "3.5 per cent", 3.5, "%"),
        ("The bank cut by 35bp", "35bp", 35, "bps"),
        ("It trades at 1.5x book", "1.5x", 1.5, "x"),
    ],
)
def test_trade_press_figures_are_read_whole(text: str, raw: str, value: float, unit: str) -> None:
    m = one(text)
    assert (m.raw, m.unit) == (raw, unit)
    assert approx(m.value, value)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("in 2023 2024 we grew", []),
        ("Q3 2024 1,234 units", ["1,234"]),
        ("Sold 5, 600 units", ["5", "600"]),
        ("call 555 123 4567 now", []),
        ("收入5 600万元", ["5", "600万元"]),
        ("Units 120 340", ["120", "340"]),
        ("A rise of 2.5 600 units", ["2.5", "600"]),
    ],
)
def test_figures_side_by_side_are_not_merged(text: str, raws: list[str]) -> None:
    assert [m.raw for m in parse_numbers(text)] == raws


@settings(max_examples=200, deadline=None)
@given(st.integers(1000, 999_999_999), st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]))
def test_thousands_grouped_by_a_space_read_as_with_commas(n: int, sep: str) -> None:
    grouped = f"{n:,}"
    by_comma = one(f"The plant made {grouped} tonnes last year.")
    by_space = one(f"The plant made {grouped.replace(',', sep)} tonnes last year.")
    assert (by_space.value, by_space.unit) == (by_comma.value, by_comma.unit) == (float(n), "count")


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1),
    st.sampled_from(["million", "billion", "trillion"]),
    st.sampled_from(["$", "US$", "C$", "A$", "€", "£"]),
)
def test_a_hyphenated_scale_is_the_same_amount_as_a_spaced_one(d: Decimal, scale: str, cur: str) -> None:
    spaced = one(f"It reported a {cur}{d} {scale} charge.")
    hyphenated = one(f"It reported a {cur}{d}-{scale} charge.")
    assert (hyphenated.value, hyphenated.unit, hyphenated.decimals) == (spaced.value, spaced.unit, spaced.decimals)
    assert hyphenated.raw == f"{cur}{d}-{scale}"


_ARABIC_AS_WRITTEN = re.compile(r"(?P<ar>" + _SPACED + r"|\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d*(?:\.\d+)?))")
"""The Arabic figure grammar as first written: the spaced form opening on what must come before it."""


def test_arabic_figures_read_as_the_grammar_writes_them() -> None:
    pieces = ["1", "0", "12", " 12", " 345", "\u00a0345", ",", ".", "a", " a"]
    for n in range(1, 6):
        for parts in itertools.product(pieces, repeat=n):
            text = "".join(parts)
            assert [m.span() for m in _CORE_ARABIC.finditer(text)] == [m.span() for m in _ARABIC_AS_WRITTEN.finditer(text)]
            for pos in range(len(text)) if n < 4 else ():
                found, expected = _CORE_ARABIC.search(text, pos), _ARABIC_AS_WRITTEN.search(text, pos)
                assert (found and found.span()) == (expected and expected.span()), (text, pos)


def test_thousands_grouped_by_spaces_before_a_word() -> None:
    assert [m.group() for m in _CORE_ARABIC.finditer("5 600 oz and 1 234,5 million euros, 2023 2024, 12 345")] == [
        "5 600",
        "1 234,5",
        "2023",
        "2024",
        "12",
        "345",
    ]


@pytest.mark.parametrize(
    ("text", "favorable"),
    [
        ("$88 million unfavorable to the same period last year", False),
        ("an $88 million headwind versus the prior year", False),
        ("$9 million favorable to the second quarter", True),
        ("a $9 million tailwind compared to last year", True),
    ],
)
def test_an_amount_favorable_or_unfavorable_to_a_period_is_a_move_its_metric_gives_a_sign(
    text: str, favorable: bool
) -> None:
    move = one(text)
    assert (move.role, move.value, move.favorable) == ("change", abs(move.value), favorable)


def test_an_amount_favorable_to_a_plan_is_no_move() -> None:
    assert (one("$5 million favorable to our guidance").role, one("$5 million favorable to our guidance").favorable) == (
        "level",
        None,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("sales fell 4% year-over-year, or 2% excluding currency", [-4, -2]),
        ("sales fell 4% year-over-year or 2% in constant currency", [-4, -2]),
        ("sales rose 6% year-over-year, or 8% on a constant-currency basis", [6, 8]),
        ("sales decreased 3% sequentially, or 1% organically", [-3, -1]),
        ("margin declined 50 bps year-over-year, or 40 bps excluding the merger", [-50, -40]),
        ("margin contracted 90 basis points year-over-year, or 70 basis points when excluding fuel", [-90, -70]),
    ],
)
def test_a_change_restated_after_or_on_another_basis_keeps_its_direction(text: str, want: list[float]) -> None:
    found = parse_numbers(text)
    assert [(m.value, m.role) for m in found] == [(w, "change") for w in want]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("sales fell 4% year-over-year, or $12 million", (12_000_000, "level")),  # another unit: no restatement
        ("sales fell 4% year-over-year, or 2% sequentially", (2, "level")),  # another comparison, not a basis
        ("sales fell 4% year-over-year or 2% of the total", (2, "level")),  # a share, no basis after it
    ],
)
def test_a_figure_after_or_that_is_no_restatement_keeps_its_own_reading(
    text: str, second: tuple[float, str]
) -> None:
    found = parse_numbers(text)
    assert (found[0].value, found[0].role) == (-4, "change")
    assert (found[1].value, found[1].role) == second


def test_a_rate_or_more_is_one_figure_with_its_qualifier() -> None:
    up = one("sales were up 4% or more in every region")
    assert (up.value, up.role, up.qualifier) == (4, "change", "over")


@pytest.mark.parametrize(
    ("before", "excluded"),
    [
        ("as shown on SLIDE ", True),
        ("see Pages: ", True),
        ("item #", True),
        ("the Orbitex MODEL ", True),
        ("revenue of ", False),
        ("sales were $", False),
        ("up (", False),
    ],
)
def test_a_number_after_a_reference_or_version_word_is_excluded_whatever_its_case(before: str, excluded: bool) -> None:
    """The quick test on the last character before a number lets every reference and version word through."""
    from finbrief.facts.numbers import _excluded_ar

    assert _excluded_ar(before + "12", len(before), "12") is excluded


def test_label_ends_let_through_every_text_the_label_patterns_match() -> None:
    """``_label_ends`` holds the last character of every version and reference word as its pattern reads it
    (either case, plurals, a trailing hyphen or colon): the test never hides a match."""
    from finbrief.facts.numbers import _label_ends, _reference_before, _version_before
    from finbrief.lexicon import numbers as lexicon_numbers
    from finbrief.lexicon.trie import variants

    ends = _label_ends()
    words = [*lexicon_numbers.version_prefixes(), *lexicon_numbers.reference_words()]
    for word in words:
        for form in {v for w in variants(word) for v in (w, w.upper(), w.lower(), w.title())}:
            for tail in ("", " ", "-", ":", " :\n"):
                before = form + tail
                if _version_before().search(before) or _reference_before().search(before):
                    last = before.rstrip()[-1]
                    assert not last.isascii() or last in ends, (before, last)
