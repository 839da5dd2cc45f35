"""Whose figure it is when an English call names the unit that earned a metric in words the extractor reads apart
from the metric: a unit named right after the metric, before the figure's verb ("Total invested capital at BlueVolt
this quarter was $23 million", "FFO as adjusted from joint ventures increased by $2.1 million"), and the call's own
business line before a measure too plain to name one alone ("poultry volumes" in a call about "our poultry segment")
or as the subject of a verb ("our best estimate is that repair will show about 20% revenue growth"), and a word of
where the business sells opening a long measure's name ("domestic tower cash flow margin of 84.8%"); an industry's
figure ("605,000 wholesale industry shipments") is the industry's.

Sentences are written for these tests about the fictional NovaSky Foods; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subjects(facts: list[Fact]) -> dict[str, str]:
    return {f.raw: f.subject for f in facts}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Total invested capital at BVX this quarter was $23 million.", "BVX"),
        ("We believe the value of our investments in Orchard Labs is over $2 billion.", "Orchard Labs"),
        ("Lastly, FFO as adjusted from joint ventures increased by $2.1 million versus prior year to $2.7 million.", "joint ventures"),
        ("Organic revenue growth in Brazil was 13.6%.", "Brazil"),
    ],
)
def test_a_unit_named_after_its_metric_owns_the_figure(sentence: str, owner: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert set(subjects(facts).values()) == {owner}


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue in October was $5 million.",
        "Revenue in Q3 was $5 million.",
        "Net income at NovaSky was $4 million.",
        "Net revenue at our stores was $3 million.",
    ],
)
def test_a_time_or_the_company_after_a_metric_is_no_unit(sentence: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert all(f.subject == "NovaSky" for f in facts)


def test_the_calls_own_line_before_volumes_owns_them() -> None:
    """'our poultry segment' makes poultry a line of the call: 'poultry volumes' are that line's volumes."""
    facts = facts_of(
        "We are restoring competitiveness in our poultry segment.",
        "We saw poultry volumes grow 3.6% in the quarter, driven by strong demand.",
    )
    assert subjects(facts) == {"3.6%": "poultry"}


def test_the_calls_own_line_as_the_subject_of_a_verb_owns_its_figure() -> None:
    facts = facts_of(
        "Storm activity helped our repair segment this quarter.",
        "At this point, our best estimate is that repair will show about 20% revenue growth in Q4.",
    )
    assert subjects(facts) == {"20%": "repair"}


def test_a_kind_of_thing_named_like_a_line_is_not_the_line() -> None:
    """'those services' are the services just spoken of, not the services segment."""
    facts = facts_of(
        "Demand was strong in our services segment.",
        "In the third quarter of 2021, those services resulted in approximately $14 million of revenue.",
    )
    assert facts
    assert all(f.subject != "services" for f in facts)


def test_a_run_rate_is_how_a_metric_is_measured_not_a_line() -> None:
    facts = facts_of("We expect run rate operating expenses to decline another 5% to 10% in 2023.")
    assert subjects(facts) == {"5% to 10%": "NovaSky"}


def test_a_geography_opening_a_long_measure_owns_it() -> None:
    facts = facts_of(
        "Our margins remain strong, with a third quarter domestic tower cash flow margin of 84.8% and an "
        "international tower cash flow margin of 67.3%."
    )
    assert subjects(facts) == {"84.8%": "domestic", "67.3%": "international"}


def test_a_long_measure_with_no_geography_stays_the_companys() -> None:
    facts = facts_of("Our tower cash flow margin was 80% in the quarter.")
    assert subjects(facts) == {"80%": "NovaSky"}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("At finance, we're forecasting segment profit of about $10 million in 2022.", "finance"),
        ("In packaged/other, we expect margins of 2% to 3% in 2022.", "packaged/other"),
        ("We estimate that fourth quarter revenues in Mexico will decrease by approximately 55% to 60%.", "Mexico"),
        ("At the midpoint, we expect EPS of $6.15 in 2022.", "NovaSky"),
        ("At the high end, we expect EPS of $6.15 in 2022.", "NovaSky"),
    ],
)
def test_a_line_a_sentence_opens_on_or_names_after_its_metric(sentence: str, owner: str) -> None:
    facts = facts_of(sentence)
    assert facts
    assert set(subjects(facts).values()) == {owner}


def test_an_industry_figure_is_the_industrys() -> None:
    facts = facts_of(
        "The trade forecast translates to 605,000 wholesale industry shipments in 2022 or 6% growth compared "
        "to 569,000 units in 2021."
    )
    assert facts
    assert set(subjects(facts).values()) == {"industry"}


def test_emerging_markets_are_a_line() -> None:
    facts = facts_of("Asia Pac grew 8% and the emerging market sales grew 18%.")
    assert subjects(facts)["18%"] == "emerging market"


def test_a_named_product_a_relative_clause_follows_owns_its_figure() -> None:
    facts = facts_of(
        "We are pleased with the performance of our recently launched Orbit FlexPack kit, which contributed "
        "over $5 million in revenue during the third quarter."
    )
    assert subjects(facts) == {"$5 million": "Orbit FlexPack"}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The largest gain was in our multifamily asset, which produced quarterly NOI of $12 million.", "multifamily"),
        ("Growth came from our newest hotel, which ran at 87% occupancy.", "NovaSky"),
        ("Growth came from our hotel portfolio, which ran at 87% occupancy.", "NovaSky"),
    ],
)
def test_a_part_named_in_lowercase_before_a_relative_clause(sentence: str, owner: str) -> None:
    """'our multifamily asset, which produced ...' is that part's; 'our newest hotel' or 'our hotel portfolio' says
    which or what kind, not a part of the business."""
    facts = facts_of(sentence)
    assert facts
    assert set(subjects(facts).values()) == {owner}
