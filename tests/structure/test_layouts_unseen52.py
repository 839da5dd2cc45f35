"""Layouts of English transcripts seen in the wild, each on a short fictional call: a hand-over to a
colleague by office alone over unlabelled remarks; surnames printed in capitals (``Jean-Luc MARCHAND``);
a meeting tool's attendees on one line; a webcast's ``Investor Relations:`` label reading numbered
questions; shareholders labelled by the microphone they speak at; the queue announced ahead
(``…, followed by …``); an ``Unidentified Analyst`` on for the analyst announced; askers labelled by
their firm alone."""

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


OFFICE_HANDOVER = """Brantley Foods Q1 2026 Earnings Call

Company participants:
Nora Quist - Vice President, Investor Relations
Elias Ward - Chief Executive Officer
Petra Lang - Chief Financial Officer

Operator: Welcome to the Brantley Foods first quarter call. I will now turn the call over to Nora Quist.

Nora Quist: Thank you. Our remarks include forward-looking statements. I will now hand over to our Chief Executive Officer.

Thank you, Nora. Volumes grew 5% and we launched nine new products.

Our Chief Financial Officer will now take you through the numbers.

Thanks. Net sales were $612 million and gross margin was 29.4%.

Operator: Our first question comes from Dev Mehta with Crane Hill Securities.

Dev Mehta: Petra, what is the tax rate for the year?

Petra Lang: About 24%.
"""


def test_a_hand_over_by_office_alone_gives_the_unlabelled_remarks_to_that_officer() -> None:
    doc = parse(OFFICE_HANDOVER)
    assert speaker_of(doc, "Volumes grew 5%") == "Elias Ward"
    assert speaker_of(doc, "Our Chief Financial Officer will now") == "Elias Ward"
    assert speaker_of(doc, "Net sales were $612 million") == "Petra Lang"


def test_without_a_roster_the_opening_names_who_holds_the_office() -> None:
    text = OFFICE_HANDOVER.replace(
        "Company participants:\nNora Quist - Vice President, Investor Relations\nElias Ward - Chief Executive Officer\n"
        "Petra Lang - Chief Financial Officer\n\n",
        "",
    ).replace(
        "Our remarks include",
        "With me are Elias Ward, our Chief Executive Officer, and Petra Lang, our Chief Financial Officer. Our remarks include",
    )
    doc = parse(text)
    assert speaker_of(doc, "Volumes grew 5%") == "Elias Ward"
    assert speaker_of(doc, "Net sales were $612 million") == "Petra Lang"


def test_a_hand_over_to_an_office_no_one_holds_names_nobody() -> None:
    doc = parse(OFFICE_HANDOVER.replace("Chief Executive Officer.\n", "Chief Operating Officer.\n"))
    assert speaker_of(doc, "Volumes grew 5%") == "Nora Quist"  # the last label goes on: nobody invented


CAPS_SURNAMES = """ORVANE SA
Full-Year 2025 Results - Conference Call

Operator
Welcome to the Orvane results call. I hand over to Marc Delorme.

Marc DELORME, Chief Executive Officer
Thank you. Sales were €1.9 billion, up 4%.

Operator
The first question comes from Lea Brunet, Banque Saulnier.

Lea BRUNET, Banque Saulnier
Marc, what drove the growth in Spain?

Marc DELORME, Chief Executive Officer
New contracts with two retailers.
"""


def test_a_surname_printed_in_capitals_reads_as_the_name() -> None:
    doc = parse(CAPS_SURNAMES)
    assert pairs(doc) == [("Lea Brunet", "Banque Saulnier", ["Marc Delorme"])]
    assert speaker_of(doc, "Sales were €1.9 billion") == "Marc Delorme"


ATTENDEES_LINE = """Tallow Labs Q2 results call (2026-08-04 15:00 GMT) - Transcript

Attendees

Bea Norris, Cyrus Hale, Ilona Frey, Tallow IR, Victor Sand

Transcript

00:00:00

Ilona Frey: Welcome to the Tallow Labs results call. Victor Sand, our CEO, is with me.
Victor Sand: Thanks, Ilona. Revenue grew 15% to $48 million.
Ilona Frey: First, Bea Norris from Kestrel Research.
Bea Norris: Victor, how many customers did you add?
Victor Sand: About 120 in the quarter.
"""


def test_a_meeting_tools_attendees_line_lists_each_name_not_one_with_an_affiliation() -> None:
    doc = parse(ATTENDEES_LINE)
    assert pairs(doc) == [("Bea Norris", "Kestrel Research", ["Victor Sand"])]
    bea = next(s for s in doc.speakers if s.name == "Bea Norris")
    assert bea.affiliation == "Kestrel Research"


IR_DEPARTMENT = """Corbel Therapeutics plc
Half Year 2026 Results Webcast

Investor Relations: Good morning. My name is Ruth Adair and I lead investor relations. With me is Colin Marsh, our Chief Executive Officer.

Colin Marsh: Thank you, Ruth. Sales rose 11% to £620 million.

Investor Relations: Question 1 is from Omar Haddad at Fenlow Capital: "When will the new plant open?"

Colin Marsh: Early next year.

Investor Relations: Question 2 is from an investor who left no name: "Will the dividend grow?"

Colin Marsh: Yes, in line with earnings.
"""


def test_an_investor_relations_label_reads_numbered_webcast_questions_and_is_the_host_who_names_herself() -> None:
    doc = parse(IR_DEPARTMENT)
    assert pairs(doc) == [("Omar Haddad", "Fenlow Capital", ["Colin Marsh"]), (None, None, ["Colin Marsh"])]
    assert speaker_of(doc, "My name is Ruth Adair") == "Ruth Adair"


MICROPHONES = """Hollin Water plc Annual General Meeting

Grace Hollin: Good morning and welcome to the Annual General Meeting. With me is Tom Avery, our Chief Executive.

Tom Avery: Thank you, Grace. We invested £210 million in the network this year.

Grace Hollin: We now take questions from shareholders. Microphone 3, please.

Microphone 3: Good morning. My name is Alan Pike, I'm a private shareholder. Why are bills rising?

Grace Hollin: Tom, would you take that?

Tom Avery: The increase pays for the new reservoir.

Grace Hollin: Microphone 1.

Microphone 1: Thank you, Chair. Susan Ellis, Marlow Pension Trust. Is the dividend covered?

Tom Avery: Yes, 1.3 times.

Grace Hollin: Thank you. We will now move to the formal business of the meeting.
"""


def test_shareholders_labelled_by_microphone_ask_as_they_name_themselves_and_the_chair_only_hands_on() -> None:
    doc = parse(MICROPHONES)
    assert pairs(doc) == [("Alan Pike", None, ["Tom Avery"]), ("Susan Ellis", "Marlow Pension Trust", ["Tom Avery"])]


QUEUE_AHEAD = """Ferrin Marine Q2 2026 Earnings Call

Operator: Welcome. I will now turn the call over to Ida Koss, Chief Executive Officer.

Ida Koss: Thank you. Revenue rose 9% to $180 million.

Operator: We'll start with Ben Ortiz from Salt Harbor Capital, followed by Lina Park from Westmere Securities.

Ben Ortiz: Ida, how is utilisation trending?

Ida Koss: It is at 91%.

Lina Park: Ida, any change to the dividend?

Ida Koss: No change this year.
"""


def test_an_asker_announced_ahead_in_the_queue_keeps_the_firm_announced() -> None:
    doc = parse(QUEUE_AHEAD)
    assert pairs(parse(QUEUE_AHEAD.replace("We'll", "We’ll"))) == pairs(doc)  # (a curly apostrophe alike)
    assert pairs(doc) == [
        ("Ben Ortiz", "Salt Harbor Capital", ["Ida Koss"]),
        ("Lina Park", "Westmere Securities", ["Ida Koss"]),
    ]


UNIDENTIFIED_ON_FOR = """Galt Foods Q3 2026 Earnings Call

Company Participants

Mia Rusk - Chief Executive Officer

Conference Call Participants

Owen Pratt - Brandle Securities

Operator

Our first question comes from Owen Pratt with Brandle Securities.

Unidentified Analyst

Hi, it's Sam on for Owen. Mia, how are volumes?

Mia Rusk

Up 3% in the quarter.
"""


def test_an_unidentified_analyst_on_for_the_analyst_announced_asks_from_that_firm() -> None:
    doc = parse(UNIDENTIFIED_ON_FOR)
    assert pairs(doc) == [("Unidentified Analyst", "Brandle Securities", ["Mia Rusk"])]


FIRM_LABELS = """Daewon Steel Co., Ltd. Q3 2026 Earnings Call

Operator: We will now begin the conference call of Daewon Steel. Presenting today is Han Seo-yeon, Head of IR.

Han Seo-yeon: Thank you. Revenue was KRW 2.1 trillion. Our CFO, Jang Min-ho, will take questions.

Operator: The first question is from Yoon Ji-su of Namsan Securities.

Namsan Securities: What is the outlook for steel prices?

Jang Min-ho: We expect prices to stay flat.

Operator: The next question is from Crestline Capital.

Crestline Capital: Will you raise the dividend?

Jang Min-ho: We will review it in February.
"""


def test_askers_labelled_by_their_firm_alone_ask_from_that_firm() -> None:
    doc = parse(FIRM_LABELS)
    assert pairs(doc) == [
        ("Yoon Ji-su", "Namsan Securities", ["Jang Min-ho"]),
        (None, "Crestline Capital", ["Jang Min-ho"]),
    ]


DEPOSITION = """                 UNITED STATES DISTRICT COURT

   IN RE MARROW FOODS, INC. SECURITIES LITIGATION

   JUNE ALCOTT, on Behalf of All Others
   Similarly Situated,
                         Plaintiff,
            v.
   MARROW FOODS, INC., et al.,
                         Defendants.

   APPEARANCES:

   For Plaintiff:   HALE & VOSS LLP
                    BY: ERIN HALE, ESQ.

                             SIMON TRENT,
   having been duly sworn, was examined and testified as follows:

   BY MS. HALE:

        Q.  Mr. Trent, what was Marrow's revenue in 2024?

        A.  About $1.4 billion.

        Q.  Did the guidance include the acquisition?

        A.  No, it did not.
"""


def test_a_deposition_names_the_witness_sworn_on_the_next_line_and_reads_no_caption_party_as_a_speaker() -> None:
    doc = run(from_text(DEPOSITION, "deposition.txt"))
    assert pairs(doc) == [
        ("Erin Hale", "HALE & VOSS LLP", ["Simon Trent"]),
        ("Erin Hale", "HALE & VOSS LLP", ["Simon Trent"]),
    ]
    assert speaker_of(doc, "MARROW FOODS, INC., et al.,") is None
    assert "Marrow Foods" not in {s.name for s in doc.speakers}
