"""ECTSum benchmark: finbrief highlights vs sumy LexRank/TextRank, lead-4 and published ECT-BPS outputs.

``--systems viewpoint`` scores the brief's core viewpoint the same way (with ``--dump D``, its lines go to
``D/viewpoint``, for ``ectsum_agree.py D/viewpoint``).

Run by hand (not in CI); needs the benchmark extras (``pip install rouge-score==0.1.2 sumy==0.13.0``)
and ``../shared/eval/ectsum``. Tune on ``val``, report ``test``:

    .venv/bin/python bench/bench_ectsum.py --split test --jobs 2

Scores: ROUGE-1/2/Lsum F1 (rouge-score, Porter-stemmed) against the reference bullets, averaged
over documents; "numbers" is the share of figures in the summaries (finbrief's number grammar)
that are found in the source transcript (same rule as ``finbrief.verify``); docs/s is finbrief's
whole pipeline (ingest, structure, facts, highlights, verify) over ``--jobs`` processes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ectsum"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")


def finbrief_summary(path: str) -> list[str]:
    """finbrief's highlights of one transcript, one statement a line (text only, no citations)."""
    from finbrief import summarize
    from finbrief.api import parse_bytes
    from finbrief.options import Options

    data = Path(path).read_bytes()
    opts = Options(lang="en")
    doc = parse_bytes(data, Path(path).name, opts)
    statements, _ = summarize.highlights(doc, opts)
    return [s.text for s in statements]


def finbrief_viewpoint(path: str) -> list[str]:
    """The core viewpoint of finbrief's brief of one transcript, one statement a line: what a reader
    sees first, held to the same reference lines as the highlights."""
    from finbrief import summarize
    from finbrief.api import parse_bytes
    from finbrief.options import Options

    opts = Options(lang="en")
    doc = parse_bytes(Path(path).read_bytes(), Path(path).name, opts)
    return [s.text for s in summarize.brief(doc, opts).core_viewpoint]


class LineTokenizer:
    """sumy tokenizer without NLTK data: ECTSum transcripts already hold one sentence a line."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph.strip()] if paragraph.strip() else []

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def sumy_summary(path: str, method: str, k: int = 4) -> list[str]:
    """sumy LexRank or TextRank, ``k`` sentences, English stemmer and stop words (bundled with sumy)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()]
    parser = PlaintextParser.from_string("\n\n".join(lines), LineTokenizer())
    cls = LexRankSummarizer if method == "lexrank" else TextRankSummarizer
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(parser.document, k)]


def lead_summary(path: str, k: int = 4) -> list[str]:
    return [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()][:k]


def number_faithfulness(summary: Sequence[str], source: str) -> tuple[int, int]:
    """(figures found in the source, figures) over a summary's lines."""
    from finbrief.facts.numbers import parse_numbers
    from finbrief.verify import _found

    sources = parse_numbers(source)
    found = total = 0
    for line in summary:
        for m in parse_numbers(line):
            total += 1
            found += _found(m, sources)
    return found, total


def score(
    name: str, summaries: dict[str, list[str]], refs: dict[str, list[str]], sources: dict[str, str]
) -> dict[str, float | str | int]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    r1 = r2 = rl = 0.0
    found = total = 0
    n = 0
    for key, ref in refs.items():
        pred = summaries.get(key, [])
        s = scorer.score("\n".join(ref), "\n".join(pred))
        r1 += s["rouge1"].fmeasure
        r2 += s["rouge2"].fmeasure
        rl += s["rougeLsum"].fmeasure
        f, t = number_faithfulness(pred, sources[key])
        found += f
        total += t
        n += 1
    return {
        "system": name,
        "docs": n,
        "rouge1": round(r1 / n, 4),
        "rouge2": round(r2 / n, 4),
        "rougeLsum": round(rl / n, 4),
        "numbers": round(found / total, 4) if total else 1.0,
        "figures": total,
        "avg_lines": round(sum(len(summaries.get(k, [])) for k in refs) / n, 2),
    }


def _run(
    fn: Callable[[str], list[str]], paths: Sequence[str], jobs: int
) -> tuple[dict[str, list[str]], float]:
    t0 = time.perf_counter()
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(fn, paths[:jobs]))  # warm up imports and lexicons in every worker
            t0 = time.perf_counter()
            out = list(pool.map(fn, paths, chunksize=max(1, len(paths) // (jobs * 8))))
    else:
        fn(paths[0])
        t0 = time.perf_counter()
        out = [fn(p) for p in paths]
    return {Path(p).name: o for p, o in zip(paths, out, strict=True)}, time.perf_counter() - t0


def _lexrank(p: str) -> list[str]:
    return sumy_summary(p, "lexrank")


def _textrank(p: str) -> list[str]:
    return sumy_summary(p, "textrank")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--root",
        type=Path,
        default=DEFAULT_ROOT,
        help="ECTSum layout: <root>/<split>/{ects,gt_summaries} (a fetched train split lives outside the repo).",
    )
    ap.add_argument("--split", default="val", choices=["train", "val", "test"])
    ap.add_argument("--limit", type=int, default=0, help="First N documents only (0 = all).")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--systems", default="finbrief,lexrank,textrank,lead4,ectbps")
    ap.add_argument(
        "--dump",
        type=Path,
        help="Write finbrief's summaries here (one file per document; the core viewpoint's under viewpoint/).",
    )
    ap.add_argument("--json", action="store_true", help="Print results as JSON lines.")
    a = ap.parse_args()

    ects = a.root / a.split / "ects"
    gts = a.root / a.split / "gt_summaries"
    if not ects.is_dir():
        print(f"{ects}: not found", file=sys.stderr)
        return 2
    paths = sorted(str(p) for p in ects.glob("*.txt"))
    if a.limit:
        paths = paths[: a.limit]
    names = [Path(p).name for p in paths]
    refs = {
        n: [ln.strip() for ln in (gts / n).read_text(encoding="utf-8").splitlines() if ln.strip()]
        for n in names
    }
    sources = {n: Path(p).read_text(encoding="utf-8") for n, p in zip(names, paths, strict=True)}
    rows = []
    for system in a.systems.split(","):
        if system == "finbrief":
            out, secs = _run(finbrief_summary, paths, a.jobs)
            row = score("finbrief highlights", out, refs, sources)
            row["docs_per_s"] = round(len(paths) / secs, 1)
            row["jobs"] = a.jobs
            if a.dump:
                a.dump.mkdir(parents=True, exist_ok=True)
                for n, lines in out.items():
                    (a.dump / n).write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif system == "viewpoint":
            out, _ = _run(finbrief_viewpoint, paths, a.jobs)
            row = score("finbrief core viewpoint", out, refs, sources)
            if a.dump:
                (a.dump / "viewpoint").mkdir(parents=True, exist_ok=True)
                for n, lines in out.items():
                    (a.dump / "viewpoint" / n).write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif system in ("lexrank", "textrank"):
            out, _ = _run(_lexrank if system == "lexrank" else _textrank, paths, a.jobs)
            row = score(f"sumy {system} (4 sentences)", out, refs, sources)
        elif system == "lead4":
            row = score(
                "first 4 sentences",
                {n: lead_summary(p) for n, p in zip(names, paths, strict=True)},
                refs,
                sources,
            )
        elif system == "ectbps":
            pred_dir = a.root / "ectbps_test_predictions"
            if a.split != "test" or not pred_dir.is_dir():
                continue
            preds = {
                n: [
                    ln.strip() for ln in (pred_dir / n).read_text(encoding="utf-8").splitlines() if ln.strip()
                ]
                for n in names
                if (pred_dir / n).exists()
            }
            row = score("ECT-BPS (published outputs)", preds, refs, sources)
        else:
            print(f"unknown system {system}", file=sys.stderr)
            return 2
        rows.append(row)
        print(json.dumps(row) if a.json else _fmt(row), flush=True)
    print(f"# split={a.split} docs={len(paths)} jobs={a.jobs} cpus={os.cpu_count()}", file=sys.stderr)
    return 0


def _fmt(row: dict[str, float | str | int]) -> str:
    extra = f" | {row['docs_per_s']} docs/s ({row['jobs']} jobs)" if "docs_per_s" in row else ""
    return (
        f"| {row['system']} | {row['rouge1']:.3f} | {row['rouge2']:.3f} | {row['rougeLsum']:.3f} | "
        f"{row['numbers']:.2f} ({row['figures']} figures) | {row['avg_lines']} lines{extra} |"
    )


if __name__ == "__main__":
    sys.exit(main())
