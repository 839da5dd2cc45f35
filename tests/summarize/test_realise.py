"""Data-to-text: figures realised from facts in the output language, exact and verifiable."""

from __future__ import annotations

import pytest

from finbrief.model import Fact
from finbrief.summarize.realise import Record, format_amount, highlights, realise, records
from finbrief.verify import check
from tests.summarize.helpers import zh_call, zh_facts


@pytest.mark.parametrize(
    ("value", "unit", "lang", "text"),
    [
        (38.6e9, "CNY", "en", "RMB 38.6 billion"),
        (38.6e9, "CNY", "zh-Hans", "386亿元"),
        (380e9, "CNY", "en", "RMB 380 billion"),
        (33.398e9, "CNY", "en", "RMB 33.398 billion"),
        (140.1e9, "CNY", "zh-Hant", "1401亿元"),
        (1234.5e6, "USD", "en", "$1,234.5 million"),
        (452.2e6, "USD", "en", "$452.2 million"),
        (0.83, "USD", "en", "$0.83"),
        (1.2e9, "USD", "zh-Hans", "12亿美元"),
        (26.0, "%", "en", "26%"),
        (-14.0, "%", "en", "14%"),
        (1.5, "pp", "en", "1.5 percentage points"),
        (1.5, "pp", "zh-Hans", "1.5个百分点"),
        (53e6, "count", "en", "53 million"),
        (1.2e8, "count", "zh-Hans", "1.2亿"),
    ],
)
def test_format_amount(value: float, unit: str, lang: str, text: str) -> None:
    assert format_amount(value, unit, lang) == text


def _f(metric: str, value: float, unit: str, **kw: object) -> Fact:
    return Fact("Cloud Intelligence Group", metric, value, unit, 3, "x", 0, 1, **kw)  # type: ignore[arg-type]


def test_level_and_growth_make_one_sentence() -> None:
    r = Record(
        "Cloud Intelligence Group",
        "revenue",
        _f("revenue", 33.4e9, "CNY"),
        _f("revenue", 26.0, "%", change="yoy"),
        3,
        0,
        1.0,
    )
    assert (
        realise(r, "Alibaba Group", "en").text
        == "Cloud Intelligence Group revenue rose 26% year on year to RMB 33.4 billion."
    )
    assert realise(r, "Alibaba Group", "zh-Hans").text == "云智能集团收入同比增长26%至334亿元。"
    assert realise(r, "Alibaba Group", "zh-Hant").text == "雲智能集團收入同比增長26%至334億元。"
    assert realise(r, "Alibaba Group", "en").citations == (3,)


def test_declines_losses_and_outflows_read_as_such() -> None:
    down = Record(
        "Alibaba Group", "adjusted EBITDA", None, _f("adjusted EBITDA", -14.0, "%", change="yoy"), 3, 0, 1.0
    )
    assert realise(down, "Alibaba Group", "en").text == "Adjusted EBITDA fell 14% year on year."
    assert realise(down, "Alibaba Group", "zh-Hans").text.endswith("同比下降14%。")
    fcf = Record("Alibaba Group", "free cash flow", _f("free cash flow", -18.8e9, "CNY"), None, 3, 0, 1.0)
    assert realise(fcf, "Alibaba Group", "en").text == "Free cash flow was an outflow of RMB 18.8 billion."
    assert "净流出188亿元" in realise(fcf, "Alibaba Group", "zh-Hans").text
    loss = Record("All others", "adjusted EBITA", _f("adjusted EBITA", -1.4e9, "CNY"), None, 3, 0, 1.0)
    assert (
        realise(loss, "Alibaba Group", "en").text
        == "All others adjusted EBITA was a loss of RMB 1.4 billion."
    )


def test_qualifiers_and_ranges() -> None:
    capex = Record(
        "Alibaba Group", "capex", _f("capex", 380e9, "CNY", qualifier="over"), None, 3, 0, 1.0, True
    )
    assert (
        realise(capex, "Alibaba Group", "en").text
        == "Alibaba Group plans capital expenditure of more than RMB 380 billion."
    )
    guide = Record(
        "ACME",
        "revenue guidance",
        _f("revenue guidance", 1.82e9, "USD", value_high=1.83e9),
        None,
        3,
        0,
        1.0,
        True,
    )
    assert realise(guide, "ACME", "en").text == "ACME expects revenue of $1.82 billion to $1.83 billion."


def test_sample_call_highlights_are_verified_and_rank_headline_results_first() -> None:
    doc = zh_call()
    facts = zh_facts(doc)
    rs = records(doc, facts)
    assert rs[0].metric == "revenue"
    for lang in ("en", "zh-Hans", "zh-Hant"):
        hs = highlights(doc, facts, lang)
        assert len(hs) >= 5
        for h in hs:
            assert check(h, doc) is None, (h, check(h, doc))
    en = [h.text for h in highlights(doc, facts, "en")]
    assert "Revenue rose 9% year on year to RMB 126.85 billion." in en
    assert any(t.startswith("NovaSky Cloud revenue rose 31% year on year to RMB 21.54 billion") for t in en)
