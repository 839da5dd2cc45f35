"""Layouts whose labels leave something out, each on a short fictional call: a transcription export
numbering its speakers (``发言人N 00:01:23``, no host between the exchanges) where a new caller asks
without a question mark, and a participants list of ``Name, Firm`` lines (firms ending in ``Inc.``, a
name-only entry among them) above capitalised labels, where the operator shortens the firm."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, list[str]]]:
    """(asker's name, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


TINGWU_NO_HOST = """发言人1 00:00:05
各位投资者大家好，欢迎参加栖川新材2026年半年度业绩说明会，下面先由管理层介绍经营情况，然后进入问答环节。
发言人2 00:01:00
想请问一下，上半年隔膜产品的出货量和单价分别变化了多少？
发言人3 00:01:40
上半年隔膜出货量同比增长31%，单价同比下降约8%，主要是海外客户占比提高。
发言人2 00:02:50
再追问一下，海外工厂明年的投产节奏大概是怎样的？
发言人3 00:03:30
匈牙利工厂预计明年二季度投产，首期产能4亿平方米。
发言人4 00:04:40
想问一下公司今年的资本开支和明年的分红安排。
发言人5 00:05:20
今年资本开支预计在9亿元左右，分红比例会维持在30%以上。
发言人6 00:06:30
原材料价格下半年还会不会继续上涨，公司有没有锁价的安排。
发言人3 00:07:10
我们已经和主要供应商签了全年的锁价协议，下半年成本基本可控。
"""


def test_numbered_newcomer_asking_without_a_question_mark_opens_a_new_pair() -> None:
    doc = parse(TINGWU_NO_HOST)
    assert pairs(doc) == [
        ("发言人2", ["发言人3"]),
        ("发言人2", ["发言人3"]),
        ("发言人4", ["发言人5"]),
        ("发言人6", ["发言人3"]),
    ]
    assert doc.speakers_by_id["发言人4"].side == "analyst"
    assert doc.speakers_by_id["发言人5"].side == "company"


ALL_CAPS_ROSTER = """Larkspur Grid Holdings, Inc. Q2 2026 Earnings Call

PARTICIPANTS

Maren T. Holloway, Larkspur Grid Sustainable Infrastructure Holdings, Inc.
Oskar Lindqvist, Larkspur Grid Sustainable Infrastructure Holdings, Inc.
Tobias Renner, Larkspur Grid Sustainable Infrastructure Holdings, Inc.
Anika Marlowe Fenwick, Quillan Brothers Securities, Inc., Research Division
Hollis Vantreight
Dmitri Ashford Kell, Tallow & Co. Inc., Research Division
Lucas Everard Brandt, Corriden and Company, LLC, Research Division
Renata Sousa Pike, Bramblewood Securities, LLC, Research Division

PRESENTATION

OPERATOR: Good day and welcome to the Larkspur Grid second quarter call. (Operator Instructions) As a reminder, this conference is being recorded. It is now my pleasure to introduce your host, Maren Holloway, Investor Relations.

MAREN T. HOLLOWAY: Thank you. Revenue grew 9% to $412 million and our backlog reached $2.1 billion.

QUESTION AND ANSWER

OPERATOR: We'll take our first question from Dmitri Kell with Tallow.

DMITRI ASHFORD KELL: How much of the backlog converts to revenue in the next twelve months?

OSKAR LINDQVIST: About 60% of it, Dmitri, mostly transmission work.

OPERATOR: Our next question comes from Renata Pike with Bramblewood.

RENATA SOUSA PIKE: What drove the margin step-up this quarter?

MAREN T. HOLLOWAY: Mainly pricing on the new storage contracts.

OPERATOR: Next we have Anika Fenwick with Quillan Brothers.

ANIKA MARLOWE FENWICK: Can you size the interconnection queue you are bidding on?

OSKAR LINDQVIST: Roughly 14 gigawatts across three regions.

OPERATOR: And our last question comes from Hollis Vantreight with Esterby Capital.

HOLLIS VANTREIGHT: Any change to the dividend policy?

MAREN T. HOLLOWAY: No, we keep paying out about 40% of earnings.
"""


def firms(doc: Document) -> list[tuple[str | None, str | None]]:
    """(asker's name, firm) per pair: the pair's firm, else the asker's."""
    out = []
    for q in doc.qa:
        spk = doc.speakers_by_id[q.asker] if q.asker else None
        out.append((spk.name if spk else None, q.firm or (spk.affiliation if spk else None)))
    return out


def test_listed_analyst_keeps_the_participants_list_firm_over_the_operators_short_one() -> None:
    doc = parse(ALL_CAPS_ROSTER)
    assert firms(doc) == [
        ("Dmitri Ashford Kell", "Tallow & Co. Inc., Research Division"),
        ("Renata Sousa Pike", "Bramblewood Securities, LLC, Research Division"),
        ("Anika Marlowe Fenwick", "Quillan Brothers Securities, Inc., Research Division"),
        ("Hollis Vantreight", "Esterby Capital"),
    ]
    assert doc.speakers_by_id[doc.qa[0].answers[0].speaker].name == "Oskar Lindqvist"
    assert doc.speakers_by_id[doc.qa[0].answers[0].speaker].side == "company"
