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


def test_a_chinese_share_s_fall_is_in_percentage_points() -> None:
    """A share moves in points: "占比将下降5%" and "下降5个百分点" are both a fall of 5 points."""
    assert "by 5 percentage points" in _restated("明年海外收入占比将下降5个百分点。", "en")
    assert "by 5 percentage points" in _restated("明年海外收入占比将下降5%。", "en")
    assert "下降5个百分点" in _restated("明年海外收入占比将下降5%。", "zh-Hans")
    assert "by 1 percentage point " in _restated("明年海外收入占比将下降1个百分点。", "en")
    assert "by 5%" in _restated("明年海外收入将下降5%。", "en")  # revenue itself falls by 5%


def test_a_fall_of_nearly_a_figure_stays_nearly() -> None:
    assert "by nearly 5%" in _restated("明年海外收入将下降近5%。", "en")
    assert "下降近5%" in _restated("明年海外收入将下降近5%。", "zh-Hans")
    assert "下降约5%" in _restated("明年海外收入将下降约5%。", "zh-Hans")




def test_a_canadian_landlord_s_plan_keeps_its_canadian_dollars() -> None:
    from finbrief import summarize
    from finbrief.options import Options
    from tests.summarize.helpers import doc_from

    doc = doc_from(
        "Maplewood Industrial REIT Third Quarter 2025 Results Conference Call\n"
        "Operator: Good morning and welcome to the Maplewood Industrial REIT third quarter 2025 conference call.\n"
        "Leah Moreau: All amounts discussed today are in Canadian dollars unless otherwise noted.\n"
        "Operator: Our first question comes from Sam Okafor with Northgate Securities.\n"
        "Sam Okafor: How much will you spend on development next year?\n"
        "Leah Moreau: We will invest $200 million in development projects next year, mostly in the Toronto area.\n"
    )
    minutes = summarize.minutes(doc, Options(lang="zh-Hans"))
    answers = " ".join(qa.answer.text for qa in minutes.qa)
    assert "2亿加元" in answers
    assert "美元" not in answers
