"""Layouts first met on held-out public transcripts, each on a short fictional call (layouts.py):
labels with the side in parentheses, italic title lines, ``Name (mm:ss):`` labels, a "speaker" line
above each name."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure import layouts as L
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def test_side_in_parentheses_is_no_firm_and_a_label_under_a_full_line_starts_a_turn() -> None:
    """`Name (Executives)` / `Name (Analysts)`: the side, not a title or a firm (the firm comes from
    the operator); `Operator (Operator)` is the operator; a label heard once, right under the
    operator's finished full-width line, is not glued to it."""
    doc = parse(L.PAREN_SIDE_CALL)
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("thomas-becker", "Goldman Sachs Group Research", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["operator"].name == "Operator"
    assert doc.speakers_by_id["laura-chen"].side == "company"
    assert doc.speakers_by_id["thomas-becker"].side == "analyst"
    assert all(s.affiliation not in ("Analysts", "Executives") for s in doc.speakers)
    assert doc.paragraph(n_of(doc, "what is the capital expenditure plan")).speaker == "thomas-becker"
    assert_sound(doc)


def test_italic_title_lines_under_bold_names() -> None:
    """`*Firm, Research Division*` under a bold name is the analyst's firm (without the asterisks),
    even for an analyst heard once; it is never the question."""
    doc = parse(L.ITALIC_TITLE_CALL, "call.md")
    assert summary(doc) == [
        ("priya-raman", "Harbor Point Securities LLC, Research Division", ["laura-chen"]),
        ("thomas-becker", "Goldman Sachs Group, Inc., Research Division", ["mark-davis"]),
    ]
    assert doc.paragraph(doc.qa[1].question[0]).text.startswith("What is the capital")
    assert doc.speakers_by_id["mark-davis"].side == "company"
    assert_sound(doc)


def test_timed_labels_before_the_colon_in_an_excerpt_that_opens_on_a_question() -> None:
    """`Name (29:02):` labels; a text that opens on "Thanks for taking my question" starts in the
    Q&A; "So, what's your follow-up?" invites a new question instead of asking the analyst back."""
    doc = parse(L.TIMED_COLON_EXCERPT)
    assert summary(doc) == [
        ("priya-raman", None, ["laura-chen"]),
        ("priya-raman", None, ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["priya-raman"].side == "analyst"
    assert doc.paragraph(n_of(doc, "We will open two")).speaker == "laura-chen"
    assert_sound(doc)


def test_a_speaker_line_above_each_name() -> None:
    doc = parse(L.SPEAKER_MARK_CALL)
    assert doc.kind == "transcript"
    assert doc.paragraph(n_of(doc, "Thank you, operator. Good morning.")).speaker == "laura-chen"
    assert doc.paragraph(n_of(doc, "thank you for standing by")).speaker == "operator"
    assert {doc.paragraph(n).role for n in (4, 7)} == {"boilerplate"}


def test_markdown_headings_name_the_speakers() -> None:
    """`### Name, Analyst, Firm` / `### Name, Title, Company` headings are labels; an analyst's
    `Analyst, Firm` gives the firm."""
    doc = parse(L.HEADING_NOTES_CALL, "notes.md")
    assert summary(doc) == [
        ("priya-raman", "Harbor Point Securities LLC", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs & Co. LLC", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["laura-chen"].side == "company"
    assert_sound(doc)


def test_a_speaker_named_by_surname_after_the_full_name() -> None:
    """`Whitfield:` after `Dana Whitfield:` is the same speaker; once that inline layout recurs, a
    name heard once (`Lena Park:`) is a speaker too; the article above the transcript is no one's."""
    doc = parse(L.SURNAME_PODCAST)
    assert doc.paragraph(n_of(doc, "joining us from the markets desk")).speaker == "dana-whitfield"
    assert doc.paragraph(n_of(doc, "Let's start with the cloud")).speaker == "dana-whitfield"
    assert doc.paragraph(n_of(doc, "Lena Park: Hello.")).speaker == "lena-park"
    assert doc.paragraph(n_of(doc, "Omar Haddad: Good morning.")).speaker == "omar-haddad"
    assert doc.paragraph(n_of(doc, "lightly edited transcript")).speaker is None


def test_a_chunk_cut_mid_answer_is_in_the_q_and_a() -> None:
    """A text starting mid-sentence whose first introduction is of the *next* question began in the
    Q&A: the first speaker's follow-up is a question, not prepared remarks."""
    doc = parse(L.MID_ANSWER_CHUNK)
    assert summary(doc) == [
        ("priya-raman", None, ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.paragraph(1).speaker is None
    assert_sound(doc)


ONE_HEADER_EXCERPT = """\
NovaSky Technology Q3 2025 earnings call, excerpt

Laura Chen - NovaSky Technology Inc. - Chief Executive Officer

Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%, and we expect cloud to keep growing next year.

Gross margin improved to 42.5%, and we expect it to improve again next year.
"""

ONE_HEADER_ARTICLE = """\
NovaSky names a new chief executive

Laura Chen - NovaSky Technology Inc. - Chief Executive Officer

The company said on Thursday that its board had appointed the cloud unit's head to lead the group from January.

Analysts said the choice signalled a focus on the cloud business.
"""


def test_one_name_firm_title_header_over_first_person_speech_is_a_speaker() -> None:
    """An excerpt of one turn: a single `Name - Firm - Title` header (a job title) over speech in the
    first person is that speaker's; the same header over reported speech is no speaker's."""
    doc = parse(ONE_HEADER_EXCERPT)
    assert doc.paragraph(n_of(doc, "Revenue grew 18%")).speaker == "laura-chen"
    assert doc.paragraph(n_of(doc, "Gross margin improved")).speaker == "laura-chen"
    assert doc.speakers_by_id["laura-chen"].side == "company"
    article = parse(ONE_HEADER_ARTICLE)
    assert article.speakers == () and all(p.speaker is None for p in article.paragraphs)


def test_bold_names_with_the_side_in_parentheses() -> None:
    """`**Name** (Analysts):` over the speech: a label (never a question of its own), the side from
    the parentheses, the firm from the operator."""
    doc = parse(L.BOLD_PAREN_SIDE_CALL, "call.md")
    assert summary(doc) == [
        ("priya-raman", "Morgan Stanley", ["laura-chen"]),
        ("tom-becker", "Goldman Sachs", ["mark-davis"]),
    ]
    assert doc.speakers_by_id["mark-davis"].side == "company"
    assert doc.paragraph(doc.qa[0].question[0]).text.startswith("How sustainable")
    assert_sound(doc)
