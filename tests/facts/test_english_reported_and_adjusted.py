"""English highlight lines that give a reported figure and then its adjusted form after "or" ("Net income was
$949 million, an increase of 39%, or $853 million adjusted, an increase of 6%").

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_an_amount_called_adjusted_after_a_growth_rate_is_the_adjusted_level() -> None:
    """The amount after "39%, or" is no restated increase when "adjusted" follows it: it is adjusted net income."""
    facts = facts_of("Net income was $412 million, an increase of 31%, or $388 million adjusted, an increase of 7%.")
    level = find(facts, raw="$388 million")
    assert (level.metric, level.value, level.change) == ("non-GAAP net income", 388e6, None)
    assert find(facts, raw="$412 million").metric == "net income"
    assert (find(facts, raw="7%").metric, find(facts, raw="7%").change) == ("non-GAAP net income", "yoy")


def test_an_amount_restating_a_growth_rate_stays_a_change() -> None:
    """Without "adjusted" after it, the amount after "or" is the same increase in dollars, not a level."""
    facts = facts_of("Operating income rose 12%, or $40 million, to $373 million.")
    assert find(facts, raw="$373 million").value == 373e6
    assert all(f.value != 40e6 or f.change is not None for f in facts)


def test_a_per_share_amount_called_adjusted_is_adjusted_eps_not_an_item() -> None:
    facts = facts_of("EPS were $3.10, an increase of 22%, or $2.95 adjusted, an increase of 5%.")
    assert find(facts, raw="$3.10").metric == "EPS"
    assert (find(facts, raw="$2.95").metric, find(facts, raw="$2.95").value) == ("adjusted EPS", 2.95)


def test_a_per_share_effect_of_a_charge_is_still_no_eps() -> None:
    facts = facts_of("The quarter included a restructuring charge of $46 million, or $0.21 per diluted share.")
    assert all(f.raw != "$0.21" or "EPS" not in f.metric for f in facts)


def test_an_adjusted_gross_margin_keeps_its_basis() -> None:
    """An adjusted or non-GAAP gross margin is no plain gross margin: the GAAP one beside it is another figure."""
    facts = facts_of(
        "Adjusted gross margin was 41.3% in the quarter, up 120 basis points. Non-GAAP gross margin for the full year"
        " was 40.8%. GAAP gross margin was 38.9% in the quarter."
    )
    assert find(facts, raw="41.3%").metric == "adjusted gross margin"
    assert find(facts, raw="120 basis points").metric == "adjusted gross margin"
    assert find(facts, raw="40.8%").metric == "adjusted gross margin"
    assert find(facts, raw="38.9%").metric == "gross margin"
