"""Conflicts: same key, different values beyond rounding, with both evidences and the kind of slip."""

from __future__ import annotations

import json
from pathlib import Path

from finbrief.library import Library
from tests.library.builders import fact, prepared


def test_the_dollar_slip_of_a_plan_is_listed_with_both_evidences(filled: Library) -> None:
    found = filled.conflicts(company="NVSK")
    plan = [c for c in found if c["metric"] == "investment"]
    assert len(plan) == 1
    c = plan[0]
    assert c["period"] == "plan" and c["kinds"] == ["currency"]
    sides = {c["a"]["unit"]: c["a"], c["b"]["unit"]: c["b"]}  # type: ignore[index]
    assert {s["source"] for s in sides["CNY"]["sources"]} == {"zh_hant_call.txt", "zh_hans_news.txt"}
    assert [s["evidence"] for s in sides["USD"]["sources"]] == ["$200 billion"]
    growth = [c for c in found if c["metric"] == "revenue"]
    assert len(growth) == 1 and growth[0]["kinds"] == ["scale"] and growth[0]["period"] == "2025Q3"
    assert (growth[0]["a"]["value"], growth[0]["b"]["value"]) == (31.0, 3.1)  # type: ignore[index]


def test_agreeing_documents_have_no_conflicts(filled: Library) -> None:
    filled.remove(prepared("en_note.txt").doc.id)
    assert filled.conflicts() == []


def test_figures_within_one_document_are_compared_only_on_request(lib: Library) -> None:
    base = prepared("en_call.txt")
    text = base.doc.paragraphs[5].text
    from tests.library.builders import fact

    two = (
        fact(text, "34%", paragraph=6, value=34.0, period="2025Q4"),
        fact(text, "RMB 24.1 billion", paragraph=6, value=24.0, period="2025Q4"),
    )
    lib.write(prepared("en_call.txt", facts=two))
    assert lib.conflicts() == []
    assert len(lib.conflicts(same_document=True)) == 1


def test_filters(filled: Library) -> None:
    assert len(filled.conflicts(metric="investment")) == 1
    assert filled.conflicts(company="alibaba") == []
    assert [c["metric"] for c in filled.conflicts(period="2025Q3")] == ["revenue", "investment"]  # plans kept
    assert [c["metric"] for c in filled.conflicts(subject="cloud")] == ["revenue"]


def flagged_by_timeline(lib: Library) -> set[tuple[object, ...]]:
    """Every source of every timeline point flagged as a conflict, over every metric and change."""
    out: set[tuple[object, ...]] = set()
    metrics = {str(r["metric"]) for r in json.loads(lib.export("json"))}
    for metric in metrics:
        for change in ("yoy", "qoq", "none"):
            for s in lib.timeline(metric=metric, change=change)["series"]:  # type: ignore[attr-defined]
                if s["metric"] != metric:
                    continue
                for p in s["points"]:
                    if p["conflict"]:
                        for src in p["sources"]:
                            out.add(
                                (
                                    s["company"],
                                    s["subject"],
                                    metric,
                                    src["doc_id"],
                                    src["paragraph"],
                                    src["evidence"],
                                )
                            )
    return out


def listed_by_conflicts(lib: Library) -> set[tuple[object, ...]]:
    """Every source of either side of every conflict that the timeline can show (a quarter)."""
    out: set[tuple[object, ...]] = set()
    for c in lib.conflicts():
        for side in (c["a"], c["b"]):
            for src in side["sources"]:  # type: ignore[index]
                if src["period"] and len(str(src["period"])) == 6:
                    out.add(
                        (
                            c["company"],
                            c["subject"],
                            c["metric"],
                            src["doc_id"],
                            src["paragraph"],
                            src["evidence"],
                        )
                    )
    return out


def test_the_timeline_flags_exactly_what_conflicts_lists(filled: Library) -> None:
    assert flagged_by_timeline(filled) == listed_by_conflicts(filled)
    assert listed_by_conflicts(filled)  # the 3.1% note and the $200 billion plan


def test_a_renamed_segment_continues_its_series() -> None:
    from finbrief.lexicon.subjects import series_name
    from finbrief.library.series import series_key

    row = {
        "company": "Alibaba Group",
        "subject": "Taobao and Tmall Group",
        "metric": "revenue",
        "change": None,
    }
    assert series_name("Taobao and Tmall Group") == "China E-commerce Group"
    assert series_key(row) == ("Alibaba Group", "China E-commerce Group", "revenue", None)


def test_the_company_s_own_name_for_a_segment_is_that_segment_in_every_language(lib: Library) -> None:
    # The same cloud line as three documents name it: "NovaSky Cloud", 星穹雲 (read 星穹云), and the
    # lexicon's "cloud"; the note's 3.1% is a slip of the 31% the two Chinese documents give.
    def one(name: str, raw: str, n: int, subject: str, value: float, period: str = "2025Q3") -> None:
        text = prepared(name).doc.paragraphs[n - 1].text
        lib.write(prepared(name, facts=(fact(text, raw, paragraph=n, subject=subject, value=value, period=period),)))

    one("en_call.txt", "34%", 6, "NovaSky Cloud", 34.0, "2025Q4")
    one("zh_hant_call.txt", "31%", 1, "星穹云", 31.0)
    one("zh_hans_news.txt", "31%", 2, "cloud", 31.0)
    one("en_note.txt", "3.1%", 3, "NovaSky Cloud", 3.1)
    for asked in ("cloud", "NovaSky Cloud", "星穹雲"):
        result = lib.timeline(subject=asked, metric="revenue", change="yoy")
        assert [(s["company"], s["subject"]) for s in result["series"]] == [("NVSK", "cloud")], asked  # type: ignore[attr-defined]
        points = result["series"][0]["points"]  # type: ignore[index]
        assert [(p["period"], p["value"], p["documents"], p["conflict"]) for p in points] == [
            ("2025Q3", 31.0, 2, ["scale"]),
            ("2025Q3", 3.1, 1, ["scale"]),
            ("2025Q4", 34.0, 1, []),
        ]
    assert [(c["subject"], c["period"], c["kinds"]) for c in lib.conflicts()] == [("cloud", "2025Q3", ["scale"])]
    assert flagged_by_timeline(lib) == listed_by_conflicts(lib)


def test_a_groups_profit_and_its_owners_share_on_two_pages_are_two_series_not_a_conflict(
    lib: Library, tmp_path: Path
) -> None:
    """A bank's story giving 净利润 beside 归属于本行股东的净利润, and a flash giving the owners' share alone."""
    from finbrief.pipeline import add

    story = tmp_path / "story.txt"
    story.write_text(
        "岭川银行2025年净利润增长4.1%\n\n2026-03-27 20:10　来源：金融时报\n\n"
        "3月27日晚间，岭川银行（601377）披露2025年年度报告。2025年，该行实现净利润312.6亿元，同比增长4.1%；"
        "归属于本行股东的净利润305.2亿元，同比增长3.8%。\n",
        encoding="utf-8",
    )
    flash = tmp_path / "flash.txt"
    flash.write_text(
        "岭川银行（601377）：2025年归母净利润305.2亿元\n\n2026-03-27 19:58　来源：财经快讯\n\n"
        "岭川银行公告，2025年实现归母净利润305.2亿元，同比增长3.8%。\n",
        encoding="utf-8",
    )
    add(lib, story, outputs=())
    add(lib, flash, outputs=())
    assert lib.conflicts() == []
    rows = [r for r in json.loads(lib.export("json")) if r["change"] is None and r["unit"] == "CNY"]
    assert {r["value"] for r in rows if r["metric"] == "net income attributable to shareholders"} == {3.052e10}
    assert {r["value"] for r in rows if r["metric"] == "net income"} == {3.126e10}
