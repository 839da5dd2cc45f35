"""The currency a document says it reports in, carried to its bare "$" and its figures written without a currency:
a Canadian landlord's dollars are Canadian, an Australian miner's Australian, a Hong Kong company's 元 Hong Kong
dollars; a currency named only about exchange rates states nothing.

Calls and pages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from finbrief.facts import identify, identity_json, run
from finbrief.model import Fact

from .builders import build

CANADIAN_REIT = """Maplewood Industrial REIT Third Quarter 2025 Results Conference Call
Operator: Good morning and welcome to the Maplewood Industrial REIT third quarter 2025 conference call.
Leah Moreau: Thank you. All amounts discussed today are in Canadian dollars unless otherwise noted.
Leah Moreau: Net operating income for the third quarter was $48.6 million, up 7.2% from the same quarter last year.
Leah Moreau: Our US portfolio generated US$12.1 million of net operating income in the quarter.
"""

AUSTRALIAN_MINER = """Redgum Minerals Half Year 2025 Results Call
Operator: Welcome to the Redgum Minerals half year results call.
Tom Avery: Unless otherwise stated, all figures are in A$.
Tom Avery: Underlying EBITDA for the half was $1.24 billion, up 11% on the prior half.
Tom Avery: Copper sold at an average of US$4.10 per pound.
"""

US_WITH_FX = """Harborline Foods Third Quarter 2025 Earnings Call
Operator: Welcome to the Harborline Foods third quarter 2025 earnings call.
Dana Price: Revenue for the quarter was $612.4 million, up 5% year over year.
Dana Price: The weaker Canadian dollar reduced revenue by $4.1 million; our results in Canadian dollars were flat.
"""

HK_PAGE = """海澄控股公布2025年中期业绩
除另有说明外，本公告所载金额均以港元列示。
期内营业收入为12.5亿元，同比增长8%。
"""


def one(facts: Sequence[Fact], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit) for f in facts])
    return hits[0]


def test_a_canadian_landlord_s_dollars_are_canadian() -> None:
    d = build(CANADIAN_REIT, "en")
    assert identify(d).currency == "CAD"
    assert identify(d).dollar == "CAD"
    assert identity_json(identify(d))["dollar"] == "CAD"  # what `finbrief parse --format json` prints
    assert one(run(d), value=48_600_000).unit == "CAD"


def test_us_dollars_named_as_such_stay_us_dollars() -> None:
    assert one(run(build(CANADIAN_REIT, "en")), value=12_100_000).unit == "USD"


def test_an_australian_miner_s_dollars_are_australian() -> None:
    d = build(AUSTRALIAN_MINER, "en")
    assert identify(d).dollar == "AUD"
    assert one(run(d), value=1_240_000_000).unit == "AUD"


def test_a_currency_named_only_about_exchange_rates_states_nothing() -> None:
    d = build(US_WITH_FX, "en")
    assert (identify(d).currency, identify(d).dollar) == ("USD", "USD")
    assert one(run(d), value=612_400_000).unit == "USD"


def test_a_hong_kong_company_s_bare_yuan_are_the_hong_kong_dollars_it_reports_in() -> None:
    d = build(HK_PAGE)
    assert identify(d).currency == "HKD"
    assert one(run(d), value=1_250_000_000).unit == "HKD"


def test_a_table_s_unit_line_states_the_currency() -> None:
    d = build("晨曦资源（股份代号：略）全年业绩摘要\n单位：千港元\n收入 1,250,000\n", "zh-Hans")
    assert identify(d).currency == "HKD"


def test_a_chinese_page_in_renminbi_keeps_its_yuan_and_its_dollar() -> None:
    d = build("星宇集团公布第三季度业绩\n单位：万元 币种：人民币\n营业收入350.2亿元，同比增长8.8%。\n")
    assert (identify(d).currency, identify(d).dollar) == ("CNY", "USD")
