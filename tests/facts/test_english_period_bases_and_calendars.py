"""Periods of English figures that name none of their own: a comparison base written bare ("up from 79 cents",
"to 68.91% from 76.30%") is of the period its sentence or call compares with; a call of a company whose year
does not end in December reads "fiscal 2022" and "the fourth quarter" by the company's calendar even when it
never says when its year ends."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts
from finbrief.lexicon import companies

from .builders import ingest


def _periods(text: str, source: str, call: bool = True) -> dict[tuple[str, float], str | None]:
    doc = ingest(text, source=source)
    if call:
        doc = replace(doc, kind="transcript")
    return {(f.metric, f.value): f.period for f in facts.run(doc)}


def test_listed_companies_of_many_industries_have_their_year_end() -> None:
    """The table is a broad list: utilities, engineering, software, consumer, medical and industrial companies."""
    assert companies.fiscal_year_end_month(None, "ATO") == 9  # a gas utility
    assert companies.fiscal_year_end_month(None, "TTEK") == 9  # engineering services
    assert companies.fiscal_year_end_month(None, "NTAP") == 4  # storage
    assert companies.fiscal_year_end_month(None, "CLX") == 6  # consumer goods
    assert companies.fiscal_year_end_month(None, "RMD") == 6  # medical devices
    assert companies.fiscal_year_end_month(None, "DCI") == 7  # filtration
    assert companies.fiscal_year_end_month(None, "DHI") == 9  # homebuilding
    assert companies.fiscal_year_end_month(None, "XOM") == 12  # a calendar year is the default


def test_a_call_that_never_says_when_its_year_ends_reads_fiscal_periods_by_the_table() -> None:
    """A September year: the fourth quarter is the calendar third, fiscal 2022 runs from October 2021."""
    got = _periods(
        "Welcome to the Halvern Gas fourth quarter fiscal 2021 earnings call.\n"
        "Fourth quarter operating income was $140 million.\n"
        "Full-year net income for fiscal 2021 was $665 million.\n"
        "We expect fiscal 2022 earnings per share of $5.40 to $5.60.\n",
        "ATO_q4_2021.txt",
    )
    assert got[("operating income", 1.4e8)] == "2021Q3"
    assert got[("net income", 6.65e8)] == "2020Q4-2021Q3"
    assert got[("EPS guidance", 5.4)] == "2021Q4-2022Q3"


def test_a_bare_base_takes_the_comparison_its_sentence_names() -> None:
    """"on a sequential basis ..., up from 9.3%": the quarter before; "up from $1.10" in a call that compares
    year over year: the same quarter a year before."""
    got = _periods(
        "Revenue for the third quarter of 2022 was $960 million, up 13% year over year.\n"
        "Adjusted EPS for the third quarter was $1.17, up from $1.10.\n"
        "On a sequential basis, our gross margin improved by 80 basis points to 10.1%, up from 9.3%.\n"
        "Operating cash flow was $120 million, up 20% year over year.\n",
        "ZQXV_q3_2022.txt",
    )
    assert got[("adjusted EPS", 1.17)] == "2022Q3"
    assert got[("adjusted EPS", 1.10)] == "2021Q3"
    assert got[("gross margin", 9.3)] == "2022Q2"


def test_a_base_written_after_the_new_figure_and_from() -> None:
    """"improvement in efficiency ratio to 68.91% from 76.30%" in a release that compares year over year."""
    got = _periods(
        "Net income for the second quarter of 2017 was $2.6 million, up 25% from a year earlier.\n"
        "Significant improvement in efficiency ratio to 68.91% from 76.30%.\n",
        "release.txt",
        call=False,
    )
    assert got[("efficiency ratio", 68.91)] == "2017Q2"
    assert got[("efficiency ratio", 76.3)] == "2016Q2"


def test_an_earlier_forecast_is_no_base_of_a_year_before() -> None:
    """"reduced our G&A guidance to $68 million from $69 million to $72 million previously": the earlier forecast
    is of the same year as the new one."""
    got = _periods(
        "Revenue for the third quarter of 2022 was $120 million, up 8% year over year.\n"
        "For 2022, we have reduced our G&A guidance to between $68 million and $70 million from $69 million to"
        " $72 million previously.\n",
        "ZQXW_q3_2022.txt",
    )
    assert got.get(("G&A expense guidance", 6.8e7)) == "2022"
    assert got.get(("G&A expense guidance", 6.9e7), got.get(("G&A expense", 6.9e7))) != "2021Q3"


def test_a_per_share_aside_takes_its_amounts_period_in_a_paired_sentence() -> None:
    """"for the fourth quarter and full year 2022 ... of $22 million, or $0.17 per diluted share, and $58 million,
    or $0.45 per diluted share": the quarter's amount and its per-share figure, then the year's."""
    got = _periods(
        "Corvane Air reports fourth quarter and full year 2022 results.\n"
        "- Reported net income for the fourth quarter and full year 2022 under GAAP of $22 million, or $0.17 per"
        " diluted share, and $58 million, or $0.45 per diluted share.\n",
        "release.txt",
        call=False,
    )
    assert got[("net income", 2.2e7)] == "2022Q4"
    assert got[("diluted EPS", 0.17)] == "2022Q4"
    assert got[("diluted EPS", 0.45)] == "2022"
