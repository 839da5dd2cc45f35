"""Parallel bilingual layouts, each on a short fictional call: every line printed with its rendering
in the other language under a language tag (interleaved text, a JSON export saved as text), a line
and its rendering being one turn."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def answerers(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    return [(q.asker, q.firm, [a.speaker for a in q.answers]) for q in doc.qa]


# An interleaved export: `[ n] [EN] Name:text` then `[中] 名字：…`, the Chinese line keeping the label
# (transliterated, or in Latin letters) or dropping it.
INTERLEAVED = """\
======================================================================
电话会议纪要 · 中英夹排版
Company: Lumora Systems (LMRA)
Quarter: Q2 2031
======================================================================

  [  1] [EN] Tuesday, July 29, 2031 at 4:30 p.m. ET
       [中] 2031 年 7 月 29 日星期二下午 4:30 ET

  [  5] [EN] Full Conference Call Transcript
       [中] 完整的电话会议记录

  [  6] [EN] Operator:Good afternoon and welcome to the Lumora Systems second quarter 2031 earnings call. I will now turn the call over to Marta Kovanen, Chief Executive Officer.
       [中] 接线员：下午好，欢迎参加 Lumora Systems 2031 年第二季度财报电话会议。现在我将把电话交给首席执行官玛尔塔·科瓦宁。

  [  7] [EN] Marta Kovanen:Thank you. Revenue grew 21% to $410 million in the quarter, driven by our sensor platform.
       [中] 玛尔塔·科瓦宁：谢谢。本季度收入增长 21% 至 4.1 亿美元，主要受传感器平台推动。

  [  8] [EN] We added 120 enterprise customers and expanded in Europe.
       [中] 我们新增了 120 家企业客户，并在欧洲扩张。

  [  9] [EN] Theo Brandt:Thanks, Marta. Gross margin was 71%, up two points year over year.
       [中] Theo Brandt：谢谢，玛尔塔。毛利率为 71%，同比上升两个百分点。

  [ 10] [EN] Operator:Our first question comes from Priya Natarajan with Halden Securities.
       [中] 接线员：我们的第一个问题来自 Halden Securities 的 Priya Natarajan。

  [ 11] [EN] Priya Natarajan:Thanks. Marta, how durable is the sensor demand into the second half?
       [中] 普里亚·纳塔拉扬：谢谢。玛尔塔，传感器需求在下半年的持续性如何？

  [ 12] [EN] Marta Kovanen:Demand remains strong and our backlog is up 30%.
       [中] 需求依然强劲，我们的积压订单增长了 30%。

  [ 13] [EN] Theo Brandt:And we expect margins to hold around 70%.
       [中] 西奥·勃兰特：我们预计利润率将保持在 70% 左右。

  [ 14] [EN] Operator:The next question comes from Oskar Lind with Norvik Capital.
       [中] 接线员：下一个问题来自 Norvik Capital 的 Oskar Lind。

  [ 15] [EN] Oskar Lind:Hi. Theo, can you talk about operating expenses for the rest of the year?
       [中] Oskar Lind：你好。西奥，能谈谈今年剩余时间的运营费用吗？

  [ 16] [EN] Theo Brandt:Sure. We expect operating expenses to grow slower than revenue.
       [中] 西奥·勃兰特：当然。我们预计运营费用的增长将慢于收入。
"""


def test_interleaved_lines_and_their_renderings() -> None:
    """Each `[EN]` line's `[中]` rendering is that line's turn again, whatever name it carries or drops:
    two questions, the prepared remarks read by the right people in both languages."""
    doc = parse(INTERLEAVED)
    assert answerers(doc) == [
        ("priya-natarajan", "Halden Securities", ["marta-kovanen", "theo-brandt"]),
        ("oskar-lind", "Norvik Capital", ["theo-brandt"]),
    ]
    for fragment, who in [
        ("Revenue grew 21%", "marta-kovanen"),
        ("本季度收入增长 21%", "marta-kovanen"),
        ("我们新增了 120 家企业客户", "marta-kovanen"),
        ("毛利率为 71%", "theo-brandt"),
        ("需求依然强劲", "marta-kovanen"),
    ]:
        assert doc.paragraph(n_of(doc, fragment)).speaker == who, fragment
    assert doc.paragraph(n_of(doc, "2031 年 7 月 29 日")).speaker is None
    assert_sound(doc)


# An older export: a `Name--Title` line per turn, each line rendered, then the original repeated (bare
# or after `原文：`).
INTERLEAVED_NAME_LINES = """\
  [  1] [EN] Prepared Remarks:
       [中] 准备好的发言：
Prepared Remarks:

  [  2] [EN] Operator
       [中] 操作员
Operator

  [  3] [EN] Welcome to the Corvane Foods fourth-quarter call. I would now like to turn the call over to Lena Ostrova.
       [中] 欢迎参加Corvane Foods第四季度电话会议。现在我把电话交给Lena Ostrova。

Welcome to the Corvane Foods fourth-quarter call. I would now like to turn the call over to Lena Ostrova.

  [  4] [EN] Lena Ostrova--Chief Executive Officer
       [中] Lena Ostrova——首席执行官

Lena Ostrova--Chief Executive Officer

  [  5] [EN] Thank you. Sales rose 9% in the quarter and our snack brands gained share.
       [中] 谢谢。本季度销售额增长9%，我们的零食品牌份额提升。

原文：
Thank you. Sales rose 9% in the quarter and our snack brands gained share.

  [  6] [EN] Questions & Answers:
       [中] 问答环节：
Questions & Answers:

  [  7] [EN] Operator
       [中] 操作员
Operator

  [  8] [EN] Our first question comes from Dario Venn with Kestrel Partners.
       [中] 我们的第一个问题来自Kestrel Partners的Dario Venn。

Our first question comes from Dario Venn with Kestrel Partners.

  [  9] [EN] Dario Venn--Kestrel Partners -- Analyst
       [中] Dario Venn——Kestrel Partners——分析师

Dario Venn--Kestrel Partners -- Analyst

  [ 10] [EN] Lena, how much of the growth came from pricing?
       [中] Lena，增长中有多少来自定价？

Lena, how much of the growth came from pricing?

  [ 11] [EN] Lena Ostrova--Chief Executive Officer
       [中] Lena Ostrova——首席执行官

Lena Ostrova--Chief Executive Officer

  [ 12] [EN] About a third. Volume did the rest.
       [中] 大约三分之一，其余来自销量。

原文：About a third. Volume did the rest.

  [ 13] [EN] Marc Olsen--Chief Financial Officer
       [中] Marc Olsen——首席财务官

Marc Olsen--Chief Financial Officer

  [ 14] [EN] And pricing should fade next year.
       [中] 定价的贡献明年会减弱。

And pricing should fade next year.

  [ 15] [EN] Operator
       [中] 操作员

Operator

  [ 16] [EN] Next question comes from Ivy Strand with Larkfield Securities.
       [中] 下一个问题来自Larkfield Securities的Ivy Strand。

Next question comes from Ivy Strand with Larkfield Securities.

  [ 17] [EN] Ivy Strand--Larkfield Securities -- Analyst
       [中] Ivy Strand——Larkfield Securities——分析师

Ivy Strand--Larkfield Securities -- Analyst

  [ 18] [EN] Marc, what is the capex plan?
       [中] Marc，资本开支计划是多少？

Marc, what is the capex plan?

  [ 19] [EN] Marc Olsen--Chief Financial Officer
       [中] Marc Olsen——首席财务官

Marc Olsen--Chief Financial Officer

  [ 20] [EN] Around $90 million.
       [中] 大约9000万美元。

Around $90 million.
"""


def test_interleaved_name_lines_with_repeats() -> None:
    """`Name--Title` lines head the turns; the rendering and the repeated original (`原文：`) stay in the
    turn of the line they say again: never a label, a question or a speaker of their own."""
    doc = parse(INTERLEAVED_NAME_LINES)
    assert answerers(doc) == [
        ("dario-venn", "Kestrel Partners", ["lena-ostrova", "marc-olsen"]),
        ("ivy-strand", "Larkfield Securities", ["marc-olsen"]),
    ]
    assert doc.speakers_by_id["lena-ostrova"].role == "Chief Executive Officer"
    question = doc.qa[0].question
    assert [doc.paragraph(n).text.strip()[-5:] for n in question] == ["cing?", "来自定价？", "cing?"]
    for n in range(1, len(doc.paragraphs) + 1):
        p = doc.paragraph(n)
        if "原文" in p.text or "pricing should fade" in p.text or "本季度销售额增长9%" in p.text:
            assert p.speaker in ("lena-ostrova", "marc-olsen"), p.text
    assert_sound(doc)


# A bilingual JSON export saved as text: `{"en": …, "zh": …}` pairs, the Chinese value also holding the
# original after an escaped line break.
JSON_PAIRS = r"""{
 "meta": {
  "company": "Corvane Foods",
  "quarter": "Q4 2031"
 },
 "pairs": [
  {
   "en": "Operator",
   "zh": "操作员\nOperator"
  },
  {
   "en": "Welcome to the Corvane Foods fourth-quarter call. I would now like to turn the call over to Lena Ostrova.",
   "zh": "欢迎参加Corvane Foods第四季度电话会议。现在我把电话交给Lena Ostrova。\n\nWelcome to the Corvane Foods fourth-quarter call. I would now like to turn the call over to Lena Ostrova."
  },
  {
   "en": "Lena Ostrova--Chief Executive Officer",
   "zh": "Lena Ostrova——首席执行官\n\nLena Ostrova--Chief Executive Officer"
  },
  {
   "en": "Thank you. Sales rose 9% in the quarter and our snack brands gained share.",
   "zh": "谢谢。本季度销售额增长9%，我们的零食品牌份额提升。\n\n原文：\nThank you. Sales rose 9% in the quarter and our snack brands gained share."
  },
  {
   "en": "Operator",
   "zh": "操作员\nOperator"
  },
  {
   "en": "Our first question comes from Dario Venn with Kestrel Partners.",
   "zh": "我们的第一个问题来自Kestrel Partners的Dario Venn。\n\nOur first question comes from Dario Venn with Kestrel Partners."
  },
  {
   "en": "Dario Venn--Analyst",
   "zh": "Dario Venn--分析师\nDario Venn--Analyst"
  },
  {
   "en": "Lena, how much of the growth came from pricing?",
   "zh": "Lena，增长中有多少来自定价？\n\nLena, how much of the growth came from pricing?"
  },
  {
   "en": "Lena Ostrova--Chief Executive Officer",
   "zh": "Lena Ostrova——首席执行官\n\nLena Ostrova--Chief Executive Officer"
  },
  {
   "en": "About a third. Volume did the rest.",
   "zh": "大约三分之一，其余来自销量。\n\nAbout a third. Volume did the rest."
  },
  {
   "en": "Marc Olsen--Chief Financial Officer",
   "zh": "Marc Olsen——首席财务官\n\nMarc Olsen--Chief Financial Officer"
  },
  {
   "en": "And pricing should fade next year.",
   "zh": "定价的贡献明年会减弱。\n\nAnd pricing should fade next year."
  }
 ]
}
"""


def test_json_pairs_export() -> None:
    """The `"en"` value is the line, the `"zh"` value its rendering; braces between the pairs are
    furniture that ends neither a turn nor the call (the last answer keeps its speaker)."""
    doc = parse(JSON_PAIRS)
    assert answerers(doc) == [("dario-venn", "Kestrel Partners", ["lena-ostrova", "marc-olsen"])]
    assert doc.paragraph(n_of(doc, "本季度销售额增长9%")).speaker == "lena-ostrova"
    assert doc.paragraph(n_of(doc, "定价的贡献明年会减弱")).speaker == "marc-olsen"
    assert_sound(doc)


def test_unnamed_asker_with_firm_and_title() -> None:
    """`Unknown speaker--Firm -- Analyst` heads a turn like a name line: an analyst the export does not
    name, asking for that firm."""
    text = INTERLEAVED_NAME_LINES.replace(
        "Ivy Strand--Larkfield Securities -- Analyst", "Unknown speaker--Larkfield Securities -- Analyst"
    ).replace("Ivy Strand——Larkfield Securities——分析师", "未知发言人——Larkfield Securities——分析师")
    doc = parse(text)
    assert answerers(doc) == [
        ("dario-venn", "Kestrel Partners", ["lena-ostrova", "marc-olsen"]),
        ("unidentified-analyst", "Larkfield Securities", ["marc-olsen"]),
    ]
    assert doc.speakers_by_id["unidentified-analyst"].side == "analyst"
    assert_sound(doc)


def test_operator_labelled_by_first_name() -> None:
    """`Sarah:` opening the lines that welcome the call and announce each asker, among people
    labelled in full: the operator, so the announcements end the answers before them."""
    text = INTERLEAVED.replace("[EN] Operator:", "[EN] Sarah:").replace("接线员：", "莎拉：")
    doc = parse(text)
    assert answerers(doc) == [
        ("priya-natarajan", "Halden Securities", ["marta-kovanen", "theo-brandt"]),
        ("oskar-lind", "Norvik Capital", ["theo-brandt"]),
    ]
    assert doc.paragraph(n_of(doc, "Our first question comes from")).speaker == "operator"
    assert_sound(doc)


# A transcript page with a machine translation: every sentence a bullet, its rendering under it
# unbulleted, the labels printed twice.
BULLETED = """\
瀾湖材料 ADR 2031 Q1 法說會逐字稿

使用警語：中文譯文來源為機器翻譯，僅供參考

  • Operator

    Operator

  • Welcome to the Lanhu Materials first quarter 2031 call. I will turn the call over to Iris Tan, Head of IR.

    歡迎參加瀾湖材料 2031 年第一季度電話會議。我將把電話轉給投資者關係主管 Iris Tan。

  • Iris Tan - Head of IR

    Iris Tan - Head of IR

  • Thank you. With me is Paul Yeh, our Chief Executive Officer.

    謝謝。和我一起的是我們的首席執行官 Paul Yeh。

  • Paul Yeh - CEO

    Paul Yeh - CEO

  • Revenue was NT$4.2 billion, up 11% year over year.

    收入為 42 億新台幣，同比增長 11%。

  • Operator

    Operator

  • (Operator Instructions) Our first question comes from Nina Hall of Corbel Securities.

    (操作員說明）我們的第一個問題來自 Corbel Securities 的 Nina Hall。

  • Nina Hall - Corbel Securities - Analyst

    Nina Hall - Corbel Securities - Analyst

  • Thanks. Paul, how is demand for coated film this year?

    謝謝。保羅，今年鍍膜薄膜的需求如何？

  • Paul Yeh - CEO

    Paul Yeh - CEO

  • Demand is strong, and we expect film shipments to grow about 15%.

    需求強勁，我們預計薄膜出貨量將增長約 15%。
"""


def test_bulleted_sentences_and_their_renderings() -> None:
    """Each bulleted sentence's rendering under it is that sentence's turn again: the operator's
    rendered introduction asks nothing, the one question is Nina Hall's, answered by Paul Yeh, and
    the Chinese lines carry their speakers."""
    doc = parse(BULLETED)
    assert answerers(doc) == [("nina-hall", "Corbel Securities", ["paul-yeh"])]
    assert doc.qa[0].question[0] == n_of(doc, "Paul, how is demand for coated film")
    for fragment, who in [
        ("Revenue was NT$4.2 billion", "paul-yeh"),
        ("收入為 42 億新台幣", "paul-yeh"),
        ("我們的第一個問題來自 Corbel Securities", "operator"),
        ("需求強勁", "paul-yeh"),
    ]:
        assert doc.paragraph(n_of(doc, fragment)).speaker == who, fragment
    assert_sound(doc)


def test_a_bulleted_list_is_no_parallel_layout() -> None:
    """Bullets with no rendering under them (a participants list) leave the lines as they are."""
    from finbrief.structure.parallel import find

    texts = ["Participants", "• Ann Lee - CEO", "• Bo Chan - CFO", "• Cy Wu - Analyst", "Ann Lee", "Good morning."]
    assert find(texts, texts) is None
