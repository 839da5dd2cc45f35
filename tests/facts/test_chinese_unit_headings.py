"""On a Chinese page a heading line that names a part of the business ("一、储能业务", "（二）海外市场") gives the
bare figures under it to that part, until a heading at its level or above; "该业务" and "上述业务" point back at
the part last named, a sentence of the whole company's total is the company's."""

from __future__ import annotations

from finbrief.facts import Fact, run

from .builders import ingest

PAGE = """澄岭科技2025年半年度业绩快报

2025年上半年，公司实现营业收入35.2亿元，同比增长18%。

一、储能业务

营业收入8.6亿元，同比增长12%。毛利率为21%。

二、光伏组件业务

报告期内，该业务实现营业收入12.4亿元，同比下降5%。该业务毛利率为15.3%。

三、财务状况

经营活动产生的现金流量净额为4.2亿元。
"""
"""A fictional firm's results flash whose numbered headings name its units."""

SUB_PAGE = """澄岭科技2025年半年度业绩快报

2025年上半年，公司实现营业收入35.2亿元。

（一）海外市场

收入5.1亿元，同比增长40%。

（二）储能业务

上述业务毛利率为23%。两项业务合计实现收入13.7亿元。
"""
"""Second-level headings, a back-reference by 上述业务 and a total of both units."""

BARE_PAGE = """澄岭科技2025年半年度业绩快报

2025年上半年，公司实现营业收入35.2亿元。

户用储能业务

营业收入6.3亿元，同比增长9%。

风险提示

毛利率为19%。
"""
"""Headings with no numbers: a unit's line, then a section label that ends it."""

WHOLE_PAGE = """澄岭科技2025年半年度业绩快报

一、主营业务

2025年上半年，营业收入35.2亿元，同比增长18%。
"""
"""A heading of the whole business: no one unit."""


def _by_value(page: str) -> dict[float, Fact]:
    return {f.value: f for f in run(ingest(page))}


def test_a_numbered_unit_heading_names_the_subject_of_the_bare_figures_under_it() -> None:
    facts = _by_value(PAGE)
    assert facts[8.6e8].subject == "储能业务"
    assert facts[8.6e8].metric == "revenue"
    assert facts[21].subject == "储能业务"
    assert facts[1.24e9].subject == "光伏组件业务"
    assert facts[3.52e9].subject != "储能业务"  # the figures above the first heading stay the company's


def test_a_heading_at_the_same_level_ends_the_units_section() -> None:
    facts = _by_value(PAGE)
    assert facts[4.2e8].metric == "operating cash flow"
    assert facts[4.2e8].subject not in ("储能业务", "光伏组件业务")


def test_a_repeated_back_reference_points_at_the_unit_not_at_itself() -> None:
    facts = _by_value(PAGE)
    assert facts[15.3].subject == "光伏组件业务"  # "…该业务实现营业收入…。该业务毛利率为15.3%"


def test_second_level_headings_and_a_back_reference_by_shangshu() -> None:
    facts = _by_value(SUB_PAGE)
    assert facts[5.1e8].subject == "海外市场"
    assert facts[23].subject == "储能业务"
    assert facts[23].metric == "gross margin"


def test_a_total_of_the_units_is_not_the_sections_unit() -> None:
    facts = _by_value(SUB_PAGE)
    assert facts[1.37e9].subject not in ("储能业务", "海外市场")


def test_an_unnumbered_unit_line_carries_until_a_section_label() -> None:
    facts = _by_value(BARE_PAGE)
    assert facts[6.3e8].subject == "户用储能业务"
    assert facts[19].subject != "户用储能业务"


def test_a_heading_of_the_whole_business_names_no_unit() -> None:
    facts = _by_value(WHOLE_PAGE)
    assert facts[3.52e9].subject != "主营业务"


TOPIC_PAGE = """澄岭科技2025年半年度业绩快报

2025年上半年，公司实现营业收入35.2亿元。

1、储能业务经营情况：

营业收入8.6亿元，同比增长12%。

2、经营情况

毛利率为23%。
"""
"""A heading that names the unit and then what its section tells of it."""


def test_a_heading_naming_a_unit_and_its_topic_gives_the_unit() -> None:
    facts = _by_value(TOPIC_PAGE)
    assert facts[8.6e8].subject == "储能业务"
    assert facts[23].subject != "储能业务"  # "2、经营情况": the next heading at its level ends the unit's section
