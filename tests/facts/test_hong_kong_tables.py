"""Hong Kong results announcements: a table headed by its two periods in Chinese digits under a unit line
("項目 二零二五年上半年 二零二四年上半年 變動 %" under "單位：人民幣千元"), and a head that states the year
reported by the day it ended ("截至二零二五年十二月三十一日止年度").

Pages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build

_HEAD = "翠嶺物業服務集團有限公司\n（股份代號：06618）\n"


def facts_of(text: str) -> tuple[Fact, ...]:
    return run(build(text, "zh-Hant"))


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.raw, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_INTERIM = (
    _HEAD
    + "截至二零二五年六月三十日止六個月之中期業績公告\n"
    "財務摘要\n"
    "單位：人民幣千元\n"
    "項目 二零二五年上半年 二零二四年上半年 變動 %\n"
    "（未經審核） （未經審核）\n"
    "收益 1,532,406 1,398,215 9.6\n"
    "毛利率（%） 23.0 24.1 (1.1)\n"
    "本公司擁有人應佔溢利 120,517 131,880 (8.6)\n"
    "每股基本盈利（人民幣分） 12.05 13.19 (8.6)\n"
    "‧ 董事會不建議派發中期股息，毛利約為人民幣352.1百萬元，較二零二四年同期增加約4.5%。\n"
)


def test_a_two_period_table_gives_each_row_its_current_and_prior_half() -> None:
    facts = facts_of(_INTERIM)
    revenue = one(facts, value=1_532_406_000)
    assert (revenue.metric, revenue.unit, revenue.period, revenue.basis) == ("revenue", "CNY", "2025Q1-2025Q2", None)
    prior = one(facts, value=1_398_215_000)
    assert (prior.metric, prior.period, prior.basis) == ("revenue", "2024Q1-2024Q2", "prior")
    change = one(facts, value=9.6)
    assert (change.metric, change.unit, change.change, change.period) == ("revenue", "%", "yoy", "2025Q1-2025Q2")


def test_bracketed_changes_fall_and_a_ratio_moves_in_points() -> None:
    facts = facts_of(_INTERIM)
    profit = one(facts, value=-8.6, metric="net income attributable to shareholders")
    assert (profit.unit, profit.change, profit.raw) == ("%", "yoy", "8.6")
    margin = one(facts, value=-1.1)
    assert (margin.metric, margin.unit, margin.change) == ("gross margin", "pp", "yoy")
    assert one(facts, value=24.1).basis == "prior"


def test_earnings_per_share_in_cents_are_a_hundredth_of_the_currency() -> None:
    facts = facts_of(_INTERIM)
    eps = one(facts, metric="EPS", period="2025Q1-2025Q2", change=None)
    assert (eps.value, eps.unit) == (0.1205, "CNY")
    assert one(facts, metric="EPS", period="2024Q1-2024Q2").value == 0.1319


def test_a_sentence_after_the_table_is_read_as_text() -> None:
    facts = facts_of(_INTERIM)
    gross = one(facts, value=352_100_000)
    assert (gross.metric, gross.period) == ("gross profit", "2025Q1-2025Q2")
    assert one(facts, value=4.5).change == "yoy"


def test_bare_years_in_an_interim_head_are_the_halves_reported() -> None:
    text = _INTERIM.replace("二零二五年上半年 二零二四年上半年", "二零二五年 二零二四年")
    facts = facts_of(text)
    assert one(facts, value=1_532_406_000).period == "2025Q1-2025Q2"
    assert one(facts, value=1_398_215_000).period == "2024Q1-2024Q2"


def test_a_head_of_periods_not_a_year_apart_reads_no_table() -> None:
    text = _INTERIM.replace("二零二四年上半年", "二零二五年下半年")
    facts = facts_of(text)
    assert not [f for f in facts if f.value in (1_532_406_000, 1_398_215_000, 9.6)]


_ANNUAL = (
    _HEAD
    + "截至二零二五年十二月三十一日止年度之全年業績公告\n"
    "財務摘要\n"
    "‧ 收益約為人民幣3,102.6百萬元，較二零二四年增加約9.0%。\n"
    "單位：人民幣千元\n"
    "項目 二零二五年 二零二四年 變動(%)\n"
    "收益 3,102,550 2,845,210 9.0\n"
    "本公司擁有人應佔溢利 250,318 262,007 (4.5)\n"
)


def test_a_year_stated_by_its_last_day_in_chinese_digits_is_the_period_reported() -> None:
    doc = build(_ANNUAL, "zh-Hant")
    assert identify(doc).fiscal_year_end_month == 12
    facts = run(doc)
    assert one(facts, raw="人民幣3,102.6百萬元").period == "2025"
    assert one(facts, value=3_102_550_000).period == "2025"
    prior = one(facts, value=262_007_000)
    assert (prior.metric, prior.period, prior.basis) == ("net income attributable to shareholders", "2024", "prior")


def test_a_june_year_stated_in_chinese_digits_is_that_fiscal_year() -> None:
    text = _HEAD + "截至二零二五年六月三十日止年度之全年業績公告\n‧ 收益約為人民幣3,102.6百萬元，按年增加約9.0%。\n"
    doc = build(text, "zh-Hant")
    assert identify(doc).fiscal_year_end_month == 6
    assert one(run(doc), raw="人民幣3,102.6百萬元").period == "2025"


_STATEMENT = (
    _HEAD
    + "截至二零二五年六月三十日止六個月之中期業績公告\n"
    "簡明綜合損益表\n"
    "截至六月三十日止六個月\n"
    "附註 二零二五年 二零二四年\n"
    "人民幣千元 人民幣千元\n"
    "（未經審核） （未經審核）\n"
    "收益 4 1,532,406 1,398,215\n"
    "銷售成本 (1,180,288) (1,061,311)\n"
    "其他收入 5 12,406 -\n"
    "期內溢利 128,733 140,021\n"
    "每股盈利（人民幣分）\n"
    "－基本 12.05 13.19\n"
    "中期股息（每股港仙） 4.0 4.5\n"
    "於二零二五年六月三十日 於二零二四年十二月三十一日 變動(%)\n"
    "總資產 5,120,332 4,880,115 4.9\n"
)


def test_a_statement_s_note_column_and_unit_row_are_read_with_its_rows() -> None:
    facts = facts_of(_STATEMENT)
    revenue = one(facts, value=1_532_406_000)
    assert (revenue.metric, revenue.period) == ("revenue", "2025Q1-2025Q2")
    assert one(facts, value=128_733_000).metric == "net income"
    # a cost in brackets is a deduction, not a negative cost
    cost = one(facts, value=1_180_288_000)
    assert (cost.metric, cost.raw) == ("cost of revenue", "1,180,288")
    assert one(facts, metric="EPS", period="2024Q1-2024Q2").value == 0.1319
    dividend = one(facts, metric="dividend", period="2025Q1-2025Q2")
    assert (dividend.value, dividend.unit) == (0.04, "HKD")


def test_a_row_naming_more_than_a_metric_gives_no_fact() -> None:
    """"其他收入" is other income, not revenue."""
    facts = facts_of(_STATEMENT)
    assert not [f for f in facts if f.value in (12_406_000, 12_406)]


def test_balances_at_two_days_change_over_the_year_to_date_and_need_a_unit() -> None:
    facts = facts_of(_STATEMENT)
    change = one(facts, value=4.9)
    assert (change.metric, change.change, change.period) == ("total assets", "ytd", "2025Q2")
    # no unit line above this table, no unit row under its head: its amounts are not read
    assert not [f for f in facts if f.metric == "total assets" and f.unit != "%"]


_HIGHLIGHTS = (
    _HEAD
    + "截至二零二五年十二月三十一日止年度之全年業績公告\n"
    "財務摘要\n"
    "項目 二零二五年 二零二四年 變動(%)\n"
    "收益（人民幣百萬元） 3,102.6 2,845.2 9.0\n"
    "毛利率（%） 23.0 24.1 (1.1)個百分點\n"
    "淨利率（%） 8.1 9.2 -1.1個百分點\n"
    "末期股息（每股港仙） 6.0 5.5 9.1\n"
)


def test_a_row_s_own_unit_scales_its_amounts() -> None:
    facts = facts_of(_HIGHLIGHTS)
    revenue = one(facts, value=3_102_600_000)
    assert (revenue.metric, revenue.unit, revenue.period) == ("revenue", "CNY", "2025")
    assert one(facts, value=2_845_200_000).basis == "prior"


def test_a_change_written_in_points_is_a_move_of_the_rate() -> None:
    facts = facts_of(_HIGHLIGHTS)
    gross = one(facts, metric="gross margin", unit="pp")
    assert (gross.value, gross.change, gross.period) == (-1.1, "yoy", "2025")
    net = one(facts, metric="net margin", unit="pp")
    assert (net.value, net.raw) == (-1.1, "1.1個百分點")


def test_a_final_dividend_in_hong_kong_cents() -> None:
    facts = facts_of(_HIGHLIGHTS)
    dividend = one(facts, metric="dividend", period="2025", change=None)
    assert (dividend.value, dividend.unit) == (0.06, "HKD")


def test_bare_years_before_the_interim_s_own_year_stay_whole_years() -> None:
    text = _INTERIM.replace("二零二五年上半年 二零二四年上半年", "二零二四年 二零二三年")
    facts = facts_of(text)
    assert one(facts, value=1_532_406_000).period == "2024"
    assert one(facts, value=1_398_215_000).period == "2023"
