"""A highlight line is left out when its figure is a base the sentence compares with, one business's earnings
per share, one product line's sales, the start of a revised range or the outlook of another year than the one
read; the company's own figures in the same call are still printed. Texts written for these tests (the
fictional NovaSky Technology)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

CALL = "Welcome to NovaSky's third quarter 2022 earnings call.\n\n"


def _lines(text: str) -> list[str]:
    doc = doc_from(CALL + text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


def test_a_base_the_sentence_compares_with_is_not_the_quarter_s_figure() -> None:
    lines = _lines(
        "Revenue was $410 million. For the third quarter, our reported net income was $476 million or $1.82 per "
        "share. This compares with prior year adjusted net income, excluding the impact of the tax credits, of $363 "
        "million or $1.34 per share."
    )
    assert "Q3 earnings per share $1.82." in lines
    assert not any("$1.34" in line or "$363 million" in line for line in lines)


def test_credit_ratio_funds_from_operations_to_debt_is_no_sign_of_a_reit() -> None:
    lines = _lines(
        "Revenue was $410 million. We reported $0.41 of non-GAAP earnings per share for the third quarter of 2022. "
        "Our long-term FFO to debt objective remains between 14% and 15%."
    )
    assert "Q3 non-GAAP earnings per share $0.41." in lines


def test_one_business_s_earnings_per_share_are_not_the_company_s() -> None:
    lines = _lines(
        "Revenue was $410 million. For the third quarter of 2022, we reported $0.25 of utility EPS, while our "
        "pipeline investments contributed another $0.08. Net income was $0.31 per diluted share."
    )
    assert "Q3 diluted earnings per share $0.31." in lines
    assert not any("$0.25" in line for line in lines)
    said_before = _lines(
        "Revenue was $410 million. Our utility earnings per share was $0.25 for the third quarter of 2022."
    )
    assert not any("$0.25" in line for line in said_before)


def test_one_product_line_s_sales_are_not_revenue() -> None:
    lines = _lines(
        "Adjusted operating income was $1.8 billion. Our product pivots have worked well, demonstrated by continued "
        "strong sales of our buffered annuity products, which were $1.3 billion in the third quarter."
    )
    assert "Q3 adjusted operating income $1.8 billion." in lines
    assert not any("$1.3 billion" in line for line in lines)


def test_a_revised_range_is_printed_not_the_end_of_the_range_it_replaces() -> None:
    lines = _lines(
        "Revenue was $410 million. As we close out the year, we are raising and narrowing our operating earnings "
        "guidance from $2.40 to $2.60 per share to $2.55 to $2.65 per share."
    )
    assert "Sees adjusted earnings per share $2.55 to $2.65 this year." in lines
    assert not any("$2.60 this year" in line for line in lines)


def test_a_range_narrowed_to_a_new_range_is_printed_not_the_old_range_s_end() -> None:
    lines = _lines(
        "Revenue was $410 million. Our adjusted earnings per share outlook for 2022 moves from $6.20 to $6.80 to a "
        "new range of $6.40 to $6.60."
    )
    assert "Sees FY 2022 adjusted earnings per share $6.40 to $6.60." in lines
    assert not any("$6.80" in line for line in lines)


def test_the_outlook_of_the_year_a_sentence_opens_on_is_not_this_year_s() -> None:
    lines = _lines(
        "Revenue was $410 million. Our full year guidance is $2.63 to $2.65 per share. For 2023, we are reaffirming "
        "our adjusted full year guidance of $2.85 to $2.87 per share."
    )
    assert "Sees earnings per share $2.63 to $2.65 this year." in lines
    assert not any("$2.85" in line for line in lines)


def test_earnings_per_share_worked_out_from_an_adjusted_measure_are_not_printed_as_reported() -> None:
    lines = _lines(
        "Revenue was $410 million. Pretax adjusted operating income in the third quarter was $1.8 billion and "
        "resulted in earnings per share of $3.78 on an after-tax basis."
    )
    assert "Q3 adjusted operating income $1.8 billion." in lines
    assert not any("$3.78" in line for line in lines)
    reported = _lines(
        "Revenue was $410 million. Net income in the third quarter was $180 million and resulted in earnings per "
        "share of $3.78."
    )
    assert "Q3 earnings per share $3.78." in reported
