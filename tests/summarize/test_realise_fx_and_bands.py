"""Figures a results line must not state as the company's reported figure: growth measured in constant or local
currency, a business line's growth, a change against a base two years back, a band said in words, the far end of a
range from breakeven, a breakeven threshold, a nine-month amount, a change after a declared 2019 base and the
midpoint of a range given with it. Texts written for these tests (fictional
companies)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=6, floor=0.0)]


def test_growth_in_constant_currency_after_its_comparison_is_not_the_reported_growth() -> None:
    lines = _lines(
        "Welcome to Ostrava Staffing's third quarter 2021 earnings call.\n"
        "In the third quarter, revenue was $2.4 billion, up 9% year-over-year in constant currency.\n"
        "Diluted earnings per share were $1.12.\n"
    )
    assert any("$2.4 billion" in line for line in lines), lines
    assert not any("9%" in line and "currency" not in line for line in lines), lines


def test_growth_compared_to_the_prior_year_period_on_a_constant_currency_basis() -> None:
    lines = _lines(
        "Welcome to Brisk Medical's second quarter 2020 earnings call.\n"
        "Q2 revenue was $412 million, which was down 14% as compared to the prior year period on a constant "
        "currency basis.\n"
        "Adjusted earnings per share were $1.05.\n"
    )
    assert any("$412 million" in line for line in lines), lines
    assert not any("14%" in line and "currency" not in line for line in lines), lines


def test_a_sentence_closed_by_in_local_currency_puts_its_changes_in_local_currency() -> None:
    lines = _lines(
        "Welcome to Varda Property Advisors' third quarter 2020 earnings call.\n"
        "Consolidated revenue fell 11% to $3.1 billion and fee revenue declined 20% to $1.2 billion, in local "
        "currency.\n"
        "Adjusted earnings per share were $2.05.\n"
    )
    assert any("$3.1 billion" in line for line in lines), lines
    assert not any("11%" in line and "currency" not in line for line in lines), lines


def test_currency_neutral_growth_guidance_is_not_revenue_growth_guidance() -> None:
    lines = _lines(
        "Welcome to Holm Diagnostics' second quarter fiscal 2021 earnings call.\n"
        "Our second quarter revenues totaled $1.9 billion, up 14% on a reported basis.\n"
        "We reaffirm our fiscal 2021 guidance, which includes currency-neutral revenue growth of 8% to 10% and "
        "adjusted earnings per share of $6.10 to $6.20.\n"
    )
    assert any("$6.10 to $6.20" in line for line in lines), lines
    assert not any("8% to 10%" in line and "currency" not in line for line in lines), lines


def test_revenue_growth_for_a_named_business_line_or_region_is_not_the_company_s() -> None:
    lines = _lines(
        "Welcome to Marlow Scientific's third quarter 2020 earnings call.\n"
        "Net sales for the third quarter were $512 million.\n"
        "We estimate 18% to 20% currency-neutral revenue growth for Clinical Systems in 2020.\n"
        "In the fourth quarter we expect revenue growth for the U.S. in the range of 2% to 4% year-over-year.\n"
    )
    assert any("$512 million" in line for line in lines), lines
    # (a line may give the country's own guidance, named as the country's)
    assert not any("18%" in line or ("2% to 4%" in line and "U.S." not in line) for line in lines), lines


def test_a_base_two_years_back_is_not_printed_as_the_year_before() -> None:
    lines = _lines(
        "Welcome to Tallis Parks' first quarter 2021 earnings call.\n"
        "Revenue in the quarter was $91 million.\n"
        "GAAP loss per share was $0.97 compared to a loss of $0.61 in 2019.\n"
    )
    assert any("$0.97" in line for line in lines), lines
    assert not any("$0.61" in line for line in lines), lines


def test_a_band_in_words_and_a_range_from_breakeven_are_not_the_figure() -> None:
    lines = _lines(
        "Welcome to Keld Furniture's second quarter 2021 earnings call.\n"
        "Net sales were $610 million for the quarter.\n"
        "We expect third quarter revenue to grow in the mid 20% range compared to the prior year quarter.\n"
        "We expect third quarter adjusted earnings to be between breakeven and a loss of $0.06 per share.\n"
    )
    assert any("$610 million" in line for line in lines), lines
    assert not any("20%" in line or "$0.06" in line for line in lines), lines


def test_a_breakeven_threshold_is_no_outlook() -> None:
    lines = _lines(
        "Welcome to Pell Hospitality's fourth quarter 2020 earnings call.\n"
        "Total revenue was $48 million for the quarter.\n"
        "Based on our forecast for the first quarter, we are comfortable with our previous estimates that the "
        "portfolio breaks even at property level with a 55% RevPAR decline.\n"
    )
    assert any("$48 million" in line for line in lines), lines
    assert not any("55%" in line for line in lines), lines


def test_an_amount_for_the_first_nine_months_is_not_the_quarter_s() -> None:
    lines = _lines(
        "Welcome to Quarry Lane Properties' third quarter 2022 earnings call.\n"
        "Yesterday, we reported core FFO of $64.1 million or $0.95 per share, representing an increase of 18% for "
        "the first nine months of 2022 compared to the same period last year.\n"
        "Third quarter net income was $9.2 million.\n"
    )
    assert any("$9.2 million" in line for line in lines), lines
    assert not any("$64.1 million" in line for line in lines), lines


def test_a_change_after_a_declared_2019_base_prints_no_change() -> None:
    lines = _lines(
        "Welcome to Larkspur Parks' first quarter 2021 earnings call.\n"
        "Results are not comparable to last year because our parks were closed. For that reason, I will provide "
        "comparisons to 2019.\n"
        "Revenue in the quarter was down 31% to $74 million.\n"
    )
    assert any("$74 million" in line for line in lines), lines
    assert not any("31%" in line or "fell" in line for line in lines), lines


def test_a_range_given_with_its_midpoint_prints_as_the_range() -> None:
    lines = _lines(
        "Welcome to Quillon Residential's third quarter 2021 earnings call.\n"
        "Third quarter FFO was $1.02 per share.\n"
        "Our new 2021 FFO guidance is $4.14 to $4.20 with the midpoint of $4.17 per share.\n"
    )
    assert any("$4.14 to $4.20" in line for line in lines), lines
    assert not any("$4.17" in line for line in lines), lines
