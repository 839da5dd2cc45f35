"""Chinese transcript layouts seen in the wild, each on a short fictional call: a 法說會 transcript whose every
label joins two parts by a slash (``<title>／<name>：``, ``<firm>／<name>：``)."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


SLASHED_LABELS = """晨曦光電 2025年第二季法人說明會 逐字稿

公司出席：董事長 何振宇、財務長 蘇怡君

主持人：歡迎各位參加法說會，首先請財務長報告。
財務長／蘇怡君：第二季合併營收新台幣12.6億元，毛利率24.1%。
主持人：接下來開放提問，請先報公司與姓名。
澄嶺投顧／方志遠：請問第三季的營收展望？
財務長／蘇怡君：第三季營收預估季增5%左右。
Eastgate Securities／Mark Ho：How much capex do you plan for next year?
董事長／何振宇：明年資本支出約新台幣8億元。
主持人：今天法說會到此結束。
"""


def test_labels_joining_title_or_firm_and_name_by_a_slash_name_the_person() -> None:
    doc = parse(SLASHED_LABELS)
    assert pairs(doc) == [
        ("方志遠", "澄嶺投顧", ["蘇怡君"]),
        ("Mark Ho", "Eastgate Securities", ["何振宇"]),
    ]
    assert_sound(doc)


PLATFORM_USER_LINES = """上证e互动 > 上市公司 > 松岩材料(688530)

云端漫步 问：
请问公司二季度碳化硅衬底的出货量是多少？
2025-07-02 10:20　来自 网站

松岩材料 答：
尊敬的投资者您好，公司二季度碳化硅衬底出货约4.5万片。感谢关注！
2025-07-04 15:10　来自 网站

trader_88 问：
公司有没有海外建厂的计划？
2025-07-06 21:03　来自 e互动APP

松岩材料 答：
您好，公司目前没有海外建厂计划。谢谢！
2025-07-08 09:45　来自 网站
"""


def test_a_platform_page_pairs_each_user_question_with_the_company_reply_and_names_nobody() -> None:
    doc = parse(PLATFORM_USER_LINES)
    assert pairs(doc) == [(None, None, [""]), (None, None, [""])]  # answered, by no person
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert any("碳化硅衬底的出货量" in by_n[n] for n in doc.qa[0].question)
    assert any("出货约4.5万片" in by_n[n] for a in doc.qa[0].answers for n in a.paragraphs)
    assert any("海外建厂的计划" in by_n[n] for n in doc.qa[1].question)
    assert_sound(doc)


NUMBERED_PRIVATE_INVESTORS = """远澄电子 投资者关系活动记录

调研时间：2025年6月18日
参会机构及人员：北溪证券 许航；个人投资者1
公司接待人员：董事会秘书 齐文；财务总监 邵岚

齐文：欢迎各位。上半年公司营业收入同比增长12%。

许航：请问新产线的爬坡进度如何？
齐文：新产线已经达到设计产能的八成。
个人投资者1：公司今年会分红吗？
邵岚：公司计划中期分红，比例不低于净利润的30%。
"""


def test_a_numbered_private_investor_asks_as_nobody_and_is_answered_by_the_officer_after() -> None:
    doc = parse(NUMBERED_PRIVATE_INVESTORS)
    assert pairs(doc) == [("许航", "北溪证券", ["齐文"]), (None, None, ["邵岚"])]
    assert_sound(doc)


NUMBERED_SHAREHOLDER_QUESTIONS = """岳川重工 2024年年度股东大会 交流纪要

公司出席：董事长 方正雄、总经理 叶晨

股东提问1（鸿渐资本 邵阳）：今年订单目标是多少？
董事长方正雄：今年新签订单目标40亿元。
追问：海外占比多少？
总经理叶晨：海外占比预计两成。
股东提问2（个人股东）：有没有回购计划？
董事长方正雄：公司会研究回购方案。
"""


def test_numbered_shareholder_questions_name_the_asker_in_brackets_and_a_follow_up_is_theirs() -> None:
    doc = parse(NUMBERED_SHAREHOLDER_QUESTIONS)
    assert pairs(doc) == [
        ("邵阳", "鸿渐资本", ["方正雄"]),
        ("邵阳", "鸿渐资本", ["叶晨"]),
        (None, None, ["方正雄"]),
    ]
    assert_sound(doc)


HAND_OVER_BY_FIRM_DOT_NAME = """澜川智能 2025年半年度业绩电话会纪要

公司参会人员：董事长 严立新、董事会秘书 庄雨

庄雨：各位好，欢迎参加业绩电话会。下面进入问答环节，首先有请北溪证券·许航提问。
许航：请问下半年的订单情况？
严立新：下半年在手订单比上半年增长三成。
庄雨：最后一位是长汀资本·孔悦。
孔悦：海外市场进展如何？
严立新：我们在东南亚新签了两家客户。
"""


def test_a_host_handing_over_to_firm_and_name_joined_by_a_middle_dot_gives_the_asker_that_firm() -> None:
    doc = parse(HAND_OVER_BY_FIRM_DOT_NAME)
    assert pairs(doc) == [("许航", "北溪证券", ["严立新"]), ("孔悦", "长汀资本", ["严立新"])]
    assert_sound(doc)


ONE_LINE_PLATFORM_DIGEST = """松岩材料（688530）互动易问答精选

以下为近期投资者在互动平台上与松岩材料的问答：

云端漫步2021问：请问公司二季度碳化硅衬底的出货量是多少？  松岩材料答：您好，二季度出货约4.5万片，感谢关注。

价值投资老周问：公司有没有海外建厂的计划？  松岩材料答：您好，公司目前没有海外建厂计划。

免责声明：本文内容由平台问答整理，不构成投资建议。
"""


def test_a_digest_printing_user_question_and_company_reply_on_one_line_pairs_them() -> None:
    doc = parse(ONE_LINE_PLATFORM_DIGEST)
    assert pairs(doc) == [(None, None, [""]), (None, None, [""])]
    by_n = {p.n: p.text for p in doc.paragraphs}
    assert by_n[doc.qa[0].question[0]].endswith("碳化硅衬底的出货量是多少？")
    assert [by_n[n] for n in doc.qa[0].answers[0].paragraphs] == ["松岩材料答：您好，二季度出货约4.5万片，感谢关注。"]
    assert_sound(doc)


NEWS_WITH_ASKED_AND_ANSWERED = """松岩材料发布半年报 营收增长两成

本报讯 松岩材料8月20日晚间发布半年报，上半年实现营业收入12.4亿元，同比增长21%。

有投资者在业绩会上问：海外工厂何时投产？公司董事长在会上表示，预计明年一季度投产。

分析人士认为，公司产能释放将带动下半年业绩继续增长。
"""


def test_a_news_story_reporting_a_question_and_an_answer_gets_no_speakers() -> None:
    doc = parse(NEWS_WITH_ASKED_AND_ANSWERED)
    assert not doc.qa
    assert not doc.speakers


FIELD_LINES_WITH_A_LETTERED_INVESTOR = """岚溪食品 机构调研纪要

接待人员：董事长 卢振华、财务总监 葛晴

提问人：北溪证券 许航
问题：渠道库存处于什么水平？
回答人：董事长 卢振华
回复：经销商库存大约一个月，处于健康水平。

提问人：投资者A
问题：原材料成本走势如何？
回答人：财务总监 葛晴
回复：主要原材料价格同比下降约8%。
"""


def test_a_lettered_investor_in_an_asker_field_opens_an_anonymous_question_not_part_of_the_answer_before() -> None:
    doc = parse(FIELD_LINES_WITH_A_LETTERED_INVESTOR)
    assert pairs(doc) == [("许航", "北溪证券", ["卢振华"]), (None, None, ["葛晴"])]
    by_n = {p.n: p.text for p in doc.paragraphs}
    first_answer = [by_n[n] for a in doc.qa[0].answers for n in a.paragraphs]
    assert not any("投资者A" in t for t in first_answer)
    assert_sound(doc)


PRIVATE_INVESTOR_AFTER_AN_INTRODUCED_ANALYST = """澜川智能 2025年半年度业绩说明会

公司出席：董事长 严立新、财务总监 葛晴、董事会秘书 庄雨

庄雨：下面进入问答环节，有请北溪证券的许航提问。
许航：请问下半年的订单情况？
严立新：下半年在手订单比上半年增长三成。
个人投资者：公司今年会分红吗？
葛晴：公司计划中期分红。
"""


def test_a_private_investor_asking_after_the_introduced_analyst_was_answered_asks_as_nobody() -> None:
    doc = parse(PRIVATE_INVESTOR_AFTER_AN_INTRODUCED_ANALYST)
    assert pairs(doc) == [("许航", "北溪证券", ["严立新"]), (None, None, ["葛晴"])]
    assert_sound(doc)
