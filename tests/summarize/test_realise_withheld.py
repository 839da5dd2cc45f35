"""A highlight line is left out when the words around its figure say it is one end of a range, a total over
several periods, a year's amount, an item, a revision of guidance, a deal done or some of the company's
assets; the quarter's own figures in the same call are still printed. Texts written for these tests (the
fictional NovaSky Technology, a storage landlord)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.summarize.realise import doubt, highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. "
REVENUE = "Q3 revenue $410 million."


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "For the full year, we expect economic occupancy to increase by approximately 175 to 200 basis points.",
            "200 basis points",
        ),
        ("We expect same-property cash basis NOI to be flat to down 3% as compared to the fourth quarter of 2021.", "3%"),
    ],
)
def test_the_far_end_of_a_range_is_not_printed_alone(text: str, wrong: str) -> None:
    assert not any(wrong in line for line in _lines(Q3 + text))


def test_a_range_read_whole_is_printed_whole() -> None:
    lines = _lines(Q3 + "We expect same-property NOI growth between 4 and 5% for the year.")
    assert "Sees same-store NOI up 4% to 5% this year." in lines


def test_a_change_reaching_a_level_keeps_both() -> None:
    lines = _lines("Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue rose 12% to $410 million.")
    assert "Q3 revenue rose 12% to $410 million." in lines


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Our portfolio occupancy has increased 60 basis points over those 6 quarters.", "60 basis points"),
        ("Occupancy has improved 90 basis points over the last 7 quarters.", "90 basis points"),
        (
            "This brings the cumulative amount repurchased to $180 million at a weighted average price of $9.12 per share.",
            "$180 million",
        ),
        (
            "Our Board of Directors approved a 12% increase in the annual dividend to $0.92 per share last month.",
            "$0.92",
        ),
        (
            "Our Board of Directors approved a 12% increase in the annual dividend to $0.92 per share last month.",
            "12%",
        ),
        ("These growth areas should add to our $388 million of estimated annual NOI.", "$388 million"),
    ],
)
def test_a_total_over_several_periods_or_a_year_s_amount_is_not_the_quarter_s(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(wrong in line for line in lines)


def test_the_average_price_of_a_cumulative_buyback_is_not_the_quarter_s() -> None:
    text = "This brings the cumulative amount repurchased to $180 million at a weighted average price of $9.12 per share."
    assert not any("$9.12" in line for line in _lines(Q3 + text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("During the quarter, we also sold a land parcel for $31 million, recognizing an $8 million FFO gain.", "FFO"),
        ("This is consistent with our 3.8% increase to 2022 NOI guidance.", "3.8%"),
        ("About 80% of our debt is fixed, leaving about $400 million of floating rate debt.", "$400 million"),
    ],
)
def test_an_item_a_revision_or_a_part_of_debt_is_not_the_measure(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(wrong in line for line in lines)


def test_a_deal_closed_in_the_quarter_is_not_an_outlook() -> None:
    text = (
        "That said, in the third quarter, we continue to find attractive acquisitions that meet our quality and "
        "yield targets, closing 4 acquisitions for $62 million."
    )
    lines = _lines(Q3 + text)
    assert not any(line.startswith("Sees") and "$62 million" in line for line in lines)


def test_a_deal_expected_to_close_is_still_an_outlook() -> None:
    text = "For the full year 2022, we expect to complete acquisitions of $150 million to $200 million."
    assert any(line.startswith(("Sees", "Plans")) and "$150 million" in line for line in _lines(Q3 + text))


@pytest.mark.parametrize(
    "text",
    [
        "Occupancy in the rest of our Denver assets is 97%.",
        "Blended lease spreads signed at our Manhattan office properties improved to a positive 11% on a cash basis.",
        "Occupancy across the rest of the portfolio was 94%.",
    ],
)
def test_a_figure_of_assets_named_by_a_place_is_not_the_company_s(text: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert len(lines) == 1


def test_a_figure_of_the_whole_portfolio_is_the_company_s() -> None:
    lines = _lines(Q3 + "Occupancy across our Operating portfolio was 95.2%.")
    assert any("95.2%" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Over the past 10 years, we have paid a total of $12.40 per share in special dividends.", "$12.40"),
        (
            "Our net earnings per share of $1.20 grew 40% compared to the prior year, coupled with $4 million of lower "
            "interest expense.",
            "$4 million",
        ),
        (
            "We have invested approximately $380 million on development projects in process, which reflects almost 1 "
            "turn of leverage.",
            "1x",
        ),
    ],
)
def test_a_span_s_total_a_difference_or_a_contribution_is_not_the_quarter_s_figure(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(wrong in line for line in lines)


def test_a_named_pool_s_growth_is_not_the_company_s() -> None:
    text = (
        "This performance was principally driven by our Global Cold Chain same-store pool, which generated total revenue "
        "growth of 8.2% and NOI growth of 12.1%, both on a constant currency basis."
    )
    assert _lines(Q3 + text) == [REVENUE]


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        ("Urban occupancy, which exceeded our resort occupancy for the first time since 2019, finished at 71.2%.", True),
        ("Our resort occupancy finished at 71.2%, which exceeded urban occupancy.", False),
    ],
)
def test_a_part_named_only_as_what_a_figure_is_compared_with_does_not_take_it(text: str, doubted: bool) -> None:
    doc = doc_from(text)
    p = doc.paragraphs[0]
    at = p.text.index("71.2%")
    resort = Fact("resort", "occupancy", 71.2, "%", p.n, p.text[at - 20 : at + 5], at - 20, at + 5, raw="71.2%")
    assert (doubt(doc, resort, "NovaSky") is not None) is doubted


@pytest.mark.parametrize(
    "text",
    [
        "NovaSky's equity and loss for the quarter from the Harbor Commercial Venture was $91,000.",
        "Net inflows in that channel were a record $1.8 billion for a 19% organic growth rate.",
        "Operating margin improved by 250 basis points, resulting in a 95% increase in pre-tax income from our "
        "homebuilding operations to $88.2 million.",
    ],
)
def test_a_venture_s_a_channel_s_or_an_operation_s_figure_is_not_the_company_s(text: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(word in line for line in lines for word in ("$91,000", "$1.8 billion", "19%", "95%"))


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        ("TalentLink's first quarter revenue was $5.2 million, an increase of 6% sequentially.", True),
        ("NovaSky's first quarter revenue was $5.2 million, an increase of 6% sequentially.", False),
        ("Let's start on Slide 17, that shows consolidated revenue was $5.2 million, up 6%.", False),
        ("That's where revenue was $5.2 million, up 6%.", False),
    ],
)
def test_a_sentence_opening_on_a_brand_s_figures_gives_them_to_the_brand(text: str, doubted: bool) -> None:
    doc = doc_from(text)
    p = doc.paragraphs[0]
    at = p.text.index("$5.2 million")
    revenue = Fact("NovaSky", "revenue", 5.2e6, "USD", p.n, p.text[at - 10 : at + 12], at - 10, at + 12, raw="$5.2 million")
    assert (doubt(doc, revenue, "NovaSky") is not None) is doubted


def test_an_outlook_that_counts_an_acquired_portfolio_in_is_the_company_s() -> None:
    text = (
        "As we begin to benefit from the integration of the Weingarten portfolio, we are raising our full-year 2022 "
        "FFO per share guidance range to $1.46 to $1.47."
    )
    assert any("$1.46 to $1.47" in line for line in _lines(Q3 + text))


def test_a_figure_of_the_global_portfolio_is_the_company_s() -> None:
    lines = _lines(Q3 + "Occupancy across our Global portfolio was 95.2%.")
    assert any("95.2%" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "As of September 30, our adjusted leverage ratio was only 1.9x and our undepreciated book value increased "
            "to $14.21 per share.",
            "$14.21",
        ),
        (
            "Distributable loss of $21.6 million and adjusted distributable earnings of $30.1 million or $0.23 per share.",
            "$21.6 million",
        ),
        ("This resulted in $118.4 million or $0.31 per share of unrealized losses incurred in the third quarter.", "$118.4"),
    ],
)
def test_a_measure_its_words_set_apart_is_not_printed_under_the_plain_name(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(wrong in line for line in lines)


def test_a_loss_per_share_its_words_set_apart_is_printed_with_them() -> None:
    text = "We incurred an un-depreciated loss per share of $0.22 and un-depreciated book value decline of 7.1%."
    assert "Q3 un-depreciated loss per share $0.22." in _lines(Q3 + text)


def test_a_band_the_company_steers_to_is_not_the_quarter_s_margin() -> None:
    lines = _lines(Q3 + "We continue to manage the business to margins in the 20% range.")
    assert lines == [REVENUE]


def test_figures_listed_respectively_go_to_their_own_names() -> None:
    text = (
        "For the third quarter, our total portfolio lease percentage and weighted average occupancy were 91.2% and "
        "88.4%, respectively."
    )
    assert not any("91.2%" in line for line in _lines(Q3 + text))
    both = _lines("Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue and net income were $410 million and $52 million, respectively.")
    assert "Q3 net income $52 million." in both


def test_a_change_against_a_year_before_the_last_is_not_printed_as_the_quarter_s_change() -> None:
    text = "ADR was 18% above Q3 '19, led by our resorts, which were up 52% to Q3 '19, and our urban ADR was up 7.6%."
    assert _lines(Q3 + text) == [REVENUE]
    lines = _lines("Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million, up 9% compared to the third quarter of 2021.")
    assert "Q3 revenue rose 9% to $410 million." in lines


@pytest.mark.parametrize(
    "text",
    [
        "When you're aligned with the borrower with a 64% LTV, plenty of equity and able to work with the borrower on "
        "sustainable payment plans, you should expect this result.",
        "Third quarter distributable loss, which includes $48.1 million of specific loan reserves on the Harbor Point "
        "loans was $19.6 million or $0.15 per share.",
        "Third quarter distributable loss, which includes $48.1 million of specific loan reserves on the Long Harbor "
        "Point loans was $19.6 million or $0.15 per share.",
    ],
)
def test_a_borrower_s_figure_or_a_subject_s_figure_after_a_remark_is_not_printed_under_another_name(text: str) -> None:
    assert _lines(Q3 + text) == [REVENUE]


def test_a_figure_before_a_remark_on_an_item_stays_its_own() -> None:
    text = "Net income was $52 million, which includes $5.1 million of fees."
    assert any("$52 million" in line for line in _lines("Welcome to NovaSky's third quarter 2022 earnings call.\n\n" + text))


def test_a_change_with_its_own_base_after_it_keeps_that_base() -> None:
    text = "Adjusted EBITDA for Q4 is expected to be down 30% to 38% to Q4 '19 and up 45% to 63% to Q4 2021."
    assert any("45% to 63%" in line for line in _lines(Q3 + text))


def test_some_properties_figure_is_not_the_company_s_occupancy() -> None:
    text = "Within our portfolio, we have properties with a physical occupancy well above 70%, effectively pre-COVID levels."
    assert _lines(Q3 + text) == [REVENUE]


def test_a_measure_its_own_name_negates_is_not_printed_under_that_name() -> None:
    text = "We entered the quarter with signed not open annualized base rent of about $3.4 million."
    assert _lines(Q3 + text) == [REVENUE]
    assert doubt_of(Q3 + "We entered the quarter with signed ABR of about $3.4 million.", "$3.4 million") is None


@pytest.mark.parametrize(
    "text",
    [
        "Our Harbor student housing portfolio also had a strong quarter. Rents, which track area incomes, increased by "
        "5%. And occupancy improved to 96.1%, up from 94.2%.",
        "In the U.K., strong demand resulted in leasing spreads of 11% in Q3. This resulted in same property NOI growth "
        "of 7%.",
    ],
)
def test_a_part_named_in_the_sentence_or_the_one_before_keeps_its_figures_off_the_company_s_line(text: str) -> None:
    lines = _lines(Q3 + text)
    # (a line may give the country's own figure, named as the country's)
    assert lines[0] == REVENUE and all("U.K." in line for line in lines[1:]), lines


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Our Harbor student housing portfolio also had a strong quarter. Total portfolio occupancy was 93.0%.", "93.0%"),
        (
            "Our Harbor segment reported a loss of $13.8 million. As a result, the company recognized $12 million in "
            "management fee revenues during the quarter.",
            "$12 million",
        ),
    ],
)
def test_a_sentence_back_on_the_whole_company_after_a_part_is_the_company_s(text: str, figure: str) -> None:
    assert doubt_of(Q3 + text, figure) is None


def test_a_part_named_by_its_kind_of_assets_keeps_its_figure() -> None:
    text = "Our global logistics portfolio continued to remain almost fully occupied with occupancy at 99%."
    assert _lines(Q3 + text) == [REVENUE]
    text = "Vacancy stays low across the U.K. Our logistics and storage portfolio remained fully let, with occupancy at 99%."
    assert _lines(Q3 + text) == [REVENUE]


def test_a_case_put_in_a_sentence_is_no_highlight() -> None:
    text = "So if you had revenue of $300 million last year, it's probably $330 million this year."
    assert doubt_of(Q3 + text, "$300 million") not in (None, "no fact")
    assert _lines(Q3 + text) == [REVENUE]


def doubt_of(text: str, raw: str) -> str | None:
    """Why the fact read from ``raw`` is doubted (None when no fact is read there: nothing to print)."""
    doc = doc_from(text)
    facts = run(doc)
    hits = [f for f in facts if f.raw == raw]
    return doubt(doc, hits[0]) if hits else "no fact"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We see opportunities to leverage our field data, 10 development programs and our plants.", "10"),
        (
            "While we have the tools of any large firm, our agents and employees describe our culture as close-knit and "
            "many agents have been with NovaSky for 10, 20 and even 30 years.",
            "10",
        ),
        ("The sales create further potential upside to earnings and book value of approximately $0.41 per share.", "$0.41"),
        ("We also held investment securities with a fair market value of $188 million at September 30, 2022.", "$188 million"),
        ("The company's free cash flow usage was $3.4 million, due to higher capital expenditures.", "$3.4 million"),
        ("For 2023, we expect shipments to our mining customers of approximately 21 million tons.", "21 million"),
        ("We saw steady intra-quarter revenue improvement with September down 12% compared to 21% in July.", "12%"),
        ("Earnings reflected higher kilowatt hour sales to retail customers, including a 12% increase from mining customers.", "12%"),
        (
            "Our fourth quarter outlook is based on the following assumptions: revenues of about $545 million and a fuel "
            "price of $2.40 per gallon.",
            "$2.40",
        ),
    ],
)
def test_words_that_make_a_number_something_else_keep_it_off_the_lines(text: str, figure: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(figure in line for line in lines if line != REVENUE)


def test_an_amount_said_with_its_percentage_change_is_no_level_of_the_part_before() -> None:
    text = (
        "This increase includes a $6 million improvement in product sales along with a $7 million or 18% improvement in "
        "rental and service revenues."
    )
    lines = _lines(Q3 + text)
    assert not any("$7 million" in line or "18%" in line for line in lines)
    # a part's change in its own business line stays
    lines = _lines(Q3 + "Fluids revenue grew 9% to $120 million, with a 14% increase in Fluids drilling revenues.")
    assert "Q3 Fluids revenue rose 9% to $120 million." in lines  # (a name the call writes capitalised)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Load factor came in at 81%, an improvement of two percentage points compared to the second quarter on an "
            "almost 40% quarter-over-quarter seat growth."
        ),
        "Load factor came in at an average of 81% for the quarter, an increase compared to Q2 while operating 40% more seat miles.",
    ],
)
def test_another_measure_s_change_is_no_comparison_base(text: str) -> None:
    lines = _lines(Q3 + text)
    assert any("load factor 81%" in line for line in lines)
    assert not any("40%" in line for line in lines)


def test_a_list_of_bases_gives_none_to_one_figure() -> None:
    text = (
        "Harbor Realty reported net income of $21.4 million and adjusted EBITDA of $24.2 million in the third quarter "
        "compared to $9.6 million and $12.3 million in the third quarter of 2021."
    )
    lines = _lines(Q3 + text)
    assert "Q3 Harbor Realty adjusted EBITDA $24.2 million." in lines
    assert not any("versus" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Precision Instruments posted a total revenue increase of 0.7% despite a 2.5% decline in core revenue.",
            "Q3 Precision Instruments organic revenue fell 2.5%.",
        ),
        (
            "Non-GAAP net income for the third quarter was $80.1 million or $2.70 diluted earnings per share compared to "
            "$41.2 million and $1.40 per share in Q3 of 2021.",
            "Q3 non-GAAP net income $80.1 million versus $41.2 million.",
        ),
        (
            "For fiscal 2023, we are guiding to adjusted EBITDA of between $770 million and $810 million or 7% growth at "
            "the midpoint.",
            "Sees FY 2023 adjusted EBITDA $770 million to $810 million, up 7%.",
        ),
    ],
)
def test_a_part_s_own_measure_a_pair_of_bases_and_a_guided_range_stay(text: str, wanted: str) -> None:
    assert wanted in _lines(Q3 + text)


@pytest.mark.parametrize("by", ["by over", "by more than", "by just"])
def test_a_figure_a_result_beat_its_year_ago_quarter_by_is_no_level(by: str) -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\n\n"
        f"Our total revenue outperformed the third quarter of last year {by} $40 million. Adjusted EPS was $1.10."
    )
    assert "Q3 adjusted earnings per share $1.10." in lines
    assert not any("$40 million" in line for line in lines)


def test_a_later_amount_of_a_list_of_items_is_an_item_too() -> None:
    text = (
        "Welcome to NovaSky's second quarter 2021 earnings call.\n\nRevenue was $410 million. Excluding gains on our "
        "investments of $0.02 per share and $0.04 per share in the second quarter of 2021 and 2020, respectively, "
        "adjusted earnings for the second quarter rose by $0.06 per share, or 9%, compared with last year."
    )
    lines = _lines(text)
    assert "Q2 revenue $410 million." in lines
    assert not any("$0.04" in line for line in lines)
    listed = _lines(
        "Welcome to NovaSky's second quarter 2021 earnings call.\n\nGAAP and adjusted earnings per share were $0.53 "
        "and $0.58, respectively."
    )
    assert "Q2 adjusted earnings per share $0.58." in listed


def test_a_drag_on_earnings_is_no_outlook_of_earnings() -> None:
    text = (
        "Welcome to NovaSky's third quarter 2021 earnings call.\n\nRevenue was $410 million. Adjusted earnings per share "
        "were $0.52. The new plants are a drag on our earnings while they ramp up. In 2021, this drag on earnings is "
        "expected to be approximately $0.05 per share."
    )
    lines = _lines(text)
    assert "Q3 adjusted earnings per share $0.52." in lines
    assert not any("$0.05" in line for line in lines)
    guided = _lines(Q3 + "For 2022, we expect adjusted earnings per share of $2.10 to $2.20.")
    assert "Sees FY 2022 adjusted earnings per share $2.10 to $2.20." in guided


@pytest.mark.parametrize(
    "text",
    [
        "We bought the Harbor Inn in August. The hotel is expected to need $15 million of investment over the next 5 "
        "years.",
        "These properties are expected to generate net operating income of $12 million next year.",
    ],
)
def test_what_one_asset_is_expected_to_do_is_no_outlook_of_the_company(text: str) -> None:
    assert _lines(Q3 + text) == [REVENUE]
    guided = _lines(Q3 + "Capital expenditure is expected to be $120 million in 2023.")
    assert "Plans FY 2023 capital expenditure of $120 million." in guided


def test_amounts_listed_after_a_list_of_names_are_each_their_own_name_s() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. For the quarter, FFO and "
        "net income were $0.50 and $0.27 per share, respectively."
    )
    assert "Q3 earnings per share $0.27." in lines


def test_a_measure_named_after_revenue_is_no_revenue_outlook() -> None:
    lines = _lines(
        Q3 + "Our outlook assumes revenue-related compensation will be approximately $1 billion this year."
    )
    assert lines == [REVENUE]
    guided = _lines(Q3 + "Our outlook assumes revenue will be approximately $1.7 billion this year.")
    assert "Sees revenue about $1.7 billion this year." in guided


def test_earnings_from_one_source_are_no_earnings_per_share() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. Core FFO was $1.04 per "
        "share, with net promote earnings of $0.01."
    )
    assert "Q3 core FFO per share $1.04." in lines
    assert not any("$0.01" in line for line in lines)
    plain = _lines(Q3 + "Core FFO was $1.04 per share, with net earnings of $0.31 per share.")
    assert "Q3 earnings per share $0.31." in plain


def test_a_part_s_outlook_range_said_again_is_no_outlook_of_the_company() -> None:
    lines = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\nRevenue was $410 million.\nOur strong year gives us "
        "the confidence to increase guidance for our storage business as we now expect to achieve 9 to 11% net sales "
        "growth for fiscal 2023.\nAs mentioned earlier, we are increasing fiscal 2023 guidance for our storage "
        "business.\nWe are now targeting net sales growth of 9 to 11%, reflecting the strength of our storage portfolio."
    )
    assert "Sees FY 2023 storage sales up 9% to 11%." in lines
    assert not any(line.startswith("Sees sales up 9% to 11%") for line in lines)
    own = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\nRevenue was $410 million.\nFor our storage business "
        "we now expect 4 to 6% net sales growth for fiscal 2023.\nWe are now targeting net sales growth of 9 to 11%."
    )
    assert "Sees sales up 9% to 11% next year." in own



def test_a_phrase_read_for_a_part_does_not_take_the_company_s_range() -> None:
    lines = _lines(
        "Welcome to NovaSky's fourth quarter 2021 earnings call.\nNovaSky revenue was $410 million, up 30%.\nNovaSky "
        "earned $2.18 per share.\nLooking forward into 2022, we expect to see revenue growth of 18% to 20%, driven by "
        "strong growth in spend.\nIn the near term, we expect our revenue growth to be well above our long-term "
        "aspiration, which is why we have given 2022 guidance of 18% to 20% revenue growth."
    )
    assert "Sees FY 2022 revenue up 18% to 20%." in lines


def test_an_annualized_rise_is_not_the_quarter_s_change() -> None:
    bank = "Welcome to Harbor Ridge Bancorp's third quarter 2022 earnings call.\n\n"
    lines = _lines(
        bank + "Total net revenue reached a record $212.4 million, a 36% annualized rise, and pre-provision net "
        "revenue grew to $118.2 million."
    )
    assert "Q3 revenue $212.4 million." in lines
    assert not any("36%" in line for line in lines)
    plain = _lines(bank + "Total net revenue reached a record $212.4 million, a 9% rise.")
    assert "Q3 revenue rose 9% to $212.4 million." in plain


def test_an_effect_given_as_an_amount_of_revenue_is_not_revenue() -> None:
    lines = _lines(
        Q3 + "For the fourth quarter we see a comparable supply headwind to the one we had this quarter, roughly "
        "$40 million of revenue and $15 million of operating profit."
    )
    assert REVENUE in lines
    assert not any("$40 million" in line or "$15 million" in line for line in lines)
    plain = _lines(
        "Welcome to NovaSky's third quarter 2022 earnings call.\n\nWe expect approximately $450 million of revenue in "
        "the fourth quarter."
    )
    assert "Sees Q4 revenue about $450 million." in plain
