"""What an answer commits to, restated in the output language from cue words and finance terms.

A sentence is a commitment, guidance, timeline, priority or share statement when it carries a cue
of ``lexicon/cues.yaml``; the gist of an answer prefers such sentences. Some cues can also be
restated, so a reader who does not read the source language learns what was promised:

- a predicate ("可以缩减一半", "will not be spread evenly") is restated around its subject, the
  finance term (glossary ``phrases``) nearest before it in its clause — not one that only says
  why ("根据供应链的不同..."), and else the subject of the sentence before — with the horizon the
  sentence names ("短期", "in the second half"): "Unit-economics loss can be halved in the short
  term.";
- a priority ("优先级还是增速...而不是利润率") names what comes first and what it comes before,
  the second term possibly in the next sentence: "The priority is growth rather than margin.";
- a share ("新需求中大约60%到70%是来自推理服务") names the part and the whole: "About 60% to 70% of
  new demand comes from inference."

Nothing is restated without a known term for every slot: an unknown subject leaves the sentence a
quote in its own language. Every number a restatement prints comes from its source sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from finbrief.facts.numbers import NumberMention, bare_dollar, format_amount, parse_numbers
from finbrief.lexicon.cues import Cue, cues
from finbrief.lexicon.glossary import Phrase, PhraseHit, find_phrases, reading_view
from finbrief.summarize.text import is_floor, kept_qualifier, to_script
from finbrief.summarize.units import Unit

_CLAUSE_END = re.compile(r"[，,;；:：。.!！?？]")
# What may stand between a term and the one it qualifies ("阿里云的总体的增速": cloud growth).
_JOIN_ZH = re.compile(r"(?:的|总体|整体|整个|业务|方面)*")


@dataclass(frozen=True)
class Restatement:
    """A commitment restated in the output language, with the source sentences it rests on."""

    text: str
    kind: str
    units: tuple[Unit, ...]


def view(u: Unit) -> str:
    """The text cues and terms are matched in: for Chinese, simplified, lower case, no asides."""
    return reading_view(u.text) if u.chinese else u.text


def cue_kinds(u: Unit) -> frozenset[str]:
    """Kinds of cue a sentence carries (commitment, guidance, timeline, priority, share)."""
    return _kinds(u.text, u.chinese)


@lru_cache(maxsize=16384)
def _kinds(source: str, chinese: bool) -> frozenset[str]:
    c = cues()
    text = reading_view(source) if chinese else source
    kinds = {s.kind for s in (*c.stances, *c.predicates, *c.horizons) if s.search(text, chinese)}
    if c.priority.search(text, chinese):
        kinds.add("priority")
    if c.share.search(text, chinese):
        kinds.add("share")
    return frozenset(kinds)


def _say(cue: Cue, lang: str, **slots: str) -> str:
    template = cue.say["en"] if lang == "en" else to_script(cue.say["zh-Hans"], lang)
    text = template.format(**slots)
    text = text[:1].upper() + text[1:] if lang == "en" else text
    return text.rstrip(".。") + ("." if lang == "en" else "。")


def _hits(text: str, chinese: bool) -> list[PhraseHit]:
    """Finance terms of a text, without those in a clause an adverbial makes a circumstance
    ("由于供应链...", "根据供应链的不同", "regardless of policy")."""
    adverbials = cues().adverbials
    pattern = adverbials.zh if chinese else adverbials.en
    out = []
    for h in find_phrases(text):
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, h.start)), default=0)
        before = text[clause_start : h.start]
        if pattern is not None and any(pattern.search(before[: i + 1]) for i in range(len(before))):
            continue
        out.append(h)
    return out


def _phrase(hits: Sequence[PhraseHit], text: str, lang: str, chinese: bool) -> str:
    """The display of the last term, with a qualifying term just before it ("cloud growth")."""
    return _join(_words(hits, text, chinese), lang)


def _words(hits: Sequence[PhraseHit], text: str, chinese: bool) -> list[Phrase]:
    """The last term, with a qualifying term just before it ("cloud growth")."""
    last = hits[-1]
    words = [last.phrase]
    if len(hits) > 1:
        prev = hits[-2]
        gap = text[prev.end : last.start]
        if (
            prev.phrase is not last.phrase
            and (_JOIN_ZH.fullmatch(gap) if chinese else gap.strip() in ("", "'s"))
            and prev.phrase.weight >= 0.7
        ):
            words.insert(0, prev.phrase)
    return words


def _join(words: Sequence[Phrase], lang: str) -> str:
    if lang == "en":
        return " ".join(w.display(lang) for w in words)
    return "".join(w.display(lang) for w in words)


def _subject_words(text: str, m: re.Match[str], chinese: bool) -> list[Phrase]:
    """The term a predicate matched at ``m`` is about: the nearest before it in its clause, else one
    inside the cue ("按照我们的投资计划推进"), else the nearest before it in the sentence."""
    hits = _hits(text, chinese)
    before = [h for h in hits if h.end <= m.start()]
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    in_clause = [h for h in before if h.start >= clause_start]
    inside = [h for h in hits if h.start >= m.start() and h.end <= m.end()]
    for group in (in_clause, before, inside):
        if group:
            return _words(group, text, chinese)
    return []


def _entity(u: Unit, around: Sequence[Unit], lang: str, company: str | None) -> str | None:
    """A segment or product (else a company) the sentence, else the one before, names, in ``lang``."""
    from finbrief.lexicon.subjects import subject_matcher
    from finbrief.summarize.names import term

    for w in (u, *around):
        found = [e for _, _, e in subject_matcher(company).finditer(w.simple) if e.name]
        found.sort(key=lambda e: e.kind != "segment")
        if found:
            return term(found[0].name, lang)
    return None


# A sentence that goes on from the one before ("但是每个季度...", "However, ...").
_GOES_ON = re.compile(r"^(?:但是?|不过|同时|而且|并且|然而)|^(?:but|however|and|although)\b", re.IGNORECASE)


def _topic(u: Unit, lang: str) -> str | None:
    """What a sentence is about, for the sentence after it: its weightiest term, earliest first."""
    text = view(u)
    hits = _hits(text, u.chinese)
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.phrase.weight, -h.start))
    return best.phrase.display(lang)


# A year that dates a horizon ("2026年下半年", "明年下半年"): said with it, never dropped.
_ZH_HORIZON_YEAR = re.compile(r"(?:(20\d\d)\s*年|(明年|今年|后年))\s*$")
_YEAR_WORDS = {"明年": ("of next year", "明年"), "今年": ("of this year", "今年"), "后年": ("of the year after next", "后年")}


def _horizon(text: str, chinese: bool, lang: str) -> str:
    for h in cues().horizons:
        m = h.search(text, chinese)
        if not m:
            continue
        say = h.say["en"] if lang == "en" else to_script(h.say["zh-Hans"], lang)
        year = _ZH_HORIZON_YEAR.search(text[: m.start()]) if chinese else None
        if year is None or h.key in ("this_year", "next_year"):
            return say
        if year.group(1):
            return f"{say} of {year.group(1)}" if lang == "en" else f"{year.group(1)}年{say.removeprefix('今年')}"
        en, zh = _YEAR_WORDS[year.group(2)]
        return f"{say} {en}" if lang == "en" else to_script(zh, lang) + say
    return ""


def _with_horizon(sentence: str, horizon: str, lang: str) -> str:
    if not horizon:
        return sentence
    if lang == "en":
        return sentence.rstrip(".") + f" {horizon}."
    return horizon + "，" + sentence


def _share(u: Unit, lang: str) -> Restatement | None:
    c = cues()
    text = view(u)
    pattern = c.share.zh if u.chinese else c.share.en
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    whole = [h for h in _hits(m.group("whole"), u.chinese)]
    part = [h for h in _hits(m.group("part"), u.chinese)]
    figures = parse_numbers(m.group("share"))
    if not whole or not part or len(figures) != 1 or figures[0].unit != "%":
        return None
    amount = _figure_words(figures[0], lang, m.group("share"))
    text_out = _say(
        c.share,
        lang,
        share=amount,
        whole=_phrase(whole, m.group("whole"), lang, u.chinese),
        part=_phrase(part, m.group("part"), lang, u.chinese),
    )
    return Restatement(text_out, "share", (u,))


def _priority(u: Unit, after: Unit | None, lang: str) -> Restatement | None:
    c = cues()
    text = view(u)
    m = c.priority.search(text, u.chinese)
    if m is None:
        return None
    versus = c.versus.search(text, u.chinese) if c.versus.zh or c.versus.en else None
    first_zone = text[m.end() : versus.start()] if versus and versus.start() > m.end() else text[m.end() :]
    first = _hits(first_zone, u.chinese)
    used: tuple[Unit, ...] = (u,)
    if versus is not None and versus.start() > m.end():
        second = _hits(text[versus.end() :], u.chinese)
    elif after is not None:
        later = view(after)
        v2 = c.versus.search(later, after.chinese)
        second = _hits(later[v2.end() :], after.chinese) if v2 else []
        used = (u, after)
    else:
        second = []
    if not first or not second or first[0].phrase is second[0].phrase:
        return None
    return Restatement(
        _say(c.priority, lang, first=first[0].phrase.display(lang), second=second[0].phrase.display(lang)),
        "priority",
        used,
    )


# Grades of growth said in words ("两位数增长" is double-digit growth), by their parsed value.
_GRADES = {10.0: ("double-digit", "两位数"), 100.0: ("triple-digit", "三位数")}


def _figure_words(f: NumberMention, lang: str, text: str = "") -> str:
    """A percentage or a range of them as the output language says it, with its qualifier; ``text`` is
    what ``f`` was read from (a stated floor there, "at least 5%", stays a floor)."""
    if f.value_high is None and abs(f.value) in _GRADES and not any(c.isdigit() for c in f.raw):
        en, zh = _GRADES[abs(f.value)]
        return en if lang == "en" else to_script(zh, lang)
    values = sorted(abs(v) for v in (f.value, f.value_high) if v is not None)
    # a bare "$" stays bare: it is the document's dollar, which need not be the US's (C$ for a Canadian landlord)
    dollar = "$" if bare_dollar(f.unit, f.raw) else "US$"
    amount = format_amount(values[0], f.unit, lang, decimals=f.decimals, dollar=dollar, long_units=True)
    if len(values) > 1:
        high = format_amount(values[1], f.unit, lang, decimals=f.decimals_high or 0, dollar=dollar, long_units=True)
        if f.unit == "pp":  # (the unit once: "3 to 5 percentage points", "3至5个百分点")
            amount = format_amount(values[0], "count", lang, decimals=f.decimals)
        amount += f" to {high}" if lang == "en" else f"至{high}"
    qualifier = {"approx": ("about ", "约"), "over": ("more than ", "超过"), "under": ("less than ", "不到")}
    if f.qualifier == "over" and is_floor(text[: f.start]):
        qualifier["over"] = ("at least ", "至少")
    kept = kept_qualifier(f.qualifier, text[: f.start])
    if f.qualifier and kept is not None:
        qualifier[f.qualifier] = (kept, "近" if kept == "nearly " else qualifier[f.qualifier][1])
    if f.qualifier:
        en, zh = qualifier[f.qualifier]
        amount = (en if lang == "en" else zh) + amount
    return amount


def _slots(text: str, m: re.Match[str], lang: str, ratio: bool = False) -> dict[str, str]:
    """``{by}``: a percentage said right after a predicate ("下降3%至5%": " by 3% to 5%"), in points
    when it is said so or it moves a ratio in Chinese (``ratio``: "占比将下降5%" is by 5 points);
    ``{grade}``: a grade of growth inside it ("恢复两位数增长": "double-digit ")."""
    by = grade = ""
    window = text[m.end() : m.end() + 24]
    after = [f for f in parse_numbers(window) if f.start <= 2 and f.unit in ("%", "pp")]
    if after:
        figure = after[0]
        if ratio and figure.unit == "%":
            figure = replace(figure, unit="pp")
        words = _figure_words(figure, lang, window)
        by = f" by {words}" if lang == "en" else words
    inside = [f for f in parse_numbers(m.group(0)) if f.unit == "%"]
    if inside:
        words = _figure_words(inside[0], lang, m.group(0))
        grade = f"{words} " if lang == "en" else words
    return {"by": by, "grade": grade}


def _predicate(u: Unit, before: Unit | None, lang: str, company: str | None) -> Restatement | None:
    text = view(u)
    ahead = bool(cue_kinds(u) & {"guidance", "commitment"}) or bool(_horizon(text, u.chinese, lang))
    for cue in cues().predicates:
        if not cue.say or (cue.kind == "guidance" and not ahead):
            continue
        m = cue.search(text, u.chinese)
        if m is None:
            continue
        ratio = False
        if cue.subject == "entity":
            subject = _entity(u, [before] if before is not None else [], lang, company)
        else:
            words = _subject_words(text, m, u.chinese)
            subject = _join(words, lang) if words else None
            ratio = u.chinese and bool(words) and words[-1].ratio  # (Chinese says a ratio's points as %)
            if subject is None and before is not None and _GOES_ON.search(u.text.strip()):
                subject = _topic(before, lang)
        if subject is None:
            return None
        said = _say(cue, lang, subject=subject, **_slots(text, m, lang, ratio))
        sentence = _with_horizon(said, _horizon(text, u.chinese, lang), lang)
        return Restatement(sentence, cue.kind, (u,))
    return None


def restate(
    u: Unit, lang: str, before: Unit | None = None, after: Unit | None = None, company: str | None = None
) -> Restatement | None:
    """A commitment of sentence ``u`` restated in ``lang``, or None; ``before`` and ``after`` are the
    sentences around it in its paragraph (a subject, or the second term of a priority, may be there);
    ``company`` is the document's (its segments name what an entity predicate is about)."""
    if not u.text.strip():
        return None
    return _share(u, lang) or _priority(u, after, lang) or _predicate(u, before, lang, company)


def horizon(u: Unit, lang: str) -> str:
    """When a sentence says something is for ("in the second half"), in ``lang``; "" if it does not."""
    return _horizon(view(u), u.chinese, lang)


def term_hits(u: Unit, lang: str) -> list[tuple[str, float, int]]:
    """The finance terms a sentence mentions, as (display in ``lang``, weight, offset): what it is
    about, circumstances included ("as the economic environment gets tougher...")."""
    return [(h.phrase.display(lang), h.phrase.weight, h.start) for h in find_phrases(view(u))]


def terms(units: Sequence[Unit], lang: str, k: int) -> list[str]:
    """The finance terms a passage is most about, in ``lang``, in order of first mention: weighted by
    the glossary and by how often they come up (an asker's words name their question's topic)."""
    score: dict[str, float] = {}
    first: dict[str, tuple[int, int]] = {}
    shown: dict[str, str] = {}
    for u in units:
        for h in _hits(view(u), u.chinese):
            key = h.phrase.en
            score[key] = score.get(key, 0.0) + h.phrase.weight
            first.setdefault(key, (u.index, h.start))
            shown[key] = h.phrase.display(lang)
    # a term inside a longer one already named ("growth" in "cloud growth") adds nothing
    ranked = sorted(score, key=lambda t: (-score[t], first[t]))
    top = [t for t in ranked if score[t] >= 0.5][:k]
    return [shown[t] for t in sorted(top, key=lambda t: first[t])]
