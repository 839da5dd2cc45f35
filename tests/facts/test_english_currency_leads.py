"""English sentences that open by leaving out currency moves ("Adjusting for currency translation effects, ...",
"Excluding the impact of foreign exchange, ..."): their figures are at constant currency, not adjusted (non-GAAP)
results; leaving out a charge still gives an adjusted figure.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_change_without_currency_moves_is_at_constant_currency() -> None:
    facts = facts_of(
        "Adjusting for currency translation effects, net sales declined by 8.2% year-over-year in the quarter.",
        "Excluding the impact of foreign currency, revenue grew 5% in the quarter.",
        "Excluding the impact of foreign exchange, adjusted earnings per share grew 9%.",
    )
    assert find(facts, raw="8.2%").metric == "revenue (constant currency)"
    assert find(facts, raw="5%").metric == "revenue (constant currency)"
    assert find(facts, raw="9%").metric == "adjusted EPS (constant currency)"


def test_a_figure_without_a_charge_is_still_adjusted() -> None:
    facts = facts_of("Excluding the legal charge, earnings per share were $1.12.")
    assert find(facts, raw="$1.12").metric == "adjusted EPS"
