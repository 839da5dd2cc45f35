"""Display names of canonical terms per output language (glossary.yaml, then the other lexicons)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from finbrief.lexicon import files
from finbrief.lexicon.companies import companies
from finbrief.lexicon.files import check_keys, fail, section, strings
from finbrief.lexicon.metrics import metrics
from finbrief.lexicon.subjects import segments
from finbrief.text.script import CJK_RE, to_simplified, to_traditional

_FILE = "glossary.yaml"
_FORWARD_SUFFIXES = (" guidance", " target", " plan")
"""Suffixes facts add to a metric name for a forecast: shown as the base metric's name."""


def _data() -> dict[str, object]:
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("terms", "source_terms", "phrases", "firms", "surnames", "words"))
    return data


@cache
def terms() -> dict[str, dict[str, str]]:
    """The glossary's own entries: canonical term -> display name per language (``en``, ``zh-Hans``)."""
    out: dict[str, dict[str, str]] = {}
    for name, names in section(_data(), "terms", _FILE, dict).items():
        check_keys(names, _FILE, f"terms: {name}", ("zh-Hans", "zh-Hant"), ("en",))
        out[str(name)] = {str(k): "" if v is None else str(v) for k, v in names.items()}
    return out


@cache
def display_names() -> dict[str, dict[str, str]]:
    """Canonical English name -> display name per language: the glossary, then metrics, segments and
    companies (their ``names``, else the first Chinese alias for ``zh-Hans``)."""
    out = {k: {lang: v for lang, v in names.items() if v} for k, names in terms().items() if names.get("en")}
    entries: list[tuple[str, tuple[str, ...]]] = [(m.name, m.aliases) for m in metrics()]
    entries += [(s.name, s.aliases) for s in segments()]
    entries += [(c.name, c.aliases) for c in companies()]
    for name, aliases in entries:
        if name in out:
            continue
        names = {"en": name}
        zh = next((a for a in aliases if CJK_RE.search(a)), None)
        if zh:
            names["zh-Hans"] = zh
        out[name] = names
    return out


def _script(text: str, lang: str) -> str:
    if lang == "zh-Hant":
        return to_traditional(text)
    if lang == "zh-Hans":
        return to_simplified(text)
    return text


def term(name: str, lang: str = "en") -> str:
    """Display form of a canonical subject or metric name in ``lang`` (``en``, ``zh-Hans``, ``zh-Hant``).

    A forecast's metric ("revenue guidance") shows as its base metric; zh-Hant is converted from
    zh-Hans when the lexicon gives no traditional form; an unknown name is shown as it is.
    """
    entry = display_names().get(name)
    if entry is None:
        for suffix in _FORWARD_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in display_names():
                return term(name[: -len(suffix)], lang)
        return _script(name, lang) if lang != "en" and CJK_RE.search(name) else name
    if lang in entry:
        return entry[lang]
    if lang == "zh-Hant" and "zh-Hans" in entry:
        return to_traditional(entry["zh-Hans"])
    return entry.get("en", name)


def _word(word: str) -> re.Pattern[str]:
    """A word, or its plural, standing alone."""
    return re.compile(rf"(?<![A-Za-z-]){re.escape(word)}(?:s|es)?(?![A-Za-z-])", re.IGNORECASE)


SourceTerms = tuple[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]], ...]


@cache
def source_terms() -> dict[str, SourceTerms]:
    """Metric -> (display word, (source word, its pattern)...) pairs: a display word shown as the
    source writes it ("sales" for revenue) when the source uses that word."""
    out: dict[str, SourceTerms] = {}
    for metric, entry in section(_data(), "source_terms", _FILE, dict).items():
        if not isinstance(entry, dict):
            raise fail(_FILE, f"source_terms: {metric}", "expected a mapping of display word -> source words")
        out[str(metric)] = tuple(
            (_word(str(display)), tuple((str(w), _word(str(w))) for w in words or ()))
            for display, words in entry.items()
        )
    return out


@dataclass(frozen=True)
class Phrase:
    """A finance term of running text with its forms in both languages ("capex" / 资本开支)."""

    en: str
    """English display term (lower case unless a name or an abbreviation)."""
    zh: str
    """Chinese display term (simplified)."""
    zh_forms: tuple[str, ...]
    en_forms: tuple[str, ...]
    weight: float = 1.0
    ratio: bool = False
    """A ratio (margin, share): a percentage it moves by is in percentage points."""

    def display(self, lang: str) -> str:
        if lang == "en":
            return self.en
        return to_traditional(self.zh) if lang == "zh-Hant" else self.zh


@dataclass(frozen=True)
class PhraseHit:
    phrase: Phrase
    start: int
    end: int


@cache
def phrases() -> tuple[Phrase, ...]:
    """The glossary's running-text finance terms (``phrases``), in file order."""
    out = []
    for name, entry in section(_data(), "phrases", _FILE, dict).items():
        where = f"phrases: {name}"
        check_keys(entry, _FILE, where, ("weight", "ratio"), ("zh-Hans", "en"))
        zh = strings(entry.get("zh-Hans"), _FILE, where)
        if not zh:
            raise fail(_FILE, where, "needs at least one Chinese form")
        if any(to_simplified(z) != z for z in zh):
            raise fail(_FILE, where, "Chinese forms are written in simplified Chinese")
        out.append(
            Phrase(
                str(name),
                zh[0],
                tuple(z.lower() for z in zh),
                (re.escape(str(name)), *strings(entry.get("en"), _FILE, where)),
                float(entry.get("weight", 1.0)),
                entry.get("ratio") is True,
            )
        )
    return tuple(out)


# Brackets of an interpreted aside ("(毛)利率", "（获取）更高的（增速）") are read through.
_ASIDE = re.compile(r"[()（）\[\]【】]")


@cache
def _zh_phrase_regex() -> re.Pattern[str]:
    forms = sorted({f for p in phrases() for f in p.zh_forms}, key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in forms))


@cache
def _zh_phrase_index() -> dict[str, Phrase]:
    out: dict[str, Phrase] = {}
    for p in phrases():
        for f in p.zh_forms:
            out.setdefault(f, p)
    return out


@cache
def _en_phrase_regex() -> tuple[re.Pattern[str], tuple[Phrase, ...]]:
    ordered = sorted(phrases(), key=lambda p: -max(len(f) for f in p.en_forms))
    alternatives = [f"(?P<p{i}>{'|'.join(f'(?:{f})' for f in p.en_forms)})" for i, p in enumerate(ordered)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE), tuple(ordered)


def reading_view(text: str) -> str:
    """The text as phrases are matched in it: simplified, lower case, asides' brackets removed (the
    same length as ``text`` is not kept: offsets are into this view)."""
    return _ASIDE.sub("", to_simplified(text).lower())


def find_phrases(text: str) -> list[PhraseHit]:
    """Finance terms a text mentions, longest form first at each place, in order (offsets into
    ``reading_view(text)`` for Chinese text, into ``text`` for English)."""
    if CJK_RE.search(text):
        view = reading_view(text)
        index = _zh_phrase_index()
        hits = [PhraseHit(index[m.group(0)], m.start(), m.end()) for m in _zh_phrase_regex().finditer(view)]
        # English terms inside Chinese text ("capex", "GMV") are caught by their Chinese-side forms.
        return hits
    regex, ordered = _en_phrase_regex()
    out = []
    for m in regex.finditer(text):
        key = m.lastgroup or ""
        out.append(PhraseHit(ordered[int(key[1:])], m.start(), m.end()))
    return out


@cache
def firms() -> dict[str, tuple[str, ...]]:
    """Brokers and banks: English display name -> Chinese names (simplified, display name first)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, names in section(_data(), "firms", _FILE, dict).items():
        zh = strings(names, _FILE, f"firms: {name}")
        if not zh:
            raise fail(_FILE, f"firms: {name}", "needs at least one Chinese name")
        out[str(name)] = zh
    return out


@cache
def _firm_index() -> dict[str, str]:
    from finbrief.lexicon.trie import alias_key

    out: dict[str, str] = {}
    for en, zh in firms().items():
        out.setdefault(alias_key(en), en)
        for z in zh:
            out.setdefault(alias_key(z), en)
    return out


def firm_name(name: str, lang: str) -> str:
    """A firm's name as a reader of ``lang`` knows it (高盛 -> Goldman Sachs; Goldman Sachs -> 高盛);
    a firm the glossary does not know is shown as the roster writes it."""
    from finbrief.lexicon.trie import alias_key

    en = _firm_index().get(alias_key(to_simplified(name)))
    if en is None:
        return name
    if lang == "en":
        return en
    zh = firms()[en][0]
    return to_traditional(zh) if lang == "zh-Hant" else zh


@cache
def surnames() -> dict[str, str]:
    """Surnames (simplified Chinese) whose reading in a name is not their common one -> pinyin."""
    out: dict[str, str] = {}
    for zh, en in section(_data(), "surnames", _FILE, dict).items():
        if to_simplified(str(zh)) != str(zh):
            raise fail(_FILE, f"surnames: {zh}", "write surnames in simplified Chinese")
        out[str(zh)] = str(en)
    return out


@cache
def words() -> dict[str, str]:
    """Words of Chinese business-line names (simplified) -> English (``words``)."""
    out: dict[str, str] = {}
    for zh, en in section(_data(), "words", _FILE, dict).items():
        if to_simplified(str(zh)) != str(zh):
            raise fail(_FILE, f"words: {zh}", "write the Chinese side in simplified Chinese")
        out[str(zh)] = str(en)
    return out


def name_in_english(name: str) -> str | None:
    """A Chinese business-line name no lexicon lists, in English word by word ("海外" -> "overseas",
    "企业服务" -> "enterprise services"), longest word first; None unless every character is covered
    (a name half in English would mislead as much as none)."""
    known = words()
    text = to_simplified(name).strip()
    longest = max(map(len, known), default=0)
    out: list[str] = []
    i = 0
    while i < len(text):
        if not CJK_RE.match(text[i]):
            m = re.match(r"[A-Za-z0-9&.+-]+", text[i:])
            if m is None:
                if text[i] in " ·-":
                    i += 1
                    continue
                return None
            out.append(m.group())
            i += m.end()
            continue
        for size in range(min(longest, len(text) - i), 0, -1):
            if text[i : i + size] in known:
                out.append(known[text[i : i + size]])
                i += size
                break
        else:
            return None
    return " ".join(out) or None
