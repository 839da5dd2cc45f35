"""Real-world transcript layouts, each on a short fictional call written in that layout (layouts.py):
who speaks, on which side, for which firm, and which turns pair into questions and answers."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure import layouts as L
from tests.structure.builders import n_of, ns_of, qa_summary


def parse(text: str, name: str = "call.txt") -> Document:
    """Ingest (paragraphs rebuilt from the file's lines) then structure, as ``finbrief parse`` does."""
    return run(from_text(text, name))


def firms(doc: Document) -> list[str | None]:
    return [q.firm for q in doc.qa]


def assert_sound(doc: Document) -> None:
    """What holds for every layout: analysts never answer, moderators are in no pair, every pair
    has an answer, no paragraph is in two pairs, and no speaker is named after a firm line."""
    sides = {s.id: s.side for s in doc.speakers}
    seen: set[int] = set()
    for pair in doc.qa:
        assert pair.answers, "a pair without an answer"
        for a in pair.answers:
            assert sides.get(a.speaker or "", "company") not in ("analyst", "operator", "host")
        used = {*pair.question, *(n for a in pair.answers for n in a.paragraphs)}
        assert not used & seen
        seen |= used
        assert all(doc.paragraph(n).role == "text" for n in used)
    for s in doc.speakers:
        assert " - " not in s.name and "Research" not in s.name, s.name


@pytest.fixture(scope="module")
def vendor() -> Document:
    return parse(L.VENDOR_CALL)


class TestVendorExport:
    """LSEG/Refinitiv StreetEvents: name and affiliation lines, hard wraps, page numbers."""

    @pytest.fixture
    def doc(self, vendor: Document) -> Document:
        return vendor

    def test_pairs_askers_firms_answerers(self, doc: Document) -> None:
        assert qa_summary(doc) == [
            ("priya-raman", ns_of(doc, "How sustainable"), ["laura-chen", "mark-davis"]),
            ("nina-patel", ns_of(doc, "capital expenditure outlook", "The full year, please"), ["mark-davis", "mark-davis"]),
            ("thomas-becker", ns_of(doc, "devices business?"), ["company-representative"]),
            ("unidentified-analyst", ns_of(doc, "This is Sam on for Eric"), ["laura-chen"]),
            ("oliver-grant", ns_of(doc, "buyback plan?"), ["laura-chen"]),
        ]
        # Roster firm first; the operator's introduction when the roster gives none.
        assert firms(doc) == [
            "Morgan Stanley, Research Division",
            "Barclays",
            L.BECKER_FIRM,
            "Baird",
            "Redwood Capital Advisors, Inc.",
        ]
        assert_sound(doc)

    def test_roster_sides_and_affiliations(self, doc: Document) -> None:
        by_id = doc.speakers_by_id
        assert (by_id["laura-chen"].side, by_id["laura-chen"].role) == ("company", "CEO & Director")
        assert by_id["priya-raman"].side == "analyst"
        # Listed among the outside participants, but gives the opening remarks: the company's IR agency.
        assert by_id["jenna-ortiz"].side == "company"
        assert by_id["oliver-grant"].name == "Oliver Grant"
        assert by_id["company-representative"].name == "Unidentified Company Representative"
        assert len(doc.speakers) == 10

    def test_affiliation_lines_are_part_of_the_turn_header(self, doc: Document) -> None:
        headers = [p for p in doc.paragraphs if p.text.startswith(L.BECKER_FIRM)]
        assert [p.role for p in headers] == ["roster", "speaker_label"]
        turn = headers[1].n  # wrapped at another point than in the roster: both lines are the header
        assert doc.paragraph(turn + 1).role == "speaker_label"
        assert doc.paragraph(turn + 2).text == "What drove the improvement in the devices business?"

    def test_wrapped_speech_is_whole_and_page_numbers_are_gone(self, doc: Document) -> None:
        remarks = doc.paragraph(n_of(doc, "record quarter for NovaSky"))
        assert "now stands at $50 billion." in remarks.text and "\n" not in remarks.text
        assert remarks.text.endswith("We will keep investing.")
        assert not [p for p in doc.paragraphs if p.text.strip().isdigit()]

    def test_sections(self, doc: Document) -> None:
        sec = {p.n: p.section for p in doc.paragraphs}
        assert sec[n_of(doc, "Gross margin was 42.5%")] == "prepared"
        assert sec[n_of(doc, "How sustainable")] == "qa"
        closing = n_of(doc, "Thank you all for joining")
        assert sec[closing] == "closing"
        assert closing not in {n for q in doc.qa for a in q.answers for n in a.paragraphs}
        assert doc.paragraph(n_of(doc, "All Rights Reserved")).section is None


def test_minutes_of_a_wrapped_call_keep_sentences_and_scales_whole(vendor: Document) -> None:
    """Paragraphs rebuilt from hard wraps: minutes quote whole sentences, "$50 billion" never "$50"."""
    from finbrief import summarize
    from tests.summarize.test_extractive import statements_of

    statements = statements_of(summarize.minutes(vendor))
    assert statements
    for st in statements:
        assert st.text.rstrip().endswith((".", "?", "!", "。", "？", "！")), st.text
        assert "$50" not in st.text or "$50 billion" in st.text
        assert "\n" not in st.text
    assert any("$50 billion" in st.text for st in statements)
