"""Highlights never give a narrower part's figure as a whole business line's (a place the sentence opens on, a name
right before the line's words), nor what a guidance range comes to at its midpoint as a result of the quarter.
Texts written for these tests (the fictional Corvane Instruments)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

HEAD = (
    "Corvane Instruments (CRVN) Q3 2021 Earnings Call Transcript\n"
    "Welcome to Corvane Instruments' third quarter 2021 earnings call.\n"
    "Third quarter revenue was $812 million, up 9% from the prior year.\n"
)


def _lines(*body: str) -> list[str]:
    doc = doc_from(HEAD + "\n".join(body) + "\n")
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


def test_a_place_the_sentence_opens_on_narrows_a_business_lines_figure() -> None:
    lines = _lines(
        "In the Northern Basin, despite softer pricing, drilling revenue of $88 million increased by $5.2 million "
        "or 6% as our rig count improved.",
    )
    assert not any("$88 million" in t or "6%" in t for t in lines), lines
    assert any("revenue" in t and "$812 million" in t for t in lines), lines


def test_a_name_before_the_lines_words_narrows_its_figure() -> None:
    lines = _lines(
        "Companion products grew 14%.",
        "U.S. key diagnostics sales were $140 million for the quarter, growing 21%.",
    )
    assert not any("$140 million" in t for t in lines), lines
    assert any("$812 million" in t for t in lines), lines


def test_a_regions_own_figure_stays() -> None:
    lines = _lines("In Europe, net sales increased 11.5% to $97.3 million on higher volumes.")
    assert any("Europe" in t and "$97.3 million" in t for t in lines), lines


def test_guidance_worked_out_at_its_midpoint_is_no_result_of_the_quarter() -> None:
    lines = _lines(
        "Moving to 2022 guidance, revenue is expected to be in the range of $3.3 billion to $3.4 billion, up 5% to "
        "7% in constant currency.",
        "At the midpoint of guidance, this equates to constant currency revenue growth of roughly 6% and constant "
        "currency earnings per share growth of roughly 10%.",
    )
    assert not any("roughly" in t or "about 6%" in t or "about 10%" in t for t in lines), lines
    assert any(t.startswith("Sees") and "$3.3 billion to $3.4 billion" in t for t in lines), lines


def test_a_name_that_had_its_quarter_owns_the_figures_of_its_sentence() -> None:
    lines = _lines(
        "Moving to Slide 8, Fixtures had a remarkable quarter, benefiting from strong demand in the home center "
        "channel to deliver record organic growth of 12%.",
    )
    assert not any("12%" in t for t in lines), lines
    assert any("$812 million" in t for t in lines), lines


def test_the_company_that_had_its_quarter_keeps_its_figures() -> None:
    lines = _lines("We had a strong quarter, with organic growth of 7%.")
    assert any("organic" in t and "7%" in t for t in lines), lines


def test_sales_of_a_portfolio_named_after_the_metric_are_that_portfolios() -> None:
    lines = _lines(
        "Global sales of our key imaging portfolio were $224 million in the quarter, growing 24% operationally.",
    )
    assert not any("$224 million" in t or "24%" in t for t in lines), lines
    assert "Q3 revenue rose 9% to $812 million." in lines


def test_another_metric_after_a_portfolios_sales_stays_the_companys() -> None:
    lines = _lines("Sales of our oncology portfolio were $90 million, while net income rose 30% to $80 million.")
    assert "Q3 net income rose 30% to $80 million." in lines
    assert not any("$90 million" in t for t in lines), lines


def test_a_market_s_result_is_no_highlight() -> None:
    lines = _lines("Despite a 7% decline in new vehicle industry sales driven by tight inventories, our margins grew.")
    assert not any("industry" in t or "7%" in t for t in lines), lines


def test_a_brand_named_with_its_number_owns_its_figure() -> None:
    lines = _lines("VOLT 40's retail volume for the third quarter grew by nearly 7% compared to the prior year period.")
    assert not any("7%" in t for t in lines), lines


def test_the_company_named_in_full_at_the_start_keeps_its_possessive_figures() -> None:
    lines = _lines("Corvane Instruments' gross margin for the third quarter was 41.5%.")
    assert any("41.5%" in t for t in lines), lines


def test_the_company_s_revenue_in_a_market_stays() -> None:
    lines = _lines("Our energy market revenue grew by approximately 8% in the third quarter.")
    assert any("8%" in t for t in lines), lines


def test_a_department_the_sentence_opens_on_owns_its_figures() -> None:
    lines = _lines(
        "In the food and beverage department, labor costs were down 4.3% on a revenue decline of 2%.",
        "Adjusted EBITDA was $140 million.",
    )
    assert not any("4.3%" in t or "fell 2%" in t for t in lines), lines
    assert any("revenue" in t and "$812 million" in t for t in lines), lines
    assert any("$140 million" in t for t in lines), lines
