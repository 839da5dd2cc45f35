"""Libraries for the web tests: the NovaSky fixtures, and a document made of hostile strings."""

from __future__ import annotations

from pathlib import Path

from finbrief.api import parse_bytes
from finbrief.library import Library, Prepared
from tests.library.builders import library_with_fixtures

HOSTILE_NAME = '"><svg onload=alert(1)>\u202egnp.txt'
HOSTILE_LINES = (
    "</script><script>alert('p1')</script> NovaSky revenue rose 9%.",
    '"><svg onload=alert(\'p2\')> cloud revenue grew 31%.',
    "<img src=x onerror=alert('p3')> margins improved.",
    "\u202eevil text with a right-to-left override\u202c then normal text.",
    "{{ 7*7 }} and {% raw %} stay as written.",
)
HOSTILE_TEXT = "\n\n".join(HOSTILE_LINES) + "\n"


def hostile_prepared() -> Prepared:
    doc = parse_bytes(HOSTILE_TEXT.encode("utf-8"), HOSTILE_NAME)
    return Prepared(doc=doc, facts=(), company=None, ticker=None, period=None, date=None)


def fixture_library(path: Path, hostile: bool = True) -> str | None:
    """The four NovaSky fixture documents (and the hostile one); returns the hostile document's id."""
    lib = library_with_fixtures(path)
    try:
        if not hostile:
            return None
        prep = hostile_prepared()
        lib.write(prep)
        return prep.doc.id
    finally:
        lib.close()


def open_library(path: Path) -> Library:
    return Library(path)
