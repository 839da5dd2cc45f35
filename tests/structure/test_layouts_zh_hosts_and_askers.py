"""Chinese records' hosts and askers on short fictional calls: a hand-over by surname in a later turn, a
chairman hosting under a ``主持人（董事长…）`` label, a kind of investor in a firm's place, a shareholder's
representative, an asker naming their job before their name, and a firm and name joined once in a call
whose other labels recur."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def speaker_of(doc: Document, fragment: str) -> str | None:
    p = next(p for p in doc.paragraphs if fragment in p.text)
    return doc.speakers_by_id[p.speaker].name if p.speaker else None


NUMBERED_LATER_HANDOVER = """岚桥电子业绩说明会

说话人1：大家好，我是岚桥电子董事会秘书韦思远。今天出席的有总经理贺启航、副总经理陶然和财务总监骆琳。首先请贺总介绍经营情况。

说话人2：谢谢。上半年公司营业收入4.2亿元，同比增长9%。

说话人1：谢谢贺总。下面请骆总介绍一下财务情况。

说话人3：好的。上半年经营性现金流净额0.8亿元。

说话人1：下面进入提问环节，请澄溪证券的潘若宁提问。

说话人4：请问下半年的现金流会怎么变化？

说话人3：下半年经营性现金流会继续改善。
"""


def test_a_hand_over_by_surname_in_a_later_turn_names_the_next_speaker() -> None:
    """"下面请骆总介绍" in a turn of its own: the 骆 the opening named (财务总监骆琳) speaks next, though
    another officer it named never speaks."""
    doc = parse(NUMBERED_LATER_HANDOVER)
    assert speaker_of(doc, "经营性现金流净额0.8亿元") == "骆琳"
    assert pairs(doc) == [("潘若宁", "澄溪证券", ["骆琳"])]


def test_a_hand_over_by_surname_and_title_names_the_holder() -> None:
    """"请贺董事长致辞": the one person named 贺… whom the opening gave that title."""
    text = NUMBERED_LATER_HANDOVER.replace("总经理贺启航", "董事长贺启航").replace("首先请贺总介绍经营情况", "首先请贺董事长致辞")
    assert speaker_of(parse(text), "上半年公司营业收入4.2亿元") == "贺启航"


OFFICER_HOST = """鹏远农业股东大会交流记录

出席：董事长 车致远、总经理 阎秋白、财务总监 饶清

主持人（董事长车致远）：议案已全部通过。请阎总先介绍一季度经营情况。

总经理阎秋白：一季度公司营业收入3.8亿元，同比增长7%。

主持人（董事长车致远）：下面请股东提问。

股东代表（禾岭资管 邵一宁）：请问今年的养殖成本能降到多少？

总经理阎秋白：目标是降到每公斤14元以下。

主持人（董事长车致远）：我补充一下，饲料价格下降也有帮助。

股东代表（个人股东）：今年分红为什么比去年少？

财务总监饶清：主要是今年资本开支较大。

主持人（董事长车致远）：还有没有其他股东提问？没有的话，今天的交流就到这里。
"""


def test_a_chairman_hosting_under_the_host_label_adds_to_answers_and_only_moderates_otherwise() -> None:
    """``主持人（董事长车致远）``: the host's turns are the chairman's; his addition answers, his floor-giving
    and closing lines do not; a ``股东代表（个人股东）`` asks as nobody."""
    doc = parse(OFFICER_HOST)
    assert speaker_of(doc, "饲料价格下降") == "车致远"
    assert pairs(doc) == [("邵一宁", "禾岭资管", ["阎秋白", "车致远"]), (None, None, ["饶清"])]


KINDS_OF_INVESTOR = """芮川生物业绩交流纪要

参会人员：董事长 戚正远、首席财务官 樊雨

戚正远：上半年公司营业收入6.4亿元。

Q1（鹤鸣证券 房晓）：创新药明年的收入目标是多少？

A（戚正远）：明年创新药收入目标是增长50%以上。

Q2（某头部公募）：研发费用率会不会继续上升？

A（樊雨）：明年研发费用率会保持在40%左右。

章远（个人投资者）：公司有没有中期分红的计划？

樊雨：今年暂不做中期分红。
"""


def test_a_kind_of_investor_in_a_firm_s_place_is_no_firm() -> None:
    """``Q2（某头部公募）`` and ``章远（个人投资者）``: an unnamed kind of investor, and a named private
    investor, ask from no firm."""
    assert pairs(parse(KINDS_OF_INVESTOR)) == [
        ("房晓", "鹤鸣证券", ["戚正远"]),
        (None, None, ["樊雨"]),
        ("章远", None, ["樊雨"]),
    ]


SHAREHOLDERS_LETTERED = """鹏澜股份股东大会交流记录

公司出席人员：董事长 樊志远，财务总监 商华

股东甲：请问今年的分红比例为什么比去年低？
董事长：今年有新项目需要投入，所以分红比例调整到了35%。
股东乙：我是观岚基金的研究员柏青。请问海外业务进展如何？
财务总监：海外业务目前占收入的9%。
"""


def test_a_shareholder_naming_their_job_before_their_name_is_that_person() -> None:
    """"我是观岚基金的研究员柏青": the asker is 柏青 of 观岚基金 (the job between is no part of the name);
    ``股东甲`` asks as nobody."""
    assert pairs(parse(SHAREHOLDERS_LETTERED)) == [(None, None, ["樊志远"]), ("柏青", "观岚基金", ["商华"])]


JOINED_ONCE = """溯川半导体业绩说明会

溯川半导体-黎安: 欢迎参加业绩说明会，今天出席的有总经理郁航。先请郁总介绍。

溯川半导体-郁航: 前三季度营业收入7.9亿元。

溯川半导体-黎安: 下面请远川证券的梅若华提问。

远川证券-梅若华: 请问明年的产能规划是怎样的？

溯川半导体-郁航: 明年产能会再增加50%。

溯川半导体-黎安: 今天的会议到此结束。
"""


def test_a_firm_and_name_label_heard_once_counts_where_the_call_s_labels_recur() -> None:
    """``远川证券-梅若华:`` appears once, among display-name labels that recur: it is the asker's label."""
    assert pairs(parse(JOINED_ONCE)) == [("梅若华", "远川证券", ["郁航"])]


AGM_REPLIES = """祥川置業股東週年大會　股東問答摘要

出席董事：主席 鄧兆明先生、行政總裁 伍綺琳女士

股東提問：今年的派息比率為何下降？
主席回應：今年有新項目需要資金，派息比率調整至四成。
股東（梁志成）提問：住宅項目的銷售進度如何？
行政總裁回應：兩個住宅項目已售出約七成單位。
主席補充：我們對市場保持審慎樂觀。
"""


def test_offices_replying_at_a_meeting_are_the_directors_listed_with_them() -> None:
    """``主席回應：`` / ``行政總裁回應：`` under an ``出席董事：`` line: each office's reply is the director the line
    gives it; the chairman's addition answers too."""
    assert pairs(parse(AGM_REPLIES)) == [(None, None, ["鄧兆明"]), ("梁志成", None, ["伍綺琳", "鄧兆明"])]
