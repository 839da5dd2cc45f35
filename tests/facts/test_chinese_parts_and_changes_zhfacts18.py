"""Chinese balances moved since the year end, with their parts: a count of stores, branches or staff and its change,
then the same for each part after "其中". The change phrase's words are never a subject, the trade word in the
company's own name is the company's, and each part's figures are the part's.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def head(code: str, short: str, full: str) -> str:
    return f"证券代码：{code}　　证券简称：{short}　　公告编号：2025-041\n{full}2025年半年度报告摘要\n"


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_the_words_of_a_change_since_the_year_start_are_never_a_subject() -> None:
    facts = run(
        build(
            head("603998", "星河餐饮", "星河餐饮股份有限公司")
            + "截至2025年6月30日，星河餐饮门店总数为1,350家，较年初净减少5家。\n"
            + "截至2025年6月30日，公司门店总数为1,410家，较上年末净增加60家。\n"
        )
    ).facts
    assert all(f.subject not in ("初净", "末净") for f in facts)
    assert one(facts, value=-5).change == "ytd"
    assert one(facts, value=60).subject == one(facts, value=1410).subject


def test_the_trade_word_of_the_companys_own_name_is_the_companys_business() -> None:
    facts = run(
        build(
            head("603997", "青松火锅", "青松火锅股份有限公司")
            + "截至2025年6月30日，公司火锅门店共计812家，较上年末净增加12家。\n"
        )
    ).facts
    assert one(facts, value=812).subject == "青松火锅"
    assert one(facts, value=12).subject == "青松火锅"

