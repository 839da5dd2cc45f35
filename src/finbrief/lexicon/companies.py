"""Companies (companies.yaml) with their tickers, currency and fiscal calendar (calendars.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, fail, section, strings

_TICKER_ALIAS = re.compile(r"^(?:[A-Z]{1,5}|\d{4,5})$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Company:
    """One company of companies.yaml."""

    name: str
    """English canonical name, written into facts as the subject of company-wide figures."""
    aliases: tuple[str, ...]
    tickers: tuple[str, ...] = ()
    """Its listing codes: the ``tickers`` list, else the aliases written like tickers (BABA, 9988)."""
    currency: str | None = None
    """Reporting currency assumed for an amount written without one ("3800亿")."""
    fiscal_year_end_month: int = 12


@cache
def _calendars() -> tuple[int, dict[str, int]]:
    """(default fiscal year-end month, company name -> its fiscal year-end month) of calendars.yaml."""
    return _calendar_tables()[:2]


@cache
def _calendar_tables() -> tuple[int, dict[str, int], dict[str, int]]:
    """calendars.yaml: the default fiscal year-end month, the month by company name and by listing ticker."""
    file = "calendars.yaml"
    data = files.load(file)
    check_keys(data, file, "top level", ("default", "companies", "tickers"))

    def month(entry: object, where: str) -> int:
        check_keys(entry, file, where, (), ("fiscal_year_end_month",))
        value = entry["fiscal_year_end_month"]  # type: ignore[index]
        if not isinstance(value, int) or not 1 <= value <= 12:
            raise fail(file, where, f"fiscal_year_end_month must be 1-12, got {value!r}")
        return value

    default = month(data.get("default") or {"fiscal_year_end_month": 12}, "default")
    by_company = {
        str(name): month(entry, f"companies: {name}")
        for name, entry in section(data, "companies", file, dict).items()
    }
    by_ticker = {}
    for ticker, value in (data.get("tickers") or {}).items():
        if not isinstance(value, int) or not 1 <= value <= 12:
            raise fail(file, f"tickers: {ticker}", f"the fiscal year-end month must be 1-12, got {value!r}")
        by_ticker[str(ticker).upper()] = value
    return default, by_company, by_ticker


@cache
def companies() -> tuple[Company, ...]:
    """Known companies, in file order."""
    file = "companies.yaml"
    data = files.load(file)
    default, calendars = _calendars()
    out = []
    for i, c in enumerate(section(data, "companies", file)):
        where = f"companies[{i}]"
        check_keys(c, file, where, ("aliases", "tickers", "currency"), ("name",))
        name = str(c["name"])
        aliases = strings(c.get("aliases"), file, f"{where} ({name}): aliases")
        tickers = strings(c.get("tickers"), file, f"{where} ({name}): tickers") or tuple(
            a for a in aliases if _TICKER_ALIAS.match(a)
        )
        currency = c.get("currency")
        if currency is not None and not _CURRENCY.match(str(currency)):
            raise fail(file, f"{where} ({name})", f"currency must be an ISO code like CNY, got {currency!r}")
        out.append(Company(name, aliases, tickers, currency, calendars.get(name, default)))
    unknown = set(calendars) - {c.name for c in out}
    if unknown:
        raise fail("calendars.yaml", "companies", f"not in companies.yaml: {sorted(unknown)}")
    return tuple(out)


@cache
def company(name: str) -> Company | None:
    """A known company by canonical name."""
    return next((c for c in companies() if c.name == name), None)


@cache
def by_ticker() -> dict[str, Company]:
    """Ticker (leading zeros dropped: 09988 = 9988) -> company."""
    return {t.lstrip("0"): c for c in companies() for t in c.tickers}


def fiscal_year_end_month(company_name: str | None, ticker: str | None = None) -> int:
    """Month in which ``company_name``'s fiscal year ends: the lexicon company's, else the one calendars.yaml
    gives the document's listing ``ticker`` (a company the lexicon does not name), else the default, 12."""
    found = company(company_name) if company_name else None
    if found:
        return found.fiscal_year_end_month
    default, _, by_ticker = _calendar_tables()
    return by_ticker.get(ticker.upper(), default) if ticker else default


@cache
def off_calendar_aliases() -> tuple[tuple[str, int], ...]:
    """(name, fiscal year-end month) of each company whose fiscal year does not end in the default month, longest
    name first: a fiscal period written right after such a name ("阿里巴巴2026财年1季度") is on its calendar."""
    default = _calendars()[0]
    pairs = {(a, c.fiscal_year_end_month) for c in companies() if c.fiscal_year_end_month != default for a in c.aliases}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def not_company_names() -> frozenset[str]:
    """Capitalised names used in the possessive that are not the company (places, regulators)."""
    return frozenset(
        strings(files.load("companies.yaml").get("not_company_names"), "companies.yaml", "not_company_names")
    )
