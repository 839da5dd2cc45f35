"""English attribution by the grammar of the phrase a figure sits in: a metric word that only modifies
another noun ("the revenue impact", "debt repayments") names no figure of the metric, a figure "in"/"of" a
phrase whose head is no metric measures no metric, a rate of an amount is its rate, a period named in the
figure's own clause is its period, and an outlook's period named in an earlier sentence dates it.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

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
