"""Fixture documents and facts for library tests: the fictional NovaSky Technology (星穹科技), invented figures."""

from __future__ import annotations

from pathlib import Path

from finbrief.api import parse_bytes
from finbrief.facts import identify
from finbrief.library import Library, Prepared
from finbrief.model import Fact

# English call, fiscal Q3 FY2026 (calendar 2025Q4 in these fixtures).
EN_CALL = """NovaSky Technology Group (NVSK) Q3 FY2026 Earnings Call

February 12, 2026 -- quarter ended December 31, 2025

Operator

Good day and welcome to the NovaSky Technology Group third quarter earnings call.

Grace Chen -- Chief Financial Officer

Thank you. NovaSky Cloud revenue grew 34% year over year to RMB 24.1 billion. Free cash flow was an outflow of RMB 3.2 billion.

Question-and-Answer Session

Operator

Our first question comes from Sarah Lee with Goldman Sachs.

Sarah Lee -- Goldman Sachs -- Analyst

How should we think about cloud margins and the instant delivery losses for the rest of the year?

Grace Chen -- Chief Financial Officer

We expect cloud margins to keep improving as utilization rises, and SkyDash losses to narrow.
"""

# Traditional-Chinese call on the quarter before (2025Q3).
ZH_HANT_CALL = """星穹科技集團(NYSE:NVSK)公佈季度業績,星穹雲收入同比增長31%至215.4億元。
以下為電話會實錄:
操作員
女士們,先生們,歡迎參加星穹科技財報電話會議。
林志遠
大家好。本季度星穹秒達日均訂單突破6,500萬單,閃電倉數量持續增長。公司計劃未來三年投入2000億元用於AI基礎設施。
問答環節
操作員
您的第一個問題來自高盛的Sarah Lee。
Sarah Lee
謝謝管理層。請問星穹秒達的虧損何時收窄?
林志遠
我們預計虧損將在明年顯著收窄。
"""

# Simplified-Chinese news on the same quarter as the traditional call.
ZH_HANS_NEWS = """星穹科技云业务提速,秒达订单创新高
星穹科技(NYSE:NVSK)2025年11月14日公布的财报显示,星穹云收入同比增长31%,收入为215.4亿元。
即时零售服务星穹秒达日均订单超过6500万单,管理层表示亏损将逐步收窄。
公司重申未来三年将投入2000亿元用于AI和云基础设施。
"""

# An English note that slips: $200 billion for the RMB 200 billion plan, and 3.1% growth for 31%.
EN_NOTE = """NovaSky notes
NovaSky Technology Group (NVSK) said it will invest $200 billion over the next three years in AI infrastructure.
NovaSky Cloud revenue rose 3.1% year over year in the September quarter.
"""

FILES = {
    "en_call.txt": EN_CALL,
    "zh_hant_call.txt": ZH_HANT_CALL,
    "zh_hans_news.txt": ZH_HANS_NEWS,
    "en_note.txt": EN_NOTE,
}


def write_files(folder: Path) -> dict[str, Path]:
    """Every fixture as a UTF-8 file in ``folder``."""
    out = {}
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


def fact(
    paragraph_text: str,
    raw: str,
    *,
    paragraph: int,
    subject: str = "NovaSky Cloud",
    metric: str = "revenue",
    value: float,
    unit: str = "%",
    change: str | None = "yoy",
    period: str | None = "2025Q3",
    qualifier: str | None = None,
    speaker: str | None = None,
) -> Fact:
    """A fact whose evidence is ``raw`` as it occurs in ``paragraph_text``."""
    start = paragraph_text.index(raw)
    return Fact(
        subject=subject,
        metric=metric,
        value=value,
        unit=unit,
        paragraph=paragraph,
        evidence=raw,
        start=start,
        end=start + len(raw),
        change=change,  # type: ignore[arg-type]
        period=period,
        qualifier=qualifier,  # type: ignore[arg-type]
        speaker=speaker,
        raw=raw,
    )


def _para(text: str, n: int) -> str:
    return parse_bytes(text.encode("utf-8"), "x.txt").paragraphs[n - 1].text


def fixture_facts() -> dict[str, tuple[Fact, ...]]:
    """Hand-written facts per fixture file, as the facts stage would give them."""
    en6 = _para(EN_CALL, 6)
    zh1 = _para(ZH_HANT_CALL, 1)
    zh6 = _para(ZH_HANT_CALL, 6)
    news2 = _para(ZH_HANS_NEWS, 2)
    news4 = _para(ZH_HANS_NEWS, 4)
    note2, note3 = _para(EN_NOTE, 2), _para(EN_NOTE, 3)
    return {
        "en_call.txt": (
            fact(en6, "34%", paragraph=6, value=34.0, period="2025Q4", speaker="grace-chen"),
            fact(
                en6, "RMB 24.1 billion", paragraph=6, value=24.1e9, unit="CNY", change=None, period="2025Q4"
            ),
            fact(
                en6,
                "RMB 3.2 billion",
                paragraph=6,
                subject="NovaSky Technology Group",
                metric="free cash flow",
                value=-3.2e9,
                unit="CNY",
                change=None,
                period="2025Q4",
            ),
        ),
        "zh_hant_call.txt": (
            fact(zh1, "31%", paragraph=1, value=31.0),
            fact(zh1, "215.4億元", paragraph=1, value=21.54e9, unit="CNY", change=None),
            fact(
                zh6,
                "2000億元",
                paragraph=6,
                subject="NovaSky Technology Group",
                metric="investment",
                value=200e9,
                unit="CNY",
                change=None,
                period=None,
            ),
        ),
        "zh_hans_news.txt": (
            fact(news2, "31%", paragraph=2, value=31.0),
            fact(news2, "215.4亿元", paragraph=2, value=21.54e9, unit="CNY", change=None),
            fact(
                news4,
                "2000亿元",
                paragraph=4,
                subject="NovaSky Technology Group",
                metric="investment",
                value=200e9,
                unit="CNY",
                change=None,
                period=None,
            ),
        ),
        "en_note.txt": (
            fact(
                note2,
                "$200 billion",
                paragraph=2,
                subject="NovaSky Technology Group",
                metric="investment",
                value=200e9,
                unit="USD",
                change=None,
                period=None,
            ),
            fact(note3, "3.1%", paragraph=3, value=3.1),
        ),
    }


PERIODS = {
    "en_call.txt": "2025Q4",
    "zh_hant_call.txt": "2025Q3",
    "zh_hans_news.txt": "2025Q3",
    "en_note.txt": "2025Q3",
}


def prepared(name: str, facts: tuple[Fact, ...] | None = None) -> Prepared:
    """A fixture document ready to write, with hand-written facts (the facts stage is not involved)."""
    doc = parse_bytes(FILES[name].encode("utf-8"), name)
    found = identify(doc)
    return Prepared(
        doc=doc,
        facts=fixture_facts()[name] if facts is None else facts,
        company=found.company,
        ticker=found.ticker,
        period=PERIODS[name],
        date=found.date,
        company_names=found.names,
    )


def library_with_fixtures(path: Path) -> Library:
    """A library holding the four fixture documents and their facts."""
    lib = Library(path)
    for name in FILES:
        lib.write(prepared(name))
    return lib
