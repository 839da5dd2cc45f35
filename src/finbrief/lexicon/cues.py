"""Commitment, guidance, timeline and priority cues (cues.yaml) compiled once into typed records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import check_keys, fail, section, strings
from finbrief.text.script import to_simplified

_FILE = "cues.yaml"
KINDS = ("commitment", "guidance", "timeline", "priority", "share")
_LANGS = ("en", "zh-Hans")


def _zh(patterns: tuple[str, ...], where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    for p in patterns:
        if to_simplified(p) != p:
            raise fail(_FILE, where, f"write Chinese patterns in simplified Chinese: {p!r}")
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as e:
        raise fail(_FILE, where, f"bad pattern ({e})") from None


def _en(patterns: tuple[str, ...], where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    try:
        return re.compile(
            r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])", re.IGNORECASE
        )
    except re.error as e:
        raise fail(_FILE, where, f"bad pattern ({e})") from None


def _say(entry: Any, where: str, required: bool) -> dict[str, str]:
    say = entry.get("say")
    if say is None:
        if required:
            raise fail(_FILE, where, "missing keys ['say']")
        return {}
    check_keys(say, _FILE, f"{where}: say", _LANGS, _LANGS)
    return {str(k): str(v) for k, v in say.items()}


@dataclass(frozen=True)
class Cue:
    """Words in both languages, and how what they say is restated per output language."""

    key: str
    kind: str
    zh: re.Pattern[str] | None
    en: re.Pattern[str] | None
    say: dict[str, str]
    subject: str = "term"
    """What fills ``{subject}``: a finance ``term`` (glossary phrases) or an ``entity`` (a company,
    segment or product)."""

    def search(self, text: str, chinese: bool) -> re.Match[str] | None:
        """The cue in a sentence (``text``: the simplified lower-case view for Chinese)."""
        pattern = self.zh if chinese else self.en
        return pattern.search(text) if pattern is not None else None


@dataclass(frozen=True)
class Cues:
    horizons: tuple[Cue, ...]
    predicates: tuple[Cue, ...]
    priority: Cue
    versus: Cue
    share: Cue
    stances: tuple[Cue, ...]
    adverbials: Cue
    """Words before a term that make it a circumstance ("根据供应链", "depending on supply")."""


def _cue(key: str, entry: Any, where: str, kind: str, say_required: bool) -> Cue:
    check_keys(entry, _FILE, where, ("zh", "en", "say", "kind", "versus", "subject"))
    kind = str(entry.get("kind", kind))
    if kind not in KINDS:
        raise fail(_FILE, where, f"kind must be one of {list(KINDS)}")
    subject = str(entry.get("subject", "term"))
    if subject not in ("term", "entity"):
        raise fail(_FILE, where, "subject must be term or entity")
    return Cue(
        key,
        kind,
        _zh(strings(entry.get("zh"), _FILE, where), where),
        _en(strings(entry.get("en"), _FILE, where), where),
        _say(entry, where, say_required),
        subject,
    )


@cache
def cues() -> Cues:
    """The packaged cue lexicon, loaded and checked once."""
    data = files.load(_FILE)
    check_keys(data, _FILE, "top level", ("horizons", "predicates", "priority", "share", "stances", "adverbials"))
    horizons = tuple(
        _cue(str(k), v, f"horizons: {k}", "timeline", True)
        for k, v in section(data, "horizons", _FILE, dict).items()
    )
    predicates = tuple(
        _cue(str(k), v, f"predicates: {k}", "commitment", False)
        for k, v in section(data, "predicates", _FILE, dict).items()
    )
    pri = section(data, "priority", _FILE, dict)
    priority = _cue("priority", pri, "priority", "priority", True)
    versus = pri.get("versus") or {}
    check_keys(versus, _FILE, "priority: versus", ("zh", "en"))
    share = _cue("share", section(data, "share", _FILE, dict), "share", "share", True)
    for lang, p in (("zh", share.zh), ("en", share.en)):
        if p is not None and not {"whole", "share", "part"} <= set(p.groupindex):
            raise fail(_FILE, f"share: {lang}", "patterns need the groups whole, share and part")
    stances = tuple(
        _cue(str(k), v, f"stances: {k}", str(k), False) for k, v in section(data, "stances", _FILE, dict).items()
    )
    adv = section(data, "adverbials", _FILE, dict)
    check_keys(adv, _FILE, "adverbials", ("zh", "en"))
    adverbials = Cue(
        "adverbials",
        "commitment",
        _zh(tuple(f"(?:{p})$" for p in strings(adv.get("zh"), _FILE, "adverbials")), "adverbials"),
        re.compile(
            "(?:" + "|".join(strings(adv.get("en"), _FILE, "adverbials")) + r")\s*$", re.IGNORECASE
        )
        if adv.get("en")
        else None,
        {},
    )
    return Cues(
        horizons,
        predicates,
        priority,
        Cue("versus", "priority", _zh(strings(versus.get("zh"), _FILE, "versus"), "versus"),
            _en(strings(versus.get("en"), _FILE, "versus"), "versus"), {}),
        share,
        stances,
        adverbials,
    )
