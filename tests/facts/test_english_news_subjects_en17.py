"""English news about results held to whose figure it is: the firm heading each item of a round-up, the firm
that heads its sentence in a story comparing two firms, a product named with an apposition, a segment named with
"at its" after its figure, and the revenue of an analysts' estimate of earnings and revenue.

Sentences are written for these tests about fictional firms (Brightwater Foods, Kestrel Motors, Larkspur Bank,
NovaSky); the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import find


def news(*lines: str) -> list[Fact]:
    """Facts of an English news story, one paragraph per line."""
    return list(run(build("\n".join(lines), "en")))


def test_each_item_of_a_round_up_is_about_the_firm_that_heads_it() -> None:
    facts = news(
        "Check out the companies making headlines in midday trading.",
        "Kestrel Motors — Kestrel Motors posted adjusted earnings per share of 41 cents on $9.2 billion in revenue.",
        "Brightwater Foods – Shares of the grocer rose after first-quarter revenue topped expectations. The company"
        " saw same-store sales growth of 4.5% in the U.S.",
    )
    assert find(facts, raw="$9.2 billion").subject == "Kestrel Motors"
    assert find(facts, raw="4.5%").subject == "Brightwater Foods"


def test_a_sentence_or_a_word_heading_a_round_up_item_is_no_firm() -> None:
    facts = news(
        "Larkspur Bank reported revenue of $3.1 billion.",
        "Revenue — the bank's revenue rose 8% to $3.1 billion.",
    )
    subjects = {f.subject for f in facts if f.paragraph == 2}
    assert subjects and not subjects & {"Revenue", "Revenue —"}


def test_a_name_heading_its_sentence_owns_the_figures_after_a_comma() -> None:
    facts = news(
        "Larkspur Bank reported results Thursday, with revenues at $3.4 billion; the results were mixed.",
    )
    assert find(facts, raw="$3.4 billion").subject == "Larkspur Bank"


def test_a_second_firm_heading_its_sentence_owns_its_net_income_and_eps() -> None:
    facts = news(
        "Brightwater Foods reported third-quarter net income of $1.2 billion, or $0.81 a share.",
        "Kestrel Motors, meanwhile, reported a 5% increase in net income to $2.3 billion, or 47 cents a share.",
    )
    assert find(facts, raw="$1.2 billion").subject == "Brightwater Foods"
    assert find(facts, raw="$0.81").subject == "Brightwater Foods"
    assert find(facts, raw="5%").subject == "Kestrel Motors"
    assert find(facts, raw="$2.3 billion").subject == "Kestrel Motors"
    assert find(facts, raw="47 cents").subject == "Kestrel Motors"


def test_a_product_named_with_an_apposition_owns_its_growth() -> None:
    facts = news(
        "NovaSky reported revenue of $8.2 billion for its fiscal third quarter.",
        "Skyline, the company's cloud platform, saw revenue growth accelerating from 31 percent in the previous"
        " quarter to 36 percent.",
    )
    assert find(facts, raw="36 percent").subject == "Skyline"
    assert find(facts, raw="31 percent").subject == "Skyline"


def test_a_segment_named_after_its_figure_with_at_its_owns_it() -> None:
    facts = news(
        "Brightwater Foods reported revenue of $6.4 billion. The company noted a 2.5% revenue decline at its"
        " Snacks Europe unit, though revenue increased 6% in its Dairy Americas arm.",
    )
    assert find(facts, raw="$6.4 billion").subject == "Brightwater Foods"
    assert find(facts, raw="2.5%").subject == "Snacks Europe"
    assert find(facts, raw="6%").subject == "Dairy Americas"


def test_the_revenue_of_an_estimate_of_earnings_and_revenue_is_no_fact() -> None:
    facts = news(
        "Kestrel Motors posted adjusted earnings per share of 41 cents on revenue of $9.2 billion. Analysts surveyed"
        " by a data firm were forecasting earnings of 39 cents per share on revenue of $9.05 billion.",
        "Larkspur Bank reported revenues at $3.4 billion, compared to a consensus of 1.12 earnings per share and"
        " $3.3 billion revenue.",
    )
    raws = {f.raw for f in facts}
    assert "$9.2 billion" in raws and "$3.4 billion" in raws
    assert "$9.05 billion" not in raws
    assert "$3.3 billion" not in raws


def test_revenue_with_earnings_per_share_outside_an_estimate_stays_a_fact() -> None:
    facts = news(
        "Kestrel Motors beat analysts' estimates with earnings of 52 cents per share on revenue of $9.6 billion.",
    )
    assert find(facts, raw="$9.6 billion").subject == "Kestrel Motors"
    assert find(facts, raw="$9.6 billion").metric == "revenue"


def test_a_segment_named_in_passing_after_a_figure_is_not_carried_on() -> None:
    facts = news(
        "Larkspur Bank said it would take a $40 million loss in the quarter on two loans from its Nevada division.",
        "The statement came as investors grew worried about lending.",
        "Remaining net charge-offs were $5 million, or 3 basis points of average loans.",
    )
    assert find(facts, raw="$5 million").subject != "Nevada division"
    assert find(facts, raw="3 basis points").subject != "Nevada division"


def test_a_segment_that_heads_its_sentence_is_still_carried_on() -> None:
    facts = news(
        "Revenue from our Nevada division was $40 million in the quarter.",
        "Its operating margin was 12%.",
    )
    assert find(facts, raw="$40 million").subject == "Nevada"


def test_an_aside_between_dashes_after_a_metric_names_no_metric() -> None:
    facts = news(
        "Larkspur Bank reported its third-quarter results.",
        "Net interest income — the difference between what banks earn on loans and pay on deposits — rose to"
        " $512 million from $480 million in the year-ago quarter.",
    )
    assert find(facts, raw="$512 million").metric == "net interest income"
    assert find(facts, raw="$480 million").metric == "net interest income"


def test_adjusted_before_a_figure_whose_metric_follows_makes_it_adjusted() -> None:
    facts = news("Kestrel Motors reported an adjusted $1.94 in earnings per share on $8.8 billion of revenue.")
    assert find(facts, raw="$1.94").metric == "adjusted EPS"


def test_a_move_of_the_shares_is_the_share_price_not_the_metric_after_it() -> None:
    facts = news(
        "Brightwater Foods – Shares of the grocer gained 4% after first-quarter revenue topped expectations.",
    )
    moved = find(facts, raw="4%")
    assert (moved.subject, moved.metric) == ("Brightwater Foods", "share price")


def test_a_result_set_against_analysts_expectations_is_no_forecast() -> None:
    facts = news(
        "Brightwater Foods reported revenue of $5.1 billion versus the $5.0 billion expected by analysts. The company"
        " saw same-store sales growth of 2.5% in the U.S., ahead of estimates.",
    )
    assert find(facts, raw="2.5%").metric == "same-store sales"
    assert "$5.0 billion" not in {f.raw for f in facts}


def test_organic_net_sales_are_organic_revenue() -> None:
    facts = news("Third-quarter net sales for the Snacks segment were $410 million. Organic net sales were up 2 percent.")
    assert find(facts, raw="2 percent").metric == "organic revenue"


def test_a_rival_named_in_its_sentence_owns_its_earnings_per_share() -> None:
    facts = news(
        "Brightwater Foods reported earnings of $0.91 per share for the first quarter, up 6% from the year-ago period."
        " Meanwhile, rival Kestrel Foods brought in earnings of $0.52 per share for the first quarter, down 3% from"
        " the year-ago period.",
    )
    assert find(facts, raw="$0.91").subject == "Brightwater Foods"
    assert find(facts, raw="$0.52").subject == "Kestrel Foods"
    assert find(facts, raw="3%").subject == "Kestrel Foods"


def test_a_change_after_a_figure_called_adjusted_is_the_adjusted_metric_s() -> None:
    facts = news(
        "Larkspur Industrial reported results for the quarter ended December 31, 2024.",
        "- Net income was $612 million, an increase of 21%, or $590 million adjusted, an increase of 8%",
        "- Segment operating margin was 20.4%, an increase of 90 bps, or 23.1% adjusted, an increase of 120 bps",
    )
    assert find(facts, raw="21%").metric == "net income"
    assert find(facts, raw="8%").metric == "non-GAAP net income"
    assert find(facts, raw="90 bps").metric == "operating margin"
    assert find(facts, raw="120 bps").metric == "adjusted operating margin"


def test_sales_volume_is_a_volume_not_sales() -> None:
    facts = news("Kestrel Foods said global sales volume rose 3% for the quarter.")
    assert find(facts, raw="3%").metric == "volumes"


def test_an_undated_release_that_compares_with_a_year_ago_gives_year_on_year_changes() -> None:
    facts = news(
        "Through nine months, Snacks segment net sales of $2.1 billion essentially matched year-ago levels.",
        "Third-quarter net sales for the Dairy segment were down 4 percent to $512 million. Organic net sales were 2"
        " percent below year-ago results.",
    )
    assert find(facts, raw="4 percent").change == "yoy"


def test_an_undated_release_without_a_comparison_keeps_changes_unmarked() -> None:
    facts = news("Third-quarter net sales for the Dairy segment were down 4 percent to $512 million.")
    assert find(facts, raw="4 percent").change is None


def test_a_rank_among_divisions_names_no_division() -> None:
    facts = news(
        "Kestrel Foods reported its quarterly results.",
        "Juices, which cover teas and water brands, was one of the strongest divisions, posting an 8 per cent"
        " increase in sales volume.",
    )
    assert find(facts, raw="8 per cent").subject != "strongest divisions"


ROUND_UP = (
    "Check out the companies making headlines in midday trading.",
    "Kestrel Motors — Shares of the automaker fell 2% after Kestrel Motors posted adjusted earnings per share of 41"
    " cents on $9.2 billion in revenue.",
    "Brightwater Foods – Shares of the grocer rose 3% after Brightwater Foods reported revenue of $5.1 billion.",
    "Larkspur Bank – The lender's stock gained 1% after Larkspur Bank reported revenue of $3.3 billion.",
)


def test_a_round_up_of_several_firms_is_about_no_one_company() -> None:
    from finbrief.facts.identity import identify

    assert identify(build("\n".join(ROUND_UP), "en")).company is None
    facts = news(*ROUND_UP)
    assert find(facts, raw="$9.2 billion").subject == "Kestrel Motors"
    assert find(facts, raw="$5.1 billion").subject == "Brightwater Foods"
    assert find(facts, raw="$3.3 billion").subject == "Larkspur Bank"


def test_a_release_with_segment_items_is_no_round_up() -> None:
    from finbrief.facts.identity import round_up

    assert round_up(ROUND_UP)
    assert not round_up(
        [
            "Kestrel Motors reported adjusted earnings per share of 41 cents on $9.2 billion in revenue.",
            "Trucks — the segment's revenue rose 8%, and its shares of the market grew.",
            "Buses — the segment's revenue fell 2%.",
            "Parts — revenue was flat.",
        ]
    )


def test_the_company_s_plural_possessive_ends_a_segment_s_section() -> None:
    text = "\n".join(
        [
            "KNX Systems Inc.'s (NASDAQ:KNX) second-quarter 2017 revenue came in at $434 million.",
            "As for the segments, Marine segment revenues were flat year over year, totaling $55 million.",
            "KNX Systems' backlog of firm orders came in at $645 million.",
            "Adjusted operating income came in at $81.0 million compared with $70.1 million in the prior-year quarter.",
        ]
    )
    facts = list(run(build(text, "en")))
    segment = find(facts, raw="$55 million").subject
    assert segment == "Marine"
    assert find(facts, raw="$645 million").subject not in (segment, "firm")
    assert find(facts, raw="$81.0 million").subject != segment


def test_a_share_move_over_the_past_year_is_no_fact() -> None:
    facts = news(
        "Kestrel Motors shares fell 3% on Friday after Kestrel Motors reported revenue of $2.2 billion.",
        "The shares climbed 8% over the past year through Thursday.",
    )
    raws = {f.raw for f in facts}
    assert "8%" not in raws
    assert find(facts, raw="3%").metric == "share price"


def test_a_consensus_estimate_of_a_named_measure_is_no_fact() -> None:
    facts = news(
        "Kestrel Motors reported GAAP earnings per share of 39 cents.",
        "Three analysts surveyed by a data firm produced a consensus estimate of GAAP earnings of 37 cents a share.",
    )
    raws = {f.raw for f in facts}
    assert "39 cents" in raws and "37 cents" not in raws


def test_a_transcript_s_pause_dashes_hide_no_metric() -> None:
    facts = news(
        "Kestrel Motors reported its third-quarter results.",
        "The operating leverage -- incremental margin at 34% was very strong and now has given us the room to"
        " invest further -- across our businesses.",
    )
    assert find(facts, raw="34%").metric == "incremental margin"


def test_the_company_in_a_segment_item_of_a_one_company_release_stays_the_company() -> None:
    facts = news(
        "Kestrel Industries (NYSE: KNX) reported revenue of $2.0 billion for the fourth quarter of 2024.",
        "Americas – Sales of $398 million increased 3% on a reported basis. The company's operating margin was 18%.",
    )
    company = find(facts, raw="$2.0 billion").subject
    assert find(facts, raw="$398 million").subject == "Americas"
    assert find(facts, raw="18%").subject == company
