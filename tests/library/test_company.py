"""Company detection: the lexicon's canonical name, else the ticker the text or file name gives."""

from __future__ import annotations

from finbrief.api import parse_bytes
from finbrief.library.company import detect, resolve
from finbrief.library.filters import normalize_period, period_clause
from finbrief.model import Document


def doc(text: str, name: str = "doc.txt") -> Document:
    return parse_bytes(text.encode("utf-8"), name)


def test_lexicon_company_in_either_script_with_its_ticker() -> None:
    found = detect(doc("阿里巴巴公佈季度業績。\n阿里雲收入增長。\n分析師認為阿里的投入仍將持續。\n"))
    assert found.company == "Alibaba Group" and found.ticker == "BABA"
    assert detect(doc("Notes on 09988.HK\nRevenue grew.\n")).company == "Alibaba Group"


def test_a_stated_ticker_beats_a_company_merely_mentioned() -> None:
    text = "星穹科技(NYSE:NVSK)发布业绩。\n公司与阿里巴巴、阿里云和腾讯合作,阿里巴巴是其客户。\n"
    found = detect(doc(text))
    assert (found.company, found.ticker) == ("NVSK", "NVSK")


def test_ticker_from_a_dataset_file_name() -> None:
    found = detect(doc("Thank you, operator. Revenue grew 5% this quarter.\n", "NVSK_q3_2025.txt"))
    assert (found.company, found.ticker) == ("NVSK", "NVSK")
    assert detect(doc("Revenue grew 5%.\n", "notes.txt")).company is None


def test_brackets_that_are_not_tickers() -> None:
    assert detect(doc("Adjusted results (GAAP) and earnings (EPS) improved.\n")).company is None


def test_resolve_user_spellings() -> None:
    assert (
        resolve("阿里巴巴") == resolve("阿里巴巴") == resolve("alibaba") == resolve("BABA") == "Alibaba Group"
    )
    assert resolve("NVSK") is None


def test_periods() -> None:
    assert (
        normalize_period("2025q2") == normalize_period("Q2 2025") == normalize_period("2025-Q2") == "2025Q2"
    )
    assert period_clause("p", "2025") == ("p LIKE ?", ["2025Q_"])
    assert period_clause("p", "2024Q4..2025") == ("(p >= ? AND p <= ?)", ["2024Q4", "2025Q9"])
