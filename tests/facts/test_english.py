"""Facts of English earnings calls: per-share figures, comparison bases, plausible units, guidance,
fiscal periods and subjects.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.facts.identity import document_company, document_context
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    facts = run(build(HEAD + "\n".join(lines), "en"))
    return [f for f in facts if f.paragraph > 2]


def find(facts: list[Fact], **want: object) -> Fact:
    """The one fact whose fields equal ``want``."""
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.unit, f.period, f.basis) for f in facts])
    return hits[0]


# --- per-share figures -----------------------------------------------------------------------


def test_an_amount_per_share_after_a_total_is_earnings_per_share() -> None:
    facts = facts_of("Net income came to $41.6 million or $0.57 per diluted share.")
    total = find(facts, value=41_600_000)
    eps = find(facts, value=0.57)
    assert (total.metric, total.unit, total.per) == ("net income", "USD", None)
    assert (eps.metric, eps.unit, eps.per, eps.subject) == ("diluted EPS", "USD", "share", "NovaSky")


def test_earnings_per_share_in_its_usual_wordings() -> None:
    facts = facts_of(
        "Net income per share reached $1.27.",
        "Diluted EPS of $0.38 sits beside adjusted EPS of $0.46.",
        "NovaSky earned $0.64 per diluted share in the period.",
        "Adjusted earnings per share landed at $2.31.",
    )
    assert find(facts, value=1.27).metric == "EPS"
    assert find(facts, value=0.38).metric == "diluted EPS"
    assert find(facts, value=0.46).metric == "adjusted EPS"
    assert find(facts, value=0.64).metric == "diluted EPS"
    assert find(facts, value=2.31).metric == "adjusted EPS"


def test_gaap_and_adjusted_bases_name_the_variant() -> None:
    facts = facts_of(
        "GAAP earnings per share climbed to $1.35 per share, and to $1.18 per share on an adjusted basis.",
        "On a GAAP basis, income from continuing operations totaled $52.3 million or $0.72 per diluted share.",
        "Non-GAAP net income reached $72.4 million or $2.15 diluted earnings per share.",
    )
    assert find(facts, value=1.35).metric == "GAAP EPS"
    assert find(facts, value=1.18).metric == "adjusted EPS"
    assert find(facts, value=0.72).metric == "GAAP EPS"
    assert find(facts, value=2.15).metric == "adjusted EPS"


def test_a_loss_per_share_is_negative_earnings_per_share() -> None:
    facts = facts_of("The net loss narrowed to $4 million, or $0.07 per share.")
    assert find(facts, value=-4_000_000).metric == "net income"
    assert find(facts, value=-0.07).metric == "EPS"


def test_a_per_share_item_is_not_earnings_per_share() -> None:
    facts = facts_of("Adjusted EPS leaves out a $0.06 per share charge for a plant closure.")
    assert not [f for f in facts if f.value in (0.06, -0.06)]


# --- implausible metric and unit pairs -------------------------------------------------------


def test_a_figure_takes_the_nearest_metric_whose_units_fit() -> None:
    facts = facts_of(
        "EPS of $512 million set a record.",
        "Revenue improved 40 bps.",
        "Net debt to EBITDA stood at 0.8x when the quarter closed.",
        "Operating earnings came to $126 million or 11.7% of sales.",
    )
    assert not [f for f in facts if f.metric == "EPS"]
    assert not [f for f in facts if f.unit == "bps"]
    assert find(facts, value=0.8).metric == "leverage ratio"
    assert find(facts, value=126_000_000).metric == "operating earnings"
    assert find(facts, value=11.7).metric == "operating margin"


# --- comparison bases ------------------------------------------------------------------------


def test_a_comparison_base_is_a_fact_of_the_prior_period() -> None:
    facts = facts_of(
        "Revenue was $188.4 million versus $163.2 million last year.",
        "Sales reached $2.6 billion, compared to $2.4 billion last quarter.",
    )
    level = find(facts, value=188_400_000)
    base = find(facts, value=163_200_000)
    assert (level.basis, level.period) == (None, "2021Q3")
    assert (base.metric, base.basis, base.period) == ("revenue", "prior", "2020Q3")
    assert (find(facts, value=2.4e9).basis, find(facts, value=2.4e9).period) == ("prior", "2021Q2")


def test_a_base_without_a_metric_measures_what_it_is_compared_with() -> None:
    facts = facts_of("Operating margin reached 11.7% of sales, up from 10.9% in the year prior.")
    base = find(facts, value=10.9)
    assert (base.metric, base.basis, base.period) == ("operating margin", "prior", "2020Q3")


def test_a_base_of_the_previous_quarter_makes_the_change_sequential() -> None:
    doc = build("星穹科技公布2025年第二季度业绩。\n星穹科技本季度收入从上季度的472.6亿元下降27%。")
    facts = run(doc)
    base = next(f for f in facts if f.value == 47_260_000_000)
    change = next(f for f in facts if f.value == -27)
    assert (base.basis, base.period) == ("prior", "2025Q1")
    assert (change.metric, change.change) == ("revenue", "qoq")


def test_a_money_change_is_not_a_level() -> None:
    facts = facts_of("We are lifting the full year revenue outlook by $85 million.")
    assert not [f for f in facts if f.value == 85_000_000 and f.change is None]


# --- guidance --------------------------------------------------------------------------------


def test_guidance_has_the_period_it_is_for() -> None:
    facts = facts_of(
        "For fiscal 2022, we expect revenue of $2.41 billion to $2.46 billion.",
        "We now see fourth quarter adjusted EPS of $0.66 to $0.71.",
        "This morning we introduced 2022 EPS guidance of $2.70 to $2.95, with net income of $160 million "
        "to $175 million.",
    )
    revenue = find(facts, value=2_410_000_000)
    assert (revenue.metric, revenue.value_high, revenue.period) == ("revenue guidance", 2_460_000_000, "2022")
    eps = find(facts, value=0.66)
    assert (eps.metric, eps.value_high, eps.period) == ("adjusted EPS guidance", 0.71, "2021Q4")
    assert find(facts, value=160_000_000).period == "2022"


def test_an_outlook_period_carries_to_the_forecasts_that_follow() -> None:
    facts = facts_of(
        "Now for the fiscal 2022 outlook.",
        "We anticipate non-GAAP earnings per share between $9.40 and $9.90.",
    )
    assert find(facts, value=9.4).period == "2022"


def test_results_measured_against_guidance_are_not_guidance() -> None:
    facts = facts_of(
        "Revenue landed above the top of our guidance range at $614.2 million.",
        "Our previous guidance of $0.40 to $0.65 per share assumed fewer shares.",
    )
    assert find(facts, value=614_200_000).metric == "revenue"
    assert find(facts, value=0.4).basis == "prior"


# --- periods ---------------------------------------------------------------------------------


def test_a_fiscal_quarter_and_the_year_it_is_compared_with() -> None:
    doc = build(
        "Revenue for the first quarter of fiscal 2021 reached $1.9 billion.\n"
        "Bookings rose 12% compared to the first quarter of 2020.\n",
        "en",
    )
    assert document_context(doc)[1].period == "2021Q1"
    assert run(doc)[0].period == "2021Q1"


def test_the_full_year_in_a_fourth_quarter_outlook_is_the_next_year() -> None:
    doc = build(
        "Fourth quarter 2021 revenue reached $3 billion.\nFourth quarter EPS reached $1.20.\n"
        "For the full year, we expect revenue of $13 billion to $14 billion.\n",
        "en",
    )
    guide = next(f for f in run(doc) if f.metric == "revenue guidance")
    assert guide.period == "2022"


def test_the_document_context_is_computed_once() -> None:
    doc = build(HEAD + "Revenue was $3 billion.", "en")
    assert document_context(doc) is document_context(doc)


# --- subjects --------------------------------------------------------------------------------


def test_people_places_and_other_companies_are_not_the_company() -> None:
    doc = build(
        "Thanks, Dana. Dana's team did well.\nAs Dana mentioned, Dana's plan worked.\n"
        "In Ohio we opened stores. Ohio's market grew. Ohio's weather helped.\n"
        "Welcome to NovaSky's call. NovaSky's results were strong. NovaSky's team delivered.\n",
        "en",
    )
    assert document_company(doc) == ("NovaSky", None)


def test_a_segment_does_not_stay_in_focus_for_the_rest_of_the_call() -> None:
    facts = facts_of(
        "Our Skyline segment explains most of the slowdown.",
        "Orders came late.",
        "Ports were congested.",
        "Chips were scarce.",
        "Revenue came to roughly $1.9 billion.",
    )
    assert find(facts, value=1_900_000_000).subject == "NovaSky"


def test_another_company_named_in_passing_is_not_carried() -> None:
    facts = facts_of("Our devices also ship through Amazon.", "Revenue reached $2.2 billion.")
    assert find(facts, value=2.2e9).subject == "NovaSky"


# --- figures read for what they are (issue 9) -------------------------------------------------


def test_the_per_share_effect_of_an_item_is_not_earnings_per_share() -> None:
    facts = facts_of(
        "The increase was attributable to cumulative cost savings of $0.04 per share and customer credits "
        "totaling $0.02 per share.",
        "Results include merger-related expenses of $46.4 million or $0.43 per diluted share.",
        "Net income was $2.6 million or $0.09 per diluted share.",
    )
    assert not [f for f in facts if f.value in (0.04, 0.02)]
    # the item's own figure per share, never earnings
    assert [f.metric for f in facts if f.value == 0.43] == ["merger-related expenses per share"]
    assert find(facts, value=0.09).metric == "diluted EPS"


def test_another_metric_per_share_is_not_earnings_per_share() -> None:
    facts = facts_of("Our DCF per share was $1.02, up $0.47 from last year.")
    assert find(facts, value=1.02).metric == "DCF per share"


def test_excluding_items_a_loss_per_share_is_adjusted() -> None:
    facts = facts_of("Excluding the cost of the strike, we lost $0.12 per share in the quarter.")
    assert find(facts, value=-0.12).metric == "adjusted EPS"


def test_a_share_of_revenue_is_no_growth() -> None:
    facts = facts_of("The U.S. market represented 90% of our revenues.")
    assert find(facts, value=90.0).metric == "share of revenue"


def test_a_change_given_in_two_units_is_a_change_in_both() -> None:
    facts = facts_of("Revenue was up 29% or almost $750 million sequentially.")
    assert find(facts, value=750e6).change == "qoq"


def test_an_impact_on_a_metric_is_not_the_metric() -> None:
    facts = facts_of("We expect a $55 million negative impact to our top line in the fourth quarter.")
    assert not [f for f in facts if f.value == 55e6]


def test_growth_over_the_past_quarters_is_one_figure_per_quarter() -> None:
    facts = facts_of("Over the past four quarters, revenue growth was 18%, 22%, 26% and 31% year over year.")
    assert [(f.value, f.period, f.change) for f in facts] == [
        (18.0, "2020Q4", "yoy"),
        (22.0, "2021Q1", "yoy"),
        (26.0, "2021Q2", "yoy"),
        (31.0, "2021Q3", "yoy"),
    ]


def test_a_multi_year_basis_belongs_to_its_own_figure() -> None:
    facts = facts_of(
        "Net revenues grew 16% to $2.048 billion, with comps accelerating to 41.3% on a two-year basis."
    )
    assert find(facts, value=16.0).metric == "revenue"  # kept: the two-year basis is the comps'
    assert not [f for f in facts if f.value == 41.3]
