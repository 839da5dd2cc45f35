"""Display names in the output language: people (people lexicon), subjects and metrics (glossary)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from finbrief.ingest.script import CJK_RE
from finbrief.model import Document
from finbrief.summarize.text import to_script

# Generic speaker ids the structure stage gives to unnamed roles.
_GENERIC = {
    "operator": {"en": "Operator", "zh-Hans": "操作员"},
    "host": {"en": "Host", "zh-Hans": "主持人"},
    "company-representative": {"en": "Company representative", "zh-Hans": "公司代表"},
}
# English display forms of canonical metric names that are abbreviations.
_EN_DISPLAY = {
    "EPS": "earnings per share",
    "FFO": "FFO",
}


def _load(name: str) -> Any:
    try:
        text = (resources.files("finbrief") / "lexicon" / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return yaml.safe_load(text) or {}


@cache
def _people_names() -> dict[str, dict[str, str]]:
    data = _load("people.yaml")
    return {p["id"]: dict(p.get("names") or {}) for p in data.get("people") or () if "id" in p}


def speaker_name(doc: Document, speaker_id: str | None, lang: str) -> str | None:
    """A speaker's name as a reader of ``lang`` knows it (Eddie Wu / 吴泳铭 / 吳泳銘)."""
    if speaker_id is None:
        return None
    generic = _GENERIC.get(speaker_id)
    if generic:
        return generic["en"] if lang == "en" else to_script(generic["zh-Hans"], lang)
    known = _people_names().get(speaker_id, {})
    if lang in known:
        return known[lang]
    if lang == "zh-Hant" and "zh-Hans" in known:
        return to_script(known["zh-Hans"], lang)
    sp = doc.speakers_by_id.get(speaker_id)
    names = sp.names() if sp else (speaker_id,)
    latin = [n for n in names if not CJK_RE.search(n)]
    chinese = [n for n in names if CJK_RE.search(n)]
    if lang == "en":
        return latin[0] if latin else names[0]
    return to_script(chinese[0], lang) if chinese else names[0]


@cache
def _glossary() -> dict[str, dict[str, str]]:
    """Canonical English name -> display name per language: glossary, then metrics, subjects, companies."""
    out: dict[str, dict[str, str]] = {}

    def add(entry: dict[str, Any]) -> None:
        name = entry.get("name")
        if not name:
            return
        names: dict[str, str] = {"en": _EN_DISPLAY.get(name, name)}
        names.update({k: v for k, v in (entry.get("names") or {}).items() if v})
        if "zh-Hans" not in names:
            zh = next((a for a in entry.get("aliases") or () if CJK_RE.search(str(a))), None)
            if zh:
                names["zh-Hans"] = str(zh)
        out.setdefault(name, names)

    # The glossary's display names first; other lexicons fill in terms it does not list.
    for name, names in (_load("glossary.yaml").get("terms") or {}).items():
        if isinstance(names, dict) and names.get("en"):
            entry = {k: str(v) for k, v in names.items() if v}
            entry["en"] = _EN_DISPLAY.get(str(name), entry["en"])
            out.setdefault(str(name), entry)
    for e in _load("metrics.yaml").get("metrics") or ():
        add(e)
    for e in _load("subjects.yaml").get("segments") or ():
        add(e)
    for e in _load("companies.yaml").get("companies") or ():
        add(e)
    return out


_SUFFIXES = (" guidance", " target", " plan")


def term(name: str, lang: str) -> str:
    """Display form of a canonical subject or metric name in ``lang``."""
    entry = _glossary().get(name)
    if entry is None:
        for suffix in _SUFFIXES:  # "revenue guidance": the base metric's display name
            if name.endswith(suffix) and name[: -len(suffix)] in _glossary():
                return term(name[: -len(suffix)], lang)
        if lang == "en" or CJK_RE.search(name):
            return to_script(name, lang) if lang != "en" else name
        return name
    if lang in entry:
        return entry[lang]
    if lang == "zh-Hant" and "zh-Hans" in entry:
        return to_script(entry["zh-Hans"], lang)
    return entry.get("en", name)


def en_metric(name: str, per_share: bool = False) -> str:
    """English metric phrase for running text: abbreviations expanded where readers expect words."""
    out = term(name, "en")
    if per_share and re.search(r"funds from operations|\bffo\b", out, re.I):
        return re.sub(r"funds from operations|\bFFO\b", "FFO per share", out, flags=re.I)
    return re.sub(r"\bEPS\b", "earnings per share", out)


@cache
def segment_names() -> frozenset[str]:
    """Canonical names of business units and products (subjects.yaml segments)."""
    return frozenset(e["name"] for e in _load("subjects.yaml").get("segments") or () if "name" in e)


@cache
def company_names() -> frozenset[str]:
    """Canonical names of companies finbrief knows (companies.yaml)."""
    return frozenset(e["name"] for e in _load("companies.yaml").get("companies") or () if "name" in e)
