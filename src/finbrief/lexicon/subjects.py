"""Subjects a figure can be about (subjects.yaml): segments, references to the company, anaphora."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from finbrief.lexicon import files
from finbrief.lexicon.companies import companies
from finbrief.lexicon.files import check_keys, fail, section, strings
from finbrief.lexicon.trie import Matcher, MatcherBuilder, alias_key
from finbrief.text.script import to_simplified

SubjectKind = Literal["company", "segment", "region", "reference", "anaphora", "phrase", "topic"]
"""``phrase``: a business line named by the words before a metric (it names its own sentence only);
``topic``: one a sentence introduces (it stays the subject of what follows)."""
_FILE = "subjects.yaml"


@dataclass(frozen=True)
class SubjectEntry:
    """One subject alias target: a company, a segment, a reference to the company, an anaphor."""

    name: str
    kind: SubjectKind
    company: str | None = None


@dataclass(frozen=True)
class Segment:
    """One segment entry of subjects.yaml."""

    name: str
    aliases: tuple[str, ...]
    company: str | None = None
    """The company whose documents the entry applies to (None: any document)."""
    series: str | None = None
    """The segment this one was renamed to: figures of both are one series over time."""


@cache
def segments() -> tuple[Segment, ...]:
    """Segment entries, in file order."""
    data = files.load(_FILE)
    check_keys(
        data,
        _FILE,
        "top level",
        ("segments", "regions", "company_references", "anaphora", "ignore", "segment_name_stopwords", "whole_book_words",
         "phrase_words"),
    )
    known = {c.name for c in companies()}
    out = []
    for i, s in enumerate(section(data, "segments", _FILE)):
        where = f"segments[{i}]"
        check_keys(s, _FILE, where, ("aliases", "company", "series"), ("name",))
        name = str(s["name"])
        comp = s.get("company")
        if comp is not None and comp not in known:
            raise fail(_FILE, f"{where} ({name})", f"company {comp!r} is not in companies.yaml")
        out.append(
            Segment(
                name, strings(s.get("aliases"), _FILE, f"{where} ({name}): aliases"), comp, s.get("series")
            )
        )
    names = {s.name for s in out}
    for s in out:
        if s.series is not None and s.series not in names:
            raise fail(_FILE, s.name, f"series {s.series!r} is not a segment name")
    return tuple(out)


def _words(key: str) -> tuple[str, ...]:
    segments()  # validates the file
    return strings(files.load(_FILE).get(key), _FILE, key)


@cache
def regions() -> tuple[Segment, ...]:
    """Regions (``regions``): subjects of the figures of their own sentence."""
    segments()
    out = []
    for i, r in enumerate(section(files.load(_FILE), "regions", _FILE)):
        check_keys(r, _FILE, f"regions[{i}]", ("aliases",), ("name",))
        out.append(Segment(str(r["name"]), strings(r.get("aliases"), _FILE, f"regions[{i}]: aliases")))
    return tuple(out)


@cache
def segment_names() -> frozenset[str]:
    """Canonical names of business units and products."""
    return frozenset(s.name for s in segments())


@cache
def series_aliases() -> dict[str, str]:
    """Former segment name -> the name of the series it continues (a renamed segment)."""
    out: dict[str, str] = {}
    for s in segments():
        if s.series is not None:
            target = s.series
            seen = {s.name}
            while (nxt := next((x.series for x in segments() if x.name == target), None)) is not None:
                if nxt in seen:
                    raise fail(_FILE, s.name, "series names form a cycle")
                seen.add(target)
                target = nxt
            out[s.name] = target
    return out


def series_name(subject: str) -> str:
    """The series a subject's figures belong to: itself, or the segment it was renamed to."""
    return series_aliases().get(subject, subject)


@cache
def segment_name_stopwords() -> frozenset[str]:
    """Words that open a capitalised phrase without being part of a segment's name ("By segment")."""
    return frozenset(_words("segment_name_stopwords"))


@cache
def whole_book_words() -> frozenset[str]:
    """Words before a unit's kind that name the company's whole book, not one unit ("on our loan portfolio")."""
    return frozenset(w.casefold() for w in _words("whole_book_words"))


def subject_matcher(company_name: str | None) -> Matcher:
    """Subjects for a document about ``company_name``: all companies, its segments, generic words.

    Companies without segments of their own share one matcher (compiled once).
    """
    return _subject_matcher(company_name if company_name in _own_segments() else None)


@cache
def _own_segments() -> frozenset[str | None]:
    """Companies the lexicon lists segments of (asked for every sentence: worked out once)."""
    return frozenset(seg.company for seg in segments())


@cache
def subject_names(company_name: str | None) -> frozenset[str]:
    """Canonical subject names a document about ``company_name`` can speak of."""
    return frozenset(
        e.name for e in subject_matcher(company_name).entries.values() if e is not None and e.name
    )


@cache
def _subject_matcher(company_name: str | None) -> Matcher:
    """``subject_matcher`` for a company with segments of its own, or for any other (None)."""
    b = MatcherBuilder()
    for alias in _words("ignore"):
        b.add(alias, None)
    for seg in segments():
        if seg.company not in (None, company_name):
            continue
        entry = SubjectEntry(seg.name, "segment", seg.company)
        for alias in seg.aliases:
            b.add(alias, entry)
    for region in regions():
        entry = SubjectEntry(region.name, "region")
        for alias in region.aliases:
            b.add(alias, entry)
    for alias in _words("anaphora"):
        b.add(alias, SubjectEntry("", "anaphora"))
    for alias in _words("company_references"):
        b.add(alias, SubjectEntry("", "reference"))
    for comp in companies():
        entry = SubjectEntry(comp.name, "company", comp.name)
        for alias in comp.aliases:
            b.add(alias, entry)
    return b.build()


@cache
def company_matcher() -> Matcher:
    """Company names only, to find which company a document is about."""
    b = MatcherBuilder()
    for seg in segments():
        # a segment name that contains a company name ("阿里云") must not count as the company
        for alias in seg.aliases:
            b.add(alias, None, override=True)
    for comp in companies():
        for alias in comp.aliases:
            b.add(alias, comp.name, override=True)
    return b.build()


@dataclass(frozen=True)
class PhraseWords:
    """Word lists for subjects named by the words before a metric (``phrase_words``)."""

    en_stop: frozenset[str]
    en_ing: frozenset[str]
    zh_cut: tuple[str, ...]
    zh_prefix: tuple[str, ...]
    zh_suffix: tuple[str, ...]
    zh_not_end: tuple[str, ...]
    line_words: tuple[str, ...]
    generic: frozenset[str]
    en_name_words: frozenset[str]
    zh_org_suffix: tuple[str, ...] = ()
    zh_firm_relation: tuple[str, ...] = ()
    """Words that name a firm by its relation to the company before its name ("全资子公司", "旗下"): a subsidiary's."""
    zh_family_suffix: tuple[str, ...] = ()
    zh_other_parts: frozenset[str] = frozenset()
    """Names of the rest of a firm's parts ("其他业务"): a part of its own, not the firm's whole."""
    """Endings of a Chinese firm's name ("兴业银行", "国泰人寿"): another firm a clause can be about."""
    zh_org_not_start: tuple[str, ...] = ()
    """Openings of words with such an ending that name a kind of firm, not one ("股份制银行", "上市险企")."""
    zh_firm_kinds: tuple[str, ...] = ()
    zh_listed_name_end: tuple[str, ...] = ()
    """Endings of a listed firm's short name ("瀚川股份", "海拓电子"): a headline opening on one is about that firm."""
    zh_title_tags: frozenset[str] = frozenset()
    """Tags a headline opens with ("【公告】", "三季报速递｜"): a kind of item, no firm."""
    """Kinds of firm a counted or listed group of them is named by ("13家金控", "上市银行"): a group, no one firm."""
    zh_forecasters: tuple[str, ...] = ()
    """Parties whose forecasts of a company a story reports ("市场平均预料", "摩通预料"): not the company."""
    zh_forecaster_kinds: tuple[str, ...] = ()
    zh_developer_words: tuple[str, ...] = ()
    """Endings of a property developer's name and words for developers ("中泓地产", "百强房企"): their 销售额 is contracted sales."""
    """Endings of a research house's name ("远观咨询", "瞰房研究院"): whatever it forecasts is no firm's own figure."""
    zh_topic_end: tuple[str, ...] = ()
    zh_unit_heading_end: tuple[str, ...] = ()
    """Endings of a heading line that names a part of the business ("一、储能业务"): the subject of the figures under it."""
    zh_whole_heading_start: tuple[str, ...] = ()
    """Openings that make such a heading the whole business ("一、主营业务", "各业务板块"), no one part of it."""
    """Endings of a digest's section heading that names a topic, not a firm ("财务表现 - …", "产能数据 - …")."""
    en_not_heads: frozenset[str] = frozenset()
    en_topic_heading_words: frozenset[str] = frozenset()
    """Words of an English heading line that names a topic of the call, not a unit ("Outlook", "Balance Sheet")."""
    """Capitalised words that head a clause without naming a business, site or product ("Board", "FX")."""
    en_site_heads: frozenset[str] = frozenset()
    """Lowercase nouns that end a named business, site or product ("Lakeside mall", "Canyon Ranch brand")."""
    en_talk_verbs: frozenset[str] = frozenset()
    """Verbs of a speaker's turn: a name before them is a person's ("Jim will review", "Dana noted")."""
    en_basis: frozenset[str] = frozenset()
    """Words that say how a metric is measured ("cash NOI", "pro rata"): never a business line's name."""
    en_not_units: frozenset[str] = frozenset()
    """Words that say what kind a business is, never which unit ("our base business", "the global business")."""
    en_level_words: frozenset[str] = frozenset()
    """Words that name the level a metric is taken at, alone before it ("property operating expenses", "hotel
    EBITDA margin"): the company's own properties, no business line."""
    en_whole_words: frozenset[str] = frozenset()
    """Words that name the whole of what the company owns or does, alone before a metric ("portfolio RevPAR",
    "worldwide GDV"): the company's figure, no business line."""
    en_party_words: frozenset[str] = frozenset()
    """Words that name whom a metric counts, alone before it ("client retention", "customer deposits"): the
    company's clients, no business line."""
    en_unit_heads: frozenset[str] = frozenset()
    """Lowercase nouns a part of the business named by lowercase words ends in when it heads a clause ("our resort
    portfolio generated", "the timber segments delivered"): that part's figures, not the company's."""
    en_chosen_words: frozenset[str] = frozenset()
    """Words that single out a group of the company's products before its name ("our key dermatology portfolio"):
    part of that group's name, though alone they say only how much it matters."""
    en_talk_topics: frozenset[str] = frozenset()
    """Words of a part of the talk, not a business, that a sentence turns to ("Moving now to the balance sheet.")."""
    en_line_metrics: frozenset[str] = frozenset()
    """Metrics a business line reports: a bare one opening a line goes on about the line named the line before."""
    en_lead_phrases: frozenset[str] = frozenset()
    """Lowercase nouns that make "In X," a turn of phrase ("In contrast,", "In practice,"), never a business line."""
    en_geography: frozenset[str] = frozenset()
    """Words that split a business by where it sells, opening a long measure's name ("domestic tower cash flow
    margin"): the measure is that part's."""
    en_walk_opens: tuple[str, ...] = ()
    """Lowercase phrases announcing a walk through the units whose names the text may lack ("let's review the
    segments"): a bare figure after one is some unit's, not the company's (see ``en_walk_ends``)."""
    en_walk_ends: tuple[str, ...] = ()
    """Lowercase phrases by which the talk returns to the whole company after such a walk ("on a consolidated basis",
    "turning to the balance sheet")."""
    en_time_phrases: frozenset[str] = frozenset()
    """Phrases of time and manner, each also without its opening preposition and article ("in the near term",
    "near term"): when a figure is or how it is counted, never a business line (``time_phrase``)."""


@cache
def phrase_words() -> PhraseWords:
    """The ``phrase_words`` lists of subjects.yaml."""
    segments()
    data = section(files.load(_FILE), "phrase_words", _FILE, dict)
    check_keys(
        data,
        _FILE,
        "phrase_words",
        (
            "en_stop",
            "en_ing",
            "zh_cut",
            "zh_prefix",
            "zh_firm_relation",
            "zh_suffix",
            "zh_family_suffix",
            "zh_other_parts",
            "zh_not_end",
            "line_words",
            "generic",
            "en_name_words",
            "zh_org_suffix",
            "zh_org_not_start",
            "zh_firm_kinds",
            "zh_listed_name_end",
            "zh_title_tags",
            "zh_forecasters",
            "zh_forecaster_kinds",
            "zh_developer_words",
            "zh_topic_end",
            "zh_unit_heading_end",
            "zh_whole_heading_start",
            "en_not_heads",
            "en_topic_heading_words",
            "en_site_heads",
            "en_talk_verbs",
            "en_basis",
            "en_not_units",
            "en_level_words",
            "en_whole_words",
            "en_party_words",
            "en_unit_heads",
            "en_chosen_words",
            "en_talk_topics",
            "en_line_metrics",
            "en_lead_phrases",
            "en_geography",
            "en_time_phrases",
            "en_walk_opens",
            "en_walk_ends",
        ),
    )

    def words(key: str) -> tuple[str, ...]:
        return strings(data.get(key), _FILE, f"phrase_words: {key}")

    longest_first = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
    return PhraseWords(
        en_stop=frozenset(w.casefold() for w in words("en_stop")),
        en_ing=frozenset(w.casefold() for w in words("en_ing")),
        zh_cut=longest_first(words("zh_cut")),
        zh_prefix=longest_first(words("zh_prefix") + words("zh_firm_relation")),
        zh_firm_relation=longest_first(words("zh_firm_relation")),
        zh_suffix=longest_first(words("zh_suffix")),
        zh_family_suffix=longest_first(words("zh_family_suffix")),
        zh_other_parts=frozenset(words("zh_other_parts")),
        zh_not_end=words("zh_not_end"),
        line_words=words("line_words"),
        generic=frozenset(words("generic")),
        en_name_words=frozenset(w.casefold() for w in words("en_name_words")),
        zh_org_suffix=longest_first(words("zh_org_suffix")),
        zh_org_not_start=words("zh_org_not_start"),
        zh_firm_kinds=longest_first(words("zh_firm_kinds")),
        zh_listed_name_end=longest_first(words("zh_listed_name_end")),
        zh_title_tags=frozenset(words("zh_title_tags")),
        zh_forecasters=longest_first(words("zh_forecasters")),
        zh_forecaster_kinds=longest_first(words("zh_forecaster_kinds")),
        zh_developer_words=longest_first(words("zh_developer_words")),
        zh_topic_end=longest_first(words("zh_topic_end")),
        zh_unit_heading_end=longest_first(words("zh_unit_heading_end")),
        zh_whole_heading_start=longest_first(words("zh_whole_heading_start")),
        en_not_heads=frozenset(w.casefold() for w in words("en_not_heads")),
        en_topic_heading_words=frozenset(w.casefold() for w in words("en_topic_heading_words")),
        en_site_heads=frozenset(w.casefold() for w in words("en_site_heads")),
        en_talk_verbs=frozenset(w.casefold() for w in words("en_talk_verbs")),
        en_basis=frozenset(w.casefold() for w in words("en_basis")),
        en_not_units=frozenset(w.casefold() for w in words("en_not_units")),
        en_level_words=frozenset(w.casefold() for w in words("en_level_words")),
        en_whole_words=frozenset(w.casefold() for w in words("en_whole_words")),
        en_party_words=frozenset(w.casefold() for w in words("en_party_words")),
        en_unit_heads=frozenset(w.casefold() for w in words("en_unit_heads")),
        en_chosen_words=frozenset(w.casefold() for w in words("en_chosen_words")),
        en_talk_topics=frozenset(w.casefold() for w in words("en_talk_topics")),
        en_line_metrics=frozenset(words("en_line_metrics")),
        en_lead_phrases=frozenset(w.casefold() for w in words("en_lead_phrases")),
        en_geography=frozenset(w.casefold() for w in words("en_geography")),
        en_time_phrases=frozenset(form for w in words("en_time_phrases") for form in _phrase_forms(w)),
        en_walk_opens=tuple(w.casefold() for w in words("en_walk_opens")),
        en_walk_ends=tuple(w.casefold() for w in words("en_walk_ends")),
    )


_PHRASE_OPENING = frozenset({"in", "on", "over", "at", "for", "a", "an", "the"})
"""Words a time phrase may be written with or without ("in the near term", "near term")."""


def _phrase_forms(phrase: str) -> tuple[str, ...]:
    """``phrase`` as compared (casefolded, hyphens as spaces), with and without its opening prepositions and articles."""
    words = phrase.casefold().replace("-", " ").split()
    forms = [" ".join(words)]
    while len(words) > 1 and words[0] in _PHRASE_OPENING:
        words = words[1:]
        forms.append(" ".join(words))
    return tuple(forms)


def time_phrase(name: str) -> bool:
    """Whether ``name`` is all a phrase of time or manner ("near term", "back-half", "run-rate basis"), never a business line."""
    return _phrase_forms(name)[0] in phrase_words().en_time_phrases


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.-]*|[^\sA-Za-z0-9]")
"""A word of a name: an ASCII word, or one other character (a Chinese name is read character by character)."""


@lru_cache(maxsize=8192)
def own_line(subject: str, company_names: tuple[str, ...], company: str | None) -> str | None:
    """The lexicon segment a subject names as the company's own business line: the company's name,
    then the segment's bare name ("NovaSky Cloud" and "星穹云" in a document of NovaSky Technology
    Group, 星穹科技集团, are its ``cloud``); None when the subject is not such a name.

    The company's name is one the document gives it (``company_names``); the subject must start with
    at least its first word (two characters in Chinese) and go on with words that, alone or followed
    by a business-line word (``line_words``: "业务", "segment"), are a segment alias for the company.
    """
    if subject in segment_names():
        return None
    entries = subject_matcher(company).entries
    words = _WORD.findall(to_simplified(subject))
    for name in company_names:
        own = _WORD.findall(to_simplified(name))
        k = 0
        while k < min(len(words), len(own)) and words[k].casefold() == own[k].casefold():
            k += 1
        if k == 0 or k == len(words) or (k == 1 and not own[0].isascii()):
            continue  # no common start, nothing after it, or a single Chinese character
        rest = " ".join(words[k:])
        for tail in ("", *phrase_words().line_words):
            found = entries.get(alias_key(f"{rest} {tail}"))
            if isinstance(found, SubjectEntry) and found.kind == "segment":
                return found.name
    return None
