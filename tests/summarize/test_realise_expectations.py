"""Highlights of expectations: floors, budgets, revised and earlier expectations. Texts written for these tests
(fictional companies)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


_CALL = """Operator: Good day and welcome to the Quorvane Instruments third quarter 2022 earnings call.
Dana Whitlock, CFO: Third quarter revenue was $512 million, up 6% from a year ago. Adjusted earnings per share were $0.91.
Dana Whitlock, CFO: For 2023, we expect adjusted EBITDA of at least $450 million.
"""


def test_a_stated_floor_reads_at_least() -> None:
    """A figure the company may reach exactly ("at least") is no "more than" in the brief."""
    lines = _lines(_CALL)
    assert any("at least $450 million" in line for line in lines), lines
    assert not any("more than" in line for line in lines), lines


def test_a_budget_for_next_year_is_a_forecast() -> None:
    """What the budget calls for next year is the company's outlook, not a result."""
    lines = _lines(
        "Operator: Welcome to the Quorvane Instruments third quarter 2022 earnings call.\n"
        "Dana Whitlock, CFO: Third quarter revenue was $512 million, up 6% from a year ago.\n"
        "Dana Whitlock, CFO: Our budget calls for revenue of $2.3 billion next year.\n"
    )
    assert "Sees revenue $2.3 billion next year." in lines, lines


def test_a_revised_expectation_shows_the_current_figure() -> None:
    """The brief gives the forecast as it stands now, not the one replaced nor the one missed."""
    lines = _lines(
        "Operator: Welcome to the Quorvane Instruments third quarter 2022 earnings call.\n"
        "Dana Whitlock, CFO: Third quarter revenue was $512 million, up 6% from a year ago.\n"
        "Dana Whitlock, CFO: For the full year 2022, we had expected revenue of $2.0 billion, but now expect $2.1 billion.\n"
        "Dana Whitlock, CFO: Free cash flow came in below the $500 million we had expected for the year.\n"
    )
    assert "Sees FY 2022 revenue $2.1 billion." in lines, lines
    assert not any("$2.0 billion" in line or "$500 million" in line for line in lines), lines


def test_the_quarter_a_year_s_range_implies_is_shown_beside_it() -> None:
    """The year's range and the quarter's part it implies are both the outlook an analyst models from."""
    lines = _lines(
        "Operator: Welcome to the Quorvane Instruments third quarter 2022 earnings call.\n"
        "Dana Whitlock, CFO: Third quarter revenue was $1.25 billion, up 6% from a year ago.\n"
        "Dana Whitlock, CFO: Our full year 2022 revenue guidance is now $4.9 billion to $5.0 billion, which implies "
        "$1.3 billion to $1.4 billion in the fourth quarter.\n"
    )
    assert "Sees FY 2022 revenue $4.9 billion to $5.0 billion." in lines, lines
    assert "Sees Q4 revenue $1.3 billion to $1.4 billion." in lines, lines


def test_a_quarter_outlook_opened_with_its_year_labels_the_next_sentences_forecast() -> None:
    """"For the fourth quarter of 2021, we expect ... And we expect adjusted earnings of $1.00 to $1.04": the year
    only dates the quarter, so the second forecast is the quarter's too and is shown as such."""
    lines = _lines(
        "Operator: Welcome to the Quorvane Instruments third quarter 2021 earnings call.\n"
        "Dana Whitlock, CFO: Third quarter revenue was $512 million, up 6% from a year ago. Adjusted earnings per "
        "share were $0.91.\n"
        "Dana Whitlock, CFO: For the full year 2021, we now expect adjusted earnings of $3.58 to $3.62 per diluted "
        "share.\n"
        "Dana Whitlock, CFO: For the fourth quarter of 2021, we expect sales growth of 3% to 4% on a reported basis.\n"
        "Dana Whitlock, CFO: And we expect adjusted earnings of $1.00 to $1.04 per diluted share.\n"
    )
    assert "Sees Q4 adjusted earnings per share $1.00 to $1.04." in lines, lines
    assert "Sees FY 2021 adjusted earnings per share $3.58 to $3.62." in lines, lines
