"""Chinese figures whose status or period comes from words around them: a target the company sets itself, a
unit line over a table, dividend part lines under their heading.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build, ingest

INTERVIEW = "专访岚舟医疗（300999）董事长：海外市场继续扩张\n"


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_share_the_company_aims_for_is_a_target_not_guidance() -> None:
    d = build(INTERVIEW + "前三季度海外收入占比约31%。我们的目标是2026年海外收入占比超过45%。\n", "zh-Hans")
    fact = one(run(d).facts, value=45.0)
    assert fact.metric == "share of revenue target"
    assert fact.period == "2026" and fact.qualifier == "over"


def test_a_margin_to_strive_for_is_a_target_and_an_expected_growth_stays_guidance() -> None:
    d = build(INTERVIEW + "公司预计2025年营业收入增长18%。力争2026年毛利率达到52%。\n", "zh-Hans")
    facts = run(d).facts
    assert one(facts, value=18.0).metric == "revenue guidance"
    assert one(facts, value=52.0).metric == "gross margin target"


PREVIEW = (
    "证券代码：002999        证券简称：岚舟科技        公告编号：2026-003\n"
    "深圳岚舟科技股份有限公司\n"
    "2025年度业绩预告\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n\n"
    "项目 本会计年度 上年同期\n"
    "归属于上市公司股东的净利润 盈利：18,000万元–21,000万元 盈利：12,345.67万元\n"
    "扣除非经常性损益后的净利润 盈利：16,500万元–19,000万元 盈利：11,234.56万元\n"
    "基本每股收益 盈利：0.45元/股–0.52元/股 盈利：0.31元/股\n"
)


def test_every_row_of_a_preannouncement_table_keeps_its_prior_year_cell() -> None:
    facts = run(ingest(PREVIEW)).facts
    core = one(facts, raw="11,234.56万元")
    assert core.metric == "net income excluding non-recurring items"
    assert core.period == "2024" and core.basis == "prior" and core.value == 112345600.0
    assert core.evidence in PREVIEW
    eps = one(facts, raw="0.31元")
    assert eps.metric == "EPS" and eps.period == "2024" and eps.basis == "prior" and eps.value == 0.31
    assert one(facts, raw="12,345.67万元").basis == "prior"


def test_a_unit_line_naming_its_currency_first_scales_the_table_under_it() -> None:
    page = (
        "岚舟科技2025年第三季度报告\n\n"
        "单位：人民币千元\n"
        "项目 本报告期 上年同期 增减变动幅度(%)\n"
        "营业收入 86,420.35 72,318.77 19.50\n"
    )
    facts = run(ingest(page)).facts
    revenue = one(facts, raw="86,420.35")
    assert revenue.metric == "revenue" and revenue.unit == "CNY" and revenue.value == 86_420_350.0
    assert one(facts, raw="72,318.77").value == 72_318_770.0


def test_a_traditional_unit_line_in_another_currency_gives_that_currency() -> None:
    page = (
        "岚舟科技2025年第三季度报告\n\n"
        "單位：美元萬元\n"
        "項目 本報告期 上年同期 增減變動幅度(%)\n"
        "營業收入 86,420.35 72,318.77 19.50\n"
    )
    revenue = one(run(ingest(page)).facts, raw="86,420.35")
    assert revenue.unit == "USD" and revenue.value == 864_203_500.0


def test_dividend_part_lines_take_the_interim_and_the_final_period_of_the_reports_year() -> None:
    page = (
        "岚舟控股有限公司\n截至2025年12月31日止年度的全年業績公告\n\n"
        "每股股息\n中期：每股8.0港仙\n末期：每股12.5港仙\n"
    )
    facts = run(ingest(page)).facts
    interim = one(facts, raw="8.0港仙")
    assert interim.metric == "dividend" and interim.unit == "HKD" and interim.period == "2025Q1-2025Q2"
    final = one(facts, raw="12.5港仙")
    assert final.metric == "dividend" and final.period == "2025"
