"""Layouts of English transcripts seen in the wild, each on a short fictional call: an investor day whose
announcer introduces each presenter (``please welcome Chief Financial Officer, <name>.``) over unlabelled
remarks; an expert call's ``Client:`` opposite ``Expert:``; a question passed on to a colleague whose answer
lost its label (``I'll let Mei take that one.``); a newspaper interview of bold questions under a byline."""

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


ANNOUNCED = """Corrigan Devices
Capital Markets Day 2026

ANNOUNCER: Please welcome Chief Executive Officer, Lydia Franke.

Good afternoon. Our installed base grew to 14,000 systems, and service revenue was $610 million.

ANNOUNCER: Ladies and gentlemen, please welcome our Chief Financial Officer, Pavel Novak.

Thank you, Lydia. Gross margin reached 61% and we target 64% by 2029.

ANNOUNCER: Please welcome back Lydia Franke for questions.

Lydia Franke: Our first question is from Ben Okoro at Wexley Securities.

Ben Okoro: Pavel, what does the margin target assume for tariffs?

Pavel Novak: It assumes today's tariffs stay in place.
"""


def test_announcer_welcome_hands_the_unlabelled_remarks_to_the_presenter() -> None:
    doc = parse(ANNOUNCED)
    assert speaker_of(doc, "Our installed base grew") == "Lydia Franke"
    assert speaker_of(doc, "Gross margin reached 61%") == "Pavel Novak"
    assert pairs(doc) == [("Ben Okoro", "Wexley Securities", ["Pavel Novak"])]


EXPERT = """EXPERT CALL TRANSCRIPT
Expert: Former Director of Procurement, Halden Foods
Interviewer: Investment professional (name withheld)

Client: What share of Halden's cocoa is bought forward?

Expert: When I left, about 70% of the next year's needs were covered.

Client: And how are prices passed on?

Expert: With a lag of about two quarters.
"""


def test_expert_calls_client_label_asks_anonymously_and_the_expert_answers() -> None:
    doc = parse(EXPERT)
    assert pairs(doc) == [(None, None, ["Expert"]), (None, None, ["Expert"])]


PASSED_ON = """Operator: Welcome to the Ostwald Tools second quarter call. I'll hand the call to Anders Wik, Chief Executive Officer.

Anders Wik: Thank you. Sales rose 5% to $212 million. I'll now turn it over to our CFO, Mei Lindqvist.

Thanks, Anders. Operating margin was 13.4%.

Operator: Our first question comes from Rosa Dunn with Calder Partners.

Rosa Dunn: Can you size the currency effect in the quarter?

Anders Wik: I'll let Mei take that one.

Sure, Rosa. Currency took about 2 points off sales growth.
"""


def test_answer_after_a_question_passed_on_by_first_name_is_that_colleagues() -> None:
    doc = parse(PASSED_ON)
    assert speaker_of(doc, "Operating margin was 13.4%") == "Mei Lindqvist"
    assert speaker_of(doc, "Currency took about 2 points") == "Mei Lindqvist"
    assert speaker_of(doc, "Sales rose 5%") == "Anders Wik"


def test_a_paragraph_ending_on_let_me_take_stays_the_speakers() -> None:
    text = PASSED_ON.replace("I'll let Mei take that one.", "Let me take that one.")
    doc = parse(text)
    assert speaker_of(doc, "Currency took about 2 points") == "Anders Wik"


INTERVIEW = """# Fenwick Rail's chief on freight volumes

*By Clara Moss, Meridian Business Daily · 3 March 2026*

Fenwick Rail's chief executive, Jonah Pryce, spoke to us after the annual results. The interview has been edited.

**Did volumes recover in the fourth quarter?**

Partly. Carloads were up 3% on the third quarter, still 2% below a year earlier.

**What will you spend this year?**

About $1.1 billion, most of it on track renewal.

**Thank you.**

Thank you.
"""


def test_bold_questions_under_a_byline_are_the_journalists_and_the_answers_the_interviewees() -> None:
    doc = parse(INTERVIEW, "interview.md")
    assert pairs(doc)[:2] == [
        ("Clara Moss", "Meridian Business Daily", ["Jonah Pryce"]),
        ("Clara Moss", "Meridian Business Daily", ["Jonah Pryce"]),
    ]
    assert speaker_of(doc, "Carloads were up 3%") == "Jonah Pryce"
    assert speaker_of(doc, "spoke to us after the annual results") is None


def test_a_news_story_with_a_byline_and_no_bold_questions_has_no_pairs() -> None:
    text = INTERVIEW.replace("**", "")
    text = text.replace("Did volumes recover in the fourth quarter?", "Volumes recovered in part.")
    text = text.replace("What will you spend this year?", "Spending will rise this year.")
    doc = parse(text, "story.md")
    assert not doc.qa


EVIDENCE = """Standing Committee on Natural Resources

EVIDENCE

● (1530)

The Chair (Mr. Paul Tremblay (Outremont—Ville-Marie, Lib.)): Good afternoon. We welcome Ms. Ruth Keller of Norhaven Energy Ltd. Ms. Keller, the floor is yours.

Ms. Ruth Keller (Chief Executive Officer, Norhaven Energy Ltd.): Thank you, Mr. Chair. Norhaven produced 310,000 barrels a day last year.

The Chair: Thank you. Mr. Lachance, you have six minutes.

Mr. Denis Lachance (Rivière-du-Nord—Laurentides, CPC): Thank you, Mr. Chair. Ms. Keller, how much did you spend on emissions capture?

Ms. Ruth Keller: About $420 million over three years.

The Chair: Thank you, Ms. Keller.
"""


def test_committee_members_bracket_is_no_firm_and_the_chair_presides() -> None:
    doc = parse(EVIDENCE)
    assert pairs(doc) == [("Denis Lachance", None, ["Ruth Keller"])]
    assert speaker_of(doc, "Norhaven produced 310,000") == "Ruth Keller"


def test_a_companys_chair_at_its_own_meeting_still_answers() -> None:
    text = """Annual General Meeting of Norhaven Energy Ltd.

The Chair: Welcome to the meeting. Are there questions from shareholders?

Mr. Denis Lachance (Harbour Crest Partners, LLC): What will the dividend be this year?

The Chair: We expect to keep it at 80 cents a share.
"""
    doc = parse(text)
    assert [p[2] for p in pairs(doc)] == [["The Chair"]]


PDF_COLUMNS = """                      Tarrow Gold Ltd - Results Briefing

Operator                 Welcome to the Tarrow Gold results briefing. I will now
                         hand over to Ms Nina Hale, Managing Director.

Nina Hale                Thank you. Gold output was 412,000 ounces, at an
Managing Director        all-in cost of A$1,610 an ounce.

Operator                 Your first question comes from Raj Menon at Cobalt
                         Street Partners.

Raj Menon                Nina, when does the new mill start?
Cobalt Street
Partners

Nina Hale                In the March quarter, Raj.
Managing Director

Operator                 Your next question comes from Ivy Cole at Pike Row.

Ivy Cole                 Nina, is the dividend changing?
Pike Row

Nina Hale                No, it stays at 8 cents.
Managing Director
"""


def test_pdf_speaker_column_with_wrapped_titles_keeps_one_speaker_per_row() -> None:
    doc = parse(PDF_COLUMNS)
    assert speaker_of(doc, "Gold output was 412,000") == "Nina Hale"
    assert "Managing Director" not in {sp.name for sp in doc.speakers}
    assert pairs(doc) == [
        ("Raj Menon", "Cobalt Street Partners", ["Nina Hale"]),
        ("Ivy Cole", "Pike Row", ["Nina Hale"]),
    ]


TESTIMONY = """                    TRANSCRIPT OF HEARING

APPEARANCES:

For the Plaintiffs:      ORLOV & BRANDE LLP
                         BY: MIRA ORLOV, ESQ.

For the Defendant:       KETTLE HAYES LLP
                         BY: SIMON KETTLE, ESQ.

          THE COURT: Ms. Orlov, your witness.

          DANIEL FAIRWEATHER, having been duly sworn, testified as follows:

                          DIRECT EXAMINATION

BY MS. ORLOV:

     Q.   Mr. Fairweather, what were Tarnhill's sales in 2024?

     A.   About $1.2 billion.

          MR. KETTLE: Objection.

          THE COURT: Overruled.

          THE WITNESS: They were $1.21 billion.

                          CROSS-EXAMINATION

BY MR. KETTLE:

     Q.   Did margins fall that year?

     A.   Yes, by two points.
"""


def test_court_examination_questions_are_the_examining_attorneys_and_answers_the_witnesss() -> None:
    doc = parse(TESTIMONY)
    assert pairs(doc) == [
        ("Mira Orlov", "ORLOV & BRANDE LLP", ["Daniel Fairweather"]),
        ("Simon Kettle", "KETTLE HAYES LLP", ["Daniel Fairweather"]),
    ]
    assert speaker_of(doc, "They were $1.21 billion") == "Daniel Fairweather"
    assert speaker_of(doc, "Overruled.") == "The Court"


ITALIC_OPERATOR = """# Dunmore Foods — Half-Year Results Call

### Ines Kaur
*Chief Executive Officer*

Thank you. Sales rose 6% to £740 million.

_Thank you. Our first question comes from Leo Hart with Ashby Lane Securities._

### Leo Hart
*Ashby Lane Securities*

Ines, what drove the volume growth?

### Ines Kaur
*Chief Executive Officer*

Mostly new listings in Germany, Leo.

_Our next question comes from Maya Singh with Corrie & Co._

### Maya Singh
*Corrie & Co.*

Ines, is pricing still positive?

### Ines Kaur
*Chief Executive Officer*

Slightly, about 1%.
"""


def test_italic_operator_lines_end_the_turn_before_and_give_the_firm_without_the_markup() -> None:
    doc = parse(ITALIC_OPERATOR, "call.md")
    assert pairs(doc) == [
        ("Leo Hart", "Ashby Lane Securities", ["Ines Kaur"]),
        ("Maya Singh", "Corrie & Co.", ["Ines Kaur"]),
    ]
    assert speaker_of(doc, "Our first question comes from") != "Ines Kaur"


def test_a_turn_that_only_passes_the_question_on_answers_nothing() -> None:
    doc = parse(PASSED_ON)
    assert pairs(doc) == [("Rosa Dunn", "Calder Partners", ["Mei Lindqvist"])]
