"""Hand-over variants: a firm named with its legal form in any wording; each on a short fictional call."""

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

