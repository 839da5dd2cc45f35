"""The theme taxonomy (themes.yaml) compiled once: themes, topics, noise patterns, metric weights."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import LexiconError
from finbrief.text.regex import anchored, by_identity
from finbrief.text.script import to_traditional

DEFAULT_METRIC_WEIGHT = 0.4
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


# The only lower-case letters IGNORECASE equates with ASCII ones ("ı" with i, "ſ" with s).
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})
_ESCAPES_AND_NAMES = re.compile(r"\\.|\(\?P[<=]\w+>?")


@by_identity
def _on_lower(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for lower-cased text only (as every caller here passes): the
    same matches (after ``_folded``) about three times faster. Kept as is unless it is ASCII with
    no upper-case letter of its own. Either way behind ``anchored``'s lookahead for its first characters."""
    bare = _ESCAPES_AND_NAMES.sub("", pattern.pattern)
    if not pattern.flags & re.IGNORECASE or not pattern.pattern.isascii() or any(c.isupper() for c in bare):
        return anchored(pattern)
    return anchored(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))


def _folded(low: str) -> str:
    """Lower-cased text as ``_on_lower`` patterns read it; same length, so spans index ``low``."""
    return low if low.isascii() or ("ı" not in low and "ſ" not in low) else low.translate(_FOLD)


def _has_cjk(text: str) -> bool:
    """Chinese keywords apply only to Chinese text ("ai" must not match inside "said")."""
    return not text.isascii() and _CJK.search(text) is not None


def _title(titles: dict[str, str], key: str, lang: str) -> str:
    """A title in ``lang``; zh-Hant converted from zh-Hans when not given, else English, else the key."""
    if lang in titles:
        return titles[lang]
    if lang == "zh-Hant" and "zh-Hans" in titles:
        return to_traditional(titles["zh-Hans"])
    return titles.get("en", key)


def _keyword_hits(en: re.Pattern[str] | None, zh: tuple[str, ...], low: str, simplified_low: str) -> int:
    """How many keywords a lower-cased text mentions, each keyword counted once."""
    n = sum(1 for k in zh if k in simplified_low) if _has_cjk(simplified_low) else 0
    if en is not None:
        n += len({low[m.start() : m.end()].lower() for m in _on_lower(en).finditer(_folded(low))})
    return n


@dataclass(frozen=True)
class Theme:
    key: str
    titles: dict[str, str]
    weight: float
    metrics: tuple[str, ...]
    en: re.Pattern[str] | None
    zh: tuple[str, ...]

    def title(self, lang: str) -> str:
        """Title in ``lang`` (``en``, ``zh-Hans``, ``zh-Hant``); zh-Hant falls back to converted zh-Hans."""
        return _title(self.titles, self.key, lang)

    def keyword_hits(self, low: str, simplified_low: str) -> int:
        """How many of the theme's keywords a sentence mentions (each keyword counted once)."""
        return _keyword_hits(self.en, self.zh, low, simplified_low)

    def owns_metric(self, metric: str) -> bool:
        low = metric.lower()
        return any(m in low for m in self.metrics)


@dataclass(frozen=True)
class Topic:
    """A finer subject than a theme ("cloud growth", "capex"): what a chapter or a question is about."""

    key: str
    titles: dict[str, str]
    weight: float
    en: re.Pattern[str] | None
    zh: tuple[str, ...]
    metrics: tuple[str, ...] = ()
    """A fact whose canonical metric name contains one of these is on the topic."""
    subjects: tuple[str, ...] = ()
    """A fact whose canonical subject name contains one of these is on the topic."""

    def title(self, lang: str) -> str:
        """Short lower-case title in ``lang`` (zh-Hant converted from zh-Hans when not given)."""
        return _title(self.titles, self.key, lang)

    def hits(self, low: str, simplified_low: str) -> int:
        """How many of the topic's keywords a text mentions (each keyword counted once)."""
        return _keyword_hits(self.en, self.zh, low, simplified_low)

    def owns_fact(self, metric: str, subject: str) -> bool:
        m, s = metric.lower(), subject.lower()
        return any(k in m for k in self.metrics) or any(k in s for k in self.subjects)


@dataclass(frozen=True)
class Taxonomy:
    themes: tuple[Theme, ...]
    drop_en: re.Pattern[str]
    drop_zh: tuple[str, ...]
    down_en: re.Pattern[str]
    down_zh: tuple[str, ...]
    metric_weights: tuple[tuple[str, float], ...]
    en_all: re.Pattern[str] | None = None
    """Every theme's English keywords in one regex, one named group per theme (one pass a sentence)."""
    topics: tuple[Topic, ...] = ()
    """Finer subjects for chapter and question titles (``topics`` in themes.yaml)."""

    def theme_hits(self, low: str, simplified_low: str) -> dict[str, int]:
        """Keyword hits per theme in one pass over the English words (each keyword counted once)."""
        out: dict[str, int] = {}
        if _has_cjk(simplified_low):
            # only the keywords whose first character the text has are looked for
            index = self._zh_by_first
            counts = [0] * len(self.themes)
            for c in index.keys() & {"", *simplified_low}:  # (counts do not depend on the order)
                for i, k in index[c]:
                    if k in simplified_low:
                        counts[i] += 1
            for t, n in zip(self.themes, counts, strict=True):
                if n:
                    out[t.key] = n
        if self.en_all is not None:
            seen: set[tuple[str, str]] = set()
            for m in _on_lower(self.en_all).finditer(_folded(low)):
                key = m.lastgroup or ""
                word = low[m.start() : m.end()]
                if (key, word) not in seen:
                    seen.add((key, word))
                    out[key] = out.get(key, 0) + 1
        return out

    @cached_property
    def _zh_by_first(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """Every theme's Chinese keywords by first character: (theme index, keyword)."""
        index: dict[str, list[tuple[int, str]]] = {}
        for i, t in enumerate(self.themes):
            for k in t.zh:
                index.setdefault(k[:1], []).append((i, k))
        return {c: tuple(entries) for c, entries in index.items()}

    def by_key(self, key: str) -> Theme:
        for t in self.themes:
            if t.key == key:
                return t
        raise KeyError(key)

    def is_noise(self, low: str, simplified_low: str) -> bool:
        """A disclaimer, call procedure or page furniture: never worth extracting."""
        if _on_lower(self.drop_en).search(_folded(low)):
            return True
        return _has_cjk(simplified_low) and self._drop_zh_any.search(simplified_low) is not None

    def pleasantries(self, low: str, simplified_low: str) -> int:
        """How many greeting, thanks or filler cues a sentence carries."""
        n = len(_on_lower(self.down_en).findall(_folded(low)))  # (a count without match objects)
        if _has_cjk(simplified_low) and self._down_zh_any.search(simplified_low) is not None:
            n += sum(1 for k in self.down_zh if k in simplified_low)
        return n

    @cached_property
    def _drop_zh_any(self) -> re.Pattern[str]:
        """Any Chinese noise keyword, in one search."""
        return _any_of(self.drop_zh)

    @cached_property
    def _down_zh_any(self) -> re.Pattern[str]:
        """Any Chinese greeting or filler cue, in one search (before counting them)."""
        return _any_of(self.down_zh)

    def metric_weight(self, metric: str) -> float:
        """How much a figure of this metric matters to an analyst (first matching rule wins)."""
        low = metric.lower()
        for match, weight in self.metric_weights:
            if match in low:
                return weight
        return DEFAULT_METRIC_WEIGHT


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching wherever one of ``words`` occurs (never, for none)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x")


def _combined(themes: dict[str, list[str]]) -> re.Pattern[str] | None:
    """One regex of all themes' English keywords: ``(?P<theme>...)`` alternatives between word bounds."""
    groups = [f"(?P<{key}>{'|'.join(f'(?:{p})' for p in pats)})" for key, pats in themes.items() if pats]
    if not groups:
        return None
    return re.compile(r"\b(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE)


def _word_regex(patterns: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex of whole-word English patterns (``^`` patterns anchor at the start).

    Runs of patterns with the same word bounds share them (``h(?:a|b)t`` for ``h(?:a)t|h(?:b)t``:
    the same matches in the same order of preference, the bound tested once a position, not once
    an alternative, which is most of a long alternation's time)."""
    if not patterns:
        return None
    runs: list[tuple[str, str, list[str]]] = []
    for p in patterns:
        head = "" if p.startswith("^") else r"(?<![\w-])"
        tail = "" if p.endswith(" ") else r"(?![\w-])"
        if runs and runs[-1][:2] == (head, tail):
            runs[-1][2].append(p)
        else:
            runs.append((head, tail, [p]))
    parts = [f"{head}(?:{'|'.join(f'(?:{p})' for p in ps)}){tail}" for head, tail, ps in runs]
    return re.compile("|".join(parts), re.IGNORECASE)


def taxonomy_from_data(data: dict[str, Any]) -> Taxonomy:
    """Compile taxonomy data (tests may pass their own)."""
    themes = []
    for key, t in (data.get("themes") or {}).items():
        titles = dict(t.get("titles") or {})
        if "en" not in titles:
            raise ValueError(f"themes: {key}: an English title is required")
        themes.append(
            Theme(
                key=key,
                titles=titles,
                weight=float(t.get("weight", 1.0)),
                metrics=tuple(m.lower() for m in t.get("metrics") or ()),
                en=_word_regex(list(t.get("en") or ())),
                zh=tuple(str(k).lower() for k in t.get("zh") or ()),
            )
        )
    topics = tuple(
        Topic(
            key=key,
            titles=dict(t.get("titles") or {}),
            weight=float(t.get("weight", 1.0)),
            en=_word_regex(list(t.get("en") or ())),
            zh=tuple(str(k).lower() for k in t.get("zh") or ()),
            metrics=tuple(str(m).lower() for m in t.get("metrics") or ()),
            subjects=tuple(str(m).lower() for m in t.get("subjects") or ()),
        )
        for key, t in (data.get("topics") or {}).items()
    )
    for topic in topics:
        if "en" not in topic.titles:
            raise ValueError(f"topics: {topic.key}: an English title is required")
    noise = data.get("noise") or {}
    drop = noise.get("drop") or {}
    down = noise.get("down") or {}
    never = re.compile(r"(?!x)x")
    en_all = _combined({key: list(t.get("en") or ()) for key, t in (data.get("themes") or {}).items()})
    return Taxonomy(
        themes=tuple(themes),
        drop_en=_word_regex(list(drop.get("en") or ())) or never,
        drop_zh=tuple(str(k).lower() for k in drop.get("zh") or ()),
        down_en=_word_regex(list(down.get("en") or ())) or never,
        down_zh=tuple(str(k).lower() for k in down.get("zh") or ()),
        metric_weights=tuple(
            (str(m["match"]).lower(), float(m["weight"])) for m in data.get("metric_weights") or ()
        ),
        en_all=en_all,
        topics=topics,
    )


@cache
def taxonomy() -> Taxonomy:
    """The packaged taxonomy, loaded once per process."""
    try:
        return taxonomy_from_data(files.load("themes.yaml"))
    except (ValueError, KeyError, TypeError) as e:
        raise LexiconError(f"lexicon/themes.yaml: {e}") from None
