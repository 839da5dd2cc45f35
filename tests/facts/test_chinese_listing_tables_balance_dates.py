"""Chinese pages: a listing announcement's table whose heads name a balance date and the span ending on it.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


LISTING = (
    "证券简称：青屿电子　证券代码：603871\n\n"
    "青屿电子股份有限公司首次公开发行股票主板上市公告书\n\n"
    "一、主要会计数据及财务指标\n\n"
    "单位：万元\n\n"
    "项目 2025年6月30日/2025年1-6月 2024年12月31日/2024年度 2023年12月31日/2023年度\n\n"
    "资产总额 95,210.40 90,118.25 81,604.77\n\n"
    "营业收入 41,806.12 80,214.63 72,509.38\n"
)


def test_a_slashed_head_gives_each_column_its_span_and_a_balance_its_end() -> None:
    facts = run(ingest(LISTING)).facts
    half = one(facts, metric="revenue", period="2025Q1-2025Q2")
    assert (half.subject, half.value, half.unit, half.basis) == ("青屿电子", 418061200.0, "CNY", None)
    year = one(facts, metric="revenue", period="2024")
    assert (year.value, year.basis) == (802146300.0, "prior")
    assets = one(facts, metric="total assets", value=952104000.0)
    assert (assets.period, assets.basis) == ("2025Q2", None)
    assert one(facts, metric="total assets", value=816047700.0).period == "2023"


DEAL = (
    "中证网 > 公司 > 公司新闻\n\n"
    "溪川股份拟收购云帆精密55%股权\n\n"
    "2025-11-20 20:05　来源：中证网\n\n"
    "溪川股份（603877）11月20日晚间公告，公司拟以发行股份及支付现金的方式购买苏州云帆精密股份有限公司（以下简称“云帆精密”）"
    "55%股权。\n\n"
    "财务数据显示，云帆精密2023年、2024年及2025年1-9月营业收入分别为6.12亿元、7.05亿元和5.83亿元。截至2025年9月30日，"
    "云帆精密总资产为9.46亿元。\n\n"
    "交易对方承诺，云帆精密2026年至2028年净利润分别不低于0.80亿元、0.90亿元和1.00亿元。\n\n"
    "溪川股份前三季度实现营业收入21.37亿元，同比增长5.6%。\n"
)


def test_a_list_of_periods_ending_in_a_span_gives_each_figure_its_period() -> None:
    facts = run(ingest(DEAL)).facts
    assert one(facts, value=612000000.0).period == "2023"
    assert one(facts, value=705000000.0).period == "2024"
    assert one(facts, value=583000000.0).period == "2025Q1-2025Q3"


def test_a_firm_a_filing_gives_a_short_name_is_the_subject_of_its_figures() -> None:
    facts = run(ingest(DEAL)).facts
    assert one(facts, value=705000000.0).subject == "云帆精密"
    assets = one(facts, metric="total assets")
    assert (assets.subject, assets.value, assets.period) == ("云帆精密", 946000000.0, "2025Q3")
    own = one(facts, value=2137000000.0)
    assert own.subject in ("溪川", "溪川股份") and (own.metric, own.period) == ("revenue", "2025Q1-2025Q3")


def test_a_stake_bought_and_the_sellers_promised_profits_are_no_facts() -> None:
    facts = run(ingest(DEAL)).facts
    assert not [f for f in facts if f.value == 55 and f.unit == "%"]
    assert not [f for f in facts if f.value in (80000000.0, 90000000.0, 100000000.0)]


INCENTIVE = (
    "证券代码：300791　证券简称：岭川测控　公告编号：2025-061\n\n"
    "2025年限制性股票激励计划（草案）摘要\n\n"
    "一、本激励计划拟授予的限制性股票数量为240.00万股，约占本激励计划草案公告时公司股本总额9,600.00万股的2.50%。\n\n"
    "归属期 考核年度 业绩考核目标\n\n"
    "第一个归属期 2026年 营业收入增长率不低于18%\n\n"
    "第二个归属期 2027年 营业收入增长率不低于36%\n\n"
    "公司2024年实现营业收入5.41亿元，同比增长9.3%。\n"
)


def test_a_share_plans_vesting_targets_and_its_part_of_the_share_capital_are_no_facts() -> None:
    facts = run(ingest(INCENTIVE)).facts
    assert not [f for f in facts if f.value in (18, 36, 2.5) and f.unit == "%"]
    revenue = one(facts, value=541000000.0)
    assert (revenue.metric, revenue.period) == ("revenue", "2024")


HOLDINGS = (
    "自由財經 > 金融\n\n"
    "公股金控11月獲利出爐 嘉禾金前11月EPS達1.21元\n\n"
    "2025/12/10 05:30\n\n"
    "〔記者王小明／台北報導〕公股金控11月自結獲利昨（9）日出爐，嘉禾金（2896）11月稅後盈餘20.14億元，累計前11月稅後盈餘"
    "241.60億元，每股稅後盈餘1.21元。\n\n"
    "岳川金（2894）自結11月稅後盈餘15.36億元，月減3.1%。\n\n"
    "另外，民營的晟泰金（2898）前11月累計稅後盈餘已達388.2億元。\n"
)


def test_financial_holding_companies_months_name_each_firm_and_its_eps() -> None:
    facts = run(ingest(HOLDINGS)).facts
    title = one(facts, paragraph=2)
    assert (title.subject, title.metric, title.period) == ("嘉禾金", "EPS", "2025-01-2025-11")
    eps = one(facts, paragraph=4, metric="EPS")
    assert (eps.subject, eps.value, eps.unit) == ("嘉禾金", 1.21, "TWD")
    assert one(facts, value=1536000000.0).subject == "岳川金"
    assert one(facts, value=38820000000.0).subject == "晟泰金"


MONTHLY = (
    "嘉鸿电子11月营收出炉\n\n"
    "2025/12/10 05:30\n\n"
    "嘉鸿电子（2497）11月营收18.42亿元，前11月累计196.75亿元，年增12.8%。\n"
)


def test_a_running_total_after_a_months_figure_keeps_the_months_metric() -> None:
    facts = run(ingest(MONTHLY)).facts
    total = one(facts, value=19675000000.0)
    assert (total.subject, total.metric, total.period, total.change) == ("嘉鸿电子", "revenue", "2025-01-2025-11", None)
