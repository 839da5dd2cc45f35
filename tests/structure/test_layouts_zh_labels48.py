"""Chinese speaker labels written in three more ways, each on a short fictional call: a name and then,
after a space, its courtesy word (``王敏 先生：``, ``Grace Tsai 女士：``); a transcription service's numbered
speaker with the analyst's firm and name in brackets (``说话人4（华岳证券 孙悦）：``); a question mark whose
brackets give the kind of investor before the firm (``问（股东 鸿石基金）``)."""

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


def speaker_of(doc: Document, snippet: str) -> str | None:
    """Name of the speaker of the paragraph holding ``snippet``."""
    p = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[p.speaker].name if p.speaker else None


SPACED_COURTESY = """澄湖材料 2025年第三季度业绩交流会纪要

出席人员：董事长 王敏；财务总监 Grace Tsai

主持人：各位投资者好，欢迎参加澄湖材料三季度业绩交流会。首先请董事长介绍经营情况。

王敏 先生：谢谢主持人。前三季度公司营业收入6.2亿元，同比增长9%。

Grace Tsai 女士：第三季度毛利率为24.5%，环比提升1.2个百分点。

主持人：下面进入提问环节，第一位是青川证券的邵北。

邵北：请问四季度的订单情况如何？

王敏 先生：四季度在手订单饱满，预计排产到明年一月。

主持人：下一位是远帆资本的乔语。

乔语：毛利率还有提升空间吗？

Grace Tsai 女士：随着新产线爬坡，毛利率仍有提升空间。

主持人：今天的交流到此结束，谢谢大家。
"""


def test_a_name_then_a_space_and_a_courtesy_word_labels_that_person() -> None:
    doc = parse(SPACED_COURTESY)
    assert speaker_of(doc, "前三季度公司营业收入6.2亿元") == "王敏"
    assert speaker_of(doc, "第三季度毛利率为24.5%") == "Grace Tsai"
    assert pairs(doc) == [("邵北", "青川证券", ["王敏"]), ("乔语", "远帆资本", ["Grace Tsai"])]
    assert_sound(doc)


DIARIZED_ANALYSTS = """启岚科技 2025年半年度业绩说明会 录音转写

说话人1（主持人）：各位投资者下午好，欢迎参加启岚科技半年度业绩说明会。先请董事长致辞。

说话人2（董事长）：谢谢。上半年公司实现营业收入3.8亿元，同比增长15%。

说话人1（主持人）：下面进入问答环节。

说话人4（华岳证券 孙悦）：请问下半年海外订单的节奏怎么样？

说话人2（董事长）：海外订单在三季度会集中交付。

说话人5（北辰基金 温可）：研发费用率明年会下降吗？

说话人3（财务总监）：明年研发费用率预计与今年持平。

说话人1（主持人）：本次说明会到此结束，谢谢大家。
"""


def test_a_numbered_speaker_with_a_firm_and_a_name_in_brackets_is_that_analyst() -> None:
    doc = parse(DIARIZED_ANALYSTS)
    assert speaker_of(doc, "请问下半年海外订单的节奏") == "孙悦"
    got = [(asker, firm) for asker, firm, _ in pairs(doc)]
    assert got == [("孙悦", "华岳证券"), ("温可", "北辰基金")]
    analyst = next(s for s in doc.speakers if s.name == "孙悦")
    assert analyst.side == "analyst"
    assert_sound(doc)


INVESTOR_KIND_BEFORE_FIRM = """临江水务 2025年度股东大会 投资者交流记录

主持人：欢迎各位股东参加临江水务年度股东大会，下面进入交流环节。

问（股东 鸿石基金）：今年的分红比例会提高吗？

答（董事长）：公司会保持分红比例不低于四成。

问（投资者 青屿资本）：新水厂什么时候投产？

答（总经理）：新水厂预计明年六月投产。

主持人：今天的交流到此结束。
"""


def test_the_kind_of_investor_before_a_firm_in_a_question_mark_is_no_part_of_the_firm() -> None:
    doc = parse(INVESTOR_KIND_BEFORE_FIRM)
    assert [firm for _, firm, _ in pairs(doc)] == ["鸿石基金", "青屿资本"]
    assert_sound(doc)
