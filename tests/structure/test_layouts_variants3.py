"""Hand-over variants: a firm named with its legal form in any wording, the host's line giving an asker
the floor in either Chinese script, a roster pasted from a table; each on a short fictional call."""

from __future__ import annotations

import pytest

from tests.structure.test_layouts import assert_sound
from tests.structure.test_layouts_variants import parse, summary

HOSTED_LEGAL_FORMS = """\
Operator: Good day and welcome to the Pelliston Rail fourth quarter 2024 results call. I will now hand the call to Mara Quint, Head of Investor Relations.
Mara Quint: Thank you. With me are Tobias Wren, Chief Executive Officer, and Lena Hartsook, Chief Financial Officer.
Tobias Wren: Thanks, Mara. Revenue for the quarter was $412 million, up 5%.
Mara Quint: We will now take questions. Next, Jonah Ferris from Bayard & Finch, Inc.
Jonah Ferris: Thanks. Tobias, how did volumes trend in January?
Tobias Wren: January was in line with our plan.
Mara Quint: Next, Priya Salem of Corvo Securities Co., Ltd.
Priya Salem: Hi. Lena, what is the capex plan for 2025?
Lena Hartsook: We expect about $90 million.
Mara Quint: Now we have Owen Radley at Halden Street Capital, LLC.
Owen Radley: Thanks. Any update on pricing?
Tobias Wren: Pricing was up low single digits.
Mara Quint: Up next, Sofia Marquez from Banco Ventisca, S.A.
Sofia Marquez: Good morning. What about the terminal sale?
Tobias Wren: We expect to close in the second quarter.
Mara Quint: And finally, Ravi Kohli from Lindqvist Partners, L.P.
Ravi Kohli: Hi. Lena, can you comment on free cash flow?
Lena Hartsook: Free cash flow was $60 million.
Mara Quint: That concludes our call. Thank you.
"""


def test_a_firm_named_with_its_legal_form_keeps_it_in_a_hosts_short_hand_over() -> None:
    doc = parse(HOSTED_LEGAL_FORMS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Jonah Ferris", "Bayard & Finch, Inc.", ["Tobias Wren"]),
        ("Priya Salem", "Corvo Securities Co., Ltd.", ["Lena Hartsook"]),
        ("Owen Radley", "Halden Street Capital, LLC", ["Tobias Wren"]),
        ("Sofia Marquez", "Banco Ventisca, S.A.", ["Tobias Wren"]),
        ("Ravi Kohli", "Lindqvist Partners, L.P.", ["Lena Hartsook"]),
    ]


ZH_LATIN_FIRM = """\
主持人：各位好，欢迎参加普兰斯顿铁路2024年第四季度业绩电话会。出席的有首席执行官韦托，首席财务官何丽娜。
韦托：谢谢。本季度收入为4.12亿美元，同比增长5%。
主持人：{line}
{asker}：谢谢。请问一月份的运量趋势如何？
韦托：一月份符合我们的计划。
主持人：会议到此结束。谢谢。
"""


@pytest.mark.parametrize(
    ("line", "asker", "firm"),
    [
        ("下面请来自Halden Street Capital, LLC的Jonah Ferris提问。", "Jonah Ferris", "Halden Street Capital, LLC"),
        ("下一位提问的是来自Corvo Securities Co., Ltd.的林海。", "林海", "Corvo Securities Co., Ltd."),
        ("接下来是来自Banco Ventisca, S.A.的Jonah Ferris的问题。", "Jonah Ferris", "Banco Ventisca, S.A."),
    ],
)
def test_a_latin_firm_in_a_chinese_hand_over_keeps_its_legal_form(line: str, asker: str, firm: str) -> None:
    doc = parse(ZH_LATIN_FIRM.format(line=line, asker=asker))
    assert_sound(doc)
    assert summary(doc) == [(asker, firm, ["韦托"])]


HANT_QA = """\
林佩珊：各位投資者下午好，歡迎參加嘉禾光電2026年半年度業績交流會。首先請鄭總介紹公司上半年經營情況。

鄭國華：謝謝林秘書。上半年公司實現營業收入12.4億元，同比增長9.8%。

方靜：上半年公司毛利率為28.1%，同比提升0.9個百分點。

林佩珊：下面進入提問環節。請趙明遠提問。

趙明遠：謝謝。想請教鄭總，車載鏡頭訂單的能見度如何？

鄭國華：目前在手訂單已經排到明年一季度。

趙明遠：好的。再問一下方總，下半年毛利率還有提升空間嗎？

方靜：下半年毛利率預計與上半年基本持平。

林佩珊：請孫立群提問。

孫立群：您好，請問公司海外工廠的建設進度如何？

鄭國華：越南工廠預計明年二季度投產。

林佩珊：感謝各位參與，本次交流會到此結束。
"""
HANT_ROSTERS = {
    "table": (
        "## 參會人員\n\n| 姓名 | 單位 | 職務 |\n|------|------|------|\n| 林佩珊 | 嘉禾光電 | 董事會秘書 |\n"
        "| 鄭國華 | 嘉禾光電 | 總經理 |\n| 方靜 | 嘉禾光電 | 財務總監 |\n| 趙明遠 | 瑞豐證券 | 分析師 |\n"
        "| 孫立群 | 恆泰基金 | 研究員 |\n\n## 交流記錄\n\n"
    ),
    "one line each": (
        "參會人員：\n林佩珊 嘉禾光電 董事會秘書\n鄭國華 嘉禾光電 總經理\n方靜 嘉禾光電 財務總監\n"
        "趙明遠 瑞豐證券 分析師\n孫立群 恆泰基金 研究員\n\n交流記錄：\n"
    ),
    "pipes": (
        "參會人員\n林佩珊 | 嘉禾光電 | 董事會秘書\n鄭國華 | 嘉禾光電 | 總經理\n方靜 | 嘉禾光電 | 財務總監\n"
        "趙明遠 | 瑞豐證券 | 分析師\n孫立群 | 恆泰基金 | 研究員\n\n交流記錄\n"
    ),
    "none": "",
}


@pytest.mark.parametrize("roster", sorted(HANT_ROSTERS))
def test_the_hosts_line_giving_the_next_asker_the_floor_answers_no_follow_up(roster: str) -> None:
    doc = parse("# 嘉禾光電2026年半年度業績交流會紀要\n\n" + HANT_ROSTERS[roster] + HANT_QA, "call.md")
    assert_sound(doc)
    assert [(asker, answerers) for asker, _, answerers in summary(doc)] == [
        ("趙明遠", ["鄭國華"]),
        ("趙明遠", ["方靜"]),
        ("孫立群", ["鄭國華"]),
    ]


def test_a_host_giving_the_floor_by_name_alone_introduces_the_asker_in_simplified_script_too() -> None:
    doc = parse(
        "吴青：各位好，欢迎参加普兰斯顿铁路业绩交流会。\n韦托：谢谢。本季度收入为4.12亿元。\n吴青：请林海提问。\n"
        "林海：请问一月份的运量趋势如何？\n韦托：一月份符合计划。\n林海：好的。再问一下，二月呢？\n何丽娜：二月略好。\n"
        "吴青：下面请Jonah Ferris先生发问。\nJonah Ferris：谢谢。资本开支计划是多少？\n何丽娜：约九千万元。\n"
    )
    assert_sound(doc)
    assert [(asker, answerers) for asker, _, answerers in summary(doc)] == [
        ("林海", ["韦托"]),
        ("林海", ["何丽娜"]),
        ("Jonah Ferris", ["何丽娜"]),
    ]


@pytest.mark.parametrize("roster", ["table", "one line each", "pipes"])
def test_each_roster_layout_gives_the_askers_their_firms(roster: str) -> None:
    doc = parse("# 嘉禾光電2026年半年度業績交流會紀要\n\n" + HANT_ROSTERS[roster] + HANT_QA, "call.md")
    assert [(asker, firm) for asker, firm, _ in summary(doc)] == [
        ("趙明遠", "瑞豐證券"),
        ("趙明遠", "瑞豐證券"),
        ("孫立群", "恆泰基金"),
    ]
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["方靜"].side == "company"



SEMICOLON_TITLE_FIRST = """\
Q3 2027 Marrow Vale Foods Inc Earnings Call
Participants
Hana Brook; Chief Executive Officer; Marrow Vale Foods Inc
Iván Roth; Chief Financial Officer; Marrow Vale Foods Inc
Celia Dunmore; Analyst; Tern Point Securities
Presentation
Operator
Good day and welcome to the Marrow Vale Foods third quarter call. I will hand over to Hana Brook.
Hana Brook
Thank you. Sales rose 6% to $310 million, and Iván will cover the margins.
Iván Roth
Gross margin was 31.5%, up 90 basis points.
Question and Answer Session
Operator
Our first question comes from Celia Dunmore.
Celia Dunmore
Thanks. Iván, how much of the margin gain was freight?
Iván Roth
About half of it.
Operator
That concludes the call.
"""


def test_a_semicolon_entry_with_the_title_before_the_firm_gives_the_firm() -> None:
    """``Name; Analyst; Firm`` (a quote site's participants list, the title before the firm, here with no
    blank lines): the asker the operator names without a firm asks from the firm the entry gives."""
    doc = parse(SEMICOLON_TITLE_FIRST)
    assert summary(doc) == [("Celia Dunmore", "Tern Point Securities", ["Iván Roth"])]
