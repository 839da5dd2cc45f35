"""Highlights name the right thing: the document's own period, the metric the words mean, the basis
(adjusted or as reported) the source says, the company rather than a market or one asset. Texts
written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights, reported_period
from tests.summarize.helpers import doc_from


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


GUIDANCE_HEAVY = """Welcome to Larkspur Outfitters' third quarter 2021 earnings call.
Larkspur Outfitters (NYSE: LRKO) third quarter 2021 results.
Revenue for the third quarter was $412 million, up 8% from a year ago.
Turning to our fourth quarter guidance. We expect revenue of $450 million to $470 million. We expect \
adjusted EBITDA of $60 million to $65 million. We expect adjusted earnings per share of $0.40 to $0.44. \
We expect gross margin of 41% to 42%.
"""


def test_more_guidance_than_results_still_reports_on_the_quarter_of_the_sheet() -> None:
    doc = doc_from(GUIDANCE_HEAVY)
    sheet = run(doc)
    assert sheet.period == "2021Q3"
    # the guidance figures (four of them, for the fourth quarter) do not move the reported period
    assert reported_period(sheet) == "2021Q3"
    assert reported_period(tuple(sheet)) == "2021Q3"
    assert "Q3 revenue rose 8% to $412 million." in _lines(GUIDANCE_HEAVY)


def test_an_insurer_s_workers_comp_is_no_same_store_sales() -> None:
    lines = _lines(
        "Welcome to Halvard Mutual's third quarter 2021 earnings call.\n"
        "Growth in net written premiums excluding workers' comp is now expected to be in the range of 11% to "
        "15%, up from 10% to 14% previously.\n"
    )
    assert lines and not any("same-store" in line for line in lines)
    assert any("premium" in line and "11% to 15%" in line for line in lines)


_Q2 = "Welcome to Ferrow Tools' second quarter 2021 earnings call.\n"


@pytest.mark.parametrize(
    "body",
    [
        "Let me now turn to our results excluding special items. Earnings per share were $1.12, up 9% from a year ago.",
        "Turning now to our adjusted results. Earnings per share were $1.12.",
        "On an adjusted basis, earnings per share were $1.12, up 9% from a year ago.",
    ],
)
def test_earnings_the_call_calls_adjusted_are_adjusted_in_the_highlight(body: str) -> None:
    lines = [line for line in _lines(_Q2 + body + "\n") if "$1.12" in line]
    assert lines and all("adjusted earnings per share" in line for line in lines)


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        ("We have adjusted our cost base to the new demand. Earnings per share were $1.12.", "adjusted"),
        ("Net income was $48 million or $1.12 per share.", "diluted"),
        ("In the second quarter, we reported earnings per share of $1.12.", "GAAP"),
    ],
)
def test_a_highlight_adds_no_basis_the_source_did_not_say(body: str, unwanted: str) -> None:
    lines = [line for line in _lines(_Q2 + body + "\n") if "$1.12" in line]
    assert lines and not any(unwanted in line for line in lines)


_Q3 = "Welcome to Ferrow Tools' third quarter 2021 earnings call.\nNet sales were $812 million, up 6%.\n"


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Adjusted gross profit was up 12.3% year-on-year, driven by pricing.", "Q3 adjusted gross profit rose 12.3%."),
        ("Adjusted gross profit was $305.2 million.", "Q3 adjusted gross profit $305.2 million."),
        (
            "Adjusted operating income margin improved by 40 basis points year-over-year to 14.1%.",
            "Q3 adjusted operating margin rose 40 basis points to 14.1%.",
        ),
    ],
)
def test_a_measure_the_source_calls_adjusted_is_printed_adjusted(body: str, wanted: str) -> None:
    assert wanted in _lines(_Q3 + body + "\n")


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("We adjusted our prices during the quarter, and gross profit was $305.2 million.", "$305.2 million"),
        ("Adjusted EBITDA grew 10% to $95 million, and gross profit was $305.2 million.", "$305.2 million"),
        ("Non-GAAP operating expenses were $120 million, and gross profit was $305.2 million.", "$305.2 million"),
        ("Our GAAP and non-GAAP gross profit were both $305.2 million.", "$305.2 million"),
    ],
)
def test_adjusted_said_of_another_measure_or_as_a_verb_is_not_printed(body: str, figure: str) -> None:
    lines = [line for line in _lines(_Q3 + body + "\n") if figure in line]
    assert lines and not any("adjusted gross profit" in line for line in lines)


def test_a_measure_whose_name_says_adjusted_gets_the_word_once() -> None:
    body = "We generated adjusted company FFO of approximately $54 million in the quarter."
    lines = [line for line in _lines(_Q3 + body + "\n") if "$54 million" in line]
    assert lines and not any("adjusted AFFO" in line for line in lines)


_AXLE = "Welcome to Brandt Axle's third quarter 2021 earnings call.\nRevenue for the quarter was $1.4 billion, up 6%.\n"


@pytest.mark.parametrize(
    "body",
    [
        "For 2022, we expect European car market sales to grow 3%.",
        "In North America, we expect industry sales of 16 million units, up 4%.",
        "Industry production in North America is expected to rise 4% next year.",
    ],
)
def test_a_market_forecast_is_not_the_company_s_outlook(body: str) -> None:
    lines = _lines(_AXLE + body + "\n")
    assert "Q3 revenue rose 6% to $1.4 billion." in lines
    assert not any(line.startswith("Sees") for line in lines)


def test_the_company_s_own_outlook_beside_a_market_forecast_stays() -> None:
    lines = _lines(_AXLE + "We expect the European car market to grow 3% in 2022, with our sales up about 5%.\n")
    assert [line for line in lines if line.startswith("Sees")] == ["Sees FY 2022 Europe sales up about 5%."]


_HOTELS = "Welcome to Seaholm Hotels' third quarter 2021 earnings call.\n"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("At our Lakeside property, EBITDA was $9 million, up 20%.", "$9 million"),
        ("Our flagship store in Denver grew sales 12% to $18 million.", "$18 million"),
        ("The Grand Marlow hotel generated hotel EBITDA of $14 million in the quarter.", "$14 million"),
    ],
)
def test_one_asset_s_figure_is_not_the_company_s(body: str, figure: str) -> None:
    lines = _lines(_HOTELS + "Revenue for the quarter was $310 million, up 40%.\n" + body + "\n")
    assert "Q3 revenue rose 40% to $310 million." in lines
    # the asset's figure is left out, or said with the asset's name, never as the company's
    assert not any(figure in line and not any(w in line for w in ("Lakeside", "store", "Marlow")) for line in lines)


def test_comparable_store_sales_are_the_company_s() -> None:
    assert "Q3 same-store sales rose 5%." in _lines(_HOTELS + "Our comparable store sales grew 5% in the quarter.\n")


NAME_OPENS_THE_SENTENCE = """Welcome to Quillby Networks' third quarter 2021 earnings call.
Revenue for the third quarter was $120 million, up 6% from a year ago.
Pennant revenue was $41.5 million in the third quarter, up 4% year-over-year.
Most of our Pennant revenue is recurring.
Harbor freight revenue was $18.2 million, up 9% year-over-year.
Our harbor freight lanes now reach twelve ports.
"""


def test_a_name_that_opens_its_sentence_keeps_its_capital() -> None:
    lines = _lines(NAME_OPENS_THE_SENTENCE)
    # "Pennant" is a brand the call writes capitalised within sentences; "harbor" is an ordinary word
    assert "Q3 Pennant revenue rose 4% to $41.5 million." in lines
    assert "Q3 harbor freight revenue rose 9% to $18.2 million." in lines


def test_a_unit_whose_name_ends_in_a_metric_word_is_named_as_written() -> None:
    lines = _lines(
        "Welcome to Tamsin Financial's fourth quarter 2021 earnings call.\n"
        "Net revenues for the fourth quarter were $2.1 billion, up 20% from a year ago.\n"
        "Capital Markets revenue was $410 million, up 35% year-over-year.\n"
    )
    # "Markets revenue" here ends the unit's name; it is not sales and trading revenue of a unit "capital"
    assert "Q4 Capital Markets revenue rose 35% to $410 million." in lines
