"""English call sentences whose reading hangs on what comes after a figure: a change set against a base whose
metric has another basis, a world word before the company's own total, and guidance a result is said to have beaten.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_change_against_an_adjusted_base_is_the_reported_figures_change() -> None:
    """"an increase of 84% compared to adjusted EPS of $1.90": the increase of the EPS just stated, not of adjusted
    EPS (the base's basis is the base's own)."""
    facts = facts_of(
        "Today we reported earnings per share of $3.50, an increase of 84% compared to adjusted earnings per share "
        "of $1.90 last year."
    )
    growth = find(facts, raw="84%")
    assert (growth.metric, growth.change) == (find(facts, raw="$3.50").metric, "yoy")
    assert "adjusted" not in growth.metric
    assert find(facts, raw="$1.90").metric == "adjusted EPS"


def test_a_change_whose_own_metric_follows_it_keeps_that_metric() -> None:
    """A metric named right after the change with no comparison word between is still the change's."""
    facts = facts_of("We delivered a 12% increase in adjusted EBITDA compared to the prior year.")
    assert find(facts, raw="12%").metric == "adjusted EBITDA"


def test_global_sales_with_their_figure_are_the_companys_after_a_segment_talk() -> None:
    """"Third quarter global sales of $4.1 billion" after talk of one business: the company's total, no business's."""
    facts = facts_of(
        "In Diagnostics, revenue grew 6% in the quarter, helped by new instruments.",
        "Diagnostics also opened two new plants.",
        "Third quarter 2021 global sales of $4.1 billion advanced 9% on a reported basis.",
    )
    total = find(facts, raw="$4.1 billion")
    assert (total.subject, total.metric) == ("NovaSky", "revenue")


def test_guidance_a_result_beat_is_the_results_quarters_guidance() -> None:
    """"adjusted EPS of $1.02 exceeded our guidance of $0.93 to $0.95": the guidance given for the quarter, not the
    year's outlook."""
    facts = facts_of(
        "Revenue for the quarter was $3.1 billion, up 7%.",
        "And as previously mentioned, adjusted earnings of $1.02 per diluted share exceeded our guidance of $0.93 to "
        "$0.95 per diluted share.",
    )
    old = find(facts, value=0.93)
    assert (old.metric, old.period) == ("adjusted EPS guidance", "2021Q3")
    assert find(facts, raw="$1.02").period == "2021Q3"


def test_guidance_given_with_a_forecast_verb_keeps_the_outlooks_period() -> None:
    """A forecast that no result is compared with keeps the year the outlook is for."""
    facts = facts_of("For 2022, we expect adjusted earnings of $4.10 to $4.30 per diluted share.")
    assert find(facts, value=4.1).period == "2022"


def test_results_after_a_declaration_of_adjusted_remarks_are_adjusted() -> None:
    """"My remarks will focus on our as-adjusted results": the earnings per share the speaker then gives are adjusted,
    the base beside them too."""
    facts = facts_of(
        "My remarks will focus on our as-adjusted results.",
        "Yesterday, we reported record earnings of $1.24 per share compared with $0.76 in the prior year's quarter.",
    )
    assert find(facts, value=1.24).metric == "adjusted EPS"
    assert find(facts, value=0.76).metric == "adjusted EPS"


def test_a_result_called_gaap_after_the_declaration_stays_reported() -> None:
    facts = facts_of(
        "My remarks will focus on our as-adjusted results.",
        "On a GAAP basis, earnings were $0.98 per share.",
    )
    assert "adjusted" not in find(facts, value=0.98).metric


def test_results_with_no_declaration_keep_their_plain_metric() -> None:
    facts = facts_of("Yesterday, we reported record earnings of $1.24 per share.")
    assert find(facts, value=1.24).metric == "EPS"


def test_sales_guided_beside_earnings_per_share_are_the_companys_after_a_segment_talk() -> None:
    """"We anticipate sales of ... and earnings per share at ...": a forecast of the company's earnings per share gives
    the company's sales beside it, whatever segment the talk was on before."""
    facts = facts_of(
        "Our Coatings segment delivered operating income of $7 million, up sharply versus the prior year.",
        "For fiscal year 2022, we anticipate sales to be in the range of $865 million to $925 million and earnings per "
        "share at $2.90 to $3.20.",
    )
    sales = find(facts, value=865e6)
    assert (sales.subject, sales.metric) == ("NovaSky", "revenue guidance")
    assert find(facts, value=2.9).subject == "NovaSky"


def test_a_segment_the_sentence_names_beside_earnings_per_share_keeps_its_sales() -> None:
    facts = facts_of("Coatings sales rose 5% to $300 million, and earnings per share were $1.10.")
    assert find(facts, value=300e6).subject.casefold().startswith("coatings")


def test_results_read_from_a_slide_shown_without_special_items_are_adjusted_until_the_next_slide() -> None:
    """"Page 3, which shows our financial performance for the quarter excluding special items": the earnings per share
    read from it are adjusted; those read from the next page are not said to be."""
    facts = facts_of(
        "So turning to Page 3, which shows our financial performance for the quarter excluding special items.",
        "EPS was up 46% year over year to $2.35, which includes a $0.04 contribution from share repurchases.",
        "Turning to Page 4, net income was $900 million and EPS was $1.95.",
    )
    assert find(facts, value=2.35).metric == "adjusted EPS"
    assert "adjusted" not in find(facts, value=1.95).metric


def test_a_growth_verb_after_a_comma_continues_the_figure_before() -> None:
    """"global sales of $4.1 billion, advanced 9% on a reported basis": the growth of those sales."""
    facts = facts_of("Third quarter 2021 global sales of $4.1 billion, advanced 9% on a reported basis.")
    growth = find(facts, raw="9%")
    assert (growth.metric, growth.change, growth.subject) == ("revenue", "yoy", "NovaSky")
