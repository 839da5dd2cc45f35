"""English lists read "respectively" and units a paragraph opens with, held to the period and line each figure is of.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_bare_year_after_a_quarter_of_a_year_is_that_quarter_of_it() -> None:
    facts = facts_of("Revenues were $1.2 billion and $1.1 billion in the third quarter of 2021 and 2020, respectively.")
    assert find(facts, raw="$1.2 billion").period == "2021Q3"
    assert find(facts, raw="$1.1 billion").period == "2020Q3"


def test_a_bare_year_after_nine_months_of_a_year_is_those_months_of_it() -> None:
    facts = facts_of(
        "Net sales were $3.4 billion and $3.0 billion for the nine months ended September 30, 2021 and 2020, respectively."
    )
    assert find(facts, raw="$3.4 billion").period == "2021Q1-2021Q3"
    assert find(facts, raw="$3.0 billion").period == "2020Q1-2020Q3"


def test_two_whole_years_listed_stay_whole_years() -> None:
    facts = facts_of("Net sales were $13.4 billion and $12.0 billion for 2020 and 2019, respectively.")
    assert find(facts, raw="$13.4 billion").period == "2020"
    assert find(facts, raw="$12.0 billion").period == "2019"


def test_two_rates_listed_take_one_figure_each() -> None:
    facts = facts_of("Occupancy and retention were 93.9% and 61.5%, respectively.")
    assert find(facts, raw="93.9%").metric == "occupancy"
    assert find(facts, raw="61.5%").metric == "retention rate"


def test_a_region_the_paragraph_turns_to_owns_the_next_sentences_figures() -> None:
    facts = facts_of("Turning to Asia Pacific, revenue grew 8% to $410 million. Operating margin was 14.2%, up 90 basis points.")
    assert find(facts, raw="$410 million").subject == "APAC"
    assert find(facts, raw="14.2%").subject == "APAC"
    assert find(facts, raw="90 basis points").subject == "APAC"


def test_a_region_opening_its_results_owns_the_figures_after_it() -> None:
    facts = facts_of("In Europe, orders rose 6%. Revenue grew 5% to $220 million. Operating margin was 11.8%.")
    assert find(facts, raw="$220 million").subject == "Europe"
    assert find(facts, raw="11.8%").subject == "Europe"


def test_a_region_the_paragraph_turns_to_alone_owns_the_figures_after_it() -> None:
    facts = facts_of("Turning to Europe. Revenue grew 5% to $220 million. Operating margin was 11.8%.")
    assert find(facts, raw="$220 million").subject == "Europe"
    assert find(facts, raw="11.8%").subject == "Europe"


def test_a_remark_on_a_regions_market_gives_it_no_figures() -> None:
    facts = facts_of("In Europe, we saw steady demand. Revenue grew 5% to $220 million.")
    assert find(facts, raw="$220 million").subject == "NovaSky"


def test_a_word_of_the_whole_company_ends_the_region_of_the_opening() -> None:
    facts = facts_of("In Europe, revenue grew 5% to $220 million. Total operating margin was 12.6%. Operating margin was 12.1%.")
    assert find(facts, raw="$220 million").subject == "Europe"
    assert find(facts, raw="12.6%").subject == "NovaSky"
    assert find(facts, raw="12.1%").subject == "NovaSky"


def test_a_measure_no_unit_reports_stays_the_companys_after_a_region() -> None:
    facts = facts_of("In Europe, revenue grew 5% to $220 million. Net income was $50 million.")
    assert find(facts, raw="$50 million").subject == "NovaSky"


def test_a_region_named_inside_a_sentence_owns_only_its_own_figures() -> None:
    facts = facts_of("Sales in Europe grew 5% to $220 million. Operating margin was 12.1%.")
    assert find(facts, raw="12.1%").subject == "NovaSky"


def test_a_metric_with_its_own_figure_earlier_is_no_name_of_a_respectively_list() -> None:
    """"Underwriting income was $9 million, and the combined ratios were 92.1% and 98.2%, respectively": both
    percentages are combined ratios; the income named before has its own figure and is no item of the list."""
    facts = facts_of(
        "Underwriting income was $9 million, and the combined ratios were 92.1% and 98.2%, respectively.",
        "Revenue was $12 million, and the gross margins were 42.1% and 38.2%, respectively.",
    )
    assert [find(facts, raw=raw).metric for raw in ("92.1%", "98.2%")] == ["combined ratio", "combined ratio"]
    assert [find(facts, raw=raw).metric for raw in ("42.1%", "38.2%")] == ["gross margin", "gross margin"]
    assert find(facts, raw="$12 million").metric == "revenue"
    back = facts_of("Revenue was $3.9 billion and operating income was $458 million, an increase of 4% and 6%, respectively.")
    assert [find(back, raw=raw).metric for raw in ("4%", "6%")] == ["revenue", "operating income"]
