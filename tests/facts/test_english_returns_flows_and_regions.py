"""What an English figure measures: return measures each named apart (return on tangible common equity beside return
on equity, return on tangible assets beside return on assets).

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

# --- return measures ------------------------------------------------------------------------


def test_return_on_tangible_common_equity_is_its_own_measure_not_return_on_equity() -> None:
    facts = facts_of(
        "Return on tangible common equity (ROTCE) of 15.2% compared with return on equity of 12.1%.",
        "Our ROTCE was 18.1% for the quarter.",
    )
    rotce = find(facts, value=15.2)
    assert (rotce.metric, rotce.subject) == ("return on tangible common equity", "NovaSky")
    assert find(facts, value=12.1).metric == "return on equity"
    assert find(facts, value=18.1).metric == "return on tangible common equity"


def test_return_on_tangible_assets_is_apart_from_return_on_average_assets() -> None:
    facts = facts_of("Return on average assets was 1.15%, and return on average tangible assets was 1.3%.")
    assert find(facts, value=1.15).metric == "return on assets"
    assert find(facts, value=1.3).metric == "return on tangible assets"
