"""The pre-check before the search for the name a ticker abbreviates: it lets through every call that writes such a
name before a possessive or a reporting verb, and spares the calls that write none."""

from __future__ import annotations

import pytest

from finbrief.facts.identity import _may_abbreviate, _names_of_a_ticker, _ticker_stands_for

_KESTREL = [
    "Welcome to the third quarter 2021 conference call.",
    "Kestrel's customers continued to face supply constraints this quarter.",
    "Today, Kestrel reported third quarter 2021 earnings of $0.53 per share.",
    "Kestrel's regulated operations segment recorded net income of $32.9 million.",
    "We continue to expect Kestrel's full year 2021 earnings to be in the range of $3.00 to $3.30 per share.",
]


def test_a_name_before_a_possessive_or_a_reporting_verb_passes() -> None:
    assert _may_abbreviate("KES", _KESTREL)
    assert _may_abbreviate("KTL", ["Kestrel delivered record volumes in the quarter."])


def test_a_call_writing_no_name_the_ticker_could_abbreviate_is_spared() -> None:
    assert not _may_abbreviate("ZQX", _KESTREL)  # no word opens on Z
    assert not _may_abbreviate("KXZ", _KESTREL)  # Kestrel holds no X
    assert not _may_abbreviate("KEN", ["Kestrel Energy opened a plant in Ohio."])  # no possessive, no reporting verb


def test_a_name_of_several_words_and_one_opening_inside_a_longer_span_pass() -> None:
    assert _may_abbreviate("KEY", ["Kestrel Energy's earnings rose."])  # the letters span both words
    # the name opens on the third of four capitalised words before the possessive
    assert _may_abbreviate("KEY", ["Thanks to Alder Brook Kestrel Energy's results."])
    assert _may_abbreviate("KEN", ["Tarn & Kestrel Energy posted record earnings."])


@pytest.mark.parametrize("ticker", ["K", "9866.HK", ""])
def test_a_ticker_that_cannot_abbreviate_a_name_never_passes(ticker: str) -> None:
    assert not _may_abbreviate(ticker, _KESTREL)


@pytest.mark.parametrize(
    "ticker",
    ["KES", "KTL", "KL", "KR", "KST", "ZQX", "KXZ", "WE", "TOD", "WEL"],
)
def test_every_name_the_search_finds_passed_the_check(ticker: str) -> None:
    """The check only spares work: whenever the full search finds a name, the check let the call through."""
    found = _names_of_a_ticker(ticker, _KESTREL)
    assert not found or _may_abbreviate(ticker, _KESTREL)
    if ticker in ("KES", "KTL", "KST"):
        assert found == ["Kestrel"]


def test_the_ticker_written_in_the_possessive_is_no_name_it_abbreviates() -> None:
    """"KES's" alone: the ticker, not a name for it (written less than three times, it weighs too little)."""
    texts = ["KES's customers grew.", "Today, KES reported third quarter earnings."]
    assert not _may_abbreviate("KES", texts)
    assert _names_of_a_ticker("KES", texts) == []
    assert _may_abbreviate("KES", [*texts, "KES Energy's results were strong."])


def _stands_for(ticker: str, name: str, texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return _ticker_stands_for(ticker, name, texts, joined, joined.lower())


def test_a_name_the_call_keeps_writing_as_a_firm_s_is_the_ticker_s() -> None:
    assert _stands_for("KES", "Kestrel", _KESTREL)
    assert not _stands_for("ZQX", "Kestrel", _KESTREL)  # the ticker does not abbreviate it
    assert not _stands_for("KES", "Kestrel", _KESTREL[:2])  # written once


def test_a_person_or_a_part_named_like_the_firm_is_not_it() -> None:
    people = ["Thanks, Kestrel.", "As Kestrel mentioned, volumes rose.", "Kestrel said margins held.", *_KESTREL[:2]]
    assert not _stands_for("KES", "Kestrel", people)
    parts = [*_KESTREL, "Kestrel Midstream's volumes rose.", "Kestrel Midstream posted records."]
    assert not _stands_for("KSM", "Kestrel Midstream", parts)  # "Kestrel" alone is the company: the midstream is a part


def test_a_name_said_to_report_results_comes_before_a_name_used_in_the_possessive() -> None:
    texts = [
        "Kestrel reported third quarter earnings.",
        "Kestrel posted record volumes, and Kestrel delivered growth.",
        "Karst Energy's customers grew; Karst Energy's plants ran well; Karst Energy's team did well.",
    ]
    assert _names_of_a_ticker("KE", texts) == ["Kestrel"]
