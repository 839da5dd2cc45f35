"""Where a document's period comes from: a dataset-style file name (``BRKW_q2_2022.txt``) that the text does not
contradict by more than a slip, else the text's own statement of the results it presents ("our second-quarter 2021
results")."""

from __future__ import annotations

from finbrief import facts
from finbrief.model import FactSheet

from .builders import ingest


def _sheet(text: str, source: str) -> FactSheet:
    return facts.run(ingest(text, source=source))


def _periods(sheet: FactSheet) -> dict[tuple[str, float], str | None]:
    return {(f.metric, f.value): f.period for f in sheet}


_RESULTS = (
    "Thank you, and good morning. Today we will discuss our second-quarter 2021 results.\n"
    "Revenue for the quarter was $412 million, up 9% from a year ago.\n"
    "Net income was $38 million compared to $31 million in the prior year quarter.\n"
    "Last quarter, revenue was $398 million.\n"
)


def test_one_slip_or_a_comparison_leaves_the_file_name() -> None:
    """One operator's welcome naming another year, or a figure compared with a quarter of another year, is no
    statement of the call's own quarter: the name settles it."""
    slip = (
        "Operator: Welcome to the Brackwater Second Quarter 2020 Earnings Call.\n"
        "Revenue for the second quarter was $412 million, up 9% from a year ago.\n"
    )
    assert _sheet(slip, "BRKW_q2_2022.txt").period == "2022Q2"
    compared = (
        "Revenue for the second quarter was $412 million, up 9% from $378 million in the second quarter of 2021.\n"
        "Margins were 31%, compared to 29% in the second quarter of 2021, and up from the prior quarter.\n"
    )
    assert _sheet(compared, "BRKW_q2_2022.txt").period == "2022Q2"


def test_a_file_name_that_agrees_keeps_its_quarter() -> None:
    """The text names its quarter as the name does: an operator's welcome naming last year's call moves nothing."""
    text = _RESULTS.replace("Thank you,", "Welcome to the Brackwater Second Quarter 2020 Earnings Call. Thank you,")
    assert _sheet(text, "BRKW_q2_2021.txt").period == "2021Q2"


def test_a_call_without_a_dataset_name_takes_the_results_it_presents() -> None:
    """"Today we will discuss our third-quarter 2019 results" dates the call ("will" is the call's word, not a
    forecast's), though its other quarters named with a year are the bases of 2018; "The first quarter 2021 results"
    are another quarter's, named in passing."""
    text = (
        "Thank you. Today we will discuss our third-quarter 2019 results.\n"
        "Revenue was $5 million, compared to $4 million in the third quarter of 2018.\n"
    )
    sheet = _sheet(text, "call.txt")
    assert sheet.period == "2019Q3"
    assert _periods(sheet) == {("revenue", 5e6): "2019Q3", ("revenue", 4e6): "2018Q3"}
    text = (
        "I will begin with Nova's second quarter 2021 financial results.\n"
        "The first quarter 2021 results held a one-time gain from a land sale.\n"
        "Revenue was $5 million, compared to $4 million in the second quarter of 2020.\n"
    )
    assert _sheet(text, "call.txt").period == "2021Q2"


def test_a_file_name_whose_year_the_call_reports_otherwise_takes_the_call_s_year() -> None:
    """A file named for 2022 whose call twice reports the second quarter of 2021 against the year before, and never
    so of 2022: the call's own words date its results, and its bare "second quarter" is that year's."""
    text = (
        "Deposits totaled $144 million for the second quarter of 2021, up 13% compared to the year-ago period.\n"
        "Fee income was $75 million for the second quarter of 2021, compared to $69 million for the year-ago period.\n"
        "Net interest margin was 2.5% in the second quarter.\n"
        "We expect to raise the dividend in the fourth quarter of 2021.\n"
    )
    sheet = _sheet(text, "BRKW_q2_2022.txt")
    assert sheet.period == "2021Q2"
    periods = _periods(sheet)
    assert periods[("deposits", 144e6)] == "2021Q2"
    assert periods[("net interest margin", 2.5)] == "2021Q2"
    once = text.replace("Fee income was $75 million for the second quarter of 2021,", "Fee income was $75 million,")
    assert _sheet(once, "BRKW_q2_2022.txt").period == "2022Q2"
