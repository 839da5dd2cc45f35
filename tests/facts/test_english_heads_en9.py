"""English attribution by the grammar of the phrase a figure sits in: a metric word that only modifies
another noun ("the revenue impact", "debt repayments") names no figure of the metric, a figure "in"/"of" a
phrase whose head is no metric, or linked to one right before it, measures no metric; a rate of an amount is
its rate; a period named in the figure's own clause is its period, an outlook's period named in an earlier
sentence dates it, a flow counted from the last year end is the year to date, and a half of "the year" in a
fourth-quarter call is the reported year's.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run

from .builders import build
from .test_english import facts_of, find


def _at(facts: list, raw: str) -> list:
    return [f for f in facts if f.raw == raw]


def test_a_figure_in_a_phrase_headed_by_no_metric_is_no_metric() -> None:
    """"$3.9 million in property damage", "$575,000 in total revenue impact", "a $5.2 million annual
    savings": the size of a damage, an impact, a saving, not revenue named elsewhere in the sentence."""
    facts = facts_of(
        "Revenue grew 6% even as the storm caused $3.9 million in property damage.",
        "Revenue was hurt by the outage, with $575,000 in total revenue impact.",
        "The refinancing of our revenue bonds will result in a $5.2 million annual savings.",
    )
    for raw in ("$3.9 million", "$575,000", "$5.2 million"):
        assert _at(facts, raw) == [], raw
    assert find(facts, raw="6%").metric == "revenue"


def test_a_metric_word_that_modifies_another_noun_names_no_figure() -> None:
    """"the revenue impact of our cancellations was $45 million", "debt repayments in 2022 are about $370
    million": an impact on revenue and repayments of debt, neither revenue nor the debt outstanding."""
    facts = facts_of(
        "The revenue impact of our cancellations was $45 million.",
        "Contractual debt repayments in 2022 are about $370 million.",
        "Total debt was $2.1 billion at quarter end.",
    )
    assert _at(facts, "$45 million") == []
    assert _at(facts, "$370 million") == []
    assert find(facts, raw="$2.1 billion").metric == "debt"


def test_the_rate_an_amount_carries_is_its_rate() -> None:
    """"notes at a rate of 3.15%", "the weighted average effective rate of our outstanding debt is 3.3%":
    the cost of debt, not a change in debt."""
    facts = facts_of(
        "We issued $500 million of senior notes at a rate of 3.15%.",
        "The weighted average effective rate of our outstanding debt is 3.3%.",
    )
    assert find(facts, raw="3.15%").metric == "cost of debt"
    three = find(facts, raw="3.3%")
    assert (three.metric, three.subject, three.change) == ("cost of debt", "NovaSky", None)
    assert find(facts, raw="$500 million").metric == "debt"


def test_an_adjusted_operating_loss_is_adjusted_operating_income() -> None:
    facts = facts_of("In the Services segment, adjusted operating loss was $7 million in the third quarter.")
    loss = find(facts, raw="$7 million")
    assert (loss.metric, loss.value) == ("adjusted operating income", -7_000_000)


def test_a_period_named_in_the_figures_own_clause_beats_an_earlier_clauses() -> None:
    """"After issuing $500 million of notes in May, ... issued another $400 million of notes in August":
    the second amount is August's, whatever the first clause named."""
    facts = facts_of(
        "After issuing $500 million of senior notes in May, our holding company issued another "
        "$400 million of senior notes in August."
    )
    assert find(facts, raw="$500 million").period == "2021Q2"
    assert find(facts, raw="$400 million").period == "2021Q3"


def test_a_bare_base_is_the_same_period_a_year_before() -> None:
    """"down 15.7% to $664.6 million compared with $788.1 million" in a call whose changes are year on year:
    the base is the same quarter of the year before."""
    facts = facts_of(
        "Revenue was up 8% year-over-year and EBITDA grew 5% year-over-year.",
        "Our revenues were down 15.7% to $664.6 million compared with $788.1 million.",
        "Adjusted EBITDA was $122.5 million versus $174.5 million.",
    )
    for raw in ("$788.1 million", "$174.5 million"):
        base = find(facts, raw=raw)
        assert (base.period, base.basis) == ("2020Q3", "prior"), raw


def test_an_outlook_named_in_an_earlier_sentence_dates_the_forecasts_after_it() -> None:
    """"Turning to full-year 2022 guidance compared with 2021. We expect revenues of between $2.7 billion
    and $2.8 billion compared with $2.9 billion.": 2022's forecast against 2021's result."""
    facts = facts_of(
        "Revenue grew 8% year-over-year and EBITDA grew 5% year-over-year.",
        "Turning to full-year 2022 guidance compared with 2021. We are lowering guidance on weaker volumes in "
        "the second half of 2022. We expect total revenues of between $2.7 billion and $2.8 billion compared "
        "with $2.9 billion.",
    )
    guided = find(facts, raw="$2.7 billion and $2.8 billion")
    assert (guided.metric, guided.period) == ("revenue guidance", "2022")
    base = find(facts, raw="$2.9 billion")
    assert (base.period, base.basis) == ("2021", "prior")


def test_a_flow_counted_from_the_last_year_end_is_the_year_to_date() -> None:
    """"The change in cash from year-end 2020 reflects cash flows from operations of $209.4 million": the
    months since that year end, not 2020; the year-end balance itself stays 2020's."""
    facts = facts_of(
        "The change in cash and liquidity from year-end 2020 reflects cash flows from operations of "
        "$209.4 million, offset by $281.2 million for share repurchases."
    )
    assert find(facts, raw="$209.4 million").period == "2021Q1-2021Q3"
    assert find(facts, raw="$281.2 million").period == "2021Q1-2021Q3"


def test_a_half_of_the_year_in_a_fourth_quarter_call_is_the_reported_years() -> None:
    """A fourth-quarter call held the year after: "during the second half of the year" is the reported
    year's second half."""
    head = (
        "Welcome to NovaSky's fourth quarter 2021 earnings call.\n"
        "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
    )
    line = "We recorded $282 million of adjusted pre-tax profit during the second half of the year."
    facts = [f for f in run(build(head + line, "en")) if f.paragraph > 2]
    assert find(facts, raw="$282 million").period == "2021Q3-2021Q4"


def test_a_figure_linked_to_a_phrase_headed_by_no_metric_is_no_metric() -> None:
    """"Net income was adjusted for integration charges of $3.5 million": the figure sizes the charges
    right before it, not the net income the sentence opened with."""
    facts = facts_of(
        "Net income for the third quarter was adjusted for integration charges of $3.5 million and a pre-tax "
        "loss on debt extinguishment of $12 million.",
        "First quarter operating expenses were $41.9 million, which includes an impairment.",
    )
    assert _at(facts, "$3.5 million") == []
    assert _at(facts, "$12 million") == []
    assert find(facts, raw="$41.9 million").metric == "operating expenses"


def test_the_price_paid_for_repurchased_shares_is_the_average_repurchase_price() -> None:
    facts = facts_of("During the quarter, we repurchased 10.1 million shares for $10.35 per share.")
    assert find(facts, raw="$10.35").metric == "average repurchase price"


def test_a_concessive_word_opens_no_business_line_name() -> None:
    """"Though warranty revenue dropped 18%": the line is warranty, "though" is no part of its name."""
    facts = facts_of("Though warranty revenue dropped 18%, customer pay revenue grew 13%.")
    assert find(facts, raw="18%").subject.lower() == "warranty"



def test_bad_debt_is_no_debt() -> None:
    """"Bad debt expense was about $2 million lower": a cost of uncollected receivables, not borrowings."""
    facts = facts_of("Bad debt expense was approximately $2 million in the quarter, down from last year.")
    assert find(facts, raw="$2 million").metric == "bad debt expense"


def test_a_year_whose_levels_a_figure_is_measured_against_is_not_its_period() -> None:
    """"revenue recovered to 84% of 2019 levels with occupancy up 26 percentage points", "in line with second
    quarter levels": the quarter's figures, measured against another period's level."""
    facts = facts_of(
        "Business transient revenue recovered to 84% of the comparable 2019 levels with occupancy up 26 "
        "percentage points over the second quarter.",
        "Third quarter bookings of $806 million were in line with second quarter levels and represented a 21% "
        "decline year-over-year.",
    )
    assert find(facts, raw="26 percentage points").period == "2021Q3"
    assert find(facts, raw="21%").period == "2021Q3"
