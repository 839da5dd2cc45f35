"""Case-insensitive patterns searched in lower-cased ASCII text find the pattern's own matches."""

from __future__ import annotations

import random
import re

import pytest

from finbrief.fastre import _FOLD_TO_ASCII, Fast, fast, lowered
from finbrief.text.regex import Sifted

PATTERNS = [
    r"(?<![A-Za-z])(?:provided|gave|given|shared)\s+(?P<what>[A-Z]\w+)",
    r"(?:revenue|sales|margin)s?",
    r"(?<=\d)%|percent",
    r"x(?<!ax)",
    r"同比|(?<![A-Za-z])(?:Q[1-4]|year[\s-]ago|YoY)(?![A-Za-z])",
    r"(?=[aq同])(?:同比|(?<![A-Za-z])(?:a\s+year|Q[1-4]\b))",
    r"(?<![A-Za-z])(?:in|at|of)\s+(?P<w>[A-Z]\w*)",
    r"^(?:now|so|and)\s*,?\s+(?P<rest>\w+)",
    r"(?:^|(?<=[.!?]\s))(?:And|So)\s+(\w+)",
    r"\bnon-GAAP\s+(\S+)\s+(\W)",
]
WORDS = [
    "Year-ago",
    "YoY",
    "yoy",
    "A",
    "year",
    "同比",
    "Q1",
    "q4",
    "H1",
    "And",
    "so",
    "in",
    "at",
    "of",
    "our",
    "the",
    "Now",
    "Revenue",
    "REVENUES",
    "sales",
    "Margin",
    "given",
    "Gave",
    "shared",
    "forgiven",
    "3%",
    "5",
    "percent",
    "Percent",
    "non-gaap",
    "NON-GAAP",
    "EPS",
    ".",
    "!",
    ",",
    "x",
    "AX",
    "ax",
]
OTHER = ["\u017f", "\u212a", "\u0130", "同比"]
"""Characters outside ASCII, one of them in a few of the texts (those are searched as they are)."""


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    texts = [
        "".join(rng.choice(WORDS) + rng.choice([" ", "", ". ", ", "]) for _ in range(rng.randint(0, 40)))
        for _ in range(n)
    ]
    return [t + rng.choice(OTHER) if rng.random() < 0.2 else t for t in texts]


@pytest.mark.parametrize("source", PATTERNS)
def test_matches_are_the_patterns_own(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    quick = fast(pattern)
    for text in _texts(len(source), 400):
        for pos, end in ((0, len(text)), (3, len(text) - 2), (0, 10**9)):
            a, b = pattern.search(text, pos, end), quick.search(text, pos, end)
            assert (a and (a.span(), a.group(), a.groups())) == (b and (b.span(), b.group(), b.groups()))
            assert [(m.span(), m.group()) for m in pattern.finditer(text, pos, end)] == [
                (m.span(), m.group()) for m in quick.finditer(text, pos, end)
            ]
            assert pattern.findall(text, pos, end) == quick.findall(text, pos, end)


def test_matched_text_keeps_the_documents_case() -> None:
    """The scan reads lower case; the caller gets the words as the document writes them."""
    quick = fast(re.compile(r"(?<![A-Za-z])(?:provided|gave)\s+(?P<what>[A-Z]\w+)\s+guidance", re.IGNORECASE))
    m = quick.search(
        "For the full year, Northwind Tools Provided UPDATED guidance on margins and freight costs."
    )
    assert m is not None and m.group() == "Provided UPDATED guidance" and m.group("what") == "UPDATED"


def test_a_scan_is_made_for_a_pattern_opening_with_a_lookbehind() -> None:
    """The engine skips ahead for no pattern that ignores case or opens with a lookbehind; the scan does."""
    quick = Fast(re.compile(r"(?<![A-Za-z])(?:provided|gave|given)\s+guidance", re.IGNORECASE))
    scan = quick._make()
    assert scan is not None and not scan.flags & re.IGNORECASE


def test_english_scan_leaves_out_chinese_alternatives() -> None:
    quick = Fast(
        re.compile(r"同比|较去年同期|(?<![A-Za-z])(?:year[\s-]over[\s-]year|yoy)(?![A-Za-z])", re.IGNORECASE)
    )
    scan = quick._make()
    assert scan is not None
    assert scan.search("同比 year-over-year".lower()).start() == 3  # type: ignore[union-attr]


def test_other_scripts_and_short_windows_are_searched_as_they_are() -> None:
    quick = fast(re.compile(r"(?<![A-Za-z])revenue", re.IGNORECASE))
    assert (
        quick.search("Umsatz und REVENUE in Höhe von zehn Millionen Euro, ein Plus von drei Prozent").group()
        == "REVENUE"
    )
    assert quick.search("REVENUE").group() == "REVENUE"


def test_patterns_are_rewritten_only_where_lower_case_reads_the_same() -> None:
    assert lowered(re.compile(r"non-GAAP\s+[A-Z]\S*\W", re.IGNORECASE)).pattern == r"non-gaap\s+[a-z]\S*\W"  # type: ignore[union-attr]
    assert lowered(re.compile(r"(?P<Big>Q[1-4])", re.IGNORECASE)).pattern == r"(?P<Big>q[1-4])"  # type: ignore[union-attr]
    assert lowered(re.compile(r"(?-i:Q)[1-4]", re.IGNORECASE)) is None  # case-sensitive part
    assert lowered(re.compile("\u017f", re.IGNORECASE)) is None  # long s matches "s"
    assert lowered(re.compile(r"[Z-a]", re.IGNORECASE)) is None  # a range lower case would reverse
    assert lowered(re.compile(r"revenue")) is None  # case-sensitive already


def test_every_character_matching_an_ascii_letter_only_case_insensitively_is_known() -> None:
    letters = re.compile(r"[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x110000) if letters.fullmatch(chr(c))}
    assert found <= _FOLD_TO_ASCII


def test_a_sifted_quick_pattern_keeps_its_needles() -> None:
    sifted = Sifted(fast(re.compile(r"(?<![A-Za-z])(?:year[\s-]ago|yoy)", re.IGNORECASE)))
    assert sifted.ascii_sets() is not None
    m = sifted.search("Northwind's freight revenue rose 5% YoY, with parcel volumes up in every region")
    assert m is not None and m.group() == "YoY"
