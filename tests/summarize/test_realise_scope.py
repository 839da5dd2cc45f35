"""Highlights name the figure the sentence gives the company for the quarter: a part's figure, a
comparison base, another period's, a change of another metric or of another level is never printed
as the quarter's result. Texts written for these tests (the fictional NovaSky Technology)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from finbrief.facts import run
from finbrief.model import Document, Fact
from finbrief.summarize.realise import doubt, highlights
from tests.summarize.helpers import doc_from

Q2 = "Welcome to NovaSky's second quarter 2021 earnings call.\n"
Q3 = "Welcome to NovaSky's third quarter 2021 earnings call.\n"
Q4 = "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"


def _fact(text: str, number: str, metric: str, value: float, unit: str = "USD") -> tuple[Document, Fact]:
    """A one-paragraph document and the level of ``number`` in it, its evidence the words before it."""
    doc = doc_from(text)
    p = next(p for p in doc.paragraphs if number in p.text)
    at = p.text.index(number)
    start, end = max(0, at - 45), at + len(number)
    return doc, Fact("NovaSky", metric, value, unit, p.n, p.text[start:end], start, end, raw=number)


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "number", "metric", "value"),
    [
        ("Sales for Drone Systems were a record $934 million, up 44%.", "$934 million", "revenue", 934e6),
        ("Our business in Southeast Asia reached $1.1 billion in sales.", "$1.1 billion", "revenue", 1.1e9),
        (
            "Earnings per share of $0.76 were $0.26 higher than last year's second quarter adjusted "
            "earnings per share of $0.50.",
            "$0.50",
            "adjusted EPS",
            0.50,
        ),
        (
            "Excluding the $0.05 per share loss on an investment, earnings rose 21%.",
            "$0.05",
            "adjusted EPS",
            0.05,
        ),
        (
            "For 2021, NovaSky Cloud is expected to contribute in the range of $1.93 to $2.07 per diluted share.",
            "$1.93",
            "diluted EPS guidance",
            1.93,
        ),
        ("The sharing band is expected to add approximately $0.06 per diluted share.", "$0.06", "EPS", 0.06),
        (
            "We recorded a net loss of $6.6 million, compared to net income of $1.6 million, or $0.03 per "
            "diluted share a year ago.",
            "$0.03",
            "diluted EPS",
            0.03,
        ),
        ("Adjusted earnings per share was $0.83, and that's $0.03 better than our outlook.", "$0.03", "adjusted EPS", 0.03),
        ("We expect our other businesses to be between a loss of $0.05 and $0.02 per share.", "$0.05", "EPS", 0.05),
        ("Total return was 6.7% based on the beginning book value per share of $18.25.", "$18.25", "book value per share", 18.25),
        (
            "As a result, same-store third quarter net operating income decreased 6.3% year-over-year.",
            "6.3%",
            "net operating income",
            6.3,
        ),
        ("Comparable store sales for the quarter were up 4.1%.", "4.1%", "revenue", 4.1),
        (
            "This quarter's dividend declaration represents a 50% or $0.06 per share increase from the previous quarter.",
            "$0.06",
            "dividend",
            0.06,
        ),
        ("Reinvested dividends were $2.3 billion in this quarter.", "$2.3 billion", "dividend", 2.3e9),
        (
            "Through today, we've closed on $40 million of sales this year, on our way to meeting our 2020 sales "
            "guidance range of $125 million to $175 million.",
            "$125 million",
            "revenue guidance",
            125e6,
        ),
        (
            "We expect the business to contribute $0.20 of earnings per share in 2021 and $0.33 in 2022, including "
            "$16 million of EBITDA in 2022.",
            "$16 million",
            "EBITDA guidance",
            16e6,
        ),
        (
            "Companies are moving to build their digital core, as you would expect for 27% revenue growth.",
            "27%",
            "revenue guidance",
            27.0,
        ),
        ("As we see it today, we have over 11 million customers in our family.", "11 million", "customers guidance", 11e6),
        (
            "We sold the rights to manage two funds, as well as our stake in both funds for an aggregate purchase price "
            "of roughly $36 million.",
            "$36 million",
            "investment",
            36e6,
        ),
    ],
)
def test_a_figure_its_words_give_to_something_else_is_doubted(
    text: str, number: str, metric: str, value: float
) -> None:
    doc, f = _fact(text, number, metric, value)
    assert doubt(doc, f) is not None


@pytest.mark.parametrize(
    ("text", "number", "metric", "value"),
    [
        ("Sales for the quarter were $934 million.", "$934 million", "revenue", 934e6),
        ("Revenue in Q2 was $50.2 million.", "$50.2 million", "revenue", 50.2e6),
        ("Adjusted earnings per share were $1.02, up 23%.", "$1.02", "adjusted EPS", 1.02),
        ("The board declared a quarterly dividend of $0.18 per share.", "$0.18", "dividend", 0.18),
        ("As you would expect, we now see revenue growth of 8% next year.", "8%", "revenue guidance", 8.0),
        (
            "As we expect net debt to fall, we are beginning with the increase in our common dividend to $0.13 per share.",
            "$0.13",
            "dividend guidance",
            0.13,
        ),
        ("In the quarter, we invested approximately $450 million in renewables.", "$450 million", "investment", 450e6),
    ],
)
def test_the_company_s_own_figure_is_not_doubted(text: str, number: str, metric: str, value: float) -> None:
    doc, f = _fact(text, number, metric, value)
    assert doubt(doc, f) is None


def test_a_change_pairs_only_with_its_own_level() -> None:
    lines = _lines(
        Q2
        + "Net income of $17.5 million or $1.49 per diluted share was down 13%, adjusted net income of "
        "$18.9 million or $1.59 per diluted share was down 8%.\n"
    )
    assert not any("8% to $1.49" in t or "13% to $1.59" in t for t in lines), lines


def test_a_change_of_another_metric_is_not_the_level_s() -> None:
    lines = _lines(Q2 + "We delivered second quarter earnings per share of $0.60 on a 21% increase in sales.\n")
    assert not any("21% to $0.60" in t for t in lines), lines


def test_the_period_a_change_is_measured_against_is_its_base() -> None:
    lines = _lines(Q2 + "Overall sales were a record $1.39 billion, up 37% over the same period in 2020.\n")
    assert "Q2 sales rose 37% to $1.39 billion." in lines, lines


def test_a_part_s_figure_does_not_stand_for_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Overall sales were a record $1.39 billion, up 37% over the same period in 2020.\n"
        + "Sales for Drone Systems were a record $934 million, up 44% over last year's second quarter.\n"
    )
    assert not any("$934 million" in t for t in lines), lines


def test_a_year_s_figure_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter adjusted earnings per share increased 31% to $1.26.\n"
        + "Compared to the prior year, fiscal year adjusted net income increased 46% to $1.9 billion and "
        "adjusted earnings per share increased 43% to $3.74.\n"
    )
    assert not any("$3.74" in t for t in lines), lines
    assert any("$1.26" in t for t in lines), lines


def test_a_target_is_not_the_quarter_s_result() -> None:
    lines = _lines(
        Q2
        + "Revenue for the quarter was $1.2 billion.\n"
        + "We are moving toward our longer-term objectives of $4.5 billion of revenue and 11% margins.\n"
    )
    assert not any("$4.5 billion" in t for t in lines), lines


def test_a_guidance_range_is_no_earlier_level() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenues increased 5% sequentially to $498.5 million compared to our initial "
        "guidance range of $460 million to $485 million.\n"
    )
    assert not any("$460 million" in t for t in lines), lines


def test_a_figure_the_source_calls_adjusted_is_said_adjusted() -> None:
    lines = _lines(
        Q4
        + "We reported fourth quarter adjusted earnings of $1.30 per diluted share, a 17% increase.\n"
        + "Fourth quarter earnings per share increased 17% to $1.30, near the top of our range.\n"
    )
    assert any("adjusted" in t and "$1.30" in t for t in lines), lines
    assert not any("adjusted" not in t and "$1.30" in t for t in lines), lines


def test_each_range_of_a_list_keeps_the_year_said_after_it() -> None:
    lines = _lines(
        "Welcome to NovaSky's first quarter 2021 earnings call.\n"
        "Revenue for the quarter was $50.2 million.\n"
        "We are confirming our guidance with consolidated ranges of $1.96 to $2.16 per diluted share in '21, "
        "$2.18 to $2.38 in 2022, and $2.42 to $2.62 in 2023.\n"
    )
    assert not any("2021" in t and ("$2.18" in t or "$2.42" in t) for t in lines), lines


def test_a_figure_compared_with_a_whole_earlier_year_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "As a result, we generated record earnings of $4.27 per diluted share, up 43.3% over 2019.\n"
        + "Net income totaled $29.6 million or $0.68 per diluted share in the fourth quarter.\n"
    )
    assert not any("$4.27" in t for t in lines), lines


def test_a_figure_said_for_a_named_year_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $1.1 billion, up 12%.\n"
        + "In 2021, revenue grew 20% to $4.2 billion.\n"
    )
    assert not any("$4.2 billion" in t for t in lines), lines
    assert any("$1.1 billion" in t for t in lines), lines


def test_a_per_store_figure_is_not_the_company_s_revenue() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.6 billion, up 6%.\n"
        + "For the year, we now expect $1.9 million average sales per store.\n"
    )
    assert not any("$1.9 million" in t for t in lines), lines
    assert any("$2.6 billion" in t for t in lines), lines


def test_a_goal_of_no_year_is_not_guidance() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.6 billion, up 6%.\n"
        + "We remain on track to reach our goal of $10 billion in revenue.\n"
    )
    assert not any("$10 billion" in t for t in lines), lines


def test_the_upper_end_of_a_range_is_not_stated_alone() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.6 billion, up 6%.\n"
        + "Full year 2021 earnings are now expected to be in the range of $6.70 and to $7.40 per diluted share.\n"
    )
    assert not any("$7.40" in t and "$6.70" not in t for t in lines), lines


def test_a_figure_its_sentence_calls_adjusted_is_said_adjusted() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Adjusted after-tax income in the third quarter was $0.97 per diluted share compared to $0.81 in the "
        "prior-year quarter.\n"
    )
    assert any("$0.97" in t for t in lines), lines
    assert all("adjusted" in t for t in lines if "$0.97" in t), lines


def test_a_sentence_about_one_business_does_not_give_the_company_s_revenue() -> None:
    lines = _lines(
        Q4
        + "Adjusted segment operating profit was $1.4 billion, 23% higher than the fourth quarter of 2020.\n"
        + "The nutrition business closed out a strong year, with fourth quarter revenues 19% higher year over "
        "year, 21% on a constant currency basis.\n"
    )
    # the business's growth is said as the business's, never as the company's revenue
    assert not any(("19%" in t or "21%" in t) and "nutrition" not in t for t in lines), lines
    assert any("$1.4 billion" in t for t in lines), lines


def test_the_year_s_figure_said_again_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter adjusted Class A earnings per share more than doubled to $1.93 a share.\n"
        + "For fiscal '21, we delivered adjusted Class A earnings per share of $5.60 a share, a 74% improvement versus "
        "the prior year and a beat relative to our Q3 guidance.\n"
        + "Adjusted earnings per share has gone from $2.18 to $5.60 with no stock repurchases.\n"
    )
    assert not any("Q4" in t and "$5.60" in t for t in lines), lines
    assert any("Q4" in t and "$1.93" in t for t in lines), lines


def test_an_expected_loss_is_never_written_as_a_profit() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $1.1 billion, up 12%.\n"
        + "For the first quarter of 2022, we expect a loss of about $25 million due to insurance settlements.\n"
    )
    assert all("loss" in t for t in lines if "$25 million" in t), lines


def test_the_consensus_figure_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter adjusted earnings per share were $1.32.\n"
        + "Analysts had expected earnings per share of $1.20 for the quarter.\n"
    )
    assert not any("$1.20" in t for t in lines), lines


def test_a_share_of_orders_is_not_growth() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.6 billion, up 6%.\n"
        + "Online orders accounted for 55% of orders in the quarter.\n"
    )
    assert not any("55%" in t for t in lines), lines


def test_a_second_half_outlook_names_its_half() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.6 billion, up 6%.\n"
        + "Given our full-year revised guidance, the second half earnings per share equates to a range of "
        "$4.36 to $4.61 per diluted share.\n"
    )
    assert all("second-half" in t for t in lines if "$4.36" in t), lines


def _given(text: str, number: str, **change: object) -> list[str]:
    """The highlights of ``text`` when every fact is NovaSky's but the fact of ``number``, changed as
    ``change`` says (as a fact stage that read the sentence otherwise would give it)."""
    doc = doc_from(text)
    facts = [
        replace(f, **change) if f.raw == number else replace(f, subject="NovaSky")  # type: ignore[arg-type]
        for f in run(doc)
    ]
    assert any(f.raw == number for f in facts), facts
    return [h.text for h in highlights(doc, facts, "en", k=10)]


NATURAL_GAS = (
    Q2
    + "Starting with the natural gas business fundamentals for the quarter.\n"
    + "Transport volumes were up 4% versus the second quarter of 2020.\n"
    + "Exports to Mexico were up about 20% versus the second quarter of 2020.\n"
    + "Deliveries to industrial facilities were up 4%.\n"
    + "Crude and condensate volumes were up 6% in the quarter.\n"
    + "This quarter, we generated revenue of $3.15 billion, up $590 million from the second quarter of 2020.\n"
)


def test_a_business_named_many_sentences_before_does_not_take_the_company_s_revenue() -> None:
    lines = _given(NATURAL_GAS, "$3.15 billion", subject="natural gas")
    assert not any("$3.15 billion" in t for t in lines), lines


def test_a_business_its_own_sentence_names_keeps_its_figure() -> None:
    text = NATURAL_GAS.replace("This quarter, we generated revenue", "This quarter, natural gas generated revenue")
    lines = _given(text, "$3.15 billion", subject="natural gas")
    assert any("natural gas" in t and "$3.15 billion" in t for t in lines), lines


def test_the_guidance_a_revision_starts_from_is_not_the_outlook() -> None:
    lines = _lines(
        Q2
        + "Second quarter adjusted earnings per share were $1.32, up 9%.\n"
        + "We are raising our earnings per share guidance from a range of $5.10 to $5.30, up to a range of "
        "$5.35 to $5.50.\n"
    )
    assert not any("$5.10" in t for t in lines), lines


def test_a_figure_rounded_in_passing_gives_way_to_the_one_stated_precisely() -> None:
    lines = _lines(
        Q2
        + "We delivered sales of about $1.2 billion, up 6%, and strong margins.\n"
        + "Turning to the details, second quarter sales were $1.186 billion.\n"
    )
    assert any("$1.186 billion" in t for t in lines), lines
    assert not any("$1.2 billion" in t for t in lines), lines


def test_figures_after_a_sentence_about_the_year_are_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "2021 was a record year for NovaSky.\n"
        + "Revenue grew 15% to $4.2 billion and adjusted earnings per share increased 20% to $5.20.\n"
        + "In the fourth quarter, revenue was $1.1 billion, up 9%, and adjusted earnings per share were $1.40.\n"
    )
    assert not any(t.startswith("Q4") and ("$4.2 billion" in t or "$5.20" in t) for t in lines), lines


def test_a_business_line_s_run_rate_does_not_hide_the_company_s_revenue() -> None:
    text = (
        Q2
        + "Second quarter revenue was $2.4 billion, up 8%, and adjusted earnings per share were $1.12.\n"
        + "Our Cloud segment had another strong quarter, with revenue of $900 million.\n"
        + "Cloud exited the quarter at an annualized revenue run rate of $4 billion.\n"
    )
    lines = _given(text, "$4 billion", subject="Cloud segment")
    assert any("$2.4 billion" in t for t in lines), lines


def test_an_asker_s_figures_are_not_highlights() -> None:
    lines = _lines(
        Q2
        + "As you've seen in our release, second quarter revenue grew 12% to $1.8 billion.\n"
        + "As you can see on slide 4, adjusted earnings per share were $0.92.\n"
        + "We will now open the call for questions.\n"
        + "I wanted to ask about margins.\n"
        + "Yes, thanks for the question.\n"
        + "And then on the second quarter, I think you did revenue of $1.75 billion, is that right?\n"
        + "That's right.\n"
        + "Last quarter you guided to full-year earnings per share of $4.10.\n"
        + "We are comfortable with where we are.\n"
    )
    assert any("$1.8 billion" in t for t in lines) and any("$0.92" in t for t in lines), lines
    assert not any("$4.10" in t or "$1.75 billion" in t for t in lines), lines


def test_a_business_line_s_outlook_named_before_its_period_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $2.4 billion, up 8%, and adjusted earnings per share were $1.12.\n"
        + "We now expect Drone Systems full-year revenue of $4.3 billion to $4.4 billion.\n"
        + "The Company's full-year revenue is expected to be $9.5 billion to $9.7 billion.\n"
    )
    assert not any("$4.3 billion" in t and "Drone" not in t for t in lines), lines
    assert any("$9.5 billion" in t for t in lines), lines


def test_in_a_fourth_quarter_report_figures_after_words_about_the_year_are_the_year_s() -> None:
    lines = _lines(
        Q4
        + "It was a year of records for NovaSky.\n"
        + "Revenue was $4.2 billion, up 15%, and earnings per share were $5.20.\n"
        + "Let me now turn to the quarter.\n"
        + "Revenue in the quarter was $1.1 billion, up 9%.\n"
    )
    assert not any(t.startswith("Q4") and ("$4.2 billion" in t or "$5.20" in t) for t in lines), lines
    assert any("$1.1 billion" in t for t in lines), lines


def test_an_outlook_for_a_named_business_is_not_another_s() -> None:
    text = (
        Q2
        + "Second quarter revenue was $2.4 billion, up 8%, and adjusted earnings per share were $1.12.\n"
        + "Moving to Drone Systems.\n"
        + "Revenue was $1.1 billion, up 12%.\n"
        + "Our outlook for Cloud is revenue of $1.6 billion for the year.\n"
    )
    lines = _given(text, "$1.6 billion", subject="Drone Systems")
    assert not any("$1.6 billion" in t for t in lines), lines


def test_a_range_with_per_share_at_each_end_is_shown_whole() -> None:
    lines = _lines(
        Q2
        + "Second quarter earnings were $0.62 per share.\n"
        + "We remain on track to deliver within our 2021 earnings guidance range of $2.40 per share to "
        "$2.60 per share.\n"
    )
    assert any("$2.40 to $2.60" in t for t in lines), lines
    assert not any("$2.40" in t and "$2.60" not in t for t in lines), lines


def test_after_the_year_s_results_are_announced_figures_are_the_year_s_until_a_quarter_is_named() -> None:
    lines = _lines(
        Q4
        + "First, let's discuss our fiscal '21 results.\n"
        + "Our teams served customers in new ways throughout the pandemic.\n"
        + "Comparable sales grew 9.1% on top of 6.2% the year before.\n"
        + "Our adjusted earnings per share was $7.40, up 22% compared to last year.\n"
        + "Now, let's move on to our Q4 results.\n"
        + "Revenue was $5.2 billion, and adjusted earnings per share was $2.05.\n"
    )
    assert not any(t.startswith("Q4") and "$7.40" in t for t in lines), lines
    assert any(t.startswith("Q4") and "$2.05" in t for t in lines), lines


def test_figures_after_a_sentence_opening_on_the_full_year_are_the_year_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue rose 7% to $1.1 billion.\n"
        + "For the full year, we established new records for revenue and profitability.\n"
        + "Specifically, full year revenue increased to $4.4 billion.\n"
        + "Gross profit increased 6% to $1.3 billion.\n"
        + "Diluted earnings per share was $11.54, an 18% improvement.\n"
    )
    assert not any(t.startswith("Q4") and ("$11.54" in t or "$1.3 billion" in t) for t in lines), lines
    assert any(t.startswith("Q4") and "$1.1 billion" in t for t in lines), lines


def test_a_quarter_named_as_a_point_in_time_does_not_end_the_year_s_results() -> None:
    text = (
        Q4
        + "In fiscal '21, we recognized revenues of $2.6 billion, a 14.7% decline from the prior year.\n"
        + "Interest expense increased by $9 million, due to higher draws on our line of credit through our fiscal third quarter.\n"
        + "Adjusted earnings per share was $0.84.\n"
    )
    assert not any("$0.84" in t for t in _lines(text)), _lines(text)
    # the same words with the remarks turned to the quarter: the quarter's figure
    turned = text.replace("through our fiscal third quarter", "in the fourth quarter")
    assert any(t.startswith("Q4") and "$0.84" in t for t in _lines(turned)), _lines(turned)


def test_an_adjusted_ebitda_said_before_another_metric_s_change_does_not_make_it_adjusted() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter results included 20% growth in adjusted earnings before interest, taxes, depreciation and "
        "amortization, or adjusted EBITDA; and a 40% increase in diluted earnings per share.\n"
    )
    assert any("diluted earnings per share rose 40%" in t for t in lines), lines
    assert not any("adjusted earnings per share" in t for t in lines), lines


def test_a_basis_said_after_an_earlier_figure_does_not_qualify_the_revenue() -> None:
    lines = _lines(
        Q2
        + "We delivered GAAP earnings per share of $1.12, $1.04 on an adjusted basis on $415 million in revenue,"
        " an increase of 8% from last year.\n"
    )
    assert any("revenue" in t and "$415 million" in t for t in lines), lines
    assert not any("adjusted revenue" in t for t in lines), lines


def test_an_outlook_after_a_sentence_opening_on_a_business_line_is_that_line_s() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $3.1 billion, up 6%.\n"
        + "Drone Systems revenue was $1.2 billion, up 14%.\n"
        + "In drone systems, we're expecting continued demand from our defense customers.\n"
        + "With these dynamics, we expect revenue growth above 12% in 2022.\n"
    )
    assert not any("12%" in t for t in lines), lines
    assert any("$3.1 billion" in t for t in lines), lines


def test_capital_spending_reported_as_done_is_no_plan() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $3.1 billion, up 6%.\n"
        + "Capital expenditures of $420 million were right in line with our forecast.\n"
    )
    assert not any(t.startswith("Plans") and "$420 million" in t for t in lines), lines


def test_an_investment_said_as_done_after_what_it_went_into_is_no_plan() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $1.1 billion, up 6%.\n"
        + "The company's investment of almost $87 million in water system improvements was the primary driver "
        + "behind the rate request.\n"
    )
    assert not any(t.startswith("Plans") and "$87 million" in t for t in lines), lines


def test_a_result_said_roughly_in_passing_gives_way_to_the_same_result_stated_precisely() -> None:
    lines = _lines(
        Q2
        + "We delivered earnings per share of $0.91 on $415 million in revenue, an increase of nearly 8% from"
        " last year.\n"
        + "Turning to the details, total net sales were $415.3 million, an increase of 7.6% over the second"
        " quarter of last year.\n"
    )
    assert any("7.6%" in t and "$415.3 million" in t for t in lines), lines
    assert not any("about 8%" in t for t in lines), lines


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Our Sensors and Imaging Group generated $612 million in revenue, up 9% on a reported basis.", "$612 million"),
        ("For the Drone Services Group, revenues were $294 million, up 9% reported.", "$294 million"),
        ("The NovaSky CrossLab Group came in with revenues at $518 million.", "$518 million"),
    ],
)
def test_a_group_the_sentence_opens_on_is_a_business_line_not_the_company(sentence: str, number: str) -> None:
    doc, f = _fact(sentence, number, "revenue", float(number.removeprefix("$").removesuffix(" million")) * 1e6)
    assert doubt(doc, f, "NovaSky") is not None


def test_a_company_named_group_keeps_its_figures() -> None:
    doc, f = _fact("The NovaSky Group generated $1.9 billion in revenue, up 9%.", "$1.9 billion", "revenue", 1.9e9)
    assert doubt(doc, f, "NovaSky") is None


def test_figures_after_a_look_at_the_full_year_fiscal_results_are_the_year_s() -> None:
    lines = _lines(
        Q4
        + "Earnings per share of $1.02 is up 11% year-over-year.\n"
        + "Let's now shift gears and look at our full-year fiscal 2021 results.\n"
        + "Despite the disruption, the team delivered solid results.\n"
        + "We generated $7.3 billion in revenue, up 4% on a reported basis.\n"
    )
    assert not any(t.startswith("Q4") and "$7.3 billion" in t for t in lines), lines


def test_a_level_said_in_passing_gives_way_to_the_same_level_stated_precisely_with_its_base() -> None:
    lines = _lines(
        Q2
        + "For the second quarter, we had net sales of $212 million, adjusted gross margin of 31% and adjusted"
        " EBITDA of $27 million.\n"
        + "For the second quarter, net sales were $212.3 million, compared with $198.6 million for the second"
        " quarter of last year.\n"
    )
    assert any("$212.3 million" in t for t in lines), lines


Q3 = "Welcome to NovaSky's third quarter 2021 earnings call.\n"


def test_a_business_line_that_is_a_clause_s_subject_owns_the_figure() -> None:
    lines = _lines(
        Q3
        + "Total revenue for the quarter was $830 million.\n"
        + "In line with our licensing business, our hardware operations generated a strong quarter, with "
        "revenues improving 42% to $402 million versus $283 million last year.\n"
    )
    assert not any("$402 million" in t or "42%" in t for t in lines), lines
    assert any("$830 million" in t for t in lines), lines


def test_a_team_that_opens_the_sentence_owns_the_figure() -> None:
    lines = _lines(
        Q3
        + "Adjusted earnings per share were $1.02, up 23%.\n"
        + "The drone navigation team delivered revenue growth of 12% year-over-year on a constant currency basis.\n"
    )
    assert not any("12%" in t for t in lines), lines


def test_capital_spending_named_as_left_out_is_not_capex() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $1.1 billion, up 12%.\n"
        + "For next year, we expect our monthly corporate cash burn to be between $14 million and $17 million "
        "before capex.\n"
        + "Free cash flow, which we define as EBITDA less cash interest payments, cash capex and cash taxes, was "
        "roughly $146 million.\n"
    )
    assert not any("capital expenditure" in t for t in lines), lines


def test_a_ratio_on_sales_is_no_sales_growth() -> None:
    lines = _lines(
        Q3
        + "Our gross profit margin expanded 200 basis points from the prior quarter to a record 32.4%, well above "
        "our estimated sustainable range of 28% to 30% on net sales of $2.09 billion.\n"
    )
    assert not any("28%" in t for t in lines), lines


def test_a_share_of_an_earlier_level_is_no_growth() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $445 million.\n"
        + "Our fourth quarter 2021 outlook assumes revenues of approximately 80% of Q4 2019 levels at about "
        "$545 million.\n"
    )
    assert not any("80%" in t for t in lines), lines


def test_the_year_s_figure_said_after_it_is_not_the_quarter_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's fourth quarter 2020 earnings call.\n"
        "Fourth quarter revenue was $1.1 billion, up 12%.\n"
        "In fact, we reduced our net debt by approximately $50 million during the fourth quarter and are pleased "
        "to report cash flow from operations of over $115 million for 2020, over $45 million of which was "
        "generated in the fourth quarter alone.\n"
    )
    assert not any("Q4" in t and "$115 million" in t for t in lines), lines


def test_the_guidance_given_before_the_quarter_is_no_outlook() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $247 million.\n"
        + "Our Q3 revenue guidance coming into the quarter was a range of $225 million to $250 million.\n"
    )
    assert not any("$225 million" in t for t in lines), lines


def test_a_multi_year_capital_plan_is_not_one_year_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's second quarter 2021 earnings call.\n"
        "Second quarter revenue was $2.6 billion, up 6%.\n"
        "We're also affirming our 5-year capital expenditures outlook through 2025 of approximately $3.5 billion.\n"
    )
    assert not any("$3.5 billion" in t for t in lines), lines


def test_a_pro_forma_figure_is_said_adjusted() -> None:
    lines = _lines(
        Q3
        + "Sales for the quarter totaled $365 million.\n"
        + "On a pro forma basis, net income was $50 million or $0.35 per share.\n"
    )
    assert not any("$0.35" in t and "adjusted" not in t for t in lines), lines


@pytest.mark.parametrize(
    "sentence",
    [
        "We reported funds from operations, or FFO, of about $9 million or $0.09 per share for the third quarter.",
        "During the quarter, we sold 714,000 common shares through our ATM program at $30.22 per share.",
        "We ended the quarter with $602 million of net working capital, which equates to approximately $17 per "
        "diluted share.",
        "Our partner announced a planned merger for an estimated total consideration of $34.10 per share.",
    ],
)
def test_another_per_share_amount_is_not_earnings_per_share(sentence: str) -> None:
    lines = _lines(Q3 + "Third quarter revenue was $92.6 million.\n" + sentence + "\n")
    assert not any("earnings per share" in t for t in lines), lines


def test_earnings_available_for_distribution_stay_earnings() -> None:
    lines = _lines(Q3 + "We generated earnings available for distribution of $1.06 per share in the quarter.\n")
    assert any("$1.06" in t for t in lines), lines


def test_one_month_s_figure_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $92.6 million.\n"
        + "In September, our total portfolio generated occupancy of approximately 75% and an average daily rate "
        "of $196.\n"
    )
    assert not any("75%" in t for t in lines), lines
    assert any("$92.6 million" in t for t in lines), lines


def test_a_block_trade_price_is_not_earnings_per_share() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $92.6 million.\n"
        + "Our only deployment of the program was a block traded at $21.35 per share.\n"
    )
    assert not any("$21.35" in t for t in lines), lines


def test_a_share_price_the_sentence_names_is_not_earnings() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $92.6 million.\n"
        + "And at $34 per share, we will have achieved an 11x multiple on the fund's initial equity investment.\n"
    )
    assert not any("$34" in t for t in lines), lines


def test_revenue_lost_to_a_storm_is_not_revenue() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $92.6 million.\n"
        + "In total, we estimate approximately $500,000 of revenue was lost due to travel disruption caused by the "
        "storm.\n"
    )
    assert not any("$500,000" in t for t in lines), lines


def test_a_cost_lowered_to_a_figure_is_not_the_metric_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.48 per share.\n"
        + "We are raising FFO as adjusted guidance to a range of $1.86 to $1.90, which is a $0.05 increase at the "
        "midpoint. From this point forward, we don't anticipate any further variance between FFO as adjusted and "
        "NAREIT FFO as we've lowered our estimated merger costs to $2.5 million from $4 million.\n"
    )
    assert not any("$2.5 million" in t for t in lines), lines


def test_a_span_of_years_that_opens_the_sentence_is_no_guidance() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.1 billion, up 8%.\n"
        + "Over the next three years, we expect to generate $5 billion of free cash flow.\n"
    )
    assert not any("$5 billion" in t for t in lines), lines


def test_a_business_line_named_after_the_figure_owns_it() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $2.1 billion, up 8%.\n"
        + "For fiscal 2022, we expect revenue growth of 3% to 5% for the data analytics business.\n"
    )
    assert not any("3% to 5%" in t for t in lines), lines


def test_a_part_named_with_its_metric_is_said_once() -> None:
    lines = _lines(Q3 + "Third quarter revenue was $2.1 billion, up 8%.\nInternational sales grew 22% to $800 million.\n")
    assert not any("sales sales" in t for t in lines), lines


def test_property_sales_closed_are_not_revenue() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.48 per share.\n"
        + "Moving to dispositions, we closed on $13 million of sales in the quarter.\n"
        + "Through September 30, we've completed $2.2 billion in sales, with gains in excess of book value.\n"
    )
    assert not any("sales" in t for t in lines), lines


def test_a_guided_range_is_said_with_the_growth_the_next_sentence_restates_it_as() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Third quarter sales were $1.10 billion, up 12% from the third quarter of last year.\n"
        "For the fourth quarter, we expect sales in the range of $1.20 billion to $1.26 billion, and adjusted"
        " diluted earnings per share in the range of $0.50 to $0.52.\n"
        "This would represent sales growth of 10% to 15% and adjusted diluted earnings per share growth of 8% to"
        " 12% compared to the fourth quarter of last year.\n"
    )
    assert "Sees Q4 sales $1.20 billion to $1.26 billion, up 10% to 15%." in lines
    assert "Sees Q4 adjusted earnings per share $0.50 to $0.52, up 8% to 12%." in lines


def test_a_change_from_the_quarter_before_is_said_quarter_on_quarter() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2020 earnings call.\n"
        "We saw sales rebound to $367 million in the third quarter, up 28% from $286 million in Q2.\n"
    )
    assert "Q3 sales rose 28% quarter on quarter to $367 million from $286 million." in lines, lines


def test_a_growth_target_for_the_longer_term_is_no_guidance() -> None:
    lines = _lines(
        Q2
        + "Adjusted earnings per share were $1.62 in the quarter.\n"
        + "We expect to be at the high end of our 8% to 10% earnings per share growth target in the intermediate"
        " and longer term.\n"
    )
    assert not any("8% to 10%" in t for t in lines), lines


def test_a_base_of_the_quarter_before_is_said_as_the_prior_quarter_s() -> None:
    lines = _lines(
        Q2
        + "Revenue was $16.7 million for the second quarter of 2021 compared to $18.6 million in the first quarter"
        " of 2021.\n"
    )
    assert "Q2 revenue $16.7 million versus $18.6 million in the prior quarter." in lines, lines


def test_a_change_from_a_year_before_is_not_said_quarter_on_quarter() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2020 earnings call.\n"
        "Revenue was $50.2 million in the quarter, down 2% from the third quarter of 2019 and up 35% sequentially.\n"
        "Gross margin was 32.4%, up 80 basis points sequentially from the second quarter of this year.\n"
        "Third quarter adjusted earnings per share was $0.34, up 17% from $0.29 in the third quarter of last year"
        " and up from $0.18 in the second quarter of 2020.\n"
    )
    assert "Q3 adjusted earnings per share rose 17% to $0.34 from $0.29." in lines, lines


def test_a_change_a_level_is_said_to_represent_is_its_own() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "We achieved total revenue of $2.9 billion, representing a 14% increase from the same period last year.\n"
    )
    assert "Q3 revenue rose 14% to $2.9 billion." in lines, lines


def test_a_ratio_a_plan_is_said_to_represent_is_no_change() -> None:
    lines = _lines(
        "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
        "Fourth quarter revenue was $3.1 billion.\n"
        "The $4.5 billion capital plan represents about a 40% reinvestment ratio.\n"
    )
    assert not any("40%" in t for t in lines), lines


def test_a_per_share_change_a_total_is_said_to_represent_is_not_the_total_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "During the quarter, we generated AFFO of $63.4 million or $0.35 per share, which represents approximately"
        " 6.1% growth over per share results from the same period last year.\n"
    )
    assert not any("AFFO rose" in t for t in lines), lines


def test_a_bare_result_after_a_sentence_about_one_brand_is_that_brand_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's first quarter 2021 earnings call.\n"
        "Consolidated first quarter net revenue increased 17%.\n"
        "We plan to open 60 Orbit stores this year.\n"
        "Orbit had another standout quarter with growth accelerating.\n"
        "Revenue increased 89% to $297 million.\n"
        "Operating income hit $70 million, rising over 700%.\n"
        "Adjusted earnings per share was $0.48 per share in the quarter.\n"
    )
    assert not any("$297 million" in t or "$70 million" in t for t in lines), lines
    assert any("$0.48" in t for t in lines), lines  # earnings per share is the company's


def test_a_bare_result_after_one_named_business_s_strong_results_is_that_business_s() -> None:
    """The business is named only in the sentence that makes it the topic (the facts give it no figure)."""
    text = (
        "Welcome to NovaSky's first quarter 2021 earnings call.\n"
        "Total revenues rose 9% to $2.4 billion.\n"
        "Financial results in Retail & Card Services were strong, with record volumes.\n"
        "Pretax income was up 21% to $310 million, driven by higher volumes.\n"
    )
    lines = _lines(text)
    assert any("$2.4 billion" in t for t in lines), lines
    assert not any("$310 million" in t for t in lines), lines
    # a lower-case phrase is no business's name: the figure stays the company's
    plain = _lines(text.replace("Total revenues rose 9% to $2.4 billion.\n", "").replace("Retail & Card Services", "the quarter overall"))
    assert any("$310 million" in t for t in plain), plain


def test_a_result_after_a_sentence_about_the_company_stays_the_company_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's first quarter 2021 earnings call.\n"
        "NovaSky had another standout quarter with growth accelerating.\n"
        "Revenue increased 19% to $1.2 billion.\n"
    )
    assert any("$1.2 billion" in t for t in lines), lines


def test_a_brand_whose_name_begins_the_company_s_is_a_brand() -> None:
    lines = _lines(
        "Welcome to the NovaSky Technology (NVSK) first quarter 2021 earnings call.\n"
        "Adjusted earnings per share was $0.48 per share in the quarter.\n"
        "At a brand level, NV revenue increased slightly to $728 million.\n"
    )
    assert not any("$728 million" in t for t in lines), lines


def test_a_call_that_declares_its_figures_adjusted_says_its_earnings_adjusted() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Our comments will be on an adjusted basis unless otherwise indicated.\n"
        "Revenue was $1.59 billion, up 26%.\n"
        "Earnings per share were $1.10, up 41% from a year ago.\n"
    )
    assert any("adjusted earnings per share" in t and "$1.10" in t for t in lines), lines
    assert not any("adjusted revenue" in t for t in lines), lines


def test_a_figure_said_gaap_stays_gaap_whatever_the_call_declares() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Our comments will be on an adjusted basis unless otherwise indicated.\n"
        "On a GAAP basis, we delivered earnings per share of $0.93.\n"
    )
    assert not any("adjusted" in t for t in lines if "$0.93" in t), lines


def test_a_call_that_announces_its_results_adjusted_says_the_earnings_after_adjusted() -> None:
    """"I'll begin with our financial results on a non-GAAP adjusted basis." late in a call: the loss per
    share it goes on with is the adjusted one; earnings named before the announcement are not."""
    lines = _lines(
        "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
        "NovaSky closed the year with record backlog in its marine business.\n"
        "Customer demand stayed firm through the quarter.\n"
        "We opened two service centers in the quarter.\n"
        "I'll begin with our financial results on a non-GAAP adjusted basis.\n"
        "For the fourth quarter, net sales were $98.0 million, compared with $121.4 million last year.\n"
        "Net loss was $6.2 million or $0.17 per share versus net income of $11.0 million or $0.28 per diluted share.\n"
    )
    assert any("adjusted loss per share" in t and "$0.17" in t for t in lines), lines
    assert not any("adjusted sales" in t or "adjusted revenue" in t for t in lines), lines


def test_an_undated_figure_the_size_of_a_year_gives_way_to_the_quarter_s_stated_with_its_quarter() -> None:
    lines = _lines(
        Q4
        + "This was a hard way to close a year that otherwise had progress worth celebrating.\n"
        + "First, our revenues recovered to $6.2 billion, and we achieved this while flying less capacity.\n"
        + "Fourth quarter revenues totaled $1.9 billion and were down 15% versus 2019.\n"
    )
    assert not any("$6.2 billion" in t for t in lines), lines
    assert any(t.startswith("Q4") and "$1.9 billion" in t for t in lines), lines


def test_an_outlook_for_a_region_named_after_its_figure_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter sales of $769 million increased 21%.\n"
        + "We expect a year-over-year increase in local currency sales between 18% to 20% in China.\n"
        + "We project revenue will increase between 14% to 15% in 2021.\n"
    )
    assert not any("18%" in t for t in lines), lines


def test_an_outlook_whose_metric_is_said_for_a_region_after_the_figure_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter sales of $769 million increased 21%.\n"
        + "We continue to project 13% to 14% full year sales growth in our North America water treatment products.\n"
        + "We project revenue will increase between 9% to 10% in 2021.\n"
    )
    assert not any("13%" in t for t in lines), lines


def test_a_year_s_guidance_recalled_on_its_fourth_quarter_call_is_no_outlook() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter earnings were $1.18 per share, compared to $0.90 per share a year ago.\n"
        + "These results were firmly within our 2021 earnings guidance range of $3.00 to $3.30 per share.\n"
        + "Today, we initiated 2022 earnings guidance of $3.60 to $3.90 per share.\n"
    )
    assert not any("$3.00" in t or "$3.30" in t for t in lines), lines
    assert any(t.startswith("Sees FY 2022") and "$3.60" in t for t in lines), lines


def test_a_monthly_dividend_is_not_the_quarter_s_dividend() -> None:
    lines = _lines(
        Q4
        + "Quarter-end book value was $12.32 per common share.\n"
        + "We paid dividends of $0.10 per common share for each month in the fourth quarter.\n"
    )
    assert not any("dividend" in t for t in lines), lines


def test_an_estimate_of_where_a_figure_stands_today_is_no_outlook() -> None:
    lines = _lines(
        Q4
        + "Quarter-end book value was $12.32 per common share.\n"
        + "As of the close of business last Friday, we estimate book value to be approximately $12.90 per common share.\n"
    )
    assert not any("$12.90" in t for t in lines), lines


def test_an_expectation_held_before_is_not_the_outlook_now() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $28.8 million.\n"
        + "I have noted in previous calls that we were expecting $45 million to $48 million in sales from the new plant.\n"
    )
    assert not any("$45 million" in t for t in lines), lines


def test_a_change_said_on_another_basis_than_the_gaap_one_is_not_gaap() -> None:
    lines = _lines(
        Q4
        + "Our net sales grew 7.5% in the quarter.\n"
        + "Our earnings per share was flat on a GAAP basis and up 5% on a base business basis.\n"
    )
    assert not any("GAAP" in t and "5%" in t for t in lines), lines


def test_ongoing_earnings_per_share_is_adjusted() -> None:
    lines = _lines(Q2 + "Ongoing earnings per share were $1.40, reflecting nearly 45% growth compared to last year.\n")
    assert any(t.startswith("Q2 adjusted earnings per share") and "$1.40" in t for t in lines), lines


def test_a_quarter_s_outlook_paragraph_names_the_quarter_of_the_guidance_after_it() -> None:
    doc = doc_from(
        Q2
        + "Second quarter revenue was $4.03 billion.\n"
        + "Turning to our third quarter guidance.\n"
        + "We expect revenue between $4.08 billion and $4.13 billion.\n"
        + "Non-GAAP diluted earnings per share is expected to be in the range of $0.88 to $0.93 per share.\n"
    )
    shown = highlights(doc, run(doc), "en", k=10)
    guided = [h for h in shown if h.text.startswith("Sees")]
    assert guided and all(h.text.startswith("Sees Q3") for h in guided), [h.text for h in shown]
    lead = next(p.n for p in doc.paragraphs if p.text.startswith("Turning"))
    assert all(lead in h.citations for h in guided)


def test_guidance_right_after_a_quarter_s_own_guidance_range_is_that_quarter_s() -> None:
    """One sentence a line: the range given for the quarter on the line before names the quarter of the next."""
    doc = doc_from(
        Q2
        + "Second quarter revenue was $4.03 billion.\n"
        + "We are providing revenue and earnings per share guidance for the third quarter, which remains subject to supply disruption.\n"
        + "The revenue range for the third quarter is between $4.08 billion and $4.13 billion.\n"
        + "Diluted earnings per share range is between $0.88 and $0.93.\n"
    )
    shown = highlights(doc, run(doc), "en", k=10)
    eps = next(h for h in shown if "$0.88" in h.text)
    assert eps.text.startswith("Sees Q3 "), [h.text for h in shown]
    lead = next(p.n for p in doc.paragraphs if p.text.startswith("The revenue range"))
    assert lead in eps.citations


def test_guidance_after_a_quarter_s_result_names_no_quarter() -> None:
    """The line before gives the quarter's result, not an outlook for it: no quarter label is borrowed from it."""
    lines = _lines(
        Q2
        + "Revenue for the second quarter was $4.03 billion.\n"
        + "Diluted earnings per share range is expected between $0.88 and $0.93.\n"
    )
    assert not any(t.startswith(("Sees Q2", "Sees Q3")) for t in lines), lines


def test_a_per_share_estimate_that_goes_on_about_an_impact_is_no_eps_outlook() -> None:
    lines = _lines(
        Q2
        + "Second quarter net income was $143 million or $1.50 per share.\n"
        + "The estimated impact of the mill outages is $0.09 per share in the third quarter and $0.34 per share in the fourth.\n"
        + "The full year estimate remains at $0.81 per share, as we mentioned previously.\n"
    )
    assert not any("$0.81" in t for t in lines), lines


def test_a_figure_after_a_turn_to_the_nine_months_results_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q2.replace("second", "third")
        + "Third quarter net income was $48.9 million or $0.32 per diluted share.\n"
        + "Moving on to the results for the nine months ended September 30, 2021.\n"
        + "Revenues were $1.93 billion compared to $1.45 billion in the 2020 period.\n"
        + "Adjusted net income was $194.3 million or $1.26 per diluted share compared to $0.70 in the 2020 period.\n"
    )
    assert not any("$1.26" in t or "$1.93 billion" in t for t in lines), lines


def test_an_investment_portfolio_s_size_is_no_investment_plan() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $1.2 billion.\n"
        + "The details surrounding our $16.4 billion investment portfolio are presented on Slides 5 and 6.\n"
        + "As noted on Slide 23, our investment portfolio is approximately $4.8 billion at June 30.\n"
    )
    assert not any("$16.4 billion" in t or "$4.8 billion" in t for t in lines), lines


def test_a_figure_per_store_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $5.4 billion.\n"
        + "Our expansion is a growth driver, with each store expected to earn a pre-tax profit of almost $2.5 million"
        " annually by 2025.\n"
    )
    assert not any("$2.5 million" in t for t in lines), lines


def test_guidance_dated_as_of_today_is_still_guidance() -> None:
    lines = _lines(
        Q4
        + "Fourth quarter revenue was $1.9 billion.\n"
        + "As of today, we expect 2022 revenue of $8.1 billion to $8.3 billion.\n"
    )
    assert any(t.startswith("Sees") and "$8.1 billion" in t for t in lines), lines


def test_another_company_s_figure_named_by_its_owner_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $1.2 billion.\n"
        + "Our tenant's cash flow was burdened by Meridian's $300 million-plus cash investments in five hospitals.\n"
    )
    assert not any("$300 million" in t for t in lines), lines


def test_a_revenue_narrowed_by_the_word_before_it_is_a_part_s() -> None:
    lines = _lines(
        Q2
        + "Another record total banqueting revenue of $122 million was the highest in our history.\n"
        + "In the second quarter, the company generated total revenue of $467.8 million.\n"
        + "We also had noncash revenue of $10 million and $17 million in hotel revenues.\n"
    )
    assert any("revenue $467.8 million" in t for t in lines), lines
    assert not any(n in t for t in lines for n in ("$122 million", "$10 million", "$17 million")), lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Second quarter net sales were $410 million.",
        "We generated consolidated revenue of $410 million in the second quarter.",
        "Second quarter local currency sales were $410 million.",
    ],
)
def test_words_of_the_whole_before_revenue_keep_it_the_company_s(sentence: str) -> None:
    lines = _lines(Q2 + sentence + "\n")
    assert any("$410 million" in t for t in lines), lines


def test_an_ebitda_narrowed_before_its_basis_is_a_part_s() -> None:
    lines = _lines(
        Q4
        + "Property-level results were weak, with property-level adjusted EBITDA loss of $18 million in the fourth quarter.\n"
        + "Fourth quarter adjusted EBITDA was a loss of $19 million.\n"
    )
    assert any("$19 million" in t for t in lines), lines
    assert not any("EBITDA" in t and "$18 million" in t for t in lines), lines


def test_a_change_that_leaves_a_part_out_is_not_the_reported_change() -> None:
    lines = _lines(
        Q2
        + "Funds from operations was $0.22 per unit for the quarter, 0.9% higher than the prior year quarter and"
        " 7% higher after excluding the lease termination fees recorded in the prior year.\n"
    )
    assert not any("7%" in t and "excluding" not in t for t in lines), lines


def test_an_adjusted_measure_less_a_part_of_the_business_is_not_the_adjusted_measure() -> None:
    lines = _lines(
        Q3
        + "Third quarter revenue was $512 million.\n"
        + "Finally, we are increasing core FFO, excluding promotes, to $4.60 to $4.62 per share for 2021.\n"
        + "Adjusted EBITDA, excluding the impact of the hurricane, was $90 million.\n"
        + "Adjusted EBITDA margin expanded 240 basis points, or 460 basis points excluding the disposed businesses.\n"
        + "Adjusted EPS was $1.20, excluding $0.15 of restructuring charges.\n"
    )
    assert not any("$4.60" in t or "$90 million" in t or "460" in t for t in lines), lines
    assert "Q3 adjusted earnings per share $1.20." in lines, lines  # an accounting item: the measure's own definition


def test_key_figures_of_a_call_come_from_its_prepared_remarks() -> None:
    text = (
        "Operator: Welcome to NovaSky's second quarter 2021 earnings call.\n"
        "Jane Doe, Chief Executive Officer: Second quarter revenue was $1.2 billion, up 8%.\n"
        "Operator: Our first question comes from Tom Lee with Alpha Securities.\n"
        "Tom Lee: How do you think about the share price?\n"
        "Jane Doe: As we sit here today, we're at about $44 a share, and occupancy is 91%.\n"
    )
    lines = _lines(text)
    assert any("$1.2 billion" in t for t in lines), lines
    assert not any("$44" in t or "91%" in t for t in lines), lines


def test_one_end_of_a_guidance_range_is_not_the_guidance() -> None:
    lines = _lines(
        Q2
        + "Second quarter core FFO was $0.85 per share.\n"
        + "For our core FFO guidance, we're estimating $2.95 per share on the low end, $3.01 per share on the high end.\n"
    )
    assert any("$0.85" in t for t in lines), lines
    assert not any("$2.95" in t and "$3.01" not in t for t in lines), lines


def test_a_change_with_its_percentage_is_not_the_comparison_base() -> None:
    lines = _lines(
        Q3
        + "We reported GAAP net income of $0.52 per share and distributable earnings of $0.61, which is up $0.03"
        " from 2Q and $0.08 or 15% from 1Q levels.\n"
    )
    assert any("$0.61" in t for t in lines), lines
    assert not any("versus $0.08" in t or "from $0.08" in t for t in lines), lines


def test_a_tenant_s_revenue_is_not_the_company_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.42 per share.\n"
        + "During the quarter, we completed 4 transactions with Lumora, the national eyewear chain with revenue"
        " exceeding $3 billion.\n"
    )
    assert any("$0.42" in t for t in lines), lines
    assert not any("$3 billion" in t for t in lines), lines


def test_revenue_enhancing_capital_is_not_revenue() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.42 per share.\n"
        + "We allocated $97 million of capital in the quarter to revenue enhancing and development activity.\n"
    )
    assert any("$0.42" in t for t in lines), lines
    assert not any("$97 million" in t and "revenue" in t.lower() for t in lines), lines


def test_property_sales_are_not_sales_guidance() -> None:
    lines = _lines(
        Q2
        + "Second quarter revenue was $48.2 million.\n"
        + "We were an active seller this year and have two office buildings under contract. In total, we project"
        " sales for the year of $640 million, which will reduce our NOI by $20 million.\n"
    )
    assert any("$48.2 million" in t for t in lines), lines
    assert not any("$640 million" in t for t in lines), lines


def test_one_holding_s_ffo_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Second quarter FFO was $212 million.\n"
        + "We expect to generate approximately $250 million in FFO from our retail brand investments this year.\n"
    )
    assert any("$212 million" in t for t in lines), lines
    assert not any("$250 million" in t for t in lines), lines


def test_one_city_s_rate_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q3
        + "Third quarter RevPAR was $141.\n"
        + "Our September ADR exceeded 2019 levels in key urban markets such as 112% in Tulsa, 118% in Boise and"
        " 104% in Omaha.\n"
    )
    assert any("$141" in t for t in lines), lines
    assert not any("112%" in t for t in lines), lines


def test_cash_per_share_from_a_sale_is_not_earnings() -> None:
    lines = _lines(
        Q3
        + "Third quarter net income was $21.4 million.\n"
        + "Cash at quarter end, pro forma for the sale of our Lakeside hotel, was about $310 million. This equates"
        " to about $2.70 per share.\n"
    )
    assert any("$21.4 million" in t for t in lines), lines
    assert not any("$2.70" in t for t in lines), lines


def test_the_per_share_form_of_a_negative_result_keeps_no_plus_sign() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.31 per share.\n"
        + "NovaSky's GAAP earnings were negative $41.2 million or $0.37 per common share.\n"
    )
    assert any("$0.31" in t for t in lines), lines
    assert not any("$0.37" in t and "loss" not in t and "-" not in t for t in lines), lines


def test_a_quarter_named_as_the_reason_is_not_the_guidance_s_period() -> None:
    lines = _lines(
        Q3
        + "Given a solid third quarter and a strong outlook for 4Q, we are raising our earnings per share guidance"
        " to a range of $2.40 to $2.45.\n"
    )
    assert any("$2.40 to $2.45" in t for t in lines), lines
    assert not any("Q4" in t and "$2.40" in t for t in lines), lines


def test_revenue_creating_capital_is_no_revenue() -> None:
    lines = _lines(
        Q3
        + "Our fourth quarter capital plan totals $60 million. We expect to spend $8 million in revenue-creating"
        " capital and $5 million in revenue maintaining capital.\n"
    )
    assert not any("revenue" in t.lower() and ("$8 million" in t or "$5 million" in t) for t in lines), lines


def test_the_per_share_form_of_a_loss_to_the_company_is_no_earnings() -> None:
    lines = _lines(
        Q3
        + "Third quarter FFO was $0.31 per share.\n"
        + "Our lending affiliate generated an after-tax loss to NovaSky of $2.4 million or $0.09 per share.\n"
    )
    assert any("$0.31" in t for t in lines), lines
    assert not any("$0.09" in t and "loss" not in t and "-" not in t for t in lines), lines



def test_asset_sales_are_no_revenue() -> None:
    lines = _lines(
        Q3
        + "Asset sales for the quarter totaled $64 million at a weighted average cap rate of 5.2%.\n"
        + "Third quarter revenue was approximately $71 million.\n"
        + "Our net income included gains on asset sales of $40 million.\n"
    )
    assert any(t.startswith("Q3 revenue") and "$71 million" in t for t in lines), lines
    assert not any("$40 million" in t and "dispositions" in t for t in lines), lines
    # the sold assets' price, not a business line's revenue
    assert all(t.startswith("Q3 dispositions") for t in lines if "$64 million" in t), lines


def test_what_currency_does_to_revenue_is_no_revenue_outlook() -> None:
    lines = _lines(
        Q3 + "Revenue for the third quarter was $3.6 billion, up 11% from a year ago.\n"
        "If rates stay where they are, we expect foreign exchange to decrease our reported revenue by approximately 2%"
        " for the fourth quarter.\n"
        "Acquisitions increased sales by 3% in the quarter.\n"
    )
    assert any("$3.6 billion" in line for line in lines)
    assert not any("2%" in line or "3%" in line for line in lines), lines


def test_a_figure_before_an_item_is_not_the_measure_as_reported() -> None:
    lines = _lines(
        Q3 + "We reported distributable earnings prior to the realized gain on investments of $52 million or $0.37 per"
        " share.\n"
        "Revenue for the third quarter was $96 million.\n"
    )
    assert any("$96 million" in line for line in lines)
    assert not any("$0.37" in line or "$52 million" in line for line in lines), lines


def test_a_growth_that_continues_a_same_store_sentence_is_not_the_company_s() -> None:
    text = (
        Q3 + "Revenue for the third quarter was $96 million.\n"
        "Same-property revenue growth was 6.1% for the quarter. We have kept our outlook for full year revenue growth"
        " of 5.5% at the midpoint of our range.\n"
    )
    assert not any("5.5%" in line for line in _lines(text))
    # said as the total, the outlook is the company's
    said = text.replace("outlook for full year revenue growth", "outlook for full year total revenue growth")
    assert any("5.5%" in line for line in _lines(said))


def test_a_base_of_another_basis_is_no_comparison() -> None:
    lines = _lines(Q2 + "Earnings per share were $0.38, down 46% from last year's adjusted $0.71.\n")
    assert any("$0.38" in line for line in lines), lines
    assert not any("$0.71" in line or "46%" in line for line in lines), lines
    lines = _lines(Q3 + "Our adjusted EPS was $1.17, down from a reported $1.50 in Q3 last year.\n")
    assert any("$1.17" in line for line in lines), lines
    assert not any("$1.50" in line for line in lines), lines
    # the same measure a year ago stays the line's base
    lines = _lines(Q3 + "Our adjusted EPS was $1.17, compared to adjusted EPS of $1.05 in Q3 last year.\n")
    assert any("$1.17" in line and "$1.05" in line for line in lines), lines


def test_a_product_the_sentence_opens_on_owns_the_sales_figure() -> None:
    text = (
        Q4
        + "Fourth quarter revenue rose 7% to $1.1 billion.\n"
        + "Overall, on orbital imaging, our momentum is strong, and we're still targeting growth of over 50% in fiscal "
        "2022, to roughly $100 million in sales.\n"
    )
    lines = _lines(text)
    assert not any("$100 million" in t for t in lines), lines
    assert any(t.startswith("Q4") and "$1.1 billion" in t for t in lines), lines
    # a sentence opening on a measure, not a product, still gives the company's figure
    measure = text.replace("Overall, on orbital imaging, our momentum is strong, and we're", "On revenue, we are")
    assert any("$100 million" in t for t in _lines(measure)), _lines(measure)


def test_a_growth_said_operationally_is_not_the_reported_growth() -> None:
    lines = _lines(
        Q4
        + "We posted revenue of $1.8 billion representing an increase of 9% operationally and 8% reported.\n"
    )
    assert not any("9%" in t and "constant currency" not in t for t in lines), lines
    assert any(t.startswith("Q4") and "$1.8 billion" in t for t in lines), lines


def test_a_figure_of_counted_assets_is_not_the_company_s() -> None:
    lines = _lines(
        Q2
        + "Revenue for the quarter was $92 million, down 41%.\n"
        + "All of this led to 61% occupancy for our seven open Boston hotels during the second quarter.\n"
        + "For the 21 comparable hotels that remained open, RevPAR fell 78% on approximately 34% occupancy.\n"
    )
    assert not any("61%" in t or "34%" in t or "78%" in t for t in lines), lines
    assert any(t.startswith("Q2") and "$92 million" in t for t in lines), lines


def test_the_low_a_figure_touched_within_the_quarter_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q2
        + "Revenue for the quarter was $92 million, down 41%.\n"
        + "Early April is when we saw the trough, with occupancy bottoming out around 19% before it grew.\n"
    )
    assert not any("19%" in t for t in lines), lines


def test_one_tenant_s_rent_is_not_the_company_s_revenue() -> None:
    lines = _lines(
        "Welcome to Larkmoor Care Properties' third quarter 2022 earnings call.\n"
        "Revenue for the quarter was $212 million, up 4%.\n"
        "As the operator is on a cash basis, we recognized the cash received in rent in the third quarter totaling "
        "$4.1 million for revenue purposes.\n"
    )
    assert not any("$4.1 million" in t for t in lines), lines
    assert any(t.startswith("Q3") and "$212 million" in t for t in lines), lines


def test_an_outlook_without_an_item_is_not_the_outlook_given() -> None:
    lines = _lines(
        "Welcome to Corran Harbor Hotels' third quarter 2022 earnings call.\n"
        "Revenue for the quarter was $380 million, up 19%.\n"
        "Excluding the impact of the storm at our Gulf resort, our fourth quarter outlook would assume adjusted "
        "EBITDA of $61.5 million to $68.5 million.\n"
    )
    assert not any("$61.5 million" in t for t in lines), lines
    assert any(t.startswith("Q3") and "$380 million" in t for t in lines), lines


def test_an_insurer_s_ratio_on_one_line_of_business_is_not_the_company_s() -> None:
    lines = _lines(
        "Welcome to Whitlow Casualty Group's first quarter 2021 earnings call.\n"
        "Our net premiums earned were $141 million, a decrease of 12% year-over-year.\n"
        "We lowered our current accident year loss ratio on voluntary business to 61.2%, down from 63.9% a year ago.\n"
    )
    assert not any("61.2%" in t for t in lines), lines
    assert any("$141 million" in t for t in lines), lines


def test_a_ratio_for_some_lines_of_business_is_not_the_company_s() -> None:
    lines = _lines(
        "Welcome to Whitlow Casualty Group's third quarter 2021 earnings call.\n"
        "Our net premiums earned were $141 million, a decrease of 12% year-over-year.\n"
        "The combined ratio for our commercial lines was 94.1% in the quarter.\n"
    )
    assert not any("94.1%" in t for t in lines), lines
    assert any("$141 million" in t for t in lines), lines


def test_a_comparison_base_on_another_basis_is_not_printed_beside_the_figure() -> None:
    lines = _lines(Q3 + "Adjusted EPS was $1.04, compared to $0.82 on a GAAP basis a year ago.\n")
    said = [t for t in lines if "$1.04" in t]
    assert said and not any("$0.82" in t for t in said), lines


def test_a_figure_for_the_year_ended_is_not_the_quarter_s() -> None:
    lines = _lines(
        Q4
        + "Revenue for the fourth quarter was $512 million, up 6%.\n"
        + "Net income was $145 million, or $1.60 per share, for the year ended December 31.\n"
    )
    assert not any("$145 million" in t or "$1.60" in t for t in lines), lines
    assert any(t.startswith("Q4") and "$512 million" in t for t in lines), lines


def test_a_quarterly_amount_expected_is_not_the_year_s() -> None:
    lines = _lines(
        Q4
        + "Revenue for the fourth quarter was $512 million, up 6%.\n"
        + "We expect quarterly revenue of roughly $550 million through 2022.\n"
    )
    assert not any("$550 million" in t for t in lines), lines


def test_a_rate_at_the_end_of_a_year_is_not_the_year_s() -> None:
    lines = _lines(
        Q4
        + "Revenue for the fourth quarter was $512 million, up 6%.\n"
        + "We expect to exit 2022 with adjusted EBITDA margins of 25%.\n"
    )
    assert not any("25%" in t for t in lines), lines


def test_a_figure_for_all_the_company_s_segments_is_the_company_s() -> None:
    lines = _lines(Q3 + "Operating margin in our two reportable segments was 14.2% in the quarter.\n")
    assert any(t.startswith("Q3") and "14.2%" in t for t in lines), lines


def test_a_bare_result_after_a_sentence_ending_on_one_line_s_performance_is_that_line_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Total revenue rose 17% to $3.5 billion.\n"
        "Cloud Services assets under management increased 18%.\n"
        "Turning to page 12, you see these trends generated excellent financial performance in Cloud Services.\n"
        "Adjusted operating revenues increased 24% to $915 million.\n"
    )
    assert not any("$915 million" in t for t in lines), lines
    assert any("$3.5 billion" in t for t in lines), lines


def test_a_bare_result_after_strong_results_in_the_quarter_stays_the_company_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "We delivered strong results in the quarter.\n"
        "Revenue increased 19% to $1.2 billion.\n"
    )
    assert any("$1.2 billion" in t for t in lines), lines


def test_a_rate_after_a_change_of_funds_from_operations_is_no_level_of_it() -> None:
    lines = _lines(
        "Welcome to NovaSky's second quarter 2021 earnings call.\n"
        "We have almost 7% quarter-to-quarter funds from operations growth, more than 40% rental rate growth and "
        "almost 18% net operating income growth.\n"
    )
    assert not any("40%" in t and "FFO" in t for t in lines), lines


def test_a_bare_result_after_growth_across_all_businesses_stays_the_company_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Loans grew $11.8 billion as we had strong loan growth across all of our businesses.\n"
        "Revenue increased 6% in the linked quarter, driven by that loan growth.\n"
    )
    assert any("6%" in t for t in lines), lines
