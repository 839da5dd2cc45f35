"""English subjects of a hotel owner's call: a hotel the speaker names as what expectations are for ("lower earnings
expectations for Alder Vista Hotel") is the subject of the expected figures the next sentences of that paragraph give,
not the company nor a hotel talked about in the paragraph before.

Sentences are written for these tests about the fictional Brightwater Lodging; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Brightwater Lodging's third quarter 2025 earnings call.\n"
    "Brightwater Lodging had a solid quarter across its hotels.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of the call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def test_a_hotel_expectations_are_for_owns_the_expected_figures_after() -> None:
    facts = facts_of(
        "The Harbor Crest Resort in Tampa had a strong quarter, with RevPAR up 6%.",
        "The second item is lower earnings expectations for Alder Vista Hotel, which is outside of our "
        "same-property set. We had previously expected to earn $15 million in hotel EBITDA during 2025. "
        "We now expect to earn $12 million in hotel EBITDA this year.",
    )
    subjects = {f.raw: f.subject for f in facts}
    assert subjects["$15 million"] == "Alder Vista Hotel"
    assert subjects["$12 million"] == "Alder Vista Hotel"


def test_a_hotel_named_in_passing_does_not_carry() -> None:
    """"we sold a stake in Alder Vista Hotel": no expectations are for it, the later figure stays the company's."""
    facts = facts_of(
        "During the quarter we sold a stake in Alder Vista Hotel to a partner. "
        "We now expect to earn $212 million in adjusted EBITDA this year."
    )
    assert [f.subject for f in facts if f.raw == "$212 million"] != ["Alder Vista Hotel"]
