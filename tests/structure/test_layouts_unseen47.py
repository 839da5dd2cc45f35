"""Layouts of English transcripts seen in the wild, each on a short fictional call: labels that write the
office before the name (``Vice President of Investor Relations Jane Roe:``, ``President and CEO Raj
Patel`` alone on its line) and reporters labelled ``Journalist``; a second analyst of a firm just named
(``… Jane Roe, also with Example Bank``); a host turning from the webcast back to the phones (``Next on
the phone is …``); a published script
whose unlabelled remarks sit under one heading naming their speakers, passed on by first name and taken
back (``This is Jane again.``); a conference host's unlabelled welcome in which she names herself."""

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


OFFICE_FIRST_INLINE = """Pemberly Tools Third Quarter 2025 Earnings Call

Operator: Welcome to the Pemberly Tools call. I would now like to hand the call to Jonas Reed, Vice President of Investor Relations.

Vice President of Investor Relations Jonas Reed: Thank you. With me is our Chief Executive Officer, Tara Bell. Tara?

Chief Executive Officer Tara Bell: Thanks, Jonas. Sales rose 5% to $420 million and margins held at 16%.

Operator: Our first question comes from Felix Moran with Oakbridge Securities.

Felix Moran: Tara, how are orders trending in October?

Chief Executive Officer Tara Bell: Up mid-single digits.
"""


def test_a_long_office_before_the_name_labels_the_speaker() -> None:
    doc = parse(OFFICE_FIRST_INLINE)
    assert speaker_of(doc, "With me is our Chief Executive Officer") == "Jonas Reed"
    assert speaker_of(doc, "Sales rose 5%") == "Tara Bell"
    assert pairs(doc) == [("Felix Moran", "Oakbridge Securities", ["Tara Bell"])]


OFFICE_FIRST_OWN_LINE = """SKOGBY PAPER AB
Interim Report January–June 2025
Press conference, 18 July 2025

Head of Communications Sara Lind

Welcome to Skogby Paper's press conference. With me is our President and CEO, Nils Berg.

President and CEO Nils Berg

Thank you, Sara. Net sales were SEK 3.1 billion, 4% higher than last year.

Head of Communications Sara Lind

Questions from the press, please. Say your name and where you are from.

Journalist

Ida Falk, Business Daily. Nils, will you close the Gävle mill?

President and CEO Nils Berg

Not this year.
"""


def test_offices_before_names_on_their_own_lines_and_a_journalist_label() -> None:
    doc = parse(OFFICE_FIRST_OWN_LINE)
    assert speaker_of(doc, "Welcome to Skogby Paper's press conference") == "Sara Lind"
    assert speaker_of(doc, "Net sales were SEK 3.1 billion") == "Nils Berg"
    assert pairs(doc) == [("Ida Falk", "Business Daily", ["Nils Berg"])]


def test_a_report_name_with_a_month_span_is_no_speaker() -> None:
    doc = parse(OFFICE_FIRST_OWN_LINE)
    assert speaker_of(doc, "Interim Report January") is None
    assert not any(s.name.startswith("Interim Report") for s in doc.speakers)


TWO_FROM_ONE_FIRM = """Corlett Foods Q2 Earnings Call

Operator: Welcome to the call. I'll hand over to our CEO, Maya Singh.

Maya Singh: Thank you. Volumes grew 6% in the quarter.

Operator: Our first question comes from Ravi Menon with Eastgate Capital.

Ravi Menon: Maya, what drove the volume growth?

Maya Singh: Mostly new listings in snacks.

Operator: Our next question comes from Laura Chen, also with Eastgate Capital.

Laura Chen: Any change to pricing plans?

Maya Singh: No change for now.

Moderator: The next question is from the line of Arjun Das, also from Eastgate Capital. Please go ahead.

Arjun Das: What about input costs?

Maya Singh: They eased in the quarter.
"""


def test_a_second_analyst_also_with_the_firm_asks_from_that_firm() -> None:
    doc = parse(TWO_FROM_ONE_FIRM)
    assert [p[:2] for p in pairs(doc)] == [
        ("Ravi Menon", "Eastgate Capital"),
        ("Laura Chen", "Eastgate Capital"),
        ("Arjun Das", "Eastgate Capital"),
    ]


WEBCAST_THEN_PHONE = """Halden Labs Q3 2025 Results Call (automatic transcript)

[00:00:04] Speaker 1: Welcome to Halden Labs' results call. I'm Eva Strand, head of investor relations. With me is our CFO, Marco Ruiz. Marco?
[00:00:30] Speaker 2: Thanks, Eva. Revenue was $150 million, up 9%.
[00:01:10] Speaker 1: Thanks, Marco. Our first question is from Amir Haddad at Crestline Research. Amir, go ahead.
[00:01:15] Speaker 3: Marco, what drove the margin?
[00:01:20] Speaker 2: Mostly pricing.
[00:01:40] Speaker 1: Next on the phone is Clara Voss from Northgate Partners.
[00:01:44] Speaker 4: Hi. Marco, any change to the buyback?
[00:01:48] Speaker 2: None.
"""


def test_next_on_the_phone_introduces_the_asker() -> None:
    doc = parse(WEBCAST_THEN_PHONE)
    assert pairs(doc)[-1] == ("Clara Voss", "Northgate Partners", ["Marco Ruiz"])


JOINT_HEADING_SCRIPT = """BRAYFORD RAIL SERVICES
Second Quarter Results — Prepared Remarks and Q&A

PREPARED REMARKS OF NORA QUILL, CHIEF EXECUTIVE OFFICER, AND DEV MALIK, CHIEF FINANCIAL OFFICER

Good morning, everyone. Orders rose 12% in the quarter and the backlog reached $2.4 billion.

With that, I'll turn it over to Dev.

Thanks, Nora. Operating margin was 14.1% and free cash flow was $88 million.

I'll hand it back to Nora for a few closing words.

This is Nora again. We are raising our outlook for the year.

QUESTION-AND-ANSWER SESSION

Operator: Our first question comes from Hugo Lane with Marlow Partners.

Hugo Lane: Dev, what drove the margin?

Dev Malik: Mostly pricing.
"""


def test_a_heading_naming_the_speakers_gives_the_unlabelled_remarks_to_them() -> None:
    doc = parse(JOINT_HEADING_SCRIPT)
    assert speaker_of(doc, "Orders rose 12% in the quarter") == "Nora Quill"
    assert speaker_of(doc, "Operating margin was 14.1%") == "Dev Malik"
    assert speaker_of(doc, "This is Nora again.") == "Nora Quill"
    assert speaker_of(doc, "PREPARED REMARKS OF NORA QUILL") is None
    assert pairs(doc) == [("Hugo Lane", "Marlow Partners", ["Dev Malik"])]


HOST_WELCOME_UNLABELLED = """Harwick Foods at Lannister Brothers Consumer Conference (Transcript)

Good afternoon, everyone. I'm Paula Greer, and I cover food producers here at Lannister Brothers. Please welcome Chief Executive Officer Sam Ortiz.

Sam Ortiz

Thanks, Paula. Sales grew 5% in the first half.

Paula Greer

Sam, are shoppers trading down?

Sam Ortiz

A little, in frozen.

Paula Greer

And what about costs?

Sam Ortiz

Easing, mostly in packaging.

Paula Greer

We're out of time. Thank you, Sam.
"""


def test_a_hosts_unlabelled_welcome_is_the_host_who_names_herself() -> None:
    doc = parse(HOST_WELCOME_UNLABELLED)
    assert speaker_of(doc, "Good afternoon, everyone. I'm Paula Greer") == "Paula Greer"
    assert speaker_of(doc, "Harwick Foods at Lannister") is None
    assert [p[:2] for p in pairs(doc)] == [("Paula Greer", "Lannister Brothers")] * 2


ARTICLE_WITH_SELF_NAMED_QUOTE = """Harwick Foods lifts outlook

By Staff Reporter

Harwick Foods raised its outlook on Tuesday. "I'm Sam Ortiz's biggest fan," one investor said.

Chief executive Sam Ortiz told analysts that sales grew 5%.
"""


def test_an_article_quoting_someone_naming_themselves_gets_no_speakers() -> None:
    doc = parse(ARTICLE_WITH_SELF_NAMED_QUOTE)
    assert not doc.speakers
    assert not doc.qa


RANK_COMMA_OFFICE = """Maddon Logistics Q4 2025 Earnings Call

Operator: Welcome. I will now turn the call over to Rita Osei, Senior Vice President, Investor Relations.

Senior Vice President, Investor Relations Rita Osei: Thank you. With me is our Chief Executive Officer, Paul Grant. Paul?

Chief Executive Officer Paul Grant: Thanks, Rita. Shipments rose 4% in the quarter.

Operator: Our first question comes from Lena Fox with Ashby Partners.

Lena Fox: Paul, how is pricing holding up?

Chief Executive Officer Paul Grant: Pricing is firm.
"""


def test_an_office_with_a_comma_after_its_rank_before_the_name_labels_the_speaker() -> None:
    doc = parse(RANK_COMMA_OFFICE)
    assert speaker_of(doc, "With me is our Chief Executive Officer") == "Rita Osei"
    assert pairs(doc) == [("Lena Fox", "Ashby Partners", ["Paul Grant"])]


THANKS_ALL_AT_THE_END = """ODDA SHIPPING — Results Press Conference

Director of Communications Kari Vik

Welcome. With me is our CFO, Tor Lunde.

CFO Tor Lunde

Thank you, Kari. Net profit was USD 120 million.

Director of Communications Kari Vik

Questions, please.

Reporter

Ola Berg, Shipping Today. Tor, how large is the buyback?

CFO Tor Lunde

Up to USD 50 million.

Director of Communications Kari Vik

Thank you all.
"""


def test_a_hosts_closing_thanks_answers_no_question() -> None:
    doc = parse(THANKS_ALL_AT_THE_END)
    assert pairs(doc) == [("Ola Berg", "Shipping Today", ["Tor Lunde"])]
