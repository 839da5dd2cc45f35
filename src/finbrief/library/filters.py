"""Filters shared by list, search, timeline, conflicts and export: company, period, names.

Each returns a SQL condition and its arguments (or None when the filter is not set), so every
command understands ``--company 阿里巴巴`` / ``BABA`` / ``alibaba`` and ``--period 2025Q2`` /
``2025`` / ``2024Q4..2025Q2`` the same way.
"""

from __future__ import annotations

import re

from finbrief.library.company import resolve
from finbrief.library.errors import InvalidQuery

Clause = tuple[str, list[object]] | None

_QUARTER_RE = re.compile(r"^(\d{4})\s*[-_ ]?\s*q([1-4])$|^q([1-4])\s*[-_ ]?\s*(\d{4})$")


def normalize_period(text: str) -> str:
    """``2025Q2`` from ``2025q2``, ``2025-Q2`` or ``Q2 2025``; a bare year stays a year."""
    t = text.strip().lower()
    if re.fullmatch(r"\d{4}", t):
        return t
    m = _QUARTER_RE.match(t)
    if not m:
        raise InvalidQuery(f"'{text}' is not a period (write 2025Q2, 2025, or 2024Q4..2025Q2)")
    year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return f"{year}Q{q}"


def period_clause(column: str, value: str | None) -> Clause:
    """A quarter, a year (every quarter of it) or an inclusive range ``A..B``."""
    if not value:
        return None
    if ".." in value:
        lo, hi = (normalize_period(v) for v in value.split("..", 1))
        return f"({column} >= ? AND {column} <= ?)", [lo, hi + "Q9" if len(hi) == 4 else hi]
    p = normalize_period(value)
    if len(p) == 4:
        return f"{column} LIKE ?", [p + "Q_"]
    return f"{column} = ?", [p]


def company_clause(company_col: str, ticker_col: str, value: str | None) -> Clause:
    """A company by any alias the lexicon knows, by ticker, or by part of its stored name."""
    if not value:
        return None
    canonical = resolve(value)
    if canonical:
        return f"{company_col} = ?", [canonical]
    v = value.strip()
    return (
        f"({company_col} = ? COLLATE NOCASE OR ltrim({ticker_col}, '0') = ? COLLATE NOCASE"
        f" OR instr(lower({company_col}), ?) > 0)",
        [v, v.lstrip("0"), v.lower()],
    )
