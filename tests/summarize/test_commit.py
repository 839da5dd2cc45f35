"""What a reader checks in a restated commitment: a stated floor stays a floor in either language."""

from __future__ import annotations

from finbrief.summarize.commit import restate
from finbrief.summarize.units import read
from tests.summarize.helpers import doc_from


def _restated(text: str, lang: str) -> str:
    unit = next(iter(read(doc_from(text + "\n"), ()).units))
    out = restate(unit, lang)
    assert out is not None, text
    return out.text


def test_a_floor_is_at_least_not_more_than() -> None:
    assert _restated("At least 60% of new bookings is from fleet customers.", "en").startswith("At least 60%")
    assert "至少60%" in _restated("At least 60% of new bookings is from fleet customers.", "zh-Hans")
    assert "by at least 5%" in _restated("明年海外收入将下降至少5%。", "en")
    assert "下降至少5%" in _restated("明年海外收入将下降至少5%。", "zh-Hans")


def test_a_bound_the_figure_exceeds_stays_more_than() -> None:
    assert _restated("More than 60% of new bookings is from fleet customers.", "en").startswith("More than 60%")
    assert "by more than 5%" in _restated("明年海外收入将下降超过5%。", "en")


def test_a_share_of_revenue_is_restated_as_the_share_not_as_revenue() -> None:
    assert _restated("明年海外收入占比将下降。", "en").startswith("Share of revenue will come down")
    assert _restated("The share of revenue from hardware will come down next year.", "en").startswith("Share of revenue")
    assert _restated("明年海外收入将下降。", "en").startswith("Revenue will come down")
