"""What a passage is about, in the output language: titles of chapters and topics of questions.

A title says what a reader finds in the passage, from the passage itself:

- its **business line**, when one dominates: the subject most of its figures are about (other than
  the company itself) or a segment the lexicons know that it keeps naming, in the output language
  ("FirstService Residential", "Cloud Intelligence Group"); several business lines reporting side by
  side make it "segment" results;
- its **topics**: the metrics its figures measure ("revenue", "adjusted EBITDA", "occupancy") and
  the finance terms it uses most (glossary ``phrases``: "labor", "cap rates", "capex"), weighted
  by how much each says, the first mentioned first.

Both come from data that fits any industry (the metrics of the facts stage, the glossary), so a
REIT's chapter is about occupancy and rents and a bank's about loans and provisions. A passage with
neither gets the taxonomy's topics (``themes.yaml``), and only with more than one mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from finbrief.lexicon.glossary import find_phrases
from finbrief.lexicon.subjects import subject_matcher
from finbrief.summarize import commit, realise
from finbrief.summarize.names import company_names, en_metric, subject_name, term
from finbrief.summarize.text import to_script
from finbrief.summarize.units import Reading, Unit

# A term needs this much support (weighted mentions; a figure of the metric counts 1) to name a topic.
MIN_SUPPORT = 0.9
# A business line names a passage when it has at least this many mentions and this share of all.
MIN_SUBJECT_MENTIONS = 2
SUBJECT_SHARE = 0.6
# Business lines reporting side by side (this many or more) make a passage's figures segment results.
SEGMENT_MIX = 3
# Metrics that say nothing as a topic on their own.
_BARE = frozenset({"share", "count", "growth"})
_SEGMENT_WORD = {"en": "segment", "zh-Hans": "分部"}
# Terms that qualify a topic rather than name one ("growth" of what?).
_VAGUE = frozenset({"growth", "增速"})


def join(parts: Sequence[str], lang: str) -> str:
    """ "a", "a and b", "a, b and c" (English); "a", "a与b", "a、b与c" (Chinese)."""
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    if lang == "en":
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return "、".join(parts[:-1]) + to_script("与", lang) + parts[-1]


def _metric_term(metric: str, lang: str) -> str:
    """A metric as a topic: the glossary's running-text term when it has one ("capital expenditure"
    is "capex", "share buyback" is "buybacks"), else its display name."""
    base = realise._base_metric(metric)
    shown = en_metric(base)
    hits = find_phrases(shown)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(shown):
        return hits[0].phrase.display(lang)
    if lang == "en":
        return shown if shown[:1].isupper() and shown[1:2].isupper() else shown[:1].lower() + shown[1:]
    return term(base, lang)


def topics(reading: Reading, weighted: Sequence[tuple[Unit, float]], lang: str, k: int) -> list[str]:
    """Up to ``k`` topics of some sentences (each with a weight), in ``lang``, first mentioned first."""
    score: dict[str, float] = {}
    first: dict[str, tuple[int, int]] = {}
    for u, w in weighted:
        metrics = {realise._base_metric(f.metric) for f in u.facts} - _BARE
        for m in sorted(metrics):
            shown = _metric_term(m, lang)
            key = shown.lower()
            score[key] = score.get(key, 0.0) + w
            first.setdefault(key, (u.index, -1))
            first[key] = min(first[key], (u.index, -1))
        for shown, weight, at in commit.term_hits(u, lang):
            if shown in _VAGUE:
                continue
            key = shown.lower()
            score[key] = score.get(key, 0.0) + weight * w
            first.setdefault(key, (u.index, at))
    display: dict[str, str] = {}
    for u, _ in weighted:  # the casing a term is shown in: its metric's, else the glossary's
        for shown, _w, _a in commit.term_hits(u, lang):
            display.setdefault(shown.lower(), shown)
        for f in u.facts:
            shown = _metric_term(f.metric, lang)
            display[shown.lower()] = shown
    ranked = sorted((t for t in score if score[t] >= MIN_SUPPORT), key=lambda t: (-score[t], first[t]))
    kept: list[str] = []
    for t in ranked:
        if len(kept) >= k:
            break
        if any(_within(t, o, lang) for o in kept):
            continue  # "margin" when "adjusted EBITDA margin" is named
        kept = [o for o in kept if not _within(o, t, lang)]
        kept.append(t)
    return [display.get(t, t) for t in sorted(kept, key=lambda t: first[t])]


def _within(short: str, long: str, lang: str) -> bool:
    if short == long:
        return True
    if lang == "en":
        return f" {short} " in f" {long} "
    return short in long


def subject(reading: Reading, units: Sequence[Unit], lang: str) -> str | None:
    """The business line a passage is about, in ``lang``: "segment" when several report side by side,
    None when none dominates (or it has no name a reader of ``lang`` can read)."""
    main = realise.main_subject(reading.facts)
    others = company_names()
    counts: Counter[str] = Counter()
    reporting: Counter[str] = Counter()  # business lines by the figures the passage gives them
    figures = 0
    matcher = subject_matcher(main)
    for u in units:
        named = {f.subject for f in u.facts if f.subject != main and f.subject not in others}
        figures += len(u.facts)
        for f in u.facts:
            if f.subject in named:
                reporting[f.subject] += 1
        for _s, _e, entry in matcher.finditer(u.simple):
            if getattr(entry, "kind", "") == "segment" and entry.name:
                named.add(entry.name)
        for name in named:
            counts[name] += 1
    if not counts:
        return None
    shown = {n: subject_name(n, lang) for n in counts}
    readable = Counter({n: c for n, c in counts.items() if shown[n]})
    best, top = max(sorted(readable.items()), key=lambda kv: kv[1], default=(None, 0))
    if best is not None and top >= MIN_SUBJECT_MENTIONS and top >= SUBJECT_SHARE * sum(counts.values()):
        return shown[best]
    lines = [n for n in reporting if shown.get(n)]
    if len(lines) >= SEGMENT_MIX and sum(reporting[n] for n in lines) * 2 >= figures:
        word = _SEGMENT_WORD["en"] if lang == "en" else to_script(_SEGMENT_WORD["zh-Hans"], lang)
        return word
    return None


def about(reading: Reading, weighted: Sequence[tuple[Unit, float]], lang: str, k: int) -> str:
    """ "FirstService Residential revenue and EBITDA": a passage's business line and topics in
    ``lang``, or "" when it names neither."""
    units = [u for u, _ in weighted]
    who = subject(reading, units, lang)
    found = topics(reading, weighted, lang, k if who is None else min(k, 2))
    if who and found:
        if lang == "en":
            return f"{who} {join(found, lang)}"
        return f"{who}{to_script('的', lang)}{join(found, lang)}"
    return who or join(found, lang)
