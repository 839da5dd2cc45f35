"""Documents and facts written for these tests (the fictional NovaSky Technology / 星穹科技)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from finbrief.api import parse, parse_bytes
from finbrief.model import Document, Fact

SAMPLES = Path(__file__).parents[2] / "samples"


@cache
def zh_call() -> Document:
    """The bundled simplified-Chinese NovaSky call, structured."""
    return parse(SAMPLES / "zh" / "novasky_2026q2_call.txt")


@cache
def en_call() -> Document:
    """The bundled English NovaSky call, structured."""
    return parse(SAMPLES / "en" / "novasky_2026q2_call.txt")


def doc_from(text: str) -> Document:
    return parse_bytes(text.encode("utf-8"), "test.txt")


def find(doc: Document, needle: str) -> int:
    """Number of the first paragraph containing ``needle`` after the news intro's copy of it."""
    hits = [p.n for p in doc.paragraphs if needle in p.text]
    assert hits, f"{needle!r} not in document"
    return hits[-1]


def fact(
    doc: Document, needle: str, subject: str, metric: str, value: float, unit: str, **kw: object
) -> Fact:
    """A fact whose evidence is ``needle`` in the last paragraph containing it."""
    n = kw.pop("paragraph", None) or find(doc, needle)
    text = doc.paragraph(int(n)).text  # type: ignore[arg-type]
    start = text.index(needle)
    return Fact(
        subject=subject,
        metric=metric,
        value=value,
        unit=unit,
        paragraph=int(n),  # type: ignore[arg-type]
        evidence=needle,
        start=start,
        end=start + len(needle),
        raw=needle,
        **kw,  # type: ignore[arg-type]
    )


def zh_facts(doc: Document) -> tuple[Fact, ...]:
    """Hand-written facts for the Chinese sample call (what the facts stage should find)."""
    g = "NovaSky Technology Group"
    return (
        fact(
            doc,
            "1,268.5亿元人民币",
            g,
            "revenue",
            126.85e9,
            "CNY",
            paragraph=find(doc, "本季度总收入为1,268.5亿元人民币,同比增长9%。经调整"),
        ),
        fact(doc, "同比增长9%。经调整", g, "revenue", 9.0, "%", change="yoy"),
        fact(doc, "302.2亿元", g, "adjusted EBITA", 30.22e9, "CNY"),
        fact(doc, "238亿元,同比下降12%。", g, "non-GAAP net income", 23.8e9, "CNY"),
        fact(
            doc,
            "下降12%。",
            g,
            "non-GAAP net income",
            -12.0,
            "%",
            change="yoy",
            paragraph=find(doc, "238亿元,同比下降12%。"),
        ),
        fact(doc, "215.4亿元,其中", "NovaSky Cloud", "revenue", 21.54e9, "CNY"),
        fact(doc, "增长31%至215.4亿元", "NovaSky Cloud", "revenue", 31.0, "%", change="yoy"),
        fact(doc, "183亿元,同比增长85%", g, "capex", 18.3e9, "CNY"),
        fact(doc, "净流出42亿元人民币,去年", g, "free cash flow", -4.2e9, "CNY"),
        fact(doc, "12亿美元。截至", g, "buyback", 1.2e9, "USD"),
    )
