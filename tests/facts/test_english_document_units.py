"""English subjects: the units a call names as its own once ("our lodge segment", "the RV business") and then by
name alone, how far a unit named in an earlier sentence still holds, and words that describe a business or
a measure without naming a unit.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts.lines import document_lines

from .test_english import facts_of, find

_UNITS = (
    "Both our lodge segment and the RV business had a record summer. Our teams did great work. We stay focused "
    "on costs. We thank our residents."
)


def test_a_unit_named_with_its_kind_once_is_a_subject_by_name_alone() -> None:
    facts = facts_of(
        _UNITS,
        "Lodge, same property NOI increased 5.2% for the quarter, supported by higher rents.",
        "Annual RV revenue increased 11.3% in the quarter.",
        "Same property lodge and RV NOI increased 6.1%.",
    )
    assert find(facts, value=5.2).subject == "lodge"
    assert find(facts, value=11.3).subject == "RV"
    assert find(facts, value=6.1).subject == "lodge and RV"


def test_a_figure_for_a_unit_named_after_it_is_that_units() -> None:
    facts = facts_of(
        _UNITS,
        "For 2022, we see continued organic growth as we expect average rental rate increases of 4.5% for lodge and "
        "6.5% for annual RV.",
    )
    assert find(facts, value=4.5).subject == "lodge"
    assert find(facts, value=6.5).subject == "RV"


def test_a_unit_named_in_passing_is_no_subject() -> None:
    """ "Driven by strength in RV, revenue rose 8%": the company's revenue; RV is only the cause."""
    facts = facts_of(_UNITS, "Driven by strength in RV, revenue rose 8% to $90 million.")
    assert find(facts, value=8).subject == "NovaSky"


def test_only_names_are_learned_as_units() -> None:
    """A kind of business ("the small business customers", "our base business", "the largest market segment",
    "our seven segments") is no unit of the company."""
    lines = document_lines(
        [
            "We grew with the small business customers of our base business in the largest market segment.",
            "All of our seven segments grew, and the development segment and our diversified business did too.",
            "Our Harbor Point and Trail segments and our e-commerce business did well.",
        ],
        "NovaSky",
    )
    assert lines is not None
    assert sorted(lines.names.values()) == ["Harbor Point", "Trail", "e-commerce"]


def test_a_unit_carried_from_an_earlier_paragraph_lapses_inside_the_next() -> None:
    """Three sentences after the unit was last named, a figure with no subject of its own is the company's
    again, also when those sentences are in the paragraph of the figure."""
    facts = facts_of(
        "Our Harbor business originated $500 million of loans in the quarter. The book is mostly floating rate. "
        "Credit remains strong.",
        "Right now, that portfolio is current. Coupons keep rising. We earned $210 million of pretax income in "
        "total.",
    )
    assert find(facts, value=500_000_000).subject == "Harbor"
    assert find(facts, value=210_000_000).subject == "NovaSky"


def test_a_word_saying_how_a_metric_is_measured_is_no_unit() -> None:
    """The "distributable net investment income", "custodial deposits", "nonaccrual loans": the company's
    measures, no business line called "distributable" or "custodial"."""
    facts = facts_of(
        "Distributable net investment income was approximately $43 million.",
        "Our economic net interest income for the quarter was $104 million.",
        "We have $12 billion today of custodial deposits.",
        "Our digital revenue grew 20%.",
    )
    assert find(facts, value=43_000_000).subject == "NovaSky"
    assert find(facts, value=104_000_000).subject == "NovaSky"
    assert find(facts, value=12_000_000_000).subject == "NovaSky"
    assert find(facts, value=20).subject == "digital"


def test_a_turn_to_a_unit_names_the_subject_of_its_sentence() -> None:
    """The "Turning to Corporate and Other, revenue increased 22%"; a turn to the outlook leaves the unit."""
    facts = facts_of(
        "Turning to Corporate and Other, revenue increased 22% on an organic basis.",
        "Turning to our outlook, we expect revenue of $5 billion in 2022.",
    )
    assert find(facts, value=22).subject == "Corporate and Other"
    assert find(facts, value=5_000_000_000).subject == "NovaSky"
