"""LLM backend benchmark against a real endpoint: ECTSum quality, verifier drops, cost, language.

Run by hand (not in CI, never in tests): it sends real requests. Needs the benchmark extras
(``make bench`` installs them) and ``../shared``::

    .venv/bin/python bench/bench_llm.py --base-url http://127.0.0.1:8000/v1 --model Qwen/Qwen3-8B \\
        --split val --limit 50 --context-budget 8192 --dump /tmp/llm-val

    .venv/bin/python bench/bench_llm.py --profile dashscope --split test      # a profile from llm.toml
    .venv/bin/python bench/bench_llm.py --fake --limit 5                      # the harness, no model

It reports, for the model:

- ECTSum (``--split``): ROUGE-1/2/Lsum F1 of the LLM highlights against the reference bullets (as
  ``bench_ectsum.py`` scores the extractive ones), the share of their figures found in the source,
  and ``ectsum_agree.py``'s keyed contradicted rate (a figure pinned to the wrong key) on the dump;
- the share of statements the verifier dropped (after the one repair round), over all documents;
- prompt and completion tokens and seconds per document (from the endpoint's ``usage``), and the
  requests answered from the cache;
- on ``../shared/corpus`` (``--corpus``): the English share of the statements of ``brief --lang en``,
  and whether every statement verifies.

``--fake`` runs the same harness against the deterministic fake model the tests use, to check the
harness itself; its scores mean nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _options(a: argparse.Namespace, base_url: str | None) -> Any:
    from finbrief.options import LLMOptions, Options

    llm = LLMOptions(
        profile=a.profile,
        base_url=base_url,
        model=a.model,
        context_budget=a.context_budget,
        max_concurrency=a.max_concurrency,
        cache=not a.no_cache,
    )
    return Options(lang="en", backend="llm", llm=llm)


def _dropped(warnings: list[str] | tuple[str, ...]) -> int:
    return sum(1 for w in warnings if "dropped" in w)


def ectsum(a: argparse.Namespace, options: Any) -> dict[str, Any]:
    from bench_ectsum import score  # type: ignore[import-not-found]

    from finbrief import summarize
    from finbrief.api import parse_bytes
    from finbrief.summarize.llm.usage import take

    ects = SHARED / "eval" / "ectsum" / a.split / "ects"
    gts = SHARED / "eval" / "ectsum" / a.split / "gt_summaries"
    paths = sorted(ects.glob("*.txt"))[: a.limit or None]
    summaries: dict[str, list[str]] = {}
    refs: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    kept = dropped = 0
    per_doc: list[dict[str, float]] = []
    failures = 0
    take()
    for p in paths:
        data = p.read_bytes()
        doc = parse_bytes(data, p.name, options)
        start = time.perf_counter()
        try:
            statements, warnings = summarize.highlights(doc, options)
        except Exception as e:  # a failed document is counted, the run goes on
            print(f"{p.name}: {e}", file=sys.stderr)
            failures += 1
            continue
        cost = take()
        per_doc.append(
            {
                "seconds": time.perf_counter() - start,
                "prompt_tokens": cost.prompt_tokens + cost.estimated_prompt_tokens,
                "completion_tokens": cost.completion_tokens,
                "requests": cost.requests,
                "cached": cost.cached,
            }
        )
        kept += len(statements)
        dropped += _dropped(warnings)
        summaries[p.name] = [s.text for s in statements]
        refs[p.name] = [ln.strip() for ln in (gts / p.name).read_text(encoding="utf-8").splitlines() if ln.strip()]
        sources[p.name] = data.decode("utf-8")
    row: dict[str, Any] = score("llm highlights", summaries, refs, sources)
    row["failed_docs"] = failures
    row["dropped_share"] = round(dropped / (kept + dropped), 4) if kept + dropped else 0.0
    for key in ("seconds", "prompt_tokens", "completion_tokens", "requests", "cached"):
        values = [d[key] for d in per_doc]
        row[f"{key}_per_doc"] = round(statistics.mean(values), 2) if values else 0
    if a.dump:
        a.dump.mkdir(parents=True, exist_ok=True)
        for name, lines in summaries.items():
            (a.dump / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        tool = SHARED / "eval" / "tools" / "ectsum_agree.py"
        r = subprocess.run(
            [sys.executable, str(tool), str(a.dump), "--split", a.split], capture_output=True, text=True
        )
        # last line: "<contradicted> <keyed> <rate>"
        last = (r.stdout.strip().splitlines() or [""])[-1].split()
        row["keyed_lines"] = int(last[1]) if len(last) == 3 else None
        row["keyed_contradicted_rate"] = last[2] if len(last) == 3 else r.stdout.strip()[-200:]
    return row


def corpus(options: Any) -> dict[str, Any]:
    from finbrief import facts as facts_stage
    from finbrief import summarize
    from finbrief.api import parse
    from finbrief.verify import check

    total = english = unverified = 0
    for path in sorted((SHARED / "corpus" / "alibaba").glob("*.txt")):
        doc = parse(path)
        b = summarize.brief(doc, options)
        found = facts_stage.run(doc)
        sts = [*b.core_viewpoint, *(p for g in b.groups for p in g.points), *b.highlights]
        total += len(sts)
        english += sum(1 for s in sts if not _CJK.search(s.text))
        unverified += sum(1 for s in sts if check(s, doc, found) is not None)
    return {
        "corpus_statements": total,
        "english_share": round(english / total, 4) if total else 0.0,
        "unverified": unverified,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-url")
    ap.add_argument("--model")
    ap.add_argument("--profile")
    ap.add_argument("--context-budget", type=int)
    ap.add_argument("--max-concurrency", type=int)
    ap.add_argument("--no-cache", action="store_true", help="Time real requests, not the cache.")
    ap.add_argument("--split", default="val", choices=["val", "test"])
    ap.add_argument("--limit", type=int, default=20, help="First N ECTSum calls (0 = all).")
    ap.add_argument("--dump", type=Path, help="Write the highlights here and run ectsum_agree.py on them.")
    ap.add_argument("--no-corpus", action="store_true", help="Skip the corpus language check.")
    ap.add_argument("--fake", action="store_true", help="Use the tests' fake model (checks the harness only).")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if not SHARED.is_dir():
        print(f"{SHARED}: not found", file=sys.stderr)
        return 2
    server = None
    base_url = a.base_url
    if a.fake:
        sys.path.insert(0, str(ROOT))
        from tests.summarize.llm.fake import fake_model
        from tests.summarize.llm.server import ScriptedServer

        server = ScriptedServer(fake_model).__enter__()
        base_url = server.base_url
    try:
        options = _options(a, base_url)
        row = ectsum(a, options)
        if not a.no_corpus:
            row.update(corpus(options))
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    row["model"] = a.model or a.profile or ("fake" if a.fake else "endpoint default")
    row["split"] = a.split
    print(json.dumps(row, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
