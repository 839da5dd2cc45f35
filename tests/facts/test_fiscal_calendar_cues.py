"""A call that never states its fiscal calendar the way a results head does still has one: the lexicon gives
it by the company's listing ticker, or the call dates its quarter's end in passing ("during the three-month
period ending August", "As of January 31, 2022, our net debt was ..."). Its quarters, years and comparison
bases then follow that calendar."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts
from finbrief.facts import periods
from finbrief.lexicon import companies

from .builders import ingest


def _periods(text: str, source: str, call: bool = False) -> tuple[int, dict[tuple[str, float], str | None]]:
    doc = ingest(text, source=source)
    if call:
        doc = replace(doc, kind="transcript")  # the company's own call, as a transcript with its turns reads
    sheet = facts.run(doc)
    return sheet.fiscal_year_end_month, {(f.metric, f.value): f.period for f in sheet}


def test_the_lexicon_gives_a_calendar_by_ticker() -> None:
    assert companies.fiscal_year_end_month(None, "DLB") == 9
    assert companies.fiscal_year_end_month(None, "dlb") == 9
    assert companies.fiscal_year_end_month(None, "ZZZQ") == 12
    assert companies.fiscal_year_end_month("Alibaba Group", "DLB") == 3  # the named company's own calendar first


def test_a_call_named_by_its_ticker_maps_its_fiscal_quarters() -> None:
    """A fiscal-Q2 call of a year ending in September reports the quarter to March; its "Q1" is the quarter
    to December and "Q2 of last year" the quarter to March a year before."""
    fym, got = _periods(
        "Second quarter revenue was $320 million, above our guidance range.\n"
        "Operating expenses in the second quarter were $204 million compared to $189.8 million in Q1.\n"
        "Net income was $94.8 million, which compares to $106.6 million in Q2 of last year.\n"
        "We anticipate that third quarter total revenue could range from $260 million to $290 million.\n",
        "DLB_q2_2021.txt",
        call=True,
    )
    assert fym == 9
    assert got[("revenue", 3.2e8)] == "2021Q1"
    assert got[("operating expenses", 1.898e8)] == "2020Q4"
    assert got[("net income", 1.066e8)] == "2020Q1"
    assert got[("revenue guidance", 2.6e8)] == "2021Q2"


def test_a_quarter_dated_by_the_months_it_spans() -> None:
    """"fourth-quarter ... during the three-month period ending August": a year ending in August, so the
    fourth quarter is the calendar third and "fiscal 2021" runs from September 2020."""
    fym, got = _periods(
        "We are pleased to discuss our fiscal fourth quarter and annual 2021 results.\n"
        "Norvale grew fourth-quarter revenues 40% year over year, gaining share during the three-month period"
        " ending August.\n"
        "Fourth-quarter revenues were a record $1 billion.\n"
        "Consolidated fiscal 2021 revenues of $3.6 billion increased 54%.\n",
        "NRVL_q4_2021.txt",
    )
    assert fym == 8
    assert got[("revenue", 1e9)] == "2021Q3"
    assert got[("revenue", 3.6e9)] == "2020Q4-2021Q3"


def test_balances_dated_at_a_month_end() -> None:
    """Two balances "as of January 31, 2022" in a fiscal-Q2 2022 call: the quarter ends in January and the year
    in July."""
    fym, got = _periods(
        "So let's turn to our fiscal 2022 second quarter results.\n"
        "Net income was $223.4 million for the second quarter of fiscal 2022.\n"
        "Our total liquidity as of January 31, 2022, was approximately $2 billion.\n"
        "As of January 31, 2022, our net debt was 2.1 times trailing 12 months EBITDA.\n",
        "KSKI_q2_2022.txt",
    )
    assert fym == 7
    assert got[("net income", 2.234e8)] == "2022Q1"


def test_month_end_balances_far_apart_in_a_long_call() -> None:
    """The two balances "as of January 31, 2022" read in the first and the last paragraph of a long call, with
    speech between that holds the cue words but no dated cue, still place the quarter's end in January."""
    speech = "".join(
        f"Store {k} closed its first days of trading with steady weeks, as we ended the pilot with good results.\n"
        for k in range(40)
    )
    fym, got = _periods(
        "So let's turn to our fiscal 2022 second quarter results.\n"
        "Net income was $223.4 million for the second quarter of fiscal 2022.\n"
        "Our total liquidity as of January 31, 2022, was approximately $2 billion.\n"
        + speech
        + "As of January 31, 2022, our net debt was 2.1 times trailing 12 months EBITDA.\n",
        "KSKI_q2_2022.txt",
    )
    assert fym == 7
    assert got[("net income", 2.234e8)] == "2022Q1"


def test_a_calendar_call_keeps_its_calendar() -> None:
    """A balance at the previous quarter's end is not a calendar: one such date settles nothing, and a balance
    at the reported quarter's end points to December."""
    fym, got = _periods(
        "Second quarter revenue was $500 million.\n"
        "As of March 31, 2021, we had $1.2 billion of liquidity.\n"
        "As of June 30, 2021, cash was $800 million.\n",
        "KQZW_q2_2021.txt",
    )
    assert fym == 12
    assert got[("revenue", 5e8)] == "2021Q2"


def test_a_quarter_of_this_year_or_next_year() -> None:
    for fym, quarter, text, want in (
        (9, "2021Q1", "we ended the second quarter this year with $1.2 billion", "2021Q1"),
        (9, "2021Q1", "we expect a recovery in the first quarter of next year", "2021Q4"),
        (12, "2021Q2", "in Q3 this year", "2021Q3"),
        (12, "2021Q2", "by Q1 next year", "2022Q1"),
    ):
        ctx = periods.PeriodContext(quarter, 2021, fym, None, False)
        found = [pm.period for pm in periods.find_periods(text, ctx)]
        assert found == [want], (text, found)


def test_annual_results_in_the_call_that_closes_the_year() -> None:
    """"Annual gross profit margin improved 460 basis points to 17.9%" in a fourth-quarter call: the year's
    margin and its move over the year before; in a second-quarter call "annual" dates no figure."""
    _, got = _periods(
        "Our fourth quarter results were strong.\n"
        "Annual gross profit margin improved 460 basis points to a record 17.9%.\n",
        "KQZW_q4_2021.txt",
    )
    assert got[("gross margin", 17.9)] == "2021"
    ctx = periods.PeriodContext("2021Q2", 2021, 12, None, False)
    assert periods.find_periods("Annual gross profit margin improved to 17.9%", ctx) == []


def test_chinese_wording_names_calendar_quarters_even_in_a_call() -> None:
    """Chinese coverage names a company's quarters by the calendar ("二季度" of a company whose year ends in June
    is the quarter to June), unlike the company's own English call, where "Q2" is its fiscal second quarter."""
    fym, got = _periods(
        "2021财年第四季度业绩电话会\n二季度营收同比增长12%至120亿元，净利润为15亿元。\n",
        "ADP_q4_2021.txt",
        call=True,
    )
    assert fym == 6
    assert got[("revenue", 1.2e10)] == "2021Q2"


def test_a_month_end_balance_and_the_month_to_date_date_the_quarter() -> None:
    """A fiscal-Q1 call of a company the lexicon does not place: "we ended September with ... cash" and "our first
    18 business days of October" (the month after the quarter) put the first quarter's end in September, so the
    fiscal year ends in June and "the prior year quarter" is the quarter to September a year before."""
    fym, got = _periods(
        "To provide more detail on our first quarter, consolidated sales decreased 12.7% over the prior year quarter.\n"
        "Organic sales through our first 18 business days of October are down by mid-teens percent.\n"
        "Cash from operations was $81.8 million, up from $50 million in the prior year quarter.\n"
        "We ended September with over $271 million of cash on hand.\n",
        "QWTY_q1_2021.txt",
    )
    assert fym == 6
    assert got[("revenue", -12.7)] == "2020Q3"
    assert got[("operating cash flow", 5e7)] == "2019Q3"


def test_one_month_end_remark_settles_no_calendar() -> None:
    """"We ended October with 95% occupancy" in a calendar-year third-quarter call: the month after the quarter,
    said once, moves no calendar."""
    fym, got = _periods(
        "Third quarter revenue was $500 million.\nWe ended October with occupancy of 95%.\n",
        "KQZW_q3_2022.txt",
    )
    assert fym == 12
    assert got[("revenue", 5e8)] == "2022Q3"


def test_a_move_from_a_named_level_is_its_base() -> None:
    """"down from adjusted net income of $39.9 million or $1.02 per share in the prior year quarter": both figures
    are the year-ago quarter's; "paid down from the sale of ... and an undrawn $100 million line" names no base."""
    _, got = _periods(
        "Results for the third quarter of 2021.\n"
        "We reported net income of $34.8 million or $0.89 per share, down from adjusted net income of $39.9 million"
        " or $1.02 per share in the prior year quarter.\n",
        "KQZW_q3_2021.txt",
    )
    assert got[("net income", 3.48e7)] == "2021Q3"
    assert got[("non-GAAP net income", 3.99e7)] == "2020Q3"
    assert got[("adjusted EPS", 1.02)] == "2020Q3"
    _, got = _periods(
        "Results for the third quarter of 2022.\n"
        "The facility has a $400 million term loan, of which $23 million has been paid down from the sale of the"
        " hotel and an undrawn $100 million revolving line of credit.\n",
        "KQZW_q3_2022.txt",
    )
    assert got[("credit facility", 1e8)] == "2022Q3"


def test_bases_listed_with_their_own_periods() -> None:
    """"$16 million in Q2 compared to $16.9 million in Q1 and $23 million in last year's Q2" in a fiscal-Q2 call
    of a year ending in September: both bases are prior figures, each of the quarter written right after it."""
    _, got = _periods(
        "Second quarter revenue was $320 million.\n"
        "Our products and services revenue was $16 million in Q2 compared to $16.9 million in Q1 and $23 million"
        " in last year's Q2.\n",
        "DLB_q2_2021.txt",
        call=True,
    )
    assert got[("revenue", 1.6e7)] == "2021Q1"
    assert got[("revenue", 1.69e7)] == "2020Q4"
    assert got[("revenue", 2.3e7)] == "2020Q1"


def test_a_quarter_base_named_by_its_year() -> None:
    """"revenues for the fourth quarter were $560 million, up 35% from $414 million in fiscal 2020": the base is
    the fourth quarter of fiscal 2020; without a quarter named, "compared to 79% in fiscal year 2020" is the year's."""
    _, got = _periods(
        "Fourth quarter revenue was $1 billion.\n"
        "Towable segment revenues for the fourth quarter were $560 million, up approximately 35% from $414 million"
        " in fiscal 2020.\n"
        "Our top 10 customers represented 78% of revenue, compared to 79% in fiscal year 2020.\n",
        "WGO_q4_2021.txt",
        call=True,
    )
    assert got[("revenue", 5.6e8)] == "2021Q3"
    assert got[("revenue", 4.14e8)] == "2020Q3"
    assert got[("customers", 79.0)] == "2019Q4-2020Q3"  # (the metric name aside)


def test_a_base_in_the_next_sentence() -> None:
    """"Revenue was $120 million, up 8% versus last year. That compares to $111 million in the third quarter of
    2021.": the next sentence gives the base of the figure before, with the period it names or a year before."""
    _, got = _periods(
        "Kestrel Tools reports third quarter 2022 results.\n"
        "Revenue was $120 million, up 8% versus last year.\n"
        "That compares to $111 million in the third quarter of 2021.\n"
        "Gross margin was 41%.\nThis compared with 39% last year.\n",
        "KSTL_q3_2022.txt",
    )
    assert got[("revenue", 1.2e8)] == "2022Q3"
    assert got[("revenue", 1.11e8)] == "2021Q3"
    assert got[("gross margin", 39.0)] == "2021Q3"
