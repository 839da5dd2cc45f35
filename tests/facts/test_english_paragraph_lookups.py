"""Work a paragraph of an English call is read with: its periods are looked up once for every reader that asks, and
the checks of a carried business line or of the company named as a clause's head run only where they can count.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from finbrief import facts
from finbrief.facts import attribution, periods
from finbrief.model import Fact

from .builders import build

_THIRD = "Welcome to NovaSky's third quarter 2021 earnings call.\nNovaSky's results were ahead of plan.\n"


def _facts(text: str) -> list[Fact]:
    return facts.run(build(text, language="en"))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change) for f in found])
    return hits[0]


def test_a_one_sentence_declaration_looks_its_periods_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Let me walk through our third quarter results compared to the second quarter of 2021.": the comparison it
    declares and the year its line may lead with are read from one lookup of its periods; the change after it is QoQ."""
    asked: Counter[str] = Counter()
    find = periods.find_periods

    def counted(text: str, *args: object, **kwargs: object) -> list[periods.PeriodMention]:
        asked[text] += 1
        return find(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(periods, "find_periods", counted)
    line = "Let me walk through our third quarter results compared to the second quarter of 2021."
    found = _facts(_THIRD + line + "\nTotal revenue for the quarter was $3.9 billion, an increase of 4%.\n")
    assert _one(found, value=4.0).change == "qoq"
    assert asked[line] == 1


def test_a_line_that_names_nothing_is_not_checked_for_ending_a_business_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no business line carried and no subject named, "Thank you, operator." can end nothing; the line the
    talk turns to is still carried into the next line's figures."""
    checked: list[str] = []
    ends = attribution._Extractor._ends_line

    def counted(self: attribution._Extractor, para: attribution._Paragraph, s0: int, e0: int) -> bool:
        checked.append(para.text[s0:e0])
        return ends(self, para, s0, e0)

    monkeypatch.setattr(attribution._Extractor, "_ends_line", counted)
    found = _facts(
        _THIRD + "Thank you, operator.\n"
        "Moving to our Industrial segment.\n"
        "Industrial revenues were $866 million, up 5%.\n"
    )
    assert not any("Thank you" in s for s in checked)
    assert _one(found, value=8.66e8).subject == "Industrial"


def test_the_company_as_a_clause_head_is_looked_for_only_where_its_name_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"As a result, NovaSky recognized $12 million of fee revenues": the company's, found where the name stands; a
    paragraph that does not write the name is not searched for it."""
    searched: list[str] = []
    finditer = re.finditer

    def counted(pattern: str | re.Pattern[str], text: str, flags: int = 0) -> Iterator[re.Match[str]]:
        if pattern == re.escape("NovaSky"):
            searched.append(text)
        return finditer(pattern, text, flags)

    monkeypatch.setattr(re, "finditer", counted)
    found = _facts(
        _THIRD + "Our Industrial segment had a strong quarter, with revenues of $866 million.\n"
        "As a result, NovaSky recognized $12 million of fee revenues.\n"
    )
    assert searched and all("NovaSky" in t for t in searched)
    assert _one(found, value=1.2e7).subject == "NovaSky"
