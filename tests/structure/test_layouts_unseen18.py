"""Layouts recognised by their shape, each on a short fictional call: a conferencing vendor's PDF text
with a page header of several lines (one of them "Moderator: <name>") around every page number, a
Japanese company's English Q&A summary naming its answerers by family name ("A2 (Mori):"), an expert
call hosted by a broker ("专家：…"), and a Taiwan briefing's speech record naming a foreign broker's
analyst in Latin letters ("Halden Securities Ryan Cho")."""

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

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    para = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


def _pdf_pages(body: str, per_page: int) -> str:
    """``body`` laid out as a vendor's PDF text: a blank line after every line, a header every page."""
    lines = body.strip().split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if k % per_page == 0:
            out += ["Brennock Savings Bank", "Moderator: Lena Ortiz", "01-27-26/8:30 am CT", "Confirmation # 9921047", f"Page {k // per_page + 1}"]
        out.append(line)
    return "\n\n".join(out) + "\n"


PDF_BODY = """Coordinator: Welcome to the Brennock Savings Bank fourth quarter call. I would now like to turn
the call over to Ms. Lena Ortiz, Investor Relations. You may begin.
Lena Ortiz: Thank you. With me are Paul Grady, our Chief Executive Officer, and Irene Vance, our Chief
Risk Officer. Paul?
Paul Grady: Thanks, Lena. We earned $0.92 per share in the quarter, and deposits grew 2% from
September. Irene will cover credit.
Irene Vance: Thanks, Paul. Net charge-offs were 22 basis points, and nonperforming loans fell to 0.61%
of loans.
Coordinator: Our first question comes from Ravi Menon of Tallis Securities. Your line is open.
Ravi Menon: Good morning. Irene, what drove the decline in nonperforming loans this quarter, and
where do you see reserves going?
Irene Vance: Two commercial loans paid off in full, Ravi, and we expect the reserve to stay near
1.3% of loans through the year, as long as unemployment in our markets stays where it is now.
Paul Grady: And we would add to it if the office market weakens further.
Coordinator: There are no further questions. This concludes today's conference."""


def test_a_vendors_page_header_of_several_lines_is_furniture_even_where_it_breaks_an_answer() -> None:
    doc = parse(_pdf_pages(PDF_BODY, 7))
    assert pairs(doc) == [("Ravi Menon", "Tallis Securities", ["Irene Vance", "Paul Grady"])]
    assert "Moderator" not in {s.name for s in doc.speakers}
    assert speaker_of(doc, "Net charge-offs were 22 basis points") == "Irene Vance"


NUMBERED_SUMMARY = """Hanazono Optics Co., Ltd.

Summary of Q&A at the Financial Results Briefing for the Third Quarter of the Fiscal Year Ending March 2026

Speakers: Takeshi Ueno, President and CEO
Mariko Mori, Managing Director and CFO

Business overview (Ueno)
Net sales for the nine months were 61.8 billion yen, up 7% year on year.

Q&A

Q1: How much did the exchange rate add to operating profit?

A1 (Mori): About 1.4 billion yen for the nine months.

Q2: Will you raise the dividend?

A2 (Ueno): We will decide after the full-year results.
(Mori): The payout ratio target of 35% is unchanged.

Q3: When does the new lens line start?

A3: In the spring of 2027.
"""


def test_a_q_and_a_summary_names_its_answerers_by_family_name() -> None:
    doc = parse(NUMBERED_SUMMARY)
    assert pairs(doc) == [
        (None, None, ["Mariko Mori"]),
        (None, None, ["Takeshi Ueno", "Mariko Mori"]),
        (None, None, [""]),
    ]
    assert speaker_of(doc, "Net sales for the nine months") == "Takeshi Ueno"
    assert speaker_of(doc, "The payout ratio target of 35%") == "Mariko Mori"


EXPERT_CALL = """澄江证券2026年度策略会 · 光伏专场 专家交流纪要

主持人：各位投资者好，欢迎参加今天的专家交流。

专家：大家好。今年国内光伏组件招标价格大概在0.7元每瓦，比去年下降了一成。

主持人：下面进入投资者提问环节。请临川基金的吴桐提问。

投资者：专家您好，想请教一下明年的装机预期？

专家：我们判断明年国内新增装机会和今年基本持平，大概在二百五十吉瓦左右。

主持人：时间关系，今天的交流就到这里，谢谢专家。
"""


def test_an_expert_call_credits_the_unnamed_expert() -> None:
    doc = parse(EXPERT_CALL)
    assert pairs(doc) == [("吴桐", "临川基金", ["专家"])]
    assert speaker_of(doc, "今年国内光伏组件招标价格") == "专家"


SPEECH_RECORD = """宏岳電子 2025 年第四季法人說明會

主持人

各位法人午安，今天出席的有財務長 周品妤。首先請財務長說明營運成果。

下午 3:00

財務長 周品妤

第四季合併營收為新台幣52.3億元，季增6.1%，毛利率為36.4%。

下午 3:02

主持人

接下來開放提問，請 Halden Securities 的 Ryan Cho。

下午 3:05

Halden Securities Ryan Cho

Thank you. 想請問明年第一季的毛利率展望？

下午 3:05

財務長 周品妤

第一季毛利率預估在35%到37%之間。

下午 3:06
"""


def test_a_speech_record_names_a_foreign_brokers_analyst_in_latin_letters() -> None:
    doc = parse(SPEECH_RECORD)
    assert pairs(doc) == [("Ryan Cho", "Halden Securities", ["周品妤"])]
