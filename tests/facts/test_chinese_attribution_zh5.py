"""Who and what a Chinese story's figures are about, and in which currency: Hong Kong stories that write
Hong Kong dollars as bare "元", amounts with the currency before them, listed firms named with their
code, and roundups whose items open on a firm.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

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


def test_a_clause_opening_on_its_metric_after_a_semicolon_keeps_the_firm_before_it() -> None:
    facts = facts_of(
        "三季报速览 - 远航集团2025年第三季度营业总收入512.3亿元,同比增长6%;归母净利润12.1亿元,同比增长15% [3]\n"
    )
    assert one(facts, value=1_210_000_000).subject == "远航集团"
    assert one(facts, value=15.0).subject == "远航集团"


def test_a_roundup_item_opening_on_a_firm_then_a_month() -> None:
    facts = facts_of("月度交付 - 青松汽车10月交付新车32,105台,创单月历史新高 [2]\n")
    assert one(facts, value=32_105).subject == "青松汽车"


def test_falling_back_is_a_decline() -> None:
    facts = facts_of(
        "遠星通信(00999)公布首三季業績(人民幣‧下同)。\n營運收入3,210億元,其中銷售產品收入按年倒退6.5%至210億元。\n",
        "zh-Hant",
    )
    assert one(facts, value=-6.5).change == "yoy"


def test_the_company_word_before_a_business_line_is_no_part_of_its_name() -> None:
    facts = facts_of("遠星通信(00999)公布首三季業績。\n該公司通訊服務收入按年增長2.1%至2,950億元(人民幣)。\n", "zh-Hant")
    assert one(facts, value=2.1).subject == "通讯服务"


def test_ebitda_written_out_in_hong_kong_style() -> None:
    facts = facts_of(
        "遠星通信(00999)公布首三季業績(人民幣‧下同)。\n期內,除息、稅、折舊及攤銷前盈利(EBITDA)累計為1,120億元,"
        "按年下跌2.5%,EBITDA毛利率按年下降1個百分點至35.2%。\n",
        "zh-Hant",
    )
    assert one(facts, value=112_000_000_000).metric == "EBITDA"
    assert one(facts, value=35.2).metric == "adjusted EBITDA margin"


def test_a_business_line_opening_its_sentence_with_fangmian_is_the_topic() -> None:
    facts = facts_of(
        "藍灣地產(388)公布中期業績。\n房地產發展業務方面,收入同比上升12.3%至41.84億元,佔綜合收入的95.1%。\n",
        "zh-Hant",
    )
    assert one(facts, value=12.3).subject == "房地产发展业务"


def test_an_investment_business_is_a_business_line_not_an_investment() -> None:
    facts = facts_of("藍灣地產(388)公布中期業績。\n物業投資業務收入較去年同期下降12.2%至0.31億元。\n", "zh-Hant")
    assert one(facts, value=-12.2).subject == "物业投资业务"


def test_its_points_back_at_the_bank_of_the_sentence_before() -> None:
    facts = facts_of(
        "远星银行第三季度单季归母净利润环比增长8.4%,存款付息率环比下降10个基点;其净息差环比回升2个基点至1.69%,"
        "其中零售贷款余额环比增长1.0%。\n"
    )
    assert one(facts, value=1.69).subject == "远星银行"


def test_a_year_the_story_measures_against_is_not_its_period() -> None:
    # (its quarter's year is named nowhere: by default the figure is withheld, a guess between the page's periods)
    facts = run(
        build("酒业三季报综述\n主要酒企 - 远山酒业第三季度营收61.74亿元 同比下降42.66% 跌幅远超2013年行业调整期 [3]\n"),
        Options(all_facts=True),
    ).facts
    assert one(facts, value=6_174_000_000).period != "2013Q3"


def test_some_unnamed_firms_have_no_fact() -> None:
    facts = facts_of("酒业三季报综述\n行业表现 - 多数酒企业绩下滑 部分企业净利润跌幅超过80% [2]\n")
    assert not [f for f in facts if f.value == -80.0]


def test_broker_note_periods_and_signed_changes() -> None:
    facts = facts_of(
        "远帆科技 电子行业 2024-10-28\n10 月25 日,24Q1-Q3 公司实现营收32.19 亿元,YoY+11.2%;归母净利润5.32 亿元,同比+15.1%。"
        "单Q3 实现营收12.15 亿元,同比YoY -2.9%,QoQ +1.7%。9M24 毛利率为35.2%,1H24 净利率为12.1%。\n"
    )
    assert one(facts, value=3_219_000_000).period == "2024Q1-2024Q3"
    assert one(facts, value=11.2).change == "yoy"
    assert one(facts, value=15.1).metric == "net income attributable to shareholders"
    assert one(facts, value=-2.9).change == "yoy"
    assert one(facts, value=1.7).change == "qoq"
    assert one(facts, value=35.2).period == "2024Q1-2024Q3"
    assert one(facts, value=12.1).period == "2024Q1-2024Q2"


def test_a_list_after_a_decline_keeps_its_sign() -> None:
    facts = facts_of("远星银行2025年三季报\n远星银行和青松银行前三季度净利润分别下降3.2%和5.1%。\n")
    assert one(facts, subject="青松银行").value == -5.1


def test_a_written_minus_is_not_shared_by_the_next_item() -> None:
    facts = facts_of("远星银行2025年三季报\n远星银行和青松银行前三季度净利润同比分别为-3.2%和5.1%。\n")
    assert one(facts, subject="青松银行").value == 5.1


def test_the_big_listed_insurers_together_are_the_industry() -> None:
    facts = facts_of("险企三季报\n前三季度A股五大上市险企共实现3260.39亿元的归母净利润,同比增长23.5%。\n")
    assert one(facts, value=326_039_000_000).subject == "industry"


def test_cumulative_is_no_part_of_the_firm_name() -> None:
    facts = facts_of("远星医药发布三季报\n远星医药累计研发投入超300亿元。\n")
    assert one(facts, value=30_000_000_000).subject == "远星医药"


def test_a_bracketed_year_labels_the_comparative_after_its_colon() -> None:
    facts = facts_of(
        "星湾置業(00777)公布二零二五年中期業績\n2025-08-20\n集團截至二零二五年六月三十日止六個月內,股東應佔基礎盈利為港幣十二億元。\n"
        "期內,集團錄得公允價值虧損港幣一億四千萬元(二零二四年: 港幣二十二億六千七百萬元)。每股盈利為港幣 0.63 元 (二零二四年:港幣 1.12 元)。\n",
        "zh-Hant",
    )
    assert one(facts, value=-140_000_000).period == "2025Q1-2025Q2"
    assert one(facts, value=0.63).period == "2025Q1-2025Q2"
    prior = one(facts, value=1.12)
    assert (prior.period, prior.basis) == ("2024Q1-2024Q2", "prior")


def test_the_share_class_before_a_group_of_firms_is_no_part_of_its_name() -> None:
    facts = facts_of("险企三季报\nA股上市险企前三季度总投资收益平均增长超过25%。\n")
    assert one(facts, value=25.0).subject == "上市险企"


def test_interest_bearing_debt_and_stock_and_fund_turnover_are_their_own_metrics() -> None:
    facts = facts_of(
        "远星证券2025年三季报\n远星证券前三季度营业收入120.5亿元,同比增长35.2%。期内股基成交额同比增长45.1%,"
        "公司有息负债规模为820.3亿元。\n"
    )
    assert one(facts, value=45.1).metric == "trading volume"
    assert one(facts, value=82_030_000_000).metric == "debt"
