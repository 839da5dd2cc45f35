"""English names and items: "gains and losses" after "excluding" names what a result leaves out, not a loss (the
result is the adjusted one); a
segment named by two regions joined by "and" is one unit, not its last region; the company's full legal name is
the company, whether the call knows it by a short name or by its ticker.

Sentences are written for these tests about the fictional NovaSky Technology and Kestrel Homes; the figures are
invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find


def test_gains_and_losses_left_out_of_a_result_are_no_loss() -> None:
    facts = facts_of(
        "Third quarter net income excluding all investment gains and losses of $124 million was up 8% from last "
        "year.",
        "We booked realized losses of $6 million on the bond portfolio.",
    )
    income = find(facts, raw="$124 million")
    growth = find(facts, raw="8%")
    # (an insurer's result without its investment gains and losses is its non-GAAP, operating, net income)
    assert (income.metric, income.value) == ("non-GAAP net income", 124_000_000)
    assert (growth.metric, growth.value, growth.change) == ("non-GAAP net income", 8, "yoy")
    assert find(facts, raw="$6 million").value == -6_000_000  # a loss said alone stays one


def test_a_segment_named_by_two_regions_is_one_unit() -> None:
    facts = facts_of(
        "Revenue in the U.S. and Latin America traditional segment was $310 million, up 4%.",
        "Latin America revenue grew 9%.",
    )
    assert find(facts, raw="$310 million").subject == "U.S. and Latin America traditional"
    assert find(facts, raw="4%").subject == "U.S. and Latin America traditional"
    assert find(facts, raw="9%").subject == "Latin America"


def _facts(head: str, *lines: str) -> list[Fact]:
    return [f for f in run(build(head + "\n".join(lines), "en")) if f.paragraph > 2]


def test_the_full_legal_name_is_the_company_known_by_its_ticker() -> None:
    facts = _facts(
        "KHI Q3 2024 Earnings Call Transcript\nKHI reported third quarter 2024 results.\n",
        "Kestrel Homes Inc. reported net income of $140 million.",
    )
    assert find(facts, raw="$140 million").subject == "KHI"


def test_the_full_legal_name_is_the_company_known_by_its_short_name() -> None:
    facts = _facts(
        "Kestrel Homes (KHI) Q3 2024 Earnings Call Transcript\nKHI reported results.\n",
        "Kestrel Homes Inc. reported net income of $140 million.",
        "Revenue at Kestrel Homes rose 5%.",
    )
    assert find(facts, raw="$140 million").subject == "KHI"
    assert find(facts, raw="5%").subject == "KHI"


def test_another_firms_legal_name_stays_that_firm() -> None:
    facts = _facts(
        "KHI Q3 2024 Earnings Call Transcript\nKHI reported third quarter 2024 results.\n",
        "Harbor Lumber Corp. reported net income of $55 million.",
    )
    assert find(facts, raw="$55 million").subject != "KHI"
