"""Chinese figures written in a physical measure (tonnes, kilowatts, barrels) are never money, and a flash roll's
"<firm>：<announcement>" line gives its figures to that firm.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts import run
from finbrief.facts.numbers import parse_numbers, physical_unit_after
from finbrief.model import Fact
from finbrief.options import Options

from .builders import build

ALL = Options(all_facts=True)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


MEASURES = ["吨", "万吨", "千瓦", "万千瓦", "兆瓦", "GW", "GWh", "MW", "桶", "亩", "公斤", "立方米", "盎司"]


@settings(max_examples=120, deadline=None)
@given(
    whole=st.integers(1, 999),
    scale=st.sampled_from(["万", "亿", "千"]),
    measure=st.sampled_from(MEASURES),
)
def test_a_scaled_figure_written_in_a_physical_measure_is_a_quantity(whole: int, scale: str, measure: str) -> None:
    text = f"拟建设年产{whole}{scale}{measure}的生产线"
    figures = [m for m in parse_numbers(text) if m.raw.startswith(str(whole))]
    assert figures and all(m.currency is None for m in figures)
    assert physical_unit_after(text, figures[0])


@settings(max_examples=60, deadline=None)
@given(whole=st.integers(1, 999), tail=st.sampled_from(["元", "亿元", "万元", "亿美元"]))
def test_money_is_never_read_as_a_measure(whole: int, tail: str) -> None:
    text = f"拟投资{whole}{tail}建设生产线"
    figures = parse_numbers(text)
    assert figures and not physical_unit_after(text, figures[0])


def test_a_bare_scaled_figure_before_no_measure_is_not_a_measure() -> None:
    text = "公司拟投资5亿升级设备"
    assert not physical_unit_after(text, parse_numbers(text)[0])


def test_tonnes_of_output_are_no_investment_on_a_page_with_no_company() -> None:
    facts = run(build("南岳新材：拟投资8亿元建设年产5万吨锂电正极材料项目\n"), ALL).facts
    assert [(f.value, f.unit) for f in facts if f.unit == "CNY"] == [(800_000_000, "CNY")]
    assert not [f for f in facts if f.value == 50_000]


def test_kilowatts_and_barrels_are_never_amounts_of_money() -> None:
    d = build(
        "证券代码：600812　　证券简称：岚峰能源　　公告编号：2026-014\n"
        "公司拟投资20亿元建设装机容量120万千瓦的风电项目，并配套5千瓦试验站。\n"
        "公司计划投资3亿元扩建储油设施，新增库容80万桶。\n"
    )
    facts = run(d, ALL).facts
    assert sorted(f.value for f in facts if f.unit == "CNY") == [300_000_000, 2_000_000_000]
    assert not [f for f in facts if f.value in (1_200_000, 5_000, 800_000)]


def test_a_scaled_figure_with_no_measure_after_an_investment_is_still_money() -> None:
    d = build(
        "证券代码：600812　　证券简称：岚峰能源　　公告编号：2026-014\n"
        "公司拟投资3亿扩建产线。\n"
    )
    assert one(run(d, ALL).facts, value=300_000_000).unit == "CNY"


def test_a_flash_roll_s_firm_headline_gives_its_announcement_to_the_firm() -> None:
    d = build(
        "快讯\n"
        "\n"
        "南岳新材：拟投资8亿元建设年产5万吨锂电正极材料项目\n"
        "\n"
        "澄江化工：拟回购不超过2亿元股份\n"
    )
    facts = run(d, ALL).facts
    assert one(facts, value=800_000_000).subject == "南岳新材"
    assert one(facts, value=200_000_000).subject == "澄江化工"


def test_a_headline_of_a_firm_in_a_company_s_own_notice_keeps_the_company() -> None:
    d = build(
        "证券代码：002917　　　　证券简称：澄川精工　　　　公告编号：2025-021\n"
        "\n"
        "南岳新材：拟投资8亿元建设正极材料项目\n"
    )
    assert one(run(d, ALL).facts, value=800_000_000).subject == "澄川精工"


def test_a_bare_company_word_before_the_colon_names_no_firm() -> None:
    facts = run(build("公司：拟投资8亿元建设正极材料项目\n"), ALL).facts
    assert one(facts, value=800_000_000).subject == "company"
