"""Chinese plans, brands and ranges: a figure a company strives for is its target for the year it names, a floor
written "不低于" is a floor (the figure or more), a brand named after "旗下品牌" is the figure's subject without those
words, a buyback a company intends is its plan and one carried out a buyback, a product family
is named by its brand, and a range's scale written once applies to both ends.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import build

HEAD = "青禾食品(603999):2025年三季报点评\n\n2025年前三季度公司实现营业收入22.90亿元,同比增长4.7%。\n\n"


def facts_of(text: str) -> tuple[Fact, ...]:
    return run(build(HEAD + text))


def every_fact_of(text: str) -> tuple[Fact, ...]:
    """Every fact, those withheld by default too (a figure whose span its sentence leaves unread, under a head that
    names one, is withheld): how a name is read, whatever the period."""
    return run(build(HEAD + text), Options(all_facts=True)).facts


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.period) for f in facts])
    return hits[0]


def test_a_figure_the_company_strives_for_is_its_target_for_the_year_named() -> None:
    target = one(facts_of("公司力争到2027年实现营业收入50亿元。"), value=5_000_000_000)
    assert target.metric == "revenue guidance"
    assert target.period == "2027"


def test_the_years_actual_figure_stays_an_actual() -> None:
    actual = one(facts_of("公司力争到2027年实现营业收入50亿元。"), value=2_290_000_000)
    assert actual.metric == "revenue"


def test_a_floor_written_not_below_is_the_figure_or_more() -> None:
    dividend = one(facts_of("公司承诺未来三年每年现金分红不低于2亿元。"), value=200_000_000)
    assert dividend.metric == "dividend"
    assert dividend.qualifier == "over"


def test_a_ceiling_written_not_above_is_the_figure_or_less() -> None:
    buyback = one(facts_of("公司拟以自有资金回购股份,回购金额不高于1亿元。"), value=100_000_000)
    assert buyback.qualifier == "under"


def test_a_brand_after_its_owner_words_is_named_alone() -> None:
    brand = one(every_fact_of("旗下品牌青禾优选实现营收5.2亿元,同比增长10%。"), value=520_000_000)
    assert brand.subject == "青禾优选"
    assert brand.metric == "revenue"


def test_a_product_family_is_named_by_its_brand() -> None:
    family = one(every_fact_of("青禾系列产品收入3.1亿元,同比增长8%。"), value=310_000_000)
    assert family.subject == "青禾"


def test_a_family_word_stays_when_the_brand_alone_is_no_chinese_name() -> None:
    assert one(every_fact_of("Mate系列产品收入3.1亿元。"), value=310_000_000).subject == "Mate系列产品"
    assert one(every_fact_of("茶系列产品收入3.1亿元。"), value=310_000_000).subject == "茶系列产品"


def test_a_ranges_scale_written_once_applies_to_both_ends() -> None:
    capex = one(facts_of("公司预计全年资本开支3至5亿元。"), value=300_000_000)
    assert capex.value_high == 500_000_000
    volume = one(facts_of("公司预计全年销量1.2至1.5万辆。"), value=12_000)
    assert volume.value_high == 15_000
    assert volume.metric == "volumes guidance"


def test_a_buyback_the_company_intends_is_a_plan_and_one_done_is_a_buyback() -> None:
    planned = one(facts_of("公司拟回购股份金额为1亿元至2亿元。"), value=100_000_000)
    assert planned.metric == "buyback authorization"
    assert planned.value_high == 200_000_000
    done = one(facts_of("公司已完成回购股份金额1.5亿元。"), value=150_000_000)
    assert done.metric == "buyback"
