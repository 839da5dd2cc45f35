"""Which company a document is about, and its ticker: from the companies lexicon, then the text.

The lexicon (``lexicon/companies.yaml``, shared with the facts stage) gives the canonical name
that ties a Chinese article, an English call and a traditional-Chinese note on one company
together. A company the lexicon does not know is keyed by the ticker the text gives
(``(NYSE: NVSK)``, ``BABA.US``), or by a file named like ``NVSK_q3_2025.txt``, so its documents
still group together.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePath

import yaml

from finbrief.library.text import normalize
from finbrief.model import Document

# Text looked at for the company: the title and opening paragraphs count more than the rest.
HEAD_PARAGRAPHS = 5
HEAD_WEIGHT = 3
TITLE_WEIGHT = 5
BODY_CHARS = 60_000
MIN_SCORE = 3
"""A company mentioned once in passing (a peer in a news story) is not the document's company."""

_TICKER_ALIAS_RE = re.compile(r"^(?:[A-Z]{1,5}|\d{4,5})$")
_EXCHANGE_RE = re.compile(
    r"\b(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|HK|US|SSE|SZSE|LSE|TSX|ASX)\s*[:：]\s*([A-Z]{1,5}|\d{4,6})\b"
)
_SUFFIX_RE = re.compile(r"\b([A-Z]{1,5})\.US\b|\b(\d{4,5})\.HK\b")
# "(NVSK)" right after a capitalised name: "NovaSky Technology Group (NVSK)".
_PAREN_RE = re.compile(r"(?<=[A-Za-z.])\s?[(（]([A-Z]{2,5})[)）]")
# Capitals in brackets that are not tickers.
_NOT_TICKERS = frozenset(
    {
        "AI",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "EPS",
        "GAAP",
        "GMV",
        "IR",
        "IPO",
        "ROE",
        "ROI",
        "USD",
        "RMB",
        "HKD",
        "CNY",
        "YOY",
        "QOQ",
        "ARR",
        "API",
        "AIDC",
        "TTG",
        "CMR",
        "US",
        "HK",
        "ESG",
        "Q",
        "FY",
    }
)
_FILE_RE = re.compile(r"^([A-Z][A-Z.]{0,5})_[qQ][1-4]_(?:19|20)\d\d$")


@dataclass(frozen=True)
class Company:
    name: str
    aliases: tuple[str, ...]
    tickers: tuple[str, ...]


@dataclass(frozen=True)
class Detected:
    company: str | None
    ticker: str | None


@cache
def companies() -> tuple[Company, ...]:
    """Companies of the shared lexicon; tickers are its aliases written like tickers (BABA, 9988)."""
    path = resources.files("finbrief.lexicon").joinpath("companies.yaml")
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for entry in data.get("companies") or []:
        aliases = tuple(str(a) for a in entry.get("aliases") or ())
        tickers = tuple(str(t) for t in entry.get("tickers") or ()) or tuple(
            a for a in aliases if _TICKER_ALIAS_RE.match(a)
        )
        out.append(Company(str(entry["name"]), aliases, tickers))
    return tuple(out)


@cache
def _alias_index() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex over every alias (longest first), and alias -> company name."""
    owner: dict[str, str] = {}
    for c in companies():
        for a in (c.name, *c.aliases):
            owner.setdefault(normalize(a), c.name)
    if not owner:
        return None, owner
    parts = []
    for alias in sorted(owner, key=len, reverse=True):
        esc = re.escape(alias)
        parts.append(rf"(?<![a-z0-9]){esc}(?![a-z0-9])" if alias.isascii() else esc)
    return re.compile("|".join(parts)), owner


def resolve(name: str) -> str | None:
    """Canonical company for a user's spelling (阿里巴巴, alibaba, BABA), None if unknown."""
    _, owner = _alias_index()
    return owner.get(normalize(name.strip()))


def _ticker_in_text(text: str, loose: bool = False) -> str | None:
    """A ticker the text states: ``NYSE: NVSK``, ``BABA.US``, ``09988.HK``; ``(NVSK)`` only if ``loose``."""
    for rx in (_EXCHANGE_RE, _SUFFIX_RE, _PAREN_RE) if loose else (_EXCHANGE_RE, _SUFFIX_RE):
        for m in rx.finditer(text):
            found = next(g for g in m.groups() if g)
            if found not in _NOT_TICKERS:
                return found
    return None


def _stated_ticker(doc: Document, head: str, body: str) -> str | None:
    """The ticker the document gives for itself, else the one in a ``TICKER_qN_YYYY`` file name."""
    stated = (
        _ticker_in_text(doc.title or "", loose=True)
        or _ticker_in_text(head, loose=True)
        or _ticker_in_text(body)
    )
    if stated is None and doc.source:
        m = _FILE_RE.match(PurePath(doc.source).stem)
        stated = m.group(1) if m else None
    return stated


def detect(doc: Document) -> Detected:
    """The document's company (canonical name, or ticker when the lexicon lacks it) and ticker."""
    pattern, owner = _alias_index()
    head = "\n".join(p.text for p in doc.paragraphs[:HEAD_PARAGRAPHS])
    body = "\n".join(p.text for p in doc.paragraphs[HEAD_PARAGRAPHS:])[:BODY_CHARS]
    stated = _stated_ticker(doc, head, body)
    by_ticker = {t.lstrip("0"): c for c in companies() for t in c.tickers}
    if stated and stated.lstrip("0") in by_ticker:
        return Detected(by_ticker[stated.lstrip("0")].name, stated)
    scores: Counter[str] = Counter()
    in_title: set[str] = set()
    if pattern is not None:
        for text, weight in ((doc.title or "", TITLE_WEIGHT), (head, HEAD_WEIGHT), (body, 1)):
            for m in pattern.finditer(normalize(text)):
                scores[owner[m.group(0)]] += weight
                if weight == TITLE_WEIGHT:
                    in_title.add(owner[m.group(0)])
    if scores:
        name, score = scores.most_common(1)[0]
        # A ticker of its own beats a known company the text mentions (a peer, a partner, an
        # acquisition), unless the title names that company.
        if score >= MIN_SCORE and (name in in_title or not stated):
            company = next(c for c in companies() if c.name == name)
            return Detected(name, company.tickers[0] if company.tickers else None)
    return Detected(stated, stated)
