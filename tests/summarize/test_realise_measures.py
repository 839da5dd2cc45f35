"""Highlights say which of a company's measures a figure is, and leave out what a line would misstate:
per-share guidance of a REIT that names no measure, a change per share given to the total, a plan for one
item, money already spent, a year-to-date figure given to the quarter, a quarter's outlook without its
quarter. Texts written for these tests (fictional companies)."""

from __future__ import annotations

from finbrief import summarize
from finbrief.facts import run
from finbrief.options import Options
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


_REIT = "Welcome to Quillon Office Trust's third quarter 2022 earnings call.\n"


def test_a_normalized_ffo_is_named_as_the_company_names_it() -> None:
    lines = _lines(_REIT + "Normalized FFO for the third quarter was $41.2 million or $0.88 per share.\n")
    per_share = [line for line in lines if "$0.88" in line]
    assert per_share and all("normalized FFO per share" in line for line in per_share)


def test_an_operating_ffo_guidance_keeps_its_name() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "We are raising our operating FFO per share guidance for 2022 to $1.02 to $1.05.\n"
    )
    guided = [line for line in lines if "$1.02" in line]
    assert guided and all("operating FFO per share" in line for line in guided)


def test_economic_earnings_are_not_printed_as_earnings() -> None:
    lines = _lines(
        "Welcome to Brackwater Energy's second quarter 2021 earnings call.\n"
        "Second quarter economic earnings were $12 million compared with $9 million a year ago.\n"
    )
    said = [line for line in lines if "$12 million" in line]
    assert said and all("economic earnings" in line for line in said)


def test_comprehensive_income_per_share_is_no_earnings_per_share() -> None:
    lines = _lines(
        "Welcome to Tallis Mortgage Capital's third quarter 2022 earnings call.\n"
        "The company reported a comprehensive loss of $1.35 per common share for the quarter.\n"
    )
    said = [line for line in lines if "$1.35" in line]
    assert said and all("comprehensive loss per share" in line for line in said)
    assert not any("earnings per share" in line for line in lines)


def test_a_reit_s_unnamed_per_share_guidance_is_not_printed_as_earnings_per_share() -> None:
    lines = _lines(
        _REIT + "Adjusted company FFO for the quarter was $52 million or $0.21 per diluted common share. "
        "We are tightening our 2022 guidance range to $0.81 to $0.84 per diluted share.\n"
    )
    assert not any("$0.81" in line and "earnings per share" in line for line in lines)
    assert any("$0.21" in line and "adjusted company FFO per share" in line for line in lines)


def test_guidance_named_by_initials_is_not_earnings_per_share() -> None:
    lines = _lines(
        "Welcome to Corvale Resources' first quarter 2021 earnings call.\n"
        "Revenue for the first quarter was $640 million.\n"
        "We are reaffirming our NFE guidance for fiscal 2021 of $2.05 to $2.15 per share.\n"
    )
    assert not any("$2.05" in line and "earnings per share" in line for line in lines)


def test_guidance_called_adjusted_after_its_figure_is_adjusted() -> None:
    lines = _lines(
        "Welcome to Fenmore Packaging's fourth quarter 2021 earnings call.\n"
        "Revenue for the fourth quarter was $1.4 billion.\n"
        "At the midpoint, we anticipate generating $4.80 of adjusted Class A earnings per share in '22.\n"
    )
    guided = [line for line in lines if "$4.80" in line]
    assert guided and all("adjusted earnings per share" in line for line in guided)


def test_a_change_per_share_is_not_the_total_s() -> None:
    lines = _lines(
        _REIT + "We reported core FFO of $30.4 million or $0.91 per diluted share compared to $0.70 per diluted "
        "share in the same quarter of 2021, for an increase of 30% on a per share basis.\n"
    )
    assert not any("30%" in line and "$30.4 million" in line for line in lines)


def test_a_plan_for_one_initiative_is_not_the_company_s_capital_plan() -> None:
    lines = _lines(
        "Welcome to Ridgecrest Resorts' second quarter fiscal 2022 earnings call.\n"
        "Revenue for the second quarter was $905 million.\n"
        "In addition, we have announced a $5 million capital investment plan in our energy efficiency initiative.\n"
        "We have also made a $22 million labor investment in our frontline staff.\n"
    )
    assert not any("$5 million" in line or "$22 million" in line for line in lines)


def test_money_spent_during_the_year_is_no_plan() -> None:
    lines = _lines(
        "Welcome to Sunmere Hotels' fourth quarter 2020 earnings call.\n"
        "Revenue for the fourth quarter was $88 million.\n"
        "During the year, we invested $47 million into our hotel portfolio, with the largest project being the "
        "complete renovation of the Alder Lodge.\n"
    )
    assert not any("$47 million" in line for line in lines)


def test_a_nine_months_figure_is_not_the_quarter_s() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $61 million.\n"
        "We reported core FFO of $71.3 million or $1.14 per share, representing an increase of 18% for the first "
        "nine months of 2022 compared to the same period last year.\n"
    )
    assert not any("Q3" in line and "$1.14" in line for line in lines)
    assert any("Q3" in line and "$61 million" in line for line in lines)


def test_a_change_against_the_quarter_before_is_said_so() -> None:
    lines = _lines(
        "Welcome to Harlow Metals' fourth quarter 2020 earnings call.\n"
        "In comparison to the third quarter of 2020, fourth quarter non-GAAP earnings per diluted share of $1.40 "
        "was up 6% from $1.32.\n"
    )
    said = [line for line in lines if "$1.40" in line and "6%" in line]
    assert said and all("quarter on quarter" in line for line in said)


def test_a_quarter_s_outlook_opened_by_its_quarter_names_it() -> None:
    lines = _lines(
        "Welcome to Ostrava Storage's third quarter 2022 earnings call.\n"
        "Revenue for the third quarter was $1.2 billion.\n"
        "Now let me share our projections for the fourth quarter, which incorporate recent FX rates.\n"
        "We expect total revenue to be approximately $1.25 billion, which represents 10% growth year-on-year. "
        "We expect adjusted EBITDA to be approximately $450 million in the fourth quarter. We expect AFFO to be "
        "approximately $270 million.\n"
    )
    guided = [line for line in lines if "$270 million" in line or "$1.25 billion" in line]
    assert guided and all("Q4" in line for line in guided)


_HOTELS = "Welcome to Larchmont Hospitality's fourth quarter 2020 earnings call.\nRevenue for the fourth quarter was $41 million.\n"


def test_the_best_performing_hotel_s_occupancy_is_not_the_company_s() -> None:
    lines = _lines(
        _HOTELS + "In Savannah the Harbor Inn was our best performing asset during the fourth quarter, generating 58% "
        "occupancy and 6.1% year-over-year ADR growth to $284 for the period.\n"
    )
    assert not any("58%" in line or "$284" in line for line in lines)


def test_a_few_weeks_or_a_month_are_not_the_quarter() -> None:
    lines = _lines(
        _HOTELS + "The holiday weeks were especially strong, most notably the period between Christmas and New Year's, "
        "which had greater than 88% occupancy.\n"
        "January started off stronger than we anticipated, returning to greater than $64 RevPAR.\n"
    )
    assert not any("88%" in line or "$64" in line for line in lines)


def test_a_peak_is_not_the_period_s_figure() -> None:
    lines = _lines(_HOTELS + "We are seeing flow throughs as high as 65% on the GOP line.\n")
    assert not any("65%" in line for line in lines)


def test_a_payout_ratio_is_not_the_ffo() -> None:
    lines = _lines(_REIT + "Revenue for the third quarter was $77 million.\nQuillon's FFO and AFFO payout ratios were 51.2% "
                   "and 64.8%, respectively, within our FFO payout target of 45% to 55%.\n")
    assert not any("51.2%" in line and "payout" not in line for line in lines)


def test_one_end_of_a_declining_range_is_no_outlook() -> None:
    """"net sales to decline in the range of down 10% to down 4%": neither end alone is the outlook."""
    lines = _lines(
        "Welcome to Marrowby Nutrition's fourth quarter 2021 earnings call.\n"
        "Fourth quarter net sales were $1.3 billion.\n"
        "For the first quarter, we estimate net sales to decline in the range of down 10% to down 4%.\n"
    )
    assert not any("down 10%" in line or "fell 10%" in line or "-10%" in line for line in lines), lines


def test_a_quarterly_amount_in_a_years_plan_is_not_the_years() -> None:
    """"$50 million in share repurchase per quarter" in the year's guidance is no year's buyback of $50 million."""
    doc = doc_from(
        "Welcome to Marrowby Nutrition's fourth quarter 2021 earnings call.\n"
        "Fourth quarter net sales were $1.3 billion.\n"
        "Our 2022 guidance includes the assumption of $50 million in share repurchase per quarter.\n"
    )
    lines = [h.text for h in summarize.brief(doc, Options(lang="en")).highlights]
    assert not any(line.startswith("Sees") and "$50 million" in line for line in lines), lines


def test_an_adjusted_distributable_earnings_keeps_its_word() -> None:
    lines = _lines(
        _REIT + "We reported a distributable loss of $24.7 million and adjusted distributable earnings of $32.3 million"
        " or $0.25 per share for the third quarter.\n"
    )
    per_share = [line for line in lines if "$0.25" in line]
    assert per_share and all("adjusted distributable earnings per share" in line for line in per_share), lines


def test_an_undepreciated_loss_per_share_keeps_its_word() -> None:
    lines = _lines(
        _REIT + "In the third quarter we incurred an un-depreciated loss per share of $0.27 and book value fell 8%.\n"
    )
    per_share = [line for line in lines if "$0.27" in line]
    assert per_share and all("un-depreciated loss per share" in line for line in per_share), lines


def test_a_guidance_midpoint_is_said_to_be_one() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "We increased the midpoint of our full year 2022 FFO guidance by $0.01 per share for a new midpoint of $2.59.\n"
        "For the fourth quarter, we expect FFO of $0.65 to $0.69 per share.\n"
    )
    mid = [line for line in lines if "$2.59" in line]
    assert mid and all("at the midpoint" in line for line in mid), lines
    assert all("midpoint" not in line for line in lines if "$0.65" in line), lines


def test_a_range_whose_ends_are_tenfold_apart_is_not_printed() -> None:
    doc = doc_from(
        "Welcome to NovaSky's first quarter 2021 earnings call.\n"
        "Adjusted earnings per share expectations continue to be in the range of $0.03 to $3.06 for the full year.\n"
        "We expect revenue for the year of $2.05 billion to $2.15 billion.\n"
    )
    lines = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert not any("$0.03" in t or "$3.06" in t for t in lines), lines
    assert any("$2.05 billion to $2.15 billion" in t for t in lines), lines


def test_a_level_its_own_change_contradicts_is_not_printed() -> None:
    doc = doc_from(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Net sales of $550 million was up $19.2 million, or 3.9% from Q3 2020.\n"
        "Adjusted EBITDA of $96 million was up $6 million, or 6.7% from Q3 2020.\n"
    )
    lines = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert not any("$550 million" in t for t in lines), lines
    assert any("$96 million" in t for t in lines), lines


def test_a_midpoint_said_after_a_list_of_figures_holds_for_each() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "On a consolidated basis, we expect revenues to be $390 million and adjusted EBITDA to be $310 million at the "
        "midpoint.\n"
    )
    said = [line for line in lines if "$390 million" in line]
    assert said and all("at the midpoint" in line for line in said), lines


def test_a_midpoint_said_of_several_figures_holds_for_each() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "For 2022 we expect revenue to be $390 million and FFO to be $2.10 per share at the midpoints.\n"
    )
    said = [line for line in lines if "$2.10" in line]
    assert said and all("at the midpoint" in line for line in said), lines


def test_an_estimate_that_names_no_measure_keeps_the_measure_named_before_it() -> None:
    lines = _lines(
        _REIT + "This morning, we reported normalized FFO of $0.41 per diluted share, in line with our expectations. "
        "We have refined our 2022 estimate to a range of $1.62 to $1.65 per share.\n"
    )
    said = [line for line in lines if "$1.62" in line]
    assert said and all("normalized FFO per share" in line for line in said), lines


def test_a_range_the_figure_is_expected_at_one_end_of_says_which_end() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "We now expect 2022 FFO per share at the low end of our $2.40 to $2.50 range.\n"
    )
    said = [line for line in lines if "$2.40" in line]
    assert said and all("at the low end of $2.40 to $2.50" in line for line in said), lines


def test_a_range_raised_at_both_ends_is_not_said_to_be_at_one_end() -> None:
    lines = _lines(
        _REIT + "Revenue for the third quarter was $96 million.\n"
        "We are raising our 2022 FFO per share outlook by $0.05 at the high and low end of the range to $2.45 to $2.55.\n"
    )
    said = [line for line in lines if "$2.45" in line]
    assert said and not any("end of" in line for line in said), lines


def test_per_share_guidance_of_no_basis_takes_the_basis_the_call_reports_earnings_on() -> None:
    lines = _lines(
        "Welcome to Fennick Crop Sciences' third quarter 2021 earnings call.\n"
        "Adjusted earnings were $1.21 per diluted share in the quarter, an increase of 14% versus Q3 2020.\n"
        "We are raising our full year 2021 earnings guidance to the range of $5.40 to $5.70 per diluted share.\n"
    )
    said = [line for line in lines if "$5.40" in line]
    assert said and all("adjusted earnings per share" in line for line in said), lines


def test_per_share_guidance_stays_unqualified_when_the_call_reports_earnings_as_reported() -> None:
    lines = _lines(
        "Welcome to Fennick Crop Sciences' third quarter 2021 earnings call.\n"
        "Diluted earnings were $1.21 per share in the quarter, and adjusted earnings were $1.30 per share.\n"
        "We are raising our full year 2021 earnings guidance to the range of $5.40 to $5.70 per diluted share.\n"
    )
    assert not any("$5.40" in line and "adjusted" in line for line in lines), lines


_MAKER = "Welcome to Brindlewood Instruments' fourth quarter 2022 earnings call.\n"


def test_nearly_a_figure_stays_nearly() -> None:
    """ "Nearly $6 billion" is short of $6 billion: the line says "nearly", not "about"."""
    lines = _lines(_MAKER + "Revenue for the fourth quarter was nearly $6 billion, up 9% from a year ago.\n")
    revenue = [line for line in lines if "$6 billion" in line]
    assert revenue and all("nearly $6 billion" in line for line in revenue), lines


def test_an_adjusted_gross_margin_is_said_to_be_adjusted() -> None:
    lines = _lines(
        _MAKER + "Revenue for the fourth quarter was $5.9 billion, up 9% from a year ago.\n"
        "Adjusted gross margin was 41.3% in the quarter, up 120 basis points.\n"
    )
    margin = [line for line in lines if "41.3%" in line]
    assert margin and all("adjusted gross margin" in line for line in margin), lines


def test_just_under_a_figure_stays_just_under() -> None:
    """ "Just under $2 billion" keeps its words; an upper bound's wording never breaks a brief."""
    lines = _lines(_MAKER + "Revenue for the fourth quarter was just under $2 billion, up 9% from a year ago.\n")
    revenue = [line for line in lines if "$2 billion" in line]
    assert revenue and all("just under $2 billion" in line for line in revenue), lines


def test_just_over_a_figure_stays_just_over() -> None:
    lines = _lines(_MAKER + "Revenue for the fourth quarter was just over $2 billion, up 9% from a year ago.\n")
    revenue = [line for line in lines if "$2 billion" in line]
    assert revenue and all("just over $2 billion" in line for line in revenue), lines
