"""The operator's introduction of the next asker cut by a hard wrap (a PDF text layer or a terminal
export re-wrapped at 60 columns), each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


# A concall with hanging-indent labels, each line then cut at 60 columns: the rest of a cut line starts
# at the margin, the next line keeps the speech's indent. Each introduction breaks inside its
# apposition ("Jane Roe, an" / "analyst with …", "Jane Roe, analyst" / "at …", "Jane Roe" / "from" / "…").
HANGING_WRAPPED = """\
Lorvane Textiles Limited
Q2 FY27 Earnings Conference Call

Moderator:           Ladies and gentlemen, welcome to the
Lorvane Textiles
                     call. I now hand the conference over to
Mr. Dev Malhotra.

Dev Malhotra:        Thank you. Revenue grew 9% to INR 820
crores in the
                     quarter. We can now take questions.

Moderator:           The first question is from Farhan
Qadri, an
                     analyst with Tallow Capital. Please go
ahead.

Farhan Qadri:        Thanks. What drove the margin gain this
quarter?

Priya Iyer:          Mostly lower cotton costs, about 80
basis points.

Moderator:           The next question is from Neha Joshi,
analyst
                     at Brindle Securities. Please go ahead.

Neha Joshi:          Hi. What is the capex plan for next
year?

Dev Malhotra:        About INR 120 crores, mostly in
weaving.

Moderator:           The next question is from Ravi Menon
from
                     Kestrel Asset Management. Please go
ahead.

Ravi Menon:          What is the export share now?

Priya Iyer:          About 38% of sales.
"""


def test_hanging_labels_wrapped_at_60_keep_each_askers_firm() -> None:
    """However the wrap cut the introduction, each asker's firm is the one the operator named, never
    a word of the apposition ("an")."""
    doc = parse(HANGING_WRAPPED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Farhan Qadri", "Tallow Capital", ["Priya Iyer"]),
        ("Neha Joshi", "Brindle Securities", ["Dev Malhotra"]),
        ("Ravi Menon", "Kestrel Asset Management", ["Priya Iyer"]),
    ]


# A plain `Name:` layout wrapped at 70 columns, then again at 60: the short rest of each cut line.
PLAIN_WRAPPED = """\
Halden Tools Q3 2026 Earnings Call

Operator: Good morning and welcome. I will now turn the call
over to
Maria Lind, Chief Executive Officer.

Maria Lind: Thank you. Sales rose 6% to $310 million in the
quarter.
We will now take questions.

Operator: Thank you. The next question is from the line of
Farhan Qadri, an
analyst with Tallow Capital. Please go ahead.

Farhan Qadri: Thanks. How did pricing hold up in the
quarter?

Maria Lind: Pricing was up about 2%.

Operator: Thank you. The next question is from the line of
Neha Joshi, analyst
at Brindle Securities. Please go ahead.

Neha Joshi: What about volumes in Europe?

Maria Lind: Volumes in Europe were flat.

Operator: Thank you. The next question is from the line of
Ravi Menon from
Kestrel Asset Management. Please go ahead.

Ravi Menon: What is the cash position?

Maria Lind: About $90 million at quarter end.
"""


def test_name_colon_layout_wrapped_at_60_keeps_each_askers_firm() -> None:
    """The same cuts in a `Name:` layout: each asker with the firm the operator named."""
    doc = parse(PLAIN_WRAPPED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Farhan Qadri", "Tallow Capital", ["Maria Lind"]),
        ("Neha Joshi", "Brindle Securities", ["Maria Lind"]),
        ("Ravi Menon", "Kestrel Asset Management", ["Maria Lind"]),
    ]


def test_introduction_set_apart_from_its_rest_is_read_whole() -> None:
    """An introduction whose rest the text set apart by a blank line ("… from Farhan Qadri, an", then
    "analyst with …"): read whole, the firm is the one named after "with", never the article."""
    text = PLAIN_WRAPPED.replace("Qadri, an\nanalyst", "Qadri, an\n\nanalyst").replace("analyst\nat", "analyst\n\nat")
    doc = parse(text)
    assert_sound(doc)
    assert [(asker, firm) for asker, firm, _ in summary(doc)] == [
        ("Farhan Qadri", "Tallow Capital"),
        ("Neha Joshi", "Brindle Securities"),
        ("Ravi Menon", "Kestrel Asset Management"),
    ]


def test_introduction_cut_after_its_article_names_no_firm() -> None:
    """An introduction whose rest the text lost ("… from the line of Farhan Qadri, an" and then the
    asker's turn): the article is no firm; the asker still asks."""
    text = PLAIN_WRAPPED.replace("Qadri, an\nanalyst with Tallow Capital. Please go ahead.", "Qadri, an")
    doc = parse(text)
    assert_sound(doc)
    assert summary(doc)[0] == ("Farhan Qadri", None, ["Maria Lind"])
