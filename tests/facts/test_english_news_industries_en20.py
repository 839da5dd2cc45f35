"""English results news of insurers, drugmakers, miners, utilities and carriers: the comparison an undated story
makes when it states only a year-earlier one, and the metrics these industries report.

Sentences are written for these tests about fictional firms (Quillfeather Power, Larkspur Pharma, Kestrel
Mining); the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import find


def news(*lines: str) -> list[Fact]:
    """Facts of an English news story, one paragraph per line."""
    return list(run(build("\n".join(lines), "en")))


def test_an_undated_story_that_compares_only_with_a_year_earlier_compares_its_changes_year_on_year() -> None:
    facts = news(
        "Larkspur Pharma said Monday strong sales boosted first-quarter profit.",
        "Larkspur Pharma earned $1.31 billion, compared with $1.06 billion during the same period a year earlier.",
        "Revenue rose 5 percent to $5.05 billion.",
    )
    assert find(facts, raw="5 percent").change == "yoy"


def test_a_story_that_also_compares_with_the_quarter_before_has_no_year_on_year_default() -> None:
    facts = news(
        "Larkspur Pharma said Monday strong sales boosted first-quarter profit.",
        "Larkspur Pharma earned $1.31 billion, compared with $1.06 billion a year earlier; profit grew 3% sequentially.",
        "Revenue rose 5 percent to $5.05 billion.",
    )
    assert find(facts, raw="5 percent").change != "yoy"  # no year-on-year default once it compares sequentially


def test_an_insurers_combined_ratio_written_as_a_bare_number_is_a_percentage() -> None:
    facts = news(
        "Quillfeather Insurance (NYSE: QFI) reported third quarter 2014 results.",
        "Highlights: Combined ratio of 82.9, resulting in underwriting income of $30.4 million.",
        "The combined ratio improved 3.1 points from a year ago.",
    )
    assert find(facts, raw="82.9").unit == "%"
    assert all(f.unit != "%" for f in facts if f.raw == "3.1")


def test_a_multiple_written_as_a_bare_decimal_stays_a_multiple() -> None:
    """A book-to-bill of 1.71 is a multiple of revenue, not 1.71% (only a ratio kept in percent is one)."""
    facts = news(
        "Quillfeather Systems reported third-quarter results.",
        "Net new bookings rose 20% and the book-to-bill was 1.71 for the quarter.",
    )
    assert find(facts, raw="1.71").unit != "%"


def test_non_gaap_operating_earnings_are_the_adjusted_operating_income() -> None:
    facts = news(
        "Quillfeather Systems reported first-quarter results.",
        "Non-GAAP operating earnings were $411 million, up $64 million from a year ago.",
    )
    assert find(facts, raw="$411 million").metric == "adjusted operating income"


def test_a_miners_gold_and_copper_output_are_the_companys_own_production_metrics() -> None:
    facts = news(
        "Kestrel Mining (OTCPK:KSTMF) reported lower quarterly production.",
        "Gold production fell 17% to 527,115 oz in the September quarter.",
        "Copper output fell 16% to 32,459 tonnes.",
    )
    gold = find(facts, raw="527,115")
    assert (gold.subject, gold.metric) == ("KSTMF", "gold production")
    assert find(facts, raw="32,459").metric == "copper production"


def test_a_utilitys_electricity_sales_are_a_volume_metric() -> None:
    facts = news(
        "Quillfeather Power announced third-quarter results, its first since Quillfeather Power bought a grid.",
        "Electricity sales fell by nearly 4 percent because of a cooler summer.",
    )
    fell = find(facts, raw="4 percent")
    assert (fell.subject, fell.metric, fell.value) == ("Quillfeather Power", "electricity sales", -4)


def test_a_product_named_with_its_kind_owns_its_sales() -> None:
    facts = news(
        "Larkspur Pharma said Monday strong sales of several drugs boosted first-quarter profit 23 percent.",
        "The cancer drug Velorin saw strong growth, with sales surging 36 percent to $335 million.",
        "Another top-selling drug, the cancer treatment Mirexa, saw sales fall 14 percent to $367.8 million.",
    )
    assert find(facts, raw="$335 million").subject == "Velorin"
    assert find(facts, raw="14 percent").subject == "Mirexa"
    assert find(facts, raw="23 percent").subject != "Velorin"


def test_a_firm_named_with_its_kind_is_no_product() -> None:
    facts = news(
        "Larkspur Pharma reported first-quarter results, and Larkspur Pharma raised its outlook.",
        "The drugmaker Larkspur Pharma saw revenue rise 5 percent to $5.05 billion.",
    )
    assert find(facts, raw="$5.05 billion").subject != "Larkspur"


def test_an_insurers_operating_earnings_per_share_is_its_adjusted_eps_and_a_bracketed_base_keeps_its_period() -> None:
    facts = news(
        "PEORIA, October 15, 2014 — Quillfeather Insurance (NYSE: QFI) — Quillfeather Insurance reported third"
        " quarter 2014 operating earnings of $29.5 million ($0.68 per share), compared to $30.5 million ($0.70 per"
        " share) for the third quarter of 2013.",
    )
    now = find(facts, raw="$0.68")
    assert (now.metric, now.period, now.basis) == ("adjusted EPS", "2014Q3", None)
    before = find(facts, raw="$0.70")
    assert (before.metric, before.basis) == ("adjusted EPS", "prior") and before.period != "2014Q3"
    assert find(facts, raw="$29.5 million").metric == "operating earnings"


def test_a_polled_estimate_of_earnings_and_revenue_is_no_fact_of_the_company() -> None:
    facts = news(
        "Kestrel Motors (NYSE:KM) reported first-quarter results on Thursday, and Kestrel Motors beat expectations.",
        "Kestrel Motors posted earnings per share of 67 cents. Analysts polled by a research firm predicted the"
        " automaker to report earnings excluding items of 54 cents per share on a revenue of $36.6 billion.",
    )
    assert find(facts, raw="67 cents").value == 0.67
    assert not [f for f in facts if f.raw in ("54 cents", "$36.6 billion")]
