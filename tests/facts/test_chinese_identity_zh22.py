"""A Chinese page's company is the name written with its listing code, never the code; a broker's note names
its company in its title or its digest's first key point; "今年以来" after the month a paragraph reports runs
from January to that month.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        # the name, then the code with its exchange
        "10月29日,云杉电气(600998.SH)披露了2025年三季度财报。前三季度,公司实现营收120.5亿元,同比增长12.3%。\n"
        "云杉电气第三季度营收45.1亿元,同比增长15.2%。\n",
        # a descriptor before the name: the name the page writes again
        "电网设备龙头云杉电气(600998)公布三季报,前三季度实现营收120.5亿元,同比增长12.3%。\n"
        "云杉电气第三季度营收45.1亿元。\n",
        # the code in a label after the name
        "云杉电气（股票代码：600998）发布公告,前三季度实现营收120.5亿元,同比增长12.3%。\n"
        "云杉电气第三季度单季营收45.1亿元。\n",
        # the code heading the title
        "600998.SH 云杉电气：三季度营收同比增长15.2%\n前三季度公司实现营收120.5亿元,同比增长12.3%。\n",
    ],
)
def test_a_code_written_with_a_name_gives_the_name_as_company(text: str) -> None:
    sheet = identify(build(text, "zh-Hans"))
    assert (sheet.company, sheet.ticker) == ("云杉电气", "600998")
    facts = run(build(text, "zh-Hans"))
    assert one(facts, value=12_050_000_000).subject == "云杉电气"


def test_a_hong_kong_wire_in_traditional_script_names_the_firm_not_its_code() -> None:
    text = (
        "《財經通訊社專訊》青禾汽車(01899)公布,截至9月30日止第三季純利約16億元(人民幣.下同),升11%。\n"
        "該集團指,首三季純利42億元,升18%。\n"
    )
    sheet = identify(build(text, "zh-Hant"))
    assert sheet.company == "青禾汽車"
    assert "01899" in sheet.names


def test_a_year_heading_a_title_is_no_listing_code() -> None:
    sheet = identify(build("2025 年度报告：营收稳健\n公司全年营收120.5亿元,同比增长3.1%。\n", "zh-Hans"))
    assert sheet.ticker is None
    assert sheet.company != "年度报告"


@pytest.mark.parametrize(
    "text",
    [
        "【云杉电气】2025年中报点评：二季度盈利创新高\n"
        "投资要点：公司上半年实现营业收入88.20亿元,同比增长12.40%;归母净利润9.60亿元,同比增长18.10%。\n",
        "云杉电气2025年三季报点评：盈利能力持续改善\n公司前三季度实现营业收入130.50亿元,同比增长10.20%。\n",
        "报告公司投资评级 - 增持(维持) 报告的核心观点 - 云杉电气 2025 年 Q2 业绩同比高增,单 Q2 营收 52.30 亿元,"
        "同比 +9.8%\n相关目录总结 - 上半年营收 88.20 亿元,同比 +12.4%\n",
    ],
)
def test_a_broker_note_names_its_company_in_its_title_or_first_key_point(text: str) -> None:
    assert identify(build(text, "zh-Hans")).company == "云杉电气"


@pytest.mark.parametrize(
    "text",
    [
        "白酒行业2025年中报点评：分化加剧\n上半年板块营收同比增长3.10%。\n",
        "事件：公司发布2025年半年报\n投资评级：买入。公司上半年实现营业收入88.20亿元。\n",
    ],
)
def test_a_sector_note_or_a_note_saying_only_the_company_names_no_firm(text: str) -> None:
    assert identify(build(text, "zh-Hans")).company is None


def test_this_year_so_far_after_a_reported_month_runs_from_january_to_it() -> None:
    facts = run(
        build(
            "嘉禾汽车2025年10月销量快报\n"
            "嘉禾汽车11月3日公告,2025年10月公司汽车销量为12.6万辆,同比增长21.3%。\n"
            "2025年1-10月,公司累计销量98.7万辆,同比增长14.5%;今年以来海外销量累计31.2万辆,同比增长42.3%。\n"
            "第三季度,公司单季净利润为18.6亿元,同比增长9.8%。\n",
            "zh-Hans",
        )
    )
    assert one(facts, value=312_000).period == "2025-01-2025-10"
    assert one(facts, value=1_860_000_000).period == "2025Q3"


@pytest.mark.parametrize(
    "text",
    [
        # a filing's head: the firm's full legal name, the report's title, then its code
        "云杉电气股份有限公司 2025 年第三季度报告 (股票代码:600998)\n"
        "本报告期公司实现营业收入45.1亿元,同比增长15.2%。云杉电气将继续推进海外业务。\n",
        # the full legal name with a code label
        "云杉电气股份有限公司（股票代码：600998）发布公告,前三季度实现营收120.5亿元。\n"
        "云杉电气第三季度营收45.1亿元。\n",
    ],
)
def test_a_filing_names_its_company_without_its_legal_form(text: str) -> None:
    sheet = identify(build(text, "zh-Hans"))
    assert (sheet.company, sheet.ticker) == ("云杉电气", "600998")


def test_a_report_title_before_a_code_is_no_company() -> None:
    sheet = identify(
        build("2025 年第三季度报告 (股票代码:600998)\n本报告期公司实现营业收入45.1亿元。\n", "zh-Hans")
    )
    assert sheet.company is None or "报告" not in sheet.company


def test_the_last_two_characters_of_a_name_are_not_its_name() -> None:
    text = (
        "松川精密(002998)公布三季报,前三季度实现营收60.2亿元,同比增长8.4%。\n"
        "分业务看,精密结构件营收41.0亿元,精密模具营收9.3亿元。\n"
    )
    assert identify(build(text, "zh-Hans")).company == "松川精密"
