"""Layouts of English transcripts seen in the wild, each on a short fictional call: a notes tool's Markdown
that opens each turn with its span typeset with an arrow (``[00:00:04 → 00:00:41] **Name:**``) under a
heading naming the results call; numbered speakers (``Speaker 2:``) that a speaker key at the end of
the text names; a press conference whose chair is labelled by office and whose journalists by their voice
(``FEMALE PARTICIPANT:``, ``MALE VOICE:``)."""

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


ARROW_SPANS = """# Brindlecombe Dairy — Q1 2026 Results Call

[00:00:03 → 00:00:30] **Operator:** Welcome to the Brindlecombe Dairy results call. I'll hand over to our Chief Executive, Ruth Kemble.

[00:00:31 → 00:01:40] **Ruth Kemble:** Thank you. Milk volumes rose 3% in the quarter and the new cheese line opened in March.

[00:01:41 → 00:01:55] **Operator:** Our first question comes from Owen Pryce with Harlow Street Securities.

[00:01:56 → 00:02:10] **Owen Pryce:** Ruth, what did the cheese line cost?

[00:02:11 → 00:02:30] **Ruth Kemble:** About £22 million, on budget.
"""


def test_turns_opened_by_a_span_with_an_arrow_are_labelled() -> None:
    doc = parse(ARROW_SPANS, "call.md")
    assert pairs(doc) == [("Owen Pryce", "Harlow Street Securities", ["Ruth Kemble"])]
    assert speaker_of(doc, "Milk volumes rose 3%") == "Ruth Kemble"


def test_a_heading_naming_the_results_call_is_no_speaker() -> None:
    doc = parse(ARROW_SPANS, "call.md")
    assert speaker_of(doc, "Brindlecombe Dairy — Q1 2026") is None
    assert "Brindlecombe Dairy" not in {s.name for s in doc.speakers}


NUMBERED_WITH_KEY = """Quenmore Cables - Q4 2025 Earnings Call - Automatic Transcript

Speaker 1: Good afternoon and welcome to the Quenmore Cables fourth quarter call. I will hand over to the Chief Executive.

Speaker 2: Thank you. Cable shipments rose 11% and the new Ohio line is running at full speed.

Speaker 1: Our first question comes from Dara Lowell with Pinfold Securities.

Speaker 3: Hi. Is the Ohio line already profitable?

Speaker 2: It is, since November.

Speaker key
Speaker 1 - Operator
Speaker 2 - Tobias Quenmore, Chief Executive Officer
Speaker 3 - Dara Lowell, Pinfold Securities
"""


def test_a_speaker_key_at_the_end_names_the_numbered_speakers() -> None:
    doc = parse(NUMBERED_WITH_KEY)
    assert pairs(doc) == [("Dara Lowell", "Pinfold Securities", ["Tobias Quenmore"])]
    assert speaker_of(doc, "Cable shipments rose 11%") == "Tobias Quenmore"
    assert speaker_of(doc, "Speaker 2 - Tobias Quenmore") is None  # the key is no one's speech


VOICE_LABELS = """HARTWELL GLASS plc
Full-Year Results Press Conference

CHAIR: Good morning. With me are our Chief Executive, Nora Vance, and our Finance Director, Philip Amis.

NORA VANCE: Thank you. Glass volumes rose 6% and the Bristol furnace was relined on time.

CHAIR: Questions from the press, please.

MALE VOICE: Kieran Lowe, Evening Courier. Nora, will prices rise next year?

NORA VANCE: Modestly, by about 2%.

FEMALE PARTICIPANT: Ada Quist from Trade Glass Review. Philip, is the dividend safe?

PHILIP AMIS: Yes, it is covered twice by earnings.

CHAIR: Thank you, that's all we have time for.
"""


def test_askers_told_apart_by_voice_name_themselves() -> None:
    doc = parse(VOICE_LABELS)
    assert pairs(doc) == [
        ("Kieran Lowe", "Evening Courier", ["Nora Vance"]),
        ("Ada Quist", "Trade Glass Review", ["Philip Amis"]),
    ]


def test_the_chair_labelled_by_office_is_no_one_elses_turn() -> None:
    doc = parse(VOICE_LABELS)
    assert speaker_of(doc, "Questions from the press, please.") != "Nora Vance"
