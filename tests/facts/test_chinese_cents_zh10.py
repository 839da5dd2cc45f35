"""Chinese pages of insurers, utilities and A-share filers: a sum per share written in cents ("分",
"美分") is money, in the currency its sentence names; a quarterly report's table row holds one figure a
column, no range; an investment yield is a yield; and a firm's name loses the words around it
("而", "整体", "行业龙头企业", "首六个月").

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.numbers import parse_numbers
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_earnings_per_share_in_cents_is_read() -> None:
    text = (
        "《青禾通訊社28日專訊》青禾保險(06811)績後跌3﹒1%,報4﹒12元。\n\n"
        "青禾保險截至6月30日止中期純利12﹒6億元人民幣,升7﹒5%,每股盈利18分,中期派息6﹒5分。"
    )
    facts = facts_of(text, "zh-Hant")
    eps = one(facts, metric="EPS")
    assert abs(eps.value - 0.18) < 1e-9
    assert eps.unit == "CNY"  # the currency the sentence named with its profit, not the share price's
    assert abs(one(facts, metric="dividend").value - 0.065) < 1e-9


def test_a_dividend_in_us_cents_is_read() -> None:
    facts = facts_of("遠帆人壽公布中期業績,新業務利潤5.2億美元,按年增加9%,中期派息4.35美分,按年增加11%。", "zh-Hant")
    dividend = one(facts, metric="dividend", change=None)
    assert abs(dividend.value - 0.0435) < 1e-9 and dividend.unit == "USD"


def test_cents_need_a_sum_per_share_before_them() -> None:
    assert parse_numbers("评审给出了27分,整场用时3分钟,占三分之一。") == []
    assert [m.raw for m in parse_numbers("每股收益27分,派息8.5分")] == ["27分", "8.5分"]


def test_a_report_table_row_holds_one_figure_a_column() -> None:
    row = "营业收入 766,210,403.25 -11.00 2,418,903,511.62 -3.01"
    assert [m.raw for m in parse_numbers(row)] == ["766,210,403.25", "-11.00", "2,418,903,511.62", "-3.01"]
    assert [(m.raw, m.value_high) for m in parse_numbers("毛利率预计为20%-22%")] == [("20%-22%", 22)]


def test_an_investment_yield_is_a_yield() -> None:
    facts = facts_of("期內,遠帆人壽淨投資收益312億元,增3%;年化總投資收益率3﹒4%,年化綜合投資收益率6﹒1%。", "zh-Hant")
    assert one(facts, value=3.4).metric == "yield"
    assert one(facts, value=6.1).metric == "yield"


def test_words_around_a_firm_are_no_part_of_its_name() -> None:
    text = (
        "星禾控股旗下兩大業務,分別為經營壽險業務的星禾人壽及經營財產保險業務的星禾產險。"
        "星禾控股整體投資收入為18.22億元,大幅增長1.2倍;而星禾人壽錄得的已實現投資收益為6.31億元。"
    )
    facts = facts_of(text, "zh-Hant")
    assert one(facts, value=1_822_000_000).subject in ("星禾控股", "company")
    assert one(facts, value=631_000_000).subject == "星禾人寿"


def test_a_sector_leader_is_named_without_its_title() -> None:
    text = (
        "三季度乳业市场延续调整态势\n\n近日,18家上市乳企三季度财报相继披露。\n\n"
        "行业龙头企业青原股份的业绩表现最具代表性。其前三季度营收达612.4亿元,同比增长2.1%。\n\n"
        "白川乳业前三季度营业收入98.2亿元,同比下降3%。"
    )
    assert one(facts_of(text), value=61_240_000_000).subject == "青原"


def test_a_broker_notes_first_three_quarters_are_one_span() -> None:
    facts = facts_of("青原股份发布2021年三季报,21Q1-3公司实现营业总收入612.40亿元,同比增长11.2%;21Q3实现营业总收入208.11亿元。")
    assert one(facts, value=61_240_000_000).period == "2021Q1-2021Q3"
    assert one(facts, value=20_811_000_000).period == "2021Q3"


def test_a_half_years_year_ago_figure_is_the_half_year_before() -> None:
    text = "星岚電力(00917)發布截至2023年6月30日止6個月的中期業績,取得收入210.32億港元,同比減少5.1%;股東應占盈利20.4億港元,去年同期則虧損12.15億港元。"
    prior = one(facts_of(text, "zh-Hant"), value=-1_215_000_000)
    assert prior.period == "2022Q1-2022Q2" and prior.basis == "prior"


def test_a_subsidiary_firms_profit_is_its_profit() -> None:
    text = (
        "星禾控股旗下兩大業務,分別為經營壽險業務的星禾人壽及經營財產保險業務的星禾產險。"
        "星禾人壽上半年盈利2.06億元,升12.5%;星禾產險的盈利則為310萬元。"
    )
    assert one(facts_of(text, "zh-Hant"), value=206_000_000).metric == "profit"


_REPORT_TABLE = (
    "2024年第三季度报告\n"
    "（一）主要会计数据和财务指标\n"
    "单位：元 币种：人民币\n"
    "项目 本报告期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 年初至报告期末比上年同期增减变动幅度(%)\n"
    "营业收入 512,330,118.20 -8.50 1,620,447,903.16 -2.75\n"
    "归属于上市公司股东的净利\n"
    "润 48,120,336.71 12.40 131,904,552.08 4.10\n"
    "归属于上市公司股东的扣除非经常性损益的净利润\n"
    "45,002,871.35 15.02 120,330,980.44 9.81\n"
    "经营活动产生的现金流量净额 不适用 不适用 66,271,005.90 -41.27\n"
    "基本每股收益(元/股) 0.1520 12.59 0.4166 4.12\n"
    "加权平均净资产收益率(%) 2.87 增加0.21个百分点 7.45 减少0.16个百分点\n"
    "本报告期末 上年度末 本报告期末比上年度末增减变动幅度(%)\n"
    "总资产 3,104,552,870.11 3,220,104,663.52 -3.59\n"
)


def test_a_quarterly_reports_table_is_read_by_its_columns() -> None:
    facts = facts_of(_REPORT_TABLE)
    revenue = one(facts, value=512_330_118.20)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "CNY", "2024Q3")
    ytd = one(facts, value=1_620_447_903.16)
    assert (ytd.metric, ytd.period) == ("revenue", "2024Q1-2024Q3")
    change = one(facts, value=-2.75)
    assert (change.metric, change.unit, change.change, change.period) == ("revenue", "%", "yoy", "2024Q1-2024Q3")
    assert one(facts, value=48_120_336.71).metric == "net income attributable to shareholders"  # its name wrapped over two lines
    assert one(facts, value=45_002_871.35).metric == "net income excluding non-recurring items"  # cells on the next line
    assert one(facts, value=0.4166).metric == "EPS"
    points = one(facts, value=-0.16)
    assert (points.metric, points.unit, points.change) == ("return on equity", "pp", "yoy")
    assert not [f for f in facts if f.metric == "operating cash flow" and f.period == "2024Q3"]  # "不适用"


def test_hong_kong_media_write_their_own_dollars_as_bare_yuan() -> None:
    text = (
        "星岚電力去年股東應佔盈利62.18億元,按年增長12.4%。\n\n"
        "去年本港能源業務營運盈利增加1.1%,達41.07億元。"
    )
    facts = facts_of(text, "zh-Hant")
    assert one(facts, value=6_218_000_000).unit == "HKD"


def test_an_amount_with_its_own_rate_in_brackets_is_a_level() -> None:
    text = "收入结构变化 - 三家银行利息净收入均同比下降 青原银行利息净收入812.40亿元(降1.20%) 白川银行605.11亿元(降2.05%)"
    facts = facts_of(text)
    level = one(facts, value=81_240_000_000)
    assert (level.metric, level.change) == ("net interest income", None)
    assert one(facts, value=-1.2).change == "yoy"
