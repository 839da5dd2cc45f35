"""English calls: a part of the company that opens its sentence as what contributed a named result ("Our logistics
operations contributed third quarter earnings of $4.1 million") owns that result; a driver that contributed an
amount names no part.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_part_that_contributed_a_named_result_owns_it_and_its_base() -> None:
    facts = facts_of(
        "Our logistics operations contributed third quarter earnings of $4.1 million compared to $3.6 million last year."
    )
    now = find(facts, raw="$4.1 million")
    before = find(facts, raw="$3.6 million")
    assert (now.subject, now.metric, now.period) == ("logistics operations", "earnings", "2021Q3")
    assert (before.subject, before.period, before.basis) == ("logistics operations", "2020Q3", "prior")


def test_a_part_named_in_lowercase_after_a_capital_owns_its_result() -> None:
    facts = facts_of("Specialty freight contributed third quarter operating income of $6 million.")
    assert find(facts, raw="$6 million").subject == "Specialty freight"


def test_a_driver_that_contributed_an_amount_is_no_part() -> None:
    facts = facts_of("Volume and mix contributed $12 million to the increase in revenue this quarter.")
    assert not [f for f in facts if f.subject.casefold() in ("volume and mix", "volume", "mix")]


def test_a_pronoun_that_contributed_a_result_is_no_part() -> None:
    facts = facts_of("This contributed operating income of $2 million in the third quarter.")
    assert all(f.subject == "NovaSky" for f in facts)


def test_the_segment_reported_as_other_owns_its_result() -> None:
    facts = facts_of(
        "Our other segment contributed a loss in adjusted earnings of $4.2 million compared to a loss of $3.9 million"
        " last year, reflecting higher interest on holding company debt."
    )
    now = find(facts, raw="$4.2 million")
    before = find(facts, raw="$3.9 million")
    assert now.subject.casefold() in ("other", "other segment")
    assert (before.subject, before.period) == (now.subject, "2020Q3")


def test_a_part_named_after_its_activity_owns_its_result() -> None:
    facts = facts_of(
        "Seed production contributed to third quarter adjusted earnings of $5.2 million compared to $4.8 million"
        " last year."
    )
    assert find(facts, raw="$5.2 million").subject.casefold() == "seed production"


def test_a_quantity_that_contributed_a_result_is_no_part() -> None:
    facts = facts_of("Higher freight volumes contributed operating income of $3 million this quarter.")
    assert all(f.subject == "NovaSky" for f in facts)
