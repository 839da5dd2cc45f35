"""Display names in the output language: people (people lexicon), subjects and metrics (glossary)."""

from __future__ import annotations

import re
from functools import cache

from finbrief.ingest.script import CJK_RE
from finbrief.lexicon import companies as _companies
from finbrief.lexicon import subjects as _subjects
from finbrief.lexicon.glossary import term
from finbrief.lexicon.people import people
from finbrief.model import Document
from finbrief.summarize.text import to_script

__all__ = ["company_names", "en_metric", "segment_names", "speaker_name", "subject_name", "term"]

# Generic speaker ids the structure stage gives to unnamed roles.
_GENERIC = {
    "operator": {"en": "Operator", "zh-Hans": "操作员"},
    "host": {"en": "Host", "zh-Hans": "主持人"},
    "company-representative": {"en": "Company representative", "zh-Hans": "公司代表"},
}


@cache
def _people_names() -> dict[str, dict[str, str]]:
    return {p.id: dict(p.names) for p in people().people}


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
        return latin[0] if latin else romanised(names[0])
    return to_script(chinese[0], lang) if chinese else names[0]


def romanised(name: str) -> str:
    """A Chinese name in pinyin, surname first ("林志远" -> "Lin Zhiyuan"); other text as it is.

    For a reader of English when neither the people lexicon nor the roster gives the person an
    English name. Surnames with a reading of their own ("曾" Zeng) come from the glossary.
    """
    if not CJK_RE.search(name) or not re.fullmatch(r"[\u3400-\u9fff]{2,4}", name):
        return name
    from pypinyin import Style, lazy_pinyin  # imported only when a name needs it (~0.3 s)

    from finbrief.lexicon.glossary import surnames
    from finbrief.text.script import to_simplified

    simple = to_simplified(name)
    known = surnames()
    size = 2 if len(simple) >= 3 and simple[:2] in known else 1
    head = simple[:size]
    family = known.get(head) or "".join(lazy_pinyin(head, style=Style.NORMAL))
    given = "".join(lazy_pinyin(simple[size:], style=Style.NORMAL))
    return f"{family.capitalize()} {given.capitalize()}".strip()


def en_metric(name: str, per_share: bool = False) -> str:
    """English metric phrase for running text: abbreviations expanded where readers expect words."""
    out = term(name, "en")
    if per_share and re.search(r"funds from operations|\bffo\b", out, re.I) and "per share" not in out:
        return re.sub(r"funds from operations|\bFFO\b", "FFO per share", out, flags=re.I)
    return re.sub(r"\bEPS\b", "earnings per share", out)


def subject_name(name: str, lang: str) -> str | None:
    """A subject as a reader of ``lang`` reads it: its lexicon name, a Chinese business line the
    lexicons do not list in English word by word ("海外" -> "overseas"); None when an English reader
    would get Chinese (the caller names no subject rather than a wrong or unreadable one)."""
    shown = term(name, lang)
    if lang != "en" or not CJK_RE.search(shown):
        return shown
    from finbrief.lexicon.glossary import name_in_english

    return name_in_english(shown)


def segment_names() -> frozenset[str]:
    """Canonical names of business units and products (subjects.yaml segments)."""
    return _subjects.segment_names()


@cache
def company_names() -> frozenset[str]:
    """Canonical names of companies finbrief knows (companies.yaml)."""
    return frozenset(c.name for c in _companies.companies())
