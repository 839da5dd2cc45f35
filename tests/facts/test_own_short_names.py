"""A figure the facts give one of the company's own short names is the company's."""

from __future__ import annotations

from finbrief.facts.attribution import _own_names_as_company
from finbrief.model import Fact, FactSheet


def _fact(subject: str) -> Fact:
    return Fact(subject=subject, metric="EPS", value=0.12, unit="USD", period="2021Q3", evidence="", paragraph=1,
                start=0, end=5)


def test_the_company_s_acronym_is_the_company() -> None:
    sheet = FactSheet(company="Northwind Harbor Realty Trust", names=("Northwind Harbor Realty Trust", "NHRT"))
    out = _own_names_as_company(sheet, [_fact("NHRT"), _fact("Harbor Lending"), _fact("nhrt")])
    assert [f.subject for f in out] == ["Northwind Harbor Realty Trust", "Harbor Lending", "Northwind Harbor Realty Trust"]
