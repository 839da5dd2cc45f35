"""Label shapes no recogniser names, read from the document itself: a dash right after a mark or an
honorific and initial ("Q-", "Ms. T-"), codes a key line defines ("MOD - Name, Analyst, Firm"),
honorifics with surnames in capitals and a witness list written surname first ("Mr KOVAC:",
"KOVAC, Mr Pavel, …"), a press briefing's bare "Q" before each reporter's question, and the short
forms Chinese notes define for their people (以下简称“X”). Nothing of the kind on a plain article."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def speaker_of(doc: Document, fragment: str) -> str | None:
    sid = doc.paragraph(n_of(doc, fragment)).speaker
    return doc.speakers_by_id[sid].name if sid else None


DASH_INITIALS = """Pellmore Tools - Capital Markets Day
Questions and answers

Speakers: Ms. Tamsin Orr, Chief Executive Officer; Mr. Idris Fenn, Chief Financial Officer

Q- How big is the order book for the drills business?

Ms. O- Thank you for that question. It stands at about $210 million.

Q- And where will the margin be next year?

Mr. F- We expect an operating margin of about 14%.

Q- Any change to the dividend?

Mr. F- No, we keep the payout at 40%.
"""


def test_dash_after_a_mark_or_an_honorific_and_initial() -> None:
    """``Q-`` opens an anonymous question; ``Ms. O-`` and ``Mr. F-`` are the listed people whose
    surnames start so."""
    doc = parse(DASH_INITIALS)
    assert pairs(doc) == [
        (None, None, ["Tamsin Orr"]),
        (None, None, ["Idris Fenn"]),
        (None, None, ["Idris Fenn"]),
    ]
    assert speaker_of(doc, "It stands at about $210 million") == "Tamsin Orr"
    assert_sound(doc)


KEY_CODES = """Harlan Securities - Meeting with Brightwater Mills

MOD - Jonah Sterne, Paper Analyst, Harlan Securities
EX1 - Clara Voss, Chief Executive Officer, Brightwater Mills

MOD: Clara, thanks for joining. How did pulp prices move in the quarter?

EX1: Pulp prices fell 6%, and our margin rose to 17%.

MOD: And the mill closure, when will it happen?

EX1: We will close the Dorran mill in March.

MOD: Thank you, Clara.
"""


def test_codes_a_key_line_defines() -> None:
    """``MOD`` and ``EX1`` are the people their key lines name; the analyst's firm is the one his key
    line gives after his title."""
    doc = parse(KEY_CODES)
    assert pairs(doc) == [
        ("Jonah Sterne", "Harlan Securities", ["Clara Voss"]),
        ("Jonah Sterne", "Harlan Securities", ["Clara Voss"]),
    ]
    assert speaker_of(doc, "Pulp prices fell 6%") == "Clara Voss"


HEARING = """SELECT COMMITTEE ON TRANSPORT
Public hearing

Members present: Ms Ruth Calloway, Mr Owen Pryce

KOVAC, Mr Pavel, Chief Executive Officer, Northline Rail
BRENNAN, Ms Aoife, Chief Financial Officer, Northline Rail

Mr KOVAC: Thank you. Northline carried 48 million passengers last year.

Ms CALLOWAY: Mr Kovac, why did fares rise faster than inflation?

Mr KOVAC: Our energy costs rose 30%, and fares covered only part of that.

Ms BRENNAN: The increase added $22 million to revenue.

Mr PRYCE: How many new trains will you order?

Ms BRENNAN: We will order 14 trains over three years.
"""


def test_honorific_and_surname_in_capitals_with_a_witness_list() -> None:
    """``Mr KOVAC:`` is the witness listed as ``KOVAC, Mr Pavel``; ``Ms CALLOWAY:`` the member the
    attendance line names in full."""
    doc = parse(HEARING)
    assert pairs(doc) == [
        ("Ruth Calloway", None, ["Pavel Kovac", "Aoife Brennan"]),
        ("Owen Pryce", None, ["Aoife Brennan"]),
    ]
    assert speaker_of(doc, "Northline carried 48 million") == "Pavel Kovac"


BRIEFING = """PRESS BRIEFING BY TALLIS FOODS
Head office, press room

MR. OKONJO: Good morning. I'm Daniel Okonjo, from communications. Our chief executive, Mira Lund, will take your questions.

MS. LUND: Thank you, Daniel. Sales rose 7% to $940 million.

MR. OKONJO: Questions. Go ahead.

Q Will you close the Leeds plant?

MS. LUND: No. The plant stays open.

MR. OKONJO: Yes, in the middle.

Q Are you raising prices again?

MS. LUND: We raised prices 3% in January and have no plans beyond that.

MR. OKONJO: Thanks, everyone.
"""


def test_bare_q_before_each_reporters_question() -> None:
    """``Q Will you …`` is an anonymous question; the press officer who only gives the floor before
    each one answers nothing."""
    doc = parse(BRIEFING)
    assert pairs(doc) == [(None, None, ["Mira Lund"]), (None, None, ["Mira Lund"])]
    assert speaker_of(doc, "Sales rose 7% to $940 million") == "Mira Lund"


ALIASES = """澄湖科技 调研纪要

参会人员：岭南基金 周扬（以下简称“周”）
公司接待：董事会秘书 陆涵（以下简称“陆”）

陆：欢迎周总。今年上半年公司营业收入5.2亿元，同比增长9%。

周：请问海外订单占比多少？

陆：海外订单占比大约三成。

周：明年资本开支计划是多少？

陆：明年资本开支大约2亿元。
"""


def test_short_forms_the_notes_define() -> None:
    """``周：`` and ``陆：`` are the people the attendance lines define them for; the fund's analyst
    asks from the firm written before his name."""
    doc = parse(ALIASES)
    assert pairs(doc) == [("周扬", "岭南基金", ["陆涵"]), ("周扬", "岭南基金", ["陆涵"])]
    assert speaker_of(doc, "今年上半年公司营业收入5.2亿元") == "陆涵"


ARTICLE = """Quarry operator Stonebeck lifts forecast

Stonebeck raised its full-year profit forecast on Tuesday after a strong summer for building materials.

Note: Figures are unaudited and exclude the disposal of the Welsh unit.

The company now expects operating profit of about 120 million pounds, up from 105 million.

Source: Stonebeck trading statement.

Update: Shares rose 4% in early trading.

Note: An earlier version misstated the size of the disposal.

Source: Exchange filings.

Update: Analysts at two banks raised their targets.
"""


def test_article_with_note_source_and_update_lines_has_no_speakers() -> None:
    """Recurring ``Note:`` / ``Source:`` / ``Update:`` openings name nobody: an article, no speakers."""
    doc = parse(ARTICLE, "news.txt")
    assert doc.speakers == ()
    assert doc.qa == ()
    assert doc.kind == "article"


CALL_IN = """Market Talk - Listener call-in with Fernhill Water

HOST: Welcome back. In the studio are Olga Brandt, the chief executive of Fernhill Water, and Ravi Menon, its chief financial officer. Olga, what stood out this year?

CEO: Revenue rose 5% to $820 million, and leakage fell to a record low.

HOST: Let's take a call. Go ahead.

CALLER: Hi, this is Nina Cole, I'm a small shareholder. Will the dividend rise?

CFO: Thank you for the question, Nina. We plan to raise it 4% in line with inflation.

HOST: Next caller.

CALLER: Hello, Joe Parry here from Leeds. When will bills go up?

CEO: Bills will rise in April by about 3%.
"""


def test_offices_by_their_initials_and_callers_naming_themselves() -> None:
    """``CEO:`` and ``CFO:`` are the people the host named with those offices; a caller who gives only
    a name ("this is Nina Cole", "Joe Parry here") asks as that name, from no firm."""
    doc = parse(CALL_IN)
    assert pairs(doc) == [("Nina Cole", None, ["Ravi Menon"]), ("Joe Parry", None, ["Olga Brandt"])]
    assert speaker_of(doc, "Revenue rose 5% to $820 million") == "Olga Brandt"


TABBED = """Orlin Glass - half-year results call

Operator\tWelcome to the Orlin Glass results call. I will hand over to Vera Lind.

Vera Lind\tThank you. Revenue rose 8% to $310 million.

Operator\tOur first question comes from Tom Kerr of Harrow Capital.

Tom Kerr\tVera, how much did energy costs fall?

Vera Lind\tAbout 12% on last year.

Operator\tThat ends the call.
"""


def test_a_tab_after_each_speakers_name() -> None:
    """``Vera Lind<TAB>Thank you.``: the name before a tab opens the turn, as a colon would."""
    doc = parse(TABBED)
    assert pairs(doc) == [("Tom Kerr", "Harrow Capital", ["Vera Lind"])]
    assert speaker_of(doc, "Revenue rose 8% to $310 million") == "Vera Lind"


CHAIRED = """SELECT COMMITTEE ON ENERGY
Public hearing

Members present: Mr Alan Frost, Ms Dana Quill

MARSDEN, Ms Helen, Chief Executive Officer, Brightvolt Power

CONVENOR: I welcome Brightvolt Power. Ms Marsden, do you wish to make a short statement?

Ms MARSDEN: Thank you. Brightvolt supplied 2.1 million homes last year.

CONVENOR: Thank you. Mr Frost.

Mr FROST: Why did standing charges rise by 9%?

Ms MARSDEN: Network costs rose, and we passed on about half of that.

CONVENOR: Ms Quill.

Ms QUILL: Will prices fall next winter?

Ms MARSDEN: We expect a fall of about 5% from October.

CONVENOR: Thank you for your evidence.
"""


def test_a_prefix_that_names_the_next_speaker_gives_the_floor() -> None:
    """``CONVENOR:`` names nobody the text lists, but names the next speaker each time: the chair of
    the session, who asks nothing, so her invitation to begin is no question."""
    doc = parse(CHAIRED)
    assert pairs(doc) == [("Alan Frost", None, ["Helen Marsden"]), ("Dana Quill", None, ["Helen Marsden"])]
    assert speaker_of(doc, "Brightvolt supplied 2.1 million homes") == "Helen Marsden"
