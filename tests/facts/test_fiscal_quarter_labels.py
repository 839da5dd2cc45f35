"""A call of a company the lexicon does not know names its fiscal quarter with its year ("the first quarter of
fiscal year 2020", "fiscal 2021 third quarter") and says apart from it when that quarter ended, or is dated
just after it ended: the fiscal calendar follows, and every figure of the quarter is dated in it."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts

from .builders import ingest


def _call(text: str) -> tuple[tuple[str | None, int], dict[tuple[str, float], str | None]]:
    doc = replace(ingest(text, source="call.txt"), kind="transcript")
    sheet = facts.run(doc)
    return (sheet.period, sheet.fiscal_year_end_month), {(f.metric, f.value): f.period for f in sheet}


def test_a_call_dated_after_its_fiscal_first_quarter_ended_in_september() -> None:
    """Dated October 2019, "the first quarter of fiscal year 2020" ended in September 2019: a June year."""
    sheet, got = _call(
        "Corvane Optics Earnings Call\nOctober 29, 2019\n\n"
        "Operator\nWelcome to the Corvane Optics call.\n\n"
        "Lena Marsh, Chief Executive Officer\n"
        "Thank you. Total revenue in the first quarter of fiscal year 2020 was $399.3 million.\n"
        "Net income was $31.1 million.\n"
        "Turning to our guidance for the second quarter of fiscal year 2020, we expect revenue of $405 million"
        " to $425 million.\n"
    )
    assert sheet == ("2019Q3", 6)
    assert got[("revenue", 3.993e8)] == "2019Q3"
    assert got[("net income", 3.11e7)] == "2019Q3"
    assert got[("revenue guidance", 4.05e8)] == "2019Q4"


def test_a_quarter_end_stated_apart_from_its_fiscal_label() -> None:
    """"the three months ended June 30, 2021" and later "the fiscal 2021 third quarter": a September year."""
    sheet, got = _call(
        "Operator\nWelcome to the Alder Ridge Systems call.\n\n"
        "Tom Vass, Chief Financial Officer\n"
        "Thanks. Our results cover the three months ended June 30, 2021.\n"
        "Revenue was $150 million, up 12%.\n"
        "In the fiscal 2021 third quarter, operating income was $22 million.\n"
    )
    assert sheet == ("2021Q2", 9)
    assert got[("revenue", 1.5e8)] == "2021Q2"
    assert got[("operating income", 2.2e7)] == "2021Q2"


def test_a_december_year_that_says_fiscal_keeps_calendar_quarters() -> None:
    sheet, got = _call(
        "Pellham Foods Earnings Call\nOctober 27, 2022\n\n"
        "Operator\nWelcome to the Pellham Foods call.\n\n"
        "Ruth Okafor, Chief Financial Officer\n"
        "Thank you. Net sales in the fiscal 2022 third quarter were $812 million, up 4%.\n"
        "Operating income was $95 million.\n"
    )
    assert sheet == ("2022Q3", 12)
    assert got[("operating income", 9.5e7)] == "2022Q3"


def test_a_call_dated_two_months_after_a_quarter_settles_no_calendar() -> None:
    """Dated in November, the quarter reported may have ended in September or October: no calendar is
    inferred from the date."""
    sheet, _ = _call(
        "Corvane Optics Earnings Call\nNovember 20, 2019\n\n"
        "Operator\nWelcome to the Corvane Optics call.\n\n"
        "Lena Marsh, Chief Executive Officer\n"
        "Thank you. Total revenue in the first quarter of fiscal year 2020 was $399.3 million.\n"
    )
    assert sheet[1] == 12


def test_an_outlook_for_next_years_first_quarter_states_no_calendar() -> None:
    """A December company's fourth-quarter call dated January names next fiscal year's first quarter only
    in its outlook: that label is no statement of the quarter reported."""
    sheet, _ = _call(
        "Pellham Foods Earnings Call\nJanuary 30, 2023\n\n"
        "Operator\nWelcome to the Pellham Foods call.\n\n"
        "Ruth Okafor, Chief Financial Officer\n"
        "Thank you. Net sales in the fourth quarter were $812 million, up 4%.\n"
        "We expect net sales in the first quarter of fiscal 2023 of $790 million.\n"
    )
    assert sheet == ("2022Q4", 12)
