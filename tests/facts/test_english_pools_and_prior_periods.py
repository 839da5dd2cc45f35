"""Which thing and which period an English figure is pinned to: the comparable pool a metric is taken on
("same-store occupancy") is how the figure is measured, never a business line of its own."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts

from .builders import ingest


def _facts(text: str, source: str = "KQZW_q3_2022.txt") -> dict[tuple[str, float], tuple[str, str | None, str | None]]:
    doc = replace(ingest(text, source=source), kind="transcript")
    return {(f.metric, f.value): (f.subject, f.period, f.basis) for f in facts.run(doc)}


def test_a_same_store_metric_is_the_company_figure() -> None:
    """"Same-store occupancy averaged 91.3%": the company's occupancy, measured on its same-store pool; "CRE
    same-store occupancy" is the CRE unit's, the name before the pool word kept."""
    text = (
        "Kestrel Storage Trust reported its third quarter results.\n"
        "Same-store occupancy averaged 91.3% for the quarter, down 180 basis points compared to last year. "
        "The rise in same-store OpEx came from a 5.2% increase in property taxes.\n"
        "CRE same-store occupancy was 93.4%.\n"
    )
    got = _facts(text)
    subjects = {key: subject for key, (subject, _period, _basis) in got.items()}
    assert subjects[("occupancy", 91.3)] == "KQZW"
    assert subjects[("occupancy", -180.0)] == "KQZW"
    assert subjects[("property taxes", 5.2)] == "KQZW"
    assert subjects[("occupancy", 93.4)] == "CRE"


def test_the_quarter_a_year_ago_is_the_year_before_quarter() -> None:
    """"up from $40 million in the quarter a year ago": the comparison base of the third quarter a year before, not
    of the quarter reported; "the same period a year earlier" reads the same."""
    got = _facts(
        "Net income was $55 million, up from $40 million in the quarter a year ago.\n"
        "Revenue was $610 million, compared to $575 million in the same period a year earlier.\n"
    )
    assert got[("net income", 5.5e7)][1] == "2022Q3"
    assert got[("net income", 4e7)][1:] == ("2021Q3", "prior")
    assert got[("revenue", 5.75e8)][1:] == ("2021Q3", "prior")


def test_an_earlier_quarter_growth_is_over_its_year_before() -> None:
    """"operating expenses grew only 1.5% in the third quarter of last year": that quarter's growth over the same
    quarter a year before it, as the reported quarter's own growth is; a level of that quarter states no change."""
    got = _facts(
        "Operating expenses rose 6.2% in the quarter. If you recall, operating expenses grew only 1.5% during the third"
        " quarter of last year.\n"
        "Gross margin was 40.5% in the second quarter.\n"
    )
    assert got[("operating expenses", 6.2)][1] == "2022Q3"
    assert got[("operating expenses", 1.5)][1] == "2021Q3"
    doc = replace(ingest("Operating expenses grew only 1.5% during the third quarter of last year.\n"
                         "Gross margin was 40.5% in the second quarter.\n", source="KQZW_q3_2022.txt"), kind="transcript")
    changes = {(f.metric, f.value): f.change for f in facts.run(doc)}
    assert changes[("operating expenses", 1.5)] == "yoy"
    assert changes[("gross margin", 40.5)] is None
