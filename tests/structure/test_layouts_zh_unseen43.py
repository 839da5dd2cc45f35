"""Chinese transcript layouts seen in the wild, each on a short fictional call: a spokesperson who is also an
officer (``發言人暨財務長``) answering under ``發言人：``, a research visit's question table whose asker column
names a firm's person (``<firm> <name>``) with no column for who answered, in Markdown and in a web page, a host
handing over by title alone to remarks printed with no label, and reporters named in a question mark's brackets
by outlet and the word for reporter (``问（<outlet>记者 <name>）``), and an expert call numbering its askers
(``投资人1：``), a Cantonese briefing introducing askers as ``下一位提問嘅係<firm>嘅<name>`` where an officer answers an
English question in Chinese, a host reading out questions and handing each on by title (``请董秘回答``, ``请欧阳董事长回答``),
and question marks with the verb after the brackets (``记者（<outlet>）提问：``)."""

from __future__ import annotations

from finbrief.api import parse_bytes
from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


SPOKESPERSON_AND_OFFICER = """瀚星光電 2025年第一季法人說明會 逐字稿

公司出席：董事長 邱文達、發言人暨財務長 彭素貞

主持人：歡迎各位參加今天的法說會，首先請發言人報告。

發言人：第一季合併營收為新台幣18.4億元，毛利率為27.5%。

主持人：現在開放提問。

提問一（澄嶺證券 高志明）：第二季的毛利率展望如何？

發言人：我們預估第二季毛利率在26%到28%之間。

提問二（外資法人）：今年的資本支出有多少？

董事長：今年資本支出約為新台幣5億元。
"""


def test_a_spokesperson_who_is_also_an_officer_answers_under_the_spokesperson_label() -> None:
    doc = run(from_text(SPOKESPERSON_AND_OFFICER, "call.txt"))
    assert pairs(doc) == [("高志明", "澄嶺證券", ["彭素貞"]), (None, None, ["邱文達"])]
    opening = next(p for p in doc.paragraphs if "第一季合併營收" in p.text)
    assert opening.speaker is not None and doc.speakers_by_id[opening.speaker].name == "彭素貞"


VISIT_TABLE_MD = """# 远岫机械 投资者调研纪要

公司接待人员：董事会秘书 韩露

| 序号 | 提问人 | 问题 | 回复 |
|---|---|---|---|
| 1 | 岭南证券 周启 | 今年的订单增速如何？ | 一季度新签订单同比增长两成。 |
| 2 | 个人投资者 | 公司有分红计划吗？ | 公司将结合经营情况研究。 |
| 3 | 泓泰基金-严歌 | 海外工厂何时投产？ | 预计明年二季度投产。 |
"""

VISIT_TABLE_HTML = """<html><head><meta charset="utf-8"><title>远岫机械 投资者调研纪要</title></head><body>
<h2>远岫机械 投资者调研纪要</h2>
<p>公司接待人员：董事会秘书 韩露</p>
<table>
<tr><th>序号</th><th>提问人</th><th>问题</th><th>回复</th></tr>
<tr><td>1</td><td>岭南证券 周启</td><td>今年的订单增速如何？</td><td>一季度新签订单同比增长两成。</td></tr>
<tr><td>2</td><td>个人投资者</td><td>公司有分红计划吗？</td><td>公司将结合经营情况研究。</td></tr>
<tr><td>3</td><td>泓泰基金·严歌</td><td>海外工厂何时投产？</td><td>预计明年二季度投产。</td></tr>
</table>
</body></html>
"""

VISIT_ROWS = [("周启", "岭南证券", [""]), (None, None, [""]), ("严歌", "泓泰基金", [""])]


def test_a_visit_table_naming_firms_people_as_askers_gives_each_question_its_asker_and_firm() -> None:
    doc = parse_bytes(VISIT_TABLE_MD.encode(), "visit.md")
    assert pairs(doc) == VISIT_ROWS


def test_the_same_table_in_a_web_page_is_read_the_same_way() -> None:
    doc = parse_bytes(VISIT_TABLE_HTML.encode(), "visit.html")
    assert pairs(doc) == VISIT_ROWS


PLATFORM_USER_NAMES_MD = """# 远岫机械 互动问答

| 提问人 | 问题 | 回复 |
|---|---|---|
| yd_1001 | 今年的订单增速如何？ | 一季度新签订单同比增长两成。 |
| 股民老周 | 公司有分红计划吗？ | 公司将结合经营情况研究。 |
"""


def test_a_platform_table_of_user_names_asks_as_nobody() -> None:
    doc = parse_bytes(PLATFORM_USER_NAMES_MD.encode(), "platform.md")
    assert [(a, f) for a, f, _ in pairs(doc)] == [(None, None), (None, None)]
    assert not any(s.side == "analyst" for s in doc.speakers)


HANDED_OVER_BY_TITLE = """澄远股份2024年度网上业绩说明会

出席人员：董事长 高建国，财务总监 林若溪

主持人：各位投资者下午好，欢迎参加本次业绩说明会。首先有请公司董事长致辞。

尊敬的各位投资者，大家好。过去一年公司在光伏支架领域继续扩大份额，全年出货量达到12GW。

主持人：谢谢高董事长。下面请财务总监介绍财务情况。

2024年公司实现营业收入31.2亿元，同比增长9.5%，归母净利润2.4亿元。

主持人：下面进入问答环节。

投资者：请问公司海外业务占比是多少？

林若溪：海外收入占比约为35%。
"""


def test_remarks_after_a_hand_over_by_title_alone_are_the_listed_holders() -> None:
    doc = run(from_text(HANDED_OVER_BY_TITLE, "call.txt"))

    def said(start: str) -> str | None:
        p = next(p for p in doc.paragraphs if p.text.startswith(start))
        return doc.speakers_by_id[p.speaker].name if p.speaker else None

    assert said("尊敬的各位投资者") == "高建国"
    assert said("2024年公司实现营业收入") == "林若溪"
    assert pairs(doc) == [(None, None, ["林若溪"])]


HANDED_OVER_BY_TITLE_TWO_HOLDERS = HANDED_OVER_BY_TITLE.replace("财务总监 林若溪", "财务总监 林若溪，财务总监 彭越")


def test_a_title_two_listed_people_hold_gives_the_floor_to_nobody() -> None:
    doc = run(from_text(HANDED_OVER_BY_TITLE_TWO_HOLDERS, "call.txt"))
    p = next(p for p in doc.paragraphs if p.text.startswith("2024年公司实现营业收入"))
    assert p.speaker is None or doc.speakers_by_id[p.speaker].name not in ("林若溪", "彭越")


REPORTERS_IN_BRACKETS = """北辰医药 2024年业绩新闻发布会实录

出席：董事长 葛明远，总裁 庞丽

主持人：下面请记者朋友提问。

问（新华财讯记者）：公司创新药今年的销售目标是多少？
答（董事长 葛明远）：今年创新药销售目标是20亿元。
问（第一证券报记者 方圆）：集采对公司仿制药的影响？
答（总裁 庞丽）：仿制药收入占比已经降到三成以下，影响可控。
"""


def test_a_reporter_in_a_question_marks_brackets_asks_for_the_outlet() -> None:
    doc = run(from_text(REPORTERS_IN_BRACKETS, "call.txt"))
    assert pairs(doc) == [(None, "新华财讯", ["葛明远"]), ("方圆", "第一证券报", ["庞丽"])]


NUMBERED_INVESTORS = """储能专家会纪要

主持人：各位好，今天请到一位储能行业专家。

投资人1：专家您好，今年国内储能招标量怎么看？
专家：今年国内招标量预计在150GWh左右。
投资人2：请问海外储能的毛利率水平？
专家：海外项目毛利率比国内高10个百分点左右。
"""


def test_numbered_investors_of_an_expert_call_ask_as_nobody_and_the_expert_answers() -> None:
    doc = run(from_text(NUMBERED_INVESTORS, "call.txt"))
    assert pairs(doc) == [(None, None, ["专家"]), (None, None, ["专家"])]


CANTONESE_BRIEFING = """恒晖集团 2025年中期業績分析員會議

出席：主席 鄭國榮、首席財務官 黃美玲

主持：首先請主席介紹業績。
鄭國榮：上半年收入按年增長8%至120億港元。
主持：第一位係Bayview Securities嘅Alan Ng。
Alan Ng: Could you comment on the dividend?
黃美玲：我們會維持五成派息比率。
主持：下一位提問嘅係匯德證券嘅李志偉。
李志偉：想問下資本開支。
黃美玲：今年資本開支約20億港元。
"""


def test_a_listed_officer_answering_an_english_question_is_no_rendering_of_it_and_askers_are_introduced_in_cantonese() -> None:
    doc = run(from_text(CANTONESE_BRIEFING, "call.txt"))
    assert pairs(doc) == [("Alan Ng", "Bayview Securities", ["黃美玲"]), ("李志偉", "匯德證券", ["黃美玲"])]


QUESTIONS_READ_AND_HANDED = """岭南水务2024年度业绩说明会

出席人员：董事长 欧阳峰，董事会秘书 韦晴

主持人：下面进入问答环节。第一个问题：公司今年的资本开支计划是多少？请董秘回答。

公司今年计划资本开支约12亿元，主要用于污水处理厂提标改造。

主持人：第二个问题：水价调整有没有进展？请欧阳董事长回答。

目前有两个城市的水价调整方案已经进入听证程序。
"""


def test_a_question_the_host_reads_out_and_hands_on_by_title_is_answered_by_the_listed_holder() -> None:
    doc = run(from_text(QUESTIONS_READ_AND_HANDED, "call.txt"))
    assert pairs(doc) == [(None, None, ["韦晴"]), (None, None, ["欧阳峰"])]


REPORTERS_WITH_VERB = """华屹食品2024年业绩发布会实录

出席：董事长 谭明，财务总监 程佳

记者（南方商报）提问：今年的提价计划？
谭明：今年暂时没有提价计划。
记者（财经周刊 许文）提问：海外市场收入占比？
程佳：海外收入占比约12%。
"""


def test_a_question_mark_with_its_verb_after_the_brackets_names_the_outlet_and_reporter() -> None:
    doc = run(from_text(REPORTERS_WITH_VERB, "call.txt"))
    assert pairs(doc) == [(None, "南方商报", ["谭明"]), ("许文", "财经周刊", ["程佳"])]
