"""Chinese transcript layouts seen in the wild, each on a short fictional call: offices one person holds
joined by a slash in a label (``董事长/总经理：``), English names before a Chinese office or a firm
(``Grace Tsai 財務長：``), questions labelled by the channel they came in by (``网络提问：``), two askers of one
firm announced together, an office and the word for its address as a label or a heading (``董事长致辞``), a
user name in an investor mark's brackets, a numbered speaker marked with their part (``说话人1（主持人）``)."""

from __future__ import annotations

import pytest

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


def speaker_of(doc: Document, snippet: str) -> str | None:
    """Name of the speaker of the paragraph holding ``snippet``."""
    p = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[p.speaker].name if p.speaker else None


SLASHED_OFFICES = """松禾医疗 2025年半年度业绩说明会文字记录

出席人员：董事长兼总经理 温启明；副总经理兼董事会秘书 杭雪；财务总监 钟立

主持人：各位投资者好，欢迎参加松禾医疗半年度业绩说明会。首先请董事长致辞。

董事长/总经理：谢谢主持人。上半年公司实现营业收入4.1亿元，同比增长13%。

财务总监：上半年经营活动现金流净额为0.6亿元。

主持人：下面进入提问环节，第一位提问的是青岚证券的罗一帆。

罗一帆：请问新产线什么时候投产？

董事长/总经理：新产线预计四季度投产。

主持人：下一位是澄江资本的白芷。

白芷：管理费用上升的原因是什么？

副总/董秘：主要是股权激励费用的摊销。

主持人：今天的交流到此结束，谢谢大家。
"""


def test_a_label_joining_offices_by_a_slash_is_the_one_person_holding_them_all() -> None:
    doc = parse(SLASHED_OFFICES)
    assert speaker_of(doc, "上半年公司实现营业收入4.1亿元") == "温启明"
    assert pairs(doc) == [("罗一帆", "青岚证券", ["温启明"]), ("白芷", "澄江资本", ["杭雪"])]
    assert_sound(doc)


ENGLISH_NAMES_CHINESE_OFFICES = """晶宏半導體 2025年第二季法人說明會 逐字稿

公司出席：董事長 Henry Liao、財務長 Joyce Wang

主持人：歡迎各位參加晶宏半導體法說會，首先請財務長報告。

Joyce Wang 財務長：第二季合併營收新台幣18.2億元，季增6%。

主持人：接下來開放提問，第一位是宏泰證券的 Leo Chang。

Leo Chang 宏泰證券：請問第三季的稼動率展望？

Joyce Wang 財務長：第三季稼動率預期維持在八成以上。

主持人：下一位是 Eastbridge Capital 的 Nina Ho。

Nina Ho Eastbridge Capital：明年的資本支出會增加嗎？

Henry Liao 董事長：明年資本支出大致與今年持平。

主持人：今天的法說會到此結束。
"""


def test_an_english_name_then_a_chinese_office_or_a_firm_labels_the_person() -> None:
    doc = parse(ENGLISH_NAMES_CHINESE_OFFICES)
    assert speaker_of(doc, "第二季合併營收新台幣18.2億元") == "Joyce Wang"
    assert pairs(doc) == [
        ("Leo Chang", "宏泰證券", ["Joyce Wang"]),
        ("Nina Ho", "Eastbridge Capital", ["Henry Liao"]),
    ]
    chair = next(s for s in doc.speakers if s.name == "Henry Liao")
    assert chair.side == "company"
    assert_sound(doc)


def test_an_english_name_with_a_middle_initial_before_a_latin_firm_keeps_its_surname() -> None:
    from finbrief.ingest.script import to_simplified
    from finbrief.lexicon.transcript import vocab
    from finbrief.structure.labels import parse_label

    text = "Amy S. Lin Northgate Capital：毛利率第四季是否會下滑？"
    lab = parse_label(text, to_simplified(text), vocab(), frozenset())
    assert lab is not None and (lab.who, lab.firm) == ("Amy S. Lin", "Northgate Capital")



ONLINE_QUESTION_LABELS = """远澄能源 2025年度业绩说明会 文字实录

出席嘉宾：董事长 程远山，财务总监 米兰

主持人：各位投资者好，欢迎参加远澄能源业绩说明会。先请现场的投资者提问。

现场提问（北辰证券 齐悦）：请问明年新增装机的目标是多少？

程远山：明年计划新增装机约80万千瓦。

主持人：下面我来读一下网络上投资者的提问。

网络提问：公司的资产负债率会继续下降吗？

米兰：公司会控制新增负债，资产负债率有望继续下降。

主持人：本次业绩说明会到此结束。
"""


def test_a_question_labelled_by_the_channel_it_came_in_by_is_anonymous() -> None:
    doc = parse(ONLINE_QUESTION_LABELS)
    assert pairs(doc) == [("齐悦", "北辰证券", ["程远山"]), (None, None, ["米兰"])]
    assert_sound(doc)


TWO_ANALYSTS_OF_ONE_FIRM = """启明电子 业绩交流会

参会管理层：董事长 罗海、财务总监 沈洁

主持人：下面开始提问，请北辰证券的两位分析师王一鸣和周若溪依次提问。

王一鸣：请问明年的产能规划是怎样的？

罗海：明年产能会增加两成。

周若溪：我再问一下毛利率的展望。

沈洁：毛利率预计保持稳定。

主持人：下一位是来自青川基金的林可。

林可：公司的分红政策会调整吗？

罗海：分红比例会保持在三成以上。
"""


def test_two_askers_the_host_names_together_both_ask_from_that_firm() -> None:
    doc = parse(TWO_ANALYSTS_OF_ONE_FIRM)
    assert pairs(doc) == [
        ("王一鸣", "北辰证券", ["罗海"]),
        ("周若溪", "北辰证券", ["沈洁"]),
        ("林可", "青川基金", ["罗海"]),
    ]
    assert_sound(doc)


OFFICE_AND_SPEECH_VERB = """景禾材料 2025年半年度业绩说明会

出席人员：董事长 韦长青，财务总监 骆敏

主持人：各位投资者好，欢迎参加本次说明会。

董事长致辞：各位投资者下午好，上半年公司营业收入增长了12%，新材料业务首次实现盈利。

财务总监报告：上半年公司毛利率为26.5%，经营现金流净额为0.9亿元。

主持人：下面进入问答环节。

问（澄川证券 黎明）：请问新材料业务明年的收入目标？

答（董事长）：明年新材料业务收入目标是翻一番。
"""


def test_an_office_with_the_word_for_its_address_labels_the_holders_remarks() -> None:
    doc = parse(OFFICE_AND_SPEECH_VERB)
    assert speaker_of(doc, "上半年公司营业收入增长了12%") == "韦长青"
    assert pairs(doc) == [("黎明", "澄川证券", ["韦长青"])]
    assert_sound(doc)


UNNUMBERED_SPEECH_HEADING = """景禾材料 2025年半年度业绩说明会 会议记录

出席人员：董事长 韦长青，财务总监 骆敏

董事长致辞

各位投资者下午好，上半年公司营业收入增长了12%，新材料业务首次实现盈利。

二、财务总监介绍经营情况

上半年公司毛利率为26.5%，经营现金流净额为0.9亿元。

三、投资者问答

问（澄川证券 黎明）：请问新材料业务明年的收入目标？

答（董事长）：明年新材料业务收入目标是翻一番。
"""


def test_an_unnumbered_heading_of_an_office_and_its_address_names_the_holder_not_a_new_person() -> None:
    doc = parse(UNNUMBERED_SPEECH_HEADING)
    assert speaker_of(doc, "上半年公司营业收入增长了12%") == "韦长青"
    assert "致辞" not in {s.name for s in doc.speakers}
    assert pairs(doc) == [("黎明", "澄川证券", ["韦长青"])]
    assert_sound(doc)


USER_NAME_IN_BRACKETS = """澄湖股份 2025年度网上业绩说明会 文字实录

出席嘉宾：董事长 邱明远，财务总监 江雪

主持人：欢迎各位投资者参加澄湖股份年度业绩说明会，下面开始网上提问。

网友提问（海边的风）：公司今年的分红比例会提高吗？

江雪：公司会结合全年利润和现金流情况确定分红方案。

投资者（网络）：公司海外工厂的进展如何？

邱明远：海外工厂已完成主体建设，预计明年投产。

线上投资者：公司有回购计划吗？

邱明远：目前没有回购计划。

主持人：本次说明会到此结束。
"""


def test_an_investor_mark_with_a_user_name_or_channel_in_brackets_asks_from_no_firm() -> None:
    doc = parse(USER_NAME_IN_BRACKETS)
    assert pairs(doc) == [(None, None, ["江雪"]), (None, None, ["邱明远"]), (None, None, ["邱明远"])]
    assert_sound(doc)


@pytest.mark.parametrize(
    "text",
    ["Q1（网友 海边的风）：请问分红怎么安排？", "问（投资者 海边的风）：请问分红怎么安排？", "问（网友“海边的风”）：请问分红怎么安排？"],
)
def test_a_question_mark_with_an_investor_word_and_user_name_in_brackets_names_no_firm(text: str) -> None:
    from finbrief.ingest.script import to_simplified
    from finbrief.lexicon.transcript import vocab
    from finbrief.structure.labels import parse_label

    lab = parse_label(text, to_simplified(text), vocab(), frozenset())
    assert lab is not None and lab.firm is None


DIARIZED_WITH_ROLES = """远川科技 业绩交流会 录音转写

出席人员：董事长 石磊，财务总监 简宁

说话人1（主持人）：各位投资者好，首先请董事长介绍公司经营情况。

说话人2（董事长）：谢谢。上半年公司实现营业收入5.2亿元，同比增长15%。

说话人3 财务总监：上半年公司毛利率为41%，经营现金流净额为0.7亿元。

说话人1（主持人）：下面进入提问环节，第一位是北辰证券的孟飞。

说话人4：请问明年的增长目标是多少？

说话人2（董事长）：明年我们希望保持15%以上的增长。

说话人1（主持人）：今天的交流到此结束。
"""


def test_a_numbered_speaker_marked_with_the_part_they_play_is_the_host_or_the_office_holder() -> None:
    doc = parse(DIARIZED_WITH_ROLES)
    assert speaker_of(doc, "上半年公司实现营业收入5.2亿元") == "石磊"
    assert speaker_of(doc, "上半年公司毛利率为41%") == "简宁"
    assert pairs(doc) == [("孟飞", "北辰证券", ["石磊"])]
    assert_sound(doc)


ENGLISH_NAME_OFFICE_LINES = """凱宇光電 2025年第三季法人說明會 逐字稿

公司出席：董事長 Vincent Kuo、財務長 Grace Tsai

主持人
歡迎參加法說會，首先請財務長報告。

Grace Tsai 財務長
第三季合併營收為新台幣42.5億元，季增8.3%。

主持人
接下來開放提問，第一位是宏遠證券的 Kevin Hsu。

Kevin Hsu 宏遠證券
請問明年的資本支出規劃？

Vincent Kuo 董事長
明年資本支出大致持平。

主持人
今天的法說會到此結束。
"""


def test_an_english_name_and_a_chinese_office_alone_on_a_line_is_that_officer_not_a_second_name() -> None:
    doc = parse(ENGLISH_NAME_OFFICE_LINES)
    assert speaker_of(doc, "第三季合併營收為新台幣42.5億元") == "Grace Tsai"
    assert pairs(doc) == [("Kevin Hsu", "宏遠證券", ["Vincent Kuo"])]
    assert next(s for s in doc.speakers if s.name == "Vincent Kuo").side == "company"
    assert_sound(doc)
