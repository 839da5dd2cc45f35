"""Vendor layouts whose speaker lines run long or sit close together, each on a short fictional call:
a ``Name -- Firm, Research Division -- Title`` header longer than a label usually is, a participants
list with a name-only entry between ``Name - Firm`` entries and no blank lines, and a Chinese
question mark whose brackets hold a Latin firm and name with no comma between."""

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

    def firm(q_firm: str | None, sid: str | None) -> str | None:
        return q_firm or (doc.speakers_by_id[sid].affiliation if sid else None)

    return [(name(q.asker), firm(q.firm, q.asker), [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


DASH_TITLE_CALL = """Corvell Freight (CVF) Q3 2026 Earnings Call

Prepared Remarks:

Operator

Good day and welcome to the Corvell Freight third quarter call. I will now hand over to Dana Whitfield.

Dana Whitfield -- Chief Financial Officer

Thank you. Revenue rose 7% to $812 million and operating margin widened to 14.2% in the quarter.

Questions & Answers:

Operator

Our first question comes from Stephen Thomas Marrow with Halden Ridge Partners.

Stephen Thomas Marrow -- Halden Ridge Partners Institutional Equities, Research Division -- Senior MD & Senior Equity Research Analyst

Dana, how much of the margin gain came from pricing rather than lower fuel costs this quarter?

Dana Whitfield -- Chief Financial Officer

About two thirds came from pricing, Stephen, and the rest from fuel.

Operator

Our next question comes from Priya Anand with Westmoor Bank.

Priya Anand -- Westmoor Bank, Research Division -- Associate Director and Associate Analyst

Thanks. Could you talk about volumes in the intermodal business into the fourth quarter?

Dana Whitfield -- Chief Financial Officer

We expect intermodal volumes to be up slightly in the fourth quarter.
"""


def test_a_long_dash_header_names_the_analyst_and_their_firm() -> None:
    doc = parse(DASH_TITLE_CALL)
    assert pairs(doc) == [
        (
            "Stephen Thomas Marrow",
            "Halden Ridge Partners Institutional Equities, Research Division",
            ["Dana Whitfield"],
        ),
        ("Priya Anand", "Westmoor Bank, Research Division", ["Dana Whitfield"]),
    ]
    assert doc.speakers_by_id[doc.qa[1].asker or ""].side == "analyst"  # a "Director" at a research division


def test_a_sentence_with_dashes_stays_speech() -> None:
    text = DASH_TITLE_CALL.replace(
        "We expect intermodal volumes",
        "Volumes Rose Sharply -- Across Every Lane We Run -- And We Expect intermodal volumes",
    )
    doc = parse(text)
    assert [p[0] for p in pairs(doc)] == ["Stephen Thomas Marrow", "Priya Anand"]


SA_CALL = """Corvell Freight Q3 2026 Earnings Call

Company Participants
Dana Whitfield - Chief Financial Officer
Conference Call Participants
Brenda Lutz - Westmoor Bank, Research Division
Alan Cho - Harbor Point Securities, LLC, Research Division
Jing Tan Marlowe
Karl Osei - Fenwick Capital Markets, Research Division

Operator

Welcome to the call. Our first question comes from Jing Tan Marlowe with Ashby Partners.

Jing Tan Marlowe

How should we think about pricing into next year given where contract rates are heading?

Dana Whitfield

We expect pricing to hold up, with contract rates up low single digits next year.

Operator

Our next question comes from Karl Osei with Fenwick Capital Markets.

Karl Osei

Can you talk about the capital spending plan for next year?

Dana Whitfield

We plan to spend about $300 million, mostly on new trailers.

Operator

Our next question comes from Alan Cho with Harbor Point Securities.

Alan Cho

And on fuel, what do you assume for the fourth quarter?

Dana Whitfield

We assume diesel stays near current levels.

Brenda Lutz

Thanks. One more on the intermodal business, are volumes recovering yet?

Dana Whitfield

They are recovering, slowly.
"""


def test_a_name_only_entry_between_firm_entries_stays_its_own_entry() -> None:
    doc = parse(SA_CALL)
    got = {asker: firm for asker, firm, _ in pairs(doc)}
    assert got["Karl Osei"] == "Fenwick Capital Markets, Research Division"
    assert got["Alan Cho"] == "Harbor Point Securities, LLC, Research Division"
    assert got["Jing Tan Marlowe"] == "Ashby Partners"  # from the operator: the list gives no firm


ZH_CALL = """澄川科技2026年第三季度业绩说明会

主持人：各位投资者下午好，欢迎参加澄川科技业绩说明会，下面进入问答环节。

问（Lakeview Securities Wei Zhang）：谢谢管理层。想请问公司第三季度毛利率提升的主要原因是什么？

答（林远航）：主要是产品结构优化，高端产品占比提升到百分之四十。

问（北辰资本 Brian Lee）：请问明年的资本开支计划大概是多少？

答（林远航）：明年资本开支预计在十五亿元左右，主要投向新产线。

问（Kestrel Securities Co., Ltd. Kenji Mori）：Thank you. How is demand for factory automation in Japan?

答（林远航）：日本市场需求稳定，我们预计全年订单增长百分之十。
"""


def test_a_latin_firm_and_name_in_the_question_brackets_are_split() -> None:
    doc = parse(ZH_CALL)
    assert [(a, f) for a, f, _ in pairs(doc)] == [
        ("Wei Zhang", "Lakeview Securities"),
        ("Brian Lee", "北辰资本"),
        ("Kenji Mori", "Kestrel Securities Co., Ltd."),  # a firm's long legal name and all
    ]
