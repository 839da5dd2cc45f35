"""Highlights state a figure as what it is: a part of a whole or a rate is no growth, a target of no
year is no guidance, a figure the quarter already did is no expectation, a per-share figure's change
is not the total's. Texts written for these tests (the fictional NovaSky Technology and NovaSky
Mortgage)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to NovaSky's third quarter 2021 earnings call.\n"
Q4 = "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


def test_a_part_of_a_dividend_is_not_its_growth() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion, up 8%.\n"
        + "The $5.10 per share special dividend consists of 20% cash or $1.02 per share.\n"
    )
    assert not any("20%" in t for t in lines), lines


def test_a_turnover_rate_is_not_revenue_growth() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "In our city apartments, demand was soft, leading to turnover of 47%.\n"
        + "Revenue is comprised of 60% subscriptions.\n"
    )
    assert not any("47%" in t or "60%" in t for t in lines), lines


def test_a_target_of_no_year_is_not_guidance() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter earnings per share were $1.51.\n"
        + "For fiscal 2022, we expect earnings per share of $5 to $5.40.\n"
        + "In the interim, we're focused on achieving our financial targets of $4.5 billion in sales and 11% "
        + "EBITDA margins.\n"
        + "We remain committed to our target of $2 billion in services revenue.\n"
    )
    assert any("$5 to $5.40" in t for t in lines), lines
    assert not any("$4.5 billion" in t or "11%" in t or "$2 billion" in t for t in lines), lines


def test_a_target_for_a_named_year_is_guidance() -> None:
    lines = _lines(Q4 + "Fourth quarter earnings per share were $1.51.\nOur 2022 target is revenue of $5.6 billion.\n")
    assert any("$5.6 billion" in t and t.startswith("Sees") for t in lines), lines


def test_what_the_quarter_did_is_not_an_expectation() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter earnings per share were $1.51.\n"
        + "We expect share repurchase to remain our best use of capital, highlighted by the approximately "
        + "$2 billion of share repurchase in the quarter.\n"
        + "We expect to repurchase $500 million of shares in the first quarter.\n"
    )
    assert not any("$2 billion" in t for t in lines), lines
    assert any("$500 million" in t for t in lines), lines


def test_the_change_after_a_per_share_figure_is_the_per_share_figure_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion.\n"
        + "Third quarter earnings of $0.61 per share were down 5% year-over-year.\n"
        + "FFO of $1.20 per share was up $0.10 or 9% year-over-year.\n"
    )
    assert any("$0.61" in t and "5%" in t for t in lines), lines
    assert any("$1.20" in t and "9%" in t for t in lines), lines
    assert not any(t.startswith("Q3 earnings fell") or t.startswith("Q3 FFO rose") for t in lines), lines


def test_earnings_available_for_distribution_are_not_earnings_per_share() -> None:
    lines = _lines(
        "Welcome to NovaSky Mortgage's third quarter 2021 earnings call.\n"
        + "For the third quarter, we reported comprehensive income of $0.09 per common share.\n"
        + "We also reported earnings available for distribution of $0.54 per common share, a 6% increase over "
        + "last quarter.\n"
    )
    assert not any(t.startswith("Q3 earnings per share") and "$0.54" in t for t in lines), lines
    assert any(t.startswith("Q3 earnings available for distribution per share") and "$0.54" in t for t in lines), lines


def test_an_amount_in_a_metric_is_that_metric_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "Our capital investments are expected to generate $1 billion in EBITDA through capacity expansions.\n"
    )
    assert not any("capital expenditure" in t for t in lines), lines


def test_what_an_investment_or_a_deal_is_to_add_is_not_guidance() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "Our capital investments are expected to generate $1 billion in EBITDA through capacity expansions.\n"
        + "The acquisition of Orbit Labs is expected to add $200 million in revenue next year.\n"
        + "We expect our growth initiatives to deliver full-year revenue of $9.5 billion.\n"
    )
    assert not any("$1 billion" in t or "$200 million" in t for t in lines), lines
    assert any("$9.5 billion" in t for t in lines), lines


def test_reserve_development_is_not_a_loss() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "The company recognized $13 million of favorable prior year loss reserve development on its commercial "
        + "business during the quarter.\n"
    )
    stated = [t for t in lines if "$13 million" in t]
    assert all("reserve development" in t and "loss" not in t.lower() for t in stated), lines


def test_a_horizon_after_the_figure_makes_it_a_long_term_target() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "We believe we can grow our small business relationships by 15% to 20% and related revenue by 25% to 30% "
        + "over the next few years.\n"
        + "For 2022, we expect earnings per share in the range of $2.80 to $3.10, which is well above our long-term "
        + "goal of 10% annual growth.\n"
    )
    assert not any("15%" in t or "25%" in t for t in lines), lines
    assert any("$2.80 to $3.10" in t for t in lines), lines


def test_a_business_or_a_site_the_sentence_opens_on_is_not_the_company() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "On Slide 8, the Lighting business remains on its growth trajectory with 17% higher revenues.\n"
        + "Our Harbor Point Resort in Key West ran at 53% occupancy in the third quarter.\n"
        + "Portfolio occupancy was 71% in the third quarter.\n"
    )
    # the business's and the site's figures are stated as theirs, if at all, never as the company's
    assert all("Lighting" in t for t in lines if "17%" in t), lines
    assert all("Harbor Point Resort" in t for t in lines if "53%" in t), lines
    assert any("71%" in t for t in lines), lines


def test_a_share_of_a_whole_is_not_growth() -> None:
    lines = _lines(
        Q3
        + "Third quarter earnings per share were $0.61.\n"
        + "Online orders were 55% of our orders in the quarter.\n"
        + "Since 2017, we have funded ROI-generating projects across approximately 50% of our total room count.\n"
    )
    assert not any("55%" in t or "50%" in t for t in lines), lines


def test_the_size_of_a_market_and_an_eventual_aim_are_not_the_company_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter earnings per share were $1.51.\n"
        + "We keep investing in plant proteins as demand for alternative protein grows from $10 billion to "
        + "$30 billion over the next decade.\n"
        + "We remain committed to returns above 15% and ultimately driving the $15 of earnings per share.\n"
    )
    assert not any("$30 billion" in t or "$15 " in t or t.endswith("$15.") for t in lines), lines


def test_one_end_of_a_guided_range_is_not_the_guidance() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion and earnings per share were $0.61.\n"
        + "For fiscal 2022, we are guiding to adjusted earnings per share of $3.20 and $3.40 or 17% growth at the "
        + "midpoint.\n"
        + "We estimate fourth quarter diluted earnings per share could range from about $0.05 to about $0.20.\n"
        + "Diluted earnings per share on a GAAP and adjusted basis were $0.61 and $0.66, respectively.\n"
    )
    assert not any(t.endswith(("$3.20.", "$0.05.")) for t in lines), lines
    assert any("$0.61" in t for t in lines), lines


def test_an_item_s_amount_per_share_is_not_earnings_per_share() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion and earnings per share were $0.61.\n"
        + "We are increasing our bad debt expense assumption for the remainder of the year, which is $0.01 a share.\n"
        + "For 2022, we expect $2.45 to $2.65 per share.\n"
    )
    assert not any("$0.01" in t for t in lines), lines
    assert any("$2.45 to $2.65" in t for t in lines), lines


def test_an_excluded_sale_and_another_year_s_level_are_not_guidance() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion and earnings per share were $0.61.\n"
        + "Note that our sales guidance excludes the expected $55 million Harbor sale in the fourth quarter.\n"
        + "Our full-year estimate assumes the Skyline segment's sales approach 2019 full year levels of $1.06 "
        + "billion.\n"
    )
    assert not any("$55 million" in t or "$1.06 billion" in t for t in lines), lines


def test_a_loss_per_share_excluding_a_cost_is_still_the_quarter_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion.\n"
        + "Excluding the $40 million cost attributed to the strike, we lost $0.12 per share in the third quarter.\n"
    )
    assert any("$0.12" in t for t in lines), lines


def test_guidance_says_the_growth_its_sentence_gives_it() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.4 billion and earnings per share were $0.61.\n"
        + "We continue to expect adjusted earnings per share for fiscal 2022 in the range of $12.75 to $12.85, which "
        + "represents growth of 25% to 26% year-over-year.\n"
    )
    assert "Sees FY 2022 adjusted earnings per share $12.75 to $12.85, up 25% to 26%." in lines, lines


def test_a_rate_or_a_share_said_without_a_move_is_no_growth() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $92.1 million, up 6%.\n"
        + "We ended the quarter with net debt of $2.1 billion at a weighted average interest rate of 3.4%.\n"
        + "Over 58% of our rent comes from investment-grade tenants.\n"
    )
    assert any("$92.1 million" in t for t in lines), lines
    assert not any("rose 3.4%" in t or "58%" in t for t in lines), lines


def test_a_capped_growth_outlook_reads_once() -> None:
    lines = _lines(Q3 + "Third quarter revenue was $50.2 million.\nFor 2022, we expect parking revenue growth of up to 7%.\n")
    assert any("up as much as 7%" in t for t in lines), lines
    assert not any("up up to" in t for t in lines), lines
