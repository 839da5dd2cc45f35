"""Layouts of English transcripts seen in the wild, each on a short fictional call, where the prepared
remarks say who speaks without a name in the label: numbered speakers of a machine transcription who
introduce themselves with their office (``this is Jane Roe, CFO``), labels by office alone (``Chief
Financial Officer:``) that the opening ties to a person, a company's people listed after ``Management:``
on one line and then called by first name, a published script that labels only the operator and the
Q&A, its remarks passed on by hand-overs; and typed questions the IR head reads out with who sent them
after the question or opening its sentence; a label line naming two executives who answer together."""

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


def speaker_of(doc: Document, start: str) -> str | None:
    """The name of the speaker of the first paragraph holding ``start``."""
    para = next(p for p in doc.paragraphs if start in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


NUMBERED_SELF_NAMED = """Pellmoor Cider Co. — Q3 2025 Earnings Call
Transcript generated automatically.

Speaker 1: Good afternoon and welcome to the Pellmoor Cider third quarter call. I'd now like to turn the call over to the company.
Speaker 2: Good afternoon, everyone. This is Ruth Calloway, Head of Investor Relations. With me are our CEO and our CFO.
Speaker 3: Hi everyone, this is Amos Treloar, CEO. Volumes grew 6% in the quarter and we entered two new states.
Speaker 4: And good afternoon, this is Nell Okonkwo, CFO. Net sales were $74 million, up 8%. We'll take questions now.
Speaker 1: Our first question comes from Victor Hale with Brankstone Research.
Speaker 5: Thanks. Amos, are the new states in the guidance?
Speaker 3: Partly, Victor. Shipments start in the fourth quarter.
"""


def test_numbered_speakers_naming_themselves_with_an_office_are_the_company() -> None:
    doc = parse(NUMBERED_SELF_NAMED)
    assert pairs(doc) == [("Victor Hale", "Brankstone Research", ["Amos Treloar"])]
    assert speaker_of(doc, "Volumes grew 6%") == "Amos Treloar"
    assert speaker_of(doc, "Net sales were $74 million") == "Nell Okonkwo"
    ir = next(s for s in doc.speakers if s.name == "Ruth Calloway")
    assert ir.side == "company"


OFFICE_LABELS = """Harlowe Bakeries plc – Interim Results Call

Operator: Good morning and welcome to the Harlowe Bakeries interim results call. I will now hand over to the Head of Investor Relations.

Head of Investor Relations: Thank you. I'm Mina Sorrell, head of investor relations, joined by our Chief Executive, Colin Raftery, and our Chief Financial Officer, Agnes Lowe.

Chief Executive Officer: Thank you, Mina. Revenue rose 4% to £620 million and we opened two bakeries.

Chief Financial Officer: Thanks, Colin. Adjusted operating profit was £48 million.

Operator: The first question comes from Imran Qadir at Fellgate Securities.

Imran Qadir: Morning. Agnes, where does net debt end the year?

Chief Financial Officer: Around £150 million, Imran.
"""


def test_a_label_by_office_alone_is_the_person_the_opening_gives_that_office() -> None:
    doc = parse(OFFICE_LABELS)
    assert pairs(doc) == [("Imran Qadir", "Fellgate Securities", ["Agnes Lowe"])]
    assert speaker_of(doc, "Revenue rose 4%") == "Colin Raftery"
    assert speaker_of(doc, "Adjusted operating profit was") == "Agnes Lowe"
    assert speaker_of(doc, "I'm Mina Sorrell") == "Mina Sorrell"


MANAGEMENT_LINE = """Varanasi Polymers Limited
Q1 FY26 Earnings Conference Call

Management: Vikram Joshi, Managing Director; Meera Pillai, Chief Financial Officer

Moderator: Good day and welcome to the Varanasi Polymers earnings call. I now hand the conference over to Mr. Vikram Joshi.

Vikram: Thank you. Revenue for the quarter was Rs. 310 crores, up 9%. I'll request Meera to take you through the financials.

Meera: Thank you, Vikram. EBITDA was Rs. 41 crores, a margin of 13.2%.

Moderator: The first question is from the line of Sunil Rao from Deccan Lane Securities. Please go ahead.

Sunil: Thank you. Ma'am, what is the capex plan for FY27?

Meera: Around Rs. 45 crores.
"""


def test_people_listed_after_management_on_one_line_are_known_by_first_name() -> None:
    doc = parse(MANAGEMENT_LINE)
    assert pairs(doc) == [("Sunil Rao", "Deccan Lane Securities", ["Meera Pillai"])]
    assert speaker_of(doc, "EBITDA was Rs. 41 crores") == "Meera Pillai"
    assert speaker_of(doc, "Management: Vikram Joshi") is None
    assert "Management" not in {s.name for s in doc.speakers}


SCRIPT_HANDOVERS = """BRACKENFELL WATER TRUST
Q2 2025 Conference Call — Script and Q&A

Operator: Good morning, and welcome to the Brackenfell Water Trust second quarter call. I would now like to turn the call over to our Chief Executive Officer, Lena Hartigan. Please go ahead.

Thank you, operator, and good morning. Connections grew 3% in the quarter and we completed the Ashby treatment works.

I'll now turn the call over to our CFO, Tomas Brecker.

Thanks, Lena. Funds from operations were $52 million. Operator, we'll take questions now.

Operator: Our first question comes from Paula Greaves with Eastwick Securities.

Q – Paula Greaves (Eastwick Securities): Good morning. Tomas, what is the payout ratio?

A – Tomas Brecker: About 80% of funds from operations.
"""


def test_unlabelled_remarks_after_a_hand_over_are_the_person_handed_the_call() -> None:
    doc = parse(SCRIPT_HANDOVERS)
    assert pairs(doc) == [("Paula Greaves", "Eastwick Securities", ["Tomas Brecker"])]
    assert speaker_of(doc, "Connections grew 3%") == "Lena Hartigan"
    assert speaker_of(doc, "I'll now turn the call over") == "Lena Hartigan"
    assert speaker_of(doc, "Funds from operations were") == "Tomas Brecker"


SENDER_AFTER = """Wexcombe Instruments — Q2 2026 Results Webcast

Dora Lindqvist: Good morning. I'm Dora Lindqvist, head of investor relations. Presenting today are our CEO, Hal Brennan, and our CFO, Pia Sorensen. Hal?

Hal Brennan: Thank you, Dora. Revenue was $140 million, up 7%.

Dora Lindqvist: Let's turn to your questions. The first one: how much of the growth came from service contracts? That's from Omar Fitch at Kelvedon Capital.

Hal Brennan: About a third of it, Omar.

Dora Lindqvist: We also have a question from the webcast. From Lucy Brandt at Marlow Row Securities: what is the tax rate for the year?

Pia Sorensen: Around 21%, Lucy.

Dora Lindqvist: And a question sent in without a name: will you raise the dividend?

Pia Sorensen: The board will decide in March.
"""


def test_a_question_read_out_with_its_sender_after_it_or_before_its_colon_is_the_senders() -> None:
    doc = parse(SENDER_AFTER)
    assert pairs(doc) == [
        ("Omar Fitch", "Kelvedon Capital", ["Hal Brennan"]),
        ("Lucy Brandt", "Marlow Row Securities", ["Pia Sorensen"]),
        (None, None, ["Pia Sorensen"]),
    ]


JOINT_LABEL = """Tamworth Optics (TWO) Q1 2026 Earnings Call Transcript

Prepared Remarks:

Operator

Welcome to the Tamworth Optics first quarter call. I would now like to turn the call over to Greta Vale, our CEO.

Greta Vale -- Chief Executive Officer

Thanks. Revenue was $96 million, up 12%.

Questions & Answers:

Operator

Our first question comes from Ross Keane with Dunmore Securities.

Ross Keane -- Dunmore Securities -- Analyst

Thanks. What's utilization, and where does gross margin land next year?

Greta Vale and Arjun Mehta -- Chief Executive Officer and Chief Financial Officer

Greta here: about 80%. Arjun here: around 48% to 50%.
"""


def test_a_label_line_naming_two_executives_credits_both_with_the_answer() -> None:
    doc = parse(JOINT_LABEL)
    assert pairs(doc) == [("Ross Keane", "Dunmore Securities", ["Greta Vale", "Arjun Mehta"])]


CAPS_OFFICE_LINES = """CALDERBROOK WATER PLC
HALF-YEAR RESULTS — TRANSCRIPT

OPERATOR
Good morning. I will now hand you over to Calderbrook's Chief Executive Officer, Fenella Hart.

CHIEF EXECUTIVE OFFICER
Thank you. I'm joined by our Chief Financial Officer, Rhys Madoc. Revenue rose 5% to £410 million.

CHIEF FINANCIAL OFFICER
Thank you, Fenella. Net debt was £2.2 billion.

OPERATOR
The first question comes from Anil Vora at Thornbury Securities.

ANIL VORA, THORNBURY SECURITIES
Rhys, what is the interest cost for next year?

CHIEF FINANCIAL OFFICER
About £95 million.
"""


def test_an_office_alone_on_its_line_in_capitals_is_a_label_for_the_person_holding_it() -> None:
    doc = parse(CAPS_OFFICE_LINES)
    assert pairs(doc) == [("Anil Vora", "Thornbury Securities", ["Rhys Madoc"])]
    assert speaker_of(doc, "Revenue rose 5%") == "Fenella Hart"
    assert speaker_of(doc, "Net debt was £2.2 billion") == "Rhys Madoc"


FIRST_NAME_HANDOVERS = """Kellingham Freight
Q3 2025 Conference Call Script and Transcript

Operator: Welcome to the Kellingham Freight third quarter call. I would now like to turn the call over to Rosa Quint, head of investor relations.

Thank you, operator. With me today are Brendan Hale, our Chief Executive Officer, and Mai Okada, our Chief Financial Officer. I'll now turn the call over to Brendan.

Thanks, Rosa. Loads rose 6% in the quarter. Mai?

Thank you, Brendan. Revenue was $318 million.

Operator: Our first question comes from Leon Fry with Ashdown Securities.

Leon Fry: Mai, what is the capex plan?

Mai Okada: About $60 million.
"""


def test_unlabelled_remarks_after_a_hand_over_by_first_name_are_the_person_the_opening_names() -> None:
    doc = parse(FIRST_NAME_HANDOVERS)
    assert pairs(doc) == [("Leon Fry", "Ashdown Securities", ["Mai Okada"])]
    assert speaker_of(doc, "With me today are") == "Rosa Quint"
    assert speaker_of(doc, "Loads rose 6%") == "Brendan Hale"
    assert speaker_of(doc, "Revenue was $318 million") == "Mai Okada"


def test_an_office_label_finds_a_double_barrelled_surname_after_the_office() -> None:
    doc = parse(OFFICE_LABELS.replace("Agnes Lowe", "Agnes Lowe-Hart"))
    assert pairs(doc) == [("Imran Qadir", "Fellgate Securities", ["Agnes Lowe-Hart"])]
