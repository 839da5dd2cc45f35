"""Lexicons: YAML data that is valid, consistent, simplified, loaded once and matched longest-first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import finbrief.lexicon as lexicon
from finbrief.facts.text import to_simplified
from finbrief.lexicon import companies, files, glossary, metrics, subjects
from finbrief.lexicon.trie import MatcherBuilder, alias_key, trie_regex


def test_files_load_once() -> None:
    files.load.cache_clear()
    for _ in range(3):
        files.load("metrics.yaml")
    info = files.load.cache_info()
    assert info.misses == 1 and info.hits == 2


def test_every_lexicon_loads_and_validates() -> None:
    lexicon.check()


@pytest.fixture
def edited(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Lexicon data as a test edits it: ``edited[name] = data`` replaces one file's data."""
    original = files.load
    changes: dict[str, Any] = {}
    monkeypatch.setattr(files, "load", lambda name: changes.get(name) or original(name))
    lexicon.reload()
    yield changes
    monkeypatch.setattr(files, "load", original)
    lexicon.reload()


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        ("metrics.yaml", {"metrics": [{"name": "revenue", "alises": ["sales"]}]}, "unknown keys ['alises']"),
        ("metrics.yaml", {"metrics": [{"aliases": ["sales"]}]}, "missing keys ['name']"),
        ("metrics.yaml", {"metrics": [{"name": "x", "kind": "wish"}]}, "kind must be one of"),
        ("metrics.yaml", {"metrics": [{"name": "x", "units": ["furlongs"]}]}, "unknown unit classes"),
        ("metrics.yaml", {"metrics": [{"name": "x", "counters": "y"}]}, "unknown keys ['counters']"),
        ("metrics.yaml", {"metrics": [{"name": "x", "cost": "yes"}]}, "cost must be true or false"),
        ("metrics.yaml", {"metrics": [{"name": "x", "cost": False, "lower_better": True}]}, "cannot be a result"),
        ("companies.yaml", {"companies": [{"name": "X", "currency": "yuan"}]}, "currency must be an ISO code"),
        ("subjects.yaml", {"segments": [{"name": "S", "company": "Nobody"}]}, "company 'Nobody' is not in"),
        ("subjects.yaml", {"segments": [{"name": "S", "series": "T"}]}, "series 'T' is not a segment name"),
        ("calendars.yaml", {"companies": {"X": {"fiscal_year_end_month": 13}}}, "must be 1-12"),
    ],
)
def test_a_broken_lexicon_names_the_file_and_the_entry(
    edited: dict[str, Any], file: str, change: dict[str, Any], message: str
) -> None:
    edited[file] = change
    with pytest.raises(lexicon.LexiconError, match=file.replace(".", r"\.")) as err:
        lexicon.check()
    assert message in str(err.value)


def test_renamed_segments_are_one_series() -> None:
    assert subjects.series_name("Taobao and Tmall Group") == "China E-commerce Group"
    assert subjects.series_name("China E-commerce Group") == "China E-commerce Group"
    assert subjects.series_name("NovaSky Cloud") == "NovaSky Cloud"


def test_company_tickers() -> None:
    assert companies.by_ticker()["9988"].name == "Alibaba Group"
    assert companies.by_ticker()["BABA"].name == "Alibaba Group"
    assert companies.company("Alibaba Group").fiscal_year_end_month == 3  # type: ignore[union-attr]


def _all_aliases() -> list[str]:
    out = [a for s in subjects.segments() for a in s.aliases]
    data = files.load("subjects.yaml")
    out += [str(a) for a in data["company_references"] + data["anaphora"]]
    out += [a for m in metrics.metrics() for a in m.aliases]
    out += [a for c in companies.companies() for a in c.aliases]
    return out


def test_chinese_aliases_are_stored_simplified() -> None:
    traditional = [a for a in _all_aliases() if to_simplified(a) != a]
    assert traditional == []


def test_an_alias_means_one_thing() -> None:
    """Within one scope; a company's own segment may reuse a generic word ("云业务"), and wins there."""
    owners: dict[str, set[str]] = {}
    for seg in subjects.segments():
        for alias in seg.aliases:
            owners.setdefault(f"{seg.company}:{alias_key(alias)}", set()).add(seg.name)
    for comp in companies.companies():
        for alias in comp.aliases:
            owners.setdefault(alias_key(alias), set()).add(comp.name)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}
    metric_owners: dict[str, set[str]] = {}
    for metric in metrics.metrics():
        for alias in metric.aliases:
            metric_owners.setdefault(alias_key(alias), set()).add(metric.name)
    assert {k: v for k, v in metric_owners.items() if len(v) > 1} == {}


def test_every_canonical_name_has_a_glossary_entry() -> None:
    names = {m.name for m in metrics.metrics()} | metrics.adjusted_names()
    names |= {s.name for s in subjects.segments()}
    names |= {c.name for c in companies.companies()}
    terms = glossary.terms()
    assert sorted(n for n in names if n not in terms) == []
    for entry in terms.values():
        assert set(entry) >= {"en", "zh-Hans"}


def test_glossary_terms() -> None:
    assert glossary.term("capex") == "capital expenditure"
    assert glossary.term("Cloud Intelligence Group", "zh-Hans") == "云智能集团"
    assert glossary.term("Cloud Intelligence Group", "zh-Hant") == "雲智能集團"
    assert glossary.term("no such term") == "no such term"
    assert glossary.term("revenue guidance", "zh-Hans") == "收入"  # a forecast shows its base metric
    assert glossary.term("EPS") == "earnings per share"


@pytest.mark.parametrize(
    ("name", "english"),
    [("海外", "overseas"), ("整车", "vehicle"), ("企業服務", "enterprise services"), ("海外市场", "overseas markets"),
     ("AI业务", "AI business"), ("国际零售", "international retail"), ("蓝鲸", None), ("海外蓝鲸", None)],
)
def test_business_line_names_in_english_word_by_word(name: str, english: str | None) -> None:
    assert glossary.name_in_english(name) == english


def test_calendars() -> None:
    assert companies.fiscal_year_end_month("Alibaba Group") == 3
    assert companies.fiscal_year_end_month("Unknown Corp") == 12
    assert companies.fiscal_year_end_month(None) == 12


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
    names = [e.name for _s, _e, e in subjects.subject_matcher("Alibaba Group").finditer(text)]
    assert names == expected


def test_segments_are_scoped_to_their_company() -> None:
    assert [e.name for _s, _e, e in subjects.subject_matcher(None).finditer("cloud revenue grew")] == []
    found = [e.name for _s, _e, e in subjects.subject_matcher("Alibaba Group").finditer("cloud revenue grew")]
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
    found = [(s, e, m.name) for s, e, m in metrics.metric_matcher().finditer(text)]
    assert found == [(0, len(text), metric)]


@pytest.mark.parametrize(
    ("text", "cost"),
    [
        ("SG&A", True),
        ("销售费用", True),
        ("营业成本", True),
        ("资产减值损失", True),
        ("provision for credit losses", True),
        ("income tax expense", True),
        ("revenue", False),
        ("营业收入", False),
        ("adjusted EBITDA", False),
        ("net loss", None),
    ],
)
def test_a_metric_says_whether_it_is_a_cost(text: str, cost: bool | None) -> None:
    """An amount "unfavorable to last year" rose when it is a cost and fell when it is a result."""
    assert [m.cost for _s, _e, m in metrics.metric_matcher().finditer(text)] == [cost]


def test_ignored_phrases_are_not_metrics() -> None:
    assert list(metrics.metric_matcher().finditer("the earnings call and our sales team")) == []


@pytest.mark.parametrize(
    "text",
    ["premiums excluding workers' comp", "our workers’ comp book", "workers comp pricing", "stock comp", "deferred comp"],
)
def test_comp_that_is_pay_or_insurance_is_not_same_store_sales(text: str) -> None:
    assert [m.name for _s, _e, m in metrics.metric_matcher().finditer(text) if m.name == "same-store sales"] == []


@pytest.mark.parametrize("text", ["a 5.2% comp", "comps were up 4%", "comp sales rose", "comparable sales"])
def test_comp_on_its_own_is_same_store_sales(text: str) -> None:
    assert [m.name for _s, _e, m in metrics.metric_matcher().finditer(text)] == ["same-store sales"]


def test_ascii_aliases_need_word_boundaries() -> None:
    assert list(metrics.metric_matcher().finditer("presales and wholesaler")) == []
    assert [m.name for _s, _e, m in metrics.metric_matcher().finditer("AI收入")] == ["revenue"]


def test_trie_regex_prefers_longer_aliases() -> None:
    pattern = trie_regex(["ab", "abc", "abcd", "云", "云智能"])
    assert [m.group() for m in pattern.finditer("abcd abc ab 云智能 云")] == [
        "abcd",
        "abc",
        "ab",
        "云智能",
        "云",
    ]


_GUARD = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)")
"""The first-character lookaheads ``trie_regex`` puts before the alternatives."""
_ALIAS_TEXT = st.lists(
    st.sampled_from(
        [
            *("Alibaba", "ALIBABA group", "alibaba-cloud", "Tencent", "阿里巴巴", "阿里云", "腾讯", "淘宝天猫", "9988"),
            *(" ", "-", "x", "'s", "ſ", "K", "İ", "ı", "“", "\n", "1", "Ä"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_ALIAS_TEXT)
def test_trie_first_character_lookaheads_keep_every_match(text: str) -> None:
    # the lookaheads only skip positions where no alias can start: the matches are the same without them
    for matcher in (subjects.company_matcher(), subjects.subject_matcher(None), metrics.metric_matcher()):
        guarded = matcher.pattern
        plain = re.compile(_GUARD.sub("", guarded.pattern), guarded.flags)
        assert plain.pattern != guarded.pattern
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(_ALIAS_TEXT, st.sampled_from(["Revenue", "net INCOME", "Cloud Intelligence", "taobao", "GMV", "Q3"]))
def test_matchers_read_ascii_text_lowercased_with_the_same_matches(text: str, word: str) -> None:
    text = text.encode("ascii", "ignore").decode() + " " + word + " " + text.upper().encode("ascii", "ignore").decode()
    for matcher in (subjects.company_matcher(), subjects.subject_matcher(None), metrics.metric_matcher()):
        assert matcher.on_lower is not None and matcher.on_ascii is not None
        expected = [
            (m.start(), m.end(), matcher.entries[alias_key(m.group())])
            for m in matcher.pattern.finditer(text)
            if matcher.entries.get(alias_key(m.group())) is not None
        ]
        assert list(matcher.finditer(text)) == expected


@pytest.mark.parametrize(
    ("subject", "names", "segment"),
    [
        ("NovaSky Cloud", ("NovaSky Technology Group",), "cloud"),  # name + "cloud" (+ "segment" is an alias)
        ("星穹云", ("星穹科技集團",), "cloud"),  # traditional name; 云 + 业务 is an alias
        ("Orbita Advertising", ("Orbita Holdings Inc", "奥比塔"), "advertising"),
        ("NovaSky Mall", ("NovaSky Technology Group",), None),  # not a lexicon segment
        ("星云", ("星穹科技集团",), None),  # one character in common is no name
        ("Cloud Nine", ("NovaSky Technology Group",), None),  # does not start with the name
        ("NovaSky", ("NovaSky Technology Group",), None),  # the name alone is the company
        ("cloud", ("NovaSky Technology Group",), None),  # already the lexicon's name
    ],
)
def test_a_line_named_with_the_company_s_own_name_is_the_lexicon_segment(
    subject: str, names: tuple[str, ...], segment: str | None
) -> None:
    assert subjects.own_line(subject, names, "NVSK") == segment


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["ai", "AI", "aidc", "+", "云", "cloud", '"', "other", " ", "-", "x", "s"]), max_size=14))
def test_ascii_text_finds_what_the_whole_trie_finds(words: list[str]) -> None:
    # aliases that share ASCII beginnings with aliases of another script ("AI+云领域" beside "AIDC")
    b = MatcherBuilder()
    for alias in ("AI+云领域", "AI加云领域", "AIDC", "AI", "Alibaba Cloud", '"Other" segment', "“其他”分部", "云"):
        b.add(alias, alias)
    matcher = b.build()
    text = "".join(words)
    assert matcher.on_ascii is not None
    expected = [
        (m.start(), m.end(), matcher.entries[alias_key(m.group())]) for m in matcher.pattern.finditer(text)
    ]
    assert list(matcher.finditer(text)) == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALIAS_TEXT, max_size=6))
def test_texts_scanned_as_one_find_what_each_text_finds(texts: list[str]) -> None:
    from finbrief.lexicon.trie import matches_in

    for matcher in (subjects.company_matcher(), metrics.metric_matcher()):
        expected = [(i, s, e, entry) for i, text in enumerate(texts) for s, e, entry in matcher.finditer(text)]
        assert list(matches_in(matcher, texts)) == expected
        ascii_texts = [t.encode("ascii", "ignore").decode() for t in texts]
        expected = [(i, s, e, entry) for i, text in enumerate(ascii_texts) for s, e, entry in matcher.finditer(text)]
        assert list(matches_in(matcher, ascii_texts)) == expected


def test_a_name_never_runs_from_one_text_into_the_next() -> None:
    from finbrief.lexicon.trie import matches_in

    texts = ["Revenue at Alibaba", "Group level rose", "Alibaba Group"]
    matcher = subjects.company_matcher()
    expected = [(i, s, e, entry) for i, text in enumerate(texts) for s, e, entry in matcher.finditer(text)]
    assert list(matches_in(matcher, texts)) == expected
    assert [(i, e - s) for i, s, e, _entry in expected] == [(0, 7), (2, 13)]


def test_a_metric_named_in_chinese_reads_back_as_itself() -> None:
    """A Chinese brief's name for a metric must not be another metric's word ("收益" is revenue in Hong
    Kong results, so gains are 利得; 净债务 is net debt, not debt)."""
    owner: dict[str, str] = {}
    for metric in metrics.metrics():
        for alias in metric.aliases:
            owner[alias_key(alias)] = metric.name
    synonyms = {("earnings", "profit"), ("pre-tax income", "pre-tax profit")}
    misread = {
        (m.name, zh, owner[alias_key(zh)])
        for m in metrics.metrics()
        if (zh := glossary.term(m.name, "zh-Hans"))
        and owner.get(alias_key(zh), m.name) != m.name
        and (m.name, owner[alias_key(zh)]) not in synonyms
    }
    assert misread == set()


def test_a_boundary_taken_into_the_match_finds_the_same_aliases() -> None:
    from finbrief.lexicon.trie import matches_in

    b = MatcherBuilder()
    for alias in ("Orbita", "Orbita Cloud", "NovaSky", "9988"):
        b.add(alias, alias)
    matcher = b.build()
    assert matcher.after_boundary is not None and subjects.company_matcher().after_boundary is not None
    texts = ["Orbita Cloud and NovaSky", "xOrbita NovaSky-Orbita", "9988", "Orbita,NovaSky Orbitas 19988", ""]
    expected = [
        (i, m.start(), m.end(), matcher.entries[alias_key(m.group())])
        for i, text in enumerate(texts)
        for m in matcher.pattern.finditer(text)
    ]
    assert [(i, s, e, entry) for i, text in enumerate(texts) for s, e, entry in matcher.finditer(text)] == expected
    assert list(matches_in(matcher, texts)) == expected
    assert [(i, e - s) for i, s, e, _entry in expected] == [(0, 12), (0, 7), (1, 7), (1, 6), (2, 4), (3, 6), (3, 7), (3, 7)]
    b.add("Orbita Co.", "Orbita")  # an alias that ends outside a word: the boundary stays a lookbehind
    assert b.build().after_boundary is None


def test_names_bound_to_a_context_stay_out_of_the_main_matcher() -> None:
    """"renewals" names a lease rate only where the paragraph talks of leasing: no phrase lookup sees it as a metric."""
    assert not list(metrics.metric_matcher().finditer("renewals"))
    found = [e.name for _a, _b, e in metrics.context_matcher().finditer("renewals") if e is not None]
    assert found == ["renewal rate growth"]
    assert "leasing" in metrics.context_words()


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("净利润", "net income"),
        ("期内溢利", "net income"),
        ("年内溢利", "net income"),
        ("归母净利润", "net income attributable to shareholders"),
        ("归属于本行股东的净利润", "net income attributable to shareholders"),
        ("本公司拥有人应占溢利", "net income attributable to shareholders"),
        ("股东应占溢利", "net income attributable to shareholders"),
        ("扣除非经常性损益后归属于上市公司股东的净利润", "net income excluding non-recurring items"),
        ("归属于上市公司股东的扣除非经常性损益的净利润", "net income excluding non-recurring items"),
        ("投资资产规模", "investment assets"),
        ("派息比例", "payout ratio"),
    ],
)
def test_the_groups_profit_the_owners_share_and_the_profit_net_of_one_off_items_are_three_metrics(
    text: str, metric: str
) -> None:
    """A page giving the group's profit beside the parent's owners' share states two figures, not two values of one."""
    found = [(s, e, m.name) for s, e, m in metrics.metric_matcher().finditer(text)]
    assert found == [(0, len(text), metric)]
