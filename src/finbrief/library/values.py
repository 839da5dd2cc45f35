"""When two reported figures are the same number, consistent, or in conflict, and what kind of slip.

Sources round differently (333.98亿 and 334亿, 26% and 26.4%), so "the same" means equal within
the rounding of the coarser figure as written (half its last digit), or within 0.5% relative.
A conflict is classified as ``scale`` (off by 10^k: 380 vs 38 billion), ``currency`` (the same
digits under another currency: RMB 380 billion vs $380 billion), both at once (RMB 380 billion vs
$38 billion), ``sign`` (a decline reported as growth) or ``value``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

REL_TOLERANCE = 0.005
APPROX_TOLERANCE = 0.05
"""An "about" figure (约, approximately) is taken to be within 5%."""
CURRENCIES = frozenset(
    {"CNY", "USD", "HKD", "EUR", "GBP", "JPY", "TWD", "SGD", "KRW", "INR", "CAD", "AUD", "CHF"}
)
MAX_SCALE_EXPONENT = 4
"""Ratios up to 10^4 count as a scale slip (亿 vs 万 is 10^4); more is simply a different figure."""

_NUM_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


@dataclass(frozen=True)
class Figure:
    """The part of a fact that comparison needs."""

    value: float
    unit: str
    value_high: float | None = None
    qualifier: str | None = None
    raw: str = ""

    @cached_property
    def step(self) -> float | None:
        """One unit of the last digit written (see ``step``), computed once per figure."""
        return step(self.value, self.raw)

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Figure:
        vh = row.get("value_high")
        return cls(
            float(row["value"]),
            str(row["unit"]),
            float(vh) if vh is not None else None,
            row.get("qualifier"),
            str(row.get("raw") or ""),
        )


def step(value: float, raw: str) -> float | None:
    """Value of one unit in the last digit written (``38.6 billion`` -> 1e8), None if unknown."""
    m = _NUM_RE.search(raw)
    if not m or value == 0:
        return None
    shown = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    if shown == 0:
        return None
    scale = abs(value) / shown
    if not 0 < scale < math.inf:
        return None
    exponent = round(math.log10(scale))
    if abs(scale - 10**exponent) > 1e-6 * 10**exponent:  # raw does not spell this value: do not guess
        return None
    return 10.0 ** (exponent - len(m.group(2) or ""))


def _tolerance(a: Figure, b: Figure, factor: float = 1.0) -> float:
    """Largest difference still explained by rounding (``factor`` rescales ``b``'s written step)."""
    va, vb = abs(a.value), abs(b.value * factor)
    biggest = va if va > vb else vb
    rel = APPROX_TOLERANCE if a.qualifier == "approx" or b.qualifier == "approx" else REL_TOLERANCE
    half = 0.5 * max(a.step or 0.0, (b.step or 0.0) * factor)
    return (rel * biggest if rel * biggest > half else half) + 1e-9 * biggest


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


def same(a: Figure, b: Figure) -> bool:
    """The same figure within rounding, in the same unit (ranges must agree at both ends)."""
    if a.unit != b.unit:
        return False
    if a.value == b.value and a.value_high == b.value_high:
        return True
    tol = _tolerance(a, b)
    if not _close(a.value, b.value, tol):
        return False
    if (a.value_high is None) != (b.value_high is None):
        return False
    return a.value_high is None or b.value_high is None or _close(a.value_high, b.value_high, tol)


def _bounds(f: Figure) -> tuple[float, float]:
    """Interval the figure allows: a range, a lower bound (over), an upper bound (under), or a point."""
    lo, hi = f.value, f.value_high if f.value_high is not None else f.value
    if f.qualifier == "over":
        return lo, math.inf
    if f.qualifier == "under":
        return -math.inf, hi
    return lo, hi


def consistent(a: Figure, b: Figure) -> bool:
    """Both can be true at once: same figure, or one a bound or range that contains the other."""
    if same(a, b):
        return True
    if a.unit != b.unit:
        return False
    tol = _tolerance(a, b)
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return alo <= bhi + tol and blo <= ahi + tol


def classify(a: Figure, b: Figure) -> tuple[str, ...] | None:
    """Why two figures for one period disagree, or None when they do not conflict.

    Different currencies whose digits do not match are a conversion, not a conflict; units that
    cannot be compared (% against an amount) are not a conflict either.
    """
    if a.unit != b.unit and not (a.unit in CURRENCIES and b.unit in CURRENCIES):
        return None
    if consistent(a, b):
        return None
    kinds: list[str] = []
    if {a.qualifier, b.qualifier} & {"over", "under"}:
        return ("value",) if a.unit == b.unit else None  # a bound breached: no digits to compare
    if a.value and b.value:
        if (a.value < 0) != (b.value < 0):
            if _close(abs(a.value), abs(b.value), _tolerance(a, b)):
                return ("sign",) if a.unit == b.unit else None
        elif 0 < (ratio := abs(a.value) / abs(b.value)) < math.inf:
            k = round(math.log10(ratio))
            if abs(k) <= MAX_SCALE_EXPONENT and _close(a.value, b.value * 10**k, _tolerance(a, b, 10.0**k)):
                if k:
                    kinds.append("scale")
                if a.unit != b.unit:
                    kinds.append("currency")
                return tuple(kinds)
    if a.unit != b.unit:
        return None  # another currency with other digits: a conversion
    return ("value",)
