"""A verb before a figure and the thing after it that name its metric together when no metric word stands next to
it: "we collected 97% of base rents" is the rent collection, "we released $410 million of allowance" the allowance
release.

Sentences are written for these tests about the fictional Ostrel Realty and Ostrel Bank; the figures are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build


def _facts(head: str, text: str) -> list[Fact]:
    return list(facts.run(build(head + "\n" + text + "\n", language="en")))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change, f.basis) for f in found])
    return hits[0]


_REALTY = "Welcome to Ostrel Realty's third quarter 2022 earnings call."
_BANK = "Welcome to Ostrel Bank's third quarter 2022 earnings call."


def test_rents_collected_are_the_rent_collection() -> None:
    found = _facts(_REALTY, "During the third quarter, we collected approximately 97 percent of base rents.")
    rate = _one(found, value=97.0)
    assert (rate.metric, rate.period, rate.qualifier) == ("rent collection", "2022Q3", "approx")


def test_rents_collected_from_a_tenant_group_keep_the_rent_collection_and_its_base() -> None:
    found = _facts(
        _REALTY, "We also collected 82 percent of rents due from cash basis tenants, up from 76 percent last quarter."
    )
    assert _one(found, value=82.0).metric == "rent collection"
    base = _one(found, value=76.0)
    assert (base.metric, base.period, base.basis) == ("rent collection", "2022Q2", "prior")


def test_allowance_released_is_the_allowance_release() -> None:
    found = _facts(_BANK, "We released $410 million of allowance in the third quarter as credit performance held up.")
    release = _one(found, value=4.1e8)
    assert (release.metric, release.period) == ("allowance release", "2022Q3")


def test_an_amount_of_rents_collected_is_no_collection_rate() -> None:
    found = _facts(_REALTY, "We collected $12 million of rents from tenants.")
    assert not [f for f in found if f.metric == "rent collection"]
