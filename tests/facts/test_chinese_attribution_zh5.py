"""Who and what a Chinese story's figures are about, and in which currency: Hong Kong stories that write
Hong Kong dollars as bare "元", amounts with the currency before them, listed firms named with their
code, and roundups whose items open on a firm.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_currency_written_before_a_chinese_numeral_amount_is_kept() -> None:
    facts = facts_of(
        "星湾置業(00777)公布中期業績。\n集團截至二零二五年六月三十日止六個月內,股東應佔基礎盈利為港幣十二億三千四百萬元,"
        "較去年同期減少 8%。\n",
        "zh-Hant",
    )
    assert one(facts, value=1_234_000_000).unit == "HKD"


def test_a_hong_kong_story_writes_hong_kong_dollars_as_bare_yuan() -> None:
    facts = facts_of(
        "藍灣地產(388)公布,截至今年6月30日止6個月,股東應佔溢利為5012.6萬元,按年升12.5%。\n"
        "期內,收入31.24億元,按年增8.5%。上半年合約銷售額下降10.2%至40.5億元人民幣。\n",
        "zh-Hant",
    )
    assert one(facts, value=50_126_000).unit == "HKD"
    assert one(facts, value=3_124_000_000).unit == "HKD"
    assert one(facts, value=4_050_000_000).unit == "CNY"


def test_a_hong_kong_story_naming_renminbi_first_keeps_renminbi() -> None:
    facts = facts_of(
        "青嶼地產(03999.HK)中期純利十一億元人民幣,減少百分之五。\n營業額八十二億元,減少一成。\n",
        "zh-Hant",
    )
    assert one(facts, value=8_200_000_000).unit == "CNY"


def test_the_company_a_paragraph_introduces_with_its_code_owns_its_figures() -> None:
    facts = facts_of(
        "2025年10月28日,远帆制药(688001.SH)发布三季报,前三季度营业收入120.5亿元,同比增长10.2%。\n"
        "同一天,澄江药业(000777.SZ)也发布了三季报。2025年1—9月公司合计实现营业收入88.6亿元,同比增长3.1%。\n"
    )
    assert one(facts, value=8_860_000_000).subject == "澄江药业"
    assert one(facts, value=12_050_000_000).subject != "澄江药业"


def test_a_roundup_item_opening_on_a_group_names_its_subject() -> None:
    facts = facts_of(
        "【周观点】汽车板块三季报回顾\n"
        "行业核心变化 - 远航集团2025年第三季度营业总收入512.3亿元,同比增长6%;归母净利润12.1亿元,同比增长15% [3] "
        "- 青松汽车2025年第三季度营收88.2亿元,同比增长9.5% [4]\n"
    )
    assert one(facts, value=51_230_000_000).subject == "远航集团"
    assert one(facts, value=8_820_000_000).subject == "青松汽车"
