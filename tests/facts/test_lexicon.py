"""Lexicons: YAML data that is consistent, simplified, loaded once and matched longest-first."""

from __future__ import annotations

import pytest

from finbrief.facts import lexicon as lx
from finbrief.facts.text import to_simplified


def test_files_load_once() -> None:
    lx.load.cache_clear()
    for _ in range(3):
        lx.load("metrics.yaml")
    info = lx.load.cache_info()
    assert info.misses == 1 and info.hits == 2


def _all_aliases() -> list[str]:
    subjects = lx.load("subjects.yaml")
    metrics = lx.load("metrics.yaml")
    out = [str(a) for s in subjects["segments"] for a in s["aliases"]]
    out += [str(a) for a in subjects["company_references"] + subjects["anaphora"]]
    out += [str(a) for m in metrics["metrics"] for a in m["aliases"]]
    out += [str(a) for c in lx.load("companies.yaml")["companies"] for a in c["aliases"]]
    return out


def test_chinese_aliases_are_stored_simplified() -> None:
    traditional = [a for a in _all_aliases() if to_simplified(a) != a]
    assert traditional == []


def test_an_alias_means_one_thing() -> None:
    """Within one scope; a company's own segment may reuse a generic word ("云业务"), and wins there."""
    owners: dict[str, set[str]] = {}
    for seg in lx.load("subjects.yaml")["segments"]:
        for alias in seg["aliases"]:
            key = f"{seg.get('company')}:{lx.alias_key(str(alias))}"
            owners.setdefault(key, set()).add(seg["name"])
    for comp in lx.load("companies.yaml")["companies"]:
        for alias in comp["aliases"]:
            owners.setdefault(lx.alias_key(str(alias)), set()).add(comp["name"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}
    metric_owners: dict[str, set[str]] = {}
    for metric in lx.load("metrics.yaml")["metrics"]:
        for alias in metric["aliases"]:
            metric_owners.setdefault(lx.alias_key(str(alias)), set()).add(metric["name"])
    assert {k: v for k, v in metric_owners.items() if len(v) > 1} == {}


def test_every_canonical_name_has_a_glossary_entry() -> None:
    names = {m["name"] for m in lx.load("metrics.yaml")["metrics"]}
    names |= {m["adjusted"] for m in lx.load("metrics.yaml")["metrics"] if m.get("adjusted")}
    names |= {s["name"] for s in lx.load("subjects.yaml")["segments"]}
    names |= {c["name"] for c in lx.load("companies.yaml")["companies"]}
    glossary = lx.glossary()
    assert sorted(n for n in names if n not in glossary) == []
    for entry in glossary.values():
        assert set(entry) >= {"en", "zh-Hans"}


def test_glossary_terms() -> None:
    assert lx.term("capex") == "capital expenditure"
    assert lx.term("Cloud Intelligence Group", "zh-Hans") == "云智能集团"
    assert lx.term("Cloud Intelligence Group", "zh-Hant") == "雲智能集團"
    assert lx.term("no such term") == "no such term"
    assert lx.term("revenue guidance", "zh-Hans") == "收入指引"
    assert lx.term("adjusted EBITA loss") == "adjusted EBITA loss"
    assert lx.term("adjusted EBITA loss", "zh-Hans") == "经调整EBITA亏损"


def test_calendars() -> None:
    assert lx.fiscal_year_end_month("Alibaba Group") == 3
    assert lx.fiscal_year_end_month("Unknown Corp") == 12
    assert lx.fiscal_year_end_month(None) == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("淘宝闪购的订单", ["quick commerce"]),
        ("淘宝的用户", ["Taobao app"]),
        ("阿里巴巴中国电商集团", ["Alibaba Group", "China E-commerce Group"]),
        ("阿里云收入", ["Cloud Intelligence Group"]),
        ("子公司的业务", []),
        ("该板块收入", [""]),
    ],
)
def test_subjects_longest_first(text: str, expected: list[str]) -> None:
    names = [e.name for _s, _e, e in lx.subject_matcher("Alibaba Group").finditer(text)]
    assert names == expected


def test_segments_are_scoped_to_their_company() -> None:
    assert [e.name for _s, _e, e in lx.subject_matcher(None).finditer("cloud revenue grew")] == []
    found = [e.name for _s, _e, e in lx.subject_matcher("Alibaba Group").finditer("cloud revenue grew")]
    assert found == ["Cloud Intelligence Group"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Non-GAAP净利润", "non-GAAP net income"),
        ("non GAAP net income", "non-GAAP net income"),
        ("客户管理收入", "customer management revenue"),
        ("Revenues", "revenue"),
        ("net sales", "revenue"),
        ("经调整EBITA利润率", "adjusted EBITA margin"),
        ("capital expenditures", "capex"),
        ("88 VIP会员", "88VIP members"),
        ("diluted earnings per share", "diluted EPS"),
    ],
)
def test_metric_aliases(text: str, metric: str) -> None:
    found = [(s, e, m.name) for s, e, m in lx.metric_matcher().finditer(text)]
    assert found == [(0, len(text), metric)]


def test_ignored_phrases_are_not_metrics() -> None:
    assert list(lx.metric_matcher().finditer("the earnings call and our sales team")) == []


def test_ascii_aliases_need_word_boundaries() -> None:
    assert list(lx.metric_matcher().finditer("presales and wholesaler")) == []
    assert [m.name for _s, _e, m in lx.metric_matcher().finditer("AI收入")] == ["revenue"]


def test_trie_regex_prefers_longer_aliases() -> None:
    pattern = lx.trie_regex(["ab", "abc", "abcd", "云", "云智能"])
    assert [m.group() for m in pattern.finditer("abcd abc ab 云智能 云")] == [
        "abcd",
        "abc",
        "ab",
        "云智能",
        "云",
    ]
