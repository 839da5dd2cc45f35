"""English clauses that list two changes, each written as "a N% <direction> in <metric>": the figure's own noun
gives its sign and the metric after it is its metric, not the first change's.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_the_second_change_of_a_pair_keeps_its_own_direction_and_metric() -> None:
    facts = facts_of("NovaSky reported a 6% decline in net revenue and a 2% increase in volumes.")
    first, second = find(facts, raw="6%"), find(facts, raw="2%")
    assert (first.metric, first.value, first.change) == ("revenue", -6.0, "yoy")
    assert (second.metric, second.value, second.change) == ("volumes", 2.0, "yoy")


def test_a_drop_after_a_rise_is_negative() -> None:
    facts = facts_of("NovaSky posted a 9% rise in revenue and a 4% drop in operating income.")
    assert (find(facts, raw="9%").metric, find(facts, raw="9%").value) == ("revenue", 9.0)
    assert (find(facts, raw="4%").metric, find(facts, raw="4%").value) == ("operating income", -4.0)


def test_a_change_noun_after_a_level_still_reads_as_that_change() -> None:
    facts = facts_of("Revenue fell to $3.2 billion, a 4% decline.")
    assert find(facts, raw="$3.2 billion").value == 3.2e9
    assert (find(facts, raw="4%").metric, find(facts, raw="4%").value) == ("revenue", -4.0)


def test_a_highlights_list_compared_with_the_prior_year_quarter_gives_its_changes_that_comparison() -> None:
    """A release that says once, before its highlights, what they are compared with: a change in basis points
    written without a comparison is over the prior year's quarter too."""
    from finbrief.api import parse_bytes
    from finbrief.facts import run

    text = (
        "NovaSky Reports Fiscal 2025 Second Quarter Results\n\n"
        "AUSTIN, Jan. 30, 2025 -- NovaSky Corporation (NYSE: NVSK) today reported results for the quarter ended "
        "December 31, 2024, with the following highlights (compared with the prior year quarter):\n\n"
        "- Operating margin was 21.4%, an increase of 80 bps\n\n"
        "- EPS were $3.10, an increase of 12%\n"
    )
    facts = run(parse_bytes(text.encode("utf-8"), "release.txt")).facts
    bps = [f for f in facts if f.raw == "80 bps"]
    assert [(f.metric, f.change) for f in bps] == [("operating margin", "yoy")]
    without = text.replace(" (compared with the prior year quarter)", "")
    bps = [f for f in run(parse_bytes(without.encode("utf-8"), "release.txt")).facts if f.raw == "80 bps"]
    assert [f.change for f in bps] != ["yoy"]


def test_a_plural_possessive_before_a_metric_names_the_owner_without_its_mark() -> None:
    """"Quillfeather Systems' backlog": the subject is Quillfeather Systems, not a name ending in an apostrophe."""
    from finbrief.api import parse_bytes
    from finbrief.facts import run

    text = (
        "Analysts weigh a quarter of defense orders\n\n"
        "Quillfeather Systems' backlog at the end of the quarter was $520 million, up 6% year over year.\n"
    )
    facts = run(parse_bytes(text.encode("utf-8"), "story.txt")).facts
    backlog = [f for f in facts if f.raw == "$520 million"]
    assert [(f.subject, f.metric) for f in backlog] == [("Quillfeather Systems", "backlog")]
