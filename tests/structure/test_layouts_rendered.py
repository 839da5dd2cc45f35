"""One fictional call written out in layouts found in the wild: Seeking Alpha style (participant lists
one entry a line, with no blank lines between the entries), the same text printed to PDF (wrapped at 72
columns, a running header, a footer and page numbers), Motley Fool style (``Name -- Title`` headers,
where only outsiders' headers carry a firm, and their titles need not say "Analyst") and a wire
transcript (a ``Name, Firm`` participants list, labels in capitals)."""

from __future__ import annotations

import textwrap

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run

COMPANY = [
    ("Nora Beck", "President and Chief Executive Officer"),
    ("Omar Diaz", "Chief Financial Officer"),
    ("Lena Park", "Vice President, Investor Relations"),
]
ANALYSTS = [
    ("Samuel Ito", "Larch Capital Markets, Research Division", "Director of Equity Research"),
    ("Priya Raman", "Fenwick Securities LLC", "Vice President, Industrials"),
    ("Tomas Weller", "Brightwater Partners, Research Division", "Senior Analyst"),
]
PREPARED = [
    ("Operator", "Good morning and welcome to the Harlow Pumps third quarter 2031 earnings call."),
    ("Nora Beck", "Thank you. Orders grew 9% to $410 million and backlog reached a record. " * 3),
    ("Omar Diaz", "Gross margin widened 120 basis points to 38.5% on pricing and a richer mix of service. " * 3),
]
QA = [
    ("Operator", "Our first question comes from Sam Ito with Larch. Please go ahead."),
    ("Samuel Ito", "Nora, how much of the order growth came from the aftermarket business this quarter?"),
    ("Nora Beck", "About half of it, Sam. Aftermarket orders grew in every region we serve."),
    ("Operator", "The next question is from Priya Raman with Fenwick. Your line is open."),
    ("Priya Raman", "Omar, what should we expect for free cash flow conversion in the fourth quarter?"),
    ("Omar Diaz", "We expect conversion above 100% as working capital unwinds in the quarter."),
    ("Nora Beck", "And we will update the full-year outlook in February."),
]
EXPECTED = [
    ("Samuel Ito", "Larch Capital Markets, Research Division", ["Nora Beck"]),
    ("Priya Raman", "Fenwick Securities LLC", ["Omar Diaz", "Nora Beck"]),
]


def seeking_alpha() -> str:
    out = ["Harlow Pumps (HRLW) Q3 2031 Earnings Call Transcript", "", "Company Participants", ""]
    out += [f"{name} - {title}" for name, title in COMPANY]
    out += ["", "Conference Call Participants", ""]
    out += [f"{name} - {firm}" for name, firm, _ in ANALYSTS]
    out.append("")
    for name, text in PREPARED:
        out += [name, "", text, ""]
    out += ["Question-and-Answer Session", ""]
    for name, text in QA:
        out += [name, "", text, ""]
    return "\n".join(out)


def pdf() -> str:
    body: list[str] = []
    for line in seeking_alpha().split("\n"):
        body += textwrap.wrap(line, 72) or [""]
    out: list[str] = []
    per = 24
    pages = (len(body) + per - 1) // per
    for page, start in enumerate(range(0, len(body), per), start=1):
        out += ["Harlow Pumps (HRLW) Q3 2031 Earnings Call", "", *body[start : start + per], ""]
        out += ["Copyright 2031 Example Transcripts. All rights reserved.", f"Page {page} of {pages}", "\f"]
    return "\n".join(out)


def motley_fool() -> str:
    titles = dict(COMPANY)
    outside = {name: f"{firm} -- {title}" for name, firm, title in ANALYSTS}

    def header(name: str) -> str:
        detail = titles.get(name) or outside.get(name)
        return f"{name} -- {detail}" if detail else name

    out = ["Harlow Pumps (HRLW) Q3 2031 Earnings Call", "", "Prepared Remarks:", ""]
    for name, text in PREPARED:
        out += [header(name), "", text, ""]
    out += ["Questions & Answers:", ""]
    for name, text in QA:
        out += [header(name), "", text, ""]
    return "\n".join(out)


def wire() -> str:
    out = ["Harlow Pumps Q3 2031 Earnings Call", "", "PARTICIPANTS", ""]
    out += [f"{name}, Harlow Pumps and Fluid Systems Corporation" for name, _ in COMPANY]
    out += [f"{name}, {firm}" for name, firm, _ in ANALYSTS]
    out += ["", "PRESENTATION", ""]
    for name, text in PREPARED:
        out += [f"{name.upper()}: {text}", ""]
    out += ["QUESTION AND ANSWER", ""]
    for name, text in QA:
        out += [f"{name.upper()}: {text}", ""]
    return "\n".join(out)


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    out = []
    for q in doc.qa:
        asker = doc.speakers_by_id.get(q.asker or "")
        firm = q.firm or (asker.affiliation if asker else None)
        out.append((name(q.asker), firm, [name(a.speaker) or "" for a in q.answers if a.speaker]))
    return out


def test_participant_list_without_blank_lines_keeps_each_entry() -> None:
    doc = run(from_text(seeking_alpha(), "hrlw.txt"))
    assert pairs(doc) == EXPECTED
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["Nora Beck"].role == "President and Chief Executive Officer"
    assert by_name["Omar Diaz"].side == "company"


def test_pdf_text_wrapped_with_page_furniture() -> None:
    doc = run(from_text(pdf(), "hrlw.txt"))
    assert pairs(doc) == EXPECTED
    questions = [doc.paragraph(q.question[0]).text for q in doc.qa]
    assert questions[1].startswith("Omar, what should we expect for free cash flow")
    assert not any("Page " in q for q in questions)


def test_dash_headers_with_firm_only_for_outsiders() -> None:
    doc = run(from_text(motley_fool(), "hrlw.txt"))
    assert pairs(doc) == EXPECTED
    assert {s.name for s in doc.speakers if s.side == "analyst"} >= {"Samuel Ito", "Priya Raman"}


def test_name_comma_firm_list_and_capital_labels() -> None:
    doc = run(from_text(wire(), "hrlw.txt"))
    assert [(a.casefold() if a else a, f, [x.casefold() for x in ans]) for a, f, ans in pairs(doc)] == [
        (a.casefold(), f, [x.casefold() for x in ans]) for a, f, ans in EXPECTED
    ]


def test_bare_name_and_firm_after_operator_instructions_mark() -> None:
    """``Name: text`` turns with no participants list: the operator's "(Operator Instructions)" line
    naming only the asker and firm still gives the asker's firm and side."""
    text = "\n\n".join(
        [
            "Operator: Good morning and welcome to the Harlow Pumps third quarter 2031 earnings call.",
            f"Nora Beck: {PREPARED[1][1]}",
            "Operator: (Operator Instructions) Sam Ito from Larch Capital.",
            "Samuel K. Ito: Nora, how much of the order growth came from the aftermarket business?",
            "Nora Beck: About half of it, Sam. Aftermarket orders grew in every region we serve.",
            "Operator: (Operator Instructions) Priya Raman with Fenwick Securities.",
            "Priya Raman: What should we expect for free cash flow conversion in the fourth quarter?",
            "Omar Diaz: We expect conversion above 100% as working capital unwinds.",
        ]
    )
    doc = run(from_text(text, "hrlw.txt"))
    assert pairs(doc) == [
        ("Samuel K. Ito", "Larch Capital", ["Nora Beck"]),
        ("Priya Raman", "Fenwick Securities", ["Omar Diaz"]),
    ]
