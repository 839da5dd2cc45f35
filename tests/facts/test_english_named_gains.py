"""English calls held to figures whose metric is named by the words around them rather than by a metric word
before them: a gain named after its amount or right before it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures and the properties are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_gain_named_after_its_amount_is_the_gain_of_the_quarter() -> None:
    facts = facts_of(
        "The sale of the Riverside warehouse portfolio closed in the quarter, which resulted in a $74 million gain.",
        "Our results also included a $6.8 million gain from the sale of a parking garage.",
    )
    gain = find(facts, raw="$74 million")
    assert (gain.metric, gain.period, gain.change) == ("gains", "2021Q3", None)
    assert find(facts, raw="$6.8 million").metric == "gains"


def test_a_gain_in_another_line_or_a_result_s_rise_is_no_gain() -> None:
    facts = facts_of(
        "The mark-up of our stake resulted in a $13.5 million gain in equity earnings.",
        "Revenue was $50 million, a $4 million gain over last year.",
    )
    assert all(f.metric != "gains" for f in facts)
    assert find(facts, raw="$4 million").metric == "revenue"


def test_a_gain_whose_sentence_names_another_time_is_left_out() -> None:
    facts = facts_of(
        "Our results also benefited from a $4.5 million gain from the sale of an apartment complex we bought in 2019.",
        "We closed the transaction described earlier this year, which resulted in a $12 million gain.",
    )
    assert all(f.metric != "gains" for f in facts)


def test_a_gain_named_right_before_its_amount_is_a_gain_unless_excluded() -> None:
    facts = facts_of(
        "We sold two vacant theaters and recognized a combined gain of $3 million.",
        "Excluding the gain of $5 million, net income rose 4%.",
    )
    gain = find(facts, raw="$3 million")
    assert (gain.metric, gain.subject, gain.period) == ("gains", "NovaSky", "2021Q3")
    assert not [f for f in facts if f.raw == "$5 million"]
