"""Fact precision on a hand-labelled set: every field of every extracted fact judged against labels.

Run by hand (not in CI) and copy the printed rows into bench/RESULTS.md:

    .venv/bin/python bench/bench_facts.py

The labels (``bench/labels/facts.jsonl``) cover every figure of chosen paragraphs of real documents
that stay outside the project: ``shared:`` paths are under ``../shared`` (the corpus, ECTSum val,
calls_en), ``extra:`` paths under ``$FINBRIEF_EXTRA`` (default ``/work/extra``: news articles and
call transcripts found for this set). A labelled document that is absent is skipped, and the
output says so. Each label row locates a figure by document, paragraph and character offset and
gives what an analyst reading the source says about it. The figure is found by its text as written
and which occurrence of that text it is in the document (``raw``, ``nth``), so that labels survive
a change in how the text is cut into paragraphs; ``p`` and ``at`` say where it was when labelled:

    {"doc": "extra:zh/x.txt", "p": 5, "at": 23, "raw": "1,928.7億元", "nth": 0, "fact": true, "subject": ["Tencent"], "metric":
     ["revenue"], "value": 1.9287e11, "value_high": null, "unit": "CNY", "change": null,
     "period": "2025Q3", "qualifier": null, "basis": null, "note": "..."}

``subject`` and ``metric`` list every acceptable canonical name (``alts``: other acceptable
subject and metric pairs, as in "anchor" + "occupancy" or the company + "anchor occupancy");
``fact: false`` marks a figure
that is not a fact at all (a year, a share price in a market aside, a hypothetical, a figure of
another company named in passing...), so that extracting it is an error.

Scores: an extracted fact on a labelled figure is judged field by field (value and unit within
0.5%, subject, metric, change, period, qualifier, basis); "all fields" needs every one right. An
extracted fact on a figure of a labelled paragraph that has no label is counted as unjudged.
Recall is the share of ``fact: true`` labels that some extracted fact matches in every field.

``--labels bench/labels/heldout.jsonl`` scores the held-out set instead: documents labelled the
same way but never used to tune the extractor, so that its rows say how the facts stage does on
documents it was not fitted to (compare them with the development rows, never tune on them).
``--labels bench/labels/heldout2.jsonl`` is a second held-out set labelled the same way, on Chinese
pages (``extra:lab9/zh``) and English articles, press releases and call excerpts (``extra:lab9/en``)
of other outlets, layouts and industries; its documents all fall in one row, so add ``--docs
lab9/zh`` or ``--docs lab9/en`` for the rows of one language.
``--labels bench/labels/heldout3.jsonl`` is a third held-out set labelled the same way, on Chinese
news stories, results digests and notes of companies and outlets not in the other sets
(``extra:lab10/zh``) and on the prepared remarks of ten ECTSum test calls of ten industries; its
rows are named by source, not by language (the calls fall in the ECTSum row, the Chinese pages in
the news row), so add ``--docs lab10/zh`` or ``--docs ectsum`` for the rows of one language.

``--labels bench/fact_sets/zh/tune.jsonl`` (and ``check.jsonl``) scores the Chinese fact set kept in the repository
(``bench:`` paths, under ``bench/``): pages of fictional companies written in the layouts of real Chinese pages (broker
notes, results announcements, wires, investor-relations records, exchange Q&A pages, briefings); see its README.

``--alias-names`` also accepts a label metric written as a lexicon alias of the extracted fact's canonical
metric (a label "ADR" for the fact's "average daily rate", "NOI guidance" for "net operating income guidance"):
it shows how much of the metric column is label wording rather than a wrong metric. The default rows judge
names as written.

``--withheld`` prints, for each kind of fact the facts stage withholds by default, how many judged facts of
the set it drops that were right in every field and how many were wrong.

``--draft DOC [--paragraphs 3-9]`` prints a paragraph's figures with the facts extracted for them
and a draft label row for each, to start labelling a new document from.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "labels" / "facts.jsonl"
FIELDS = ("value", "subject", "metric", "change", "period", "qualifier", "basis")


def resolve(doc: str) -> Path:
    """Path of a labelled document: ``shared:`` under ../shared, ``extra:`` under $FINBRIEF_EXTRA, ``bench:`` under
    bench/ (fact sets kept in the repository)."""
    kind, _, rel = doc.partition(":")
    if kind == "shared":
        return ROOT.parent / "shared" / rel
    if kind == "bench":
        return ROOT / "bench" / rel
    if kind == "extra":
        return Path(os.environ.get("FINBRIEF_EXTRA", "/work/extra")) / rel
    raise ValueError(f"unknown document root in {doc!r} (use shared:, extra: or bench:)")


def figure_at(text: str, fact: Any) -> int:
    """Offset of a fact's figure in its paragraph: inside the evidence, at its end unless the metric
    follows the figure."""
    raw = fact.raw
    if raw and text[fact.end - len(raw) : fact.end] == raw:
        return int(fact.end - len(raw))
    at = text.find(raw, fact.start, fact.end) if raw else -1
    return at if at >= 0 else int(fact.start)


class Locator:
    """Where figures are in a document, independent of how its text is cut into paragraphs: a figure
    is its text as written and which occurrence of that text it is in the whole document."""

    def __init__(self, doc: Any) -> None:
        self.starts: dict[int, int] = {}
        parts = []
        pos = 0
        for p in doc.paragraphs:
            self.starts[p.n] = pos
            parts.append(p.text)
            pos += len(p.text) + 2
        self.text = "\n\n".join(parts)

    def key(self, p: int, at: int, raw: str) -> tuple[str, int]:
        """(raw, occurrence index) of the figure written ``raw`` at offset ``at`` of paragraph ``p``."""
        return raw, self.text.count(raw, 0, self.starts[p] + at)


def extract(path: Path) -> tuple[Any, Any]:
    """The parsed document and its fact sheet."""
    from finbrief import facts
    from finbrief.api import parse

    doc = parse(path)
    return doc, facts.run(doc)


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or (b != 0 and abs(a - b) / abs(b) <= 0.005)


def _same_name(name: str, accepted: Any) -> bool:
    """A subject names the same thing when only letter case differs ("Credit card" = "Credit Card")."""
    return name.casefold() in {str(a).casefold() for a in _as_list(accepted)}


_ALIAS_NAMES: dict[str, set[str]] = {}
"""With ``--alias-names``: a metric alias as written (case-folded) -> the canonical names it stands for."""


def _canonical_metrics(names: Any) -> list[Any]:
    """A label's metric names plus the canonical names of those written as a lexicon alias ("ADR" -> "average
    daily rate", "NOI guidance" -> "net operating income guidance"), when ``--alias-names`` is on."""
    out = list(_as_list(names))
    for n in _as_list(names):
        if not isinstance(n, str):
            continue
        base, tail = (n[: -len(" guidance")], " guidance") if n.endswith(" guidance") else (n, "")
        out += [c + tail for c in sorted(_ALIAS_NAMES.get(base.casefold(), ()))]
    return out


def judge(fact: Any, label: dict[str, Any]) -> dict[str, bool]:
    """Field -> right or wrong for one extracted fact against its figure's label."""
    if not label.get("fact", True):
        return dict.fromkeys(FIELDS, False)
    if _ALIAS_NAMES:
        label = {
            **label,
            "metric": _canonical_metrics(label["metric"]),
            "alts": [{**a, "metric": _canonical_metrics(a["metric"])} for a in label.get("alts", ())],
        }
    named = [(label["subject"], label["metric"]), *((a["subject"], a["metric"]) for a in label.get("alts", ()))]
    pair = any(_same_name(fact.subject, s) and fact.metric in _as_list(m) for s, m in named)
    return {
        "value": fact.unit in _as_list(label["unit"])
        and _close(fact.value, label["value"])
        and _close(fact.value_high, label.get("value_high")),
        "subject": pair or (len(named) == 1 and _same_name(fact.subject, label["subject"])),
        "metric": pair or (len(named) == 1 and fact.metric in _as_list(label["metric"])),
        "change": fact.change in _as_list(label.get("change")),
        "period": fact.period in _as_list(label.get("period")),
        "qualifier": fact.qualifier in _as_list(label.get("qualifier")),
        "basis": fact.basis in _as_list(label.get("basis")),
    }


@dataclass
class Tally:
    docs: int = 0
    facts: int = 0
    unjudged: int = 0
    right: Counter[str] = field(default_factory=Counter)
    all_right: int = 0
    gold: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.docs += other.docs
        self.facts += other.facts
        self.unjudged += other.unjudged
        self.right.update(other.right)
        self.all_right += other.all_right
        self.gold += other.gold
        self.found += other.found
        self.errors += other.errors


def score_doc(doc_key: str, labels: list[dict[str, Any]]) -> Tally | None:
    """Judge every fact extracted from labelled paragraphs of one document (None when absent)."""
    path = resolve(doc_key)
    if not path.is_file():
        return None
    doc, sheet = extract(path)
    where = Locator(doc)
    by_figure = {(lab["raw"], lab["nth"]): lab for lab in labels}
    spans = _labelled_spans(where, labels)
    t = Tally(docs=1)
    matched: set[tuple[str, int]] = set()
    for f in sheet:
        at = figure_at(doc.paragraph(f.paragraph).text, f)
        key = where.key(f.paragraph, at, f.raw)
        label = by_figure.get(key)
        if label is None and not _inside(spans, where.starts[f.paragraph] + at):
            continue
        if label is None:
            t.unjudged += 1
            t.errors.append(f"{doc_key} p{f.paragraph}@{at}: unjudged {_show(f)}")
            continue
        t.facts += 1
        verdict = judge(f, label)
        t.right.update(k for k, ok in verdict.items() if ok)
        if all(verdict.values()):
            t.all_right += 1
            matched.add(key)
        else:
            wrong = ",".join(k for k, ok in verdict.items() if not ok)
            t.errors.append(f"{doc_key} p{f.paragraph}@{at} [{wrong}]: {_show(f)} | label {_brief(label)}")
    gold = [lab for lab in labels if lab.get("fact", True)]
    t.gold = len(gold)
    t.found = sum(1 for lab in gold if (lab["raw"], lab["nth"]) in matched)
    return t


def _labelled_spans(where: Locator, labels: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Document stretches from the first to the last labelled figure of each labelled paragraph (as
    cut when labelled): a fact extracted there without a label is unjudged, not ignored."""
    spans: dict[int, list[int]] = defaultdict(list)
    for lab in labels:
        pos = _find(where.text, lab["raw"], lab["nth"])
        if pos >= 0:
            spans[lab["p"]].append(pos)
    return [(min(v), max(v) + 1) for v in spans.values()]


def _find(text: str, raw: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(raw, pos + 1)
        if pos < 0:
            return -1
    return pos


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _show(f: Any) -> str:
    high = f"..{f.value_high:g}" if f.value_high is not None else ""
    return (
        f"{f.subject} | {f.metric} | {f.value:g}{high} {f.unit} | {f.change} | {f.period} | "
        f"{f.qualifier} | {f.basis}"
    )


def _brief(label: dict[str, Any]) -> str:
    if not label.get("fact", True):
        return "not a fact" + (f" ({label['note']})" if label.get("note") else "")
    keys = ("subject", "metric", "value", "value_high", "unit", "change", "period", "qualifier", "basis")
    return " | ".join(str(label.get(k)) for k in keys)


def load_labels(path: Path) -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            row = json.loads(line)
            for key in ("doc", "p", "at", "raw", "nth"):
                if key not in row:
                    raise ValueError(f"{path}:{n}: missing {key}")
            by_doc[row["doc"]].append(row)
    return by_doc


GROUPS: tuple[tuple[str, str], ...] = (
    # (path part, group name): the first row whose part is a component of the document's path wins
    ("train", "ECTSum train (en)"),
    ("val", "ECTSum val (en)"),
    ("test", "ECTSum test (en)"),
    ("calls_en", "calls_en (en)"),
    ("corpus", "corpus (zh)"),
)


def group_of(doc_key: str) -> str:
    """Which part of the set a document belongs to, for per-source rows: by its path, then its language folder."""
    source, _, path = doc_key.partition(":")
    parts = path.split("/")
    for part, name in GROUPS:
        if part in parts[:-1]:
            return name
    for part in parts[:-1]:
        lang = part.split("-")[-1] if "-" in part else part
        if lang in ("zh", "en"):
            return f"{source} ({lang})"
    return f"{source} (other)"


def report(by_doc: dict[str, list[dict[str, Any]]], verbose: bool) -> int:
    groups: dict[str, Tally] = defaultdict(Tally)
    missing = []
    for doc_key in sorted(by_doc):
        t = score_doc(doc_key, by_doc[doc_key])
        if t is None:
            missing.append(doc_key)
            continue
        groups[group_of(doc_key)].add(t)
    total = Tally()
    by_language: dict[str, Tally] = defaultdict(Tally)
    for name, t in groups.items():
        total.add(t)
        by_language[name.rsplit("(", 1)[-1].rstrip(")")].add(t)
    rows = sorted(groups.items())
    if len(by_language) > 1:
        rows += [(f"all ({lang})", t) for lang, t in sorted(by_language.items())]
    print("| set | docs | facts judged | all fields | value+unit | subject | metric | change | period |"
          " qualifier | basis | unjudged | recall |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, t in [*rows, ("all", total)]:
        n = t.facts or 1
        cells = [f"{t.right[k] / n:.3f}" for k in FIELDS]
        print(
            f"| {name} | {t.docs} | {t.facts} | {t.all_right / n:.3f} | {' | '.join(cells)} | {t.unjudged} |"
            f" {t.found / (t.gold or 1):.3f} ({t.found}/{t.gold}) |"
        )
    if missing:
        print(f"# skipped (absent): {len(missing)} documents: {', '.join(missing)}", file=sys.stderr)
    if verbose:
        for line in total.errors:
            print(line)
    return 0


def withheld_rows(by_doc: dict[str, list[dict[str, Any]]]) -> int:
    """For each row of ``finbrief.facts.evidence.WITHHELD``, how many judged facts it withholds that are right
    in every field and how many are wrong (a fact counts for the first row that matches it), so that a row's
    cost in right facts per wrong fact dropped can be read on any label set or half."""
    from finbrief.api import parse
    from finbrief.facts.attribution import extract_graded
    from finbrief.facts.evidence import WITHHELD

    tally: dict[int, Counter[str]] = defaultdict(Counter)
    for doc_key in sorted(by_doc):
        path = resolve(doc_key)
        if not path.is_file():
            continue
        doc = parse(path)
        sheet, grades = extract_graded(doc)
        where = Locator(doc)
        by_figure = {(lab["raw"], lab["nth"]): lab for lab in by_doc[doc_key]}
        for f, g in zip(sheet.facts, grades, strict=True):
            row = next((i for i, w in enumerate(WITHHELD) if g is not None and w.test(g, f)), None)
            if row is None:
                continue
            label = by_figure.get(where.key(f.paragraph, figure_at(doc.paragraph(f.paragraph).text, f), f.raw))
            if label is not None:
                tally[row]["right" if all(judge(f, label).values()) else "wrong"] += 1
    print("| withheld row | right dropped | wrong dropped |")
    print("|---|---|---|")
    for i, w in enumerate(WITHHELD):
        print(f"| {w.why} | {tally[i]['right']} | {tally[i]['wrong']} |")
    return 0


def draft(doc_key: str, span: str | None) -> int:
    """Print each figure of the chosen paragraphs with the facts extracted for it, and a draft label."""
    from finbrief.facts import numbers
    from finbrief.facts.text import document_views

    path = resolve(doc_key)
    doc, sheet = extract(path)
    views = document_views(doc)
    lo, hi = (1, len(doc.paragraphs))
    if span:
        a, _, b = span.partition("-")
        lo, hi = int(a), int(b or a)
    facts_at: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for f in sheet:
        facts_at[(f.paragraph, figure_at(doc.paragraph(f.paragraph).text, f))].append(f)
    print(f"# {doc_key}: company {sheet.company} ticker {sheet.ticker} period {sheet.period} date {sheet.date}")
    for p in doc.paragraphs[lo - 1 : hi]:
        mentions = numbers.scan(views[p.n - 1])
        if not mentions:
            continue
        print(f"\n## p{p.n} [{p.speaker}] {p.text}")
        for m in mentions:
            found = facts_at.get((p.n, m.start), [])
            print(f"  @{m.start} {p.text[m.start:m.end]!r} = {m.value:g} {m.unit}")
            for f in found:
                print(f"     -> {_show(f)}")
            f0 = found[0] if found else None
            raw = p.text[m.start : m.end]
            row = {
                "doc": doc_key,
                "p": p.n,
                "at": m.start,
                "raw": raw,
                "nth": Locator(doc).key(p.n, m.start, raw)[1],
                "fact": f0 is not None,
                "subject": [f0.subject] if f0 else None,
                "metric": [f0.metric] if f0 else None,
                "value": f0.value if f0 else m.value,
                "value_high": f0.value_high if f0 else m.value_high,
                "unit": f0.unit if f0 else m.unit,
                "change": f0.change if f0 else None,
                "period": f0.period if f0 else None,
                "qualifier": f0.qualifier if f0 else m.qualifier,
                "basis": f0.basis if f0 else None,
            }
            print("     " + json.dumps(row, ensure_ascii=False))
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--draft", help="a document key (shared:... or extra:...) to draft labels for")
    ap.add_argument("--paragraphs", help="paragraph range for --draft, e.g. 3-9")
    ap.add_argument("--docs", help="score only documents whose key contains one of these comma-separated parts")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong or unjudged fact")
    ap.add_argument(
        "--withheld",
        action="store_true",
        help="instead of the scores, the right and wrong judged facts each withholding row drops",
    )
    ap.add_argument(
        "--alias-names",
        action="store_true",
        help="also accept a label metric written as a lexicon alias of the fact's canonical metric (\"ADR\")",
    )
    a = ap.parse_args(list(argv) if argv is not None else None)
    if a.alias_names:
        from finbrief.lexicon import metrics as lm

        for m in lm.metrics():
            for alias in (m.name, *m.aliases):
                _ALIAS_NAMES.setdefault(alias.casefold(), set()).add(m.name)
    if a.draft:
        return draft(a.draft, a.paragraphs)
    by_doc = load_labels(a.labels)
    if a.docs:
        parts = [x for x in a.docs.split(",") if x]
        by_doc = {k: v for k, v in by_doc.items() if any(x in k for x in parts)}
    if a.withheld:
        return withheld_rows(by_doc)
    return report(by_doc, a.verbose)


if __name__ == "__main__":
    sys.exit(main())
